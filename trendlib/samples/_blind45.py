"""Examiner sample set ``blind45``: five agencies writing as they do (files ``*_au.*``).

A held-out set written without looking at the cleaner. Each source below is a plausible
desk of a Gulf of Guinea or Caribbean agency (or of a Spanish service not used before)
that shares its case list in a joint data exchange; the wording, layout and habits are
the agency's own. The rows come from :mod:`trendlib.samples._examiner`; the wording
lives here.

Reader's guide
--------------
``dcpj_togo_au.csv`` -- Police nationale togolaise, Direction centrale de la police
    judiciaire (DCPJ), Service central de lutte contre la traite des personnes (SCLTP).
    French, **cp1252**, ``;`` delimiter, CRLF lines. First reports of the events detected
    in Italy (West African victims and migrants), second reports of some Atlantic-route
    and Aegean events. Headers partly bilingual French/English, as on an ECOWAS exchange
    template (``Nationalité / Nationality``), with ``N° PV`` procès-verbal numbers.
    Dates day-first: ``12/03/2022``, ``12-03-2022``, ``12.03.2022``, ``12/03/22``,
    ``12 mars 2022`` (``1er mars 2022``); month only as ``mars 2022``, ``courant mars
    2022`` (police jargon: "during March") or ``03/2022``; quarter as ``1er trimestre
    2022``, ``T1 2022`` or ``2e trim. 2022``. Crime type as French qualifications,
    sometimes with the Italian partner's legal article (``art. 601 c.p.``, ``art. 12
    TUI``) or the West African abbreviations ``TEH`` / ``TIM``. Counts with a space or a
    no-break space as thousands separator, sometimes with a unit (``45 pers.``); ``n.c.``
    / ``ND`` / ``inconnu`` for an unknown count; ``néant`` / ``aucun`` for no suspect.
    Sex ``M`` / ``F`` (header ``Sexe (M/F)``) or words; ``MNA`` for unaccompanied
    minors. Nationalities as French demonyms agreeing with the sex (``nigériane``),
    ``nigérien`` (Niger) beside ``nigérian`` (Nigeria), ``Guinée (Conakry)``; a few
    cells garbled as UTF-8 read as cp1252 (``nigÃ©riane``, ``CÃ´te d'Ivoire``).
    Country of detection sometimes upper case or with the place (``Italie
    (Lampedusa)``). Coordinates in one cell: decimal commas (``37,50331 /
    12,59440``), hemisphere letters (``N 37,5033 – E 12,5944``, ``O`` for west) or
    degrees-minutes-seconds. A free-text ``Observations`` column. Note row and
    ``TOTAL GÉNÉRAL`` row; some rows re-sent at the end.
``gpf_guyana_au.csv`` -- Guyana Police Force, Counter-Trafficking in Persons (C-TIP)
    Unit. English, **UTF-16** (Excel "Unicode Text": BOM, little-endian), **tab**
    delimiter. First reports of the Darién events (detected in Panama), second reports
    of some US-Mexico events. Dates ``dd/mm/yyyy``, ``3rd April 2022``, ``03-Apr-2022``,
    ISO; months ``April 2022`` / ``Apr-2022``; quarters ``Q2 2022`` / ``2nd Quarter
    2022``. Offences ``TIP`` (Combatting of Trafficking in Persons Act), ``SOM``,
    ``Smuggling of Migrants``. Counts with comma thousands; ``N/K`` (not known),
    ``Unknown``, ``Not stated``; ``Nil`` for no suspect. UN-style country names
    (``Venezuela (Bolivarian Republic of)``). Transit routes ``Ecuador > Colombia``;
    ``Direct`` when none. Coordinates ``8.75328, -77.35519``, ``8.7533N 77.3552W`` or
    DMS. A ``Remarks`` column. Note row and ``GRAND TOTAL`` row.
``rbpf_bahamas_au.xlsx`` -- Royal Bahamas Police Force, Central Detective Unit
    (liaison with US partners). English, XLSX. First reports of the events detected in
    the United States; second reports of some Darién and Channel events. Dates as real
    Excel dates, as bare Excel serial numbers (a column formatted "General"), or text
    ``14-Mar-2022`` / ``March 14, 2022``; months ``Mar-2022`` / ``March 2022``; quarters
    ``Q1 2022`` / ``2022 Q1``. Counts as numbers, or text ``1,250``; ``Unk`` unknown;
    ``Nil`` no suspect. Nationality as demonyms or ISO alpha-3. Latitude and longitude
    in two columns, as numbers or as mariners' degrees and decimal minutes (``26
    12.4N`` / ``097 41.3W``). Conveyance in marine and road jargon (``Go-fast vessel``,
    ``Tractor-trailer``). Note row and ``TOTAL`` row; some rows re-sent at the end.
``sva_aduanas_au.csv`` -- Agencia Tributaria, Servicio de Vigilancia Aduanera (SVA),
    Dirección Adjunta de Vigilancia Aduanera. Spanish, **UTF-8 with BOM**, ``|``
    delimiter (a database export). First reports of the events detected in Spain;
    second reports of some Romanian trafficking cases found in Italy. Dates
    ``12/03/2022``, ``12-03-2022``, ``12/03/22``, ``12 de marzo de 2022``; months
    ``marzo 2022`` / ``marzo de 2022`` / ``03/2022``; quarters ``1T 2022``, ``1.er
    trimestre 2022``, ``primer trimestre de 2022``; ``s/f`` (sin fecha) for no date.
    Crime type by Código Penal article (``art. 318 bis CP``, ``177 bis CP``) or words.
    Counts with dot thousands; ``s/d`` / ``desconocido``; ``ninguno`` for no suspect.
    ``Sexo (H/M)`` legend (``M`` is *mujer*); ``MENA``; ``no consta``. Demonyms agree
    with the sex (``senegalesa``); ``Guinea Conakry``. Latitude and longitude in two
    columns with decimal commas, or degrees with the ordinal sign ``º`` and ``O``
    (oeste) or ``W`` for west, in decimal minutes (``28º 05,1' N`` / ``015º 24,0' O``)
    or in seconds (``28º11'13" N``). ``patera`` / ``cayuco`` / ``narcolancha``. Note
    row and ``TOTAL`` row.
``dzpaf_martinique_au.jsonl`` -- Direction zonale de la police aux frontières Antilles
    (DZPAF, Martinique), extract of its procedure application. French keys, JSON lines,
    UTF-8. Reports every event no other source reports first (France, United Kingdom,
    Greece, Croatia, Poland) and second reports of some Central Mediterranean,
    Nigerian, Western Mediterranean and Romanian (found in Spain) ones. Dates ISO
    (``2022-03-12``, sometimes with ``T00:00:00``) or ``12/03/2022``; months
    ``2022-03`` / ``mars 2022``; quarters ``2022-T1`` / ``T1 2022``. Crime type in
    CESEDA / Code pénal wording (``aide à l'entrée irrégulière (L.823-1 CESEDA)``,
    ``traite des êtres humains (art. 225-4-1 CP)``, ``TEH``). Counts as JSON numbers,
    or text. Transit countries as a JSON array of ISO alpha-3 codes (``[]`` when
    none). ``vecteur`` in PAF jargon (``maritime``, ``small boat``, ``VL``, ``poids
    lourd``, ``aérien``). Detection countries sometimes as codes, with the EU code
    ``EL`` for Greece and ``UK``. Coordinates as one ``"lat, lon"`` string or DMS with
    tenths of seconds. A ``TOTAL`` row, no note.

Every source leaves a few cells blank or writes a placeholder; the expected clean value
of each written row is in ``truth_rows.csv`` with its messiness tags.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

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

__all__ = ["BLIND45_SOURCES", "Blind45Source", "make_blind45"]

_Rng = np.random.Generator
_Cells = dict[str, object]


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """One agency's words for the vocabulary fields."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]  # "" means a blank cell
    count_unknown: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]  # keys "<group>" and "<group>_1" (one person)
    age_unknown: tuple[str, ...]
    mode: dict[str, tuple[str, ...]]
    mode_unknown: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    offence_joiners: tuple[str, ...]
    no_offence: tuple[str, ...]  # "" means a blank cell
    transit_joiners: tuple[str, ...]
    no_transit: tuple[str, ...]  # "" means a blank cell
    nationality_unknown: tuple[str, ...]
    no_date: tuple[str, ...]  # "" means a blank cell


@dataclass(frozen=True)
class Blind45Source(ExaminerSource):
    """A ``blind45`` source: the shared fields plus the agency's style and wording.

    Attributes
    ----------
    style : str
        Which agency writes (``"togo"``, ``"guyana"``, ``"bahamas"``, ``"sva"``,
        ``"paf"``): selects its date, number, country and coordinate habits.
    wording : _Wording
        The agency's words for the vocabulary fields.
    """

    style: str
    wording: _Wording


# Country names: French names, French demonym (m, f), English names, English demonym,
# Spanish names, Spanish demonym (m, f).
_C = tuple[tuple[str, ...], str, str, tuple[str, ...], str, tuple[str, ...], str, str]
# fmt: off
_COUNTRIES: dict[str, _C] = {
    "AFG": (("Afghanistan",), "afghan", "afghane",
            ("Afghanistan",), "Afghan",
            ("Afganistán",), "afgano", "afgana"),
    "ALB": (("Albanie",), "albanais", "albanaise",
            ("Albania",), "Albanian",
            ("Albania",), "albanés", "albanesa"),
    "AUT": (("Autriche",), "autrichien", "autrichienne",
            ("Austria",), "Austrian",
            ("Austria",), "austriaco", "austriaca"),
    "BGD": (("Bangladesh",), "bangladais", "bangladaise",
            ("Bangladesh",), "Bangladeshi",
            ("Bangladés", "Bangladesh"), "bangladesí", "bangladesí"),
    "BGR": (("Bulgarie",), "bulgare", "bulgare",
            ("Bulgaria",), "Bulgarian",
            ("Bulgaria",), "búlgaro", "búlgara"),
    "BIH": (("Bosnie-Herzégovine",), "bosnien", "bosnienne",
            ("Bosnia and Herzegovina", "Bosnia-Herzegovina"), "Bosnian",
            ("Bosnia y Herzegovina", "Bosnia-Herzegovina"), "bosnio", "bosnia"),
    "BLR": (("Biélorussie", "Bélarus"), "biélorusse", "biélorusse",
            ("Belarus",), "Belarusian",
            ("Bielorrusia",), "bielorruso", "bielorrusa"),
    "CHN": (("Chine",), "chinois", "chinoise",
            ("China",), "Chinese",
            ("China",), "chino", "china"),
    "CIV": (("Côte d'Ivoire",), "ivoirien", "ivoirienne",
            ("Côte d'Ivoire", "Ivory Coast"), "Ivorian",
            ("Costa de Marfil",), "marfileño", "marfileña"),
    "CMR": (("Cameroun",), "camerounais", "camerounaise",
            ("Cameroon",), "Cameroonian",
            ("Camerún",), "camerunés", "camerunesa"),
    "COL": (("Colombie",), "colombien", "colombienne",
            ("Colombia",), "Colombian",
            ("Colombia",), "colombiano", "colombiana"),
    "DEU": (("Allemagne",), "allemand", "allemande",
            ("Germany",), "German",
            ("Alemania",), "alemán", "alemana"),
    "DZA": (("Algérie",), "algérien", "algérienne",
            ("Algeria",), "Algerian",
            ("Argelia",), "argelino", "argelina"),
    "ECU": (("Équateur",), "équatorien", "équatorienne",
            ("Ecuador",), "Ecuadorian",
            ("Ecuador",), "ecuatoriano", "ecuatoriana"),
    "EGY": (("Égypte",), "égyptien", "égyptienne",
            ("Egypt",), "Egyptian",
            ("Egipto",), "egipcio", "egipcia"),
    "ERI": (("Érythrée",), "érythréen", "érythréenne",
            ("Eritrea",), "Eritrean",
            ("Eritrea",), "eritreo", "eritrea"),
    "ESP": (("Espagne",), "espagnol", "espagnole",
            ("Spain",), "Spanish",
            ("España",), "español", "española"),
    "FRA": (("France",), "français", "française",
            ("France",), "French",
            ("Francia",), "francés", "francesa"),
    "GBR": (("Royaume-Uni", "Grande-Bretagne"), "britannique", "britannique",
            ("United Kingdom", "UK", "Great Britain"), "British",
            ("Reino Unido",), "británico", "británica"),
    "GIN": (("Guinée (Conakry)", "Guinée-Conakry"), "guinéen (Conakry)", "guinéenne (Conakry)",
            ("Guinea (Conakry)", "Guinea-Conakry"), "Guinean (Conakry)",
            ("Guinea Conakry", "Guinea-Conakry"), "guineano (Conakry)", "guineana (Conakry)"),
    "GMB": (("Gambie",), "gambien", "gambienne",
            ("The Gambia", "Gambia"), "Gambian",
            ("Gambia",), "gambiano", "gambiana"),
    "GRC": (("Grèce",), "grec", "grecque",
            ("Greece",), "Greek",
            ("Grecia",), "griego", "griega"),
    "GTM": (("Guatemala",), "guatémaltèque", "guatémaltèque",
            ("Guatemala",), "Guatemalan",
            ("Guatemala",), "guatemalteco", "guatemalteca"),
    "HND": (("Honduras",), "hondurien", "hondurienne",
            ("Honduras",), "Honduran",
            ("Honduras",), "hondureño", "hondureña"),
    "HRV": (("Croatie",), "croate", "croate",
            ("Croatia",), "Croatian",
            ("Croacia",), "croata", "croata"),
    "HTI": (("Haïti",), "haïtien", "haïtienne",
            ("Haiti",), "Haitian",
            ("Haití",), "haitiano", "haitiana"),
    "HUN": (("Hongrie",), "hongrois", "hongroise",
            ("Hungary",), "Hungarian",
            ("Hungría",), "húngaro", "húngara"),
    "IRN": (("Iran",), "iranien", "iranienne",
            ("Iran", "Iran (Islamic Republic of)"), "Iranian",
            ("Irán",), "iraní", "iraní"),
    "IRQ": (("Irak", "Iraq"), "irakien", "irakienne",
            ("Iraq",), "Iraqi",
            ("Irak",), "iraquí", "iraquí"),
    "ITA": (("Italie",), "italien", "italienne",
            ("Italy",), "Italian",
            ("Italia",), "italiano", "italiana"),
    "LBY": (("Libye",), "libyen", "libyenne",
            ("Libya",), "Libyan",
            ("Libia",), "libio", "libia"),
    "MAR": (("Maroc",), "marocain", "marocaine",
            ("Morocco",), "Moroccan",
            ("Marruecos",), "marroquí", "marroquí"),
    "MEX": (("Mexique",), "mexicain", "mexicaine",
            ("Mexico",), "Mexican",
            ("México",), "mexicano", "mexicana"),
    "MKD": (("Macédoine du Nord",), "macédonien", "macédonienne",
            ("North Macedonia",), "Macedonian",
            ("Macedonia del Norte",), "macedonio", "macedonia"),
    "MLI": (("Mali",), "malien", "malienne",
            ("Mali",), "Malian",
            ("Malí",), "maliense", "maliense"),
    "MRT": (("Mauritanie",), "mauritanien", "mauritanienne",
            ("Mauritania",), "Mauritanian",
            ("Mauritania",), "mauritano", "mauritana"),
    "NER": (("Niger",), "nigérien", "nigérienne",
            ("Niger",), "Nigerien",
            ("Níger",), "nigerino", "nigerina"),
    "NGA": (("Nigeria", "Nigéria"), "nigérian", "nigériane",
            ("Nigeria",), "Nigerian",
            ("Nigeria",), "nigeriano", "nigeriana"),
    "PAK": (("Pakistan",), "pakistanais", "pakistanaise",
            ("Pakistan",), "Pakistani",
            ("Pakistán",), "pakistaní", "pakistaní"),
    "PAN": (("Panama",), "panaméen", "panaméenne",
            ("Panama", "Republic of Panama"), "Panamanian",
            ("Panamá",), "panameño", "panameña"),
    "POL": (("Pologne",), "polonais", "polonaise",
            ("Poland",), "Polish",
            ("Polonia",), "polaco", "polaca"),
    "ROU": (("Roumanie",), "roumain", "roumaine",
            ("Romania",), "Romanian",
            ("Rumanía", "Rumania"), "rumano", "rumana"),
    "RUS": (("Russie", "Fédération de Russie"), "russe", "russe",
            ("Russia", "Russian Federation"), "Russian",
            ("Rusia",), "ruso", "rusa"),
    "SEN": (("Sénégal",), "sénégalais", "sénégalaise",
            ("Senegal",), "Senegalese",
            ("Senegal",), "senegalés", "senegalesa"),
    "SRB": (("Serbie",), "serbe", "serbe",
            ("Serbia",), "Serbian",
            ("Serbia",), "serbio", "serbia"),
    "SYR": (("Syrie",), "syrien", "syrienne",
            ("Syria", "Syrian Arab Republic"), "Syrian",
            ("Siria",), "sirio", "siria"),
    "TUN": (("Tunisie",), "tunisien", "tunisienne",
            ("Tunisia",), "Tunisian",
            ("Túnez",), "tunecino", "tunecina"),
    "TUR": (("Turquie",), "turc", "turque",
            ("Türkiye", "Turkey"), "Turkish",
            ("Turquía",), "turco", "turca"),
    "USA": (("États-Unis", "USA"), "américain", "américaine",
            ("United States", "USA", "U.S."), "American",
            ("Estados Unidos", "EE. UU."), "estadounidense", "estadounidense"),
    "VEN": (("Venezuela",), "vénézuélien", "vénézuélienne",
            ("Venezuela", "Venezuela (Bolivarian Republic of)"), "Venezuelan",
            ("Venezuela",), "venezolano", "venezolana"),
    "VNM": (("Viêt Nam", "Vietnam"), "vietnamien", "vietnamienne",
            ("Viet Nam", "Vietnam"), "Vietnamese",
            ("Vietnam",), "vietnamita", "vietnamita"),
    "YEM": (("Yémen",), "yéménite", "yéménite",
            ("Yemen",), "Yemeni",
            ("Yemen",), "yemení", "yemení"),
}
# fmt: on

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_IMPOSSIBLE = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_FR_EXPLOITATION = {
    "sexual": ("exploitation sexuelle", "prostitution forcée", "Exploitation sexuelle"),
    "forced_labour": ("travail forcé", "exploitation par le travail", "Travail forcé"),
    "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre", "autres formes"),
}

_TOGO = _Wording(
    crime={
        "trafficking": (
            "Traite des personnes",
            "Traite des êtres humains",
            "TEH",
            "Traite de personnes (art. 601 c.p. italien)",
            "TRAITE DES PERSONNES",
        ),
        "smuggling": (
            "Trafic illicite de migrants",
            "Aide à l'entrée irrégulière",
            "TIM",
            "Trafic de migrants (art. 12 TUI)",
            "trafic illicite de migrants",
        ),
        "both": (
            "Traite + trafic de migrants",
            "TEH / TIM",
            "Trafic illicite de migrants et traite des personnes",
        ),
    },
    exploitation=_FR_EXPLOITATION,
    no_exploitation=("", "", "sans objet", "—", "s.o."),
    count_unknown=("n.c.", "ND", "inconnu"),
    suspects_zero=("néant", "aucun", "Néant"),
    suspects_unknown=("n.c.", "ND"),
    gender={
        "male": ("M", "M", "masculin", "hommes"),
        "female": ("F", "F", "féminin", "femmes"),
        "mixed": ("M/F", "mixte", "H et F"),
    },
    age={
        "adult": ("majeurs", "adultes", "Majeurs"),
        "adult_1": ("majeur", "adulte", "Majeur"),
        "child": ("mineurs", "MNA", "Mineurs"),
        "child_1": ("mineur", "MNA", "mineure"),
        "mixed": ("majeurs et mineurs", "adultes + mineurs", "mixte"),
    },
    age_unknown=("NR", "non renseigné"),
    mode={
        "sea": ("embarcation de fortune", "pirogue", "voie maritime", "bateau pneumatique"),
        "land": ("voie terrestre", "route (véhicule)", "bus", "camion"),
        "air": ("voie aérienne", "vol commercial", "avion"),
    },
    mode_unknown=("NR", "inconnu"),
    offences={
        "document_fraud": ("faux et usage de faux", "faux documents", "usage de faux passeport"),
        "corruption": ("corruption", "corruption d'agent public"),
        "money_laundering": ("blanchiment", "blanchiment de capitaux"),
        "illicit_goods": ("contrebande", "trafic de marchandises prohibées"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_joiners=(", ", " + ", " ; "),
    no_offence=("", "", "", "néant"),
    transit_joiners=(" - ", " / ", ", "),
    no_transit=("", "", "néant", "direct"),
    nationality_unknown=("indéterminée", "inconnue"),
    no_date=("", "", "", "date inconnue"),
)

_GUYANA = _Wording(
    crime={
        "trafficking": (
            "Trafficking in Persons",
            "TIP",
            "TIP (Combatting of TIP Act)",
            "Trafficking in persons",
        ),
        "smuggling": ("Smuggling of Migrants", "Migrant Smuggling", "SOM", "Smuggling of migrants"),
        "both": ("TIP & Smuggling", "Smuggling/TIP", "Trafficking in Persons + SOM"),
    },
    exploitation={
        "sexual": ("Sexual Exploitation", "Commercial sexual exploitation", "Sexual"),
        "forced_labour": ("Labour Exploitation", "Forced Labour", "Labour"),
        "forced_criminality": ("Forced criminality", "Forced to commit crimes"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("", "N/A", "n/a", ""),
    count_unknown=("N/K", "Unknown", "Not stated"),
    suspects_zero=("Nil", "None", "nil"),
    suspects_unknown=("N/K", "Unknown"),
    gender={
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Male & Female", "Mixed", "Both sexes", "M/F"),
    },
    age={
        "adult": ("Adults", "Adult", "18+"),
        "adult_1": ("Adult", "Adult", "18+"),
        "child": ("Minors", "Children", "Juveniles"),
        "child_1": ("Minor", "Child", "Juvenile"),
        "mixed": ("Adults & Minors", "Mixed ages", "Adult/Minor"),
    },
    age_unknown=("N/K", "Not stated"),
    mode={
        "sea": ("Boat", "By sea", "Vessel"),
        "land": ("On foot", "Overland", "Foot/jungle trail", "Bus", "Vehicle"),
        "air": ("Air", "Flight", "By air"),
    },
    mode_unknown=("N/K", "Unknown"),
    offences={
        "document_fraud": ("Forgery", "Uttering forged document", "Fraudulent passport"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering", "AML offence"),
        "illicit_goods": ("Contraband", "Smuggling of goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_joiners=("; ", ", ", " / "),
    no_offence=("", "", "", "Nil"),
    transit_joiners=(" > ", ", ", " - "),
    no_transit=("", "", "Direct"),
    nationality_unknown=("Unknown", "N/K"),
    no_date=("", "", "Not recorded"),
)

_BAHAMAS = _Wording(
    crime={
        "trafficking": ("Trafficking in Persons", "TIP", "Human Trafficking"),
        "smuggling": ("Human Smuggling", "Migrant Smuggling", "Smuggling (migrants)"),
        "both": ("Smuggling & TIP", "TIP/Smuggling", "Human Smuggling + Trafficking"),
    },
    exploitation={
        "sexual": ("Sexual", "Sex trafficking", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labor trafficking", "Forced labour"),
        "forced_criminality": ("Forced criminal activity", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("", "", "N/A"),
    count_unknown=("Unk", "Unk.", "Unknown"),
    suspects_zero=("Nil", "None"),
    suspects_unknown=("Unk", "Unknown"),
    gender={
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("M/F", "Mixed", "Male/Female"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "adult_1": ("Adult",),
        "child": ("Minor", "Minors", "Juv."),
        "child_1": ("Minor", "Juv."),
        "mixed": ("Adult/Minor", "Adults & Minors", "Mixed"),
    },
    age_unknown=("Unk", "N/A"),
    mode={
        "sea": ("Go-fast vessel", "Sloop", "Vessel", "Vessel (interdicted at sea)"),
        "land": ("Vehicle", "Tractor-trailer", "On foot", "Pick-up truck"),
        "air": ("Commercial flight", "Aircraft", "Private aircraft"),
    },
    mode_unknown=("Unk", "N/A"),
    offences={
        "document_fraud": ("Forged docs", "Fraudulent travel documents"),
        "corruption": ("Bribery", "Corruption of official"),
        "money_laundering": ("Money laundering", "ML"),
        "illicit_goods": ("Contraband", "Firearms/contraband"),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    offence_joiners=(", ", "; ", " & "),
    no_offence=("", "", "", "Nil"),
    transit_joiners=("/", ", ", "-"),
    no_transit=("", "", "N/A"),
    nationality_unknown=("Unk", "Unknown"),
    no_date=("", "", "Unknown"),
)

_SVA = _Wording(
    crime={
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH",
            "Trata de seres humanos",
            "art. 177 bis CP (trata)",
        ),
        "smuggling": (
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Inmigración ilegal (318 bis)",
            "Favorecimiento de la inmigración clandestina",
            "art. 318 bis CP",
            "inmigración ilegal",
        ),
        "both": (
            "318 bis y 177 bis CP",
            "Trata + inmigración ilegal",
            "TSH / favorecimiento de la inmigración ilegal",
        ),
    },
    exploitation={
        "sexual": ("explotación sexual", "Explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("realización de actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otra finalidad"),
    },
    no_exploitation=("", "", "no procede", "N/P"),
    count_unknown=("s/d", "desconocido", "S/D"),
    suspects_zero=("ninguno", "0 (ninguno)", "Ninguno"),
    suspects_unknown=("s/d", "no consta"),
    gender={
        "male": ("H", "H", "hombres", "varones"),
        "female": ("M", "M", "mujeres", "Mujer"),
        "mixed": ("H/M", "ambos sexos", "mixto"),
    },
    age={
        "adult": ("adultos", "mayores de edad", "Adultos"),
        "adult_1": ("adulto", "mayor de edad", "mayor"),
        "child": ("menores", "MENA", "menores de edad"),
        "child_1": ("menor", "MENA", "menor de edad"),
        "mixed": ("adultos y menores", "mayores y menores", "mixto"),
    },
    age_unknown=("no consta", "N/C"),
    mode={
        "sea": ("patera", "cayuco", "neumática", "embarcación neumática", "narcolancha"),
        "land": ("vehículo", "camión", "a pie", "furgoneta", "autobús"),
        "air": ("vía aérea", "avión", "vuelo comercial"),
    },
    mode_unknown=("no consta", "N/C"),
    offences={
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando", "contrabando de tabaco"),
        "cybercrime": ("ciberdelincuencia", "delitos informáticos"),
        "terrorism": ("terrorismo",),
    },
    offence_joiners=(" / ", ", ", " y "),
    no_offence=("", "", "", "no"),
    transit_joiners=(", ", " - ", " / "),
    no_transit=("", "", "ninguno"),
    nationality_unknown=("no consta", "desconocida"),
    no_date=("", "s/f", "s/f"),
)

_PAF = _Wording(
    crime={
        "trafficking": ("traite des êtres humains (art. 225-4-1 CP)", "TEH",
                        "traite des êtres humains", "Traite des êtres humains"),
        "smuggling": ("aide à l'entrée irrégulière (L.823-1 CESEDA)",
                      "aide à l'entrée, à la circulation ou au séjour irréguliers",
                      "filière d'immigration irrégulière", "aide à l'entrée irrégulière"),
        "both": ("TEH + aide à l'entrée irrégulière",
                 "traite des êtres humains et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé (exploitation sexuelle)"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre tout crime ou délit",
                               "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("",),
    count_unknown=("inconnu", "NC"),
    suspects_zero=("aucun",),
    suspects_unknown=("NC", "inconnu"),
    gender={
        "male": ("H", "homme(s)", "hommes"),
        "female": ("F", "femme(s)", "femmes"),
        "mixed": ("H/F", "mixte"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "adult_1": ("majeur", "adulte"),
        "child": ("mineurs", "MNA"),
        "child_1": ("mineur", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    age_unknown=("NR",),
    mode={
        "sea": ("maritime", "embarcation", "small boat", "pneumatique"),
        "land": ("terrestre", "VL", "poids lourd", "routier", "ferroviaire"),
        "air": ("aérien", "vol commercial"),
    },
    mode_unknown=("NR", "inconnu"),
    offences={
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_joiners=(" ; ", ", "),
    no_offence=("",),
    transit_joiners=(),  # a JSON array of codes
    no_transit=(),
    nationality_unknown=("inconnue", "NR"),
    no_date=("", ""),
)  # fmt: skip


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_TOGO_SRC = Blind45Source(
    source="dcpj_togo_au",
    filename="dcpj_togo_au.csv",
    ref="{seq:04d}/{yy:02d}/DCPJ/SCLTP",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "coordinates": "Lieu (coord. GPS)",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe (M/F)",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine / Country of origin",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Infractions connexes",
        "remarks": "Observations",
    },
    note="NB : données provisoires – extraction SCLTP, à consolider avec les partenaires",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=True,
    style="togo",
    wording=_TOGO,
)
_GUYANA_SRC = Blind45Source(
    source="gpf_guyana_au",
    filename="gpf_guyana_au.csv",
    ref="CTIP/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case #",
        "event_date": "Date of Occurrence",
        "crime_type": "Offence",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS Coordinates",
        "linked_offences": "Other Offences",
        "remarks": "Remarks",
    },
    note="NB: Figures provisional pending verification by C-TIP Unit",
    total="GRAND TOTAL",
    bad_count=("several", "many", "a group"),
    repeats=False,
    style="guyana",
    wording=_GUYANA,
)
_BAHAMAS_SRC = Blind45Source(
    source="rbpf_bahamas_au",
    filename="rbpf_bahamas_au.xlsx",
    ref="RBPF-CDU-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "CDU Ref.",
        "event_date": "Date of Interdiction",
        "crime_type": "Offence Type",
        "exploitation": "Exploitation",
        "n_persons": "Persons Interdicted",
        "n_suspects": "Suspects Arrested",
        "gender": "Gender",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Via",
        "destination_country": "Destination",
        "detection_country": "Country",
        "lat": "Lat.",
        "lon": "Long.",
        "transport_mode": "Conveyance",
        "linked_offences": "Assoc. Offences",
    },
    note="Figures subject to verification (CDU)",
    total="TOTAL",
    bad_count=("Several", "Numerous"),
    repeats=True,
    style="bahamas",
    wording=_BAHAMAS,
)
_SVA_SRC = Blind45Source(
    source="sva_aduanas_au",
    filename="sva_aduanas_au.csv",
    ref="{seq:04d}/{year} SVA",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Nº Atestado/Diligencias",
        "event_date": "Fecha",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo (H/M)",
        "age_group": "Mayor/Menor",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de la intervención",
        "transport_mode": "Medio empleado",
        "lat": "Latitud (WGS84)",
        "lon": "Longitud (WGS84)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación por la DAVA",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    style="sva",
    wording=_SVA,
)
_PAF_SRC = Blind45Source(
    source="dzpaf_martinique_au",
    filename="dzpaf_martinique_au.jsonl",
    ref="PAF972-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "num_procedure",
        "event_date": "date_faits",
        "crime_type": "qualification",
        "exploitation": "finalite_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_mis_en_cause",
        "gender": "sexe",
        "age_group": "majeur_mineur",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "transit_countries": "pays_transit",
        "destination_country": "pays_destination",
        "detection_country": "pays_constatation",
        "transport_mode": "vecteur",
        "coordinates": "coord_wgs84",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="paf",
    wording=_PAF,
)

#: The five ``blind45`` sources, in the order the submissions are returned.
BLIND45_SOURCES: tuple[Blind45Source, ...] = (
    _TOGO_SRC,
    _GUYANA_SRC,
    _BAHAMAS_SRC,
    _SVA_SRC,
    _PAF_SRC,
)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _fr_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _day_text(style: str, day: int, month: int, year: int, rng: _Rng) -> object:
    """Write a full date (possibly an impossible one) the source's way, as text."""
    r = rng.random()
    if style == "togo":
        if r < 0.58:
            return f"{day:02d}/{month:02d}/{year}"
        if r < 0.68:
            return f"{day:02d}-{month:02d}-{year}"
        if r < 0.74:
            return f"{day:02d}.{month:02d}.{year}"
        if r < 0.80:
            return f"{day:02d}/{month:02d}/{year % 100:02d}"
        return f"{_fr_day(day)} {_MONTHS_FR[month - 1]} {year}"
    if style == "guyana":
        if r < 0.6:
            return f"{day:02d}/{month:02d}/{year}"
        if r < 0.75:
            return f"{_ordinal(day)} {_MONTHS_EN[month - 1]} {year}"
        if r < 0.9:
            return f"{day:02d}-{_MONTHS_EN[month - 1][:3]}-{year}"
        return f"{year}-{month:02d}-{day:02d}"
    if style == "bahamas":
        if r < 0.5:
            return f"{day:02d}-{_MONTHS_EN[month - 1][:3]}-{year}"
        return f"{_MONTHS_EN[month - 1]} {day}, {year}"
    if style == "sva":
        if r < 0.55:
            return f"{day:02d}/{month:02d}/{year}"
        if r < 0.67:
            return f"{day:02d}-{month:02d}-{year}"
        if r < 0.77:
            return f"{day:02d}/{month:02d}/{year % 100:02d}"
        return f"{day} de {_MONTHS_ES[month - 1]} de {year}"
    # paf
    if r < 0.7:
        return f"{year}-{month:02d}-{day:02d}"
    if r < 0.8:
        return f"{year}-{month:02d}-{day:02d}T00:00:00"
    return f"{day:02d}/{month:02d}/{year}"


def _day_cell(src: Blind45Source, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a real day the source's way (Excel dates and serials in the workbook)."""
    if src.style == "bahamas":
        r = rng.random()
        if r < 0.7:
            return ts.to_pydatetime()
        if r < 0.82:
            return int((ts - _EXCEL_EPOCH).days)
    return _day_text(src.style, ts.day, ts.month, ts.year, rng)


def _month_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    if style == "togo":
        return choice(rng, (f"{_MONTHS_FR[m - 1]} {y}", f"courant {_MONTHS_FR[m - 1]} {y}",
                            f"{m:02d}/{y}"))  # fmt: skip
    if style == "guyana":
        return choice(rng, (f"{_MONTHS_EN[m - 1]} {y}", f"{_MONTHS_EN[m - 1][:3]}-{y}"))
    if style == "bahamas":
        return choice(rng, (f"{_MONTHS_EN[m - 1][:3]}-{y}", f"{_MONTHS_EN[m - 1]} {y}"))
    if style == "sva":
        return choice(rng, (f"{_MONTHS_ES[m - 1]} {y}", f"{_MONTHS_ES[m - 1]} de {y}",
                            f"{m:02d}/{y}"))  # fmt: skip
    return choice(rng, (f"{y}-{m:02d}", f"{_MONTHS_FR[m - 1]} {y}"))


def _quarter_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = (ts.month - 1) // 3 + 1, ts.year
    if style == "togo":
        nth = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"{nth} trimestre {y}", f"T{q} {y}", f"{nth} trim. {y}"))
    if style == "guyana":
        return choice(rng, (f"Q{q} {y}", f"{_ordinal(q)} Quarter {y}"))
    if style == "bahamas":
        return choice(rng, (f"Q{q} {y}", f"{y} Q{q}"))
    if style == "sva":
        first = ("primer", "segundo", "tercer", "cuarto")[q - 1]
        nth = ("1.er", "2.º", "3.er", "4.º")[q - 1]
        return choice(rng, (f"{q}T {y}", f"{nth} trimestre {y}", f"{first} trimestre de {y}"))
    return choice(rng, (f"{y}-T{q}", f"T{q} {y}"))


def _date(
    src: Blind45Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a true day."""
    r = rng.random()
    if partial_ok and r < 0.06:
        tags.append("month_date")
        return _month_cell(src.style, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.085:
        tags.append("quarter_date")
        return _quarter_cell(src.style, ts, rng), ts.to_period("Q").start_time, "quarter"
    cell = _day_cell(src, ts, rng)
    if isinstance(cell, int):
        tags.append("excel_serial")
    return cell, ts.normalize(), "day"


def _bad_date(src: Blind45Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine (no, impossible or future date)."""
    if kind == "no_date":
        word = choice(rng, src.wording.no_date)
        return word or None
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if src.style == "paf":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return _day_text(src.style, day, month, ts.year, rng)
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    if src.style == "bahamas":
        return future.to_pydatetime()
    return _day_text(src.style, future.day, future.month, future.year, rng)


def _note_date(src: Blind45Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row."""
    if src.style == "bahamas":
        return last.to_pydatetime()
    if src.style == "paf":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _names(code: str, lang: str) -> tuple[str, ...]:
    row = _COUNTRIES[code]
    return row[0] if lang == "fr" else row[3] if lang == "en" else row[5]


def _demonym(code: str, lang: str, female: bool) -> str:
    row = _COUNTRIES[code]
    if lang == "fr":
        return row[2] if female else row[1]
    if lang == "en":
        return row[4]
    return row[7] if female else row[6]


def _garble(src: Blind45Source, text: str, rng: _Rng, tags: list[str]) -> str:
    """Rarely, text pasted from UTF-8 into a cp1252 sheet (only where it can happen)."""
    if src.style not in ("togo", "sva") or rng.random() >= 0.05:
        return text
    bad = mojibake(text)
    if bad is None or not fits(bad, src):
        return text
    tags.append("mojibake")
    return bad


def _country_name(src: Blind45Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Name a country as the source does (name, code or upper case)."""
    r = rng.random()
    alpha2, _ = iso_codes(code)
    if src.style == "bahamas" and r < 0.2:
        tags.append("iso3")
        return code
    if src.style == "paf" and r < 0.15:
        tags.append("iso3")
        return code
    name = choice(rng, _names(code, src.language))
    if not fits(name, src):
        name = _names(code, src.language)[0]
    if src.style == "togo" and r > 0.9:
        tags.append("upper_case")
        return name.upper()
    if src.style == "sva" and r > 0.92:
        tags.append("upper_case")
        return name.upper()
    if alpha2 and r > 0.97 and src.style == "guyana":
        tags.append("iso2")
        return alpha2
    return _garble(src, name, rng, tags)


def _nationality(src: Blind45Source, code: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    female = gender == "female"
    if src.style in ("bahamas", "paf") and r < 0.2:
        tags.append("iso3")
        return code
    if r < 0.75:
        text = _demonym(code, src.language, female)
        if src.style == "togo" and rng.random() < 0.1:
            tags.append("upper_case")
            return text.upper()
        return _garble(src, text, rng, tags)
    return _country_name(src, code, rng, tags)


def _detection(src: Blind45Source, code: str, hotspot: str, rng: _Rng, tags: list[str]) -> str:
    r = rng.random()
    if src.style == "paf" and r < 0.25:
        tags.append("country_code")
        alpha2, _ = iso_codes(code)
        return {"GRC": "EL", "GBR": "UK"}.get(code, alpha2)
    name = _country_name(src, code, rng, tags)
    simple = bool(hotspot) and not any(ch in hotspot for ch in "(–/")
    if src.style in ("togo", "guyana", "sva") and simple and r > 0.8:
        place = f"{name} ({hotspot})"
        if fits(place, src):
            tags.append("place_in_country")
            return place
    return name


def _transit(src: Blind45Source, codes: str | None, rng: _Rng, tags: list[str]) -> object:
    if src.style == "paf":
        tags.append("json_array")
        return [] if codes is None else codes.split("|")
    w = src.wording
    if codes is None:
        word = choice(rng, w.no_transit)
        return word or None
    parts = codes.split("|")
    if src.style == "bahamas" and rng.random() < 0.3:
        tags.append("iso3")
        return choice(rng, ("-", "/")).join(parts)
    names = [_names(c, src.language)[0] for c in parts]
    if src.style == "sva" and len(names) > 1 and rng.random() < 0.4:
        return ", ".join(names[:-1]) + " y " + names[-1]
    text = choice(rng, w.transit_joiners).join(names)
    if src.style == "togo" and rng.random() < 0.15:
        return "via " + text
    return text


# --------------------------------------------------------------------------------------
# Numbers and coordinates
# --------------------------------------------------------------------------------------
def _count(src: Blind45Source, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write the count of persons the source's way."""
    style = src.style
    if style in ("bahamas", "paf"):
        if n >= 1000 and rng.random() < 0.5:
            tags.append("thousands_sep")
            return f"{n:,}" if style == "bahamas" else f"{n:,}".replace(",", " ")
        if style == "bahamas" and rng.random() < 0.08:
            tags.append("count_text")
            return str(n)
        return n
    if n >= 1000:
        tags.append("thousands_sep")
        if style == "togo":
            return f"{n:,}".replace(",", choice(rng, (" ", "\u00a0")))
        if style == "sva":
            return f"{n:,}".replace(",", ".")
        return f"{n:,}"
    if style == "togo" and rng.random() < 0.08:
        tags.append("unit_suffix")
        return f"{n} pers."
    return str(n)


def _dms(value: float, pos: str, neg: str, *, tenths: bool = False) -> tuple[str, float]:
    """Degrees, minutes, seconds (whole or tenths) with a hemisphere letter."""
    scale = 36000 if tenths else 3600
    units = round(abs(value) * scale)
    d, rest = divmod(units, scale)
    m, s = divmod(rest, scale // 60)
    sec = f"{s / 10:04.1f}" if tenths else f"{s:02d}"
    back = (d + m / 60 + s / scale) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{sec}\"{pos if value >= 0 else neg}", round(back, 7)


def _coords(
    src: Blind45Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float, float]:
    """Cells of the place of detection and the coordinates they hold."""
    r = rng.random()
    style = src.style
    if style == "togo":
        if r < 0.45:
            tags.append("decimal_comma")
            elat, elon = round(lat, 5), round(lon, 5)
            text = f"{elat:.5f} / {elon:.5f}".replace(".", ",")
        elif r < 0.7:
            tags.append("hemisphere_letters")
            elat, elon = round(lat, 4), round(lon, 4)
            ns = "N" if lat >= 0 else "S"
            eo = "E" if lon >= 0 else "O"
            text = f"{ns} {abs(elat):.4f} – {eo} {abs(elon):.4f}".replace(".", ",")
        else:
            tags.append("coords_dms")
            a, elat = _dms(lat, "N", "S")
            b, elon = _dms(lon, "E", "W")
            text = f"{a} {b}"
        return {"coordinates": text}, elat, elon
    if style == "guyana":
        if r < 0.5:
            elat, elon = round(lat, 5), round(lon, 5)
            text = f"{elat:.5f}, {elon:.5f}"
        elif r < 0.75:
            tags.append("hemisphere_letters")
            elat, elon = round(lat, 4), round(lon, 4)
            text = (
                f"{abs(elat):.4f}{'N' if lat >= 0 else 'S'} "
                f"{abs(elon):.4f}{'E' if lon >= 0 else 'W'}"
            )
        else:
            tags.append("coords_dms")
            a, elat = _dms(lat, "N", "S")
            b, elon = _dms(lon, "E", "W")
            text = f"{a}, {b}"
        return {"coordinates": text}, elat, elon
    if style == "paf":
        if r < 0.75:
            elat, elon = round(lat, 5), round(lon, 5)
            text = f"{elat:.5f}{choice(rng, (', ', ','))}{elon:.5f}"
        else:
            tags.append("coords_dms")
            a, elat = _dms(lat, "N", "S", tenths=True)
            b, elon = _dms(lon, "E", "W", tenths=True)
            text = f"{a} {b}"
        return {"coordinates": text}, elat, elon
    if style == "bahamas":
        if r < 0.8:
            elat, elon = round(lat, 5), round(lon, 5)
            return {"lat": elat, "lon": elon}, elat, elon
        tags.append("coords_ddm")
        la, elat = _ddm_text(lat, 2, "N", "S", comma=False, sign="")
        lo, elon = _ddm_text(lon, 3, "E", "W", comma=False, sign="")
        return {"lat": la, "lon": lo}, elat, elon
    # sva
    if r < 0.55:
        tags.append("decimal_comma")
        elat, elon = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{elat:.5f}".replace(".", ","), "lon": f"{elon:.5f}".replace(".", ",")},
            elat,
            elon,
        )
    if r < 0.85:
        tags.append("coords_ddm")
        la, elat = _ddm_text(lat, 2, "N", "S", comma=True, sign="º ")
        lo, elon = _ddm_text(lon, 3, "E", choice(rng, ("O", "W")), comma=True, sign="º ")
        return {"lat": la, "lon": lo}, elat, elon
    tags.append("coords_dms")
    a, elat = _dms(lat, " N", " S")
    b, elon = _dms(lon, " E", " W")
    return {"lat": a.replace("°", "º"), "lon": b.replace("°", "º")}, elat, elon


def _ddm_text(
    value: float, width: int, pos: str, neg: str, *, comma: bool, sign: str
) -> tuple[str, float]:
    """``26 12.4N`` (Bahamas) or ``28º 05,1' N`` (SVA): degrees and decimal minutes."""
    tenths = round(abs(value) * 600)
    d, rest = divmod(tenths, 600)
    minutes = f"{rest / 10:04.1f}"
    if comma:
        minutes = minutes.replace(".", ",")
    back = round((d + rest / 600) * (1 if value >= 0 else -1), 7)
    hemi = pos if value >= 0 else neg
    if sign:
        return f"{d:0{width}d}{sign}{minutes}' {hemi}", back
    return f"{d:0{width}d} {minutes}{hemi}", back


# --------------------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------------------
_REMARKS = {
    "togo": ("", "", "", "Signalement via BCN Interpol Lomé", "Dossier transmis au parquet",
             "Victimes prises en charge (OIM)", "RAS", "Procédure en cours"),
    "guyana": ("", "", "", "Info via liaison officer", "Referred to C-TIP Unit",
               "Matter under investigation", "Case file sent to DPP"),
}  # fmt: skip


#: Words that only fit events detected in some countries (the law or the terrain).
_CONTEXT = {"TUI": ("ITA",), "c.p.": ("ITA",), "jungle": ("PAN",), "small boat": ("FRA", "GBR")}


def _in_context(options: tuple[str, ...], detection: str) -> tuple[str, ...]:
    """Drop the words that do not fit an event detected in ``detection``."""
    kept = tuple(
        o
        for o in options
        if not any(k in o and detection not in where for k, where in _CONTEXT.items())
    )
    return kept or options


def _render(
    src: Blind45Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    w = src.wording
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    det = str(ev["detection_country"])
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _in_context(w.crime[crime], det))
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, w.no_exploitation) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, w.count_unknown)
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    ns = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif r < 0.03:
        tags.append("suspects_placeholder")
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.suspects_unknown), None
    elif r < 0.05:
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif ns == 0 and r < 0.5:
        tags.append("zero_word")
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.suspects_zero), 0
    else:
        cells["n_suspects"] = ns if src.format != "csv" else str(ns)
        exp["n_suspects"] = ns

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, w.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.015:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, w.age_unknown), "unknown"
    else:
        key = f"{age}_1" if n == 1 and f"{age}_1" in w.age else age
        cells["age_group"], exp["age_group"] = choice(rng, w.age[key]), age

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif r < 0.012:
        tags.append("blank_nationality_word")
        cells["nationality"], exp["nationality"] = choice(rng, w.nationality_unknown), None
    else:
        cells["nationality"] = _nationality(src, nat, gender, rng, tags)
        exp["nationality"] = nat

    origin = str(ev["origin_country"])
    cells["origin_country"] = _country_name(src, origin, rng, tags)
    exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _country_name(src, dest, rng, tags)
    exp["destination_country"] = dest

    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        hotspot = str(ev.get("hotspot") or "")
        cells["detection_country"] = _detection(src, det, hotspot, rng, tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.mode_unknown), "unknown"
    else:
        cells["transport_mode"] = choice(rng, _in_context(w.mode[mode], det))
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    elif rng.random() < 0.07:
        tags.append("coords_missing")
        exp["lat"], exp["lon"] = None, None
    else:
        lat = float(ev["lat"])  # type: ignore[arg-type]
        lon = float(ev["lon"])  # type: ignore[arg-type]
        place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
        cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, w.no_offence) or None
        exp["linked_offences"] = None
    else:
        words = [choice(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, w.offence_joiners).join(words)
        exp["linked_offences"] = str(offences)

    if src.style in _REMARKS:
        cells["remarks"] = choice(rng, _REMARKS[src.style]) or None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[Blind45Source] = Examiner(
    sources=BLIND45_SOURCES,
    primary={
        "ITA": _TOGO_SRC.source,
        "PAN": _GUYANA_SRC.source,
        "USA": _BAHAMAS_SRC.source,
        "ESP": _SVA_SRC.source,
    },
    compilation=_PAF_SRC.source,
    secondary={
        ("watl", "ESP"): _TOGO_SRC.source,
        ("emed", "GRC"): _TOGO_SRC.source,
        ("us_mex", "USA"): _GUYANA_SRC.source,
        ("darien", "PAN"): _BAHAMAS_SRC.source,
        ("channel", "FRA"): _BAHAMAS_SRC.source,
        ("channel", "GBR"): _BAHAMAS_SRC.source,
        ("thb_rou_esp", "ITA"): _SVA_SRC.source,
        ("cmed", "ITA"): _PAF_SRC.source,
        ("thb_nga_ita", "ITA"): _PAF_SRC.source,
        ("wmed", "ESP"): _PAF_SRC.source,
        ("thb_rou_esp", "ESP"): _PAF_SRC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4545,
    blank_share=0.3,
)


def make_blind45(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind45`` examiner set (files ``*_au.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dcpj_togo_au.csv`` (French, cp1252, ``;``), ``gpf_guyana_au.csv`` (English,
        UTF-16, tab), ``rbpf_bahamas_au.xlsx`` (English), ``sva_aduanas_au.csv``
        (Spanish, UTF-8 with BOM, ``|``) and ``dzpaf_martinique_au.jsonl`` (French
        keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind45(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dcpj_togo_au.csv', 'gpf_guyana_au.csv', 'rbpf_bahamas_au.xlsx',
     'sva_aduanas_au.csv', 'dzpaf_martinique_au.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
