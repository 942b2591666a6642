"""Examiner sample set ``blind315`` (files ``*_le.*``): where lorries stop.

Five reporters who meet migrants and exploited workers at motorway service areas, lorry
parks, toll plazas and border bridges, each writing its export its own way:

``roadchef_security_le.xlsx``
    Roadchef (UK motorway services), Security & Loss Prevention incident log. English,
    XLSX. Real Excel date-times (the time found), a few dates typed as text (day first);
    counts as numbers, a few typed as text, as words ("three") or "TBC"; nationality as
    demonyms ("Afghan", "Eritrean"); the UK nation ("England", "Scotland") as the
    country; UK safeguarding words (clandestine entrants, modern slavery, UASC, HGV);
    the services site (not a record field).
``sanef_aires_le.csv``
    Sanef (A16/A26 motorways, Hauts-de-France), main courante of its rest areas. French,
    cp1252, ``;``, CRLF. ``dd/mm/yyyy hh:mm``; decimal-comma coordinates; nationality as
    the feminine adjective of "nationalité" ("afghane"); "Angleterre" for the United
    Kingdom; PL/VL for lorries and cars; MNA for unaccompanied minors; country names in
    capitals; some rows imported from a UTF-8 web form and garbled (mojibake).
``abertis_areas_le.csv``
    Abertis Autopistas España, register of incidents in service areas. Spanish, UTF-16
    (Excel's "Unicode text"), tab-delimited. Day-first dates (some two-digit years, some
    "17-may-2023"); coordinates in degrees, minutes and seconds; sex as V/M
    (varón/mujer) or words; thousands with a dot ("1.234").
``capufe_puentes_le.csv``
    CAPUFE (Caminos y Puentes Federales, Mexico), log of its international bridges and
    toll plazas on the US border. Mexican Spanish, UTF-8 with BOM, ``,``. "17/05/2023",
    "17/MAY/2023" and Excel serials; "tráfico de personas" (Mexican law's name of migrant
    smuggling) beside "trata de personas" (trafficking); NNA for minors; H/M sex codes
    (hombre/mujer); "EUA" for the United States; nationality as the feminine demonym
    ("hondureña"); Mexican legal names of linked offences ("contra la salud",
    "operaciones con recursos de procedencia ilícita").
``tapa_iis_le.jsonl``
    TAPA (Transported Asset Protection Association) Incident Information Service: its
    members' reports of clandestines and trafficking found in trucks and truck parks,
    compiled; it reports every event no operator above reports (Italy, Greece, Croatia,
    Poland, Panama) and re-reports some of theirs. English JSON lines. ISO dates,
    month or quarter only where the member gave no day; country codes as each member
    feed writes them (alpha-2, alpha-3, an ISO numeric country, or English names).

A cell a careful analyst cannot read as a value (``TBC``, ``NC``, ``s/d``, a blank) is
expected as missing; a "not recorded" age group or conveyance as ``unknown``; a word
for nobody ("Nil", "aucun", "ninguno") as zero suspects. Counts that are words for a
vague number ("several", "plusieurs", "varios") make the row bad (``bad_count``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND315", "SOURCES", "make_blind315"]

_Rng = np.random.Generator
_Opt = str | None


def _pick(rng: _Rng, options: tuple[_Opt, ...]) -> _Opt:
    """Draw one of ``options`` (which may hold None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    return options[int(rng.integers(len(options)))]


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
ROADCHEF = ExaminerSource(
    source="roadchef_security",
    filename="roadchef_security_le.xlsx",
    ref="RC/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident Ref",
        "event_date": "Date/Time Found",
        "site": "Site",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type (MS only)",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects Detained",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality (stated)",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (via)",
        "destination_country": "Intended Destination",
        "detection_country": "Nation",
        "transport_mode": "Conveyance",
        "linked_offences": "Other Offences",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="Figures provisional – subject to police confirmation",
    total="TOTAL",
    bad_count=("several", "a group", "multiple"),
    repeats=True,
)
SANEF = ExaminerSource(
    source="sanef_aires",
    filename="sanef_aires_le.csv",
    ref="MC-HDF-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date/heure constat",
        "site": "Secteur",
        "crime_type": "Nature de l'événement",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb passeurs/auteurs",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination annoncée",
        "detection_country": "Pays",
        "transport_mode": "Moyen",
        "linked_offences": "Infractions connexes",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="NB : extraction provisoire de la main courante, données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
ABERTIS = ExaminerSource(
    source="abertis_areas",
    filename="abertis_areas_le.csv",
    ref="AS{year}/{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Parte",
        "event_date": "Fecha",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "linked_offences": "Delitos conexos",
        "coordinates": "Coordenadas (GMS)",
    },
    note="Datos provisionales, pendientes de validación por Seguridad Corporativa",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
)
CAPUFE = ExaminerSource(
    source="capufe_puentes",
    filename="capufe_puentes_le.csv",
    ref="CAPUFE-PI-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de incidente",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países)",
        "destination_country": "Destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos asociados",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Información preliminar, sujeta a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "muchos"),
    repeats=True,
)
TAPA = ExaminerSource(
    source="tapa_iis",
    filename="tapa_iis_le.jsonl",
    ref="IIS-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "site": "tapa_region",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "persons_found",
        "n_suspects": "offenders",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "detection_country": "country",
        "transport_mode": "conveyance",
        "linked_offences": "related_offences",
        "lat": "latitude",
        "lon": "longitude",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=False,
)

#: The set's sources, in the order of :func:`make_blind315`'s submissions.
SOURCES: tuple[ExaminerSource, ...] = (ROADCHEF, SANEF, ABERTIS, CAPUFE, TAPA)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_EN = {k: v[1] for k, v in COUNTRIES.items()} | {
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
}
_FR = {k: v[2] for k, v in COUNTRIES.items()}
_ES = {k: v[3] for k, v in COUNTRIES.items()}

_EN_DEMONYM: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "Afghan", "Afghani"),
    "ALB": ("Albanian",),
    "ERI": ("Eritrean", "Eritrean", "Eritrian"),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi",),
    "SYR": ("Syrian",),
    "VNM": ("Vietnamese",),
}
_EN_TYPO = {"AFG": "Afganistan", "ERI": "Eritria", "VNM": "Veitnam", "ALB": "Albaina"}
_FR_NATIONALITY = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_ES_DEMONYM = {
    "MAR": "marroquí",
    "DZA": "argelino",
    "GIN": "guineano",
    "MLI": "maliense",
    "SEN": "senegalés",
    "GMB": "gambiano",
    "CIV": "marfileño",
    "ROU": "rumano",
}
_ES_TYPO = {"MAR": "Marrueco", "MRT": "Mauritana", "DZA": "Argelía", "ROU": "Rumania"}
_MX_DEMONYM = {
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
}
_MX_USA = ("EUA", "EUA", "E.U.A.", "Estados Unidos", "USA")
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

_SITES = {
    "Dover": "Maidstone (M20 J8)",
    "London": "Clacket Lane (M25)",
    "Birmingham": "Norton Canes (M6 Toll)",
    "Glasgow": "Hamilton (M74)",
    "Calais": "Calais - A16",
    "Dunkirk/Gravelines": "Dunkerque - A16",
}
_AMERICAS = ("PAN", "USA", "MEX", "COL")


class _Writer:
    """How one agency writes the cells of an event (words, dates, counts, places)."""

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[_Opt, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    not_known: tuple[_Opt, ...]  # age group or conveyance not recorded
    offences: Mapping[str, tuple[str, ...]]
    offence_seps: tuple[str, ...]
    no_offence: tuple[_Opt, ...]
    transit_seps: tuple[str, ...]
    no_transit: tuple[_Opt, ...]
    count_unknown: tuple[_Opt, ...]
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[_Opt, ...]
    country_unknown: tuple[_Opt, ...]
    gender_unknown: tuple[_Opt, ...]
    names: Mapping[str, str] = _EN  # country names of the agency's language
    upper_rate: float = 0.0  # share of country cells written in capitals
    numbers: bool = False  # counts and coordinates as numbers (XLSX, JSON)

    # dates ---------------------------------------------------------------------------
    def day(self, ts: pd.Timestamp) -> object:
        """Write a day the agency's usual way."""
        return ts.strftime("%d/%m/%Y")

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
    ) -> tuple[object, pd.Timestamp, str, str | None]:
        """Return (cell, expected date, precision, tag)."""
        return self.day(ts), ts.normalize(), "day", None

    def bad_date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        """Write an impossible date in the agency's style."""
        return f"30/02/{ts.year}"

    # countries -----------------------------------------------------------------------
    def country(
        self, iso: str, column: str, ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        """Return (cell, tag) for an ISO alpha-3 code in ``column``."""
        raise NotImplementedError

    def transit(
        self, codes: list[str], ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        """Join the ordered transit countries the agency's way; return (cell, tag)."""
        text = _word(rng, self.transit_seps).join(self.names[c] for c in codes)
        if rng.random() < self.upper_rate:
            return text.upper(), "case:transit_countries"
        return text, None

    # counts --------------------------------------------------------------------------
    def big(self, n: int, rng: _Rng) -> tuple[object, str | None]:
        """Write a count of 1,000 or more; return (cell, tag)."""
        return (n if self.numbers else str(n)), None

    def count(self, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
        """Return (cell, expected count, tag) for a count of persons."""
        r = rng.random()
        if r < 0.03:
            return _pick(rng, self.count_unknown), None, "count_placeholder"
        if n >= 1000:
            cell, tag = self.big(n, rng)
            return cell, n, tag
        return (n if self.numbers else str(n)), n, None

    def suspects(self, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
        """Return (cell, expected count, tag) for a count of suspects."""
        r = rng.random()
        if r < 0.03:
            return _pick(rng, self.suspects_unknown), None, "suspects_placeholder"
        if n == 0 and r < 0.45:
            return _word(rng, self.zero_words), 0, "zero_word"
        return (n if self.numbers else str(n)), n, None

    # places --------------------------------------------------------------------------
    def coords(
        self, lat: float, lon: float, rng: _Rng
    ) -> tuple[dict[str, object], float | None, float | None, str | None]:
        """Return (cells, expected lat, expected lon, tag)."""
        if rng.random() < 0.06:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        if self.numbers:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, None
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, None

    def site(self, ev: Mapping[str, object]) -> object:
        """Return the agency's own place column (not a record field)."""
        return _SITES.get(str(ev["hotspot"]))

    def finish(self, cells: dict[str, object], rng: _Rng, tags: list[str]) -> None:
        """Give a whole row its last touches (in place)."""


# --------------------------------------------------------------------------------------
class _Roadchef(_Writer):
    crime: Mapping[str, tuple[str, ...]] = {
        "smuggling": (
            "Clandestine entrants",
            "Clandestine entrants",
            "Clandestines - facilitation",
            "People smuggling",
        ),
        "trafficking": ("Modern slavery", "Modern slavery concern", "Human trafficking"),
        "both": ("Clandestines + modern slavery", "Smuggling & trafficking"),
    }
    exploitation: Mapping[str, tuple[str, ...]] = {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Cannabis cultivation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    }
    no_exploitation: tuple[_Opt, ...] = (None, None, "N/A", "n/a")
    gender: Mapping[str, tuple[str, ...]] = {
        "male": ("Male", "Male", "M", "All male"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female", "Mixed group"),
    }
    age: Mapping[str, tuple[str, ...]] = {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "UASC", "U18"),
        "mixed": ("Adults & minors", "Mixed"),
    }
    mode: Mapping[str, tuple[str, ...]] = {
        "land": ("HGV", "HGV", "Lorry", "Van"),
        "sea": ("Small boat", "Boat"),
        "air": ("Flight", "Air"),
    }
    not_known: tuple[_Opt, ...] = ("Not recorded", "N/K")
    offences: Mapping[str, tuple[str, ...]] = {
        "document_fraud": ("False documents", "Forged ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs found", "Controlled drugs"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    }
    offence_seps = (", ", " / ")
    no_offence: tuple[_Opt, ...] = (None, None, "None", "-")
    transit_seps = (" > ", ", ")
    no_transit: tuple[_Opt, ...] = ("Direct", None)
    count_unknown: tuple[_Opt, ...] = ("TBC", "N/K")
    zero_words = ("None", "Nil", "Nil")
    suspects_unknown: tuple[_Opt, ...] = ("N/K", "TBC")
    country_unknown: tuple[_Opt, ...] = ("Not stated", "N/K")
    gender_unknown: tuple[_Opt, ...] = ("N/K",)
    numbers = True

    def day(self, ts: pd.Timestamp) -> object:
        return ts.to_pydatetime()

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
    ) -> tuple[object, pd.Timestamp, str, str | None]:
        r = rng.random()
        if r < 0.12:
            return ts.strftime("%d/%m/%Y"), ts.normalize(), "day", "date_typed_as_text"
        if r < 0.17:
            return ts.strftime("%d/%m/%y"), ts.normalize(), "day", "date_typed_two_digit_year"
        found = dt.datetime(ts.year, ts.month, ts.day, int(rng.integers(24)), int(rng.integers(60)))
        return found, ts.normalize(), "day", "excel_datetime"

    def bad_date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return f"30/02/{ts.year}"

    def country(
        self, iso: str, column: str, ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        if column == "detection_country":
            r = rng.random()
            if r < 0.15:
                return "UK", "alias:detection_country"
            if r < 0.2:
                return "United Kingdom", None
            nation = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
            return (nation, "uk_nation") if iso == "GBR" else (_EN[iso], None)
        if column == "destination_country" and iso == "GBR":
            return _word(rng, ("UK", "UK", "UK", "United Kingdom", "England")), "alias:destination"
        r = rng.random()
        if column == "nationality" and iso in _EN_DEMONYM and r < 0.7:
            text = _word(rng, _EN_DEMONYM[iso])
            if rng.random() < 0.06:
                return text.lower(), "demonym;case:nationality"
            return text, "demonym"
        if r > 0.95 and iso in _EN_TYPO:
            return _EN_TYPO[iso], f"typo:{column}"
        return _EN[iso], None

    def site(self, ev: Mapping[str, object]) -> object:
        return _SITES.get(str(ev["hotspot"]))

    def count(self, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
        r = rng.random()
        if r < 0.04:
            return _pick(rng, self.count_unknown), None, "count_placeholder"
        if r < 0.09 and 1 <= n <= 10:
            return _EN_NUMBERS[n - 1], n, "count_word"
        if r < 0.14:
            return str(n), n, "count_as_text"
        return n, n, None

    def coords(
        self, lat: float, lon: float, rng: _Rng
    ) -> tuple[dict[str, object], float | None, float | None, str | None]:
        if rng.random() < 0.25:  # staff often leave the location to the site column
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, None


# --------------------------------------------------------------------------------------
class _Sanef(_Writer):
    crime: Mapping[str, tuple[str, ...]] = {
        "smuggling": (
            "Trafic de migrants (passeurs)",
            "Trafic de migrants (passeurs)",
            "Aide à l'entrée irrégulière",
            "Passage clandestin - filière",
        ),
        "trafficking": ("Traite des êtres humains", "Suspicion de traite (TEH)"),
        "both": ("TEH + trafic de migrants", "Traite et passage clandestin"),
    }
    exploitation: Mapping[str, tuple[str, ...]] = {
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    }
    no_exploitation: tuple[_Opt, ...] = (None, None, "Sans objet", "SO")
    gender: Mapping[str, tuple[str, ...]] = {
        "male": ("Hommes", "H", "Masculin"),
        "female": ("Femmes", "F", "Féminin"),
        "mixed": ("Mixte", "Hommes et femmes"),
    }
    age: Mapping[str, tuple[str, ...]] = {
        "adult": ("Majeurs", "Majeur", "Adultes"),
        "child": ("Mineurs", "MNA", "Mineur"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    }
    mode: Mapping[str, tuple[str, ...]] = {
        "land": ("PL", "PL", "Poids lourd", "VL"),
        "sea": ("Embarcation (small boat)", "Maritime"),
        "air": ("Aérien",),
    }
    not_known: tuple[_Opt, ...] = ("NR", "Inconnu")
    offences: Mapping[str, tuple[str, ...]] = {
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    }
    offence_seps = (" + ", ", ")
    no_offence: tuple[_Opt, ...] = (None, None, "Néant")
    transit_seps = (", ", " - ")
    no_transit: tuple[_Opt, ...] = (None,)
    count_unknown: tuple[_Opt, ...] = ("NC", "inconnu")
    zero_words = ("aucun", "néant")
    suspects_unknown: tuple[_Opt, ...] = ("NC",)
    country_unknown: tuple[_Opt, ...] = ("NC", "Inconnue")
    gender_unknown: tuple[_Opt, ...] = ("NR",)
    names = _FR
    upper_rate = 0.4

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
    ) -> tuple[object, pd.Timestamp, str, str | None]:
        if rng.random() < 0.7:
            hour = f"{int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}"
            return f"{ts:%d/%m/%Y} {hour}", ts.normalize(), "day", "datetime"
        return self.day(ts), ts.normalize(), "day", None

    def bad_date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return f"31/{_word(rng, ('04', '06', '09', '11'))}/{ts.year} 10:15"

    def country(
        self, iso: str, column: str, ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        r = rng.random()
        if column == "destination_country" and iso == "GBR":
            if r < 0.3:
                return "Angleterre", "alias:destination"
            if r < 0.45:
                return "UK", "alias:destination"
        if column == "detection_country" and r < 0.05:
            return iso_codes(iso)[0], "iso2:detection_country"
        if column == "nationality" and iso in _FR_NATIONALITY and r < 0.6:
            return _FR_NATIONALITY[iso], "adjective"
        name = _FR[iso]
        if rng.random() < self.upper_rate:
            return name.upper(), f"case:{column}"
        return name, None

    def big(self, n: int, rng: _Rng) -> tuple[object, str | None]:
        return f"{n // 1000}{_word(rng, (' ', chr(0xA0)))}{n % 1000:03d}", "thousands_space"

    def coords(
        self, lat: float, lon: float, rng: _Rng
    ) -> tuple[dict[str, object], float | None, float | None, str | None]:
        if rng.random() < 0.1:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon, "decimal_comma"

    def finish(self, cells: dict[str, object], rng: _Rng, tags: list[str]) -> None:
        # Rows keyed in a UTF-8 web form and imported into the cp1252 register.
        if rng.random() >= 0.08:
            return
        hit = False
        for key, value in cells.items():
            if key in ("event_date", "source_ref") or not isinstance(value, str):
                continue
            garbled = mojibake(value)
            if garbled is not None:
                cells[key] = garbled
                hit = True
        if hit:
            tags.append("mojibake")


# --------------------------------------------------------------------------------------
class _Abertis(_Writer):
    crime: Mapping[str, tuple[str, ...]] = {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("Trata de seres humanos", "Indicios de trata"),
        "both": ("Trata + tráfico de migrantes", "Trata y tráfico"),
    }
    exploitation: Mapping[str, tuple[str, ...]] = {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    }
    no_exploitation: tuple[_Opt, ...] = (None, None, "No aplica", "N/A")
    gender: Mapping[str, tuple[str, ...]] = {
        "male": ("Varones", "Hombres", "V"),
        "female": ("Mujeres", "Mujer", "M"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    }
    age: Mapping[str, tuple[str, ...]] = {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menor de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    }
    mode: Mapping[str, tuple[str, ...]] = {
        "land": ("Camión", "Camión", "Furgoneta", "Turismo"),
        "sea": ("Patera", "Cayuco", "Embarcación"),
        "air": ("Avión", "Aéreo"),
    }
    not_known: tuple[_Opt, ...] = ("Sin determinar", "s/d")
    offences: Mapping[str, tuple[str, ...]] = {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    }
    offence_seps = (" / ", ", ")
    no_offence: tuple[_Opt, ...] = (None, None, "Ninguno")
    transit_seps = (" - ", ", ")
    no_transit: tuple[_Opt, ...] = (None, None, "Ruta directa")
    count_unknown: tuple[_Opt, ...] = ("s/d", "sin determinar")
    zero_words = ("ninguno", "Ninguno")
    suspects_unknown: tuple[_Opt, ...] = ("s/d",)
    country_unknown: tuple[_Opt, ...] = ("Desconocida", "s/d")
    gender_unknown: tuple[_Opt, ...] = ("s/d",)
    names = _ES
    upper_rate = 0.2

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
    ) -> tuple[object, pd.Timestamp, str, str | None]:
        r = rng.random()
        if r < 0.15:
            return ts.strftime("%d/%m/%y"), ts.normalize(), "day", "two_digit_year"
        if r < 0.25:
            text = f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1]}-{ts.year}"
            return text, ts.normalize(), "day", "month_abbreviation"
        return self.day(ts), ts.normalize(), "day", None

    def bad_date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return f"00/{ts.month:02d}/{ts.year}"

    def country(
        self, iso: str, column: str, ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        r = rng.random()
        if column == "nationality" and iso in _ES_DEMONYM and r < 0.25:
            return _ES_DEMONYM[iso], "demonym"
        if r > 0.96 and iso in _ES_TYPO:
            return _ES_TYPO[iso], f"typo:{column}"
        name = _ES[iso]
        if rng.random() < self.upper_rate:
            return name.upper(), f"case:{column}"
        return name, None

    def big(self, n: int, rng: _Rng) -> tuple[object, str | None]:
        if rng.random() < 0.8:
            return f"{n // 1000}.{n % 1000:03d}", "thousands_dot"
        return str(n), None

    def coords(
        self, lat: float, lon: float, rng: _Rng
    ) -> tuple[dict[str, object], float | None, float | None, str | None]:
        if rng.random() < 0.08:
            return {"coordinates": None}, None, None, "coords_missing"
        text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        return {"coordinates": text}, lat, lon, "dms"

    def site(self, ev: Mapping[str, object]) -> object:
        return None


def _dms(value: float, pos: str, neg: str) -> str:
    """Write degrees, minutes and seconds (to a tenth) with the hemisphere letter."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if value >= 0 else neg}"


# --------------------------------------------------------------------------------------
class _Capufe(_Writer):
    crime: Mapping[str, tuple[str, ...]] = {
        # Ley de Migración, art. 159: "tráfico de personas" is migrant smuggling.
        "smuggling": (
            "Tráfico de personas",
            "Tráfico de personas",
            "Tráfico de indocumentados",
            "Tráfico de migrantes",
        ),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico de personas",),
    }
    exploitation: Mapping[str, tuple[str, ...]] = {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzado", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    }
    no_exploitation: tuple[_Opt, ...] = (None, None, "No aplica")
    gender: Mapping[str, tuple[str, ...]] = {
        "male": ("Hombres", "H"),
        "female": ("Mujeres", "M"),
        "mixed": ("Ambos sexos", "Mixto", "H y M"),
    }
    age: Mapping[str, tuple[str, ...]] = {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto"),
    }
    mode: Mapping[str, tuple[str, ...]] = {
        "land": ("Tractocamión", "Caja seca", "Autobús de pasajeros", "Vehículo particular"),
        "sea": ("Embarcación",),
        "air": ("Aéreo",),
    }
    not_known: tuple[_Opt, ...] = ("No especificado", "S/D")
    offences: Mapping[str, tuple[str, ...]] = {
        "document_fraud": ("Uso de documento falso",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Contra la salud", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    }
    offence_seps = ("; ",)
    no_offence: tuple[_Opt, ...] = (None, None, "Ninguno")
    transit_seps = ("-", ", ")
    no_transit: tuple[_Opt, ...] = (None,)
    count_unknown: tuple[_Opt, ...] = ("S/D", "Por determinar")
    zero_words = ("Ninguno",)
    suspects_unknown: tuple[_Opt, ...] = ("S/D",)
    country_unknown: tuple[_Opt, ...] = ("No especificada", "S/D")
    gender_unknown: tuple[_Opt, ...] = ("S/D",)
    names = _ES
    upper_rate = 0.15

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
    ) -> tuple[object, pd.Timestamp, str, str | None]:
        r = rng.random()
        if r < 0.2:
            text = f"{ts.day:02d}/{_ES_MONTHS[ts.month - 1].upper()}/{ts.year}"
            return text, ts.normalize(), "day", "month_abbreviation"
        if r < 0.3:
            serial = (ts.normalize() - pd.Timestamp("1899-12-30")).days
            return str(serial), ts.normalize(), "day", "excel_serial"
        return self.day(ts), ts.normalize(), "day", None

    def bad_date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return f"31/{_word(rng, ('ABR', 'JUN', 'SEP', 'NOV'))}/{ts.year}"

    def country(
        self, iso: str, column: str, ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        if iso == "USA" and column != "nationality":
            return _word(rng, _MX_USA), f"alias:{column}"
        r = rng.random()
        if column == "nationality" and iso in _MX_DEMONYM and r < 0.75:
            text = _MX_DEMONYM[iso]
            if rng.random() < 0.3:
                return text.upper(), "demonym;case:nationality"
            return text, "demonym"
        name = _ES[iso]
        if rng.random() < self.upper_rate:
            return name.upper(), f"case:{column}"
        return name, None

    def big(self, n: int, rng: _Rng) -> tuple[object, str | None]:
        return f"{n // 1000},{n % 1000:03d}", "thousands_comma"

    def site(self, ev: Mapping[str, object]) -> object:
        return None


# --------------------------------------------------------------------------------------
_FEEDS = ("iso2", "iso2", "iso2", "iso2", "iso3", "iso3", "name", "name", "numeric")


class _Tapa(_Writer):
    crime: Mapping[str, tuple[str, ...]] = {
        "smuggling": ("Human smuggling", "Human smuggling", "People smuggling"),
        "trafficking": ("Human trafficking",),
        "both": ("Human trafficking/smuggling",),
    }
    exploitation: Mapping[str, tuple[str, ...]] = {
        "sexual": ("sexual",),
        "forced_labour": ("labour", "forced labour"),
        "forced_criminality": ("criminal",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    }
    no_exploitation: tuple[_Opt, ...] = (None,)
    gender: Mapping[str, tuple[str, ...]] = {
        "male": ("male", "M"),
        "female": ("female", "F"),
        "mixed": ("mixed",),
    }
    age: Mapping[str, tuple[str, ...]] = {
        "adult": ("adult",),
        "child": ("minor",),
        "mixed": ("mixed",),
    }
    mode: Mapping[str, tuple[str, ...]] = {
        "land": ("road", "truck/trailer"),
        "sea": ("sea", "vessel"),
        "air": ("air",),
    }
    not_known: tuple[_Opt, ...] = ("unknown", None)
    offences: Mapping[str, tuple[str, ...]] = {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    }
    offence_seps = ("; ",)
    no_offence: tuple[_Opt, ...] = (None,)
    transit_seps = (">",)
    no_transit: tuple[_Opt, ...] = (None,)
    count_unknown: tuple[_Opt, ...] = ("unknown", None)
    zero_words = ("none",)
    suspects_unknown: tuple[_Opt, ...] = (None, "unknown")
    country_unknown: tuple[_Opt, ...] = (None, "unknown")
    gender_unknown: tuple[_Opt, ...] = ("unknown",)
    numbers = True

    def day(self, ts: pd.Timestamp) -> object:
        return ts.strftime("%Y-%m-%d")

    def date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
    ) -> tuple[object, pd.Timestamp, str, str | None]:
        r = rng.random()
        if partial_ok and r < 0.1:  # the member gave the month only
            start = ts.to_period("M").start_time
            return ts.strftime("%Y-%m"), start, "month", "month_only"
        if partial_ok and r < 0.16:  # a quarterly return
            start = ts.to_period("Q").start_time
            return f"Q{ts.quarter} {ts.year}", start, "quarter", "quarter_only"
        if r > 0.88:
            clock = f"{int(rng.integers(6, 19)):02d}:{int(rng.integers(60)):02d}:00"
            return f"{ts:%Y-%m-%d}T{clock}", ts.normalize(), "day", "iso_datetime"
        return self.day(ts), ts.normalize(), "day", None

    def bad_date(self, ts: pd.Timestamp, rng: _Rng) -> object:
        return f"{ts.year}-02-30"

    def country(
        self, iso: str, column: str, ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        feed = str(ev.get("_feed", "iso2"))
        alpha2, numeric = iso_codes(iso)
        if feed == "numeric" and column == "detection_country":
            return numeric, "numeric:detection_country"
        if feed in ("iso2", "numeric"):
            return alpha2, f"iso2:{column}"
        if feed == "iso3":
            return iso, f"iso3:{column}"
        return _EN[iso], None

    def transit(
        self, codes: list[str], ev: Mapping[str, object], rng: _Rng
    ) -> tuple[object, str | None]:
        cells = [self.country(c, "transit_countries", ev, rng) for c in codes]
        if ev.get("_feed") == "name":
            return ", ".join(str(c) for c, _ in cells), None
        return ">".join(str(c) for c, _ in cells), cells[0][1]

    def big(self, n: int, rng: _Rng) -> tuple[object, str | None]:
        if rng.random() < 0.3:
            return f"{n // 1000},{n % 1000:03d}", "thousands_comma"
        return n, None

    def site(self, ev: Mapping[str, object]) -> object:
        return "AMERICAS" if ev["detection_country"] in _AMERICAS else "EMEA"


_WRITERS: dict[str, _Writer] = {
    ROADCHEF.source: _Roadchef(),
    SANEF.source: _Sanef(),
    ABERTIS.source: _Abertis(),
    CAPUFE.source: _Capufe(),
    TAPA.source: _Tapa(),
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    w = _WRITERS[src.source]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str | None) -> None:
        if name:
            tags.extend(name.split(";"))

    if src.source == TAPA.source:
        ev = {**ev, "_feed": _word(rng, _FEEDS)}  # each member feed codes countries its way
    cells["event_date"], exp["event_date"], exp["date_precision"], t = w.date(ts, rng, partial_ok)
    tag(t)
    cells["site"] = w.site(ev)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, w.crime[crime])
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if form is None:
        cells["exploitation"] = _pick(rng, w.no_exploitation)
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, w.exploitation[str(form)])
        exp["exploitation"] = form

    cells["n_persons"], exp["n_persons"], t = w.count(int(str(ev["n_persons"])), rng)
    tag(t)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    else:
        n_sus = int(str(ev["n_suspects"]))
        cells["n_suspects"], exp["n_suspects"], t = w.suspects(n_sus, rng)
        tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"], exp["gender"] = _pick(rng, w.gender_unknown), "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, w.gender[gender]), gender

    for col, table in (("age_group", w.age), ("transport_mode", w.mode)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = _pick(rng, w.not_known), "unknown"
            tag(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(rng, table[value]), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
        elif col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = _pick(rng, w.country_unknown), None
            tag("blank_nationality")
        else:
            cells[col], t = w.country(iso, col, ev, rng)
            exp[col] = iso
            tag(t)

    route = ev["transit_countries"]
    if route is None:
        cells["transit_countries"] = _pick(rng, w.no_transit)
        exp["transit_countries"] = None
    else:
        cells["transit_countries"], t = w.transit(str(route).split("|"), ev, rng)
        exp["transit_countries"] = route
        tag(t)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = _pick(rng, w.no_offence)
        exp["linked_offences"] = None
    else:
        words = [_word(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _word(rng, w.offence_seps).join(words)
        exp["linked_offences"] = offences

    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    if forced_blank == "coordinates":
        coords: dict[str, object] = dict.fromkeys(("lat", "lon", "coordinates"))
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    else:
        coords, exp["lat"], exp["lon"], t = w.coords(lat, lon, rng)
        tag(t)
    cells.update({k: v for k, v in coords.items() if k in src.headers})

    w.finish(cells, rng, tags)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    w = _WRITERS[src.source]
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return w.bad_date(ts, rng)
    return w.day(ts + pd.DateOffset(years=9))


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the extraction date written on a source's note row."""
    return _WRITERS[src.source].day(last + pd.Timedelta(days=6))


#: The variant: five sources, who reports which event first and who reports it again.
BLIND315: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": ROADCHEF.source,
        "FRA": SANEF.source,
        "ESP": ABERTIS.source,
        "USA": CAPUFE.source,
    },
    compilation=TAPA.source,
    secondary={
        ("channel", "FRA"): TAPA.source,
        ("channel", "GBR"): TAPA.source,
        ("thb_vnm_gbr", "GBR"): TAPA.source,
        ("us_mex", "USA"): TAPA.source,
        ("wmed", "ESP"): TAPA.source,
        ("thb_rou_esp", "ESP"): TAPA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=315,
    blank_share=0.35,
)


def make_blind315(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind315`` examiner set (files ``*_le.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed give the same submissions.

    Returns
    -------
    list of Submission
        ``roadchef_security_le.xlsx`` (English), ``sanef_aires_le.csv`` (French, cp1252,
        ``;``), ``abertis_areas_le.csv`` (Spanish, UTF-16, tab), ``capufe_puentes_le.csv``
        (Mexican Spanish, UTF-8 with BOM, ``,``) and ``tapa_iis_le.jsonl`` (English, the
        compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind315(make_truth(seed=1, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['roadchef_security_le.xlsx', 'sanef_aires_le.csv', 'abertis_areas_le.csv',
     'capufe_puentes_le.csv', 'tapa_iis_le.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° main courante', 'Date/heure constat', 'Secteur']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND315, truth, seed=seed)
