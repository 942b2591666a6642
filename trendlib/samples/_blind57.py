"""Examiner set ``blind57``: five Central/East African and Central American agencies.

A held-out sample set written independently of the cleaner (files ``*_bg.*``). Each
source is a desk that compiles cases detected abroad and shared with it (INTERPOL
notices, liaison returns, interviews of returnees), in its own forms and jargon. The
rows, duplicates, bad rows, garbage rows and repeats are laid out by
:mod:`trendlib.samples._examiner`; this module keeps the wording.

Reader's guide
--------------
``pnc_bcn_kinshasa_bg.csv`` -- Police Nationale Congolaise (DR Congo), Bureau Central
    National INTERPOL Kinshasa, cellule TEH/TIM. French, **cp1252**, ``;``, CRLF.
    Reports the events detected in Italy and France (and re-reports some Channel,
    Atlantic, Romania-Spain and Western Balkans cases). Headers such as ``N° PV / Réf. BCN``,
    ``Qualification (TEH/TIM)``, ``Nbre présumés auteurs``, ``Pays de provenance``.
    Dates ``12/03/2022``, ``12-03-2022``, ``12/03/22``, ``12.03.2022``, ``1er mars
    2022``; partial dates ``mars 2022``, ``03/2022``, ``1er trimestre 2022``,
    ``T3 2022``. Crime type as ``TEH`` / ``TIM`` / ``TEH et TIM`` or spelt out.
    Counts with a (no-break) space as thousands separator (``1 234``), ``N.C.`` /
    ``inconnu`` when unknown, ``Néant`` / ``aucun`` for no suspect. French demonyms
    (``Syrienne``, ``Nigérian``), upper case, capitals without accents (``Egypte``),
    ``Lybie``, mojibake (``SÃ©nÃ©gal``) from pasted UTF-8; ``idem`` for an origin
    equal to the nationality; place and country (``Lampedusa (Italie)``). Separate
    latitude/longitude with a decimal comma. Transit in travel order, ``Niger, Libye``
    or ``Niger / Libye``.
``mpf_pio_mauritius_bg.csv`` -- Mauritius Police Force, Passport and Immigration
    Office / NCB Port Louis. English (some bilingual English/French headers), UTF-8,
    ``,``. Reports the United Kingdom (and re-reports French Channel cases); re-sends
    a few rows. Reference ``OB/0012/2022`` (Occurrence Book). Dates ``12/03/2022``,
    ``12.03.2022``, ``12 Mar 2022``, ``12-Mar-22``; partial ``March 2022``,
    ``Mar-2022``, ``Q3 2022``, ``3rd Qtr 2022``. ``TIP`` / ``SOM`` / ``TIP & SOM``,
    ``CTIPA 2009``. Counts ``1,234``; ``N/K`` (not known), ``Nil``. Sex ``M`` / ``F`` /
    ``M & F``; age ``18+`` / ``U18`` / ``Juvenile``. Transport ``HGV``, ``RHIB``,
    ``Lorry``. Position in degrees-minutes-seconds or degrees and decimal minutes with
    hemisphere letters (``51°07'30.5"N 001°18'45.2"E``, ``51°07.508'N 001°18.753'W``).
    Transit ``Turkey > Bulgaria > Serbia``. ISO alpha-2 nationality codes.
``tpf_ncb_dar_bg.jsonl`` -- Tanzania Police Force, INTERPOL NCB Dar es Salaam /
    anti-trafficking secretariat. English keys (``rb_no``, ``date_of_incident``,
    ``country_where_intercepted``), UTF-8 JSON lines. The compilation source: Greece,
    Croatia, Poland and every other country (and re-reports some Central and Western
    Mediterranean, Viet Nam-UK and Darién cases). RB numbers ``CID-HQ/RB/0012/2022``. Dates
    ISO, ``12/03/2022`` or ``5 March 2022``; partial ``2022-03``, ``2022-Q3``. Counts
    as JSON numbers (some as text ``"1,234"``); ``null`` when not known. ISO alpha-3
    codes or English names; ``gps_coordinates`` as ``"39.10512, 26.55123"``.
    Offences cite the Anti-Trafficking in Persons Act 2008 and Immigration Act Cap. 54.
``pnb_pafe_burundi_bg.xlsx`` -- Police Nationale du Burundi, Police de l'Air, des
    Frontières et des Étrangers (PAFE). French, XLSX. Reports Spain (and re-reports
    some Eastern Mediterranean and Nigeria-Italy cases); re-sends a few rows. Real
    Excel dates, Excel serial numbers (``44633``), text dates ``12.03.2022``; partial
    ``03/2022``, ``mars 2022``, ``T2 2022``. Counts as numbers, sometimes text
    ``1 234`` or ``23 pers.``; ``ND``; ``Néant``. Latitude/longitude as numbers (west
    negative), sometimes text with a decimal comma. Trafficking cites the Loi n°1/28
    du 29 octobre 2014.
``dgme_caim_sv_bg.csv`` -- Dirección General de Migración y Extranjería (El Salvador),
    Centro de Atención Integral al Migrante: interviews of returnees, who say where and
    when they were intercepted. Spanish, **UTF-16** (Excel "Texto Unicode"), tab.
    Reports Panama and the United States. ``Tráfico ilegal de personas (Art. 367-A
    C.P.)``, ``Trata de personas (Art. 54 LECTP)``. Dates ``12/03/2022``, ``12 de
    marzo de 2022``, ``12-mar-2022``, ``12/03/22``; partial ``marzo 2022``, ``marzo de
    2022``, ``III trimestre 2022``, ``2.º trimestre 2022``. Counts ``1.234``; ``S/D``;
    ``Ninguno``. Age ``NNA`` (niñas, niños y adolescentes). Coordinates ``8.45123,
    -77.87123`` or ``8°27'04"N, 77°52'16"O`` (O = oeste, west). Spanish demonyms,
    ``EE. UU.``, accents dropped (``Panama``, ``Mexico``).
"""

from __future__ import annotations

import calendar
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

__all__ = ["BLIND57_SOURCES", "Blind57Source", "make_blind57"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind57Source(ExaminerSource):
    """A ``blind57`` source: the shared attributes plus the key of its way of writing.

    Attributes
    ----------
    style : str
        ``"pnc"``, ``"mpf"``, ``"tpf"``, ``"pafe"`` or ``"dgme"``: which wording
        tables and cell writers the renderer uses.
    """

    style: str


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_PNC = Blind57Source(
    source="pnc_bcn_kinshasa_bg",
    filename="pnc_bcn_kinshasa_bg.csv",
    ref="PV {seq:04d}/BCN-KIN/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV / Réf. BCN",
        "event_date": "Date des faits",
        "crime_type": "Qualification (TEH/TIM)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre victimes/migrants",
        "n_suspects": "Nbre présumés auteurs",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interpellation",
        "transit_countries": "Pays de transit (ordre de passage)",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (déc.)",
        "lon": "Longitude (déc.)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, sous réserve de confirmation par les BCN partenaires",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "plusieurs dizaines"),
    repeats=False,
    style="pnc",
)
_MPF = Blind57Source(
    source="mpf_pio_mauritius_bg",
    filename="mpf_pio_mauritius_bg.csv",
    ref="OB/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "OB No.",
        "event_date": "Date of Occurrence / Date des faits",
        "crime_type": "Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Victims / Migrants",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex (M/F)",
        "age_group": "Age Category",
        "nationality": "Nationality / Nationalité",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Conveyance",
        "coordinates": "Position (GPS)",
        "linked_offences": "Associated Offences",
    },
    note="Note: figures provisional - subject to PIO validation",
    total="Total",
    bad_count=("several", "many", "a group"),
    repeats=True,
    style="mpf",
)
_TPF = Blind57Source(
    source="tpf_ncb_dar_bg",
    filename="tpf_ncb_dar_bg.jsonl",
    ref="CID-HQ/RB/{seq:04d}/{year}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "rb_no",
        "event_date": "date_of_incident",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_victims_or_migrants",
        "n_suspects": "no_of_suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "country_where_intercepted",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "coordinates": "gps_coordinates",
        "linked_offences": "related_offences",
    },
    note="Compiled by INTERPOL NCB Dar es Salaam from partner returns - provisional",
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    style="tpf",
)
_PAFE = Blind57Source(
    source="pnb_pafe_burundi_bg",
    filename="pnb_pafe_burundi_bg.xlsx",
    ref="PAFE/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° dossier PAFE",
        "event_date": "Date d'interception",
        "crime_type": "Infraction retenue",
        "exploitation": "Type d'exploitation",
        "n_persons": "Personnes concernées (nbre)",
        "n_suspects": "Passeurs / trafiquants interpellés (nbre)",
        "gender": "Sexe",
        "age_group": "Catégorie d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude (°, WGS84)",
        "lon": "Longitude (°, WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="Situation arrêtée par le Commissariat PAFE - chiffres provisoires",
    total="Total général",
    bad_count=("plusieurs", "quelques-uns"),
    repeats=True,
    style="pafe",
)
_DGME = Blind57Source(
    source="dgme_caim_sv_bg",
    filename="dgme_caim_sv_bg.csv",
    ref="DGME-CAIM-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N.º expediente",
        "event_date": "Fecha de intercepción",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. facilitadores (coyotes)",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de intercepción",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares sujetas a revisión",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    style="dgme",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND57_SOURCES: tuple[Blind57Source, ...] = (_PNC, _MPF, _TPF, _PAFE, _DGME)

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albanie",),
        "AUT": ("Autriche",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgarie",),
        "BIH": ("Bosnie-Herzégovine", "Bosnie"),
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
        "GIN": ("Guinée", "Guinée Conakry"),
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
    },
    "en": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
        "BLR": ("Belarus",),
        "CHN": ("China",),
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
        "USA": ("USA", "United States"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam", "Viet Nam"),
        "YEM": ("Yemen",),
    },
    "es": {
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
        "GIN": ("Guinea",),
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
        "ROU": ("Rumania", "Rumanía"),
        "RUS": ("Rusia",),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE. UU.", "EE.UU."),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
}

#: French demonyms, (masculine, feminine).
_DEMONYMS_FR: dict[str, tuple[str, str]] = {
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
_DEMONYMS_EN: dict[str, str] = {
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
#: Spanish demonyms, (masculine, feminine).
_DEMONYMS_ES: dict[str, tuple[str, str]] = {
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
#: Misspellings a clerk really writes (dropped capital accents count as such).
_TYPOS: dict[str, dict[str, str]] = {
    "fr": {
        "LBY": "Lybie",
        "EGY": "Egypte",
        "ERI": "Erythrée",
        "ECU": "Equateur",
        "USA": "Etats-Unis",
    },
    "en": {"LBY": "Lybia", "BGD": "Bangaldesh", "ERI": "Eritria", "AFG": "Afganistan"},
    "es": {"HTI": "Haiti", "PAN": "Panama", "MEX": "Mexico", "PAK": "Pakistan"},
}
#: Detection places a desk writes beside the country (hotspot -> place, per language).
_PLACES: dict[str, dict[str, str]] = {
    "fr": {
        "Lampedusa": "Lampedusa",
        "Pozzallo": "Pozzallo",
        "Crotone": "Crotone",
        "Palermo": "Palerme",
        "Torino": "Turin",
        "Castel Volturno": "Castel Volturno",
        "Calais": "Calais",
        "Dunkirk/Gravelines": "Dunkerque",
        "Dover": "Douvres",
        "London": "Londres",
        "Tenerife": "Tenerife",
        "Gran Canaria": "Grande Canarie",
        "Lanzarote": "Lanzarote",
        "El Hierro": "El Hierro",
        "Ceuta": "Ceuta",
        "Melilla": "Melilla",
        "Almería": "Almería",
        "Lesbos": "Lesbos",
        "Samos": "Samos",
    },
    "en": {
        "Dover": "Dover",
        "London": "London",
        "Birmingham": "Birmingham",
        "Glasgow": "Glasgow",
        "Calais": "Calais",
        "Lesbos": "Lesvos",
        "Samos": "Samos",
        "Evros": "Evros",
    },
    "es": {
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "Lajas Blancas": "Lajas Blancas, Darién",
        "Darién gap": "Darién",
        "El Paso": "El Paso, TX",
        "Rio Grande Valley": "Valle del Río Grande, TX",
        "Nogales (Sonora/Arizona)": "Nogales, AZ",
        "Sasabe": "Sasabe, AZ",
    },
}

# --------------------------------------------------------------------------------------
# Value wording
# --------------------------------------------------------------------------------------
_MOIS = (
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
_MESES = (
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
_MESES3 = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class _Wording:
    """One source's words for the vocabulary fields and its placeholders."""

    crime: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    offence_joins: tuple[str, ...]
    transit_joins: tuple[str, ...]
    no_transit: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    coord_placeholders: tuple[str, ...]


_W_PNC = _Wording(
    crime={
        "trafficking": ("TEH", "Traite des êtres humains", "Traite des personnes", "TEH"),
        "smuggling": ("TIM", "Trafic illicite de migrants", "Trafic de migrants", "TIM"),
        "both": ("TEH et TIM", "TEH / TIM", "Traite + trafic illicite de migrants"),
    },
    no_exploitation=("", "", "S.O.", "sans objet"),
    exploitation={
        "sexual": ("Exploitation sexuelle", "Prostitution forcée", "sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Criminalité forcée", "Contrainte à commettre des délits"),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre", "Autre forme"),
    },
    gender={
        "male": ("M", "Masculin", "H"),
        "male+": ("Hommes", "Masculin", "M"),
        "female": ("F", "Féminin", "Femme"),
        "female+": ("Femmes", "Féminin", "F"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    gender_unknown=("N.C.", "non précisé"),
    age={
        "adult": ("Majeur", "Adulte"),
        "adult+": ("Majeurs", "Adultes"),
        "child": ("Mineur", "Enfant"),
        "child+": ("Mineurs", "Enfants"),
        "mixed": ("Mixte", "Majeurs et mineurs", "Adultes + mineurs"),
    },
    na_words=("N.C.", "non renseigné"),
    transport={
        "sea": ("Voie maritime", "Embarcation de fortune", "Bateau", "Pneumatique (zodiac)"),
        "land": ("Voie terrestre", "Terrestre", "Camion", "À pied", "Véhicule léger"),
        "air": ("Voie aérienne", "Avion", "Vol commercial"),
    },
    offences={
        "document_fraud": ("Faux et usage de faux", "Fraude documentaire", "Faux passeports"),
        "corruption": ("Corruption", "Corruption d'agents publics"),
        "money_laundering": ("Blanchiment", "Blanchiment de capitaux"),
        "illicit_goods": ("Contrebande", "Trafic de marchandises illicites"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_joins=(" + ", ", ", " ; "),
    transit_joins=(", ", " / ", " - "),
    no_transit=("", "", "Aucun", "Néant"),
    count_placeholders=("N.C.", "inconnu", "non déterminé"),
    zero_words=("Néant", "aucun"),
    suspect_placeholders=("N.C.", "inconnu"),
    coord_placeholders=("N.C.",),
)
_W_MPF = _Wording(
    crime={
        "trafficking": ("TIP", "Trafficking in Persons", "Trafficking in Persons (CTIPA 2009)"),
        "smuggling": ("SOM", "Smuggling of Migrants", "Migrant smuggling", "People smuggling"),
        "both": ("TIP & SOM", "TIP/SOM", "Trafficking + smuggling"),
    },
    no_exploitation=("", "N/A", ""),
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    gender={
        "male": ("M", "Male"),
        "male+": ("M", "Males"),
        "female": ("F", "Female"),
        "female+": ("F", "Females"),
        "mixed": ("Mixed", "M & F", "M/F"),
    },
    gender_unknown=("N/K",),
    age={
        "adult": ("Adult", "18+"),
        "adult+": ("Adults", "18+", "Adult"),
        "child": ("Minor", "Juvenile", "U18"),
        "child+": ("Minors", "Juveniles", "U18"),
        "mixed": ("Mixed", "Adults & minors"),
    },
    na_words=("N/K",),
    transport={
        "sea": ("Small boat", "Dinghy", "RHIB", "Sea"),
        "land": ("Lorry", "HGV", "Car", "Coach", "On foot", "Land"),
        "air": ("Flight", "Air", "Commercial flight"),
    },
    offences={
        "document_fraud": ("Forged documents", "Document fraud", "False passport"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_joins=("; ", " & ", " / "),
    transit_joins=(" > ", ", ", " → "),
    no_transit=("", "Direct", "None"),
    count_placeholders=("N/K", "Not known"),
    zero_words=("Nil", "None"),
    suspect_placeholders=("N/K", "Not known"),
    coord_placeholders=("N/K",),
)
_W_TPF = _Wording(
    crime={
        "trafficking": (
            "Trafficking in persons (Anti-Trafficking in Persons Act, 2008)",
            "Human trafficking",
            "TIP",
        ),
        "smuggling": (
            "Smuggling of migrants",
            "Migrant smuggling (Immigration Act Cap. 54)",
            "SOM",
        ),
        "both": ("TIP and SOM", "Trafficking and smuggling of migrants"),
    },
    no_exploitation=("",),
    exploitation={
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("removal of organs",),
        "other": ("other",),
    },
    gender={
        "male": ("male", "M"),
        "male+": ("male", "M"),
        "female": ("female", "F"),
        "female+": ("female", "F"),
        "mixed": ("mixed", "male & female"),
    },
    gender_unknown=("unknown",),
    age={
        "adult": ("adult",),
        "adult+": ("adult", "adults"),
        "child": ("child", "minor"),
        "child+": ("children", "minors"),
        "mixed": ("mixed", "adults and children"),
    },
    na_words=("n/a",),
    transport={
        "sea": ("sea", "boat", "by sea"),
        "land": ("land", "road", "truck", "on foot"),
        "air": ("air", "by air"),
    },
    offences={
        "document_fraud": ("document fraud", "forged travel documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_joins=(", ", "; "),
    transit_joins=(" > ", "-", ", "),
    no_transit=("",),
    count_placeholders=("unknown",),
    zero_words=("nil",),
    suspect_placeholders=("unknown",),
    coord_placeholders=("not recorded",),
)
_W_PAFE = _Wording(
    crime={
        "trafficking": (
            "Traite des personnes (Loi n°1/28 du 29/10/2014)",
            "Traite des personnes",
            "Traite",
        ),
        "smuggling": ("Trafic illicite de migrants", "Trafic de migrants", "TIM"),
        "both": ("Traite et trafic illicite de migrants", "Traite + TIM"),
    },
    no_exploitation=("", "Sans objet"),
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Exploitation économique (travail forcé)"),
        "forced_criminality": ("Criminalité forcée",),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
    },
    gender={
        "male": ("Masculin", "M"),
        "male+": ("Masculin", "Hommes"),
        "female": ("Féminin", "F"),
        "female+": ("Féminin", "Femmes"),
        "mixed": ("Mixte", "M+F"),
    },
    gender_unknown=("ND",),
    age={
        "adult": ("Adulte", "Majeur(e)"),
        "adult+": ("Adultes", "Majeur(e)s"),
        "child": ("Enfant", "Mineur(e)"),
        "child+": ("Enfants", "Mineur(e)s"),
        "mixed": ("Mixte", "Adultes et enfants"),
    },
    na_words=("ND",),
    transport={
        "sea": ("Maritime", "Embarcation", "Bateau"),
        "land": ("Terrestre", "Route", "Bus", "Camion"),
        "air": ("Aérien", "Avion"),
    },
    offences={
        "document_fraud": ("Faux documents", "Usage de faux documents de voyage"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment d'argent",),
        "illicit_goods": ("Contrebande",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_joins=(", ", " et "),
    transit_joins=(", ", " - "),
    no_transit=("", "Néant"),
    count_placeholders=("ND", "Inconnu"),
    zero_words=("Néant",),
    suspect_placeholders=("ND",),
    coord_placeholders=("ND",),
)
_W_DGME = _Wording(
    crime={
        "trafficking": ("Trata de personas (Art. 54 LECTP)", "Trata de personas", "Trata"),
        "smuggling": (
            "Tráfico ilegal de personas (Art. 367-A C.P.)",
            "Tráfico ilegal de personas",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico ilícito de migrantes", "Trata de personas / Tráfico ilegal"),
    },
    no_exploitation=("", "No aplica", "N/A"),
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra", "Otros fines"),
    },
    gender={
        "male": ("Masculino", "M", "Hombre"),
        "male+": ("Masculino", "Hombres"),
        "female": ("Femenino", "F", "Mujer"),
        "female+": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    gender_unknown=("S/D",),
    age={
        "adult": ("Adulto", "Mayor de edad"),
        "adult+": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menor de edad"),
        "child+": ("NNA", "Menores de edad"),
        "mixed": ("Mixto", "Adultos y NNA"),
    },
    na_words=("S/D", "No aplica"),
    transport={
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "land": ("Terrestre", "A pie", "Bus", "Tráiler", "Caminando"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    offences={
        "document_fraud": ("Falsedad documental", "Uso de documento falso"),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Lavado de dinero y activos", "Lavado de activos"),
        "illicit_goods": ("Contrabando de mercancías", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    offence_joins=(", ", " y ", " / "),
    transit_joins=(", ", " - ", " / "),
    no_transit=("", "Ninguno", "Directo"),
    count_placeholders=("S/D", "N/D", "Desconocido"),
    zero_words=("Ninguno", "ninguno"),
    suspect_placeholders=("S/D",),
    coord_placeholders=("S/D",),
)
_WORDING: dict[str, _Wording] = {
    "pnc": _W_PNC,
    "mpf": _W_MPF,
    "tpf": _W_TPF,
    "pafe": _W_PAFE,
    "dgme": _W_DGME,
}


# --------------------------------------------------------------------------------------
# Cell writers
# --------------------------------------------------------------------------------------
def _ascii(text: str) -> str:
    """Drop the accents of ``text`` (for a file whose encoding cannot hold them)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _fit(text: str, src: Blind57Source) -> str:
    """Return ``text``, or its accent-free form if the source's file cannot hold it."""
    return text if fits(text, src) else _ascii(text)


def _country_name(code: str, src: Blind57Source, rng: _Rng, tags: list[str]) -> str:
    """Write one country the source's way: its name, a typo, a code, upper case."""
    lang = src.language
    names = _NAMES[lang].get(code)
    if names is None:  # a country the truth may hold but the desk tables lack
        tags.append("iso3")
        return code
    r = rng.random()
    typo = _TYPOS[lang].get(code)
    if typo is not None and r < 0.08:
        tags.append("typo")
        return typo
    text = choice(rng, names)
    if src.style == "tpf" and r > 0.55:
        tags.append("iso3")
        return code
    if src.style == "mpf" and r > 0.9:
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.style in ("pnc", "pafe") and r > 0.85:
        tags.append("upper")
        return text.upper()
    if src.style == "pnc" and r > 0.78:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    return text


def _nationality(code: str, src: Blind57Source, gender: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality: a demonym (by sex where the language has one) or a country."""
    feminine = gender == "female"
    r = rng.random()
    if src.style in ("pnc", "pafe") and code in _DEMONYMS_FR and r < 0.6:
        word = _DEMONYMS_FR[code][1 if feminine else 0]
        tags.append("demonym")
        word = word.capitalize() if rng.random() < 0.7 else word.upper()
        if src.style == "pnc" and rng.random() < 0.1:
            garbled = mojibake(word)
            if garbled is not None:
                tags.append("mojibake")
                return garbled
        return word
    if src.style == "dgme" and code in _DEMONYMS_ES and r < 0.65:
        tags.append("demonym")
        word = _DEMONYMS_ES[code][1 if feminine else 0]
        return word if rng.random() < 0.6 else word.capitalize()
    if src.style == "mpf" and r < 0.3:
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.style in ("mpf", "tpf") and code in _DEMONYMS_EN and r < 0.75:
        tags.append("demonym")
        return _DEMONYMS_EN[code]
    return _country_name(code, src, rng, tags)


def _detection(code: str, hotspot: str, src: Blind57Source, rng: _Rng, tags: list[str]) -> str:
    """Write the country of detection, sometimes with the place beside it."""
    place = _PLACES.get(src.language, {}).get(hotspot)
    country = _country_name(code, src, rng, tags)
    if place is None or src.style in ("tpf", "pafe") or rng.random() > 0.3:
        return country
    tags.append("place_in_country")
    if src.style == "pnc":
        return f"{place} ({country})"
    if src.style == "mpf":
        return f"{country} ({place})"
    return f"{place} ({country})"


def _date(
    src: Blind57Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected date, expected precision)."""
    r = rng.random()
    y, m, d = ts.year, ts.month, ts.day
    q = (m - 1) // 3 + 1
    if partial_ok and r < 0.05:
        tags.append("partial_month")
        month = pd.Timestamp(year=y, month=m, day=1)
        mtexts: tuple[str, ...] = {
            "pnc": (f"{_MOIS[m - 1]} {y}", f"{m:02d}/{y}", f"{_MOIS[m - 1].capitalize()} {y}"),
            "mpf": (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]}-{y}"),
            "tpf": (f"{y}-{m:02d}",),
            "pafe": (f"{m:02d}/{y}", f"{_MOIS[m - 1]} {y}"),
            "dgme": (f"{_MESES[m - 1]} {y}", f"{_MESES[m - 1]} de {y}", f"{m:02d}/{y}"),
        }[src.style]
        return choice(rng, mtexts), month, "month"
    if partial_ok and r < 0.08:
        tags.append("partial_quarter")
        start = pd.Timestamp(year=y, month=3 * (q - 1) + 1, day=1)
        es_ord = ("1.er", "2.º", "3.er", "4.º")[q - 1]
        en_ord = ("1st", "2nd", "3rd", "4th")[q - 1]
        qtexts: tuple[str, ...] = {
            "pnc": (f"{q}{'er' if q == 1 else 'e'} trimestre {y}", f"T{q} {y}"),
            "mpf": (f"Q{q} {y}", f"{en_ord} Qtr {y}"),
            "tpf": (f"{y}-Q{q}", f"Q{q} {y}"),
            "pafe": (f"T{q} {y}", f"{q}{'er' if q == 1 else 'e'} trimestre {y}"),
            "dgme": (f"{_ROMAN[q - 1]} trimestre {y}", f"{es_ord} trimestre {y}"),
        }[src.style]
        return choice(rng, qtexts), start, "quarter"
    day = ts.normalize()
    s = rng.random()
    if src.style == "pnc":
        if s < 0.55:
            text = ts.strftime("%d/%m/%Y")
        elif s < 0.65:
            text = ts.strftime("%d-%m-%Y")
        elif s < 0.75:
            text = ts.strftime("%d/%m/%y")
        elif s < 0.85:
            text = ts.strftime("%d.%m.%Y")
        else:
            tags.append("month_name")
            text = f"{'1er' if d == 1 else d} {_MOIS[m - 1]} {y}"
    elif src.style == "mpf":
        if s < 0.5:
            text = ts.strftime("%d/%m/%Y")
        elif s < 0.6:
            text = ts.strftime("%d.%m.%Y")
        elif s < 0.8:
            tags.append("month_name")
            text = f"{d:02d} {MONTHS[m - 1][:3]} {y}"
        else:
            tags.append("month_name")
            text = f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}"
    elif src.style == "tpf":
        if s < 0.7:
            text = ts.strftime("%Y-%m-%d")
        elif s < 0.85:
            text = ts.strftime("%d/%m/%Y")
        else:
            tags.append("month_name")
            text = f"{d} {MONTHS[m - 1]} {y}"
    elif src.style == "pafe":
        if s < 0.7:
            tags.append("excel_date")
            return day.to_pydatetime(), day, "day"
        if s < 0.8:
            tags.append("excel_serial")
            return int((day - pd.Timestamp("1899-12-30")).days), day, "day"
        tags.append("text_date")
        text = ts.strftime("%d.%m.%Y") if s < 0.9 else ts.strftime("%d/%m/%Y")
    else:
        if s < 0.55:
            text = ts.strftime("%d/%m/%Y")
        elif s < 0.7:
            tags.append("month_name")
            text = f"{d} de {_MESES[m - 1]} de {y}"
        elif s < 0.85:
            tags.append("month_name")
            text = f"{d:02d}-{_MESES3[m - 1]}-{y}"
        else:
            text = ts.strftime("%d/%m/%y")
    return text, day, "day"


def _typo_year(ts: pd.Timestamp) -> pd.Timestamp:
    """Swap the year's middle digits (2022 -> 2202): a clerk's typo giving a future date."""
    digits = f"{ts.year:04d}"
    year = int(digits[0] + digits[2] + digits[1] + digits[3])
    if year <= 2100:  # a year such as 2011 reads the same; push it far ahead instead
        year = ts.year + 200
    return ts.replace(year=year)


def _bad_date(src: Blind57Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that must be quarantined: none, impossible, or in the future."""
    y = ts.year
    if kind == "no_date":
        words: tuple[str, ...] = {
            "pnc": ("", "inconnue", "N.C."),
            "mpf": ("", "N/K", "TBC"),
            "tpf": ("",),
            "pafe": ("", "ND"),
            "dgme": ("", "S/F", "Sin fecha"),
        }[src.style]
        word = choice(rng, words)
        return word or None
    if kind == "bad_date":
        month = choice(rng, ("04", "06", "09", "11"))
        options: tuple[str, ...] = {
            "pnc": (f"31/{month}/{y}", f"30/02/{y}"),
            "mpf": (f"{30 if calendar.isleap(y) else 29}/02/{y}", f"31/{month}/{y}"),
            "tpf": (f"{y}-02-30", f"{y}-{month}-31"),
            "pafe": (f"30.02.{y}", f"31.{month}.{y}"),
            "dgme": (f"31/{month}/{y}", f"30/02/{y}"),
        }[src.style]
        return choice(rng, options)
    future = _typo_year(ts)
    if src.style == "pafe":
        return future.normalize().to_pydatetime()
    if src.style == "tpf":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind57Source, last: pd.Timestamp) -> object:
    """Date written on the note row: the extraction date, a few days after the last row."""
    day = (last + pd.Timedelta(days=5)).normalize()
    if src.style == "pafe":
        return day.to_pydatetime()
    if src.style == "tpf":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _count(n: int, src: Blind57Source, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    w = _WORDING[src.style]
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        if src.style == "tpf" and rng.random() < 0.5:
            return None, None
        return choice(rng, w.count_placeholders), None
    big = n >= 1000
    if src.style == "pnc":
        if big:
            tags.append("thousands")
            sep = "\xa0" if rng.random() < 0.6 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", n
        return str(n), n
    if src.style == "mpf":
        if big:
            tags.append("thousands")
        return f"{n:,}", n
    if src.style == "tpf":
        if big and rng.random() < 0.4:
            tags.append("thousands")
            return f"{n:,}", n
        return n, n
    if src.style == "pafe":
        r = rng.random()
        if big and r < 0.3:
            tags.append("thousands")
            return f"{n // 1000} {n % 1000:03d}", n
        if r > 0.95:
            tags.append("count_unit")
            return f"{n} pers.", n
        return n, n
    if big:
        tags.append("thousands")
        return f"{n // 1000}.{n % 1000:03d}", n
    return str(n), n


def _suspects(k: int, src: Blind57Source, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of suspects; return (cell, expected count)."""
    w = _WORDING[src.style]
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        if src.style == "tpf" and rng.random() < 0.5:
            return None, None
        return choice(rng, w.suspect_placeholders), None
    if k == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, w.zero_words), 0
    if src.format == "csv":
        return str(k), k
    return k, k


def _plural(key: str, n: int | None) -> str:
    return f"{key}+" if (n or 0) > 1 and key in ("male", "female", "adult", "child") else key


def _dms(value: float, pos: str, neg: str, *, width: int) -> tuple[str, float]:
    """Degrees, minutes and seconds (one decimal) with a hemisphere letter."""
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round(((a - deg) * 60 - minutes) * 60, 1)
    if sec >= 60.0:
        sec, minutes = 0.0, minutes + 1
    if minutes >= 60:
        minutes, deg = 0, deg + 1
    back = deg + minutes / 60 + sec / 3600
    hemi = pos if value >= 0 else neg
    return f"{deg:0{width}d}°{minutes:02d}'{sec:04.1f}\"{hemi}", back if value >= 0 else -back


def _ddm(value: float, pos: str, neg: str, *, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (three decimals) with a hemisphere letter."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 3)
    if minutes >= 60.0:
        minutes, deg = 0.0, deg + 1
    back = deg + minutes / 60
    hemi = pos if value >= 0 else neg
    return f"{deg:0{width}d}°{minutes:06.3f}'{hemi}", back if value >= 0 else -back


def _coords(
    lat: float, lon: float, src: Blind57Source, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the location; return (cells, expected lat, expected lon)."""
    w = _WORDING[src.style]
    r = rng.random()
    combined = "coordinates" in src.headers
    if r < 0.03:
        tags.append("coords_placeholder")
        word = choice(rng, w.coord_placeholders)
        cells: dict[str, object] = {"coordinates": word} if combined else {"lat": word, "lon": word}
        return cells, None, None
    if r < 0.06:
        tags.append("coords_missing")
        return {}, None, None
    s = rng.random()
    if src.style == "pnc":
        k = 5 if s < 0.7 else 4
        tags.append("decimal_comma")
        la, lo = round(lat, k), round(lon, k)
        return (
            {"lat": f"{la:.{k}f}".replace(".", ","), "lon": f"{lo:.{k}f}".replace(".", ",")},
            la,
            lo,
        )
    if src.style == "mpf":
        if s < 0.6:
            tags.append("coords_dms")
            t1, la = _dms(lat, "N", "S", width=2)
            t2, lo = _dms(lon, "E", "W", width=3)
        else:
            tags.append("coords_ddm")
            t1, la = _ddm(lat, "N", "S", width=2)
            t2, lo = _ddm(lon, "E", "W", width=3)
        return {"coordinates": f"{t1} {t2}"}, la, lo
    if src.style == "tpf":
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f}, {lo:.5f}" if s < 0.8 else f"lat {la:.5f} long {lo:.5f}"
        return {"coordinates": text}, la, lo
    if src.style == "pafe":
        la, lo = round(lat, 6), round(lon, 6)
        if s < 0.85:
            return {"lat": la, "lon": lo}, la, lo
        tags.append("decimal_comma")
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo
    if s < 0.65:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    tags.append("coords_dms")
    tags.append("hemisphere_letters")
    t1, la = _dms(lat, "N", "S", width=1)
    t2, lo = _dms(lon, "E", "O", width=1)
    return {"coordinates": f"{t1}, {t2}"}, la, lo


def _transit(value: object, src: Blind57Source, rng: _Rng, tags: list[str]) -> str | None:
    """Write the transit countries in travel order, or the desk's word for none."""
    w = _WORDING[src.style]
    if value is None:
        word = choice(rng, w.no_transit)
        return word or None
    codes = str(value).split("|")
    join = choice(rng, w.transit_joins)
    if src.style == "tpf" and rng.random() < 0.5:
        tags.append("iso3")
        return join.join(codes)
    names = [_country_name(c, src, rng, tags) for c in codes]
    return _fit(join.join(names), src)


def _offences(value: object, src: Blind57Source, rng: _Rng) -> str | None:
    """Write the linked offences, each in the desk's words."""
    if value is None:
        return None
    w = _WORDING[src.style]
    words = [choice(rng, w.offences[o]) for o in str(value).split("|")]
    return choice(rng, w.offence_joins).join(words)


def _render(
    src: Blind57Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WORDING[src.style]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, w.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, w.no_exploitation) or None
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(expl)])
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(n, src, rng, tags)

    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects(k, src, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.01:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, w.gender_unknown), "unknown"
    else:
        cells["gender"] = choice(rng, w.gender[_plural(gender, n)])
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.01:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, w.na_words), "unknown"
    else:
        cells["age_group"] = choice(rng, w.age[_plural(age, n)])
        exp["age_group"] = age

    nat = str(ev["nationality"])
    origin = str(ev["origin_country"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"] = _fit(_nationality(nat, src, gender, rng, tags), src)
        exp["nationality"] = nat
    if (
        src.style == "pnc"
        and origin == nat
        and forced_blank != "nationality"
        and (rng.random() < 0.06)
    ):
        tags.append("idem")
        cells["origin_country"] = choice(rng, ("idem", "Idem", "id."))
    else:
        cells["origin_country"] = _fit(_country_name(origin, src, rng, tags), src)
    exp["origin_country"] = origin

    dest = str(ev["destination_country"])
    cells["destination_country"] = _fit(_country_name(dest, src, rng, tags), src)
    exp["destination_country"] = dest

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        text = _detection(det, str(ev["hotspot"]), src, rng, tags)
        cells["detection_country"], exp["detection_country"] = _fit(text, src), det

    cells["transit_countries"] = _transit(ev["transit_countries"], src, rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < 0.008:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.na_words), "unknown"
    else:
        words = w.transport[mode]
        if src.style == "pafe" and mode == "sea" and ev["corridor"] == "watl":
            words = (*words, "Pirogue", "Pirogue")
        cells["transport_mode"] = _fit(choice(rng, words), src)
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _coords(
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            src,
            rng,
            tags,
        )
        cells.update(place)

    cells["linked_offences"] = _offences(ev["linked_offences"], src, rng)
    exp["linked_offences"] = ev["linked_offences"]
    if src.style == "pafe":  # text cells left empty are empty cells in a spreadsheet
        cells = {c: (None if v == "" else v) for c, v in cells.items()}
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[Blind57Source] = Examiner(
    sources=BLIND57_SOURCES,
    primary={
        "ITA": _PNC.source,
        "FRA": _PNC.source,
        "GBR": _MPF.source,
        "ESP": _PAFE.source,
        "PAN": _DGME.source,
        "USA": _DGME.source,
    },
    compilation=_TPF.source,
    secondary={
        ("channel", "FRA"): _MPF.source,
        ("channel", "GBR"): _PNC.source,
        ("cmed", "ITA"): _TPF.source,
        ("watl", "ESP"): _PNC.source,
        ("wmed", "ESP"): _TPF.source,
        ("thb_rou_esp", "ESP"): _PNC.source,
        ("emed", "GRC"): _PAFE.source,
        ("thb_nga_ita", "ITA"): _PAFE.source,
        ("thb_vnm_gbr", "GBR"): _TPF.source,
        ("darien", "PAN"): _TPF.source,
        ("wbal", "HRV"): _PNC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=5757,
    blank_share=0.35,
)


def make_blind57(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind57`` examiner set (files ``*_bg.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pnc_bcn_kinshasa_bg.csv`` (French, cp1252, ``;``),
        ``mpf_pio_mauritius_bg.csv`` (English, UTF-8, ``,``),
        ``tpf_ncb_dar_bg.jsonl`` (English keys, JSON lines),
        ``pnb_pafe_burundi_bg.xlsx`` (French) and ``dgme_caim_sv_bg.csv`` (Spanish,
        UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind57(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pnc_bcn_kinshasa_bg.csv', 'mpf_pio_mauritius_bg.csv', 'tpf_ncb_dar_bg.jsonl',
     'pnb_pafe_burundi_bg.xlsx', 'dgme_caim_sv_bg.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
