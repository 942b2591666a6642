"""Examiner variant ``blind224``: five gig-economy desks and collectives (files ``*_hr.*``).

The sources of this set are bodies that meet trafficking and smuggling through food
delivery and ride-hailing work: rented and sub-let rider accounts used by undocumented
workers, debts owed to the account "owner", exploitation by intermediaries. Each writes
the way its own tools and staff write:

``clap_livreurs``
    CLAP, Collectif des livreurs autonomes de Paris: the riders' collective's case log
    (French volunteers' spreadsheet saved as "CSV UTF-8": BOM, ``;``), French words,
    day-first dates, sometimes only the month ("mai 2023"), decimal commas, some rows
    pasted from a garbled export (mojibake).
``iwgb_couriers``
    IWGB Couriers & Logistics branch (UK union) casework export from Excel on Windows
    ("CSV (Comma delimited)": cp1252, ``,``, CRLF), English, UK dates ("17/05/2023",
    "17 May 2023"), demonyms for nationality ("Albanian", "Iraqi Kurd"), a single
    "lat, long" cell as pasted from a map, counts of perpetrators in words; the file
    was re-sent with a few rows pasted twice (exact repeats).
``glovo_trust_safety``
    Glovo's Trust & Safety / law-enforcement response desk (Barcelona): an XLSX
    workbook, Spanish words, real Excel dates with some pasted text dates and some
    quarter-only rows ("T2 2023"), ISO alpha-2 codes from the platform's ID checks,
    numeric counts and coordinates.
``inl_ispettorato``
    Ispettorato Nazionale del Lavoro, international cooperation desk: English for EU
    exchanges with Italian words slipping in ("caporalato", "n.d.", "Marocco"),
    exported from Excel as "Unicode text" (UTF-16, tab), decimal commas, Italian
    thousands dots, ISO alpha-3 codes from the police database, some dates left as
    Excel serial numbers.
``uber_lert``
    Uber's global Law Enforcement Response Team: a JSON lines export of its case
    tool, snake_case keys, upper-case enums, ISO timestamps in UTC, ISO alpha-2 and
    alpha-3 codes, numbers as JSON numbers. It reports every event no other source
    reports (Greece, Croatia, Poland, Panama, United States) and re-sends a few
    records (paging overlap).

Where a cell cannot be read as one value by a careful analyst (a nationality written
"Kurdish", a count written "NC"), the truth expects nothing (or ``unknown``) and the
row's messiness tags say so.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["AGENCIES", "Agency", "make_blind224"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
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
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One source of ``blind224``: the shared fields plus the agency's own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (``crime_type``,
        ``exploitation``, ``gender``, ``age_group``, ``transport_mode``,
        ``linked_offences``).
    gender_blank : tuple of str
        What the agency writes when the sex was not recorded (``""``: nothing).
    nationality_blank : tuple of str
        What it writes when the nationality is not known (``""``: nothing).
    suspects_unknown : tuple of str
        What it writes when the number of suspects is not known (``""``: nothing).
    na_words : tuple of str
        What the agency writes when age group or transport mode was not recorded.
    count_unknown : tuple of str
        Count cells meaning "number not known" (the record keeps no count).
    zero_words : tuple of str
        Words the agency writes for no suspect at all.
    country_styles : mapping
        Style -> weight of the country cells (see :func:`_country`).
    nationality_styles : mapping
        Style -> weight of the nationality cells.
    transit_sep : str
        Separator of the transit countries, written in travel order.
    offence_sep : str
        Separator of the linked offences.
    names : mapping
        ISO alpha-3 -> the agency's usual name where it differs from the standard one.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    gender_blank: tuple[str, ...]
    nationality_blank: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    country_styles: Mapping[str, float]
    nationality_styles: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    names: Mapping[str, str]


# --------------------------------------------------------------------------------------
# Wording tables (the examiner's own)
# --------------------------------------------------------------------------------------
_TYPOS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erithrée",
        "ALB": "Albannie",
        "IRN": "Irann",
        "IRQ": "Irack",
        "SYR": "Syire",
        "GBR": "Royaume-Unis",
        "DEU": "Allmagne",
        "VNM": "Vietnamm",
        "FRA": "Frnce",
    },
    "en": {
        "AFG": "Afghanistn",
        "ERI": "Eriteria",
        "IRN": "Irann",
        "ALB": "Albainia",
        "VNM": "Vietnan",
        "SYR": "Syira",
        "GBR": "United Kindom",
        "DEU": "Gemany",
        "FRA": "Farnce",
        "ROU": "Romainia",
        "NGA": "Nigerai",
        "ITA": "Italiy",
        "TUN": "Tunisa",
        "EGY": "Egpyt",
        "BGD": "Bangaldesh",
        "LBY": "Lybia",
        "PAK": "Pakisatn",
    },
    "es": {
        "MAR": "Maruecos",
        "DZA": "Argeria",
        "SEN": "Senegál",
        "GMB": "Gambía",
        "CIV": "Costa de Marfíl",
        "FRA": "Francía",
        "MRT": "Mauritanía",
        "ROU": "Rumanía ",
    },
}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "GB"),
        "CIV": ("Côte-d'Ivoire",),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
        "DEU": ("RFA",),
    },
    "en": {
        "GBR": ("UK", "Britain"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "USA": ("US", "USA"),
        "CIV": ("Ivory Coast",),
        "IRN": ("Islamic Republic of Iran",),
    },
    "es": {
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "GBR": ("Gran Bretaña",),
        "USA": ("EE. UU.", "EEUU"),
    },
}
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghan",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi", "Iraqi Kurd", "Kurdish (Iraq)"),
        "ALB": ("Albanian",),
        "ERI": ("Eritrean",),
        "SYR": ("Syrian",),
        "VNM": ("Vietnamese",),
        "VEN": ("Venezuelan",),
        "ECU": ("Ecuadorian",),
        "HTI": ("Haitian",),
        "MEX": ("Mexican",),
        "HND": ("Honduran",),
        "GTM": ("Guatemalan",),
        "CHN": ("Chinese",),
        "COL": ("Colombian",),
        "PAK": ("Pakistani",),
        "ROU": ("Romanian",),
        "NGA": ("Nigerian",),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "SEN": ("senegalés", "senegalesa"),
        "MLI": ("maliense",),
        "GMB": ("gambiano",),
        "ROU": ("rumano", "rumana"),
        "CIV": ("marfileño",),
        "NGA": ("nigeriana",),
    },
}
# Italian names an Italian official lets slip in an English file.
_ITALIAN = {
    "MAR": "Marocco",
    "EGY": "Egitto",
    "CIV": "Costa d'Avorio",
    "LBY": "Libia",
    "DEU": "Germania",
    "FRA": "Francia",
    "ESP": "Spagna",
    "SYR": "Siria",
    "HUN": "Ungheria",
    "ITA": "Italia",
    "ROU": "Romania",
    "TUN": "Tunisia",
    "GIN": "Guinea",
    "NGA": "Nigeria",
}


def _plain(text: str) -> str:
    """``text`` without accents (``Érythrée`` -> ``Erythree``)."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("’", "'")


def _name(src: Agency, iso: str) -> str:
    """Return the agency's usual name of a country."""
    if iso in src.names:
        return src.names[iso]
    return str(COUNTRIES[iso][_LANG_COL[src.language]])


def _pick_style(rng: _Rng, styles: Mapping[str, float]) -> str:
    keys = list(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(
    src: Agency, iso: str, rng: _Rng, styles: Mapping[str, float]
) -> tuple[str, str | None]:
    """Write one country the agency's way; return (cell, messiness tag or None)."""
    style = _pick_style(rng, styles)
    name = _name(src, iso)
    lang = src.language
    text: str | None = None
    if style == "lower":
        text = name.lower()
    elif style == "upper":
        text = name.upper()
    elif style == "plain":
        text = _plain(name) if _plain(name) != name else None
    elif style == "padded":
        text = f" {name}  "
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso2_lower":
        text = iso_codes(iso)[0].lower()
    elif style == "iso3":
        text = iso
    elif style == "alias" and iso in _ALIASES.get(lang, {}):
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo" and iso in _TYPOS.get(lang, {}):
        text = _TYPOS[lang][iso]
    elif style == "demonym" and iso in _DEMONYMS.get(lang, {}):
        text = choice(rng, _DEMONYMS[lang][iso])
    elif style == "italian" and iso in _ITALIAN:
        text = _ITALIAN[iso]
    if text is None or text == name or style == "name":
        return name, None
    return text, f"country_{style}"


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_CLAP = Agency(
    source="clap_livreurs",
    filename="clap_livreurs_hr.csv",
    ref="CLAP-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Pays des faits",
        "crime_type": "Type de situation",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb loueurs / intermédiaires",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays visé",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Autres infractions",
    },
    note="Fiches saisies par les bénévoles, à vérifier avant diffusion",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "beaucoup"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": ("trafic de migrants", "aide au passage illégal", "passeurs"),
            "both": ("TEH + trafic de migrants", "traite et passage"),
        },
        "exploitation": {
            "forced_labour": (
                "exploitation par le travail",
                "travail forcé",
                "servitude pour dettes",
            ),
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "homme(s)", "masculin"),
            "female": ("F", "femme(s)"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeur", "majeurs", "adulte(s)"),
            "child": ("mineur", "MNA", "mineurs"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "bateau", "embarcation"),
            "land": ("camion", "poids lourd", "à pied", "voiture"),
            "air": ("avion", "aérien"),
        },
        "linked_offences": {
            "document_fraud": ("faux papiers", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    gender_blank=("?", ""),
    nationality_blank=("inconnue", ""),
    suspects_unknown=("inconnu", "?"),
    na_words=("NC", "nc"),
    count_unknown=("NC", "?"),
    zero_words=("aucun", "0 (aucun)"),
    country_styles={"name": 0.78, "lower": 0.07, "plain": 0.07, "alias": 0.05, "typo": 0.03},
    nationality_styles={"name": 0.78, "lower": 0.08, "plain": 0.08, "typo": 0.06},
    transit_sep=", ",
    offence_sep=" + ",
    names={"CIV": "Côte d'Ivoire"},
)

_IWGB = Agency(
    source="iwgb_couriers",
    filename="iwgb_couriers_hr.csv",
    ref="IWGB/CL/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date of incident",
        "crime_type": "Issue type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of people affected",
        "n_suspects": "No. of perpetrators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries passed through)",
        "destination_country": "Intended destination",
        "detection_country": "Country where it happened",
        "transport_mode": "How they travelled",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other offences",
    },
    note="Data from caseworkers’ notes – not verified, do not circulate",
    total="Total",
    bad_count=("several", "lots", "a few"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "Trafficking"),
            "smuggling": ("People smuggling", "Smuggling", "Facilitated illegal entry"),
            "both": ("Smuggling & trafficking", "Trafficking + smuggling"),
        },
        "exploitation": {
            "forced_labour": ("Labour exploitation", "Debt bondage", "Forced labour"),
            "sexual": ("Sexual exploitation",),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis farm)",
            ),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "Man"),
            "female": ("Female", "F", "Woman"),
            "mixed": ("Mixed", "Men and women"),
        },
        "age_group": {
            "adult": ("Adult", "18+", "Adults"),
            "child": ("Under 18", "Minor", "Child"),
            "mixed": ("Mixed", "Adults & children"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Dinghy", "Boat"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Flight", "Plane"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    gender_blank=("Not recorded", ""),
    nationality_blank=("Not known", ""),
    suspects_unknown=("unknown", "n/k"),
    na_words=("N/A", "n/a"),
    count_unknown=("unknown", "not known", "n/k"),
    zero_words=("none", "None"),
    country_styles={"name": 0.8, "alias": 0.08, "upper": 0.05, "typo": 0.07},
    nationality_styles={"name": 0.45, "demonym": 0.45, "typo": 0.05, "upper": 0.05},
    transit_sep=" > ",
    offence_sep="; ",
    names={"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast"},
)

_GLOVO = Agency(
    source="glovo_trust_safety",
    filename="glovo_trust_safety_hr.xlsx",
    ref="TS-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "ID caso",
        "event_date": "Fecha hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "detection_country": "País del hecho",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: extracción de la herramienta de casos, datos provisionales",
    total="TOTAL GENERAL",
    bad_count=("varios", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH", "trata"),
            "smuggling": (
                "tráfico ilícito de migrantes",
                "tráfico de migrantes",
                "favorecimiento de la inmigración ilegal",
            ),
            "both": ("trata y tráfico", "trata + tráfico de migrantes"),
        },
        "exploitation": {
            "forced_labour": ("laboral", "explotación laboral", "trabajos forzados"),
            "sexual": ("sexual", "explotación sexual"),
            "forced_criminality": ("actividades delictivas", "delitos forzados"),
            "forced_marriage": ("matrimonio forzado",),
            "organ_removal": ("extracción de órganos",),
            "other": ("otra", "otros fines"),
        },
        "gender": {
            "male": ("hombre", "varón", "Hombre"),
            "female": ("mujer", "Mujer"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("mayor de edad", "adulto"),
            "child": ("menor", "menor de edad", "MENA"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("a pie", "vehículo", "camión", "autobús"),
            "air": ("avión", "aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    gender_blank=("sin dato", ""),
    nationality_blank=("desconocida", ""),
    suspects_unknown=("s/d", "desconocido"),
    na_words=("N/D", "n/d"),
    count_unknown=("desconocido", "s/d"),
    zero_words=("ninguno",),
    country_styles={"name": 0.7, "iso2": 0.15, "upper": 0.06, "alias": 0.05, "typo": 0.04},
    nationality_styles={"name": 0.45, "iso2": 0.2, "iso3": 0.1, "demonym": 0.2, "typo": 0.05},
    transit_sep=", ",
    offence_sep=" / ",
    names={},
)

_INL = Agency(
    source="inl_ispettorato",
    filename="inl_ispettorato_hr.csv",
    ref="{seq}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Protocol no.",
        "event_date": "Date of inspection",
        "detection_country": "Country of detection",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "Workers / persons involved",
        "n_suspects": "Persons reported (indagati)",
        "gender": "Sex (M/F)",
        "age_group": "Age band",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Transit",
        "destination_country": "Final destination",
        "transport_mode": "Means of transport",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Related offences",
    },
    note="Note: data extracted from the inspection database, provisional",
    total="Grand total",
    bad_count=("several", "vari"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("THB (art. 601 c.p.)", "Trafficking in human beings", "THB"),
            "smuggling": (
                "Smuggling of migrants",
                "Aiding illegal immigration (art. 12 TUI)",
            ),
            "both": ("THB + smuggling", "Trafficking and smuggling"),
        },
        "exploitation": {
            "forced_labour": ("Labour exploitation", "caporalato", "Forced labour"),
            "sexual": ("Sexual exploitation",),
            "forced_criminality": ("Forced criminal activities",),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ removal",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("M", "male"),
            "female": ("F", "female"),
            "mixed": ("M/F", "mixed"),
        },
        "age_group": {
            "adult": ("adult", "adults"),
            "child": ("minor", "minors"),
            "mixed": ("adults and minors",),
        },
        "transport_mode": {
            "sea": ("sea", "boat", "barcone"),
            "land": ("land", "road", "truck"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    gender_blank=("n.d.", ""),
    nationality_blank=("n.d.", ""),
    suspects_unknown=("n.d.", "unknown"),
    na_words=("n.d.", "N.D."),
    count_unknown=("n.d.", "unknown"),
    zero_words=("none", "nil"),
    country_styles={"name": 0.75, "iso3": 0.12, "italian": 0.08, "upper": 0.05},
    nationality_styles={"name": 0.6, "iso3": 0.3, "italian": 0.1},
    transit_sep=" - ",
    offence_sep=", ",
    names={"CIV": "Ivory Coast", "TUR": "Turkey"},
)

_UBER = Agency(
    source="uber_lert",
    filename="uber_lert_hr.jsonl",
    ref="LERT-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_number",
        "event_date": "incident_ts",
        "crime_type": "case_category",
        "exploitation": "exploitation_subtype",
        "n_persons": "affected_individuals",
        "n_suspects": "subjects_identified",
        "gender": "affected_gender",
        "age_group": "affected_age_bracket",
        "nationality": "affected_nationality",
        "origin_country": "origin_cc",
        "destination_country": "destination_cc",
        "detection_country": "incident_country_cc",
        "transit_countries": "transit_cc",
        "transport_mode": "travel_mode",
        "lat": "incident_lat",
        "lon": "incident_lng",
        "linked_offences": "associated_offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "many"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("HUMAN_TRAFFICKING",),
            "smuggling": ("HUMAN_SMUGGLING",),
            "both": ("TRAFFICKING_AND_SMUGGLING",),
        },
        "exploitation": {
            "forced_labour": ("LABOR",),
            "sexual": ("SEXUAL",),
            "forced_criminality": ("FORCED_CRIMINALITY",),
            "forced_marriage": ("FORCED_MARRIAGE",),
            "organ_removal": ("ORGAN_REMOVAL",),
            "other": ("OTHER",),
        },
        "gender": {"male": ("MALE",), "female": ("FEMALE",), "mixed": ("MIXED",)},
        "age_group": {"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED",)},
        "transport_mode": {
            "sea": ("SEA", "BOAT"),
            "land": ("LAND", "ON_FOOT", "VEHICLE"),
            "air": ("AIR",),
        },
        "linked_offences": {
            "document_fraud": ("DOCUMENT_FRAUD",),
            "corruption": ("BRIBERY",),
            "money_laundering": ("MONEY_LAUNDERING",),
            "illicit_goods": ("DRUGS",),
            "cybercrime": ("CYBER",),
            "terrorism": ("TERRORISM",),
        },
    },
    gender_blank=("UNKNOWN",),
    nationality_blank=("",),
    suspects_unknown=("",),
    na_words=("NOT_APPLICABLE",),
    count_unknown=(),
    zero_words=(),
    country_styles={"iso3": 1.0},
    nationality_styles={"name": 0.6, "iso2": 0.3, "demonym": 0.1},
    transit_sep=",",
    offence_sep=",",
    names={"VNM": "Vietnam", "TUR": "Turkey"},
)

#: The five sources of ``blind224``, in the order their submissions are returned.
AGENCIES: tuple[Agency, ...] = (_CLAP, _IWGB, _GLOVO, _INL, _UBER)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _date_cell(src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[object, str]:
    """Write the event date; return (cell, precision). The tag is the precision's."""
    r = rng.random()
    name = src.source
    if name == "clap_livreurs":
        if partial_ok and r < 0.05:
            return f"{_MOIS[ts.month - 1]} {ts.year}", "month"
        if r < 0.15:
            return ts.strftime("%d/%m/%y"), "day"
        return ts.strftime("%d/%m/%Y"), "day"
    if name == "iwgb_couriers":
        if r < 0.35:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "day"
        return ts.strftime("%d/%m/%Y"), "day"
    if name == "glovo_trust_safety":
        if partial_ok and r < 0.05:
            q = (ts.month - 1) // 3 + 1
            return (f"T{q} {ts.year}" if rng.random() < 0.6 else f"{q}T {ts.year}"), "quarter"
        if r < 0.15:
            return ts.strftime("%d/%m/%Y"), "day"
        return ts.normalize().to_pydatetime(), "day"
    if name == "inl_ispettorato":
        if r < 0.12:
            return str((ts.normalize() - _EXCEL_EPOCH).days), "day"
        return ts.strftime("%d/%m/%Y"), "day"
    # uber_lert
    if partial_ok and r < 0.04:
        return ts.strftime("%Y-%m"), "month"
    if r < 0.3:
        return ts.strftime("%Y-%m-%d"), "day"
    secs = int(rng.integers(0, 86400))
    return (
        f"{ts.strftime('%Y-%m-%d')}T{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}Z",
        "day",
    )


def _date_tag(src: Agency, cell: object, precision: str) -> str | None:
    if precision == "month":
        return "month_only"
    if precision == "quarter":
        return "quarter_only"
    if src.source == "inl_ispettorato" and isinstance(cell, str) and cell.isdigit():
        return "excel_serial"
    if src.source == "glovo_trust_safety" and isinstance(cell, str):
        return "text_date"
    if src.source == "clap_livreurs" and isinstance(cell, str) and len(cell) == 8:
        return "two_digit_year"
    if src.source == "iwgb_couriers" and isinstance(cell, str) and " " in cell:
        return "long_date"
    if src.source == "uber_lert" and isinstance(cell, str) and cell.endswith("Z"):
        return "iso_datetime"
    return None


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return pd.Timestamp(ts.year, ts.month, 1)
    if precision == "quarter":
        return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
    return ts.normalize()


def _thousands(src: Agency, n: int, rng: _Rng) -> str:
    digits = f"{n:,}"
    if src.source == "clap_livreurs":
        return digits.replace(",", choice(rng, (" ", "\u00a0")))
    if src.source in ("inl_ispettorato", "glovo_trust_safety"):
        return digits.replace(",", ".")
    return digits


def _persons_cell(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    if src.count_unknown and rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, src.count_unknown), None
    if src.format == "jsonl":
        return n, n
    if n >= 1000 and (src.format == "csv" or rng.random() < 0.3):
        tags.append("thousands_sep")
        return _thousands(src, n, rng), n
    if src.source == "clap_livreurs" and n >= 10 and rng.random() < 0.03:
        tags.append("approx_count")
        return f"env. {n}", n
    if src.format == "xlsx":
        return n, n
    return str(n), n


_EN_NUMBERS = ("none", "one", "two", "three")


def _suspects_cell(
    src: Agency, n: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Write the count of suspects; return (cell, expected count)."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.03:
        word = choice(rng, src.suspects_unknown)
        tags.append("suspects_placeholder" if word else "blank_n_suspects")
        return (word or None), None
    if n == 0 and src.zero_words and rng.random() < 0.3:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    if src.source == "iwgb_couriers" and 1 <= n <= 3 and rng.random() < 0.15:
        tags.append("count_word")
        return _EN_NUMBERS[n], n
    if src.format == "csv":
        return str(n), n
    return n, n


def _word(src: Agency, column: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[column][value])


def _vocab_na(src: Agency, column: str, value: str, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    """Age group or transport mode: the agency's word, or its "not recorded" word."""
    if rng.random() < 0.02:
        tags.append("na_word")
        return choice(rng, src.na_words), "unknown"
    return _word(src, column, value, rng), value


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place; return (cells, expected lat, expected lon)."""
    pair = "coordinates" in src.headers
    empty: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
    if blank:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    if r < 0.05:
        tags.append("coords_missing")
        return empty, None, None
    if r < 0.07 and src.format == "csv":
        tags.append("coords_placeholder")
        word = {"clap_livreurs": "NC", "iwgb_couriers": "not known"}.get(src.source, "n.d.")
        return ({"coordinates": word} if pair else {"lat": word, "lon": word}), None, None
    if src.source == "iwgb_couriers":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.source in ("clap_livreurs", "inl_ispettorato"):
        la, lo = round(lat, 4), round(lon, 4)
        tags.append("decimal_comma")
        return (
            {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
            la,
            lo,
        )
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo


_GARBLED = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "linked_offences",
)


def _fit(src: Agency, text: str) -> str:
    """Keep a cell writable in the file's encoding (accents dropped if need be)."""
    return text if fits(text, src) else _plain(text)


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, precision = _date_cell(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision
    dtag = _date_tag(src, cell, precision)
    if dtag:
        tags.append(dtag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons_cell(src, n_persons, rng, tags)
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects_cell(
        src, n_sus, rng, tags, blank=forced_blank == "n_suspects"
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        tags.append("blank_gender")
        word = choice(rng, src.gender_blank) if forced_blank != "gender" else ""
        cells["gender"], exp["gender"] = (word or None), "unknown"
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
    cells["age_group"], exp["age_group"] = _vocab_na(
        src, "age_group", str(ev["age_group"]), rng, tags
    )

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.015:
        tags.append("blank_nationality")
        word = choice(rng, src.nationality_blank) if forced_blank != "nationality" else ""
        cells["nationality"], exp["nationality"] = (word or None), None
    elif src.source == "iwgb_couriers" and nat in ("IRQ", "IRN", "SYR") and rng.random() < 0.06:
        # "Kurdish" names no one country (Iraq, Iran, Syria, Türkiye): nothing to read.
        tags += ["ambiguous_nationality", "blank_nationality"]
        cells["nationality"], exp["nationality"] = "Kurdish", None
    else:
        text, tag = _country(src, nat, rng, src.nationality_styles)
        cells["nationality"], exp["nationality"] = text, nat
        if tag:
            tags.append(f"nationality_{tag}")
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        text, tag = _country(src, iso, rng, src.country_styles)
        cells[col], exp[col] = text, iso
        if tag:
            tags.append(tag)
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    elif src.source == "uber_lert":
        cells["detection_country"], exp["detection_country"] = iso_codes(det)[0], det
    else:
        text, tag = _country(src, det, rng, src.country_styles)
        cells["detection_country"], exp["detection_country"] = text, det
        if tag:
            tags.append(tag)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        codes = str(transit).split("|")
        if src.source == "uber_lert":
            parts = [iso_codes(c)[0] for c in codes]
        else:
            styles = {k: v for k, v in src.country_styles.items() if k != "typo"}
            parts = [_country(src, c, rng, styles)[0].strip() for c in codes]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    cells["transport_mode"], exp["transport_mode"] = _vocab_na(
        src, "transport_mode", str(ev["transport_mode"]), rng, tags
    )

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    # Some of the collective's rows were pasted from a UTF-8 export read as cp1252.
    if src.source == "clap_livreurs" and rng.random() < 0.06:
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str) and key in _GARBLED:
                bad = mojibake(value)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    if src.format == "csv":
        for key, value in cells.items():
            if isinstance(value, str):
                cells[key] = _fit(src, value)
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of one digit: 2023 -> 2033
        later = ts + pd.DateOffset(years=10)
        if src.format == "xlsx":
            return later.normalize().to_pydatetime()
        if src.source == "uber_lert":
            return later.strftime("%Y-%m-%dT%H:%M:%SZ")
        if src.source == "iwgb_couriers" and rng.random() < 0.5:
            return f"{later.day} {MONTHS[later.month - 1]} {later.year}"
        return later.strftime("%d/%m/%Y")
    day, month = choice(rng, ("30/02", "31/04", "31/06", "17/13", "00/05"))[:5].split("/")
    if src.source == "uber_lert":
        return f"{ts.year}-{month}-{day}T08:00:00Z"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the extraction date)."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "FRA": "clap_livreurs",
        "GBR": "iwgb_couriers",
        "ESP": "glovo_trust_safety",
        "ITA": "inl_ispettorato",
    },
    compilation="uber_lert",
    secondary={
        ("channel", "FRA"): "iwgb_couriers",
        ("channel", "GBR"): "clap_livreurs",
        ("thb_vnm_gbr", "GBR"): "uber_lert",
        ("thb_rou_esp", "ESP"): "uber_lert",
        ("thb_rou_esp", "ITA"): "glovo_trust_safety",
        ("thb_nga_ita", "ITA"): "uber_lert",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=224,
    blank_share=0.3,
)


def make_blind224(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind224`` submissions (files ``*_hr.*``).

    France's events go to the riders' collective CLAP, the United Kingdom's to the
    IWGB couriers' branch, Spain's to Glovo's Trust & Safety desk, Italy's to the
    labour inspectorate INL; Uber's Law Enforcement Response Team reports all the
    others. About 4 % of the events are reported a second time by another of them
    (Channel crossings by the collective and the union, account-rental cases by the
    platforms), dates one day off at most.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``clap_livreurs_hr.csv`` (French, UTF-8 with BOM, ``;``),
        ``iwgb_couriers_hr.csv`` (English, cp1252, ``,``),
        ``glovo_trust_safety_hr.xlsx`` (Spanish), ``inl_ispettorato_hr.csv``
        (English with Italian words, UTF-16, tab) and ``uber_lert_hr.jsonl``
        (English, UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind224(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['clap_livreurs_hr.csv', 'iwgb_couriers_hr.csv', 'glovo_trust_safety_hr.xlsx',
     'inl_ispettorato_hr.csv', 'uber_lert_hr.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Pays des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
