"""Examiner variant ``blind283``: five agencies never used before (files ``*_jy.*``).

The set is written from the coast and the reception points, the way first responders,
a community authority, a newspaper's data desk and an incident-intelligence feed keep
their logs:

``protection_civile_littoral_jy.csv``
    Protection Civile, antennes du littoral Nord / Pas-de-Calais: the register of the
    beach first-aid posts and night patrols (maraudes) that meet the small boats of the
    English Channel. French, cp1252, ``;``, CRLF; dates ``17/05/2023`` (sometimes with
    the hour), nationalities as the register writes them (``afghane``, ``érythréens``),
    ``Angleterre`` for the United Kingdom, decimal commas, ``aucun`` / ``?`` / ``NC``.
``british_red_cross_jy.csv``
    British Red Cross, Refugee Support and Anti-Trafficking services (Kent intake and
    the anti-trafficking hubs of London, Birmingham and Glasgow): a case-system export.
    English, UTF-8, ``,``; ``17/05/2023`` or ``17 May 2023``, ``UASC``, ``England`` and
    ``Scotland`` for the country, routes joined by ``>``, ``1,203``.
``congreso_embera_wounaan_jy.xlsx``
    Congreso General de la Comarca Emberá-Wounaan, Secretaría: the arrival register of
    Bajo Chiquito and the trails of the Darién. Spanish workbook; real Excel dates, some
    typed as text (``15/03/2022``) or as a month (``marzo 2022``); ``NNA``, ``familias
    con niños``, ``s/i``; coordinates as one ``lat, lon`` text cell.
``ec_datos_jy.csv``
    El Confidencial, unidad de datos: a newsroom sheet of landings, fence crossings and
    trafficking operations in Spain (and of Italian landings from the agencies' wires).
    Spanish, UTF-8 with BOM (Excel "CSV UTF-8"), ``;``, decimal commas, ``1.203``,
    ``17 de mayo de 2023`` or ``mayo de 2023``, ``patera``, ``cayuco``, ``salto de valla``.
``intelligence_fusion_jy.jsonl``
    Intelligence Fusion incident database (open-source incident intelligence), the
    compilation: every event no primary source reports (Italy, Greece, Croatia, Poland,
    United States) and second reports of others. English JSON lines; ISO dates, months
    (``2023-05``) and quarters (``2023-Q2``); ISO alpha-2 country codes; some names
    scraped with mojibake (``TÃ¼rkiye``); ``0.0`` coordinates when the place is not
    geocoded; pages fetched twice repeat a few incidents exactly.

Every cell's expected value is what a careful analyst reads from it; a cell that says
"not known" expects nothing (or ``unknown``) and is tagged so in the truth.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND283_SOURCES", "Blind283Source", "make_blind283"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Blind283Source(ExaminerSource):
    """A source of the ``blind283`` set: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's writer (``"pc"``, ``"brc"``, ``"emb"``, ``"ecd"``, ``"ifu"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Country wording (this variant's own, independent of the other sample tables)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
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
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: English demonyms (a British case worker's "Nationality" cell).
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
#: French nationality adjectives: feminine singular ("nationalité afghane") and
#: masculine plural ("des Afghans"), as a first-aid register writes them.
_DEMONYM_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghane", "afghans"),
    "ALB": ("albanaise", "albanais"),
    "ERI": ("érythréenne", "érythréens"),
    "IRN": ("iranienne", "iraniens"),
    "IRQ": ("irakienne", "irakiens"),
    "SYR": ("syrienne", "syriens"),
    "VNM": ("vietnamienne", "vietnamiens"),
}
#: Spanish masculine plural demonyms ("45 marroquíes", "venezolanos").
_DEMONYM_ES: dict[str, str] = {
    "BGD": "bangladesíes",
    "CHN": "chinos",
    "CIV": "marfileños",
    "COL": "colombianos",
    "DZA": "argelinos",
    "ECU": "ecuatorianos",
    "EGY": "egipcios",
    "ERI": "eritreos",
    "GIN": "guineanos",
    "GMB": "gambianos",
    "HTI": "haitianos",
    "MAR": "marroquíes",
    "MLI": "malienses",
    "NGA": "nigerianos",
    "PAK": "pakistaníes",
    "ROU": "rumanos",
    "SEN": "senegaleses",
    "SYR": "sirios",
    "TUN": "tunecinos",
    "VEN": "venezolanos",
}
#: Spanish misspellings a careful reader still recognises.
_TYPO_ES: dict[str, str] = {
    "VEN": "Venezula",
    "ECU": "Equador",
    "COL": "Colonbia",
    "HTI": "Hayti",
    "MAR": "Marrueco",
    "DZA": "Argeria",
    "SEN": "Senegál",
    "GIN": "Guinéa",
    "MLI": "Malì",
    "ROU": "Rumanía.",
}


#: Spanish month names, January first.
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


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


# --------------------------------------------------------------------------------------
# A row being written
# --------------------------------------------------------------------------------------
class _Row:
    """One event as one source writes it: cells, expected values and tags."""

    def __init__(self, src: Blind283Source, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.cells: dict[str, object] = {}
        self.tags: list[str] = []
        self.exp: dict[str, object] = {
            "event_date": pd.Timestamp(ev["event_date"]),  # type: ignore[arg-type]
            "date_precision": "day",
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": ev["n_persons"],
            "n_suspects": ev["n_suspects"],
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": ev["lat"],
            "lon": ev["lon"],
            "linked_offences": ev["linked_offences"],
        }

    # draws ----------------------------------------------------------------------------
    def p(self, prob: float) -> bool:
        return bool(self.rng.random() < prob)

    def pick(self, options: tuple[str, ...]) -> str:
        return choice(self.rng, options)

    # values ---------------------------------------------------------------------------
    def s(self, key: str) -> str | None:
        value = self.ev[key]
        return None if value is None else str(value)

    def i(self, key: str) -> int:
        return int(self.ev[key])  # type: ignore[call-overload]

    @property
    def day(self) -> pd.Timestamp:
        return pd.Timestamp(self.ev["event_date"])  # type: ignore[arg-type]

    def absent(self, *cols: str) -> None:
        """Columns the source does not have: the analyst reads nothing there."""
        for col in cols:
            if col == "exploitation":
                thb = self.ev["crime_type"] in ("trafficking", "both")
                self.exp[col] = "unknown" if thb else None
            elif col in ("gender", "age_group", "transport_mode"):
                self.exp[col] = "unknown"
            elif col == "crime_type":
                self.exp[col] = "unknown"
            else:
                self.exp[col] = None

    def case(self, col: str, text: str, rate: float = 0.04) -> str:
        """Now and then a clerk's capitals or stray spaces (the meaning stays).

        A machine feed (the incident database) writes its values as its code lists do.
        """
        if self.src.style == "ifu" or not self.p(rate):
            return text
        kind = int(self.rng.integers(4))
        out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
        if out != text:
            self.tags.append(f"case:{col}")
        return out


def _vocab(
    row: _Row,
    col: str,
    words: _Words,
    unknown: tuple[str, ...],
    rate: float,
    *,
    blank_tag: str,
) -> None:
    """Write a vocabulary cell; ``rate`` of them say "not known" (expected ``unknown``)."""
    value = row.s(col)
    if value is None or row.p(rate):
        row.cells[col] = row.pick(unknown) if row.p(0.7) else None
        row.exp[col] = "unknown"
        row.tags.append(blank_tag)
        return
    row.cells[col] = row.case(col, row.pick(words[value]))


def _crime(row: _Row, words: _Words) -> None:
    crime = row.s("crime_type")
    assert crime is not None  # every true event has a crime type
    row.cells["crime_type"] = row.case("crime_type", row.pick(words[crime]))


def _exploitation(
    row: _Row,
    words: _Words,
    unknown: tuple[str, ...],
    not_applicable: tuple[str | None, ...],
) -> None:
    expl = row.s("exploitation")
    if row.ev["crime_type"] == "smuggling":
        cell = not_applicable[int(row.rng.integers(len(not_applicable)))]
        row.cells["exploitation"] = cell
        row.exp["exploitation"] = None
        return
    if expl is None or row.p(0.06):
        row.cells["exploitation"] = row.pick(unknown)
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
        return
    row.cells["exploitation"] = row.case("exploitation", row.pick(words[expl]))


def _suspects(
    row: _Row,
    forced: str | None,
    *,
    zero_words: tuple[str, ...],
    zero_share: float,
    placeholders: tuple[str | None, ...],
    rate: float,
    numeric: bool,
) -> None:
    """Suspects: a number, a word for none (``zero_word``) or "not known"."""
    if forced == "n_suspects":
        row.cells["n_suspects"] = None
        row.exp["n_suspects"] = None
        row.tags.append("blank_n_suspects")
        return
    n = row.i("n_suspects")
    if row.p(rate):
        cell = placeholders[int(row.rng.integers(len(placeholders)))]
        row.cells["n_suspects"] = cell
        row.exp["n_suspects"] = None
        row.tags.append("suspects_placeholder" if cell is not None else "blank_n_suspects")
        return
    if n == 0 and zero_words and row.p(zero_share):
        row.cells["n_suspects"] = row.case("n_suspects", row.pick(zero_words))
        row.tags.append("zero_word")
        return
    row.cells["n_suspects"] = n if numeric else str(n)


def _persons(
    row: _Row,
    *,
    seps: tuple[str, ...],
    placeholders: tuple[str, ...],
    rate: float,
    numeric: bool,
) -> None:
    """Persons: a number, with the source's thousands separator when large."""
    n = row.i("n_persons")
    if row.p(rate):
        row.cells["n_persons"] = row.pick(placeholders)
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
        return
    if n >= 1000 and seps and row.p(0.7):
        row.cells["n_persons"] = f"{n // 1000}{row.pick(seps)}{n % 1000:03d}"
        row.tags.append("thousands:n_persons")
        return
    row.cells["n_persons"] = n if numeric else str(n)


def _nationality(row: _Row, forced: str | None, writer: Callable[[str], str]) -> None:
    if forced == "nationality":
        row.cells["nationality"] = None
        row.exp["nationality"] = None
        row.tags.append("blank_nationality")
        return
    iso = row.s("nationality")
    assert iso is not None  # every true event has a nationality
    row.cells["nationality"] = row.case("nationality", writer(iso))


def _nationality_unknown(row: _Row, words: tuple[str | None, ...], rate: float) -> bool:
    """Now and then the nationality was not recorded (``blank_nationality``)."""
    if not row.p(rate):
        return False
    row.cells["nationality"] = words[int(row.rng.integers(len(words)))]
    row.exp["nationality"] = None
    row.tags.append("blank_nationality")
    return True


def _country(
    row: _Row, col: str, writer: Callable[[str], str], unknown: tuple[str | None, ...], rate: float
) -> None:
    iso = row.s(col)
    if iso is None:
        row.cells[col] = None
        return
    if rate and row.p(rate):
        row.cells[col] = unknown[int(row.rng.integers(len(unknown)))]
        row.exp[col] = None
        row.tags.append(f"unknown:{col}")
        return
    row.cells[col] = row.case(col, writer(iso))


def _detection(row: _Row, forced: str | None, writer: Callable[[str], str]) -> None:
    if forced == "detection_country":
        row.cells["detection_country"] = None
        row.exp["detection_country"] = None
        row.tags.append("blank_detection_country")
        return
    iso = row.s("detection_country")
    assert iso is not None
    row.cells["detection_country"] = row.case("detection_country", writer(iso))


def _transit(
    row: _Row, writer: Callable[[str], str], seps: tuple[str, ...], direct: tuple[str | None, ...]
) -> None:
    """Transit countries in their order, joined by the source's separator."""
    value = row.s("transit_countries")
    if value is None:
        row.cells["transit_countries"] = direct[int(row.rng.integers(len(direct)))]
        return
    sep = row.pick(seps)
    row.cells["transit_countries"] = sep.join(writer(c) for c in value.split("|"))


def _offences(row: _Row, words: _Words, seps: tuple[str, ...]) -> None:
    value = row.s("linked_offences")
    if value is None:
        row.cells["linked_offences"] = None
        return
    sep = row.pick(seps)
    row.cells["linked_offences"] = sep.join(row.pick(words[o]) for o in value.split("|"))


def _gender(
    row: _Row,
    forced: str | None,
    words: _Words,
    unknown: tuple[str | None, ...],
    rate: float,
) -> None:
    if forced == "gender" or row.p(rate):
        cell = None if forced == "gender" else unknown[int(row.rng.integers(len(unknown)))]
        row.cells["gender"] = cell
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender")
        return
    gender = row.s("gender")
    assert gender is not None
    row.cells["gender"] = row.case("gender", row.pick(words[gender]))


def _coords_decimal(
    row: _Row,
    forced: str | None,
    *,
    decimals: int,
    comma: bool,
    missing: float,
    swap: float = 0.0,
) -> None:
    """Latitude and longitude in two cells (text), rounded as the source keeps them."""
    if forced == "coordinates" or row.p(missing):
        row.cells["lat"] = row.cells["lon"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tags.append("blank_coordinates" if forced == "coordinates" else "coords_missing")
        return
    lat = round(float(row.ev["lat"]), decimals)  # type: ignore[arg-type]
    lon = round(float(row.ev["lon"]), decimals)  # type: ignore[arg-type]
    row.exp["lat"], row.exp["lon"] = lat, lon
    t_lat, t_lon = f"{lat:.{decimals}f}", f"{lon:.{decimals}f}"
    if comma:
        t_lat, t_lon = t_lat.replace(".", ","), t_lon.replace(".", ",")
    if swap and row.p(swap):  # typed into the wrong columns; the country tells which is which
        t_lat, t_lon = t_lon, t_lat
        row.tags.append("coords_swapped")
    row.cells["lat"], row.cells["lon"] = t_lat, t_lon


# --------------------------------------------------------------------------------------
# Protection Civile, littoral Nord / Pas-de-Calais (French, CSV cp1252 ;)
# --------------------------------------------------------------------------------------
_PC_CRIME = {
    "smuggling": (
        "passage clandestin (passeurs)",
        "traversée organisée par des passeurs",
        "aide à l'entrée irrégulière",
    ),
    "trafficking": ("suspicion de traite", "traite des êtres humains (signalement)"),
    "both": ("passeurs + suspicion de traite", "trafic et traite"),
}
_PC_GENDER = {
    "female": ("femmes", "F", "féminin"),
    "male": ("hommes", "H", "masculin"),
    "mixed": ("mixte", "H/F", "hommes et femmes"),
}
_PC_AGE = {
    "adult": ("majeurs", "adultes"),
    "child": ("mineurs", "MNA", "enfants"),
    "mixed": ("familles", "adultes + mineurs", "mixte"),
}
_PC_MODE = {
    "sea": ("small boat", "embarcation pneumatique", "bateau", "small boat (SB)"),
    "land": ("camion", "poids lourd", "PL", "à pied"),
    "air": ("avion",),
}
_PC_NC = ("NC", "inconnu", "?")


def _pc_nationality(row: _Row, iso: str) -> str:
    fem, plural = _DEMONYM_FR.get(iso, (_name(iso, "fr"), _name(iso, "fr")))
    r = row.rng.random()
    if r < 0.4:
        return _name(iso, "fr")
    if r < 0.8:
        row.tags.append("adjective:nationality")
        return fem
    row.tags.append("adjective:nationality")
    return plural


def _pc_destination(row: _Row, iso: str) -> str:
    if iso == "GBR":
        word = row.pick(("Royaume-Uni", "Angleterre", "UK", "GB"))
        if word != "Royaume-Uni":
            row.tags.append("alias:destination_country")
        return word
    return _name(iso, "fr")


def _pc_detection(row: _Row, iso: str) -> str:
    if iso == "GBR":  # a departure the antenna saw; the boat was met at Dover
        return row.pick(("Royaume-Uni", "Angleterre", "Royaume-Uni (Douvres)"))
    return row.pick(("France", "France", "FRANCE", "Fr"))


def _render_pc(row: _Row, forced: str | None, partial_ok: bool) -> None:
    day = row.day
    if row.p(0.15):  # the register's time-stamped entries
        hh, mm = int(row.rng.integers(0, 24)), int(row.rng.integers(0, 60))
        row.cells["event_date"] = f"{day:%d/%m/%Y} {hh:02d}:{mm:02d}"
        row.tags.append("datetime")
    else:
        row.cells["event_date"] = f"{day:%d/%m/%Y}"
    _crime(row, _PC_CRIME)
    n = row.i("n_persons")
    if n < 1000 and row.p(0.03):
        row.cells["n_persons"] = f"env. {n}"
        row.tags.append("approx_count")
    else:
        _persons(row, seps=("\u00a0", " "), placeholders=("NC",), rate=0.01, numeric=False)
    _suspects(
        row,
        forced,
        zero_words=("aucun", "néant"),
        zero_share=0.5,
        placeholders=("?", "NC", None),
        rate=0.04,
        numeric=False,
    )
    _gender(row, forced, _PC_GENDER, _PC_NC, 0.02)
    _vocab(row, "age_group", _PC_AGE, _PC_NC, 0.02, blank_tag="na_word")
    if not _nationality_unknown(row, ("NC", "inconnue", None), 0.04):
        _nationality(row, forced, lambda iso: _pc_nationality(row, iso))
    _country(row, "destination_country", lambda iso: _pc_destination(row, iso), ("NC", None), 0.03)
    _detection(row, forced, lambda iso: _pc_detection(row, iso))
    _vocab(row, "transport_mode", _PC_MODE, _PC_NC, 0.01, blank_tag="na_word")
    _coords_decimal(row, forced, decimals=5, comma=True, missing=0.08)
    row.absent("exploitation", "origin_country", "transit_countries", "linked_offences")


# --------------------------------------------------------------------------------------
# British Red Cross, Refugee Support and Anti-Trafficking (English, CSV UTF-8 ,)
# --------------------------------------------------------------------------------------
_BRC_CRIME = {
    "smuggling": ("Facilitated irregular entry", "People smuggling"),
    "trafficking": ("Modern slavery / trafficking", "Human trafficking (NRM referral)"),
    "both": ("Trafficking & smuggling", "Smuggled and trafficked"),
}
_BRC_EXPL = {
    "sexual": ("Sexual exploitation",),
    "forced_labour": ("Labour exploitation", "Forced labour"),
    "forced_criminality": (
        "Criminal exploitation",
        "Criminal exploitation (cannabis cultivation)",
    ),
    "organ_removal": ("Organ harvesting",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_BRC_GENDER = {
    "female": ("Female", "F"),
    "male": ("Male", "M"),
    "mixed": ("Mixed", "Male & female"),
}
_BRC_AGE = {
    "adult": ("Adult", "Adults", "18+"),
    "child": ("Child", "UASC", "Under 18"),
    "mixed": ("Adults & children", "Family group"),
}
_BRC_MODE = {
    "sea": ("Small boat", "Boat", "Dinghy"),
    "land": ("Lorry", "HGV", "Car"),
    "air": ("Flight", "Air"),
}
_BRC_OFFENCES = {
    "document_fraud": ("Document fraud", "False documents"),
    "corruption": ("Bribery/corruption",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drugs", "Drugs (cannabis)"),
    "cybercrime": ("Online exploitation/cyber",),
    "terrorism": ("Terrorism",),
}
_BRC_NR = ("Not recorded", "Not known")


def _brc_nationality(row: _Row, iso: str) -> str:
    if iso in _DEMONYM_EN and row.p(0.6):
        row.tags.append("adjective:nationality")
        return _DEMONYM_EN[iso]
    return _name(iso, "en")


def _brc_country(row: _Row, iso: str) -> str:
    if iso == "GBR":
        word = row.pick(("UK", "United Kingdom", "U.K."))
        if word != "United Kingdom":
            row.tags.append("alias:destination_country")
        return word
    return _name(iso, "en")


def _brc_detection(row: _Row, iso: str) -> str:
    if iso != "GBR":
        return _name(iso, "en")
    nation = "Scotland" if row.ev["hotspot"] == "Glasgow" else "England"
    word = row.pick(("United Kingdom", "UK", nation, nation))
    if word != "United Kingdom":
        row.tags.append("alias:detection_country")
    return word


def _render_brc(row: _Row, forced: str | None, partial_ok: bool) -> None:
    day = row.day
    if row.p(0.2):
        row.cells["event_date"] = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        row.tags.append("long_date")
    else:
        row.cells["event_date"] = f"{day:%d/%m/%Y}"
    _crime(row, _BRC_CRIME)
    _exploitation(row, _BRC_EXPL, ("Not disclosed", "Unknown"), (None, "N/A", None))
    _persons(row, seps=(",",), placeholders=("Not known",), rate=0.01, numeric=False)
    _suspects(
        row,
        forced,
        zero_words=("None", "none"),
        zero_share=0.4,
        placeholders=("Unknown", "Not known"),
        rate=0.05,
        numeric=False,
    )
    _gender(row, forced, _BRC_GENDER, _BRC_NR, 0.02)
    _vocab(row, "age_group", _BRC_AGE, _BRC_NR, 0.02, blank_tag="na_word")
    if not _nationality_unknown(row, ("Not disclosed", None), 0.03):
        _nationality(row, forced, lambda iso: _brc_nationality(row, iso))
    _country(row, "origin_country", lambda iso: _name(iso, "en"), ("Unknown", None), 0.04)
    _country(row, "destination_country", lambda iso: _brc_country(row, iso), (None,), 0.02)
    _detection(row, forced, lambda iso: _brc_detection(row, iso))
    _transit(row, lambda iso: _name(iso, "en"), (" > ", " > ", ">"), ("Direct", None))
    _vocab(row, "transport_mode", _BRC_MODE, _BRC_NR, 0.02, blank_tag="na_word")
    _coords_decimal(row, forced, decimals=4, comma=False, missing=0.1, swap=0.01)
    _offences(row, _BRC_OFFENCES, ("; ", "; ", ", "))


# --------------------------------------------------------------------------------------
# Congreso General Emberá-Wounaan, Secretaría (Spanish, XLSX)
# --------------------------------------------------------------------------------------
_EMB_CRIME = {
    "smuggling": ("tránsito irregular con guía", "tráfico de migrantes"),
    "trafficking": ("posible trata", "trata de personas"),
    "both": ("tráfico y posible trata",),
}
_EMB_GENDER = {
    "female": ("mujeres", "Mujeres"),
    "male": ("hombres", "Hombres", "varones"),
    "mixed": ("mixto", "hombres y mujeres"),
}
_EMB_AGE = {
    "adult": ("adultos", "Adultos"),
    "child": ("NNA", "menores"),
    "mixed": ("familias con niños", "adultos y NNA"),
}
_EMB_MODE = {
    "land": ("a pie", "caminando (selva)", "terrestre"),
    "sea": ("lancha",),
    "air": ("avión",),
}
_EMB_SI = ("s/i", "S/I", "sin información")


def _emb_nationality(row: _Row, iso: str) -> str:
    r = row.rng.random()
    if iso in _TYPO_ES and r < 0.06:
        row.tags.append("typo:nationality")
        return _TYPO_ES[iso]
    if iso in _DEMONYM_ES and r < 0.5:
        row.tags.append("adjective:nationality")
        return _DEMONYM_ES[iso]
    return _name(iso, "es")


def _emb_destination(row: _Row, iso: str) -> str:
    if iso == "USA":
        word = row.pick(("Estados Unidos", "EE.UU.", "EEUU", "USA"))
        if word != "Estados Unidos":
            row.tags.append("alias:destination_country")
        return word
    return _name(iso, "es")


def _render_emb(row: _Row, forced: str | None, partial_ok: bool) -> None:
    day = row.day
    r = row.rng.random()
    if partial_ok and r < 0.05:  # entered later from the notebook: the month only
        row.cells["event_date"] = f"{_MONTHS_ES[day.month - 1]} {day.year}"
        row.exp["event_date"] = day.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif r < 0.25:
        row.cells["event_date"] = f"{day:%d/%m/%Y}"  # typed as text
        row.tags.append("text_date")
    else:
        row.cells["event_date"] = day.to_pydatetime()
    _crime(row, _EMB_CRIME)
    n = row.i("n_persons")
    if row.p(0.05) and n < 1000:
        row.cells["n_persons"] = f"{n} personas"
        row.tags.append("count_text")
    else:
        _persons(row, seps=(), placeholders=("s/i", "sin contar"), rate=0.01, numeric=True)
    _suspects(
        row,
        forced,
        zero_words=("ninguno", "no"),
        zero_share=0.5,
        placeholders=("no se sabe", "s/i"),
        rate=0.08,
        numeric=True,
    )
    _gender(row, forced, _EMB_GENDER, _EMB_SI, 0.03)
    _vocab(row, "age_group", _EMB_AGE, _EMB_SI, 0.03, blank_tag="na_word")
    if not _nationality_unknown(row, _EMB_SI, 0.03):
        _nationality(row, forced, lambda iso: _emb_nationality(row, iso))
    _country(row, "origin_country", lambda iso: _name(iso, "es"), (*_EMB_SI, None), 0.05)
    _country(
        row, "destination_country", lambda iso: _emb_destination(row, iso), ("s/i", None), 0.04
    )
    _detection(row, forced, lambda iso: row.pick(("Panamá", "Panamá", "PANAMA", "Panama")))
    _transit(row, lambda iso: _name(iso, "es"), (" - ", "-", " / "), (None,))
    _vocab(row, "transport_mode", _EMB_MODE, _EMB_SI, 0.02, blank_tag="na_word")
    if forced == "coordinates" or row.p(0.3):
        row.cells["coordinates"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tags.append("blank_coordinates" if forced == "coordinates" else "coords_missing")
    else:
        lat = round(float(row.ev["lat"]), 5)  # type: ignore[arg-type]
        lon = round(float(row.ev["lon"]), 5)  # type: ignore[arg-type]
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    row.absent("exploitation", "linked_offences")


# --------------------------------------------------------------------------------------
# El Confidencial, unidad de datos (Spanish, CSV UTF-8 with BOM ;)
# --------------------------------------------------------------------------------------
_ECD_CRIME = {
    "smuggling": (
        "inmigración irregular (tráfico de migrantes)",
        "favorecimiento de la inmigración irregular",
        "tráfico de migrantes",
    ),
    "trafficking": ("trata de seres humanos", "trata"),
    "both": ("trata y tráfico de migrantes",),
}
_ECD_EXPL = {
    "sexual": ("explotación sexual",),
    "forced_labour": ("explotación laboral", "trabajos forzados"),
    "forced_criminality": ("criminalidad forzada", "obligados a delinquir"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otras formas",),
}
_ECD_GENDER = {
    "female": ("mujeres",),
    "male": ("hombres", "varones"),
    "mixed": ("mixto", "hombres y mujeres"),
}
_ECD_AGE = {
    "adult": ("adultos",),
    "child": ("menores", "menores no acompañados"),
    "mixed": ("adultos y menores",),
}
_ECD_OFFENCES = {
    "document_fraud": ("falsedad documental",),
    "corruption": ("cohecho",),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("tráfico de drogas",),
    "cybercrime": ("ciberdelitos",),
    "terrorism": ("terrorismo",),
}
_ECD_SD = ("sin datos", "s/d")


def _ecd_mode(row: _Row) -> None:
    mode = row.s("transport_mode")
    if mode is None or row.p(0.02):
        row.cells["transport_mode"] = row.pick(_ECD_SD)
        row.exp["transport_mode"] = "unknown"
        row.tags.append("na_word")
        return
    hotspot = str(row.ev["hotspot"])
    if mode == "sea":
        words: tuple[str, ...] = (
            ("cayuco", "neumática")
            if row.ev["corridor"] == "watl"
            else (
                "patera",
                "neumática",
                "embarcación",
            )
        )
    elif mode == "land":
        words = (
            ("salto de valla", "a pie por el espigón", "bajos de camión")
            if hotspot in ("Ceuta", "Melilla")
            else ("furgoneta", "autobús", "coche")
        )
    else:
        words = ("avión", "vuelo")
    row.cells["transport_mode"] = row.case("transport_mode", row.pick(words))


def _ecd_nationality(row: _Row, iso: str) -> str:
    r = row.rng.random()
    if iso in _TYPO_ES and r < 0.05:
        row.tags.append("typo:nationality")
        return _TYPO_ES[iso]
    if iso in _DEMONYM_ES and r < 0.45:
        row.tags.append("adjective:nationality")
        return _DEMONYM_ES[iso]
    return _name(iso, "es")


def _render_ecd(row: _Row, forced: str | None, partial_ok: bool) -> None:
    day = row.day
    r = row.rng.random()
    if partial_ok and r < 0.07:  # "en mayo": the article gives the month only
        row.cells["event_date"] = f"{_MONTHS_ES[day.month - 1]} de {day.year}"
        row.exp["event_date"] = day.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif r < 0.2:
        row.cells["event_date"] = f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}"
        row.tags.append("long_date")
    else:
        row.cells["event_date"] = f"{day:%d/%m/%Y}"
    _crime(row, _ECD_CRIME)
    _exploitation(row, _ECD_EXPL, ("sin especificar",), (None, "no aplica", None))
    _persons(row, seps=(".",), placeholders=("sin determinar",), rate=0.01, numeric=False)
    _suspects(
        row,
        forced,
        zero_words=("ninguno", "sin detenidos"),
        zero_share=0.35,
        placeholders=_ECD_SD,
        rate=0.05,
        numeric=False,
    )
    _gender(row, forced, _ECD_GENDER, _ECD_SD, 0.03)
    _vocab(row, "age_group", _ECD_AGE, _ECD_SD, 0.03, blank_tag="na_word")
    if not _nationality_unknown(row, ("sin datos", None), 0.03):
        _nationality(row, forced, lambda iso: _ecd_nationality(row, iso))
    _country(row, "origin_country", lambda iso: _name(iso, "es"), ("sin datos", None), 0.05)
    _country(row, "destination_country", lambda iso: _name(iso, "es"), (None,), 0.04)
    _detection(row, forced, lambda iso: row.case("detection_country", _name(iso, "es"), 0.1))
    _transit(row, lambda iso: _name(iso, "es"), (" / ", ", ", " y "), (None, "directo"))
    _ecd_mode(row)
    _coords_decimal(row, forced, decimals=4, comma=True, missing=0.15)
    _offences(row, _ECD_OFFENCES, (", ", " y "))


# --------------------------------------------------------------------------------------
# Intelligence Fusion incident feed (English, JSON lines), the compilation
# --------------------------------------------------------------------------------------
_IFU_CRIME = {
    "smuggling": ("People Smuggling",),
    "trafficking": ("Human Trafficking",),
    "both": ("Human Trafficking & People Smuggling",),
}
_IFU_EXPL = {
    "sexual": ("Sexual Exploitation",),
    "forced_labour": ("Forced Labour",),
    "forced_criminality": ("Forced Criminality",),
    "organ_removal": ("Organ Trafficking",),
    "forced_marriage": ("Forced Marriage",),
    "other": ("Other Exploitation",),
}
_IFU_GENDER = {"female": ("female",), "male": ("male",), "mixed": ("mixed",)}
_IFU_AGE = {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)}
_IFU_MODE = {"sea": ("maritime",), "land": ("land",), "air": ("air",)}
_IFU_OFFENCES = {
    "document_fraud": ("document fraud",),
    "corruption": ("corruption",),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drug trafficking", "contraband"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}


def _ifu_name(row: _Row, iso: str, col: str) -> str:
    """Write a scraped name; now and then a UTF-8 page read as cp1252 (``TÃ¼rkiye``)."""
    name = _name(iso, "en")
    garbled = mojibake(name)
    if garbled is not None and row.p(0.3):
        row.tags.append(f"mojibake:{col}")
        return garbled
    return name


def _ifu_nationality(row: _Row, iso: str) -> str:
    if row.p(0.25):
        row.tags.append("iso3:nationality")
        return iso
    return _ifu_name(row, iso, "nationality")


def _render_ifu(row: _Row, forced: str | None, partial_ok: bool) -> None:
    day = row.day
    r = row.rng.random()
    if partial_ok and r < 0.06:
        row.cells["event_date"] = f"{day:%Y-%m}"
        row.exp["event_date"] = day.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif partial_ok and r < 0.1:
        row.cells["event_date"] = f"{day.year}-Q{day.quarter}"
        row.exp["event_date"] = day.to_period("Q").start_time
        row.exp["date_precision"] = "quarter"
        row.tags.append("partial_date")
    elif r < 0.3:
        hh, mm = int(row.rng.integers(6, 21)), int(row.rng.integers(0, 60))
        row.cells["event_date"] = f"{day:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z"
        row.tags.append("datetime")
    else:
        row.cells["event_date"] = f"{day:%Y-%m-%d}"
    _crime(row, _IFU_CRIME)
    _exploitation(row, _IFU_EXPL, ("Unspecified",), (None,))
    _persons(row, seps=(",",), placeholders=("unknown",), rate=0.01, numeric=True)
    _suspects(
        row,
        forced,
        zero_words=(),
        zero_share=0.0,
        placeholders=(None, "unknown"),
        rate=0.05,
        numeric=True,
    )
    _gender(row, forced, _IFU_GENDER, (None,), 0.03)
    _vocab(row, "age_group", _IFU_AGE, ("unknown", "unspecified"), 0.03, blank_tag="na_word")
    if not _nationality_unknown(row, (None,), 0.03):
        _nationality(row, forced, lambda iso: _ifu_nationality(row, iso))
    _country(
        row, "origin_country", lambda iso: _ifu_name(row, iso, "origin_country"), (None,), 0.04
    )
    _country(
        row,
        "destination_country",
        lambda iso: _ifu_name(row, iso, "destination_country"),
        (None,),
        0.04,
    )
    _detection(row, forced, lambda iso: iso_codes(iso)[0])
    if forced != "detection_country":
        row.tags.append("iso2:detection_country")
    _transit(row, lambda iso: _ifu_name(row, iso, "transit_countries"), (", ",), (None,))
    _vocab(row, "transport_mode", _IFU_MODE, ("unknown",), 0.02, blank_tag="na_word")
    if forced == "coordinates" or row.p(0.05):
        row.cells["lat"] = row.cells["lon"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tags.append("blank_coordinates" if forced == "coordinates" else "coords_missing")
    elif row.p(0.01):  # not geocoded: the feed's default point
        row.cells["lat"] = row.cells["lon"] = 0.0
        row.exp["lat"] = row.exp["lon"] = None
        row.tags.append("coords_placeholder")
    else:
        lat = round(float(row.ev["lat"]), 5)  # type: ignore[arg-type]
        lon = round(float(row.ev["lon"]), 5)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = lat, lon
        row.exp["lat"], row.exp["lon"] = lat, lon
    _offences(row, _IFU_OFFENCES, ("; ",))


_WRITERS: dict[str, Callable[[_Row, str | None, bool], None]] = {
    "pc": _render_pc,
    "brc": _render_brc,
    "emb": _render_emb,
    "ecd": _render_ecd,
    "ifu": _render_ifu,
}


def _render(
    src: Blind283Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    row = _Row(src, ev, rng)
    _WRITERS[src.style](row, forced_blank, partial_ok)
    return row.cells, row.exp, row.tags


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: Blind283Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.style == "ifu":
            return f"{ts.year}-02-30"
        if src.style == "brc":
            return f"31 February {ts.year}"
        return f"31/02/{ts.year}"
    future = ts + pd.DateOffset(years=10)  # a slipped digit: 2023 typed 2033
    if src.style == "emb":
        return future.to_pydatetime()
    if src.style == "ifu":
        return f"{future:%Y-%m-%d}"
    return f"{future:%d/%m/%Y}"


def _note_date(src: Blind283Source, last: pd.Timestamp) -> object:
    if src.style == "emb":
        return datetime(last.year, last.month, last.day)
    return f"{last:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
#: The sources of the set, in the order :func:`make_blind283` returns them.
BLIND283_SOURCES: tuple[Blind283Source, ...] = (
    Blind283Source(
        source="protection_civile_littoral",
        filename="protection_civile_littoral_jy.csv",
        ref="PC-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° intervention",
            "event_date": "Date intervention",
            "crime_type": "Nature des faits",
            "n_persons": "Nb personnes prises en charge",
            "n_suspects": "Passeurs signalés",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité déclarée",
            "destination_country": "Destination annoncée",
            "detection_country": "Pays",
            "transport_mode": "Moyen",
            "lat": "Latitude",
            "lon": "Longitude",
        },
        note="Extraction du registre des interventions - chiffres provisoires",
        total="TOTAL",
        bad_count=("plusieurs", "une dizaine", "nombreux"),
        repeats=False,
        style="pc",
    ),
    Blind283Source(
        source="british_red_cross",
        filename="british_red_cross_jy.csv",
        ref="BRC-RSAT-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case Ref",
            "event_date": "Date of First Contact",
            "crime_type": "Case Type",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of People",
            "n_suspects": "Suspected Perpetrators",
            "gender": "Sex",
            "age_group": "Age Group",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Location (Country)",
            "transit_countries": "Route (Countries Transited)",
            "transport_mode": "Mode of Travel",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Related Offences",
        },
        note="OFFICIAL-SENSITIVE - extracted for partner reporting",
        total="Total",
        bad_count=("several", "a group", "dozens"),
        repeats=False,
        style="brc",
    ),
    Blind283Source(
        source="congreso_embera_wounaan",
        filename="congreso_embera_wounaan_jy.xlsx",
        ref="EW-{yy:02d}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "N° de registro",
            "event_date": "Fecha de llegada",
            "crime_type": "Situación",
            "n_persons": "Total de personas",
            "n_suspects": "Guías (coyotes)",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino final",
            "detection_country": "País",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Forma de viaje",
            "coordinates": "Coordenadas",
        },
        note="Nota: registro de la Secretaría del Congreso, datos sujetos a revisión",
        total="TOTAL GENERAL",
        bad_count=("varios", "un grupo", "muchos"),
        repeats=False,
        style="emb",
    ),
    Blind283Source(
        source="ec_datos",
        filename="ec_datos_jy.csv",
        ref="ECD-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "ID",
            "event_date": "Fecha",
            "crime_type": "Tipo de delito",
            "exploitation": "Forma de explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Fuente: notas de Interior, Salvamento Marítimo y Guardia Civil; elaboración propia",
        total="Total",
        bad_count=("decenas", "varios", "un centenar"),
        repeats=False,
        style="ecd",
    ),
    Blind283Source(
        source="intelligence_fusion",
        filename="intelligence_fusion_jy.jsonl",
        ref="IF-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date",
            "crime_type": "category",
            "exploitation": "sub_category",
            "n_persons": "persons",
            "n_suspects": "arrests",
            "gender": "gender",
            "age_group": "age_group",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "country_code",
            "transit_countries": "transit",
            "transport_mode": "transport",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "tags",
        },
        note=None,
        total="TOTAL",
        bad_count=("dozens", "several", "scores"),
        repeats=True,
        style="ifu",
    ),
)

_EXAMINER: Examiner[Blind283Source] = Examiner(
    sources=BLIND283_SOURCES,
    primary={
        "FRA": "protection_civile_littoral",
        "GBR": "british_red_cross",
        "PAN": "congreso_embera_wounaan",
        "ESP": "ec_datos",
    },
    compilation="intelligence_fusion",
    secondary={
        ("channel", "FRA"): "british_red_cross",
        ("channel", "GBR"): "protection_civile_littoral",
        ("darien", "PAN"): "intelligence_fusion",
        ("watl", "ESP"): "intelligence_fusion",
        ("wmed", "ESP"): "intelligence_fusion",
        ("thb_rou_esp", "ESP"): "intelligence_fusion",
        ("thb_vnm_gbr", "GBR"): "intelligence_fusion",
        ("cmed", "ITA"): "ec_datos",
        ("thb_rou_esp", "ITA"): "ec_datos",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=283_0283,
    blank_share=0.3,
)


def make_blind283(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind283`` submissions (files ``*_jy.*``).

    France's events go to the Protection Civile littoral register, the United Kingdom's
    to the British Red Cross, Panama's to the Emberá-Wounaan Congress and Spain's to El
    Confidencial's data desk; every other event (Italy, Greece, Croatia, Poland, the
    United States) to the Intelligence Fusion feed. Some events are reported a second
    time by another of them (a Channel crossing seen from both shores, a landing picked
    up by the feed or the newspaper).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND283_SOURCES`, in that order, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind283(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['protection_civile_littoral_jy.csv', 'british_red_cross_jy.csv',
     'congreso_embera_wounaan_jy.xlsx', 'ec_datos_jy.csv', 'intelligence_fusion_jy.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° intervention', 'Date intervention', 'Nature des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
