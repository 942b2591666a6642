"""The ``blind78`` sample set: five non-police bodies' files (``*_cb.*``), as they write them.

An examiner's held-out set, written without looking at the cleaner. Five bodies that
are not law-enforcement headquarters (a port authority's police, a bus cooperative, a
ferry group's security desk, a railroad police department and a bank's anti-money-
laundering unit) report the same true events in their own words. The shared row
machinery (which body reports which event, cross-source duplicates, bad rows, garbage
rows, exact repeats) is :mod:`trendlib.samples._examiner`; this module keeps the wording.

Reader's guide to the five files
--------------------------------
``policia_portuaria_cb.csv`` -- Spanish port authorities' port police (*Policía
Portuaria*, the consolidated incident register of the *Autoridades Portuarias*).
Spanish, cp1252, ``;``, CRLF. First reporter of every event detected in Spain.
Headers such as ``Nº Parte``, ``Fecha del hecho``, ``Tipo penal``, ``Latitud (WGS84)``.
Dates day-first (``05/01/2022``, ``05/01/2022 14:30``, ``05-01-2022``, ``05/01/22``,
``05-ene-2022``); partial dates ``enero 2022``, ``ene-2022``, ``01/2022``, ``1er trim.
2022``, ``T1-2022``. Crime type by article of the Código Penal (``art. 318 bis CP``
smuggling, ``art. 177 bis CP`` / ``TSH`` trafficking, both articles together).
Countries as Spanish names, demonyms (``argelina``, ``marroquíes``), upper case,
ISO codes; a few UTF-8 names read back as cp1252 (``MalÃ­``). Coordinates in two
columns, decimal comma (``36,14352``) or degrees-minutes-seconds with the Spanish
``O`` for west (``5º21'14,2" O``), ``--`` when unknown. Counts with a dot for
thousands (``1.204``), ``aprox. 40``; unknown counts ``s/d``, ``no consta``; no
arrests ``ninguno``, ``sin detenidos``. ``MENA`` for unaccompanied minors. Unreadable
counts ``varios``, ``numerosos``, ``#¡VALOR!``. Rows missing a date read ``s/f``.
Some rows are sent twice (exact repeats).

``cooperativa_darien_cb.csv`` -- dispatch log (*bitácora de despacho*) of a Panamanian
bus cooperative that moves migrants from the Darién reception stations. Spanish,
UTF-16 with BOM, tab-delimited (Excel's "Unicode text"). First reporter of every event
detected in Panama. Dates ``05/01/2022``, ``05/01/22``, ``05-ENE-2022``, ``miércoles 5
de enero de 2022``; partial ``ENERO 2022``, ``Ene. 2022``, ``I Trim. 2022``,
``Trimestre I-2022``. Mostly upper-case values (``VENEZOLANA``, ``MASCULINO``),
``NNA`` for children, ``familias con NNA`` for mixed ages, ``coyotaje`` for smuggling.
One GPS column: decimal ``8.41446, -77.35276``, DMS ``8°24'52.1"N 77°21'09.9"W`` or
Garmin degrees and decimal minutes ``N8 24.868 W77 21.166``; ``sin señal GPS`` when
unknown. Comma thousands (``1,204``); unknown counts ``N/D``, ``por confirmar``; no guide
held ``ninguno``. No origin column. Unreadable counts ``bus lleno``, ``muchos``.

``ferry_group_security_cb.jsonl`` -- incident-management export of a ferry group's
Security & Compliance desk (cross-Channel and Strait of Gibraltar routes). English,
UTF-8 JSON lines with snake_case keys. First reporter of events detected in the United
Kingdom and France; reports again some Western Mediterranean events seen in Spain.
Dates ISO (``2022-01-05``, ``2022-01-05T14:30:00Z``), ``05 Jan 2022``, ``Wed
05-Jan-2022``; partial ``2022-01``, ``Jan 2022``, ``Q1 2022``. Crime type in UK
terms (``Clandestine entrants - facilitation (s.25 IA 1971)``, ``Modern slavery / human
trafficking (NRM referral)``). Counts as JSON numbers, some as text (``1,204``,
``TBC``); facilitators ``nil``/``none``, ``n/k``. Positions in decimal degrees or the
nautical degrees and decimal minutes (``51°07.41'N 001°18.74'E``). ``UASC`` and ``U18``
for minors. No transit column. Unreadable counts ``several``, ``lorry-load``.

``railroad_police_cb.csv`` -- records-management export of a US Class I railroad's
police department (special agents). English, UTF-8, pipe-delimited, upper case.
First reporter of every event detected in the United States. Dates month-first as the
header says (``INCIDENT_DATE (MM/DD/YYYY)``: ``01/05/2022``, ``01/05/2022 1430``),
Oracle-style ``05-JAN-22`` and ISO; partial ``JAN 2022``, ``01/2022``, ``Q1 CY2022``.
Offences by US Code section (``8 USC 1324 - ALIEN SMUGGLING``, ``18 USC 1591 SEX
TRAFFICKING``, ``18 USC 1589 FORCED LABOR``). ``UDA`` counts with comma thousands,
``UNK`` for unknown, ``NONE``/``NEG`` for no arrest; ``JUV``, ``UAC``, ``FAMILY UNIT``
ages. Latitude and longitude in two columns, some longitudes written ``110.94321 W``.
Unreadable counts ``MULTIPLE``, ``SEVERAL``, ``??``. Some rows are sent twice.

``banque_lcbft_cb.xlsx`` -- register of suspicious-activity reports of a banking
group's anti-money-laundering unit (*cellule LCB-FT*, reports to TRACFIN and the
subsidiaries' FIUs). French, XLSX with bilingual French/English headers
(``Date des faits / Date of facts``). Reports every event not detected in Spain,
Panama, the UK, France or the US (Italy, Greece, Croatia, Poland) and reports again
some Darién, US-Mexico, Viet Nam-UK and Romania-Spain events. Dates as real Excel
dates, bare Excel serial numbers (a column left in *Standard* format), text
``05/01/2022`` and ``5 janv. 2022``; partial ``janvier 2022``, ``janv. 2022``,
``T1 2022``, ``1er trimestre 2022``.
Crime type by French law (``art. L.823-1 CESEDA``, the former ``L.622-1``,
``art. 225-4-1 C. pén.``, ``TEH``). French names and demonyms; ``néant``/``aucun``
for no suspect, ``NC``/``inconnu`` for unknown counts, thousands with a (narrow)
no-break space (``1 204``). Transit countries joined by `` > ``. No coordinates.
Unreadable counts ``plusieurs dizaines``, ``#VALEUR!``, ``nombreux``.

Every file carries a note row and a total row (CSV files also an empty row); the
re-sent rows of the port police and the railroad come after the total row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["BLIND78_SOURCES", "CbSource", "make_blind78"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class CbSource(ExaminerSource):
    """A ``blind78`` source: the shared fields plus the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's wording tables: ``"port"``, ``"coop"``, ``"ferry"``,
        ``"rail"`` or ``"bank"``.
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_PORT = CbSource(
    source="policia_portuaria_cb",
    filename="policia_portuaria_cb.csv",
    ref="PP-{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Parte",
        "event_date": "Fecha del hecho",
        "detection_country": "País",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad (trata)",
        "transport_mode": "Medio empleado",
        "n_persons": "Nº personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países tránsito",
        "destination_country": "Destino final",
        "n_suspects": "Detenidos",
        "lat": "Latitud (WGS84)",
        "lon": "Longitud (WGS84)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación por la Jefatura de Policía Portuaria",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "#¡VALOR!"),
    repeats=True,
    style="port",
)
_COOP = CbSource(
    source="cooperativa_darien_cb",
    filename="cooperativa_darien_cb.csv",
    ref="DESP-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. despacho",
        "event_date": "Fecha",
        "detection_country": "País",
        "transport_mode": "Modalidad de traslado",
        "n_persons": "Pax migrantes",
        "nationality": "Nacionalidad",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "transit_countries": "Países recorridos",
        "destination_country": "Destino declarado",
        "crime_type": "Tipo de novedad",
        "exploitation": "Tipo de explotación",
        "n_suspects": "Guías / coyotes retenidos",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros hechos",
    },
    note="Nota: bitácora sujeta a revisión de la gerencia de la cooperativa",
    total="TOTAL PAX",
    bad_count=("bus lleno", "varios", "muchos"),
    repeats=False,
    style="coop",
)
_FERRY = CbSource(
    source="ferry_group_security_cb",
    filename="ferry_group_security_cb.jsonl",
    ref="SEC-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "occurred",
        "detection_country": "port_country",
        "crime_type": "incident_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_found",
        "n_suspects": "facilitators_detained",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality_stated",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "transport_mode": "mode_of_travel",
        "coordinates": "position",
        "linked_offences": "linked_offences",
    },
    note="Note: export from incident log, figures subject to Border Force confirmation",
    total="TOTAL",
    bad_count=("several", "multiple", "lorry-load"),
    repeats=False,
    style="ferry",
)
_RAIL = CbSource(
    source="railroad_police_cb",
    filename="railroad_police_cb.csv",
    ref="RRPD{yy:02d}-{seq:06d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "CASE_NO",
        "event_date": "INCIDENT_DATE (MM/DD/YYYY)",
        "crime_type": "OFFENSE_DESC",
        "exploitation": "TIP_TYPE",
        "detection_country": "CNTRY",
        "lat": "LAT_DD",
        "lon": "LONG_DD",
        "transport_mode": "CONVEYANCE",
        "n_persons": "UDA_VICTIM_CT",
        "n_suspects": "SMUGGLERS_ARR",
        "gender": "SEX",
        "age_group": "AGE_GRP",
        "nationality": "CITIZENSHIP",
        "origin_country": "CNTRY_OF_ORIGIN",
        "transit_countries": "TRANSIT_CNTRY",
        "destination_country": "INTENDED_DEST",
        "linked_offences": "ADDL_CHARGES",
    },
    note="NOTE: PRELIMINARY DATA - SUBJECT TO CHANGE - LAW ENFORCEMENT SENSITIVE",
    total="GRAND TOTAL",
    bad_count=("MULTIPLE", "SEVERAL", "??"),
    repeats=True,
    style="rail",
)
_BANK = CbSource(
    source="banque_lcbft_cb",
    filename="banque_lcbft_cb.xlsx",
    ref="DS-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf. DS / SAR ref.",
        "event_date": "Date des faits / Date of facts",
        "detection_country": "Pays des faits / Country",
        "crime_type": "Typologie / Typology",
        "exploitation": "Forme d'exploitation / Exploitation",
        "n_persons": "Nb victimes ou migrants / No. of persons",
        "n_suspects": "Nb mis en cause / Suspects",
        "gender": "Sexe / Sex",
        "age_group": "Majeurs-mineurs / Age",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "transport_mode": "Mode de transport / Transport",
        "linked_offences": "Infractions connexes / Linked offences",
    },
    note="NB : extraction du registre LCB-FT, données non consolidées - diffusion restreinte",
    total="Total",
    bad_count=("plusieurs dizaines", "#VALEUR!", "nombreux"),
    repeats=False,
    style="bank",
)

#: The five sources of the ``blind78`` set, in the order of their submissions.
BLIND78_SOURCES: tuple[CbSource, ...] = (_PORT, _COOP, _FERRY, _RAIL, _BANK)

# --------------------------------------------------------------------------------------
# Country names: ISO alpha-3 -> (names, demonyms), by language
# --------------------------------------------------------------------------------------
_ES_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "VEN": (("Venezuela",), ("venezolana", "venezolano", "venezolanos")),
    "SYR": (("Siria",), ("siria", "sirio", "sirios")),
    "AFG": (("Afganistán",), ("afgana", "afgano", "afganos")),
    "MEX": (("México",), ("mexicana", "mexicano", "mexicanos")),
    "ECU": (("Ecuador",), ("ecuatoriana", "ecuatoriano", "ecuatorianos")),
    "MAR": (("Marruecos",), ("marroquí", "marroquíes")),
    "IRQ": (("Irak", "Iraq"), ("iraquí", "iraquíes")),
    "GIN": (("Guinea", "Guinea Conakry"), ("guineana", "guineano", "guineanos")),
    "TUN": (("Túnez",), ("tunecina", "tunecino", "tunecinos")),
    "MLI": (("Malí", "Mali"), ("maliense", "malienses")),
    "PAK": (("Pakistán",), ("pakistaní", "paquistaní", "pakistaníes")),
    "SEN": (("Senegal",), ("senegalesa", "senegalés", "senegaleses")),
    "DZA": (("Argelia",), ("argelina", "argelino", "argelinos")),
    "NGA": (("Nigeria",), ("nigeriana", "nigeriano", "nigerianas")),
    "VNM": (("Vietnam",), ("vietnamita", "vietnamitas")),
    "ROU": (("Rumanía", "Rumania"), ("rumana", "rumano", "rumanos")),
    "EGY": (("Egipto",), ("egipcia", "egipcio", "egipcios")),
    "BGD": (("Bangladés", "Bangladesh"), ("bangladesí", "bangladesíes")),
    "COL": (("Colombia",), ("colombiana", "colombiano", "colombianos")),
    "CIV": (("Costa de Marfil",), ("marfileña", "marfileño", "marfileños")),
    "ERI": (("Eritrea",), ("eritrea", "eritreo", "eritreos")),
    "HND": (("Honduras",), ("hondureña", "hondureño", "hondureños")),
    "HTI": (("Haití",), ("haitiana", "haitiano", "haitianos")),
    "GTM": (("Guatemala",), ("guatemalteca", "guatemalteco", "guatemaltecos")),
    "IRN": (("Irán",), ("iraní", "iraníes")),
    "CHN": (("China",), ("china", "chino", "chinos")),
    "GMB": (("Gambia",), ("gambiana", "gambiano", "gambianos")),
    "ALB": (("Albania",), ("albanesa", "albanés", "albaneses")),
    "YEM": (("Yemen",), ("yemení", "yemeníes")),
    "TUR": (("Turquía",), ("turca", "turco", "turcos")),
    "CMR": (("Camerún",), ("camerunesa", "camerunés", "cameruneses")),
    "USA": (("Estados Unidos", "EE. UU.", "EEUU"), ("estadounidense",)),
    "DEU": (("Alemania",), ("alemana",)),
    "ESP": (("España",), ("española",)),
    "ITA": (("Italia",), ("italiana",)),
    "GBR": (("Reino Unido",), ("británica",)),
    "FRA": (("Francia",), ("francesa",)),
    "GRC": (("Grecia",), ("griega",)),
    "AUT": (("Austria",), ("austriaca",)),
    "POL": (("Polonia",), ("polaca",)),
    "PAN": (("Panamá", "Rep. de Panamá"), ("panameña",)),
    "HRV": (("Croacia",), ("croata",)),
    "LBY": (("Libia",), ("libia",)),
    "MRT": (("Mauritania",), ("mauritana",)),
    "BGR": (("Bulgaria",), ("búlgara",)),
    "SRB": (("Serbia",), ("serbia",)),
    "BIH": (("Bosnia y Herzegovina",), ("bosnia",)),
    "BLR": (("Bielorrusia",), ("bielorrusa",)),
    "NER": (("Níger",), ("nigerina",)),
    "RUS": (("Rusia",), ("rusa",)),
    "MKD": (("Macedonia del Norte",), ("macedonia",)),
    "HUN": (("Hungría",), ("húngara",)),
}
_FR_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "VEN": (("Venezuela",), ("vénézuélienne", "vénézuélien")),
    "SYR": (("Syrie",), ("syrienne", "syrien")),
    "AFG": (("Afghanistan",), ("afghane", "afghan")),
    "MEX": (("Mexique",), ("mexicaine", "mexicain")),
    "ECU": (("Équateur", "Equateur"), ("équatorienne", "équatorien")),
    "MAR": (("Maroc",), ("marocaine", "marocain")),
    "IRQ": (("Irak",), ("irakienne", "irakien")),
    "GIN": (("Guinée", "Guinée-Conakry"), ("guinéenne", "guinéen")),
    "TUN": (("Tunisie",), ("tunisienne", "tunisien")),
    "MLI": (("Mali",), ("malienne", "malien")),
    "PAK": (("Pakistan",), ("pakistanaise", "pakistanais")),
    "SEN": (("Sénégal",), ("sénégalaise", "sénégalais")),
    "DZA": (("Algérie",), ("algérienne", "algérien")),
    "NGA": (("Nigeria", "Nigéria"), ("nigériane", "nigérian")),
    "VNM": (("Viêt Nam", "Vietnam"), ("vietnamienne", "vietnamien")),
    "ROU": (("Roumanie",), ("roumaine", "roumain")),
    "EGY": (("Égypte", "Egypte"), ("égyptienne", "égyptien")),
    "BGD": (("Bangladesh",), ("bangladaise", "bangladais")),
    "COL": (("Colombie",), ("colombienne", "colombien")),
    "CIV": (("Côte d'Ivoire",), ("ivoirienne", "ivoirien")),
    "ERI": (("Érythrée", "Erythrée"), ("érythréenne", "érythréen")),
    "HND": (("Honduras",), ("hondurienne", "hondurien")),
    "HTI": (("Haïti",), ("haïtienne", "haïtien")),
    "GTM": (("Guatemala",), ("guatémaltèque",)),
    "IRN": (("Iran",), ("iranienne", "iranien")),
    "CHN": (("Chine",), ("chinoise", "chinois")),
    "GMB": (("Gambie",), ("gambienne", "gambien")),
    "ALB": (("Albanie",), ("albanaise", "albanais")),
    "YEM": (("Yémen",), ("yéménite",)),
    "TUR": (("Turquie",), ("turque",)),
    "CMR": (("Cameroun",), ("camerounaise", "camerounais")),
    "USA": (("États-Unis", "Etats-Unis"), ("américaine",)),
    "DEU": (("Allemagne",), ("allemande",)),
    "ESP": (("Espagne",), ("espagnole",)),
    "ITA": (("Italie",), ("italienne",)),
    "GBR": (("Royaume-Uni",), ("britannique",)),
    "FRA": (("France",), ("française",)),
    "GRC": (("Grèce",), ("grecque",)),
    "AUT": (("Autriche",), ("autrichienne",)),
    "POL": (("Pologne",), ("polonaise",)),
    "PAN": (("Panama",), ("panaméenne",)),
    "HRV": (("Croatie",), ("croate",)),
    "LBY": (("Libye",), ("libyenne",)),
    "MRT": (("Mauritanie",), ("mauritanienne",)),
    "BGR": (("Bulgarie",), ("bulgare",)),
    "SRB": (("Serbie",), ("serbe",)),
    "BIH": (("Bosnie-Herzégovine",), ("bosnienne",)),
    "BLR": (("Biélorussie", "Bélarus"), ("biélorusse",)),
    "NER": (("Niger",), ("nigérienne",)),
    "RUS": (("Russie",), ("russe",)),
    "MKD": (("Macédoine du Nord",), ("macédonienne",)),
    "HUN": (("Hongrie",), ("hongroise",)),
}
_EN_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "VEN": (("Venezuela",), ("Venezuelan",)),
    "SYR": (("Syria",), ("Syrian",)),
    "AFG": (("Afghanistan",), ("Afghan",)),
    "MEX": (("Mexico",), ("Mexican",)),
    "ECU": (("Ecuador",), ("Ecuadorian",)),
    "MAR": (("Morocco",), ("Moroccan",)),
    "IRQ": (("Iraq",), ("Iraqi",)),
    "GIN": (("Guinea", "Guinea-Conakry"), ("Guinean",)),
    "TUN": (("Tunisia",), ("Tunisian",)),
    "MLI": (("Mali",), ("Malian",)),
    "PAK": (("Pakistan",), ("Pakistani",)),
    "SEN": (("Senegal",), ("Senegalese",)),
    "DZA": (("Algeria",), ("Algerian",)),
    "NGA": (("Nigeria",), ("Nigerian",)),
    "VNM": (("Vietnam", "Viet Nam"), ("Vietnamese",)),
    "ROU": (("Romania",), ("Romanian",)),
    "EGY": (("Egypt",), ("Egyptian",)),
    "BGD": (("Bangladesh",), ("Bangladeshi",)),
    "COL": (("Colombia",), ("Colombian",)),
    "CIV": (("Ivory Coast", "Côte d'Ivoire"), ("Ivorian",)),
    "ERI": (("Eritrea",), ("Eritrean",)),
    "HND": (("Honduras",), ("Honduran",)),
    "HTI": (("Haiti",), ("Haitian",)),
    "GTM": (("Guatemala",), ("Guatemalan",)),
    "IRN": (("Iran",), ("Iranian",)),
    "CHN": (("China",), ("Chinese",)),
    "GMB": (("Gambia", "The Gambia"), ("Gambian",)),
    "ALB": (("Albania",), ("Albanian",)),
    "YEM": (("Yemen",), ("Yemeni",)),
    "TUR": (("Turkey", "Türkiye"), ("Turkish",)),
    "CMR": (("Cameroon",), ("Cameroonian",)),
    "USA": (("United States", "USA", "U.S."), ("American",)),
    "DEU": (("Germany",), ("German",)),
    "ESP": (("Spain",), ("Spanish",)),
    "ITA": (("Italy",), ("Italian",)),
    "GBR": (("United Kingdom", "UK"), ("British",)),
    "FRA": (("France",), ("French",)),
    "GRC": (("Greece",), ("Greek",)),
    "AUT": (("Austria",), ("Austrian",)),
    "POL": (("Poland",), ("Polish",)),
    "PAN": (("Panama",), ("Panamanian",)),
    "HRV": (("Croatia",), ("Croatian",)),
    "LBY": (("Libya",), ("Libyan",)),
    "MRT": (("Mauritania",), ("Mauritanian",)),
    "BGR": (("Bulgaria",), ("Bulgarian",)),
    "SRB": (("Serbia",), ("Serbian",)),
    "BIH": (("Bosnia and Herzegovina",), ("Bosnian",)),
    "BLR": (("Belarus",), ("Belarusian",)),
    "NER": (("Niger",), ("Nigerien",)),
    "RUS": (("Russia",), ("Russian",)),
    "MKD": (("North Macedonia",), ("Macedonian",)),
    "HUN": (("Hungary",), ("Hungarian",)),
}
_COUNTRIES = {"es": _ES_COUNTRIES, "fr": _FR_COUNTRIES, "en": _EN_COUNTRIES}

# --------------------------------------------------------------------------------------
# Value words, by source style
# --------------------------------------------------------------------------------------
_CRIME: dict[str, _Words] = {
    "port": {
        "smuggling": (
            "Favorecimiento inmigración ilegal (art. 318 bis CP)",
            "Art. 318 bis CP",
            "318 bis",
            "Delito contra los derechos de los ciudadanos extranjeros",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Art. 177 bis CP",
            "TSH",
            "Trata de seres humanos",
        ),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "TSH + favorecimiento inmigración ilegal",
            "Trata (177 bis) y tráfico de migrantes (318 bis)",
        ),
    },
    "coop": {
        "smuggling": ("Tráfico ilícito de migrantes", "TRÁFICO DE MIGRANTES", "Coyotaje"),
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS", "Trata"),
        "both": ("Tráfico de migrantes y trata", "TRATA Y TRÁFICO DE MIGRANTES"),
    },
    "ferry": {
        "smuggling": (
            "Clandestine entrants - facilitation (s.25 IA 1971)",
            "People smuggling",
            "Facilitation of illegal entry",
            "Clandestine entrants (facilitated)",
        ),
        "trafficking": (
            "Modern slavery / human trafficking (NRM referral)",
            "Human trafficking (MSA 2015)",
            "Suspected human trafficking",
        ),
        "both": (
            "People smuggling + human trafficking",
            "Facilitation (s.25 IA 1971) and modern slavery (MSA 2015)",
        ),
    },
    "rail": {
        "smuggling": (
            "8 USC 1324 - ALIEN SMUGGLING",
            "ALIEN SMUGGLING",
            "HUMAN SMUGGLING",
            "8 U.S.C. § 1324(a)",
        ),
        "trafficking": ("HUMAN TRAFFICKING", "TRAFFICKING IN PERSONS"),
        "both": ("ALIEN SMUGGLING & HUMAN TRAFFICKING", "8 USC 1324 + HUMAN TRAFFICKING"),
    },
    "bank": {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers",
            "art. L.622-1 CESEDA (ancien)",
            "Filière d'immigration clandestine",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "TEH",
            "Traite des êtres humains",
            "art. 225-4-1 CP",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite et trafic de migrants",
            "225-4-1 CP + L.823-1 CESEDA",
        ),
    },
}
#: The railroad names the statute of the exploitation when it has one.
_RAIL_STATUTE = {
    "sexual": ("18 USC 1591 SEX TRAFFICKING", "HUMAN TRAFFICKING - SEX"),
    "forced_labour": ("18 USC 1589 FORCED LABOR", "HUMAN TRAFFICKING - LABOR"),
}
_EXPLOITATION: dict[str, _Words] = {
    "port": {
        "sexual": ("Explotación sexual", "Expl. sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas", "Otra finalidad"),
    },
    "coop": {
        "sexual": ("SEXUAL", "explotación sexual"),
        "forced_labour": ("LABORAL", "trabajo forzoso"),
        "forced_criminality": ("obligados a delinquir", "DELICTIVA"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "unión forzada"),
        "other": ("OTRA", "otro tipo"),
    },
    "ferry": {
        "sexual": ("Sexual exploitation", "sexual"),
        "forced_labour": ("Labour exploitation", "forced labour"),
        "forced_criminality": ("Criminal exploitation", "forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "other exploitation"),
    },
    "rail": {
        "sexual": ("SEX", "SEX TRAFFICKING"),
        "forced_labour": ("LABOR", "FORCED LABOR"),
        "forced_criminality": ("FORCED CRIMINAL ACTIVITY",),
        "organ_removal": ("ORGAN REMOVAL",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHER",),
    },
    "bank": {
        "sexual": ("exploitation sexuelle", "sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme", "autre"),
    },
}
#: What a source writes in the exploitation cell of a pure smuggling row.
_NO_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "port": ("", "", "", "-"),
    "coop": ("", "", "No aplica"),
    "ferry": ("", "", "n/a"),
    "rail": ("", "", "", "N/A"),
    "bank": ("", "", "sans objet", "s.o."),
}
_GENDER: dict[str, _Words] = {
    "port": {
        "male": ("Hombres", "Varones", "Masculino", "hombre"),
        "female": ("Mujeres", "Femenino", "mujer"),
        "mixed": ("Ambos sexos", "Mixto", "Hombres y mujeres"),
    },
    "coop": {
        "male": ("MASCULINO", "Hombres", "masc."),
        "female": ("FEMENINO", "Mujeres", "fem."),
        "mixed": ("MIXTO", "Ambos sexos", "Masc./Fem."),
    },
    "ferry": {
        "male": ("M", "Male", "male"),
        "female": ("F", "Female", "female"),
        "mixed": ("Mixed", "M/F", "Male & female"),
    },
    "rail": {
        "male": ("M", "MALE"),
        "female": ("F", "FEMALE"),
        "mixed": ("M/F", "MIXED", "BOTH"),
    },
    "bank": {
        "male": ("H", "Hommes", "masculin"),
        "female": ("F", "Femmes", "féminin"),
        "mixed": ("H/F", "mixte", "hommes et femmes"),
    },
}
_AGE: dict[str, _Words] = {
    "port": {
        "adult": ("Adultos", "Mayores de edad", "Adulto"),
        "child": ("Menores", "Menor de edad", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "coop": {
        "adult": ("ADULTOS", "mayores de edad"),
        "child": ("NNA", "MENORES", "niños"),
        "mixed": ("familias con NNA", "MIXTO", "adultos y NNA"),
    },
    "ferry": {
        "adult": ("Adult", "18+", "adults"),
        "child": ("Minor", "U18", "UASC"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    "rail": {
        "adult": ("ADULT", "ADULTS"),
        "child": ("JUV", "JUVENILE", "UAC"),
        "mixed": ("ADULT/JUV", "FAMILY UNIT", "MIXED"),
    },
    "bank": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
}
#: "Not known" words written in the age and transport cells (read as ``unknown``).
_NA_WORDS: dict[str, tuple[str, ...]] = {
    "port": ("No consta", "Desconocido"),
    "coop": ("N/D", "sin dato"),
    "ferry": ("n/k", "not recorded", "unknown"),
    "rail": ("UNK", "UNKNOWN"),
    "bank": ("non renseigné", "inconnu"),
}
#: Count cells saying "not known" (the record is kept with no count).
_COUNT_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "port": ("s/d", "no consta", "Desconocido"),
    "coop": ("N/D", "por confirmar", "sin dato"),
    "ferry": ("TBC", "unknown", "not counted"),
    "rail": ("UNK", "UNKNOWN"),
    "bank": ("NC", "inconnu", "n.c."),
}
#: Suspect-count cells saying "none" (read as 0).
_ZERO_WORDS: dict[str, tuple[str, ...]] = {
    "port": ("ninguno", "Ninguno", "sin detenidos"),
    "coop": ("ninguno", "NINGUNO", "ningún guía"),
    "ferry": ("nil", "none", "None"),
    "rail": ("NONE", "NEG"),
    "bank": ("néant", "aucun", "Néant"),
}
_TRANSPORT: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    # style -> transport mode -> corridor group -> words
    "port": {
        "sea": {
            "watl": ("Cayuco", "Cayuco", "Vía marítima", "Embarcación"),
            "": ("Patera", "Embarcación neumática", "Vía marítima", "Embarcación"),
        },
        "land": {
            "wmed": ("Salto de valla", "Oculto en camión", "Bajos de vehículo", "Terrestre"),
            "": ("Autobús", "Furgoneta", "Terrestre", "Vehículo particular"),
        },
        "air": {"": ("Vía aérea", "Avión", "Aéreo")},
    },
    "coop": {
        "sea": {"": ("LANCHA", "piragua", "Marítimo")},
        "land": {"": ("BUS", "Terrestre", "a pie (selva)", "caminando", "BUS ERM-frontera")},
        "air": {"": ("AÉREO", "avión")},
    },
    "ferry": {
        "sea": {
            "channel": ("Small boat", "RHIB", "Dinghy", "Small boat crossing"),
            "": ("Small boat", "Inflatable", "Boat"),
        },
        "land": {
            "wmed": ("HGV concealment", "Concealed in lorry", "Hidden in car"),
            "": ("HGV concealment", "Concealed in lorry", "Hidden in van", "Lorry (trailer)"),
        },
        "air": {"": ("Air", "Flight (inbound)")},
    },
    "rail": {
        "sea": {"": ("VESSEL", "BOAT")},
        "land": {
            "": (
                "FREIGHT TRAIN",
                "BOXCAR",
                "HOPPER CAR",
                "INTERMODAL CONTAINER",
                "ON FOOT (ROW)",
                "VEHICLE",
            )
        },
        "air": {"": ("AIR", "AIRCRAFT")},
    },
    "bank": {
        "sea": {"": ("maritime", "embarcation", "bateau", "voie maritime")},
        "land": {"": ("terrestre", "camion", "voiture", "à pied", "route")},
        "air": {"": ("aérien", "avion", "voie aérienne")},
    },
}
_LINKED: dict[str, _Words] = {
    "port": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delitos informáticos", "ciberdelincuencia"),
        "terrorism": ("terrorismo",),
    },
    "coop": {
        "document_fraud": ("documentos falsos", "FALSIFICACIÓN DE DOCUMENTOS"),
        "corruption": ("soborno", "CORRUPCIÓN"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "CONTRABANDO"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "ferry": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "smuggled goods"),
        "cybercrime": ("cyber-enabled crime",),
        "terrorism": ("terrorism",),
    },
    "rail": {
        "document_fraud": ("FRAUDULENT DOCUMENTS (18 USC 1546)", "FRAUDULENT DOCS"),
        "corruption": ("BRIBERY (18 USC 201)", "BRIBERY"),
        "money_laundering": ("MONEY LAUNDERING (18 USC 1956)", "MONEY LAUNDERING"),
        "illicit_goods": ("CONTRABAND", "NARCOTICS"),
        "cybercrime": ("COMPUTER FRAUD", "CYBER CRIME"),
        "terrorism": ("TERRORISM",),
    },
    "bank": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("financement du terrorisme", "terrorisme"),
    },
}
_LINK_JOIN = {
    "port": (", ", " y "),
    "coop": (" / ",),
    "ferry": ("; ",),
    "rail": (", ", "; "),
    "bank": (" ; ", ", "),
}
_TRANSIT_JOIN = {"port": (", ", " - "), "coop": (" - ", "/"), "rail": (", ", "/"), "bank": (" > ",)}

# --------------------------------------------------------------------------------------
# Dates
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
_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
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
_EN_ABBR = tuple(m[:3] for m in MONTHS)
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ROMAN = ("I", "II", "III", "IV")
_ES_ORD = ("1er", "2º", "3er", "4º")
_FR_ORD = ("1er", "2e", "3e", "4e")
#: Share of rows (outside duplicated pairs) dated to the month, to the quarter.
_PARTIAL = {
    "port": (0.05, 0.02),
    "coop": (0.06, 0.02),
    "ferry": (0.03, 0.015),
    "rail": (0.03, 0.015),
    "bank": (0.08, 0.04),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _clock(rng: _Rng) -> tuple[int, int]:
    """Return an hour and minute of the working day (no date shift in any time zone)."""
    return int(rng.integers(6, 21)), int(rng.integers(0, 12)) * 5


def _day_cell(src: CbSource, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date as the source does; return (cell, tag)."""
    d, m, y = ts.day, ts.month, ts.year
    u = rng.random()
    if src.style == "port":
        if u < 0.5:
            return f"{d:02d}/{m:02d}/{y}", "date_dmy"
        if u < 0.65:
            hh, mm = _clock(rng)
            return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", "date_time"
        if u < 0.75:
            return f"{d:02d}-{m:02d}-{y}", "date_dmy"
        if u < 0.85:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", "date_short_year"
        return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", "date_month_name"
    if src.style == "coop":
        if u < 0.5:
            return f"{d:02d}/{m:02d}/{y}", "date_dmy"
        if u < 0.65:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", "date_short_year"
        if u < 0.85:
            return f"{d:02d}-{_ES_ABBR[m - 1].upper()}-{y}", "date_month_name"
        wd = _ES_DAYS[ts.weekday()]
        return f"{wd} {d} de {_ES_MONTHS[m - 1]} de {y}", "date_long"
    if src.style == "ferry":
        if u < 0.45:
            return f"{y}-{m:02d}-{d:02d}", "date_iso"
        if u < 0.7:
            hh, mm = _clock(rng)
            return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z", "date_iso_time"
        if u < 0.88:
            return f"{d:02d} {_EN_ABBR[m - 1]} {y}", "date_month_name"
        return f"{_EN_DAYS[ts.weekday()]} {d:02d}-{_EN_ABBR[m - 1]}-{y}", "date_long"
    if src.style == "rail":
        if u < 0.5:
            return f"{m:02d}/{d:02d}/{y}", "date_mdy"
        if u < 0.62:
            hh, mm = _clock(rng)
            return f"{m:02d}/{d:02d}/{y} {hh:02d}{mm:02d}", "date_mdy"
        if u < 0.82:
            return f"{d:02d}-{_EN_ABBR[m - 1].upper()}-{y % 100:02d}", "date_oracle"
        return f"{y}-{m:02d}-{d:02d}", "date_iso"
    # bank
    if u < 0.45:
        return datetime(y, m, d), "excel_date"
    if u < 0.65:
        return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
    if u < 0.85:
        return f"{d:02d}/{m:02d}/{y}", "date_dmy"
    return f"{d} {_FR_ABBR[m - 1]} {y}", "date_month_name"


def _month_cell(src: CbSource, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a month-only date as the source does."""
    m, y = ts.month, ts.year
    forms = {
        "port": (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_ABBR[m - 1]}-{y}", f"{m:02d}/{y}"),
        "coop": (f"{_ES_MONTHS[m - 1].upper()} {y}", f"{_ES_ABBR[m - 1].capitalize()}. {y}"),
        "ferry": (f"{y}-{m:02d}", f"{_EN_ABBR[m - 1]} {y}"),
        "rail": (f"{_EN_ABBR[m - 1].upper()} {y}", f"{m:02d}/{y}"),
        "bank": (f"{_FR_MONTHS[m - 1]} {y}", f"{_FR_ABBR[m - 1]} {y}"),
    }
    return choice(rng, forms[src.style])


def _quarter_cell(src: CbSource, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a quarter-only date as the source does."""
    q, y = (ts.month - 1) // 3 + 1, ts.year
    forms = {
        "port": (f"{_ES_ORD[q - 1]} trim. {y}", f"T{q}-{y}"),
        "coop": (f"{_ROMAN[q - 1]} Trim. {y}", f"Trimestre {_ROMAN[q - 1]}-{y}"),
        "ferry": (f"Q{q} {y}", f"{y}-Q{q}"),
        "rail": (f"Q{q} CY{y}", f"{y} Q{q}"),
        "bank": (f"T{q} {y}", f"{_FR_ORD[q - 1]} trimestre {y}"),
    }
    return choice(rng, forms[src.style])


def _date(
    src: CbSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event date."""
    month_share, quarter_share = _PARTIAL[src.style]
    u = rng.random()
    if partial_ok and u < quarter_share:
        tags.append("partial_quarter")
        start = ts.to_period("Q").start_time
        return _quarter_cell(src, ts, rng), start, "quarter"
    if partial_ok and u < quarter_share + month_share:
        tags.append("partial_month")
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month"
    cell, tag = _day_cell(src, ts, rng)
    tags.append(tag)
    return cell, ts.normalize(), "day"


def _future_year(year: int) -> int:
    """Return a typed year with two digits swapped into the future (2022 -> 2202)."""
    text = str(year)
    swapped = int(text[0] + text[2] + text[1] + text[3])
    return swapped if swapped > 2100 else year + 100


def _bad_date(src: CbSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    y, m, d = ts.year, ts.month, ts.day
    if kind == "no_date":
        missing = {
            "port": (None, None, "s/f"),
            "coop": (None, None, "N/D"),
            "ferry": (None, None, ""),
            "rail": (None, None, "UNK"),
            "bank": (None, None, "date inconnue"),
        }
        return choice(rng, [w or "" for w in missing[src.style]]) or None
    if kind == "bad_date":
        bad_day, bad_month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09")).split("/")
        if src.style == "rail":
            return f"{bad_month}/{bad_day}/{y}"
        if src.style == "ferry":
            return f"{y}-{bad_month}-{bad_day}"
        if src.style == "coop" and rng.random() < 0.5:
            return f"{bad_day}-{_ES_ABBR[int(bad_month) - 1].upper()}-{y}"
        return f"{bad_day}/{bad_month}/{y}"
    fy = _future_year(y)
    day = min(d, 28)
    if src.style == "rail":
        return f"{m:02d}/{day:02d}/{fy}"
    if src.style == "ferry":
        return f"{fy}-{m:02d}-{day:02d}"
    if src.style == "bank" and rng.random() < 0.5:
        return datetime(fy, m, day)
    return f"{day:02d}/{m:02d}/{fy}"


def _note_date(src: CbSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last row)."""
    if src.style == "rail":
        return last.strftime("%m/%d/%Y")
    if src.style == "ferry":
        return last.strftime("%Y-%m-%d")
    if src.style == "bank":
        return datetime(last.year, last.month, last.day)
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries, counts, coordinates
# --------------------------------------------------------------------------------------
def _country(src: CbSource, code: str, rng: _Rng, tags: list[str], *, people: bool) -> str:
    """Write one country (``people``: as a nationality, where demonyms fit)."""
    table = _COUNTRIES[src.language]
    if code not in table:
        return code
    names, demonyms = table[code]
    alpha2, _ = iso_codes(code)
    if src.language == "en" and code == "GBR":
        alpha2 = choice(rng, ("GB", "UK"))
    u = rng.random()
    demonym_share = {"port": 0.45, "coop": 0.45, "ferry": 0.5, "rail": 0.3, "bank": 0.5}
    if u < 0.06:
        tags.append("iso3")
        return code
    if u < 0.12:
        tags.append("iso2")
        return alpha2
    if people and u < 0.12 + demonym_share[src.style]:
        text = choice(rng, demonyms)
        tags.append("demonym")
    else:
        text = choice(rng, names)
    if src.style in ("coop", "rail") or rng.random() < 0.08:
        text = text.upper()
    elif src.style == "bank" and text[0].islower() and rng.random() < 0.3:
        text = text.capitalize()
    if src.style == "port" and rng.random() < 0.04:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return text


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(src: CbSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of a count of persons."""
    u = rng.random()
    if u < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDERS[src.style]), None
    numeric = src.format != "csv"
    if n >= 1000 and rng.random() < 0.7:
        tags.append("thousands")
        sep = {"port": ".", "coop": ",", "ferry": ",", "rail": ",", "bank": "\u202f"}[src.style]
        if src.style == "bank" and rng.random() < 0.5:
            sep = "\u00a0"
        return _thousands(n, sep), n
    if src.style == "port" and n >= 10 and u < 0.045:
        tags.append("approx")
        return choice(rng, (f"aprox. {n}", f"{n} aprox.")), n
    if src.style == "ferry" and rng.random() < 0.15:
        tags.append("count_as_text")
        return str(n), n
    if src.style == "bank" and rng.random() < 0.1:
        tags.append("count_as_text")
        return str(n), n
    return (n if numeric else str(n)), n


def _suspects(src: CbSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of a count of suspects."""
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_PLACEHOLDERS[src.style]), None
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[src.style]), 0
    return (n if src.format != "csv" else str(n)), n


def _dms(value: float, *, comma: bool, deg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth (no hemisphere), and the value denoted."""
    tenths = round(abs(value) * 36000)
    d, rest = divmod(tenths, 36000)
    m, s = divmod(rest, 600)
    sec = f"{s // 10:02d}.{s % 10}"
    if comma:
        sec = sec.replace(".", ",")
    sign = 1 if value >= 0 else -1
    return f"{d}{deg}{m:02d}'{sec}\"", sign * tenths / 36000


def _ddm(value: float, digits: int) -> tuple[int, str, float]:
    """Degrees and decimal minutes; return (degrees, minutes text, value denoted)."""
    scale = 10**digits
    units = round(abs(value) * 60 * scale)
    d, rest = divmod(units, 60 * scale)
    minutes = f"{rest / scale:0{3 + digits}.{digits}f}"
    sign = 1 if value >= 0 else -1
    return d, minutes, sign * units / (60 * scale)


def _coordinates(
    src: CbSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of a location."""
    u = rng.random()
    if src.style == "port":
        if u < 0.03:
            tags.append("coords_placeholder")
            return {"lat": "--", "lon": "--"}, None, None
        if u < 0.18:
            tags.append("dms")
            la, elat = _dms(lat, comma=True, deg="º")
            lo, elon = _dms(lon, comma=True, deg="º")
            return (
                {
                    "lat": f"{la} {'N' if lat >= 0 else 'S'}",
                    "lon": f"{lo} {'E' if lon >= 0 else 'O'}",
                },
                elat,
                elon,
            )
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            (round(lat, 5)),
            round(lon, 5),
        )
    if src.style == "rail":
        if u < 0.12:
            tags.append("hemisphere_letter")
            return (
                {
                    "lat": f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}",
                    "lon": f"{abs(lon):.5f} {'E' if lon >= 0 else 'W'}",
                },
                round(lat, 5),
                round(lon, 5),
            )
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, round(lat, 5), round(lon, 5)
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    if src.style == "coop":
        if u < 0.03:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("sin señal GPS", "S/D"))}, None, None
        if u < 0.15:
            tags.append("dms")
            la, elat = _dms(lat, comma=False, deg="°")
            lo, elon = _dms(lon, comma=False, deg="°")
            return {"coordinates": f"{la}{ns} {lo}{ew}"}, elat, elon
        if u < 0.27:
            tags.append("ddm")
            dla, mla, elat = _ddm(lat, 3)
            dlo, mlo, elon = _ddm(lon, 3)
            return {"coordinates": f"{ns}{dla} {mla} {ew}{dlo} {mlo}"}, elat, elon
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    # ferry
    if u < 0.4:
        tags.append("ddm")
        dla, mla, elat = _ddm(lat, 2)
        dlo, mlo, elon = _ddm(lon, 2)
        return {"coordinates": f"{dla:02d}°{mla}'{ns} {dlo:03d}°{mlo}'{ew}"}, elat, elon
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)


def _vocab(words: _Words, value: str, rng: _Rng) -> str:
    return choice(rng, words[value])


def _corridor_words(table: dict[str, tuple[str, ...]], corridor: str) -> tuple[str, ...]:
    return table.get(corridor, table[""])


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: CbSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = src.style
    cols = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    if style == "rail" and crime == "trafficking" and expl in _RAIL_STATUTE and rng.random() < 0.6:
        cells["crime_type"] = choice(rng, _RAIL_STATUTE[str(expl)])
        tags.append("statute")
    else:
        cells["crime_type"] = _vocab(_CRIME[style], crime, rng)
    exp["crime_type"] = crime
    if expl is None:
        cells["exploitation"] = choice(rng, _NO_EXPLOITATION[style]) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _vocab(_EXPLOITATION[style], str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, k, rng, tags)

    cells["gender"] = _vocab(_GENDER[style], str(ev["gender"]), rng)
    exp["gender"] = str(ev["gender"])

    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, _NA_WORDS[style])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(_AGE[style], str(ev["age_group"]), rng)
        exp["age_group"] = str(ev["age_group"])

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, _NA_WORDS[style])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        words = _corridor_words(_TRANSPORT[style][mode], str(ev["corridor"]))
        cells["transport_mode"] = choice(rng, words)
        exp["transport_mode"] = mode

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if col not in cols or code is None:
            exp[col] = None
            continue
        cells[col] = _country(src, str(code), rng, tags, people=col == "nationality")
        exp[col] = str(code)

    transit = ev["transit_countries"]
    if "transit_countries" in cols and transit is not None:
        parts = [_country(src, c, rng, tags, people=False) for c in str(transit).split("|")]
        cells["transit_countries"] = choice(rng, _TRANSIT_JOIN[style]).join(parts)
        exp["transit_countries"] = str(transit)
    else:
        exp["transit_countries"] = None

    offences = ev["linked_offences"]
    if "linked_offences" in cols and offences is not None:
        names = [_vocab(_LINKED[style], o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, _LINK_JOIN[style]).join(names)
        exp["linked_offences"] = str(offences)
    else:
        exp["linked_offences"] = None

    if "coordinates" in cols or "lat" in cols:
        place, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(place)
    else:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")

    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for col in ("lat", "lon", "coordinates"):
                cells.pop(col, None)
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[CbSource] = Examiner(
    sources=BLIND78_SOURCES,
    primary={
        "ESP": _PORT.source,
        "PAN": _COOP.source,
        "GBR": _FERRY.source,
        "FRA": _FERRY.source,
        "USA": _RAIL.source,
    },
    compilation=_BANK.source,
    secondary={
        ("wmed", "ESP"): _FERRY.source,
        ("darien", "PAN"): _BANK.source,
        ("us_mex", "USA"): _BANK.source,
        ("thb_vnm_gbr", "GBR"): _BANK.source,
        ("thb_rou_esp", "ESP"): _BANK.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=7878,
    blank_share=0.3,
)


def make_blind78(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind78`` set's five submissions (``*_cb.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``policia_portuaria_cb.csv``, ``cooperativa_darien_cb.csv``,
        ``ferry_group_security_cb.jsonl``, ``railroad_police_cb.csv`` and
        ``banque_lcbft_cb.xlsx``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind78(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['policia_portuaria_cb.csv', 'cooperativa_darien_cb.csv',
     'ferry_group_security_cb.jsonl', 'railroad_police_cb.csv', 'banque_lcbft_cb.xlsx']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
