"""Examiner sample set ``blind155`` (files ``*_fa.*``): the Darién and its liaison desks.

Five agencies, written independently of the cleaner, each in its own working language and
with its own export habits:

``combifron_fa.xlsx``
    COMBIFRON, the binational border commission of the Colombian and Panamanian security
    forces, which consolidates the joint operational results in the Darién (Spanish,
    upper-case military wording, real Excel dates mixed with typed dates and bare serial
    numbers, nationalities as demonyms, coordinates in degrees-minutes-seconds). First
    reporter of every event detected in Panama.
``ppm_pasocanoas_fa.csv``
    Policía Profesional de Migración y Extranjería (Costa Rica), Paso Canoas delegation:
    groups that crossed the Darién and reach the Costa Rican southern border, referred
    with the detection data received from Panama (Spanish, UTF-8 with BOM, comma,
    day-first dates, no coordinates column). A second reporter only.
``dhs_ia_swb_fa.jsonl``
    U.S. DHS Office of Intelligence and Analysis, Southwest Border desk (English, UTF-8
    JSON lines, month-first U.S. dates, ISO alpha-2 citizenship codes, U.S. terms such
    as "alien smuggling", "UAC", "labor trafficking"). First reporter of the events
    detected in the United States.
``bdl_france_europol_fa.csv``
    Bureau de liaison français à Europol (The Hague): the French national cases it
    relays, and the British and Spanish cases it receives on French-linked networks
    (French, cp1252, semicolon, CRLF, decimal commas, "AESI", "MEC", "MNA", "néant",
    quarters as ``T2 2023``, some country names garbled by a UTF-8 paste).
``janes_events_fa.jsonl``
    An open-source event database export (Janes Events) the analysts compile every other
    event from (English, ASCII-escaped JSON lines as its API sends them, ISO dates,
    month-only ``2023-05`` and ``Q2 2023`` dates, common aliases and small typos).

Every cell is written as the agency would write it, and the expected values say what a
careful analyst reads from it; where a cell says "not known" the truth expects nothing
(or ``unknown``), and the row is tagged so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

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

__all__ = ["SOURCES", "make_blind155"]

_Rng = np.random.Generator
_Cell = object
_Expected = dict[str, object]

# --------------------------------------------------------------------------------------
# Country names, as these agencies write them
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: English names an open-source database or a U.S. desk also uses.
_EN_ALIASES: dict[str, tuple[str, ...]] = {
    "CIV": ("Ivory Coast",),
    "GBR": ("UK", "Great Britain"),
    "USA": ("USA", "U.S."),
    "SYR": ("Syrian Arab Republic",),
    "TUR": ("Turkey",),
    "RUS": ("Russian Federation",),
    "VNM": ("Viet Nam",),
    "BIH": ("Bosnia",),
    "GMB": ("The Gambia",),
    "IRN": ("Iran (Islamic Republic of)",),
}
#: Spanish demonyms (feminine, as in "nacionalidad venezolana") of the Darién's people.
_DEMONYMS_ES: dict[str, str] = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
    "PAN": "panameña",
    "USA": "estadounidense",
    "GTM": "guatemalteca",
    "HND": "hondureña",
}
#: U.S. spelling a Spanish-speaking clerk writes for the United States.
_USA_ES = ("EE.UU.", "EEUU", "Estados Unidos")


def _name(code: str, lang: str) -> str:
    """Return the country's name in ``lang`` (its ISO alpha-3 code if not in the table)."""
    row = _NAMES.get(code)
    return row[_LANG[lang]] if row else code


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun")
    return text.translate(table)


def _swap_typo(text: str) -> str | None:
    """Two letters in the middle of a long name typed the wrong way round, or None."""
    if len(text) < 7 or " " in text:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


# --------------------------------------------------------------------------------------
# The agencies' own words for the vocabularies
# --------------------------------------------------------------------------------------
Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Style:
    """How one agency words its vocabulary cells.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words for it (drawn uniformly).
    offence_sep, transit_sep : str
        Separators of its linked offences and transit countries.
    unknown : tuple of str
        What it writes when a value is not known.
    zero : tuple of str
        What it writes for "no suspect" instead of ``0`` (empty: it writes ``0``).
    bad_count : tuple of str
        Unreadable counts it writes.
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    offence_sep: str
    transit_sep: str
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    bad_count: tuple[str, ...]


_COMBIFRON = Style(
    crime={
        "smuggling": ("TRÁFICO ILÍCITO DE MIGRANTES", "TRAFICO DE MIGRANTES", "TIM"),
        "trafficking": ("TRATA DE PERSONAS",),
        "both": ("TRATA DE PERSONAS / TRÁFICO DE MIGRANTES",),
    },
    exploitation={
        "sexual": ("EXPLOTACIÓN SEXUAL",),
        "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACIÓN LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "forced_marriage": ("MATRIMONIO SERVIL",),
        "other": ("OTRA FINALIDAD",),
    },
    gender={
        "male": ("MASCULINO",),
        "female": ("FEMENINO",),
        "mixed": ("MIXTO", "AMBOS SEXOS"),
    },
    age={
        "adult": ("ADULTOS", "MAYORES DE EDAD"),
        "child": ("NNA", "MENORES DE EDAD"),
        "mixed": ("ADULTOS Y NNA",),
    },
    mode={
        "land": ("A PIE", "TERRESTRE"),
        "sea": ("FLUVIAL/MARÍTIMO", "EMBARCACIÓN"),
        "air": ("AÉREO",),
    },
    offences={
        "document_fraud": ("FALSEDAD EN DOCUMENTO",),
        "corruption": ("COHECHO",),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("ESTUPEFACIENTES", "CONTRABANDO"),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
    offence_sep=" / ",
    transit_sep=" - ",
    unknown=("S/D", "SIN DATO"),
    zero=("NINGUNO", "SIN CAPTURADOS"),
    bad_count=("VARIOS", "GRUPO"),
)
_PPM = Style(
    crime={
        "smuggling": ("Tráfico ilícito de migrantes",),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico ilícito de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos o servicios forzados",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción ilícita de órganos",),
        "forced_marriage": ("Matrimonio servil o forzado",),
        "other": ("Otros fines",),
    },
    gender={"male": ("Hombres",), "female": ("Mujeres",), "mixed": ("Mixto",)},
    age={
        "adult": ("Personas adultas",),
        "child": ("Personas menores de edad",),
        "mixed": ("Adultos y menores",),
    },
    mode={"land": ("Terrestre", "A pie"), "sea": ("Marítimo",), "air": ("Aéreo",)},
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Legitimación de capitales",),
        "illicit_goods": ("Infracción a la Ley de Psicotrópicos",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    transit_sep="/",
    unknown=("sin dato", "Sin dato"),
    zero=("ninguno",),
    bad_count=("varios", "grupo familiar"),
)
_DHS = Style(
    crime={
        "smuggling": ("Alien smuggling", "Human smuggling"),
        "trafficking": ("Human trafficking",),
        "both": ("Smuggling / trafficking",),
    },
    exploitation={
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking",),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ trafficking",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed",)},
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "UAC"),
        "mixed": ("Adults and minors",),
    },
    mode={
        "land": ("Foot", "Vehicle", "Tractor-trailer", "Freight train"),
        "sea": ("Maritime", "Panga"),
        "air": ("Commercial air",),
    },
    offences={
        "document_fraud": ("Fraudulent documents",),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=", ",
    unknown=("UNK", "Unknown"),
    zero=(),
    bad_count=("multiple", "several", "group"),
)
_BDL = Style(
    crime={
        "smuggling": ("Aide à l'entrée et au séjour irréguliers", "AESI", "Trafic de migrants"),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH / AESI",),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé",),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={"male": ("Hommes",), "female": ("Femmes",), "mixed": ("Mixte",)},
    age={
        "adult": ("Majeurs",),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs",),
    },
    mode={
        "sea": ("Small boat", "Embarcation", "Maritime"),
        "land": ("Poids lourd", "Routier", "À pied"),
        "air": ("Aérien",),
    },
    offences={
        "document_fraud": ("Faux documents",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    unknown=("NC", "inconnu"),
    zero=("néant",),
    bad_count=("plusieurs", "groupe"),
)
_JANES = Style(
    crime={
        "smuggling": ("Migrant smuggling", "People smuggling"),
        "trafficking": ("Human trafficking",),
        "both": ("Trafficking and smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male",), "female": ("Female",), "mixed": ("Mixed",)},
    age={"adult": ("Adults",), "child": ("Minors",), "mixed": ("Mixed ages",)},
    mode={"sea": ("Maritime",), "land": ("Land",), "air": ("Air",)},
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods trafficking",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep="; ",
    unknown=("Unknown", "unknown"),
    zero=(),
    bad_count=("dozens", "several", "a group"),
)


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Source155(ExaminerSource):
    """An agency of the ``blind155`` set: the shared fields plus its :class:`Style`."""

    style: Style = _JANES


SOURCES: tuple[Source155, ...] = (
    Source155(
        source="combifron",
        filename="combifron_fa.xlsx",
        ref="CBF-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "No. REGISTRO",
            "event_date": "FECHA DEL HECHO",
            "detection_country": "PAÍS DEL HECHO",
            "coordinates": "COORDENADAS",
            "crime_type": "DELITO",
            "exploitation": "FINALIDAD DE EXPLOTACIÓN",
            "n_persons": "CANT. MIGRANTES",
            "n_suspects": "CAPTURADOS",
            "gender": "SEXO",
            "age_group": "GRUPO ETARIO",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAÍS DE ORIGEN",
            "transit_countries": "RUTA (TRÁNSITO)",
            "destination_country": "DESTINO FINAL",
            "transport_mode": "MEDIO",
            "linked_offences": "DELITOS CONEXOS",
        },
        note="NOTA: CIFRAS PRELIMINARES SUJETAS A VERIFICACIÓN POR AMBAS PARTES",
        total="TOTAL GENERAL",
        bad_count=_COMBIFRON.bad_count,
        repeats=True,
        style=_COMBIFRON,
    ),
    Source155(
        source="ppm_pasocanoas",
        filename="ppm_pasocanoas_fa.csv",
        ref="PPM-PC-{seq:05d}-{yy:02d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Número de caso",
            "event_date": "Fecha de detección",
            "detection_country": "País de detección inicial",
            "crime_type": "Tipo penal",
            "exploitation": "Fin de explotación",
            "n_persons": "Personas migrantes",
            "n_suspects": "Presuntos tratantes o traficantes",
            "gender": "Sexo",
            "age_group": "Rango de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino declarado",
            "transport_mode": "Medio de transporte",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos preliminares extraídos del sistema, sujetos a cambios",
        total="TOTAL",
        bad_count=_PPM.bad_count,
        repeats=False,
        style=_PPM,
    ),
    Source155(
        source="dhs_ia_swb",
        filename="dhs_ia_swb_fa.jsonl",
        ref="IA-SWB-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "incident_date",
            "crime_type": "activity_type",
            "exploitation": "exploitation_type",
            "n_persons": "total_individuals",
            "n_suspects": "facilitators",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "citizenship",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_route",
            "destination_country": "intended_destination",
            "detection_country": "encounter_country",
            "transport_mode": "conveyance",
            "coordinates": "geo",
            "linked_offences": "associated_offenses",
        },
        note=None,
        total="TOTAL",
        bad_count=_DHS.bad_count,
        repeats=False,
        style=_DHS,
    ),
    Source155(
        source="bdl_france_europol",
        filename="bdl_france_europol_fa.csv",
        ref="BDL/{year}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "Réf. BDL",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Finalité d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb MEC",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="NB : informations transmises à titre de renseignement, non exploitables en procédure",
        total="TOTAL",
        bad_count=_BDL.bad_count,
        repeats=False,
        style=_BDL,
    ),
    Source155(
        source="janes_events",
        filename="janes_events_fa.jsonl",
        ref="JEV{year}{seq:06d}",
        format="jsonl",
        encoding="ascii",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "event_id",
            "event_date": "date",
            "detection_country": "country",
            "crime_type": "event_type",
            "exploitation": "exploitation",
            "n_persons": "persons",
            "n_suspects": "perpetrators",
            "gender": "gender",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "transport_mode": "mode",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "linked_activity",
        },
        note=None,
        total="Total",
        bad_count=_JANES.bad_count,
        repeats=True,
        style=_JANES,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MONTHS_ES = (
    "ENERO",
    "FEBRERO",
    "MARZO",
    "ABRIL",
    "MAYO",
    "JUNIO",
    "JULIO",
    "AGOSTO",
    "SEPTIEMBRE",
    "OCTUBRE",
    "NOVIEMBRE",
    "DICIEMBRE",
)
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
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_DateOut = tuple[_Cell, pd.Timestamp, str, str]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _date_combifron(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_MONTHS_ES[ts.month - 1]} DE {ts.year}", _month_start(ts), "month", "date_month"
    if r < 0.84:
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if r < 0.95:
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
    return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"


def _date_ppm(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if r < 0.8:
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
    if r < 0.95:
        return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", "date_dmy_unpadded"
    return ts.strftime("%d-%m-%Y"), ts, "day", "date_dmy_dash"


def _date_dhs(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
    if r < 0.78:
        return ts.strftime("%m/%d/%Y"), ts, "day", "date_us"
    return ts.strftime("%Y-%m-%dT%H:%M:%S"), ts, "day", "iso_datetime"


def _date_bdl(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
    if partial_ok and r < 0.05:
        return f"T{_quarter(ts)} {ts.year}", _quarter_start(ts), "quarter", "date_quarter"
    if r < 0.92:
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
    return ts.strftime("%d/%m/%y"), ts, "day", "date_dmy_short"


def _date_janes(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "date_month"
    if partial_ok and r < 0.06:
        return f"Q{_quarter(ts)} {ts.year}", _quarter_start(ts), "quarter", "date_quarter"
    return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    "combifron": _date_combifron,
    "ppm_pasocanoas": _date_ppm,
    "dhs_ia_swb": _date_dhs,
    "bdl_france_europol": _date_bdl,
    "janes_events": _date_janes,
}


def _bad_date(src: Source155, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: blank, impossible, or decades ahead."""
    if kind == "no_date":
        return None
    year = ts.year
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        if src.source == "dhs_ia_swb":
            return f"02/{day}/{year}"
        if src.source == "janes_events":
            return f"{year}-02-{day}"
        return f"{day}/02/{year}"
    future = ts + pd.DateOffset(years=int(rng.integers(10, 30)))
    if src.source == "combifron":
        return pd.Timestamp(future).to_pydatetime()
    if src.source == "dhs_ia_swb":
        return future.strftime("%m/%d/%Y")
    if src.source == "janes_events":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Source155, last: pd.Timestamp) -> object:
    """Return the date a clerk writes on the note row: the last day of the export."""
    if src.source == "combifron":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(src: Source155, code: str, column: str, rng: _Rng) -> tuple[str, str]:
    """Write one country as the agency does; return (cell, tag or "")."""
    lang = src.language
    name = _name(code, lang)
    r = rng.random()
    if src.source == "combifron":
        if column == "nationality" and code in _DEMONYMS_ES and r < 0.65:
            return _DEMONYMS_ES[code].upper(), "demonym"
        if code == "USA" and r < 0.8:
            return choice(rng, _USA_ES).upper(), "alias"
        if code == "PAN" and r < 0.3:
            return "REP. DE PANAMÁ", "alias"
        plain = _strip_accents(name.upper())
        if plain != name.upper() and r < 0.85:
            return plain, "no_accent"
        return name.upper(), "upper"
    if src.source == "ppm_pasocanoas":
        if code == "USA" and r < 0.4:
            return choice(rng, _USA_ES), "alias"
        if column == "nationality" and r < 0.06:
            return code, "iso3"
        if r < 0.12:
            return name.lower(), "lower"
        if r < 0.16:
            typo = _swap_typo(name)
            if typo is not None:
                return typo, "typo"
        return name, ""
    if src.source == "dhs_ia_swb":
        if column in ("nationality", "detection_country") and r < 0.3:
            return iso_codes(code)[0], "iso2"
        if r < 0.4 and code in _EN_ALIASES:
            return choice(rng, _EN_ALIASES[code]), "alias"
        if r < 0.5:
            return name.upper(), "upper"
        return name, ""
    if src.source == "bdl_france_europol":
        if column == "nationality" and r < 0.15:
            return code, "iso3"
        if r < 0.25:
            garbled = mojibake(name)
            if garbled is not None:
                return garbled, "mojibake"
        if r < 0.32:
            return name.upper(), "upper"
        return name, ""
    # janes_events
    if r < 0.25 and code in _EN_ALIASES:
        return choice(rng, _EN_ALIASES[code]), "alias"
    if r < 0.29:
        typo = _swap_typo(name)
        if typo is not None:
            return typo, "typo"
    return name, ""


def _transit(src: Source155, value: object, rng: _Rng) -> tuple[str | None, list[str]]:
    if value is None:
        return None, []
    cells: list[str] = []
    tags: list[str] = []
    for code in str(value).split("|"):
        cell, tag = _country(src, code, "transit_countries", rng)
        cells.append(cell)
        if tag:
            tags.append(tag)
    return src.style.transit_sep.join(cells), tags


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _persons(src: Source155, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write the persons count; return (cell, expected count, tag)."""
    r = rng.random()
    if r < 0.03:
        return choice(rng, src.style.unknown), None, "count_placeholder"
    if src.source == "combifron":
        if r < 0.07:
            return f"{n} MIGRANTES", n, "count_words"
        return n, n, ""
    if src.source == "bdl_france_europol" and n >= 1000:
        sep = choice(rng, ("\u00a0", " "))
        return f"{n:,}".replace(",", sep), n, "thousands"
    if src.source == "janes_events" and n >= 1000 and r < 0.6:
        return f"{n:,}", n, "thousands"
    if src.format == "csv":
        return str(n), n, ""
    return n, n, ""


def _suspects(src: Source155, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write the suspects count; return (cell, expected count, tag)."""
    r = rng.random()
    if r < 0.03:
        return choice(rng, src.style.unknown), None, "suspects_placeholder"
    if n == 0 and src.style.zero and r < 0.45:
        return choice(rng, src.style.zero), 0, "zero_word"
    return (str(n) if src.format == "csv" else n), n, ""


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees-minutes-seconds text of a coordinate and the value it reads as."""
    secs = round(abs(value) * 3600)
    deg, rest = divmod(secs, 3600)
    minutes, seconds = divmod(rest, 60)
    hemi = pos if value >= 0 else neg
    sign = 1 if value >= 0 else -1
    return f"{deg:0{width}d}°{minutes:02d}'{seconds:02d}\"{hemi}", sign * secs / 3600


def _coordinates(
    src: Source155, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write the place; return (cells, expected lat, expected lon, tag)."""
    r = rng.random()
    if src.source == "combifron":
        if r < 0.04:
            return (
                {"coordinates": choice(rng, ("S/C", "SIN COORDENADAS"))},
                None,
                None,
                ("coords_placeholder"),
            )
        lat_txt, lat_val = _dms(lat, "N", "S", 2)
        lon_txt, lon_val = _dms(lon, "E", "W", 3)
        return {"coordinates": f"{lat_txt} {lon_txt}"}, lat_val, lon_val, "coords_dms"
    if src.source == "ppm_pasocanoas":  # the referral carries no coordinates
        return {}, None, None, "coords_missing"
    if src.source == "dhs_ia_swb":
        if r < 0.03:
            return {"coordinates": None}, None, None, "coords_missing"
        if r < 0.05:
            return {"coordinates": "0.0, 0.0"}, None, None, "coords_placeholder"
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ""
    if src.source == "bdl_france_europol":
        if r < 0.04:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if r < 0.04:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, ""


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: Words, value: str) -> str:
    return choice(rng, words[value])


def _render(
    src: Source155,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], _Expected, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    st = src.style
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: _Expected = {}

    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cell, day, precision, tag = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, st.crime, crime)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _word(rng, st.exploitation, str(expl))
    exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], tag = _persons(src, n_persons, rng)
    tags.append(tag)

    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], tag = _suspects(src, n_suspects, rng)
        tags.append(tag)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, st.unknown), "unknown"
        tags.append("blank_gender;unknown_word")
    else:
        cells["gender"], exp["gender"] = _word(rng, st.gender, gender), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, st.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(rng, st.age, age), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None:
            cells[col], exp[col] = None, None
            continue
        if col == forced_blank:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, st.unknown), None
            tags.append("blank_nationality;unknown_word")
            continue
        cells[col], tag = _country(src, str(code), col, rng)
        exp[col] = code
        if tag:
            tags.append(f"{tag}_{col}")

    cells["transit_countries"], transit_tags = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags.extend(f"{t}_transit" for t in sorted(set(transit_tags)))

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, st.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = _word(rng, st.mode, mode), mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: dict[str, object] = {"coordinates": None, "lat": None, "lon": None}
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], tag = _coordinates(src, lat, lon, rng)
        tags.append(tag)
    cells.update(place)

    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        None
        if offences is None
        else st.offence_sep.join(_word(rng, st.offences, o) for o in str(offences).split("|"))
    )
    exp["linked_offences"] = offences

    return cells, exp, [t for t in tags if t]


# --------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------
#: Detection country -> the agency that first reports its events.
_PRIMARY: dict[str, str] = {
    "PAN": "combifron",
    "USA": "dhs_ia_swb",
    "FRA": "bdl_france_europol",
}
#: (corridor, detection country) -> the agency that may report the event a second time.
_SECONDARY: dict[tuple[str, str], str] = {
    ("darien", "PAN"): "ppm_pasocanoas",
    ("us_mex", "USA"): "janes_events",
    ("channel", "FRA"): "janes_events",
    ("channel", "GBR"): "bdl_france_europol",
    ("thb_vnm_gbr", "GBR"): "bdl_france_europol",
    ("wmed", "ESP"): "bdl_france_europol",
}

_EXAMINER: Examiner[Source155] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="janes_events",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=155,
    blank_share=0.35,
)


def make_blind155(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind155`` agencies would send them.

    COMBIFRON (Colombia–Panama) first reports the events detected in Panama, the DHS
    Office of Intelligence and Analysis those in the United States, the French liaison
    bureau at Europol those in France; an open-source event database (Janes Events)
    every other. Costa Rica's migration police at Paso Canoas reports Darién events a
    second time; the French bureau re-reports British Channel and Viet Nam cases and
    Western Mediterranean cases in Spain; the event database re-reports U.S. and French
    Channel events. See the module docstring for each agency's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same cells.

    Returns
    -------
    list of Submission
        ``combifron_fa.xlsx``, ``ppm_pasocanoas_fa.csv``, ``dhs_ia_swb_fa.jsonl``,
        ``bdl_france_europol_fa.csv`` and ``janes_events_fa.jsonl``, in that order,
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind155(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['combifron_fa.xlsx', 'ppm_pasocanoas_fa.csv', 'dhs_ia_swb_fa.jsonl',
     'bdl_france_europol_fa.csv', 'janes_events_fa.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8-sig', 'utf-8', 'cp1252', 'ascii']
    >>> subs[3].frame.columns[:3].tolist()
    ['Réf. BDL', 'Date des faits', 'Qualification']
    >>> all(s.expected["expected_status"].isin(["record", "duplicate"]).any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
