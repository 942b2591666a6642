"""Examiner variant ``blind42``: five agencies writing in their own ways (files ``*_ar.*``).

A reader's guide to the five sources. Each source first reports the events detected in
its own country; the Canadian digest reports every other event; some events are reported
a second time by another source (a day off, written the second source's way).

``usao_swb_ar.csv`` -- U.S. Attorneys' Offices, Southwest Border districts (EOUSA caseload extract)
    English, cp1252, ``,``, CRLF. First reports the events detected in the USA, and
    reports Darién events a second time (extraterritorial prosecutions). Month-first
    dates (``03/14/2022``, ``3/4/2022``), Oracle-style ``14-MAR-22``, ISO, ``Mar 14,
    2022``; a few month-only dates (``March 2022``). Lead charge as U.S. Code citations
    (``8 USC 1324(a)(1)(A)(ii)`` smuggling, ``18 USC 1591`` sex trafficking, ``18 USC
    1589`` forced labor, ``§``); other charges as citations (``18 USC 1546`` documents,
    ``18 USC 1956`` laundering, ``21 USC 841`` drugs, ``18 USC 201`` bribery).
    Citizenship in capitals (``MEXICO``), ISO codes, demonyms, US typos (``COLUMBIA``,
    ``GUATAMALA``); ``UNK``/``TBD`` counts; ``None`` defendants; ``A``/``J``/``UAC``/
    ``Family unit`` age codes; ``M/F`` mixed sex; coordinates as signed decimals,
    ``31.3404N 110.9343W`` or degrees-minutes-seconds. Extra column ``District``.

``siec_panama_ar.csv`` -- Panama, Ministerio de Seguridad Pública, SIEC (criminal statistics)
    Spanish, UTF-16 with BOM (Excel "Texto Unicode"), tab-delimited; rows re-sent (exact
    repeats). First reports the events detected in Panama. Day-first dates
    (``14/03/2022``, ``4/3/22``), ``14-mar-2022``, ``14 de marzo de 2022``, ISO, dates
    with a time; month-only (``marzo de 2022``, ``03/2022``) and quarter dates
    (``I trimestre 2022``, ``1er trim. 2022``). Offence as ``Tráfico ilícito de migrantes``,
    ``TIM``, ``Trata de personas (Ley 79 de 2011)``. Spanish country names and demonyms
    (``venezolana``, ``haitiano``), mojibake (``HaitÃ­``), typos; ``S/D``/``N/D`` counts;
    ``Ninguno`` apprehended; ``NNA`` minors; ``H y M`` mixed; counts with ``.``
    thousands; coordinates in degrees-minutes-seconds with ``O`` (oeste) for west, or
    with decimal commas; transit lists ending in `` y ``. Extra column ``Provincia /
    Comarca``.

``sco_polizia_ar.jsonl`` -- Polizia di Stato, Servizio Centrale Operativo (liaison feed)
    English keys and values, UTF-8 JSON lines. First reports the events detected in
    Italy and reports Greek, Croatian and Spanish events a second time. ISO dates, ISO
    date-times, ``14/03/2022``, ``14.03.2022``, ``14 Mar 2022``; month-only ``2022-03``.
    Offences by Italian law (``art. 12 D.Lgs. 286/1998`` / ``TUI`` smuggling, ``art. 601
    c.p.`` trafficking, ``603-bis`` labour exploitation, sometimes in Italian); ISO-2
    codes (``NG``, ``UK``) and English names; counts as numbers, text, placeholders
    (``n.k.``) or with a note (``14 (incl. 3 minors)``); latitude and longitude as
    numbers, strings, decimal commas or nautical degrees and decimal minutes
    (``035°30.074'N``). Extra keys ``place_of_event`` and ``reporting_unit``.

``ris_greece_ar.csv`` -- Greece, Migration Ministry, Reception and Identification Service (RIS)
    English, UTF-8 with BOM, ``;`` (Greek Excel locale). First reports the events
    detected in Greece. Day-first dates without zero padding (``14/3/2022``),
    ``14-Mar-2022``, ``14.03.2022``; month-only ``03/2022``. Offences ``Smuggling (Art.
    29-30 L.4251/2014)``, ``THB (Art. 323A PC)``; ISO-3 codes and English names, ``UAM``
    minors, ``Family`` for mixed ages, ``nil`` facilitators; ``.`` thousands in counts
    of a thousand or more; latitude and longitude in two columns with decimal commas
    (``39,10834``) or as ``39°06'30.0"N``. Extra column ``Facility`` (``RIC Lesvos (Mavrovouni)``).

``rcmp_cnctp_ar.xlsx`` -- RCMP/GRC, Human Trafficking National Coordination Centre (digest)
    French with bilingual French/English headers (``Date de l'événement / Event date``),
    XLSX; rows re-sent (exact repeats). Reports every event not detected in the USA,
    Panama, Italy or Greece, and some US and Italian events a second time. Real Excel
    dates, Excel serial numbers, ISO text, ``1er mars 2022``, ``14/03/2022``,
    ``2022/03/14``; month-only (``mars 2022``) and quarter dates (``T1 2022``, ``2e
    trimestre 2022``). Offences by Canadian law (``passage de clandestins (LIPR art.
    117)``, ``traite de personnes (art. 279.01 C.cr.)``); French country names and
    demonyms (``érythréenne``, ``nigérian``), Canadian abbreviations (``É.-U.``,
    ``R.-U.``), bilingual values (``Mixte / Mixed``); ``s.o.`` (sans objet);
    ``aucun``/``néant`` suspects; counts as numbers or with (narrow) no-break-space
    thousands; coordinates with decimal commas and ``N``/``E``/``O`` letters or
    degrees-minutes-seconds with primes; related offences on several lines of a cell.
    Extra column ``Transmis par / Reported by``.

Every source writes an empty row (CSV), a dated note row and a total row; bad rows have
no date (blank or a word), an impossible date (``02/30/2022``, ``29/02/2022``), a date
with two year digits swapped (``2202``), a negative or an unreadable count.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND42_SOURCES", "make_blind42"]

_Rng = np.random.Generator

_US = "usao_swb_ar"
_PA = "siec_panama_ar"
_IT = "sco_polizia_ar"
_GR = "ris_greece_ar"
_CA = "rcmp_cnctp_ar"

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_USAO = ExaminerSource(
    source=_US,
    filename="usao_swb_ar.csv",
    ref="{year}R{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "USAO No.",
        "event_date": "Arrest Date",
        "district": "District",
        "crime_type": "Lead Charge",
        "exploitation": "HT Type",
        "n_persons": "No. of Aliens/Victims",
        "n_suspects": "No. of Defts",
        "gender": "Sex",
        "age_group": "Adult/Juv",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "detection_country": "Apprehension Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Conveyance",
        "coordinates": "Arrest Lat/Long",
        "linked_offences": "Other Charges",
    },
    note="NOTE: sealed and juvenile matters excluded; counts provisional until FY close-out",
    total="TOTAL",
    bad_count=("several", "multiple", "numerous"),
    repeats=False,
)
_SIEC = ExaminerSource(
    source=_PA,
    filename="siec_panama_ar.csv",
    ref="{seq:05d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GPS)",
        "linked_offences": "Delitos conexos",
        "place": "Provincia / Comarca",
    },
    note="Nota: cifras preliminares, sujetas a revisión (SIEC/MINSEG)",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "numerosos"),
    repeats=True,
)
_SCO = ExaminerSource(
    source=_IT,
    filename="sco_polizia_ar.jsonl",
    ref="SCO-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "sco_ref",
        "event_date": "date_of_event",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "detection_country",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
        "place": "place_of_event",
        "unit": "reporting_unit",
    },
    note="Note: SDI extraction, figures under validation by the Servizio Centrale Operativo",
    total="TOTAL",
    bad_count=("several", "various", "a group"),
    repeats=False,
)
_RIS = ExaminerSource(
    source=_GR,
    filename="ris_greece_ar.csv",
    ref="RIS/{year}/{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of arrival / detection",
        "crime_type": "Incident type",
        "exploitation": "THB form",
        "n_persons": "Persons registered",
        "n_suspects": "Facilitators arrested",
        "gender": "Gender",
        "age_group": "Age category",
        "nationality": "Nationality (declared)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Mode of arrival",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other offences",
        "place": "Facility",
    },
    note="Note: arrivals pending Eurodac registration are not included",
    total="Total",
    bad_count=("several", "many", "group"),
    repeats=False,
)
_CNCTP = ExaminerSource(
    source=_CA,
    filename="rcmp_cnctp_ar.xlsx",
    ref="CNCTP-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "No de dossier / File No.",
        "event_date": "Date de l'événement / Event date",
        "crime_type": "Infraction / Offence",
        "exploitation": "Type d'exploitation / Type of exploitation",
        "n_persons": "Nbre de personnes / No. of persons",
        "n_suspects": "Nbre de suspects / No. of suspects",
        "gender": "Sexe / Sex",
        "age_group": "Groupe d'âge / Age group",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Country of origin",
        "destination_country": "Pays de destination / Destination country",
        "detection_country": "Pays de détection / Country of detection",
        "transit_countries": "Pays de transit / Transit countries",
        "transport_mode": "Mode de transport / Mode of transport",
        "coordinates": "Coordonnées / Coordinates",
        "linked_offences": "Infractions connexes / Related offences",
        "reporter": "Transmis par / Reported by",
    },
    note="Nota : données non validées, usage réservé aux partenaires / Unvalidated data",
    total="Total / Total",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=True,
)

#: The five sources of the ``blind42`` set, in the order of the submissions.
BLIND42_SOURCES: tuple[ExaminerSource, ...] = (_USAO, _SIEC, _SCO, _RIS, _CNCTP)

_PRIMARY = {"USA": _US, "PAN": _PA, "ITA": _IT, "GRC": _GR}
_SECONDARY = {
    ("darien", "PAN"): _US,
    ("us_mex", "USA"): _CA,
    ("cmed", "ITA"): _CA,
    ("thb_nga_ita", "ITA"): _CA,
    ("thb_rou_esp", "ITA"): _CA,
    ("emed", "GRC"): _IT,
    ("wbal", "HRV"): _IT,
    ("thb_rou_esp", "ESP"): _IT,
}

# --------------------------------------------------------------------------------------
# Wording: months, countries
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")

_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"),
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
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("Gambia", "The Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran", "Iran (Islamic Rep.)"),
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
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Bélarus", "Biélorussie"),
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
    "GBR": ("Royaume-Uni", "R.-U."),
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
    "NGA": ("Nigéria", "Nigeria"),
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
    "USA": ("États-Unis", "É.-U."),
    "VEN": ("Venezuela",),
    "VNM": ("Viet Nam", "Vietnam"),
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
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá", "República de Panamá"),
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
#: Misspellings a clerk of each language makes (each still reads as one country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "COL": "Columbia",
        "GTM": "Guatamala",
        "EGY": "Eygpt",
        "ERI": "Eritria",
        "HND": "Hondurus",
        "SEN": "Senagal",
        "VEN": "Venezuala",
        "MAR": "Morrocco",
    },
    "es": {
        "AFG": "Afganistan",
        "VEN": "Venezula",
        "ECU": "Equador",
        "COL": "Colonbia",
        "HTI": "Haiti",
        "HND": "Hondura",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "VEN": "Vénézuéla",
        "ECU": "Equateur",
        "DZA": "Algerie",
        "SEN": "Senegal",
    },
}
_NAMES = {"en": _EN_NAMES, "fr": _FR_NAMES, "es": _ES_NAMES}

# --------------------------------------------------------------------------------------
# Wording: offences, forms of exploitation, people, transport
# --------------------------------------------------------------------------------------
#: Crime wording by source: "crime:exploitation" first, then "crime".
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _US: {
        "smuggling": (
            "8 USC 1324(a)(1)(A)(ii) - Transportation of illegal aliens",
            "8 U.S.C. § 1324 - Alien smuggling",
            "8 USC 1324(a)(1)(A)(iii) Harboring illegal aliens",
            "Alien Smuggling",
            "8 USC 1324 BRINGING IN AND HARBORING CERTAIN ALIENS",
        ),
        "trafficking:sexual": (
            "18 USC 1591 - Sex trafficking",
            "18 U.S.C. § 1591 Sex Trafficking by Force, Fraud or Coercion",
        ),
        "trafficking:forced_labour": (
            "18 USC 1589 - Forced labor",
            "18 U.S.C. § 1589 Forced Labor",
        ),
        "trafficking": (
            "18 USC 1590 - Trafficking (peonage, slavery, involuntary servitude)",
            "Human Trafficking (18 USC Ch. 77)",
        ),
        "both:sexual": ("8 USC 1324; 18 USC 1591", "Alien smuggling & sex trafficking"),
        "both:forced_labour": ("8 USC 1324; 18 USC 1589", "Alien smuggling & forced labor"),
        "both": ("8 USC 1324 + 18 USC 1590", "Alien smuggling & human trafficking"),
    },
    _PA: {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "Tráfico de migrantes",
            "TIM",
            "Delito de tráfico ilícito de migrantes",
        ),
        "trafficking": (
            "Trata de personas",
            "TRATA DE PERSONAS",
            "Trata de personas (Ley 79 de 2011)",
        ),
        "both": (
            "Trata de personas / Tráfico ilícito de migrantes",
            "Tráfico ilícito de migrantes y trata de personas",
            "TIM + Trata de personas",
        ),
    },
    _IT: {
        "smuggling": (
            "Aiding illegal immigration (art. 12 D.Lgs. 286/1998)",
            "Art. 12 TUI - migrant smuggling",
            "Migrant smuggling",
            "Favoreggiamento dell'immigrazione clandestina (art. 12 TUI)",
        ),
        "trafficking:forced_labour": (
            "Art. 601 c.p. / 603-bis c.p. (trafficking, labour exploitation)",
            "Trafficking in persons (art. 601 c.p.)",
        ),
        "trafficking": (
            "Trafficking in persons (art. 601 c.p.)",
            "Art. 601 c.p. - tratta di persone",
            "THB (art. 601 c.p.)",
            "Enslavement and trafficking (artt. 600-601 c.p.)",
        ),
        "both": (
            "Art. 12 TUI + art. 601 c.p.",
            "Migrant smuggling and THB (art. 12 TUI, art. 601 c.p.)",
        ),
    },
    _GR: {
        "smuggling": (
            "Migrant smuggling",
            "Smuggling (Art. 29-30 L.4251/2014)",
            "Facilitation of illegal entry",
            "SoM",
        ),
        "trafficking": ("THB (Art. 323A PC)", "Trafficking in human beings", "THB"),
        "both": ("Smuggling + THB", "SoM / THB (Art. 323A PC)"),
    },
    _CA: {
        "smuggling": (
            "Passage de clandestins (LIPR art. 117)",
            "Trafic de migrants",
            "Introduction clandestine de migrants",
            "Organisation d'entrée illégale (art. 117 LIPR)",
            "Passage de clandestins / Migrant smuggling",
        ),
        "trafficking": (
            "Traite de personnes (art. 279.01 C.cr.)",
            "Traite des personnes",
            "TRAITE DE PERSONNES / HUMAN TRAFFICKING",
            "Traite de personnes (LIPR art. 118)",
        ),
        "both": (
            "Traite de personnes + passage de clandestins",
            "Art. 279.01 C.cr. et art. 117 LIPR",
            "Traite / passage de clandestins",
        ),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _US: {
        "sexual": ("Sex trafficking", "Commercial sex", "Sex"),
        "forced_labour": ("Labor trafficking", "Forced labor", "Labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _PA: {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra", "Otros fines"),
    },
    _IT: {
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminal activities", "forced criminality"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    _GR: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _CA: {
        "sexual": ("Exploitation sexuelle", "sexuelle", "Exploitation sexuelle / Sexual"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Criminalité forcée", "Exploitation criminelle"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autre forme d'exploitation"),
    },
}
#: What a source writes in the exploitation column of a pure smuggling case (besides blank).
_NOT_APPLICABLE = {
    _US: ("N/A", "-"),
    _PA: ("No aplica", "N/A"),
    _IT: ("n.a.",),
    _GR: ("N/A", "-"),
    _CA: ("s.o.", "sans objet", "s.o. / N/A"),
}
#: Words for a value the source does not know (age group, transport mode: "unknown").
_NA_WORDS = {
    _US: ("UNK", "Unknown", "N/A"),
    _PA: ("No consta", "N/D", "Sin dato"),
    _IT: ("n.k.", "unknown"),
    _GR: ("Unknown", "N/A", "Not recorded"),
    _CA: ("inconnu", "s.o.", "N/D"),
}
_COUNT_PLACEHOLDERS = {
    _US: ("UNK", "Unknown", "TBD"),
    _PA: ("S/D", "N/D", "sin dato"),
    _IT: ("n.k.", "unknown"),
    _GR: ("pending", "unknown"),
    _CA: ("inconnu", "n.d.", "ND"),
}
_ZERO_WORDS = {
    _US: ("None", "NONE", "0 - none"),
    _PA: ("Ninguno", "Sin aprehendidos", "ninguno"),
    _IT: ("none", "nobody"),
    _GR: ("nil", "none"),
    _CA: ("aucun", "néant", "Aucun / None"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _US: {
        "male": ("M", "Male", "MALE"),
        "female": ("F", "Female", "FEMALE"),
        "mixed": ("M/F", "Mixed", "Male & Female"),
    },
    _PA: {
        "male": ("Hombres", "Masculino", "Hombre"),
        "female": ("Mujeres", "Femenino", "Mujer"),
        "mixed": ("Mixto", "Ambos sexos", "H y M"),
    },
    _IT: {
        "male": ("male", "M", "males"),
        "female": ("female", "F", "females"),
        "mixed": ("mixed", "M+F", "males and females"),
    },
    _GR: {
        "male": ("Male", "Men", "M"),
        "female": ("Female", "Women", "F"),
        "mixed": ("Mixed", "Men & women", "M/F"),
    },
    _CA: {
        "male": ("Masculin", "Homme(s)", "H", "Masculin / Male"),
        "female": ("Féminin", "Femme(s)", "F", "Féminin / Female"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes", "Mixte / Mixed"),
    },
}
_GENDER_UNKNOWN = {
    _US: ("UNK",),
    _PA: ("No consta",),
    _IT: ("unknown",),
    _GR: ("Unknown",),
    _CA: ("inconnu",),
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _US: {
        "adult": ("Adult", "ADULT", "A"),
        "child": ("Juvenile", "J", "UAC", "Minor"),
        "mixed": ("Adults & juveniles", "Family unit", "Mixed"),
    },
    _PA: {
        "adult": ("Adultos", "Adulto", "Mayores de edad"),
        "child": ("Menores", "NNA", "Menor de edad"),
        "mixed": ("Mixto", "Adultos y NNA", "Adultos y menores"),
    },
    _IT: {
        "adult": ("adult", "adults"),
        "child": ("minor", "UAM", "minors"),
        "mixed": ("adults and minors", "mixed"),
    },
    _GR: {
        "adult": ("Adult", "Adults"),
        "child": ("UAM", "Minor", "Child"),
        "mixed": ("Mixed", "Adults & minors", "Family"),
    },
    _CA: {
        "adult": ("Adulte", "Majeur(s)", "Adultes / Adults"),
        "child": ("Mineur", "Mineur(s) / Minor(s)", "MNA", "Enfant(s)"),
        "mixed": ("Mixte", "Adultes et mineurs", "Mixte / Mixed"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _US: {
        "land": (
            "Vehicle",
            "On foot",
            "Tractor-trailer",
            "Passenger vehicle",
            "Foot/brush",
            "Freight train",
        ),
        "sea": ("Vessel", "Panga boat", "Maritime"),
        "air": ("Commercial flight", "Aircraft", "Air"),
    },
    _PA: {
        "land": ("Terrestre", "A pie", "Vía terrestre", "Caminata (selva)", "Bus"),
        "sea": ("Marítimo", "Lancha", "Embarcación", "Vía marítima"),
        "air": ("Aéreo", "Vuelo comercial", "Vía aérea"),
    },
    _IT: {
        "sea": ("sea", "sea landing", "boat", "fishing boat", "rubber dinghy", "sailing boat"),
        "land": ("land", "car", "truck", "train"),
        "air": ("air", "flight", "commercial flight"),
    },
    _GR: {
        "sea": ("Sea", "Sea (dinghy)", "Boat", "Maritime"),
        "land": ("Land", "Land border", "On foot", "Vehicle"),
        "air": ("Air", "Flight"),
    },
    _CA: {
        "sea": (
            "Maritime",
            "Voie maritime",
            "Embarcation légère / small boat",
            "Bateau pneumatique",
            "Maritime / Marine",
        ),
        "land": ("Terrestre", "Camion", "Voiture", "À pied", "Terrestre / Land"),
        "air": ("Aérien", "Vol commercial", "Aérien / Air"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    _US: {
        "document_fraud": ("18 USC 1546 (visa/document fraud)", "Fraudulent documents"),
        "corruption": ("18 USC 201 (bribery of public official)", "Bribery"),
        "money_laundering": ("18 USC 1956 (money laundering)", "Money laundering"),
        "illicit_goods": ("21 USC 841 (drugs)", "Drug trafficking", "Firearms (18 USC 922)"),
        "cybercrime": ("18 USC 1030 (computer fraud)",),
        "terrorism": ("18 USC 2339B (material support to terrorists)",),
    },
    _PA: {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho", "Corrupción de servidores públicos"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    _IT: {
        "document_fraud": ("false documents (art. 497-bis c.p.)", "forged documents"),
        "corruption": ("corruption (art. 319 c.p.)", "bribery"),
        "money_laundering": ("money laundering (art. 648-bis c.p.)", "money laundering"),
        "illicit_goods": ("drug trafficking (DPR 309/90)", "contraband goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism (art. 270-bis c.p.)",),
    },
    _GR: {
        "document_fraud": ("Forged documents", "Document fraud"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Smuggled goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    _CA: {
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": (
            "Blanchiment d'argent",
            "Recyclage des produits de la criminalité",
        ),
        "illicit_goods": ("Stupéfiants", "Marchandises illicites"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_OFFENCE_SEPARATORS = {
    _US: ("; ",),
    _PA: (" / ", "; "),
    _IT: (", ", "; "),
    _GR: (" + ", ", "),
    _CA: ("; ", "\n"),
}
_NONE_WORDS = {
    _US: ("None",),
    _PA: ("Ninguno",),
    _IT: ("none",),
    _GR: ("None",),
    _CA: ("néant", "Aucune / None"),
}
_DIRECT_WORDS = {
    _US: ("Direct", "None"),
    _PA: ("Directo", "Ninguno"),
    _IT: ("direct", "none"),
    _GR: ("Direct",),
    _CA: ("Aucun", "Direct / Direct"),
}
_TRANSIT_SEPARATORS = {
    _US: ("; ", ", ", " / "),
    _PA: (" - ", ", ", " y "),
    _IT: (" > ", ", ", " - "),
    _GR: (" > ", " - ", ", "),
    _CA: (" → ", ", ", " > ", " / "),
}
_COORD_PLACEHOLDERS = {
    _US: ("N/A", "UNK"),
    _PA: ("N/D", "Sin coordenadas"),
    _IT: ("n.a.", "not recorded"),
    _GR: ("n/a", "-"),
    _CA: ("s.o.", "inconnues", "N/D"),
}
_NO_DATE_WORDS = {
    _US: ("UNKNOWN", "N/A"),
    _PA: ("S/F", "sin fecha"),
    _IT: ("n.k.",),
    _GR: ("unknown",),
    _CA: ("inconnue", "ND"),
}
#: Shares of month-only and quarter-only dates (when the row may leave out the day).
_PARTIAL = {
    _US: (0.01, 0.0),
    _PA: (0.03, 0.015),
    _IT: (0.02, 0.0),
    _GR: (0.02, 0.0),
    _CA: (0.04, 0.02),
}

# Extra columns: the place as the agency names it, the reporting office.
_DISTRICT = {
    "Rio Grande Valley": ("S.D. Tex.", "SDTX"),
    "El Paso": ("W.D. Tex.", "WDTX"),
    "Nogales (Sonora/Arizona)": ("D. Ariz.", "AZ"),
    "Sasabe": ("D. Ariz.", "AZ"),
}
_PANAMA_PLACE = {
    "Lajas Blancas": ("Darién (ERM Lajas Blancas)", "Darién - Metetí"),
    "Bajo Chiquito": ("Comarca Emberá-Wounaan (Bajo Chiquito)", "Comarca Emberá"),
    "Darién gap": ("Darién", "Darién - Yaviza"),
}
_ITALY_PLACE = {
    "Lampedusa": ("Lampedusa (AG)", "Agrigento"),
    "Pozzallo": ("Pozzallo (RG)", "Ragusa"),
    "Crotone": ("Crotone (KR)", "Crotone"),
    "Palermo": ("Palermo (PA)", "Palermo"),
    "Castel Volturno": ("Castel Volturno (CE)", "Caserta"),
    "Torino": ("Torino (TO)", "Torino"),
    "Latina (Agro Pontino)": ("Latina (LT)", "Latina"),
}
_GREECE_PLACE = {
    "Lesbos": ("RIC Lesvos (Mavrovouni)", "CCAC Lesvos"),
    "Samos": ("CCAC Samos (Zervou)", "RIC Samos"),
    "Evros": ("RIC Fylakio (Evros)", "Fylakio"),
}
_LIAISON = {
    "FRA": "ALO Paris",
    "GBR": "ALO Londres",
    "ESP": "ALO Madrid",
    "ITA": "ALO Rome",
    "HRV": "ALO Vienne (accrédité Croatie)",
    "POL": "ALO Varsovie",
    "GRC": "ALO Athènes",
    "USA": "ALO Washington",
    "PAN": "ALO Mexico (accrédité Panama)",
}


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _serial(ts: pd.Timestamp) -> int:
    """Excel's serial number of a day (1900 date system)."""
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _swap_year(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with the second and third digits of its year swapped (2022: 2202)."""
    y = f"{ts.year:04d}"
    year = int(y[0] + y[2] + y[1] + y[3])
    return pd.Timestamp(year=year, month=ts.month, day=min(ts.day, 28))


def _day_text(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Return a day as the source writes it, with a tag naming the style."""
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if src.source == _US:
        if r < 0.55:
            return f"{m:02d}/{d:02d}/{y}", "us_date"
        if r < 0.70:
            return f"{m}/{d}/{y}", "us_date"
        if r < 0.85:
            return f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y % 100:02d}", "oracle_date"
        if r < 0.95:
            return f"{y}-{m:02d}-{d:02d}", "iso_date"
        return f"{MONTHS[m - 1][:3]} {d}, {y}", "month_name"
    if src.source == _PA:
        if r < 0.45:
            return f"{d:02d}/{m:02d}/{y}", "dmy"
        if r < 0.55:
            return f"{d}/{m}/{y % 100:02d}", "short_year"
        if r < 0.70:
            return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", "month_name"
        if r < 0.80:
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}", "month_name"
        if r < 0.90:
            return f"{y}-{m:02d}-{d:02d}", "iso_date"
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", "date_time"
    if src.source == _IT:
        if r < 0.45:
            return f"{y}-{m:02d}-{d:02d}", "iso_date"
        if r < 0.70:
            return f"{d:02d}/{m:02d}/{y}", "dmy"
        if r < 0.80:
            return f"{d:02d}.{m:02d}.{y}", "dotted_date"
        if r < 0.90:
            hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00", "date_time"
        return f"{d} {MONTHS[m - 1][:3]} {y}", "month_name"
    if src.source == _GR:
        if r < 0.40:
            return f"{d}/{m}/{y}", "unpadded_date"
        if r < 0.70:
            return f"{d:02d}/{m:02d}/{y}", "dmy"
        if r < 0.85:
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", "month_name"
        if r < 0.95:
            return f"{d:02d}.{m:02d}.{y}", "dotted_date"
        return f"{y}-{m:02d}-{d:02d}", "iso_date"
    # RCMP/GRC digest (XLSX)
    if r < 0.40:
        return dt.datetime(y, m, d), "excel_date"
    if r < 0.55:
        return _serial(ts), "excel_serial"
    if r < 0.75:
        return f"{y}-{m:02d}-{d:02d}", "iso_date"
    if r < 0.85:
        day = "1er" if d == 1 else str(d)
        return f"{day} {_FR_MONTHS[m - 1]} {y}", "month_name"
    if r < 0.95:
        return f"{d:02d}/{m:02d}/{y}", "dmy"
    return f"{y}/{m:02d}/{d:02d}", "ymd_slash"


def _month_text(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    if src.source == _US:
        return choice(rng, (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3].upper()} {y}"))
    if src.source == _PA:
        return choice(
            rng,
            (
                f"{_ES_MONTHS[m - 1]} de {y}",
                f"{_ES_MONTHS[m - 1].capitalize()} {y}",
                f"{m:02d}/{y}",
            ),
        )
    if src.source == _IT:
        return choice(rng, (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"))
    if src.source == _GR:
        return choice(rng, (f"{m:02d}/{y}", f"{MONTHS[m - 1][:3]}-{y}"))
    return choice(
        rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{_FR_MONTHS[m - 1].capitalize()} {y}")
    )


def _quarter_text(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = ts.quarter, ts.year
    if src.source == _PA:
        roman = ("I", "II", "III", "IV")[q - 1]
        ordinal = ("1er", "2do", "3er", "4to")[q - 1]
        return choice(
            rng, (f"{roman} trimestre {y}", f"{ordinal} trim. {y}", f"Trimestre {roman}-{y}")
        )
    ordinal = "1er" if q == 1 else f"{q}e"
    return choice(rng, (f"T{q} {y}", f"{ordinal} trimestre {y}", f"{y}-T{q}"))


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    month_share, quarter_share = _PARTIAL[src.source]
    r = rng.random()
    if partial_ok and r < month_share:
        tags.append("partial_month")
        return _month_text(src, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and r < month_share + quarter_share:
        tags.append("partial_quarter")
        return _quarter_text(src, ts, rng), ts.to_period("Q").start_time, "quarter"
    cell, tag = _day_text(src, ts, rng)
    tags.append(tag)
    return cell, ts.normalize(), "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: missing, impossible or in the future."""
    if kind == "no_date":
        return choice(rng, _NO_DATE_WORDS[src.source]) if rng.random() < 0.3 else None
    y = ts.year
    if kind == "bad_date":
        options = {
            _US: (f"02/30/{y}", f"04/31/{y}", f"13/{ts.day:02d}/{y}"),
            _PA: (f"31/02/{y}", f"29/02/{y}", f"31/04/{y}"),
            _IT: (f"{y}-02-30", f"{y}-04-31", f"{y}-13-{ts.day:02d}"),
            _GR: (f"30/2/{y}", f"31/4/{y}", f"31/6/{y}"),
            _CA: (f"30 février {y}", f"{y}-02-30", f"31/06/{y}"),
        }[src.source]
        return choice(rng, options)
    future = _swap_year(ts)
    if src.format == "xlsx" and rng.random() < 0.5:
        return dt.datetime(future.year, future.month, future.day)
    cell, _ = _day_text(src, future, rng)
    if isinstance(cell, (int, dt.datetime)):  # keep the typo visible: a text date
        return f"{future.year}-{future.month:02d}-{future.day:02d}"
    return cell


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (its usual day style)."""
    d, m, y = last.day, last.month, last.year
    return {
        _US: f"{m:02d}/{d:02d}/{y}",
        _PA: f"{d:02d}/{m:02d}/{y}",
        _IT: f"{y}-{m:02d}-{d:02d}",
        _GR: f"{d}/{m}/{y}",
        _CA: dt.datetime(y, m, d),
    }[src.source]


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(src: ExaminerSource, code: str, rng: _Rng) -> str:
    names = _NAMES[src.language].get(code)
    if names is None:  # not a country of the corridors: its ISO alpha-3 code
        return code
    text = choice(rng, names)
    return text if fits(text, src) else code


def _demonym(src: ExaminerSource, code: str, rng: _Rng, gender: str) -> str | None:
    if src.language == "en":
        return _EN_DEMONYMS.get(code)
    table = _FR_DEMONYMS if src.language == "fr" else _ES_DEMONYMS
    pair = table.get(code)
    if pair is None:
        return None
    if gender == "female":
        word = pair[1]
    elif gender == "male":
        word = pair[0]
    else:
        word = choice(rng, pair)
    return word.capitalize() if rng.random() < 0.5 else word


def _style(src: ExaminerSource, rng: _Rng, *, nationality: bool) -> str:
    """Draw how the source writes one country (or one list of countries)."""
    table = {
        _US: (("upper", 0.40), ("name", 0.30), ("iso2", 0.08), ("iso3", 0.07), ("demonym", 0.15)),
        _PA: (("name", 0.45), ("demonym", 0.35), ("upper", 0.10), ("iso2", 0.04), ("iso3", 0.06)),
        _IT: (("iso2", 0.45), ("name", 0.40), ("iso3", 0.10), ("demonym", 0.05)),
        _GR: (("iso3", 0.35), ("name", 0.45), ("demonym", 0.15), ("lower", 0.05)),
        _CA: (
            ("name", 0.50),
            ("demonym", 0.25),
            ("iso3", 0.13),
            ("bilingual", 0.07),
            ("upper", 0.05),
        ),
    }[src.source]
    keys = [k for k, _ in table if nationality or k != "demonym"]
    weights = np.array([w for k, w in table if nationality or k != "demonym"])
    return keys[int(rng.choice(len(keys), p=weights / weights.sum()))]


def _country(
    src: ExaminerSource,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    style: str,
    gender: str = "mixed",
    noisy: bool = True,
) -> str:
    """One country as the source writes it in the given style."""
    if noisy:
        r = rng.random()
        typo = _TYPOS[src.language].get(code)
        if typo is not None and r < 0.03:
            tags.append("typo")
            return typo.upper() if style == "upper" else typo
        if src.source in (_PA, _CA, _US) and r < 0.08:
            garbled = mojibake(_name(src, code, rng))
            if garbled is not None and fits(garbled, src):
                tags.append("mojibake")
                return garbled
    if style in ("iso2", "iso3"):
        alpha2, _ = iso_codes(code)
        if style == "iso2":
            return "UK" if alpha2 == "GB" and src.source == _IT else alpha2
        return code
    if style == "demonym":
        word = _demonym(src, code, rng, gender)
        if word is not None:
            tags.append("demonym")
            return word
        return _name(src, code, rng)
    if style == "bilingual":
        fr, en = _name(src, code, rng), choice(rng, _EN_NAMES.get(code, (code,)))
        return fr if fr == en else f"{fr} / {en}"
    text = _name(src, code, rng)
    if style == "upper":
        return text.upper()
    if style == "lower":
        tags.append("case")
        return f" {text.lower()}"
    return text


def _countries(
    src: ExaminerSource, codes: str | None, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    """Return the transit countries cell and its expected value (``|``-joined codes)."""
    if not codes:
        if rng.random() < 0.2:
            tags.append("transit_none_word")
            return choice(rng, _DIRECT_WORDS[src.source]), None
        return None, None
    style = _style(src, rng, nationality=False)
    if style in ("bilingual", "lower"):  # a list is written plainly
        style = "name"
    parts = [_country(src, c, rng, tags, style=style, noisy=False) for c in codes.split("|")]
    sep = choice(rng, _TRANSIT_SEPARATORS[src.source])
    if sep.strip() and any(sep.strip() in p for p in parts):
        sep = ", "  # a name holding the separator ("Bosnia-Herzegovina") stays whole
    if sep == " y " and any(" y " in p for p in parts):
        sep = ", "
    if sep == " y " and len(parts) > 1:
        text = ", ".join(parts[:-1]) + " y " + parts[-1]
    else:
        text = sep.join(parts).strip()
    return text, codes


# --------------------------------------------------------------------------------------
# Numbers and coordinates
# --------------------------------------------------------------------------------------
def _persons(
    src: ExaminerSource, n: int, age: str, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return the persons cell and the expected count."""
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDERS[src.source]), None
    if n >= 1000 and r < 0.6:
        tags.append("thousands_sep")
        plain = f"{n:,}"
        if src.source in (_PA, _GR):
            return plain.replace(",", "."), n
        if src.source == _CA:
            return plain.replace(",", choice(rng, ("\u202f", "\u00a0", " "))), n
        return plain, n
    if src.source in (_IT, _CA) and age == "mixed" and n >= 4 and r < 0.1:
        minors = int(rng.integers(1, n))
        tags.append("count_note")
        if src.source == _IT:
            return f"{n} (incl. {minors} minors)", n
        return f"{n} (dont {minors} mineurs)", n
    if src.format == "csv":
        return str(n), n
    if src.source == _IT and r < 0.15:
        tags.append("count_text")
        return str(n), n
    return n, n


def _suspects(src: ExaminerSource, k: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the suspects cell and the expected count."""
    r = rng.random()
    if r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.05:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_PLACEHOLDERS[src.source]), None
    if k == 0 and r < 0.4:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[src.source]), 0
    return (str(k) if src.format == "csv" else k), k


def _dms(
    x: float, pos: str, neg: str, *, digits: int = 0
) -> tuple[tuple[int, int, float, str], float]:
    """Degrees, minutes, seconds (rounded to ``digits``) and hemisphere; the value they mean."""
    sign = 1 if x >= 0 else -1
    a = abs(x)
    d = int(a)
    m = int((a - d) * 60)
    s = round(((a - d) * 60 - m) * 60, digits)
    if s >= 60:
        s, m = 0.0, m + 1
    if m >= 60:
        m, d = 0, d + 1
    return (d, m, s, pos if sign > 0 else neg), sign * (d + m / 60 + s / 3600)


def _dmm(x: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Nautical degrees and decimal minutes (``035°30.074'N``); the value they mean."""
    sign = 1 if x >= 0 else -1
    a = abs(x)
    d = int(a)
    m = round((a - d) * 60, 3)
    if m >= 60:
        m, d = 0.0, d + 1
    return f"{d:0{width}d}°{m:06.3f}'{pos if sign > 0 else neg}", sign * (d + m / 60)


def _fixed(x: float, digits: int) -> tuple[str, float]:
    text = f"{x:.{digits}f}"
    return text, float(text)


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Cells of the coordinate column(s) and the expected latitude and longitude."""
    combined = "coordinates" in src.headers
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {}, None, None
    if r < 0.05:
        tags.append("coords_placeholder")
        word = choice(rng, _COORD_PLACEHOLDERS[src.source])
        return ({"coordinates": word} if combined else {"lat": word, "lon": word}), None, None
    r = rng.random()
    if src.source == _US:
        if r < 0.5:
            (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
            return {"coordinates": f"{a}, {b}"}, ea, eb
        if r < 0.7:
            (a, ea), (b, eb) = _fixed(abs(lat), 4), _fixed(abs(lon), 4)
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            tags.append("coords_hemisphere")
            return {"coordinates": f"{a}{ns} {b}{ew}"}, ea * np.sign(lat), eb * np.sign(lon)
        if r < 0.9:
            (d1, m1, s1, h1), ea = _dms(lat, "N", "S")
            (d2, m2, s2, h2), eb = _dms(lon, "E", "W")
            tags.append("coords_dms")
            text = f"{d1}°{m1:02d}'{int(s1):02d}\"{h1} {d2}°{m2:02d}'{int(s2):02d}\"{h2}"
            return {"coordinates": text}, ea, eb
        (a, ea), (b, eb) = _fixed(lat, 6), _fixed(lon, 6)
        return {"coordinates": f"{a}/{b}"}, ea, eb
    if src.source == _PA:
        if r < 0.35:
            (d1, m1, s1, h1), ea = _dms(lat, "N", "S")
            (d2, m2, s2, h2), eb = _dms(lon, "E", "O")
            tags.append("coords_dms")
            text = f"{d1}°{m1:02d}'{int(s1):02d}\" {h1}, {d2}°{m2:02d}'{int(s2):02d}\" {h2}"
            return {"coordinates": text}, ea, eb
        if r < 0.70:
            (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
            return {"coordinates": f"{a}, {b}"}, ea, eb
        if r < 0.90:
            (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
            tags.append("decimal_comma")
            return {"coordinates": f"{a.replace('.', ',')}; {b.replace('.', ',')}"}, ea, eb
        (a, ea), (b, eb) = _fixed(abs(lat), 5), _fixed(abs(lon), 5)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        tags.append("coords_hemisphere")
        return {"coordinates": f"{ns} {a} {ew} {b}"}, ea * np.sign(lat), eb * np.sign(lon)
    if src.source == _IT:
        if r < 0.60:
            (_, ea), (_, eb) = _fixed(lat, 5), _fixed(lon, 5)
            return {"lat": ea, "lon": eb}, ea, eb
        if r < 0.75:
            (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
            return {"lat": a, "lon": b}, ea, eb
        if r < 0.90:
            a, ea = _dmm(lat, "N", "S", 3)
            b, eb = _dmm(lon, "E", "W", 3)
            tags.append("coords_dmm")
            return {"lat": a, "lon": b}, ea, eb
        (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
        tags.append("decimal_comma")
        return {"lat": a.replace(".", ","), "lon": b.replace(".", ",")}, ea, eb
    if src.source == _GR:
        if r < 0.55:
            (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
            tags.append("decimal_comma")
            return {"lat": a.replace(".", ","), "lon": b.replace(".", ",")}, ea, eb
        if r < 0.85:
            (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
            return {"lat": a, "lon": b}, ea, eb
        (d1, m1, s1, h1), ea = _dms(lat, "N", "S", digits=1)
        (d2, m2, s2, h2), eb = _dms(lon, "E", "W", digits=1)
        tags.append("coords_dms")
        return (
            {
                "lat": f"{d1}°{m1:02d}'{s1:04.1f}\"{h1}",
                "lon": f"{d2}°{m2:02d}'{s2:04.1f}\"{h2}",
            },
            ea,
            eb,
        )
    # RCMP/GRC digest: one text cell
    if r < 0.35:
        (a, ea), (b, eb) = _fixed(abs(lat), 4), _fixed(abs(lon), 4)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        tags.append("decimal_comma")
        text = f"{a.replace('.', ',')} {ns} ; {b.replace('.', ',')} {ew}"
        return {"coordinates": text}, ea * np.sign(lat), eb * np.sign(lon)
    if r < 0.65:
        (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
        return {"coordinates": f"{a}, {b}"}, ea, eb
    if r < 0.85:
        (d1, m1, s1, h1), ea = _dms(lat, "N", "S")
        (d2, m2, s2, h2), eb = _dms(lon, "E", "O")
        tags.append("coords_dms")
        text = f"{d1}° {m1:02d}′ {int(s1):02d}″ {h1}, {d2}° {m2:02d}′ {int(s2):02d}″ {h2}"
        return {"coordinates": text}, ea, eb
    (a, ea), (b, eb) = _fixed(lat, 5), _fixed(lon, 5)
    return {"coordinates": f"{a} / {b}"}, ea, eb


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _crime(src: ExaminerSource, crime: str, expl: str | None, rng: _Rng) -> str:
    table = _CRIME[src.source]
    key = f"{crime}:{expl}"
    return choice(rng, table[key] if key in table else table[crime])


def _offences(
    src: ExaminerSource, offences: str | None, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    if not offences:
        if rng.random() < 0.1:
            tags.append("offences_none_word")
            return choice(rng, _NONE_WORDS[src.source]), None
        return None, None
    words = [choice(rng, _OFFENCES[src.source][o]) for o in offences.split("|")]
    sep = choice(rng, _OFFENCE_SEPARATORS[src.source])
    if "\n" in sep:
        tags.append("multiline_cell")
    return sep.join(words), offences


def _place(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    """Return the agency's own (unscored) columns: district, place, reporting office."""
    hotspot = str(ev.get("hotspot") or "")
    if src.source == _US:
        return {"district": choice(rng, _DISTRICT.get(hotspot, ("D.D.C.", "S.D. Fla.")))}
    if src.source == _PA:
        return {"place": choice(rng, _PANAMA_PLACE.get(hotspot, (hotspot,)))}
    if src.source == _IT:
        place, city = _ITALY_PLACE.get(hotspot, (hotspot, hotspot))
        unit = choice(rng, (f"Squadra Mobile {city}", "SCO - II Divisione", f"SCO / SM {city}"))
        return {"place": place, "unit": unit}
    if src.source == _GR:
        return {"place": choice(rng, _GREECE_PLACE.get(hotspot, (hotspot,)))}
    detection = str(ev.get("detection_country") or "")
    return {"reporter": _LIAISON.get(detection, "CNCTP Ottawa")}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )

    crime = str(ev["crime_type"])
    expl = None if ev["exploitation"] is None else str(ev["exploitation"])
    cells["crime_type"] = _crime(src, crime, expl, rng)
    exp["crime_type"] = crime
    if expl is None:
        if rng.random() < 0.3:
            cells["exploitation"] = choice(rng, _NOT_APPLICABLE[src.source])
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[src.source][expl])
        exp["exploitation"] = expl

    age = str(ev["age_group"])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, age, rng, tags)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":  # a second report leaves out a field the first gives
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, k, rng, tags)

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    elif r < 0.015:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif r < 0.025:
        tags.append("blank_gender")
        tags.append("gender_unknown_word")
        cells["gender"], exp["gender"] = choice(rng, _GENDER_UNKNOWN[src.source]), "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[src.source][gender]), gender

    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORDS[src.source]), "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[src.source][age]), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.02:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        style = _style(src, rng, nationality=True)
        cells["nationality"] = _country(src, nat, rng, tags, style=style, gender=gender)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        style = _style(src, rng, nationality=False)
        if col == "detection_country" and src.source == _US:
            style = choice(rng, ("upper", "name"))  # never "PA": read as Pennsylvania
        cells[col] = _country(src, code, rng, tags, style=style)
        exp[col] = code
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None

    transit = None if ev["transit_countries"] is None else str(ev["transit_countries"])
    cells["transit_countries"], exp["transit_countries"] = _countries(src, transit, rng, tags)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, _NA_WORDS[src.source])
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT[src.source][mode])
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
    else:
        coords, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(coords)
    offences = None if ev["linked_offences"] is None else str(ev["linked_offences"])
    cells["linked_offences"], exp["linked_offences"] = _offences(src, offences, rng, tags)
    cells.update(_place(src, ev, rng))

    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
    for col in ("lat", "lon"):
        if exp[col] is not None:
            exp[col] = float(exp[col])  # type: ignore[arg-type]
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND42_SOURCES,
    primary=_PRIMARY,
    compilation=_CA,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4242,
    blank_share=0.35,
)


def make_blind42(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind42`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``usao_swb_ar.csv``, ``siec_panama_ar.csv``, ``sco_polizia_ar.jsonl``,
        ``ris_greece_ar.csv`` and ``rcmp_cnctp_ar.xlsx``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind42(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['usao_swb_ar.csv', 'siec_panama_ar.csv', 'sco_polizia_ar.jsonl',
     'ris_greece_ar.csv', 'rcmp_cnctp_ar.xlsx']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
