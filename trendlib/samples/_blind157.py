"""Examiner sample set ``blind157`` (files ``*_fc.*``): the Evros and Bulgarian–Turkish desks.

Five sources written independently of the cleaner, around the Greek–Turkish (Evros) and
Bulgarian–Turkish land borders and the liaison officers of the Bulgarian and Greek
ministries of the interior abroad:

``tcc_kapitan_andreevo_fc.csv``
    The trilateral Bulgarian–Greek–Turkish Contact Centre for Police and Customs
    Cooperation at the Kapitan Andreevo crossing point. Its daily exchange log of the
    Greek detections (Evros and the Aegean islands), kept by the Bulgarian side on a
    Bulgarian Windows desktop: cp1251, ``;``, day-first dotted dates (``17.05.2023``,
    a month alone as ``05.2023``), decimal commas in the coordinates, the EU codes ``EL``
    and ``UK`` beside English names, citizenship as demonyms (``Afghan``), routes joined
    by ``" > "``, a Bulgarian note and total (``ОБЩО``), and a log re-sent with overlap
    (exact repeats).
``agregaduria_bg_madrid_fc.csv``
    The police attaché of the Bulgarian Ministry of the Interior at the Embassy of
    Bulgaria in Madrid, relaying Spanish detections in Spanish. Excel "Unicode text":
    UTF-16 with a BOM, tab-delimited. ``17/05/2023`` or ``17-05-2023``, ``mayo de 2023``,
    ``2º trimestre 2023``; Spanish names, capitals, missing accents, a few names already
    garbled by an earlier cp1252 round trip (``EspaÃ±a``), a few slips; Spanish
    demonyms; sexes as ``varones``/``mujeres`` or ``H``/``M`` (``M`` = *mujer*); dot as
    thousands separator; coordinates in degrees, minutes and seconds; ``directo`` for a
    route with no transit.
``attache_police_grece_paris_fc.xlsx``
    The Hellenic Police attaché at the Embassy of Greece in Paris, relaying French
    detections on the Channel coast in French. Excel dates, some typed as text, a few
    pasted as serial numbers, ``mai 2023`` and ``T2 2023``; French names and feminine
    demonyms (``afghane``), ``NC`` for *non communiqué*, ``aucun`` for no suspect.
``mvr_bg_liaison_london_fc.csv``
    The liaison officer of the Bulgarian Ministry of the Interior in London, relaying
    UK detections (Dover, modern-slavery cases) in English. UTF-8 with a BOM, ``,``.
    ``17 May 2023``, ``17/05/2023``, ``17-May-23``, ``May 2023``, ``Q2 2023``; UK police
    words (organised immigration crime, ``Nil``, ``N/K``, NRM exploitation types);
    ``lat, long`` in one cell.
``ncb_sofia_iopcd_fc.jsonl``
    Interpol NCB Sofia (the International Operational Police Cooperation Directorate of
    the Bulgarian Ministry of the Interior): the compilation of every other notice it
    receives (Italy, Croatia, Poland, Panama, the United States) and a second report of
    some Greek ones. ISO dates (``2023-05``, ``2023-Q2`` when only that is known), ISO
    alpha-3, alpha-2 and numeric codes, offence and exploitation codes, nulls for what a
    notice does not give, re-exported with overlap (exact repeats).

Where a cell says a value is not known, the truth expects nothing (a count, suspects,
coordinates) or ``unknown`` (a sex, an age group); where a cell cannot be read as a date
or a count, the row is quarantined. Every such row carries a messiness tag.
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND157", "SOURCES", "Agency", "make_blind157"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of the ``blind157`` set: the shared fields plus the agency's style.

    Attributes
    ----------
    style : str
        Key of the agency's way of writing cells (``"tcc"``, ``"madrid"``, ``"paris"``,
        ``"london"`` or ``"ncb"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
_TCC = Agency(
    source="tcc_kapitan_andreevo",
    filename="tcc_kapitan_andreevo_fc.csv",
    ref="TCC-KA/{year}/{seq:04d}",
    format="csv",
    encoding="cp1251",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Ref. No",
        "event_date": "Date of detection",
        "detection_country": "Country of detection",
        "crime_type": "Type of offence",
        "exploitation": "Exploitation",
        "n_persons": "No. of migrants",
        "n_suspects": "No. of facilitators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Intended destination",
        "transport_mode": "Means of transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other offences",
    },
    note="Забележка: предварителни данни, подлежат на уточняване",
    total="ОБЩО",
    bad_count=("group", "several", "large group"),
    repeats=True,
    style="tcc",
)
_MADRID = Agency(
    source="agregaduria_bg_madrid",
    filename="agregaduria_bg_madrid_fc.csv",
    ref="AGR-BG-MAD/{seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos facilitados por las autoridades españolas, pendientes de confirmación",
    total="TOTAL",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
    style="madrid",
)
_PARIS = Agency(
    source="attache_police_grece_paris",
    filename="attache_police_grece_paris_fc.xlsx",
    ref="EL-PAR/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "crime_type": "Infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires communiqués par les services français",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    style="paris",
)
_LONDON = Agency(
    source="mvr_bg_liaison_london",
    filename="mvr_bg_liaison_london_fc.csv",
    ref="BGLO-LDN-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Ref",
        "event_date": "Date",
        "crime_type": "Crime type",
        "exploitation": "Exploitation type",
        "n_persons": "Persons",
        "n_suspects": "Offenders",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Route",
        "destination_country": "Destination",
        "detection_country": "Location country",
        "transport_mode": "Method",
        "coordinates": "Lat/Long",
        "linked_offences": "Other offending",
    },
    note="Note: figures passed on by UK partners, not verified",
    total="Total",
    bad_count=("Several", "Group"),
    repeats=False,
    style="london",
)
_NCB = Agency(
    source="ncb_sofia_iopcd",
    filename="ncb_sofia_iopcd_fc.jsonl",
    ref="BG-NCB-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "offence_code",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_origin",
        "destination_country": "country_destination",
        "detection_country": "country_detection",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several (see narrative)"),
    repeats=True,
    style="ncb",
)

#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_TCC, _MADRID, _PARIS, _LONDON, _NCB)

# --------------------------------------------------------------------------------------
# Words of each agency
# --------------------------------------------------------------------------------------
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "SYR": "Syrian",
        "IRQ": "Iraqi",
        "IRN": "Iranian",
        "PAK": "Pakistani",
        "CMR": "Cameroonian",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "VNM": "Vietnamese",
        "TUR": "Turkish",
        "MAR": "Moroccan",
        "DZA": "Algerian",
        "EGY": "Egyptian",
        "TUN": "Tunisian",
        "BGD": "Bangladeshi",
        "NGA": "Nigerian",
        "SEN": "Senegalese",
        "MLI": "Malian",
        "GIN": "Guinean",
        "GMB": "Gambian",
        "CIV": "Ivorian",
        "ROU": "Romanian",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
        "HTI": "Haitian",
        "COL": "Colombian",
        "CHN": "Chinese",
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "YEM": "Yemeni",
    },
    "fr": {
        "AFG": "afghane",
        "SYR": "syrienne",
        "IRQ": "irakienne",
        "IRN": "iranienne",
        "PAK": "pakistanaise",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "VNM": "vietnamienne",
        "MAR": "marocaine",
        "DZA": "algérienne",
        "EGY": "égyptienne",
        "TUN": "tunisienne",
        "SEN": "sénégalaise",
        "MLI": "malienne",
        "GIN": "guinéenne",
        "CIV": "ivoirienne",
        "ROU": "roumaine",
        "NGA": "nigériane",
    },
    "es": {
        "MAR": "marroquí",
        "DZA": "argelino",
        "GIN": "guineano",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
        "NGA": "nigeriano",
        "SYR": "sirio",
        "AFG": "afgano",
        "PAK": "paquistaní",
        "TUN": "tunecino",
        "EGY": "egipcio",
        "BGD": "bangladesí",
    },
}
# Names an agency writes instead of the usual one (its own spelling or the short form).
_OWN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "tcc": {"TUR": ("Turkey", "Turkiye"), "CIV": ("Cote d'Ivoire",), "GBR": ("UK",)},
    "madrid": {
        "CIV": ("Costa de Marfil", "Costa Marfil"),
        "GIN": ("Guinea", "Guinea Conakry"),
        "GBR": ("Reino Unido",),
    },
    "paris": {"GBR": ("Royaume-Uni", "Royaume Uni", "Grande-Bretagne"), "CIV": ("Côte d'Ivoire",)},
    "london": {"GBR": ("United Kingdom", "UK"), "VNM": ("Viet Nam", "Vietnam")},
    "ncb": {},
}
# Slips of the attaché's typist (Spanish names).
_MADRID_TYPOS = {
    "MAR": "Marruceos",
    "DZA": "Argelai",
    "SEN": "Senagal",
    "MLI": "Mlai",
    "ESP": "Espñaa",
    "MRT": "Mauritnaia",
    "GIN": "Guniea",
    "ROU": "Rumaina",
}
# The EU's own two-letter codes where they differ from ISO.
_EU_CODES = {"GRC": "EL", "GBR": "UK"}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "tcc": {
        "smuggling": ("Migrant smuggling", "Facilitation of illegal border crossing", "SoM"),
        "trafficking": ("THB", "Trafficking in human beings"),
        "both": ("THB / SoM", "Smuggling and THB"),
    },
    "madrid": {
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata y tráfico ilícito de migrantes", "TSH + inmigración irregular"),
    },
    "paris": {
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants (passeurs)", "AESI"),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    "london": {
        "smuggling": ("Organised immigration crime", "OIC", "Facilitation"),
        "trafficking": ("Modern slavery / human trafficking", "MSHT", "Human trafficking"),
        "both": ("OIC / MSHT",),
    },
    "ncb": {
        "smuggling": ("SOM", "SOM", "smuggling of migrants"),
        "trafficking": ("THB", "THB", "trafficking in persons"),
        "both": ("THB+SOM",),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "tcc": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation",),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other forms",),
    },
    "madrid": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "paris": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "london": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour",),
        "forced_criminality": ("Criminal",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "ncb": {
        "sexual": ("SEX",),
        "forced_labour": ("LAB",),
        "forced_criminality": ("CRIM",),
        "organ_removal": ("ORG",),
        "forced_marriage": ("FMAR",),
        "other": ("OTH",),
    },
}
# What a smuggling row writes under exploitation (None: left blank).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "tcc": ("-", None),
    "madrid": ("no procede", None, None),
    "paris": (None, "sans objet"),
    "london": ("N/A", None),
    "ncb": (None,),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "tcc": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("M/F", "Mixed")},
    "madrid": {
        "male": ("varones", "varones", "hombres", "H"),
        "female": ("mujeres", "mujeres", "M"),
        "mixed": ("ambos sexos", "mixto"),
    },
    "paris": {"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte", "H/F")},
    "london": {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed",)},
    "ncb": {"male": ("M",), "female": ("F",), "mixed": ("MIX",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "tcc": {
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "UAM"),
        "mixed": ("Adults + minors", "Mixed"),
    },
    "madrid": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "paris": {
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "london": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Child"),
        "mixed": ("Adults & minors",),
    },
    "ncb": {"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED",)},
}
# Words saying the age group is not known.
_NA_AGE = {"tcc": "N/A", "madrid": "no consta", "paris": "NC", "london": "Not known", "ncb": "UNK"}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "tcc": {
        "sea": ("Sea", "Boat", "Rubber boat"),
        "land": ("Land", "On foot", "Vehicle", "Truck"),
        "air": ("Air",),
    },
    "madrid": {
        "sea": ("marítimo", "embarcación"),
        "land": ("terrestre", "a pie", "vehículo"),
        "air": ("aéreo", "vuelo"),
    },
    "paris": {
        "sea": ("maritime", "small boat", "embarcation"),
        "land": ("terrestre", "poids lourd", "camion"),
        "air": ("aérien",),
    },
    "london": {
        "sea": ("Small boat", "RHIB", "Sea"),
        "land": ("Lorry", "HGV", "Vehicle", "Land"),
        "air": ("Air", "Flight"),
    },
    "ncb": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
}
_OFFENCES: dict[str, dict[str, str]] = {
    "tcc": {
        "document_fraud": "document fraud",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "drugs",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    "madrid": {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "ciberdelincuencia",
        "terrorism": "terrorismo",
    },
    "paris": {
        "document_fraud": "fraude documentaire",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    "london": {
        "document_fraud": "Document fraud",
        "corruption": "Bribery and corruption",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cyber",
        "terrorism": "Terrorism",
    },
    "ncb": {
        "document_fraud": "FORGERY",
        "corruption": "CORRUPTION",
        "money_laundering": "MONEY_LAUNDERING",
        "illicit_goods": "DRUGS",
        "cybercrime": "CYBER",
        "terrorism": "TERRORISM",
    },
}
_OFFENCE_SEP = {"tcc": ", ", "madrid": " / ", "paris": " ; ", "london": "; ", "ncb": ","}
_TRANSIT_SEP = {"tcc": " > ", "madrid": " - ", "paris": ", ", "london": " / ", "ncb": ","}
# A count or a number of suspects that is not known.
_COUNT_UNKNOWN = {"tcc": "n/k", "madrid": "s/d", "paris": "NC", "london": "N/K", "ncb": None}
_ZERO_WORD = {"tcc": "none", "madrid": "ninguno", "paris": "aucun", "london": "Nil"}
_SUSPECTS_UNKNOWN = {
    "tcc": "n/k",
    "madrid": "desconocido",
    "paris": "NC",
    "london": "N/K",
    "ncb": None,
}
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
_ES_MONTHS = (
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
_ES_ORDINAL = ("1er", "2º", "3er", "4º")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``Túnez`` -> ``Tunez``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(code: str, lang: str) -> str:
    en, fr, es = COUNTRIES[code][1], COUNTRIES[code][2], COUNTRIES[code][3]
    return {"en": en, "fr": fr, "es": es}[lang]


def _country(src: Agency, code: str, rng: _Rng, tags: list[str], *, person: bool) -> str:
    """Write one country (a nationality when ``person``) the agency's way."""
    st = src.style
    r = rng.random()
    demonyms = 0.15 if st == "ncb" else 0.5  # a notice names citizenship mostly by code
    if person and r < demonyms and code in _DEMONYMS.get(src.language, {}):
        word = _DEMONYMS[src.language][code]
        if st == "tcc" and rng.random() < 0.15:
            word = word.upper()
        tags.append("demonym")
        return word if fits(word, src) else _plain(word)
    r = rng.random()
    if st == "tcc":
        if r < 0.3:
            tags.append("iso2_code")
            return _EU_CODES.get(code, iso_codes(code)[0])
        own = _OWN_NAMES["tcc"].get(code)
        text = choice(rng, own) if own else _name(code, "en")
        text = text if fits(text, src) else _plain(text)
        if rng.random() < 0.1:
            tags.append("case")
            text = text.upper()
        return text
    if st == "madrid":
        own = _OWN_NAMES["madrid"].get(code)
        text = choice(rng, own) if own and rng.random() < 0.5 else _name(code, "es")
        if r < 0.07 and mojibake(text) is not None:
            tags.append("mojibake")
            return str(mojibake(text))
        if r < 0.1 and code in _MADRID_TYPOS:
            tags.append("typo")
            return _MADRID_TYPOS[code]
        if r < 0.25:
            tags.append("case")
            return text.upper()
        if r < 0.35 and _plain(text) != text:
            tags.append("no_accents")
            return _plain(text)
        return text
    if st == "paris":
        own = _OWN_NAMES["paris"].get(code)
        text = choice(rng, own) if own and rng.random() < 0.5 else _name(code, "fr")
        if r < 0.05:
            tags.append("iso2_code")
            return iso_codes(code)[0]
        if r < 0.2:
            tags.append("case")
            return text.upper()
        if r < 0.3 and _plain(text) != text:
            tags.append("no_accents")
            return _plain(text)
        return text
    if st == "london":
        own = _OWN_NAMES["london"].get(code)
        text = choice(rng, own) if own else _name(code, "en")
        if r < 0.05:
            tags.append("iso3_code")
            return code
        if r < 0.1:
            tags.append("case")
            return text.lower()
        return text
    # ncb: codes of three kinds, a few names
    if r < 0.55:
        return code
    if r < 0.75:
        tags.append("iso2_code")
        return iso_codes(code)[0]
    if r < 0.87:
        tags.append("numeric_code")
        return iso_codes(code)[1]
    tags.append("case")
    return _name(code, "en").upper()


def _transit(src: Agency, route: object, rng: _Rng, tags: list[str]) -> str | None:
    if route is None:
        direct = {"madrid": "directo", "london": "Direct"}.get(src.style)
        if direct is not None and rng.random() < 0.3:
            tags.append("direct_word")
            return direct
        return None
    codes = str(route).split("|")
    if src.style == "ncb":
        if rng.random() < 0.25:
            tags.append("iso2_code")
            return ",".join(iso_codes(c)[0] for c in codes)
        return ",".join(codes)
    if len(codes) > 1:
        tags.append("transit_list")
    if src.style == "tcc" and rng.random() < 0.3:
        tags.append("iso2_code")
        return _TRANSIT_SEP["tcc"].join(_EU_CODES.get(c, iso_codes(c)[0]) for c in codes)
    return _TRANSIT_SEP[src.style].join(_country(src, c, rng, tags, person=False) for c in codes)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected day, precision) of an event date."""
    r = rng.random() if partial_ok else 1.0
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    st = src.style
    if st == "tcc":
        if r < 0.06:
            tags.append("month_only")
            return f"{ts.month:02d}.{ts.year}", month, "month"
        return f"{ts:%d.%m.%Y}", ts, "day"
    if st == "madrid":
        if r < 0.05:
            tags.append("month_only")
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", month, "month"
        if r < 0.08:
            tags.append("quarter_only")
            return f"{_ES_ORDINAL[ts.quarter - 1]} trimestre {ts.year}", quarter, "quarter"
        if rng.random() < 0.15:
            return f"{ts:%d-%m-%Y}", ts, "day"
        return f"{ts:%d/%m/%Y}", ts, "day"
    if st == "paris":
        if r < 0.05:
            tags.append("month_only")
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.08:
            tags.append("quarter_only")
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        s = rng.random()
        if s < 0.1:
            tags.append("text_date")
            return f"{ts:%d/%m/%Y}", ts, "day"
        if s < 0.15:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if st == "london":
        if r < 0.06:
            tags.append("month_only")
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.09:
            tags.append("quarter_only")
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
        s = rng.random()
        if s < 0.45:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        if s < 0.85:
            return f"{ts:%d/%m/%Y}", ts, "day"
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts:%y}", ts, "day"
    # ncb
    if r < 0.07:
        tags.append("month_only")
        return f"{ts:%Y-%m}", month, "month"
    if r < 0.1:
        tags.append("quarter_only")
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter"
    if rng.random() < 0.05:
        return f"{ts:%Y-%m-%d}T00:00:00", ts, "day"
    return f"{ts:%Y-%m-%d}", ts, "day"


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of a count of persons."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return _COUNT_UNKNOWN[src.style], None
    if src.format in ("xlsx", "jsonl"):
        return n, n
    if n >= 1000:
        tags.append("thousands_sep")
        sep = {"madrid": ".", "london": ",", "tcc": " "}[src.style]
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    return str(n), n


def _suspects(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of a number of suspects."""
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return _SUSPECTS_UNKNOWN[src.style], None
    if n == 0 and src.style in _ZERO_WORD and rng.random() < 0.4:
        tags.append("zero_word")
        return _ZERO_WORD[src.style], 0
    return (n if src.format in ("xlsx", "jsonl") else str(n)), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a coordinate in degrees, minutes and seconds; return (text, value read)."""
    sec_total = round(abs(value) * 3600)
    deg, rest = divmod(sec_total, 3600)
    minutes, sec = divmod(rest, 60)
    read = round((deg + minutes / 60 + sec / 3600) * (1 if value >= 0 else -1), 6)
    hemi = pos if value >= 0 else neg
    return f"{deg}°{minutes:02d}'{sec:02d}\"{hemi}", read


def _place(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of a location."""
    r = rng.random()
    st = src.style
    if r < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    if st == "tcc":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if st == "madrid":
        if r < 0.07:
            tags.append("coords_placeholder")
            return {"coordinates": "sin datos"}, None, None
        tags.append("dms_coords")
        la, la_read = _dms(lat, "N", "S")
        lo, lo_read = _dms(lon, "E", "W")
        return {"coordinates": f"{la} {lo}"}, la_read, lo_read
    if st == "paris":
        if rng.random() < 0.1:
            tags.append("decimal_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
            )
        return {"lat": lat, "lon": lon}, lat, lon
    if st == "london":
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"coordinates": "N/A"}, None, None
        tags.append("coords_pair")
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    return {"lat": lat, "lon": lon}, lat, lon


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    st = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision = _date(src, ts, rng, tags, partial_ok=partial_ok)
    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "transit_countries": ev["transit_countries"],
        "linked_offences": ev["linked_offences"],
    }
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[st][crime])
    if ev["exploitation"] is None:
        cells["exploitation"] = _NO_EXPLOITATION[st][int(rng.integers(len(_NO_EXPLOITATION[st])))]
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[st][str(ev["exploitation"])])

    cells["n_persons"], exp["n_persons"] = _count(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            tags,
        )

    gender = str(ev["gender"])
    if forced_blank == "gender" or (st == "london" and rng.random() < 0.03):
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        word = choice(rng, _GENDER[st][gender])
        if st == "madrid" and word in ("H", "M"):
            tags.append("gender_letter")
        cells["gender"], exp["gender"] = word, gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = _NA_AGE[st], "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[st][age]), age

    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        nat = str(ev["nationality"])
        cells["nationality"] = _country(src, nat, rng, tags, person=True)
        exp["nationality"] = nat
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags, person=False)
    cells["destination_country"] = _country(
        src, str(ev["destination_country"]), rng, tags, person=False
    )
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        det = str(ev["detection_country"])
        cells["detection_country"] = _country(src, det, rng, tags, person=False)
        exp["detection_country"] = det
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)

    mode = str(ev["transport_mode"])
    words = _TRANSPORT[st][mode]
    if st == "ncb" and rng.random() < 0.01:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = "UNK", "unknown"
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, words), mode

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _place(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(place)

    offences = ev["linked_offences"]
    if offences is not None:
        cells["linked_offences"] = _OFFENCE_SEP[st].join(
            _OFFENCES[st][o] for o in str(offences).split("|")
        )
    return cells, exp, list(dict.fromkeys(tags))  # each tag once, in order


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    st = src.style
    if kind == "bad_date":
        # 29 February of a common year, or the 31st of a 30-day month: a typist's slip
        day, month = (29, 2) if ts.year % 4 else (31, 4)
        if rng.random() < 0.5:
            day, month = 31, (4, 6, 9, 11)[int(rng.integers(4))]
        return {
            "tcc": f"{day:02d}.{month:02d}.{ts.year}",
            "madrid": f"{day:02d}/{month:02d}/{ts.year}",
            "paris": f"{day:02d}/{month:02d}/{ts.year}",
            "london": f"{day} {MONTHS[month - 1]} {ts.year}",
            "ncb": f"{ts.year}-{month:02d}-{day:02d}",
        }[st]
    # a year typed with its third digit one key off: 2023 -> 2033
    future = ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    if st == "paris":
        return future.to_pydatetime()
    return {
        "tcc": f"{future:%d.%m.%Y}",
        "madrid": f"{future:%d/%m/%Y}",
        "london": f"{future.day} {MONTHS[future.month - 1]} {future.year}",
        "ncb": f"{future:%Y-%m-%d}",
    }[st]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the agency's note row: the day of its last row."""
    return {
        "tcc": f"{last:%d.%m.%Y}",
        "madrid": f"{last:%d/%m/%Y}",
        "paris": last.to_pydatetime(),
        "london": f"{last.day} {MONTHS[last.month - 1]} {last.year}",
        "ncb": f"{last:%Y-%m-%d}",
    }[src.style]


#: The variant: its sources, who first reports which detection country, and who may
#: report an event a second time.
BLIND157: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GRC": _TCC.source,
        "ESP": _MADRID.source,
        "FRA": _PARIS.source,
        "GBR": _LONDON.source,
    },
    compilation=_NCB.source,
    secondary={
        ("emed", "GRC"): _NCB.source,  # Greek notices also reach NCB Sofia
        ("channel", "FRA"): _LONDON.source,  # a crossing seen from both shores
        ("channel", "GBR"): _PARIS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=157,
    blank_share=0.3,
)


def make_blind157(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind157`` submissions (files ``*_fc.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (independent of the truth's seed).

    Returns
    -------
    list of Submission
        ``tcc_kapitan_andreevo_fc.csv`` (English, cp1251, ``;``),
        ``agregaduria_bg_madrid_fc.csv`` (Spanish, UTF-16, tab),
        ``attache_police_grece_paris_fc.xlsx`` (French),
        ``mvr_bg_liaison_london_fc.csv`` (English, UTF-8 with BOM, ``,``) and
        ``ncb_sofia_iopcd_fc.jsonl`` (English keys, codes), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind157(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['tcc_kapitan_andreevo_fc.csv', 'agregaduria_bg_madrid_fc.csv',
     'attache_police_grece_paris_fc.xlsx', 'mvr_bg_liaison_london_fc.csv',
     'ncb_sofia_iopcd_fc.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['Ref. No', 'Date of detection', 'Country of detection']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND157, truth, seed=seed)
