"""Examiner sample set ``blind165`` (files ``*_fk.*``): the Atlantic route seen from the Canaries.

Five sources the cleaner has never seen, each written the way that body keeps its log:

``rtve_canarias_fk.xlsx``
    RTVE Canarias newsroom, incident log of arrivals and trafficking cases (Spanish).
    Island by island (El Hierro, Lanzarote, Gran Canaria, Tenerife), plus the national
    wire for Ceuta, Melilla and Andalusia; real Excel dates, partial dates ("mayo de
    2023", "2.º trimestre de 2023") for trafficking investigations, demonyms
    ("senegalesa"), the responders of each landing. First reporter of Spain.
``consulat_senegal_lpa_fk.csv``
    Consulate General of Senegal in Las Palmas, protection of nationals (French, cp1252,
    ``;``). It re-reports Atlantic landings already known (cross-source duplicates),
    with names pasted from UTF-8 e-mails (mojibake) and "NC" for what it was not told.
``open_arms_fk.csv``
    Open Arms case sheet (Spanish, Google Sheets export: UTF-8, ``,``), unpadded
    day-first dates with times, positions in degrees and decimal minutes, routes written
    with ``>``, Spanish thousands dots. First reporter of Italy.
``eu_fra_bulletin_fk.csv``
    EU Agency for Fundamental Rights, extract of its migration bulletins (English,
    UTF-16 with tabs, an Excel "Unicode text" export): Eurostat country codes (``EL``
    for Greece, ``UK``), "Green border", month and quarter periods. First reporter of
    Greece, Croatia and Poland.
``crisis24_alertes_fk.jsonl``
    Crisis24 (GardaWorld, Montreal) French alert feed, JSON lines: ISO timestamps in
    UTC, French plural demonyms, transit countries as JSON arrays, counts as text.
    Reports every other event (France, United Kingdom, Panama, United States).

The truth says what a careful analyst reads from each cell: a blank or "not known"
cell expects nothing (or ``unknown`` in a vocabulary column), a column the source does
not keep expects nothing, a month or quarter expects its first day.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND165_SOURCES", "make_blind165"]

_Rng = np.random.Generator

RTVE = "rtve_canarias_fk"
CONSUL = "consulat_senegal_lpa_fk"
OPENARMS = "open_arms_fk"
EUFRA = "eu_fra_bulletin_fk"
C24 = "crisis24_alertes_fk"

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
#: The five sources of the set, in the order the submissions are returned.
BLIND165_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=RTVE,
        filename=f"{RTVE}.xlsx",
        ref="RTVE-CAN/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº registro",
            "event_date": "Fecha",
            "place": "Isla / lugar",
            "crime_type": "Hecho",
            "exploitation": "Finalidad (trata)",
            "n_persons": "Personas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "transit_countries": "Tránsito / ruta",
            "detection_country": "País",
            "transport_mode": "Medio",
            "linked_offences": "Otros delitos",
            "responders": "Intervinientes",
        },
        note="Fuente: elaboración propia con datos de Salvamento Marítimo, Cruz Roja y "
        "Delegación del Gobierno. Datos provisionales.",
        total="TOTAL GENERAL",
        bad_count=("decenas", "varias"),
        repeats=False,
    ),
    ExaminerSource(
        source=CONSUL,
        filename=f"{CONSUL}.csv",
        ref="CG-LPA/{seq:03d}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date d'arrivée",
            "place": "Île / port d'arrivée",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Personnes à bord",
            "n_suspects": "Passeurs présumés interpellés",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité principale",
            "transit_countries": "Pays de transit",
            "detection_country": "Pays",
            "transport_mode": "Moyen de transport",
        },
        note="NB : chiffres communiqués sous réserve de confirmation par les autorités espagnoles",
        total="TOTAL",
        bad_count=("plusieurs", "une dizaine"),
        repeats=False,
    ),
    ExaminerSource(
        source=OPENARMS,
        filename=f"{OPENARMS}.csv",
        ref="OA-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "ID caso",
            "event_date": "Fecha/hora",
            "crime_type": "Tipo de caso",
            "exploitation": "Finalidad de la trata",
            "n_persons": "Nº personas",
            "n_suspects": "Detenidos (patrones/facilitadores)",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad mayoritaria",
            "origin_country": "País de origen",
            "destination_country": "Destino declarado",
            "transit_countries": "Ruta",
            "detection_country": "País de desembarco",
            "transport_mode": "Medio",
            "coordinates": "Posición",
        },
        note=None,
        total="Total",
        bad_count=("varias", "decenas"),
        repeats=True,
    ),
    ExaminerSource(
        source=EUFRA,
        filename=f"{EUFRA}.csv",
        ref="MB{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date / period",
            "detection_country": "Member State",
            "crime_type": "Offence",
            "exploitation": "Form of exploitation",
            "n_persons": "Persons concerned",
            "n_suspects": "Suspects arrested",
            "gender": "Sex",
            "age_group": "Age",
            "nationality": "Citizenship",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "transit_countries": "Route (transit)",
            "transport_mode": "Border type",
            "linked_offences": "Related offences",
        },
        note="Note: figures as reported by national authorities; not comparable across "
        "Member States",
        total="Total",
        bad_count=("several", "dozens"),
        repeats=False,
    ),
    ExaminerSource(
        source=C24,
        filename=f"{C24}.jsonl",
        ref="C24-{year}{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "id_alerte",
            "event_date": "date_evenement",
            "crime_type": "categorie",
            "detection_country": "pays",
            "place": "lieu",
            "lat": "latitude",
            "lon": "longitude",
            "n_persons": "nb_personnes",
            "n_suspects": "nb_interpellations",
            "gender": "sexe",
            "age_group": "tranche_age",
            "nationality": "nationalites",
            "transit_countries": "transit",
            "destination_country": "destination",
            "transport_mode": "mode",
        },
        note=None,
        total="TOTAL",
        bad_count=("plusieurs dizaines", "des centaines"),
        repeats=True,
    ),
)

_PRIMARY: dict[str, str] = {
    "ESP": RTVE,
    "ITA": OPENARMS,
    "GRC": EUFRA,
    "HRV": EUFRA,
    "POL": EUFRA,
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("watl", "ESP"): CONSUL,  # Atlantic landings with West African nationals on board
    ("emed", "GRC"): OPENARMS,  # Lesbos, where Open Arms began
    ("channel", "FRA"): EUFRA,  # the bulletin's French pages
    ("blr_pol", "POL"): C24,  # alerts on the Belarus border
}

# --------------------------------------------------------------------------------------
# Countries: (English, French, Spanish)
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia"),
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
    "GIN": ("Guinea", "Guinée", "Guinea Conakry"),
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
    "ROU": ("Romania", "Roumanie", "Rumanía"),
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

#: Spanish demonyms (feminine: "nacionalidad senegalesa"), as the newsroom writes them.
_DEMONYM_ES = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "SEN": "senegalesa",
    "MLI": "maliense",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
#: French demonyms (feminine singular: "nationalité sénégalaise"), as the consulate writes.
_DEMONYM_FR = {
    "SEN": "sénégalaise",
    "MLI": "malienne",
    "MAR": "marocaine",
    "GMB": "gambienne",
    "GIN": "guinéenne",
    "CIV": "ivoirienne",
}
#: French plural demonyms, as alert texts write who was found ("45 Afghans").
_PEOPLE_FR = {
    "AFG": "Afghans",
    "IRN": "Iraniens",
    "IRQ": "Irakiens",
    "ALB": "Albanais",
    "ERI": "Érythréens",
    "SYR": "Syriens",
    "VNM": "Vietnamiens",
    "VEN": "Vénézuéliens",
    "ECU": "Équatoriens",
    "HTI": "Haïtiens",
    "COL": "Colombiens",
    "CHN": "Chinois",
    "MEX": "Mexicains",
    "GTM": "Guatémaltèques",
    "HND": "Honduriens",
    "YEM": "Yéménites",
}
#: Small typos a clerk makes in country names.
_TYPOS = {
    "Marruecos": "Marrruecos",
    "Senegal": "Senegl",
    "Mauritania": "Mauritana",
    "Argelia": "Algelia",
    "Túnez": "Tunes",
    "Bangladés": "Banglades",
    "Afganistán": "Afganistan",
    "Egipto": "Egpito",
    "Venezuela": "Venezula",
    "Mauritanie": "Mauritannie",
}


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


def _eurostat(code: str) -> str:
    """ISO alpha-2, but EL for Greece and UK for the United Kingdom (Eurostat codes)."""
    return {"GRC": "EL", "GBR": "UK"}.get(code, iso_codes(code)[0])


# --------------------------------------------------------------------------------------
# Vocabulary words, per source
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    RTVE: {
        "smuggling": (
            "Tráfico de migrantes",
            "Favorecimiento de la inmigración irregular",
            "Delito contra los derechos de los ciudadanos extranjeros",
        ),
        "trafficking": ("Trata de seres humanos", "Trata de personas"),
        "both": ("Trata y tráfico de migrantes",),
    },
    CONSUL: {
        "smuggling": ("Trafic illicite de migrants", "Trafic de migrants"),
        "trafficking": ("Traite des personnes", "Traite des êtres humains"),
        "both": ("Traite et trafic de migrants",),
    },
    OPENARMS: {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "Trata"),
        "both": ("Tráfico y trata", "Trata + tráfico de migrantes"),
    },
    EUFRA: {
        "smuggling": ("Migrant smuggling", "Facilitation of unauthorised entry"),
        "trafficking": ("Trafficking in human beings", "THB"),
        "both": ("THB and migrant smuggling",),
    },
    C24: {
        "smuggling": ("Trafic de migrants", "Réseau de passeurs"),
        "trafficking": ("Traite d'êtres humains", "Traite des personnes"),
        "both": ("Traite et trafic de migrants",),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    "fr": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "en": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality", "forced begging/criminality"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}
#: What a source writes in the exploitation column of a smuggling row (None = blank).
_EXPL_NA: dict[str, tuple[str | None, ...]] = {
    RTVE: (None, None, "no procede"),
    CONSUL: (None, "sans objet"),
    OPENARMS: (None, None, "-"),
    EUFRA: ("n/a", None),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    RTVE: {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("hombres y mujeres", "mixto"),
    },
    CONSUL: {
        "male": ("hommes", "masculin"),
        "female": ("femmes", "féminin"),
        "mixed": ("hommes et femmes", "mixte"),
    },
    OPENARMS: {
        "male": ("hombres", "H"),
        "female": ("mujeres", "M"),
        "mixed": ("mixto", "H y M"),
    },
    EUFRA: {
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Mixed", "Men and women"),
    },
    C24: {
        "male": ("hommes",),
        "female": ("femmes",),
        "mixed": ("hommes et femmes", "mixte"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    RTVE: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores no acompañados"),
        "mixed": ("adultos y menores",),
    },
    CONSUL: {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "mineurs non accompagnés"),
        "mixed": ("majeurs et mineurs",),
    },
    OPENARMS: {
        "adult": ("adultos",),
        "child": ("menores",),
        "mixed": ("adultos y menores", "mixto"),
    },
    EUFRA: {
        "adult": ("Adults", "18+"),
        "child": ("Children", "UAM"),
        "mixed": ("Adults and children",),
    },
    C24: {
        "adult": ("adultes",),
        "child": ("mineurs", "enfants"),
        "mixed": ("adultes et mineurs", "familles avec enfants"),
    },
}
#: "Not known" words of the age column (expected ``unknown``).
_AGE_NA: dict[str, tuple[str, ...]] = {
    RTVE: ("s/d",),
    CONSUL: ("NC",),
    OPENARMS: ("sin datos",),
    EUFRA: ("not reported",),
    C24: ("non précisé",),
}
_ZERO: dict[str, tuple[str, ...]] = {
    RTVE: ("ninguno",),
    CONSUL: ("aucun",),
    OPENARMS: ("ninguno", "0"),
    EUFRA: ("none", "0"),
    C24: ("aucun",),
}
#: Count cells meaning "not known" (expected: no count, the row kept).
_COUNT_NA: dict[str, tuple[str, ...]] = {
    RTVE: ("s/d", "sin datos"),
    CONSUL: ("NC", "n.c."),
    OPENARMS: ("sin datos",),
    EUFRA: ("not reported", "n/a"),
    C24: ("non précisé",),
}
_OFFENCES: dict[str, dict[str, str]] = {
    "es": {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de hachís",
        "cybercrime": "ciberdelincuencia",
        "terrorism": "terrorismo",
    },
    "en": {
        "document_fraud": "document fraud",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "drug trafficking",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _quarter_es(ts: pd.Timestamp) -> str:
    return f"{ts.quarter}.º trimestre de {ts.year}"


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


def _date_cell(
    src: ExaminerSource, ts: pd.Timestamp, crime: str, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event's date."""
    r = rng.random()
    thb = crime != "smuggling"
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.source == RTVE:
        if partial_ok and thb and r < 0.35:
            return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", month, "month", ["partial_date"]
        if partial_ok and thb and r < 0.5:
            return _quarter_es(ts), quarter, "quarter", ["partial_date"]
        if rng.random() < 0.08:  # typed over the date format
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_as_text"]
        return ts.to_pydatetime(), ts, "day", []
    if src.source == CONSUL:
        if r < 0.15:
            return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        if r < 0.25:
            return ts.strftime("%d/%m/%y"), ts, "day", ["short_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.source == OPENARMS:
        day = f"{ts.day}/{ts.month}/{ts.year}"
        if r < 0.55:
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{day} {hour}:{minute:02d}:00", ts, "day", ["datetime"]
        return day, ts, "day", []
    if src.source == EUFRA:
        if partial_ok and r < 0.12:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and thb and r < 0.3:
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day", []
    # Crisis24: ISO timestamps in UTC, in office hours (the same day on both sides)
    if r < 0.8:
        hour, minute = int(rng.integers(8, 19)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z", ts, "day", ["iso_utc"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used: blank, impossible, or a year typed wrong."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source == RTVE:
            return choice(rng, (f"31/02/{ts.year}", f"{ts.day}/{ts.month}/2O{ts.year % 100}"))
        if src.source == CONSUL:
            return f"30/02/{ts.year}"
        if src.source == OPENARMS:
            return f"{ts.day}/13/{ts.year}"
        if src.source == EUFRA:
            return f"31 February {ts.year}"
        return f"{ts.year}-02-30T10:00:00Z"
    # future: the decade typed wrong (2021 -> 2031)
    fut = ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    if src.source == RTVE:
        return fut.to_pydatetime()
    if src.source == CONSUL:
        return fut.strftime("%d/%m/%Y")
    if src.source == OPENARMS:
        return f"{fut.day}/{fut.month}/{fut.year}"
    if src.source == EUFRA:
        return f"{fut.day} {_MONTHS_EN[fut.month - 1]} {fut.year}"
    return f"{fut.strftime('%Y-%m-%d')}T09:00:00Z"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the day the log was closed."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == EUFRA:
        return f"{last.day} {_MONTHS_EN[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


def _count(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the source's way."""
    if src.format == "xlsx":
        return int(n)
    if n >= 1000:
        if src.source == OPENARMS:
            tags.append("thousands_dot")
            return f"{n // 1000}.{n % 1000:03d}"
        if src.source == EUFRA:
            tags.append("thousands_comma")
            return f"{n // 1000},{n % 1000:03d}"
        if src.source == C24:
            tags.append("thousands_space")
            return f"{n // 1000}\u00a0{n % 1000:03d}"
        if src.source == CONSUL:
            tags.append("thousands_space")
            return f"{n // 1000} {n % 1000:03d}"
    return str(n)


def _country(src: ExaminerSource, code: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Write one country the source's way (names, codes, demonyms, typos, mojibake)."""
    r = rng.random()
    if src.source == RTVE:
        name = _name(code, "es")
        if col == "nationality" and code in _DEMONYM_ES and r < 0.45:
            tags.append(f"demonym:{col}")
            return _DEMONYM_ES[code]
        if r > 0.96 and name in _TYPOS:
            tags.append(f"typo:{col}")
            return _TYPOS[name]
        if r > 0.92:
            tags.append(f"case:{col}")
            return name.upper()
        return name
    if src.source == CONSUL:
        name = _name(code, "fr")
        if col == "nationality" and code in _DEMONYM_FR and r < 0.4:
            tags.append(f"demonym:{col}")
            word = _DEMONYM_FR[code]
            garbled = mojibake(word)
            if garbled is not None and rng.random() < 0.25:
                tags.append(f"mojibake:{col}")
                return garbled
            return word
        garbled = mojibake(name)
        if garbled is not None and r > 0.8:
            tags.append(f"mojibake:{col}")
            return garbled
        if r > 0.76 and name in _TYPOS:
            tags.append(f"typo:{col}")
            return _TYPOS[name]
        return name
    if src.source == OPENARMS:
        name = _name(code, "es")
        if r > 0.95 and name in _TYPOS:
            tags.append(f"typo:{col}")
            return _TYPOS[name]
        if r > 0.9:
            tags.append(f"case:{col}")
            return name.lower()
        if r > 0.85:
            tags.append(f"space:{col}")
            return f" {name}"
        return name
    if src.source == EUFRA:
        if col == "detection_country":
            return _name(code, "en") if r < 0.85 else _eurostat(code)
        if r < 0.75:
            tags.append(f"eurostat:{col}")
            return _eurostat(code)
        return _name(code, "en")
    # Crisis24
    if col == "nationality" and code in _PEOPLE_FR and r < 0.7:
        tags.append(f"demonym:{col}")
        return _PEOPLE_FR[code]
    if col == "detection_country" and r < 0.2:
        tags.append(f"iso2:{col}")
        return iso_codes(code)[0]
    return _name(code, "fr")


def _transit(src: ExaminerSource, value: str, rng: _Rng, tags: list[str]) -> object:
    codes = value.split("|")
    if src.source == EUFRA:
        tags.append("eurostat:transit_countries")
        return "-".join(_eurostat(c) for c in codes)
    if src.source == C24:
        return [_name(c, "fr") for c in codes]  # a JSON array
    local: list[str] = []
    for c in codes:
        local.append(_country(src, c, rng, tags, "transit_countries"))
    if src.source == RTVE:
        return " - ".join(local)
    if src.source == CONSUL:
        return " / ".join(local)
    return " > ".join(s.strip() for s in local)


def _dmm(value: float, pos: str, neg: str, width: int, comma: bool) -> str:
    hemi = pos if value >= 0 else neg
    value = abs(value)
    deg = int(value)
    minutes = round((value - deg) * 60, 1)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{deg:0{width}d}°{minutes:04.1f}'{hemi}"
    return text.replace(".", ",") if comma else text


def _position(lat: float, lon: float, rng: _Rng, tags: list[str]) -> str:
    comma = rng.random() < 0.3
    tags.append("coords_dmm")
    return f"{_dmm(lat, 'N', 'S', 2, comma)} {_dmm(lon, 'E', 'W', 3, comma)}"


def _place(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str | None:
    hotspot = str(ev.get("hotspot") or "")
    canary = {
        "Gran Canaria": ("Arguineguín (Gran Canaria)", "Puerto de Arguineguín, Gran Canaria"),
        "Tenerife": ("Los Cristianos (Tenerife)", "Puerto de Los Cristianos - Tenerife"),
        "El Hierro": ("La Restinga (El Hierro)", "Puerto de La Restinga, El Hierro"),
        "Lanzarote": ("Arrecife (Lanzarote)", "Órzola (Lanzarote)"),
    }
    if src.source == CONSUL:
        fr = {
            "Gran Canaria": "Arguineguín - Grande Canarie",
            "Tenerife": "Los Cristianos - Tenerife",
            "El Hierro": "La Restinga - El Hierro",
            "Lanzarote": "Arrecife - Lanzarote",
        }
        return fr.get(hotspot, hotspot)
    if src.source == RTVE:
        if hotspot in canary:
            return choice(rng, canary[hotspot])
        return {"Almería (El Ejido)": "El Ejido (Almería)"}.get(hotspot, hotspot)
    return _LIEUX.get(hotspot, hotspot.split(" (")[0]) if hotspot else None


#: Place names of the alert feed, in French.
_LIEUX = {
    "Dunkirk/Gravelines": "Gravelines (Nord)",
    "Dover": "Douvres",
    "London": "Londres",
    "Darién gap": "Darién",
    "Nogales (Sonora/Arizona)": "Nogales (Arizona)",
    "Rio Grande Valley": "Vallée du Rio Grande (Texas)",
}


def _responders(ev: dict[str, object], rng: _Rng) -> str:
    island = str(ev.get("hotspot") or "")
    if island in ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"):
        return choice(
            rng,
            (
                f"Salvamento Marítimo, Cruz Roja {island}",
                "Salvamar, ERIE Cruz Roja, Policía Nacional",
                f"Guardia Civil, Cruz Roja, SUC, Cabildo de {island}",
                "Salvamento Marítimo; centro de menores del Cabildo",
            ),
        )
    return choice(
        rng, ("Policía Nacional", "Guardia Civil", "Inspección de Trabajo, Guardia Civil")
    )


def _transport(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    hotspot = str(ev.get("hotspot") or "")
    if src.source == RTVE:
        if mode == "sea":
            if corridor == "watl":
                return choice(rng, ("cayuco", "cayuco", "neumática"))
            return choice(rng, ("patera", "neumática", "embarcación"))
        if mode == "land":
            if hotspot in ("Ceuta", "Melilla"):
                return choice(rng, ("salto de valla", "oculto en vehículo"))
            return choice(rng, ("por carretera", "autobús", "oculto en vehículo"))
        return choice(rng, ("vía aérea", "avión"))
    if src.source == CONSUL:
        if mode == "sea":
            return choice(rng, ("pirogue", "pirogue", "embarcation pneumatique"))
        return "voie terrestre" if mode == "land" else "voie aérienne"
    if src.source == OPENARMS:
        words = {
            "sea": ("embarcación de madera", "neumática", "barca de fibra"),
            "land": ("terrestre",),
            "air": ("aéreo", "avión"),
        }[mode]
        return choice(rng, words)
    if src.source == EUFRA:
        return {
            "land": choice(rng, ("Land border", "Green border")),
            "sea": "Sea border",
            "air": "Air border",
        }[mode]
    if mode == "sea":
        return choice(rng, ("small boat", "maritime", "embarcation"))
    if mode == "air":
        return choice(rng, ("aérien", "vol commercial"))
    land = {
        "channel": ("camion", "poids lourd"),
        "darien": ("à pied", "à pied", "terrestre"),
        "us_mex": ("à pied", "véhicule", "terrestre"),
        "blr_pol": ("à pied", "terrestre"),
    }
    return choice(rng, land.get(corridor, ("terrestre", "autocar")))


def _offences(src: ExaminerSource, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None
    words = [_OFFENCES[src.language][v] for v in str(value).split("|")]
    if src.source == RTVE:
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " y " + words[-1]
    return "; ".join(words)


# --------------------------------------------------------------------------------------
# One event as a source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    s = src.source
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])

    cells["event_date"], exp["event_date"], exp["date_precision"], dtags = _date_cell(
        src, ts, crime, rng, partial_ok
    )
    tags += dtags

    # crime type, always written
    cells["crime_type"] = choice(rng, _CRIME[s][crime])
    exp["crime_type"] = crime
    if rng.random() < 0.05:
        cells["crime_type"] = str(cells["crime_type"]).upper()
        tags.append("case:crime_type")

    # exploitation
    expl = ev["exploitation"]
    if crime == "smuggling":
        exp["exploitation"] = None
        if "exploitation" in has:
            na_words = _EXPL_NA[s]
            cells["exploitation"] = na_words[int(rng.integers(len(na_words)))]
    elif "exploitation" not in has:
        exp["exploitation"] = "unknown"
        tags.append("no_column:exploitation")
    elif expl is None or rng.random() < 0.08:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = None
        tags.append("blank_exploitation")
    else:
        exp["exploitation"] = str(expl)
        cells["exploitation"] = choice(rng, _EXPL[src.language][str(expl)])

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, _COUNT_NA[s])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.06:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.09:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _COUNT_NA[s]), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[s]), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format == "xlsx" else str(k)
        exp["n_suspects"] = k

    # gender
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[s][str(ev["gender"])])
        exp["gender"] = str(ev["gender"])

    # age group
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE_NA[s]), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = choice(rng, _AGE[s][str(ev["age_group"])])
        exp["age_group"] = str(ev["age_group"])

    # transport mode, always known to these sources
    cells["transport_mode"] = _transport(src, ev, rng)
    exp["transport_mode"] = str(ev["transport_mode"])

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, rng, tags, "nationality")
        exp["nationality"] = nat
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, tags, "detection_country")
        exp["detection_country"] = det
    for col in ("origin_country", "destination_country"):
        value = ev[col]
        if col not in has or value is None:
            exp[col] = None
            continue
        if rng.random() < 0.07:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        else:
            cells[col] = _country(src, str(value), rng, tags, col)
            exp[col] = str(value)
    transit = ev["transit_countries"]
    if transit is None:
        exp["transit_countries"] = None
        if src.source == RTVE and rng.random() < 0.5:
            cells["transit_countries"] = "directa"
            tags.append("direct_word")
    else:
        cells["transit_countries"] = _transit(src, str(transit), rng, tags)
        exp["transit_countries"] = str(transit)

    # coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = None, None
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif s == OPENARMS:
        if ev["transport_mode"] == "sea" and ev["corridor"] in ("cmed", "emed", "wmed"):
            cells["coordinates"] = _position(lat, lon, rng, tags)
            exp["lat"], exp["lon"] = lat, lon
        else:
            tags.append("coords_missing")
    elif s == C24:
        if rng.random() < 0.06:
            tags.append("coords_missing")
        else:
            cells["lat"] = round(lat, 4)
            cells["lon"] = round(lon, 4)
            exp["lat"], exp["lon"] = lat, lon
    else:
        tags.append("coords_missing")

    # linked offences
    if "linked_offences" in has:
        cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
        exp["linked_offences"] = ev["linked_offences"]
    else:
        exp["linked_offences"] = None

    # the source's own columns
    if "place" in has:
        cells["place"] = _place(src, ev, rng)
    if "responders" in has:
        cells["responders"] = _responders(ev, rng)

    # a CSV file holds only what its encoding can write
    for key, value in list(cells.items()):
        if isinstance(value, str) and not fits(value, src):
            cells[key] = value.encode(src.encoding, errors="replace").decode(src.encoding)
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND165_SOURCES,
    primary=_PRIMARY,
    compilation=C24,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=165,
    blank_share=0.3,
)


def make_blind165(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind165`` submissions (files ``*_fk.*``).

    Spain is first reported by the RTVE Canarias newsroom log, Italy by Open Arms,
    Greece, Croatia and Poland by the EU Agency for Fundamental Rights' bulletins, every
    other country by the Crisis24 French alert feed; the Consulate General of Senegal in
    Las Palmas re-reports Atlantic landings. About 4 % of the events are reported twice,
    1.5 % of the rows must be quarantined (garbage rows included) and two sources
    re-send some rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND165_SOURCES`, in that order, with the expected
        clean value of every written row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind165(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rtve_canarias_fk.xlsx', 'consulat_senegal_lpa_fk.csv', 'open_arms_fk.csv',
     'eu_fra_bulletin_fk.csv', 'crisis24_alertes_fk.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8', ','), ('utf-16', '\t')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Case ID', 'Date / period', 'Member State']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
