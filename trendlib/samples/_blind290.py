"""Examiner sample set ``blind290`` (files ``*_kf.*``): housing-enforcement teams.

Five agencies that find exploited workers and smuggled migrants where they are housed
(overcrowded houses in multiple occupation, *cuarterías*, shanty settlements, safe
houses), each writing its export its own way:

``cieh_psh_referrals_kf.csv``
    UK councils' private-sector housing (PSH) teams, modern-slavery referrals collated
    by the Chartered Institute of Environmental Health. English, UTF-8 with BOM, ``,``.
    Day-first dates (``17/05/2023``, ``17-May-2023``), nationality as a demonym
    (``Afghan``, ``Iraqi Kurd``; a bare ``Kurdish`` names no nationality), the UK
    nation (``England``, ``Scotland``) as the country of detection, UK terms (``Modern
    slavery``, ``OIC``), the route as ``France > Germany``, ``Lat/Long`` in one cell.
``pdlhi_orthi_kf.csv``
    France's *pôles départementaux de lutte contre l'habitat indigne* (Nord,
    Pas-de-Calais), an ORTHI extraction re-saved in Excel. French, cp1252, ``;``,
    ``dd/mm/yyyy`` and ``dd/mm/yy``, decimal commas, ``Angleterre`` for the United
    Kingdom, ``NC`` for a count not known, and a share of cells garbled (UTF-8 read as
    cp1252) before the re-save.
``mivau_infravivienda_kf.xlsx``
    Spain's municipal housing inspections (*infravivienda*, *asentamientos*), collated
    by the housing ministry. Spanish workbook with real Excel dates and some dates
    typed as text, the Criminal Code's articles (``art. 177 bis CP`` = trafficking,
    ``art. 318 bis CP`` = smuggling), ``H``/``M`` for *hombre*/*mujer*, counts typed as
    ``8 moradores``, coordinates as numbers or as text with a decimal comma.
``miviot_cuarterias_kf.csv``
    Panama's housing ministry (MIVIOT), Darién regional office, inspections of
    *cuarterías* and shelters. Excel's "Unicode text" export: UTF-16, tab-separated.
    ``dd/mm/yyyy`` or an Excel serial, nationality as the feminine adjective
    (``venezolana``), ``M``/``F`` for *masculino*/*femenino*, ``NNA`` for minors,
    ``EE.UU.``, coordinates in degrees-minutes-seconds with ``O`` (*oeste*) for west.
``hic_hlrn_violations_kf.jsonl``
    Habitat International Coalition's Housing and Land Rights Network violation
    database (the compilation: every event no other agency reports, and a second
    report of some UK, French and Spanish cases). English keys, ASCII-escaped JSON,
    ISO dates or only a month (``2023-05``) or a quarter (``Q2 2023``), the transit
    countries as a JSON array, ``0``/``0`` coordinates when the place was not mapped.

The truth says what a careful analyst reads from each cell: a word meaning "not
known" gives no value (``unknown`` for a vocabulary column), a word meaning zero gives
0, an unreadable cell (Excel error) makes the row a bad row.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind290"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class HousingSource(ExaminerSource):
    """A source of ``blind290``: the shared fields plus the agency's own kind.

    Attributes
    ----------
    kind : str
        Which agency's habits the renderer applies (``"psh"``, ``"orthi"``,
        ``"mivau"``, ``"miviot"`` or ``"hlrn"``).
    """

    kind: str


# --------------------------------------------------------------------------------------
# The agencies' words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "psh": {
        "trafficking": ("Modern slavery", "Modern Slavery", "Modern slavery (trafficking)"),
        "smuggling": ("Organised immigration crime", "OIC", "Organised Immigration Crime"),
        "both": ("Modern slavery + OIC", "MS & OIC"),
    },
    "orthi": {
        "trafficking": ("traite des êtres humains", "TEH", "Traite des êtres humains"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "aide au séjour irrégulier",
            "trafic de migrants",
        ),
        "both": ("TEH et aide au séjour irrégulier", "traite + trafic de migrants"),
    },
    "mivau": {
        "trafficking": ("trata de seres humanos", "art. 177 bis CP", "Trata de seres humanos"),
        "smuggling": (
            "favorecimiento de la inmigración irregular",
            "art. 318 bis CP",
            "tráfico de migrantes",
        ),
        "both": ("trata y tráfico (arts. 177 bis y 318 bis CP)", "trata + inmigración irregular"),
    },
    "miviot": {
        "trafficking": ("Trata de personas", "trata de personas"),
        "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "hlrn": {
        "trafficking": ("human trafficking", "trafficking in persons"),
        "smuggling": ("migrant smuggling", "smuggling of migrants"),
        "both": ("trafficking and smuggling",),
    },
}

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "psh": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Labour"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation - cannabis cultivation",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "orthi": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "mivau": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "miviot": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    "hlrn": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}

#: Cell of the exploitation column on a pure smuggling row.
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "psh": (None, None, "N/A"),
    "orthi": (None, "sans objet"),
    "mivau": (None,),
    "miviot": (None, "No aplica"),
    "hlrn": (None,),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "psh": {
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female"),
    },
    "orthi": {
        "female": ("femmes", "F", "féminin"),
        "male": ("hommes", "H", "masculin"),
        "mixed": ("mixte", "hommes et femmes", "H/F"),
    },
    # Spain's forms write H (hombre) and M (mujer)
    "mivau": {
        "female": ("mujeres", "M", "mujer"),
        "male": ("hombres", "H", "varones"),
        "mixed": ("ambos sexos", "mixto"),
    },
    # Panama's forms write M (masculino) and F (femenino)
    "miviot": {
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    "hlrn": {
        "female": ("women", "female"),
        "male": ("men", "male"),
        "mixed": ("mixed", "men and women"),
    },
}
_GENDER_UNKNOWN: dict[str, tuple[str | None, ...]] = {
    "psh": (None, "Not recorded"),
    "orthi": (None, "non renseigné"),
    "mivau": (None, "no consta"),
    "miviot": (None, "N/D"),
    "hlrn": (None, "not specified"),
}

_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "psh": {
        "child": ("Under 18", "U18", "Child(ren)"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Adults & U18s", "Mixed ages"),
    },
    "orthi": {
        "child": ("mineurs", "mineur(s)", "mineurs non accompagnés"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "adultes et enfants"),
    },
    "mivau": {
        "child": ("menores", "menores de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores",),
    },
    "miviot": {
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "hlrn": {
        "child": ("children", "minors"),
        "adult": ("adults",),
        "mixed": ("adults and children",),
    },
}
#: Words meaning "not recorded" in the age and transport columns.
_NA_WORD = {
    "psh": ("Not recorded", "N/K"),
    "orthi": ("non renseigné", "inconnu"),
    "mivau": ("no consta",),
    "miviot": ("N/D", "Sin dato"),
    "hlrn": ("not specified",),
}

_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "psh": {
        "sea": ("Small boat", "Boat", "Small boat (Channel)"),
        "land": ("Lorry/HGV", "Lorry", "Concealed in vehicle"),
        "air": ("Flight", "Air"),
    },
    "orthi": {
        "sea": ("small boat", "embarcation", "bateau"),
        "land": ("camion", "poids lourd", "voiture"),
        "air": ("avion", "aérien"),
    },
    "mivau": {
        "sea": ("patera", "cayuco", "embarcación neumática", "marítimo"),
        "land": ("terrestre", "vehículo", "a pie"),
        "air": ("aéreo", "avión"),
    },
    "miviot": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Caminando (selva)"),
        "air": ("Aéreo",),
    },
    "hlrn": {
        "sea": ("sea", "boat"),
        "land": ("land", "overland", "on foot"),
        "air": ("air",),
    },
}

_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "psh": {
        "document_fraud": ("False ID documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis cultivation"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "orthi": {
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "mivau": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "miviot": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Drogas", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "hlrn": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {"psh": "; ", "orthi": " + ", "mivau": "; ", "miviot": ", ", "hlrn": ", "}
_TRANSIT_SEP = {"psh": " > ", "orthi": ", ", "mivau": " - ", "miviot": " / "}
#: Words for "no transit country" (the person came straight).
_DIRECT = {"psh": "Direct", "orthi": "direct", "mivau": "directo", "miviot": "Directo"}

#: Words for a count of persons the agency does not know (the record is kept).
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "psh": ("not known", "TBC"),
    "orthi": ("NC", "inconnu"),
    "mivau": ("sin determinar",),
    "miviot": ("N/D",),
    "hlrn": ("unknown",),
}
#: Words for a count of suspects the agency does not know.
_SUSPECTS_UNKNOWN: dict[str, tuple[str, ...]] = {
    "psh": ("Not known",),
    "orthi": ("NC",),
    "mivau": ("s/d",),
    "miviot": ("N/D",),
    "hlrn": ("unknown",),
}
#: Words meaning "no suspect" (a count of 0).
_ZERO_WORD: dict[str, tuple[str, ...]] = {
    "psh": ("None", "Nil"),
    "orthi": ("aucun",),
    "mivau": ("ninguno",),
    "miviot": ("Ninguno",),
    "hlrn": ("none",),
}

# English demonyms a UK council writes in its "Nationality" column.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
}
# Spanish feminine adjectives ("nacionalidad venezolana") of Panama's forms.
_DEMONYM_ES = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
# Names an agency uses for some countries, besides the table's.
_OWN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "psh": {"GBR": ("UK", "United Kingdom"), "VNM": ("Vietnam", "Viet Nam")},
    "orthi": {"GBR": ("Royaume-Uni", "Angleterre", "UK"), "VNM": ("Vietnam", "Viêt Nam")},
    "mivau": {"ROU": ("Rumanía", "Rumania"), "CIV": ("Costa de Marfil",)},
    "miviot": {"USA": ("Estados Unidos", "EE.UU.", "EEUU"), "MEX": ("México", "Mexico")},
    "hlrn": {
        "TUR": ("Türkiye", "Turkey"),
        "CIV": ("Côte d'Ivoire", "Ivory Coast"),
        "MKD": ("North Macedonia", "Macedonia"),
        "SYR": ("Syria", "Syrian Arab Republic"),
        "VNM": ("Viet Nam", "Vietnam"),
        "USA": ("United States", "USA"),
        "RUS": ("Russia", "Russian Federation"),
        "GBR": ("United Kingdom", "UK"),
    },
}

# Other names HLRN's members type for a few countries.
_HLRN_ALIASES = {"BIH": "Bosnia", "GMB": "The Gambia", "GIN": "Guinea-Conakry", "IRN": "Iran"}

_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_MONTHS_LONG = (
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
_ES_NUMBERS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho")


def _strip_accents(text: str) -> str:
    """Return ``text`` without its accents (``Malí`` -> ``Mali``)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_PSH = HousingSource(
    source="cieh_psh_referrals_kf",
    filename="cieh_psh_referrals_kf.csv",
    ref="PSH/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Date of Inspection",
        "detection_country": "Nation",
        "coordinates": "Lat/Long",
        "crime_type": "Concern Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Occupants Found",
        "gender": "Occupants Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route to UK (if known)",
        "destination_country": "Destination",
        "transport_mode": "Means of Entry to UK",
        "n_suspects": "Perpetrators Identified",
        "linked_offences": "Other Offences",
    },
    note="Extract from CIEH PSH referrals log - OFFICIAL-SENSITIVE - not for onward circulation",
    total="TOTAL",
    bad_count=("#REF!", "#VALUE!"),
    repeats=True,
    kind="psh",
)
_ORTHI = HousingSource(
    source="pdlhi_orthi_kf",
    filename="pdlhi_orthi_kf.csv",
    ref="HI-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier ORTHI",
        "event_date": "Date de visite",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb d'occupants",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe des occupants",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode de passage prévu",
        "detection_country": "Pays",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction ORTHI - PDLHI 59/62 - diffusion restreinte",
    total="Total général",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
    kind="orthi",
)
_MIVAU = HousingSource(
    source="mivau_infravivienda_kf",
    filename="mivau_infravivienda_kf.xlsx",
    ref="INSP/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de inspección",
        "detection_country": "País",
        "lat": "Latitud",
        "lon": "Longitud",
        "n_persons": "Nº de moradores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_suspects": "Nº de investigados",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales - consolidado de actas municipales de inspección",
    total="TOTAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    kind="mivau",
)
_MIVIOT = HousingSource(
    source="miviot_cuarterias_kf",
    filename="miviot_cuarterias_kf.csv",
    ref="DRD-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de Informe",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de ocupantes",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: MIVIOT - Dirección Regional de Darién. Cifras preliminares",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    kind="miviot",
)
_HLRN = HousingSource(
    source="hic_hlrn_violations_kf",
    filename="hic_hlrn_violations_kf.jsonl",
    ref="HLRN-{year}-{seq:04d}",
    format="jsonl",
    encoding="ascii",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "violation_id",
        "event_date": "date",
        "detection_country": "country",
        "crime_type": "issue",
        "exploitation": "exploitation",
        "n_persons": "persons_affected",
        "n_suspects": "perpetrators",
        "gender": "gender",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "transit_countries": "transit",
        "transport_mode": "means_of_travel",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_violations",
    },
    note="Note: entries pending verification by HLRN members",
    total="Total persons affected",
    bad_count=("#VALUE!", "see narrative"),
    repeats=True,
    kind="hlrn",
)

#: The five sources of ``blind290``, in the order of the submissions.
SOURCES: tuple[HousingSource, ...] = (_PSH, _ORTHI, _MIVAU, _MIVIOT, _HLRN)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: HousingSource, iso: str, rng: _Rng, tags: list[str]) -> str:
    """Return one country as the agency writes it (an analyst reads ``iso``)."""
    kind = src.kind
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    own = _OWN_NAMES.get(kind, {}).get(iso)
    r = rng.random()
    if own is not None and r < 0.5:
        return choice(rng, own)
    if kind == "psh":
        if r < 0.06:
            tags.append("country_typo")
            return str(row[5])
        return name.upper() if r < 0.12 else name
    if kind == "orthi":
        if r < 0.35:
            return name.upper()
        if r < 0.45:
            tags.append("country_no_accent")
            return _strip_accents(name)
        return name
    if kind == "mivau":
        if r < 0.15:
            tags.append("country_iso3")
            return iso
        if r < 0.3:
            return name.upper()
        if r < 0.4:
            tags.append("country_no_accent")
            return _strip_accents(name)
        return name
    if kind == "miviot":
        if r < 0.2:
            return _strip_accents(name).upper()
        return name
    # hlrn: English names, ISO alpha-2 codes, a few common aliases
    if r < 0.25:
        tags.append("country_iso2")
        return iso_codes(iso)[0]
    if r < 0.32 and iso in _HLRN_ALIASES:
        tags.append("country_alias")
        return _HLRN_ALIASES[iso]
    return name


def _nationality(
    src: HousingSource, iso: str, rng: _Rng, tags: list[str]
) -> tuple[str, str | None]:
    """Return the nationality cell and the ISO code an analyst reads from it."""
    if src.kind == "psh" and iso in _DEMONYM_EN:
        if iso in ("IRQ", "IRN", "SYR"):
            r = rng.random()
            if r < 0.04:  # an ethnicity, no nationality
                tags.extend(["ethnicity_only", "blank_nationality"])
                return "Kurdish", None
            if r < 0.15:
                tags.append("demonym")
                return f"{_DEMONYM_EN[iso]} Kurd", iso
        tags.append("demonym")
        return _DEMONYM_EN[iso], iso
    if src.kind == "miviot" and iso in _DEMONYM_ES and rng.random() < 0.6:
        tags.append("demonym")
        word = _DEMONYM_ES[iso]
        return (word.capitalize() if rng.random() < 0.4 else word), iso
    return _country(src, iso, rng, tags), iso


def _word(rng: _Rng, words: dict[str, tuple[str, ...]], key: str) -> str:
    """Return one of the agency's words for ``key``."""
    return choice(rng, words[key])


def _day_text(src: HousingSource, ts: pd.Timestamp, rng: _Rng) -> object:
    """Return a day-precision date as the agency writes it."""
    kind = src.kind
    r = rng.random()
    if kind == "psh":
        if r < 0.2:
            return f"{ts.day:02d}-{_EN_MONTHS[ts.month - 1]}-{ts.year}"
        return ts.strftime("%d/%m/%Y")
    if kind == "orthi":
        return ts.strftime("%d/%m/%y") if r < 0.15 else ts.strftime("%d/%m/%Y")
    if kind == "mivau":
        if r < 0.12:
            return ts.strftime("%d/%m/%Y")
        if r < 0.17:
            return ts.strftime("%d-%m-%Y")
        return ts.to_pydatetime()
    if kind == "miviot":
        if r < 0.2:
            return str((ts - pd.Timestamp("1899-12-30")).days)  # an Excel serial
        if r < 0.25:
            return f"{ts.day}-{_ES_MONTHS[ts.month - 1]}-{ts.year}"
        return ts.strftime("%d/%m/%Y")
    if r < 0.12:
        return f"{ts.day} {_EN_MONTHS_LONG[ts.month - 1]} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _date(
    src: HousingSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return the date cell, the date an analyst reads from it and its precision."""
    r = rng.random()
    if partial_ok:
        quarter = (ts.month - 1) // 3 + 1
        q_start = pd.Timestamp(year=ts.year, month=3 * quarter - 2, day=1)
        m_start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
        if src.kind == "hlrn":
            if r < 0.1:
                tags.append("month_only")
                return ts.strftime("%Y-%m"), m_start, "month"
            if r < 0.2:
                tags.append("quarter_only")
                return f"Q{quarter} {ts.year}", q_start, "quarter"
        elif src.kind == "psh" and r < 0.03:
            tags.append("month_only")
            return f"{_EN_MONTHS_LONG[ts.month - 1]} {ts.year}", m_start, "month"
        elif src.kind == "orthi" and r < 0.03:
            tags.append("month_only")
            return ts.strftime("%m/%Y"), m_start, "month"
        elif src.kind == "mivau" and r < 0.03:
            tags.append("quarter_only")
            return f"T{quarter} {ts.year}", q_start, "quarter"
    cell = _day_text(src, ts, rng)
    if isinstance(cell, str) and cell.isdigit():
        tags.append("excel_serial")
    return cell, ts.normalize(), "day"


def _count(src: HousingSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the persons cell and the count an analyst reads from it."""
    kind = src.kind
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[kind]), None
    if kind == "mivau":
        if r < 0.06:
            tags.append("count_unit")
            return f"{n} moradores", n
        if r < 0.08 and n < len(_ES_NUMBERS):
            tags.append("count_words")
            return _ES_NUMBERS[n], n
        return n, n
    if n >= 1000:
        tags.append("thousands_sep")
        if kind == "orthi":
            return f"{n // 1000}\u00a0{n % 1000:03d}", n
        return (f"{n:,}" if kind != "hlrn" or r < 0.5 else n), n
    return (n if kind == "hlrn" else str(n)), n


def _suspects(
    src: HousingSource, n: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Return the suspects cell and the count an analyst reads from it."""
    kind = src.kind
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.04:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.07:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_UNKNOWN[kind]), None
    if n == 0 and r < 0.5:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[kind]), 0
    if kind in ("mivau", "hlrn"):
        return n, n
    return str(n), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Return the degrees-minutes-seconds text of ``value`` and the value it reads as."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    back = (deg + minutes / 60 + tenths / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}", back


def _place(
    src: HousingSource, lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the coordinate cells and the point an analyst reads from them."""
    kind = src.kind
    if lat is None or lon is None or rng.random() < 0.05:
        tags.append("coords_missing")
        if kind in ("psh", "miviot"):
            return {"coordinates": None}, None, None
        return {"lat": None, "lon": None}, None, None
    if kind == "psh":
        dp = 5 if rng.random() < 0.7 else 4
        la, lo = round(lat, dp), round(lon, dp)
        sep = ", " if rng.random() < 0.7 else ","
        return {"coordinates": f"{la:.{dp}f}{sep}{lo:.{dp}f}"}, la, lo
    if kind == "orthi":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if kind == "mivau":
        if rng.random() < 0.15:
            tags.append("decimal_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
            )
        return {"lat": float(lat), "lon": float(lon)}, lat, lon
    if kind == "miviot":
        if rng.random() < 0.5:
            tags.append("coords_dms")
            la_txt, la = _dms(lat, "N", "S")
            lo_txt, lo = _dms(lon, "E", "O")  # O: oeste (west)
            return {"coordinates": f"{la_txt} {lo_txt}"}, la, lo
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if rng.random() < 0.03:  # the web form's map was never clicked
        tags.append("coords_placeholder")
        return {"lat": 0.0, "lon": 0.0}, None, None
    return {"lat": float(lat), "lon": float(lon)}, lat, lon


def _transit(src: HousingSource, codes: str | None, rng: _Rng, tags: list[str]) -> object:
    """Return the transit cell (countries in order), a "direct" word or a blank."""
    if codes is None:
        if src.kind != "hlrn" and rng.random() < 0.3:
            tags.append("direct_word")
            return _DIRECT[src.kind]
        return None
    names = [_country(src, c, rng, tags) for c in codes.split("|")]
    if src.kind == "hlrn":
        tags.append("transit_array")
        return names
    return _TRANSIT_SEP[src.kind].join(names)


def _offences(src: HousingSource, codes: str | None, rng: _Rng) -> str | None:
    if codes is None:
        return None
    words = _OFFENCE[src.kind]
    return _OFFENCE_SEP[src.kind].join(_word(rng, words, c) for c in codes.split("|"))


def _garble(src: HousingSource, cells: dict[str, object], tags: list[str]) -> None:
    """Garble the text cells of a French row (UTF-8 read as cp1252 before the re-save)."""
    hit = False
    for key in ("crime_type", "exploitation", "nationality", "origin_country", "transport_mode"):
        value = cells.get(key)
        if isinstance(value, str):
            bad = mojibake(value)
            if bad is not None and fits(bad, src):
                cells[key] = bad
                hit = True
    if hit:
        tags.append("mojibake")


def _int(value: object) -> int:
    """Return a count of the truth as a Python int."""
    return int(str(value))


def _render(
    src: HousingSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    kind = src.kind
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _CRIME[kind], crime)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = rng.choice(np.array(_NO_EXPLOITATION[kind], dtype=object))
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, _EXPLOITATION[kind], str(expl))
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _count(src, _int(ev["n_persons"]), rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, _int(ev["n_suspects"]), rng, tags, blank=forced_blank == "n_suspects"
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        tags.append("blank_gender")
        cells["gender"] = rng.choice(np.array(_GENDER_UNKNOWN[kind], dtype=object))
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _word(rng, _GENDER[kind], gender)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"] = choice(rng, _NA_WORD[kind])
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = _word(rng, _AGE[kind], age)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.02:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"], exp["nationality"] = _nationality(src, nat, rng, tags)

    origin = ev["origin_country"]
    if origin is None or (kind == "psh" and rng.random() < 0.15):
        tags.append("blank_origin")
        cells["origin_country"], exp["origin_country"] = None, None
    else:
        cells["origin_country"] = _country(src, str(origin), rng, tags)
        exp["origin_country"] = str(origin)

    dest = ev["destination_country"]
    cells["destination_country"] = None if dest is None else _country(src, str(dest), rng, tags)
    exp["destination_country"] = dest

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        if kind == "psh":
            hotspot = str(ev.get("hotspot") or "")
            nation = "Scotland" if hotspot == "Glasgow" else "England"
            if rng.random() < 0.85:
                tags.append("uk_nation")
                cells["detection_country"] = nation
            else:
                cells["detection_country"] = "UK"
        elif kind == "hlrn" and rng.random() < 0.4:
            cells["detection_country"] = iso_codes(det)[0]
        else:
            cells["detection_country"] = _country(src, det, rng, tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, _NA_WORD[kind])
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = _word(rng, _MODE[kind], mode)
        exp["transport_mode"] = mode

    lat = None if ev["lat"] is None else float(ev["lat"])  # type: ignore[arg-type]
    lon = None if ev["lon"] is None else float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        place: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _place(src, lat, lon, rng, tags)
    cells.update(place)

    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, None if offences is None else str(offences), rng)
    exp["linked_offences"] = offences

    if kind == "orthi" and rng.random() < 0.12:
        _garble(src, cells, tags)
    return cells, exp, tags


def _bad_date(src: HousingSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: blank, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        ahead = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
        if src.kind == "mivau":
            return ahead.to_pydatetime()
        if src.kind == "hlrn":
            return ahead.strftime("%Y-%m-%d")
        return ahead.strftime("%d/%m/%Y")
    day = choice(rng, ("30/02", "31/04", "32/05", "00/07"))
    if src.kind == "hlrn":
        d, m = day.split("/")
        return f"{ts.year}-{m}-{d}"
    if src.kind == "orthi" and rng.random() < 0.5:
        return f"{day}/{ts.year % 100:02d}"
    return f"{day}/{ts.year}"


def _note_date(src: HousingSource, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row (a week after the last row)."""
    when = last + pd.Timedelta(days=7)
    if src.kind == "mivau":
        return when.to_pydatetime()
    if src.kind == "hlrn":
        return when.strftime("%Y-%m-%d")
    return when.strftime("%d/%m/%Y")


_EXAMINER: Examiner[HousingSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _PSH.source,
        "FRA": _ORTHI.source,
        "ESP": _MIVAU.source,
        "PAN": _MIVIOT.source,
    },
    compilation=_HLRN.source,
    secondary={
        ("channel", "FRA"): _HLRN.source,
        ("channel", "GBR"): _HLRN.source,
        ("thb_vnm_gbr", "GBR"): _HLRN.source,
        ("thb_rou_esp", "ESP"): _HLRN.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=290,
    blank_share=0.35,
)


def make_blind290(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five housing-enforcement agencies of ``blind290``.

    Events detected in the United Kingdom go to the UK councils' PSH referrals, those
    in France to the French PDLHI extraction, those in Spain to the Spanish housing
    inspections, those in Panama to MIVIOT; every other event (Italy, Greece, Croatia,
    Poland, the United States) to HIC-HLRN's violation database, which also reports a
    second time some Channel, Viet Nam-UK and Romania-Spain cases.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``cieh_psh_referrals_kf.csv``, ``pdlhi_orthi_kf.csv``,
        ``mivau_infravivienda_kf.xlsx``, ``miviot_cuarterias_kf.csv`` and
        ``hic_hlrn_violations_kf.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind290(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cieh_psh_referrals_kf.csv', 'pdlhi_orthi_kf.csv', 'mivau_infravivienda_kf.xlsx',
     'miviot_cuarterias_kf.csv', 'hic_hlrn_violations_kf.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'ascii']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier ORTHI', 'Date de visite', 'Qualification pénale']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
