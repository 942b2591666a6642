"""Examiner sample set ``blind176`` (files ``*_fv.*``): five regional and international desks.

Five bodies that compile incident lists on trafficking in human beings and the smuggling of
migrants for the Mediterranean, Europe and the Americas, each writing its export the way its
own tools and staff would:

``pam_cgs_fv.xlsx``
    Parliamentary Assembly of the Mediterranean, Centre for Global Studies (English). A
    spreadsheet kept by hand: real Excel dates, a few dates typed as text ("17 May 2023",
    "May 2023") or left as bare serial numbers, numeric counts with "n/k" and "none" typed in,
    latitude and longitude as numbers with four decimals. First reports of the events
    detected in Italy, Greece and Spain.
``cepal_celade_fv.csv``
    ECLAC / CEPAL, Latin American and Caribbean Demographic Centre (CELADE), migration area
    (Spanish). An R ``write.csv2`` export: UTF-8 without BOM, ``;``, decimal commas,
    snake_case headers, ``NA`` in every missing cell, ISO dates (``2023-05``, ``T2 2023``
    when only the month or quarter is known), the country of detection as a UN M49 numeric
    code, "NNA" for children. First reports of Panama and the United States.
``apce_migrations_fv.csv``
    Parliamentary Assembly of the Council of Europe (APCE), secretariat of the Committee on
    Migration, Refugees and Displaced Persons (French). Excel "CSV (séparateur: point-virgule)":
    cp1252, ``;``, CRLF; day-first dates, "mai 2023" for a month; French country names;
    rows pasted from a UTF-8 page show mojibake ("Ã‰rythrÃ©e", "irrÃ©guliers"); positions
    in degrees-minutes-seconds; "aucun", "n.c.";
    "MNA" for unaccompanied minors; "aide à l'entrée et au séjour irréguliers" for smuggling.
    First reports of France (the Channel).
``cei_secretariat_fv.jsonl``
    Central European Initiative, Executive Secretariat (Trieste), incident database export
    (English keys): ISO alpha-3 codes (some alpha-2), ISO dates and timestamps, the MySQL
    zero date ``0000-00-00`` for a broken date, enumeration words (``SOM``, ``THB``, ``UAM``),
    a route string ``TUR > BGR > SRB``, a ``geo_point`` "lat,lon" with ``0,0`` for no
    position, JSON ``null`` counts, rows re-sent by an overlapping page of the export. First
    reports of Croatia and Poland.
``unicri_fv.csv``
    UN Interregional Crime and Justice Research Institute (Turin), the compilation (English).
    Excel "Unicode Text": UTF-16 with BOM, tab-separated; UN official country names ("Syrian
    Arab Republic", "Iran (Islamic Republic of)"); the UN table conventions ".." (not
    available) and "-" (nil); day-first dates, "17-May-23" and "Q2 2023". First reports of
    what no other desk reports (the United Kingdom), and second reports of many others.

Every written cell is described in the truth: what a careful analyst reads from it (a
"NA", "n/k", "..", ``null`` or ``0,0`` is read as not known; "-" in a UN table as nil).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind176"]

_Rng = np.random.Generator

_EN_MONTHS: Final = (
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
_FR_MONTHS: Final = (
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

# iso3 -> (English short name, French, Spanish, UN official English name)
_NAMES: Final[dict[str, tuple[str, str, str, str]]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgaria"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnia and Herzegovina",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarus"),
    "CHN": ("China", "Chine", "China", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Côte d'Ivoire"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroon"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Germany"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algeria"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egypt"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spain"),
    "FRA": ("France", "France", "Francia", "France"),
    "GBR": (
        "United Kingdom",
        "Royaume-Uni",
        "Reino Unido",
        "United Kingdom of Great Britain and Northern Ireland",
    ),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greece"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatia"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungary"),
    "IRN": ("Iran", "Iran", "Irán", "Iran (Islamic Republic of)"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraq"),
    "ITA": ("Italy", "Italie", "Italia", "Italy"),
    "LBY": ("Libya", "Libye", "Libia", "Libya"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Morocco"),
    "MEX": ("Mexico", "Mexique", "México", "Mexico"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "North Macedonia"),
    "MLI": ("Mali", "Mali", "Malí", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger", "Niger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistan"),
    "PAN": ("Panama", "Panama", "Panamá", "Panama"),
    "POL": ("Poland", "Pologne", "Polonia", "Poland"),
    "ROU": ("Romania", "Roumanie", "Rumania", "Romania"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian Federation"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian Arab Republic"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisia"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "Türkiye"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "United States of America"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela (Bolivarian Republic of)"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam", "Viet Nam"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemen"),
}
_NAME_COL: Final = {"en": 0, "fr": 1, "es": 2, "un": 3}
# Everyday names a desk's staff write instead of the short name.
_ALIASES: Final[dict[str, dict[str, str]]] = {
    "en": {
        "TUR": "Turkey",
        "CIV": "Ivory Coast",
        "GBR": "UK",
        "USA": "USA",
        "VNM": "Vietnam",
        "BIH": "Bosnia",
        "GMB": "The Gambia",
        "RUS": "Russian Federation",
        "SYR": "Syrian Arab Rep.",
    },
    "fr": {
        "GBR": "Grande-Bretagne",
        "USA": "USA",
        "VNM": "Vietnam",
        "BLR": "Bélarus",
        "CIV": "Cote d'Ivoire",
    },
    "es": {
        "USA": "EE.UU.",
        "GBR": "Gran Bretaña",
        "VNM": "Viet Nam",
        "VEN": "Venezuela (República Bolivariana de)",
        "CHN": "República Popular China",
    },
}
# Small slips of the keyboard; each still reads as one country only.
_TYPOS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "BGD": "Bangaldesh",
        "PAK": "Pakisthan",
        "TUN": "Tunisa",
        "EGY": "Egpyt",
        "SEN": "Senagal",
        "MAR": "Morrocco",
        "ALB": "Albnia",
        "VNM": "Veit Nam",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "IRQ": "Irack",
        "ERI": "Erythree",
        "VNM": "Viet-nam",
    },
    "es": {
        "VEN": "Venezula",
        "COL": "Colonbia",
        "ECU": "Ecuardor",
        "HND": "Hondura",
        "GTM": "Guatamala",
        "MEX": "Mejico",
    },
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the set: what the shared machinery reads, and its own wording.

    Attributes
    ----------
    names : str
        Which country names its staff write (``"en"``, ``"fr"``, ``"es"`` or ``"un"``).
    country_styles : tuple of (str, float)
        How a country cell is written, with weights: ``name``, ``plain`` (accents dropped),
        ``upper``, ``lower``, ``alias``, ``typo``, ``mojibake``, ``iso2``, ``iso3``,
        ``iso3_lower``.
    detection_m49 : bool
        Whether the country of detection is written as its UN M49 numeric code.
    date_styles : tuple of (str, float)
        Date styles with weights (see :func:`_date_cell`); partial ones only where allowed.
    coords : str
        ``"number"`` (two numeric cells), ``"dot"``, ``"comma"`` (two text cells),
        ``"geo_point"`` ("lat,lon") or ``"dms"`` (degrees, minutes, seconds).
    missing : str or None
        What the export writes in an empty cell (``"NA"`` for R), or None.
    words : dict
        Column -> canonical word -> the desk's wordings (first the usual one).
    not_known : str
        The desk's word for a category it does not know (age group, transport, sex).
    count_unknown : str or None
        The desk's word for a count it does not know (None: the cell is left empty).
    zero : str or None
        The desk's word for no suspect (None: it writes 0).
    thousands : str or None
        Thousands separator of large counts in text cells (None: never written).
    transit_sep : str
        Separator of the transit countries, in order.
    offence_sep : str
        Separator of the linked offences.
    case_rate : float
        Share of text cells with odd case or spacing.
    pasted_rate : float
        Share of rows pasted from a UTF-8 page into the desk's cp1252 sheet: their
        accented words and names show as mojibake ("Érythrée" -> "Ã‰rythrÃ©e").
    """

    names: str
    country_styles: tuple[tuple[str, float], ...]
    detection_m49: bool
    date_styles: tuple[tuple[str, float], ...]
    coords: str
    missing: str | None
    words: dict[str, dict[str, tuple[str, ...]]]
    not_known: str
    count_unknown: str | None
    zero: str | None
    thousands: str | None
    transit_sep: str
    offence_sep: str
    case_rate: float
    pasted_rate: float = 0.0


_PAM = Agency(
    source="pam_cgs_fv",
    filename="pam_cgs_fv.xlsx",
    ref="CGS/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "PAM-CGS ref.",
        "event_date": "Date of incident",
        "crime_type": "Crime category",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Persons involved",
        "n_suspects": "Alleged smugglers / traffickers",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Main nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of interception",
        "transit_countries": "Transit route",
        "transport_mode": "Mode",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Associated offences",
    },
    note="Source: PAM CGS compilation of member parliaments' and open-source reports. "
    "Figures provisional.",
    total="TOTAL",
    bad_count=("several", "dozens", "tbc"),
    repeats=False,
    names="en",
    country_styles=(
        ("name", 0.8),
        ("alias", 0.07),
        ("typo", 0.04),
        ("iso3", 0.04),
        ("upper", 0.03),
        ("lower", 0.02),
    ),
    detection_m49=False,
    date_styles=(("excel", 0.72), ("serial", 0.05), ("long_en", 0.16), ("month_en", 0.07)),
    coords="number",
    missing=None,
    words={
        "crime_type": {
            "smuggling": ("Smuggling of migrants", "Migrant smuggling", "SOM"),
            "trafficking": ("Trafficking in persons", "TIP"),
            "both": ("TIP & SOM", "Trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour", "Labour exploitation"),
            "forced_criminality": ("Forced criminality", "Forced criminal activities"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "Men"),
            "female": ("Female", "Women"),
            "mixed": ("Mixed", "Men & women"),
        },
        "age_group": {
            "adult": ("Adults",),
            "child": ("Minors", "UASC"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Sea (boat)"),
            "land": ("Land",),
            "air": ("Air",),
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
    not_known="n/k",
    count_unknown="n/k",
    zero="none",
    thousands=",",
    transit_sep=", ",
    offence_sep="; ",
    case_rate=0.04,
)

_CEPAL = Agency(
    source="cepal_celade_fv",
    filename="cepal_celade_fv.csv",
    ref="CEL-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "id_evento",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "finalidad_explotacion",
        "n_persons": "n_personas",
        "n_suspects": "n_presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion_m49",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="Total general",
    bad_count=("varios", "decenas"),
    repeats=False,
    names="es",
    country_styles=(("name", 0.82), ("plain", 0.08), ("alias", 0.05), ("typo", 0.05)),
    detection_m49=True,
    date_styles=(("iso", 0.86), ("month_iso", 0.08), ("quarter_t", 0.06)),
    coords="comma",
    missing="NA",
    words={
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes",),
            "trafficking": ("Trata de personas",),
            "both": ("Trata de personas y tráfico ilícito de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas de explotación",),
        },
        "gender": {
            "male": ("Hombres",),
            "female": ("Mujeres",),
            "mixed": ("Ambos sexos",),
        },
        "age_group": {
            "adult": ("Adultos",),
            "child": ("NNA", "Niñas, niños y adolescentes"),
            "mixed": ("Adultos y NNA",),
        },
        "transport_mode": {
            "sea": ("Marítimo",),
            "land": ("Terrestre",),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known="NA",
    count_unknown="NA",
    zero=None,
    thousands=None,
    transit_sep=", ",
    offence_sep=" / ",
    case_rate=0.0,
)

_APCE = Agency(
    source="apce_migrations_fv",
    filename="apce_migrations_fv.csv",
    ref="AS/MIG/{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Auteurs présumés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position (DMS)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, compilées par le secrétariat de la commission",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=True,
    names="fr",
    country_styles=(
        ("name", 0.86),
        ("mojibake", 0.02),
        ("alias", 0.04),
        ("typo", 0.03),
        ("iso2", 0.02),
        ("upper", 0.03),
    ),
    detection_m49=False,
    date_styles=(("dmy", 0.8), ("long_fr", 0.12), ("month_fr", 0.08)),
    coords="dms",
    missing=None,
    words={
        "crime_type": {
            "smuggling": (
                "Trafic illicite de migrants",
                "Aide à l'entrée et au séjour irréguliers",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("Traite et trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes",),
            "female": ("femmes",),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("adultes", "majeurs"),
            "child": ("mineurs", "MNA"),
            "mixed": ("adultes et mineurs",),
        },
        "transport_mode": {
            "sea": ("maritime", "small boat"),
            "land": ("terrestre", "poids lourd"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    not_known="non précisé",
    count_unknown="n.c.",
    zero="aucun",
    thousands="\u00a0",
    transit_sep=" - ",
    offence_sep=", ",
    case_rate=0.04,
    pasted_rate=0.12,
)

_CEI = Agency(
    source="cei_secretariat_fv",
    filename="cei_secretariat_fv.jsonl",
    ref="CEI-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "record_uid",
        "event_date": "detected_at",
        "crime_type": "offence_category",
        "exploitation": "exploitation_purpose",
        "n_persons": "persons_count",
        "n_suspects": "facilitators_count",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "citizenship_iso",
        "origin_country": "origin_iso",
        "destination_country": "destination_iso",
        "detection_country": "detection_state_iso",
        "transit_countries": "route_iso",
        "transport_mode": "transport",
        "coordinates": "geo_point",
        "linked_offences": "related_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("TBC", "see narrative"),
    repeats=True,
    names="en",
    country_styles=(("iso3", 0.86), ("iso2", 0.1), ("iso3_lower", 0.04)),
    detection_m49=False,
    date_styles=(("iso", 0.62), ("iso_dt", 0.32), ("month_iso", 0.06)),
    coords="geo_point",
    missing=None,
    words={
        "crime_type": {
            "smuggling": ("SOM",),
            "trafficking": ("THB",),
            "both": ("THB/SOM",),
        },
        "exploitation": {
            "sexual": ("SEXUAL",),
            "forced_labour": ("LABOUR",),
            "forced_criminality": ("CRIMINAL_ACTIVITIES",),
            "organ_removal": ("ORGAN_REMOVAL",),
            "forced_marriage": ("FORCED_MARRIAGE",),
            "other": ("OTHER",),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("MIXED",)},
        "age_group": {"adult": ("ADULT",), "child": ("MINOR", "UAM"), "mixed": ("MIXED",)},
        "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
        "linked_offences": {
            "document_fraud": ("DOC_FRAUD",),
            "corruption": ("CORRUPTION",),
            "money_laundering": ("MONEY_LAUNDERING",),
            "illicit_goods": ("ILLICIT_GOODS",),
            "cybercrime": ("CYBERCRIME",),
            "terrorism": ("TERRORISM",),
        },
    },
    not_known="UNK",
    count_unknown=None,
    zero=None,
    thousands=None,
    transit_sep=" > ",
    offence_sep=",",
    case_rate=0.0,
)

_UNICRI = Agency(
    source="unicri_fv",
    filename="unicri_fv.csv",
    ref="UNICRI/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of detection",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "Victims / smuggled migrants",
        "n_suspects": "Offenders",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of detection",
        "transit_countries": "Countries of transit",
        "transport_mode": "Means of transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related crimes",
    },
    note="Note: compiled from open sources and national focal points; not official statistics.",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=False,
    names="un",
    country_styles=(
        ("name", 0.78),
        ("alias", 0.08),
        ("typo", 0.04),
        ("iso3", 0.06),
        ("upper", 0.04),
    ),
    detection_m49=False,
    date_styles=(("dmy", 0.76), ("dmy_mon", 0.15), ("quarter_q", 0.09)),
    coords="dot",
    missing=None,
    words={
        "crime_type": {
            "smuggling": ("Smuggling of migrants",),
            "trafficking": ("Trafficking in persons", "Trafficking in human beings"),
            "both": ("Trafficking in persons and smuggling of migrants",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Exploitation of the prostitution of others"),
            "forced_labour": ("Forced labour or services",),
            "forced_criminality": ("Exploitation in criminal activities",),
            "organ_removal": ("Removal of organs",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other forms of exploitation",),
        },
        "gender": {
            "male": ("Male",),
            "female": ("Female",),
            "mixed": ("Male and female",),
        },
        "age_group": {
            "adult": ("Adults (18+)",),
            "child": ("Children (<18)",),
            "mixed": ("Adults and children",),
        },
        "transport_mode": {
            "sea": ("Maritime", "By sea"),
            "land": ("Land", "By land"),
            "air": ("Air", "By air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money-laundering",),
            "illicit_goods": ("Trafficking in illicit goods",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known="Not reported",
    count_unknown="..",
    zero="-",
    thousands=",",
    transit_sep="; ",
    offence_sep=", ",
    case_rate=0.03,
)

#: The five desks of the set, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (_PAM, _CEPAL, _APCE, _CEI, _UNICRI)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _plain(text: str) -> str:
    """Drop the accents of ``text`` ("México" -> "Mexico")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _country_form(src: Agency, iso: str, style: str) -> tuple[str, str | None]:
    """Write one country in ``style``; return (text, tag or None when the plain name)."""
    lang = "en" if src.names == "un" else src.names
    name = _NAMES[iso][_NAME_COL[src.names]]
    out: tuple[str, str | None] = (name, "un_name" if src.names == "un" else None)
    if style == "plain":
        out = (_plain(name), "no_accent") if _plain(name) != name else out
    elif style == "upper":
        out = (name.upper(), "case")
    elif style == "lower":
        out = (name.lower(), "case")
    elif style == "alias" and iso in _ALIASES[lang]:
        out = (_ALIASES[lang][iso], "alias")
    elif style == "typo" and iso in _TYPOS[lang]:
        out = (_TYPOS[lang][iso], "typo")
    elif style == "mojibake":
        garbled = mojibake(name)
        out = (garbled, "mojibake") if garbled is not None else out
    elif style == "iso2":
        out = (iso_codes(iso)[0], "iso2")
    elif style == "iso3":
        out = (iso, "iso3")
    elif style == "iso3_lower":
        out = (iso.lower(), "iso3")
    if not fits(out[0], src):
        return name, None
    return out


def _country(src: Agency, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    if col == "detection_country" and src.detection_m49:
        tags.append("m49:detection_country")
        return iso_codes(iso)[1]
    text, tag = _country_form(src, iso, _weighted(rng, src.country_styles))
    if tag is not None:
        tags.append(f"{tag}:{col}")
    return text


def _transit(src: Agency, value: str, rng: _Rng, tags: list[str]) -> str:
    style = _weighted(rng, src.country_styles)
    parts = []
    for iso in value.split("|"):
        text, tag = _country_form(src, iso, style)
        if tag is not None and f"{tag}:transit_countries" not in tags:
            tags.append(f"{tag}:transit_countries")
        parts.append(text)
    return src.transit_sep.join(parts)


def _word(src: Agency, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    forms = src.words[col][value]
    text = forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])
    if src.case_rate and rng.random() < src.case_rate:
        kind = int(rng.integers(3))
        text = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
        tags.append(f"case:{col}")
    return text


def _date_cell(style: str, ts: pd.Timestamp) -> object:
    """Write ``ts`` in one of the desks' date styles.

    ``excel`` is a real spreadsheet date; ``serial`` its bare serial number; ``dmy``
    "17/05/2023"; ``iso`` "2023-05-17"; ``iso_dt`` "2023-05-17T08:40:00Z"; ``long_en``
    "17 May 2023"; ``long_fr`` "17 mai 2023"; ``dmy_mon`` "17-May-23"; ``month_en``
    "May 2023"; ``month_fr`` "mai 2023"; ``month_iso`` "2023-05"; ``quarter_q``
    "Q2 2023"; ``quarter_t`` "T2 2023".
    """
    m = ts.month - 1
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts - pd.Timestamp("1899-12-30")).days)
    forms = {
        "dmy": ts.strftime("%d/%m/%Y"),
        "iso": ts.strftime("%Y-%m-%d"),
        "iso_dt": ts.strftime("%Y-%m-%d") + f"T{(ts.day_of_year * 7) % 17 + 6:02d}:"
        f"{(ts.day * 11) % 60:02d}:00Z",
        "long_en": f"{ts.day} {_EN_MONTHS[m]} {ts.year}",
        "long_fr": f"{ts.day} {_FR_MONTHS[m]} {ts.year}",
        "dmy_mon": f"{ts.day:02d}-{_EN_MONTHS[m][:3]}-{ts.year % 100:02d}",
        "month_en": f"{_EN_MONTHS[m]} {ts.year}",
        "month_fr": f"{_FR_MONTHS[m]} {ts.year}",
        "month_iso": ts.strftime("%Y-%m"),
        "quarter_q": f"Q{ts.quarter} {ts.year}",
        "quarter_t": f"T{ts.quarter} {ts.year}",
    }
    return forms[style]


def _precision(style: str) -> str:
    if style.startswith("month"):
        return "month"
    if style.startswith("quarter"):
        return "quarter"
    return "day"


def _count_text(src: Agency, value: int, rng: _Rng, tags: list[str], col: str) -> object:
    if src.format in ("xlsx", "jsonl"):
        if src.thousands and value >= 1000 and rng.random() < 0.3:  # pasted as text
            tags.append(f"thousands:{col}")
            return f"{value // 1000}{src.thousands}{value % 1000:03d}"
        return value
    if src.thousands and value >= 1000 and rng.random() < 0.8:
        tags.append(f"thousands:{col}")
        return f"{value // 1000}{src.thousands}{value % 1000:03d}"
    return str(value)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write ``value`` in degrees, minutes, whole seconds; return (text, value read)."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    read = (deg + minutes / 60 + seconds / 3600) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{seconds:02d}\" {pos if value >= 0 else neg}", round(read, 6)


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    empty: dict[str, object] = (
        {"coordinates": src.missing} if "coordinates" in src.headers else {"lat": src.missing}
    )
    if "lon" in src.headers:
        empty["lon"] = src.missing
    if blank:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return empty, None, None
    if src.coords == "geo_point" and r < 0.06:
        tags.append("coords_placeholder")
        return {"coordinates": "0,0"}, None, None
    if src.coords == "number":
        a, b = round(lat, 4), round(lon, 4)
        return {"lat": a, "lon": b}, a, b
    if src.coords in ("dot", "comma"):
        a, b = round(lat, 5), round(lon, 5)
        ta, tb = f"{a:.5f}", f"{b:.5f}"
        if src.coords == "comma":
            tags.append("decimal_comma:coordinates")
            ta, tb = ta.replace(".", ","), tb.replace(".", ",")
        return {"lat": ta, "lon": tb}, a, b
    if src.coords == "geo_point":
        a, b = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{a:.5f},{b:.5f}"}, a, b
    tags.append("dms:coordinates")
    ta, a = _dms(lat, "N", "S")
    tb, b = _dms(lon, "E", "W")
    return {"coordinates": f"{ta}, {tb}"}, a, b


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk writes it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    miss = src.missing

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    styles = src.date_styles
    if not partial_ok:
        styles = tuple((k, p) for k, p in styles if _precision(k) == "day")
    style = _weighted(rng, styles)
    cells["event_date"] = _date_cell(style, ts)
    prec = _precision(style)
    exp["date_precision"] = prec
    exp["event_date"] = (
        ts.to_period("M").start_time
        if prec == "month"
        else ts.to_period("Q").start_time
        if prec == "quarter"
        else ts
    )
    if prec != "day":
        tags.append("partial_date")
    if style in ("serial", "iso_dt", "long_en", "long_fr", "dmy_mon"):
        tags.append(f"date_{style}")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = (
        _word(src, "exploitation", str(expl), rng, tags) if expl is not None else miss
    )
    exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:  # the desk's "not known" (JSON null for the database)
        cells["n_persons"] = src.count_unknown
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_text(src, persons, rng, tags, "n_persons")
        exp["n_persons"] = persons

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = miss, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.025:
        cells["n_suspects"] = src.count_unknown
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and src.zero is not None and rng.random() < 0.5:
        cells["n_suspects"], exp["n_suspects"] = src.zero, 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_text(src, suspects, rng, tags, "n_suspects")
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        written = miss if forced_blank == "gender" else src.not_known
        cells["gender"], exp["gender"] = written, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = src.not_known, "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = miss, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col] = _country(src, str(iso), col, rng, tags)
        exp[col] = iso

    transit = ev["transit_countries"]
    cells["transit_countries"] = (
        _transit(src, str(transit), rng, tags) if transit is not None else miss
    )
    exp["transit_countries"] = transit

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(place)

    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        src.offence_sep.join(
            _word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")
        )
        if offences is not None
        else miss
    )
    exp["linked_offences"] = offences
    if src.pasted_rate and rng.random() < src.pasted_rate:
        _paste(src, cells, tags)
    return cells, exp, tags


def _paste(src: Agency, cells: dict[str, object], tags: list[str]) -> None:
    """Garble the row's words and names as a UTF-8 paste into a cp1252 sheet shows them."""
    for col, value in cells.items():
        if col in ("event_date", "coordinates") or not isinstance(value, str):
            continue  # dates and positions were typed in, not pasted
        garbled = mojibake(value)
        if garbled is not None and fits(garbled, src):
            cells[col] = garbled
            tags.append(f"mojibake:{col}")


def _shifted_year(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    try:
        return ts.replace(year=ts.year + years)
    except ValueError:  # 29 February
        return ts.replace(year=ts.year + years, day=28)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: empty, impossible, or ten years ahead."""
    if kind == "no_date":
        return src.missing
    if kind == "future_date":  # "2023" typed "2033"
        later = _shifted_year(ts, 10)
        style = src.date_styles[0][0]
        return _date_cell(style, later)
    impossible = {
        "pam_cgs_fv": f"31 June {ts.year}",
        "cepal_celade_fv": f"{ts.year}-02-30",
        "apce_migrations_fv": f"30/02/{ts.year}",
        "cei_secretariat_fv": "0000-00-00",
        "unicri_fv": f"31/04/{ts.year}",
    }
    return impossible[src.source]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of its last event."""
    return _date_cell(src.date_styles[0][0], last)


#: The variant: who reports what first, who reports it again, and how each desk writes.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ITA": _PAM.source,
        "GRC": _PAM.source,
        "ESP": _PAM.source,
        "PAN": _CEPAL.source,
        "USA": _CEPAL.source,
        "FRA": _APCE.source,
        "HRV": _CEI.source,
        "POL": _CEI.source,
    },
    compilation=_UNICRI.source,
    secondary={
        ("cmed", "ITA"): _UNICRI.source,
        ("thb_nga_ita", "ITA"): _UNICRI.source,
        ("thb_rou_esp", "ITA"): _CEI.source,
        ("emed", "GRC"): _APCE.source,
        ("wmed", "ESP"): _APCE.source,
        ("watl", "ESP"): _APCE.source,
        ("thb_rou_esp", "ESP"): _UNICRI.source,
        ("wbal", "HRV"): _UNICRI.source,
        ("blr_pol", "POL"): _APCE.source,
        ("channel", "FRA"): _UNICRI.source,
        ("channel", "GBR"): _APCE.source,
        ("thb_vnm_gbr", "GBR"): _APCE.source,
        ("darien", "PAN"): _UNICRI.source,
        ("us_mex", "USA"): _UNICRI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=176,
    blank_share=0.3,
)


def make_blind176(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind176`` set (files ``*_fv.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``pam_cgs_fv.xlsx`` (English), ``cepal_celade_fv.csv`` (Spanish, UTF-8, ``;``),
        ``apce_migrations_fv.csv`` (French, cp1252, ``;``), ``cei_secretariat_fv.jsonl``
        (English keys) and ``unicri_fv.csv`` (English, UTF-16, tab), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind176(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pam_cgs_fv.xlsx', 'cepal_celade_fv.csv', 'apce_migrations_fv.csv',
     'cei_secretariat_fv.jsonl', 'unicri_fv.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[1:3]]
    [('utf-8', ';'), ('cp1252', ';')]
    >>> subs[4].frame.columns[:3].tolist()
    ['Case ID', 'Date of detection', 'Offence']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
