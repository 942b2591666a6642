"""The examiner set ``blind19``: five Caribbean, Sahel and Horn-of-Africa agencies (``*_u.*``).

A nineteenth held-out set, written without looking at the cleaner, from five agencies
that report trafficking and migrant-smuggling cases they handled themselves or learnt of
through their liaison officers abroad (every detection country of the truth is reached
that way). Each keeps the wording, dates, numbers and coordinates of its own forms.

Reader's guide, source by source:

``guardacostas_arc_u.csv`` -- Armada de la República de Colombia, Guardacostas del Caribe
    (Urabá station; the Darién crossings and, through the naval attaché, Mexican-border
    cases). Spanish, **cp1252**, ``;``, CRLF. Dates day-first ``15/03/2022``, ``15/03/22``,
    ``15-mar-2022``, ``15 de marzo de 2022``; partial ``marzo de 2022``, ``03/2022``,
    ``I trimestre 2022``, ``primer trimestre de 2022``; ``S/F`` when undated. Crime type
    by Colombian Penal Code article (``Art. 188 CP`` = tráfico de migrantes, ``Art. 188A``
    = trata de personas, both together). Nationalities as demonyms (``venezolanos``),
    countries in Spanish (``EE.UU.``), ``Ídem`` for an origin equal to the nationality.
    Thousands with a dot (``1.234``); ``s/d`` / ``sin dato`` for unknowns; ``ninguno`` for
    no arrest. Navy positions in degrees and decimal minutes with a decimal comma
    (``08°32,250'``) under ``Latitud (N)`` / ``Longitud (W)`` headers (a west longitude is
    written without sign). Some rows typed in capitals.

``ttcg_u.xlsx`` -- Trinidad and Tobago Coast Guard (Caribbean; reports US cases shared
    by the US liaison, UK cases through the British High Commission, and some Darién
    groups of Venezuelans). English, Excel. Dates mostly real Excel dates, some bare
    Excel serial numbers, some text (``12-Mar-2022``, ``12th March 2022``,
    ``March 12, 2022``); partial ``March 2022``, ``Q1 2022``. Counts as numbers, some text
    with thousands commas; ``N/K`` / ``not known``; ``Nil`` for no suspect. One
    ``Position (Lat, Long)`` cell: DDM ``25°54.123'N 097°30.456'W``, signed decimals or
    decimals with hemisphere letters. Re-pasted rows (exact repeats).

``gendarmerie_bf_u.csv`` -- Gendarmerie nationale du Burkina Faso (Sahel; Central
    Mediterranean and Atlantic cases through its liaison officers in Rome and Madrid).
    French, **UTF-8 with BOM**, ``|`` (an export of its PV register). Dates ``12/03/2022``,
    ``12/03/22``, ``12-03-2022``, ``12.03.2022``, ``12 mars 2022``, ``1er mars 2022``,
    ``le lundi 14 mars 2022``; partial ``mars 2022``, ``03/2022``, ``1er trimestre 2022``,
    ``T2 2022``. Crime type from loi n°029-2008/AN (traite) and ``trafic illicite de
    migrants``. Nationalities as feminine demonyms (``malienne``) or masculine plurals
    (``Maliens``), a few mojibake cells (``SÃ©nÃ©gal``). Counts with a (narrow) no-break
    space for thousands, some with the unit ``pers.``; ``n.c.`` / ``inconnu``; ``néant``
    for no suspect. GPS in one cell, ``35,50123 ; 12,60451`` or ``27,91230 N ; 15,40120 O``
    (``O`` = ouest). Transit itineraries with arrows (``Niger → Libye``). Exact repeats.

``gendarmerie_dj_u.csv`` -- Gendarmerie nationale de Djibouti (Horn of Africa; Eastern
    Mediterranean and Balkan cases of the nationalities it tracks). French with Arabic,
    bilingual headers (``Date / التاريخ``), **UTF-16** (with BOM), tab-delimited (Excel's
    "Unicode text"). Dates ``12.03.2022``, ``12/03/2022``, ``12/03/2022 à 04h30``,
    ``12-févr.-22`` (Excel's French display), ISO; partial ``03/2022``, ``mars-2022``,
    ``T1/2022``. Crime type from loi n°133/AN/16/7e L (``TEH`` = traite des êtres humains,
    trafic illicite de migrants). Transit as ISO alpha-2 codes (``TR-BG-RS``) or names.
    Positions in degrees, minutes, seconds (``37°12'34" N``, ``N 37°12'34″``) or decimals.

``dci_ahtcpu_u.jsonl`` -- Kenya Directorate of Criminal Investigations, Anti-Human
    Trafficking and Child Protection Unit (East Africa; the compilation: every case of
    another detection country, shared by foreign liaison officers, and second reports of
    Central and Eastern Mediterranean cases of East African interest). English, JSON
    lines from its case register (CamelCase keys). Dates ISO, ISO with time,
    ``12-Mar-2022``, ``12th March, 2022``, ``Mar 12, 2022``; partial ``2022-03``,
    ``March 2022``, ``Q1 2022``, ``2022-Q1``. Countries as ISO alpha-3 codes from drop-down
    lists, some typed names. Counts as JSON numbers or text; ``Unknown``;
    ``Nil`` / ``No arrests`` for no suspect. Offence under the
    Counter-Trafficking in Persons Act 2010 or the Kenya Citizenship and Immigration Act
    2011 (``TIP``, ``SOM``). ``GPS`` as ``"lat,lon"``; ``0,0`` or ``N/A`` when not taken.
    Re-sent records (exact repeats).
"""

from __future__ import annotations

from collections.abc import Callable
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

__all__ = ["BLIND19_SOURCES", "Blind19Source", "make_blind19"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind19Source(ExaminerSource):
    """A ``blind19`` source: the shared fields plus the key of its way of writing.

    Attributes
    ----------
    style : str
        Key of the source's wording and cell writers (``"arc"``, ``"ttcg"``, ``"bf"``,
        ``"dj"``, ``"dci"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_ARC = Blind19Source(
    source="guardacostas_arc",
    filename="guardacostas_arc_u.csv",
    ref="ARC-CGCAR-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha Interdicción (dd/mm/aaaa)",
        "crime_type": "Delito (C.P. Ley 599/2000)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. Migrantes/Víctimas",
        "n_suspects": "Capturados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "Destino final",
        "detection_country": "País detección (enlace)",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud (N)",
        "lon": "Longitud (W)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a verificación - Sala de Operaciones CGCAR",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "un grupo", "VARIOS"),
    repeats=False,
    style="arc",
)
_TTCG = Blind19Source(
    source="ttcg",
    filename="ttcg_u.xlsx",
    ref="TTCG/OPS/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Occurrence No.",
        "event_date": "Date of Interdiction",
        "crime_type": "Offence (Act / Chap.)",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Persons (PAX)",
        "n_suspects": "Suspects Detained",
        "gender": "Sex (M/F/Mixed)",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interdiction",
        "transit_countries": "Route / Transit",
        "transport_mode": "Conveyance",
        "coordinates": "Position (Lat, Long)",
        "linked_offences": "Other Offences",
    },
    note="NB: figures provisional, pending verification by CG Operations Centre",
    total="GRAND TOTAL",
    bad_count=("several", "a group", "many", "multiple"),
    repeats=True,
    style="ttcg",
)
_BF = Blind19Source(
    source="gendarmerie_bf",
    filename="gendarmerie_bf_u.csv",
    ref="PV N°{seq:04d}/{year}/GN-BF",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "crime_type": "Qualification (infraction)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre victimes / migrants (pers.)",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Itinéraire (pays de transit)",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS (lat ; long)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, arrêtées à la date d'extraction du registre des PV",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux", "quelques-uns"),
    repeats=True,
    style="bf",
)
_DJ = Blind19Source(
    source="gendarmerie_dj",
    filename="gendarmerie_dj_u.csv",
    ref="GN/DJ/{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. dossier / رقم الملف",
        "event_date": "Date / التاريخ",
        "crime_type": "Infraction / المخالفة",
        "exploitation": "Type d'exploitation / نوع الاستغلال",
        "n_persons": "Nombre de personnes / عدد الأشخاص",
        "n_suspects": "Passeurs interpellés / المهربون الموقوفون",
        "gender": "Sexe / الجنس",
        "age_group": "Âge / العمر",
        "nationality": "Nationalité / الجنسية",
        "origin_country": "Pays d'origine / بلد المنشأ",
        "destination_country": "Pays de destination / بلد الوجهة",
        "detection_country": "Pays de détection / بلد الضبط",
        "transit_countries": "Transit / العبور",
        "transport_mode": "Mode de transport / وسيلة النقل",
        "lat": "Latitude / خط العرض",
        "lon": "Longitude / خط الطول",
        "linked_offences": "Infractions liées / جرائم مرتبطة",
    },
    note="N.B. : chiffres provisoires / أرقام مؤقتة",
    total="Total / المجموع",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="dj",
)
_DCI = Blind19Source(
    source="dci_ahtcpu",
    filename="dci_ahtcpu_u.jsonl",
    ref="AHTCPU/CR/{seq:04d}/{year}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "CaseNo",
        "event_date": "IncidentDate",
        "crime_type": "OffenceType",
        "exploitation": "ExploitationType",
        "n_persons": "NoOfVictimsOrMigrants",
        "n_suspects": "NoOfSuspectsArrested",
        "gender": "VictimSex",
        "age_group": "VictimAgeCategory",
        "nationality": "VictimNationality",
        "origin_country": "CountryOfOrigin",
        "destination_country": "IntendedDestination",
        "detection_country": "CountryOfDetection",
        "transit_countries": "TransitRoute",
        "transport_mode": "ModeOfTransport",
        "coordinates": "GPS",
        "linked_offences": "RelatedOffences",
    },
    note=None,
    total="TOTAL (all cases)",
    bad_count=("several", "many", "a number of"),
    repeats=True,
    style="dci",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND19_SOURCES: tuple[Blind19Source, ...] = (_ARC, _TTCG, _BF, _DJ, _DCI)

_PRIMARY = {
    "PAN": _ARC.source,
    "USA": _TTCG.source,
    "GBR": _TTCG.source,
    "ITA": _BF.source,
    "ESP": _BF.source,
    "GRC": _DJ.source,
    "HRV": _DJ.source,
}
_SECONDARY = {
    ("darien", "PAN"): _TTCG.source,
    ("us_mex", "USA"): _ARC.source,
    ("cmed", "ITA"): _DCI.source,
    ("emed", "GRC"): _DCI.source,
}

# --------------------------------------------------------------------------------------
# Wording
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_ORDINAL = ("primer", "segundo", "tercer", "cuarto")
_ROMAN = ("I", "II", "III", "IV")
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
_FR_ABBR = (
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR_QUARTER = ("1er", "2e", "3e", "4e")
_IMPOSSIBLE_DAYS = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))

_ES_COUNTRY: dict[str, tuple[str, ...]] = {
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
    "MEX": ("México", "Mexico"),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá", "Rep. de Panamá"),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia", "Federación de Rusia"),
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
_ES_DEMONYM: dict[str, tuple[str, ...]] = {
    "AFG": ("afgano", "afganos"),
    "ALB": ("albanés", "albaneses"),
    "BGD": ("bangladesí",),
    "CHN": ("chino", "chinos"),
    "CIV": ("marfileño", "marfileños"),
    "CMR": ("camerunés", "cameruneses"),
    "COL": ("colombiano", "colombianos"),
    "DZA": ("argelino", "argelinos"),
    "ECU": ("ecuatoriano", "ecuatorianos"),
    "EGY": ("egipcio", "egipcios"),
    "ERI": ("eritreo", "eritreos"),
    "GIN": ("guineano", "guineanos"),
    "GMB": ("gambiano", "gambianos"),
    "GTM": ("guatemalteco", "guatemaltecos"),
    "HND": ("hondureño", "hondureños"),
    "HTI": ("haitiano", "haitianos"),
    "IRN": ("iraní", "iraníes"),
    "IRQ": ("iraquí", "iraquíes"),
    "MAR": ("marroquí", "marroquíes"),
    "MEX": ("mexicano", "mexicanos"),
    "MLI": ("maliense", "malienses"),
    "NGA": ("nigeriano", "nigerianos"),
    "PAK": ("pakistaní", "pakistaníes"),
    "ROU": ("rumano", "rumanos"),
    "SEN": ("senegalés", "senegaleses"),
    "SYR": ("sirio", "sirios"),
    "TUN": ("tunecino", "tunecinos"),
    "TUR": ("turco", "turcos"),
    "VEN": ("venezolano", "venezolanos"),
    "VNM": ("vietnamita", "vietnamitas"),
    "YEM": ("yemení", "yemeníes"),
}
_FR_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine", "Bosnie"),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire", "Côte-d'Ivoire", "RCI"),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur", "Equateur"),
    "EGY": ("Égypte", "Egypte"),
    "ERI": ("Érythrée", "Erythrée"),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée Conakry", "Guinée-Conakry"),
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
    "RUS": ("Russie", "Fédération de Russie"),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela", "Vénézuéla"),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms: (feminine singular, masculine singular).
_FR_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afghane", "afghan"),
    "ALB": ("albanaise", "albanais"),
    "BGD": ("bangladaise", "bangladais"),
    "CHN": ("chinoise", "chinois"),
    "CIV": ("ivoirienne", "ivoirien"),
    "CMR": ("camerounaise", "camerounais"),
    "COL": ("colombienne", "colombien"),
    "DZA": ("algérienne", "algérien"),
    "ECU": ("équatorienne", "équatorien"),
    "EGY": ("égyptienne", "égyptien"),
    "ERI": ("érythréenne", "érythréen"),
    "GIN": ("guinéenne", "guinéen"),
    "GMB": ("gambienne", "gambien"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurienne", "hondurien"),
    "HTI": ("haïtienne", "haïtien"),
    "IRN": ("iranienne", "iranien"),
    "IRQ": ("irakienne", "irakien"),
    "MAR": ("marocaine", "marocain"),
    "MEX": ("mexicaine", "mexicain"),
    "MLI": ("malienne", "malien"),
    "NGA": ("nigériane", "nigérian"),
    "PAK": ("pakistanaise", "pakistanais"),
    "ROU": ("roumaine", "roumain"),
    "SEN": ("sénégalaise", "sénégalais"),
    "SYR": ("syrienne", "syrien"),
    "TUN": ("tunisienne", "tunisien"),
    "TUR": ("turque", "turc"),
    "VEN": ("vénézuélienne", "vénézuélien"),
    "VNM": ("vietnamienne", "vietnamien"),
    "YEM": ("yéménite", "yéménite"),
}
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina"),
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
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("The Gambia", "Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran", "Iran (Islamic Republic of)"),
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
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA", "U.S.A."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYM: dict[str, tuple[str, ...]] = {
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


@dataclass(frozen=True)
class _Wording:
    """One source's words for the vocabulary fields (``""`` writes an empty cell)."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    no_offences: tuple[str, ...]
    offence_joiners: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_suspects: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    coords_unknown: tuple[str, ...]
    transit_joiners: tuple[str, ...]
    no_transit: tuple[str, ...]
    typos: dict[str, str]


_ES_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "sexual": ("Explotación sexual", "Sexual", "Expl. sexual"),
    "forced_labour": ("Trabajos forzados", "Explotación laboral", "Trabajo forzoso"),
    "forced_criminality": ("Comisión forzada de delitos", "Obligar a delinquir"),
    "organ_removal": ("Extracción de órganos", "Extracción ilícita de órganos"),
    "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
    "other": ("Otra", "Otras formas de explotación"),
}
_FR_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "sexual": ("Exploitation sexuelle", "Prostitution forcée", "Expl. sexuelle"),
    "forced_labour": ("Travail forcé", "Exploitation par le travail", "Travaux forcés"),
    "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
    "organ_removal": ("Prélèvement d'organes", "Prélèvement illicite d'organes"),
    "forced_marriage": ("Mariage forcé",),
    "other": ("Autre", "Autres formes"),
}
_EN_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "sexual": ("Sexual exploitation", "Commercial sexual exploitation", "Sexual"),
    "forced_labour": ("Forced labour", "Labour exploitation", "Forced Labor"),
    "forced_criminality": ("Forced criminality", "Forced to commit crime"),
    "organ_removal": ("Organ removal", "Removal of organs"),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other", "Other form"),
}
_ES_GENDER: dict[str, tuple[str, ...]] = {
    "male": ("Masculino", "Hombres", "Masc."),
    "female": ("Femenino", "Mujeres", "Fem."),
    "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
}
_FR_GENDER: dict[str, tuple[str, ...]] = {
    "male": ("M", "Masculin", "Hommes"),
    "female": ("F", "Féminin", "Femmes"),
    "mixed": ("Mixte", "H/F", "Hommes et femmes"),
}
_EN_GENDER: dict[str, tuple[str, ...]] = {
    "male": ("M", "Male", "Males"),
    "female": ("F", "Female", "Females"),
    "mixed": ("Mixed", "M/F", "Both sexes"),
}
_ES_AGE: dict[str, tuple[str, ...]] = {
    "adult": ("Adultos", "Mayores de edad", "Adulto"),
    "child": ("Menores", "NNA", "Menor de edad"),
    "mixed": ("Adultos y menores", "Mixto", "Adultos y NNA"),
}
_FR_AGE: dict[str, tuple[str, ...]] = {
    "adult": ("Majeur", "Majeurs", "Adultes"),
    "child": ("Mineur", "Mineurs", "Enfants"),
    "mixed": ("Majeurs et mineurs", "Mixte", "Adultes + mineurs"),
}
_EN_AGE: dict[str, tuple[str, ...]] = {
    "adult": ("Adult", "Adults", "18+"),
    "child": ("Minor", "Child", "Juvenile", "U18"),
    "mixed": ("Adults & minors", "Mixed ages", "Adults and children"),
}

_WORDING: dict[str, _Wording] = {
    "arc": _Wording(
        crime={
            "smuggling": (
                "Tráfico de migrantes (art. 188 C.P.)",
                "Tráfico ilícito de migrantes",
                "Art. 188 CP",
                "TIM - art. 188 Ley 599/2000",
                "tráfico de migrantes",
            ),
            "trafficking": (
                "Trata de personas (art. 188A C.P.)",
                "Trata de personas",
                "Art. 188A CP",
                "Art. 188-A C.P. - Trata",
            ),
            "both": (
                "Trata de personas y tráfico de migrantes (arts. 188 y 188A C.P.)",
                "Arts. 188 y 188A CP",
                "Tráfico de migrantes / Trata de personas",
            ),
        },
        exploitation=_ES_EXPLOITATION,
        no_exploitation=("", "", "No aplica", "N/A"),
        gender=_ES_GENDER,
        age=_ES_AGE,
        transport={
            "sea": ("Marítimo", "Lancha rápida", "Embarcación artesanal", "Bote"),
            "land": ("Terrestre", "A pie (trocha)", "Vehículo", "Bus"),
            "air": ("Aéreo", "Vuelo comercial"),
        },
        unknown=("s/d", "Sin dato"),
        offences={
            "document_fraud": ("Falsedad en documento público", "Uso de documento falso"),
            "corruption": ("Cohecho", "Corrupción"),
            "money_laundering": ("Lavado de activos",),
            "illicit_goods": ("Tráfico de estupefacientes", "Contrabando"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        no_offences=("", "", "Ninguno", "N/A"),
        offence_joiners=(", ", " y ", " / "),
        count_unknown=("s/d", "sin dato", "N.D."),
        zero_suspects=("ninguno", "sin capturas", "Ninguno"),
        suspects_unknown=("s/d", "N.D."),
        coords_unknown=("s/d", "sin dato"),
        transit_joiners=(" - ", ", ", " – "),
        no_transit=("", "Ninguno", "Directo"),
        typos={"venezolano": "venesolano", "hondureño": "hondureno", "Haití": "Haiti"},
    ),
    "ttcg": _Wording(
        crime={
            "smuggling": (
                "Human smuggling",
                "Smuggling of migrants",
                "Smuggling of migrants (Immigration Act Ch. 18:01)",
                "Migrant smuggling",
            ),
            "trafficking": (
                "Trafficking in persons (TIP Act 2011)",
                "Human trafficking",
                "TIP Act, 2011",
                "Trafficking in Persons",
            ),
            "both": (
                "TIP & migrant smuggling",
                "Human trafficking / smuggling",
                "Trafficking in persons and smuggling of migrants",
            ),
        },
        exploitation=_EN_EXPLOITATION,
        no_exploitation=("", "N/A", "Not applicable"),
        gender=_EN_GENDER,
        age=_EN_AGE,
        transport={
            "sea": ("Sea", "Pirogue", "Go-fast vessel", "Small boat", "Pirogue (wooden)"),
            "land": ("Land", "Vehicle", "On foot", "Overland"),
            "air": ("Air", "Commercial flight", "Aircraft"),
        },
        unknown=("N/K", "Not stated", "Unknown"),
        offences={
            "document_fraud": ("Forged documents", "Document fraud", "Fraudulent passports"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics", "Contraband", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        no_offences=("", "", "Nil", "None"),
        offence_joiners=(", ", " & ", "; "),
        count_unknown=("N/K", "not known"),
        zero_suspects=("Nil", "nil", "No arrest"),
        suspects_unknown=("unk", "N/K"),
        coords_unknown=("not recorded", "N/K"),
        transit_joiners=(", ", " / ", " - "),
        no_transit=("", "N/A", "Direct"),
        typos={"Venezuelan": "Venezualan", "Guatemalan": "Guatamalan"},
    ),
    "bf": _Wording(
        crime={
            "smuggling": (
                "Trafic illicite de migrants",
                "Trafic de migrants",
                "Facilitation de l'émigration clandestine",
                "Trafic illicite de migrants (passeurs)",
            ),
            "trafficking": (
                "Traite des personnes (loi n°029-2008/AN)",
                "Traite des personnes",
                "Traite d'êtres humains",
                "Loi 029-2008/AN – traite des personnes",
            ),
            "both": (
                "Traite des personnes et trafic illicite de migrants",
                "Traite + trafic de migrants",
                "Trafic illicite de migrants et traite (loi n°029-2008/AN)",
            ),
        },
        exploitation=_FR_EXPLOITATION,
        no_exploitation=("", "", "Sans objet", "S.O."),
        gender=_FR_GENDER,
        age=_FR_AGE,
        transport={
            "sea": ("Maritime", "Pirogue", "Embarcation pneumatique", "Voie maritime"),
            "land": ("Terrestre", "Camion", "Véhicule", "À pied", "Voie terrestre"),
            "air": ("Aérien", "Vol commercial", "Voie aérienne"),
        },
        unknown=("n.c.", "Non renseigné", "Inconnu"),
        offences={
            "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment de capitaux", "Blanchiment d'argent"),
            "illicit_goods": ("Trafic de stupéfiants", "Contrebande"),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        no_offences=("", "", "Néant"),
        offence_joiners=(", ", " et ", " + "),
        count_unknown=("n.c.", "inconnu", "ND"),
        zero_suspects=("néant", "aucun", "Néant"),
        suspects_unknown=("n.c.", "ND"),
        coords_unknown=("n.c.", "non relevées"),
        transit_joiners=(" → ", " - ", ", "),
        no_transit=("", "Néant", "Direct"),
        typos={"malienne": "maliènne", "guinéenne": "guinnéenne"},
    ),
    "dj": _Wording(
        crime={
            "smuggling": (
                "Trafic illicite de migrants (loi n°133/AN/16/7e L)",
                "Trafic illicite de migrants",
                "Passage clandestin de migrants",
                "TIM – trafic illicite de migrants",
            ),
            "trafficking": (
                "Traite des êtres humains (loi n°133/AN/16/7e L)",
                "TEH",
                "Traite des êtres humains",
            ),
            "both": (
                "TEH + trafic illicite de migrants",
                "Traite des êtres humains et trafic illicite de migrants",
            ),
        },
        exploitation=_FR_EXPLOITATION,
        no_exploitation=("", "—", "Sans objet"),
        gender=_FR_GENDER,
        age=_FR_AGE,
        transport={
            "sea": ("Maritime", "Embarcation", "Boutre", "Canot pneumatique"),
            "land": ("Terrestre", "Véhicule", "À pied", "Camion"),
            "air": ("Aérien", "Vol commercial"),
        },
        unknown=("Inconnu", "N/D"),
        offences={
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Contrebande", "Trafic de stupéfiants"),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        no_offences=("", "—", "Néant"),
        offence_joiners=(", ", " / "),
        count_unknown=("inconnu", "non déterminé"),
        zero_suspects=("néant", "aucun"),
        suspects_unknown=("inconnu",),
        coords_unknown=("N/D", "—"),
        transit_joiners=(" / ", ", "),
        no_transit=("", "—"),
        typos={},
    ),
    "dci": _Wording(
        crime={
            "smuggling": (
                "Smuggling of migrants",
                "Migrant smuggling (KCIA 2011)",
                "SOM",
                "Smuggling of Migrants - Kenya Citizenship & Immigration Act 2011",
            ),
            "trafficking": (
                "Trafficking in persons (CTIP Act 2010 s.3)",
                "TIP",
                "Human trafficking",
                "Counter-Trafficking in Persons Act s.3(1) - trafficking",
            ),
            "both": ("TIP & SOM", "Trafficking in persons; smuggling of migrants"),
        },
        exploitation=_EN_EXPLOITATION,
        no_exploitation=("", "N/A"),
        gender=_EN_GENDER,
        age=_EN_AGE,
        transport={
            "sea": ("SEA", "Sea", "Boat"),
            "land": ("LAND", "Road", "Land"),
            "air": ("AIR", "Air"),
        },
        unknown=("UNKNOWN", "Not captured"),
        offences={
            "document_fraud": ("Forgery of documents", "Document fraud"),
            "corruption": ("Corruption", "Bribery of officials"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        no_offences=("", "None"),
        offence_joiners=(", ", "; "),
        count_unknown=("Unknown", "N/K"),
        zero_suspects=("Nil", "NIL", "No arrests"),
        suspects_unknown=("Unknown",),
        coords_unknown=("N/A", "0,0"),
        transit_joiners=(" > ", ",", ", "),
        no_transit=("", "N/A"),
        typos={},
    ),
}


# --------------------------------------------------------------------------------------
# Cells: small helpers
# --------------------------------------------------------------------------------------
def _cell(text: str) -> str | None:
    """Return ``text``, or None for an empty cell."""
    return text if text else None


def _num(src: Blind19Source, value: int) -> object:
    """Return a plain count as the file holds it (a number in a spreadsheet or JSON)."""
    return value if src.format != "csv" else str(value)


def _ordinal(day: int) -> str:
    """English ordinal of a day of the month (``1st``, ``22nd``, ``13th``)."""
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its year typed a century ahead (``2122`` for ``2022``)."""
    return pd.Timestamp(year=ts.year + 100, month=ts.month, day=min(ts.day, 28))


def _serial(ts: pd.Timestamp) -> int:
    """Excel serial number of a day (1900 date system)."""
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _thousands(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# Dates: (cell, expected day, precision, tags)
# --------------------------------------------------------------------------------------
_DateOut = tuple[object, pd.Timestamp, str, list[str]]


def _partial(rng: _Rng, partial_ok: bool) -> str:
    """Draw ``"month"``, ``"quarter"`` or ``"day"`` for a row's date."""
    if not partial_ok:
        return "day"
    r = rng.random()
    return "month" if r < 0.04 else "quarter" if r < 0.06 else "day"


def _date_arc(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    kind = _partial(rng, partial_ok)
    d, m, y = ts.day, ts.month, ts.year
    q = (m - 1) // 3
    if kind == "month":
        text = choice(
            rng, (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_MONTHS[m - 1]}/{y}", f"{m:02d}/{y}")
        )
        return text, _month_start(ts), "month", ["partial_date"]
    if kind == "quarter":
        text = choice(rng, (f"{_ROMAN[q]} trimestre {y}", f"{_ES_ORDINAL[q]} trimestre de {y}"))
        return text, _quarter_start(ts), "quarter", ["partial_date"]
    r = rng.random()
    if r < 0.6:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if r < 0.75:
        return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", ts, "day", ["month_name"]
    if r < 0.87:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", ts, "day", ["month_name"]
    return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]


def _date_ttcg(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    kind = _partial(rng, partial_ok)
    d, m, y = ts.day, ts.month, ts.year
    if kind == "month":
        text = choice(rng, (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}"))
        return text, _month_start(ts), "month", ["partial_date"]
    if kind == "quarter":
        return f"Q{(m - 1) // 3 + 1} {y}", _quarter_start(ts), "quarter", ["partial_date"]
    r = rng.random()
    if r < 0.6:
        return ts.to_pydatetime(), ts, "day", []
    if r < 0.75:
        return _serial(ts), ts, "day", ["excel_serial"]
    if r < 0.85:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", ts, "day", ["month_name"]
    if r < 0.95:
        return f"{_ordinal(d)} {MONTHS[m - 1]} {y}", ts, "day", ["month_name"]
    return f"{MONTHS[m - 1]} {d}, {y}", ts, "day", ["month_name"]


def _date_bf(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    kind = _partial(rng, partial_ok)
    d, m, y = ts.day, ts.month, ts.year
    q = (m - 1) // 3
    if kind == "month":
        text = choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
        return text, _month_start(ts), "month", ["partial_date"]
    if kind == "quarter":
        text = choice(rng, (f"{_FR_QUARTER[q]} trimestre {y}", f"T{q + 1} {y}"))
        return text, _quarter_start(ts), "quarter", ["partial_date"]
    r = rng.random()
    day_word = "1er" if d == 1 else str(d)
    if r < 0.5:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if r < 0.65:
        return f"{day_word} {_FR_MONTHS[m - 1]} {y}", ts, "day", ["month_name"]
    if r < 0.77:
        return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
    if r < 0.87:
        return ts.strftime("%d-%m-%Y"), ts, "day", []
    if r < 0.95:
        weekday = _FR_DAYS[ts.weekday()]
        return f"le {weekday} {day_word} {_FR_MONTHS[m - 1]} {y}", ts, "day", ["weekday"]
    return ts.strftime("%d.%m.%Y"), ts, "day", []


def _date_dj(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    kind = _partial(rng, partial_ok)
    d, m, y = ts.day, ts.month, ts.year
    if kind == "month":
        text = choice(rng, (f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1]}-{y}"))
        return text, _month_start(ts), "month", ["partial_date"]
    if kind == "quarter":
        return f"T{(m - 1) // 3 + 1}/{y}", _quarter_start(ts), "quarter", ["partial_date"]
    r = rng.random()
    if r < 0.35:
        return ts.strftime("%d.%m.%Y"), ts, "day", []
    if r < 0.5:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%d/%m/%Y')} à {hour:02d}h{minute:02d}", ts, "day", ["time"]
    if r < 0.8:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if r < 0.9:
        return f"{d:02d}-{_FR_ABBR[m - 1]}-{y % 100:02d}", ts, "day", ["month_name"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _date_dci(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    kind = _partial(rng, partial_ok)
    d, m, y = ts.day, ts.month, ts.year
    q = (m - 1) // 3 + 1
    if kind == "month":
        text = choice(rng, (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"))
        return text, _month_start(ts), "month", ["partial_date"]
    if kind == "quarter":
        return (
            choice(rng, (f"Q{q} {y}", f"{y}-Q{q}")),
            _quarter_start(ts),
            "quarter",
            ["partial_date"],
        )
    r = rng.random()
    if r < 0.5:
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if r < 0.65:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        sep = choice(rng, ("T", " "))
        return f"{ts.strftime('%Y-%m-%d')}{sep}{hour:02d}:{minute:02d}:00", ts, "day", ["time"]
    if r < 0.8:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", ts, "day", ["month_name"]
    if r < 0.9:
        return f"{_ordinal(d)} {MONTHS[m - 1]}, {y}", ts, "day", ["month_name"]
    return f"{MONTHS[m - 1][:3]} {d}, {y}", ts, "day", ["month_name"]


_DATE_WRITERS: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    "arc": _date_arc,
    "ttcg": _date_ttcg,
    "bf": _date_bf,
    "dj": _date_dj,
    "dci": _date_dci,
}


def _bad_date(src: Blind19Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that must send the row to quarantine, in the source's style."""
    style = src.style
    if kind == "no_date":
        blanks = {
            "arc": ("", "S/F", "s/f"),
            "ttcg": ("", "Not recorded"),
            "bf": ("", "s.d.", "Non précisée"),
            "dj": ("", "—"),
            "dci": ("",),
        }[style]
        return _cell(choice(rng, blanks))
    y = ts.year
    if kind == "bad_date":
        d, m = _IMPOSSIBLE_DAYS[int(rng.integers(len(_IMPOSSIBLE_DAYS)))]
        if style == "arc":
            return choice(rng, (f"{d:02d}/{m:02d}/{y}", f"{d} de {_ES_MONTHS[m - 1]} de {y}"))
        if style == "ttcg":
            return choice(rng, (f"{d:02d}/{m:02d}/{y}", f"{_ordinal(d)} {MONTHS[m - 1]} {y}"))
        if style == "bf":
            return choice(rng, (f"{d:02d}/{m:02d}/{y}", f"{d} {_FR_MONTHS[m - 1]} {y}"))
        if style == "dj":
            return f"{d:02d}.{m:02d}.{y}"
        return f"{y}-{m:02d}-{d:02d}"
    fut = _future(ts)
    if style == "ttcg":
        return fut.to_pydatetime()
    if style == "dj":
        return fut.strftime("%d.%m.%Y")
    if style == "dci":
        return fut.strftime("%Y-%m-%d")
    return fut.strftime("%d/%m/%Y")


def _note_date(src: Blind19Source, last: pd.Timestamp) -> object:
    """Return the date on the source's note row (its extraction day, after its last row)."""
    day = last + pd.Timedelta(days=3)
    if src.style == "ttcg":
        return day.to_pydatetime()
    if src.style == "dj":
        return day.strftime("%d.%m.%Y")
    if src.style == "dci":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(table: dict[str, tuple[str, ...]], code: str, rng: _Rng) -> str:
    """Return a country's name from a table, or the ISO alpha-3 code if unlisted."""
    return choice(rng, table[code]) if code in table else code


def _country(src: Blind19Source, code: str, rng: _Rng) -> tuple[str, list[str]]:
    """Return a country (origin, destination, detection) as the source writes it."""
    style = src.style
    if style == "arc":
        return _name(_ES_COUNTRY, code, rng), []
    if style == "ttcg":
        return _name(_EN_COUNTRY, code, rng), []
    if style == "bf":
        return _name(_FR_COUNTRY, code, rng), []
    if style == "dj":
        if rng.random() < 0.12:
            return iso_codes(code)[0], ["iso2"]
        return _name(_FR_COUNTRY, code, rng), []
    r = rng.random()
    if r < 0.75:
        return code, ["iso3"]
    return _name(_EN_COUNTRY, code, rng), []


def _nationality(src: Blind19Source, code: str, gender: str, rng: _Rng) -> tuple[str, list[str]]:
    """Return a nationality as the source writes it (demonym, country name or code)."""
    style = src.style
    r = rng.random()
    if style == "arc":
        if r < 0.7 and code in _ES_DEMONYM:
            return choice(rng, _ES_DEMONYM[code]), ["demonym"]
        return _name(_ES_COUNTRY, code, rng), []
    if style == "ttcg":
        if r < 0.75 and code in _EN_DEMONYM:
            return choice(rng, _EN_DEMONYM[code]), ["demonym"]
        return _name(_EN_COUNTRY, code, rng), []
    if style == "bf":
        if r < 0.5 and code in _FR_DEMONYM:
            return _FR_DEMONYM[code][0], ["demonym"]
        if r < 0.8 and code in _FR_DEMONYM:
            masc = _FR_DEMONYM[code][1]
            plural = masc if masc.endswith("s") else masc + "s"
            return plural[0].upper() + plural[1:], ["demonym"]
        return _name(_FR_COUNTRY, code, rng), []
    if style == "dj":
        if r < 0.4 and code in _FR_DEMONYM:
            fem, masc = _FR_DEMONYM[code]
            return (fem if gender == "female" else masc), ["demonym"]
        return _name(_FR_COUNTRY, code, rng), []
    if r < 0.7:
        return code, ["iso3"]
    if r < 0.85 and code in _EN_DEMONYM:
        return choice(rng, _EN_DEMONYM[code]), ["demonym"]
    return _name(_EN_COUNTRY, code, rng), []


def _transit(src: Blind19Source, codes: str | None, rng: _Rng) -> tuple[str | None, list[str]]:
    """Return the ordered transit countries as the source writes them."""
    w = _WORDING[src.style]
    if not codes:
        return _cell(choice(rng, w.no_transit)), []
    parts = codes.split("|")
    style = src.style
    if style == "dj" and rng.random() < 0.4:
        return "-".join(iso_codes(c)[0] for c in parts), ["iso2"]
    if style == "dci" and rng.random() < 0.7:
        return choice(rng, w.transit_joiners).join(parts), ["iso3"]
    table = {"arc": _ES_COUNTRY, "ttcg": _EN_COUNTRY, "bf": _FR_COUNTRY, "dj": _FR_COUNTRY}.get(
        style, _EN_COUNTRY
    )
    joiner = choice(rng, w.transit_joiners)
    if style == "dci":
        joiner = " > "
    return joiner.join(_name(table, c, rng) for c in parts), []


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _ddm(value: float, decimals: int) -> tuple[int, float, float]:
    """Degrees and decimal minutes of ``abs(value)``: (degrees, minutes, exact degrees)."""
    scale = 60 * 10**decimals
    total = round(abs(value) * scale)
    deg, rest = divmod(total, scale)
    return int(deg), rest / 10**decimals, round(deg + rest / scale, 9)


def _dms(value: float, decimals: int) -> tuple[int, int, float, float]:
    """Degrees, minutes and seconds of ``abs(value)``: (d, m, s, exact degrees)."""
    scale = 3600 * 10**decimals
    total = round(abs(value) * scale)
    deg, rest = divmod(total, scale)
    minutes, sec = divmod(rest, 60 * 10**decimals)
    return int(deg), int(minutes), sec / 10**decimals, round(deg + rest / scale, 9)


def _signed(exact: float, value: float) -> float:
    return -exact if value < 0 else exact


def _decimal(value: float, places: int) -> tuple[str, float]:
    """``value`` rounded to ``places`` decimals: (text with a dot, the number written)."""
    rounded = round(value, places)
    return f"{rounded:.{places}f}", rounded


_CoordOut = tuple[dict[str, object], float | None, float | None, list[str]]


def _coords_arc(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    if rng.random() < 0.8:
        dec = 3 if rng.random() < 0.7 else 2
        width = 3 + dec
        dlat, mlat, elat = _ddm(lat, dec)
        dlon, mlon, elon = _ddm(lon, dec)
        lat_txt = f"{dlat:02d}°{mlat:0{width}.{dec}f}'".replace(".", ",")
        lon_txt = f"{dlon:03d}°{mlon:0{width}.{dec}f}'".replace(".", ",")
        tags = ["ddm", "decimal_comma"]
    else:
        places = 5
        lat_txt, elat = _decimal(abs(lat), places)
        lon_txt, elon = _decimal(abs(lon), places)
        lat_txt, lon_txt = lat_txt.replace(".", ","), lon_txt.replace(".", ",")
        tags = ["decimal_comma"]
    if lat < 0:
        lat_txt += " S"
    elif rng.random() < 0.3:
        lat_txt += " N"
    if lon >= 0:
        lon_txt += " E"
    elif rng.random() < 0.3:
        lon_txt += " W"
    else:
        tags.append("west_by_header")
    return {"lat": lat_txt, "lon": lon_txt}, _signed(elat, lat), _signed(elon, lon), tags


def _coords_ttcg(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    r = rng.random()
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    if r < 0.45:
        dlat, mlat, elat = _ddm(lat, 3)
        dlon, mlon, elon = _ddm(lon, 3)
        text = f"{dlat:02d}°{mlat:06.3f}'{ns} {dlon:03d}°{mlon:06.3f}'{ew}"
        return {"coordinates": text}, _signed(elat, lat), _signed(elon, lon), ["ddm"]
    if r < 0.75:
        lat_txt, elat = _decimal(lat, 5)
        lon_txt, elon = _decimal(lon, 5)
        return {"coordinates": f"{lat_txt}, {lon_txt}"}, elat, elon, []
    lat_txt, elat = _decimal(abs(lat), 4)
    lon_txt, elon = _decimal(abs(lon), 4)
    text = f"{lat_txt}{ns} {lon_txt}{ew}"
    return {"coordinates": text}, _signed(elat, lat), _signed(elon, lon), ["hemisphere"]


def _coords_bf(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    places = 5 if rng.random() < 0.7 else 4
    if rng.random() < 0.6:
        lat_txt, elat = _decimal(lat, places)
        lon_txt, elon = _decimal(lon, places)
        text = f"{lat_txt} ; {lon_txt}".replace(".", ",")
        return {"coordinates": text}, elat, elon, ["decimal_comma"]
    lat_txt, elat = _decimal(abs(lat), places)
    lon_txt, elon = _decimal(abs(lon), places)
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "O"
    text = f"{lat_txt} {ns} ; {lon_txt} {ew}".replace(".", ",")
    tags = ["decimal_comma", "hemisphere"] + (["ouest"] if ew == "O" else [])
    return {"coordinates": text}, _signed(elat, lat), _signed(elon, lon), tags


def _dms_text(
    value: float, axis: str, rng: _Rng, style: int, second_mark: str
) -> tuple[str, float]:
    dec = 1 if rng.random() < 0.25 else 0
    d, m, s, exact = _dms(value, dec)
    hemi = ("N" if value >= 0 else "S") if axis == "lat" else ("E" if value >= 0 else "W")
    width = 2 if axis == "lat" else 3
    sec = f"{s:04.1f}" if dec else f"{int(s):02d}"
    body = f"{d:0{width}d}°{m:02d}'{sec}{second_mark}"
    text = f"{body} {hemi}" if style == 0 else f"{hemi} {body}"
    return text, _signed(exact, value)


def _coords_dj(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    if rng.random() < 0.7:
        style = int(rng.integers(2))
        mark = choice(rng, ('"', "''", "″"))
        lat_txt, elat = _dms_text(lat, "lat", rng, style, mark)
        lon_txt, elon = _dms_text(lon, "lon", rng, style, mark)
        return {"lat": lat_txt, "lon": lon_txt}, elat, elon, ["dms"]
    lat_txt, elat = _decimal(lat, 5)
    lon_txt, elon = _decimal(lon, 5)
    return {"lat": lat_txt, "lon": lon_txt}, elat, elon, []


def _coords_dci(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    lat_txt, elat = _decimal(lat, 5)
    lon_txt, elon = _decimal(lon, 5)
    sep = choice(rng, (",", ", "))
    return {"coordinates": f"{lat_txt}{sep}{lon_txt}"}, elat, elon, []


_COORD_WRITERS: dict[str, Callable[[float, float, _Rng], _CoordOut]] = {
    "arc": _coords_arc,
    "ttcg": _coords_ttcg,
    "bf": _coords_bf,
    "dj": _coords_dj,
    "dci": _coords_dci,
}


def _coordinates(
    src: Blind19Source, lat: float | None, lon: float | None, rng: _Rng, blank: bool
) -> _CoordOut:
    """Return the location cells and the expected point (None where nothing is given)."""
    split = "coordinates" not in src.headers
    empty: dict[str, object] = {"lat": None, "lon": None} if split else {"coordinates": None}
    if blank:
        return empty, None, None, ["blank_coordinates"]
    r = rng.random()
    if lat is None or lon is None or r < 0.03:
        return empty, None, None, ["coords_missing"]
    if r < 0.05:
        word = choice(rng, _WORDING[src.style].coords_unknown)
        cells: dict[str, object] = {"lat": word, "lon": word} if split else {"coordinates": word}
        return cells, None, None, ["coords_placeholder"]
    return _COORD_WRITERS[src.style](float(lat), float(lon), rng)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(src: Blind19Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return the count of persons as the source writes it, and the expected count."""
    w = _WORDING[src.style]
    r = rng.random()
    if r < 0.015:
        return choice(rng, w.count_unknown), None, ["count_placeholder"]
    style = src.style
    if style == "arc":
        if n >= 1000:
            return _thousands(n, "."), n, ["thousands_dot"]
        return str(n), n, []
    if style == "ttcg":
        if n >= 1000 and r < 0.5:
            return _thousands(n, ","), n, ["thousands_comma"]
        if r < 0.1:
            return str(n), n, ["count_text"]
        return n, n, []
    if style == "bf":
        if n >= 1000:
            sep = choice(rng, ("\u202f", "\xa0", " "))
            return _thousands(n, sep), n, ["thousands_space"]
        if r < 0.12:
            return f"{n} pers.", n, ["count_unit"]
        return str(n), n, []
    if style == "dj":
        if n >= 1000:
            return _thousands(n, choice(rng, ("\xa0", " "))), n, ["thousands_space"]
        return str(n), n, []
    if n >= 1000 and r < 0.4:
        return _thousands(n, ","), n, ["thousands_comma"]
    if r < 0.2:
        return str(n), n, ["count_text"]
    return n, n, []


def _suspects(
    src: Blind19Source, n: int, rng: _Rng, blank: bool
) -> tuple[object, int | None, list[str]]:
    """Return the count of suspects as the source writes it, and the expected count."""
    if blank:
        return None, None, ["blank_n_suspects"]
    w = _WORDING[src.style]
    r = rng.random()
    if r < 0.02:
        return choice(rng, w.suspects_unknown), None, ["suspects_placeholder"]
    if n == 0 and r < 0.45:
        return choice(rng, w.zero_suspects), 0, ["zero_word"]
    return _num(src, n), n, []


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _vocab(
    table: dict[str, tuple[str, ...]], value: str, w: _Wording, rng: _Rng
) -> tuple[str, str, list[str]]:
    """Return a category word, or now and then the source's word for unknown."""
    if rng.random() < 0.02:
        return choice(rng, w.unknown), "unknown", ["na_word"]
    return choice(rng, table[value]), value, []


def _offences(src: Blind19Source, value: str | None, rng: _Rng) -> str | None:
    w = _WORDING[src.style]
    if not value:
        return _cell(choice(rng, w.no_offences))
    words = [choice(rng, w.offences[v]) for v in value.split("|")]
    order = rng.permutation(len(words))
    return choice(rng, w.offence_joiners).join(words[int(i)] for i in order)


def _typo(src: Blind19Source, text: str, rng: _Rng) -> tuple[str, list[str]]:
    typos = _WORDING[src.style].typos
    if text in typos and rng.random() < 0.15:
        return typos[text], ["typo"]
    return text, []


def _garble(src: Blind19Source, text: str, rng: _Rng) -> tuple[str, list[str]]:
    """UTF-8 read as cp1252 in a few cells of the Burkina register (a bad re-import)."""
    if src.style == "bf" and rng.random() < 0.04:
        bad = mojibake(text)
        if bad is not None:
            return bad, ["mojibake"]
    return text, []


def _render(
    src: Blind19Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WORDING[src.style]
    tags: list[str] = []
    cells: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, day, precision, t = _DATE_WRITERS[src.style](ts, rng, partial_ok)
    cells["event_date"] = date_cell
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, w.crime[crime])
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _cell(choice(rng, w.no_exploitation))
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(expl)])

    cells["n_persons"], persons, t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], suspects, t = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        forced_blank == "n_suspects",
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp_gender = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp_gender = choice(rng, w.gender[gender]), gender
    cells["age_group"], exp_age, t = _vocab(w.age, str(ev["age_group"]), w, rng)
    tags += t

    nat = str(ev["nationality"])
    exp_nat: str | None = nat
    if forced_blank == "nationality":
        cells["nationality"], exp_nat = None, None
        tags.append("blank_nationality")
    else:
        text, t = _nationality(src, nat, gender, rng)
        text, t2 = _typo(src, text, rng)
        text, t3 = _garble(src, text, rng)
        cells["nationality"] = text
        tags += t + t2 + t3

    origin = str(ev["origin_country"])
    if src.style == "arc" and exp_nat == origin and rng.random() < 0.05:
        cells["origin_country"] = choice(rng, ("Ídem", "Idem", "ídem"))
        tags.append("idem")
    else:
        text, t = _country(src, origin, rng)
        text, t2 = _typo(src, text, rng)
        text, t3 = _garble(src, text, rng)
        cells["origin_country"] = text
        tags += t + t2 + t3
    text, t = _country(src, str(ev["destination_country"]), rng)
    cells["destination_country"] = text
    tags += t

    detection = str(ev["detection_country"])
    exp_det: str | None = detection
    if forced_blank == "detection_country":
        cells["detection_country"], exp_det = None, None
        tags.append("blank_detection_country")
    else:
        text, t = _country(src, detection, rng)
        text, t2 = _garble(src, text, rng)
        cells["detection_country"] = text
        tags += t + t2

    transit = ev["transit_countries"]
    cells["transit_countries"], t = _transit(src, None if transit is None else str(transit), rng)
    tags += t
    cells["transport_mode"], exp_mode, t = _vocab(w.transport, str(ev["transport_mode"]), w, rng)
    tags += t

    lat, lon = ev["lat"], ev["lon"]
    place, exp_lat, exp_lon, t = _coordinates(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, None if offences is None else str(offences), rng)

    if src.style == "arc" and rng.random() < 0.15:  # a clerk typing in capitals
        for key in ("crime_type", "exploitation", "gender", "age_group", "nationality"):
            if isinstance(cells.get(key), str):
                cells[key] = str(cells[key]).upper()
        for key in ("origin_country", "destination_country", "detection_country"):
            if isinstance(cells.get(key), str):
                cells[key] = str(cells[key]).upper()
        tags.append("upper_case")

    for key, value in cells.items():  # every cell of a CSV file fits its encoding
        if isinstance(value, str) and not fits(value, src):
            raise AssertionError(f"{src.filename}: {key} {value!r} does not fit {src.encoding}")

    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": None if expl is None else str(expl),
        "n_persons": persons,
        "n_suspects": suspects,
        "gender": exp_gender,
        "age_group": exp_age,
        "nationality": exp_nat,
        "origin_country": origin,
        "destination_country": str(ev["destination_country"]),
        "detection_country": exp_det,
        "transit_countries": None if transit is None else str(transit),
        "transport_mode": exp_mode,
        "lat": exp_lat,
        "lon": exp_lon,
        "linked_offences": None if offences is None else str(offences),
    }
    return cells, expected, tags


_EXAMINER: Examiner[Blind19Source] = Examiner(
    sources=BLIND19_SOURCES,
    primary=_PRIMARY,
    compilation=_DCI.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1919,
    blank_share=0.3,
)


def make_blind19(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind19`` set's five submissions (``*_u.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        The Colombian Navy coast guard (CSV), the Trinidad and Tobago Coast Guard (XLSX),
        the Burkina Faso and Djibouti gendarmeries (CSV) and the Kenyan DCI (JSON lines),
        in the order of :data:`BLIND19_SOURCES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind19(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['guardacostas_arc_u.csv', 'ttcg_u.xlsx', 'gendarmerie_bf_u.csv',
     'gendarmerie_dj_u.csv', 'dci_ahtcpu_u.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
