"""Examiner sample set ``blind132``: five agencies of Brazil, the Guianas and Venezuela.

Files ``*_ed.*``, written independently of the cleaner. The five agencies sit on the
Amazon and Guianas routes and report the truth's events through their liaison and
partner channels, each in its own working language and with its own tools:

``ondoft_ve_ed.csv``
    Venezuela's Oficina Nacional contra la Delincuencia Organizada y Financiamiento al
    Terrorismo (ONDOFT), its strategic-analysis desk's log of liaison reports on
    Venezuelans and others moving north through the Darién (Panama). Spanish, cp1252,
    ``;``, CRLF, upper-case registry cells, day-first dates (``17/05/2023``, a few
    ``05/2023``), demonyms (``VENEZOLANA``), ``NNA`` for children, ``S/I`` for "no
    information", thousands with ``.``, coordinates in degrees-minutes-seconds with
    ``O`` (oeste) for west. Re-sent rows (exact repeats).
``ctip_moha_gy_ed.xlsx``
    Guyana's Ministry of Home Affairs, Counter-Trafficking in Persons Unit: cases shared
    by its US and UK partners (US-Mexico border, United Kingdom). English workbook: real
    Excel dates with a few typed ``17/05/2023``, ``17th May 2023`` or ``May 2023``,
    numbers as numbers, ``Nil`` suspects, ``Juvenile`` for children, demonyms.
``ccpfb_oyapock_ed.csv``
    The Franco-Brazilian police cooperation centre of Saint-Georges-de-l'Oyapock
    (CCPFB), relaying French cases on the Channel coast to its Brazilian partners.
    French, UTF-8 with BOM (a web tool's export), ``,`` with quoted cells, ``mis en
    cause``, ``néant``, ``MNA``, ``NC``, thousands with a (no-break) space,
    ``T2 2022`` quarters and ``juin 2022`` months, ``50,95123 ; 1,85012`` coordinates.
``mjsp_cgetp_br_ed.jsonl``
    Brazil's Ministry of Justice, Coordenação-Geral de Enfrentamento ao Tráfico de
    Pessoas e Contrabando de Migrantes (CGETP): the Spanish-language feed it sends to
    its regional partners on cases in Italy and Spain. JSON lines, UTF-8, Spanish keys
    with Portuguese words left in (``Itália``, ``Espanha``), ISO numeric codes of the
    detection country, JSON arrays for transit countries and linked offences, ISO dates
    with a ``-03:00`` offset, and a batch of rows double-encoded (mojibake).
``mjp_tipwg_sr_ed.csv``
    Suriname's Ministry of Justice and Police, Trafficking in Persons Working Group:
    a compilation of partner bulletins on every other case (Greece, Croatia, Poland)
    and on some Darién, Mediterranean and Atlantic cases. English with a few Dutch words
    (``n.v.t.``, ``onbekend``, ``V`` for vrouw, ``Duitsland``), saved by Excel as
    "Unicode text": UTF-16, tab-delimited, ``17-05-2023`` dates, Excel serials,
    ``Q2 2023`` quarters, transit routes as ``TUR > BGR > SRB``. Re-sent rows.

Every cell a careful analyst cannot read as a value is planted on purpose and expected
as such: ``S/I``, ``NC``, ``Unknown`` or ``onbekend`` counts are records with no count;
``n.v.t.`` or ``No aplica`` age groups and transports are ``unknown``; impossible,
future and missing dates, negative and vague counts (``varios``, ``plusieurs``) are
quarantined.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND132", "SOURCES", "Agency", "make_blind132"]

_Rng = np.random.Generator

_MONTHS = {
    "es": (
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
    ),
    "fr": (
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
    ),
    "en": (
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
    ),
}

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Names as the agencies write them, where they differ from the plain table's.
_NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "es": {"USA": "Estados Unidos", "PAN": "Panamá", "VNM": "Vietnam"},
    "en": {"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast"},
    "fr": {"VNM": "Vietnam", "CIV": "Côte d'Ivoire"},
}

#: Portuguese names a Brazilian clerk leaves in a Spanish feed.
_PORTUGUESE = {
    "AFG": "Afeganistão",
    "ALB": "Albânia",
    "AUT": "Áustria",
    "BGR": "Bulgária",
    "BIH": "Bósnia e Herzegovina",
    "CIV": "Costa do Marfim",
    "CMR": "Camarões",
    "COL": "Colômbia",
    "DEU": "Alemanha",
    "DZA": "Argélia",
    "ECU": "Equador",
    "EGY": "Egito",
    "ERI": "Eritreia",
    "ESP": "Espanha",
    "FRA": "França",
    "GIN": "Guiné",
    "GMB": "Gâmbia",
    "GRC": "Grécia",
    "HRV": "Croácia",
    "HUN": "Hungria",
    "IRN": "Irã",
    "IRQ": "Iraque",
    "ITA": "Itália",
    "LBY": "Líbia",
    "MAR": "Marrocos",
    "MKD": "Macedônia do Norte",
    "MRT": "Mauritânia",
    "NGA": "Nigéria",
    "PAK": "Paquistão",
    "POL": "Polônia",
    "ROU": "Romênia",
    "RUS": "Rússia",
    "SRB": "Sérvia",
    "SYR": "Síria",
    "TUN": "Tunísia",
    "TUR": "Turquia",
    "VNM": "Vietnã",
    "YEM": "Iêmen",
}

#: Dutch names a Surinamese officer leaves in an English compilation.
_DUTCH = {
    "AUT": "Oostenrijk",
    "BGR": "Bulgarije",
    "DEU": "Duitsland",
    "ESP": "Spanje",
    "FRA": "Frankrijk",
    "GRC": "Griekenland",
    "HRV": "Kroatië",
    "ITA": "Italië",
    "POL": "Polen",
    "SRB": "Servië",
    "TUR": "Turkije",
    "USA": "Verenigde Staten",
}

#: Nationality written as the adjective of the agency's forms (Spanish feminine:
#: "nacionalidad venezolana"; French feminine: "nationalité afghane").
_DEMONYMS: dict[str, dict[str, str]] = {
    "es": {
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
    },
    "en": {
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "HTI": "Haitian",
        "COL": "Colombian",
        "CHN": "Chinese",
    },
    "fr": {
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
}

#: Other names the agencies use for a country (short forms, official names).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "USA": ("EE.UU.", "EEUU", "EE. UU."),
        "PAN": ("Rep. de Panamá",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("R.P. China",),
    },
    "en": {
        "USA": ("USA", "U.S.A.", "United States of America"),
        "GBR": ("UK", "U.K.", "Great Britain"),
        "VNM": ("Viet Nam",),
    },
    "fr": {
        "GBR": ("RU", "Grande-Bretagne", "Angleterre"),
        "VNM": ("Viêt Nam",),
    },
}

#: Small slips of the pen, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "VEN": "Venezula",
        "COL": "Colommbia",
        "ECU": "Ecudor",
        "HTI": "Hatí",
        "USA": "Estados Unidso",
        "GTM": "Guatemla",
        "MEX": "Mexíco",
        "ITA": "Itlaia",
        "MAR": "Marruecoss",
        "SEN": "Senegall",
        "ROU": "Rumanía.",
    },
    "en": {
        "GTM": "Guatamala",
        "HND": "Hondurus",
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "VNM": "Vietman",
        "MEX": "Mexcio",
        "IRQ": "Iraq.",
        "SYR": "Syira",
        "DEU": "Germnay",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "IRQ": "Irack",
        "VNM": "Vietman",
        "GBR": "Royaume Uni",
    },
}


def _name(iso: str, lang: str) -> str:
    over = _NAME_OVERRIDES.get(lang, {})
    return over.get(iso) or str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: Agency, iso: str, rng: _Rng, styles: Mapping[str, float]) -> tuple[str, str]:
    """Write one ISO3 code the agency's way; return (cell, tag or "")."""
    keys = list(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    lang = src.language
    plain = _name(iso, lang)
    if style == "demonym" and iso in _DEMONYMS.get(lang, {}):
        word = _DEMONYMS[lang][iso]
        return (word.capitalize() if lang == "es" else word), "demonym"
    if style == "alias" and iso in _ALIASES.get(lang, {}):
        return choice(rng, _ALIASES[lang][iso]), "alias"
    if style == "typo" and iso in _TYPOS.get(lang, {}):
        return _TYPOS[lang][iso], "typo"
    if style == "leak":
        table = _PORTUGUESE if lang == "es" else _DUTCH
        if iso in table:
            return table[iso], "foreign_word"
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "numeric":
        return iso_codes(iso)[1], "iso_numeric"
    if style == "upper":
        return plain.upper(), "upper"
    if style == "bare" and lang == "es":  # accents dropped by an old keyboard layout
        bare = plain.translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU"))
        return bare, ("no_accent" if bare != plain else "")
    return plain, ""


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: what the shared machinery reads plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (the first is the usual).
    smuggling_expl : tuple of str
        What the exploitation cell holds on a pure smuggling case (``""`` = left blank).
    unknown : mapping
        Column -> the agency's words for "not known" (or "not applicable").
    zero_words : tuple of str
        Words for "no suspect".
    date_styles : mapping
        Date style -> weight (see :func:`_date_cell`).
    country_styles : mapping
        Country style -> weight for nationality, origin and destination.
    detection_styles : mapping
        Country style -> weight for the detection country.
    transit : str
        ``"text"`` (joined by ``transit_sep``) or ``"list"`` (a JSON array).
    transit_sep : str
        Separator of transit countries (in route order).
    transit_styles : mapping
        Country style -> weight for each transit country.
    transit_codes : float
        Share of routes written wholly in ISO alpha-3 codes.
    offence_sep : str or None
        Separator of linked offences; None for a JSON array.
    coord_style : str
        ``"dms"``, ``"pair_comma"``, ``"number"`` or ``"text"``.
    thousands : tuple of str
        Thousands separators of counts written as text (empty: none).
    upper_rate : float
        Share of rows a clerk typed in capitals (registry habit).
    mojibake_rate : float
        Share of rows double-encoded (UTF-8 read as cp1252 and saved again).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    smuggling_expl: tuple[str, ...]
    unknown: Mapping[str, tuple[str, ...]]
    zero_words: tuple[str, ...]
    date_styles: Mapping[str, float]
    country_styles: Mapping[str, float]
    detection_styles: Mapping[str, float]
    transit: str
    transit_sep: str
    transit_styles: Mapping[str, float]
    transit_codes: float
    offence_sep: str | None
    coord_style: str
    thousands: tuple[str, ...]
    upper_rate: float
    mojibake_rate: float


_CANON = (
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


def _headers(words: tuple[str, ...], coords: tuple[str, ...], offences: str) -> dict[str, str]:
    out = dict(zip(_CANON, words, strict=True))
    keys = ("coordinates",) if len(coords) == 1 else ("lat", "lon")
    out.update(zip(keys, coords, strict=True))
    out["linked_offences"] = offences
    return out


ONDOFT = Agency(
    source="ondoft_ve",
    filename="ondoft_ve_ed.csv",
    ref="ONDOFT-DAE-{seq:04d}-{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers=_headers(
        (
            "N° EXPEDIENTE",
            "FECHA DEL HECHO",
            "TIPO DE DELITO",
            "FINALIDAD DE EXPLOTACIÓN",
            "N° DE VÍCTIMAS/MIGRANTES",
            "N° DE APREHENDIDOS",
            "SEXO",
            "GRUPO ETARIO",
            "NACIONALIDAD",
            "PAÍS DE ORIGEN",
            "PAÍS DE DESTINO",
            "PAÍS DONDE SE DETECTÓ",
            "PAÍSES DE TRÁNSITO",
            "MEDIO DE TRANSPORTE",
        ),
        ("COORDENADAS (GMS)",),
        "DELITOS CONEXOS",
    ),
    note="Nota: información suministrada por enlaces internacionales, sujeta a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "VARIOS", "un grupo"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "TRÁFICO ILÍCITO DE MIGRANTES",
            ),
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "both": ("Trata de personas y tráfico ilícito de migrantes", "Trata / Tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Prostitución forzada"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": (
                "Actividades delictivas forzadas",
                "Comisión forzada de delitos",
            ),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
            "other": ("Otras formas de explotación", "Otra"),
        },
        "gender": {
            "male": ("Masculino", "M"),
            "female": ("Femenino", "F"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Niños, niñas y adolescentes"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "Vía terrestre"),
            "sea": ("Marítimo", "Vía marítima", "Embarcación"),
            "air": ("Aéreo", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Forjamiento de documentos", "Falsificación de documentos"),
            "corruption": ("Corrupción", "Cohecho"),
            "money_laundering": ("Legitimación de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    smuggling_expl=("", "N/A", "No aplica"),
    unknown={
        "exploitation": ("Por determinar",),
        "count": ("S/I",),
        "gender": ("S/I",),
        "age_group": ("No aplica", "S/I"),
        "transport_mode": ("S/I",),
        "nationality": ("S/I", "Desconocida"),
        "origin_country": ("S/I", "Desconocido"),
        "coordinates": ("S/C",),
    },
    zero_words=("NINGUNO", "Ninguno"),
    date_styles={"dmy": 0.9, "my": 0.1},
    country_styles={
        "demonym": 0.45,
        "plain": 0.3,
        "upper": 0.1,
        "alias": 0.06,
        "typo": 0.04,
        "bare": 0.05,
    },
    detection_styles={"plain": 0.6, "upper": 0.15, "alias": 0.15, "bare": 0.1},
    transit="text",
    transit_sep=" - ",
    transit_styles={"plain": 0.85, "alias": 0.05, "bare": 0.1},
    transit_codes=0.0,
    offence_sep=", ",
    coord_style="dms",
    thousands=(".",),
    upper_rate=0.3,
    mojibake_rate=0.0,
)

CTIP_GY = Agency(
    source="ctip_moha_gy",
    filename="ctip_moha_gy_ed.xlsx",
    ref="CTIP/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        (
            "C-TIP Ref.",
            "Date of Interception",
            "Offence",
            "Type of Exploitation",
            "No. of Persons",
            "No. of Suspects",
            "Sex",
            "Age Group",
            "Nationality",
            "Country of Origin",
            "Intended Destination",
            "Country of Interception",
            "Transit Countries",
            "Mode of Transport",
        ),
        ("Lat", "Long"),
        "Related Offences",
    ),
    note="Figures provisional - subject to verification by partner agencies",
    total="Grand Total",
    bad_count=("Several", "a number of"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Smuggling of Migrants", "SOM", "Migrant Smuggling"),
            "trafficking": ("Trafficking in Persons", "TIP"),
            "both": ("TIP & SOM", "TIP/Smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual Exploitation", "Sex trafficking"),
            "forced_labour": ("Forced Labour", "Labour Exploitation"),
            "forced_criminality": ("Forced Criminal Activity", "Forced criminality"),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & Female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Juvenile", "Child"),
            "mixed": ("Adult & Minor", "Mixed"),
        },
        "transport_mode": {
            "land": ("Land", "By land", "Vehicle"),
            "sea": ("Sea", "Boat", "Small boat"),
            "air": ("Air", "By air"),
        },
        "linked_offences": {
            "document_fraud": ("Forgery", "Fraudulent documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Narcotics", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    smuggling_expl=("N/A", ""),
    unknown={
        "exploitation": ("Under investigation",),
        "count": ("Unknown", "Not known"),
        "gender": ("Not stated",),
        "age_group": ("N/A",),
        "transport_mode": ("N/A",),
        "nationality": ("Not stated", "Unknown"),
        "origin_country": ("Unknown",),
        "coordinates": ("",),
    },
    zero_words=("Nil", "nil"),
    date_styles={"excel": 0.72, "dmy": 0.12, "ordinal": 0.08, "month_en": 0.08},
    country_styles={"demonym": 0.35, "plain": 0.45, "alias": 0.1, "typo": 0.05, "iso2": 0.05},
    detection_styles={"plain": 0.5, "alias": 0.45, "iso2": 0.05},
    transit="text",
    transit_sep=", ",
    transit_styles={"plain": 0.9, "alias": 0.1},
    transit_codes=0.0,
    offence_sep="; ",
    coord_style="number",
    thousands=(),
    upper_rate=0.0,
    mojibake_rate=0.0,
)

CCPFB = Agency(
    source="ccpfb_oyapock",
    filename="ccpfb_oyapock_ed.csv",
    ref="CCPFB-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="fr",
    headers=_headers(
        (
            "N° fiche",
            "Date des faits",
            "Qualification",
            "Forme d'exploitation",
            "Nb migrants / victimes",
            "Nb mis en cause",
            "Sexe",
            "Majeurs / mineurs",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays de constatation",
            "Pays de transit",
            "Mode de transport",
        ),
        ("Coordonnées GPS",),
        "Infractions connexes",
    ),
    note="NB : extraction provisoire, données non consolidées",
    total="Total",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Aide à l'entrée et au séjour irréguliers",
                "Filière d'immigration irrégulière",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH et aide à l'entrée irrégulière", "TEH / filière"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Masculin", "H"),
            "female": ("Féminin", "F"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("Majeurs", "Majeur"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Voie maritime"),
            "land": ("Poids lourd", "Voie terrestre", "PL"),
            "air": ("Voie aérienne", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Trafic de stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    smuggling_expl=("",),
    unknown={
        "exploitation": ("Non déterminée",),
        "count": ("NC",),
        "gender": ("NC",),
        "age_group": ("NC",),
        "transport_mode": ("NC",),
        "nationality": ("NC", "Indéterminée"),
        "origin_country": ("NC",),
        "coordinates": ("",),
    },
    zero_words=("néant", "aucun"),
    date_styles={"dmy": 0.82, "dmy_short": 0.05, "month_fr": 0.06, "quarter_t": 0.07},
    country_styles={"demonym": 0.35, "plain": 0.45, "alias": 0.08, "typo": 0.04, "iso3": 0.08},
    detection_styles={"plain": 0.85, "iso2": 0.15},
    transit="text",
    transit_sep=" / ",
    transit_styles={"plain": 0.9, "alias": 0.1},
    transit_codes=0.0,
    offence_sep=" ; ",
    coord_style="pair_comma",
    thousands=("\u00a0", " "),
    upper_rate=0.0,
    mojibake_rate=0.0,
)

CGETP_BR = Agency(
    source="mjsp_cgetp_br",
    filename="mjsp_cgetp_br_ed.jsonl",
    ref="{seq:04d}/{year}-CGETP",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        (
            "numero_registro",
            "fecha_hecho",
            "tipo_delito",
            "finalidad_explotacion",
            "cantidad_personas",
            "cantidad_investigados",
            "sexo",
            "franja_etaria",
            "nacionalidad",
            "pais_origen",
            "pais_destino",
            "cod_pais_deteccion",
            "paises_transito",
            "modal_transporte",
        ),
        ("latitud", "longitud"),
        "delitos_conexos",
    ),
    note=None,
    total="TOTAL",
    bad_count=("vários", "varios"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Contrabando de migrantes"),
            "trafficking": ("Trata de personas", "Trata de seres humanos"),
            "both": ("Trata de personas y tráfico ilícito de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": (
                "Trabajo forzoso",
                "Trabajo en condiciones análogas a la esclavitud",
            ),
            "forced_criminality": ("Actividades ilícitas forzadas",),
            "organ_removal": ("Remoción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Masculino",),
            "female": ("Femenino",),
            "mixed": ("Mixto",),
        },
        "age_group": {
            "adult": ("Adultos",),
            "child": ("Niños y adolescentes",),
            "mixed": ("Adultos, niños y adolescentes",),
        },
        "transport_mode": {
            "land": ("Terrestre",),
            "sea": ("Marítimo",),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación documental",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Narcotráfico",),
            "cybercrime": ("Delitos cibernéticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    smuggling_expl=("",),
    unknown={
        "exploitation": ("No informado",),
        "count": ("No informado",),
        "gender": ("No informado",),
        "age_group": ("No informado",),
        "transport_mode": ("No informado",),
        "nationality": ("No informado",),
        "origin_country": ("No informado",),
        "coordinates": ("",),
    },
    zero_words=(),
    date_styles={"iso": 0.6, "iso_tz": 0.3, "ym": 0.1},
    country_styles={"plain": 0.8, "leak": 0.2},
    detection_styles={"numeric": 1.0},
    transit="list",
    transit_sep="",
    transit_styles={"plain": 0.85, "leak": 0.15},
    transit_codes=0.0,
    offence_sep=None,
    coord_style="number",
    thousands=(),
    upper_rate=0.0,
    mojibake_rate=0.1,
)

TIPWG_SR = Agency(
    source="mjp_tipwg_sr",
    filename="mjp_tipwg_sr_ed.csv",
    ref="TIPWG-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers=_headers(
        (
            "Ref. nr.",
            "Date",
            "Offence type",
            "Form of exploitation",
            "No. of persons",
            "No. of suspects",
            "Gender",
            "Age category",
            "Nationality",
            "Country of origin",
            "Country of destination",
            "Country where detected",
            "Transit route",
            "Means of transport",
        ),
        ("Latitude", "Longitude"),
        "Associated offences",
    ),
    note="Compiled from partner bulletins; figures not verified by the Working Group",
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("Human smuggling", "Migrant smuggling"),
            "trafficking": ("Human trafficking", "TIP"),
            "both": ("Trafficking and smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F", "V"),
            "mixed": ("Mixed",),
        },
        "age_group": {
            "adult": ("Adult",),
            "child": ("Minor",),
            "mixed": ("Adults and minors",),
        },
        "transport_mode": {
            "land": ("Land", "Overland"),
            "sea": ("Sea", "By boat"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    smuggling_expl=("n.v.t.", ""),
    unknown={
        "exploitation": ("unknown",),
        "count": ("unknown", "onbekend"),
        "gender": ("unknown",),
        "age_group": ("n.v.t.",),
        "transport_mode": ("n.v.t.",),
        "nationality": ("unknown", "onbekend"),
        "origin_country": ("unknown",),
        "coordinates": ("",),
    },
    zero_words=("none", "0 (none)"),
    date_styles={"dmy_dash": 0.74, "serial": 0.12, "quarter_q": 0.14},
    country_styles={"plain": 0.6, "iso3": 0.25, "iso2": 0.08, "leak": 0.04, "typo": 0.03},
    detection_styles={"plain": 0.6, "iso3": 0.4},
    transit="text",
    transit_sep=" > ",
    transit_styles={"plain": 0.9, "leak": 0.1},
    transit_codes=0.5,
    offence_sep=", ",
    coord_style="text",
    thousands=(",",),
    upper_rate=0.0,
    mojibake_rate=0.0,
)

#: The set's five agencies, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (ONDOFT, CTIP_GY, CCPFB, CGETP_BR, TIPWG_SR)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
_DAY_STYLES = ("dmy", "dmy_short", "dmy_dash", "excel", "ordinal", "iso", "iso_tz", "serial")
_MONTH_STYLES = ("my", "month_en", "month_fr", "ym")
_QUARTER_STYLES = ("quarter_t", "quarter_q")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _date_text(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    m = ts.month - 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_short":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "excel":
        return ts.to_pydatetime()
    if style == "ordinal":
        return f"{_ordinal(ts.day)} {_MONTHS['en'][m]} {ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_tz":  # Brasília time, in office hours: the day is the same in UTC
        hour, minute = 6 + int(rng.integers(15)), int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00-03:00"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "my":
        return ts.strftime("%m/%Y")
    if style == "month_en":
        return f"{_MONTHS['en'][m]} {ts.year}"
    if style == "month_fr":
        return f"{_MONTHS['fr'][m]} {ts.year}"
    if style == "ym":
        return ts.strftime("%Y-%m")
    if style == "quarter_t":
        return f"T{ts.quarter} {ts.year}"
    return f"Q{ts.quarter} {ts.year}"  # quarter_q


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) for one event date."""
    styles = {k: w for k, w in src.date_styles.items() if partial_ok or k in _DAY_STYLES}
    keys = list(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    cell = _date_text(style, ts, rng)
    if style in _MONTH_STYLES:
        return cell, ts.to_period("M").start_time, "month", "partial_date:month"
    if style in _QUARTER_STYLES:
        return cell, ts.to_period("Q").start_time, "quarter", "partial_date:quarter"
    tag = {"serial": "excel_serial", "iso_tz": "datetime_offset", "ordinal": "long_date"}
    return cell, ts.normalize(), "day", tag.get(style, "")


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    forms = src.words[col][value]
    return forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count as the agency's file holds it; return (cell, tag or "")."""
    if src.format == "xlsx":
        return n, ""
    if src.format == "jsonl":
        return (str(n), "count_as_text") if rng.random() < 0.1 else (n, "")
    if n >= 1000 and src.thousands and rng.random() < 0.8:
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}", "thousands"
    return str(n), ""


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minute, sec = divmod(rest, 600)
    return f"{deg:02d}°{minute:02d}'{sec / 10:04.1f}\"{hemi}"


def _coords(src: Agency, lat: float, lon: float) -> dict[str, object]:
    if src.coord_style == "dms":
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}
    if src.coord_style == "pair_comma":
        return {"coordinates": f"{lat:.5f} ; {lon:.5f}".replace(".", ",")}
    if src.coord_style == "text":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


def _no_coords(src: Agency, word: str | None) -> dict[str, object]:
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    return dict.fromkeys(keys, word or None)


def _join(src: Agency, parts: list[str], sep: str | None) -> object:
    if sep is None:  # a JSON array
        return parts
    return sep.join(parts) if parts else None


def _upper(value: object) -> object:
    return value.upper() if isinstance(value, str) else value


def _garble(value: object) -> object:
    if isinstance(value, str):
        return mojibake(value) or value
    if isinstance(value, list):
        return [_garble(v) for v in value]
    return value


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str) -> None:
        if name:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: no form of exploitation
        cells["exploitation"] = choice(rng, src.smuggling_expl) or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tag("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:  # the report says the number is not known
        cells["n_persons"] = choice(rng, src.unknown["count"])
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, persons, rng)
        exp["n_persons"] = persons
        tag(t)

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif r < 0.03:
        word = choice(rng, src.unknown["count"]) if src.format != "jsonl" else None
        cells["n_suspects"], exp["n_suspects"] = word, None
        tag("suspects_placeholder")
    elif suspects == 0 and src.zero_words and r < 0.55:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tag("zero_word")
    else:
        cells["n_suspects"], t = _count(src, suspects, rng)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown["gender"]), "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:  # "not applicable" / "no information"
            cells[col], exp[col] = choice(rng, src.unknown[col]), "unknown"
            tag("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tag("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown["nationality"]), None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _country(src, nat, rng, src.country_styles)
        exp["nationality"] = nat
        tag(f"{t}:nationality" if t else "")

    origin = str(ev["origin_country"])
    if rng.random() < 0.02:
        cells["origin_country"] = choice(rng, src.unknown["origin_country"])
        exp["origin_country"] = None
        tag("unknown:origin_country")
    else:
        styles = {k: w for k, w in src.country_styles.items() if k != "demonym"}
        cells["origin_country"], t = _country(src, origin, rng, styles)
        exp["origin_country"] = origin
        tag(f"{t}:origin_country" if t else "")

    dest = str(ev["destination_country"])
    styles = {k: w for k, w in src.country_styles.items() if k != "demonym"}
    cells["destination_country"], t = _country(src, dest, rng, styles)
    exp["destination_country"] = dest
    tag(f"{t}:destination_country" if t else "")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _country(src, det, rng, src.detection_styles)
        exp["detection_country"] = det
        tag(f"{t}:detection_country" if t else "")

    transit = ev["transit_countries"]
    codes = str(transit).split("|") if transit is not None else []
    as_codes = src.transit_codes > 0 and rng.random() < src.transit_codes
    parts = [c if as_codes else _country(src, c, rng, src.transit_styles)[0] for c in codes]
    cells["transit_countries"] = (
        parts if src.transit == "list" else _join(src, parts, src.transit_sep)
    )
    exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    words = [_word(src, "linked_offences", o, rng) for o in str(offences or "").split("|") if o]
    cells["linked_offences"] = _join(src, words, src.offence_sep)
    exp["linked_offences"] = offences

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    elif r < 0.05:
        word = choice(rng, src.unknown["coordinates"])
        cells.update(_no_coords(src, word))
        exp["lat"] = exp["lon"] = None
        tag("coords_placeholder" if word else "coords_missing")
    else:
        cells.update(_coords(src, lat, lon))
        exp["lat"], exp["lon"] = lat, lon

    if src.upper_rate and rng.random() < src.upper_rate:  # typed in capitals
        for key in cells:
            if key not in ("event_date", "source_ref"):
                cells[key] = _upper(cells[key])
        tag("upper_case")
    if src.format == "xlsx" and rng.random() < 0.05:  # stray spaces around typed words
        for key in ("crime_type", "nationality", "gender"):
            if isinstance(cells[key], str):
                cells[key] = f" {cells[key]}  "
        tag("spacing")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = {k: _garble(v) for k, v in cells.items()}
        if garbled != cells:
            cells = garbled
            tag("mojibake")
    for key, cell in cells.items():  # every cell must fit the file's encoding
        if isinstance(cell, str) and not fits(cell, src):
            raise ValueError(f"{src.filename}: {key} {cell!r} does not fit {src.encoding}")
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, month = {
            "ondoft_ve": (31, 2),
            "ctip_moha_gy": (31, 9),
            "ccpfb_oyapock": (31, 6),
            "mjsp_cgetp_br": (30, 2),
            "mjp_tipwg_sr": (31, 4),
        }[src.source]
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        sep = "-" if src.source == "mjp_tipwg_sr" else "/"
        return f"{day:02d}{sep}{month:02d}{sep}{ts.year}"
    future = ts.replace(year=ts.year + 10, day=min(ts.day, 28))  # a decade slipped
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d-%m-%Y" if src.source == "mjp_tipwg_sr" else "%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day of its last case)."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    return last.strftime("%d-%m-%Y" if src.source == "mjp_tipwg_sr" else "%d/%m/%Y")


#: The variant: routing of events to the agencies and their ways of writing.
BLIND132: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "PAN": "ondoft_ve",
        "USA": "ctip_moha_gy",
        "GBR": "ctip_moha_gy",
        "FRA": "ccpfb_oyapock",
        "ITA": "mjsp_cgetp_br",
        "ESP": "mjsp_cgetp_br",
    },
    compilation="mjp_tipwg_sr",
    secondary={
        ("darien", "PAN"): "mjp_tipwg_sr",
        ("us_mex", "USA"): "ondoft_ve",
        ("channel", "FRA"): "ctip_moha_gy",
        ("channel", "GBR"): "ccpfb_oyapock",
        ("thb_vnm_gbr", "GBR"): "ccpfb_oyapock",
        ("cmed", "ITA"): "mjp_tipwg_sr",
        ("watl", "ESP"): "mjp_tipwg_sr",
        ("thb_rou_esp", "ESP"): "mjp_tipwg_sr",
        ("emed", "GRC"): "mjsp_cgetp_br",
        ("wbal", "HRV"): "mjsp_cgetp_br",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=132,
    blank_share=0.35,
)


def make_blind132(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five agencies of set ``blind132`` would.

    Venezuela's ONDOFT reports the Darién (Panama), Guyana's C-TIP Unit the United
    States and the United Kingdom, the Franco-Brazilian centre of Oyapock France,
    Brazil's CGETP Italy and Spain, and Suriname's TIP Working Group compiles every
    other case. A share of the events is reported a second time by another agency.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        The five submissions, in the order of :data:`SOURCES`, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind132(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ondoft_ve_ed.csv', 'ctip_moha_gy_ed.xlsx', 'ccpfb_oyapock_ed.csv',
     'mjsp_cgetp_br_ed.jsonl', 'mjp_tipwg_sr_ed.csv']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[0].frame.columns[:3].tolist()
    ['N° EXPEDIENTE', 'FECHA DEL HECHO', 'TIPO DE DELITO']
    >>> all(len(s.frame) == len(s.expected) for s in subs)
    True
    """
    return make_examined(BLIND132, truth, seed=seed)
