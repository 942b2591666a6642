"""The ninetieth examiner's held-out sample set (variant ``"blind90"``, files ``*_cn.*``).

Five agencies write the true events their own way. Each one's wording lives in this
module; the shared row machinery (which source reports which event, bad rows, garbage
rows, exact repeats, the truth rows) is :mod:`trendlib.samples._examiner`'s.

A reader's guide to the five files
----------------------------------
``swbsc_opsg_cn.csv`` -- Southwestern Border Sheriffs' Coalition, Operation Stonegarden
    incident and booking log pooled from the member sheriffs' jail / records systems
    (Hidalgo, Starr, Cameron, El Paso, Santa Cruz, Pima counties). English, UTF-8, ``,``.
    First reporter of the events detected in the United States. US month-first dates
    (``03/14/2022 22:41``, ``3/4/2022``, ``03/14/22 2241``: always month first). The
    charge column cites the statute (Texas Penal Code ``PC 20.05`` smuggling of persons,
    ``PC 20A.02`` trafficking of persons, ``ARS 13-2319`` Arizona smuggling, federal
    ``8 USC 1324`` / ``18 USC 1589`` / ``18 USC 1591``); a separate ``HT Type`` column
    (NIBRS ``64A``/``64B`` style) gives the form of exploitation, blank or ``N/A`` for pure
    smuggling. Persons are ``UDAs`` (undocumented aliens); counts ``UNK`` when not known;
    arrests ``NONE`` / ``NO ARREST (BAILOUT)`` for zero. Sex ``M``/``F``/``M/F``, ``U``
    unknown; ages ``ADULT``/``JUV``/``UAC``. Country names and demonyms in capitals
    (``HONDURAN``); the place of arrest is a US ``CITY, ST`` (the detection country is
    the United States) and the final destination is often a US city (``HOUSTON, TX``).
    CAD coordinates in decimal degrees (``Lat (dec deg)``), ``0.000000`` when the CAD had
    no fix. An extra ``Arresting Agency`` column. Rows re-sent by the pooled export
    (exact repeats).
``prm_tracker_cn.jsonl`` -- U.S. Department of State, Bureau of Population, Refugees,
    and Migration: the regional refugee coordinators' field incident tracker, a
    SharePoint list exported as JSON lines. English. The compilation source: first
    reporter of every event not detected in the United States, Spain, Italy, France or
    Greece (Panama, Croatia, Poland, the United Kingdom), and second reporter of some US,
    Greek, Channel and trafficking events. SharePoint internal key names
    (``Incident_x0020_Date``, ``Country_x0020_of_x0020_Incident``, ``TIP_x0020_Form``),
    dates as ISO timestamps (``2022-03-14T00:00:00Z``), plain ISO days or ``Mar 14,
    2022``; partial dates as months (``2022-03``, ``March 2022``) or quarters, often in
    the US federal fiscal year (``FY22 Q2`` = January-March 2022) or as a month range
    (``Jan-Mar 2022``). Counts as JSON numbers, some as floats (``35.0``) or strings
    (``"1,204"``, ``"unknown"``). Transit countries and related crimes as JSON arrays
    (``[]`` for none). Extra keys ``Post`` (the reporting embassy) and ``Modified`` (the
    list item's last edit, a date that is *not* the incident date).
``dsn_inmigracion_cn.xlsx`` -- Spain, Departamento de Seguridad Nacional (Presidencia del
    Gobierno): daily situation report on irregular immigration, one row per incident,
    compiled from the Guardia Civil, Policía Nacional and Salvamento Marítimo notes.
    Spanish, Excel. First reporter of the events detected in Spain, second reporter of
    some Belarus-Poland events. Dates as real Excel dates, as bare serial numbers
    (``44634``), as text ``14/03/2022`` or ``14-mar-2022``; partial dates ``marzo 2022``,
    ``1er trimestre 2022``, ``1T 2022``. Crime type by Criminal Code article (``art. 318
    bis CP`` smuggling, ``art. 177 bis CP`` trafficking), exploitation in the article's
    words (``trabajos o servicios forzados``, ``realización de actividades delictivas``),
    ``No procede`` for smuggling. Counts as numbers, some as text with a dot thousands
    separator (``1.204``), ``s/d`` when not known, ``ninguno`` for no arrests. Sex
    ``Hombres``/``Mujeres`` and the Spanish letters ``H`` / ``M`` (``M`` = *mujeres*,
    women), ``No consta`` unknown; ``MENA`` (unaccompanied minors). Spanish country names
    and demonyms (``marroquí``, ``Guinea Conakry``), a few mojibake. Boats as
    ``patera``/``cayuco``/``neumática``, fence jumps as ``salto de valla``. Positions in
    degrees and decimal minutes with a decimal comma (``27º 44,61' N - 017º 57,14' W``)
    or decimal degrees with commas, ``Sin posición`` when none. Extra ``Lugar`` column.
    Exact repeats.
``mops_partes_cn.csv`` -- Spain, Mando de Operaciones (EMAD): daily reports of the
    Spanish units in EUNAVFOR MED IRINI and other Mediterranean deployments. Spanish,
    cp1252, ``;``, CRLF. First reporter of the events detected in Italy, second reporter
    of some Canary and Western Mediterranean events. Dates only as military date-time
    groups (``141530Z MAR 22``, ``141530ZABR22``, Spanish or English month abbreviations).
    Capitals; ``TIM`` (tráfico ilícito de migrantes) and ``TSH`` (trata de seres
    humanos); persons as ``PAX``; ``N/D`` or ``DESC.`` when not known; ``NINGUNO`` for
    zero suspects. Detection country as NATO/ISO codes or names (``ITA``, ``GRECIA``).
    Positions as ``DDMM.mmN DDDMM.mmE`` (``3530.09N 01236.10E``). Extra ``UNIDAD``
    column (the ship or detachment).
``cpco_situation_cn.csv`` -- France, État-major des armées, Centre de planification et de
    conduite des opérations (CPCO): "point de situation" of the armed forces' support to
    the fight against irregular immigration (Channel littoral, Aegean, IRINI). French,
    UTF-16 (BOM), tab-delimited. First reporter of the events detected in France and in
    Greece, second reporter of some Central Mediterranean, Channel (UK side) and
    Viet Nam-UK trafficking events. Dates ``14/03/2022``, ``14/03/2022 15h30``, ``lundi
    14 mars 2022``, ``1er mars 2022``, French date-time groups ``141530Z MAR 22``
    (``FEV``, ``AVR``, ``AOU``), partial ``mars 2022``, ``T1 2022``, ``1er trimestre
    2022``. Crime type by CESEDA article (``L622-1`` before May 2021, ``L823-1`` after)
    or ``art. 225-4-1 CP`` (traite des êtres humains, ``TEH``); ``sans objet`` for the
    exploitation of smuggling. Counts with a space or narrow no-break space as thousands
    separator (``1 204``), ``NC`` when not known, ``aucun`` / ``néant`` for zero. ``MNA``
    (mineurs non accompagnés). Positions ``50°57,01'N 001°50,88'E`` or ``N 50°57.010'
    E 001°50.880'`` or decimal degrees. A few headers bilingual, as in NATO-facing
    products (``Nb pers. / Persons``, ``Pays de détection / Country``).

Every value is one a competent analyst reads unambiguously to the expected clean value;
the tags in ``truth_rows.csv``'s ``messiness`` column name what each row plants.
"""

from __future__ import annotations

import datetime as _dt
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

__all__ = ["BLIND90_SOURCES", "Blind90Source", "make_blind90"]

_Rng = np.random.Generator
_Options = tuple[str, ...]

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
#: English country names (first = usual form).
_EN_NAMES: dict[str, _Options] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "People's Republic of China"),
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "U.K."),
    "GIN": ("Guinea", "Guinea (Conakry)"),
    "GMB": ("The Gambia", "Gambia"),
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
    "PAN": ("Panama", "Republic of Panama"),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA", "U.S."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, _Options] = {
    "AFG": ("Afghan",),
    "ALB": ("Albanian",),
    "BGD": ("Bangladeshi",),
    "CHN": ("Chinese",),
    "CIV": ("Ivorian",),
    "CMR": ("Cameroonian",),
    "COL": ("Colombian",),
    "DZA": ("Algerian",),
    "ECU": ("Ecuadorian",),
    "EGY": ("Egyptian",),
    "ERI": ("Eritrean",),
    "GIN": ("Guinean",),
    "GMB": ("Gambian",),
    "GTM": ("Guatemalan",),
    "HND": ("Honduran",),
    "HTI": ("Haitian",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi",),
    "MAR": ("Moroccan",),
    "MEX": ("Mexican",),
    "MLI": ("Malian",),
    "NGA": ("Nigerian",),
    "PAK": ("Pakistani",),
    "ROU": ("Romanian",),
    "SEN": ("Senegalese",),
    "SYR": ("Syrian",),
    "TUN": ("Tunisian",),
    "TUR": ("Turkish",),
    "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",),
}
#: Spanish country names.
_ES_NAMES: dict[str, _Options] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
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
    "GIN": ("Guinea Conakry", "Guinea"),
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
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía", "Rumania"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: dict[str, _Options] = {
    "AFG": ("afgana",),
    "ALB": ("albanesa",),
    "BGD": ("bangladesí",),
    "CHN": ("china",),
    "CIV": ("marfileña",),
    "CMR": ("camerunesa",),
    "COL": ("colombiana",),
    "DZA": ("argelina",),
    "ECU": ("ecuatoriana",),
    "EGY": ("egipcia",),
    "ERI": ("eritrea",),
    "GIN": ("guineana",),
    "GMB": ("gambiana",),
    "GTM": ("guatemalteca",),
    "HND": ("hondureña",),
    "HTI": ("haitiana",),
    "IRN": ("iraní",),
    "IRQ": ("iraquí",),
    "MAR": ("marroquí",),
    "MEX": ("mexicana",),
    "MLI": ("maliense",),
    "NGA": ("nigeriana",),
    "PAK": ("pakistaní",),
    "ROU": ("rumana",),
    "SEN": ("senegalesa",),
    "SYR": ("siria",),
    "TUN": ("tunecina",),
    "TUR": ("turca",),
    "VEN": ("venezolana",),
    "VNM": ("vietnamita",),
    "YEM": ("yemení",),
}
#: French country names.
_FR_NAMES: dict[str, _Options] = {
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
    "GBR": ("Royaume-Uni", "RU", "Grande-Bretagne"),
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
    "NGA": ("Nigeria",),
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
_FR_DEMONYMS: dict[str, _Options] = {
    "AFG": ("afghane",),
    "ALB": ("albanaise",),
    "BGD": ("bangladaise",),
    "CHN": ("chinoise",),
    "CIV": ("ivoirienne",),
    "CMR": ("camerounaise",),
    "COL": ("colombienne",),
    "DZA": ("algérienne",),
    "ECU": ("équatorienne",),
    "EGY": ("égyptienne",),
    "ERI": ("érythréenne",),
    "GIN": ("guinéenne",),
    "GMB": ("gambienne",),
    "GTM": ("guatémaltèque",),
    "HND": ("hondurienne",),
    "HTI": ("haïtienne",),
    "IRN": ("iranienne",),
    "IRQ": ("irakienne",),
    "MAR": ("marocaine",),
    "MEX": ("mexicaine",),
    "MLI": ("malienne",),
    "NGA": ("nigériane",),
    "PAK": ("pakistanaise",),
    "ROU": ("roumaine",),
    "SEN": ("sénégalaise",),
    "SYR": ("syrienne",),
    "TUN": ("tunisienne",),
    "TUR": ("turque",),
    "VEN": ("vénézuélienne",),
    "VNM": ("vietnamienne",),
    "YEM": ("yéménite",),
}
_NAMES = {"en": _EN_NAMES, "es": _ES_NAMES, "fr": _FR_NAMES}
_DEMONYMS = {"en": _EN_DEMONYMS, "es": _ES_DEMONYMS, "fr": _FR_DEMONYMS}

# --------------------------------------------------------------------------------------
# Dates
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
_FR_DGH = ("JAN", "FEV", "MAR", "AVR", "MAI", "JUN", "JUL", "AOU", "SEP", "OCT", "NOV", "DEC")
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_EN_MON = tuple(m[:3].upper() for m in _EN_MONTHS)
_ES_ORDINAL_Q = ("1er", "2º", "3er", "4º")
_FR_ORDINAL_Q = ("1er", "2e", "3e", "4e")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Day of the reform of the CESEDA (L622-1 became L823-1).
_CESEDA_REFORM = pd.Timestamp("2021-05-01")


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Blind90Source(ExaminerSource):
    """A ``blind90`` source: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Which of this module's writers renders its rows: ``"swbsc"``, ``"prm"``,
        ``"dsn"``, ``"mops"`` or ``"cpco"``.
    """

    style: str


SWBSC = Blind90Source(
    source="swbsc_opsg_cn",
    filename="swbsc_opsg_cn.csv",
    ref="B{yy:02d}-{seq:06d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Booking No",
        "event_date": "Arrest Date/Time",
        "_agency": "Arresting Agency",
        "detection_country": "Arrest Location",
        "crime_type": "Charge",
        "exploitation": "HT Type",
        "n_persons": "# UDAs/Victims",
        "n_suspects": "# Arrested",
        "gender": "UDA Sex",
        "age_group": "UDA Juv/Adult",
        "nationality": "UDA Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "transit_countries": "Route (via)",
        "transport_mode": "Conveyance",
        "lat": "Lat (dec deg)",
        "lon": "Long (dec deg)",
        "linked_offences": "Add'l Charges",
    },
    note="** Pulled from member agency JMS/RMS - subject to change **",
    total="TOTAL",
    bad_count=("MULTIPLE", "SEVERAL", "LARGE GROUP"),
    repeats=True,
    style="swbsc",
)
PRM = Blind90Source(
    source="prm_tracker_cn",
    filename="prm_tracker_cn.jsonl",
    ref="INC-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Title",
        "_post": "Post",
        "event_date": "Incident_x0020_Date",
        "crime_type": "IncidentType",
        "exploitation": "TIP_x0020_Form",
        "n_persons": "PersonsAffected",
        "n_suspects": "FacilitatorsArrested",
        "gender": "Sex",
        "age_group": "AgeCategory",
        "nationality": "PrimaryNationality",
        "origin_country": "CountryOfOrigin",
        "destination_country": "IntendedDestination",
        "detection_country": "Country_x0020_of_x0020_Incident",
        "transit_countries": "TransitCountries",
        "transport_mode": "TravelMode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "RelatedCrimes",
        "_modified": "Modified",
    },
    note="Note: figures are preliminary and not cleared for public release",
    total="Grand Total",
    bad_count=("several", "dozens", "multiple"),
    repeats=False,
    style="prm",
)
DSN = Blind90Source(
    source="dsn_inmigracion_cn",
    filename="dsn_inmigracion_cn.xlsx",
    ref="DSN/INM/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Registro",
        "event_date": "Fecha del suceso",
        "_place": "Lugar",
        "detection_country": "País",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final declarado",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, sujetos a revisión",
    total="TOTAL GENERAL",
    bad_count=("varios", "decenas", "numerosos"),
    repeats=True,
    style="dsn",
)
MOPS = Blind90Source(
    source="mops_partes_cn",
    filename="mops_partes_cn.csv",
    ref="MOPS-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº PARTE",
        "event_date": "GDH",
        "_unit": "UNIDAD",
        "crime_type": "ACTIVIDAD",
        "exploitation": "TIPO EXPLOTACIÓN",
        "n_persons": "PAX",
        "n_suspects": "SOSPECHOSOS",
        "gender": "SEXO",
        "age_group": "EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "ORIGEN",
        "destination_country": "DESTINO",
        "detection_country": "PAÍS",
        "transit_countries": "TRÁNSITO",
        "transport_mode": "MEDIO",
        "coordinates": "POSICIÓN",
        "linked_offences": "OTROS ILÍCITOS",
    },
    note="NOTA: PARTE NO EXHAUSTIVO. FUENTES PROPIAS Y EUNAVFOR MED",
    total="TOTAL",
    bad_count=("VARIOS", "NUMEROSOS"),
    repeats=False,
    style="mops",
)
CPCO = Blind90Source(
    source="cpco_situation_cn",
    filename="cpco_situation_cn.csv",
    ref="CPCO/J3/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. CPCO",
        "event_date": "DGH / date",
        "crime_type": "Qualification pénale",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb pers. / Persons",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité dominante",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination visée",
        "detection_country": "Pays de détection / Country",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "quelques-uns"),
    repeats=False,
    style="cpco",
)

#: The five ``blind90`` sources, in the order their submissions are returned.
BLIND90_SOURCES: tuple[Blind90Source, ...] = (SWBSC, PRM, DSN, MOPS, CPCO)

_PRIMARY = {
    "USA": SWBSC.source,
    "ESP": DSN.source,
    "ITA": MOPS.source,
    "FRA": CPCO.source,
    "GRC": CPCO.source,
}
_SECONDARY = {
    ("us_mex", "USA"): PRM.source,
    ("emed", "GRC"): PRM.source,
    ("channel", "FRA"): PRM.source,
    ("thb_nga_ita", "ITA"): PRM.source,
    ("thb_rou_esp", "ESP"): PRM.source,
    ("cmed", "ITA"): CPCO.source,
    ("channel", "GBR"): CPCO.source,
    ("thb_vnm_gbr", "GBR"): CPCO.source,
    ("watl", "ESP"): MOPS.source,
    ("wmed", "ESP"): MOPS.source,
    ("blr_pol", "POL"): DSN.source,
}

# --------------------------------------------------------------------------------------
# Value wording, by style
# --------------------------------------------------------------------------------------
_GENDER: dict[str, dict[str, _Options]] = {
    "swbsc": {
        "male": ("M", "MALE", "M"),
        "female": ("F", "FEMALE"),
        "mixed": ("M/F", "MIXED", "M & F"),
        "unknown": ("U", "UNK"),
    },
    "prm": {
        "male": ("Male", "Men", "male"),
        "female": ("Female", "Women", "female"),
        "mixed": ("Mixed", "Men and women", "Male/Female"),
        "unknown": ("Unknown", "Not recorded"),
    },
    "dsn": {
        "male": ("Hombres", "Varones", "H"),
        "female": ("Mujeres", "M"),
        "mixed": ("Mixto", "Hombres y mujeres", "H y M", "Ambos sexos"),
        "unknown": ("No consta",),
    },
    "mops": {
        "male": ("VARONES", "HOMBRES"),
        "female": ("MUJERES",),
        "mixed": ("MIXTO", "VARONES Y MUJERES"),
        "unknown": ("N/D", "DESC."),
    },
    "cpco": {
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
        "unknown": ("non renseigné", "NR"),
    },
}
_AGE: dict[str, dict[str, _Options]] = {
    "swbsc": {
        "adult": ("ADULT", "A", "ADULTS"),
        "child": ("JUV", "JUVENILE", "UAC"),
        "mixed": ("ADULT/JUV", "MIXED", "A/J"),
        "unknown": ("UNK",),
    },
    "prm": {
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "Children", "Unaccompanied minors"),
        "mixed": ("Adults and minors", "Mixed", "Adults & children"),
        "unknown": ("Unknown",),
    },
    "dsn": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA", "Menores no acompañados"),
        "mixed": ("Adultos y menores", "Mixto"),
        "unknown": ("No consta",),
    },
    "mops": {
        "adult": ("ADULTOS",),
        "child": ("MENORES",),
        "mixed": ("ADULTOS Y MENORES", "MIXTO"),
        "unknown": ("N/D",),
    },
    "cpco": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "unknown": ("non renseigné",),
    },
}
_MODE: dict[str, dict[str, _Options]] = {
    "swbsc": {
        "land": ("VEHICLE", "PASSENGER VEH", "TRACTOR-TRAILER", "ON FOOT", "PICKUP TRUCK"),
        "sea": ("BOAT", "VESSEL"),
        "air": ("AIRCRAFT", "COMMERCIAL FLIGHT"),
        "unknown": ("UNK",),
    },
    "prm": {
        "land": ("Land", "Overland", "land"),
        "sea": ("Maritime", "Sea", "By sea"),
        "air": ("Air", "By air"),
        "unknown": ("Unknown",),
    },
    "dsn": {
        "sea": ("Patera", "Neumática", "Marítima"),
        "land": ("Terrestre", "Oculto en vehículo", "Camión"),
        "air": ("Aérea", "Vuelo comercial"),
        "unknown": ("No consta",),
    },
    "mops": {
        "sea": ("NEUMÁTICA", "PESQUERO", "VELERO", "EMBARCACIÓN DE MADERA", "LANCHA RÁPIDA"),
        "land": ("TERRESTRE", "VEHÍCULO", "CAMIÓN"),
        "air": ("AÉREO", "VUELO COMERCIAL"),
        "unknown": ("N/D",),
    },
    "cpco": {
        "sea": ("small boat", "embarcation pneumatique", "canot pneumatique", "bateau de pêche"),
        "land": ("poids lourd", "voie terrestre", "véhicule léger", "à pied"),
        "air": ("voie aérienne", "vol commercial"),
        "unknown": ("non précisé",),
    },
}
_EXPLOITATION: dict[str, dict[str, _Options]] = {
    "swbsc": {
        "sexual": ("64A COMMERCIAL SEX ACTS", "SEX", "COMMERCIAL SEX"),
        "forced_labour": ("64B INVOLUNTARY SERVITUDE", "LABOR", "FORCED LABOR"),
        "forced_criminality": ("COMPELLED CRIMINAL ACTIVITY", "FORCED CRIMINALITY"),
        "organ_removal": ("ORGAN REMOVAL",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHER",),
        "unknown": ("UNK",),
    },
    "prm": {
        "sexual": ("Sex trafficking", "Sexual exploitation"),
        "forced_labour": ("Forced labor", "Labor trafficking", "Domestic servitude"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Unknown",),
    },
    "dsn": {
        "sexual": ("Explotación sexual", "sexual"),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral", "laboral"),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos corporales",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
        "unknown": ("No consta",),
    },
    "mops": {
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABORAL", "TRABAJOS FORZADOS"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "other": ("OTRA",),
        "unknown": ("N/D",),
    },
    "cpco": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("non précisée",),
    },
}
#: What each style writes as the exploitation of pure smuggling (None = a blank cell).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "swbsc": (None, None, "N/A"),
    "prm": (None, "N/A"),
    "dsn": ("No procede", "—", None),
    "mops": ("N/A", None),
    "cpco": ("sans objet", "s.o.", None),
}
_OFFENCES: dict[str, dict[str, _Options]] = {
    "swbsc": {
        "document_fraud": ("18 USC 1546 FRAUD/MISUSE OF VISAS", "POSS FORGED DOCUMENTS"),
        "illicit_goods": ("POSS MARIJUANA >50LBS<=2000LBS", "POSS CS PG1 >=4G<200G"),
        "money_laundering": ("PC 34.02 MONEY LAUNDERING", "18 USC 1956 MONEY LAUNDERING"),
        "corruption": ("PC 36.02 BRIBERY", "18 USC 201 BRIBERY OF PUBLIC OFFICIAL"),
        "cybercrime": ("18 USC 1030 COMPUTER FRAUD", "PC 33.02 BREACH OF COMPUTER SECURITY"),
        "terrorism": ("18 USC 2339B MATERIAL SUPPORT TO FTO",),
    },
    "prm": {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "illicit_goods": ("Drug trafficking", "Smuggling of goods"),
        "money_laundering": ("Money laundering",),
        "corruption": ("Corruption", "Bribery of officials"),
        "cybercrime": ("Cybercrime", "Online fraud"),
        "terrorism": ("Terrorism",),
    },
    "dsn": {
        "document_fraud": ("falsedad documental",),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "money_laundering": ("blanqueo de capitales",),
        "corruption": ("cohecho",),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    "mops": {
        "document_fraud": ("FALSEDAD DOCUMENTAL",),
        "illicit_goods": ("CONTRABANDO DE COMBUSTIBLE", "TRÁFICO DE DROGAS"),
        "money_laundering": ("BLANQUEO",),
        "corruption": ("CORRUPCIÓN",),
        "cybercrime": ("CIBERDELITO",),
        "terrorism": ("TERRORISMO",),
    },
    "cpco": {
        "document_fraud": ("faux documents", "usage de faux"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande"),
        "money_laundering": ("blanchiment",),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_SEP = {"swbsc": "; ", "dsn": ", ", "mops": " / ", "cpco": " ; "}
#: Count cells meaning "not known" (the record is kept, with no count).
_COUNT_UNKNOWN: dict[str, _Options] = {
    "swbsc": ("UNK", "UNKNOWN"),
    "prm": ("unknown", "TBD"),
    "dsn": ("s/d", "sin datos", "desconocido"),
    "mops": ("N/D", "DESC.", "SIN DETERMINAR"),
    "cpco": ("NC", "n.c.", "inconnu"),
}
#: Words for zero suspects.
_ZERO: dict[str, _Options] = {
    "swbsc": ("NONE", "NO ARREST (BAILOUT)"),
    "prm": ("none",),
    "dsn": ("ninguno",),
    "mops": ("NINGUNO", "SIN DETENIDOS"),
    "cpco": ("aucun", "néant"),
}
_SUSPECTS_UNKNOWN: dict[str, _Options] = {
    "swbsc": ("UNK",),
    "prm": ("unknown",),
    "dsn": ("s/d",),
    "mops": ("N/D",),
    "cpco": ("NC",),
}

# Crime types, by style (the writer adds the legal reference where there is one).
_SWBSC_SMUGGLING = {
    "TX": (
        "PC 20.05(a)(1)(A) SMUGGLING OF PERSONS",
        "PC 20.05 SMUGGLING OF PERSONS - F3",
        "PC 20.06 CONTINUOUS SMUGGLING OF PERSONS",
        "8 USC 1324 ALIEN SMUGGLING (FED HOLD)",
    ),
    "AZ": (
        "ARS 13-2319 SMUGGLING",
        "ARS 13-2319(A) SMUGGLING OF HUMAN BEINGS",
        "8 USC 1324(a)(1)(A)(ii) TRANSPORTING ILLEGAL ALIENS",
    ),
}
_SWBSC_TRAFFICKING = {
    "TX": ("PC 20A.02 TRAFFICKING OF PERSONS", "PC 20A.03 CONTINUOUS TRAFFICKING OF PERSONS"),
    "AZ": ("18 USC 1590 TRAFFICKING IN PERSONS", "HUMAN TRAFFICKING"),
}
_SWBSC_TRAFFICKING_FORM = {
    ("TX", "sexual"): ("18 USC 1591 SEX TRAFFICKING",),
    ("AZ", "sexual"): ("18 USC 1591 SEX TRAFFICKING", "ARS 13-1307 SEX TRAFFICKING"),
    ("TX", "forced_labour"): ("18 USC 1589 FORCED LABOR",),
    ("AZ", "forced_labour"): (
        "18 USC 1589 FORCED LABOR",
        "ARS 13-1308 TRAFFICKING FOR FORCED LABOR OR SERVICES",
    ),
}
_PRM_CRIME: dict[str, _Options] = {
    "smuggling": ("Migrant smuggling", "Smuggling of migrants", "Human smuggling"),
    "trafficking": ("Trafficking in persons", "Human trafficking", "TIP"),
    "both": ("TIP + smuggling", "Smuggling / trafficking (both)", "Trafficking and smuggling"),
    "unknown": ("Unknown",),
}
_DSN_CRIME: dict[str, _Options] = {
    "smuggling": (
        "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
        "Art. 318 bis CP",
        "Tráfico ilícito de migrantes",
        "Inmigración clandestina (318 bis)",
    ),
    "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Art. 177 bis CP"),
    "both": ("Arts. 177 bis y 318 bis CP", "Trata y tráfico ilícito de migrantes"),
    "unknown": ("No consta",),
}
_MOPS_CRIME: dict[str, _Options] = {
    "smuggling": ("TRÁFICO ILÍCITO DE MIGRANTES", "TIM", "TRÁFICO DE MIGRANTES"),
    "trafficking": ("TRATA DE SERES HUMANOS", "TSH"),
    "both": ("TIM/TSH", "TRATA + TRÁFICO DE MIGRANTES"),
    "unknown": ("N/D",),
}
_CPCO_TRAFFICKING = ("Traite des êtres humains (art. 225-4-1 CP)", "TEH")
_CPCO_BOTH = ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants")
_CPCO_SMUGGLING_OTHER = ("Trafic de migrants", "Filière d'immigration irrégulière")

# Places.
_SWBSC_PLACES: dict[str, tuple[tuple[str, _Options], ...]] = {
    "Rio Grande Valley": (
        ("HIDALGO CO SO", ("EDINBURG", "PHARR", "MISSION", "MCALLEN", "WESLACO")),
        ("STARR CO SO", ("RIO GRANDE CITY", "ROMA")),
        ("CAMERON CO SO", ("BROWNSVILLE", "HARLINGEN", "SAN BENITO")),
    ),
    "El Paso": (("EL PASO CO SO", ("EL PASO", "SOCORRO", "CLINT", "HORIZON CITY")),),
    "Nogales (Sonora/Arizona)": (("SANTA CRUZ CO SO", ("NOGALES", "RIO RICO", "TUBAC")),),
    "Sasabe": (("PIMA CO SD", ("SASABE", "ARIVACA", "THREE POINTS", "TUCSON")),),
}
_SWBSC_STATE = {
    "HIDALGO CO SO": "TX",
    "STARR CO SO": "TX",
    "CAMERON CO SO": "TX",
    "EL PASO CO SO": "TX",
    "SANTA CRUZ CO SO": "AZ",
    "PIMA CO SD": "AZ",
}
_STATE_NAME = {"TX": "TEXAS", "AZ": "ARIZONA"}
_US_CITIES = (
    "HOUSTON, TX",
    "DALLAS, TX",
    "SAN ANTONIO, TX",
    "PHOENIX, AZ",
    "LOS ANGELES, CA",
    "ATLANTA, GA",
    "CHICAGO, IL",
    "NEW YORK, NY",
    "DENVER, CO",
)
_PRM_POST = {
    "GRC": "Embassy Athens",
    "HRV": "Embassy Zagreb",
    "POL": "Embassy Warsaw",
    "GBR": "Embassy London",
    "PAN": "Embassy Panama",
    "ITA": "Embassy Rome",
    "ESP": "Embassy Madrid",
    "FRA": "Embassy Paris",
    "USA": "Embassy Mexico City",
}
_DSN_PLACES: dict[str, _Options] = {
    "Gran Canaria": ("Arguineguín (Gran Canaria)", "Arinaga", "Puerto de Arguineguín"),
    "Tenerife": ("Los Cristianos (Tenerife)", "Puerto de Los Cristianos"),
    "El Hierro": ("La Restinga (El Hierro)",),
    "Lanzarote": ("Arrecife (Lanzarote)", "Órzola"),
    "Ceuta": ("Ceuta - Tarajal", "Ceuta"),
    "Melilla": ("Melilla - perímetro fronterizo", "Melilla"),
    "Almería": ("Puerto de Almería", "Cabo de Gata"),
    "Huelva": ("Isla Cristina (Huelva)", "Huelva"),
    "Almería (El Ejido)": ("El Ejido (Almería)", "Níjar"),
}
_MOPS_UNITS: dict[str, _Options] = {
    "sea": ("F-104 MÉNDEZ NÚÑEZ", "F-105 CRISTÓBAL COLÓN", "P-45 AUDAZ", "D.A. SIGONELLA"),
    "land": ("CÉLULA NACIONAL OHQ ROMA",),
    "air": ("CÉLULA NACIONAL OHQ ROMA",),
    "ESP": ("802 ESCUADRÓN (SAR)", "P-41 METEORO", "P-44 TORNADO"),
}
#: Spanish boat and land words by place: cayucos off the Canaries, fences at Ceuta and
#: Melilla.
_CANARIES = ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote")
_DSN_SEA = {
    "canarias": ("Cayuco", "Neumática", "Patera"),
    "other": ("Patera", "Neumática", "Embarcación de recreo", "Moto de agua", "Marítima"),
}
_DSN_LAND = {
    "frontera": ("Salto de valla", "Oculto en vehículo", "Terrestre"),
    "other": ("Terrestre", "Camión", "Autobús", "Oculto en vehículo"),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def _codes(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _ts(value: object) -> pd.Timestamp:
    return pd.Timestamp(value)  # type: ignore[arg-type]


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _country(style: str, lang: str, code: str, rng: _Rng, *, upper: bool = False) -> str:
    """Name a country in ``lang`` (its ISO alpha-3 code when the table has no name)."""
    names = _NAMES[lang].get(code)
    out = choice(rng, names) if names else code
    return out.upper() if upper else out


def _dms(value: float, pos: str, neg: str) -> tuple[str, int, float, float]:
    """Hemisphere, degrees, minutes (to 1/100) and the exact value they denote."""
    hemi = pos if value >= 0 else neg
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, 2)
    if minutes >= 60.0:
        deg, minutes = deg + 1, 0.0
    exact = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return hemi, deg, minutes, exact


class _Row:
    """Cells, expected values and tags of one row being written."""

    def __init__(self, src: Blind90Source, ev: dict[str, object]) -> None:
        self.src = src
        self.style = src.style
        self.ev = ev
        ts = _ts(ev["event_date"])
        self.ts = ts
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {
            "event_date": ts,
            "date_precision": "day",
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": _int(ev["n_persons"]),
            "n_suspects": _int(ev["n_suspects"]),
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": _float(ev["lat"]),
            "lon": _float(ev["lon"]),
            "linked_offences": ev["linked_offences"],
        }
        self.tags: list[str] = []

    def partial(self, precision: str) -> None:
        """Expect the start of the event's month or quarter."""
        period = "M" if precision == "month" else "Q"
        self.exp["event_date"] = self.ts.to_period(period).start_time
        self.exp["date_precision"] = precision
        self.tags.append(f"partial_{precision}")

    def fit(self, text: str, fallback: str) -> str:
        """``text`` if the file's encoding holds it, else ``fallback``."""
        return text if fits(text, self.src) else fallback


# --------------------------------------------------------------------------------------
# Field writers shared by the styles
# --------------------------------------------------------------------------------------
def _vocab(
    row: _Row, rng: _Rng, table: dict[str, dict[str, _Options]], field: str, na: float
) -> None:
    """Write a vocabulary field (age group, transport mode): its word, or 'not known'."""
    value = str(row.ev[field])
    words = table[row.style]
    if rng.random() < na:
        row.cells[field] = choice(rng, words["unknown"])
        row.exp[field] = "unknown"
        row.tags.append("na_word")
    else:
        row.cells[field] = choice(rng, words[value])


def _gender(row: _Row, rng: _Rng, forced_blank: str | None) -> None:
    words = _GENDER[row.style]
    if forced_blank == "gender":
        row.cells["gender"] = None
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender")
    elif rng.random() < 0.02:
        row.cells["gender"] = choice(rng, words["unknown"])
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender")
    else:
        row.cells["gender"] = choice(rng, words[str(row.ev["gender"])])
        if row.style == "dsn" and row.cells["gender"] in ("H", "M", "H y M"):
            row.tags.append("spanish_sex_letter")


def _exploitation(row: _Row, rng: _Rng) -> None:
    form = row.ev["exploitation"]
    if form is None:
        row.cells["exploitation"] = _choice_opt(rng, _NO_EXPLOITATION[row.style])
    else:
        row.cells["exploitation"] = choice(rng, _EXPLOITATION[row.style][str(form)])


def _choice_opt(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _nationality(row: _Row, rng: _Rng, forced_blank: str | None, *, upper: bool) -> None:
    code = row.ev["nationality"]
    if forced_blank == "nationality" or code is None:
        row.cells["nationality"] = None
        row.exp["nationality"] = None
        row.tags.append("blank_nationality")
        return
    lang = row.src.language
    r = rng.random()
    demonyms = _DEMONYMS[lang].get(str(code))
    if r < 0.35 and demonyms:
        text = choice(rng, demonyms)
        text = text.upper() if upper else text
        row.tags.append("demonym")
    elif r < 0.42 and row.style in ("prm", "mops", "swbsc"):
        text = str(code)
        row.tags.append("iso3_code")
    else:
        text = _country(row.style, lang, str(code), rng, upper=upper)
    if row.style in ("dsn", "mops") and rng.random() < 0.04:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, row.src):
            text = garbled
            row.tags.append("mojibake")
    row.cells["nationality"] = text


def _origin_destination(row: _Row, rng: _Rng, *, upper: bool) -> None:
    lang = row.src.language
    for field in ("origin_country", "destination_country"):
        code = row.ev[field]
        row.cells[field] = (
            None if code is None else _country(row.style, lang, str(code), rng, upper=upper)
        )


def _transit(row: _Row, rng: _Rng, seps: _Options, *, upper: bool) -> None:
    codes = _codes(row.ev["transit_countries"])
    if not codes:
        row.cells["transit_countries"] = None
        return
    names = [_country(row.style, row.src.language, c, rng, upper=upper) for c in codes]
    row.cells["transit_countries"] = choice(rng, seps).join(names)
    if len(codes) > 1:
        row.tags.append("transit_list")


def _offences(row: _Row, rng: _Rng) -> None:
    kinds = _codes(row.ev["linked_offences"])
    words = [choice(rng, _OFFENCES[row.style][k]) for k in kinds]
    if row.style == "prm":
        row.cells["linked_offences"] = words  # a JSON array, [] when none
    else:
        row.cells["linked_offences"] = _OFFENCE_SEP[row.style].join(words) if words else None
    if words:
        row.tags.append("linked_offences")


def _persons(
    row: _Row, rng: _Rng, *, sep: _Options, numeric: bool, placeholder: float = 0.03
) -> None:
    """Write the count of persons: digits, a number, or 'not known'."""
    n = _int(row.ev["n_persons"])
    if n is None or rng.random() < placeholder:
        row.cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[row.style])
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
        return
    if n >= 1000 and rng.random() < 0.85:
        row.cells["n_persons"] = _thousands(n, choice(rng, sep))
        row.tags.append("thousands_sep")
    elif numeric and rng.random() < 0.8:
        row.cells["n_persons"] = n
    else:
        row.cells["n_persons"] = str(n)


def _suspects(
    row: _Row, rng: _Rng, forced_blank: str | None, *, numeric: bool, zero_word: float = 0.5
) -> None:
    k = _int(row.ev["n_suspects"])
    if forced_blank == "n_suspects" or k is None:
        row.cells["n_suspects"] = None
        row.exp["n_suspects"] = None
        row.tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        row.cells["n_suspects"] = choice(rng, _SUSPECTS_UNKNOWN[row.style])
        row.exp["n_suspects"] = None
        row.tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < zero_word:
        row.cells["n_suspects"] = choice(rng, _ZERO[row.style])
        row.tags.append("zero_word")
    else:
        row.cells["n_suspects"] = k if numeric else str(k)


def _no_place(row: _Row, rng: _Rng, forced_blank: str | None, placeholder: str | None) -> bool:
    """Blank or placeholder coordinates; True if the row gives no position."""
    if forced_blank == "coordinates" or row.ev["lat"] is None or row.ev["lon"] is None:
        row.tags.append("blank_coordinates")
    elif rng.random() < 0.03:
        row.tags.append("coords_missing")
    elif placeholder is not None and rng.random() < 0.015:
        row.tags.append("coords_placeholder")
        row.exp["lat"] = row.exp["lon"] = None
        row.cells["coordinates"] = placeholder
        return True
    else:
        return False
    row.exp["lat"] = row.exp["lon"] = None
    return True


def _blank_detection(row: _Row, forced_blank: str | None) -> bool:
    if forced_blank == "detection_country" or row.ev["detection_country"] is None:
        row.cells["detection_country"] = None
        row.exp["detection_country"] = None
        row.tags.append("blank_detection_country")
        return True
    return False


# --------------------------------------------------------------------------------------
# Southwestern Border Sheriffs' Coalition (en, csv)
# --------------------------------------------------------------------------------------
def _swbsc(row: _Row, rng: _Rng, forced_blank: str | None) -> None:
    ev, ts = row.ev, row.ts
    places = _SWBSC_PLACES.get(str(ev["hotspot"]))
    agency, cities = places[int(rng.integers(len(places)))] if places else ("SWBSC", ("",))
    if places and len(places) == 3 and ev["lon"] is not None:  # the Valley, west to east
        lon = float(ev["lon"])  # type: ignore[arg-type]
        agency, cities = places[1] if lon < -98.45 else places[2] if lon > -97.85 else places[0]
    state = _SWBSC_STATE.get(agency, "TX")
    row.cells["_agency"] = agency
    # date: always month first
    hh, mi = int(rng.integers(24)), int(rng.integers(60))
    r = rng.random()
    if r < 0.45:
        row.cells["event_date"] = f"{ts.month:02d}/{ts.day:02d}/{ts.year} {hh:02d}:{mi:02d}"
    elif r < 0.75:
        row.cells["event_date"] = f"{ts.month:02d}/{ts.day:02d}/{ts.year}"
    elif r < 0.9:
        row.cells["event_date"] = f"{ts.month}/{ts.day}/{ts.year}"
        row.tags.append("unpadded_date")
    else:
        row.cells["event_date"] = (
            f"{ts.month:02d}/{ts.day:02d}/{ts.year % 100:02d} {hh:02d}{mi:02d}"
        )
        row.tags.append("two_digit_year")
    row.tags.append("us_date")
    # where: a US city and state
    if not _blank_detection(row, forced_blank):
        city = choice(rng, cities)
        if ev["detection_country"] != "USA" or not city:
            row.cells["detection_country"] = _country(
                "swbsc", "en", str(ev["detection_country"]), rng, upper=True
            )
        else:
            r = rng.random()
            if r < 0.7:
                row.cells["detection_country"] = f"{city}, {state}"
            elif r < 0.85:
                row.cells["detection_country"] = f"{city} {state}"
            else:
                row.cells["detection_country"] = f"{city}, {_STATE_NAME[state]}"
            row.tags.append("city_state")
    # charge: the statute
    crime = str(ev["crime_type"])
    form = _text(ev["exploitation"])
    smuggling = choice(rng, _SWBSC_SMUGGLING[state])
    specific = _SWBSC_TRAFFICKING_FORM.get((state, form or ""))
    trafficking = choice(
        rng, specific if specific and rng.random() < 0.5 else _SWBSC_TRAFFICKING[state]
    )
    if crime == "smuggling":
        row.cells["crime_type"] = smuggling
    elif crime == "trafficking":
        row.cells["crime_type"] = trafficking
    elif crime == "both":
        row.cells["crime_type"] = f"{smuggling}{choice(rng, (' / ', '; '))}{trafficking}"
    else:
        row.cells["crime_type"] = "UNK"
    row.tags.append("statute")
    _exploitation(row, rng)
    _persons(row, rng, sep=(",",), numeric=False)
    _suspects(row, rng, forced_blank, numeric=False)
    _gender(row, rng, forced_blank)
    _vocab(row, rng, _AGE, "age_group", 0.02)
    _nationality(row, rng, forced_blank, upper=True)
    _origin_destination(row, rng, upper=True)
    if ev["destination_country"] == "USA" and rng.random() < 0.4:
        row.cells["destination_country"] = choice(rng, _US_CITIES)
        row.tags.append("destination_city")
    _transit(row, rng, (" > ", "/", " - "), upper=True)
    if row.cells["transit_countries"] is not None and rng.random() < 0.3:
        row.cells["transit_countries"] = f"VIA {row.cells['transit_countries']}"
    _vocab(row, rng, _MODE, "transport_mode", 0.02)
    if not _no_place(row, rng, forced_blank, None):
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        digits = int(rng.choice([4, 5, 6]))
        lat_t, lon_t = f"{lat:.{digits}f}", f"{lon:.{digits}f}"
        row.cells["lat"], row.cells["lon"] = lat_t, lon_t
        row.exp["lat"], row.exp["lon"] = float(lat_t), float(lon_t)
    elif "coords_missing" in row.tags and rng.random() < 0.5:
        row.cells["lat"] = row.cells["lon"] = "0.000000"  # the CAD's "no fix"
        row.tags.append("coords_placeholder")
    _offences(row, rng)


# --------------------------------------------------------------------------------------
# US Department of State PRM field incident tracker (en, jsonl)
# --------------------------------------------------------------------------------------
def _prm(row: _Row, rng: _Rng, forced_blank: str | None, partial_ok: bool) -> None:
    ev, ts = row.ev, row.ts
    r = rng.random()
    if partial_ok and r < 0.06:
        row.cells["event_date"] = (
            f"{ts.year}-{ts.month:02d}"
            if rng.random() < 0.6
            else f"{_EN_MONTHS[ts.month - 1]} {ts.year}"
        )
        row.partial("month")
    elif partial_ok and r < 0.1:
        q = (ts.month - 1) // 3
        if rng.random() < 0.6:  # the US federal fiscal year starts on 1 October
            fy = ts.year + 1 if ts.month >= 10 else ts.year
            fq = (q + 1) % 4 + 1
            row.cells["event_date"] = choice(rng, (f"FY{fy % 100:02d} Q{fq}", f"FY{fy} Q{fq}"))
            row.tags.append("fiscal_quarter")
        else:
            first, last = _EN_MONTHS[3 * q][:3], _EN_MONTHS[3 * q + 2][:3]
            row.cells["event_date"] = f"{first}-{last} {ts.year}"
        row.partial("quarter")
    else:
        r = rng.random()
        if r < 0.5:
            row.cells["event_date"] = f"{ts:%Y-%m-%d}T00:00:00Z"
        elif r < 0.8:
            row.cells["event_date"] = f"{ts:%Y-%m-%d}"
        elif r < 0.9:
            row.cells["event_date"] = f"{_EN_MONTHS[ts.month - 1][:3]} {ts.day}, {ts.year}"
        else:
            row.cells["event_date"] = f"{_EN_MONTHS[ts.month - 1]} {ts.day}, {ts.year}"
    modified = ts + pd.Timedelta(days=int(rng.integers(1, 90)), minutes=int(rng.integers(1440)))
    row.cells["_modified"] = f"{modified:%Y-%m-%dT%H:%M:%SZ}"
    row.cells["crime_type"] = choice(rng, _PRM_CRIME[str(ev["crime_type"])])
    _exploitation(row, rng)
    # count: a JSON number, a float (SharePoint number column) or a string
    n = _int(ev["n_persons"])
    if n is None or rng.random() < 0.03:
        row.cells["n_persons"] = choice(rng, _COUNT_UNKNOWN["prm"])
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.6:
        row.cells["n_persons"] = _thousands(n, ",")
        row.tags.append("thousands_sep")
    else:
        r = rng.random()
        row.cells["n_persons"] = n if r < 0.6 else (float(n) if r < 0.85 else str(n))
        if r >= 0.6:
            row.tags.append("count_float" if r < 0.85 else "count_text")
    _suspects(row, rng, forced_blank, numeric=True, zero_word=0.15)
    _gender(row, rng, forced_blank)
    _vocab(row, rng, _AGE, "age_group", 0.02)
    _nationality(row, rng, forced_blank, upper=False)
    _origin_destination(row, rng, upper=False)
    det = ev["detection_country"]
    if _blank_detection(row, forced_blank):
        row.cells["_post"] = "PRM/Washington"
    else:
        row.cells["detection_country"] = _country("prm", "en", str(det), rng)
        row.cells["_post"] = _PRM_POST.get(str(det), "PRM/Washington")
    row.cells["transit_countries"] = [
        _country("prm", "en", c, rng) for c in _codes(ev["transit_countries"])
    ]
    _vocab(row, rng, _MODE, "transport_mode", 0.02)
    if not _no_place(row, rng, forced_blank, None):
        digits = int(rng.choice([4, 5]))
        lat = round(float(ev["lat"]), digits)  # type: ignore[arg-type]
        lon = round(float(ev["lon"]), digits)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = lat, lon
        row.exp["lat"], row.exp["lon"] = lat, lon
    _offences(row, rng)


# --------------------------------------------------------------------------------------
# Departamento de Seguridad Nacional (es, xlsx)
# --------------------------------------------------------------------------------------
def _dsn_coordinates(row: _Row, rng: _Rng) -> None:
    lat, lon = float(row.ev["lat"]), float(row.ev["lon"])  # type: ignore[arg-type]
    if rng.random() < 0.6:
        h1, d1, m1, x1 = _dms(lat, "N", "S")
        h2, d2, m2, x2 = _dms(lon, "E", "W")
        lat_t = f"{d1:02d}º {m1:05.2f}' {h1}".replace(".", ",")
        lon_t = f"{d2:03d}º {m2:05.2f}' {h2}".replace(".", ",")
        row.cells["coordinates"] = f"{lat_t} - {lon_t}"
        row.exp["lat"], row.exp["lon"] = x1, x2
        row.tags.append("deg_dec_minutes")
    else:
        lat_t, lon_t = f"{lat:.4f}", f"{lon:.4f}"
        row.cells["coordinates"] = f"{lat_t.replace('.', ',')} / {lon_t.replace('.', ',')}"
        row.exp["lat"], row.exp["lon"] = float(lat_t), float(lon_t)
        row.tags.append("decimal_comma")


def _dsn(row: _Row, rng: _Rng, forced_blank: str | None, partial_ok: bool) -> None:
    ev, ts = row.ev, row.ts
    r = rng.random()
    if partial_ok and r < 0.05:
        month = _ES_MONTHS[ts.month - 1]
        row.cells["event_date"] = choice(rng, (f"{month} {ts.year}", f"{month} de {ts.year}"))
        row.partial("month")
    elif partial_ok and r < 0.08:
        q = (ts.month - 1) // 3
        row.cells["event_date"] = choice(
            rng, (f"{_ES_ORDINAL_Q[q]} trimestre {ts.year}", f"{q + 1}T {ts.year}")
        )
        row.partial("quarter")
    else:
        r = rng.random()
        if r < 0.55:
            row.cells["event_date"] = _dt.datetime(ts.year, ts.month, ts.day)
        elif r < 0.75:
            row.cells["event_date"] = int((ts.normalize() - _EXCEL_EPOCH).days)
            row.tags.append("excel_serial")
        elif r < 0.9:
            row.cells["event_date"] = f"{ts:%d/%m/%Y}"
            row.tags.append("text_date")
        else:
            row.cells["event_date"] = f"{ts.day:02d}-{_ES_MON[ts.month - 1]}-{ts.year}"
            row.tags.append("text_date")
    row.cells["_place"] = choice(rng, _DSN_PLACES.get(str(ev["hotspot"]), (str(ev["hotspot"]),)))
    if not _blank_detection(row, forced_blank):
        det = str(ev["detection_country"])
        r = rng.random()
        if r < 0.75:
            row.cells["detection_country"] = _country("dsn", "es", det, rng)
        elif r < 0.9:
            row.cells["detection_country"] = _country("dsn", "es", det, rng, upper=True)
        else:
            row.cells["detection_country"] = iso_codes(det)[0]
            row.tags.append("iso2_code")
    row.cells["crime_type"] = choice(rng, _DSN_CRIME[str(ev["crime_type"])])
    _exploitation(row, rng)
    _persons(row, rng, sep=(".",), numeric=True)
    _suspects(row, rng, forced_blank, numeric=True)
    _gender(row, rng, forced_blank)
    _vocab(row, rng, _AGE, "age_group", 0.02)
    _nationality(row, rng, forced_blank, upper=False)
    _origin_destination(row, rng, upper=False)
    _transit(row, rng, (" - ", ", ", " y "), upper=False)
    if row.cells["transit_countries"] is not None and " y " in str(row.cells["transit_countries"]):
        names = str(row.cells["transit_countries"]).split(" y ")
        if len(names) > 2:  # "A, B y C", as Spanish lists are written
            row.cells["transit_countries"] = ", ".join(names[:-1]) + " y " + names[-1]
    _vocab(row, rng, _MODE, "transport_mode", 0.02)
    mode, place = str(ev["transport_mode"]), str(ev["hotspot"])
    if "na_word" not in row.tags and mode in ("sea", "land"):
        if mode == "sea":
            words = _DSN_SEA["canarias" if place in _CANARIES else "other"]
        else:
            words = _DSN_LAND["frontera" if place in ("Ceuta", "Melilla") else "other"]
        row.cells["transport_mode"] = choice(rng, words)
    if not _no_place(row, rng, forced_blank, "Sin posición"):
        _dsn_coordinates(row, rng)
    _offences(row, rng)


# --------------------------------------------------------------------------------------
# Mando de Operaciones (es, csv cp1252 ;)
# --------------------------------------------------------------------------------------
def _dtg(ts: pd.Timestamp, rng: _Rng, months: _Options, *, spaced: bool) -> str:
    hh, mi = int(rng.integers(24)), int(rng.integers(60))
    mon = months[ts.month - 1]
    if spaced:
        return f"{ts.day:02d}{hh:02d}{mi:02d}Z {mon} {ts.year % 100:02d}"
    return f"{ts.day:02d}{hh:02d}{mi:02d}Z{mon}{ts.year % 100:02d}"


def _nato_position(value: float, width: int, pos: str, neg: str, hyphen: bool) -> tuple[str, float]:
    hemi, deg, minutes, exact = _dms(value, pos, neg)
    if hyphen:
        return f"{deg:0{width}d}-{minutes:05.2f}{hemi}", exact
    return f"{deg:0{width}d}{minutes:05.2f}{hemi}", exact


def _mops(row: _Row, rng: _Rng, forced_blank: str | None) -> None:
    ev, ts = row.ev, row.ts
    months = _ES_MON if rng.random() < 0.7 else _EN_MON
    row.cells["event_date"] = _dtg(
        ts, rng, tuple(m.upper() for m in months), spaced=rng.random() < 0.7
    )
    row.tags.append("dtg")
    mode = str(ev["transport_mode"])
    unit_key = "ESP" if ev["detection_country"] == "ESP" else mode
    row.cells["_unit"] = choice(rng, _MOPS_UNITS.get(unit_key, _MOPS_UNITS["land"]))
    row.cells["crime_type"] = choice(rng, _MOPS_CRIME[str(ev["crime_type"])])
    if row.cells["crime_type"] in ("TIM", "TSH", "TIM/TSH"):
        row.tags.append("acronym")
    _exploitation(row, rng)
    _persons(row, rng, sep=(".", ""), numeric=False)
    _suspects(row, rng, forced_blank, numeric=False)
    _gender(row, rng, forced_blank)
    _vocab(row, rng, _AGE, "age_group", 0.02)
    _nationality(row, rng, forced_blank, upper=True)
    _origin_destination(row, rng, upper=True)
    if not _blank_detection(row, forced_blank):
        det = str(ev["detection_country"])
        if rng.random() < 0.5:
            row.cells["detection_country"] = det
            row.tags.append("iso3_code")
        else:
            row.cells["detection_country"] = _country("mops", "es", det, rng, upper=True)
    _transit(row, rng, ("-", "/", " - "), upper=True)
    _vocab(row, rng, _MODE, "transport_mode", 0.02)
    if not _no_place(row, rng, forced_blank, "N/D"):
        hyphen = rng.random() < 0.3
        lat_t, x1 = _nato_position(float(ev["lat"]), 2, "N", "S", hyphen)  # type: ignore[arg-type]
        lon_t, x2 = _nato_position(float(ev["lon"]), 3, "E", "W", hyphen)  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.exp["lat"], row.exp["lon"] = x1, x2
        row.tags.append("nato_position")
    _offences(row, rng)
    for key, value in list(row.cells.items()):  # the file is cp1252
        if isinstance(value, str):
            row.cells[key] = row.fit(value, value.encode("cp1252", "replace").decode("cp1252"))


# --------------------------------------------------------------------------------------
# CPCO (fr, csv utf-16 tab)
# --------------------------------------------------------------------------------------
def _cpco_coordinates(row: _Row, rng: _Rng) -> None:
    lat, lon = float(row.ev["lat"]), float(row.ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.5:
        h1, d1, m1, x1 = _dms(lat, "N", "S")
        h2, d2, m2, x2 = _dms(lon, "E", "W")
        lat_t = f"{d1:02d}°{m1:05.2f}'{h1}".replace(".", ",")
        lon_t = f"{d2:03d}°{m2:05.2f}'{h2}".replace(".", ",")
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.exp["lat"], row.exp["lon"] = x1, x2
        row.tags.append("deg_dec_minutes")
    elif r < 0.75:
        h1, d1, m1, x1 = _dms(lat, "N", "S")
        h2, d2, m2, x2 = _dms(lon, "E", "W")
        row.cells["coordinates"] = f"{h1} {d1:02d}°{m1:06.3f}' {h2} {d2:03d}°{m2:06.3f}'"
        row.exp["lat"], row.exp["lon"] = x1, x2
        row.tags.append("deg_dec_minutes")
    else:
        lat_t, lon_t = f"{lat:.5f}", f"{lon:.5f}"
        row.cells["coordinates"] = f"{lat_t}, {lon_t}"
        row.exp["lat"], row.exp["lon"] = float(lat_t), float(lon_t)


def _cpco(row: _Row, rng: _Rng, forced_blank: str | None, partial_ok: bool) -> None:
    ev, ts = row.ev, row.ts
    r = rng.random()
    if partial_ok and r < 0.05:
        row.cells["event_date"] = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        row.partial("month")
    elif partial_ok and r < 0.08:
        q = (ts.month - 1) // 3
        row.cells["event_date"] = choice(
            rng, (f"T{q + 1} {ts.year}", f"{_FR_ORDINAL_Q[q]} trimestre {ts.year}")
        )
        row.partial("quarter")
    else:
        r = rng.random()
        day = "1er" if ts.day == 1 else str(ts.day)
        if r < 0.4:
            row.cells["event_date"] = f"{ts:%d/%m/%Y}"
        elif r < 0.55:
            hh, mi = int(rng.integers(24)), int(rng.integers(60))
            row.cells["event_date"] = f"{ts:%d/%m/%Y} {hh:02d}h{mi:02d}"
        elif r < 0.7:
            row.cells["event_date"] = (
                f"{_FR_DAYS[ts.weekday()]} {day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
            )
            row.tags.append("french_long_date")
        elif r < 0.85:
            row.cells["event_date"] = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
            row.tags.append("french_long_date")
        else:
            row.cells["event_date"] = _dtg(ts, rng, _FR_DGH, spaced=rng.random() < 0.6)
            row.tags.append("dtg")
    crime = str(ev["crime_type"])
    if crime == "smuggling":
        article = "L622-1" if ts < _CESEDA_REFORM else "L823-1"
        row.cells["crime_type"] = choice(
            rng,
            (
                f"Aide à l'entrée irrégulière (art. {article} CESEDA)",
                f"Aide à l'entrée et au séjour irréguliers ({article} CESEDA)",
                *_CPCO_SMUGGLING_OTHER,
            ),
        )
    elif crime == "trafficking":
        row.cells["crime_type"] = choice(rng, _CPCO_TRAFFICKING)
    elif crime == "both":
        row.cells["crime_type"] = choice(rng, _CPCO_BOTH)
    else:
        row.cells["crime_type"] = "non qualifié"
    _exploitation(row, rng)
    _persons(row, rng, sep=(" ", "\u202f", "\u00a0"), numeric=False)
    _suspects(row, rng, forced_blank, numeric=False)
    _gender(row, rng, forced_blank)
    _vocab(row, rng, _AGE, "age_group", 0.02)
    _nationality(row, rng, forced_blank, upper=False)
    _origin_destination(row, rng, upper=False)
    if ev["destination_country"] == "GBR" and rng.random() < 0.15:
        row.cells["destination_country"] = "Angleterre"
        row.tags.append("england_for_uk")
    if not _blank_detection(row, forced_blank):
        det = str(ev["detection_country"])
        if rng.random() < 0.15:
            row.cells["detection_country"] = iso_codes(det)[0]
            row.tags.append("iso2_code")
        else:
            row.cells["detection_country"] = _country("cpco", "fr", det, rng)
    _transit(row, rng, (", ", " → ", " - "), upper=False)
    _vocab(row, rng, _MODE, "transport_mode", 0.02)
    if not _no_place(row, rng, forced_blank, "inconnue"):
        _cpco_coordinates(row, rng)
    _offences(row, rng)


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
def _render(
    src: Blind90Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    row = _Row(src, ev)
    if src.style == "swbsc":
        _swbsc(row, rng, forced_blank)
    elif src.style == "prm":
        _prm(row, rng, forced_blank, partial_ok)
    elif src.style == "dsn":
        _dsn(row, rng, forced_blank, partial_ok)
    elif src.style == "mops":
        _mops(row, rng, forced_blank)
    else:
        _cpco(row, rng, forced_blank, partial_ok)
    return row.cells, row.exp, row.tags


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    month = int(rng.choice([2, 4, 6, 9, 11]))
    return month, 30 if month == 2 else 31


def _bad_date(src: Blind90Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        month, day = _impossible(ts, rng)
        if src.style == "swbsc":
            return f"{month:02d}/{day:02d}/{ts.year} {int(rng.integers(24)):02d}:15"
        if src.style == "prm":
            return f"{ts.year}-{month:02d}-{day:02d}T00:00:00Z"
        if src.style == "mops":
            return f"{day:02d}1200Z {_ES_MON[month - 1].upper()} {ts.year % 100:02d}"
        if src.style == "cpco" and rng.random() < 0.5:
            return f"{day} {_FR_MONTHS[month - 1]} {ts.year}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    # a future date: a slip of the year
    if src.style == "mops":  # two-digit years: ten years on
        return _dtg(
            ts.replace(year=ts.year + 10), rng, tuple(m.upper() for m in _ES_MON), spaced=True
        )
    later = ts.replace(year=ts.year + 100)
    if src.style == "swbsc":
        return f"{later.month:02d}/{later.day:02d}/{later.year}"
    if src.style == "prm":
        return f"{later:%Y-%m-%d}T00:00:00Z"
    if src.style == "dsn":
        return _dt.datetime(later.year, later.month, later.day)
    return f"{later:%d/%m/%Y}"


def _note_date(src: Blind90Source, last: pd.Timestamp) -> object:
    if src.style == "swbsc":
        return f"{last.month:02d}/{last.day:02d}/{last.year}"
    if src.style == "prm":
        return f"{last:%Y-%m-%d}"
    if src.style == "dsn":
        return _dt.datetime(last.year, last.month, last.day)
    if src.style == "mops":
        return f"{last.day:02d}0800Z {_ES_MON[last.month - 1].upper()} {last.year % 100:02d}"
    return f"{last:%d/%m/%Y}"


_EXAMINER: Examiner[Blind90Source] = Examiner(
    sources=BLIND90_SOURCES,
    primary=_PRIMARY,
    compilation=PRM.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9090,
    blank_share=0.35,
)


def make_blind90(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind90`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (independent of the truth's seed).

    Returns
    -------
    list of Submission
        ``swbsc_opsg_cn.csv`` (English, UTF-8, ``,``), ``prm_tracker_cn.jsonl`` (English),
        ``dsn_inmigracion_cn.xlsx`` (Spanish), ``mops_partes_cn.csv`` (Spanish, cp1252,
        ``;``) and ``cpco_situation_cn.csv`` (French, UTF-16, tab), each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind90(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['swbsc_opsg_cn.csv', 'prm_tracker_cn.jsonl', 'dsn_inmigracion_cn.xlsx',
     'mops_partes_cn.csv', 'cpco_situation_cn.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
