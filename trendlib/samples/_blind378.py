"""Examiner variant ``blind378``: rail security teams and a railway-police exchange.

Five sources the project has not used before, each writing the way its own team keeps
its log (files ``*_np.*``):

``dbcargo_fr_surete_np.csv``
    DB Cargo France, direction Sûreté (rail freight through Calais-Fréthun and the
    Dunkirk yards): French, cp1252, ``;``, CRLF; ``dd/mm/yyyy`` dates, some with the hour
    of discovery or a two-digit year; nationalities as French adjectives (``afghane``);
    ``Angleterre`` for the United Kingdom; coordinates with decimal commas; a ``Site``
    column; a note row and a ``TOTAL`` row; some rows re-sent.
``rdg_safeguarding_np.xlsx``
    Rail Delivery Group, Safeguarding on Rail returns from the train operators: English
    XLSX; real Excel dates, some typed ``dd/mm/yyyy`` text and some month-only disclosures
    (``May 2023``); UK wording (``OIC``, ``MSHT``, ``Cannabis cultivation``); demonyms;
    ``England``/``Scotland`` for the detection country; counts of one to three in words;
    a ``Location`` (station) column; returns re-sent with exact repeats.
``ferromex_proteccion_np.csv``
    Ferromex, Gerencia de Protección Patrimonial (freight trains to the US border):
    Mexican Spanish, exported from Excel as *Unicode text* (UTF-16 with BOM, tab
    delimited); ``dd/mm/yyyy`` and ``17-may-2023``; ``H``/``M`` for hombre/mujer; ``NNA``
    for minors; gentilicios (``Hondureña``); ``EUA`` for the United States; Mexican legal
    words (``tráfico de indocumentados``, ``operaciones con recursos de procedencia
    ilícita``); coordinates as one ``lat, long`` cell.
``pcrc_seguridad_np.csv``
    Panama Canal Railway Company, Departamento de Seguridad: Panamanian Spanish, UTF-8 with
    BOM, ``,``; ``dd-mm-yyyy`` dates and Excel serial numbers; thousands with a dot
    (``1.250``); a batch of rows imported twice-decoded (mojibake, ``HaitÃ­``); coordinates
    in degrees, minutes and seconds with ``O`` (oeste) for west.
``colpofer_digest_np.jsonl``
    COLPOFER (railway police and security services of Europe), incident exchange: English
    JSON lines compiling the members' reports (Italy, Greece, Croatia, Poland, Spain);
    ISO alpha-2, alpha-3 and numeric codes beside names; ISO dates, month-only
    (``2023-05``) and quarter-only (``Q2 2023``, ``2023-Q2``) dates; large counts as
    ``"1,250"``; transit routes as codes joined by ``>`` or ``-``.

Every cell is written so that a careful analyst reads one value from it; the truth
expects that value (a count written ``NC``/``Not known``/``s/d`` expects no count, a
gender written ``NR`` expects ``unknown``, a month-only date expects the first of the
month with precision ``month``, a DMS coordinate expects the degrees it spells).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

__all__ = ["BLIND378", "SOURCES", "RailSource", "Wording", "make_blind378"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


@dataclass(frozen=True)
class Wording:
    """The words one agency writes for the design's vocabularies.

    Attributes
    ----------
    crime : mapping
        Crime type -> the agency's words for it.
    exploitation : mapping
        Form of exploitation -> words.
    no_exploitation : tuple of str
        Cells of a pure smuggling row's exploitation column (``""`` = left blank).
    exploitation_unknown : tuple of str
        Words saying the form is not yet known (read as ``unknown``); may be empty.
    gender, age, mode : mapping
        Design word -> the agency's words.
    gender_unknown, age_unknown, mode_unknown : tuple of str
        Words saying "not recorded" (read as ``unknown``).
    offences : mapping
        Linked offence -> words.
    offence_sep : str
        Separator of the linked offences.
    transit_sep : str
        Separator of the transit countries.
    count_placeholder, suspects_placeholder, zero_words : tuple of str
        A count not known, a number of suspects not known, no suspect.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]
    exploitation_unknown: tuple[str, ...]
    gender: Mapping[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: Mapping[str, tuple[str, ...]]
    age_unknown: tuple[str, ...]
    mode: Mapping[str, tuple[str, ...]]
    mode_unknown: tuple[str, ...]
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    count_placeholder: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]


@dataclass(frozen=True)
class RailSource(ExaminerSource):
    """A source of this variant: the shared fields plus the agency's wording.

    Attributes
    ----------
    words : Wording
        The agency's vocabulary.
    demonyms : mapping
        ISO alpha-3 -> nationality adjective the agency writes (French, English, Spanish).
    aliases : mapping
        ISO alpha-3 -> other names the agency uses (``Angleterre``, ``EUA`` ...).
    typos : mapping
        ISO alpha-3 -> a misspelling seen in the agency's files.
    """

    words: Wording
    demonyms: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    typos: Mapping[str, str]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_DBCARGO = RailSource(
    source="dbcargo_fr_surete",
    filename="dbcargo_fr_surete_np.csv",
    ref="SUR-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date constat",
        "site": "Site",
        "detection_country": "Pays du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "?"),
    repeats=True,
    words=Wording(
        crime={
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide au passage irrégulier",
                "trafic de migrants",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme", "autre"),
        },
        no_exploitation=("", "sans objet", "s.o."),
        exploitation_unknown=(),
        gender={
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes"),
            "mixed": ("H/F", "mixte", "hommes et femmes"),
        },
        gender_unknown=("NR", "non renseigné"),
        age={
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        age_unknown=("non déterminé",),
        mode={
            "land": (
                "train de fret",
                "wagon fret",
                "camion (autoroute ferroviaire)",
                "à pied sur les voies",
            ),
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "air": ("avion",),
        },
        mode_unknown=("non précisé",),
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=" + ",
        transit_sep=", ",
        count_placeholder=("NC", "inconnu"),
        suspects_placeholder=("NC",),
        zero_words=("aucun", "néant"),
    ),
    demonyms={
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    aliases={
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "IRN": ("Iran (Rép. islamique d')",),
        "VNM": ("Viêt-nam", "Vietnam"),
        "DEU": ("RFA",),
    },
    typos={"AFG": "Afganistan", "ERI": "Erythrée", "IRQ": "Irack", "ALB": "Albannie"},
)

_RDG = RailSource(
    source="rdg_safeguarding",
    filename="rdg_safeguarding_np.xlsx",
    ref="SoR/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date of incident",
        "location": "Location",
        "detection_country": "Country of incident",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries)",
        "destination_country": "Intended destination",
        "transport_mode": "Travel mode",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Other offences",
    },
    note="Provisional - returns from three TOCs outstanding",
    total="Grand Total",
    bad_count=("several", "a few", "group"),
    repeats=True,
    words=Wording(
        crime={
            "smuggling": ("People smuggling", "OIC", "Clandestine entrants (OIC)"),
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "both": ("OIC & MSHT", "Smuggling and trafficking"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Cannabis cultivation",
                "County lines",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation=("", "N/A"),
        exploitation_unknown=("Under assessment (NRM)",),
        gender={
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        gender_unknown=("Not recorded",),
        age={
            "adult": ("Adult", "18+"),
            "child": ("Child", "Under 18", "U18"),
            "mixed": ("Adults & children", "Mixed"),
        },
        age_unknown=("Not known",),
        mode={
            "land": ("Rail", "Train", "Freight train", "Lorry", "Coach"),
            "sea": ("Small boat", "Boat"),
            "air": ("Air", "Flight"),
        },
        mode_unknown=("Not known",),
        offences={
            "document_fraud": ("False documents", "ID fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        count_placeholder=("Not known", "TBC"),
        suspects_placeholder=("Unknown", "N/K"),
        zero_words=("None", "Nil"),
    ),
    demonyms={
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    aliases={
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Vietnam",),
        "CHN": ("PRC",),
        "RUS": ("Russian Federation",),
    },
    typos={"ERI": "Eritria", "VNM": "Vietnan", "ALB": "Albainia", "AFG": "Afganistan"},
)

_FERROMEX = RailSource(
    source="ferromex_proteccion",
    filename="ferromex_proteccion_np.csv",
    ref="GPP-{seq:05d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de hecho",
        "exploitation": "Modalidad de explotación",
        "n_persons": "No. de personas",
        "n_suspects": "Detenidos (polleros)",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País destino",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "numerosos"),
    repeats=False,
    words=Wording(
        crime={
            "smuggling": ("Tráfico de indocumentados", "Tráfico ilícito de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        no_exploitation=("", "N/A"),
        exploitation_unknown=("por determinar",),
        gender={
            "male": ("Hombres", "H", "Masculino"),
            "female": ("Mujeres", "M", "Femenino"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        gender_unknown=("Sin dato",),
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        age_unknown=("No determinada",),
        mode={
            "land": ("Tren de carga", "Góndola (tren)", "Tolva", "Tractocamión", "A pie"),
            "sea": ("Lancha",),
            "air": ("Avión",),
        },
        mode_unknown=("No especificado",),
        offences={
            "document_fraud": ("documentos apócrifos",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("narcóticos", "portación de droga"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        transit_sep="-",
        count_placeholder=("s/d", "se desconoce"),
        suspects_placeholder=("s/d",),
        zero_words=("ninguno",),
    ),
    demonyms={
        "MEX": "Mexicana",
        "GTM": "Guatemalteca",
        "HND": "Hondureña",
        "VEN": "Venezolana",
        "ECU": "Ecuatoriana",
    },
    aliases={"USA": ("EUA", "E.U.A.", "EE.UU."), "GTM": ("Guate",)},
    typos={"GTM": "Guatemal", "HND": "Hondruas", "VEN": "Venezulea", "ECU": "Ecudor"},
)

_PCRC = RailSource(
    source="pcrc_seguridad",
    filename="pcrc_seguridad_np.csv",
    ref="PCRC-SEG-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. Informe",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de migrantes",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transport_mode": "Medio de desplazamiento",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar",
    total="Total",
    bad_count=("varios", "sin contar"),
    repeats=False,
    words=Wording(
        crime={
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata de personas / tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzoso",),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        no_exploitation=("", "N/A"),
        exploitation_unknown=(),
        gender={
            "male": ("masculino", "hombres"),
            "female": ("femenino", "mujeres"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        gender_unknown=("N/D",),
        age={
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores de edad", "NNA"),
            "mixed": ("adultos y menores", "mixto"),
        },
        age_unknown=("no determinado",),
        mode={
            "land": ("a pie", "terrestre", "a pie (selva)", "bus"),
            "sea": ("lancha",),
            "air": ("aéreo",),
        },
        mode_unknown=("no determinado",),
        offences={
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas",),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
        offence_sep="; ",
        transit_sep=" / ",
        count_placeholder=("N/D",),
        suspects_placeholder=("N/D",),
        zero_words=("ninguno",),
    ),
    demonyms={
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
    aliases={
        "USA": ("EE.UU.", "USA"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "HTI": ("Rep. de Haití",),
    },
    typos={"VEN": "Venezuala", "ECU": "Equador", "HTI": "Hati", "COL": "Colonbia"},
)

_COLPOFER = RailSource(
    source="colpofer_digest",
    filename="colpofer_digest_np.jsonl",
    ref="CPF-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "date",
        "member": "reporting_member",
        "detection_country": "incident_country",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    words=Wording(
        crime={
            "smuggling": ("SoM", "migrant smuggling", "facilitation of illegal immigration"),
            "trafficking": ("THB",),
            "both": ("THB/SoM",),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        no_exploitation=("",),
        exploitation_unknown=(),
        gender={"male": ("M", "male"), "female": ("F", "female"), "mixed": ("mixed", "M/F")},
        gender_unknown=("n/k",),
        age={
            "adult": ("adult",),
            "child": ("minor", "UAM"),
            "mixed": ("mixed", "adults+minors"),
        },
        age_unknown=("n/k",),
        mode={
            "land": ("rail - freight", "rail - passenger", "road", "on foot"),
            "sea": ("sea", "boat"),
            "air": ("air",),
        },
        mode_unknown=("n/k",),
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=", ",
        transit_sep=">",
        count_placeholder=("n/k",),
        suspects_placeholder=("n/k",),
        zero_words=("nil",),
    ),
    demonyms={},
    aliases={
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "GBR": ("UK",),
        "MKD": ("Macedonia",),
    },
    typos={"AFG": "Afganistan", "PAK": "Pakistn", "BGD": "Bangaldesh", "NGA": "Nigria"},
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[RailSource, ...] = (_DBCARGO, _RDG, _FERROMEX, _PCRC, _COLPOFER)

# Where each agency's people work, by hotspot of the truth (for Site, Location, member).
_SITES = {
    "Calais": ("Calais-Fréthun", "Calais - Les Fontinettes"),
    "Dunkirk/Gravelines": ("Dunkerque - triage Grande-Synthe", "Loon-Plage (voies portuaires)"),
    "Dover": ("Dollands Moor (UK)", "Folkestone (UK)"),
}
_STATIONS = {
    "Dover": ("Dover Priory", "Dover Western Docks"),
    "London": ("London Euston", "London St Pancras", "London Victoria"),
    "Birmingham": ("Birmingham New Street",),
    "Glasgow": ("Glasgow Central",),
    "Calais": ("Calais-Frethun (FR)",),
    "Dunkirk/Gravelines": ("Dunkirk (FR)",),
}
_MEMBERS = {
    "ITA": ("FS Security", "Polfer / FS Security"),
    "GRC": ("Hellenic Train", "OSE security"),
    "HRV": ("HŽ Infrastruktura",),
    "POL": ("PKP PLK / SOK",),
    "ESP": ("Adif",),
    "GBR": ("HS1 Ltd",),
}


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    row = COUNTRIES.get(iso)
    if row is None:  # every code of the truth is in the table; keep the code otherwise
        return iso
    return {"en": row[1], "fr": row[2], "es": row[3]}[lang]


# Styles of a country cell, with their weights, by agency and by column role.
_COUNTRY_STYLES: dict[str, dict[str, dict[str, float]]] = {
    "dbcargo_fr_surete": {
        "nationality": {"demonym": 45, "name": 30, "upper": 10, "iso3": 6, "typo": 5, "pad": 4},
        "detection": {"name": 75, "upper": 8, "iso2": 7, "alias": 10},
        "other": {"name": 70, "upper": 10, "alias": 10, "typo": 5, "pad": 5},
    },
    "rdg_safeguarding": {
        "nationality": {"demonym": 55, "name": 30, "upper": 5, "typo": 6, "alias": 4},
        "detection": {"home": 80, "alias": 20},
        "other": {"name": 75, "alias": 12, "typo": 5, "lower": 4, "pad": 4},
    },
    "ferromex_proteccion": {
        "nationality": {"demonym": 60, "upper": 20, "name": 10, "typo": 6, "pad": 4},
        "detection": {"alias": 70, "name": 30},
        "other": {"name": 70, "upper": 10, "alias": 10, "typo": 6, "pad": 4},
    },
    "pcrc_seguridad": {
        "nationality": {"name": 45, "demonym": 15, "upper": 15, "iso3": 10, "typo": 8, "alias": 7},
        "detection": {"name": 70, "upper": 15, "iso2": 10, "iso3": 5},
        "other": {"name": 70, "upper": 12, "alias": 8, "typo": 5, "iso3": 5},
    },
    "colpofer_digest": {
        "nationality": {"iso3": 35, "iso2": 20, "name": 30, "numeric": 5, "alias": 5, "typo": 5},
        "detection": {"iso2": 50, "name": 30, "iso3": 15, "numeric": 5},
        "other": {"iso3": 40, "iso2": 20, "name": 30, "alias": 6, "typo": 4},
    },
}


def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(src: RailSource, iso: str, role: str, rng: _Rng, hotspot: str = "") -> tuple[str, str]:
    """Write one country as the agency does; return (cell, tag or "")."""
    style = _draw(rng, _COUNTRY_STYLES[src.source][role])
    name = _name(iso, src.language)
    text: str | None
    if style == "demonym":
        text = src.demonyms.get(iso)
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "pad":
        text = f" {name} "
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias":
        options = src.aliases.get(iso)
        text = choice(rng, options) if options else None
    elif style == "typo":
        text = src.typos.get(iso)
    elif style == "home":  # a UK return names the nation of Great Britain it happened in
        text = ("Scotland" if hotspot == "Glasgow" else "England") if iso == "GBR" else None
    else:
        text = None
    if text is None or not fits(text, src):
        return name, ""
    return text, f"country_{style}"


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateOut = tuple[object, pd.Timestamp, str, str]  # cell, expected day, precision, tag


def _date_dbcargo(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if r < 0.7:
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    if r < 0.9:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts:%d/%m/%Y} {hour:02d}:{minute:02d}", ts, "day", "date_with_time"
    return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"


def _date_rdg(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.05:  # a victim's disclosure dated to the month only
        first = ts.to_period("M").start_time
        return f"{MONTHS[ts.month - 1]} {ts.year}", first, "month", "month_only"
    if r < 0.85:
        return ts.to_pydatetime(), ts, "day", "excel_date"
    return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"


def _date_ferromex(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    if rng.random() < 0.75:
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1]}-{ts.year}", ts, "day", "month_abbrev"


def _date_pcrc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    if rng.random() < 0.8:
        return ts.strftime("%d-%m-%Y"), ts, "day", ""
    serial = (ts.normalize() - _EXCEL_EPOCH).days
    return str(serial), ts, "day", "excel_serial"


def _date_colpofer(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.07:
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month", "month_only"
    if partial_ok and r < 0.13:
        q = (ts.month - 1) // 3 + 1
        cell = f"Q{q} {ts.year}" if r < 0.1 else f"{ts.year}-Q{q}"
        return cell, ts.to_period("Q").start_time, "quarter", "quarter_only"
    if r < 0.85:
        return ts.strftime("%Y-%m-%d"), ts, "day", ""
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    "dbcargo_fr_surete": _date_dbcargo,
    "rdg_safeguarding": _date_rdg,
    "ferromex_proteccion": _date_ferromex,
    "pcrc_seguridad": _date_pcrc,
    "colpofer_digest": _date_colpofer,
}


def _bad_date(src: RailSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = int(rng.integers(30, 32)) if ts.month != 2 else 30
        month = 2 if ts.month != 4 else 4  # 30 or 31 February, or 31 April
        day = 31 if month == 4 else day
        return {
            "dbcargo_fr_surete": f"{day:02d}/{month:02d}/{ts.year}",
            "rdg_safeguarding": f"{day:02d}/{month:02d}/{ts.year}",
            "ferromex_proteccion": f"{day:02d}/{month:02d}/{ts.year}",
            "pcrc_seguridad": f"{day:02d}-{month:02d}-{ts.year}",
            "colpofer_digest": f"{ts.year}-{month:02d}-{day:02d}",
        }[src.source]
    future = ts + pd.DateOffset(years=10)  # a decade typed wrong: 2023 -> 2033
    return {
        "dbcargo_fr_surete": future.strftime("%d/%m/%Y"),
        "rdg_safeguarding": future.to_pydatetime(),
        "ferromex_proteccion": future.strftime("%d/%m/%Y"),
        "pcrc_seguridad": future.strftime("%d-%m-%Y"),
        "colpofer_digest": future.strftime("%Y-%m-%d"),
    }[src.source]


def _note_date(src: RailSource, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day of its last row)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == "pcrc_seguridad":
        return last.strftime("%d-%m-%Y")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
_EN_WORDS = ("one", "two", "three")


def _persons(src: RailSource, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write the number of persons; return (cell, expected count, tag)."""
    w = src.words
    r = rng.random()
    if r < 0.03:
        return choice(rng, w.count_placeholder), None, "count_placeholder"
    if src.source == "dbcargo_fr_surete" and r < 0.1 and n > 1:
        return f"{n} pers.", n, "count_unit"
    if src.source == "rdg_safeguarding":
        if n <= 3 and r < 0.3:
            return _EN_WORDS[n - 1], n, "count_word"
        return n, n, ""
    if src.source == "pcrc_seguridad" and n >= 1000:
        return f"{n:,}".replace(",", "."), n, "count_thousands"
    if src.source == "colpofer_digest":
        if n >= 1000 and r < 0.7:
            return f"{n:,}", n, "count_thousands"
        return n, n, ""
    return str(n), n, ""


def _suspects(src: RailSource, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write the number of suspects; return (cell, expected count, tag)."""
    w = src.words
    r = rng.random()
    if r < 0.03:
        return choice(rng, w.suspects_placeholder), None, "suspects_placeholder"
    if n == 0 and r < 0.45:
        return choice(rng, w.zero_words), 0, "zero_word"
    if src.format == "csv":
        return str(n), n, ""
    return n, n, ""


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds; return (text, value it spells)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    spelled = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\" {hemi}", round(spelled, 6)


def _place(
    src: RailSource, lat: float | None, lon: float | None, rng: _Rng
) -> tuple[_Cells, float | None, float | None, str]:
    """Write the place of detection; return (cells, expected lat, expected lon, tag)."""
    r = rng.random()
    if lat is None or lon is None:
        return {}, None, None, "coords_missing"
    if src.source == "dbcargo_fr_surete":
        if r < 0.08:  # located by the site (and the rail kilometre point) only
            return {}, None, None, "coords_missing"
        la, lo = round(lat, 5), round(lon, 5)
        cells: _Cells = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src.source == "rdg_safeguarding":
        if r < 0.1:  # the station named, no coordinates
            return {}, None, None, "coords_missing"
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, ""
    if src.source == "ferromex_proteccion":
        if r < 0.1:
            return {}, None, None, "coords_missing"
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, "coords_pair"
    if src.source == "pcrc_seguridad":
        if r < 0.06:
            return {"lat": "N/D", "lon": "N/D"}, None, None, "coords_placeholder"
        lat_text, la = _dms(lat, "N", "S")
        lon_text, lo = _dms(lon, "E", "O")  # Spanish: O = oeste (west)
        return {"lat": lat_text, "lon": lon_text}, la, lo, "coords_dms"
    if r < 0.1:  # colpofer_digest
        return {}, None, None, "coords_missing"
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, ""


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _words(rng: _Rng, table: Mapping[str, tuple[str, ...]], key: str, n: int) -> str:
    word = choice(rng, table[key])
    if n == 1:  # one person: the singular where the agency's word has one
        word = {"majeurs": "majeur", "mineurs": "mineur", "adultes": "adulte"}.get(word, word)
    return word


def _mode_words(src: RailSource, mode: str, corridor: str) -> tuple[str, ...]:
    words = src.words.mode[mode]
    if src.source == "colpofer_digest" and mode == "land" and corridor == "wmed":
        return ("on foot", "road")  # no railway at Ceuta or Melilla
    if src.source == "rdg_safeguarding" and mode == "land" and corridor == "channel":
        return ("Lorry", "Freight train")
    return words


def _transit(src: RailSource, codes: str | None, rng: _Rng) -> tuple[str | None, str]:
    if codes is None:
        return None, ""
    parts = codes.split("|")
    if src.source == "colpofer_digest":
        if rng.random() < 0.4:
            return "-".join(iso_codes(p)[0] for p in parts), "transit_iso2"
        return src.words.transit_sep.join(parts), "transit_iso3"
    cells = [_country(src, p, "other", rng)[0].strip() for p in parts]
    return src.words.transit_sep.join(cells), "transit_names"


def _render(
    src: RailSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    w = src.words
    tags: list[str] = []
    cells: _Cells = {}

    def tag(t: str) -> None:
        if t:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    corridor = str(ev["corridor"])
    hotspot = str(ev["hotspot"]).split(" (")[0]
    exp: _Cells = {}

    cell, day, prec, t = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, prec
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, w.crime[crime])
    exp["crime_type"] = crime

    form = ev["exploitation"]
    if form is None:
        blank = choice(rng, w.no_exploitation)
        cells["exploitation"] = blank or None
        exp["exploitation"] = None
    elif w.exploitation_unknown and rng.random() < 0.08:
        cells["exploitation"] = choice(rng, w.exploitation_unknown)
        exp["exploitation"] = "unknown"
        tag("exploitation_unknown")
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(form)])
        exp["exploitation"] = form

    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tag(t)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, int(ev["n_suspects"]), rng)  # type: ignore[call-overload]
        tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, w.gender_unknown), "unknown"
        tag("blank_gender")
        tag("unknown_word")
    else:
        cells["gender"], exp["gender"] = choice(rng, w.gender[gender]), gender
        if src.source == "ferromex_proteccion" and cells["gender"] in ("H", "M"):
            tag("gender_h_m")

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, w.age_unknown), "unknown"
        tag("na_word")
    else:
        cells["age_group"], exp["age_group"] = _words(rng, w.age, age, n), age

    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "other"),
        ("destination_country", "other"),
        ("detection_country", "detection"),
    ):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tag(f"blank_{col}")
            continue
        cells[col], t = _country(src, str(iso), role, rng, hotspot)
        exp[col] = iso
        tag(t)

    transit = ev["transit_countries"]
    cells["transit_countries"], t = _transit(src, None if transit is None else str(transit), rng)
    exp["transit_countries"] = transit
    tag(t)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.mode_unknown), "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = choice(rng, _mode_words(src, mode, corridor))
        exp["transport_mode"] = mode

    lat = None if ev["lat"] is None else float(ev["lat"])  # type: ignore[arg-type]
    lon = None if ev["lon"] is None else float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: _Cells = {}
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _place(src, lat, lon, rng)
        tag(t)
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = w.offence_sep.join(words)
    exp["linked_offences"] = offences

    # Where the agency's people were: site, station or reporting member (blank when the
    # report leaves the country of detection blank).
    where_blank = forced_blank == "detection_country"
    det = str(ev["detection_country"])
    if src.source == "dbcargo_fr_surete":
        cells["site"] = None if where_blank else choice(rng, _SITES.get(hotspot, ("",)))
    elif src.source == "rdg_safeguarding":
        cells["location"] = None if where_blank else choice(rng, _STATIONS.get(hotspot, ("",)))
    elif src.source == "colpofer_digest":
        members = _MEMBERS.get(det, ("",))
        if mode == "sea":  # passed on by the member's national contact point
            members = (f"NCP {_name(det, 'en')}",)
        cells["member"] = None if where_blank else choice(rng, members)

    if src.source == "pcrc_seguridad" and rng.random() < 0.08:  # a batch imported twice
        for key, value in cells.items():
            if isinstance(value, str) and key not in ("lat", "lon"):
                garbled = mojibake(value)
                if garbled is not None:
                    cells[key] = garbled
                    if "mojibake" not in tags:
                        tags.append("mojibake")
    for key, value in cells.items():  # an agency's empty word is an empty cell
        if value == "":
            cells[key] = None
    return cells, exp, tags


#: The variant: its sources, who reports what first and second, and how rows are written.
BLIND378: Examiner[RailSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "dbcargo_fr_surete",
        "GBR": "rdg_safeguarding",
        "USA": "ferromex_proteccion",
        "PAN": "pcrc_seguridad",
    },
    compilation="colpofer_digest",
    secondary={
        ("channel", "FRA"): "rdg_safeguarding",
        ("channel", "GBR"): "dbcargo_fr_surete",
        ("thb_vnm_gbr", "GBR"): "colpofer_digest",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=378,
    blank_share=0.3,
)


def make_blind378(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five rail-security sources of ``blind378``.

    DB Cargo France's sûreté (French CSV, cp1252, ``;``) reports the detections in
    France; the Rail Delivery Group's Safeguarding on Rail returns (English XLSX) those in
    the United Kingdom; Ferromex's protección patrimonial (Spanish CSV, UTF-16, tab) those
    at the US border; the Panama Canal Railway's security (Spanish CSV, UTF-8 with BOM,
    ``,``) those in Panama; COLPOFER's incident exchange (English JSON lines) every other
    one. Channel events are reported a second time across the Channel, and some Viet Nam
    to United Kingdom trafficking cases by COLPOFER.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind378(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dbcargo_fr_surete_np.csv', 'rdg_safeguarding_np.xlsx', 'ferromex_proteccion_np.csv',
     'pcrc_seguridad_np.csv', 'colpofer_digest_np.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Tipo de hecho']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND378, truth, seed=seed)
