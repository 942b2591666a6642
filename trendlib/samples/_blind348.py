"""Examiner variant ``blind348``: online job boards' and classifieds' trust-and-safety desks.

Five platforms whose trust-and-safety (or moderation) teams refer fake job ads that lure
victims of trafficking and ads offering irregular crossings to the police, and log the
outcome the police feed back (when, where, how many persons were found). Each desk keeps
its own export (files ``*_ml.*``):

``gumtree_uk_trust_safety_ml.csv``
    Gumtree UK's Trust & Safety law-enforcement referral log: English, cp1252 (saved from
    Excel on Windows), ``,``, CRLF line ends. Day-first dates (``17/05/2023``, some
    ``17 May 2023``; ``May 2023`` or ``Q2 2023`` when the police gave only the month or
    quarter), nationalities as demonyms (``Afghan``, ``Vietnamese``), ``UK``/``England``/
    ``Scotland`` for the United Kingdom, small counts in words, ``n/k`` for not known,
    ``none`` for no suspect, a ``lat, long`` pair, the ad's category. Re-sent rows.
``france_travail_offres_ml.csv``
    France Travail's unit checking job offers on its partner job boards: French, UTF-8
    with BOM (Excel's "CSV UTF-8"), ``;``. ``17/05/2023`` or ``17/05/23``, ``mai 2023``,
    ``T2 2023``; ``Angleterre`` for the United Kingdom; narrow no-break spaces in
    thousands; ``NC`` (non communiqué), ``aucun``; latitude and longitude with decimal
    commas; transit countries joined by `` - ``.
``infojobs_confianza_seguridad_ml.xlsx``
    InfoJobs' (Spain) Trust & Safety team sheet: Spanish, drop-down values, real Excel
    dates with some typed ``17/05/2023`` and some bare serial numbers, ``mayo 2023``;
    counts as numbers but ``1.250`` typed as text; ``s/d``, ``ninguno``; numeric
    coordinates.
``encuentra24_moderacion_pa_ml.csv``
    Encuentra24's (Panamá) moderation team: Spanish, UTF-16 with tabs (Excel's "Unicode
    text"), ``17/05/2023 14:32`` timestamps and ``05/2023``; rows from an older import
    show mojibake (``PanamÃ¡``); ``EE.UU.``; ``1,250`` (Panamanian thousands);
    coordinates in degrees, minutes and seconds; the ad's section.
``indeed_trust_safety_ml.jsonl``
    Indeed's global Trust & Safety referral feed (the compilation: every detection no
    other desk covers): English snake_case keys, upper-case enums (``HUMAN_SMUGGLING``,
    ``LABOR``), ISO alpha-2 codes (``UK`` for the United Kingdom), ISO 8601 timestamps,
    ``2023-05`` and ``2023-Q2`` partial dates, JSON numbers and nulls. Re-delivered lines.
"""

from __future__ import annotations

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

__all__ = ["BLIND348", "SOURCES", "make_blind348"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: ISO alpha-3 -> (English, French, Spanish, English demonym)
# --------------------------------------------------------------------------------------
_COUNTRY: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian"),
    "CHN": ("China", "Chine", "China", "Chinese"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil", "Ivorian"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean"),
    "ESP": ("Spain", "Espagne", "España", "Spanish"),
    "FRA": ("France", "France", "Francia", "French"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi"),
    "ITA": ("Italy", "Italie", "Italia", "Italian"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonian"),
    "MLI": ("Mali", "Mali", "Malí", "Malian"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish"),
    "USA": ("USA", "États-Unis", "Estados Unidos", "American"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Small slips of hand-typed country cells (what the desk's staff really mistype).
_TYPO_EN = {
    "Afghan": "Afgan",
    "Eritrean": "Eritrian",
    "Vietnamese": "Vietnamise",
    "Albanian": "Albanain",
    "Afghanistan": "Afganistan",
    "Eritrea": "Eritria",
}
_TYPO_FR = {
    "Érythrée": "Erythrée",
    "Afghanistan": "Afganistan",
    "Viêt Nam": "Vietnam",
    "Irak": "Iraq",
    "Albanie": "Albannie",
}
_TYPO_ES = {
    "Venezuela": "Venezuala",
    "Ecuador": "Equador",
    "Haití": "Haiti",
    "Colombia": "Colonbia",
    "Honduras": "Hondura",
}


# --------------------------------------------------------------------------------------
# Each desk's wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one desk writes its vocabulary cells (first word = the usual one)."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    expl_na: tuple[str | None, ...]  # written for pure smuggling (expected NA)
    expl_unknown: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    na: tuple[str | None, ...]  # an age group or transport mode not stated
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    direct: tuple[str | None, ...]  # transit cell of a direct journey
    nat_unknown: tuple[str | None, ...]
    count_unknown: tuple[str | None, ...]
    zero: tuple[str, ...]  # "no suspect" words (empty: the desk writes 0)
    case_rate: float  # hand-typed cells with odd case or spacing


_GUMTREE = _Wording(
    crime={
        "trafficking": ("Human trafficking", "Modern slavery", "Human Trafficking"),
        "smuggling": ("People smuggling", "People Smuggling", "Facilitation (illegal entry)"),
        "both": ("Trafficking & smuggling", "Smuggling + trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis farm)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    expl_na=(None, "N/A"),
    expl_unknown=("Not known", "TBC"),
    gender={
        "female": ("Female", "F", "Female"),
        "male": ("Male", "M", "Male"),
        "mixed": ("Mixed", "Mixed group"),
    },
    age={
        "child": ("Minor", "Under 18", "U18"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Boat", "RHIB"),
        "land": ("Lorry", "HGV", "Car", "Coach"),
        "air": ("Flight", "Air"),
    },
    na=("Not recorded", "N/A"),
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=", ",
    direct=(None, "Direct"),
    nat_unknown=("Unknown", "Not known"),
    count_unknown=("n/k", "Not known"),
    zero=("none", "None"),
    case_rate=0.05,
)

_FRANCE_TRAVAIL = _Wording(
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "trafic de migrants",
            "filière d'immigration clandestine",
        ),
        "both": ("traite + aide à l'entrée irrégulière", "TEH et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    expl_na=(None, "sans objet"),
    expl_unknown=("indéterminée",),
    gender={
        "female": ("femmes", "F", "femme"),
        "male": ("hommes", "H", "homme"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "child": ("mineurs", "mineur"),
        "adult": ("majeurs", "majeur", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation", "voie maritime"),
        "land": ("poids lourd", "camion", "voiture", "voie terrestre"),
        "air": ("avion", "voie aérienne"),
    },
    na=("non renseigné", "NR"),
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct=(None, "direct"),
    nat_unknown=("inconnue", "NC"),
    count_unknown=("NC", "non communiqué"),
    zero=("aucun",),
    case_rate=0.05,
)

_INFOJOBS = _Wording(
    crime={
        "trafficking": ("Trata de seres humanos",),
        "smuggling": ("Tráfico ilícito de migrantes",),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    expl_na=("No aplica",),
    expl_unknown=("Sin determinar",),
    gender={"female": ("Mujer",), "male": ("Hombre",), "mixed": ("Mixto",)},
    age={
        "child": ("Menor de edad",),
        "adult": ("Mayor de edad",),
        "mixed": ("Mayores y menores",),
    },
    mode={
        "sea": ("Marítimo (patera/cayuco)", "Marítimo"),
        "land": ("Terrestre",),
        "air": ("Aéreo",),
    },
    na=("Sin determinar",),
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=", ",
    direct=(None, "Directo"),
    nat_unknown=("Sin determinar",),
    count_unknown=("s/d",),
    zero=("ninguno",),
    case_rate=0.0,  # drop-down lists
)

_ENCUENTRA24 = _Wording(
    crime={
        "trafficking": ("trata de personas", "Trata de personas"),
        "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes", "coyotaje"),
        "both": ("trata y tráfico de migrantes", "trata / tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    expl_na=(None, "no aplica"),
    expl_unknown=("sin dato",),
    gender={
        "female": ("Femenino", "femenino", "Mujeres"),
        "male": ("Masculino", "masculino", "Hombres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "child": ("menores (NNA)", "NNA", "menores"),
        "adult": ("adultos", "adulto"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode={
        "land": ("terrestre", "a pie", "terrestre (a pie)"),
        "sea": ("marítimo", "lancha"),
        "air": ("aéreo", "avión"),
    },
    na=("sin dato", "N/D"),
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct=(None, "directo"),
    nat_unknown=("sin dato", "N/D"),
    count_unknown=("sin dato", "N/D"),
    zero=("ninguno",),
    case_rate=0.05,
)

_INDEED = _Wording(
    crime={
        "trafficking": ("HUMAN_TRAFFICKING",),
        "smuggling": ("HUMAN_SMUGGLING",),
        "both": ("TRAFFICKING_AND_SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEX",),
        "forced_labour": ("LABOR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    expl_na=(None,),
    expl_unknown=("UNSPECIFIED",),
    gender={"female": ("FEMALE",), "male": ("MALE",), "mixed": ("MIXED",)},
    age={"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    mode={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    na=("UNKNOWN",),
    offences={
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("BRIBERY",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("DRUGS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    offence_sep=",",
    transit_sep=",",
    direct=(None,),
    nat_unknown=(None,),
    count_unknown=(None,),
    zero=(),
    case_rate=0.0,  # a feed of enums
)

_GUMTREE_ADS = {
    "smuggling": ("Services > Travel & Transport", "Community > Rideshare"),
    "sexual": ("Services > Massage", "Jobs > Hospitality"),
    "forced_labour": ("Jobs > Cleaning", "Jobs > Beauty & Nails", "Jobs > Construction"),
    "forced_criminality": ("Jobs > Gardening", "Jobs > Driving & Logistics"),
    "other": ("Jobs > Other",),
}
_ENCUENTRA24_ADS = {
    "smuggling": ("Servicios > Viajes y turismo", "Vehículos > Transporte"),
    "sexual": ("Empleos > Modelos y edecanes", "Empleos > Hostelería"),
    "forced_labour": ("Empleos > Construcción", "Empleos > Agricultura", "Empleos > Limpieza"),
    "forced_criminality": ("Empleos > Ventas",),
    "other": ("Empleos > Otros",),
}

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
GUMTREE = "gumtree_uk_trust_safety"
FRANCE_TRAVAIL = "france_travail_offres"
INFOJOBS = "infojobs_confianza_seguridad"
ENCUENTRA24 = "encuentra24_moderacion_pa"
INDEED = "indeed_trust_safety"

_WORDING = {
    GUMTREE: _GUMTREE,
    FRANCE_TRAVAIL: _FRANCE_TRAVAIL,
    INFOJOBS: _INFOJOBS,
    ENCUENTRA24: _ENCUENTRA24,
    INDEED: _INDEED,
}

#: The variant's sources, in the order :func:`make_blind348` returns them.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=GUMTREE,
        filename=f"{GUMTREE}_ml.csv",
        ref="GT-TS-{year}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case Ref",
            "event_date": "Incident Date",
            "ad_category": "Ad Category",
            "crime_type": "Abuse Category",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Persons",
            "n_suspects": "No. of Suspects",
            "gender": "Sex",
            "age_group": "Age Band",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Route",
            "destination_country": "Intended Destination",
            "detection_country": "Country Intercepted",
            "transport_mode": "Travel Method",
            "coordinates": "Location (Lat, Long)",
            "linked_offences": "Related Offences",
        },
        note="Provisional extract for NCA liaison – figures subject to police confirmation",
        total="TOTAL",
        bad_count=("several", "a few", "multiple"),
        repeats=True,
    ),
    ExaminerSource(
        source=FRANCE_TRAVAIL,
        filename=f"{FRANCE_TRAVAIL}_ml.csv",
        ref="FT-CFO-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes concernées",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions associées",
        },
        note="Extraction provisoire – données non consolidées (cellule contrôle des offres)",
        total="Total",
        bad_count=("plusieurs", "une dizaine", "nombreux"),
        repeats=False,
    ),
    ExaminerSource(
        source=INFOJOBS,
        filename=f"{INFOJOBS}_ml.xlsx",
        ref="IJ/{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "ID incidencia",
            "event_date": "Fecha de los hechos",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº investigados",
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
            "linked_offences": "Delitos conexos",
        },
        note="Datos provisionales – pendientes de validación por Asesoría Jurídica",
        total="TOTAL GENERAL",
        bad_count=("varios", "varias personas", "grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=ENCUENTRA24,
        filename=f"{ENCUENTRA24}_ml.csv",
        ref="E24-PA-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. de reporte",
            "event_date": "Fecha y hora",
            "ad_category": "Sección del anuncio",
            "crime_type": "Tipo de delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Cantidad de sospechosos",
            "gender": "Sexo",
            "age_group": "Grupo de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "Destino final",
            "detection_country": "País donde se detectó",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Otros delitos",
        },
        note="Nota: reporte preliminar, sujeto a verificación con SENAFRONT",
        total="Total",
        bad_count=("varios", "grupo grande", "muchos"),
        repeats=False,
    ),
    ExaminerSource(
        source=INDEED,
        filename=f"{INDEED}_ml.jsonl",
        ref="TS-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "incident_date",
            "crime_type": "violation_type",
            "exploitation": "trafficking_type",
            "n_persons": "persons_count",
            "n_suspects": "suspect_count",
            "gender": "victim_gender",
            "age_group": "victim_age_group",
            "nationality": "nationality_code",
            "origin_country": "origin_country_code",
            "transit_countries": "transit_country_codes",
            "destination_country": "destination_country_code",
            "detection_country": "interception_country_code",
            "transport_mode": "transport_mode",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "related_violations",
        },
        note=None,
        total="TOTAL",
        bad_count=("multiple", "several"),
        repeats=True,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}


# --------------------------------------------------------------------------------------
# Small typed readers of an event's values
# --------------------------------------------------------------------------------------
def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int:
    return int(str(value))


def _float(value: object) -> float:
    return float(str(value))


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _ten_years_on(ts: pd.Timestamp) -> pd.Timestamp:
    """Slip the year's third digit (2023 -> 2033): a typed future date."""
    return ts.replace(year=ts.year + 10)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_DateCell = tuple[object, pd.Timestamp, str, list[str]]


def _clock(rng: _Rng) -> str:
    return f"{int(rng.integers(7, 20)):02d}:{int(rng.integers(0, 60)):02d}"


def _date_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    """Return (cell, expected date, precision, tags) of a date as the desk writes it."""
    r = rng.random()
    month, quarter = _month_start(ts), _quarter_start(ts)
    q = (ts.month - 1) // 3 + 1
    name = src.source
    if name == GUMTREE:
        if partial_ok and r < 0.04:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.07:
            return f"Q{q} {ts.year}", quarter, "quarter", ["partial_date"]
        if rng.random() < 0.25:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if name == FRANCE_TRAVAIL:
        if partial_ok and r < 0.04:
            return f"{_MOIS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.07:
            return f"T{q} {ts.year}", quarter, "quarter", ["partial_date"]
        if rng.random() < 0.15:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if name == INFOJOBS:
        if partial_ok and r < 0.04:
            return f"{_MESES[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        s = rng.random()
        if s < 0.08:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_as_text"]
        if s < 0.15:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        return ts.to_pydatetime(), ts, "day", []
    if name == ENCUENTRA24:
        if partial_ok and r < 0.05:
            return ts.strftime("%m/%Y"), month, "month", ["partial_date"]
        if rng.random() < 0.7:
            return f"{ts.strftime('%d/%m/%Y')} {_clock(rng)}", ts, "day", ["date_time"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # Indeed: ISO 8601
    if partial_ok and r < 0.04:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if partial_ok and r < 0.06:
        return f"{ts.year}-Q{q}", quarter, "quarter", ["partial_date"]
    if rng.random() < 0.8:
        stamp = f"{ts.strftime('%Y-%m-%d')}T{_clock(rng)}:{int(rng.integers(0, 60)):02d}Z"
        return stamp, ts, "day", ["iso_timestamp"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date cannot be used (no, impossible or future date)."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        day_month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11"))
        if name == INDEED:
            d, m = day_month.split("/")
            return f"{ts.year}-{m}-{d}T10:{int(rng.integers(10, 60))}:00Z"
        if name == ENCUENTRA24:
            return f"{day_month}/{ts.year} {_clock(rng)}"
        if name == FRANCE_TRAVAIL and rng.random() < 0.5:
            return f"00/{ts.month:02d}/{ts.year}"
        return f"{day_month}/{ts.year}"
    future = _ten_years_on(ts)
    if name == INFOJOBS:
        return future.to_pydatetime()
    if name == INDEED:
        return f"{future.strftime('%Y-%m-%d')}T{_clock(rng)}:00Z"
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the day of its last row)."""
    if src.source == INFOJOBS:
        return last.to_pydatetime()
    if src.source == INDEED:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country_name(src: ExaminerSource, iso: str, rng: _Rng, column: str) -> tuple[str, list[str]]:
    """Write one country as the desk does; return (cell, tags)."""
    name = src.source
    if name == INDEED:
        a2, _ = iso_codes(iso)
        if iso == "GBR" and rng.random() < 0.7:
            return "UK", [f"alias:{column}"]
        return a2, [f"iso2:{column}"]
    row = _COUNTRY[iso]
    text = row[_LANG[src.language]]
    tags: list[str] = []
    r = rng.random()
    if name == GUMTREE:
        if column == "nationality" and r < 0.65:
            text, tags = row[3], [f"demonym:{column}"]
        elif iso == "GBR" and r < 0.7:
            text, tags = "UK", [f"alias:{column}"]
        if rng.random() < 0.04 and text in _TYPO_EN:
            text, tags = _TYPO_EN[text], [*tags, f"typo:{column}"]
    elif name == FRANCE_TRAVAIL:
        if iso == "GBR" and column == "destination_country" and r < 0.35:
            text, tags = "Angleterre", [f"alias:{column}"]
        elif iso == "GBR" and r < 0.15:
            text, tags = "Grande-Bretagne", [f"alias:{column}"]
        if rng.random() < 0.05 and text in _TYPO_FR:
            text, tags = _TYPO_FR[text], [*tags, f"typo:{column}"]
    elif name == ENCUENTRA24:
        if iso == "USA":
            text = choice(rng, ("EE.UU.", "EEUU", "Estados Unidos", "EE. UU."))
            tags = [f"alias:{column}"] if text != "Estados Unidos" else []
        elif iso == "CHN" and r < 0.3:
            text, tags = "R.P. China", [f"alias:{column}"]
        if rng.random() < 0.04 and text in _TYPO_ES:
            text, tags = _TYPO_ES[text], [*tags, f"typo:{column}"]
    elif name == INFOJOBS and iso == "ROU" and r < 0.3:
        text, tags = "Rumania", [f"alias:{column}"]
    return text, tags


def _detection(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    """Write the country of detection; Gumtree names the UK's nations by the hotspot."""
    iso = str(ev["detection_country"])
    if src.source == GUMTREE and iso == "GBR":
        place = str(ev.get("hotspot") or "")
        r = rng.random()
        if place.startswith("Glasgow") and r < 0.4:
            return "Scotland", ["alias:detection_country"]
        if not place.startswith("Glasgow") and r < 0.2:
            return "England", ["alias:detection_country"]
    return _country_name(src, iso, rng, "detection_country")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
_WORDS_EN = ("one", "two", "three")
_WORDS_ES = ("uno", "dos", "tres")


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the count of persons."""
    words = _WORDING[src.source]
    if rng.random() < 0.012:
        return (
            choice(rng, [w or "" for w in words.count_unknown]) or None,
            None,
            ["count_placeholder"],
        )
    name = src.source
    if name == INDEED:
        return n, n, []
    if name == INFOJOBS:
        if n >= 1000 and rng.random() < 0.5:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands"]
        return n, n, []
    if n >= 1000:
        sep = {GUMTREE: ",", ENCUENTRA24: ",", FRANCE_TRAVAIL: "\u202f"}[name]
        if name == FRANCE_TRAVAIL and rng.random() < 0.5:
            sep = "\u00a0"
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands"]
    if name in (GUMTREE, ENCUENTRA24) and 1 <= n <= 3 and rng.random() < 0.3:
        return (_WORDS_EN if name == GUMTREE else _WORDS_ES)[n - 1], n, ["count_word"]
    return str(n), n, []


def _suspects(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the count of suspects."""
    words = _WORDING[src.source]
    numeric = src.format != "csv"
    if rng.random() < 0.03:
        cell = choice(rng, [w or "" for w in words.count_unknown]) or None
        return cell, None, ["suspects_placeholder"]
    if n == 0 and words.zero and rng.random() < 0.4:
        return choice(rng, words.zero), 0, ["zero_word"]
    return (n if numeric else str(n)), n, []


def _dms(value: float, positive: str, negative: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds; return (text, the value it says)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    hemi = positive if value >= 0 else negative
    said = tenths / 36000 * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{hemi}", said


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of the place of detection."""
    pair = "coordinates" in src.headers
    if blank:
        cells: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["blank_coordinates"]
    r = rng.random()
    if r < 0.03:
        cells = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["coords_missing"]
    if r < 0.04 and src.source in (GUMTREE, ENCUENTRA24):
        word = "n/a" if src.source == GUMTREE else "sin coordenadas"
        return {"coordinates": word}, None, None, ["coords_placeholder"]
    name = src.source
    if name == GUMTREE:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if name == ENCUENTRA24:
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo, ["dms"]
    if name == FRANCE_TRAVAIL:
        la, lo = round(lat, 5), round(lon, 5)
        cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
        return cells, la, lo, ["decimal_comma"]
    if name == INDEED:
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, []
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, []


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _noise(text: str, rate: float, rng: _Rng, column: str, tags: list[str]) -> str:
    """Give a hand-typed cell odd case or spacing (the meaning stays); tag it in ``tags``."""
    if rate <= 0 or rng.random() >= rate:
        return text
    kind = int(rng.integers(0, 3))
    out = text.lower() if kind == 0 else text.upper() if kind == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{column}")
    return out


def _word(options: tuple[str, ...], rng: _Rng) -> str:
    """Pick the usual word (first) 70 % of the time, else one of the variants."""
    if len(options) == 1 or rng.random() < 0.7:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    words = _WORDING[src.source]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, t = _date_cell(src, ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(
        _word(words.crime[crime], rng), words.case_rate, rng, "crime_type", tags
    )
    exp["crime_type"] = crime

    expl = _text(ev["exploitation"])
    if expl is None:
        cells["exploitation"] = choice(rng, [w or "" for w in words.expl_na]) or None
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, words.expl_unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _noise(
            _word(words.exploitation[expl], rng), words.case_rate, rng, "exploitation", tags
        )
        exp["exploitation"] = expl

    if "ad_category" in src.headers:
        table = _GUMTREE_ADS if src.source == GUMTREE else _ENCUENTRA24_ADS
        cells["ad_category"] = choice(rng, table.get(expl or "smuggling", table["other"]))

    cells["n_persons"], exp["n_persons"], t = _persons(src, _int(ev["n_persons"]), rng)
    tags += t
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, _int(ev["n_suspects"]), rng)
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noise(
            _word(words.gender[gender], rng), words.case_rate, rng, "gender", tags
        )
        exp["gender"] = gender

    for col, table in (("age_group", words.age), ("transport_mode", words.mode)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, [w or "" for w in words.na]) or None
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _noise(_word(table[value], rng), words.case_rate, rng, col, tags)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country"):
        iso = str(ev[col])
        if col == "nationality" and forced_blank == "nationality":
            cells[col], exp[col] = None, None
            tags.append("blank_nationality")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col] = choice(rng, [w or "" for w in words.nat_unknown]) or None
            exp[col] = None
            tags.append("blank_nationality")
            continue
        text, t = _country_name(src, iso, rng, col)
        cells[col] = _noise(text, words.case_rate, rng, col, tags)
        exp[col] = iso
        tags += t

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text, t = _detection(src, ev, rng)
        cells["detection_country"] = _noise(text, words.case_rate, rng, "detection_country", tags)
        exp["detection_country"] = str(ev["detection_country"])
        tags += t

    transit = _text(ev["transit_countries"])
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = choice(rng, [w or "" for w in words.direct]) or None
    else:
        parts = [_country_name(src, c, rng, "transit_countries") for c in transit.split("|")]
        cells["transit_countries"] = words.transit_sep.join(p for p, _ in parts)
        tags += sorted({x for _, ts_ in parts for x in ts_ if x.startswith("typo")})

    place, exp["lat"], exp["lon"], t = _coordinates(
        src,
        _float(ev["lat"]),
        _float(ev["lon"]),
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t

    offences = _text(ev["linked_offences"])
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = words.offence_sep.join(
            _word(words.offences[o], rng) for o in offences.split("|")
        )

    if src.source == ENCUENTRA24 and rng.random() < 0.2:  # rows of the older import
        garbled = False
        for key, cell_value in cells.items():
            if isinstance(cell_value, str) and key not in ("event_date", "source_ref"):
                bad = mojibake(cell_value)
                if bad is not None:
                    cells[key], garbled = bad, True
        if garbled:
            tags.append("mojibake")
    for key, cell_value in cells.items():  # a cp1252 file cannot hold every character
        if isinstance(cell_value, str) and not fits(cell_value, src):
            raise ValueError(
                f"{src.filename}: {key} cell {cell_value!r} does not fit {src.encoding}"
            )
    return cells, exp, tags


#: The variant: its sources, routing and way of writing.
BLIND348: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": GUMTREE, "FRA": FRANCE_TRAVAIL, "ESP": INFOJOBS, "PAN": ENCUENTRA24},
    compilation=INDEED,
    secondary={
        ("channel", "FRA"): GUMTREE,  # crossings sold in Gumtree's travel section
        ("channel", "GBR"): FRANCE_TRAVAIL,  # "work in England" offers on French boards
        ("thb_vnm_gbr", "GBR"): INDEED,  # nail-bar and cannabis-farm job ads
        ("thb_rou_esp", "ESP"): INDEED,  # berry-picking offers in Huelva
        ("thb_rou_esp", "ITA"): INFOJOBS,  # the same recruiters' offers for Latina farms
        ("darien", "PAN"): INDEED,
        ("us_mex", "USA"): ENCUENTRA24,  # "viajes a EE.UU." ads in Central America
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=348_0348,
    blank_share=0.3,
)


def make_blind348(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five trust-and-safety desks of ``blind348`` do.

    Gumtree UK (CSV, cp1252, ``,``), France Travail's job-offer control unit (CSV,
    UTF-8 with BOM, ``;``), InfoJobs Spain (XLSX), Encuentra24 Panamá (CSV, UTF-16, tab)
    and Indeed's global feed (JSON lines, the compilation). Each event is first reported
    by the desk of its detection country (Indeed for the others); about 4 % are reported
    again by a second desk (date ±1 day, that desk's wording, sometimes a field left
    blank); bad rows of every quarantine reason, a note, a total and (CSV) an empty row;
    Gumtree and Indeed re-send a few rows unchanged.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with the expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind348(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gumtree_uk_trust_safety_ml.csv', 'france_travail_offres_ml.csv',
     'infojobs_confianza_seguridad_ml.xlsx', 'encuentra24_moderacion_pa_ml.csv',
     'indeed_trust_safety_ml.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8-sig', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:4].tolist()
    ['Case Ref', 'Incident Date', 'Ad Category', 'Abuse Category']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND348, truth, seed=seed)
