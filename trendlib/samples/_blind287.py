"""Examiner sample set ``blind287`` (files ``*_kc.*``): dating apps' trust-and-safety desks.

Five trust-and-safety teams of dating and social apps refer to police the cases in which
their platforms were used to recruit, advertise or arrange trafficking and smuggling
(romance scams that end in exploitation, sextortion, "job" or "crossing" offers sent by
app). Each desk keeps its own case log and exports it its own way:

``meetic_moderation_kc.csv``
    Meetic's moderation and reporting team (Paris), French, semicolon-delimited cp1252
    from French Excel with CRLF line ends; day-first dates (``17/05/2023``, ``17/05/23``,
    ``mai 2023``, ``2e trimestre 2023``); French country names and nationalities
    (``afghane``), some upper case or without accents, and a few names garbled by a
    UTF-8 export re-read as cp1252 (``SÃ©nÃ©gal``); decimal-comma coordinates; counts
    with a space as thousands separator, ``aucun``/``néant`` for no suspect, ``NC`` for
    a count not known. Reports France and Italy (the group's Italian market).
``badoo_trust_safety_kc.xlsx``
    Badoo's Trust & Safety team (London), British English spreadsheet: real Excel dates,
    a few typed as text (``17 May 2023``) or pasted as serial numbers, ``May 2023`` and
    ``Q2 2023`` when only the month or quarter is known; nationalities as adjectives
    (``Albanian``); one ``"lat, lon"`` location cell; transit route joined by ``" > "``.
    Reports the United Kingdom.
``match_group_ler_kc.csv``
    Match Group's law-enforcement response team (Dallas), US English, UTF-16 tab-delimited
    text as Excel's "Unicode Text" saves it; month-first dates (``5/17/2023``, some
    ``2023/05/17`` from another tool, ``05/2023``); ``Citizenship`` as adjectives
    (``Guatemalan``), ``U.S.``; six-decimal coordinates with ``0.000000`` where the app had
    no location; brands (Tinder, Hinge, ...). Reports the United States.
``tinder_latam_desk_kc.csv``
    Tinder's Latin America desk, Spanish, UTF-8 with BOM, comma-delimited; day-first dates
    with the time of the report (``17/05/2023 14:32``), ``mayo 2023``, ``T2 2023``;
    ``coyotaje``, ``NNA`` (niñas, niños y adolescentes), ``s/d``; coordinates copied from
    a map in degrees, minutes and seconds. Reports Panama.
``bumble_safety_integrity_kc.jsonl``
    Bumble Inc.'s Safety & Integrity data feed (the group's compilation of every market
    without a desk of its own: Spain, Greece, Croatia, Poland, ...), JSON lines with
    upper-case enum values, ISO alpha-2 codes (some alpha-3 or numeric), transit countries
    and related harms as JSON arrays, ISO dates and timestamps, ``2023-05`` and
    ``2023-Q2``; re-sends a few signals.

Every written row is described in the expected rows, with the value a careful analyst
reads from it; cells nobody can read (a count of ``plusieurs``, a 30 February, a year
typed ``2123``) make rows to quarantine.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind287"]

_Rng = np.random.Generator
_LANG = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: Nationality adjectives (feminine in French and Spanish, as after "nationalité" /
#: "nacionalidad"), for the nationalities of the corridors.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
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
    },
    "fr": {
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
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CHN": "china",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "ERI": "eritrea",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "PAK": "pakistaní",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "TUN": "tunecina",
        "TUR": "turca",
        "VEN": "venezolana",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
}

#: Small counts in words, as a moderator sometimes types them.
_NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
}


@dataclass(frozen=True)
class _Desk(ExaminerSource):
    """A trust-and-safety desk: the shared source fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode : dict
        Canonical word -> the desk's words for it.
    offences : dict
        Linked offence -> the desk's word.
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries (``""``: a JSON
        array).
    not_applicable : tuple of str or None
        Exploitation cell of a pure smuggling case (None = left blank).
    na_words : tuple of str
        Age group or transport mode not recorded.
    count_unknown, suspects_unknown, zero_words : tuple of str or None
        Count not known (None = left blank), no suspect in words.
    direct : tuple of str or None
        Transit cell of a direct journey (None = left blank).
    styles : dict
        Country style -> weight.
    demonym_share : float
        Share of nationality cells written as an adjective.
    extra : tuple of str
        Values of the desk's own extra column (``"platform"``), if it has one.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    offences: dict[str, str]
    offence_sep: str
    transit_sep: str
    not_applicable: tuple[str | None, ...]
    na_words: tuple[str, ...]
    count_unknown: tuple[str | None, ...]
    suspects_unknown: tuple[str | None, ...]
    zero_words: tuple[str, ...]
    direct: tuple[str | None, ...]
    styles: dict[str, float]
    demonym_share: float
    extra: tuple[str, ...]


def _headers(*pairs: tuple[str, str]) -> dict[str, str]:
    return dict(pairs)


_MEETIC = _Desk(
    source="meetic_moderation",
    filename="meetic_moderation_kc.csv",
    ref="SIG-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        ("source_ref", "N° signalement"),
        ("event_date", "Date des faits"),
        ("platform", "Plateforme"),
        ("crime_type", "Catégorie"),
        ("exploitation", "Forme d'exploitation"),
        ("n_persons", "Nb victimes / migrants"),
        ("n_suspects", "Nb comptes mis en cause"),
        ("gender", "Sexe"),
        ("age_group", "Majeur / mineur"),
        ("nationality", "Nationalité"),
        ("origin_country", "Pays d'origine"),
        ("transit_countries", "Pays de transit"),
        ("destination_country", "Pays de destination"),
        ("detection_country", "Pays des faits"),
        ("transport_mode", "Moyen de transport"),
        ("lat", "Latitude"),
        ("lon", "Longitude"),
        ("linked_offences", "Infractions connexes"),
    ),
    note="Extraction provisoire - données non consolidées, ne pas diffuser",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": ("Trafic de migrants", "Passeurs / trafic de migrants"),
        "both": ("Traite + trafic de migrants", "TEH et passeurs"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "female": ("F", "Femmes"),
        "male": ("H", "Hommes"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineurs", "Mineur"),
        "adult": ("Majeurs", "Majeur"),
        "mixed": ("Majeurs et mineurs",),
    },
    mode={
        "sea": ("Maritime", "Small boat"),
        "land": ("Terrestre", "Poids lourd"),
        "air": ("Aérien",),
    },
    offences={
        "document_fraud": "Faux documents",
        "corruption": "Corruption",
        "money_laundering": "Blanchiment",
        "illicit_goods": "Stupéfiants",
        "cybercrime": "Cybercriminalité",
        "terrorism": "Terrorisme",
    },
    offence_sep=" / ",
    transit_sep=", ",
    not_applicable=("Sans objet", None, None),
    na_words=("Non renseigné", "NR"),
    count_unknown=("NC", "inconnu"),
    suspects_unknown=("NC", "?"),
    zero_words=("aucun", "néant"),
    direct=(None, "Aucun (direct)"),
    styles={
        "name": 0.70,
        "upper": 0.08,
        "iso2": 0.05,
        "no_accent": 0.06,
        "mojibake": 0.07,
        "spacing": 0.04,
    },
    demonym_share=0.15,
    extra=("Meetic", "Meetic", "Meetic", "Match.com FR", "DisonsDemain"),
)

_BADOO = _Desk(
    source="badoo_trust_safety",
    filename="badoo_trust_safety_kc.xlsx",
    ref="BDO-TS-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        ("source_ref", "Case ID"),
        ("event_date", "Incident date"),
        ("platform", "Platform"),
        ("crime_type", "Harm type"),
        ("exploitation", "Exploitation type"),
        ("n_persons", "No. of persons"),
        ("n_suspects", "No. of suspect accounts"),
        ("gender", "Victim sex"),
        ("age_group", "Victim age band"),
        ("nationality", "Nationality"),
        ("origin_country", "Country of origin"),
        ("transit_countries", "Transit route"),
        ("destination_country", "Intended destination"),
        ("detection_country", "Country where detected"),
        ("transport_mode", "Travel mode"),
        ("coordinates", "Last known location"),
        ("linked_offences", "Related offences"),
    ),
    note="Provisional figures - subject to change (T&S EMEA)",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=False,
    crime={
        "trafficking": ("Human trafficking", "Modern slavery / HT"),
        "smuggling": ("People smuggling", "Facilitation of illegal entry"),
        "both": ("Trafficking & smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation",),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
    age={
        "child": ("Under 18", "Minor"),
        "adult": ("18+", "Adult"),
        "mixed": ("Adults & minors",),
    },
    mode={
        "sea": ("Small boat", "Sea"),
        "land": ("Lorry / HGV", "Land"),
        "air": ("Air",),
    },
    offences={
        "document_fraud": "False documents",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    offence_sep="; ",
    transit_sep=" > ",
    not_applicable=("N/A", None),
    na_words=("Not recorded", "N/K"),
    count_unknown=("Unknown", "TBC"),
    suspects_unknown=("Unknown",),
    zero_words=("none", "nil"),
    direct=(None, "Direct"),
    styles={
        "name": 0.70,
        "alias": 0.10,
        "iso3": 0.06,
        "typo": 0.05,
        "upper": 0.05,
        "lower": 0.04,
    },
    demonym_share=0.35,
    extra=("Badoo", "Badoo", "Bumble", "Bumble BFF"),
)

_MATCH = _Desk(
    source="match_group_ler",
    filename="match_group_ler_kc.csv",
    ref="LER-{year}-{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers=_headers(
        ("source_ref", "LER Number"),
        ("event_date", "Incident Date"),
        ("platform", "Brand"),
        ("crime_type", "Offense Category"),
        ("exploitation", "Exploitation Type"),
        ("n_persons", "# Individuals"),
        ("n_suspects", "# Subjects"),
        ("gender", "Sex"),
        ("age_group", "Age Range"),
        ("nationality", "Citizenship"),
        ("origin_country", "Origin Country"),
        ("transit_countries", "Transit Countries"),
        ("destination_country", "Destination Country"),
        ("detection_country", "Country of Detection"),
        ("transport_mode", "Mode of Travel"),
        ("lat", "Lat"),
        ("lon", "Long"),
        ("linked_offences", "Associated Offenses"),
    ),
    note=None,
    total="Grand Total",
    bad_count=("multiple", "several"),
    repeats=False,
    crime={
        "trafficking": ("Human Trafficking", "HT"),
        "smuggling": ("Human Smuggling", "Alien Smuggling"),
        "both": ("HT / Smuggling",),
    },
    exploitation={
        "sexual": ("Sex Trafficking", "Commercial Sex"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "organ_removal": ("Organ Trafficking",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    gender={"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed", "M/F")},
    age={
        "child": ("Minor", "Juvenile"),
        "adult": ("Adult",),
        "mixed": ("Adults & Minors",),
    },
    mode={
        "sea": ("Maritime", "Vessel"),
        "land": ("Land", "Vehicle", "On foot"),
        "air": ("Air", "Commercial flight"),
    },
    offences={
        "document_fraud": "Document Fraud",
        "corruption": "Bribery/Corruption",
        "money_laundering": "Money Laundering",
        "illicit_goods": "Narcotics",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    offence_sep=", ",
    transit_sep="; ",
    not_applicable=(None, None, "N/A"),
    na_words=("Unknown", "UNK"),
    count_unknown=("UNK", "Unknown"),
    suspects_unknown=("UNK",),
    zero_words=("None",),
    direct=(None,),
    styles={
        "name": 0.65,
        "iso2": 0.12,
        "alias": 0.10,
        "upper": 0.08,
        "typo": 0.05,
    },
    demonym_share=0.5,
    extra=("Tinder", "Tinder", "Hinge", "Match", "OkCupid", "Plenty of Fish"),
)

_TINDER = _Desk(
    source="tinder_latam_desk",
    filename="tinder_latam_desk_kc.csv",
    ref="LATAM-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers=_headers(
        ("source_ref", "ID caso"),
        ("event_date", "Fecha del incidente"),
        ("platform", "Canal de reporte"),
        ("crime_type", "Tipo de delito"),
        ("exploitation", "Fin de explotación"),
        ("n_persons", "Personas involucradas"),
        ("n_suspects", "Cuentas sospechosas"),
        ("gender", "Sexo"),
        ("age_group", "Grupo etario"),
        ("nationality", "Nacionalidad"),
        ("origin_country", "País de origen"),
        ("transit_countries", "Países de tránsito"),
        ("destination_country", "País de destino"),
        ("detection_country", "País de detección"),
        ("transport_mode", "Medio de transporte"),
        ("coordinates", "Coordenadas"),
        ("linked_offences", "Delitos conexos"),
    ),
    note="Nota: cifras preliminares, sujetas a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "varias personas"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "Coyotaje"),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={"female": ("Mujer", "F"), "male": ("Hombre", "M"), "mixed": ("Mixto",)},
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Bus"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": "Falsificación de documentos",
        "corruption": "Cohecho",
        "money_laundering": "Lavado de dinero",
        "illicit_goods": "Narcotráfico",
        "cybercrime": "Ciberdelito",
        "terrorism": "Terrorismo",
    },
    offence_sep="; ",
    transit_sep=" - ",
    not_applicable=("No aplica", None),
    na_words=("Sin dato", "s/d"),
    count_unknown=("s/d", "sin dato", "por confirmar"),
    suspects_unknown=("s/d",),
    zero_words=("ninguna", "ninguno"),
    direct=(None, "Directo"),
    styles={
        "name": 0.70,
        "iso2": 0.10,
        "no_accent": 0.08,
        "lower": 0.06,
        "spacing": 0.06,
    },
    demonym_share=0.4,
    extra=("Reporte in-app", "Reporte in-app", "Moderación proactiva", "Solicitud de autoridad"),
)

_BUMBLE = _Desk(
    source="bumble_safety_integrity",
    filename="bumble_safety_integrity_kc.jsonl",
    ref="SI-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        ("source_ref", "signal_id"),
        ("event_date", "incident_date"),
        ("platform", "product"),
        ("crime_type", "harm_category"),
        ("exploitation", "exploitation_subtype"),
        ("n_persons", "persons_count"),
        ("n_suspects", "subject_accounts_count"),
        ("gender", "victim_sex"),
        ("age_group", "victim_age_bracket"),
        ("nationality", "nationality_code"),
        ("origin_country", "origin_country_code"),
        ("transit_countries", "transit_country_codes"),
        ("destination_country", "destination_country_code"),
        ("detection_country", "incident_country_code"),
        ("transport_mode", "travel_mode"),
        ("lat", "latitude"),
        ("lon", "longitude"),
        ("linked_offences", "related_harms"),
    ),
    note=None,
    total="TOTAL",
    bad_count=("MULTIPLE", "several"),
    repeats=True,
    crime={
        "trafficking": ("HUMAN_TRAFFICKING",),
        "smuggling": ("MIGRANT_SMUGGLING",),
        "both": ("TRAFFICKING_AND_SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("FORCED_LABOR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    gender={"female": ("FEMALE",), "male": ("MALE",), "mixed": ("MIXED",)},
    age={"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    mode={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    offences={
        "document_fraud": "DOCUMENT_FRAUD",
        "corruption": "CORRUPTION",
        "money_laundering": "MONEY_LAUNDERING",
        "illicit_goods": "ILLICIT_GOODS",
        "cybercrime": "CYBERCRIME",
        "terrorism": "TERRORISM",
    },
    offence_sep="",
    transit_sep="",
    not_applicable=(None,),
    na_words=("UNSPECIFIED",),
    count_unknown=(None,),
    suspects_unknown=(None,),
    zero_words=(),
    direct=(None,),
    styles={"iso2": 0.80, "iso3": 0.12, "numeric": 0.05, "lower": 0.03},
    demonym_share=0.0,
    extra=("bumble", "bumble", "badoo", "bumble_bff", "fruitz"),
)

#: The five desks, in the order :func:`make_blind287` returns their submissions.
SOURCES: tuple[_Desk, ...] = (_MEETIC, _BADOO, _MATCH, _TINDER, _BUMBLE)

_PRIMARY = {
    "FRA": _MEETIC.source,
    "ITA": _MEETIC.source,
    "GBR": _BADOO.source,
    "USA": _MATCH.source,
    "PAN": _TINDER.source,
}
_SECONDARY = {
    ("channel", "FRA"): _BADOO.source,
    ("channel", "GBR"): _MEETIC.source,
    ("thb_vnm_gbr", "GBR"): _BUMBLE.source,
    ("cmed", "ITA"): _BUMBLE.source,
    ("thb_nga_ita", "ITA"): _BUMBLE.source,
    ("thb_rou_esp", "ITA"): _BUMBLE.source,
    ("darien", "PAN"): _MATCH.source,
    ("us_mex", "USA"): _TINDER.source,
    ("wmed", "ESP"): _MEETIC.source,
    ("watl", "ESP"): _MEETIC.source,
    ("thb_rou_esp", "ESP"): _MEETIC.source,
    ("emed", "GRC"): _BADOO.source,
    ("wbal", "HRV"): _BADOO.source,
    ("blr_pol", "POL"): _BADOO.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _any(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _country(src: _Desk, iso: str, rng: _Rng, style: str) -> tuple[str, str]:
    """Write one ISO alpha-3 country in ``style``; return (cell, tag)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG[src.language]])
    if style == "iso2":
        return row[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "iso_numeric"
    if style == "lower":
        base = row[0].lower() if src.format == "jsonl" else name.lower()
        return base, "lower_case"
    if style == "upper":
        return name.upper(), "upper_case"
    if style == "spacing":
        return f"  {name} ", "spacing"
    if style == "alias" and row[4]:
        return choice(rng, row[4]), "alias"
    if style == "typo":
        return row[5], "typo"
    if style == "no_accent" and _unaccented(name) != name:
        return _unaccented(name), "no_accent"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    return name, "country_name"


def _nationality(src: _Desk, iso: str, rng: _Rng) -> tuple[str, str]:
    adjective = _DEMONYMS.get(src.language, {}).get(iso)
    if adjective is not None and rng.random() < src.demonym_share:
        if src.source == _MEETIC.source and rng.random() < 0.3:
            return adjective.capitalize(), "demonym"
        return adjective, "demonym"
    return _country(src, iso, rng, _pick(rng, src.styles))


def _transit(src: _Desk, value: object, rng: _Rng) -> tuple[object, str | None]:
    if value is None:
        word = _any(rng, src.direct)
        return word, ("transit_direct" if word else None)
    codes = str(value).split("|")
    style = _pick(rng, src.styles)
    if style in ("mojibake", "spacing", "typo"):
        style = "name"
    parts = [_country(src, c, rng, style)[0] for c in codes]
    if src.transit_sep == "":
        return parts, "transit_list"
    return src.transit_sep.join(parts), "transit_joined"


def _offences(src: _Desk, value: object) -> object:
    if value is None:
        return [] if src.offence_sep == "" else None
    words = [src.offences[o] for o in str(value).split("|")]
    return words if src.offence_sep == "" else src.offence_sep.join(words)


def _count(src: _Desk, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons the desk's way; return (cell, tag)."""
    if src.format != "csv":
        return n, None
    if n >= 1000:
        if src.language == "fr":
            return f"{n:,}".replace(",", choice(rng, (" ", "\u00a0"))), "thousands"
        return f"{n:,}", "thousands"
    if n <= 10 and src.language in ("fr", "es") and rng.random() < 0.04:
        return _NUMBER_WORDS[src.language][n - 1], "count_word"
    return str(n), None


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _date(
    src: _Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event date; return (cell, expected day, precision, tag)."""
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    r = rng.random()
    partial = partial_ok and r < 0.07
    q = _quarter(ts)
    if src.source == _MEETIC.source:
        if partial and r < 0.04:
            return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", month_start, "month", "date_month"
        if partial:
            return f"{q}e trimestre {ts.year}", quarter_start, "quarter", "date_quarter"
        if rng.random() < 0.12:
            return ts.strftime("%d/%m/%y"), ts, "day", "date_short_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dayfirst"
    if src.source == _BADOO.source:
        if partial and r < 0.035:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month", "date_month"
        if partial:
            return f"Q{q} {ts.year}", quarter_start, "quarter", "date_quarter"
        k = rng.random()
        if k < 0.14:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_text"
        if k < 0.21:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if src.source == _MATCH.source:
        if partial and r < 0.05:
            return ts.strftime("%m/%Y"), month_start, "month", "date_month"
        if rng.random() < 0.1:
            return ts.strftime("%Y/%m/%d"), ts, "day", "date_ymd_slash"
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", "date_monthfirst"
    if src.source == _TINDER.source:
        if partial and r < 0.04:
            return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", month_start, "month", "date_month"
        if partial:
            return f"T{q} {ts.year}", quarter_start, "quarter", "date_quarter"
        if rng.random() < 0.65:
            clock = f"{int(rng.integers(7, 23)):02d}:{int(rng.integers(60)):02d}"
            return f"{ts.strftime('%d/%m/%Y')} {clock}", ts, "day", "date_time"
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dayfirst"
    # the Bumble feed: ISO dates and timestamps
    if partial and r < 0.045:
        return ts.strftime("%Y-%m"), month_start, "month", "date_month"
    if partial:
        return f"{ts.year}-Q{q}", quarter_start, "quarter", "date_quarter"
    if rng.random() < 0.25:
        h, m, sec = (int(rng.integers(top)) for top in (24, 60, 60))
        clock = f"{h:02d}:{m:02d}:{sec:02d}"
        return f"{ts.strftime('%Y-%m-%d')}T{clock}Z", ts, "day", "date_timestamp"
    return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"


def _bad_date(src: _Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or a year typed 21xx."""
    if kind == "no_date":
        if src.source == _TINDER.source and rng.random() < 0.5:
            return "s/f"  # sin fecha: no date given
        return None
    if kind == "future_date":
        future = ts.replace(year=ts.year + 100)  # "2123": one key off
        if src.source == _BADOO.source:
            return future.to_pydatetime()
        if src.source == _MEETIC.source:
            return future.strftime("%d/%m/%Y")
        if src.source == _MATCH.source:
            return f"{future.month}/{future.day}/{future.year}"
        if src.source == _TINDER.source:
            return f"{future.strftime('%d/%m/%Y')} 09:15"
        return future.strftime("%Y-%m-%d")
    day = choice(rng, ("30", "31"))
    if src.source == _MEETIC.source:
        return f"{day}/02/{ts.year}"
    if src.source == _BADOO.source:
        return f"{day} February {ts.year}"
    if src.source == _MATCH.source:
        return f"2/{day}/{ts.year}"
    if src.source == _TINDER.source:
        return f"{day}/02/{ts.year} 10:00"
    return f"{ts.year}-02-{day}"


def _note_date(src: _Desk, last: pd.Timestamp) -> object:
    """Date written on the desk's note row: the day after its last case."""
    day = last + pd.Timedelta(days=1)
    if src.source == _BADOO.source:
        return day.to_pydatetime()
    if src.source == _MATCH.source:
        return f"{day.month}/{day.day}/{day.year}"
    if src.source == _BUMBLE.source:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    return text, (tenths / 36000) * (1 if value >= 0 else -1)


def _place(
    src: _Desk, lat: float, lon: float, rng: _Rng, partial_ok: bool, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the location; return (cells, expected lat, expected lon, tag)."""
    if blank:
        return {}, None, None, "blank_coordinates"
    if partial_ok and rng.random() < 0.04:
        return {}, None, None, "coords_missing"
    if src.source == _MEETIC.source:
        cells: dict[str, object] = {
            "lat": f"{lat:.4f}".replace(".", ","),
            "lon": f"{lon:.4f}".replace(".", ","),
        }
        return cells, round(lat, 4), round(lon, 4), "decimal_comma"
    if src.source == _BADOO.source:
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, round(lat, 4), round(lon, 4), "pair"
    if src.source == _MATCH.source:
        if partial_ok and rng.random() < 0.03:  # the app had no location: 0/0
            return {"lat": "0.000000", "lon": "0.000000"}, None, None, "coords_placeholder"
        return {"lat": f"{lat:.6f}", "lon": f"{lon:.6f}"}, lat, lon, "coords_dot"
    if src.source == _TINDER.source:
        lat_text, lat_val = _dms(lat, "N", "S")
        lon_text, lon_val = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_text} {lon_text}"}, lat_val, lon_val, "dms"
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), None


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: _Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tags.append(tag)

    if "platform" in src.headers:
        cells["platform"] = choice(rng, src.extra)

    crime = str(ev["crime_type"])
    word = choice(rng, src.crime[crime])
    if src.format == "csv" and rng.random() < 0.04:
        word = word.lower() if rng.random() < 0.5 else f"{word} "
        tags.append("vocab_case")
    cells["crime_type"] = word
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _any(rng, src.not_applicable)
        if cells["exploitation"] is not None:
            tags.append("exploitation_na")
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and rng.random() < 0.03:
        cells["n_persons"] = _any(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag_n = _count(src, n, rng)
        exp["n_persons"] = n
        if tag_n:
            tags.append(tag_n)

    k = ev["n_suspects"]
    if forced_blank == "n_suspects" or (partial_ok and rng.random() < 0.025):
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif partial_ok and rng.random() < 0.025 and src.suspects_unknown != (None,):
        cells["n_suspects"] = _any(rng, src.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        k_int = int(k)  # type: ignore[call-overload]
        exp["n_suspects"] = k_int
        if k_int == 0 and src.zero_words and rng.random() < 0.45:
            cells["n_suspects"] = choice(rng, src.zero_words)
            tags.append("zero_word")
        else:
            cells["n_suspects"] = k_int if src.format != "csv" else str(k_int)

    gender = str(ev["gender"])
    if forced_blank == "gender" or (partial_ok and rng.random() < 0.02):
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[gender])
        exp["gender"] = gender

    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if partial_ok and rng.random() < 0.025:
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = choice(rng, words[value])
            exp[col] = value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _nationality(src, str(nat), rng)
        exp["nationality"] = nat
        tags.append(tag)

    for col in ("origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None or (col == "detection_country" and forced_blank == col):
            cells[col] = None
            exp[col] = None
            if col == "detection_country":
                tags.append("blank_detection_country")
            continue
        cells[col], tag = _country(src, str(iso), rng, _pick(rng, src.styles))
        exp[col] = iso
        tags.append(tag)

    cells["transit_countries"], tag_t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    if tag_t:
        tags.append(tag_t)

    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    place, exp["lat"], exp["lon"], tag_p = _place(
        src, lat, lon, rng, partial_ok, forced_blank == "coordinates"
    )
    cells.update(place)
    if tag_p:
        tags.append(tag_p)

    cells["linked_offences"] = _offences(src, ev["linked_offences"])
    exp["linked_offences"] = ev["linked_offences"]

    if src.format == "csv":  # a CSV cell the file's encoding cannot hold: the plain name
        for col, cell_text in cells.items():
            if isinstance(cell_text, str) and not fits(cell_text, src):
                cells[col] = _unaccented(cell_text)
    return cells, exp, list(dict.fromkeys(tags))


_EXAMINER: Examiner[_Desk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_BUMBLE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=287,
    blank_share=0.3,
)


def make_blind287(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five dating-app trust-and-safety desks' submissions.

    Meetic (French CSV, cp1252, ``;``) reports France and Italy, Badoo (English XLSX)
    the United Kingdom, Match Group's law-enforcement response team (US English,
    UTF-16 tab-delimited) the United States, Tinder's Latin America desk (Spanish CSV,
    UTF-8 with BOM, ``,``) Panama, and Bumble's Safety & Integrity feed (JSON lines)
    every other detection country. About 4 % of the events are reported a second time
    by another desk, a few rows must be quarantined (no date, an impossible or future
    date, a negative or unreadable count, notes, totals, empty rows) and the Tinder and
    Bumble files re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk of :data:`SOURCES`, in that order, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind287(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['meetic_moderation_kc.csv', 'badoo_trust_safety_kc.xlsx', 'match_group_ler_kc.csv',
     'tinder_latam_desk_kc.csv', 'bumble_safety_integrity_kc.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> subs[0].frame.columns[:4].tolist()
    ['N° signalement', 'Date des faits', 'Plateforme', 'Catégorie']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
