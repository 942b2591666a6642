"""Examiner set ``blind75``: five agencies' case files (``*_by.*``), written without the cleaner.

A held-out sample set written by an examiner who has not seen the cleaner, to measure how
it generalises to wording it was never tuned on. The rows are laid out by the shared
machinery of :mod:`trendlib.samples._examiner`; the wording, the date styles, the codes and
the placeholders below are this module's own. Reader's guide, one source at a time:

``factra_cr_by.csv`` -- Costa Rica, Ministerio Público, *Fiscalía Adjunta contra la Trata
    de Personas y el Tráfico Ilícito de Migrantes* (FACTRA). Spanish, cp1252, ``;``, CRLF.
    First reporter of the Darién (Panamá) detections, shared through the binational
    "flujo controlado" liaison; second reporter of some U.S.-border cases of the networks it
    prosecutes. Case numbers in the Costa Rican *expediente* form ``22-000123-1219-PE``.
    Dates mostly ``dd/mm/aaaa``, also ``5-ene-22``, ``5 de enero del 2022``, ``05/01/22``
    and ISO; Costa Rican ``setiembre``/``set``; partial dates ``ene-2022``, ``marzo 2022``,
    ``II trimestre 2022``, ``Trim. III-2022``. Offences by legal article (``art. 249 Ley
    8764`` = smuggling, ``art. 172 CP`` = trafficking). ``Sexo (H/M)`` with ``H``/``M``
    and words; ``PME`` (persona menor de edad) for children; Spanish demonyms by sex;
    ``EE. UU.``/``EUA``; coordinates in DMS with ``O`` (oeste) for west, in decimals, or
    ``8.4201 N 77.8417 O``; thousands with a dot (``1.250``); ``ND``/``sin dato``
    placeholders; ``legitimación de capitales`` for money laundering; a few cells in
    mojibake (UTF-8 read as cp1252, ``PanamÃ¡``).
``sre_pc_mx_by.jsonl`` -- Mexico, Secretaría de Relaciones Exteriores, *Dirección General de
    Protección Consular* (consulates on the northern border). Spanish, UTF-8 JSON lines
    with open-data ``snake_case`` keys. First reporter of the U.S.-border detections,
    second reporter of some Darién ones. Upper-case catalogue values without accents
    (``ESTADOS UNIDOS DE AMERICA``, ``MEXICANA``: nationality always in the feminine, as
    the catalogue writes it), ``SE IGNORA`` for unknown, ``NNA`` (niñas, niños y
    adolescentes) and ``0 A 17``/``18 Y MAS`` age brackets, ``CAJA SECA DE TRACTOCAMION``.
    Dates ISO, ``dd/mm/aaaa``, ``05/ENE/2022``, ISO with time; partial ``2022-05``,
    ``MAYO 2022``, ``2DO TRIMESTRE 2022``. ``TRAFICO DE PERSONAS (ART. 159 LM)`` is the
    Mexican legal name of migrant smuggling, ``TRATA`` of trafficking. Counts as JSON
    numbers or strings (``"1,250"``); transit countries and linked offences as JSON arrays;
    coordinates as numbers, strings, ``0``/``0`` for "no location", a few swapped
    (latitude -110: longitude and latitude exchanged). Re-sends a few records (pagination
    overlap of the export).
``btp_uk_by.csv`` -- British Transport Police (Channel Tunnel, rail network). English,
    UTF-8 with BOM, ``,``. First reporter of the U.K. detections, second reporter of Channel
    detections on the French side (Coquelles). Offences by statute (``s.25 Immigration Act
    1971`` = smuggling, ``s.2 Modern Slavery Act 2015``, ``HTE(S)A 2015 s.1`` in Scotland =
    trafficking, ``OIC``/``MSHT`` jargon), ``PVs`` (potential victims), ``Criminal``
    exploitation, ``N/K``/``TBC`` placeholders, ``Nil`` suspects. Dates U.K. day-first
    ``dd/mm/yyyy``, with a time, ``5 Jan 2022``, Oracle-style ``05-JAN-22``, ISO; partial
    ``Jan 2022``, ``01/2022``, ``Q1 2022``. Coordinates as decimals or Google-style DMS.
``sem_ch_by.csv`` -- Switzerland, *Secrétariat d'État aux migrations* (SEM), digest of the
    immigration liaison officers' reports. French with bilingual French/German headers,
    UTF-16 (Excel "Unicode text"), tab-delimited. Reports every event no other source
    reports first (Italy, Greece, Croatia, Poland, France) and a second time some Channel
    and trafficking cases. Swiss dates ``dd.mm.yyyy``/``dd.mm.yy``, French long dates with
    ``1er``, ``dd/mm/yyyy``, ISO; partial ``janvier 2022``, ``01.2022``, ``T1 2022``,
    ``2e trimestre 2022``. Offences by Swiss article (``art. 116 LEI`` = smuggling,
    ``art. 182 CP``/``TEH`` = trafficking). Thousands with an apostrophe (``1'250``) or a
    narrow no-break space; ``néant``/``aucun`` for no suspect; ``RMNA`` for unaccompanied
    minors; coordinates ``43,7102 N / 7,2620 E`` with decimal commas, ``O`` for ouest;
    ISO alpha-2 codes in places.
``uco_gc_es_by.xlsx`` -- Spain, Guardia Civil, *Unidad Central Operativa* (UCO). Spanish,
    Excel. First reporter of the Spanish detections, second reporter of some Italian
    trafficking cases worked in joint teams. Dates as real Excel dates, bare Excel serial
    numbers, ``dd/mm/aaaa`` and ``dd-mm-aaaa`` text; partial ``marzo 2022``, ``1T 2022``,
    ``primer trimestre de 2022``. ``318 bis CP`` = smuggling, ``177 bis CP``/``TSH`` =
    trafficking; ``Sexo (V/M)`` (varón/mujer); ``MENA`` for unaccompanied minors; boats as
    ``patera``/``cayuco``/``neumática``, ``salto de valla`` by land; separate latitude and
    longitude in degrees and decimal minutes (``36º 50,123' N``, ``002º 27,456' W``) or as
    numbers. Re-sends a few rows.

Every source writes a total row; the CSV files an empty row; all but the JSON lines a note
row. Unknown counts are placeholders (the record stays, with no count); unreadable counts
(``varios``, ``#VALUE!``) and negative counts are quarantined.
"""

from __future__ import annotations

import calendar
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

__all__ = ["BLIND75_SOURCES", "Blind75Source", "make_blind75"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind75Source(ExaminerSource):
    """A source of the ``blind75`` set: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's wording tables (``"factra"``, ``"sre"``, ``"btp"``, ``"sem"``,
        ``"uco"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
FACTRA = Blind75Source(
    source="factra_cr_by",
    filename="factra_cr_by.csv",
    ref="{yy:02d}-{seq:06d}-1219-PE",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "N° Expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito (tipo penal)",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. personas (víctimas/migrantes)",
        "n_suspects": "Imputados",
        "gender": "Sexo (H/M)",
        "age_group": "Grupo etario (adulto/PME)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares sujetos a revisión - Unidad de Análisis FACTRA",
    total="TOTAL GENERAL",
    bad_count=("varios", "#¡VALOR!", "grupo"),
    repeats=False,
    style="factra",
)
SRE = Blind75Source(
    source="sre_pc_mx_by",
    filename="sre_pc_mx_by.jsonl",
    ref="PC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_relacionados",
    },
    note=None,
    total="TOTAL REGISTROS",
    bad_count=("VARIOS", "MULTIPLES", "GRUPO NUMEROSO"),
    repeats=True,
    style="sre",
)
BTP = Blind75Source(
    source="btp_uk_by",
    filename="btp_uk_by.csv",
    ref="CRI{yy:02d}{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Crime Ref",
        "event_date": "Offence Date",
        "crime_type": "Offence (legislation)",
        "exploitation": "Exploitation Type",
        "n_persons": "No. PVs / Migrants",
        "n_suspects": "No. Suspects",
        "gender": "Sex (M/F)",
        "age_group": "Adult/Child",
        "nationality": "Nationality (as stated)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Encountered",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Method of Travel",
        "coordinates": "Location (Lat/Long)",
        "linked_offences": "Linked Offences",
    },
    note="NB: provisional data extracted from Niche RMS, subject to change",
    total="Grand Total",
    bad_count=("several", "#VALUE!", "multiple"),
    repeats=False,
    style="btp",
)
SEM = Blind75Source(
    source="sem_ch_by",
    filename="sem_ch_by.csv",
    ref="SEM-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° dossier / Dossier-Nr.",
        "event_date": "Date des faits / Tatdatum",
        "crime_type": "Infraction (base légale) / Delikt",
        "exploitation": "Forme d'exploitation / Ausbeutungsform",
        "n_persons": "Nb de personnes / Anzahl Personen",
        "n_suspects": "Nb de prévenus / Anzahl Beschuldigte",
        "gender": "Sexe / Geschlecht",
        "age_group": "Âge (majeur/mineur) / Alter",
        "nationality": "Nationalité / Staatsangehörigkeit",
        "origin_country": "Pays d'origine / Herkunftsland",
        "destination_country": "Pays de destination / Zielland",
        "detection_country": "Pays de constatation / Feststellungsland",
        "transit_countries": "Pays de transit / Transitländer",
        "transport_mode": "Moyen de transport / Transportmittel",
        "coordinates": "Coordonnées WGS84 / Koordinaten",
        "linked_offences": "Infractions connexes / Begleitdelikte",
    },
    note="Remarque : données provisoires transmises par les officiers de liaison (ILO)",
    total="Total / Gesamt",
    bad_count=("plusieurs", "#VALEUR!", "nombreux"),
    repeats=False,
    style="sem",
)
UCO = Blind75Source(
    source="uco_gc_es_by",
    filename="uco_gc_es_by.xlsx",
    ref="UCO-{seq:04d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha hechos",
        "crime_type": "Tipificación (CP)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas/inmigrantes",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo (V/M)",
        "age_group": "Mayor/menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País intervención",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de consolidar",
    total="TOTAL",
    bad_count=("varios", "#¡REF!", "numerosos"),
    repeats=True,
    style="uco",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND75_SOURCES: tuple[Blind75Source, ...] = (FACTRA, SRE, BTP, SEM, UCO)

_PRIMARY = {
    "PAN": FACTRA.source,
    "USA": SRE.source,
    "GBR": BTP.source,
    "ESP": UCO.source,
}
_SECONDARY = {
    ("darien", "PAN"): SRE.source,
    ("us_mex", "USA"): FACTRA.source,
    ("channel", "FRA"): BTP.source,
    ("channel", "GBR"): SEM.source,
    ("thb_vnm_gbr", "GBR"): SEM.source,
    ("thb_rou_esp", "ESP"): SEM.source,
    ("wmed", "ESP"): SEM.source,
    ("thb_rou_esp", "ITA"): UCO.source,
    ("thb_nga_ita", "ITA"): UCO.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries and demonyms
# --------------------------------------------------------------------------------------
_ES_COUNTRY = {
    "AFG": "Afganistán",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladés",
    "BGR": "Bulgaria",
    "BIH": "Bosnia y Herzegovina",
    "BLR": "Bielorrusia",
    "CHN": "China",
    "CIV": "Costa de Marfil",
    "CMR": "Camerún",
    "COL": "Colombia",
    "DEU": "Alemania",
    "DZA": "Argelia",
    "ECU": "Ecuador",
    "EGY": "Egipto",
    "ERI": "Eritrea",
    "ESP": "España",
    "FRA": "Francia",
    "GBR": "Reino Unido",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Grecia",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croacia",
    "HTI": "Haití",
    "HUN": "Hungría",
    "IRN": "Irán",
    "IRQ": "Irak",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marruecos",
    "MEX": "México",
    "MKD": "Macedonia del Norte",
    "MLI": "Malí",
    "MRT": "Mauritania",
    "NER": "Níger",
    "NGA": "Nigeria",
    "PAK": "Pakistán",
    "PAN": "Panamá",
    "POL": "Polonia",
    "ROU": "Rumanía",
    "RUS": "Rusia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Siria",
    "TUN": "Túnez",
    "TUR": "Turquía",
    "USA": "Estados Unidos",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
_ES_DEMONYM = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
_FR_COUNTRY = {
    "AFG": "Afghanistan",
    "ALB": "Albanie",
    "AUT": "Autriche",
    "BGD": "Bangladesh",
    "BGR": "Bulgarie",
    "BIH": "Bosnie-Herzégovine",
    "BLR": "Biélorussie",
    "CHN": "Chine",
    "CIV": "Côte d'Ivoire",
    "CMR": "Cameroun",
    "COL": "Colombie",
    "DEU": "Allemagne",
    "DZA": "Algérie",
    "ECU": "Équateur",
    "EGY": "Égypte",
    "ERI": "Érythrée",
    "ESP": "Espagne",
    "FRA": "France",
    "GBR": "Royaume-Uni",
    "GIN": "Guinée",
    "GMB": "Gambie",
    "GRC": "Grèce",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croatie",
    "HTI": "Haïti",
    "HUN": "Hongrie",
    "IRN": "Iran",
    "IRQ": "Irak",
    "ITA": "Italie",
    "LBY": "Libye",
    "MAR": "Maroc",
    "MEX": "Mexique",
    "MKD": "Macédoine du Nord",
    "MLI": "Mali",
    "MRT": "Mauritanie",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "PAN": "Panama",
    "POL": "Pologne",
    "ROU": "Roumanie",
    "RUS": "Russie",
    "SEN": "Sénégal",
    "SRB": "Serbie",
    "SYR": "Syrie",
    "TUN": "Tunisie",
    "TUR": "Turquie",
    "USA": "États-Unis",
    "VEN": "Venezuela",
    "VNM": "Viêt Nam",
    "YEM": "Yémen",
}
#: German names a Swiss clerk adds after the French one in a few cells.
_DE_COUNTRY = {
    "ITA": "Italien",
    "GRC": "Griechenland",
    "HRV": "Kroatien",
    "POL": "Polen",
    "FRA": "Frankreich",
    "GBR": "Vereinigtes Königreich",
    "ESP": "Spanien",
}
_FR_DEMONYM = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_EN_COUNTRY = {
    "AFG": "Afghanistan",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladesh",
    "BGR": "Bulgaria",
    "BIH": "Bosnia and Herzegovina",
    "BLR": "Belarus",
    "CHN": "China",
    "CIV": "Ivory Coast",
    "CMR": "Cameroon",
    "COL": "Colombia",
    "DEU": "Germany",
    "DZA": "Algeria",
    "ECU": "Ecuador",
    "EGY": "Egypt",
    "ERI": "Eritrea",
    "ESP": "Spain",
    "FRA": "France",
    "GBR": "United Kingdom",
    "GIN": "Guinea",
    "GMB": "The Gambia",
    "GRC": "Greece",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croatia",
    "HTI": "Haiti",
    "HUN": "Hungary",
    "IRN": "Iran",
    "IRQ": "Iraq",
    "ITA": "Italy",
    "LBY": "Libya",
    "MAR": "Morocco",
    "MEX": "Mexico",
    "MKD": "North Macedonia",
    "MLI": "Mali",
    "MRT": "Mauritania",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "PAN": "Panama",
    "POL": "Poland",
    "ROU": "Romania",
    "RUS": "Russia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Syria",
    "TUN": "Tunisia",
    "TUR": "Turkey",
    "USA": "United States",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
_EN_DEMONYM = {
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
#: Other names a clerk writes for some countries, by style.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "factra": {
        "USA": ("Estados Unidos", "EE. UU.", "EUA", "Estados Unidos de América"),
        "PAN": ("Panamá", "PANAMÁ", "Panamá (Darién)"),
        "HTI": ("Haití", "Haiti"),
    },
    "sre": {
        "USA": ("ESTADOS UNIDOS DE AMERICA", "EUA", "E.U.A.", "ESTADOS UNIDOS"),
        "PAN": ("PANAMA", "REPUBLICA DE PANAMA"),
    },
    "btp": {
        "GBR": ("United Kingdom", "UK", "U.K.", "Great Britain"),
        "VNM": ("Vietnam", "Viet Nam"),
        "CIV": ("Ivory Coast", "Côte d'Ivoire"),
        "FRA": ("France", "FRANCE"),
    },
    "sem": {
        "GBR": ("Royaume-Uni", "Grande-Bretagne"),
        "VNM": ("Viêt Nam", "Vietnam"),
    },
    "uco": {
        "GIN": ("Guinea", "Guinea Conakry", "Guinea-Conakry"),
        "CIV": ("Costa de Marfil", "C. de Marfil"),
        "GBR": ("Reino Unido", "R. Unido"),
    },
}

# --------------------------------------------------------------------------------------
# Wording: dates
# --------------------------------------------------------------------------------------
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
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
_ROMAN = ("I", "II", "III", "IV")
_ES_ORD_UPPER = ("1ER", "2DO", "3ER", "4TO")
_ES_ORD_WORD = ("primer", "segundo", "tercer", "cuarto")
#: Share of rows written with a month only, and with a quarter only (first reports).
_MONTH_SHARE = 0.05
_QUARTER_SHARE = 0.025


def _es_month(style: str, month: int) -> str:
    """Spanish month name; Costa Rica writes ``setiembre``."""
    name = _ES_MONTHS[month - 1]
    return "setiembre" if style == "factra" and month == 9 else name


def _es_abbr(style: str, month: int) -> str:
    """Spanish month abbreviation; Costa Rica writes ``set``, Mexico ``SEP``."""
    if month == 9:
        return {"factra": "set", "sre": "sep"}.get(style, "sept")
    return _ES_ABBR[month - 1]


def _fr_day(day: int) -> str:
    """Write the day of a French long date: ``1er`` for the first."""
    return "1er" if day == 1 else str(day)


def _day_cell(src: Blind75Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the source's way; return (cell, style tag)."""
    r = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    style = src.style
    if style == "factra":
        if r < 0.55:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.70:
            return f"{d}-{_es_abbr(style, m)}-{y % 100:02d}", "date_abbr"
        if r < 0.82:
            link = choice(rng, ("de", "del"))
            return f"{d} de {_es_month(style, m)} {link} {y}", "date_long"
        if r < 0.92:
            return ts.strftime("%d/%m/%y"), "date_yy"
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if style == "sre":
        if r < 0.45:
            return ts.strftime("%Y-%m-%d"), "date_iso"
        if r < 0.65:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.80:
            return ts.strftime("%Y-%m-%dT00:00:00"), "date_iso_time"
        return f"{d:02d}/{_es_abbr(style, m).upper()}/{y}", "date_abbr"
    if style == "btp":
        if r < 0.45:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.60:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", "date_time"
        if r < 0.75:
            return f"{d} {_EN_MONTHS[m - 1][:3]} {y}", "date_abbr"
        if r < 0.90:
            return f"{d:02d}-{_EN_MONTHS[m - 1][:3].upper()}-{y % 100:02d}", "date_oracle"
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if style == "sem":
        if r < 0.55:
            return ts.strftime("%d.%m.%Y"), "date_dotted"
        if r < 0.70:
            return f"{_fr_day(d)} {_FR_MONTHS[m - 1]} {y}", "date_long"
        if r < 0.80:
            return ts.strftime("%d.%m.%y"), "date_yy"
        if r < 0.90:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        return ts.strftime("%Y-%m-%d"), "date_iso"
    # uco: a spreadsheet
    if r < 0.55:
        return ts.to_pydatetime(), "date_excel"
    if r < 0.70:
        return int((ts - _EXCEL_EPOCH).days), "date_serial"
    if r < 0.85:
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    return ts.strftime("%d-%m-%Y"), "date_dashes"


def _month_cell(src: Blind75Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write the month of a date only, the source's way."""
    m, y = ts.month, ts.year
    style = src.style
    if style == "factra":
        return choice(
            rng,
            (
                f"{_es_abbr(style, m)}-{y}",
                f"{_es_month(style, m)} {y}",
                f"{_es_month(style, m).capitalize()} {y}",
            ),
        )
    if style == "sre":
        return choice(rng, (f"{y}-{m:02d}", f"{_ES_MONTHS[m - 1].upper()} {y}"))
    if style == "btp":
        return choice(
            rng, (f"{_EN_MONTHS[m - 1][:3]} {y}", f"{_EN_MONTHS[m - 1]} {y}", f"{m:02d}/{y}")
        )
    if style == "sem":
        return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}.{y}"))
    return choice(rng, (f"{_es_month(style, m)} {y}", f"{_es_month(style, m)} de {y}"))


def _quarter_cell(src: Blind75Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write the quarter of a date only, the source's way."""
    q, y = (ts.month - 1) // 3 + 1, ts.year
    style = src.style
    if style == "factra":
        return choice(rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"Trim. {_ROMAN[q - 1]}-{y}"))
    if style == "sre":
        return f"{_ES_ORD_UPPER[q - 1]} TRIMESTRE {y}"
    if style == "btp":
        return choice(rng, (f"Q{q} {y}", f"{y} Q{q}"))
    if style == "sem":
        nth = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {y}", f"{nth} trimestre {y}"))
    return choice(rng, (f"{q}T {y}", f"{_ES_ORD_WORD[q - 1]} trimestre de {y}", f"T{q}-{y}"))


def _date(
    src: Blind75Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, expected precision) of an event's date."""
    r = rng.random()
    if partial_ok and r < _MONTH_SHARE:
        tags.append("partial_month")
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and r < _MONTH_SHARE + _QUARTER_SHARE:
        tags.append("partial_quarter")
        return _quarter_cell(src, ts, rng), ts.to_period("Q").start_time, "quarter"
    cell, tag = _day_cell(src, ts, rng)
    tags.append(tag)
    return cell, ts.normalize(), "day"


_FUTURE_YEAR = {2021: (2201, 2120, 2091), 2022: (2202, 2220, 2032), 2023: (2203, 2230, 2033)}
#: Impossible (day, month) pairs.
_IMPOSSIBLE = ((31, 2), (30, 2), (29, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _bad_date(src: Blind75Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a bad row: missing, impossible or in the future."""
    style = src.style
    if kind == "no_date":
        words = {
            "factra": (None, None, "s/f", "sin fecha"),
            "sre": (None, None, "SIN FECHA"),
            "btp": (None, None, "N/K"),
            "sem": (None, None, "inconnue"),
            "uco": (None, None, "s/f"),
        }[style]
        return words[int(rng.integers(len(words)))]
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        y = ts.year
        if (day, month) == (29, 2) and calendar.isleap(y):
            day = 30  # 29 February is a real day in a leap year
        if style == "sre":
            return f"{y}-{month:02d}-{day:02d}"
        if style == "sem":
            return f"{day:02d}.{month:02d}.{y}"
        return f"{day:02d}/{month:02d}/{y}"
    years = _FUTURE_YEAR.get(ts.year, (ts.year + 180,))
    day = min(ts.day, 28) if ts.month == 2 else ts.day  # no 29 February in most years
    fut = ts.replace(year=int(years[int(rng.integers(len(years)))]), day=day)
    if style == "uco":
        return fut.to_pydatetime()
    if style == "sre":
        return fut.strftime("%Y-%m-%d")
    if style == "sem":
        return fut.strftime("%d.%m.%Y")
    return fut.strftime("%d/%m/%Y")


def _note_date(src: Blind75Source, last: pd.Timestamp) -> object:
    """Date on a source's note row: the cut-off date of the extract."""
    if src.style == "uco":
        return last.to_pydatetime()
    if src.style == "sem":
        return last.strftime("%d.%m.%Y")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Wording: offences, exploitation, people, transport
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "factra": {
        "smuggling": (
            "Tráfico ilícito de personas (art. 249 Ley 8764)",
            "Tráfico ilícito de migrantes",
            "Art. 249 LGME",
            "TRÁFICO ILÍCITO DE PERSONAS",
        ),
        "trafficking": ("Trata de personas (art. 172 CP)", "Trata de personas", "Art. 172 C.P."),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "Arts. 172 CP y 249 LGME",
            "Trata de personas + tráfico ilícito",
        ),
    },
    "sre": {
        "smuggling": (
            "TRAFICO DE PERSONAS (ART. 159 LM)",
            "TRAFICO DE PERSONAS",
            "TRAFICO ILICITO DE MIGRANTES",
        ),
        "trafficking": (
            "TRATA DE PERSONAS",
            "TRATA DE PERSONAS (ART. 10 LGPSEDMTP)",
            "LEY GENERAL EN MATERIA DE TRATA (ART. 10)",
        ),
        "both": ("TRATA Y TRAFICO DE PERSONAS", "TRATA DE PERSONAS / TRAFICO DE PERSONAS"),
    },
    "btp": {
        "smuggling": (
            "Assisting unlawful immigration (s.25 Immigration Act 1971)",
            "s.25 IA 1971 - facilitation",
            "OIC - facilitation",
            "Facilitating illegal entry (s.25 IA 1971)",
        ),
        "trafficking": (
            "Human trafficking (s.2 Modern Slavery Act 2015)",
            "MSA 2015 s.2",
            "MSHT - human trafficking",
        ),
        "both": (
            "s.25 IA 1971 & s.2 MSA 2015",
            "Human trafficking + assisting unlawful immigration",
        ),
    },
    "sem": {
        "smuggling": (
            "Incitation à l'entrée illégale (art. 116 LEI)",
            "art. 116 al. 3 LEI",
            "trafic de migrants",
            "aide à l'entrée illégale / Förderung der rechtswidrigen Einreise",
        ),
        "trafficking": (
            "Traite d'êtres humains (art. 182 CP)",
            "art. 182 CP",
            "TEH",
            "traite d'êtres humains / Menschenhandel",
        ),
        "both": ("art. 182 CP + art. 116 LEI", "traite et trafic de migrants"),
    },
    "uco": {
        "smuggling": (
            "Art. 318 bis CP",
            "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
            "Favorecimiento de la inmigración ilegal",
            "Inmigración ilegal (318 bis)",
        ),
        "trafficking": ("Trata de seres humanos (177 bis CP)", "Art. 177 bis CP", "TSH"),
        "both": ("177 bis y 318 bis CP", "TSH + inmigración ilegal"),
    },
}
#: Scotland has its own trafficking statute.
_SCOTLAND_TRAFFICKING = ("HTE(S)A 2015 s.1", "Human trafficking (s.1 HTE(S)A 2015)")

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "factra": {
        "sexual": ("Explotación sexual", "explotación sexual comercial", "Sexual"),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción ilícita de órganos",),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "other": ("Otra", "Otros fines de explotación"),
    },
    "sre": {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJO FORZADO", "TRABAJOS O SERVICIOS FORZADOS"),
        "forced_criminality": (
            "UTILIZACION EN ACTIVIDADES DELICTIVAS",
            "ACTIVIDADES DELICTIVAS FORZADAS",
        ),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO FORZOSO O SERVIL",),
        "other": ("OTRAS", "OTRA MODALIDAD"),
    },
    "btp": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal", "Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting", "Organ removal"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "sem": {
        "sexual": ("exploitation sexuelle", "sexuelle / sexuell"),
        "forced_labour": ("exploitation du travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "uco": {
        "sexual": ("sexual", "explotación sexual"),
        "forced_labour": ("laboral", "explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "comisión de delitos"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
}
#: What a source writes in the exploitation cell of a smuggling case (no exploitation).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "factra": ("", "", "No aplica", "N/A"),
    "sre": (None, None, "NO APLICA"),
    "btp": ("", "N/A"),
    "sem": ("", "", "sans objet", "–"),
    "uco": (None, None, "—"),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "factra": {
        "male": ("H", "Hombre", "Hombres", "Masculino"),
        "female": ("M", "Mujer", "Mujeres", "Femenino"),
        "mixed": ("Mixto", "H y M", "Ambos sexos"),
    },
    "sre": {
        "male": ("HOMBRE",),
        "female": ("MUJER",),
        "mixed": ("AMBOS", "MIXTO", "AMBOS SEXOS"),
    },
    "btp": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M & F", "Both"),
    },
    "sem": {
        "male": ("masculin", "homme", "H", "m"),
        "female": ("féminin", "femme", "F", "f"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "uco": {
        "male": ("varón", "V", "hombre", "masculino"),
        "female": ("mujer", "M", "femenino"),
        "mixed": ("mixto", "ambos", "varones y mujeres"),
    },
}
_GENDER_UNKNOWN = {
    "factra": ("Sin dato",),
    "sre": ("SE IGNORA", "NO ESPECIFICADO"),
    "btp": ("N/K", "Not known"),
    "sem": ("inconnu",),
    "uco": ("s/d",),
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "factra": {
        "adult": ("Adulto", "Adultos", "Mayor de edad", "Persona adulta"),
        "child": ("PME", "Menor de edad", "Persona menor de edad", "NNA"),
        "mixed": ("Mixto", "Adultos y PME", "Adultos y menores"),
    },
    "sre": {
        "adult": ("ADULTO", "MAYOR DE EDAD", "18 Y MAS"),
        "child": ("NNA", "MENOR DE EDAD", "NNA NO ACOMPAÑADO", "0 A 17"),
        "mixed": ("ADULTOS Y NNA", "MIXTO"),
    },
    "btp": {
        "adult": ("Adult", "18+"),
        "child": ("Child", "Minor", "U18", "Juvenile"),
        "mixed": ("Mixed", "Adults & children"),
    },
    "sem": {
        "adult": ("adulte", "majeur", "adultes"),
        "child": ("mineur", "mineur (RMNA)", "enfant", "mineurs"),
        "mixed": ("mixte", "adultes et mineurs"),
    },
    "uco": {
        "adult": ("mayor de edad", "adulto", "mayores"),
        "child": ("menor", "MENA", "menores de edad"),
        "mixed": ("mixto", "mayores y menores"),
    },
}
#: Words for "not determined" in the age-group and transport cells.
_NA_WORD = {
    "factra": ("Sin determinar", "No determinado"),
    "sre": ("NO ESPECIFICADO", "SE IGNORA"),
    "btp": ("Not known", "N/K"),
    "sem": ("non déterminé", "inconnu"),
    "uco": ("sin determinar", "desconocido"),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "factra": {
        "land": ("Terrestre", "A pie", "A pie (selva)", "Vía terrestre", "Bus"),
        "sea": ("Marítimo", "Lancha", "Embarcación", "Vía marítima"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    "sre": {
        "land": (
            "TERRESTRE",
            "A PIE",
            "TRACTOCAMION",
            "CAJA SECA DE TRACTOCAMION",
            "VEHICULO PARTICULAR",
            "AUTOBUS",
        ),
        "sea": ("MARITIMO", "LANCHA", "EMBARCACION"),
        "air": ("AEREO", "VUELO COMERCIAL"),
    },
    "btp": {
        "land": ("Land", "Car", "Coach", "Lorry"),
        "sea": ("Sea", "Boat"),
        "air": ("Air", "Flight", "Commercial flight"),
    },
    "sem": {
        "land": ("terrestre", "voie terrestre", "à pied", "camion", "voiture"),
        "sea": ("maritime", "voie maritime", "embarcation", "bateau pneumatique", "voilier"),
        "air": ("aérienne", "avion", "voie aérienne"),
    },
    "uco": {
        "land": ("terrestre", "camión", "furgoneta", "turismo"),
        "sea": ("patera", "neumática", "embarcación", "marítimo"),
        "air": ("aéreo", "vuelo comercial"),
    },
}
#: Words of a source for the way of travel on one route: (style, mode, corridor or hotspot).
_TRANSPORT_HERE: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("btp", "sea", "channel"): ("Small boat", "RHIB", "Dinghy", "Small boat (SB)", "Sea"),
    ("btp", "land", "channel"): (
        "Concealed in HGV",
        "Lorry",
        "Eurostar (rail)",
        "Freight train",
        "Land",
    ),
    ("factra", "land", "darien"): ("A pie", "A pie (selva)", "Terrestre", "Vía terrestre"),
    ("sre", "land", "darien"): ("A PIE", "TERRESTRE"),
    ("uco", "land", "Ceuta"): ("salto de valla", "oculto en vehículo", "terrestre"),
    ("uco", "land", "Melilla"): ("salto de valla", "oculto en vehículo", "terrestre"),
    ("uco", "sea", "watl"): ("cayuco", "neumática", "embarcación", "marítimo"),
    ("sem", "land", "channel"): ("camion", "poids lourd", "terrestre"),
    ("sem", "land", "blr_pol"): ("à pied", "terrestre", "voie terrestre"),
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "factra": {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho", "Corrupción de funcionario público"),
        "money_laundering": ("Legitimación de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "sre": {
        "document_fraud": ("FALSIFICACION DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
        "corruption": ("COHECHO",),
        "money_laundering": (
            "OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA",
            "LAVADO DE DINERO",
        ),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
    "btp": {
        "document_fraud": ("Document fraud", "False ID documents (IDA 2010 s.4)"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering (POCA 2002)", "Money laundering"),
        "illicit_goods": ("Illicit goods", "Contraband tobacco"),
        "cybercrime": ("Cybercrime (CMA 1990)", "Cybercrime"),
        "terrorism": ("Terrorism",),
    },
    "sem": {
        "document_fraud": ("faux dans les titres (art. 251 CP)", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent (art. 305bis CP)", "blanchiment"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "uco": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
_LINK_JOIN = {"factra": (" / ", "; "), "btp": ("; ", " & "), "sem": (" + ", ", "), "uco": (", ",)}
_NO_LINKED: dict[str, tuple[str | None, ...]] = {
    "factra": ("", "", "", "Ninguno"),
    "sre": (None,),
    "btp": ("", "", "None"),
    "sem": ("", "", "–"),
    "uco": (None, None, "no"),
}
_TRANSIT_JOIN = {
    "factra": (", ", " - ", " / "),
    "btp": (" > ", ", ", " / "),
    "sem": (" – ", ", ", " / "),
    "uco": (", ", " – "),
}
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    "factra": ("", "", "Directo"),
    "sre": (None,),
    "btp": ("", "", "Direct"),
    "sem": ("", "", "aucun"),
    "uco": (None, None, "directo"),
}
_COUNT_UNKNOWN = {
    "factra": ("ND", "sin dato", "no consta"),
    "sre": ("SE IGNORA", "NO ESPECIFICADO"),
    "btp": ("N/K", "Not known", "TBC"),
    "sem": ("inconnu", "n.c."),
    "uco": ("s/d", "desconocido"),
}
_ZERO_WORD = {
    "factra": ("ninguno", "sin imputados"),
    "sre": ("NINGUNO",),
    "btp": ("Nil", "None"),
    "sem": ("néant", "aucun"),
    "uco": ("ninguno", "cero"),
}
_NATIONALITY_UNKNOWN = {
    "factra": ("Sin dato",),
    "sre": ("SE IGNORA",),
    "btp": ("N/K", "Unknown"),
    "sem": ("inconnue",),
    "uco": ("desconocida",),
}
_COORDS_UNKNOWN = {
    "factra": ("ND", "Sin coordenadas"),
    "btp": ("N/K",),
    "sem": ("inconnues", "n.c."),
    "uco": ("s/d",),
}
#: Share of first reports with an unknown count, suspects count, nationality, gender, ...
_UNKNOWN_SHARE = 0.025
_ZERO_WORD_SHARE = 0.4
_MOJIBAKE_SHARE = 0.04


# --------------------------------------------------------------------------------------
# Cell writers
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` uniformly, keeping None (an empty cell) as None."""
    return options[int(rng.integers(len(options)))]


def _country(style: str, code: str, rng: _Rng, *, code_share: float = 0.06) -> str:
    """Name a country as the source does (its language, aliases, now and then a code)."""
    aliases = _ALIASES.get(style, {}).get(code)
    if rng.random() < code_share:
        alpha2, _ = iso_codes(code)
        return alpha2 if style == "sem" else code
    if aliases is not None and rng.random() < 0.6:
        return choice(rng, aliases)
    if style == "btp":
        return _EN_COUNTRY.get(code, code)
    if style == "sem":
        return _FR_COUNTRY.get(code, code)
    name = _ES_COUNTRY.get(code, code)
    if style == "sre":
        return _sre_upper(name)
    if style == "uco" and rng.random() < 0.2:
        return name.upper()
    return name


def _sre_upper(text: str) -> str:
    """Upper case without accents but with Ñ, as the Mexican catalogues write."""
    table = str.maketrans("ÁÉÍÓÚÜáéíóúü", "AEIOUUaeiouu")
    return text.translate(table).upper()


def _nationality(src: Blind75Source, code: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    """Write the nationality cell: a demonym in the source's language, a country or a code."""
    style = src.style
    fem = gender == "female"
    r = rng.random()
    if style == "factra":
        if code in _ES_DEMONYM and r < 0.75:
            text = _ES_DEMONYM[code][1 if fem else 0]
            return text.capitalize() if rng.random() < 0.5 else text
        return code if r > 0.95 else _country(style, code, rng, code_share=0.0)
    if style == "sre":
        if code in _ES_DEMONYM and r < 0.9:
            return _sre_upper(_ES_DEMONYM[code][1])  # the catalogue's feminine form
        return code
    if style == "btp":
        if code in _EN_DEMONYM and r < 0.7:
            text = _EN_DEMONYM[code]
            return text.upper() if rng.random() < 0.2 else text
        if code == "IRQ" and r < 0.8:
            tags.append("nationality_note")
            return "Iraqi (Kurdish)"
        return _country(style, code, rng, code_share=0.0).upper()
    if style == "sem":
        if code in _FR_DEMONYM and r < 0.7:
            return _FR_DEMONYM[code][1 if fem else 0]
        if r < 0.85:
            return iso_codes(code)[0]
        return _FR_COUNTRY.get(code, code)
    if code in _ES_DEMONYM and r < 0.8:
        text = _ES_DEMONYM[code][1 if fem else 0]
        if code == "GIN" and rng.random() < 0.4:
            return "guineano (Conakry)" if not fem else "guineana (Conakry)"
        return text.upper() if rng.random() < 0.25 else text
    return _country(style, code, rng, code_share=0.0)


def _detection(src: Blind75Source, ev: dict[str, object], rng: _Rng) -> str:
    """Write the country-of-detection cell, with a place in brackets now and then."""
    code = str(ev["detection_country"])
    hotspot = str(ev.get("hotspot") or "")
    style = src.style
    if style == "btp" and code == "GBR" and hotspot == "Glasgow" and rng.random() < 0.7:
        return choice(rng, ("Scotland (UK)", "UK - Scotland"))
    if style == "btp" and code == "FRA" and rng.random() < 0.4:
        return "France (Coquelles)"
    if style == "sem" and code in _DE_COUNTRY and rng.random() < 0.15:
        return f"{_FR_COUNTRY[code]} / {_DE_COUNTRY[code]}"
    if style == "uco" and code == "ESP" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
        return f"España ({hotspot})"
    return _country(style, code, rng)


def _transit(src: Blind75Source, value: object, rng: _Rng) -> object:
    """Write the transit cell: ordered countries joined the source's way (a list in SRE)."""
    style = src.style
    if value is None:
        return _pick(rng, _NO_TRANSIT[style])
    codes = str(value).split("|")
    if style == "sre":
        names = [_country(style, c, rng, code_share=0.0) for c in codes]
        return names if rng.random() < 0.7 else ", ".join(names)
    if style == "btp" and rng.random() < 0.2:
        return choice(rng, (">", "-", "/")).join(codes)
    if style == "sem" and rng.random() < 0.15:
        return "-".join(iso_codes(c)[0] for c in codes)
    names = [_country(style, c, rng, code_share=0.0) for c in codes]
    if style == "uco" and len(names) > 1 and rng.random() < 0.3:
        return ", ".join(names[:-1]) + " y " + names[-1]
    return choice(rng, _TRANSIT_JOIN[style]).join(names)


def _linked(src: Blind75Source, value: object, rng: _Rng) -> object:
    """Write the linked-offences cell (a JSON list in SRE)."""
    style = src.style
    if value is None:
        return _pick(rng, _NO_LINKED[style])
    words = [choice(rng, _LINKED[style][k]) for k in str(value).split("|")]
    if len(words) > 1 and rng.random() < 0.5:
        words = words[::-1]  # the order carries no meaning
    if style == "sre":
        return words if rng.random() < 0.7 else "; ".join(words)
    return choice(rng, _LINK_JOIN[style]).join(words)


def _thousands(n: int, style: str, rng: _Rng) -> str:
    """Write a count with the source's thousands separator."""
    if n < 1000 or rng.random() < 0.25:
        return str(n)
    head, tail = divmod(n, 1000)
    sep = {
        "factra": (".",),
        "sre": (",",),
        "btp": (",",),
        "sem": ("'", "’", "\u202f"),
        "uco": (".",),
    }[style]
    return f"{head}{choice(rng, sep)}{tail:03d}"


def _persons(src: Blind75Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the persons cell; return it and its expected count."""
    style = src.style
    if rng.random() < _UNKNOWN_SHARE:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style]), None
    if n >= 1000:
        tags.append("big_count")
    if src.format == "jsonl" or src.format == "xlsx":
        if n >= 1000 and rng.random() < 0.5:
            tags.append("count_text")
            return _thousands(n, style, rng), n
        if src.format == "jsonl" and rng.random() < 0.15:
            tags.append("count_text")
            return str(n), n
        return int(n), n
    return _thousands(n, style, rng), n


def _suspects(
    src: Blind75Source, n: int, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Write the suspects cell; return it and its expected count."""
    style = src.style
    if blank:
        tags.append("blank_n_suspects")
        return (None if src.format != "csv" else ""), None
    if rng.random() < _UNKNOWN_SHARE:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style]), None
    if n == 0 and rng.random() < _ZERO_WORD_SHARE:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[style]), 0
    if src.format == "csv" or (src.format == "jsonl" and rng.random() < 0.15):
        return str(n), n
    return int(n), n


def _dms(value: float, pos: str, neg: str, *, sec_decimals: int = 0) -> tuple[str, float]:
    """Degrees, minutes and seconds with a hemisphere letter; return (text, value read).

    With ``sec_decimals`` the seconds carry decimals and the letter follows with no space
    (``51°07'40.4"N``, as map applications copy a point); without, ``8°25'12" N``.
    """
    scale = 10**sec_decimals
    total = round(abs(value) * 3600 * scale)
    deg, rest = divmod(total, 3600 * scale)
    minutes, sec = divmod(rest, 60 * scale)
    hemi = pos if value >= 0 else neg
    read = (deg + minutes / 60 + sec / scale / 3600) * _sign(value)
    if sec_decimals:
        sec_text = f"{sec / scale:0{3 + sec_decimals}.{sec_decimals}f}"
        return f"{deg}°{minutes:02d}'{sec_text}\"{hemi}", read
    return f"{deg}°{minutes:02d}'{sec:02d}\" {hemi}", read


def _dm(value: float, pos: str, neg: str, *, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``36º 50,123' N``); return (text, value read)."""
    thousandths = round(abs(value) * 60_000)
    deg, rest = divmod(thousandths, 60_000)
    minutes = rest / 1000
    read = (deg + minutes / 60) * (1 if value >= 0 else -1)
    text = f"{deg:0{width}d}º {minutes:06.3f}' {pos if value >= 0 else neg}".replace(".", ",")
    return text, read


def _dec(value: float, digits: int) -> tuple[str, float]:
    """Write a decimal with ``digits`` decimals; return (text, value read)."""
    return f"{value:.{digits}f}", round(value, digits)


def _coordinates(
    src: Blind75Source, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the coordinate cells (``coordinates`` or ``lat``/``lon``); return the point read."""
    style = src.style
    empty: object = "" if src.format == "csv" else None
    one = "coordinates" in src.headers
    if blank:
        tags.append("blank_coordinates")
        return ({"coordinates": empty} if one else {"lat": None, "lon": None}), None, None
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return ({"coordinates": empty} if one else {"lat": None, "lon": None}), None, None
    if r < 0.06:
        tags.append("coords_placeholder")
        if style == "sre":
            return {"lat": 0, "lon": 0}, None, None
        word = choice(rng, _COORDS_UNKNOWN[style])
        return ({"coordinates": word} if one else {"lat": word, "lon": word}), None, None
    r = rng.random()
    if style == "factra":
        if r < 0.35:
            (a, la), (b, lo) = _dms(lat, "N", "S"), _dms(lon, "E", "O")
            tags.append("coords_dms")
            return {"coordinates": f"{a}, {b}"}, la, lo
        if r < 0.75:
            (a, la), (b, lo) = _dec(lat, 5), _dec(lon, 5)
            return {"coordinates": f"{a}, {b}"}, la, lo
        (a, la), (b, lo) = _dec(abs(lat), 4), _dec(abs(lon), 4)
        tags.append("coords_hemisphere")
        ns, eo = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        return {"coordinates": f"{a} {ns} {b} {eo}"}, la * _sign(lat), lo * _sign(lon)
    if style == "btp":
        if r < 0.4:
            (a, la), (b, lo) = _dec(lat, 5), _dec(lon, 5)
            return {"coordinates": f"{a}, {b}"}, la, lo
        if r < 0.55:
            (a, la), (b, lo) = _dec(lat, 4), _dec(lon, 4)
            return {"coordinates": f"{a},{b}"}, la, lo
        if r < 0.85:
            (a, la), (b, lo) = (
                _dms(lat, "N", "S", sec_decimals=1),
                _dms(lon, "E", "W", sec_decimals=1),
            )
            tags.append("coords_dms")
            return {"coordinates": f"{a} {b}"}, la, lo
        (a, la), (b, lo) = _dec(abs(lat), 5), _dec(abs(lon), 5)
        tags.append("coords_hemisphere")
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return {"coordinates": f"{ns}{a} {ew}{b}"}, la * _sign(lat), lo * _sign(lon)
    if style == "sem":
        if r < 0.4:
            (a, la), (b, lo) = _dec(abs(lat), 4), _dec(abs(lon), 4)
            tags.append("coords_hemisphere")
            tags.append("decimal_comma")
            ns, eo = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
            text = f"{a.replace('.', ',')} {ns} / {b.replace('.', ',')} {eo}"
            return {"coordinates": text}, la * _sign(lat), lo * _sign(lon)
        if r < 0.65:
            (a, la), (b, lo) = _dec(lat, 5), _dec(lon, 5)
            return {"coordinates": f"{a}, {b}"}, la, lo
        if r < 0.85:
            (a, la), (b, lo) = _dms(lat, "N", "S"), _dms(lon, "E", "O")
            tags.append("coords_dms")
            return {"coordinates": f"{a} {b}"}, la, lo
        (a, la), (b, lo) = _dec(lat, 4), _dec(lon, 4)
        tags.append("decimal_comma")
        text = f"lat. {a.replace('.', ',')} / long. {b.replace('.', ',')}"
        return {"coordinates": text}, la, lo
    if style == "sre":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.05:
            tags.append("coords_swapped")
            return {"lat": lo, "lon": la}, la, lo
        if r < 0.2:
            tags.append("coords_text")
            return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
        return {"lat": la, "lon": lo}, la, lo
    # uco: separate latitude and longitude
    if r < 0.4:
        (a, la), (b, lo) = _dm(lat, "N", "S", width=2), _dm(lon, "E", "W", width=3)
        tags.append("coords_dm")
        return {"lat": a, "lon": b}, la, lo
    if r < 0.85:
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo
    (a, la), (b, lo) = _dms(lat, "N", "S"), _dms(lon, "E", "W")
    tags.append("coords_dms")
    return {"lat": a.replace("°", "º"), "lon": b.replace("°", "º")}, la, lo


def _num(value: object) -> float:
    """Read a number of the truth (an int, a float or a numpy scalar)."""
    return float(str(value))


def _sign(value: float) -> int:
    """Return 1 for a point north or east, -1 for one south or west."""
    return 1 if value >= 0 else -1


def _scots(ev: dict[str, object]) -> bool:
    """Tell whether the event was detected in Scotland (its own trafficking statute)."""
    return str(ev.get("hotspot") or "") == "Glasgow"


def _garble(src: Blind75Source, cells: dict[str, object], rng: _Rng, tags: list[str]) -> None:
    """Garble one accented text cell of a cp1252 file (UTF-8 read as cp1252), now and then."""
    if src.encoding != "cp1252" or rng.random() >= _MOJIBAKE_SHARE:
        return
    options = []
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        text = cells.get(col)
        bad = mojibake(text) if isinstance(text, str) else None
        if bad is not None and fits(bad, src):
            options.append((col, bad))
    if options:
        col, bad = options[int(rng.integers(len(options)))]
        cells[col] = bad
        tags.append("mojibake")


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind75Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags).

    Parameters
    ----------
    src : Blind75Source
        The source writing the row.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field a second report leaves blank (``nationality``, ``n_suspects``,
        ``coordinates``, ``gender`` or ``detection_country``).

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` or ``lat``/``lon``).
    expected : dict
        The clean values a careful analyst reads from the cells.
    tags : list of str
        Messiness tags of the row.
    """
    style = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    empty: object = "" if src.format == "csv" else None
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    if style == "btp" and crime == "trafficking" and _scots(ev):
        cells["crime_type"] = choice(rng, _SCOTLAND_TRAFFICKING)
        tags.append("scots_statute")
    else:
        cells["crime_type"] = choice(rng, _CRIME[style][crime])
    exp["crime_type"] = crime

    expl = ev.get("exploitation")
    if expl is None:
        cells["exploitation"] = _pick(rng, _NO_EXPLOITATION[style])
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[style][str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(src, int(_num(ev["n_persons"])), rng, tags)
    blank = forced_blank == "n_suspects"
    n_suspects = int(_num(ev["n_suspects"]))
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_suspects, rng, tags, blank)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = empty, "unknown"
    elif rng.random() < _UNKNOWN_SHARE / 2:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, _GENDER_UNKNOWN[style]), "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[style][gender]), gender

    age = str(ev["age_group"])
    if rng.random() < _UNKNOWN_SHARE / 2:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[style]), "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style][age]), age

    nat = ev.get("nationality")
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = empty, None
    elif nat is None:
        cells["nationality"], exp["nationality"] = empty, None
    elif rng.random() < _UNKNOWN_SHARE / 2:
        tags.append("blank_nationality")
        cells["nationality"] = choice(rng, _NATIONALITY_UNKNOWN[style])
        exp["nationality"] = None
    else:
        cells["nationality"] = _nationality(src, str(nat), gender, rng, tags)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country"):
        value = ev.get(col)
        cells[col] = empty if value is None else _country(style, str(value), rng)
        exp[col] = None if value is None else str(value)

    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = empty, None
    else:
        cells["detection_country"] = _detection(src, ev, rng)
        exp["detection_country"] = str(ev["detection_country"])

    transit = ev.get("transit_countries")
    cells["transit_countries"] = _transit(src, transit, rng)
    exp["transit_countries"] = None if transit is None else str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < _UNKNOWN_SHARE / 2:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA_WORD[style]), "unknown"
    else:
        words = _TRANSPORT_HERE.get(
            (style, mode, str(ev.get("hotspot"))),
            _TRANSPORT_HERE.get((style, mode, str(ev.get("corridor"))), _TRANSPORT[style][mode]),
        )
        cells["transport_mode"], exp["transport_mode"] = choice(rng, words), mode

    coord_cells, exp["lat"], exp["lon"] = _coordinates(
        src,
        _num(ev["lat"]),
        _num(ev["lon"]),
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(coord_cells)

    offences = ev.get("linked_offences")
    cells["linked_offences"] = _linked(src, offences, rng)
    exp["linked_offences"] = None if offences is None else str(offences)

    _garble(src, cells, rng, tags)
    for col, value in cells.items():  # a clerk's cell always fits the file's encoding
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: {col} cell {value!r} does not fit {src.encoding}")
    return cells, exp, tags


_EXAMINER: Examiner[Blind75Source] = Examiner(
    sources=BLIND75_SOURCES,
    primary=_PRIMARY,
    compilation=SEM.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=7575,
    blank_share=0.35,
)


def make_blind75(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind75`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same files.

    Returns
    -------
    list of Submission
        ``factra_cr_by.csv``, ``sre_pc_mx_by.jsonl``, ``btp_uk_by.csv``,
        ``sem_ch_by.csv`` and ``uco_gc_es_by.xlsx``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind75(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['factra_cr_by.csv', 'sre_pc_mx_by.jsonl', 'btp_uk_by.csv', 'sem_ch_by.csv',
     'uco_gc_es_by.xlsx']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
