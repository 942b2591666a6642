"""Examiner sample set ``blind187`` (files ``*_gg.*``): the Urabá–Darién desk and its partners.

Five agencies write the true events, each the way its own tools and clerks do:

``policia_uraba_gg.csv``
    Policía Nacional de Colombia, Departamento de Policía Urabá (Necoclí, Turbo,
    Acandí/Capurganá): a SIEDCO-style extract of the migrant-smuggling and trafficking
    cases on the Colombia–Panama border strip, passed on through the binational
    exchange. Spanish, cp1252, ``;``, CRLF. Upper-case headers and values without
    accents on place names, nationality written as a demonym (``VENEZOLANA``,
    ``HAITIANO``), the Colombian penal-code article as the offence (``ARTÍCULO 188.
    TRÁFICO DE MIGRANTES``, ``188A`` for trafficking), ``NO REPORTA`` for what is not
    known, day-first dates with a share of Excel serial numbers pasted in, counts with
    a ``.`` thousands separator, coordinates with a decimal comma (``0`` when the GPS
    field was left at its default). The extract is re-sent with some rows repeated.
``asi_bogota_gg.xlsx``
    Ambassade de France en Colombie, service de sécurité intérieure (ASI Bogotá): the
    French liaison desk's table of Channel cases relayed to its Colombian partners.
    French, XLSX. Real Excel dates, and ``17 mai 2023``, ``mai 2023`` or ``T2 2023``
    when the partner service only gave the month or the quarter; ``mis en cause``,
    ``néant``, ``n.c.``, ``MNA``; one GPS cell ``50,95123 ; 1,85012``. The rows of
    April to September 2022 were pasted from a UTF-8 export opened as cp1252
    (mojibake: ``Ã‰rythrÃ©e``).
``dhs_attache_bogota_gg.csv``
    Office of the DHS Attaché, U.S. Embassy Bogotá: encounter data shared with the
    Colombian authorities on the migrants who crossed Colombia (US–Mexico border
    encounters and Darién encounters from the Panama biometric programme). English,
    UTF-8 with BOM, ``,``. Month-first dates (``05/17/2023``), ``May 2023`` for monthly
    figures, CBP's upper-case citizenship names (``CHINA, PEOPLES REPUBLIC OF``),
    ``Single Adults`` / ``Family Units`` / ``UAC``, ``UNK``, ``1,245``, a
    ``lat, long`` pair.
``cimcon_cartagena_gg.csv``
    Armada de Colombia, international maritime analysis centre in Cartagena (CIMCON):
    the partner navies' and coast guards' interdictions in the Mediterranean and the
    Atlantic. English with Spanish leftovers, UTF-16 (Excel "Unicode text") with tabs.
    Naval date-time groups (``171430Z MAY 23``) or ISO dates, ``POB``, ``NIL``,
    ISO alpha-3 codes (alpha-2 or numeric from some partners' feeds), positions in
    degrees and decimal minutes (``35°30.07'N 012°36.12'E``).
``ponal_enlace_europol_gg.jsonl``
    Oficina de Enlace de la Policía Nacional de Colombia ante Europol (The Hague): the
    liaison officer's digest of European cases reported through Europol; it reports
    every event no other source does. Spanish keys and values with Europol's English
    terms (``THB``, ``FII``), UTF-8 JSON lines. ISO dates, ``2023-05``, ``T2 2023``;
    Spanish country names, SIENA alpha-2 codes, ``s/d``, ``N/D``, counts sometimes
    written with their unit (``35 migrantes``).

The truth expects what a careful analyst reads from each cell: a placeholder count
(``SIN DATO``, ``UNK``) keeps the record without a count, an unreadable one
(``VARIOS``, ``une dizaine``) is a bad row; ``NO REPORTA`` and the like give
``unknown`` (vocabularies) or nothing (countries, counts, places).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

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

__all__ = ["AGENCIES", "make_blind187"]

_Rng = np.random.Generator
_Cells = dict[str, object]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: The months of the French desk's table that were pasted from a UTF-8 export read as
#: cp1252 (their accented letters are garbled).
_GARBLED = (pd.Timestamp("2022-04-01"), pd.Timestamp("2022-10-01"))


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: what the shared machinery reads plus its own wording.

    Attributes
    ----------
    vocab : mapping
        Column -> canonical word -> the agency's words for it (first = usual).
    unknown : str
        What the agency writes when a value is not known.
    not_applicable : str or None
        What it writes as the exploitation of a pure smuggling case (None: blank).
    zero : str
        Its word for no suspects.
    count_unknown : str
        Its placeholder for a count not known.
    direct : str or None
        What it writes as the transit of a direct journey (None: blank).
    transit_sep, offence_sep : str
        Separators of its transit-country and linked-offence lists.
    places : mapping
        Truth hotspot name -> the agency's place name.
    style : str
        Key of its date, country, count and coordinate writers.
    """

    vocab: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    unknown: str = "unknown"
    not_applicable: str | None = None
    zero: str = "0"
    count_unknown: str = "unknown"
    direct: str | None = None
    transit_sep: str = ", "
    offence_sep: str = ", "
    places: Mapping[str, str] = field(default_factory=dict)
    style: str = ""


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_POLICIA = Agency(
    source="policia_uraba",
    filename="policia_uraba_gg.csv",
    ref="054906099166{year}{seq:05d}",  # NUNC: DANE Necoclí + unit + year + consecutive
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "NUNC",
        "event_date": "FECHA HECHO",
        "place": "MUNICIPIO/SITIO",
        "detection_country": "PAIS HECHO",
        "crime_type": "DELITO",
        "exploitation": "FINALIDAD EXPLOTACION",
        "n_persons": "CANTIDAD",
        "n_suspects": "CAPTURADOS",
        "gender": "GENERO",
        "age_group": "AGRUPA EDAD PERSONA",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS ORIGEN",
        "transit_countries": "PAISES TRANSITO",
        "destination_country": "PAIS DESTINO",
        "transport_mode": "MEDIO TRANSPORTE",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="FUENTE: SIEDCO - POLICÍA NACIONAL. INFORMACIÓN PRELIMINAR SUJETA A CAMBIOS",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "MAS DE 20"),
    repeats=True,
    vocab={
        "crime_type": {
            "smuggling": ("ARTÍCULO 188. TRÁFICO DE MIGRANTES", "ART. 188 TRAFICO DE MIGRANTES"),
            "trafficking": ("ARTÍCULO 188A. TRATA DE PERSONAS", "ART. 188A TRATA DE PERSONAS"),
            "both": ("ARTS. 188 Y 188A. TRÁFICO DE MIGRANTES Y TRATA DE PERSONAS",),
        },
        "exploitation": {
            "sexual": ("EXPLOTACIÓN DE LA PROSTITUCIÓN AJENA", "EXPLOTACIÓN SEXUAL"),
            "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACIÓN LABORAL"),
            "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
            "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
            "forced_marriage": ("MATRIMONIO SERVIL",),
            "other": ("OTRAS FORMAS DE EXPLOTACIÓN",),
        },
        "gender": {
            "male": ("MASCULINO",),
            "female": ("FEMENINO",),
            "mixed": ("MIXTO", "MASCULINO Y FEMENINO"),
        },
        "age_group": {
            "adult": ("ADULTOS",),
            "child": ("MENORES", "NIÑOS, NIÑAS Y ADOLESCENTES"),
            "mixed": ("ADULTOS Y MENORES", "ADULTOS Y NNA"),
        },
        "transport_mode": {
            "land": ("A PIE", "TERRESTRE"),
            "sea": ("MARITIMO", "LANCHA"),
            "air": ("AEREO",),
        },
        "linked_offences": {
            "document_fraud": ("FALSEDAD EN DOCUMENTO PÚBLICO",),
            "corruption": ("COHECHO",),
            "money_laundering": ("LAVADO DE ACTIVOS",),
            "illicit_goods": ("TRÁFICO DE ESTUPEFACIENTES",),
            "cybercrime": ("DELITOS INFORMÁTICOS",),
            "terrorism": ("TERRORISMO",),
        },
    },
    unknown="NO REPORTA",
    not_applicable="NO APLICA",
    zero="NINGUNO",
    count_unknown="SIN DATO",
    direct=None,
    transit_sep=" - ",
    offence_sep="; ",
    places={
        "Darién gap": "ACANDI - FRONTERA LA MIEL / SAPZURRO (LADO PANAMA)",
        "Bajo Chiquito": "BAJO CHIQUITO (DARIEN - PANAMA)",
        "Lajas Blancas": "LAJAS BLANCAS (DARIEN - PANAMA)",
    },
    style="siedco",
)

_ASI = Agency(
    source="asi_bogota",
    filename="asi_bogota_gg.xlsx",
    ref="ASI-BOG/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "place": "Lieu",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données transmises par les services partenaires, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
    vocab={
        "crime_type": {
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "filière d'immigration irrégulière",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et filière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "hommes"),
            "female": ("F", "femmes"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "adult": ("majeurs",),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("camion (PL)", "routier", "à pied"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown="n.c.",
    not_applicable=None,
    zero="néant",
    count_unknown="n.c.",
    direct=None,
    transit_sep=" / ",
    offence_sep=" + ",
    places={
        "Calais": "Calais (62)",
        "Dunkirk/Gravelines": "Gravelines / Dunkerque (59)",
        "Dover": "Douvres (UK)",
    },
    style="asi",
)

_DHS = Agency(
    source="dhs_attache_bogota",
    filename="dhs_attache_bogota_gg.csv",
    ref="DHS-BOG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Event ID",
        "event_date": "Encounter Date",
        "place": "AOR",
        "detection_country": "Encounter Country",
        "crime_type": "Case Type",
        "exploitation": "Trafficking Type",
        "n_persons": "Total Encountered",
        "n_suspects": "Smugglers Arrested",
        "gender": "Gender",
        "age_group": "Demographic",
        "nationality": "Country of Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "transport_mode": "Mode",
        "coordinates": "Lat/Long",
        "linked_offences": "Associated Offenses",
    },
    note="Data are operational, preliminary and subject to change - LES",
    total="Grand Total",
    bad_count=("multiple", "several"),
    repeats=False,
    vocab={
        "crime_type": {
            "smuggling": ("Alien Smuggling", "8 USC 1324 - Alien Smuggling"),
            "trafficking": ("Human Trafficking", "TIP"),
            "both": ("Alien Smuggling / Human Trafficking",),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking",),
            "forced_labour": ("Labor Trafficking", "Forced Labor"),
            "forced_criminality": ("Forced Criminality",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "adult": ("Single Adults", "Adult"),
            "child": ("UAC", "Minor"),
            "mixed": ("Family Units", "Adults & Minors"),
        },
        "transport_mode": {
            "land": ("Land - on foot", "Land - vehicle"),
            "sea": ("Maritime",),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics",),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown="UNK",
    not_applicable=None,
    zero="None",
    count_unknown="UNK",
    direct=None,
    transit_sep="; ",
    offence_sep=" / ",
    places={
        "Nogales (Sonora/Arizona)": "Tucson Sector (Nogales AZ)",
        "Sasabe": "Tucson Sector (Sasabe AZ)",
        "El Paso": "El Paso Sector",
        "Rio Grande Valley": "Rio Grande Valley Sector",
        "Darién gap": "Darien Province, PAN",
        "Bajo Chiquito": "Bajo Chiquito (Darien, PAN)",
        "Lajas Blancas": "Lajas Blancas MRS (Darien, PAN)",
    },
    style="dhs",
)

_CIMCON = Agency(
    source="cimcon_cartagena",
    filename="cimcon_cartagena_gg.csv",
    ref="CIMCON-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Serial",
        "event_date": "DTG",
        "detection_country": "Detecting State",
        "place": "Area",
        "coordinates": "Position",
        "crime_type": "Activity",
        "exploitation": "Exploitation",
        "transport_mode": "Conveyance",
        "n_persons": "POB",
        "n_suspects": "Detained (facilitators)",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Destination",
        "linked_offences": "Related crimes",
    },
    note="UNCLASSIFIED - RELEASABLE TO CIMCON PARTNERS",
    total="TOTAL POB",
    bad_count=("SEVERAL", "MULTIPLE"),
    repeats=False,
    vocab={
        "crime_type": {
            "smuggling": ("MIGRANT SMUGGLING", "SOM"),
            "trafficking": ("TRAFFICKING IN PERSONS", "TIP"),
            "both": ("SOM/TIP",),
        },
        "exploitation": {
            "sexual": ("SEXUAL",),
            "forced_labour": ("FORCED LABOUR",),
            "forced_criminality": ("FORCED CRIMINALITY",),
            "organ_removal": ("ORGAN REMOVAL",),
            "forced_marriage": ("FORCED MARRIAGE",),
            "other": ("OTHER",),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("MIX",)},
        "age_group": {"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("ADULT+MINOR",)},
        "transport_mode": {
            "sea": ("SMALL BOAT", "FISHING VESSEL", "RUBBER BOAT", "CAYUCO"),
            "land": ("LAND", "VEHICLE"),
            "air": ("AIR",),
        },
        "linked_offences": {
            "document_fraud": ("DOC FRAUD",),
            "corruption": ("CORRUPTION",),
            "money_laundering": ("MONEY LAUNDERING",),
            "illicit_goods": ("DRUGS",),
            "cybercrime": ("CYBER",),
            "terrorism": ("TERRORISM",),
        },
    },
    unknown="UNK",
    not_applicable="N/A",
    zero="NIL",
    count_unknown="UNK",
    direct="DIRECT",
    transit_sep="/",
    offence_sep=", ",
    places={},
    style="cimcon",
)

_ENLACE = Agency(
    source="ponal_enlace_europol",
    filename="ponal_enlace_europol_gg.jsonl",
    ref="OE-EUROPOL/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "referencia",
        "event_date": "fecha_hecho",
        "detection_country": "pais_deteccion",
        "place": "lugar",
        "crime_type": "area_delictiva",
        "exploitation": "tipo_explotacion",
        "n_persons": "n_personas",
        "n_suspects": "n_detenidos",
        "gender": "sexo",
        "age_group": "edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "transport_mode": "medio",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=False,
    vocab={
        "crime_type": {
            "smuggling": (
                "Facilitación de la inmigración ilegal",
                "Tráfico de migrantes",
                "FII",
            ),
            "trafficking": ("Trata de seres humanos", "THB", "Trata de personas"),
            "both": ("THB / FII", "Trata y tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "other": ("otras formas",),
        },
        "gender": {"male": ("hombres",), "female": ("mujeres",), "mixed": ("mixto",)},
        "age_group": {
            "adult": ("adultos",),
            "child": ("menores", "NNA"),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("marítimo", "embarcación"),
            "land": ("terrestre", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación documental",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown="s/d",
    not_applicable=None,
    zero="ninguno",
    count_unknown="N/D",
    direct=None,
    transit_sep=", ",
    offence_sep=" / ",
    places={
        "Cetingrad (BIH–HRV border)": "Cetingrad (frontera BIH-HRV)",
        "Bajakovo (SRB–HRV border)": "Bajakovo (frontera SRB-HRV)",
        "Dover": "Dover",
        "London": "Londres",
    },
    style="enlace",
)

#: The set's agencies, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (_POLICIA, _ASI, _DHS, _CIMCON, _ENLACE)

# --------------------------------------------------------------------------------------
# Countries as each agency writes them
# --------------------------------------------------------------------------------------
# Demonyms of the Colombian police (feminine, as in "nacionalidad venezolana").
_DEMONYM_ES = {
    "VEN": "VENEZOLANA",
    "ECU": "ECUATORIANA",
    "HTI": "HAITIANA",
    "COL": "COLOMBIANA",
    "CHN": "CHINA",
    "CUB": "CUBANA",
}
# Slips of the pen in the police's demonyms.
_DEMONYM_TYPO = {
    "VEN": "VENEZOLNA",
    "ECU": "ECUATORINA",
    "HTI": "HAITANA",
    "COL": "COLOMBINA",
}
# CBP's citizenship list.
_CBP_NAMES = {
    "CHN": "CHINA, PEOPLES REPUBLIC OF",
    "USA": "UNITED STATES",
    "VNM": "VIETNAM",
    "CIV": "COTE D'IVOIRE",
}
# Spanish aliases the liaison officer uses.
_ALIAS_ES = {
    "GBR": "Gran Bretaña",
    "RUS": "Federación de Rusia",
    "BLR": "Belarús",
    "SYR": "República Árabe Siria",
    "VNM": "Viet Nam",
    "CIV": "Côte d'Ivoire",
    "TUR": "Türkiye",
    "IRN": "República Islámica del Irán",
}


# Transport mode -> style -> detection country ("" = elsewhere) -> the words used there.
_CRAFT: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "sea": {
        "cimcon": {
            "ESP": ("CAYUCO", "PATERA", "SMALL BOAT"),
            "": ("SMALL BOAT", "FISHING VESSEL", "RUBBER BOAT"),
        },
    },
    "land": {
        "dhs": {"PAN": ("Land - on foot",), "": ("Land - on foot", "Land - vehicle")},
    },
}


def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``PANAMÁ`` -> ``PANAMA``)."""
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of seven letters or more."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country(src: Agency, iso: str, rng: _Rng, col: str) -> tuple[str, list[str]]:
    """Write one ISO alpha-3 country the agency's way; return (cell, tags)."""
    row = COUNTRIES[iso]
    r = rng.random()
    if src.style == "siedco":
        if col == "nationality":
            demonym = _DEMONYM_ES.get(iso, _plain(row[3]).upper())
            if r < 0.04 and iso in _DEMONYM_TYPO:
                return _DEMONYM_TYPO[iso], ["typo:nationality"]
            if r < 0.2 and demonym.endswith("A"):
                return demonym[:-1] + "O", ["demonym:nationality"]
            return demonym, ["demonym:nationality"]
        return _plain(row[3]).upper(), []
    if src.style == "asi":
        if r < 0.06 and col == "nationality":
            return iso, [f"iso3:{col}"]
        if r < 0.09:
            return row[2].lower(), [f"case:{col}"]
        return row[2], []
    if src.style == "dhs":
        name = _CBP_NAMES.get(iso, _plain(row[1]).upper())
        if r < 0.03 and _swap(name) != name:
            return _swap(name), [f"typo:{col}"]
        return name, []
    if src.style == "cimcon":
        alpha2, numeric = iso_codes(iso)
        if r < 0.14:
            return alpha2, [f"iso2:{col}"]
        if r < 0.19:
            return numeric, [f"iso_numeric:{col}"]
        return iso, [f"iso3:{col}"]
    # the Colombian liaison officer at Europol
    if r < 0.15:
        return row[0], [f"iso2:{col}"]
    if r < 0.22 and iso in _ALIAS_ES:
        return _ALIAS_ES[iso], [f"alias:{col}"]
    if r < 0.25 and _swap(row[3]) != row[3]:
        return _swap(row[3]), [f"typo:{col}"]
    if r < 0.30:
        return row[3].upper(), [f"case:{col}"]
    return row[3], []


def _transit(src: Agency, value: object, rng: _Rng) -> tuple[str | None, list[str]]:
    """Write an ``A|B`` transit list in order, joined by the agency's separator."""
    if value is None:
        return src.direct, []
    codes = str(value).split("|")
    r = rng.random()
    tags: list[str] = []
    if src.style == "siedco":
        names = [_plain(COUNTRIES[iso][3]).upper() for iso in codes]
    elif src.style == "asi":
        names = [COUNTRIES[iso][2] for iso in codes]
    elif src.style == "dhs":
        names = [_CBP_NAMES.get(iso, _plain(COUNTRIES[iso][1]).upper()) for iso in codes]
    elif src.style == "cimcon":  # one partner feed writes the whole route one way
        names = [iso_codes(iso)[0] for iso in codes] if r < 0.15 else codes
        tags = ["iso2:transit_countries"] if r < 0.15 else []
    elif r < 0.12:  # copied from a SIENA form
        names = [COUNTRIES[iso][0] for iso in codes]
        tags = ["iso2:transit_countries"]
    else:
        names = [COUNTRIES[iso][3] for iso in codes]
    if src.style in ("enlace", "dhs") and 0.9 < r < 0.93:  # one name misspelt
        k = int(rng.integers(len(names)))
        if _swap(names[k]) != names[k]:
            names[k] = _swap(names[k])
            tags.append("typo:transit_countries")
    return src.transit_sep.join(names), tags


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _dtg(ts: pd.Timestamp, rng: _Rng) -> str:
    """Naval date-time group: ``171430Z MAY 23``."""
    hour, minute = int(rng.integers(5, 21)), int(rng.integers(0, 60))
    month = MONTHS[ts.month - 1][:3].upper()
    return f"{ts.day:02d}{hour:02d}{minute:02d}Z {month} {ts.year % 100:02d}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.style == "siedco":
        if r < 0.12:
            return str((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.style == "asi":
        if partial_ok and r < 0.09:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.17:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if r > 0.88:
            return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.to_pydatetime(), ts, "day", []
    if src.style == "dhs":
        if partial_ok and r < 0.08:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        return ts.strftime("%m/%d/%Y"), ts, "day", ["month_first"]
    if src.style == "cimcon":
        if r < 0.7:
            return _dtg(ts, rng), ts, "day", ["dtg"]
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if partial_ok and r < 0.08:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if partial_ok and r < 0.14:
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
    if r > 0.93:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, an impossible date or a mistyped future year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.style == "siedco":
            return choice(rng, (f"30/02/{ts.year}", "#¡VALOR!"))
        if src.style == "asi":
            return f"31/04/{ts.year}"
        if src.style == "dhs":
            return f"02/30/{ts.year}"
        if src.style == "cimcon":
            return f"30{int(rng.integers(5, 21)):02d}00Z FEB {ts.year % 100:02d}"
        return f"{ts.year}-02-30"
    future = ts + pd.DateOffset(years=10)  # 2023 typed 2033
    if src.style == "asi":
        return future.to_pydatetime()
    if src.style == "siedco":
        return future.strftime("%d/%m/%Y")
    if src.style == "dhs":
        return future.strftime("%m/%d/%Y")
    if src.style == "cimcon":
        return _dtg(future, rng)
    return future.strftime("%Y-%m-%d")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day the extract was cut."""
    if src.style == "asi":
        return last.to_pydatetime()
    if src.style == "dhs":
        return last.strftime("%m/%d/%Y")
    if src.style == "cimcon":
        return f"{last.day:02d}1200Z {MONTHS[last.month - 1][:3].upper()} {last.year % 100:02d}"
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: Agency, n: int, crime: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons (migrants, or victims of trafficking) the agency's way."""
    if n >= 1000:
        lo = f"{n % 1000:03d}"
        if src.style == "siedco" and rng.random() < 0.7:
            return f"{n // 1000}.{lo}", ["thousands:n_persons"]
        if src.style in ("dhs", "cimcon") and rng.random() < 0.8:
            return f"{n // 1000},{lo}", ["thousands:n_persons"]
        if src.style == "asi":
            return n, []
    if src.format == "csv":
        return str(n), []
    if src.style == "enlace" and rng.random() < 0.05:
        unit = "víctima" if crime == "trafficking" else "migrante"
        return f"{n} {unit}" + ("s" if n != 1 else ""), ["count_unit"]
    return n, []


def _ddm(value: float, positive: str, negative: str, width: int) -> str:
    """Degrees and decimal minutes: ``35°30.07'N``."""
    hemi = positive if value >= 0 else negative
    total = round(abs(value) * 60, 2)
    deg, minutes = int(total // 60), total - 60 * int(total // 60)
    return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}"


def _coords(src: Agency, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, list[str], bool]:
    """Write the position; return (cells, tags, whether the position is readable)."""
    r = rng.random()
    if r < 0.04:
        return {"lat": None, "lon": None, "coordinates": None}, ["coords_missing"], False
    if src.style == "siedco":
        if r < 0.055:
            return {"lat": "0", "lon": "0"}, ["coords_placeholder"], False
        return (
            {"lat": f"{lat:.6f}".replace(".", ","), "lon": f"{lon:.6f}".replace(".", ",")},
            ["decimal_comma"],
            True,
        )
    if src.style == "asi":
        text = f"{lat:.5f} ; {lon:.5f}".replace(".", ",")
        return {"coordinates": text}, ["decimal_comma"], True
    if src.style == "dhs":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, [], True
    if src.style == "cimcon":
        text = f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"
        return {"coordinates": text}, ["coords_ddm"], True
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, [], True


def _place(src: Agency, hotspot: object) -> str | None:
    if hotspot is None:
        return None
    name = str(hotspot)
    if src.style == "cimcon":
        return _plain(name).upper()
    return src.places.get(name, name)


def _word(src: Agency, col: str, value: object, rng: _Rng) -> str:
    """Return the agency's word for a canonical vocabulary value (usual word 65 %)."""
    words = src.vocab[col][str(value)]
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    tags: list[str] = []
    exp: _Cells = {
        k: ev[k]
        for k in (
            "crime_type",
            "exploitation",
            "n_persons",
            "n_suspects",
            "gender",
            "age_group",
            "nationality",
            "origin_country",
            "destination_country",
            "detection_country",
            "transit_countries",
            "transport_mode",
            "lat",
            "lon",
            "linked_offences",
        )
    }
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t
    cells["place"] = _place(src, ev.get("hotspot"))

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    if ev["exploitation"] is None or crime == "smuggling":
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = src.unknown if rng.random() < 0.6 else None
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", ev["exploitation"], rng)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = src.count_unknown
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, crime, rng)
        tags += t

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = src.unknown
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and r < 0.4:
        cells["n_suspects"] = src.zero
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(suspects) if src.format == "csv" else suspects

    for col in ("gender", "age_group", "transport_mode"):
        r = rng.random()
        if forced_blank == col:
            cells[col] = None
            exp[col] = "unknown"
            tags.append(f"blank_{col}")
        elif r < 0.03:
            cells[col] = src.unknown if r < 0.02 else None
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else "na_word")
        else:
            cells[col] = _word(src, col, ev[col], rng)
            craft = _CRAFT.get(str(ev[col]), {}).get(src.style) if col == "transport_mode" else None
            if craft is not None:  # the craft or the way of crossing seen where it happened
                cells[col] = choice(rng, craft.get(str(ev["detection_country"]), craft[""]))

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        r = rng.random()
        value = ev[col]
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
        elif value is None or (col != "detection_country" and r < 0.04):
            cells[col] = src.unknown if value is not None and r < 0.025 else None
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            cells[col], t = _country(src, str(value), rng, col)
            tags += t
    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    tags += t

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        pos: _Cells = {"lat": None, "lon": None, "coordinates": None}
        ok = False
        tags.append("blank_coordinates")
    else:
        pos, t, ok = _coords(src, lat, lon, rng)
        tags += t
    cells.update(pos)
    if not ok:
        exp["lat"] = exp["lon"] = None

    offences = ev["linked_offences"]
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    if src.style == "siedco":  # the extract pads some cells with spaces
        for col in ("nationality", "origin_country", "gender"):
            v = cells.get(col)
            if isinstance(v, str) and rng.random() < 0.05:
                cells[col] = v + "  "
                tags.append(f"spacing:{col}")
    if src.style == "asi" and _GARBLED[0] <= ts < _GARBLED[1]:  # pasted from a UTF-8 export
        garbled = False
        for col, v in list(cells.items()):
            bad = mojibake(v) if isinstance(v, str) else None
            if bad is not None:
                cells[col] = bad
                garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_PRIMARY = {
    "PAN": _POLICIA.source,
    "FRA": _ASI.source,
    "USA": _DHS.source,
    "ITA": _CIMCON.source,
    "GRC": _CIMCON.source,
    "ESP": _CIMCON.source,
}
_SECONDARY = {
    ("darien", "PAN"): _DHS.source,
    ("channel", "GBR"): _ASI.source,
    ("channel", "FRA"): _ENLACE.source,
    ("cmed", "ITA"): _ENLACE.source,
    ("emed", "GRC"): _ENLACE.source,
    ("wmed", "ESP"): _ENLACE.source,
    ("watl", "ESP"): _ENLACE.source,
    ("thb_nga_ita", "ITA"): _ENLACE.source,
    ("thb_rou_esp", "ESP"): _ENLACE.source,
    ("thb_rou_esp", "ITA"): _ENLACE.source,
}

_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=_ENLACE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=187,
    blank_share=0.35,
)


def make_blind187(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind187`` agencies do (files ``*_gg.*``).

    The Colombian police of Urabá report the Darién events (detected in Panama), the
    French liaison desk in Bogotá the Channel cases detected in France, the DHS attaché
    in Bogotá the US–Mexico border encounters, the Colombian navy's maritime analysis
    centre in Cartagena the interdictions in Italy, Greece and Spain, and the Colombian
    police liaison office at Europol every other event. The DHS attaché, the French
    desk and the Europol liaison office report some events a second time.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``policia_uraba_gg.csv`` (Spanish, cp1252, ``;``), ``asi_bogota_gg.xlsx``
        (French), ``dhs_attache_bogota_gg.csv`` (English, UTF-8 with BOM, ``,``),
        ``cimcon_cartagena_gg.csv`` (English, UTF-16, tab) and
        ``ponal_enlace_europol_gg.jsonl`` (Spanish, UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind187(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['policia_uraba_gg.csv', 'asi_bogota_gg.xlsx', 'dhs_attache_bogota_gg.csv',
     'cimcon_cartagena_gg.csv', 'ponal_enlace_europol_gg.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('cp1252', ';'), ('utf-8', None), ('utf-8-sig', ','), ('utf-16', '\t'),
     ('utf-8', None)]
    >>> subs[0].frame.columns[:3].tolist()
    ['NUNC', 'FECHA HECHO', 'MUNICIPIO/SITIO']
    >>> all(len(s.expected) == len(s.frame) for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
