"""Examiner variant ``blind116``: five agencies' files (``*_dn.*``), a reader's guide.

Each true event is first reported by the source of its detection country (the FCDO
tracker takes every other country); a share is reported again by a second source,
written that source's way and dated up to a day apart, sometimes leaving out a field
the first report gives. The wording tables below (legal references, country names and
demonyms, value words, date styles, coordinates) belong to this variant only.

``bf_dover_sboc_dn.csv``: UK Border Force, Dover, Small Boats Operational Command cell
    English; UTF-8 with BOM; ``,``. First reports of every event detected in the UK
    (small boats, clandestine entrants, potential victims of trafficking (PVoT) referred
    into the NRM); second reports of French-side Channel detections passed on by French
    partners. Dates day-first ``15/03/2022``, ``15/03/22``, ``15 Mar 2022``,
    ``15-Mar-22``; partial dates ``Mar 2022``, ``March 2022``, ``03/2022`` (month) and
    ``Q1 2022``, ``2022 Q1`` (quarter). The offence column names the legislation:
    ``s.25 IA 1971`` (facilitation, ``OIC``) is smuggling, ``s.2 MSA 2015`` (``MSHT``)
    trafficking, both together both. NRM exploitation types (``Labour``, ``Sexual``,
    ``Criminal - cannabis cultivation``), ``N/A`` for smuggling. Ages ``Adult``,
    ``18+``, ``UASC`` (unaccompanied asylum-seeking child), ``U18``, ``Adults & UASC``
    (mixed), ``N/K`` (not known). Nationality as a demonym, a name or the Home Office
    three-letter code; origin ``As nationality``; the UK as ``UK``, ``GB`` or ``United
    Kingdom``. Counts with ``,`` thousands, ``TBC``/``Not known`` for an unknown count;
    facilitators ``Nil``/``None`` for zero, ``Unk`` when unknown. Position in degrees and
    decimal minutes (``51°07.52'N 001°19.23'E``) or decimal degrees, ``N/K`` or blank when
    not recorded. Route joined by ``>``, ``,`` or ``-``; ``Direct`` (or blank) for no
    transit. A ``Time (24h)`` column beside the date. A note row, an empty row and a
    ``TOTAL`` row.

``getlink_surete_coquelles_dn.csv``: Getlink (Eurotunnel) Direction Sûreté, Coquelles
    French with some bilingual headers (``Date / Date``); cp1252; ``;``; CRLF. First
    reports of every event detected in France; second reports of UK-side Channel
    detections. Dates ``15/03/2022``, ``15.03.2022``, ``15 mars 2022`` (``1er`` for the
    first), ``15/03/22``, ``mardi 15 mars 2022``; partial ``mars 2022``, ``03/2022`` and
    ``T1 2022``, ``1er trimestre 2022``. Offences by article: ``L823-1 CESEDA`` (and the
    pre-2021 ``L.622-1 CESEDA``, ``AESI``) is smuggling, ``225-4-1 CP`` (``TEH``)
    trafficking. Gendered French demonyms (``érythréenne``), upper-case country names,
    a few mojibake cells (UTF-8 read as cp1252). Sex ``H``, ``M`` or ``masculin`` (male),
    ``F``, ``H/F``; ``MNA`` (mineur non accompagné) is a child, ``non renseigné``
    unknown. Counts with a space or no-break space as thousands separator,
    ``NC``/``inconnu`` for unknown; smugglers ``aucun``/``néant`` for zero, ``NR``
    unknown. Coordinates ``50,92345 / 1,81234`` (decimal commas), DMS
    ``N 50°55'24'' / E 1°48'44''`` or ``50.92345, 1.81234``. Origin ``idem`` when it is
    the nationality's country. An ``Heure / Time`` column. Note, empty and
    ``Total général`` rows; some rows re-sent at the end (exact repeats).

``guardia_civil_semar_dn.csv``: Guardia Civil, Servicio Marítimo and its judicial teams
    Spanish; UTF-16 with BOM; tab-delimited (an Excel "Unicode text" export). First
    reports of events detected in Spain; second reports of Central and Eastern
    Mediterranean events seen by its patrol boats on Frontex deployments (Italy,
    Greece). Dates ``15/03/2022``, ``15-03-2022``, ``15/3/2022``, ``15 de marzo de
    2022``, ``15-mar-2022``; partial ``marzo 2022``, ``marzo de 2022``, ``03/2022`` and
    ``1T 2022``, ``1er trimestre 2022``. ``318 bis CP`` is smuggling, ``177 bis CP``
    (``TSH``) trafficking. Sex ``H`` (hombre) and ``M`` (mujer, unlike the French file),
    ``Varón``, ``Mixto``, ``H/M``; ``MENA`` is a child, ``sin determinar`` unknown.
    Counts with ``.`` thousands, ``s/d`` (sin datos) for unknown; ``ninguno`` for zero.
    Latitude and longitude in two columns, decimal commas (``-15,41234``) or degrees and
    decimal minutes with ``O`` (oeste) or ``W`` for west (``15º 24,74' O``). Detection
    country sometimes ``ES``. Transit joined by ``-``, ``,`` or ``..., ... y ...``;
    ``directo`` for none; origin ``ídem``. Note, empty and ``TOTAL GENERAL`` rows.

``jtf_north_dn.xlsx``: US Northern Command, Joint Task Force North, support log
    English; XLSX. First reports of events detected in the United States. Dates as real
    Excel dates, military date-time groups ``151430ZMAR22`` (always afternoon Zulu, so
    the same day locally), US month-first text ``03/15/2022``, bare Excel serial numbers
    (``44635``) and ``15 MAR 22``; partial ``MAR 2022``, ``March 2022`` and
    ``Q1 CY2022``, ``CY22 Q1`` (calendar-year quarters). ``8 U.S.C. § 1324`` is
    smuggling, ``TVPA``/``TIP`` trafficking, ``HS/HT`` both. Demographic ``Single
    adults``, ``UAC`` (unaccompanied alien child), ``FMUA``/``Family units`` (mixed).
    Citizenship as an upper-case name or an ISO alpha-2 code; final destination
    sometimes a US city (``Houston, TX``); no country-of-origin column. Counts and
    coordinates mostly numbers, ``UNK`` for unknown, ``NONE`` for zero. A ``Supported
    Agency`` column. Note and ``GRAND TOTAL`` rows.

``fcdo_migration_tracker_dn.jsonl``: FCDO Migration and Modern Slavery Directorate, posts'
    incident tracker (a SharePoint list export). English; JSON lines; UTF-8;
    snake_case keys. First reports of every other event (Italy, Greece, Croatia, Poland,
    Panama); second reports from posts in Spain and the United States and on the
    Viet Nam-UK and Romania-Spain trafficking flows. Dates ISO ``2022-03-15``,
    ``15 March 2022``, ``15/03/2022``, ``15-Mar-2022``, ``2022-03-15T00:00:00Z``; partial
    ``2022-03``, ``March 2022``, ``2022-Q1``, ``Q1 2022``. Countries as names, demonyms or
    ISO alpha-3 codes; ``Türkiye`` beside ``Turkey``, ``BiH``; routes joined by ``->``,
    ``,`` or ``;``. Counts as numbers or text, ``unknown``/``n/k`` for unknown. Location
    ``35.50123, 12.60012`` or ``8.2141N, 77.5012W``; ``n/k`` or null when not recorded.
    A ``grading`` key. No note row; a ``Total`` line, then some rows re-sent (exact
    repeats).
"""

from __future__ import annotations

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

__all__ = ["BLIND116", "BLIND116_SOURCES", "Agency", "make_blind116"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of this variant: the shared fields plus the key of its wording.

    Attributes
    ----------
    key : str
        Key of the agency's wording tables (``dover``, ``getlink``, ``gc``, ``jtfn``,
        ``fcdo``).
    """

    key: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
DOVER = Agency(
    source="bf_dover_sboc_dn",
    filename="bf_dover_sboc_dn.csv",
    ref="SBOC/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "SBOC Ref",
        "event_date": "Date of Incident",
        "time": "Time (24h)",
        "crime_type": "Offence (legislation)",
        "exploitation": "NRM exploitation type",
        "n_persons": "No. of persons (migrants/PVoT)",
        "n_suspects": "Facilitators arrested",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Nationality (stated)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Detected in (country)",
        "transit_countries": "Route / transit countries",
        "transport_mode": "Method of entry",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Associated offences",
    },
    note="Note: management information, provisional and subject to change",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    key="dover",
)
GETLINK = Agency(
    source="getlink_surete_coquelles_dn",
    filename="getlink_surete_coquelles_dn.csv",
    ref="MC-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° MC / Log no.",
        "event_date": "Date / Date",
        "time": "Heure / Time",
        "crime_type": "Qualification / Offence",
        "exploitation": "Forme d'exploitation (TEH)",
        "n_persons": "Nb de personnes / Persons",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe / Sex",
        "age_group": "Majeur-Mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays de découverte",
        "transit_countries": "Pays traversés",
        "transport_mode": "Vecteur / Mode",
        "coordinates": "Coord. GPS (lat / long)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction main courante, données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    key="getlink",
)
GUARDIA_CIVIL = Agency(
    source="guardia_civil_semar_dn",
    filename="guardia_civil_semar_dn.csv",
    ref="AT-{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha intervención",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País intervención",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales sujetos a revisión",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    key="gc",
)
JTF_NORTH = Agency(
    source="jtf_north_dn",
    filename="jtf_north_dn.xlsx",
    ref="JTFN-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Event No.",
        "event_date": "DTG / Date",
        "agency": "Supported Agency",
        "crime_type": "Activity",
        "exploitation": "TIP Type",
        "n_persons": "# Subjects / Victims",
        "n_suspects": "# Smugglers Apprehended",
        "gender": "Gender",
        "age_group": "Demographic",
        "nationality": "Citizenship",
        "destination_country": "Final Destination",
        "detection_country": "Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Conveyance",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Associated Activity",
    },
    note="NOTE: UNCLASSIFIED - data as reported by supported agencies",
    total="GRAND TOTAL",
    bad_count=("MULTIPLE", "GROUP"),
    repeats=False,
    key="jtfn",
)
FCDO = Agency(
    source="fcdo_migration_tracker_dn",
    filename="fcdo_migration_tracker_dn.jsonl",
    ref="MMSD-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ref",
        "event_date": "incident_date",
        "crime_type": "incident_type",
        "exploitation": "exploitation_type",
        "n_persons": "people_involved",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "main_nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country",
        "transit_countries": "transit_route",
        "transport_mode": "mode",
        "coordinates": "location_latlon",
        "linked_offences": "linked_crime",
        "grading": "grading",
    },
    note=None,
    total="Total",
    bad_count=("several", "a group"),
    repeats=True,
    key="fcdo",
)

#: The variant's sources, in the order their submissions are returned.
BLIND116_SOURCES: tuple[Agency, ...] = (DOVER, GETLINK, GUARDIA_CIVIL, JTF_NORTH, FCDO)

# --------------------------------------------------------------------------------------
# Country names
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "BiH", "Bosnia & Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
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
    "GBR": ("United Kingdom", "UK"),
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
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, tuple[str, ...]] = {
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
    "IRQ": ("Irak", "Iraq"),
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
    "VNM": ("Vietnam", "Viêt Nam"),
    "YEM": ("Yémen",),
}
#: (masculine, feminine) French demonyms.
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
_ES_NAMES: dict[str, tuple[str, ...]] = {
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
    "GIN": ("Guinea Conakry", "Guinea-Conakry"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
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
#: (masculine, feminine) Spanish demonyms.
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
    "GIN": ("guineano (Conakry)", "guineana (Conakry)"),
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
    "PAK": ("pakistaní", "paquistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
_NAMES = {"en": _EN_NAMES, "fr": _FR_NAMES, "es": _ES_NAMES}

# --------------------------------------------------------------------------------------
# Value words, by source key
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "dover": {
        "smuggling": (
            "s.25 IA 1971",
            "Facilitation (s25 Immigration Act 1971)",
            "OIC - facilitation of illegal entry",
            "S25 IA71",
            "Assisting unlawful immigration (s.25)",
        ),
        "trafficking": (
            "s.2 MSA 2015",
            "Human trafficking (s2 Modern Slavery Act 2015)",
            "MSHT - trafficking",
            "Modern slavery / human trafficking (MSA 2015)",
        ),
        "both": (
            "s.25 IA 1971 & s.2 MSA 2015",
            "Facilitation + trafficking (IA71 s25 / MSA15 s2)",
            "OIC & MSHT",
        ),
    },
    "getlink": {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "aide à l'entrée irrégulière",
            "Art. L.622-1 CESEDA",
            "AESI - filière de passage",
            "Aide au passage clandestin (L823-1 CESEDA)",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "Art. 225-4-1 C. pén.",
            "traite d'êtres humains",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "225-4-1 CP / L823-1 CESEDA",
            "Traite des êtres humains et aide à l'entrée irrégulière",
        ),
    },
    "gc": {
        "smuggling": (
            "Art. 318 bis CP",
            "Favorecimiento de la inmigración ilegal (318 bis)",
            "Delito contra los derechos de los ciudadanos extranjeros",
            "Inmigración ilegal - 318 bis",
            "318bis C.P.",
        ),
        "trafficking": (
            "Art. 177 bis CP",
            "Trata de seres humanos",
            "TSH (177 bis)",
            "Trata de personas",
        ),
        "both": (
            "177 bis y 318 bis CP",
            "Trata de seres humanos + favorecimiento inmigración ilegal",
            "TSH / 318 bis",
        ),
    },
    "jtfn": {
        "smuggling": (
            "Alien smuggling (8 USC 1324)",
            "8 U.S.C. § 1324",
            "Human smuggling",
            "Smuggling - 1324",
        ),
        "trafficking": (
            "Human trafficking",
            "18 U.S.C. § 1590/1591 (TVPA)",
            "TIP (trafficking in persons)",
        ),
        "both": (
            "Smuggling / trafficking (1324 + TVPA)",
            "HS/HT",
            "Human smuggling & trafficking",
        ),
    },
    "fcdo": {
        "smuggling": (
            "Migrant smuggling",
            "People smuggling",
            "Smuggling of migrants",
            "OIC (people smuggling)",
        ),
        "trafficking": (
            "Human trafficking",
            "Trafficking in persons",
            "THB",
            "Modern slavery / THB",
        ),
        "both": ("Smuggling & trafficking", "People smuggling; THB", "SoM + THB"),
    },
}
#: Exploitation words; the key ``""`` lists the cells of a smuggling row (None = blank).
_EXPLOIT: dict[str, dict[str, tuple[str | None, ...]]] = {
    "dover": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Labour - nail bar"),
        "forced_criminality": (
            "Criminal",
            "Criminal exploitation",
            "Criminal - cannabis cultivation",
        ),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other (unspecified)"),
        "": (None, "N/A", "n/a"),
    },
    "getlink": {
        "sexual": ("exploitation sexuelle", "Exploitation sexuelle (prostitution)"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
        "": (None, "sans objet", "s.o."),
    },
    "gc": {
        "sexual": ("explotación sexual", "Sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "comisión de delitos"),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otra finalidad"),
        "": (None, "No procede", "N/P"),
    },
    "jtfn": {
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "": (None, "N/A"),
    },
    "fcdo": {
        "sexual": ("Sexual exploitation", "sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Criminal exploitation"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other form"),
        "": (None, "n/a", ""),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "dover": {
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F", "M & F"),
    },
    "getlink": {
        "male": ("H", "masculin", "M"),
        "female": ("F", "féminin"),
        "mixed": ("mixte", "H/F", "masculin et féminin"),
    },
    "gc": {
        "male": ("H", "Varón", "Masculino"),
        "female": ("M", "Mujer", "Femenino"),
        "mixed": ("Mixto", "Ambos sexos", "H/M"),
    },
    "jtfn": {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("MIXED", "M/F")},
    "fcdo": {
        "male": ("male", "Male", "M"),
        "female": ("female", "Female", "F"),
        "mixed": ("mixed", "male and female", "Mixed"),
    },
}
#: Age words; the key ``"na"`` lists the words for "not known".
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "dover": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "UASC", "U18", "Child"),
        "mixed": ("Mixed", "Adults & UASC", "Adults/minors"),
        "na": ("N/K",),
    },
    "getlink": {
        "adult": ("majeur(s)", "adultes"),
        "child": ("mineur(s)", "MNA", "mineur non accompagné"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "na": ("non renseigné",),
    },
    "gc": {
        "adult": ("Adultos", "Mayores de edad", "Adulto"),
        "child": ("Menores", "MENA", "Menor"),
        "mixed": ("Adultos y menores", "Mixto"),
        "na": ("sin determinar",),
    },
    "jtfn": {
        "adult": ("Single adults", "Adult", "ADULT"),
        "child": ("UAC", "Juvenile", "Minor"),
        "mixed": ("FMUA", "Family units", "Adults & juveniles"),
        "na": ("UNK",),
    },
    "fcdo": {
        "adult": ("adults", "adult"),
        "child": ("children", "minors", "child"),
        "mixed": ("mixed", "adults and children"),
        "na": ("not known",),
    },
}
#: Transport words; the key ``"na"`` lists the words for "not known".
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "dover": {
        "sea": ("Small boat", "RHIB", "Dinghy", "Small boat (inflatable)"),
        "land": ("HGV (clandestine)", "Lorry", "Coach", "Car", "Train"),
        "air": ("Air", "Flight (LHR)", "Airport arrival"),
        "na": ("N/K",),
    },
    "getlink": {
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("navette fret", "camion (PL)", "poids lourd", "véhicule léger", "à pied"),
        "air": ("avion", "voie aérienne"),
        "na": ("indéterminé",),
    },
    "gc": {
        "sea": ("patera", "cayuco", "neumática", "embarcación", "lancha"),
        "land": ("terrestre", "vehículo", "a pie", "camión"),
        "air": ("aérea", "avión", "aeropuerto"),
        "na": ("desconocido",),
    },
    "jtfn": {
        "sea": ("Panga", "Vessel"),
        "land": ("On foot", "Vehicle", "Tractor-trailer", "Freight train", "Pedestrian"),
        "air": ("Commercial air", "Aircraft"),
        "na": ("UNK",),
    },
    "fcdo": {
        "sea": ("sea", "boat", "maritime", "fishing vessel"),
        "land": ("land", "overland", "truck", "on foot"),
        "air": ("air", "flight"),
        "na": ("n/k",),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "dover": {
        "document_fraud": ("False documents", "Document fraud", "Forged ID (IDA 2010)"),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Drugs (cannabis)", "Illicit goods"),
        "corruption": ("Bribery", "Corruption"),
        "cybercrime": ("Cyber-enabled", "Cybercrime"),
    },
    "getlink": {
        "document_fraud": ("usage de faux documents", "faux documents"),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("stupéfiants", "marchandises illicites"),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
    },
    "gc": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "contrabando de tabaco"),
        "corruption": ("cohecho", "corrupción"),
        "cybercrime": ("ciberdelincuencia",),
    },
    "jtfn": {
        "document_fraud": ("Fraudulent documents",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics seized", "Contraband"),
        "corruption": ("Official corruption",),
        "cybercrime": ("Cyber",),
    },
    "fcdo": {
        "document_fraud": ("document fraud", "false documents"),
        "money_laundering": ("money laundering", "illicit finance"),
        "illicit_goods": ("illicit goods", "drugs"),
        "corruption": ("corruption",),
        "cybercrime": ("cybercrime", "online recruitment/cyber"),
    },
}
_LINKED_SEP = {
    "dover": ("; ", " / "),
    "getlink": (", ", " + "),
    "gc": (" / ", ", "),
    "jtfn": ("; ", ", "),
    "fcdo": ("; ", ", "),
}
#: Cells of a linked-offence column with nothing to report (None = blank).
_LINKED_NONE: dict[str, tuple[str | None, ...]] = {
    "dover": (None, None, "None"),
    "getlink": (None, None, "néant"),
    "gc": (None, None, "ninguno"),
    "jtfn": (None, "NONE"),
    "fcdo": (None, ""),
}
_COUNT_UNKNOWN = {
    "dover": ("TBC", "Not known"),
    "getlink": ("NC", "inconnu"),
    "gc": ("s/d", "desconocido"),
    "jtfn": ("UNK",),
    "fcdo": ("unknown", "n/k"),
}
_SUSPECTS_ZERO = {
    "dover": ("Nil", "None"),
    "getlink": ("aucun", "néant"),
    "gc": ("ninguno",),
    "jtfn": ("NONE",),
    "fcdo": ("none",),
}
_SUSPECTS_UNKNOWN = {
    "dover": ("Unk",),
    "getlink": ("NR",),
    "gc": ("s/d",),
    "jtfn": ("UNK",),
    "fcdo": ("unknown",),
}
#: A route with no transit country (None = blank).
_DIRECT: dict[str, tuple[str | None, ...]] = {
    "dover": (None, "Direct"),
    "getlink": (None, "direct"),
    "gc": (None, "directo"),
    "jtfn": (None, "N/A"),
    "fcdo": (None, "direct"),
}
_COORDS_UNKNOWN = {"dover": "N/K", "getlink": "NR", "gc": "s/d", "jtfn": "UNK", "fcdo": "n/k"}
_SAME_ORIGIN = {"dover": "As nationality", "getlink": "idem", "gc": "ídem"}
_US_CITIES = ("Houston, TX", "Phoenix, AZ", "Los Angeles, CA", "Chicago, IL", "Atlanta, GA")
_AGENCIES = ("USBP", "HSI", "CBP OFO", "USBP / HSI")
_GRADINGS = ("B2", "C3", "A2", "B3")

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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_ABBR = tuple(m[:3] for m in MONTHS)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: Share of rows whose date is only a month / a quarter (when the row may be partial).
_MONTH_SHARE = 0.035
_QUARTER_SHARE = 0.02


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _fr_day(ts: pd.Timestamp) -> str:
    return "1er" if ts.day == 1 else str(ts.day)


def _day_cell(src: Agency, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date the agency's way."""
    u = rng.random()
    m, y = ts.month, ts.year
    if src.key == "dover":
        if u < 0.68:
            return ts.strftime("%d/%m/%Y")
        tags.append("date_text")
        if u < 0.80:
            return ts.strftime("%d/%m/%y")
        if u < 0.90:
            return f"{ts.day} {_EN_ABBR[m - 1]} {y}"
        return f"{ts.day:02d}-{_EN_ABBR[m - 1]}-{y % 100:02d}"
    if src.key == "getlink":
        if u < 0.55:
            return ts.strftime("%d/%m/%Y")
        tags.append("date_text")
        if u < 0.65:
            return ts.strftime("%d.%m.%Y")
        if u < 0.78:
            return f"{_fr_day(ts)} {_FR_MONTHS[m - 1]} {y}"
        if u < 0.88:
            return ts.strftime("%d/%m/%y")
        return f"{_FR_DAYS[ts.weekday()]} {_fr_day(ts)} {_FR_MONTHS[m - 1]} {y}"
    if src.key == "gc":
        if u < 0.50:
            return ts.strftime("%d/%m/%Y")
        tags.append("date_text")
        if u < 0.65:
            return ts.strftime("%d-%m-%Y")
        if u < 0.77:
            return f"{ts.day}/{m}/{y}"
        if u < 0.90:
            return f"{ts.day} de {_ES_MONTHS[m - 1]} de {y}"
        return f"{ts.day:02d}-{_ES_ABBR[m - 1]}-{y}"
    if src.key == "jtfn":
        if u < 0.55:
            tags.append("excel_date")
            return ts.to_pydatetime()
        if u < 0.75:
            tags.append("dtg")
            hour = int(rng.integers(13, 23))
            minute = int(rng.integers(0, 60))
            return f"{ts.day:02d}{hour:02d}{minute:02d}Z{MONTHS[m - 1][:3].upper()}{y % 100:02d}"
        if u < 0.87:
            tags.append("us_date")
            return ts.strftime("%m/%d/%Y")
        if u < 0.95:
            tags.append("excel_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        tags.append("date_text")
        return f"{ts.day:02d} {MONTHS[m - 1][:3].upper()} {y % 100:02d}"
    # fcdo
    if u < 0.50:
        return ts.strftime("%Y-%m-%d")
    tags.append("date_text")
    if u < 0.70:
        return f"{ts.day} {MONTHS[m - 1]} {y}"
    if u < 0.85:
        return ts.strftime("%d/%m/%Y")
    if u < 0.93:
        return f"{ts.day:02d}-{_EN_ABBR[m - 1]}-{y}"
    return ts.strftime("%Y-%m-%dT00:00:00Z")


def _month_cell(src: Agency, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a date known only to the month."""
    m, y = ts.month, ts.year
    options: dict[str, tuple[str, ...]] = {
        "dover": (f"{_EN_ABBR[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
        "getlink": (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1].title()} {y}"),
        "gc": (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_MONTHS[m - 1]} de {y}", f"{m:02d}/{y}"),
        "jtfn": (f"{MONTHS[m - 1][:3].upper()} {y}", f"{MONTHS[m - 1]} {y}"),
        "fcdo": (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"),
    }
    return choice(rng, options[src.key])


def _quarter_cell(src: Agency, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a date known only to the quarter."""
    q, y = (ts.month - 1) // 3 + 1, ts.year
    options: dict[str, tuple[str, ...]] = {
        "dover": (f"Q{q} {y}", f"{y} Q{q}"),
        "getlink": (f"T{q} {y}", f"{q}{'er' if q == 1 else 'e'} trimestre {y}"),
        "gc": (f"{q}T {y}", f"{q}{'er' if q in (1, 3) else 'º'} trimestre {y}"),
        "jtfn": (f"Q{q} CY{y}", f"CY{y % 100:02d} Q{q}"),
        "fcdo": (f"{y}-Q{q}", f"Q{q} {y}"),
    }
    return choice(rng, options[src.key])


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, expected precision)."""
    u = rng.random()
    if partial_ok and u < _MONTH_SHARE:
        tags.append("partial_month")
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and u < _MONTH_SHARE + _QUARTER_SHARE:
        tags.append("partial_quarter")
        return _quarter_cell(src, ts, rng), ts.to_period("Q").start_time, "quarter"
    return _day_cell(src, ts, rng, tags), ts.normalize(), "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        d, m = int(day), int(month)
        if src.key == "jtfn":
            if rng.random() < 0.5:
                return f"{d:02d}1200Z{MONTHS[m - 1][:3].upper()}{y % 100:02d}"
            return f"{m:02d}/{d:02d}/{y}"
        if src.key == "fcdo":
            return f"{y}-{m:02d}-{d:02d}"
        if src.key == "gc" and rng.random() < 0.4:
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
        if src.key == "getlink" and rng.random() < 0.4:
            return f"{d} {_FR_MONTHS[m - 1]} {y}"
        return f"{d:02d}/{m:02d}/{y}"
    # future: the middle digits of the year swapped (2022 -> 2202), or ten years on
    digits = str(y)
    year = int(digits[0] + digits[2] + digits[1] + digits[3]) if rng.random() < 0.6 else y + 10
    future = ts.replace(year=year)
    if src.key == "jtfn":
        return future.to_pydatetime() if rng.random() < 0.5 else future.strftime("%m/%d/%Y")
    if src.key == "fcdo":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the last day of the file."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _title_ascii(text: str) -> str:
    """Upper-case text without accents, as a US form writes a country."""
    table = str.maketrans("ÁÉÍÓÚÜÑÔÎÏÈÊË", "AEIOUUNOIIEEE")
    return text.upper().translate(table)


def _country(
    src: Agency, code: str, rng: _Rng, tags: list[str], *, female: bool = False, role: str
) -> str:
    """Write one country as the agency does in a column of ``role``."""
    lang = src.language
    name = choice(rng, _NAMES[lang][code])
    u = rng.random()
    if role == "nationality":
        if src.key == "jtfn":
            if u < 0.75:
                return _title_ascii(choice(rng, _EN_NAMES[code]))
            tags.append("iso2")
            return iso_codes(code)[0]
        if src.key in ("dover", "fcdo"):
            if u < 0.5:
                tags.append("demonym")
                return choice(rng, _EN_DEMONYMS[code])
            if u < 0.75:
                tags.append("iso3")
                return code
            return name
        demonyms = _FR_DEMONYMS if lang == "fr" else _ES_DEMONYMS
        if u < 0.65:
            tags.append("demonym")
            word = demonyms[code][1 if female else 0]
            return word.capitalize() if rng.random() < 0.3 else word
        if u < 0.9:
            return name.upper()
        tags.append("iso3")
        return code
    if src.key == "jtfn":
        if role == "detection":
            return choice(rng, ("USA", "US", "United States", "U.S."))
        if u < 0.6:
            return _title_ascii(name)
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.key == "fcdo" and u < 0.2:
        tags.append("iso3")
        return code
    if src.key == "gc" and role == "detection" and u < 0.3:
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.key == "getlink" and role == "destination" and code == "GBR" and u < 0.35:
        return choice(rng, ("Angleterre", "UK", "GB"))
    if src.key == "dover" and code == "GBR":
        return choice(rng, ("UK", "United Kingdom", "GB"))
    return name


def _with_mojibake(src: Agency, text: str, rng: _Rng, tags: list[str]) -> str:
    """Garble a few cells of the agencies whose exports pass through another encoding."""
    if src.key in ("getlink", "fcdo") and rng.random() < 0.06:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _route(src: Agency, codes: list[str], rng: _Rng, tags: list[str]) -> str:
    """Write an ordered list of transit countries."""
    names = [_country(src, c, rng, tags, role="transit") for c in codes]
    if len(names) == 1:
        return names[0]
    if src.key == "gc" and rng.random() < 0.4:
        return ", ".join(names[:-1]) + " y " + names[-1]
    seps = {
        "dover": (" > ", ", ", " - "),
        "getlink": (", ", " / ", " - "),
        "gc": (" - ", ", "),
        "jtfn": (" / ", ", "),
        "fcdo": (" -> ", ", ", "; "),
    }
    return choice(rng, seps[src.key]).join(names)


def _thousands(src: Agency, n: int, rng: _Rng) -> str:
    text = f"{n:,}"
    if src.language == "fr":
        return text.replace(",", choice(rng, ("\u00a0", " ")))
    if src.language == "es":
        return text.replace(",", ".")
    return text


def _persons(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons column."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.key]), None
    if n >= 1000 and rng.random() < 0.8:
        tags.append("thousands")
        return _thousands(src, n, rng), n
    if src.format == "csv" or (src.format == "jsonl" and rng.random() < 0.2):
        return str(n), n
    return n, n


def _suspects(src: Agency, k: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects column."""
    if rng.random() < 0.025:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_UNKNOWN[src.key]), None
    if k == 0 and rng.random() < 0.5:
        tags.append("zero_word")
        return choice(rng, _SUSPECTS_ZERO[src.key]), 0
    return (str(k) if src.format == "csv" else k), k


def _ddm(
    value: float, pos: str, neg: str, width: int, *, comma: bool, deg: str
) -> tuple[str, float]:
    """Degrees and decimal minutes: (text, value read back)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    d = int(a)
    minutes = round((a - d) * 60, 2)
    if minutes >= 60:
        d, minutes = d + 1, 0.0
    mtext = f"{minutes:05.2f}"
    if comma:
        mtext = mtext.replace(".", ",")
    back = (d + minutes / 60) * (1 if value >= 0 else -1)
    return f"{d:0{width}d}{deg}{mtext}'{hemi}", round(back, 6)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds, hemisphere first: (text, value read back)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    total = round(a * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{hemi} {d}°{m:02d}'{s:02d}''", round(back, 6)


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the location."""
    u = rng.random()
    combined = "coordinates" in src.headers
    if u < 0.03:
        tags.append("coords_missing")
        return {}, None, None
    if u < 0.045:
        tags.append("coords_placeholder")
        word = _COORDS_UNKNOWN[src.key]
        return ({"coordinates": word} if combined else {"lat": word, "lon": word}), None, None
    v = rng.random()
    if src.key == "dover":
        if v < 0.6:
            tags.append("ddm")
            t1, la = _ddm(lat, "N", "S", 2, comma=False, deg="°")
            t2, lo = _ddm(lon, "E", "W", 3, comma=False, deg="°")
            return {"coordinates": f"{t1} {t2}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.key == "getlink":
        if v < 0.4:
            tags.append("dms")
            t1, la = _dms(lat, "N", "S")
            t2, lo = _dms(lon, "E", "O")
            return {"coordinates": f"{t1} / {t2}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        if v < 0.8:
            tags.append("decimal_comma")
            text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
            return {"coordinates": text}, la, lo
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.key == "gc":
        if v < 0.3:
            tags.append("ddm")
            west = choice(rng, ("O", "W"))
            t1, la = _ddm(lat, "N", "S", 2, comma=True, deg="º ")
            t2, lo = _ddm(lon, "E", west, 2, comma=True, deg="º ")
            return {"lat": t1.replace("'", "' ").strip(), "lon": t2.replace("'", "' ")}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        if v < 0.85:
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
    if src.key == "jtfn":
        la, lo = round(lat, 5), round(lon, 5)
        if v < 0.88:
            return {"lat": la, "lon": lo}, la, lo
        tags.append("coords_text")
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
    # fcdo
    if v < 0.8:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    tags.append("hemisphere_letters")
    la, lo = round(lat, 4), round(lon, 4)
    ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
    return {"coordinates": f"{abs(la):.4f}{ns}, {abs(lo):.4f}{ew}"}, la, lo


def _linked(src: Agency, value: object, rng: _Rng) -> tuple[object, str | None]:
    """Return (cell, expected value) of the linked-offences column."""
    if value is None:
        return _word(rng, _LINKED_NONE[src.key]), None
    parts = str(value).split("|")
    words = [choice(rng, _LINKED[src.key][p]) for p in parts]
    return choice(rng, _LINKED_SEP[src.key]).join(words), str(value)


def _word(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    key = src.key
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    if "time" in src.headers:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        cells["time"] = f"{hh:02d}{mm:02d}" if key == "dover" else f"{hh:02d}h{mm:02d}"
    if "agency" in src.headers:
        cells["agency"] = choice(rng, _AGENCIES)
    if "grading" in src.headers:
        cells["grading"] = choice(rng, _GRADINGS)

    crime = str(ev["crime_type"])
    text = choice(rng, _CRIME[key][crime])
    cells["crime_type"] = _with_mojibake(src, text, rng, tags) if fits(text, src) else text
    exp["crime_type"] = crime
    if any(ch.isdigit() for ch in text):
        tags.append("legal_ref")
    form = ev["exploitation"]
    if form is None:
        cells["exploitation"] = _word(rng, _EXPLOIT[key][""])
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, _EXPLOIT[key][str(form)])
        exp["exploitation"] = str(form)

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, int(ev["n_suspects"]), rng, tags)  # type: ignore[call-overload]

    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[key][gender])
    exp["gender"] = gender
    if key == "gc" and cells["gender"] == "M":
        tags.append("es_m_mujer")
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"] = choice(rng, _AGE[key]["na"])
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = choice(rng, _AGE[key][age])
        exp["age_group"] = age

    female = gender == "female"
    nat = str(ev["nationality"])
    cells["nationality"] = _with_mojibake(
        src, _country(src, nat, rng, tags, female=female, role="nationality"), rng, tags
    )
    exp["nationality"] = nat

    origin = str(ev["origin_country"])
    exp["origin_country"] = None
    if "origin_country" in src.headers:
        u = rng.random()
        if u < 0.04:
            tags.append("origin_not_recorded")
        elif u < 0.10 and origin == nat and key in _SAME_ORIGIN:
            tags.append("origin_idem")
            cells["origin_country"] = _SAME_ORIGIN[key]
            exp["origin_country"] = origin
        else:
            word = _country(src, origin, rng, tags, role="origin")
            cells["origin_country"] = _with_mojibake(src, word, rng, tags)
            exp["origin_country"] = origin

    dest = str(ev["destination_country"])
    if key == "jtfn" and dest == "USA" and rng.random() < 0.2:
        tags.append("city_destination")
        cells["destination_country"] = choice(rng, _US_CITIES)
    else:
        cells["destination_country"] = _country(src, dest, rng, tags, role="destination")
    exp["destination_country"] = dest

    det = str(ev["detection_country"])
    cells["detection_country"] = _country(src, det, rng, tags, role="detection")
    exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = _word(rng, _DIRECT[key])
        exp["transit_countries"] = None
    else:
        cells["transit_countries"] = _route(src, str(transit).split("|"), rng, tags)
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, _MODE[key]["na"])
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = choice(rng, _MODE[key][mode])
        exp["transport_mode"] = mode

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells.update(place)

    cells["linked_offences"], exp["linked_offences"] = _linked(src, ev["linked_offences"], rng)

    if forced_blank is not None:  # a second report leaving out what the first one gives
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "n_suspects":
            tags[:] = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
        if forced_blank == "coordinates":
            for col in ("coordinates", "lat", "lon"):
                cells.pop(col, None)
            exp["lat"] = exp["lon"] = None
        else:
            cells.pop(forced_blank, None)
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_BY_KEY = {s.key: s.source for s in BLIND116_SOURCES}

#: The variant, as the shared examiner machinery reads it.
BLIND116: Examiner[Agency] = Examiner(
    sources=BLIND116_SOURCES,
    primary={
        "GBR": _BY_KEY["dover"],
        "FRA": _BY_KEY["getlink"],
        "ESP": _BY_KEY["gc"],
        "USA": _BY_KEY["jtfn"],
    },
    compilation=_BY_KEY["fcdo"],
    secondary={
        ("channel", "FRA"): _BY_KEY["dover"],
        ("channel", "GBR"): _BY_KEY["getlink"],
        ("cmed", "ITA"): _BY_KEY["gc"],
        ("emed", "GRC"): _BY_KEY["gc"],
        ("watl", "ESP"): _BY_KEY["fcdo"],
        ("wmed", "ESP"): _BY_KEY["fcdo"],
        ("thb_rou_esp", "ESP"): _BY_KEY["fcdo"],
        ("us_mex", "USA"): _BY_KEY["fcdo"],
        ("thb_vnm_gbr", "GBR"): _BY_KEY["fcdo"],
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=116_0116,
    blank_share=0.5,
)


def make_blind116(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind116`` submissions (files ``*_dn.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        Border Force Dover (CSV, UTF-8 with BOM, ``,``), Getlink Sûreté Coquelles (CSV,
        cp1252, ``;``), Guardia Civil (CSV, UTF-16, tab), JTF-North (XLSX) and the FCDO
        tracker (JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind116(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bf_dover_sboc_dn.csv', 'getlink_surete_coquelles_dn.csv',
     'guardia_civil_semar_dn.csv', 'jtf_north_dn.xlsx', 'fcdo_migration_tracker_dn.jsonl']
    """
    return make_examined(BLIND116, truth, seed=seed)
