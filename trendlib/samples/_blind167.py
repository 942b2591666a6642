"""The examiner's held-out sample set ``blind167`` (files ``*_fm.*``).

Five desks of the southern Western Balkans and northern Greece, and the liaison officers
who sit beside them, send what they hold on the true events; none of them was used by the
default set or by an earlier examiner. Each writes the way its own tools and clerks do:

``eurtf_piraeus_fm.csv``
    EU Regional Task Force, Piraeus (Europol, Frontex and EUAA officers beside the Hellenic
    Police and Coast Guard). English; the incident list is exported from a SharePoint list:
    UTF-8 with BOM, ``,``, dates month first (``5/14/2022``), ``EL`` for Greece (the EU's
    code), nationalities as adjectives (``Syrian``), routes ``Iran > Turkey``, multi-choice
    crime areas joined by ``;``. First reports of the events detected in Greece.
``mk_nu_smuggling_fm.csv``
    National Unit for the Suppression of Migrant Smuggling and Trafficking in Human Beings,
    Ministry of Interior of North Macedonia (Skopje). English with local spellings
    (``Avganistan``, ``Sirija``, ``Hrvatska``); Excel's "Unicode text" export: UTF-16 with
    BOM, tab-delimited; offences by article of the Criminal Code (``Art. 418-b CC``);
    dates ``14.03.2022.`` with the Balkan final dot, months ``03.2022`` or ``III.2022``,
    quarters ``Q1/2022``; routes as ISO alpha-2 codes ``TR-BG-RS-BA``; positions in degrees,
    minutes and seconds. First reports of the Balkan-route groups apprehended in Croatia
    (shared by the Croatian services with the unit).
``asi_tirana_fm.csv``
    Attaché de sécurité intérieure, Ambassade de France en Albanie (Tirana). French;
    Windows Excel "CSV (séparateur : point-virgule)": cp1252, ``;``, CRLF; nationalities
    as French adjectives (``irakienne``), ``néant`` for no suspect, ``NC`` for not known,
    counts zero-padded (``02``), ``small boat`` and ``PL`` (poids lourd) as modes, dates
    ``17/05/2023`` or ``17 mai 2023``, ``courant mai 2023`` for a month; rows pasted from
    UTF-8 e-mails come out as mojibake; the desk re-sends some fiches (exact repeats).
    First reports of the Channel events detected in France; second reports of the UK's.
``agregaduria_interior_atenas_fm.xlsx``
    Agregaduría de Interior, Embajada de España en Atenas: the Spanish-speaking liaison
    desk. Spanish; an Excel workbook: real dates, dates typed as text and cells that lost
    their date format (serial numbers), ``T2 2022`` or ``2º trimestre 2022`` for a
    quarter; sex as ``H``/``M`` (hombre/mujer, said in the header), ages ``MENA``; modes
    ``patera``, ``cayuco``, ``salto de valla``; counts above a thousand typed
    ``1.234``; positions in degrees and decimal minutes (``28º 06,5' N 015º 24,3' W``).
    First reports of the events detected in Spain (shared with the Greek partners);
    second reports of the Greek ones (forwarded to Madrid).
``ncb_podgorica_fm.jsonl``
    Interpol NCB Podgorica (Police Directorate of Montenegro, international operational
    police cooperation): the compilation of the messages received on every other event.
    English keys; JSON lines, UTF-8; ISO codes (alpha-3, some alpha-2) beside English
    names and aliases; ISO dates, some with a time, ``2022-05`` for a month; positions
    as numbers, ``0.0, 0.0`` when the message had none; some messages exported twice.

The truth of every cell is what a careful analyst reads in it: an adjective is the
country, ``M`` in the Spanish sheet is a woman, ``EL`` is Greece, ``courant mai 2023`` is
May 2023 with month precision, ``néant`` is no suspect (0), ``NC``/``s/d``/``n/k`` is not
known (no value), and a cell no one can read as a count (``plusieurs``, ``varios``,
``several``) makes a bad row.
"""

from __future__ import annotations

from collections.abc import Mapping

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

__all__ = ["EXAMINER", "SOURCES", "make_blind167"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_MONTHS_FR = (
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
_MONTHS_ES = (
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
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _usual(rng: _Rng, options: tuple[str, ...], first: float = 0.6) -> str:
    """Draw the first option most of the time, else one of the others."""
    if len(options) == 1 or rng.random() < first:
        return options[0]
    return choice(rng, options[1:])


def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter(ts: pd.Timestamp) -> tuple[int, pd.Timestamp]:
    q = (ts.month - 1) // 3 + 1
    return q, pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)


def _typo_year(ts: pd.Timestamp) -> pd.Timestamp:
    """Mistype the date's year into the future (2023 -> 2032, 2022 -> 2202)."""
    year = {2021: 2121, 2022: 2202, 2023: 2032}.get(ts.year, ts.year + 100)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=year, month=ts.month, day=day)


def _impossible(ts: pd.Timestamp) -> tuple[int, int]:
    """Return an impossible (day, month) near the true one (31 April, 30 February)."""
    if ts.month in (4, 6, 9, 11):
        return 31, ts.month
    if ts.month in (1, 2, 3):
        return 30, 2
    return 31, (6 if ts.month < 9 else 9)


def _split(value: object) -> list[str]:
    return [] if value is None else [c for c in str(value).split("|") if c]


def _dms(x: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds, hemisphere letter after."""
    sign = 1.0 if x >= 0 else -1.0
    total = round(abs(x) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{d}°{m:02d}'{s:02d}\"{pos if sign > 0 else neg}", sign * total / 3600


def _dm(x: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (tenths), the Spanish maritime way with ``º``."""
    sign = 1.0 if x >= 0 else -1.0
    tenths = round(abs(x) * 600)
    d, rest = divmod(tenths, 600)
    minutes = f"{rest / 10:04.1f}".replace(".", ",")
    return f"{d:0{width}d}º {minutes}' {pos if sign > 0 else neg}", sign * tenths / 600


# --------------------------------------------------------------------------------------
# Sources: how each desk writes
# --------------------------------------------------------------------------------------
class Desk(ExaminerSource):
    """A source of ``blind167``: the shared fields, plus the desk's own wording.

    The wording is kept in the module's tables, keyed by :attr:`source`; this class only
    names the sources' type for :class:`~trendlib.samples._examiner.Examiner`.
    """


def _desk(
    source: str,
    fmt: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    ref: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    repeats: bool,
) -> Desk:
    return Desk(
        source=source,
        filename=f"{source}_fm.{fmt}",
        ref=ref,
        format=fmt,
        encoding=encoding,
        delimiter=delimiter,
        language=language,
        headers=headers,
        note=note,
        total=total,
        bad_count=bad_count,
        repeats=repeats,
    )


_EURTF = _desk(
    "eurtf_piraeus",
    "csv",
    "utf-8-sig",
    ",",
    "en",
    "RTF-{year}-{seq:04d}",
    {
        "source_ref": "Incident ID",
        "event_date": "Date of Incident",
        "crime_type": "Crime Area",
        "exploitation": "Exploitation Type",
        "n_persons": "Migrants / Victims (No.)",
        "n_suspects": "Facilitators Apprehended",
        "gender": "Gender",
        "age_group": "Age Category",
        "nationality": "Main Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Route",
        "transport_mode": "Modus Operandi",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Crime Areas",
    },
    "Note: figures provisional, subject to validation by the Hellenic authorities",
    "Total",
    ("several", "a group", "multiple"),
    False,
)
_NMK = _desk(
    "mk_nu_smuggling",
    "csv",
    "utf-16",
    "\t",
    "en",
    "{seq:03d}/{yy:02d}-NE",
    {
        "source_ref": "Case No.",
        "event_date": "Date of apprehension",
        "crime_type": "Criminal offence",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of migrants/victims",
        "n_suspects": "No. of perpetrators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Final destination",
        "detection_country": "Country of apprehension",
        "transit_countries": "Route",
        "transport_mode": "Means of transport",
        "coordinates": "GPS (WGS84)",
        "linked_offences": "Related offences",
    },
    "Note: preliminary data received from partner services, not for publication",
    "TOTAL",
    ("a group", "several", "more persons"),
    False,
)
_ASI = _desk(
    "asi_tirana",
    "csv",
    "cp1252",
    ";",
    "fr",
    "ASI-TIR/{year}/{seq:03d}",
    {
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb migrants/victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode opératoire",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    "NB : données non consolidées - diffusion restreinte",
    "TOTAL",
    ("plusieurs", "nombreux", "un groupe"),
    True,
)
_AGR = _desk(
    "agregaduria_interior_atenas",
    "xlsx",
    "utf-8",
    None,
    "es",
    "AGR-ATE/{yy:02d}/{seq:04d}",
    {
        "source_ref": "Nº Registro",
        "event_date": "Fecha",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Delitos conexos",
    },
    "Nota: datos provisionales, pendientes de validación por el CITCO",
    "TOTAL",
    ("varios", "numerosos", "un grupo"),
    False,
)
_NCB = _desk(
    "ncb_podgorica",
    "jsonl",
    "utf-8",
    None,
    "en",
    "ME-NCB-{year}-{seq:05d}",
    {
        "source_ref": "ncb_ref",
        "event_date": "date_of_event",
        "crime_type": "crime_area",
        "exploitation": "purpose_of_exploitation",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "place_of_detection_country",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "other_offences",
    },
    None,
    "TOTAL",
    ("several", "unknown number", "group"),
    True,
)

#: The five sources, in the order :func:`make_blind167` returns them.
SOURCES: tuple[Desk, ...] = (_EURTF, _NMK, _ASI, _AGR, _NCB)

# --------------------------------------------------------------------------------------
# Words: column -> desk -> canonical value -> written variants (first = the usual one)
# --------------------------------------------------------------------------------------
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "crime_type": {
        "eurtf_piraeus": {
            "smuggling": ("Migrant smuggling", "SoM", "Facilitation of illegal immigration"),
            "trafficking": ("THB", "Trafficking in human beings"),
            "both": ("Migrant smuggling; THB", "SoM + THB"),
        },
        "mk_nu_smuggling": {
            "smuggling": ("Migrant smuggling (Art. 418-b CC)", "Smuggling of migrants"),
            "trafficking": ("THB (Art. 418-a CC)", "Trafficking in human beings"),
            "both": ("THB and migrant smuggling (Art. 418-a, 418-b CC)",),
        },
        "asi_tirana": {
            "smuggling": (
                "aide à l'entrée irrégulière",
                "trafic de migrants",
                "aide à l'entrée et au séjour irréguliers (L.823-1 CESEDA)",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        "agregaduria_interior_atenas": {
            "smuggling": (
                "favorecimiento de la inmigración ilegal (318 bis CP)",
                "tráfico ilícito de migrantes",
            ),
            "trafficking": ("trata de seres humanos (177 bis CP)", "TSH"),
            "both": ("trata + 318 bis", "TSH y tráfico de migrantes"),
        },
        "ncb_podgorica": {
            "smuggling": ("People smuggling", "Smuggling of migrants"),
            "trafficking": ("Trafficking in human beings", "THB"),
            "both": ("THB / People smuggling",),
        },
    },
    "exploitation": {
        "eurtf_piraeus": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "mk_nu_smuggling": {
            "sexual": ("sexual exploitation", "prostitution"),
            "forced_labour": ("forced labour",),
            "forced_criminality": ("forced begging/criminal acts", "forced criminality"),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "asi_tirana": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "agregaduria_interior_atenas": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "ncb_podgorica": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
    },
    "gender": {
        "eurtf_piraeus": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M/F"),
        },
        "mk_nu_smuggling": {
            "male": ("male", "M"),
            "female": ("female", "F"),
            "mixed": ("male/female", "M/F"),
        },
        "asi_tirana": {
            "male": ("hommes", "H"),
            "female": ("femmes", "F"),
            "mixed": ("mixte", "H/F"),
        },
        "agregaduria_interior_atenas": {
            "male": ("H", "hombres"),
            "female": ("M", "mujeres"),
            "mixed": ("H/M", "mixto"),
        },
        "ncb_podgorica": {
            "male": ("M", "male"),
            "female": ("F", "female"),
            "mixed": ("mixed",),
        },
    },
    "age_group": {
        "eurtf_piraeus": {
            "adult": ("Adults",),
            "child": ("Minors", "UAM"),
            "mixed": ("Mixed", "Families", "Adults & minors"),
        },
        "mk_nu_smuggling": {
            "adult": ("adult",),
            "child": ("minor", "unaccompanied minor"),
            "mixed": ("adults and minors",),
        },
        "asi_tirana": {
            "adult": ("majeurs",),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "agregaduria_interior_atenas": {
            "adult": ("adultos",),
            "child": ("menores", "MENA"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "ncb_podgorica": {
            "adult": ("adult",),
            "child": ("minor", "child"),
            "mixed": ("adults and minors", "mixed"),
        },
    },
    "transport_mode": {
        "eurtf_piraeus": {
            "sea": ("Sea", "Sea (rubber dinghy)", "Maritime"),
            "land": ("Land", "Land (on foot)", "Land (vehicle)"),
            "air": ("Air",),
        },
        "mk_nu_smuggling": {
            "sea": ("boat",),
            "land": ("on foot", "truck", "van", "car", "land"),
            "air": ("plane",),
        },
        "asi_tirana": {
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "PL", "camion"),
            "air": ("voie aérienne", "avion"),
        },
        "agregaduria_interior_atenas": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("a pie", "vehículo", "autobús", "furgoneta"),
            "air": ("avión", "vuelo comercial"),
        },
        "ncb_podgorica": {
            "sea": ("sea", "boat", "vessel"),
            "land": ("land", "vehicle", "truck", "on foot"),
            "air": ("air", "flight"),
        },
    },
    "linked_offences": {
        "eurtf_piraeus": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        "mk_nu_smuggling": {
            "document_fraud": ("forged documents", "falsified documents"),
            "corruption": ("bribery", "abuse of office"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        "asi_tirana": {
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        "agregaduria_interior_atenas": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        "ncb_podgorica": {
            "document_fraud": ("document fraud", "forged travel documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking", "illicit goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}
_OFFENCE_SEP = {
    "eurtf_piraeus": ("; ",),
    "mk_nu_smuggling": (", ",),
    "asi_tirana": (" + ", ", "),
    "agregaduria_interior_atenas": (" / ",),
    "ncb_podgorica": (", ",),
}
#: What a desk writes in the exploitation cell of a pure smuggling case.
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "eurtf_piraeus": (None, "N/A"),
    "mk_nu_smuggling": (None, "/"),
    "asi_tirana": (None, "sans objet"),
    "agregaduria_interior_atenas": (None, "no procede"),
    "ncb_podgorica": (None,),
}
#: Words for "not known" (no value: a count, a sex, an age group, a mode).
_UNKNOWN = {
    "eurtf_piraeus": ("n/k", "Unknown", "TBC"),
    "mk_nu_smuggling": ("unknown", "n/a"),
    "asi_tirana": ("NC", "inconnu", "non communiqué"),
    "agregaduria_interior_atenas": ("s/d", "desconocido"),
    "ncb_podgorica": ("unknown", "not specified"),
}
#: Words for "no suspect" (a count of 0).
_ZERO = {
    "eurtf_piraeus": ("Nil", "none"),
    "mk_nu_smuggling": ("none",),
    "asi_tirana": ("néant", "aucun"),
    "agregaduria_interior_atenas": ("ninguno", "sin detenidos"),
    "ncb_podgorica": ("none",),
}

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_DEMONYM_EN = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "MAR": "Moroccan",
    "TUR": "Turkish",
}
_DEMONYM_FR = {  # feminine: "nationalité irakienne"
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_DEMONYM_ES = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
    "SYR": "siria",
    "AFG": "afgana",
    "IRQ": "iraquí",
    "PAK": "pakistaní",
    "CMR": "camerunesa",
}
#: Names a desk writes its own way (aliases, local spellings).
_LOCAL: dict[str, dict[str, str]] = {
    "eurtf_piraeus": {"GRC": "EL", "TUR": "Turkey", "DEU": "Germany", "AUT": "Austria"},
    "mk_nu_smuggling": {
        "AFG": "Avganistan",
        "SYR": "Sirija",
        "MAR": "Maroko",
        "TUR": "Turcija",
        "DEU": "Germanija",
        "AUT": "Avstrija",
        "ITA": "Italija",
        "HRV": "Hrvatska",
        "BGR": "Bugarija",
        "SRB": "Srbija",
        "BIH": "BiH",
        "GRC": "Grcija",
        "MKD": "Makedonija",
    },
    "asi_tirana": {"GBR": "Angleterre", "VNM": "Vietnam", "DEU": "RFA"},
    "agregaduria_interior_atenas": {
        "GIN": "Guinea Conakry",
        "GRC": "Grecia",
        "ROU": "Rumania",
        "GMB": "Gambia",
        "DEU": "Alemania",
    },
    "ncb_podgorica": {
        "USA": "USA",
        "GBR": "UK",
        "VNM": "Vietnam",
        "TUR": "Turkey",
        "CIV": "Ivory Coast",
        "RUS": "Russian Federation",
        "CHN": "PRC",
        "SYR": "Syrian Arab Republic",
    },
}
_TYPOS: dict[str, dict[str, str]] = {
    "eurtf_piraeus": {
        "AFG": "Afganistan",
        "SYR": "Syira",
        "PAK": "Pakisatn",
        "CMR": "Camerron",
        "DEU": "Germnay",
        "IRQ": "Iraq.",
    },
    "mk_nu_smuggling": {"AFG": "Afghanisan", "PAK": "Pakistn", "DEU": "Germnay"},
    "asi_tirana": {"AFG": "Afganistan", "IRQ": "Irack", "SYR": "Syrei", "GBR": "Royaume Unis"},
    "agregaduria_interior_atenas": {
        "MAR": "Marrucos",
        "DZA": "Argeria",
        "SEN": "Senegl",
        "ESP": "Espana",
        "MLI": "Mali",
    },
    "ncb_podgorica": {"VEN": "Venezuala", "HND": "Hondura", "GTM": "Guatamala", "ITA": "Itlay"},
}
#: Country style weights: desk -> role -> style -> weight.
_STYLES: dict[str, dict[str, dict[str, float]]] = {
    "eurtf_piraeus": {
        "nationality": {"demonym": 6, "name": 2, "iso3": 1, "typo": 0.4, "upper": 0.4},
        "place": {"name": 7, "local": 1, "iso3": 1, "typo": 0.3, "spaces": 0.4},
        "detection": {"name": 6, "local": 2, "iso2": 1, "upper": 0.5},
    },
    "mk_nu_smuggling": {
        "nationality": {"name": 6, "local": 2, "iso3": 1, "typo": 0.4, "lower": 0.4},
        "place": {"name": 6, "local": 2, "iso2": 1, "typo": 0.3},
        "detection": {"name": 4, "local": 2, "iso2": 1, "formal": 1},
    },
    "asi_tirana": {
        "nationality": {"demonym": 6, "name": 2, "upper": 1, "typo": 0.4},
        "place": {"name": 7, "upper": 1, "local": 0.6, "typo": 0.3, "spaces": 0.4},
        "detection": {"name": 6, "iso2": 1, "upper": 1},
    },
    "agregaduria_interior_atenas": {
        "nationality": {"demonym": 6, "name": 2, "upper": 0.6, "typo": 0.4},
        "place": {"name": 6, "local": 1, "upper": 0.6, "typo": 0.3, "iso3": 0.5},
        "detection": {"name": 6, "iso2": 1, "iso3": 1},
    },
    "ncb_podgorica": {
        "nationality": {"iso3": 6, "iso2": 1.5, "name": 1.5, "local": 1, "lower": 0.3},
        "place": {"iso3": 5, "iso2": 1.5, "name": 2, "local": 1, "typo": 0.3},
        "detection": {"iso3": 6, "iso2": 2, "name": 1},
    },
}
_FORMAL = {"HRV": "Republic of Croatia", "GRC": "Hellenic Republic"}
_CLEAN_NAME = {  # plain spellings some clerks use instead of the table's (en)
    "TUR": {"en": "Turkey"},
    "VNM": {"en": "Vietnam", "fr": "Viêt Nam"},
    "CIV": {"en": "Cote d'Ivoire", "fr": "Côte d'Ivoire"},
}


def _name(code: str, lang: str) -> str:
    own = _CLEAN_NAME.get(code, {}).get(lang)
    if own is not None:
        return own
    row = COUNTRIES.get(code)
    if row is None:  # a country outside the shared table: pycountry's English name
        return code
    return str(row[_LANG_COL[lang]])


def _country(src: Desk, code: str, role: str, rng: _Rng) -> tuple[str, str]:
    """Return (cell, style) of a country written by the desk in a role."""
    styles = _STYLES[src.source]["nationality" if role == "nationality" else role]
    style = _weighted(rng, styles)
    name = _name(code, src.language)
    if style == "demonym":
        table = {"en": _DEMONYM_EN, "fr": _DEMONYM_FR, "es": _DEMONYM_ES}[src.language]
        text = table.get(code)
    elif style == "local":
        text = _LOCAL[src.source].get(code)
    elif style == "typo":
        text = _TYPOS[src.source].get(code)
    elif style == "iso3":
        text = code
    elif style == "iso2":
        text = iso_codes(code)[0]
    elif style == "formal":
        text = _FORMAL.get(code)
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    else:  # "spaces" or "name"
        text = f" {name}  " if style == "spaces" else None
    if text is None or not fits(text, src):
        return name, "name"
    return text, style


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateOut = tuple[object, pd.Timestamp, str, list[str]]


def _date(src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    """Return (cell, expected date, precision, tags) of a true day."""
    r = rng.random() if partial_ok else 1.0
    s = src.source
    q, q_start = _quarter(ts)
    m_start = _month_start(ts)
    if s == "eurtf_piraeus":  # SharePoint export, month first
        if r < 0.015:
            return f"{MONTHS[ts.month - 1]} {ts.year}", m_start, "month", ["month_only"]
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", ["us_date"]
    if s == "mk_nu_smuggling":
        if r < 0.025:
            return f"{ts.month:02d}.{ts.year}", m_start, "month", ["month_only"]
        if r < 0.04:
            return f"{_ROMAN[ts.month - 1]}.{ts.year}", m_start, "month", ["roman_month"]
        if r < 0.065:
            return f"Q{q}/{ts.year}", q_start, "quarter", ["quarter"]
        dot = rng.random() < 0.35
        text = f"{ts.day:02d}.{ts.month:02d}.{ts.year}" + ("." if dot else "")
        return text, ts, "day", ["dotted_date", *(["trailing_dot"] if dot else [])]
    if s == "asi_tirana":
        if r < 0.02:
            return f"courant {_MONTHS_FR[ts.month - 1]} {ts.year}", m_start, "month", ["courant"]
        if r < 0.035:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", m_start, "month", ["month_only"]
        if rng.random() < 0.15:
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", ["dmy"]
    if s == "agregaduria_interior_atenas":
        if r < 0.015:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", m_start, "month", ["month_only"]
        if r < 0.025:
            return f"T{q} {ts.year}", q_start, "quarter", ["quarter"]
        if r < 0.035:
            return f"{q}º trimestre {ts.year}", q_start, "quarter", ["quarter"]
        u = rng.random()
        if u < 0.08:  # a cell that lost its date format
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        if u < 0.28:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    # ncb_podgorica
    if r < 0.04:
        return ts.strftime("%Y-%m"), m_start, "month", ["month_only"]
    if rng.random() < 0.2:
        hour, minute = int(rng.integers(6, 23)), int(rng.integers(0, 60))
        text = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00"
        return text, ts, "day", ["iso_datetime"]
    return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]


def _write_day(src: Desk, ts: pd.Timestamp) -> object:
    """Write a plain day in the desk's usual style (note rows)."""
    s = src.source
    if s == "eurtf_piraeus":
        return f"{ts.month}/{ts.day}/{ts.year}"
    if s == "mk_nu_smuggling":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}."
    if s == "asi_tirana":
        return ts.strftime("%d/%m/%Y")
    if s == "agregaduria_interior_atenas":
        return ts.to_pydatetime()
    return ts.strftime("%Y-%m-%d")


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row: none, impossible or mistyped into the future."""
    s = src.source
    if kind == "no_date":
        words = {
            "eurtf_piraeus": (None, "n/k"),
            "mk_nu_smuggling": (None,),
            "asi_tirana": (None, "date inconnue"),
            "agregaduria_interior_atenas": (None, "s/f"),
            "ncb_podgorica": (None,),
        }[s]
        return words[int(rng.integers(len(words)))]
    if kind == "future_date":
        return _write_day(src, _typo_year(ts))
    day, month = _impossible(ts)
    if s == "eurtf_piraeus":
        return f"{month}/{day}/{ts.year}"
    if s == "mk_nu_smuggling":
        return f"{day:02d}.{month:02d}.{ts.year}."
    if s == "ncb_podgorica":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the note row's date: the day after the last event (the day of the export)."""
    return _write_day(src, last + pd.Timedelta(days=1))


# --------------------------------------------------------------------------------------
# Counts, places, lists
# --------------------------------------------------------------------------------------
def _count(src: Desk, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected, tags) of a count of persons."""
    if rng.random() < 0.02:
        return _usual(rng, _UNKNOWN[src.source]), None, ["count_placeholder"]
    s = src.source
    if s == "asi_tirana":
        if n < 10 and rng.random() < 0.5:
            return f"{n:02d}", n, ["zero_padded"]
        return str(n), n, []
    if s == "agregaduria_interior_atenas":
        if n >= 1000:
            return f"{n:,}".replace(",", "."), n, ["thousands_dot"]
        if rng.random() < 0.06:
            return f"{n} personas", n, ["count_unit"]
        return n, n, []
    if s == "eurtf_piraeus" and n >= 1000:
        return f"{n:,}", n, ["thousands_comma"]
    return str(n), n, []  # the NCB's message form keeps the count as free text


def _suspects(
    src: Desk, n: int | None, rng: _Rng, blank: bool
) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected, tags) of a count of suspects."""
    if blank or n is None:
        return None, None, ["blank_n_suspects"]
    if rng.random() < 0.03:  # the NCB's structured field is left empty (null)
        cell = None if src.format == "jsonl" else _usual(rng, _UNKNOWN[src.source])
        return cell, None, ["suspects_placeholder"]
    if n == 0 and src.format != "jsonl" and rng.random() < 0.45:
        return _usual(rng, _ZERO[src.source]), 0, ["zero_word"]
    if src.source == "asi_tirana" and 0 < n < 10 and rng.random() < 0.5:
        return f"{n:02d}", n, ["zero_padded"]
    if src.format == "csv":
        return str(n), n, []
    return n, n, []


def _coords(
    src: Desk, lat: float | None, lon: float | None, rng: _Rng, blank: bool
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of a place."""
    s = src.source
    pair = "lat" not in src.headers
    if blank:
        cells: _Cells = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["blank_coordinates"]
    if lat is None or lon is None or rng.random() < 0.04:
        cells = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["coords_missing"]
    if s == "eurtf_piraeus":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, round(lat, 5), round(lon, 5), []
    if s == "ncb_podgorica":
        if rng.random() < 0.02:
            return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
        return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), []
    if s == "mk_nu_smuggling":
        if rng.random() < 0.7:
            lat_t, lat_v = _dms(lat, "N", "S")
            lon_t, lon_v = _dms(lon, "E", "W")
            return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, ["dms"]
        text = f"{lat:.5f}, {lon:.5f}"
        return {"coordinates": text}, round(lat, 5), round(lon, 5), ["coords_pair"]
    if s == "asi_tirana":
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo, ["decimal_comma"]
    lat_t, lat_v = _dm(lat, "N", "S", 2)
    lon_t, lon_v = _dm(lon, "E", "W", 3)
    return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, ["degrees_minutes"]


def _transit(src: Desk, codes: list[str], rng: _Rng) -> tuple[object, list[str]]:
    """Return (cell, tags) of the ordered transit countries."""
    s = src.source
    if not codes:
        empty = {
            "eurtf_piraeus": (None, "Direct"),
            "mk_nu_smuggling": (None,),
            "asi_tirana": (None,),
            "agregaduria_interior_atenas": (None, "ruta directa"),
            "ncb_podgorica": (None,),
        }[s]
        return empty[int(rng.integers(len(empty)))], []
    if s == "eurtf_piraeus":
        return " > ".join(_name(c, "en") if c != "TUR" else "Turkey" for c in codes), []
    if s == "mk_nu_smuggling":
        if rng.random() < 0.6:
            return "-".join(iso_codes(c)[0] for c in codes), ["transit_iso2"]
        names = [
            _LOCAL[s].get(c, _name(c, "en")) if rng.random() < 0.3 else _name(c, "en")
            for c in codes
        ]
        names = ["BiH" if c == "BIH" else n for c, n in zip(codes, names, strict=True)]
        return " - ".join(names), ["transit_names"]
    if s == "asi_tirana":
        return ", ".join(_name(c, "fr") for c in codes), []
    if s == "agregaduria_interior_atenas":
        return " - ".join(_name(c, "es") for c in codes), []
    if rng.random() < 0.75:
        return ", ".join(codes), ["transit_iso3"]
    return "/".join(iso_codes(c)[0] for c in codes), ["transit_iso2"]


def _offences(src: Desk, value: object, rng: _Rng) -> object:
    kinds = _split(value)
    if not kinds:
        return None
    words = _WORDS["linked_offences"][src.source]
    sep = _usual(rng, _OFFENCE_SEP[src.source], 0.7)
    return sep.join(_usual(rng, words[k], 0.7) for k in kinds)


def _word(src: Desk, column: str, value: str, rng: _Rng) -> str:
    return _usual(rng, _WORDS[column][src.source][value])


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Return (cells by canonical column, expected clean values, messiness tags)."""
    s = src.source
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    date_cell, day, precision, t = _date(src, ts, rng, partial_ok)
    cells["event_date"] = date_cell
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    expl = ev["exploitation"]
    if expl is None:
        options = _NO_EXPLOITATION[s]
        cells["exploitation"] = options[int(rng.integers(len(options)))]
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)

    n_cell, n_exp, t = _count(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    cells["n_persons"] = n_cell
    tags += t

    true_suspects = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    sus_cell, sus_exp, t = _suspects(src, true_suspects, rng, forced_blank == "n_suspects")
    cells["n_suspects"] = sus_cell
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        cells["gender"] = None if forced_blank == "gender" else _usual(rng, _UNKNOWN[s])
        gender_exp = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        gender_exp = gender
        if s == "agregaduria_interior_atenas" and cells["gender"] in ("H", "M", "H/M"):
            tags.append("sex_h_m")

    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"] = _usual(rng, _UNKNOWN[s])
        age_exp = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src, "age_group", age, rng)
        age_exp = age

    expected_countries: dict[str, object] = {}
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "place"),
        ("destination_country", "place"),
        ("detection_country", "detection"),
    ):
        code = ev[col]
        unknown = col == "nationality" and rng.random() < 0.01
        if code is None or forced_blank == col or unknown:
            cells[col] = _usual(rng, _UNKNOWN[s]) if unknown else None
            expected_countries[col] = None
            if code is not None:
                tags.append(f"blank_{col}")
            continue
        text, style = _country(src, str(code), role, rng)
        cells[col] = text
        expected_countries[col] = str(code)
        if style != "name":
            tags.append(f"country_{style}")

    transit_cell, t = _transit(src, _split(ev["transit_countries"]), rng)
    cells["transit_countries"] = transit_cell
    tags += t

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = _usual(rng, _UNKNOWN[s])
        mode_exp = "unknown"
        tags.append("na_word")
    else:
        word = _word(src, "transport_mode", mode, rng)
        hotspot = str(ev.get("hotspot") or "")
        if (
            s == "agregaduria_interior_atenas"
            and mode == "land"
            and hotspot in ("Ceuta", "Melilla")
            and rng.random() < 0.5
        ):
            word = "salto de valla"
        cells["transport_mode"] = word
        mode_exp = mode

    lat = None if ev["lat"] is None else float(ev["lat"])  # type: ignore[arg-type]
    lon = None if ev["lon"] is None else float(ev["lon"])  # type: ignore[arg-type]
    place, lat_exp, lon_exp, t = _coords(src, lat, lon, rng, forced_blank == "coordinates")
    cells.update(place)
    tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)

    if s == "asi_tirana" and rng.random() < 0.1:  # a row pasted from a UTF-8 e-mail
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str):
                bad = mojibake(value)
                if bad is not None and fits(bad, src):
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")

    expected: _Cells = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": None if expl is None else str(expl),
        "n_persons": n_exp,
        "n_suspects": sus_exp,
        "gender": gender_exp,
        "age_group": age_exp,
        **expected_countries,
        "transit_countries": ev["transit_countries"],
        "transport_mode": mode_exp,
        "lat": lat_exp,
        "lon": lon_exp,
        "linked_offences": ev["linked_offences"],
    }
    return cells, expected, tags


#: The variant: its sources, who first reports which event, and who reports it again.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GRC": "eurtf_piraeus",
        "HRV": "mk_nu_smuggling",
        "FRA": "asi_tirana",
        "ESP": "agregaduria_interior_atenas",
    },
    compilation="ncb_podgorica",
    secondary={
        ("emed", "GRC"): "agregaduria_interior_atenas",
        ("channel", "GBR"): "asi_tirana",
        ("wbal", "HRV"): "ncb_podgorica",
        ("thb_rou_esp", "ESP"): "ncb_podgorica",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=167,
    blank_share=0.35,
)


def make_blind167(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind167`` desks send them (files ``*_fm.*``).

    The EU Regional Task Force in Piraeus first reports the events detected in Greece,
    the North Macedonian national unit those in Croatia, the French security attaché in
    Tirana those in France and the Spanish interior attaché in Athens those in Spain;
    Interpol NCB Podgorica compiles every other event. About 4 % of the events are
    reported a second time by another desk (the Spanish attaché forwards Greek incidents,
    the French attaché UK arrivals, the NCB Croatian and Spanish messages), a few rows
    of each kind must be quarantined, and the French desk and the NCB re-send some rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind167(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['eurtf_piraeus_fm.csv', 'mk_nu_smuggling_fm.csv', 'asi_tirana_fm.csv',
     'agregaduria_interior_atenas_fm.xlsx', 'ncb_podgorica_fm.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:3]]
    [('utf-8-sig', ','), ('utf-16', '\t'), ('cp1252', ';')]
    >>> subs[3].frame.columns[6]
    'Sexo (H/M)'
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
