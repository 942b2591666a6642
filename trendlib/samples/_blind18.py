"""Examiner set ``blind18`` (files ``*_t.*``): five more agencies, written blind.

The eighteenth examiner's held-out set. Five agencies from North and West Africa, South
Asia and the Andes write the events of :func:`trendlib.samples.make_truth` their own way,
with wording tables kept in this module (none is shared with the cleaner or with another
examiner). The shared machinery of :mod:`trendlib.samples._examiner` decides which source
reports which event, which rows are bad, re-sent or reported twice.

Reader's guide
--------------
``dgsn_maroc_t.csv`` -- Morocco, Direction Générale de la Sûreté Nationale (DGSN), the
national police's judicial-police brigade (BNPJ) file of migrant-smuggling and trafficking
cases, sent by its liaison officers. French, **cp1252**, ``;``, CRLF line ends. Reports
the events detected in Spain. Dates day-first (``12/03/2022``, ``12/03/22``,
``12.03.2022``, ``12-03-2022``, ``1er mars 2022``), partial dates ``mars 2022``,
``03/2022``, ``T3 2022``, ``1er trimestre 2022``, ``2e trim. 2022``. Offence as the legal
qualification (``Organisation de l'émigration clandestine (art. 52 loi 02-03)``,
``TEH - art. 448-1 C.P.``, ``lois 27-14 et 02-03``). Nationalities as feminine or plural
demonyms (``Guinéenne``, ``Sénégalais``), sometimes in capitals without accents
(``IVOIRIENNE``) or as the country; a few UTF-8-read-as-cp1252 leftovers
(``SÃ©nÃ©gal``). Counts with a space as thousands separator (``1 234``, no-break space
too), ``23 pers.``; ``ND`` / ``inconnu`` for an unknown count; ``néant`` / ``aucun`` for
no suspect. Sex ``H`` / ``F`` / ``H/F``; ``MNA`` (unaccompanied minors). Transport as the
craft (``pirogue``, ``patera``, ``zodiac``, ``jet-ski``, ``camion``, ``escalade de la
clôture``). One position column: maritime degrees and decimal minutes with a decimal comma
(``35°47,2'N 005°48,5'W``), degrees-minutes-seconds with ``O`` (ouest) for west,
decimal-comma pairs ``35,78667 / -5,80833``; ``non communiquées`` when unknown. Transit
``Mauritanie - Maroc``, ``Algérie puis Maroc``, ``néant``.

``npf_ahtu_t.csv`` -- Nigeria Police Force, Force CID Anti-Human Trafficking Unit
(``FHQ/AHTU/CR.012/2022``). English, **UTF-16** (Excel's "Unicode text"), **tab**. Reports
the events detected in Italy; re-sends some rows. Dates day-first (``12/03/2022``,
``12/3/2022``, ``12-03-2022``), Nigerian ordinals (``12th March, 2022``), ``12 Mar 2022``;
partial ``March, 2022``, ``Mar-2022``, ``1st Quarter, 2022``, ``Q2 2022``. Offence
``TIP (TIPPEA 2015)``, ``Smuggling of Migrants (SOM)``, ``TIP & SOM``. Counts with comma
thousands; ``Nil`` / ``None`` for no suspect; ``Not available`` for an unknown count;
``plenty`` as an unreadable count. ``Niger Republic``, ``via Libya``, ``Direct`` (no
transit), ``Luxurious bus``. Latitude and longitude in two columns whose headers carry
the hemisphere (``Lat (N)``, ``Long (E)``): decimals or ``37°30'04"``; ``Not captured``.

``fia_pk_t.csv`` -- Pakistan, Federal Investigation Agency (FIA), Anti-Human Trafficking
Circles (AHTC) case register (``FIR 045/2022 AHTC``). English, **UTF-8 without BOM**,
**pipe** ``|``. Reports the events detected in Greece, Croatia and Poland, and reports
again some Channel events. Dates ``12-03-2022`` (most), ``12.03.2022``, ``12/03/2022``,
``12-Mar-2022``, ``12-03-22``; partial ``Mar-2022``, ``March 2022``, ``1st Qtr 2022``,
``Q3-2022``. Offence as sections of law (``u/s 3 PSMA 2018``, ``u/s 3 PTPA r/w 3 PSMA
2018``, ``Sec. 3 Prevention of Smuggling of Migrants Act, 2018``). ``Afghani`` for Afghan,
``Bonded labour``, ``Kidney removal``, ``Money laundering (hundi/hawala)``, ``N.K.`` (not
known), ``Nil``. Routes ``Iran-Turkey``, ``Turkey > Bulgaria > Serbia > Bosnia``.
Latitude and longitude columns, sometimes with the hemisphere (``38.98765 N``).

``dijin_co_t.xlsx`` -- Colombia, Policía Nacional, Dirección de Investigación Criminal e
INTERPOL (DIJIN), trafficking and smuggling group, with the 21-digit criminal-case number
(SPOA ``noticia criminal``). Spanish, XLSX. Reports the events detected in Panama and the
United States; re-sends some rows. Dates as real Excel dates, as bare Excel serial numbers
(the column lost its format), as text ``12/03/2022``, ``2022/03/12`` (SPOA exports),
``12-03-2022``, ``12 de marzo de 2022``; partial ``marzo de 2022``, ``mar-2022``,
``II trimestre 2022``, ``Primer trimestre de 2022``. Offence as Código Penal articles
(``Art. 188 C.P.`` smuggling, ``Art. 188A C.P.`` trafficking, ``Arts. 188 y 188A C.P.``).
``NNA`` (children), ``Tractomula``, ``A pie por trocha``, ``Cohecho por dar u ofrecer``,
``Lavado de activos``; ``Sin dato`` / ``S/D`` / ``Por establecer`` for unknowns,
``Ninguno`` for no suspect; ``EE. UU.``. Counts as numbers or text with a dot as
thousands separator (``1.234``). Coordinates as numbers, decimal-comma text or
degrees-minutes-seconds with ``O`` (oeste); ``Sin coordenadas``.

``afripol_t.jsonl`` -- AFRIPOL (African Union Mechanism for Police Cooperation), digest of
AFSECOM messages from the national focal points (``AFR/2022/00012``). JSON lines, French
snake-case keys without accents, UTF-8. Reports the Channel events (France, United
Kingdom) and everything no other source covers, and reports again some events of the
Western and Central Mediterranean, the Atlantic route and the Nigeria-Italy flow. Dates
ISO (``2022-03-12``, ``2022-03-12T00:00:00``, basic ``20220312``) or ``12/03/2022``;
partial ``2022-03``, ``2022-T1``, ``T1-2022``. Enumerations (``trafic_migrants``,
``traite_personnes;trafic_migrants``, ``THB/SOM``, ``travail_force``, ``maritime``,
``fraude_documentaire;blanchiment``); countries as ISO alpha-2 or alpha-3 codes or French
names; transit ``LY;NE``. Counts as JSON numbers or strings; ``2 embarcations`` as an
unreadable count. Position as ``lat,lon``, ``N51.0123 E1.8456`` or WKT
``POINT (lon lat)``.

Every cell is one a competent analyst reads to one clean value; the expected clean value
is recorded with the row (see :class:`~trendlib.samples.Submission`).
"""

from __future__ import annotations

import calendar
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND18_SOURCES", "Blind18Source", "make_blind18"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_Row = tuple[_Cells, dict[str, object], list[str]]


@dataclass(frozen=True)
class Blind18Source(ExaminerSource):
    """A source of the ``blind18`` set: the shared fields plus the key of its writer.

    Attributes
    ----------
    style : str
        Which of this module's writers renders its rows (``"dgsn"``, ``"npf"``,
        ``"fia"``, ``"dijin"``, ``"afripol"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Wording: months, countries, demonyms
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
_ES_MONTHS_ABBR = (
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
_ROMAN = ("I", "II", "III", "IV")
_ES_ORDINAL = ("Primer", "Segundo", "Tercer", "Cuarto")

#: French country names; the first is the usual one.
_FR_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine", "Bosnie"),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
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
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis",),
    "VEN": ("Venezuela", "Vénézuela"),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms (masculine, feminine) of the truth's nationalities.
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
#: English country names; the first is the usual one.
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia", "Bosnia and Herzegovina", "BiH"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
    "CIV": ("Cote d'Ivoire", "Ivory Coast", "Côte d'Ivoire"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("UK", "United Kingdom", "U.K."),
    "GIN": ("Guinea", "Guinea-Conakry", "Republic of Guinea"),
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
    "MKD": ("North Macedonia", "N. Macedonia"),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger", "Niger Republic"),
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
    "USA": ("USA", "United States"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
#: English demonyms of the truth's nationalities.
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
#: Misspellings an English-writing clerk makes (country -> misspelt).
_EN_TYPOS: dict[str, str] = {
    "Libya": "Lybia",
    "Morocco": "Morroco",
    "Afghanistan": "Afganistan",
    "Eritrea": "Eritria",
    "Tunisia": "Tunisa",
    "Bangladesh": "Bangladash",
    "Nigeria": "Nigeira",
    "Pakistani": "Pakistanee",
    "Eritrean": "Eritrian",
}
#: Spanish country names; the first is the usual one.
_ES_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China", "República Popular China"),
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
    "GIN": ("Guinea",),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití", "Haiti"),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México", "Mexico"),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá", "Panama"),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EEUU", "EE.UU."),
    "VEN": ("Venezuela", "Rep. Bolivariana de Venezuela"),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish demonyms (masculine, feminine) of the truth's nationalities.
_ES_DEMONYM: dict[str, tuple[str, str]] = {
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
#: Misspellings a Spanish-writing clerk makes.
_ES_TYPOS: dict[str, str] = {
    "Ecuador": "Equador",
    "Guatemala": "Guatamala",
    "Venezuela": "Venezuala",
    "Honduras": "Hondura",
    "Colombia": "Colonbia",
}
_CANARIES = ("Gran Canaria", "Tenerife", "Lanzarote", "El Hierro")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _float(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


def _codes(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _plain(text: str) -> str:
    """Drop the accents (``Sénégal`` -> ``Senegal``)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _expected(ev: dict[str, object]) -> dict[str, object]:
    return {f: ev.get(f) for f in EVENT_FIELDS}


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _en_ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date keyed ten years ahead (``2022`` typed ``2032``), a future date."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a day and month that do not exist in ``ts``'s year (31 April, 30 February)."""
    options = [(31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (31, 2)]
    if not calendar.isleap(ts.year):
        options.append((29, 2))
    return options[int(rng.integers(len(options)))]


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _ddm(value: float, pos: str, neg: str, width: int, comma: bool) -> tuple[str, float]:
    """Degrees and decimal minutes (``35°47,2'N``); return (text, value read)."""
    sign = 1.0 if value >= 0 else -1.0
    mag = abs(value)
    deg = int(mag)
    minutes = round((mag - deg) * 60, 1)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{deg:0{width}d}°{minutes:04.1f}'{pos if sign > 0 else neg}"
    return (text.replace(".", ",") if comma else text), sign * (deg + minutes / 60)


def _dms(value: float, pos: str, neg: str, *, space: bool = False) -> tuple[str, float]:
    """Degrees, minutes and whole seconds (``35°47'12"N``); return (text, value read)."""
    sign = 1.0 if value >= 0 else -1.0
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    hemi = pos if sign > 0 else neg
    text = f"{deg}°{minutes:02d}'{seconds:02d}\"{' ' if space else ''}{hemi}"
    return text, sign * (deg + minutes / 60 + seconds / 3600)


def _blank(cells: _Cells, exp: dict[str, object], tags: list[str], field: str) -> None:
    """Leave ``field`` empty, as a second report does that gives less than the first."""
    if field == "coordinates":
        for col in ("coordinates", "lat", "lon"):
            if col in cells:
                cells[col] = None
        exp["lat"] = exp["lon"] = None
    else:
        cells[field] = None
        exp[field] = "unknown" if field == "gender" else None
    tags.append(f"blank_{field}")


def _garble(text: str, src: Blind18Source, rng: _Rng, rate: float, tags: list[str]) -> str:
    """Now and then, the text as a UTF-8 file read as cp1252 (``SÃ©nÃ©gal``)."""
    if rng.random() < rate:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


# --------------------------------------------------------------------------------------
# DGSN Maroc (French, cp1252, ';')
# --------------------------------------------------------------------------------------
_DGSN_CRIME = {
    "smuggling": (
        "Organisation de l'émigration clandestine (art. 52 loi 02-03)",
        "Trafic de migrants",
        "Aide à l'émigration irrégulière - loi n° 02-03",
        "Émigration clandestine organisée",
        "TRAFIC DE MIGRANTS",
        "Trafic illicite de migrants",
    ),
    "trafficking": (
        "Traite des êtres humains (loi 27-14)",
        "TEH - art. 448-1 C.P.",
        "Traite d'êtres humains",
        "TRAITE DES ETRES HUMAINS",
        "Traite des personnes",
    ),
    "both": (
        "Traite des êtres humains et trafic de migrants",
        "TEH + trafic de migrants (lois 27-14 et 02-03)",
        "Trafic de migrants / traite des personnes",
    ),
}
_DGSN_EXPLOITATION = {
    "sexual": ("exploitation sexuelle", "Exploitation sexuelle", "prostitution d'autrui"),
    "forced_labour": ("travail forcé", "exploitation par le travail", "Travail forcé"),
    "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre forme d'exploitation", "autres"),
}
_DGSN_LINKED = {
    "document_fraud": ("faux et usage de faux", "falsification de documents de voyage"),
    "corruption": ("corruption", "corruption de fonctionnaire"),
    "money_laundering": ("blanchiment de capitaux", "blanchiment"),
    "illicit_goods": ("contrebande", "trafic de marchandises prohibées"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_DGSN_GENDER = {
    "male": ("H", "Hommes", "Masculin"),
    "female": ("F", "Femmes", "Féminin"),
    "mixed": ("H/F", "Mixte", "Hommes et femmes", "H+F"),
}
_DGSN_GENDER_ONE = {"male": ("H", "Masculin", "Homme"), "female": ("F", "Féminin", "Femme")}
_DGSN_AGE = {
    "adult": ("Majeurs", "Adultes", "majeur(s)"),
    "child": ("Mineurs", "MNA", "mineur(s)"),
    "mixed": ("Majeurs et mineurs", "Mixte", "Adultes + mineurs"),
}
_DGSN_TRANSPORT = {
    "sea": ("Voie maritime", "Embarcation de fortune", "Bateau de pêche"),
    "land": ("Voie terrestre", "Camion", "Véhicule léger", "À pied", "Autocar"),
    "air": ("Voie aérienne", "Avion", "Vol régulier"),
}
_DGSN_SEA_BY_CORRIDOR = {
    "watl": ("Pirogue", "pirogue", "Pirogue (cayuco)", "Embarcation de fortune"),
    "wmed": ("Embarcation pneumatique", "Zodiac", "Patera", "Jet-ski", "Bateau de pêche"),
}


def _dgsn_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, pd.Timestamp, str]:
    r = rng.random()
    y, m, d = ts.year, ts.month, ts.day
    if partial_ok and r < 0.07:
        text = choice(
            rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_cap(_FR_MONTHS[m - 1])} {y}")
        )
        return text, _month_start(ts), "month"
    if partial_ok and r < 0.11:
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        text = choice(rng, (f"{nth} trimestre {y}", f"T{q} {y}", f"{nth} trim. {y}"))
        return text, _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.5:
        text = f"{d:02d}/{m:02d}/{y}"
    elif r < 0.65:
        text = f"{d:02d}/{m:02d}/{y % 100:02d}"
    elif r < 0.8:
        text = f"{'1er' if d == 1 else d} {_FR_MONTHS[m - 1]} {y}"
    elif r < 0.9:
        text = f"{d:02d}.{m:02d}.{y}"
    else:
        text = f"{d:02d}-{m:02d}-{y}"
    return text, ts, "day"


def _dgsn_country(code: str, rng: _Rng, src: Blind18Source, tags: list[str]) -> str:
    r = rng.random()
    name = choice(rng, _FR_COUNTRY[code]) if r < 0.8 else _FR_COUNTRY[code][0]
    if r >= 0.8:
        name = _plain(name).upper()
        tags.append("caps_no_accents")
    elif name == "Mauritanie" and rng.random() < 0.06:
        name = "Mauritannie"
        tags.append("typo")
    return _garble(name, src, rng, 0.04, tags)


def _dgsn_nationality(code: str, n: int, rng: _Rng, src: Blind18Source, tags: list[str]) -> str:
    masc, fem = _FR_DEMONYM[code]
    r = rng.random()
    if r < 0.45:
        text = _cap(fem)
    elif r < 0.6:
        plural = masc if masc.endswith("s") else masc + "s"
        text = _cap(plural if n > 1 else masc)
    elif r < 0.75:
        text = _plain(fem).upper()
        tags.append("caps_no_accents")
    elif r < 0.9:
        text = _FR_COUNTRY[code][0]
        tags.append("country_as_nationality")
    else:
        text = fem
    tags.append("demonym")
    return _garble(text, src, rng, 0.04, tags)


def _dgsn_position(lat: float, lon: float, rng: _Rng) -> tuple[str, float, float, str]:
    r = rng.random()
    if r < 0.4:
        lat_t, lat_v = _ddm(lat, "N", "S", 2, True)
        lon_t, lon_v = _ddm(lon, "E", "W", 3, True)
        return f"{lat_t} {lon_t}", lat_v, lon_v, "coords_ddm"
    if r < 0.65:
        lat_t, lat_v = _dms(lat, "N", "S")
        lon_t, lon_v = _dms(lon, "E", "O")
        return f"{lat_t} {lon_t}", lat_v, lon_v, "coords_dms_ouest"
    lat_v, lon_v = round(lat, 5), round(lon, 5)
    if r < 0.9:
        text = f"{lat_v:.5f} / {lon_v:.5f}".replace(".", ",")
        return text, lat_v, lon_v, "coords_decimal_comma"
    return f"{lat_v:.5f}, {lon_v:.5f}", lat_v, lon_v, "coords_decimal"


def _dgsn_row(src: Blind18Source, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Row:
    cells: _Cells = {}
    exp = _expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _dgsn_date(ts, rng, partial_ok)
    if exp["date_precision"] != "day":
        tags.append(f"partial_{exp['date_precision']}")
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _DGSN_CRIME[crime])
    tags.append("legal_reference" if "art." in str(cells["crime_type"]) else "crime_words")
    expl = ev["exploitation"]
    cells["exploitation"] = (
        choice(rng, ("", "sans objet", "-"))
        if expl is None
        else choice(rng, _DGSN_EXPLOITATION[str(expl)])
    )
    n = _int(ev["n_persons"])
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("ND", "non déterminé", "inconnu"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = choice(rng, (_thousands(n, " "), _thousands(n, "\xa0"), str(n)))
        tags.append("thousands_space")
    elif r < 0.07:
        cells["n_persons"] = f"{n} pers."
        tags.append("count_unit")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = choice(rng, ("n.d.", "inconnu"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"] = choice(rng, ("néant", "aucun", "Néant"))
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    gender = str(ev["gender"])
    table = _DGSN_GENDER_ONE if n == 1 and gender in _DGSN_GENDER_ONE else _DGSN_GENDER
    cells["gender"] = choice(rng, table[gender])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, ("non renseigné", "N.R."))
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _DGSN_AGE[str(ev["age_group"])])
    nat = str(ev["nationality"])
    if rng.random() < 0.015:
        cells["nationality"] = choice(rng, ("indéterminée", "en cours d'identification"))
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _dgsn_nationality(nat, n, rng, src, tags)
    cells["origin_country"] = _dgsn_country(str(ev["origin_country"]), rng, src, tags)
    cells["destination_country"] = _dgsn_country(str(ev["destination_country"]), rng, src, tags)
    det = str(ev["detection_country"])
    if det == "ESP" and ev.get("hotspot") in _CANARIES and rng.random() < 0.4:
        cells["detection_country"] = choice(rng, ("Espagne (îles Canaries)", "Espagne - Canaries"))
        tags.append("place_in_country")
    elif rng.random() < 0.2:
        cells["detection_country"] = _plain(_FR_COUNTRY[det][0]).upper()
        tags.append("caps_no_accents")
    else:
        cells["detection_country"] = _FR_COUNTRY[det][0]
    transit = _codes(ev["transit_countries"])
    if transit:
        names = [choice(rng, _FR_COUNTRY[c]) for c in transit]
        cells["transit_countries"] = choice(rng, (" - ", ", ", "/", " puis ")).join(names)
    else:
        cells["transit_countries"] = choice(rng, ("", "", "néant", "Néant"))
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, ("non renseigné", "N.R."))
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif mode == "sea" and str(ev["corridor"]) in _DGSN_SEA_BY_CORRIDOR and rng.random() < 0.7:
        cells["transport_mode"] = choice(rng, _DGSN_SEA_BY_CORRIDOR[str(ev["corridor"])])
        tags.append("craft_word")
    elif mode == "land" and str(ev["corridor"]) == "wmed" and rng.random() < 0.4:
        cells["transport_mode"] = choice(
            rng, ("Escalade de la clôture", "Franchissement du grillage")
        )
        tags.append("craft_word")
    else:
        cells["transport_mode"] = choice(rng, _DGSN_TRANSPORT[mode])
    if rng.random() < 0.03:
        cells["coordinates"] = choice(rng, ("non communiquées", "néant"))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        text, lat, lon, tag = _dgsn_position(_float(ev["lat"]), _float(ev["lon"]), rng)
        cells["coordinates"], exp["lat"], exp["lon"] = text, lat, lon
        tags.append(tag)
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        choice(rng, (" + ", ", ", " et ")).join(choice(rng, _DGSN_LINKED[o]) for o in offences)
        if offences
        else ""
    )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Nigeria Police Force AHTU (English, UTF-16, tab)
# --------------------------------------------------------------------------------------
_NPF_CRIME = {
    "smuggling": (
        "Migrant Smuggling",
        "Smuggling of Migrants",
        "Smuggling of Migrants (SOM)",
        "Migrant smuggling - Immigration Act 2015",
        "MIGRANT SMUGGLING",
    ),
    "trafficking": (
        "Trafficking in Persons",
        "Human Trafficking",
        "TIP (TIPPEA 2015)",
        "Trafficking in Persons - TIPPEA 2015",
        "HUMAN TRAFFICKING",
    ),
    "both": (
        "TIP & SOM",
        "Human Trafficking/Migrant Smuggling",
        "Trafficking in Persons and Smuggling of Migrants",
    ),
}
_NPF_EXPLOITATION = {
    "sexual": ("Sexual exploitation", "Forced prostitution", "Sexual Exploitation"),
    "forced_labour": ("Forced labour", "Labour exploitation", "Forced Labour"),
    "forced_criminality": ("Forced criminality", "Forced criminal activities"),
    "organ_removal": ("Organ harvesting", "Removal of organs"),
    "forced_marriage": ("Forced marriage",),
    "other": ("Others", "Other forms"),
}
_NPF_LINKED = {
    "document_fraud": ("Document forgery", "Forged travel documents", "Passport fraud"),
    "corruption": ("Bribery", "Corruption"),
    "money_laundering": ("Money laundering", "Money Laundering"),
    "illicit_goods": ("Contraband", "Smuggling of contraband goods"),
    "cybercrime": ("Cybercrime", "Internet fraud (cybercrime)"),
    "terrorism": ("Terrorism",),
}
_NPF_GENDER = {
    "male": ("M", "Male", "MALE"),
    "female": ("F", "Female", "FEMALE"),
    "mixed": ("M/F", "Both sexes", "Mixed", "M & F"),
}
_NPF_AGE = {
    "adult": ("Adult", "Adults", "ADULT"),
    "child": ("Minor", "Minors", "Child", "Children"),
    "mixed": ("Adult & Minor", "Adults and minors", "Mixed"),
}
_NPF_TRANSPORT = {
    "sea": ("Boat", "By sea", "Sea (rubber dinghy)", "Wooden boat", "SEA"),
    "land": ("Road", "By road", "Overland", "Luxurious bus", "Land"),
    "air": ("Air", "By air", "Flight"),
}


def _npf_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, pd.Timestamp, str]:
    r = rng.random()
    y, m, d = ts.year, ts.month, ts.day
    month, mon = MONTHS[m - 1], MONTHS[m - 1][:3]
    if partial_ok and r < 0.06:
        text = choice(rng, (f"{month}, {y}", f"{mon}-{y}", f"{month} {y}"))
        return text, _month_start(ts), "month"
    if partial_ok and r < 0.09:
        q = _quarter(ts)
        text = choice(rng, (f"{_en_ordinal(q)} Quarter, {y}", f"Q{q} {y}"))
        return text, _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.4:
        text = f"{d:02d}/{m:02d}/{y}"
    elif r < 0.6:
        text = f"{_en_ordinal(d)} {month}, {y}"
    elif r < 0.75:
        text = f"{d:02d}-{m:02d}-{y}"
    elif r < 0.87:
        text = f"{d} {mon} {y}"
    else:
        text = f"{d}/{m}/{y}"
    return text, ts, "day"


def _en_country(code: str, rng: _Rng, tags: list[str], *, upper: float, typo: float) -> str:
    name = choice(rng, _EN_COUNTRY[code])
    r = rng.random()
    if r < typo and name in _EN_TYPOS:
        tags.append("typo")
        return _EN_TYPOS[name]
    if r > 1 - upper:
        tags.append("caps")
        return name.upper()
    return name


def _npf_coordinate(value: float, r: float) -> tuple[str, float]:
    if r < 0.15:  # the header gives the hemisphere: no letter, a minus sign if south/west
        text, read = _dms(value, "", "")
        return ("-" if value < 0 else "") + text, read
    digits = 4 if r < 0.85 else 6
    val = round(value, digits)
    return f"{val:.{digits}f}", val


def _npf_row(src: Blind18Source, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Row:
    cells: _Cells = {}
    exp = _expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _npf_date(ts, rng, partial_ok)
    if exp["date_precision"] != "day":
        tags.append(f"partial_{exp['date_precision']}")
    cells["crime_type"] = choice(rng, _NPF_CRIME[str(ev["crime_type"])])
    expl = ev["exploitation"]
    cells["exploitation"] = (
        choice(rng, ("N/A", "", "Nil"))
        if expl is None
        else choice(rng, _NPF_EXPLOITATION[str(expl)])
    )
    n = _int(ev["n_persons"])
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("Not available", "N/A", "Unknown"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.85:
        cells["n_persons"] = _thousands(n, ",")
        tags.append("thousands_comma")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = choice(rng, ("Not known", "Unknown"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.45:
        cells["n_suspects"] = choice(rng, ("Nil", "None", "NIL"))
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = choice(rng, _NPF_GENDER[str(ev["gender"])])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, ("N/A", "Not stated"))
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _NPF_AGE[str(ev["age_group"])])
    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.01:
        cells["nationality"] = "Not stated"
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif r < 0.6:
        cells["nationality"] = _EN_DEMONYM[nat]
        tags.append("demonym")
    elif r < 0.75:
        cells["nationality"] = _EN_DEMONYM[nat].upper()
        tags.append("demonym")
    else:
        cells["nationality"] = _en_country(nat, rng, tags, upper=0.1, typo=0.05)
    cells["origin_country"] = _en_country(
        str(ev["origin_country"]), rng, tags, upper=0.1, typo=0.03
    )
    cells["destination_country"] = _en_country(
        str(ev["destination_country"]), rng, tags, upper=0.1, typo=0.03
    )
    det = str(ev["detection_country"])
    r = rng.random()
    if r < 0.15 and ev.get("hotspot"):
        cells["detection_country"] = f"{_EN_COUNTRY[det][0]} ({ev['hotspot']})"
        tags.append("place_in_country")
    elif r < 0.35:
        cells["detection_country"] = _EN_COUNTRY[det][0].upper()
    else:
        cells["detection_country"] = _EN_COUNTRY[det][0]
    transit = _codes(ev["transit_countries"])
    if transit:
        names = [choice(rng, _EN_COUNTRY[c]) for c in transit]
        text = choice(rng, (", ", " - ", " / ", " & ")).join(names)
        if rng.random() < 0.2:
            text = "via " + text
            tags.append("via")
        cells["transit_countries"] = text
    else:
        cells["transit_countries"] = choice(rng, ("Direct", "N/A", ""))
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, ("N/A", "Not stated"))
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _NPF_TRANSPORT[str(ev["transport_mode"])])
    if rng.random() < 0.03:
        cells["lat"] = cells["lon"] = "Not captured"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        style = rng.random()
        cells["lat"], exp["lat"] = _npf_coordinate(_float(ev["lat"]), style)
        cells["lon"], exp["lon"] = _npf_coordinate(_float(ev["lon"]), style)
        tags.append("coords_dms" if style < 0.15 else "coords_decimal")
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        choice(rng, (", ", " & ", "; ")).join(choice(rng, _NPF_LINKED[o]) for o in offences)
        if offences
        else choice(rng, ("", "Nil", "None"))
    )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# FIA Pakistan (English, UTF-8, '|')
# --------------------------------------------------------------------------------------
_FIA_CRIME = {
    "smuggling": (
        "u/s 3 PSMA 2018",
        "Human Smuggling u/s 3 PSMA-2018",
        "Sec. 3 Prevention of Smuggling of Migrants Act, 2018",
        "Human Smuggling",
        "Migrant smuggling (PSMA 2018)",
    ),
    "trafficking": (
        "u/s 3 PTPA 2018",
        "Human Trafficking u/s 3 PTPA-2018",
        "Sec. 3 Prevention of Trafficking in Persons Act, 2018",
        "Human Trafficking",
    ),
    "both": (
        "u/s 3 PTPA r/w 3 PSMA 2018",
        "Human Trafficking & Smuggling",
        "PTPA-2018 / PSMA-2018",
    ),
}
_FIA_EXPLOITATION = {
    "sexual": ("Sexual exploitation", "Commercial sexual exploitation"),
    "forced_labour": ("Forced labour", "Bonded labour"),
    "forced_criminality": ("Forced criminality",),
    "organ_removal": ("Organ removal", "Kidney removal"),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_FIA_LINKED = {
    "document_fraud": ("Forgery (Passport Act 1974)", "Fake visa/passport", "Forged documents"),
    "corruption": ("Bribery", "Corruption"),
    "money_laundering": ("Money laundering (hundi/hawala)", "Money laundering"),
    "illicit_goods": ("Smuggling of goods", "Contraband"),
    "cybercrime": ("Cyber crime (PECA 2016)",),
    "terrorism": ("Terrorism (ATA 1997)",),
}
_FIA_GENDER = {
    "male": ("Male", "M", "Males"),
    "female": ("Female", "F"),
    "mixed": ("Male & Female", "Mixed", "M/F"),
}
_FIA_AGE = {
    "adult": ("Adult", "Adults"),
    "child": ("Minor", "Minors", "Juvenile"),
    "mixed": ("Adult+Minor", "Adults & Minors", "Mixed"),
}
_FIA_TRANSPORT = {
    "sea": ("Sea", "By boat", "Dinghy", "Sea route", "Boat"),
    "land": ("Land", "By road", "On foot", "Truck", "Land route"),
    "air": ("By air", "Air", "Flight"),
}


def _fia_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, pd.Timestamp, str]:
    r = rng.random()
    y, m, d = ts.year, ts.month, ts.day
    month, mon = MONTHS[m - 1], MONTHS[m - 1][:3]
    if partial_ok and r < 0.06:
        text = choice(rng, (f"{mon}-{y}", f"{month} {y}"))
        return text, _month_start(ts), "month"
    if partial_ok and r < 0.09:
        q = _quarter(ts)
        text = choice(rng, (f"{_en_ordinal(q)} Qtr {y}", f"Q{q}-{y}"))
        return text, _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.45:
        text = f"{d:02d}-{m:02d}-{y}"
    elif r < 0.6:
        text = f"{d:02d}.{m:02d}.{y}"
    elif r < 0.75:
        text = f"{d:02d}/{m:02d}/{y}"
    elif r < 0.9:
        text = f"{d:02d}-{mon}-{y}"
    else:
        text = f"{d:02d}-{m:02d}-{y % 100:02d}"
    return text, ts, "day"


def _fia_coordinate(value: float, pos: str, neg: str, style: float) -> tuple[str, float]:
    if style < 0.15:
        val = round(value, 5)
        return f"{abs(val):.5f} {pos if val >= 0 else neg}", val
    digits = 4 if style < 0.25 else 5
    val = round(value, digits)
    return f"{val:.{digits}f}", val


def _fia_row(src: Blind18Source, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Row:
    cells: _Cells = {}
    exp = _expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _fia_date(ts, rng, partial_ok)
    if exp["date_precision"] != "day":
        tags.append(f"partial_{exp['date_precision']}")
    cells["crime_type"] = choice(rng, _FIA_CRIME[str(ev["crime_type"])])
    if "u/s" in str(cells["crime_type"]) or "Sec." in str(cells["crime_type"]):
        tags.append("legal_reference")
    expl = ev["exploitation"]
    cells["exploitation"] = (
        choice(rng, ("-", "", "N/A")) if expl is None else choice(rng, _FIA_EXPLOITATION[str(expl)])
    )
    n = _int(ev["n_persons"])
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("N.K.", "Not known"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, ",")
        tags.append("thousands_comma")
    elif r < 0.05:
        cells["n_persons"] = f"{n} persons"
        tags.append("count_unit")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = choice(rng, ("N.K.", "Unknown"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.35:
        cells["n_suspects"] = "Nil"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = choice(rng, _FIA_GENDER[str(ev["gender"])])
    if rng.random() < 0.02:
        cells["age_group"] = "N/A"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _FIA_AGE[str(ev["age_group"])])
    nat = str(ev["nationality"])
    r = rng.random()
    if nat == "AFG" and r < 0.3:
        cells["nationality"] = "Afghani"
        tags.append("colloquial_demonym")
    elif r < 0.65:
        cells["nationality"] = _EN_DEMONYM[nat]
        tags.append("demonym")
    elif r < 0.8:
        cells["nationality"] = _EN_DEMONYM[nat].upper()
        tags.append("demonym")
    elif r < 0.83 and _EN_DEMONYM[nat] in _EN_TYPOS:
        cells["nationality"] = _EN_TYPOS[_EN_DEMONYM[nat]]
        tags.append("typo")
    else:
        cells["nationality"] = _en_country(nat, rng, tags, upper=0.0, typo=0.0)
    cells["origin_country"] = _en_country(
        str(ev["origin_country"]), rng, tags, upper=0.1, typo=0.04
    )
    dest = str(ev["destination_country"])
    if dest == "GBR" and rng.random() < 0.15:
        cells["destination_country"] = "England"
        tags.append("england_for_uk")
    else:
        cells["destination_country"] = _en_country(dest, rng, tags, upper=0.1, typo=0.0)
    det = str(ev["detection_country"])
    r = rng.random()
    if r < 0.1 and ev.get("hotspot"):
        cells["detection_country"] = f"{_EN_COUNTRY[det][0]} ({ev['hotspot']})"
        tags.append("place_in_country")
    else:
        cells["detection_country"] = _en_country(det, rng, tags, upper=0.15, typo=0.0)
    transit = _codes(ev["transit_countries"])
    if transit:
        names = [choice(rng, _EN_COUNTRY[c]) for c in transit]
        cells["transit_countries"] = choice(rng, ("-", "-", " > ", ", ")).join(names)
    else:
        cells["transit_countries"] = choice(rng, ("Direct", "-"))
    if rng.random() < 0.02:
        cells["transport_mode"] = "N/A"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _FIA_TRANSPORT[str(ev["transport_mode"])])
    if rng.random() < 0.03:
        cells["lat"] = cells["lon"] = "N/A"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        style = rng.random()
        cells["lat"], exp["lat"] = _fia_coordinate(_float(ev["lat"]), "N", "S", style)
        cells["lon"], exp["lon"] = _fia_coordinate(_float(ev["lon"]), "E", "W", style)
        if style < 0.15:
            tags.append("coords_hemisphere")
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        choice(rng, (", ", " & ", " + ")).join(choice(rng, _FIA_LINKED[o]) for o in offences)
        if offences
        else choice(rng, ("", "Nil"))
    )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# DIJIN Colombia (Spanish, XLSX)
# --------------------------------------------------------------------------------------
_DIJIN_CRIME = {
    "smuggling": (
        "Tráfico de migrantes",
        "TRÁFICO DE MIGRANTES ART. 188 C.P.",
        "Art. 188 C.P. - Tráfico de migrantes",
        "Tráfico ilícito de migrantes",
        "Art. 188 C.P.",
    ),
    "trafficking": (
        "Trata de personas",
        "TRATA DE PERSONAS ART. 188A",
        "Art. 188A C.P.",
        "Trata de personas (Art. 188-A)",
    ),
    "both": (
        "Trata de personas y tráfico de migrantes",
        "Arts. 188 y 188A C.P.",
        "Tráfico de migrantes / Trata de personas",
    ),
}
_DIJIN_EXPLOITATION = {
    "sexual": (
        "Explotación sexual",
        "Explotación de la prostitución ajena",
        "Explotación sexual comercial",
    ),
    "forced_labour": ("Trabajos forzados", "Explotación laboral", "Trabajo forzoso"),
    "forced_criminality": ("Criminalidad forzada", "Actividades delictivas forzadas"),
    "organ_removal": ("Extracción de órganos",),
    "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
    "other": ("Otra", "Otras formas de explotación"),
}
_DIJIN_LINKED = {
    "document_fraud": (
        "Falsedad en documento público",
        "Falsedad material en documento público",
        "Uso de documento falso",
    ),
    "corruption": ("Cohecho por dar u ofrecer", "Cohecho"),
    "money_laundering": ("Lavado de activos",),
    "illicit_goods": ("Contrabando", "Contrabando de mercancías"),
    "cybercrime": ("Delitos informáticos",),
    "terrorism": ("Terrorismo",),
}
_DIJIN_GENDER = {
    "male": ("Masculino", "Hombres", "MASCULINO"),
    "female": ("Femenino", "Mujeres"),
    "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
}
_DIJIN_GENDER_ONE = {"male": ("Masculino", "Hombre"), "female": ("Femenino", "Mujer")}
_DIJIN_AGE = {
    "adult": ("Adulto", "Adultos", "Mayor de edad"),
    "child": ("NNA", "Menor de edad", "Menores de edad"),
    "mixed": ("Adultos y NNA", "Mixto", "Adultos y menores"),
}
_DIJIN_TRANSPORT = {
    "sea": ("Marítimo", "Lancha", "Embarcación"),
    "land": ("Terrestre", "TERRESTRE", "Bus"),
    "air": ("Aéreo", "Vuelo comercial"),
}
_DIJIN_LAND_BY_CORRIDOR = {
    "darien": ("A pie", "Caminando - selva del Darién", "A pie por trocha"),
    "us_mex": ("Tractomula", "Vehículo particular", "A pie"),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _dijin_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    y, m, d = ts.year, ts.month, ts.day
    if partial_ok and r < 0.07:
        text = choice(
            rng,
            (
                f"{_ES_MONTHS[m - 1]} de {y}",
                f"{_cap(_ES_MONTHS[m - 1])} {y}",
                f"{_ES_MONTHS_ABBR[m - 1]}-{y}",
            ),
        )
        return text, _month_start(ts), "month"
    if partial_ok and r < 0.1:
        q = _quarter(ts)
        text = choice(
            rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"{_ES_ORDINAL[q - 1]} trimestre de {y}")
        )
        return text, _quarter_start(ts), "quarter"
    r = rng.random()
    cell: object
    if r < 0.5:
        cell = ts.to_pydatetime()
    elif r < 0.65:
        cell = int((ts - _EXCEL_EPOCH).days)
    elif r < 0.77:
        cell = f"{d:02d}/{m:02d}/{y}"
    elif r < 0.85:
        cell = f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    elif r < 0.93:
        cell = f"{y}/{m:02d}/{d:02d}"
    else:
        cell = f"{d:02d}-{m:02d}-{y}"
    return cell, ts, "day"


def _es_country(code: str, rng: _Rng, tags: list[str]) -> str:
    name = choice(rng, _ES_COUNTRY[code])
    r = rng.random()
    if r < 0.03 and name in _ES_TYPOS:
        tags.append("typo")
        return _ES_TYPOS[name]
    if r > 0.88:
        tags.append("caps")
        return name.upper()
    return name


def _dijin_coordinate(
    value: float, pos: str, neg: str, style: float, tags: list[str]
) -> tuple[object, float]:
    if style < 0.6:
        val = round(value, 5)
        return val, val
    if style < 0.8:
        val = round(value, 5)
        if "coords_decimal_comma" not in tags:
            tags.append("coords_decimal_comma")
        return f"{val:.5f}".replace(".", ","), val
    if "coords_dms_oeste" not in tags:
        tags.append("coords_dms_oeste")
    return _dms(value, pos, neg, space=True)


def _dijin_row(src: Blind18Source, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Row:
    cells: _Cells = {}
    exp = _expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _dijin_date(ts, rng, partial_ok)
    if exp["date_precision"] != "day":
        tags.append(f"partial_{exp['date_precision']}")
    elif isinstance(cells["event_date"], int):
        tags.append("excel_serial")
    cells["crime_type"] = choice(rng, _DIJIN_CRIME[str(ev["crime_type"])])
    if "188" in str(cells["crime_type"]):
        tags.append("legal_reference")
    expl = ev["exploitation"]
    cells["exploitation"] = (
        choice(rng, ("", "No aplica", "N/A"))
        if expl is None
        else choice(rng, _DIJIN_EXPLOITATION[str(expl)])
    )
    if cells["exploitation"] == "":
        cells["exploitation"] = None
    n = _int(ev["n_persons"])
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("Sin dato", "S/D", "Por establecer"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.5:
        cells["n_persons"] = _thousands(n, ".")
        tags.append("thousands_dot")
    elif r < 0.12:
        cells["n_persons"] = str(n)
        tags.append("count_as_text")
    else:
        cells["n_persons"] = n
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = choice(rng, ("Sin dato", "Por establecer"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.3:
        cells["n_suspects"] = "Ninguno"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    gender = str(ev["gender"])
    table = _DIJIN_GENDER_ONE if n == 1 and gender in _DIJIN_GENDER_ONE else _DIJIN_GENDER
    cells["gender"] = choice(rng, table[gender])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, ("Sin dato", "No registra"))
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _DIJIN_AGE[str(ev["age_group"])])
    nat = str(ev["nationality"])
    masc, fem = _ES_DEMONYM[nat]
    r = rng.random()
    if r < 0.01:
        cells["nationality"] = "Por establecer"
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif r < 0.46:
        cells["nationality"] = _cap(fem)
        tags.append("demonym")
    elif r < 0.61:
        cells["nationality"] = masc + "s" if n > 1 and masc.endswith("o") else masc
        tags.append("demonym")
    elif r < 0.76:
        cells["nationality"] = fem.upper()
        tags.append("demonym")
    else:
        cells["nationality"] = _es_country(nat, rng, tags)
    cells["origin_country"] = _es_country(str(ev["origin_country"]), rng, tags)
    cells["destination_country"] = _es_country(str(ev["destination_country"]), rng, tags)
    det = str(ev["detection_country"])
    r = rng.random()
    if det == "PAN" and r < 0.2:
        cells["detection_country"] = choice(rng, ("Panamá (Darién)", "Panamá - Darién"))
        tags.append("place_in_country")
    elif det == "USA" and r < 0.1:
        cells["detection_country"] = "Estados Unidos (frontera con México)"
        tags.append("place_in_country")
    else:
        cells["detection_country"] = _es_country(det, rng, tags)
    transit = _codes(ev["transit_countries"])
    if transit:
        names = [choice(rng, _ES_COUNTRY[c]) for c in transit]
        cells["transit_countries"] = choice(rng, (" - ", ", ", " / ", " y ")).join(names)
    else:
        cells["transit_countries"] = choice(rng, ("Ninguno", "N/A"))
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    if rng.random() < 0.02:
        cells["transport_mode"] = "Sin dato"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif mode == "land" and corridor in _DIJIN_LAND_BY_CORRIDOR and rng.random() < 0.5:
        cells["transport_mode"] = choice(rng, _DIJIN_LAND_BY_CORRIDOR[corridor])
        tags.append("craft_word")
    else:
        cells["transport_mode"] = choice(rng, _DIJIN_TRANSPORT[mode])
    if rng.random() < 0.03:
        cells["lat"] = cells["lon"] = choice(rng, ("Sin coordenadas", "S/C"))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        style = rng.random()
        cells["lat"], exp["lat"] = _dijin_coordinate(_float(ev["lat"]), "N", "S", style, tags)
        cells["lon"], exp["lon"] = _dijin_coordinate(_float(ev["lon"]), "E", "O", style, tags)
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = (
        choice(rng, (" - ", ", ", " / ")).join(choice(rng, _DIJIN_LINKED[o]) for o in offences)
        if offences
        else None
    )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# AFRIPOL digest (French keys, JSON lines)
# --------------------------------------------------------------------------------------
_AFRIPOL_CRIME = {
    "smuggling": ("trafic_migrants", "SOM", "Trafic illicite de migrants"),
    "trafficking": ("traite_personnes", "THB", "Traite des personnes"),
    "both": ("traite_personnes;trafic_migrants", "THB/SOM", "Traite et trafic de migrants"),
}
_AFRIPOL_EXPLOITATION = {
    "sexual": ("exploitation_sexuelle", "Exploitation sexuelle"),
    "forced_labour": ("travail_force", "Travail forcé"),
    "forced_criminality": ("criminalite_forcee", "Criminalité forcée"),
    "organ_removal": ("prelevement_organes", "Prélèvement d'organes"),
    "forced_marriage": ("mariage_force", "Mariage forcé"),
    "other": ("autre", "Autre"),
}
_AFRIPOL_LINKED = {
    "document_fraud": "fraude_documentaire",
    "corruption": "corruption",
    "money_laundering": "blanchiment",
    "illicit_goods": "marchandises_illicites",
    "cybercrime": "cybercriminalite",
    "terrorism": "terrorisme",
}
_AFRIPOL_GENDER = {
    "male": ("masculin", "H"),
    "female": ("feminin", "F"),
    "mixed": ("mixte", "H/F"),
}
_AFRIPOL_AGE = {
    "adult": ("adulte", "majeur"),
    "child": ("mineur", "enfant"),
    "mixed": ("mixte", "adultes_et_mineurs"),
}
_AFRIPOL_TRANSPORT = {
    "sea": ("maritime", "mer"),
    "land": ("terrestre", "route"),
    "air": ("aerien",),
}


def _afripol_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, pd.Timestamp, str]:
    r = rng.random()
    y, m, d = ts.year, ts.month, ts.day
    if partial_ok and r < 0.06:
        return choice(rng, (f"{y}-{m:02d}", f"{m:02d}/{y}")), _month_start(ts), "month"
    if partial_ok and r < 0.09:
        q = _quarter(ts)
        return choice(rng, (f"{y}-T{q}", f"T{q}-{y}")), _quarter_start(ts), "quarter"
    r = rng.random()
    if r < 0.5:
        text = f"{y}-{m:02d}-{d:02d}"
    elif r < 0.7:
        text = f"{y}-{m:02d}-{d:02d}T00:00:00"
    elif r < 0.88:
        text = f"{d:02d}/{m:02d}/{y}"
    else:
        text = f"{y}{m:02d}{d:02d}"
    return text, ts, "day"


def _afripol_country(code: str, rng: _Rng, tags: list[str], *, dest: bool = False) -> str:
    r = rng.random()
    if dest and code == "GBR" and r < 0.08:  # "England" for the UK, as a destination only
        tags.append("england_for_uk")
        return "Angleterre"
    if r < 0.4:
        tags.append("iso2")
        return iso_codes(code)[0]
    if r < 0.6:
        tags.append("iso3")
        return code
    return choice(rng, _FR_COUNTRY[code])


def _afripol_position(lat: float, lon: float, rng: _Rng) -> tuple[str, float, float, str]:
    lat_v, lon_v = round(lat, 4), round(lon, 4)
    r = rng.random()
    if r < 0.5:
        return f"{lat_v:.4f},{lon_v:.4f}", lat_v, lon_v, "coords_pair"
    if r < 0.7:
        return f"{lat_v:.4f}, {lon_v:.4f}", lat_v, lon_v, "coords_pair"
    if r < 0.85:
        return f"POINT ({lon_v:.4f} {lat_v:.4f})", lat_v, lon_v, "coords_wkt"
    ns = "N" if lat_v >= 0 else "S"
    ew = "E" if lon_v >= 0 else "W"
    text = f"{ns}{abs(lat_v):.4f} {ew}{abs(lon_v):.4f}"
    return text, lat_v, lon_v, "coords_hemisphere"


def _afripol_row(src: Blind18Source, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Row:
    cells: _Cells = {}
    exp = _expected(ev)
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _afripol_date(
        ts, rng, partial_ok
    )
    if exp["date_precision"] != "day":
        tags.append(f"partial_{exp['date_precision']}")
    cells["crime_type"] = choice(rng, _AFRIPOL_CRIME[str(ev["crime_type"])])
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else choice(rng, _AFRIPOL_EXPLOITATION[str(expl)])
    n = _int(ev["n_persons"])
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, ("inconnu", "ND"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.17:
        cells["n_persons"] = str(n)
        tags.append("count_as_text")
    else:
        cells["n_persons"] = n
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.02:
        cells["n_suspects"] = "inconnu"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.2:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    cells["gender"] = choice(rng, _AFRIPOL_GENDER[str(ev["gender"])])
    if rng.random() < 0.02:
        cells["age_group"] = "non_renseigne"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AFRIPOL_AGE[str(ev["age_group"])])
    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.4:
        cells["nationality"] = _FR_DEMONYM[nat][1]
        tags.append("demonym")
    else:
        cells["nationality"] = _afripol_country(nat, rng, tags)
    cells["origin_country"] = _afripol_country(str(ev["origin_country"]), rng, tags)
    cells["destination_country"] = _afripol_country(
        str(ev["destination_country"]), rng, tags, dest=True
    )
    cells["detection_country"] = _afripol_country(str(ev["detection_country"]), rng, tags)
    transit = _codes(ev["transit_countries"])
    if not transit:
        cells["transit_countries"] = None
    elif rng.random() < 0.6:
        cells["transit_countries"] = ";".join(iso_codes(c)[0] for c in transit)
        tags.append("iso2")
    else:
        cells["transit_countries"] = ", ".join(_FR_COUNTRY[c][0] for c in transit)
    if rng.random() < 0.02:
        cells["transport_mode"] = "non_renseigne"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _AFRIPOL_TRANSPORT[str(ev["transport_mode"])])
    r = rng.random()
    if r < 0.02:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.03:
        cells["coordinates"] = "ND"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        text, lat, lon, tag = _afripol_position(_float(ev["lat"]), _float(ev["lon"]), rng)
        cells["coordinates"], exp["lat"], exp["lon"] = text, lat, lon
        tags.append(tag)
    offences = _codes(ev["linked_offences"])
    cells["linked_offences"] = ";".join(_AFRIPOL_LINKED[o] for o in offences) if offences else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates, note dates, the renderer
# --------------------------------------------------------------------------------------
def _day_text(style: str, y: int, m: int, d: int) -> str:
    if style == "fia":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "afripol":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{y}"


def _bad_date(src: Blind18Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m = _impossible(ts, rng)
        if src.style == "npf" and rng.random() < 0.4:
            return f"{_en_ordinal(d)} {MONTHS[m - 1]}, {ts.year}"
        if src.style == "dijin" and rng.random() < 0.4:
            return f"{ts.year}/{m:02d}/{d:02d}"
        return _day_text(src.style, ts.year, m, d)
    fut = _future(ts)
    if src.style == "dijin":
        return fut.to_pydatetime()
    return _day_text(src.style, fut.year, fut.month, fut.day)


def _note_date(src: Blind18Source, last: pd.Timestamp) -> object:
    """Return the date written on a source's note row (the day of its last row)."""
    if src.style == "dijin":
        return last.to_pydatetime()
    return _day_text(src.style, last.year, last.month, last.day)


_WRITERS: dict[str, Callable[[Blind18Source, dict[str, object], _Rng, bool], _Row]] = {
    "dgsn": _dgsn_row,
    "npf": _npf_row,
    "fia": _fia_row,
    "dijin": _dijin_row,
    "afripol": _afripol_row,
}


def _render(
    src: Blind18Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Row:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells, exp, tags = _WRITERS[src.style](src, ev, rng, partial_ok)
    if forced_blank is not None:
        _blank(cells, exp, tags, forced_blank)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_DGSN = Blind18Source(
    source="dgsn_maroc_t",
    filename="dgsn_maroc_t.csv",
    ref="{seq:04d}/BNPJ/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° P.V.",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre (pers.) interceptées / victimes",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe (H/F)",
        "age_group": "Majeurs / Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position (lat./long.)",
        "linked_offences": "Infractions connexes",
    },
    note="N.B. : données provisoires, sous réserve de validation par la DPJ",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "15 ou 16"),
    repeats=False,
    style="dgsn",
)
_NPF = Blind18Source(
    source="npf_ahtu_t",
    filename="npf_ahtu_t.csv",
    ref="FHQ/AHTU/CR.{seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case Ref. No",
        "event_date": "Date of Incident",
        "crime_type": "Nature of Offence",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Suspect(s)",
        "gender": "Sex (M/F)",
        "age_group": "Age Category (Adult/Minor)",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Country of Destination",
        "detection_country": "Country Where Intercepted",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Movement",
        "lat": "Lat (N)",
        "lon": "Long (E)",
        "linked_offences": "Other Offences",
    },
    note="NB: Figures are provisional and subject to confirmation by Zonal Commands",
    total="GRAND TOTAL",
    bad_count=("several", "plenty", "many"),
    repeats=True,
    style="npf",
)
_FIA = Blind18Source(
    source="fia_pk_t",
    filename="fia_pk_t.csv",
    ref="FIR {seq:03d}/{year} AHTC",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "FIR No.",
        "event_date": "Date of Occurrence",
        "crime_type": "Offence (Section of Law)",
        "exploitation": "Nature of Exploitation",
        "n_persons": "No. of Persons (Victims/Smuggled)",
        "n_suspects": "Accused (Nos.)",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Route (Transit Countries)",
        "transport_mode": "Mode of Travel",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Allied Offences",
    },
    note="Note: Data compiled from Zonal AHTCs, subject to reconciliation",
    total="Total",
    bad_count=("many", "several", "approx 30-40"),
    repeats=False,
    style="fia",
)
_DIJIN = Blind18Source(
    source="dijin_co_t",
    filename="dijin_co_t.xlsx",
    ref="110016000050{year}{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Noticia Criminal (SPOA)",
        "event_date": "Fecha Hechos",
        "crime_type": "Delito",
        "exploitation": "Finalidad de Explotación",
        "n_persons": "Cant. Víctimas/Migrantes",
        "n_suspects": "Indiciados",
        "gender": "Sexo",
        "age_group": "Grupo Etario",
        "nationality": "Nacionalidad",
        "origin_country": "País Origen",
        "destination_country": "País Destino",
        "detection_country": "País Detección",
        "transit_countries": "Países Tránsito",
        "transport_mode": "Medio Transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos Conexos",
    },
    note="Nota: información preliminar sujeta a depuración - DIJIN",
    total="TOTAL",
    bad_count=("varios", "entre 10 y 15", "muchos"),
    repeats=True,
    style="dijin",
)
_AFRIPOL = Blind18Source(
    source="afripol_t",
    filename="afripol_t.jsonl",
    ref="AFR/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "ref_message",
        "event_date": "date_evenement",
        "crime_type": "infraction",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_suspects",
        "gender": "sexe",
        "age_group": "categorie_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_detection",
        "transit_countries": "pays_transit",
        "transport_mode": "mode_transport",
        "coordinates": "coordonnees",
        "linked_offences": "infractions_connexes",
    },
    note="Synthèse provisoire - données transmises par les points focaux nationaux",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "2 embarcations"),
    repeats=False,
    style="afripol",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND18_SOURCES: tuple[Blind18Source, ...] = (_DGSN, _NPF, _FIA, _DIJIN, _AFRIPOL)

_EXAMINER: Examiner[Blind18Source] = Examiner(
    sources=BLIND18_SOURCES,
    primary={
        "ESP": _DGSN.source,
        "ITA": _NPF.source,
        "GRC": _FIA.source,
        "HRV": _FIA.source,
        "POL": _FIA.source,
        "PAN": _DIJIN.source,
        "USA": _DIJIN.source,
    },
    compilation=_AFRIPOL.source,
    secondary={
        ("watl", "ESP"): _AFRIPOL.source,
        ("wmed", "ESP"): _AFRIPOL.source,
        ("cmed", "ITA"): _AFRIPOL.source,
        ("thb_nga_ita", "ITA"): _AFRIPOL.source,
        ("channel", "FRA"): _FIA.source,
        ("channel", "GBR"): _FIA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1818,
    blank_share=0.3,
)


def make_blind18(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind18`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dgsn_maroc_t.csv``, ``npf_ahtu_t.csv``, ``fia_pk_t.csv``, ``dijin_co_t.xlsx``
        and ``afripol_t.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind18(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgsn_maroc_t.csv', 'npf_ahtu_t.csv', 'fia_pk_t.csv', 'dijin_co_t.xlsx',
     'afripol_t.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
