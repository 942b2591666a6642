"""Examiner variant ``blind162``: five desks of the air transit hubs (files ``*_fh.*``).

The five sources are desks that sit at, or look through, the air hubs between Africa,
Asia, Europe and the Americas and log the smuggling and trafficking cases their
passengers or flows end up in, wherever the group is finally detected:

``thy_security_ist``
    Turkish Airlines Corporate Security, Istanbul Airport occurrence desk. English;
    an Excel "Unicode Text" export saved as ``.csv`` (UTF-16 with BOM, TAB-separated).
    Airline habits: ISO alpha-2 country codes, routing joined by ``-``, passenger types
    ``ADT``/``CHD``/``UM``, gender ``M``/``F``/``U``, dates ``17.05.2023``, positions
    ``41.1023N 26.2011E`` in one cell, ``NIL`` for none. Reports Greece, Croatia, Poland.
``ek_group_security``
    Emirates Group Security, Dubai, document-examination and facilitation log. English
    XLSX: real Excel dates mixed with airline ``17MAY23`` text, ICAO/ISO alpha-3
    nationality codes, English names and aliases (``UK``), numeric ``Lat``/``Long``.
    Reports the United Kingdom.
``ram_surete_cmn``
    Royal Air Maroc, Direction Sûreté (cellule fraude documentaire), Casablanca
    Mohammed V. French, cp1252, ``;``, CRLF: ``17/05/2023`` and ``17 mai 2023``,
    ``mai 2023``, ``T2 2023``, French country names (``RCI``, ``Guinée-Conakry``),
    decimal commas, ``1 250``, ``NC``, ``néant``, counts in words. Reports Spain, France.
``aircop_gcia_pty``
    UNODC-WCO-INTERPOL AIRCOP Joint Airport Interdiction Task Force (Grupo Conjunto de
    Interdicción Aeroportuaria) at Tocumen, Panama. Spanish XLSX: ``dd/mm/yyyy`` text,
    Excel serial numbers and real dates in one column, UN M49 numeric codes
    (``862 - Venezuela``), ``NNA``, routes joined by `` / ``, coordinates copied from a map
    (``8°30'04.3"N 77°30'12.1"W`` or ``8.501234, -77.503421``). Reports Panama, USA.
``ilo_network_cairo``
    The local network of immigration liaison officers in Cairo (Regulation (EU)
    2019/1240): a JSON lines export of the incidents its members pool. ISO alpha-3
    codes, lists for the route and the linked offences, ISO dates and ``2023-05`` /
    ``2023-Q2``; names pasted from members' sheets arrive as mojibake (``Ã‰gypte``).
    The compilation: it reports every event no other desk does (Italy).

Every written cell says what a careful analyst would read; the truth
(:attr:`Submission.expected`) expects exactly that, and the messiness tags name what
was planted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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

__all__ = ["SOURCES", "make_blind162"]

_Rng = np.random.Generator

_THY = "thy_security_ist"
_EK = "ek_group_security"
_RAM = "ram_surete_cmn"
_AIRCOP = "aircop_gcia_pty"
_ILO = "ilo_network_cairo"

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
_MONTHS_ES = (
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
_MON_EN = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3 -> (English, French, Spanish), as these desks write them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
# Other names a desk writes for a country (all unambiguous to an analyst).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Rep.",),
        "IRN": ("Iran (Islamic Rep. of)",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "MKD": ("N. Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
    },
    "fr": {
        "GIN": ("Guinée-Conakry",),
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "CIV": ("RCI",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "RUS": ("Fédération de Russie",),
        "VNM": ("Viêt Nam",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "EUA"),
        "GBR": ("Gran Bretaña",),
        "CHN": ("República Popular China",),
        "VEN": ("Venezuela (República Bolivariana de)",),
        "BIH": ("Bosnia",),
    },
}
# Slips of the keyboard a reader still reads as the country.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "BGD": "Bangaldesh",
        "ERI": "Eritera",
        "SYR": "Syira",
        "EGY": "Egpyt",
        "TUN": "Tunsia",
        "NGA": "Nigera",
        "VNM": "Veitnam",
        "ALB": "Albnia",
        "GBR": "United Kingdon",
        "DEU": "Germnay",
        "ITA": "Itlay",
        "IRQ": "Iraqq",
        "FRA": "Frnace",
    },
    "fr": {
        "AFG": "Afganistan",
        "MAR": "Marroc",
        "SEN": "Sénégall",
        "ESP": "Espagen",
        "DZA": "Algérei",
        "FRA": "Frnace",
        "MLI": "Malli",
        "GIN": "Guinnée",
    },
    "es": {
        "VEN": "Venezuala",
        "ECU": "Ecudor",
        "HTI": "Haity",
        "COL": "Colmbia",
        "MEX": "Mexíco",
        "GTM": "Guatamala",
        "HND": "Hondura",
        "USA": "Estados Unidoss",
        "CHN": "Chian",
    },
}


@dataclass(frozen=True)
class _Desk(ExaminerSource):
    """One desk of the set: what the shared machinery reads, plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the desk's words (first = the usual one).
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries.
    no_exploitation : str or None
        What the desk writes in the exploitation cell of a pure smuggling case.
    unknown_gender, na_word : tuple of str
        What it writes for an unstated gender, and for an age group or transport mode
        it did not record.
    count_placeholder, suspects_placeholder, zero_words : tuple of str
        Its "not known" count words and its words for no facilitator.
    small_words : tuple of str
        Its words for one, two, three ... (empty if it writes digits only).
    styles : mapping
        Column -> country-style weights (``"*"`` for the columns not named).
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    no_exploitation: str | None
    unknown_gender: tuple[str, ...]
    na_word: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]
    small_words: tuple[str, ...]
    styles: Mapping[str, Mapping[str, float]]


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_THY_SRC = _Desk(
    source=_THY,
    filename=f"{_THY}_fh.csv",
    ref="CS-IST-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Occurrence No",
        "event_date": "Occurrence Date",
        "crime_type": "Case Type",
        "exploitation": "THB Purpose",
        "n_persons": "Pax",
        "n_suspects": "Facilitators",
        "gender": "Gender",
        "age_group": "Pax Type",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "detection_country": "Detected In",
        "transit_countries": "Routing (Transit)",
        "transport_mode": "Mode",
        "coordinates": "Position",
        "linked_offences": "Related Offences",
    },
    note="Source: TK Corporate Security IST ops desk - provisional data, not for release",
    total="TOTAL PAX",
    bad_count=("MULTIPLE", "GROUP"),
    repeats=True,
    crime={
        "smuggling": ("MIGRANT SMUGGLING", "SOM", "Smuggling of migrants"),
        "trafficking": ("HUMAN TRAFFICKING", "THB", "Trafficking in persons"),
        "both": ("THB + SOM", "SMUGGLING/TRAFFICKING"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "SEXUAL"),
        "forced_labour": ("Forced labour", "LABOUR"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("M/F", "MIXED")},
    age={"child": ("CHD", "UM"), "adult": ("ADT",), "mixed": ("ADT+CHD",)},
    mode={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    offences={
        "document_fraud": ("FRAUDULENT DOC", "FORGED PASSPORT"),
        "corruption": ("BRIBERY",),
        "money_laundering": ("MONEY LAUNDERING",),
        "illicit_goods": ("CONTRABAND",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    offence_sep=" / ",
    transit_sep="-",
    no_exploitation=None,
    unknown_gender=("U",),
    na_word=("N/A",),
    count_placeholder=("TBC", "N/K"),
    suspects_placeholder=("UNK",),
    zero_words=("NIL",),
    small_words=(),
    styles={"*": {"iso2": 0.83, "upper": 0.1, "alias": 0.03, "iso3": 0.04}},
)

_EK_SRC = _Desk(
    source=_EK,
    filename=f"{_EK}_fh.xlsx",
    ref="EKGS/DXB/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "GS Reference",
        "event_date": "Date of Occurrence",
        "crime_type": "Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Pax",
        "n_suspects": "Facilitators Identified",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Points",
        "transport_mode": "Mode of Travel",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Associated Offences",
    },
    note="Note: figures provisional and subject to EKGS Intelligence review",
    total="Grand Total",
    bad_count=("several", "multiple"),
    repeats=False,
    crime={
        "smuggling": ("Smuggling of Migrants", "People smuggling", "Facilitation"),
        "trafficking": ("Trafficking in Persons", "Human trafficking"),
        "both": ("TIP & SOM",),
    },
    exploitation={
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Forced labour"),
        "forced_criminality": ("Criminal activities",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
    age={"child": ("Minor", "Child"), "adult": ("Adult",), "mixed": ("Adults & Minors", "Mixed")},
    mode={"sea": ("Sea", "Maritime"), "land": ("Land", "Overland"), "air": ("Air",)},
    offences={
        "document_fraud": ("Document fraud", "Counterfeit document"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband",),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=", ",
    no_exploitation="N/A",
    unknown_gender=("Not stated",),
    na_word=("Not known",),
    count_placeholder=("TBA", "Not known"),
    suspects_placeholder=("Not known",),
    zero_words=("Nil", "None"),
    small_words=(),
    styles={
        "nationality": {"iso3": 0.7, "name": 0.25, "alias": 0.05},
        "*": {"name": 0.8, "alias": 0.08, "upper": 0.06, "typo": 0.06},
    },
)

_RAM_SRC = _Desk(
    source=_RAM,
    filename=f"{_RAM}_fh.csv",
    ref="RAM/SUR/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'affaire",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires - Direction Sûreté RAM, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    crime={
        "smuggling": (
            "Trafic de migrants",
            "Trafic illicite de migrants",
            "Aide à l'immigration irrégulière",
        ),
        "trafficking": ("Traite des êtres humains", "Traite des personnes", "TEH"),
        "both": ("Traite et trafic",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("délinquance forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={"female": ("F", "femmes"), "male": ("H", "hommes"), "mixed": ("mixte", "H/F")},
    age={
        "child": ("mineurs", "MNA"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("maritime", "embarcation"),
        "land": ("terrestre", "voie terrestre"),
        "air": ("aérien", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande", "stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    transit_sep=" - ",
    no_exploitation=None,
    unknown_gender=("non précisé",),
    na_word=("non précisé",),
    count_placeholder=("NC", "n.c."),
    suspects_placeholder=("NC",),
    zero_words=("néant", "aucun"),
    small_words=("un", "deux", "trois", "quatre", "cinq"),
    styles={
        "*": {
            "name": 0.72,
            "upper": 0.12,
            "noaccent": 0.06,
            "alias": 0.04,
            "typo": 0.03,
            "iso2": 0.03,
        }
    },
)

_AIRCOP_SRC = _Desk(
    source=_AIRCOP,
    filename=f"{_AIRCOP}_fh.xlsx",
    ref="GCIA-PTY-{seq:03d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N.º de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "N.º de personas",
        "n_suspects": "N.º de facilitadores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a verificación por la Fiscalía",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
        "trafficking": ("Trata de personas", "Trata"),
        "both": ("Trata y tráfico", "Trata / TIM"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados",),
        "forced_criminality": ("Explotación en actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={"female": ("Femenino", "F"), "male": ("Masculino", "M"), "mixed": ("Mixto",)},
    age={"child": ("Menores", "NNA"), "adult": ("Adultos",), "mixed": ("Adultos y NNA", "Mixto")},
    mode={"sea": ("Marítimo", "Lancha"), "land": ("Terrestre", "A pie"), "air": ("Aéreo",)},
    offences={
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" / ",
    no_exploitation="No aplica",
    unknown_gender=("Sin dato",),
    na_word=("Sin dato",),
    count_placeholder=("S/D", "Sin dato"),
    suspects_placeholder=("S/D",),
    zero_words=("ninguno", "Ninguno"),
    small_words=("uno", "dos", "tres", "cuatro", "cinco"),
    styles={
        "nationality": {
            "name": 0.7,
            "numeric_name": 0.1,
            "numeric": 0.06,
            "upper": 0.06,
            "noaccent": 0.05,
            "typo": 0.03,
        },
        "*": {"name": 0.8, "upper": 0.06, "noaccent": 0.06, "alias": 0.05, "typo": 0.03},
    },
)

_ILO_SRC = _Desk(
    source=_ILO,
    filename=f"{_ILO}_fh.jsonl",
    ref="ILO-CAI/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "detection_country": "detected_in",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    crime={
        "smuggling": ("migrant_smuggling", "SOM"),
        "trafficking": ("trafficking_in_persons", "THB"),
        "both": ("THB+SOM",),
    },
    exploitation={
        "sexual": ("sexual_exploitation",),
        "forced_labour": ("forced_labour",),
        "forced_criminality": ("forced_criminality",),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
    },
    gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    age={"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
    mode={"sea": ("sea", "boat"), "land": ("land",), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="|",  # unused: the export writes a JSON list
    transit_sep="|",  # unused: the export writes a JSON list
    no_exploitation=None,
    unknown_gender=(),  # null
    na_word=("n/a",),
    count_placeholder=(),  # null
    suspects_placeholder=(),  # null
    zero_words=(),
    small_words=(),
    styles={"*": {"iso3": 0.72, "name": 0.16, "mojibake_fr": 0.08, "lower": 0.04}},
)

_DESKS: tuple[_Desk, ...] = (_THY_SRC, _EK_SRC, _RAM_SRC, _AIRCOP_SRC, _ILO_SRC)

#: Source names of the set, in the order :func:`make_blind162` returns them.
SOURCES: tuple[str, ...] = tuple(d.source for d in _DESKS)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _no_accent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(src: _Desk, iso: str, column: str, rng: _Rng) -> tuple[object, str | None]:
    """Write one ISO alpha-3 code the desk's way; return (cell, tag or None)."""
    weights = src.styles.get(column, src.styles["*"])
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    return _country_in(src, iso, style, rng)


def _country_in(src: _Desk, iso: str, style: str, rng: _Rng) -> tuple[object, str | None]:
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    alpha2, numeric = iso_codes(iso)
    cell: str | None = None
    if style == "iso2":
        cell = alpha2
    elif style == "iso3":
        cell = iso
    elif style == "upper":
        cell = name.upper()
    elif style == "lower":
        cell = name.lower()
    elif style == "numeric":
        cell = numeric
    elif style == "numeric_name":
        cell = f"{numeric} - {name}"
    elif style == "alias" and iso in _ALIASES[lang]:
        cell = choice(rng, _ALIASES[lang][iso])
        if src.source == _THY:
            cell = cell.upper()
    elif style == "typo" and iso in _TYPOS[lang]:
        cell = _TYPOS[lang][iso]
    elif style == "noaccent" and _no_accent(name) != name:
        cell = _no_accent(name)
    elif style == "mojibake_fr":
        french = _NAMES[iso][1]
        garbled = mojibake(french)
        if garbled is not None:
            return garbled, "mojibake"
        return french, "french_name"
    if cell is None or not fits(cell, src):
        return name, None
    return cell, style


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word (first) two times in three, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.67:
        return words[0]
    return choice(rng, words[1:])


def _date(
    src: _Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a date; return (cell, expected day, precision, tag)."""
    r = rng.random() if partial_ok else 1.0
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    q = ts.quarter
    s = src.source
    if r < 0.035:  # the month only
        cells = {
            _THY: ts.strftime("%m.%Y"),
            _EK: f"{_MON_EN[ts.month - 1]} {ts.year}",
            _RAM: f"{_MONTHS_FR[ts.month - 1]} {ts.year}",
            _AIRCOP: f"{_MONTHS_ES[ts.month - 1]} {ts.year}",
            _ILO: ts.strftime("%Y-%m"),
        }
        return cells[s], month, "month", "month_only"
    if r < 0.055:  # the quarter only
        cells = {
            _THY: f"Q{q} {ts.year}",
            _EK: f"Q{q} {ts.year}",
            _RAM: f"T{q} {ts.year}",
            _AIRCOP: f"T{q} {ts.year}",
            _ILO: f"{ts.year}-Q{q}",
        }
        return cells[s], quarter, "quarter", "quarter_only"
    day = ts.normalize()
    u = rng.random()
    if s == _THY:
        return day.strftime("%d.%m.%Y"), day, "day", None
    if s == _EK:
        if u < 0.8:
            return day.to_pydatetime(), day, "day", "excel_date"
        return f"{day.day:02d}{_MON_EN[day.month - 1]}{day.year % 100:02d}", day, "day", "ddmmmyy"
    if s == _RAM:
        if u < 0.85:
            return day.strftime("%d/%m/%Y"), day, "day", None
        return f"{day.day} {_MONTHS_FR[day.month - 1]} {day.year}", day, "day", "long_date"
    if s == _AIRCOP:
        if u < 0.62:
            return day.strftime("%d/%m/%Y"), day, "day", None
        if u < 0.9:
            return int((day - _EXCEL_EPOCH).days), day, "day", "excel_serial"
        return day.to_pydatetime(), day, "day", "excel_date"
    if u < 0.9:
        return day.strftime("%Y-%m-%d"), day, "day", None
    return day.strftime("%Y-%m-%dT00:00:00Z"), day, "day", "iso_datetime"


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the day ten years on (a slip of the year: 2023 typed 2033)."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _bad_date(src: _Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row that must be quarantined for its date."""
    s = src.source
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            _THY: f"31.02.{ts.year}",
            _EK: f"30FEB{ts.year % 100:02d}",
            _RAM: f"31/02/{ts.year}",
            _AIRCOP: f"30/02/{ts.year}",
            _ILO: f"{ts.year}-02-30",
        }[s]
    fut = _future(ts)
    return {
        _THY: fut.strftime("%d.%m.%Y"),
        _EK: fut.to_pydatetime(),
        _RAM: fut.strftime("%d/%m/%Y"),
        _AIRCOP: fut.strftime("%d/%m/%Y"),
        _ILO: fut.strftime("%Y-%m-%d"),
    }[s]


def _note_date(src: _Desk, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row (its last day)."""
    s = src.source
    if s == _EK:
        return last.normalize().to_pydatetime()
    if s == _THY:
        return last.strftime("%d.%m.%Y")
    return last.strftime("%d/%m/%Y")


def _persons(src: _Desk, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Write the count of persons; return (cell, expected, tag)."""
    if rng.random() < 0.02:
        if src.source == _ILO:
            return None, None, "count_placeholder"
        return choice(rng, src.count_placeholder), None, "count_placeholder"
    s = src.source
    if n >= 1000:
        hi, lo = divmod(n, 1000)
        if s == _THY and rng.random() < 0.7:
            return f"{hi},{lo:03d}", n, "thousands_sep"
        if s == _RAM and rng.random() < 0.8:
            sep = choice(rng, (" ", "\u00a0"))
            return f"{hi}{sep}{lo:03d}", n, "thousands_sep"
        if s == _AIRCOP and rng.random() < 0.5:
            return f"{hi}.{lo:03d}", n, "thousands_sep"
    if src.format == "csv":
        return str(n), n, None
    return n, n, None


def _suspects(src: _Desk, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Write the count of facilitators; return (cell, expected, tag)."""
    r = rng.random()
    if r < 0.02:
        if src.source == _ILO:
            return None, None, "suspects_placeholder"
        return choice(rng, src.suspects_placeholder), None, "suspects_placeholder"
    if n == 0 and src.zero_words and r < 0.47:
        return choice(rng, src.zero_words), 0, "zero_word"
    if 1 <= n <= len(src.small_words) and r > 0.88:
        return src.small_words[n - 1], n, "count_word"
    if src.format == "csv":
        return str(n), n, None
    return n, n, None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write degrees, minutes and seconds to a tenth, as a map copies them."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    sign = 1 if value >= 0 else -1
    text = f"{deg}°{minutes:02d}'{sec // 10:02d}.{sec % 10}\"{pos if value >= 0 else neg}"
    return text, sign * (deg + minutes / 60 + sec / 36000)


def _place(
    src: _Desk, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place of detection; return (cells, expected lat, expected lon, tag)."""
    if rng.random() < 0.04:
        return {}, None, None, "coords_missing"
    s = src.source
    if s == _THY:
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{abs(la):.4f}{'N' if la >= 0 else 'S'} {abs(lo):.4f}{'E' if lo >= 0 else 'W'}"
        return {"coordinates": text}, la, lo, "hemisphere_coords"
    if s == _EK:
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, None
    if s == _RAM:
        la, lo = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{lo:.4f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if s == _AIRCOP:
        if rng.random() < 0.55:
            tlat, elat = _dms(lat, "N", "S")
            tlon, elon = _dms(lon, "E", "W")
            return {"coordinates": f"{tlat} {tlon}"}, elat, elon, "dms_coords"
        la, lo = round(lat, 6), round(lon, 6)
        return {"coordinates": f"{la:.6f}, {lo:.6f}"}, la, lo, "coord_pair"
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, None


def _countries(
    src: _Desk, codes: list[str], rng: _Rng
) -> tuple[object, list[str]]:  # a route: one style for the whole cell
    """Write an ordered list of countries (transit) in one style; return (cell, tags)."""
    weights = src.styles.get("transit_countries", src.styles["*"])
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    parts: list[str] = []
    tags: list[str] = []
    for code in codes:
        cell, tag = _country_in(src, code, style, rng)
        parts.append(str(cell))
        if tag is not None:
            tags.append(tag)
    if src.format == "jsonl":
        return parts, tags
    return src.transit_sep.join(parts), tags


def _render(
    src: _Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, day, precision, tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = date_cell
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime[crime])
    expl = ev["exploitation"]
    cells["exploitation"] = (
        _word(rng, src.exploitation[str(expl)]) if expl is not None else src.no_exploitation
    )

    n_true = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], n_persons, tag = _persons(src, n_true, rng)
    if tag:
        tags.append(tag)
    s_true = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], n_suspects, tag = _suspects(src, s_true, rng)
    if tag:
        tags.append(tag)
    if forced_blank == "n_suspects":
        cells["n_suspects"], n_suspects = None, None
        tags.append("blank_n_suspects")

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp_gender = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:  # the desk did not record it
        word = choice(rng, src.unknown_gender) if src.unknown_gender else None
        cells["gender"], exp_gender = word, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp_gender = _word(rng, src.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"], exp_age = choice(rng, src.na_word), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp_age = _word(rng, src.age[age]), age

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp_mode = choice(rng, src.na_word), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp_mode = _word(rng, src.mode[mode]), mode

    exp_country: dict[str, object] = {}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if forced_blank == col:
            cells[col], exp_country[col] = None, None
            tags.append(f"blank_{col}")
            continue
        cells[col], tag = _country(src, code, col, rng)
        exp_country[col] = code
        if tag:
            tags.append(tag)

    transit = ev["transit_countries"]
    if transit is None:
        if src.source == _AIRCOP and rng.random() < 0.5:
            cells["transit_countries"] = "Directo"
            tags.append("no_transit_word")
        else:
            cells["transit_countries"] = None
    else:
        cells["transit_countries"], more = _countries(src, str(transit).split("|"), rng)
        tags.extend(more)

    offences = ev["linked_offences"]
    if offences is not None:
        words = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = words if src.format == "jsonl" else src.offence_sep.join(words)

    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp_lat: float | None = None
        exp_lon: float | None = None
        tags.append("blank_coordinates")
    else:
        place, exp_lat, exp_lon, tag = _place(src, lat, lon, rng)
        cells.update(place)
        if tag:
            tags.append(tag)

    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": n_persons,
        "n_suspects": n_suspects,
        "gender": exp_gender,
        "age_group": exp_age,
        **exp_country,
        "transit_countries": transit,
        "transport_mode": exp_mode,
        "lat": exp_lat,
        "lon": exp_lon,
        "linked_offences": offences,
    }
    return cells, expected, list(dict.fromkeys(tags))  # each tag once, in order


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[_Desk] = Examiner(
    sources=_DESKS,
    primary={
        "GRC": _THY,
        "HRV": _THY,
        "POL": _THY,
        "GBR": _EK,
        "ESP": _RAM,
        "FRA": _RAM,
        "PAN": _AIRCOP,
        "USA": _AIRCOP,
    },
    compilation=_ILO,
    secondary={
        ("cmed", "ITA"): _EK,  # Bangladeshi and Egyptian flows through Dubai
        ("thb_nga_ita", "ITA"): _RAM,  # Lagos - Casablanca - Europe
        ("thb_rou_esp", "ITA"): _RAM,
        ("emed", "GRC"): _ILO,
        ("wbal", "HRV"): _EK,
        ("blr_pol", "POL"): _EK,  # the Dubai - Minsk flights
        ("channel", "FRA"): _EK,
        ("channel", "GBR"): _THY,
        ("thb_vnm_gbr", "GBR"): _THY,
        ("wmed", "ESP"): _ILO,
        ("watl", "ESP"): _ILO,
        ("thb_rou_esp", "ESP"): _ILO,
        ("darien", "PAN"): _THY,  # Istanbul - Bogotá / São Paulo flows to the Darién
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=162_031,
    blank_share=0.35,
)


def make_blind162(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five hub desks of ``blind162`` write them.

    Turkish Airlines Corporate Security (Istanbul; UTF-16 TAB text saved as CSV),
    Emirates Group Security (Dubai; XLSX), Royal Air Maroc Sûreté (Casablanca; French
    cp1252 CSV with ``;``), the AIRCOP airport task force at Tocumen (Spanish XLSX) and
    the Cairo network of immigration liaison officers (JSON lines, the compilation).
    Each writes in its own words; the truth expects what a careful analyst reads.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind162(make_truth(seed=5, n_events=300), seed=5)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['thy_security_ist_fh.csv', 'ek_group_security_fh.xlsx', 'ram_surete_cmn_fh.csv',
     'aircop_gcia_pty_fh.xlsx', 'ilo_network_cairo_fh.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:3]]
    [('utf-16', '\t'), ('utf-8', None), ('cp1252', ';')]
    >>> subs[0].frame.columns[:4].tolist()
    ['Occurrence No', 'Occurrence Date', 'Case Type', 'THB Purpose']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
