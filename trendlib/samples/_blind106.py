"""Examiner's blind sample set ``blind106`` (files ``*_dd.*``): five francophone-led services.

Written by an examiner who never read the cleaner, to measure how it copes with wording it
was not tuned on. The shared row machinery (which source reports which event, the bad,
duplicate, garbage and repeated rows) is :mod:`trendlib.samples._examiner`; this module
holds only the five agencies' own wording and their way of writing each cell.

Reader's guide to the five files
--------------------------------
``zp_mouscron_dd.csv`` -- Zone de police de Mouscron (Belgian local police, on the French
    border; motorway car parks where "transmigrants" wait for lorries to the UK). French,
    **cp1252**, ``;``, CRLF. Reports events detected in the United Kingdom and France,
    and a second time some Western Mediterranean (Spain) and Belarus–Poland events.
    PV numbers ``TO.57.L3.000123/2022``. ISLP-style short headers (``PV n°``, ``Nb pers.``,
    ``H/F``, ``Cat. âge``, ``Nat.``, ``GPS``). Dates day-first ``12/03/2022``,
    ``12-03-2022``, ``12/03/22``, ``3 févr. 2022``. Belgian legal wording: *trafic d'êtres
    humains* (art. 77bis, law of 15/12/1980) is smuggling, *traite des êtres humains* /
    *TEH* (art. 433quinquies Code pénal) is trafficking. Nationalities as demonyms agreed
    with the sex (``érythréenne``), as country names or in capitals; ``Angleterre`` for the
    United Kingdom; ``Côte d’Ivoire`` with a typographic apostrophe; ``MENA`` for
    unaccompanied minors. Counts ``1.250`` / ``1 250`` (no-break space), ``12 pers.``;
    ``NC`` when not known; ``néant`` for no suspect. GPS ``50.95123, 1.85012`` or
    degrees and decimal minutes ``N50°57.074' E001°51.007'``; ``/`` when unknown.

``pjf_liege_dd.xlsx`` -- Police judiciaire fédérale de Liège, section traite et trafic
    des êtres humains (Belgian federal judicial police). French. Reports events detected
    in Spain, and a second time some Channel, Italian trafficking and US–Mexico events.
    Real Excel dates, Excel serial numbers (``44632``), text dates
    (``12.03.2022``, ``12 mars 2022``, ``12/03/2022``), month-only (``mars 2022``,
    ``03/2022``) and quarter-only (``T2 2022``, ``2e trimestre 2022``) dates. Legal
    references (``Art. 77bis L. 15.12.1980``, ``art. 433quinquies C. pén.``, ``blanchiment
    (art. 505 CP)``); *exploitation économique* (Belgian term for labour exploitation),
    *contrainte à commettre un délit* (forced criminality). Counts as numbers, as text
    ``12 (dont 3 mineurs)`` or ``1.250``; ``inconnu`` / ``n.c.`` when not known.
    Latitude / longitude as numbers or as text with a decimal comma; ``/`` when unknown.

``polcant_valais_dd.csv`` -- Police cantonale du Valais / Kantonspolizei Wallis (Swiss,
    bilingual canton). French values under bilingual ``Français / Deutsch`` headers,
    **UTF-8 with BOM**, **tab**-separated. Reports events detected in Italy, and a
    second time some Romanian trafficking (Spain), Eastern Mediterranean and Western
    Balkan events. No transit column. Swiss dates ``12.03.2022``, ``3.7.22``,
    ``12.03.22``, ISO ``2022-03-12``.
    Swiss law: ``art. 116 LEI`` (incitation à l'entrée illégale) is smuggling, ``art. 182
    CP`` trafficking. Countries as ``Italie (IT)``, bare ISO alpha-2 codes or demonyms;
    ``MNA`` for unaccompanied minors. Counts with the Swiss apostrophe ``1'250`` /
    ``1’250``; ``n.d.`` when not known; ``aucun`` for no suspect. One coordinates column:
    ``46.23310, 7.36060``, ``N 46.23310 / E 7.36060`` or degrees-minutes-seconds
    ``46°13'59.2"N 7°21'38.2"E``. Some cells garbled as UTF-8 read as cp1252
    (``SÃ©nÃ©gal``). The file was sent twice in part (exact repeated rows).

``srec_lux_dd.jsonl`` -- Police grand-ducale (Luxembourg), Service de recherche et
    d'enquête criminelle (SREC), digest for foreign partners. English keys and values,
    JSON lines. Reports events detected in Greece, Poland, Croatia and any country no
    other file covers, and a second time some Channel, Viet Nam–UK, Central
    Mediterranean, Atlantic and Darién events. Dates ISO ``2022-03-12``,
    ``2022-03-12T00:00:00``, ``12.03.2022``, ``12 March 2022``, ``12-Mar-2022``;
    month-only ``2022-03`` / ``March 2022``; quarter-only ``Q2 2022`` / ``2022-Q2``.
    ``THB (art. 382-1 CP)`` and ``Smuggling of migrants (art. 382-4 CP)``.
    Nationalities as demonyms, names or ISO alpha-3 codes, some garbled
    (``CÃ´te d'Ivoire``). Counts as numbers or ``"1,250"``; ``N/K`` / ``unknown`` when
    not known; ``nil`` / ``none`` for no suspect. Location ``36.51234, 12.61012``,
    ``36.51234N 12.61012E`` or ``lat 36.5123 long 12.6101``.

``fronteras_cr_dd.csv`` -- Dirección de Policía de Fronteras, Ministerio de Seguridad
    Pública de Costa Rica, regional digest of the northbound mixed flow. Spanish, UTF-8,
    ``|``. Reports events detected in Panama and the United States (no second
    reports). Dates ``12/03/2022``, ``12-03-2022``, ``12-mar-2022``,
    ``12 de marzo de 2022``, with the Costa Rican ``setiembre``; month-only
    ``marzo 2022``; quarter-only ``II trimestre 2022`` / ``2do trimestre 2022``.
    ``Tráfico ilícito de personas (art. 249 Ley 8764)`` and ``Trata de personas
    (art. 172 CP)``; *legitimación de capitales* for money laundering. ``NNA`` for
    minors; ``EUA`` / ``EE. UU.`` for the United States. Counts ``1.250``,
    ``12 personas``; ``s/d`` / ``sin dato`` when not known; ``ninguno`` for no suspect.
    ``Latitud (°)`` and ``Longitud (°)`` in two columns, decimal or
    degrees-minutes-seconds with ``O`` (oeste) for west: ``77°45'10.9" O``. Rows
    re-sent (exact repeats).

Every file has a note row (a date and a remark), a total row and, in CSV, an empty row.
Every value written reads unambiguously, to a competent analyst, as the expected clean
value recorded beside it.
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND106_SOURCES", "Blind106Source", "make_blind106"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind106Source(ExaminerSource):
    """A ``blind106`` source: the shared description plus its writing style.

    Attributes
    ----------
    style : str
        Which agency's way of writing cells: ``"mouscron"``, ``"liege"``, ``"valais"``,
        ``"lux"`` or ``"cr"``.
    partial_share : float
        Share of first reports written with a month- or quarter-only date.
    """

    style: str = ""
    partial_share: float = 0.0


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_MOUSCRON = Blind106Source(
    source="zp_mouscron_dd",
    filename="zp_mouscron_dd.csv",
    ref="TO.57.L3.{seq:06d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "PV n°",
        "event_date": "Date fait",
        "crime_type": "Fait (libellé)",
        "exploitation": "Exploit.",
        "n_persons": "Nb pers.",
        "n_suspects": "Nb susp.",
        "gender": "H/F",
        "age_group": "Cat. âge",
        "nationality": "Nat.",
        "origin_country": "Orig.",
        "transit_countries": "Transit",
        "destination_country": "Dest.",
        "detection_country": "Pays constat.",
        "transport_mode": "Véhic./transp.",
        "coordinates": "GPS",
        "linked_offences": "Connexes",
    },
    note="Extraction ISLP - chiffres provisoires, sous réserve de validation",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
    style="mouscron",
    partial_share=0.0,
)
_LIEGE = Blind106Source(
    source="pjf_liege_dd",
    filename="pjf_liege_dd.xlsx",
    ref="LI.17.F8.{seq:06d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° PV initial",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre victimes / migrants",
        "n_suspects": "Nbre auteurs",
        "gender": "Sexe",
        "age_group": "Maj./Min.",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction FEEDIS, dossiers en cours - diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "groupe", "nombreuses"),
    repeats=False,
    style="liege",
    partial_share=0.07,
)
_VALAIS = Blind106Source(
    source="polcant_valais_dd",
    filename="polcant_valais_dd.csv",
    ref="{year}.{seq:05d}.VS",
    format="csv",
    encoding="utf-8-sig",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° journal / Journal-Nr.",
        "event_date": "Date / Datum",
        "crime_type": "Infraction / Delikt",
        "exploitation": "Type d'exploitation / Ausbeutungsform",
        "n_persons": "Personnes / Personen",
        "n_suspects": "Auteurs / Täter",
        "gender": "Sexe / Geschlecht",
        "age_group": "Âge / Alter",
        "nationality": "Nationalité / Staatsangehörigkeit",
        "origin_country": "Pays de provenance / Herkunftsland",
        "destination_country": "Pays de destination / Zielland",
        "detection_country": "Pays d'interception / Aufgriffsland",
        "transport_mode": "Moyen de transport / Verkehrsmittel",
        "coordinates": "Coordonnées WGS84 / Koordinaten WGS84",
        "linked_offences": "Infractions annexes / Nebendelikte",
    },
    note="Remarque / Bemerkung : état provisoire, sans les cas transmis au MPC",
    total="Total / Summe",
    bad_count=("plusieurs", "groupe", "nombreux"),
    repeats=True,
    style="valais",
    partial_share=0.0,
)
_LUX = Blind106Source(
    source="srec_lux_dd",
    filename="srec_lux_dd.jsonl",
    ref="SREC/TEH/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "SREC ref.",
        "event_date": "Date of facts",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transport_mode": "Means of transport",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Note: figures provisional, subject to validation by the Parquet",
    total="TOTAL",
    bad_count=("several", "a group", "numerous"),
    repeats=False,
    style="lux",
    partial_share=0.07,
)
_CR = Blind106Source(
    source="fronteras_cr_dd",
    filename="fronteras_cr_dd.csv",
    ref="DPF-{seq:05d}-{year}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Nº Informe",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud (°)",
        "lon": "Longitud (°)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares sujetos a revisión",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=True,
    style="cr",
    partial_share=0.06,
)

#: The variant's sources, in the order of the submissions.
BLIND106_SOURCES: tuple[Blind106Source, ...] = (_MOUSCRON, _LIEGE, _VALAIS, _LUX, _CR)

_PRIMARY = {
    "GBR": _MOUSCRON.source,
    "FRA": _MOUSCRON.source,
    "ESP": _LIEGE.source,
    "ITA": _VALAIS.source,
    "GRC": _LUX.source,
    "POL": _LUX.source,
    "HRV": _LUX.source,
    "PAN": _CR.source,
    "USA": _CR.source,
}
_SECONDARY = {
    ("channel", "GBR"): _LIEGE.source,
    ("channel", "FRA"): _LUX.source,
    ("thb_vnm_gbr", "GBR"): _LUX.source,
    ("cmed", "ITA"): _LUX.source,
    ("thb_nga_ita", "ITA"): _LIEGE.source,
    ("thb_rou_esp", "ITA"): _LIEGE.source,
    ("watl", "ESP"): _LUX.source,
    ("wmed", "ESP"): _MOUSCRON.source,
    ("thb_rou_esp", "ESP"): _VALAIS.source,
    ("darien", "PAN"): _LUX.source,
    ("us_mex", "USA"): _LIEGE.source,
    ("emed", "GRC"): _VALAIS.source,
    ("blr_pol", "POL"): _MOUSCRON.source,
    ("wbal", "HRV"): _VALAIS.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> French names (first the usual one, then variants seen in files).
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "VEN": ("Venezuela",),
    "SYR": ("Syrie",),
    "MEX": ("Mexique",),
    "MAR": ("Maroc",),
    "IRQ": ("Irak", "Iraq"),
    "ECU": ("Équateur", "Equateur"),
    "MLI": ("Mali",),
    "SEN": ("Sénégal",),
    "TUN": ("Tunisie",),
    "GIN": ("Guinée", "Guinée-Conakry", "Guinée Conakry"),
    "PAK": ("Pakistan",),
    "NGA": ("Nigeria", "Nigéria"),
    "ROU": ("Roumanie",),
    "HTI": ("Haïti", "Haiti"),
    "HND": ("Honduras",),
    "EGY": ("Égypte", "Egypte"),
    "VNM": ("Viêt Nam", "Vietnam", "Viet-Nam"),
    "CIV": ("Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire"),
    "GTM": ("Guatemala",),
    "DZA": ("Algérie",),
    "BGD": ("Bangladesh",),
    "ERI": ("Érythrée", "Erythrée"),
    "COL": ("Colombie",),
    "IRN": ("Iran",),
    "ALB": ("Albanie",),
    "CHN": ("Chine",),
    "GMB": ("Gambie",),
    "CMR": ("Cameroun",),
    "TUR": ("Turquie",),
    "YEM": ("Yémen", "Yemen"),
    "USA": ("États-Unis", "Etats-Unis", "USA"),
    "DEU": ("Allemagne",),
    "ESP": ("Espagne",),
    "ITA": ("Italie",),
    "GBR": ("Royaume-Uni", "Angleterre", "Grande-Bretagne"),
    "FRA": ("France",),
    "GRC": ("Grèce",),
    "AUT": ("Autriche",),
    "POL": ("Pologne",),
    "LBY": ("Libye",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "RUS": ("Russie", "Fédération de Russie"),
    "BLR": ("Biélorussie", "Bélarus"),
    "BGR": ("Bulgarie",),
    "SRB": ("Serbie",),
    "BIH": ("Bosnie-Herzégovine", "Bosnie"),
    "MKD": ("Macédoine du Nord",),
    "HUN": ("Hongrie",),
    "PAN": ("Panama",),
    "HRV": ("Croatie",),
}
#: ISO alpha-3 -> French demonym (masculine, feminine).
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "SYR": ("syrien", "syrienne"),
    "MEX": ("mexicain", "mexicaine"),
    "MAR": ("marocain", "marocaine"),
    "IRQ": ("irakien", "irakienne"),
    "ECU": ("équatorien", "équatorienne"),
    "MLI": ("malien", "malienne"),
    "SEN": ("sénégalais", "sénégalaise"),
    "TUN": ("tunisien", "tunisienne"),
    "GIN": ("guinéen", "guinéenne"),
    "PAK": ("pakistanais", "pakistanaise"),
    "NGA": ("nigérian", "nigériane"),
    "ROU": ("roumain", "roumaine"),
    "HTI": ("haïtien", "haïtienne"),
    "HND": ("hondurien", "hondurienne"),
    "EGY": ("égyptien", "égyptienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "CIV": ("ivoirien", "ivoirienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "DZA": ("algérien", "algérienne"),
    "BGD": ("bangladais", "bangladaise"),
    "ERI": ("érythréen", "érythréenne"),
    "COL": ("colombien", "colombienne"),
    "IRN": ("iranien", "iranienne"),
    "ALB": ("albanais", "albanaise"),
    "CHN": ("chinois", "chinoise"),
    "GMB": ("gambien", "gambienne"),
    "CMR": ("camerounais", "camerounaise"),
    "TUR": ("turc", "turque"),
    "YEM": ("yéménite", "yéménite"),
}
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "VEN": ("Venezuela",),
    "SYR": ("Syria",),
    "MEX": ("Mexico",),
    "MAR": ("Morocco",),
    "IRQ": ("Iraq",),
    "ECU": ("Ecuador",),
    "MLI": ("Mali",),
    "SEN": ("Senegal",),
    "TUN": ("Tunisia",),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "PAK": ("Pakistan",),
    "NGA": ("Nigeria",),
    "ROU": ("Romania",),
    "HTI": ("Haiti",),
    "HND": ("Honduras",),
    "EGY": ("Egypt",),
    "VNM": ("Vietnam", "Viet Nam"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "GTM": ("Guatemala",),
    "DZA": ("Algeria",),
    "BGD": ("Bangladesh",),
    "ERI": ("Eritrea",),
    "COL": ("Colombia",),
    "IRN": ("Iran",),
    "ALB": ("Albania",),
    "CHN": ("China",),
    "GMB": ("Gambia", "The Gambia"),
    "CMR": ("Cameroon",),
    "TUR": ("Turkey", "Türkiye"),
    "YEM": ("Yemen",),
    "USA": ("United States", "USA", "US"),
    "DEU": ("Germany",),
    "ESP": ("Spain",),
    "ITA": ("Italy",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "FRA": ("France",),
    "GRC": ("Greece",),
    "AUT": ("Austria",),
    "POL": ("Poland",),
    "LBY": ("Libya",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "RUS": ("Russia",),
    "BLR": ("Belarus",),
    "BGR": ("Bulgaria",),
    "SRB": ("Serbia",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "MKD": ("North Macedonia",),
    "HUN": ("Hungary",),
    "PAN": ("Panama",),
    "HRV": ("Croatia",),
}
_EN_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "VEN": "Venezuelan",
    "SYR": "Syrian",
    "MEX": "Mexican",
    "MAR": "Moroccan",
    "IRQ": "Iraqi",
    "ECU": "Ecuadorian",
    "MLI": "Malian",
    "SEN": "Senegalese",
    "TUN": "Tunisian",
    "GIN": "Guinean",
    "PAK": "Pakistani",
    "NGA": "Nigerian",
    "ROU": "Romanian",
    "HTI": "Haitian",
    "HND": "Honduran",
    "EGY": "Egyptian",
    "VNM": "Vietnamese",
    "CIV": "Ivorian",
    "GTM": "Guatemalan",
    "DZA": "Algerian",
    "BGD": "Bangladeshi",
    "ERI": "Eritrean",
    "COL": "Colombian",
    "IRN": "Iranian",
    "ALB": "Albanian",
    "CHN": "Chinese",
    "GMB": "Gambian",
    "CMR": "Cameroonian",
    "TUR": "Turkish",
    "YEM": "Yemeni",
}
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "VEN": ("Venezuela",),
    "SYR": ("Siria",),
    "MEX": ("México",),
    "MAR": ("Marruecos",),
    "IRQ": ("Irak",),
    "ECU": ("Ecuador",),
    "MLI": ("Malí",),
    "SEN": ("Senegal",),
    "TUN": ("Túnez",),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "PAK": ("Pakistán",),
    "NGA": ("Nigeria",),
    "ROU": ("Rumania", "Rumanía"),
    "HTI": ("Haití",),
    "HND": ("Honduras",),
    "EGY": ("Egipto",),
    "VNM": ("Vietnam",),
    "CIV": ("Costa de Marfil",),
    "GTM": ("Guatemala",),
    "DZA": ("Argelia",),
    "BGD": ("Bangladés", "Bangladesh"),
    "ERI": ("Eritrea",),
    "COL": ("Colombia",),
    "IRN": ("Irán",),
    "ALB": ("Albania",),
    "CHN": ("China", "Rep. Popular China"),
    "GMB": ("Gambia",),
    "CMR": ("Camerún",),
    "TUR": ("Turquía",),
    "YEM": ("Yemen",),
    "USA": ("Estados Unidos", "EE. UU.", "EUA", "EE.UU."),
    "DEU": ("Alemania",),
    "ESP": ("España",),
    "ITA": ("Italia",),
    "GBR": ("Reino Unido",),
    "FRA": ("Francia",),
    "GRC": ("Grecia",),
    "AUT": ("Austria",),
    "POL": ("Polonia",),
    "LBY": ("Libia",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "RUS": ("Rusia",),
    "BLR": ("Bielorrusia",),
    "BGR": ("Bulgaria",),
    "SRB": ("Serbia",),
    "BIH": ("Bosnia y Herzegovina",),
    "MKD": ("Macedonia del Norte",),
    "HUN": ("Hungría",),
    "PAN": ("Panamá",),
    "HRV": ("Croacia",),
}
#: ISO alpha-3 -> Spanish demonym (masculine, feminine).
_ES_DEMONYMS: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "VEN": ("venezolano", "venezolana"),
    "SYR": ("sirio", "siria"),
    "MEX": ("mexicano", "mexicana"),
    "MAR": ("marroquí", "marroquí"),
    "IRQ": ("iraquí", "iraquí"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "TUN": ("tunecino", "tunecina"),
    "GIN": ("guineano", "guineana"),
    "PAK": ("pakistaní", "pakistaní"),
    "NGA": ("nigeriano", "nigeriana"),
    "ROU": ("rumano", "rumana"),
    "HTI": ("haitiano", "haitiana"),
    "HND": ("hondureño", "hondureña"),
    "EGY": ("egipcio", "egipcia"),
    "VNM": ("vietnamita", "vietnamita"),
    "CIV": ("marfileño", "marfileña"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "DZA": ("argelino", "argelina"),
    "BGD": ("bangladesí", "bangladesí"),
    "ERI": ("eritreo", "eritrea"),
    "COL": ("colombiano", "colombiana"),
    "IRN": ("iraní", "iraní"),
    "ALB": ("albanés", "albanesa"),
    "CHN": ("chino", "china"),
    "GMB": ("gambiano", "gambiana"),
    "CMR": ("camerunés", "camerunesa"),
    "TUR": ("turco", "turca"),
    "YEM": ("yemení", "yemení"),
}

# --------------------------------------------------------------------------------------
# Wording: dates
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
_FR_MONTHS_ABBR = (
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
#: Costa Rica writes "setiembre".
_ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "setiembre",
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
    "set",
    "oct",
    "nov",
    "dic",
)
_ROMAN = ("I", "II", "III", "IV")
_ES_ORDINAL_Q = ("1er", "2do", "3er", "4to")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Wording: offences, exploitation, people, transport, linked offences
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "mouscron": {
        "smuggling": (
            "Trafic d'êtres humains",
            "Trafic d'êtres humains - transmigrants",
            "Interception transmigrants (trafic EH, art. 77bis)",
            "Trafic EH",
        ),
        "trafficking": (
            "Traite des êtres humains",
            "TEH",
            "Traite EH (art. 433quinquies)",
        ),
        "both": (
            "Traite + trafic d'êtres humains",
            "TEH et trafic EH",
        ),
    },
    "liege": {
        "smuggling": (
            "Trafic d'êtres humains (art. 77bis L. 15/12/1980)",
            "Art. 77bis Loi 15.12.1980",
            "Trafic d'êtres humains",
            "Trafic de migrants",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 433quinquies CP)",
            "Art. 433quinquies C. pén.",
            "Traite des êtres humains",
            "TEH",
        ),
        "both": (
            "Traite (433quinquies) et trafic (77bis)",
            "TEH + trafic d'êtres humains",
        ),
    },
    "valais": {
        "smuggling": (
            "Art. 116 LEI - incitation à l'entrée illégale",
            "Art. 116 al. 3 LEI",
            "Incitation à l'entrée, à la sortie ou au séjour illégaux (art. 116 LEI)",
            "Aide à l'entrée illégale (LEI 116)",
        ),
        "trafficking": (
            "Traite d'êtres humains (art. 182 CP)",
            "Art. 182 CP",
            "Traite d'êtres humains / Menschenhandel",
        ),
        "both": (
            "Art. 182 CP + art. 116 LEI",
            "Traite d'êtres humains et incitation à l'entrée illégale",
        ),
    },
    "lux": {
        "smuggling": (
            "Migrant smuggling",
            "Smuggling of migrants (art. 382-4 CP)",
            "Facilitation of illegal entry",
        ),
        "trafficking": (
            "THB",
            "Trafficking in human beings",
            "Human trafficking (art. 382-1 CP)",
        ),
        "both": (
            "THB + migrant smuggling",
            "Trafficking and smuggling",
        ),
    },
    "cr": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico ilícito de personas (art. 249 Ley 8764)",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de personas",
            "Trata de personas (art. 172 CP)",
        ),
        "both": (
            "Trata y tráfico ilícito de migrantes",
            "Trata de personas / tráfico ilícito de personas",
        ),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "be": {
        "sexual": ("exploitation sexuelle", "exploitation de la prostitution", "prostitution"),
        "forced_labour": (
            "exploitation économique",
            "travail forcé",
            "exploitation par le travail",
        ),
        "forced_criminality": ("contrainte à commettre un délit", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "ch": {
        "sexual": ("exploitation sexuelle", "exploitation sexuelle / sexuelle Ausbeutung"),
        "forced_labour": ("exploitation du travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    "en": {
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other form"),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio servil", "matrimonio forzado"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra", "otro fin"),
    },
}
#: Exploitation cell of a pure smuggling row (read as no exploitation).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "mouscron": (None, None, "/", "-"),
    "liege": (None, None, "sans objet"),
    "valais": (None, None, "-"),
    "lux": (None, None, "n/a"),
    "cr": (None, None, "no aplica"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "mouscron": {
        "male": ("H", "H", "homme(s)"),
        "female": ("F", "F", "femme(s)"),
        "mixed": ("H+F", "mixte"),
    },
    "liege": {
        "male": ("masculin", "M"),
        "female": ("féminin", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "valais": {
        "male": ("masculin", "M", "homme"),
        "female": ("féminin", "F", "femme"),
        "mixed": ("mixte", "M+F"),
    },
    "lux": {
        "male": ("male", "M", "men"),
        "female": ("female", "F", "women"),
        "mixed": ("mixed", "male & female"),
    },
    "cr": {
        "male": ("masculino", "hombre", "hombres"),
        "female": ("femenino", "mujer", "mujeres"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "mouscron": {
        "adult": ("majeur", "majeurs", "maj."),
        "child": ("mineur", "MENA", "min."),
        "mixed": ("maj.+min.", "majeurs et mineurs"),
        "unknown": ("NC", "non déterminé"),
    },
    "liege": {
        "adult": ("majeur(s)", "adultes"),
        "child": ("mineur(s)", "MENA"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "unknown": ("non déterminé", "inconnu"),
    },
    "valais": {
        "adult": ("adulte", "adultes", "majeur"),
        "child": ("mineur", "MNA", "mineurs"),
        "mixed": ("adultes + mineurs", "mixte"),
        "unknown": ("n.d.", "inconnu"),
    },
    "lux": {
        "adult": ("adult", "adults"),
        "child": ("minor", "minors", "child"),
        "mixed": ("mixed", "adults & minors"),
        "unknown": ("N/K", "unknown"),
    },
    "cr": {
        "adult": ("adultos", "mayores de edad", "adulto"),
        "child": ("menores", "NNA", "menores de edad"),
        "mixed": ("mixto", "adultos y menores", "adultos y NNA"),
        "unknown": ("s/d", "no determinado"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sea": ("maritime", "voie maritime", "embarcation pneumatique", "bateau", "small boat"),
        "land": ("routier", "camion", "poids lourd", "voiture", "à pied", "camionnette", "bus"),
        "air": ("aérien", "avion", "voie aérienne", "vol commercial"),
        "unknown": ("inconnu", "non déterminé"),
    },
    "en": {
        "sea": ("sea", "boat", "dinghy", "by sea", "vessel"),
        "land": ("land", "lorry", "truck", "car", "on foot", "bus"),
        "air": ("air", "flight", "by air", "commercial flight"),
        "unknown": ("unknown", "N/K"),
    },
    "es": {
        "sea": ("marítimo", "vía marítima", "lancha", "embarcación", "bote"),
        "land": ("terrestre", "vía terrestre", "a pie", "autobús", "camión", "vehículo"),
        "air": ("aéreo", "vía aérea", "avión", "vuelo comercial"),
        "unknown": ("s/d", "no determinado"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "be": {
        "document_fraud": ("faux et usage de faux", "faux documents", "fraude documentaire"),
        "corruption": ("corruption", "corruption de fonctionnaire"),
        "money_laundering": ("blanchiment", "blanchiment (art. 505 CP)"),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité", "criminalité informatique"),
        "terrorism": ("terrorisme",),
    },
    "ch": {
        "document_fraud": (
            "faux dans les certificats",
            "faux documents",
            "falsification de documents",
        ),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent (art. 305bis CP)", "blanchiment d'argent"),
        "illicit_goods": ("LStup", "stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("document fraud", "forged documents", "false documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "es": {
        "document_fraud": ("uso de documento falso", "falsificación de documentos"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("legitimación de capitales", "lavado de dinero"),
        "illicit_goods": ("contrabando", "infracción a la Ley de Psicotrópicos"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}
_NO_OFFENCE: dict[str, tuple[str | None, ...]] = {
    "mouscron": (None, None, None, "néant"),
    "liege": (None, None, None, "/"),
    "valais": (None, None, None, "aucune"),
    "lux": (None, None, None, "none"),
    "cr": (None, None, None, "ninguno"),
}
_COUNT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "mouscron": ("NC", "inconnu"),
    "liege": ("inconnu", "n.c."),
    "valais": ("n.d.", "inconnu"),
    "lux": ("N/K", "unknown"),
    "cr": ("s/d", "sin dato", "N/D"),
}
_ZERO_WORD: dict[str, tuple[str, ...]] = {
    "mouscron": ("néant", "aucun"),
    "liege": ("néant", "aucun"),
    "valais": ("aucun", "néant"),
    "lux": ("nil", "none"),
    "cr": ("ninguno", "ninguna persona"),
}
_BLANK_WORD: dict[str, tuple[str | None, ...]] = {
    "mouscron": (None, "NC", "?"),
    "liege": (None, "inconnu"),
    "valais": (None, "inconnu"),
    "lux": (None, "unknown", "N/K"),
    "cr": (None, "s/d", "desconocido"),
}
_COORD_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "mouscron": ("/", "inconnu"),
    "liege": ("/", "n.c."),
    "valais": ("-", "inconnues"),
    "lux": ("N/K", "not recorded"),
    "cr": ("s/d", "sin coordenadas"),
}

#: Share of rows with a count placeholder, an unknown age or transport, missing coordinates.
_PLACEHOLDER_SHARE = 0.02
_NA_SHARE = 0.02
_COORDS_GONE_SHARE = 0.03
_ZERO_WORD_SHARE = 0.3


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: tuple[float, ...]) -> int:
    """Draw an index with the given weights (they need not sum to one)."""
    w = np.asarray(weights, dtype=float)
    return int(rng.choice(len(w), p=w / w.sum()))


def _opt(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _fr_quarter(q: int, year: int, rng: _Rng) -> str:
    suffix = "er" if q == 1 else "e"
    return choice(
        rng, (f"T{q} {year}", f"{q}{suffix} trimestre {year}", f"{q}{suffix} trim. {year}")
    )


def _date_cell(
    src: Blind106Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event date."""
    d, m, y = ts.day, ts.month, ts.year
    q = (m - 1) // 3 + 1
    if partial_ok and src.partial_share > 0 and rng.random() < src.partial_share:
        month_start = pd.Timestamp(year=y, month=m, day=1)
        quarter_start = pd.Timestamp(year=y, month=3 * (q - 1) + 1, day=1)
        if rng.random() < 0.6:  # month only
            if src.style == "liege":
                cell = choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
            elif src.style == "lux":
                cell = choice(rng, (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"))
            else:
                mes = _ES_MONTHS[m - 1]
                cell = choice(rng, (f"{mes} {y}", f"{mes} de {y}", f"{mes.capitalize()} {y}"))
            return cell, month_start, "month", ["partial_month"]
        if src.style == "liege":
            cell = _fr_quarter(q, y, rng)
        elif src.style == "lux":
            cell = choice(rng, (f"Q{q} {y}", f"{y}-Q{q}", f"{y} Q{q}"))
        else:
            cell = choice(
                rng,
                (
                    f"{_ROMAN[q - 1]} trimestre {y}",
                    f"{_ROMAN[q - 1]} trimestre de {y}",
                    f"{_ES_ORDINAL_Q[q - 1]} trimestre {y}",
                ),
            )
        return cell, quarter_start, "quarter", ["partial_quarter"]

    day = pd.Timestamp(year=y, month=m, day=d)
    cell_out: object
    if src.style == "mouscron":
        k = _pick(rng, (0.5, 0.2, 0.15, 0.15))
        cell_out = (
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
            f"{d} {_FR_MONTHS_ABBR[m - 1]} {y}",
        )[k]
        tags = (["date_dmy"], ["date_dmy"], ["two_digit_year"], ["month_name"])[k]
    elif src.style == "liege":
        k = _pick(rng, (0.5, 0.15, 0.1, 0.1, 0.15))
        cells: tuple[object, ...] = (
            day.to_pydatetime(),
            int((day - _EXCEL_EPOCH).days),
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {_FR_MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
        )
        cell_out = cells[k]
        tags = (["excel_date"], ["excel_serial"], ["date_dots"], ["month_name"], ["date_dmy"])[k]
    elif src.style == "valais":
        k = _pick(rng, (0.6, 0.15, 0.1, 0.15))
        cell_out = (
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
        )[k]
        tags = (["date_dots"], ["two_digit_year"], ["iso_date"], ["two_digit_year"])[k]
    elif src.style == "lux":
        k = _pick(rng, (0.45, 0.15, 0.15, 0.1, 0.15))
        cell_out = (
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{MONTHS[m - 1][:3]}-{y}",
            f"{y}-{m:02d}-{d:02d}T00:00:00",
        )[k]
        tags = (["iso_date"], ["date_dots"], ["month_name"], ["month_name"], ["iso_datetime"])[k]
    else:
        k = _pick(rng, (0.5, 0.15, 0.2, 0.15))
        cell_out = (
            f"{d:02d}/{m:02d}/{y}",
            f"{d}-{_ES_MONTHS_ABBR[m - 1]}-{y}",
            f"{d} de {_ES_MONTHS[m - 1]} de {y}",
            f"{d:02d}-{m:02d}-{y}",
        )[k]
        tags = (["date_dmy"], ["month_name"], ["month_name"], ["date_dmy"])[k]
    return cell_out, day, "day", list(tags)


def _as_text_or_int(src: Blind106Source, value: int) -> object:
    """Return a plain count as the file holds it: a number in XLSX/JSONL, text in CSV."""
    return value if src.format != "csv" else str(value)


def _persons(
    src: Blind106Source, n: int, age: str, rng: _Rng
) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of persons."""
    if rng.random() < _PLACEHOLDER_SHARE:
        return choice(rng, _COUNT_PLACEHOLDER[src.style]), None, ["count_placeholder"]
    style = src.style
    if n >= 1000 and rng.random() < 0.7:
        thousands, rest = divmod(n, 1000)
        if style in ("mouscron", "liege", "cr"):
            sep = "." if style != "mouscron" or rng.random() < 0.5 else "\u00a0"
        elif style == "valais":
            sep = choice(rng, ("'", "’"))
        else:
            sep = ","
        return f"{thousands}{sep}{rest:03d}", n, ["thousands_sep"]
    r = rng.random()
    if style == "mouscron" and r < 0.08:
        return choice(rng, (f"{n} pers.", f"{n} personnes")), n, ["count_with_text"]
    if style == "liege" and age == "mixed" and n >= 3 and r < 0.25:
        minors = int(rng.integers(1, n))
        return f"{n} (dont {minors} mineurs)", n, ["count_with_text"]
    if style == "cr" and r < 0.08:
        return f"{n} personas", n, ["count_with_text"]
    if style == "lux" and r < 0.05:
        return str(n), n, ["count_as_text"]
    return _as_text_or_int(src, n), n, []


def _suspects(src: Blind106Source, k: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of suspects."""
    if rng.random() < _PLACEHOLDER_SHARE:
        return choice(rng, _COUNT_PLACEHOLDER[src.style]), None, ["suspects_placeholder"]
    if k == 0 and rng.random() < _ZERO_WORD_SHARE:
        return choice(rng, _ZERO_WORD[src.style]), 0, ["zero_word"]
    return _as_text_or_int(src, k), k, []


def _garble(src: Blind106Source, text: str, rng: _Rng, tags: list[str]) -> str:
    """Now and then garble a UTF-8 source's text as read through cp1252 (valais, lux)."""
    if src.style in ("valais", "lux") and rng.random() < 0.08:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _name(src: Blind106Source, code: str, rng: _Rng) -> str:
    """Return a country name in the source's language (the ISO alpha-3 code if it has none)."""
    table = {"fr": _FR_NAMES, "en": _EN_NAMES, "es": _ES_NAMES}[src.language]
    names = table.get(code)
    if names is None:  # a country this agency's table lacks: it writes the code
        return code
    name = choice(rng, names)
    return name if fits(name, src) else names[0]


def _nationality(src: Blind106Source, code: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    """Return the nationality cell of ``code`` (ISO alpha-3), as the source writes it."""
    fem = gender == "female"
    style = src.style
    r = rng.random()
    if style == "mouscron":
        demo = _FR_DEMONYMS.get(code)
        if demo is not None and r < 0.5:
            tags.append("demonym")
            return demo[1] if fem else demo[0]
        if r < 0.8:
            return _name(src, code, rng)
        tags.append("upper_case")
        return _name(src, code, rng).upper()
    if style == "liege":
        demo = _FR_DEMONYMS.get(code)
        if demo is not None and r < 0.3:
            tags.append("demonym")
            return (demo[1] if fem else demo[0]).capitalize()
        if r < 0.8:
            return _name(src, code, rng)
        tags.append("iso3")
        return code
    if style == "valais":
        demo = _FR_DEMONYMS.get(code)
        alpha2 = iso_codes(code)[0]
        if r < 0.4:
            tags.append("iso2")
            return _garble(src, f"{_name(src, code, rng)} ({alpha2})", rng, tags)
        if r < 0.7 or demo is None:
            tags.append("iso2")
            return alpha2
        tags.append("demonym")
        return _garble(src, demo[1] if fem else demo[0], rng, tags)
    if style == "lux":
        demo_en = _EN_DEMONYMS.get(code)
        if demo_en is not None and r < 0.4:
            tags.append("demonym")
            return demo_en
        if r < 0.8:
            return _garble(src, _name(src, code, rng), rng, tags)
        tags.append("iso3")
        return code
    demo_es = _ES_DEMONYMS.get(code)
    if demo_es is not None and r < 0.5:
        tags.append("demonym")
        return demo_es[1] if fem else demo_es[0]
    return _name(src, code, rng)


def _place(src: Blind106Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Return a country (origin, destination, place of detection) as the source writes it."""
    style = src.style
    r = rng.random()
    if style == "valais":
        alpha2 = iso_codes(code)[0]
        if r < 0.45:
            tags.append("iso2")
            return _garble(src, f"{_name(src, code, rng)} ({alpha2})", rng, tags)
        if r < 0.7:
            tags.append("iso2")
            return alpha2
        return _garble(src, _name(src, code, rng), rng, tags)
    if style == "mouscron" and r < 0.15:
        tags.append("upper_case")
        return _name(src, code, rng).upper()
    if style == "lux":
        if r < 0.15:
            tags.append("iso3")
            return code
        return _garble(src, _name(src, code, rng), rng, tags)
    if style == "liege" and r < 0.1:
        tags.append("iso3")
        return code
    return _name(src, code, rng)


def _transit(src: Blind106Source, codes: str | None, rng: _Rng) -> tuple[str | None, list[str]]:
    """Return the ordered transit countries as the source writes them (or None)."""
    if codes is None:
        none_words: dict[str, tuple[str | None, ...]] = {
            "mouscron": (None, None, "direct"),
            "liege": (None, None, "néant"),
            "lux": (None, None, "direct", "none"),
            "cr": (None, None, "directo"),
        }
        return _opt(rng, none_words[src.style]), []
    parts = codes.split("|")
    names = [_name(src, c, rng) for c in parts]
    style = src.style
    if style == "mouscron":
        k = _pick(rng, (0.4, 0.3, 0.3))
        if k == 2:
            alpha2 = [iso_codes(c)[0] for c in parts]
            return "/".join(alpha2), ["iso2"]
        return (", " if k == 0 else " > ").join(names), []
    if style == "liege":
        k = _pick(rng, (0.5, 0.3, 0.2))
        if k == 2 and len(names) > 1:
            return "via " + ", ".join(names[:-1]) + " et " + names[-1], ["via_words"]
        return (" - " if k == 0 else ", ").join(names), []
    if style == "lux":
        k = _pick(rng, (0.4, 0.3, 0.3))
        if k == 2:
            return "via " + ", ".join(names), ["via_words"]
        return (" > " if k == 0 else ", ").join(names), []
    k = _pick(rng, (0.5, 0.3, 0.2))
    if k == 2 and len(names) > 1:
        return "vía " + ", ".join(names[:-1]) + " y " + names[-1], ["via_words"]
    return (", " if k == 0 else " - ").join(names), []


def _r(value: float, nd: int) -> float:
    """Round ``value`` to ``nd`` decimals, never to a negative zero."""
    return round(value, nd) + 0.0


def _dms(value: float, nd: int) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds (``nd`` decimals) of ``|value|`` and the value they give."""
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round(((a - deg) * 60 - minutes) * 60, nd)
    if sec >= 60:
        sec -= 60
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    back = deg + minutes / 60 + sec / 3600
    return deg, minutes, sec, _r(back if value >= 0 else -back, 6)


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (3 decimals) of ``|value|`` and the value they give."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 3)
    if minutes >= 60:
        minutes -= 60
        deg += 1
    back = deg + minutes / 60
    return deg, minutes, _r(back if value >= 0 else -back, 6)


def _coords(
    src: Blind106Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of the place of detection."""
    style = src.style
    split = "coordinates" not in src.headers
    r = rng.random()
    if r < _COORDS_GONE_SHARE:
        if rng.random() < 0.5:
            return {}, None, None, ["coords_missing"]
        word = choice(rng, _COORD_PLACEHOLDER[style])
        cells: dict[str, object] = {"lat": word, "lon": word} if split else {"coordinates": word}
        return cells, None, None, ["coords_placeholder"]
    ns = "N" if lat >= 0 else "S"
    west = "O" if style == "cr" else "W"
    ew = "E" if lon >= 0 else west
    if style == "liege":
        la, lo = _r(lat, 5), _r(lon, 5)
        if rng.random() < 0.2:
            text_la = f"{la:.5f}".replace(".", ",")
            text_lo = f"{lo:.5f}".replace(".", ",")
            return {"lat": text_la, "lon": text_lo}, la, lo, ["decimal_comma"]
        return {"lat": la, "lon": lo}, la, lo, []
    if style == "cr":
        if rng.random() < 0.5:
            la, lo = _r(lat, 5), _r(lon, 5)
            return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, []
        d1, m1, s1, la = _dms(lat, 1)
        d2, m2, s2, lo = _dms(lon, 1)
        cell_la = f"{d1}°{m1:02d}'{s1:04.1f}\" {ns}"
        cell_lo = f"{d2}°{m2:02d}'{s2:04.1f}\" {ew}"
        return {"lat": cell_la, "lon": cell_lo}, la, lo, ["dms", "west_o" if lon < 0 else "dms_e"]
    if style == "mouscron":
        k = _pick(rng, (0.5, 0.3, 0.2))
        if k == 1:
            d1, mm1, la = _ddm(lat)
            d2, mm2, lo = _ddm(lon)
            text = f"{ns}{d1:02d}°{mm1:06.3f}' {ew}{d2:03d}°{mm2:06.3f}'"
            return {"coordinates": text}, la, lo, ["ddm"]
        la, lo = _r(lat, 5), _r(lon, 5)
        if k == 2:
            text = f"{la:.5f}".replace(".", ",") + " / " + f"{lo:.5f}".replace(".", ",")
            return {"coordinates": text}, la, lo, ["decimal_comma"]
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if style == "valais":
        k = _pick(rng, (0.5, 0.2, 0.3))
        if k == 2:
            d1, m1, s1, la = _dms(lat, 1)
            d2, m2, s2, lo = _dms(lon, 1)
            text = f"{d1}°{m1:02d}'{s1:04.1f}\"{ns} {d2}°{m2:02d}'{s2:04.1f}\"{ew}"
            return {"coordinates": text}, la, lo, ["dms"]
        la, lo = _r(lat, 5), _r(lon, 5)
        if k == 1:
            text = f"{ns} {abs(la):.5f} / {ew} {abs(lo):.5f}"
            return {"coordinates": text}, la, lo, ["hemisphere_letters"]
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    # lux
    k = _pick(rng, (0.6, 0.2, 0.2))
    if k == 2:
        la, lo = _r(lat, 4), _r(lon, 4)
        return {"coordinates": f"lat {la:.4f} long {lo:.4f}"}, la, lo, ["coords_labelled"]
    la, lo = _r(lat, 5), _r(lon, 5)
    if k == 1:
        text = f"{abs(la):.5f}{ns} {abs(lo):.5f}{ew}"
        return {"coordinates": text}, la, lo, ["hemisphere_letters"]
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []


def _family(src: Blind106Source) -> str:
    """Wording family of exploitation forms and linked offences."""
    return {"mouscron": "be", "liege": "be", "valais": "ch"}.get(src.style, src.language)


def _linked(src: Blind106Source, offences: str | None, rng: _Rng) -> str | None:
    """Return the linked offences as the source writes them (or None)."""
    if offences is None:
        return _opt(rng, _NO_OFFENCE[src.style])
    table = _OFFENCES[_family(src)]
    words = [choice(rng, table[o]) for o in offences.split("|")]
    joiner = {"mouscron": " + ", "liege": " ; ", "valais": ", ", "lux": ", ", "cr": " / "}
    return joiner[src.style].join(words)


def _blank(src: Blind106Source, rng: _Rng) -> str | None:
    """Return a cell left blank, or holding the source's word for "not known"."""
    return _opt(rng, _BLANK_WORD[src.style])


def _render(
    src: Blind106Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags).

    Parameters
    ----------
    src : Blind106Source
        The source writing the event.
    ev : dict
        The event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``"coordinates"`` for a one-column place).
    expected : dict
        The clean values a cleaner should give, by event field.
    tags : list of str
        Messiness tags of the row.
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    date_cell, day, precision, date_tags = _date_cell(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = date_cell
    exp["event_date"], exp["date_precision"] = day, precision
    tags += date_tags

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.style][crime])
    exp["crime_type"] = crime
    if any(ch.isdigit() for ch in str(cells["crime_type"])):
        tags.append("legal_article")
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = _opt(rng, _NO_EXPLOITATION[src.style])
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[_family(src)][str(expl)])
        exp["exploitation"] = str(expl)

    age = str(ev["age_group"])
    cell, count, more = _persons(src, int(ev["n_persons"]), age, rng)  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = cell, count
    tags += more

    if forced_blank == "n_suspects":
        cells["n_suspects"] = _blank(src, rng)
        tags.append("blank_n_suspects")
    else:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        cell, count, more = _suspects(src, k, rng)
        cells["n_suspects"], exp["n_suspects"] = cell, count
        tags += more

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = _blank(src, rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[src.style][gender])
        exp["gender"] = gender

    if rng.random() < _NA_SHARE:
        cells["age_group"] = choice(rng, _AGE[src.style]["unknown"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[src.style][age])
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = _blank(src, rng)
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, nat, gender, rng, tags)
        exp["nationality"] = nat

    origin = str(ev["origin_country"])
    cells["origin_country"] = _place(src, origin, rng, tags)
    exp["origin_country"] = origin

    if "transit_countries" in src.headers:
        transit = ev["transit_countries"]
        text, more = _transit(src, None if transit is None else str(transit), rng)
        cells["transit_countries"] = text
        exp["transit_countries"] = None if transit is None else str(transit)
        tags += more

    dest = str(ev["destination_country"])
    cells["destination_country"] = _place(src, dest, rng, tags)
    exp["destination_country"] = dest

    where = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = _blank(src, rng)
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _place(src, where, rng, tags)
        exp["detection_country"] = where

    mode = str(ev["transport_mode"])
    words = _TRANSPORT[src.language]
    if rng.random() < _NA_SHARE:
        cells["transport_mode"] = choice(rng, words["unknown"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, words[mode])
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        place, exp["lat"], exp["lon"], more = _coords(src, lat, lon, rng)
        cells.update(place)
        tags += more

    offences = ev["linked_offences"]
    cells["linked_offences"] = _linked(src, None if offences is None else str(offences), rng)
    exp["linked_offences"] = None if offences is None else str(offences)

    for key, value in cells.items():  # a cp1252 file cannot hold every character
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: cell {key}={value!r} does not fit {src.encoding}")
    return cells, exp, tags


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return an impossible (day, month) near the event's month: 30 Feb, 31 April..."""
    if ts.month in (2, 3, 1):
        return int(choice(rng, ("30", "31"))), 2
    short = {4: 4, 5: 4, 6: 6, 7: 6, 8: 9, 9: 9, 10: 9, 11: 11, 12: 11}
    return 31, short[ts.month]


def _bad_date(src: Blind106Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (no, bad or future date)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m = _impossible_day(ts, rng)
        y = ts.year
    else:  # digits swapped on the keyboard (2022 -> 2202) or ten years ahead
        d, m = ts.day, ts.month
        text = str(ts.year)
        y = int(text[0] + text[2] + text[1] + text[3]) if rng.random() < 0.5 else ts.year + 10
        if y <= ts.year:
            y = ts.year + 10
    if src.style == "valais":
        return f"{d:02d}.{m:02d}.{y}"
    if src.style == "lux":
        return f"{y}-{m:02d}-{d:02d}"
    if src.style == "cr" and rng.random() < 0.3:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    if src.style == "liege" and rng.random() < 0.5:
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def _note_date(src: Blind106Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=9)
    if src.style == "liege":
        return day.to_pydatetime()
    if src.style == "valais":
        return day.strftime("%d.%m.%Y")
    if src.style == "lux":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Blind106Source] = Examiner(
    sources=BLIND106_SOURCES,
    primary=_PRIMARY,
    compilation=_LUX.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=106_106,
    blank_share=0.5,
)


def make_blind106(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind106`` examiner set (files ``*_dd.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``zp_mouscron_dd.csv``, ``pjf_liege_dd.xlsx``, ``polcant_valais_dd.csv``,
        ``srec_lux_dd.jsonl`` and ``fronteras_cr_dd.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind106(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['zp_mouscron_dd.csv', 'pjf_liege_dd.xlsx', 'polcant_valais_dd.csv',
     'srec_lux_dd.jsonl', 'fronteras_cr_dd.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
