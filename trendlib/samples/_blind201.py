"""Examiner sample set ``blind201`` (files ``*_gu.*``): desks that follow seasonal workers.

Five agencies that watch migrant and seasonal farm work write the true events their own
way. None of them was used by an earlier sample set.

``ccoo_cite_gu.csv``
    CCOO's *Centros de Información para Trabajadores Extranjeros* (CITE), the union's
    advice centres for migrant workers (Huelva's strawberry *temporeras* hired in origin
    under GECCO, Almería's greenhouses, and the centres of Ceuta, Melilla and the Canary
    Islands that meet new arrivals). Spanish; the case register saved from Excel on a
    Spanish Windows desktop: cp1252, ``;``, CRLF, day-first dates, ``1.234`` thousands,
    demonyms (``marroquí``), names typed without accents or upper-case, and a batch of
    names garbled by an import from a UTF-8 system (``RumanÃ­a``). Reports Spain.
``ela_inspections_gu.xlsx``
    The European Labour Authority's desk for concerted and joint inspections and the
    EMPACT THB labour-exploitation action days, compiling what the national contact points
    send. English; XLSX with real Excel dates, a few cells that lost their date format
    (serial numbers) or were typed as text, quarter-only returns (``Q2 2023``), EU
    country codes (``EL`` for Greece, ``UK``), names pasted from a CSV opened in the wrong
    encoding (``TÃ¼rkiye``), coordinates as a ``lat, lon`` pair or in degrees, minutes
    and seconds. Reports Italy, Greece, Croatia and Poland, and again Spain's cases of
    Romanian workers (cross-border inspections).
``workrights_uk_gu.csv``
    The Work Rights Centre (London), advising migrant workers, Seasonal Worker visa
    holders among them, and people exploited after a Channel crossing. English; a
    case-management export in UTF-8 with BOM, ``,``; UK dates (``17/05/2023``,
    ``17 May 2023``, ``17-May-23``); demonyms (``Vietnamese``); ``Kurdish`` where the
    caseworker noted an ethnicity, not a nationality (read: nationality unknown); ages in
    years for single clients; ``approx. 40``; ``Not known``. No coordinates. Reports the
    United Kingdom.
``cncdh_rapporteur_gu.csv``
    France's *Commission nationale consultative des droits de l'homme* as independent
    national rapporteur on trafficking, compiling the services' returns. French; an Excel
    "Texte Unicode" save: UTF-16 with BOM, tab-separated; ``mai 2023`` and ``T2 2023``
    returns; ``1 234`` with a narrow space; ``mis en cause`` for suspects, ``NC``, ``aucun``;
    coordinates with a decimal comma. Reports France, and again UK cases it hears of.
``solidarity_center_gu.jsonl``
    The Solidarity Center (AFL-CIO) Americas programme, whose field staff log incidents
    against migrant workers (H-2A recruits, Darién crossings) in a KoboToolbox form. JSON
    lines, UTF-8, snake_case keys; ISO dates, ``2023-05`` and ``2023-Q2``; ISO alpha-3,
    UN M49 numbers and Spanish names beside English ones; Kobo geopoints
    (``lat lon altitude accuracy``). The compilation source: every event no other
    source reports first (the United States and Panama).

Every written row is described in the truth; a cell a careful analyst cannot read (an
ethnicity for a nationality, ``s/d``, ``NC``, ``Not known``) expects nothing (or
``unknown``) and says so in its messiness tags.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
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

__all__ = ["EXAMINER", "SOURCES", "BlindSource", "make_blind201"]

_Rng = np.random.Generator
_LANG = {"en": 0, "fr": 1, "es": 2}
_EXCEL_EPOCH = dt.date(1899, 12, 30)

# --------------------------------------------------------------------------------------
# Words: countries (English, French, Spanish), demonyms, aliases, places
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
    "CIV": ("Côte d’Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
#: Other names each language's clerks use for a country (all unambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "IRN": ("Islamic Republic of Iran",),
        "MKD": ("Republic of North Macedonia",),
        "GIN": ("Guinea-Conakry",),
        "GMB": ("The Gambia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("RCI",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("R. Unido",),
        "CIV": ("C. de Marfil",),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
    },
}
#: Demonyms written in the nationality column (only where they name one country).
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "ROU": "Romanian",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {
        "DZA": "argelina",
        "GMB": "gambiana",
        "CIV": "marfileña",
        "MAR": "marroquí",
        "MLI": "maliense",
        "ROU": "rumana",
        "SEN": "senegalesa",
    },
}
#: The EU's own two-letter codes where they differ from ISO (Greece, United Kingdom).
_EU_CODES = {"GRC": "EL", "GBR": "UK"}
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve")  # fmt: skip

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}  # fmt: skip

_W = dict[str, tuple[str, ...]]  # canonical word -> the agency's variants (first = usual)


@dataclass(frozen=True)
class BlindSource(ExaminerSource):
    """One agency of ``blind201``: the shared fields plus how it writes each cell.

    Attributes
    ----------
    day_styles : tuple of (str, float)
        Date styles of a full date and their weights (keys of :func:`_date_cell`).
    partial_styles : tuple of (str, float)
        Month- or quarter-only styles, used at ``partial_rate`` when allowed.
    partial_rate : float
        Share of rows (outside a duplicated pair) dated by month or quarter only.
    country_styles : tuple of (str, float)
        How a country cell is written (``name``, ``upper``, ``ascii``, ``iso2``, ``eu2``,
        ``iso3``, ``m49``, ``alias``, ``typo``, ``mojibake``, ``es_name``).
    demonym_rate : float
        Share of nationality cells written as a demonym where the agency has one.
    words : dict
        Column -> canonical word -> the agency's words.
    unknown : tuple of str
        The agency's words for "not known".
    count_unknown : tuple of str
        What it writes in a count cell it does not know.
    zero : tuple of str
        What it writes for no suspects (``"0"`` among them).
    thousands : str or None
        Thousands separator of counts of 1,000 and more (None: none).
    transit_sep : str
        Separator of transit countries.
    transit_styles : tuple of (str, float)
        Country styles of transit lists.
    offence_sep : str
        Separator of linked offences.
    smuggling_expl : tuple of str
        What it writes for exploitation on a pure smuggling row (``""``: nothing).
    direct : tuple of str
        What it writes for the route when there was no transit (``""``: nothing).
    coords : str or None
        ``"pair"``, ``"dms_pair"``, ``"kobo"``, ``"comma"`` (two columns, decimal comma)
        or None (no coordinates kept).
    coord_rate : float
        Share of rows whose coordinates were recorded.
    places : dict
        Truth hotspot -> what the agency writes in its place column.
    """

    day_styles: tuple[tuple[str, float], ...] = ()
    partial_styles: tuple[tuple[str, float], ...] = ()
    partial_rate: float = 0.0
    country_styles: tuple[tuple[str, float], ...] = (("name", 1.0),)
    demonym_rate: float = 0.0
    words: Mapping[str, _W] = field(default_factory=dict)
    unknown: tuple[str, ...] = ("unknown",)
    count_unknown: tuple[str, ...] = ("unknown",)
    zero: tuple[str, ...] = ("0",)
    thousands: str | None = None
    transit_sep: str = ", "
    transit_styles: tuple[tuple[str, float], ...] = (("name", 1.0),)
    offence_sep: str = ", "
    smuggling_expl: tuple[str, ...] = ("",)
    direct: tuple[str, ...] = ("",)
    coords: str | None = None
    coord_rate: float = 0.0
    places: Mapping[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_CCOO = BlindSource(
    source="ccoo_cite",
    filename="ccoo_cite_gu.csv",
    ref="CITE/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expte.",
        "event_date": "Fecha hechos",
        "place": "Provincia",
        "crime_type": "Tipología",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países tránsito",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transport_mode": "Medio",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validar por la Secretaría Confederal",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    day_styles=(("dmy", 0.82), ("dmy2", 0.1), ("dmy_dash", 0.08)),
    partial_styles=(("month_name", 1.0),),
    partial_rate=0.03,
    country_styles=(
        ("name", 0.7),
        ("upper", 0.12),
        ("ascii", 0.07),
        ("iso2", 0.03),
        ("alias", 0.02),
        ("typo", 0.03),
        ("mojibake", 0.03),
    ),
    demonym_rate=0.25,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento inmigración irregular",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH + tráfico ilícito"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otras formas", "Otra"),
        },
        "gender": {
            "female": ("Mujeres", "mujeres"),
            "male": ("Hombres", "Varones"),
            "mixed": ("Ambos sexos", "Mixto", "Hombres y mujeres"),
        },
        "gender_one": {"female": ("Mujer",), "male": ("Hombre", "Varón")},
        "age_group": {
            "child": ("Menores", "Menores no acompañados", "Menor de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Embarcación neumática", "Marítimo"),
            "land": ("Terrestre", "A pie", "Vehículo (doble fondo)"),
            "air": ("Avión", "Aérea"),
        },
        "transport_canarias": {"sea": ("Cayuco", "Cayuco", "Neumática")},
        "transport_campo": {"land": ("Autobús", "Furgoneta", "Terrestre")},
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
            "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("s/d", "Desconocido", "No consta"),
    count_unknown=("s/d", "No consta"),
    zero=("0", "Ninguno", "0"),
    thousands=".",
    transit_sep=" - ",
    transit_styles=(("name", 0.85), ("upper", 0.1), ("ascii", 0.05)),
    offence_sep=", ",
    smuggling_expl=("", "No procede"),
    direct=("", "", "Directo"),
    coords=None,
    places={
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
        "Almería": "Almería",
        "Almería (El Ejido)": "Almería (El Ejido)",
        "Gran Canaria": "Las Palmas",
        "Lanzarote": "Las Palmas (Lanzarote)",
        "Tenerife": "S.C. Tenerife",
        "El Hierro": "S.C. Tenerife (El Hierro)",
        "Huelva": "Huelva",
    },
)

_ELA = BlindSource(
    source="ela_inspections",
    filename="ela_inspections_gu.xlsx",
    ref="ELA-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of detection",
        "detection_country": "Member State",
        "crime_type": "Crime area",
        "exploitation": "Form of exploitation",
        "n_persons": "Persons concerned",
        "n_suspects": "Suspects identified",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Intended destination",
        "transport_mode": "Modus (transport)",
        "coordinates": "GPS",
        "linked_offences": "Associated offences",
    },
    note="Note: as reported by the national contact points; not validated by ELA",
    total="Total",
    bad_count=("several", "multiple", "group"),
    repeats=True,
    day_styles=(("xl", 0.84), ("dmy", 0.1), ("serial", 0.06)),
    partial_styles=(("quarter", 0.6), ("month_name", 0.4)),
    partial_rate=0.05,
    country_styles=(
        ("name", 0.62),
        ("eu2", 0.2),
        ("alias", 0.08),
        ("upper", 0.04),
        ("mojibake", 0.06),
    ),
    words={
        "crime_type": {
            "trafficking": ("THB", "Trafficking in human beings"),
            "smuggling": ("Migrant smuggling", "Facilitation of irregular migration"),
            "both": ("THB / migrant smuggling", "THB + MS"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour or services"),
            "forced_criminality": (
                "Forced criminal activities",
                "Exploitation of criminal activities",
            ),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Removal of organs",),
            "other": ("Other forms",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Both"),
        },
        "age_group": {
            "child": ("Minor", "U18", "Child"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults and minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Maritime", "Boat"),
            "land": ("Land", "Green border", "Road"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Trafficking in illicit goods", "Drug trafficking"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Unknown", "n/k", "Not reported"),
    count_unknown=("n/k", "Not reported"),
    zero=("0",),
    thousands=None,
    transit_sep=", ",
    transit_styles=(("eu2", 0.7), ("name", 0.3)),
    offence_sep="; ",
    smuggling_expl=("N/A", "N/A", ""),
    direct=("",),
    coords="dms_pair",
    coord_rate=0.7,
)

_WRC = BlindSource(
    source="workrights_uk",
    filename="workrights_uk_gu.csv",
    ref="WRC{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date of incident",
        "place": "Location",
        "crime_type": "Issue",
        "exploitation": "Exploitation type",
        "n_persons": "No. of workers/people",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route",
        "destination_country": "Destination",
        "detection_country": "Country identified in",
        "transport_mode": "How travelled",
        "linked_offences": "Other offences",
    },
    note="Note: export from the case management system, personal data removed",
    total="Grand total",
    bad_count=("several", "a group", "lots"),
    repeats=True,
    day_styles=(("dmy", 0.6), ("long", 0.3), ("dmon", 0.1)),
    partial_styles=(("month_name", 1.0),),
    partial_rate=0.02,
    country_styles=(("name", 0.78), ("alias", 0.12), ("lower", 0.05), ("typo", 0.05)),
    demonym_rate=0.6,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "Trafficking"),
            "smuggling": ("People smuggling", "Smuggling", "Facilitation (illegal entry)"),
            "both": ("Smuggling & modern slavery", "Trafficking + smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
            "forced_criminality": (
                "Criminal exploitation",
                "Cannabis farm (criminal exploitation)",
            ),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Men & women"),
        },
        "age_group": {
            "child": ("Child", "Under 18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Dinghy", "Boat"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Flight", "Plane"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false documents"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Not known", "Unknown", "N/K"),
    count_unknown=("Not known", "N/K"),
    zero=("0", "None", "0"),
    thousands=",",
    transit_sep=" > ",
    transit_styles=(("name", 0.9), ("alias", 0.1)),
    offence_sep=", ",
    smuggling_expl=("",),
    direct=("", "Direct"),
    coords=None,
    places={
        "Dover": "Dover, Kent",
        "London": "London",
        "Birmingham": "Birmingham",
        "Glasgow": "Glasgow",
    },
)

_CNCDH = BlindSource(
    source="cncdh_rapporteur",
    filename="cncdh_rapporteur_gu.csv",
    ref="RN-TEH-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "place": "Lieu",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Note : données transmises par les services, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    day_styles=(("dmy", 0.85), ("long", 0.15)),
    partial_styles=(("month_name", 0.5), ("quarter", 0.5)),
    partial_rate=0.06,
    country_styles=(("name", 0.8), ("upper", 0.1), ("alias", 0.05), ("typo", 0.05)),
    demonym_rate=0.5,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Aide à l'entrée et au séjour irréguliers",
            ),
            "both": ("TEH et trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "forced_marriage": ("Mariage forcé",),
            "organ_removal": ("Prélèvement d'organes",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "gender_one": {"female": ("Femme", "F"), "male": ("Homme", "H")},
        "age_group": {
            "child": ("Mineurs", "MNA"),
            "adult": ("Majeurs",),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
            "land": ("Poids lourd", "Camion", "Véhicule léger"),
            "air": ("Aérien", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Fraude documentaire", "Faux documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("NC", "Inconnu", "Non renseigné"),
    count_unknown=("NC", "Non renseigné"),
    zero=("0", "aucun", "0"),
    thousands="\u202f",
    transit_sep=", ",
    transit_styles=(("name", 1.0),),
    offence_sep=" ; ",
    smuggling_expl=("", "Sans objet"),
    direct=("",),
    coords="comma",
    coord_rate=0.6,
    places={
        "Calais": "Calais (62)",
        "Dunkirk/Gravelines": "Gravelines (59)",
        "Dover": "Douvres (Royaume-Uni)",
        "London": "Londres (Royaume-Uni)",
        "Birmingham": "Birmingham (Royaume-Uni)",
        "Glasgow": "Glasgow (Royaume-Uni)",
    },
)

_SC = BlindSource(
    source="solidarity_center",
    filename="solidarity_center_gu.jsonl",
    ref="SC-AMR-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "detection_country": "country",
        "place": "site",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "route_countries",
        "destination_country": "intended_destination",
        "transport_mode": "travel_mode",
        "coordinates": "gps",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "large group"),
    repeats=False,
    day_styles=(("iso", 0.9), ("ymd_slash", 0.1)),
    partial_styles=(("month_iso", 0.6), ("quarter_iso", 0.4)),
    partial_rate=0.06,
    country_styles=(("iso3", 0.45), ("name", 0.3), ("es_name", 0.17), ("m49", 0.08)),
    words={
        "crime_type": {
            "trafficking": ("human trafficking", "trafficking in persons", "TIP"),
            "smuggling": ("migrant smuggling", "smuggling", "tráfico de migrantes"),
            "both": ("smuggling and trafficking",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labor", "labor trafficking"),
            "forced_criminality": ("forced criminality",),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
        },
        "gender": {
            "female": ("female", "women", "F"),
            "male": ("male", "men", "M"),
            "mixed": ("mixed", "men and women"),
        },
        "age_group": {
            "child": ("minor", "children", "NNA"),
            "adult": ("adult", "adults"),
            "mixed": ("adults and minors", "mixed"),
        },
        "transport_mode": {
            "land": ("on foot", "land", "bus", "a pie"),
            "sea": ("boat", "sea", "lancha"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "not recorded", "desconocido"),
    count_unknown=("unknown", "not recorded"),
    zero=("0", "none"),
    thousands=",",
    transit_sep=", ",
    transit_styles=(("iso3", 0.6), ("name", 0.25), ("es_name", 0.15)),
    offence_sep=", ",
    smuggling_expl=("",),
    direct=("",),
    coords="kobo",
    coord_rate=0.85,
    places={
        "Darién gap": "Darién (Panamá)",
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "Lajas Blancas": "ERM Lajas Blancas, Darién",
        "Nogales (Sonora/Arizona)": "Nogales, AZ",
        "Sasabe": "Sasabe, AZ",
        "El Paso": "El Paso, TX",
        "Rio Grande Valley": "Rio Grande Valley, TX",
    },
)

#: The five agencies of ``blind201``, in the order their submissions are returned.
SOURCES: tuple[BlindSource, ...] = (_CCOO, _ELA, _WRC, _CNCDH, _SC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in weights]
    w = np.array([p for _, p in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, a variant otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _typo(text: str) -> str | None:
    """Two middle letters swapped (names of seven letters or more), or None."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _country(
    src: BlindSource,
    code: str,
    rng: _Rng,
    styles: tuple[tuple[str, float], ...],
    tags: list[str],
    col: str,
) -> str:
    """Write one ISO alpha-3 country the agency's way; tag any style but the plain name."""
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    style = _pick(rng, styles)
    out: str | None
    if style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "ascii":
        out = _ascii(name)
    elif style == "iso2":
        out = iso_codes(code)[0]
    elif style == "eu2":
        out = _EU_CODES.get(code, iso_codes(code)[0])
        style = "eu_code" if code in _EU_CODES else "iso2"
    elif style == "iso3":
        out = code
    elif style == "m49":
        out = iso_codes(code)[1]
    elif style == "alias":
        options = _ALIASES[lang].get(code)
        out = choice(rng, options) if options else None
    elif style == "typo":
        out = _typo(name)
    elif style == "mojibake":
        out = mojibake(name)
    elif style == "es_name":
        out = _NAMES[code][2]
    else:
        out = name
    if out is None or out == name:
        return name
    tags.append(f"{style}:{col}")
    return out


def _date_cell(key: str, ts: pd.Timestamp, lang: str) -> object:
    """Write a date in one style: text, or a datetime / serial number for a spreadsheet."""
    month = _MONTHS[lang][ts.month - 1]
    quarter = (ts.month - 1) // 3 + 1
    cells: dict[str, object] = {
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy2": ts.strftime("%d/%m/%y"),
        "dmy_dash": ts.strftime("%d-%m-%Y"),
        "iso": ts.strftime("%Y-%m-%d"),
        "ymd_slash": ts.strftime("%Y/%m/%d"),
        "long": (
            f"{ts.day} de {month} de {ts.year}" if lang == "es" else f"{ts.day} {month} {ts.year}"
        ),
        "dmon": f"{ts.day:02d}-{month[:3]}-{ts.year % 100:02d}",
        "xl": dt.datetime(ts.year, ts.month, ts.day),
        "serial": (dt.date(ts.year, ts.month, ts.day) - _EXCEL_EPOCH).days,
        "month_name": f"{month} {ts.year}",
        "month_iso": ts.strftime("%Y-%m"),
        "quarter": f"Q{quarter} {ts.year}" if lang == "en" else f"T{quarter} {ts.year}",
        "quarter_iso": f"{ts.year}-Q{quarter}",
    }
    return cells[key]


def _count(src: BlindSource, value: int) -> object:
    """Write a count: a number in a spreadsheet or JSON, text in a CSV file."""
    if src.format != "csv":
        return value
    if value >= 1000 and src.thousands is not None:
        return f"{value // 1000}{src.thousands}{value % 1000:03d}"
    return str(value)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}"


def _as_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _as_str(value: object) -> str | None:
    return None if value is None else str(value)


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: BlindSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    lang = src.language
    words = src.words
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])
    expl = _as_str(ev["exploitation"])
    n_persons = _as_int(ev["n_persons"])
    n_suspects = _as_int(ev["n_suspects"])
    hotspot = str(ev["hotspot"])
    exp: dict[str, object] = {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": crime,
        "exploitation": expl if crime != "smuggling" else None,
        "n_persons": n_persons,
        "n_suspects": n_suspects,
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": ev["transport_mode"],
        "lat": ev["lat"],
        "lon": ev["lon"],
        "linked_offences": ev["linked_offences"],
    }

    # Date: the day, or (outside a duplicated pair) a month or quarter return.
    if partial_ok and src.partial_styles and rng.random() < src.partial_rate:
        key = _pick(rng, src.partial_styles)
        cells["event_date"] = _date_cell(key, ts, lang)
        if key.startswith("quarter"):
            exp["event_date"] = ts.to_period("Q").start_time
            exp["date_precision"] = "quarter"
        else:
            exp["event_date"] = ts.to_period("M").start_time
            exp["date_precision"] = "month"
        tags.append("partial_date")
    else:
        key = _pick(rng, src.day_styles)
        cells["event_date"] = _date_cell(key, ts, lang)
        if key == "serial":
            tags.append("serial_date")

    cells["crime_type"] = _word(rng, words["crime_type"][crime])

    # Exploitation: the form on trafficking rows, the agency's "not applicable" otherwise.
    if crime == "smuggling":
        cells["exploitation"] = choice(rng, src.smuggling_expl) or None
    elif expl is not None and rng.random() < 0.025:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    elif expl is not None:
        cells["exploitation"] = _word(rng, words["exploitation"][expl])

    # Persons: a number, a thousands separator, "approx.", or "not known".
    if n_persons is not None:
        r = rng.random()
        if r < 0.012:
            cells["n_persons"] = choice(rng, src.count_unknown)
            exp["n_persons"] = None
            tags.append("count_placeholder")
        elif src.source == "workrights_uk" and n_persons <= 12 and r < 0.06:
            cells["n_persons"] = _EN_NUMBERS[n_persons - 1]  # a caseworker's "two"
            tags.append("count_word")
        elif src.source == "workrights_uk" and n_persons >= 20 and r < 0.08:
            cells["n_persons"] = choice(rng, ("approx. ", "c. ", "around ")) + str(n_persons)
            tags.append("approx_count")
        elif src.format == "jsonl" and n_persons >= 1000 and r < 0.5:
            cells["n_persons"] = f"{n_persons // 1000},{n_persons % 1000:03d}"
            tags.append("thousands:n_persons")
        else:
            cells["n_persons"] = _count(src, n_persons)
            if n_persons >= 1000 and src.format == "csv":
                tags.append("thousands:n_persons")

    # Suspects: a number, a word for none, or "not known".
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif n_suspects is not None:
        r = rng.random()
        if r < 0.03:
            cells["n_suspects"] = choice(rng, src.count_unknown)
            exp["n_suspects"] = None
            tags.append("suspects_placeholder")
        elif n_suspects == 0 and r < 0.5 and any(z != "0" for z in src.zero):
            cells["n_suspects"] = choice(rng, tuple(z for z in src.zero if z != "0"))
            tags.append("zero_word")
        else:
            cells["n_suspects"] = _count(src, n_suspects)

    # Gender (a single person in the singular where the language has it).
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif n_persons == 1 and gender in words.get("gender_one", {}):
        cells["gender"] = _word(rng, words["gender_one"][gender])
    else:
        cells["gender"] = _word(rng, words["gender"][gender])

    # Age group (a caseworker writes a single client's age in years).
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, src.unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    elif src.source == "workrights_uk" and n_persons == 1 and rng.random() < 0.4:
        years = int(rng.integers(14, 18)) if age == "child" else int(rng.integers(19, 48))
        cells["age_group"] = str(years)
        tags.append("age_in_years")
    else:
        cells["age_group"] = _word(rng, words["age_group"][age])

    # Transport, in the words of the place (a cayuco reaches the Canaries).
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, src.unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        table = words["transport_mode"]
        if hotspot in ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"):
            table = {**table, **words.get("transport_canarias", {})}
        if hotspot in ("Huelva", "Almería (El Ejido)"):
            table = {**table, **words.get("transport_campo", {})}
        cells["transport_mode"] = _word(rng, table[mode])

    # Countries.
    nat = _as_str(ev["nationality"])
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif rng.random() < 0.015:
        cells["nationality"] = choice(rng, src.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif src.source == "workrights_uk" and nat in ("IRQ", "IRN") and rng.random() < 0.06:
        cells["nationality"] = "Kurdish"  # an ethnicity: Iraqi or Iranian cannot be told
        exp["nationality"] = None
        tags.extend(["blank_nationality", "ethnicity_word"])
    elif nat in _DEMONYMS[lang] and rng.random() < src.demonym_rate:
        cells["nationality"] = _DEMONYMS[lang][nat]
        tags.append("demonym:nationality")
    else:
        cells["nationality"] = _country(src, nat, rng, src.country_styles, tags, "nationality")

    for col in ("origin_country", "destination_country"):
        code = _as_str(ev[col])
        if code is None:
            cells[col] = None
        elif rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"unknown:{col}")
        else:
            cells[col] = _country(src, code, rng, src.country_styles, tags, col)

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(
            src, det, rng, src.country_styles, tags, "detection_country"
        )
    if "place" in has:  # no place either when the country was left out (it would tell it)
        place = src.places.get(hotspot, hotspot)
        cells["place"] = None if forced_blank == "detection_country" else place

    transit = _as_str(ev["transit_countries"])
    if transit is None:
        cells["transit_countries"] = choice(rng, src.direct) or None
        if cells["transit_countries"] is not None:
            tags.append("direct_word")
    else:
        style = ((_pick(rng, src.transit_styles), 1.0),)  # one style for the whole list
        parts = [_country(src, c, rng, style, tags, "transit") for c in transit.split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)

    # Coordinates.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif src.coords is None or rng.random() >= src.coord_rate:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif src.coords == "dms_pair" and mode == "sea" and rng.random() < 0.3:
        cells["coordinates"] = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        tags.append("coords_dms")
    elif src.coords == "dms_pair":
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    elif src.coords == "kobo":
        alt = round(float(rng.uniform(2, 400)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        cells["coordinates"] = f"{lat:.6f} {lon:.6f} {alt} {acc}"
    else:  # two columns with a decimal comma
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")

    offences = _as_str(ev["linked_offences"])
    if offences is not None:
        cells["linked_offences"] = src.offence_sep.join(
            _word(rng, words["linked_offences"][o]) for o in offences.split("|")
        )

    # A few cells typed in capitals or with stray spaces (the meaning stays).
    for col in ("crime_type", "gender", "transport_mode", "nationality"):
        value = cells.get(col)
        if isinstance(value, str) and rng.random() < 0.04:
            k = int(rng.integers(3))
            cells[col] = value.upper() if k == 0 else f" {value}" if k == 1 else f"{value}  "
            tags.append(f"case:{col}")
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its decade mistyped (2023 -> 2033): in the future."""
    try:
        return ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        return ts.replace(year=ts.year + 10, day=28)


def _bad_date(src: BlindSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: empty, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _date_cell(src.day_styles[0][0], _future(ts), src.language)
    y = ts.year
    impossible = {
        "ccoo_cite": (f"31/02/{y}", f"30/02/{y}"),
        "ela_inspections": (f"31/02/{y}", f"31/04/{y}"),
        "workrights_uk": (f"29 February {y}", f"31/06/{y}"),
        "cncdh_rapporteur": (f"31/04/{y}", f"31/11/{y}"),
        "solidarity_center": (f"{y}-02-30", f"{y}-13-05"),
    }[src.source]
    return choice(rng, impossible)


def _note_date(src: BlindSource, last: pd.Timestamp) -> object:
    """Write the note row's date: the export, a fortnight after the last event."""
    return _date_cell(src.day_styles[0][0], last + pd.Timedelta(days=14), src.language)


#: The variant: who reports which event first, and who again.
EXAMINER: Examiner[BlindSource] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": "ccoo_cite",
        "ITA": "ela_inspections",
        "GRC": "ela_inspections",
        "HRV": "ela_inspections",
        "POL": "ela_inspections",
        "GBR": "workrights_uk",
        "FRA": "cncdh_rapporteur",
    },
    compilation="solidarity_center",
    secondary={
        ("thb_rou_esp", "ESP"): "ela_inspections",  # cross-border inspections with Romania
        ("channel", "GBR"): "cncdh_rapporteur",  # crossings from the French coast
        ("thb_vnm_gbr", "GBR"): "cncdh_rapporteur",  # victims moved through France
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=201_201,
    blank_share=0.35,
)


def make_blind201(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind201`` agencies would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``ccoo_cite_gu.csv`` (Spanish, cp1252, ``;``), ``ela_inspections_gu.xlsx``
        (English), ``workrights_uk_gu.csv`` (English, UTF-8 with BOM, ``,``),
        ``cncdh_rapporteur_gu.csv`` (French, UTF-16, tab) and
        ``solidarity_center_gu.jsonl`` (English keys, UTF-8), each with its truth rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind201(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ccoo_cite_gu.csv', 'ela_inspections_gu.xlsx', 'workrights_uk_gu.csv',
     'cncdh_rapporteur_gu.csv', 'solidarity_center_gu.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['Nº Expte.', 'Fecha hechos', 'Provincia']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
