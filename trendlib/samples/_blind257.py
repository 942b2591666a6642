"""Examiner sample set ``blind257`` (files ``*_iy.*``): Caribbean and Gulf of Guinea desks.

Five agencies that no earlier set used, each writing its export the way its own tools
and clerks do. The set leans to the maritime side of the region: a port captaincy on
Colombia's Caribbean coast, two private container-terminal security offices (Lagos and
Abidjan), the port-security committee of a Caribbean shipping association and the
watch bulletin of a Gulf of Guinea maritime security centre.

``dimar_cp8_turbo_iy.csv``
    Capitanía de Puerto de Turbo (CP8, Dirección General Marítima, Colombia), the
    captaincy of the Urabá gulf where migrants board launches for Capurganá and the
    Darién. Spanish, cp1252, ``;`` (Excel in a Colombian locale), CRLF. It first
    reports the events detected in Panama (the binational log kept with the Panamanian
    side). Colombian military dates (``15-SEP-2023``) beside ``15/09/2023``, penal-code
    wording (``Art. 188 C.P.`` smuggling, ``Art. 188A`` trafficking), nationalities as
    feminine demonyms (``venezolana``), ``NNA`` for minors, positions in degrees,
    minutes and seconds (``08°30'15"N 077°30'12"W``), dot thousands, ``aprox.`` counts.
    Re-sends a few rows.
``apmt_apapa_hsse_iy.xlsx``
    APM Terminals Apapa (Lagos), HSSE / security department: the stowaway and
    trafficking register it shares with shipping lines. English (Nigerian usage).
    First reports the events detected in Spain (the Lagos-Canaries stowaway line) and
    reports Nigeria-Italy trafficking a second time. Real Excel dates beside ordinal
    text dates (``12th March 2023``), ``Nil`` for no suspect, ``pax`` counts,
    demonyms, ``Spain (Canary Islands)``.
``abidjan_terminal_surete_iy.jsonl``
    Abidjan Terminal, service sûreté (ISPS): the JSON lines export of its incident
    tool. French (Ivorian usage), UTF-8. First reports the events detected in Italy and
    the Atlantic-route events detected in Spain a second time. ISO dates and
    timestamps, ``Néant``, counts with leading zeros and in words (``trois (03)``),
    ``RCI`` for Côte d'Ivoire, ISO alpha-2 codes, GPS pairs ``lat, lon``.
``csa_port_security_iy.csv``
    Caribbean Shipping Association (Kingston), port security committee digest, fed by
    member ports in the United States and the Caribbean basin. English, saved from
    Excel as Unicode text (UTF-16 with BOM, tab-delimited). First reports the events
    detected in the United States and reports Darién events a second time. ``17-May-2023``
    dates, quarters (``Q2 2023``) for entries only known by quarter, US wording
    (``alien smuggling``, ``family units``, ``juvenile``), positions ``31.3412N 110.9401W``.
    Re-sends a few rows.
``cresmac_veille_iy.csv``
    CRESMAC (Centre régional de sécurisation maritime de l'Afrique centrale,
    Pointe-Noire), open-source watch bulletin: the compilation source, reporting every
    event no other source reports first (Channel, Aegean, Balkans, Belarus-Poland) and
    Central Mediterranean events a second time. French, UTF-8 written by a script with
    ``,`` delimiters, so decimal-comma coordinates are quoted; names pasted from feeds
    keep their mojibake (``GrÃ¨ce``); ``1er mai 2023``, ``T2 2023``; transit ``A > B``.

Every cell is written so that a careful analyst reads one value from it; where the
agency wrote "not known" (``Sin dato``, ``TBC``, ``N/C``, ``n/k``, ``non communiqué``)
the truth expects nothing (or ``unknown``) and the row's tags say so.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import SupportsFloat, cast

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

__all__ = ["BLIND257", "SOURCES", "make_blind257"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Source257(ExaminerSource):
    """A source of ``blind257``: the shared fields plus the agency's wording.

    Attributes
    ----------
    words : dict
        Column -> canonical value (or a special key such as ``"unknown"``, ``"na"``,
        ``"zero"``, ``"placeholder"``) -> the agency's words for it.
    offence_sep : str
        Separator of the linked offences.
    transit_sep : str
        Separator of the transit countries, in travel order.
    """

    words: dict[str, _Words]
    offence_sep: str
    transit_sep: str


# --------------------------------------------------------------------------------------
# Countries: names, demonyms, aliases and typos as these agencies write them
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Demonyms written in a nationality column (Spanish feminine: "nacionalidad venezolana").
_DEMONYMS: dict[str, dict[str, str]] = {
    "es": {
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
    },
    "en": {
        "SEN": "Senegalese",
        "MLI": "Malian",
        "MAR": "Moroccan",
        "GMB": "Gambian",
        "GIN": "Guinean",
        "CIV": "Ivorian",
        "DZA": "Algerian",
        "ROU": "Romanian",
        "NGA": "Nigerian",
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
        "HTI": "Haitian",
        "COL": "Colombian",
        "CHN": "Chinese",
        "TUN": "Tunisian",
        "EGY": "Egyptian",
        "BGD": "Bangladeshi",
        "SYR": "Syrian",
        "ERI": "Eritrean",
        "PAK": "Pakistani",
    },
    "fr": {
        "TUN": "tunisien",
        "EGY": "égyptien",
        "BGD": "bangladais",
        "CIV": "ivoirien",
        "GIN": "guinéen",
        "SYR": "syrien",
        "ERI": "érythréen",
        "PAK": "pakistanais",
        "NGA": "nigérian",
        "ROU": "roumain",
        "SEN": "sénégalais",
        "MLI": "malien",
        "MAR": "marocain",
        "GMB": "gambien",
    },
}

#: Other names an agency uses for a country (each one read as that country).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"USA": ("EE.UU.", "EEUU"), "PAN": ("PANAMA",), "MEX": ("MEXICO",)},
    "en": {
        "USA": ("USA", "U.S.", "US"),
        "GBR": ("UK",),
        "CIV": ("Ivory Coast", "Cote d'Ivoire"),
        "GMB": ("The Gambia", "Gambia, The"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
    },
    "fr": {
        "CIV": ("RCI", "Côte d'Ivoire", "Cote d'Ivoire"),
        "GBR": ("Royaume Uni",),
        "USA": ("USA",),
    },
}

#: Spain as the Lagos and Abidjan desks name it for a landing in the Canary Islands.
_CANARIES = {"en": "Spain (Canary Islands)", "fr": "Espagne (Canaries)"}

#: Small slips of the pen, one per country the agency often writes.
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "VEN": "Venezulea",
        "ECU": "Ecaudor",
        "COL": "Colomiba",
        "HTI": "Hiatí",
        "USA": "Estados Unidso",
        "MEX": "Méjico",
    },
    "en": {
        "SEN": "Senagal",
        "MLI": "Malli",
        "MAR": "Morrocco",
        "GIN": "Guinnea",
        "NGA": "Nigera",
        "ROU": "Romainia",
        "MEX": "Mexcio",
        "GTM": "Guatemla",
        "HND": "Hondras",
        "VEN": "Venezula",
        "ECU": "Equador",
        "ESP": "Spian",
    },
    "fr": {
        "TUN": "Tunsie",
        "BGD": "Bengladesh",
        "GIN": "Guinnée",
        "PAK": "Pakistant",
        "ITA": "Itallie",
        "AFG": "Afganistan",
        "IRQ": "Iraq",
        "SYR": "Syire",
        "FRA": "Frnace",
    },
}


def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``Panamá`` -> ``Panama``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(iso: str, lang: str) -> str:
    name = str(COUNTRIES[iso][_LANG_COL[lang]]) if iso in COUNTRIES else iso
    if lang == "fr" and iso == "CIV":
        return "Côte d'Ivoire"  # straight apostrophe, as typed on a French keyboard
    return name


# Style weights by source and role ("nat" = nationality column, "place" = others).
_STYLES: dict[str, dict[str, dict[str, float]]] = {
    "dimar_cp8_turbo_iy": {
        "nat": {"demonym": 0.5, "name": 0.28, "demonym_upper": 0.15, "typo": 0.07},
        "place": {"name": 0.6, "upper": 0.25, "alias": 0.07, "iso3": 0.04, "typo": 0.04},
    },
    "apmt_apapa_hsse_iy": {
        "nat": {"demonym": 0.55, "name": 0.22, "iso3": 0.1, "typo": 0.06, "upper": 0.07},
        "place": {"name": 0.72, "alias": 0.12, "iso3": 0.08, "typo": 0.04, "upper": 0.04},
    },
    "abidjan_terminal_surete_iy": {
        "nat": {"demonym": 0.5, "name": 0.34, "iso2": 0.1, "typo": 0.06},
        "place": {"name": 0.7, "iso2": 0.1, "plain": 0.08, "alias": 0.07, "typo": 0.05},
    },
    "csa_port_security_iy": {
        "nat": {"demonym": 0.5, "name": 0.3, "iso3": 0.15, "typo": 0.05},
        "place": {"name": 0.68, "iso3": 0.15, "alias": 0.12, "typo": 0.05},
    },
    "cresmac_veille_iy": {
        "nat": {"name": 0.6, "iso3": 0.15, "mojibake": 0.15, "upper": 0.05, "typo": 0.05},
        "place": {"name": 0.6, "iso3": 0.15, "mojibake": 0.15, "upper": 0.05, "typo": 0.05},
    },
}


def _pick_style(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array(list(weights.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _country(src: Source257, iso: str, rng: _Rng, *, role: str) -> tuple[str, str | None]:
    """Write one ISO alpha-3 country as the source does; return (text, style tag)."""
    lang = src.language
    style = _pick_style(rng, _STYLES[src.source][role])
    name = _name(iso, lang)
    if style in ("demonym", "demonym_upper"):
        dem = _DEMONYMS[lang].get(iso)
        if dem is None:
            return name, None
        return (dem.upper(), "demonym") if style == "demonym_upper" else (dem, "demonym")
    if style == "upper":
        return _plain(name).upper(), "upper"
    if style == "plain":
        out = _plain(name)
        return out, ("plain" if out != name else None)
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "alias":
        aliases = _ALIASES[lang].get(iso)
        if not aliases:
            return name, None
        return choice(rng, aliases), "alias"
    if style == "typo":
        typo = _TYPOS[lang].get(iso)
        return (typo, "typo") if typo else (name, None)
    if style == "mojibake":
        garbled = mojibake(name)
        return (garbled, "mojibake") if garbled else (name, None)
    return name, None


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_DIMAR_WORDS: dict[str, _Words] = {
    "crime_type": {
        "smuggling": (
            "Tráfico de migrantes",
            "TRÁFICO DE MIGRANTES",
            "Tráfico de migrantes (Art. 188 C.P.)",
        ),
        "trafficking": (
            "Trata de personas",
            "TRATA DE PERSONAS",
            "Trata de personas (Art. 188A C.P.)",
        ),
        "both": ("Trata de personas y tráfico de migrantes", "Tráfico de migrantes / Trata"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual", "Prostitución ajena"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra finalidad",),
        "unknown": ("Por establecer",),
    },
    "gender": {
        "female": ("F", "Femenino", "Mujeres"),
        "male": ("M", "Masculino", "Hombres"),
        "mixed": ("Mixto", "Ambos sexos", "M/F"),
        "unknown": ("S/D", "Sin dato"),
    },
    "age_group": {
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "na": ("N/A", "No aplica"),
    },
    "transport_mode": {
        "land": ("Terrestre", "Terrestre (trocha)", "A pie"),
        "sea": ("Marítimo", "Lancha", "Embarcación menor"),
        "air": ("Aéreo",),
        "na": ("N/A",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad en documento público",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Tráfico de estupefacientes",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    "special": {
        "zero": ("Ninguno", "0", "Sin capturas"),
        "count_placeholder": ("Sin dato", "Por establecer"),
        "suspects_placeholder": ("Por establecer", "S/D"),
        "unknown_country": ("Sin dato", "Indeterminada"),
        "coords_placeholder": ("Sin posición", "S/P"),
    },
}

_APMT_WORDS: dict[str, _Words] = {
    "crime_type": {
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SOM"),
        "trafficking": ("Human trafficking", "Trafficking in persons", "TIP"),
        "both": ("TIP/SOM", "Trafficking & smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Commercial sexual exploitation"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Domestic servitude"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not established", "TBC"),
    },
    "gender": {
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "Male & Female", "M/F"),
        "unknown": ("Not recorded", "N/R"),
    },
    "age_group": {
        "child": ("Minor", "Minors", "Under 18"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Adults & minors", "Mixed"),
        "na": ("N/A",),
    },
    "transport_mode": {
        "sea": ("Sea", "Maritime", "Boat"),
        "land": ("Land", "Road", "On foot"),
        "air": ("Air", "Flight"),
        "na": ("N/A",),
    },
    "linked_offences": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "special": {
        "zero": ("Nil", "None", "0"),
        "count_placeholder": ("Not stated", "TBC"),
        "suspects_placeholder": ("TBC", "Unknown"),
        "unknown_country": ("Unknown", "Not stated"),
        "coords_placeholder": ("N/A", "not logged"),
    },
}

_ABIDJAN_WORDS: dict[str, _Words] = {
    "crime_type": {
        "smuggling": ("Trafic illicite de migrants", "Trafic de migrants", "TIM"),
        "trafficking": ("Traite des personnes", "Traite d'êtres humains"),
        "both": ("Traite et trafic de migrants", "Traite des personnes / Trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("non déterminée",),
    },
    "gender": {
        "female": ("Féminin", "F", "Femmes"),
        "male": ("Masculin", "M", "Hommes"),
        "mixed": ("Mixte", "Hommes et femmes"),
        "unknown": ("N/C", "non précisé"),
    },
    "age_group": {
        "child": ("Mineur", "Mineurs", "Enfants"),
        "adult": ("Majeur", "Majeurs", "Adultes"),
        "mixed": ("Mixte", "Majeurs et mineurs"),
        "na": ("Sans objet",),
    },
    "transport_mode": {
        "sea": ("Maritime", "Pirogue", "Navire"),
        "land": ("Terrestre", "Routier", "Camion"),
        "air": ("Aérien", "Avion"),
        "na": ("Sans objet",),
    },
    "linked_offences": {
        "document_fraud": ("faux et usage de faux",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment de capitaux",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "special": {
        "zero": ("Néant", "0"),
        "count_placeholder": ("non précisé", "N/C"),
        "suspects_placeholder": ("N/C",),
        "unknown_country": ("inconnue", "N/C"),
        "coords_placeholder": ("N/C",),
    },
}

_CSA_WORDS: dict[str, _Words] = {
    "crime_type": {
        "smuggling": ("Human smuggling", "Alien smuggling", "Migrant smuggling"),
        "trafficking": ("Human trafficking", "TIP"),
        "both": ("Smuggling/Trafficking", "Human trafficking & smuggling"),
    },
    "exploitation": {
        "sexual": ("Sex trafficking", "Sexual"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Unk.",),
    },
    "gender": {
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("M/F", "Mixed"),
        "unknown": ("Unk.", "n/k"),
    },
    "age_group": {
        "child": ("Juvenile", "Minor"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Mixed", "Adults/juveniles", "Family unit(s)"),
        "na": ("N/A",),
    },
    "transport_mode": {
        "land": ("Land", "On foot", "Vehicle"),
        "sea": ("Maritime", "Vessel", "Sea"),
        "air": ("Air", "Aircraft"),
        "na": ("N/A",),
    },
    "linked_offences": {
        "document_fraud": ("document fraud", "fraudulent documents"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("narcotics", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "special": {
        "zero": ("None", "0", "Nil"),
        "count_placeholder": ("n/k", "Unk."),
        "suspects_placeholder": ("Unk.",),
        "unknown_country": ("Unk.", "n/k"),
        "coords_placeholder": ("n/k",),
    },
}

_CRESMAC_WORDS: dict[str, _Words] = {
    "crime_type": {
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Passage clandestin (trafic de migrants)",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des personnes"),
        "both": ("Traite / trafic de migrants", "TEH et trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("trafic d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
        "unknown": ("non précisée",),
    },
    "gender": {
        "female": ("femmes", "F"),
        "male": ("hommes", "H"),
        "mixed": ("mixte", "hommes/femmes"),
        "unknown": ("non précisé", "ND"),
    },
    "age_group": {
        "child": ("mineurs", "enfants"),
        "adult": ("adultes", "majeurs"),
        "mixed": ("mixte", "adultes et mineurs"),
        "na": ("sans objet", "NA"),
    },
    "transport_mode": {
        "sea": ("maritime", "embarcation", "small boat"),
        "land": ("terrestre", "camion", "à pied"),
        "air": ("aérien",),
        "na": ("sans objet",),
    },
    "linked_offences": {
        "document_fraud": ("fraude documentaire",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "special": {
        "zero": ("aucune", "0"),
        "count_placeholder": ("non communiqué", "inconnu"),
        "suspects_placeholder": ("inconnu",),
        "unknown_country": ("indéterminée",),
        "coords_placeholder": ("non communiquées",),
    },
}

DIMAR = Source257(
    source="dimar_cp8_turbo_iy",
    filename="dimar_cp8_turbo_iy.csv",
    ref="CP8-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Consecutivo",
        "event_date": "Fecha novedad",
        "place": "Sitio",
        "detection_country": "País del hallazgo",
        "coordinates": "Posición (lat/long)",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. migrantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de desplazamiento",
        "n_suspects": "Capturados",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="TOTAL",
    bad_count=("varios", "ver anexo", "grupo familiar"),
    repeats=True,
    words=_DIMAR_WORDS,
    offence_sep=", ",
    transit_sep=" - ",
)

APMT = Source257(
    source="apmt_apapa_hsse_iy",
    filename="apmt_apapa_hsse_iy.xlsx",
    ref="APM/HSSE/{yy:02d}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date of Incident",
        "place": "Port / Location",
        "detection_country": "Country",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Intended Destination",
        "transport_mode": "Mode of Travel",
        "n_suspects": "Suspects Held",
        "linked_offences": "Associated Offences",
    },
    note="Note: figures provisional - compiled by HSSE Dept.",
    total="Grand Total",
    bad_count=("several", "see remarks", "a group"),
    repeats=False,
    words=_APMT_WORDS,
    offence_sep="; ",
    transit_sep=" / ",
)

ABIDJAN = Source257(
    source="abidjan_terminal_surete_iy",
    filename="abidjan_terminal_surete_iy.jsonl",
    ref="ATS-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "num_fiche",
        "event_date": "date_constat",
        "detection_country": "pays_constat",
        "coordinates": "coordonnees_gps",
        "crime_type": "qualification",
        "exploitation": "forme_exploitation",
        "n_persons": "nombre_personnes",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_provenance",
        "transit_countries": "pays_transit",
        "destination_country": "destination_finale",
        "transport_mode": "mode_transport",
        "n_suspects": "nombre_mis_en_cause",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL FICHES",
    bad_count=("plusieurs", "voir PV", "un groupe"),
    repeats=False,
    words=_ABIDJAN_WORDS,
    offence_sep=" ; ",
    transit_sep=", ",
)

CSA = Source257(
    source="csa_port_security_iy",
    filename="csa_port_security_iy.csv",
    ref="CSA-PSC-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref #",
        "event_date": "Date",
        "detection_country": "Country",
        "coordinates": "Position",
        "crime_type": "Type",
        "exploitation": "Exploitation",
        "n_persons": "Persons",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "transport_mode": "Conveyance",
        "n_suspects": "Arrests",
        "linked_offences": "Other offences",
    },
    note="Note: compiled from member port reports, unverified",
    total="TOTAL",
    bad_count=("several", "see narrative", "group"),
    repeats=True,
    words=_CSA_WORDS,
    offence_sep=" / ",
    transit_sep="; ",
)

CRESMAC = Source257(
    source="cresmac_veille_iy",
    filename="cresmac_veille_iy.csv",
    ref="BV{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "N° bulletin",
        "event_date": "Date de l'événement",
        "detection_country": "Pays",
        "lat": "Latitude",
        "lon": "Longitude",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nombre de personnes",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Vecteur",
        "n_suspects": "Interpellations",
        "linked_offences": "Infractions associées",
    },
    note="NB : données issues de sources ouvertes, non vérifiées",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "cf. source"),
    repeats=False,
    words=_CRESMAC_WORDS,
    offence_sep=" / ",
    transit_sep=" > ",
)

#: The five sources of ``blind257``, in the order of the submissions.
SOURCES: tuple[Source257, ...] = (DIMAR, APMT, ABIDJAN, CSA, CRESMAC)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_ES_MIL = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
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
_Date = tuple[object, pd.Timestamp, str]


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _clock(ts: pd.Timestamp, rng: _Rng) -> str:
    return f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _date_cell(src: Source257, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[_Date, str]:
    """Return ((cell, expected date, precision), tag) in the source's date style."""
    r = rng.random()
    p = rng.random()
    m = ts.month - 1
    if src is DIMAR:
        if partial_ok and p < 0.04:
            return (f"{_ES_MIL[m]}-{ts.year}", _month_start(ts), "month"), "partial_date"
        if r < 0.65:
            return (ts.strftime("%d/%m/%Y"), ts, "day"), ""
        if r < 0.9:
            return (f"{ts.day:02d}-{_ES_MIL[m]}-{ts.year}", ts, "day"), "military_date"
        return (f"{ts:%d/%m/%Y} {_clock(ts, rng)}", ts, "day"), "date_time"
    if src is APMT:
        if partial_ok and p < 0.03:
            return (f"{MONTHS[m]} {ts.year}", _month_start(ts), "month"), "partial_date"
        if r < 0.6:
            return (ts.to_pydatetime(), ts, "day"), "excel_date"
        if r < 0.85:
            return (f"{_ordinal(ts.day)} {MONTHS[m]} {ts.year}", ts, "day"), "ordinal_date"
        return (ts.strftime("%d/%m/%Y"), ts, "day"), "text_date"
    if src is ABIDJAN:
        if partial_ok and p < 0.04:
            return (ts.strftime("%Y-%m"), _month_start(ts), "month"), "partial_date"
        if r < 0.6:
            return (ts.strftime("%Y-%m-%d"), ts, "day"), ""
        return (f"{ts:%Y-%m-%d}T{_clock(ts, rng)}:00", ts, "day"), "iso_datetime"
    if src is CSA:
        if partial_ok and p < 0.05:
            start = ts.to_period("Q").start_time
            return (f"Q{ts.quarter} {ts.year}", start, "quarter"), "partial_date;quarter"
        if r < 0.75:
            return (f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year}", ts, "day"), "dd_mon_yyyy"
        return (ts.strftime("%d/%m/%Y"), ts, "day"), ""
    # CRESMAC
    if partial_ok and p < 0.025:
        return (f"{_FR_MONTHS[m]} {ts.year}", _month_start(ts), "month"), "partial_date"
    if partial_ok and p < 0.05:
        start = ts.to_period("Q").start_time
        return (f"T{ts.quarter} {ts.year}", start, "quarter"), "partial_date;quarter"
    if r < 0.6:
        return (ts.strftime("%d/%m/%Y"), ts, "day"), ""
    day = "1er" if ts.day == 1 else str(ts.day)
    return (f"{day} {_FR_MONTHS[m]} {ts.year}", ts, "day"), "long_date"


def _later(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + years, month=ts.month, day=day)


def _bad_date(src: Source257, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: missing, impossible (30 February) or years ahead."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        if src is DIMAR:
            return choice(rng, (f"31/02/{y}", f"30-FEB-{y}"))
        if src is APMT:
            return choice(rng, (f"30th February {y}", f"31/02/{y}"))
        if src is ABIDJAN:
            return f"{y}-02-30"
        if src is CSA:
            return f"31-Feb-{y}"
        return choice(rng, (f"31/02/{y}", f"30 février {y}"))
    # future_date: the decade mistyped (2023 -> 2033), after any plausible "today"
    fut = _later(ts, 10)
    if src is DIMAR or src is CRESMAC:
        return fut.strftime("%d/%m/%Y")
    if src is APMT:
        return fut.to_pydatetime()
    if src is ABIDJAN:
        return fut.strftime("%Y-%m-%d")
    return f"{fut.day:02d}-{MONTHS[fut.month - 1][:3]}-{fut.year}"


def _note_date(src: Source257, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last report)."""
    if src is APMT:
        return last.to_pydatetime()
    if src is CSA:
        return f"{last.day:02d}-{MONTHS[last.month - 1][:3]}-{last.year}"
    if src is ABIDJAN:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and positions
# --------------------------------------------------------------------------------------
_FR_NUMBERS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")


def _num(value: object) -> float | None:
    if value is None:
        return None
    out = float(cast(SupportsFloat, value))
    return None if np.isnan(out) else out


def _persons_cell(src: Source257, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    special = src.words["special"]
    r = rng.random()
    if r < 0.012:
        tags.append("count_placeholder")
        return choice(rng, special["count_placeholder"]), None
    as_text = src.format == "csv"
    if n >= 1000:
        hi, lo = divmod(n, 1000)
        sep = {"es": ".", "en": ","}.get(src.language, choice(rng, ("\u00a0", " ", "\u202f")))
        if src is APMT and rng.random() < 0.5:
            return n, n  # typed as a number in the sheet
        tags.append("thousands:n_persons")
        return f"{hi}{sep}{lo:03d}", n
    if src is DIMAR and n >= 10 and r > 0.97:
        tags.append("approx_count")
        return f"{n} aprox.", n
    if src is CRESMAC and n >= 20 and r > 0.97:
        tags.append("approx_count")
        return f"environ {n}", n
    if src is APMT and r > 0.95:
        tags.append("count_unit")
        return f"{n} pax", n
    if src is ABIDJAN and n < 10:
        if r > 0.9:
            tags.append("count_words")
            return f"{_FR_NUMBERS[n]} ({n:02d})", n
        if r > 0.65:
            tags.append("leading_zero")
            return f"{n:02d}", n
    return (str(n) if as_text else n), n


def _suspects_cell(
    src: Source257, k: int | None, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    special = src.words["special"]
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if k is None:
        return None, None
    r = rng.random()
    if r < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, special["suspects_placeholder"]), None
    if k == 0 and r < 0.6:
        word = choice(rng, special["zero"])
        if word != "0":
            tags.append("zero_word")
            return word, 0
    if src is ABIDJAN and k < 10 and r > 0.8:
        tags.append("leading_zero:n_suspects")
        return f"{k:02d}", k
    return (str(k) if src.format == "csv" else k), k


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees, minutes and whole seconds with a hemisphere letter; and the value read."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    read = (deg + minutes / 60 + seconds / 3600) * (1 if value >= 0 else -1)
    text = f"{deg:0{width}d}°{minutes:02d}'{seconds:02d}\"{pos if value >= 0 else neg}"
    return text, round(read, 6)


def _position(
    src: Source257, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    keys = ("lat", "lon") if "lat" in src.headers else ("coordinates",)
    empty: dict[str, object] = dict.fromkeys(keys)
    if blank:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return empty, None, None
    if r < 0.045:
        tags.append("coords_placeholder")
        word = choice(rng, src.words["special"]["coords_placeholder"])
        return {k: word for k in keys}, None, None
    if src is DIMAR:
        t_lat, r_lat = _dms(lat, "N", "S", 2)
        t_lon, r_lon = _dms(lon, "E", "W", 3)
        tags.append("dms_coords")
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon
    if src is APMT:
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
    if src is ABIDJAN:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src is CSA:
        a, b = round(lat, 4), round(lon, 4)
        text = f"{abs(a):.4f}{'N' if a >= 0 else 'S'} {abs(b):.4f}{'E' if b >= 0 else 'W'}"
        tags.append("hemisphere_coords")
        return {"coordinates": text}, a, b
    tags.append("decimal_comma_coords")
    return (
        {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
        round(lat, 5),
        round(lon, 5),
    )


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _word(src: Source257, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Return the agency's word for a canonical value, with the odd case or spacing slip."""
    text = choice(rng, src.words[column][value])
    r = rng.random()
    if r < 0.03:
        tags.append(f"case:{column}")
        return text.upper()
    if r < 0.05 and src.format == "csv":
        tags.append(f"spacing:{column}")
        return f" {text}  "
    return text


def _countries(
    src: Source257, value: object, rng: _Rng, tags: list[str], column: str
) -> str | None:
    if value is None:
        return None
    parts = []
    for iso in str(value).split("|"):
        text, style = _country(src, iso, rng, role="place")
        if style:
            tags.append(f"{style}:{column}")
        parts.append(text)
    return src.transit_sep.join(parts)


def _render(
    src: Source257,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    special = src.words["special"]
    ts = pd.Timestamp(cast(str, ev["event_date"]))

    (cells["event_date"], exp["event_date"], exp["date_precision"]), dtag = _date_cell(
        src, ts, rng, partial_ok
    )
    if dtag:
        tags.append(dtag)
    if "place" in src.headers:
        place = str(ev["hotspot"])
        cells["place"] = "Tapón del Darién" if src is DIMAR and place == "Darién gap" else place

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None or crime == "smuggling":
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.05:
        tags.append("unknown:exploitation")
        cells["exploitation"] = choice(rng, src.words["exploitation"]["unknown"])
        exp["exploitation"] = "unknown"
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    n = int(cast(float, _num(ev["n_persons"])))
    cells["n_persons"], exp["n_persons"] = _persons_cell(src, n, rng, tags)
    k = _num(ev["n_suspects"])
    cells["n_suspects"], exp["n_suspects"] = _suspects_cell(
        src, None if k is None else int(k), rng, tags, forced_blank == "n_suspects"
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.015:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, src.words["gender"]["unknown"]), "unknown"
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:
            tags.append(f"na_word:{col}")
            cells[col], exp[col] = choice(rng, src.words[col]["na"]), "unknown"
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.02:
        tags.append("blank_nationality")
        cells["nationality"] = choice(rng, special["unknown_country"])
        exp["nationality"] = None
    else:
        text, style = _country(src, nat, rng, role="nat")
        if style:
            tags.append(f"{style}:nationality")
        cells["nationality"], exp["nationality"] = text, nat

    cells["origin_country"] = _countries(src, ev["origin_country"], rng, tags, "origin_country")
    exp["origin_country"] = ev["origin_country"]
    cells["transit_countries"] = _countries(
        src, ev["transit_countries"], rng, tags, "transit_countries"
    )
    exp["transit_countries"] = ev["transit_countries"]
    if rng.random() < 0.025:
        tags.append("blank_destination_country")
        cells["destination_country"] = choice(rng, special["unknown_country"])
        exp["destination_country"] = None
    else:
        cells["destination_country"] = _countries(
            src, ev["destination_country"], rng, tags, "destination_country"
        )
        exp["destination_country"] = ev["destination_country"]

    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        det = str(ev["detection_country"])
        text, style = _country(src, det, rng, role="place")
        if det == "ESP" and str(ev["corridor"]) == "watl" and src in (APMT, ABIDJAN):
            text, style = _CANARIES[src.language], "alias"  # the islands named
        if style:
            tags.append(f"{style}:detection_country")
        cells["detection_country"], exp["detection_country"] = text, det

    lat, lon = _num(ev["lat"]), _num(ev["lon"])
    pos, exp["lat"], exp["lon"] = _position(
        src, cast(float, lat), cast(float, lon), rng, tags, forced_blank == "coordinates"
    )
    cells.update(pos)

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, src.words["linked_offences"][o]) for o in str(off).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = off
    return cells, exp, tags


#: The variant: sources, routing of first and second reports, and its way of writing.
BLIND257: Examiner[Source257] = Examiner(
    sources=SOURCES,
    primary={"PAN": DIMAR.source, "ESP": APMT.source, "ITA": ABIDJAN.source, "USA": CSA.source},
    compilation=CRESMAC.source,
    secondary={
        ("darien", "PAN"): CSA.source,
        ("thb_nga_ita", "ITA"): APMT.source,
        ("watl", "ESP"): ABIDJAN.source,
        ("cmed", "ITA"): CRESMAC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=25_701,
    blank_share=0.3,
)


def make_blind257(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind257`` submissions (files ``*_iy.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``dimar_cp8_turbo_iy.csv`` (Spanish, cp1252, ``;``),
        ``apmt_apapa_hsse_iy.xlsx`` (English), ``abidjan_terminal_surete_iy.jsonl``
        (French, UTF-8), ``csa_port_security_iy.csv`` (English, UTF-16, tab) and
        ``cresmac_veille_iy.csv`` (French, UTF-8, ``,``, the compilation source), each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind257(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dimar_cp8_turbo_iy.csv', 'apmt_apapa_hsse_iy.xlsx',
     'abidjan_terminal_surete_iy.jsonl', 'csa_port_security_iy.csv',
     'cresmac_veille_iy.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['Consecutivo', 'Fecha novedad', 'Sitio']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND257, truth, seed=seed)
