"""Examiner set ``blind64``: five shelters, NGOs and an assistance scheme (files ``*_bn.*``).

A reader's guide to the five submissions, written from what these organisations keep in
their own registers. Each event is first reported by the organisation of its detection
country (Spain, Panama, France, United Kingdom); every other event by the IRC case log.

``accem_es_bn.csv`` -- Accem (Spanish NGO: reception after arrival and the anti-trafficking
    programme), Spanish, UTF-8 with BOM, ``;``. Reference ``EXP 0001/2022``. Dates mostly
    ``dd/mm/yyyy``, also ``d/m/yyyy``, ``14-feb-22`` (Spanish Excel), ``14 de febrero de
    2022``, ISO; partial dates ``febrero 2022``, ``02/2022``, ``T1 2022``, ``primer trimestre
    de 2022``; bad dates ``s/f``, ``31/02/2022``, typed years ``2202``. Offence profile with
    its legend in the header (``TSH`` trata, ``TIM`` tráfico ilícito de migrantes, arts. 177
    bis and 318 bis CP), purpose of exploitation in its own column (``No procede`` for
    smuggling). Sex ``H``/``M`` (M = mujer, female), ages ``MNA``/``Menores``, demonyms
    agreeing with the sex (``senegalesa``), ``ídem`` for an origin equal to the nationality,
    thousands with a dot (``1.234``), ``s/d`` and ``desconocido`` for unknown counts,
    ``ninguno`` for no suspect. Coordinates in one cell, as degrees-minutes-seconds with
    ``º`` and ``O`` (oeste) for west, or decimal commas ``28,12345 / -15,43210``. A few
    cells pasted through a wrong encoding (``marroquÃ­``). Note and ``TOTAL GENERAL`` rows.
``cruzroja_pa_bn.xlsx`` -- Cruz Roja Panameña, assistance points at the Darién reception
    stations (ERM), Spanish (Panama), Excel. Dates as real Excel dates, as bare serial
    numbers (``44635``) and as text ``dd/mm/yyyy``; partial ``Marzo 2022``, ``03-2022``,
    ``I trimestre 2022``. Sex ``M``/``F`` (M = masculino, male, unlike Spain), ages ``NNA``
    (niños, niñas y adolescentes), ``Trata de personas (Ley 79 de 2011)``, ``lavado de
    activos``, ``corrupción de servidores públicos``; ``S/D`` and ``N/R`` placeholders.
    Latitude and longitude in two numeric columns, some as text with ``N``/``O``, a few
    swapped (a latitude of -77 in Panama), a few ``S/D``.
``ofii_lille_bn.csv`` -- OFII, direction territoriale de Lille (Calais / Dunkerque shelter
    and victim-referral log), French, cp1252, ``;``, CRLF. Reference ``DT59-2022-00001``.
    Dates ``dd/mm/yyyy``, ``dd/mm/yy``, ``14 mars 2022``, ``14-mars-22``, ``lundi 14 mars
    2022``; partial ``mars 2022``, ``03/2022``, ``T2 2022``, ``2e trimestre 2022``. One
    column holds the offence and the purpose of exploitation (``TEH – travail forcé``,
    ``Aide à l'entrée irrégulière (art. L.823-1 CESEDA)``, ``L.622-1`` before May 2021,
    art. 225-4-1 C. pén.). ``H``/``F``, ``MNA``, ``Angleterre`` for the United Kingdom,
    transit ``Allemagne puis France``, thousands with a no-break space, ``NC``,
    ``néant``/``aucun``; GPS often missing, else decimal commas or nautical degrees and
    decimal minutes (``N 50°57,487' E 001°51,140'``). Re-sent rows at the end.
``salvationarmy_uk_bn.csv`` -- The Salvation Army (Modern Slavery Victim Care Contract),
    referral digest, English (UK), UTF-16 tab-separated (Excel "Unicode text"). Dates
    ``dd/mm/yyyy``, ``3 Mar 2022``, ``03-Mar-22``, ``3rd March 2022``, ``2022-03-03
    00:00:00``; partial ``Mar 2022``, ``Q1 2022``, ``Jan-Mar 2022``. Offences ``s.2 MSA
    2015``, ``s.25 IA 1971``; NRM exploitation types (``Labour``, ``Criminal``); ``PVoTs``,
    ``UASC``, ``HGV``, ``RHIB``; ``England``/``Scotland`` for the United Kingdom; ``Not
    known``, ``TBC``, ``nil``; thousands with a comma; coordinates ``51.1279, 1.3134`` or
    ``51.1279N 0.1234W``. A First Responder column.
``irc_protection_bn.jsonl`` -- International Rescue Committee protection case log
    (field sites in Italy, Greece, the Balkans, Poland, Panama and the United States),
    English snake_case keys and option codes (``smuggling_of_migrants``, ``TiP + SoM``,
    ``labour_exploitation``, ``uasc``). ISO dates and ``2022-03``/``2022-Q1``; United
    States offices write ``March 4, 2022`` or ``3/14/2022`` (only when the day is above 12,
    else ISO), European ones ``14/03/2022`` likewise. Countries as names, ISO alpha-2 or
    alpha-3; counts as numbers or strings (``"1,234"``, ``"unknown"``); coordinates as
    numbers or strings, often null. Re-synchronised (repeated) records.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

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

__all__ = ["BLIND64_SOURCES", "make_blind64"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_ACCEM = ExaminerSource(
    source="accem_es_bn",
    filename="accem_es_bn.csv",
    ref="EXP {seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expte.",
        "event_date": "Fecha llegada / detección",
        "hotspot": "Lugar",
        "crime_type": "Tipología (TSH = trata / TIM = tráfico ilícito de migrantes)",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas atendidas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo (H/M)",
        "age_group": "Edad (mayores / menores)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino declarado",
        "detection_country": "País de detección",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas (GMS / decimal)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por el Área de Trata",
    total="TOTAL GENERAL",
    bad_count=("varios", "muchos", "un grupo"),
    repeats=False,
)
_CRP = ExaminerSource(
    source="cruzroja_pa_bn",
    filename="cruzroja_pa_bn.xlsx",
    ref="CRP-DAR-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. de registro",
        "event_date": "Fecha de atención",
        "hotspot": "ERM / comunidad",
        "detection_country": "País",
        "crime_type": "Tipo de caso",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Total de personas",
        "gender": "Sexo (M/F)",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino final",
        "transport_mode": "Medio de desplazamiento",
        "n_suspects": "Guías / coyotes identificados",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos asociados",
    },
    note="Nota: cifras preliminares sujetas a revisión",
    total="Total",
    bad_count=("varios", "muchos", "grupo grande"),
    repeats=False,
)
_OFII = ExaminerSource(
    source="ofii_lille_bn",
    filename="ofii_lille_bn.csv",
    ref="DT59-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date de l'évènement",
        "hotspot": "Commune",
        "crime_type": "Qualification / nature de l'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb passeurs / auteurs présumés",
        "gender": "Sexe (H/F)",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de l'évènement",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire, données non consolidées (DT Lille)",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=True,
)
_SALVATION = ExaminerSource(
    source="salvationarmy_uk_bn",
    filename="salvationarmy_uk_bn.csv",
    ref="MSVCC-{year}-{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Referral ID",
        "event_date": "Date of first encounter",
        "first_responder": "First Responder Organisation",
        "crime_type": "Offence (legislation)",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "No. of persons (PVoTs / migrants)",
        "n_suspects": "Suspects / facilitators",
        "gender": "Sex",
        "age_group": "Adult / Minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "detection_country": "Country of encounter",
        "transport_mode": "Method of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated offending",
    },
    note="Note: figures are provisional and subject to change",
    total="Grand Total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
)
_IRC = ExaminerSource(
    source="irc_protection_bn",
    filename="irc_protection_bn.jsonl",
    ref="IRC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "field_site": "field_site",
        "detection_country": "incident_country",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_individuals",
        "n_suspects": "no_of_alleged_perpetrators",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "transport_mode": "means_of_travel",
        "lat": "gps_lat",
        "lon": "gps_long",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many", "group"),
    repeats=True,
)

#: The variant's five sources, in the order of the submissions.
BLIND64_SOURCES: tuple[ExaminerSource, ...] = (_ACCEM, _CRP, _OFII, _SALVATION, _IRC)

_PRIMARY = {
    "ESP": _ACCEM.source,
    "PAN": _CRP.source,
    "FRA": _OFII.source,
    "GBR": _SALVATION.source,
}
_SECONDARY = {
    ("darien", "PAN"): _IRC.source,
    ("channel", "FRA"): _SALVATION.source,
    ("thb_vnm_gbr", "GBR"): _OFII.source,
    ("thb_nga_ita", "ITA"): _ACCEM.source,
    ("thb_rou_esp", "ITA"): _ACCEM.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
_NAMES_ES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán", "Afganistan"),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Bielorrusia",),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún", "Camerun"),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea Conakry", "Guinea (Conakry)", "Rep. de Guinea"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití", "Haiti"),
    "HUN": ("Hungría",),
    "IRN": ("Irán", "Iran"),
    "IRQ": ("Irak", "Iraq"),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México", "Mexico"),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí", "Mali"),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán", "Paquistán"),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía", "Rumania"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez", "Tunez"),
    "TUR": ("Turquía", "Turquia"),
    "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
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
_NAMES_FR: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie", "Algerie"),
    "ECU": ("Équateur", "Equateur"),
    "EGY": ("Égypte", "Egypte"),
    "ERI": ("Érythrée", "Erythrée"),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Royaume Uni", "Angleterre"),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti", "Haiti"),
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
    "RUS": ("Russie",),
    "SEN": ("Sénégal", "Senegal"),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela", "Vénézuela"),
    "VNM": ("Viêt Nam", "Vietnam", "Viet-Nam"),
    "YEM": ("Yémen", "Yemen"),
}
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
_NAMES_EN: dict[str, tuple[str, ...]] = {
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
    "GBR": ("United Kingdom", "UK", "Great Britain"),
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
    "RUS": ("Russia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA", "US"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
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

# --------------------------------------------------------------------------------------
# Wording: categories, by source
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME_ACCEM: _Words = {
    "smuggling": (
        "Tráfico ilícito de migrantes",
        "TIM",
        "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
        "Art. 318 bis CP",
    ),
    "trafficking": ("Trata de seres humanos", "TSH", "Trata (art. 177 bis CP)", "Víctima de trata"),
    "both": (
        "TSH + TIM",
        "Trata y tráfico ilícito (arts. 177 bis y 318 bis CP)",
        "Trata de seres humanos / favorecimiento inmigración irregular",
    ),
}
_EXPL_ACCEM: _Words = {
    "sexual": ("Explotación sexual", "Sexual", "Prostitución forzada"),
    "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
    "forced_criminality": ("Actividades delictivas", "Comisión de delitos"),
    "forced_marriage": ("Matrimonio forzado",),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otras", "Otros fines de explotación"),
}
_CRIME_CRP: _Words = {
    "smuggling": (
        "Tráfico ilícito de migrantes",
        "Tráfico de migrantes",
        "Migrante objeto de tráfico ilícito",
    ),
    "trafficking": (
        "Trata de personas",
        "Trata de personas (Ley 79 de 2011)",
        "Posible víctima de trata",
    ),
    "both": (
        "Trata de personas y tráfico ilícito de migrantes",
        "Tráfico ilícito + trata",
        "Tráfico de migrantes / trata (Ley 79 de 2011)",
    ),
}
_EXPL_CRP: _Words = {
    "sexual": ("Explotación sexual", "Explotación sexual comercial", "Sexual"),
    "forced_labour": ("Trabajo forzoso", "Explotación laboral", "Laboral"),
    "forced_criminality": ("Actividades delictivas forzadas", "Obligado/a a cometer delitos"),
    "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otra", "Otras formas de explotación"),
}
_EXPL_OFII: _Words = {
    "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution forcée"),
    "forced_labour": ("travail forcé", "exploitation par le travail", "travail ou services forcés"),
    "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre forme d'exploitation", "autre exploitation"),
}
_CRIME_SALVATION: _Words = {
    "smuggling": (
        "Facilitation – s.25 Immigration Act 1971",
        "s25 IA 1971",
        "Assisting unlawful immigration",
        "People smuggling",
    ),
    "trafficking": (
        "Human trafficking – s.2 MSA 2015",
        "MSA 2015 s2",
        "Modern slavery / human trafficking",
        "Trafficking (Modern Slavery Act 2015)",
    ),
    "both": (
        "s.2 MSA 2015 & s.25 IA 1971",
        "Trafficking + facilitation",
        "Human trafficking / people smuggling",
    ),
}
_EXPL_SALVATION: _Words = {
    "sexual": ("Sexual", "Sexual exploitation"),
    "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
    "forced_criminality": ("Criminal", "Criminal exploitation"),
    "forced_marriage": ("Forced marriage",),
    "organ_removal": ("Organ harvesting",),
    "other": ("Other",),
}
_CRIME_IRC: _Words = {
    "smuggling": ("smuggling_of_migrants", "SoM", "migrant smuggling"),
    "trafficking": ("trafficking_in_persons", "TiP", "human trafficking"),
    "both": ("TiP + SoM", "trafficking_and_smuggling", "smuggling & trafficking"),
}
_EXPL_IRC: _Words = {
    "sexual": ("sexual_exploitation", "sexual"),
    "forced_labour": ("labour_exploitation", "forced_labour"),
    "forced_criminality": ("forced_criminality", "forced_criminal_activity"),
    "forced_marriage": ("forced_marriage",),
    "organ_removal": ("organ_removal",),
    "other": ("other",),
}

# gender / age / transport: the words of each value, and the "not recorded" words
_GENDER: dict[str, _Words] = {
    _ACCEM.source: {
        "male": ("H", "Hombre", "Hombres", "Varón", "HOMBRE"),
        "female": ("M", "Mujer", "Mujeres", "MUJER"),
        "mixed": ("Mixto", "H y M", "Ambos sexos"),
        "unknown": ("No consta",),
    },
    _CRP.source: {
        "male": ("M", "Masculino", "Hombres", "MASC."),
        "female": ("F", "Femenino", "Mujeres", "FEM."),
        "mixed": ("Mixto", "M y F", "Ambos sexos"),
        "unknown": ("S/D", "N/R"),
    },
    _OFII.source: {
        "male": ("H", "Homme", "Hommes", "Masculin"),
        "female": ("F", "Femme", "Femmes", "Féminin"),
        "mixed": ("Mixte", "H et F", "Hommes et femmes"),
        "unknown": ("NC", "non renseigné"),
    },
    _SALVATION.source: {
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female", "Females"),
        "mixed": ("Mixed", "M/F", "Male & female"),
        "unknown": ("Not known", "N/K"),
    },
    _IRC.source: {
        "male": ("male", "M", "all_male"),
        "female": ("female", "F", "all_female"),
        "mixed": ("mixed", "mixed_sex", "M+F"),
        "unknown": ("unknown",),
    },
}
_AGE: dict[str, _Words] = {
    _ACCEM.source: {
        "adult": ("Adulto", "Adultos", "Mayor de edad", "Mayores de edad"),
        "child": ("Menor", "Menores", "Menor de edad", "MNA"),
        "mixed": ("Adultos y menores", "Mixto", "Adultos + MNA"),
        "na": ("No consta",),
    },
    _CRP.source: {
        "adult": ("Adultos", "Adulto", "Mayores de 18"),
        "child": ("NNA", "Menores de edad", "Niños, niñas y adolescentes", "Menor"),
        "mixed": ("Adultos y NNA", "Mixto", "Grupo mixto (adultos y NNA)"),
        "na": ("N/R", "No registrado"),
    },
    _OFII.source: {
        "adult": ("Majeur", "Majeurs", "Adulte", "Adultes"),
        "child": ("Mineur", "Mineurs", "MNA", "Mineur non accompagné"),
        "mixed": ("Majeurs et mineurs", "Mixte", "Adultes + mineurs"),
        "na": ("Non renseigné",),
    },
    _SALVATION.source: {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Child", "UASC", "Under 18"),
        "mixed": ("Adults & minors", "Mixed", "Mixed (adults/children)"),
        "na": ("Not recorded",),
    },
    _IRC.source: {
        "adult": ("adult", "adults", "18+"),
        "child": ("child", "children", "uasc", "under_18"),
        "mixed": ("mixed", "adults_and_children"),
        "na": ("n/a",),
    },
}
_TRANSPORT: dict[str, _Words] = {
    _ACCEM.source: {
        "sea": ("Cayuco", "Patera", "Neumática", "Embarcación neumática", "Vía marítima"),
        "land": ("Terrestre", "Vía terrestre", "Vehículo", "Autobús"),
        "air": ("Aéreo", "Vía aérea", "Avión"),
        "na": ("No consta",),
    },
    _CRP.source: {
        "land": ("A pie", "Caminando (selva)", "Terrestre", "Por tierra", "Bus"),
        "sea": ("Lancha", "Marítimo", "Bote"),
        "air": ("Aéreo", "Avión"),
        "na": ("N/R",),
    },
    _OFII.source: {
        "sea": ("Small boat", "Embarcation de fortune", "Voie maritime", "Bateau pneumatique"),
        "land": ("Poids lourd", "Camion", "Voie terrestre", "Véhicule léger", "PL"),
        "air": ("Voie aérienne", "Avion"),
        "na": ("Non renseigné",),
    },
    _SALVATION.source: {
        "sea": ("Small boat", "Boat", "RHIB", "Sea crossing"),
        "land": ("Lorry", "HGV", "Clandestine (lorry)", "Car", "Land"),
        "air": ("Air", "Flight"),
        "na": ("Not recorded",),
    },
    _IRC.source: {
        "sea": ("sea", "by_sea", "boat"),
        "land": ("land", "overland", "on_foot", "vehicle"),
        "air": ("air", "flight"),
        "na": ("n/a",),
    },
}
_LINKED: dict[str, _Words] = {
    _ACCEM.source: {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("delito informático", "ciberdelincuencia"),
        "terrorism": ("terrorismo",),
    },
    _CRP.source: {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("corrupción de servidores públicos", "soborno"),
        "money_laundering": ("blanqueo de capitales", "lavado de activos"),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    _OFII.source: {
        "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _SALVATION.source: {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering", "Money laundering (POCA 2002)"),
        "illicit_goods": ("Drugs supply", "Illicit goods"),
        "cybercrime": ("Cybercrime", "Computer misuse"),
        "terrorism": ("Terrorism",),
    },
    _IRC.source: {
        "document_fraud": ("document_fraud", "fraudulent_documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("smuggling_of_goods", "drug_trafficking"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_LINK_JOIN: dict[str, tuple[str, ...]] = {
    _ACCEM.source: (", ", " / ", " y "),
    _CRP.source: (", ", "; ", " - "),
    _OFII.source: (" + ", ", "),
    _SALVATION.source: (", ", " / "),
    _IRC.source: (";", ", ", " "),
}
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    _ACCEM.source: ("s/d", "desconocido", "n/c"),
    _CRP.source: ("S/D", "N/R"),
    _OFII.source: ("NC", "inconnu", "n.c."),
    _SALVATION.source: ("Not known", "TBC", "N/K"),
    _IRC.source: ("unknown", "not_recorded"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    _ACCEM.source: ("ninguno", "no hay"),
    _CRP.source: ("ninguno", "Ninguno"),
    _OFII.source: ("néant", "aucun"),
    _SALVATION.source: ("nil", "None"),
    _IRC.source: ("none",),
}
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    _ACCEM.source: (None, None, "—", "Directo"),
    _CRP.source: (None, "N/A"),
    _OFII.source: (None, None, "aucun (direct)"),
    _SALVATION.source: (None, None, "Direct"),
    _IRC.source: (None, None, ""),
}
_NO_DATE: dict[str, tuple[str | None, ...]] = {
    _ACCEM.source: (None, "s/f", "sin fecha"),
    _CRP.source: (None, "S/F"),
    _OFII.source: (None, "date inconnue", "NC"),
    _SALVATION.source: (None, "Not known", "N/K"),
    _IRC.source: (None, "unknown"),
}

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
_MESES_ABR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
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
_MOIS_ABR = (
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
_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ROMAN = ("I", "II", "III", "IV")
_ORDINAL_ES = ("primer", "segundo", "tercer", "cuarto")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_CESEDA_RECODIFIED = pd.Timestamp("2021-05-01")  # L.622-1 became L.823-1 on that day


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _ts(ev: dict[str, object]) -> pd.Timestamp:
    return pd.Timestamp(cast(str, ev["event_date"]))


def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int:
    return int(cast(int, ev[key]))


def _hit(rng: _Rng, p: float) -> bool:
    return bool(rng.random() < p)


def _typo(text: str, rng: _Rng) -> str | None:
    """Swap two neighbouring inner letters of a long word (``Senegal`` -> ``Seneagl``)."""
    if len(text) < 7 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 2))
    out = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return out if out != text else None


def _ordinal_en(day: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}th" if 10 < day % 100 < 14 else f"{day}{suffix}"


def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    if not partial_ok:
        return "day"
    r = rng.random()
    if r < p_quarter:
        return "quarter"
    if r < p_quarter + p_month:
        return "month"
    return "day"


def _set_date(exp: dict[str, object], ts: pd.Timestamp, precision: str) -> None:
    if precision == "month":
        exp["event_date"] = ts.to_period("M").start_time
    elif precision == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
    else:
        exp["event_date"] = ts
    exp["date_precision"] = precision


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _dms(value: float) -> tuple[int, int, int]:
    a = abs(value)
    d = int(a)
    minutes = (a - d) * 60
    m = int(minutes)
    s = round((minutes - m) * 60)
    if s == 60:
        s, m = 0, m + 1
    if m == 60:
        m, d = 0, d + 1
    return d, m, s


def _dms_value(value: float) -> float:
    d, m, s = _dms(value)
    out = d + m / 60 + s / 3600
    return round(-out if value < 0 else out, 6)


def _ddm(value: float) -> tuple[int, float]:
    a = abs(value)
    d = int(a)
    m = round((a - d) * 60, 3)
    if m >= 60:
        d, m = d + 1, 0.0
    return d, m


def _ddm_value(value: float) -> float:
    d, m = _ddm(value)
    out = d + m / 60
    return round(-out if value < 0 else out, 6)


def _blank(
    field: str,
    forced_blank: str | None,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> bool:
    """Leave ``field`` blank if the second report must; return whether it did."""
    if forced_blank != field:
        return False
    tags.append(f"blank_{field}")
    if field == "coordinates":
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        exp["gender"] = "unknown"
    else:
        exp[field] = None
    return True


def _country(
    src: ExaminerSource,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    p_code: float,
    p_typo: float = 0.0,
    p_moji: float = 0.0,
    alpha2: bool = False,
) -> str:
    """Write a country the source's way: its language's name, a code, a typo, mojibake."""
    names = {"es": _NAMES_ES, "fr": _NAMES_FR, "en": _NAMES_EN}[src.language]
    if _hit(rng, p_code):
        tags.append("iso_code")
        return iso_codes(code)[0] if alpha2 or _hit(rng, 0.5) else code
    name = choice(rng, names[code])
    return _garble(src, name, rng, tags, p_typo=p_typo, p_moji=p_moji)


def _garble(
    src: ExaminerSource, text: str, rng: _Rng, tags: list[str], *, p_typo: float, p_moji: float
) -> str:
    if _hit(rng, p_moji):
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    if _hit(rng, p_typo):
        bad = _typo(text, rng)
        if bad is not None:
            tags.append("typo")
            return bad
    if _hit(rng, 0.06):
        tags.append("upper")
        return text.upper()
    return text


def _nationality(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    tags: list[str],
    *,
    p_demonym: float,
    p_code: float,
    p_typo: float = 0.0,
    p_moji: float = 0.0,
    alpha2: bool = False,
    feminine: bool | None = None,
) -> str:
    code = cast(str, ev["nationality"])
    if _hit(rng, p_demonym):
        tags.append("demonym")
        female = ev.get("gender") == "female" if feminine is None else feminine
        if src.language == "es":
            word = _DEMONYMS_ES[code][1 if female else 0]
        elif src.language == "fr":
            word = _DEMONYMS_FR[code][1 if female else 0]
        else:
            word = _DEMONYMS_EN[code]
        if src.language != "en" and _hit(rng, 0.6):
            word = word[:1].upper() + word[1:]
        return _garble(src, word, rng, tags, p_typo=p_typo, p_moji=p_moji)
    return _country(
        src, code, rng, tags, p_code=p_code, p_typo=p_typo, p_moji=p_moji, alpha2=alpha2
    )


def _transit(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    tags: list[str],
    joins: tuple[str, ...],
    *,
    p_code: float = 0.0,
) -> str | None:
    route = _str(ev, "transit_countries")
    if route is None:
        empty = _NO_TRANSIT[src.source][int(rng.integers(len(_NO_TRANSIT[src.source])))]
        if empty:
            tags.append("no_transit_word")
        return empty
    parts = [_country(src, c, rng, tags, p_code=p_code) for c in route.split("|")]
    if len(parts) > 1:
        tags.append("transit_list")
    return choice(rng, joins).join(parts)


def _linked(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str | None:
    offences = _str(ev, "linked_offences")
    if offences is None:
        return None
    words = [choice(rng, _LINKED[src.source][o]) for o in offences.split("|")]
    return choice(rng, _LINK_JOIN[src.source]).join(words)


def _vocab(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    forced_blank: str | None,
    *,
    p_na: float = 0.02,
) -> None:
    """Gender, age group and transport mode, each possibly 'not recorded'."""
    if not _blank("gender", forced_blank, cells, exp, tags):
        gender = cast(str, ev["gender"])
        if _hit(rng, 0.01):
            cells["gender"] = choice(rng, _GENDER[src.source]["unknown"])
            exp["gender"] = "unknown"
            tags.append("blank_gender")
        else:
            cells["gender"] = choice(rng, _GENDER[src.source][gender])
    for col, table in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        if _hit(rng, p_na):
            cells[col] = choice(rng, table[src.source]["na"])
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = choice(rng, table[src.source][cast(str, ev[col])])


def _suspects(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    forced_blank: str | None,
    *,
    numeric: bool,
) -> None:
    if _blank("n_suspects", forced_blank, cells, exp, tags):
        return
    n = _int(ev, "n_suspects")
    if _hit(rng, 0.03):
        cells["n_suspects"] = choice(rng, _COUNT_UNKNOWN[src.source])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif n == 0 and _hit(rng, 0.35):
        cells["n_suspects"] = choice(rng, _ZERO[src.source])
        tags.append("zero_word")
    else:
        cells["n_suspects"] = n if numeric and not _hit(rng, 0.1) else str(n)


def _persons(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    *,
    numeric: bool,
    thousands: tuple[str, ...],
) -> None:
    n = _int(ev, "n_persons")
    if _hit(rng, 0.025):
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[src.source])
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return
    if n >= 1000 and _hit(rng, 0.6):
        cells["n_persons"] = f"{n:,}".replace(",", choice(rng, thousands))
        tags.append("thousands_sep")
        return
    cells["n_persons"] = n if numeric and not _hit(rng, 0.08) else str(n)


def _start(ev: dict[str, object]) -> tuple[dict[str, object], dict[str, object], list[str]]:
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    exp["event_date"] = _ts(ev)
    exp["date_precision"] = "day"
    exp["n_persons"] = _int(ev, "n_persons")
    exp["n_suspects"] = _int(ev, "n_suspects")
    cells: dict[str, object] = {"hotspot": _str(ev, "hotspot")}
    return cells, exp, []


# --------------------------------------------------------------------------------------
# Accem (Spain)
# --------------------------------------------------------------------------------------
def _date_accem(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, str, str]:
    prec = _precision(rng, partial_ok, 0.05, 0.025)
    if prec == "quarter":
        q = _quarter(ts)
        text = choice(rng, (f"T{q} {ts.year}", f"{_ORDINAL_ES[q - 1]} trimestre de {ts.year}"))
        return text, prec, "partial_quarter"
    if prec == "month":
        mes = _MESES[ts.month - 1]
        forms = (f"{mes} {ts.year}", f"{mes} de {ts.year}", f"{ts.month:02d}/{ts.year}")
        return choice(rng, forms), prec, "partial_month"
    r = rng.random()
    if r < 0.55:
        return f"{ts:%d/%m/%Y}", prec, "dmy"
    if r < 0.70:
        return f"{ts.day}/{ts.month}/{ts.year}", prec, "dmy_unpadded"
    if r < 0.82:
        return f"{ts.day:02d}-{_MESES_ABR[ts.month - 1]}-{ts:%y}", prec, "month_abbr"
    if r < 0.92:
        return f"{ts.day} de {_MESES[ts.month - 1]} de {ts.year}", prec, "month_name"
    return f"{ts:%Y-%m-%d}", prec, "iso_date"


def _coords_accem(
    ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> str | None:
    lat, lon = float(cast(float, ev["lat"])), float(cast(float, ev["lon"]))
    r = rng.random()
    if r < 0.15:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
        return None
    if r < 0.55:
        deg = choice(rng, ("º", "°"))
        (a, b, c), (d, e, f) = _dms(lat), _dms(lon)
        ns = "N" if lat >= 0 else "S"
        eo = "E" if lon >= 0 else "O"
        exp["lat"], exp["lon"] = _dms_value(lat), _dms_value(lon)
        tags.append("dms_coords")
        return f"{a}{deg} {b:02d}' {c:02d}'' {ns}  {d}{deg} {e:02d}' {f:02d}'' {eo}"
    exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    if r < 0.9:
        tags.append("decimal_comma")
        return f"{lat:.5f}".replace(".", ",") + " / " + f"{lon:.5f}".replace(".", ",")
    return f"{lat:.5f}, {lon:.5f}"


def _render_accem(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells, exp, tags = _start(ev)
    ts = _ts(ev)
    cells["event_date"], prec, tag = _date_accem(ts, rng, partial_ok)
    _set_date(exp, ts, prec)
    tags.append(tag)
    crime, expl = cast(str, ev["crime_type"]), _str(ev, "exploitation")
    cells["crime_type"] = choice(rng, _CRIME_ACCEM[crime])
    if expl is None:
        cells["exploitation"] = choice(rng, ("No procede", "—", "")) or None
    else:
        cells["exploitation"] = choice(rng, _EXPL_ACCEM[expl])
    _persons(src, ev, rng, cells, exp, tags, numeric=False, thousands=(".",))
    _suspects(src, ev, rng, cells, exp, tags, forced_blank, numeric=False)
    _vocab(src, ev, rng, cells, exp, tags, forced_blank)
    at_fence = ev.get("hotspot") in ("Ceuta", "Melilla")
    if at_fence and exp["transport_mode"] == "land" and _hit(rng, 0.5):
        cells["transport_mode"] = choice(rng, ("A pie (perímetro fronterizo)", "Salto de valla"))
    if not _blank("nationality", forced_blank, cells, exp, tags):
        cells["nationality"] = _nationality(
            src, ev, rng, tags, p_demonym=0.6, p_code=0.08, p_typo=0.03, p_moji=0.04
        )
    origin = cast(str, ev["origin_country"])
    if origin == ev["nationality"] and "nationality" in cells and _hit(rng, 0.05):
        cells["origin_country"] = choice(rng, ("ídem", "Ídem", "id."))
        tags.append("idem")
    else:
        cells["origin_country"] = _country(src, origin, rng, tags, p_code=0.05, p_typo=0.03)
    dest = cast(str, ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, tags, p_code=0.05)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        det = cast(str, ev["detection_country"])
        cells["detection_country"] = _country(src, det, rng, tags, p_code=0.2, alpha2=True)
    cells["transit_countries"] = _transit(src, ev, rng, tags, (", ", " → ", " - "))
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        cells["coordinates"] = _coords_accem(ev, rng, exp, tags)
    cells["linked_offences"] = _linked(src, ev, rng)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Cruz Roja Panameña (Panama)
# --------------------------------------------------------------------------------------
def _date_crp(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, str]:
    prec = _precision(rng, partial_ok, 0.04, 0.02)
    if prec == "quarter":
        roman = _ROMAN[_quarter(ts) - 1]
        text = choice(rng, (f"{roman} trimestre {ts.year}", f"Trimestre {roman}-{ts.year}"))
        return text, prec, "partial_quarter"
    if prec == "month":
        mes = _MESES[ts.month - 1].capitalize()
        return choice(rng, (f"{mes} {ts.year}", f"{ts.month:02d}-{ts.year}")), prec, "partial_month"
    r = rng.random()
    if r < 0.6:
        return ts.to_pydatetime(), prec, "excel_date"
    if r < 0.78:
        return int((ts - _EXCEL_EPOCH).days), prec, "excel_serial"
    if r < 0.93:
        return f"{ts:%d/%m/%Y}", prec, "dmy_text"
    return f"{ts.day}-{_MESES_ABR[ts.month - 1]}-{ts.year}", prec, "month_abbr"


def _render_crp(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells, exp, tags = _start(ev)
    ts = _ts(ev)
    cells["event_date"], prec, tag = _date_crp(ts, rng, partial_ok)
    _set_date(exp, ts, prec)
    tags.append(tag)
    if cells["hotspot"] == "Darién gap":
        cells["hotspot"] = choice(rng, ("Tapón del Darién", "Selva del Darién"))
    crime, expl = cast(str, ev["crime_type"]), _str(ev, "exploitation")
    cells["crime_type"] = choice(rng, _CRIME_CRP[crime])
    if expl is None:
        cells["exploitation"] = choice(rng, ("N/A", "No aplica", "")) or None
    else:
        cells["exploitation"] = choice(rng, _EXPL_CRP[expl])
    _persons(src, ev, rng, cells, exp, tags, numeric=True, thousands=(",",))
    _suspects(src, ev, rng, cells, exp, tags, forced_blank, numeric=True)
    _vocab(src, ev, rng, cells, exp, tags, forced_blank)
    if not _blank("nationality", forced_blank, cells, exp, tags):
        # "Nacionalidad" is feminine: the register mostly writes "Venezolana" for anyone
        cells["nationality"] = _nationality(
            src,
            ev,
            rng,
            tags,
            p_demonym=0.7,
            p_code=0.1,
            p_typo=0.03,
            feminine=True if _hit(rng, 0.7) else None,
        )
    origin = cast(str, ev["origin_country"])
    cells["origin_country"] = _country(src, origin, rng, tags, p_code=0.08, p_typo=0.02)
    dest = cast(str, ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, tags, p_code=0.1)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        det = cast(str, ev["detection_country"])
        words = ("Panamá", "PANAMÁ", "Rep. de Panamá", "PA") if det == "PAN" else None
        if words is not None:
            cells["detection_country"] = choice(rng, words)
        else:
            cells["detection_country"] = _country(src, det, rng, tags, p_code=0.2)
    cells["transit_countries"] = _transit(src, ev, rng, tags, (" - ", ", ", " → "))
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        lat, lon = float(cast(float, ev["lat"])), float(cast(float, ev["lon"]))
        r = rng.random()
        if r < 0.08:
            cells["lat"] = cells["lon"] = None
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        elif r < 0.12:
            cells["lat"] = cells["lon"] = "S/D"
            exp["lat"] = exp["lon"] = None
            tags.append("coords_placeholder")
        elif r < 0.15:
            cells["lat"], cells["lon"] = round(lon, 5), round(lat, 5)
            exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
            tags.append("coords_swapped")
        elif r < 0.25:
            ns, eo = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
            cells["lat"], cells["lon"] = f"{abs(lat):.4f} {ns}", f"{abs(lon):.4f} {eo}"
            exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
            tags.append("hemisphere_letter")
        else:
            cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
            exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    cells["linked_offences"] = _linked(src, ev, rng)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# OFII, direction territoriale de Lille (France)
# --------------------------------------------------------------------------------------
def _date_ofii(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, str, str]:
    prec = _precision(rng, partial_ok, 0.05, 0.03)
    if prec == "quarter":
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        text = choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}"))
        return text, prec, "partial_quarter"
    if prec == "month":
        forms = (f"{_MOIS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
        return choice(rng, forms), prec, "partial_month"
    r = rng.random()
    if r < 0.5:
        return f"{ts:%d/%m/%Y}", prec, "dmy"
    if r < 0.65:
        return f"{ts:%d/%m/%y}", prec, "dmy_short_year"
    if r < 0.78:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MOIS[ts.month - 1]} {ts.year}", prec, "month_name"
    if r < 0.9:
        return f"{ts.day:02d}-{_MOIS_ABR[ts.month - 1]}-{ts:%y}", prec, "month_abbr"
    weekday = _JOURS[ts.weekday()]
    return f"{weekday} {ts.day} {_MOIS[ts.month - 1]} {ts.year}", prec, "weekday_date"


def _crime_ofii(ev: dict[str, object], rng: _Rng) -> str:
    crime, expl = cast(str, ev["crime_type"]), _str(ev, "exploitation")
    art = "L.622-1" if _ts(ev) < _CESEDA_RECODIFIED else "L.823-1"
    if crime == "smuggling":
        return choice(
            rng,
            (
                f"Aide à l'entrée irrégulière (art. {art} CESEDA)",
                f"Aide à l'entrée et au séjour irréguliers – art. {art} CESEDA",
                "Aide au passage (filière d'immigration irrégulière)",
                "Trafic de migrants",
                "AIDE A L'ENTREE IRREGULIERE D'UN ETRANGER EN FRANCE",
            ),
        )
    x = choice(rng, _EXPL_OFII[cast(str, expl)])
    if crime == "trafficking":
        return choice(
            rng,
            (
                f"Traite des êtres humains – {x} (art. 225-4-1 C. pén.)",
                f"TEH – {x}",
                f"TEH ({x})",
            ),
        )
    return choice(
        rng,
        (
            f"TEH ({x}) + aide à l'entrée irrégulière",
            f"Traite des êtres humains – {x} / aide à l'entrée irrégulière "
            f"(art. 225-4-1 CP et {art} CESEDA)",
            f"Trafic de migrants et TEH – {x}",
        ),
    )


def _coords_ofii(
    ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> str | None:
    lat, lon = float(cast(float, ev["lat"])), float(cast(float, ev["lon"]))
    r = rng.random()
    if r < 0.4:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
        return None
    if r < 0.45:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
        return "NC"
    if r < 0.75:
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
        return f"{lat:.5f}".replace(".", ",") + " / " + f"{lon:.5f}".replace(".", ",")
    (a, b), (c, d) = _ddm(lat), _ddm(lon)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    exp["lat"], exp["lon"] = _ddm_value(lat), _ddm_value(lon)
    tags.append("ddm_coords")
    lat_text = f"{ns} {a:02d}°{b:06.3f}'".replace(".", ",")
    lon_text = f"{ew} {c:03d}°{d:06.3f}'".replace(".", ",")
    return f"{lat_text} {lon_text}"


_COMMUNES_FR = {
    "London": "Londres (R.-U.)",
    "Dover": "Douvres (R.-U.)",
    "Glasgow": "Glasgow (R.-U.)",
}


def _render_ofii(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells, exp, tags = _start(ev)
    ts = _ts(ev)
    cells["event_date"], prec, tag = _date_ofii(ts, rng, partial_ok)
    _set_date(exp, ts, prec)
    tags += [tag, "combined_crime"]
    cells["crime_type"] = _crime_ofii(ev, rng)
    _persons(src, ev, rng, cells, exp, tags, numeric=False, thousands=("\u00a0", " "))
    _suspects(src, ev, rng, cells, exp, tags, forced_blank, numeric=False)
    _vocab(src, ev, rng, cells, exp, tags, forced_blank)
    if not _blank("nationality", forced_blank, cells, exp, tags):
        cells["nationality"] = _nationality(
            src,
            ev,
            rng,
            tags,
            p_demonym=0.65,
            p_code=0.08,
            p_typo=0.02,
            p_moji=0.04,
            alpha2=True,
        )
    origin = cast(str, ev["origin_country"])
    cells["origin_country"] = _country(src, origin, rng, tags, p_code=0.04, p_moji=0.03)
    dest = cast(str, ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, tags, p_code=0.05, alpha2=True)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        det = cast(str, ev["detection_country"])
        cells["detection_country"] = _country(src, det, rng, tags, p_code=0.1, alpha2=True)
    cells["transit_countries"] = _transit(src, ev, rng, tags, (" puis ", ", ", " > "))
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        cells["coordinates"] = _coords_ofii(ev, rng, exp, tags)
    cells["linked_offences"] = _linked(src, ev, rng)
    hotspot = _str(ev, "hotspot")
    if hotspot == "Dunkirk/Gravelines":
        cells["hotspot"] = choice(rng, ("Gravelines", "Loon-Plage", "Grande-Synthe", "Dunkerque"))
    elif hotspot in _COMMUNES_FR:
        cells["hotspot"] = _COMMUNES_FR[hotspot]
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The Salvation Army (United Kingdom)
# --------------------------------------------------------------------------------------
def _date_salvation(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, str, str]:
    prec = _precision(rng, partial_ok, 0.05, 0.03)
    mon = MONTHS[ts.month - 1][:3]
    if prec == "quarter":
        q = _quarter(ts)
        first, last = MONTHS[3 * q - 3][:3], MONTHS[3 * q - 1][:3]
        text = choice(rng, (f"Q{q} {ts.year}", f"{first}-{last} {ts.year}"))
        return text, prec, "partial_quarter"
    if prec == "month":
        forms = (f"{mon} {ts.year}", f"{MONTHS[ts.month - 1]} {ts.year}")
        return choice(rng, forms), prec, "partial_month"
    r = rng.random()
    if r < 0.45:
        return f"{ts:%d/%m/%Y}", prec, "dmy"
    if r < 0.6:
        return f"{ts.day} {mon} {ts.year}", prec, "month_abbr"
    if r < 0.72:
        return f"{ts.day:02d}-{mon}-{ts:%y}", prec, "month_abbr"
    if r < 0.85:
        return f"{_ordinal_en(ts.day)} {MONTHS[ts.month - 1]} {ts.year}", prec, "ordinal_date"
    return f"{ts:%Y-%m-%d} 00:00:00", prec, "iso_datetime"


_RESPONDERS = (
    "Kent Police",
    "Home Office – Immigration Enforcement",
    "Border Force",
    "Local authority (children's services)",
    "Metropolitan Police Service",
    "West Midlands Police",
    "Barnardo's",
)


def _render_salvation(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells, exp, tags = _start(ev)
    del cells["hotspot"]
    ts = _ts(ev)
    cells["event_date"], prec, tag = _date_salvation(ts, rng, partial_ok)
    _set_date(exp, ts, prec)
    tags.append(tag)
    hotspot = _str(ev, "hotspot")
    scotland = hotspot == "Glasgow"
    cells["first_responder"] = "Police Scotland" if scotland else choice(rng, _RESPONDERS)
    crime, expl = cast(str, ev["crime_type"]), _str(ev, "exploitation")
    cells["crime_type"] = choice(rng, _CRIME_SALVATION[crime])
    if expl is None:
        cells["exploitation"] = choice(rng, ("N/A", "n/a", "")) or None
    else:
        cells["exploitation"] = choice(rng, _EXPL_SALVATION[expl])
    _persons(src, ev, rng, cells, exp, tags, numeric=False, thousands=(",",))
    _suspects(src, ev, rng, cells, exp, tags, forced_blank, numeric=False)
    _vocab(src, ev, rng, cells, exp, tags, forced_blank)
    if not _blank("nationality", forced_blank, cells, exp, tags):
        cells["nationality"] = _nationality(
            src, ev, rng, tags, p_demonym=0.7, p_code=0.06, p_typo=0.02
        )
    origin = cast(str, ev["origin_country"])
    cells["origin_country"] = _country(src, origin, rng, tags, p_code=0.05, p_typo=0.02)
    dest = cast(str, ev["destination_country"])
    if dest == "GBR" and _hit(rng, 0.2):
        cells["destination_country"] = "England"
        tags.append("constituent_country")
    else:
        cells["destination_country"] = _country(src, dest, rng, tags, p_code=0.05)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        det = cast(str, ev["detection_country"])
        if det == "GBR" and _hit(rng, 0.35):
            cells["detection_country"] = "Scotland" if scotland else "England"
            tags.append("constituent_country")
        else:
            cells["detection_country"] = _country(src, det, rng, tags, p_code=0.1)
    cells["transit_countries"] = _transit(src, ev, rng, tags, (" > ", ", "))
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        lat, lon = float(cast(float, ev["lat"])), float(cast(float, ev["lon"]))
        r = rng.random()
        if r < 0.25:
            cells["coordinates"] = None
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        elif r < 0.75:
            cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
            exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        else:
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            cells["coordinates"] = f"{abs(lat):.4f}{ns} {abs(lon):.4f}{ew}"
            exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
            tags.append("hemisphere_letter")
    cells["linked_offences"] = _linked(src, ev, rng)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# IRC protection case log (every other country)
# --------------------------------------------------------------------------------------
def _date_irc(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool, us_office: bool
) -> tuple[str, str, str]:
    prec = _precision(rng, partial_ok, 0.05, 0.025)
    if prec == "quarter":
        q = _quarter(ts)
        return choice(rng, (f"{ts.year}-Q{q}", f"Q{q} {ts.year}")), prec, "partial_quarter"
    if prec == "month":
        return f"{ts:%Y-%m}", prec, "partial_month"
    r = rng.random()
    if r < 0.3 and us_office:
        if ts.day > 12 and _hit(rng, 0.5):
            return f"{ts.month}/{ts.day}/{ts.year}", prec, "mdy"
        name = choice(rng, (MONTHS[ts.month - 1], MONTHS[ts.month - 1][:3]))
        return f"{name} {ts.day}, {ts.year}", prec, "month_name"
    if r < 0.3 and ts.day > 12:
        return f"{ts:%d/%m/%Y}", prec, "dmy"
    if r < 0.45:
        return f"{ts:%Y-%m-%d}T00:00:00.000Z", prec, "iso_datetime"
    if r < 0.55:
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", prec, "month_abbr"
    return f"{ts:%Y-%m-%d}", prec, "iso_date"


def _render_irc(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    cells, exp, tags = _start(ev)
    cells["field_site"] = cells.pop("hotspot")
    ts = _ts(ev)
    det = cast(str, ev["detection_country"])
    us_office = det == "USA"
    cells["event_date"], prec, tag = _date_irc(ts, rng, partial_ok, us_office)
    _set_date(exp, ts, prec)
    tags.append(tag)
    crime, expl = cast(str, ev["crime_type"]), _str(ev, "exploitation")
    if crime == "smuggling" and us_office and _hit(rng, 0.5):
        cells["crime_type"] = "human smuggling"
    else:
        cells["crime_type"] = choice(rng, _CRIME_IRC[crime])
    if expl is None:
        cells["exploitation"] = choice(rng, ("not_applicable", "n/a", "")) or None
    else:
        cells["exploitation"] = choice(rng, _EXPL_IRC[expl])
    n = _int(ev, "n_persons")
    if _hit(rng, 0.02):
        cells["n_persons"] = None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        _persons(src, ev, rng, cells, exp, tags, numeric=True, thousands=(",",))
        if n < 1000 and cells["n_persons"] == str(n):
            tags.append("count_as_text")
    _suspects(src, ev, rng, cells, exp, tags, forced_blank, numeric=True)
    _vocab(src, ev, rng, cells, exp, tags, forced_blank)
    if not _blank("nationality", forced_blank, cells, exp, tags):
        cells["nationality"] = _nationality(
            src, ev, rng, tags, p_demonym=0.25, p_code=0.45, p_typo=0.02
        )
    origin = cast(str, ev["origin_country"])
    cells["origin_country"] = _country(src, origin, rng, tags, p_code=0.45, alpha2=True)
    dest = cast(str, ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, tags, p_code=0.4, alpha2=True)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        cells["detection_country"] = _country(src, det, rng, tags, p_code=0.5)
    route = _str(ev, "transit_countries")
    if route is not None and _hit(rng, 0.5):
        codes = [iso_codes(c)[0] for c in route.split("|")]
        cells["transit_countries"] = choice(rng, (">", ",", ";")).join(codes)
        tags.append("transit_codes")
    else:
        cells["transit_countries"] = _transit(src, ev, rng, tags, ("; ", ", ", " -> "))
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        lat, lon = float(cast(float, ev["lat"])), float(cast(float, ev["lon"]))
        r = rng.random()
        if r < 0.2:
            cells["lat"] = cells["lon"] = None
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        elif r < 0.35:
            cells["lat"], cells["lon"] = f"{lat:.5f}", f"{lon:.5f}"
            exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
            tags.append("coords_as_text")
        else:
            cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
            exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
    cells["linked_offences"] = _linked(src, ev, rng)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS: dict[
    str, Callable[[ExaminerSource, dict[str, object], _Rng, bool, str | None], _Out]
] = {
    _ACCEM.source: _render_accem,
    _CRP.source: _render_crp,
    _OFII.source: _render_ofii,
    _SALVATION.source: _render_salvation,
    _IRC.source: _render_irc,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    return _RENDERERS[src.source](src, ev, rng, partial_ok, forced_blank)


def _year_typo(year: int) -> int:
    """Swap the second and third digits of the year (2022 -> 2202), always ahead of today."""
    text = str(year)
    return int(text[0] + text[2] + text[1] + text[3]) if text[1] != text[2] else year + 200


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return _NO_DATE[src.source][int(rng.integers(len(_NO_DATE[src.source])))]
    if kind == "bad_date":
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src.source == _IRC.source:
            return f"{ts.year}-{month}-{day}"
        if src.source == _SALVATION.source and _hit(rng, 0.5):
            return f"{day} {MONTHS[int(month) - 1][:3]} {ts.year}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=_year_typo(ts.year), day=min(ts.day, 28))
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return f"{future:%Y-%m-%d}"
    return f"{future:%d/%m/%Y}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return f"{last:%Y-%m-%d}"
    return f"{last:%d/%m/%Y}"


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND64_SOURCES,
    primary=_PRIMARY,
    compilation=_IRC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6464,
    blank_share=0.35,
)


def make_blind64(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind64`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``accem_es_bn.csv``, ``cruzroja_pa_bn.xlsx``, ``ofii_lille_bn.csv``,
        ``salvationarmy_uk_bn.csv`` and ``irc_protection_bn.jsonl``, each with its
        expected rows (see the module docstring for how each one writes).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind64(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['accem_es_bn.csv', 'cruzroja_pa_bn.xlsx', 'ofii_lille_bn.csv',
     'salvationarmy_uk_bn.csv', 'irc_protection_bn.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
