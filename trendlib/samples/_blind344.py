"""Examiner set ``blind344``: five night-venue and licensing agencies (files ``*_mh.*``).

Five agencies that had not written to the project before, each in its working language
and with the habits of its own tools:

``dipn62_surete_calais`` (French, CSV, cp1252, ``;``)
    Sûreté urbaine de Calais (DIPN du Pas-de-Calais), groupe mœurs et établissements de
    nuit: controls of bars, chichas and massage parlours, and the littoral's arrests of
    smugglers. Legal wording (*aide à l'entrée et au séjour irréguliers*, *traite des êtres
    humains*, *proxénétisme*), nationality adjectives (*afghane*, *érythréenne*), routes
    ``Allemagne > France``, decimal-comma coordinates in two columns, day-first dates with
    a few months (``mai 2023``) and quarters (``T2 2023``), ``NC`` for a count not known,
    and rows typed into a UTF-8 web form pasted into the sheet (mojibake: ``Ã©rythrÃ©enne``).
``dgse_canarias_espectaculos`` (Spanish, CSV, UTF-16, tab)
    Gobierno de Canarias, Dirección General de Seguridad y Emergencias, Servicio de
    Inspección de Espectáculos Públicos: joint inspections of clubs de alterne with the
    police, and the arrivals they attend. Excel's "Texto Unicode" export (UTF-16, tabs),
    Penal Code articles (``art. 318 bis CP``, ``art. 177 bis CP``), ``s/d`` for no data,
    ``1.250`` for thousands, degrees-minutes-seconds with ``O`` for west, ``mayo de 2023``
    for a month.
``alcaldia_santa_fe_darien`` (Spanish, XLSX)
    Alcaldía de Santa Fe (Darién, Panamá), Departamento de Inspección y Licencias
    (cantinas, jorones, bodegas): real Excel dates with some serial numbers and text
    dates, ``II Trimestre 2023`` for a quarter, ``NNA`` for children, ISO alpha-3 codes,
    ``EE.UU.``, ``N/D`` for not known.
``tdlr_enforcement`` (English, CSV, UTF-8, ``,``)
    Texas Department of Licensing and Regulation, Enforcement Division (massage
    establishments, human-trafficking prevention): month-first dates (``05/17/2023``),
    Penal Code wording (``Smuggling of Persons (PC 20.05)``), ISO alpha-2 codes,
    ``1,250`` for thousands, ``Unknown`` for not known.
``euronews_tracker`` (English, JSON lines, UTF-8; the compilation)
    A news data desk's tracker of raids on venues and of migrant-smuggling incidents in
    Europe: ISO dates, demonyms (``Afghan``), numbers as JSON numbers, coordinates of the
    place named in the article (three decimals).

The shared machinery (:mod:`trendlib.samples._examiner`) picks which source reports
which event, the cross-source duplicates, the bad rows and the exact repeats; this module
only says how each agency writes a cell and what a careful analyst reads from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
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

__all__ = ["BLIND344", "SOURCES", "make_blind344"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_ROMAN = ("I", "II", "III", "IV")

#: French nationality adjectives (feminine: "de nationalité afghane").
_FR_ADJ: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "DZA": "algérienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
#: Spanish nationality adjectives, as an inspection record writes them.
_ES_ADJ: dict[str, str] = {
    "CIV": "marfileña",
    "DZA": "argelina",
    "GIN": "guineana",
    "GMB": "gambiana",
    "MAR": "marroquí",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "VEN": "venezolana",
}
#: English demonyms.
_EN_ADJ: dict[str, str] = {
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
#: Other names an agency uses for a country (an analyst reads them without doubt).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"GBR": ("Angleterre", "UK", "GB"), "DEU": ("RFA",)},
    "es": {"USA": ("EE.UU.", "EEUU", "Estados Unidos de América"), "GBR": ("Gran Bretaña",)},
    "en": {
        "GBR": ("UK", "Britain"),
        "USA": ("U.S.", "USA"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "MKD": ("Macedonia",),
    },
}


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of 7+ letters (a slip of the keyboard).

    Parameters
    ----------
    text : str
        A country name.

    Returns
    -------
    str
        The name with one slip, or unchanged if too short to stay readable.

    Examples
    --------
    >>> _typo("Érythrée"), _typo("Mali")
    ('Éryhtrée', 'Mali')
    """
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own words.

    Attributes
    ----------
    style : str
        Key of the agency's way of writing dates, countries and coordinates.
    crime, exploitation, gender, age, mode, offences : mapping
        Design word -> the agency's words for it (``"unknown"`` = the word it writes
        when it does not know; ``"none"`` under exploitation = what it writes for a
        pure smuggling case besides a blank cell).
    offence_sep, transit_sep : str
        Separators of its lists.
    placeholder : tuple of str
        Words for a count it does not know.
    zero : tuple of str
        Words for no suspect.
    """

    style: str
    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    placeholder: tuple[str, ...]
    zero: tuple[str, ...]


_CALAIS = Agency(
    source="dipn62_surete_calais",
    filename="dipn62_surete_calais_mh.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "place": "Commune",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes (victimes / étrangers)",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "transit_countries": "Itinéraire (pays traversés)",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "transport_mode": "Mode opératoire",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction LRPPN du groupe mœurs, chiffres provisoires - ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "?"),
    repeats=False,
    style="calais",
    crime={
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Aide à l'entrée, à la circulation ou au séjour irréguliers (ECSI)",
            "aide au séjour irrégulier",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": (
            "TEH + aide à l'entrée et au séjour irréguliers",
            "Traite des êtres humains et aide au séjour irrégulier",
        ),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "none": ("sans objet",),
    },
    gender={
        "female": ("Féminin", "femmes"),
        "male": ("Masculin", "hommes"),
        "mixed": ("Mixte", "hommes et femmes"),
        "unknown": ("non précisé",),
    },
    age={
        "adult": ("majeurs", "Majeur(s)"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
        "unknown": ("indéterminé",),
    },
    mode={
        "sea": ("small boat", "embarcation pneumatique", "voie maritime"),
        "land": ("poids lourd", "véhicule léger", "à pied"),
        "air": ("voie aérienne",),
        "unknown": ("non renseigné",),
    },
    offences={
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" / ",
    transit_sep=" > ",
    placeholder=("NC", "inconnu"),
    zero=("aucun", "néant"),
)

_CANARIAS = Agency(
    source="dgse_canarias_espectaculos",
    filename="dgse_canarias_espectaculos_mh.csv",
    ref="AI-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Acta",
        "event_date": "Fecha actuación",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales, pendientes de validación por la Jefatura de Servicio",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosas", "un grupo"),
    repeats=True,
    style="canarias",
    crime={
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Inmigración clandestina",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata de seres humanos"),
        "both": ("Trata (177 bis) y favorecimiento inmigración ilegal (318 bis)",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
        "none": ("no procede",),
    },
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Hombre"),
        "mixed": ("Ambos sexos", "hombres y mujeres"),
        "unknown": ("no consta",),
    },
    age={
        "adult": ("mayores de edad", "Adultos"),
        "child": ("menores", "menores de edad"),
        "mixed": ("mayores y menores",),
        "unknown": ("no consta",),
    },
    mode={
        "sea": ("cayuco", "patera", "neumática"),
        "land": ("vía terrestre", "autobús", "vehículo particular"),
        "air": ("vía aérea", "avión"),
        "unknown": ("no consta",),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep="; ",
    transit_sep=" - ",
    placeholder=("s/d", "no consta"),
    zero=("ninguno",),
)

_SANTA_FE = Agency(
    source="alcaldia_santa_fe_darien",
    filename="alcaldia_santa_fe_darien_mh.xlsx",
    ref="INF-{seq:04d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Informe",
        "event_date": "Fecha",
        "place": "Lugar",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="TOTAL",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    style="santa_fe",
    crime={
        "smuggling": ("Tráfico de migrantes", "tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("sexual", "explotación sexual"),
        "forced_labour": ("laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
        "none": (),
    },
    gender={
        "female": ("Femenino",),
        "male": ("Masculino",),
        "mixed": ("Mixto",),
        "unknown": ("N/D",),
    },
    age={
        "adult": ("Adultos",),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA",),
        "unknown": ("N/D",),
    },
    mode={
        "land": ("a pie", "terrestre", "caminando"),
        "sea": ("lancha", "piragua"),
        "air": ("aéreo",),
        "unknown": ("N/D",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=", ",
    placeholder=("N/D", "sin dato"),
    zero=("ninguno",),
)

_TDLR = Agency(
    source="tdlr_enforcement",
    filename="tdlr_enforcement_mh.csv",
    ref="ENF-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Incident Date",
        "place": "City",
        "crime_type": "Violation",
        "exploitation": "Trafficking Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Destination",
        "detection_country": "Country",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note=None,
    total="Grand Total",
    bad_count=("multiple", "several"),
    repeats=True,
    style="tdlr",
    crime={
        "smuggling": ("Smuggling of Persons (PC 20.05)", "Human Smuggling"),
        "trafficking": ("Trafficking of Persons (PC 20A.02)", "Human Trafficking"),
        "both": ("Human Trafficking & Smuggling",),
    },
    exploitation={
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking",),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "none": ("N/A",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed",),
        "unknown": ("Unknown",),
    },
    age={
        "adult": ("Adult",),
        "child": ("Minor", "Juvenile"),
        "mixed": ("Adult & Minor",),
        "unknown": ("Unknown",),
    },
    mode={
        "land": ("Vehicle", "Tractor-trailer", "On foot"),
        "sea": ("Boat",),
        "air": ("Air",),
        "unknown": ("Unknown",),
    },
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep="; ",
    placeholder=("Unknown", "UNK"),
    zero=("None",),
)

_EURONEWS = Agency(
    source="euronews_tracker",
    filename="euronews_tracker_mh.jsonl",
    ref="EN{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "id",
        "event_date": "date",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "people",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "route",
        "destination_country": "destination",
        "detection_country": "country",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "other_offences",
    },
    note=None,
    total="total (all incidents)",
    bad_count=("dozens", "several", "hundreds"),
    repeats=False,
    style="euronews",
    crime={
        "smuggling": ("migrant smuggling", "people smuggling"),
        "trafficking": ("human trafficking",),
        "both": ("trafficking and smuggling",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "none": (),
    },
    gender={
        "female": ("women",),
        "male": ("men",),
        "mixed": ("mixed",),
        "unknown": ("not reported",),
    },
    age={
        "adult": ("adults",),
        "child": ("minors", "unaccompanied minors"),
        "mixed": ("adults and children",),
        "unknown": ("n/a",),
    },
    mode={
        "sea": ("boat", "dinghy", "sea"),
        "land": ("lorry", "on foot", "land"),
        "air": ("flight",),
        "unknown": ("n/a",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep=", ",
    placeholder=("unknown",),
    zero=(),
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_CALAIS, _CANARIAS, _SANTA_FE, _TDLR, _EURONEWS)

#: Place names each agency writes for a hotspot of the truth.
_PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "calais": {
        "Calais": ("Calais", "CALAIS", "Sangatte", "Marck"),
        "Dunkirk/Gravelines": ("Gravelines", "Dunkerque", "Loon-Plage", "Grande-Synthe"),
    },
    "santa_fe": {
        "Darién gap": ("Tapón del Darién", "Santa Fe", "Agua Fría"),
        "Bajo Chiquito": ("Bajo Chiquito",),
        "Lajas Blancas": ("Lajas Blancas",),
    },
    "tdlr": {
        "Nogales (Sonora/Arizona)": ("Nogales",),
        "Sasabe": ("Sasabe",),
        "El Paso": ("El Paso", "EL PASO"),
        "Rio Grande Valley": ("McAllen", "Edinburg", "Brownsville", "Pharr"),
    },
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _future_year(year: int) -> int:
    """Swap the 2nd and 3rd digits of a year (2023 -> 2203), a keyboard slip."""
    s = str(year)
    return int(s[0] + s[2] + s[1] + s[3])


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) of a good date."""
    r = float(rng.random())
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if src.style == "calais":
        if partial_ok and r < 0.05:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", "quarter_only"
        if partial_ok and r < 0.09:
            return f"{_MOIS[ts.month - 1]} {ts.year}", month_start, "month", "month_only"
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ts, "day", ""
        return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
    if src.style == "canarias":
        if partial_ok and r < 0.05:
            return f"{_MESES[ts.month - 1]} de {ts.year}", month_start, "month", "month_only"
        if r < 0.82:
            return ts.strftime("%d/%m/%Y"), ts, "day", ""
        return ts.strftime("%d-%m-%Y"), ts, "day", "dashed_date"
    if src.style == "santa_fe":
        if partial_ok and r < 0.04:
            label = f"{_ROMAN[ts.quarter - 1]} Trimestre {ts.year}"
            return label, quarter_start, "quarter", "quarter_only"
        if r < 0.8:
            return ts.to_pydatetime(), ts, "day", "excel_date"
        if r < 0.88:
            serial = (ts - pd.Timestamp("1899-12-30")).days
            return int(serial), ts, "day", "excel_serial"
        return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
    if src.style == "tdlr":
        if partial_ok and r < 0.03:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month", "month_only"
        if r < 0.92:
            return ts.strftime("%m/%d/%Y"), ts, "day", "month_first"
        return ts.strftime("%Y-%m-%d"), ts, "day", "iso_date"
    # euronews
    if partial_ok and r < 0.04:
        return ts.strftime("%Y-%m"), month_start, "month", "month_only"
    if r < 0.93:
        return ts.strftime("%Y-%m-%d"), ts, "day", ""
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "future_date":
        fy = _future_year(y)
        day = min(ts.day, 28)
        if src.style == "santa_fe":
            return dt.datetime(fy, ts.month, day)
        if src.style == "tdlr":
            return f"{ts.month:02d}/{day:02d}/{fy}"
        if src.style == "euronews":
            return f"{fy}-{ts.month:02d}-{day:02d}"
        return f"{day:02d}/{ts.month:02d}/{fy}"
    # an impossible day of the calendar
    if rng.random() < 0.5:
        day, mm = 30, "02"
    else:
        day, mm = 31, choice(rng, ("04", "06", "09", "11"))
    if src.style == "tdlr":
        return f"{mm}/{day}/{y}"
    if src.style == "euronews":
        return f"{y}-{mm}-{day}"
    return f"{day}/{mm}/{y}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day of its last row)."""
    if src.style == "santa_fe":
        return last.to_pydatetime()
    if src.style == "tdlr":
        return last.strftime("%m/%d/%Y")
    if src.style == "euronews":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _country(src: Agency, iso: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Write one country (or nationality) the agency's way; return (text, tag)."""
    lang = src.language
    name = _name(iso, lang)
    alias = _ALIASES[lang].get(iso, ())
    r = float(rng.random())
    if src.style == "calais":
        if nationality and iso in _FR_ADJ:
            adj = _FR_ADJ[iso]
            if r < 0.06:
                garbled = mojibake(adj)
                if garbled is not None and fits(garbled, src):
                    return garbled, "mojibake"
            if r < 0.25:
                return adj.upper(), "case"
            if r < 0.3:
                return _typo(adj), "typo"
            return adj, "demonym"
        if r < 0.06:
            garbled = mojibake(name)
            if garbled is not None and fits(garbled, src):
                return garbled, "mojibake"
        if r < 0.16:
            return name.upper(), "case"
        if r < 0.22 and alias:
            return choice(rng, alias), "alias"
        if r < 0.27:
            return iso_codes(iso)[0], "iso2"
        return name, ""
    if src.style == "canarias":
        if nationality and iso in _ES_ADJ and r < 0.35:
            return _ES_ADJ[iso], "demonym"
        if r < 0.45:
            return name.upper(), "case"
        if r < 0.5:
            return iso, "iso3"
        if r < 0.55:
            return _typo(name), "typo"
        if r < 0.58:
            return f" {name}  ", "spacing"
        return name, ""
    if src.style == "santa_fe":
        if r < 0.18:
            return iso, "iso3"
        if r < 0.26:
            return name.upper(), "case"
        if r < 0.36 and alias:
            return choice(rng, alias), "alias"
        if r < 0.4:
            return _typo(name), "typo"
        return name, ""
    if src.style == "tdlr":
        if nationality and iso in _EN_ADJ and r < 0.3:
            return _EN_ADJ[iso], "demonym"
        if r < 0.5:
            return iso_codes(iso)[0], "iso2"
        if r < 0.58:
            return name.upper(), "case"
        if r < 0.66 and alias:
            return choice(rng, alias), "alias"
        return name, ""
    # euronews
    if nationality and iso in _EN_ADJ and r < 0.6:
        return _EN_ADJ[iso], "demonym"
    if 0.6 <= r < 0.8 and alias:
        return choice(rng, alias), "alias"
    if 0.8 <= r < 0.83:
        return name.lower(), "case"
    return name, ""


def _count(src: Agency, n: int) -> object:
    """Write a count as the agency does (thousands grouped the agency's way)."""
    if src.format != "csv":
        return int(n)
    if n < 1000:
        return str(n)
    hi, lo = divmod(n, 1000)
    sep = {"calais": "\u00a0", "canarias": ".", "tdlr": ","}[src.style]
    return f"{hi}{sep}{lo:03d}"


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write degrees, minutes and whole seconds as a Spanish record does; return its value."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{s:02d}\"{hemi}", back


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Return (cells, expected lat, expected lon, tag) of the place of detection."""
    r = float(rng.random())
    if src.style == "calais":
        if r < 0.12:  # the officer did not note the GPS point
            return {}, None, None, "coords_missing"
        la, lo = round(lat, 4), round(lon, 4)
        return (
            {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
            la,
            lo,
            "decimal_comma",
        )
    if src.style == "canarias":
        if r < 0.05:
            return {}, None, None, "coords_missing"
        if r < 0.07:
            return {"coordinates": "no consta"}, None, None, "coords_placeholder"
        t_lat, v_lat = _dms(lat, "N", "S")
        t_lon, v_lon = _dms(lon, "E", "O")
        return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon, "dms"
    if src.style == "santa_fe":
        if r < 0.04:
            return {}, None, None, "coords_missing"
        if r < 0.1:
            return {"lat": "N/D", "lon": "N/D"}, None, None, "coords_placeholder"
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo, ""
    if src.style == "tdlr":
        if r < 0.06:
            return {}, None, None, "coords_missing"
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, ""
    if r < 0.1:
        return {}, None, None, "coords_missing"
    la, lo = round(lat, 3), round(lon, 3)
    return {"lat": la, "lon": lo}, la, lo, "coords_rounded"


#: Text columns of a row pasted from the web form (the whole row is garbled).
_PASTED = (
    "place",
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "transit_countries",
    "destination_country",
    "detection_country",
    "transport_mode",
    "linked_offences",
)


def _word(rng: _Rng, table: Mapping[str, tuple[str, ...]], key: str) -> str:
    return choice(rng, table[key])


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    exp: dict[str, object] = {
        f: ev.get(f)
        for f in (
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
            "lat",
            "lon",
            "linked_offences",
        )
    }

    def tag(name: str) -> None:
        if name:
            tags.append(name)

    # date
    cell, day, precision, t = _date_cell(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tag(t)

    # place (a column of the agency's; not a field of the record frame)
    if "place" in src.headers:
        places = _PLACES[src.style].get(str(ev.get("hotspot")), ())
        cells["place"] = choice(rng, places) if places else None

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime, crime)
    expl = ev.get("exploitation")
    if expl is None:
        none_words = src.exploitation["none"]
        cells["exploitation"] = (
            choice(rng, none_words) if none_words and rng.random() < 0.5 else None
        )
    else:
        cells["exploitation"] = _word(rng, src.exploitation, str(expl))

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.placeholder)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        if n >= 1000 and src.format == "csv":
            tag("thousands")

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif rng.random() < 0.015:
        cells["n_suspects"] = choice(rng, src.placeholder)
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif k == 0 and src.zero and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        tag("zero_word")
    else:
        cells["n_suspects"] = _count(src, k)

    # gender and age group
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tag("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"] = _word(rng, src.gender, "unknown")
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _word(rng, src.gender, str(ev["gender"]))
    if rng.random() < 0.015:
        cells["age_group"] = _word(rng, src.age, "unknown")
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        cells["age_group"] = _word(rng, src.age, str(ev["age_group"]))

    # countries
    nat = ev.get("nationality")
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        tag("blank_nationality")
    elif src.style in ("calais", "canarias") and rng.random() < 0.015:
        cells["nationality"] = "indéterminée" if src.style == "calais" else "no consta"
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _country(src, str(nat), rng, nationality=True)
        tag(t)
    for col in ("origin_country", "destination_country"):
        iso = ev.get(col)
        if iso is None:
            cells[col] = None
        else:
            cells[col], t = _country(src, str(iso), rng, nationality=False)
            tag(t)
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _country(
            src, str(ev["detection_country"]), rng, nationality=False
        )
        tag(t)
    transit = ev.get("transit_countries")
    if transit is None:
        cells["transit_countries"] = None
    else:
        parts = [_country(src, c, rng, nationality=False)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        if len(parts) > 1:
            tag("transit_list")

    # transport
    if rng.random() < 0.015:
        cells["transport_mode"] = _word(rng, src.mode, "unknown")
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = _word(rng, src.mode, str(ev["transport_mode"]))

    # place of detection
    lat, lon = ev.get("lat"), ev.get("lon")
    if forced_blank == "coordinates" or lat is None or lon is None:
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        coord_cells, exp["lat"], exp["lon"], t = _coords(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
        )
        cells.update(coord_cells)
        tag(t)

    # linked offences, in the truth's order
    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(rng, src.offences, o) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    # Rows typed into the littoral's web form (UTF-8) and pasted into the cp1252 sheet.
    if src.style == "calais" and rng.random() < 0.1:
        garbled_any = False
        for key in _PASTED:
            value = cells.get(key)
            if isinstance(value, str):
                garbled = mojibake(value)
                if garbled is not None and fits(garbled, src):
                    cells[key] = garbled
                    garbled_any = True
        if garbled_any and "mojibake" not in tags:
            tag("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_PRIMARY: dict[str, str] = {
    "FRA": "dipn62_surete_calais",
    "ESP": "dgse_canarias_espectaculos",
    "PAN": "alcaldia_santa_fe_darien",
    "USA": "tdlr_enforcement",
}
# The news desk also writes up landings and Channel crossings that the local agencies log.
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): "euronews_tracker",
    ("watl", "ESP"): "euronews_tracker",
    ("wmed", "ESP"): "euronews_tracker",
    ("thb_rou_esp", "ESP"): "euronews_tracker",
}

#: The examiner's variant: sources, routing and writers.
BLIND344: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="euronews_tracker",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=344,
    blank_share=0.5,
)


def make_blind344(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of the ``blind344`` set write them.

    A French police unit of Calais (CSV, cp1252, ``;``), the Canary Islands' inspection
    of public entertainment (CSV, UTF-16, tabs), a municipality of Darién in Panama
    (XLSX), the Texas licensing regulator (CSV, UTF-8, ``,``) and a news desk's tracker
    of European incidents (JSON lines), which reports every event of the other
    detection countries and writes up again some Spanish and French ones.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency, in the order of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind344(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dipn62_surete_calais_mh.csv', 'dgse_canarias_espectaculos_mh.csv',
     'alcaldia_santa_fe_darien_mh.xlsx', 'tdlr_enforcement_mh.csv',
     'euronews_tracker_mh.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-16', 'utf-8', 'utf-8', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° procédure', 'Date des faits', 'Commune']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND344, truth, seed=seed)
