"""Examiner sample set ``blind424`` (files ``*_pj.*``): print and glass trade desks.

Five desks of the printing and glass industries that keep logs of the trafficking and
smuggling cases their staff, lorries and sites run into, each in its own working
language and with its own tools:

``bpif_modern_slavery_pj.csv``
    British Printing Industries Federation, modern-slavery lead (UK members' reports).
    English, UTF-8 with BOM, ``,``; UK dates (``17/05/2023``, ``17 May 2023``, ``May 2023``,
    ``Q2 2023``), demonyms for nationality (``Albanian``), ``UK``/``England``/``Scotland``,
    transit route joined by ``" > "``, ``approx. 40`` and ``two`` as counts.
``arc_france_surete_pj.csv``
    Arc France (glassworks of Arques, Pas-de-Calais), site-security log of the lorries
    searched at Calais and Dunkirk. French, cp1252, ``;``, CRLF; ``17/05/2023`` or
    ``17/05/23``, ``mai 2023``; decimal-comma coordinates; ``1 240`` counts; country names
    pasted from a UTF-8 mail read as cp1252 (``Ã‰rythrÃ©e``); ``Angleterre``.
``neobis_cumplimiento_pj.xlsx``
    Neobis (Asociación de la Comunicación Gráfica, Spain), compliance desk of the
    Spanish printers. Spanish workbook: real Excel dates, dates typed as text,
    unformatted Excel serial numbers, ``mayo de 2023``; ``MENA``, ``patera``,
    ``salto de valla``; art. 318 bis wording for smuggling.
``vitro_seguridad_ctpat_pj.csv``
    Vitro (glassmaker of Nuevo León, Mexico), asset-protection desk of its CTPAT
    cross-border freight, which also logs the northbound flow through Panama's Darién
    from its partners' bulletins. Mexican Spanish, UTF-16 tab-separated text (Excel's "Texto
    Unicode"); ``17/05/2023`` and ``17-may-2023``; ``EUA``, feminine demonyms
    (``guatemalteca``), ``H``/``M`` for hombre/mujer, ``NNA``, ``1,240`` counts.
``intergraf_ethical_trade_pj.jsonl``
    Intergraf (European federation of print, Brussels), ethical-trade digest compiled
    from member federations: every event no national desk reports. English keys, ISO
    alpha-2 codes mixed with names and alpha-3, ISO dates, ``2023-05`` and ``Q2 2023``,
    a few French words.

The truth gives what a careful analyst reads in each cell; cells no analyst could read
(a vague count, an impossible or future date, no date) are bad rows on purpose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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

__all__ = ["BLIND424", "SOURCES", "Desk", "make_blind424"]

_Rng = np.random.Generator

# iso3 -> (English, French, Spanish): the names these desks write.
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
_MES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MESES = (
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
_MOIS = (
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
_EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_EXTRA_COLUMNS = ("place",)  # free-text place column: no field of the record frame


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the set: what the shared machinery reads plus the desk's wording.

    Attributes
    ----------
    country_mix : mapping
        Way of writing a country -> weight: ``name``, ``alias``, ``demonym`` (nationality
        only), ``upper``, ``lower``, ``spaced``, ``typo``, ``mojibake``, ``iso2``, ``iso3``.
    aliases : mapping
        ISO alpha-3 -> other names the desk writes for it.
    demonyms : mapping
        ISO alpha-3 -> the nationality adjective the desk writes.
    typos : mapping
        ISO alpha-3 -> the misspelling the desk's clerks make.
    words : mapping
        Column -> canonical word -> the desk's words for it (first = the usual one).
    unknown : tuple of str
        Words for "not recorded" (gender, age group, transport mode, nationality).
    count_blank : tuple of str
        Count cells saying the count is not known (the record keeps no count).
    zero : tuple of str
        Words for no suspect at all.
    transit_sep, offence_sep : str
        Separators of the transit route and of the linked offences.
    dates : str
        The desk's date habit (a key of the date writers of this module).
    coords : str
        The desk's coordinate habit: ``dot``, ``comma``, ``pair``, ``number`` or ``json``.
    partial : tuple of float
        Shares of month-only and quarter-only dates (single reports only).
    place_words : mapping
        Hotspot of the truth -> the desk's name of the place.
    singular : mapping
        Column -> canonical word -> the word the desk writes for a single person.
    mojibake_rows : float
        Share of rows pasted from a UTF-8 mail into a cp1252 sheet (every accented
        letter of the row garbled).
    """

    country_mix: Mapping[str, float] = field(default_factory=dict)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    typos: Mapping[str, str] = field(default_factory=dict)
    words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    unknown: tuple[str, ...] = ("unknown",)
    count_blank: tuple[str, ...] = ("unknown",)
    zero: tuple[str, ...] = ("none",)
    transit_sep: str = ", "
    offence_sep: str = ", "
    dates: str = "iso"
    coords: str = "dot"
    partial: tuple[float, float] = (0.0, 0.0)
    place_words: Mapping[str, str] = field(default_factory=dict)
    singular: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    mojibake_rows: float = 0.0


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
BPIF = Desk(
    source="bpif_modern_slavery",
    filename="bpif_modern_slavery_pj.csv",
    ref="BPIF-MS-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "BPIF Ref",
        "event_date": "Date Identified",
        "crime_type": "Concern Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Potential Victims / Migrants",
        "n_suspects": "No. Suspected Perpetrators",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Identified",
        "transit_countries": "Route (via)",
        "transport_mode": "Mode of Travel",
        "place": "Site / Location",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked Offences",
    },
    note="Note: provisional - member reports not yet verified by the BPIF lead",
    total="TOTAL",
    bad_count=("several", "a number of", "multiple"),
    repeats=True,
    country_mix={
        "name": 0.62,
        "alias": 0.12,
        "demonym": 0.12,
        "upper": 0.06,
        "typo": 0.04,
        "spaced": 0.04,
    },
    aliases={
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "DEU": ("Germany (DE)",),
        "RUS": ("Russian Federation",),
    },
    demonyms={
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "ERI": ("Eritrean",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "SYR": ("Syrian",),
        "VNM": ("Vietnamese",),
    },
    typos={"AFG": "Afganistan", "ERI": "Eritria", "ALB": "Albnia", "VNM": "Veitnam"},
    words={
        "crime_type": {
            "trafficking": ("Modern slavery / human trafficking", "Human trafficking", "MSHT"),
            "smuggling": ("Organised immigration crime", "People smuggling", "OIC"),
            "both": ("Smuggling & trafficking", "OIC + MSHT"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Females"),
            "male": ("Male", "M", "Males"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Child (under 18)", "Minor", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry / HGV", "Road vehicle", "Road"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not recorded", "Unknown"),
    count_blank=("Not known", "n/k", "TBC"),
    zero=("None", "Nil"),
    transit_sep=" > ",
    offence_sep="; ",
    dates="uk",
    coords="dot",
    partial=(0.04, 0.03),
    place_words={"Dunkirk/Gravelines": "Dunkirk"},
)

ARC = Desk(
    source="arc_france_surete",
    filename="arc_france_surete_pj.csv",
    ref="MC-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date du constat",
        "crime_type": "Qualification des faits",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb individus interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "place": "Lieu (site / axe)",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction provisoire - données non consolidées (sûreté site d'Arques)",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    country_mix={
        "name": 0.66,
        "mojibake": 0.04,
        "demonym": 0.12,
        "upper": 0.1,
        "alias": 0.04,
        "typo": 0.04,
    },
    aliases={"GBR": ("Angleterre", "Grande-Bretagne"), "VNM": ("Vietnam",), "ERI": ("Erythrée",)},
    demonyms={
        "AFG": ("afghan",),
        "ALB": ("albanais",),
        "ERI": ("érythréen",),
        "IRN": ("iranien",),
        "IRQ": ("irakien",),
        "SYR": ("syrien",),
        "VNM": ("vietnamien",),
    },
    typos={"AFG": "Afganistan", "IRQ": "Irack", "ALB": "Albannie"},
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants (passeurs)", "AESI"),
            "both": ("TEH et aide à l'entrée irrégulière",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "MNA"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "canot pneumatique"),
            "land": ("poids lourd", "PL", "camion"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("non renseigné", "NR"),
    count_blank=("N/C", "non communiqué"),
    zero=("aucun", "néant"),
    transit_sep=" / ",
    offence_sep=", ",
    dates="fr",
    coords="comma",
    partial=(0.05, 0.0),
    place_words={"Dunkirk/Gravelines": "Dunkerque / Gravelines", "Dover": "Douvres"},
    singular={
        "gender": {"female": "femme", "male": "homme"},
        "age_group": {"child": "mineur", "adult": "majeur"},
    },
    mojibake_rows=0.08,
)

NEOBIS = Desk(
    source="neobis_cumplimiento",
    filename="neobis_cumplimiento_pj.xlsx",
    ref="NEO/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "place": "Localidad",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por las empresas asociadas",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    country_mix={
        "name": 0.66,
        "demonym": 0.12,
        "upper": 0.1,
        "alias": 0.06,
        "typo": 0.03,
        "spaced": 0.03,
    },
    aliases={
        "CIV": ("Côte d'Ivoire",),
        "GMB": ("La Gambia",),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "GBR": ("Inglaterra",),
        "MLI": ("Mali",),
    },
    demonyms={
        "MAR": ("marroquí",),
        "DZA": ("argelina",),
        "SEN": ("senegalesa",),
        "MLI": ("maliense",),
        "GMB": ("gambiana",),
        "GIN": ("guineana",),
        "CIV": ("marfileña",),
        "ROU": ("rumana",),
    },
    typos={"MAR": "Marrucos", "DZA": "Argeria", "SEN": "Senegall", "ROU": "Rumaní"},
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis)",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Actividades delictivas",),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujeres",),
            "male": ("Hombres", "Varones"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "MENA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática", "Marítimo"),
            "land": ("Terrestre", "Vehículo", "Autobús"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contrabando", "Tráfico de drogas"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Sin datos", "N/D"),
    count_blank=("s/d", "Sin datos"),
    zero=("Ninguno", "ninguno"),
    transit_sep=", ",
    offence_sep=" / ",
    dates="xlsx",
    coords="number",
    partial=(0.04, 0.0),
    place_words={"Almería (El Ejido)": "El Ejido", "Latina (Agro Pontino)": "Latina (Italia)"},
    singular={
        "gender": {"female": "Mujer", "male": "Hombre"},
        "age_group": {"child": "MENA", "adult": "Mayor de edad"},
    },
)

VITRO = Desk(
    source="vitro_seguridad_ctpat",
    filename="vitro_seguridad_ctpat_pj.csv",
    ref="VSP-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Personas detenidas",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "place": "Cruce / garita",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a validación de Seguridad Patrimonial",
    total="Total",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    country_mix={"name": 0.55, "demonym": 0.2, "alias": 0.15, "upper": 0.05, "typo": 0.05},
    aliases={
        "USA": ("EUA", "E.U.A.", "EE.UU."),
        "MEX": ("Mexico", "MEX"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "PAN": ("Panama",),
        "HTI": ("Haiti",),
    },
    demonyms={
        "MEX": ("mexicana",),
        "GTM": ("guatemalteca",),
        "HND": ("hondureña",),
        "VEN": ("venezolana",),
        "ECU": ("ecuatoriana",),
        "HTI": ("haitiana",),
        "COL": ("colombiana",),
        "CHN": ("china",),
    },
    typos={"GTM": "Guatamala", "HND": "Hondura", "VEN": "Venezula", "HTI": "Hatí"},
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": (
                "Tráfico de personas",
                "Tráfico de indocumentados",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "forced_labour": ("Trabajo forzado", "Explotación laboral"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otro",),
        },
        "gender": {
            "female": ("Mujeres", "M"),
            "male": ("Hombres", "H"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menores", "NNA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "Tractocamión", "Caja seca", "A pie"),
            "sea": ("Marítimo",),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "corruption": ("Cohecho",),
            "document_fraud": ("Falsificación de documentos",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Sin dato", "N/D"),
    count_blank=("Sin dato", "Por confirmar"),
    zero=("Ninguno", "Sin detenidos"),
    transit_sep=" - ",
    offence_sep=", ",
    dates="mx",
    coords="pair",
    partial=(0.05, 0.0),
    place_words={
        "Nogales (Sonora/Arizona)": "Nogales (Mariposa)",
        "Rio Grande Valley": "Valle del Río Bravo",
        "Darién gap": "Selva del Darién (PA)",
    },
    singular={
        "gender": {"female": "Mujer", "male": "Hombre"},
        "age_group": {"child": "Menor", "adult": "Adulto"},
    },
)

INTERGRAF = Desk(
    source="intergraf_ethical_trade",
    filename="intergraf_ethical_trade_pj.jsonl",
    ref="IGF-{yy:02d}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date_detected",
        "crime_type": "offence_category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_detected",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "place": "site",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="Total (all member federations)",
    bad_count=("several", "multiple"),
    repeats=True,
    country_mix={"iso2": 0.6, "name": 0.3, "iso3": 0.1},
    aliases={},
    demonyms={},
    typos={},
    words={
        "crime_type": {
            "trafficking": ("trafficking in human beings", "THB", "traite des êtres humains"),
            "smuggling": ("migrant smuggling", "smuggling of migrants", "trafic de migrants"),
            "both": ("THB & migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "exploitation sexuelle"),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("female", "women"),
            "male": ("male", "men"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "child": ("minor", "child"),
            "adult": ("adult",),
            "mixed": ("mixed", "adults and minors"),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "truck"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("n/a", "not reported"),
    count_blank=("unknown", "not reported"),
    zero=("none",),
    transit_sep=", ",
    offence_sep=", ",
    dates="iso",
    coords="json",
    partial=(0.05, 0.04),
    place_words={},
)

#: The set's desks, in the order the submissions are returned.
SOURCES: tuple[Desk, ...] = (BPIF, ARC, NEOBIS, VITRO, INTERGRAF)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _country(src: Desk, iso: str, rng: _Rng, *, role: str) -> tuple[str, str | None]:
    """Write one country as the desk does; return (cell, tag of the way or None)."""
    keys = list(src.country_mix)
    weights = np.array([src.country_mix[k] for k in keys], dtype=float)
    way = keys[int(rng.choice(len(keys), p=weights / weights.sum()))]
    name = _name(iso, src.language)
    if way == "alias" and iso in src.aliases:
        return choice(rng, src.aliases[iso]), "country_alias"
    if way == "demonym" and role == "nationality" and iso in src.demonyms:
        return choice(rng, src.demonyms[iso]), "demonym"
    if way == "typo" and iso in src.typos:
        return src.typos[iso], "country_typo"
    if way == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
        return name, None
    if way == "upper":
        return name.upper(), "country_case"
    if way == "lower":
        return name.lower(), "country_case"
    if way == "spaced":
        return f" {name}  ", "country_spacing"
    if way in ("iso2", "iso3"):
        return (iso_codes(iso)[0] if way == "iso2" else iso), way
    return name, None


def _word(src: Desk, column: str, value: str, rng: _Rng, *, alone: bool = False) -> str:
    one = src.singular.get(column, {}).get(value)
    if alone and one is not None and rng.random() < 0.8:
        return one
    words = src.words[column][value]
    return words[0] if rng.random() < 0.6 or len(words) == 1 else choice(rng, words[1:])


def _int_text(src: Desk, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count as the desk does (a number in XLSX and JSON lines)."""
    if src.format == "xlsx":
        if rng.random() < 0.03:
            return str(n), "count_as_text"
        return n, None
    if src.format == "jsonl":
        if n >= 1000 and rng.random() < 0.5:
            return f"{n // 1000} {n % 1000:03d}", "thousands"
        return n, None
    if n >= 1000:
        if src.language == "fr":
            sep = "\u00a0" if rng.random() < 0.5 else " "
        elif src is NEOBIS:
            sep = "."
        else:  # UK, Mexico and Panama write 1,240
            sep = ","
        return f"{n // 1000}{sep}{n % 1000:03d}", "thousands"
    if n < 10 and src.language == "en" and rng.random() < 0.05:
        return _EN_WORDS[n], "count_word"
    if n >= 20 and src is BPIF and rng.random() < 0.04:
        return f"approx. {n}", "approx_count"
    return str(n), None


def _date(src: Desk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> tuple[object, str, str]:
    """Write the event date; return (cell, precision, tag)."""
    r = rng.random()
    month, quarter = src.partial if partial_ok else (0.0, 0.0)
    m = ts.month - 1
    if r < month:
        cell: object = {
            "uk": f"{MONTHS[m]} {ts.year}",
            "fr": f"{_MOIS[m]} {ts.year}" if rng.random() < 0.7 else ts.strftime("%m/%Y"),
            "xlsx": f"{_MESES[m]} de {ts.year}",
            "mx": f"{_MESES[m]} {ts.year}",
            "iso": ts.strftime("%Y-%m"),
        }[src.dates]
        return cell, "month", "month_only"
    if r < month + quarter:
        q = (ts.month - 1) // 3 + 1
        cell = f"Q{q} {ts.year}" if src.dates == "uk" or rng.random() < 0.5 else f"{ts.year}-Q{q}"
        return cell, "quarter", "quarter_only"
    s = rng.random()
    if src.dates == "uk":
        if s < 0.75:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        if s < 0.95:
            return f"{ts.day} {MONTHS[m]} {ts.year}", "day", "date_long"
        return f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.strftime('%y')}", "day", "date_short"
    if src.dates == "fr":
        if s < 0.85:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        return ts.strftime("%d/%m/%y"), "day", "date_dmy_short"
    if src.dates == "xlsx":
        if s < 0.8:
            return ts.to_pydatetime(), "day", "excel_date"
        if s < 0.9:
            return ts.strftime("%d/%m/%Y"), "day", "text_date"
        return int((ts - _EXCEL_EPOCH).days), "day", "excel_serial"
    if src.dates == "mx":
        if s < 0.8:
            return ts.strftime("%d/%m/%Y"), "day", "date_dmy"
        return f"{ts.day:02d}-{_MES[m]}-{ts.year}", "day", "date_short"
    if s < 0.85:
        return ts.strftime("%Y-%m-%d"), "day", "date_iso"
    return ts.strftime("%Y/%m/%d"), "day", "date_ymd_slash"


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the location; return (cells, expected lat, expected lon, tag)."""
    if blank:
        return {}, None, None, "blank_coordinates"
    r = rng.random()
    if r < 0.06:
        return {}, None, None, "coords_missing"
    if src.coords == "pair" and r < 0.08:  # the GPS unit's default fix
        return {"coordinates": "0, 0"}, None, None, "coords_placeholder"
    digits = {"dot": 4, "comma": 5, "pair": 4, "number": 5, "json": 4}[src.coords]
    e_lat, e_lon = round(lat, digits), round(lon, digits)
    if src.coords == "pair":
        return {"coordinates": f"{e_lat:.4f}, {e_lon:.4f}"}, e_lat, e_lon, "coords_pair"
    if src.coords == "comma":
        cells: dict[str, object] = {
            "lat": f"{e_lat:.5f}".replace(".", ","),
            "lon": f"{e_lon:.5f}".replace(".", ","),
        }
        return cells, e_lat, e_lon, "decimal_comma"
    if src.coords == "number" and rng.random() < 0.05:  # typed as text, Spanish comma
        cells = {
            "lat": f"{e_lat:.5f}".replace(".", ","),
            "lon": f"{e_lon:.5f}".replace(".", ","),
        }
        return cells, e_lat, e_lon, "decimal_comma"
    if src.coords in ("number", "json"):
        return {"lat": e_lat, "lon": e_lon}, e_lat, e_lon, None
    return {"lat": f"{e_lat:.4f}", "lon": f"{e_lon:.4f}"}, e_lat, e_lon, None


def _detection(src: Desk, iso: str, hotspot: str, rng: _Rng) -> tuple[str, str | None]:
    """Write the country of detection; a UK desk often names the nation, not the state."""
    if src is BPIF and iso == "GBR" and rng.random() < 0.2:
        return ("Scotland" if hotspot == "Glasgow" else "England"), "uk_nation"
    return _country(src, iso, rng, role="detection")


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: ``(cells, expected, tags)``."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str | None) -> None:
        if name is not None and name not in tags:
            tags.append(name)

    date_cell, precision, date_tag = _date(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = date_cell
    tag(date_tag)
    period = {"day": "D", "month": "M", "quarter": "Q"}[precision]
    exp_day = ts if precision == "day" else ts.to_period(period).start_time

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    expl = ev["exploitation"]
    if expl is not None:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
    elif src.language == "es" and rng.random() < 0.3:
        cells["exploitation"] = "No aplica" if src is not NEOBIS else "No procede"
        tag("na_exploitation")
    elif src is ARC and rng.random() < 0.3:
        cells["exploitation"] = "sans objet"
        tag("na_exploitation")

    # persons
    n_true = int(ev["n_persons"])  # type: ignore[call-overload]
    n_exp: int | None = n_true
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_blank)
        n_exp = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _int_text(src, n_true, rng)
        tag(t)

    # suspects
    s_true = ev["n_suspects"]
    s_exp: int | None = None if s_true is None else int(s_true)  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        s_exp = None
        tag("blank_n_suspects")
    elif s_exp is not None:
        r = rng.random()
        if r < 0.02:
            cells["n_suspects"] = choice(rng, src.count_blank)
            s_exp = None
            tag("suspects_placeholder")
        elif s_exp == 0 and r < 0.35:
            cells["n_suspects"] = choice(rng, src.zero)
            tag("zero_word")
        elif src.format in ("xlsx", "jsonl"):
            cells["n_suspects"] = s_exp
        else:
            cells["n_suspects"] = str(s_exp)

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        g_exp = "unknown"
        if rng.random() < 0.5 and forced_blank != "gender":
            cells["gender"] = choice(rng, src.unknown)
        tag("blank_gender")
    else:
        g_exp = gender
        cells["gender"] = _word(src, "gender", gender, rng, alone=n_true == 1)
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, src.unknown)
        a_exp = "unknown"
        tag("na_word")
    else:
        a_exp = age
        cells["age_group"] = _word(src, "age_group", age, rng, alone=n_true == 1)
    mode = str(ev["transport_mode"])
    hotspot = str(ev["hotspot"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, src.unknown)
        m_exp = "unknown"
        tag("na_word")
    else:
        m_exp = mode
        if src is NEOBIS and mode == "land" and hotspot in ("Ceuta", "Melilla"):
            cells["transport_mode"] = "Salto de valla" if rng.random() < 0.4 else "Terrestre"
        elif src is VITRO and mode == "land" and ev["detection_country"] == "PAN":
            cells["transport_mode"] = choice(rng, ("Terrestre", "A pie", "A pie (selva)"))
        else:
            cells["transport_mode"] = _word(src, "transport_mode", mode, rng)

    # countries
    nat_exp: str | None = str(ev["nationality"])
    if forced_blank == "nationality":
        nat_exp = None
        tag("blank_nationality")
    elif rng.random() < 0.015:
        cells["nationality"] = choice(rng, src.unknown)
        nat_exp = None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _country(src, str(ev["nationality"]), rng, role="nationality")
        tag(t)
    for col in ("origin_country", "destination_country"):
        cells[col], t = _country(src, str(ev[col]), rng, role=col)
        tag(t)
    det_exp: str | None = str(ev["detection_country"])
    if forced_blank == "detection_country":
        det_exp = None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _detection(src, str(det_exp), hotspot, rng)
        tag(t)
    transit = ev["transit_countries"]
    if transit is not None:
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng, role="transit")
            parts.append(text.strip())
            tag(t)
        cells["transit_countries"] = src.transit_sep.join(parts)
        if len(parts) > 1:
            tag("transit_list")

    # place and coordinates
    cells["place"] = src.place_words.get(hotspot, hotspot)
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    coord_cells, e_lat, e_lon, t = _coords(src, lat, lon, rng, blank=forced_blank == "coordinates")
    cells.update(coord_cells)
    tag(t)

    # linked offences
    offences = ev["linked_offences"]
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    expected: dict[str, object] = {
        "event_date": exp_day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": n_exp,
        "n_suspects": s_exp,
        "gender": g_exp,
        "age_group": a_exp,
        "nationality": nat_exp,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": det_exp,
        "transit_countries": transit,
        "transport_mode": m_exp,
        "lat": e_lat,
        "lon": e_lon,
        "linked_offences": offences,
    }
    if rng.random() < src.mojibake_rows:  # the row was pasted from a UTF-8 mail
        for key, value in list(cells.items()):
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None and fits(garbled, src):
                cells[key] = garbled
                tag("mojibake")
    return cells, expected, tags


def _write_day(src: Desk, ts: pd.Timestamp) -> object:
    """Write a plain date as the desk does (bad and note rows)."""
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.dates == "iso":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, impossible or ten years ahead (a typo)."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _write_day(src, ts.replace(year=ts.year + 10, day=min(ts.day, 28)))
    day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
    if src.dates == "iso":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the extraction date on the desk's note row."""
    return _write_day(src, last + pd.Timedelta(days=3))


#: The variant: routing of the events to the desks and their writers.
BLIND424: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": BPIF.source,
        "FRA": ARC.source,
        "ESP": NEOBIS.source,
        "USA": VITRO.source,
        "PAN": VITRO.source,
    },
    compilation=INTERGRAF.source,
    secondary={
        ("channel", "FRA"): BPIF.source,
        ("channel", "GBR"): ARC.source,
        ("thb_vnm_gbr", "GBR"): INTERGRAF.source,
        ("thb_rou_esp", "ESP"): INTERGRAF.source,
        ("thb_rou_esp", "ITA"): NEOBIS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=424,
    blank_share=0.5,
)


def make_blind424(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the print and glass desks of ``blind424`` write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``bpif_modern_slavery_pj.csv`` (English, UTF-8 with BOM, ``,``),
        ``arc_france_surete_pj.csv`` (French, cp1252, ``;``),
        ``neobis_cumplimiento_pj.xlsx`` (Spanish workbook),
        ``vitro_seguridad_ctpat_pj.csv`` (Mexican Spanish, UTF-16, tab) and
        ``intergraf_ethical_trade_pj.jsonl`` (English keys, the compilation).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind424(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bpif_modern_slavery_pj.csv', 'arc_france_surete_pj.csv',
     'neobis_cumplimiento_pj.xlsx', 'vitro_seguridad_ctpat_pj.csv',
     'intergraf_ethical_trade_pj.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° main courante', 'Date du constat', 'Qualification des faits']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND424, truth, seed=seed)
