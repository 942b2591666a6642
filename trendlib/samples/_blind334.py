"""Examiner set ``blind334``: vehicle-hire security and fraud desks (files ``*_lx.*``).

Five sources that report rented vans, lorries and cars found carrying smuggled or
trafficked people, each written the way that desk really exports its log:

``bvrla_vehicle_crime_lx.csv``
    The British Vehicle Rental and Leasing Association's vehicle-crime intelligence
    desk (members' hire vans and HGVs recovered in the UK). English, UTF-8 with BOM,
    ``,``; UK day-first dates (``17/05/2023``, ``17 May 2023``, ``May 2023``), English
    demonyms (``Vietnamese``), ``UK``/``GB``/``England``/``Scotland`` for the country,
    ``Nil`` suspects, ``c. 40`` persons, telematics latitude and longitude.
``ada_location_fr_lx.csv``
    The security desk of ADA (French car and utility-van hire network): sinistres where a
    hired VUL moved migrants to the Channel coast. French, cp1252, ``;``, CRLF;
    ``17/05/2023`` and ``17/05/23``, ``mai 2023``, ``T2 2023``; French feminine demonyms
    (``afghane``, some in capitals without accents), ``Angleterre`` for the UK, ``H``/``F``,
    ``aucun``, ``NC``; the telematics box's ``lat, lon`` pair in one cell.
``alquiber_seguridad_es_lx.xlsx``
    The security department of Alquiber (Spanish van renting). Spanish workbook: real
    date cells, pasted Excel serials and typed ``17/05/2023`` in one column, ``mayo 2023``;
    Penal Code articles for the offence (``Art. 318 bis CP``), Spanish demonyms, ``s/d``,
    ``ninguno``, ``ESP``/``ES``; latitude and longitude as numbers or decimal-comma text;
    one import batch of rows garbled by a UTF-8 file read as cp1252 (mojibake).
``amave_mx_lx.csv``
    The Mexican association of vehicle-hire firms (AMAVe): members' tractocamiones and
    vans seized with migrants at the US border. Spanish, UTF-16 tab-separated (Excel's
    *Texto Unicode* saved as ``.csv``); ``17/may/2023``, ``MAYO 2023``; ``Tráfico de
    personas`` (smuggling, in Mexican law), ``H``/``M`` (hombre/mujer), ``NNA``,
    ``17 personas``, ``EUA``/``EE.UU.``; degrees-minutes-seconds or decimal coordinates.
``sixt_group_security_lx.jsonl``
    Sixt's Group Security case register (JSON lines from its case system): corporate
    countries and franchises (Italy, Greece, Croatia, Poland, Panama at Tocumen) and a
    second report of some events the national desks also report. English enum values
    (``SMUGGLING_OF_MIGRANTS``), ISO alpha-2 and alpha-3 codes, ISO timestamps,
    ``2023-05`` and ``2023-Q2`` partial dates, ``lat``/``lng`` numbers.

The truth expects what a careful analyst reads from each cell: a demonym is the country,
``Angleterre`` and ``Scotland`` are the United Kingdom, ``M`` in the Mexican file is a
woman, ``c. 40`` is 40, a DMS position is its decimal point; an ``s/d``, ``NC`` or
``N/K`` is unknown (``None`` for a count or a country, ``unknown`` for a vocabulary word).
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "LxSource", "make_blind334"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish) country names as these desks write them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
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

# iso3: (English, French feminine, Spanish feminine) demonyms: "nationalité afghane",
# "nacionalidad marroquí".
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

# Small slips a clerk makes in a name; the analyst still reads the country.
_TYPOS: dict[str, str] = {
    "Eritrean": "Eritrian",
    "Vietnamese": "Vietnamse",
    "Albanian": "Albainian",
    "Afghan": "Afgan",
    "Iraqi": "Iraki",
    "irakienne": "irakiene",
    "érythréenne": "érythréene",
    "marroquí": "marroqui",
    "argelina": "argelna",
    "Marruecos": "Marrueco",
    "senegalesa": "senegalessa",
    "guatemalteca": "guatemateca",
    "hondureña": "hondurena",
}

_UK_NATION = {"Glasgow": "Scotland"}  # every other UK hotspot lies in England

_ACCENTS = str.maketrans(
    "ÁÉÍÓÚÜÑÀÂÈÊËÎÏÔÙÛÇáéíóúüñàâèêëîïôùûç", "AEIOUUNAAEEEIIOUUCaeiouunaaeeeiiouuc"
)

_MONTHS: dict[str, tuple[str, ...]] = {
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
}
# Mexican three-letter months, as in "17/may/2023" or "17/MAY/2023".
_MX_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_THIRTY = (4, 6, 9, 11)


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LxSource(ExaminerSource):
    """A ``blind334`` source: the shared fields plus its own way of writing.

    Attributes
    ----------
    style : str
        Key of the desk's writers of countries, counts, places and dates
        (``"bvrla"``, ``"ada"``, ``"alquiber"``, ``"amave"`` or ``"sixt"``).
    days : tuple of (str, float)
        Styles of a full date and their weights.
    month : tuple of (str, float)
        Month-only style and its share of the rows (``("", 0.0)``: none).
    quarter : tuple of (str, float)
        Quarter-only style and its share of the rows.
    crime : mapping
        Canonical crime type (and ``"smuggling_land"``) -> the desk's words.
    exploitation, gender, age, mode, offences : mapping
        Canonical word -> the desk's words (``mode`` also keyed ``"sea:wmed"``).
    unknown : tuple of str
        What the desk writes when a value is not known.
    count_unknown : tuple of str
        A count of persons not known yet.
    zero : tuple of str
        Words for no suspect.
    offence_sep : str
        Separator of linked offences.
    case_rate, mojibake_rate : float
        Share of rows with a cell in other case or spacing; of rows garbled by a
        wrong encoding.
    """

    style: str = ""
    days: tuple[tuple[str, float], ...] = ()
    month: tuple[str, float] = ("", 0.0)
    quarter: tuple[str, float] = ("", 0.0)
    crime: Mapping[str, tuple[str, ...]] | None = None
    exploitation: Mapping[str, tuple[str, ...]] | None = None
    gender: Mapping[str, tuple[str, ...]] | None = None
    age: Mapping[str, tuple[str, ...]] | None = None
    mode: Mapping[str, tuple[str, ...]] | None = None
    offences: Mapping[str, tuple[str, ...]] | None = None
    unknown: tuple[str, ...] = ()
    count_unknown: tuple[str, ...] = ()
    zero: tuple[str, ...] = ()
    offence_sep: str = ", "
    case_rate: float = 0.03
    mojibake_rate: float = 0.0


BVRLA = LxSource(
    source="bvrla_vehicle_crime",
    filename="bvrla_vehicle_crime_lx.csv",
    ref="VCI-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "BVRLA ref",
        "event_date": "Date of incident",
        "crime_type": "Incident type",
        "exploitation": "Exploitation (MS/HT only)",
        "n_persons": "Persons found",
        "n_suspects": "Suspects arrested",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality (per police)",
        "detection_country": "Country of recovery",
        "transport_mode": "Method",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other offences",
    },
    note="Extract run for BVRLA members and police only - OFFICIAL-SENSITIVE, do not forward",
    total="TOTAL",
    bad_count=("several", "multiple - see notes", "a group"),
    repeats=False,
    style="bvrla",
    days=(("dmy", 0.88), ("d_month_y", 0.12)),
    month=("month_name", 0.03),
    quarter=("", 0.0),
    crime={
        "smuggling": ("People smuggling", "Facilitation (illegal entry)"),
        "smuggling_land": ("Clandestine entrants",),
        "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
        "both": ("Modern slavery + smuggling", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M & F"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Minor", "U18"),
        "mixed": ("Adults & children", "Mixed"),
    },
    mode={
        "land": ("Road (hire van)", "Road", "HGV"),
        "sea": ("Small boat", "Sea"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Hire fraud (false ID)", "Forged documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs found", "Controlled drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("N/K", "Not known"),
    count_unknown=("Not known", "TBC"),
    zero=("Nil", "None"),
    offence_sep=" / ",
)

ADA = LxSource(
    source="ada_location_fr",
    filename="ada_location_fr_lx.csv",
    ref="ADA-SIN-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° sinistre",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes transportées",
        "n_suspects": "Nb interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "transport_mode": "Mode",
        "coordinates": "Position GPS (boîtier télématique)",
        "linked_offences": "Autres infractions",
    },
    note="Extraction service sûreté - diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "voir PV", "un groupe"),
    repeats=False,
    style="ada",
    days=(("dmy", 0.9), ("dmy2", 0.1)),
    month=("month_name", 0.025),
    quarter=("quarter_t", 0.015),
    crime={
        "smuggling": (
            "aide à l'entrée irrégulière",
            "aide à l'entrée et au séjour irréguliers",
            "filière de passeurs",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("H", "hommes"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "land": ("routier (VUL de location)", "routier"),
        "sea": ("maritime (small boat)", "maritime"),
        "air": ("aérien",),
    },
    offences={
        "document_fraud": ("location avec faux papiers", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown=("NC", "non renseigné", "inconnu"),
    count_unknown=("NC", "non communiqué"),
    zero=("aucun", "0 (aucun)"),
    offence_sep=", ",
)

ALQUIBER = LxSource(
    source="alquiber_seguridad_es",
    filename="alquiber_seguridad_es_lx.xlsx",
    ref="INC-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "detection_country": "País",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales - uso interno Dpto. Seguridad",
    total="TOTAL",
    bad_count=("varios", "ver atestado", "grupo"),
    repeats=False,
    style="alquiber",
    days=(("excel", 0.78), ("serial", 0.1), ("dmy", 0.12)),
    month=("month_name", 0.02),
    quarter=("", 0.0),
    crime={
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Tráfico ilícito de migrantes",
            "Art. 318 bis CP",
        ),
        "trafficking": ("Trata de seres humanos", "Art. 177 bis CP", "Trata"),
        "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "adult": ("Adultos",),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "land": ("Terrestre (furgoneta)", "Terrestre", "Carretera"),
        "sea:wmed": ("Marítimo (patera)", "Marítimo"),
        "sea:watl": ("Marítimo (cayuco)", "Marítimo"),
        "sea": ("Marítimo",),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública (drogas)", "Drogas"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("s/d", "desconocido"),
    count_unknown=("s/d", "pendiente"),
    zero=("ninguno", "0 (ninguno)"),
    offence_sep="; ",
    mojibake_rate=0.08,
)

AMAVE = LxSource(
    source="amave_mx",
    filename="amave_mx_lx.csv",
    ref="AMAVE/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de aseguramiento",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "detection_country": "País donde se aseguró la unidad",
        "transit_countries": "Ruta (países)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note=None,
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "ver oficio", "grupo"),
    repeats=True,
    style="amave",
    days=(("mx", 0.55), ("dmy", 0.45)),
    month=("month_upper", 0.03),
    quarter=("", 0.0),
    crime={
        "smuggling": ("Tráfico de personas", "Tráfico de indocumentados", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzado", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otro",),
    },
    gender={
        "male": ("H", "Hombres"),
        "female": ("M", "Mujeres"),
        "mixed": ("H y M", "Ambos"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores"),
        "mixed": ("Adultos y NNA",),
    },
    mode={
        "land": ("Terrestre (tractocamión)", "Terrestre (camioneta rentada)", "Terrestre"),
        "sea": ("Marítimo",),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Uso de documento falso",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Contra la salud (narcóticos)", "Narcomenudeo"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("S/D", "SIN DATO", "N/D"),
    count_unknown=("S/D", "SIN DATO"),
    zero=("ninguno", "NINGUNO"),
    offence_sep=", ",
)

SIXT = LxSource(
    source="sixt_group_security",
    filename="sixt_group_security_lx.jsonl",
    ref="GS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_detained",
        "gender": "persons_sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "incident_country",
        "transit_countries": "route",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see case notes"),
    repeats=True,
    style="sixt",
    days=(("iso_dt", 0.7), ("iso", 0.3)),
    month=("month_iso", 0.02),
    quarter=("quarter_q", 0.02),
    crime={
        "smuggling": ("SMUGGLING_OF_MIGRANTS",),
        "trafficking": ("HUMAN_TRAFFICKING",),
        "both": ("TRAFFICKING_AND_SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABOUR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    gender={"male": ("MALE",), "female": ("FEMALE",), "mixed": ("MIXED",)},
    age={"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED",)},
    mode={"land": ("ROAD",), "sea": ("SEA",), "air": ("AIR",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("UNKNOWN",),
    count_unknown=(),
    zero=(),
    offence_sep="; ",
    case_rate=0.0,
)

#: The five sources, in the order their submissions are returned.
SOURCES: tuple[LxSource, ...] = (BVRLA, ADA, ALQUIBER, AMAVE, SIXT)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, another form otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _words(table: Mapping[str, tuple[str, ...]] | None) -> Mapping[str, tuple[str, ...]]:
    return table if table is not None else {}


def _day_cell(src: LxSource, style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date in one of the desk's styles."""
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "d_month_y":
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
    if style == "mx":
        mon = _MX_MONTHS[ts.month - 1]
        return f"{ts.day:02d}/{mon.upper() if rng.random() < 0.4 else mon}/{ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_dt":
        # UTC times of day that fall on the same local date in Panama and in Greece
        hh, mm = int(rng.integers(6, 21)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z"
    if style == "excel":
        return ts.normalize().to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    raise ValueError(f"unknown date style {style!r} of {src.source}")


def _partial_cell(src: LxSource, style: str, ts: pd.Timestamp) -> str:
    """Write a month-only or quarter-only date."""
    months = _MONTHS[src.language]
    if style == "month_name":
        sep = " de " if src.style == "alquiber" and ts.day % 2 else " "
        return f"{months[ts.month - 1]}{sep}{ts.year}"
    if style == "month_upper":
        return f"{months[ts.month - 1].upper()} {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "quarter_t":
        return f"T{ts.quarter} {ts.year}"
    if style == "quarter_q":
        return f"{ts.year}-Q{ts.quarter}"
    raise ValueError(f"unknown partial date style {style!r} of {src.source}")


def _date(
    src: LxSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    style = _weighted(rng, src.days)
    m_style, m_rate = src.month
    q_style, q_rate = src.quarter
    if partial_ok and m_style and r < m_rate:
        tags.append("partial_date")
        return _partial_cell(src, m_style, ts), ts.to_period("M").start_time, "month"
    if partial_ok and q_style and m_rate <= r < m_rate + q_rate:
        tags.append("partial_date")
        return _partial_cell(src, q_style, ts), ts.to_period("Q").start_time, "quarter"
    if style != src.days[0][0]:
        tags.append(f"date_{style}")
    return _day_cell(src, style, ts, rng), ts.normalize(), "day"


def _main_style(src: LxSource) -> str:
    return src.days[0][0] if src.days[0][0] not in ("excel", "serial") else "dmy"


def _bad_date(src: LxSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: missing, impossible or ten years ahead (a slip)."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts + pd.DateOffset(years=10)
        return _day_cell(src, src.days[0][0], pd.Timestamp(later), rng)
    month = ts.month
    day = 30 if month == 2 else 31 if month in _THIRTY else 32
    style = _main_style(src)
    if style in ("iso", "iso_dt"):
        return f"{ts.year}-{month:02d}-{day:02d}"
    if style == "mx":
        return f"{day:02d}/{_MX_MONTHS[month - 1]}/{ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: LxSource, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row, nine days after the last event."""
    run = last + pd.Timedelta(days=9)
    if src.format == "xlsx":
        return run.normalize().to_pydatetime()
    return run.strftime("%d/%m/%Y")


def _count(src: LxSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the desk's way."""
    if src.format in ("xlsx", "jsonl"):
        return n
    if n >= 1000:
        tags.append("thousands")
        hi, lo = divmod(n, 1000)
        sep = {"bvrla": ",", "amave": ","}.get(src.style, "\u00a0" if n % 2 else " ")
        return f"{hi}{sep}{lo:03d}"
    r = rng.random()
    if src.style == "bvrla" and n >= 10 and r < 0.06:
        tags.append("approx_count")
        return f"c. {n}"
    if src.style == "amave" and r < 0.15:
        tags.append("count_unit")
        unit = "persona" if n == 1 else choice(rng, ("personas", "migrantes"))
        return f"{n} {unit}"
    return str(n)


def _suspects(src: LxSource, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, object]:
    """Return (cell, expected) of the suspects' count."""
    if n is None:
        return None, None
    r = rng.random()
    if src.count_unknown and r < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_unknown), None
    if n == 0 and src.zero and r < 0.45:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    if src.format in ("xlsx", "jsonl"):
        return n, n
    return str(n), n


def _no_accents(text: str) -> str:
    return text.translate(_ACCENTS)


def _country(
    src: LxSource, iso: str, col: str, ev: Mapping[str, object], rng: _Rng, tags: list[str]
) -> str:
    """Write one country (ISO alpha-3 in the truth) as the desk writes it in ``col``."""
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    demonym = _DEMONYMS[iso][lang] if iso in _DEMONYMS else name
    iso2 = iso_codes(iso)[0]
    r = rng.random()
    if src.style == "sixt":
        if col in ("origin_country", "destination_country"):
            return iso
        return iso2
    if col == "nationality":
        if src.style == "bvrla":
            text = demonym if r < 0.78 else name if r < 0.92 else f"{demonym} nationals"
        elif src.style == "ada":
            text = demonym if r < 0.65 else name if r < 0.85 else _no_accents(demonym).upper()
        elif src.style == "alquiber":
            text = demonym if r < 0.6 else name
        else:  # amave
            text = demonym.upper() if r < 0.4 else demonym if r < 0.8 else name.upper()
        if text == demonym and demonym in _TYPOS and rng.random() < 0.06:
            tags.append("typo:nationality")
            return _TYPOS[demonym]
        if text != name:
            tags.append("demonym")
        return text
    if col == "detection_country" and iso == "GBR" and src.style == "bvrla":
        if r < 0.35:
            tags.append("uk_nation")
            return _UK_NATION.get(str(ev.get("hotspot")), "England")
        return "UK" if r < 0.65 else "United Kingdom" if r < 0.88 else "GB"
    if iso == "GBR" and src.style == "ada":
        if r < 0.35 and col == "destination_country":
            tags.append("alias:angleterre")
            return "Angleterre"
        return "Royaume-Uni" if r < 0.8 else "UK"
    if iso == "FRA" and src.style == "ada":
        return "France" if r < 0.75 else "FR" if r < 0.85 else "FRANCE"
    if iso == "ESP" and src.style == "alquiber":
        return "España" if r < 0.8 else "ESP" if r < 0.92 else "ES"
    if iso == "USA" and src.style == "amave":
        return (
            "Estados Unidos" if r < 0.35 else "EUA" if r < 0.65 else "EE.UU." if r < 0.85 else "USA"
        )
    if src.style == "amave":
        return _no_accents(name).upper() if r < 0.4 else name
    if src.style == "alquiber" and r < 0.1:
        return iso
    if name in _TYPOS and rng.random() < 0.05:
        tags.append(f"typo:{col}")
        return _TYPOS[name]
    if src.style == "bvrla" and r < 0.3:
        return iso2
    return name


def _transit(
    src: LxSource, value: str, ev: Mapping[str, object], rng: _Rng, tags: list[str]
) -> str:
    parts = [_country(src, c, "transit_countries", ev, rng, tags) for c in value.split("|")]
    sep = {"ada": " - ", "amave": "-", "sixt": " > "}.get(src.style, ", ")
    if src.style == "amave" and rng.random() < 0.3:
        sep = ", "
    return sep.join(parts)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _place(src: LxSource, lat: float, lon: float, rng: _Rng, tags: list[str]) -> dict[str, object]:
    """Write the point of detection the desk's way."""
    if src.style == "bvrla":
        return {"lat": f"{lat:.6f}", "lon": f"{lon:.6f}"}
    if src.style == "ada":
        return {"coordinates": f"{lat:.6f}, {lon:.6f}"}
    if src.style == "alquiber":
        if rng.random() < 0.2:
            tags.append("decimal_comma")
            return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return {"lat": float(lat), "lon": float(lon)}
    if src.style == "amave":
        if rng.random() < 0.55:
            tags.append("dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    return {"lat": float(lat), "lon": float(lon)}


def _noise(text: str, rng: _Rng) -> str:
    k = int(rng.integers(0, 4))
    return (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text}  "
        if k == 2
        else f"{text} "
    )


def _render(
    src: LxSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    mode = str(ev["transport_mode"])
    crimes = _words(src.crime)
    forms = crimes[crime]
    if crime == "smuggling" and mode == "land" and "smuggling_land" in crimes:
        forms = forms + crimes["smuggling_land"]
    cells["crime_type"] = _word(rng, forms)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        tags.append("unknown:exploitation")
        cells["exploitation"], exp["exploitation"] = choice(rng, src.unknown), "unknown"
    else:
        cells["exploitation"] = _word(rng, _words(src.exploitation)[str(expl)])
        exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and src.count_unknown and rng.random() < 0.012:
        tags.append("count_placeholder")
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
    elif partial_ok and not src.count_unknown and rng.random() < 0.012:
        tags.append("count_placeholder")  # the case system leaves the count null
        cells["n_persons"], exp["n_persons"] = None, None
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n_persons, rng, tags), n_persons

    n_sus = ev["n_suspects"]
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        sus = None if n_sus is None else int(n_sus)  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, sus, rng, tags)

    for col, table in (
        ("gender", src.gender),
        ("age_group", src.age),
        ("transport_mode", src.mode),
    ):
        value = str(ev[col])
        if col == "gender" and forced_blank == "gender":
            tags.append("blank_gender")
            cells[col], exp[col] = None, "unknown"
            continue
        if rng.random() < 0.02:
            tags.append("blank_gender" if col == "gender" else "na_word")
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            continue
        words = _words(table)
        key = f"{value}:{corridor}" if f"{value}:{corridor}" in words else value
        cells[col], exp[col] = _word(rng, words[key]), value
        if col == "gender" and src.style == "amave" and cells[col] == "M":
            tags.append("gender_m_mujer")

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            continue
        if forced_blank == col:
            tags.append(f"blank_{col}")
            cells[col], exp[col] = None, None
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col != "detection_country" and rng.random() < 0.025:
            tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            cells[col], exp[col] = choice(rng, src.unknown), None
            continue
        cells[col], exp[col] = _country(src, str(iso), col, ev, rng, tags), iso

    transit = ev["transit_countries"]
    if "transit_countries" not in has or transit is None:
        exp["transit_countries"] = None
        cells["transit_countries"] = None
    else:
        cells["transit_countries"] = _transit(src, str(transit), ev, rng, tags)
        exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    elif rng.random() < 0.05:
        tags.append("coords_missing")  # no telematics fix for the vehicle
        exp["lat"], exp["lon"] = None, None
    else:
        cells.update(_place(src, lat, lon, rng, tags))
        exp["lat"], exp["lon"] = lat, lon

    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is None:
        cells["linked_offences"] = None
    else:
        words = _words(src.offences)
        cells["linked_offences"] = src.offence_sep.join(
            _word(rng, words[o]) for o in str(off).split("|")
        )

    noisy = [
        c
        for c in ("crime_type", "gender", "age_group", "transport_mode", "nationality")
        if isinstance(cells.get(c), str)
    ]
    if noisy and rng.random() < src.case_rate:
        which = choice(rng, noisy)
        cells[which] = _noise(str(cells[which]), rng)
        tags.append(f"case:{which}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for key, cell in cells.items():
            if isinstance(cell, str) and (bad := mojibake(cell)) is not None:
                cells[key] = bad
                garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: The variant: who first reports which detection country, who reports it again.
EXAMINER: Examiner[LxSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": BVRLA.source,
        "FRA": ADA.source,
        "ESP": ALQUIBER.source,
        "USA": AMAVE.source,
    },
    compilation=SIXT.source,
    secondary={
        ("channel", "FRA"): BVRLA.source,  # a UK-hired van stopped at Coquelles/Calais
        ("channel", "GBR"): ADA.source,  # a French-hired van found at Dover
        ("thb_vnm_gbr", "GBR"): SIXT.source,
        ("us_mex", "USA"): SIXT.source,
        ("wmed", "ESP"): SIXT.source,
        ("thb_rou_esp", "ESP"): SIXT.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=334,
    blank_share=0.3,
)


def make_blind334(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five vehicle-hire desks of ``blind334`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``bvrla_vehicle_crime_lx.csv`` (English, UTF-8 with BOM, ``,``),
        ``ada_location_fr_lx.csv`` (French, cp1252, ``;``),
        ``alquiber_seguridad_es_lx.xlsx`` (Spanish),
        ``amave_mx_lx.csv`` (Mexican Spanish, UTF-16, tab) and
        ``sixt_group_security_lx.jsonl`` (English keys, ISO codes), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind334(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bvrla_vehicle_crime_lx.csv', 'ada_location_fr_lx.csv',
     'alquiber_seguridad_es_lx.xlsx', 'amave_mx_lx.csv', 'sixt_group_security_lx.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° sinistre', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
