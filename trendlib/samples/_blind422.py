"""Examiner sample set ``blind422`` (files ``*_ph.*``): packaging makers' compliance desks.

Five sources, written by an examiner who never saw the cleaner. They are the
supply-chain compliance desks of pallet makers, corrugated-box makers and paper
mills. These desks log forced labour and debt bondage found at suppliers and sites,
and people found hidden in loads (trailers, containers, box vans). Each desk writes
its log as its own tool exports it:

``ds_smith_msl_ph.csv``
    DS Smith (UK corrugated packaging), Group Modern Slavery lead. English, UTF-8
    with BOM, ``,``. UK day-first dates (``17/05/2023``, ``17 May 2023``,
    ``17-May-23``; ``May 2023`` when a site audit gives only the month). Nationalities
    as demonyms (``Vietnamese``, ``Afghan``), "UK", transit routes joined by ``" > "``,
    small counts sometimes in words, and "Clandestine entrants" for people found in
    trailers. Primary for the United Kingdom.
``pgs_palettes_conformite_ph.csv``
    PGS (French pallet maker), conformité sociale. French, cp1252, ``;``, CRLF.
    ``17/05/2023`` or ``17/05/23``, ``mai 2023``, ``T2 2023``. Decimal-comma
    coordinates, "Angleterre" for the United Kingdom, names typed without accents,
    ``NC`` for "non communiqué", thousands split by a no-break space, transit
    countries joined by ``" / "``, "Passagers clandestins". Re-sends some rows.
    Primary for France.
``saica_cumplimiento_ph.xlsx``
    Saica (Spanish paper and packaging group), Cumplimiento normativo. Spanish.
    Real Excel dates, with some dates typed as text and some left as Excel serials.
    Numeric coordinates and counts, some pasted as text (decimal-comma coordinates,
    ``1.250`` persons). "Polizones" for stowaways. Primary for Spain.
``gondi_ctpat_ph.csv``
    Grupo Gondi (Mexican cartonera), CTPAT supply-chain security desk. Mexican
    Spanish, UTF-16 with BOM, tab-delimited: the incident portal's UTF-8 export was
    opened in Excel (which read it as cp1252) and saved as "Texto Unicode", so some
    names are double-encoded (``MÃ©xico``). ``EUA`` for the United States, ``NNA`` for
    minors, "Tráfico de personas" (smuggling, as Mexican law names it) against "Trata
    de personas" (trafficking), ``17-may-2023`` dates, one ``lat,lon`` coordinate
    cell from the tractor's telematics ("Sin GPS" when it was off). Re-sends some
    rows. Primary for the United States.
``smurfit_westrock_hrdd_ph.jsonl``
    Smurfit Westrock group human-rights due-diligence digest. English camelCase
    keys, ISO alpha-2 nationalities and transit codes (``TR-BG-RS-BA``), ISO dates
    with ``2023-05`` and ``Q2 2023`` for partial ones. It is the compilation: it
    reports every event of the other countries (Italy, Greece, Croatia, Poland and
    Panama's Darién), and a second report of some British, Spanish and US ones.

Every cell is written as a careful analyst would read it back. What such an analyst
could not read (an impossible or far-future date, a count such as "several") is a
bad row of the truth. What the agency marks as not known (``NC``, ``s/d``, "not
recorded") is expected as missing or ``unknown``. The messiness tags of
``truth_rows.csv`` name each habit planted in a row.
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

__all__ = ["BLIND422", "SOURCES", "PhSource", "make_blind422"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]

_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_MX_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_SMALL = ("zero", "one", "two", "three")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class PhSource(ExaminerSource):
    """One compliance desk of the set: the shared fields plus its own wording.

    Attributes
    ----------
    crime : mapping
        Canonical crime type -> the desk's words; the key ``"hidden"`` holds its words
        for people found hidden in a load (smuggling by land).
    exploitation, gender, age, mode, offences : mapping
        Canonical word -> the desk's words (first = the usual one).
    no_exploitation : tuple of str
        What the desk writes in the exploitation cell of a smuggling row (``""`` =
        blank).
    not_recorded : tuple of str
        Its words for an age group or conveyance it did not record.
    unknown : str
        Its word for a nationality it does not know.
    count_unknown : str
        Its placeholder for a count it does not know ("NC", "s/d").
    zero : tuple of str
        Its words for "no suspect".
    demonyms : mapping
        ISO alpha-3 -> the desk's word for the nationality (used for some rows).
    demonym_share : float
        Share of nationality cells written with the demonym, when there is one.
    aliases : mapping
        ISO alpha-3 -> the desk's own short names of a country ("UK", "EUA").
    country : mapping
        Style of a country cell -> probability (``name``, ``alias``, ``upper``,
        ``lower``, ``plain`` (no accents), ``iso2``, ``iso3``, ``typo``,
        ``mojibake``, ``spaces``).
    transit_sep, offence_sep : str
        Separators of the transit and linked-offence lists.
    direct : tuple of str
        Its words for "no transit country" (``""`` = blank).
    date_style, coord_style : str
        How it writes dates (``uk``, ``fr``, ``xlsx``, ``mx``, ``iso``) and
        coordinates (``dot``, ``comma``, ``xlsx``, ``pair``, ``json``).
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    no_exploitation: tuple[str, ...]
    not_recorded: tuple[str, ...]
    unknown: str
    count_unknown: str
    zero: tuple[str, ...]
    demonyms: Mapping[str, str]
    demonym_share: float
    aliases: Mapping[str, tuple[str, ...]]
    country: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    direct: tuple[str, ...]
    date_style: str
    coord_style: str


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_DS_SMITH = PhSource(
    source="ds_smith_msl",
    filename="ds_smith_msl_ph.csv",
    ref="MSL-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date identified",
        "crime_type": "Issue type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. potential victims / persons found",
        "n_suspects": "No. alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transit_countries": "Transit route",
        "transport_mode": "Conveyance",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related offences",
    },
    note="Note: provisional - figures subject to site investigation outcomes",
    total="TOTAL",
    bad_count=("several", "see notes"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking"),
        "smuggling": ("People smuggling",),
        "hidden": ("Clandestine entrants", "Clandestine entrants in trailer"),
        "both": ("Modern slavery & smuggling",),
    },
    exploitation={
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "child": ("Under 18", "Minor"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Dinghy", "Boat"),
        "land": ("HGV", "Lorry / trailer", "Van"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis cultivation"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    no_exploitation=("", "N/A"),
    not_recorded=("Not recorded", "N/K"),
    unknown="Not known",
    count_unknown="not known",
    zero=("none", "nil"),
    demonyms={
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    demonym_share=0.65,
    aliases={"GBR": ("UK", "U.K."), "VNM": ("Vietnam",), "IRN": ("Iran (Islamic Rep.)",)},
    country={"name": 0.78, "alias": 0.12, "upper": 0.04, "typo": 0.03, "spaces": 0.03},
    transit_sep=" > ",
    offence_sep="; ",
    direct=("", "", "Direct"),
    date_style="uk",
    coord_style="dot",
)

_PGS = PhSource(
    source="pgs_palettes_conformite",
    filename="pgs_palettes_conformite_ph.csv",
    ref="SIG{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire – données en cours de consolidation",
    total="Total général",
    bad_count=("plusieurs", "voir PV"),
    repeats=True,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée irrégulière", "Aide à l'entrée et au séjour irréguliers"),
        "hidden": ("Passagers clandestins", "Migrants dissimulés dans la remorque"),
        "both": ("TEH et aide à l'entrée irrégulière",),
    },
    exploitation={
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "sexual": ("Exploitation sexuelle",),
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
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    mode={
        "sea": ("Small boat", "Embarcation pneumatique", "Bateau"),
        "land": ("Poids lourd", "Semi-remorque", "Fourgon"),
        "air": ("Avion", "Voie aérienne"),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    no_exploitation=("", "Sans objet"),
    not_recorded=("Non déterminé",),
    unknown="Inconnue",
    count_unknown="NC",
    zero=("aucun", "néant"),
    demonyms={},
    demonym_share=0.0,
    aliases={"GBR": ("Angleterre", "Royaume Uni")},
    country={"name": 0.72, "plain": 0.1, "upper": 0.08, "iso2": 0.06, "alias": 0.04},
    transit_sep=" / ",
    offence_sep=" + ",
    direct=("",),
    date_style="fr",
    coord_style="comma",
)

_SAICA = PhSource(
    source="saica_cumplimiento",
    filename="saica_cumplimiento_ph.xlsx",
    ref="EXP-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validación por Cumplimiento",
    total="TOTAL",
    bad_count=("varios", "ver anexo"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH"),
        "smuggling": ("Favorecimiento de la inmigración irregular",),
        "hidden": ("Polizones en la carga", "Polizones"),
        "both": ("Trata e inmigración irregular",),
    },
    exploitation={
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Varones"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menores", "Menor de edad"),
        "adult": ("Mayores de edad", "Adultos"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "sea": ("Patera", "Cayuco", "Neumática"),
        "land": ("Camión", "Tráiler", "Furgoneta"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    no_exploitation=("", "No aplica"),
    not_recorded=("No consta",),
    unknown="No consta",
    count_unknown="s/d",
    zero=("ninguno",),
    demonyms={"MAR": "marroquí", "DZA": "argelina", "ROU": "rumana", "SEN": "senegalesa"},
    demonym_share=0.25,
    aliases={"ROU": ("Rumania",)},
    country={"name": 0.76, "iso3": 0.08, "upper": 0.06, "plain": 0.06, "alias": 0.04},
    transit_sep=" - ",
    offence_sep=", ",
    direct=("", "Directo"),
    date_style="xlsx",
    coord_style="xlsx",
)

_GONDI = PhSource(
    source="gondi_ctpat",
    filename="gondi_ctpat_ph.csv",
    ref="GG-{year}{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a validación CTPAT",
    total="Total",
    bad_count=("varios", "ver reporte"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de personas", "Tráfico de indocumentados"),
        "hidden": ("Personas ocultas en la carga", "Tráfico de personas"),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "forced_labour": ("Trabajo forzado", "Explotación laboral"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Mujeres", "Femenino"),
        "male": ("Hombres", "Masculino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("NNA", "Menores"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "land": ("Caja seca", "Tractocamión", "Tráiler"),
        "sea": ("Marítimo",),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Documentos apócrifos", "Falsificación de documentos"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Narcóticos", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    no_exploitation=("", "No aplica"),
    not_recorded=("Sin dato",),
    unknown="Sin dato",
    count_unknown="sin dato",
    zero=("ninguno", "sin detenidos"),
    demonyms={
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
    },
    demonym_share=0.35,
    aliases={"USA": ("EUA", "EE.UU.")},
    country={"name": 0.5, "mojibake": 0.25, "alias": 0.12, "upper": 0.08, "typo": 0.05},
    transit_sep="/",
    offence_sep=", ",
    direct=("",),
    date_style="mx",
    coord_style="pair",
)

_SMURFIT = PhSource(
    source="smurfit_westrock_hrdd",
    filename="smurfit_westrock_hrdd_ph.jsonl",
    ref="SW-HRDD-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseId",
        "event_date": "incidentDate",
        "crime_type": "category",
        "exploitation": "exploitationType",
        "n_persons": "peopleAffected",
        "n_suspects": "allegedPerpetrators",
        "gender": "sex",
        "age_group": "ageBand",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "destinationCountry",
        "detection_country": "countryOfIncident",
        "transit_countries": "transitCountries",
        "transport_mode": "transportMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedIssues",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see source"),
    repeats=False,
    crime={
        "trafficking": ("human trafficking",),
        "smuggling": ("migrant smuggling",),
        "both": ("trafficking and smuggling",),
    },
    exploitation={
        "forced_labour": ("forced labour", "labour exploitation"),
        "sexual": ("sexual exploitation",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    age={"child": ("child",), "adult": ("adult",), "mixed": ("mixed",)},
    mode={"sea": ("sea", "maritime"), "land": ("land", "road"), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    no_exploitation=("",),
    not_recorded=("not stated",),
    unknown="unknown",
    count_unknown="unknown",
    zero=("none",),
    demonyms={},
    demonym_share=0.0,
    aliases={
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "BIH": ("Bosnia",),
        "RUS": ("Russian Federation",),
    },
    country={"name": 0.75, "iso2": 0.15, "alias": 0.1},
    transit_sep="-",
    offence_sep=", ",
    direct=("",),
    date_style="iso",
    coord_style="json",
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[PhSource, ...] = (_DS_SMITH, _PGS, _SAICA, _GONDI, _SMURFIT)

# Which desk first logs the events of a detection country; the group digest takes the rest.
_PRIMARY = {
    "GBR": _DS_SMITH.source,
    "FRA": _PGS.source,
    "ESP": _SAICA.source,
    "USA": _GONDI.source,
}
# Which desk may log an event a second time: the desk on the other side of the Channel,
# Saica's Italian plants, and the group digest for countries where Smurfit Westrock also
# works (Spain, the United Kingdom, the United States).
_SECONDARY = {
    ("channel", "FRA"): _DS_SMITH.source,
    ("channel", "GBR"): _PGS.source,
    ("wmed", "ESP"): _SMURFIT.source,
    ("thb_rou_esp", "ITA"): _SAICA.source,
    ("thb_rou_esp", "ESP"): _SMURFIT.source,
    ("thb_vnm_gbr", "GBR"): _SMURFIT.source,
    ("us_mex", "USA"): _SMURFIT.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents of ``text``, as a clerk typing without them does.

    Examples
    --------
    >>> _plain("Érythrée"), _plain("Panamá")
    ('Erythree', 'Panama')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pick(rng: _Rng, probs: Mapping[str, float]) -> str:
    keys = list(probs)
    w = np.array([probs[k] for k in keys], dtype=float)
    return str(keys[int(rng.choice(len(keys), p=w / w.sum()))])


def _word(src: PhSource, words: Words, key: str, rng: _Rng) -> str:
    forms = words[key]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _country(src: PhSource, iso: str, rng: _Rng, tags: list[str], *, style: str = "") -> str:
    """Write one country the desk's way; tag what a reader would notice."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    style = style or _pick(rng, src.country)
    text: str | None = name
    if style == "alias":
        forms = src.aliases.get(iso)
        text = choice(rng, forms) if forms else None
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "plain":
        text = _plain(name)
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "typo":
        text = str(row[5]) if src.language == "en" else _plain(name).replace("a", "", 1)
    elif style == "mojibake":
        text = mojibake(name)
    elif style == "spaces":
        text = f"  {name} "
    if text is None or text == name or not fits(text, src):
        return name
    tags.append(f"country_{style}")
    return text


def _nationality(src: PhSource, iso: str, rng: _Rng, tags: list[str]) -> str:
    word = src.demonyms.get(iso)
    if word is not None and rng.random() < src.demonym_share:
        tags.append("demonym")
        garbled = mojibake(word) if src.country.get("mojibake") else None
        if garbled is not None and rng.random() < 0.4:
            tags.append("country_mojibake")
            return garbled
        return word
    if src.format == "jsonl":  # the group digest keeps ISO alpha-2 nationalities
        tags.append("country_iso2")
        return iso_codes(iso)[0]
    return _country(src, iso, rng, tags)


def _day_text(src: PhSource, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date the desk's way."""
    r = rng.random()
    style = src.date_style
    if style == "uk":
        if r < 0.2:
            tags.append("date_long")
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
        if r < 0.3:
            tags.append("date_dd_mon_yy")
            return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}"
        return ts.strftime("%d/%m/%Y")
    if style == "fr":
        if r < 0.15:
            tags.append("date_two_digit_year")
            return ts.strftime("%d/%m/%y")
        return ts.strftime("%d/%m/%Y")
    if style == "xlsx":
        if r < 0.12:
            tags.append("date_text")
            return ts.strftime("%d/%m/%Y")
        if r < 0.2:
            tags.append("excel_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        return ts.normalize().to_pydatetime()
    if style == "mx":
        if r < 0.2:
            tags.append("date_dd_mon_yyyy")
            return f"{ts.day:02d}-{_MX_MONTHS[ts.month - 1]}-{ts.year}"
        if r < 0.3:
            tags.append("date_time")
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}"
        return ts.strftime("%d/%m/%Y")
    return ts.strftime("%Y-%m-%d")


def _date(
    src: PhSource, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's date."""
    r = rng.random() if partial_ok else 1.0
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    if src.date_style == "uk" and r < 0.06:
        tags.append("date_month")
        return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month"
    if src.date_style == "fr" and r < 0.05:
        tags.append("date_month")
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month"
    if src.date_style == "fr" and r < 0.09:
        tags.append("date_quarter")
        return f"T{q} {ts.year}", quarter, "quarter"
    if src.date_style == "iso" and r < 0.06:
        tags.append("date_month")
        return ts.strftime("%Y-%m"), month, "month"
    if src.date_style == "iso" and r < 0.11:
        tags.append("date_quarter")
        return f"Q{q} {ts.year}", quarter, "quarter"
    return _day_text(src, ts, rng, tags), ts.normalize(), "day"


def _bad_date(src: PhSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, impossible, or a year typed ten years ahead.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> _bad_date(_SMURFIT, pd.Timestamp("2023-05-17"), "future_date", rng)
    '2033-05-17'
    >>> _bad_date(_PGS, pd.Timestamp("2023-05-17"), "no_date", rng) is None
    True
    """
    if kind == "no_date":
        return None
    if kind == "future_date":
        ahead = ts.replace(year=ts.year + 10) if not (ts.month == 2 and ts.day == 29) else ts
        return _day_text(src, ahead, np.random.default_rng(0), [])
    day = choice(rng, ("30", "31"))
    if src.date_style == "iso":
        return f"{ts.year}-02-{day}"
    if src.date_style == "mx" and rng.random() < 0.5:
        return "00/00/0000"  # the incident system's empty date
    return f"{day}/02/{ts.year}"


def _note_date(src: PhSource, last: pd.Timestamp) -> object:
    """Date on the note row: the extraction's last day, as the desk writes a date."""
    if src.format == "xlsx":
        return last.normalize().to_pydatetime()
    if src.date_style == "iso":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _persons(src: PhSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of the count of persons."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return src.count_unknown, None
    if src.format == "xlsx" and n >= 1000 and rng.random() < 0.5:
        tags.append("thousands")  # pasted as text with the Spanish thousands point
        return f"{n // 1000}.{n % 1000:03d}", n
    if src.format in ("xlsx", "jsonl"):
        return n, n
    if n >= 1000:
        tags.append("thousands")
        sep = "\u00a0" if src.language == "fr" else ","
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    if src.date_style == "uk" and n < len(_EN_SMALL) and rng.random() < 0.3:
        tags.append("count_word")
        return _EN_SMALL[n], n
    if src.date_style == "mx" and rng.random() < 0.15:
        tags.append("count_unit")
        return f"{n} persona" if n == 1 else f"{n} personas", n
    return str(n), n


def _suspects(
    src: PhSource, n: int | None, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Return (cell, expected) of the count of suspects."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if n is None:
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return src.count_unknown, None
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    return (n if src.format in ("xlsx", "jsonl") else str(n)), n


def _coordinates(
    src: PhSource, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if blank:
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    if rng.random() < 0.05:
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    style = src.coord_style
    if style == "pair" and rng.random() < 0.03:
        tags.append("coords_placeholder")
        return {"coordinates": "Sin GPS"}, None, None
    if style == "dot":
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, lat, lon
    if style == "comma":
        tags.append("decimal_comma")
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return dict(cells), lat, lon
    if style == "xlsx":
        if rng.random() < 0.1:
            tags.append("decimal_comma")
            text = {"lat": f"{lat:.4f}".replace(".", ","), "lon": f"{lon:.4f}".replace(".", ",")}
            return dict(text), lat, lon
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    if style == "pair":
        tags.append("coords_pair")
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, lat, lon
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _countries_list(src: PhSource, codes: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit countries with the desk's separator."""
    if codes is None:
        word = choice(rng, src.direct)
        if word:
            tags.append("direct_word")
        return word or None
    parts = codes.split("|")
    if src.format == "jsonl":
        return src.transit_sep.join(iso_codes(c)[0] for c in parts)
    style = "plain" if "plain" in src.country and rng.random() < 0.1 else "name"
    sub: list[str] = []
    text = src.transit_sep.join(_country(src, c, rng, sub, style=style) for c in parts)
    if style == "name" and src.country.get("mojibake") and rng.random() < 0.3:
        garbled = mojibake(text)
        if garbled is not None:
            sub.append("country_mojibake")
            text = garbled
    tags.extend(sorted(set(sub)))
    return text


def _render(
    src: PhSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` logs it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, tags, partial_ok=partial_ok
    )

    crime = str(ev["crime_type"])
    mode = str(ev["transport_mode"])
    hidden = crime == "smuggling" and mode == "land" and "hidden" in src.crime
    if hidden and rng.random() < 0.6:
        tags.append("hidden_in_load")
        cells["crime_type"] = _word(src, src.crime, "hidden", rng)
    else:
        cells["crime_type"] = _word(src, src.crime, crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.no_exploitation) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, src.exploitation, str(expl), rng)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    suspects = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, suspects, rng, tags, blank=forced_blank == "n_suspects"
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.01:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = _word(src, src.gender, gender, rng), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, src.not_recorded), "unknown"
    else:
        cells["age_group"], exp["age_group"] = _word(src, src.age, age, rng), age

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.02:
        tags.extend(["blank_nationality", "unknown_word"])
        cells["nationality"], exp["nationality"] = src.unknown, None
    else:
        cells["nationality"] = _nationality(src, str(nat), rng, tags)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None or (col == "detection_country" and forced_blank == col):
            if iso is not None:
                tags.append(f"blank_{col}")
            cells[col], exp[col] = None, None
            continue
        cells[col] = _country(src, str(iso), rng, tags)
        exp[col] = str(iso)

    transit = None if ev["transit_countries"] is None else str(ev["transit_countries"])
    cells["transit_countries"] = _countries_list(src, transit, rng, tags)
    exp["transit_countries"] = transit

    if rng.random() < 0.015:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.not_recorded), "unknown"
    else:
        cells["transport_mode"], exp["transport_mode"] = _word(src, src.mode, mode, rng), mode

    coords, exp["lat"], exp["lon"] = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(coords)

    offences = ev["linked_offences"]
    if offences is None:
        none_word = src.date_style == "uk" and rng.random() < 0.1
        if none_word:
            tags.append("none_word")
        cells["linked_offences"] = "None identified" if none_word else None
        exp["linked_offences"] = None
    else:
        words = [_word(src, src.offences, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    # The UK lead's free-typed cells: an odd capital or trailing space now and then.
    if src.date_style == "uk" and rng.random() < 0.05:
        col = choice(rng, ("crime_type", "transport_mode", "gender"))
        if isinstance(cells[col], str):
            tags.append("case_spacing")
            cells[col] = str(cells[col]).upper() + " "
    return cells, exp, tags


#: The variant: its desks, who logs which event first and second, and its writers.
BLIND422: Examiner[PhSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_SMURFIT.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=422,
    blank_share=0.3,
)


def make_blind422(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five packaging desks of set ``blind422`` log them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``ds_smith_msl_ph.csv``, ``pgs_palettes_conformite_ph.csv``,
        ``saica_cumplimiento_ph.xlsx``, ``gondi_ctpat_ph.csv`` and
        ``smurfit_westrock_hrdd_ph.jsonl``, each with its expected rows
        (:data:`trendlib.samples.TRUTH_ROW_COLUMNS`).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind422(make_truth(seed=4, n_events=300), seed=4)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ds_smith_msl_ph.csv', 'pgs_palettes_conformite_ph.csv', 'saica_cumplimiento_ph.xlsx',
     'gondi_ctpat_ph.csv', 'smurfit_westrock_hrdd_ph.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    """
    return make_examined(BLIND422, truth, seed=seed)
