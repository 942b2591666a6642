"""Examiner variant ``blind23``: five more agencies write the events (files ``*_y.*``).

A reader's guide to the five files. Each source writes every field of the record frame
(but the Haitian export, which has no linked-offence field), in its own words; the
shared row machinery of :mod:`trendlib.samples._examiner` chooses who reports what.

``surete_qc_y.csv`` - Sûreté du Québec, its liaison officers in France (French, Quebec usage)
    cp1252, ``;`` delimiter, CRLF line ends. First reports the events detected in France;
    a second report of some Channel events detected in the United Kingdom and of some
    Atlantic and Eastern Mediterranean landings. Dates mostly ISO (``2023-05-17``, the
    Quebec standard ``AAAA-MM-JJ`` named in the header), also ``17 mai 2023`` (``1er``
    for the first day) and ``2023/05/17``; partial dates ``mai 2023`` or ``2023-05``,
    quarters ``T2 2023`` or ``2e trimestre 2023``. Crime types cite the Criminal Code
    (``art. 279.01 C.cr.``, trafficking) and the immigration act (``art. 117 LIPR``,
    smuggling: "passage de clandestins"). Citizenship as gendered and plural demonyms
    (``Afghanes``), names or ISO alpha-3 codes, a few UTF-8-read-as-cp1252 names and
    misspellings. Coordinates in two columns, either with a decimal comma (``50,95123``)
    or in degrees-minutes-seconds with ``N``/``E`` and Quebec's ``O`` (ouest) for west;
    ``n.d.`` when not known. ``s.o.`` (sans objet) for a non-applicable age group,
    transport or exploitation; ``aucun`` / ``néant`` for no suspect; counts with a
    (no-break) space as thousands separator; money laundering as "recyclage des
    produits de la criminalité". An extra column names the liaison office. Note row,
    empty row and a ``TOTAL GÉNÉRAL`` row.

``mossos_y.xlsx`` - Mossos d'Esquadra (Policia de la Generalitat de Catalunya), Spanish export
    First reports every event detected in Spain; a second report of some Central
    Mediterranean and Romania-Italy events learnt through Europol. Dates as real Excel
    dates, as bare Excel serial numbers (``45063``), as text ``17/05/2023`` or
    ``17-may-2023``; partial dates ``may-2023`` / ``mayo de 2023``, quarters ``2T 2023``
    / ``2.º trim. 2023``. Crime types cite the Código Penal (``art. 177 bis`` trata,
    ``art. 318 bis`` inmigración clandestina). Transport in Spanish boat words
    (``patera``, ``cayuco``, ``neumática``); ``MENA`` for unaccompanied minors;
    demonyms in the person's gender; counts as numbers or text with ``.`` thousands;
    coordinates as numbers or text with a decimal comma, ``sin coordenadas`` when not
    known; ``s/d`` / ``no consta`` for unknown counts; ``sin detenidos`` for zero. A
    ``Fuente información`` column. Note row and a ``Total general`` row.

``nppr_y.csv`` - Negociado de la Policía de Puerto Rico, via its HSI task-force liaison
    UTF-16 (with BOM), tab delimiter, bilingual Spanish/English headers. First reports
    the events detected in the United States; a second report of some Darién events.
    Dates month first, as the header says (``mm/dd/aaaa``: ``05/17/2023``), also
    ``May 17, 2023``, ``17 de mayo de 2023`` and ISO; partial dates ``05/2023``,
    ``mayo 2023``, quarters ``Q2 2023`` / ``2do trimestre 2023``. Crime types cite the US
    Code (``8 USC 1324`` alien smuggling, ``18 USC 1589/1591`` trafficking). Values in
    Spanish with some English; country names, demonyms, a few ISO alpha-2 codes; counts
    with ``,`` thousands; coordinates in one cell, decimal (``31.76190, -106.48500``) or
    Google-Maps DMS (``31°45'42.8"N 106°29'06.0"W``), ``N/D`` when unknown. Re-sends a
    few rows (exact repeats). Empty row, note row, ``TOTAL`` row.

``pnh_y.jsonl`` - Police Nationale d'Haïti (DCPJ / BPM and the police attaché in Panama)
    JSON lines, UTF-8, French keys of a case-management export. First reports the
    events detected in Panama; a second report of some US-Mexico border events
    (Haitian nationals). Dates ``17/05/2023``, ISO or ``17 mai 2023``; partial
    ``05/2023``, ``mai 2023``, quarters ``T2-2023`` / ``2e trimestre 2023``. Crime types
    name the 2014 law (``loi CL/2014-0010``) with "traite des personnes" or "trafic
    illicite de migrants". Counts as numbers, as text, or ``null`` / ``inconnu`` when
    unknown; coordinates as numbers, text with a decimal comma or ``null``; some names
    garbled (UTF-8 read as cp1252: ``HaÃ¯ti``). No linked-offence field. A note line
    and a ``TOTAL`` line.

``abf_y.csv`` - Australian Border Force, Overseas Network (Europe posts) liaison digest
    UTF-8 without BOM, ``|`` delimiter, English (Australian usage). First reports every
    other event (Italy, Greece, Croatia, Poland, United Kingdom); a second report of
    some Channel events detected in France and of Western Mediterranean and
    Romania-Spain events. Dates day first (``17/05/2023``), ``17-May-2023``,
    ``17 May 2023``, ISO; partial ``May 2023``, quarters ``Apr-Jun 2023`` /
    ``Q2 CY2023``. Crime types cite the Migration Act (``s233A``) and the Criminal Code
    (``Div 271``); ``SIEV`` (suspected illegal entry vessel) for a boat; ``UAM`` for
    unaccompanied minors; ``PAX`` counts with ``,`` thousands, ``UNK`` / ``NFI`` / ``TBC``
    when not known; ``Nil`` facilitators; citizenship as ISO alpha-3 codes, demonyms or
    names; transit routes as ``TUR > BGR > SRB``; coordinates with hemisphere letters
    (``36.51234 N``, ``106.48500 W``), ``NFI`` when unknown. A security-marking note
    row, an empty row, a ``Grand Total`` row, and re-sent rows (exact repeats).
"""

from __future__ import annotations

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

__all__ = ["BLIND23_SOURCES", "Blind23Source", "make_blind23"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind23Source(ExaminerSource):
    """A ``blind23`` source: the shared fields plus the name of its writing style.

    Attributes
    ----------
    style : str
        Key of the wording tables: ``"sq"``, ``"mossos"``, ``"nppr"``, ``"pnh"`` or
        ``"abf"``.
    """

    style: str


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_SQ = Blind23Source(
    source="surete_qc_y",
    filename="surete_qc_y.csv",
    ref="SQ-{yy:02d}-ALI-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "No dossier SQ",
        "event_date": "Date de l'événement (AAAA-MM-JJ)",
        "crime_type": "Infraction (C.cr. / LIPR)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre de victimes / migrants",
        "n_suspects": "Nbre de suspects",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Citoyenneté",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination visée",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "extra": "Bureau de liaison",
    },
    note="Remarque : extraction partielle du système, données non validées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "voir rapport"),
    repeats=False,
    style="sq",
)
_MOSSOS = Blind23Source(
    source="mossos_y",
    filename="mossos_y.xlsx",
    ref="{seq:06d}/{year}-ME",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Núm. atestado",
        "event_date": "Fecha hecho",
        "crime_type": "Tipología penal",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad (mayor / menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino final",
        "detection_country": "País detección",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud (WGS84)",
        "lon": "Longitud (WGS84)",
        "linked_offences": "Delitos conexos",
        "extra": "Fuente información",
    },
    note="Nota: datos provisionales pendientes de validación por la ACTEH",
    total="Total general",
    bad_count=("varias", "múltiples", "ver diligencias"),
    repeats=False,
    style="mossos",
)
_NPPR = Blind23Source(
    source="nppr_y",
    filename="nppr_y.csv",
    ref="{year}-05-{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Núm. Querella / Complaint No.",
        "event_date": "Fecha / Date (mm/dd/aaaa)",
        "crime_type": "Delito / Offense",
        "exploitation": "Tipo de explotación / Exploitation type",
        "n_persons": "Cant. personas / No. of persons",
        "n_suspects": "Arrestados / Arrests",
        "gender": "Sexo / Sex",
        "age_group": "Edad / Age group",
        "nationality": "Nacionalidad / Nationality",
        "origin_country": "País de origen / Country of origin",
        "destination_country": "Destino / Destination",
        "detection_country": "País de intervención / Country of encounter",
        "transit_countries": "Tránsito / Transit",
        "transport_mode": "Medio / Mode",
        "coordinates": "Coordenadas GPS / GPS coordinates",
        "linked_offences": "Otros delitos / Related offenses",
    },
    note="Nota / Note: datos preliminares sujetos a cambio / preliminary data",
    total="TOTAL",
    bad_count=("varios / several", "múltiples", "ver informe"),
    repeats=True,
    style="nppr",
)
_PNH = Blind23Source(
    source="pnh_y",
    filename="pnh_y.jsonl",
    ref="PNH-DCPJ-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "no_dossier",
        "event_date": "date_faits",
        "crime_type": "qualification",
        "exploitation": "type_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_interpelles",
        "gender": "sexe",
        "age_group": "categorie_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_constat",
        "transit_countries": "pays_transit",
        "transport_mode": "moyen_transport",
        "lat": "gps_lat",
        "lon": "gps_long",
        "extra": "service",
    },
    note="Note : extraction provisoire du registre de la DCPJ",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
    style="pnh",
)
_ABF = Blind23Source(
    source="abf_y",
    filename="abf_y.csv",
    ref="ABF-OS-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "ABF Ref",
        "extra": "Reporting Post",
        "event_date": "Date of Incident (DD/MM/YYYY)",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons (PAX)",
        "n_suspects": "Facilitators Detained",
        "gender": "Sex",
        "age_group": "Age Cohort",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Route",
        "transport_mode": "Conveyance",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL: Sensitive - figures indicative only, subject to revision",
    total="Grand Total",
    bad_count=("multiple", "several", "see narrative"),
    repeats=True,
    style="abf",
)

#: The five sources of the ``blind23`` variant, in the order of the submissions.
BLIND23_SOURCES: tuple[Blind23Source, ...] = (_SQ, _MOSSOS, _NPPR, _PNH, _ABF)

_PRIMARY = {
    "FRA": "surete_qc_y",
    "ESP": "mossos_y",
    "USA": "nppr_y",
    "PAN": "pnh_y",
}
_SECONDARY = {
    ("channel", "GBR"): "surete_qc_y",
    ("watl", "ESP"): "surete_qc_y",
    ("emed", "GRC"): "surete_qc_y",
    ("cmed", "ITA"): "mossos_y",
    ("thb_rou_esp", "ITA"): "mossos_y",
    ("darien", "PAN"): "nppr_y",
    ("us_mex", "USA"): "pnh_y",
    ("channel", "FRA"): "abf_y",
    ("wmed", "ESP"): "abf_y",
    ("thb_rou_esp", "ESP"): "abf_y",
}

# --------------------------------------------------------------------------------------
# Countries: names (usual first, other spellings after '|'), demonyms (masculine)
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "Afghanistan",
        "ALB": "Albanie",
        "AUT": "Autriche",
        "BGD": "Bangladesh",
        "BGR": "Bulgarie",
        "BIH": "Bosnie-Herzégovine",
        "BLR": "Bélarus|Biélorussie",
        "CHN": "Chine",
        "CIV": "Côte d'Ivoire",
        "CMR": "Cameroun",
        "COL": "Colombie",
        "DEU": "Allemagne",
        "DZA": "Algérie",
        "ECU": "Équateur",
        "EGY": "Égypte",
        "ERI": "Érythrée",
        "ESP": "Espagne",
        "FRA": "France",
        "GBR": "Royaume-Uni|R.-U.",
        "GIN": "Guinée|Guinée-Conakry",
        "GMB": "Gambie",
        "GRC": "Grèce",
        "GTM": "Guatemala",
        "HND": "Honduras",
        "HRV": "Croatie",
        "HTI": "Haïti",
        "HUN": "Hongrie",
        "IRN": "Iran",
        "IRQ": "Irak",
        "ITA": "Italie",
        "LBY": "Libye",
        "MAR": "Maroc",
        "MEX": "Mexique",
        "MKD": "Macédoine du Nord",
        "MLI": "Mali",
        "MRT": "Mauritanie",
        "NER": "Niger",
        "NGA": "Nigéria|Nigeria",
        "PAK": "Pakistan",
        "PAN": "Panama",
        "POL": "Pologne",
        "ROU": "Roumanie",
        "RUS": "Russie",
        "SEN": "Sénégal",
        "SRB": "Serbie",
        "SYR": "Syrie",
        "TUN": "Tunisie",
        "TUR": "Turquie",
        "USA": "États-Unis|É.-U.",
        "VEN": "Venezuela",
        "VNM": "Viêt Nam|Vietnam",
        "YEM": "Yémen",
    },
    "es": {
        "AFG": "Afganistán",
        "ALB": "Albania",
        "AUT": "Austria",
        "BGD": "Bangladés|Bangladesh",
        "BGR": "Bulgaria",
        "BIH": "Bosnia y Herzegovina",
        "BLR": "Bielorrusia",
        "CHN": "China",
        "CIV": "Costa de Marfil",
        "CMR": "Camerún",
        "COL": "Colombia",
        "DEU": "Alemania",
        "DZA": "Argelia",
        "ECU": "Ecuador",
        "EGY": "Egipto",
        "ERI": "Eritrea",
        "ESP": "España",
        "FRA": "Francia",
        "GBR": "Reino Unido",
        "GIN": "Guinea|Guinea Conakry",
        "GMB": "Gambia",
        "GRC": "Grecia",
        "GTM": "Guatemala",
        "HND": "Honduras",
        "HRV": "Croacia",
        "HTI": "Haití",
        "HUN": "Hungría",
        "IRN": "Irán",
        "IRQ": "Irak",
        "ITA": "Italia",
        "LBY": "Libia",
        "MAR": "Marruecos",
        "MEX": "México",
        "MKD": "Macedonia del Norte",
        "MLI": "Malí",
        "MRT": "Mauritania",
        "NER": "Níger",
        "NGA": "Nigeria",
        "PAK": "Pakistán",
        "PAN": "Panamá",
        "POL": "Polonia",
        "ROU": "Rumanía|Rumania",
        "RUS": "Rusia",
        "SEN": "Senegal",
        "SRB": "Serbia",
        "SYR": "Siria",
        "TUN": "Túnez",
        "TUR": "Turquía",
        "USA": "Estados Unidos|EE. UU.",
        "VEN": "Venezuela",
        "VNM": "Vietnam",
        "YEM": "Yemen",
    },
    "en": {
        "AFG": "Afghanistan",
        "ALB": "Albania",
        "AUT": "Austria",
        "BGD": "Bangladesh",
        "BGR": "Bulgaria",
        "BIH": "Bosnia and Herzegovina|Bosnia",
        "BLR": "Belarus",
        "CHN": "China|PRC",
        "CIV": "Côte d'Ivoire|Ivory Coast",
        "CMR": "Cameroon",
        "COL": "Colombia",
        "DEU": "Germany",
        "DZA": "Algeria",
        "ECU": "Ecuador",
        "EGY": "Egypt",
        "ERI": "Eritrea",
        "ESP": "Spain",
        "FRA": "France",
        "GBR": "United Kingdom|UK",
        "GIN": "Guinea",
        "GMB": "Gambia|The Gambia",
        "GRC": "Greece",
        "GTM": "Guatemala",
        "HND": "Honduras",
        "HRV": "Croatia",
        "HTI": "Haiti",
        "HUN": "Hungary",
        "IRN": "Iran",
        "IRQ": "Iraq",
        "ITA": "Italy",
        "LBY": "Libya",
        "MAR": "Morocco",
        "MEX": "Mexico",
        "MKD": "North Macedonia",
        "MLI": "Mali",
        "MRT": "Mauritania",
        "NER": "Niger",
        "NGA": "Nigeria",
        "PAK": "Pakistan",
        "PAN": "Panama",
        "POL": "Poland",
        "ROU": "Romania",
        "RUS": "Russia",
        "SEN": "Senegal",
        "SRB": "Serbia",
        "SYR": "Syria",
        "TUN": "Tunisia",
        "TUR": "Türkiye|Turkey",
        "USA": "United States|USA",
        "VEN": "Venezuela",
        "VNM": "Vietnam|Viet Nam",
        "YEM": "Yemen",
    },
}
_DEMONYMS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "afghan",
        "ALB": "albanais",
        "BGD": "bangladais",
        "CHN": "chinois",
        "CIV": "ivoirien",
        "CMR": "camerounais",
        "COL": "colombien",
        "DZA": "algérien",
        "ECU": "équatorien",
        "EGY": "égyptien",
        "ERI": "érythréen",
        "GIN": "guinéen",
        "GMB": "gambien",
        "GTM": "guatémaltèque",
        "HND": "hondurien",
        "HTI": "haïtien",
        "IRN": "iranien",
        "IRQ": "irakien",
        "MAR": "marocain",
        "MEX": "mexicain",
        "MLI": "malien",
        "NGA": "nigérian",
        "PAK": "pakistanais",
        "ROU": "roumain",
        "SEN": "sénégalais",
        "SYR": "syrien",
        "TUN": "tunisien",
        "TUR": "turc",
        "VEN": "vénézuélien",
        "VNM": "vietnamien",
        "YEM": "yéménite",
    },
    "es": {
        "AFG": "afgano",
        "ALB": "albanés",
        "BGD": "bangladesí",
        "CHN": "chino",
        "CIV": "marfileño",
        "CMR": "camerunés",
        "COL": "colombiano",
        "DZA": "argelino",
        "ECU": "ecuatoriano",
        "EGY": "egipcio",
        "ERI": "eritreo",
        "GIN": "guineano",
        "GMB": "gambiano",
        "GTM": "guatemalteco",
        "HND": "hondureño",
        "HTI": "haitiano",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicano",
        "MLI": "maliense",
        "NGA": "nigeriano",
        "PAK": "pakistaní",
        "ROU": "rumano",
        "SEN": "senegalés",
        "SYR": "sirio",
        "TUN": "tunecino",
        "TUR": "turco",
        "VEN": "venezolano",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
    "en": {
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
    },
}
#: Misspellings a clerk makes, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "Afganistan",
        "VEN": "Vénézuela",
        "ERI": "Erythrée",
        "SYR": "Sirie",
        "COL": "Columbie",
        "GRC": "Grece",
    },
    "es": {
        "VEN": "Venezula",
        "AFG": "Afganistan",
        "COL": "Colonbia",
        "ECU": "Equador",
        "HTI": "Haiti",
        "MEX": "Mexico",
    },
    "en": {
        "AFG": "Afganistan",
        "VEN": "Venezuala",
        "COL": "Columbia",
        "ERI": "Eritria",
        "SYR": "Syira",
        "ALB": "Albenia",
    },
}

# --------------------------------------------------------------------------------------
# Value words by style
# --------------------------------------------------------------------------------------
_Table = dict[str, dict[str, tuple[str, ...]]]

_CRIME: _Table = {
    "sq": {
        "trafficking": (
            "Traite de personnes (art. 279.01 C.cr.)",
            "Traite de personnes",
            "Traite de personnes - art. 279.01 C.cr.",
        ),
        "smuggling": (
            "Passage de clandestins (art. 117 LIPR)",
            "Passage de clandestins",
            "Organisation d'entrée illégale (LIPR, art. 117)",
        ),
        "both": (
            "Traite de personnes et passage de clandestins",
            "Traite (279.01 C.cr.) + passage de clandestins (117 LIPR)",
        ),
    },
    "mossos": {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "TSH - art. 177 bis CP",
        ),
        "smuggling": (
            "Inmigración clandestina (art. 318 bis CP)",
            "Favorecimiento de la inmigración ilegal",
            "Contra los derechos de los ciudadanos extranjeros (318 bis CP)",
        ),
        "both": (
            "Trata (177 bis) e inmigración clandestina (318 bis)",
            "Trata de seres humanos + inmigración clandestina",
        ),
    },
    "nppr": {
        "trafficking": ("Trata humana / Human trafficking", "Trata de personas"),
        "smuggling": (
            "Contrabando de extranjeros / Alien smuggling (8 USC 1324)",
            "Tráfico ilícito de migrantes",
            "Human smuggling (8 USC 1324)",
        ),
        "both": (
            "Trata y contrabando de personas / Trafficking & smuggling",
            "Trata humana + Alien smuggling (8 USC 1324)",
        ),
    },
    "pnh": {
        "trafficking": (
            "Traite des personnes (loi CL/2014-0010)",
            "Traite des personnes",
        ),
        "smuggling": (
            "Trafic illicite de migrants (loi CL/2014-0010)",
            "Trafic illicite de migrants",
        ),
        "both": (
            "Traite des personnes et trafic illicite de migrants",
            "Traite + trafic illicite de migrants (loi 2014)",
        ),
    },
    "abf": {
        "trafficking": (
            "Human trafficking (Div 271 Criminal Code)",
            "Trafficking in persons",
            "TIP",
        ),
        "smuggling": (
            "People smuggling",
            "People smuggling (s233A Migration Act)",
            "Migrant smuggling",
        ),
        "both": ("People smuggling & trafficking", "Smuggling + TIP (Div 271)"),
    },
}
_EXPLOIT: _Table = {
    "sq": {
        "sexual": ("Exploitation sexuelle", "Sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Criminalité forcée", "Contrainte à commettre des infractions"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autre forme d'exploitation"),
    },
    "mossos": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas", "Otra"),
    },
    "nppr": {
        "sexual": ("Explotación sexual / Sex trafficking", "Sexual"),
        "forced_labour": ("Trabajo forzoso / Forced labor", "Labor trafficking"),
        "forced_criminality": ("Actividades delictivas forzadas", "Forced criminal activity"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra / Other",),
    },
    "pnh": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "servitude domestique (restavèk)"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "abf": {
        "sexual": ("Sexual exploitation", "Sexual servitude"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
_EXPLOIT_NA = {
    "sq": ("", "s.o."),
    "mossos": ("", "No aplica"),
    "nppr": ("", "N/A"),
    "pnh": ("", "sans objet"),
    "abf": ("", "N/A", "-"),
}
_GENDER: _Table = {
    "sq": {
        "male": ("Masculin", "Hommes", "H"),
        "female": ("Féminin", "Femmes", "F"),
        "mixed": ("Mixte", "H et F", "Hommes et femmes"),
    },
    "mossos": {
        "male": ("Hombre", "Varones", "Hombres"),
        "female": ("Mujer", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    "nppr": {
        "male": ("Masculino", "Male", "Hombres"),
        "female": ("Femenino", "Female", "Mujeres"),
        "mixed": ("Mixto", "Mixed", "Ambos / Both"),
    },
    "pnh": {
        "male": ("masculin", "hommes"),
        "female": ("féminin", "femmes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "abf": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F", "Male & female"),
    },
}
_GENDER_UNKNOWN = {
    "sq": ("inconnu", "n.d."),
    "mossos": ("no consta", "desconocido"),
    "nppr": ("Desconocido / Unknown",),
    "pnh": ("inconnu",),
    "abf": ("Unknown", "NFI"),
}
_AGE: _Table = {
    "sq": {
        "adult": ("Majeur", "Majeurs", "Adultes"),
        "child": ("Mineur", "Mineurs", "Mineurs non accompagnés"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "mossos": {
        "adult": ("Mayor de edad", "Adultos", "Mayores"),
        "child": ("Menor de edad", "Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "nppr": {
        "adult": ("Adulto", "Adultos / Adults", "Adult"),
        "child": ("Menor", "Menores / Minors", "Juvenile"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    "pnh": {
        "adult": ("adulte", "adultes", "majeurs"),
        "child": ("mineur", "enfants", "mineurs"),
        "mixed": ("adultes et enfants", "mixte"),
    },
    "abf": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Child", "UAM"),
        "mixed": ("Adults & minors", "Mixed"),
    },
}
_MODE: _Table = {
    "sq": {
        "sea": ("Maritime", "Embarcation pneumatique", "Petite embarcation", "Bateau"),
        "land": ("Terrestre", "Camion (semi-remorque)", "Véhicule", "À pied", "Autobus"),
        "air": ("Aérien", "Vol commercial", "Avion"),
    },
    "mossos": {
        "sea": ("Patera", "Cayuco", "Neumática", "Marítimo", "Embarcación"),
        "land": ("Terrestre", "Vehículo", "Camión", "Autobús", "A pie"),
        "air": ("Aéreo", "Avión", "Vuelo comercial"),
    },
    "nppr": {
        "sea": ("Marítimo", "Yola", "Embarcación / Vessel"),
        "land": ("Terrestre", "Vehículo", "A pie / On foot", "Tractor-trailer", "Land"),
        "air": ("Aéreo", "Vuelo comercial / Commercial flight"),
    },
    "pnh": {
        "sea": ("voie maritime", "bateau", "kanntè (voilier)"),
        "land": ("voie terrestre", "à pied", "autobus", "camion"),
        "air": ("voie aérienne", "avion"),
    },
    "abf": {
        "sea": ("Maritime", "SIEV", "Small boat", "Vessel"),
        "land": ("Land", "Vehicle", "Truck", "On foot", "Land border"),
        "air": ("Air", "Commercial flight"),
    },
}
_NA = {
    "sq": ("s.o.", "S.O."),
    "mossos": ("no consta", "N/C"),
    "nppr": ("N/A",),
    "pnh": ("N/A", "non précisé"),
    "abf": ("N/A", "NFI"),
}
_LINKED: _Table = {
    "sq": {
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": (
            "Recyclage des produits de la criminalité",
            "Blanchiment d'argent",
        ),
        "illicit_goods": ("Contrebande", "Marchandises illicites"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    "mossos": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    "nppr": {
        "document_fraud": ("Fraude de documentos / Document fraud", "Documentos falsos"),
        "corruption": ("Soborno / Bribery", "Corrupción"),
        "money_laundering": ("Lavado de dinero", "Money laundering"),
        "illicit_goods": ("Contrabando", "Contraband"),
        "cybercrime": ("Delito cibernético",),
        "terrorism": ("Terrorismo",),
    },
    "abf": {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_NO_LINK = {"sq": ("", "Aucune"), "mossos": ("", "Ninguno"), "nppr": ("",), "abf": ("", "Nil")}
_LINK_SEP = {"sq": (" / ", ", "), "mossos": ("; ", ", "), "nppr": ("; ",), "abf": ("; ", ", ")}
_COUNT_UNKNOWN = {
    "sq": ("inconnu", "n.d.", "ND"),
    "mossos": ("s/d", "no consta", "desconocido"),
    "nppr": ("N/D", "Desconocido / Unknown"),
    "pnh": ("inconnu", "ND", None),
    "abf": ("UNK", "NFI", "TBC"),
}
_SUSPECT_UNKNOWN = {
    "sq": ("inconnu", "n.d."),
    "mossos": ("s/d", "no consta"),
    "nppr": ("N/D",),
    "pnh": ("inconnu",),
    "abf": ("UNK", "TBC"),
}
_ZERO = {
    "sq": ("aucun", "néant", "Aucun"),
    "mossos": ("sin detenidos", "ninguno"),
    "nppr": ("Ninguno / None", "ninguno"),
    "pnh": ("aucun", "néant"),
    "abf": ("Nil", "None"),
}
_COORD_UNKNOWN = {
    "sq": ("n.d.", "inconnue"),
    "mossos": ("sin coordenadas", "s/c"),
    "nppr": ("N/D", "No disponible"),
    "pnh": ("inconnu", "N/A"),
    "abf": ("NFI", "Unknown"),
}
_EXTRA = {
    "sq": (
        "Agent de liaison - Paris",
        "Bureau de liaison SQ (Paris)",
        "ALI Europe",
        "Coordination internationale",
    ),
    "mossos": (
        "Propia (ACTEH)",
        "Intercambio Policía Nacional",
        "Intercambio Guardia Civil",
        "Enlace Europol",
    ),
    "pnh": (
        "DCPJ",
        "BPM",
        "Attaché de police - Panama",
        "Consulat d'Haïti à Panama",
    ),
    "abf": ("ABF London", "ABF Brussels", "ABF Rome", "ABF Athens", "ABF Warsaw"),
}

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
_ES_ORD = ("1er", "2do", "3er", "4to")
_ABF_QUARTERS = ("Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec")
_EXCEL_EPOCH = datetime(1899, 12, 30)  # day 0 of Excel serial dates


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: tuple[float, ...]) -> int:
    """Draw an index with the given (not necessarily normalised) weights."""
    w = np.asarray(weights, dtype=float)
    return int(rng.choice(len(w), p=w / w.sum()))


def _fr_day(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _day_text(src: Blind23Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date as the source does; return (cell, tag)."""
    style = src.style
    if style == "sq":
        k = _draw(rng, (0.6, 0.25, 0.15))
        cells: tuple[str, ...] = (ts.strftime("%Y-%m-%d"), _fr_day(ts), ts.strftime("%Y/%m/%d"))
        return cells[k], ("date_iso", "date_words_fr", "date_slash_ymd")[k]
    if style == "mossos":
        k = _draw(rng, (0.55, 0.15, 0.18, 0.12))
        if k == 0:
            return ts.to_pydatetime(), "date_excel"
        if k == 1:
            return (ts.to_pydatetime() - _EXCEL_EPOCH).days, "date_serial"
        if k == 2:
            return ts.strftime("%d/%m/%Y"), "date_dmy_text"
        return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}", "date_dd_mon_yyyy_es"
    if style == "nppr":
        k = _draw(rng, (0.65, 0.12, 0.12, 0.11))
        if k == 0:
            return ts.strftime("%m/%d/%Y"), "date_month_first"
        if k == 1:
            return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", "date_words_en"
        if k == 2:
            return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", "date_words_es"
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if style == "pnh":
        k = _draw(rng, (0.6, 0.2, 0.2))
        if k == 0:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if k == 1:
            return ts.strftime("%Y-%m-%d"), "date_iso"
        return _fr_day(ts), "date_words_fr"
    k = _draw(rng, (0.55, 0.25, 0.1, 0.1))
    if k == 0:
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if k == 1:
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", "date_dd_mon_yyyy"
    if k == 2:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "date_words_en"
    return ts.strftime("%Y-%m-%d"), "date_iso"


def _month_text(src: Blind23Source, ts: pd.Timestamp, rng: _Rng) -> str:
    style, m, y = src.style, ts.month, ts.year
    options: tuple[str, ...]
    if style == "sq":
        options = (f"{_FR_MONTHS[m - 1]} {y}", f"{y}-{m:02d}")
    elif style == "mossos":
        options = (f"{_ES_ABBR[m - 1]}-{y}", f"{_ES_MONTHS[m - 1]} de {y}")
    elif style == "nppr":
        options = (f"{m:02d}/{y}", f"{_ES_MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {y}")
    elif style == "pnh":
        options = (f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1]} {y}")
    else:
        options = (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}")
    return choice(rng, options)


def _quarter_text(src: Blind23Source, ts: pd.Timestamp, rng: _Rng) -> str:
    style, q, y = src.style, ts.quarter, ts.year
    options: tuple[str, ...]
    if style == "sq":
        nth = "1er" if q == 1 else f"{q}e"
        options = (f"T{q} {y}", f"{nth} trimestre {y}")
    elif style == "mossos":
        options = (f"{q}T {y}", f"{q}.º trim. {y}")
    elif style == "nppr":
        options = (f"Q{q} {y}", f"{_ES_ORD[q - 1]} trimestre {y}")
    elif style == "pnh":
        nth = "1er" if q == 1 else f"{q}e"
        options = (f"T{q}-{y}", f"{nth} trimestre {y}")
    else:
        options = (f"{_ABF_QUARTERS[q - 1]} {y}", f"Q{q} CY{y}")
    return choice(rng, options)


def _date_cell(
    src: Blind23Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag)."""
    u = rng.random()
    if partial_ok and u < 0.05:
        return _month_text(src, ts, rng), ts.to_period("M").start_time, "month", "partial_month"
    if partial_ok and u < 0.08:
        start = ts.to_period("Q").start_time
        return _quarter_text(src, ts, rng), start, "quarter", "partial_quarter"
    cell, tag = _day_text(src, ts, rng)
    return cell, ts.normalize(), "day", tag


def _bad_date(src: Blind23Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (no, impossible or future date)."""
    if kind == "no_date":
        return None if src.format != "csv" or rng.random() < 0.5 else ""
    y = ts.year
    if kind == "bad_date":
        options = {
            "sq": (f"{y}-02-30", f"{y}-13-05", f"31 avril {y}"),
            "mossos": (f"30/02/{y}", f"31/06/{y}", f"32/01/{y}"),
            "nppr": (f"02/30/{y}", f"13/45/{y}", f"04/31/{y}"),
            "pnh": (f"31/04/{y}", f"30/02/{y}", f"00/00/{y}"),
            "abf": (f"31/06/{y}", f"30/02/{y}", f"31-Sep-{y}"),
        }[src.style]
        return choice(rng, options)
    years = int(choice(rng, ("10", "100", "200")))  # a slip of the year's digits
    future = ts.replace(day=min(ts.day, 28)) if ts.month == 2 else ts
    cell, _ = _day_text(src, future.replace(year=y + years), rng)
    return cell


def _note_date(src: Blind23Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.style == "mossos":
        return day.to_pydatetime()
    if src.style == "nppr":
        return day.strftime("%m/%d/%Y")
    if src.style == "sq":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _count_text(src: Blind23Source, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a (non-negative) count as the source does; return (cell, tag)."""
    style = src.style
    if style == "sq":
        if n >= 1000:
            return _thousands(n, choice(rng, (" ", "\xa0"))), "thousands_space"
        return str(n), ""
    if style == "mossos":
        if n >= 1000 and rng.random() < 0.5:
            return _thousands(n, "."), "thousands_dot"
        return int(n), ""
    if style == "nppr":
        if n >= 1000:
            return f"{n:,}", "thousands_comma"
        return str(n), ""
    if style == "pnh":
        if rng.random() < 0.2:
            return str(n), "count_as_text"
        return int(n), ""
    if n >= 1000:
        return f"{n:,}", "thousands_comma"
    return str(n), ""


def _persons_cell(src: Blind23Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    if rng.random() < 0.015:
        word = choice(rng, tuple(w or "" for w in _COUNT_UNKNOWN[src.style]))
        return (word or None), None, ["count_placeholder"]
    cell, tag = _count_text(src, n, rng)
    return cell, n, [tag] if tag else []


def _suspects_cell(
    src: Blind23Source, n: int | None, rng: _Rng, *, blank: bool
) -> tuple[object, int | None, list[str]]:
    if blank:
        return None, None, ["blank_n_suspects"]
    if n is None:
        return None, None, ["blank_n_suspects"]
    u = rng.random()
    if u < 0.02:
        return choice(rng, _SUSPECT_UNKNOWN[src.style]), None, ["suspects_placeholder"]
    if n == 0 and u < 0.4:
        return choice(rng, _ZERO[src.style]), 0, ["zero_word"]
    cell, _ = _count_text(src, n, rng)
    return cell, n, []


def _feminine(word: str, lang: str) -> str:
    """Feminine form of a (masculine singular) demonym."""
    if lang == "fr":
        for end, fem in (("ien", "ienne"), ("éen", "éenne"), ("c", "que")):
            if word.endswith(end):
                return word[: -len(end)] + fem
        if word.endswith("e"):
            return word
        return word + "e"
    if lang == "es":
        if word.endswith("o"):
            return word[:-1] + "a"
        if word.endswith("és"):
            return word[:-2] + "esa"
        return word
    return word


def _plural_fr(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


def _demonym(lang: str, code: str, ev: dict[str, object], rng: _Rng) -> str:
    word = _DEMONYMS[lang][code]
    female = ev["gender"] == "female"
    if female:
        word = _feminine(word, lang)
    if lang == "fr" and int(ev["n_persons"] or 1) > 1 and rng.random() < 0.5:  # type: ignore[call-overload]
        word = _plural_fr(word)
    if lang in ("fr", "es") and rng.random() < 0.4:
        word = word[0].upper() + word[1:]
    return word


def _name(lang: str, code: str, rng: _Rng) -> str:
    names = _NAMES[lang][code].split("|")  # the usual name, then other spellings
    return names[0] if len(names) == 1 or rng.random() < 0.7 else choice(rng, names[1:])


def _garble(src: Blind23Source, text: str, rng: _Rng, tags: list[str], rate: float) -> str:
    """Maybe write ``text`` as UTF-8 read as cp1252 (mojibake)."""
    if rate and rng.random() < rate:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _country_cell(
    src: Blind23Source,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    demonym: bool,
    ev: dict[str, object],
) -> str:
    """Write a country (or a citizenship) as the source does."""
    lang = src.language
    style = src.style
    u = rng.random()
    if rng.random() < 0.02 and code in _TYPOS[lang]:
        tags.append("typo")
        return _TYPOS[lang][code]
    if style == "sq":
        if demonym and code in _DEMONYMS[lang] and u < 0.6:
            text = _demonym(lang, code, ev, rng)
        elif u < 0.93:
            text = _name(lang, code, rng)
        else:
            tags.append("iso3")
            return code
        return _garble(src, text, rng, tags, 0.03)
    if style == "mossos":
        if demonym and code in _DEMONYMS[lang] and u < 0.7:
            return _demonym(lang, code, ev, rng)
        if u < 0.95:
            return _name(lang, code, rng).upper() if rng.random() < 0.15 else _name(lang, code, rng)
        tags.append("iso2")
        return iso_codes(code)[0]
    if style == "nppr":
        if demonym and code in _DEMONYMS["es"] and u < 0.25:
            return _demonym("es", code, ev, rng)
        if u < 0.75:
            return _name("es", code, rng)
        if u < 0.9:
            return _name("en", code, rng)
        tags.append("iso2")
        return iso_codes(code)[0]
    if style == "pnh":
        if demonym and code in _DEMONYMS[lang] and u < 0.5:
            text = _demonym(lang, code, ev, rng)
        else:
            text = _name(lang, code, rng)
        return _garble(src, text, rng, tags, 0.06)
    if u < 0.35:
        tags.append("iso3")
        return code
    if demonym and code in _DEMONYMS[lang] and u < 0.7:
        return _DEMONYMS[lang][code]
    return _name(lang, code, rng)


def _transit_cell(
    src: Blind23Source, transit: str | None, rng: _Rng, tags: list[str], ev: dict[str, object]
) -> object:
    if transit is None:
        return None
    codes = transit.split("|")
    if src.style == "abf" and rng.random() < 0.5:
        tags.append("transit_codes")
        return " > ".join(codes)
    parts = [_country_cell(src, c, rng, tags, demonym=False, ev=ev) for c in codes]
    sep = {"sq": (", ", " - "), "mossos": (", ", " / "), "nppr": (", ", " / "), "pnh": (", ",)}
    return choice(rng, sep.get(src.style, (", ",))).join(parts)


def _dms(value: float, pos: str, neg: str, decimals: int) -> tuple[str, float]:
    """Degrees-minutes-seconds text of ``value`` and the exact value it reads as."""
    total = round(abs(value) * 3600, decimals)
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    sec = total - deg * 3600 - minutes * 60
    sec_text = f"{sec:0{3 + decimals if decimals else 2}.{decimals}f}"
    hemi = pos if value >= 0 else neg
    read = (deg + minutes / 60 + float(sec_text) / 3600) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec_text}\"{hemi}", round(read, 6)


def _coords(
    src: Blind23Source,
    lat: float,
    lon: float,
    rng: _Rng,
    tags: list[str],
    *,
    blank: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells (``lat``/``lon`` or ``coordinates``) and the values they read as."""
    combined = "coordinates" in src.headers
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    u = rng.random()
    if u < 0.03:
        tags.append("coords_missing")
        return {}, None, None
    if u < 0.05:
        tags.append("coords_placeholder")
        word = choice(rng, _COORD_UNKNOWN[src.style])
        return ({"coordinates": word} if combined else {"lat": word, "lon": word}), None, None
    style = src.style
    if style == "sq":
        if rng.random() < 0.3:
            tags.append("coords_dms")
            la, rla = _dms(lat, "N", "S", 0)
            lo, rlo = _dms(lon, "E", "O", 0)
            return {"lat": la, "lon": lo}, rla, rlo
        rla, rlo = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
        return (
            {"lat": f"{rla:.5f}".replace(".", ","), "lon": f"{rlo:.5f}".replace(".", ",")},
            rla,
            rlo,
        )
    if style == "mossos":
        rla, rlo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.2:
            tags.append("decimal_comma")
            return (
                {"lat": f"{rla:.5f}".replace(".", ","), "lon": f"{rlo:.5f}".replace(".", ",")},
                rla,
                rlo,
            )
        return {"lat": rla, "lon": rlo}, rla, rlo
    if style == "nppr":
        if rng.random() < 0.3:
            tags.append("coords_dms")
            la, rla = _dms(lat, "N", "S", 1)
            lo, rlo = _dms(lon, "E", "W", 1)
            return {"coordinates": f"{la} {lo}"}, rla, rlo
        rla, rlo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{rla:.5f}, {rlo:.5f}"}, rla, rlo
    if style == "pnh":
        rla, rlo = round(lat, 4), round(lon, 4)
        if rng.random() < 0.2:
            tags.append("decimal_comma")
            return (
                {"lat": f"{rla:.4f}".replace(".", ","), "lon": f"{rlo:.4f}".replace(".", ",")},
                rla,
                rlo,
            )
        return {"lat": rla, "lon": rlo}, rla, rlo
    rla, rlo = round(lat, 5), round(lon, 5)
    if rng.random() < 0.6:
        tags.append("coords_hemisphere")
        la = f"{abs(rla):.5f} {'N' if rla >= 0 else 'S'}"
        lo = f"{abs(rlo):.5f} {'E' if rlo >= 0 else 'W'}"
        return {"lat": la, "lon": lo}, rla, rlo
    return {"lat": f"{rla:.5f}", "lon": f"{rlo:.5f}"}, rla, rlo


def _crime_cell(src: Blind23Source, ev: dict[str, object], rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    if src.style == "nppr" and crime == "trafficking" and rng.random() < 0.5:
        statute = "18 USC 1591" if ev["exploitation"] == "sexual" else "18 USC 1589"
        return f"Trata humana / Human trafficking ({statute})"
    return choice(rng, _CRIME[src.style][crime])


def _linked_cell(src: Blind23Source, linked: str | None, rng: _Rng) -> tuple[object, str | None]:
    if "linked_offences" not in src.headers:
        return None, None
    if linked is None:
        word = choice(rng, _NO_LINK[src.style])
        return (word or None), None
    words = [choice(rng, _LINKED[src.style][k]) for k in linked.split("|")]
    return choice(rng, _LINK_SEP[src.style]).join(words), linked


def _noise(text: object, rng: _Rng, tags: list[str]) -> object:
    """Upper case or stray spaces, as a clerk types them."""
    if not isinstance(text, str) or not text:
        return text
    u = rng.random()
    if u < 0.03:
        tags.append("upper_case")
        return text.upper()
    if u < 0.06:
        tags.append("stray_spaces")
        return f" {text}  "
    return text


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: Blind23Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    style = src.style
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    date_cell, exp_date, precision, date_tag = _date_cell(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = date_cell
    tags.append(date_tag)

    cells["crime_type"] = _noise(_crime_cell(src, ev, rng), rng, tags)
    exploitation = ev["exploitation"]
    if exploitation is None:
        na = choice(rng, _EXPLOIT_NA[style])
        cells["exploitation"] = na or None
    else:
        cells["exploitation"] = _noise(choice(rng, _EXPLOIT[style][str(exploitation)]), rng, tags)

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp_persons, t = _persons_cell(src, n_persons, rng)
    tags += t
    suspects = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp_suspects, t = _suspects_cell(
        src, suspects, rng, blank=forced_blank == "n_suspects"
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp_gender = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"], exp_gender = choice(rng, _GENDER_UNKNOWN[style]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp_gender = _noise(choice(rng, _GENDER[style][gender]), rng, tags), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp_age = choice(rng, _NA[style]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp_age = _noise(choice(rng, _AGE[style][age]), rng, tags), age

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp_nat = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country_cell(src, str(nat), rng, tags, demonym=True, ev=ev)
        exp_nat = nat
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = (
            None
            if code is None
            else _noise(_country_cell(src, str(code), rng, tags, demonym=False, ev=ev), rng, tags)
        )
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp_det = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country_cell(src, str(det), rng, tags, demonym=False, ev=ev)
        exp_det = det
    transit = None if ev["transit_countries"] is None else str(ev["transit_countries"])
    cells["transit_countries"] = _transit_cell(src, transit, rng, tags, ev)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp_mode = choice(rng, _NA[style]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp_mode = (
            _noise(choice(rng, _MODE[style][mode]), rng, tags),
            mode,
        )

    coord_cells, exp_lat, exp_lon = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(coord_cells)
    cells["linked_offences"], exp_linked = _linked_cell(
        src, None if ev["linked_offences"] is None else str(ev["linked_offences"]), rng
    )
    if style in _EXTRA:
        cells["extra"] = choice(rng, _EXTRA[style])

    expected: dict[str, object] = {
        "event_date": exp_date,
        "date_precision": precision,
        "crime_type": ev["crime_type"],
        "exploitation": exploitation,
        "n_persons": exp_persons,
        "n_suspects": exp_suspects,
        "gender": exp_gender,
        "age_group": exp_age,
        "nationality": exp_nat,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": exp_det,
        "transit_countries": transit,
        "transport_mode": exp_mode,
        "lat": exp_lat,
        "lon": exp_lon,
        "linked_offences": exp_linked,
    }
    return cells, expected, tags


_EXAMINER: Examiner[Blind23Source] = Examiner(
    sources=BLIND23_SOURCES,
    primary=_PRIMARY,
    compilation="abf_y",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2323,
    blank_share=0.35,
)


def make_blind23(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind23`` variant's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``surete_qc_y.csv``, ``mossos_y.xlsx``, ``nppr_y.csv``, ``pnh_y.jsonl`` and
        ``abf_y.csv``, each with its expected rows (see the module docstring).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind23(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['surete_qc_y.csv', 'mossos_y.xlsx', 'nppr_y.csv', 'pnh_y.jsonl', 'abf_y.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
