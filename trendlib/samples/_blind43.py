"""Examiner sample set ``blind43``: five agencies, files ``*_as.*``.

A held-out set written independently of the cleaner, from the examiner's own knowledge
of how these agencies keep their registers. It uses the shared machinery of
:mod:`trendlib.samples._examiner`; every wording below is this module's own. Each
agency writes the events it learns of (its own detections, or cases passed to it by a
joint centre, a liaison channel or a member force) in its own way.

Reader's guide
--------------
``orfk_nebek_as.csv`` -- Hungarian Police (ORFK), International Law Enforcement
Cooperation Centre (NEBEK), the national contact point for Europol, Interpol and SIRENE
messages. English values under bilingual Hungarian / English headers (``Esemény dátuma
/ Date of event``, ``Érintett személyek (fő) / Persons``), **cp1250** (the Central
European Windows code page: ``ű``, ``ő`` in the headers), ``;`` delimiter, Unix line
ends. Dates in the Hungarian order ``2022.03.14.`` (with the closing dot),
``2022. 03. 14.``, ``2022.03.14``, a few ISO and day-first dotted dates; partial dates
``2022.03.``, ``March 2022``, ``2022 Q1``, ``3rd quarter 2022``. Offences with the
Hungarian Criminal Code: ``Btk. 353. §`` (embercsempészés, people smuggling) and
``Btk. 192. §`` (emberkereskedelem, trafficking), sometimes the bare reference.
Counts with a no-break or plain space as thousands separator (``1 250``), sometimes
with the unit ``fő`` (persons); latitude and longitude in two columns with decimal
commas (``35,51234``), a few with a dot or a degree sign. Countries as English names,
demonyms, ISO alpha-2 (or alpha-3) codes, some in capitals; transit as ``TR-BG-RS`` or
names. Placeholders ``n/a``, ``n/k``, ``?``, ``-``; zero suspects ``none`` / ``nil``.
The catch-all source (Italian and Greek detections and every event no other agency
holds); it re-sends some rows (exact repeats), and re-reports Balkan-route, Polish,
Channel and Romanian-labour cases first held by the others.

``granicna_policija_bih_as.xlsx`` -- Border Police of Bosnia and Herzegovina (Granična
policija BiH), register of Croatian interceptions at the BiH and Serbian borders passed
through the joint contact centres (Croatian detections on the Western Balkans route).
English headers (``Date of apprehension``, ``No. of perpetrators``, ``GPS position``).
Dates as real Excel dates, as bare Excel serial numbers (the date format lost in a
copy), or as text ``14.03.2022.`` / ``4.3.2022`` in the local style; partial dates
``03.2022.``, ``March 2022``, ``I quarter 2022``. Offences by the Criminal Code of BiH:
``Art. 189 CC BiH`` (smuggling of persons) and ``Art. 186 CC BiH`` (trafficking in
persons). Counts as numbers, large ones sometimes as text with a dot thousands
separator (``1.250``) or ``12 persons``; unknown perpetrators ``N.N.``. One GPS column:
degrees-minutes-seconds (``45°10'12.3"N 15°42'05.0"E``), decimal pairs or hemisphere
letters. Citizenship often as the country name or ISO alpha-3; some cells end in a
stray space.

``policie_cr_as.csv`` -- Police of the Czech Republic, Directorate of the Alien Police
Service, with the Czech-Polish joint centre at Kudowa-Słone: Polish detections on the
Belarus border and UK detections (Vietnamese trafficking and lorries with Czech links).
English values, **UTF-16** (Excel "Unicode text"), **tab** delimited, references
``ŘSCP-00012-1/ČJ-2022-990031``. Czech dates ``14. 3. 2022``, ``14.3.2022``,
``14.03.2022``, ISO, and Roman-numeral months ``14. III. 2022``; partial ``3/2022``,
``Q1/2022``, ``1Q 2022``. Offences by the Czech Criminal Code (trestní zákoník, TZ):
``§ 340 TZ`` (organising and facilitating illegal border crossing) and ``§ 168 TZ``
(trafficking in human beings); money laundering as "legalisation of proceeds of crime
(§ 216 TZ)". Counts with a space thousands separator or the unit ``os.``; one GPS
column in the mapy.cz style ``50.4123456N, 16.2345678E`` (``W`` for west), Google
degrees-minutes-seconds, or a decimal-comma pair. It re-reports Greek and French
Channel cases and Romanian-labour cases detected in Italy.

``ccpd_le_perthus_as.csv`` -- Franco-Spanish Police and Customs Cooperation Centre
(CCPD) of Le Perthus: Spanish detections (Canaries, Alborán, Andalusia) and French
detections (Channel coast) exchanged between the two sides. French values under French /
Spanish headers (``Date des faits / Fecha hechos``, ``Nb mis en cause``, ``Vecteur``),
**UTF-8 with BOM**, ``,`` delimiter (so decimal-comma coordinates are quoted). Dates
``14/03/2022``, ``14/03/22``, ``14 mars 2022`` (``1er mars 2022``), ``14-03-2022``, ISO;
partial ``mars 2022``, ``marzo 2022``, ``03/2022``, ``T1 2022``, ``2e trimestre 2022``.
Offences ``aide à l'entrée irrégulière (art. L823-1 CESEDA)`` (``L622-1`` before the May
2021 recodification), ``TEH``, ``traite des êtres humains (art. 225-4-1 CP)`` and, from
the Spanish side, ``art. 318 bis`` / ``177 bis CP``. Transport as the French police
"vecteur" (``maritime``, ``routier``, ``PL``, ``VL``, ``patera``, ``cayuco``,
``small boat`` by route); exploitation ``proxénétisme`` or ``SO`` (sans objet) for
smuggling. Counts with a narrow no-break space (``1 250``); zero suspects ``néant``;
placeholders ``NC``, ``non renseigné``. Coordinates as degrees and decimal minutes
``N 27°55,123' O 15°23,456'`` (``O`` = ouest), decimal-comma pairs or dotted pairs. A
few cells carry UTF-8 mojibake (``SÃ©nÃ©gal``) and a few Spanish country names. It
re-reports Nigerian and Romanian trafficking cases detected in Italy.

``cjpcamcc_as.jsonl`` -- Commission of Chiefs of Police of Central America, Mexico, the
Caribbean and Colombia (CJPCAMCC), regional exchange platform: Panamanian (Darién) and
US southwest-border detections reported by member and observer forces. Spanish
snake-case keys (``fecha_evento``, ``cant_personas``, ``paises_transito``), UTF-8. Dates
ISO (some with ``T00:00:00``), ``14/03/2022``, ``14-mar-2022``, ``14 de marzo de 2022``;
partial ``2022-03``, ``marzo 2022``, ``2022-T1``, ``II trimestre 2022``. Offences
``tráfico ilícito de migrantes`` / ``TIM``, ``trata de personas`` and, for US cases,
``8 U.S.C. § 1324`` and ``18 U.S.C. § 1591`` / ``§ 1589``. Ages ``NNA`` (niñas, niños y
adolescentes). Counts and coordinates as JSON numbers or text (``1,250``; ``77.51234 O``
with ``O`` = oeste; degrees-minutes-seconds); transport by route (``a pie por la selva``
in the Darién, ``caja seca de tráiler`` on the US border); transit and linked offences
sometimes as JSON arrays. Placeholders ``s/d``, ``N/D``, ``se desconoce``; zero suspects
``ninguno``. The platform re-delivers some lines (exact repeats).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
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

__all__ = ["BLIND43_SOURCES", "Blind43Source", "make_blind43"]

_Rng = np.random.Generator
_Tags = list[str]
_DateOut = tuple[object, pd.Timestamp, str, _Tags]
_CoordOut = tuple[dict[str, object], float | None, float | None, _Tags]

# Shares of the messiness (of the rows that may carry it).
_MONTH_SHARE = 0.06
_QUARTER_SHARE = 0.03
_COUNT_UNKNOWN = 0.02
_SUSPECTS_UNKNOWN = 0.03
_ZERO_WORD = 0.5
_NAT_UNKNOWN = 0.015
_GENDER_UNKNOWN = 0.015
_AGE_NA = 0.02
_TRANSPORT_NA = 0.015
_COORDS_MISSING = 0.04
_COORDS_PLACEHOLDER = 0.02

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MONTHS_EN = tuple(
    "January February March April May June July August September October November December".split()
)
_MONTHS_FR = tuple(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
_MONTHS_ES = tuple(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split()
)
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ORD_EN = ("1st", "2nd", "3rd", "4th")
_ORD_FR = ("1er", "2e", "3e", "4e")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    if isinstance(value, int | np.integer):
        return int(value)
    raise DataContractError(f"expected a whole number in the truth, got {value!r}.")


def _float(value: object) -> float:
    if isinstance(value, int | float | np.integer | np.floating):
        return float(value)
    raise DataContractError(f"expected a number in the truth, got {value!r}.")


def _opt(rng: _Rng, options: tuple[str, ...]) -> str | None:
    """Draw one option; the empty string stands for an empty cell (None)."""
    text = choice(rng, options)
    return text or None


def _fields(ts: pd.Timestamp) -> dict[str, object]:
    """Every piece a date writer may use."""
    q = (ts.month - 1) // 3 + 1
    return {
        "y": ts.year,
        "yy": f"{ts.year % 100:02d}",
        "m": ts.month,
        "mm": f"{ts.month:02d}",
        "d": ts.day,
        "dd": f"{ts.day:02d}",
        "d_fr": "1er" if ts.day == 1 else str(ts.day),
        "month_en": _MONTHS_EN[ts.month - 1],
        "month_fr": _MONTHS_FR[ts.month - 1],
        "month_es": _MONTHS_ES[ts.month - 1],
        "mon_es": _MON_ES[ts.month - 1],
        "m_roman": _ROMAN[ts.month - 1],
        "q": q,
        "q_roman": _ROMAN[q - 1],
        "q_en": _ORD_EN[q - 1],
        "q_fr": _ORD_FR[q - 1],
    }


def _date_text(
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
    day: tuple[str, ...],
    month: tuple[str, ...],
    quarter: tuple[str, ...],
) -> _DateOut:
    """Write a date with one of a source's patterns; partial dates when allowed."""
    f = _fields(ts)
    r = rng.random()
    if partial_ok and r < _MONTH_SHARE:
        start = ts.to_period("M").start_time
        return choice(rng, month).format(**f), start, "month", ["partial_month"]
    if partial_ok and r < _MONTH_SHARE + _QUARTER_SHARE:
        start = ts.to_period("Q").start_time
        return choice(rng, quarter).format(**f), start, "quarter", ["partial_quarter"]
    return choice(rng, day).format(**f), ts.normalize(), "day", []


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with a one-digit typo in the year, a decade ahead."""
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (to a tenth) with a hemisphere letter."""
    a = abs(value)
    d = int(a)
    m = int((a - d) * 60)
    s = round(((a - d) * 60 - m) * 60, 1)
    if s >= 60.0:
        s, m = 0.0, m + 1
    if m >= 60:
        m, d = 0, d + 1
    hemi = pos if value >= 0 else neg
    text = f"{d}°{m:02d}'{s:04.1f}\"{hemi}"
    back = d + m / 60 + s / 3600
    return text, back if value >= 0 else -back


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (to a thousandth), and the value they give back."""
    a = abs(value)
    d = int(a)
    mins = round((a - d) * 60, 3)
    if mins >= 60.0:
        d, mins = d + 1, 0.0
    back = d + mins / 60
    return d, mins, back if value >= 0 else -back


def _comma(value: float, places: int) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# Country names
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
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
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GIN": ("Guinea", "Guinea-Conakry"),
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
    "USA": ("USA", "United States"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, str] = {
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
#: Hungarian clerks' English: the long forms the Hungarian registers use.
_HU_NAMES: dict[str, tuple[str, ...]] = {
    **_EN_NAMES,
    "GBR": ("Great Britain", "United Kingdom", "UK"),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "IRN": ("Iran", "Islamic Republic of Iran"),
}
#: Bosnian registers: the official long names of the neighbours.
_BIH_NAMES: dict[str, tuple[str, ...]] = {
    **_EN_NAMES,
    "HRV": ("Republic of Croatia", "Croatia"),
    "SRB": ("Republic of Serbia", "Serbia"),
    "TUR": ("Republic of Türkiye", "Turkey", "Türkiye"),
    "MKD": ("North Macedonia", "Republic of North Macedonia"),
    "BIH": ("BiH", "Bosnia and Herzegovina"),
}
#: French names; demonyms as (masculine, feminine).
_FR_NAMES: dict[str, tuple[str, ...]] = {
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
    "RUS": ("Russie",),
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
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
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
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
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
    "PAN": ("Panamá", "Panama"),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EUA"),
    "VEN": ("Venezuela", "República Bolivariana de Venezuela"),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: dict[str, tuple[str, str]] = {
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


def _name(table: Mapping[str, tuple[str, ...]], code: str, rng: _Rng) -> str:
    """Return a country's name from a table, or its ISO alpha-3 code if it lacks one."""
    names = table.get(code)
    return choice(rng, names) if names else code


def _country_en(
    names: Mapping[str, tuple[str, ...]],
    nat: tuple[float, float, float],
    other_code_share: float,
    alpha2: bool,
) -> Callable[[str, str, dict[str, object], _Rng], tuple[str, _Tags]]:
    """Return an English country writer (demonym, name and code shares)."""

    def write(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, _Tags]:
        r = rng.random()
        a2, _ = iso_codes(code)
        as_code = a2 if alpha2 else code
        if role == "nationality":
            if r < nat[0] and code in _EN_DEMONYMS:
                return _EN_DEMONYMS[code], ["demonym"]
            if r < nat[0] + nat[1]:
                return _name(names, code, rng), []
            if r < nat[0] + nat[1] + nat[2]:
                return as_code, ["iso_code"]
            return code, ["iso3_code"]
        if r < other_code_share:
            return as_code, ["iso_code"]
        return _name(names, code, rng), []

    return write


def _country_fr(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, _Tags]:
    """CCPD: French names and gendered demonyms, a few Spanish names, a few ISO codes."""
    r = rng.random()
    if r < 0.06:
        return _name(_ES_NAMES, code, rng), ["spanish_name"]
    if r < 0.12:
        return iso_codes(code)[0], ["iso_code"]
    if role == "nationality" and code in _FR_DEMONYMS and r < 0.6:
        masc, fem = _FR_DEMONYMS[code]
        word = fem if ev.get("gender") == "female" else masc
        if rng.random() < 0.3:
            word = word.upper()
        return word, ["demonym"]
    return _name(_FR_NAMES, code, rng), []


def _country_es(code: str, role: str, ev: dict[str, object], rng: _Rng) -> tuple[str, _Tags]:
    """CJPCAMCC: Spanish names and gendered demonyms, some ISO alpha-3 codes."""
    r = rng.random()
    if r < 0.12:
        return code, ["iso3_code"]
    if role == "nationality" and code in _ES_DEMONYMS and r < 0.55:
        masc, fem = _ES_DEMONYMS[code]
        return (fem if ev.get("gender") == "female" else masc), ["demonym"]
    return _name(_ES_NAMES, code, rng), []


# --------------------------------------------------------------------------------------
# Transit routes
# --------------------------------------------------------------------------------------
def _codes(route: str | None) -> list[str]:
    return route.split("|") if route else []


def _transit_hu(route: str | None, rng: _Rng) -> tuple[object, _Tags]:
    codes = _codes(route)
    if not codes:
        return _opt(rng, ("", "-", "direct")), []
    r = rng.random()
    if r < 0.35:
        return "-".join(iso_codes(c)[0] for c in codes), ["iso_code"]
    sep = ", " if r < 0.75 else " > "
    return sep.join(_name(_HU_NAMES, c, rng) for c in codes), []


def _transit_bih(route: str | None, rng: _Rng) -> tuple[object, _Tags]:
    codes = _codes(route)
    if not codes:
        return _opt(rng, ("", "N/A", "direct")), []
    r = rng.random()
    if r < 0.3:
        return "-".join(codes), ["iso3_code"]
    sep = " - " if r < 0.7 else ", "
    return sep.join(_name(_BIH_NAMES, c, rng) for c in codes), []


def _transit_cz(route: str | None, rng: _Rng) -> tuple[object, _Tags]:
    codes = _codes(route)
    if not codes:
        return _opt(rng, ("", "none")), []
    r = rng.random()
    if r < 0.3:
        return ", ".join(iso_codes(c)[0] for c in codes), ["iso_code"]
    sep = " → " if r < 0.7 else ", "
    return sep.join(_name(_EN_NAMES, c, rng) for c in codes), []


def _transit_fr(route: str | None, rng: _Rng) -> tuple[object, _Tags]:
    codes = _codes(route)
    if not codes:
        return _opt(rng, ("", "direct", "néant")), []
    r = rng.random()
    if r < 0.25:
        return "/".join(iso_codes(c)[0] for c in codes), ["iso_code"]
    names = [_name(_FR_NAMES, c, rng) for c in codes]
    if r < 0.55:
        return ", ".join(names), []
    if r < 0.8:
        return " – ".join(names), []
    return "via " + ", ".join(names), []


def _transit_es(route: str | None, rng: _Rng) -> tuple[object, _Tags]:
    codes = _codes(route)
    if not codes:
        return _opt(rng, ("", "ninguno", "directo")), []
    r = rng.random()
    names = [_name(_ES_NAMES, c, rng) for c in codes]
    if r < 0.3:
        return names, ["json_array"]
    if r < 0.5:
        return ", ".join(codes), ["iso3_code"]
    sep = " - " if r < 0.85 else " > "
    return sep.join(names), []


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date_hu(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = (
        *("{y}.{mm}.{dd}.",) * 5,
        *("{y}. {mm}. {dd}.",) * 2,
        *("{y}.{mm}.{dd}",) * 2,
        "{y}-{mm}-{dd}",
        "{dd}.{mm}.{y}",
    )
    month = ("{y}.{mm}.", "{y}. {mm}.", "{month_en} {y}", "{y} {month_en}")
    quarter = ("{y} Q{q}", "Q{q} {y}", "{y}/Q{q}", "{q_en} quarter {y}")
    return _date_text(ts, rng, partial_ok, day, month, quarter)


def _bad_hu(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return "{y}.{mm}.{dd}.".format(**_fields(_future(ts)))
    return choice(rng, ("{y}.02.30.", "{y}.02.31.", "{y}.13.{dd}.", "{y}. 02. 30.")).format(
        **_fields(ts)
    )


def _date_bih(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    f = _fields(ts)
    r = rng.random()
    if partial_ok and r < _MONTH_SHARE:
        text = choice(rng, ("{mm}.{y}.", "{month_en} {y}", "{m}/{y}")).format(**f)
        return text, ts.to_period("M").start_time, "month", ["partial_month"]
    if partial_ok and r < _MONTH_SHARE + _QUARTER_SHARE:
        text = choice(rng, ("Q{q} {y}", "{q_roman} quarter {y}", "{q_en} quarter {y}")).format(**f)
        return text, ts.to_period("Q").start_time, "quarter", ["partial_quarter"]
    day = ts.normalize()
    r = rng.random()
    if r < 0.55:
        return day.to_pydatetime(), day, "day", ["excel_date"]
    if r < 0.7:
        return int((day - _EXCEL_EPOCH).days), day, "day", ["excel_serial"]
    if r < 0.9:
        return "{dd}.{mm}.{y}.".format(**f), day, "day", ["date_text"]
    return "{d}.{m}.{y}".format(**f), day, "day", ["date_text"]


def _bad_bih(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _future(ts).to_pydatetime()
    return choice(rng, ("30.02.{y}.", "31.02.{y}.", "{dd}.13.{y}.")).format(**_fields(ts))


def _date_cz(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = (
        *("{d}. {m}. {y}",) * 4,
        *("{d}.{m}.{y}",) * 2,
        *("{dd}.{mm}.{y}",) * 2,
        "{y}-{mm}-{dd}",
        "{d}. {m_roman}. {y}",
    )
    month = ("{m}/{y}", "{mm}/{y}", "{month_en} {y}")
    quarter = ("Q{q}/{y}", "{q}Q {y}", "Q{q} {y}")
    return _date_text(ts, rng, partial_ok, day, month, quarter)


def _bad_cz(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return "{d}. {m}. {y}".format(**_fields(_future(ts)))
    return choice(rng, ("30. 2. {y}", "31.2.{y}", "{d}. 13. {y}")).format(**_fields(ts))


def _date_fr(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = (
        *("{dd}/{mm}/{y}",) * 5,
        *("{dd}/{mm}/{yy}",) * 2,
        *("{d_fr} {month_fr} {y}",) * 2,
        "{dd}-{mm}-{y}",
        "{y}-{mm}-{dd}",
    )
    month = ("{month_fr} {y}", "{mm}/{y}", "{month_es} {y}")
    quarter = ("T{q} {y}", "{q_fr} trimestre {y}", "{y}-T{q}")
    return _date_text(ts, rng, partial_ok, day, month, quarter)


def _bad_fr(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return "{dd}/{mm}/{y}".format(**_fields(_future(ts)))
    return choice(rng, ("31/02/{y}", "30/02/{yy}", "{dd}/13/{y}")).format(**_fields(ts))


def _date_es(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    day = (
        *("{y}-{mm}-{dd}",) * 4,
        *("{y}-{mm}-{dd}T00:00:00",) * 2,
        *("{dd}/{mm}/{y}",) * 2,
        "{dd}-{mon_es}-{y}",
        "{d} de {month_es} de {y}",
    )
    month = ("{y}-{mm}", "{month_es} {y}", "{mon_es}-{y}", "{month_es} de {y}")
    quarter = ("{y}-T{q}", "{q_roman} trimestre {y}", "T{q}-{y}")
    return _date_text(ts, rng, partial_ok, day, month, quarter)


def _bad_es(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return "{y}-{mm}-{dd}".format(**_fields(_future(ts)))
    return choice(rng, ("{y}-02-30", "31/02/{y}", "{y}-13-{dd}")).format(**_fields(ts))


# --------------------------------------------------------------------------------------
# Offences
# --------------------------------------------------------------------------------------
_CRIME_HU: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "human smuggling (Btk. 353. §)",
        "people smuggling",
        "Embercsempészés / people smuggling",
        "migrant smuggling",
        "Btk. 353. §",
        "facilitation of illegal border crossing",
    ),
    "trafficking": (
        "trafficking in human beings (Btk. 192. §)",
        "THB",
        "Emberkereskedelem / THB",
        "human trafficking",
        "Btk. 192. §",
    ),
    "both": (
        "THB + people smuggling",
        "Btk. 192. § + Btk. 353. §",
        "human smuggling and THB",
        "Emberkereskedelem + embercsempészés (THB + smuggling)",
    ),
}
_CRIME_BIH: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "Art. 189 CC BiH - smuggling of persons",
        "smuggling of persons (Art. 189 CC BiH)",
        "Art. 189 CC BiH",
        "human smuggling",
        "smuggling of migrants",
    ),
    "trafficking": (
        "Art. 186 CC BiH - trafficking in persons",
        "trafficking in persons (Art. 186 CC BiH)",
        "Art. 186 CC BiH",
        "THB",
    ),
    "both": (
        "Art. 186 + Art. 189 CC BiH",
        "smuggling of persons / trafficking in persons",
        "trafficking and smuggling (Art. 186, 189 CC BiH)",
    ),
}
_CRIME_CZ: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "§ 340 TZ - organising and facilitating illegal border crossing",
        "migrant smuggling (§ 340 TZ)",
        "§ 340 TZ",
        "smuggling of migrants",
        "facilitation of illegal border crossing",
    ),
    "trafficking": (
        "§ 168 TZ - trafficking in human beings",
        "THB (§ 168 TZ)",
        "§ 168 TZ",
        "trafficking in human beings",
    ),
    "both": (
        "§ 168 + § 340 TZ",
        "THB and migrant smuggling",
        "trafficking / smuggling (§ 168, § 340 TZ)",
    ),
}


def _crime_table(
    table: Mapping[str, tuple[str, ...]],
) -> Callable[[dict[str, object], _Rng], tuple[str, _Tags]]:
    def write(ev: dict[str, object], rng: _Rng) -> tuple[str, _Tags]:
        text = choice(rng, table[str(ev["crime_type"])])
        return text, (["legal_ref"] if any(ch in text for ch in "§0123456789") else [])

    return write


_RECODIFIED = pd.Timestamp("2021-05-01")  # the CESEDA renumbering (L622-1 -> L823-1)


def _crime_fr(ev: dict[str, object], rng: _Rng) -> tuple[str, _Tags]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    art = "L622-1" if ts < _RECODIFIED else "L823-1"
    table = {
        "smuggling": (
            f"aide à l'entrée irrégulière (art. {art} CESEDA)",
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "filière d'immigration irrégulière",
            f"art. {art} CESEDA",
            "ayuda a la inmigración irregular (art. 318 bis CP)",
        ),
        "trafficking": (
            "traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "traite des êtres humains",
            "trata de seres humanos (art. 177 bis CP)",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière",
            "traite et trafic de migrants",
            f"art. 225-4-1 CP + art. {art} CESEDA",
            "trata y tráfico (arts. 177 bis y 318 bis CP)",
        ),
    }
    text = choice(rng, table[str(ev["crime_type"])])
    return text, (["legal_ref"] if "art" in text else [])


def _crime_es(ev: dict[str, object], rng: _Rng) -> tuple[str, _Tags]:
    crime = str(ev["crime_type"])
    us = ev.get("detection_country") == "USA"
    if crime == "smuggling":
        options: tuple[str, ...] = (
            "Tráfico ilícito de migrantes",
            "tráfico de migrantes",
            "TIM",
            "facilitación de ingreso irregular",
        )
        if us:
            options += ("tráfico ilícito de migrantes (8 U.S.C. § 1324)", "8 U.S.C. § 1324")
    elif crime == "trafficking":
        options = ("Trata de personas", "trata", "trata de personas (TdP)")
        if us and ev.get("exploitation") == "sexual":
            options += ("trata con fines de explotación sexual (18 U.S.C. § 1591)",)
        if us and ev.get("exploitation") == "forced_labour":
            options += ("trata - trabajo forzoso (18 U.S.C. § 1589)",)
    else:
        options = (
            "trata de personas y tráfico ilícito de migrantes",
            "TIM / trata",
            "trata y tráfico de migrantes",
        )
        if us:
            options += ("8 U.S.C. § 1324 + trata de personas",)
    text = choice(rng, options)
    return text, (["legal_ref"] if "U.S.C." in text else [])


_EXPL_EN: dict[str, tuple[str, ...]] = {
    "sexual": ("sexual exploitation", "sexual", "forced prostitution"),
    "forced_labour": ("labour exploitation", "forced labour", "labor exploitation"),
    "forced_criminality": (
        "forced criminality",
        "exploitation of criminal activities",
        "forced criminal activities",
    ),
    "forced_marriage": ("forced marriage",),
    "organ_removal": ("removal of organs",),
    "other": ("other", "other form of exploitation"),
}
_EXPL_FR: dict[str, tuple[str, ...]] = {
    "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution forcée"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre", "autre forme d'exploitation"),
}
_EXPL_ES: dict[str, tuple[str, ...]] = {
    "sexual": ("explotación sexual", "sexual", "fines de explotación sexual"),
    "forced_labour": ("trabajo forzoso", "explotación laboral", "trabajos forzados"),
    "forced_criminality": ("explotación para actividades delictivas", "criminalidad forzada"),
    "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
    "organ_removal": ("extracción de órganos",),
    "other": ("otra", "otros fines de explotación"),
}

_LINKED_HU: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "document fraud",
        "forgery of public documents (Btk. 342. §)",
        "false documents",
    ),
    "corruption": ("bribery", "corruption", "bribery (Btk. 290. §)"),
    "money_laundering": ("money laundering", "money laundering (Btk. 399. §)"),
    "illicit_goods": ("drug trafficking", "illicit goods", "drug trafficking (Btk. 176. §)"),
    "cybercrime": ("cybercrime", "cyber crime"),
    "terrorism": ("terrorism",),
}
_LINKED_BIH: dict[str, tuple[str, ...]] = {
    "document_fraud": ("forgery of documents", "false documents", "document forgery"),
    "corruption": ("bribery", "corruption"),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drugs", "smuggling of goods", "weapons trafficking"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}
_LINKED_CZ: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "forgery of public documents (§ 348 TZ)",
        "document fraud",
        "false documents",
    ),
    "corruption": ("bribery (§ 332 TZ)", "corruption"),
    "money_laundering": ("legalisation of proceeds of crime (§ 216 TZ)", "money laundering"),
    "illicit_goods": ("drugs (§ 283 TZ)", "illicit goods", "drugs"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}
_LINKED_FR: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "faux documents",
        "usage de faux",
        "fraude documentaire",
        "faux et usage de faux",
    ),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment", "blanchiment d'argent"),
    "illicit_goods": ("stupéfiants", "trafic de stupéfiants", "contrebande"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_LINKED_ES: dict[str, tuple[str, ...]] = {
    "document_fraud": (
        "falsificación de documentos",
        "documentos falsos",
        "uso de documento falso",
    ),
    "corruption": ("corrupción", "cohecho"),
    "money_laundering": ("lavado de activos", "blanqueo de capitales", "lavado de dinero"),
    "illicit_goods": ("narcotráfico", "contrabando", "tráfico de drogas"),
    "cybercrime": ("delitos informáticos", "ciberdelito"),
    "terrorism": ("terrorismo",),
}


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _count_hu(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000:
        r = rng.random()
        if r < 0.5:
            return _grouped(n, "\xa0"), ["thousands_sep"]
        if r < 0.8:
            return _grouped(n, " "), ["thousands_sep"]
        return str(n), []
    if rng.random() < 0.08:
        return f"{n} fő", ["count_unit"]
    return str(n), []


def _count_bih(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000:
        return (_grouped(n, "."), ["thousands_sep"]) if rng.random() < 0.4 else (n, [])
    if rng.random() < 0.05:
        return f"{n} persons", ["count_unit"]
    return n, []


def _count_cz(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000:
        return (_grouped(n, " "), ["thousands_sep"]) if rng.random() < 0.6 else (str(n), [])
    if rng.random() < 0.05:
        return f"{n} os.", ["count_unit"]
    return str(n), []


def _count_fr(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000:
        sep = choice(rng, ("\u202f", "\u202f", "\xa0", " ", ""))
        return _grouped(n, sep), (["thousands_sep"] if sep else [])
    if rng.random() < 0.06:
        return f"{n} pers.", ["count_unit"]
    return str(n), []


def _count_es(n: int, rng: _Rng) -> tuple[object, _Tags]:
    if n >= 1000:
        return (_grouped(n, ","), ["thousands_sep"]) if rng.random() < 0.5 else (n, [])
    return (str(n), ["number_as_text"]) if rng.random() < 0.2 else (n, [])


def _text_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    return str(n), []


def _number_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    return n, []


def _mixed_count(n: int, rng: _Rng) -> tuple[object, _Tags]:
    return (str(n), ["number_as_text"]) if rng.random() < 0.2 else (n, [])


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _coords_hu(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    r = rng.random()
    if r < 0.7:
        return (
            {"lat": _comma(lat, 5), "lon": _comma(lon, 5)},
            round(lat, 5),
            round(lon, 5),
            ["decimal_comma"],
        )
    if r < 0.85:
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, round(lat, 5), round(lon, 5), []
    return (
        {"lat": _comma(lat, 4) + "°", "lon": _comma(lon, 4) + "°"},
        round(lat, 4),
        round(lon, 4),
        ["decimal_comma", "degree_sign"],
    )


def _coords_bih(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    r = rng.random()
    if r < 0.4:
        (la, blat), (lo, blon) = _dms(lat, "N", "S"), _dms(lon, "E", "W")
        return {"coordinates": f"{la} {lo}"}, blat, blon, ["dms"]
    alat, alon = round(lat, 5), round(lon, 5)
    if r < 0.7:
        return {"coordinates": f"{alat:.5f}, {alon:.5f}"}, alat, alon, []
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    if r < 0.85:
        text = f"{ns} {abs(alat):.5f} {ew} {abs(alon):.5f}"
    else:
        text = f"{abs(alat):.5f}{ns} {abs(alon):.5f}{ew}"
    return {"coordinates": text}, alat, alon, ["hemisphere_letters"]


def _coords_cz(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    r = rng.random()
    if r < 0.5:  # as mapy.cz copies a point
        alat, alon = round(lat, 7), round(lon, 7)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        text = f"{abs(alat):.7f}{ns}, {abs(alon):.7f}{ew}"
        return {"coordinates": text}, alat, alon, ["hemisphere_letters"]
    if r < 0.75:  # as Google Maps shows it
        (la, blat), (lo, blon) = _dms(lat, "N", "S"), _dms(lon, "E", "W")
        return {"coordinates": f"{la} {lo}"}, blat, blon, ["dms"]
    alat, alon = round(lat, 5), round(lon, 5)
    text = f"{_comma(alat, 5)}; {_comma(alon, 5)}"
    return {"coordinates": text}, alat, alon, ["decimal_comma"]


def _coords_fr(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    r = rng.random()
    if r < 0.35:  # degrees and decimal minutes, as a GPS set reads
        d1, m1, blat = _ddm(lat)
        d2, m2, blon = _ddm(lon)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        text = f"{ns} {d1}°{_comma(m1, 3)}' {ew} {d2}°{_comma(m2, 3)}'"
        return {"coordinates": text}, blat, blon, ["ddm"]
    if r < 0.7:
        alat, alon = round(lat, 5), round(lon, 5)
        text = f"{_comma(alat, 5)} / {_comma(alon, 5)}"
        return {"coordinates": text}, alat, alon, ["decimal_comma"]
    alat, alon = round(lat, 4), round(lon, 4)
    if r < 0.9:
        return {"coordinates": f"{alat:.4f}, {alon:.4f}"}, alat, alon, []
    text = f"lat. {_comma(alat, 4)} long. {_comma(alon, 4)}"
    return {"coordinates": text}, alat, alon, ["decimal_comma"]


def _coords_es(lat: float, lon: float, rng: _Rng) -> _CoordOut:
    r = rng.random()
    alat, alon = round(lat, 5), round(lon, 5)
    if r < 0.55:
        return {"lat": alat, "lon": alon}, alat, alon, []
    if r < 0.75:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        cells: dict[str, object] = {"lat": f"{abs(alat):.5f} {ns}", "lon": f"{abs(alon):.5f} {ew}"}
        return cells, alat, alon, ["hemisphere_letters"]
    if r < 0.85:
        (la, blat), (lo, blon) = _dms(lat, "N", "S"), _dms(lon, "E", "O")
        return {"lat": la, "lon": lo}, blat, blon, ["dms"]
    return {"lat": f"{alat:.5f}", "lon": f"{alon:.5f}"}, alat, alon, ["number_as_text"]


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one agency writes each field (tables and writers)."""

    date: Callable[[pd.Timestamp, _Rng, bool], _DateOut]
    bad_date: Callable[[pd.Timestamp, str, _Rng], object]
    note_date: Callable[[pd.Timestamp], object]
    crime: Callable[[dict[str, object], _Rng], tuple[str, _Tags]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]
    gender: Mapping[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    country: Callable[[str, str, dict[str, object], _Rng], tuple[str, _Tags]]
    nationality_unknown: tuple[str, ...]
    transit: Callable[[str | None, _Rng], tuple[object, _Tags]]
    count: Callable[[int, _Rng], tuple[object, _Tags]]
    count_unknown: tuple[str, ...]
    suspects: Callable[[int, _Rng], tuple[object, _Tags]]
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    coords: Callable[[float, float, _Rng], _CoordOut]
    coords_unknown: tuple[str, ...]
    linked: Mapping[str, tuple[str, ...]]
    linked_sep: tuple[str, ...]
    linked_none: tuple[str, ...]
    linked_array: float = 0.0
    transport_by_corridor: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None
    upper_share: float = 0.0
    trailing_space_share: float = 0.0
    mojibake_share: float = 0.0


@dataclass(frozen=True)
class Blind43Source(ExaminerSource):
    """An agency of the ``blind43`` set: the shared source description and its wording.

    Attributes
    ----------
    wording : _Wording
        How the agency writes each field.
    """

    wording: _Wording


_HU = _Wording(
    date=_date_hu,
    bad_date=_bad_hu,
    note_date=lambda last: "{y}.{mm}.{dd}.".format(**_fields(last)),
    crime=_crime_table(_CRIME_HU),
    exploitation=_EXPL_EN,
    no_exploitation=("", "-", "n/a"),
    gender={
        "male": ("male", "M", "men"),
        "female": ("female", "F", "women"),
        "mixed": ("mixed", "M+F", "male/female", "men and women"),
    },
    gender_unknown=("", "n/k"),
    age={
        "adult": ("adult", "18+", "adults"),
        "child": ("minor", "UAM", "minors", "under 18"),
        "mixed": ("adults + minors", "mixed", "adults and minors"),
    },
    transport={
        "sea": ("boat", "rubber dinghy", "fishing boat", "sailing boat", "small boat"),
        "land": ("lorry", "HGV", "truck", "van", "car", "on foot", "train"),
        "air": ("by air", "flight", "commercial flight"),
    },
    transport_by_corridor={
        "cmed": {"sea": ("boat", "fishing boat", "wooden boat", "metal boat", "rubber dinghy")},
        "channel": {"sea": ("small boat", "rubber dinghy"), "land": ("lorry", "HGV")},
        "blr_pol": {"land": ("on foot", "car", "van")},
    },
    na_words=("n/a", "not known"),
    country=_country_en(_HU_NAMES, (0.45, 0.35, 0.15), 0.25, alpha2=True),
    nationality_unknown=("unknown", "n/k"),
    transit=_transit_hu,
    count=_count_hu,
    count_unknown=("n/a", "unknown", "?"),
    suspects=_text_count,
    zero_words=("none", "nil"),
    suspects_unknown=("unknown", "n/k"),
    coords=_coords_hu,
    coords_unknown=("-", "n/a"),
    linked=_LINKED_HU,
    linked_sep=(", ", " + ", "; "),
    linked_none=("", "-", "none"),
    upper_share=0.06,
)
_BIH = _Wording(
    date=_date_bih,
    bad_date=_bad_bih,
    note_date=lambda last: last.normalize().to_pydatetime(),
    crime=_crime_table(_CRIME_BIH),
    exploitation=_EXPL_EN,
    no_exploitation=("", "N/A"),
    gender={
        "male": ("M", "male", "men"),
        "female": ("F", "female", "women"),
        "mixed": ("M/F", "mixed", "male and female"),
    },
    gender_unknown=("", "unknown"),
    age={
        "adult": ("adult", "18+", "adults"),
        "child": ("minor", "UAM", "minors"),
        "mixed": ("adults/minors", "mixed"),
    },
    transport={
        "sea": ("boat", "rubber boat"),
        "land": ("on foot", "truck", "freight train", "taxi", "passenger car", "van"),
        "air": ("plane", "by air"),
    },
    na_words=("N/A", "unknown"),
    country=_country_en(_BIH_NAMES, (0.3, 0.5, 0.0), 0.2, alpha2=False),
    nationality_unknown=("unknown", "N/A"),
    transit=_transit_bih,
    count=_count_bih,
    count_unknown=("N/A", "unknown"),
    suspects=_number_count,
    zero_words=("none", "nil"),
    suspects_unknown=("N.N.", "unknown"),
    coords=_coords_bih,
    coords_unknown=("N/A", "unknown"),
    linked=_LINKED_BIH,
    linked_sep=(", ", "; ", " / "),
    linked_none=("", "N/A", "none"),
    trailing_space_share=0.08,
)
_CZ = _Wording(
    date=_date_cz,
    bad_date=_bad_cz,
    note_date=lambda last: "{d}. {m}. {y}".format(**_fields(last)),
    crime=_crime_table(_CRIME_CZ),
    exploitation=_EXPL_EN,
    no_exploitation=("", "-"),
    gender={
        "male": ("male", "M", "men"),
        "female": ("female", "F", "women"),
        "mixed": ("mixed", "M/F", "both sexes"),
    },
    gender_unknown=("", "not stated"),
    age={
        "adult": ("adult", "adults"),
        "child": ("minor", "child", "minors"),
        "mixed": ("adults + minors", "mixed", "adults and children"),
    },
    transport={
        "sea": ("boat", "small boat", "vessel"),
        "land": ("lorry", "truck", "van", "car", "train", "on foot", "bus"),
        "air": ("air", "flight", "plane"),
    },
    na_words=("n/a", "not stated"),
    country=_country_en(_EN_NAMES, (0.4, 0.4, 0.2), 0.3, alpha2=True),
    nationality_unknown=("not established", "unknown"),
    transit=_transit_cz,
    count=_count_cz,
    count_unknown=("unknown", "not established"),
    suspects=_text_count,
    zero_words=("none", "no suspect"),
    suspects_unknown=("unknown", "not identified"),
    coords=_coords_cz,
    coords_unknown=("not available", "n/a"),
    linked=_LINKED_CZ,
    linked_sep=(", ", "; "),
    linked_none=("", "none", "-"),
)
_FR = _Wording(
    date=_date_fr,
    bad_date=_bad_fr,
    note_date=lambda last: "{dd}/{mm}/{y}".format(**_fields(last)),
    crime=_crime_fr,
    exploitation=_EXPL_FR,
    no_exploitation=("", "SO", "sans objet", "-"),
    gender={
        "male": ("H", "masculin", "hommes"),
        "female": ("F", "féminin", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    gender_unknown=("", "NC"),
    age={
        "adult": ("majeur", "adulte", "majeurs"),
        "child": ("mineur", "MNA", "mineurs"),
        "mixed": ("majeurs et mineurs", "mixte", "majeurs + mineurs"),
    },
    transport={
        "sea": ("maritime", "embarcation", "pneumatique", "bateau"),
        "land": ("routier", "poids lourd", "PL", "VL", "à pied", "autocar", "ferroviaire"),
        "air": ("aérien", "avion", "vol commercial"),
    },
    transport_by_corridor={
        "watl": {"sea": ("cayuco", "pirogue", "maritime", "embarcation")},
        "wmed": {
            "sea": ("patera", "pneumatique", "embarcation", "maritime"),
            "land": ("à pied", "routier", "VL"),
        },
        "channel": {
            "sea": ("small boat", "pneumatique", "embarcation", "maritime"),
            "land": ("PL", "poids lourd", "routier"),
        },
    },
    na_words=("NC", "non renseigné"),
    country=_country_fr,
    nationality_unknown=("inconnue", "NC"),
    transit=_transit_fr,
    count=_count_fr,
    count_unknown=("NC", "inconnu", "n.c."),
    suspects=_text_count,
    zero_words=("néant", "aucun"),
    suspects_unknown=("NC", "inconnu", "non identifiés"),
    coords=_coords_fr,
    coords_unknown=("NC", "non renseigné"),
    linked=_LINKED_FR,
    linked_sep=(" / ", ", ", " + "),
    linked_none=("", "néant"),
    mojibake_share=0.05,
)
_ES = _Wording(
    date=_date_es,
    bad_date=_bad_es,
    note_date=lambda last: "{y}-{mm}-{dd}".format(**_fields(last)),
    crime=_crime_es,
    exploitation=_EXPL_ES,
    no_exploitation=("", "no aplica", "N/A"),
    gender={
        "male": ("masculino", "hombre", "hombres"),
        "female": ("femenino", "mujer", "mujeres"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
    gender_unknown=("", "s/d"),
    age={
        "adult": ("adulto", "mayor de edad", "adultos"),
        "child": ("menor de edad", "NNA", "menores"),
        "mixed": ("adultos y NNA", "mixto", "adultos y menores"),
    },
    transport={
        "sea": ("marítimo", "lancha", "embarcación", "vía marítima"),
        "land": ("terrestre", "a pie", "autobús", "camión", "tráiler", "vehículo particular"),
        "air": ("aéreo", "vuelo comercial", "vía aérea"),
    },
    transport_by_corridor={
        "darien": {"land": ("a pie", "caminando", "terrestre", "a pie por la selva")},
        "us_mex": {
            "land": ("tráiler", "caja seca de tráiler", "vehículo particular", "a pie", "terrestre")
        },
    },
    na_words=("s/d", "N/D"),
    country=_country_es,
    nationality_unknown=("s/d", "se desconoce"),
    transit=_transit_es,
    count=_count_es,
    count_unknown=("s/d", "sin dato", "N/D"),
    suspects=_mixed_count,
    zero_words=("ninguno", "cero"),
    suspects_unknown=("s/d", "se desconoce"),
    coords=_coords_es,
    coords_unknown=("s/d", "N/D"),
    linked=_LINKED_ES,
    linked_sep=("; ", ", "),
    linked_none=("", "ninguno"),
    linked_array=0.25,
)

#: The five agencies of the set, in the order their submissions are returned.
BLIND43_SOURCES: tuple[Blind43Source, ...] = (
    Blind43Source(
        source="orfk_nebek",
        filename="orfk_nebek_as.csv",
        ref="NEBEK-{seq:05d}/{year}",
        format="csv",
        encoding="cp1250",
        delimiter=";",
        language="en",
        headers={
            "source_ref": "Ügyszám / Case No.",
            "event_date": "Esemény dátuma / Date of event",
            "crime_type": "Bűncselekmény / Offence",
            "exploitation": "Kizsákmányolás formája / Form of exploitation",
            "n_persons": "Érintett személyek (fő) / Persons",
            "n_suspects": "Gyanúsítottak (fő) / Suspects",
            "gender": "Nem / Sex",
            "age_group": "Korcsoport / Age group",
            "nationality": "Állampolgárság / Citizenship",
            "origin_country": "Származási ország / Country of origin",
            "destination_country": "Célország / Destination",
            "detection_country": "Felderítés helye (ország) / Country of detection",
            "transit_countries": "Tranzitországok / Transit countries",
            "transport_mode": "Közlekedési eszköz / Means of transport",
            "lat": "Szélesség (WGS84) / Latitude",
            "lon": "Hosszúság (WGS84) / Longitude",
            "linked_offences": "Kapcsolódó bűncselekmények / Related offences",
        },
        note="Megjegyzés / Note: előzetes adatok – preliminary figures, subject to change",
        total="ÖSSZESEN / TOTAL",
        bad_count=("several", "több", "a group"),
        repeats=True,
        wording=_HU,
    ),
    Blind43Source(
        source="granicna_policija_bih",
        filename="granicna_policija_bih_as.xlsx",
        ref="GP-{seq:04d}/{yy:02d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Reg. No.",
            "event_date": "Date of apprehension",
            "detection_country": "State of detection",
            "crime_type": "Criminal offence (CC BiH)",
            "exploitation": "Type of exploitation",
            "n_persons": "No. of migrants/victims",
            "n_suspects": "No. of perpetrators",
            "nationality": "Citizenship",
            "gender": "Gender",
            "age_group": "Adult/Minor",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "transit_countries": "Route (transit states)",
            "transport_mode": "Modus (transport)",
            "coordinates": "GPS position",
            "linked_offences": "Other offences",
        },
        note="Note: data on Croatian interceptions received via the joint contact centre",
        total="TOTAL",
        bad_count=("several", "group", "many"),
        repeats=False,
        wording=_BIH,
    ),
    Blind43Source(
        source="policie_cr",
        filename="policie_cr_as.csv",
        ref="ŘSCP-{seq:05d}-1/ČJ-{year}-990031",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Č.j. / Ref. No.",
            "event_date": "Date of detection",
            "detection_country": "Country of detection",
            "crime_type": "Criminal offence (TZ)",
            "exploitation": "Purpose of exploitation",
            "n_persons": "Persons (total)",
            "n_suspects": "Suspects",
            "gender": "Sex",
            "age_group": "Age category",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route",
            "destination_country": "Final destination",
            "transport_mode": "Means of transport",
            "coordinates": "GPS",
            "linked_offences": "Related crime",
        },
        note="Pozn. / Note: extract from the case registry, preliminary",
        total="Celkem / Total",
        bad_count=("several", "a few", "dozens"),
        repeats=False,
        wording=_CZ,
    ),
    Blind43Source(
        source="ccpd_le_perthus",
        filename="ccpd_le_perthus_as.csv",
        ref="CCPD66/{year}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="fr",
        headers={
            "source_ref": "N° fiche / N.º ficha",
            "event_date": "Date des faits / Fecha hechos",
            "detection_country": "Pays de constatation / País",
            "crime_type": "Qualification / Tipificación",
            "exploitation": "Finalité d'exploitation",
            "n_persons": "Nb pers. concernées",
            "n_suspects": "Nb mis en cause (MEC)",
            "gender": "Sexe",
            "age_group": "Majeurs/Mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine / País de origen",
            "destination_country": "Destination finale",
            "transit_countries": "Itinéraire (transit)",
            "transport_mode": "Vecteur",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="NB : extraction provisoire - données non consolidées / datos provisionales",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux", "groupe"),
        repeats=False,
        wording=_FR,
    ),
    Blind43Source(
        source="cjpcamcc",
        filename="cjpcamcc_as.jsonl",
        ref="CJP-{yy:02d}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "no_caso",
            "event_date": "fecha_evento",
            "detection_country": "pais_intercepcion",
            "crime_type": "delito",
            "exploitation": "fin_explotacion",
            "n_persons": "cant_personas",
            "n_suspects": "cant_presuntos_responsables",
            "gender": "sexo",
            "age_group": "grupo_etario",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_conexos",
        },
        note="NOTA: corte preliminar, cifras sujetas a validación de los países miembros",
        total="TOTAL REGIONAL",
        bad_count=("varios", "grupo", "decenas"),
        repeats=True,
        wording=_ES,
    ),
)

_PRIMARY: dict[str, str] = {
    "HRV": "granicna_policija_bih",
    "POL": "policie_cr",
    "GBR": "policie_cr",
    "ESP": "ccpd_le_perthus",
    "FRA": "ccpd_le_perthus",
    "PAN": "cjpcamcc",
    "USA": "cjpcamcc",
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("wbal", "HRV"): "orfk_nebek",
    ("blr_pol", "POL"): "orfk_nebek",
    ("channel", "GBR"): "orfk_nebek",
    ("thb_vnm_gbr", "GBR"): "orfk_nebek",
    ("thb_rou_esp", "ESP"): "orfk_nebek",
    ("emed", "GRC"): "policie_cr",
    ("channel", "FRA"): "policie_cr",
    ("thb_rou_esp", "ITA"): "ccpd_le_perthus",
    ("thb_nga_ita", "ITA"): "ccpd_le_perthus",
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _fit(text: str, src: ExaminerSource) -> str:
    """Text the source's encoding can hold (accents dropped only if it cannot)."""
    if fits(text, src):
        return text
    plain = text.translate(str.maketrans("őűŐŰ“”–", 'ouOU""-'))
    return plain if fits(plain, src) else plain.encode("ascii", "replace").decode("ascii")


def _country_cell(
    src: Blind43Source, code: str, role: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, _Tags]:
    w = src.wording
    text, tags = w.country(code, role, ev, rng)
    if w.upper_share and rng.random() < w.upper_share:
        text, tags = text.upper(), [*tags, "upper_case"]
    return text, tags


def _render(
    src: Blind43Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    w = src.wording
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date
    cell, day, precision, t = w.date(ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tags += t

    # Offence and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"], t = w.crime(ev, rng)
    exp["crime_type"] = crime
    tags += t
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _opt(rng, w.no_exploitation)
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    # Persons
    n = _int(ev["n_persons"])
    if rng.random() < _COUNT_UNKNOWN:
        cells["n_persons"], exp["n_persons"] = choice(rng, w.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = w.count(n, rng)
        exp["n_persons"] = n
        tags += t

    # Suspects
    k = _int(ev["n_suspects"])
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < _SUSPECTS_UNKNOWN:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.suspects_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < _ZERO_WORD:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], t = w.suspects(k, rng)
        exp["n_suspects"] = k
        tags += t

    # Gender and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < _GENDER_UNKNOWN:
        cells["gender"], exp["gender"] = _opt(rng, w.gender_unknown), "unknown"
        tags.append("blank_gender")
    else:
        options = w.gender[gender]
        cells["gender"] = choice(rng, options[:2] if n == 1 else options)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < _AGE_NA:
        cells["age_group"], exp["age_group"] = choice(rng, w.na_words), "unknown"
        tags.append("na_word")
    else:
        options = w.age[age]
        cells["age_group"] = choice(rng, options[:2] if n == 1 else options)
        exp["age_group"] = age

    # Countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < _NAT_UNKNOWN:
        cells["nationality"], exp["nationality"] = choice(rng, w.nationality_unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country_cell(src, nat, "nationality", ev, rng)
        exp["nationality"] = nat
        tags += t
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col], t = _country_cell(src, code, col, ev, rng)
        exp[col] = code
        tags += t
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = _country_cell(src, det, "detection_country", ev, rng)
        exp["detection_country"] = det
        tags += t
    route = ev["transit_countries"]
    cells["transit_countries"], t = w.transit(None if route is None else str(route), rng)
    exp["transit_countries"] = route
    tags += t

    # Transport
    mode = str(ev["transport_mode"])
    if rng.random() < _TRANSPORT_NA:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.na_words), "unknown"
        tags.append("na_word")
    else:
        by_route = (w.transport_by_corridor or {}).get(str(ev["corridor"]), {})
        cells["transport_mode"] = choice(rng, by_route.get(mode) or w.transport[mode])
        exp["transport_mode"] = mode

    # Coordinates
    keys = [c for c in ("lat", "lon", "coordinates") if c in src.headers]
    r = rng.random()
    if forced_blank == "coordinates" or r < _COORDS_MISSING:
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif r < _COORDS_MISSING + _COORDS_PLACEHOLDER:
        cells.update(dict.fromkeys(keys, choice(rng, w.coords_unknown)))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        coord_cells, exp["lat"], exp["lon"], t = w.coords(_float(ev["lat"]), _float(ev["lon"]), rng)
        cells.update(coord_cells)
        tags += t

    # Linked offences
    linked = ev["linked_offences"]
    exp["linked_offences"] = linked
    if linked is None:
        cells["linked_offences"] = _opt(rng, w.linked_none)
    else:
        words = [choice(rng, w.linked[k]) for k in str(linked).split("|")]
        if w.linked_array and rng.random() < w.linked_array:
            cells["linked_offences"] = words
            tags.append("json_array")
        else:
            cells["linked_offences"] = choice(rng, w.linked_sep).join(words)

    # The agency's own slips
    text_cols = [c for c, v in cells.items() if isinstance(v, str) and c != "event_date"]
    if w.trailing_space_share and text_cols and rng.random() < w.trailing_space_share:
        col = choice(rng, text_cols)
        cells[col] = f"{cells[col]} "
        tags.append("trailing_space")
    if w.mojibake_share and rng.random() < w.mojibake_share:
        for col in ("nationality", "origin_country", "crime_type", "exploitation"):
            value = cells.get(col)
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append("mojibake")
                break
    for col, value in cells.items():
        if isinstance(value, str):
            cells[col] = _fit(value, src)
    return cells, exp, sorted(set(tags), key=tags.index)


def _bad_date(src: Blind43Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return src.wording.bad_date(ts, kind, rng)


def _note_date(src: Blind43Source, last: pd.Timestamp) -> object:
    return src.wording.note_date(last)


_EXAMINER: Examiner[Blind43Source] = Examiner(
    sources=BLIND43_SOURCES,
    primary=_PRIMARY,
    compilation="orfk_nebek",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=43_4343,
    blank_share=0.4,
)


def make_blind43(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind43`` examiner set (files ``*_as.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``orfk_nebek_as.csv`` (English, cp1250, ``;``),
        ``granicna_policija_bih_as.xlsx`` (English), ``policie_cr_as.csv`` (English,
        UTF-16, tab), ``ccpd_le_perthus_as.csv`` (French, UTF-8 with BOM, ``,``) and
        ``cjpcamcc_as.jsonl`` (Spanish), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind43(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['orfk_nebek_as.csv', 'granicna_policija_bih_as.xlsx', 'policie_cr_as.csv',
     'ccpd_le_perthus_as.csv', 'cjpcamcc_as.jsonl']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
