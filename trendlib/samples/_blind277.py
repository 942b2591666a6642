"""Examiner sample set ``blind277`` (files ``*_js.*``): private guarding firms and a desk.

Five sources the project has not seen, each writing the true events its own way. Four are
private security contractors filing incident logs where concealed or smuggled migrants and
suspected trafficking victims turn up on their sites; the fifth is a public-private
security desk that compiles what they do not cover:

``securitas_opale_js.csv``
    Securitas France, port and cross-Channel guarding agency of the Côte d'Opale
    (Calais, Dunkerque). Export of the electronic *main courante* (site log): French,
    cp1252, ``;``, CRLF lines; date and time day-first; nationalities as names or as
    the adjective the guard heard (``afghane``); handheld GPS in degrees and decimal
    minutes with a decimal comma; a batch of rows pasted from a UTF-8 feed (mojibake).
    First reports of the events detected in France.
``prosegur_puertos_js.xlsx``
    Prosegur Seguridad, port surveillance and CCTV (Algeciras, Ceuta, Melilla, Almería,
    Las Palmas, Santa Cruz) and guarding of farm estates in Huelva and Almería: an
    Excel workbook of *partes de incidencia* in Spanish with real Excel dates (some
    typed as text, some pasted as serial numbers), latitude and longitude as numbers or
    as text with a decimal comma. First reports of the events detected in Spain.
``allied_universal_swb_js.jsonl``
    Allied Universal (the successor of G4S Secure Solutions USA), transportation and
    guard services along the US southwest border: one JSON object a line, English,
    US month-first timestamps (a few ISO), upper-case country names or ISO alpha-2
    codes, CBP words for age (``UAC``, ``Family unit``). First reports of the events
    detected in the United States.
``mitie_care_custody_js.csv``
    Mitie Care & Custody (Home Office contract: Kent intake units, immigration removal
    centres, escorting): a safeguarding and arrivals log, English (UK), UTF-8 with BOM,
    ``,``; UK dates; Home Office three-letter nationality codes beside names; NRM words
    (``PVoT``, ``VoMS``, ``UASC``, ``Age disputed``); no coordinates. It re-sends some
    rows with each weekly extract (exact repeats). First reports of the events detected
    in the United Kingdom.
``osac_risc_js.csv``
    The Research and Information Support Center of the Overseas Security Advisory
    Council (OSAC, the US State Department's partnership with private-sector security
    managers): an incident digest compiled from member reports and open sources, saved
    from Excel as *Unicode Text* (UTF-16 with BOM, tab-delimited); English; dates as
    ``17 May 2023``, ISO, or only the month (``May 2023``) or quarter (``Q2 2023``)
    when the report gave no day; persons with thousands commas or as words. It first
    reports every event the four contractors do not (Italy, Greece, Croatia, Poland,
    Panama) and reports some of theirs a second time.

Cells a careful analyst cannot read as a value are planted on purpose and expected as
such: a count written ``NC``, ``s/d``, ``UNK`` or ``not known`` gives no count; an
unknown-word nationality gives none; ``Age disputed`` gives the age group ``unknown``;
``plusieurs``, ``see narrative`` or ``dozens`` make the row unreadable (quarantined).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Mapping

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "make_blind277"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
SECURITAS = ExaminerSource(
    source="securitas_opale",
    filename="securitas_opale_js.csv",
    ref="MC{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° MC",
        "event_date": "Date / heure constat",
        "detection_country": "Pays",
        "crime_type": "Nature de l'événement",
        "exploitation": "Finalité (si TEH)",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité déclarée",
        "origin_country": "Provenance",
        "destination_country": "Destination annoncée",
        "transit_countries": "Itinéraire déclaré",
        "transport_mode": "Vecteur",
        "coordinates": "Position GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction main courante – diffusion restreinte (usage interne client / Securitas)",
    total="TOTAL PÉRIODE",
    bad_count=("plusieurs", "voir rapport", "groupe"),
    repeats=False,
)
PROSEGUR = ExaminerSource(
    source="prosegur_puertos",
    filename="prosegur_puertos_js.xlsx",
    ref="{year}/{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Parte",
        "event_date": "Fecha",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País procedencia",
        "destination_country": "País destino",
        "detection_country": "País",
        "transit_countries": "Ruta (tránsito)",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros ilícitos",
    },
    note="Nota: datos provisionales pendientes de validación por el Centro de Control",
    total="TOTAL",
    bad_count=("varios", "ver parte", "#¡VALOR!"),
    repeats=False,
)
ALLIED = ExaminerSource(
    source="allied_universal_swb",
    filename="allied_universal_swb_js.jsonl",
    ref="SWB-{yy:02d}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_no",
        "event_date": "reported_at",
        "crime_type": "incident_type",
        "exploitation": "trafficking_type",
        "n_persons": "subject_count",
        "n_suspects": "smugglers_apprehended",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "final_destination",
        "detection_country": "apprehension_country",
        "transit_countries": "route",
        "transport_mode": "conveyance",
        "coordinates": "gps",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="TOTAL SUBJECTS",
    bad_count=("multiple", "see narrative", "numerous"),
    repeats=False,
)
MITIE = ExaminerSource(
    source="mitie_care_custody",
    filename="mitie_care_custody_js.csv",
    ref="MCC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Log Ref",
        "event_date": "Date Encountered",
        "crime_type": "Referral Category",
        "exploitation": "Exploitation Type (NRM)",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspected Facilitators",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Encountered",
        "transit_countries": "Route Travelled",
        "transport_mode": "Mode of Arrival",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE - weekly extract, figures subject to change",
    total="Total",
    bad_count=("several", "see IS91R", "group"),
    repeats=True,
)
OSAC = ExaminerSource(
    source="osac_risc",
    filename="osac_risc_js.csv",
    ref="RISC{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Report ID",
        "event_date": "Event Date",
        "detection_country": "Country",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Arrests",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode",
        "coordinates": "Lat/Long",
        "linked_offences": "Related Crimes",
    },
    note="Compiled from member reports and open sources; not verified by OSAC",
    total="Grand Total",
    bad_count=("dozens", "several", "hundreds"),
    repeats=False,
)

#: The set's sources, in the order :func:`make_blind277` returns them.
SOURCES: tuple[ExaminerSource, ...] = (SECURITAS, PROSEGUR, ALLIED, MITIE, OSAC)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_Words = Mapping[str, tuple[str, ...]]

# French nationality adjectives (feminine, agreeing with "nationalité") a guard writes.
_FR_ADJ = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "DEU": "allemande",
}
# Slips of the keyboard, per language (only where a clerk would make them).
_TYPOS = {
    "fr": {"AFG": "Afghnistan", "ALB": "Albani", "SYR": "Syire", "IRQ": "Iraq", "ERI": "Erythré"},
    "es": {
        "MAR": "Maruecos",
        "DZA": "Argeria",
        "SEN": "Senegla",
        "GIN": "Ginea",
        "ROU": "Rumnía",
        "GMB": "Gamiba",
        "MLI": "Malli",
    },
    "en": {
        "AFG": "Afghanisan",
        "ERI": "Eritea",
        "SYR": "Sryia",
        "VNM": "Veitnam",
        "ALB": "Albenia",
        "TUN": "Tunisa",
        "EGY": "Egpyt",
        "BGD": "Bangaldesh",
        "PAK": "Pakisatn",
        "NGA": "Nigera",
        "VEN": "Venezeula",
        "COL": "Columbia",
        "HTI": "Hatii",
        "IRQ": "Irak",
        "CMR": "Camroon",
    },
}
_ALIASES = {
    "fr": {"GBR": "Angleterre", "VNM": "Vietnam", "DEU": "RFA"},
    "es": {"GIN": "Guinea Conakry", "ROU": "Rumania", "GBR": "Gran Bretaña", "CIV": "C. Marfil"},
    "en": {
        "CIV": "Ivory Coast",
        "TUR": "Turkey",
        "VNM": "Vietnam",
        "GBR": "UK",
        "USA": "US",
        "SYR": "Syrian Arab Republic",
        "RUS": "Russian Federation",
        "GMB": "The Gambia",
        "MKD": "Macedonia",
        "BIH": "Bosnia",
        "CHN": "PRC",
        "IRN": "Islamic Republic of Iran",
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_NUM_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _plain(text: str) -> str:
    """Drop the accents a keyboard without them leaves out (``Érythrée`` -> ``Erythree``)."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("’", "'")


def _country(iso: str, lang: str, style: str) -> tuple[str, str]:
    """Write one ISO alpha-3 code in ``style``; return (text, style really used)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[lang]])
    if style == "upper":
        return name.upper(), "upper"
    if style == "lower":
        return name.lower(), "lower"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "plain" and _plain(name) != name:
        return _plain(name), "plain"
    if style == "upper_plain":
        return _plain(name).upper(), "upper"
    if style == "alias" and iso in _ALIASES[lang]:
        return _ALIASES[lang][iso], "alias"
    if style == "typo" and iso in _TYPOS[lang]:
        return _TYPOS[lang][iso], "typo"
    if style == "adjective" and lang == "fr" and iso in _FR_ADJ:
        return _FR_ADJ[iso], "adjective"
    return name, "name"


def _style(rng: _Rng, styles: Mapping[str, float]) -> str:
    keys = list(styles)
    w = np.array(list(styles.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _pick(rng: _Rng, words: _Words, key: str) -> str:
    return choice(rng, words[key])


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
class _Row:
    """The cells, expected values and tags of one row being written."""

    def __init__(self, ev: dict[str, object]) -> None:
        self.ev = ev
        self.cells: dict[str, object] = {}
        self.tags: list[str] = []
        ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        self.ts = ts
        self.exp: dict[str, object] = {
            "event_date": ts,
            "date_precision": "day",
            **{
                c: ev[c]
                for c in (
                    "crime_type",
                    "exploitation",
                    "n_persons",
                    "n_suspects",
                    "gender",
                    "age_group",
                    "nationality",
                    "origin_country",
                    "destination_country",
                    "detection_country",
                    "transit_countries",
                    "transport_mode",
                    "lat",
                    "lon",
                    "linked_offences",
                )
            },
        }

    def val(self, col: str) -> str | None:
        v = self.ev[col]
        return None if v is None else str(v)

    def count(self, col: str) -> int | None:
        v = self.ev[col]
        return None if v is None else int(v)  # type: ignore[call-overload]

    def countries(self, lang: str, styles: Mapping[str, float], rng: _Rng) -> None:
        """Write the four country columns, each in a style drawn from ``styles``."""
        for col in ("nationality", "origin_country", "destination_country", "detection_country"):
            iso = self.val(col)
            if iso is None:
                self.cells[col] = None
                continue
            text, used = _country(iso, lang, _style(rng, styles))
            if used != "name":
                self.tags.append(f"{used}:{col}")
            self.cells[col] = text

    def transit(self, lang: str, sep: str, style: str) -> None:
        """Write the transit list in order, every country in the same style."""
        codes = self.val("transit_countries")
        if codes is None:
            self.cells["transit_countries"] = None
            return
        parts = [_country(c, lang, style)[0] for c in codes.split("|")]
        self.cells["transit_countries"] = sep.join(parts)
        if style != "name":
            self.tags.append(f"{style}:transit_countries")

    def offences(self, words: _Words, sep: str, rng: _Rng) -> None:
        """Write the linked offences in the agency's words."""
        codes = self.val("linked_offences")
        self.cells["linked_offences"] = (
            None if codes is None else sep.join(_pick(rng, words, c) for c in codes.split("|"))
        )

    def exploitation(self, words: _Words, unknown: str, rate: float, rng: _Rng) -> None:
        """Write the form of exploitation; ``rate`` of trafficking rows leave it undetermined."""
        form = self.val("exploitation")
        if form is None:
            self.cells["exploitation"] = None
        elif rng.random() < rate:
            self.cells["exploitation"] = unknown
            self.exp["exploitation"] = "unknown"
            self.tags.append("unknown:exploitation")
        else:
            self.cells["exploitation"] = _pick(rng, words, form)

    def gender(self, single: _Words, group: _Words, blank: object, rate: float, rng: _Rng) -> None:
        """Write the sex of the persons; ``rate`` of rows do not record it."""
        g = str(self.val("gender"))
        if rng.random() < rate:
            self.cells["gender"] = blank
            self.exp["gender"] = "unknown"
            self.tags.append("blank_gender")
            return
        one = self.count("n_persons") == 1
        self.cells["gender"] = _pick(rng, single if one and g in single else group, g)

    def age(self, single: _Words, group: _Words, na: object, rate: float, rng: _Rng) -> None:
        """Write the age group; ``rate`` of rows give a word that leaves it unknown."""
        a = str(self.val("age_group"))
        if rng.random() < rate:
            self.cells["age_group"] = na
            self.exp["age_group"] = "unknown"
            self.tags.append("na_word")
            return
        one = self.count("n_persons") == 1
        self.cells["age_group"] = _pick(rng, single if one and a in single else group, a)

    def suspects(
        self,
        zero: tuple[str, ...],
        zero_rate: float,
        unknown: str,
        rate: float,
        rng: _Rng,
        *,
        text: bool,
    ) -> None:
        """Write the suspects; zero sometimes as a word, ``rate`` of rows as not known."""
        n = self.count("n_suspects")
        r = rng.random()
        if n is None or r < rate:
            self.cells["n_suspects"] = unknown
            self.exp["n_suspects"] = None
            self.tags.append("suspects_placeholder")
        elif n == 0 and r < rate + zero_rate:
            self.cells["n_suspects"] = choice(rng, zero)
            self.tags.append("zero_word")
        else:
            self.cells["n_suspects"] = str(n) if text else n

    def no_count(self, word: str) -> None:
        """Write the count of persons as not known."""
        self.cells["n_persons"] = word
        self.exp["n_persons"] = None
        self.tags.append("count_placeholder")

    def no_place(self, cell: object, tag: str) -> None:
        """Write ``cell`` (no usable location) in the coordinates; expect none."""
        self.cells["coordinates"] = cell
        self.exp["lat"] = self.exp["lon"] = None
        self.tags.append(tag)

    def place(self) -> tuple[float, float]:
        lat, lon = self.ev["lat"], self.ev["lon"]
        return float(lat), float(lon)  # type: ignore[arg-type]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * (ts.quarter - 1) + 1, 1)


def _clock(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _ddm(lat: float, lon: float) -> str:
    """Degrees and decimal minutes with a decimal comma, as a handheld GPS shows them."""

    def one(value: float, pos: str, neg: str, width: int) -> str:
        minutes = round(abs(value) * 60, 3)
        deg = int(minutes // 60)
        rest = f"{minutes - deg * 60:06.3f}".replace(".", ",")
        return f"{pos if value >= 0 else neg} {deg:0{width}d}°{rest}'"

    return f"{one(lat, 'N', 'S', 2)} {one(lon, 'E', 'W', 3)}"


# --------------------------------------------------------------------------------------
# Securitas France (Côte d'Opale): French main courante, cp1252
# --------------------------------------------------------------------------------------
_SEC_CRIME: dict[str, _Words] = {
    "smuggling": {
        "sea": (
            "Tentative de traversée – small boat",
            "Mise à l'eau d'une embarcation (passage clandestin)",
            "Passage clandestin (small boat)",
        ),
        "land": (
            "Migrants dissimulés dans un PL",
            "Passage clandestin – ensemble routier",
            "Aide à l'entrée irrégulière",
        ),
        "air": ("Aide à l'entrée irrégulière",),
    },
    "trafficking": {
        m: ("Suspicion de traite des êtres humains", "Présomption TEH", "Signalement TEH")
        for m in ("sea", "land", "air")
    },
    "both": {
        m: ("Passage clandestin + suspicion TEH", "Migrants dissimulés – indices de traite")
        for m in ("sea", "land", "air")
    },
}
_SEC_EXPL: _Words = {
    "sexual": ("exploitation sexuelle", "prostitution"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre",),
}
_SEC_SEX_ONE: _Words = {"male": ("Homme", "H"), "female": ("Femme", "F")}
_SEC_SEX: _Words = {
    "male": ("Hommes", "H"),
    "female": ("Femmes", "F"),
    "mixed": ("Mixte", "H/F", "Hommes et femmes"),
}
_SEC_AGE_ONE: _Words = {"adult": ("Majeur",), "child": ("Mineur", "MNA")}
_SEC_AGE: _Words = {
    "adult": ("Majeurs",),
    "child": ("Mineurs", "MNA"),
    "mixed": ("Majeurs + mineurs", "Familles"),
}
_SEC_MODE: _Words = {
    "sea": ("small boat", "embarcation pneumatique", "bateau"),
    "land": ("PL", "poids lourd", "ensemble routier", "remorque frigorifique"),
    "air": ("aérien",),
}
_SEC_OFF: _Words = {
    "document_fraud": ("faux documents", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants", "contrebande"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}


def _securitas(row: _Row, src: ExaminerSource, rng: _Rng, partial_ok: bool) -> None:
    h, m = _clock(rng)
    ts = row.ts
    row.cells["event_date"] = (
        f"{ts:%d/%m/%Y} {h:02d}:{m:02d}" if rng.random() < 0.75 else f"{ts:%d/%m/%Y}"
    )
    mode = str(row.val("transport_mode"))
    row.cells["crime_type"] = _pick(rng, _SEC_CRIME[str(row.val("crime_type"))], mode)
    row.exploitation(_SEC_EXPL, "à déterminer", 0.1, rng)
    n = row.count("n_persons")
    r = rng.random()
    if r < 0.03:
        row.no_count(choice(rng, ("NC", "non dénombré")))
    elif r < 0.12:
        row.cells["n_persons"] = f"{n} pers."
        row.tags.append("count_unit")
    else:
        row.cells["n_persons"] = str(n)
    row.suspects(("aucun", "néant"), 0.5, "NC", 0.04, rng, text=True)
    row.gender(_SEC_SEX_ONE, _SEC_SEX, None, 0.03, rng)
    row.age(_SEC_AGE_ONE, _SEC_AGE, "non déterminé", 0.02, rng)
    styles = {"name": 70, "adjective": 12, "upper": 8, "plain": 5, "typo": 3, "iso2": 2}
    row.countries("fr", styles, rng)
    # the adjective is for the person; the other columns name a country
    for col in ("origin_country", "destination_country", "detection_country"):
        if f"adjective:{col}" in row.tags:
            row.tags.remove(f"adjective:{col}")
            row.cells[col] = _country(str(row.val(col)), "fr", "name")[0]
    row.transit("fr", " - ", "name")
    row.cells["transport_mode"] = _pick(rng, _SEC_MODE, mode)
    if row.val("detection_country") != "FRA":  # reported to the agency, not seen on site
        row.no_place(None, "coords_missing")
    elif rng.random() < 0.15:
        row.no_place(None, "coords_missing")
    elif rng.random() < 0.03:
        row.no_place("non relevé", "coords_placeholder")
    else:
        row.cells["coordinates"] = _ddm(*row.place())
        row.tags.append("coords_ddm")
    row.offences(_SEC_OFF, ", ", rng)
    if rng.random() < 0.1:  # a batch pasted from the port's UTF-8 feed
        hit = False
        for col, cell in list(row.cells.items()):
            if col != "event_date" and isinstance(cell, str):
                garbled = mojibake(cell)
                if garbled is not None:
                    row.cells[col] = garbled
                    hit = True
        if hit:
            row.tags.append("mojibake")


# --------------------------------------------------------------------------------------
# Prosegur (Spanish ports and farm estates): XLSX
# --------------------------------------------------------------------------------------
_PRO_CRIME: dict[str, _Words] = {
    "smuggling": {
        "sea": (
            "Favorecimiento de la inmigración irregular (patera)",
            "Tráfico ilícito de inmigrantes – embarcación",
        ),
        "land": (
            "Polizones ocultos en camión – favorecimiento inmigración irregular",
            "Tráfico ilícito de inmigrantes",
        ),
        "air": ("Tráfico ilícito de inmigrantes",),
    },
    "trafficking": {
        m: ("Indicios de trata de seres humanos", "Posible trata de seres humanos", "Trata")
        for m in ("sea", "land", "air")
    },
    "both": {
        m: ("Tráfico de inmigrantes con indicios de trata", "Trata y tráfico")
        for m in ("sea", "land", "air")
    },
}
_PRO_EXPL: _Words = {
    "sexual": ("Sexual", "Explotación sexual"),
    "forced_labour": ("Laboral", "Explotación laboral"),
    "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
    "organ_removal": ("Extracción de órganos",),
    "forced_marriage": ("Matrimonio forzado",),
    "other": ("Otras",),
}
_PRO_SEX_ONE: _Words = {"male": ("Varón", "Hombre"), "female": ("Mujer",)}
_PRO_SEX: _Words = {
    "male": ("Varones", "Hombres"),
    "female": ("Mujeres",),
    "mixed": ("Mixto", "Ambos sexos"),
}
_PRO_AGE_ONE: _Words = {"adult": ("Adulto", "Mayor de edad"), "child": ("Menor", "MENA")}
_PRO_AGE: _Words = {
    "adult": ("Adultos",),
    "child": ("Menores", "MENA"),
    "mixed": ("Adultos y menores",),
}
_PRO_MODE: dict[str, _Words] = {
    "watl": {"sea": ("Cayuco", "Neumática", "Embarcación")},
    "wmed": {
        "sea": ("Patera", "Neumática", "Moto de agua"),
        "land": ("A pie (vallado fronterizo)", "Oculto en camión", "Bajos de vehículo"),
    },
    "thb_rou_esp": {"land": ("Autobús", "Furgoneta", "Turismo"), "air": ("Avión",)},
}
_PRO_MODE_ANY: _Words = {"sea": ("Embarcación",), "land": ("Terrestre",), "air": ("Avión",)}
_PRO_OFF: _Words = {
    "document_fraud": ("Falsedad documental",),
    "corruption": ("Cohecho",),
    "money_laundering": ("Blanqueo de capitales",),
    "illicit_goods": ("Tráfico de drogas", "Contrabando"),
    "cybercrime": ("Ciberdelito",),
    "terrorism": ("Terrorismo",),
}


def _prosegur(row: _Row, src: ExaminerSource, rng: _Rng, partial_ok: bool) -> None:
    ts = row.ts
    r = rng.random()
    if r < 0.75:
        h, m = _clock(rng)
        row.cells["event_date"] = dt.datetime(ts.year, ts.month, ts.day, h, m)
    elif r < 0.9:
        row.cells["event_date"] = f"{ts:%d/%m/%Y}"
        row.tags.append("date_as_text")
    else:
        row.cells["event_date"] = int((ts.normalize() - _EXCEL_EPOCH).days)
        row.tags.append("excel_serial")
    mode = str(row.val("transport_mode"))
    row.cells["crime_type"] = _pick(rng, _PRO_CRIME[str(row.val("crime_type"))], mode)
    row.exploitation(_PRO_EXPL, "Sin determinar", 0.08, rng)
    n = row.count("n_persons")
    if rng.random() < 0.025:
        row.no_count(choice(rng, ("s/d", "sin determinar")))
    else:
        row.cells["n_persons"] = n
    row.suspects(("ninguno",), 0.2, "se desconoce", 0.03, rng, text=False)
    row.gender(_PRO_SEX_ONE, _PRO_SEX, None, 0.03, rng)
    row.age(_PRO_AGE_ONE, _PRO_AGE, "Sin determinar", 0.02, rng)
    row.countries("es", {"name": 70, "upper": 12, "iso2": 8, "typo": 4, "alias": 6}, rng)
    row.transit("es", " - ", "name")
    words = _PRO_MODE.get(str(row.ev["corridor"]), _PRO_MODE_ANY)
    row.cells["transport_mode"] = _pick(rng, words if mode in words else _PRO_MODE_ANY, mode)
    lat, lon = row.place()
    r = rng.random()
    if r < 0.05:
        row.cells["lat"] = row.cells["lon"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tags.append("coords_missing")
    elif r < 0.25:  # typed by hand: text with a decimal comma
        row.cells["lat"] = f"{lat:.5f}".replace(".", ",")
        row.cells["lon"] = f"{lon:.5f}".replace(".", ",")
        row.tags.append("decimal_comma")
    else:
        row.cells["lat"], row.cells["lon"] = round(lat, 5), round(lon, 5)
    row.offences(_PRO_OFF, "; ", rng)


# --------------------------------------------------------------------------------------
# Allied Universal (US southwest border): JSON lines
# --------------------------------------------------------------------------------------
_ALU_CRIME: _Words = {
    "smuggling": ("Human smuggling", "Alien smuggling", "Smuggling - concealed subjects"),
    "trafficking": ("Suspected human trafficking", "Human trafficking"),
    "both": ("Smuggling w/ trafficking indicators", "Smuggling/trafficking"),
}
_ALU_EXPL: _Words = {
    "sexual": ("Sex trafficking", "Commercial sex"),
    "forced_labour": ("Labor trafficking", "Forced labor"),
    "forced_criminality": ("Forced criminal activity",),
    "organ_removal": ("Organ removal",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_ALU_SEX: _Words = {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")}
_ALU_AGE_ONE: _Words = {"adult": ("Adult",), "child": ("UAC", "Juvenile")}
_ALU_AGE: _Words = {
    "adult": ("Adult", "Adults"),
    "child": ("UAC", "Juveniles"),
    "mixed": ("Family unit", "Adults & juveniles"),
}
_ALU_MODE: _Words = {
    "land": ("Tractor-trailer", "On foot", "Passenger vehicle", "Box truck", "Freight train"),
    "sea": ("Vessel",),
    "air": ("Aircraft",),
}
_ALU_OFF: _Words = {
    "document_fraud": ("Fraudulent documents",),
    "corruption": ("Bribery",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Narcotics",),
    "cybercrime": ("Cyber",),
    "terrorism": ("Terrorism",),
}


def _allied(row: _Row, src: ExaminerSource, rng: _Rng, partial_ok: bool) -> None:
    h, m = _clock(rng)
    ts = row.ts
    if rng.random() < 0.85:  # US order, month first, in every row of the file
        row.cells["event_date"] = f"{ts:%m/%d/%Y} {h:02d}:{m:02d}"
    else:
        row.cells["event_date"] = f"{ts:%Y-%m-%d}T{h:02d}:{m:02d}:00"
    row.cells["crime_type"] = _pick(rng, _ALU_CRIME, str(row.val("crime_type")))
    row.exploitation(_ALU_EXPL, "Undetermined", 0.12, rng)
    n = row.count("n_persons")
    if rng.random() < 0.03:
        row.no_count("UNK")
    else:
        row.cells["n_persons"] = n
    row.suspects(("None", "none"), 0.3, "UNK", 0.05, rng, text=False)
    row.gender(_ALU_SEX, _ALU_SEX, "", 0.02, rng)
    row.age(_ALU_AGE_ONE, _ALU_AGE, "Unknown", 0.02, rng)
    row.countries("en", {"upper_plain": 75, "iso2": 20, "name": 5}, rng)
    row.transit("en", " > ", "upper_plain" if rng.random() < 0.8 else "iso2")
    if rng.random() < 0.02:
        row.cells["transport_mode"] = "Unknown"
        row.exp["transport_mode"] = "unknown"
        row.tags.append("na_word")
    else:
        row.cells["transport_mode"] = _pick(rng, _ALU_MODE, str(row.val("transport_mode")))
    if rng.random() < 0.08:
        row.no_place(None, "coords_missing")
    else:
        lat, lon = row.place()
        row.cells["coordinates"] = f"{lat:.5f},{lon:.5f}"
    row.offences(_ALU_OFF, "; ", rng)


# --------------------------------------------------------------------------------------
# Mitie Care & Custody (UK): CSV, UTF-8 with BOM
# --------------------------------------------------------------------------------------
_MIT_CRIME: dict[str, _Words] = {
    "smuggling": {
        "sea": ("Small boat - facilitated entry", "Clandestine entry (small boat)"),
        "land": ("Clandestine entrant - HGV", "Facilitated entry (lorry)"),
        "air": ("Facilitated entry (air)",),
    },
    "trafficking": {
        m: ("Potential VoMS - NRM referral", "Modern slavery - NRM referral", "PVoT")
        for m in ("sea", "land", "air")
    },
    "both": {
        m: ("Clandestine entrant - MS indicators", "Facilitation + modern slavery")
        for m in ("sea", "land", "air")
    },
}
_MIT_EXPL: _Words = {
    "sexual": ("Sexual exploitation", "Sexual"),
    "forced_labour": ("Labour exploitation", "Labour"),
    "forced_criminality": ("Criminal exploitation", "Criminal"),
    "organ_removal": ("Organ harvesting",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_MIT_SEX_ONE: _Words = {"male": ("M", "Male"), "female": ("F", "Female")}
_MIT_SEX: _Words = {"male": ("Male",), "female": ("Female",), "mixed": ("Mixed",)}
_MIT_AGE_ONE: _Words = {"adult": ("Adult",), "child": ("Child", "UASC")}
_MIT_AGE: _Words = {
    "adult": ("Adult", "Adults"),
    "child": ("Children", "UASC"),
    "mixed": ("Mixed", "Adults & UASC"),
}
_MIT_MODE: _Words = {
    "sea": ("Small boat", "RHIB", "Dinghy"),
    "land": ("HGV", "Lorry", "Coach"),
    "air": ("Flight", "Air"),
}
_MIT_OFF: _Words = {
    "document_fraud": ("Document fraud", "False documents"),
    "corruption": ("Bribery",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Cannabis cultivation", "Drugs"),
    "cybercrime": ("Cyber-enabled crime",),
    "terrorism": ("Terrorism",),
}


def _mitie(row: _Row, src: ExaminerSource, rng: _Rng, partial_ok: bool) -> None:
    ts = row.ts
    if rng.random() < 0.7:
        row.cells["event_date"] = f"{ts:%d/%m/%Y}"
    else:
        row.cells["event_date"] = f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}"
    mode = str(row.val("transport_mode"))
    row.cells["crime_type"] = _pick(rng, _MIT_CRIME[str(row.val("crime_type"))], mode)
    if row.val("exploitation") is None:
        row.cells["exploitation"] = "N/A"
    else:
        row.exploitation(_MIT_EXPL, "Not yet determined", 0.1, rng)
    n = row.count("n_persons")
    if rng.random() < 0.03:
        row.no_count(choice(rng, ("not known", "n/k")))
    else:
        row.cells["n_persons"] = str(n)
    row.suspects(("nil", "Nil"), 0.3, "n/k", 0.04, rng, text=True)
    row.gender(_MIT_SEX_ONE, _MIT_SEX, "Not recorded", 0.03, rng)
    row.age(_MIT_AGE_ONE, _MIT_AGE, "Age disputed", 0.03, rng)
    row.countries("en", {"name": 55, "iso3": 35, "typo": 4, "alias": 6}, rng)
    if row.val("transit_countries") is None and rng.random() < 0.5:
        row.cells["transit_countries"] = "Direct"
        row.tags.append("direct_word")
    else:
        row.transit("en", " > ", "name")
    row.cells["transport_mode"] = _pick(rng, _MIT_MODE, mode)
    row.exp["lat"] = row.exp["lon"] = None  # a site log: no coordinates column
    row.tags.append("coords_missing")
    row.offences(_MIT_OFF, "; ", rng)


# --------------------------------------------------------------------------------------
# OSAC RISC digest: UTF-16 tab-delimited text
# --------------------------------------------------------------------------------------
_OSA_CRIME: _Words = {
    "smuggling": ("Migrant smuggling", "Human smuggling", "Smuggling of migrants"),
    "trafficking": ("Trafficking in persons", "Human trafficking", "TIP"),
    "both": ("Smuggling / TIP", "Trafficking and smuggling"),
}
_OSA_EXPL: _Words = {
    "sexual": ("Sex trafficking", "Sexual exploitation"),
    "forced_labour": ("Forced labor", "Labor exploitation"),
    "forced_criminality": ("Forced criminality",),
    "organ_removal": ("Organ trafficking",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_OSA_SEX_ONE: _Words = {"male": ("Male",), "female": ("Female",)}
_OSA_SEX: _Words = {
    "male": ("Male", "Men"),
    "female": ("Female", "Women"),
    "mixed": ("Mixed", "Men and women"),
}
_OSA_AGE_ONE: _Words = {"adult": ("Adult",), "child": ("Minor", "Unaccompanied minor")}
_OSA_AGE: _Words = {
    "adult": ("Adults",),
    "child": ("Minors", "Children"),
    "mixed": ("Adults and minors", "Families"),
}
_OSA_MODE: _Words = {
    "sea": ("Maritime", "Boat", "Sea"),
    "land": ("Overland", "Land", "Vehicle"),
    "air": ("Air", "Commercial flight"),
}
_OSA_OFF: _Words = {
    "document_fraud": ("Document fraud",),
    "corruption": ("Corruption",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drug trafficking", "Contraband"),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}


def _osac(row: _Row, src: ExaminerSource, rng: _Rng, partial_ok: bool) -> None:
    ts = row.ts
    r = rng.random()
    month = MONTHS[ts.month - 1]
    if partial_ok and r < 0.12:  # the member report gave only the month
        row.cells["event_date"] = f"{month} {ts.year}"
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
        row.tags.append("partial_date")
    elif partial_ok and r < 0.18:  # from a quarterly roll-up
        row.cells["event_date"] = f"Q{ts.quarter} {ts.year}"
        row.exp["event_date"], row.exp["date_precision"] = _quarter_start(ts), "quarter"
        row.tags.append("partial_date")
    elif r < 0.7:
        row.cells["event_date"] = f"{ts.day} {month} {ts.year}"
    else:
        row.cells["event_date"] = f"{ts:%Y-%m-%d}"
    row.cells["crime_type"] = _pick(rng, _OSA_CRIME, str(row.val("crime_type")))
    row.exploitation(_OSA_EXPL, "Not specified", 0.08, rng)
    n = row.count("n_persons")
    r = rng.random()
    if r < 0.025:
        row.no_count(choice(rng, ("not reported", "unknown")))
    elif n is not None and n >= 1000:
        row.cells["n_persons"] = f"{n:,}"
        row.tags.append("thousands:n_persons")
    elif n is not None and n <= 10 and r < 0.15:
        row.cells["n_persons"] = _NUM_WORDS[n - 1]
        row.tags.append("count_word")
    else:
        row.cells["n_persons"] = str(n)
    row.suspects(("none", "None"), 0.25, "unknown", 0.1, rng, text=True)
    row.gender(_OSA_SEX_ONE, _OSA_SEX, None, 0.04, rng)
    row.age(_OSA_AGE_ONE, _OSA_AGE, None, 0.03, rng)
    row.countries("en", {"name": 80, "alias": 8, "iso3": 5, "lower": 4, "typo": 3}, rng)
    if row.val("nationality") is not None and rng.random() < 0.03:
        row.cells["nationality"] = choice(rng, ("Unknown", "Various", "not stated"))
        row.exp["nationality"] = None
        row.tags = [t for t in row.tags if not t.endswith(":nationality")]
        row.tags.append("blank_nationality")
    row.transit("en", ", ", "name")
    mode = str(row.val("transport_mode"))
    if rng.random() < 0.02:
        row.cells["transport_mode"] = "Not specified"
        row.exp["transport_mode"] = "unknown"
        row.tags.append("na_word")
    else:
        row.cells["transport_mode"] = _pick(rng, _OSA_MODE, mode)
    if rng.random() < 0.06:
        row.no_place(None, "coords_missing")
    else:
        lat, lon = row.place()
        row.cells["coordinates"] = f"{lat:.4f}, {lon:.4f}"
    row.offences(_OSA_OFF, ", ", rng)


_Writer = Callable[[_Row, ExaminerSource, _Rng, bool], None]
_WRITERS: dict[str, _Writer] = {
    SECURITAS.source: _securitas,
    PROSEGUR.source: _prosegur,
    ALLIED.source: _allied,
    MITIE.source: _mitie,
    OSAC.source: _osac,
}
# Tags a blanked field takes away with it.
_FIELD_TAGS = {
    "n_suspects": ("zero_word", "suspects_placeholder"),
    "gender": ("blank_gender",),
    "coordinates": ("coords_missing", "coords_placeholder", "coords_ddm", "decimal_comma"),
}


def _blank(row: _Row, src: ExaminerSource, field: str) -> None:
    """Leave ``field`` blank, as a second report does although the first one gives it."""
    drop = _FIELD_TAGS.get(field, ())
    row.tags = [t for t in row.tags if t not in drop and not t.endswith(f":{field}")]
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in src.headers:
                row.cells[key] = None
        row.exp["lat"] = row.exp["lon"] = None
    else:
        row.cells[field] = None
        row.exp[field] = "unknown" if field == "gender" else None
    row.tags.append(f"blank_{field}")


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event the way ``src`` writes it: (cells, expected, tags)."""
    row = _Row(ev)
    _WRITERS[src.source](row, src, rng, partial_ok)
    if forced_blank is not None:
        _blank(row, src, forced_blank)
    for col, cell in row.cells.items():
        if isinstance(cell, str) and not fits(cell, src):  # the file's code page
            row.cells[col] = _plain(cell)
    return row.cells, row.exp, row.tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    h, m = _clock(rng)
    if kind == "bad_date":
        y = ts.year
        return {
            SECURITAS.source: f"31/02/{y} {h:02d}:{m:02d}",
            PROSEGUR.source: f"30/02/{y}",
            ALLIED.source: f"02/30/{y} {h:02d}:{m:02d}",
            MITIE.source: f"31/09/{y}",
            OSAC.source: f"31 April {y}",
        }[src.source]
    fut = ts.replace(year=ts.year + 100)  # "21" typed for "20" in the year
    return {
        SECURITAS.source: f"{fut:%d/%m/%Y} {h:02d}:{m:02d}",
        PROSEGUR.source: dt.datetime(fut.year, fut.month, fut.day, h, m),
        ALLIED.source: f"{fut:%m/%d/%Y} {h:02d}:{m:02d}",
        MITIE.source: f"{fut:%d/%m/%Y}",
        OSAC.source: f"{fut.day} {MONTHS[fut.month - 1]} {fut.year}",
    }[src.source]


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of the extract)."""
    day = last + pd.Timedelta(days=1)
    if src.source == PROSEGUR.source:
        return dt.datetime(day.year, day.month, day.day)
    if src.source == OSAC.source:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day:%d/%m/%Y}"


#: The variant: who first reports which event, who reports it again, how each writes.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": SECURITAS.source,
        "ESP": PROSEGUR.source,
        "USA": ALLIED.source,
        "GBR": MITIE.source,
    },
    compilation=OSAC.source,
    secondary={
        ("channel", "FRA"): OSAC.source,
        ("channel", "GBR"): SECURITAS.source,  # the lorry was screened at the port first
        ("thb_vnm_gbr", "GBR"): OSAC.source,
        ("wmed", "ESP"): OSAC.source,
        ("watl", "ESP"): OSAC.source,
        ("thb_rou_esp", "ESP"): OSAC.source,
        ("us_mex", "USA"): OSAC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=27_701,
    blank_share=0.3,
)


def make_blind277(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind277`` set's five submissions (files ``*_js.*``).

    Securitas France (Côte d'Opale ports) reports the events detected in France, Prosegur
    (Spanish ports and farm estates) those in Spain, Allied Universal (US southwest
    border) those in the United States, Mitie Care & Custody those in the United
    Kingdom; the OSAC RISC digest reports every other event and some of theirs a second
    time. See the module's docstring for how each one writes.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``securitas_opale_js.csv`` (French, cp1252, ``;``), ``prosegur_puertos_js.xlsx``
        (Spanish), ``allied_universal_swb_js.jsonl`` (English, UTF-8),
        ``mitie_care_custody_js.csv`` (English, UTF-8 with BOM, ``,``) and
        ``osac_risc_js.csv`` (English, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind277(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['securitas_opale_js.csv', 'prosegur_puertos_js.xlsx', 'allied_universal_swb_js.jsonl',
     'mitie_care_custody_js.csv', 'osac_risc_js.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-8-sig', 'utf-16']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° MC', 'Date / heure constat', 'Pays']
    >>> all(len(s.expected) > 3 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
