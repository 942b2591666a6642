"""Examiner sample set ``blind149`` (files ``*_eu.*``): Portugal, the Iberian border and beyond.

Five agencies never used before in this project, each writing its own way:

``ccpa_castro_marim_eu.csv``
    The Portuguese–Spanish police and customs cooperation centre (CCPA) of Castro
    Marim–Ayamonte, on the Guadiana. The Spanish desk keeps the register of detections in
    Spain that it exchanges with the Portuguese side: Spanish headers and values with
    Portuguese words slipping in (``Marrocos``, ``Roménia``, ``Auxílio à imigração
    ilegal``, ``Tráfico de pessoas (art. 160.º CP)``), day-first dates, decimal-comma
    coordinates in two columns, a few names garbled by a UTF-8 paste (mojibake). CSV,
    cp1252, ``;``, CRLF. First reports of every event detected in Spain.
``policia_maritima_pt_eu.xlsx``
    The Portuguese Polícia Marítima's contingent in the Frontex joint operations in
    Greece (Poseidon) and Italy (Themis): an English mission log with Portuguese
    headers here and there (``Ocorrência n.º``), real Excel date-times and military
    date-time groups (``171430Z MAY 23``), ``POB`` counts, ``Nil`` arrests, claimed
    nationalities as demonyms, EU country codes (``EL``), positions in degrees and
    decimal minutes. First reports of every event detected in Greece; second reports of
    some Central Mediterranean landings in Italy.
``cofgc_sgmer_eu.csv``
    The French coastguard-function operations centre (COFGC, Secrétariat général de la
    mer): French wording (``AESI``, ``TEH``, ``néant``, ``MNA``, ``Angleterre``), day-first
    and long French dates (``1er mai 2023``), positions in degrees and decimal minutes
    with a decimal comma, none for a port (lorry) detection. CSV exported from Excel as
    "Unicode text": UTF-16 with BOM, tab-delimited. First reports of every event
    detected in France; second reports of some arrivals in Dover.
``embaixada_brasil_pa_eu.csv``
    The Brazilian embassy in Panama's monitoring sheet of the Darién flow, kept in
    Spanish by its local staff with Brazilian Portuguese words (``Equador``,
    ``Colômbia``, ``EUA``, ``feminino``, ``nenhum``), day-first dates, Excel serials
    where a cell lost its format, ``1,250`` thousands, one ``lat, long`` cell. CSV,
    UTF-8 (no BOM), ``,``. First reports of every event detected in Panama.
``puc_cpi_lisboa_eu.jsonl``
    Portugal's single point of contact for international police cooperation (PUC-CPI:
    the Interpol bureau, Europol unit and SIRENE of the Internal Security System): an
    English case-system export of what reaches Lisbon through the channels, ISO
    alpha-3, alpha-2 and numeric codes, ISO, month-only and quarter dates, ``>``-joined
    routes. The compilation: first reports of every event no other source reports,
    second reports of some events the others report first.

The truth says what a careful analyst reads from each cell; where a cell says the value
is not known (``s/d``, ``TBC``, ``NC``), the truth expects nothing (or ``unknown``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["SOURCES", "make_blind149"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish, Portuguese (Portugal), Portuguese (Brazil))
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afeganistão", "Afeganistão"),
    "ALB": ("Albania", "Albanie", "Albania", "Albânia", "Albânia"),
    "AUT": ("Austria", "Autriche", "Austria", "Áustria", "Áustria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesh", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgária", "Bulgária"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bósnia e Herzegovina",
        "Bósnia e Herzegovina",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Bielorrússia", "Belarus"),
    "CHN": ("China", "Chine", "China", "China", "China"),
    "CIV": (
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Costa do Marfim",
        "Costa do Marfim",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Camarões", "Camarões"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colômbia", "Colômbia"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Alemanha", "Alemanha"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Argélia", "Argélia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Equador", "Equador"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egipto", "Egito"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritreia", "Eritreia"),
    "ESP": ("Spain", "Espagne", "España", "Espanha", "Espanha"),
    "FRA": ("France", "France", "Francia", "França", "França"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "Reino Unido", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guiné-Conacri", "Guiné"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gâmbia", "Gâmbia"),
    "GRC": ("Greece", "Grèce", "Grecia", "Grécia", "Grécia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croácia", "Croácia"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti", "Haiti"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungria", "Hungria"),
    "IRN": ("Iran", "Iran", "Irán", "Irão", "Irã"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraque", "Iraque"),
    "ITA": ("Italy", "Italie", "Italia", "Itália", "Itália"),
    "LBY": ("Libya", "Libye", "Libia", "Líbia", "Líbia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Marrocos", "Marrocos"),
    "MEX": ("Mexico", "Mexique", "México", "México", "México"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedónia do Norte",
        "Macedônia do Norte",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Mali", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritânia", "Mauritânia"),
    "NER": ("Niger", "Niger", "Níger", "Níger", "Níger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigéria", "Nigéria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Paquistão", "Paquistão"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamá", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia", "Polónia", "Polônia"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Roménia", "Romênia"),
    "RUS": ("Russia", "Russie", "Rusia", "Rússia", "Rússia"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Sérvia", "Sérvia"),
    "SYR": ("Syria", "Syrie", "Siria", "Síria", "Síria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunísia", "Tunísia"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "Turquia", "Turquia"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "Estados Unidos", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam", "Vietname", "Vietnã"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Iémen", "Iêmen"),
}
_NAME_COL = {"en": 0, "fr": 1, "es": 2, "pt": 3, "br": 4}

#: Other names a clerk of that language uses for a country (all unambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "TUR": ("Turkey",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran (Islamic Republic of)",),
        "MKD": ("Macedonia",),
        "GMB": ("The Gambia",),
        "DEU": ("Deutschland",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "CIV": ("Côte-d'Ivoire",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Costa de Marfil",),
        "MAR": ("Reino de Marruecos",),
    },
    "br": {"USA": ("EUA",), "VEN": ("Venezuela",)},
    "pt": {"GIN": ("Guiné Conacri",), "USA": ("EUA",)},
}

#: Nationalities as demonyms, the way a debriefing log or a French report names people.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "SYR": "Syrian",
        "AFG": "Afghan",
        "IRQ": "Iraqi",
        "PAK": "Pakistani",
        "CMR": "Cameroonian",
        "TUN": "Tunisian",
        "EGY": "Egyptian",
        "BGD": "Bangladeshi",
        "CIV": "Ivorian",
        "GIN": "Guinean",
        "ERI": "Eritrean",
        "NGA": "Nigerian",
        "IRN": "Iranian",
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

#: Codes used in EU statistics where they differ from ISO alpha-2.
_EU_CODES = {"GRC": "EL", "GBR": "UK"}


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: what the machinery reads, plus its own wording.

    Attributes
    ----------
    names : str
        Language of its country names (``"en"``, ``"fr"``, ``"es"``).
    alt_names : str or None
        Second language its clerks slip into (``"pt"`` Portugal, ``"br"`` Brazil).
    country_styles : tuple of (str, float)
        How it writes a country: ``name``, ``alt``, ``alias``, ``iso2``, ``iso3``,
        ``numeric``, ``eu``, ``demonym`` (nationality only), ``typo``, ``case``,
        ``mojibake``, with weights.
    date_styles : tuple of (str, float)
        How it writes a day (see :func:`_date_cell`), with weights.
    partial_styles : tuple of (str, float)
        How it writes a month or a quarter when it only knows that, with weights.
    partial_share : float
        Share of first reports dated by month or quarter only.
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the agency's words.
    not_applicable : tuple of str
        What it writes under exploitation for a smuggling case (``""`` = blank).
    mode_by_corridor : dict
        ``"corridor:mode"`` -> words used instead of ``mode`` on that corridor.
    na_words : tuple of str
        What it writes when age group or transport is not known.
    na_share : float
        Share of rows whose age group or transport is written as not known.
    offence_sep, transit_sep : str
        Separators of its lists.
    count_unknown, bad_zero, suspects_unknown : tuple of str
        Count cells meaning "not known", suspects cells meaning "none" and "not known".
    count_unknown_share : float
        Share of rows whose count of persons is written as not known.
    thousands : str
        Thousands separator of counts >= 1000 in a text file ("" = none).
    count_suffix : tuple of str
        Words it may write after a count.
    coords : str
        ``"cols_comma"``, ``"ddm_en"``, ``"ddm_fr"``, ``"pair"`` or ``"numbers"``.
    no_coords_share : float
        Share of rows written with no position.
    """

    names: str = "en"
    alt_names: str | None = None
    country_styles: tuple[tuple[str, float], ...] = (("name", 1.0),)
    date_styles: tuple[tuple[str, float], ...] = (("iso", 1.0),)
    partial_styles: tuple[tuple[str, float], ...] = ()
    partial_share: float = 0.0
    crime: Words = field(default_factory=dict)
    exploitation: Words = field(default_factory=dict)
    not_applicable: tuple[str, ...] = ("",)
    gender: Words = field(default_factory=dict)
    age: Words = field(default_factory=dict)
    mode: Words = field(default_factory=dict)
    mode_by_corridor: Words = field(default_factory=dict)
    na_words: tuple[str, ...] = ()
    na_share: float = 0.0
    offences: Words = field(default_factory=dict)
    offence_sep: str = "; "
    transit_sep: str = ", "
    count_unknown: tuple[str, ...] = ()
    count_unknown_share: float = 0.0
    bad_zero: tuple[str, ...] = ()
    suspects_unknown: tuple[str, ...] = ()
    thousands: str = ""
    count_suffix: tuple[str, ...] = ("",)
    coords: str = "numbers"
    no_coords_share: float = 0.0


_ALL_FIELDS = (
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

CCPA = Agency(
    source="ccpa_castro_marim",
    filename="ccpa_castro_marim_eu.csv",
    ref="CM-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers=dict(
        zip(
            (*_ALL_FIELDS, "lat", "lon", "linked_offences"),
            (
                "N.º Registo CCPA",
                "Fecha hecho",
                "Tipología delictiva",
                "Finalidad explotación",
                "Nº personas",
                "Detenidos",
                "Sexo",
                "Edad",
                "Nacionalidad",
                "País origen",
                "País destino",
                "País detección",
                "Países tránsito",
                "Medio",
                "Latitud",
                "Longitud",
                "Delitos conexos",
            ),
            strict=True,
        )
    ),
    note="Nota: datos provisionales, pendientes de validación por la parte portuguesa",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    names="es",
    alt_names="pt",
    country_styles=(
        ("name", 0.62),
        ("alt", 0.14),
        ("iso2", 0.08),
        ("alias", 0.03),
        ("typo", 0.03),
        ("case", 0.05),
        ("mojibake", 0.05),
    ),
    date_styles=(("dmy", 0.8), ("dmy_dash", 0.12), ("dmy_yy", 0.08)),
    crime={
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento inmigración irregular",
            "Auxílio à imigração ilegal",
        ),
        "trafficking": ("Trata de seres humanos", "TSH", "Tráfico de pessoas (art. 160.º CP)"),
        "both": ("Trata + tráfico de migrantes", "TSH y tráfico ilícito"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Exploração sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados", "Exploração laboral"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas", "Otra"),
    },
    not_applicable=("", "", "No procede", "N/P"),
    gender={
        "female": ("Mujeres", "mujeres", "femenino"),
        "male": ("Hombres", "varones", "masculino"),
        "mixed": ("Mixto", "hombres y mujeres", "ambos sexos"),
    },
    age={
        "adult": ("Adultos", "mayores de edad"),
        "child": ("Menores", "MENA", "menores de edad"),
        "mixed": ("Adultos y menores", "mixto"),
    },
    mode={
        "sea": ("embarcación", "marítimo", "embarcação"),
        "land": ("terrestre", "vehículo"),
        "air": ("aéreo", "vuelo comercial"),
    },
    mode_by_corridor={
        "watl:sea": ("cayuco", "cayuco", "neumática", "embarcação"),
        "wmed:sea": ("patera", "patera", "neumática", "moto de agua"),
        "wmed:land": ("salto de valla", "a pie", "oculto en vehículo"),
        "thb_rou_esp:land": ("autobús", "furgoneta", "vehículo particular"),
        "thb_rou_esp:air": ("avión", "vuelo low-cost"),
    },
    na_words=("s/d", "desconocido"),
    na_share=0.02,
    offences={
        "document_fraud": ("falsedad documental", "falsificação de documentos"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "hachís"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=" - ",
    count_unknown=("s/d", "desconocido", "n/d"),
    count_unknown_share=0.02,
    bad_zero=("ninguno", "0 (ninguno)"),
    suspects_unknown=("-",),
    thousands=".",
    coords="cols_comma",
    no_coords_share=0.05,
)

POLICIA_MARITIMA = Agency(
    source="policia_maritima_pt",
    filename="policia_maritima_pt_eu.xlsx",
    ref="PM-JO-{year}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=dict(
        zip(
            (*_ALL_FIELDS, "coordinates", "linked_offences"),
            (
                "Ocorrência n.º",
                "DTG / Date",
                "Incident type",
                "Exploitation (THB)",
                "POB",
                "Facilitators arrested",
                "Gender",
                "Age",
                "Claimed nationality",
                "Country of origin",
                "Intended destination",
                "Host MS",
                "Route (transit)",
                "Means",
                "Position",
                "Other offences",
            ),
            strict=True,
        )
    ),
    note="Note: figures subject to validation by the ICC",
    total="TOTAL POB",
    bad_count=("several", "numerous", "multiple"),
    repeats=True,
    names="en",
    alt_names=None,
    country_styles=(
        ("demonym", 0.4),
        ("name", 0.3),
        ("iso3", 0.2),
        ("eu", 0.06),
        ("alias", 0.04),
    ),
    date_styles=(("xl_datetime", 0.8), ("dtg", 0.2)),
    crime={
        "smuggling": ("Migrant smuggling", "Facilitation", "Facilitation of irregular entry"),
        "trafficking": ("THB", "Suspected THB", "Trafficking in human beings"),
        "both": ("Smuggling + THB", "Facilitation / THB"),
    },
    exploitation={
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("", "N/A"),
    gender={
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "UAM"),
        "mixed": ("Adults+minors", "Mixed"),
    },
    mode={
        "sea": ("Rubber boat", "Wooden boat", "Sailing boat", "Speedboat", "Dinghy"),
        "land": ("On foot", "Vehicle"),
        "air": ("Flight",),
    },
    na_words=("Not assessed", "N/A"),
    na_share=0.03,
    offences={
        "document_fraud": ("Document fraud", "Forged documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" / ",
    count_unknown=("TBC",),
    count_unknown_share=0.02,
    bad_zero=("Nil", "NIL"),
    suspects_unknown=("TBC",),
    coords="ddm_en",
    no_coords_share=0.03,
)

COFGC = Agency(
    source="cofgc_sgmer",
    filename="cofgc_sgmer_eu.csv",
    ref="COFGC/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers=dict(
        zip(
            (*_ALL_FIELDS, "coordinates", "linked_offences"),
            (
                "N° événement",
                "Date",
                "Qualification",
                "Forme d'exploitation",
                "Nb personnes",
                "Passeurs interpellés",
                "Sexe",
                "Majeurs/mineurs",
                "Nationalité dominante",
                "Pays d'origine",
                "Destination",
                "Pays de constatation",
                "Pays traversés",
                "Vecteur",
                "Position",
                "Infractions connexes",
            ),
            strict=True,
        )
    ),
    note="NB : extraction provisoire, données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    names="fr",
    alt_names=None,
    country_styles=(
        ("name", 0.6),
        ("demonym", 0.2),
        ("iso2", 0.08),
        ("alias", 0.06),
        ("case", 0.06),
    ),
    date_styles=(("dmy", 0.75), ("long_fr", 0.25)),
    partial_styles=(("month_fr", 1.0),),
    partial_share=0.03,
    crime={
        "smuggling": (
            "AESI",
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Filière d'immigration irrégulière",
        ),
        "trafficking": ("TEH", "Traite des êtres humains"),
        "both": ("AESI + TEH", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    not_applicable=("", "sans objet", "SO"),
    gender={
        "female": ("F", "femmes"),
        "male": ("H", "hommes"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation pneumatique", "bateau pneumatique", "taxi-boat"),
        "land": ("poids lourd", "poids lourd", "PL", "camion", "véhicule léger"),
        "air": ("aérien",),
    },
    na_words=("non déterminé", "ND"),
    na_share=0.02,
    offences={
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    transit_sep=", ",
    count_unknown=("NC", "inconnu"),
    count_unknown_share=0.02,
    bad_zero=("néant", "aucun"),
    suspects_unknown=("NC",),
    thousands="\u00a0",
    count_suffix=("", "", " pers."),
    coords="ddm_fr",
    no_coords_share=0.0,
)

EMBAIXADA = Agency(
    source="embaixada_brasil_pa",
    filename="embaixada_brasil_pa_eu.csv",
    ref="SC-PAN/{year}/{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers=dict(
        zip(
            (*_ALL_FIELDS, "coordinates", "linked_offences"),
            (
                "Nº",
                "Fecha",
                "Delito",
                "Tipo de explotación",
                "Cantidad de personas",
                "Detenidos",
                "Sexo",
                "Grupo etario",
                "Nacionalidad",
                "País de origen",
                "Destino declarado",
                "País donde se detectó",
                "Ruta (tránsito)",
                "Medio",
                "Coordenadas",
                "Otros delitos",
            ),
            strict=True,
        )
    ),
    note="Obs.: datos preliminares SNM/SENAFRONT, sujetos a cambio",
    total="Total",
    bad_count=("varios", "muchos", "un grupo grande"),
    repeats=False,
    names="es",
    alt_names="br",
    country_styles=(("name", 0.6), ("alt", 0.25), ("alias", 0.05), ("case", 0.1)),
    date_styles=(("dmy", 0.85), ("serial", 0.15)),
    partial_styles=(("month_es", 1.0),),
    partial_share=0.03,
    crime={
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Promoção de migração ilegal",
        ),
        "trafficking": ("Trata de personas", "Tráfico de pessoas"),
        "both": ("Trata y tráfico", "Trata de personas / tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual", "exploração sexual"),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    not_applicable=("", "no aplica"),
    gender={
        "female": ("femenino", "feminino", "mujeres"),
        "male": ("masculino", "hombres"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos",),
        "child": ("NNA", "menores"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode={
        "land": ("a pie", "terrestre", "caminando (selva)"),
        "sea": ("lancha",),
        "air": ("aéreo",),
    },
    na_words=("s/d",),
    na_share=0.02,
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("lavado de dinero",),
        "illicit_goods": ("drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" > ",
    count_unknown=("sin dato", "s/d"),
    count_unknown_share=0.03,
    bad_zero=("ninguno", "nenhum"),
    suspects_unknown=("sin dato",),
    thousands=",",
    coords="pair",
    no_coords_share=0.06,
)

PUC_CPI = Agency(
    source="puc_cpi_lisboa",
    filename="puc_cpi_lisboa_eu.jsonl",
    ref="PUC/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=dict(
        zip(
            (*_ALL_FIELDS, "lat", "lon", "linked_offences"),
            (
                "puc_ref",
                "occurrence_date",
                "crime_area",
                "exploitation_type",
                "persons_involved",
                "suspects",
                "sex",
                "age_category",
                "nationality",
                "country_of_origin",
                "country_of_destination",
                "country_of_detection",
                "transit_route",
                "transport_means",
                "lat",
                "lon",
                "associated_crimes",
            ),
            strict=True,
        )
    ),
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    names="en",
    alt_names=None,
    country_styles=(("iso3", 0.58), ("iso2", 0.15), ("numeric", 0.1), ("name", 0.17)),
    date_styles=(("iso", 1.0),),
    partial_styles=(("month_iso", 0.6), ("quarter_en", 0.4)),
    partial_share=0.1,
    crime={
        "smuggling": ("Migrant smuggling", "SOM", "Facilitation of illegal immigration"),
        "trafficking": ("Trafficking in human beings", "THB"),
        "both": ("THB/SOM", "THB and migrant smuggling"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    not_applicable=("",),
    gender={"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed",)},
    mode={
        "sea": ("sea", "maritime", "boat"),
        "land": ("land", "road", "truck"),
        "air": ("air", "flight"),
    },
    na_words=("unknown", "n/k"),
    na_share=0.03,
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=">",
    count_unknown=("unknown", "n/k"),
    count_unknown_share=0.02,
    bad_zero=(),
    suspects_unknown=(),
    coords="numbers",
    no_coords_share=0.08,
)

#: The five agencies, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (CCPA, POLICIA_MARITIMA, COFGC, EMBAIXADA, PUC_CPI)

_PRIMARY = {
    "ESP": CCPA.source,
    "GRC": POLICIA_MARITIMA.source,
    "FRA": COFGC.source,
    "PAN": EMBAIXADA.source,
}
_SECONDARY = {
    ("cmed", "ITA"): POLICIA_MARITIMA.source,  # JO Themis landings
    ("channel", "GBR"): COFGC.source,  # boats that reached Dover
    ("channel", "FRA"): PUC_CPI.source,
    ("emed", "GRC"): PUC_CPI.source,
    ("wmed", "ESP"): PUC_CPI.source,
    ("watl", "ESP"): PUC_CPI.source,
    ("thb_rou_esp", "ESP"): PUC_CPI.source,
    ("darien", "PAN"): PUC_CPI.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weighted: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in weighted]
    w = np.array([p for _, p in weighted], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _typo(text: str, rng: _Rng) -> str | None:
    """Swap two neighbouring letters inside a word of 6+ letters (None if too short)."""
    if len(text) < 6 or not text.isalpha():
        return None
    i = int(rng.integers(1, len(text) - 3))
    out = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return out if out != text else None


def _country(src: Agency, iso3: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Write one country the agency's way; return (cell, tag)."""
    style = _draw(rng, src.country_styles)
    name = _NAMES[iso3][_NAME_COL[src.names]]
    out: str | None = None
    if style == "alt" and src.alt_names is not None:
        out = _NAMES[iso3][_NAME_COL[src.alt_names]]
    elif style == "alias":
        pool = _ALIASES.get(src.names, {}).get(iso3, ())
        if src.alt_names is not None and rng.random() < 0.5:
            pool = _ALIASES.get(src.alt_names, {}).get(iso3, ()) or pool
        out = choice(rng, pool) if pool else None
    elif style == "iso2":
        out = iso_codes(iso3)[0]
    elif style == "iso3":
        out = iso3
    elif style == "numeric":
        out = iso_codes(iso3)[1]
    elif style == "eu":
        out = _EU_CODES.get(iso3)
    elif style == "demonym" and nationality:
        out = _DEMONYMS.get(src.names, {}).get(iso3)
    elif style == "typo":
        out = _typo(name, rng)
    elif style == "case":
        out = choice(rng, (name.upper(), name.lower(), f" {name} ", f"{name}  "))
    elif style == "mojibake":
        garbled = mojibake(
            name
            if rng.random() < 0.5 or src.alt_names is None
            else _NAMES[iso3][_NAME_COL[src.alt_names]]
        )
        out = garbled
    if out is None or not _fits(out, src):
        return name, "country_name"
    return out, f"country_{style}"


def _fits(text: str, src: Agency) -> bool:
    if src.format != "csv":
        return True
    try:
        text.encode(src.encoding)
    except UnicodeEncodeError:
        return False
    return True


def _transit(src: Agency, value: object, rng: _Rng) -> tuple[str | None, list[str]]:
    """Write a transit list in order, every country of it in one style of the agency."""
    if value is None:
        return None, []
    codes = str(value).split("|")
    styles = tuple((k, w) for k, w in src.country_styles if k in ("name", "alt", "iso2", "iso3"))
    style = _draw(rng, styles)
    col = _NAME_COL[src.alt_names if style == "alt" and src.alt_names else src.names]
    parts = [
        code if style == "iso3" else iso_codes(code)[0] if style == "iso2" else _NAMES[code][col]
        for code in codes
    ]
    tag = "transit_list" if len(codes) > 1 else "transit_one"
    return src.transit_sep.join(parts), [tag, f"transit_{style}"]


def _dtg(ts: pd.Timestamp, rng: _Rng) -> str:
    hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    return f"{ts.day:02d}{hh:02d}{mm:02d}Z {ts.strftime('%b').upper()} {ts.year % 100:02d}"


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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, expected date, precision)."""
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y"), ts, "day"
    if style == "dmy_yy":
        return ts.strftime("%d/%m/%y"), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    if style == "dtg":
        return _dtg(ts, rng), ts, "day"
    if style == "xl_datetime":
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return dt.datetime(ts.year, ts.month, ts.day, hh, mm), ts, "day"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
    if style == "month_fr":
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
    if style == "month_es":
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), month_start, "month"
    if style == "quarter_en":
        text = f"Q{ts.quarter} {ts.year}" if rng.random() < 0.6 else f"{ts.year}-Q{ts.quarter}"
        return text, quarter_start, "quarter"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - a typo here


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons (a number in XLSX and JSON lines, text in CSV)."""
    if src.format != "csv":
        return n, []
    tags = []
    if n >= 1000 and src.thousands:
        text = f"{n // 1000}{src.thousands}{n % 1000:03d}"
        tags.append("thousands_sep")
    else:
        text = str(n)
    suffix = choice(rng, src.count_suffix)
    if suffix:
        tags.append("count_suffix")
    return text + suffix, tags


def _ddm(value: float, *, lat: bool, comma: bool) -> tuple[str, float]:
    """Degrees and decimal minutes (``39°12.35'N``); return (text, value read back)."""
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else "W")
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    width = 2 if lat else 3
    mins = f"{minutes:05.2f}"
    if comma:
        mins = mins.replace(".", ",")
    back = (deg + minutes / 60) * (1 if hemi in "NE" else -1)
    return f"{deg:0{width}d}°{mins}'{hemi}", back


def _coords(
    src: Agency, ev: dict[str, object], rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the position; return (cells, expected lat, expected lon, tags)."""
    lat, lon = ev["lat"], ev["lon"]
    if lat is None or lon is None:
        return {}, None, None, ["coords_missing"]
    if blank:
        return {}, None, None, ["blank_coordinates"]
    la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    land_port = src.coords == "ddm_fr" and ev["transport_mode"] == "land"
    if land_port or rng.random() < src.no_coords_share:  # a port or road check: no position
        return {}, None, None, ["coords_missing"]
    if src.coords == "cols_comma":
        la4, lo4 = round(la, 4), round(lo, 4)
        cells: dict[str, object] = {
            "lat": f"{la4:.4f}".replace(".", ","),
            "lon": f"{lo4:.4f}".replace(".", ","),
        }
        return cells, la4, lo4, ["decimal_comma"]
    if src.coords in ("ddm_en", "ddm_fr"):
        comma = src.coords == "ddm_fr"
        t_lat, b_lat = _ddm(la, lat=True, comma=comma)
        t_lon, b_lon = _ddm(lo, lat=False, comma=comma)
        joint = " " if not comma else " - "
        return {"coordinates": f"{t_lat}{joint}{t_lon}"}, b_lat, b_lon, ["coords_ddm"]
    if src.coords == "pair":
        la5, lo5 = round(la, 5), round(lo, 5)
        return {"coordinates": f"{la5:.5f}, {lo5:.5f}"}, la5, lo5, ["coords_pair"]
    la4, lo4 = round(la, 4), round(lo, 4)
    return {"lat": la4, "lon": lo4}, la4, lo4, []


def _word(table: Words, key: str, rng: _Rng) -> str:
    return choice(rng, table[key])


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
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    if partial_ok and src.partial_styles and rng.random() < src.partial_share:
        style = _draw(rng, src.partial_styles)
    else:
        style = _draw(rng, src.date_styles)
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(style, ts, rng)
    tags.append(f"date_{style}")

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src.crime, crime, rng)
    exp["crime_type"] = crime
    if ev["exploitation"] is None:
        na = choice(rng, src.not_applicable)
        cells["exploitation"] = na or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src.exploitation, str(ev["exploitation"]), rng)
        exp["exploitation"] = ev["exploitation"]

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.count_unknown and rng.random() < src.count_unknown_share:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = _count(src, n, rng)
        exp["n_persons"] = n
        tags += more
    sus = ev["n_suspects"]
    if forced_blank == "n_suspects" or sus is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif src.suspects_unknown and rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, src.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(sus) == 0 and src.bad_zero and rng.random() < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.bad_zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        k = int(sus)  # type: ignore[call-overload]
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    # gender and age group
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src.gender, str(ev["gender"]), rng)
        exp["gender"] = ev["gender"]
    if src.na_words and rng.random() < src.na_share:
        cells["age_group"] = choice(rng, src.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src.age, str(ev["age_group"]), rng)
        exp["age_group"] = ev["age_group"]

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        value = ev[col]
        if forced_blank == col or value is None:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        cells[col], tag = _country(src, str(value), rng, nationality=col == "nationality")
        exp[col] = value
        tags.append(tag)
    cells["transit_countries"], more = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += more

    # transport
    mode = str(ev["transport_mode"])
    if src.na_words and rng.random() < src.na_share:
        cells["transport_mode"] = choice(rng, src.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        pool = src.mode_by_corridor.get(f"{ev['corridor']}:{mode}") or src.mode[mode]
        cells["transport_mode"] = choice(rng, pool)
        exp["transport_mode"] = mode

    # position
    place, exp["lat"], exp["lon"], more = _coords(src, ev, rng, blank=forced_blank == "coordinates")
    cells.update(place)
    tags += more

    # linked offences, in the order the case file lists them
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_word(src.offences, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = offences
        tags.append("offences")
    if forced_blank is not None and f"blank_{forced_blank}" not in tags:
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: none, impossible, or a mistyped year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src.source == PUC_CPI.source:
            return f"{ts.year}-{month}-{day}"
        if src.source == POLICIA_MARITIMA.source:
            mon = pd.Timestamp(year=2000, month=int(month), day=1).strftime("%b").upper()
            return f"{day}1200Z {mon} {ts.year % 100:02d}"
        return f"{day}/{month}/{ts.year}"
    # future: the year typed with two digits swapped (2023 -> 2203)
    digits = str(ts.year)
    year = int(digits[0] + digits[2] + digits[1] + digits[3])
    future = ts.replace(year=year)
    if src.source == PUC_CPI.source:
        return future.strftime("%Y-%m-%d")
    if src.source == POLICIA_MARITIMA.source:
        return dt.datetime(future.year, future.month, future.day, 9, 30)
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of its last row)."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=PUC_CPI.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=149,
    blank_share=0.5,
)


def make_blind149(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind149`` agencies would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ccpa_castro_marim_eu.csv`` (Spanish with Portuguese words, cp1252, ``;``),
        ``policia_maritima_pt_eu.xlsx`` (English), ``cofgc_sgmer_eu.csv`` (French,
        UTF-16, tab), ``embaixada_brasil_pa_eu.csv`` (Spanish with Brazilian Portuguese
        words, UTF-8, ``,``) and ``puc_cpi_lisboa_eu.jsonl`` (English), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind149(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ccpa_castro_marim_eu.csv', 'policia_maritima_pt_eu.xlsx', 'cofgc_sgmer_eu.csv',
     'embaixada_brasil_pa_eu.csv', 'puc_cpi_lisboa_eu.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[:2].tolist()
    ['Ocorrência n.º', 'DTG / Date']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
