"""Examiner variant ``blind58``: five Caribbean and Central American sources (``*_bh.*``).

A held-out sample set written from the examiner's own knowledge of how these agencies
keep their case logs, independently of the cleaner. Each event is first reported by the
source of its detection country (CARICOM IMPACS compiles every other one); about 4 %
are reported a second time by another source, written that source's way.

Reader's guide to the five files
--------------------------------
``belize_police_bh.csv`` -- Belize Police Department, Trafficking in Persons Unit
    English, **cp1252**, ``,`` delimiter, CRLF line ends; first reports the events
    detected in the United States and the United Kingdom. Day-first dates written four
    ways (``14/03/2022``, ``14-Mar-22``, ``14th March 2022``, ``14.03.2022``) and a few
    month-only dates (``March 2022``). Offences name the law (``TIP (Prohibition) Act
    2013``, ``Immigration Act Cap. 156`` for aiding illegal entry) or the jargon
    (``TIP``, ``Human smuggling``). Nationalities as demonyms (``Guatemalan``) or country
    names; thousands with a comma (``1,803``); ``Nil``/``None`` for no suspect, ``N/K``,
    ``Unknown``, ``TBC`` for a count not known; ``N/A`` for an age group or conveyance
    that does not apply. Decimal degrees, a share with a hemisphere letter instead of a
    sign (``97.93414 W``). A note row, a ``GRAND TOTAL`` row, an empty row and some
    re-sent rows (exact repeats).
``dgme_sv_bh.xlsx`` -- El Salvador, Dirección General de Migración y Extranjería
    Spanish workbook; first reports the Darién (Panama) events, second reports of the
    US-Mexico ones. Dates are real Excel dates, bare Excel serial numbers (cells that
    lost their format), ``14/03/2022`` text, ``14 de marzo de 2022`` and month-only
    ``marzo de 2022``. **One column holds the offence and the form of exploitation**
    (``Trata de personas (art. 54 LECTP) – explotación sexual``, ``Tráfico ilegal de
    personas (art. 367-A C.Pn.)``); there is no exploitation column. Demonyms agree with
    the sex (``venezolana``); ``NNA`` for minors; counts as numbers or text
    (``1.803``, ``26 personas``); ``s/d`` for not known. **Longitudes are written
    positive under a ``Longitud (W)`` header** (west implied), a share in DMS with an
    explicit ``W``. Some cells carry UTF-8 read as cp1252 (``PanamÃ¡``).
``armada_rd_bh.csv`` -- Armada de República Dominicana, Dirección de Inteligencia (M-2)
    Spanish, **UTF-16** (Excel "Unicode text"), **tab** delimited; first reports the
    events detected in Spain, second reports of the sea crossings to Italy and Greece.
    Dates as naval date-time groups with Spanish month abbreviations (``141530Z MAR 22``,
    ``091200Q ENE 23``), or ``14/03/2022``, ``14-03-2022 15:30``, ``14-MAR-2022``.
    Country names and demonyms in capitals without accents (``HAITIANO``, ``TURQUIA``);
    transit as ``TURQUIA-GRECIA``; ``Viaje ilegal`` (Dominican for an irregular boat
    trip) and ``Ley 137-03`` for the offences; counts with a US-style thousands comma
    (``1,803``). Positions in degrees and decimal minutes (``28°05.37'N 015°25.30'W``) or
    compact nautical form (``2805.37N 01525.30W``). Re-sent rows.
``paf_guadeloupe_bh.csv`` -- Police aux frontières de Guadeloupe (DTPN 971)
    French, **UTF-8 with BOM**, ``;`` delimiter; first reports the events detected in
    Italy and France. Dates ``14/03/2022``, ``14/03/22``, ``1er mars 2022``, ``lundi 14
    mars 2022``, month-only ``mars 2022`` and quarters (``T1 2022``, ``2e trimestre
    2022``). Offences by article (``art. L. 823-1 CESEDA``, ``art. 225-4-1 CP``) or as
    ``TEH``; ``proxénétisme``, ``contrainte à commettre des délits``; ``néant`` for no
    suspect (``Nb de mis en cause``), ``NC``/``n.c.``/``inconnu`` for not known;
    ``MNA`` for unaccompanied minors; ``Sans objet``; thousands with a (narrow)
    no-break space. Decimal commas in coordinates, a share with ``E``/``O`` (ouest)
    instead of a sign. Mojibake in some names (``SÃ©nÃ©gal``).
``impacs_jrcc_bh.jsonl`` -- CARICOM IMPACS, Joint Regional Communications Centre
    A KoboToolbox-style export as JSON lines (UTF-8): English, **group-path keys**
    (``case/incident_date``, ``route/gps``), choice codes (``TIP``, ``SOM``,
    ``TIP+SOM``; ``labour_exploitation``), ISO3 (a share ISO2) country codes, transit
    and linked offences as space-separated choices (``TUR GRC MKD``, ``doc_fraud
    bribery``), the location as a Kobo geopoint ``"lat lon altitude accuracy"`` (``0 0 0
    0`` when the device had no fix). Dates ISO, with time and ``-04:00`` offset, ``2022-03``
    or ``2022-Q1``. Counts are JSON numbers; a ``TOTAL`` line closes the file. Compiles
    every event no other source reports first (Greece, Croatia, Poland).

Every value written is one an analyst reads to a single clean value, recorded in the
truth's ``expected`` fields; the messiness tags of each row name what was planted.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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

__all__ = ["BLIND58_SOURCES", "BhSource", "make_blind58"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class BhSource(ExaminerSource):
    """A ``blind58`` source: the shared attributes plus the key of its writer.

    Attributes
    ----------
    style : str
        Which of the variant's five writers renders its rows: ``"bz"`` (Belize Police),
        ``"sv"`` (DGME El Salvador), ``"rd"`` (Armada RD), ``"gp"`` (PAF Guadeloupe) or
        ``"cc"`` (CARICOM IMPACS).
    """

    style: str


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_BZ = BhSource(
    source="belize_police_bh",
    filename="belize_police_bh.csv",
    ref="BPD-TIPU-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Occurrence No.",
        "event_date": "Date of Occurrence",
        "crime_type": "Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Victims / Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Group (Adult/Minor)",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Country(ies)",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Detected",
        "transport_mode": "Mode of Conveyance",
        "lat": "Latitude (DD)",
        "lon": "Longitude (DD)",
        "linked_offences": "Other Offences Disclosed",
    },
    note="Figures provisional - subject to revision (JICC)",
    total="GRAND TOTAL",
    bad_count=("several", "multiple", "numerous", "a group"),
    repeats=True,
    style="bz",
)
_SV = BhSource(
    source="dgme_sv_bh",
    filename="dgme_sv_bh.xlsx",
    ref="DGME-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N.º de expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito y modalidad",
        "n_persons": "Total personas",
        "n_suspects": "Imputados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud (N)",
        "lon": "Longitud (W)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a revisión",
    total="Total general",
    bad_count=("varios", "un grupo", "múltiples"),
    repeats=False,
    style="sv",
)
_RD = BhSource(
    source="armada_rd_bh",
    filename="armada_rd_bh.csv",
    ref="ARD-M2-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "GDH / Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Ruta / tránsito",
        "destination_country": "Destino final",
        "detection_country": "País de intercepción",
        "transport_mode": "Medio empleado",
        "coordinates": "Posición (Lat/Long)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos suministrados por la Dirección de Inteligencia Naval (M-2)",
    total="TOTAL",
    bad_count=("VARIOS", "GRUPO NUMEROSO", "MULTIPLES"),
    repeats=True,
    style="rd",
)
_GP = BhSource(
    source="paf_guadeloupe_bh",
    filename="paf_guadeloupe_bh.csv",
    ref="PAF971-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes (victimes/migrants)",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
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
    note="NB : données provisoires, extraction LRPPN non consolidée",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "une dizaine"),
    repeats=False,
    style="gp",
)
_CC = BhSource(
    source="impacs_jrcc_bh",
    filename="impacs_jrcc_bh.jsonl",
    ref="JRCC-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case/id",
        "event_date": "case/incident_date",
        "crime_type": "case/offence",
        "exploitation": "case/exploitation",
        "n_persons": "persons/total",
        "n_suspects": "persons/suspects",
        "gender": "persons/sex",
        "age_group": "persons/age_cat",
        "nationality": "persons/nationality",
        "origin_country": "route/origin",
        "transit_countries": "route/transit",
        "destination_country": "route/destination",
        "detection_country": "route/detected_in",
        "transport_mode": "route/conveyance",
        "coordinates": "route/gps",
        "linked_offences": "case/linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    style="cc",
)

#: The five sources of ``blind58``, in the order their submissions are returned.
BLIND58_SOURCES: tuple[BhSource, ...] = (_BZ, _SV, _RD, _GP, _CC)

_PRIMARY = {
    "USA": _BZ.source,
    "GBR": _BZ.source,
    "PAN": _SV.source,
    "ESP": _RD.source,
    "ITA": _GP.source,
    "FRA": _GP.source,
}
_SECONDARY = {
    ("darien", "PAN"): _CC.source,
    ("us_mex", "USA"): _SV.source,
    ("cmed", "ITA"): _RD.source,
    ("emed", "GRC"): _RD.source,
    ("watl", "ESP"): _CC.source,
    ("wmed", "ESP"): _GP.source,
    ("thb_rou_esp", "ESP"): _GP.source,
    ("thb_rou_esp", "ITA"): _RD.source,
    ("channel", "FRA"): _BZ.source,
    ("channel", "GBR"): _GP.source,
    ("thb_vnm_gbr", "GBR"): _CC.source,
    ("thb_nga_ita", "ITA"): _CC.source,
    ("wbal", "HRV"): _GP.source,
    ("blr_pol", "POL"): _BZ.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
_NAMES_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "People's Republic of China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
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
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA", "U.S.A."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_NAMES_ES: dict[str, tuple[str, ...]] = {
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
    "GIN": ("Guinea", "Guinea (Conakry)"),
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
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_NAMES_FR: dict[str, tuple[str, ...]] = {
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
    "FRA": ("France", "France métropolitaine"),
    "GBR": ("Royaume-Uni",),
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
    "USA": ("États-Unis", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: Demonyms: English one form; Spanish and French (masculine, feminine).
_DEMONYM_EN: dict[str, str] = {
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
_DEMONYM_ES: dict[str, tuple[str, str]] = {
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
_DEMONYM_FR: dict[str, tuple[str, str]] = {
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

# --------------------------------------------------------------------------------------
# Wording: values
# --------------------------------------------------------------------------------------
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
_MONTHS_ES_ABBR = (
    "ENE",
    "FEB",
    "MAR",
    "ABR",
    "MAY",
    "JUN",
    "JUL",
    "AGO",
    "SEP",
    "OCT",
    "NOV",
    "DIC",
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
_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "bz": {
        "trafficking": (
            "Trafficking in Persons",
            "TIP",
            "TIP (Prohibition) Act 2013",
            "Trafficking in persons - TIP (Prohibition) Act 2013",
        ),
        "smuggling": (
            "Migrant smuggling",
            "Smuggling of migrants",
            "Human smuggling",
            "Aiding illegal entry - Immigration Act Cap. 156",
        ),
        "both": ("TIP & migrant smuggling", "Trafficking / Smuggling of migrants"),
    },
    "rd": {
        "trafficking": ("Trata de personas (Ley 137-03)", "Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": (
            "Tráfico ilícito de migrantes (Ley 137-03)",
            "Tráfico ilícito de migrantes",
            "Viaje ilegal",
            "VIAJE ILEGAL",
        ),
        "both": (
            "Trata y tráfico (Ley 137-03)",
            "Tráfico ilícito de migrantes / Trata de personas",
        ),
    },
    "gp": {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "Traite des êtres humains",
            "TEH",
        ),
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L. 823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers d'étrangers",
            "Aide à l'entrée irrégulière",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite des êtres humains et aide au séjour irrégulier",
        ),
    },
    "cc": {"trafficking": ("TIP",), "smuggling": ("SOM",), "both": ("TIP+SOM", "TIP SOM")},
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "bz": {
        "sexual": ("Sexual exploitation", "Commercial sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Labour"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other", "Other form"),
    },
    "sv": {
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": (
            "actividades delictivas forzadas",
            "obligación a realizar actividades delictivas",
        ),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras formas de explotación",),
    },
    "rd": {
        "sexual": ("Explotación sexual", "EXPLOTACION SEXUAL"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra", "Otros fines"),
    },
    "gp": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "cc": {
        "sexual": ("sexual_exploitation",),
        "forced_labour": ("labour_exploitation", "forced_labour"),
        "forced_criminality": ("forced_criminality",),
        "forced_marriage": ("forced_marriage",),
        "organ_removal": ("organ_removal",),
        "other": ("other_form",),
    },
}
#: What a smuggling row writes in the exploitation column (``None``: the cell is empty).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "bz": (None, "N/A", "N/A"),
    "rd": (None, "No aplica", "—"),
    "gp": (None, "-", "sans objet"),
    "cc": (None,),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "bz": {
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Mixed", "Male & Female", "Both sexes"),
    },
    "sv": {
        "male": ("Hombre", "Masculino", "Hombres"),
        "female": ("Mujer", "Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    "rd": {
        "male": ("Masculino", "MASC.", "MASCULINO"),
        "female": ("Femenino", "FEM.", "FEMENINO"),
        "mixed": ("Mixto", "MIXTO", "Ambos"),
    },
    "gp": {
        "male": ("Homme", "H", "Hommes", "masculin"),
        "female": ("Femme", "F", "Femmes", "féminin"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    "cc": {"male": ("male", "m"), "female": ("female", "f"), "mixed": ("mixed",)},
}
_GENDER_UNKNOWN = {"bz": "N/K", "sv": "No registrado", "rd": "N/D", "gp": "inconnu", "cc": "unk"}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "bz": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "Juvenile", "Child"),
        "mixed": ("Mixed", "Adults & minors"),
    },
    "sv": {
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "child": ("Menor de edad", "NNA", "Menores"),
        "mixed": ("Mixto", "Adultos y NNA"),
    },
    "rd": {
        "adult": ("Adulto", "ADULTOS"),
        "child": ("Menor", "MENORES"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    "gp": {
        "adult": ("Majeur", "Majeurs", "adulte"),
        "child": ("Mineur", "Mineurs", "MNA"),
        "mixed": ("Mixte", "Majeurs et mineurs"),
    },
    "cc": {"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed",)},
}
_NOT_APPLICABLE = {"bz": "N/A", "sv": "No aplica", "rd": "N/A", "gp": "Sans objet", "cc": "n_a"}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "bz": {
        "land": ("Land", "Road", "By land (vehicle)", "On foot", "Truck"),
        "sea": ("Sea", "Maritime", "Boat", "Vessel", "Skiff"),
        "air": ("Air", "Commercial flight", "By air"),
    },
    "sv": {
        "land": ("Terrestre", "Vía terrestre", "A pie", "Autobús", "Camión"),
        "sea": ("Marítimo", "Vía marítima", "Lancha", "Embarcación"),
        "air": ("Aéreo", "Vía aérea", "Vuelo comercial"),
    },
    "rd": {
        "land": ("Terrestre", "TERRESTRE", "Vehículo"),
        "sea": ("Marítimo", "Embarcación tipo yola", "Lancha rápida", "Cayuco", "Patera", "YOLA"),
        "air": ("Aéreo", "AEREO", "Vuelo comercial"),
    },
    "gp": {
        "land": ("Terrestre", "Voie routière", "Poids lourd", "PL", "Véhicule léger", "À pied"),
        "sea": ("Maritime", "Voie maritime", "Small boat", "Embarcation de fortune", "Bateau"),
        "air": ("Aérien", "Voie aérienne", "Vol commercial"),
    },
    "cc": {
        "land": ("land", "land_vehicle", "on_foot"),
        "sea": ("sea", "vessel", "maritime"),
        "air": ("air", "commercial_flight"),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "bz": {
        "document_fraud": ("Document fraud", "Forged documents", "Fraudulent passport"),
        "corruption": ("Corruption", "Bribery of public officer"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods", "Contraband goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "sv": {
        "document_fraud": ("Falsedad documental", "Uso de documento falso"),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Lavado de dinero y de activos", "Lavado de activos"),
        "illicit_goods": ("Contrabando de mercaderías", "Mercancías ilícitas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    "rd": {
        "document_fraud": ("Falsificación de documentos", "DOCUMENTOS FALSOS"),
        "corruption": ("Soborno", "Corrupción"),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Contrabando", "CONTRABANDO"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "gp": {
        "document_fraud": ("Fraude documentaire", "Faux et usage de faux"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
        "illicit_goods": ("Contrebande", "Marchandises illicites"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "cc": {
        "document_fraud": ("doc_fraud",),
        "corruption": ("bribery",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
}
_LINK_SEP = {"bz": ("; ", " / ", " & "), "sv": (", ", "; "), "rd": (" / ",), "gp": (", ", " + ")}
_NO_LINKED: dict[str, tuple[str | None, ...]] = {
    "bz": (None, None, "None", "Nil"),
    "sv": (None, None, "Ninguno"),
    "rd": (None, None, "N/A"),
    "gp": (None, None, "néant"),
    "cc": (None,),
}
_TRANSIT_SEP = {"bz": (", ", " - ", " > "), "sv": (", ", " / ", " – "), "gp": (", ", " > ", " / ")}
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    "bz": (None, "Direct", "None"),
    "sv": (None, "Ninguno", "Directo"),
    "rd": (None, "DIRECTO", "N/A"),
    "gp": (None, "aucun", "direct"),
    "cc": (None,),
}
_COUNT_UNKNOWN = {
    "bz": ("N/K", "Unknown", "TBC"),
    "sv": ("s/d", "No determinado"),
    "rd": ("N/D", "Por determinar"),
    "gp": ("NC", "n.c.", "inconnu"),
}
_ZERO_WORDS = {
    "bz": ("Nil", "None"),
    "sv": ("ninguno", "Ninguno"),
    "rd": ("NINGUNO", "ninguno"),
    "gp": ("néant", "aucun"),
}
_SUSPECTS_UNKNOWN = {
    "bz": ("N/K", "Unknown"),
    "sv": ("s/d", "pendiente"),
    "rd": ("N/D",),
    "gp": ("NC", "inconnu"),
}
_NATIONALITY_UNKNOWN = {
    "bz": ("N/K", "Unknown"),
    "sv": ("Desconocida", "s/d"),
    "rd": ("N/D", "DESCONOCIDA"),
    "gp": ("inconnue", "indéterminée"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Return capitals without accents, as the Dominican Navy's log writes names."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).upper()


def _fit(text: str, src: BhSource) -> str:
    """Return the text, or its accent-free spelling if the encoding cannot hold it."""
    if fits(text, src):
        return text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _name(code: str, src: BhSource, rng: _Rng, tags: list[str]) -> str:
    """Return one country as the source writes it (names, capitals, ISO codes)."""
    st = src.style
    if st == "cc":
        if rng.random() < 0.15:
            tags.append("iso2")
            return iso_codes(code)[0]
        return code
    table = {"bz": _NAMES_EN, "sv": _NAMES_ES, "rd": _NAMES_ES, "gp": _NAMES_FR}[st]
    names = table.get(code)
    if names is None:  # not in the wording tables: the ISO code is what a clerk copies
        tags.append("iso3")
        return code
    text = choice(rng, names)
    if st == "rd":
        return _plain(text)
    if st in ("sv", "gp") and rng.random() < 0.05:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    if st == "sv" and rng.random() < 0.1:
        bare = unicodedata.normalize("NFKD", text)
        bare = "".join(ch for ch in bare if not unicodedata.combining(ch))
        if bare != text:
            tags.append("no_accent")
            return bare
    return _fit(text, src)


def _nationality(code: str, gender: str, src: BhSource, rng: _Rng, tags: list[str]) -> str:
    """Return the nationality: a demonym (agreeing with the sex in es/fr) or a name."""
    st = src.style
    if st == "cc":
        return _name(code, src, rng, tags)
    if st == "bz":
        dem: str | None = _DEMONYM_EN.get(code)
    else:
        pair = (_DEMONYM_ES if st in ("sv", "rd") else _DEMONYM_FR).get(code)
        dem = None if pair is None else pair[1] if gender == "female" else pair[0]
    if dem is None or rng.random() < 0.3:
        return _name(code, src, rng, tags)
    tags.append("demonym")
    if st == "rd":
        return _plain(dem)
    if st in ("sv", "gp"):
        if rng.random() < 0.3:
            dem = dem[0].upper() + dem[1:]
        if rng.random() < 0.05:
            garbled = mojibake(dem)
            if garbled is not None:
                tags.append("mojibake")
                return garbled
    return _fit(dem, src)


def _transit(value: object, src: BhSource, rng: _Rng, tags: list[str]) -> str | None:
    """Return the ordered transit countries, joined the source's way (None: empty)."""
    if value is None:
        word = choice(rng, [w or "" for w in _NO_TRANSIT[src.style]])
        if word:
            tags.append("no_transit_word")
        return word or None
    codes = str(value).split("|")
    if src.style == "cc":
        return " ".join(codes)  # a Kobo select_multiple: space-separated choices
    names = [_name(c, src, rng, tags) for c in codes]
    if src.style == "rd":
        return "-".join(names)
    return choice(rng, _TRANSIT_SEP[src.style]).join(names)


def _linked(value: object, src: BhSource, rng: _Rng, tags: list[str]) -> str | None:
    """Return the linked offences in the source's words (None: written empty)."""
    st = src.style
    if value is None:
        word = choice(rng, [w or "" for w in _NO_LINKED[st]])
        if word:
            tags.append("none_word")
        return word or None
    words = [choice(rng, _LINKED[st][k]) for k in str(value).split("|")]
    if st == "cc":
        return " ".join(words)
    return choice(rng, _LINK_SEP[st]).join(words)


def _ordinal(day: int) -> str:
    """Return ``1st``, ``2nd``, ``11th``, ``23rd`` ..."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{'th' if 11 <= day % 100 <= 13 else suffix}"


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _date(
    src: BhSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event date, the source's way."""
    st = src.style
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    r = rng.random()
    k = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    if st == "bz":
        if partial_ok and r < 0.03:
            tags.append("month_date")
            return f"{MONTHS[m - 1]} {y}", month_start, "month"
        if k < 0.5:
            return f"{d:02d}/{m:02d}/{y}", ts, "day"
        tags.append("month_name")
        if k < 0.75:
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", ts, "day"
        if k < 0.9:
            return f"{_ordinal(d)} {MONTHS[m - 1]} {y}", ts, "day"
        tags.pop()
        return f"{d:02d}.{m:02d}.{y}", ts, "day"
    if st == "sv":
        if partial_ok and r < 0.04:
            tags.append("month_date")
            month = _MONTHS_ES[m - 1]
            text = f"{month} de {y}" if rng.random() < 0.5 else f"{month.capitalize()} {y}"
            return text, month_start, "month"
        if k < 0.6:
            return ts.to_pydatetime(), ts, "day"
        if k < 0.72:
            tags.append("excel_serial")
            return _excel_serial(ts), ts, "day"
        if k < 0.88:
            return f"{d:02d}/{m:02d}/{y}", ts, "day"
        tags.append("month_name")
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}", ts, "day"
    if st == "rd":
        hh, mm = int(rng.integers(8, 17)), int(rng.choice([0, 15, 30, 45]))
        if k < 0.4:
            tags.append("dtg")
            zone = "Z" if rng.random() < 0.7 else "Q"
            return (
                f"{d:02d}{hh:02d}{mm:02d}{zone} {_MONTHS_ES_ABBR[m - 1]} {y % 100:02d}",
                ts,
                "day",
            )
        if k < 0.7:
            return f"{d:02d}/{m:02d}/{y}", ts, "day"
        if k < 0.85:
            return f"{d:02d}-{m:02d}-{y} {hh:02d}:{mm:02d}", ts, "day"
        tags.append("month_name")
        return f"{d:02d}-{_MONTHS_ES_ABBR[m - 1]}-{y}", ts, "day"
    if st == "gp":
        if partial_ok and r < 0.05:
            tags.append("month_date")
            return f"{_MONTHS_FR[m - 1]} {y}", month_start, "month"
        if partial_ok and r < 0.09:
            tags.append("quarter_date")
            q = (m - 1) // 3 + 1
            text = (
                f"T{q} {y}"
                if rng.random() < 0.5
                else f"{'1er' if q == 1 else f'{q}e'} trimestre {y}"
            )
            return text, quarter_start, "quarter"
        if k < 0.55:
            return f"{d:02d}/{m:02d}/{y}", ts, "day"
        if k < 0.72:
            tags.append("two_digit_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}", ts, "day"
        tags.append("month_name")
        day = "1er" if d == 1 else str(d)
        if k < 0.9:
            return f"{day} {_MONTHS_FR[m - 1]} {y}", ts, "day"
        return f"{_WEEKDAYS_FR[ts.day_of_week]} {day} {_MONTHS_FR[m - 1]} {y}", ts, "day"
    # cc: ISO dates from a data-collection platform
    if partial_ok and r < 0.05:
        tags.append("month_date")
        return f"{y}-{m:02d}", month_start, "month"
    if partial_ok and r < 0.09:
        tags.append("quarter_date")
        return f"{y}-Q{(m - 1) // 3 + 1}", quarter_start, "quarter"
    if k < 0.8:
        return f"{y}-{m:02d}-{d:02d}", ts, "day"
    tags.append("datetime_offset")
    hh, mm = int(rng.integers(8, 17)), int(rng.integers(0, 60))
    return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00.000-04:00", ts, "day"


def _persons(n: int, src: BhSource, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons."""
    st = src.style
    if st != "cc" and rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[st]), None
    big = n >= 1000
    if st == "bz":
        if big and rng.random() < 0.7:
            tags.append("thousands_sep")
            return f"{n:,}", n
        return str(n), n
    if st == "sv":
        if big and rng.random() < 0.3:
            tags.append("thousands_sep")
            return f"{n:,}".replace(",", "."), n
        if not big and rng.random() < 0.08:
            tags.append("count_with_unit")
            return f"{n} personas" if n > 1 else "1 persona", n
        return n, n
    if st == "rd":
        if big and rng.random() < 0.6:
            tags.append("thousands_sep")
            return f"{n:,}", n
        return str(n), n
    if st == "gp":
        if big and rng.random() < 0.7:
            tags.append("thousands_sep")
            return f"{n:,}".replace(",", choice(rng, ("\u00a0", "\u202f", " "))), n
        return str(n), n
    return n, n


def _suspects(
    n: int, src: BhSource, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects."""
    st = src.style
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return (None if st == "cc" else choice(rng, _SUSPECTS_UNKNOWN[st])), None
    if n == 0 and st != "cc" and rng.random() < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[st]), 0
    if st in ("sv", "cc"):
        return n, n
    return str(n), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Return degrees, minutes and seconds (to a tenth) with a hemisphere letter."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if value >= 0 else neg}"
    back = (deg + minutes / 60 + sec / 36000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _dmm(value: float, pos: str, neg: str, width: int, compact: bool) -> tuple[str, float]:
    """Return degrees and decimal minutes (to a hundredth), naval style."""
    hundredths = round(abs(value) * 6000)
    deg, rest = divmod(hundredths, 6000)
    minutes = rest / 100
    hemi = pos if value >= 0 else neg
    if compact:
        text = f"{deg:0{width}d}{minutes:05.2f}{hemi}"
    else:
        text = f"{deg:0{width}d}°{minutes:05.2f}'{hemi}"
    back = (deg + rest / 6000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _coordinates(
    ev: dict[str, object], src: BhSource, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the location."""
    st = src.style
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    lat_v, lon_v = ev.get("lat"), ev.get("lon")
    if blank or lat_v is None or lon_v is None:
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    lat, lon = float(lat_v), float(lon_v)  # type: ignore[arg-type]
    r = rng.random()
    if st == "bz":
        if r < 0.04:
            tags.append("coords_missing")
            return dict.fromkeys(keys), None, None
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"lat": "N/K", "lon": "N/K"}, None, None
        nd = 5 if rng.random() < 0.6 else 4
        la, lo = round(lat, nd), round(lon, nd)
        if rng.random() < 0.2:
            tags.append("hemisphere_letter")
            return (
                {
                    "lat": f"{abs(la):.{nd}f} {'N' if la >= 0 else 'S'}",
                    "lon": f"{abs(lo):.{nd}f} {'E' if lo >= 0 else 'W'}",
                },
                la,
                lo,
            )
        return {"lat": f"{la:.{nd}f}", "lon": f"{lo:.{nd}f}"}, la, lo
    if st == "sv":
        if r < 0.04:
            tags.append("coords_missing")
            return dict.fromkeys(keys), None, None
        if r < 0.2 or lon >= 0:
            tags.append("dms")
            lat_text, la = _dms(lat, "N", "S")
            lon_text, lo = _dms(lon, "E", "W")
            return {"lat": lat_text, "lon": lon_text}, la, lo
        tags.append("west_positive")  # under "Longitud (W)" the west is implied
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": abs(lo)}, la, lo
    if st == "rd":
        if r < 0.04:
            tags.append("coords_missing")
            return dict.fromkeys(keys), None, None
        compact = rng.random() < 0.25
        tags.append("nautical_compact" if compact else "dmm")
        lat_text, la = _dmm(lat, "N", "S", 2, compact)
        lon_text, lo = _dmm(lon, "E", "W", 3, compact)
        return {"coordinates": f"{lat_text} {lon_text}"}, la, lo
    if st == "gp":
        if r < 0.04:
            tags.append("coords_missing")
            return dict.fromkeys(keys), None, None
        tags.append("decimal_comma")
        la, lo = round(lat, 5), round(lon, 5)
        lat_text = f"{la:.5f}".replace(".", ",")
        if rng.random() < 0.15:
            tags.append("hemisphere_letter")
            lo = round(lon, 4)
            lon_text = f"{abs(lo):.4f}".replace(".", ",") + (" E" if lo >= 0 else " O")
        else:
            lon_text = f"{lo:.5f}".replace(".", ",")
        return {"lat": lat_text, "lon": lon_text}, la, lo
    # cc: a Kobo geopoint "lat lon altitude accuracy"
    if r < 0.03:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": "0 0 0 0"}, None, None
    alt = 0.0 if ev.get("transport_mode") == "sea" else round(float(rng.uniform(2, 400)), 1)
    acc = round(float(rng.uniform(3, 25)), 1)
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la} {lo} {alt} {acc}"}, la, lo


def _crime_cells(
    crime: str, expl: str | None, src: BhSource, rng: _Rng, tags: list[str]
) -> dict[str, object]:
    """Return the offence (and exploitation) cells."""
    st = src.style
    if st == "sv":  # one column: offence, legal article and form of exploitation
        tags.append("crime_with_exploitation")
        traffic = choice(rng, ("Trata de personas (art. 54 LECTP)", "Trata de personas"))
        smuggle = choice(
            rng,
            (
                "Tráfico ilegal de personas (art. 367-A C.Pn.)",
                "Tráfico ilegal de personas",
                "Tráf. ilegal de personas",
            ),
        )
        if crime == "smuggling":
            return {"crime_type": smuggle}
        form = choice(rng, _EXPLOITATION["sv"][str(expl)])
        if crime == "trafficking":
            if rng.random() < 0.5:
                return {"crime_type": f"{traffic} – {form}"}
            return {"crime_type": f"Trata de personas con fines de {form}"}
        if rng.random() < 0.5:
            return {"crime_type": f"{smuggle} y trata de personas – {form}"}
        return {"crime_type": f"Arts. 367-A C.Pn. y 54 LECTP: tráfico ilegal y trata ({form})"}
    cells: dict[str, object] = {"crime_type": _fit(choice(rng, _CRIME[st][crime]), src)}
    if crime == "smuggling" or expl is None:
        options = _NO_EXPLOITATION[st]
        cells["exploitation"] = options[int(rng.integers(len(options)))]
    else:
        cells["exploitation"] = _fit(choice(rng, _EXPLOITATION[st][expl]), src)
    return cells


def _render(
    src: BhSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    st = src.style
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])
    expl = None if ev.get("exploitation") is None else str(ev["exploitation"])
    gender = str(ev["gender"])
    exp: dict[str, object] = {
        "crime_type": crime,
        "exploitation": expl,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "transit_countries": ev.get("transit_countries"),
        "linked_offences": ev.get("linked_offences"),
    }
    cells: dict[str, object] = {}
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    cells.update(_crime_cells(crime, expl, src, rng, tags))
    cells["n_persons"], exp["n_persons"] = _persons(int(ev["n_persons"]), src, rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        src,
        rng,
        tags,
        forced_blank == "n_suspects",
    )
    # sex
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.015:
        tags += ["blank_gender", "gender_placeholder"]
        cells["gender"], exp["gender"] = _GENDER_UNKNOWN[st], "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[st][gender]), gender
    # age group
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = _NOT_APPLICABLE[st], "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[st][age]), age
    # nationality
    nat = ev.get("nationality")
    if forced_blank == "nationality" or nat is None:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif st != "cc" and rng.random() < 0.015:
        tags += ["blank_nationality", "nationality_placeholder"]
        cells["nationality"] = choice(rng, _NATIONALITY_UNKNOWN[st])
        exp["nationality"] = None
    else:
        cells["nationality"] = _nationality(str(nat), gender, src, rng, tags)
        exp["nationality"] = nat
    # countries
    cells["origin_country"] = _name(str(ev["origin_country"]), src, rng, tags)
    cells["destination_country"] = _name(str(ev["destination_country"]), src, rng, tags)
    det = ev.get("detection_country")
    if forced_blank == "detection_country" or det is None:
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _name(str(det), src, rng, tags)
        exp["detection_country"] = det
    cells["transit_countries"] = _transit(ev.get("transit_countries"), src, rng, tags)
    # conveyance
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = _NOT_APPLICABLE[st], "unknown"
    else:
        cells["transport_mode"] = _fit(choice(rng, _TRANSPORT[st][mode]), src)
        exp["transport_mode"] = mode
    where, exp["lat"], exp["lon"] = _coordinates(ev, src, rng, tags, forced_blank == "coordinates")
    cells.update(where)
    cells["linked_offences"] = _linked(ev.get("linked_offences"), src, rng, tags)
    return cells, exp, tags


def _bad_date(src: BhSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: missing, impossible or far ahead."""
    if kind == "no_date":
        return None
    st = src.style
    y = ts.year
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if st == "rd" and rng.random() < 0.5:
            return f"{day}1200Z {_MONTHS_ES_ABBR[int(month) - 1]} {y % 100:02d}"
        if st == "cc":
            return f"{y}-{month}-{day}"
        if st == "bz" and rng.random() < 0.5:
            return f"{day}-{MONTHS[int(month) - 1][:3]}-{y % 100:02d}"
        return f"{day}/{month}/{y}"
    ahead = 100 if rng.random() < 0.7 else 1000  # 2122, or 3022 (a 3 typed for a 2)
    future = pd.Timestamp(year=y + ahead, month=ts.month, day=min(ts.day, 28))
    if st == "sv":
        return future.to_pydatetime()
    if st == "cc":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: BhSource, last: pd.Timestamp) -> object:
    """Return the date written beside the source's note."""
    if src.style == "sv":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[BhSource] = Examiner(
    sources=BLIND58_SOURCES,
    primary=_PRIMARY,
    compilation=_CC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=5858,
    blank_share=0.35,
)


def make_blind58(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind58`` examiner set (files ``*_bh.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        Belize Police (CSV, cp1252), DGME El Salvador (XLSX), Armada RD (CSV, UTF-16,
        tab), PAF Guadeloupe (CSV, UTF-8 with BOM, ``;``) and CARICOM IMPACS (JSONL), in
        that order, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind58(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['belize_police_bh.csv', 'dgme_sv_bh.xlsx', 'armada_rd_bh.csv',
     'paf_guadeloupe_bh.csv', 'impacs_jrcc_bh.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
