"""Examiner sample set ``blind65``: five maritime-flavoured sources (files ``*_bo.*``).

Written independently of the cleaner, from the examiner's knowledge of how these
agencies keep their registers. Every event is first reported by the source of its
detection country (Italy, Spain, France, the United Kingdom) or else by the UNODC
maritime-crime digest; a few per cent are reported a second time by a second source.

Reader's guide
--------------
``guardia_costiera_bo.xlsx`` -- Italian Coast Guard (Comando generale del Corpo delle
    Capitanerie di porto, Centrale operativa / IMRCC Roma), the English-language event
    register it shares with EU partners. **English**, XLSX (sheet ``Casos``).
    Headers mix English and Italian jargon (``POB``, ``scafisti``, ``N. evento``).
    Dates: real Excel dates, bare Excel serial numbers (cells left in "General"
    format), text such as ``14 Mar 2022``, ``14-Mar-22`` or ``14/03/2022``; partial
    dates ``March 2022``, ``03/2022``, ``Q1 2022``, ``1st quarter 2022``. Offences
    by Italian article: ``Art. 12 D.Lgs. 286/98`` / ``art. 12 TUI`` (smuggling),
    ``art. 601 c.p.`` (trafficking), both joined with ``+``. Counts are numbers, a
    few large ones as text with the Italian thousands dot (``1.205``); ``n.d.``
    for unknown. Positions in nautical degrees and decimal minutes
    (``35°21.4'N 012°44.9'E``) or ``35 21.4N - 012 44.9E``. Demonyms (``Tunisian``,
    ``Afghani``), some ISO alpha-2 codes, the typo ``Lybia``. One extra column
    ``Asset(s) involved`` (patrol boats). Re-sends some rows.
``salvamento_maritimo_bo.csv`` -- Sociedad de Salvamento y Seguridad Marítima, the
    regional coordination centres (CCS Almería, Tarifa, Las Palmas, Tenerife),
    incident log of migrant boats. **Spanish**, cp1252, ``;``, CRLF. Dates
    ``14/03/2022``, ``14-mar-2022``, ``14 de marzo de 2022``; partial ``marzo 2022``,
    ``03/2022``, ``1T 2022``, ``1er trimestre 2022``. Offences by Código Penal
    article (``art. 318 bis CP`` smuggling, ``art. 177 bis CP`` / ``TSH``
    trafficking). Sex ``H`` / ``M`` (hombres / mujeres: ``M`` is *female* here),
    ``MENA`` minors, ``no consta`` for an unknown age. Counts with the Spanish
    thousands dot (``1.234``), ``s/d`` unknown, ``ninguno`` for zero arrests.
    Latitude and longitude in two columns, ``36º 05,3' N`` / ``002º 47,1' W`` (or
    ``O`` for oeste), sometimes decimal with a comma (``36,08833``). Spanish country
    names and demonyms (``guineana``, ``marfileña``), some mojibake (``marroquÃ­``).
    Extra column ``Centro (CCS)``. Note, empty and total (``Total general``) rows.
``gendarmerie_maritime_bo.csv`` -- Gendarmerie maritime, groupement Manche - mer du
    Nord (procedures on Channel crossings). **French**, UTF-16 (with BOM), tab
    delimited (an Excel "Texte Unicode" export). Dates ``14/03/2022``,
    ``14/03/22``, ``14 mars 2022``; partial ``mars 2022``, ``T1 2022``,
    ``1er trimestre 2022``. Offences: ``art. L823-1 CESEDA`` (``L622-1`` before the
    May 2021 recodification) for smuggling, ``art. 225-4-1 C. pén.`` / ``TEH`` for
    trafficking. Counts with a (narrow) no-break space as thousands separator,
    ``NC`` / ``inconnu`` unknown, ``néant`` zero. Sex ``H`` / ``F`` / ``mixte``,
    ``MNA`` minors, ``non renseigné`` age. Positions in DDM with a decimal comma
    (``50°57,12'N 001°50,46'E``), DMS or decimal degrees with commas. French
    demonyms (``irakienne``), ``Angleterre`` for the United Kingdom.
``hm_coastguard_bo.csv`` -- HM Coastguard (Maritime and Coastguard Agency), JRCC /
    Dover incident log shared with enforcement partners. **English**, UTF-8 (no
    BOM), ``|`` delimited. Dates ``14/03/2022 03:40`` (UK day first, with time),
    ``2022-03-14T03:40:00Z``, ``14-Mar-2022``; partial ``Mar 2022`` and quarters
    written ``Jan-Mar 2022``. Offences ``s.25 Immigration Act 1971`` (smuggling),
    ``s.2 Modern Slavery Act 2015`` (trafficking). NRM-style exploitation
    (``Criminal exploitation (cannabis cultivation)``). ``N/K`` / ``TBC`` for
    unknown counts, ``nil`` for zero arrests, ``UASC`` for minors, ``Iraqi Kurd``.
    ``Lat`` / ``Long`` columns, decimal degrees or ``51 07.23N`` / ``001 20.55E``.
    Re-sends some rows.
``unodc_gmcp_bo.jsonl`` -- UNODC Global Maritime Crime Programme incident digest,
    compiling partners' reports of every other detection country (Panama, United
    States, Greece, Croatia, Poland). **English** keys, JSON lines, UTF-8. Dates ISO
    (``2022-03-14``, ``2022-03-14T00:00:00Z``), ``14 March 2022``; partial ``2022-03``
    and ``2022-Q1``. Offence acronyms ``SOM`` / ``TIP`` / ``SOM+TIP``. ISO alpha-2
    codes for countries (``PA``, ``EC > CO`` transit), English names elsewhere,
    ``UAC`` for minors, a ``geo`` string ``"8.5634, -77.4521"`` or DMS. No note row.

Each source leaves a few cells to unknown words (count and suspects placeholders,
``n/a`` for an age group or a transport mode), writes zero arrests as a word, and a
second report may leave one field blank; the truth records every such choice in the
row's ``messiness`` tags.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND65_SOURCES", "make_blind65"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_GC = "guardia_costiera_bo"
_SM = "salvamento_maritimo_bo"
_GM = "gendarmerie_maritime_bo"
_HM = "hm_coastguard_bo"
_UN = "unodc_gmcp_bo"


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An ``ExaminerSource`` with the label of its extra (non-canonical) column."""

    extra: str | None = None


BLIND65_SOURCES: tuple[_Source, ...] = (
    _Source(
        source=_GC,
        filename=f"{_GC}.xlsx",
        ref="SAR {year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "SAR event no. (N. evento)",
            "event_date": "Date of event (UTC)",
            "crime_type": "Offence (Italian law ref.)",
            "exploitation": "Exploitation type (if THB)",
            "n_persons": "POB (persons on board / found)",
            "n_suspects": "Suspected smugglers (scafisti) arrested",
            "gender": "Sex (M/F/mixed)",
            "age_group": "Adults / minors",
            "nationality": "Declared nationality",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country of detection",
            "transit_countries": "Route (transit countries)",
            "transport_mode": "Means / vessel type",
            "coordinates": "Position (Lat / Long)",
            "linked_offences": "Related offences",
            "asset": "Asset(s) involved",
        },
        note="NB: figures provisional, subject to validation by IMRCC Rome",
        total="TOTAL",
        bad_count=("several", "many - see report"),
        repeats=True,
        extra="asset",
    ),
    _Source(
        source=_SM,
        filename=f"{_SM}.csv",
        ref="CCS-{yy:02d}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº Expediente",
            "event_date": "Fecha (dd/mm/aaaa)",
            "crime_type": "Tipo delito (CP)",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas (total a bordo)",
            "n_suspects": "Detenidos (patrones)",
            "gender": "Sexo (H/M)",
            "age_group": "Edad (adultos/menores)",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio / embarcación",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
            "centre": "Centro (CCS)",
        },
        note="Nota: datos provisionales, pendientes de validación",
        total="Total general",
        bad_count=("varios", "numerosos"),
        repeats=False,
        extra="centre",
    ),
    _Source(
        source=_GM,
        filename=f"{_GM}.csv",
        ref="GMAR/MMN/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "N° procédure",
            "event_date": "Date des faits",
            "crime_type": "Qualification (NATINF)",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "coordinates": "Position (WGS84)",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires, extraction du logiciel de rédaction des procédures",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux"),
        repeats=False,
    ),
    _Source(
        source=_HM,
        filename=f"{_HM}.csv",
        ref="MCA-{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="en",
        headers={
            "source_ref": "Incident Ref",
            "event_date": "Date/Time Opened",
            "crime_type": "Offence (legislation)",
            "exploitation": "Exploitation category (NRM)",
            "n_persons": "Persons Rescued/Detained",
            "n_suspects": "Arrests (pilot/facilitator)",
            "gender": "Sex",
            "age_group": "Adult/Child",
            "nationality": "Nationality (claimed)",
            "origin_country": "Country of Origin",
            "destination_country": "Destination",
            "detection_country": "Country (detection)",
            "transit_countries": "Transit Route",
            "transport_mode": "Mode",
            "lat": "Lat",
            "lon": "Long",
            "linked_offences": "Associated Offences",
        },
        note="Note: figures subject to change as incidents are closed",
        total="Grand total",
        bad_count=("multiple", "several"),
        repeats=True,
    ),
    _Source(
        source=_UN,
        filename=f"{_UN}.jsonl",
        ref="GMCP-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date_of_incident",
            "crime_type": "offence_category",
            "exploitation": "exploitation_form",
            "n_persons": "persons_involved",
            "n_suspects": "suspects_detained",
            "gender": "sex_breakdown",
            "age_group": "age_breakdown",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "location_country",
            "transit_countries": "transit",
            "transport_mode": "conveyance",
            "coordinates": "geo",
            "linked_offences": "related_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("multiple", "dozens"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Wording tables (the examiner's own)
# --------------------------------------------------------------------------------------
_EN_NAME: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "BGD": ("Bangladesh",),
    "CHN": ("China", "PR China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("Gambia", "The Gambia"),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haiti",),
    "IRN": ("Iran",),
    "IRQ": ("Iraq",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MLI": ("Mali",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "ROU": ("Romania",),
    "SEN": ("Senegal",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
    "AUT": ("Austria",),
    "DEU": ("Germany",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK"),
    "GRC": ("Greece",),
    "ITA": ("Italy",),
    "POL": ("Poland",),
    "USA": ("United States", "USA"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "HUN": ("Hungary",),
    "LBY": ("Libya",),
    "MKD": ("North Macedonia",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "RUS": ("Russia",),
    "SRB": ("Serbia",),
    "HRV": ("Croatia",),
    "PAN": ("Panama",),
}
_EN_DEMONYM: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "Afghani"),
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
    "IRQ": ("Iraqi", "Iraqi Kurd"),
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
_FR_NAME: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "BGD": ("Bangladesh",),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haïti",),
    "IRN": ("Iran",),
    "IRQ": ("Irak", "Iraq"),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MLI": ("Mali",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "ROU": ("Roumanie",),
    "SEN": ("Sénégal",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
    "AUT": ("Autriche",),
    "DEU": ("Allemagne",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Angleterre", "R-U"),
    "GRC": ("Grèce",),
    "ITA": ("Italie",),
    "POL": ("Pologne",),
    "USA": ("États-Unis",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "HUN": ("Hongrie",),
    "LBY": ("Libye",),
    "MKD": ("Macédoine du Nord",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "RUS": ("Russie",),
    "SRB": ("Serbie",),
    "HRV": ("Croatie",),
    "PAN": ("Panama",),
}
_FR_DEMONYM: dict[str, tuple[str, ...]] = {
    "AFG": ("afghane",),
    "ALB": ("albanaise",),
    "BGD": ("bangladaise",),
    "CHN": ("chinoise",),
    "CIV": ("ivoirienne",),
    "CMR": ("camerounaise",),
    "COL": ("colombienne",),
    "DZA": ("algérienne",),
    "ECU": ("équatorienne",),
    "EGY": ("égyptienne",),
    "ERI": ("érythréenne",),
    "GIN": ("guinéenne",),
    "GMB": ("gambienne",),
    "GTM": ("guatémaltèque",),
    "HND": ("hondurienne",),
    "HTI": ("haïtienne",),
    "IRN": ("iranienne",),
    "IRQ": ("irakienne",),
    "MAR": ("marocaine",),
    "MEX": ("mexicaine",),
    "MLI": ("malienne",),
    "NGA": ("nigériane",),
    "PAK": ("pakistanaise",),
    "ROU": ("roumaine",),
    "SEN": ("sénégalaise",),
    "SYR": ("syrienne",),
    "TUN": ("tunisienne",),
    "TUR": ("turque",),
    "VEN": ("vénézuélienne",),
    "VNM": ("vietnamienne",),
    "YEM": ("yéménite",),
}
_ES_NAME: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "BGD": ("Bangladés", "Bangladesh"),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "GIN": ("Guinea Conakry", "Guinea"),
    "GMB": ("Gambia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haití",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MLI": ("Malí",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "ROU": ("Rumanía",),
    "SEN": ("Senegal",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
    "AUT": ("Austria",),
    "DEU": ("Alemania",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GRC": ("Grecia",),
    "ITA": ("Italia",),
    "POL": ("Polonia",),
    "USA": ("Estados Unidos", "EE. UU."),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "HUN": ("Hungría",),
    "LBY": ("Libia",),
    "MKD": ("Macedonia del Norte",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "RUS": ("Rusia",),
    "SRB": ("Serbia",),
    "HRV": ("Croacia",),
    "PAN": ("Panamá",),
}
_ES_DEMONYM: dict[str, tuple[str, ...]] = {
    "AFG": ("afgana",),
    "ALB": ("albanesa",),
    "BGD": ("bangladesí",),
    "CHN": ("china",),
    "CIV": ("marfileña",),
    "CMR": ("camerunesa",),
    "COL": ("colombiana",),
    "DZA": ("argelina",),
    "ECU": ("ecuatoriana",),
    "EGY": ("egipcia",),
    "ERI": ("eritrea",),
    "GIN": ("guineana",),
    "GMB": ("gambiana",),
    "GTM": ("guatemalteca",),
    "HND": ("hondureña",),
    "HTI": ("haitiana",),
    "IRN": ("iraní",),
    "IRQ": ("iraquí",),
    "MAR": ("marroquí",),
    "MEX": ("mexicana",),
    "MLI": ("maliense",),
    "NGA": ("nigeriana",),
    "PAK": ("pakistaní",),
    "ROU": ("rumana",),
    "SEN": ("senegalesa",),
    "SYR": ("siria",),
    "TUN": ("tunecina",),
    "TUR": ("turca",),
    "VEN": ("venezolana",),
    "VNM": ("vietnamita",),
    "YEM": ("yemení",),
}
_EN_MONTH = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FR_MONTH = (
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
_ES_MONTH = (
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
_QUARTER_EN = ("Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec")

# Offences, by source and crime type.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _GC: {
        "smuggling": (
            "Art. 12 D.Lgs. 286/98 (aiding illegal immigration)",
            "art. 12 TUI",
            "Facilitation of illegal immigration (art. 12 TUI)",
            "migrant smuggling",
        ),
        "trafficking": (
            "Art. 601 c.p. (trafficking in persons)",
            "THB - art. 601 c.p.",
            "human trafficking",
        ),
        "both": (
            "Art. 12 TUI + art. 601 c.p.",
            "smuggling + THB (artt. 12 TUI / 601 c.p.)",
            "migrant smuggling and human trafficking",
        ),
    },
    _SM: {
        "smuggling": (
            "art. 318 bis CP",
            "Favorecimiento inmigración irregular (318 bis)",
            "inmigración ilegal (art. 318 bis)",
            "318 bis C.P.",
        ),
        "trafficking": ("art. 177 bis CP", "Trata de seres humanos", "TSH (177 bis)"),
        "both": (
            "177 bis y 318 bis CP",
            "Trata + favorecimiento inmigración irregular",
            "TSH / 318 bis",
        ),
    },
    _GM: {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. {ceseda} CESEDA)",
            "aide à l'entrée et au séjour irréguliers d'étrangers",
            "{ceseda} CESEDA",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "TEH",
            "art. 225-4-1 CP",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "art. 225-4-1 CP et {ceseda} CESEDA",
        ),
    },
    _HM: {
        "smuggling": (
            "s.25 Immigration Act 1971 (facilitation)",
            "Facilitation of illegal entry",
            "s25 IA 1971",
        ),
        "trafficking": (
            "s.2 Modern Slavery Act 2015 (human trafficking)",
            "MSA 2015 s.2",
            "Human trafficking",
        ),
        "both": ("s.25 IA 1971 & s.2 MSA 2015", "Facilitation + trafficking (MSA s.2)"),
    },
    _UN: {
        "smuggling": ("SOM", "SOM", "Smuggling of migrants"),
        "trafficking": ("TIP", "TIP", "Trafficking in persons"),
        "both": ("SOM+TIP", "SOM/TIP", "TIP and SOM"),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    _GC: {
        "sexual": ("sexual exploitation", "prostitution", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour (caporalato)", "forced labour"),
        "forced_criminality": ("forced criminal activities", "forced criminality"),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other form"),
    },
    _SM: {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("realización de actividades delictivas", "comisión de delitos"),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otra finalidad"),
    },
    _GM: {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    _HM: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": (
            "Criminal",
            "Criminal exploitation (cannabis cultivation)",
            "Criminal exploitation",
        ),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _UN: {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "other": ("other purposes", "other"),
    },
}
_NO_EXPLOIT: dict[str, tuple[str | None, ...]] = {
    _GC: (None, None, "n/a"),
    _SM: (None, None, "no procede"),
    _GM: (None, None, "sans objet"),
    _HM: ("N/A", None),
    _UN: (None,),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _GC: {"male": ("M", "male"), "female": ("F", "female"), "mixed": ("M/F", "mixed")},
    _SM: {
        "male": ("H", "hombres", "varones"),
        "female": ("M", "mujeres"),
        "mixed": ("H y M", "mixto", "H/M"),
    },
    _GM: {"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("H/F", "mixte")},
    _HM: {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "Both")},
    _UN: {"male": ("M", "male"), "female": ("F", "female"), "mixed": ("M/F", "mixed")},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _GC: {
        "adult": ("adults", "adult"),
        "child": ("minors", "UAM (unaccompanied minors)"),
        "mixed": ("adults + minors", "adults and minors"),
    },
    _SM: {
        "adult": ("adultos",),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    },
    _GM: {
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    _HM: {"adult": ("Adult",), "child": ("Child", "UASC"), "mixed": ("Adults & children",)},
    _UN: {"adult": ("adult",), "child": ("minor", "UAC"), "mixed": ("adult/minor",)},
}
_NA_WORD = {_GC: "n/a", _SM: "no consta", _GM: "non renseigné", _HM: "N/A", _UN: "n/a"}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _GC: {
        "sea": ("rubber boat", "wooden boat", "fishing boat", "sailing boat", "iron boat"),
        "land": ("by road (van)", "lorry", "car", "bus"),
        "air": ("commercial flight", "air (FCO)"),
    },
    _SM: {
        "sea": ("patera", "cayuco", "neumática", "embarcación neumática", "lancha semirrígida"),
        "land": ("vía terrestre", "vehículo (doble fondo)", "salto de valla", "autobús"),
        "air": ("vía aérea", "avión"),
    },
    _GM: {
        "sea": ("small boat", "embarcation pneumatique", "canot", "taxi-boat"),
        "land": ("poids lourd", "camion", "véhicule léger", "fourgon"),
        "air": ("voie aérienne", "avion"),
    },
    _HM: {
        "sea": ("Small boat", "RHIB", "Dinghy", "Inflatable"),
        "land": ("HGV", "Lorry", "Refrigerated trailer", "Car"),
        "air": ("Air (LHR)", "Flight"),
    },
    _UN: {
        "sea": ("vessel", "boat", "go-fast boat"),
        "land": ("land", "on foot", "truck", "tractor-trailer", "bus"),
        "air": ("flight", "air"),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    _GC: {
        "document_fraud": ("document fraud", "false documents"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband (cigarettes)", "drug trafficking"),
        "corruption": ("corruption",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    _SM: {
        "document_fraud": ("falsedad documental",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "corruption": ("cohecho",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    _GM: {
        "document_fraud": ("usage de faux documents", "faux documents"),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande de tabac", "trafic de stupéfiants"),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _HM: {
        "document_fraud": ("Document fraud", "Forged passport"),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Drug smuggling", "Contraband tobacco"),
        "corruption": ("Bribery",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    _UN: {
        "document_fraud": ("fraudulent documents",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "corruption": ("bribery of officials", "corruption"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_NO_LINKED: dict[str, tuple[str | None, ...]] = {
    _GC: (None, None, "none"),
    _SM: (None, None, "ninguno"),
    _GM: (None, "néant"),
    _HM: (None, "None"),
    _UN: (None,),
}
_DIRECT: dict[str, tuple[str | None, ...]] = {
    _GC: (None, "direct"),
    _SM: (None, "directo"),
    _GM: (None, "direct"),
    _HM: (None, "Direct"),
    _UN: (None,),
}
_COUNT_PLACEHOLDER = {
    _GC: ("n.d.", "unknown"),
    _SM: ("s/d", "desconocido"),
    _GM: ("NC", "inconnu"),
    _HM: ("N/K", "TBC"),
    _UN: ("unknown", "unk."),
}
_ZERO_WORD = {
    _GC: ("none", "nil"),
    _SM: ("ninguno",),
    _GM: ("néant", "aucun"),
    _HM: ("nil", "none"),
    _UN: ("none",),
}
_COORD_PLACEHOLDER = {_GC: "n.d.", _SM: "s/d", _GM: "NC", _HM: "N/K", _UN: "unknown"}
_ASSETS = (
    "CP 324",
    "CP 303",
    "CP 940 Dattilo",
    "CP 941 Diciotti",
    "CP 319 + CP 284",
    "CP 906",
    "M/V merchant + CP 324",
)
_CENTRES = {
    "watl": ("CCS Las Palmas", "CCS Tenerife"),
    "wmed": ("CCS Almería", "CCS Tarifa"),
}

# Partial dates: share of rows written to the month, to the quarter.
_P_MONTH = 0.06
_P_QUARTER = 0.03
# Placeholders and words.
_P_COUNT_PLACEHOLDER = 0.012
_P_SUSPECTS_PLACEHOLDER = 0.015
_P_ZERO_WORD = 0.45
_P_NA_WORD = 0.01
_P_COORDS_MISSING = 0.03
_P_MOJIBAKE = 0.05


# --------------------------------------------------------------------------------------
# Cell helpers
# --------------------------------------------------------------------------------------
def _name(table: dict[str, tuple[str, ...]], code: str, rng: _Rng) -> str:
    """Return a wording of ``code`` from ``table``, or its English short name."""
    if code in table:
        return choice(rng, table[code])
    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "name", code))


def _maybe(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` uniformly; unlike :func:`choice`, None stays None."""
    return options[int(rng.integers(len(options)))]


def _serial(ts: pd.Timestamp) -> int:
    """Return the Excel (1900 system) serial number of a day."""
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _ddm(value: float, decimals: int) -> tuple[int, float, float]:
    """Split ``abs(value)`` in whole degrees and decimal minutes (rounded), and decode it."""
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, decimals)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    sign = -1.0 if value < 0 else 1.0
    return deg, minutes, sign * (deg + minutes / 60)


def _dms(value: float) -> tuple[int, int, int, float]:
    """Split ``abs(value)`` in degrees, minutes and whole seconds, and decode it."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    sign = -1.0 if value < 0 else 1.0
    return int(deg), int(minutes), int(seconds), sign * total / 3600


def _fmt_min(minutes: float, decimals: int, comma: bool) -> str:
    text = f"{minutes:0{3 + decimals}.{decimals}f}"
    return text.replace(".", ",") if comma else text


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of the event's date."""
    draw = rng.random()
    if partial_ok and draw < _P_MONTH:
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month", ["partial_month"]
    if partial_ok and draw < _P_MONTH + _P_QUARTER:
        start = ts.to_period("Q").start_time
        return _quarter_cell(src, ts, rng), start, "quarter", ["partial_quarter"]
    cell, tag = _day_cell(src, ts, rng)
    return cell, ts.normalize(), "day", [tag]


def _month_cell(src: _Source, ts: pd.Timestamp, rng: _Rng) -> str:
    y, m = ts.year, ts.month
    if src.source == _GC:
        return choice(rng, (f"{_EN_MONTH[m - 1]} {y}", f"{m:02d}/{y}"))
    if src.source == _SM:
        return choice(rng, (f"{_ES_MONTH[m - 1]} {y}", f"{m:02d}/{y}"))
    if src.source == _GM:
        return choice(rng, (f"{_FR_MONTH[m - 1]} {y}", f"{_FR_MONTH[m - 1].capitalize()} {y}"))
    if src.source == _HM:
        return f"{_EN_MONTH[m - 1][:3]} {y}"
    return f"{y}-{m:02d}"


def _quarter_cell(src: _Source, ts: pd.Timestamp, rng: _Rng) -> str:
    y, q = ts.year, ts.quarter
    if src.source == _GC:
        nth = ("1st", "2nd", "3rd", "4th")[q - 1]
        return choice(rng, (f"Q{q} {y}", f"{nth} quarter {y}"))
    if src.source == _SM:
        nth = ("1er", "2º", "3er", "4º")[q - 1]
        return choice(rng, (f"{q}T {y}", f"{nth} trimestre {y}"))
    if src.source == _GM:
        nth = ("1er", "2e", "3e", "4e")[q - 1]
        return choice(rng, (f"T{q} {y}", f"{nth} trimestre {y}"))
    if src.source == _HM:
        return f"{_QUARTER_EN[q - 1]} {y}"
    return f"{y}-Q{q}"


def _day_cell(src: _Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    d, m, y = ts.day, ts.month, ts.year
    draw = rng.random()
    if src.source == _GC:
        if draw < 0.55:
            hour = int(rng.integers(0, 24))
            return (ts.normalize() + pd.Timedelta(hours=hour)).to_pydatetime(), "excel_date"
        if draw < 0.72:
            return _serial(ts), "excel_serial"
        if draw < 0.86:
            return f"{d} {_EN_MONTH[m - 1][:3]} {y}", "month_name"
        if draw < 0.93:
            return f"{d:02d}-{_EN_MONTH[m - 1][:3]}-{y % 100:02d}", "month_name"
        return f"{d:02d}/{m:02d}/{y}", "dmy_text"
    if src.source == _SM:
        if draw < 0.7:
            return f"{d:02d}/{m:02d}/{y}", "dmy"
        if draw < 0.85:
            return f"{d:02d}-{_ES_MONTH[m - 1][:3]}-{y}", "month_name"
        return f"{d} de {_ES_MONTH[m - 1]} de {y}", "month_name"
    if src.source == _GM:
        if draw < 0.65:
            return f"{d:02d}/{m:02d}/{y}", "dmy"
        if draw < 0.8:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", "dmy_2digit_year"
        day = "1er" if d == 1 else str(d)
        return f"{day} {_FR_MONTH[m - 1]} {y}", "month_name"
    if src.source == _HM:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        if draw < 0.6:
            return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", "dmy_time"
        if draw < 0.85:
            return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z", "iso_time"
        return f"{d:02d}-{_EN_MONTH[m - 1][:3]}-{y}", "month_name"
    if draw < 0.7:
        return f"{y}-{m:02d}-{d:02d}", "iso"
    if draw < 0.85:
        return f"{y}-{m:02d}-{d:02d}T00:00:00Z", "iso_time"
    return f"{d} {_EN_MONTH[m - 1]} {y}", "month_name"


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        if src.source == _UN:
            return choice(rng, (f"{y}-02-30", f"{y}-13-04"))
        if src.source == _HM:
            return choice(rng, (f"31/02/{y} 10:15", f"{y}-02-30T04:00:00Z"))
        if src.source == _GC:
            return choice(rng, (f"30/02/{y}", f"31 Feb {y}"))
        return choice(rng, (f"31/02/{y}", f"32/01/{y}", f"30/02/{y}"))
    future = ts.replace(year=y + 100)
    if src.source == _GC:
        return future.to_pydatetime()
    if src.source == _UN:
        return future.strftime("%Y-%m-%d")
    if src.source == _HM:
        return future.strftime("%d/%m/%Y 12:00")
    return future.strftime("%d/%m/%Y")


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (its extraction day)."""
    if src.source == _GC:
        return last.to_pydatetime()
    if src.source == _UN:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, str]:
    """Return (cells, expected lat, expected lon, tag) of a located event."""
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    draw = rng.random()
    if src.source == _GC:
        d1, m1, v1 = _ddm(lat, 1)
        d2, m2, v2 = _ddm(lon, 1)
        if draw < 0.7:
            text = f"{d1:02d}°{_fmt_min(m1, 1, False)}'{ns} {d2:03d}°{_fmt_min(m2, 1, False)}'{ew}"
        else:
            text = f"{d1:02d} {_fmt_min(m1, 1, False)}{ns} - {d2:03d} {_fmt_min(m2, 1, False)}{ew}"
        return {"coordinates": text}, v1, v2, "ddm"
    if src.source == _SM:
        if draw < 0.75:
            d1, m1, v1 = _ddm(lat, 1)
            d2, m2, v2 = _ddm(lon, 1)
            west = choice(rng, ("W", "O")) if lon < 0 else "E"
            cells: dict[str, object] = {
                "lat": f"{d1:02d}º {_fmt_min(m1, 1, True)}' {ns}",
                "lon": f"{d2:03d}º {_fmt_min(m2, 1, True)}' {west}",
            }
            return cells, v1, v2, "ddm_comma"
        v1, v2 = round(lat, 5), round(lon, 5)
        cells = {"lat": f"{v1:.5f}".replace(".", ","), "lon": f"{v2:.5f}".replace(".", ",")}
        return cells, v1, v2, "decimal_comma"
    if src.source == _GM:
        if draw < 0.5:
            d1, m1, v1 = _ddm(lat, 2)
            d2, m2, v2 = _ddm(lon, 2)
            text = f"{d1:02d}°{_fmt_min(m1, 2, True)}'{ns} {d2:03d}°{_fmt_min(m2, 2, True)}'{ew}"
            return {"coordinates": text}, v1, v2, "ddm_comma"
        if draw < 0.75:
            a1, b1, c1, v1 = _dms(lat)
            a2, b2, c2, v2 = _dms(lon)
            text = f"{a1}°{b1:02d}'{c1:02d}\"{ns} {a2}°{b2:02d}'{c2:02d}\"{ew}"
            return {"coordinates": text}, v1, v2, "dms"
        v1, v2 = round(lat, 5), round(lon, 5)
        text = f"{v1:.5f}".replace(".", ",") + " / " + f"{v2:.5f}".replace(".", ",")
        return {"coordinates": text}, v1, v2, "decimal_comma"
    if src.source == _HM:
        if draw < 0.7:
            v1, v2 = round(lat, 4), round(lon, 4)
            return {"lat": f"{v1:.4f}", "lon": f"{v2:.4f}"}, v1, v2, "decimal"
        d1, m1, v1 = _ddm(lat, 2)
        d2, m2, v2 = _ddm(lon, 2)
        cells = {
            "lat": f"{d1:02d} {_fmt_min(m1, 2, False)}{ns}",
            "lon": f"{d2:03d} {_fmt_min(m2, 2, False)}{ew}",
        }
        return cells, v1, v2, "ddm"
    if draw < 0.8:
        v1, v2 = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{v1:.4f}, {v2:.4f}"}, v1, v2, "decimal_pair"
    a1, b1, c1, v1 = _dms(lat)
    a2, b2, c2, v2 = _dms(lon)
    text = f"{a1}°{b1:02d}'{c1:02d}\"{ns} {a2}°{b2:02d}'{c2:02d}\"{ew}"
    return {"coordinates": text}, v1, v2, "dms"


def _coord_cells(src: _Source, value: object) -> dict[str, object]:
    """Return the coordinate cells of the source, all set to ``value``."""
    if "coordinates" in src.headers:
        return {"coordinates": value}
    return {"lat": value, "lon": value}


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(src: _Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country (origin, destination, detection, transit) the source's way."""
    if src.source == _UN:
        if rng.random() < 0.7:
            tags.append("iso2")
            return iso_codes(code)[0]
        return _name(_EN_NAME, code, rng)
    if src.source in (_GC, _HM):
        if src.source == _GC and code == "LBY" and rng.random() < 0.3:
            tags.append("typo")
            return "Lybia"
        if rng.random() < 0.08:
            tags.append("iso2")
            return iso_codes(code)[0]
        return _name(_EN_NAME, code, rng)
    table = _ES_NAME if src.source == _SM else _FR_NAME
    text = _name(table, code, rng)
    if src.source == _SM and rng.random() < _P_MOJIBAKE:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    if rng.random() < 0.05:
        return text.upper()
    return text


def _nationality(src: _Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality: a demonym, a country name or a code."""
    draw = rng.random()
    if src.source == _UN:
        if draw < 0.6:
            tags.append("iso2")
            return iso_codes(code)[0]
        return _name(_EN_DEMONYM, code, rng)
    if src.source in (_GC, _HM):
        if draw < 0.1:
            tags.append("iso2")
            return iso_codes(code)[0]
        tags.append("demonym")
        return _name(_EN_DEMONYM, code, rng)
    table = _ES_DEMONYM if src.source == _SM else _FR_DEMONYM
    names = _ES_NAME if src.source == _SM else _FR_NAME
    if draw < 0.75 and code in table:
        tags.append("demonym")
        text = choice(rng, table[code])
    else:
        text = _name(names, code, rng)
    if src.source == _SM and rng.random() < _P_MOJIBAKE:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return text


_TRANSIT_SEP = {
    _GC: (" - ", " > ", ", "),
    _SM: (" / ", ", ", " - "),
    _GM: (", ", " > ", " - "),
    _HM: (" / ", "; ", " > "),
    _UN: (" > ", ", "),
}


def _transit(src: _Source, value: object, rng: _Rng, tags: list[str]) -> object:
    if value is None:
        return _maybe(rng, _DIRECT[src.source])
    codes = str(value).split("|")
    sep = choice(rng, _TRANSIT_SEP[src.source])
    return sep.join(_country(src, c, rng, tags) for c in codes)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _count_cell(src: _Source, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons (a number in XLSX/JSONL, text in CSV)."""
    if src.source == _GC:
        if n >= 1000 and rng.random() < 0.5:
            tags.append("thousands_sep")
            return _thousands(n, ".")
        return n
    if src.source == _UN:
        return n
    if n >= 1000:
        tags.append("thousands_sep")
        sep = {_SM: ".", _GM: choice(rng, ("\u202f", "\xa0", " ")), _HM: ","}[src.source]
        return _thousands(n, sep)
    return str(n)


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    s = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}

    cells["event_date"], day, precision, date_tags = _date(src, ts, rng, partial_ok)
    tags += date_tags
    exp["event_date"] = day
    exp["date_precision"] = precision

    crime = str(ev["crime_type"])
    wording = choice(rng, _CRIME[s][crime])
    if "{ceseda}" in wording:
        wording = wording.format(ceseda="L622-1" if ts < pd.Timestamp("2021-05-01") else "L823-1")
    cells["crime_type"] = wording
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _maybe(rng, _NO_EXPLOIT[s])
    else:
        cells["exploitation"] = choice(rng, _EXPLOIT[s][str(expl)])
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _P_COUNT_PLACEHOLDER:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[s])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    numeric = src.format != "csv"
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < _P_SUSPECTS_PLACEHOLDER:
        cells["n_suspects"] = choice(rng, _COUNT_PLACEHOLDER[s])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < _P_ZERO_WORD:
        cells["n_suspects"] = choice(rng, _ZERO_WORD[s])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if numeric else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[s][gender])
        exp["gender"] = gender
        if s == _SM and gender == "female":
            tags.append("m_is_mujer")

    age = str(ev["age_group"])
    if rng.random() < _P_NA_WORD:
        cells["age_group"], exp["age_group"] = _NA_WORD[s], "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[s][age])
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, nat, rng, tags)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), rng, tags)
        exp[col] = code

    det = ev["detection_country"]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = None if det is None else _country(src, str(det), rng, tags)
        exp["detection_country"] = det

    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < _P_NA_WORD:
        cells["transport_mode"], exp["transport_mode"] = _NA_WORD[s], "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT[s][mode])
        exp["transport_mode"] = mode

    lat, lon = ev["lat"], ev["lon"]
    draw = rng.random()
    if forced_blank == "coordinates":
        cells.update(_coord_cells(src, None))
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or draw < _P_COORDS_MISSING / 2:
        cells.update(_coord_cells(src, None))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif draw < _P_COORDS_MISSING:
        cells.update(_coord_cells(src, _COORD_PLACEHOLDER[s]))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        coord_cells, v1, v2, tag = _coords(src, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = v1, v2
        tags.append(tag)

    linked = ev["linked_offences"]
    if linked is None:
        cells["linked_offences"] = _maybe(rng, _NO_LINKED[s])
    else:
        words = [choice(rng, _LINKED[s][w]) for w in str(linked).split("|")]
        joiner = {_SM: choice(rng, (", ", " y ")), _GM: ", ", _HM: "; "}.get(s, "; ")
        cells["linked_offences"] = joiner.join(words)
    exp["linked_offences"] = linked

    if src.extra == "asset":
        cells["asset"] = choice(rng, _ASSETS) if mode == "sea" else None
    elif src.extra == "centre":
        corridor = str(ev.get("corridor"))
        cells["centre"] = choice(rng, _CENTRES.get(corridor, ("CCS Madrid (CNCS)",)))
    return cells, exp, tags


_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND65_SOURCES,
    primary={"ITA": _GC, "ESP": _SM, "FRA": _GM, "GBR": _HM},
    compilation=_UN,
    secondary={
        ("channel", "FRA"): _HM,
        ("channel", "GBR"): _GM,
        ("thb_vnm_gbr", "GBR"): _GM,
        ("emed", "GRC"): _GC,
        ("cmed", "ITA"): _UN,
        ("thb_nga_ita", "ITA"): _UN,
        ("watl", "ESP"): _UN,
        ("wmed", "ESP"): _UN,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6565,
    blank_share=0.3,
)


def make_blind65(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind65`` examiner set (files ``*_bo.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``guardia_costiera_bo.xlsx``, ``salvamento_maritimo_bo.csv``,
        ``gendarmerie_maritime_bo.csv``, ``hm_coastguard_bo.csv`` and
        ``unodc_gmcp_bo.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind65(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['guardia_costiera_bo.xlsx', 'salvamento_maritimo_bo.csv',
     'gendarmerie_maritime_bo.csv', 'hm_coastguard_bo.csv', 'unodc_gmcp_bo.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
