"""Examiner set ``blind20``: five more agencies' case files, written from the truth.

A held-out sample set (files ``*_v.*``) written independently of the cleaner, from five
sources that no earlier set used: a Franco-Italian police and customs cooperation centre,
the Croatian border police, a South-East European law-enforcement centre, an
Ibero-American network of prosecutors and the liaison network of a regional migration
conference in the Americas. The shared row machinery (which source reports which event,
cross-source duplicates, bad, garbage and repeated rows) is
:mod:`trendlib.samples._examiner`; this module keeps the wording. A reader's guide:

``ccpd_vintimille_v.csv``
    *Centre de coopération policière et douanière franco-italien* of Ventimiglia (CCPD),
    French with a few Italian partner wordings, Windows-1252, ``;`` delimited, CRLF.
    Reports the events detected in Italy and France. Headers such as ``N° fiche CCPD``,
    ``Date constat.``, ``Qualification / Qualifica``, ``Maj./Min.``. Dates day first
    (``14/03/2022``, ``14/03/22``, ``14.03.2022`` from the Italian side, ``1er mars 2022``,
    ``14/03/2022 à 03h40``); partial dates ``mars 2022``, ``03/2022``, ``1er trim. 2022``,
    ``T3 2022``. Offences in words or by article: CESEDA ``L.823-1`` (aide à l'entrée
    irrégulière) and code pénal ``225-4-1`` (traite) in France, ``art. 12 D.Lgs. 286/98``
    (favoreggiamento) and ``art. 601 c.p.`` (tratta) in Italy. Nationalities as French
    names, demonyms (``afghane``, ``syriens``), ISO alpha-3 codes. Counts with a space
    as thousands separator (also no-break space), ``12 (dont 3 mineurs)``, ``NC``;
    suspects ``néant``. Sex ``H``/``M``/``F``/``H/F``; age ``majeurs``, ``MNA``.
    Coordinates in one cell: degrees and decimal minutes with decimal commas
    (``N 35°29,876' E 012°35,901'``), ``35,49793 / 12,59836`` or ``35.49793, 12.59836``.
    A note row, a ``TOTAL GÉNÉRAL`` row, an empty row and re-sent rows.

``mup_granicna_policija_v.csv``
    Croatian Border Police Directorate (MUP RH, *Uprava granične policije*), English values
    under bilingual Croatian / English headers (``Datum / Date``, ``Državljanstvo /
    Citizenship``), Windows-1250 (Central European), ``;`` delimited as Croatian Excel
    writes it. Reports the events detected in Croatia and, through its liaison officer,
    some in Greece. Croatian dates with a trailing dot (``14.03.2022.``, ``14. 3. 2022.``,
    ``14.03.2022. 23:40``) and ``14.3.2022``; partial ``03/2022``, ``Mar 2022``,
    ``Q1/2022``. No exploitation column: the offence cell carries it
    (``Art. 106 CC – THB (labour exploitation)``; ``čl. 326. KZ`` is smuggling, ``čl.
    106. KZ`` trafficking in the Croatian Criminal Code). Countries as English names,
    demonyms or ISO alpha-2 codes; transit ``TR-BG-RS-BA``. Latitude and longitude in two
    columns, decimal point or Croatian decimal comma. Counts ``N/K``, ``12 incl. 3
    minors``; suspects ``nil``. A note row, an ``UKUPNO / TOTAL`` row and an empty row.

``selec_v.jsonl``
    Southeast European Law Enforcement Center (SELEC, Bucharest) case export, English
    JSON lines with camelCase keys, UTF-8. Reports the events detected in Greece and
    compiles what its partners pass on from the United Kingdom and Poland (and any other
    country no other source covers). ISO dates (``2022-03-14``,
    ``2022-03-14T23:40:00``, basic ``20220314``), partial ``2022-03`` and ``2022-Q1``.
    Enumerated values (``SOM``, ``THB+SOM``, ``LABOUR_EXPLOITATION``, ``ADULT``, ``UAM``,
    ``SEA - rubber dinghy``), countries as ISO alpha-2 codes with the EU's own codes
    ``EL`` (Greece) and ``UK``, transit ``TR;BG;RS``. Counts are JSON numbers, sometimes
    strings (``"1,250"``, ``"N/K"``). Location as WKT, longitude first
    (``POINT(26.32638 39.18973)``, ``SRID=4326;POINT (...)``). The odd name passed on
    double-encoded (``CÃ´te d'Ivoire``). A total record only (no note, no empty row);
    re-sent records.

``redtram_aiamp_v.xlsx``
    Ibero-American network of prosecutors against trafficking and smuggling (AIAMP
    REDTRAM), Spanish workbook of case files (``Nº causa (DP/PA)``). Reports the events
    detected in Spain and, through the Panamanian prosecutors, some of the Darién
    events. Dates as real Excel dates, as Excel serial numbers, as text (``14/03/2022``,
    ``14-mar-2022``, ``14 de marzo de 2022``); partial ``marzo de 2022``, ``03/2022``,
    ``1T 2022``, ``tercer trimestre de 2022``. Offences ``art. 318 bis CP`` (smuggling)
    and ``art. 177 bis CP`` (trafficking). Countries as Spanish names, demonyms
    (``marroquí``), ISO alpha-3. Counts as numbers, ``1.250``, ``12 (de ellos 3
    menores)``, ``s/d``; suspects ``ninguno``. Sex ``varón``, ``ambos sexos``; age
    ``MENA``. Transport ``patera``, ``cayuco``, ``turismo`` (a car). Coordinates often
    missing (``no consta``), else degrees-minutes-seconds with ``O`` for west
    (``28°05'33.2"N 15°24'17.4"O``) or ``28.09211, -15.40482``. Excel errors
    (``#¡VALOR!``) as unreadable counts. A note row and a ``TOTAL`` row.

``crm_red_enlace_v.csv``
    Liaison-officer network of the Regional Conference on Migration (CRM / Puebla
    Process), Spanish values under bilingual Spanish / English headers, UTF-16 with BOM
    and tab delimited (Excel's "Unicode text"). Reports the events detected in Panama and
    the United States. Dates ``14/03/2022``, ``14-MAR-2022`` (Spanish month
    abbreviations: ``ENE``, ``ABR``, ``AGO``, ``DIC``), ``2022/03/14``; partial
    ``MARZO 2022``, ``03-2022``, ``I TRIMESTRE 2022``. Offences ``TIM`` (tráfico ilícito
    de migrantes), ``TdP`` (trata de personas), ``8 U.S.C. § 1324`` for US alien
    smuggling. Age ``NNA`` (niñas, niños y adolescentes). Counts with a comma thousands
    separator (``1,250``), ``35, de ellos 12 NNA``, ``ND``. Latitude and longitude in two
    columns, signed, with hemisphere letters (``77.49063 O``) or in degrees-minutes-
    seconds. The rows of some months were compiled from a UTF-8 file once read as
    Windows-1252 and come garbled (``MÃ©xico``, ``TrÃ¡fico ilÃ­cito de migrantes``,
    ``NNA no acompaÃ±ados``). A note row, a ``TOTAL GENERAL`` row, an
    empty row and re-sent rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
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

__all__ = ["BLIND20_SOURCES", "Blind20Source", "make_blind20"]

_Rng = np.random.Generator
_Row = tuple[dict[str, object], dict[str, object], list[str]]


@dataclass(frozen=True)
class Blind20Source(ExaminerSource):
    """A ``blind20`` source: the shared fields plus the writer it uses.

    Attributes
    ----------
    style : str
        Key of the module's writer for the source (``"ccpd"``, ``"mup"``, ``"selec"``,
        ``"redtram"``, ``"crm"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_CCPD = Blind20Source(
    source="ccpd_vintimille_v",
    filename="ccpd_vintimille_v.csv",
    ref="VTG-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche CCPD",
        "event_date": "Date constat.",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification / Qualifica",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb étrangers / victimes",
        "n_suspects": "Passeurs / auteurs interpellés",
        "gender": "Sexe",
        "age_group": "Maj./Min.",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Destination déclarée",
        "transport_mode": "Mode de transport",
        "coordinates": "Coord. GPS (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires - fiches des partenaires italiens reprises sous réserve",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=True,
    style="ccpd",
)
_MUP = Blind20Source(
    source="mup_granicna_policija_v",
    filename="mup_granicna_policija_v.csv",
    ref="511-01-152-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1250",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Ur. broj / Reg. No.",
        "event_date": "Datum / Date",
        "detection_country": "Država otkrivanja / Detected in",
        "crime_type": "Kazneno djelo / Offence",
        "n_persons": "Br. osoba / No. of persons",
        "n_suspects": "Osumnjičeni / Suspects",
        "gender": "Spol / Sex",
        "age_group": "Dob / Age",
        "nationality": "Državljanstvo / Citizenship",
        "origin_country": "Zemlja podrijetla / Origin",
        "transit_countries": "Tranzitne zemlje / Transit",
        "destination_country": "Odredište / Destination",
        "transport_mode": "Način prijevoza / Transport",
        "lat": "Geo. širina / Lat (WGS84)",
        "lon": "Geo. dužina / Lon (WGS84)",
        "linked_offences": "Povezana k.d. / Related offences",
    },
    note="Napomena / Note: podaci za tekući mjesec su privremeni (provisional data)",
    total="UKUPNO / TOTAL",
    bad_count=("several", "više / several", "a group"),
    repeats=False,
    style="mup",
)
_SELEC = Blind20Source(
    source="selec_v",
    filename="selec_v.jsonl",
    ref="SELEC/OP/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "detectionDate",
        "detection_country": "detectionCountry",
        "crime_type": "crimeArea",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsArrested",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationalityCode",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitCountries",
        "destination_country": "intendedDestination",
        "transport_mode": "transportMode",
        "coordinates": "geomWkt",
        "linked_offences": "linkedCrimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("MULTIPLE", "several"),
    repeats=True,
    style="selec",
)
_REDTRAM = Blind20Source(
    source="redtram_aiamp_v",
    filename="redtram_aiamp_v.xlsx",
    ref="DP {seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº causa (DP/PA)",
        "event_date": "Fecha de los hechos",
        "detection_country": "País de detección",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Mayor / menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino final",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (si constan)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos remitidos por las fiscalías especializadas, pendientes de validación",
    total="TOTAL",
    bad_count=("#¡VALOR!", "varios", "#¡REF!"),
    repeats=False,
    style="redtram",
)
_CRM = Blind20Source(
    source="crm_red_enlace_v",
    filename="crm_red_enlace_v.csv",
    ref="CRM-RFE-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código / Code",
        "event_date": "Fecha del evento / Event date",
        "detection_country": "País de detección / Detecting country",
        "crime_type": "Delito / Offense",
        "exploitation": "Tipo de explotación / Type of exploitation",
        "n_persons": "Personas / Persons (#)",
        "n_suspects": "Presuntos responsables / Suspects (#)",
        "gender": "Sexo / Sex",
        "age_group": "Grupo etario / Age group",
        "nationality": "Nacionalidad / Nationality",
        "origin_country": "País de origen / Country of origin",
        "transit_countries": "Ruta (tránsito) / Transit route",
        "destination_country": "Destino / Destination",
        "transport_mode": "Medio / Means of transport",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos / Related offenses",
    },
    note="Nota: cifras preliminares sujetas a revisión / Preliminary figures",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "múltiples"),
    repeats=True,
    style="crm",
)

#: The variant's sources, in the order their submissions are returned.
BLIND20_SOURCES: tuple[Blind20Source, ...] = (_CCPD, _MUP, _SELEC, _REDTRAM, _CRM)

_PRIMARY = {
    "ITA": _CCPD.source,
    "FRA": _CCPD.source,
    "HRV": _MUP.source,
    "GRC": _SELEC.source,
    "ESP": _REDTRAM.source,
    "PAN": _CRM.source,
    "USA": _CRM.source,
}
_SECONDARY = {
    ("channel", "FRA"): _SELEC.source,
    ("channel", "GBR"): _CCPD.source,
    ("wbal", "HRV"): _SELEC.source,
    ("emed", "GRC"): _MUP.source,
    ("darien", "PAN"): _REDTRAM.source,
    ("thb_rou_esp", "ESP"): _SELEC.source,
    ("thb_rou_esp", "ITA"): _SELEC.source,
}

# --------------------------------------------------------------------------------------
# Countries
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
        "ECU": ("Équateur", "Equateur"),
        "EGY": ("Égypte", "Egypte"),
        "ERI": ("Érythrée", "Erythrée"),
        "ESP": ("Espagne",),
        "FRA": ("France",),
        "GBR": ("Royaume-Uni", "Grande-Bretagne"),
        "GIN": ("Guinée", "Guinée (Conakry)"),
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
        "VEN": ("Venezuela", "Vénézuela"),
        "VNM": ("Viêt Nam", "Vietnam"),
        "YEM": ("Yémen",),
    },
    "es": {
        "AFG": ("Afganistán",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina", "Bosnia"),
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
        "GIN": ("Guinea", "Guinea Conakry"),
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
        "MLI": ("Malí", "Mali"),
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
        "GIN": ("Guinea", "Guinea-Conakry"),
        "GMB": ("Gambia", "The Gambia"),
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
        "TUR": ("Türkiye", "Turkey"),
        "USA": ("United States", "USA"),
        "VEN": ("Venezuela",),
        "VNM": ("Viet Nam", "Vietnam"),
        "YEM": ("Yemen",),
    },
}
#: Demonyms (nationality column only), as each language writes them in case files.
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "AFG": ("afghane", "afghans"),
        "ALB": ("albanaise",),
        "BGD": ("bangladaise", "bangladais"),
        "CHN": ("chinoise",),
        "CIV": ("ivoirienne", "ivoiriens"),
        "CMR": ("camerounaise",),
        "COL": ("colombienne",),
        "DZA": ("algérienne", "algériens"),
        "ECU": ("équatorienne",),
        "EGY": ("égyptienne", "égyptiens"),
        "ERI": ("érythréenne",),
        "GIN": ("guinéenne", "guinéens"),
        "GMB": ("gambienne",),
        "GTM": ("guatémaltèque",),
        "HND": ("hondurienne",),
        "HTI": ("haïtienne",),
        "IRN": ("iranienne",),
        "IRQ": ("irakienne", "irakiens"),
        "MAR": ("marocaine", "marocains"),
        "MEX": ("mexicaine",),
        "MLI": ("malienne", "maliens"),
        "NGA": ("nigériane", "nigérians"),
        "PAK": ("pakistanaise", "pakistanais"),
        "ROU": ("roumaine", "roumains"),
        "SEN": ("sénégalaise", "sénégalais"),
        "SYR": ("syrienne", "syriens"),
        "TUN": ("tunisienne", "tunisiens"),
        "TUR": ("turque",),
        "VEN": ("vénézuélienne",),
        "VNM": ("vietnamienne", "vietnamiens"),
        "YEM": ("yéménite",),
    },
    "es": {
        "AFG": ("afgana", "afganos"),
        "ALB": ("albanesa",),
        "BGD": ("bangladesí",),
        "CHN": ("china",),
        "CIV": ("marfileña", "marfileños"),
        "CMR": ("camerunesa",),
        "COL": ("colombiana", "colombianos"),
        "DZA": ("argelina", "argelinos"),
        "ECU": ("ecuatoriana", "ecuatorianos"),
        "EGY": ("egipcia",),
        "ERI": ("eritrea",),
        "GIN": ("guineana", "guineanos"),
        "GMB": ("gambiana",),
        "GTM": ("guatemalteca", "guatemaltecos"),
        "HND": ("hondureña", "hondureños"),
        "HTI": ("haitiana", "haitianos"),
        "IRN": ("iraní",),
        "IRQ": ("iraquí",),
        "MAR": ("marroquí", "marroquíes"),
        "MEX": ("mexicana", "mexicanos"),
        "MLI": ("maliense", "malienses"),
        "NGA": ("nigeriana", "nigerianos"),
        "PAK": ("pakistaní",),
        "ROU": ("rumana", "rumanos"),
        "SEN": ("senegalesa", "senegaleses"),
        "SYR": ("siria", "sirios"),
        "TUN": ("tunecina",),
        "TUR": ("turca",),
        "VEN": ("venezolana", "venezolanos"),
        "VNM": ("vietnamita", "vietnamitas"),
        "YEM": ("yemení",),
    },
    "en": {
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
    },
}
#: The EU's own two-letter codes where they differ from ISO (interinstitutional style).
_EU_CODES = {"GRC": "EL", "GBR": "UK"}


def _kind(rng: _Rng, kinds: dict[str, float]) -> str:
    """Draw one key of ``kinds`` with the given weights."""
    keys = list(kinds)
    w = np.array(list(kinds.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(code: str, lang: str, kind: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one ISO alpha-3 code as ``kind``; return (text, tag or None)."""
    if kind == "a3":
        return code, "iso3"
    if kind == "a2":
        return iso_codes(code)[0], "iso2"
    if kind == "eu":
        return _EU_CODES.get(code, iso_codes(code)[0]), "eu_code"
    if kind == "demonym" and code in _DEMONYMS[lang]:
        return choice(rng, _DEMONYMS[lang][code]), "demonym"
    names = _NAMES[lang].get(code)
    if names is None:  # a country the tables do not name: its code reads unambiguously
        return code, "iso3"
    name = choice(rng, names)
    if kind == "upper":
        return name.upper(), "country_upper"
    return name, None


def _moji(text: str, src: Blind20Source, rng: _Rng, p: float, tags: list[str]) -> str:
    """Garble ``text`` (UTF-8 read as cp1252) with probability ``p`` if the file holds it."""
    if rng.random() < p:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _fit(text: str, src: Blind20Source, code: str) -> str:
    """Return ``text``, or the ISO code if the source's encoding cannot hold it."""
    return text if fits(text, src) else code


# --------------------------------------------------------------------------------------
# Small writers shared by the sources
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
_ES_ABBR = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_ES_ORDINAL_Q = ("primer", "segundo", "tercer", "cuarto")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _partial(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, p_month: float, p_q: float) -> str:
    """Return ``"month"``, ``"quarter"`` or ``"day"``: how precisely the row gives its date."""
    if not partial_ok:
        return "day"
    r = rng.random()
    if r < p_month:
        return "month"
    if r < p_month + p_q:
        return "quarter"
    return "day"


def _set_date(exp: dict[str, object], ts: pd.Timestamp, precision: str) -> None:
    """Set the expected date and precision of a row."""
    if precision == "month":
        exp["event_date"] = pd.Timestamp(ts.year, ts.month, 1)
    elif precision == "quarter":
        exp["event_date"] = pd.Timestamp(ts.year, 3 * (_quarter(ts) - 1) + 1, 1)
    else:
        exp["event_date"] = pd.Timestamp(ts.year, ts.month, ts.day)
    exp["date_precision"] = precision


def _clock(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _grouped(n: int, sep: str) -> str:
    """``n`` with ``sep`` between groups of thousands."""
    return f"{n:,}".replace(",", sep)


def _minors(n: int, rng: _Rng) -> int:
    """Draw how many of ``n`` persons of a mixed group are minors (at least one of each)."""
    return int(rng.integers(1, n))


def _dd(value: float, places: int) -> tuple[str, float]:
    """Decimal degrees to ``places`` decimals: (text, value read back)."""
    text = f"{value:.{places}f}"
    return text, float(text)


def _ddm(value: float) -> tuple[int, str, float]:
    """Degrees and decimal minutes (3 decimals): (degrees, minutes text, |value| read back)."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 3)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return deg, f"{minutes:06.3f}", deg + minutes / 60


def _dms(value: float) -> tuple[int, int, str, float]:
    """Degrees, minutes, seconds (1 decimal): (d, m, seconds text, |value| read back)."""
    a = abs(value)
    deg = int(a)
    rest = (a - deg) * 60
    minutes = int(rest)
    seconds = round((rest - minutes) * 60, 1)
    if seconds >= 60:
        minutes, seconds = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return deg, minutes, f"{seconds:04.1f}", deg + minutes / 60 + seconds / 3600


def _impossible_day(ts: pd.Timestamp) -> tuple[int, int]:
    """(day, month) of an impossible date in the row's year, near its month."""
    if ts.month in (4, 6, 9, 11):
        return 31, ts.month
    if ts.month == 2:
        return 30, 2
    leap = ts.year % 4 == 0 and (ts.year % 100 != 0 or ts.year % 400 == 0)
    return (31, 4) if leap or ts.month > 2 else (29, 2)


def _typo_year(year: int) -> int:
    """Mistype a year by swapping its middle digits (2022 -> 2202), into the future."""
    text = str(year)
    swapped = int(text[0] + text[2] + text[1] + text[3]) if len(text) == 4 else year + 200
    return swapped if swapped > 2100 else year + 200


class _Writer:
    """One row being written: its cells, expected values and messiness tags."""

    def __init__(self, src: Blind20Source, ev: dict[str, object], forced: str | None) -> None:
        self.src = src
        self.ev = ev
        self.forced = forced
        self.cells: dict[str, object] = {}
        self.tags: list[str] = []
        ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        self.ts = ts
        self.n = int(ev["n_persons"])  # type: ignore[call-overload]
        self.k = int(ev["n_suspects"])  # type: ignore[call-overload]
        self.exp: dict[str, object] = {
            "event_date": ts,
            "date_precision": "day",
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": self.n,
            "n_suspects": self.k,
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": ev["lat"],
            "lon": ev["lon"],
            "linked_offences": ev["linked_offences"],
        }

    def blank(self, field: str) -> bool:
        """Leave ``field`` blank if the second report must; tell whether it did."""
        if self.forced != field:
            return False
        self.tags.append(f"blank_{field}")
        if field == "coordinates":
            for col in ("coordinates", "lat", "lon"):
                if col in self.src.headers:
                    self.cells[col] = None
            self.exp["lat"] = None
            self.exp["lon"] = None
        else:
            self.cells[field] = None
            self.exp[field] = "unknown" if field == "gender" else None
        return True

    def no_place(self, tag: str) -> None:
        """Mark the row as giving no usable location."""
        self.tags.append(tag)
        self.exp["lat"] = None
        self.exp["lon"] = None

    def result(self) -> _Row:
        return self.cells, self.exp, self.tags


def _vocab(
    w: _Writer,
    field: str,
    table: Mapping[str, tuple[str, ...]],
    rng: _Rng,
    na: tuple[str, ...] = (),
    p_na: float = 0.0,
) -> None:
    """Write a vocabulary field from ``table`` (true word -> wordings); some rows say n/a."""
    if na and rng.random() < p_na:
        w.cells[field] = choice(rng, na)
        w.exp[field] = "unknown"
        w.tags.append("na_word")
        return
    w.cells[field] = choice(rng, table[str(w.ev[field])])


def _people(
    w: _Writer,
    field: str,
    single: Mapping[str, tuple[str, ...]],
    group: Mapping[str, tuple[str, ...]],
    rng: _Rng,
    na: tuple[str, ...] = (),
    p_na: float = 0.0,
) -> None:
    """Write sex or age, in the singular for one person."""
    _vocab(w, field, single if w.n == 1 else group, rng, na, p_na)


def _suspects(
    w: _Writer, rng: _Rng, zero: tuple[str, ...], unknown: tuple[str, ...], *, number: bool
) -> None:
    """Write the suspects: a word for none, a placeholder for not known."""
    if w.blank("n_suspects"):
        return
    if rng.random() < 0.03:
        w.cells["n_suspects"] = choice(rng, unknown)
        w.exp["n_suspects"] = None
        w.tags.append("suspects_placeholder")
    elif w.k == 0 and rng.random() < 0.45:
        w.cells["n_suspects"] = choice(rng, zero)
        w.tags.append("zero_word")
    else:
        w.cells["n_suspects"] = w.k if number else str(w.k)


def _count_unknown(w: _Writer, rng: _Rng, words: tuple[str, ...]) -> bool:
    """Write a 'not known' count on a few rows; tell whether it did."""
    if rng.random() >= 0.02:
        return False
    w.cells["n_persons"] = choice(rng, words)
    w.exp["n_persons"] = None
    w.tags.append("count_placeholder")
    return True


def _modes(
    base: Mapping[str, tuple[str, ...]],
    extra: Mapping[str, Mapping[str, tuple[str, ...]]],
    w: _Writer,
) -> dict[str, tuple[str, ...]]:
    """Return the transport wordings of a row: the source's own plus its corridor's."""
    at = extra.get(str(w.ev["corridor"]), {})
    return {mode: words + at.get(mode, ()) for mode, words in base.items()}


def _linked(
    w: _Writer,
    rng: _Rng,
    table: Mapping[str, tuple[str, ...]],
    seps: tuple[str, ...],
    none: tuple[str | None, ...],
) -> None:
    """Write the linked offences (the empty set as one of ``none``)."""
    raw = w.ev["linked_offences"]
    if raw is None:
        w.cells["linked_offences"] = none[int(rng.integers(len(none)))]
        return
    words = [choice(rng, table[o]) for o in str(raw).split("|")]
    w.cells["linked_offences"] = choice(rng, seps).join(words)


def _transit(
    w: _Writer,
    rng: _Rng,
    write: dict[str, float],
    lang: str,
    seps: tuple[str, ...],
    none: tuple[str | None, ...],
) -> None:
    """Write the ordered transit countries, every one the same way."""
    raw = w.ev["transit_countries"]
    if raw is None:
        w.cells["transit_countries"] = none[int(rng.integers(len(none)))]
        return
    kind = _kind(rng, write)
    parts = []
    for code in str(raw).split("|"):
        text, tag = _country(code, lang, kind, rng)
        parts.append(_fit(text, w.src, code))
        if tag and tag not in w.tags:
            w.tags.append(tag)
    w.cells["transit_countries"] = choice(rng, seps).join(parts)


def _place(
    w: _Writer,
    field: str,
    rng: _Rng,
    lang: str,
    kinds: dict[str, float],
    p_moji: float = 0.0,
) -> None:
    """Write one country field."""
    if field in ("nationality", "detection_country") and w.blank(field):
        return
    code = str(w.ev[field])
    text, tag = _country(code, lang, _kind(rng, kinds), rng)
    if tag:
        w.tags.append(tag)
    if p_moji:
        text = _moji(text, w.src, rng, p_moji, w.tags)
    w.cells[field] = _fit(text, w.src, code)


# --------------------------------------------------------------------------------------
# CCPD Vintimille (French, cp1252, ;)
# --------------------------------------------------------------------------------------
_FR_CRIME: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "Aide à l'entrée irrégulière",
        "Trafic de migrants",
        "Filière d'immigration irrégulière (passeurs)",
        "AIDE A L'ENTREE IRREGULIERE",
    ),
    "trafficking": ("Traite des êtres humains", "TEH", "Traite des personnes"),
    "both": (
        "TEH + aide à l'entrée irrégulière",
        "Traite des êtres humains et trafic de migrants",
    ),
}
_FR_CRIME_FRA: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "Aide à l'entrée et au séjour irréguliers (art. L.823-1 CESEDA)",
        "Art. L.823-1 CESEDA",
    ),
    "trafficking": ("TEH (art. 225-4-1 C. pén.)", "Art. 225-4-1 du code pénal"),
    "both": ("Art. 225-4-1 CP + art. L.823-1 CESEDA",),
}
_FR_CRIME_ITA: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "Favoreggiamento immigrazione clandestina (art. 12 D.Lgs. 286/98)",
        "Art. 12 T.U. immigrazione (D.Lgs. 286/1998)",
    ),
    "trafficking": ("Tratta di persone (art. 601 c.p.)", "TEH - art. 601 CP italien"),
    "both": (
        "Art. 601 c.p. + art. 12 D.Lgs. 286/98",
        "Tratta + favoreggiamento immigrazione clandestina",
    ),
}
_FR_EXPL: dict[str, tuple[str, ...]] = {
    "sexual": (
        "exploitation sexuelle",
        "prostitution forcée",
        "exploitation sexuelle (prostitution)",
    ),
    "forced_labour": (
        "travail forcé",
        "exploitation par le travail",
        "exploitation par le travail (agriculture)",
    ),
    "forced_criminality": (
        "contrainte à commettre des délits",
        "criminalité forcée",
        "délinquance forcée (vols)",
    ),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre", "autre forme d'exploitation"),
    "unknown": ("non déterminée",),
}
_FR_SEX_ONE = {
    "male": ("H", "M", "homme", "masculin"),
    "female": ("F", "femme", "féminin"),
    "mixed": ("mixte",),
}
_FR_SEX = {
    "male": ("hommes", "H", "masculin"),
    "female": ("femmes", "F"),
    "mixed": ("mixte", "H/F", "hommes et femmes", "H+F"),
}
_FR_AGE_ONE = {
    "adult": ("majeur", "adulte", "maj."),
    "child": ("mineur", "MNA", "min."),
    "mixed": ("mixte",),
}
_FR_AGE = {
    "adult": ("majeurs", "adultes", "maj."),
    "child": ("mineurs", "MNA", "min."),
    "mixed": ("majeurs et mineurs", "mixte", "maj.+min."),
}
_FR_MODE = {
    "sea": (
        "maritime",
        "voie maritime",
        "embarcation",
        "canot pneumatique",
        "bateau de pêche",
    ),
    "land": (
        "routier",
        "terrestre",
        "poids lourd",
        "camion",
        "véhicule léger",
        "à pied",
        "ferroviaire (train)",
        "autocar",
    ),
    "air": ("aérien", "vol commercial", "voie aérienne"),
}
#: Extra wordings by corridor (the Channel's own "small boat").
_FR_MODE_AT = {"channel": {"sea": ("small boat", "small boat (traversée Manche)")}}
_FR_LINKED = {
    "document_fraud": ("fraude documentaire", "faux documents", "usage de faux documents"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment", "blanchiment d'argent"),
    "illicit_goods": ("trafic de marchandises illicites", "contrebande"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}


def _ccpd_date(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ts = w.ts
    precision = _partial(ts, rng, partial_ok, 0.06, 0.03)
    _set_date(w.exp, ts, precision)
    if precision == "month":
        w.tags.append("month_date")
        w.cells["event_date"] = (
            f"{_FR_MONTHS[ts.month - 1]} {ts.year}" if rng.random() < 0.6 else f"{ts:%m/%Y}"
        )
        return
    if precision == "quarter":
        w.tags.append("quarter_date")
        q = _quarter(ts)
        first = "1er" if q == 1 else f"{q}e"
        w.cells["event_date"] = (
            f"{first} trim. {ts.year}" if rng.random() < 0.5 else f"T{q} {ts.year}"
        )
        return
    style = _kind(rng, {"slash": 0.55, "yy": 0.12, "words": 0.13, "dots": 0.1, "time": 0.1})
    if style == "slash":
        cell = f"{ts:%d/%m/%Y}"
    elif style == "yy":
        cell = f"{ts:%d/%m/%y}"
        w.tags.append("two_digit_year")
    elif style == "words":
        day = "1er" if ts.day == 1 else str(ts.day)
        cell = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        w.tags.append("month_name_date")
    elif style == "dots":
        cell = f"{ts:%d.%m.%Y}"
    else:
        hh, mm = _clock(rng)
        cell = f"{ts:%d/%m/%Y} à {hh:02d}h{mm:02d}"
        w.tags.append("date_time")
    w.cells["event_date"] = cell


def _ccpd_coords(w: _Writer, rng: _Rng) -> None:
    if w.blank("coordinates"):
        return
    lat, lon = float(w.ev["lat"]), float(w.ev["lon"])  # type: ignore[arg-type]
    style = _kind(rng, {"ddm": 0.35, "comma": 0.3, "point": 0.25, "none": 0.07, "nc": 0.03})
    if style == "none":
        w.cells["coordinates"] = None
        w.no_place("coords_missing")
        return
    if style == "nc":
        w.cells["coordinates"] = choice(rng, ("NC", "non relevées"))
        w.no_place("coords_placeholder")
        return
    if style == "ddm":
        d1, m1, v1 = _ddm(lat)
        d2, m2, v2 = _ddm(lon)
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "W"
        w.cells["coordinates"] = (
            f"{ns} {d1:02d}°{m1.replace('.', ',')}' {ew} {d2:03d}°{m2.replace('.', ',')}'"
        )
        w.exp["lat"] = v1 if lat >= 0 else -v1
        w.exp["lon"] = v2 if lon >= 0 else -v2
        w.tags.append("coords_ddm")
        return
    t1, v1 = _dd(lat, 5)
    t2, v2 = _dd(lon, 5)
    if style == "comma":
        w.cells["coordinates"] = f"{t1.replace('.', ',')} / {t2.replace('.', ',')}"
        w.tags.append("coords_decimal_comma")
    else:
        w.cells["coordinates"] = f"{t1}, {t2}"
    w.exp["lat"], w.exp["lon"] = v1, v2


def _ccpd(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ev = w.ev
    det = str(ev["detection_country"])
    _ccpd_date(w, rng, partial_ok)
    # detection country
    if not w.blank("detection_country"):
        if det == "ITA":
            w.cells["detection_country"] = choice(rng, ("Italie", "ITALIE", "IT", "Italia"))
        elif det == "FRA":
            w.cells["detection_country"] = choice(rng, ("France", "FRANCE", "FR"))
        else:
            w.cells["detection_country"], _ = _country(det, "fr", "name", rng)
    crime = str(ev["crime_type"])
    table = dict(_FR_CRIME)
    extra = {"FRA": _FR_CRIME_FRA, "ITA": _FR_CRIME_ITA}.get(det)
    if extra is not None and rng.random() < 0.5:
        table = extra
        w.tags.append("legal_ref")
    w.cells["crime_type"] = choice(rng, table[crime])
    if ev["exploitation"] is None:
        w.cells["exploitation"] = choice(rng, ("", "sans objet", "—"))
    elif det == "ITA" and ev["exploitation"] == "forced_labour" and rng.random() < 0.3:
        w.cells["exploitation"] = "sfruttamento lavorativo (caporalato)"
        w.tags.append("italian_wording")
    else:
        w.cells["exploitation"] = choice(rng, _FR_EXPL[str(ev["exploitation"])])
    # persons
    if not _count_unknown(w, rng, ("NC", "inconnu", "n.c.")):
        if w.n >= 1000:
            w.cells["n_persons"] = _grouped(w.n, choice(rng, (" ", "\u00a0")))
            w.tags.append("thousands_sep")
        elif ev["age_group"] == "mixed" and w.n >= 2 and rng.random() < 0.3:
            m = _minors(w.n, rng)
            w.cells["n_persons"] = f"{w.n} (dont {m} mineur{'s' if m > 1 else ''})"
            w.tags.append("count_note")
        else:
            w.cells["n_persons"] = str(w.n)
    _suspects(w, rng, ("néant", "aucun"), ("NC", "inconnu"), number=False)
    if not w.blank("gender"):
        _people(w, "gender", _FR_SEX_ONE, _FR_SEX, rng)
    _people(w, "age_group", _FR_AGE_ONE, _FR_AGE, rng, ("inconnu", "non renseigné", "NR"), 0.02)
    _place(w, "nationality", rng, "fr", {"name": 0.35, "demonym": 0.4, "a3": 0.15, "upper": 0.1})
    _place(w, "origin_country", rng, "fr", {"name": 0.75, "a3": 0.1, "upper": 0.15})
    _transit(w, rng, {"name": 0.8, "upper": 0.2}, "fr", (" / ", " > ", ", "), ("", "aucun"))
    _place(w, "destination_country", rng, "fr", {"name": 0.85, "a3": 0.15})
    _vocab(w, "transport_mode", _modes(_FR_MODE, _FR_MODE_AT, w), rng, ("NR", "inconnu"), 0.02)
    _ccpd_coords(w, rng)
    _linked(w, rng, _FR_LINKED, (" + ", ", ", " / "), ("", "néant"))


# --------------------------------------------------------------------------------------
# Croatian Border Police (English, cp1250, ;)
# --------------------------------------------------------------------------------------
_EN_EXPL: dict[str, tuple[str, ...]] = {
    "sexual": ("sexual exploitation",),
    "forced_labour": ("labour exploitation", "forced labour"),
    "forced_criminality": ("forced criminality",),
    "forced_marriage": ("forced marriage",),
    "organ_removal": ("organ removal",),
    "other": ("other form of exploitation", "other exploitation"),
    "unknown": ("exploitation unspecified",),
}
_EN_SEX_ONE = {"male": ("M", "male"), "female": ("F", "female"), "mixed": ("mixed",)}
_EN_SEX = {
    "male": ("M", "males", "male"),
    "female": ("F", "females"),
    "mixed": ("M/F", "M+F", "mixed"),
}
_EN_AGE_ONE = {
    "adult": ("adult", "18+"),
    "child": ("minor", "UAM", "<18"),
    "mixed": ("mixed",),
}
_EN_AGE = {
    "adult": ("adults", "18+"),
    "child": ("minors", "UAMs"),
    "mixed": ("adults+minors", "mixed", "adults & minors"),
}
_EN_MODE = {
    "sea": ("boat", "sea", "sailing boat", "rubber dinghy", "fishing boat"),
    "land": (
        "on foot (green border)",
        "on foot",
        "passenger car",
        "van",
        "freight vehicle (concealed)",
        "lorry",
        "train",
        "bus",
        "taxi",
    ),
    "air": ("flight", "air", "commercial flight"),
}
_EN_LINKED = {
    "document_fraud": (
        "forgery of documents (čl. 278. KZ)",
        "document forgery",
        "forged documents",
    ),
    "corruption": ("bribery", "corruption"),
    "money_laundering": ("money laundering (čl. 265. KZ)", "money laundering"),
    "illicit_goods": ("illicit goods", "contraband goods"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}


def _mup_crime(w: _Writer, rng: _Rng) -> None:
    crime = str(w.ev["crime_type"])
    home = w.ev["detection_country"] == "HRV"
    expl = w.ev["exploitation"]
    x = choice(rng, _EN_EXPL[str(expl)]) if expl is not None else ""
    if crime == "smuggling":
        opts = ["Smuggling of migrants", "Facilitation of illegal entry", "SoM"]
        if home:
            opts = [
                "Art. 326 CC - illegal entry facilitation",
                "Smuggling of migrants (čl. 326. KZ)",
                "Facilitation of illegal entry",
                "SoM",
                "čl. 326. st. 1. KZ - krijumčarenje / smuggling",
            ]
    elif crime == "trafficking":
        opts = [f"THB - {x}", f"Trafficking in human beings ({x})"]
        if home:
            opts = [
                f"Art. 106 CC - THB ({x})",
                f"Trafficking in human beings - {x} (čl. 106. KZ)",
                f"THB / {x}",
            ]
    else:
        opts = [f"SoM + THB ({x})", f"Smuggling of migrants and THB - {x}"]
        if home:
            opts = [f"Art. 326 + Art. 106 CC - SoM and THB ({x})", f"Smuggling + THB - {x}"]
    cell = choice(rng, tuple(opts))
    if "Art." in cell or "čl." in cell:
        w.tags.append("legal_ref")
    if expl is not None:
        w.tags.append("exploitation_in_offence")
    w.cells["crime_type"] = cell


def _mup_date(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ts = w.ts
    precision = _partial(ts, rng, partial_ok, 0.05, 0.03)
    _set_date(w.exp, ts, precision)
    if precision == "month":
        w.tags.append("month_date")
        w.cells["event_date"] = (
            f"{ts:%m/%Y}" if rng.random() < 0.5 else f"{MONTHS[ts.month - 1][:3]} {ts.year}"
        )
        return
    if precision == "quarter":
        w.tags.append("quarter_date")
        q = _quarter(ts)
        w.cells["event_date"] = f"Q{q}/{ts.year}" if rng.random() < 0.6 else f"Q{q} {ts.year}"
        return
    style = _kind(rng, {"dot": 0.5, "spaced": 0.2, "time": 0.15, "bare": 0.15})
    if style == "dot":
        cell = f"{ts:%d.%m.%Y}."
        w.tags.append("trailing_dot_date")
    elif style == "spaced":
        cell = f"{ts.day}. {ts.month}. {ts.year}."
        w.tags.append("trailing_dot_date")
    elif style == "time":
        hh, mm = _clock(rng)
        cell = f"{ts:%d.%m.%Y}. {hh:02d}:{mm:02d}"
        w.tags.extend(["trailing_dot_date", "date_time"])
    else:
        cell = f"{ts.day}.{ts.month}.{ts.year}"
    w.cells["event_date"] = cell


def _mup(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ev = w.ev
    det = str(ev["detection_country"])
    _mup_date(w, rng, partial_ok)
    if not w.blank("detection_country"):
        if det == "HRV":
            w.cells["detection_country"] = choice(
                rng, ("Croatia", "HR", "Republic of Croatia", "CROATIA")
            )
        else:
            kind = _kind(rng, {"name": 0.6, "a2": 0.4})
            w.cells["detection_country"], _ = _country(det, "en", kind, rng)
    _mup_crime(w, rng)
    if not _count_unknown(w, rng, ("N/K", "unknown", "?")):
        if w.n >= 1000:
            w.cells["n_persons"] = _grouped(w.n, " ") if rng.random() < 0.5 else str(w.n)
            w.tags.append("thousands_sep")
        elif ev["age_group"] == "mixed" and w.n >= 2 and rng.random() < 0.25:
            m = _minors(w.n, rng)
            w.cells["n_persons"] = f"{w.n} incl. {m} minor{'s' if m > 1 else ''}"
            w.tags.append("count_note")
        else:
            w.cells["n_persons"] = str(w.n)
    _suspects(w, rng, ("nil", "none"), ("N/K", "unknown"), number=False)
    if not w.blank("gender"):
        _people(w, "gender", _EN_SEX_ONE, _EN_SEX, rng)
    _people(w, "age_group", _EN_AGE_ONE, _EN_AGE, rng, ("N/A", "unknown"), 0.02)
    _place(w, "nationality", rng, "en", {"demonym": 0.35, "name": 0.25, "a2": 0.3, "a3": 0.1})
    _place(w, "origin_country", rng, "en", {"name": 0.5, "a2": 0.4, "a3": 0.1})
    raw = ev["transit_countries"]
    if raw is not None and rng.random() < 0.5:
        codes = [iso_codes(c)[0] for c in str(raw).split("|")]
        w.cells["transit_countries"] = "-".join(codes)
        w.tags.append("iso2")
    else:
        _transit(w, rng, {"name": 1.0}, "en", (", ", " > "), ("", "none", "-"))
    _place(w, "destination_country", rng, "en", {"name": 0.6, "a2": 0.4})
    _vocab(w, "transport_mode", _EN_MODE, rng, ("N/A", "unknown"), 0.02)
    if not w.blank("coordinates"):
        if rng.random() < 0.05:
            w.cells["lat"], w.cells["lon"] = None, None
            w.no_place("coords_missing")
        else:
            t1, v1 = _dd(float(ev["lat"]), 5)  # type: ignore[arg-type]
            t2, v2 = _dd(float(ev["lon"]), 5)  # type: ignore[arg-type]
            if rng.random() < 0.35:  # the Croatian locale's decimal comma
                t1, t2 = t1.replace(".", ","), t2.replace(".", ",")
                w.tags.append("coords_decimal_comma")
            w.cells["lat"], w.cells["lon"] = t1, t2
            w.exp["lat"], w.exp["lon"] = v1, v2
    _linked(w, rng, _EN_LINKED, (", ", " + "), ("", "none"))


# --------------------------------------------------------------------------------------
# SELEC (English JSON lines)
# --------------------------------------------------------------------------------------
_SELEC_CRIME = {
    "smuggling": (
        "SOM",
        "Migrant smuggling",
        "SMUGGLING OF MIGRANTS",
        "Facilitation of illegal immigration",
    ),
    "trafficking": ("THB", "Trafficking in human beings", "TRAFFICKING IN HUMAN BEINGS"),
    "both": ("THB+SOM", "SOM/THB", "Trafficking in human beings; migrant smuggling"),
}
_SELEC_EXPL = {
    "sexual": ("SEXUAL", "SEXUAL_EXPLOITATION", "sexual exploitation"),
    "forced_labour": ("LABOUR", "LABOUR_EXPLOITATION", "forced labour"),
    "forced_criminality": ("FORCED_CRIMINALITY", "forced criminal activities"),
    "forced_marriage": ("FORCED_MARRIAGE",),
    "organ_removal": ("ORGAN_REMOVAL",),
    "other": ("OTHER",),
    "unknown": ("UNKNOWN",),
}
_SELEC_SEX_ONE = {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("MIXED",)}
_SELEC_SEX = {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("MIXED", "M/F")}
_SELEC_AGE = {"adult": ("ADULT",), "child": ("MINOR", "UAM"), "mixed": ("MIXED", "ADULT/MINOR")}
_SELEC_MODE = {
    "sea": ("SEA", "Sea", "SEA - rubber dinghy", "SEA - sailing yacht"),
    "land": ("LAND", "Land", "LAND - truck", "LAND - on foot", "LAND - private car"),
    "air": ("AIR", "AIR - commercial flight"),
}
_SELEC_LINKED = {
    "document_fraud": ("DOCUMENT_FRAUD",),
    "corruption": ("CORRUPTION",),
    "money_laundering": ("MONEY_LAUNDERING",),
    "illicit_goods": ("ILLICIT_GOODS",),
    "cybercrime": ("CYBERCRIME",),
    "terrorism": ("TERRORISM",),
}


def _selec_date(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ts = w.ts
    precision = _partial(ts, rng, partial_ok, 0.08, 0.04)
    _set_date(w.exp, ts, precision)
    if precision == "month":
        w.tags.append("month_date")
        w.cells["event_date"] = f"{ts:%Y-%m}"
        return
    if precision == "quarter":
        w.tags.append("quarter_date")
        q = _quarter(ts)
        w.cells["event_date"] = f"{ts.year}-Q{q}" if rng.random() < 0.7 else f"Q{q}-{ts.year}"
        return
    style = _kind(rng, {"iso": 0.6, "stamp": 0.2, "basic": 0.1, "space": 0.1})
    hh, mm = _clock(rng)
    if style == "iso":
        cell = f"{ts:%Y-%m-%d}"
    elif style == "stamp":
        cell = f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00"
        w.tags.append("date_time")
    elif style == "basic":
        cell = f"{ts:%Y%m%d}"
        w.tags.append("basic_iso_date")
    else:
        cell = f"{ts:%Y-%m-%d} {hh:02d}:{mm:02d}"
        w.tags.append("date_time")
    w.cells["event_date"] = cell


def _selec(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ev = w.ev
    _selec_date(w, rng, partial_ok)
    _place(w, "detection_country", rng, "en", {"eu": 0.8, "a2": 0.1, "name": 0.1})
    w.cells["crime_type"] = choice(rng, _SELEC_CRIME[str(ev["crime_type"])])
    expl = ev["exploitation"]
    w.cells["exploitation"] = (
        choice(rng, _SELEC_EXPL[str(expl)])
        if expl is not None
        else (None if rng.random() < 0.7 else "N/A")
    )
    if not _count_unknown(w, rng, ("N/K", "UNKNOWN")):
        if w.n >= 1000 and rng.random() < 0.5:
            w.cells["n_persons"] = _grouped(w.n, ",")
            w.tags.append("thousands_sep")
        elif rng.random() < 0.1:
            w.cells["n_persons"] = str(w.n)
            w.tags.append("count_as_text")
        else:
            w.cells["n_persons"] = w.n
    _suspects(w, rng, ("NONE",), ("N/K",), number=True)
    if not w.blank("gender"):
        _people(w, "gender", _SELEC_SEX_ONE, _SELEC_SEX, rng)
    _vocab(w, "age_group", _SELEC_AGE, rng, ("N/A", "UNKNOWN"), 0.02)
    _place(w, "nationality", rng, "en", {"a2": 0.7, "a3": 0.15, "name": 0.15}, p_moji=0.3)
    _place(w, "origin_country", rng, "en", {"a2": 0.85, "name": 0.15}, p_moji=0.3)
    _transit(w, rng, {"a2": 1.0}, "en", (";", ",", " > "), (None,))
    _place(w, "destination_country", rng, "en", {"eu": 0.75, "name": 0.25})
    _vocab(w, "transport_mode", _SELEC_MODE, rng, ("UNKNOWN", "N/A"), 0.02)
    if not w.blank("coordinates"):
        style = _kind(rng, {"wkt": 0.6, "wkt_space": 0.1, "ewkt": 0.2, "none": 0.1})
        if style == "none":
            w.cells["coordinates"] = None
            w.no_place("coords_missing")
        else:
            t1, v1 = _dd(float(ev["lat"]), 5)  # type: ignore[arg-type]
            t2, v2 = _dd(float(ev["lon"]), 5)  # type: ignore[arg-type]
            point = f"POINT({t2} {t1})" if style == "wkt" else f"POINT ({t2} {t1})"
            w.cells["coordinates"] = f"SRID=4326;{point}" if style == "ewkt" else point
            w.exp["lat"], w.exp["lon"] = v1, v2
            w.tags.append("coords_wkt")
    _linked(w, rng, _SELEC_LINKED, (";",), (None,))


# --------------------------------------------------------------------------------------
# REDTRAM (Spanish workbook)
# --------------------------------------------------------------------------------------
_ES_CRIME_ESP = {
    "smuggling": (
        "Art. 318 bis CP",
        "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
        "Favorecimiento de la inmigración ilegal",
        "Tráfico ilícito de migrantes",
        "Inmigración clandestina (art. 318 bis)",
    ),
    "trafficking": (
        "Trata de seres humanos (art. 177 bis CP)",
        "Art. 177 bis CP",
        "TSH",
        "Trata de seres humanos",
    ),
    "both": (
        "Arts. 177 bis y 318 bis CP",
        "Trata de seres humanos + favorecimiento de la inmigración ilegal",
        "TSH y art. 318 bis CP",
    ),
}
_ES_CRIME = {
    "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
    "trafficking": ("Trata de personas", "Trata de seres humanos"),
    "both": ("Trata de personas y tráfico ilícito de migrantes",),
}
_ES_EXPL = {
    "sexual": ("explotación sexual", "explotación sexual (prostitución coactiva)"),
    "forced_labour": ("explotación laboral", "trabajos o servicios forzados"),
    "forced_criminality": ("realización de actividades delictivas", "actividades delictivas"),
    "forced_marriage": ("matrimonio forzado",),
    "organ_removal": ("extracción de órganos",),
    "other": ("otras formas de explotación", "otra"),
    "unknown": ("no determinada",),
}
_ES_SEX_ONE = {"male": ("varón", "hombre"), "female": ("mujer",), "mixed": ("mixto",)}
_ES_SEX = {
    "male": ("hombres", "varones"),
    "female": ("mujeres",),
    "mixed": ("ambos sexos", "hombres y mujeres", "mixto"),
}
_ES_AGE_ONE = {
    "adult": ("mayor de edad", "adulto"),
    "child": ("menor", "MENA", "menor no acompañado"),
    "mixed": ("mixto",),
}
_ES_AGE = {
    "adult": ("adultos", "mayores de edad"),
    "child": ("menores", "MENAs"),
    "mixed": ("adultos y menores", "mixto", "mayores y menores"),
}
_ES_MODE = {
    "sea": (
        "marítimo",
        "vía marítima",
        "neumática",
        "embarcación neumática",
    ),
    "land": (
        "terrestre",
        "a pie",
        "vehículo (ocultos en doble fondo)",
        "camión",
        "autobús",
        "turismo",
    ),
    "air": ("aéreo", "vuelo comercial", "vía aérea"),
}
#: Extra wordings by corridor: the Canaries' cayucos, the Strait's pateras.
_ES_MODE_AT = {
    "watl": {"sea": ("cayuco", "cayuco (Canarias)")},
    "wmed": {"sea": ("patera", "moto de agua")},
}
_ES_LINKED = {
    "document_fraud": ("falsedad documental", "falsificación de documentos"),
    "corruption": ("cohecho", "corrupción"),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("contrabando", "tráfico de mercancías ilícitas"),
    "cybercrime": ("ciberdelincuencia",),
    "terrorism": ("terrorismo",),
}


def _excel(ts: pd.Timestamp) -> dt.datetime:
    return dt.datetime(ts.year, ts.month, ts.day)


def _redtram_date(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ts = w.ts
    precision = _partial(ts, rng, partial_ok, 0.06, 0.03)
    _set_date(w.exp, ts, precision)
    if precision == "month":
        w.tags.append("month_date")
        month = _ES_MONTHS[ts.month - 1]
        w.cells["event_date"] = choice(
            rng, (f"{month} {ts.year}", f"{month} de {ts.year}", f"{ts:%m/%Y}")
        )
        return
    if precision == "quarter":
        w.tags.append("quarter_date")
        q = _quarter(ts)
        w.cells["event_date"] = (
            f"{q}T {ts.year}"
            if rng.random() < 0.5
            else f"{_ES_ORDINAL_Q[q - 1]} trimestre de {ts.year}"
        )
        return
    style = _kind(rng, {"date": 0.4, "serial": 0.15, "slash": 0.25, "abbr": 0.1, "words": 0.1})
    cell: object
    if style == "date":
        cell = _excel(ts)
        w.tags.append("excel_date")
    elif style == "serial":
        cell = int((ts - _EXCEL_EPOCH).days)
        w.tags.append("excel_serial")
    elif style == "slash":
        cell = f"{ts:%d/%m/%Y}"
    elif style == "abbr":
        cell = f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}"
        w.tags.append("month_name_date")
    else:
        cell = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
        w.tags.append("month_name_date")
    w.cells["event_date"] = cell


def _redtram_coords(w: _Writer, rng: _Rng) -> None:
    if w.blank("coordinates"):
        return
    lat, lon = float(w.ev["lat"]), float(w.ev["lon"])  # type: ignore[arg-type]
    style = _kind(rng, {"dms": 0.3, "dd": 0.25, "nc": 0.3, "none": 0.15})
    if style == "nc":
        w.cells["coordinates"] = choice(rng, ("no consta", "s/d"))
        w.no_place("coords_placeholder")
    elif style == "none":
        w.cells["coordinates"] = None
        w.no_place("coords_missing")
    elif style == "dms":
        d1, m1, s1, v1 = _dms(lat)
        d2, m2, s2, v2 = _dms(lon)
        ns = "N" if lat >= 0 else "S"
        ew = "E" if lon >= 0 else "O"  # Oeste
        w.cells["coordinates"] = f"{d1}°{m1:02d}'{s1}\"{ns} {d2}°{m2:02d}'{s2}\"{ew}"
        w.exp["lat"] = v1 if lat >= 0 else -v1
        w.exp["lon"] = v2 if lon >= 0 else -v2
        w.tags.append("coords_dms")
        if ew == "O":
            w.tags.append("coords_hemisphere")
    else:
        t1, v1 = _dd(lat, 5)
        t2, v2 = _dd(lon, 5)
        w.cells["coordinates"] = f"{t1}, {t2}"
        w.exp["lat"], w.exp["lon"] = v1, v2


def _redtram(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ev = w.ev
    det = str(ev["detection_country"])
    _redtram_date(w, rng, partial_ok)
    if not w.blank("detection_country"):
        if det == "ESP":
            w.cells["detection_country"] = choice(rng, ("España", "ESP", "ESPAÑA"))
        elif det == "PAN":
            w.cells["detection_country"] = choice(rng, ("Panamá", "República de Panamá"))
        else:
            w.cells["detection_country"], _ = _country(det, "es", "name", rng)
    crime = str(ev["crime_type"])
    cell = choice(rng, (_ES_CRIME_ESP if det == "ESP" else _ES_CRIME)[crime])
    if "art" in cell.lower():
        w.tags.append("legal_ref")
    w.cells["crime_type"] = cell
    expl = ev["exploitation"]
    if expl is None:
        w.cells["exploitation"] = (None, "no procede", "—")[int(rng.integers(3))]
    else:
        w.cells["exploitation"] = choice(rng, _ES_EXPL[str(expl)])
    if not _count_unknown(w, rng, ("s/d", "sin datos", "desconocido")):
        if w.n >= 1000 and rng.random() < 0.5:
            w.cells["n_persons"] = _grouped(w.n, ".")
            w.tags.append("thousands_sep")
        elif ev["age_group"] == "mixed" and w.n >= 2 and rng.random() < 0.2:
            m = _minors(w.n, rng)
            noun = "menores" if m > 1 else "menor"
            w.cells["n_persons"] = f"{w.n} (de ellos {m} {noun})"
            w.tags.append("count_note")
        else:
            w.cells["n_persons"] = w.n
    _suspects(w, rng, ("ninguno",), ("s/d", "no consta"), number=True)
    if not w.blank("gender"):
        _people(w, "gender", _ES_SEX_ONE, _ES_SEX, rng)
    _people(w, "age_group", _ES_AGE_ONE, _ES_AGE, rng, ("no consta", "s/d"), 0.02)
    _place(w, "nationality", rng, "es", {"name": 0.35, "demonym": 0.45, "a3": 0.2})
    _place(w, "origin_country", rng, "es", {"name": 0.85, "a3": 0.15})
    _transit(w, rng, {"name": 0.85, "a3": 0.15}, "es", (", ", " → ", " / "), (None, "ninguno"))
    _place(w, "destination_country", rng, "es", {"name": 0.85, "a3": 0.15})
    _vocab(w, "transport_mode", _modes(_ES_MODE, _ES_MODE_AT, w), rng, ("no consta", "s/d"), 0.02)
    _redtram_coords(w, rng)
    _linked(w, rng, _ES_LINKED, (", ", " y ", " + "), (None, "no constan"))


# --------------------------------------------------------------------------------------
# CRM liaison network (Spanish, UTF-16, tab)
# --------------------------------------------------------------------------------------
_CRM_CRIME = {
    "smuggling": (
        "Tráfico ilícito de migrantes",
        "TIM",
        "Tráfico de migrantes / Migrant smuggling",
    ),
    "trafficking": ("Trata de personas", "TdP", "Trata de personas / Human trafficking"),
    "both": ("Trata de personas y tráfico ilícito de migrantes", "TdP + TIM"),
}
_CRM_CRIME_USA = {
    "smuggling": ("Alien smuggling (8 U.S.C. § 1324)", "8 USC 1324", "Migrant smuggling"),
    "trafficking": ("Human trafficking (TVPA)", "Trata de personas"),
    "both": ("Alien smuggling + human trafficking", "TdP + TIM"),
}
_CRM_EXPL = {
    "sexual": ("explotación sexual", "explotación sexual comercial"),
    "forced_labour": ("trabajo forzoso", "explotación laboral", "trabajos forzados"),
    "forced_criminality": ("actividades delictivas forzadas", "delincuencia forzada"),
    "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
    "organ_removal": ("extracción de órganos",),
    "other": ("otra", "otros fines de explotación"),
    "unknown": ("no determinada",),
}
_CRM_SEX_ONE = {
    "male": ("masculino", "hombre"),
    "female": ("femenino", "mujer"),
    "mixed": ("mixto",),
}
_CRM_SEX = {
    "male": ("masculino", "hombres"),
    "female": ("femenino", "mujeres"),
    "mixed": ("mixto", "ambos", "hombres y mujeres"),
}
_CRM_AGE_ONE = {
    "adult": ("adulto", "mayor de edad"),
    "child": ("NNA", "menor"),
    "mixed": ("mixto",),
}
_CRM_AGE = {
    "adult": ("adultos", "mayores de edad"),
    "child": ("NNA", "menores", "NNA no acompañados"),
    "mixed": ("adultos y NNA", "mixto"),
}
_CRM_MODE = {
    "sea": ("marítimo", "lancha", "embarcación"),
    "land": (
        "terrestre",
        "a pie",
        "vehículo particular",
        "autobús",
    ),
    "air": ("aéreo", "vuelo comercial"),
}
#: Extra wordings by corridor: the Darién's jungle trail, the US border's trucks and trains.
_CRM_MODE_AT = {
    "darien": {"land": ("a pie (selva)", "a pie (Tapón del Darién)")},
    "us_mex": {"land": ("tractocamión", "ferrocarril")},
}
_CRM_LINKED = {
    "document_fraud": ("falsificación de documentos", "uso de documentos falsos"),
    "corruption": ("cohecho", "corrupción de funcionarios"),
    "money_laundering": ("lavado de activos", "lavado de dinero"),
    "illicit_goods": ("contrabando", "tráfico de mercancías ilícitas"),
    "cybercrime": ("delitos informáticos", "ciberdelito"),
    "terrorism": ("terrorismo",),
}


def _crm_date(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ts = w.ts
    precision = _partial(ts, rng, partial_ok, 0.06, 0.03)
    _set_date(w.exp, ts, precision)
    if precision == "month":
        w.tags.append("month_date")
        w.cells["event_date"] = (
            f"{_ES_MONTHS[ts.month - 1].upper()} {ts.year}" if rng.random() < 0.6 else f"{ts:%m-%Y}"
        )
        return
    if precision == "quarter":
        w.tags.append("quarter_date")
        q = _quarter(ts)
        w.cells["event_date"] = (
            f"{_ROMAN[q - 1]} TRIMESTRE {ts.year}" if rng.random() < 0.6 else f"T{q}-{ts.year}"
        )
        return
    style = _kind(rng, {"slash": 0.55, "oracle": 0.25, "ymd": 0.1, "short": 0.1})
    if style == "slash":
        cell = f"{ts:%d/%m/%Y}"
    elif style == "oracle":
        cell = f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
        w.tags.append("month_name_date")
    elif style == "ymd":
        cell = f"{ts:%Y/%m/%d}"
    else:
        cell = f"{ts.day}/{ts.month}/{ts:%y}"
        w.tags.append("two_digit_year")
    w.cells["event_date"] = cell


def _crm_coords(w: _Writer, rng: _Rng) -> None:
    if w.blank("coordinates"):
        return
    lat, lon = float(w.ev["lat"]), float(w.ev["lon"])  # type: ignore[arg-type]
    style = _kind(rng, {"signed": 0.5, "letters": 0.35, "dms": 0.1, "nd": 0.05})
    if style == "nd":
        w.cells["lat"], w.cells["lon"] = "ND", "ND"
        w.no_place("coords_placeholder")
        return
    if style == "dms":
        d1, m1, s1, v1 = _dms(lat)
        d2, m2, s2, v2 = _dms(lon)
        w.cells["lat"] = f"{d1}°{m1:02d}'{s1}\"{'N' if lat >= 0 else 'S'}"
        w.cells["lon"] = f"{d2}°{m2:02d}'{s2}\"{'E' if lon >= 0 else 'O'}"
        w.exp["lat"] = v1 if lat >= 0 else -v1
        w.exp["lon"] = v2 if lon >= 0 else -v2
        w.tags.append("coords_dms")
        return
    t1, v1 = _dd(lat, 5)
    t2, v2 = _dd(lon, 5)
    w.exp["lat"], w.exp["lon"] = v1, v2
    if style == "signed":
        w.cells["lat"], w.cells["lon"] = t1, t2
        return
    west = choice(rng, ("O", "W"))
    w.cells["lat"] = f"{t1.lstrip('-')} {'N' if lat >= 0 else 'S'}"
    w.cells["lon"] = f"{t2.lstrip('-')} {'E' if lon >= 0 else west}"
    w.tags.append("coords_hemisphere")


def _crm(w: _Writer, rng: _Rng, partial_ok: bool) -> None:
    ev = w.ev
    det = str(ev["detection_country"])
    _crm_date(w, rng, partial_ok)
    if not w.blank("detection_country"):
        if det == "PAN":
            w.cells["detection_country"] = choice(rng, ("Panamá", "PAN", "PA", "PANAMA"))
        elif det == "USA":
            w.cells["detection_country"] = choice(rng, ("Estados Unidos", "EE.UU.", "EUA", "USA"))
        else:
            w.cells["detection_country"], _ = _country(det, "es", "name", rng)
    crime = str(ev["crime_type"])
    table = _CRM_CRIME_USA if det == "USA" and rng.random() < 0.5 else _CRM_CRIME
    cell = choice(rng, table[crime])
    if "U.S.C." in cell or "USC" in cell:
        w.tags.append("legal_ref")
    w.cells["crime_type"] = cell
    expl = ev["exploitation"]
    w.cells["exploitation"] = (
        choice(rng, _CRM_EXPL[str(expl)])
        if expl is not None
        else choice(rng, ("N/A", "", "no aplica"))
    )
    if not _count_unknown(w, rng, ("ND", "sin dato")):
        if w.n >= 1000:
            w.cells["n_persons"] = _grouped(w.n, ",")
            w.tags.append("thousands_sep")
        elif ev["age_group"] == "mixed" and w.n >= 2 and rng.random() < 0.2:
            w.cells["n_persons"] = f"{w.n}, de ellos {_minors(w.n, rng)} NNA"
            w.tags.append("count_note")
        else:
            w.cells["n_persons"] = str(w.n)
    _suspects(w, rng, ("ninguno",), ("ND",), number=False)
    if not w.blank("gender"):
        _people(w, "gender", _CRM_SEX_ONE, _CRM_SEX, rng)
    _people(w, "age_group", _CRM_AGE_ONE, _CRM_AGE, rng, ("ND", "sin dato"), 0.02)
    _place(
        w,
        "nationality",
        rng,
        "es",
        {"demonym": 0.4, "name": 0.3, "a3": 0.2, "upper": 0.1},
    )
    _place(w, "origin_country", rng, "es", {"name": 0.75, "a3": 0.25})
    _transit(w, rng, {"name": 0.7, "a3": 0.3}, "es", (" - ", ", ", "/"), ("", "ninguno", "N/A"))
    if ev["destination_country"] == "USA" and rng.random() < 0.3:
        w.cells["destination_country"] = choice(rng, ("EUA", "EE.UU.", "Estados Unidos de América"))
    else:
        _place(w, "destination_country", rng, "es", {"name": 0.8, "a3": 0.2})
    _vocab(w, "transport_mode", _modes(_CRM_MODE, _CRM_MODE_AT, w), rng, ("ND", "sin dato"), 0.02)
    _crm_coords(w, rng)
    _linked(w, rng, _CRM_LINKED, (", ", " / "), ("", "ninguno"))
    if (w.ts.year * 12 + w.ts.month) % 7 == 3:  # one partner's month, once mis-decoded
        garbled = False
        for key, value in w.cells.items():
            bad = mojibake(value) if isinstance(value, str) and key != "event_date" else None
            if bad is not None:
                w.cells[key] = bad
                garbled = True
        if garbled:
            w.tags.append("mojibake")


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_WRITERS = {"ccpd": _ccpd, "mup": _mup, "selec": _selec, "redtram": _redtram, "crm": _crm}


def _render(
    src: Blind20Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Row:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _Writer(src, ev, forced_blank)
    _WRITERS[src.style](w, rng, partial_ok)
    return w.result()


def _day_text(src: Blind20Source, ts: pd.Timestamp, day: int, month: int, year: int) -> object:
    """Write a (possibly impossible) day the source's main way."""
    if src.style == "mup":
        return f"{day:02d}.{month:02d}.{year}."
    if src.style == "selec":
        return f"{year}-{month:02d}-{day:02d}"
    if src.style == "crm":
        return f"{day:02d}-{_ES_ABBR[month - 1]}-{year}"
    return f"{day:02d}/{month:02d}/{year}"


def _bad_date(src: Blind20Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, an impossible day or a mistyped year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _impossible_day(ts)
        return _day_text(src, ts, day, month, ts.year)
    year = _typo_year(ts.year)
    if src.style == "redtram" and rng.random() < 0.5:
        return dt.datetime(year, ts.month, min(ts.day, 28))
    return _day_text(src, ts, ts.day, ts.month, year)


def _note_date(src: Blind20Source, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row (a few days after the source's last)."""
    day = last + pd.Timedelta(days=4)
    if src.style == "redtram":
        return _excel(day)
    return _day_text(src, day, day.day, day.month, day.year)


_EXAMINER: Examiner[Blind20Source] = Examiner(
    sources=BLIND20_SOURCES,
    primary=_PRIMARY,
    compilation=_SELEC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2020,
    blank_share=0.35,
)


def make_blind20(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind20`` set's five submissions (``*_v.*``).

    The events detected in Italy and France go to the Franco-Italian CCPD, those in
    Croatia to the Croatian border police, those in Greece to SELEC (which also compiles
    every event no other source covers), those in Spain to the REDTRAM prosecutors and
    those in Panama and the United States to the CRM liaison network; a few events are
    reported a second time by a partner (see the module docstring).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND20_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind20(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ccpd_vintimille_v.csv', 'mup_granicna_policija_v.csv', 'selec_v.jsonl',
     'redtram_aiamp_v.xlsx', 'crm_red_enlace_v.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
