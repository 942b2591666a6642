"""Examiner sample set ``blind340`` (files ``*_md.*``): five agencies never used before.

Written by an examiner who never saw the cleaner, on :mod:`trendlib.samples._examiner`.
Each agency writes the way its own tools and clerks do:

``dnrm_panama_md.xlsx``
    Panama, Ministerio de Comercio e Industrias, Dirección Nacional de Recursos Minerales
    (DNRM), Departamento de Fiscalización Minera: inspectors of the illegal gold fields of
    Darién, who log the migrant groups and exploited miners they come across. Spanish; an
    Excel book with real date cells (some dates typed as text, some as bare serial
    numbers, a few known only by month), geographic coordinates in degrees, minutes and
    seconds with ``O`` (oeste) for west, nationalities as Spanish demonyms, Panamanian
    words (``NNA`` for children, ``trocha`` for a jungle path, ``EE.UU.``), some rows
    typed all in capitals.
``ofb_hdf_md.csv``
    France, Office français de la biodiversité, direction régionale Hauts-de-France
    (environmental police of the Opal Coast dunes and beaches, where boats are launched).
    French; cp1252, ``;``, CRLF; day-first dates (some with a two-digit year, a few
    month only), coordinates in two columns with a decimal comma, nationalities as French
    adjectives (``afghane``), ``Angleterre`` for the United Kingdom, counts with a space
    as thousands separator, ``NC`` (non communiqué) for what is not known.
``sos_racismo_es_md.csv``
    Spain, Federación de Asociaciones de SOS Racismo, Oficina de Información y Denuncia:
    the arrivals, fence crossings and labour and sexual exploitation cases its member
    associations record. Spanish; UTF-8 without BOM, ``,``; day-first dates, some by
    month or quarter (``T2 2023``); place names but no coordinates; words such as
    ``MENA``, ``cayuco``, ``salto de valla``; a share of cells pasted from a mis-decoded
    e-mail (``TÃºnez``); thousands with a dot.
``choose_love_md.csv``
    Choose Love (formerly Help Refugees), programmes team: incident reports of its field
    partners in Italy, Greece, Croatia and Poland (and at the Channel). English; UTF-8
    with BOM (Excel "CSV UTF-8"), ``,``; dates "17 May 2023" or "17/05/2023", partner
    quarterly returns dated "Q2 2023"; coordinates pasted from Google Maps
    ("39.20123, 26.30234"); routes written "Turkey > Bulgaria > Serbia"; ``UASC`` for
    unaccompanied children; small counts sometimes in words.
``factal_md.jsonl``
    Factal, an incident-verification newswire used by security teams: the compilation
    that reports what no other source does (the United Kingdom and the United States) and
    re-reports some events of the others. English (US spelling); JSON lines, ISO 8601 UTC
    timestamps, ISO alpha-2 country codes, numbers as JSON numbers.

The truth says what a careful analyst reads from each cell: a demonym is the nationality,
``Angleterre`` is the United Kingdom, a month or a quarter is its first day with that
precision, ``NC``/``S/D``/``n/k`` counts are unknown (no count), ``aucun``/``ninguno``/
``none`` suspects are zero, a count like ``plusieurs`` or ``une dizaine`` is unreadable
(bad row), and a place without coordinates has none.
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind340"]

_Rng = np.random.Generator

DNRM = "dnrm_panama"
OFB = "ofb_hdf"
SOSR = "sos_racismo_es"
CHL = "choose_love"
FCT = "factal"

SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=DNRM,
        filename="dnrm_panama_md.xlsx",
        ref="DNRM-DFM-{seq:03d}-{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº de acta",
            "event_date": "Fecha de inspección",
            "place": "Sitio / paraje",
            "coordinates": "Coordenadas (GMS)",
            "detection_country": "País",
            "crime_type": "Hecho",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Personas encontradas",
            "n_suspects": "Presuntos responsables",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "transit_countries": "Países de tránsito",
            "destination_country": "Destino declarado",
            "transport_mode": "Medio de desplazamiento",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: información preliminar, sujeta a verificación de campo",
        total="TOTAL GENERAL",
        bad_count=("Varios", "Grupo numeroso", "??"),
        repeats=False,
    ),
    ExaminerSource(
        source=OFB,
        filename="ofb_hdf_md.csv",
        ref="OFB-HDF-{year}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date constat",
            "place": "Commune / lieu-dit",
            "lat": "Latitude (WGS84)",
            "lon": "Longitude (WGS84)",
            "detection_country": "Pays du constat",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité déclarée",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays traversés",
            "destination_country": "Destination",
            "transport_mode": "Moyen de transport",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires, extraction interne, ne pas diffuser",
        total="TOTAL",
        bad_count=("plusieurs", "une dizaine", "?"),
        repeats=True,
    ),
    ExaminerSource(
        source=SOSR,
        filename="sos_racismo_es_md.csv",
        ref="OID-{year}/{seq:04d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Nº registro",
            "event_date": "Fecha",
            "place": "Lugar",
            "detection_country": "País",
            "crime_type": "Tipo",
            "exploitation": "Forma de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (tránsito)",
            "destination_country": "Destino",
            "transport_mode": "Medio",
            "linked_offences": "Otros delitos",
        },
        note="Fuente: Oficina de Información y Denuncia; datos provisionales",
        total="Total",
        bad_count=("varios", "decenas", "un grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=CHL,
        filename="choose_love_md.csv",
        ref="CL-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Report ID",
            "event_date": "Date of incident",
            "place": "Location",
            "coordinates": "Lat/long",
            "detection_country": "Country",
            "crime_type": "Incident type",
            "exploitation": "Exploitation type",
            "n_persons": "No. of people",
            "n_suspects": "Facilitators arrested",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (transit)",
            "destination_country": "Intended destination",
            "transport_mode": "Mode of travel",
            "linked_offences": "Other offences",
        },
        note="Note: compiled from partner reports, not independently verified",
        total="Grand total",
        bad_count=("several", "dozens", "a group"),
        repeats=True,
    ),
    ExaminerSource(
        source=FCT,
        filename="factal_md.jsonl",
        ref="{year}{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "id",
            "event_date": "occurred_at",
            "place": "place_name",
            "lat": "latitude",
            "lon": "longitude",
            "detection_country": "country_code",
            "crime_type": "category",
            "exploitation": "subcategory",
            "n_persons": "people_count",
            "n_suspects": "arrests",
            "gender": "sex",
            "age_group": "age_bracket",
            "nationality": "nationality",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "transport_mode": "mode",
            "linked_offences": "related_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("multiple", "dozens"),
        repeats=False,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Nationality adjectives: English; Spanish (masculine, feminine); French (feminine, as
#: after "nationalité").
_DEMONYM_EN = {
    "AFG": "Afghan", "ALB": "Albanian", "BGD": "Bangladeshi", "CHN": "Chinese",
    "CIV": "Ivorian", "CMR": "Cameroonian", "COL": "Colombian", "DZA": "Algerian",
    "ECU": "Ecuadorian", "EGY": "Egyptian", "ERI": "Eritrean", "GIN": "Guinean",
    "GMB": "Gambian", "GTM": "Guatemalan", "HND": "Honduran", "HTI": "Haitian",
    "IRN": "Iranian", "IRQ": "Iraqi", "MAR": "Moroccan", "MEX": "Mexican", "MLI": "Malian",
    "NGA": "Nigerian", "PAK": "Pakistani", "ROU": "Romanian", "SEN": "Senegalese",
    "SYR": "Syrian", "TUN": "Tunisian", "TUR": "Turkish", "VEN": "Venezuelan",
    "VNM": "Vietnamese", "YEM": "Yemeni",
}  # fmt: skip
_DEMONYM_ES = {
    "AFG": ("afgano", "afgana"), "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"), "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"), "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"), "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"), "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"), "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"), "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"), "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"), "IRQ": ("iraquí", "iraquí"), "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"), "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"), "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"), "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"), "TUN": ("tunecino", "tunecina"), "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"), "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}  # fmt: skip
_DEMONYM_FR = {
    "AFG": "afghane", "ALB": "albanaise", "BGD": "bangladaise", "CHN": "chinoise",
    "CIV": "ivoirienne", "CMR": "camerounaise", "COL": "colombienne", "DZA": "algérienne",
    "ECU": "équatorienne", "EGY": "égyptienne", "ERI": "érythréenne", "GIN": "guinéenne",
    "GMB": "gambienne", "GTM": "guatémaltèque", "HND": "hondurienne", "HTI": "haïtienne",
    "IRN": "iranienne", "IRQ": "irakienne", "MAR": "marocaine", "MEX": "mexicaine",
    "MLI": "malienne", "NGA": "nigériane", "PAK": "pakistanaise", "ROU": "roumaine",
    "SEN": "sénégalaise", "SYR": "syrienne", "TUN": "tunisienne", "TUR": "turque",
    "VEN": "vénézuélienne", "VNM": "vietnamienne", "YEM": "yéménite",
}  # fmt: skip

#: Each agency's own spellings of some countries (aliases and slips a clerk makes).
_OWN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    DNRM: {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos", "USA"),
        "ECU": ("Equador", "Ecuador"),
        "HTI": ("Haiti", "Haití"),
        "PAN": ("Panamá", "Panama", "Rep. de Panamá"),
        "MEX": ("México", "Mexico"),
    },
    OFB: {
        "GBR": ("Royaume-Uni", "Angleterre", "UK", "Royaume Uni"),
        "DEU": ("Allemagne",),
        "FRA": ("France", "FR"),
        "VNM": ("Vietnam", "Viêt Nam"),
    },
    SOSR: {
        "GIN": ("Guinea Conakry", "Guinea"),
        "MLI": ("Mali", "Malí"),
        "CIV": ("Costa de Marfil",),
        "ESP": ("España",),
        "ROU": ("Rumanía", "Rumania"),
    },
    CHL: {
        "TUR": ("Turkey", "Türkiye"),
        "GBR": ("UK", "United Kingdom"),
        "CIV": ("Ivory Coast", "Côte d'Ivoire"),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnia", "BiH", "Bosnia and Herzegovina"),
        "MKD": ("North Macedonia", "N. Macedonia"),
    },
}

#: Common English aliases Choose Love's partners write (no archaic or local names).
_CHL_ALIASES: dict[str, tuple[str, ...]] = {
    code: tuple(
        a
        for a in row[4]
        if a not in ("Persia", "Hellas", "Belorussia", "PRC", "Hrvatska", "Deutschland")
    )
    for code, row in COUNTRIES.items()
}

_HOTSPOT_NAME: dict[str, dict[str, str]] = {
    DNRM: {
        "Darién gap": "Selva del Darién, sector Cana",
        "Bajo Chiquito": "Bajo Chiquito, comarca Emberá",
        "Lajas Blancas": "Lajas Blancas, río Chucunaque",
    },
    OFB: {
        "Calais": "Calais - plage de Blériot",
        "Dunkirk/Gravelines": "Gravelines - dunes du Clipon",
        "Dover": "Douvres (GB)",
    },
    SOSR: {
        "Gran Canaria": "Arguineguín (Gran Canaria)",
        "El Hierro": "La Restinga (El Hierro)",
        "Lanzarote": "Arrecife (Lanzarote)",
        "Almería (El Ejido)": "El Ejido (Almería)",
        "Almería": "Almería, puerto",
    },
    CHL: {
        "Cetingrad (BIH–HRV border)": "Cetingrad, BiH-Croatia border",
        "Bajakovo (SRB–HRV border)": "Bajakovo crossing",
        "Latina (Agro Pontino)": "Latina (Agro Pontino)",
    },
}

_VOCAB: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    DNRM: {
        "crime_type": {
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata de personas y tráfico de migrantes", "Trata / tráfico"),
        },
        "exploitation": {
            "forced_labour": (
                "Explotación laboral en frente minero",
                "Trabajo forzoso (minería ilegal)",
                "Explotación laboral",
            ),
            "sexual": ("Explotación sexual", "Explotación sexual en campamento minero"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "M y F"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "A pie por trocha"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando de oro", "drogas"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    OFB: {
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Aide à l'entrée et au séjour irréguliers",
                "Aide à l'entrée irrégulière",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et aide à l'entrée"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "forced_marriage": ("Mariage forcé",),
            "organ_removal": ("Prélèvement d'organes",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("F", "Femmes"),
            "male": ("H", "Hommes"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "child": ("Mineurs", "MNA"),
            "adult": ("Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Embarcation légère", "Small boat", "Bateau pneumatique", "Taxi-boat"),
            "land": ("À pied", "Poids lourd", "Véhicule léger"),
            "air": ("Avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    SOSR: {
        "crime_type": {
            "trafficking": ("Trata", "Trata de seres humanos"),
            "smuggling": ("Tráfico de migrantes", "Favorecimiento de la inmigración irregular"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Criminalidad forzada",),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otras formas",),
        },
        "gender": {
            "female": ("mujeres", "Mujer"),
            "male": ("hombres", "Hombre"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menores", "MENA"),
            "adult": ("adultos",),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("patera", "neumática", "embarcación"),
            "land": ("a pie", "salto de valla", "oculto en camión"),
            "air": ("avión", "vía aeropuerto"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("hachís", "drogas"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    CHL: {
        "crime_type": {
            "trafficking": ("Trafficking", "Human trafficking", "Modern slavery"),
            "smuggling": ("Smuggling", "People smuggling"),
            "both": ("Smuggling / trafficking", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation",),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ removal",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "women"),
            "male": ("Male", "M", "men"),
            "mixed": ("Mixed",),
        },
        "age_group": {
            "child": ("Minor", "UASC", "Children"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Boat", "Dinghy", "Rubber boat"),
            "land": ("On foot", "Lorry", "Car"),
            "air": ("Flight",),
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
    FCT: {
        "crime_type": {
            "trafficking": ("Human trafficking",),
            "smuggling": ("Migrant smuggling", "People smuggling"),
            "both": ("Human trafficking; migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labor",),
            "forced_criminality": ("forced criminality",),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ harvesting",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("child", "minors"), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("maritime",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

#: Per agency: "not applicable" for exploitation of smuggling; "not known" for a category
#: (age, transport); count placeholder; zero suspects in words.
_NOT_APPLICABLE = {DNRM: "No aplica", OFB: "Sans objet", SOSR: "", CHL: "N/A", FCT: None}
_NA_WORDS = {DNRM: ("S/D", "N/A"), OFB: ("NC", "Non renseigné"), SOSR: ("sin datos",),
             CHL: ("N/A", "n/k")}  # fmt: skip
_COUNT_PLACEHOLDERS = {DNRM: ("S/D", "Por determinar"), OFB: ("NC",), SOSR: ("s/d", "sin datos"),
                       CHL: ("unknown", "n/k")}  # fmt: skip
_ZERO_WORDS = {DNRM: ("Ninguno",), OFB: ("Aucun", "aucun"), SOSR: ("ninguno",),
               CHL: ("none", "nil")}  # fmt: skip
_OFFENCE_SEP = {DNRM: ", ", OFB: " + ", SOSR: ", ", CHL: "; ", FCT: ", "}
_TRANSIT_SEP = {DNRM: " - ", OFB: " / ", SOSR: ", ", CHL: " > ", FCT: ", "}
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(code: str, lang: str) -> str:
    """Country name in the language."""
    return str(COUNTRIES[code][_LANG_COL[lang]])


def _country(src: str, code: str, rng: _Rng, tags: list[str], *, upper: bool) -> str:
    """One country (origin, destination, detection, transit) the agency's way."""
    lang = _BY_NAME[src].language
    own = _OWN_NAMES.get(src, {}).get(code)
    r = rng.random()
    if src == FCT:  # a newswire feed: ISO alpha-2, now and then alpha-3
        if r < 0.85:
            tags.append("iso2")
            return iso_codes(code)[0]
        tags.append("iso3")
        return code
    if own is not None and r < 0.5:
        text = choice(rng, own)
        tags.append("own_name")
    elif src == OFB and 0.5 <= r < 0.58:
        text = code  # copied from the police "procès-verbal" (ISO alpha-3)
        tags.append("iso3")
    elif src == CHL and 0.5 <= r < 0.56 and _CHL_ALIASES.get(code):
        text = choice(rng, _CHL_ALIASES[code])
        tags.append("alias")
    elif src == CHL and 0.56 <= r < 0.6 and code != "NER":  # "Nigr" could be either
        text = COUNTRIES[code][5]
        tags.append("typo")
    else:
        text = _name(code, lang)
    if src == SOSR and rng.random() < 0.12:
        garbled = mojibake(text)
        if garbled is not None:
            text = garbled
            tags.append("mojibake")
    if src == DNRM and not upper and rng.random() < 0.15:
        text = text.upper()
        tags.append("upper")
    if not fits(text, _BY_NAME[src]):  # a name the file's code page cannot hold
        text = code
        tags.append("iso3")
    return text.upper() if upper else text


def _nationality(src: str, code: str, gender: str, rng: _Rng, tags: list[str], upper: bool) -> str:
    """Nationality: most agencies write the adjective, the newswire the country."""
    r = rng.random()
    if src == FCT:
        return _name(code, "en")
    if src == DNRM:
        masc, fem = _DEMONYM_ES[code]
        text = fem if gender == "female" else masc
        text = text.capitalize() if r < 0.7 else text
        tags.append("demonym")
    elif src == SOSR:
        if r < 0.7:
            masc, fem = _DEMONYM_ES[code]
            text = fem if gender == "female" else masc
            tags.append("demonym")
        else:
            return _country(src, code, rng, tags, upper=upper)
    elif src == OFB:
        if r < 0.85:
            text = _DEMONYM_FR[code]
            tags.append("demonym")
        else:
            text = code
            tags.append("iso3")
    else:  # CHL
        if r < 0.8:
            text = _DEMONYM_EN[code]
            tags.append("demonym")
        else:
            return _country(src, code, rng, tags, upper=upper)
    return text.upper() if upper else text


def _word(src: str, col: str, value: str, rng: _Rng, upper: bool) -> str:
    text = choice(rng, _VOCAB[src][col][value])
    return text.upper() if upper else text


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, tenths of seconds; and the value those digits say."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}", read


def _date_cell(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, date a careful analyst reads, precision)."""
    name = src.source
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    if name == DNRM:
        if partial_ok and r < 0.05:
            tags.append("month_only")
            return f"{_MONTHS_ES[ts.month - 1].upper()} {ts.year}", month_start, "month"
        if r < 0.72:
            tags.append("excel_date")
            return ts.to_pydatetime(), ts, "day"
        if r < 0.9:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("excel_serial")
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    if name == OFB:
        if partial_ok and r < 0.06:
            tags.append("month_only")
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month_start, "month"
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("two_digit_year")
        return ts.strftime("%d/%m/%y"), ts, "day"
    if name == SOSR:
        if partial_ok and r < 0.04:
            tags.append("month_only")
            return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", month_start, "month"
        if partial_ok and r < 0.08:
            tags.append("quarter_only")
            text = f"T{q} {ts.year}" if rng.random() < 0.6 else f"{q}º trimestre {ts.year}"
            return text, quarter_start, "quarter"
        if r < 0.78:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return ts.strftime("%d-%m-%Y"), ts, "day"
    if name == CHL:
        if partial_ok and r < 0.06:
            tags.append("quarter_only")
            return f"Q{q} {ts.year}", quarter_start, "quarter"
        if partial_ok and r < 0.1:
            tags.append("month_only")
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month_start, "month"
        if r < 0.65:
            tags.append("long_date")
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    # FCT: UTC timestamps
    secs = int(rng.integers(7 * 3600, 21 * 3600))  # the same day in local time, too
    tags.append("iso_datetime")
    return (ts + pd.Timedelta(seconds=secs)).strftime("%Y-%m-%dT%H:%M:%SZ"), ts, "day"


def _count_cell(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write the count of persons as the agency does (the value read is ``n``)."""
    name = src.source
    if src.format != "csv":
        return n  # a number cell / JSON number
    if n >= 1000:
        tags.append("thousands_sep")
        sep = {OFB: " ", SOSR: ".", CHL: ","}[name]
        return f"{n:,}".replace(",", sep)
    if name == CHL and n < 10 and rng.random() < 0.2:
        tags.append("count_word")
        return _EN_NUMBERS[n - 1] if n >= 1 else "0"
    return str(n)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    name = src.source
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    upper = name == DNRM and rng.random() < 0.25  # an inspector who types in capitals
    if upper:
        tags.append("upper_row")

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, prec = _date_cell(src, ts, rng, partial_ok, tags)
    exp["event_date"] = day
    exp["date_precision"] = prec

    hotspot = str(ev["hotspot"])
    place = _HOTSPOT_NAME.get(name, {}).get(hotspot, hotspot)
    if name == SOSR and rng.random() < 0.12:
        place = mojibake(place) or place
    cells["place"] = place.upper() if upper else place

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(name, "crime_type", crime, rng, upper)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = _NOT_APPLICABLE[name]
        cells["exploitation"] = (na.upper() if upper else na) if na else None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(name, "exploitation", str(expl), rng, upper)
        exp["exploitation"] = str(expl)

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if name != FCT and rng.random() < 0.025:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDERS[name])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n, rng, tags)
        exp["n_persons"] = n

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp["n_suspects"] = k
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif name == FCT:
        cells["n_suspects"] = k
    elif k == 0 and rng.random() < 0.5:
        word = choice(rng, _ZERO_WORDS[name])
        cells["n_suspects"] = word.upper() if upper else word
        tags.append("zero_word")
    elif rng.random() < 0.03:
        cells["n_suspects"] = "?" if name != DNRM else "S/D"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = k if src.format == "xlsx" else str(k)

    # gender, age, transport
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(name, "gender", gender, rng, upper)
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if name != FCT and rng.random() < 0.02:
            cells[col] = choice(rng, _NA_WORDS[name])
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            if col == "transport_mode" and name == SOSR and value == "sea":
                sea = ("cayuco", "neumática") if ev["corridor"] == "watl" else None
                cells[col] = choice(rng, sea) if sea else _word(name, col, value, rng, upper)
            else:
                cells[col] = _word(name, col, value, rng, upper)
            exp[col] = value

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(name, nat, gender, rng, tags, upper)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _country(name, code, rng, tags, upper=upper)
        exp[col] = code
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(name, det, rng, tags, upper=upper)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        parts = [_country(name, c, rng, tags, upper=upper) for c in codes]
        cells["transit_countries"] = _TRANSIT_SEP[name].join(parts)
        exp["transit_countries"] = str(transit)

    # place of detection
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = None, None
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif name == SOSR:
        tags.append("coords_missing")  # the federation keeps place names only
    elif rng.random() < 0.05:
        tags.append("coords_missing")
    elif name == DNRM:
        text_lat, read_lat = _dms(lat, "N", "S")
        text_lon, read_lon = _dms(lon, "E", "O")
        cells["coordinates"] = f"{text_lat} {text_lon}"
        exp["lat"], exp["lon"] = round(read_lat, 6), round(read_lon, 6)
        tags.append("dms")
    elif name == OFB:
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
    elif name == CHL:
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("latlon_pair")
    else:
        cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_word(name, "linked_offences", o, rng, upper) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[name].join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: blank, impossible or years ahead."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        day, month = choice(rng, ("31/02", "30/02", "31/04", "00/05", "15/13")).split("/")
        if name == FCT:
            return f"{ts.year}-{month}-{day}T09:00:00Z"
        if name == CHL:
            return f"{day}/{month}/{ts.year}"
        return f"{day}/{month}/{ts.year}"
    later = ts.replace(year=ts.year + 10)  # 2023 keyed as 2033
    if name == DNRM:
        return later.to_pydatetime()
    if name == FCT:
        return later.strftime("%Y-%m-%dT10:15:00Z")
    if name == CHL:
        return f"{later.day} {_MONTHS_EN[later.month - 1]} {later.year}"
    return later.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its extraction)."""
    if src.source == DNRM:
        return last.to_pydatetime()
    if src.source == CHL:
        return f"{last.day} {_MONTHS_EN[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


_PRIMARY = {
    "PAN": DNRM,
    "FRA": OFB,
    "ESP": SOSR,
    "ITA": CHL,
    "GRC": CHL,
    "HRV": CHL,
    "POL": CHL,
}
_SECONDARY = {
    ("darien", "PAN"): FCT,
    ("channel", "FRA"): CHL,
    ("channel", "GBR"): CHL,
    ("watl", "ESP"): FCT,
    ("wmed", "ESP"): FCT,
    ("thb_rou_esp", "ESP"): FCT,
    ("cmed", "ITA"): FCT,
    ("thb_nga_ita", "ITA"): FCT,
    ("thb_rou_esp", "ITA"): FCT,
    ("emed", "GRC"): FCT,
    ("wbal", "HRV"): FCT,
    ("blr_pol", "POL"): FCT,
}

_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=FCT,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=340_0340,
    blank_share=0.3,
)


def make_blind340(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind340`` agencies would (files ``*_md.*``).

    Panama's mining inspectorate (DNRM, Darién) reports the Panamanian detections, the
    Office français de la biodiversité (Hauts-de-France) the French ones, SOS Racismo the
    Spanish ones, Choose Love's partners those of Italy, Greece, Croatia and Poland, and
    the Factal newswire every other event (United Kingdom, United States) as well as a
    second report of some of the others (Choose Love re-reports some Channel events).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``dnrm_panama_md.xlsx``, ``ofb_hdf_md.csv``, ``sos_racismo_es_md.csv``,
        ``choose_love_md.csv`` and ``factal_md.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind340(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dnrm_panama_md.xlsx', 'ofb_hdf_md.csv', 'sos_racismo_es_md.csv',
     'choose_love_md.csv', 'factal_md.jsonl']
    >>> [(s.format, s.encoding, s.delimiter, s.language) for s in subs[1:3]]
    [('csv', 'cp1252', ';', 'fr'), ('csv', 'utf-8', ',', 'es')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date constat', 'Commune / lieu-dit']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
