"""The examiner's sample set ``blind175`` (files ``*_fu.*``): five agencies on the eastern routes.

The set looks at the westward routes of Afghans, Pakistanis, Iranians, Iraqis and
Syrians from the places where they are seen in Europe, as five agencies never used
before in this project write their exports:

``aegean_boat_report_fu.jsonl``
    Aegean Boat Report, the Norwegian-run monitor of crossings from Türkiye to the
    Greek islands: a JSON lines export of its database (English snake-case keys, UTF-8),
    Norwegian day-first dates ``17.05.2023`` (some with the hour), nationalities as
    demonyms (``Afghan``), the route as ``Iran > Turkey``, the vessel type, and a
    position in decimal degrees or in degrees and decimal minutes as a sailor writes it
    (``39°12.074'N 26°18.274'E``). No crime type and no suspects: it counts boats.
``ftda_littoral_fu.xlsx``
    France terre d'asile's littoral service (Calais, Dunkirk): its French follow-up
    sheet, real Excel dates with a few typed ones, serial numbers and months
    (``mai 2023``), nationalities as French adjectives (``afghane``), destinations as
    ``Angleterre``, ``NC`` for what is not known, counts ``env. 45``. It also logs the
    Dover arrivals of people it met on the coast (second reports).
``cms_zagreb_fu.csv``
    Centre for Peace Studies (Centar za mirovne studije), Zagreb: an English case list
    from field testimonies on the Bosnia-Croatia border, UTF-8 with BOM, comma
    separated; Croatian dates with a trailing dot (``17.5.2023.``, ``17. 5. 2023.``),
    ISO alpha-2 codes, ``Hrvatska``, the route as ``Turkey-Bulgaria-Serbia-BiH``.
``grupa_granica_fu.csv``
    Grupa Granica, the Polish border-support network: the English export of its
    intervention sheet saved by Excel as *Unicode text* (UTF-16, tab separated); ISO
    dates and ``2023/05/17 21:40`` timestamps, ``Iraqi (Kurdish)``, ``Russia → Belarus``,
    pins as pairs or Google Maps links. No crime type, no suspects.
``comillas_iuem_fu.csv``
    The compilation: the incident base of the Instituto Universitario de Estudios sobre
    Migraciones (Universidad Pontificia Comillas), built from press and partner
    reports, in Spanish, cp1252, ``;`` separated, as Excel in Spain saves it; day-first
    dates, ``mayo de 2023``, ``2023T2``, demonyms (``marroquí``), ``EE. UU.``, decimal
    commas, ``1.250``, ``s/d``, and names pasted from UTF-8 web pages (``PanamÃ¡``).

Each event is first reported by the agency of its detection country (the
compilation for the others); the compilation reports again some events of the
Aegean, the Balkans, the Belarus border and the French coast, and France terre
d'asile some Dover arrivals. The truth says what a careful analyst reads in each
cell: a demonym is the country, ``Angleterre`` the United Kingdom, ``NC`` or ``s/d``
nothing, a month a month, ``sans objet`` no form of exploitation.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND175", "SOURCES", "make_blind175"]

_Rng = np.random.Generator

_ABR = "aegean_boat_report"
_FTDA = "ftda_littoral"
_CMS = "cms_zagreb"
_GG = "grupa_granica"
_IUEM = "comillas_iuem"

#: The five sources of the set, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_ABR,
        filename=f"{_ABR}_fu.jsonl",
        ref="ABR-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "id",
            "event_date": "date",
            "detection_country": "country",
            "n_persons": "people",
            "gender": "gender",
            "age_group": "age_group",
            "nationality": "main_nationality",
            "transit_countries": "route",
            "transport_mode": "vessel",
            "coordinates": "position",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "many", "full boat"),
        repeats=False,
    ),
    ExaminerSource(
        source=_FTDA,
        filename=f"{_FTDA}_fu.xlsx",
        ref="LIT/{yy:02d}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date des faits",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constat",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen de passage",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires – extraction du tableau de suivi littoral, ne pas diffuser",
        total="Total général",
        bad_count=("plusieurs", "un groupe"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CMS,
        filename=f"{_CMS}_fu.csv",
        ref="CMS-{year}/{seq:03d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case no.",
            "event_date": "Date of incident",
            "crime_type": "Case type",
            "exploitation": "Form of exploitation",
            "n_persons": "No. of persons",
            "n_suspects": "Suspected smugglers",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country",
            "transit_countries": "Route",
            "transport_mode": "Means of travel",
            "coordinates": "GPS",
            "linked_offences": "Related offences",
        },
        note="Note: compiled from field testimonies, not exhaustive",
        total="Total",
        bad_count=("several", "a group"),
        repeats=True,
    ),
    ExaminerSource(
        source=_GG,
        filename=f"{_GG}_fu.csv",
        ref="GG/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date of contact",
            "n_persons": "Group size",
            "gender": "Gender",
            "age_group": "Age group",
            "nationality": "Nationality",
            "destination_country": "Destination",
            "detection_country": "Country",
            "transit_countries": "Route",
            "transport_mode": "Means",
            "coordinates": "Location (pin)",
        },
        note="Locations approximate; shared by the people themselves",
        total="TOTAL",
        bad_count=("big group", "a few"),
        repeats=False,
    ),
    ExaminerSource(
        source=_IUEM,
        filename=f"{_IUEM}_fu.csv",
        ref="OBS{yy:02d}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Código",
            "event_date": "Fecha del suceso",
            "crime_type": "Tipología",
            "exploitation": "Fin de explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Nº de detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País del suceso",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: recopilación a partir de fuentes abiertas; cifras provisionales",
        total="TOTAL",
        bad_count=("varios", "decenas", "numerosos"),
        repeats=True,
    ),
)

# --------------------------------------------------------------------------------------
# Words of each agency
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: English demonyms (Aegean Boat Report, Centre for Peace Studies, Grupa Granica).
_EN_DEMONYM = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "MAR": "Moroccan",
    "TUR": "Turkish",
    "YEM": "Yemeni",
    "IRN": "Iranian",
}
#: French nationality adjectives (feminine as on the form: "nationalité afghane", masculine).
_FR_DEMONYM = {
    "AFG": ("afghane", "afghan"),
    "IRN": ("iranienne", "iranien"),
    "IRQ": ("irakienne", "irakien"),
    "ALB": ("albanaise", "albanais"),
    "ERI": ("érythréenne", "érythréen"),
    "SYR": ("syrienne", "syrien"),
    "VNM": ("vietnamienne", "vietnamien"),
}
#: Spanish demonyms (feminine, as in "de nacionalidad marroquí").
_ES_DEMONYM = {
    "TUN": "tunecina",
    "EGY": "egipcia",
    "BGD": "bangladesí",
    "CIV": "marfileña",
    "GIN": "guineana",
    "ERI": "eritrea",
    "PAK": "pakistaní",
    "AFG": "afgana",
    "IRQ": "iraquí",
    "CMR": "camerunesa",
    "MAR": "marroquí",
    "DZA": "argelina",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "TUR": "turca",
    "YEM": "yemení",
    "IRN": "iraní",
    "ALB": "albanesa",
    "VNM": "vietnamita",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "NGA": "nigeriana",
    "ROU": "rumana",
    "SYR": "siria",
}
#: Other names an agency uses for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "TUR": ("Turkey",),
        "BIH": ("BiH", "Bosnia"),
        "MKD": ("N. Macedonia", "Macedonia"),
        "IRQ": ("Iraq (Kurdistan)", "Iraqi (Kurdish)"),
        "GBR": ("UK",),
        "HRV": ("Hrvatska",),
        "POL": ("Polska",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {"GBR": ("Angleterre", "UK"), "VNM": ("Vietnam",)},
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
    },
}
#: Small slips of English clerks (the name still reads at a glance).
_EN_TYPOS = {
    "AFG": "Afghanisatn",
    "PAK": "Pakistn",
    "SYR": "Syira",
    "CMR": "Camerron",
    "MAR": "Morroco",
    "YEM": "Yemem",
    "DEU": "Germnay",
    "AUT": "Austira",
    "ITA": "Itlay",
}


def _strip_accents(text: str) -> str:
    """Drop the accents (``Afganistán`` -> ``Afganistan``), as a hurried typist does."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name(iso: str, lang: str) -> str:
    """Return the plain country name of ``iso`` in ``lang``."""
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _forms(iso: str, lang: str, kinds: tuple[str, ...]) -> dict[str, str]:
    """Return the ways of writing ``iso`` among ``kinds`` that exist for this country."""
    name = _name(iso, lang)
    out: dict[str, str] = {}
    for kind in kinds:
        text: str | None = None
        if kind == "name":
            text = name
        elif kind == "iso2":
            text = iso_codes(iso)[0]
        elif kind == "iso3":
            text = iso
        elif kind == "upper":
            text = name.upper()
        elif kind == "lower":
            text = name.lower()
        elif kind == "spaces":
            text = f"  {name} "
        elif kind == "demonym":
            if lang == "fr":
                text = _FR_DEMONYM[iso][0] if iso in _FR_DEMONYM else None
            else:
                text = (_EN_DEMONYM if lang == "en" else _ES_DEMONYM).get(iso)
        elif kind == "demonym_m" and iso in _FR_DEMONYM:
            text = _FR_DEMONYM[iso][1]
        elif kind == "alias" and iso in _ALIASES[lang]:
            text = _ALIASES[lang][iso][0]
        elif kind == "alias2" and len(_ALIASES[lang].get(iso, ())) > 1:
            text = _ALIASES[lang][iso][1]
        elif kind == "typo":
            if lang == "en":
                text = _EN_TYPOS.get(iso)
            else:
                plain = _strip_accents(name)
                text = plain if plain != name else None
        elif kind == "mojibake":
            text = mojibake(name)
        if text is not None:
            out[kind] = text
    return out


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
class _Row:
    """One row being written: its cells, the values a careful analyst reads, its tags."""

    def __init__(
        self,
        src: ExaminerSource,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.partial_ok = partial_ok
        self.forced = forced_blank
        self.lang = src.language
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
        for col in ("crime_type", "gender", "age_group", "transport_mode"):
            self.exp[col] = "unknown"  # a column the agency does not keep reads "unknown"
        self.tags: list[str] = []

    def r(self) -> float:
        """One uniform draw."""
        return float(self.rng.random())

    def pick(self, options: tuple[str, ...]) -> str:
        """One of ``options``."""
        return choice(self.rng, options)

    def tag(self, name: str) -> None:
        """Record a planted habit."""
        self.tags.append(name)

    def blanked(self, field: str) -> bool:
        """Whether this second report leaves ``field`` blank (the first report gives it)."""
        if self.forced == field:
            self.tag(f"blank_{field}")
            return True
        return False

    def vocab(
        self,
        col: str,
        words: Mapping[str, tuple[str, ...]],
        unknown: tuple[str, ...],
        *,
        empty: float = 0.03,
        unknown_rate: float = 0.03,
        case: float = 0.04,
    ) -> None:
        """Write a vocabulary field (gender, age group, transport mode) in the agency's words."""
        value = self.ev[col]
        if col == "gender" and self.blanked("gender"):
            self.cells[col] = None
            self.exp[col] = "unknown"
            return
        if value is None:
            return
        r = self.r()
        if r < empty:
            self.cells[col] = None
            self.exp[col] = "unknown"
            self.tag(f"empty:{col}")
            return
        if r < empty + unknown_rate:
            self.cells[col] = self.pick(unknown)
            self.exp[col] = "unknown"
            self.tag(f"unknown:{col}")
            return
        text = self.pick(words[str(value)])
        if self.r() < case:
            text = text.upper() if self.r() < 0.5 else f" {text}  "
            self.tag(f"case:{col}")
        self.cells[col] = text
        self.exp[col] = value

    def country(
        self,
        col: str,
        weights: dict[str, float],
        unknown: tuple[str, ...],
        *,
        empty: float = 0.0,
        unknown_rate: float = 0.0,
    ) -> None:
        """Write a country field in one of the agency's ways (weights by kind)."""
        value = self.ev[col]
        if col in ("nationality", "detection_country") and self.blanked(col):
            self.cells[col] = None
            return
        if value is None:
            return
        r = self.r()
        if r < empty:
            self.cells[col] = None
            self.tag(f"empty:{col}")
            return
        if r < empty + unknown_rate:
            self.cells[col] = self.pick(unknown)
            self.tag(f"unknown:{col}")
            return
        iso = str(value)
        self.cells[col] = self.country_text(iso, weights, col)
        self.exp[col] = iso

    def country_text(self, iso: str, weights: dict[str, float], col: str) -> str:
        """One way of writing ``iso``, tagged with the kind when it is not the plain name."""
        forms = _forms(iso, self.lang, tuple(weights))
        forms = {k: v for k, v in forms.items() if _fits(v, self.src)}
        kinds = list(forms)
        w = np.array([weights[k] for k in kinds], dtype=float)
        kind = kinds[int(self.rng.choice(len(kinds), p=w / w.sum()))]
        if kind != "name":
            self.tag(f"{kind}:{col}")
        return forms[kind]

    def transit(self, weights: dict[str, float], sep: str, *, empty: float = 0.02) -> None:
        """Write the transit countries, in order, joined by the agency's separator."""
        value = self.ev["transit_countries"]
        if value is None:
            return
        if self.r() < empty:
            self.cells["transit_countries"] = None
            self.tag("empty:transit_countries")
            return
        codes = str(value).split("|")
        parts = [self.country_text(c, weights, "transit_countries") for c in codes]
        self.cells["transit_countries"] = sep.join(p.strip() for p in parts)
        self.exp["transit_countries"] = "|".join(codes)

    def offences(self, words: dict[str, tuple[str, ...]], sep: str) -> None:
        """Write the linked offences in the agency's words."""
        value = self.ev["linked_offences"]
        if value is None:
            return
        codes = str(value).split("|")
        self.cells["linked_offences"] = sep.join(self.pick(words[c]) for c in codes)
        self.exp["linked_offences"] = "|".join(codes)

    def persons(self) -> int:
        """Return the event's count of persons."""
        return int(self.ev["n_persons"])  # type: ignore[call-overload]

    def suspects(self) -> int | None:
        """Return the event's count of suspects."""
        value = self.ev["n_suspects"]
        return None if value is None else int(value)  # type: ignore[call-overload]

    def day(self, cell: object, ts: pd.Timestamp, tag: str | None = None) -> None:
        """Write a date read to the day."""
        self.cells["event_date"] = cell
        self.exp["event_date"] = ts.normalize()
        self.exp["date_precision"] = "day"
        if tag:
            self.tag(tag)

    def month(self, cell: object, ts: pd.Timestamp) -> None:
        """Write a date read to the month (the analyst keeps the month's first day)."""
        self.cells["event_date"] = cell
        self.exp["event_date"] = ts.to_period("M").start_time
        self.exp["date_precision"] = "month"
        self.tag("partial_date")

    def quarter(self, cell: object, ts: pd.Timestamp) -> None:
        """Write a date read to the quarter (the analyst keeps the quarter's first day)."""
        self.cells["event_date"] = cell
        self.exp["event_date"] = ts.to_period("Q").start_time
        self.exp["date_precision"] = "quarter"
        self.tag("partial_date")

    def point(self, lat: float, lon: float) -> None:
        """Record the point a careful analyst reads from the written coordinates."""
        self.exp["lat"] = lat
        self.exp["lon"] = lon

    def place(self) -> tuple[float, float] | None:
        """Return the true point, or None if this second report leaves the place blank."""
        if self.blanked("coordinates"):
            return None
        return float(self.ev["lat"]), float(self.ev["lon"])  # type: ignore[arg-type]

    def done(self) -> tuple[dict[str, object], dict[str, object], list[str]]:
        """Return (cells, expected values, tags), each tag once."""
        return self.cells, self.exp, list(dict.fromkeys(self.tags))


def _fits(text: str, src: ExaminerSource) -> bool:
    if src.format != "csv":
        return True
    try:
        text.encode(src.encoding)
    except UnicodeEncodeError:
        return False
    return True


def _hour(rng: _Rng) -> str:
    """Return an hour of the night or early morning, when crossings are logged."""
    return f"{int(rng.integers(0, 24)) % 8:02d}:{int(rng.integers(0, 60)):02d}"


def _dm(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees and decimal minutes (``39°12.074'N``) and the value they read."""
    hemi = pos if value >= 0 else neg
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, 3)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    read = deg + minutes / 60
    return f"{deg}°{minutes:06.3f}'{hemi}", read if value >= 0 else -read


def _exploitation(
    row: _Row,
    words: dict[str, tuple[str, ...]],
    unknown: tuple[str, ...],
    not_applicable: tuple[str, ...],
    na_share: float,
) -> None:
    """Write the form of exploitation: only trafficking rows have one."""
    crime = row.ev["crime_type"]
    value = row.ev["exploitation"]
    if crime not in ("trafficking", "both") or value is None:
        if row.r() < na_share:
            row.cells["exploitation"] = row.pick(not_applicable)
            row.tag("na_word:exploitation")
        return
    if row.r() < 0.05:
        row.cells["exploitation"] = row.pick(unknown)
        row.exp["exploitation"] = "unknown"
        row.tag("unknown:exploitation")
        return
    row.cells["exploitation"] = row.pick(words[str(value)])
    row.exp["exploitation"] = value


# --------------------------------------------------------------------------------------
# Aegean Boat Report (English JSON lines)
# --------------------------------------------------------------------------------------
_ABR_GENDER = {
    "male": ("men", "men only", "male"),
    "female": ("women", "female"),
    "mixed": ("men & women", "mixed", "men, women"),
}
_ABR_AGE = {
    "adult": ("adults", "adults only"),
    "child": ("minors only", "unaccompanied minors"),
    "mixed": ("incl. children", "families", "adults & children"),
}
_ABR_VESSEL = {
    "sea": ("rubber boat", "dinghy", "speedboat", "sailboat", "fishing boat"),
    "land": ("on foot", "car", "land"),
    "air": ("plane",),
}
_EN_UNKNOWN = ("unknown", "n/k", "?")


def _write_abr(row: _Row) -> None:
    ts = pd.Timestamp(row.ev["event_date"])  # type: ignore[arg-type]
    if row.r() < 0.15:
        row.day(f"{ts:%d.%m.%Y} {_hour(row.rng)}", ts, "date_time")
    else:
        row.day(f"{ts:%d.%m.%Y}", ts)
    row.country("detection_country", {"name": 0.9, "iso2": 0.05, "upper": 0.05}, _EN_UNKNOWN)
    if row.r() < 0.04:
        row.cells["n_persons"] = row.pick(("unknown", "?"))
        row.tag("count_placeholder")
    else:
        row.cells["n_persons"] = row.persons()
        row.exp["n_persons"] = row.persons()
    row.vocab("gender", _ABR_GENDER, _EN_UNKNOWN)
    row.vocab("age_group", _ABR_AGE, _EN_UNKNOWN)
    row.country(
        "nationality",
        {"demonym": 0.6, "name": 0.3, "typo": 0.05, "lower": 0.05},
        ("unknown", "various"),
        empty=0.03,
        unknown_rate=0.03,
    )
    row.transit({"alias": 0.6, "name": 0.4}, " > ")
    row.vocab("transport_mode", _ABR_VESSEL, _EN_UNKNOWN, case=0.0)
    point = row.place()
    r = row.r()
    if point is None or r < 0.08:
        row.cells["coordinates"] = None
        if point is not None:
            row.tag("coords_missing")
    elif r < 0.4:
        (lat_t, lat), (lon_t, lon) = _dm(point[0], "N", "S"), _dm(point[1], "E", "W")
        row.cells["coordinates"] = f"{lat_t} {lon_t}"
        row.point(round(lat, 6), round(lon, 6))
        row.tag("dm_position")
    else:
        lat, lon = round(point[0], 4), round(point[1], 4)
        row.cells["coordinates"] = f"{lat:.4f}, {lon:.4f}"
        row.point(lat, lon)


# --------------------------------------------------------------------------------------
# France terre d'asile, littoral (French XLSX)
# --------------------------------------------------------------------------------------
_FR_CRIME = {
    "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière", "passage (trafic)"),
    "trafficking": ("traite des êtres humains", "TEH"),
    "both": ("traite + trafic", "TEH et trafic de migrants"),
}
_FR_EXPL = {
    "sexual": ("exploitation sexuelle", "prostitution forcée"),
    "forced_labour": ("travail forcé", "servitude domestique", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits", "trafic de stupéfiants forcé"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre",),
}
_FR_GENDER = {
    "male": ("H", "hommes", "masculin"),
    "female": ("F", "femmes"),
    "mixed": ("mixte", "H/F", "hommes et femmes"),
}
_FR_AGE = {
    "adult": ("majeurs", "adultes"),
    "child": ("MNA", "mineurs", "mineurs non accompagnés"),
    "mixed": ("familles", "majeurs et mineurs"),
}
_FR_MODE = {
    "sea": ("small boat", "embarcation", "bateau pneumatique", "taxi-boat"),
    "land": ("camion", "poids lourd", "véhicule"),
    "air": ("avion",),
}
_FR_OFFENCES = {
    "document_fraud": ("faux documents", "fraude documentaire"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants",),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_FR_UNKNOWN = ("NC", "non renseigné", "inconnu")
_FR_MONTHS = _MONTHS["fr"]


def _write_ftda(row: _Row) -> None:
    ts = pd.Timestamp(row.ev["event_date"])  # type: ignore[arg-type]
    r = row.r()
    if r < 0.74 or (r >= 0.9 and not row.partial_ok):
        row.day(ts.to_pydatetime(), ts)
    elif r < 0.84:
        row.day(f"{ts:%d/%m/%Y}", ts, "text_date")
    elif r < 0.9:
        serial = int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
        row.day(serial, ts, "serial_date")
    elif r < 0.97:
        row.month(f"{_FR_MONTHS[ts.month - 1]} {ts.year}", ts)
    else:
        row.quarter(f"T{ts.quarter} {ts.year}", ts)
    crime = str(row.ev["crime_type"])
    row.cells["crime_type"] = row.pick(_FR_CRIME[crime])
    row.exp["crime_type"] = crime
    _exploitation(row, _FR_EXPL, ("non déterminée", "NC"), ("sans objet",), 0.3)
    r = row.r()
    if r < 0.03:
        row.cells["n_persons"] = "NC"
        row.tag("count_placeholder")
    elif r < 0.07:
        row.cells["n_persons"] = f"env. {row.persons()}"
        row.exp["n_persons"] = row.persons()
        row.tag("approx_count")
    else:
        row.cells["n_persons"] = row.persons()
        row.exp["n_persons"] = row.persons()
    _suspects(row, zero=("aucun",), unknown=("NC",), numeric=True)
    row.vocab("gender", _FR_GENDER, _FR_UNKNOWN)
    row.vocab("age_group", _FR_AGE, _FR_UNKNOWN)
    row.country(
        "nationality",
        {"demonym": 0.5, "demonym_m": 0.15, "name": 0.25, "upper": 0.05, "typo": 0.05},
        ("NC", "indéterminée"),
        empty=0.03,
        unknown_rate=0.03,
    )
    row.country("origin_country", {"name": 0.95, "typo": 0.05}, _FR_UNKNOWN, empty=0.05)
    row.country(
        "destination_country",
        {"name": 0.55, "alias": 0.3, "alias2": 0.15},
        _FR_UNKNOWN,
        empty=0.04,
    )
    row.country("detection_country", {"name": 0.9, "alias": 0.1}, _FR_UNKNOWN)
    row.transit({"name": 1.0}, ", ")
    row.vocab("transport_mode", _FR_MODE, _FR_UNKNOWN, case=0.02)
    point = row.place()
    r = row.r()
    if point is None or r < 0.07:
        row.cells["lat"] = row.cells["lon"] = None
        if point is not None:
            row.tag("coords_missing")
    elif r < 0.15:
        lat, lon = round(point[0], 5), round(point[1], 5)
        row.cells["lat"] = f"{lat:.5f}".replace(".", ",")
        row.cells["lon"] = f"{lon:.5f}".replace(".", ",")
        row.point(lat, lon)
        row.tag("decimal_comma")
    else:
        lat, lon = round(point[0], 5), round(point[1], 5)
        row.cells["lat"], row.cells["lon"] = lat, lon
        row.point(lat, lon)
    row.offences(_FR_OFFENCES, " / ")


def _suspects(row: _Row, *, zero: tuple[str, ...], unknown: tuple[str, ...], numeric: bool) -> None:
    """Write the count of suspects: a word for none, a word for not known."""
    value = row.suspects()
    if row.blanked("n_suspects") or value is None:
        row.cells["n_suspects"] = None
        return
    r = row.r()
    if r < 0.05:
        row.cells["n_suspects"] = row.pick(unknown)
        row.tag("suspects_placeholder")
        return
    row.exp["n_suspects"] = value
    if value == 0 and r < 0.5:
        row.cells["n_suspects"] = row.pick(zero)
        row.tag("zero_word")
        return
    row.cells["n_suspects"] = value if numeric else str(value)


# --------------------------------------------------------------------------------------
# Centre for Peace Studies, Zagreb (English CSV)
# --------------------------------------------------------------------------------------
_CMS_CRIME = {
    "smuggling": ("smuggling", "migrant smuggling", "smuggling of migrants"),
    "trafficking": ("human trafficking", "THB"),
    "both": ("smuggling/trafficking", "smuggling and trafficking"),
}
_CMS_EXPL = {
    "sexual": ("sexual exploitation",),
    "forced_labour": ("labour exploitation", "forced labour"),
    "forced_criminality": ("forced criminality",),
    "organ_removal": ("organ removal",),
    "forced_marriage": ("forced marriage",),
    "other": ("other",),
}
_CMS_GENDER = {
    "male": ("male", "men"),
    "female": ("female", "women"),
    "mixed": ("mixed", "men and women"),
}
_CMS_AGE = {
    "adult": ("adults", "adult"),
    "child": ("minors", "UAM"),
    "mixed": ("adults and minors", "families"),
}
_CMS_MODE = {
    "land": ("on foot", "car", "van", "hidden in a truck"),
    "sea": ("boat",),
    "air": ("plane",),
}
_EN_OFFENCES = {
    "document_fraud": ("document fraud", "forged documents"),
    "corruption": ("bribery", "corruption"),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drugs",),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}


def _write_cms(row: _Row) -> None:
    ts = pd.Timestamp(row.ev["event_date"])  # type: ignore[arg-type]
    r = row.r()
    if r < 0.7 or (r >= 0.95 and not row.partial_ok):
        row.day(f"{ts.day}.{ts.month}.{ts.year}.", ts)
    elif r < 0.85:
        row.day(f"{ts.day}. {ts.month}. {ts.year}.", ts, "spaced_date")
    elif r < 0.95:
        row.day(f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "long_date")
    else:
        row.month(f"{MONTHS[ts.month - 1]} {ts.year}", ts)
    crime = str(row.ev["crime_type"])
    row.cells["crime_type"] = row.pick(_CMS_CRIME[crime])
    row.exp["crime_type"] = crime
    _exploitation(row, _CMS_EXPL, ("unknown",), ("n/a",), 0.1)
    if row.r() < 0.03:
        row.cells["n_persons"] = "unknown"
        row.tag("count_placeholder")
    else:
        row.cells["n_persons"] = str(row.persons())
        row.exp["n_persons"] = row.persons()
    _suspects(row, zero=("none", "no"), unknown=("n/k", "unknown"), numeric=False)
    row.vocab("gender", _CMS_GENDER, _EN_UNKNOWN)
    row.vocab("age_group", _CMS_AGE, _EN_UNKNOWN)
    weights = {"name": 0.5, "iso2": 0.25, "demonym": 0.12, "typo": 0.05, "upper": 0.04}
    row.country("nationality", {**weights, "spaces": 0.04}, _EN_UNKNOWN, unknown_rate=0.03)
    row.country("origin_country", weights, _EN_UNKNOWN, empty=0.05)
    row.country(
        "destination_country", {"name": 0.7, "iso2": 0.3}, ("unknown", "EU"), unknown_rate=0.05
    )
    row.country("detection_country", {"name": 0.8, "iso2": 0.1, "alias": 0.1}, _EN_UNKNOWN)
    if row.r() < 0.15:
        row.transit({"iso2": 1.0}, "-")
    else:
        row.transit({"alias": 0.6, "name": 0.4}, "-")
    row.vocab("transport_mode", _CMS_MODE, _EN_UNKNOWN)
    point = row.place()
    if point is None or row.r() < 0.1:
        row.cells["coordinates"] = None
        if point is not None:
            row.tag("coords_missing")
    else:
        lat, lon = round(point[0], 5), round(point[1], 5)
        row.cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        row.point(lat, lon)
    row.offences(_EN_OFFENCES, "; ")


# --------------------------------------------------------------------------------------
# Grupa Granica (English, UTF-16 tab-separated)
# --------------------------------------------------------------------------------------
_GG_GENDER = {
    "male": ("men", "man", "male"),
    "female": ("women", "woman"),
    "mixed": ("mixed group", "men and women"),
}
_GG_AGE = {
    "adult": ("adults",),
    "child": ("unaccompanied minors", "minors"),
    "mixed": ("families with children", "adults + kids"),
}
_GG_MODE = {"land": ("on foot", "on foot (forest)", "by car"), "sea": ("boat",), "air": ("plane",)}


def _write_gg(row: _Row) -> None:
    ts = pd.Timestamp(row.ev["event_date"])  # type: ignore[arg-type]
    if row.r() < 0.75:
        row.day(f"{ts:%Y-%m-%d}", ts)
    else:
        row.day(f"{ts:%Y/%m/%d} {_hour(row.rng)}", ts, "date_time")
    r = row.r()
    if r < 0.04:
        row.cells["n_persons"] = row.pick(("unknown", "?"))
        row.tag("count_placeholder")
    elif r < 0.09:
        row.cells["n_persons"] = f"approx. {row.persons()}"
        row.exp["n_persons"] = row.persons()
        row.tag("approx_count")
    else:
        row.cells["n_persons"] = str(row.persons())
        row.exp["n_persons"] = row.persons()
    row.vocab("gender", _GG_GENDER, _EN_UNKNOWN)
    row.vocab("age_group", _GG_AGE, _EN_UNKNOWN)
    nat = {"demonym": 0.55, "name": 0.25, "alias2": 0.15, "alias": 0.05}
    row.country("nationality", nat, ("unknown", "Kurdish"), unknown_rate=0.04)
    row.country(
        "destination_country", {"name": 0.8, "iso2": 0.2}, ("unknown", "EU"), unknown_rate=0.06
    )
    row.country("detection_country", {"name": 0.85, "iso2": 0.1, "alias": 0.05}, _EN_UNKNOWN)
    if row.r() < 0.2:
        row.transit({"iso2": 1.0}, " → ")
    else:
        row.transit({"name": 1.0}, " → ")
    row.vocab("transport_mode", _GG_MODE, _EN_UNKNOWN, case=0.0)
    point = row.place()
    r = row.r()
    if point is None or r < 0.1:
        row.cells["coordinates"] = None
        if point is not None:
            row.tag("coords_missing")
    else:
        lat, lon = round(point[0], 5), round(point[1], 5)
        row.point(lat, lon)
        if r < 0.4:
            row.cells["coordinates"] = f"https://maps.google.com/?q={lat:.5f},{lon:.5f}"
            row.tag("maps_link")
        else:
            row.cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"


# --------------------------------------------------------------------------------------
# Instituto Universitario de Estudios sobre Migraciones, Comillas (Spanish CSV)
# --------------------------------------------------------------------------------------
_ES_CRIME = {
    "smuggling": (
        "tráfico ilícito de migrantes",
        "tráfico de migrantes",
        "favorecimiento de la inmigración irregular",
    ),
    "trafficking": ("trata de seres humanos", "trata de personas", "TSH"),
    "both": ("trata y tráfico", "trata de personas y tráfico de migrantes"),
}
_ES_EXPL = {
    "sexual": ("explotación sexual",),
    "forced_labour": ("explotación laboral", "trabajos forzados"),
    "forced_criminality": ("actividades delictivas", "delincuencia forzada"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otras",),
}
_ES_GENDER = {
    "male": ("varones", "hombres"),
    "female": ("mujeres",),
    "mixed": ("ambos sexos", "mixto"),
}
_ES_AGE = {
    "adult": ("adultos", "mayores de edad"),
    "child": ("menores", "MENA"),
    "mixed": ("adultos y menores",),
}
_ES_SEA = {
    "cmed": ("embarcación", "barcaza", "pesquero"),
    "emed": ("neumática", "lancha"),
    "wmed": ("patera", "neumática", "moto de agua"),
    "watl": ("cayuco", "neumática"),
    "channel": ("neumática", "bote"),
}
_ES_LAND = ("a pie", "terrestre", "camión", "vehículo")
_ES_AIR = ("avión", "vía aérea")
_ES_OFFENCES = {
    "document_fraud": ("falsedad documental",),
    "corruption": ("cohecho", "corrupción"),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("tráfico de drogas", "contrabando"),
    "cybercrime": ("ciberdelincuencia",),
    "terrorism": ("terrorismo",),
}
_ES_UNKNOWN = ("s/d", "desconocido", "sin datos")
_ES_MONTHS = _MONTHS["es"]


def _write_iuem(row: _Row) -> None:
    ts = pd.Timestamp(row.ev["event_date"])  # type: ignore[arg-type]
    r = row.r()
    if r < 0.68 or (r >= 0.86 and not row.partial_ok):
        row.day(f"{ts:%d/%m/%Y}", ts)
    elif r < 0.78:
        row.day(f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ts, "long_date")
    elif r < 0.86:
        row.day(f"{ts:%Y-%m-%d}", ts, "iso_date")
    elif r < 0.91:
        row.month(f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", ts)
    elif r < 0.95:
        row.month(f"{ts:%m/%Y}", ts)
    elif r < 0.98:
        row.quarter(f"{ts.year}T{ts.quarter}", ts)
    else:
        row.quarter(f"T{ts.quarter} {ts.year}", ts)
    crime = str(row.ev["crime_type"])
    row.cells["crime_type"] = row.pick(_ES_CRIME[crime])
    row.exp["crime_type"] = crime
    _exploitation(row, _ES_EXPL, ("s/d", "desconocida"), ("no aplica",), 0.4)
    n = row.persons()
    r = row.r()
    if r < 0.03:
        row.cells["n_persons"] = row.pick(("s/d", "sin datos"))
        row.tag("count_placeholder")
    elif n >= 1000 and r < 0.75:
        row.cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
        row.exp["n_persons"] = n
        row.tag("thousands")
    else:
        row.cells["n_persons"] = str(n)
        row.exp["n_persons"] = n
    _suspects(row, zero=("ninguno", "0 detenidos"), unknown=("s/d",), numeric=False)
    row.vocab("gender", _ES_GENDER, _ES_UNKNOWN)
    row.vocab("age_group", _ES_AGE, _ES_UNKNOWN)
    kinds = {"name": 0.4, "demonym": 0.42, "iso3": 0.05, "mojibake": 0.05}
    row.country(
        "nationality",
        {**kinds, "upper": 0.03, "typo": 0.05},
        ("desconocida", "s/d"),
        empty=0.03,
        unknown_rate=0.03,
    )
    places = {"name": 0.76, "mojibake": 0.05, "typo": 0.05, "upper": 0.04, "alias": 0.1}
    row.country("origin_country", places, _ES_UNKNOWN, empty=0.04)
    row.country("destination_country", places, _ES_UNKNOWN, empty=0.04, unknown_rate=0.02)
    row.country("detection_country", places, _ES_UNKNOWN)
    row.transit({"name": 0.9, "typo": 0.05, "mojibake": 0.05}, " - ")
    sea = _ES_SEA.get(str(row.ev["corridor"]), ("embarcación", "marítimo"))
    row.vocab("transport_mode", {"sea": sea, "land": _ES_LAND, "air": _ES_AIR}, _ES_UNKNOWN)
    point = row.place()
    r = row.r()
    if point is None or r < 0.08:
        row.cells["lat"] = row.cells["lon"] = None
        if point is not None:
            row.tag("coords_missing")
    elif r < 0.1:
        row.cells["lat"] = row.cells["lon"] = "s/d"
        row.tag("coords_placeholder")
    else:
        lat, lon = round(point[0], 4), round(point[1], 4)
        row.cells["lat"] = f"{lat:.4f}".replace(".", ",")
        row.cells["lon"] = f"{lon:.4f}".replace(".", ",")
        row.point(lat, lon)
    row.offences(_ES_OFFENCES, ", ")


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_WRITERS: dict[str, Callable[[_Row], None]] = {
    _ABR: _write_abr,
    _FTDA: _write_ftda,
    _CMS: _write_cms,
    _GG: _write_gg,
    _IUEM: _write_iuem,
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
    row = _Row(src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)
    _WRITERS[src.source](row)
    return row.done()


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: missing, impossible or ten years ahead (a slip)."""
    later = ts + pd.DateOffset(years=10)
    if kind == "no_date":
        words: dict[str, tuple[str | None, ...]] = {_FTDA: ("NC", None), _IUEM: ("s/f", None)}
        options = words.get(src.source, (None,))
        return options[int(rng.integers(len(options)))]
    if src.source == _ABR:
        return f"31.02.{ts.year}" if kind == "bad_date" else f"{later:%d.%m.%Y}"
    if src.source == _FTDA:
        return f"31/02/{ts.year}" if kind == "bad_date" else later.to_pydatetime()
    if src.source == _CMS:
        if kind == "bad_date":
            return f"31.2.{ts.year}."
        return f"{later.day}.{later.month}.{later.year}."
    if src.source == _GG:
        return f"{ts.year}-02-30" if kind == "bad_date" else f"{later:%Y-%m-%d}"
    return f"31/02/{ts.year}" if kind == "bad_date" else f"{later:%d/%m/%Y}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the export date of the note row, a few days after the last event."""
    day = last + pd.Timedelta(days=3)
    if src.source == _FTDA:
        return day.to_pydatetime()
    if src.source == _CMS:
        return f"{day.day}.{day.month}.{day.year}."
    if src.source == _GG:
        return f"{day:%Y-%m-%d}"
    return f"{day:%d/%m/%Y}"


#: The examiner's variant: sources, who reports what first and second, how they write.
BLIND175: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GRC": _ABR, "FRA": _FTDA, "HRV": _CMS, "POL": _GG},
    compilation=_IUEM,
    secondary={
        ("emed", "GRC"): _IUEM,
        ("wbal", "HRV"): _IUEM,
        ("blr_pol", "POL"): _IUEM,
        ("channel", "FRA"): _IUEM,
        ("channel", "GBR"): _FTDA,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=175_175,
    blank_share=0.35,
)


def make_blind175(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of ``blind175`` do (files ``*_fu.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        Aegean Boat Report (JSON lines, English), France terre d'asile's littoral
        service (XLSX, French), Centre for Peace Studies (CSV, English, UTF-8 with BOM,
        ``,``), Grupa Granica (CSV, English, UTF-16, tab) and the Comillas compilation
        (CSV, Spanish, cp1252, ``;``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind175(make_truth(seed=1, n_events=300), seed=175)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['aegean_boat_report_fu.jsonl', 'ftda_littoral_fu.xlsx', 'cms_zagreb_fu.csv',
     'grupa_granica_fu.csv', 'comillas_iuem_fu.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-8-sig', 'utf-16', 'cp1252']
    >>> subs[4].frame.columns[:3].tolist()
    ['Código', 'Fecha del suceso', 'Tipología']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND175, truth, seed=seed)
