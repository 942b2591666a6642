"""Examiner sample set ``blind112``: five more agencies, files ``*_dj.*``.

A held-out set written independently of the cleaner, mostly in Spanish, with French and
English for the rest. The shared row machinery (events, duplicates, bad rows, garbage
rows, exact repeats) is :mod:`trendlib.samples._examiner`; what lives here is how each of
the five agencies words a row. A reader's guide to the files:

``gc_cmd_algeciras_dj.csv`` - Guardia Civil, Comandancia de Algeciras (Cádiz)
    Spanish; cp1252, ``;``, CRLF. Reports every event detected in Spain, and a second
    report of the Romanian labour/sexual exploitation cases found in Italy (joint
    investigations). Headers such as ``Nº Atestado``, ``Fecha hecho``, ``Tipo penal``,
    ``Detenidos / investigados``, ``Posición (grados, minutos)``. Dates day-first:
    ``14/03/2022``, ``7/3/22``, ``14-mar-2022`` (Spanish month abbreviations, ``sept``
    too) and ``14.03.2022``; never partial. Crime written as Código Penal articles
    (``Art. 318 bis CP`` smuggling, ``177 bis`` trafficking, both articles together);
    ``No procede`` / ``N/P`` as exploitation of smuggling rows. Counts with a dot as the
    thousands separator (``1.234``); ``S/D`` / ``No consta`` placeholders; ``Ninguno``,
    ``Sin detenidos`` for no suspect. Nationalities as Spanish country names, masculine
    demonyms (``marroquí``), capitals and a few mojibake names (``RumanÃ­a``); the
    country of intervention sometimes with the place (``España (Melilla)``). Transport
    in the Guardia Civil's words (``Patera``, ``Cayuco``, ``Neumática (toy)``, ``Salto
    de valla``, ``Turismo`` = a car). Positions in degrees and decimal minutes with a
    decimal comma and ``O`` (oeste) for west (``36º 05,31' N / 005º 22,10' O``), or
    degrees, minutes and seconds. Some rows re-sent at the end of the file.

``caritas_darien_dj.xlsx`` - Cáritas Panamá, Pastoral de Movilidad Humana (Darién)
    Spanish; XLSX (a KoboToolbox export finished by hand). Reports the events detected
    in Panama (groups attended at the migrant reception stations). Dates as real Excel
    dates, Excel serial numbers, Kobo ISO text (``2022-03-14``) and typed text
    (``14/3/2022``); partial dates as month (``marzo 2022``, ``mar-2022``) and quarter
    (``I trimestre 2022``, ``1er trimestre 2022``). Kobo choice names in lower case
    without accents (``venezuela``, ``estados_unidos``, transit ``ecuador colombia``)
    mixed with their labels. Ages as ``NNA`` (niños, niñas y adolescentes), ``18+``,
    ``Grupo familiar (adultos y NNA)``. Locations as Kobo geopoints
    ``lat lon altitude precision`` or typed ``lat, lon``; smuggling as ``Tráfico
    ilícito de migrantes`` / ``coyotaje``. Counts are numbers, some stored as text.

``ccpd_modane_dj.csv`` - Centre de coopération policière et douanière de Modane
    French; UTF-16 with BOM, tab-separated (Excel's "Unicode text" saved as ``.csv``).
    Reports the events detected in Italy and France, and a second report of the Channel
    and Viet Nam-UK events detected in the UK. Dates ``14/03/2022``, ``14/03/22``,
    ``14 mars 2022`` (``1er mars``), ``lundi 14 mars 2022``, ``14.03.2022``; partial
    ``mars 2022``, ``03/2022``, ``T1 2022``, ``1er trimestre 2022``. Offences with
    French legal references (``L.823-1 CESEDA``, ``art. 225-4-1 CP``, ``AESI``,
    ``TEH``), and on rows from Italy the Italian ones as the Italian desk wrote them
    (``art. 12 D.Lgs. 286/98``, ``Tratta di persone (art. 601 c.p.)``). Thousands with a
    (narrow) no-break space, decimal commas in the latitude/longitude columns,
    ``néant`` / ``aucun`` for zero, ``NC`` for not known, ``SO`` (sans objet) as the
    exploitation of smuggling rows, ``MEC`` (mis en cause), ``MNA``, ``vecteur``
    (``small boat``, ``PL``, ``VL``).

``border_five_dj.jsonl`` - Border Five (B5) intelligence working group incident feed
    English; JSON lines. Reports the events detected in the United States and the
    United Kingdom, and a second report of the Channel events detected in France.
    ISO dates, ISO timestamps, ``14 Mar 2022`` and ``14-MAR-2022``; partial ``2022-03``
    and ``2022-Q1`` / ``Q1 2022``. Offences as statutes (``s.25 Immigration Act 1971``,
    ``s.2 MSA 2015``, ``8 U.S.C. § 1324``, ``18 U.S.C. § 1590``); ``Forced labor`` on
    US rows, ``Criminal exploitation`` on UK rows. Counts as numbers or text
    (``"1,204"``), ``N/K`` for not known, ``nil`` for zero. Countries as ISO alpha-3,
    ISO alpha-2 (``GB``, ``US``), ``UK`` and demonyms; transit routes and related
    offences as JSON arrays; ages ``UASC``, ``<18``, ``Family units``; locations as WKT
    ``POINT (lon lat)`` (longitude first), some with ``SRID=4326;``. Some lines sent
    twice.

``europa_press_dj.csv`` - Europa Press, documentation desk (incident table)
    Spanish; UTF-8, ``,`` (a Google Sheets export). Compiles every other event (Greece,
    Croatia, Poland) from its wires, and a second report of the Spanish, Italian,
    Panamanian and US events. Dates ``14/03/2022``, ``14 de marzo de 2022``, ``lunes,
    14 de marzo de 2022``, ``14-03-2022`` and ISO; partial ``marzo de 2022`` and
    ``primer trimestre de 2022`` / ``2022T1``. Plural demonyms (``sirios``,
    ``afganos``), transit routes as prose (``Turquía, Bulgaria y Serbia``), mojibake
    names, coordinates pasted from Google Maps (``36.12345, -5.4321`` or
    ``36°07'24.4"N 5°21'13.2"W``), ``decenas`` as an unreadable count.

Every source leaves some cells blank or writes a placeholder for them, and has a total
row that must be quarantined; all but the JSON feed also have a note row (a text in the
reference column beside the extraction date), and the CSV files an empty row.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND112_SOURCES", "DjSource", "make_blind112"]

_Rng = np.random.Generator
_Options = tuple[str, ...]


@dataclass(frozen=True)
class DjSource(ExaminerSource):
    """A source of the ``blind112`` set: the shared attributes plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's wording tables in this module (``"gc"``, ``"caritas"``,
        ``"ccpd"``, ``"b5"``, ``"ep"``).
    partial : tuple of float
        Shares of rows (outside duplicated events) dated to the month only and to the
        quarter only.
    """

    style: str
    partial: tuple[float, float]


# --------------------------------------------------------------------------------------
# Calendar words
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
_ES_QUARTER = ("primer", "segundo", "tercer", "cuarto")
_ROMAN = ("I", "II", "III", "IV")
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_ABBR = tuple(m[:3] for m in MONTHS)

# --------------------------------------------------------------------------------------
# Countries: names (first = usual) and demonyms, per language
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (Spanish names, masculine singular demonym or None if ambiguous).
_ES: dict[str, tuple[_Options, str | None]] = {
    "AFG": (("Afganistán",), "afgano"),
    "ALB": (("Albania",), "albanés"),
    "AUT": (("Austria",), "austriaco"),
    "BGD": (("Bangladés", "Bangladesh"), "bangladesí"),
    "BGR": (("Bulgaria",), "búlgaro"),
    "BIH": (("Bosnia y Herzegovina", "Bosnia"), "bosnio"),
    "BLR": (("Bielorrusia", "Belarús"), "bielorruso"),
    "CHN": (("China",), "chino"),
    "CIV": (("Costa de Marfil",), "marfileño"),
    "CMR": (("Camerún",), "camerunés"),
    "COL": (("Colombia",), "colombiano"),
    "DEU": (("Alemania",), "alemán"),
    "DZA": (("Argelia",), "argelino"),
    "ECU": (("Ecuador",), "ecuatoriano"),
    "EGY": (("Egipto",), "egipcio"),
    "ERI": (("Eritrea",), "eritreo"),
    "ESP": (("España",), "español"),
    "FRA": (("Francia",), "francés"),
    "GBR": (("Reino Unido",), "británico"),
    "GIN": (("Guinea Conakry", "República de Guinea"), None),
    "GMB": (("Gambia",), "gambiano"),
    "GRC": (("Grecia",), "griego"),
    "GTM": (("Guatemala",), "guatemalteco"),
    "HND": (("Honduras",), "hondureño"),
    "HRV": (("Croacia",), "croata"),
    "HTI": (("Haití",), "haitiano"),
    "HUN": (("Hungría",), "húngaro"),
    "IRN": (("Irán",), "iraní"),
    "IRQ": (("Irak", "Iraq"), "iraquí"),
    "ITA": (("Italia",), "italiano"),
    "LBY": (("Libia",), "libio"),
    "MAR": (("Marruecos",), "marroquí"),
    "MEX": (("México",), "mexicano"),
    "MKD": (("Macedonia del Norte",), "macedonio"),
    "MLI": (("Malí", "Mali"), "maliense"),
    "MRT": (("Mauritania",), "mauritano"),
    "NER": (("Níger",), "nigerino"),
    "NGA": (("Nigeria",), "nigeriano"),
    "PAK": (("Pakistán",), "pakistaní"),
    "PAN": (("Panamá",), "panameño"),
    "POL": (("Polonia",), "polaco"),
    "ROU": (("Rumanía", "Rumania"), "rumano"),
    "RUS": (("Rusia",), "ruso"),
    "SEN": (("Senegal",), "senegalés"),
    "SRB": (("Serbia",), "serbio"),
    "SYR": (("Siria",), "sirio"),
    "TUN": (("Túnez",), "tunecino"),
    "TUR": (("Turquía",), "turco"),
    "USA": (("Estados Unidos", "EE. UU."), "estadounidense"),
    "VEN": (("Venezuela",), "venezolano"),
    "VNM": (("Vietnam",), "vietnamita"),
    "YEM": (("Yemen",), "yemení"),
}

#: ISO alpha-3 -> (French names, masculine adjective, feminine adjective).
_FR: dict[str, tuple[_Options, str, str]] = {
    "AFG": (("Afghanistan",), "afghan", "afghane"),
    "ALB": (("Albanie",), "albanais", "albanaise"),
    "AUT": (("Autriche",), "autrichien", "autrichienne"),
    "BGD": (("Bangladesh",), "bangladais", "bangladaise"),
    "BGR": (("Bulgarie",), "bulgare", "bulgare"),
    "BIH": (("Bosnie-Herzégovine",), "bosnien", "bosnienne"),
    "BLR": (("Biélorussie", "Bélarus"), "biélorusse", "biélorusse"),
    "CHN": (("Chine",), "chinois", "chinoise"),
    "CIV": (("Côte d'Ivoire", "Côte d’Ivoire"), "ivoirien", "ivoirienne"),
    "CMR": (("Cameroun",), "camerounais", "camerounaise"),
    "COL": (("Colombie",), "colombien", "colombienne"),
    "DEU": (("Allemagne",), "allemand", "allemande"),
    "DZA": (("Algérie",), "algérien", "algérienne"),
    "ECU": (("Équateur",), "équatorien", "équatorienne"),
    "EGY": (("Égypte", "Egypte"), "égyptien", "égyptienne"),
    "ERI": (("Érythrée", "Erythrée"), "érythréen", "érythréenne"),
    "ESP": (("Espagne",), "espagnol", "espagnole"),
    "FRA": (("France",), "français", "française"),
    "GBR": (("Royaume-Uni", "Grande-Bretagne"), "britannique", "britannique"),
    "GIN": (("Guinée", "Guinée-Conakry"), "guinéen", "guinéenne"),
    "GMB": (("Gambie",), "gambien", "gambienne"),
    "GRC": (("Grèce",), "grec", "grecque"),
    "GTM": (("Guatemala",), "guatémaltèque", "guatémaltèque"),
    "HND": (("Honduras",), "hondurien", "hondurienne"),
    "HRV": (("Croatie",), "croate", "croate"),
    "HTI": (("Haïti",), "haïtien", "haïtienne"),
    "HUN": (("Hongrie",), "hongrois", "hongroise"),
    "IRN": (("Iran",), "iranien", "iranienne"),
    "IRQ": (("Irak",), "irakien", "irakienne"),
    "ITA": (("Italie",), "italien", "italienne"),
    "LBY": (("Libye",), "libyen", "libyenne"),
    "MAR": (("Maroc",), "marocain", "marocaine"),
    "MEX": (("Mexique",), "mexicain", "mexicaine"),
    "MKD": (("Macédoine du Nord",), "macédonien", "macédonienne"),
    "MLI": (("Mali",), "malien", "malienne"),
    "MRT": (("Mauritanie",), "mauritanien", "mauritanienne"),
    "NER": (("Niger",), "nigérien", "nigérienne"),
    "NGA": (("Nigeria", "Nigéria"), "nigérian", "nigériane"),
    "PAK": (("Pakistan",), "pakistanais", "pakistanaise"),
    "PAN": (("Panama",), "panaméen", "panaméenne"),
    "POL": (("Pologne",), "polonais", "polonaise"),
    "ROU": (("Roumanie",), "roumain", "roumaine"),
    "RUS": (("Russie",), "russe", "russe"),
    "SEN": (("Sénégal",), "sénégalais", "sénégalaise"),
    "SRB": (("Serbie",), "serbe", "serbe"),
    "SYR": (("Syrie",), "syrien", "syrienne"),
    "TUN": (("Tunisie",), "tunisien", "tunisienne"),
    "TUR": (("Turquie",), "turc", "turque"),
    "USA": (("États-Unis",), "américain", "américaine"),
    "VEN": (("Venezuela", "Vénézuéla"), "vénézuélien", "vénézuélienne"),
    "VNM": (("Viêt Nam", "Vietnam"), "vietnamien", "vietnamienne"),
    "YEM": (("Yémen",), "yéménite", "yéménite"),
}

#: ISO alpha-3 -> (English names, demonym).
_EN: dict[str, tuple[_Options, str]] = {
    "AFG": (("Afghanistan",), "Afghan"),
    "ALB": (("Albania",), "Albanian"),
    "AUT": (("Austria",), "Austrian"),
    "BGD": (("Bangladesh",), "Bangladeshi"),
    "BGR": (("Bulgaria",), "Bulgarian"),
    "BIH": (("Bosnia and Herzegovina",), "Bosnian"),
    "BLR": (("Belarus",), "Belarusian"),
    "CHN": (("China",), "Chinese"),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), "Ivorian"),
    "CMR": (("Cameroon",), "Cameroonian"),
    "COL": (("Colombia",), "Colombian"),
    "DEU": (("Germany",), "German"),
    "DZA": (("Algeria",), "Algerian"),
    "ECU": (("Ecuador",), "Ecuadorian"),
    "EGY": (("Egypt",), "Egyptian"),
    "ERI": (("Eritrea",), "Eritrean"),
    "ESP": (("Spain",), "Spanish"),
    "FRA": (("France",), "French"),
    "GBR": (("United Kingdom", "UK"), "British"),
    "GIN": (("Guinea", "Guinea (Conakry)"), "Guinean"),
    "GMB": (("The Gambia", "Gambia"), "Gambian"),
    "GRC": (("Greece",), "Greek"),
    "GTM": (("Guatemala",), "Guatemalan"),
    "HND": (("Honduras",), "Honduran"),
    "HRV": (("Croatia",), "Croatian"),
    "HTI": (("Haiti",), "Haitian"),
    "HUN": (("Hungary",), "Hungarian"),
    "IRN": (("Iran",), "Iranian"),
    "IRQ": (("Iraq",), "Iraqi"),
    "ITA": (("Italy",), "Italian"),
    "LBY": (("Libya",), "Libyan"),
    "MAR": (("Morocco",), "Moroccan"),
    "MEX": (("Mexico",), "Mexican"),
    "MKD": (("North Macedonia",), "Macedonian"),
    "MLI": (("Mali",), "Malian"),
    "MRT": (("Mauritania",), "Mauritanian"),
    "NER": (("Niger",), "Nigerien"),
    "NGA": (("Nigeria",), "Nigerian"),
    "PAK": (("Pakistan",), "Pakistani"),
    "PAN": (("Panama",), "Panamanian"),
    "POL": (("Poland",), "Polish"),
    "ROU": (("Romania",), "Romanian"),
    "RUS": (("Russia",), "Russian"),
    "SEN": (("Senegal",), "Senegalese"),
    "SRB": (("Serbia",), "Serbian"),
    "SYR": (("Syria",), "Syrian"),
    "TUN": (("Tunisia",), "Tunisian"),
    "TUR": (("Turkey", "Türkiye"), "Turkish"),
    "USA": (("United States", "USA"), "American"),
    "VEN": (("Venezuela",), "Venezuelan"),
    "VNM": (("Vietnam", "Viet Nam"), "Vietnamese"),
    "YEM": (("Yemen",), "Yemeni"),
}


def _es_plural(word: str) -> str:
    """Masculine plural of a Spanish demonym (``sirio`` -> ``sirios``)."""
    if word.endswith("és"):
        return word[:-2] + "eses"
    if word.endswith("án"):
        return word[:-2] + "anes"
    if word.endswith("í") or not word.endswith(("a", "e", "o")):
        return word + "es"
    return word + "s"


def _slug(text: str) -> str:
    """Return a Kobo choice name: lower case, no accents (``Haití`` -> ``haiti``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace(" ", "_").replace(".", "")


# --------------------------------------------------------------------------------------
# Value words, by style
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, _Options]] = {
    "gc": {
        "smuggling": (
            "Art. 318 bis CP",
            "318 bis C.P.",
            "Delito c/ derechos ciudadanos extranjeros (318 bis)",
            "Inmigración clandestina (art. 318 bis CP)",
            "Favorecimiento inmigración irregular (318 bis)",
        ),
        "trafficking": (
            "Art. 177 bis CP",
            "Trata de seres humanos (177 bis)",
            "TSH (art. 177 bis CP)",
        ),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "Trata (177 bis) + inmigración ilegal (318 bis)",
            "318 bis / 177 bis C.P.",
        ),
    },
    "caritas": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Tráfico de migrantes (coyotaje)",
            "TIM",
        ),
        "trafficking": ("Trata de personas", "Víctima de trata", "Trata de personas (TdP)"),
        "both": (
            "Tráfico y trata",
            "Tráfico ilícito de migrantes + trata de personas",
            "TIM / TdP",
        ),
    },
    "ccpd": {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "AESI",
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "traite des êtres humains",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "Traite et trafic de migrants",
            "art. 225-4-1 CP + art. L.823-1 CESEDA",
        ),
    },
    "ccpd_it": {
        "smuggling": (
            "Favoreggiamento imm. clandestina (art. 12 D.Lgs. 286/98)",
            "aide à l'immigration irrégulière (art. 12 TUI)",
            "AESI",
            "trafic de migrants",
        ),
        "trafficking": (
            "Tratta di persone (art. 601 c.p.)",
            "TEH (art. 601 c.p. italien)",
            "TEH",
        ),
        "both": (
            "art. 601 c.p. + art. 12 D.Lgs. 286/98",
            "Traite et trafic de migrants",
            "TEH + aide à l'immigration irrégulière",
        ),
    },
    "b5_gb": {
        "smuggling": (
            "Facilitation (s.25 Immigration Act 1971)",
            "Facilitating unlawful immigration",
            "People smuggling",
            "s.25 IA 1971",
        ),
        "trafficking": (
            "Modern slavery (s.2 MSA 2015)",
            "Human trafficking",
            "Human trafficking / modern slavery",
        ),
        "both": (
            "People smuggling + modern slavery",
            "s.25 IA 1971 / s.2 MSA 2015",
        ),
    },
    "b5_us": {
        "smuggling": (
            "Alien smuggling (8 U.S.C. § 1324)",
            "8 USC 1324",
            "Human smuggling",
        ),
        "trafficking": (
            "Human trafficking (18 U.S.C. § 1590)",
            "Trafficking (TVPA)",
            "Human trafficking",
        ),
        "both": (
            "8 USC 1324 & 18 USC 1590",
            "Human smuggling + human trafficking",
        ),
    },
    "ep": {
        "smuggling": (
            "Tráfico de migrantes",
            "Red de tráfico de migrantes",
            "Favorecimiento de la inmigración ilegal",
            "Inmigración irregular (red de pasadores)",
        ),
        "trafficking": (
            "Trata de seres humanos",
            "Trata de personas",
            "Trata con fines de explotación",
        ),
        "both": ("Trata y tráfico de migrantes", "Tráfico de migrantes y trata de personas"),
    },
}

_EXPLOITATION: dict[str, dict[str, _Options]] = {
    "gc": {
        "sexual": ("Explotación sexual", "Sexual", "Prostitución forzada"),
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Realización de actividades delictivas"),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras", "Otros fines"),
    },
    "caritas": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Criminalidad forzada", "Obligado a delinquir"),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra", "Otro tipo"),
    },
    "ccpd": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "sexuelle"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autres formes"),
    },
    "b5_gb": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    "b5_us": {
        "sexual": ("Sex trafficking", "Sexual exploitation"),
        "forced_labour": ("Forced labor", "Labor trafficking"),
        "forced_criminality": ("Forced criminal activity", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    "ep": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Obligados a delinquir", "Actividades delictivas"),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras formas",),
    },
}

#: Exploitation cell of a smuggling row (None = left empty).
_NOT_APPLICABLE: dict[str, tuple[str | None, ...]] = {
    "gc": (None, None, "No procede", "N/P"),
    "caritas": (None, None, "No aplica"),
    "ccpd": (None, "SO", "sans objet"),
    "b5": (None, None, "N/A"),
    "ep": (None, None, None, "-"),
}

_GENDER: dict[str, dict[str, _Options]] = {
    "gc": {
        "male": ("Varones", "Hombres", "HOMBRE", "Varón"),
        "female": ("Mujeres", "Mujer", "MUJER"),
        "mixed": ("Ambos sexos", "Mixto", "Hombres y mujeres"),
        "unknown": ("No consta",),
    },
    "caritas": {
        "male": ("Masculino", "Hombres", "masculino"),
        "female": ("Femenino", "Mujeres", "femenino"),
        "mixed": ("Mixto", "Ambos", "Grupo mixto"),
        "unknown": ("Sin dato",),
    },
    "ccpd": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
        "unknown": ("NC",),
    },
    "b5": {
        "male": ("M", "Male", "male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F", "Both"),
        "unknown": ("N/K", "Not recorded"),
    },
    "ep": {
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Hombres y mujeres"),
        "unknown": ("Sin datos",),
    },
}

_AGE: dict[str, dict[str, _Options]] = {
    "gc": {
        "adult": ("Adultos", "Mayores de edad", "Mayor"),
        "child": ("Menores", "MENA", "Menor de edad"),
        "mixed": ("Adultos y menores", "Mixto (con menores)"),
        "unknown": ("Sin determinar", "No consta"),
    },
    "caritas": {
        "adult": ("Adultos", "18+", "Adulto"),
        "child": ("NNA", "Menores de edad", "NNA no acompañados"),
        "mixed": ("Grupo familiar (adultos y NNA)", "Mixto", "Adultos + NNA"),
        "unknown": ("Sin dato",),
    },
    "ccpd": {
        "adult": ("majeurs", "Maj.", "adultes"),
        "child": ("mineurs", "MNA", "Min."),
        "mixed": ("majeurs et mineurs", "mixte (Maj./Min.)"),
        "unknown": ("NC", "indéterminé"),
    },
    "b5": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "UASC", "Child", "<18"),
        "mixed": ("Adults & minors", "Mixed", "Family units"),
        "unknown": ("N/K", "Not recorded"),
    },
    "ep": {
        "adult": ("Adultos",),
        "child": ("Menores", "Menores no acompañados"),
        "mixed": ("Adultos y menores", "Mixto"),
        "unknown": ("Sin datos",),
    },
}

#: Transport words by style, then "corridor:mode" or "*:mode" ("*:unknown" = no answer).
_TRANSPORT: dict[str, dict[str, _Options]] = {
    "gc": {
        "wmed:sea": (
            "Patera",
            "Embarcación neumática",
            "Neumática (toy)",
            "Moto de agua",
            "PATERA",
        ),
        "watl:sea": ("Cayuco", "CAYUCO", "Neumática", "Patera"),
        "*:sea": ("Embarcación", "Patera"),
        "wmed:land": (
            "Salto de valla",
            "Oculto en vehículo",
            "Paso fronterizo a pie",
            "Oculto en camión",
        ),
        "*:land": ("Autobús", "Furgoneta", "Vehículo particular", "Turismo", "Por carretera"),
        "*:air": ("Vía aérea", "Vuelo regular", "Aeropuerto"),
        "*:unknown": ("Sin determinar", "No consta"),
    },
    "caritas": {
        "darien:land": ("A pie (selva)", "Caminando", "Terrestre", "A pie", "Trocha a pie"),
        "*:land": ("Terrestre", "A pie"),
        "*:sea": ("Marítima", "Lancha"),
        "*:air": ("Aérea", "Avión"),
        "*:unknown": ("Sin dato",),
    },
    "ccpd": {
        "cmed:sea": (
            "embarcation de fortune",
            "bateau pneumatique",
            "barque",
            "chalutier",
            "voie maritime",
        ),
        "channel:sea": ("small boat", "bateau pneumatique", "traversée maritime"),
        "*:sea": ("voie maritime", "navire"),
        "channel:land": ("poids lourd", "PL (tunnel)", "camion", "dissimulé dans un PL"),
        "*:land": ("voie terrestre", "train", "véhicule léger", "VL", "bus", "à pied"),
        "*:air": ("voie aérienne", "avion", "vol commercial"),
        "*:unknown": ("NC", "indéterminé"),
    },
    "b5": {
        "channel:sea": ("Small boat", "Small boat (inflatable)", "RHIB", "Maritime - small boat"),
        "us_mex:land": ("On foot", "Vehicle", "Tractor-trailer", "Land (between POEs)"),
        "channel:land": ("HGV", "Lorry", "Land - HGV", "Vehicle"),
        "*:land": ("Land", "Vehicle", "Coach", "On foot"),
        "*:sea": ("Maritime", "Vessel"),
        "*:air": ("Air", "Commercial flight", "Air - scheduled flight"),
        "*:unknown": ("N/K", "Unknown"),
    },
    "ep": {
        "emed:sea": ("Lancha neumática", "Embarcación", "Por mar", "Bote"),
        "watl:sea": ("Cayuco", "Por mar", "Embarcación"),
        "*:sea": ("Por mar", "Embarcación", "Patera"),
        "wbal:land": ("A pie", "Por tierra", "Camión", "Furgoneta"),
        "blr_pol:land": ("A pie", "Por tierra", "Cruzando la valla a pie"),
        "*:land": ("Por tierra", "A pie", "Camión", "Autobús", "Vehículo"),
        "*:air": ("En avión", "Por vía aérea"),
        "*:unknown": ("Sin especificar",),
    },
}

_LINKED: dict[str, dict[str, _Options]] = {
    "gc": {
        "document_fraud": ("Falsedad documental", "Falsificación de documentos"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "illicit_goods": ("Contrabando", "Contrabando de tabaco"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "caritas": {
        "document_fraud": ("Documentos falsos", "Documentación falsa"),
        "corruption": ("Soborno a autoridades", "Cobros indebidos de funcionarios"),
        "money_laundering": ("Lavado de dinero",),
        "illicit_goods": ("Contrabando", "Contrabando de mercancía"),
        "cybercrime": ("Fraude en línea",),
        "terrorism": ("Terrorismo",),
    },
    "ccpd": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "b5": {
        "document_fraud": ("Document fraud", "False documents", "Forgery"),
        "corruption": ("Corruption", "Bribery"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods", "Contraband"),
        "cybercrime": ("Cybercrime", "Cyber-enabled fraud"),
        "terrorism": ("Terrorism",),
    },
    "ep": {
        "document_fraud": ("falsificación documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
_LINKED_JOIN: dict[str, _Options] = {
    "gc": (" + ", ", ", " y "),
    "caritas": (", ", "; "),
    "ccpd": (" + ", ", ", " / "),
    "b5": ("; ",),
    "ep": (", ", " y "),
}
_LINKED_NONE: dict[str, tuple[str | None, ...]] = {
    "gc": (None, None, "No"),
    "caritas": (None, "Ninguno"),
    "ccpd": (None, None, "néant"),
    "b5": (None,),
    "ep": (None, None, ""),
}

#: Count cells saying "not known" (kept as records with no count).
_COUNT_UNKNOWN: dict[str, _Options] = {
    "gc": ("S/D", "No consta"),
    "caritas": ("Sin dato", "N/D"),
    "ccpd": ("NC", "n.c."),
    "b5": ("N/K", "unk."),
    "ep": ("sin precisar", "sin datos"),
}
#: Zero suspects written as a word.
_ZERO: dict[str, _Options] = {
    "gc": ("Ninguno", "Sin detenidos"),
    "caritas": ("Ninguno", "ninguno"),
    "ccpd": ("néant", "aucun"),
    "b5": ("nil", "none"),
    "ep": ("ninguno", "sin detenidos"),
}
#: Share of rows with a "not known" count of persons, of suspects, and of zero words.
_RATES: dict[str, tuple[float, float, float]] = {
    "gc": (0.01, 0.02, 0.35),
    "caritas": (0.02, 0.03, 0.3),
    "ccpd": (0.015, 0.02, 0.4),
    "b5": (0.02, 0.02, 0.35),
    "ep": (0.02, 0.03, 0.3),
}
#: Unreadable count cells (rows to quarantine).
_BAD_COUNT: dict[str, _Options] = {
    "gc": ("varios", "#¡VALOR!", "numerosos"),
    "caritas": ("varios", "#¡REF!", "muchos"),
    "ccpd": ("plusieurs", "#VALEUR!", "nombreux"),
    "b5": ("several", "multiple", "#VALUE!"),
    "ep": ("decenas", "varios"),
}


# --------------------------------------------------------------------------------------
# Cells: dates
# --------------------------------------------------------------------------------------
_Date = tuple[object, pd.Timestamp, str, list[str]]


def _partial(src: DjSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> str | None:
    """Draw whether the row is dated to the month or quarter only (None: to the day)."""
    draw = rng.random()
    if not partial_ok:
        return None
    month, quarter = src.partial
    if draw < month:
        return "month"
    if draw < month + quarter:
        return "quarter"
    return None


def _partial_cell(style: str, ts: pd.Timestamp, kind: str, rng: _Rng) -> str:
    q = (ts.month - 1) // 3
    y = ts.year
    if kind == "month":
        options = {
            "caritas": (f"{_ES_MONTHS[ts.month - 1]} {y}", f"{_ES_ABBR[ts.month - 1]}-{y}"),
            "ccpd": (f"{_FR_MONTHS[ts.month - 1]} {y}", f"{ts.month:02d}/{y}"),
            "b5": (f"{y}-{ts.month:02d}", f"{MONTHS[ts.month - 1]} {y}"),
            "ep": (f"{_ES_MONTHS[ts.month - 1]} de {y}", f"{_ES_MONTHS[ts.month - 1].title()} {y}"),
        }[style]
    else:
        options = {
            "caritas": (f"{_ROMAN[q]} trimestre {y}", f"{q + 1}er trimestre {y}"),
            "ccpd": (f"T{q + 1} {y}", f"{q + 1}{'er' if q == 0 else 'e'} trimestre {y}"),
            "b5": (f"{y}-Q{q + 1}", f"Q{q + 1} {y}"),
            "ep": (f"{_ES_QUARTER[q]} trimestre de {y}", f"{y}T{q + 1}"),
        }[style]
    return choice(rng, options)


def _date(src: DjSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    """Return (cell, expected date, precision, tags) of the event date."""
    kind = _partial(src, ts, rng, partial_ok)
    if kind is not None:
        start = ts.to_period("M" if kind == "month" else "Q").start_time
        return _partial_cell(src.style, ts, kind, rng), start, kind, [f"partial_{kind}"]
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    style = src.style
    if style == "gc":
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}", ts, "day", []
        if r < 0.75:
            return f"{d}/{m}/{y % 100:02d}", ts, "day", ["two_digit_year"]
        if r < 0.9:
            abbr = "sept" if m == 9 and rng.random() < 0.5 else _ES_ABBR[m - 1]
            return f"{d}-{abbr}-{y}", ts, "day", ["month_name"]
        return f"{d:02d}.{m:02d}.{y}", ts, "day", ["dotted_date"]
    if style == "caritas":
        if r < 0.45:
            return ts.to_pydatetime(), ts, "day", ["excel_date"]
        if r < 0.7:
            return ts.strftime("%Y-%m-%d"), ts, "day", ["kobo_iso"]
        if r < 0.85:
            serial = int((ts - pd.Timestamp("1899-12-30")).days)
            return serial, ts, "day", ["excel_serial"]
        return f"{d}/{m}/{y}", ts, "day", ["text_date"]
    if style == "ccpd":
        if r < 0.5:
            return f"{d:02d}/{m:02d}/{y}", ts, "day", []
        if r < 0.65:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", ts, "day", ["two_digit_year"]
        day = "1er" if d == 1 else str(d)
        if r < 0.85:
            return f"{day} {_FR_MONTHS[m - 1]} {y}", ts, "day", ["month_name"]
        if r < 0.93:
            weekday = _FR_DAYS[ts.day_of_week]
            return f"{weekday} {day} {_FR_MONTHS[m - 1]} {y}", ts, "day", ["weekday"]
        return f"{d:02d}.{m:02d}.{y}", ts, "day", ["dotted_date"]
    if style == "b5":
        if r < 0.6:
            return ts.strftime("%Y-%m-%d"), ts, "day", []
        if r < 0.8:
            hh, mm = int(rng.integers(6, 20)), int(rng.integers(0, 60))
            return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00", ts, "day", ["timestamp"]
        if r < 0.95:
            return f"{d:02d} {_EN_ABBR[m - 1]} {y}", ts, "day", ["month_name"]
        return f"{d:02d}-{_EN_ABBR[m - 1].upper()}-{y}", ts, "day", ["month_name"]
    # ep
    if r < 0.45:
        return f"{d:02d}/{m:02d}/{y}", ts, "day", []
    if r < 0.7:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", ts, "day", ["month_name"]
    if r < 0.8:
        weekday = _ES_DAYS[ts.day_of_week]
        return f"{weekday}, {d} de {_ES_MONTHS[m - 1]} de {y}", ts, "day", ["weekday"]
    if r < 0.9:
        return f"{d:02d}-{m:02d}-{y}", ts, "day", []
    return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]


def _typo_year(year: int) -> str:
    """Return a transposed year (2022 -> 2202): a date in the far future."""
    text = str(year)
    return text[0] + text[2] + text[1] + text[3]


def _bad_date(src: DjSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: none, impossible or future."""
    style, y = src.style, ts.year
    if kind == "no_date":
        words: dict[str, tuple[str | None, ...]] = {
            "gc": (None, "s/f", "S/F"),
            "caritas": (None, "Sin fecha"),
            "ccpd": (None, "date inconnue", "NC"),
            "b5": (None, "N/K"),
            "ep": (None, "sin fecha"),
        }
        options_none = words[style]
        return options_none[int(rng.integers(len(options_none)))]
    if kind == "bad_date":
        options = {
            "gc": (f"30/02/{y}", f"31/04/{y}", f"29/02/{y}", f"31/11/{y % 100:02d}"),
            "caritas": (f"31/06/{y}", f"{y}-02-30", f"31/09/{y}"),
            "ccpd": (f"31 juin {y}", f"30/02/{y}", f"31 septembre {y}"),
            "b5": (f"{y}-02-30", f"31 Apr {y}", f"{y}-13-05"),
            "ep": (f"31 de abril de {y}", f"30/02/{y}", f"31/06/{y}"),
        }[style]
        return choice(rng, options)
    typo = _typo_year(y)
    if style == "caritas":
        return datetime(int(typo), ts.month, min(ts.day, 28))
    if style == "b5":
        return f"{typo}-{ts.month:02d}-{ts.day:02d}"
    if style == "ep" and rng.random() < 0.5:
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {typo}"
    return f"{ts.day:02d}/{ts.month:02d}/{typo}"


def _note_date(src: DjSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the extraction date)."""
    if src.style == "caritas":
        return last.to_pydatetime()
    if src.style == "b5":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Cells: counts, countries, coordinates
# --------------------------------------------------------------------------------------
def _persons(style: str, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Return the cell of a known count of persons and its tags."""
    if style == "gc" or style == "ep":
        if n >= 1000:
            return f"{n // 1000}.{n % 1000:03d}", ["thousands_dot"]
        return str(n), []
    if style == "caritas":
        if rng.random() < 0.1:
            return str(n), ["number_as_text"]
        return n, []
    if style == "ccpd":
        if n >= 1000:
            sep = choice(rng, ("\u202f", "\xa0", " "))
            return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands_space"]
        return str(n), []
    # b5
    if n >= 1000 and rng.random() < 0.6:
        return f"{n // 1000},{n % 1000:03d}", ["thousands_comma"]
    if rng.random() < 0.15:
        return str(n), ["number_as_text"]
    return n, []


def _suspects(style: str, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return the cell of the count of suspects, its expected value and tags."""
    _, unknown, zero = _RATES[style]
    if rng.random() < unknown:
        return choice(rng, _COUNT_UNKNOWN[style]), None, ["suspects_placeholder"]
    if n == 0 and rng.random() < zero:
        return choice(rng, _ZERO[style]), 0, ["zero_word"]
    if style in ("caritas", "b5"):
        return n, n, []
    return str(n), n, []


def _country(
    style: str, code: str, role: str, rng: _Rng, ev: dict[str, object]
) -> tuple[str, list[str]]:
    """Return a country cell in the source's words; ``role`` is the truth column."""
    r = rng.random()
    if style in ("gc", "ep"):
        names, demonym = _ES.get(code, ((code,), None))
        name = choice(rng, names)
        if role == "nationality" and demonym is not None and r < 0.5:
            word = demonym if style == "gc" else _es_plural(demonym)
            return word, ["demonym"]
        if role == "detection_country" and style == "gc" and r < 0.1:
            place = str(ev.get("hotspot") or "")
            for town in ("Ceuta", "Melilla", "Almería", "Huelva"):
                if town in place:
                    return f"{name} ({town})", ["country_with_place"]
            if place in ("Gran Canaria", "Tenerife", "Lanzarote", "El Hierro"):
                return f"{name} (Canarias)", ["country_with_place"]
        if r > 0.95:
            garbled = mojibake(name)
            if garbled is not None:
                return garbled, ["mojibake"]
        if style == "gc" and r > 0.85:
            return name.upper(), ["upper_case"]
        return name, []
    if style == "caritas":
        names, _ = _ES.get(code, ((code,), None))
        if r < 0.55:
            return _slug(names[0]), ["kobo_choice"]
        return choice(rng, names), []
    if style == "ccpd":
        fr_names, masc, fem = _FR.get(code, ((code,), code, code))
        if role == "nationality" and r < 0.5:
            return (fem if rng.random() < 0.5 else masc), ["demonym"]
        if r > 0.9:
            return code, ["iso3"]
        return choice(rng, fr_names), []
    # b5
    en_names, demonym_en = _EN.get(code, ((code,), code))
    alpha2, _ = iso_codes(code)
    if role == "nationality":
        if code == "IRQ" and r < 0.1:
            return "Iraqi (Kurdish)", ["demonym"]
        if r < 0.4:
            return demonym_en, ["demonym"]
        if r < 0.7:
            return code, ["iso3"]
        return choice(rng, en_names), []
    if role in ("detection_country", "destination_country"):
        if r < 0.45:
            return ("UK" if code == "GBR" else alpha2), ["iso2"]
        if r < 0.6:
            return code, ["iso3"]
        return choice(rng, en_names), []
    if r < 0.5:
        return code, ["iso3"]
    return choice(rng, en_names), []


def _transit(style: str, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Return the transit cell of an ordered ``|``-joined list of codes (or None)."""
    codes = str(value).split("|") if value else []
    if not codes:
        empty: dict[str, tuple[object, ...]] = {
            "gc": (None, None, "Ninguno"),
            "caritas": (None,),
            "ccpd": (None, "néant"),
            "b5": (None, ()),
            "ep": (None, ""),
        }
        pick = empty[style][int(rng.integers(len(empty[style])))]
        return (list(pick) if isinstance(pick, tuple) else pick), []
    if style == "gc":
        names = [_ES.get(c, ((c,), None))[0][0] for c in codes]
        return choice(rng, (" - ", ", ", " / ")).join(names), []
    if style == "caritas":
        if rng.random() < 0.6:
            return " ".join(_slug(_ES.get(c, ((c,), None))[0][0]) for c in codes), ["kobo_multi"]
        return ", ".join(_ES.get(c, ((c,), None))[0][0] for c in codes), []
    if style == "ccpd":
        names = [_FR.get(c, ((c,), c, c))[0][0] for c in codes]
        return choice(rng, (" > ", ", ", " / ")).join(names), []
    if style == "b5":
        if rng.random() < 0.6:
            return list(codes), ["json_array"]
        return [_EN.get(c, ((c,), c))[0][0] for c in codes], ["json_array"]
    names = [_ES.get(c, ((c,), None))[0][-1] for c in codes]  # "Bosnia", not "... y ..."
    if len(names) > 1 and rng.random() < 0.5:
        return ", ".join(names[:-1]) + " y " + names[-1], ["prose_list"]
    return " - ".join(names), []


def _dm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, decimal comma: ``005º 22,10' O``."""
    sign = 1.0 if value >= 0 else -1.0
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, minutes - 60
    text = f"{deg:0{width}d}º {minutes:05.2f}' {pos if sign > 0 else neg}".replace(".", ",")
    return text, sign * (deg + minutes / 60)


def _dms(value: float, pos: str, neg: str, mark: str, comma: bool) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth: ``36°07'24.4"N``."""
    sign = 1.0 if value >= 0 else -1.0
    deg = int(abs(value))
    rest = (abs(value) - deg) * 60
    minutes = int(rest)
    seconds = round((rest - minutes) * 60, 1)
    if seconds >= 60:
        minutes, seconds = minutes + 1, seconds - 60
    if minutes >= 60:
        deg, minutes = deg + 1, minutes - 60
    sec = f"{seconds:04.1f}"
    if comma:
        sec = sec.replace(".", ",")
    text = f"{deg}{mark}{minutes:02d}'{sec}\"{pos if sign > 0 else neg}"
    return text, sign * (deg + minutes / 60 + seconds / 3600)


def _coords(
    style: str, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Cells of a known location (by canonical column), expected lat/lon and tags."""
    r = rng.random()
    if style == "gc":
        if r < 0.05:
            return {"coordinates": None}, None, None, ["coords_missing"]
        if r < 0.07:
            return (
                {"coordinates": choice(rng, ("Sin posición", "S/P"))},
                None,
                None,
                ["coords_placeholder"],
            )
        if r < 0.75:
            lat_t, elat = _dm(lat, "N", "S", 2)
            lon_t, elon = _dm(lon, "E", choice(rng, ("O", "W")), 3)
            text = f"{lat_t}{choice(rng, (' / ', ' - ', '  '))}{lon_t}"
            return {"coordinates": text}, elat, elon, ["dm_coords"]
        lat_t, elat = _dms(lat, "N", "S", "º", comma=True)
        lon_t, elon = _dms(lon, "E", "W", "º", comma=True)
        return {"coordinates": f"{lat_t} {lon_t}"}, elat, elon, ["dms_coords"]
    if style == "caritas":
        if r < 0.08:
            return {"coordinates": None}, None, None, ["coords_missing"]
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.75:
            alt = round(float(rng.uniform(15, 320)), 1)
            acc = round(float(rng.uniform(3, 20)), 1)
            return {"coordinates": f"{la} {lo} {alt} {acc}"}, la, lo, ["kobo_geopoint"]
        return {"coordinates": f"{la}, {lo}"}, la, lo, []
    if style == "ccpd":
        if r < 0.06:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        if r < 0.08:
            return {"lat": "NC", "lon": "NC"}, None, None, ["coords_placeholder"]
        k = 5 if r < 0.7 else 4
        la, lo = round(lat, k), round(lon, k)
        cells: dict[str, object] = {
            "lat": f"{la:.{k}f}".replace(".", ","),
            "lon": f"{lo:.{k}f}".replace(".", ","),
        }
        return cells, la, lo, ["decimal_comma"]
    if style == "b5":
        if r < 0.07:
            return {"coordinates": None}, None, None, ["coords_missing"]
        la, lo = round(lat, 5), round(lon, 5)
        point = choice(rng, ("POINT ({} {})", "POINT({} {})")).format(lo, la)
        if r > 0.85:
            return {"coordinates": "SRID=4326;" + point}, la, lo, ["wkt", "ewkt"]
        return {"coordinates": point}, la, lo, ["wkt"]
    # ep
    if r < 0.1:
        return {"coordinates": None}, None, None, ["coords_missing"]
    if r < 0.7:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la}, {lo}"}, la, lo, []
    la_t, elat = _dms(lat, "N", "S", "°", comma=False)
    lo_t, elon = _dms(lon, "E", "W", "°", comma=False)
    return {"coordinates": f"{la_t} {lo_t}"}, elat, elon, ["dms_coords"]


def _linked(style: str, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Return the linked-offences cell of a ``|``-joined set (or None)."""
    names = str(value).split("|") if value else []
    if not names:
        return choice(rng, tuple(w or "" for w in _LINKED_NONE[style])) or None, []
    words = [choice(rng, _LINKED[style][n]) for n in names]
    if style == "b5":
        if rng.random() < 0.5:
            return words, ["json_array"]
        return "; ".join(words), []
    return choice(rng, _LINKED_JOIN[style]).join(words), []


def _word(style: str, table: dict[str, dict[str, _Options]], value: str, rng: _Rng) -> str:
    return choice(rng, table[style][value])


def _fit(src: DjSource, text: object, fallback: object) -> object:
    """``text`` if the source's file can hold it, else ``fallback``."""
    if isinstance(text, str) and not fits(text, src):
        return fallback
    return text


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: DjSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    style = src.style
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    tags: list[str] = []
    det = str(ev["detection_country"])
    # a B5 row is worded by the country whose officers wrote it
    voice = {
        "b5": "b5_us" if det == "USA" else "b5_gb",
        "ccpd": "ccpd_it" if det == "ITA" else "ccpd",
    }.get(style, style)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = _date(src, ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(voice, _CRIME, crime, rng)
    voice = voice.removesuffix("_it")  # one exploitation vocabulary at the CCPD
    exp["crime_type"] = crime
    if any(
        ref in str(cells["crime_type"])
        for ref in ("bis", "CESEDA", "art.", "U.S.C", "USC", "s.2", "s.25")
    ):
        tags.append("legal_ref")
    form = ev["exploitation"]
    if form is not None:
        cells["exploitation"] = _word(voice, _EXPLOITATION, str(form), rng)
    else:
        na = _NOT_APPLICABLE[style]
        cells["exploitation"] = na[int(rng.integers(len(na)))]
    exp["exploitation"] = form

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _RATES[style][0]:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[style])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _persons(style, persons, rng)
        exp["n_persons"] = persons
        tags += t

    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(
            style,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
        )
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"], exp["gender"] = _word(style, _GENDER, "unknown", rng), "unknown"
        tags += ["blank_gender", "gender_placeholder"]
    else:
        cells["gender"], exp["gender"] = _word(style, _GENDER, gender, rng), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = _word(style, _AGE, "unknown", rng), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(style, _AGE, age, rng), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col or code is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text, t = _country(style, str(code), col, rng, ev)
        cells[col] = _fit(src, text, str(code))
        exp[col] = code
        tags += [f"{col}:{x}" for x in t]

    cells["transit_countries"], t = _transit(style, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    mode = str(ev["transport_mode"])
    table = _TRANSPORT[style]
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, table["*:unknown"]), "unknown"
        tags.append("na_word")
    else:
        key = f"{ev['corridor']}:{mode}"
        cells["transport_mode"] = choice(rng, table.get(key, table[f"*:{mode}"]))
        exp["transport_mode"] = mode

    lat, lon = ev["lat"], ev["lon"]
    blank = {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
    if forced_blank == "coordinates" or lat is None or lon is None:
        cells.update(blank)
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        where, exp["lat"], exp["lon"], t = _coords(style, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(where)
        tags += t

    cells["linked_offences"], t = _linked(style, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    tags += t
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_GC = DjSource(
    source="gc_cmd_algeciras",
    filename="gc_cmd_algeciras_dj.csv",
    ref="AT-{seq:04d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha hecho",
        "detection_country": "País intervención",
        "coordinates": "Posición (grados, minutos)",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad (177 bis)",
        "n_persons": "Nº personas (inmigr./víctimas)",
        "n_suspects": "Detenidos / investigados",
        "nationality": "Nacionalidad",
        "gender": "Sexo",
        "age_group": "Mayor/Menor edad",
        "origin_country": "País procedencia",
        "transit_countries": "Países tránsito",
        "destination_country": "País destino",
        "transport_mode": "Medio empleado",
        "linked_offences": "Delitos conexos",
    },
    note="NOTA: datos provisionales, pendientes de validación por la Jefatura",
    total="TOTAL",
    bad_count=_BAD_COUNT["gc"],
    repeats=True,
    style="gc",
    partial=(0.0, 0.0),
)
_CARITAS = DjSource(
    source="caritas_darien",
    filename="caritas_darien_dj.xlsx",
    ref="PMH-DAR-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "event_date": "Fecha de atención",
        "source_ref": "Código caso",
        "detection_country": "País de registro",
        "coordinates": "Punto GPS (lat lon alt prec)",
        "n_persons": "Personas en el grupo (n.º)",
        "gender": "Sexo (grupo)",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad declarada",
        "origin_country": "País de salida",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino previsto",
        "transport_mode": "Modalidad de viaje",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación (si trata)",
        "n_suspects": "Guías/coyotes señalados",
        "linked_offences": "Otros hechos reportados",
    },
    note="Nota: registro parcial por corte de conectividad en ERM San Vicente",
    total="Total general",
    bad_count=_BAD_COUNT["caritas"],
    repeats=False,
    style="caritas",
    partial=(0.04, 0.015),
)
_CCPD = DjSource(
    source="ccpd_modane",
    filename="ccpd_modane_dj.csv",
    ref="MOD/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° fiche CCPD",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb pers. concernées",
        "n_suspects": "Nb MEC",
        "gender": "Sexe",
        "age_group": "Maj./Min.",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Vecteur",
        "lat": "Latitude (°déc.)",
        "lon": "Longitude (°déc.)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : fiches transmises par la partie italienne non encore consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=_BAD_COUNT["ccpd"],
    repeats=False,
    style="ccpd",
    partial=(0.03, 0.015),
)
_B5 = DjSource(
    source="border_five",
    filename="border_five_dj.jsonl",
    ref="B5-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "detected_on",
        "detection_country": "detecting_country",
        "coordinates": "location_wkt",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "facilitators_arrested",
        "nationality": "nationality",
        "gender": "sex",
        "age_group": "age_category",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=_BAD_COUNT["b5"],
    repeats=True,
    style="b5",
    partial=(0.03, 0.02),
)
_EP = DjSource(
    source="europa_press",
    filename="europa_press_dj.csv",
    ref="EP-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Ref. teletipo",
        "event_date": "Fecha",
        "detection_country": "País del suceso",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "nationality": "Nacionalidad",
        "gender": "Sexo",
        "age_group": "Edad",
        "origin_country": "Origen",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "Destino",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas (Google Maps)",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: elaboración propia a partir de teletipos; cifras provisionales",
    total="Total",
    bad_count=_BAD_COUNT["ep"],
    repeats=False,
    style="ep",
    partial=(0.05, 0.02),
)

#: The five sources of ``blind112``, in the order their submissions are returned.
BLIND112_SOURCES: tuple[DjSource, ...] = (_GC, _CARITAS, _CCPD, _B5, _EP)

_EXAMINER: Examiner[DjSource] = Examiner(
    sources=BLIND112_SOURCES,
    primary={
        "ESP": _GC.source,
        "PAN": _CARITAS.source,
        "ITA": _CCPD.source,
        "FRA": _CCPD.source,
        "USA": _B5.source,
        "GBR": _B5.source,
    },
    compilation=_EP.source,
    secondary={
        ("wmed", "ESP"): _EP.source,
        ("watl", "ESP"): _EP.source,
        ("thb_rou_esp", "ESP"): _EP.source,
        ("thb_rou_esp", "ITA"): _GC.source,
        ("cmed", "ITA"): _EP.source,
        ("thb_nga_ita", "ITA"): _EP.source,
        ("channel", "FRA"): _B5.source,
        ("channel", "GBR"): _CCPD.source,
        ("thb_vnm_gbr", "GBR"): _CCPD.source,
        ("darien", "PAN"): _EP.source,
        ("us_mex", "USA"): _EP.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=112_0112,
    blank_share=0.35,
)


def make_blind112(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind112`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gc_cmd_algeciras_dj.csv``, ``caritas_darien_dj.xlsx``, ``ccpd_modane_dj.csv``,
        ``border_five_dj.jsonl`` and ``europa_press_dj.csv``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind112(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gc_cmd_algeciras_dj.csv', 'caritas_darien_dj.xlsx', 'ccpd_modane_dj.csv',
     'border_five_dj.jsonl', 'europa_press_dj.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
