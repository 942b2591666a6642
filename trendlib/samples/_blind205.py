"""Examiner set ``blind205`` (files ``*_gy.*``): sea-side communities and a risk desk.

Five agencies that meet the boats, or the people, before the police files are written:

``talithakum_it_gy.xlsx``
    Talitha Kum Italia (USMI), the network of religious sisters against trafficking, in
    English: sisters at the Lampedusa, Pozzallo and Crotone landings and in the Nigerian
    and Romanian cases of Castel Volturno, Turin, Palermo and the Agro Pontino. Excel
    dates, some typed as text (day first), a few months or quarters only; nationalities
    as demonyms ("Nigerian", "Ivorian"); routes ``Niger > Libya``; no positions.
``fncp_cofradias_gy.csv``
    Federación Nacional de Cofradías de Pescadores (Madrid), the fishermen's guilds'
    consolidated sheet of boats met at sea and at the ports, in Spanish: cp1252, ``;``,
    CRLF, dates ``dd/mm/aaaa`` (some ``dd/mm/aa`` or ``dd-mm-aaaa``), ``1.250`` and
    ``aprox. 45`` persons, "subsaharianos" where no nationality is known, positions in
    degrees and decimal minutes (``36º 49,9' N - 2º 27,6' W``), mojibake from guilds'
    UTF-8 sheets opened as ANSI.
``crpmem_hdf_gy.xlsx``
    Comité régional des pêches maritimes Hauts-de-France (Boulogne-sur-Mer), the
    skippers' reports of small boats in the Channel, in French: Excel dates, some as
    text or serial numbers, ``env. 40`` persons, "aucun" passeur, nationalities as
    adjectives ("afghane"), "Angleterre" as destination, positions ``50°57,30'N``.
``hrt_gr_gy.csv``
    Hellenic Rescue Team, the volunteer lifeboat crews of Lesvos, Samos and Evros, in
    English: UTF-16 tab-separated text as Excel saves it, date and time of the call,
    the craft (``Rubber dinghy``) as the only word on the means, no crime type.
``riskintel_gy.jsonl``
    Risk Intelligence (Copenhagen), a maritime and border risk feed: the compilation of
    what no community source reports (Balkans, Poland, the Channel at Dover, the Darién,
    the US-Mexico border) and second reports of sea crossings. ISO codes (alpha-2
    nationality, alpha-3 origin and destination, numeric country), ISO dates with a few
    months (``2023-05``) and quarters (``2023-Q2``), transit countries as JSON arrays.

Each source writes only what it knows: a column it does not keep expects ``unknown`` (a
vocabulary) or nothing (a country, a count, a place). A cell that does not name one
country ("subsaharianos", "Various", "kurde") expects no nationality.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND205", "SOURCES", "make_blind205"]

_Rng = np.random.Generator
#: source -> canonical word -> the words the source writes for it
_Words = dict[str, dict[str, tuple[str, ...]]]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_TALITHA = ExaminerSource(
    source="talithakum_it",
    filename="talithakum_it_gy.xlsx",
    ref="TKI/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case code",
        "event_date": "Date of first contact",
        "_place": "Place",
        "detection_country": "Country",
        "crime_type": "Case type",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "Alleged exploiters / smugglers",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "transit_countries": "Route (countries crossed)",
        "transport_mode": "Arrival by",
        "linked_offences": "Related offences",
    },
    note="Provisional data - cases still being verified by the local networks",
    total="TOTAL",
    bad_count=("many", "a group", "several"),
    repeats=False,
)
_FNCP = ExaminerSource(
    source="fncp_cofradias",
    filename="fncp_cofradias_gy.csv",
    ref="{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº parte",
        "event_date": "Fecha",
        "_guild": "Cofradía",
        "detection_country": "País",
        "crime_type": "Tipo de hecho",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "transport_mode": "Medio",
        "coordinates": "Posición",
    },
    note="Nota: datos facilitados por las cofradías, pendientes de validar",
    total="TOTAL GENERAL",
    bad_count=("varias decenas", "muchos", "bastantes"),
    repeats=True,
)
_CRPMEM = ExaminerSource(
    source="crpmem_hdf",
    filename="crpmem_hdf_gy.xlsx",
    ref="SIG-{year}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf. signalement",
        "event_date": "Date",
        "_port": "Port d'attache du navire",
        "detection_country": "Pays",
        "crime_type": "Nature des faits",
        "n_persons": "Nb de personnes",
        "n_suspects": "Passeurs repérés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "destination_country": "Destination",
        "transport_mode": "Embarcation / moyen",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="NB : signalements transmis par les patrons pêcheurs, non vérifiés",
    total="Total",
    bad_count=("plusieurs dizaines", "nombreux", "plusieurs"),
    repeats=False,
)
_HRT = ExaminerSource(
    source="hrt_gr",
    filename="hrt_gr_gy.csv",
    ref="HRT-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Incident No",
        "event_date": "Date/Time (local)",
        "_station": "Station",
        "detection_country": "Country",
        "transport_mode": "Craft",
        "n_persons": "Persons rescued",
        "n_suspects": "Suspected facilitators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality (declared)",
        "transit_countries": "Route (declared)",
        "lat": "Lat",
        "lon": "Lon",
    },
    note="Note: positions as logged by the station coordinators",
    total="Total",
    bad_count=("dozens", "many", "approx"),
    repeats=False,
)
_RISK = ExaminerSource(
    source="riskintel",
    filename="riskintel_gy.jsonl",
    ref="RI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "id",
        "event_date": "date",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "arrests",
        "gender": "gender",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "countryCode",
        "_location": "locationName",
        "transit_countries": "transitCountries",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "linkedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several", "multiple"),
    repeats=True,
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_TALITHA, _FNCP, _CRPMEM, _HRT, _RISK)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_EN_NAME = {
    "AFG": "Afghanistan",
    "CIV": "Côte d'Ivoire",
    "GBR": "United Kingdom",
    "TUR": "Turkey",
    "USA": "United States",
    "VNM": "Vietnam",
}
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
# Misspellings met in English case sheets (a reader still knows the country).
_EN_TYPO = {
    "AFG": "Afgan",
    "BGD": "Bangaldeshi",
    "CIV": "Ivoirian",
    "EGY": "Egyption",
    "ERI": "Eritrian",
    "IRQ": "Iraki",
    "NGA": "Nigerain",
    "PAK": "Pakistany",
    "SYR": "Syrain",
    "TUN": "Tunisain",
}
_ES_DEMONYM = {  # masculine plural, feminine plural
    "CIV": ("marfileños", "marfileñas"),
    "DZA": ("argelinos", "argelinas"),
    "GIN": ("guineanos", "guineanas"),
    "GMB": ("gambianos", "gambianas"),
    "MAR": ("marroquíes", "marroquíes"),
    "MLI": ("malienses", "malienses"),
    "ROU": ("rumanos", "rumanas"),
    "SEN": ("senegaleses", "senegalesas"),
}
_ES_VAGUE = {  # words for a region, not a nationality
    "CIV": "subsaharianos",
    "GIN": "subsaharianos",
    "GMB": "subsaharianos",
    "MLI": "subsaharianos",
    "SEN": "subsaharianos",
    "DZA": "magrebíes",
    "MAR": "magrebíes",
}
_FR_ADJ = {  # feminine, agreeing with "nationalité"
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_FR_TYPO = {"AFG": "afgane", "IRQ": "irakiene", "ERI": "érythréene", "SYR": "syriene"}
_FR_VAGUE = {"IRQ": "kurde", "IRN": "kurde", "SYR": "kurde"}

_CRIME: _Words = {
    "talithakum_it": {
        "trafficking": ("Trafficking", "THB", "Human trafficking"),
        "smuggling": ("Smuggling", "Migrant smuggling", "SOM"),
        "both": ("Trafficking & smuggling", "THB + SOM"),
    },
    "fncp_cofradias": {
        "trafficking": ("Trata de seres humanos", "Trata"),
        "smuggling": (
            "Tráfico de migrantes",
            "Tráfico ilícito de migrantes",
            "Favorecimiento inmigración ilegal",
        ),
        "both": ("Trata y tráfico de migrantes",),
    },
    "crpmem_hdf": {
        "trafficking": ("Traite des êtres humains", "Traite"),
        "smuggling": ("Trafic de migrants", "Passage clandestin (passeurs)", "Trafic de migrants"),
        "both": ("Traite et trafic de migrants",),
    },
    "riskintel": {
        "trafficking": ("Human trafficking",),
        "smuggling": ("Migrant smuggling",),
        "both": ("Human trafficking / migrant smuggling",),
    },
}
_EXPLOITATION: _Words = {
    "talithakum_it": {
        "sexual": ("Sexual exploitation", "Forced prostitution"),
        "forced_labour": ("Labour exploitation", "Caporalato (farm labour)", "Forced labour"),
        "forced_criminality": ("Forced criminal activities", "Forced drug dealing"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "fncp_cofradias": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otros fines",),
    },
    "riskintel": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
_GENDER: _Words = {
    "talithakum_it": {
        "female": ("F", "Female", "Women"),
        "male": ("M", "Male"),
        "mixed": ("M/F", "Mixed"),
    },
    "fncp_cofradias": {
        "female": ("mujeres",),
        "male": ("hombres", "varones"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "crpmem_hdf": {"female": ("femmes",), "male": ("hommes",), "mixed": ("mixte", "H/F")},
    "hrt_gr": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "M+F")},
    "riskintel": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
}
_AGE: _Words = {
    "talithakum_it": {
        "child": ("Minor", "Minor (unaccompanied)", "Under 18"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Adults and minors",),
    },
    "fncp_cofradias": {
        "child": ("menores", "menores no acompañados"),
        "adult": ("adultos",),
        "mixed": ("adultos y menores",),
    },
    "crpmem_hdf": {
        "child": ("mineurs",),
        "adult": ("adultes",),
        "mixed": ("adultes et mineurs", "familles avec enfants"),
    },
    "hrt_gr": {"child": ("Minors",), "adult": ("Adults",), "mixed": ("Adults & children",)},
    "riskintel": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
}
_MODE: _Words = {
    "talithakum_it": {
        "sea": ("Sea", "Sea (landing)", "By boat"),
        "land": ("Land", "Overland"),
        "air": ("Air", "By plane"),
    },
    "crpmem_hdf": {
        "sea": ("small boat", "canot pneumatique", "small boat", "embarcation"),
        "land": ("camion", "à pied (plage)"),
        "air": ("avion",),
    },
    "hrt_gr": {
        "sea": ("Rubber dinghy", "Rubber dinghy", "Wooden boat", "Speedboat", "Sailing yacht"),
        "land": ("On foot", "Vehicle"),
        "air": ("Aircraft",),
    },
    "riskintel": {"sea": ("maritime",), "land": ("land",), "air": ("air",)},
}
_FNCP_MODE: _Words = {
    "wmed": {
        "sea": ("patera", "neumática", "patera"),
        "land": ("salto de valla", "oculto en vehículo"),
    },
    "watl": {"sea": ("cayuco", "cayuco", "neumática"), "land": ("terrestre",)},
    "other": {"sea": ("embarcación",), "land": ("terrestre", "autobús"), "air": ("avión", "aéreo")},
}
_OFFENCES: _Words = {
    "talithakum_it": {
        "document_fraud": ("false documents", "document fraud"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "riskintel": {
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_UNKNOWN = {"talithakum_it": "n.k.", "fncp_cofradias": "s/d", "hrt_gr": "unknown"}

_PLACE = {  # hotspot -> how the sisters name the place
    "Lampedusa": ("Lampedusa (AG)", "Lampedusa hotspot"),
    "Pozzallo": ("Pozzallo (RG)",),
    "Crotone": ("Crotone (KR)", "Crotone"),
    "Castel Volturno": ("Castel Volturno (CE)",),
    "Torino": ("Turin", "Torino"),
    "Palermo": ("Palermo",),
    "Latina (Agro Pontino)": ("Latina / Agro Pontino", "Latina"),
}
_GUILD = {  # hotspot -> fishermen's guild that reports it
    "Ceuta": ("Ceuta",),
    "Melilla": ("Melilla",),
    "Almería": ("Almería", "Carboneras", "Adra", "Garrucha"),
    "Gran Canaria": ("Arguineguín", "Mogán", "Agaete"),
    "Tenerife": ("Los Cristianos", "Santa Cruz de Tenerife"),
    "El Hierro": ("La Restinga",),
    "Lanzarote": ("Arrecife", "La Graciosa"),
    "Huelva": ("Isla Cristina", "Punta Umbría", "Huelva"),
    "Almería (El Ejido)": ("Adra", "Balerma"),
}
_PORT = {  # hotspot -> home port of the reporting vessel
    "Calais": ("Calais", "Boulogne-sur-Mer"),
    "Dunkirk/Gravelines": ("Dunkerque", "Gravelines"),
    "Dover": ("Boulogne-sur-Mer", "Calais", "Étaples"),
}
_STATION = {
    "Lesbos": ("Lesvos - Mytilene", "Lesvos - Skala Sykamineas", "Lesvos - Molyvos"),
    "Samos": ("Samos - Pythagorio", "Samos - Karlovasi"),
    "Evros": ("Evros - Alexandroupoli", "Evros - Orestiada"),
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
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
class _Row:
    """The cells, expected values and tags of one row being written."""

    def __init__(
        self, src: ExaminerSource, ev: dict[str, object], rng: _Rng, forced: str | None
    ) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.forced = forced
        self.ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        self.cells: dict[str, object] = {}
        self.tags: list[str] = []
        n_persons = ev["n_persons"]
        self.exp: dict[str, object] = {
            "event_date": self.ts,
            "date_precision": "day",
            "crime_type": "unknown",
            "exploitation": None,
            "n_persons": None if n_persons is None else int(n_persons),  # type: ignore[call-overload]
            "n_suspects": None,
            "gender": "unknown",
            "age_group": "unknown",
            "nationality": None,
            "origin_country": None,
            "destination_country": None,
            "detection_country": None,
            "transit_countries": None,
            "transport_mode": "unknown",
            "lat": None,
            "lon": None,
            "linked_offences": None,
        }

    def r(self) -> float:
        """Draw a uniform number in [0, 1)."""
        return float(self.rng.random())

    def pick(self, options: tuple[str, ...]) -> str:
        """Draw one of ``options``."""
        return choice(self.rng, options)

    def text(self, col: str) -> str | None:
        """Return the event's value of ``col`` as text (None if missing)."""
        value = self.ev.get(col)
        return None if value is None else str(value)

    def blanked(self, col: str) -> bool:
        """Tell whether this second report leaves ``col`` blank (and tag it)."""
        if self.forced == col:
            self.tags.append(f"blank_{col}")
            return True
        return False

    def noisy(self, col: str, cell: str, rate: float) -> str:
        """Change the case or spacing of ``cell`` with probability ``rate``."""
        if self.r() >= rate:
            return cell
        kind = int(self.rng.integers(4))
        self.tags.append(f"case:{col}")
        if kind == 0:
            return cell.upper()
        if kind == 1:
            return cell.lower()
        return f" {cell} " if kind == 2 else f"{cell}  "

    # vocabulary columns ----------------------------------------------------------------
    def crime(self, words: dict[str, tuple[str, ...]], rate: float = 0.0) -> None:
        """Write the crime type in the source's words."""
        value = str(self.ev["crime_type"])
        self.cells["crime_type"] = self.noisy("crime_type", self.pick(words[value]), rate)
        self.exp["crime_type"] = value

    def exploitation(
        self,
        words: dict[str, tuple[str, ...]],
        unknown: str | None,
        unknown_rate: float,
        na: tuple[str | None, ...] = (None,),
    ) -> None:
        """Write the form of exploitation (trafficking rows); ``na`` on smuggling rows."""
        value = self.text("exploitation")
        if self.exp["crime_type"] not in ("trafficking", "both") or value is None:
            self.cells["exploitation"] = na[int(self.rng.integers(len(na)))]
            return
        if self.r() < unknown_rate:
            self.cells["exploitation"] = unknown
            self.tags.append("unknown:exploitation")
            self.exp["exploitation"] = "unknown"
            return
        self.cells["exploitation"] = self.pick(words[value])
        self.exp["exploitation"] = value

    def vocab(
        self,
        col: str,
        words: dict[str, tuple[str, ...]],
        *,
        unknown: str | None = None,
        unknown_rate: float = 0.0,
        case_rate: float = 0.0,
    ) -> None:
        """Write a gender, age group or transport mode word (``unknown`` if not known)."""
        value = str(self.ev[col])
        if col == "gender" and self.blanked("gender"):
            self.cells[col] = None
            return
        if self.r() < unknown_rate:
            self.cells[col] = unknown
            self.tags.append(f"unknown:{col}")
            return
        self.cells[col] = self.noisy(col, self.pick(words[value]), case_rate)
        self.exp[col] = value

    # counts --------------------------------------------------------------------------
    def suspects(self, zero_words: tuple[str, ...], zero_rate: float, blank_rate: float) -> None:
        """Write the count of suspects: a word for none, blank when not known."""
        value = self.ev["n_suspects"]
        if value is None or self.blanked("n_suspects"):
            self.cells["n_suspects"] = None
            return
        if self.r() < blank_rate:
            self.cells["n_suspects"] = None
            self.tags.append("blank_n_suspects")
            return
        count = int(value)  # type: ignore[call-overload]
        self.exp["n_suspects"] = count
        if count == 0 and zero_words and self.r() < zero_rate:
            self.cells["n_suspects"] = self.pick(zero_words)
            self.tags.append("zero_word")
            return
        self.cells["n_suspects"] = count if self.src.format != "csv" else str(count)

    def placeholder_count(self, words: tuple[str, ...]) -> None:
        """Write a count the source did not know."""
        self.cells["n_persons"] = self.pick(words)
        self.exp["n_persons"] = None
        self.tags.append("count_placeholder")

    # countries -----------------------------------------------------------------------
    def country_cell(self, col: str, cell: str | None, code: str | None) -> None:
        """Set a country cell and what it names (None: no country)."""
        if self.blanked(col):
            self.cells[col] = None
            return
        self.cells[col] = cell
        self.exp[col] = code if cell is not None else None

    # coordinates ---------------------------------------------------------------------
    def place(self, lat: float, lon: float) -> None:
        """Expect the point written."""
        self.exp["lat"] = round(lat, 5)
        self.exp["lon"] = round(lon, 5)


def _en_name(code: str) -> str:
    return _EN_NAME.get(code, COUNTRIES[code][1])


def _fr_name(code: str) -> str:
    return COUNTRIES[code][2]


def _es_name(code: str) -> str:
    return COUNTRIES[code][3]


def _ddm(value: float, pos: str, neg: str, *, width: int, decimals: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma; return (text, value read)."""
    minutes = round(abs(value) * 60, decimals)
    deg = int(minutes // 60)
    rest = round(minutes - deg * 60, decimals)
    hemi = pos if value >= 0 else neg
    text = f"{deg:0{width}d}º{rest:0{decimals + 3}.{decimals}f}".replace(".", ",")
    read = deg + rest / 60
    return f"{text}' {hemi}", round(read if value >= 0 else -read, 5)


def _future_year(year: int) -> int:
    """Return a mistyped year that lies ahead (2023 -> 2032, 2021 -> 2031)."""
    swapped = int(f"{year // 100}{year % 10}{(year // 10) % 10}")
    return swapped if swapped > 2026 else year + 10


def _impossible(ts: pd.Timestamp) -> tuple[int, int]:
    """(day, month) of a day that does not exist, near ``ts``."""
    if ts.month in (4, 6, 9, 11):
        return 31, ts.month
    if ts.month == 2 or ts.year % 4 == 0:
        return 30, 2
    return 29, 2


# --------------------------------------------------------------------------------------
# Talitha Kum Italia (English, XLSX)
# --------------------------------------------------------------------------------------
def _talitha(row: _Row, partial_ok: bool) -> None:
    ts, ev, src = row.ts, row.ev, row.src.source
    r = row.r()
    if partial_ok and r < 0.04:
        row.cells["event_date"] = f"{_EN_MONTHS[ts.month - 1]} {ts.year}"
        row.exp["event_date"] = ts.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif partial_ok and r < 0.06:
        row.cells["event_date"] = f"Q{ts.quarter} {ts.year}"
        row.exp["event_date"] = ts.to_period("Q").start_time
        row.exp["date_precision"] = "quarter"
        row.tags.append("partial_date")
    elif r < 0.2:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
        row.tags.append("text_date")
    else:
        row.cells["event_date"] = ts.to_pydatetime()
    row.cells["_place"] = row.pick(_PLACE.get(str(ev["hotspot"]), (str(ev["hotspot"]),)))
    det = str(ev["detection_country"])
    r = row.r()
    word = "Italy" if r < 0.85 else "Italia" if r < 0.95 else iso_codes(det)[0]
    if word != "Italy":
        row.tags.append("alias:detection_country" if word == "Italia" else "iso2:detection_country")
    row.country_cell("detection_country", word, det)
    row.crime(_CRIME[src], rate=0.04)
    row.exploitation(_EXPLOITATION[src], "To be assessed", 0.06, na=(None, None, "n/a"))
    if row.r() < 0.02:
        row.placeholder_count(("n.k.", "not known"))
    else:
        row.cells["n_persons"] = int(ev["n_persons"])  # type: ignore[call-overload]
    row.suspects(("none", "None"), 0.5, 0.05)
    row.vocab("gender", _GENDER[src], unknown="n.k.", unknown_rate=0.03)
    row.vocab("age_group", _AGE[src], unknown="n.k.", unknown_rate=0.03)
    nat = str(ev["nationality"])
    r = row.r()
    if row.forced == "nationality":
        row.country_cell("nationality", None, None)
    elif r < 0.02:
        row.cells["nationality"] = "n.k."
        row.tags.append("unknown:nationality")
    elif r < 0.07 and nat in _EN_TYPO:
        row.country_cell("nationality", _EN_TYPO[nat], nat)
        row.tags.append("typo:nationality")
    elif r < 0.65 and nat in _EN_DEMONYM:
        row.country_cell("nationality", _EN_DEMONYM[nat], nat)
        row.tags.append("demonym:nationality")
    else:
        row.country_cell("nationality", _en_name(nat), nat)
    for col, rate in (("origin_country", 0.06), ("destination_country", 0.1)):
        code = row.text(col)
        if code is not None and row.r() >= rate:
            row.country_cell(col, _en_name(code), code)
        else:
            row.cells[col] = None
            row.tags.append(f"empty:{col}")
    transit = row.text("transit_countries")
    if transit is None:
        row.cells["transit_countries"] = "direct" if row.r() < 0.2 else None
    else:
        row.cells["transit_countries"] = " > ".join(_en_name(c) for c in transit.split("|"))
        row.exp["transit_countries"] = transit
    row.vocab("transport_mode", _MODE[src], unknown="n.k.", unknown_rate=0.02)
    offences = row.text("linked_offences")
    if offences is not None:
        words = _OFFENCES[src]
        sep = row.pick((", ", "; "))
        row.cells["linked_offences"] = sep.join(row.pick(words[o]) for o in offences.split("|"))
        row.exp["linked_offences"] = offences


# --------------------------------------------------------------------------------------
# Federación Nacional de Cofradías de Pescadores (Spanish, cp1252 CSV)
# --------------------------------------------------------------------------------------
def _fncp_count(row: _Row, count: int, at_sea: bool) -> None:
    r = row.r()
    if r < 0.02:
        row.placeholder_count(("s/d", "sin determinar", "no consta"))
    elif count >= 1000:
        row.cells["n_persons"] = f"{count // 1000}.{count % 1000:03d}"
        row.tags.append("thousands:n_persons")
    elif at_sea and count >= 10 and r < 0.1:
        row.cells["n_persons"] = f"{row.pick(('aprox.', 'unos', 'aprox'))} {count}"
        row.tags.append("approx_count")
    else:
        row.cells["n_persons"] = str(count)


def _fncp(row: _Row, partial_ok: bool) -> None:
    ts, ev, src = row.ts, row.ev, row.src.source
    r = row.r()
    fmt = "%d/%m/%Y" if r < 0.8 else "%d/%m/%y" if r < 0.92 else "%d-%m-%Y"
    row.cells["event_date"] = ts.strftime(fmt)
    if fmt != "%d/%m/%Y":
        row.tags.append("date_style")
    guild = row.pick(_GUILD.get(str(ev["hotspot"]), (str(ev["hotspot"]),)))
    garbled = mojibake(guild)
    if garbled is not None and row.r() < 0.06:
        guild = garbled
        row.tags.append("mojibake:guild")
    row.cells["_guild"] = guild
    det = str(ev["detection_country"])
    r = row.r()
    if r < 0.8:
        word = _es_name(det)
    elif r < 0.9:
        word = _es_name(det).upper()
        row.tags.append("case:detection_country")
    elif r < 0.95:
        word = iso_codes(det)[0]
        row.tags.append("iso2:detection_country")
    else:
        word = mojibake(_es_name(det)) or _es_name(det)
        row.tags.append("mojibake:detection_country")
    row.country_cell("detection_country", word, det)
    row.crime(_CRIME[src], rate=0.05)
    row.exploitation(_EXPLOITATION[src], "sin determinar", 0.08)
    mode = str(ev["transport_mode"])
    _fncp_count(row, int(ev["n_persons"]), mode == "sea")  # type: ignore[call-overload]
    row.vocab("gender", _GENDER[src], unknown="s/d", unknown_rate=0.03, case_rate=0.04)
    row.vocab("age_group", _AGE[src], unknown="s/d", unknown_rate=0.03, case_rate=0.04)
    nat = str(ev["nationality"])
    r = row.r()
    if row.forced == "nationality":
        row.country_cell("nationality", None, None)
    elif r < 0.02:
        row.cells["nationality"] = "s/d"
        row.tags.append("unknown:nationality")
    elif r < 0.1 and nat in _ES_VAGUE:
        row.cells["nationality"] = _ES_VAGUE[nat]
        row.tags.append("vague:nationality")
    elif r < 0.6 and nat in _ES_DEMONYM:
        masc, fem = _ES_DEMONYM[nat]
        word = fem if ev["gender"] == "female" else masc
        garbled = mojibake(word)
        if garbled is not None and row.r() < 0.1:
            word = garbled
            row.tags.append("mojibake:nationality")
        else:
            word = row.noisy("nationality", word, 0.05)
        row.country_cell("nationality", word, nat)
        row.tags.append("demonym:nationality")
    else:
        row.country_cell("nationality", row.noisy("nationality", _es_name(nat), 0.05), nat)
    corridor = str(ev["corridor"])
    words = _FNCP_MODE.get(corridor, _FNCP_MODE["other"])
    if mode not in words:
        words = _FNCP_MODE["other"]
    row.vocab("transport_mode", words, unknown="s/d", unknown_rate=0.02)
    lat, lon = ev["lat"], ev["lon"]
    if mode != "sea" or lat is None or lon is None or row.r() < 0.05:
        row.cells["coordinates"] = None
        row.tags.append("coords_missing")
    elif row.blanked("coordinates"):
        row.cells["coordinates"] = None
    else:
        west = row.pick(("W", "W", "W", "O"))
        t_lat, v_lat = _ddm(float(lat), "N", "S", width=2, decimals=1)  # type: ignore[arg-type]
        t_lon, v_lon = _ddm(float(lon), "E", west, width=1, decimals=1)  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{t_lat} - {t_lon}"
        row.place(v_lat, v_lon)
        row.tags.append("coords_ddm")


# --------------------------------------------------------------------------------------
# Comité régional des pêches Hauts-de-France (French, XLSX)
# --------------------------------------------------------------------------------------
def _crpmem(row: _Row, partial_ok: bool) -> None:
    ts, ev, src = row.ts, row.ev, row.src.source
    r = row.r()
    if r < 0.65:
        row.cells["event_date"] = ts.to_pydatetime()
    elif r < 0.85:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
        row.tags.append("text_date")
    elif r < 0.95:
        row.cells["event_date"] = int((ts.normalize() - _EXCEL_EPOCH).days)
        row.tags.append("serial_date")
    else:
        row.cells["event_date"] = f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        row.tags.append("text_date")
    row.cells["_port"] = row.pick(_PORT.get(str(ev["hotspot"]), (str(ev["hotspot"]),)))
    det = str(ev["detection_country"])
    r = row.r()
    if det == "GBR":
        word = "Royaume-Uni" if r < 0.7 else "UK" if r < 0.9 else "Angleterre"
    else:
        word = _fr_name(det) if r < 0.9 else iso_codes(det)[0]
    if word not in (_fr_name(det),):
        row.tags.append("alias:detection_country")
    row.country_cell("detection_country", word, det)
    row.crime(_CRIME[src], rate=0.04)
    count = int(ev["n_persons"])  # type: ignore[call-overload]
    r = row.r()
    if r < 0.02:
        row.placeholder_count(("NC", "non compté"))
    elif r < 0.1 and count >= 10:
        row.cells["n_persons"] = f"env. {count}"
        row.tags.append("approx_count")
    else:
        row.cells["n_persons"] = count
    row.suspects(("aucun", "Aucun", "0"), 0.6, 0.04)
    row.vocab("gender", _GENDER[src], unknown=None, unknown_rate=0.03, case_rate=0.05)
    row.vocab("age_group", _AGE[src], unknown=None, unknown_rate=0.03, case_rate=0.05)
    nat = str(ev["nationality"])
    r = row.r()
    if row.forced == "nationality":
        row.country_cell("nationality", None, None)
    elif r < 0.05 and nat in _FR_VAGUE:
        row.cells["nationality"] = _FR_VAGUE[nat]
        row.tags.append("vague:nationality")
    elif r < 0.09 and nat in _FR_TYPO:
        row.country_cell("nationality", _FR_TYPO[nat], nat)
        row.tags.append("typo:nationality")
    elif r < 0.7 and nat in _FR_ADJ:
        row.country_cell("nationality", row.noisy("nationality", _FR_ADJ[nat], 0.06), nat)
        row.tags.append("demonym:nationality")
    else:
        row.country_cell("nationality", row.noisy("nationality", _fr_name(nat), 0.06), nat)
    dest = row.text("destination_country")
    if dest is None or row.r() < 0.05:
        row.cells["destination_country"] = None
        row.tags.append("empty:destination_country")
    elif dest == "GBR":
        word = row.pick(("Angleterre", "Angleterre", "Royaume-Uni", "UK"))
        row.country_cell("destination_country", word, dest)
        if word != "Royaume-Uni":
            row.tags.append("alias:destination_country")
    else:
        row.country_cell("destination_country", _fr_name(dest), dest)
    mode = str(ev["transport_mode"])
    row.vocab("transport_mode", _MODE[src], unknown=None, unknown_rate=0.02)
    lat, lon = ev["lat"], ev["lon"]
    if mode != "sea" or lat is None or lon is None or row.r() < 0.05:
        row.cells["lat"] = row.cells["lon"] = None
        row.tags.append("coords_missing")
    elif row.blanked("coordinates"):
        row.cells["lat"] = row.cells["lon"] = None
    else:
        t_lat, v_lat = _ddm(float(lat), "N", "S", width=2, decimals=2)  # type: ignore[arg-type]
        t_lon, v_lon = _ddm(float(lon), "E", "W", width=3, decimals=2)  # type: ignore[arg-type]
        row.cells["lat"] = t_lat.replace("º", "°").replace("' ", "'")
        row.cells["lon"] = t_lon.replace("º", "°").replace("' ", "'")
        row.place(v_lat, v_lon)
        row.tags.append("coords_ddm")


# --------------------------------------------------------------------------------------
# Hellenic Rescue Team (English, UTF-16 tab-separated)
# --------------------------------------------------------------------------------------
def _hrt(row: _Row, partial_ok: bool) -> None:
    ts, ev, src = row.ts, row.ev, row.src.source
    hh, mm = int(row.rng.integers(24)), int(row.rng.integers(60))
    row.cells["event_date"] = f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}"
    row.cells["_station"] = row.pick(_STATION.get(str(ev["hotspot"]), (str(ev["hotspot"]),)))
    det = str(ev["detection_country"])
    r = row.r()
    word = "Greece" if r < 0.85 else "GR" if r < 0.95 else "Hellas"
    if word != "Greece":
        row.tags.append("alias:detection_country" if word == "Hellas" else "iso2:detection_country")
    row.country_cell("detection_country", word, det)
    row.vocab("transport_mode", _MODE[src])
    row.cells["n_persons"] = str(int(ev["n_persons"]))  # type: ignore[call-overload]
    row.suspects(("none", "nil", "0"), 0.6, 0.06)
    row.vocab("gender", _GENDER[src], unknown="unknown", unknown_rate=0.03)
    row.vocab("age_group", _AGE[src], unknown="unknown", unknown_rate=0.03)
    nat = str(ev["nationality"])
    r = row.r()
    if row.forced == "nationality":
        row.country_cell("nationality", None, None)
    elif r < 0.03:
        row.cells["nationality"] = None
        row.tags.append("unknown:nationality")
    elif r < 0.1:
        row.cells["nationality"] = "Various"
        row.tags.append("vague:nationality")
    elif r < 0.14 and nat in _EN_TYPO:
        row.country_cell("nationality", _EN_TYPO[nat], nat)
        row.tags.append("typo:nationality")
    elif r < 0.85 and nat in _EN_DEMONYM:
        row.country_cell("nationality", _EN_DEMONYM[nat], nat)
        row.tags.append("demonym:nationality")
    else:
        row.country_cell("nationality", _en_name(nat), nat)
    transit = row.text("transit_countries")
    if transit is not None and row.r() >= 0.08:
        row.cells["transit_countries"] = " - ".join(_en_name(c) for c in transit.split("|"))
        row.exp["transit_countries"] = transit
    else:
        row.cells["transit_countries"] = None
        row.tags.append("empty:transit_countries")
    lat, lon = ev["lat"], ev["lon"]
    r = row.r()
    if lat is None or lon is None or row.blanked("coordinates"):
        row.cells["lat"] = row.cells["lon"] = None
    elif r < 0.03:
        row.cells["lat"] = row.cells["lon"] = "N/A"
        row.tags.append("coords_placeholder")
    else:
        v_lat, v_lon = round(float(lat), 4), round(float(lon), 4)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = f"{v_lat:.4f}", f"{v_lon:.4f}"
        row.place(v_lat, v_lon)


# --------------------------------------------------------------------------------------
# Risk Intelligence (English, JSON lines)
# --------------------------------------------------------------------------------------
def _risk(row: _Row, partial_ok: bool) -> None:
    ts, ev, src = row.ts, row.ev, row.src.source
    r = row.r()
    if partial_ok and r < 0.05:
        row.cells["event_date"] = ts.strftime("%Y-%m")
        row.exp["event_date"] = ts.to_period("M").start_time
        row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
    elif partial_ok and r < 0.08:
        row.cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
        row.exp["event_date"] = ts.to_period("Q").start_time
        row.exp["date_precision"] = "quarter"
        row.tags.append("partial_date")
    elif r < 0.2:
        hh, mm = int(row.rng.integers(24)), int(row.rng.integers(60))
        row.cells["event_date"] = f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00Z"
        row.tags.append("datetime")
    else:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")
    row.crime(_CRIME[src])
    row.exploitation(_EXPLOITATION[src], None, 0.05)
    if row.r() < 0.015:
        row.cells["n_persons"] = None
        row.exp["n_persons"] = None
        row.tags.append("count_missing")
    else:
        row.cells["n_persons"] = int(ev["n_persons"])  # type: ignore[call-overload]
    row.suspects((), 0.0, 0.08)
    row.vocab("gender", _GENDER[src], unknown=None, unknown_rate=0.03)
    row.vocab("age_group", _AGE[src], unknown=None, unknown_rate=0.03)
    nat = str(ev["nationality"])
    if row.r() < 0.03:
        row.cells["nationality"] = None
        row.tags.append("unknown:nationality")
    else:
        row.country_cell("nationality", iso_codes(nat)[0], nat)
        row.tags.append("iso2:nationality")
    for col in ("origin_country", "destination_country"):
        code = row.text(col)
        row.country_cell(col, code, code)
    det = str(ev["detection_country"])
    if row.blanked("detection_country"):
        row.cells["detection_country"] = None
    else:
        row.cells["detection_country"] = int(iso_codes(det)[1])
        row.exp["detection_country"] = det
        row.tags.append("numeric:detection_country")
    row.cells["_location"] = str(ev["hotspot"])
    transit = row.text("transit_countries")
    row.cells["transit_countries"] = None if transit is None else transit.split("|")
    row.exp["transit_countries"] = transit
    row.vocab("transport_mode", _MODE[src])
    lat, lon = ev["lat"], ev["lon"]
    if lat is None or lon is None or row.blanked("coordinates"):
        row.cells["lat"] = row.cells["lon"] = None
    elif row.r() < 0.05:
        row.cells["lat"] = row.cells["lon"] = None
        row.tags.append("coords_missing")
    else:
        v_lat, v_lon = round(float(lat), 3), round(float(lon), 3)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = v_lat, v_lon
        row.place(v_lat, v_lon)
    offences = row.text("linked_offences")
    if offences is not None:
        words = _OFFENCES[src]
        row.cells["linked_offences"] = "; ".join(words[o][0] for o in offences.split("|"))
        row.exp["linked_offences"] = offences


_WRITERS = {
    "talithakum_it": _talitha,
    "fncp_cofradias": _fncp,
    "crpmem_hdf": _crpmem,
    "hrt_gr": _hrt,
    "riskintel": _risk,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    row = _Row(src, ev, rng, forced_blank)
    _WRITERS[src.source](row, partial_ok)
    if row.exp["crime_type"] in ("trafficking", "both"):
        if row.exp["exploitation"] is None:
            row.exp["exploitation"] = "unknown"
    else:
        row.exp["exploitation"] = None
    if "lat" not in src.headers and "coordinates" not in src.headers:
        row.exp["lat"] = row.exp["lon"] = None
    return row.cells, row.exp, row.tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that must be quarantined, written the source's way."""
    if kind == "no_date":
        words = {"fncp_cofradias": (None, "s/f"), "hrt_gr": (None, "")}.get(src.source, (None,))
        return words[int(rng.integers(len(words)))]
    if kind == "bad_date":
        day, month = _impossible(ts)
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        text = f"{day:02d}/{month:02d}/{ts.year}"
        return f"{text} {int(rng.integers(24)):02d}:15" if src.source == "hrt_gr" else text
    future = ts.replace(year=_future_year(ts.year))
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    if src.format == "xlsx":
        return future.to_pydatetime()
    text = future.strftime("%d/%m/%Y")
    return f"{text} 10:15" if src.source == "hrt_gr" else text


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row: the day of its extraction."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "hrt_gr":
        return day.strftime("%d/%m/%Y 09:00")
    return day.strftime("%d/%m/%Y")


#: The variant: sources, who reports which event first, and who reports it again.
BLIND205: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "talithakum_it",
        "ESP": "fncp_cofradias",
        "FRA": "crpmem_hdf",
        "GRC": "hrt_gr",
    },
    compilation="riskintel",
    secondary={
        ("cmed", "ITA"): "riskintel",
        ("thb_nga_ita", "ITA"): "riskintel",
        ("emed", "GRC"): "riskintel",
        ("wmed", "ESP"): "riskintel",
        ("watl", "ESP"): "riskintel",
        ("channel", "FRA"): "riskintel",
        ("channel", "GBR"): "crpmem_hdf",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=205,
    blank_share=0.35,
)


def make_blind205(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind205`` sources would (files ``*_gy.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``talithakum_it_gy.xlsx``, ``fncp_cofradias_gy.csv``, ``crpmem_hdf_gy.xlsx``,
        ``hrt_gr_gy.csv`` and ``riskintel_gy.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind205(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['talithakum_it_gy.xlsx', 'fncp_cofradias_gy.csv', 'crpmem_hdf_gy.xlsx',
     'hrt_gr_gy.csv', 'riskintel_gy.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:4].tolist()
    ['Nº parte', 'Fecha', 'Cofradía', 'País']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND205, truth, seed=seed)
