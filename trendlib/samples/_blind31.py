"""Examiner set ``blind31``: five liaison and registry files, written as those offices do.

A reader's guide to the five submissions (files ``*_ag.*``). Every row is one true event
(or a cross-source second report, a row to quarantine, a garbage row or a re-sent row);
:mod:`trendlib.samples._examiner` lays the rows out, this module writes each cell the
agency's way and records the clean value an analyst would read from it.

``fsi_liban_ag.csv`` — Lebanese Internal Security Forces (FSI), anti-trafficking bureau
    French, **cp1252**, ``;``, CRLF. Primary for events detected in Greece; reports again
    some Central-Mediterranean boats (the 2022-23 departures from North Lebanon to
    Italy). Headers in administrative French (``N° Procès-verbal``, ``Date des faits``,
    ``Qualification pénale``, ``Nb mis en cause``, ``Sexe (H/F)``, ``Majeurs/Mineurs``;
    ``H+F`` or ``mixte`` for both sexes).
    Dates day-first ``12/03/2022``, ``5/3/2022``, ``12-03-2022``, ``12 mars 2022``;
    partial ``mars 2022``, ``03/2022`` (month), ``T1 2022``, ``1er trimestre 2022``
    (quarter). Offences ``Traite des personnes (loi 164/2011)``, ``Trafic illicite de
    migrants``; exploitation ``s.o.`` (sans objet) on smuggling rows. Nationalities as
    feminine adjectives (``syrienne``, ``afghane``), countries in French, a few cells
    mojibake (``GrÃ¨ce``). Counts ``45``, ``45 pers.``, ``45 (dont 12 mineurs)``,
    ``1 250``; ``inconnu``/``n.d.`` for an unknown count, ``néant``/``aucun`` for no
    suspect. One coordinate column, degrees-minutes-seconds (``39°06'12"N
    26°33'15"E``) or nautical degrees and decimal minutes with a decimal comma
    (``N 39°06,207' E 026°33,250'``); ``non relevées`` when not taken. A note row and a
    ``TOTAL GÉNÉRAL`` row, one empty row.

``siraj_penados_ag.xlsx`` — Spanish Ministry of Justice, Registro Central de Penados (SIRAJ)
    An ECRIS-like extract of convictions: Spanish, XLSX. Primary for events detected in
    Spain; reports again some Romanian-network cases also worked in Italy. Headers
    ``Nº Ejecutoria``, ``F. Hechos``, ``Delito (art. CP)``, ``Finalidad (art. 177 bis 1
    CP)``, ``Nº penados``, ``Sexo víct. (H/M)``. Offences as Criminal Code articles
    (``Art. 318 bis.1 CP`` smuggling, ``Art. 177 bis.1.b) CP`` trafficking for sexual
    exploitation, both articles for both); the purpose by the letter of art. 177 bis 1
    (``a) Trabajos o servicios forzados`` ...). Dates: real Excel dates, Oracle text
    ``05-ENE-21``, text ``05/01/2021``, bare Excel serials (``44201``); ``MARZO 2022``,
    ``03/2022`` (month), ``1T 2022``, ``T1/2022`` (quarter). Countries in upper case
    (``MARRUECOS``, ``GUINEA (CONAKRY)``), some nationalities as ISO alpha-2 codes
    (ECRIS style). Counts numeric, ``1.250`` as text, ``NO CONSTA`` unknown,
    ``NINGUNO`` for no convict. No coordinates (the registry holds none); an extra
    ``Órgano sentenciador`` column names the court.

``pn_tchad_ag.csv`` — Police nationale du Tchad, Direction de la police judiciaire (liaison)
    French, **UTF-8** (no BOM), ``|``. Primary for events detected in Italy (the
    Chad-Niger-Libya feeder of the Central Mediterranean). Chadian reference numbers
    ``012/MSPI/DGPN/DPJ/2022``. Dates ``12/03/2022``, ``12/03/22``, ``12.03.2022``,
    ``le 12 mars 2022``, ``12 MARS 2022``; ``Mars 2022`` (month), ``1er trimestre
    2022``, ``T1-2022`` (quarter). Offences ``Traite des personnes (loi n°006/PR/2018)``,
    ``TEH``, ``Convoyage de migrants clandestins``. Sex ``M``/``F`` (masculin,
    féminin), ``M et F`` or ``Mixte`` for both. Nationalities as masculine adjectives
    (``Nigérian`` is Nigeria, not Niger), some cells upper case without accents
    (``COTE D'IVOIRE``).
    Counts with a narrow no-break space (``1 250``), ``N.C.`` unknown, ``néant`` zero.
    Latitude and longitude in two columns with a decimal comma (``35,57300``).

``krg_moi_ag.csv`` — Kurdistan Region of Iraq, Ministry of Interior, migration liaison cell
    English, **UTF-16** (Excel "Unicode text": BOM, tab-delimited). Primary for events
    detected in Poland, Croatia and France (Belarus border, Balkan route, Calais camps);
    reports again some Aegean landings and Channel arrivals. Headers ``Case No.``,
    ``No. of smugglers/suspects``, ``Gender (M/F/Mixed)``, ``Adult/Minor``, three of
    them bilingual English / Kurdish Sorani (``Date of incident (dd/mm/yyyy) /
    بەروار``, ``Nationality / ڕەگەزنامە``, ``Remarks / تێبینی``). Dates day-first
    ``12/03/2022``, ``12-Mar-2022``, ``12 March 2022``, ``12.03.2022``, ISO; ``Mar
    2022`` (month), ``Q1 2022`` (quarter).
    Offences ``Trafficking in persons (Law No. 28 of 2012)``, ``TIP``, ``SOM``. Origin
    ``Iraq (KRI)``, ``Türkiye`` beside ``Turkey``, a few misspellings (``Afganistan``);
    routes ``Russia > Belarus``; ``direct`` when no transit; ``UAM`` (unaccompanied
    minors). Counts ``1,250``, ``N/K`` unknown, ``nil``/``none`` zero. Coordinates
    ``53.08421, 23.54110`` or ``N53.08421 E23.54110``; ``N/A`` when none. A free-text
    ``Remarks`` column. Some rows re-sent (exact repeats at the end of the file).

``gitoc_osint_ag.jsonl`` — open-source incident monitoring dataset (research network)
    English JSON lines, UTF-8: the compilation, first report of the events detected
    elsewhere (Panama, United States, United Kingdom) and second report of boats and
    crossings on the European routes. ISO dates with partial ``2022-03`` (month) and
    ``2022-Q1`` (quarter) and a ``date_accuracy`` key; ``transit`` and
    ``associated_crimes`` as JSON arrays; the location as WKT ``POINT (lon lat)``;
    counts as JSON numbers, ``"unknown"`` when not known, ``"none"`` for no suspect;
    nationalities as country names or demonyms. No note row; a ``TOTAL`` summary line.
    Some lines re-sent (page overlap of the export).
"""

from __future__ import annotations

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND31_SOURCES", "Blind31Source", "make_blind31"]

_Rng = np.random.Generator

#: Share of second reports that leave blank one field the first report gives.
_BLANK_SHARE = 0.3
#: Shares of partial dates written by month and by quarter (first reports only).
_MONTH_SHARE = 0.06
_QUARTER_SHARE = 0.03


@dataclass(frozen=True)
class Blind31Source(ExaminerSource):
    """One ``blind31`` source: the shared description plus the name of its writing style.

    Attributes
    ----------
    style : str
        Key of the source's wording and cell writers (``"fsi"``, ``"siraj"``,
        ``"tchad"``, ``"krg"``, ``"gitoc"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_FSI = Blind31Source(
    source="fsi_liban",
    filename="fsi_liban_ag.csv",
    ref="BLTP-{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° Procès-verbal",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe (H/F)",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays d'interception",
        "transport_mode": "Mode de déplacement",
        "coordinates": "Coordonnées du lieu",
        "linked_offences": "Infractions connexes",
    },
    note="Nota : chiffres provisoires – extraction BLTP/FSI, sous réserve de mise à jour",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "plusieurs dizaines"),
    repeats=False,
    style="fsi",
)
_SIRAJ = Blind31Source(
    source="siraj_penados",
    filename="siraj_penados_ag.xlsx",
    ref="{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Ejecutoria",
        "_court": "Órgano sentenciador",
        "event_date": "F. Hechos",
        "crime_type": "Delito (art. CP)",
        "exploitation": "Finalidad (art. 177 bis 1 CP)",
        "n_persons": "Nº víctimas/perjudicados",
        "n_suspects": "Nº penados",
        "gender": "Sexo víct. (H/M)",
        "age_group": "Edad víct.",
        "nationality": "Nacionalidad víct.",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País comisión hechos",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio transporte",
        "linked_offences": "Otros delitos (concurso)",
    },
    note="Fuente: Registro Central de Penados (SIRAJ). Datos provisionales del último ejercicio.",
    total="TOTAL",
    bad_count=("VARIOS", "NUMEROSOS"),
    repeats=False,
    style="siraj",
)
_TCHAD = Blind31Source(
    source="pn_tchad",
    filename="pn_tchad_ag.csv",
    ref="{seq:03d}/MSPI/DGPN/DPJ/{year}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date interpellation",
        "crime_type": "Nature infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre victimes/migrants",
        "n_suspects": "Nbre suspects",
        "gender": "Sexe",
        "age_group": "Catégorie d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (transit)",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Autres infractions",
    },
    note="NB : situation arrêtée à la date ci-contre, données provisoires",
    total="TOTAL",
    bad_count=("plusieurs", "beaucoup"),
    repeats=False,
    style="tchad",
)
_KRG = Blind31Source(
    source="krg_moi",
    filename="krg_moi_ag.csv",
    ref="KRG-MOI/{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of incident (dd/mm/yyyy) / بەروار",
        "crime_type": "Offence",
        "exploitation": "Purpose of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of smugglers/suspects",
        "gender": "Gender (M/F/Mixed)",
        "age_group": "Adult/Minor",
        "nationality": "Nationality / ڕەگەزنامە",
        "origin_country": "Country of origin",
        "detection_country": "Country of apprehension",
        "transit_countries": "Route (transit countries)",
        "destination_country": "Intended destination",
        "transport_mode": "Means of travel",
        "coordinates": "GPS (lat, long)",
        "linked_offences": "Associated offences",
        "_remarks": "Remarks / تێبینی",
    },
    note="Note: figures for the latest quarter are provisional (JCC / MoI liaison)",
    total="Grand total",
    bad_count=("several", "many"),
    repeats=True,
    style="krg",
)
_GITOC = Blind31Source(
    source="gitoc_osint",
    filename="gitoc_osint_ag.jsonl",
    ref="GI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "_accuracy": "date_accuracy",
        "crime_type": "crime_category",
        "exploitation": "exploitation_form",
        "n_persons": "people_affected",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "main_nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "incident_country",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "coordinates": "geom_wkt",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="TOTAL (all incidents)",
    bad_count=("dozens", "several"),
    repeats=True,
    style="gitoc",
)

#: The five sources, in the order their submissions are returned.
BLIND31_SOURCES: tuple[Blind31Source, ...] = (_FSI, _SIRAJ, _TCHAD, _KRG, _GITOC)

_PRIMARY = {
    "GRC": "fsi_liban",
    "ESP": "siraj_penados",
    "ITA": "pn_tchad",
    "POL": "krg_moi",
    "HRV": "krg_moi",
    "FRA": "krg_moi",
}
_SECONDARY = {
    ("emed", "GRC"): "krg_moi",
    ("channel", "GBR"): "krg_moi",
    ("cmed", "ITA"): "fsi_liban",
    ("thb_rou_esp", "ITA"): "siraj_penados",
    ("thb_rou_esp", "ESP"): "gitoc_osint",
    ("thb_nga_ita", "ITA"): "gitoc_osint",
    ("watl", "ESP"): "gitoc_osint",
    ("wmed", "ESP"): "gitoc_osint",
    ("channel", "FRA"): "gitoc_osint",
    ("blr_pol", "POL"): "gitoc_osint",
    ("wbal", "HRV"): "gitoc_osint",
}

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_FR_COUNTRY: dict[str, tuple[str, ...]] = {
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
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French nationality adjectives: (masculine, feminine).
_FR_DEMONYM: dict[str, tuple[str, str]] = {
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
_ES_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
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
    "GIN": ("Guinea (Conakry)", "República de Guinea"),
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
}
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "BiH", "Bosnia"),
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
    "USA": ("United States", "USA", "U.S."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYM: dict[str, str] = {
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
#: The KRG cell's own spellings: the Kurdistan Region for Iraq, and a few misspellings.
_KRG_ORIGIN = {"IRQ": ("Iraq (KRI)", "Kurdistan Region - Iraq", "Iraq")}
_KRG_TYPO = {"AFG": "Afganistan", "ERI": "Eritria", "BGD": "Bangaldesh", "PAK": "Pakstan"}

# --------------------------------------------------------------------------------------
# Value wording, by style
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "fsi": {
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Organisation de passage clandestin",
            "Aide à l'émigration clandestine (trafic de migrants)",
        ),
        "trafficking": (
            "Traite des personnes (loi 164/2011)",
            "Traite des personnes",
            "Traite des êtres humains",
            "TEH – loi n° 164 du 24/08/2011",
        ),
        "both": (
            "Traite des personnes + trafic de migrants",
            "Trafic de migrants et traite (loi 164/2011)",
        ),
    },
    "siraj": {
        "smuggling": (
            "Art. 318 bis.1 CP",
            "318 BIS 1 CP",
            "Art. 318 bis 1 y 3 CP",
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Favorecimiento de la inmigración ilegal (318 bis)",
        ),
        "trafficking": ("Trata de seres humanos (177 bis CP)", "177 BIS CP"),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "Trata de seres humanos (177 bis) en concurso con art. 318 bis CP",
        ),
    },
    "tchad": {
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Convoyage de migrants clandestins",
            "Facilitation de l'émigration irrégulière",
        ),
        "trafficking": (
            "Traite des personnes (loi n°006/PR/2018)",
            "Traite des personnes",
            "TEH",
        ),
        "both": ("Traite des personnes et trafic illicite de migrants", "TEH + trafic de migrants"),
    },
    "krg": {
        "smuggling": (
            "Human smuggling",
            "People smuggling",
            "Smuggling of migrants",
            "Facilitating illegal migration",
            "SOM",
        ),
        "trafficking": (
            "Trafficking in persons (Law No. 28 of 2012)",
            "Human trafficking",
            "TIP",
            "THB",
        ),
        "both": ("Smuggling + TIP", "Human smuggling / trafficking", "SOM & THB"),
    },
    "gitoc": {
        "smuggling": ("migrant smuggling", "smuggling of migrants", "human smuggling"),
        "trafficking": ("human trafficking", "trafficking in persons"),
        "both": ("smuggling and trafficking", "trafficking; smuggling"),
    },
}
#: Letter of art. 177 bis 1 of the Spanish Criminal Code for each purpose of exploitation.
_SIRAJ_LETTER = {
    "forced_labour": "a",
    "sexual": "b",
    "forced_criminality": "c",
    "organ_removal": "d",
    "forced_marriage": "e",
}
#: Exploitation words; the ``None`` key is what a smuggling row holds.
_EXPLOITATION: dict[str, dict[str | None, tuple[str | None, ...]]] = {
    "fsi": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
        None: (None, "s.o.", "—"),
    },
    "siraj": {
        "forced_labour": ("a) Trabajos o servicios forzados", "Explotación laboral"),
        "sexual": ("b) Explotación sexual", "Explotación sexual"),
        "forced_criminality": (
            "c) Actividades delictivas",
            "Explotación para actividades delictivas",
        ),
        "organ_removal": ("d) Extracción de órganos",),
        "forced_marriage": ("e) Matrimonio forzado",),
        "other": ("Otras finalidades", "Otra"),
        None: (None, "—", "NO APLICA"),
    },
    "tchad": {
        "sexual": ("exploitation sexuelle", "exploitation de la prostitution"),
        "forced_labour": ("travail forcé", "travaux forcés"),
        "forced_criminality": ("activités criminelles forcées", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autres",),
        None: (None, "N/A", "-"),
    },
    "krg": {
        "sexual": ("sexual exploitation", "forced prostitution"),
        "forced_labour": ("forced labour", "labour exploitation", "forced labor"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
        None: (None, "N/A", "n/a"),
    },
    "gitoc": {
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("criminal exploitation", "forced criminality"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
        None: (None,),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "fsi": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("H+F", "mixte", "hommes et femmes"),
        "unknown": ("non précisé",),
    },
    "siraj": {
        "male": ("H", "HOMBRE", "VARÓN"),
        "female": ("M", "MUJER"),
        "mixed": ("AMBOS", "H Y M", "MIXTO"),
        "unknown": ("NO CONSTA",),
    },
    "tchad": {
        "male": ("M", "Masculin", "Hommes"),
        "female": ("F", "Féminin", "Femmes"),
        "mixed": ("Mixte", "M et F", "hommes et femmes"),
        "unknown": ("N.C.",),
    },
    "krg": {
        "male": ("M", "Male", "male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "mixed", "M+F"),
        "unknown": ("N/K",),
    },
    "gitoc": {
        "male": ("men", "male"),
        "female": ("women", "female"),
        "mixed": ("mixed", "men and women"),
        "unknown": ("unknown",),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "fsi": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "mineur(s)", "enfants"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "unknown": ("non précisé", "non renseigné"),
    },
    "siraj": {
        "adult": ("MAYOR DE EDAD", "ADULTOS"),
        "child": ("MENOR DE EDAD", "MENORES"),
        "mixed": ("MAYORES Y MENORES", "MIXTO"),
        "unknown": ("NO CONSTA",),
    },
    "tchad": {
        "adult": ("Adultes", "Majeurs"),
        "child": ("Mineurs", "Enfants"),
        "mixed": ("Adultes et mineurs", "Mixte"),
        "unknown": ("non renseigné", "N.C."),
    },
    "krg": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "UAM"),
        "mixed": ("Adults & minors", "Mixed"),
        "unknown": ("N/A", "not recorded"),
    },
    "gitoc": {
        "adult": ("adults",),
        "child": ("minors", "children"),
        "mixed": ("adults and minors", "mixed"),
        "unknown": ("not reported",),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "fsi": {
        "sea": ("voie maritime", "embarcation pneumatique", "bateau", "canot"),
        "land": ("voie terrestre", "à pied", "véhicule", "camion"),
        "air": ("voie aérienne", "avion", "vol commercial"),
        "unknown": ("non précisé",),
    },
    "siraj": {
        "sea": ("PATERA", "EMBARCACIÓN NEUMÁTICA", "MARÍTIMO", "EMBARCACIÓN"),
        "land": ("TERRESTRE", "A PIE", "VEHÍCULO", "AUTOBÚS"),
        "air": ("AÉREO", "VUELO COMERCIAL"),
        "unknown": ("NO CONSTA",),
    },
    "tchad": {
        "sea": ("embarcation", "bateau de fortune", "voie maritime"),
        "land": ("véhicule", "camion", "à pied", "voie terrestre"),
        "air": ("avion", "vol commercial"),
        "unknown": ("non renseigné",),
    },
    "krg": {
        "sea": ("small boat", "dinghy", "boat", "by sea"),
        "land": ("on foot", "car", "lorry", "by land"),
        "air": ("flight", "by air"),
        "unknown": ("not known",),
    },
    "gitoc": {
        "sea": ("sea", "maritime", "boat"),
        "land": ("land", "overland", "on foot"),
        "air": ("air", "commercial flight"),
        "unknown": ("not reported",),
    },
}
#: Sea words of the Spanish registry for the Atlantic (Canary Islands) route.
_SIRAJ_ATLANTIC = ("CAYUCO", "CAYUCO", "EMBARCACIÓN NEUMÁTICA", "MARÍTIMO")
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "fsi": {
        "document_fraud": ("faux documents", "usage de faux passeports", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent", "blanchiment"),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "siraj": {
        "document_fraud": ("FALSEDAD DOCUMENTAL (ART. 392 CP)", "FALSEDAD EN DOCUMENTO OFICIAL"),
        "corruption": ("COHECHO (ART. 419 CP)", "COHECHO"),
        "money_laundering": ("BLANQUEO DE CAPITALES (ART. 301 CP)",),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITO INFORMÁTICO",),
        "terrorism": ("TERRORISMO",),
    },
    "tchad": {
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption d'agent public", "corruption"),
        "money_laundering": ("blanchiment de capitaux",),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "krg": {
        "document_fraud": ("document forgery", "forged passports"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "gitoc": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_LINKED_JOIN = {"fsi": " + ", "siraj": "; ", "tchad": ", ", "krg": "; "}
_NO_LINKED: dict[str, tuple[str | None, ...]] = {
    "fsi": (None, None, "néant"),
    "siraj": (None,),
    "tchad": (None, "néant"),
    "krg": (None, None, "nil"),
}
#: Count words: (unknown count, no suspect, unknown number of suspects).
_COUNT_UNKNOWN = {
    "fsi": ("inconnu", "n.d.", "non communiqué"),
    "siraj": ("NO CONSTA", "S/D"),
    "tchad": ("N.C.", "indéterminé"),
    "krg": ("N/K", "unknown"),
    "gitoc": ("unknown",),
}
_ZERO_WORD = {
    "fsi": ("néant", "aucun"),
    "siraj": ("NINGUNO",),
    "tchad": ("néant",),
    "krg": ("nil", "none"),
    "gitoc": ("none",),
}
_NATIONALITY_UNKNOWN = {
    "fsi": ("inconnue", "indéterminée"),
    "siraj": ("NO CONSTA",),
    "tchad": ("N.C.",),
    "krg": ("unknown", "N/K"),
    "gitoc": ("unknown",),
}
_COORDS_UNKNOWN = {"fsi": "non relevées", "tchad": "N.C.", "krg": "N/A"}
#: The Spanish court that sentences cases of each hotspot (others: Audiencia Nacional).
_SIRAJ_COURT = {
    "Gran Canaria": "AP Las Palmas, Secc. 1ª",
    "Lanzarote": "AP Las Palmas, Secc. 6ª (Arrecife)",
    "Tenerife": "AP Santa Cruz de Tenerife, Secc. 2ª",
    "El Hierro": "AP Santa Cruz de Tenerife, Secc. 5ª",
    "Melilla": "AP Málaga, Secc. 7ª (Melilla)",
    "Ceuta": "AP Cádiz, Secc. 6ª (Ceuta)",
    "Almería": "AP Almería, Secc. 2ª",
    "Almería (El Ejido)": "AP Almería, Secc. 3ª",
    "Huelva": "AP Huelva, Secc. 1ª",
}
_KRG_REMARKS = (
    "handed over to Border Guard",
    "family informed",
    "repatriation requested",
    "case shared with Interpol NCB",
    "follow-up pending",
)

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
#: Oracle's ``DD-MON-RR`` month abbreviations under Spanish NLS settings.
_ES_ORACLE = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Impossible (month, day) pairs of a clerk's slip.
_NO_SUCH_DAY = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))


def _precision(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, pd.Timestamp]:
    """Draw how precisely a row gives its date; return (precision, expected day)."""
    u = float(rng.random())
    if partial_ok and u < _QUARTER_SHARE:
        return "quarter", ts.to_period("Q").start_time
    if partial_ok and u < _QUARTER_SHARE + _MONTH_SHARE:
        return "month", ts.to_period("M").start_time
    return "day", ts


def _fr_ordinal(q: int) -> str:
    return "1er" if q == 1 else f"{q}e"


def _date_fsi(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "quarter":
        return choice(rng, (f"T{q} {y}", f"{_fr_ordinal(q)} trimestre {y}")), "quarter_fr"
    if prec == "month":
        return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}")), "month_fr"
    u = float(rng.random())
    if u < 0.6:
        return f"{d:02d}/{m:02d}/{y}", "date_dmy"
    if u < 0.7:
        return f"{d}/{m}/{y}", "date_dmy_unpadded"
    if u < 0.85:
        return f"{d} {_FR_MONTHS[m - 1]} {y}", "month_name_fr"
    return f"{d:02d}-{m:02d}-{y}", "date_dmy_dash"


def _date_siraj(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "quarter":
        return choice(rng, (f"{q}T {y}", f"T{q}/{y}", f"{q}º trimestre {y}")), "quarter_es"
    if prec == "month":
        return (
            choice(
                rng,
                (f"{_ES_MONTHS[m - 1].upper()} {y}", f"{m:02d}/{y}", f"{_ES_MONTHS[m - 1]} de {y}"),
            ),
            "month_es",
        )
    u = float(rng.random())
    if u < 0.55:
        return ts.to_pydatetime(), "excel_date"
    if u < 0.7:
        return f"{d:02d}-{_ES_ORACLE[m - 1]}-{y % 100:02d}", "oracle_date"
    if u < 0.85:
        return f"{d:02d}/{m:02d}/{y}", "date_text"
    return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"


def _date_tchad(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "quarter":
        return choice(rng, (f"{_fr_ordinal(q)} trimestre {y}", f"T{q}-{y}")), "quarter_fr"
    if prec == "month":
        return choice(rng, (f"{_FR_MONTHS[m - 1].capitalize()} {y}", f"{m:02d}/{y}")), "month_fr"
    u = float(rng.random())
    if u < 0.5:
        return f"{d:02d}/{m:02d}/{y}", "date_dmy"
    if u < 0.65:
        return f"{d:02d}/{m:02d}/{y % 100:02d}", "date_dmy_2digit_year"
    if u < 0.75:
        return f"le {d} {_FR_MONTHS[m - 1]} {y}", "month_name_fr"
    if u < 0.85:
        return f"{d:02d} {_FR_MONTHS[m - 1].upper()} {y}", "month_name_fr"
    return f"{d:02d}.{m:02d}.{y}", "date_dotted"


def _date_krg(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "quarter":
        return choice(rng, (f"Q{q} {y}", f"Q{q}/{y}", f"{y} Q{q}")), "quarter_en"
    if prec == "month":
        return choice(rng, (f"{MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1]} {y}")), "month_en"
    u = float(rng.random())
    if u < 0.55:
        return f"{d:02d}/{m:02d}/{y}", "date_dmy"
    if u < 0.7:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", "month_name_en"
    if u < 0.8:
        return f"{d} {MONTHS[m - 1]} {y}", "month_name_en"
    if u < 0.9:
        return ts.strftime("%Y-%m-%d"), "date_iso"
    return f"{d:02d}.{m:02d}.{y}", "date_dotted"


def _date_gitoc(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    if prec == "quarter":
        return f"{ts.year}-Q{ts.quarter}", "quarter_iso"
    if prec == "month":
        return ts.strftime("%Y-%m"), "month_iso"
    u = float(rng.random())
    if u < 0.8:
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if u < 0.9:
        return ts.strftime("%Y-%m-%dT00:00:00Z"), "date_iso_time"
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "month_name_en"


_DATE_WRITERS = {
    "fsi": _date_fsi,
    "siraj": _date_siraj,
    "tchad": _date_tchad,
    "krg": _date_krg,
    "gitoc": _date_gitoc,
}


def _bad_date(src: Blind31Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a row's unusable date: none, an impossible day, or one centuries ahead."""
    if kind == "no_date":
        blank = {"fsi": "inconnue", "siraj": "S/F", "tchad": "non précisée", "krg": "N/K"}
        word = blank.get(src.style)
        return choice(rng, (word, "")) if word is not None and rng.random() < 0.3 else None
    y = ts.year
    if kind == "bad_date":
        m, d = _NO_SUCH_DAY[int(rng.integers(len(_NO_SUCH_DAY)))]
        if src.style == "gitoc":
            return f"{y}-{m:02d}-{d:02d}"
        return f"{d:02d}/{m:02d}/{y}"
    day = min(ts.day, 28)
    future = pd.Timestamp(year=y + 200, month=ts.month, day=day)
    if src.style == "siraj":
        return future.to_pydatetime()
    if src.style == "gitoc":
        return future.strftime("%Y-%m-%d")
    return f"{day:02d}/{ts.month:02d}/{y + 200}"


def _note_date(src: Blind31Source, last: pd.Timestamp) -> object:
    """Write the note row's date: the extraction day, a fortnight after the last event."""
    day = (last + pd.Timedelta(days=15)).normalize()
    if src.style == "siraj":
        return day.to_pydatetime()
    if src.style == "gitoc":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _number(value: object) -> float:
    """Return a count or a coordinate of the truth as a float."""
    if isinstance(value, int | float | np.integer | np.floating):
        return float(value)
    return float(str(value))


def _strip_accents(text: str) -> str:
    """Drop the accents but keep the Spanish Ñ (a letter of its own)."""
    parts = []
    for char in text:
        if char in "Ññ":
            parts.append(char)
            continue
        norm = unicodedata.normalize("NFKD", char)
        parts.append("".join(c for c in norm if not unicodedata.combining(c)))
    return "".join(parts)


def _country(src: Blind31Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country name the source's way."""
    style = src.style
    if style == "fsi":
        name = choice(rng, _FR_COUNTRY[code])
        garbled = mojibake(name) if rng.random() < 0.05 else None
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
        return name
    if style == "siraj":
        name = choice(rng, _ES_COUNTRY[code]).upper()
        plain = _strip_accents(name)
        if plain != name and rng.random() < 0.2:  # a legacy screen that drops accents
            tags.append("no_accents")
            return plain
        return name
    if style == "tchad":
        name = choice(rng, _FR_COUNTRY[code])
        if rng.random() < 0.12:
            tags.append("upper_no_accents")
            return _strip_accents(name).upper()
        return name
    if style == "krg":
        if code in _KRG_ORIGIN and rng.random() < 0.5:
            return choice(rng, _KRG_ORIGIN[code])
        if code in _KRG_TYPO and rng.random() < 0.1:
            tags.append("typo")
            return _KRG_TYPO[code]
        return choice(rng, _EN_COUNTRY[code])
    return choice(rng, _EN_COUNTRY[code])


def _nationality(src: Blind31Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality the source's way (adjective, country name or ISO code)."""
    style = src.style
    if style == "fsi":
        word = _FR_DEMONYM[code][1]
        word = word.capitalize() if rng.random() < 0.5 else word
        garbled = mojibake(word) if rng.random() < 0.05 else None
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
        return word
    if style == "siraj":
        if rng.random() < 0.15:
            tags.append("iso2")
            return iso_codes(code)[0]
        return _country(src, code, rng, tags)
    if style == "tchad":
        word = _FR_DEMONYM[code][0].capitalize()
        if rng.random() < 0.12:
            tags.append("upper_no_accents")
            return _strip_accents(word).upper()
        return word
    if style == "krg":
        word = _EN_DEMONYM[code]
        if code == "IRQ" and rng.random() < 0.3:
            return "Iraqi (Kurdish)"
        return word
    if rng.random() < 0.5:
        return _EN_DEMONYM[code]
    return choice(rng, _EN_COUNTRY[code])


def _detection(src: Blind31Source, code: str, place: str, rng: _Rng, tags: list[str]) -> str:
    """Write the country of detection, with the place in some rows."""
    name = _country(src, code, rng, tags)
    place = place.split(" (")[0]  # "Bajakovo (SRB–HRV border)": the town alone
    if src.style in ("fsi", "tchad", "krg") and rng.random() < 0.25 and fits(place, src):
        tags.append("place_in_country")
        return f"{name} - {place}" if src.style == "krg" else f"{name} ({place})"
    return name


def _transit(src: Blind31Source, value: str | None, rng: _Rng, tags: list[str]) -> object:
    style = src.style
    codes = value.split("|") if value else []
    if style == "gitoc":
        return [choice(rng, _EN_COUNTRY[c]) for c in codes]
    if not codes:
        word = {"fsi": "—", "tchad": "néant", "krg": "direct"}.get(style)
        return word if word is not None and rng.random() < 0.5 else None
    if style == "fsi":
        names = [choice(rng, _FR_COUNTRY[c]) for c in codes]
        return choice(rng, (", ", " > ")).join(names)
    if style == "siraj":
        return " / ".join(choice(rng, _ES_COUNTRY[c]) for c in codes)
    if style == "tchad":
        names = [choice(rng, _FR_COUNTRY[c]) for c in codes]
        if rng.random() < 0.3:
            tags.append("transit_via")
            return "via " + ", ".join(names)
        return " - ".join(names)
    names = [_country(src, c, rng, tags) for c in codes]
    return choice(rng, (" > ", ", ")).join(names)


def _linked(src: Blind31Source, value: str | None, rng: _Rng) -> object:
    style = src.style
    kinds = value.split("|") if value else []
    if style == "gitoc":
        return [choice(rng, _LINKED[style][k]) for k in kinds] if kinds else []
    if not kinds:
        return _NO_LINKED[style][int(rng.integers(len(_NO_LINKED[style])))]
    words = [choice(rng, _LINKED[style][k]) for k in kinds]
    order = rng.permutation(len(words))
    return _LINKED_JOIN[style].join(words[int(i)] for i in order)


def _thousands(n: int, style: str, rng: _Rng) -> str:
    """Write a count of 1000 or more with the source's thousands separator."""
    if style == "fsi":
        return f"{n:,}".replace(",", choice(rng, (" ", "\u00a0")))
    if style == "tchad":
        return f"{n:,}".replace(",", choice(rng, ("\u202f", " ")))
    if style == "siraj":
        return f"{n:,}".replace(",", ".")
    return f"{n:,}"


def _persons(
    src: Blind31Source, n: int, age: str, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return the count of persons as written and the count it says (None if unknown)."""
    style = src.style
    if rng.random() < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style]), None
    if n >= 1000 and style != "gitoc" and rng.random() < 0.7:
        tags.append("thousands_sep")
        return _thousands(n, style, rng), n
    if style in ("siraj", "gitoc"):
        return n, n
    u = float(rng.random())
    if style == "fsi" and age == "mixed" and n >= 3 and u < 0.15:
        tags.append("count_with_text")
        return f"{n} (dont {int(rng.integers(1, n))} mineurs)", n
    if u < 0.25:
        tags.append("count_with_text")
        unit = {"fsi": "pers.", "tchad": "personnes", "krg": "persons"}[style]
        return f"{n} {unit}", n
    return str(n), n


def _suspects(src: Blind31Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the count of suspects as written and the count it says (None if unknown)."""
    style = src.style
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style]), None
    if n == 0 and rng.random() < 0.5:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[style]), 0
    return (n if style in ("siraj", "gitoc") else str(n)), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to the second; return (text, value it says)."""
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    sign = 1 if value >= 0 else -1
    return f"{d}°{m:02d}'{s:02d}\"{pos if sign > 0 else neg}", sign * total / 3600


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Nautical degrees and decimal minutes (decimal comma); return (text, value)."""
    total = round(abs(value) * 60_000)
    d, rest = divmod(total, 60_000)
    sign = 1 if value >= 0 else -1
    minutes = f"{rest / 1000:06.3f}".replace(".", ",")
    return f"{pos if sign > 0 else neg} {d:0{width}d}°{minutes}'", sign * total / 60_000


def _coords(
    src: Blind31Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells the source's way; return (cells, expected lat, expected lon)."""
    style = src.style
    if style == "siraj":  # the registry holds no coordinates
        tags.append("coords_missing")
        return {}, None, None
    u = float(rng.random())
    if u < 0.03:
        tags.append("coords_missing")
        return {}, None, None
    if u < 0.06 and style in _COORDS_UNKNOWN:
        tags.append("coords_placeholder")
        word = _COORDS_UNKNOWN[style]
        cells: dict[str, object] = (
            {"lat": word, "lon": word} if style == "tchad" else {"coordinates": word}
        )
        return cells, None, None
    if style == "fsi":
        west = "O"  # Ouest
        if rng.random() < 0.55:
            tags.append("coords_dms")
            tlat, vlat = _dms(lat, "N", "S")
            tlon, vlon = _dms(lon, "E", west)
            return {"coordinates": f"{tlat} {tlon}"}, vlat, vlon
        tags.append("coords_ddm_comma")
        tlat, vlat = _ddm(lat, "N", "S", 2)
        tlon, vlon = _ddm(lon, "E", west, 3)
        return {"coordinates": f"{tlat} {tlon}"}, vlat, vlon
    if style == "tchad":
        tags.append("decimal_comma")
        digits = 5 if rng.random() < 0.8 else 4
        vlat, vlon = round(lat, digits), round(lon, digits)
        return (
            {
                "lat": f"{vlat:.{digits}f}".replace(".", ","),
                "lon": f"{vlon:.{digits}f}".replace(".", ","),
            },
            vlat,
            vlon,
        )
    vlat, vlon = round(lat, 5), round(lon, 5)
    if style == "krg":
        if rng.random() < 0.2:
            tags.append("coords_hemisphere")
            ns, ew = ("N" if vlat >= 0 else "S"), ("E" if vlon >= 0 else "W")
            return {"coordinates": f"{ns}{abs(vlat):.5f} {ew}{abs(vlon):.5f}"}, vlat, vlon
        sep = choice(rng, (", ", ","))
        return {"coordinates": f"{vlat:.5f}{sep}{vlon:.5f}"}, vlat, vlon
    tags.append("coords_wkt")
    return {"coordinates": f"POINT ({vlon:.5f} {vlat:.5f})"}, vlat, vlon


def _crime(src: Blind31Source, crime: str, expl: str | None, rng: _Rng, tags: list[str]) -> str:
    style = src.style
    if style == "siraj" and crime == "trafficking" and expl in _SIRAJ_LETTER:
        if rng.random() < 0.6:
            tags.append("legal_article")
            return f"Art. 177 bis.1.{_SIRAJ_LETTER[expl]}) CP"
    word = choice(rng, _CRIME[style][crime])
    if any(k in word for k in ("loi", "Law", "art.", "Art.", "CP")):
        tags.append("legal_article")
    return word


def _blank_word(src: Blind31Source, table: dict[str, tuple[str, ...]], rng: _Rng) -> str | None:
    """Return an empty cell, or the source's word for 'not known'."""
    return choice(rng, table[src.style]) if rng.random() < 0.3 else None


def _render(
    src: Blind31Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = src.style
    tags: list[str] = []
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    prec, day = _precision(ts, rng, partial_ok)
    cells["event_date"], date_tag = _DATE_WRITERS[style](ts, prec, rng)
    tags.append(date_tag)
    exp["event_date"], exp["date_precision"] = day, prec
    if style == "gitoc":
        cells["_accuracy"] = prec

    crime = str(ev["crime_type"])
    expl = _text(ev["exploitation"])
    cells["crime_type"] = _crime(src, crime, expl, rng, tags)
    exp["crime_type"] = crime
    words = _EXPLOITATION[style][expl]
    cells["exploitation"] = words[int(rng.integers(len(words)))]
    exp["exploitation"] = expl

    age = str(ev["age_group"])
    n_persons, n_suspects = int(_number(ev["n_persons"])), int(_number(ev["n_suspects"]))
    cells["n_persons"], exp["n_persons"] = _persons(src, n_persons, age, rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_suspects, rng, tags)

    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[style][gender])
    exp["gender"] = gender
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style]["unknown"]), "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[style][age]), age

    nat = str(ev["nationality"])
    if rng.random() < 0.01:
        tags.append("blank_nationality")
        cells["nationality"] = choice(rng, _NATIONALITY_UNKNOWN[style])
    else:
        cells["nationality"], exp["nationality"] = _nationality(src, nat, rng, tags), nat
    origin = str(ev["origin_country"])
    cells["origin_country"], exp["origin_country"] = _country(src, origin, rng, tags), origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, tags)
    exp["destination_country"] = dest
    det = str(ev["detection_country"])
    cells["detection_country"] = _detection(src, det, str(ev["hotspot"]), rng, tags)
    exp["detection_country"] = det
    transit = _text(ev["transit_countries"])
    cells["transit_countries"] = _transit(src, transit, rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, _TRANSPORT[style]["unknown"])
        exp["transport_mode"] = "unknown"
    else:
        table = _TRANSPORT[style][mode]
        if style == "siraj" and mode == "sea" and ev["corridor"] == "watl":
            table = _SIRAJ_ATLANTIC
        cells["transport_mode"], exp["transport_mode"] = choice(rng, table), mode

    lat, lon = _number(ev["lat"]), _number(ev["lon"])
    coord_cells, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
    cells.update(coord_cells)
    linked = _text(ev["linked_offences"])
    cells["linked_offences"], exp["linked_offences"] = _linked(src, linked, rng), linked

    if style == "siraj":
        cells["_court"] = _SIRAJ_COURT.get(
            str(ev["hotspot"]), "Audiencia Nacional, Sala de lo Penal"
        )
    if style == "krg" and rng.random() < 0.2:
        cells["_remarks"] = choice(rng, _KRG_REMARKS)

    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                cells.pop(key, None)
            written = ("coords_", "decimal_comma")  # the style tags of cells now empty
            tags[:] = [t for t in tags if not t.startswith(written) or t == "coords_missing"]
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"] = _blank_word(src, {k: v["unknown"] for k, v in _GENDER.items()}, rng)
            exp["gender"] = "unknown"
        elif forced_blank == "nationality":
            cells["nationality"] = _blank_word(src, _NATIONALITY_UNKNOWN, rng)
            exp["nationality"] = None
        else:  # n_suspects, detection_country: the cell is left empty
            cells[forced_blank] = None
            exp[forced_blank] = None
    return cells, exp, tags


_EXAMINER = Examiner(
    sources=BLIND31_SOURCES,
    primary=_PRIMARY,
    compilation="gitoc_osint",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3131,
    blank_share=_BLANK_SHARE,
)


def make_blind31(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind31`` examiner set (files ``*_ag.*``).

    Five sources: the Lebanese FSI (French, cp1252, ``;``), the Spanish conviction
    registry SIRAJ (Spanish, XLSX), the Chadian police judiciaire (French, UTF-8, ``|``),
    the KRG Ministry of Interior liaison cell (English, UTF-16, tab) and an open-source
    incident dataset (English, JSON lines). See the module docstring for their quirks.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND31_SOURCES`, in that order.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind31(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fsi_liban_ag.csv', 'siraj_penados_ag.xlsx', 'pn_tchad_ag.csv', 'krg_moi_ag.csv',
     'gitoc_osint_ag.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
