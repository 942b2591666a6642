"""Examiner set ``blind114``: five sources written independently of the cleaner (``*_dl.*``).

A reader's guide to the five files. Three Colombian services on the Venezuelan, Ecuadorian
and Panamanian borders write in Spanish; a US military task force writes in English and a
French asylum office in French. Each event is first reported by the source of its
detection country (Panama: the Defensoría; the United States: JTF-North; Spain: the
Personería; Italy and Greece: the Fiscalía of Nariño; every other country: OFPRA); a few
events come a second time from another source (the Darién and US-Mexico routes from the
Fiscalía, the Mediterranean and Atlantic routes from OFPRA).

``defensoria_co_dl.xlsx`` -- Defensoría del Pueblo de Colombia, Delegada para los Derechos
    de la Población en Movilidad Humana, Regional Urabá (Spanish, XLSX, sheet ``Casos``).
    The monitoring matrix it shares with the GIFMM, so its headers are bilingual
    (``Fecha de atención / Date``, ``N.º personas / Persons``, ``Latitud (°) / Lat``).
    Dates: real Excel dates, Excel serial numbers left in a General-formatted column
    (``44652``), text ``15/03/2022``, ``15-mar-2022`` and ``15 de marzo de 2022``; partial
    dates ``marzo de 2022`` and quarters ``II trimestre de 2022`` / ``2022-T2``. Offences
    cite the Colombian Penal Code (``Tráfico de migrantes (art. 188 C.P.)``, ``Trata de
    personas (art. 188A C.P.)``). Ages as ``NNA`` (niños, niñas y adolescentes),
    ``Grupo familiar (adultos y NNA)``; nationalities as gendered demonyms
    (``venezolana``, ``haitianos``) or names; transit ``Ecuador → Colombia``; counts as
    numbers, ``1.234`` with a dot for thousands or ``45 personas``; coordinates as numbers
    or text with a decimal comma (``8,45231``); ``S/D`` / ``Sin dato`` / ``Por
    establecer`` for unknowns; a source note and a ``TOTAL GENERAL`` row. Extra column
    ``Lugar / Place`` (Bajo Chiquito, Lajas Blancas, Tapón del Darién).

``personeria_cucuta_dl.csv`` -- Personería Municipal de San José de Cúcuta, register of
    declarations on trafficking and smuggling (Spanish, cp1252, ``;``, CRLF). Upper-case
    headers and values as a municipal register keeps them (``No. RADICADO``, ``FECHA
    HECHOS (DD/MM/AAAA)``, ``CICLO VITAL``), sometimes without accents or eñe
    (``ESPANA``, ``MEXICO``). Dates day-first ``05/03/2022``, ``5/3/2022``,
    ``05-03-2022``, ``05-MAR-2022``; partial ``MARZO DE 2022`` and ``I TRIMESTRE DE
    2022``. Age as the Colombian life cycle (``ADULTEZ``, ``ADOLESCENCIA``, ``INFANCIA``,
    ``VARIOS CICLOS (ADULTOS Y NNA)``) or an age in years for one person (``16 AÑOS``).
    One ``COORDENADAS`` cell: ``28.08671, -15.42583`` or degrees-minutes-seconds with
    ``O`` (oeste) for west, or ``SIN GEORREFERENCIA``. Counts ``1.234``; ``SIN DATO`` /
    ``POR ESTABLECER``; suspects ``NINGUNO``. Re-sends some rows (exact repeats); a
    note row and a ``TOTAL`` row.

``fiscalia_narino_dl.csv`` -- Fiscalía General de la Nación, Dirección Seccional Nariño
    (Ipiales), an SPOA export of criminal reports with an international component
    (Spanish, UTF-8 without BOM, ``|``). Reference is the 21-digit NUNC. Snake-case
    upper-case headers (``FECHA_HECHOS``, ``CANT_INDICIADOS``, ``PAIS_HECHOS``). Dates ISO
    ``2022-03-15``, ``2022-03-15 00:00:00``, ``2022/03/15`` and ``15/03/2022``; partial
    ``2022-03``. Offences by article only at times (``ART. 188A C.P.``, ``ARTS. 188 Y
    188A C.P.``, linked ``COHECHO (ART. 407)``, ``LAVADO DE ACTIVOS (ART. 323)``).
    Countries as upper-case names or ISO alpha-2 (``EC``, ``VE``), some mojibake
    (``TÃšNEZ``); ``NO REGISTRA`` for unknowns; decimal-comma coordinates
    (``37,94521``) or DMS with a decimal comma in the seconds.

``jtfn_dl.jsonl`` -- Joint Task Force North (USNORTHCOM), digest of SITREPs on
    interdictions it supported on the southwest border (English, JSON lines, UTF-8).
    Keys ``sitrep_id``, ``dtg``, ``pax``, ``facilitators``, ``age_cat``, ``conveyance``,
    ``loc``. Dates as military date-time groups (``151030ZMAR22``), ISO, ``15 MAR 2022``
    and US month-first ``03/15/2022``; partial ``MAR 2022``, calendar quarters ``CY2022
    Q2`` and US federal fiscal quarters (``FY22 Q3`` = April-June 2022). Nationalities as
    ISO alpha-2 (``MX``, ``GT``), upper-case names or demonyms; age as CBP categories
    (``SA`` single adults, ``UAC`` unaccompanied children, ``FMUA`` family units);
    offences with US Code citations (``ALIEN SMUGGLING (8 USC 1324)``, ``SEX TRAFFICKING
    (18 USC 1591)``); counts as JSON numbers or text (``1,250``, ``23 PAX``); ``UNK``
    for unknowns; coordinates in degrees and decimal minutes (``31 20.456N 110
    56.789W``). Re-sends some records; a period-total record.

``ofpra_dl.csv`` -- Office français de protection des réfugiés et apatrides, referents on
    trafficking of the vulnerability mission: facts declared by asylum applicants
    (French, UTF-16 with BOM, tab-delimited, as Excel's "Unicode text" export). Dates
    ``15/03/2022``, ``15 mars 2022``, ``le 15/03/2022``, ``15 févr. 2022``, ``15/03/22``;
    partial ``mars 2022``, ``courant mars 2022``, ``T1 2022``, ``2e trimestre 2022``.
    Offences ``TEH (art. 225-4-1 C. pén.)``, ``aide à l'entrée irrégulière (art. L.823-1
    CESEDA)``; ages ``majeure``, ``MNA``, ``16 ans``; counts with a narrow no-break space
    for thousands (``1 234``); ``non renseigné`` / ``inconnu``; suspects ``aucun`` /
    ``néant``; coordinates mostly missing, else ``50,95134 N ; 1,85872 E`` (``O`` for
    ouest) or decimal degrees. A note and a ``Total`` row.
"""

from __future__ import annotations

import unicodedata
from typing import ClassVar

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

__all__ = ["BLIND114_SOURCES", "make_blind114"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_DEFENSORIA = ExaminerSource(
    source="defensoria_co_dl",
    filename="defensoria_co_dl.xlsx",
    ref="DPMH-URA-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Radicado / Case ID",
        "event_date": "Fecha de atención / Date",
        "place": "Lugar / Place",
        "crime_type": "Conducta (C.P.) / Offence",
        "exploitation": "Finalidad de explotación / Purpose",
        "n_persons": "N.º personas / Persons",
        "n_suspects": "Presuntos facilitadores / Suspects",
        "gender": "Sexo / Sex",
        "age_group": "Grupo etario / Age group",
        "nationality": "Nacionalidad / Nationality",
        "origin_country": "País de origen / Country of origin",
        "destination_country": "Destino declarado / Intended destination",
        "detection_country": "País de detección / Detected in",
        "transit_countries": "Países de tránsito / Transit",
        "transport_mode": "Medio / Means",
        "lat": "Latitud (°) / Lat",
        "lon": "Longitud (°) / Lon",
        "linked_offences": "Delitos conexos / Related offences",
    },
    note=(
        "Fuente: Defensoría del Pueblo – Delegada para los Derechos de la Población en "
        "Movilidad Humana. Cifras preliminares, sujetas a verificación."
    ),
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso", "varias familias"),
    repeats=False,
)
_PERSONERIA = ExaminerSource(
    source="personeria_cucuta_dl",
    filename="personeria_cucuta_dl.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "No. RADICADO",
        "event_date": "FECHA HECHOS (DD/MM/AAAA)",
        "crime_type": "TIPO PENAL",
        "exploitation": "MODALIDAD DE EXPLOTACION",
        "n_persons": "No. VICTIMAS / MIGRANTES",
        "n_suspects": "No. PRESUNTOS RESPONSABLES",
        "gender": "SEXO",
        "age_group": "CICLO VITAL",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS DE ORIGEN",
        "destination_country": "PAIS DE DESTINO",
        "detection_country": "PAIS DONDE SE DETECTO",
        "transit_countries": "PAISES DE TRANSITO",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "place": "MUNICIPIO / CIUDAD",
        "coordinates": "COORDENADAS",
        "linked_offences": "OTROS DELITOS",
    },
    note="NOTA: INFORMACION SUJETA A VERIFICACION - NO CONSTITUYE ESTADISTICA OFICIAL",
    total="TOTAL",
    bad_count=("VARIOS", "UN GRUPO", "VARIAS PERSONAS"),
    repeats=True,
)
_FISCALIA = ExaminerSource(
    source="fiscalia_narino_dl",
    filename="fiscalia_narino_dl.csv",
    ref="523566000492{year}{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "NUNC",
        "event_date": "FECHA_HECHOS",
        "crime_type": "DELITO",
        "exploitation": "FINALIDAD",
        "n_persons": "CANT_VICTIMAS",
        "n_suspects": "CANT_INDICIADOS",
        "gender": "SEXO_VICTIMA",
        "age_group": "RANGO_EDAD",
        "nationality": "NACIONALIDAD_VICTIMA",
        "origin_country": "PAIS_ORIGEN",
        "destination_country": "PAIS_DESTINO",
        "detection_country": "PAIS_HECHOS",
        "transit_countries": "PAISES_TRANSITO",
        "transport_mode": "MEDIO_TRANSPORTE",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS_CONEXOS",
    },
    note="REPORTE GENERADO DESDE SPOA - INFORMACION RESERVADA",
    total="TOTAL VICTIMAS",
    bad_count=("VARIAS", "MULTIPLES"),
    repeats=False,
)
_JTFN = ExaminerSource(
    source="jtfn_dl",
    filename="jtfn_dl.jsonl",
    ref="JTFN-SR-{yy:02d}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "sitrep_id",
        "event_date": "dtg",
        "place": "aor",
        "crime_type": "activity",
        "exploitation": "exploitation_type",
        "n_persons": "pax",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "nat",
        "origin_country": "origin",
        "destination_country": "dest",
        "detection_country": "country",
        "transit_countries": "transit",
        "transport_mode": "conveyance",
        "coordinates": "loc",
        "linked_offences": "assoc_offenses",
    },
    note=None,
    total="PERIOD TOTAL",
    bad_count=("MULTIPLE", "LARGE GROUP", "SEVERAL"),
    repeats=True,
)
_OFPRA = ExaminerSource(
    source="ofpra_dl",
    filename="ofpra_dl.csv",
    ref="{yy:02d}-{seq:05d}/TEH",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits (déclarée)",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb d'auteurs / passeurs cités",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination visé",
        "detection_country": "Pays d'interception / de repérage",
        "transit_countries": "Pays de transit (ordre chronologique)",
        "transport_mode": "Mode de transport",
        "place": "Lieu déclaré",
        "coordinates": "Coordonnées (si connues)",
        "linked_offences": "Infractions connexes",
    },
    note="Source : OFPRA – données déclaratives, non vérifiées. Diffusion restreinte.",
    total="Total",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)

#: The five sources of the set, in the order :func:`make_blind114` returns them.
BLIND114_SOURCES: tuple[ExaminerSource, ...] = (
    _DEFENSORIA,
    _PERSONERIA,
    _FISCALIA,
    _JTFN,
    _OFPRA,
)

# --------------------------------------------------------------------------------------
# Country wording: names (the first is the usual one) and demonyms (masculine, feminine)
# --------------------------------------------------------------------------------------
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Bielorrusia", "Belarús"),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea", "Guinea Conakry"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak", "Iraq"),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí", "Mali"),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EE.UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: dict[str, tuple[str, str]] = {
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
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord",),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigéria", "Nigeria"),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie",),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
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
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina",),
    "BLR": ("Belarus",),
    "CHN": ("China",),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom",),
    "GIN": ("Guinea",),
    "GMB": ("Gambia",),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia",),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey",),
    "USA": ("United States", "USA", "U.S."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
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

# --------------------------------------------------------------------------------------
# Other wording
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
_ES_MON = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
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
_FR_MON = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
_EN_MON = tuple(m[:3].upper() for m in MONTHS)
_ROMAN = ("I", "II", "III", "IV")

#: Linked offences as each language's clerks write them.
_ES_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "Falsedad en documento público",
        "Uso de documento falso (art. 291 C.P.)",
        "Falsedad personal",
    ),
    "corruption": ("Cohecho", "Cohecho por dar u ofrecer (art. 407 C.P.)"),
    "money_laundering": ("Lavado de activos", "Lavado de activos (art. 323 C.P.)"),
    "illicit_goods": ("Contrabando", "Contrabando de mercancías (art. 319 C.P.)"),
    "cybercrime": ("Acceso abusivo a sistema informático (art. 269A C.P.)", "Delito informático"),
    "terrorism": ("Terrorismo", "Financiación del terrorismo"),
}
_FISCALIA_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "FALSEDAD MATERIAL EN DOCUMENTO PUBLICO (ART. 287)",
        "USO DE DOCUMENTO FALSO (ART. 291)",
    ),
    "corruption": ("COHECHO POR DAR U OFRECER (ART. 407)", "COHECHO PROPIO (ART. 405)"),
    "money_laundering": ("LAVADO DE ACTIVOS (ART. 323)",),
    "illicit_goods": ("CONTRABANDO (ART. 319)",),
    "cybercrime": ("ACCESO ABUSIVO A UN SISTEMA INFORMATICO (ART. 269A)",),
    "terrorism": ("FINANCIACION DEL TERRORISMO (ART. 345)",),
}
_FR_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "faux documents",
        "usage de faux (art. 441-1 C. pén.)",
        "fraude documentaire",
    ),
    "corruption": ("corruption d'agent public", "corruption"),
    "money_laundering": ("blanchiment", "blanchiment d'argent"),
    "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_EN_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("FRAUDULENT DOCS", "document fraud (18 USC 1546)", "DOCUMENT FRAUD"),
    "corruption": ("BRIBERY OF PUBLIC OFFICIAL", "public corruption"),
    "money_laundering": ("MONEY LAUNDERING (18 USC 1956)", "money laundering"),
    "illicit_goods": ("CONTRABAND", "contraband smuggling"),
    "cybercrime": ("CYBERCRIME", "computer fraud (18 USC 1030)"),
    "terrorism": ("TERRORISM",),
}

#: Where each hotspot is, as each source names it (else the name before its brackets).
_PLACES_ES: dict[str, tuple[str, ...]] = {"Darién gap": ("Tapón del Darién", "Selva del Darién")}
_PLACES_FR: dict[str, tuple[str, ...]] = {
    "Dunkirk/Gravelines": ("Dunkerque / Gravelines", "Grande-Synthe"),
    "Dover": ("Douvres",),
    "London": ("Londres",),
    "Lesbos": ("Lesbos",),
}
_AOR: dict[str, tuple[str, ...]] = {
    "Nogales (Sonora/Arizona)": ("TCA - NOGALES", "TUCSON SECTOR (NOGALES)"),
    "Sasabe": ("TCA - SASABE", "TUCSON SECTOR (SASABE)"),
    "Rio Grande Valley": ("RGV", "RIO GRANDE VALLEY SECTOR"),
    "El Paso": ("EPT", "EL PASO SECTOR"),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop the accents (and the tilde of ñ), as a system without them writes."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _es_plural(word: str) -> str:
    """Spanish plural of a demonym (``senegalés`` -> ``senegaleses``)."""
    if word.endswith("és"):
        return word[:-2] + "eses"
    if word.endswith("í"):
        return word + "es"
    if word[-1] in "aeiou":
        return word + "s"
    return word + "es"


def _fr_plural(word: str) -> str:
    """French plural of a demonym (``afghane`` -> ``afghanes``)."""
    return word if word.endswith("s") else word + "s"


def _thousands(n: int, sep: str) -> str:
    """``1234`` -> ``1.234`` (or the given separator)."""
    return f"{n:,}".replace(",", sep)


def _dms(value: float) -> tuple[int, int, float]:
    """Degrees, minutes and seconds (one decimal) of the absolute value of ``value``."""
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    sec = round(((v - deg) * 60 - minutes) * 60, 1)
    if sec >= 60.0:
        sec = 0.0
        minutes += 1
    if minutes >= 60:
        minutes = 0
        deg += 1
    return deg, minutes, sec


def _dms_value(sign: float, dms: tuple[int, int, float]) -> float:
    return sign * (dms[0] + dms[1] / 60 + dms[2] / 3600)


def _ddm(value: float) -> tuple[int, float]:
    """Degrees and decimal minutes (three decimals) of the absolute value of ``value``."""
    v = abs(value)
    deg = int(v)
    minutes = round((v - deg) * 60, 3)
    if minutes >= 60.0:
        deg, minutes = deg + 1, 0.0
    return deg, minutes


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


def _plural(n: int | None) -> bool:
    return n is None or n != 1


class _Writer:
    """How one source writes each field; the base gives the Spanish defaults."""

    place_names: ClassVar[dict[str, tuple[str, ...]]] = {}

    # dates ---------------------------------------------------------------------------
    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        raise NotImplementedError

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        raise NotImplementedError

    def note_date(self, last: pd.Timestamp) -> object:
        raise NotImplementedError

    # categories ------------------------------------------------------------------------
    def crime(self, crime: str, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        raise NotImplementedError

    def exploitation(self, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        raise NotImplementedError

    def gender(self, gender: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        raise NotImplementedError

    def age(self, age: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        raise NotImplementedError

    def transport(self, mode: str, corridor: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        raise NotImplementedError

    # numbers ---------------------------------------------------------------------------
    def count(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        raise NotImplementedError

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        raise NotImplementedError

    # countries -------------------------------------------------------------------------
    def nationality(
        self, code: str, gender: str, n: int | None, rng: _Rng, tags: list[str]
    ) -> tuple[object, str | None]:
        raise NotImplementedError

    def country(self, code: str, rng: _Rng, tags: list[str]) -> object:
        raise NotImplementedError

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        raise NotImplementedError

    # place -----------------------------------------------------------------------------
    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[dict[str, object], float | None, float | None]:
        raise NotImplementedError

    def offences(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        raise NotImplementedError

    def place(self, hotspot: str, rng: _Rng) -> object:
        names = self.place_names.get(hotspot)
        return choice(rng, names) if names else hotspot.split(" (")[0]


# --------------------------------------------------------------------------------------
# Defensoría del Pueblo (Urabá): bilingual XLSX matrix
# --------------------------------------------------------------------------------------
class _Defensoria(_Writer):
    place_names = _PLACES_ES

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.04:
            tags.append("partial_month")
            month = _ES_MONTHS[ts.month - 1]
            text = choice(rng, (f"{month} de {ts.year}", f"{month.capitalize()} {ts.year}"))
            return text, _month_start(ts), "month"
        if partial_ok and r < 0.065:
            tags.append("partial_quarter")
            q = ts.quarter
            text = choice(rng, (f"{_ROMAN[q - 1]} trimestre de {ts.year}", f"{ts.year}-T{q}"))
            return text, _quarter_start(ts), "quarter"
        r = rng.random()
        if r < 0.6:
            tags.append("excel_date")
            return ts.to_pydatetime(), ts, "day"
        if r < 0.75:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
        if r < 0.88:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.95:
            tags.append("month_abbr")
            return f"{ts.day:02d}-{_ES_MON[ts.month - 1]}-{ts.year}", ts, "day"
        tags.append("month_name")
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ts, "day"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "S/F", "")) or None
        if kind == "bad_date":
            return choice(rng, (f"30/02/{ts.year}", f"31/04/{ts.year}", f"31/06/{ts.year}"))
        return (ts + pd.DateOffset(years=10)).to_pydatetime()

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=6)).to_pydatetime()

    def crime(self, crime: str, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if crime == "smuggling":
            opts: tuple[str, ...] = (
                "Tráfico de migrantes",
                "Tráfico de migrantes (art. 188 C.P.)",
                "Presunto tráfico de migrantes",
            )
        elif crime == "trafficking":
            opts = (
                "Trata de personas",
                "Trata de personas (art. 188A C.P.)",
                "Presunta trata de personas",
            )
        else:
            opts = (
                "Trata de personas y tráfico de migrantes",
                "Tráfico de migrantes / trata de personas (arts. 188 y 188A C.P.)",
            )
        text = choice(rng, opts)
        if "art" in text:
            tags.append("legal_article")
        return text

    def exploitation(self, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if expl is None:
            return choice(rng, ("", "No aplica", "N/A", "")) or None
        return choice(rng, _ES_EXPLOITATION[expl])

    def gender(self, gender: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        many = _plural(n)
        words = {
            "male": ("Hombres", "Masculino") if many else ("Hombre", "Masculino"),
            "female": ("Mujeres", "Femenino") if many else ("Mujer", "Femenino"),
            "mixed": ("Mixto", "Hombres y mujeres", "Ambos sexos"),
        }[gender]
        return choice(rng, words), gender

    def age(self, age: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("na_word")
            return choice(rng, ("Sin dato", "S/D")), "unknown"
        words = {
            "adult": ("Adultos", "Adultos(as)") if _plural(n) else ("Adulto(a)", "Adulto"),
            "child": ("NNA", "Niños, niñas y adolescentes", "Menor de edad"),
            "mixed": ("Grupo familiar (adultos y NNA)", "Mixto (adultos y NNA)", "Adultos y NNA"),
        }[age]
        return choice(rng, words), age

    def transport(self, mode: str, corridor: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.015:
            tags.append("na_word")
            return choice(rng, ("Sin dato", "S/D")), "unknown"
        if mode == "land":
            words: tuple[str, ...] = ("A pie (trocha)", "Terrestre", "A pie / selva", "Caminando")
        elif mode == "sea":
            words = ("Lancha", "Marítimo", "Embarcación")
        else:
            words = ("Aéreo", "Vuelo comercial")
        return choice(rng, words), mode

    def count(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.02:
            tags.append("count_placeholder")
            return choice(rng, ("S/D", "Sin dato", "Por establecer")), None
        if n >= 1000 and r < 0.6:
            tags.append("thousands_sep")
            return _thousands(n, "."), n
        if r < 0.07:
            tags.append("count_with_unit")
            return f"{n} personas" if n != 1 else "1 persona", n
        return n, n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.03:
            tags.append("suspects_placeholder")
            return choice(rng, ("S/D", "Por establecer", "Desconocido")), None
        if n == 0 and r < 0.35:
            tags.append("zero_word")
            return choice(rng, ("Ninguno", "Ninguno identificado")), 0
        return n, n

    def nationality(
        self, code: str, gender: str, n: int | None, rng: _Rng, tags: list[str]
    ) -> tuple[object, str | None]:
        if rng.random() < 0.01:
            tags.append("blank_nationality")
            return choice(rng, ("Sin dato", "Indocumentado (sin dato)")), None
        dem = _ES_DEMONYMS.get(code)
        if dem is not None and rng.random() < 0.55:
            tags.append("demonym")
            word = dem[1] if gender == "female" else dem[0]
            return (_es_plural(word) if _plural(n) else word), code
        return choice(rng, _ES_NAMES.get(code, (code,))), code

    def country(self, code: str, rng: _Rng, tags: list[str]) -> object:
        if rng.random() < 0.04:
            tags.append("iso3")
            return code
        return choice(rng, _ES_NAMES.get(code, (code,)))

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return choice(rng, ("", "", "Ninguno")) or None
        sep = choice(rng, (" → ", " - ", ", "))
        return sep.join(choice(rng, _ES_NAMES.get(c, (c,))) for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[dict[str, object], float | None, float | None]:
        r = rng.random()
        if r < 0.08:
            tags.append("coords_placeholder")
            word = choice(rng, ("S/D", "Sin dato"))
            return {"lat": word, "lon": word}, None, None
        if r < 0.15:
            tags.append("coords_missing")
            return {}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.27:
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo

    def offences(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return choice(rng, ("", "", "", "Ninguno")) or None
        sep = choice(rng, ("; ", " / ", ", "))
        return sep.join(choice(rng, _ES_OFFENCES[c]) for c in codes)


_ES_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "sexual": ("Explotación sexual", "Explotación sexual / prostitución ajena"),
    "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
    "forced_criminality": (
        "Utilización para actividades delictivas",
        "Explotación en actividades delictivas",
    ),
    "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otras formas de explotación", "Otra finalidad"),
}


# --------------------------------------------------------------------------------------
# Personería de Cúcuta: upper-case municipal register, cp1252
# --------------------------------------------------------------------------------------
class _Personeria(_Writer):
    @staticmethod
    def _up(text: str, rng: _Rng, tags: list[str]) -> str:
        out = text.upper()
        if rng.random() < 0.25 and _strip_accents(out) != out:
            tags.append("no_accent")
            return _strip_accents(out)
        return out

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.035:
            tags.append("partial_month")
            return f"{_ES_MONTHS[ts.month - 1].upper()} DE {ts.year}", _month_start(ts), "month"
        if partial_ok and r < 0.05:
            tags.append("partial_quarter")
            return f"{_ROMAN[ts.quarter - 1]} TRIMESTRE DE {ts.year}", _quarter_start(ts), "quarter"
        r = rng.random()
        if r < 0.7:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.82:
            tags.append("no_zero_pad")
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day"
        if r < 0.9:
            tags.append("dash_date")
            return ts.strftime("%d-%m-%Y"), ts, "day"
        tags.append("month_abbr")
        return f"{ts.day:02d}-{_ES_MON[ts.month - 1].upper()}-{ts.year}", ts, "day"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "S/F", "SIN FECHA", "")) or None
        if kind == "bad_date":
            return choice(rng, (f"31/02/{ts.year}", f"30/02/{ts.year}", f"31/09/{ts.year}"))
        return (ts + pd.DateOffset(years=10)).strftime("%d/%m/%Y")

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=3)).strftime("%d/%m/%Y")

    def crime(self, crime: str, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        tags.append("legal_article")
        if crime == "smuggling":
            return choice(
                rng, ("TRAFICO DE MIGRANTES ART. 188 C.P.", "TRAFICO DE MIGRANTES (ART 188)")
            )
        if crime == "trafficking":
            return choice(
                rng, ("TRATA DE PERSONAS ART. 188A C.P.", "TRATA DE PERSONAS (LEY 985/2005)")
            )
        return choice(
            rng,
            (
                "TRATA DE PERSONAS (188A) Y TRAFICO DE MIGRANTES (188)",
                "TRAFICO DE MIGRANTES Y TRATA DE PERSONAS",
            ),
        )

    def exploitation(self, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if expl is None:
            return choice(rng, ("NO APLICA", "", "N/A")) or None
        return _strip_accents(choice(rng, _ES_EXPLOITATION[expl]).upper())

    def gender(self, gender: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        words = {
            "male": ("HOMBRE", "MASCULINO"),
            "female": ("MUJER", "FEMENINO"),
            "mixed": ("MIXTO", "HOMBRES Y MUJERES"),
        }[gender]
        return choice(rng, words), gender

    def age(self, age: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("na_word")
            return "SIN DATO", "unknown"
        if n == 1 and age in ("adult", "child") and rng.random() < 0.5:
            tags.append("age_number")
            years = int(rng.integers(19, 58)) if age == "adult" else int(rng.integers(9, 18))
            return f"{years} AÑOS", age
        tags.append("ciclo_vital")
        words = {
            "adult": ("ADULTEZ", "ADULTO"),
            "child": ("ADOLESCENCIA", "INFANCIA", "MENOR DE EDAD"),
            "mixed": ("VARIOS CICLOS (ADULTOS Y NNA)", "ADULTEZ E INFANCIA"),
        }[age]
        return choice(rng, words), age

    def transport(self, mode: str, corridor: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.015:
            tags.append("na_word")
            return "SIN DATO", "unknown"
        if mode == "sea":
            words: tuple[str, ...] = {
                "watl": ("CAYUCO", "MARITIMO", "EMBARCACION"),
                "wmed": ("PATERA", "MARITIMO", "NEUMATICA"),
            }.get(corridor, ("MARITIMO", "EMBARCACION"))
        elif mode == "land":
            words = ("TERRESTRE", "BUS", "VEHICULO PARTICULAR")
        else:
            words = ("AEREO", "VUELO COMERCIAL")
        return choice(rng, words), mode

    def count(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.02:
            tags.append("count_placeholder")
            return choice(rng, ("SIN DATO", "S/D", "POR ESTABLECER")), None
        if n >= 1000 and r < 0.7:
            tags.append("thousands_sep")
            return _thousands(n, "."), n
        return str(n), n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.03:
            tags.append("suspects_placeholder")
            return choice(rng, ("SIN DATO", "POR ESTABLECER")), None
        if n == 0 and r < 0.4:
            tags.append("zero_word")
            return choice(rng, ("NINGUNO", "0 (CERO)")), 0
        return str(n), n

    def nationality(
        self, code: str, gender: str, n: int | None, rng: _Rng, tags: list[str]
    ) -> tuple[object, str | None]:
        if rng.random() < 0.01:
            tags.append("blank_nationality")
            return "SIN DATO", None
        dem = _ES_DEMONYMS.get(code)
        tags.append("uppercase")
        if dem is not None and rng.random() < 0.65:
            tags.append("demonym")
            word = dem[1] if gender == "female" else dem[0]
            return self._up(_es_plural(word) if _plural(n) else word, rng, tags), code
        return self._up(_ES_NAMES.get(code, (code,))[0], rng, tags), code

    def country(self, code: str, rng: _Rng, tags: list[str]) -> object:
        return self._up(_ES_NAMES.get(code, (code,))[0], rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return choice(rng, ("", "NINGUNO", "DIRECTO", "")) or None
        sep = choice(rng, (", ", " - "))
        return sep.join(self._up(_ES_NAMES.get(c, (c,))[0], rng, tags) for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[dict[str, object], float | None, float | None]:
        r = rng.random()
        if r < 0.1:
            tags.append("coords_placeholder")
            return {"coordinates": "SIN GEORREFERENCIA"}, None, None
        if r < 0.2:
            tags.append("coords_missing")
            return {}, None, None
        if r < 0.55:
            tags.append("dms")
            la, lo = _dms(lat), _dms(lon)
            ns = "N" if lat >= 0 else "S"
            eo = "E" if lon >= 0 else "O"  # oeste
            text = (
                f"{ns} {la[0]}°{la[1]:02d}'{la[2]:04.1f}'' {eo} {lo[0]}°{lo[1]:02d}'{lo[2]:04.1f}''"
            )
            return (
                {"coordinates": text},
                _dms_value(1.0 if lat >= 0 else -1.0, la),
                _dms_value(1.0 if lon >= 0 else -1.0, lo),
            )
        la5, lo5 = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la5:.5f}, {lo5:.5f}"}, la5, lo5

    def offences(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return choice(rng, ("", "NINGUNO", "")) or None
        return " - ".join(_strip_accents(choice(rng, _ES_OFFENCES[c]).upper()) for c in codes)

    def place(self, hotspot: str, rng: _Rng) -> object:
        return hotspot.split(" (")[0].upper()


# --------------------------------------------------------------------------------------
# Fiscalía seccional Nariño: SPOA export, UTF-8, pipes
# --------------------------------------------------------------------------------------
class _Fiscalia(_Writer):
    @staticmethod
    def _name(code: str, rng: _Rng, tags: list[str]) -> str:
        r = rng.random()
        if r < 0.18:
            tags.append("iso2")
            return iso_codes(code)[0]
        name = _ES_NAMES.get(code, (code,))[0].upper()
        if r < 0.3:
            garbled = mojibake(name)
            if garbled is not None:
                tags.append("mojibake")
                return garbled
        return name

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        if partial_ok and rng.random() < 0.03:
            tags.append("partial_month")
            return ts.strftime("%Y-%m"), _month_start(ts), "month"
        r = rng.random()
        if r < 0.55:
            return ts.strftime("%Y-%m-%d"), ts, "day"
        if r < 0.75:
            tags.append("timestamp")
            return ts.strftime("%Y-%m-%d 00:00:00"), ts, "day"
        if r < 0.9:
            tags.append("day_first")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("slash_iso")
        return ts.strftime("%Y/%m/%d"), ts, "day"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "NO REGISTRA", "")) or None
        if kind == "bad_date":
            return choice(
                rng, (f"{ts.year}-02-30", f"{ts.year}-04-31", f"{ts.year}-13-{ts.day:02d}")
            )
        return (ts + pd.DateOffset(years=10)).strftime("%Y-%m-%d")

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=9)).strftime("%Y-%m-%d")

    def crime(self, crime: str, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        tags.append("legal_article")
        if crime == "smuggling":
            return choice(
                rng, ("TRAFICO DE MIGRANTES ART. 188 C.P.", "ART. 188 C.P.", "TRAFICO DE MIGRANTES")
            )
        if crime == "trafficking":
            return choice(
                rng, ("TRATA DE PERSONAS ART. 188A C.P.", "ART. 188A C.P.", "TRATA DE PERSONAS")
            )
        return choice(
            rng,
            (
                "TRATA DE PERSONAS (ART. 188A) EN CONCURSO CON TRAFICO DE MIGRANTES (ART. 188)",
                "ARTS. 188 Y 188A C.P.",
            ),
        )

    def exploitation(self, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if expl is None:
            return choice(rng, ("", "NO APLICA")) or None
        return _strip_accents(_ES_EXPLOITATION[expl][0].upper())

    def gender(self, gender: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("blank_gender")
            return "NO REGISTRA", "unknown"
        words = {
            "male": ("MASCULINO", "HOMBRE"),
            "female": ("FEMENINO", "MUJER"),
            "mixed": ("MIXTO", "AMBOS SEXOS"),
        }[gender]
        return choice(rng, words), gender

    def age(self, age: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("na_word")
            return "NO REGISTRA", "unknown"
        if n == 1 and age in ("adult", "child") and rng.random() < 0.5:
            tags.append("age_number")
            years = int(rng.integers(18, 60)) if age == "adult" else int(rng.integers(6, 18))
            return f"{years} AÑOS", age
        words = {
            "adult": ("MAYOR DE EDAD", "MAYORES DE EDAD"),
            "child": ("MENOR DE EDAD", "MENORES DE EDAD"),
            "mixed": ("MAYORES Y MENORES DE EDAD", "MIXTO"),
        }[age]
        return choice(rng, words), age

    def transport(self, mode: str, corridor: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.015:
            tags.append("na_word")
            return "NO REGISTRA", "unknown"
        words = {
            "sea": ("MARITIMO", "EMBARCACION", "LANCHA"),
            "land": ("TERRESTRE", "A PIE", "BUS INTERMUNICIPAL"),
            "air": ("AEREO",),
        }[mode]
        return choice(rng, words), mode

    def count(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("count_placeholder")
            return choice(rng, ("NO REGISTRA", "SIN INFORMACION")), None
        return str(n), n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.04:
            tags.append("suspects_placeholder")
            return "NO REGISTRA", None
        if n == 0 and r < 0.3:
            tags.append("zero_word")
            return "NINGUNO", 0
        return str(n), n

    def nationality(
        self, code: str, gender: str, n: int | None, rng: _Rng, tags: list[str]
    ) -> tuple[object, str | None]:
        if rng.random() < 0.01:
            tags.append("blank_nationality")
            return "NO REGISTRA", None
        return self._name(code, rng, tags), code

    def country(self, code: str, rng: _Rng, tags: list[str]) -> object:
        return self._name(code, rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return None
        return "; ".join(self._name(c, rng, tags) for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[dict[str, object], float | None, float | None]:
        r = rng.random()
        if r < 0.08:
            tags.append("coords_placeholder")
            return {"lat": "NO REGISTRA", "lon": "NO REGISTRA"}, None, None
        if r < 0.15:
            tags.append("coords_missing")
            return {}, None, None
        if r < 0.3:
            tags.append("dms")
            la, lo = _dms(lat), _dms(lon)
            ns = "N" if lat >= 0 else "S"
            ew = "E" if lon >= 0 else "W"
            cells: dict[str, object] = {
                "lat": f"{la[0]}°{la[1]:02d}'{la[2]:04.1f}\"{ns}".replace(".", ","),
                "lon": f"{lo[0]}°{lo[1]:02d}'{lo[2]:04.1f}\"{ew}".replace(".", ","),
            }
            return (
                cells,
                _dms_value(1.0 if lat >= 0 else -1.0, la),
                _dms_value(1.0 if lon >= 0 else -1.0, lo),
            )
        tags.append("decimal_comma")
        la5, lo5 = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{la5:.5f}".replace(".", ","), "lon": f"{lo5:.5f}".replace(".", ",")},
            la5,
            lo5,
        )

    def offences(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return None
        return "; ".join(choice(rng, _FISCALIA_OFFENCES[c]) for c in codes)


# --------------------------------------------------------------------------------------
# JTF-North: SITREP digest, JSON lines
# --------------------------------------------------------------------------------------
class _Jtfn(_Writer):
    place_names = _AOR

    @staticmethod
    def _name(code: str, rng: _Rng, tags: list[str]) -> str:
        r = rng.random()
        if r < 0.6:
            tags.append("iso2")
            return iso_codes(code)[0]
        return _EN_NAMES.get(code, (code,))[0].upper()

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.035:
            tags.append("partial_month")
            text = choice(
                rng, (f"{_EN_MON[ts.month - 1]} {ts.year}", f"{MONTHS[ts.month - 1]} {ts.year}")
            )
            return text, _month_start(ts), "month"
        if partial_ok and r < 0.06:
            tags.append("partial_quarter")
            q = ts.quarter
            if rng.random() < 0.5:
                tags.append("fiscal_quarter")
                fy = ts.year + (1 if q == 4 else 0)
                return f"FY{fy % 100:02d} Q{q % 4 + 1}", _quarter_start(ts), "quarter"
            return f"CY{ts.year} Q{q}", _quarter_start(ts), "quarter"
        r = rng.random()
        if r < 0.65:
            tags.append("dtg")
            hh, mm = int(rng.integers(0, 24)), int(rng.choice([0, 15, 30, 45]))
            text = f"{ts.day:02d}{hh:02d}{mm:02d}Z{_EN_MON[ts.month - 1]}{ts.year % 100:02d}"
            return text, ts, "day"
        if r < 0.82:
            return ts.strftime("%Y-%m-%d"), ts, "day"
        if r < 0.92:
            tags.append("month_abbr")
            return f"{ts.day:02d} {_EN_MON[ts.month - 1]} {ts.year}", ts, "day"
        tags.append("month_first")
        return ts.strftime("%m/%d/%Y"), ts, "day"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "UNK")) or None
        if kind == "bad_date":
            return choice(rng, (f"311200ZFEB{ts.year % 100:02d}", f"310800ZAPR{ts.year % 100:02d}"))
        future = ts + pd.DateOffset(years=10)
        return f"{future.day:02d}1200Z{_EN_MON[future.month - 1]}{future.year % 100:02d}"

    def note_date(self, last: pd.Timestamp) -> object:
        return last.strftime("%Y-%m-%d")

    def crime(self, crime: str, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if crime == "smuggling":
            opts: tuple[str, ...] = (
                "HUMAN SMUGGLING",
                "ALIEN SMUGGLING (8 USC 1324)",
                "human smuggling",
            )
        elif crime == "trafficking":
            opts = ("HUMAN TRAFFICKING", "human trafficking (TVPA)")
            if expl == "sexual":
                opts = (*opts, "SEX TRAFFICKING (18 USC 1591)")
            elif expl == "forced_labour":
                opts = (*opts, "LABOR TRAFFICKING (18 USC 1589)")
        else:
            opts = ("HUMAN SMUGGLING / HUMAN TRAFFICKING", "SMUGGLING + TRAFFICKING")
        text = choice(rng, opts)
        if "USC" in text:
            tags.append("legal_article")
        return text

    def exploitation(self, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if expl is None:
            return choice(rng, ("", "N/A")) or None
        words = {
            "sexual": ("commercial sex", "SEXUAL EXPLOITATION"),
            "forced_labour": ("forced labor", "LABOR EXPLOITATION"),
            "forced_criminality": ("forced criminal activity", "COMPELLED CRIMINAL ACTIVITY"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other", "OTHER"),
        }[expl]
        return choice(rng, words)

    def gender(self, gender: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("blank_gender")
            return "UNK", "unknown"
        words = {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("M/F", "MIXED")}[
            gender
        ]
        return choice(rng, words), gender

    def age(self, age: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("na_word")
            return choice(rng, ("N/A", "UNK")), "unknown"
        tags.append("cbp_category")
        words = {
            "adult": ("SA", "SINGLE ADULT", "ADULT"),
            "child": ("UAC", "UC", "JUVENILE"),
            "mixed": ("FMUA", "FAMILY UNIT"),
        }[age]
        return choice(rng, words), age

    def transport(self, mode: str, corridor: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.015:
            tags.append("na_word")
            return "N/A", "unknown"
        words = {
            "land": ("FOOT", "VEHICLE", "TRACTOR-TRAILER", "on foot"),
            "sea": ("VESSEL", "PANGA", "maritime"),
            "air": ("COMMERCIAL AIR", "air"),
        }[mode]
        return choice(rng, words), mode

    def count(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.02:
            tags.append("count_placeholder")
            return choice(rng, ("UNK", "TBD", "unknown")), None
        if n >= 1000 and r < 0.6:
            tags.append("thousands_sep")
            return _thousands(n, ","), n
        if r < 0.12:
            tags.append("count_with_unit")
            return f"{n} PAX" if r < 0.09 else f"{n} UDAs", n
        return n, n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.03:
            tags.append("suspects_placeholder")
            return "UNK", None
        if n == 0 and r < 0.4:
            tags.append("zero_word")
            return choice(rng, ("NONE", "NIL")), 0
        return n, n

    def nationality(
        self, code: str, gender: str, n: int | None, rng: _Rng, tags: list[str]
    ) -> tuple[object, str | None]:
        if rng.random() < 0.01:
            tags.append("blank_nationality")
            return "UNK", None
        if rng.random() < 0.12 and code in _EN_DEMONYMS:
            tags.append("demonym")
            return _EN_DEMONYMS[code], code
        return self._name(code, rng, tags), code

    def country(self, code: str, rng: _Rng, tags: list[str]) -> object:
        return self._name(code, rng, tags)

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return choice(rng, ("", "NONE", "DIRECT")) or None
        r = rng.random()
        if r < 0.5:
            tags.append("iso2")
            return "/".join(iso_codes(c)[0] for c in codes)
        if r < 0.75:
            return "-".join(_EN_NAMES.get(c, (c,))[0].upper() for c in codes)
        names = [_EN_NAMES.get(c, (c,))[0] for c in codes]
        if len(names) == 1:
            return f"via {names[0]}"
        return "via " + ", ".join(names[:-1]) + " and " + names[-1]

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[dict[str, object], float | None, float | None]:
        r = rng.random()
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": "UNK"}, None, None
        if r < 0.1:
            tags.append("coords_missing")
            return {}, None, None
        if r < 0.6:
            tags.append("ddm")
            (da, ma), (do, mo) = _ddm(lat), _ddm(lon)
            ns = "N" if lat >= 0 else "S"
            ew = "E" if lon >= 0 else "W"
            text = f"{da} {ma:06.3f}{ns} {do} {mo:06.3f}{ew}"
            sla = 1.0 if lat >= 0 else -1.0
            slo = 1.0 if lon >= 0 else -1.0
            return {"coordinates": text}, sla * (da + ma / 60), slo * (do + mo / 60)
        la5, lo5 = round(lat, 5), round(lon, 5)
        if r < 0.9:
            return {"coordinates": f"{la5:.5f},{lo5:.5f}"}, la5, lo5
        tags.append("hemisphere_letters")
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        return {"coordinates": f"{abs(la5):.5f}{ns} {abs(lo5):.5f}{ew}"}, la5, lo5

    def offences(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return None
        return "; ".join(choice(rng, _EN_OFFENCES[c]) for c in codes)


# --------------------------------------------------------------------------------------
# OFPRA: declared facts, UTF-16 tab export
# --------------------------------------------------------------------------------------
class _Ofpra(_Writer):
    place_names = _PLACES_FR

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.05:
            tags.append("partial_month")
            month = _FR_MONTHS[ts.month - 1]
            text = choice(rng, (f"{month} {ts.year}", f"courant {month} {ts.year}"))
            return text, _month_start(ts), "month"
        if partial_ok and r < 0.08:
            tags.append("partial_quarter")
            q = ts.quarter
            nth = "1er" if q == 1 else f"{q}e"
            text = choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}"))
            return text, _quarter_start(ts), "quarter"
        r = rng.random()
        if r < 0.62:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.77:
            tags.append("month_name")
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        if r < 0.85:
            tags.append("date_prefix")
            return "le " + ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.93:
            tags.append("month_abbr")
            return f"{ts.day} {_FR_MON[ts.month - 1]} {ts.year}", ts, "day"
        tags.append("two_digit_year")
        return ts.strftime("%d/%m/%y"), ts, "day"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return choice(rng, ("", "inconnue", "")) or None
        if kind == "bad_date":
            return choice(rng, (f"30/02/{ts.year}", f"31 juin {ts.year}", f"31/11/{ts.year}"))
        return (ts + pd.DateOffset(years=10)).strftime("%d/%m/%Y")

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=12)).strftime("%d/%m/%Y")

    def crime(self, crime: str, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if crime == "smuggling":
            opts: tuple[str, ...] = (
                "aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
                "trafic de migrants",
                "passeurs (aide à l'entrée irrégulière)",
            )
        elif crime == "trafficking":
            opts = ("TEH (art. 225-4-1 C. pén.)", "traite des êtres humains", "TEH")
        else:
            opts = ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants")
        text = choice(rng, opts)
        if "art." in text:
            tags.append("legal_article")
        return text

    def exploitation(self, expl: str | None, rng: _Rng, tags: list[str]) -> object:
        if expl is None:
            return choice(rng, ("", "sans objet", "")) or None
        words = {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre forme d'exploitation", "autre"),
        }[expl]
        return choice(rng, words)

    def gender(self, gender: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("blank_gender")
            return "non renseigné", "unknown"
        many = _plural(n)
        words = {
            "male": ("hommes", "H", "masculin") if many else ("homme", "H", "masculin"),
            "female": ("femmes", "F", "féminin") if many else ("femme", "F", "féminin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        }[gender]
        return choice(rng, words), gender

    def age(self, age: str, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.02:
            tags.append("na_word")
            return "non renseigné", "unknown"
        if n == 1 and age in ("adult", "child") and rng.random() < 0.4:
            tags.append("age_number")
            years = int(rng.integers(19, 55)) if age == "adult" else int(rng.integers(10, 18))
            return f"{years} ans", age
        words = {
            "adult": ("majeurs", "adultes") if _plural(n) else ("majeur(e)", "adulte"),
            "child": ("MNA", "mineurs") if _plural(n) else ("MNA", "mineur(e)"),
            "mixed": ("famille (majeurs et mineurs)", "mixte"),
        }[age]
        return choice(rng, words), age

    def transport(self, mode: str, corridor: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        if rng.random() < 0.015:
            tags.append("na_word")
            return "non renseigné", "unknown"
        if mode == "sea":
            words: tuple[str, ...] = (
                ("small boat", "embarcation pneumatique", "voie maritime")
                if corridor == "channel"
                else ("voie maritime", "bateau", "embarcation")
            )
        elif mode == "land":
            words = ("voie terrestre", "camion (poids lourd)", "à pied", "véhicule léger")
        else:
            words = ("voie aérienne", "avion")
        return choice(rng, words), mode

    def count(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.02:
            tags.append("count_placeholder")
            return choice(rng, ("inconnu", "non précisé", "NC")), None
        if n >= 1000 and r < 0.7:
            tags.append("thousands_sep")
            return _thousands(n, choice(rng, ("\u202f", "\u00a0", " "))), n
        if r < 0.07:
            tags.append("count_with_unit")
            return f"{n} personnes" if n != 1 else "1 personne", n
        return str(n), n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        r = rng.random()
        if r < 0.04:
            tags.append("suspects_placeholder")
            return choice(rng, ("inconnu", "non renseigné")), None
        if n == 0 and r < 0.45:
            tags.append("zero_word")
            return choice(rng, ("aucun", "néant")), 0
        return str(n), n

    def nationality(
        self, code: str, gender: str, n: int | None, rng: _Rng, tags: list[str]
    ) -> tuple[object, str | None]:
        if rng.random() < 0.01:
            tags.append("blank_nationality")
            return choice(rng, ("indéterminée", "inconnue")), None
        dem = _FR_DEMONYMS.get(code)
        if dem is not None and rng.random() < 0.6:
            tags.append("demonym")
            word = dem[1] if gender == "female" else dem[0]
            return (_fr_plural(word) if _plural(n) else word), code
        return choice(rng, _FR_NAMES.get(code, (code,))), code

    def country(self, code: str, rng: _Rng, tags: list[str]) -> object:
        return choice(rng, _FR_NAMES.get(code, (code,)))

    def transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return choice(rng, ("", "aucun", "direct", "")) or None
        sep = choice(rng, (" > ", " – ", ", puis "))
        return sep.join(choice(rng, _FR_NAMES.get(c, (c,))) for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[dict[str, object], float | None, float | None]:
        r = rng.random()
        if r < 0.25:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("non renseigné", "NR", "inconnues"))}, None, None
        if r < 0.55:
            tags.append("coords_missing")
            return {}, None, None
        la5, lo5 = round(lat, 5), round(lon, 5)
        if r < 0.8:
            tags.append("decimal_comma")
            ns = "N" if lat >= 0 else "S"
            eo = "E" if lon >= 0 else "O"  # ouest
            la_t = f"{abs(la5):.5f}".replace(".", ",")
            lo_t = f"{abs(lo5):.5f}".replace(".", ",")
            return {"coordinates": f"{la_t} {ns} ; {lo_t} {eo}"}, la5, lo5
        return {"coordinates": f"{la5:.5f}, {lo5:.5f}"}, la5, lo5

    def offences(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        if not codes:
            return choice(rng, ("", "", "néant")) or None
        sep = choice(rng, (", ", " + "))
        return sep.join(choice(rng, _FR_OFFENCES[c]) for c in codes)


_WRITERS: dict[str, _Writer] = {
    _DEFENSORIA.source: _Defensoria(),
    _PERSONERIA.source: _Personeria(),
    _FISCALIA.source: _Fiscalia(),
    _JTFN.source: _Jtfn(),
    _OFPRA.source: _Ofpra(),
}


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _fit(value: object, src: ExaminerSource) -> object:
    """Make a text cell encodable in the source's file (accents dropped if they cannot be)."""
    if isinstance(value, str) and not fits(value, src):
        return _strip_accents(value)
    return value


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WRITERS[src.source]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]

    cells["event_date"], day, prec = w.date(ts, rng, partial_ok, tags)
    exp["event_date"] = day
    exp["date_precision"] = prec

    crime = str(ev["crime_type"])
    expl = None if ev["exploitation"] is None else str(ev["exploitation"])
    cells["crime_type"] = w.crime(crime, expl, rng, tags)
    exp["crime_type"] = crime
    cells["exploitation"] = w.exploitation(expl, rng, tags)
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = w.count(n, rng, tags)
    n_written: int | None = n if exp["n_persons"] is not None else None
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        s = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = w.suspects(s, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = w.gender(gender, n_written, rng, tags)
    cells["age_group"], exp["age_group"] = w.age(str(ev["age_group"]), n_written, rng, tags)

    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"], exp["nationality"] = w.nationality(
            str(ev["nationality"]), gender, n_written, rng, tags
        )
    for col in ("origin_country", "destination_country"):
        cells[col] = w.country(str(ev[col]), rng, tags)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = w.country(str(ev["detection_country"]), rng, tags)
        exp["detection_country"] = ev["detection_country"]
    transit = [] if ev["transit_countries"] is None else str(ev["transit_countries"]).split("|")
    cells["transit_countries"] = w.transit(transit, rng, tags)
    exp["transit_countries"] = ev["transit_countries"]
    cells["transport_mode"], exp["transport_mode"] = w.transport(
        str(ev["transport_mode"]), str(ev["corridor"]), rng, tags
    )

    if forced_blank == "coordinates" or ev["lat"] is None or ev["lon"] is None:
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = w.coords(
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(place)
    offences = [] if ev["linked_offences"] is None else str(ev["linked_offences"]).split("|")
    cells["linked_offences"] = w.offences(offences, rng, tags)
    exp["linked_offences"] = ev["linked_offences"]
    if "place" in src.headers:
        cells["place"] = w.place(str(ev["hotspot"]), rng)
    cells = {k: _fit(v, src) for k, v in cells.items()}
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _WRITERS[src.source].bad_date(ts, kind, rng)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _WRITERS[src.source].note_date(last)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND114_SOURCES,
    primary={
        "PAN": _DEFENSORIA.source,
        "USA": _JTFN.source,
        "ESP": _PERSONERIA.source,
        "ITA": _FISCALIA.source,
        "GRC": _FISCALIA.source,
    },
    compilation=_OFPRA.source,
    secondary={
        ("darien", "PAN"): _FISCALIA.source,
        ("us_mex", "USA"): _FISCALIA.source,
        ("cmed", "ITA"): _OFPRA.source,
        ("thb_nga_ita", "ITA"): _OFPRA.source,
        ("emed", "GRC"): _OFPRA.source,
        ("watl", "ESP"): _OFPRA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=114_0114,
    blank_share=0.3,
)


def make_blind114(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind114`` set's five submissions (``*_dl.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Defensoría del Pueblo de Colombia (XLSX), Personería de Cúcuta (cp1252 ``;``),
        Fiscalía seccional Nariño (UTF-8 ``|``), JTF-North (JSON lines) and OFPRA
        (UTF-16 tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind114(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['defensoria_co_dl.xlsx', 'personeria_cucuta_dl.csv', 'fiscalia_narino_dl.csv',
     'jtfn_dl.jsonl', 'ofpra_dl.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
