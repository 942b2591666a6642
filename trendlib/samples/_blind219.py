"""Examiner sample set ``blind219`` (files ``*_hm.*``): AML desks of non-financial businesses.

Anti-money-laundering desks of designated non-financial businesses (notaries, a gaming
regulator, a supervisor of "vulnerable activities") and a notarial network pass on the
smuggling and trafficking cases behind their suspicious-transaction reports.

Five sources, each writing in its own way:

``ocp_notariado_hm.xlsx``
    Órgano Centralizado de Prevención del blanqueo de capitales of Spain's Consejo
    General del Notariado (Spanish). Real Excel dates, a few dates typed as text
    (``17/05/2023``) or left as bare serial numbers, Spanish country names (capitals,
    missing accents, stray spaces, small typos), the Criminal Code articles as crime
    type (``177 bis CP`` trafficking, ``318 bis CP`` smuggling), latitude and longitude
    as numbers, now and then typed as text with a decimal comma, ``1.250`` counts.
``csn_notaires_hm.csv``
    Cellule de lutte anti-blanchiment of France's Conseil supérieur du notariat
    (French, cp1252, ``;``). Day-first dates, ``17 mai 2023``, month and quarter
    dates (``mai 2023``, ``T2 2023``), coordinates in degrees, minutes and seconds or as
    a decimal-comma pair, counts with a non-breaking space, French country names and a
    batch of rows garbled by a bad UTF-8 import (``SÃ©nÃ©gal``).
``ukgc_intel_hm.csv``
    Intelligence unit of Great Britain's Gambling Commission (English, UTF-8 with BOM,
    ``,``). UK wording (``MSHT``, ``OIC``, NRM exploitation categories), passport
    (ISO alpha-3) nationality codes, ``17 May 2023`` and ``17-May-23`` dates, ``May 2023``
    months, small counts in words, routes joined by ``>``, no coordinates.
``uif_mx_avisos_hm.jsonl``
    Mexico's Unidad de Inteligencia Financiera, desk on the notices of "vulnerable
    activities" (casinos, notaries, real estate) tied to the smuggling networks that
    move migrants from the Darién to the US border (Spanish, JSON lines). Mexican
    wording (``TRÁFICO DE PERSONAS`` = smuggling, ``NNA`` = children, ``EUA``),
    capitalised catalogue values, ISO dates and month-only dates (``2023-05``),
    ``1,250`` counts, ``S/D`` for data not given.
``cnue_aml_hm.csv``
    Anti-money-laundering network of the Council of the Notariats of the EU (English,
    UTF-16 tab-separated text as a database export writes it), compiling what member
    notariats in Italy, Greece, Croatia and Poland pass on: EU country codes (``EL``
    Greece), transit routes as ``TR-BG-RS-BA``, some UN numeric nationality codes,
    ``Q2 2023`` quarters and ``17.05.2023`` dates from some members.

Every cell is written so that a careful analyst reads exactly what the truth expects;
cells that such an analyst could not read (``No consta``, ``S/D``, ``n/k`` ...) expect no
value (or ``unknown`` for a category) and carry a tag saying so.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

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

__all__ = ["AGENCIES", "BLIND219", "Agency", "make_blind219"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country names: ISO alpha-3 -> (English, French, Spanish)
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
_LANG_COL = {"en": 0, "fr": 1, "es": 2, "mx": 2}

#: Other names an agency of that language uses for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA", "Etats-Unis"),
        "VNM": ("Vietnam",),
        "NGA": ("Nigéria",),
        "GIN": ("Guinée-Conakry",),
        "RUS": ("Fédération de Russie",),
        "MKD": ("Macédoine",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "USA": ("EE. UU.", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "RUS": ("Federación de Rusia",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
    },
    "mx": {
        "USA": ("EUA", "E.U.A.", "ESTADOS UNIDOS DE AMÉRICA"),
        "VEN": ("REPÚBLICA BOLIVARIANA DE VENEZUELA",),
        "CHN": ("REPÚBLICA POPULAR CHINA",),
        "HTI": ("REPÚBLICA DE HAITÍ",),
    },
}
#: EU usage of two-letter codes (Eurostat, EU institutions) where it differs from ISO.
_EU_ALPHA2 = {"GRC": "EL", "GBR": "UK"}
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
_EN_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_ALL_NAMES = frozenset(n.lower() for names in _NAMES.values() for n in names) | frozenset(
    a.lower() for table in _ALIASES.values() for al in table.values() for a in al
)

Vocab = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus how it writes its cells.

    Attributes
    ----------
    names : str
        Which country names it writes: ``"en"``, ``"fr"``, ``"es"`` or ``"mx"`` (Mexican
        catalogue capitals).
    country_styles : tuple of (str, float)
        Ways of writing a country cell and their weights (``name``, ``upper``,
        ``no_accent``, ``spacing``, ``typo``, ``alias``, ``iso2``, ``iso3``, ``numeric``).
    date_styles : tuple of (str, float)
        Ways of writing a full date and their weights.
    partial : tuple of (str, float)
        Month or quarter styles and the share of rows written so (when allowed).
    vocab : mapping
        Column -> canonical word -> the agency's words (first the usual one).
    unknown : tuple of str
        What it writes for a value it does not know.
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero_words : tuple of str
        Words for "no suspect".
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked offences.
    coords : str
        ``"numbers"`` (two number columns), ``"dms"`` (one cell, degrees or a
        decimal-comma pair), ``"pair"`` (one cell ``lat, lon``), ``"json"`` (two
        numbers, ``S/D`` when not given) or ``"none"``.
    thousands : str
        Thousands separator of large counts (``""`` for none).
    numbers : bool
        Whether counts are written as numbers (spreadsheet, JSON) rather than text.
    mojibake_rate : float
        Share of rows garbled by a bad UTF-8 import.
    smuggling_exploitation : str or None
        What it writes as exploitation of a pure smuggling case (None: nothing).
    """

    names: str
    country_styles: tuple[tuple[str, float], ...]
    date_styles: tuple[tuple[str, float], ...]
    partial: tuple[tuple[str, float], ...]
    vocab: Vocab
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: str
    numbers: bool
    mojibake_rate: float
    smuggling_exploitation: str | None


def _headers(*names: str, coords: tuple[str, ...]) -> dict[str, str]:
    """Map the canonical columns (in file order) to an agency's header words."""
    keys = (
        "source_ref",
        "event_date",
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
    )
    out = dict(zip(keys, names[: len(keys)], strict=True))
    if len(coords) == 2:
        out["lat"], out["lon"] = coords
    elif len(coords) == 1:
        out["coordinates"] = coords[0]
    out["linked_offences"] = names[len(keys)]
    return out


_OCP = Agency(
    source="ocp_notariado",
    filename="ocp_notariado_hm.xlsx",
    ref="OCP-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        "Ref. OCP",
        "Fecha de los hechos",
        "Tipología delictiva",
        "Finalidad de explotación",
        "Nº víctimas / migrantes",
        "Nº investigados",
        "Sexo",
        "Edad",
        "Nacionalidad",
        "País de origen",
        "País de destino",
        "País de detección",
        "Países de tránsito",
        "Medio de transporte",
        "Delitos conexos",
        coords=("Latitud", "Longitud"),
    ),
    note="Nota: datos provisionales; comunicaciones pendientes de validación por el OCP",
    total="TOTAL",
    bad_count=("varios", "ver anexo"),
    repeats=False,
    names="es",
    country_styles=(
        ("name", 0.78),
        ("upper", 0.08),
        ("no_accent", 0.06),
        ("spacing", 0.04),
        ("typo", 0.04),
    ),
    date_styles=(("excel", 0.85), ("dmy", 0.08), ("serial", 0.07)),
    partial=(),
    vocab={
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "177 bis CP"),
            "smuggling": (
                "Inmigración clandestina (art. 318 bis CP)",
                "Favorecimiento de la inmigración ilegal",
                "318 bis CP",
            ),
            "both": ("Trata e inmigración clandestina", "177 bis y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas de explotación",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Varones"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "Menores de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Patera", "Cayuco"),
            "land": ("Terrestre", "Vehículo"),
            "air": ("Aéreo", "Vuelo comercial"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("financiación del terrorismo",),
        },
    },
    unknown=("No consta", "Desconocido"),
    count_unknown=("No consta",),
    zero_words=("ninguno",),
    transit_sep=", ",
    offence_sep=", ",
    coords="numbers",
    thousands=".",
    numbers=True,
    mojibake_rate=0.0,
    smuggling_exploitation=None,
)

_CSN = Agency(
    source="csn_notaires",
    filename="csn_notaires_hm.csv",
    ref="CSN/LCB/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        "N° dossier",
        "Date des faits",
        "Qualification",
        "Forme d'exploitation",
        "Nombre de personnes",
        "Nombre de mis en cause",
        "Sexe",
        "Âge",
        "Nationalité",
        "Pays d'origine",
        "Pays de destination",
        "Pays de constatation",
        "Pays de transit",
        "Mode de transport",
        "Infractions connexes",
        coords=("Coordonnées GPS",),
    ),
    note="NB : extraction provisoire, données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "cf. PV"),
    repeats=False,
    names="fr",
    country_styles=(
        ("name", 0.76),
        ("upper", 0.08),
        ("alias", 0.06),
        ("typo", 0.04),
        ("iso2", 0.03),
        ("spacing", 0.03),
    ),
    date_styles=(("dmy", 0.88), ("long_fr", 0.12)),
    partial=(("month_fr", 0.03), ("quarter_t", 0.03)),
    vocab={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
                "Filière d'immigration irrégulière",
            ),
            "both": ("TEH et aide à l'entrée irrégulière",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineurs", "Mineurs non accompagnés"),
            "adult": ("Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Maritime", "Small boat", "Embarcation"),
            "land": ("Routier", "Poids lourd"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux et usage de faux",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("Non renseigné", "inconnue"),
    count_unknown=("NC", "inconnu"),
    zero_words=("aucun",),
    transit_sep=" / ",
    offence_sep=" + ",
    coords="dms",
    thousands="\u00a0",
    numbers=False,
    mojibake_rate=0.06,
    smuggling_exploitation=None,
)

_UKGC = Agency(
    source="ukgc_intel",
    filename="ukgc_intel_hm.csv",
    ref="GC-INT-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=_headers(
        "Intel ref",
        "Date of incident",
        "Offence category",
        "Exploitation type",
        "No. of victims/migrants",
        "No. of subjects",
        "Sex",
        "Age band",
        "Nationality",
        "Country of origin",
        "Destination",
        "Country where detected",
        "Route (transit)",
        "Method of travel",
        "Associated offences",
        coords=(),
    ),
    note="Note: figures provisional, subject to revision",
    total="Grand total",
    bad_count=("several", "see attached"),
    repeats=True,
    names="en",
    country_styles=(("name", 0.62), ("iso3", 0.2), ("alias", 0.1), ("upper", 0.04), ("typo", 0.04)),
    date_styles=(("dmy", 0.6), ("long_en", 0.3), ("dmon_yy", 0.1)),
    partial=(("month_en", 0.04),),
    vocab={
        "crime_type": {
            "trafficking": ("Modern slavery / human trafficking", "MSHT"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("MSHT & OIC",),
        },
        "exploitation": {
            "sexual": ("Sexual",),
            "forced_labour": ("Labour",),
            "forced_criminality": ("Criminal",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
        "age_group": {
            "child": ("Minor", "Under 18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea"),
            "land": ("Lorry/HGV", "Land"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("false documents",),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Not known", "n/k"),
    count_unknown=("n/k", "not known"),
    zero_words=("none", "nil"),
    transit_sep=" > ",
    offence_sep="; ",
    coords="none",
    thousands=",",
    numbers=False,
    mojibake_rate=0.0,
    smuggling_exploitation="N/A",
)

_UIF = Agency(
    source="uif_mx_avisos",
    filename="uif_mx_avisos_hm.jsonl",
    ref="UIF/AV/{year}/{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        "folio",
        "fecha_hechos",
        "tipo_delito",
        "tipo_explotacion",
        "num_personas",
        "num_sujetos",
        "sexo",
        "grupo_edad",
        "nacionalidad",
        "pais_origen",
        "pais_destino",
        "pais_deteccion",
        "paises_transito",
        "medio_transporte",
        "delitos_vinculados",
        coords=("latitud", "longitud"),
    ),
    note=None,
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "VER ANEXO"),
    repeats=True,
    names="mx",
    country_styles=(
        ("upper", 0.6),
        ("no_accent_upper", 0.2),
        ("alias", 0.12),
        ("typo", 0.04),
        ("name", 0.04),
    ),
    date_styles=(("iso", 0.85), ("ymd_slash", 0.15)),
    partial=(("month_iso", 0.08),),
    vocab={
        "crime_type": {
            "trafficking": ("TRATA DE PERSONAS",),
            "smuggling": ("TRÁFICO DE PERSONAS", "TRÁFICO DE INDOCUMENTADOS"),
            "both": ("TRATA Y TRÁFICO DE PERSONAS",),
        },
        "exploitation": {
            "sexual": ("EXPLOTACIÓN SEXUAL",),
            "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACIÓN LABORAL"),
            "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
            "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
            "forced_marriage": ("MATRIMONIO FORZOSO",),
            "other": ("OTRA",),
        },
        "gender": {
            "female": ("MUJERES", "FEMENINO"),
            "male": ("HOMBRES", "MASCULINO"),
            "mixed": ("MIXTO",),
        },
        "age_group": {
            "child": ("NNA", "MENORES DE EDAD"),
            "adult": ("ADULTOS", "MAYORES DE EDAD"),
            "mixed": ("ADULTOS Y NNA",),
        },
        "transport_mode": {
            "sea": ("MARÍTIMO", "LANCHA"),
            "land": ("TERRESTRE", "TRACTOCAMIÓN", "A PIE"),
            "air": ("AÉREO",),
        },
        "linked_offences": {
            "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS",),
            "corruption": ("COHECHO",),
            "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILÍCITA",),
            "illicit_goods": ("CONTRABANDO",),
            "cybercrime": ("DELITOS INFORMÁTICOS",),
            "terrorism": ("TERRORISMO",),
        },
    },
    unknown=("S/D", "NO ESPECIFICADO"),
    count_unknown=("S/D",),
    zero_words=("NINGUNO",),
    transit_sep=", ",
    offence_sep=", ",
    coords="json",
    thousands=",",
    numbers=True,
    mojibake_rate=0.0,
    smuggling_exploitation=None,
)

_CNUE = Agency(
    source="cnue_aml",
    filename="cnue_aml_hm.csv",
    ref="CNUE-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers=_headers(
        "Case No.",
        "Date",
        "Offence",
        "Exploitation",
        "Persons",
        "Suspects",
        "Gender",
        "Age",
        "Nationality",
        "Origin",
        "Destination",
        "Member State",
        "Transit",
        "Transport",
        "Related offences",
        coords=("Lat/Long",),
    ),
    note="Note: compiled from member notariats' returns, provisional",
    total="Total",
    bad_count=("several", "see annex"),
    repeats=False,
    names="en",
    country_styles=(("name", 0.76), ("iso3", 0.1), ("numeric", 0.08), ("alias", 0.06)),
    date_styles=(("iso", 0.65), ("dmy_dot", 0.35)),
    partial=(("quarter_q", 0.06),),
    vocab={
        "crime_type": {
            "trafficking": ("THB", "Trafficking in human beings"),
            "smuggling": ("Migrant smuggling", "SoM"),
            "both": ("THB + SoM",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminal activities",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("F", "female"), "male": ("M", "male"), "mixed": ("mixed", "M/F")},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("ML",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("n/k", "unknown"),
    count_unknown=("unknown",),
    zero_words=(),
    transit_sep="-",
    offence_sep=", ",
    coords="pair",
    thousands="",
    numbers=False,
    mojibake_rate=0.0,
    smuggling_exploitation=None,
)

#: The five agencies, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (_OCP, _CSN, _UKGC, _UIF, _CNUE)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    """Draw one style of ``options`` by its weight."""
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``México`` -> ``Mexico``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(name: str, rng: _Rng) -> str | None:
    """Swap two neighbouring inner letters, or None if that could read as another name."""
    if len(name) < 7 or " " in name:
        return None
    i = int(rng.integers(1, len(name) - 2))
    out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if out == name or out.lower() in _ALL_NAMES or not out[i : i + 2].isalpha():
        return None
    return out


def _alpha2(code: str, src: Agency) -> str:
    """ISO alpha-2 code, in EU usage for the notarial network."""
    if src.source == _CNUE.source and code in _EU_ALPHA2:
        return _EU_ALPHA2[code]
    return iso_codes(code)[0]


def _name(code: str, src: Agency) -> str:
    """Return the agency's usual name of a country."""
    name = _NAMES[code][_LANG_COL[src.names]]
    return name.upper() if src.names == "mx" else name


def _country(code: str, src: Agency, rng: _Rng, tags: list[str]) -> str:
    """Write one country as the agency does; note the style in ``tags``."""
    style = _weighted(rng, src.country_styles)
    name = _name(code, src)
    if style == "upper":
        tags.append("country_upper")
        return name.upper()
    if style in ("no_accent", "no_accent_upper"):
        plain = _strip_accents(name)
        tags.append("no_accent")
        return plain.upper() if style == "no_accent_upper" else plain
    if style == "spacing":
        tags.append("spacing")
        return f"  {name} " if rng.random() < 0.5 else f"{name}  "
    if style == "typo":
        bad = _typo(name, rng)
        if bad is not None:
            tags.append("typo")
            return bad
    if style == "alias":
        aliases = _ALIASES[src.names].get(code)
        if aliases:
            tags.append("alias")
            return choice(rng, aliases)
    if style == "iso2":
        tags.append("iso2")
        return _alpha2(code, src)
    if style == "iso3":
        tags.append("iso3")
        return code
    if style == "numeric":
        tags.append("numeric_code")
        return iso_codes(code)[1]
    return name


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (mostly its usual one)."""
    words = src.vocab[col][value]
    return words[0] if rng.random() < 0.7 else choice(rng, words)


def _full_date(src: Agency, ts: pd.Timestamp, style: str) -> object:
    """Write a day as the agency does (a ``datetime`` or an int in the spreadsheet)."""
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts - pd.Timestamp("1899-12-30")).days)
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_dot":
        return ts.strftime("%d.%m.%Y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    if style == "long_en":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "dmon_yy":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - table typo


def _partial_date(ts: pd.Timestamp, style: str) -> tuple[str, pd.Timestamp, str]:
    """Write a month or quarter; return (cell, its first day, precision)."""
    quarter = (ts.month - 1) // 3 + 1
    q_start = pd.Timestamp(year=ts.year, month=3 * quarter - 2, day=1)
    m_start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
    if style == "month_fr":
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", m_start, "month"
    if style == "month_en":
        return f"{MONTHS[ts.month - 1]} {ts.year}", m_start, "month"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), m_start, "month"
    if style == "quarter_t":
        return f"T{quarter} {ts.year}", q_start, "quarter"
    return f"Q{quarter} {ts.year}", q_start, "quarter"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected day, precision)."""
    if partial_ok:
        for style, share in src.partial:
            if rng.random() < share:
                cell, start, precision = _partial_date(ts, style)
                tags.append(precision)
                return cell, start, precision
    style = _weighted(rng, src.date_styles)
    if style != "excel":
        tags.append(f"date_{style}")
    return _full_date(src, ts, style), ts, "day"


def _count_text(n: int, src: Agency) -> object:
    """Write a plain count as the agency does (a number or digits)."""
    return n if src.numbers else str(n)


def _persons(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of persons; return (cell, expected)."""
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        return choice(rng, src.count_unknown), None
    if n >= 1000 and src.thousands and rng.random() < 0.6:
        tags.append("thousands")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", n
    if src.source == _UKGC.source and n <= len(_EN_WORDS) and r < 0.08:
        tags.append("count_word")
        return _EN_WORDS[n - 1], n
    return _count_text(n, src), n


def _suspects(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of suspects; return (cell, expected)."""
    r = rng.random()
    if r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.05:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_unknown), None
    if n == 0 and src.zero_words and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    return _count_text(n, src), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds of ``value``; return (text, the value it reads as)."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{tenths // 10:02d}.{tenths % 10}\"{hemi}"
    read = deg + minutes / 60 + tenths / 36000
    return text, round(read if value >= 0 else -read, 6)


def _coordinates(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    if src.coords == "none":
        tags.append("coords_missing")
        return {}, None, None
    r = rng.random()
    if src.coords == "numbers":
        if r < 0.03:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.10:  # typed as text with the Spanish decimal comma
            tags.append("coords_decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if src.coords == "json":
        if r < 0.03:
            tags.append("coords_placeholder")
            return {"lat": "S/D", "lon": "S/D"}, None, None
        if r < 0.07:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if r < 0.05:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    if src.coords == "pair":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if r < 0.65:
        lat_text, la = _dms(lat, "N", "S")
        lon_text, lo = _dms(lon, "E", "W")
        tags.append("coords_dms")
        return {"coordinates": f"{lat_text} {lon_text}"}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    tags.append("coords_decimal_comma")
    text = f"{la:.4f} / {lo:.4f}".replace(".", ",")
    return {"coordinates": text}, la, lo


def _transit(src: Agency, value: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit countries with the agency's separator."""
    if value is None:
        return None
    codes = value.split("|")
    if src.source == _CNUE.source:
        tags.append("transit_iso2")
        return src.transit_sep.join(_alpha2(c, src) for c in codes)
    upper = src.names == "mx" or rng.random() < 0.05
    names = [_name(c, src) for c in codes]
    return src.transit_sep.join(n.upper() if upper else n for n in names)


def _offences(src: Agency, value: str | None) -> str | None:
    """Write the linked offences, in the order of the case file."""
    if value is None:
        return None
    words = src.vocab["linked_offences"]
    return src.offence_sep.join(words[o][0] for o in value.split("|"))


def _garble(cells: dict[str, object], columns: tuple[str, ...], tags: list[str]) -> None:
    """Garble the accented text cells of a row read through a bad UTF-8 import."""
    hit = False
    for col in columns:
        value = cells.get(col)
        if isinstance(value, str):
            bad = mojibake(value)
            if bad is not None:
                cells[col] = bad
                hit = True
    if hit:
        tags.append("mojibake")


_TEXT_COLUMNS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "linked_offences",
)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], day, precision = _date(src, ts, rng, partial_ok, tags)
    exp["event_date"], exp["date_precision"] = day, precision

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    if "CP" in str(cells["crime_type"]):
        tags.append("legal_article")
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.smuggling_exploitation
        if src.smuggling_exploitation is not None:
            tags.append("na_exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
    exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _persons(src, int(str(ev["n_persons"])), rng, tags)
    suspects = int(str(ev["n_suspects"]))
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, suspects, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.02:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            tags.append("na_word")
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            tags.append(f"blank_{col}")
            cells[col], exp[col] = None, None
        elif code is None:
            cells[col], exp[col] = None, None
        elif col == "nationality" and rng.random() < 0.02:
            tags.append("blank_nationality")
            cells[col], exp[col] = choice(rng, src.unknown), None
        elif col == "detection_country" and src.source == _CNUE.source:
            tags.append("eu_code")
            cells[col], exp[col] = _alpha2(str(code), src), code
        else:
            cells[col], exp[col] = _country(str(code), src, rng, tags), code
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        if src.coords in ("numbers", "json"):
            cells.update({"lat": None, "lon": None})
        elif src.coords != "none":
            cells["coordinates"] = None
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _coordinates(src, lat, lon, rng, tags)
        cells.update(place)
    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, None if offences is None else str(offences))
    exp["linked_offences"] = offences

    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        _garble(cells, _TEXT_COLUMNS, tags)
    return cells, exp, list(dict.fromkeys(tags))


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the day with a slipped year digit (2023 -> 2033): a future date."""
    return ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a row to quarantine: none, a day the month lacks, or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        day = _future(ts)
        style = _weighted(rng, src.date_styles)
        return _full_date(src, day, {"serial": "dmy", "dmon_yy": "long_en"}.get(style, style))
    d, m = _NO_SUCH_DAYS[int(rng.integers(len(_NO_SUCH_DAYS)))]
    if src.source == _UIF.source or (src.source == _CNUE.source and rng.random() < 0.5):
        return f"{ts.year}-{m:02d}-{d:02d}"
    if src.source == _CNUE.source:
        return f"{d:02d}.{m:02d}.{ts.year}"
    return f"{d:02d}/{m:02d}/{ts.year}"


#: (day, month) pairs no calendar has: a clerk's slip, unreadable as a date.
_NO_SUCH_DAYS = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the agency's note row: the extraction day after its last case."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    style = src.date_styles[0][0]
    return _full_date(src, day, style)


#: Routing of the events and the way each agency writes them.
BLIND219: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ESP": _OCP.source,
        "FRA": _CSN.source,
        "GBR": _UKGC.source,
        "PAN": _UIF.source,
        "USA": _UIF.source,
    },
    compilation=_CNUE.source,
    secondary={
        ("channel", "FRA"): _UKGC.source,
        ("channel", "GBR"): _CSN.source,
        ("thb_vnm_gbr", "GBR"): _CSN.source,
        ("wmed", "ESP"): _CSN.source,
        ("watl", "ESP"): _CSN.source,
        ("thb_rou_esp", "ESP"): _CNUE.source,
        ("thb_rou_esp", "ITA"): _OCP.source,
        ("thb_nga_ita", "ITA"): _CSN.source,
        ("cmed", "ITA"): _CSN.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=219,
    blank_share=0.4,
)


def make_blind219(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind219`` examiner set (files ``*_hm.*``).

    Spain's notarial anti-money-laundering body (XLSX) reports the events detected in
    Spain, France's notarial AML unit (cp1252 ``;`` CSV) those in France, Great
    Britain's Gambling Commission intelligence unit (UTF-8 BOM CSV) those in the United
    Kingdom, Mexico's financial intelligence unit (JSON lines) those in Panama and the
    United States, and the EU notariats' AML network (UTF-16 tab-separated) compiles
    the rest (Italy, Greece, Croatia, Poland). About 4 % of the events are reported a
    second time by another agency (a day apart at most), some of the rows are bad
    (no, impossible or future date; negative or unreadable count) and each file has
    its note, total and (CSV) empty rows; the Gambling Commission and the UIF re-send
    a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        One per agency, in the order of :data:`AGENCIES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind219(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ocp_notariado_hm.xlsx', 'csn_notaires_hm.csv', 'ukgc_intel_hm.csv',
     'uif_mx_avisos_hm.jsonl', 'cnue_aml_hm.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][1:3]
    [('cp1252', ';'), ('utf-8-sig', ',')]
    >>> subs[3].frame.columns[:3].tolist()
    ['folio', 'fecha_hechos', 'tipo_delito']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND219, truth, seed=seed)
