"""Examiner sample set ``blind336`` (files ``*_lz.*``): tax and social-security fraud units.

Five agencies whose inspectors find undeclared, trafficked or smuggled workers, and who keep
their own logs of what they found, each in its working language and with its own tools:

``hmrc_hidden_economy_lz.csv``
    HM Revenue & Customs, Risk and Intelligence Service, hidden-economy teams (UK). English,
    UTF-8 with a byte-order mark (an Excel "CSV UTF-8" save), ``,``. Day-first dates
    (``17/05/2023``, ``17 May 2023``), ``May 2023`` and ``Q2 2023`` for intelligence with no
    day; the home nation as the place found (``England``, ``Scotland``); Home Office
    three-letter nationality codes beside names; ``nil`` suspects; ``1,234`` counts; routes
    joined by ``" > "``.
``ddfip62_bcr_lz.csv``
    DGFiP, Direction départementale des finances publiques du Pas-de-Calais, brigade de
    contrôle et de recherche (its signalements to the CODAF on travail dissimulé). French,
    cp1252, ``;``, CRLF. Nationalities as feminine adjectives (``AFGHANE``), upper-case
    country names, mojibake where a UTF-8 extract was pasted in, decimal-comma
    coordinates, ``néant`` suspects, ``mai 2023`` and ``T2 2023`` periods.
``aeat_onif_lz.xlsx``
    Agencia Tributaria, Oficina Nacional de Investigación del Fraude (ONIF), joint teams
    with the labour inspectorate (Spain). Spanish workbook: date cells, a few bare Excel
    serials and texts, tax periods ``2T 2023``; sex ``H``/``M`` (hombre/mujer); ISO alpha-2
    codes from the tax census beside Spanish names; ``salto de valla`` at Ceuta and
    Melilla; ``Directo`` for a route with no transit country; penal-code articles in the
    offence type (``177 bis``, ``318 bis``).
``css_panama_lz.csv``
    Caja de Seguro Social de Panamá, Departamento de Fiscalización (employer inspections).
    Spanish, UTF-16 with a byte-order mark, tab-separated (Excel's "Texto Unicode");
    ``17-may-2023`` and ``17/05/2023``; nationalities as adjectives (``venezolana``),
    ``EE.UU.``; one ``Coordenadas`` cell, decimal or degrees-minutes-seconds.
``egmont_iewg_lz.jsonl``
    Egmont Group of Financial Intelligence Units, Information Exchange Working Group: the
    cases its member FIUs shared on trafficking and smuggling financial flows (the
    compilation: every event no other agency reports). English keys, ISO alpha-3, alpha-2
    or zero-padded numeric codes as each member FIU's template has them (one style per
    case), JSON arrays for the route and the associated offences,
    ISO dates, ``2023-05`` and ``2023-Q2`` periods, ``null`` where a field is not known.

Everything the shared machinery does (which source reports which event, duplicates, bad
rows, garbage rows, exact repeats) lives in :mod:`trendlib.samples._examiner`; this module
only says how each agency writes a cell, and what a careful analyst reads from it.
"""

from __future__ import annotations

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

__all__ = ["BLIND336", "SOURCES", "Agency", "make_blind336"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Country names, written by hand (the set must not lean on the cleaner's tables)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) short names.
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
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Names a UK caseworker uses beside the short name.
_EN_ALIASES: dict[str, tuple[str, ...]] = {
    "VNM": ("Viet Nam",),
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "GBR": ("UK", "Great Britain"),
    "USA": ("USA",),
    "RUS": ("Russian Federation",),
    "IRN": ("Iran (Islamic Republic of)",),
    "SYR": ("Syrian Arab Republic",),
    "MKD": ("Macedonia",),
}
#: Small slips of a UK keyboard.
_EN_TYPOS: dict[str, str] = {
    "AFG": "Afganistan",
    "ERI": "Eritria",
    "ALB": "Albainia",
    "VNM": "Vietnan",
    "SYR": "Syira",
    "IRN": "Irn",
}
#: French nationality adjectives (feminine: "nationalité afghane").
_FR_ADJ: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "DEU": "allemande",
    "FRA": "française",
    "GBR": "britannique",
}
#: French slips: dropped accents, English spellings.
_FR_TYPOS: dict[str, str] = {
    "ERI": "Erythrée",
    "AFG": "Afganistan",
    "IRQ": "Iraq",
    "VNM": "Vietnam",
    "ALB": "Albannie",
    "DEU": "Allemangne",
}
#: Spanish nationality adjectives (feminine: "nacionalidad venezolana").
_ES_ADJ: dict[str, str] = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "USA": "estadounidense",
    "MEX": "mexicana",
}
#: Spanish names used in Panama beside the short name.
_PA_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
    "CHN": ("República Popular China",),
    "VEN": ("Rep. Bolivariana de Venezuela",),
}
#: Spanish slips: dropped accents, doubled letters.
_ES_TYPOS: dict[str, str] = {
    "MLI": "Mali",
    "TUN": "Tunez",
    "MAR": "Marrruecos",
    "DZA": "Argelía",
    "HTI": "Haiti",
    "SEN": "Senegall",
    "ROU": "Rumania",
    "GIN": "Guinea Conakry",
    "CIV": "Costa Marfil",
    "COL": "Colombía",
    "VEN": "Venezuala",
    "ECU": "Equador",
}


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """An :class:`ExaminerSource` with the agency's own words.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the agency's
        written forms (the first is its usual one).
    not_known : object
        What the agency writes in the persons cell when the number is not known.
    suspects_unknown : object
        What it writes in the suspects cell when the number is not known.
    zero_words : tuple of str
        Words it writes for no suspects.
    not_applicable : object
        What it writes as the exploitation of a smuggling case.
    not_recorded : object
        What it writes for a sex, age band or transport that was not recorded.
    transit_sep : str
        Separator of the transit countries (unused when the file holds lists).
    offence_sep : str
        Separator of the associated offences (unused when the file holds lists).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_known: object
    suspects_unknown: object
    zero_words: tuple[str, ...]
    not_applicable: object
    not_recorded: object
    transit_sep: str
    offence_sep: str


_HMRC = Agency(
    source="hmrc_hidden_economy",
    filename="hmrc_hidden_economy_lz.csv",
    ref="HE/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "HMRC Ref",
        "event_date": "Date of Visit",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Individuals",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (via)",
        "destination_country": "Intended Destination",
        "transport_mode": "Method of Entry",
        "detection_country": "Location Found",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE - extract of RIS hidden economy log, figures provisional",
    total="TOTAL",
    bad_count=("#VALUE!", "see narrative"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery (MSA 2015)", "Modern slavery", "Human trafficking"),
            "smuggling": ("Facilitation (s.25 IA 1971)", "Facilitation", "People smuggling"),
            "both": ("Modern slavery + facilitation", "MS & s.25 facilitation"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M & F"),
        },
        "age_group": {
            "child": ("Under 18", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("HGV", "Lorry", "Car"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit tobacco"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known="Not known",
    suspects_unknown="n/k",
    zero_words=("nil", "None"),
    not_applicable="N/A",
    not_recorded="Not recorded",
    transit_sep=" > ",
    offence_sep="; ",
)

_DDFIP = Agency(
    source="ddfip62_bcr",
    filename="ddfip62_bcr_lz.csv",
    ref="BCR62-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du contrôle",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction CODAF du Pas-de-Calais - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("#REF!", "cf. PV"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains (art. 225-4-1 CP)", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers (L.823-1 CESEDA)",
                "Aide au séjour irrégulier",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "TEH et aide au séjour irrégulier"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femmes"),
            "male": ("H", "hommes"),
            "mixed": ("H/F", "mixte"),
        },
        "age_group": {
            "child": ("mineurs", "mineur"),
            "adult": ("majeurs", "majeur"),
            "mixed": ("majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("maritime (small boat)", "embarcation", "maritime"),
            "land": ("routier (poids lourd)", "routier", "camion"),
            "air": ("aérien",),
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
    not_known="non déterminé",
    suspects_unknown="NC",
    zero_words=("néant", "aucun"),
    not_applicable=None,
    not_recorded="non renseigné",
    transit_sep=" - ",
    offence_sep=" / ",
)

_AEAT = Agency(
    source="aeat_onif",
    filename="aeat_onif_lz.xlsx",
    ref="ONIF-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha actuación",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº trabajadores/personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de entrada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales - ONIF / equipos mixtos AEAT-ITSS - uso interno",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "ver diligencias"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata (177 bis)"),
            "smuggling": (
                "Inmigración ilegal (art. 318 bis CP)",
                "Favorecimiento inmigración ilegal (318 bis)",
            ),
            "both": ("Trata + inmigración ilegal (177 bis y 318 bis)",),
        },
        "exploitation": {
            "sexual": ("sexual", "explotación sexual"),
            "forced_labour": ("laboral", "explotación laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("M", "Mujer", "Mujeres"),
            "male": ("H", "Hombre", "Hombres"),
            "mixed": ("Ambos", "H y M"),
        },
        "age_group": {
            "child": ("Menor", "Menores"),
            "adult": ("Mayor de edad", "Adultos"),
            "mixed": ("Mayores y menores",),
        },
        "transport_mode": {
            "sea": ("Embarcación", "Neumática", "Vía marítima"),
            "land": ("Vía terrestre", "Vehículo", "A pie"),
            "air": ("Vía aérea", "Aeropuerto"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando", "tráfico de drogas"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known="sin determinar",
    suspects_unknown="s/d",
    zero_words=("ninguno",),
    not_applicable="No aplica",
    not_recorded="No consta",
    transit_sep=" - ",
    offence_sep=", ",
)

_CSS = Agency(
    source="css_panama",
    filename="css_panama_lz.csv",
    ref="ACTA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de Acta",
        "event_date": "Fecha de inspección",
        "detection_country": "País donde se detectó",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Vía",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: CSS - Departamento de Fiscalización; cifras preliminares",
    total="Total",
    bad_count=("#¡VALOR!", "ver informe"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Sexual", "Explotación sexual"),
            "forced_labour": ("Laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "Masculino y femenino"),
        },
        "age_group": {
            "child": ("Menores de edad", "Menores"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Marítima", "Lancha"),
            "land": ("Terrestre", "A pie (selva)", "Terrestre - a pie"),
            "air": ("Aérea",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known="por determinar",
    suspects_unknown="por determinar",
    zero_words=("ninguno",),
    not_applicable=None,
    not_recorded="Sin información",
    transit_sep=", ",
    offence_sep="; ",
)

_EGMONT = Agency(
    source="egmont_iewg",
    filename="egmont_iewg_lz.jsonl",
    ref="EG-IEWG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date",
        "crime_type": "typology",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "subjects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "route",
        "destination_country": "destination",
        "detection_country": "detected_in",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="Grand total",
    bad_count=("see STR narrative", "n.q."),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("THB", "human trafficking"),
            "smuggling": ("SoM", "migrant smuggling"),
            "both": ("THB/SoM",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal activities",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("F", "female"),
            "male": ("M", "male"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "child": ("minor",),
            "adult": ("adult",),
            "mixed": ("mixed",),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "road"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking", "illicit goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorist financing",),
        },
    },
    not_known=None,
    suspects_unknown=None,
    zero_words=(),
    not_applicable=None,
    not_recorded=None,
    transit_sep="",
    offence_sep="",
)

#: The five agencies, in the order their submissions are returned.
SOURCES: tuple[Agency, ...] = (_HMRC, _DDFIP, _AEAT, _CSS, _EGMONT)

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_EN_MONTHS = (
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _day_cell(src: Agency, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the agency's way; return (cell, tag)."""
    r = rng.random()
    name = src.source
    if name == "hmrc_hidden_economy":
        if r < 0.2:
            return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", "date_long"
        return ts.strftime("%d/%m/%Y"), ""
    if name == "ddfip62_bcr":
        if r < 0.07:
            return ts.strftime("%d/%m/%y"), "date_short_year"
        return ts.strftime("%d/%m/%Y"), ""
    if name == "aeat_onif":
        if r < 0.1:
            return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
        if r < 0.18:
            return ts.strftime("%d/%m/%Y"), "date_text"
        return ts.to_pydatetime(), ""
    if name == "css_panama":
        if r < 0.35:
            return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}", "date_abbr"
        return ts.strftime("%d/%m/%Y"), ""
    if r < 0.12:
        return ts.strftime("%Y-%m-%dT00:00:00Z"), "iso_datetime"
    return ts.strftime("%Y-%m-%d"), ""


def _month_cell(src: Agency, ts: pd.Timestamp) -> str:
    if src.language == "fr":
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
    if src.source == "aeat_onif":
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}"
    if src.source == "css_panama":
        return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
    if src.format == "jsonl":
        return ts.strftime("%Y-%m")
    return f"{_EN_MONTHS[ts.month - 1]} {ts.year}"


def _quarter_cell(src: Agency, ts: pd.Timestamp) -> str | None:
    if src.source == "css_panama":  # the inspection acts always carry a day or a month
        return None
    if src.language == "fr":
        return f"T{ts.quarter} {ts.year}"
    if src.source == "aeat_onif":
        return f"{ts.quarter}T {ts.year}"  # the tax period, as on form 303
    if src.format == "jsonl":
        return f"{ts.year}-Q{ts.quarter}"
    return f"Q{ts.quarter} {ts.year}"


#: Share of rows (that may be partial) dated by month only, then by quarter only.
_PARTIAL = {
    "hmrc_hidden_economy": (0.07, 0.05),
    "ddfip62_bcr": (0.06, 0.05),
    "aeat_onif": (0.04, 0.04),
    "css_panama": (0.07, 0.0),
    "egmont_iewg": (0.1, 0.07),
}


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) of a row's date."""
    month, quarter = _PARTIAL[src.source]
    r = rng.random()
    if partial_ok and r < month:
        return _month_cell(src, ts), ts.to_period("M").start_time, "month", "partial_date:month"
    q = _quarter_cell(src, ts)
    if partial_ok and q is not None and r < month + quarter:
        return q, ts.to_period("Q").start_time, "quarter", "partial_date:quarter"
    cell, tag = _day_cell(src, ts, rng)
    return cell, ts.normalize(), "day", tag


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write an unreadable, missing or future date the agency's way."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day that does not exist in the month
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09")).split("/")
        if src.format == "jsonl":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=ts.year + 100)  # a slipped key: 2123 for 2023
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of the extract)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(
    src: Agency, code: str, col: str, rng: _Rng, style: str = "iso3"
) -> tuple[object, str]:
    """Write one country the agency's way; return (cell, tag).

    ``style`` is the Egmont row's code style (its reporting FIU's template).
    """
    r = rng.random()
    name = src.source
    if name == "hmrc_hidden_economy":
        if col == "nationality" and r < 0.15:
            return code, f"iso3:{col}"  # the Home Office nationality code
        r = rng.random()
        if r < 0.1 and code in _EN_ALIASES:
            return choice(rng, _EN_ALIASES[code]), f"alias:{col}"
        if 0.1 <= r < 0.14 and code in _EN_TYPOS:
            return _EN_TYPOS[code], f"typo:{col}"
        if 0.14 <= r < 0.2:
            return _name(code, "en").upper(), f"case:{col}"
        return _name(code, "en"), ""
    if name == "ddfip62_bcr":
        if col == "nationality" and code in _FR_ADJ and r < 0.6:
            adj = _FR_ADJ[code]
            return (adj.upper(), f"adjective:{col}") if r < 0.4 else (adj, f"adjective:{col}")
        plain = _name(code, "fr")
        r = rng.random()
        if r < 0.05 and code in _FR_TYPOS:
            return _FR_TYPOS[code], f"typo:{col}"
        if 0.05 <= r < 0.4:
            return plain.upper(), f"case:{col}"
        return plain, ""
    if name == "aeat_onif":
        if r < 0.15:
            return iso_codes(code)[0], f"iso2:{col}"  # the tax census country code
        if r < 0.19 and code in _ES_TYPOS:
            return _ES_TYPOS[code], f"typo:{col}"
        if 0.19 <= r < 0.27:
            return _name(code, "es").upper(), f"case:{col}"
        if 0.27 <= r < 0.31:
            return _name(code, "es") + " ", f"spacing:{col}"  # typed into the cell by hand
        return _name(code, "es"), ""
    if name == "css_panama":
        if col == "nationality" and code in _ES_ADJ and r < 0.35:
            return _ES_ADJ[code], f"adjective:{col}"
        r = rng.random()
        if r < 0.3 and code in _PA_ALIASES:
            return choice(rng, _PA_ALIASES[code]), f"alias:{col}"
        if 0.3 <= r < 0.34 and code in _ES_TYPOS:
            return _ES_TYPOS[code], f"typo:{col}"
        if 0.34 <= r < 0.44:
            return _name(code, "es").upper(), f"case:{col}"
        return _name(code, "es"), ""
    # Egmont: each FIU's template has its own code list
    if style == "iso2":
        return iso_codes(code)[0], f"iso2:{col}"
    if style == "numeric":
        return iso_codes(code)[1].zfill(3), f"iso_numeric:{col}"
    if style == "name":
        return _name(code, "en"), f"name:{col}"
    return code, ""


#: Detection country -> the code styles of its FIU's template, with their weights.
_FIU_STYLES: dict[str, tuple[tuple[str, float], ...]] = {
    "ITA": (("numeric", 0.5), ("iso3", 0.5)),  # UIF: ISTAT/UN numeric codes
    "GRC": (("iso2", 0.6), ("iso3", 0.4)),
    "HRV": (("iso3", 0.7), ("name", 0.3)),
    "POL": (("iso2", 0.5), ("iso3", 0.5)),
    "USA": (("iso3", 0.85), ("name", 0.15)),
}


def _fiu_style(detection: str, rng: _Rng) -> str:
    options = _FIU_STYLES.get(detection, (("iso3", 1.0),))
    w = np.array([p for _, p in options])
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _persons(src: Agency, n: int) -> tuple[object, str]:
    if src.format in ("xlsx", "jsonl"):
        return n, ""
    if n < 1000:
        return str(n), ""
    if src.language == "fr":
        return f"{n // 1000}\u00a0{n % 1000:03d}", "thousands:n_persons"
    return f"{n:,}", "thousands:n_persons"


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    seconds = (v - deg - minutes / 60) * 3600
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, str]:
    """Write the place the agency's way; return (cells, expected lat, lon, tag)."""
    r = rng.random()
    missing = {
        "hmrc_hidden_economy": 0.1,  # a postcode only: premises visits
        "ddfip62_bcr": 0.05,
        "aeat_onif": 0.04,
        "css_panama": 0.06,
        "egmont_iewg": 0.15,  # many FIUs send no place
    }[src.source]
    if r < missing:
        if src.source == "css_panama":
            return {"coordinates": "S/D"}, None, None, "coords_placeholder"
        return {}, None, None, "coords_missing"
    if src.source == "hmrc_hidden_economy":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo, ""
    if src.source == "ddfip62_bcr":
        la, lo = round(lat, 5), round(lon, 5)
        cells: _Cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
        return cells, la, lo, "decimal_comma:coordinates"
    if src.source == "aeat_onif":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo, ""
    if src.source == "css_panama":
        if rng.random() < 0.3:  # read off a handheld GPS
            cell = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            return {"coordinates": cell}, lat, lon, "dms:coordinates"
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ""
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, ""


# --------------------------------------------------------------------------------------
# Vocabulary words
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng) -> object:
    forms = src.words[col][value]
    return forms[0] if rng.random() < 0.65 or len(forms) == 1 else choice(rng, forms[1:])


def _transport(src: Agency, ev: Mapping[str, object], rng: _Rng) -> tuple[object, str]:
    mode = str(ev["transport_mode"])
    hotspot = str(ev.get("hotspot") or "")
    if src.source == "aeat_onif":
        if mode == "land" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
            return "Salto de valla", "fence:transport_mode"
        if mode == "sea" and ev.get("corridor") == "watl" and rng.random() < 0.6:
            return "Cayuco", "cayuco:transport_mode"
        if mode == "sea" and ev.get("corridor") == "wmed" and rng.random() < 0.5:
            return "Patera", "patera:transport_mode"
    return _word(src, "transport_mode", mode, rng), ""


def _split(value: object) -> list[str]:
    return str(value).split("|") if value is not None else []


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: _Cells = {}
    tags: list[str] = []

    def tag(t: str) -> None:
        if t:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision, t = _date(src, ts, rng, partial_ok)
    tag(t)
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # a smuggling case: nothing exploited
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = src.not_recorded
        exp["exploitation"] = "unknown"
        tag("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = src.not_known
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _persons(src, n)
        exp["n_persons"] = n
        tag(t)

    k = ev["n_suspects"]
    r = rng.random()
    if k is None or r < 0.03:
        cells["n_suspects"] = src.suspects_unknown
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif int(k) == 0 and src.zero_words and r < 0.6:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tag("zero_word")
    else:
        kk = int(k)  # type: ignore[call-overload]
        cells["n_suspects"] = kk if src.format != "csv" else str(kk)
        exp["n_suspects"] = kk

    gender = str(ev["gender"])
    if rng.random() < 0.02:
        cells["gender"] = src.not_recorded
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = src.not_recorded
        exp["age_group"] = "unknown"
        tag("na_word:age_group")
    else:
        cells["age_group"] = _word(src, "age_group", age, rng)
        exp["age_group"] = age

    style = _fiu_style(str(ev["detection_country"]), rng) if src.format == "jsonl" else "iso3"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if col == "nationality" and rng.random() < 0.015:
            cells[col] = src.not_recorded
            exp[col] = None
            tag("blank_nationality")
            continue
        cell, t = _country(src, code, col, rng, style)
        if src.source == "hmrc_hidden_economy" and col == "detection_country" and code == "GBR":
            # the home nation of the premises or the port, as the visit log gives it
            home = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
            cell, t = choice(rng, (home, home, home, "UK")), "home_nation"
        if isinstance(cell, str) and not fits(cell, src):
            cell, t = _name(code, src.language), ""
        cells[col] = cell
        exp[col] = code
        tag(t)

    hops = _split(ev["transit_countries"])
    if not hops:
        cells["transit_countries"] = [] if src.format == "jsonl" else None
        if src.source == "aeat_onif" and rng.random() < 0.4:
            cells["transit_countries"] = "Directo"  # straight from the coast of departure
            tag("direct_word")
    else:
        written = []
        for h in hops:
            cell, t = _country(src, h, "transit_countries", rng, style)
            if isinstance(cell, str) and not fits(cell, src):
                cell = _name(h, src.language)
            written.append(str(cell))
            tag(t)
        if src.format == "jsonl":
            cells["transit_countries"] = written
        else:
            cells["transit_countries"] = src.transit_sep.join(written)
    exp["transit_countries"] = ev["transit_countries"]

    if rng.random() < 0.015:
        cells["transport_mode"] = src.not_recorded
        exp["transport_mode"] = "unknown"
        tag("na_word:transport_mode")
    else:
        cells["transport_mode"], t = _transport(src, ev, rng)
        exp["transport_mode"] = ev["transport_mode"]
        tag(t)

    place, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
    )
    cells.update(place)
    tag(t)

    offences = [_word(src, "linked_offences", o, rng) for o in _split(ev["linked_offences"])]
    if src.format == "jsonl":
        cells["linked_offences"] = offences
    else:
        cells["linked_offences"] = src.offence_sep.join(map(str, offences)) or None
    exp["linked_offences"] = ev["linked_offences"]

    if src.source == "ddfip62_bcr" and rng.random() < 0.08:
        # rows pasted from a UTF-8 extract of the CODAF tool into the cp1252 workbook
        for key, value in list(cells.items()):
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None:
                cells[key] = garbled
                tag(f"mojibake:{key}")

    if forced_blank is not None:  # the second report leaves out what the first one gives
        tag(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, tags


#: The variant: who reports which events, and how they write.
BLIND336: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _HMRC.source,
        "FRA": _DDFIP.source,
        "ESP": _AEAT.source,
        "PAN": _CSS.source,
    },
    compilation=_EGMONT.source,
    secondary={
        # HMRC's teams log the French-side Channel cases their liaison officers pass on
        ("channel", "FRA"): _HMRC.source,
        # the FIUs see the money of the labour and nail-bar networks and of the Darién guides
        ("thb_vnm_gbr", "GBR"): _EGMONT.source,
        ("thb_rou_esp", "ESP"): _EGMONT.source,
        ("darien", "PAN"): _EGMONT.source,
        # ONIF follows the Romanian gangmasters' Italian farms through Eurofisc requests
        ("thb_rou_esp", "ITA"): _AEAT.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=336,
    blank_share=0.3,
)


def make_blind336(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five tax and social-security agencies of ``blind336``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        HMRC (CSV, UTF-8 with BOM), DGFiP Pas-de-Calais (CSV, cp1252, ``;``), AEAT ONIF
        (XLSX), CSS Panamá (CSV, UTF-16, tab) and the Egmont Group compilation (JSON
        lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind336(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hmrc_hidden_economy_lz.csv', 'ddfip62_bcr_lz.csv', 'aeat_onif_lz.xlsx',
     'css_panama_lz.csv', 'egmont_iewg_lz.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date du contrôle', 'Pays de constatation']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(BLIND336, truth, seed=seed)
