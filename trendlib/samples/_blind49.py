"""Examiner set ``blind49``: five inland-police liaison desks of Western Europe (``*_ay.*``).

A held-out sample set written from the truth by an examiner, independently of the
cleaner: five liaison desks of inland police forces, each writing the events it hears
of (from its liaison officers and partner services) in its own export. The shared
machinery of :mod:`trendlib.samples._examiner` decides which desk reports which event,
which reports are second (cross-source) reports, which rows are bad and where the note,
total and empty rows go; this module keeps the wording.

Reader's guide
--------------
``politie_avim_ay.csv`` -- Dutch National Police (Politie, Landelijke Eenheid), AVIM
    international liaison desk (vreemdelingenpolitie, identificatie en mensenhandel).
    English values under bilingual Dutch / English headers (``Datum constatering /
    Date detected``), UTF-16 (Excel's "Unicode text" export: BOM, little endian), tab
    delimited. Dates day-first with dashes (``14-03-2022``, unpadded ``4-3-2022``),
    ``14 Mar 2022`` or ``14/03/2022``; partial dates ``03-2022``, ``March 2022``,
    ``Q1 2022`` or ``2022-Q1``. Offences by Dutch Criminal Code article (``art. 273f
    Sr`` human trafficking, ``art. 197a Sr`` smuggling). Sex coded ``M`` / ``V``
    (*vrouw*, female) as the header says, ``M/V`` for a mixed group; ``AMV``
    (unaccompanied minor). Countries as English names, demonyms or ISO alpha-2 codes;
    transit countries ``Turkey > Bulgaria > Serbia`` or ``TR-BG-RS``. Thousands with a
    comma (``1,250``); unknowns ``unknown``, ``n/k``, ``?`` or Dutch ``onbekend``.
    Decimal-degree latitude and longitude in two columns. Compilation desk: reports
    the events of every country no other desk covers (Panama, United States).
``pjf_anvers_ay.csv`` -- Belgian Federal Judicial Police of Antwerp (PJF Anvers / FGP
    Antwerpen), human-trafficking section, liaison desk. French, cp1252, ``;``, CRLF.
    PV numbers ``AN.97.L7.000123/2022``. Dates ``14/03/2022``, ``14/03/22``,
    ``14.03.2022``, ``14 mars 2022`` (``1er mars 2022``); partial ``mars 2022``,
    ``03/2022``, ``1er trim. 2022``, ``T2 2022``. Offences as *traite des êtres
    humains* (``art. 433quinquies C. pén.``, ``TEH``) and *trafic d'êtres humains*
    (``art. 77bis L. 15.12.1980``); labour exploitation as Belgian law says it,
    ``exploitation économique``. Sex ``H`` / ``F``; ``MENA`` (unaccompanied minor).
    Countries in French, sometimes in capitals (``MAROC``); nationalities as feminine
    adjectives (``nationalité marocaine`` -> ``marocaine``). Thousands with a space, a
    no-break space or a point (``1 250``, ``1.250``); unknowns ``n.c.``, ``inconnu``,
    ``?``; zero suspects ``néant``; smuggling rows write ``/`` or ``sans objet`` for the
    exploitation.
    Latitude and longitude with decimal commas, sometimes in degrees and decimal
    minutes (``51°12,345' N``, ``4°25,120' O`` for west). Re-sends some rows.
``lka_bw_ay.jsonl`` -- Landeskriminalamt Baden-Württemberg (German state criminal
    police), liaison desk (Verbindungsstelle). JSON lines, UTF-8, keys German / English
    (``Tatzeit/date``). English values with German legal references: ``§ 232 StGB``,
    ``§ 232a StGB`` (forced prostitution), ``§ 232b`` / ``§ 233 StGB`` (labour),
    ``§ 96`` / ``§ 97 AufenthG`` (smuggling of foreigners). Dates ISO
    (``2022-03-14``), system timestamps (``2022-03-14T21:40:00``), German dotted
    (``14.03.2022``, ``14.3.2022``) or ``14 March 2022``; partial ``2022-03``,
    ``03/2022`` and ``Q2/2022``. Sex ``m`` / ``w`` (*weiblich*), ``m/w`` mixed;
    ``UMA`` (unaccompanied minor). Nationalities as ISO alpha-2 or alpha-3 codes,
    names or demonyms; transit as ``TR/BG/RS``. Counts are JSON numbers, but a large
    one may be a German-grouped string (``"1.250"``); unknowns ``unknown``, ``n/a``,
    ``k.A.`` (*keine Angabe*); zero suspects ``none`` or ``keine``. Coordinates in one
    string: ``37.93012, 26.87654``, ``N 37.93012 E 26.87654`` or degrees, minutes and
    seconds.
``ertzaintza_ay.xlsx`` -- Ertzaintza (Basque Country police), central intelligence
    unit, international liaison. Spanish values under bilingual Basque / Spanish headers
    (``Data / Fecha hecho``). Dates as real Excel dates, as bare Excel serial numbers
    (``44634``) or as text (``14/03/2022``, ``14-mar-2022``, ``14 de marzo de
    2022``); partial ``marzo de 2022``, ``03/2022``, ``2022T1`` (INE style), ``1T
    2022`` or ``1.er`` / ``2.º trimestre 2022``. Offences by Penal Code article (``art.
    177 bis CP`` trata, ``art. 318 bis CP`` smuggling). Sex ``H`` (hombre) / ``M``
    (*mujer*, female!) as Spanish forms write it, ``varón``, ``H/M`` or ``ambos sexos``
    for a mixed group; ``MENA``. Countries in Spanish, transit
    lists joined with ``y`` (``Turquía, Bulgaria y Serbia``); nationalities as
    demonyms, feminine for groups of women (``nigeriana``). Counts as numbers or text
    (``1.250``, ``12 personas``); unknowns ``s/d``, ``desconocido``, ``NC``; zero
    suspects ``ninguno``. Coordinates in degrees, minutes, seconds with the Spanish
    ordinal sign and ``O`` (*oeste*) for west (``28º 07' 24" N 15º 25' 56" O``) or
    decimal commas (``36,7213 / -4,4214``). Re-sends some rows.
``police_geneve_ay.csv`` -- Police cantonale de Genève (Switzerland), migration and
    illicit networks brigade, liaison desk. French (Swiss usage), UTF-8 without BOM,
    ``|`` delimited (a database extract). Dates Swiss-dotted (``14.03.2022``,
    ``14.3.22``), ``14/03/2022`` or ``14 mars 2022``; partial ``03.2022`` or ``mars
    2022``. Offences ``art. 182 CP`` (traite) and ``art. 116 LEI`` / ``LEtr``
    (incitation à l'entrée illégale, smuggling). Thousands with an apostrophe
    (``1'250``); unknowns ``inconnu``, ``ind.``, ``N/A``; ``RMNA`` (unaccompanied
    minor asylum seeker). Countries in French or ISO alpha-2, transit joined by ``→``;
    some names garbled by a wrong re-encoding (``AlgÃ©rie``). Coordinates ``46.2044,
    6.1432`` or ``46.20440 N / 6.14320 E``.

Every desk writes a note row (provisional figures) and a total row; the CSV files hold
an empty row. Bad dates are impossible days (``30-02-2022``, ``31/04/2022``) or a year
typed with a stray ``2`` (``2222``), which lies in the future.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
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

__all__ = ["BLIND49_SOURCES", "make_blind49"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]
_DateOut = tuple[object, pd.Timestamp, str, list[str]]

AVIM = "politie_avim_nl"
PJF = "pjf_anvers_be"
LKA = "lka_bw_de"
ERT = "ertzaintza_es"
GVA = "police_geneve_ch"


@dataclass(frozen=True)
class _Desk(ExaminerSource):
    """A liaison desk: the shared source description plus the agency's full name.

    Attributes
    ----------
    agency : str
        The agency and desk, for readers of the truth.
    """

    agency: str = ""


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_EN_NAMES: _Words = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
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
    "GIN": ("Guinea", "Guinea (Conakry)"),
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
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_FR_NAMES: _Words = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
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
    "GIN": ("Guinée", "Guinée-Conakry"),
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
    "USA": ("États-Unis",),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viêt Nam"),
    "YEM": ("Yémen",),
}
_ES_NAMES: _Words = {
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
# Demonyms of the nationalities the corridors carry (country name used otherwise).
_EN_DEMONYM = {
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
# French demonyms, masculine then feminine.
_FR_DEMONYM = {
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
# Spanish demonyms (masculine; the feminine is made by _es_feminine).
_ES_DEMONYM = {
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
_ES_MONTH_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# The desks' wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How a desk words its category values.

    Attributes
    ----------
    crime : dict
        Crime type -> cells (a desk that names its offence by exploitation adds
        ``"trafficking:<form>"`` keys).
    exploitation : dict
        Form of exploitation -> cells; ``"n/a"`` -> cells of a smuggling row (None is a
        blank cell).
    gender, age, transport : dict
        Vocabulary word -> cells.
    na : tuple of str
        "Not known" words of the age group and transport mode.
    offences : dict
        Linked offence -> cells.
    offence_joins : tuple of str
        Separators of several linked offences.
    count_na : tuple of str
        Count cells meaning "not known".
    zero : tuple of str
        Words for no suspect.
    no_transit : tuple of str or None
        Transit cell of an event without transit countries.
    """

    crime: _Words
    exploitation: dict[str, tuple[str | None, ...]]
    gender: _Words
    age: _Words
    transport: _Words
    na: tuple[str, ...]
    offences: _Words
    offence_joins: tuple[str, ...]
    count_na: tuple[str, ...]
    zero: tuple[str, ...]
    no_transit: tuple[str | None, ...]


_WORDING: dict[str, _Wording] = {
    AVIM: _Wording(
        crime={
            "trafficking": (
                "Human trafficking (art. 273f Sr)",
                "Mensenhandel / human trafficking - 273f Sr",
                "THB (art. 273f WvSr)",
                "trafficking in human beings",
            ),
            "smuggling": (
                "Migrant smuggling (art. 197a Sr)",
                "Mensensmokkel / migrant smuggling - 197a Sr",
                "smuggling of migrants",
                "People smuggling (art. 197a WvSr)",
            ),
            "both": (
                "Human trafficking + migrant smuggling (273f / 197a Sr)",
                "THB and smuggling (arts. 273f and 197a Sr)",
                "mensenhandel en mensensmokkel (trafficking & smuggling)",
            ),
        },
        exploitation={
            "sexual": ("sexual exploitation", "seksuele uitbuiting (sexual)", "prostitution"),
            "forced_labour": ("labour exploitation", "arbeidsuitbuiting (labour)", "forced labour"),
            "forced_criminality": (
                "criminal exploitation",
                "criminele uitbuiting (forced criminality)",
                "forced criminality",
            ),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other", "other form of exploitation"),
            "n/a": (None, None, "n/a", "-", "not applicable"),
        },
        gender={
            "male": ("male", "M", "M"),
            "female": ("female", "V", "V"),
            "mixed": ("mixed", "M/V", "male & female"),
        },
        age={
            "adult": ("adult", "adults", "18+"),
            "child": ("minor", "minors", "AMV (unaccompanied minor)", "under 18"),
            "mixed": ("mixed", "adults & minors", "adults and minors"),
        },
        transport={
            "sea": ("boat", "rubber boat", "small boat", "fishing vessel", "by sea"),
            "land": (
                "lorry",
                "truck",
                "HGV",
                "van",
                "car",
                "on foot",
                "bus",
                "vrachtwagen (lorry)",
            ),
            "air": ("flight", "by air", "commercial flight", "aircraft"),
        },
        na=("unknown", "n/k", "onbekend"),
        offences={
            "document_fraud": ("document fraud", "forged documents", "false ID documents"),
            "corruption": ("corruption", "bribery"),
            "money_laundering": ("money laundering", "witwassen (money laundering)"),
            "illicit_goods": ("drugs", "contraband", "firearms"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_joins=(", ", "; ", " + "),
        count_na=("unknown", "n/k", "?", "onbekend"),
        zero=("none", "nil", "geen (none)"),
        no_transit=(None, None, "direct", "none"),
    ),
    PJF: _Wording(
        crime={
            "trafficking": (
                "Traite des êtres humains (art. 433quinquies C. pén.)",
                "TEH - art. 433quinquies CP",
                "traite des êtres humains",
                "TRAITE DES ETRES HUMAINS",
            ),
            "smuggling": (
                "Trafic d'êtres humains (art. 77bis L. 15.12.1980)",
                "trafic de migrants - art. 77bis loi du 15/12/1980",
                "trafic d'êtres humains (77bis)",
                "TRAFIC D'ETRES HUMAINS (77bis)",
            ),
            "both": (
                "TEH + trafic (art. 433quinquies CP / art. 77bis L. 1980)",
                "traite et trafic d'êtres humains",
                "Traite (433quinquies) et trafic (77bis) d'êtres humains",
            ),
        },
        exploitation={
            "sexual": (
                "exploitation sexuelle",
                "exploitation de la prostitution",
                "exploitation sexuelle (prostitution)",
            ),
            "forced_labour": (
                "exploitation économique",
                "travail forcé",
                "exploitation économique (travail)",
            ),
            "forced_criminality": (
                "contrainte à commettre un crime ou un délit",
                "criminalité forcée",
            ),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre", "autre forme d'exploitation"),
            "n/a": (None, None, "/", "sans objet", "N.A."),
        },
        gender={
            "male": ("H", "H", "masculin", "hommes"),
            "female": ("F", "F", "féminin", "femmes"),
            "mixed": ("mixte", "H/F", "H+F"),
        },
        age={
            "adult": ("majeur", "majeurs", "adulte"),
            "child": ("mineur", "mineurs", "MENA"),
            "mixed": ("majeurs et mineurs", "mixte", "majeurs + mineurs"),
        },
        transport={
            "sea": ("embarcation", "bateau pneumatique", "small boat", "voie maritime", "navire"),
            "land": (
                "camion",
                "poids lourd",
                "camionnette",
                "voiture",
                "à pied",
                "autocar",
                "train",
            ),
            "air": ("avion", "voie aérienne", "vol commercial"),
        },
        na=("inconnu", "n.c.", "non précisé"),
        offences={
            "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "illicit_goods": ("stupéfiants", "contrebande", "armes"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_joins=(", ", " / ", " + "),
        count_na=("n.c.", "inconnu", "?", "n.c."),
        zero=("néant", "aucun", "néant"),
        no_transit=(None, None, "néant", "direct"),
    ),
    LKA: _Wording(
        crime={
            "trafficking:sexual": (
                "§ 232a StGB (forced prostitution)",
                "Zwangsprostitution § 232a StGB",
            ),
            "trafficking:forced_labour": (
                "§ 232b StGB (forced labour)",
                "§ 233 StGB (labour exploitation)",
            ),
            "trafficking": (
                "§ 232 StGB (human trafficking)",
                "Menschenhandel § 232 StGB",
                "human trafficking (§ 232 StGB)",
            ),
            "smuggling": (
                "§ 96 AufenthG (smuggling of foreigners)",
                "Einschleusen von Ausländern § 96 AufenthG",
                "§ 97 Abs. 2 AufenthG (commercial gang smuggling)",
                "smuggling (§§ 96, 97 AufenthG)",
            ),
            "both": (
                "§ 232 StGB / § 96 AufenthG",
                "trafficking + smuggling (§ 232 StGB, § 96 AufenthG)",
                "Menschenhandel und Einschleusen (§ 232 StGB i.V.m. § 96 AufenthG)",
            ),
        },
        exploitation={
            "sexual": ("sexual exploitation", "forced prostitution (§ 232a)", "sexual"),
            "forced_labour": (
                "labour exploitation",
                "forced labour (§ 232b)",
                "labour exploitation (§ 233)",
            ),
            "forced_criminality": ("forced criminality", "exploitation in criminal activity"),
            "forced_marriage": ("forced marriage (§ 237 StGB)",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
            "n/a": (None, None, "n/a", "-"),
        },
        gender={
            "male": ("male", "m", "m"),
            "female": ("female", "w", "w"),
            "mixed": ("mixed", "m/w", "male/female"),
        },
        age={
            "adult": ("adult", "adults (18+)", "adult"),
            "child": ("minor", "UMA (unaccompanied minor)", "child"),
            "mixed": ("mixed", "adults/minors"),
        },
        transport={
            "sea": ("boat", "dinghy", "by sea", "ship"),
            "land": (
                "lorry (LKW)",
                "car (PKW)",
                "van (Transporter)",
                "on foot",
                "train",
                "coach",
                "taxi",
            ),
            "air": ("by air", "flight", "plane"),
        },
        na=("unknown", "n/a", "k.A."),
        offences={
            "document_fraud": (
                "document forgery (§ 267 StGB)",
                "forged documents",
                "Urkundenfälschung (forgery)",
            ),
            "corruption": ("bribery (§ 334 StGB)", "corruption"),
            "money_laundering": ("money laundering (§ 261 StGB)", "money laundering"),
            "illicit_goods": ("drugs (BtMG)", "contraband", "weapons (WaffG)"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism (§ 129a StGB)",),
        },
        offence_joins=("; ", ", "),
        count_na=("unknown", "n/a", "k.A."),
        zero=("none", "keine", "none"),
        no_transit=(None, None, "none", "-"),
    ),
    ERT: _Wording(
        crime={
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "177 bis CP - trata",
                "TSH (art. 177 bis)",
                "trata de seres humanos",
            ),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
                "Delito contra los derechos de los ciudadanos extranjeros (318 bis CP)",
                "tráfico ilícito de migrantes",
                "318 bis CP - inmigración clandestina",
            ),
            "both": (
                "Trata (177 bis) y favorecimiento inmigración ilegal (318 bis CP)",
                "177 bis + 318 bis CP",
                "trata y tráfico de personas",
            ),
        },
        exploitation={
            "sexual": ("explotación sexual", "prostitución forzada", "sexual"),
            "forced_labour": ("explotación laboral", "trabajos forzados", "laboral"),
            "forced_criminality": ("actividades delictivas", "explotación para delinquir"),
            "forced_marriage": ("matrimonio forzado",),
            "organ_removal": ("extracción de órganos",),
            "other": ("otras", "otra finalidad"),
            "n/a": (None, None, "no procede", "-", "N/P"),
        },
        gender={
            "male": ("H", "H", "hombres", "varón"),
            "female": ("M", "M", "mujeres", "mujer"),
            "mixed": ("mixto", "H/M", "ambos sexos"),
        },
        age={
            "adult": ("adulto", "mayor de edad", "adultos"),
            "child": ("menor", "menores", "MENA"),
            "mixed": ("mixto", "adultos y menores"),
        },
        transport={
            "sea": ("patera", "cayuco", "neumática", "embarcación", "vía marítima", "lancha"),
            "land": (
                "camión",
                "furgoneta",
                "turismo",
                "a pie",
                "autobús",
                "tren",
                "vía terrestre",
            ),
            "air": ("avión", "vía aérea", "vuelo comercial"),
        },
        na=("desconocido", "s/d", "no consta"),
        offences={
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("tráfico de drogas", "contrabando", "tenencia de armas"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        offence_joins=(", ", " / "),
        count_na=("s/d", "desconocido", "NC"),
        zero=("ninguno", "0 (ninguno)", "ninguno"),
        no_transit=(None, None, "directo", "ninguno"),
    ),
    GVA: _Wording(
        crime={
            "trafficking": (
                "Traite d'êtres humains (art. 182 CP)",
                "art. 182 CP",
                "TEH - 182 CP",
                "traite d'êtres humains",
            ),
            "smuggling": (
                "Incitation à l'entrée illégale (art. 116 LEI)",
                "art. 116 al. 3 LEI (trafic de migrants)",
                "passeur - art. 116 LEtr",
                "trafic de migrants",
            ),
            "both": (
                "art. 182 CP + art. 116 LEI",
                "traite (182 CP) et trafic de migrants (116 LEI)",
                "TEH et incitation à l'entrée illégale",
            ),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("exploitation du travail", "travail forcé"),
            "forced_criminality": ("criminalité forcée", "contrainte à commettre des infractions"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre", "autre forme"),
            "n/a": (None, None, "-", "sans objet"),
        },
        gender={
            "male": ("masculin", "M", "hommes"),
            "female": ("féminin", "F", "femmes"),
            "mixed": ("mixte", "M/F", "hommes et femmes"),
        },
        age={
            "adult": ("adulte", "majeur", "adultes"),
            "child": ("mineur", "mineur (RMNA)", "enfant"),
            "mixed": ("mixte", "adultes et mineurs"),
        },
        transport={
            "sea": ("bateau", "embarcation", "voie maritime", "canot pneumatique"),
            "land": ("voiture", "fourgon", "camion", "train", "à pied", "bus", "taxi"),
            "air": ("avion", "voie aérienne", "vol de ligne"),
        },
        na=("inconnu", "ind.", "N/A"),
        offences={
            "document_fraud": (
                "faux dans les certificats (art. 252 CP)",
                "faux documents",
                "usage de faux",
            ),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment d'argent (art. 305bis CP)", "blanchiment"),
            "illicit_goods": ("stupéfiants (LStup)", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_joins=(", ", " / "),
        count_na=("inconnu", "ind.", "N/A"),
        zero=("aucun", "néant", "aucun"),
        no_transit=(None, None, "direct", "aucun"),
    ),
}


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
BLIND49_SOURCES: tuple[_Desk, ...] = (
    _Desk(
        source=AVIM,
        filename="politie_avim_ay.csv",
        ref="PL2000-{year}{seq:06d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Registratienummer / Reg. no.",
            "event_date": "Datum constatering / Date detected",
            "detection_country": "Land constatering / Country of detection",
            "crime_type": "Feit (art. Sr) / Offence",
            "exploitation": "Vorm uitbuiting / Form of exploitation",
            "n_persons": "Aantal personen / No. of persons",
            "n_suspects": "Aantal verdachten / No. of suspects",
            "gender": "Geslacht / Sex (M=man, V=vrouw)",
            "age_group": "Leeftijd / Age group",
            "nationality": "Nationaliteit / Nationality",
            "origin_country": "Land van herkomst / Country of origin",
            "transit_countries": "Transitlanden / Transit countries",
            "destination_country": "Land van bestemming / Destination",
            "transport_mode": "Vervoermiddel / Means of transport",
            "lat": "Breedtegraad / Lat (WGS84, dec. deg.)",
            "lon": "Lengtegraad / Lon (WGS84, dec. deg.)",
            "linked_offences": "Samenhangende feiten / Related offences",
        },
        note="NB: voorlopige cijfers / provisional figures - not for onward dissemination",
        total="Totaal / Total",
        bad_count=("several", "a group", "multiple", "many"),
        repeats=False,
        agency="Dutch National Police, Landelijke Eenheid, AVIM international liaison desk",
    ),
    _Desk(
        source=PJF,
        filename="pjf_anvers_ay.csv",
        ref="AN.97.L7.{seq:06d}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° PV",
            "event_date": "Date des faits",
            "crime_type": "Qualification (base légale)",
            "exploitation": "Finalité d'exploitation",
            "n_persons": "Nbre victimes / personnes",
            "n_suspects": "Nbre suspects",
            "gender": "Sexe (H/F)",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination finale",
            "detection_country": "Pays de constatation",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Remarque : données provisoires (extraction ISLP), à ne pas diffuser",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "une dizaine", "nombreuses", "quelques-unes"),
        repeats=True,
        agency="Belgian Federal Judicial Police of Antwerp (PJF Anvers), THB section",
    ),
    _Desk(
        source=LKA,
        filename="lka_bw_ay.jsonl",
        ref="LKA-BW 5{seq:05d}/{yy:02d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "VG-Nr/case no.",
            "event_date": "Tatzeit/date",
            "crime_type": "Delikt/offence (§)",
            "exploitation": "Ausbeutungsform/exploitation",
            "n_persons": "Anzahl Geschleuste-Opfer/persons",
            "n_suspects": "Anzahl TV/suspects",
            "gender": "Geschlecht/sex (m/w)",
            "age_group": "Altersgruppe/age group",
            "nationality": "Staatsangehörigkeit/nationality",
            "origin_country": "Herkunftsstaat/origin",
            "transit_countries": "Transitstaaten/transit",
            "destination_country": "Zielstaat/destination",
            "detection_country": "Feststellungsstaat/detected in",
            "transport_mode": "Beförderungsmittel/transport",
            "coordinates": "Koordinaten/coordinates (WGS84 lat, lon)",
            "linked_offences": "Begleitdelikte/related offences",
        },
        note="Hinweis/note: figures provisional, PKS not yet final",
        total="Summe/total",
        bad_count=("several", "a number of", "multiple"),
        repeats=False,
        agency="Landeskriminalamt Baden-Württemberg, liaison desk (Verbindungsstelle)",
    ),
    _Desk(
        source=ERT,
        filename="ertzaintza_ay.xlsx",
        ref="{seq:05d}/{year}-UCI",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Atestatua / Atestado nº",
            "event_date": "Data / Fecha hecho",
            "crime_type": "Delitua / Tipo penal (CP)",
            "exploitation": "Esplotazioa / Finalidad de explotación",
            "n_persons": "Pertsonak / Nº víctimas o personas",
            "n_suspects": "Ikertuak / Nº investigados",
            "gender": "Sexua / Sexo (H/M)",
            "age_group": "Adina / Edad",
            "nationality": "Naziotasuna / Nacionalidad",
            "origin_country": "Jatorria / País de origen",
            "transit_countries": "Igarobidea / Países de tránsito",
            "destination_country": "Helmuga / País de destino",
            "detection_country": "Herrialdea / País de detección",
            "transport_mode": "Garraioa / Medio de transporte",
            "coordinates": "Koordenatuak / Coordenadas",
            "linked_offences": "Lotutako delituak / Delitos conexos",
        },
        note="Oharra / Nota: datos provisionales, pendientes de validación",
        total="GUZTIRA / TOTAL",
        bad_count=("varios", "numerosos", "decenas"),
        repeats=True,
        agency="Ertzaintza (Basque Country police), central intelligence unit, liaison",
    ),
    _Desk(
        source=GVA,
        filename="police_geneve_ay.csv",
        ref="P/{year}/{seq:06d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="fr",
        headers={
            "source_ref": "No rapport",
            "event_date": "Date du constat (jj.mm.aaaa)",
            "crime_type": "Infraction (CP / LEI)",
            "exploitation": "Type d'exploitation",
            "n_persons": "Pers. concernées (nb)",
            "n_suspects": "Prévenus (nb)",
            "gender": "Genre",
            "age_group": "Âge (cat.)",
            "nationality": "Nationalité",
            "origin_country": "Provenance",
            "transit_countries": "Itinéraire (transit)",
            "destination_country": "Destination",
            "detection_country": "Pays du constat",
            "transport_mode": "Moyen de déplacement",
            "coordinates": "Coord. GPS (lat, lon)",
            "linked_offences": "Autres infractions",
        },
        note="N.B. : chiffres provisoires, sous réserve de consolidation",
        total="Total général",
        bad_count=("plusieurs", "quelques", "nombreux"),
        repeats=False,
        agency="Police cantonale de Genève, migration and illicit networks brigade, liaison",
    ),
)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (_quarter(ts) - 1) + 1, day=1)


def _partial(
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
    months: tuple[str, ...],
    quarters: tuple[str, ...],
    share: tuple[float, float],
) -> _DateOut | None:
    """Return a month or quarter date (fields ``{m}``, ``{mm}``, ``{q}``, ``{y}``), or None."""
    r = rng.random()
    if not partial_ok:
        return None
    fields = {
        "m": ts.month,
        "mm": f"{ts.month:02d}",
        "y": ts.year,
        "q": _quarter(ts),
    }
    if r < share[0]:
        cell = choice(rng, months).format(**fields)
        return cell, _month_start(ts), "month", ["date_month"]
    if quarters and r < share[0] + share[1]:
        cell = choice(rng, quarters).format(**fields)
        return cell, _quarter_start(ts), "quarter", ["date_quarter"]
    return None


def _date_avim(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    name = MONTHS[ts.month - 1]
    part = _partial(
        ts,
        rng,
        partial_ok,
        ("{mm}-{y}", name + " {y}"),
        ("Q{q} {y}", "{y}-Q{q}"),
        (0.04, 0.025),
    )
    if part is not None:
        return part
    r = rng.random()
    if r < 0.6:
        cell, tag = f"{ts.day:02d}-{ts.month:02d}-{ts.year}", "date_dmy_dash"
    elif r < 0.75:
        cell, tag = f"{ts.day}-{ts.month}-{ts.year}", "date_unpadded"
    elif r < 0.9:
        cell, tag = f"{ts.day} {name[:3]} {ts.year}", "date_month_name"
    else:
        cell, tag = f"{ts.day:02d}/{ts.month:02d}/{ts.year}", "date_dmy"
    return cell, ts, "day", [tag]


def _date_pjf(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    name = _FR_MONTHS[ts.month - 1]
    ordinal = "1er" if _quarter(ts) == 1 else "{q}e"
    part = _partial(
        ts,
        rng,
        partial_ok,
        (name + " {y}", "{mm}/{y}"),
        (ordinal + " trim. {y}", "T{q} {y}", ordinal + " trimestre {y}"),
        (0.04, 0.025),
    )
    if part is not None:
        return part
    r = rng.random()
    day = "1er" if ts.day == 1 else str(ts.day)
    if r < 0.55:
        cell, tag = f"{ts.day:02d}/{ts.month:02d}/{ts.year}", "date_dmy"
    elif r < 0.7:
        cell, tag = f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}", "date_two_digit_year"
    elif r < 0.85:
        cell, tag = f"{ts.day:02d}.{ts.month:02d}.{ts.year}", "date_dotted"
    else:
        cell, tag = f"{day} {name} {ts.year}", "date_month_name"
    return cell, ts, "day", [tag]


def _date_lka(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    part = _partial(
        ts,
        rng,
        partial_ok,
        ("{y}-{mm}", "{mm}/{y}"),
        ("Q{q}/{y}",),
        (0.03, 0.02),
    )
    if part is not None:
        return part
    r = rng.random()
    if r < 0.5:
        cell, tag = ts.strftime("%Y-%m-%d"), "date_iso"
    elif r < 0.72:
        cell, tag = f"{ts.day:02d}.{ts.month:02d}.{ts.year}", "date_dotted"
    elif r < 0.8:
        cell, tag = f"{ts.day}.{ts.month}.{ts.year}", "date_unpadded"
    elif r < 0.9:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 12)) * 5
        cell, tag = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", "date_timestamp"
    else:
        cell, tag = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    return cell, ts, "day", [tag]


def _date_ert(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    name = _ES_MONTHS[ts.month - 1]
    ordinal = ".er" if _quarter(ts) in (1, 3) else ".º"  # 1.er, 2.º, 3.er, 4.º trimestre
    part = _partial(
        ts,
        rng,
        partial_ok,
        (name + " de {y}", name + " {y}", "{mm}/{y}"),
        ("{y}T{q}", "{q}T {y}", "{q}" + ordinal + " trimestre {y}"),
        (0.04, 0.025),
    )
    if part is not None:
        return part
    r = rng.random()
    if r < 0.6:
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if r < 0.75:
        serial = int((ts - _EXCEL_EPOCH).days)
        return serial, ts, "day", ["excel_serial"]
    if r < 0.9:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ts, "day", ["date_dmy"]
    if r < 0.95:
        cell = f"{ts.day:02d}-{_ES_MONTH_ABBR[ts.month - 1]}-{ts.year}"
        return cell, ts, "day", ["date_month_name"]
    return f"{ts.day} de {name} de {ts.year}", ts, "day", ["date_month_name"]


def _date_gva(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    part = _partial(
        ts,
        rng,
        partial_ok,
        ("{mm}.{y}", _FR_MONTHS[ts.month - 1] + " {y}"),
        (),
        (0.035, 0.0),
    )
    if part is not None:
        return part
    r = rng.random()
    if r < 0.65:
        cell, tag = f"{ts.day:02d}.{ts.month:02d}.{ts.year}", "date_dotted"
    elif r < 0.77:
        cell, tag = f"{ts.day}.{ts.month}.{ts.year % 100:02d}", "date_two_digit_year"
    elif r < 0.88:
        cell, tag = f"{ts.day:02d}/{ts.month:02d}/{ts.year}", "date_dmy"
    else:
        day = "1er" if ts.day == 1 else str(ts.day)
        cell, tag = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", "date_month_name"
    return cell, ts, "day", [tag]


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    AVIM: _date_avim,
    PJF: _date_pjf,
    LKA: _date_lka,
    ERT: _date_ert,
    GVA: _date_gva,
}


def _bad_date(src: _Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, mm = (30, 2) if rng.random() < 0.5 else (31, int(choice(rng, ("4", "6", "9", "11"))))
        cells = {
            AVIM: f"{day}-{mm:02d}-{ts.year}",
            PJF: f"{day}/{mm:02d}/{ts.year}",
            LKA: f"{ts.year}-{mm:02d}-{day}",
            ERT: f"{day}/{mm:02d}/{ts.year}",
            GVA: f"{day}.{mm:02d}.{ts.year}",
        }
        return cells[src.source]
    try:
        future = ts.replace(year=ts.year + 200)  # 2022 typed 2222
    except ValueError:  # 29 February of a year whose +200 is no leap year
        future = ts.replace(year=ts.year + 200, day=28)
    if src.source == ERT:
        return future.to_pydatetime()
    cell, _, _, _ = _DATES[src.source](future, rng, False)
    return cell


def _note_date(src: _Desk, last: pd.Timestamp) -> object:
    """Return the date of a desk's note row: the day of its last row, written its way."""
    if src.source == ERT:
        return last.to_pydatetime()
    cells = {
        AVIM: f"{last.day:02d}-{last.month:02d}-{last.year}",
        PJF: f"{last.day:02d}/{last.month:02d}/{last.year}",
        LKA: last.strftime("%Y-%m-%d"),
        GVA: f"{last.day:02d}.{last.month:02d}.{last.year}",
    }
    return cells[src.source]


# --------------------------------------------------------------------------------------
# Countries as each desk writes them
# --------------------------------------------------------------------------------------
def _names(src: _Desk) -> _Words:
    return {"en": _EN_NAMES, "fr": _FR_NAMES, "es": _ES_NAMES}[src.language]


def _country(src: _Desk, code: str, rng: _Rng, tags: list[str]) -> str:
    """Return a country (origin, destination, detection, transit) as the desk writes it."""
    name = choice(rng, _names(src)[code])
    r = rng.random()
    if (src.source == AVIM and r < 0.15) or (src.source == LKA and r < 0.45):
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.source == PJF and r < 0.2:
        tags.append("upper_case")
        return name.upper()
    if src.source == GVA:
        if r < 0.15:
            tags.append("iso2")
            return iso_codes(code)[0]
        garbled = mojibake(name)
        if garbled is not None and r < 0.22:
            tags.append("mojibake")
            return garbled
    return name


def _es_feminine(word: str) -> str:
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith("és"):
        return word[:-2] + "esa"
    return word


def _nationality(src: _Desk, code: str, female: bool, rng: _Rng, tags: list[str]) -> str:
    """Return a nationality (demonym, country name or code) as the desk writes it."""
    r = rng.random()
    lang = src.language
    if src.source == LKA:
        if r < 0.35:
            tags.append("iso2")
            return iso_codes(code)[0]
        if r < 0.55:
            tags.append("iso3")
            return code
    if src.source == AVIM and r < 0.1:
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.source == GVA and r < 0.2:
        tags.append("iso2")
        return iso_codes(code)[0]
    if rng.random() < 0.25 or (lang == "en" and code not in _EN_DEMONYM):
        return _country(src, code, rng, tags)
    if lang == "en":
        tags.append("demonym")
        return _EN_DEMONYM[code]
    if lang == "fr" and code in _FR_DEMONYM:
        tags.append("demonym")
        masc, fem = _FR_DEMONYM[code]
        word = fem if src.source == PJF or female else masc
        if src.source == PJF and rng.random() < 0.15:
            return word.upper()
        return word
    if lang == "es" and code in _ES_DEMONYM:
        tags.append("demonym")
        word = _ES_DEMONYM[code]
        return _es_feminine(word) if female else word
    return _country(src, code, rng, tags)


def _transit(src: _Desk, value: object, rng: _Rng, tags: list[str]) -> str | None:
    """Return the transit cell: the countries in order, joined the desk's way."""
    if value is None:
        return choice(rng, [w or "" for w in _WORDING[src.source].no_transit]) or None
    codes = str(value).split("|")
    r = rng.random()
    if (src.source == AVIM and r < 0.2) or (src.source == LKA and r < 0.6):
        tags.append("transit_codes")
        sep = "-" if src.source == AVIM else "/"
        return sep.join(iso_codes(c)[0] for c in codes)
    names = [_country(src, c, rng, tags) for c in codes]
    if len(names) == 1:
        return names[0]
    if src.source == AVIM:
        return " > ".join(names)
    if src.source == PJF:
        return choice(rng, (" - ", ", ")).join(names)
    if src.source == LKA:
        return ", ".join(names)
    if src.source == ERT:
        if rng.random() < 0.6:
            tags.append("transit_y")
            return ", ".join(names[:-1]) + " y " + names[-1]
        return " - ".join(names)
    return choice(rng, (" → ", " / ")).join(names)


# --------------------------------------------------------------------------------------
# Numbers and places
# --------------------------------------------------------------------------------------
def _count(src: _Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the persons cell and the count it says (None for a "not known" word)."""
    words = _WORDING[src.source]
    r = rng.random()
    if r < 0.015:
        tags.append("count_placeholder")
        return choice(rng, words.count_na), None
    if n >= 1000 and rng.random() < 0.7:
        tags.append("thousands_sep")
        sep = {AVIM: ",", PJF: choice(rng, (" ", "\u00a0", ".")), LKA: ".", ERT: ".", GVA: "'"}
        return f"{n:,}".replace(",", sep[src.source]), n
    if r < 0.05:
        tags.append("count_unit")
        unit = {AVIM: "pers.", PJF: "pers.", LKA: "persons", ERT: "personas", GVA: "pers."}
        return f"{n} {unit[src.source]}", n
    if src.format == "csv":
        return str(n), n
    return n, n


def _suspects(src: _Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the suspects cell and the count it says."""
    words = _WORDING[src.source]
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, words.count_na), None
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, words.zero), 0
    return (str(n) if src.format == "csv" else n), n


def _dms(value: float, pos: str, neg: str, sign: str, decimals: int) -> tuple[str, float]:
    """Degrees, minutes, seconds (to ``decimals``) and the value they say."""
    unit = 10**decimals
    scaled = round(abs(value) * 3600 * unit)
    deg, rem = divmod(scaled, 3600 * unit)
    mins, secs = divmod(rem, 60 * unit)
    sec_text = f"{secs // unit:02d}" + (f".{secs % unit:0{decimals}d}" if decimals else "")
    hemi = pos if value >= 0 else neg
    text = f"{deg}{sign}{mins:02d}'{sec_text}\"{hemi}"
    said = scaled / (3600 * unit)
    return text, said if value >= 0 else -said


def _ddm(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma (``51°12,345' N``)."""
    scaled = round(abs(value) * 60_000)
    deg, mins = divmod(scaled, 60_000)
    hemi = pos if value >= 0 else neg
    text = f"{deg}°{mins // 1000:02d},{mins % 1000:03d}' {hemi}"
    said = scaled / 60_000
    return text, said if value >= 0 else -said


def _decimal(value: float, places: int, comma: bool = False) -> tuple[str, float]:
    text = f"{value:.{places}f}"
    said = float(text)
    return (text.replace(".", ",") if comma else text), said


def _place(
    src: _Desk, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the coordinate cells and the point they say."""
    combined = "coordinates" in src.headers
    r = rng.random()
    if r < 0.02:
        tags.append("coords_missing")
        return {}, None, None
    if r < 0.04:
        tags.append("coords_placeholder")
        word = choice(rng, _WORDING[src.source].na)
        return ({"coordinates": word} if combined else {"lat": word, "lon": word}), None, None
    r = rng.random()
    if src.source == AVIM:
        places = 5 if r < 0.7 else 4
        (la, y), (lo, x) = _decimal(lat, places), _decimal(lon, places)
        return {"lat": la, "lon": lo}, y, x
    if src.source == PJF:
        if r < 0.75:
            tags.append("decimal_comma")
            (la, y), (lo, x) = _decimal(lat, 5, comma=True), _decimal(lon, 5, comma=True)
        else:
            tags.append("ddm")
            (la, y), (lo, x) = _ddm(lat, "N", "S"), _ddm(lon, "E", "O")
        return {"lat": la, "lon": lo}, y, x
    if src.source == LKA:
        if r < 0.55:
            (la, y), (lo, x) = _decimal(lat, 5), _decimal(lon, 5)
            return {"coordinates": f"{la}, {lo}"}, y, x
        if r < 0.8:
            (la, y), (lo, x) = _decimal(abs(lat), 5), _decimal(abs(lon), 5)
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            tags.append("hemisphere_letters")
            return (
                {"coordinates": f"{ns} {la} {ew} {lo}"},
                y if lat >= 0 else -y,
                x if lon >= 0 else -x,
            )
        tags.append("dms")
        (la, y), (lo, x) = _dms(lat, "N", "S", "°", 1), _dms(lon, "E", "W", "°", 1)
        return {"coordinates": f"{la} {lo}"}, y, x
    if src.source == ERT:
        if r < 0.65:
            tags.append("dms")
            la, y = _dms(lat, " N", " S", "º ", 0)
            lo, x = _dms(lon, " E", " O", "º ", 0)
            la, lo = la.replace("'", "' "), lo.replace("'", "' ")
            return {"coordinates": f"{la} {lo}"}, y, x
        tags.append("decimal_comma")
        (la, y), (lo, x) = _decimal(lat, 4, comma=True), _decimal(lon, 4, comma=True)
        return {"coordinates": f"{la} / {lo}"}, y, x
    # Geneva
    if r < 0.7:
        (la, y), (lo, x) = _decimal(lat, 4), _decimal(lon, 4)
        return {"coordinates": f"{la}, {lo}"}, y, x
    (la, y), (lo, x) = _decimal(abs(lat), 5), _decimal(abs(lon), 5)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
    tags.append("hemisphere_letters")
    return (
        {"coordinates": f"{la} {ns} / {lo} {ew}"},
        y if lat >= 0 else -y,
        x if lon >= 0 else -x,
    )


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _offences(src: _Desk, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None
    words = _WORDING[src.source]
    parts = [choice(rng, words.offences[o]) for o in str(value).split("|")]
    return choice(rng, words.offence_joins).join(parts)


def _crime(src: _Desk, crime: str, form: object, rng: _Rng, tags: list[str]) -> str:
    words = _WORDING[src.source].crime
    key = f"{crime}:{form}"
    if key in words and rng.random() < 0.6:
        tags.append("legal_article_form")
        return choice(rng, words[key])
    cell = choice(rng, words[crime])
    if any(ch.isdigit() for ch in cell):
        tags.append("legal_article")
    return cell


def _render(
    src: _Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    words = _WORDING[src.source]
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, day, precision, date_tags = _DATES[src.source](ts, rng, partial_ok)
    tags += date_tags
    crime = str(ev["crime_type"])
    form = ev["exploitation"]
    cells: dict[str, object] = {
        "event_date": date_cell,
        "crime_type": _crime(src, crime, form, rng, tags),
    }
    if form is None:
        cells["exploitation"] = choice(rng, [w or "" for w in words.exploitation["n/a"]]) or None
    else:
        cells["exploitation"] = choice(rng, [w or "" for w in words.exploitation[str(form)]])
    n_cell, n_persons = _count(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    s_cell, n_suspects = _suspects(src, int(ev["n_suspects"]), rng, tags)  # type: ignore[call-overload]
    cells["n_persons"], cells["n_suspects"] = n_cell, s_cell
    gender = str(ev["gender"])
    cells["gender"] = choice(rng, words.gender[gender])
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], age = choice(rng, words.na), "unknown"
    else:
        cells["age_group"] = choice(rng, words.age[age])
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"], mode = choice(rng, words.na), "unknown"
    else:
        cells["transport_mode"] = choice(rng, words.transport[mode])
    cells["nationality"] = _nationality(src, str(ev["nationality"]), gender == "female", rng, tags)
    for col in ("origin_country", "destination_country", "detection_country"):
        cells[col] = _country(src, str(ev[col]), rng, tags)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    place, lat, lon = _place(src, float(ev["lat"]), float(ev["lon"]), rng, tags)  # type: ignore[arg-type]
    cells.update(place)
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": form,
        "n_persons": n_persons,
        "n_suspects": n_suspects,
        "gender": gender,
        "age_group": age,
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": mode,
        "lat": lat,
        "lon": lon,
        "linked_offences": ev["linked_offences"],
    }
    if forced_blank is not None:  # a second report leaving out what the first one gives
        _blank(src, forced_blank, cells, expected, tags)
    for key, value in cells.items():  # a clerk's keyboard: accents dropped if need be
        if isinstance(value, str) and not fits(value, src):
            folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore")
            cells[key] = folded.decode("ascii")
    return cells, expected, tags


def _blank(
    src: _Desk,
    field: str,
    cells: dict[str, object],
    expected: dict[str, object],
    tags: list[str],
) -> None:
    """Leave ``field`` blank in a second report (in place)."""
    drop = {
        "n_suspects": ("zero_word", "suspects_placeholder"),
        "coordinates": ("coords_missing", "coords_placeholder"),
    }.get(field, ())
    tags[:] = [t for t in tags if t not in drop]
    tags.append(f"blank_{field}")
    if field == "coordinates":
        for col in ("coordinates", "lat", "lon"):
            cells.pop(col, None)
        expected["lat"] = expected["lon"] = None
    elif field == "gender":
        cells["gender"] = None
        expected["gender"] = "unknown"
    else:
        cells[field] = None
        expected[field] = None


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[_Desk] = Examiner(
    sources=BLIND49_SOURCES,
    primary={
        "ESP": ERT,
        "FRA": PJF,
        "GBR": PJF,
        "ITA": GVA,
        "GRC": LKA,
        "HRV": LKA,
        "POL": LKA,
    },
    compilation=AVIM,
    secondary={
        ("channel", "FRA"): AVIM,
        ("channel", "GBR"): AVIM,
        ("thb_vnm_gbr", "GBR"): AVIM,
        ("blr_pol", "POL"): AVIM,
        ("cmed", "ITA"): LKA,
        ("thb_rou_esp", "ESP"): LKA,
        ("thb_nga_ita", "ITA"): PJF,
        ("wmed", "ESP"): PJF,
        ("watl", "ESP"): PJF,
        ("emed", "GRC"): GVA,
        ("wbal", "HRV"): GVA,
        ("thb_rou_esp", "ITA"): ERT,
        ("darien", "PAN"): ERT,
        ("us_mex", "USA"): ERT,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4949,
    blank_share=0.3,
)


def make_blind49(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five liaison desks of set ``blind49`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``politie_avim_ay.csv``, ``pjf_anvers_ay.csv``, ``lka_bw_ay.jsonl``,
        ``ertzaintza_ay.xlsx`` and ``police_geneve_ay.csv``, each with its expected
        rows (see the module docstring for how each desk writes).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind49(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['politie_avim_ay.csv', 'pjf_anvers_ay.csv', 'lka_bw_ay.jsonl',
     'ertzaintza_ay.xlsx', 'police_geneve_ay.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
