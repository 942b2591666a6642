"""Examiner sample set ``blind160`` (files ``*_ff.*``): the Gulf route north, from southern Mexico.

Five sources that had not been used in this project, written the way they keep their
records. Four sit on the route from the Guatemalan border up the Gulf of Mexico to the
Rio Grande; the fifth is a news agency's migration desk:

``cdh_fray_matias_ff.xlsx``
    Centro de Derechos Humanos Fray Matías de Córdova (Tapachula, Chiapas). Spanish
    workbook of abuses that people arriving in Tapachula tell about their crossing of
    the Darién (first report of the events detected in Panama). Real Excel dates, some
    typed as text (day first), a few left as serial numbers, a month only when the
    person recalls no more; nationalities as Spanish demonyms (``venezolana``); ages as
    ``NNA`` (niñas, niños y adolescentes); Mexican legal wording (``tráfico de
    personas`` is migrant smuggling in the Ley de Migración, ``delitos contra la salud``
    drug offences); number words for small counts; no coordinates.
``dpmh_cem_ff.csv``
    Dimensión Pastoral de la Movilidad Humana of the Mexican bishops' conference: the
    shelters' register of people returned or expelled from the United States, who tell
    of their apprehension (first report of the events detected in the United States).
    Windows Excel of Mexico: cp1252, ``,`` delimiter, CRLF; ``dd/mm/aaaa`` and Excel's
    ``17-may-23``, a month (``05/2023``) or a quarter (``T2 2023``) for rows consolidated
    from quarterly reports; sex as ``H``/``M``; ``EUA``; ``polleros`` (smugglers);
    re-sent rows (exact repeats).
``la72_tenosique_ff.csv``
    La 72, Hogar-Refugio para Personas Migrantes (Tenosique, Tabasco): a Google Forms
    sheet of what guests tell of the Darién (second reports). UTF-8, ``,``, the form's
    ``Marca temporal`` first; the rows of 2021 were once opened in Excel as cp1252 and
    re-saved, so their accents are mojibake (``PanamÃ¡``); Mexican thousands
    (``1,250``).
``cicr_mexico_ff.csv``
    Délégation régionale du CICR pour le Mexique et l'Amérique centrale: French incident
    follow-up of the northern border (second reports of the events detected in the
    United States). French Excel ``CSV UTF-8``: BOM, ``;``, decimal commas; nationalities
    as ISO alpha-3 codes; local staff slip Spanish words in (``Estados Unidos``,
    ``a pie``).
``ap_migration_ff.jsonl``
    The Associated Press migration desk's story tracker (compilation: every event that
    no other source reports, the European corridors). English keys, AP style (``U.S.``,
    ``Britain``, ``Ivory Coast``, ``Sept. 5, 2022``), demonyms for nationalities, transit
    countries as JSON arrays, a dateline, coordinates as numbers.

The truth expects what a careful analyst reads in each cell: a count or a sex that the
cell does not give is expected missing (``unknown`` for the sex), an age or a transport
``s/d`` is ``unknown``, a month or a quarter is the start of that period.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND160", "SOURCES", "Agency", "make_blind160"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of the set, with the separators it puts between listed values.

    Attributes
    ----------
    transit_sep : str
        Separator of the transit countries (``""``: a JSON array).
    offence_sep : str
        Separator of the linked offences (``""``: a JSON array).
    """

    transit_sep: str = ", "
    offence_sep: str = ", "


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3 -> (English as AP writes it, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
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
    "GBR": ("Britain", "Royaume-Uni", "Reino Unido"),
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("U.S.", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
#: Other names a Mexican clerk writes for a country.
_ES_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("EUA", "EE.UU.", "E.U.A.", "Estados Unidos de América"),
    "MEX": ("Mexico", "Méx."),
    "HTI": ("Haiti",),
    "VEN": ("Rep. Bolivariana de Venezuela",),
    "PAN": ("Panama", "Rep. de Panamá"),
}
#: Small slips of the keyboard, per country (Spanish and English spellings).
_ES_TYPOS: dict[str, str] = {
    "VEN": "Venezuea",
    "ECU": "Equador",
    "HTI": "Haíti",
    "COL": "Colonbia",
    "CHN": "Chian",
    "MEX": "Mexíco",
    "GTM": "Guatamala",
    "HND": "Hondruas",
    "USA": "Estados Unidso",
    "PAN": "Panamà",
}
_EN_TYPOS: dict[str, str] = {
    "LBY": "Lybia",
    "TUN": "Tunesia",
    "MAR": "Morrocco",
    "AFG": "Afganistan",
    "ERI": "Eritria",
    "ITA": "Itlay",
    "GRC": "Greeece",
    "DEU": "Germnay",
    "TUR": "Turky",
    "SRB": "Serbai",
}
#: Spanish demonyms, in the feminine of "la persona" (``venezolana``).
_ES_DEMONYMS: dict[str, str] = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
}
_EN_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: Places as each source names the hotspots (``Darién gap`` -> ``Tapón del Darién``).
_PLACES: dict[str, dict[str, str]] = {
    "es": {
        "Darién gap": "Tapón del Darién",
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "Lajas Blancas": "Lajas Blancas, Darién",
        "Nogales (Sonora/Arizona)": "Nogales, Arizona",
        "Sasabe": "Sásabe, Arizona",
        "El Paso": "El Paso, Texas",
        "Rio Grande Valley": "Valle del Río Grande, Texas",
    },
    "fr": {
        "Nogales (Sonora/Arizona)": "Nogales (Arizona)",
        "Sasabe": "Sasabe (Arizona)",
        "El Paso": "El Paso (Texas)",
        "Rio Grande Valley": "Vallée du Rio Grande (Texas)",
    },
}
_AP_MONTHS: tuple[str, ...] = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_ES_MONTHS: tuple[str, ...] = (
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
_FR_MONTHS: tuple[str, ...] = (
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
_ES_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_NUMBERS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")

Vocab = dict[str, dict[str, tuple[str, ...]]]

_ES_CRIME: dict[str, tuple[str, ...]] = {
    "smuggling": ("Tráfico de personas", "tráfico ilícito de migrantes", "Tráfico de personas"),
    "trafficking": ("Trata de personas", "trata de personas"),
    "both": ("Trata y tráfico de personas", "trata / tráfico"),
}
_ES_EXPL: dict[str, tuple[str, ...]] = {
    "sexual": ("explotación sexual", "Explotación sexual"),
    "forced_labour": ("explotación laboral", "trabajos forzados"),
    "forced_criminality": ("obligados a cometer delitos", "actividades delictivas forzadas"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otra",),
}
_ES_AGE: dict[str, tuple[str, ...]] = {
    "child": ("NNA", "menores de edad", "NNA"),
    "adult": ("adultos", "Adultos", "mayores de edad"),
    "mixed": ("adultos y NNA", "mixto", "Adultos y NNA"),
}
_VOCAB: dict[str, Vocab] = {
    "cdh_fray_matias": {
        "crime_type": _ES_CRIME,
        "exploitation": _ES_EXPL,
        "gender": {
            "male": ("Hombres", "hombres", "masculino"),
            "female": ("Mujeres", "mujeres", "femenino"),
            "mixed": ("Mixto", "hombres y mujeres"),
        },
        "age_group": _ES_AGE,
        "transport_mode": {
            "land": ("a pie", "terrestre", "A pie (selva)"),
            "sea": ("lancha", "marítimo"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("delitos contra la salud", "narcotráfico"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
    "dpmh_cem": {
        "crime_type": {
            "smuggling": ("Tráfico de personas", "TRAFICO DE PERSONAS", "Tráfico (pollero)"),
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "both": ("Trata y tráfico", "TRATA Y TRAFICO"),
        },
        "exploitation": _ES_EXPL,
        "gender": {"male": ("H",), "female": ("M",), "mixed": ("H y M", "Mixto")},
        "age_group": _ES_AGE,
        "transport_mode": {
            "land": ("terrestre", "tráiler", "a pie", "camioneta"),
            "sea": ("lancha",),
            "air": ("avión",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso",),
            "corruption": ("cohecho",),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("contra la salud", "portación de droga"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    "la72_tenosique": {
        "crime_type": {
            "smuggling": ("Tráfico de personas", "Tráfico de personas (coyote)"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico",),
        },
        "exploitation": _ES_EXPL,
        "gender": {
            "male": ("Hombre(s)", "Hombres"),
            "female": ("Mujer(es)", "Mujeres"),
            "mixed": ("Mixto", "Familia mixta (hombres y mujeres)"),
        },
        "age_group": _ES_AGE,
        "transport_mode": {
            "land": ("Caminando", "A pie", "Terrestre"),
            "sea": ("Lancha",),
            "air": ("Avión",),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos",),
            "corruption": ("corrupción de autoridades",),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("fraude en línea",),
            "terrorism": ("terrorismo",),
        },
    },
    "cicr_mexico": {
        "crime_type": {
            "smuggling": ("trafic illicite de migrants", "Trafic de migrants", "tráfico"),
            "trafficking": ("traite des personnes", "Traite"),
            "both": ("traite et trafic", "traite + trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("criminalité forcée",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H", "hombres"),
            "female": ("femmes", "F", "mujeres"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "enfants", "NNA"),
            "adult": ("adultes", "majeurs"),
            "mixed": ("adultes et mineurs", "mixte"),
        },
        "transport_mode": {
            "land": ("terrestre", "à pied", "camion", "a pie"),
            "sea": ("maritime",),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "ap_migration": {
        "crime_type": {
            "smuggling": ("migrant smuggling", "human smuggling", "people smuggling"),
            "trafficking": ("human trafficking", "trafficking"),
            "both": ("trafficking and smuggling", "smuggling/trafficking"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "sex trafficking"),
            "forced_labour": ("forced labor", "labor exploitation"),
            "forced_criminality": ("forced criminality", "forced to commit crimes"),
            "organ_removal": ("organ harvesting",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("men", "male"),
            "female": ("women", "female"),
            "mixed": ("men and women", "mixed"),
        },
        "age_group": {
            "child": ("children", "minors"),
            "adult": ("adults",),
            "mixed": ("adults and children", "adults and minors"),
        },
        "transport_mode": {
            "sea": ("boat", "by sea", "sea"),
            "land": ("land", "truck", "on foot"),
            "air": ("flight", "air"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "forged passports"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}
#: What each source writes where it does not know a value.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "cdh_fray_matias": ("s/d", "no recuerda", "S/D"),
    "dpmh_cem": ("N/D", "no sabe"),
    "la72_tenosique": ("s/d", "No sabe"),
    "cicr_mexico": ("NC", "inconnu"),
    "ap_migration": ("unknown",),
}
#: What each source writes for no suspect at all.
_NONE_WORD = {
    "cdh_fray_matias": "ninguno",
    "dpmh_cem": "Ninguno",
    "la72_tenosique": "ninguno",
    "cicr_mexico": "aucun",
}


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
def _iso(value: object) -> str | None:
    return None if value is None else str(value)


FRAY_MATIAS = Agency(
    source="cdh_fray_matias",
    filename="cdh_fray_matias_ff.xlsx",
    ref="FMC-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de los hechos",
        "hotspot": "Lugar de los hechos",
        "detection_country": "País de los hechos",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas afectadas",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino previsto",
        "transport_mode": "Medio de traslado",
        "n_suspects": "Presuntos responsables",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información basada en testimonios; fechas aproximadas",
    total="TOTAL",
    bad_count=("varias", "un grupo grande", "muchas"),
    repeats=False,
    transit_sep=" - ",
    offence_sep=", ",
)
DPMH = Agency(
    source="dpmh_cem",
    filename="dpmh_cem_ff.csv",
    ref="DPMH-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. registro",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Núm. personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detención",
        "hotspot": "Lugar de detención",
        "transport_mode": "Medio de transporte",
        "n_suspects": "Núm. polleros",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares, sujetos a validación por las casas del migrante",
    total="Total general",
    bad_count=("varios", "grupo"),
    repeats=True,
    transit_sep=", ",
    offence_sep=" / ",
)
LA72 = Agency(
    source="la72_tenosique",
    filename="la72_tenosique_ff.csv",
    ref="{seq}/{yy:02d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "timestamp": "Marca temporal",
        "source_ref": "ID",
        "event_date": "Fecha del incidente",
        "detection_country": "País",
        "crime_type": "Tipo de incidente",
        "exploitation": "Explotación",
        "n_persons": "No. de personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "Origen",
        "transit_countries": "Ruta",
        "destination_country": "Destino",
        "transport_mode": "Medio",
        "n_suspects": "Traficantes",
        "linked_offences": "Otros delitos",
    },
    note="Nota: registro con base en entrevistas del área de Derechos Humanos",
    total="Total",
    bad_count=("varios",),
    repeats=False,
    transit_sep=" > ",
    offence_sep=", ",
)
CICR = Agency(
    source="cicr_mexico",
    filename="cicr_mexico_ff.csv",
    ref="MEX{yy:02d}-INC-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. incident",
        "event_date": "Date de l'incident",
        "hotspot": "Lieu",
        "detection_country": "Pays de l'incident",
        "lat": "Latitude",
        "lon": "Longitude",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Moyen de transport",
        "n_suspects": "Nb auteurs présumés",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données non exhaustives, usage interne",
    total="TOTAL",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    transit_sep=" / ",
    offence_sep=" + ",
)
AP = Agency(
    source="ap_migration",
    filename="ap_migration_ff.jsonl",
    ref="AP-MIG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "story_id",
        "event_date": "incident_date",
        "hotspot": "dateline",
        "detection_country": "country",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "people",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "ages",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "via",
        "destination_country": "headed_to",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "other_charges",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several"),
    repeats=False,
    transit_sep="",
    offence_sep="",
)
#: The five sources, in the order the submissions are returned.
SOURCES: tuple[Agency, ...] = (FRAY_MATIAS, DPMH, LA72, CICR, AP)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _dmy(ts: pd.Timestamp) -> str:
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a day as the source does: (cell, expected day, precision, tags)."""
    u = float(rng.random())
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if src.source == "cdh_fray_matias":
        if partial_ok and u < 0.1:
            sep = choice(rng, (" de ", " "))
            word = _ES_MONTHS[ts.month - 1]
            word = word.capitalize() if rng.random() < 0.4 else word
            return f"{word}{sep}{ts.year}", month_start, "month", ["month_only"]
        if u < 0.22:
            return _dmy(ts), ts, "day", ["date_text"]
        if u < 0.27:
            serial = int((ts - pd.Timestamp("1899-12-30")).days)
            return serial, ts, "day", ["excel_serial"]
        return ts.to_pydatetime(), ts, "day", []
    if src.source == "dpmh_cem":
        if partial_ok and u < 0.04:
            return f"{ts.month:02d}/{ts.year}", month_start, "month", ["month_only"]
        if partial_ok and u < 0.07:
            q = (ts.month - 1) // 3 + 1
            cell = choice(rng, (f"T{q} {ts.year}", f"T{q}-{ts.year}"))
            return cell, quarter_start, "quarter", ["quarter_only"]
        if u < 0.3:
            return f"{ts.day:02d}-{_ES_SHORT[ts.month - 1]}-{ts.year % 100:02d}", ts, "day", []
        return _dmy(ts), ts, "day", []
    if src.source == "la72_tenosique":
        return f"{ts.day}/{ts.month:02d}/{ts.year}", ts, "day", []
    if src.source == "cicr_mexico":
        if u < 0.08:
            return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return _dmy(ts), ts, "day", []
    # the AP desk: ISO, a reporter's AP-style date, a month for a monthly tally
    if partial_ok and u < 0.06:
        return ts.strftime("%Y-%m"), month_start, "month", ["month_only"]
    if u < 0.16:
        return f"{_AP_MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day", ["ap_style_date"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _es_country(code: str, rng: _Rng, *, demonym: bool) -> tuple[str, list[str]]:
    """Spanish country cell of a Mexican clerk."""
    name = _NAMES[code][2]
    if demonym and code in _ES_DEMONYMS and rng.random() < 0.45:
        word = _ES_DEMONYMS[code]
        return (word.capitalize() if rng.random() < 0.3 else word), ["demonym"]
    u = float(rng.random())
    if u < 0.2 and code in _ES_ALIASES:
        return choice(rng, _ES_ALIASES[code]), ["alias"]
    if 0.2 <= u < 0.24 and code in _ES_TYPOS:
        return _ES_TYPOS[code], ["typo"]
    if 0.24 <= u < 0.32:
        return choice(rng, (name.upper(), f" {name}", name.lower(), f"{name} ")), ["case_noise"]
    return name, []


def _fr_country(code: str, rng: _Rng, *, nationality: bool) -> tuple[str, list[str]]:
    """French country cell of the delegation; ISO alpha-3 for nationalities, Spanish slips."""
    if nationality and rng.random() < 0.6:
        return code, ["iso3"]
    u = float(rng.random())
    if u < 0.15:
        name = _NAMES[code][2]
        if code == "USA":
            name = choice(rng, ("Estados Unidos", "EUA"))
        return name, ["spanish_word"]
    if u < 0.25 and code == "USA":
        return choice(rng, ("USA", "E.-U.")), ["alias"]
    return _NAMES[code][1], []


def _en_country(code: str, rng: _Rng, *, nationality: bool) -> tuple[str, list[str]]:
    """AP-style English country cell (demonyms for nationalities)."""
    u = float(rng.random())
    if nationality and code in _EN_DEMONYMS and u < 0.85:
        return _EN_DEMONYMS[code], ["demonym"]
    if u < 0.04 and code in _EN_TYPOS:
        return _EN_TYPOS[code], ["typo"]
    return _NAMES[code][0], []


def _country(src: Agency, code: str, rng: _Rng, *, nationality: bool) -> tuple[str, list[str]]:
    if code not in _NAMES:  # every code of the truth is listed above
        raise DataContractError(f"no {src.source} wording for the country code {code!r}.")
    if src.language == "es":
        return _es_country(code, rng, demonym=nationality)
    if src.language == "fr":
        return _fr_country(code, rng, nationality=nationality)
    return _en_country(code, rng, nationality=nationality)


def _word(src: Agency, column: str, value: str, rng: _Rng) -> str:
    return choice(rng, _VOCAB[src.source][column][value])


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons as the source does."""
    if src.source == "cdh_fray_matias":
        if 1 < n <= 10 and rng.random() < 0.15:
            return _ES_NUMBERS[n - 1], ["count_word"]
        return n, []
    if src.source == "ap_migration":
        return n, []
    if n >= 1000:
        if src.source == "cicr_mexico":
            return f"{n // 1000}\u00a0{n % 1000:03d}", ["thousands_sep"]
        if src.source == "la72_tenosique":
            return f"{n // 1000},{n % 1000:03d}", ["thousands_sep"]
    return str(n), []


def _suspects(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write a count of suspects: (cell, expected, tags)."""
    u = float(rng.random())
    if src.source == "ap_migration":
        if u < 0.15:
            return None, None, ["suspects_placeholder"]
        return n, n, []
    if u < 0.07:
        return choice(rng, _UNKNOWN[src.source]), None, ["suspects_placeholder"]
    if n == 0 and u < 0.6:
        return _NONE_WORD[src.source], 0, ["zero_word"]
    return (n if src.format == "xlsx" else str(n)), n, []


def _listed(src: Agency, parts: list[str], sep: str) -> object:
    if not parts:
        return None
    if sep == "":
        return parts
    return sep.join(parts)


def _coord(src: Agency, value: float) -> object:
    if src.source == "cicr_mexico":
        return f"{value:.4f}".replace(".", ",")
    return round(value, 3)


def _expected_coord(src: Agency, value: float) -> float:
    return round(value, 4) if src.source == "cicr_mexico" else round(value, 3)


def _garble(cells: dict[str, object]) -> bool:
    """Turn the row's accented text into mojibake; True if some cell changed."""
    changed = False
    for key, value in cells.items():
        if key in ("source_ref", "timestamp") or not isinstance(value, str):
            continue
        bad = mojibake(value)
        if bad is not None:
            cells[key] = bad
            changed = True
    return changed


def render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as one source does.

    Parameters
    ----------
    src : Agency
        The source.
    ev : dict
        The event (truth columns; ``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (plus the source's own columns such as ``hotspot``).
    expected : dict
        The clean values a careful analyst reads in the row.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> from trendlib.samples._examiner import events
    >>> from trendlib.samples import make_truth
    >>> ev = events(make_truth(seed=2, n_events=60))[0]
    >>> cells, exp, tags = render(AP, ev, np.random.default_rng(0), partial_ok=False,
    ...                           forced_blank=None)
    >>> exp["date_precision"], exp["crime_type"] == ev["crime_type"]
    ('day', True)
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = _date(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tags += t
    if src.source == "la72_tenosique":  # the Google Form's submission time
        sent = ts + pd.Timedelta(days=int(rng.integers(2, 25)), seconds=int(rng.integers(0, 86400)))
        cells["timestamp"] = sent.strftime("%d/%m/%Y %H:%M:%S")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = _iso(ev["exploitation"])
    exp["exploitation"] = expl
    if expl is not None:
        cells["exploitation"] = _word(src, "exploitation", expl, rng)
    elif src.language == "es" and rng.random() < 0.3:
        cells["exploitation"] = choice(rng, ("No aplica", "N/A"))
        tags.append("not_applicable")

    # persons
    n = int(str(ev["n_persons"]))
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, _UNKNOWN[src.source]) if src.format != "jsonl" else None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += t

    # suspects
    k = int(str(ev["n_suspects"]))
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, k, rng)
        tags += t

    # sex and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = choice(rng, _UNKNOWN[src.source])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        word = _word(src, "gender", gender, rng)
        if src.language == "es" and n == 1 and gender in ("male", "female") and len(word) > 1:
            word = {"male": "Hombre", "female": "Mujer"}[gender]
        cells["gender"] = word
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, _UNKNOWN[src.source])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src, "age_group", age, rng)
        exp["age_group"] = age

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = _iso(ev[col])
        if code is None or forced_blank == col:
            exp[col] = None
            if code is not None:
                tags.append(f"blank_{col}")
            continue
        cells[col], t = _country(src, code, rng, nationality=col == "nationality")
        exp[col] = code
        tags += [f"{tag}_{col}" for tag in t]
    transit = _iso(ev["transit_countries"])
    exp["transit_countries"] = transit
    if transit is not None:
        names = [_country(src, c, rng, nationality=False)[0] for c in transit.split("|")]
        cells["transit_countries"] = _listed(src, names, src.transit_sep)
    hotspot = str(ev["hotspot"])
    if "hotspot" in src.headers and exp["detection_country"] is not None:
        place = _PLACES.get(src.language, {}).get(hotspot, hotspot)
        if src.source == "ap_migration":
            town = hotspot.split(" (")[0].split("/")[0]
            place = f"{town.upper()}, {_NAMES[str(ev['detection_country'])][0]}"
        cells["hotspot"] = place

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, _UNKNOWN[src.source])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng)
        exp["transport_mode"] = mode

    offences = _iso(ev["linked_offences"])
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in offences.split("|")]
        cells["linked_offences"] = _listed(src, words, src.offence_sep)
    elif src.source == "cdh_fray_matias" and rng.random() < 0.2:
        cells["linked_offences"] = "ninguno"
        tags.append("none_word")

    # coordinates
    exp["lat"] = exp["lon"] = None
    if "lat" in src.headers:
        if forced_blank == "coordinates":
            tags.append("blank_coordinates")
        elif rng.random() < 0.06 or ev["lat"] is None:
            tags.append("coords_missing")
        else:
            lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
            cells["lat"], cells["lon"] = _coord(src, lat), _coord(src, lon)
            exp["lat"], exp["lon"] = _expected_coord(src, lat), _expected_coord(src, lon)
    else:
        tags.append("coords_missing")

    if src.source == "la72_tenosique" and ts < pd.Timestamp("2022-01-01") and _garble(cells):
        tags.append("mojibake")
    return cells, exp, tags


def bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row: missing, impossible, or ten years ahead.

    Parameters
    ----------
    src : Agency
        The source.
    ts : Timestamp
        The event's day.
    kind : str
        ``"no_date"``, ``"bad_date"`` or ``"future_date"``.
    rng : numpy.random.Generator
        Generator of the wording.

    Returns
    -------
    object
        The cell.

    Examples
    --------
    >>> bad_date(DPMH, pd.Timestamp("2022-04-09"), "bad_date", np.random.default_rng(0))
    '31/04/2022'
    >>> bad_date(AP, pd.Timestamp("2022-04-09"), "future_date", np.random.default_rng(0))
    '2032-04-09'
    """
    if kind == "no_date":
        if src.language == "es" and rng.random() < 0.4:
            return choice(rng, ("sin fecha", "S/F"))
        return None
    if kind == "bad_date":
        month = ts.month if ts.month in (4, 6, 9, 11) else choice(rng, ("4", "6", "9", "11"))
        if src.source == "ap_migration":
            return f"{ts.year}-{int(month):02d}-31"
        return f"31/{int(month):02d}/{ts.year}"
    ahead = ts.replace(year=ts.year + 10)
    if src.format == "xlsx":
        return ahead.to_pydatetime()
    if src.source == "ap_migration":
        return ahead.strftime("%Y-%m-%d")
    return _dmy(ahead)


def note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (its last day), in its style.

    Parameters
    ----------
    src : Agency
        The source.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        The cell.
    """
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == "ap_migration":
        return last.strftime("%Y-%m-%d")
    return _dmy(last)


#: The variant: who first reports what, and who reports it again.
BLIND160: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={"PAN": "cdh_fray_matias", "USA": "dpmh_cem"},
    compilation="ap_migration",
    secondary={("darien", "PAN"): "la72_tenosique", ("us_mex", "USA"): "cicr_mexico"},
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=160,
    blank_share=0.35,
)


def make_blind160(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the ``blind160`` set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``cdh_fray_matias_ff.xlsx``, ``dpmh_cem_ff.csv``, ``la72_tenosique_ff.csv``,
        ``cicr_mexico_ff.csv`` and ``ap_migration_ff.jsonl``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind160(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cdh_fray_matias_ff.xlsx', 'dpmh_cem_ff.csv', 'la72_tenosique_ff.csv',
     'cicr_mexico_ff.csv', 'ap_migration_ff.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-8-sig', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['No. registro', 'Fecha del evento', 'Delito']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(BLIND160, truth, seed=seed)
