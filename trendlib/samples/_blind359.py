"""Examiner sample set ``blind359`` (files ``*_mw.*``): company registries' front-company reports.

Five bodies that watch company registers, or the people who form companies, report the
detections of trafficking and smuggling cases to which a front company of the network
was tied. Each row is one flagged company's linked detection: its date, the crime, the
persons and the company officers implicated, where the persons came from and went, and
where the case was detected.

``inpi_rne_mw.csv``
    INPI, France, Registre national des entreprises, fraud desk: French, cp1252, ``;``,
    CRLF line ends; day-first dates (some two-digit years, ``mai 2023``, ``T2 2023``),
    decimal commas in two coordinate columns, feminine nationality adjectives
    (``afghane``), ``néant`` for no officer implicated, a SIREN column.
``insolvency_service_ies_mw.xlsx``
    The Insolvency Service, UK, Investigation and Enforcement Services: English Excel
    workbook; real date cells mixed with typed text (``17 May 2023``, ``May 2023``,
    ``Apr to Jun 2023``), UK terms (``Organised immigration crime``, ``HGV``), English
    demonyms, a re-sent block of rows at the end.
``se_dgnm_siger_mw.jsonl``
    Secretaría de Economía, Mexico, Dirección General de Normatividad Mercantil (SIGER):
    Spanish JSON lines with snake-case keys; ISO date-times and day-first dates; Mexican
    legal wording (``tráfico de personas`` is smuggling, ``delitos contra la salud``,
    ``operaciones con recursos de procedencia ilícita``, ``NNA``, ``E.U.A.``), SAT-style
    ISO alpha-3 codes, UTF-8 text misread as cp1252 in some cells; coordinates as one
    ``lat,lon`` string.
``intendencia_snf_pa_mw.csv``
    Intendencia de Supervisión y Regulación de Sujetos No Financieros, Panama (resident
    agents who form sociedades anónimas): Excel "Unicode text", UTF-16 with BOM, tab
    delimited; day-first dates, Excel serials, ``17-may-2023``, ``II trimestre 2023``;
    counts like ``tres (3)``, US thousands commas, hemisphere letters (``77.50123 O``),
    ISO 3166 numeric codes in some cells.
``europol_efecc_mw.csv``
    Europol, European Financial and Economic Crime Centre (compilation of the member
    states' contributions on the networks' legal persons): English, UTF-8 with BOM,
    ``,``; ISO dates (some ``17.05.2023``), ``2023-05``, ``2023-Q2``; EU country codes
    (``EL`` for Greece, ``UK``), transit routes as ``TR-BG-RS-BA``, one ``lat, lon`` cell.

Every cell a careful analyst cannot read as a value is written on purpose and the truth
says so: a count or suspect word meaning "not known" expects no count, a gender written
as "not known" expects ``unknown``, an age or transport word meaning "not recorded"
expects ``unknown``, a nationality written as "not established" (or ICAO ``XXX``)
expects none.
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND359", "SOURCES", "Registry", "make_blind359"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Registry(ExaminerSource):
    """One reporting body of the set: the shared fields plus its own way of writing.

    Attributes
    ----------
    full_dates : mapping
        Style of a full date -> weight (``dmy``, ``dmy2``, ``iso``, ``iso_time``,
        ``dotted``, ``long_en``, ``cell``, ``serial``, ``dmy_mon_es``).
    month_style, quarter_style : str or None
        Style of a month-only or quarter-only date, None if the body never writes one.
    month_rate, quarter_rate : float
        Share of single reports dated to the month or the quarter only.
    countries : mapping
        Style of a country cell -> weight (``name``, ``upper``, ``alias``, ``typo``,
        ``spacing``, ``iso2``, ``eu2``, ``iso3``, ``numeric``, ``mojibake``).
    demonyms : mapping
        ISO alpha-3 -> the body's nationality adjective; ``demonym_rate`` of the
        nationality cells use it.
    demonym_rate : float
        Share of nationality cells written as an adjective.
    transit_sep : str
        Separator of the transit countries, written in route order.
    transit_codes : str or None
        Country style of a whole transit cell written in codes (``iso2``, ``eu2``,
        ``iso3``), None if the body writes names.
    transit_code_rate : float
        Share of transit cells written in codes.
    coords : str
        ``fr_pair`` (two columns, decimal comma), ``cells`` (two numeric cells),
        ``one_cell`` (``lat,lon``), ``one_cell_space`` (``lat, lon``), ``hemisphere``
        (two columns, sometimes ``8.5 N`` / ``77.5 O``).
    coords_missing : float
        Share of rows without a location.
    words : mapping
        Vocabulary column (and ``linked_offences``) -> canonical word -> the body's words.
    persons_placeholder, suspects_zero, suspects_placeholder : tuple of str
        Count cells meaning "not known", "none", "not known".
    unknown, nationality_unknown, direct, not_applicable : tuple of str
        The body's words for an unknown category, an unknown nationality, no transit
        country, and no exploitation (smuggling rows).
    offence_sep : str
        Separator of the linked offences.
    company : str
        Kind of company identifier column (``siren``, ``crn``, ``fme``, ``folio``, ``""``).
    mojibake_rate : float
        Share of accented cells whose UTF-8 bytes were misread as cp1252.
    count_words : mapping
        Small count -> its words (``tres``), written ``tres (3)``; empty if never.
    thousands : str
        Thousands separator of counts of 1,000 and more ("" for none).
    """

    full_dates: Mapping[str, float]
    month_style: str | None
    quarter_style: str | None
    month_rate: float
    quarter_rate: float
    countries: Mapping[str, float]
    demonyms: Mapping[str, str]
    demonym_rate: float
    transit_sep: str
    transit_codes: str | None
    transit_code_rate: float
    coords: str
    coords_missing: float
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    persons_placeholder: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    unknown: tuple[str, ...]
    nationality_unknown: tuple[str, ...]
    direct: tuple[str, ...]
    not_applicable: tuple[str, ...]
    offence_sep: str
    company: str
    mojibake_rate: float
    count_words: Mapping[int, str]
    thousands: str


# --------------------------------------------------------------------------------------
# Country wording: (English, French, Spanish) names and each language's common aliases
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
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
_LANG = {"en": 0, "fr": 1, "es": 2}
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("FYROM",),
        "IRN": ("Islamic Republic of Iran",),
        "GMB": ("Gambia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA", "Etats-Unis"),
        "CIV": ("RCI", "Côte-d'Ivoire"),
        "VNM": ("Viêt Nam",),
        "ERI": ("Erythrée",),
        "EGY": ("Egypte",),
        "TUR": ("Türkiye",),
    },
    "es": {
        "USA": ("E.U.A.", "EUA", "EE.UU."),
        "MEX": ("Mexico", "Estados Unidos Mexicanos"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("Rep. Popular China",),
        "HTI": ("Haiti",),
        "PAN": ("Panama",),
        "GBR": ("Gran Bretaña",),
    },
}
#: The European Union's two-letter codes where they differ from ISO's (Greece, the UK).
_EU_CODES = {"GRC": "EL", "GBR": "UK"}

_FR_NATIONALITY = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "ROU": "roumaine",
    "NGA": "nigériane",
    "CHN": "chinoise",
}
_EN_NATIONALITY = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "ROU": "Romanian",
    "NGA": "Nigerian",
    "CHN": "Chinese",
}
_MX_NATIONALITY = {  # "nacionalidad mexicana": feminine, as the forms print it
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
_PA_NATIONALITY = {  # the Panamanian clerks write the masculine
    "MEX": "mexicano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
    "VEN": "venezolano",
    "ECU": "ecuatoriano",
    "HTI": "haitiano",
    "COL": "colombiano",
    "CHN": "chino",
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
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")
_QUARTER_EN = ("Jan to Mar", "Apr to Jun", "Jul to Sep", "Oct to Dec")


# --------------------------------------------------------------------------------------
# The five bodies
# --------------------------------------------------------------------------------------
_INPI = Registry(
    source="inpi_rne",
    filename="inpi_rne_mw.csv",
    ref="RNE-SIG-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "company": "SIREN",
        "event_date": "Date des faits constatés",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes concernées",
        "n_suspects": "Dirigeants mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction RNE, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "cf. PV joint", "voir annexe"),
    repeats=False,
    full_dates={"dmy": 0.86, "dmy2": 0.1, "long_fr": 0.04},
    month_style="month_fr",
    quarter_style="quarter_fr",
    month_rate=0.05,
    quarter_rate=0.03,
    countries={
        "name": 0.74,
        "upper": 0.1,
        "alias": 0.04,
        "typo": 0.04,
        "spacing": 0.04,
        "iso2": 0.04,
    },
    demonyms=_FR_NATIONALITY,
    demonym_rate=0.55,
    transit_sep=" / ",
    transit_codes=None,
    transit_code_rate=0.0,
    coords="fr_pair",
    coords_missing=0.06,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite des êtres humains"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide à l'entrée irrégulière",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au séjour irrégulier"),
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
            "female": ("femmes", "F", "féminin"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "maritime", "embarcation"),
            "land": ("routier", "poids lourd", "véhicule léger"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux et usage de faux", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment aggravé"),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    persons_placeholder=("NC", "non communiqué", "inconnu"),
    suspects_zero=("néant", "aucun"),
    suspects_placeholder=("NC", "en cours d'identification"),
    unknown=("non renseigné", "NC"),
    nationality_unknown=("indéterminée", "inconnue"),
    direct=("direct", "aucun"),
    not_applicable=("sans objet", ""),
    offence_sep=", ",
    company="siren",
    mojibake_rate=0.0,
    count_words={},
    thousands="\u00a0",
)

_IES = Registry(
    source="insolvency_service_ies",
    filename="insolvency_service_ies_mw.xlsx",
    ref="CI/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "IES case ref",
        "company": "Company number",
        "event_date": "Date of linked detection",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "Victims / migrants",
        "n_suspects": "Officers implicated",
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
    },
    note="OFFICIAL-SENSITIVE - extract from IES case management system",
    total="Grand total",
    bad_count=("#VALUE!", "see annex B", "refer to NCA"),
    repeats=True,
    full_dates={"cell": 0.8, "long_en": 0.12, "dmy": 0.08},
    month_style="month_en",
    quarter_style="quarter_en",
    month_rate=0.05,
    quarter_rate=0.03,
    countries={"name": 0.76, "alias": 0.1, "upper": 0.05, "iso3": 0.04, "typo": 0.05},
    demonyms=_EN_NATIONALITY,
    demonym_rate=0.6,
    transit_sep=" > ",
    transit_codes=None,
    transit_code_rate=0.0,
    coords="cells",
    coords_missing=0.08,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking (MSA 2015)"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("Modern slavery and OIC", "OIC / modern slavery"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Forced criminality (cannabis cultivation)",
            ),
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
            "child": ("Child", "Under 18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults and children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea", "RHIB"),
            "land": ("HGV", "Lorry", "Road"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs supply", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    persons_placeholder=("not known", "n/k"),
    suspects_zero=("None", "nil"),
    suspects_placeholder=("not known", "under enquiry"),
    unknown=("Not recorded", "n/k"),
    nationality_unknown=("Not known", "Not established"),
    direct=("Direct", "none"),
    not_applicable=("N/A", ""),
    offence_sep="; ",
    company="crn",
    mojibake_rate=0.0,
    count_words={},
    thousands="",
)

_SE = Registry(
    source="se_dgnm_siger",
    filename="se_dgnm_siger_mw.jsonl",
    ref="DGNM/{year}/{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "company": "fme",
        "event_date": "fecha_hechos",
        "crime_type": "delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "socios_implicados",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("ver anexo", "varios", "#¡VALOR!"),
    repeats=False,
    full_dates={"iso_time": 0.6, "dmy": 0.4},
    month_style="month_iso",
    quarter_style=None,
    month_rate=0.06,
    quarter_rate=0.0,
    countries={
        "name": 0.6,
        "iso3": 0.15,
        "alias": 0.1,
        "mojibake": 0.07,
        "upper": 0.04,
        "typo": 0.04,
    },
    demonyms=_MX_NATIONALITY,
    demonym_rate=0.35,
    transit_sep=", ",
    transit_codes="iso3",
    transit_code_rate=0.15,
    coords="one_cell",
    coords_missing=0.1,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "tráfico de personas"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos o servicios forzados", "explotación laboral"),
            "forced_criminality": ("utilización en actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Mujeres", "mujer"),
            "male": ("Hombres", "hombre"),
            "mixed": ("Ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("NNA", "menores de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "embarcación"),
            "land": ("terrestre", "tractocamión", "autobús"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos", "uso de documento falso"),
            "corruption": ("cohecho",),
            "money_laundering": (
                "operaciones con recursos de procedencia ilícita",
                "lavado de dinero",
            ),
            "illicit_goods": ("delitos contra la salud",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    persons_placeholder=("sin dato", "S/D", "no especificado"),
    suspects_zero=("ninguno", "sin implicados"),
    suspects_placeholder=("sin dato", "en investigación"),
    unknown=("no especificado", "sin dato"),
    nationality_unknown=("sin dato", "no especificada"),
    direct=("directo", "ninguno"),
    not_applicable=("",),
    offence_sep=", ",
    company="fme",
    mojibake_rate=0.08,
    count_words={},
    thousands=",",
)

_INTENDENCIA = Registry(
    source="intendencia_snf_pa",
    filename="intendencia_snf_pa_mw.csv",
    ref="ISSNF-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de Reporte",
        "company": "Folio Registro Público",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Directores / dignatarios vinculados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="Total general",
    bad_count=("#¡VALOR!", "ver informe", "varios"),
    repeats=True,
    full_dates={"dmy": 0.74, "serial": 0.2, "dmy_mon_es": 0.06},
    month_style="month_es",
    quarter_style="quarter_roman",
    month_rate=0.05,
    quarter_rate=0.03,
    countries={
        "name": 0.72,
        "upper": 0.12,
        "numeric": 0.05,
        "iso2": 0.04,
        "typo": 0.04,
        "alias": 0.03,
    },
    demonyms=_PA_NATIONALITY,
    demonym_rate=0.3,
    transit_sep=" - ",
    transit_codes=None,
    transit_code_rate=0.0,
    coords="hemisphere",
    coords_missing=0.07,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual comercial", "explotación sexual"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otros fines",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("menores de edad", "Menor"),
            "adult": ("mayores de edad", "Adulto"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    persons_placeholder=("desconocido", "no determinado", "N/D"),
    suspects_zero=("ninguno", "no hay"),
    suspects_placeholder=("por determinar", "N/D"),
    unknown=("no determinado", "N/D"),
    nationality_unknown=("no determinada",),
    direct=("directo", "ninguno"),
    not_applicable=("no aplica", ""),
    offence_sep="; ",
    company="folio",
    mojibake_rate=0.0,
    count_words={
        1: "una",
        2: "dos",
        3: "tres",
        4: "cuatro",
        5: "cinco",
        6: "seis",
        7: "siete",
        8: "ocho",
        9: "nueve",
        10: "diez",
    },
    thousands=",",
)

_EFECC = Registry(
    source="europol_efecc",
    filename="europol_efecc_mw.csv",
    ref="EFECC-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "EFECC ref",
        "event_date": "Detection date",
        "detection_country": "Country of detection",
        "crime_type": "Crime area",
        "exploitation": "Exploitation",
        "n_persons": "Persons",
        "n_suspects": "Suspects (officers of legal persons)",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "transport_mode": "Modus (transport)",
        "coordinates": "Location (lat, lon)",
        "linked_offences": "Related crime areas",
    },
    note="Compiled from MS contributions - figures provisional",
    total="TOTAL",
    bad_count=("#VALUE!", "see MS report", "several"),
    repeats=False,
    full_dates={"iso": 0.88, "dotted": 0.12},
    month_style="month_iso",
    quarter_style="quarter_iso",
    month_rate=0.05,
    quarter_rate=0.04,
    countries={"eu2": 0.62, "iso3": 0.14, "name": 0.2, "upper": 0.04},
    demonyms={},
    demonym_rate=0.0,
    transit_sep=", ",
    transit_codes="eu2",
    transit_code_rate=0.8,
    coords="one_cell_space",
    coords_missing=0.05,
    words={
        "crime_type": {
            "trafficking": ("Trafficking in human beings", "THB"),
            "smuggling": ("Migrant smuggling", "Facilitation of illegal immigration"),
            "both": ("THB / migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation",),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "child": ("Minor",),
            "adult": ("Adult",),
            "mixed": ("Mixed", "Adult/Minor"),
        },
        "transport_mode": {
            "sea": ("Sea", "Maritime"),
            "land": ("Land", "Road"),
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
    persons_placeholder=("unknown", "n/k"),
    suspects_zero=("none", "nil"),
    suspects_placeholder=("unknown",),
    unknown=("unknown", "n/k"),
    nationality_unknown=("unknown", "XXX"),
    direct=("direct", ""),
    not_applicable=("",),
    offence_sep=", ",
    company="",
    mojibake_rate=0.0,
    count_words={},
    thousands=",",
)

#: The five bodies, in the order their submissions are returned.
SOURCES: tuple[Registry, ...] = (_INPI, _IES, _SE, _INTENDENCIA, _EFECC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _missing(value: object) -> bool:
    """Tell whether a truth value is missing (None, NA, NaT or NaN)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and value != value


def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _swap(text: str) -> str:
    """Swap two letters in the middle of a long name (a slip of the keyboard)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(src: Registry, code: str) -> str:
    return _NAMES[code][_LANG[src.language]]


def _code(code: str, style: str) -> str:
    alpha2, numeric = iso_codes(code)
    if style == "iso2":
        return alpha2
    if style == "eu2":
        return _EU_CODES.get(code, alpha2)
    if style == "numeric":
        return numeric
    return code


def _country(src: Registry, code: str, rng: _Rng, *, nationality: bool = False) -> tuple[str, str]:
    """Write one country as the body does; return (cell, tag or "")."""
    if nationality and code in src.demonyms and rng.random() < src.demonym_rate:
        return src.demonyms[code], "demonym"
    style = _weighted(rng, src.countries)
    name = _name(src, code)
    if style in ("iso2", "eu2", "iso3", "numeric"):
        return _code(code, style), f"country_{style}"
    if style == "upper":
        return name.upper(), "country_upper"
    if style == "alias":
        aliases = _ALIASES[src.language].get(code)
        return (choice(rng, aliases), "country_alias") if aliases else (name, "")
    if style == "typo":
        typo = _swap(name)
        return (typo, "typo") if typo != name else (name, "")
    if style == "spacing":
        return (f" {name}  " if rng.random() < 0.5 else f"{name} "), "spacing"
    if style == "mojibake":
        garbled = mojibake(name)
        return (garbled, "mojibake") if garbled else (name, "")
    return name, ""


def _word(src: Registry, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Return the body's word for a canonical value, sometimes garbled (mojibake)."""
    word = choice(rng, src.words[column][value])
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = mojibake(word)
        if garbled:
            tags.append("mojibake")
            return garbled
    return word


def _full_date(src: Registry, ts: pd.Timestamp, style: str) -> object:
    if style == "cell":
        return ts.to_pydatetime()
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_time":
        return ts.strftime("%Y-%m-%dT00:00:00")
    if style == "dotted":
        return ts.strftime("%d.%m.%Y")
    if style == "long_en":
        return f"{ts.day} {ts.strftime('%B')} {ts.year}"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "dmy_mon_es":
        return f"{ts.day:02d}-{_MON_ES[ts.month - 1]}-{ts.year}"
    return ts.strftime("%d/%m/%Y")


def _month(style: str, ts: pd.Timestamp) -> str:
    if style == "month_fr":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "month_en":
        return ts.strftime("%B %Y")
    if style == "month_es":
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    return ts.strftime("%Y-%m")


def _quarter(style: str, ts: pd.Timestamp) -> str:
    q = (ts.month - 1) // 3 + 1
    if style == "quarter_fr":
        return f"T{q} {ts.year}"
    if style == "quarter_en":
        return f"Q{q} {ts.year}" if ts.day % 2 else f"{_QUARTER_EN[q - 1]} {ts.year}"
    if style == "quarter_roman":
        return f"{_ROMAN[q - 1]} trimestre {ts.year}"
    return f"{ts.year}-Q{q}"


def _date(
    src: Registry, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: dict[str, object]
) -> tuple[object, str]:
    """Write the date; set the expected date and precision; return (cell, tag)."""
    u = rng.random()
    if partial_ok and src.quarter_style and u < src.quarter_rate:
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        return _quarter(src.quarter_style, ts), "quarter_date"
    if partial_ok and src.month_style and u < src.quarter_rate + src.month_rate:
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        return _month(src.month_style, ts), "month_date"
    style = _weighted(rng, src.full_dates)
    exp["event_date"] = ts.normalize()
    exp["date_precision"] = "day"
    return _full_date(src, ts, style), f"date_{style}"


def _count(src: Registry, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the body's way."""
    if n >= 1000 and src.thousands and rng.random() < 0.6:
        tags.append("thousands_sep")
        return f"{n:,}".replace(",", src.thousands)
    if n in src.count_words and rng.random() < 0.12:
        tags.append("count_words")
        return f"{src.count_words[n]} ({n})"
    return n if src.format != "csv" else str(n)


def _coordinates(src: Registry, lat: float, lon: float, rng: _Rng, cells: dict[str, object]) -> str:
    """Write the location into ``cells``; return the tag."""
    if src.coords == "fr_pair":
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        return "decimal_comma"
    if src.coords == "cells":
        cells["lat"] = round(lat, 5)
        cells["lon"] = round(lon, 5)
        return ""
    if src.coords == "one_cell":
        cells["coordinates"] = f"{lat:.5f},{lon:.5f}"
        return "coords_pair"
    if src.coords == "one_cell_space":
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        return "coords_pair"
    if rng.random() < 0.25:  # "hemisphere": N/S and E/O (oeste) letters, no sign
        cells["lat"] = f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}"
        cells["lon"] = f"{abs(lon):.5f} {'E' if lon >= 0 else 'O'}"
        return "coords_hemisphere"
    cells["lat"] = f"{lat:.5f}"
    cells["lon"] = f"{lon:.5f}"
    return ""


def _company(src: Registry, rng: _Rng) -> str | None:
    """Return a company identifier in the register's own form."""
    if src.company == "siren":  # eight digits and a Luhn check digit
        digits = [int(d) for d in f"{int(rng.integers(30_000_000, 99_999_999)):08d}"]
        total = 0
        for i, d in enumerate(digits):
            dd = d * 2 if i % 2 == 1 else d
            total += dd - 9 if dd > 9 else dd
        check = 0
        while (total + (check * 2 - 9 if check * 2 > 9 else check * 2)) % 10:
            check += 1
        return f"{''.join(map(str, digits))}{check}"
    if src.company == "crn":
        if rng.random() < 0.12:
            return f"SC{int(rng.integers(500_000, 800_000)):06d}"
        return f"{int(rng.integers(9_000_000, 15_500_000)):08d}"
    if src.company == "fme":
        return f"N-{int(rng.integers(2015, 2024))}{int(rng.integers(1, 99_999)):06d}"
    if src.company == "folio":
        return str(int(rng.integers(155_600_000, 155_760_000)))
    return None


def render(
    src: Registry,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does.

    Parameters
    ----------
    src : Registry
        The reporting body.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written to the month or quarter only.
    forced_blank : str or None
        Field a second report leaves blank (``nationality``, ``n_suspects``,
        ``coordinates``, ``gender``, ``detection_country``).

    Returns
    -------
    cells : dict
        Cell by canonical column (``coordinates`` for a one-cell location).
    expected : dict
        The clean values a careful analyst reads from the cells.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> ev = {**make_truth(seed=1, n_events=50).iloc[0].to_dict()}
    >>> cells, exp, tags = render(_EFECC, ev, np.random.default_rng(0),
    ...                           partial_ok=False, forced_blank="gender")
    >>> exp["gender"], "blank_gender" in tags, cells["gender"] is None
    ('unknown', True, True)
    """
    ev = {k: None if _missing(v) else v for k, v in ev.items()}
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], tag = _date(src, ts, rng, partial_ok, exp)
    tags.append(tag)
    cells["company"] = _company(src, rng)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    if ev.get("exploitation") is None:
        na = choice(rng, src.not_applicable)
        cells["exploitation"] = na or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(ev["exploitation"]), rng, tags)

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.persons_placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)

    # company officers implicated
    k = int(ev["n_suspects"]) if ev.get("n_suspects") is not None else None  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or k is None:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.suspects_placeholder)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"] = choice(rng, src.suspects_zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)

    # gender, age group
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.025:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.extend(["blank_gender", "unknown_word"])
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng, tags)
    if rng.random() < 0.025:
        cells["age_group"] = choice(rng, src.unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src, "age_group", str(ev["age_group"]), rng, tags)

    # countries
    nat = ev.get("nationality")
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.nationality_unknown)
        exp["nationality"] = None
        tags.extend(["blank_nationality", "unknown_word"])
    else:
        cells["nationality"], tag = _country(src, str(nat), rng, nationality=True)
        tags.append(tag)
    for col in ("origin_country", "destination_country"):
        cells[col], tag = _country(src, str(ev[col]), rng)
        tags.append(tag)
    det = ev.get("detection_country")
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], tag = _country(src, str(det), rng)
        tags.append(tag)

    transit = ev.get("transit_countries")
    if transit is None:
        word = choice(rng, src.direct) if rng.random() < 0.3 else ""
        cells["transit_countries"] = word or None
        if word:
            tags.append("direct_word")
    else:
        codes = str(transit).split("|")
        if src.transit_codes and rng.random() < src.transit_code_rate:
            parts = [_code(c, src.transit_codes) for c in codes]
            tags.append("transit_codes")
            sep = "-" if src.transit_codes == "eu2" else src.transit_sep  # "TR-BG-RS-BA"
        else:
            parts = [_name(src, c) for c in codes]
            sep = src.transit_sep
        cells["transit_countries"] = sep.join(parts)

    # transport
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, src.unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src, "transport_mode", str(ev["transport_mode"]), rng, tags)

    # location
    lat, lon = ev.get("lat"), ev.get("lon")
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or rng.random() < src.coords_missing:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        tags.append(_coordinates(src, float(lat), float(lon), rng, cells))  # type: ignore[arg-type]

    offences = ev.get("linked_offences")
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        if len(words) > 1:
            tags.append("offence_list")

    for col, value in cells.items():  # a CSV's code page cannot hold every character
        if isinstance(value, str) and not fits(value, src):
            cells[col] = value.encode(src.encoding, "replace").decode(src.encoding)
            tags.append("replaced_char")
    return cells, exp, [t for t in tags if t]


def bad_date(src: Registry, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row that must be quarantined, as the body's clerk slips.

    Parameters
    ----------
    src : Registry
        The reporting body.
    ts : Timestamp
        The true date.
    kind : str
        ``no_date`` (blank), ``bad_date`` (a day the month does not have, in either
        day/month order) or
        ``future_date`` (the year typed ten years on).
    rng : numpy.random.Generator
        Generator of the slip.

    Returns
    -------
    object
        The cell.

    Examples
    --------
    >>> bad_date(_INPI, pd.Timestamp("2023-05-17"), "future_date", np.random.default_rng(0))
    '17/05/2033'
    """
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=ts.year + 10) if not (ts.month == 2 and ts.day == 29) else ts
        return _full_date(src, later, next(iter(src.full_dates)))
    if src.full_dates.get("iso") or src.full_dates.get("iso_time"):
        return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-04-31", f"{ts.year}-06-31"))
    return choice(rng, (f"30/02/{ts.year}", f"31/04/{ts.year}", f"31/06/{ts.year}"))


def note_date(src: Registry, last: pd.Timestamp) -> object:
    """Date written on the body's note row: the day of the extract, after its last row.

    Parameters
    ----------
    src : Registry
        The reporting body.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        The cell, in the body's usual full-date style.

    Examples
    --------
    >>> note_date(_EFECC, pd.Timestamp("2023-12-20"))
    '2024-01-04'
    """
    return _full_date(src, last + pd.Timedelta(days=15), next(iter(src.full_dates)))


#: The variant: who reports which event first, and who may report it again.
BLIND359: Examiner[Registry] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "inpi_rne",
        "GBR": "insolvency_service_ies",
        "USA": "se_dgnm_siger",
        "PAN": "intendencia_snf_pa",
    },
    compilation="europol_efecc",
    secondary={
        ("channel", "FRA"): "insolvency_service_ies",
        ("channel", "GBR"): "inpi_rne",
        ("thb_vnm_gbr", "GBR"): "inpi_rne",
        ("thb_rou_esp", "ESP"): "inpi_rne",
        ("thb_rou_esp", "ITA"): "inpi_rne",
        ("darien", "PAN"): "se_dgnm_siger",
        ("us_mex", "USA"): "intendencia_snf_pa",
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=359,
    blank_share=0.5,
)


def make_blind359(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five registry bodies of ``blind359`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``inpi_rne_mw.csv``, ``insolvency_service_ies_mw.xlsx``,
        ``se_dgnm_siger_mw.jsonl``, ``intendencia_snf_pa_mw.csv`` and
        ``europol_efecc_mw.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind359(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['inpi_rne_mw.csv', 'insolvency_service_ies_mw.xlsx', 'se_dgnm_siger_mw.jsonl',
     'intendencia_snf_pa_mw.csv', 'europol_efecc_mw.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-16', 'utf-8-sig']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[3].frame.columns[:3].tolist()
    ['No. de Reporte', 'Folio Registro Público', 'Fecha del hecho']
    """
    return make_examined(BLIND359, truth, seed=seed)
