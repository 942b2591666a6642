"""Examiner set ``blind22``: five agencies' files (``*_x.*``) written without the cleaner.

A reader's guide to the five submissions, in the order :func:`make_blind22` returns them.
Every file holds one empty row (CSV only), a note row and a total row, a few rows that
must be quarantined (no date, an impossible or future date, a negative or vague count),
and, for two sources, exact re-sent rows at the end.

``straz_graniczna_x.csv`` - Polish Border Guard HQ (Komenda Główna Straży Granicznej),
    English statistical export. **English**, **cp1250** (Polish Windows), ``;``,
    ``LF`` line ends. Bilingual ``Polish / English`` headers (``Płeć / Sex``).
    Dates ``dd.mm.yyyy``, ``dd.mm.yyyy r.`` (Polish *roku*), ``dd.mm.yyyy HH:MM`` (time
    of apprehension), Roman-numeral months ``14.XI.2023``, a few ISO dates; month-only
    ``XI.2023`` / ``11.2023`` / ``November 2023`` and quarters ``IV quarter 2023`` /
    ``Q4 2023``. Crime as Polish Penal Code articles (``Art. 264 § 3 kk`` organising
    illegal border crossing, ``Art. 189a § 1 kk`` trafficking), mostly glossed in
    English. Citizenship in English, ISO alpha-2, English demonyms and a few untranslated
    Polish names (``Irak``, ``Jemen``, ``Afganistan``). Latitude and longitude in two
    columns with a decimal comma, some in degrees-minutes-seconds with a decimal comma.
    Count placeholders ``no data`` / ``b.d. (no data)``; zero suspects ``none`` / ``nil``.
    Border-post names (``PSG w Białowieży``) in an extra column. Also reports Greek
    events seen by Polish officers deployed in Frontex JO Poseidon (second reports).
``ministerio_publico_pa_x.xlsx`` - Ministerio Público de Panamá, statistics section.
    **Spanish**, XLSX. Case numbers as 12-digit *carpetilla* strings. Dates as real
    Excel dates, bare Excel serial numbers, ``dd/mm/yyyy`` text, ``15 de marzo de 2022``,
    ``15-mar-2022``; month-only ``marzo de 2022`` / ``03/2022``, quarters ``I trimestre
    2022`` / ``primer trimestre de 2022``. Crime as the Panamanian wording *Contra la
    Humanidad - Tráfico Ilícito de Migrantes / Trata de Personas* (Ley 79 de 2011).
    Nationalities as Spanish names, masculine or feminine demonyms (``venezolana``) or
    ISO alpha-3; age as ``NNA`` (niños, niñas y adolescentes); sex as ``Masculino``,
    ``H/M``...; counts as numbers or text with a ``.`` thousands separator
    (``1.234``); latitude and longitude as numbers, some as DMS text with ``O``
    (*oeste*) for west. Placeholders ``N/D``, ``sin dato``; zero ``ninguno``.
``jtfa_x.jsonl`` - U.S. DOJ Joint Task Force Alpha (human smuggling and trafficking task
    force) case export. **English**, JSON lines, UTF-8. Docket-style case numbers
    (``2:22-cr-00012``). Dates month-first ``MM/DD/YYYY``, ISO, ISO timestamps with a
    local UTC offset, ``March 4, 2022`` / ``Mar. 4, 2022``; month-only ``03/2022`` /
    ``March 2022``, quarters ``Q1 2022`` / ``2022-Q1``. Charges as U.S. Code sections
    (``8 U.S.C. § 1324`` smuggling, ``18 U.S.C. § 1591`` sex trafficking, ``§ 1589``
    forced labor). Counts as JSON numbers or strings (``"3,106"``), placeholders
    ``UNK`` / ``TBD``, defendants ``SEALED``; citizenship in upper or mixed case,
    demonyms, ISO alpha-2; age as ``Juvenile``, ``UAC``, ``FMUA``; transit routes as
    JSON arrays of names or alpha-2 codes, or ``Guatemala > Mexico`` text; related
    charges as JSON arrays; a single ``lat_lon`` string (``31.33402, -110.94412`` or
    ``N31.3340 W110.9441``). Also reports Darién events worked with Panamanian vetted
    units (second reports).
``douane_hdf_x.csv`` - French Customs (Douane), Direction interrégionale des
    Hauts-de-France: surveillance brigades and coast-guard division. **French**,
    **latin-1**, ``|``. Dates ``dd/mm/yyyy``, ``dd/mm/yy``, ``03-mars-22``,
    ``le 3 mars 2022``, ``03/03/2022 à 04h35``; month-only ``mars 2022`` / ``03/2022``,
    quarters ``T1 2022`` / ``1er trimestre 2022``. Qualification as CESEDA articles
    (``L.622-1`` before May 2021, ``L.823-1`` / ``L.823-3`` after) and Code pénal
    ``225-4-1`` (traite, *TEH*). ``Nb ESI`` (étrangers en situation irrégulière),
    placeholders ``NC`` / ``n.c.``, zero ``néant`` / ``aucun``; nationalities as French
    names, feminine demonyms (``afghane``) or alpha-2; destination ``Angleterre``,
    ``Royaume-Uni``, ``UK``; vectors ``small boat``, ``ensemble routier (PL)``, ``VL``;
    positions in nautical degrees and decimal minutes with a decimal comma
    (``50°58,512'N 001°51,210'E``), decimal degrees with a comma or a point. Also
    reports Channel events detected on the British side (second reports).
``ifrc_europe_x.csv`` - IFRC Europe regional office: roll-up of National Societies'
    migration incident reports (Italian, Spanish, Hellenic, Croatian, British, French,
    Polish Red Cross). **English**, **UTF-16** with BOM (Excel *Unicode text*), tab.
    Header says ``dd/mm/yyyy`` but each National Society writes its own way: day-first
    slashes, ``04.03.2022.`` (Croatian trailing dot), ``04.03.2022`` (Polish),
    ``4 March 2022`` / ``04-Mar-2022`` (British), ISO from the GO platform; month-only
    ``March 2022``, quarters ``Q1 2022``. Crime as ``SoM``, ``THB``,
    ``THB + SoM``...; counts ``1,234`` / ``1 234`` / ``45 people``; placeholders
    ``unknown`` / ``TBC``; age ``UASC``; nationalities as names (``Türkiye``,
    ``Guinea (Conakry)``), ISO alpha-3, demonyms and a few mojibake names
    (``CÃ´te d'Ivoire``); means of travel ``cayuco`` / ``patera`` from the Spanish Red
    Cross; GPS as ``lat, long`` or DMS. Reports every event detected where no other
    source is the first reporter (Italy, Spain, Greece, Croatia, United Kingdom), and a
    second time some Channel events detected in France and Belarus-border events in
    Poland. Re-sends some rows.
"""

from __future__ import annotations

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

__all__ = ["BLIND22_SOURCES", "make_blind22"]

_Rng = np.random.Generator
Tags = list[str]


@dataclass(frozen=True)
class Blind22Source(ExaminerSource):
    """A source of the ``blind22`` set: the shared fields plus the name of its style.

    Attributes
    ----------
    style : str
        Key of the source's writer in this module (``"sg"``, ``"mp"``, ``"jtfa"``,
        ``"douane"``, ``"ifrc"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Country wording (this examiner's own tables)
# --------------------------------------------------------------------------------------
#: English names (first = usual name) and demonyms.
_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina", "BiH"),
    "BLR": ("Belarus", "Republic of Belarus"),
    "CHN": ("China", "People's Republic of China"),
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
    "IRN": ("Iran", "Iran (Islamic Republic of)"),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia", "N. Macedonia"),
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
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA"),
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
#: Polish names an English export of the Polish Border Guard leaves untranslated.
_PL: dict[str, str] = {
    "AFG": "Afganistan",
    "IRQ": "Irak",
    "YEM": "Jemen",
    "CMR": "Kamerun",
    "SYR": "Syria",
    "PAK": "Pakistan",
    "IRN": "Iran",
}
#: French names and feminine demonyms (``nationalité afghane``).
_FR: dict[str, tuple[str, ...]] = {
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
    "GBR": ("Royaume-Uni",),
    "GIN": ("Guinée",),
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
    "USA": ("États-Unis",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_FR_DEMONYM: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
#: Spanish names and demonyms (masculine, feminine).
_ES: dict[str, tuple[str, ...]] = {
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
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak", "Iraq"),
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
    "PAN": ("Panamá", "República de Panamá"),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE.UU.", "EEUU", "Estados Unidos de América"),
    "VEN": ("Venezuela", "República Bolivariana de Venezuela"),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "CHN": ("chino", "china"),
    "COL": ("colombiano", "colombiana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "MEX": ("mexicano", "mexicana"),
    "NGA": ("nigeriano", "nigeriana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "VEN": ("venezolano", "venezolana"),
}

#: Sex words that also say the persons are adults (written only for adult groups).
_ADULT_SEX_WORDS = frozenset(
    {
        "men",
        "women",
        "men and women",
        "men & women",
        "hommes",
        "femmes",
        "hommes et femmes",
        "hombres",
        "mujeres",
        "hombres y mujeres",
    }
)
#: Age words that also say the group holds both sexes (families).
_FAMILY_AGE_WORDS = frozenset(
    {"families with children", "familles avec enfants", "fmua", "family units"}
)

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_MONTHS_FR = (
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
_MONTHS_FR_ABBR = (
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
_MONTHS_ES = (
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
_QUARTER_ES = ("primer", "segundo", "tercer", "cuarto")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# Shares of the row-level placeholders (each drawn per row, independently).
_P_COUNT_PLACEHOLDER = 0.015
_P_SUSPECTS_PLACEHOLDER = 0.015
_P_ZERO_WORD = 0.35  # of the rows with no suspect
_P_GENDER_PLACEHOLDER = 0.008
_P_NATIONALITY_PLACEHOLDER = 0.008
_P_NA_WORD = 0.012  # per field (age group, transport mode)
_P_COORDS_MISSING = 0.03
_P_COORDS_PLACEHOLDER = 0.01


# --------------------------------------------------------------------------------------
# Small writers shared by the styles
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _dms(value: float, pos: str, neg: str, *, comma: bool) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth (``52°42'04,4"N``); return (text, value)."""
    hemi = pos if value >= 0 else neg
    v = abs(value)
    d = int(v)
    rem = (v - d) * 60
    m = int(rem)
    s = round((rem - m) * 60, 1)
    if s >= 60:
        s -= 60
        m += 1
    if m >= 60:
        m -= 60
        d += 1
    sec = f"{s:04.1f}"
    if comma:
        sec = sec.replace(".", ",")
    sign = 1.0 if value >= 0 else -1.0
    return f"{d}°{m:02d}'{sec}\"{hemi}", sign * (d + m / 60 + float(f"{s:.1f}") / 3600)


def _ddm(value: float, pos: str, neg: str, *, width: int) -> tuple[str, float]:
    """Nautical degrees and decimal minutes with a decimal comma (``001°51,210'E``)."""
    hemi = pos if value >= 0 else neg
    v = abs(value)
    d = int(v)
    m = round((v - d) * 60, 3)
    if m >= 60:
        m -= 60
        d += 1
    sign = 1.0 if value >= 0 else -1.0
    text = f"{d:0{width}d}°{m:06.3f}'".replace(".", ",") + hemi
    return text, sign * (d + float(f"{m:.3f}") / 60)


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _offence_list(ev: dict[str, object]) -> list[str]:
    raw = ev.get("linked_offences")
    return [] if raw is None else str(raw).split("|")


def _transit_list(ev: dict[str, object]) -> list[str]:
    raw = ev.get("transit_countries")
    return [] if raw is None else str(raw).split("|")


def _fit(src: ExaminerSource, text: str, fallback: str) -> str:
    return text if fits(text, src) else fallback


# --------------------------------------------------------------------------------------
# A style: how one agency writes each field
# --------------------------------------------------------------------------------------
DateWriter = Callable[
    [pd.Timestamp, dict[str, object], _Rng, bool], tuple[object, pd.Timestamp, str, Tags]
]
CrimeWriter = Callable[[dict[str, object], _Rng], tuple[str, Tags]]
CountWriter = Callable[[int, _Rng], tuple[object, Tags]]
CountryWriter = Callable[[Blind22Source, str, str, _Rng], tuple[object, Tags]]
TransitWriter = Callable[[Blind22Source, list[str], _Rng], tuple[object, Tags]]
TransportWriter = Callable[[str, dict[str, object], _Rng], str]
CoordsWriter = Callable[[float, float, _Rng], tuple[dict[str, object], float, float, Tags]]
OffenceWriter = Callable[[list[str], _Rng], object]
ExtraWriter = Callable[[dict[str, object], _Rng], dict[str, object]]
BadDate = Callable[[pd.Timestamp, str, _Rng], object]


@dataclass(frozen=True)
class _Style:
    date: DateWriter
    crime: CrimeWriter
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]
    count: CountWriter
    count_placeholders: tuple[str, ...]
    suspects: CountWriter
    zero_words: tuple[str, ...]
    suspects_placeholders: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    gender_placeholders: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    country: CountryWriter
    nationality_placeholders: tuple[str, ...]
    detection: dict[str, tuple[str, ...]]
    transit: TransitWriter
    transport: TransportWriter
    coords: CoordsWriter
    coords_blank: dict[str, object]
    coords_placeholder: dict[str, object]
    offences: OffenceWriter
    extras: ExtraWriter
    bad_date: BadDate
    note_date: Callable[[pd.Timestamp], object]


def _partial(
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
    month: Callable[[pd.Timestamp, _Rng], str],
    quarter: Callable[[pd.Timestamp, _Rng], str],
    *,
    p_month: float = 0.05,
    p_quarter: float = 0.03,
) -> tuple[object, pd.Timestamp, str, Tags] | None:
    """Draw a month-only or quarter-only date, or None (the draw is made in any case)."""
    u = rng.random()
    if not partial_ok:
        return None
    if u < p_month:
        return month(ts, rng), _month_start(ts), "month", ["month_only"]
    if u < p_month + p_quarter:
        return quarter(ts, rng), _quarter_start(ts), "quarter", ["quarter_only"]
    return None


# --------------------------------------------------------------------------------------
# Polish Border Guard (English export)
# --------------------------------------------------------------------------------------
def _sg_date(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, Tags]:
    part = _partial(
        ts,
        rng,
        partial_ok,
        lambda t, r: choice(
            r,
            (
                f"{_ROMAN[t.month - 1]}.{t.year}",
                f"{t.month:02d}.{t.year}",
                f"{MONTHS[t.month - 1]} {t.year}",
            ),
        ),
        lambda t, r: choice(
            r, (f"{_ROMAN[_quarter(t) - 1]} quarter {t.year}", f"Q{_quarter(t)} {t.year}")
        ),
    )
    if part is not None:
        return part
    u = rng.random()
    dmy = f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    if u < 0.55:
        return dmy, ts, "day", []
    if u < 0.67:
        return dmy + " r.", ts, "day", ["polish_r"]
    if u < 0.79:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{dmy} {hh:02d}:{mm:02d}", ts, "day", ["time_of_day"]
    if u < 0.92:
        return f"{ts.day}.{_ROMAN[ts.month - 1]}.{ts.year}", ts, "day", ["roman_month"]
    return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]


_SG_SMUGGLING = (
    "Art. 264 § 3 kk (organising illegal border crossing)",
    "art. 264 § 3 k.k.",
    "Art. 264 par. 3 PC - organising illegal crossing of the state border",
    "organising illegal border crossing (Art. 264§3 CC)",
    "Art. 264 § 3 kk",
)
_SG_TRAFFICKING = (
    "Art. 189a § 1 kk (trafficking in human beings)",
    "art. 189a §1 k.k.",
    "THB - Art. 189a § 1 PC",
    "trafficking in human beings (Art. 189a CC)",
)
_SG_BOTH = (
    "Art. 189a § 1 kk, Art. 264 § 3 kk",
    "THB (Art. 189a § 1) + organising illegal border crossing (Art. 264 § 3)",
    "art. 189a §1 i art. 264 §3 k.k. (THB and organising illegal crossing)",
)


def _sg_crime(ev: dict[str, object], rng: _Rng) -> tuple[str, Tags]:
    table = {"smuggling": _SG_SMUGGLING, "trafficking": _SG_TRAFFICKING, "both": _SG_BOTH}
    return choice(rng, table[str(ev["crime_type"])]), ["legal_article"]


def _sg_count(n: int, rng: _Rng) -> tuple[object, Tags]:
    if n >= 1000:
        return _thousands(n, "\u00a0"), ["thousands_sep"]  # Polish Excel: no-break space
    return str(n), []


def _sg_country(src: Blind22Source, code: str, role: str, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if role == "nationality" and code in _PL and u < 0.08:
        return _PL[code], ["native_name"]
    if role == "nationality" and code in _EN_DEMONYM and u < 0.2:
        return _EN_DEMONYM[code], ["demonym"]
    if u < 0.3:
        return iso_codes(code)[0], ["iso2"]
    return _fit(src, choice(rng, _EN[code]), _EN[code][0]), []


def _sg_transit(src: Blind22Source, codes: list[str], rng: _Rng) -> tuple[object, Tags]:
    if not codes:
        return choice(rng, ("", "-", "none")) or None, []
    if rng.random() < 0.25:
        return "-".join(iso_codes(c)[0] for c in codes), ["iso2"]
    sep = choice(rng, (", ", " - ", " > "))
    return sep.join(_EN[c][0] for c in codes), []


def _sg_transport(mode: str, ev: dict[str, object], rng: _Rng) -> str:
    words = {
        "land": (
            "on foot",
            "on foot (green border)",
            "crossing of the green border",
            "by car",
            "car (courier)",
            "land",
        ),
        "sea": ("by sea", "boat", "dinghy"),
        "air": ("by air", "air (flight)"),
    }
    return choice(rng, words[mode])


def _sg_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float, Tags]:
    u = rng.random()
    if u < 0.15:
        lat_t, lat_v = _dms(lat, "N", "S", comma=True)
        lon_t, lon_v = _dms(lon, "E", "W", comma=True)
        return {"lat": lat_t, "lon": lon_t}, lat_v, lon_v, ["dms"]
    dp = 4 if u < 0.35 else 5
    lat_v, lon_v = round(lat, dp), round(lon, dp)
    cells: dict[str, object] = {
        "lat": f"{lat_v:.{dp}f}".replace(".", ","),
        "lon": f"{lon_v:.{dp}f}".replace(".", ","),
    }
    return cells, lat_v, lon_v, ["decimal_comma"]


_SG_OFFENCES = {
    "document_fraud": (
        "forgery of documents (Art. 270 kk)",
        "use of forged passport",
        "document forgery",
    ),
    "corruption": ("bribery (Art. 229 kk)", "corruption of a public official"),
    "money_laundering": ("money laundering (Art. 299 kk)",),
    "illicit_goods": ("smuggling of excise goods (cigarettes)", "drug trafficking"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorist offence (Art. 115 § 20 kk)",),
}


def _sg_offences(offs: list[str], rng: _Rng) -> object:
    if not offs:
        return None
    return choice(rng, (", ", " + ")).join(choice(rng, _SG_OFFENCES[o]) for o in offs)


_SG_POSTS = {
    "Białowieża": ("PSG w Białowieży", "PSG Białowieża"),
    "Kuźnica": ("PSG w Kuźnicy", "PSG Kuźnica"),
    "Michałowo": ("PSG w Michałowie", "PSG Michałowo"),
    "Lesbos": ("Frontex JO Poseidon (Lesvos)",),
    "Samos": ("Frontex JO Poseidon (Samos)",),
    "Evros": ("Frontex JO Poseidon (Evros)",),
}


def _sg_extras(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    hotspot = str(ev.get("hotspot") or "")
    return {"post": choice(rng, _SG_POSTS.get(hotspot, ("KG SG",)))}


def _sg_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"31.02.{ts.year}", f"30.II.{ts.year}", f"31.04.{ts.year}"))
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year + 10}"  # a typed 2033 for 2023


def _sg_note_date(last: pd.Timestamp) -> object:
    day = last + pd.Timedelta(days=3)
    return f"{day.day:02d}.{day.month:02d}.{day.year} r."


# --------------------------------------------------------------------------------------
# Ministerio Público de Panamá (Spanish, XLSX)
# --------------------------------------------------------------------------------------
def _mp_date(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, Tags]:
    part = _partial(
        ts,
        rng,
        partial_ok,
        lambda t, r: choice(
            r, (f"{_MONTHS_ES[t.month - 1]} de {t.year}", f"{t.month:02d}/{t.year}")
        ),
        lambda t, r: choice(
            r,
            (
                f"{_ROMAN[_quarter(t) - 1]} trimestre {t.year}",
                f"{_QUARTER_ES[_quarter(t) - 1]} trimestre de {t.year}",
            ),
        ),
    )
    if part is not None:
        return part
    u = rng.random()
    if u < 0.6:
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if u < 0.72:
        return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    if u < 0.84:
        return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
    if u < 0.93:
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}", ts, "day", ["month_name"]
    return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1][:3]}-{ts.year}", ts, "day", ["month_name"]


_MP_CRIME = {
    "smuggling": (
        "Contra la Humanidad - Tráfico Ilícito de Migrantes",
        "CONTRA LA HUMANIDAD (TRÁFICO ILÍCITO DE MIGRANTES)",
        "Tráfico ilícito de migrantes",
        "Delito contra la humanidad en la modalidad de tráfico ilícito de migrantes",
    ),
    "trafficking": (
        "Contra la Humanidad - Trata de Personas",
        "Trata de personas (Ley 79 de 2011)",
        "CONTRA LA HUMANIDAD (TRATA DE PERSONAS)",
        "Delito contra la humanidad en la modalidad de trata de personas",
    ),
    "both": (
        "Contra la Humanidad - Trata de Personas y Tráfico Ilícito de Migrantes",
        "Trata de personas / tráfico ilícito de migrantes",
        "TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES",
    ),
}


def _mp_crime(ev: dict[str, object], rng: _Rng) -> tuple[str, Tags]:
    return choice(rng, _MP_CRIME[str(ev["crime_type"])]), ["legal_wording"]


def _mp_count(n: int, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if n >= 1000 and u < 0.6:
        return _thousands(n, "."), ["thousands_sep", "count_as_text"]
    if u < 0.15:
        return str(n), ["count_as_text"]
    return n, []


def _mp_suspects(n: int, rng: _Rng) -> tuple[object, Tags]:
    return n, []


def _mp_country(src: Blind22Source, code: str, role: str, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if u < 0.08:
        return code, ["iso3"]
    if role == "nationality" and code in _ES_DEMONYM and u < 0.38:
        masc, fem = _ES_DEMONYM[code]
        return choice(rng, (masc, fem)), ["demonym"]
    name = choice(rng, _ES[code])
    return (name.upper(), ["upper_case"]) if rng.random() < 0.1 else (name, [])


def _mp_transit(src: Blind22Source, codes: list[str], rng: _Rng) -> tuple[object, Tags]:
    if not codes:
        return None, []
    return choice(rng, (" - ", ", ", " / ")).join(_ES[c][0] for c in codes), []


def _mp_transport(mode: str, ev: dict[str, object], rng: _Rng) -> str:
    words = {
        "land": ("terrestre", "a pie", "a pie (selva)", "caminando por la selva", "vía terrestre"),
        "sea": ("marítimo", "lancha", "embarcación"),
        "air": ("aéreo", "vía aérea"),
    }
    return choice(rng, words[mode])


def _mp_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float, Tags]:
    if rng.random() < 0.12:
        lat_t, lat_v = _dms(lat, "N", "S", comma=False)
        lon_t, lon_v = _dms(lon, "E", "O", comma=False)
        return {"lat": lat_t, "lon": lon_t}, lat_v, lon_v, ["dms", "west_o"]
    lat_v, lon_v = round(lat, 5), round(lon, 5)
    return {"lat": lat_v, "lon": lon_v}, lat_v, lon_v, []


_MP_OFFENCES = {
    "illicit_goods": ("posesión y tráfico de drogas", "contrabando", "tráfico de armas"),
    "document_fraud": ("falsificación de documentos", "uso de documento falso"),
    "money_laundering": ("blanqueo de capitales",),
    "corruption": ("corrupción de servidores públicos", "cohecho"),
    "cybercrime": ("delitos informáticos",),
    "terrorism": ("terrorismo",),
}


def _mp_offences(offs: list[str], rng: _Rng) -> object:
    if not offs:
        return None
    return choice(rng, ("; ", ", ")).join(choice(rng, _MP_OFFENCES[o]) for o in offs)


_MP_PLACES = {
    "Darién gap": ("Tapón del Darién", "Selva del Darién"),
    "Lajas Blancas": ("ERM Lajas Blancas, Darién", "Lajas Blancas"),
    "Bajo Chiquito": ("Bajo Chiquito, Darién", "Comunidad de Bajo Chiquito"),
}


def _mp_extras(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    hotspot = str(ev.get("hotspot") or "")
    return {
        "fiscalia": choice(
            rng,
            (
                "Fiscalía Regional de Darién",
                "Fiscalía Especializada contra la Delincuencia Organizada",
            ),
        ),
        "lugar": choice(rng, _MP_PLACES.get(hotspot, (hotspot or "Darién",))),
    }


def _mp_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"30/02/{ts.year}", f"31 de abril de {ts.year}"))
    return ts.replace(year=ts.year + 10).to_pydatetime()


def _mp_note_date(last: pd.Timestamp) -> object:
    return (last + pd.Timedelta(days=5)).to_pydatetime()


# --------------------------------------------------------------------------------------
# U.S. DOJ Joint Task Force Alpha (English, JSON lines)
# --------------------------------------------------------------------------------------
def _jtfa_date(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, Tags]:
    part = _partial(
        ts,
        rng,
        partial_ok,
        lambda t, r: choice(r, (f"{t.month:02d}/{t.year}", f"{MONTHS[t.month - 1]} {t.year}")),
        lambda t, r: choice(r, (f"Q{_quarter(t)} {t.year}", f"{t.year}-Q{_quarter(t)}")),
    )
    if part is not None:
        return part
    u = rng.random()
    if u < 0.5:
        return f"{ts.month:02d}/{ts.day:02d}/{ts.year}", ts, "day", ["us_date"]
    if u < 0.65:
        return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]
    if u < 0.75:
        return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day", ["month_name"]
    if u < 0.82:
        abbr = MONTHS[ts.month - 1][:3] + ("." if ts.month != 5 else "")
        return f"{abbr} {ts.day}, {ts.year}", ts, "day", ["month_name"]
    # local time of the apprehension with its UTC offset; never crosses midnight in UTC
    hh, mm = int(rng.integers(0, 16)), int(rng.integers(0, 60))
    off = choice(rng, ("-05:00", "-06:00", "-07:00"))
    return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00{off}", ts, "day", ["iso_timestamp"]


def _jtfa_crime(ev: dict[str, object], rng: _Rng) -> tuple[str, Tags]:
    crime = str(ev["crime_type"])
    expl = ev.get("exploitation")
    smuggling = (
        "8 U.S.C. § 1324 - Alien Smuggling",
        "8 USC 1324(a)(1)(A)(ii) (transporting illegal aliens)",
        "8 U.S.C. § 1324(a)(2)(B)(ii) - bringing in aliens for financial gain",
        "Alien smuggling conspiracy, 8 U.S.C. § 1324(a)(1)(A)(v)(I)",
        "Human smuggling (8 U.S.C. 1324)",
    )
    if expl == "sexual":
        traff = (
            "18 U.S.C. § 1591 - Sex trafficking",
            "18 USC 1591 (sex trafficking by force, fraud or coercion)",
        )
        short = "18 U.S.C. § 1591"
    elif expl == "forced_labour":
        traff = ("18 U.S.C. § 1589 - Forced labor", "18 USC 1589 (forced labor)")
        short = "18 U.S.C. § 1589"
    else:
        traff = (
            "18 U.S.C. § 1590 - Trafficking with respect to peonage, slavery, involuntary "
            "servitude, or forced labor",
            "Human trafficking (18 U.S.C. § 1581 et seq.)",
        )
        short = "18 U.S.C. § 1590"
    if crime == "smuggling":
        return choice(rng, smuggling), ["legal_article"]
    if crime == "trafficking":
        return choice(rng, traff), ["legal_article"]
    both = (
        f"8 U.S.C. § 1324; {short}",
        f"Alien smuggling and human trafficking (8 U.S.C. § 1324, {short})",
    )
    return choice(rng, both), ["legal_article"]


def _jtfa_count(n: int, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if n >= 1000:
        return (_thousands(n, ","), ["thousands_sep", "count_as_text"]) if u < 0.7 else (n, [])
    if u < 0.25:
        return str(n), ["count_as_text"]
    return n, []


def _jtfa_suspects(n: int, rng: _Rng) -> tuple[object, Tags]:
    return (str(n), ["count_as_text"]) if rng.random() < 0.2 else (n, [])


def _jtfa_country(src: Blind22Source, code: str, role: str, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if role == "destination":
        if code == "USA":
            return choice(rng, ("USA", "United States", "U.S.", "US (interior)")), []
        return _EN[code][0], []
    if role == "nationality" and code in _EN_DEMONYM and u < 0.15:
        return _EN_DEMONYM[code], ["demonym"]
    if u < 0.27:
        return iso_codes(code)[0], ["iso2"]
    name = choice(rng, _EN[code])
    return (name.upper(), ["upper_case"]) if u < 0.6 else (name, [])


def _jtfa_transit(src: Blind22Source, codes: list[str], rng: _Rng) -> tuple[object, Tags]:
    if not codes:
        return None, []
    u = rng.random()
    if u < 0.6:
        return [_EN[c][0] for c in codes], ["json_array"]
    if u < 0.75:
        return [iso_codes(c)[0] for c in codes], ["json_array", "iso2"]
    return " > ".join(_EN[c][0] for c in codes), []


def _jtfa_transport(mode: str, ev: dict[str, object], rng: _Rng) -> str:
    if mode == "land" and ev.get("corridor") == "darien":
        return choice(rng, ("on foot (Darien jungle)", "Pedestrian", "on foot"))
    words = {
        "land": (
            "Pedestrian",
            "on foot",
            "Passenger vehicle",
            "Tractor-trailer",
            "Box truck",
            "Freight train",
            "Bus",
        ),
        "sea": ("Maritime (panga boat)", "Vessel"),
        "air": ("Commercial flight", "Air"),
    }
    return choice(rng, words[mode])


def _jtfa_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float, Tags]:
    u = rng.random()
    if u < 0.12:
        lat_v, lon_v = round(lat, 4), round(lon, 4)
        ns = "N" if lat_v >= 0 else "S"
        ew = "E" if lon_v >= 0 else "W"
        text = f"{ns}{abs(lat_v):.4f} {ew}{abs(lon_v):.4f}"
        return {"coordinates": text}, lat_v, lon_v, ["hemisphere_letters"]
    lat_v, lon_v = round(lat, 5), round(lon, 5)
    sep = ", " if u < 0.8 else ","
    return {"coordinates": f"{lat_v:.5f}{sep}{lon_v:.5f}"}, lat_v, lon_v, []


_JTFA_OFFENCES = {
    "document_fraud": (
        "18 U.S.C. § 1546 (fraud and misuse of visas and permits)",
        "Fraudulent documents",
    ),
    "illicit_goods": ("21 U.S.C. § 841 (drug trafficking)", "Firearms smuggling (18 U.S.C. § 554)"),
    "money_laundering": ("18 U.S.C. § 1956 (money laundering)", "Money laundering"),
    "corruption": ("18 U.S.C. § 201 (bribery of public official)",),
    "cybercrime": ("18 U.S.C. § 1030 (computer fraud)",),
    "terrorism": ("18 U.S.C. § 2339B (material support to terrorists)",),
}


def _jtfa_offences(offs: list[str], rng: _Rng) -> object:
    if not offs:
        return None
    words = [choice(rng, _JTFA_OFFENCES[o]) for o in offs]
    return words if rng.random() < 0.7 else "; ".join(words)


_JTFA_DISTRICTS = {
    "Nogales (Sonora/Arizona)": "D. Ariz.",
    "Sasabe": "D. Ariz.",
    "Rio Grande Valley": "S.D. Tex.",
    "El Paso": "W.D. Tex.",
}


def _jtfa_extras(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    hotspot = str(ev.get("hotspot") or "")
    return {"district": _JTFA_DISTRICTS.get(hotspot, "JTFA - Panama vetted unit")}


def _jtfa_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"02/30/{ts.year}", f"{ts.year}-02-30", f"04/31/{ts.year}"))
    return f"{ts.month:02d}/{ts.day:02d}/{ts.year + 10}"


def _jtfa_note_date(last: pd.Timestamp) -> object:
    day = last + pd.Timedelta(days=7)
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


# --------------------------------------------------------------------------------------
# French Customs, Hauts-de-France (French, latin-1, |)
# --------------------------------------------------------------------------------------
def _douane_date(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, Tags]:
    part = _partial(
        ts,
        rng,
        partial_ok,
        lambda t, r: choice(r, (f"{_MONTHS_FR[t.month - 1]} {t.year}", f"{t.month:02d}/{t.year}")),
        lambda t, r: choice(
            r,
            (
                f"T{_quarter(t)} {t.year}",
                f"{_quarter(t)}{'er' if _quarter(t) == 1 else 'e'} trimestre {t.year}",
            ),
        ),
    )
    if part is not None:
        return part
    u = rng.random()
    if u < 0.55:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if u < 0.65:
        return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
    if u < 0.73:
        return (
            f"{ts.day:02d}-{_MONTHS_FR_ABBR[ts.month - 1]}-{ts.year % 100:02d}",
            ts,
            "day",
            [
                "month_name",
                "two_digit_year",
            ],
        )
    if u < 0.8:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"le {day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", ["month_name"]
    hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    return f"{ts.strftime('%d/%m/%Y')} à {hh:02d}h{mm:02d}", ts, "day", ["time_of_day"]


def _douane_crime(ev: dict[str, object], rng: _Rng) -> tuple[str, Tags]:
    crime = str(ev["crime_type"])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    if ts < pd.Timestamp("2021-05-01"):  # CESEDA before its recodification
        smuggling: tuple[str, ...] = (
            "Aide à l'entrée et au séjour irréguliers (art. L.622-1 CESEDA)",
            "art. L622-1 CESEDA - aide à l'entrée irrégulière",
            "aide à l'entrée irrégulière en bande organisée (art. L.622-5 CESEDA)",
        )
        ref = "L.622-1 CESEDA"
    else:
        smuggling = (
            "Aide à l'entrée et au séjour irréguliers (art. L.823-1 CESEDA)",
            "Aide à l'entrée irrégulière en bande organisée - art. L823-3 CESEDA",
            "aide au séjour irrégulier d'étrangers (L.823-1 du CESEDA)",
        )
        ref = "L.823-1 CESEDA"
    table = {
        "smuggling": smuggling,
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH - art. 225-4-1 du Code pénal",
            "traite des êtres humains aggravée (art. 225-4-2 CP)",
        ),
        "both": (
            f"TEH (art. 225-4-1 CP) et aide à l'entrée irrégulière (art. {ref})",
            "Traite des êtres humains + aide à l'entrée et au séjour irréguliers",
        ),
    }
    return choice(rng, table[crime]), ["legal_article"]


def _douane_count(n: int, rng: _Rng) -> tuple[object, Tags]:
    if n >= 1000:
        return _thousands(n, " "), ["thousands_sep"]
    return str(n), []


def _douane_country(src: Blind22Source, code: str, role: str, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if role == "destination" and code == "GBR":
        return choice(rng, ("Royaume-Uni", "Angleterre", "UK", "Grande-Bretagne")), []
    if role == "nationality" and code in _FR_DEMONYM and u < 0.3:
        return _fit(src, _FR_DEMONYM[code], code), ["demonym"]
    if u < 0.4:
        return iso_codes(code)[0], ["iso2"]
    name = choice(rng, _FR[code])
    return _fit(src, name, _FR[code][-1]), []


def _douane_transit(src: Blind22Source, codes: list[str], rng: _Rng) -> tuple[object, Tags]:
    if not codes:
        return choice(rng, ("", "sans objet")) or None, []
    if rng.random() < 0.3:
        return "-".join(iso_codes(c)[0] for c in codes), ["iso2"]
    return choice(rng, (", ", " - ", " / ")).join(_FR[c][0] for c in codes), []


def _douane_transport(mode: str, ev: dict[str, object], rng: _Rng) -> str:
    words = {
        "sea": (
            "small boat",
            "embarcation pneumatique",
            "bateau pneumatique (small boat)",
            "taxi-boat",
            "embarcation de fortune",
        ),
        "land": (
            "ensemble routier (PL)",
            "poids lourd",
            "VL",
            "camion frigorifique",
            "navette Eurotunnel (poids lourd)",
        ),
        "air": ("voie aérienne", "avion"),
    }
    return choice(rng, words[mode])


def _douane_coords(
    lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, Tags]:
    u = rng.random()
    if u < 0.4:
        lat_t, lat_v = _ddm(lat, "N", "S", width=2)
        lon_t, lon_v = _ddm(lon, "E", "W", width=3)
        return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, ["ddm"]
    lat_v, lon_v = round(lat, 5), round(lon, 5)
    if u < 0.8:
        text = f"{lat_v:.5f} / {lon_v:.5f}".replace(".", ",")
        return {"coordinates": text}, lat_v, lon_v, ["decimal_comma"]
    return {"coordinates": f"{lat_v:.5f}, {lon_v:.5f}"}, lat_v, lon_v, []


_DOUANE_OFFENCES = {
    "document_fraud": ("faux documents (art. 441-1 CP)", "usage de faux documents administratifs"),
    "illicit_goods": ("contrebande de tabac", "trafic de stupéfiants", "marchandises prohibées"),
    "money_laundering": ("blanchiment (art. 324-1 CP)", "blanchiment douanier (art. 415 CD)"),
    "corruption": ("corruption",),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("association de malfaiteurs terroriste",),
}


def _douane_offences(offs: list[str], rng: _Rng) -> object:
    if not offs:
        return None
    return choice(rng, (", ", " + ")).join(choice(rng, _DOUANE_OFFENCES[o]) for o in offs)


def _douane_extras(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    hotspot = str(ev.get("hotspot") or "")
    service: tuple[str, ...]
    if ev.get("transport_mode") == "sea":
        service = ("Garde-côtes - DGC Boulogne-sur-Mer", "Garde-côtes - patrouilleur DF 46")
    elif hotspot == "Calais":
        service = ("BSE Calais Port", "BSI Coquelles Tunnel")
    elif hotspot == "Dover":
        service = ("Bureau de Douvres (contrôles juxtaposés)",)
    else:
        service = ("BSE Dunkerque Port", "BSI Dunkerque")
    return {"service": choice(rng, service)}


def _douane_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"31/04/{ts.year}", f"30/02/{ts.year}", f"31/11/{ts.year}"))
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 10}"


def _douane_note_date(last: pd.Timestamp) -> object:
    return (last + pd.Timedelta(days=2)).strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# IFRC Europe roll-up of National Societies (English, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _ifrc_date(
    ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, Tags]:
    part = _partial(
        ts,
        rng,
        partial_ok,
        lambda t, r: choice(
            r, (f"{MONTHS[t.month - 1]} {t.year}", f"{MONTHS[t.month - 1][:3]} {t.year}")
        ),
        lambda t, r: f"Q{_quarter(t)} {t.year}",
        p_month=0.06,
        p_quarter=0.03,
    )
    if part is not None:
        return part
    u = rng.random()
    if u < 0.15:  # entered straight into the IFRC GO platform
        return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]
    country = ev.get("detection_country")
    if country == "HRV":  # Croatian: day, month and year each followed by a dot
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}.", ts, "day", ["trailing_dot"]
    if country == "POL":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}", ts, "day", ["dotted_date"]
    if country == "GBR" and u < 0.7:
        if u < 0.45:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["month_name"]
        month = MONTHS[ts.month - 1][:3]
        return f"{ts.day:02d}-{month}-{ts.year}", ts, "day", ["month_name"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


_IFRC_CRIME = {
    "smuggling": (
        "Smuggling of migrants",
        "SoM",
        "Migrant smuggling",
        "Smuggling (facilitated irregular entry)",
    ),
    "trafficking": (
        "Trafficking in human beings",
        "THB",
        "Human trafficking",
        "Potential victim(s) of trafficking identified",
    ),
    "both": ("THB + SoM", "Trafficking and smuggling", "Smuggling and trafficking (both)"),
}


def _ifrc_crime(ev: dict[str, object], rng: _Rng) -> tuple[str, Tags]:
    return choice(rng, _IFRC_CRIME[str(ev["crime_type"])]), []


def _ifrc_count(n: int, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if n >= 1000:
        if u < 0.6:
            return _thousands(n, ","), ["thousands_sep"]
        if u < 0.8:
            return _thousands(n, " "), ["thousands_sep"]
        return str(n), []
    if u < 0.05:
        return f"{n} people", ["count_with_unit"]
    return str(n), []


def _ifrc_country(src: Blind22Source, code: str, role: str, rng: _Rng) -> tuple[object, Tags]:
    u = rng.random()
    if u < 0.2:
        return code, ["iso3"]
    if role == "nationality" and code in _EN_DEMONYM and u < 0.33:
        return _EN_DEMONYM[code], ["demonym"]
    name = choice(rng, _EN[code])
    garbled = mojibake(name)
    if garbled is not None and u > 0.9:
        return garbled, ["mojibake"]
    return name, []


def _ifrc_transit(src: Blind22Source, codes: list[str], rng: _Rng) -> tuple[object, Tags]:
    if not codes:
        return choice(rng, ("", "direct", "N/A")) or None, []
    if rng.random() < 0.2:
        return ", ".join(codes), ["iso3"]
    return choice(rng, (" > ", ", ", " - ")).join(choice(rng, _EN[c]) for c in codes), []


def _ifrc_transport(mode: str, ev: dict[str, object], rng: _Rng) -> str:
    if mode == "sea" and ev.get("detection_country") == "ESP":
        return choice(rng, ("Cayuco", "Patera", "Boat", "Rubber dinghy"))
    words = {
        "sea": ("Boat", "Rubber dinghy", "Wooden boat", "Sea", "Fishing boat"),
        "land": ("Truck", "On foot", "Land", "Car", "Bus", "Train"),
        "air": ("Air", "Flight", "Plane"),
    }
    return choice(rng, words[mode])


def _ifrc_coords(lat: float, lon: float, rng: _Rng) -> tuple[dict[str, object], float, float, Tags]:
    if rng.random() < 0.15:
        lat_t, lat_v = _dms(lat, "N", "S", comma=False)
        lon_t, lon_v = _dms(lon, "E", "W", comma=False)
        return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, ["dms"]
    lat_v, lon_v = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{lat_v:.5f}, {lon_v:.5f}"}, lat_v, lon_v, []


_IFRC_OFFENCES = {
    "document_fraud": ("Document fraud", "Forged documents"),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drug trafficking", "Illicit goods (cigarettes)"),
    "corruption": ("Corruption",),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}


def _ifrc_offences(offs: list[str], rng: _Rng) -> object:
    if not offs:
        return None
    return choice(rng, ("; ", ", ")).join(choice(rng, _IFRC_OFFENCES[o]) for o in offs)


_IFRC_NS = {
    "ITA": ("Italian Red Cross (CRI)",),
    "ESP": ("Spanish Red Cross (CRE)",),
    "GRC": ("Hellenic Red Cross",),
    "HRV": ("Croatian Red Cross",),
    "GBR": ("British Red Cross",),
    "FRA": ("French Red Cross (CRf)",),
    "POL": ("Polish Red Cross (PCK)",),
}


def _ifrc_extras(ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    ns = _IFRC_NS.get(str(ev.get("detection_country")), ("IFRC Europe",))
    return {"ns": choice(rng, ns), "location": ev.get("hotspot")}


def _ifrc_bad_date(ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, (f"31/06/{ts.year}", f"{ts.year}-02-30", f"31 September {ts.year}"))
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year + 10}"


def _ifrc_note_date(last: pd.Timestamp) -> object:
    return (last + pd.Timedelta(days=10)).strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The five styles
# --------------------------------------------------------------------------------------
_STYLES: dict[str, _Style] = {
    "sg": _Style(
        date=_sg_date,
        crime=_sg_crime,
        exploitation={
            "sexual": ("sexual exploitation", "prostitution (sexual exploitation)", "sexual"),
            "forced_labour": ("forced labour", "labour exploitation", "forced work"),
            "forced_criminality": ("forced criminality", "forced to commit offences"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("removal of organs",),
            "other": ("other form of exploitation",),
        },
        no_exploitation=(None, None, "-", "n/a"),
        count=_sg_count,
        count_placeholders=("no data", "b.d. (no data)", "unknown"),
        suspects=lambda n, rng: (str(n), []),
        zero_words=("none", "nil"),
        suspects_placeholders=("no data", "not established"),
        gender={
            "male": ("M", "male", "men"),
            "female": ("F", "female", "women"),
            "mixed": ("M/F", "M+F", "mixed", "men and women"),
        },
        gender_placeholders=("no data",),
        age={
            "adult": ("adults", "adult", "18+"),
            "child": ("minors", "minor", "under 18"),
            "mixed": ("adults and minors", "adults + minors", "mixed (incl. minors)"),
        },
        na_words=("n/a", "not applicable"),
        country=_sg_country,
        nationality_placeholders=("not established", "no data"),
        detection={
            "POL": ("Poland", "PL", "POL", "Republic of Poland"),
            "GRC": ("Greece", "GR", "Hellenic Republic"),
        },
        transit=_sg_transit,
        transport=_sg_transport,
        coords=_sg_coords,
        coords_blank={"lat": None, "lon": None},
        coords_placeholder={"lat": "no data", "lon": "no data"},
        offences=_sg_offences,
        extras=_sg_extras,
        bad_date=_sg_bad_date,
        note_date=_sg_note_date,
    ),
    "mp": _Style(
        date=_mp_date,
        crime=_mp_crime,
        exploitation={
            "sexual": ("explotación sexual", "explotación sexual comercial", "prostitución ajena"),
            "forced_labour": (
                "trabajo forzoso",
                "explotación laboral",
                "trabajos o servicios forzados",
            ),
            "forced_criminality": ("actividades delictivas forzadas", "obligar a cometer delitos"),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "organ_removal": ("extracción de órganos",),
            "other": ("otra forma de explotación",),
        },
        no_exploitation=(None, None, "No aplica", "N/A"),
        count=_mp_count,
        count_placeholders=("N/D", "sin dato", "no determinado"),
        suspects=_mp_suspects,
        zero_words=("ninguno", "sin aprehendidos", "cero"),
        suspects_placeholders=("por determinar", "N/D"),
        gender={
            "male": ("Masculino", "Hombres", "Masc.", "H"),
            "female": ("Femenino", "Mujeres", "Fem."),
            "mixed": ("Ambos sexos", "Mixto", "Hombres y mujeres", "H/M"),
        },
        gender_placeholders=("sin dato", "N/D"),
        age={
            "adult": ("Mayores de edad", "Adultos", "Adulto"),
            "child": ("Menores de edad", "NNA", "Menor"),
            "mixed": ("Adultos y NNA", "Adultos y menores", "Mixto (incluye menores)"),
        },
        na_words=("No aplica",),
        country=_mp_country,
        nationality_placeholders=("por determinar", "sin dato"),
        detection={
            "PAN": ("Panamá", "República de Panamá", "PANAMÁ", "PAN"),
            "USA": ("Estados Unidos", "EE.UU."),
        },
        transit=_mp_transit,
        transport=_mp_transport,
        coords=_mp_coords,
        coords_blank={"lat": None, "lon": None},
        coords_placeholder={"lat": "N/D", "lon": "N/D"},
        offences=_mp_offences,
        extras=_mp_extras,
        bad_date=_mp_bad_date,
        note_date=_mp_note_date,
    ),
    "jtfa": _Style(
        date=_jtfa_date,
        crime=_jtfa_crime,
        exploitation={
            "sexual": ("Sex trafficking", "Sex", "Commercial sex"),
            "forced_labour": ("Labor trafficking", "Labor", "Forced labor"),
            "forced_criminality": ("Forced criminal activity", "Compelled drug smuggling"),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ removal",),
            "other": ("Other",),
        },
        no_exploitation=(None, None, None, "N/A"),
        count=_jtfa_count,
        count_placeholders=("UNK", "unknown", "TBD"),
        suspects=_jtfa_suspects,
        zero_words=("none", "None charged"),
        suspects_placeholders=("SEALED", "UNK", "pending"),
        gender={
            "male": ("M", "Male", "MALE"),
            "female": ("F", "Female", "FEMALE"),
            "mixed": ("M/F", "Mixed", "Both"),
        },
        gender_placeholders=("UNK",),
        age={
            "adult": ("Adult", "Single adult", "ADULT"),
            "child": ("Juvenile", "Minor", "UAC"),
            "mixed": ("Adults and juveniles", "FMUA", "Family units"),
        },
        na_words=("N/A",),
        country=_jtfa_country,
        nationality_placeholders=("UNK", "unknown"),
        detection={
            "USA": ("US", "USA", "United States"),
            "PAN": ("Panama", "PA", "Republic of Panama"),
        },
        transit=_jtfa_transit,
        transport=_jtfa_transport,
        coords=_jtfa_coords,
        coords_blank={"coordinates": None},
        coords_placeholder={"coordinates": "UNK"},
        offences=_jtfa_offences,
        extras=_jtfa_extras,
        bad_date=_jtfa_bad_date,
        note_date=_jtfa_note_date,
    ),
    "douane": _Style(
        date=_douane_date,
        crime=_douane_crime,
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme / exploitation sexuelle"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre forme d'exploitation",),
        },
        no_exploitation=(None, "sans objet", "SO"),
        count=_douane_count,
        count_placeholders=("NC", "n.c.", "inconnu", "non déterminé"),
        suspects=lambda n, rng: (str(n), []),
        zero_words=("néant", "aucun"),
        suspects_placeholders=("NC", "en cours d'identification"),
        gender={
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes", "féminin"),
            "mixed": ("H/F", "mixte", "hommes et femmes"),
        },
        gender_placeholders=("NC", "inconnu"),
        age={
            "adult": ("majeurs", "adultes", "majeur"),
            "child": ("mineurs", "MNA", "mineur(s)"),
            "mixed": ("majeurs et mineurs", "familles avec enfants", "mixte (dont mineurs)"),
        },
        na_words=("sans objet",),
        country=_douane_country,
        nationality_placeholders=("indéterminée", "NC"),
        detection={
            "FRA": ("France", "FR", "FRANCE"),
            "GBR": ("Royaume-Uni", "UK", "GB"),
        },
        transit=_douane_transit,
        transport=_douane_transport,
        coords=_douane_coords,
        coords_blank={"coordinates": None},
        coords_placeholder={"coordinates": "non relevée"},
        offences=_douane_offences,
        extras=_douane_extras,
        bad_date=_douane_bad_date,
        note_date=_douane_note_date,
    ),
    "ifrc": _Style(
        date=_ifrc_date,
        crime=_ifrc_crime,
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        no_exploitation=(None, None, "N/A"),
        count=_ifrc_count,
        count_placeholders=("unknown", "not recorded", "TBC"),
        suspects=lambda n, rng: (str(n), []),
        zero_words=("none", "nil"),
        suspects_placeholders=("unknown", "not known"),
        gender={
            "male": ("Male", "M", "Men"),
            "female": ("Female", "F", "Women"),
            "mixed": ("Mixed", "M/F", "Men & women"),
        },
        gender_placeholders=("unknown", "not recorded"),
        age={
            "adult": ("Adults", "Adult", "18+"),
            "child": ("Children", "UASC", "Minors"),
            "mixed": ("Adults & children", "Mixed", "Families with children"),
        },
        na_words=("N/A",),
        country=_ifrc_country,
        nationality_placeholders=("unknown", "undetermined"),
        detection={
            "ITA": ("Italy", "ITA", "IT"),
            "ESP": ("Spain", "ESP", "ES"),
            "GRC": ("Greece", "GRC", "GR"),
            "HRV": ("Croatia", "HRV", "HR"),
            "GBR": ("United Kingdom", "UK", "GBR"),
            "FRA": ("France", "FRA", "FR"),
            "POL": ("Poland", "POL", "PL"),
        },
        transit=_ifrc_transit,
        transport=_ifrc_transport,
        coords=_ifrc_coords,
        coords_blank={"coordinates": None},
        coords_placeholder={"coordinates": "N/A"},
        offences=_ifrc_offences,
        extras=_ifrc_extras,
        bad_date=_ifrc_bad_date,
        note_date=_ifrc_note_date,
    ),
}


def _render(
    src: Blind22Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    st = _STYLES[src.style]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, t = st.date(ts, ev, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tags += t

    cells["crime_type"], t = st.crime(ev, rng)
    exp["crime_type"] = ev["crime_type"]
    tags += t

    expl = ev.get("exploitation")
    if expl is None:
        cells["exploitation"] = st.no_exploitation[int(rng.integers(len(st.no_exploitation)))]
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, st.exploitation[str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _P_COUNT_PLACEHOLDER:
        cells["n_persons"], exp["n_persons"] = choice(rng, st.count_placeholders), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = st.count(n, rng)
        exp["n_persons"] = n
        tags += t

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    u = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif u < _P_SUSPECTS_PLACEHOLDER:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.suspects_placeholders), None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < _P_ZERO_WORD:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, st.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], t = st.suspects(k, rng)
        exp["n_suspects"] = k
        tags += t

    gender = str(ev["gender"])
    u = rng.random()
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif u < _P_GENDER_PLACEHOLDER:
        cells["gender"], exp["gender"] = choice(rng, st.gender_placeholders), "unknown"
        tags += ["blank_gender", "gender_placeholder"]
    else:
        words = st.gender[gender]
        if ev["age_group"] != "adult":
            words = tuple(w for w in words if w.lower() not in _ADULT_SEX_WORDS)
        cells["gender"], exp["gender"] = choice(rng, words), gender

    na_used = False
    age = str(ev["age_group"])
    if rng.random() < _P_NA_WORD:
        cells["age_group"], exp["age_group"] = choice(rng, st.na_words), "unknown"
        na_used = True
    else:
        words = st.age[age]
        if gender != "mixed":
            words = tuple(w for w in words if w.lower() not in _FAMILY_AGE_WORDS)
        cells["age_group"], exp["age_group"] = choice(rng, words), age

    nat = str(ev["nationality"])
    u = rng.random()
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif u < _P_NATIONALITY_PLACEHOLDER:
        cells["nationality"] = choice(rng, st.nationality_placeholders)
        exp["nationality"] = None
        tags += ["blank_nationality", "nationality_placeholder"]
    else:
        cells["nationality"], t = st.country(src, nat, "nationality", rng)
        exp["nationality"] = nat
        tags += t

    for col, role in (("origin_country", "origin"), ("destination_country", "destination")):
        code = str(ev[col])
        cells[col], t = st.country(src, code, role, rng)
        exp[col] = code
        tags += t

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        words = st.detection.get(det, (det,))
        cells["detection_country"], exp["detection_country"] = choice(rng, words), det

    cells["transit_countries"], t = st.transit(src, _transit_list(ev), rng)
    exp["transit_countries"] = ev.get("transit_countries")
    tags += t

    mode = str(ev["transport_mode"])
    if rng.random() < _P_NA_WORD:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, st.na_words), "unknown"
        na_used = True
    else:
        cells["transport_mode"], exp["transport_mode"] = st.transport(mode, ev, rng), mode
    if na_used:
        tags.append("na_word")

    u = rng.random()
    if forced_blank == "coordinates":
        cells.update(st.coords_blank)
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif u < _P_COORDS_MISSING:
        cells.update(st.coords_blank)
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif u < _P_COORDS_MISSING + _P_COORDS_PLACEHOLDER:
        cells.update(st.coords_placeholder)
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        coord_cells, exp["lat"], exp["lon"], t = st.coords(lat, lon, rng)
        cells.update(coord_cells)
        tags += t

    cells["linked_offences"] = st.offences(_offence_list(ev), rng)
    exp["linked_offences"] = ev.get("linked_offences")

    cells.update(st.extras(ev, rng))
    return cells, exp, tags


def _bad_date(src: Blind22Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _STYLES[src.style].bad_date(ts, kind, rng)


def _note_date(src: Blind22Source, last: pd.Timestamp) -> object:
    return _STYLES[src.style].note_date(last)


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_SG = Blind22Source(
    source="straz_graniczna_x",
    filename="straz_graniczna_x.csv",
    ref="SG-RSD-{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1250",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Nr sprawy / Case No.",
        "event_date": "Data zatrzymania / Date of apprehension",
        "post": "Placówka SG / BG Post",
        "detection_country": "Państwo ujawnienia / Country of detection",
        "crime_type": "Kwalifikacja prawna / Legal qualification",
        "exploitation": "Forma wykorzystania / Form of exploitation",
        "n_persons": "Liczba cudzoziemców / No. of foreigners",
        "n_suspects": "Zatrzymani organizatorzy / Facilitators detained",
        "gender": "Płeć / Sex",
        "age_group": "Wiek / Age",
        "nationality": "Obywatelstwo / Citizenship",
        "origin_country": "Kraj pochodzenia / Country of origin",
        "destination_country": "Kraj docelowy / Intended destination",
        "transit_countries": "Kraje tranzytowe / Transit countries",
        "transport_mode": "Sposób przekroczenia / Mode of crossing",
        "lat": "Szerokość geogr. / Latitude (WGS-84)",
        "lon": "Długość geogr. / Longitude (WGS-84)",
        "linked_offences": "Przestępstwa powiązane / Related offences",
    },
    note="Preliminary data as of the date of extraction - subject to verification (ZSE SG)",
    total="RAZEM / TOTAL",
    bad_count=("several", "kilka", "a group of foreigners", "approx. a dozen"),
    repeats=False,
    style="sg",
)
_MP = Blind22Source(
    source="ministerio_publico_pa_x",
    filename="ministerio_publico_pa_x.xlsx",
    ref="{year}0000{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de carpetilla",
        "event_date": "Fecha del hecho",
        "fiscalia": "Fiscalía",
        "detection_country": "País del hecho",
        "lugar": "Lugar del hecho",
        "crime_type": "Delito / modalidad",
        "exploitation": "Fin de explotación",
        "n_persons": "Víctimas / migrantes (cant.)",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Mayor / menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a actualización. Fuente: Sección de Estadísticas - MP",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "numerosos"),
    repeats=False,
    style="mp",
)
_JTFA = Blind22Source(
    source="jtfa_x",
    filename="jtfa_x.jsonl",
    ref="2:{yy:02d}-cr-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_no",
        "event_date": "offense_date",
        "district": "usao_district",
        "detection_country": "apprehension_country",
        "crime_type": "lead_charge",
        "exploitation": "trafficking_type",
        "n_persons": "aliens_or_victims",
        "n_suspects": "defendants_charged",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "coordinates": "lat_lon",
        "linked_offences": "related_charges",
    },
    note="NOTE: sealed matters included in aggregate only - law enforcement sensitive",
    total="TOTAL",
    bad_count=("multiple", "several", "group"),
    repeats=True,
    style="jtfa",
)
_DOUANE = Blind22Source(
    source="douane_hdf_x",
    filename="douane_hdf_x.csv",
    ref="DR59-{year}-{seq:04d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date de constatation",
        "service": "Service constatateur",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification (texte)",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb ESI / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "transit_countries": "Pays traversés",
        "transport_mode": "Vecteur",
        "coordinates": "Position (WGS 84)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées (pôle d'action économique)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "groupe"),
    repeats=False,
    style="douane",
)
_IFRC = Blind22Source(
    source="ifrc_europe_x",
    filename="ifrc_europe_x.csv",
    ref="IFRC-EU-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Report ID",
        "event_date": "Date of event (dd/mm/yyyy)",
        "ns": "National Society",
        "detection_country": "Country",
        "location": "Location / HSP",
        "crime_type": "Protection concern",
        "exploitation": "Type of exploitation",
        "n_persons": "People affected (#)",
        "n_suspects": "Alleged facilitators arrested (per authorities)",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Means of travel",
        "coordinates": "GPS (lat, long)",
        "linked_offences": "Linked offences",
    },
    note="Compiled from National Society reports - internal, not for publication",
    total="Grand total",
    bad_count=("several", "many", "large group"),
    repeats=True,
    style="ifrc",
)

#: The ``blind22`` sources, in the order :func:`make_blind22` returns their submissions.
BLIND22_SOURCES: tuple[Blind22Source, ...] = (_SG, _MP, _JTFA, _DOUANE, _IFRC)

_EXAMINER: Examiner[Blind22Source] = Examiner(
    sources=BLIND22_SOURCES,
    primary={
        "POL": _SG.source,
        "PAN": _MP.source,
        "USA": _JTFA.source,
        "FRA": _DOUANE.source,
    },
    compilation=_IFRC.source,
    secondary={
        ("emed", "GRC"): _SG.source,  # Polish officers deployed in Frontex JO Poseidon
        ("darien", "PAN"): _JTFA.source,  # cases worked with Panamanian vetted units
        ("channel", "GBR"): _DOUANE.source,  # juxtaposed controls and Channel patrols
        ("channel", "FRA"): _IFRC.source,  # French Red Cross in Calais
        ("blr_pol", "POL"): _IFRC.source,  # Polish Red Cross on the Belarus border
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2222,
    blank_share=0.3,
)


def make_blind22(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind22`` examiner set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``straz_graniczna_x.csv``, ``ministerio_publico_pa_x.xlsx``, ``jtfa_x.jsonl``,
        ``douane_hdf_x.csv`` and ``ifrc_europe_x.csv`` (see the module docstring), each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind22(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['straz_graniczna_x.csv', 'ministerio_publico_pa_x.xlsx', 'jtfa_x.jsonl',
     'douane_hdf_x.csv', 'ifrc_europe_x.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
