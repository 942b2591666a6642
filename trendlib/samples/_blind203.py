"""Examiner sample set ``blind203`` (files ``*_gw.*``): sport-integrity and protection desks.

Five agencies that meet trafficking through fake football academies, sports recruitment
of young West Africans and forced or servile marriage, each writing its export its own
way:

``foot_solidaire_gw.csv``
    Foot Solidaire (Paris NGO for young African footballers stranded in Europe): French,
    cp1252, ``;``, CRLF; day-first dates, some only a month (``mai 2023``) or a quarter
    (``T2 2023``); French country names with ``Angleterre``, ``Guinée-Conakry`` or
    ``RCI``; counts with a space as thousands separator and small counts in words.
``karma_nirvana_gw.csv``
    Karma Nirvana (UK forced-marriage and honour-abuse helpline): English, Excel "Unicode
    text" (UTF-16 with BOM, tab-delimited); ``17 May 2023``, ``17/05/2023`` or
    ``17-May-23``; routes written ``Viet Nam > China > Russia``; ``FM`` for forced
    marriage.
``dgdia_infancia_gw.xlsx``
    Dirección General de Derechos de la Infancia y de la Adolescencia (Spain's child
    protection directorate): Spanish workbook; real Excel dates, a few bare serials, text
    dates and ``05/2023`` months; country names partly mojibake (``CamerÃºn``) from a
    badly imported CSV; coordinates as numbers, decimal-comma text or degrees and decimal
    minutes (``28º 06,12' N``).
``uefa_integrity_gw.jsonl``
    UEFA Integrity and Regulatory Unit: JSON lines from a case-management API, camelCase
    keys, upper-case enumerations, FIFA/UEFA trigram country codes (``GER``, ``CRO``,
    ``GRE``, ``BAN``, ``GUI``, ``NIG`` = Niger), lists as JSON arrays, ISO dates,
    datetimes, months and quarters; some pages sent twice (exact repeats).
``concacaf_integridad_gw.csv``
    Concacaf Integrity (Miami; Spanish working files): UTF-8, ``,``; US month-first dates
    throughout (``05/17/2023``, ``5/7/2023``); ``EE. UU.`` and ISO alpha-2 codes;
    coordinates as one ``lat, lon`` cell or copied from a map in degrees, minutes and
    seconds; the compilation source of every event no primary source reports.

Cells a careful analyst cannot read are planted on purpose and described in the truth:
placeholder counts (``NC``, ``n/k``, ``s/d``) keep the record with no count, unknown
words give ``unknown`` or nothing, vague quantifiers (``plusieurs``, ``varios``) are bad
counts to quarantine.
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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind203"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_PARTIAL = {"month_fr": "month", "quarter_fr": "quarter", "month_en": "month"}
_PARTIAL.update({"month_slash": "month", "month_iso": "month", "quarter_iso": "quarter"})
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: FIFA/UEFA association trigrams (as UEFA's case system writes countries) where they
#: differ from ISO alpha-3; every other country keeps its ISO alpha-3 code.
_FIFA = {
    "BGD": "BAN",
    "BGR": "BUL",
    "DEU": "GER",
    "DZA": "ALG",
    "GIN": "GUI",
    "GMB": "GAM",
    "GRC": "GRE",
    "GTM": "GUA",
    "HND": "HON",
    "HRV": "CRO",
    "HTI": "HAI",
    "MRT": "MTN",
    "NER": "NIG",
    "VNM": "VIE",
}

#: Common names each language uses besides the official one (read as the country).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "UK", "Royaume Uni"),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "CIV": ("RCI",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "TUR": ("Turquie",),
    },
    "en": {
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "GIN": ("Guinea-Conakry",),
        "SYR": ("Syrian Arab Republic",),
        "USA": ("USA",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "HTI": ("Haiti",),
        "MEX": ("Mexico",),
        "CHN": ("República Popular China",),
    },
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> design word -> the agency's words
        (the first is its usual one).
    unknown : tuple of str
        Words it writes for a value it does not know (countries, exploitation, sex).
    na_words : tuple of str
        Words it writes in the age and transport columns when not recorded.
    count_placeholders : tuple of str
        Count cells saying the number is not known.
    zero_words : tuple of str
        Words for no suspect at all.
    number_words : tuple of str
        Small numbers in words (index = number); empty if it never writes them.
    country_styles : mapping
        Style of a country cell -> weight (``name``, ``upper``, ``lower``, ``alias``,
        ``typo``, ``iso2``, ``iso3``, ``mojibake``, ``fifa``).
    transit_seps : tuple of str
        Separators of its transit lists (``"list"`` = a JSON array).
    direct_words : tuple of str
        What it writes for a direct route (empty cell if none).
    offence_seps : tuple of str
        Separators of its linked offences (``"list"`` = a JSON array).
    date_styles : mapping
        Date style -> weight.
    coord_style : str
        ``"none"``, ``"xlsx"``, ``"json"`` or ``"pair"``.
    thousands : tuple of str
        Thousands separators it writes in large counts.
    case_rate : float
        Share of text cells with changed case or stray spaces.
    words_rate : float
        Share of small counts written in words.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    number_words: tuple[str, ...]
    country_styles: Mapping[str, float]
    transit_seps: tuple[str, ...]
    direct_words: tuple[str, ...]
    offence_seps: tuple[str, ...]
    date_styles: Mapping[str, float]
    coord_style: str
    thousands: tuple[str, ...]
    case_rate: float
    words_rate: float


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_FOOT_SOLIDAIRE = Agency(
    source="foot_solidaire",
    filename="foot_solidaire_gw.csv",
    ref="FS-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb agents / intermédiaires",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de départ",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination annoncée",
        "detection_country": "Pays de repérage",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Autres infractions",
    },
    note="Extraction base dossiers – données provisoires, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite (faux agent)"),
            "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière", "passeurs"),
            "both": ("traite + trafic de migrants", "TEH et trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé", "mariage servile"),
            "other": ("autre", "autre (faux contrat sportif)"),
        },
        "gender": {
            "female": ("F", "féminin", "femmes"),
            "male": ("M", "masculin", "hommes"),
            "mixed": ("mixte", "F et M"),
        },
        "age_group": {
            "child": ("mineur", "MNA", "mineurs"),
            "adult": ("majeur", "majeurs"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "small boat", "embarcation"),
            "land": ("routier", "camion", "voie terrestre"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("inconnu", "NC", "non renseigné"),
    na_words=("NR", "non renseigné"),
    count_placeholders=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    number_words=("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"),
    country_styles={
        "name": 0.62,
        "upper": 0.12,
        "lower": 0.05,
        "alias": 0.12,
        "typo": 0.06,
        "iso3": 0.03,
    },
    transit_seps=(" / ", " - "),
    direct_words=("direct", "aucun"),
    offence_seps=(", ", " + "),
    date_styles={"dmy": 0.8, "dmy_short": 0.06, "month_fr": 0.09, "quarter_fr": 0.05},
    coord_style="none",
    thousands=("\u00a0", " "),
    case_rate=0.06,
    words_rate=0.08,
)

_KARMA_NIRVANA = Agency(
    source="karma_nirvana",
    filename="karma_nirvana_gw.csv",
    ref="KN{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date of incident",
        "crime_type": "Case type",
        "exploitation": "Exploitation / abuse type",
        "n_persons": "No. of victims",
        "n_suspects": "No. of perpetrators",
        "gender": "Victim sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route via",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transport_mode": "Travel method",
        "linked_offences": "Associated offences",
    },
    note="Extracted from CMS – figures subject to change",
    total="Total",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trafficking", "Modern slavery / trafficking", "MSHT"),
            "smuggling": ("People smuggling", "Smuggling"),
            "both": ("Trafficking & smuggling", "MSHT + smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage", "FM"),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Both", "Mixed"),
        },
        "age_group": {
            "child": ("Under 18", "Child", "U18"),
            "adult": ("18+", "Adult"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea", "Boat"),
            "land": ("Lorry", "Land", "Vehicle"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "cannabis cultivation"),
            "cybercrime": ("cyber-enabled",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Unknown", "n/k", "Not known"),
    na_words=("Not recorded", "n/k"),
    count_placeholders=("n/k", "Not known", "TBC"),
    zero_words=("None", "nil"),
    number_words=("zero", "one", "two", "three", "four", "five", "six", "seven", "eight"),
    country_styles={
        "name": 0.6,
        "upper": 0.08,
        "lower": 0.04,
        "alias": 0.14,
        "typo": 0.06,
        "iso2": 0.04,
        "iso3": 0.04,
    },
    transit_seps=(" > ", ", "),
    direct_words=("Direct", "None"),
    offence_seps=("; ", ", ", " & "),
    date_styles={"long_en": 0.45, "dmy": 0.35, "short_en": 0.12, "month_en": 0.08},
    coord_style="none",
    thousands=(",",),
    case_rate=0.06,
    words_rate=0.06,
)

_DGDIA = Agency(
    source="dgdia_infancia",
    filename="dgdia_infancia_gw.xlsx",
    ref="EXP-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de llegada/detección",
        "crime_type": "Tipología delictiva",
        "exploitation": "Fin de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Delitos conexos",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Datos provisionales – pendientes de validación por las CC. AA.",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata", "TSH"),
            "smuggling": (
                "tráfico ilícito de migrantes",
                "favorecimiento inmigración irregular",
                "tráfico de migrantes",
            ),
            "both": ("trata y tráfico", "trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "other": ("otras", "otra finalidad"),
        },
        "gender": {
            "female": ("Mujer", "Mujeres", "femenino"),
            "male": ("Hombre", "Varones", "masculino"),
            "mixed": ("Ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("NNA", "menor de edad", "menores"),
            "adult": ("adulto", "mayor de edad", "adultos"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("cayuco", "patera", "neumática", "embarcación"),
            "land": ("terrestre", "a pie", "vehículo"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("desconocido", "no consta", "s/d"),
    na_words=("no consta",),
    count_placeholders=("s/d", "no consta", "sin determinar"),
    zero_words=("ninguno",),
    number_words=(),
    country_styles={
        "name": 0.6,
        "upper": 0.1,
        "lower": 0.04,
        "mojibake": 0.12,
        "typo": 0.05,
        "alias": 0.04,
        "iso2": 0.03,
        "iso3": 0.02,
    },
    transit_seps=(" - ", " / "),
    direct_words=("directo", "ninguno"),
    offence_seps=(", ", " y "),
    date_styles={"xlsx_date": 0.78, "serial": 0.07, "dmy": 0.09, "month_slash": 0.06},
    coord_style="xlsx",
    thousands=(".",),
    case_rate=0.05,
    words_rate=0.0,
)

_UEFA = Agency(
    source="uefa_integrity",
    filename="uefa_integrity_gw.jsonl",
    ref="INT-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseId",
        "event_date": "incidentDate",
        "crime_type": "caseCategory",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "personsOfInterest",
        "gender": "sex",
        "age_group": "ageBand",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitCountries",
        "destination_country": "destinationCountry",
        "detection_country": "countryOfDetection",
        "transport_mode": "travelMode",
        "linked_offences": "relatedOffences",
        "lat": "latitude",
        "lon": "longitude",
    },
    note=None,
    total="TOTAL",
    bad_count=("MULTIPLE", "GROUP"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("HUMAN_TRAFFICKING",),
            "smuggling": ("MIGRANT_SMUGGLING",),
            "both": ("TRAFFICKING_AND_SMUGGLING",),
        },
        "exploitation": {
            "sexual": ("SEXUAL_EXPLOITATION",),
            "forced_labour": ("FORCED_LABOUR",),
            "forced_criminality": ("FORCED_CRIMINALITY",),
            "organ_removal": ("ORGAN_REMOVAL",),
            "forced_marriage": ("FORCED_MARRIAGE",),
            "other": ("OTHER",),
        },
        "gender": {"female": ("FEMALE",), "male": ("MALE",), "mixed": ("MIXED",)},
        "age_group": {"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
        "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
        "linked_offences": {
            "document_fraud": ("DOCUMENT_FRAUD",),
            "corruption": ("CORRUPTION",),
            "money_laundering": ("MONEY_LAUNDERING",),
            "illicit_goods": ("ILLICIT_GOODS",),
            "cybercrime": ("CYBERCRIME",),
            "terrorism": ("TERRORISM",),
        },
    },
    unknown=("UNKNOWN",),
    na_words=("UNKNOWN",),
    count_placeholders=(),
    zero_words=(),
    number_words=(),
    country_styles={"fifa": 1.0},
    transit_seps=("list",),
    direct_words=(),
    offence_seps=("list",),
    date_styles={"iso": 0.55, "iso_dt": 0.3, "month_iso": 0.1, "quarter_iso": 0.05},
    coord_style="json",
    thousands=(),
    case_rate=0.0,
    words_rate=0.0,
)

_CONCACAF = Agency(
    source="concacaf_integridad",
    filename="concacaf_integridad_gw.csv",
    ref="CCF-INT-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "ID de caso",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos relacionados",
        "coordinates": "Coordenadas",
    },
    note="Compilado por Integridad Concacaf a partir de reportes de federaciones – preliminar",
    total="TOTAL",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "trata"),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "unión forzada"),
            "other": ("Otra", "Otra (falsa promesa deportiva)"),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("Menor de edad", "NNA"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Mixto", "Adultos y menores"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Vía terrestre"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Soborno", "corrupción"),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Narcotráfico", "contrabando"),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Desconocido", "N/D", "Sin información"),
    na_words=("N/D", "Sin información"),
    count_placeholders=("N/D", "Sin información"),
    zero_words=("Ninguno",),
    number_words=("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho"),
    country_styles={
        "name": 0.6,
        "upper": 0.1,
        "lower": 0.06,
        "iso2": 0.1,
        "alias": 0.08,
        "typo": 0.06,
    },
    transit_seps=(", ", " - "),
    direct_words=(),
    offence_seps=("; ", ", "),
    date_styles={"mdy": 0.75, "mdy_bare": 0.25},
    coord_style="pair",
    thousands=(",",),
    case_rate=0.06,
    words_rate=0.04,
)

#: The set's agencies, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (_FOOT_SOLIDAIRE, _KARMA_NIRVANA, _DGDIA, _UEFA, _CONCACAF)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, another of the agency's words otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _noise(src: Agency, text: str, rng: _Rng) -> tuple[str, bool]:
    """Change case or add stray spaces to a text cell at the agency's rate."""
    if src.case_rate <= 0 or rng.random() >= src.case_rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    return out, out != text


def _typo(name: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    if len(name) < 6:
        return name
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return name
    return name[: i - 1] + b + a + name[i + 1 :]


def _country(src: Agency, iso: str, rng: _Rng, col: str) -> tuple[str, list[str]]:
    """Write one country the agency's way; return the text and its tags."""
    name = str(COUNTRIES[iso][_LANG_COL[src.language]])
    style = _pick(rng, src.country_styles)
    text = name
    if style == "fifa":
        text = _FIFA.get(iso, iso)
        return text, [f"fifa:{col}" if text != iso else f"iso3:{col}"]
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "alias":
        text = choice(rng, _ALIASES[src.language].get(iso, (name,)))
    elif style == "typo":
        text = str(COUNTRIES[iso][5]) if src.language == "en" else _typo(name)
    elif style == "mojibake":
        text = mojibake(name) or name
    if not fits(text, src):
        text = name
    tags = [] if text == name else [f"{style}:{col}"]
    if style not in ("iso2", "iso3"):
        text, noisy = _noise(src, text, rng)
        tags += [f"case:{col}"] if noisy else []
    return text, tags


def _vocab(src: Agency, col: str, value: str, rng: _Rng) -> tuple[str, list[str]]:
    text = _word(rng, src.words[col][value])
    text, noisy = _noise(src, text, rng)
    return text, [f"case:{col}"] if noisy else []


def _months(src: Agency) -> tuple[str, ...]:
    return _MONTHS_FR if src.language == "fr" else MONTHS


def _date(src: Agency, ts: pd.Timestamp, style: str) -> object:
    """Write a day (or its month or quarter) in one of the agency's date styles."""
    d, m, y = ts.day, ts.month, ts.year
    forms: dict[str, object] = {
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dmy_short": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "long_en": f"{d} {MONTHS[m - 1]} {y}",
        "short_en": f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}",
        "month_fr": f"{_MONTHS_FR[m - 1]} {y}",
        "quarter_fr": f"T{ts.quarter} {y}",
        "month_en": f"{MONTHS[m - 1]} {y}",
        "xlsx_date": dt.datetime(y, m, d),
        "serial": int((ts.normalize() - _EXCEL_EPOCH).days),
        "month_slash": f"{m:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "iso_dt": f"{y}-{m:02d}-{d:02d}T{8 + (d * 7) % 10:02d}:{(d * 13) % 60:02d}:00Z",
        "month_iso": f"{y}-{m:02d}",
        "quarter_iso": f"{y}-Q{ts.quarter}",
        "mdy": f"{m:02d}/{d:02d}/{y}",
        "mdy_bare": f"{m}/{d}/{y}",
    }
    return forms[style]


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons the agency's way (never a placeholder)."""
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        sep = choice(rng, src.thousands)
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
    if src.number_words and n < len(src.number_words) and rng.random() < src.words_rate:
        return src.number_words[n], ["count_word"]
    return (str(n) if src.format == "csv" else n), []


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes with a decimal comma: ``28º 06,12' N``."""
    hemi = pos if value >= 0 else neg
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{minutes:05.2f}".replace(".", ",")
    return f"{deg:0{width}d}º {text}' {hemi}"


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds as a map copies them: ``8°30'04.4"N``."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _read_dms(value: float) -> float:
    sign = 1 if value >= 0 else -1
    return sign * round(round(abs(value) * 36000) / 36000, 6)


def _read_ddm(deg: int, minutes: float, sign: int) -> float:
    return sign * round(deg + minutes / 60, 6)


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write a point the agency's way; return cells, the point read back and tags."""
    r = rng.random()
    if src.coord_style == "xlsx":
        if r < 0.05:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        if r < 0.15:
            cells: dict[str, object] = {
                "lat": _ddm(lat, "N", "S", 2),
                "lon": _ddm(lon, "E", "W", 3),
            }
            read = []
            for v in (lat, lon):
                deg = int(abs(v))
                minutes = round((abs(v) - deg) * 60, 2)
                read.append(_read_ddm(deg, minutes, 1 if v >= 0 else -1))
            return cells, read[0], read[1], ["coords_ddm"]
        if r < 0.3:
            cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
            return cells, lat, lon, ["decimal_comma:coordinates"]
        return {"lat": lat, "lon": lon}, lat, lon, []
    if src.coord_style == "json":
        if r < 0.04:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        return {"lat": lat, "lon": lon}, lat, lon, []
    if src.coord_style == "pair":
        if r < 0.04:
            return {"coordinates": None}, None, None, ["coords_missing"]
        if r < 0.08:
            return {"coordinates": choice(rng, src.na_words)}, None, None, ["coords_placeholder"]
        if r < 0.2:
            text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            read = [_read_dms(v) for v in (lat, lon)]
            return {"coordinates": text}, read[0], read[1], ["coords_dms"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    return {}, None, None, ["coords_missing"]


def _listed(
    src: Agency, codes: list[str], seps: tuple[str, ...], rng: _Rng, col: str
) -> tuple[object, list[str]]:
    """Join countries (or offence words) with the agency's separator, in order."""
    tags: list[str] = []
    parts = []
    for code in codes:
        if col == "transit_countries":
            text, t = _country(src, code, rng, col)
        else:
            text, t = _vocab(src, col, code, rng)
        parts.append(text)
        tags += t
    if seps == ("list",):
        return parts, tags
    return choice(rng, seps).join(parts), tags


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
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: the day, or only its month or quarter where the agency writes so.
    styles = dict(src.date_styles)
    if not partial_ok:
        styles = {k: v for k, v in styles.items() if k not in _PARTIAL} or {"dmy": 1.0}
    style = _pick(rng, styles)
    cells["event_date"] = _date(src, ts, style)
    precision = _PARTIAL.get(style, "day")
    exp["event_date"] = (
        ts.to_period("M").start_time
        if precision == "month"
        else ts.to_period("Q").start_time
        if precision == "quarter"
        else ts
    )
    exp["date_precision"] = precision
    if precision != "day":
        tags.append("partial_date")
    if style == "serial":
        tags.append("excel_serial")

    # Crime type and exploitation.
    crime = str(ev["crime_type"])
    cells["crime_type"], t = _vocab(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    tags += t
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    else:
        r = rng.random()
        if r < 0.03:
            cells["exploitation"], exp["exploitation"] = None, "unknown"
            tags.append("empty:exploitation")
        elif r < 0.07:
            cells["exploitation"], exp["exploitation"] = choice(rng, src.unknown), "unknown"
            tags.append("unknown_word:exploitation")
        else:
            cells["exploitation"], t = _vocab(src, "exploitation", str(expl), rng)
            exp["exploitation"] = expl
            tags += t

    # Persons: a placeholder keeps the record with no count.
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.02:
        if src.count_placeholders:
            cells["n_persons"] = choice(rng, src.count_placeholders)
        else:
            cells["n_persons"] = None  # the API's null: not known
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += t

    # Suspects: none in words, not known, or blank.
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"] = choice(rng, src.na_words) if src.format != "jsonl" else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    # Sex: blank or an unknown word gives "unknown".
    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.04:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags += ["blank_gender", "unknown_word:gender"]
    else:
        cells["gender"], t = _vocab(src, "gender", gender, rng)
        exp["gender"] = gender
        tags += t

    # Age band and transport: "not recorded" gives "unknown".
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags += ["na_word", f"na_word:{col}"]
        else:
            cells[col], t = _vocab(src, col, value, rng)
            exp[col] = value
            tags += t

    # Countries.
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        r = rng.random()
        if iso is None:
            cells[col], exp[col] = None, None
        elif forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col != "detection_country" and r < 0.03:
            word = choice(rng, src.unknown) if src.format != "jsonl" else None
            cells[col], exp[col] = word, None
            tags += [f"blank_{col}", f"unknown_word:{col}"]
        else:
            cells[col], t = _country(src, str(iso), rng, col)
            exp[col] = iso
            tags += t

    # Transit countries, in order; a direct route written as a word or left empty.
    transit = ev["transit_countries"]
    if transit is None:
        if src.transit_seps == ("list",):
            cells["transit_countries"] = []
        elif src.direct_words and rng.random() < 0.5:
            cells["transit_countries"] = choice(rng, src.direct_words)
            tags.append("direct_word")
        else:
            cells["transit_countries"] = None
        exp["transit_countries"] = None
    elif rng.random() < 0.03 and src.format != "jsonl":
        cells["transit_countries"] = choice(rng, src.unknown)
        exp["transit_countries"] = None
        tags.append("unknown_word:transit_countries")
    else:
        codes = str(transit).split("|")
        cells["transit_countries"], t = _listed(
            src, codes, src.transit_seps, rng, "transit_countries"
        )
        exp["transit_countries"] = transit
        tags += t

    # Linked offences.
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = [] if src.offence_seps == ("list",) else None
    else:
        cells["linked_offences"], t = _listed(
            src, str(offences).split("|"), src.offence_seps, rng, "linked_offences"
        )
        tags += t
    exp["linked_offences"] = offences

    # Place.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    place, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng)
    if forced_blank == "coordinates":
        place = dict.fromkeys(place)
        exp["lat"] = exp["lon"] = None
        t = ["blank_coordinates"]
    cells.update(place)
    tags += t
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell to quarantine: empty, impossible or decades ahead."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        day, month = (31, 2) if rng.random() < 0.5 else (31, int(choice(rng, ("04", "06", "09"))))
        if src.language == "en" and src.format == "jsonl":
            return f"{y}-{month:02d}-{day:02d}"
        if src.source == "concacaf_integridad":
            return f"{month:02d}/{day:02d}/{y}"
        return f"{day:02d}/{month:02d}/{y}"
    ahead = 10 if rng.random() < 0.5 else 100
    future = pd.Timestamp(y + ahead, ts.month, min(ts.day, 28))
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    if src.source == "concacaf_integridad":
        return future.strftime("%m/%d/%Y")
    if src.language == "en":
        return f"{future.day} {MONTHS[future.month - 1]} {future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the note row's date: the extraction, a few days after the last row."""
    day = last + pd.Timedelta(days=5)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "concacaf_integridad":
        return day.strftime("%m/%d/%Y")
    if src.language == "en":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return day.strftime("%d/%m/%Y")


#: The variant: who reports which event first, who may report it again.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "FRA": "foot_solidaire",
        "GBR": "karma_nirvana",
        "ESP": "dgdia_infancia",
        "ITA": "uefa_integrity",
        "GRC": "uefa_integrity",
        "HRV": "uefa_integrity",
        "POL": "uefa_integrity",
    },
    compilation="concacaf_integridad",
    secondary={
        ("watl", "ESP"): "foot_solidaire",
        ("wmed", "ESP"): "foot_solidaire",
        ("cmed", "ITA"): "foot_solidaire",
        ("thb_nga_ita", "ITA"): "foot_solidaire",
        ("channel", "GBR"): "foot_solidaire",
        ("channel", "FRA"): "karma_nirvana",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=203_2031,
    blank_share=0.3,
)


def make_blind203(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the ``blind203`` set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``foot_solidaire_gw.csv``, ``karma_nirvana_gw.csv``, ``dgdia_infancia_gw.xlsx``,
        ``uefa_integrity_gw.jsonl`` and ``concacaf_integridad_gw.csv``, each with the
        expected clean row of every written row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind203(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['foot_solidaire_gw.csv', 'karma_nirvana_gw.csv', 'dgdia_infancia_gw.xlsx',
     'uefa_integrity_gw.jsonl', 'concacaf_integridad_gw.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-16', 'utf-8', 'utf-8', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
