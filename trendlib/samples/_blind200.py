"""Examiner sample set ``blind200`` (files ``*_gt.*``): the northward route through the Darién.

Five agencies, none used by an earlier sample set, write the true events the way they
really keep their records. The set leans to the Haitian and Venezuelan migration that
leaves Chile, Brazil and Peru northwards through the Andes, the Darién and Mexico:

``unfpa_lacro_darien_gt.xlsx``
    UNFPA Regional Office for Latin America and the Caribbean (Panama), protection
    monitoring at the Darién reception stations. Spanish, an Excel workbook: real Excel
    dates beside day-first text dates and bare serial numbers, numbers as numbers,
    Spanish demonyms for the nationality ("venezolana"), "NNA" for children, routes as
    ``Ecuador > Colombia``. First reports every event detected in Panama.
``doi_oles_swb_gt.csv``
    U.S. Department of the Interior, Office of Law Enforcement and Security: the incident
    log (IMARS export) of the federal lands on the south-west border. English, UTF-8,
    ``,``: month-first dates, upper-case citizenship, ISO alpha-2 transit lists (``GT/MX``),
    one ``GPS Location`` cell in decimal degrees or degrees-minutes-seconds, CBP words
    ("Family Unit", "UAC"), a LES/FOUO banner row. First reports every event detected in
    the United States.
``ani_chile_gt.jsonl``
    Agencia Nacional de Inteligencia (Chile), early-warning bulletin on irregular
    migration compiled from open sources and partner services. Spanish keys, JSON lines
    converted from the analysts' sheet: Chilean dates (``17-05-2023``), month-only and
    quarter-only dates when the open source gives no day (``mayo 2023``,
    ``II trimestre 2023``), decimal-comma coordinates, thousands dots (``1.250``), Chilean
    legal words ("lavado de activos", "cohecho", "Art. 411 bis"). The compilation: first
    reports every event no other source does (Europe).
``mhave_haiti_gt.csv``
    Ministère des Haïtiens vivant à l'étranger (Haiti), follow-up of migrants in transit
    reported by the consular missions. French, cp1252, ``;``: French demonyms, space as
    thousands separator, a place name but no coordinates, a batch of rows garbled by a
    UTF-8 to cp1252 round trip (mojibake). Reports some Darién events a second time.
``conamigua_gt.csv``
    Consejo Nacional de Atención al Migrante de Guatemala, cases notified by the
    Guatemalan consular network in the United States. Spanish, UTF-16 tab-separated text
    (Excel's "Texto Unicode"): "coyotaje", "unidad familiar", "EUA", no coordinates.
    Reports some US–Mexico events a second time.

Every written row is described in the truth (``truth_rows.csv``) with the values a careful
analyst reads from it; cells that say nothing (``s/d``, ``UNK``, ``N/C``, "No aplica")
expect nothing, or ``unknown`` in a vocabulary column, and unreadable rows are
quarantined with their reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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

__all__ = ["SOURCES", "make_blind200"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_UNFPA = "unfpa_lacro_darien"
_DOI = "doi_oles_swb"
_ANI = "ani_chile"
_MHAVE = "mhave_haiti"
_CONAMIGUA = "conamigua"

#: The five sources of the set, in the order their submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_UNFPA,
        filename="unfpa_lacro_darien_gt.xlsx",
        ref="DAR-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Código de registro",
            "event_date": "Fecha del evento",
            "place": "Comunidad / ERM",
            "crime_type": "Tipo de delito",
            "exploitation": "Forma de explotación",
            "n_persons": "N.º de personas del grupo",
            "n_suspects": "N.º de guías / traficantes",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "País de destino declarado",
            "detection_country": "País de registro",
            "transport_mode": "Modalidad de desplazamiento",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos asociados",
        },
        note="Nota: datos preliminares, sujetos a validación del Subgrupo de Protección",
        total="TOTAL",
        bad_count=("#¡VALOR!", "varios", "grupo grande"),
        repeats=True,
    ),
    ExaminerSource(
        source=_DOI,
        filename="doi_oles_swb_gt.csv",
        ref="{year}SWB{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident Number",
            "event_date": "Incident Date",
            "unit": "Reporting Unit",
            "crime_type": "Offense",
            "exploitation": "Trafficking Type",
            "n_persons": "Migrants Encountered",
            "n_suspects": "Subjects Arrested",
            "gender": "Sex",
            "age_group": "Age Category",
            "nationality": "Citizenship",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Countries",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Encounter",
            "transport_mode": "Conveyance",
            "coordinates": "GPS Location",
            "linked_offences": "Associated Offenses",
        },
        note="LAW ENFORCEMENT SENSITIVE // FOR OFFICIAL USE ONLY",
        total="Grand Total",
        bad_count=("#VALUE!", "MULTIPLE", "LARGE GROUP"),
        repeats=True,
    ),
    ExaminerSource(
        source=_ANI,
        filename="ani_chile_gt.jsonl",
        ref="ANI-AT-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "id_alerta",
            "event_date": "fecha_hecho",
            "crime_type": "delito",
            "exploitation": "finalidad_explotacion",
            "n_persons": "n_personas",
            "n_suspects": "n_detenidos",
            "gender": "sexo",
            "age_group": "tramo_edad",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "transit_countries": "paises_transito",
            "destination_country": "pais_destino",
            "detection_country": "pais_hecho",
            "place": "lugar",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL GENERAL",
        bad_count=("varios", "decenas", "cientos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MHAVE,
        filename="mhave_haiti_gt.csv",
        ref="MHAVE-SM-{seq:04d}-{yy:02d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "event_date": "Date de l'interception",
            "place": "Lieu",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de migrants",
            "n_suspects": "Passeurs présumés",
            "gender": "Sexe",
            "age_group": "Tranche d'âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays traversés",
            "destination_country": "Destination finale",
            "detection_country": "Pays d'interception",
            "transport_mode": "Moyen de déplacement",
        },
        note="NB : informations transmises par les missions consulaires, sous réserve",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "#VALEUR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CONAMIGUA,
        filename="conamigua_gt.csv",
        ref="{seq}-{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Correlativo",
            "event_date": "Fecha del hecho",
            "crime_type": "Delito",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Total de personas",
            "n_suspects": "Coyotes detenidos",
            "gender": "Sexo",
            "age_group": "Grupo de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País donde ocurrió",
            "transport_mode": "Medio de transporte",
        },
        note="Fuente: red consular de Guatemala en EUA. Datos preliminares",
        total="Total",
        bad_count=("varios", "#¡VALOR!"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3: (Spanish, English, French)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afganistán", "Afghanistan", "Afghanistan"),
    "ALB": ("Albania", "Albania", "Albanie"),
    "AUT": ("Austria", "Austria", "Autriche"),
    "BGD": ("Bangladés", "Bangladesh", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgaria", "Bulgarie"),
    "BIH": ("Bosnia y Herzegovina", "Bosnia and Herzegovina", "Bosnie-Herzégovine"),
    "BLR": ("Belarús", "Belarus", "Bélarus"),
    "CHN": ("China", "China", "Chine"),
    "CIV": ("Costa de Marfil", "Ivory Coast", "Côte d'Ivoire"),
    "CMR": ("Camerún", "Cameroon", "Cameroun"),
    "COL": ("Colombia", "Colombia", "Colombie"),
    "DEU": ("Alemania", "Germany", "Allemagne"),
    "DZA": ("Argelia", "Algeria", "Algérie"),
    "ECU": ("Ecuador", "Ecuador", "Équateur"),
    "EGY": ("Egipto", "Egypt", "Égypte"),
    "ERI": ("Eritrea", "Eritrea", "Érythrée"),
    "ESP": ("España", "Spain", "Espagne"),
    "FRA": ("Francia", "France", "France"),
    "GBR": ("Reino Unido", "United Kingdom", "Royaume-Uni"),
    "GIN": ("Guinea", "Guinea", "Guinée"),
    "GMB": ("Gambia", "Gambia", "Gambie"),
    "GRC": ("Grecia", "Greece", "Grèce"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croacia", "Croatia", "Croatie"),
    "HTI": ("Haití", "Haiti", "Haïti"),
    "HUN": ("Hungría", "Hungary", "Hongrie"),
    "IRN": ("Irán", "Iran", "Iran"),
    "IRQ": ("Irak", "Iraq", "Irak"),
    "ITA": ("Italia", "Italy", "Italie"),
    "LBY": ("Libia", "Libya", "Libye"),
    "MAR": ("Marruecos", "Morocco", "Maroc"),
    "MEX": ("México", "Mexico", "Mexique"),
    "MKD": ("Macedonia del Norte", "North Macedonia", "Macédoine du Nord"),
    "MLI": ("Malí", "Mali", "Mali"),
    "MRT": ("Mauritania", "Mauritania", "Mauritanie"),
    "NER": ("Níger", "Niger", "Niger"),
    "NGA": ("Nigeria", "Nigeria", "Nigéria"),
    "PAK": ("Pakistán", "Pakistan", "Pakistan"),
    "PAN": ("Panamá", "Panama", "Panama"),
    "POL": ("Polonia", "Poland", "Pologne"),
    "ROU": ("Rumania", "Romania", "Roumanie"),
    "RUS": ("Rusia", "Russia", "Russie"),
    "SEN": ("Senegal", "Senegal", "Sénégal"),
    "SRB": ("Serbia", "Serbia", "Serbie"),
    "SYR": ("Siria", "Syria", "Syrie"),
    "TUN": ("Túnez", "Tunisia", "Tunisie"),
    "TUR": ("Turquía", "Turkey", "Turquie"),
    "USA": ("Estados Unidos", "United States", "États-Unis"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Viêt Nam"),
    "YEM": ("Yemen", "Yemen", "Yémen"),
}
#: Spanish aliases an analyst meets in Chilean and Central American papers.
_ALIAS_ES: dict[str, tuple[str, ...]] = {
    "USA": ("EE.UU.", "EEUU", "EE. UU."),
    "GBR": ("Gran Bretaña", "Inglaterra"),
    "TUR": ("Türkiye",),
    "SYR": ("República Árabe Siria",),
    "RUS": ("Federación de Rusia",),
    "MKD": ("Macedonia",),
    "BIH": ("Bosnia",),
    "VNM": ("Viet Nam",),
    "BLR": ("Bielorrusia",),
    "CIV": ("Côte d'Ivoire",),
}
#: Small typing slips, each still readable.
_TYPO_ES: dict[str, str] = {
    "AFG": "Afganistan",
    "SYR": "Siría",
    "TUR": "Turquia",
    "MAR": "Marrueco",
    "PAK": "Pakistan",
    "VEN": "Venezula",
    "DZA": "Argelía",
    "BGD": "Bangladesh",
    "EGY": "Egypto",
    "IRQ": "Iraq",
    "ERI": "Eritria",
    "SEN": "Senegál",
    "TUN": "Tunez",
    "ECU": "Ecuador ",
    "COL": "Colonbia",
}
_DEMONYM_ES: dict[str, tuple[str, str]] = {  # (feminine, masculine)
    "VEN": ("venezolana", "venezolano"),
    "ECU": ("ecuatoriana", "ecuatoriano"),
    "HTI": ("haitiana", "haitiano"),
    "COL": ("colombiana", "colombiano"),
    "CHN": ("china", "chino"),
    "MEX": ("mexicana", "mexicano"),
    "GTM": ("guatemalteca", "guatemalteco"),
    "HND": ("hondureña", "hondureño"),
}
_DEMONYM_FR: dict[str, str] = {
    "VEN": "Vénézuélienne",
    "ECU": "Équatorienne",
    "HTI": "Haïtienne",
    "COL": "Colombienne",
    "CHN": "Chinoise",
}

#: source -> column -> canonical word -> how the agency writes it.
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    _UNFPA: {
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas", "TdP"),
            "both": ("Trata y tráfico", "TdP / TIM"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres", "Femenino"),
            "male": ("Hombres", "Masculino"),
            "mixed": ("Mixto", "H y M"),
        },
        "age_group": {
            "adult": ("Adultos", "Personas adultas"),
            "child": ("NNA", "Niños, niñas y adolescentes"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Caminando (selva)"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "illicit_goods": ("Tráfico de drogas",),
            "document_fraud": ("Documentos falsos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    _DOI: {
        "crime_type": {
            "smuggling": ("ALIEN SMUGGLING", "8 USC 1324", "HUMAN SMUGGLING"),
            "trafficking": ("HUMAN TRAFFICKING", "TRAFFICKING IN PERSONS"),
            "both": ("SMUGGLING/TRAFFICKING", "HUMAN SMUGGLING & TRAFFICKING"),
        },
        "exploitation": {
            "sexual": ("SEX",),
            "forced_labour": ("LABOR",),
            "forced_criminality": ("FORCED CRIMINAL ACTIVITY",),
            "organ_removal": ("ORGAN REMOVAL",),
            "forced_marriage": ("FORCED MARRIAGE",),
            "other": ("OTHER",),
        },
        "gender": {
            "female": ("F", "FEMALE"),
            "male": ("M", "MALE"),
            "mixed": ("M/F", "MIXED"),
        },
        "age_group": {
            "adult": ("ADULT", "SINGLE ADULT"),
            "child": ("JUVENILE", "UAC"),
            "mixed": ("FAMILY UNIT", "ADULT/JUVENILE"),
        },
        "transport_mode": {
            "land": ("FOOT", "VEHICLE", "LOAD VEHICLE", "PEDESTRIAN"),
            "sea": ("VESSEL",),
            "air": ("AIRCRAFT",),
        },
        "linked_offences": {
            "illicit_goods": ("NARCOTICS", "DRUG SMUGGLING"),
            "corruption": ("BRIBERY OF PUBLIC OFFICIAL",),
            "document_fraud": ("FRAUDULENT DOCUMENTS",),
            "money_laundering": ("MONEY LAUNDERING",),
            "cybercrime": ("CYBER",),
            "terrorism": ("TERRORISM",),
        },
    },
    _ANI: {
        "crime_type": {
            "smuggling": ("tráfico de migrantes", "Tráfico ilícito de migrantes", "Art. 411 bis"),
            "trafficking": ("trata de personas", "Trata de personas", "Art. 411 quáter"),
            "both": ("trata de personas y tráfico de migrantes", "trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("criminalidad forzada",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino", "mujeres"),
            "male": ("masculino", "hombres"),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores de edad", "menores"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "embarcación"),
            "land": ("terrestre", "camión", "a pie"),
            "air": ("aéreo", "vuelo comercial"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho",),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("tráfico de drogas", "drogas"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    _MHAVE: {
        "crime_type": {
            "smuggling": ("trafic illicite de migrants", "Trafic de migrants"),
            "trafficking": ("traite des personnes", "Traite"),
            "both": ("traite et trafic", "traite / trafic illicite"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé",),
            "forced_criminality": ("criminalité forcée",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("Féminin", "F"),
            "male": ("Masculin", "H"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "adult": ("adultes", "majeurs"),
            "child": ("mineurs", "enfants"),
            "mixed": ("adultes et mineurs", "mixte"),
        },
        "transport_mode": {
            "land": ("à pied", "voie terrestre"),
            "sea": ("pirogue", "bateau"),
            "air": ("avion",),
        },
    },
    _CONAMIGUA: {
        "crime_type": {
            "smuggling": (
                "tráfico ilícito de migrantes",
                "coyotaje",
                "Tráfico ilícito de migrantes",
            ),
            "trafficking": ("trata de personas", "Trata"),
            "both": ("trata y tráfico", "ambos (trata y tráfico)"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral",),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "menores no acompañados"),
            "mixed": ("unidad familiar", "mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "tráiler", "vehículo"),
            "sea": ("lancha",),
            "air": ("aéreo",),
        },
    },
}
#: Words that say a count is not known (the record stays, without the count).
_NO_COUNT: dict[str, tuple[str, ...]] = {
    _UNFPA: ("s/d", "sin dato"),
    _DOI: ("UNK", "UNKNOWN"),
    _ANI: ("sin información", "no informa"),
    _MHAVE: ("N/C", "inconnu"),
    _CONAMIGUA: ("sin dato", "s/d"),
}
#: Words for "no suspect" (zero).
_ZERO: dict[str, tuple[str, ...]] = {
    _UNFPA: ("ninguno", "Ninguno"),
    _DOI: ("NONE",),
    _ANI: ("ninguno", "sin detenidos"),
    _MHAVE: ("aucun", "néant"),
    _CONAMIGUA: ("ninguno",),
}
#: Words for a sex that is not known.
_NO_SEX: dict[str, tuple[str, ...]] = {
    _UNFPA: ("s/d", "Sin dato"),
    _DOI: ("U", "UNK"),
    _ANI: ("sin información",),
    _MHAVE: ("N/C", "inconnu"),
    _CONAMIGUA: ("sin dato",),
}
#: Words in a vocabulary column that say the value is not known or does not apply.
_NA_WORD: dict[str, tuple[str, ...]] = {
    _UNFPA: ("No aplica", "s/d"),
    _DOI: ("UNK", "N/A"),
    _ANI: ("no informa", "sin información"),
    _MHAVE: ("N/C", "non renseigné"),
    _CONAMIGUA: ("sin dato", "no indica"),
}
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
_ROMAN = ("I", "II", "III", "IV")
#: The boats the open sources name on each sea route (ANI), beside the plain words.
_ANI_BOATS = {
    "watl": ("cayuco", "cayuco", "embarcación"),
    "wmed": ("patera", "patera", "neumática"),
    "cmed": ("embarcación", "bote de madera", "lancha neumática"),
    "emed": ("lancha neumática", "bote"),
    "channel": ("bote neumático", "small boat"),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_UNFPA_PLACE = {
    "Darién gap": "Selva del Darién (ruta)",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "ERM Lajas Blancas",
}
_MHAVE_PLACE = {
    "Darién gap": "Jungle du Darién",
    "Bajo Chiquito": "Bajo Chiquito (Darién)",
    "Lajas Blancas": "Lajas Blancas (Darién)",
}
_DOI_UNIT = {
    "Nogales (Sonora/Arizona)": "BLM - GILA DISTRICT (AZ)",
    "Sasabe": "FWS - BUENOS AIRES NWR (AZ)",
    "El Paso": "BLM - LAS CRUCES DO (NM/TX)",
    "Rio Grande Valley": "FWS - LOWER RIO GRANDE VALLEY NWR (TX)",
}
_ANI_PLACE = {
    "Dunkirk/Gravelines": "Dunkerque/Gravelines",
    "Cetingrad (BIH–HRV border)": "Cetingrad (frontera BIH-HRV)",
    "Bajakovo (SRB–HRV border)": "Bajakovo (frontera SRB-HRV)",
    "Lesbos": "Lesbos",
    "London": "Londres",
    "Torino": "Turín",
    "Kuźnica": "Kuźnica",
    "Białowieża": "Białowieża",
}
_FIELDS = (
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
    "lat",
    "lon",
    "linked_offences",
)


# --------------------------------------------------------------------------------------
# Cell writers shared by the agencies
# --------------------------------------------------------------------------------------
def _word(source: str, col: str, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None
    return choice(rng, _WORDS[source][col][str(value)])


def _codes(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _offences(source: str, value: object, sep: str, rng: _Rng) -> str | None:
    parts = [_word(source, "linked_offences", c, rng) for c in _codes(value)]
    return sep.join(p for p in parts if p) or None


def _vocab(
    src: ExaminerSource,
    col: str,
    value: object,
    rng: _Rng,
    exp: _Cells,
    tags: list[str],
    *,
    na_rate: float,
) -> str | None:
    """Write a vocabulary cell; now and then a "not known / not applicable" word."""
    if col in ("age_group", "transport_mode") and rng.random() < na_rate:
        exp[col] = "unknown"
        tags.append("na_word")
        return choice(rng, _NA_WORD[src.source])
    return _word(src.source, col, value, rng)


def _gender(
    src: ExaminerSource,
    value: object,
    rng: _Rng,
    exp: _Cells,
    tags: list[str],
    *,
    blank: bool,
    unknown_rate: float,
) -> str | None:
    if blank or rng.random() < unknown_rate:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
        return None if blank else choice(rng, _NO_SEX[src.source])
    return _word(src.source, "gender", value, rng)


def _persons(
    src: ExaminerSource,
    n: int,
    rng: _Rng,
    exp: _Cells,
    tags: list[str],
    *,
    thousands: str,
    rate: float,
    as_number: bool,
) -> object:
    if rng.random() < rate:
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return choice(rng, _NO_COUNT[src.source])
    if n >= 1000 and thousands:
        tags.append("thousands_sep")
        return f"{n:,}".replace(",", thousands)
    return n if as_number else str(n)


def _suspects(
    src: ExaminerSource,
    n: int,
    rng: _Rng,
    exp: _Cells,
    tags: list[str],
    *,
    blank: bool,
    rate: float,
    as_number: bool,
) -> object:
    if blank:
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
        return None
    if rng.random() < rate:
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return choice(rng, _NO_COUNT[src.source])
    if n == 0 and rng.random() < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.source])
    return n if as_number else str(n)


def _blank_country(col: str, forced_blank: str | None, exp: _Cells, tags: list[str]) -> bool:
    if forced_blank == col:
        exp[col] = None
        tags.append(f"blank_{col}")
        return True
    return False


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    value = abs(value)
    deg = int(value)
    minutes = (value - deg) * 60
    mins = int(minutes)
    secs = (minutes - mins) * 60
    return f"{deg}°{mins:02d}'{secs:04.1f}\"{hemi}"


def _es_country(iso: str, rng: _Rng, tags: list[str], *, typo: float, iso3: float) -> str:
    """Write a Spanish country name as a Chilean or Panamanian clerk does."""
    draw = rng.random()
    if draw < iso3:
        tags.append("iso3")
        return iso
    if draw < iso3 + typo and iso in _TYPO_ES:
        tags.append("typo")
        return _TYPO_ES[iso]
    if iso in _ALIAS_ES and rng.random() < 0.25:
        tags.append("alias")
        return choice(rng, _ALIAS_ES[iso])
    name = _NAMES[iso][0]
    if rng.random() < 0.12:
        plain = name.translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU"))
        if plain != name:
            tags.append("no_accent")
            return plain
    return name


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
def _unfpa(
    src: ExaminerSource, ev: _Cells, rng: _Rng, partial_ok: bool, blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    draw = rng.random()
    date: object
    if draw < 0.12:
        date = int((ts - _EXCEL_EPOCH).days)
        tags.append("excel_serial")
    elif draw < 0.3:
        date = ts.strftime("%d/%m/%Y")
        tags.append("text_date")
    else:
        date = ts.to_pydatetime()
    nat = ev["nationality"]
    nat_cell: object = None
    if not _blank_country("nationality", blank, exp, tags):
        if rng.random() < 0.6 and str(nat) in _DEMONYM_ES:
            tags.append("demonym")
            word = _DEMONYM_ES[str(nat)][int(rng.integers(2))]
            nat_cell = word.capitalize() if rng.random() < 0.5 else word
        else:
            nat_cell = _es_country(str(nat), rng, tags, typo=0.04, iso3=0.05)
    det_cell: object = None
    if not _blank_country("detection_country", blank, exp, tags):
        det_cell = choice(rng, ("Panamá", "Panamá", "PANAMÁ", "Panama"))
    lat: object = ev["lat"]
    lon: object = ev["lon"]
    if blank == "coordinates":
        lat = lon = exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.1:
        lat = lon = exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = round(float(lat), 5), round(float(lon), 5)  # type: ignore[arg-type]
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    persons: object = _persons(
        src, n_persons, rng, exp, tags, thousands="", rate=0.02, as_number=True
    )
    if isinstance(persons, int) and rng.random() < 0.05:
        persons = f"{persons} personas"
        tags.append("count_text")
    cells: _Cells = {
        "event_date": date,
        "place": _UNFPA_PLACE.get(str(ev["hotspot"]), str(ev["hotspot"])),
        "crime_type": _word(src.source, "crime_type", ev["crime_type"], rng),
        "exploitation": _word(src.source, "exploitation", ev["exploitation"], rng),
        "n_persons": persons,
        "n_suspects": _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            blank=blank == "n_suspects",
            rate=0.04,
            as_number=True,
        ),
        "gender": _gender(
            src, ev["gender"], rng, exp, tags, blank=blank == "gender", unknown_rate=0.02
        ),
        "age_group": _vocab(src, "age_group", ev["age_group"], rng, exp, tags, na_rate=0.03),
        "nationality": nat_cell,
        "origin_country": _es_country(str(ev["origin_country"]), rng, tags, typo=0.03, iso3=0.0),
        "transit_countries": " > ".join(
            _es_country(c, rng, tags, typo=0.0, iso3=0.0) for c in _codes(ev["transit_countries"])
        )
        or None,
        "destination_country": _es_country(
            str(ev["destination_country"]), rng, tags, typo=0.0, iso3=0.0
        ),
        "detection_country": det_cell,
        "transport_mode": _vocab(
            src, "transport_mode", ev["transport_mode"], rng, exp, tags, na_rate=0.02
        ),
        "lat": lat,
        "lon": lon,
        "linked_offences": _offences(src.source, ev["linked_offences"], "; ", rng),
    }
    return cells, exp, tags


def _doi_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    draw = rng.random()
    if draw < 0.2:
        tags.append("iso2")
        return iso_codes(iso)[0]
    if iso == "USA":
        return choice(rng, ("UNITED STATES", "USA", "U.S."))
    name = _NAMES[iso][1].upper()
    if draw < 0.28:
        tags.append("title_case")
        return _NAMES[iso][1]
    return name


def _doi(
    src: ExaminerSource, ev: _Cells, rng: _Rng, partial_ok: bool, blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _expected(ev)
    tags: list[str] = ["us_date"]
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    if rng.random() < 0.3:
        date = f"{ts.month}/{ts.day}/{ts.year}"
    else:
        date = ts.strftime("%m/%d/%Y")
    coords: str | None
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    if blank == "coordinates":
        coords = exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.07:
        coords = exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif rng.random() < 0.15:
        coords = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        tags.append("dms_coords")
    else:
        coords = f"{lat:.6f}, {lon:.6f}"
    nat_cell: str | None = None
    if not _blank_country("nationality", blank, exp, tags):
        nat_cell = _doi_country(str(ev["nationality"]), rng, tags)
    det_cell: str | None = None
    if not _blank_country("detection_country", blank, exp, tags):
        det_cell = _doi_country("USA", rng, tags)
    transit = _codes(ev["transit_countries"])
    if rng.random() < 0.7:
        transit_cell = "/".join(iso_codes(c)[0] for c in transit)
    else:
        transit_cell = "/".join(_NAMES[c][1].upper() for c in transit)
    cells: _Cells = {
        "event_date": date,
        "unit": _DOI_UNIT.get(str(ev["hotspot"]), "OLES - SWB"),
        "crime_type": _word(src.source, "crime_type", ev["crime_type"], rng),
        "exploitation": _word(src.source, "exploitation", ev["exploitation"], rng),
        "n_persons": _persons(
            src,
            int(ev["n_persons"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            thousands=",",
            rate=0.02,
            as_number=False,
        ),
        "n_suspects": _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            blank=blank == "n_suspects",
            rate=0.03,
            as_number=False,
        ),
        "gender": _gender(
            src, ev["gender"], rng, exp, tags, blank=blank == "gender", unknown_rate=0.03
        ),
        "age_group": _vocab(src, "age_group", ev["age_group"], rng, exp, tags, na_rate=0.02),
        "nationality": nat_cell,
        "origin_country": _doi_country(str(ev["origin_country"]), rng, tags),
        "transit_countries": transit_cell or None,
        "destination_country": _doi_country(str(ev["destination_country"]), rng, tags),
        "detection_country": det_cell,
        "transport_mode": _vocab(
            src, "transport_mode", ev["transport_mode"], rng, exp, tags, na_rate=0.02
        ),
        "coordinates": coords,
        "linked_offences": _offences(src.source, ev["linked_offences"], ", ", rng),
    }
    return cells, exp, tags


def _ani_country(iso: str, rng: _Rng, tags: list[str]) -> str:
    if rng.random() < 0.05:  # copied from an English-language wire
        tags.append("english_name")
        return _NAMES[iso][1]
    return _es_country(iso, rng, tags, typo=0.04, iso3=0.06)


def _decimal_comma(value: float) -> str:
    return f"{value:.4f}".replace(".", ",")


def _ani(
    src: ExaminerSource, ev: _Cells, rng: _Rng, partial_ok: bool, blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    draw = rng.random()
    if partial_ok and draw < 0.1:
        month = _MONTHS_ES[ts.month - 1]
        date = f"{month} {ts.year}" if rng.random() < 0.6 else f"{month[:3]}-{ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("month_only")
    elif partial_ok and draw < 0.15:
        quarter = (ts.month - 1) // 3
        if rng.random() < 0.6:
            date = f"{_ROMAN[quarter]} trimestre {ts.year}"
        else:
            date = f"T{quarter + 1}-{ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("quarter_only")
    else:
        date = ts.strftime("%d-%m-%Y")
    lat: object = None
    lon: object = None
    if blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.3:  # the open source gave no place precise enough
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat = _decimal_comma(float(ev["lat"]))  # type: ignore[arg-type]
        lon = _decimal_comma(float(ev["lon"]))  # type: ignore[arg-type]
        tags.append("decimal_comma")
    nat_cell: str | None = None
    if not _blank_country("nationality", blank, exp, tags):
        nat_cell = _ani_country(str(ev["nationality"]), rng, tags)
    det_cell: str | None = None
    if not _blank_country("detection_country", blank, exp, tags):
        det_cell = _ani_country(str(ev["detection_country"]), rng, tags)
    hotspot = str(ev["hotspot"])
    cells: _Cells = {
        "event_date": date,
        "crime_type": _word(src.source, "crime_type", ev["crime_type"], rng),
        "exploitation": _word(src.source, "exploitation", ev["exploitation"], rng),
        "n_persons": _persons(
            src,
            int(ev["n_persons"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            thousands=".",
            rate=0.02,
            as_number=True,
        ),
        "n_suspects": _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            blank=blank == "n_suspects",
            rate=0.06,
            as_number=True,
        ),
        "gender": _gender(
            src, ev["gender"], rng, exp, tags, blank=blank == "gender", unknown_rate=0.04
        ),
        "age_group": _vocab(src, "age_group", ev["age_group"], rng, exp, tags, na_rate=0.04),
        "nationality": nat_cell,
        "origin_country": _ani_country(str(ev["origin_country"]), rng, tags),
        "transit_countries": ", ".join(
            _es_country(c, rng, tags, typo=0.0, iso3=0.0) for c in _codes(ev["transit_countries"])
        )
        or None,
        "destination_country": _ani_country(str(ev["destination_country"]), rng, tags),
        "detection_country": det_cell,
        "place": _ANI_PLACE.get(hotspot, hotspot),
        "transport_mode": _vocab(
            src, "transport_mode", ev["transport_mode"], rng, exp, tags, na_rate=0.03
        ),
        "lat": lat,
        "lon": lon,
        "linked_offences": _offences(src.source, ev["linked_offences"], " / ", rng),
    }
    boats = _ANI_BOATS.get(str(ev["corridor"]))
    if exp["transport_mode"] == "sea" and boats and rng.random() < 0.5:
        cells["transport_mode"] = choice(rng, boats)
    return cells, exp, tags


def _fr_country(iso: str, rng: _Rng) -> str:
    name = _NAMES[iso][2]
    if rng.random() < 0.15:  # typed without accents
        return name.translate(str.maketrans("éèêÉïô", "eeeEio"))
    return name


def _mhave(
    src: ExaminerSource, ev: _Cells, rng: _Rng, partial_ok: bool, blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _expected(ev)
    tags: list[str] = ["coords_missing"]  # the ministry keeps a place name, not coordinates
    exp["lat"] = exp["lon"] = None
    exp["linked_offences"] = None  # nor the other offences
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    if rng.random() < 0.2:
        date = f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
        tags.append("text_date")
    else:
        date = ts.strftime("%d/%m/%Y")
    if blank == "coordinates":
        tags.append("blank_coordinates")
    nat_cell: str | None = None
    if not _blank_country("nationality", blank, exp, tags):
        nat = str(ev["nationality"])
        if nat in _DEMONYM_FR and rng.random() < 0.7:
            tags.append("demonym")
            nat_cell = _DEMONYM_FR[nat]
        else:
            nat_cell = _fr_country(nat, rng)
    det_cell: str | None = None
    if not _blank_country("detection_country", blank, exp, tags):
        det_cell = choice(rng, ("Panama", "Panama", "Panamá", "PANAMA"))
    dest = str(ev["destination_country"])
    dest_cell = choice(rng, ("États-Unis", "Etats-Unis", "USA")) if dest == "USA" else None
    cells: _Cells = {
        "event_date": date,
        "place": _MHAVE_PLACE.get(str(ev["hotspot"]), str(ev["hotspot"])),
        "crime_type": _word(src.source, "crime_type", ev["crime_type"], rng),
        "exploitation": _word(src.source, "exploitation", ev["exploitation"], rng),
        "n_persons": _persons(
            src,
            int(ev["n_persons"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            thousands="\u00a0",
            rate=0.03,
            as_number=False,
        ),
        "n_suspects": _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            blank=blank == "n_suspects",
            rate=0.08,
            as_number=False,
        ),
        "gender": _gender(
            src, ev["gender"], rng, exp, tags, blank=blank == "gender", unknown_rate=0.03
        ),
        "age_group": _vocab(src, "age_group", ev["age_group"], rng, exp, tags, na_rate=0.03),
        "nationality": nat_cell,
        "origin_country": _fr_country(str(ev["origin_country"]), rng),
        "transit_countries": " / ".join(
            _fr_country(c, rng) for c in _codes(ev["transit_countries"])
        )
        or None,
        "destination_country": dest_cell or _fr_country(dest, rng),
        "detection_country": det_cell,
        "transport_mode": _vocab(
            src, "transport_mode", ev["transport_mode"], rng, exp, tags, na_rate=0.02
        ),
    }
    if rng.random() < 0.25:  # a batch of rows went through a UTF-8 -> cp1252 round trip
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str) and key != "event_date":
                bad = mojibake(value)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


def _conamigua(
    src: ExaminerSource, ev: _Cells, rng: _Rng, partial_ok: bool, blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    exp = _expected(ev)
    tags: list[str] = ["coords_missing"]  # consular notices carry no coordinates
    exp["lat"] = exp["lon"] = None
    exp["linked_offences"] = None  # nor the other offences
    ts = pd.Timestamp(exp["event_date"])  # type: ignore[arg-type]
    if rng.random() < 0.15:
        date = f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}"
        tags.append("text_date")
    else:
        date = ts.strftime("%d/%m/%Y")
    if blank == "coordinates":
        tags.append("blank_coordinates")
    nat_cell: str | None = None
    if not _blank_country("nationality", blank, exp, tags):
        nat = str(ev["nationality"])
        if nat in _DEMONYM_ES and rng.random() < 0.75:
            tags.append("demonym")
            nat_cell = _DEMONYM_ES[nat][int(rng.integers(2))]
        else:
            nat_cell = _es_country(nat, rng, tags, typo=0.0, iso3=0.0)
    det_cell: str | None = None
    if not _blank_country("detection_country", blank, exp, tags):
        det_cell = choice(rng, ("Estados Unidos", "EUA", "EE. UU.", "Estados Unidos"))
    cells: _Cells = {
        "event_date": date,
        "crime_type": _word(src.source, "crime_type", ev["crime_type"], rng),
        "exploitation": _word(src.source, "exploitation", ev["exploitation"], rng),
        "n_persons": _persons(
            src,
            int(ev["n_persons"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            thousands=",",
            rate=0.03,
            as_number=False,
        ),
        "n_suspects": _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            exp,
            tags,
            blank=blank == "n_suspects",
            rate=0.06,
            as_number=False,
        ),
        "gender": _gender(
            src, ev["gender"], rng, exp, tags, blank=blank == "gender", unknown_rate=0.03
        ),
        "age_group": _vocab(src, "age_group", ev["age_group"], rng, exp, tags, na_rate=0.03),
        "nationality": nat_cell,
        "origin_country": _es_country(str(ev["origin_country"]), rng, tags, typo=0.0, iso3=0.0),
        "transit_countries": " - ".join(
            _es_country(c, rng, tags, typo=0.0, iso3=0.0) for c in _codes(ev["transit_countries"])
        )
        or None,
        "destination_country": choice(rng, ("Estados Unidos", "EUA"))
        if ev["destination_country"] == "USA"
        else _es_country(str(ev["destination_country"]), rng, tags, typo=0.0, iso3=0.0),
        "detection_country": det_cell,
        "transport_mode": _vocab(
            src, "transport_mode", ev["transport_mode"], rng, exp, tags, na_rate=0.02
        ),
    }
    return cells, exp, tags


_Writer = Callable[
    [ExaminerSource, _Cells, _Rng, bool, str | None], tuple[_Cells, _Cells, list[str]]
]
_WRITERS: Mapping[str, _Writer] = {
    _UNFPA: _unfpa,
    _DOI: _doi,
    _ANI: _ani,
    _MHAVE: _mhave,
    _CONAMIGUA: _conamigua,
}


def _expected(ev: _Cells) -> _Cells:
    """Return the event's values, as a careful analyst reads a row giving them all."""
    exp: _Cells = {f: ev[f] for f in _FIELDS}
    exp["event_date"] = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp["date_precision"] = "day"
    return exp


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    return _WRITERS[src.source](src, ev, rng, partial_ok, forced_blank)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06")).split("/")
    else:  # a slip of the year's second digit: 2023 -> 2123
        day, month = f"{ts.day:02d}", f"{ts.month:02d}"
    year = ts.year if kind == "bad_date" else ts.year + 100
    if src.source == _DOI:
        return f"{month}/{day}/{year}"
    if src.source == _ANI:
        return f"{day}-{month}-{year}"
    return f"{day}/{month}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of a source's note row: the day of the export."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == _DOI:
        return day.strftime("%m/%d/%Y")
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"PAN": _UNFPA, "USA": _DOI},
    compilation=_ANI,
    secondary={("darien", "PAN"): _MHAVE, ("us_mex", "USA"): _CONAMIGUA},
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=200_513,
    blank_share=0.3,
)


def make_blind200(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind200`` agencies do (files ``*_gt.*``).

    UNFPA's Darién desk first reports the events detected in Panama, the US Department
    of the Interior's south-west border log those detected in the United States, and
    Chile's intelligence agency compiles every other one from open sources; Haiti's
    ministry for Haitians abroad and Guatemala's migrant council report some Darién and
    US–Mexico events a second time. Each file keeps its agency's language, encoding,
    delimiter, headers, date style, words and slips; the truth describes every row.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``unfpa_lacro_darien_gt.xlsx`` (Spanish), ``doi_oles_swb_gt.csv`` (English,
        UTF-8, ``,``), ``ani_chile_gt.jsonl`` (Spanish keys), ``mhave_haiti_gt.csv``
        (French, cp1252, ``;``) and ``conamigua_gt.csv`` (Spanish, UTF-16, tab), each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind200(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['unfpa_lacro_darien_gt.xlsx', 'doi_oles_swb_gt.csv', 'ani_chile_gt.jsonl',
     'mhave_haiti_gt.csv', 'conamigua_gt.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-8', 'cp1252', 'utf-16']
    >>> subs[1].frame.columns[:4].tolist()
    ['Incident Number', 'Incident Date', 'Reporting Unit', 'Offense']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
