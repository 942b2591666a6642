"""Examiner sample set ``blind99``: five Mayotte / Indian Ocean and Canary services (``*_cw.*``).

A held-out set written independently of the cleaner, mostly in French. Each source
writes the true events its own way; :mod:`trendlib.samples._examiner` chooses which
source reports which event, plants the cross-source duplicates, the bad rows, the
garbage rows and the re-sent rows, and records the expected clean value of every cell.

Reader's guide to the five files
--------------------------------
``paf_mayotte_cw.csv``
    Direction zonale de la police aux frontières de Mayotte (DZPAF 976), its
    "bilan des procédures" template. French, **cp1252**, ``;``, CRLF. First reports of
    the events detected in France, the United Kingdom, Poland and Croatia; second
    reports of US–Mexico events. References ``DZPAF976-2022-00012``. Dates day-first
    (``12/03/2022``, ``12/03/22``, ``12.03.2022``, French Excel ``12-mars-22`` /
    ``03-janv.-23``), partial months (``mars 2022``, ``03/2022``) and quarters
    (``1er trim. 2022``, ``T2 2022``). Qualifications with their legal article
    (``art. L.622-1 CESEDA`` before May 2021, ``L.823-1 CESEDA`` after, ``225-4-1 CP``)
    or the jargon ``AESI`` / ``TEH``; "Finalité (TEH)" apart, ``SO`` (sans objet) for
    smuggling. ``Nb ESI / victimes`` with space or no-break-space thousands
    (``1 250``) and ``NC`` / ``n.c.`` / ``inconnu`` placeholders; ``Nb MEC`` (mis en
    cause) with ``néant`` / ``aucun``. Sex ``H`` / ``F`` / ``H/F`` / ``mixte``; ``Maj./Min.``
    with ``MNA`` (mineurs non accompagnés). Nationalities as French demonyms, upper
    case without accents (``ALGERIENNE``), ISO alpha-3, a few typos and mojibake
    (``SÃ©nÃ©galaise``); ``Angleterre`` / ``UK`` for the United Kingdom. ``Vecteur``:
    ``small boat``, ``PL`` (poids lourd), ``VL`` (véhicule léger), ``à pied`` ...
    One GPS column in degrees-minutes-seconds (``50°57'26"N 1°50'11"E``) or decimal
    commas (``50,95748 / 1,83642``), ``NR`` when not taken. A note row, a
    ``TOTAL GÉNÉRAL`` row, an empty row, and re-sent rows at the end.
``gendarmerie_mayotte_cw.xlsx``
    Commandement de la gendarmerie de Mayotte (COMGEND 976), an export of procedures
    (``N° PV (LRPGN)`` ``00123/2022``). French, XLSX. First reports of the events
    detected in Italy; second reports of Eastern Mediterranean events and of
    Romania–Spain trafficking in Spain. Dates are real Excel dates (some with a time),
    bare Excel serial numbers (``44634``) and text (``12/03/2022``, ``3 mars 2022``,
    months ``03/2022``). **No exploitation column**: the form of exploitation is
    written in the offence cell (``TEH – exploitation sexuelle``, ``Traite des êtres
    humains (travail forcé) et aide à l'entrée irrégulière``). Counts are numbers,
    some text (``1 250``, ``inconnu``); ``néant`` suspects. Detection country as a
    French name, upper case or ISO alpha-2 (``IT``); transit as ``Libye → Italie``
    arrows. Latitude and longitude apart, numbers or decimal-comma text.
``cross_reunion_cw.jsonl``
    CROSS La Réunion / MRCC La Réunion (Sud océan Indien), its SAR case log kept in
    English (IAMSAR SITREP wording). JSON lines with English snake_case keys. First
    reports of the events detected in Greece; second reports of Channel, Central
    Mediterranean and Atlantic events. Dates as military date-time groups
    (``121035Z MAR 22``), ISO with a Zulu time (``2022-03-12T10:35Z``) or
    ``12 Mar 2022``; months ``MAR 2022`` and quarters ``Q1 2022``. ``pob`` (persons on
    board) as a number, text or ``45 POB``, ``UNK``; ``facilitators_held`` with ``nil``.
    ``sex`` ``M`` / ``F`` / ``MIXED``; ``age_band`` with ``UAM``. Nationalities as
    demonyms or ISO alpha-3. ``transit_route`` is a **JSON array** of codes or names.
    ``position`` in degrees and decimal minutes (``35-29.6N 012-30.6E`` or
    ``3529.6N 01230.6E``). No linked-offence field.
``ccrc_canarias_cw.csv``
    Guardia Civil, Centro de Coordinación Regional de Canarias (CCRC), an interception
    register. Spanish, **latin-1**, ``|``. First reports of the events detected in
    Spain; second reports of Darién events and of Romania–Spain trafficking in Italy.
    References ``CCRC-2022-00012``. Dates ``12/03/2022``, ``12-03-2022``, ``12/03/22``,
    ``12 de marzo de 2022``; months ``marzo de 2022``, quarters ``1er trimestre 2022``,
    ``T3/2022``. Offences by Criminal Code article (``art. 318 bis CP``, ``177 bis``)
    or name (``TSH``). Counts with dot thousands (``1.250``) and ``s/d`` placeholders;
    ``ninguno`` detainees. Sex ``hombres`` / ``varones`` / ``mujeres`` / ``mixto``;
    ages ``adultos`` / ``menores`` / ``MENA``. Boats ``cayuco`` / ``patera`` /
    ``neumática``, ``salto de valla`` for Ceuta and Melilla fences. ``Posición`` in
    degrees and decimal minutes with the ordinal sign (``27º 45,3' N / 015º 36,2' W``)
    or decimal degrees. Re-sent rows at the end.
``lic_mayotte_cw.csv``
    Préfecture de Mayotte, état-major de lutte contre l'immigration clandestine
    (EMLIC), its international watch sheets (``EMLIC/VI/2022/0012``). French,
    **UTF-16** (Excel "Texte Unicode"), tab-delimited. Reports every event no other
    source reports first (Darién, US–Mexico), and second reports of several routes.
    Dates ``12/03/2022``, ``sam. 12 mars 2022``, ``1er mars 2022``, ISO
    ``2022-03-12``; months ``mars 2022``, quarters ``3e trimestre 2022``. Counts with
    a unit (``45 pers.``), ``NC``. Latitude and longitude apart, decimal commas, some
    with a hemisphere letter (``77,79991 O``: ouest, west). ``É.-U.`` for the United
    States; ``direct`` when no transit.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

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

__all__ = ["BLIND99_SOURCES", "Blind99Source", "make_blind99"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind99Source(ExaminerSource):
    """A ``blind99`` source: the shared description plus the house style it writes.

    Attributes
    ----------
    style : str
        ``"paf"``, ``"gend"``, ``"cross"``, ``"ccrc"`` or ``"lic"``: which wording
        tables and cell layouts the source uses.
    """

    style: str


_PAF_HEADERS = {
    "source_ref": "N° procédure",
    "event_date": "Date des faits",
    "place": "Lieu d'interpellation",
    "detection_country": "Pays de constatation",
    "crime_type": "Qualification retenue",
    "exploitation": "Finalité (TEH)",
    "n_persons": "Nb ESI / victimes",
    "n_suspects": "Nb MEC",
    "gender": "Sexe",
    "age_group": "Maj./Min.",
    "nationality": "Nationalité",
    "origin_country": "Pays d'origine",
    "transit_countries": "Pays de transit",
    "destination_country": "Destination déclarée",
    "transport_mode": "Vecteur",
    "coordinates": "Coordonnées GPS (WGS84)",
    "linked_offences": "Infractions connexes",
}
_GEND_HEADERS = {
    "source_ref": "N° PV (LRPGN)",
    "event_date": "Date constatation",
    "crime_type": "Nature de l'infraction",
    "n_persons": "Nb personnes concernées",
    "n_suspects": "Nb auteurs interpellés",
    "gender": "Sexe",
    "age_group": "Tranche d'âge",
    "nationality": "Nationalité principale",
    "origin_country": "Pays d'origine",
    "transit_countries": "Itinéraire (pays traversés)",
    "destination_country": "Pays de destination",
    "detection_country": "Pays (lieu des faits)",
    "transport_mode": "Moyen de transport",
    "lat": "Latitude (°)",
    "lon": "Longitude (°)",
    "linked_offences": "Infractions associées",
}
_CROSS_HEADERS = {
    "source_ref": "sar_case",
    "event_date": "dtg",
    "detection_country": "detected_in",
    "coordinates": "position",
    "transport_mode": "craft",
    "n_persons": "pob",
    "n_suspects": "facilitators_held",
    "crime_type": "case_type",
    "exploitation": "exploitation_type",
    "gender": "sex",
    "age_group": "age_band",
    "nationality": "main_nationality",
    "origin_country": "country_of_origin",
    "transit_countries": "transit_route",
    "destination_country": "intended_destination",
}
_CCRC_HEADERS = {
    "source_ref": "Nº atestado",
    "event_date": "Fecha interceptación",
    "place": "Punto de llegada",
    "detection_country": "País detección",
    "transport_mode": "Tipo embarcación/medio",
    "coordinates": "Posición (lat/lon)",
    "n_persons": "Nº personas",
    "n_suspects": "Detenidos (patrón/facilitadores)",
    "gender": "Sexo",
    "age_group": "Edad",
    "nationality": "Nacionalidad",
    "origin_country": "País origen",
    "transit_countries": "Países tránsito",
    "destination_country": "Destino final",
    "crime_type": "Tipificación",
    "exploitation": "Finalidad explotación",
    "linked_offences": "Otros delitos",
}
_LIC_HEADERS = {
    "source_ref": "Réf. fiche",
    "event_date": "Date de l'événement (jj/mm/aaaa)",
    "detection_country": "Pays",
    "place": "Localité",
    "crime_type": "Type de fait",
    "exploitation": "Forme d'exploitation",
    "n_persons": "Effectif (pers.)",
    "n_suspects": "Passeurs/auteurs interpellés (nb)",
    "gender": "Sexe (H/F/mixte)",
    "age_group": "Public (majeurs/mineurs)",
    "nationality": "Nationalité(s)",
    "origin_country": "Pays d'origine",
    "transit_countries": "Pays de transit",
    "destination_country": "Pays de destination visé",
    "transport_mode": "Mode de déplacement",
    "lat": "Latitude (déc.)",
    "lon": "Longitude (déc.)",
    "linked_offences": "Infractions connexes",
}

PAF = Blind99Source(
    source="paf_mayotte_cw",
    filename="paf_mayotte_cw.csv",
    ref="DZPAF976-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_PAF_HEADERS,
    note="NB : chiffres provisoires, état non consolidé (DZPAF 976 – bureau des statistiques)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "plusieurs dizaines"),
    repeats=True,
    style="paf",
)
GEND = Blind99Source(
    source="gendarmerie_mayotte_cw",
    filename="gendarmerie_mayotte_cw.xlsx",
    ref="{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers=_GEND_HEADERS,
    note="Source : LRPGN / PULSAR – données non consolidées, diffusion restreinte",
    total="Total",
    bad_count=("plusieurs", "multiples"),
    repeats=False,
    style="gend",
)
CROSS = Blind99Source(
    source="cross_reunion_cw",
    filename="cross_reunion_cw.jsonl",
    ref="MRCC-RU/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_CROSS_HEADERS,
    note="NOTE: provisional SAR case log - not for onward transmission",
    total="TOTAL POB",
    bad_count=("several", "many", "multiple"),
    repeats=False,
    style="cross",
)
CCRC = Blind99Source(
    source="ccrc_canarias_cw",
    filename="ccrc_canarias_cw.csv",
    ref="CCRC-{year}-{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers=_CCRC_HEADERS,
    note="Nota: datos provisionales sujetos a revisión (CCRC Canarias)",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=True,
    style="ccrc",
)
LIC = Blind99Source(
    source="lic_mayotte_cw",
    filename="lic_mayotte_cw.csv",
    ref="EMLIC/VI/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers=_LIC_HEADERS,
    note="Sources : partenaires et presse – fiches de veille non vérifiées",
    total="Total période",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="lic",
)

#: The five sources, in the order :func:`make_blind99` returns their submissions.
BLIND99_SOURCES: tuple[Blind99Source, ...] = (PAF, GEND, CROSS, CCRC, LIC)

_PRIMARY = {
    "FRA": PAF.source,
    "GBR": PAF.source,
    "POL": PAF.source,
    "HRV": PAF.source,
    "ITA": GEND.source,
    "GRC": CROSS.source,
    "ESP": CCRC.source,
}
_SECONDARY = {
    ("channel", "FRA"): CROSS.source,
    ("channel", "GBR"): CROSS.source,
    ("cmed", "ITA"): CROSS.source,
    ("watl", "ESP"): CROSS.source,
    ("emed", "GRC"): GEND.source,
    ("thb_rou_esp", "ESP"): GEND.source,
    ("thb_rou_esp", "ITA"): CCRC.source,
    ("darien", "PAN"): CCRC.source,
    ("us_mex", "USA"): PAF.source,
    ("wmed", "ESP"): LIC.source,
    ("wbal", "HRV"): LIC.source,
    ("blr_pol", "POL"): LIC.source,
    ("thb_nga_ita", "ITA"): LIC.source,
    ("thb_vnm_gbr", "GBR"): LIC.source,
}


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
class _Country(NamedTuple):
    fr: str
    fr_nat: str  # feminine (nationalité afghane)
    fr_nat_m: str
    es: str
    es_nat: str  # feminine (nacionalidad marroquí)
    es_nat_m: str
    en: str
    en_nat: str


_C = _Country
# fmt: off
_COUNTRIES: dict[str, _Country] = {
    "AFG": _C("Afghanistan", "afghane", "afghan", "Afganistán",
              "afgana", "afgano", "Afghanistan", "Afghan"),
    "ALB": _C("Albanie", "albanaise", "albanais", "Albania",
              "albanesa", "albanés", "Albania", "Albanian"),
    "AUT": _C("Autriche", "autrichienne", "autrichien", "Austria",
              "austriaca", "austriaco", "Austria", "Austrian"),
    "BGD": _C("Bangladesh", "bangladaise", "bangladais", "Bangladés",
              "bangladesí", "bangladesí", "Bangladesh", "Bangladeshi"),
    "BGR": _C("Bulgarie", "bulgare", "bulgare", "Bulgaria",
              "búlgara", "búlgaro", "Bulgaria", "Bulgarian"),
    "BIH": _C("Bosnie-Herzégovine", "bosnienne", "bosnien", "Bosnia y Herzegovina",
              "bosnia", "bosnio", "Bosnia and Herzegovina", "Bosnian"),
    "BLR": _C("Biélorussie", "biélorusse", "biélorusse", "Bielorrusia",
              "bielorrusa", "bielorruso", "Belarus", "Belarusian"),
    "CHN": _C("Chine", "chinoise", "chinois", "China",
              "china", "chino", "China", "Chinese"),
    "CIV": _C("Côte d'Ivoire", "ivoirienne", "ivoirien", "Costa de Marfil",
              "marfileña", "marfileño", "Côte d'Ivoire", "Ivorian"),
    "CMR": _C("Cameroun", "camerounaise", "camerounais", "Camerún",
              "camerunesa", "camerunés", "Cameroon", "Cameroonian"),
    "COL": _C("Colombie", "colombienne", "colombien", "Colombia",
              "colombiana", "colombiano", "Colombia", "Colombian"),
    "DEU": _C("Allemagne", "allemande", "allemand", "Alemania",
              "alemana", "alemán", "Germany", "German"),
    "DZA": _C("Algérie", "algérienne", "algérien", "Argelia",
              "argelina", "argelino", "Algeria", "Algerian"),
    "ECU": _C("Équateur", "équatorienne", "équatorien", "Ecuador",
              "ecuatoriana", "ecuatoriano", "Ecuador", "Ecuadorian"),
    "EGY": _C("Égypte", "égyptienne", "égyptien", "Egipto",
              "egipcia", "egipcio", "Egypt", "Egyptian"),
    "ERI": _C("Érythrée", "érythréenne", "érythréen", "Eritrea",
              "eritrea", "eritreo", "Eritrea", "Eritrean"),
    "ESP": _C("Espagne", "espagnole", "espagnol", "España",
              "española", "español", "Spain", "Spanish"),
    "FRA": _C("France", "française", "français", "Francia",
              "francesa", "francés", "France", "French"),
    "GBR": _C("Royaume-Uni", "britannique", "britannique", "Reino Unido",
              "británica", "británico", "United Kingdom", "British"),
    "GIN": _C("Guinée", "guinéenne", "guinéen", "Guinea",
              "guineana", "guineano", "Guinea", "Guinean"),
    "GMB": _C("Gambie", "gambienne", "gambien", "Gambia",
              "gambiana", "gambiano", "The Gambia", "Gambian"),
    "GRC": _C("Grèce", "grecque", "grec", "Grecia",
              "griega", "griego", "Greece", "Greek"),
    "GTM": _C("Guatemala", "guatémaltèque", "guatémaltèque", "Guatemala",
              "guatemalteca", "guatemalteco", "Guatemala", "Guatemalan"),
    "HND": _C("Honduras", "hondurienne", "hondurien", "Honduras",
              "hondureña", "hondureño", "Honduras", "Honduran"),
    "HRV": _C("Croatie", "croate", "croate", "Croacia",
              "croata", "croata", "Croatia", "Croatian"),
    "HTI": _C("Haïti", "haïtienne", "haïtien", "Haití",
              "haitiana", "haitiano", "Haiti", "Haitian"),
    "HUN": _C("Hongrie", "hongroise", "hongrois", "Hungría",
              "húngara", "húngaro", "Hungary", "Hungarian"),
    "IRN": _C("Iran", "iranienne", "iranien", "Irán",
              "iraní", "iraní", "Iran", "Iranian"),
    "IRQ": _C("Irak", "irakienne", "irakien", "Irak",
              "iraquí", "iraquí", "Iraq", "Iraqi"),
    "ITA": _C("Italie", "italienne", "italien", "Italia",
              "italiana", "italiano", "Italy", "Italian"),
    "LBY": _C("Libye", "libyenne", "libyen", "Libia",
              "libia", "libio", "Libya", "Libyan"),
    "MAR": _C("Maroc", "marocaine", "marocain", "Marruecos",
              "marroquí", "marroquí", "Morocco", "Moroccan"),
    "MEX": _C("Mexique", "mexicaine", "mexicain", "México",
              "mexicana", "mexicano", "Mexico", "Mexican"),
    "MKD": _C("Macédoine du Nord", "macédonienne", "macédonien", "Macedonia del Norte",
              "macedonia", "macedonio", "North Macedonia", "Macedonian"),
    "MLI": _C("Mali", "malienne", "malien", "Malí",
              "maliense", "maliense", "Mali", "Malian"),
    "MRT": _C("Mauritanie", "mauritanienne", "mauritanien", "Mauritania",
              "mauritana", "mauritano", "Mauritania", "Mauritanian"),
    "NER": _C("Niger", "nigérienne", "nigérien", "Níger",
              "nigerina", "nigerino", "Niger", "Nigerien"),
    "NGA": _C("Nigeria", "nigériane", "nigérian", "Nigeria",
              "nigeriana", "nigeriano", "Nigeria", "Nigerian"),
    "PAK": _C("Pakistan", "pakistanaise", "pakistanais", "Pakistán",
              "pakistaní", "pakistaní", "Pakistan", "Pakistani"),
    "PAN": _C("Panama", "panaméenne", "panaméen", "Panamá",
              "panameña", "panameño", "Panama", "Panamanian"),
    "POL": _C("Pologne", "polonaise", "polonais", "Polonia",
              "polaca", "polaco", "Poland", "Polish"),
    "ROU": _C("Roumanie", "roumaine", "roumain", "Rumanía",
              "rumana", "rumano", "Romania", "Romanian"),
    "RUS": _C("Russie", "russe", "russe", "Rusia",
              "rusa", "ruso", "Russia", "Russian"),
    "SEN": _C("Sénégal", "sénégalaise", "sénégalais", "Senegal",
              "senegalesa", "senegalés", "Senegal", "Senegalese"),
    "SRB": _C("Serbie", "serbe", "serbe", "Serbia",
              "serbia", "serbio", "Serbia", "Serbian"),
    "SYR": _C("Syrie", "syrienne", "syrien", "Siria",
              "siria", "sirio", "Syria", "Syrian"),
    "TUN": _C("Tunisie", "tunisienne", "tunisien", "Túnez",
              "tunecina", "tunecino", "Tunisia", "Tunisian"),
    "TUR": _C("Turquie", "turque", "turc", "Turquía",
              "turca", "turco", "Türkiye", "Turkish"),
    "USA": _C("États-Unis", "américaine", "américain", "Estados Unidos",
              "estadounidense", "estadounidense", "United States", "American"),
    "VEN": _C("Venezuela", "vénézuélienne", "vénézuélien", "Venezuela",
              "venezolana", "venezolano", "Venezuela", "Venezuelan"),
    "VNM": _C("Viêt Nam", "vietnamienne", "vietnamien", "Vietnam",
              "vietnamita", "vietnamita", "Viet Nam", "Vietnamese"),
    "YEM": _C("Yémen", "yéménite", "yéménite", "Yemen",
              "yemení", "yemení", "Yemen", "Yemeni"),
}
# fmt: on
#: Other ways each language names a few countries.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "UK", "Grande-Bretagne"),
        "USA": ("É.-U.", "USA", "Etats-Unis d'Amérique"),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "CIV": ("RCI", "Cote d'Ivoire"),
        "BLR": ("Bélarus",),
        "VNM": ("Vietnam",),
        "IRQ": ("Iraq",),
        "BIH": ("Bosnie",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "EE.UU."),
        "GBR": ("R. Unido", "Gran Bretaña"),
        "CIV": ("Côte d'Ivoire",),
        "GIN": ("Guinea Conakry",),
        "IRQ": ("Iraq",),
        "BGD": ("Bangladesh",),
    },
    "en": {
        "TUR": ("Turkey",),
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "GMB": ("Gambia",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
    },
}
#: Misspellings a clerk makes, readable at a glance (demonyms, by language).
_NAT_TYPOS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "AFG": ("afgane", "Afganistan"),
        "ERI": ("érythréene", "erythreenne"),
        "MAR": ("marrocaine",),
        "TUN": ("tunisiene",),
        "IRQ": ("irakiene", "iraquienne"),
        "PAK": ("pakistannaise",),
        "CIV": ("ivoiriene",),
        "VNM": ("vietnamiene",),
        "GIN": ("guinéene",),
        "SEN": ("sénégalaisse",),
        "VEN": ("vénézuelienne",),
        "HTI": ("haitienne",),
    },
    "es": {
        "MAR": ("marroqui", "marroquì"),
        "SEN": ("senegales", "senegalesa "),
        "DZA": ("argelna",),
        "GIN": ("guineno",),
        "VEN": ("venezolna",),
        "HTI": ("haitano",),
    },
    "en": {
        "IRQ": ("Iraqui",),
        "AFG": ("Afgan", "Afganistan"),
        "ERI": ("Eritrian",),
        "SYR": ("Syrain",),
        "VNM": ("Vietnamise",),
        "PAK": ("Pakistanee",),
    },
}


def _plain(text: str) -> str:
    """Drop the accents (``Sénégal`` -> ``Senegal``)."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


_ASCII = str.maketrans({"ł": "l", "Ł": "L", "–": "-", "—": "-", "’": "'", "→": ">"})


def _fit(text: str, src: Blind99Source) -> str:
    """Return ``text``, without accents if the source's encoding cannot hold it."""
    if fits(text, src):
        return text
    plain = _plain(text)
    if fits(plain, src):
        return plain
    return plain.translate(_ASCII).encode(src.encoding, errors="replace").decode(src.encoding)


def _name(src: Blind99Source, code: str) -> str:
    """Return the country's usual name in the source's language (else the code)."""
    row = _COUNTRIES.get(code)
    if row is None:
        return code
    return {"fr": row.fr, "es": row.es, "en": row.en}[src.language]


def _country(src: Blind99Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country (origin, destination, detection, transit) the source's way."""
    name = _name(src, code)
    aliases = _ALIASES[src.language].get(code, ())
    r = rng.random()
    if src.style == "paf":
        if aliases and r < 0.15:
            out = choice(rng, aliases)
            tags.append("country_alias")
        elif r < 0.3:
            out = _plain(name).upper()
            tags.append("upper_no_accent")
        elif r < 0.4:
            out = code
            tags.append("iso3")
        elif r < 0.43 and (garbled := mojibake(name)) is not None and fits(garbled, src):
            out = garbled
            tags.append("mojibake")
        else:
            out = name
    elif src.style == "gend":
        if r < 0.12:
            out = iso_codes(code)[0]
            tags.append("iso2")
        elif r < 0.27:
            out = name.upper()
            tags.append("upper")
        elif aliases and r < 0.35:
            out = choice(rng, aliases)
            tags.append("country_alias")
        else:
            out = name
    elif src.style == "cross":
        if r < 0.4:
            out = code
            tags.append("iso3")
        elif aliases and r < 0.5:
            out = choice(rng, aliases)
            tags.append("country_alias")
        else:
            out = name
    elif src.style == "ccrc":
        if r < 0.12:
            out = _plain(name).upper()
            tags.append("upper_no_accent")
        elif r < 0.2:
            out = iso_codes(code)[0]
            tags.append("iso2")
        elif aliases and r < 0.3:
            out = choice(rng, aliases)
            tags.append("country_alias")
        elif r < 0.33 and (garbled := mojibake(name)) is not None and fits(garbled, src):
            out = garbled
            tags.append("mojibake")
        else:
            out = name
    else:  # lic
        if r < 0.1:
            out = code
            tags.append("iso3")
        elif aliases and r < 0.25:
            out = choice(rng, aliases)
            tags.append("country_alias")
        elif r < 0.3:
            out = _plain(name)
            tags.append("no_accent")
        else:
            out = name
    return _fit(out, src)


def _nationality(src: Blind99Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality the source's way (demonym, name, code, typo ...)."""
    row = _COUNTRIES.get(code)
    if row is None:
        tags.append("iso3")
        return code
    typos = _NAT_TYPOS[src.language].get(code, ())
    r = rng.random()
    if src.style == "paf":
        if r < 0.25:
            out = _plain(row.fr_nat).upper()
            tags.append("upper_no_accent")
        elif r < 0.35:
            out = code
            tags.append("iso3")
        elif r < 0.45:
            out = row.fr_nat_m.capitalize()
            tags.append("demonym_masculine")
        elif typos and r < 0.52:
            out = choice(rng, typos)
            tags.append("typo")
        elif r < 0.57 and (garbled := mojibake(row.fr_nat.capitalize())) is not None:
            out = garbled
            tags.append("mojibake")
        else:
            out = row.fr_nat.capitalize() if r < 0.8 else row.fr_nat
            tags.append("demonym")
    elif src.style == "gend":
        if r < 0.4:
            out = row.fr
            tags.append("country_name")
        elif r < 0.5:
            out = row.fr.upper()
            tags.append("upper")
        elif r < 0.58:
            out = iso_codes(code)[0]
            tags.append("iso2")
        else:
            out = choice(rng, (row.fr_nat, row.fr_nat_m)).capitalize()
            tags.append("demonym")
    elif src.style == "cross":
        if r < 0.35:
            out = code
            tags.append("iso3")
        elif r < 0.45:
            out = row.en
            tags.append("country_name")
        elif typos and r < 0.5:
            out = choice(rng, typos)
            tags.append("typo")
        else:
            out = row.en_nat.upper() if r < 0.6 else row.en_nat
            tags.append("demonym")
    elif src.style == "ccrc":
        if r < 0.15:
            out = _plain(row.es_nat).upper()
            tags.append("upper_no_accent")
        elif r < 0.25:
            out = row.es
            tags.append("country_name")
        elif r < 0.32:
            out = iso_codes(code)[0]
            tags.append("iso2")
        elif typos and r < 0.38:
            out = choice(rng, typos)
            tags.append("typo")
        elif r < 0.42 and (garbled := mojibake(row.es_nat)) is not None and fits(garbled, src):
            out = garbled
            tags.append("mojibake")
        else:
            out = choice(rng, (row.es_nat, row.es_nat_m))
            tags.append("demonym")
    else:  # lic
        if r < 0.2:
            out = row.fr
            tags.append("country_name")
        elif typos and r < 0.26:
            out = choice(rng, typos)
            tags.append("typo")
        elif r < 0.32:
            out = f"{row.fr_nat}s"
            tags.append("demonym_plural")
        else:
            out = row.fr_nat
            tags.append("demonym")
    return _fit(out, src)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
#: French Excel's short month names (format ``jj-mmm-aa``).
_MOIS_XL = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip
_JOURS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_MESES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MON = tuple(m[:3].upper() for m in MONTHS)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _fr_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _fr_quarter(q: int) -> str:
    return "1er" if q == 1 else f"{q}e"


def _es_quarter(q: int) -> str:
    return {1: "1er", 2: "2º", 3: "3er", 4: "4º"}[q]


def _dtg(ts: pd.Timestamp, rng: _Rng) -> str:
    hh, mm = int(rng.integers(24)), int(rng.integers(60))
    return f"{ts.day:02d}{hh:02d}{mm:02d}Z {_MON[ts.month - 1]} {ts.year % 100:02d}"


def _partial(
    src: Blind99Source, ts: pd.Timestamp, rng: _Rng, quarter: bool
) -> tuple[object, list[str]]:
    """Write a month or a quarter the source's way."""
    y, m, q = ts.year, ts.month, (ts.month - 1) // 3 + 1
    if quarter:
        text = {
            "paf": choice(rng, (f"{_fr_quarter(q)} trim. {y}", f"T{q} {y}")),
            "gend": f"T{q} {y}",
            "cross": choice(rng, (f"Q{q} {y}", f"Q{q}/{y}")),
            "ccrc": choice(rng, (f"{_es_quarter(q)} trimestre {y}", f"T{q}/{y}")),
            "lic": f"{_fr_quarter(q)} trimestre {y}",
        }[src.style]
        return text, ["partial_quarter"]
    text = {
        "paf": choice(rng, (f"{_MOIS[m - 1]} {y}", f"{m:02d}/{y}")),
        "gend": choice(rng, (f"{m:02d}/{y}", f"{_MOIS[m - 1]} {y}")),
        "cross": f"{_MON[m - 1]} {y}",
        "ccrc": choice(rng, (f"{_MESES[m - 1]} de {y}", f"{_MESES[m - 1].capitalize()} {y}")),
        "lic": choice(rng, (f"{_MOIS[m - 1]} {y}", f"{_MOIS[m - 1].capitalize()} {y}")),
    }[src.style]
    return text, ["partial_month"]


def _day(src: Blind99Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, list[str]]:
    """Write a full date the source's way."""
    r = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    if src.style == "paf":
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}", []
        if r < 0.75:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", ["two_digit_year"]
        if r < 0.85:
            return f"{d:02d}.{m:02d}.{y}", ["dotted_date"]
        return f"{d:02d}-{_MOIS_XL[m - 1]}-{y % 100:02d}", ["excel_text_date"]
    if src.style == "gend":
        if r < 0.6:
            return ts.to_pydatetime(), ["excel_date"]
        if r < 0.7:
            hh, mi = int(rng.integers(24)), int(rng.integers(60))
            return dt.datetime(y, m, d, hh, mi), ["excel_datetime"]
        if r < 0.82:
            return int((ts.normalize() - _EXCEL_EPOCH).days), ["excel_serial"]
        if r < 0.94:
            return f"{d:02d}/{m:02d}/{y}", ["text_date"]
        return f"{_fr_day(d)} {_MOIS[m - 1]} {y}", ["month_name"]
    if src.style == "cross":
        if r < 0.6:
            return _dtg(ts, rng), ["dtg"]
        if r < 0.85:
            hh, mi = int(rng.integers(24)), int(rng.integers(60))
            return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}Z", ["iso_datetime"]
        return f"{d} {MONTHS[m - 1][:3]} {y}", ["month_name"]
    if src.style == "ccrc":
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}", []
        if r < 0.7:
            return f"{d:02d}-{m:02d}-{y}", ["dashed_date"]
        if r < 0.85:
            return f"{d} de {_MESES[m - 1]} de {y}", ["month_name"]
        return f"{d:02d}/{m:02d}/{y % 100:02d}", ["two_digit_year"]
    if r < 0.55:
        return f"{d:02d}/{m:02d}/{y}", []
    if r < 0.7:
        return f"{_JOURS[ts.weekday()]} {_fr_day(d)} {_MOIS[m - 1]} {y}", ["weekday_date"]
    if r < 0.85:
        return f"{_fr_day(d)} {_MOIS[m - 1]} {y}", ["month_name"]
    return f"{y}-{m:02d}-{d:02d}", ["iso_date"]


_PARTIAL_RATES = {  # (month, quarter) shares of the dates that may be partial
    "paf": (0.05, 0.02),
    "gend": (0.05, 0.015),
    "cross": (0.03, 0.02),
    "ccrc": (0.04, 0.02),
    "lic": (0.06, 0.03),
}


def _date(
    src: Blind99Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, expected precision, tags)."""
    month, quarter = _PARTIAL_RATES[src.style]
    r = rng.random()
    if partial_ok and r < month:
        cell, tags = _partial(src, ts, rng, quarter=False)
        return cell, ts.to_period("M").start_time, "month", tags
    if partial_ok and r < month + quarter:
        cell, tags = _partial(src, ts, rng, quarter=True)
        return cell, ts.to_period("Q").start_time, "quarter", tags
    cell, tags = _day(src, ts, rng)
    return cell, ts.normalize(), "day", tags


_IMPOSSIBLE = ((31, 2), (30, 2), (29, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _bad_date(src: Blind99Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a bad row: none, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        combos = [c for c in _IMPOSSIBLE if not (leap and c == (29, 2))]
        d, m = combos[int(rng.integers(len(combos)))]
        if src.style == "cross":
            return f"{d:02d}{int(rng.integers(24)):02d}00Z {_MON[m - 1]} {y % 100:02d}"
        if src.style == "lic":
            return f"{d} {_MOIS[m - 1]} {y}"
        if src.style == "ccrc" and rng.random() < 0.5:
            return f"{d} de {_MESES[m - 1]} de {y}"
        return f"{d:02d}/{m:02d}/{y}"
    # future: the clerk swapped two digits of the year (2022 -> 2202)
    text = str(y)
    fy = int(text[0] + text[2] + text[1] + text[3])
    if fy <= y:
        fy = y + 200
    day = min(ts.day, 28)
    if src.style == "gend":
        return dt.datetime(fy, ts.month, day)
    if src.style == "cross":
        return f"{fy}-{ts.month:02d}-{day:02d}T{int(rng.integers(24)):02d}:15Z"
    return f"{day:02d}/{ts.month:02d}/{fy}"


def _note_date(src: Blind99Source, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the last event."""
    if src.style == "gend":
        return last.to_pydatetime()
    if src.style == "cross":
        return f"{last.day:02d}2359Z {_MON[last.month - 1]} {last.year % 100:02d}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


# --------------------------------------------------------------------------------------
# Offences
# --------------------------------------------------------------------------------------
_CESEDA_2021 = pd.Timestamp("2021-05-01")  # the CESEDA was recodified on 1 May 2021
_CRIME_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "paf": {
        "smuggling": (
            "AESI",
            "Aide à l'entrée irrégulière d'un étranger (art. L.823-1 CESEDA)",
            "Aide à l'entrée, à la circulation ou au séjour irréguliers d'un étranger",
            "Filière d'immigration irrégulière (passeurs)",
        ),
        "trafficking": (
            "TEH",
            "Traite des êtres humains (art. 225-4-1 CP)",
            "traite des êtres humains",
        ),
        "both": (
            "TEH + AESI",
            "Traite des êtres humains et aide à l'entrée irrégulière (225-4-1 CP / L.823-1 CESEDA)",
        ),
    },
    "cross": {
        "smuggling": (
            "migrant smuggling",
            "people smuggling",
            "suspected people smuggling",
            "facilitation of illegal immigration",
            "SOM",
        ),
        "trafficking": ("human trafficking", "THB", "trafficking in persons", "TIP"),
        "both": ("smuggling / THB", "THB + smuggling", "trafficking and smuggling"),
    },
    "ccrc": {
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Art. 318 bis CP",
            "Delito contra los derechos de los ciudadanos extranjeros",
            "inmigración ilegal (318 bis)",
            "tráfico ilícito de migrantes",
        ),
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH",
            "Art. 177 bis CP",
            "trata de personas",
        ),
        "both": (
            "177 bis + 318 bis CP",
            "Trata de seres humanos y favorecimiento de la inmigración ilegal",
            "TSH / 318 bis",
        ),
    },
    "lic": {
        "smuggling": (
            "filière d'immigration irrégulière",
            "passeurs",
            "trafic de migrants",
            "réseau de passeurs",
            "convoyage de migrants",
        ),
        "trafficking": ("traite des êtres humains", "TEH", "traite des personnes"),
        "both": ("traite + trafic de migrants", "TEH / passeurs", "réseau de passeurs et traite"),
    },
}
_PAF_SMUGGLING_2021 = (
    "AESI",
    "Aide à l'entrée irrégulière d'un étranger (art. L.622-1 CESEDA)",
    "Filière d'immigration irrégulière (passeurs)",
)
_EXPL_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "paf": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "gend": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation",),
    },
    "cross": {
        "sexual": ("sexual", "sexual exploitation"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality", "criminal exploitation"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "ccrc": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("laboral", "explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "explotación para delinquir"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otra finalidad"),
    },
    "lic": {
        "sexual": ("sexuelle", "exploitation sexuelle"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("délinquance forcée", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
#: What a source writes in the exploitation cell of a pure smuggling case.
_NO_EXPL: dict[str, tuple[str | None, ...]] = {
    "paf": (None, None, "SO"),
    "cross": (None, None, "N/A"),
    "ccrc": (None, None, "no procede"),
    "lic": (None, "—"),
}


def _offence(
    src: Blind99Source, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, tags: list[str]
) -> tuple[_Cells, str, str | None]:
    """Return (cells, expected crime type, expected exploitation)."""
    crime = str(ev["crime_type"])
    expl = None if ev["exploitation"] is None else str(ev["exploitation"])
    if crime == "smuggling":
        expl = None
    cells: _Cells = {}
    if src.style == "gend":  # one cell: the offence and its purpose together
        if crime == "smuggling":
            cells["crime_type"] = choice(
                rng,
                (
                    "Aide à l'entrée irrégulière d'étrangers",
                    "Aide à l'entrée et au séjour irréguliers (AESI)",
                    "AESI en bande organisée",
                    "Organisation d'une filière d'immigration clandestine",
                ),
            )
        else:
            what = choice(rng, _EXPL_WORDS["gend"][expl or "other"])
            teh = choice(
                rng,
                (f"TEH – {what}", f"Traite des êtres humains ({what})", f"TEH ({what})"),
            )
            if crime == "both":
                teh = choice(
                    rng,
                    (f"{teh} et aide à l'entrée irrégulière", f"AESI + {teh}"),
                )
            cells["crime_type"] = teh
            tags.append("exploitation_in_offence")
        return cells, crime, expl
    if src.style == "paf" and crime == "smuggling" and ts < _CESEDA_2021:
        words: tuple[str, ...] = _PAF_SMUGGLING_2021
        tags.append("old_article")
    else:
        words = _CRIME_WORDS[src.style][crime]
    cells["crime_type"] = _fit(choice(rng, words), src)
    if expl is None:
        options = _NO_EXPL[src.style]
        cells["exploitation"] = options[int(rng.integers(len(options)))]
    else:
        cells["exploitation"] = _fit(choice(rng, _EXPL_WORDS[src.style][expl]), src)
    return cells, crime, expl


_LINKED_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants", "trafic de cigarettes"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}


def _linked(src: Blind99Source, value: object, rng: _Rng) -> tuple[str | None, str | None]:
    """Return (cell, expected) of the linked offences."""
    if value is None:
        return None, None
    codes = str(value).split("|")
    table = _LINKED_WORDS[src.language]
    joiner = choice(rng, (" + ", ", ", " / ") if src.language == "fr" else (", ", " y "))
    return _fit(joiner.join(choice(rng, table[c]) for c in codes), src), "|".join(codes)


# --------------------------------------------------------------------------------------
# Counts and people
# --------------------------------------------------------------------------------------
_PERSON_PLACEHOLDERS = {
    "paf": ("NC", "n.c.", "inconnu"),
    "gend": ("inconnu", "non déterminé", "?"),
    "cross": ("UNK", "unknown"),
    "ccrc": ("s/d", "desconocido", "N/C"),
    "lic": ("NC", "non communiqué"),
}
_SUSPECT_PLACEHOLDERS = {
    "paf": ("NC", "inconnu"),
    "gend": ("inconnu", "non déterminé"),
    "cross": ("UNK",),
    "ccrc": ("s/d", "desconocido"),
    "lic": ("NC",),
}
_ZERO_WORDS = {
    "paf": ("néant", "aucun"),
    "gend": ("néant", "aucun"),
    "cross": ("nil", "none"),
    "ccrc": ("ninguno", "sin detenidos"),
    "lic": ("aucun", "néant"),
}


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(src: Blind99Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of the number of persons."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _PERSON_PLACEHOLDERS[src.style]), None
    big = n >= 1000
    if big:
        tags.append("thousands")
    r = rng.random()
    if src.style == "paf":
        if big and r < 0.7:
            return _grouped(n, choice(rng, (" ", "\u00a0"))), n
        return str(n), n
    if src.style == "gend":
        if big and r < 0.4:
            tags.append("count_as_text")
            return _grouped(n, " "), n
        if r < 0.08:
            tags.append("count_as_text")
            return str(n), n
        return n, n
    if src.style == "cross":
        if r < 0.2:
            return str(n), n
        if r < 0.3:
            tags.append("count_unit")
            return f"{n} POB", n
        return n, n
    if src.style == "ccrc":
        if big and r < 0.7:
            return _grouped(n, "."), n
        return str(n), n
    text = _grouped(n, " ") if big and r < 0.6 else str(n)
    if rng.random() < 0.35:
        tags.append("count_unit")
        text += " pers."
    return text, n


def _suspects(
    src: Blind99Source, k: int | None, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected) of the number of suspects."""
    if k is None:
        return None, None
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECT_PLACEHOLDERS[src.style]), None
    if k == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[src.style]), 0
    if src.style in ("gend", "cross"):
        return k, k
    return str(k), k


_GENDER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "paf": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "H+F"),
    },
    "gend": {
        "male": ("masculin", "hommes"),
        "female": ("féminin", "femmes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "cross": {
        "male": ("M", "male", "men"),
        "female": ("F", "female", "women"),
        "mixed": ("MIXED", "mixed", "mixed group"),
    },
    "ccrc": {
        "male": ("hombres", "varones", "H"),
        "female": ("mujeres",),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
    "lic": {"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("mixte", "H/F")},
}
_AGE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "paf": {
        "adult": ("majeurs", "majeur(s)", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs + mineurs", "mixte"),
    },
    "gend": {
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "enfants"),
        "mixed": ("mixte", "adultes et mineurs"),
    },
    "cross": {
        "adult": ("ADULTS", "adults"),
        "child": ("minors", "UAM", "children"),
        "mixed": ("mixed", "adults & minors"),
    },
    "ccrc": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("mixto", "adultos y menores"),
    },
    "lic": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "enfants"),
        "mixed": ("mixte (majeurs/mineurs)", "mixte"),
    },
}
_NA_WORDS = {
    "paf": ("non déterminé", "ND"),
    "gend": ("non déterminé",),
    "cross": ("N/A", "unk"),
    "ccrc": ("no consta",),
    "lic": ("non précisé",),
}


def _category(
    src: Blind99Source,
    value: str,
    table: dict[str, dict[str, tuple[str, ...]]],
    rng: _Rng,
    tags: list[str],
    na_rate: float,
) -> tuple[str, str]:
    """Return (cell, expected) of a vocabulary column, now and then a "not known" word."""
    if na_rate and rng.random() < na_rate:
        tags.append("na_word")
        return _fit(choice(rng, _NA_WORDS[src.style]), src), "unknown"
    return _fit(choice(rng, table[src.style][value]), src), value


_SEA_WORDS = {
    "paf": ("small boat", "embarcation", "maritime", "voie maritime", "canot pneumatique"),
    "gend": ("embarcation", "canot pneumatique", "bateau de pêche", "barque", "navire"),
    "cross": (
        "rubber boat",
        "RHIB",
        "wooden boat",
        "fishing vessel",
        "sailing yacht",
        "dinghy",
        "small boat",
        "inflatable",
    ),
    "ccrc": ("embarcación", "neumática", "lancha"),
    "lic": ("voie maritime", "bateau", "pirogue"),
}
_LAND_WORDS = {
    "paf": ("terrestre", "PL", "poids lourd", "VL", "à pied", "camionnette"),
    "gend": ("véhicule", "camion", "autocar", "à pied", "train"),
    "cross": ("overland", "on foot", "vehicle", "truck"),
    "ccrc": ("terrestre", "a pie", "vehículo", "autobús", "furgoneta"),
    "lic": ("voie terrestre", "à pied", "bus", "camion"),
}
_AIR_WORDS = {
    "paf": ("aérien", "avion", "vol commercial"),
    "gend": ("avion", "vol commercial"),
    "cross": ("flight", "by air"),
    "ccrc": ("aéreo", "avión", "vuelo comercial"),
    "lic": ("voie aérienne", "avion"),
}


def _transport(
    src: Blind99Source, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[str, str]:
    """Return (cell, expected) of the transport mode, in the source's words for the route."""
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        tags.append("na_word")
        return _fit(choice(rng, _NA_WORDS[src.style]), src), "unknown"
    corridor = str(ev["corridor"])
    if mode == "sea":
        words = _SEA_WORDS[src.style]
        if src.style == "ccrc":
            words += ("cayuco",) if corridor == "watl" else ("patera", "moto de agua")
        if src.style == "paf" and corridor == "channel":
            words += ("small boat", "small boat")
    elif mode == "land":
        words = _LAND_WORDS[src.style]
        if src.style == "ccrc" and str(ev["hotspot"]) in ("Ceuta", "Melilla"):
            words = ("salto de valla", "a pie", "vehículo (doble fondo)")
    elif mode == "air":
        words = _AIR_WORDS[src.style]
    else:
        return _fit(choice(rng, _NA_WORDS[src.style]), src), "unknown"
    return _fit(choice(rng, words), src), mode


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (to the second) and the value they denote."""
    a = abs(value)
    total = round(a * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    return f"{d}°{m:02d}'{s:02d}\"{pos if value >= 0 else neg}", sign * total / 3600


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (to a tenth) and the value they denote."""
    a = abs(value)
    tenths = round(a * 600)
    d, rest = divmod(tenths, 600)
    sign = 1.0 if value >= 0 else -1.0
    return d, rest / 10, sign * tenths / 600


def _position(
    src: Blind99Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float, float]:
    """Return (cells, expected lat, expected lon) of the location of detection."""
    r = rng.random()
    if src.style == "paf":
        if r < 0.6:
            la, vla = _dms(lat, "N", "S")
            lo, vlo = _dms(lon, "E", "W")
            tags.append("dms")
            return {"coordinates": f"{la} {lo}"}, vla, vlo
        vla, vlo = round(lat, 5), round(lon, 5)
        text = f"{vla:.5f} / {vlo:.5f}".replace(".", ",")
        tags.append("decimal_comma")
        return {"coordinates": text}, vla, vlo
    if src.style == "cross":
        dla, mla, vla = _ddm(lat)
        dlo, mlo, vlo = _ddm(lon)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        tags.append("ddm")
        if r < 0.6:
            return {"coordinates": f"{dla:02d}-{mla:04.1f}{ns} {dlo:03d}-{mlo:04.1f}{ew}"}, vla, vlo
        return {"coordinates": f"{dla:02d}{mla:04.1f}{ns} {dlo:03d}{mlo:04.1f}{ew}"}, vla, vlo
    if src.style == "ccrc":
        if r < 0.55:
            dla, mla, vla = _ddm(lat)
            dlo, mlo, vlo = _ddm(lon)
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            la = f"{dla:02d}º {mla:04.1f}' {ns}".replace(".", ",")
            lo = f"{dlo:03d}º {mlo:04.1f}' {ew}".replace(".", ",")
            tags.append("ddm")
            return {"coordinates": f"{la} / {lo}"}, vla, vlo
        vla, vlo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{vla:.4f}, {vlo:.4f}"}, vla, vlo
    if src.style == "gend":
        vla, vlo = round(lat, 5), round(lon, 5)
        if r < 0.15:
            tags.append("decimal_comma")
            return (
                {"lat": f"{vla:.5f}".replace(".", ","), "lon": f"{vlo:.5f}".replace(".", ",")},
                vla,
                vlo,
            )
        return {"lat": vla, "lon": vlo}, vla, vlo
    # lic: decimal commas, now and then unsigned with a hemisphere letter (O = ouest)
    vla, vlo = round(lat, 5), round(lon, 5)
    if r < 0.35:
        tags.append("hemisphere_letter")
        la = f"{abs(vla):.5f} {'N' if vla >= 0 else 'S'}".replace(".", ",")
        lo = f"{abs(vlo):.5f} {'E' if vlo >= 0 else 'O'}".replace(".", ",")
        return {"lat": la, "lon": lo}, vla, vlo
    tags.append("decimal_comma")
    return {"lat": f"{vla:.5f}".replace(".", ","), "lon": f"{vlo:.5f}".replace(".", ",")}, vla, vlo


_NO_PLACE = {
    "paf": ("NR", "non relevé"),
    "gend": ("non relevé",),
    "cross": ("UNK",),
    "ccrc": ("s/d",),
    "lic": ("NC",),
}


def _coord_cols(src: Blind99Source) -> tuple[str, ...]:
    return ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")


def _transit(
    src: Blind99Source, value: object, rng: _Rng, tags: list[str]
) -> tuple[object, object]:
    """Return (cell, expected) of the ordered transit countries."""
    if value is None:
        if src.style == "cross":
            if rng.random() < 0.4:
                tags.append("empty_array")
                return [], None
            return None, None
        if src.style in ("paf", "lic") and rng.random() < 0.2:
            tags.append("no_transit_word")
            return "direct", None
        return None, None
    codes = str(value).split("|")
    if src.style == "cross":
        if rng.random() < 0.6:
            return list(codes), value
        return [_name(src, c) for c in codes], value
    names = [_country(src, c, rng, tags) for c in codes]
    joiner = {
        "paf": (", ", " - "),
        "gend": (" → ", " > "),
        "ccrc": (" - ", " / ", ", "),
        "lic": (", ", " / "),
    }[src.style]
    return joiner[int(rng.integers(len(joiner)))].join(names), value


_PLACE_FR = {
    "Dunkirk/Gravelines": "Dunkerque/Gravelines",
    "London": "Londres",
    "Torino": "Turin",
    "Evros": "Évros",
    "Lesbos": "Lesbos (Mytilène)",
    "Darién gap": "Darién (jungle)",
    "Bajakovo (SRB–HRV border)": "Bajakovo (frontière SRB–HRV)",
    "Cetingrad (BIH–HRV border)": "Cetingrad (frontière BIH–HRV)",
    "Latina (Agro Pontino)": "Latina",
}
_PLACE_ES = {
    "Lampedusa": "Lampedusa (Italia)",
    "Torino": "Turín",
    "London": "Londres",
    "Darién gap": "Tapón del Darién",
    "Rio Grande Valley": "Valle del Río Grande",
}


def _place(src: Blind99Source, hotspot: object) -> str | None:
    if hotspot is None:
        return None
    text = str(hotspot)
    table = _PLACE_ES if src.language == "es" else _PLACE_FR
    return _fit(table.get(text, text), src)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind99Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    exp: dict[str, object] = {}

    cells["event_date"], exp["event_date"], exp["date_precision"], date_tags = _date(
        src, ts, rng, partial_ok
    )
    tags += date_tags
    off_cells, exp["crime_type"], exp["exploitation"] = _offence(src, ev, ts, rng, tags)
    cells.update(off_cells)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    k = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, k, rng, tags)
    cells["gender"], exp["gender"] = _category(
        src, str(ev["gender"]), _GENDER_WORDS, rng, tags, 0.0
    )
    cells["age_group"], exp["age_group"] = _category(
        src, str(ev["age_group"]), _AGE_WORDS, rng, tags, 0.015
    )

    nat = ev["nationality"]
    if nat is not None and src.style == "paf" and rng.random() < 0.015:
        cells["nationality"], exp["nationality"] = "indéterminée", None
        tags += ["nationality_placeholder", "blank_nationality"]
    elif nat is not None:
        cells["nationality"], exp["nationality"] = _nationality(src, str(nat), rng, tags), nat
    else:
        cells["nationality"], exp["nationality"] = None, None
    for col in ("origin_country", "destination_country", "detection_country"):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), rng, tags)
        exp[col] = code
    cells["transit_countries"], exp["transit_countries"] = _transit(
        src, ev["transit_countries"], rng, tags
    )
    cells["transport_mode"], exp["transport_mode"] = _transport(src, ev, rng, tags)

    lat, lon = ev["lat"], ev["lon"]
    land = str(ev["transport_mode"]) != "sea"
    missing = {"paf": 0.12 if land else 0.02, "gend": 0.05, "cross": 0.0,
               "ccrc": 0.04, "lic": 0.08}[src.style]  # fmt: skip
    r = rng.random()
    if lat is None or lon is None or r < missing:
        for c in _coord_cols(src):
            cells[c] = None
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif r < missing + 0.02:
        for c in _coord_cols(src):
            cells[c] = choice(rng, _NO_PLACE[src.style])
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        pos, vla, vlo = _position(src, float(lat), float(lon), rng, tags)  # type: ignore[arg-type]
        cells.update(pos)
        exp["lat"], exp["lon"] = round(vla, 6), round(vlo, 6)

    if "linked_offences" in src.headers:
        cells["linked_offences"], exp["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    else:
        exp["linked_offences"] = None
    if "place" in src.headers:
        cells["place"] = _place(src, ev.get("hotspot"))

    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for c in _coord_cols(src):
                cells[c] = None
            exp["lat"], exp["lon"] = None, None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, list(dict.fromkeys(tags))


_EXAMINER: Examiner[Blind99Source] = Examiner(
    sources=BLIND99_SOURCES,
    primary=_PRIMARY,
    compilation=LIC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=99_976,
    blank_share=0.3,
)


def make_blind99(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind99`` examiner set (five ``*_cw.*`` files).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``paf_mayotte_cw.csv`` (French, cp1252, ``;``), ``gendarmerie_mayotte_cw.xlsx``
        (French), ``cross_reunion_cw.jsonl`` (English keys), ``ccrc_canarias_cw.csv``
        (Spanish, latin-1, ``|``) and ``lic_mayotte_cw.csv`` (French, UTF-16, tab),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind99(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['paf_mayotte_cw.csv', 'gendarmerie_mayotte_cw.xlsx', 'cross_reunion_cw.jsonl',
     'ccrc_canarias_cw.csv', 'lic_mayotte_cw.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
