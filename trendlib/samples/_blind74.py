r"""Examiner set ``blind74``: five agencies' files (``*_bx.*``) written from the truth.

A reader's guide to the five sources. Each writes every true event it reports its own
way; the wording tables below are this module's own.

``azdps_bstf_bx.csv`` -- Arizona Department of Public Safety, Border Strike Task Force
    English (US), **cp1252**, comma-delimited, CRLF line ends; first reporter of the
    events detected in the United States; re-exports some rows (exact repeats). Header
    ``DR#`` (``BSTF22-00451``), ``Incident Date`` in US month-first styles
    (``03/14/2022``, ``3/4/22``, ``Mar 14, 2022``, ``14-MAR-2022``, ``2022-03-14 23:40``),
    partial dates ``March 2022``, ``03/2022``, ``Q1 2022``, ``1st Qtr 2022``. Offence
    column with Arizona statutes and US Code (``ARS 13-2319`` smuggling, ``ARS 13-1307``
    sex trafficking, ``ARS 13-1308`` forced labour, ``8 USC 1324``, ``18 USC 1589/1591``),
    some with a pasted cp1252 en dash (``ARS 13-2319 – Smuggling``); ``HT Type``; counts
    with ``UDAs``/``victims`` suffixes (``1,234`` above a thousand); suspects
    ``None``/``UNK``; sex ``M``/``F``/``M/F``/``Both``; age ``Juvenile``, ``UAC``,
    ``Family unit``; citizenship as demonyms, upper-case names, ISO alpha-2 or
    ``México``; final destination sometimes a US city (``Houston, TX``); ``Lat/Long`` in
    one cell (``31.33412, -110.93815``, ``N31.3341 W110.9382``, a few swapped
    longitude-first); ``Addl Charges`` with ARS sections.

``kent_police_msht_bx.xlsx`` -- Kent Police, Serious & Organised Crime (MSHT / OIC return)
    English (UK), XLSX; first reporter of the events detected in the United Kingdom,
    second reporter of the Channel events detected in France. ``URN`` ``46/00451/22``;
    ``Date of Incident`` as real Excel dates, bare Excel serials (``44634``), text
    ``14/03/2022``, ``14.03.22``, ``14th March 2022``, ``14-Mar-22``; partial dates
    ``Mar 2022``, ``Q1 2022`` and UK financial-year quarters (``FY21/22 Q4`` =
    January-March 2022). Offences ``s.25 IA 1971`` / ``s.2 MSA 2015`` / ``OIC`` /
    ``MSHT``; NRM exploitation types; counts as numbers or text, ``NK``/``TBC``; suspects
    ``Nil``; nationality demonyms (``Iraqi Kurd``), ``Viet Nam``, ISO alpha-3; latitude
    and longitude as numbers or DMS text (``51°07'40.2"N``); linked offences by Act
    (``POCA 2002``, ``MDA 1971``).

``ddsp62_main_courante_bx.csv`` -- DDSP du Pas-de-Calais (CSP Calais / Dunkerque)
    French, **latin-1**, semicolon-delimited; first reporter of the events detected in
    France, second reporter of the Channel events detected in the UK. ``N° de
    procédure`` ``2022/00451``; ``Date des faits`` day-first (``14/03/2022``,
    ``14.03.2022``, ``1er mars 2022``, ``lundi 14 mars 2022``, ``14/03/2022 à 04h30``),
    partial ``mars 2022``, ``03/2022``, ``T1 2022``, ``2e trimestre 2022``.
    Qualifications with CESEDA articles (``L622-1`` before May 2021, ``L823-1`` after)
    and ``225-4-1 CP`` / ``TEH``; counts ``env. 40`` (``1 234`` above a thousand);
    ``néant``/``NC``; French demonyms (``érythréenne``, ``irakiens``), upper-case names
    without accents (``ERYTHREE``), a rare mojibake (``Ã©rythrÃ©en``); destination
    ``Angleterre``; coordinates with decimal commas (``50,95123 / 1,85341``) or marine
    degrees-decimal-minutes (``N 50°57,074' E 001°51,205'``); ``ILS``, ``blanchiment``.

``cisc_liaison_bx.jsonl`` -- Criminal Intelligence Service Canada, liaison digest
    English keys with bilingual (English / French) values, JSON lines written with
    ``\uXXXX`` escapes (ASCII); compiles every event no other source reports first and
    re-reports some US, Panamanian and UK events; re-sends some messages (exact
    repeats). Dates ISO (``2022-03-14``, ``2022-03-14T04:30:00Z``), basic ISO
    (``20220314``) or epoch milliseconds (noon UTC); partial ``2022-03``, ``2022-Q1``.
    Offence codes ``HS``/``HT``/``HT+HS`` or bilingual words; ISO alpha-3 codes, a few
    alpha-2 or ``Syria / Syrie``; transit route as a JSON array (or ``TUR>GRC``); place
    as WKT ``POINT (lon lat)``; related offences as a JSON array.

``minseg_flujo_bx.csv`` -- Ministerio de Seguridad Pública de Panamá, Dirección de Análisis
    Spanish (Panama), **UTF-16 with BOM**, tab-delimited (Excel "Unicode text"); first
    reporter of the events detected in Panama. ``N° de caso`` ``DAE-2022-00451``;
    ``Fecha del hecho`` day-first (``14/3/2022``, ``14-mar-2022``, ``14 de marzo de
    2022``, ISO), partial ``marzo de 2022``, ``I trimestre 2022``, ``T1-2022``; offence
    ``TIM`` / ``Trata de personas (Ley 79 de 2011)``; counts with thousands commas
    (Panama writes ``1,234`` and decimal points), ``s/d``; ``Sexo (H/M)`` where ``M`` is
    *mujer* (female); age ``NNA`` (children), ``grupo familiar``; Spanish demonyms,
    ``EE.UU.``, a few garbled names (``PanamÃ¡``); latitude/longitude with ``N``/``O``
    (oeste) hemispheres or DMS; ``blanqueo de capitales``.

Every source writes an empty row (CSV), a note row (not the JSON digest) and a total
row; bad rows (no date, an impossible date, a year typed ``2202``, a negative or
unreadable count) come from :mod:`trendlib.samples._examiner`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

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

__all__ = ["BLIND74_SOURCES", "BLIND74_SUFFIX", "make_blind74"]

_Rng = np.random.Generator

#: Stem suffix of every file of this set.
BLIND74_SUFFIX = "_bx"

_AZ = "azdps_bstf_bx"
_KENT = "kent_police_msht_bx"
_DDSP = "ddsp62_main_courante_bx"
_CISC = "cisc_liaison_bx"
_MINSEG = "minseg_flujo_bx"

#: The five sources, in the order :func:`make_blind74` returns their submissions.
BLIND74_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_AZ,
        filename=f"{_AZ}.csv",
        ref="BSTF{yy:02d}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "DR#",
            "event_date": "Incident Date",
            "crime_type": "Offense (ARS/USC)",
            "exploitation": "HT Type",
            "n_persons": "# Smuggled/Victims",
            "n_suspects": "# Suspects",
            "gender": "Sex",
            "age_group": "Adult/Juv",
            "nationality": "Citizenship",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Countries",
            "destination_country": "Final Dest.",
            "detection_country": "Encounter Country",
            "transport_mode": "Conveyance",
            "coordinates": "Lat/Long (WGS84)",
            "linked_offences": "Addl Charges",
        },
        note="NOTE: preliminary data, subject to change - LAW ENFORCEMENT SENSITIVE",
        total="TOTAL",
        bad_count=("several", "multiple", "#VALUE!"),
        repeats=True,
    ),
    ExaminerSource(
        source=_KENT,
        filename=f"{_KENT}.xlsx",
        ref="46/{seq:05d}/{yy:02d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "URN",
            "event_date": "Date of Incident",
            "crime_type": "Offence",
            "exploitation": "Exploitation Type (NRM)",
            "n_persons": "No. of PVoTs / Migrants",
            "n_suspects": "No. of Suspects",
            "gender": "Gender",
            "age_group": "Adult / Child",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "transit_countries": "Route (transit countries)",
            "detection_country": "Country of Incident",
            "transport_mode": "Mode of Transport",
            "lat": "Lat",
            "lon": "Long",
            "linked_offences": "Linked Offences",
        },
        note="Provisional figures - NRM outcomes pending. OFFICIAL-SENSITIVE",
        total="Total",
        bad_count=("several", "a group", "#REF!"),
        repeats=False,
    ),
    ExaminerSource(
        source=_DDSP,
        filename=f"{_DDSP}.csv",
        ref="{year}/{seq:05d}",
        format="csv",
        encoding="latin-1",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° de procédure",
            "event_date": "Date des faits",
            "crime_type": "Qualification (CESEDA / CP)",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes (migrants/victimes)",
            "n_suspects": "Nb de mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination finale",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires, extraction LRPPN - ne pas diffuser",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux", "un groupe"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CISC,
        filename=f"{_CISC}.jsonl",
        ref="CISC-{yy:02d}-{seq:06d}",
        format="jsonl",
        encoding="ascii",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "file_no",
            "event_date": "date_of_incident",
            "crime_type": "offence_category",
            "exploitation": "exploitation_type",
            "n_persons": "persons_count",
            "n_suspects": "suspects_count",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "citizenship",
            "origin_country": "country_of_origin",
            "destination_country": "destination_country",
            "detection_country": "occurrence_country",
            "transit_countries": "transit_route",
            "transport_mode": "conveyance",
            "coordinates": "location_wkt",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL / TOTAL",
        bad_count=("several / plusieurs", "multiple"),
        repeats=True,
    ),
    ExaminerSource(
        source=_MINSEG,
        filename=f"{_MINSEG}.csv",
        ref="DAE-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "N° de caso",
            "event_date": "Fecha del hecho",
            "detection_country": "País del hecho",
            "crime_type": "Delito",
            "exploitation": "Fin de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Presuntos traficantes/tratantes aprehendidos",
            "gender": "Sexo (H/M)",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a revisión (fuente SENAFRONT/SNM)",
        total="Total general",
        bad_count=("varios", "un grupo", "#¡VALOR!"),
        repeats=False,
    ),
)
_BY_NAME = {s.source: s for s in BLIND74_SOURCES}

# --------------------------------------------------------------------------------------
# Country wording: (English, French, Spanish) names and demonyms
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
#: Other names an agency of that language writes for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {
        "GIN": ("Guinée-Conakry", "Guinée (Conakry)"),
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
    },
    "es": {
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "USA": ("EE.UU.", "EEUU"),
        "HTI": ("Haiti",),
        "CHN": ("Rep. Popular China",),
        "GBR": ("Inglaterra",),
    },
}
#: (English, French masculine, French feminine, Spanish masculine, Spanish feminine).
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}
_US_CITIES = (
    "Phoenix, AZ",
    "Tucson, AZ",
    "Houston, TX",
    "Dallas, TX",
    "Los Angeles, CA",
    "Chicago, IL",
    "Atlanta, GA",
    "Denver, CO",
    "Las Vegas, NV",
    "New York, NY",
)

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
_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_MES_ABR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")

# --------------------------------------------------------------------------------------
# Value wording by source: crime type, exploitation, sex, age, transport, offences
# --------------------------------------------------------------------------------------
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _AZ: {
        "sexual": ("Sex", "Sex trafficking", "SEX"),
        "forced_labour": ("Labor", "Forced labor", "LABOR"),
        "forced_criminality": ("Forced criminal activity", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other", "OTHER"),
    },
    _KENT: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": (
            "Criminal",
            "Criminal exploitation",
            "Criminal (cannabis cultivation)",
        ),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    _DDSP: {
        "sexual": ("exploitation sexuelle", "sexuelle", "Exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "Autre"),
    },
    _CISC: {
        "sexual": (
            "sexual exploitation / exploitation sexuelle",
            "sexual",
            "exploitation sexuelle",
        ),
        "forced_labour": ("forced labour / travail forcé", "forced labour", "travail forcé"),
        "forced_criminality": ("forced criminality / criminalité forcée",),
        "forced_marriage": ("forced marriage / mariage forcé",),
        "organ_removal": ("organ removal / prélèvement d'organes",),
        "other": ("other / autre",),
    },
    _MINSEG: {
        "sexual": ("explotación sexual", "Explotación sexual", "sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otro", "otros fines"),
    },
}
#: Words an agency writes in the exploitation cell of a pure smuggling case.
_NOT_APPLICABLE = {
    _AZ: ("N/A",),
    _KENT: ("N/A",),
    _DDSP: ("sans objet",),
    _CISC: ("not applicable / sans objet",),
    _MINSEG: ("no aplica", "N/A"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _AZ: {
        "male": ("M", "Male", "MALE", "Males"),
        "female": ("F", "Female", "FEMALE"),
        "mixed": ("M/F", "Both", "Mixed"),
    },
    _KENT: {
        "male": ("Male", "M", "Male(s)"),
        "female": ("Female", "F"),
        "mixed": ("Male & Female", "Mixed", "Both"),
    },
    _DDSP: {
        "male": ("H", "homme", "hommes", "Masculin"),
        "female": ("F", "femme", "femmes", "Féminin"),
        "mixed": ("H/F", "mixte", "hommes et femmes"),
    },
    _CISC: {
        "male": ("male / homme", "M", "male"),
        "female": ("female / femme", "F", "female"),
        "mixed": ("mixed / mixte", "M+F"),
    },
    _MINSEG: {
        "male": ("H", "Hombre", "hombres", "Masculino"),
        "female": ("M", "Mujer", "mujeres", "Femenino"),
        "mixed": ("H y M", "Mixto", "Ambos"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _AZ: {
        "adult": ("Adult", "ADULT", "18+"),
        "child": ("Juvenile", "Minor", "UAC", "JUV"),
        "mixed": ("Adults/Juveniles", "Family unit", "Adult & Juv"),
        "unknown": ("N/A", "UNK"),
    },
    _KENT: {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "Minor (U18)", "U18"),
        "mixed": ("Adults & minors", "Mixed", "Adults & children"),
        "unknown": ("Not known", "N/K"),
    },
    _DDSP: {
        "adult": ("majeur", "majeurs", "Majeur(s)"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte", "familles"),
        "unknown": ("NR", "non renseigné"),
    },
    _CISC: {
        "adult": ("adult / adulte", "adult"),
        "child": ("minor / mineur", "minor"),
        "mixed": ("mixed / mixte", "adults and minors / adultes et mineurs"),
        "unknown": ("unknown / inconnu",),
    },
    _MINSEG: {
        "adult": ("Adulto", "adultos", "Mayores de edad"),
        "child": ("Menor", "NNA", "menores de edad"),
        "mixed": ("Mixto", "Adultos y NNA", "grupo familiar"),
        "unknown": ("N/A", "sin dato"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _AZ: {
        "land": ("Vehicle", "On foot", "Tractor-trailer", "POV", "Load vehicle", "Pedestrian"),
        "sea": ("Vessel", "Raft", "Panga boat"),
        "air": ("Aircraft", "Commercial air"),
        "unknown": ("N/A", "UNK"),
    },
    _KENT: {
        "sea": ("Small boat", "RHIB", "Inflatable dinghy", "Maritime"),
        "land": ("HGV", "Lorry", "Van", "Car", "Coach"),
        "air": ("Air", "Commercial flight", "Flight (LHR)"),
        "unknown": ("Not known",),
    },
    _DDSP: {
        "sea": ("small boat", "embarcation pneumatique", "voie maritime", "bateau"),
        "land": ("poids lourd", "PL", "camion", "VL", "véhicule léger", "à pied"),
        "air": ("voie aérienne", "avion"),
        "unknown": ("NR", "non renseigné"),
    },
    _CISC: {
        "sea": ("sea / maritime", "vessel / navire", "maritime"),
        "land": ("land / terrestre", "vehicle / véhicule", "overland"),
        "air": ("air / aérien", "aircraft / aéronef"),
        "unknown": ("unknown / inconnu",),
    },
    _MINSEG: {
        "land": ("terrestre", "a pie", "vía terrestre", "Terrestre"),
        "sea": ("marítimo", "lancha", "embarcación"),
        "air": ("aéreo", "vuelo comercial"),
        "unknown": ("N/A", "sin dato"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    _AZ: {
        "document_fraud": ("Forgery (ARS 13-2002)", "Fraudulent ID", "FORGERY"),
        "corruption": ("Bribery (ARS 13-2602)", "Public corruption"),
        "money_laundering": ("Money laundering (ARS 13-2317)", "MONEY LAUNDERING"),
        "illicit_goods": ("Narcotic drugs (ARS 13-3408)", "Drug transport", "Weapons misconduct"),
        "cybercrime": ("Computer tampering (ARS 13-2316)",),
        "terrorism": ("Terrorism (ARS 13-2308.01)",),
    },
    _KENT: {
        "document_fraud": ("Identity Documents Act 2010", "False documents", "Forgery"),
        "corruption": ("Bribery Act 2010", "Bribery"),
        "money_laundering": ("Money laundering (POCA 2002)", "POCA"),
        "illicit_goods": ("Drugs (MDA 1971)", "Cannabis cultivation", "Firearms"),
        "cybercrime": ("Computer Misuse Act 1990",),
        "terrorism": ("Terrorism Act 2000",),
    },
    _DDSP: {
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment aggravé"),
        "illicit_goods": ("ILS", "trafic de stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _CISC: {
        "document_fraud": ("document fraud / fraude documentaire", "fraudulent documents"),
        "corruption": ("corruption",),
        "money_laundering": (
            "money laundering / recyclage des produits de la criminalité",
            "money laundering",
        ),
        "illicit_goods": ("drugs / drogues", "contraband / contrebande"),
        "cybercrime": ("cybercrime / cybercriminalité",),
        "terrorism": ("terrorism / terrorisme",),
    },
    _MINSEG: {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "posesión ilícita de armas", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
}
#: Placeholders of a count the agency does not know.
_UNKNOWN_COUNT = {
    _AZ: ("UNK", "Unknown"),
    _KENT: ("NK", "TBC", "Not known"),
    _DDSP: ("NC", "inconnu", "n.c."),
    _CISC: ("unknown / inconnu", "N/K"),
    _MINSEG: ("s/d", "N/D", "sin dato"),
}
#: Words an agency writes for no suspect at all.
_ZERO = {
    _AZ: ("None", "NONE"),
    _KENT: ("Nil", "NIL", "None"),
    _DDSP: ("néant", "aucun", "Néant"),
    _CISC: ("none / aucun", "nil"),
    _MINSEG: ("ninguno", "cero"),
}
#: Words for "no transit country" (a direct crossing).
_NO_TRANSIT = {
    _AZ: ("None", "N/A"),
    _KENT: ("None", "Direct"),
    _DDSP: ("néant", "direct"),
    _CISC: ("none / aucun",),
    _MINSEG: ("ninguno", "directo"),
}
#: Words for "no linked offence".
_NO_OFFENCE = {
    _AZ: ("None", "N/A"),
    _KENT: ("None", "Nil"),
    _DDSP: ("néant",),
    _CISC: ("none / aucun",),
    _MINSEG: ("ninguno", "no"),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _hit(rng: _Rng, p: float) -> bool:
    return bool(rng.random() < p)


def _weighted(rng: _Rng, options: Sequence[tuple[str, float]]) -> str:
    weights = np.array([w for _, w in options], dtype=float)
    return options[int(rng.choice(len(options), p=weights / weights.sum()))][0]


def _fit(src: ExaminerSource, text: str, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _name(code: str, lang: str) -> str:
    names = _NAMES.get(code)
    if names is None:  # a country no table of this module names: pycountry's English name
        country = pycountry.countries.get(alpha_3=code)
        return str(country.name) if country is not None else code
    return names[("en", "fr", "es").index(lang)]


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÉÈÊËÀÂÎÏÔÛÙÇéèêëàâîïôûùç", "EEEEAAIIOUUCeeeeaaiiouuc")
    return text.translate(table)


def _country_name(code: str, lang: str, rng: _Rng, p_alias: float = 0.2) -> str:
    aliases = _ALIASES[lang].get(code, ())
    if aliases and _hit(rng, p_alias):
        return choice(rng, aliases)
    return _name(code, lang)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """Return a day that does not exist (30 February, 31 April ...) in the row's year."""
    month, day = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)][int(rng.integers(6))]
    return ts.year, month, day


def _typo_year(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the row's day with two digits of its year swapped (2022 -> 2202)."""
    text = f"{ts.year:04d}"
    year = int(text[0] + text[2] + text[1] + text[3])
    if year <= 2100:  # not a future year once swapped: push it two centuries on
        year = ts.year + 200
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=year, month=ts.month, day=day)


def _dms(value: float, pos: str, neg: str, *, sec_sep: str = ".") -> tuple[str, float]:
    """Degrees, minutes, seconds to a tenth (``51°07'40.2"N``) and the value it reads."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)
    deg, rem = divmod(tenths, 36000)
    minutes, sec10 = divmod(rem, 600)
    sec = f"{sec10 // 10:02d}{sec_sep}{sec10 % 10}"
    text = f"{deg}°{minutes:02d}'{sec}\"{pos if sign > 0 else neg}"
    return text, sign * tenths / 36000


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Marine degrees and decimal minutes, French style (``N 50°57,074'``)."""
    sign = 1.0 if value >= 0 else -1.0
    thousandths = round(abs(value) * 60000)
    deg, rem = divmod(thousandths, 60000)
    minutes = f"{rem // 1000:02d},{rem % 1000:03d}"
    text = f"{pos if sign > 0 else neg} {deg:0{width}d}°{minutes}'"
    return text, sign * thousandths / 60000


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# One source's way of writing each field
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cell:
    """A written cell, the clean value a reader should get from it, and its tags."""

    cell: object
    value: object
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Place:
    """Written location cells, the point they read as, and their tags."""

    cells: dict[str, object]
    lat: float
    lon: float
    tags: tuple[str, ...] = ()


class _Style:
    """How one agency writes a row; subclasses change what differs."""

    partial_share = 0.07

    def __init__(self, src: ExaminerSource) -> None:
        self.src = src
        self.name = src.source
        self.lang = src.language

    # dates -----------------------------------------------------------------------------
    def day(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        raise NotImplementedError

    def month(self, ts: pd.Timestamp, rng: _Rng) -> str:
        raise NotImplementedError

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        raise NotImplementedError

    def date(self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[_Cell, str]:
        if partial_ok and _hit(rng, self.partial_share):
            if _hit(rng, 0.6):
                return _Cell(self.month(ts, rng), _month_start(ts), ("partial_month",)), "month"
            q = self.quarter(ts, rng)
            return _Cell(q.cell, _quarter_start(ts), ("partial_quarter", *q.tags)), "quarter"
        return self.day(ts, rng), "day"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "no_date":
            return None
        if kind == "future_date":
            return self.day(_typo_year(ts), rng).cell
        return self.impossible(*_impossible_day(ts, rng), rng)

    def impossible(self, year: int, month: int, day: int, rng: _Rng) -> object:
        raise NotImplementedError

    def note_date(self, last: pd.Timestamp) -> object:
        raise NotImplementedError

    # words -----------------------------------------------------------------------------
    def crime(self, crime: str, expl: str | None, ts: pd.Timestamp, rng: _Rng) -> str:
        raise NotImplementedError

    def exploitation(self, crime: str, expl: str | None, rng: _Rng) -> _Cell:
        if crime == "smuggling" or expl is None:
            na = _NOT_APPLICABLE[self.name]
            return _Cell(choice(rng, na) if _hit(rng, 0.25) else None, None)
        return _Cell(choice(rng, _EXPLOITATION[self.name][expl]), expl)

    def word(self, table: dict[str, dict[str, tuple[str, ...]]], value: str, rng: _Rng) -> str:
        return _fit(self.src, choice(rng, table[self.name][value]), value)

    def gender(self, value: str, rng: _Rng) -> _Cell:
        return _Cell(self.word(_GENDER, value, rng), value)

    def age(self, value: str, rng: _Rng) -> _Cell:
        if _hit(rng, 0.02):
            return _Cell(self.word(_AGE, "unknown", rng), "unknown", ("na_word",))
        return _Cell(self.word(_AGE, value, rng), value)

    def transport(self, value: str, rng: _Rng) -> _Cell:
        if _hit(rng, 0.02):
            return _Cell(self.word(_TRANSPORT, "unknown", rng), "unknown", ("na_word",))
        return _Cell(self.word(_TRANSPORT, value, rng), value)

    # counts ----------------------------------------------------------------------------
    def persons(self, n: int, crime: str, rng: _Rng) -> _Cell:
        if _hit(rng, 0.02):
            return _Cell(choice(rng, _UNKNOWN_COUNT[self.name]), None, ("count_placeholder",))
        return self.count(n, crime, rng)

    def count(self, n: int, crime: str, rng: _Rng) -> _Cell:
        return _Cell(str(n), n)

    def suspects(self, n: int, rng: _Rng) -> _Cell:
        if _hit(rng, 0.03):
            return _Cell(choice(rng, _UNKNOWN_COUNT[self.name]), None, ("suspects_placeholder",))
        if n == 0 and _hit(rng, 0.5):
            return _Cell(_fit(self.src, choice(rng, _ZERO[self.name]), "0"), 0, ("zero_word",))
        return _Cell(self.number(n), n)

    def number(self, n: int) -> object:
        return str(n)

    # countries -------------------------------------------------------------------------
    def nationality(self, code: str, rng: _Rng) -> _Cell:
        raise NotImplementedError

    def country(self, code: str, role: str, rng: _Rng) -> _Cell:
        raise NotImplementedError

    def transit(self, codes: list[str], rng: _Rng) -> _Cell:
        raise NotImplementedError

    def none_word(self, rng: _Rng, table: dict[str, tuple[str, ...]]) -> object:
        return choice(rng, table[self.name]) if _hit(rng, 0.3) else None

    # place and offences ----------------------------------------------------------------
    def coords(self, lat: float, lon: float, rng: _Rng) -> _Place:
        """Cells by canonical column, the (lat, lon) they read as, and tags."""
        raise NotImplementedError

    def no_coords(self, rng: _Rng) -> dict[str, object]:
        raise NotImplementedError

    def offences(self, codes: list[str], rng: _Rng) -> object:
        words = [choice(rng, _OFFENCES[self.name][c]) for c in codes]
        words = [_fit(self.src, w, c) for w, c in zip(words, codes, strict=True)]
        return choice(rng, ("; ", " / ", ", ")).join(words)


class _Arizona(_Style):
    """Arizona DPS, Border Strike Task Force: US dates, ARS sections, one Lat/Long cell."""

    def day(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        y, m, d = ts.year, ts.month, ts.day
        style = _weighted(
            rng,
            [("mdY", 0.35), ("short", 0.2), ("mon", 0.15), ("mil", 0.15), ("time", 0.15)],
        )
        if style == "mdY":
            return _Cell(f"{m:02d}/{d:02d}/{y}", ts, ("date_us",))
        if style == "short":
            return _Cell(f"{m}/{d}/{y % 100:02d}", ts, ("date_us", "year_2d"))
        if style == "mon":
            return _Cell(f"{MONTHS[m - 1][:3]} {d}, {y}", ts, ("date_month_name",))
        if style == "mil":
            return _Cell(f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}", ts, ("date_military",))
        hh, mm = int(rng.integers(24)), int(rng.integers(60))
        return _Cell(f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}", ts, ("date_time",))

    def month(self, ts: pd.Timestamp, rng: _Rng) -> str:
        if _hit(rng, 0.5):
            return f"{MONTHS[ts.month - 1]} {ts.year}"
        return f"{ts.month:02d}/{ts.year}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        q = _quarter(ts)
        nth = ("1st", "2nd", "3rd", "4th")[q - 1]
        return _Cell(choice(rng, (f"Q{q} {ts.year}", f"{nth} Qtr {ts.year}")), None)

    def impossible(self, year: int, month: int, day: int, rng: _Rng) -> object:
        if _hit(rng, 0.5):
            return f"{month:02d}/{day:02d}/{year}"
        return f"{MONTHS[month - 1][:3]} {day}, {year}"

    def note_date(self, last: pd.Timestamp) -> object:
        d = last + pd.Timedelta(days=5)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"

    def crime(self, crime: str, expl: str | None, ts: pd.Timestamp, rng: _Rng) -> str:
        smug = (
            "ARS 13-2319 Smuggling",
            "13-2319",
            "ARS 13-2319 – Smuggling",  # an en dash pasted from a word processor
            "HUMAN SMUGGLING",
            "8 USC 1324 Alien smuggling",
        )
        if crime == "smuggling":
            return choice(rng, smug)
        if expl == "sexual":
            traf: tuple[str, ...] = (
                "ARS 13-1307 Sex Trafficking",
                "ARS 13-1307 – Sex Trafficking",
                "18 USC 1591",
                "13-1307",
            )
        elif expl == "forced_labour":
            traf = ("ARS 13-1308 Trafficking - Forced Labor", "18 USC 1589", "13-1308")
        else:
            traf = ("Human trafficking", "HUMAN TRAFFICKING")
        if crime == "trafficking":
            return choice(rng, traf)
        both = (f"{choice(rng, smug[:2])} / {choice(rng, traf)}", "Smuggling & Trafficking")
        return choice(rng, both)

    def count(self, n: int, crime: str, rng: _Rng) -> _Cell:
        text = _thousands(n, ",") if n >= 1000 else str(n)
        if _hit(rng, 0.08):
            unit = "UDAs" if crime == "smuggling" else "victims"
            unit = unit if n > 1 else unit.rstrip("s")
            return _Cell(f"{text} {unit}", n, ("count_unit",))
        return _Cell(text, n, ("thousands_sep",) if n >= 1000 else ())

    def nationality(self, code: str, rng: _Rng) -> _Cell:
        if code == "MEX" and _hit(rng, 0.1):
            return _Cell("México", code, ("spanish_name",))
        dem = _DEMONYMS[code][0] if code in _DEMONYMS else _name(code, "en")
        style = _weighted(rng, [("dem", 0.45), ("NAME", 0.3), ("iso2", 0.15), ("name", 0.1)])
        if style == "dem":
            return _Cell(dem.upper() if _hit(rng, 0.4) else dem, code, ("demonym",))
        if style == "iso2":
            return _Cell(iso_codes(code)[0], code, ("iso2",))
        name = _fit(self.src, _country_name(code, "en", rng), _name(code, "en"))
        return _Cell(name.upper() if style == "NAME" else name, code)

    def country(self, code: str, role: str, rng: _Rng) -> _Cell:
        if code == "USA":
            if role == "destination" and _hit(rng, 0.2):
                return _Cell(choice(rng, _US_CITIES), code, ("dest_city",))
            return _Cell(choice(rng, ("USA", "US", "United States", "U.S.A.")), code)
        if code == "MEX" and _hit(rng, 0.1):
            return _Cell("México", code, ("spanish_name",))
        if _hit(rng, 0.15):
            return _Cell(iso_codes(code)[0], code, ("iso2",))
        name = _fit(self.src, _country_name(code, "en", rng), _name(code, "en"))
        return _Cell(name.upper() if _hit(rng, 0.5) else name, code)

    def transit(self, codes: list[str], rng: _Rng) -> _Cell:
        if not codes:
            return _Cell(self.none_word(rng, _NO_TRANSIT), None)
        if _hit(rng, 0.3):
            return _Cell("/".join(iso_codes(c)[0] for c in codes), "|".join(codes), ("iso2",))
        names = [_name(c, "en") for c in codes]
        if _hit(rng, 0.5):
            names = [n.upper() for n in names]
        return _Cell(choice(rng, (", ", " > ")).join(names), "|".join(codes))

    def coords(self, lat: float, lon: float, rng: _Rng) -> _Place:
        style = _weighted(rng, [("dec", 0.6), ("hemi", 0.2), ("slash", 0.15), ("swap", 0.05)])
        if style == "hemi":
            la, lo = round(lat, 4), round(lon, 4)
            ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
            text = f"{ns}{abs(la):.4f} {ew}{abs(lo):.4f}"
            return _Place({"coordinates": text}, la, lo, ("coords_hemisphere",))
        la, lo = round(lat, 5), round(lon, 5)
        if style == "slash":
            text = f"{la:.5f} / {lo:.5f}"
        elif style == "swap":  # longitude first: a latitude cannot be -110
            text = f"{lo:.5f}, {la:.5f}"
        else:
            text = f"{la:.5f}, {lo:.5f}"
        tags = ("coords_swapped",) if style == "swap" else ()
        return _Place({"coordinates": text}, la, lo, tags)

    def no_coords(self, rng: _Rng) -> dict[str, object]:
        return {"coordinates": choice(rng, ("UNK", "N/A"))}


class _Kent(_Style):
    """Kent Police: Excel dates and serials, UK FY quarters, NRM wording, DMS text."""

    partial_share = 0.1  # NRM referrals often know only the month or quarter of the harm

    def day(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        y, m, d = ts.year, ts.month, ts.day
        style = _weighted(
            rng,
            [
                ("cell", 0.45),
                ("serial", 0.15),
                ("dmY", 0.15),
                ("dots", 0.05),
                ("ordinal", 0.1),
                ("dMy", 0.1),
            ],
        )
        if style == "cell":
            stamp = dt.datetime(y, m, d, int(rng.integers(24)), int(rng.integers(60)))
            if _hit(rng, 0.6):
                stamp = dt.datetime(y, m, d)
            return _Cell(stamp, ts, ("date_cell",))
        if style == "serial":
            return _Cell(int((ts - pd.Timestamp("1899-12-30")).days), ts, ("date_serial",))
        if style == "dmY":
            return _Cell(f"{d:02d}/{m:02d}/{y}", ts, ("date_text",))
        if style == "dots":
            return _Cell(f"{d:02d}.{m:02d}.{y % 100:02d}", ts, ("date_text", "year_2d"))
        if style == "ordinal":
            suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return _Cell(f"{d}{suffix} {MONTHS[m - 1]} {y}", ts, ("date_ordinal",))
        return _Cell(f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", ts, ("date_text", "year_2d"))

    def month(self, ts: pd.Timestamp, rng: _Rng) -> str:
        name = MONTHS[ts.month - 1]
        return f"{name[:3]} {ts.year}" if _hit(rng, 0.5) else f"{name} {ts.year}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        q = _quarter(ts)
        if _hit(rng, 0.3):
            return _Cell(f"Q{q} {ts.year}", None)
        # UK financial year, April to March: calendar Q1 is Q4 of the year before's FY
        fy0, fq = (ts.year - 1, 4) if q == 1 else (ts.year, q - 1)
        return _Cell(f"FY{fy0 % 100:02d}/{(fy0 + 1) % 100:02d} Q{fq}", None, ("fy_quarter",))

    def impossible(self, year: int, month: int, day: int, rng: _Rng) -> object:
        return f"{day:02d}/{month:02d}/{year}"

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        if kind == "future_date" and _hit(rng, 0.5):
            return _typo_year(ts).to_pydatetime()
        return super().bad_date(ts, kind, rng)

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=10)).to_pydatetime()

    def crime(self, crime: str, expl: str | None, ts: pd.Timestamp, rng: _Rng) -> str:
        smug = (
            "s.25 Immigration Act 1971",
            "Facilitation (s.25 IA 1971)",
            "OIC - facilitation",
            "Assisting unlawful immigration",
        )
        traf = (
            "s.2 MSA 2015 - Human trafficking",
            "Modern slavery (MSA 2015)",
            "MSHT",
            "Human trafficking",
        )
        if crime == "smuggling":
            return choice(rng, smug)
        if crime == "trafficking":
            return choice(rng, traf)
        return choice(
            rng, ("s.25 IA71 & s.2 MSA15", "Facilitation + human trafficking", "OIC / MSHT")
        )

    def count(self, n: int, crime: str, rng: _Rng) -> _Cell:
        if _hit(rng, 0.15):
            return _Cell(str(n), n, ("count_text",))
        return _Cell(n, n)

    def number(self, n: int) -> object:
        return n

    def nationality(self, code: str, rng: _Rng) -> _Cell:
        style = _weighted(rng, [("dem", 0.7), ("name", 0.15), ("iso3", 0.15)])
        if style == "dem" and code in _DEMONYMS:
            if code in ("IRQ", "IRN") and _hit(rng, 0.25):
                return _Cell(f"{_DEMONYMS[code][0]} Kurd", code, ("demonym", "ethnicity"))
            return _Cell(_DEMONYMS[code][0], code, ("demonym",))
        if style == "iso3":
            return _Cell(code, code, ("iso3",))
        return _Cell(_country_name(code, "en", rng, 0.4), code)

    def country(self, code: str, role: str, rng: _Rng) -> _Cell:
        if code == "GBR":
            return _Cell(choice(rng, ("UK", "United Kingdom", "U.K.", "GBR")), code)
        if _hit(rng, 0.1):
            return _Cell(code, code, ("iso3",))
        return _Cell(_country_name(code, "en", rng, 0.4), code)

    def transit(self, codes: list[str], rng: _Rng) -> _Cell:
        if not codes:
            return _Cell(self.none_word(rng, _NO_TRANSIT), None)
        names = [_country_name(c, "en", rng, 0.2) for c in codes]
        return _Cell(choice(rng, (", ", " - ", " > ", " – ")).join(names), "|".join(codes))

    def coords(self, lat: float, lon: float, rng: _Rng) -> _Place:
        if _hit(rng, 0.2):
            la_text, la = _dms(lat, "N", "S")
            lo_text, lo = _dms(lon, "E", "W")
            return _Place({"lat": la_text, "lon": lo_text}, la, lo, ("coords_dms",))
        la, lo = round(lat, 5), round(lon, 5)
        return _Place({"lat": la, "lon": lo}, la, lo)

    def no_coords(self, rng: _Rng) -> dict[str, object]:
        return {"lat": "NK", "lon": "NK"}

    def offences(self, codes: list[str], rng: _Rng) -> object:
        words = [choice(rng, _OFFENCES[self.name][c]) for c in codes]
        return choice(rng, (", ", "; ", " & ")).join(words)


class _Ddsp(_Style):
    """DDSP du Pas-de-Calais: French day-first dates, CESEDA articles, decimal commas."""

    def day(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        y, m, d = ts.year, ts.month, ts.day
        style = _weighted(
            rng,
            [
                ("dmY", 0.4),
                ("dmy", 0.15),
                ("dots", 0.1),
                ("long", 0.15),
                ("weekday", 0.08),
                ("hour", 0.12),
            ],
        )
        if style == "dmY":
            return _Cell(f"{d:02d}/{m:02d}/{y}", ts)
        if style == "dmy":
            return _Cell(f"{d:02d}/{m:02d}/{y % 100:02d}", ts, ("year_2d",))
        if style == "dots":
            return _Cell(f"{d:02d}.{m:02d}.{y}", ts)
        day_word = "1er" if d == 1 else str(d)
        if style == "long":
            return _Cell(f"{day_word} {_MOIS[m - 1]} {y}", ts, ("date_month_name",))
        if style == "weekday":
            text = f"{_JOURS[ts.weekday()]} {day_word} {_MOIS[m - 1]} {y}"
            return _Cell(text, ts, ("date_month_name", "weekday"))
        hh, mm = int(rng.integers(24)), int(rng.integers(60))
        return _Cell(f"{d:02d}/{m:02d}/{y} à {hh:02d}h{mm:02d}", ts, ("date_time",))

    def month(self, ts: pd.Timestamp, rng: _Rng) -> str:
        if _hit(rng, 0.6):
            return f"{_MOIS[ts.month - 1]} {ts.year}"
        return f"{ts.month:02d}/{ts.year}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        return _Cell(choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}")), None)

    def impossible(self, year: int, month: int, day: int, rng: _Rng) -> object:
        if _hit(rng, 0.5):
            return f"{day:02d}/{month:02d}/{year}"
        return f"{day} {_MOIS[month - 1]} {year}"

    def note_date(self, last: pd.Timestamp) -> object:
        d = last + pd.Timedelta(days=7)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def crime(self, crime: str, expl: str | None, ts: pd.Timestamp, rng: _Rng) -> str:
        # the CESEDA was renumbered on 1 May 2021: L622-1 became L823-1
        art = "L622-1" if ts < pd.Timestamp("2021-05-01") else "L823-1"
        smug = (
            f"aide à l'entrée et au séjour irréguliers (art. {art} CESEDA)",
            "aide à l'entrée irrégulière",
            f"{art} CESEDA",
            "aide au séjour irrégulier en bande organisée",
        )
        traf = ("traite des êtres humains (art. 225-4-1 CP)", "TEH", "traite des êtres humains")
        if crime == "smuggling":
            return choice(rng, smug)
        if crime == "trafficking":
            return choice(rng, traf)
        return choice(rng, ("TEH + aide à l'entrée irrégulière", f"225-4-1 CP / {art} CESEDA"))

    def count(self, n: int, crime: str, rng: _Rng) -> _Cell:
        if n >= 1000:
            sep = "\xa0" if _hit(rng, 0.5) else " "
            return _Cell(_thousands(n, sep), n, ("thousands_sep",))
        if n >= 20 and _hit(rng, 0.06):
            return _Cell(f"env. {n}", n, ("count_approx",))
        return _Cell(str(n), n)

    def nationality(self, code: str, rng: _Rng) -> _Cell:
        style = _weighted(rng, [("dem", 0.6), ("NAME", 0.25), ("iso3", 0.1), ("kurd", 0.05)])
        if style == "kurd" and code == "IRQ":
            return _Cell("kurde irakien", code, ("demonym", "ethnicity"))
        if style in ("dem", "kurd") and code in _DEMONYMS:
            _, masc, fem, _, _ = _DEMONYMS[code]
            word = choice(rng, (masc, fem, masc + ("" if masc.endswith("s") else "s")))
            if _hit(rng, 0.3):
                word = word.capitalize()
            return self._garble(word, code, ("demonym",), rng)
        if style == "iso3":
            return _Cell(code, code, ("iso3",))
        name = _country_name(code, "fr", rng).upper()
        if _hit(rng, 0.5):
            return _Cell(_strip_accents(name), code, ("caps_no_accent",))
        return _Cell(name, code)

    def _garble(self, word: str, code: str, tags: tuple[str, ...], rng: _Rng) -> _Cell:
        bad = mojibake(word)
        if bad is not None and fits(bad, self.src) and _hit(rng, 0.08):
            return _Cell(bad, code, (*tags, "mojibake"))
        return _Cell(word, code, tags)

    def country(self, code: str, role: str, rng: _Rng) -> _Cell:
        if role == "detection":
            if code == "FRA":
                return _Cell(choice(rng, ("France", "FRANCE", "FR")), code)
            if code == "GBR":
                return _Cell(choice(rng, ("Royaume-Uni", "ROYAUME-UNI", "GB")), code)
        name = _country_name(code, "fr", rng, 0.35 if code == "GBR" else 0.2)
        if _hit(rng, 0.3):
            return _Cell(_strip_accents(name.upper()), code, ("caps_no_accent",))
        return self._garble(name, code, (), rng)

    def transit(self, codes: list[str], rng: _Rng) -> _Cell:
        if not codes:
            return _Cell(self.none_word(rng, _NO_TRANSIT), None)
        names = [_name(c, "fr") for c in codes]
        return _Cell(choice(rng, (", ", " > ", " / ", " puis ")).join(names), "|".join(codes))

    def coords(self, lat: float, lon: float, rng: _Rng) -> _Place:
        if _hit(rng, 0.25):
            la_text, la = _ddm(lat, "N", "S", 2)
            lo_text, lo = _ddm(lon, "E", "O", 3)
            text = f"{la_text} {lo_text}"
            return _Place({"coordinates": text}, la, lo, ("coords_ddm",))
        la, lo = round(lat, 5), round(lon, 5)
        if _hit(rng, 0.75):
            text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
            return _Place({"coordinates": text}, la, lo, ("decimal_comma",))
        text = f"{la:.5f}, {lo:.5f}"
        return _Place({"coordinates": text}, la, lo)

    def no_coords(self, rng: _Rng) -> dict[str, object]:
        return {"coordinates": choice(rng, ("NR", "non renseigné"))}

    def offences(self, codes: list[str], rng: _Rng) -> object:
        words = [choice(rng, _OFFENCES[self.name][c]) for c in codes]
        return choice(rng, (", ", " + ", " / ")).join(words)


class _Cisc(_Style):
    """CISC liaison digest: ISO dates, epoch milliseconds, codes, arrays, WKT points."""

    def day(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        style = _weighted(rng, [("iso", 0.45), ("z", 0.25), ("epoch", 0.15), ("basic", 0.15)])
        if style == "iso":
            return _Cell(ts.strftime("%Y-%m-%d"), ts)
        if style == "z":
            hh, mm = int(rng.integers(24)), int(rng.integers(60))
            return _Cell(f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z", ts, ("date_time",))
        if style == "epoch":  # noon UTC: the same day in every time zone of the Americas
            noon = ts.normalize() + pd.Timedelta(hours=12)
            ms = int((noon - pd.Timestamp("1970-01-01")) // pd.Timedelta(milliseconds=1))
            return _Cell(ms, ts, ("date_epoch",))
        return _Cell(ts.strftime("%Y%m%d"), ts, ("date_basic",))

    def month(self, ts: pd.Timestamp, rng: _Rng) -> str:
        return f"{ts.year}-{ts.month:02d}"

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        return _Cell(f"{ts.year}-Q{_quarter(ts)}", None)

    def impossible(self, year: int, month: int, day: int, rng: _Rng) -> object:
        return f"{year}-{month:02d}-{day:02d}"

    def note_date(self, last: pd.Timestamp) -> object:
        return (last + pd.Timedelta(days=3)).strftime("%Y-%m-%d")

    def crime(self, crime: str, expl: str | None, ts: pd.Timestamp, rng: _Rng) -> str:
        if crime == "smuggling":
            return choice(
                rng, ("HS", "human smuggling / passage de clandestins", "migrant smuggling")
            )
        if crime == "trafficking":
            return choice(rng, ("HT", "human trafficking / traite de personnes", "TIP"))
        return choice(rng, ("HT+HS", "human trafficking and smuggling / traite et passage"))

    def count(self, n: int, crime: str, rng: _Rng) -> _Cell:
        if _hit(rng, 0.1):
            return _Cell(str(n), n, ("count_text",))
        return _Cell(n, n)

    def number(self, n: int) -> object:
        return n

    def _code(self, code: str, rng: _Rng, bilingual: float) -> _Cell:
        r = rng.random()
        if r < bilingual:
            text = f"{_name(code, 'en')} / {_name(code, 'fr')}"
            return _Cell(text, code, ("bilingual_name",))
        if r < bilingual + 0.1:
            return _Cell(iso_codes(code)[0], code, ("iso2",))
        return _Cell(code, code, ("iso3",))

    def nationality(self, code: str, rng: _Rng) -> _Cell:
        return self._code(code, rng, 0.15)

    def country(self, code: str, role: str, rng: _Rng) -> _Cell:
        return self._code(code, rng, 0.1)

    def transit(self, codes: list[str], rng: _Rng) -> _Cell:
        if not codes:
            return _Cell([] if _hit(rng, 0.5) else None, None)
        if _hit(rng, 0.7):
            return _Cell(list(codes), "|".join(codes), ("json_array",))
        return _Cell(">".join(codes), "|".join(codes))

    def coords(self, lat: float, lon: float, rng: _Rng) -> _Place:
        la, lo = round(lat, 5), round(lon, 5)
        text = f"POINT ({lo:.5f} {la:.5f})" if _hit(rng, 0.8) else f"POINT({lo} {la})"
        return _Place({"coordinates": text}, la, lo, ("coords_wkt",))

    def no_coords(self, rng: _Rng) -> dict[str, object]:
        return {"coordinates": "POINT EMPTY"}

    def offences(self, codes: list[str], rng: _Rng) -> object:
        return [choice(rng, _OFFENCES[self.name][c]) for c in codes]

    def none_word(self, rng: _Rng, table: dict[str, tuple[str, ...]]) -> object:
        return [] if _hit(rng, 0.5) else None


class _Minseg(_Style):
    """MINSEG Panamá: Spanish day-first dates, ``Sexo (H/M)``, N/O hemispheres."""

    def day(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        y, m, d = ts.year, ts.month, ts.day
        style = _weighted(
            rng,
            [
                ("dmY", 0.3),
                ("dd", 0.25),
                ("abbr", 0.15),
                ("long", 0.1),
                ("dmy", 0.1),
                ("iso", 0.1),
            ],
        )
        if style == "dmY":
            return _Cell(f"{d}/{m}/{y}", ts)
        if style == "dd":
            return _Cell(f"{d:02d}/{m:02d}/{y}", ts)
        if style == "abbr":
            return _Cell(f"{d:02d}-{_MES_ABR[m - 1]}-{y}", ts, ("date_month_name",))
        if style == "long":
            return _Cell(f"{d} de {_MESES[m - 1]} de {y}", ts, ("date_month_name",))
        if style == "dmy":
            return _Cell(f"{d:02d}/{m:02d}/{y % 100:02d}", ts, ("year_2d",))
        return _Cell(ts.strftime("%Y-%m-%d"), ts)

    def month(self, ts: pd.Timestamp, rng: _Rng) -> str:
        name = _MESES[ts.month - 1]
        return choice(
            rng, (f"{name} {ts.year}", f"{name} de {ts.year}", f"{ts.month:02d}/{ts.year}")
        )

    def quarter(self, ts: pd.Timestamp, rng: _Rng) -> _Cell:
        q = _quarter(ts)
        nth = ("1er.", "2do.", "3er.", "4to.")[q - 1]
        options = (
            f"{_ROMAN[q - 1]} trimestre {ts.year}",
            f"T{q}-{ts.year}",
            f"{nth} trimestre {ts.year}",
        )
        return _Cell(choice(rng, options), None)

    def impossible(self, year: int, month: int, day: int, rng: _Rng) -> object:
        if _hit(rng, 0.5):
            return f"{day}/{month}/{year}"
        return f"{day} de {_MESES[month - 1]} de {year}"

    def note_date(self, last: pd.Timestamp) -> object:
        d = last + pd.Timedelta(days=4)
        return f"{d.day}/{d.month}/{d.year}"

    def crime(self, crime: str, expl: str | None, ts: pd.Timestamp, rng: _Rng) -> str:
        if crime == "smuggling":
            return choice(rng, ("Tráfico ilícito de migrantes", "TIM", "tráfico de migrantes"))
        if crime == "trafficking":
            return choice(rng, ("Trata de personas", "Trata de personas (Ley 79 de 2011)", "trata"))
        return choice(rng, ("Trata y tráfico de migrantes", "TIM / Trata"))

    def count(self, n: int, crime: str, rng: _Rng) -> _Cell:
        if n >= 1000:
            return _Cell(_thousands(n, ",") if _hit(rng, 0.7) else str(n), n, ("thousands_sep",))
        if _hit(rng, 0.05):
            word = "persona" if n == 1 else "personas"
            return _Cell(f"{n} {word}", n, ("count_unit",))
        return _Cell(str(n), n)

    def nationality(self, code: str, rng: _Rng) -> _Cell:
        style = _weighted(rng, [("dem", 0.65), ("name", 0.2), ("iso3", 0.15)])
        if style == "dem" and code in _DEMONYMS:
            _, _, _, masc, fem = _DEMONYMS[code]
            word = choice(rng, (masc, fem))
            word = word.upper() if _hit(rng, 0.3) else word
            return self._garble(word, code, ("demonym",), rng)
        if style == "iso3":
            return _Cell(code, code, ("iso3",))
        return self._garble(_country_name(code, "es", rng), code, (), rng)

    def _garble(self, word: str, code: str, tags: tuple[str, ...], rng: _Rng) -> _Cell:
        bad = mojibake(word)
        if bad is not None and _hit(rng, 0.08):
            return _Cell(bad, code, (*tags, "mojibake"))
        return _Cell(word, code, tags)

    def country(self, code: str, role: str, rng: _Rng) -> _Cell:
        if code == "PAN":
            word = choice(rng, ("Panamá", "PANAMÁ", "Panama", "Rep. de Panamá"))
            return self._garble(word, code, (), rng)
        if _hit(rng, 0.1):
            return _Cell(code, code, ("iso3",))
        alias = 0.5 if code == "USA" else 0.15
        name = _country_name(code, "es", rng, alias)
        return self._garble(name.upper() if _hit(rng, 0.2) else name, code, (), rng)

    def transit(self, codes: list[str], rng: _Rng) -> _Cell:
        if not codes:
            return _Cell(self.none_word(rng, _NO_TRANSIT), None)
        if _hit(rng, 0.2):
            return _Cell("/".join(codes), "|".join(codes), ("iso3",))
        names = [_name(c, "es") for c in codes]
        return _Cell(choice(rng, (" - ", ", ", " y ")).join(names), "|".join(codes))

    def coords(self, lat: float, lon: float, rng: _Rng) -> _Place:
        style = _weighted(rng, [("dec", 0.6), ("hemi", 0.25), ("dms", 0.15)])
        if style == "dms":
            la_text, la = _dms(lat, "N", "S")
            lo_text, lo = _dms(lon, "E", "O")
            return _Place({"lat": la_text, "lon": lo_text}, la, lo, ("coords_dms",))
        la, lo = round(lat, 5), round(lon, 5)
        if style == "hemi":
            ns, eo = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "O")
            cells: dict[str, object] = {"lat": f"{abs(la):.5f} {ns}", "lon": f"{abs(lo):.5f} {eo}"}
            return _Place(cells, la, lo, ("coords_hemisphere",))
        return _Place({"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo)

    def no_coords(self, rng: _Rng) -> dict[str, object]:
        word = choice(rng, ("s/d", "sin dato"))
        return {"lat": word, "lon": word}


_STYLES: dict[str, _Style] = {
    _AZ: _Arizona(_BY_NAME[_AZ]),
    _KENT: _Kent(_BY_NAME[_KENT]),
    _DDSP: _Ddsp(_BY_NAME[_DDSP]),
    _CISC: _Cisc(_BY_NAME[_CISC]),
    _MINSEG: _Minseg(_BY_NAME[_MINSEG]),
}


# --------------------------------------------------------------------------------------
# The renderer the shared machinery calls
# --------------------------------------------------------------------------------------
def _codes(value: object) -> list[str]:
    return [] if value is None else [c for c in str(value).split("|") if c]


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = _STYLES[src.source]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])
    expl = None if ev["exploitation"] is None else str(ev["exploitation"])
    parts: dict[str, _Cell] = {}
    date, precision = style.date(ts, rng, partial_ok)
    parts["event_date"] = date
    parts["crime_type"] = _Cell(style.crime(crime, expl, ts, rng), crime)
    parts["exploitation"] = style.exploitation(crime, expl, rng)
    parts["n_persons"] = style.persons(int(str(ev["n_persons"])), crime, rng)
    parts["n_suspects"] = style.suspects(int(str(ev["n_suspects"])), rng)
    parts["gender"] = style.gender(str(ev["gender"]), rng)
    parts["age_group"] = style.age(str(ev["age_group"]), rng)
    parts["nationality"] = style.nationality(str(ev["nationality"]), rng)
    for column, role in (
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        parts[column] = style.country(str(ev[column]), role, rng)
    parts["transit_countries"] = style.transit(_codes(ev["transit_countries"]), rng)
    parts["transport_mode"] = style.transport(str(ev["transport_mode"]), rng)
    offences = _codes(ev["linked_offences"])
    if offences:
        parts["linked_offences"] = _Cell(style.offences(offences, rng), "|".join(offences))
    else:
        parts["linked_offences"] = _Cell(style.none_word(rng, _NO_OFFENCE), None)
    if _hit(rng, 0.03):
        place = _Place(style.no_coords(rng), math.nan, math.nan, ("coords_placeholder",))
    else:
        place = style.coords(float(str(ev["lat"])), float(str(ev["lon"])), rng)

    tags: list[str] = []
    if forced_blank == "coordinates":  # a second report leaves blank a field the first gives
        place = _Place(dict.fromkeys(place.cells), math.nan, math.nan, ("blank_coordinates",))
    elif forced_blank is not None:
        blank = "unknown" if forced_blank == "gender" else None
        parts[forced_blank] = _Cell(None, blank, (f"blank_{forced_blank}",))
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    for column, part in parts.items():
        cells[column] = part.cell
        exp[column] = part.value
        tags.extend(part.tags)
    exp["date_precision"] = precision
    cells.update(place.cells)
    exp["lat"] = None if math.isnan(place.lat) else round(place.lat, 6)
    exp["lon"] = None if math.isnan(place.lon) else round(place.lon, 6)
    tags.extend(place.tags)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _STYLES[src.source].bad_date(ts, kind, rng)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    return _STYLES[src.source].note_date(last)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND74_SOURCES,
    primary={"USA": _AZ, "GBR": _KENT, "FRA": _DDSP, "PAN": _MINSEG},
    compilation=_CISC,
    secondary={
        ("channel", "FRA"): _KENT,
        ("channel", "GBR"): _DDSP,
        ("us_mex", "USA"): _CISC,
        ("darien", "PAN"): _CISC,
        ("thb_vnm_gbr", "GBR"): _CISC,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=7474,
    blank_share=0.35,
)


def make_blind74(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind74`` set's five submissions (``*_bx.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness (mixed with the variant's own salt).

    Returns
    -------
    list of Submission
        Arizona DPS (CSV, cp1252, ``,``), Kent Police (XLSX), DDSP du Pas-de-Calais
        (CSV, latin-1, ``;``), CISC liaison digest (JSON lines) and MINSEG Panamá (CSV,
        UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind74(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['azdps_bstf_bx.csv', 'kent_police_msht_bx.xlsx', 'ddsp62_main_courante_bx.csv',
     'cisc_liaison_bx.jsonl', 'minseg_flujo_bx.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
