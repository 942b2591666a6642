"""The twenty-ninth examiner's held-out sample set (files ``*_ae.*``, variant ``"blind29"``).

Five agencies, none used by the earlier sets, write the true events their own way. This
docstring is a reader's guide: what each file looks like and what a competent analyst
reads in it. Every cell written is described, with its expected clean value, in
``truth/truth_rows.csv``; the ``messiness`` column names the quirks planted in a row.

``vsat_lt_ae.csv``: Lithuanian State Border Guard Service (VSAT)
    English export of the joint Eastern-border incident picture exchanged with the Polish
    Border Guard (events detected in Poland on the Belarus route). UTF-8 with BOM,
    ``;`` delimiter (a Lithuanian-locale Excel "CSV UTF-8"). Reference ``LT-VSAT/2022/0007``.
    Dates ISO ``2022-03-12`` (the Lithuanian standard), dotted ``2022.03.12``, with the
    apprehension time ``2022-03-12 04:35``; partial dates ``2022-03``, ``2022.03``,
    ``March 2022`` (month) and ``2022 Q1``, ``Q1/2022``, ``I quarter 2022`` (quarter).
    Offences as Polish Criminal Code articles (``Art. 264 §3 PL CC`` = organising illegal
    crossing = smuggling; ``Art. 189a PL CC`` = trafficking) or words (``SoM``, ``THB``).
    Unknowns ``n/k``, ``unknown``, ``not established``; no suspects ``none``/``nil``; a
    suspect count with a remark ``1 (driver)``. Citizenship as demonym, country name, ISO
    alpha-2 or long name (``Syrian Arab Republic``). Route ``Russia > Belarus`` or ``RU-BY``.
    Coordinates ``53.98765, 23.87654``, ``N53.98765 E23.87654`` or degrees-minutes-seconds;
    a few ``n/a``. An extra ``Reported via`` column names the frontier district or the Polish
    unit (Lithuanian diacritics). Bad dates ``2022-02-30``; future dates are digit-swap typos
    of the year (``2202-03-12``).

``policija_si_ae.csv``: Slovenian Police, Border Police Division
    English values under bilingual Slovene / English headers (``Datum / Date``,
    ``Zap. št. / Ref. No.``), Windows-1250 (Central European), tab-delimited, LF line ends.
    Reports events on the Balkan route detected in Croatia, and second reports of
    Mediterranean arrivals (Italy, Greece). Dates in the Slovene way ``12. 3. 2022``,
    ``12.03.2022``, ``12.3.2022``; partial ``03.2022``, ``3/2022``, ``March 2022``,
    ``Q1 2022``, ``1st quarter 2022``. Offences by Slovene Criminal Code articles
    (``Art. 308 KZ-1`` facilitation of illegal crossing = smuggling, ``Art. 113 KZ-1`` =
    trafficking; ``Čl.`` = article). Slovene forms write ``/`` for "not applicable" (the
    exploitation of a smuggling case, no transit, no linked offence, an unknown age group
    or transport). Citizenship often as the police system's ISO alpha-3 code; Greece as the
    EU code ``EL``; ``BiH`` for Bosnia and Herzegovina; transit ``TR-BG-RS-BA``. Coordinates
    with decimal commas ``45,12345 15,67890``, ``N 45°07,404' E 15°40,734'`` (degrees and
    decimal minutes) or whole-second DMS. An ``Opombe / Remarks`` column (``PP Črnomelj``).

``dij_pa_ae.csv``: Policía Nacional de Panamá, Dirección de Investigación Judicial (DIJ)
    Spanish, Windows-1252, ``,`` delimiter, CRLF line ends, re-sent rows at the end;
    events in the Darién.
    Dates ``12/03/2022``, ``12/3/22``, ``12-mar-2022``, ``12 de marzo de 2022`` and
    ``sábado, 12 de marzo de 2022``; partial ``marzo 2022``, ``marzo de 2022``, ``03/2022``,
    ``I trimestre 2022``, ``primer trimestre 2022``. Offences ``Tráfico ilícito de
    migrantes``/``TIM`` (smuggling), ``Trata de personas (Ley 79 de 2011)`` (trafficking),
    often upper case without accents. Counts with US thousands separators (``1,234``,
    quoted); unknown ``s/d``, ``N/D``, ``por determinar``; no arrests ``ninguno``,
    ``sin aprehendidos``. Sex ``Masculino``, ``Mujeres``, ``Ambos sexos`` or a split
    ``H: 7 / M: 5`` (men / women: mixed). Age ``NNA`` (niños, niñas y adolescentes = child).
    Nationality as demonym agreeing with the sex (``venezolana``), country name or ISO
    alpha-3, sometimes upper case, typed wrong (``Columbia``) or UTF-8 read as cp1252
    (``HaitÃ­``). Coordinates ``8.45331, -77.73194``, DMS with ``O`` (oeste) for west
    ``8°27'11.9"N 77°43'55.0"O``, ``N 8.45331 O 77.73194``, decimal minutes;
    ``sin coordenadas``. A ``Lugar del hecho`` column (reception stations, comarca).

``ccpd_tournai_ae.xlsx``: Franco-Belgian Police and Customs Cooperation Centre (CCPD Tournai)
    French values under bilingual French / Dutch headers (``Date des faits / Datum feiten``,
    ``Nb MEC / Aantal verd.`` = persons "mis en cause", the suspects). Channel events
    (France, United Kingdom) and second reports of trafficking cases in Italy and Spain.
    Dates are real Excel dates, bare Excel serial numbers (``44632``), text
    ``12/03/2022``, ``12.03.2022``, ``12 mars 2022``; partial ``mars 2022``, ``03/2022``,
    ``1er trim. 2022``, ``T2 2022``, ``3e trimestre 2022``; future dates are year typos
    stored as real dates. Offences: ``Aide à l'entrée irrégulière (art. L.823-1 CESEDA)``,
    ``Trafic d'êtres humains (art. 77bis loi 15/12/1980)`` (Belgian law: *trafic* =
    smuggling), ``Mensensmokkel``; ``TEH``, ``Traite des êtres humains (art. 225-4-1 CP)``,
    ``Mensenhandel`` (trafficking). ``exploitation économique`` (Belgian term for labour
    exploitation). Unknowns ``inconnu``, ``NC`` (non communiqué); none ``néant``, ``aucun``.
    Sex ``H``/``F``/``H+F``; ``MNA`` (unaccompanied minors). Nationality as French
    demonym agreeing with the sex, ``kurde irakien`` (Iraqi), name or alpha-3; destination
    ``Angleterre`` for the UK. ``Vecteur`` (transport): ``small boat``, ``poids lourd``,
    ``aérien``. Latitude and longitude in two columns:
    numbers, text with decimal commas, or DMS with ``O`` (ouest) for west.

``ptn_nordic_ae.jsonl``: Nordic police and customs liaison network (PTN) digest
    English camelCase keys, UTF-8 JSON lines, re-sent lines at the end; the compilation
    source (every event detected elsewhere: Italy, Spain, Greece, the United States) and
    second reports from the liaison officers' posts. Dates ISO ``2022-03-12``, local
    timestamps with their UTC offset ``2022-03-12T14:20:00+01:00`` (always the same day in
    UTC), Nordic ``12.03.2022``, basic ISO ``20220312``; partial ``2022-03``, ``2022-Q1``,
    ``Q1 2022``. Counts as JSON numbers, some as text (``"1 234"``), ``null`` or
    ``"unknown"``; ``nil`` suspects. Countries mostly ISO alpha-2 (``GB`` or ``UK``),
    alpha-3 or English names; transit ``NE>LY`` or ``TR,BG,RS``. Some offences carry the
    form of exploitation (``THB – sexual exploitation``) with the exploitation key empty.
    Latitude and longitude as numbers, some as text with a hemisphere (``106.45670W``).

Bad rows (no, impossible or future date; negative or wordy count), an empty row (CSV),
a note row and a total row are planted as the shared machinery of
:mod:`trendlib.samples._examiner` describes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

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

__all__ = ["BLIND29_SOURCES", "Blind29Source", "make_blind29"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind29Source(ExaminerSource):
    """A source of the ``blind29`` set: the shared fields plus the key of its writer.

    Attributes
    ----------
    style : str
        Key of the writer (in this module) that writes its cells.
    """

    style: str


# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) short names.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}

#: Other names an agency of that language writes for a country.
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)", "I.R. Iran"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "RUS": ("Russian Federation",),
        "MKD": ("N. Macedonia",),
        "BIH": ("BiH",),
        "GMB": ("The Gambia",),
        "POL": ("Republic of Poland",),
        "HRV": ("Republic of Croatia",),
        "CHN": ("PR China",),
        "EGY": ("Arab Rep. of Egypt",),
    },
    "fr": {
        "VNM": ("Viêt Nam",),
        "TUR": ("Türkiye",),
        "GIN": ("Guinée Conakry",),
        "USA": ("USA",),
        "DEU": ("RFA",),
        "GBR": ("Grande-Bretagne",),
        "IRQ": ("Iraq",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("Rep. Popular China",),
        "PAN": ("Rep. de Panamá",),
        "MEX": ("Méjico",),
    },
}

#: ISO alpha-3 -> English demonym (nationalities of the events).
_DEMONYM_EN: dict[str, str] = {
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
#: ISO alpha-3 -> French demonym (masculine, feminine).
_DEMONYM_FR: dict[str, tuple[str, str]] = {
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
#: ISO alpha-3 -> Spanish demonym (masculine, feminine).
_DEMONYM_ES: dict[str, tuple[str, str]] = {
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

#: Misspellings a clerk makes, by the correct word.
_TYPOS: dict[str, str] = {
    "Afghanistan": "Afganistan",
    "Eritrea": "Eritria",
    "Bangladesh": "Bangaldesh",
    "Venezuela": "Venezuala",
    "Morocco": "Marocco",
    "Guatemala": "Guatamala",
    "Tunisia": "Tunisa",
    "Pakistani": "Pakistany",
    "Colombia": "Columbia",
    "Ecuador": "Equador",
    "Haití": "Haiti",
    "venezolana": "venezolna",
    "venezolano": "venezolno",
    "ecuatoriano": "equatoriano",
    "Érythrée": "Erythree",
    "érythréen": "erythreen",
    "érythréenne": "erythreenne",
    "afghan": "afgan",
    "vietnamien": "vietnamiem",
    "Irak": "Iraq",
    "Eritrean": "Eritrian",
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
_ES_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_ROMAN = ("I", "II", "III", "IV")
_ES_ORDINAL_Q = ("primer", "segundo", "tercer", "cuarto")

#: Day and month of impossible dates (a clerk's slip).
_IMPOSSIBLE = ((30, 2), (31, 2), (29, 2), (31, 4), (31, 6), (31, 9), (31, 11))

# Field words, by field value, per writer.
_EN_GENDER: dict[str, tuple[str, ...]] = {
    "male": ("M", "male", "men", "males"),
    "female": ("F", "female", "women", "females"),
    "mixed": ("mixed", "M/F", "M+F", "male and female"),
}
_FR_GENDER: dict[str, tuple[str, ...]] = {
    "male": ("H", "homme", "hommes", "masculin"),
    "female": ("F", "femme", "femmes", "féminin"),
    "mixed": ("mixte", "H/F", "H+F", "hommes et femmes"),
}
_ES_GENDER: dict[str, tuple[str, ...]] = {
    "male": ("Masculino", "Hombres", "Masc.", "hombre"),
    "female": ("Femenino", "Mujeres", "Fem.", "mujer"),
    "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
}
_EN_AGE: dict[str, tuple[str, ...]] = {
    "adult": ("adult", "adults", "18+", "adult(s)"),
    "child": ("minor", "minors", "UAM", "<18", "child"),
    "mixed": ("mixed", "adults and minors", "adults + minors", "adults + children"),
}
_FR_AGE: dict[str, tuple[str, ...]] = {
    "adult": ("majeur", "majeurs", "adulte(s)", "maj."),
    "child": ("mineur", "mineurs", "MNA", "mineur non accompagné", "min."),
    "mixed": ("majeurs et mineurs", "mixte", "maj. + min."),
}
_ES_AGE: dict[str, tuple[str, ...]] = {
    "adult": ("Adultos", "adulto", "Mayores de edad"),
    "child": ("Menores", "menor de edad", "NNA", "niños"),
    "mixed": ("Adultos y menores", "Mixto", "Adultos y NNA"),
}
_EN_TRANSPORT: dict[str, tuple[str, ...]] = {
    "sea": ("sea", "boat", "rubber boat", "by sea", "fishing vessel", "dinghy"),
    "land": ("land", "on foot", "car", "truck", "lorry", "van", "bus", "vehicle"),
    "air": ("air", "flight", "by air", "commercial flight"),
}
_FR_TRANSPORT: dict[str, tuple[str, ...]] = {
    "sea": ("maritime", "small boat", "embarcation pneumatique", "bateau", "taxi-boat"),
    "land": ("terrestre", "routier", "poids lourd", "camion", "véhicule léger", "à pied", "train"),
    "air": ("aérien", "avion", "voie aérienne", "vol commercial"),
}
_ES_TRANSPORT: dict[str, tuple[str, ...]] = {
    "sea": ("marítimo", "lancha", "embarcación", "vía marítima"),
    "land": ("terrestre", "a pie", "caminando", "a pie (selva)", "por tierra", "bus"),
    "air": ("aéreo", "vía aérea", "vuelo comercial"),
}
_EN_LINKED: dict[str, tuple[str, ...]] = {
    "document_fraud": ("document fraud", "forged documents", "false documents"),
    "corruption": ("corruption", "bribery", "bribery of officials"),
    "money_laundering": ("money laundering", "laundering of proceeds"),
    "illicit_goods": ("smuggling of goods", "contraband cigarettes", "excise goods smuggling"),
    "cybercrime": ("cybercrime", "cyber-enabled crime"),
    "terrorism": ("terrorism", "terrorism-related"),
}
_FR_LINKED: dict[str, tuple[str, ...]] = {
    "document_fraud": ("fraude documentaire", "faux documents", "faux et usage de faux"),
    "corruption": ("corruption", "corruption d'agent public"),
    "money_laundering": ("blanchiment", "blanchiment d'argent", "blanchiment de capitaux"),
    "illicit_goods": ("contrebande", "contrebande de tabac", "trafic de marchandises illicites"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_ES_LINKED: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "falsificación de documentos",
        "documentos falsos",
        "uso de documento falso",
    ),
    "corruption": ("corrupción", "cohecho"),
    "money_laundering": ("blanqueo de capitales", "lavado de dinero"),
    "illicit_goods": ("contrabando", "contrabando de mercancías"),
    "cybercrime": ("delitos informáticos", "ciberdelito"),
    "terrorism": ("terrorismo",),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, *weights: float) -> int:
    """Draw an index with the given (unnormalised) weights."""
    r = rng.random() * sum(weights)
    acc = 0.0
    for i, w in enumerate(weights):
        acc += w
        if r < acc:
            return i
    return len(weights) - 1


def _maybe(rng: _Rng, word: str, share: float) -> str | None:
    """Return ``word`` with probability ``share``, else None (an empty cell)."""
    return word if rng.random() < share else None


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (_quarter(ts) - 1) + 1, day=1)


def _typo_year(year: int) -> int:
    """Swap the second and third digits of a year (2022 -> 2202): a future date."""
    text = str(year)
    out = int(text[0] + text[2] + text[1] + text[3])
    return out if out > year + 50 else year + 180


def _ascii(text: str) -> str:
    """Drop the accents a legacy encoding cannot hold (``Türkiye`` -> ``Turkiye``)."""
    text = text.replace("–", "-").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _dms(value: float, decimals: int, sec_comma: bool = False) -> tuple[int, int, str, float]:
    """Degrees, minutes, seconds text and the value they give back (absolute)."""
    scale = 10**decimals
    units = round(abs(value) * 3600 * scale)
    deg, rest = divmod(units, 3600 * scale)
    minutes, sec_units = divmod(rest, 60 * scale)
    width = 3 + decimals if decimals else 2
    sec = f"{sec_units / scale:0{width}.{decimals}f}"
    if sec_comma:
        sec = sec.replace(".", ",")
    return int(deg), int(minutes), sec, units / (3600 * scale)


def _dm(value: float, decimals: int, comma: bool = False) -> tuple[int, str, float]:
    """Degrees and decimal minutes text and the value they give back (absolute)."""
    scale = 10**decimals
    units = round(abs(value) * 60 * scale)
    deg, min_units = divmod(units, 60 * scale)
    text = f"{min_units / scale:0{3 + decimals}.{decimals}f}"
    if comma:
        text = text.replace(".", ",")
    return int(deg), text, units / (60 * scale)


def _signed(value: float, parsed: float) -> float:
    return round(parsed if value >= 0 else -parsed, 6)


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG_INDEX[lang]]


def _alt(code: str, lang: str, rng: _Rng) -> str | None:
    names = _ALT_NAMES[lang].get(code)
    return choice(rng, names) if names else None


def _iso2(code: str) -> str:
    return iso_codes(code)[0]


def _linked_words(value: object, table: dict[str, tuple[str, ...]], rng: _Rng) -> list[str]:
    return [choice(rng, table[k]) for k in str(value).split("|")]


# --------------------------------------------------------------------------------------
# Writers: one per source
# --------------------------------------------------------------------------------------
class _Writer:
    """Write one true event as a source does; subclasses hold the source's wording."""

    lang = "en"
    gender_words: ClassVar[dict[str, tuple[str, ...]]] = _EN_GENDER
    age_words: ClassVar[dict[str, tuple[str, ...]]] = _EN_AGE
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = _EN_TRANSPORT
    na_words: tuple[str, ...] = ("n/k",)
    typo_rate = 0.03
    upper_rate = 0.04
    space_rate = 0.03
    moji_rate = 0.0

    # -- text noise -----------------------------------------------------------------
    def noisy(self, text: str, rng: _Rng, tags: list[str]) -> str:
        """Misspell, upper-case, pad or garble a country-like cell now and then."""
        r = rng.random()
        if r < self.typo_rate and text in _TYPOS:
            tags.append("typo")
            return _TYPOS[text]
        r = rng.random()
        if r < self.upper_rate:
            tags.append("upper_case")
            return text.upper()
        if r < self.upper_rate + self.space_rate:
            tags.append("spacing")
            return f"  {text} "
        if self.moji_rate and rng.random() < self.moji_rate:
            garbled = mojibake(text)
            if garbled is not None:
                tags.append("mojibake")
                return garbled
        return text

    # -- fields -------------------------------------------------------------------------
    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        """Return (cell, expected date, precision)."""
        raise NotImplementedError

    def offence(self, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[object, object]:
        """Return (crime cell, exploitation cell); the expected values are the truth's."""
        raise NotImplementedError

    def persons(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        """Return (count cell, expected count)."""
        raise NotImplementedError

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        """Return (suspect count cell, expected count)."""
        raise NotImplementedError

    def gender(self, value: str, n: int | None, rng: _Rng, tags: list[str]) -> object:
        """Return the sex cell (expected: the truth's value)."""
        return choice(rng, self.gender_words[value])

    def age(self, value: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Return (age cell, expected age group)."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return choice(rng, self.na_words), "unknown"
        return choice(rng, self.age_words[value]), value

    def transport(self, value: str, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Return (transport cell, expected mode)."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return choice(rng, self.na_words), "unknown"
        return choice(rng, self.transport_words[value]), value

    def nationality(self, code: str, sex: str, rng: _Rng, tags: list[str]) -> object:
        """Return the nationality cell."""
        raise NotImplementedError

    def country(self, code: str, role: str, rng: _Rng, tags: list[str]) -> object:
        """Return an origin, destination or detection country cell."""
        raise NotImplementedError

    def transit(self, value: object, rng: _Rng, tags: list[str]) -> object:
        """Return the transit cell (``value`` is the truth's ``|``-joined codes or None)."""
        raise NotImplementedError

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        """Return (coordinate cells by column, expected lat, expected lon)."""
        raise NotImplementedError

    def linked(self, value: object, rng: _Rng, tags: list[str]) -> object:
        """Return the linked-offences cell (expected: the truth's value)."""
        raise NotImplementedError

    def extra(self, ev: dict[str, object], rng: _Rng) -> _Cells:
        """Return the source's own extra cells (not record fields)."""
        return {}

    def blank(self) -> object:
        """Return what the source writes in a cell it leaves empty."""
        return None

    # -- the row --------------------------------------------------------------------------
    def render(
        self,
        src: Blind29Source,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> tuple[_Cells, _Cells, list[str]]:
        """Write one event: ``(cells, expected clean values, messiness tags)``."""
        tags: list[str] = []
        ts = pd.Timestamp(str(ev["event_date"]))
        date_cell, day, precision = self.date(ts, rng, partial_ok, tags)
        crime_cell, expl_cell = self.offence(ev, rng, tags)
        n_persons = int(str(ev["n_persons"]))
        persons_cell, persons = self.persons(n_persons, rng, tags)
        n_suspects = int(str(ev["n_suspects"]))
        suspects_cell, suspects = self.suspects(n_suspects, rng, tags)
        sex = str(ev["gender"])
        gender_cell = self.gender(sex, persons, rng, tags)
        age_cell, age = self.age(str(ev["age_group"]), rng, tags)
        nat = str(ev["nationality"])
        nat_cell = self.nationality(nat, sex, rng, tags)
        origin_cell = self.country(str(ev["origin_country"]), "origin", rng, tags)
        dest_cell = self.country(str(ev["destination_country"]), "destination", rng, tags)
        det_cell = self.country(str(ev["detection_country"]), "detection", rng, tags)
        transit_cell = self.transit(ev["transit_countries"], rng, tags)
        mode_cell, mode = self.transport(str(ev["transport_mode"]), rng, tags)
        lat_f = float(str(ev["lat"]))
        lon_f = float(str(ev["lon"]))
        coord_cells, lat, lon = self.coords(lat_f, lon_f, rng, tags)
        linked_cell = self.linked(ev["linked_offences"], rng, tags)
        cells: _Cells = {
            "event_date": date_cell,
            "crime_type": crime_cell,
            "exploitation": expl_cell,
            "n_persons": persons_cell,
            "n_suspects": suspects_cell,
            "gender": gender_cell,
            "age_group": age_cell,
            "nationality": nat_cell,
            "origin_country": origin_cell,
            "destination_country": dest_cell,
            "detection_country": det_cell,
            "transit_countries": transit_cell,
            "transport_mode": mode_cell,
            **coord_cells,
            "linked_offences": linked_cell,
            **self.extra(ev, rng),
        }
        exp: _Cells = {
            "event_date": day,
            "date_precision": precision,
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": persons,
            "n_suspects": suspects,
            "gender": sex,
            "age_group": age,
            "nationality": nat,
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": mode,
            "lat": lat,
            "lon": lon,
            "linked_offences": ev["linked_offences"],
        }
        if gender_cell is None:  # the source left the sex out: unknown
            exp["gender"] = "unknown"
        if forced_blank is not None:
            tags.append(f"blank_{forced_blank}")
            if forced_blank == "coordinates":
                for key in coord_cells:
                    cells[key] = self.blank()
                exp["lat"] = exp["lon"] = None
            else:
                cells[forced_blank] = self.blank()
                exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        for key, value in cells.items():
            if isinstance(value, str) and not fits(value, src):
                cells[key] = _ascii(value)
        return cells, exp, tags


class _Vsat(_Writer):
    """Lithuanian State Border Guard Service: English, ISO dates, Polish CC articles."""

    na_words = ("n/k", "unknown")
    _smuggling = (
        "Art. 264 §3 PL CC (organising illegal border crossing)",
        "Smuggling of migrants",
        "Facilitation of illegal entry",
        "SoM",
        "Organising illegal crossing of state border",
        "people smuggling",
    )
    _trafficking = (
        "THB – Art. 189a PL CC",
        "Trafficking in human beings",
        "Human trafficking",
        "THB",
    )
    _both = (
        "SoM + THB",
        "Art. 264 §3 (smuggling) + Art. 189a (THB) PL CC",
        "Smuggling of migrants / trafficking in human beings",
        "THB and SoM",
    )
    _exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("sexual exploitation", "sexual", "prostitution"),
        "forced_labour": ("labour exploitation", "forced labour", "forced labour (construction)"),
        "forced_criminality": ("forced criminal activity", "forced to commit crimes"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other forms"),
    }
    _via = (
        "Lazdijų pasienio rinktinė",
        "Varėnos pasienio rinktinė",
        "Podlaski Oddział SG (PL)",
        "PL SG liaison officer",
        "Vilniaus pasienio rinktinė",
    )

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.03:
            tags.append("date_month")
            cell = choice(
                rng,
                (
                    f"{ts.year}-{ts.month:02d}",
                    f"{ts.year}.{ts.month:02d}",
                    f"{MONTHS[ts.month - 1]} {ts.year}",
                ),
            )
            return cell, _month_start(ts), "month"
        if partial_ok and r < 0.045:
            tags.append("date_quarter")
            q = _quarter(ts)
            cell = choice(
                rng, (f"{ts.year} Q{q}", f"Q{q}/{ts.year}", f"{_ROMAN[q - 1]} quarter {ts.year}")
            )
            return cell, _quarter_start(ts), "quarter"
        k = _pick(rng, 0.6, 0.2, 0.2)
        if k == 0:
            cell = ts.strftime("%Y-%m-%d")
        elif k == 1:
            tags.append("date_dots")
            cell = ts.strftime("%Y.%m.%d")
        else:
            tags.append("date_time")
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            cell = f"{ts:%Y-%m-%d} {hour:02d}:{minute:02d}"
        return cell, ts.normalize(), "day"

    def offence(self, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[object, object]:
        crime = str(ev["crime_type"])
        words = {"smuggling": self._smuggling, "trafficking": self._trafficking}
        crime_cell = choice(rng, words.get(crime, self._both))
        if "Art." in crime_cell:
            tags.append("legal_article")
        if ev["exploitation"] is None:
            return crime_cell, choice(rng, ("", "N/A"))
        return crime_cell, choice(rng, self._exploitation[str(ev["exploitation"])])

    def persons(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.025:
            tags.append("count_placeholder")
            return choice(rng, ("n/k", "unknown", "not established")), None
        return str(n), n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("suspects_placeholder")
            return "n/k", None
        if n == 0 and rng.random() < 0.45:
            tags.append("zero_word")
            return choice(rng, ("none", "nil")), 0
        if n == 1 and rng.random() < 0.2:
            tags.append("count_note")
            return choice(rng, ("1 (driver)", "1 (guide)")), 1
        return str(n), n

    def nationality(self, code: str, sex: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.45, 0.3, 0.15, 0.1)
        if k == 0:
            tags.append("demonym")
            text = _DEMONYM_EN[code]
        elif k == 2:
            tags.append("iso2")
            return _iso2(code)
        else:
            alt = _alt(code, "en", rng) if k == 3 else None
            if alt is not None:
                tags.append("alt_name")
            text = alt or _name(code, "en")
        return self.noisy(text, rng, tags)

    def country(self, code: str, role: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.55, 0.35, 0.1)
        if k == 1:
            tags.append("iso2")
            return _iso2(code)
        alt = _alt(code, "en", rng) if k == 2 else None
        if alt is not None:
            tags.append("alt_name")
        return self.noisy(alt or _name(code, "en"), rng, tags)

    def transit(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return choice(rng, ("", "direct"))
        codes = str(value).split("|")
        k = _pick(rng, 0.4, 0.35, 0.25)
        if k == 1:
            tags.append("iso2")
            return "-".join(_iso2(c) for c in codes)
        return (" > " if k == 0 else ", ").join(_name(c, "en") for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        k = _pick(rng, 0.45, 0.25, 0.2, 0.05, 0.05)
        if k == 3:
            tags.append("coords_missing")
            return {"coordinates": ""}, None, None
        if k == 4:
            tags.append("coords_placeholder")
            return {"coordinates": "n/a"}, None, None
        if k == 0:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        if k == 1:
            tags.append("hemisphere")
            cell = f"{ns}{abs(lat):.5f} {ew}{abs(lon):.5f}"
            return {"coordinates": cell}, round(lat, 5), round(lon, 5)
        tags.append("dms")
        d1, m1, s1, p1 = _dms(lat, 1)
        d2, m2, s2, p2 = _dms(lon, 1)
        cell = f"{ns} {d1}°{m1:02d}'{s1}\" {ew} {d2}°{m2:02d}'{s2}\""
        return {"coordinates": cell}, _signed(lat, p1), _signed(lon, p2)

    def linked(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return choice(rng, ("", "", "", "none"))
        return choice(rng, (", ", " + ")).join(_linked_words(value, _EN_LINKED, rng))

    def extra(self, ev: dict[str, object], rng: _Rng) -> _Cells:
        return {"reported_via": choice(rng, self._via)}


class _Slovenia(_Writer):
    """Slovenian Police: English values, Slovene dates, KZ-1 articles, ``/`` for n/a."""

    na_words = ("/",)
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "sea": ("boat", "sea", "vessel", "rubber boat"),
        "land": ("on foot", "passenger car", "freight vehicle", "van", "train", "land"),
        "air": ("air", "aircraft", "flight"),
    }
    _smuggling = (
        "Art. 308 KZ-1 (facilitation of illegal crossing)",
        "smuggling of migrants (308 KZ-1)",
        "facilitation of illegal border crossing",
        "people smuggling",
        "Čl. 308 KZ-1 – smuggling",
    )
    _trafficking = (
        "Art. 113 KZ-1 (trafficking in human beings)",
        "THB (113 KZ-1)",
        "trafficking in human beings",
        "Čl. 113 KZ-1 – THB",
    )
    _both = (
        "Art. 308 + 113 KZ-1 (smuggling and THB)",
        "smuggling / THB",
        "smuggling of migrants and trafficking in human beings",
    )
    _exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("sexual", "sexual exploitation"),
        "forced_labour": ("labour", "forced labour"),
        "forced_criminality": ("forced criminality", "forced crime"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    }
    _remarks = (
        "",
        "",
        "",
        "info PU Novo mesto – PP Črnomelj",
        "via CCPD Dolga vas",
        "joint patrol HR-SI",
        "handed over to HR police",
        "PU Koper – PPIVD Koper",
        "info PU Celje – PP Brežice",
    )

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.03:
            tags.append("date_month")
            cell = choice(
                rng,
                (
                    f"{ts.month:02d}.{ts.year}",
                    f"{ts.month}/{ts.year}",
                    f"{MONTHS[ts.month - 1]} {ts.year}",
                ),
            )
            return cell, _month_start(ts), "month"
        if partial_ok and r < 0.045:
            tags.append("date_quarter")
            q = _quarter(ts)
            ordinal = ("1st", "2nd", "3rd", "4th")[q - 1]
            cell = choice(rng, (f"Q{q} {ts.year}", f"{ordinal} quarter {ts.year}"))
            return cell, _quarter_start(ts), "quarter"
        k = _pick(rng, 0.45, 0.4, 0.15)
        if k == 0:
            tags.append("date_spaced")
            cell = f"{ts.day}. {ts.month}. {ts.year}"
        elif k == 1:
            cell = ts.strftime("%d.%m.%Y")
        else:
            cell = f"{ts.day}.{ts.month}.{ts.year}"
        return cell, ts.normalize(), "day"

    def offence(self, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[object, object]:
        crime = str(ev["crime_type"])
        words = {"smuggling": self._smuggling, "trafficking": self._trafficking}
        crime_cell = choice(rng, words.get(crime, self._both))
        if "KZ-1" in crime_cell:
            tags.append("legal_article")
        if ev["exploitation"] is None:
            return crime_cell, choice(rng, ("/", "/", ""))
        return crime_cell, choice(rng, self._exploitation[str(ev["exploitation"])])

    def persons(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("count_placeholder")
            return choice(rng, ("unknown", "unkn.")), None
        if n >= 1000:
            tags.append("thousands_sep")
            return f"{n:,}".replace(",", "."), n
        return str(n), n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("suspects_placeholder")
            return "unknown", None
        if n == 0 and rng.random() < 0.4:
            tags.append("zero_word")
            return choice(rng, ("none", "no suspects")), 0
        return str(n), n

    def nationality(self, code: str, sex: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.4, 0.4, 0.2)
        if k == 0:
            tags.append("iso3")
            return code
        if k == 2:
            tags.append("demonym")
            return self.noisy(_DEMONYM_EN[code], rng, tags)
        return self.noisy(_name(code, "en"), rng, tags)

    def country(self, code: str, role: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.5, 0.45, 0.05)
        if k == 1:
            if code == "GRC" and rng.random() < 0.5:
                tags.append("eu_code")
                return "EL"
            tags.append("iso2")
            return _iso2(code)
        alt = _alt(code, "en", rng) if k == 2 else None
        if alt is not None:
            tags.append("alt_name")
        return self.noisy(alt or _name(code, "en"), rng, tags)

    def transit(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return choice(rng, ("/", ""))
        codes = str(value).split("|")
        k = _pick(rng, 0.45, 0.35, 0.2)
        if k == 0:
            tags.append("iso2")
            if "GRC" in codes:
                tags.append("eu_code")
            return "-".join("EL" if c == "GRC" else _iso2(c) for c in codes)
        if k == 2:
            tags.append("iso3")
            return "/".join(codes)
        return ", ".join("BiH" if c == "BIH" else _name(c, "en") for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        k = _pick(rng, 0.4, 0.2, 0.25, 0.1, 0.05)
        if k == 4:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        if k in (0, 1):
            tags.append("decimal_comma")
            a, b = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
            cell = f"{a} {b}" if k == 0 else f"{a}; {b}"
            return {"coordinates": cell}, round(lat, 5), round(lon, 5)
        if k == 2:
            tags.append("degrees_minutes")
            d1, m1, p1 = _dm(lat, 3, comma=True)
            d2, m2, p2 = _dm(lon, 3, comma=True)
            cell = f"{ns} {d1}°{m1}' {ew} {d2}°{m2}'"
            return {"coordinates": cell}, _signed(lat, p1), _signed(lon, p2)
        tags.append("dms")
        d1, mm1, s1, p1 = _dms(lat, 0)
        d2, mm2, s2, p2 = _dms(lon, 0)
        cell = f"{d1}°{mm1:02d}'{s1}\" {ns}, {d2}°{mm2:02d}'{s2}\" {ew}"
        return {"coordinates": cell}, _signed(lat, p1), _signed(lon, p2)

    def linked(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return choice(rng, ("/", "", ""))
        words = _linked_words(value, _EN_LINKED, rng)
        words = [
            "forgery of documents (Art. 251 KZ-1)" if w == "document fraud" else w for w in words
        ]
        return ", ".join(words)

    def extra(self, ev: dict[str, object], rng: _Rng) -> _Cells:
        return {"remarks": choice(rng, self._remarks)}


class _Dij(_Writer):
    """Panama's DIJ: Spanish, day-first and long dates, DMS with ``O`` for west."""

    lang = "es"
    gender_words = _ES_GENDER
    age_words = _ES_AGE
    transport_words = _ES_TRANSPORT
    na_words = ("no determinado", "s/d")
    upper_rate = 0.1
    typo_rate = 0.04
    moji_rate = 0.06
    _smuggling = (
        "Tráfico ilícito de migrantes",
        "TIM",
        "Tráfico de migrantes",
        "TRAFICO ILICITO DE MIGRANTES",
        "Tráfico ilícito de migrantes (Código Penal)",
    )
    _trafficking = (
        "Trata de personas",
        "Trata de personas (Ley 79 de 2011)",
        "TRATA DE PERSONAS",
    )
    _both = (
        "Trata de personas y tráfico ilícito de migrantes",
        "TIM / Trata de personas",
        "Tráfico ilícito de migrantes y trata de personas",
    )
    _exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("explotación sexual", "sexual", "prostitución ajena"),
        "forced_labour": ("trabajo forzoso", "explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas forzadas", "obligado a delinquir"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otro", "otros fines"),
    }
    _places: ClassVar[dict[str, tuple[str, ...]]] = {
        "Bajo Chiquito": ("Bajo Chiquito, Comarca Emberá-Wounaan", "ERM Bajo Chiquito"),
        "Lajas Blancas": ("ERM Lajas Blancas, Darién", "Lajas Blancas (Metetí)"),
        "Darién gap": ("Tapón del Darién", "Selva del Darién", "Darién"),
    }

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        month = _ES_MONTHS[ts.month - 1]
        if partial_ok and r < 0.03:
            tags.append("date_month")
            cell = choice(
                rng, (f"{month} {ts.year}", f"{month} de {ts.year}", f"{ts.month:02d}/{ts.year}")
            )
            return cell, _month_start(ts), "month"
        if partial_ok and r < 0.045:
            tags.append("date_quarter")
            q = _quarter(ts)
            cell = choice(
                rng,
                (
                    f"{_ROMAN[q - 1]} trimestre {ts.year}",
                    f"{_ES_ORDINAL_Q[q - 1]} trimestre {ts.year}",
                    f"{_ES_ORDINAL_Q[q - 1]} trimestre de {ts.year}",
                ),
            )
            return cell, _quarter_start(ts), "quarter"
        k = _pick(rng, 0.45, 0.1, 0.15, 0.2, 0.1)
        if k == 0:
            cell = ts.strftime("%d/%m/%Y")
        elif k == 1:
            tags.append("two_digit_year")
            cell = f"{ts.day}/{ts.month}/{ts.year % 100:02d}"
        elif k == 2:
            tags.append("month_name")
            cell = f"{ts.day:02d}-{_ES_MONTH_ABBR[ts.month - 1]}-{ts.year}"
        elif k == 3:
            tags.append("month_name")
            cell = f"{ts.day} de {month} de {ts.year}"
        else:
            tags.append("weekday")
            cell = f"{_ES_WEEKDAYS[ts.weekday()]}, {ts.day} de {month} de {ts.year}"
        return cell, ts.normalize(), "day"

    def offence(self, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[object, object]:
        crime = str(ev["crime_type"])
        words = {"smuggling": self._smuggling, "trafficking": self._trafficking}
        crime_cell = choice(rng, words.get(crime, self._both))
        if rng.random() < self.moji_rate:
            garbled = mojibake(crime_cell)
            if garbled is not None:
                tags.append("mojibake")
                crime_cell = garbled
        if ev["exploitation"] is None:
            return crime_cell, choice(rng, ("No aplica", "N/A", "", ""))
        return crime_cell, choice(rng, self._exploitation[str(ev["exploitation"])])

    def persons(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.025:
            tags.append("count_placeholder")
            return choice(rng, ("s/d", "N/D", "por determinar")), None
        if n >= 1000 and rng.random() < 0.7:
            tags.append("thousands_sep")
            return f"{n:,}", n
        return str(n), n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("suspects_placeholder")
            return "s/d", None
        if n == 0 and rng.random() < 0.5:
            tags.append("zero_word")
            return choice(rng, ("ninguno", "sin aprehendidos", "Ninguno")), 0
        return str(n), n

    def gender(self, value: str, n: int | None, rng: _Rng, tags: list[str]) -> object:
        if value == "mixed" and n is not None and n >= 2 and rng.random() < 0.2:
            tags.append("sex_split")
            men = int(rng.integers(1, n))
            return f"H: {men} / M: {n - men}"
        return choice(rng, self.gender_words[value])

    def nationality(self, code: str, sex: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.45, 0.35, 0.2)
        if k == 2:
            tags.append("iso3")
            return code
        if k == 0:
            tags.append("demonym")
            masc, fem = _DEMONYM_ES[code]
            return self.noisy(fem if sex == "female" else masc, rng, tags)
        return self.noisy(_name(code, "es"), rng, tags)

    def country(self, code: str, role: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.7, 0.15, 0.15)
        if k == 1:
            tags.append("iso3")
            return code
        alt = _alt(code, "es", rng) if k == 2 else None
        if alt is not None:
            tags.append("alt_name")
        return self.noisy(alt or _name(code, "es"), rng, tags)

    def transit(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return choice(rng, ("", "Ninguno"))
        codes = str(value).split("|")
        names = [_name(c, "es") for c in codes]
        k = _pick(rng, 0.4, 0.25, 0.15, 0.2)
        if k == 2:
            tags.append("iso3")
            return "/".join(codes)
        if k == 3 and len(names) > 1:
            return ", ".join(names[:-1]) + " y " + names[-1]
        return (" - " if k == 1 else ", ").join(names)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        k = _pick(rng, 0.4, 0.35, 0.1, 0.07, 0.05, 0.03)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        if k == 4:
            tags.append("coords_placeholder")
            return {"coordinates": "sin coordenadas"}, None, None
        if k == 5:
            tags.append("coords_missing")
            return {"coordinates": ""}, None, None
        if k == 0:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
        if k == 1:
            tags.append("dms")
            d1, m1, s1, p1 = _dms(lat, 1)
            d2, m2, s2, p2 = _dms(lon, 1)
            cell = f"{d1}°{m1:02d}'{s1}\"{ns} {d2}°{m2:02d}'{s2}\"{ew}"
            return {"coordinates": cell}, _signed(lat, p1), _signed(lon, p2)
        if k == 2:
            tags.append("hemisphere")
            cell = f"{ns} {abs(lat):.5f} {ew} {abs(lon):.5f}"
            return {"coordinates": cell}, round(lat, 5), round(lon, 5)
        tags.append("degrees_minutes")
        d1, m1t, p1 = _dm(lat, 3)
        d2, m2t, p2 = _dm(lon, 3)
        cell = f"{d1}°{m1t}'{ns} {d2}°{m2t}'{ew}"
        return {"coordinates": cell}, _signed(lat, p1), _signed(lon, p2)

    def linked(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return choice(rng, ("", "", "Ninguno"))
        words = _linked_words(value, _ES_LINKED, rng)
        if len(words) > 1 and rng.random() < 0.5:
            return ", ".join(words[:-1]) + " y " + words[-1]
        return "; ".join(words)

    def extra(self, ev: dict[str, object], rng: _Rng) -> _Cells:
        hotspot = str(ev["hotspot"])
        place = choice(rng, self._places[hotspot]) if hotspot in self._places else hotspot
        return {"place": place}


class _Ccpd(_Writer):
    """CCPD Tournai: French values, Excel dates and serials, Belgian and French law."""

    lang = "fr"
    gender_words = _FR_GENDER
    age_words = _FR_AGE
    transport_words = _FR_TRANSPORT
    na_words = ("indéterminé", "NC")
    typo_rate = 0.05
    upper_rate = 0.03
    space_rate = 0.02
    _smuggling = (
        "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
        "Trafic de migrants",
        "Trafic d'êtres humains (art. 77bis loi 15/12/1980)",
        "Filière d'immigration irrégulière",
        "Aide à l'entrée et au séjour irréguliers",
        "Mensensmokkel / trafic d'êtres humains",
    )
    _trafficking = (
        "Traite des êtres humains (art. 225-4-1 CP)",
        "TEH",
        "Traite des êtres humains (art. 433quinquies CP)",
        "Mensenhandel / traite des êtres humains",
        "Traite",
    )
    _both = (
        "TEH + aide à l'entrée irrégulière",
        "Traite et trafic de migrants",
        "Traite (225-4-1 CP) et aide à l'entrée irrégulière (L.823-1 CESEDA)",
    )
    _exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("exploitation sexuelle", "prostitution", "sexuelle"),
        "forced_labour": (
            "exploitation économique",
            "travail forcé",
            "exploitation par le travail",
        ),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autres formes"),
    }
    _services = (
        "DZPAF Nord",
        "PJF Hainaut",
        "SPN Zeebrugge",
        "Police de la route Nord",
        "OCRIEST",
        "DR Douane Lille",
        "Zone de police Tournai",
    )

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.03:
            tags.append("date_month")
            cell = choice(
                rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
            )
            return cell, _month_start(ts), "month"
        if partial_ok and r < 0.045:
            tags.append("date_quarter")
            q = _quarter(ts)
            rank = "1er" if q == 1 else f"{q}e"
            cell = choice(
                rng, (f"{rank} trim. {ts.year}", f"T{q} {ts.year}", f"{rank} trimestre {ts.year}")
            )
            return cell, _quarter_start(ts), "quarter"
        k = _pick(rng, 0.65, 0.12, 0.13, 0.05, 0.05)
        day = ts.normalize()
        if k == 0:
            tags.append("excel_date")
            return day.to_pydatetime(), day, "day"
        if k == 1:
            tags.append("excel_serial")
            return int((day - pd.Timestamp("1899-12-30")).days), day, "day"
        if k == 2:
            cell = ts.strftime("%d/%m/%Y")
        elif k == 3:
            cell = ts.strftime("%d.%m.%Y")
        else:
            tags.append("month_name")
            cell = f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        return cell, day, "day"

    def offence(self, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[object, object]:
        crime = str(ev["crime_type"])
        words = {"smuggling": self._smuggling, "trafficking": self._trafficking}
        crime_cell = choice(rng, words.get(crime, self._both))
        if "77bis" in crime_cell or "Mensen" in crime_cell:
            tags.append("belgian_term")
        if ev["exploitation"] is None:
            return crime_cell, _maybe(rng, "sans objet", 1 / 3)
        return crime_cell, choice(rng, self._exploitation[str(ev["exploitation"])])

    def persons(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.025:
            tags.append("count_placeholder")
            return choice(rng, ("inconnu", "NC", "non communiqué")), None
        if rng.random() < 0.1:
            tags.append("count_as_text")
            return str(n), n
        return n, n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("suspects_placeholder")
            return "NC", None
        if n == 0 and rng.random() < 0.45:
            tags.append("zero_word")
            return choice(rng, ("néant", "aucun", "Néant")), 0
        return n, n

    def nationality(self, code: str, sex: str, rng: _Rng, tags: list[str]) -> object:
        if code == "IRQ" and rng.random() < 0.15:
            tags.append("kurd")
            return "kurde irakienne" if sex == "female" else "kurde irakien"
        k = _pick(rng, 0.55, 0.25, 0.1, 0.1)
        if k == 0:
            tags.append("demonym")
            masc, fem = _DEMONYM_FR[code]
            return self.noisy(fem if sex == "female" else masc, rng, tags)
        if k == 2:
            tags.append("iso3")
            return code
        alt = _alt(code, "fr", rng) if k == 3 else None
        if alt is not None:
            tags.append("alt_name")
        return self.noisy(alt or _name(code, "fr"), rng, tags)

    def country(self, code: str, role: str, rng: _Rng, tags: list[str]) -> object:
        if code == "GBR" and role == "destination" and rng.random() < 0.25:
            tags.append("england")
            return "Angleterre"
        k = _pick(rng, 0.6, 0.3, 0.1)
        if k == 1:
            tags.append("iso2")
            return "UK" if code == "GBR" and rng.random() < 0.5 else _iso2(code)
        alt = _alt(code, "fr", rng) if k == 2 else None
        if alt is not None:
            tags.append("alt_name")
        return self.noisy(alt or _name(code, "fr"), rng, tags)

    def transit(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return _maybe(rng, "direct", 1 / 3)
        codes = str(value).split("|")
        k = _pick(rng, 0.5, 0.3, 0.2)
        if k == 1:
            tags.append("iso2")
            return " > ".join(_iso2(c) for c in codes)
        return (", " if k == 0 else " - ").join(_name(c, "fr") for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        k = _pick(rng, 0.65, 0.15, 0.15, 0.05)
        if k == 3:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        if k == 0:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
        if k == 1:
            tags.append("decimal_comma")
            cells: _Cells = {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }
            return cells, round(lat, 5), round(lon, 5)
        tags.append("dms")
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        d1, m1, s1, p1 = _dms(lat, 1, sec_comma=True)
        d2, m2, s2, p2 = _dms(lon, 1, sec_comma=True)
        cells = {"lat": f"{d1}°{m1:02d}'{s1}\" {ns}", "lon": f"{d2}°{m2:02d}'{s2}\" {ew}"}
        return cells, _signed(lat, p1), _signed(lon, p2)

    def linked(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return _maybe(rng, "néant", 0.25)
        return choice(rng, (", ", " / ", " + ")).join(_linked_words(value, _FR_LINKED, rng))

    def extra(self, ev: dict[str, object], rng: _Rng) -> _Cells:
        return {"service": choice(rng, self._services)}


class _Ptn(_Writer):
    """Nordic liaison digest: JSON lines, ISO codes and timestamps with their offsets."""

    na_words = ("n/a",)
    _smuggling = (
        "SoM",
        "Migrant smuggling",
        "Facilitation of illegal immigration",
        "Human smuggling",
        "Smuggling of migrants",
    )
    _trafficking = ("THB", "Human trafficking", "Trafficking in human beings", "THB (Strl. § 257)")
    _both = ("THB/SoM", "SoM + THB", "Smuggling and trafficking")
    _exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("sexual", "sexual exploitation"),
        "forced_labour": ("labour", "labour exploitation", "forced labour"),
        "forced_criminality": ("criminal activities", "forced criminality"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    }
    _offsets: ClassVar[
        dict[str, tuple[int, int]]
    ] = {  # detection country -> (winter, summer) UTC offset in hours
        "ITA": (1, 2),
        "ESP": (1, 2),
        "GRC": (2, 3),
        "POL": (1, 2),
        "HRV": (1, 2),
        "FRA": (1, 2),
        "GBR": (0, 1),
        "USA": (-6, -5),
        "PAN": (-5, -5),
    }
    _lo = ("NO", "SE", "FI", "DK", "IS")
    _posts = ("Rome", "Madrid", "Athens", "Washington", "Mexico City", "Bogotá", "London", "Zagreb")

    def __init__(self) -> None:
        self._country = "ITA"  # detection country of the row being written

    def render(
        self,
        src: Blind29Source,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> tuple[_Cells, _Cells, list[str]]:
        """Write one event; a timestamp's UTC offset is that of the detection country."""
        self._country = str(ev["detection_country"])
        return super().render(src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        r = rng.random()
        if partial_ok and r < 0.03:
            tags.append("date_month")
            return f"{ts.year}-{ts.month:02d}", _month_start(ts), "month"
        if partial_ok and r < 0.045:
            tags.append("date_quarter")
            q = _quarter(ts)
            return (
                choice(rng, (f"{ts.year}-Q{q}", f"Q{q} {ts.year}")),
                _quarter_start(ts),
                "quarter",
            )
        k = _pick(rng, 0.55, 0.25, 0.15, 0.05)
        if k == 0:
            cell = ts.strftime("%Y-%m-%d")
        elif k == 1:
            tags.append("timestamp_offset")
            winter, summer = self._offsets.get(self._country, (1, 2))
            offset = summer if 4 <= ts.month <= 10 else winter
            # local hours that stay on the same calendar day in UTC
            hour = int(rng.integers(max(0, offset), min(24, 24 + offset)))
            minute = int(rng.integers(0, 60))
            sign = "+" if offset >= 0 else "-"
            cell = f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00{sign}{abs(offset):02d}:00"
        elif k == 2:
            tags.append("date_dots")
            cell = ts.strftime("%d.%m.%Y")
        else:
            tags.append("date_basic_iso")
            cell = ts.strftime("%Y%m%d")
        return cell, ts.normalize(), "day"

    def offence(self, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[object, object]:
        crime = str(ev["crime_type"])
        expl = ev["exploitation"]
        if crime == "smuggling":
            return choice(rng, self._smuggling), None
        words = self._exploitation[str(expl)]
        if crime == "trafficking" and rng.random() < 0.15:
            tags.append("expl_in_offence")
            return f"THB – {choice(rng, words)}", None
        crime_words = self._trafficking if crime == "trafficking" else self._both
        return choice(rng, crime_words), choice(rng, words)

    def persons(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("count_placeholder")
            return _maybe(rng, "unknown", 0.5), None
        if n >= 1000 and rng.random() < 0.5:
            tags.append("thousands_sep")
            return f"{n:,}".replace(",", " "), n
        if rng.random() < 0.05:
            tags.append("count_as_text")
            return str(n), n
        return n, n

    def suspects(self, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
        if rng.random() < 0.02:
            tags.append("suspects_placeholder")
            return _maybe(rng, "unknown", 0.5), None
        if n == 0 and rng.random() < 0.3:
            tags.append("zero_word")
            return choice(rng, ("nil", "none")), 0
        return n, n

    def gender(self, value: str, n: int | None, rng: _Rng, tags: list[str]) -> object:
        if rng.random() < 0.01:
            tags.append("blank_gender")
            return None
        return choice(rng, self.gender_words[value])

    def nationality(self, code: str, sex: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.55, 0.25, 0.15, 0.05)
        if k == 0:
            tags.append("iso2")
            return _iso2(code)
        if k == 1:
            tags.append("iso3")
            return code
        if k == 3:
            tags.append("demonym")
            return _DEMONYM_EN[code]
        return self.noisy(_name(code, "en"), rng, tags)

    def country(self, code: str, role: str, rng: _Rng, tags: list[str]) -> object:
        k = _pick(rng, 0.65, 0.15, 0.2)
        if k == 0:
            tags.append("iso2")
            return "UK" if code == "GBR" and rng.random() < 0.4 else _iso2(code)
        if k == 1:
            tags.append("iso3")
            return code
        return _name(code, "en")

    def transit(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return _maybe(rng, "none", 1 / 3)
        codes = str(value).split("|")
        k = _pick(rng, 0.4, 0.3, 0.1, 0.2)
        if k in (0, 1):
            tags.append("iso2")
            return (">" if k == 0 else ",").join(_iso2(c) for c in codes)
        if k == 2:
            tags.append("iso3")
            return "|".join(codes)
        return ", ".join(_name(c, "en") for c in codes)

    def coords(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        k = _pick(rng, 0.84, 0.05, 0.06, 0.05)
        if k == 3:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        if k == 0:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
        if k == 1:
            tags.append("coords_as_text")
            return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, round(lat, 5), round(lon, 5)
        tags.append("hemisphere")
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        cells: _Cells = {"lat": f"{abs(lat):.5f}{ns}", "lon": f"{abs(lon):.5f}{ew}"}
        return cells, round(lat, 5), round(lon, 5)

    def linked(self, value: object, rng: _Rng, tags: list[str]) -> object:
        if value is None:
            return None
        return choice(rng, ("; ", ", ")).join(_linked_words(value, _EN_LINKED, rng))

    def extra(self, ev: dict[str, object], rng: _Rng) -> _Cells:
        return {"liaison": f"{choice(rng, self._lo)}/{choice(rng, self._posts)}"}


_WRITERS: dict[str, _Writer] = {
    "vsat": _Vsat(),
    "slovenia": _Slovenia(),
    "dij": _Dij(),
    "ccpd": _Ccpd(),
    "ptn": _Ptn(),
}


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
#: The five sources of the set, in the order their submissions are returned.
BLIND29_SOURCES: tuple[Blind29Source, ...] = (
    Blind29Source(
        source="vsat_lt",
        filename="vsat_lt_ae.csv",
        ref="LT-VSAT/{year}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="en",
        headers={
            "source_ref": "Incident reg. No.",
            "event_date": "Date of apprehension",
            "reported_via": "Reported via",
            "crime_type": "Offence (qualification)",
            "exploitation": "Exploitation type (THB only)",
            "n_persons": "Persons (migrants/victims)",
            "n_suspects": "Facilitators detained",
            "gender": "Sex",
            "age_group": "Age category",
            "nationality": "Citizenship",
            "origin_country": "Country of origin",
            "destination_country": "Final destination (declared)",
            "detection_country": "State of detection",
            "transit_countries": "Route / transit states",
            "transport_mode": "Means of transport",
            "coordinates": "Geo-position (WGS-84)",
            "linked_offences": "Related offences",
        },
        note="NOTE: provisional data – for official use only (VSAT Risk Analysis Div.)",
        total="TOTAL",
        bad_count=("several", "group", "numerous"),
        repeats=False,
        style="vsat",
    ),
    Blind29Source(
        source="policija_si",
        filename="policija_si_ae.csv",
        ref="MP-{seq:05d}/{year}",
        format="csv",
        encoding="cp1250",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Zap. št. / Ref. No.",
            "event_date": "Datum / Date",
            "crime_type": "Kaznivo dejanje / Criminal offence",
            "exploitation": "Oblika izkoriščanja / Exploitation",
            "n_persons": "Št. oseb / Persons",
            "n_suspects": "Osumljeni / Suspects",
            "gender": "Spol / Sex",
            "age_group": "Starost / Age",
            "nationality": "Državljanstvo / Citizenship",
            "origin_country": "Izvor / Origin",
            "destination_country": "Cilj / Destination",
            "detection_country": "Država odkritja / Country of detection",
            "transit_countries": "Tranzit / Transit",
            "transport_mode": "Prevozno sredstvo / Transport",
            "coordinates": "GPS (WGS84)",
            "linked_offences": "Povezana KD / Linked offences",
            "remarks": "Opombe / Remarks",
        },
        note="Opomba / Note: podatki so začasni – provisional data",
        total="SKUPAJ / TOTAL",
        bad_count=("several", "a group", "more persons"),
        repeats=False,
        style="slovenia",
    ),
    Blind29Source(
        source="dij_pa",
        filename="dij_pa_ae.csv",
        ref="NC-{year}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "No. Noticia Criminal",
            "event_date": "Fecha del hecho",
            "place": "Lugar del hecho",
            "crime_type": "Delito",
            "exploitation": "Fin de explotación",
            "n_persons": "Cant. personas (víctimas/migrantes)",
            "n_suspects": "Aprehendidos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País del hecho",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a verificación – DIJ, Sección de Trata y TIM",
        total="TOTAL GENERAL",
        bad_count=("varios", "grupo numeroso", "múltiples"),
        repeats=True,
        style="dij",
    ),
    Blind29Source(
        source="ccpd_tournai",
        filename="ccpd_tournai_ae.xlsx",
        ref="CCPD-T/{yy:02d}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "N° fiche / Fichenr.",
            "event_date": "Date des faits / Datum feiten",
            "service": "Service saisi / Betrokken dienst",
            "crime_type": "Qualification / Kwalificatie",
            "exploitation": "Type d'exploitation / Uitbuiting",
            "n_persons": "Nb pers. / Aantal pers.",
            "n_suspects": "Nb MEC / Aantal verd.",
            "gender": "Sexe / Geslacht",
            "age_group": "Maj./Min. / Meerd./Minderj.",
            "nationality": "Nationalité / Nationaliteit",
            "origin_country": "Pays de provenance / Land van herkomst",
            "destination_country": "Destination / Bestemming",
            "detection_country": "Pays de constatation / Land van vaststelling",
            "transit_countries": "Pays de transit / Transitlanden",
            "transport_mode": "Vecteur / Vervoermiddel",
            "lat": "Lat.",
            "lon": "Long.",
            "linked_offences": "Infractions connexes / Samenhangende feiten",
        },
        note="NB : données provisoires – ne pas diffuser / Voorlopige gegevens",
        total="TOTAL / TOTAAL",
        bad_count=("plusieurs", "un groupe", "nombreux"),
        repeats=False,
        style="ccpd",
    ),
    Blind29Source(
        source="ptn_nordic",
        filename="ptn_nordic_ae.jsonl",
        ref="PTN/{year}/{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "caseRef",
            "event_date": "incidentDate",
            "liaison": "reportingLO",
            "crime_type": "offenceCategory",
            "exploitation": "exploitationForm",
            "n_persons": "personsCount",
            "n_suspects": "suspectsArrested",
            "gender": "sex",
            "age_group": "ageGroup",
            "nationality": "citizenship",
            "origin_country": "countryOfOrigin",
            "destination_country": "countryOfDestination",
            "detection_country": "incidentCountry",
            "transit_countries": "transitRoute",
            "transport_mode": "transportMode",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "linkedCrimes",
        },
        note="Digest note: entries compiled from PTN liaison reports; figures provisional",
        total="TOTAL (all entries)",
        bad_count=("several", "multiple", "a group"),
        repeats=True,
        style="ptn",
    ),
)

#: Detection country -> the source that first reports its events.
_PRIMARY = {
    "POL": "vsat_lt",
    "HRV": "policija_si",
    "PAN": "dij_pa",
    "FRA": "ccpd_tournai",
    "GBR": "ccpd_tournai",
}
#: (corridor, detection country) -> the source that may report the event again.
_SECONDARY = {
    ("blr_pol", "POL"): "ptn_nordic",
    ("wbal", "HRV"): "ptn_nordic",
    ("channel", "FRA"): "ptn_nordic",
    ("channel", "GBR"): "ptn_nordic",
    ("thb_vnm_gbr", "GBR"): "ptn_nordic",
    ("darien", "PAN"): "ptn_nordic",
    ("cmed", "ITA"): "policija_si",
    ("emed", "GRC"): "policija_si",
    ("thb_nga_ita", "ITA"): "ccpd_tournai",
    ("thb_rou_esp", "ESP"): "ccpd_tournai",
    ("thb_rou_esp", "ITA"): "ccpd_tournai",
}


# --------------------------------------------------------------------------------------
# Rows the machinery asks for
# --------------------------------------------------------------------------------------
def _render(
    src: Blind29Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: ``(cells, expected, tags)``."""
    return _WRITERS[src.style].render(
        src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank
    )


def _date_text(style: str, year: int, month: int, day: int) -> str:
    """Write a (possibly impossible) day in the source's usual style."""
    if style == "vsat" or style == "ptn":
        return f"{year}-{month:02d}-{day:02d}"
    if style == "slovenia":
        return f"{day}. {month}. {year}"
    return f"{day:02d}/{month:02d}/{year}"


def _bad_date(src: Blind29Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: none, an impossible day or a future year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if (day, month) == (29, 2) and pd.Timestamp(year=ts.year, month=1, day=1).is_leap_year:
            day = 30  # 29 February exists in a leap year
        return _date_text(src.style, ts.year, month, day)
    year = _typo_year(ts.year)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    if src.style == "ccpd" and rng.random() < 0.6:
        return datetime(year, ts.month, day)
    return _date_text(src.style, year, ts.month, day)


def _note_date(src: Blind29Source, last: pd.Timestamp) -> object:
    """Return the date on the note row: the extraction day, three days after the last row."""
    day = (last + pd.Timedelta(days=3)).normalize()
    if src.style == "ccpd":
        return day.to_pydatetime()
    return _date_text(src.style, day.year, day.month, day.day)


_EXAMINER: Examiner[Blind29Source] = Examiner(
    sources=BLIND29_SOURCES,
    primary=_PRIMARY,
    compilation="ptn_nordic",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2929,
    blank_share=0.35,
)


def make_blind29(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind29`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``vsat_lt_ae.csv``, ``policija_si_ae.csv``, ``dij_pa_ae.csv``,
        ``ccpd_tournai_ae.xlsx`` and ``ptn_nordic_ae.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind29(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['vsat_lt_ae.csv', 'policija_si_ae.csv', 'dij_pa_ae.csv', 'ccpd_tournai_ae.xlsx',
     'ptn_nordic_ae.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
