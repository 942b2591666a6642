"""Examiner set ``blind113``: five Eastern-Mediterranean, Spanish and Mexican desks (``*_dk.*``).

A held-out sample set written without looking at the cleaner. Each source writes the
true events the way its desk keeps its log; the shared row machinery of
:mod:`trendlib.samples._examiner` chooses which source reports which event, plants the
bad rows, the cross-source duplicates and the exact repeats. A reader's guide:

``jrcc_larnaca_dk.csv`` -- Joint Rescue Coordination Centre Larnaca (Cyprus)
    English SAR incident log, UTF-8 without BOM, ``,``. Reports the events detected in
    Greece and, a second time, some Nigeria-Italy trafficking cases it relayed.
    Dates mostly as a military date-time group (``141530Z MAR 22``, the day is the
    UTC day), else ``14/03/2022`` or ``14 Mar 2022``; a few month-only ``MAR 2022``.
    Persons on board under ``POB`` (``1,234``; ``UNK`` / ``N/K`` when not known,
    ``several`` or ``numerous`` on unreadable rows); suspects ``NIL`` or ``none`` for
    zero. One ``Position (WGS84)`` cell in degrees and decimal minutes
    (``34°51.2'N 033°38.5'E``), the compact plot form (``3451.2N 03338.5E``) or
    decimal degrees with hemisphere letters; ``NOT REPORTED`` when no fix. Case type
    as ``SOM``, ``THB``, ``SOM + THB`` and long forms. Nationality as an English
    demonym (``Syrian``) or an ISO alpha-3 code; countries by English name or
    alpha-3 code; routes ``TUR > GRC`` or by name, ``direct`` for none. Some names
    and routes are mojibake (``CÃ´te d'Ivoire``, ``via TÃ¼rkiye``). A note row, an
    empty row, a ``TOTAL POB`` row, and some re-sent rows at the end.
``fn_liban_dk.xlsx`` -- Lebanese Armed Forces, Naval Forces (Forces navales libanaises)
    French liaison workbook of interceptions and partner-reported arrivals, with some
    bilingual French/English headers. Reports the events detected in Italy and
    France, and a second time some Eastern Mediterranean, Western Mediterranean,
    Channel and Viet Nam-UK cases. Dates are real Excel dates, bare Excel serial
    numbers (``44634``) or text (``14/03/2022``, ``14/03/22``, ``14 mars 2022``);
    partial dates ``mars 2022``, ``03/2022``, ``1er trim. 2022``, ``T2 2022``.
    Counts are numbers, or text with a narrow no-break space (``1 234``) or a unit
    (``45 pers.``); ``inconnu`` / ``n.c.`` when not known; suspects ``aucun`` /
    ``néant`` for zero. Latitude and longitude in two columns: numbers, DMS text with
    a decimal-comma second and ``O`` for west (``35°12'34,5"N``), or decimal commas.
    Qualification in words, as ``TEH`` or with Lebanese legal references (law
    164/2011 on trafficking, law of 10 July 1962 on entry and stay). Countries and
    feminine nationalities in French (``syrienne``, ``Côte d'Ivoire``), a few in
    English. Sex ``H``/``F``/``mixte``; age ``majeurs``/``mineurs``/``MNA``.
``piba_liaison_dk.jsonl`` -- Israel Population and Immigration Authority (PIBA),
    Enforcement and Foreigners Administration, international liaison export
    English camelCase keys, one JSON object a line, UTF-8. The compilation source: it
    first reports every event detected outside the other desks' countries (United
    Kingdom, Croatia, Poland ...) and a second time some Atlantic, Darién, US-Mexico,
    Channel and trafficking cases. Dates ISO (``2022-03-14``, with a time
    ``2022-03-14T09:30:00``), ``14.03.2022`` or ``14/03/2022``; partial ``2022-03``
    and ``2022-Q1``. Counts are JSON numbers or strings, ``null`` / ``"unknown"`` when
    not known. Countries as ISO alpha-2 codes (``SY``) or English names; routes as a
    JSON array of alpha-2 codes (``[]`` for none) or a string of names. Location is a
    WKT point, longitude first (``POINT (-77.45282 8.44677)``), ``POINT EMPTY`` when
    not known. Offence category ``SOM``, ``TIP``, ``TIP & SOM``.
``covam_armada_dk.csv`` -- Armada Española, Centro de Operaciones y Vigilancia de
    Acción Marítima (COVAM) Spanish parte log, cp1252, ``;``, CRLF. Reports the events
    detected in Spain and, a second time, some Central Mediterranean cases seen by its
    units deployed there and some Romania-Spain trafficking cases detected in Italy.
    Dates ``14/03/2022 15:30`` (local), ``14/03/2022``, ``14-mar-2022``; a few
    month-only ``03/2022``. Typification by Spanish Penal Code
    article (``art. 318 bis CP`` smuggling, ``art. 177 bis CP`` trafficking, both).
    Counts with a dot thousands separator (``1.234``); ``desc.`` / ``s/d`` when not
    known. ``Sexo (H/M)`` (``M`` is *mujer*: female), ``Edad (may./men.)``,
    ``MENA`` for unaccompanied minors. Latitude/longitude as degrees and decimal
    minutes with a decimal comma and the ordinal sign (``27º 38,5' N``,
    ``017º 59,2' W`` or ``O``) or signed decimal commas. Boat types (``cayuco``,
    ``patera``, ``neumática``). Countries in Spanish or alpha-3 codes; nationality as
    a Spanish demonym or alpha-3 code.
``redodem_dk.csv`` -- Red de Documentación de las Organizaciones Defensoras de
    Migrantes (REDODEM, Mexico) incident register, UTF-16 with BOM, tab-delimited (an
    Excel "Unicode text" export). Reports the events detected in Panama and the United
    States. Dates ``14/03/2022``, ``14 de marzo de 2022``, ``2022-03-14``,
    ``14/mar/2022``; partial ``marzo de 2022``, ``1er trimestre 2022``,
    ``enero-marzo 2022``. Mexican usage: ``Tráfico de personas (art. 159 LM)`` is
    migrant smuggling under the Ley de Migración, ``trata de personas`` is
    trafficking; ``EUA`` for the United States; ``NNA`` for children; comma
    thousands (``1,234``); ``N/D`` / ``sin dato`` when not known. Coordinates in one
    cell (``8.44677, -77.45282`` or ``8.44677 N, 77.45282 O``). Nationality as a
    Spanish demonym agreeing with the sex (``hondureña``). A few mojibake names
    (``MÃ©xico``). Some re-sent rows at the end.
"""

from __future__ import annotations

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

__all__ = ["BLIND113_SOURCES", "DeskSource", "make_blind113"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class DeskSource(ExaminerSource):
    """A ``blind113`` source: the shared fields plus the desk's writing style.

    Attributes
    ----------
    style : str
        Which of the module's writers renders its cells (``"jrcc"``, ``"fnl"``,
        ``"piba"``, ``"covam"``, ``"redodem"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_JRCC = DeskSource(
    source="jrcc_larnaca_dk",
    filename="jrcc_larnaca_dk.csv",
    ref="JRCC-LCA/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "SAR Case No.",
        "event_date": "DTG / Date",
        "crime_type": "Case type",
        "exploitation": "THB form",
        "n_persons": "POB",
        "n_suspects": "Susp. facilitators",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Nationality (main)",
        "origin_country": "Ctry of origin",
        "destination_country": "Intended destination",
        "detection_country": "Detected in (State)",
        "transit_countries": "Route via",
        "transport_mode": "Craft / means",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Assoc. offences",
    },
    note="NOTE: figures provisional pending MAS reconciliation - positions as first reported",
    total="TOTAL POB",
    bad_count=("several", "numerous", "many"),
    repeats=True,
    style="jrcc",
)
_FNL = DeskSource(
    source="fn_liban_dk",
    filename="fn_liban_dk.xlsx",
    ref="FN/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° réf. / Ref. No.",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre de personnes",
        "n_suspects": "Nbre de passeurs / mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Country of origin",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="N.B. : données provisoires, à recouper avec les rapports des partenaires",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="fnl",
)
_PIBA = DeskSource(
    source="piba_liaison_dk",
    filename="piba_liaison_dk.jsonl",
    ref="PIBA-ENF-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseId",
        "event_date": "incidentDate",
        "crime_type": "offenceCategory",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectCount",
        "gender": "sex",
        "age_group": "ageBracket",
        "nationality": "citizenship",
        "origin_country": "countryOfOrigin",
        "destination_country": "destinationCountry",
        "detection_country": "detectedIn",
        "transit_countries": "transitRoute",
        "transport_mode": "travelMode",
        "coordinates": "geoPointWkt",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    style="piba",
)
_COVAM = DeskSource(
    source="covam_armada_dk",
    filename="covam_armada_dk.csv",
    ref="COVAM-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Parte",
        "event_date": "Fecha/Hora (local)",
        "crime_type": "Tipificación",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº ocupantes",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo (H/M)",
        "age_group": "Edad (may./men.)",
        "nationality": "Nacionalidad mayoritaria",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Tipo de embarcación / medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, sujetos a revisión por el COVAM",
    total="TOTAL ocupantes",
    bad_count=("varios", "numerosos"),
    repeats=False,
    style="covam",
)
_REDODEM = DeskSource(
    source="redodem_dk",
    filename="redodem_dk.csv",
    ref="RDM{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas (total)",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar proporcionada por los albergues de la red",
    total="Total general",
    bad_count=("varios", "muchos", "un grupo"),
    repeats=True,
    style="redodem",
)

#: The five sources of ``blind113``, in the order their submissions are returned.
BLIND113_SOURCES: tuple[DeskSource, ...] = (_JRCC, _FNL, _PIBA, _COVAM, _REDODEM)

_PRIMARY = {
    "GRC": _JRCC.source,
    "ITA": _FNL.source,
    "FRA": _FNL.source,
    "ESP": _COVAM.source,
    "PAN": _REDODEM.source,
    "USA": _REDODEM.source,
}
_SECONDARY = {
    ("cmed", "ITA"): _COVAM.source,
    ("thb_nga_ita", "ITA"): _JRCC.source,
    ("emed", "GRC"): _FNL.source,
    ("wmed", "ESP"): _FNL.source,
    ("channel", "GBR"): _FNL.source,
    ("thb_vnm_gbr", "GBR"): _FNL.source,
    ("watl", "ESP"): _PIBA.source,
    ("darien", "PAN"): _PIBA.source,
    ("us_mex", "USA"): _PIBA.source,
    ("channel", "FRA"): _PIBA.source,
    ("thb_rou_esp", "ESP"): _PIBA.source,
    ("thb_rou_esp", "ITA"): _COVAM.source,
}

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English names, French names, Spanish names); the first is the usual one.
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghanistan",), ("Afghanistan",), ("Afganistán",)),
    "ALB": (("Albania",), ("Albanie",), ("Albania",)),
    "AUT": (("Austria",), ("Autriche",), ("Austria",)),
    "BGD": (("Bangladesh",), ("Bangladesh",), ("Bangladés", "Bangladesh")),
    "BGR": (("Bulgaria",), ("Bulgarie",), ("Bulgaria",)),
    "BIH": (
        ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
        ("Bosnie-Herzégovine",),
        ("Bosnia y Herzegovina",),
    ),
    "BLR": (("Belarus",), ("Biélorussie", "Bélarus"), ("Bielorrusia",)),
    "CHN": (("China",), ("Chine",), ("China",)),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), ("Côte d'Ivoire",), ("Costa de Marfil",)),
    "CMR": (("Cameroon",), ("Cameroun",), ("Camerún",)),
    "COL": (("Colombia",), ("Colombie",), ("Colombia",)),
    "DEU": (("Germany",), ("Allemagne",), ("Alemania",)),
    "DZA": (("Algeria",), ("Algérie",), ("Argelia",)),
    "ECU": (("Ecuador",), ("Équateur",), ("Ecuador",)),
    "EGY": (("Egypt",), ("Égypte",), ("Egipto",)),
    "ERI": (("Eritrea",), ("Érythrée",), ("Eritrea",)),
    "ESP": (("Spain",), ("Espagne",), ("España",)),
    "FRA": (("France",), ("France",), ("Francia",)),
    "GBR": (("United Kingdom", "UK"), ("Royaume-Uni",), ("Reino Unido",)),
    "GIN": (("Guinea", "Guinea (Conakry)"), ("Guinée", "Guinée-Conakry"), ("Guinea",)),
    "GMB": (("Gambia", "The Gambia"), ("Gambie",), ("Gambia",)),
    "GRC": (("Greece",), ("Grèce",), ("Grecia",)),
    "GTM": (("Guatemala",), ("Guatemala",), ("Guatemala",)),
    "HND": (("Honduras",), ("Honduras",), ("Honduras",)),
    "HRV": (("Croatia",), ("Croatie",), ("Croacia",)),
    "HTI": (("Haiti",), ("Haïti",), ("Haití",)),
    "HUN": (("Hungary",), ("Hongrie",), ("Hungría",)),
    "IRN": (("Iran",), ("Iran",), ("Irán",)),
    "IRQ": (("Iraq",), ("Irak",), ("Irak",)),
    "ITA": (("Italy",), ("Italie",), ("Italia",)),
    "LBY": (("Libya",), ("Libye",), ("Libia",)),
    "MAR": (("Morocco",), ("Maroc",), ("Marruecos",)),
    "MEX": (("Mexico",), ("Mexique",), ("México",)),
    "MKD": (("North Macedonia",), ("Macédoine du Nord",), ("Macedonia del Norte",)),
    "MLI": (("Mali",), ("Mali",), ("Malí",)),
    "MRT": (("Mauritania",), ("Mauritanie",), ("Mauritania",)),
    "NER": (("Niger",), ("Niger",), ("Níger",)),
    "NGA": (("Nigeria",), ("Nigéria", "Nigeria"), ("Nigeria",)),
    "PAK": (("Pakistan",), ("Pakistan",), ("Pakistán",)),
    "PAN": (("Panama",), ("Panama",), ("Panamá",)),
    "POL": (("Poland",), ("Pologne",), ("Polonia",)),
    "ROU": (("Romania",), ("Roumanie",), ("Rumanía", "Rumania")),
    "RUS": (("Russia", "Russian Federation"), ("Russie",), ("Rusia",)),
    "SEN": (("Senegal",), ("Sénégal",), ("Senegal",)),
    "SRB": (("Serbia",), ("Serbie",), ("Serbia",)),
    "SYR": (("Syria",), ("Syrie",), ("Siria",)),
    "TUN": (("Tunisia",), ("Tunisie",), ("Túnez",)),
    "TUR": (("Türkiye", "Turkey"), ("Turquie",), ("Turquía",)),
    "USA": (("United States", "USA"), ("États-Unis",), ("Estados Unidos", "EE. UU.")),
    "VEN": (("Venezuela",), ("Venezuela",), ("Venezuela",)),
    "VNM": (("Viet Nam", "Vietnam"), ("Viêt Nam", "Vietnam"), ("Vietnam",)),
    "YEM": (("Yemen",), ("Yémen",), ("Yemen",)),
}
#: Mexican spellings used by REDODEM where they differ from Spain's.
_MEXICAN_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("Estados Unidos", "EUA", "Estados Unidos de América"),
    "CHN": ("China", "República Popular China"),
}
#: ISO alpha-3 -> (English demonym, French feminine demonym, Spanish masculine demonym).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgano"),
    "ALB": ("Albanian", "albanaise", "albanés"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "chino"),
    "CIV": ("Ivorian", "ivoirienne", "marfileño"),
    "CMR": ("Cameroonian", "camerounaise", "camerunés"),
    "COL": ("Colombian", "colombienne", "colombiano"),
    "DZA": ("Algerian", "algérienne", "argelino"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptienne", "egipcio"),
    "ERI": ("Eritrean", "érythréenne", "eritreo"),
    "GIN": ("Guinean", "guinéenne", "guineano"),
    "GMB": ("Gambian", "gambienne", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurienne", "hondureño"),
    "HTI": ("Haitian", "haïtienne", "haitiano"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicano"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriano"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumano"),
    "SEN": ("Senegalese", "sénégalaise", "senegalés"),
    "SYR": ("Syrian", "syrienne", "sirio"),
    "TUN": ("Tunisian", "tunisienne", "tunecino"),
    "TUR": ("Turkish", "turque", "turco"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolano"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "jrcc": {
        "smuggling": ("SOM", "Migrant smuggling", "Smuggling of migrants", "Facilitated entry"),
        "trafficking": ("THB", "Trafficking in human beings", "Human trafficking"),
        "both": ("SOM + THB", "Smuggling and THB"),
    },
    "fnl": {
        "smuggling": (
            "Trafic de migrants",
            "Aide à l'entrée irrégulière",
            "Trafic illicite de migrants (loi du 10/07/1962)",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des personnes (loi 164/2011)"),
        "both": ("TEH + trafic de migrants", "Traite et trafic de migrants"),
    },
    "piba": {
        "smuggling": ("SOM", "migrant smuggling"),
        "trafficking": ("TIP", "trafficking in persons"),
        "both": ("TIP & SOM", "trafficking and smuggling"),
    },
    "covam": {
        "smuggling": (
            "art. 318 bis CP",
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("art. 177 bis CP", "Trata de seres humanos (art. 177 bis CP)", "TSH"),
        "both": ("arts. 177 bis y 318 bis CP", "Trata y tráfico de migrantes"),
    },
    "redodem": {
        "smuggling": (
            "Tráfico de personas (art. 159 LM)",
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
        ),
        "trafficking": ("Trata de personas", "Trata de personas (LGPSEDMTP)"),
        "both": ("Trata y tráfico de migrantes", "Trata de personas y tráfico de migrantes"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour", "forced labor"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other forms"),
    },
    "piba": {
        "sexual": ("sexual", "sex"),
        "forced_labour": ("labor", "forced labor"),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ harvesting",),
        "other": ("other",),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme"),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra", "otras formas"),
    },
}
#: What each style writes in the exploitation cell of a pure smuggling case.
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "jrcc": (None, None, "N/A"),
    "fnl": (None, None, "sans objet"),
    "piba": (None,),
    "covam": (None, None, "—"),
    "redodem": (None, None, "no aplica"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "jrcc": {
        "male": ("M", "Male", "all male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
    },
    "fnl": {"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("mixte", "H/F")},
    "piba": {"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed",)},
    "covam": {"male": ("H", "hombres"), "female": ("M", "mujeres"), "mixed": ("H/M", "mixto")},
    "redodem": {
        "male": ("masculino", "hombres"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
}
#: The sex of a lone person, where the style words it in the singular.
_GENDER_ONE: dict[str, dict[str, tuple[str, ...]]] = {
    "fnl": {"male": ("homme",), "female": ("femme",)},
    "covam": {"male": ("H", "hombre"), "female": ("M", "mujer")},
    "redodem": {"male": ("masculino", "hombre"), "female": ("femenino", "mujer")},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "jrcc": {
        "adult": ("adults", "ADULT"),
        "child": ("minors", "UASC", "children"),
        "mixed": ("adults + minors", "mixed"),
    },
    "fnl": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("mixte", "majeurs et mineurs"),
    },
    "piba": {"adult": ("adult", "18+"), "child": ("minor", "under 18"), "mixed": ("mixed",)},
    "covam": {
        "adult": ("may.", "mayores de edad", "adultos"),
        "child": ("men.", "menores", "MENA"),
        "mixed": ("may./men.", "mixto"),
    },
    "redodem": {
        "adult": ("adultos", "mayores de 18"),
        "child": ("NNA", "menores"),
        "mixed": ("adultos y NNA", "mixto"),
    },
}
#: "Not applicable / not recorded" words of a category cell (read as unknown).
_NA_WORD: dict[str, tuple[str, ...]] = {
    "jrcc": ("N/A", "not recorded"),
    "fnl": ("n.a.", "non renseigné"),
    "piba": ("n/a", "not recorded"),
    "covam": ("N/A", "no consta"),
    "redodem": ("no aplica", "no especificado"),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "jrcc": {
        "sea": ("rubber boat", "wooden boat", "fishing vessel", "sailing yacht", "by sea"),
        "land": ("overland", "on foot", "vehicle", "lorry"),
        "air": ("air", "commercial flight"),
    },
    "fnl": {
        "sea": ("embarcation", "bateau de pêche", "pneumatique", "voilier", "voie maritime"),
        "land": ("voie terrestre", "camion", "à pied", "véhicule"),
        "air": ("voie aérienne", "avion"),
    },
    "piba": {
        "sea": ("SEA", "maritime"),
        "land": ("LAND", "land border"),
        "air": ("AIR", "flight"),
    },
    "covam": {
        "sea": ("cayuco", "patera", "neumática", "embarcación", "velero"),
        "land": ("vía terrestre", "a pie", "vehículo", "camión"),
        "air": ("vía aérea", "avión"),
    },
    "redodem": {
        "sea": ("lancha", "embarcación", "vía marítima"),
        "land": ("a pie", "tráiler", "autobús", "camioneta", "vía terrestre"),
        "air": ("vía aérea", "avión"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("marchandises illicites", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "covam": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "redodem": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": (
            "lavado de dinero",
            "operaciones con recursos de procedencia ilícita",
        ),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_LANG = {"jrcc": "en", "fnl": "fr", "piba": "en", "covam": "covam", "redodem": "redodem"}
_OFFENCE_JOIN = {
    "jrcc": (", ", "; "),
    "fnl": (" ; ", ", "),
    "piba": ("; ",),
    "covam": (" y ", ", "),
    "redodem": (", ", " y "),
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_ABBR = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: Share of rows (where a partial date is allowed) written with a month or a quarter.
_PARTIAL = {"jrcc": 0.02, "fnl": 0.07, "piba": 0.06, "covam": 0.02, "redodem": 0.07}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _lang_index(style: str) -> int:
    return {"jrcc": 0, "piba": 0, "fnl": 1, "covam": 2, "redodem": 2}[style]


def _name(style: str, code: str, rng: _Rng) -> str:
    """Return a country's name as the style writes it (mostly its usual name)."""
    if style == "redodem" and code in _MEXICAN_NAMES:
        names = _MEXICAN_NAMES[code]
    elif code in _NAMES:
        names = _NAMES[code][_lang_index(style)]
    else:
        return code
    return names[0] if rng.random() < 0.7 or len(names) == 1 else choice(rng, names[1:])


def _country(src: DeskSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country cell (origin, destination, detection) in the style."""
    style = src.style
    draw = rng.random()
    if style == "piba":
        if draw < 0.65:
            tags.append("iso2_code")
            return iso_codes(code)[0]
        return _name(style, code, rng)
    if style in ("jrcc", "covam") and draw < 0.22:
        tags.append("iso3_code")
        return code
    if style == "redodem" and draw < 0.08:
        tags.append("iso3_code")
        return code
    if style == "fnl" and draw < 0.12:
        tags.append("english_name")
        return _NAMES[code][0][0] if code in _NAMES else code
    text = _name(style, code, rng)
    if style in ("jrcc", "redodem") and rng.random() < 0.25:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    return text if fits(text, src) else code


def _feminine_es(word: str) -> str:
    """Return the feminine of a Spanish demonym (``hondureño`` -> ``hondureña``)."""
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith("és"):
        return word[:-2] + "esa"
    if word.endswith("án"):
        return word[:-2] + "ana"
    return word


def _nationality(src: DeskSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write a nationality cell: a demonym, a code or the country's name."""
    code = str(ev["nationality"])
    style = src.style
    dem = _DEMONYMS.get(code)
    draw = rng.random()
    if style == "piba":
        if draw < 0.8 or dem is None:
            tags.append("iso2_code")
            return iso_codes(code)[0]
        tags.append("demonym")
        return dem[0]
    if dem is None or draw < 0.2:
        if style == "fnl":
            return _name(style, code, rng)
        tags.append("iso3_code")
        return code
    tags.append("demonym")
    if style == "jrcc":
        return dem[0] if rng.random() < 0.85 else dem[0].upper()
    if style == "fnl":
        return dem[1] if rng.random() < 0.8 else dem[1].upper()
    word = dem[2]
    if style == "redodem" and ev["gender"] == "female":
        word = _feminine_es(word)
    elif style == "covam" and rng.random() < 0.3:
        word = word.upper()
    return word if fits(word, src) else code


def _transit(src: DeskSource, value: object, rng: _Rng, tags: list[str]) -> object:
    """Write a transit cell: the ordered countries in the style's list, or a none word."""
    style = src.style
    if value is None:
        if style == "piba":
            return [] if rng.random() < 0.5 else None
        none_words: dict[str, tuple[str | None, ...]] = {
            "jrcc": (None, "direct"),
            "fnl": (None, "direct", "aucun"),
            "covam": (None, "directo"),
            "redodem": (None, "ninguno"),
        }
        return choice(rng, [w or "" for w in none_words[style]]) or None
    codes = str(value).split("|")
    if style == "piba":
        if rng.random() < 0.6:
            tags.append("json_list")
            return [iso_codes(c)[0] for c in codes]
        return " > ".join(_name(style, c, rng) for c in codes)
    if style in ("jrcc", "covam") and rng.random() < 0.35:
        tags.append("iso3_code")
        return (" > " if style == "jrcc" else "-").join(codes)
    joins = {"jrcc": (", ", " - "), "fnl": (" ; ", " - "), "covam": (" / ",), "redodem": (", ",)}
    text = choice(rng, joins[style]).join(_name(style, c, rng) for c in codes)
    if style == "jrcc" and rng.random() < 0.2:
        text = "via " + text
    if style in ("jrcc", "redodem") and rng.random() < 0.15:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            text = garbled
    return text if fits(text, src) else "-".join(codes)


def _offences(src: DeskSource, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None
    table = _OFFENCES[_OFFENCE_LANG[src.style]]
    words = [choice(rng, table[o]) for o in str(value).split("|")]
    return choice(rng, _OFFENCE_JOIN[src.style]).join(words)


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _count(src: DeskSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons in the style (a number in XLSX and JSON lines)."""
    style = src.style
    big = n >= 1000
    if style == "jrcc":
        if big and rng.random() < 0.6:
            tags.append("thousands_sep")
            return _thousands(n, ",")
        return str(n)
    if style == "fnl":
        if big and rng.random() < 0.5:
            tags.append("thousands_sep")
            return _thousands(n, choice(rng, ("\u202f", "\u00a0", " ")))
        if rng.random() < 0.05:
            tags.append("count_unit")
            return f"{n} pers."
        return n
    if style == "piba":
        return n if rng.random() < 0.8 else str(n)
    if style == "covam":
        if big and rng.random() < 0.6:
            tags.append("thousands_sep")
            return _thousands(n, ".")
        return str(n)
    if big and rng.random() < 0.6:
        tags.append("thousands_sep")
        return _thousands(n, ",")
    if rng.random() < 0.05:
        tags.append("count_unit")
        return f"{n} personas" if n != 1 else "1 persona"
    return str(n)


_COUNT_PLACEHOLDER: dict[str, tuple[str | None, ...]] = {
    "jrcc": ("UNK", "N/K"),
    "fnl": ("inconnu", "n.c."),
    "piba": (None, "unknown"),
    "covam": ("desc.", "s/d"),
    "redodem": ("N/D", "sin dato"),
}
_ZERO_WORD = {
    "jrcc": ("NIL", "none"),
    "fnl": ("aucun", "néant"),
    "piba": ("none",),
    "covam": ("ninguno",),
    "redodem": ("ninguno",),
}


def _placeholder(style: str, rng: _Rng) -> str | None:
    options = _COUNT_PLACEHOLDER[style]
    return options[int(rng.integers(len(options)))]


def _suspects(src: DeskSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write a count of suspects; return the cell and the value it stands for."""
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return _placeholder(src.style, rng), None
    if n == 0 and rng.random() < 0.5:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[src.style]), 0
    if src.format == "csv":
        return str(n), n
    return n, n


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _ddm(value: float, places: int) -> tuple[int, float, float]:
    """Return degrees and decimal minutes of ``|value|`` and the value they stand for."""
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, places)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    exact = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return deg, minutes, exact


def _dms(value: float) -> tuple[int, int, float, float]:
    """Return degrees, minutes, seconds of ``|value|`` and the value they stand for."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    exact = tenths / 36000 * (1 if value >= 0 else -1)
    return int(deg), int(minutes), sec10 / 10, exact


def _hemi(value: float, is_lat: bool, west: str) -> str:
    if is_lat:
        return "N" if value >= 0 else "S"
    return "E" if value >= 0 else west


def _coord_jrcc(lat: float, lon: float, rng: _Rng, tags: list[str]) -> tuple[str, float, float]:
    draw = rng.random()
    if draw < 0.75:
        la_d, la_m, la = _ddm(lat, 1)
        lo_d, lo_m, lo = _ddm(lon, 1)
        tags.append("ddm_coords")
        if draw < 0.5:
            text = (
                f"{la_d:02d}°{la_m:04.1f}'{_hemi(lat, True, 'W')} "
                f"{lo_d:03d}°{lo_m:04.1f}'{_hemi(lon, False, 'W')}"
            )
        else:
            tags.append("plot_form")
            text = (
                f"{la_d:02d}{la_m:04.1f}{_hemi(lat, True, 'W')} "
                f"{lo_d:03d}{lo_m:04.1f}{_hemi(lon, False, 'W')}"
            )
        return text, la, lo
    la, lo = round(abs(lat), 4), round(abs(lon), 4)
    text = f"{la:.4f}{_hemi(lat, True, 'W')} {lo:08.4f}{_hemi(lon, False, 'W')}"
    return text, la * (1 if lat >= 0 else -1), lo * (1 if lon >= 0 else -1)


def _one_fnl(value: float, is_lat: bool, form: str) -> tuple[object, float]:
    if form == "number":
        return round(value, 5), round(value, 5)
    if form == "dms":
        deg, minutes, sec, exact = _dms(value)
        sec_text = f"{sec:04.1f}".replace(".", ",")
        return f"{deg}°{minutes:02d}'{sec_text}\"{_hemi(value, is_lat, 'O')}", exact
    return f"{value:.5f}".replace(".", ","), round(value, 5)


def _one_covam(value: float, is_lat: bool, ddm: bool) -> tuple[str, float]:
    if ddm:
        deg, minutes, exact = _ddm(value, 1)
        width = 2 if is_lat else 3
        min_text = f"{minutes:04.1f}".replace(".", ",")
        return f"{deg:0{width}d}º {min_text}' {_hemi(value, is_lat, 'W')}", exact
    return f"{value:.5f}".replace(".", ","), round(value, 5)


def _coordinates(
    src: DeskSource, ev: dict[str, object], rng: _Rng, forced: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the location cells (``coordinates``, or ``lat`` and ``lon``); return their values."""
    style = src.style
    split = "lat" in src.headers
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    empty: dict[str, object] = {"lat": None, "lon": None} if split else {"coordinates": None}
    if forced:
        tags.append("blank_coordinates")
        return empty, None, None
    if rng.random() < 0.03:
        holder = {
            "jrcc": "NOT REPORTED",
            "fnl": "n.c.",
            "piba": "POINT EMPTY",
            "covam": "s/d",
            "redodem": "sin coordenadas",
        }[style]
        if rng.random() < 0.5:
            tags.append("coords_missing")
            return empty, None, None
        tags.append("coords_placeholder")
        return ({"lat": holder, "lon": holder} if split else {"coordinates": holder}), None, None
    if style == "jrcc":
        text, la, lo = _coord_jrcc(lat, lon, rng, tags)
        return {"coordinates": text}, la, lo
    if style == "fnl":
        draw = rng.random()
        form = "number" if draw < 0.55 else "dms" if draw < 0.85 else "comma"
        if form != "number":
            tags.append("dms_coords" if form == "dms" else "decimal_comma")
        lat_cell, la = _one_fnl(lat, True, form)
        lon_cell, lo = _one_fnl(lon, False, form)
        return {"lat": lat_cell, "lon": lon_cell}, la, lo
    if style == "piba":
        tags.append("wkt_point")
        sep = " " if rng.random() < 0.7 else ""
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"POINT{sep}({lo:.5f} {la:.5f})"}, la, lo
    if style == "covam":
        ddm = rng.random() < 0.7
        tags.append("ddm_coords" if ddm else "decimal_comma")
        lat_cell, la = _one_covam(lat, True, ddm)
        lon_cell, lo = _one_covam(lon, False, ddm)
        if ddm and lon < 0 and rng.random() < 0.4:
            lon_cell = lon_cell[:-1] + "O"  # Spanish "oeste"
        return {"lat": lat_cell, "lon": lon_cell}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    if rng.random() < 0.8:
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    text = f"{abs(la):.5f} {_hemi(la, True, 'O')}, {abs(lo):.5f} {_hemi(lo, False, 'O')}"
    return {"coordinates": text}, la, lo


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _partial_date(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[str, pd.Timestamp, str]:
    """Write a month or quarter in the style; return it, its first day and precision."""
    q = _quarter(ts)
    q_start = pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)
    m_start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
    quarter = style in ("fnl", "piba", "redodem") and rng.random() < 0.45
    if style == "jrcc":
        return f"{_EN_ABBR[ts.month - 1]} {ts.year}", m_start, "month"
    if style == "covam":
        return f"{ts.month:02d}/{ts.year}", m_start, "month"
    if style == "fnl":
        if quarter:
            first = "1er" if q == 1 else f"{q}e"
            return choice(rng, (f"{first} trim. {ts.year}", f"T{q} {ts.year}")), q_start, "quarter"
        text = choice(rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
        return text, m_start, "month"
    if style == "piba":
        if quarter:
            return choice(rng, (f"{ts.year}-Q{q}", f"Q{q} {ts.year}")), q_start, "quarter"
        return f"{ts.year}-{ts.month:02d}", m_start, "month"
    if quarter:
        ordinal = ("1er", "2do", "3er", "4to")[q - 1]
        span = f"{_ES_MONTHS[3 * q - 3]}-{_ES_MONTHS[3 * q - 1]} {ts.year}"
        return choice(rng, (f"{ordinal} trimestre {ts.year}", span)), q_start, "quarter"
    return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", m_start, "month"


def _day_date(style: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date in the style (text, or a date or serial number in XLSX)."""
    draw = rng.random()
    dmy = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    hh, mm = int(rng.integers(24)), int(rng.integers(12)) * 5
    if style == "jrcc":
        if draw < 0.6:
            tags.append("dtg_date")
            return f"{ts.day:02d}{hh:02d}{mm:02d}Z {_EN_ABBR[ts.month - 1]} {ts.year % 100:02d}"
        if draw < 0.85:
            return dmy
        return f"{ts.day} {_EN_ABBR[ts.month - 1].title()} {ts.year}"
    if style == "fnl":
        if draw < 0.55:
            return ts.to_pydatetime()
        if draw < 0.7:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days)
        if draw < 0.85:
            return dmy
        if draw < 0.95:
            tags.append("month_name")
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
    if style == "piba":
        if draw < 0.6:
            return ts.strftime("%Y-%m-%d")
        if draw < 0.75:
            return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00"
        if draw < 0.9:
            return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
        return dmy
    if style == "covam":
        if draw < 0.5:
            return f"{dmy} {hh:02d}:{mm:02d}"
        if draw < 0.8:
            return dmy
        tags.append("month_name")
        return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
    if draw < 0.5:
        return dmy
    if draw < 0.7:
        tags.append("month_name")
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    if draw < 0.85:
        return ts.strftime("%Y-%m-%d")
    tags.append("month_name")
    return f"{ts.day:02d}/{_ES_ABBR[ts.month - 1]}/{ts.year}"


def _bad_date(src: DeskSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    style = src.style
    if kind == "no_date":
        if style == "redodem" and rng.random() < 0.4:
            return "s/f"
        return None
    if kind == "bad_date":
        # 29 February of a common year, 30 February, 31 April / June / September
        feb = 29 if ts.year % 4 else 30
        if style == "jrcc":
            return choice(rng, (f"{feb}0930Z FEB {ts.year % 100:02d}", f"31/04/{ts.year}"))
        if style == "fnl":
            return choice(rng, (f"31 juin {ts.year}", f"{feb}/02/{ts.year}"))
        if style == "piba":
            return choice(rng, (f"{ts.year}-02-{feb}", f"{ts.year}-04-31"))
        if style == "covam":
            return choice(rng, (f"31/11/{ts.year} 10:00", f"{feb}/02/{ts.year}"))
        return choice(rng, (f"31 de septiembre de {ts.year}", f"{feb}/02/{ts.year}"))
    # a typing slip in the year: 2022 -> 2202
    digits = str(ts.year)
    year = digits[0] + digits[2] + digits[1] + digits[3]
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    if style == "piba":
        return f"{year}-{ts.month:02d}-{day:02d}"
    if style == "covam":
        return f"{day:02d}/{ts.month:02d}/{year} 12:00"
    return f"{day:02d}/{ts.month:02d}/{year}"


def _note_date(src: DeskSource, last: pd.Timestamp) -> object:
    """Write the date of a source's note row (the day of its last row)."""
    if src.style == "fnl":
        return last.to_pydatetime()
    if src.style == "piba":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: DeskSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = src.style
    lang = "piba" if style == "piba" else src.language
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    if partial_ok and rng.random() < _PARTIAL[style]:
        text, day, precision = _partial_date(style, ts, rng)
        cells["event_date"] = text
        tags.append(f"partial_{precision}")
        exp["event_date"], exp["date_precision"] = day, precision
    else:
        cells["event_date"] = _day_date(style, ts, rng, tags)
        exp["event_date"], exp["date_precision"] = ts, "day"

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[style][crime])
    if "art." in str(cells["crime_type"]) or "loi" in str(cells["crime_type"]):
        tags.append("legal_ref")
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if crime == "smuggling" or form is None:
        cells["exploitation"] = choice(rng, [w or "" for w in _NO_EXPLOITATION[style]]) or None
        exp["exploitation"] = None
    else:
        table = _EXPLOITATION["en" if lang == "en" else lang]
        cells["exploitation"] = choice(rng, table[str(form)])
        exp["exploitation"] = form

    # counts
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = _placeholder(style, rng)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons, rng, tags)
        exp["n_persons"] = persons
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, suspects, rng, tags)

    # sex and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        one = _GENDER_ONE.get(style, {})
        words = one[gender] if persons == 1 and gender in one else _GENDER[style][gender]
        cells["gender"], exp["gender"] = choice(rng, words), gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[style]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style][age]), age

    # countries
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, ev, rng, tags)
        exp["nationality"] = ev["nationality"]
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags)
    exp["origin_country"] = ev["origin_country"]
    cells["destination_country"] = _country(src, str(ev["destination_country"]), rng, tags)
    exp["destination_country"] = ev["destination_country"]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(ev["detection_country"]), rng, tags)
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    # transport, place, linked offences
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA_WORD[style]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT[style][mode])
        exp["transport_mode"] = mode
    place, exp["lat"], exp["lon"] = _coordinates(src, ev, rng, forced_blank == "coordinates", tags)
    cells.update(place)
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    return cells, exp, sorted(set(tags), key=tags.index)


_EXAMINER: Examiner[DeskSource] = Examiner(
    sources=BLIND113_SOURCES,
    primary=_PRIMARY,
    compilation=_PIBA.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=113,
    blank_share=0.35,
)


def make_blind113(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind113`` desks' submissions (``*_dk.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``jrcc_larnaca_dk.csv`` (English, UTF-8, ``,``), ``fn_liban_dk.xlsx``
        (French), ``piba_liaison_dk.jsonl`` (English keys), ``covam_armada_dk.csv``
        (Spanish, cp1252, ``;``) and ``redodem_dk.csv`` (Mexican Spanish, UTF-16,
        tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind113(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['jrcc_larnaca_dk.csv', 'fn_liban_dk.xlsx', 'piba_liaison_dk.jsonl',
     'covam_armada_dk.csv', 'redodem_dk.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
