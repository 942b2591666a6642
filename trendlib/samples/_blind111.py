"""Examiner sample set ``blind111``: five West/Central African and liaison registers.

Files ``*_di.*``. Written by an examiner from their own knowledge of how these agencies
keep their registers, independently of the cleaner. The shared row machinery (which
source reports which event, bad rows, garbage rows, exact repeats) is
:mod:`trendlib.samples._examiner`; the wording below is this set's own.

Reader's guide to the five sources
----------------------------------
``lis_liberia_di.csv`` -- Liberia Immigration Service, Border Management Division
    incident register (English, cp1252, ``,``, CRLF). Dates month-first as its header
    says (``Date of Interception (MM/DD/YYYY)``), also ``March 14, 2022``,
    ``14th March, 2022`` and ``14-Mar-2022``; partial ``March 2022`` and quarters
    ``Q1 2022`` / ``1st Qtr 2022``. Offences as ``TIP``, ``SOM``, ``Alien Smuggling``;
    counts sometimes in words with the figure in brackets (``Fourteen (14)``) or with
    thousands commas; ``Nil`` for no suspects, ``N/K`` for not known; demonyms
    (``Guinean (Conakry)``), some in capitals, a few misspelt; GPS in degrees and
    decimal minutes (``N 36°30.123' E 012°36.456'``) or signed decimals; ``No GPS fix``;
    ``Plenty`` / ``Several`` as unreadable counts. Re-sends some rows.
``cmr_buea_desk_di.xlsx`` -- Cameroon Police, Regional Judicial Police South-West
    (Buea), anglophone desk: a bilingual register (headers ``English / Français``,
    values mostly English with French words mixed in: ``Mixte``, ``Adulte``,
    ``Traite des personnes``, ``Néant``). Dates are real Excel dates, raw Excel serial
    numbers, or text day-first (``14/03/2022``, ``14 March 2022``, ``14 mars 2022``);
    partial ``March 2022`` / ``mars 2022``, quarters ``Q1 2022`` / ``1er trim. 2022``.
    Counts are numbers (``ND`` when not known); latitude and longitude in two columns,
    numbers or decimal-comma text. Law No. 2011/024 cited for trafficking.
``ncs_fou_di.jsonl`` -- Nigeria Customs Service, Federal Operations Unit liaison digest
    (English, UTF-8 JSON lines, snake_case keys). Dates ISO (``2022-03-14``), Oracle
    style (``14-MAR-22``), day-first, ``14 Mar 2022`` and compact ``20220314``; partial
    ``2022-03`` / ``MAR-2022``, quarters ``2022-Q1`` / ``Q1/2022``. Countries as ISO
    alpha-2 codes (``IT``) or names in capitals; counts as JSON numbers, strings or
    ``14 PAX``; ``NIL`` / ``UNK``; ``lat_long`` as ``36.5021N, 12.6076E``, plain decimals
    or DMS; TIPPEA 2015 / Immigration Act 2015 / CEMA wording. Re-sends some rows.
``bcn_brazzaville_di.csv`` -- Police nationale congolaise, Bureau central national
    INTERPOL Brazzaville, synthesis of I-24/7 messages (French, UTF-16 with BOM, tab).
    Dates ``14/03/2022``, ``14 mars 2022``, ``14.03.2022``, ``lundi 14 mars 2022``,
    ``14/03/22``; partial ``mars 2022`` / ``03/2022``, quarters ``1er trimestre 2022`` /
    ``T1 2022``. Qualification with the detecting country's article (``art. 225-4-1
    C. pén.``, ``art. L823-1 CESEDA``, ``art. 601 c.p.``, ``art. 12 D.lgs. 286/98``);
    ``TEH``; counts with a narrow no-break space for thousands (``1 204``), ``NC``,
    ``néant``; ``sans objet``; feminine demonyms (``malienne``); coordinates with decimal
    commas (``36,50205 ; 12,60760``) or DMS with ``''``; some mojibake.
``mremh_ecuador_di.csv`` -- Ecuador, Ministerio de Relaciones Exteriores y Movilidad
    Humana, consular protection register (Spanish, UTF-8 with BOM, ``;``). Dates
    ``14/03/2022``, ``14-mar-2022``, ``14 de marzo de 2022``, ISO, ``lunes, 14 de marzo
    de 2022``; partial ``marzo 2022`` / ``marzo de 2022``, quarters ``I trimestre 2022``
    / ``primer trimestre de 2022``. COIP articles (``art. 91``, ``art. 213``),
    ``coyoterismo``; ``NNA`` for children; counts ``1.204``, ``catorce (14)``, ``s/d``;
    ``ninguno``; ``EE.UU.``; latitude and longitude in two decimal-comma columns or DMS
    with ``O`` (oeste) for west; accents dropped, capitals and mojibake here and there.

The cleaner must read every value of these files to the ``expected`` value a competent
analyst would: counts in words to their figure, placeholders to nothing, "not
applicable" words to ``unknown``, partial dates to the start of their month or quarter.
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND111_SOURCES", "DiSource", "make_blind111"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class DiSource(ExaminerSource):
    """A source of this set: the shared fields plus the key of its writing style.

    Attributes
    ----------
    style : str
        ``"lis"``, ``"cmr"``, ``"ncs"``, ``"bcn"`` or ``"ecu"``: which of this module's
        writers renders its cells.
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_LIS = DiSource(
    source="lis_liberia",
    filename="lis_liberia_di.csv",
    ref="LIS/BMD/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of Interception (MM/DD/YYYY)",
        "detection_country": "Country of Interception",
        "crime_type": "Nature of Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "gender": "Sex (M/F)",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Intended Destination",
        "transport_mode": "Means of Conveyance",
        "n_suspects": "Suspects Arrested",
        "coordinates": "GPS Location",
        "linked_offences": "Other Offences Charged",
    },
    note="NB: Figures provisional pending confirmation from Liaison Office",
    total="GRAND TOTAL",
    bad_count=("Several", "Plenty", "Many", "a group"),
    repeats=True,
    style="lis",
)
_CMR = DiSource(
    source="cmr_buea_desk",
    filename="cmr_buea_desk_di.xlsx",
    ref="RPJ-SW/{seq:03d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Ref. No. / N° Réf.",
        "event_date": "Date of Facts / Date des faits",
        "crime_type": "Offence / Infraction",
        "exploitation": "Form of Exploitation / Forme d'exploitation",
        "n_persons": "No. of Persons / Nbre de personnes",
        "n_suspects": "No. of Suspects / Nbre de suspects",
        "gender": "Sex / Sexe",
        "age_group": "Age Bracket / Tranche d'âge",
        "nationality": "Nationality / Nationalité",
        "origin_country": "Country of Origin / Pays d'origine",
        "transit_countries": "Transit Countries / Pays de transit",
        "destination_country": "Destination / Destination",
        "detection_country": "Country of Detection / Pays de détection",
        "transport_mode": "Means of Transport / Moyen de transport",
        "lat": "Lat. (WGS84)",
        "lon": "Long. (WGS84)",
        "linked_offences": "Related Offences / Infractions connexes",
    },
    note="N.B. Provisional data / Données provisoires - Anglophone Desk RPJ South-West",
    total="TOTAL / TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "several", "many / nombreux"),
    repeats=False,
    style="cmr",
)
_NCS = DiSource(
    source="ncs_fou",
    filename="ncs_fou_di.jsonl",
    ref="NCS/FOU/A/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ref_no",
        "event_date": "date_of_interception",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_persons",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_grp",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "final_destination",
        "detection_country": "intercepting_country",
        "transit_countries": "transit_points",
        "transport_mode": "conveyance",
        "coordinates": "lat_long",
        "linked_offences": "other_infractions",
    },
    note="NOTE: digest compiled from liaison reports; figures subject to review",
    total="TOTAL",
    bad_count=("SEVERAL", "MULTIPLE", "numerous"),
    repeats=True,
    style="ncs",
)
_BCN = DiSource(
    source="bcn_brazzaville",
    filename="bcn_brazzaville_di.csv",
    ref="{seq:04d}/BCN-BZV/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° message",
        "event_date": "Date des faits",
        "detection_country": "Pays de détection",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre victimes / migrants",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Nota : synthèse des messages I-24/7 reçus, chiffres provisoires",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="bcn",
)
_ECU = DiSource(
    source="mremh_ecuador",
    filename="mremh_ecuador_di.csv",
    ref="MREMH-DPCE-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nro. de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo penal",
        "exploitation": "Fin de explotación",
        "n_persons": "Nro. de víctimas/migrantes",
        "n_suspects": "Nro. de presuntos infractores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información sujeta a validación por las oficinas consulares",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=False,
    style="ecu",
)
#: The five sources of the set, in the order their submissions are returned.
BLIND111_SOURCES: tuple[DiSource, ...] = (_LIS, _CMR, _NCS, _BCN, _ECU)

# --------------------------------------------------------------------------------------
# Country names and demonyms
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> English names (first is the usual one).
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "BiH"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
    "CIV": ("Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"),
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
    "GIN": ("Guinea (Conakry)", "Guinea-Conakry", "Guinea"),
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
    "USA": ("USA", "United States", "U.S.A.", "US"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
#: ISO alpha-3 -> English demonym.
_EN_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean (Conakry)",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MKD": "Macedonian",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "PAN": "Panamanian",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "USA": "American",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: Misspelt English demonyms a clerk types (each still reads as its country).
_EN_TYPOS: dict[str, tuple[str, ...]] = {
    "VEN": ("Venezualan", "Venezuelean"),
    "AFG": ("Afgan", "Afganistani"),
    "ERI": ("Eritrian",),
    "SEN": ("Sengalese", "Senegalise"),
    "BGD": ("Bangaldeshi", "Bangladeshy"),
    "SYR": ("Syrain",),
    "PAK": ("Pakistany",),
    "ECU": ("Equadorian",),
}
#: ISO alpha-3 -> French names.
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
    "GIN": ("Guinée (Conakry)", "Guinée"),
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
    "NGA": ("Nigeria", "Nigéria"),
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
#: ISO alpha-3 -> French demonyms (masculine, feminine).
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "AUT": ("autrichien", "autrichienne"),
    "BGD": ("bangladais", "bangladaise"),
    "BGR": ("bulgare", "bulgare"),
    "BIH": ("bosnien", "bosnienne"),
    "BLR": ("biélorusse", "biélorusse"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DEU": ("allemand", "allemande"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "ESP": ("espagnol", "espagnole"),
    "FRA": ("français", "française"),
    "GBR": ("britannique", "britannique"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GRC": ("grec", "grecque"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HRV": ("croate", "croate"),
    "HTI": ("haïtien", "haïtienne"),
    "HUN": ("hongrois", "hongroise"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "ITA": ("italien", "italienne"),
    "LBY": ("libyen", "libyenne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MKD": ("macédonien", "macédonienne"),
    "MLI": ("malien", "malienne"),
    "MRT": ("mauritanien", "mauritanienne"),
    "NER": ("nigérien", "nigérienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "PAN": ("panaméen", "panaméenne"),
    "POL": ("polonais", "polonaise"),
    "ROU": ("roumain", "roumaine"),
    "RUS": ("russe", "russe"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SRB": ("serbe", "serbe"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "USA": ("américain", "américaine"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
#: Misspelt French demonyms (feminine).
_FR_TYPOS: dict[str, tuple[str, ...]] = {
    "VEN": ("vénézuelienne", "venezuelienne"),
    "ERI": ("érythreenne", "erythréenne"),
    "SYR": ("syriènne",),
    "AFG": ("afgane",),
    "SEN": ("sénégalaise ", "senegalaise"),
    "CIV": ("ivoiriènne",),
}
#: ISO alpha-3 -> Spanish names.
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
    "GIN": ("Guinea (Conakry)", "Guinea"),
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
    "USA": ("Estados Unidos", "EE.UU.", "EEUU"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: ISO alpha-3 -> Spanish demonym (feminine, as after "nacionalidad").
_ES_DEMONYMS: dict[str, str] = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "AUT": "austriaca",
    "BGD": "bangladesí",
    "BGR": "búlgara",
    "BIH": "bosnia",
    "BLR": "bielorrusa",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DEU": "alemana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "ESP": "española",
    "FRA": "francesa",
    "GBR": "británica",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GRC": "griega",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HRV": "croata",
    "HTI": "haitiana",
    "HUN": "húngara",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "ITA": "italiana",
    "LBY": "libia",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MKD": "macedonia",
    "MLI": "maliense",
    "MRT": "mauritana",
    "NER": "nigerina",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "PAN": "panameña",
    "POL": "polaca",
    "ROU": "rumana",
    "RUS": "rusa",
    "SEN": "senegalesa",
    "SRB": "serbia",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "USA": "estadounidense",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
#: Misspelt Spanish demonyms.
_ES_TYPOS: dict[str, tuple[str, ...]] = {
    "VEN": ("venesolana", "venezolna"),
    "HTI": ("haitana",),
    "ECU": ("ecuatoriania",),
    "COL": ("colombiamna",),
    "AFG": ("afgnana",),
}
#: ISO alpha-3 -> ISO alpha-2, for the customs digest.
_ALPHA2: dict[str, str] = {
    "AFG": "AF",
    "ALB": "AL",
    "AUT": "AT",
    "BGD": "BD",
    "BGR": "BG",
    "BIH": "BA",
    "BLR": "BY",
    "CHN": "CN",
    "CIV": "CI",
    "CMR": "CM",
    "COL": "CO",
    "DEU": "DE",
    "DZA": "DZ",
    "ECU": "EC",
    "EGY": "EG",
    "ERI": "ER",
    "ESP": "ES",
    "FRA": "FR",
    "GBR": "GB",
    "GIN": "GN",
    "GMB": "GM",
    "GRC": "GR",
    "GTM": "GT",
    "HND": "HN",
    "HRV": "HR",
    "HTI": "HT",
    "HUN": "HU",
    "IRN": "IR",
    "IRQ": "IQ",
    "ITA": "IT",
    "LBY": "LY",
    "MAR": "MA",
    "MEX": "MX",
    "MKD": "MK",
    "MLI": "ML",
    "MRT": "MR",
    "NER": "NE",
    "NGA": "NG",
    "PAK": "PK",
    "PAN": "PA",
    "POL": "PL",
    "ROU": "RO",
    "RUS": "RU",
    "SEN": "SN",
    "SRB": "RS",
    "SYR": "SY",
    "TUN": "TN",
    "TUR": "TR",
    "USA": "US",
    "VEN": "VE",
    "VNM": "VN",
    "YEM": "YE",
}

# --------------------------------------------------------------------------------------
# Value words, by style
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "lis": {
        "smuggling": (
            "Migrant Smuggling",
            "Smuggling of Migrants (SOM)",
            "Alien Smuggling",
            "SOM",
            "MIGRANT SMUGGLING",
        ),
        "trafficking": (
            "Human Trafficking",
            "Trafficking in Persons (TIP)",
            "TIP",
            "HUMAN TRAFFICKING",
        ),
        "both": ("TIP/SOM", "Smuggling & Trafficking", "Human Trafficking and Migrant Smuggling"),
    },
    "cmr": {
        "smuggling": ("Smuggling of migrants", "Trafic illicite de migrants", "Migrant smuggling"),
        "trafficking": (
            "Trafficking in persons (Law No. 2011/024)",
            "Traite des personnes",
            "Human trafficking",
        ),
        "both": (
            "Trafficking & smuggling",
            "Traite des personnes et trafic illicite de migrants",
            "Human trafficking / migrant smuggling",
        ),
    },
    "ncs": {
        "smuggling": (
            "MIGRANT SMUGGLING",
            "People smuggling",
            "Smuggling of migrants (Immigration Act 2015)",
        ),
        "trafficking": ("HUMAN TRAFFICKING", "Trafficking in persons (TIPPEA 2015)", "TIP"),
        "both": ("TIP / SOM", "Human trafficking & migrant smuggling", "HT + MIGRANT SMUGGLING"),
    },
    "ecu": {
        "smuggling": (
            "Tráfico ilícito de migrantes (art. 213 COIP)",
            "Tráfico de migrantes",
            "Coyoterismo",
            "tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de personas (art. 91 COIP)", "Trata de personas", "TRATA"),
        "both": (
            "Trata y tráfico de migrantes",
            "Trata de personas / tráfico ilícito de migrantes (arts. 91 y 213 COIP)",
        ),
    },
}
#: French qualification by detecting country (the articles the message quotes).
_BCN_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "FRA": {
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)",
            "Trafic illicite de migrants",
            "Passeurs / trafic de migrants",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "Traite des êtres humains",
            "TEH",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    "ITA": {
        "smuggling": (
            "Aide à l'immigration clandestine (art. 12 D.lgs. 286/98, Italie)",
            "Trafic illicite de migrants",
        ),
        "trafficking": ("Traite de personnes (art. 601 c.p. italien)", "Traite des êtres humains"),
        "both": ("Traite et trafic de migrants", "TEH et trafic illicite de migrants"),
    },
    "": {
        "smuggling": ("Trafic illicite de migrants", "Passeurs / trafic de migrants"),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("Traite et trafic de migrants",),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "lis": {
        "sexual": ("Sexual Exploitation", "Commercial Sexual Exploitation", "Prostitution"),
        "forced_labour": ("Forced Labour", "Labor Exploitation", "Forced Labor"),
        "forced_criminality": ("Forced Criminality", "Forced criminal activities"),
        "organ_removal": ("Organ Removal", "Organ Harvesting"),
        "forced_marriage": ("Forced Marriage", "Early/Forced Marriage"),
        "other": ("Other", "Other (specify)"),
    },
    "cmr": {
        "sexual": ("Sexual exploitation", "Exploitation sexuelle"),
        "forced_labour": ("Forced labour", "Travail forcé"),
        "forced_criminality": ("Forced criminality", "Criminalité forcée"),
        "organ_removal": ("Organ removal", "Prélèvement d'organes"),
        "forced_marriage": ("Forced marriage", "Mariage forcé"),
        "other": ("Other", "Autre"),
    },
    "ncs": {
        "sexual": ("SEXUAL EXPLOITATION", "Sexual exploitation", "Prostitution"),
        "forced_labour": ("FORCED LABOUR", "Labour exploitation"),
        "forced_criminality": ("FORCED CRIMINALITY", "Forced to commit crimes"),
        "organ_removal": ("ORGAN REMOVAL", "Organ harvesting"),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHERS", "Other"),
    },
    "bcn": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "Exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autres formes"),
    },
    "ecu": {
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("delincuencia forzada", "obligación de cometer delitos"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra", "otras formas"),
    },
}
#: What the exploitation cell of a pure smuggling row holds (blank or "not applicable").
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "lis": (None, None, "N/A"),
    "cmr": (None, None, "N/A"),
    "ncs": (None, "N/A", "NIL"),
    "bcn": (None, None, "sans objet"),
    "ecu": (None, None, "no aplica"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "lis": {
        "male": ("M", "Male", "MALE"),
        "female": ("F", "Female", "FEMALE"),
        "mixed": ("M/F", "Mixed", "Male & Female"),
    },
    "cmr": {
        "male": ("Male", "M", "Masculin"),
        "female": ("Female", "F", "Féminin"),
        "mixed": ("Mixed", "M/F", "Mixte"),
    },
    "ncs": {
        "male": ("M", "MALE"),
        "female": ("F", "FEMALE"),
        "mixed": ("M&F", "MIXED"),
    },
    "bcn": {
        "male": ("masculin", "H", "hommes"),
        "female": ("féminin", "F", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "ecu": {
        "male": ("Masculino", "hombres", "HOMBRE"),
        "female": ("Femenino", "mujeres", "MUJER"),
        "mixed": ("Mixto", "hombres y mujeres", "ambos sexos"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "lis": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Child", "Minors (U18)"),
        "mixed": ("Adults & Minors", "Mixed"),
        "na": ("N/A",),
    },
    "cmr": {
        "adult": ("Adult", "Adulte", "Adults / Adultes"),
        "child": ("Minor", "Mineur", "Child"),
        "mixed": ("Mixed", "Adults & minors", "Mixte"),
        "na": ("N/A",),
    },
    "ncs": {
        "adult": ("ADULT", "adult"),
        "child": ("MINOR", "minor", "CHILD"),
        "mixed": ("ADULT/MINOR", "mixed"),
        "na": ("N/A",),
    },
    "bcn": {
        "adult": ("majeur", "majeurs", "adulte(s)"),
        "child": ("mineur", "mineur(s)", "enfant"),
        "mixed": ("mixte", "majeurs et mineurs"),
        "na": ("sans objet",),
    },
    "ecu": {
        "adult": ("adultos", "adulto", "Mayores de edad"),
        "child": ("menores de edad", "NNA", "menor"),
        "mixed": ("mixto", "adultos y NNA"),
        "na": ("no aplica",),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "lis": {
        "sea": ("Sea", "By sea", "Boat", "Canoe (pirogue)"),
        "land": ("Land", "Overland", "Road (vehicle)", "On foot"),
        "air": ("Air", "By air", "Flight"),
        "na": ("N/A",),
    },
    "cmr": {
        "sea": ("Sea / Mer", "Boat", "Maritime"),
        "land": ("Road", "Land / Terre", "Vehicle"),
        "air": ("Air", "Aircraft"),
        "na": ("N/A",),
    },
    "ncs": {
        "sea": ("VESSEL", "Boat", "SEA"),
        "land": ("TRUCK", "Vehicle", "LAND BORDER"),
        "air": ("AIRCRAFT", "AIR"),
        "na": ("N/A",),
    },
    "bcn": {
        "sea": ("voie maritime", "embarcation", "bateau"),
        "land": ("voie terrestre", "routier", "camion", "à pied"),
        "air": ("voie aérienne", "avion"),
        "na": ("sans objet",),
    },
    "ecu": {
        "sea": ("marítimo", "lancha", "vía marítima", "embarcación"),
        "land": ("terrestre", "a pie", "bus", "vía terrestre"),
        "air": ("aéreo", "vía aérea", "avión"),
        "na": ("no aplica",),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "lis": {
        "document_fraud": ("Document Fraud", "Forged travel documents", "Fake passports"),
        "corruption": ("Corruption", "Bribery of officials"),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Contraband goods", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "cmr": {
        "document_fraud": ("Document fraud", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering", "Blanchiment"),
        "illicit_goods": ("Contraband", "Contrebande"),
        "cybercrime": ("Cybercrime", "Cybercriminalité"),
        "terrorism": ("Terrorism", "Terrorisme"),
    },
    "ncs": {
        "document_fraud": ("FORGED DOCUMENTS", "Document fraud"),
        "corruption": ("BRIBERY", "Corruption"),
        "money_laundering": ("MONEY LAUNDERING (MLPPA 2022)", "Money laundering"),
        "illicit_goods": ("CONTRABAND (CEMA)", "Prohibited goods"),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    "bcn": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("marchandises illicites", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "ecu": {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("contrabando", "mercancías ilícitas"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_SEP: dict[str, tuple[str, ...]] = {
    "lis": ("; ", " & ", ", "),
    "cmr": (" / ", "; ", ", "),
    "ncs": (", ", " + ", "; "),
    "bcn": (", ", " ; ", " + "),
    "ecu": (", ", " y ", " / "),
}
_TRANSIT_SEP: dict[str, tuple[str, ...]] = {
    "lis": (" - ", " > ", ", "),
    "cmr": (" - ", ", ", " / "),
    "ncs": ("/", " -> ", ", "),
    "bcn": (", ", " → ", " puis "),
    "ecu": (", ", " - ", " → "),
}
#: What the transit cell holds for a direct journey (as well as blank).
_DIRECT: dict[str, tuple[str, ...]] = {
    "lis": ("Direct", "None"),
    "cmr": ("Direct",),
    "ncs": ("DIRECT", "NIL"),
    "bcn": ("direct", "néant"),
    "ecu": ("directo", "ninguno"),
}
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "lis": ("N/K", "Not known", "Unknown"),
    "cmr": ("ND", "Unknown / Inconnu"),
    "ncs": ("UNK", "not stated"),
    "bcn": ("NC", "inconnu", "non communiqué"),
    "ecu": ("s/d", "no determinado", "sin dato"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    "lis": ("Nil", "None", "NIL"),
    "cmr": ("Nil", "Néant"),
    "ncs": ("NIL", "nil", "NONE"),
    "bcn": ("néant", "aucun"),
    "ecu": ("ninguno", "ninguna"),
}
_COORDS_NONE: dict[str, tuple[str, ...]] = {
    "lis": ("No GPS fix", "N/A"),
    "cmr": ("ND",),
    "ncs": ("NIL", "N/A"),
    "bcn": ("non renseignées", "NC"),
    "ecu": ("sin coordenadas", "s/c"),
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_ES_MONTHS_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _ordinal(day: int) -> str:
    """Return ``1st``, ``2nd``, ``3rd``, ``4th`` ... ``31st``."""
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _draw(rng: _Rng, weights: tuple[float, ...]) -> int:
    """Draw an index with the given (unnormalised) weights."""
    w = np.asarray(weights, dtype=float)
    return int(rng.choice(len(w), p=w / w.sum()))


def _day_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the source's way; return (cell, tag)."""
    d, m, y = ts.day, ts.month, ts.year
    if style == "lis":
        k = _draw(rng, (0.6, 0.15, 0.15, 0.1))
        if k == 0:
            return ts.strftime("%m/%d/%Y"), "date_mdy"
        if k == 1:
            return f"{MONTHS[m - 1]} {d}, {y}", "date_words"
        if k == 2:
            return f"{_ordinal(d)} {MONTHS[m - 1]}, {y}", "date_ordinal"
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", "date_words"
    if style == "cmr":
        k = _draw(rng, (0.6, 0.15, 0.15, 0.05, 0.05))
        if k == 0:
            return ts.to_pydatetime(), "date_excel"
        if k == 1:
            return int((ts.normalize() - _EXCEL_EPOCH).days), "date_serial"
        if k == 2:
            return ts.strftime("%d/%m/%Y"), "date_text"
        if k == 3:
            return f"{d} {MONTHS[m - 1]} {y}", "date_words"
        return f"{d} {_FR_MONTHS[m - 1]} {y}", "date_words_fr"
    if style == "ncs":
        k = _draw(rng, (0.4, 0.25, 0.2, 0.1, 0.05))
        if k == 0:
            return ts.strftime("%Y-%m-%d"), "date_iso"
        if k == 1:
            return f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y % 100:02d}", "date_oracle"
        if k == 2:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if k == 3:
            return f"{d} {MONTHS[m - 1][:3]} {y}", "date_words"
        return ts.strftime("%Y%m%d"), "date_compact"
    if style == "bcn":
        k = _draw(rng, (0.5, 0.2, 0.15, 0.1, 0.05))
        if k == 0:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if k == 1:
            day = "1er" if d == 1 else str(d)
            return f"{day} {_FR_MONTHS[m - 1]} {y}", "date_words"
        if k == 2:
            return ts.strftime("%d.%m.%Y"), "date_dots"
        if k == 3:
            return f"{_FR_DAYS[ts.day_of_week]} {d} {_FR_MONTHS[m - 1]} {y}", "date_weekday"
        return ts.strftime("%d/%m/%y"), "date_short_year"
    k = _draw(rng, (0.5, 0.15, 0.15, 0.1, 0.1))
    if k == 0:
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if k == 1:
        return f"{d:02d}-{_ES_MONTHS_ABBR[m - 1]}-{y}", "date_abbr"
    if k == 2:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", "date_words"
    if k == 3:
        return ts.strftime("%Y-%m-%d"), "date_iso"
    return f"{_ES_DAYS[ts.day_of_week]}, {d} de {_ES_MONTHS[m - 1]} de {y}", "date_weekday"


def _month_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write only the month and year."""
    m, y = ts.month, ts.year
    options = {
        "lis": (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]}. {y}"),
        "cmr": (f"{MONTHS[m - 1]} {y}", f"{_FR_MONTHS[m - 1]} {y}"),
        "ncs": (f"{y}-{m:02d}", f"{MONTHS[m - 1][:3].upper()}-{y}"),
        "bcn": (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
        "ecu": (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_MONTHS[m - 1]} de {y}"),
    }[style]
    return choice(rng, options)


def _quarter_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write only the quarter and year."""
    q, y = ts.quarter, ts.year
    en_ord = ("1st", "2nd", "3rd", "4th")[q - 1]
    fr_ord = ("1er", "2e", "3e", "4e")[q - 1]
    roman = ("I", "II", "III", "IV")[q - 1]
    es_word = ("primer", "segundo", "tercer", "cuarto")[q - 1]
    options = {
        "lis": (f"Q{q} {y}", f"{en_ord} Qtr {y}"),
        "cmr": (f"Q{q} {y}", f"{en_ord} Quarter {y}", f"{fr_ord} trim. {y}"),
        "ncs": (f"{y}-Q{q}", f"Q{q}/{y}"),
        "bcn": (f"{fr_ord} trimestre {y}", f"T{q} {y}"),
        "ecu": (f"{roman} trimestre {y}", f"{es_word} trimestre de {y}"),
    }[style]
    return choice(rng, options)


def _bad_date(src: DiSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used: missing, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        options = {
            "lis": (f"02/30/{y}", f"13/{ts.day:02d}/{y}", f"02/31/{y}"),
            "cmr": (f"31/02/{y}", f"30/02/{y}", f"00/{ts.month:02d}/{y}"),
            "ncs": (f"{y}-02-30", f"31-FEB-{y % 100:02d}", f"{y}-13-{ts.day:02d}"),
            "bcn": (f"31/02/{y}", f"30 février {y}", f"32/{ts.month:02d}/{y}"),
            "ecu": (f"31/02/{y}", f"30 de febrero de {y}", f"{ts.day:02d}/13/{y}"),
        }[src.style]
        return choice(rng, options)
    later = ts + pd.DateOffset(years=10 + int(rng.integers(0, 3)))  # a slipped year digit
    cell, _ = _day_cell(src.style, later, rng)
    return cell


def _note_date(src: DiSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the day of the source's last row."""
    return {
        "lis": last.strftime("%m/%d/%Y"),
        "cmr": last.to_pydatetime(),
        "ncs": last.strftime("%Y-%m-%d"),
        "bcn": last.strftime("%d/%m/%Y"),
        "ecu": last.strftime("%d/%m/%Y"),
    }[src.style]


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_EN_ONES = (
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
)
_EN_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")
_FR_WORDS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
)
_ES_WORDS = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
)


def _en_words(n: int) -> str:
    """English words of 0..99 (``Twenty-Three``)."""
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def _grouped(n: int, sep: str) -> str:
    """``1204`` -> ``1<sep>204``."""
    return f"{n:,}".replace(",", sep)


def _count_cell(style: str, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons the source's way (the value is ``n``)."""
    r = rng.random()
    if style == "lis":
        if n >= 1000 and r < 0.8:
            return _grouped(n, ","), ["thousands_sep"]
        if n < 100 and r < 0.12:
            return f"{_en_words(n)} ({n})", ["count_words"]
        return str(n), []
    if style == "cmr":
        if n >= 1000 and r < 0.5:
            return _grouped(n, " "), ["thousands_sep", "count_text"]
        if r < 0.05:
            return f"{n} pers.", ["count_unit"]
        return n, []
    if style == "ncs":
        if r < 0.1:
            return f"{n} PAX", ["count_unit"]
        if r < 0.25:
            return str(n), ["count_text"]
        return n, []
    if style == "bcn":
        if n >= 1000 and r < 0.8:
            return _grouped(n, choice(rng, ("\u202f", "\u00a0", " "))), ["thousands_sep"]
        if n <= 20 and r < 0.1:
            return f"{_FR_WORDS[n]} ({n})", ["count_words"]
        if r < 0.15:
            return f"{n} pers.", ["count_unit"]
        return str(n), []
    if n >= 1000 and r < 0.8:
        return _grouped(n, "."), ["thousands_sep"]
    if n <= 20 and r < 0.1:
        return f"{_ES_WORDS[n]} ({n})", ["count_words"]
    if r < 0.15:
        return f"{n} personas", ["count_unit"]
    return str(n), []


def _suspects_cell(style: str, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of suspects (``0`` often as a word)."""
    if n == 0 and rng.random() < 0.45:
        return choice(rng, _ZERO[style]), ["zero_word"]
    if style in ("cmr", "ncs") and rng.random() < 0.8:
        return n, []
    if style == "lis" and rng.random() < 0.1:
        return f"{_en_words(n)} ({n})", ["count_words"]
    return str(n), []


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _fit(src: DiSource, text: str, fallback: str) -> str:
    """``text`` if the file's encoding holds it, else ``fallback``."""
    return text if fits(text, src) else fallback


def _garble(src: DiSource, text: str, rng: _Rng, tags: list[str], rate: float) -> str:
    """Sometimes write ``text`` as UTF-8 bytes read as cp1252 (files that allow it)."""
    if src.style not in ("bcn", "ecu") or rng.random() >= rate:
        return text
    bad = mojibake(text)
    if bad is None or not fits(bad, src):
        return text
    tags.append("mojibake")
    return bad


def _strip_accents(text: str) -> str:
    """Drop the accents of Spanish/French letters (a keyboard without them)."""
    table = str.maketrans("áéíóúÁÉÍÓÚñÑüèêëàâîïôûç", "aeiouAEIOUnNueeeaaiiouc")
    return text.translate(table)


def _country_cell(src: DiSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write one country (origin, destination, detection) the source's way."""
    style = src.style
    en = _EN_NAMES.get(code, (code,))
    r = rng.random()
    if style == "lis":
        name = _fit(src, choice(rng, en), en[0])
        if r < 0.15:
            tags.append("caps")
            return name.upper()
        return name
    if style == "cmr":
        if r < 0.7:
            return choice(rng, en)
        if r < 0.93:
            tags.append("french_value")
            return choice(rng, _FR_NAMES.get(code, (code,)))
        tags.append("iso3")
        return code
    if style == "ncs":
        if r < 0.35:
            tags.append("iso2")
            return _ALPHA2.get(code, code)
        if r < 0.7:
            tags.append("caps")
            return choice(rng, en).upper()
        return choice(rng, en)
    if style == "bcn":
        name = choice(rng, _FR_NAMES.get(code, (code,)))
        if r < 0.05:
            tags.append("iso3")
            return code
        if r < 0.1:
            tags.append("caps")
            return name.upper()
        return _garble(src, name, rng, tags, 0.04)
    name = choice(rng, _ES_NAMES.get(code, (code,)))
    if r < 0.1:
        tags.append("caps")
        return name.upper()
    if r < 0.16 and _strip_accents(name) != name:
        tags.append("no_accents")
        return _strip_accents(name)
    return _garble(src, name, rng, tags, 0.05)


def _nationality_cell(src: DiSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality (mostly a demonym) the source's way."""
    style = src.style
    r = rng.random()
    if style == "lis":
        if r < 0.05 and code in _EN_TYPOS:
            tags.append("typo")
            return choice(rng, _EN_TYPOS[code])
        if r < 0.15:
            return _fit(src, _EN_NAMES.get(code, (code,))[0], code)
        word = _EN_DEMONYMS.get(code, code)
        if r < 0.3:
            tags.append("caps")
            return word.upper()
        return word
    if style == "cmr":
        if r < 0.7:
            return _EN_DEMONYMS.get(code, code)
        if r < 0.9:
            tags.append("french_value")
            return _FR_DEMONYMS[code][0].capitalize() if code in _FR_DEMONYMS else code
        tags.append("iso3")
        return code
    if style == "ncs":
        if r < 0.25:
            tags.append("iso2")
            return _ALPHA2.get(code, code)
        if r < 0.75:
            tags.append("caps")
            return _EN_DEMONYMS.get(code, code).upper()
        return _EN_DEMONYMS.get(code, code)
    if style == "bcn":
        if r < 0.05 and code in _FR_TYPOS:
            tags.append("typo")
            return choice(rng, _FR_TYPOS[code])
        if code not in _FR_DEMONYMS:
            return code
        masc, fem = _FR_DEMONYMS[code]
        if code == "GIN" and r < 0.4:
            return "guinéenne (Conakry)"
        if r < 0.75:
            return _garble(src, fem, rng, tags, 0.04)
        if r < 0.9:
            return masc
        return _garble(src, _FR_NAMES[code][0], rng, tags, 0.04)
    if r < 0.05 and code in _ES_TYPOS:
        tags.append("typo")
        return choice(rng, _ES_TYPOS[code])
    if r < 0.25:
        tags.append("caps")
        return _ES_NAMES.get(code, (code,))[0].upper()
    return _garble(src, _ES_DEMONYMS.get(code, code), rng, tags, 0.05)


def _transit_cell(src: DiSource, codes: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit countries, joined the source's way."""
    style = src.style
    if codes is None:
        if rng.random() < 0.25:
            tags.append("transit_direct")
            return choice(rng, _DIRECT[style])
        return None
    names = []
    for code in codes.split("|"):
        if style == "lis":
            names.append(_fit(src, _EN_NAMES.get(code, (code,))[0], code))
        elif style == "cmr":
            names.append(_EN_NAMES.get(code, (code,))[0])
        elif style == "ncs":
            names.append(_ALPHA2.get(code, code))
        elif style == "bcn":
            names.append(_FR_NAMES.get(code, (code,))[0])
        else:
            names.append(_ES_NAMES.get(code, (code,))[0])
    text = choice(rng, _TRANSIT_SEP[style]).join(names)
    if style == "lis" and rng.random() < 0.2:
        text = "via " + text
    if style == "ncs":
        tags.append("iso2")
    return text


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes and whole seconds of ``abs(value)``; and the value they make."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, sec = divmod(rest, 60)
    back = (deg + minutes / 60 + sec / 3600) * (1 if value >= 0 else -1)
    return int(deg), int(minutes), int(sec), back


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and minutes to three decimals of ``abs(value)``; and the value they make."""
    thousandths = round(abs(value) * 60_000)
    deg, rest = divmod(thousandths, 60_000)
    minutes = rest / 1000
    back = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return int(deg), minutes, back


def _comma(value: float, places: int) -> str:
    """Write a decimal with a decimal comma (``36,50205``)."""
    return f"{value:.{places}f}".replace(".", ",")


def _coord_cells(
    src: DiSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write a point the source's way; return (cells, expected lat, expected lon)."""
    style = src.style
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    r = rng.random()
    if style == "lis":
        if r < 0.65:
            d1, m1, la = _ddm(lat)
            d2, m2, lo = _ddm(lon)
            tags.append("ddm")
            return {"coordinates": f"{ns} {d1}°{m1:06.3f}' {ew} {d2:03d}°{m2:06.3f}'"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if style == "cmr":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.15:
            tags.append("decimal_comma")
            return {"lat": _comma(la, 5), "lon": _comma(lo, 5)}, la, lo
        return {"lat": la, "lon": lo}, la, lo
    if style == "ncs":
        if r < 0.4:
            la, lo = round(lat, 4), round(lon, 4)
            tags.append("hemisphere_letters")
            return {"coordinates": f"{abs(la):.4f}{ns}, {abs(lo):.4f}{ew}"}, la, lo
        if r < 0.75:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f},{lo:.5f}"}, la, lo
        d1, m1, s1, la = _dms(lat)
        d2, m2, s2, lo = _dms(lon)
        tags.append("dms")
        return {"coordinates": f"{d1}°{m1:02d}'{s1:02d}\"{ns} {d2}°{m2:02d}'{s2:02d}\"{ew}"}, la, lo
    if style == "bcn":
        if r < 0.55:
            la, lo = round(lat, 5), round(lon, 5)
            tags.append("decimal_comma")
            return {"coordinates": f"{_comma(la, 5)} ; {_comma(lo, 5)}"}, la, lo
        if r < 0.8:
            d1, m1, s1, la = _dms(lat)
            d2, m2, s2, lo = _dms(lon)
            ouest = "O" if lon < 0 else "E"
            tags.append("dms")
            text = f"{ns} {d1}°{m1:02d}'{s1:02d}'' {ouest} {d2:03d}°{m2:02d}'{s2:02d}''"
            return {"coordinates": text}, la, lo
        la, lo = round(lat, 4), round(lon, 4)
        tags.append("decimal_comma")
        return {"coordinates": f"lat. {_comma(la, 4)} / long. {_comma(lo, 4)}"}, la, lo
    if r < 0.7:
        la, lo = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
        return {"lat": _comma(la, 5), "lon": _comma(lo, 5)}, la, lo
    d1, m1, s1, la = _dms(lat)
    d2, m2, s2, lo = _dms(lon)
    oeste = "O" if lon < 0 else "E"
    tags.append("dms")
    return (
        {"lat": f"{d1}°{m1:02d}'{s1:02d}\" {ns}", "lon": f"{d2}°{m2:02d}'{s2:02d}\" {oeste}"},
        la,
        lo,
    )


def _coord_keys(src: DiSource) -> tuple[str, ...]:
    return ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _crime_cell(src: DiSource, crime: str, detection: str | None, rng: _Rng) -> str:
    if src.style == "bcn":
        table = _BCN_CRIME.get(detection or "", _BCN_CRIME[""])
        return choice(rng, table[crime])
    return choice(rng, _CRIME[src.style][crime])


def _offences_cell(src: DiSource, offences: str | None, rng: _Rng) -> str | None:
    if offences is None:
        return None
    words = [choice(rng, _OFFENCES[src.style][o]) for o in offences.split("|")]
    return choice(rng, _OFFENCE_SEP[src.style]).join(words)


def _render(
    src: DiSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    # date
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.04:
        cells["event_date"] = _month_cell(style, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("date_month")
    elif partial_ok and r < 0.065:
        cells["event_date"] = _quarter_cell(style, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("date_quarter")
    else:
        cells["event_date"], tag = _day_cell(style, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        tags.append(tag)

    # crime type and exploitation
    crime = str(ev["crime_type"])
    detection = ev["detection_country"]
    cells["crime_type"] = _crime_cell(src, crime, str(detection) if detection else None, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = rng.choice(np.array(_NO_EXPLOITATION[style], dtype=object))
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[style][str(expl)])
    exp["exploitation"] = expl

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[style])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(style, n, rng)
        exp["n_persons"] = n
        tags += t

    # suspects
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, _COUNT_UNKNOWN[style])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"], t = _suspects_cell(style, s, rng)
        exp["n_suspects"] = s
        tags += t

    # gender and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[style][gender]), gender
    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style]["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style][age]), age

    # countries
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        if forced_blank == "nationality":
            tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality_cell(src, str(nat), rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if (forced_blank == col) or code is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col] = _country_cell(src, str(code), rng, tags)
        exp[col] = code
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit_cell(
        src, str(transit) if transit is not None else None, rng, tags
    )
    exp["transit_countries"] = transit

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = (
            choice(rng, _TRANSPORT[style]["na"]),
            "unknown",
        )
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = (
            choice(rng, _TRANSPORT[style][mode]),
            mode,
        )

    # coordinates
    lat, lon = ev["lat"], ev["lon"]
    keys = _coord_keys(src)
    r = rng.random()
    if forced_blank == "coordinates" or lat is None or lon is None:
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif r < 0.03:
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif r < 0.05:
        word = choice(rng, _COORDS_NONE[style])
        cells.update(dict.fromkeys(keys, word))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        written, la, lo = _coord_cells(src, float(lat), float(lon), rng, tags)  # type: ignore[arg-type]
        cells.update(written)
        exp["lat"], exp["lon"] = la, lo

    # linked offences
    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences_cell(
        src, str(offences) if offences is not None else None, rng
    )
    exp["linked_offences"] = offences
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[DiSource] = Examiner(
    sources=BLIND111_SOURCES,
    primary={
        "PAN": "mremh_ecuador",
        "USA": "mremh_ecuador",
        "FRA": "bcn_brazzaville",
        "ITA": "bcn_brazzaville",
        "ESP": "lis_liberia",
        "GBR": "cmr_buea_desk",
        "GRC": "cmr_buea_desk",
    },
    compilation="ncs_fou",
    secondary={
        ("darien", "PAN"): "lis_liberia",
        ("us_mex", "USA"): "ncs_fou",
        ("cmed", "ITA"): "ncs_fou",
        ("thb_nga_ita", "ITA"): "ncs_fou",
        ("thb_rou_esp", "ITA"): "lis_liberia",
        ("channel", "FRA"): "cmr_buea_desk",
        ("channel", "GBR"): "bcn_brazzaville",
        ("thb_vnm_gbr", "GBR"): "ncs_fou",
        ("emed", "GRC"): "bcn_brazzaville",
        ("watl", "ESP"): "cmr_buea_desk",
        ("wmed", "ESP"): "bcn_brazzaville",
        ("thb_rou_esp", "ESP"): "mremh_ecuador",
        ("wbal", "HRV"): "cmr_buea_desk",
        ("blr_pol", "POL"): "lis_liberia",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=111_0111,
    blank_share=0.5,
)


def make_blind111(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind111`` submissions (files ``*_di.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``lis_liberia_di.csv``, ``cmr_buea_desk_di.xlsx``, ``ncs_fou_di.jsonl``,
        ``bcn_brazzaville_di.csv`` and ``mremh_ecuador_di.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind111(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['lis_liberia_di.csv', 'cmr_buea_desk_di.xlsx', 'ncs_fou_di.jsonl',
     'bcn_brazzaville_di.csv', 'mremh_ecuador_di.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
