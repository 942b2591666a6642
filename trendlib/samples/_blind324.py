"""Examiner sample set ``blind324``: private investigators' case files handed to the police.

Five sources (files ``*_ln.*``) that the cleaner has never seen, written the way private
investigation and corporate-security firms write the case files they pass on to the police
(smuggling networks on their clients' lorries and buses, labour-supply chains of their
clients' suppliers):

``kroll_uk_ln.xlsx``
    Kroll's London investigations practice (English, Excel workbook). It compiles its
    client matters across Europe, so it first reports the United Kingdom's events and
    every event no other agency covers (Italy, Greece, Croatia, Poland).
    Real Excel dates, a few typed as text ("17 May 2023", "17/05/2023") or only to the
    month or quarter ("May 2023", "Q2 2023"); UK words ("Modern slavery",
    "Organised immigration crime", "Nil" suspects, "TBC" counts); routes joined by ``>``;
    nationalities as country names or demonyms ("Afghan"); numeric latitude and longitude.
``duluc_detective_ln.csv``
    Duluc Détective, a Paris *agence de recherches privées* licensed by the CNAPS (French,
    cp1252, ``;``, CRLF, as French Excel saves a CSV). Dates ``dd/mm/yyyy`` or
    ``dd/mm/yy``, a few "mai 2023" / "courant mai 2023"; nationalities as French
    adjectives ("afghane", "ÉRYTHRÉENNE"); "Angleterre" for the United Kingdom; counts
    with a space before the thousands, "NC" when not known, "aucun" suspect; GPS in
    degrees-minutes-seconds or pasted from a map ("50.95123, 1.85012").
``apdpe_detectives_ln.xlsx``
    The liaison desk of the APDPE (Asociación Profesional de Detectives Privados de
    España), forwarding its members' reports to the police as Ley 5/2014 requires
    (Spanish of Spain, Excel workbook). Criminal-code wording ("art. 177 bis CP",
    "art. 318 bis CP"), country names often in capitals, some cells pasted from a
    mis-decoded export (mojibake, ``Ã©`` for ``é``), dates as Excel dates or ``dd/mm/yyyy``
    text, latitude and longitude sometimes typed as text with a decimal comma.
``gmsi_mx_ln.jsonl``
    Grupo Multisistemas de Seguridad Industrial (GMSI), a Mexican corporate-security firm
    guarding cross-border freight (Spanish of Mexico, JSON lines from its incident
    platform). ISO alpha-2 codes ("US", "GT") and "EUA" for the United States, ISO
    timestamps, ``H``/``M`` for hombre/mujer (so ``M`` is female), Mexican legal words
    ("tráfico de personas" = smuggling, "probables responsables",
    "operaciones con recursos de procedencia ilícita" = money laundering,
    "delitos contra la salud" = drugs), transit countries as a JSON list.
``muller_madrid_pa_ln.csv``
    Müller & Madrid, a Panamanian investigations firm licensed by the DIASP (Spanish of
    Panama, UTF-16 tab-separated text as Excel's "Texto Unicode" saves it). Nationalities
    as demonyms agreeing with the group ("venezolanos", "haitiana"), "NNA" for children,
    counts with a comma before the thousands, a few dates left as Excel serial numbers,
    GPS as a Garmin receiver shows it (``N08°30.123' W077°30.456'``). It re-sends rows.

The truth says what a careful analyst reads in each cell; where a cell says the value is
not known (a placeholder count, "N/D", a "0, 0" position) the truth expects nothing, and
each such row carries a messiness tag saying so.
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

__all__ = ["AGENCIES", "BLIND324", "Agency", "make_blind324"]

_Rng = np.random.Generator
_Cells = dict[str, object]

KROLL = "kroll_uk"
DULUC = "duluc_detective"
APDPE = "apdpe_detectives"
GMSI = "gmsi_mx"
MULLER = "muller_madrid_pa"


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source fields plus its own words.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the agency's
        spellings (the first is its usual one).
    na_words : tuple of str
        What the agency writes when an age group or a transport mode is not known.
    unknown_words : tuple of str
        What it writes when a nationality or a country of origin or destination is not
        known.
    direct : tuple of str
        What it writes in the transit column of a direct journey (``""`` = blank).
    no_offence : tuple of str
        What it writes when no linked offence is known (``""`` = blank).
    smuggling_exploitation : tuple of str
        What it writes as the form of exploitation of a pure smuggling case.
    count_placeholder : tuple of str
        Count cells saying the number of persons is not known yet.
    suspects_placeholder : tuple of str
        Count cells saying the number of suspects is not known.
    zero_words : tuple of str
        Words the agency writes for "no suspect".
    sep : str
        Separator of transit countries and of linked offences.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    na_words: tuple[str, ...]
    unknown_words: tuple[str, ...]
    direct: tuple[str, ...]
    no_offence: tuple[str, ...]
    smuggling_exploitation: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]
    sep: str


# --------------------------------------------------------------------------------------
# Country names: (English, French, Spanish), the agencies' own spellings
# --------------------------------------------------------------------------------------
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}

#: Other names an agency's staff use, by language (each names one country only).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "BIH": ("Bosnia",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "GMB": ("Gambia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "USA": ("USA",),
        "CIV": ("RCI",),
        "VNM": ("Viêt Nam",),
        "NGA": ("Nigéria",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "GBR": ("Gran Bretaña",),
        "USA": ("EE.UU.", "EEUU"),
        "ROU": ("Rumania",),
        "BGD": ("Bangladesh",),
    },
    "mx": {"USA": ("EUA", "EE.UU."), "GTM": ("Guate",)},
}

#: Small slips of the keyboard an analyst still reads at once.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanistn",
        "ERI": "Eritea",
        "IRQ": "Irq",
        "SYR": "Syira",
        "TUN": "Tunsia",
        "BGD": "Bangaldesh",
        "ALB": "Albnia",
        "VNM": "Vietnma",
        "PAK": "Pakistan.",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "IRQ": "Iraq",
        "SYR": "Syrie.",
        "ALB": "Albanie.",
        "GBR": "Royaume Uni",
    },
    "es": {
        "ROU": "Rumaní",
        "MAR": "Maruecos",
        "DZA": "Argelía",
        "SEN": "Senegall",
        "MLI": "Mali",
    },
}

#: Nationality adjectives. English; French feminine (la nationalité est féminine).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "DZA": "Algerian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_DEMONYM_FR: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "DZA": "algérienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
#: Spanish demonyms: (masculine singular, feminine singular, masculine plural, feminine plural).
_DEMONYM_ES: dict[str, tuple[str, str, str, str]] = {
    "VEN": ("venezolano", "venezolana", "venezolanos", "venezolanas"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos", "ecuatorianas"),
    "HTI": ("haitiano", "haitiana", "haitianos", "haitianas"),
    "COL": ("colombiano", "colombiana", "colombianos", "colombianas"),
    "CHN": ("chino", "china", "chinos", "chinas"),
    "MEX": ("mexicano", "mexicana", "mexicanos", "mexicanas"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas"),
    "HND": ("hondureño", "hondureña", "hondureños", "hondureñas"),
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
_ES_MON = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_KROLL_HEADERS = {
    "source_ref": "Matter ref",
    "event_date": "Incident date",
    "crime_type": "Offence category",
    "exploitation": "Exploitation type",
    "n_persons": "Individuals involved",
    "n_suspects": "Subjects identified",
    "gender": "Sex",
    "age_group": "Age band",
    "nationality": "Nationality",
    "origin_country": "Country of origin",
    "transit_countries": "Route (transit)",
    "destination_country": "Intended destination",
    "detection_country": "Country of detection",
    "transport_mode": "Method of travel",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Associated offending",
}
_DULUC_HEADERS = {
    "source_ref": "N° dossier",
    "event_date": "Date des faits",
    "crime_type": "Nature des faits",
    "exploitation": "Forme d'exploitation",
    "n_persons": "Nb de personnes",
    "n_suspects": "Nb de mis en cause",
    "gender": "Sexe",
    "age_group": "Majeurs / mineurs",
    "nationality": "Nationalité",
    "origin_country": "Pays de provenance",
    "transit_countries": "Pays traversés",
    "destination_country": "Destination finale",
    "detection_country": "Pays des constatations",
    "transport_mode": "Mode de passage",
    "coordinates": "Coordonnées GPS",
    "linked_offences": "Infractions connexes",
}
_APDPE_HEADERS = {
    "source_ref": "Nº informe",
    "event_date": "Fecha de los hechos",
    "crime_type": "Tipología delictiva",
    "exploitation": "Finalidad de explotación",
    "n_persons": "Nº víctimas / migrantes",
    "n_suspects": "Nº investigados",
    "gender": "Sexo",
    "age_group": "Edad",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "transit_countries": "Países de tránsito",
    "destination_country": "País de destino",
    "detection_country": "País de detección",
    "transport_mode": "Medio de transporte",
    "lat": "Latitud",
    "lon": "Longitud",
    "linked_offences": "Otros delitos conexos",
}
_GMSI_HEADERS = {
    "source_ref": "folio",
    "event_date": "fecha_evento",
    "crime_type": "tipo_delito",
    "exploitation": "tipo_explotacion",
    "n_persons": "personas_localizadas",
    "n_suspects": "probables_responsables",
    "gender": "sexo",
    "age_group": "grupo_edad",
    "nationality": "nacionalidad",
    "origin_country": "pais_origen",
    "transit_countries": "paises_transito",
    "destination_country": "pais_destino",
    "detection_country": "pais_deteccion",
    "transport_mode": "medio_transporte",
    "lat": "latitud",
    "lon": "longitud",
    "linked_offences": "delitos_asociados",
}
_MULLER_HEADERS = {
    "source_ref": "No. de reporte",
    "event_date": "Fecha del incidente",
    "crime_type": "Tipo de delito",
    "exploitation": "Tipo de explotación",
    "n_persons": "Cantidad de personas",
    "n_suspects": "Sospechosos",
    "gender": "Sexo",
    "age_group": "Rango de edad",
    "nationality": "Nacionalidad",
    "origin_country": "País de procedencia",
    "transit_countries": "Ruta / tránsito",
    "destination_country": "Destino declarado",
    "detection_country": "País del hallazgo",
    "transport_mode": "Medio de desplazamiento",
    "coordinates": "Coordenadas GPS",
    "linked_offences": "Delitos conexos",
}

_KROLL = Agency(
    source=KROLL,
    filename="kroll_uk_ln.xlsx",
    ref="LDN-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_KROLL_HEADERS,
    note="Note: compiled from client matters; figures provisional, not for onward release",
    total="TOTAL",
    bad_count=("multiple", "several", "numerous"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("MSHT / OIC", "Trafficking & smuggling"),
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
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Minor", "U18", "Child"),
            "adult": ("Adult", "18+"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Vessel", "RHIB"),
            "land": ("Lorry", "HGV", "Vehicle", "On foot"),
            "air": ("Air", "Commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery & corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Controlled drugs", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    na_words=("Not known", "N/K"),
    unknown_words=("Not known", "Unknown"),
    direct=("Direct", "", "Direct"),
    no_offence=("", "", "None"),
    smuggling_exploitation=("", "", "N/A"),
    count_placeholder=("TBC", "Not known"),
    suspects_placeholder=("TBC", "N/K"),
    zero_words=("Nil",),
    sep="; ",
)
_DULUC = Agency(
    source=DULUC,
    filename="duluc_detective_ln.csv",
    ref="DD/{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_DULUC_HEADERS,
    note="NB : tableau arrêté à cette date, données non exhaustives",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide à l'entrée irrégulière",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et filière d'immigration"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femme(s)", "F"),
            "male": ("homme(s)", "H"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "mineur(s)"),
            "adult": ("majeurs", "majeur(s)"),
            "mixed": ("majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation pneumatique", "bateau"),
            "land": ("poids lourd", "camion", "véhicule léger", "à pied"),
            "air": ("voie aérienne", "avion"),
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
    na_words=("non connu", "NC"),
    unknown_words=("inconnue", "non déterminée"),
    direct=("direct", "", "néant"),
    no_offence=("", "", "néant"),
    smuggling_exploitation=("", "sans objet", ""),
    count_placeholder=("NC", "non déterminé"),
    suspects_placeholder=("NC", "?"),
    zero_words=("aucun", "néant"),
    sep=", ",
)
_APDPE = Agency(
    source=APDPE,
    filename="apdpe_detectives_ln.xlsx",
    ref="INF-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_APDPE_HEADERS,
    note="Nota: datos facilitados por los despachos asociados, pendientes de verificación",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos (art. 177 bis CP)", "TSH", "trata"),
            "smuggling": (
                "inmigración ilegal (art. 318 bis CP)",
                "delito contra los derechos de los ciudadanos extranjeros",
                "favorecimiento de la inmigración clandestina",
            ),
            "both": ("arts. 177 bis y 318 bis CP", "trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("comisión de actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujer", "femenino"),
            "male": ("hombre", "masculino"),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("menores", "menor de edad"),
            "adult": ("mayores de edad", "adultos"),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("embarcación", "patera", "cayuco", "neumática"),
            "land": ("terrestre", "furgoneta", "autobús", "a pie"),
            "air": ("aéreo", "vuelo comercial"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    na_words=("no consta", "s/d"),
    unknown_words=("no consta", "desconocida"),
    direct=("directo", "", "—"),
    no_offence=("", "", "no"),
    smuggling_exploitation=("", "", "no procede"),
    count_placeholder=("sin determinar", "s/d"),
    suspects_placeholder=("s/d", "por identificar"),
    zero_words=("ninguno",),
    sep=" / ",
)
_GMSI = Agency(
    source=GMSI,
    filename="gmsi_mx_ln.jsonl",
    ref="GMSI-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_GMSI_HEADERS,
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico de personas", "tráfico de indocumentados"),
            "both": ("trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("obligar a realizar actividades delictivas",),
            "organ_removal": ("extirpación de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otro",),
        },
        "gender": {
            "female": ("M",),
            "male": ("H",),
            "mixed": ("H/M", "mixto"),
        },
        "age_group": {
            "child": ("menores", "NNA"),
            "adult": ("adultos",),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("lancha",),
            "land": ("tractocamión", "caja seca", "camioneta", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("delitos contra la salud",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    na_words=("s/d", "sin dato"),
    unknown_words=("s/d", "sin dato"),
    direct=("",),
    no_offence=("",),
    smuggling_exploitation=("",),
    count_placeholder=("s/d", "por confirmar"),
    suspects_placeholder=("s/d",),
    zero_words=("ninguno",),
    sep="",
)
_MULLER = Agency(
    source=MULLER,
    filename="muller_madrid_pa_ln.csv",
    ref="MM-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_MULLER_HEADERS,
    note="Nota: información preliminar, sujeta a verificación de las autoridades",
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("tráfico de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "mujeres"),
            "male": ("masculino", "hombres"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "menores de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "familias con NNA"),
        },
        "transport_mode": {
            "sea": ("lancha", "bote"),
            "land": ("a pie (trocha)", "a pie", "bus"),
            "air": ("vía aérea",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando de drogas"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    na_words=("N/D", "por determinar"),
    unknown_words=("N/D", "no determinada"),
    direct=("directo", ""),
    no_offence=("", "", "ninguno"),
    smuggling_exploitation=("", "N/A"),
    count_placeholder=("por determinar", "N/D"),
    suspects_placeholder=("N/D",),
    zero_words=("ninguno", "no hay"),
    sep=" / ",
)

#: The five agencies, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (_KROLL, _DULUC, _APDPE, _GMSI, _MULLER)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_text(src: Agency, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a date to the day as the agency does; return the cell and its tag."""
    r = rng.random()
    if src.source == KROLL:
        if r < 0.78:
            return ts.to_pydatetime(), "excel_date"
        if r < 0.9:
            return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", "long_date"
        return ts.strftime("%d/%m/%Y"), "text_date"
    if src.source == DULUC:
        return (ts.strftime("%d/%m/%Y"), "") if r < 0.88 else (ts.strftime("%d/%m/%y"), "yy")
    if src.source == APDPE:
        if r < 0.7:
            return ts.to_pydatetime(), "excel_date"
        if r < 0.9:
            return ts.strftime("%d/%m/%Y"), "text_date"
        return ts.strftime("%d-%m-%Y"), "text_date"
    if src.source == GMSI:
        if r < 0.6:
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", "timestamp"
        return ts.strftime("%Y-%m-%d"), ""
    # Müller & Madrid: Excel's Spanish short dates; a few cells kept as serial numbers
    if r < 0.72:
        return ts.strftime("%d/%m/%Y"), ""
    if r < 0.88:
        return f"{ts.day:02d}-{_ES_MON[ts.month - 1]}-{ts.strftime('%y')}", "short_month"
    return str(_excel_serial(ts)), "excel_serial"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event's date."""
    r = rng.random()
    if partial_ok and src.source == KROLL and r < 0.05:
        month = ts.to_period("M").start_time
        return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
    if partial_ok and src.source == KROLL and r < 0.08:
        quarter = ts.to_period("Q").start_time
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
    if partial_ok and src.source == DULUC and r < 0.06:
        month = ts.to_period("M").start_time
        lead = "courant " if r < 0.03 else ""
        return f"{lead}{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
    if partial_ok and src.source == APDPE and r < 0.04:
        month = ts.to_period("M").start_time
        return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", month, "month", ["partial_date"]
    cell, tag = _day_text(src, ts, rng)
    return cell, ts.normalize(), "day", [tag] if tag else []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, impossible, or ten years ahead (a slipped digit)."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade digit slipped: 2023 -> 2033
        ahead = ts.replace(year=ts.year + 10)
        cell, _ = _day_text(src, ahead, rng)
        return cell
    day = 30 if rng.random() < 0.5 else 31  # no year of the period is a leap year
    if src.source == GMSI:
        return f"{ts.year}-02-{day}T00:00:00"
    if src.source == KROLL and rng.random() < 0.5:
        return f"{day} February {ts.year}"
    return f"{day}/02/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the agency's note row (the day the table was closed)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _lang_col(lang: str) -> int:
    return {"en": 0, "fr": 1, "es": 2}[lang]


def _fold(text: str) -> str:
    """Strip accents (for a cp1252 file that cannot hold a character)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _country(
    src: Agency,
    iso: str,
    col: str,
    ev: dict[str, object],
    rng: _Rng,
    r: float | None = None,
) -> tuple[object, str]:
    """Write one country as the agency does; return the cell and its tag ('' = plain name).

    ``r`` (a uniform draw) picks the way of writing; a route passes one draw for all its
    countries, as a clerk types a whole route one way.
    """
    if r is None:
        r = float(rng.random())
    lang = src.language
    if src.source == GMSI:
        if r < 0.86:
            return iso_codes(iso)[0], "iso2"
        aliases = _ALIASES["mx"].get(iso, ())
        if aliases and r < 0.95:
            return choice(rng, aliases), "alias"
        return _NAMES[iso][2], ""
    name = _NAMES[iso][_lang_col(lang)]
    aliases = _ALIASES[lang].get(iso, ())
    typo = _TYPOS[lang].get(iso)
    if src.source == KROLL:
        if col == "nationality" and iso in _DEMONYM_EN and r < 0.35:
            return _DEMONYM_EN[iso], "demonym"
        if r < 0.5:
            return name, ""
        if r < 0.65:
            return iso_codes(iso)[0], "iso2"
        if aliases and r < 0.85:
            return choice(rng, aliases), "alias"
        if typo and r < 0.9:
            return typo, "typo"
        return (name.upper(), "case") if r < 0.95 else (f" {name} ", "case")
    if src.source == DULUC:
        if col == "nationality" and iso in _DEMONYM_FR and r < 0.75:
            adj = _DEMONYM_FR[iso]
            return (adj.upper(), "demonym") if rng.random() < 0.4 else (adj, "demonym")
        if iso == "GBR" and r < 0.3:
            return "Angleterre", "alias"
        if r < 0.55:
            return name, ""
        if r < 0.7:
            return name.upper(), "case"
        if aliases and r < 0.85:
            return choice(rng, aliases), "alias"
        if typo and r < 0.92:
            return typo, "typo"
        return iso, "iso3"
    if src.source == APDPE:
        if r < 0.07:
            garbled = mojibake(name.upper() if rng.random() < 0.5 else name)
            if garbled is not None:
                return garbled, "mojibake"
        if r < 0.45:
            return name.upper(), "case"
        if r < 0.8:
            return name, ""
        if aliases and r < 0.88:
            return choice(rng, aliases), "alias"
        if typo and r < 0.94:
            return typo, "typo"
        return iso, "iso3"
    # Müller & Madrid: demonyms agreeing with the group for nationality
    if col == "nationality" and iso in _DEMONYM_ES and r < 0.7:
        forms = _DEMONYM_ES[iso]
        single = ev.get("n_persons") == 1
        female = ev.get("gender") == "female"
        idx = (0 if single else 2) + (1 if female else 0)
        return forms[idx], "demonym"
    if r < 0.8:
        return name, ""
    if aliases and r < 0.92:
        return choice(rng, aliases), "alias"
    return name.upper(), "case"


def _fit(src: Agency, text: str) -> str:
    return text if fits(text, src) else _fold(text)


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees-minutes-seconds (to 0.1") and the value it reads as."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minute, sec10 = divmod(rest, 600)
    text = f"{deg}°{minute:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    read = (deg + minute / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, read


def _garmin(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Garmin's hddd°mm.mmm' form and the value it reads as."""
    hemi = pos if value >= 0 else neg
    thousandths = round(abs(value) * 60000)
    deg, rest = divmod(thousandths, 60000)
    text = f"{hemi}{deg:0{width}d}°{rest // 1000:02d}.{rest % 1000:03d}'"
    read = (deg + rest / 60000) * (1 if value >= 0 else -1)
    return text, read


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Write a position as the agency does; return cells, expected lat, lon and tags."""
    one = "coordinates" in src.headers
    if blank:
        return (
            ({"coordinates": None} if one else {"lat": None, "lon": None}),
            None,
            None,
            ["blank_coordinates"],
        )
    r = rng.random()
    if r < 0.04:
        return (
            ({"coordinates": None} if one else {"lat": None, "lon": None}),
            None,
            None,
            ["coords_missing"],
        )
    if src.source == KROLL:
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if src.source == DULUC:
        if r < 0.06:
            return {"coordinates": "non relevé"}, None, None, ["coords_placeholder"]
        if r < 0.6:
            t_lat, v_lat = _dms(lat, "N", "S")
            t_lon, v_lon = _dms(lon, "E", "O" if rng.random() < 0.3 else "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon, ["coords_dms"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), []
    if src.source == APDPE:
        if r < 0.62:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
        cells: _Cells = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, round(lat, 5), round(lon, 5), ["decimal_comma"]
    if src.source == GMSI:
        if r < 0.06:
            return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, round(lat, 6), round(lon, 6), []
    # Müller & Madrid: a Garmin receiver, or a point pasted from a map
    if r < 0.8:
        t_lat, v_lat = _garmin(lat, "N", "S", 2)
        t_lon, v_lon = _garmin(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon, ["coords_ddm"]
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), []


# --------------------------------------------------------------------------------------
# Counts and words
# --------------------------------------------------------------------------------------
def _persons(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = rng.random()
    if r < 0.025:
        return choice(rng, src.count_placeholder), None, ["count_placeholder"]
    if n >= 1000:
        if src.source == DULUC and r < 0.8:
            return f"{n // 1000} {n % 1000:03d}", n, ["thousands"]
        if src.source == MULLER and r < 0.85:
            return f"{n // 1000},{n % 1000:03d}", n, ["thousands"]
        if src.source == APDPE and r < 0.5:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands"]
    return (n if src.format != "csv" else str(n)), n, []


def _suspects(src: Agency, n: int, rng: _Rng, blank: bool) -> tuple[object, int | None, list[str]]:
    if blank:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.03:
        if src.source == GMSI:
            return None, None, ["blank_n_suspects"]
        return choice(rng, src.suspects_placeholder), None, ["suspects_placeholder"]
    if n == 0 and src.source != GMSI and r < 0.4:
        return choice(rng, src.zero_words), 0, ["zero_word"]
    return (n if src.format != "csv" else str(n)), n, []


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    forms = src.words[col][value]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _blank_or_word(words: tuple[str, ...], rng: _Rng) -> str | None:
    word = choice(rng, words)
    return word or None


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
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _blank_or_word(src.smuggling_exploitation, rng)
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = _blank_or_word(("", *src.unknown_words), rng)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        forced_blank == "n_suspects",
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.025:
        cells["gender"] = None if src.source != KROLL or rng.random() < 0.5 else "Not recorded"
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(src, col, value, rng)
            exp[col] = value

    # a demonym agrees with the sex the row gives (masculine when it gives none)
    seen = {**ev, "gender": exp["gender"]}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col != "detection_country" and rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown_words)
            exp[col] = None
            tags.append(f"unknown:{col}")
            if col == "nationality":
                tags.append("blank_nationality")
            continue
        text, tag = _country(src, str(iso), col, seen, rng)
        cells[col] = text
        exp[col] = str(iso)
        if tag:
            tags.append(f"{tag}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.direct)
        cells["transit_countries"] = ([] if src.source == GMSI else None) if not word else word
        if word:
            tags.append("direct_word")
        exp["transit_countries"] = None
    else:
        parts = []
        way = float(rng.random())
        for iso in str(transit).split("|"):
            text, tag = _country(src, iso, "transit_countries", ev, rng, way)
            parts.append(str(text).strip())
            if tag in ("typo", "mojibake"):
                tags.append(f"{tag}:transit_countries")
        if src.source == GMSI:
            cells["transit_countries"] = parts
        elif src.source == KROLL:
            cells["transit_countries"] = " > ".join(parts)
        else:
            cells["transit_countries"] = src.sep.join(parts)
        exp["transit_countries"] = str(transit)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    cl, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng, forced_blank == "coordinates")
    cells.update(cl)
    tags += t

    offences = ev["linked_offences"]
    if offences is None:
        word = choice(rng, src.no_offence)
        cells["linked_offences"] = ([] if src.source == GMSI else None) if not word else word
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = words if src.source == GMSI else src.sep.join(words)
        exp["linked_offences"] = str(offences)

    if src.format == "csv":
        for key, cell in cells.items():
            if isinstance(cell, str):
                cells[key] = _fit(src, cell)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Routing and the variant
# --------------------------------------------------------------------------------------
#: Detection country -> the agency that first reports its events (Kroll compiles the rest).
_PRIMARY: dict[str, str] = {
    "GBR": KROLL,
    "FRA": DULUC,
    "ESP": APDPE,
    "USA": GMSI,
    "PAN": MULLER,
}
#: (corridor, detection country) -> the agency that may report the event a second time.
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): KROLL,  # hauliers' lorries at Calais: the UK client's own matter
    ("channel", "GBR"): DULUC,  # the French side of the same crossing network
    ("thb_vnm_gbr", "GBR"): DULUC,
    ("thb_rou_esp", "ESP"): KROLL,  # UK retailers' berry suppliers in Huelva
    ("thb_rou_esp", "ITA"): APDPE,  # the same recruiters traced into Latina
    ("wmed", "ESP"): DULUC,  # networks moving people on to France
    ("darien", "PAN"): GMSI,  # groups later met on the clients' routes north
}


#: The variant: five agencies, their routing, their way of writing a cell.
BLIND324: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=KROLL,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=324,
    blank_share=0.3,
)


def make_blind324(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind324`` set: five investigators' case files.

    Kroll (London) compiles its client matters across Europe in an English workbook;
    Duluc Détective (Paris) writes a French cp1252 CSV; the APDPE's liaison desk a
    Spanish workbook; GMSI (Mexico) JSON lines from its incident platform; Müller &
    Madrid (Panama) a UTF-16 tab-separated text. See the module docstring for each one's
    habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`AGENCIES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind324(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['kroll_uk_ln.xlsx', 'duluc_detective_ln.csv', 'apdpe_detectives_ln.xlsx',
     'gmsi_mx_ln.jsonl', 'muller_madrid_pa_ln.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Nature des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND324, truth, seed=seed)
