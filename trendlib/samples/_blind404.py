"""Examiner sample set ``blind404`` (files ``*_op.*``): mobile operators' fraud desks.

Five mobile network operators log the SIM cards and lines that investigators link to
trafficking in human beings and migrant smuggling, each in its own working language
and the way its own case or disclosure tool exports them:

``vodafone_uk_led_op.csv``
    Vodafone UK, Law Enforcement Disclosure team (English, UTF-8 with BOM, ``,``).
    UK police wording (MSHT, OIC), nationalities as demonyms ("Iraqi Kurd",
    "Vietnamese"), day-first dates with the system's time stamp, cell-site
    coordinates. It also logs the requests relayed by Vodafone Group's markets and
    Europol for UK numbers found in Italy, Greece, Croatia and Poland (the
    compilation source): those often give only the month or quarter and no cell site.
``bouygues_crj_op.csv``
    Bouygues Telecom, cellule des réquisitions judiciaires (French, cp1252, ``;``).
    French legal wording ("aide à l'entrée et au séjour irréguliers", "MNA"),
    nationalities as adjectives ("afghane"), decimal commas, "courant mai 2023", and
    mojibake in every accented cell of the requests carried over from the old
    ticketing tool (before July 2021).
``masmovil_requerimientos_op.xlsx``
    Grupo MásMóvil, unidad de requerimientos judiciales (Spanish, Excel). Criminal
    code articles (177 bis, 318 bis), real Excel dates mixed with typed dates and
    bare serial numbers, "Cayuco", "Salto de valla", "MENA", BTS coordinates as one
    "lat, lon" cell.
``tigo_pa_fraude_op.csv``
    Tigo Panamá, prevención de fraude (Spanish, UTF-16 tab-separated "Unicode text"
    saved from Excel). Plural demonyms ("venezolanos"), "17-may-2023", coordinates
    pasted from a map as degrees-minutes-seconds, "Sin cobertura" in the jungle, an
    Excel pivot's "Total general" row and rows sent twice.
``att_mx_justicia_op.jsonl``
    AT&T México, colaboración con la justicia (Spanish keys, UTF-8 JSON lines from
    the authorities' portal). Mexican legal wording ("Tráfico de personas" is the
    smuggling of migrants under the Ley de Migración, "NNA", "Operaciones con
    recursos de procedencia ilícita"), feminine nationality adjectives
    ("guatemalteca"), ISO dates and time stamps.

Every event is first reported by the operator of its detection country (Vodafone UK
for the rest); some are reported again by the operator whose lines the same case
touched (Channel crossings by both sides of the Channel, Romanian networks in Italy by
the Spanish operator, Darién crossings by the Mexican operator).
"""

from __future__ import annotations

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

__all__ = ["BLIND404", "SOURCES", "make_blind404"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]

# --------------------------------------------------------------------------------------
# Countries: names per language, demonyms and adjectives
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# English demonyms, as UK police systems hold nationality.
_DEMONYM_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",),
    "ALB": ("Albanian",),
    "BGD": ("Bangladeshi",),
    "CIV": ("Ivorian",),
    "CMR": ("Cameroonian",),
    "DZA": ("Algerian",),
    "EGY": ("Egyptian",),
    "ERI": ("Eritrean",),
    "GIN": ("Guinean",),
    "GMB": ("Gambian",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi", "Iraqi Kurd"),
    "MAR": ("Moroccan",),
    "MLI": ("Malian",),
    "NGA": ("Nigerian",),
    "PAK": ("Pakistani",),
    "ROU": ("Romanian",),
    "SEN": ("Senegalese",),
    "SYR": ("Syrian",),
    "TUN": ("Tunisian",),
    "TUR": ("Turkish",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",),
}
# French adjectives, feminine ("de nationalité afghane").
_ADJ_FR: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "PAK": "pakistanaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "VNM": "vietnamienne",
}
# Spanish adjectives, masculine singular (Spain's "nacionalidad: marroquí").
_ADJ_ES: dict[str, str] = {
    "CHN": "chino",
    "CIV": "marfileño",
    "COL": "colombiano",
    "DZA": "argelino",
    "ECU": "ecuatoriano",
    "GIN": "guineano",
    "GMB": "gambiano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
    "HTI": "haitiano",
    "MAR": "marroquí",
    "MEX": "mexicano",
    "MLI": "maliense",
    "NGA": "nigeriano",
    "ROU": "rumano",
    "SEN": "senegalés",
    "VEN": "venezolano",
}


def _feminine(adj: str) -> str:
    """Mexican forms agree with "nacionalidad": ``hondureño`` -> ``hondureña``."""
    if adj.endswith("o"):
        return adj[:-1] + "a"
    if adj.endswith("és"):
        return adj[:-2] + "esa"
    return adj


def _plural(adj: str) -> str:
    """Panamanian group counts: ``venezolano`` -> ``venezolanos``."""
    if adj.endswith("és"):
        return adj[:-2] + "eses"
    if adj[-1] in "aeiou":
        return adj + "s"
    return adj + "es"


def _typo(name: str) -> str | None:
    """Swap the two letters after the middle of a name (``Eritrea`` -> ``Eritera``)."""
    if len(name) < 6:
        return None
    i = len(name) // 2
    a, b = name[i], name[i + 1]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[:i] + b + a + name[i + 2 :]


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _country(
    iso: str, lang: str, rng: _Rng, styles: dict[str, float], col: str
) -> tuple[str, list[str]]:
    """Write a country the way a source does; return (text, tags)."""
    keys = list(styles)
    w = np.array(list(styles.values()), dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    name = _name(iso, lang)
    text: str | None = None
    if style == "upper":
        text = name.upper()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "demonym" and iso in _DEMONYM_EN:
        text = choice(rng, _DEMONYM_EN[iso])
    elif style == "adj_fr" and iso in _ADJ_FR:
        text = _ADJ_FR[iso]
    elif style == "adj_es" and iso in _ADJ_ES:
        text = _ADJ_ES[iso]
    elif style == "adj_fem" and iso in _ADJ_ES:
        text = _feminine(_ADJ_ES[iso])
    elif style == "plural" and iso in _ADJ_ES:
        text = _plural(_ADJ_ES[iso])
    elif style == "typo":
        text = _typo(name)
    elif style == "mojibake":
        text = mojibake(name)
    if text is None or text == name:
        return name, []
    kind = {"adj_fr": "demonym", "adj_es": "demonym", "adj_fem": "demonym", "plural": "demonym"}
    return text, [f"{kind.get(style, style)}:{col}"]


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
def _src(
    source: str,
    ext: str,
    ref: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    repeats: bool,
) -> ExaminerSource:
    return ExaminerSource(
        source=source,
        filename=f"{source}_op.{ext}",
        ref=ref,
        format=ext,
        encoding=encoding,
        delimiter=delimiter,
        language=language,
        headers=headers,
        note=note,
        total=total,
        bad_count=bad_count,
        repeats=repeats,
    )


_VF = "vodafone_uk_led"
_BY = "bouygues_crj"
_MM = "masmovil_requerimientos"
_TG = "tigo_pa_fraude"
_AT = "att_mx_justicia"

#: The five operators, in the order :func:`make_blind404` returns their submissions.
SOURCES: tuple[ExaminerSource, ...] = (
    _src(
        _VF,
        "csv",
        "LED-{yy:02d}-{seq:05d}",
        "utf-8-sig",
        ",",
        "en",
        {
            "source_ref": "LED Ref",
            "event_date": "Date of Incident",
            "requester": "Requesting Agency",
            "crime_type": "Crime Type",
            "exploitation": "Exploitation Type",
            "n_persons": "Persons Involved",
            "n_suspects": "Suspects Identified",
            "gender": "Gender",
            "age_group": "Age Group",
            "nationality": "Nationality",
            "detection_country": "Country of Incident",
            "transit_countries": "Known Route",
            "destination_country": "Intended Destination",
            "transport_mode": "Mode of Travel",
            "lat": "Cell Site Lat",
            "lon": "Cell Site Long",
            "linked_offences": "Linked Offences",
        },
        "Note: extract from the LED case system. Persons as stated by the requesting "
        "agency, not verified by Vodafone.",
        "TOTAL",
        ("multiple", "see attached"),
        False,
    ),
    _src(
        _BY,
        "csv",
        "RJ{year}-{seq:06d}",
        "cp1252",
        ";",
        "fr",
        {
            "source_ref": "N° réquisition",
            "event_date": "Date des faits",
            "requester": "Service requérant",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes (victimes / migrants)",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "detection_country": "Pays des faits",
            "transit_countries": "Pays traversés",
            "destination_country": "Destination",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude antenne",
            "lon": "Longitude antenne",
            "linked_offences": "Infractions connexes",
        },
        "NB : extraction du pôle réquisitions, chiffres déclaratifs du service requérant",
        "TOTAL",
        ("plusieurs", "cf. PV"),
        False,
    ),
    _src(
        _MM,
        "xlsx",
        "REQ/{year}/{seq:05d}",
        "utf-8",
        None,
        "es",
        {
            "source_ref": "Nº expediente",
            "event_date": "Fecha hechos",
            "requester": "Órgano requirente",
            "crime_type": "Tipo delictivo",
            "exploitation": "Finalidad",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Nº investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "detection_country": "País",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas BTS",
            "linked_offences": "Delitos conexos",
        },
        "Nota: datos según oficio del órgano requirente, pendientes de validación",
        "TOTAL",
        ("varios", "ver oficio"),
        False,
    ),
    _src(
        _TG,
        "csv",
        "TPA-FR-{yy:02d}-{seq:04d}",
        "utf-16",
        "\t",
        "es",
        {
            "source_ref": "No. de caso",
            "event_date": "Fecha",
            "requester": "Autoridad solicitante",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. personas",
            "n_suspects": "Aprehendidos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "detection_country": "País",
            "transit_countries": "Ruta (países)",
            "destination_country": "Destino final",
            "transport_mode": "Medio de desplazamiento",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos asociados",
        },
        "Nota: información preliminar, sujeta a validación",
        "Total general",
        ("varios", "ver informe"),
        True,
    ),
    _src(
        _AT,
        "jsonl",
        "ATTMX-CJ-{year}-{seq:06d}",
        "utf-8",
        None,
        "es",
        {
            "source_ref": "folio",
            "event_date": "fecha_hechos",
            "requester": "autoridad_requirente",
            "crime_type": "delito",
            "exploitation": "modalidad_explotacion",
            "n_persons": "personas_involucradas",
            "n_suspects": "probables_responsables",
            "gender": "sexo",
            "age_group": "edad",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "detection_country": "pais_evento",
            "transit_countries": "paises_transito",
            "destination_country": "pais_destino",
            "transport_mode": "medio_transporte",
            "lat": "latitud_sitio",
            "lon": "longitud_sitio",
            "linked_offences": "delitos_conexos",
        },
        None,
        "TOTAL",
        ("varios", "ver anexo"),
        False,
    ),
)

# --------------------------------------------------------------------------------------
# Wording of each operator
# --------------------------------------------------------------------------------------
_CRIME: dict[str, _Words] = {
    _VF: {
        "trafficking": ("Modern Slavery / Human Trafficking", "MSHT", "Human trafficking"),
        "smuggling": ("Organised Immigration Crime", "OIC", "People smuggling"),
        "both": ("MSHT & OIC", "OIC + MSHT"),
    },
    _BY: {
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    _MM: {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "Art. 177 bis CP",
        ),
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración ilegal",
            "Art. 318 bis CP",
        ),
        "both": ("Trata + inmigración ilegal (177 bis y 318 bis)", "Trata y tráfico de migrantes"),
    },
    _TG: {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    _AT: {
        "trafficking": ("Trata de personas",),
        "smuggling": (
            "Tráfico de personas",
            "Tráfico de indocumentados",
            "Tráfico de personas (art. 159 Ley de Migración)",
        ),
        "both": ("Trata y tráfico de personas",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    _VF: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _BY: {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    _MM: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    _TG: {
        "sexual": ("Explotación sexual", "Prostitución forzada"),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    _AT: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Tráfico de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
}
# What a pure smuggling row holds in the exploitation column (read: nothing).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    _VF: (None, "N/A"),
    _BY: (None,),
    _MM: (None, "No aplica"),
    _TG: (None,),
    _AT: (None,),
}
_GENDER: dict[str, _Words] = {
    _VF: {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "Male & female")},
    _BY: {
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F", "féminin"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    _MM: {
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    _TG: {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos"),
    },
    _AT: {
        "male": ("Hombres", "Masculino"),
        "female": ("Mujeres", "Femenino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
}
_AGE: dict[str, _Words] = {
    _VF: {"adult": ("Adult", "18+"), "child": ("Minor", "U18", "Child"), "mixed": ("Mixed",)},
    _BY: {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    _MM: {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    _TG: {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores de edad", "NNA"),
        "mixed": ("Mixto", "Adultos y NNA"),
    },
    _AT: {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
}
# A word that says the value is not known (gender, age group, transport mode).
_NOT_KNOWN: dict[str, tuple[str, ...]] = {
    _VF: ("Not known", "N/K"),
    _BY: ("N/C", "inconnu"),
    _MM: ("s/d", "Sin determinar"),
    _TG: ("N/D", "Sin información"),
    _AT: ("Sin dato", "N/D"),
}
_NATIONALITY_UNKNOWN: dict[str, tuple[str, ...]] = {
    _VF: ("Not known", "Unknown - no ID"),
    _BY: ("indéterminée", "N/C"),
    _MM: ("No consta", "s/d"),
    _TG: ("N/D", "No determinada"),
    _AT: ("Sin dato",),
}
_OFFENCES: dict[str, _Words] = {
    _VF: {
        "document_fraud": ("False documents", "Document fraud", "Forged ID"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    _BY: {
        "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _MM: {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    _TG: {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    _AT: {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Delitos contra la salud", "Narcotráfico"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}
_OFFENCE_SEP = {_VF: " / ", _BY: ", ", _MM: "; ", _TG: ", ", _AT: ", "}
_TRANSIT_SEP = {_VF: " > ", _BY: " - ", _MM: ", ", _TG: " - ", _AT: ", "}
# What a direct route (no transit country) reads as, besides a blank cell.
_DIRECT = {_VF: "Direct", _MM: "Directo"}

# Nationality styles (weights) of each operator.
_NAT_STYLES: dict[str, dict[str, float]] = {
    _VF: {"name": 0.55, "demonym": 0.3, "upper": 0.1, "typo": 0.05},
    _BY: {"name": 0.5, "adj_fr": 0.3, "upper": 0.14, "typo": 0.06},
    _MM: {"name": 0.5, "adj_es": 0.25, "upper": 0.1, "iso2": 0.1, "typo": 0.05},
    _TG: {"name": 0.5, "plural": 0.3, "iso3": 0.1, "upper": 0.05, "typo": 0.05},
    _AT: {"adj_fem": 0.5, "name": 0.3, "iso3": 0.15, "upper": 0.05},
}
_ORIGIN_STYLES: dict[str, dict[str, float]] = {
    _BY: {"name": 0.85, "upper": 0.15},
    _MM: {"name": 0.8, "iso2": 0.1, "upper": 0.1},
    _AT: {"name": 0.75, "iso3": 0.25},
}
_PLACE_STYLES: dict[str, dict[str, float]] = {
    _VF: {"name": 0.85, "iso3": 0.15},
    _BY: {"name": 0.9, "upper": 0.1},
    _MM: {"name": 0.9, "upper": 0.1},
    _TG: {"name": 0.95, "upper": 0.05},
    _AT: {"name": 0.85, "iso3": 0.15},
}
# Everyday names of the destination or detection country, by operator.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    _VF: {"GBR": ("UK", "GB"), "USA": ("USA",)},
    _BY: {"GBR": ("Angleterre", "UK", "GB"), "USA": ("USA",)},
    _MM: {"GBR": ("Reino Unido",), "USA": ("EE.UU.",)},
    _TG: {"USA": ("EE.UU.", "EEUU", "USA"), "MEX": ("México",)},
    _AT: {"USA": ("EUA", "EE.UU.", "USA")},
}

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
_ABBR_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_INTERNATIONAL = ("ITA", "GRC", "HRV", "POL")
# Bouygues' requests logged before this day came over from the old ticketing tool, whose
# UTF-8 text was read as cp1252 on import: every accented cell of them is garbled.
_BY_OLD_TOOL = pd.Timestamp("2021-07-01")


def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Return the usual word (first) 60 % of the time, else one of the others."""
    if len(options) == 1 or rng.random() < 0.6:
        return options[0]
    return options[1 + int(rng.integers(len(options) - 1))]


def _noise(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text, False
    k = int(rng.integers(3))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
    return out, out != text


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _clock(ts: pd.Timestamp) -> str:
    return f"{(ts.day_of_year * 7) % 24:02d}:{(ts.day * 13) % 60:02d}"


def _date(
    src: ExaminerSource, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write an event date; return (cell, expected day, precision, tags)."""
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m, y, q = ts.month - 1, ts.year, ts.quarter
    r = rng.random()
    name = src.source
    if name == _VF:
        if partial_ok and ev["detection_country"] in _INTERNATIONAL:
            if r < 0.12:
                return f"{MONTHS[m]} {y}", month, "month", ["partial_date", "month_date"]
            if r < 0.18:
                return f"Q{q} {y}", quarter, "quarter", ["partial_date", "quarter_date"]
        if r > 0.75:
            return f"{ts:%d/%m/%Y} {_clock(ts)}", ts, "day", ["datetime"]
        return f"{ts:%d/%m/%Y}", ts, "day", []
    if name == _BY:
        if partial_ok and r < 0.07:
            lead = "courant " if r < 0.03 else ""
            text = f"{lead}{_MONTHS_FR[m]} {y}"
            return text, month, "month", ["partial_date", "month_date"]
        if partial_ok and r < 0.10:
            return f"T{q} {y}", quarter, "quarter", ["partial_date", "quarter_date"]
        if r > 0.88:
            return f"{ts:%d/%m/%y}", ts, "day", ["two_digit_year"]
        return f"{ts:%d/%m/%Y}", ts, "day", []
    if name == _MM:
        if partial_ok and r < 0.05:
            return f"{_MONTHS_ES[m]} {y}", month, "month", ["partial_date", "month_date"]
        if partial_ok and r < 0.08:
            return f"T{q} {y}", quarter, "quarter", ["partial_date", "quarter_date"]
        if r < 0.14:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        if r < 0.30:
            return f"{ts:%d/%m/%Y}", ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", []
    if name == _TG:
        if partial_ok and r < 0.06:
            return f"{_MONTHS_ES[m]} {y}", month, "month", ["partial_date", "month_date"]
        if r > 0.78:
            return f"{ts.day:02d}-{_ABBR_ES[m]}-{y}", ts, "day", ["month_abbr"]
        return f"{ts:%d/%m/%Y}", ts, "day", []
    # AT&T México: ISO dates from the portal, some with the request's time stamp.
    if partial_ok and r < 0.05:
        return f"{ts:%Y-%m}", month, "month", ["partial_date", "month_date"]
    if r > 0.75:
        return f"{ts:%Y-%m-%d}T{_clock(ts)}:00", ts, "day", ["iso_datetime"]
    return f"{ts:%Y-%m-%d}", ts, "day", []


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the same day some years on (a typed year gone wrong)."""
    return ts.replace(year=ts.year + 8, day=min(ts.day, 28))


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible or future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        fut = _future(ts)
        if src.source == _MM:
            return fut.to_pydatetime()
        if src.source == _AT:
            return f"{fut:%Y-%m-%d}"
        return f"{fut:%d/%m/%Y}"
    day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
    if src.source == _AT:
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row (the day after the last event)."""
    day = last + pd.Timedelta(days=1)
    if src.source == _MM:
        return day.to_pydatetime()
    if src.source == _AT:
        return f"{day:%Y-%m-%d}"
    return f"{day:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Counts, places, coordinates
# --------------------------------------------------------------------------------------
_COUNT_UNKNOWN = {
    _VF: ("Unknown", "TBC"),
    _BY: ("N/C", "inconnu"),
    _MM: ("sin determinar",),
    _TG: ("por determinar",),
    _AT: ("sin dato",),
}
_ZERO = {_VF: ("None", "Nil"), _BY: ("aucun", "néant"), _MM: ("ninguno",), _TG: ("ninguno",)}
_THOUSANDS = {_VF: ",", _BY: "\u00a0", _MM: ".", _TG: ","}


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    if rng.random() < 0.02:
        return choice(rng, _COUNT_UNKNOWN[src.source]), None, ["count_placeholder"]
    sep = _THOUSANDS.get(src.source)
    if n >= 1000 and sep is not None and rng.random() < 0.7:
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    return (str(n) if src.format == "csv" else n), n, []


def _suspects(
    src: ExaminerSource, n: int | None, rng: _Rng, blank: bool
) -> tuple[object, int | None, list[str]]:
    if blank or n is None:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.03:
        words = _COUNT_UNKNOWN[src.source] if src.source != _AT else ("N/D",)
        return choice(rng, words), None, ["suspects_placeholder"]
    if n == 0 and src.source in _ZERO and r < 0.45:
        return choice(rng, _ZERO[src.source]), 0, ["zero_word"]
    return (str(n) if src.format == "csv" else n), n, []


def _detection(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    iso = str(ev["detection_country"])
    name = src.source
    hotspot = str(ev.get("hotspot") or "")
    if iso == "GBR" and name in (_VF, _BY) and rng.random() < 0.2:
        # the home nation of the place: Glasgow is in Scotland, the rest in England
        scot = hotspot == "Glasgow"
        if name == _VF:
            word = "Scotland" if scot else "England"
        else:
            word = "Écosse" if scot else "Angleterre"
        return word, ["alias:detection_country"]
    r = rng.random()
    aliases = _ALIASES[name].get(iso, ())
    if aliases and r < 0.3:
        text = choice(rng, aliases)
        kind = "iso2" if text == iso_codes(iso)[0] else "alias"
        return text, [f"{kind}:detection_country"]
    if r < 0.4:
        return iso_codes(iso)[0], ["iso2:detection_country"]
    if iso == "PAN" and name == _TG and r < 0.5:
        return "Rep. de Panamá", ["alias:detection_country"]
    text = _name(iso, src.language)
    if r > 0.92:
        return text.upper(), ["case:detection_country"]
    return text, []


def _destination(src: ExaminerSource, iso: str, rng: _Rng) -> tuple[str, list[str]]:
    aliases = _ALIASES[src.source].get(iso, ())
    if aliases and rng.random() < 0.4:
        return choice(rng, aliases), ["alias:destination_country"]
    return _country(iso, src.language, rng, _PLACE_STYLES[src.source], "destination_country")


def _transit(src: ExaminerSource, value: object, rng: _Rng) -> tuple[object, list[str]]:
    if value is None:
        direct = _DIRECT.get(src.source)
        if direct is not None and rng.random() < 0.5:
            return direct, ["direct_word"]
        return None, []
    parts, tags = [], []
    for iso in str(value).split("|"):
        text, t = _country(iso, src.language, rng, _PLACE_STYLES[src.source], "transit")
        parts.append(text)
        tags += t
    return _TRANSIT_SEP[src.source].join(parts), sorted(set(tags))


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds as a map shows them; return (text, value)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec // 10:02d}.{sec % 10}\"{pos if value >= 0 else neg}"
    back = tenths / 36000
    return text, back if value >= 0 else -back


def _coordinates(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the cell site's place; return (cells, expected lat, expected lon, tags)."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    name, iso = src.source, str(ev["detection_country"])
    if blank:
        return {}, None, None, ["blank_coordinates"]
    r = rng.random()
    if name == _VF:
        # no cell site for a UK number roaming abroad, unless a Group market sent it
        roaming = iso not in ("GBR", "ITA", "GRC") or (iso != "GBR" and r < 0.4)
        if roaming or r > 0.97:
            return {}, None, None, ["coords_missing"]
        a, b = round(lat, 4), round(lon, 4)
        return {"lat": f"{a:.4f}", "lon": f"{b:.4f}"}, a, b, []
    if name == _BY:
        if iso != "FRA" or r > 0.95:  # a French line abroad: no cell of ours
            return {}, None, None, ["coords_missing"]
        if r > 0.93:
            return {"lat": "N/C", "lon": "N/C"}, None, None, ["coords_placeholder"]
        a, b = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{a:.5f}".replace(".", ","),
            "lon": f"{b:.5f}".replace(".", ","),
        }
        return cells, a, b, ["decimal_comma"]
    if name == _MM:
        if iso != "ESP" or r > 0.94:
            return {}, None, None, ["coords_missing"]
        a, b = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{a:.5f}, {b:.5f}"}, a, b, ["coords_pair"]
    if name == _TG:
        if r > 0.93:
            gone: dict[str, object] = {"lat": "Sin cobertura", "lon": "Sin cobertura"}
            return gone, None, None, ["coords_placeholder"]
        if r < 0.25:
            t_lat, a = _dms(lat, "N", "S")
            t_lon, b = _dms(lon, "E", "W")
            return {"lat": t_lat, "lon": t_lon}, a, b, ["coords_dms"]
        a, b = round(lat, 5), round(lon, 5)
        return {"lat": f"{a:.5f}", "lon": f"{b:.5f}"}, a, b, []
    if iso != "USA" or r > 0.9:  # AT&T's own network in the US; none in Panama
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    a, b = round(lat, 4), round(lon, 4)
    return {"lat": a, "lon": b}, a, b, []


_REQUESTERS: dict[str, dict[str, tuple[str, ...]]] = {
    _VF: {
        "GBR": (
            "Kent Police",
            "NCA",
            "Metropolitan Police",
            "Border Force",
            "West Midlands Police",
        ),
        "FRA": ("NCA (JIT with France)", "Kent Police"),
        "ITA": ("Vodafone Italia - Polizia di Stato", "Europol via NCA"),
        "GRC": ("Vodafone Greece - Hellenic Police", "Europol via NCA"),
        "HRV": ("Europol via NCA", "Interpol Zagreb via NCA"),
        "POL": ("Europol via NCA", "Straż Graniczna via UKCA ILOR"),
    },
    _BY: {
        "FRA": ("DZPAF Calais", "OCRIEST", "BMR Dunkerque", "SR Lille", "JIRS Lille"),
        "GBR": ("OCRIEST (ECE franco-britannique)", "DZPAF Calais"),
    },
    _MM: {
        "watl": (
            "UCRIF Canarias",
            "Guardia Civil - EDATI",
            "Juzgado de Instrucción nº 5 de Arrecife",
        ),
        "Ceuta": ("Guardia Civil - Comandancia de Ceuta", "UCRIF Central"),
        "Melilla": ("Guardia Civil - Comandancia de Melilla", "UCRIF Central"),
        "wmed": ("Juzgado de Instrucción nº 2 de Almería", "UCRIF Almería"),
        "thb_rou_esp": ("UCRIF Central", "Fiscalía de Extranjería", "Inspección de Trabajo (ITSS)"),
        "ITA": ("Comisión rogatoria Italia (Eurojust)", "UCRIF Central"),
    },
    _TG: {"PAN": ("SENAFRONT", "Ministerio Público - Fiscalía de Darién", "DIJ", "SNM")},
    _AT: {
        "USA": ("FGR - FEMDO", "FGR - UEITMPO", "HSI (vía agregaduría)", "INM"),
        "PAN": ("FGR - FEMDO (asistencia jurídica Panamá)",),
    },
}
_HOTSPOT_REQUESTER = {"Glasgow": "Police Scotland", "Birmingham": "West Midlands Police"}


def _requester(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    hotspot = str(ev.get("hotspot") or "")
    if src.source == _VF and hotspot in _HOTSPOT_REQUESTER and rng.random() < 0.7:
        return _HOTSPOT_REQUESTER[hotspot]
    table = _REQUESTERS[src.source]
    iso = str(ev["detection_country"])
    if src.source == _MM and iso == "ESP":  # by the place: the unit that works it
        key = hotspot if hotspot in table else str(ev["corridor"])
        return choice(rng, table.get(key, table["thb_rou_esp"]))
    options = table.get(iso, next(iter(table.values())))
    return choice(rng, options)


_SEA = {
    _VF: ("Small boat", "Boat", "Sea"),
    _BY: ("small boat", "embarcation", "bateau pneumatique"),
    _TG: ("Lancha", "Marítimo"),
    _AT: ("Marítimo", "Lancha"),
}
_LAND = {
    _VF: ("HGV", "Lorry", "Vehicle"),
    _BY: ("poids lourd", "PL", "camion"),
    _TG: ("A pie", "Terrestre", "Caminata por la selva"),
    _AT: ("Terrestre", "A pie", "Tractocamión", "Vehículo particular"),
}
_AIR = {
    _VF: ("Air", "Flight"),
    _BY: ("avion", "aérien"),
    _MM: ("Avión", "Aéreo"),
    _TG: ("Aéreo",),
    _AT: ("Aéreo",),
}


def _transport(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    mode, corridor = str(ev["transport_mode"]), str(ev["corridor"])
    hotspot = str(ev.get("hotspot") or "")
    name = src.source
    if mode == "air":
        return _word(rng, _AIR[name])
    if name == _MM:
        if mode == "sea":
            if corridor == "watl":
                return _word(rng, ("Cayuco", "Neumática", "Embarcación"))
            return _word(rng, ("Patera", "Neumática", "Embarcación"))
        if hotspot in ("Ceuta", "Melilla"):
            return _word(rng, ("Salto de valla", "Oculto en vehículo", "Terrestre"))
        return _word(rng, ("Terrestre", "Furgoneta", "Autobús"))
    if mode == "land" and corridor == "darien":
        return _word(rng, ("A pie", "Terrestre", "Caminata por la selva"))
    if name == _VF and mode == "land" and corridor not in ("channel", "thb_vnm_gbr"):
        return _word(rng, ("On foot", "Vehicle", "Land"))
    if name == _VF and mode == "sea" and corridor in ("cmed", "emed", "thb_nga_ita"):
        return _word(rng, ("Boat", "Sea crossing", "Dinghy"))
    return _word(rng, (_SEA if mode == "sea" else _LAND)[name])


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the operator does: (cells, expected values, tags)."""
    name, lang, has = src.source, src.language, set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ev, ts, rng, partial_ok
    )
    tags += t
    cells["requester"] = _requester(src, ev, rng)

    crime = str(ev["crime_type"])
    word = _word(rng, _CRIME[name][crime])
    if "art." in word.lower() or "bis" in word:
        tags.append("article_code")
    word, noisy = _noise(word, rng, 0.05)
    tags += ["case:crime_type"] if noisy else []
    cells["crime_type"], exp["crime_type"] = word, crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, [w or "" for w in _NO_EXPLOITATION[name]]) or None
        exp["exploitation"] = None
        if cells["exploitation"] is not None:
            tags.append("na_exploitation")
    else:
        cells["exploitation"] = _word(rng, _EXPLOITATION[name][str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tags += t
    sus = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, sus, rng, forced_blank == "n_suspects"
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, _NOT_KNOWN[name])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, _GENDER[name][gender]), gender
    for col, words in (("age_group", _AGE[name]), ("transport_mode", None)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, _NOT_KNOWN[name]), "unknown"
            tags.append("na_word")
        elif words is not None:
            cells[col], exp[col] = _word(rng, words[value]), value
        else:
            cells[col], exp[col] = _transport(src, ev, rng), value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None or rng.random() < 0.015:
        unknown = forced_blank != "nationality" and nat is not None
        cells["nationality"] = choice(rng, _NATIONALITY_UNKNOWN[name]) if unknown else None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        text, t = _country(str(nat), lang, rng, _NAT_STYLES[name], "nationality")
        text, noisy = _noise(text, rng, 0.04)
        cells["nationality"], exp["nationality"] = text, str(nat)
        tags += t + (["case:nationality"] if noisy else [])

    if "origin_country" in has and ev["origin_country"] is not None:
        iso = str(ev["origin_country"])
        cells["origin_country"], t = _country(
            iso, lang, rng, _ORIGIN_STYLES[name], "origin_country"
        )
        exp["origin_country"] = iso
        tags += t
    else:
        exp["origin_country"] = None

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = _detection(src, ev, rng)
        exp["detection_country"] = str(ev["detection_country"])
        tags += t

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    dest = ev["destination_country"]
    if "destination_country" in has and dest is not None:
        cells["destination_country"], t = _destination(src, str(dest), rng)
        exp["destination_country"] = str(dest)
        tags += t
    else:
        exp["destination_country"] = None

    coords, exp["lat"], exp["lon"], t = _coordinates(src, ev, rng, forced_blank == "coordinates")
    cells.update(coords)
    tags += t

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        said = [_word(rng, _OFFENCES[name][o]) for o in str(off).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[name].join(said)
        exp["linked_offences"] = str(off)
    if name == _BY and ts < _BY_OLD_TOOL:
        for key, cell in cells.items():
            garbled = mojibake(cell) if isinstance(cell, str) and key != "event_date" else None
            if garbled is not None:
                cells[key] = garbled
                tags.append(f"mojibake:{key}")
    return cells, exp, tags


#: The variant: sources, which operator reports which event first and which again.
BLIND404: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _VF, "FRA": _BY, "ESP": _MM, "PAN": _TG, "USA": _AT},
    compilation=_VF,
    secondary={
        ("channel", "FRA"): _VF,
        ("channel", "GBR"): _BY,
        ("thb_vnm_gbr", "GBR"): _BY,
        ("thb_rou_esp", "ITA"): _MM,
        ("darien", "PAN"): _AT,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=404,
    blank_share=0.3,
)


def make_blind404(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five mobile operators' fraud and disclosure desks would.

    Vodafone UK (CSV, UTF-8 with BOM, ``,``, English), Bouygues Telecom (CSV, cp1252,
    ``;``, French), Grupo MásMóvil (XLSX, Spanish), Tigo Panamá (UTF-16 tab-separated
    text, Spanish) and AT&T México (JSON lines, Spanish keys). Each event is first
    reported by the operator of its detection country (Vodafone UK, which also logs
    the requests relayed from Italy, Greece, Croatia and Poland, for the rest); about
    4 % are reported again by a second operator; bad rows, notes, totals and re-sent
    rows are planted as the shared examiner machinery does.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per operator, in the order of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind404(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['vodafone_uk_led_op.csv', 'bouygues_crj_op.csv', 'masmovil_requerimientos_op.xlsx',
     'tigo_pa_fraude_op.csv', 'att_mx_justicia_op.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° réquisition', 'Date des faits', 'Service requérant']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND404, truth, seed=seed)
