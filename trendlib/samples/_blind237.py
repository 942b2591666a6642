"""Examiner sample set ``blind237`` (files ``*_ie.*``): five North American agencies.

The set leans to the seasonal guest-worker world of North America (US H-2A/H-2B farms,
Canada's temporary foreign worker programme) and to the desks there that follow the
trafficking and smuggling of migrants: a consular network, a worker-rights research NGO, a
Spanish-language US newsroom, a Montréal criminology database and a private intelligence
feed. Each writes the true events of :func:`trendlib.samples.make_truth` its own way:

``minex_gt_consular_ie.xlsx``
    Ministerio de Relaciones Exteriores de Guatemala, Dirección General de Asuntos
    Consulares y Migratorios: the protection cases its consulates in the United States
    open when a group with Guatemalans among it is intercepted. Spanish (Guatemala),
    Excel workbook, real Excel dates (a few typed as ``dd/mm/aaaa`` text, a few pasted
    as bare serial numbers), nationality as
    a demonym (``guatemalteca``), ``NNA`` for children, ``Tráiler`` for a truck, counts
    as numbers with ``ninguno`` and ``sin dato``, a place column and no coordinates.
    First reports the events detected in the United States.
``telemundo_investiga_ie.csv``
    Noticias Telemundo, investigative and data unit (Miami, with correspondents in Madrid
    and Panama): a shared sheet exported as UTF-8 (no BOM), ``,``-delimited. Spanish,
    ISO dates and ``17 de mayo de 2023``, month-only dates, demonyms in the plural
    (``venezolanos``), US thousands (``1,250``), ``contrabando de personas`` and
    ``coyotaje`` for smuggling, ``patera``/``cayuco``, coordinates as one ``lat, lon``
    cell, routes joined by ``>`` and linked offences written as a Spanish sentence
    (``a, b y c``). First reports Spain and Panama; second reports at the US border.
``cicc_udem_ie.csv``
    Centre international de criminologie comparée (Université de Montréal), incident
    database coded by students: French (Québec) variable names without accents, cp1252,
    ``;``-delimited, CRLF, ISO dates with ``17 mai 2023``, ``T2 2023`` quarters and month
    names, ``s.o.`` (sans objet) for no exploitation, ``passage de clandestins``,
    ``recyclage des produits de la criminalité``, ``Bélarus``, decimal commas, counts with
    a space as thousands separator, some ISO alpha-3 codes and mojibake where UTF-8 text
    was pasted into the cp1252 file. First reports France and Italy; second reports
    in Greece, Croatia, Poland and at Dover.
``verite_incidents_ie.csv``
    Verité (Amherst, Massachusetts), forced-labour incident tracker: US English, saved by
    Excel as "Unicode text" (UTF-16 with BOM, tab-delimited), US month-first dates
    (``05/17/2023``, ``May 17, 2023``, ``May 2023``), ``Labor``/``Sex trafficking``,
    ``UK``/``England``/``Vietnam``/``Turkey``, ``;``-joined transit lists. First
    reports the United Kingdom; second reports labour and sexual exploitation in Spain and
    Italy.
``rane_worldview_ie.jsonl``
    RANE Worldview alert feed: JSON lines, ISO timestamps in UTC, ``Q2 2023`` and
    ``2023-05`` for imprecise alerts, ISO alpha-2 country of the event, ISO alpha-3
    nationality and route as JSON arrays, linked crimes as an array, ``unknown`` counts,
    re-issued alerts (exact repeats). The compilation: it first reports every event no
    other desk does (Greece, Croatia, Poland) and second-reports the busy sea and
    Darién routes.

Every written cell is described in the truth as a careful analyst reads it; cells no one
can read (placeholders, ``N/D``) are planted on purpose with their tags
(``count_placeholder``, ``na_word``, ``blank_gender`` ...).
"""

from __future__ import annotations

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

__all__ = ["BLIND237", "SOURCES", "make_blind237"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Wording shared by the agencies
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (US English, Québec French, Spanish) names.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Bélarus", "Bielorrusia"),
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viet Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Spanish demonyms: ISO alpha-3 -> (feminine singular, masculine plural, masculine singular).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "MEX": ("mexicana", "mexicanos", "mexicano"),
    "GTM": ("guatemalteca", "guatemaltecos", "guatemalteco"),
    "HND": ("hondureña", "hondureños", "hondureño"),
    "VEN": ("venezolana", "venezolanos", "venezolano"),
    "ECU": ("ecuatoriana", "ecuatorianos", "ecuatoriano"),
    "HTI": ("haitiana", "haitianos", "haitiano"),
    "COL": ("colombiana", "colombianos", "colombiano"),
    "CHN": ("china", "chinos", "chino"),
    "SEN": ("senegalesa", "senegaleses", "senegalés"),
    "MLI": ("maliense", "malienses", "maliense"),
    "MAR": ("marroquí", "marroquíes", "marroquí"),
    "GMB": ("gambiana", "gambianos", "gambiano"),
    "GIN": ("guineana", "guineanos", "guineano"),
    "CIV": ("marfileña", "marfileños", "marfileño"),
    "DZA": ("argelina", "argelinos", "argelino"),
    "ROU": ("rumana", "rumanos", "rumano"),
}

#: Small typing slips a clerk makes, by language (ISO alpha-3 -> slip).
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "GTM": "Guatamala",
        "HND": "Hondurass",
        "VEN": "Venezuela.",
        "MEX": "Mexic",
        "SEN": "Senegall",
        "MAR": "Marruecoss",
        "COL": "Colomiba",
        "ESP": "Espana",
        "PAN": "Panama ",
    },
    "en": {
        "VNM": "Veitnam",
        "GBR": "United Kingdon",
        "CHN": "Chnia",
        "FRA": "Frnace",
        "ALB": "Albnia",
        "IRN": "Iran.",
        "ROU": "Romainia",
        "NGA": "Nigera",
        "ESP": "Spian",
        "ITA": "Itlay",
    },
}

_SEA, _LAND, _AIR = "sea", "land", "air"


def _pick(rng: _Rng, words: tuple[str, ...], first: float = 0.65) -> str:
    """Draw the usual word (``words[0]``) with probability ``first``, else another one."""
    if len(words) == 1 or rng.random() < first:
        return words[0]
    return choice(rng, words[1:])


def _strip_accents(text: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")
    return text.translate(table)


def _thousands(n: int, sep: str) -> str:
    """``1250`` -> ``1<sep>250``; numbers below 1000 unchanged."""
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_MINEX = ExaminerSource(
    source="minex_gt_consular",
    filename="minex_gt_consular_ie.xlsx",
    ref="PC-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha del hecho",
        "place": "Lugar",
        "crime_type": "Tipo de caso",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Total de personas",
        "n_suspects": "Presuntos tratantes / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares, sujetos a verificación por la red consular",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=True,
)
_TELEMUNDO = ExaminerSource(
    source="telemundo_investiga",
    filename="telemundo_investiga_ie.csv",
    ref="TLM-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "ID",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Migrantes",
        "n_suspects": "Arrestados",
        "gender": "Sexo",
        "age_group": "Edades",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transit_countries": "Ruta",
        "transport_mode": "Transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: cifras recopiladas de fuentes oficiales, pueden variar",
    total="Total",
    bad_count=("decenas", "varios"),
    repeats=False,
)
_CICC = ExaminerSource(
    source="cicc_udem",
    filename="cicc_udem_ie.csv",
    ref="CICC{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "No_fiche",
        "event_date": "Date_incident",
        "crime_type": "Type_infraction",
        "exploitation": "Forme_exploitation",
        "n_persons": "Nb_personnes",
        "n_suspects": "Nb_suspects",
        "gender": "Sexe",
        "age_group": "Groupe_age",
        "nationality": "Nationalite",
        "origin_country": "Pays_origine",
        "destination_country": "Pays_destination",
        "detection_country": "Pays_detection",
        "transit_countries": "Pays_transit",
        "transport_mode": "Mode_transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions_connexes",
    },
    note="Remarque : extraction partielle de la base, codage en cours",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
)
_VERITE = ExaminerSource(
    source="verite_incidents",
    filename="verite_incidents_ie.csv",
    ref="VR-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date Identified",
        "crime_type": "Case Type",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Alleged Perpetrators",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Country of Destination",
        "detection_country": "Country Where Identified",
        "transit_countries": "Transit Countries",
        "transport_mode": "Means of Transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Crimes",
    },
    note="Note: figures as of export date; cases under review are excluded",
    total="Total",
    bad_count=("multiple", "several"),
    repeats=False,
)
_RANE = ExaminerSource(
    source="rane_worldview",
    filename="rane_worldview_ie.jsonl",
    ref="RANE-{year}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "event_time",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "nationality_iso3",
        "origin_country": "origin_iso3",
        "destination_country": "destination_iso3",
        "detection_country": "country_code",
        "transit_countries": "route_iso3",
        "transport_mode": "transport",
        "coordinates": "geo",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several"),
    repeats=True,
)

#: The set's sources, in the order :func:`make_blind237` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_MINEX, _TELEMUNDO, _CICC, _VERITE, _RANE)

# --------------------------------------------------------------------------------------
# Each agency's words
# --------------------------------------------------------------------------------------
_Words = dict[str, dict[str, tuple[str, ...]]]

_VOCAB: dict[str, _Words] = {
    "minex_gt_consular": {
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas", "Trata"),
            "both": ("Trata y tráfico ilícito", "Trata de personas / tráfico de migrantes"),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino", "Hombres"),
            "female": ("Femenino", "Mujeres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad", "NNA no acompañados"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            _LAND: ("Terrestre", "A pie", "Tráiler"),
            _SEA: ("Marítimo", "Lancha"),
            _AIR: ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Uso de documentos falsificados",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Narcotráfico",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    "telemundo_investiga": {
        "crime_type": {
            "smuggling": ("Tráfico de migrantes", "Contrabando de personas", "Coyotaje"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral",),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Criminalidad forzada",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Hombres",),
            "female": ("Mujeres",),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos",),
            "child": ("Menores", "Niños"),
            "mixed": ("Adultos y menores", "Familias con niños"),
        },
        "transport_mode": {
            _SEA: ("Marítimo", "Patera", "Cayuco"),
            _LAND: ("Terrestre", "A pie"),
            _AIR: ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("ciberdelitos",),
            "terrorism": ("terrorismo",),
        },
    },
    "cicc_udem": {
        "crime_type": {
            "smuggling": ("Passage de clandestins", "Trafic de migrants"),
            "trafficking": ("Traite de personnes", "Traite"),
            "both": ("Traite et passage de clandestins",),
        },
        "exploitation": {
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "sexual": ("Exploitation sexuelle",),
            "forced_criminality": ("Criminalité forcée",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "H"),
            "female": ("Femmes", "F"),
            "mixed": ("Mixte",),
        },
        "age_group": {
            "adult": ("Adultes", "Majeurs"),
            "child": ("Mineurs",),
            "mixed": ("Mixte", "Adultes et mineurs"),
        },
        "transport_mode": {
            _SEA: ("Maritime", "Embarcation"),
            _LAND: ("Terrestre", "Camion"),
            _AIR: ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("recyclage des produits de la criminalité",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "verite_incidents": {
        "crime_type": {
            "smuggling": ("Migrant smuggling", "Human smuggling"),
            "trafficking": ("Human trafficking", "Trafficking in persons", "TIP"),
            "both": ("Trafficking + smuggling",),
        },
        "exploitation": {
            "forced_labour": ("Forced labor", "Labor exploitation", "Labor"),
            "sexual": ("Sex trafficking", "Commercial sexual exploitation"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Men and women"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Child"),
            "mixed": ("Adults and minors",),
        },
        "transport_mode": {
            _LAND: ("Land", "Truck", "Bus"),
            _SEA: ("Sea", "Small boat"),
            _AIR: ("Air", "Commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "rane_worldview": {
        "crime_type": {
            "smuggling": ("Human Smuggling",),
            "trafficking": ("Human Trafficking",),
            "both": ("Human Trafficking/Smuggling",),
        },
        "exploitation": {
            "forced_labour": ("Labor",),
            "sexual": ("Sexual",),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
        "transport_mode": {_SEA: ("maritime",), _LAND: ("land",), _AIR: ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

#: Words meaning "not known" in a vocabulary cell (read as ``unknown``).
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "minex_gt_consular": ("N/D", "sin dato"),
    "telemundo_investiga": ("N/D", "sin datos"),
    "cicc_udem": ("n.d.", "inconnu"),
    "verite_incidents": ("Unknown",),
    "rane_worldview": ("unknown",),
}
#: Words meaning "not known" in a count cell (the record is kept, with no count).
_COUNT_UNKNOWN = {
    "minex_gt_consular": "sin dato",
    "telemundo_investiga": "N/D",
    "cicc_udem": "n.d.",
    "verite_incidents": "Unknown",
    "rane_worldview": "unknown",
}
#: Words meaning "none" in the suspects' count (read as 0).
_ZERO = {"minex_gt_consular": "ninguno", "cicc_udem": "aucun"}
#: Words meaning "does not apply" in the exploitation cell of a smuggling case.
_NOT_APPLICABLE = {
    "minex_gt_consular": ("No aplica", None),
    "telemundo_investiga": (None,),
    "cicc_udem": ("s.o.", None),
    "verite_incidents": ("N/A", None),
    "rane_worldview": (None,),
}
#: Where the consulates write the place of the facts, by hotspot.
_PLACES = {
    "Nogales (Sonora/Arizona)": ("Nogales, Arizona", "Nogales, AZ"),
    "Sasabe": ("Sasabe, Arizona", "Sásabe, AZ"),
    "El Paso": ("El Paso, Texas", "El Paso, TX"),
    "Rio Grande Valley": ("Valle del Río Grande, Texas", "McAllen, TX"),
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


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a date the agency's way; return (cell, expected date, precision, tag)."""
    name = src.source
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    u = rng.random()
    if name == "minex_gt_consular":
        if partial_ok and u < 0.04:
            cell = choice(
                rng, (f"{_ES_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
            )
            return cell, month_start, "month", "date_month"
        if u < 0.14:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        if u < 0.19:  # pasted from another consulate's sheet: the date format is lost
            serial = int((ts - pd.Timestamp("1899-12-30")).days)
            return serial, ts, "day", "excel_serial"
        return ts.to_pydatetime(), ts, "day", None
    if name == "telemundo_investiga":
        if partial_ok and u < 0.05:
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", month_start, "month", "date_month"
        if u < 0.25:
            return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ts, "day", "date_long"
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    if name == "cicc_udem":
        if partial_ok and u < 0.07:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", "date_quarter"
        if partial_ok and u < 0.12:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month_start, "month", "date_month"
        if u < 0.30:
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_long"
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    if name == "verite_incidents":
        if partial_ok and u < 0.05:
            return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", month_start, "month", "date_month"
        if u < 0.22:
            return f"{_EN_MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day", "date_long"
        return ts.strftime("%m/%d/%Y"), ts, "day", "date_month_first"
    # rane_worldview
    if partial_ok and u < 0.04:
        return f"Q{ts.quarter} {ts.year}", quarter_start, "quarter", "date_quarter"
    if partial_ok and u < 0.08:
        return ts.strftime("%Y-%m"), month_start, "month", "date_month"
    hour, minute = int(rng.integers(8, 20)), int(rng.integers(0, 60))
    return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z", ts, "day", "iso_datetime"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no one can use: blank, impossible or future, in the agency's style."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        return {
            "minex_gt_consular": f"31/02/{y}",
            "telemundo_investiga": f"{y}-02-30",
            "cicc_udem": f"{y}-02-31",
            "verite_incidents": f"02/30/{y}",
            "rane_worldview": f"{y}-02-30T10:00:00Z",
        }[src.source]
    future = ts.replace(year=y + 10)  # a slipped decade key: 2023 -> 2033
    if src.source == "minex_gt_consular":
        return future.to_pydatetime()
    return _note_date(src, future)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write a date as the agency does on a note row (or any plain date)."""
    if src.source == "minex_gt_consular":
        return last.strftime("%d/%m/%Y")
    if src.source == "verite_incidents":
        return last.strftime("%m/%d/%Y")
    if src.source == "rane_worldview":
        return last.strftime("%Y-%m-%dT12:00:00Z")
    return last.strftime("%Y-%m-%d")


def _country(src: ExaminerSource, code: str, rng: _Rng, role: str) -> tuple[str, str | None]:
    """Write a country the agency's way; return (cell, tag)."""
    name = src.source
    if name == "rane_worldview":
        if role == "detection":
            return iso_codes(code)[0], "iso2"
        if rng.random() < 0.03:
            return _NAMES[code][0], "name"
        return code, "iso3"
    base = _NAMES[code][_LANG[src.language]]
    u = rng.random()
    if name == "minex_gt_consular":
        if code == "USA" and u < 0.5:
            return choice(rng, ("EE. UU.", "EEUU", "Estados Unidos de América", "USA")), "alias"
        if u < 0.08:
            return base.upper(), "upper"
        if u < 0.13:
            return _strip_accents(base), "no_accent"
        if u < 0.16 and code in _TYPOS["es"]:
            return _TYPOS["es"][code], "typo"
        return base, None
    if name == "telemundo_investiga":
        if code == "USA" and u < 0.6:
            return choice(rng, ("EE.UU.", "EEUU")), "alias"
        if u < 0.15:
            return _strip_accents(base), "no_accent"
        if u < 0.19 and code in _TYPOS["es"]:
            return _TYPOS["es"][code], "typo"
        if u < 0.22:
            return f" {base.lower()}", "case_space"
        return base, None
    if name == "cicc_udem":
        if u < 0.08:
            return code, "iso3"
        if u < 0.15:
            garbled = mojibake(base)  # UTF-8 pasted into the cp1252 file
            if garbled is not None and fits(garbled, src):
                return garbled, "mojibake"
            return base, None
        if u < 0.20:
            return base.upper(), "upper"
        if u < 0.24:
            return base.lower(), "lower"
        return base, None
    # verite_incidents
    if code == "GBR" and u < 0.5:  # "England" only for the way in, not where found
        aliases = ("UK", "Great Britain") if role == "detection" else ("UK", "England")
        return choice(rng, aliases), "alias"
    if code == "USA" and u < 0.5:
        return "U.S.", "alias"
    if code == "CIV" and u < 0.5:
        return "Ivory Coast", "alias"
    if u < 0.04 and code in _TYPOS["en"]:
        return _TYPOS["en"][code], "typo"
    if u < 0.08:
        return f"{base}  ", "case_space"
    return base, None


def _nationality(
    src: ExaminerSource, code: str, n: int, female: bool, rng: _Rng
) -> tuple[str, str | None]:
    """Write a nationality: Spanish desks use demonyms, the others a country."""
    if src.source in ("minex_gt_consular", "telemundo_investiga") and code in _DEMONYMS:
        fem, plural, single = _DEMONYMS[code]
        if src.source == "minex_gt_consular" and rng.random() < 0.7:
            return fem, "demonym"  # "nacionalidad guatemalteca"
        if src.source == "telemundo_investiga" and rng.random() < 0.6:
            if n > 1:
                return plural, "demonym"
            return (fem if female else single), "demonym"
    return _country(src, code, rng, "nationality")


def _transit(src: ExaminerSource, codes: list[str], rng: _Rng) -> tuple[object, list[str]]:
    """Write an ordered transit list with the agency's separator."""
    tags: list[str] = []
    if src.source == "rane_worldview":
        return list(codes), ["list_cell"]
    parts = []
    for c in codes:
        text, tag = _country(src, c, rng, "transit")
        parts.append(text.strip())
        if tag:
            tags.append(tag)
    sep = {
        "minex_gt_consular": " - ",
        "telemundo_investiga": " > ",
        "cicc_udem": ", ",
        "verite_incidents": "; ",
    }[src.source]
    return sep.join(parts), tags


def _offences(src: ExaminerSource, names: list[str], rng: _Rng) -> object:
    """Write the linked offences: a sentence, a list or ``sep``-joined words."""
    words = [_VOCAB[src.source]["linked_offences"][n][0] for n in names]
    if src.source == "rane_worldview":
        return words
    if src.source == "telemundo_investiga":
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " y " + words[-1]
    sep = {"minex_gt_consular": ", ", "cicc_udem": " + ", "verite_incidents": ", "}[src.source]
    return sep.join(words)


def _count(src: ExaminerSource, n: int) -> object:
    """Write a count of persons the agency's way (numbers in XLSX/JSONL, text in CSV)."""
    if src.format != "csv":
        return int(n)
    if src.source == "cicc_udem":
        return _thousands(n, " ")
    return _thousands(n, ",")


def _coords(src: ExaminerSource, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Write a point; return (cells, expected lat, expected lon)."""
    la, lo = round(lat, 4), round(lon, 4)
    if src.source == "cicc_udem":
        return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo
    if src.source == "verite_incidents":
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo
    if src.source == "telemundo_investiga":
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo
    return {"coordinates": f"{la:.4f},{lo:.4f}"}, la, lo


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    words = _VOCAB[src.source]
    unknown = _UNKNOWN[src.source]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(t: str | None) -> None:
        if t and t not in tags:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tag(t)
    if src.source == "minex_gt_consular":
        cells["place"] = choice(rng, _PLACES.get(str(ev["hotspot"]), (str(ev["hotspot"]),)))

    crime = str(ev["crime_type"])
    cells["crime_type"] = _pick(rng, words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _NOT_APPLICABLE[src.source][
            int(rng.integers(len(_NOT_APPLICABLE[src.source])))
        ]
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _pick(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = _COUNT_UNKNOWN[src.source]
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000 and src.format == "csv":
            tag("thousands")

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    u = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif u < 0.03:
        cells["n_suspects"] = _COUNT_UNKNOWN[src.source] if src.source != "rane_worldview" else None
        exp["n_suspects"] = None
        tag("suspects_placeholder" if src.source != "rane_worldview" else "blank_n_suspects")
    elif k == 0 and src.source in _ZERO and u < 0.45:
        cells["n_suspects"] = _ZERO[src.source]
        exp["n_suspects"] = 0
        tag("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tag("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"] = choice(rng, unknown)
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _pick(rng, words["gender"][gender])
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, unknown)
            exp[col] = "unknown"
            tag("na_word")
        else:
            cells[col] = _pick(rng, words[col][value])
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        female = str(ev["gender"]) == "female"
        cells["nationality"], t = _nationality(src, nat, n, female, rng)
        exp["nationality"] = nat
        tag(t)
    for col, role in (("origin_country", "origin"), ("destination_country", "destination")):
        cells[col], t = _country(src, str(ev[col]), rng, role)
        exp[col] = str(ev[col])
        tag(t)
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tag("blank_detection_country")
    else:
        det = str(ev["detection_country"])
        cells["detection_country"], t = _country(src, det, rng, "detection")
        exp["detection_country"] = det
        tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        cells["transit_countries"], ts_tags = _transit(src, str(transit).split("|"), rng)
        exp["transit_countries"] = str(transit)
        for t in ts_tags:
            tag(t)

    has_place = "coordinates" in src.headers or "lat" in src.headers
    if not has_place or forced_blank == "coordinates" or rng.random() < 0.05:
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        place, exp["lat"], exp["lon"] = _coords(src, float(ev["lat"]), float(ev["lon"]))  # type: ignore[arg-type]
        cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        cells["linked_offences"] = _offences(src, str(offences).split("|"), rng)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Routing
# --------------------------------------------------------------------------------------
_PRIMARY = {
    "USA": "minex_gt_consular",
    "ESP": "telemundo_investiga",
    "PAN": "telemundo_investiga",
    "FRA": "cicc_udem",
    "ITA": "cicc_udem",
    "GBR": "verite_incidents",
}
_SECONDARY = {
    ("us_mex", "USA"): "telemundo_investiga",
    ("darien", "PAN"): "rane_worldview",
    ("watl", "ESP"): "rane_worldview",
    ("wmed", "ESP"): "rane_worldview",
    ("cmed", "ITA"): "rane_worldview",
    ("channel", "FRA"): "rane_worldview",
    ("channel", "GBR"): "cicc_udem",
    ("thb_vnm_gbr", "GBR"): "rane_worldview",
    ("thb_nga_ita", "ITA"): "verite_incidents",
    ("thb_rou_esp", "ESP"): "verite_incidents",
    ("thb_rou_esp", "ITA"): "verite_incidents",
    ("emed", "GRC"): "cicc_udem",
    ("wbal", "HRV"): "cicc_udem",
    ("blr_pol", "POL"): "cicc_udem",
}

#: The variant: its sources, routing, renderer and bad and note dates.
BLIND237: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="rane_worldview",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=237,
    blank_share=0.3,
)


def make_blind237(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five North American desks of set ``blind237`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``minex_gt_consular_ie.xlsx``, ``telemundo_investiga_ie.csv``,
        ``cicc_udem_ie.csv``, ``verite_incidents_ie.csv`` and
        ``rane_worldview_ie.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind237(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['minex_gt_consular_ie.xlsx', 'telemundo_investiga_ie.csv', 'cicc_udem_ie.csv',
     'verite_incidents_ie.csv', 'rane_worldview_ie.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('utf-8', ','), ('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[2].frame.columns[:3].tolist()
    ['No_fiche', 'Date_incident', 'Type_infraction']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(BLIND237, truth, seed=seed)
