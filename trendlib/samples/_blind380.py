"""Examiner sample set ``blind380`` (files ``*_nr.*``): ferry and cruise security desks.

Five security offices of ferry and cruise operators, written independently of the cleaner,
each the way its own export tool and its own officers write:

``po_ferries_fleet_security_nr.csv``
    P&O Ferries, Fleet Security (Dover). English, UTF-8 with BOM, ``,``. UK wording
    ("Facilitation (s.25)", "MSHT", "UASC", "Age disputed", "Nil", "TBC"), demonyms for
    nationality, routes joined by ``" > "``, UK day-first dates (``17/05/2023`` and
    ``17-May-23``), one ``"lat, lon"`` cell. Re-sent once: some rows come twice.
``irish_ferries_calais_surete_nr.csv``
    Irish Ferries, terminal of Calais, sûreté desk. French, cp1252, ``;``, CRLF. French
    wording ("AESI", "TEH", "PL", "MNA", "néant", "NC"), French demonyms, "Angleterre"
    for the United Kingdom, day-first dates, written months (``17 mai 2023``) and
    ``T2 2023``, decimal commas; some names garbled by an earlier UTF-8 import (mojibake).
``frs_iberia_proteccion_nr.xlsx``
    FRS Iberia, company security office (Tarifa, Algeciras, Ceuta). Spanish. Real Excel
    dates mixed with typed text dates and bare Excel serials; "H"/"M" (hombre, mujer),
    "MENA", "patera", "cayuco", "valla"; "subsahariano" where no nationality is known;
    positions in degrees and decimal minutes as a ship's officer writes them.
``attica_group_cso_nr.csv``
    Attica Group (Blue Star and Superfast ferries), Company Security Officer, Piraeus.
    English, UTF-16 with BOM, tab-separated (Excel's "Unicode Text"); unpadded day-first
    dates (``7/5/2023``, sometimes with a time); "UAM", "none", GPS fixes of ``0.00000``
    where the position was not taken.
``ncl_global_security_nr.jsonl``
    Norwegian Cruise Line Holdings, Global Security & Intelligence: the port-region
    threat feed that compiles partners' reports of every other event (Italy, Croatia,
    Poland, the United States, Panama). JSON lines; ISO 8601 timestamps, month or
    quarter only for open-source summaries; US wording ("Alien Smuggling", "Labor
    Trafficking", "UAC", "Family Unit"); ISO alpha-2 country of the event, ISO alpha-3
    nationality (from travel documents), transit as a JSON list; a WKT point
    (longitude first). Feed re-ingestion repeats some records.

Every cell a careful analyst cannot read is planted on purpose and described in the truth
(a blank, an ``unknown`` or a bad row).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import numpy as np
import pandas as pd

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

__all__ = ["AGENCIES", "EXAMINER", "make_blind380"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country wording: iso3 -> (English, French, Spanish)
# --------------------------------------------------------------------------------------
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
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: What the officers write in a nationality cell: a demonym (English, French, Spanish).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgano"),
    "ALB": ("Albanian", "albanaise", "albanés"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "chino"),
    "CIV": ("Ivorian", "ivoirienne", "marfileño"),
    "CMR": ("Cameroonian", "camerounaise", "camerunés"),
    "COL": ("Colombian", "colombienne", "colombiano"),
    "DZA": ("Algerian", "algérienne", "argelino"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptienne", "egipcio"),
    "ERI": ("Eritrean", "érythréenne", "eritreo"),
    "GMB": ("Gambian", "gambienne", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurienne", "hondureño"),
    "HTI": ("Haitian", "haïtienne", "haitiano"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicano"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriano"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumano"),
    "SEN": ("Senegalese", "sénégalaise", "senegalés"),
    "SYR": ("Syrian", "syrienne", "sirio"),
    "TUN": ("Tunisian", "tunisienne", "tunecino"),
    "TUR": ("Turkish", "turque", "turco"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolano"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

#: Other names in common use, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRQ": ("Iraqi Kurdistan",),
        "MKD": ("N. Macedonia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Angleterre", "GB", "R-U"),
        "DEU": ("RFA",),
        "VNM": ("Vietnam",),
        "IRQ": ("Kurdistan irakien",),
    },
    "es": {
        "GBR": ("R. Unido",),
        "USA": ("EE.UU.",),
        "GIN": ("Guinea Conakry",),
        "CIV": ("C. de Marfil",),
        "MRT": ("R.I. Mauritania",),
    },
}

#: Slips of the keyboard the officers make, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanstan",
        "ERI": "Eritera",
        "ALB": "Albnia",
        "SYR": "Syira",
        "PAK": "Pakistain",
        "VNM": "Veitnam",
        "CMR": "Camaroon",
        "IRN": "Irann",
        "ITA": "Itlay",
        "DEU": "Germnay",
    },
    "fr": {
        "ERI": "Erythrée",
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "SYR": "Syrei",
        "DEU": "Allemange",
        "GBR": "Royaume Uni",
        "VNM": "Viet-nam",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senegl",
        "GMB": "Gambía",
        "DZA": "Argélia",
        "MLI": "Mali",
        "ROU": "Rumania",
        "ESP": "Espana",
        "MRT": "Mauritana",
        "GIN": "Ginea",
    },
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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
_MONTHS_FULL_EN = (
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
# The agencies
# --------------------------------------------------------------------------------------
_PO = "po_ferries_fleet_security"
_IF = "irish_ferries_calais_surete"
_FRS = "frs_iberia_proteccion"
_ATT = "attica_group_cso"
_NCL = "ncl_global_security"

AGENCIES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_PO,
        filename=f"{_PO}_nr.csv",
        ref="FS-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident Ref",
            "event_date": "Date of Incident",
            "crime_type": "Incident Category",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Persons",
            "n_suspects": "Facilitators Detained",
            "gender": "Sex",
            "age_group": "Age Category",
            "nationality": "Claimed Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "transit_countries": "Route (countries transited)",
            "detection_country": "Country Detected",
            "transport_mode": "Method of Entry",
            "coordinates": "Lat/Long",
            "linked_offences": "Associated Offences",
        },
        note="Provisional - subject to Border Force verification",
        total="TOTAL",
        bad_count=("see narrative", "several", "#VALUE!"),
        repeats=True,
    ),
    ExaminerSource(
        source=_IF,
        filename=f"{_IF}_nr.csv",
        ref="IFC/{yy:02d}/{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date constatation",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
            "nationality": "Nationalité déclarée",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination déclarée",
            "transit_countries": "Pays traversés",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de passage",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction registre sûreté - données provisoires",
        total="Total",
        bad_count=("plusieurs", "cf. PV", "#VALEUR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=_FRS,
        filename=f"{_FRS}_nr.xlsx",
        ref="PM-{seq:04d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Incidencia",
            "event_date": "Fecha",
            "crime_type": "Tipología",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "transit_countries": "Países de tránsito",
            "detection_country": "País detección",
            "transport_mode": "Medio",
            "coordinates": "Posición",
            "linked_offences": "Otros delitos",
        },
        note="Datos provisionales, pendientes de validación por la Guardia Civil",
        total="TOTAL",
        bad_count=("varios", "ver atestado", "#¡VALOR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ATT,
        filename=f"{_ATT}_nr.csv",
        ref="CSO{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Report No",
            "event_date": "Date",
            "crime_type": "Case type",
            "exploitation": "Form of exploitation",
            "n_persons": "Persons",
            "n_suspects": "Smugglers arrested",
            "gender": "Gender",
            "age_group": "Adults/Minors",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "destination_country": "Final destination",
            "transit_countries": "Transit",
            "detection_country": "Country",
            "transport_mode": "Means",
            "lat": "Lat",
            "lon": "Long",
            "linked_offences": "Other offences",
        },
        note="Compiled by CSO office Piraeus - for PFSOs only",
        total="Total",
        bad_count=("many", "see report", "#VALUE!"),
        repeats=False,
    ),
    ExaminerSource(
        source=_NCL,
        filename=f"{_NCL}_nr.jsonl",
        ref="GSI-{year}{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "report_id",
            "event_date": "event_dt",
            "crime_type": "category",
            "exploitation": "subcategory",
            "n_persons": "pax_count",
            "n_suspects": "suspects_arrested",
            "gender": "sex",
            "age_group": "age_band",
            "nationality": "nationality_iso",
            "origin_country": "origin",
            "destination_country": "destination",
            "transit_countries": "transit_route",
            "detection_country": "country_code",
            "transport_mode": "mode",
            "coordinates": "geo_wkt",
            "linked_offences": "linked_activity",
        },
        note=None,
        total="SUMMARY",
        bad_count=("multiple", "dozens", "see narrative"),
        repeats=True,
    ),
)
_BY_NAME = {s.source: s for s in AGENCIES}


# --------------------------------------------------------------------------------------
# One row being written
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and tags (kept per field) of one row being written."""

    def __init__(self, src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {
            "event_date": pd.Timestamp(ev["event_date"]),  # type: ignore[arg-type]
            "date_precision": "day",
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": _int(ev["n_persons"]),
            "n_suspects": _int(ev["n_suspects"]),
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": _float(ev["lat"]),
            "lon": _float(ev["lon"]),
            "linked_offences": ev["linked_offences"],
        }
        self.tags: dict[str, list[str]] = {}

    @property
    def ts(self) -> pd.Timestamp:
        """The row's date (a second report's date is already moved)."""
        return pd.Timestamp(self.ev["event_date"])  # type: ignore[arg-type]

    def tag(self, field: str, name: str) -> None:
        """Note a messiness tag planted in ``field``."""
        self.tags.setdefault(field, []).append(name)

    def chance(self, p: float) -> bool:
        """Draw True with probability ``p``."""
        return bool(self.rng.random() < p)

    def text(self, col: str) -> str:
        """Return the event's value of ``col`` as text (``""`` when missing)."""
        value = self.ev[col]
        return "" if value is None else str(value)

    def blank(self, field: str) -> None:
        """Leave ``field`` blank, as a second report may; the truth expects nothing."""
        self.tags.pop(field, None)
        if field == "coordinates":
            for col in ("lat", "lon", "coordinates"):
                self.tags.pop(col, None)
                if col in self.src.headers:
                    self.cells[col] = None
            self.exp["lat"] = self.exp["lon"] = None
        else:
            self.cells[field] = None
            self.exp[field] = "unknown" if field == "gender" else None
        self.tag(field, f"blank_{field}")

    def flat_tags(self) -> list[str]:
        """All tags, field by field."""
        return [t for field in self.tags for t in self.tags[field]]


def _int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def _country(row: _Row, code: str, lang: str, field: str, styles: dict[str, float]) -> str:
    """Write one country the way an officer does; tag the style used."""
    keys = list(styles)
    style = keys[
        int(row.rng.choice(len(keys), p=np.array(list(styles.values())) / sum(styles.values())))
    ]
    name = _NAMES[code][_LANG[lang]]
    out: str | None = None
    if style == "name":
        out = name
    elif style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "demonym" and code in _DEMONYMS:
        out = _DEMONYMS[code][_LANG[lang]]
        if lang == "en" and row.chance(0.2):
            out = out.upper()
    elif style == "alias" and code in _ALIASES[lang]:
        out = choice(row.rng, _ALIASES[lang][code])
    elif style == "typo" and code in _TYPOS[lang]:
        out = _TYPOS[lang][code]
    elif style == "iso2":
        out = iso_codes(code)[0]
    elif style == "iso3":
        out = code
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, row.src):
            out = garbled
    elif style == "spaces":
        out = f"  {name} " if row.chance(0.5) else f"{name}  "
    if out is None:
        return name
    if style != "name":
        row.tag(field, style)
    return out


def _countries(row: _Row, value: str, lang: str, sep: str, styles: dict[str, float]) -> str:
    """Write a ``|``-joined list of ISO codes as names joined by the agency's separator."""
    return sep.join(_country(row, c, lang, "transit_countries", styles) for c in value.split("|"))


def _word(row: _Row, field: str, words: dict[str, tuple[str, ...]]) -> object:
    """Write a vocabulary value in the agency's words (None stays blank)."""
    value = row.ev[field]
    if value is None:
        return None
    return choice(row.rng, words[str(value)])


def _offences(row: _Row, words: dict[str, tuple[str, ...]], sep: str) -> str | None:
    value = row.ev["linked_offences"]
    if value is None:
        return None
    return sep.join(choice(row.rng, words[o]) for o in str(value).split("|"))


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _clock(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]))


# --------------------------------------------------------------------------------------
# P&O Ferries, Fleet Security (Dover): English, UK habits
# --------------------------------------------------------------------------------------
_PO_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Facilitation (s.25)",
            "Clandestine entry - facilitated",
            "People smuggling",
        ),
        "trafficking": ("MSHT", "Modern slavery (NRM referral)", "Human trafficking"),
        "both": ("Facilitation + MSHT", "People smuggling / MSHT"),
    },
    "exploitation": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "M", "male"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "UASC", "U18"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    "transport_mode": {
        "sea": ("Small boat", "RHIB", "Small boat (dinghy)"),
        "land": ("HGV", "Freight (HGV)", "Car", "Coach"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud", "False docs"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Tobacco / illicit goods"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
}
_PO_STYLES = {"name": 5.0, "demonym": 0.0, "alias": 1.0, "typo": 0.4, "upper": 0.6, "spaces": 0.3}


def _po_date(row: _Row, partial_ok: bool) -> object:
    ts = row.ts
    if partial_ok and row.chance(0.04):
        row.exp["event_date"] = _month_start(ts)
        row.exp["date_precision"] = "month"
        row.tag("event_date", "partial_month")
        return f"{_MONTHS_FULL_EN[ts.month - 1]} {ts.year}"
    if row.chance(0.22):
        row.tag("event_date", "month_abbrev")
        return f"{ts.day:02d}-{_MONTHS_EN[ts.month - 1]}-{ts.year % 100:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"


def _render_po(row: _Row, partial_ok: bool) -> None:
    ev, c = row.ev, row.cells
    c["event_date"] = _po_date(row, partial_ok)
    c["crime_type"] = _word(row, "crime_type", _PO_WORDS["crime_type"])
    c["exploitation"] = (
        _word(row, "exploitation", _PO_WORDS["exploitation"])
        if ev["exploitation"] is not None
        else choice(row.rng, ("N/A", "", "N/A"))
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if row.chance(0.02):
        c["n_persons"] = "TBC"
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    else:
        c["n_persons"] = f"{n:,}"
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if k == 0:
        c["n_suspects"] = choice(row.rng, ("Nil", "Nil", "0"))
        if c["n_suspects"] == "Nil":
            row.tag("n_suspects", "zero_word")
    elif row.chance(0.03):
        c["n_suspects"] = "TBC"
        row.exp["n_suspects"] = None
        row.tag("n_suspects", "suspects_placeholder")
    else:
        c["n_suspects"] = str(k)
    c["gender"] = _word(row, "gender", _PO_WORDS["gender"])
    if row.chance(0.03) and ev["age_group"] in ("child", "adult"):
        c["age_group"] = "Age disputed"
        row.exp["age_group"] = "unknown"
        row.tag("age_group", "na_word")
    else:
        c["age_group"] = _word(row, "age_group", _PO_WORDS["age_group"])
    nat_styles = {**_PO_STYLES, "demonym": 6.0, "name": 2.0}
    c["nationality"] = _country(row, row.text("nationality"), "en", "nationality", nat_styles)
    c["origin_country"] = _country(row, row.text("origin_country"), "en", "origin", _PO_STYLES)
    c["destination_country"] = _country(
        row, row.text("destination_country"), "en", "destination", _PO_STYLES
    )
    transit = ev["transit_countries"]
    c["transit_countries"] = (
        _countries(row, str(transit), "en", " > ", _PO_STYLES)
        if transit is not None
        else choice(row.rng, ("Direct", "", "Direct"))
    )
    c["detection_country"] = _country(
        row, row.text("detection_country"), "en", "detection_country", _PO_STYLES
    )
    c["transport_mode"] = _word(row, "transport_mode", _PO_WORDS["transport_mode"])
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if row.chance(0.03):
        c["coordinates"] = choice(row.rng, ("N/K", "not recorded"))
        row.exp["lat"] = row.exp["lon"] = None
        row.tag("coordinates", "coords_placeholder")
    elif row.chance(0.02):
        c["coordinates"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tag("coordinates", "coords_missing")
    else:
        c["coordinates"] = f"{lat:.4f}, {lon:.4f}"
        row.exp["lat"], row.exp["lon"] = round(lat, 4), round(lon, 4)
    c["linked_offences"] = _offences(row, _PO_WORDS["linked_offences"], "; ")


# --------------------------------------------------------------------------------------
# Irish Ferries, Calais terminal, sûreté: French, cp1252, decimal commas
# --------------------------------------------------------------------------------------
_IF_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "AESI",
            "Trafic de migrants",
            "aide au passage irrégulier",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "Traite (TEH)"),
        "both": ("TEH + AESI", "Traite et aide au passage"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme / exploitation sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gender": {
        "male": ("H", "Hommes", "Masculin"),
        "female": ("F", "Femmes"),
        "mixed": ("Mixte", "H et F"),
    },
    "age_group": {
        "adult": ("Majeur", "Majeurs"),
        "child": ("Mineur", "MNA", "Mineurs"),
        "mixed": ("Majeurs et mineurs", "Mixte (majeurs + mineurs)"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Embarcation", "Canot pneumatique", "Maritime"),
        "land": ("PL", "Poids lourd", "Véhicule léger", "Camion frigo"),
        "air": ("Aérien", "Avion"),
    },
    "linked_offences": {
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants", "Contrebande"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_IF_STYLES = {
    "name": 5.0,
    "upper": 1.5,
    "alias": 1.0,
    "typo": 0.4,
    "mojibake": 0.35,
    "lower": 0.3,
}


def _if_date(row: _Row, partial_ok: bool) -> object:
    ts = row.ts
    if partial_ok and row.chance(0.04):
        row.exp["event_date"] = _month_start(ts)
        row.exp["date_precision"] = "month"
        row.tag("event_date", "partial_month")
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if partial_ok and row.chance(0.03):
        row.exp["event_date"] = _quarter_start(ts)
        row.exp["date_precision"] = "quarter"
        row.tag("event_date", "partial_quarter")
        return f"T{(ts.month - 1) // 3 + 1} {ts.year}"
    if row.chance(0.2):
        row.tag("event_date", "month_name")
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"


def _fr_number(n: int) -> str:
    """Write a count as French clerks type it: a no-break space between thousands."""
    return f"{n:,}".replace(",", "\u00a0")


def _render_if(row: _Row, partial_ok: bool) -> None:
    ev, c = row.ev, row.cells
    c["event_date"] = _if_date(row, partial_ok)
    c["crime_type"] = _word(row, "crime_type", _IF_WORDS["crime_type"])
    c["exploitation"] = _word(row, "exploitation", _IF_WORDS["exploitation"])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if row.chance(0.025):
        c["n_persons"] = choice(row.rng, ("NC", "non communiqué"))
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    else:
        c["n_persons"] = _fr_number(n)
        if n >= 1000:
            row.tag("n_persons", "thousands")
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if k == 0 and row.chance(0.6):
        c["n_suspects"] = choice(row.rng, ("néant", "Néant"))
        row.tag("n_suspects", "zero_word")
    else:
        c["n_suspects"] = str(k)
    c["gender"] = _word(row, "gender", _IF_WORDS["gender"])
    c["age_group"] = _word(row, "age_group", _IF_WORDS["age_group"])
    nat_styles = {**_IF_STYLES, "demonym": 5.0, "name": 2.0}
    c["nationality"] = _country(row, row.text("nationality"), "fr", "nationality", nat_styles)
    c["origin_country"] = _country(row, row.text("origin_country"), "fr", "origin", _IF_STYLES)
    c["destination_country"] = _country(
        row, row.text("destination_country"), "fr", "destination", _IF_STYLES
    )
    transit = ev["transit_countries"]
    c["transit_countries"] = (
        _countries(row, str(transit), "fr", choice(row.rng, (" - ", ", ")), _IF_STYLES)
        if transit is not None
        else choice(row.rng, ("", "direct"))
    )
    c["detection_country"] = _country(
        row, row.text("detection_country"), "fr", "detection_country", _IF_STYLES
    )
    c["transport_mode"] = _word(row, "transport_mode", _IF_WORDS["transport_mode"])
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if row.chance(0.04):
        c["lat"] = c["lon"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tag("coordinates", "coords_missing")
    else:
        c["lat"] = f"{lat:.5f}".replace(".", ",")
        c["lon"] = f"{lon:.5f}".replace(".", ",")
        row.exp["lat"], row.exp["lon"] = round(lat, 5), round(lon, 5)
        row.tag("coordinates", "decimal_comma")
    c["linked_offences"] = _offences(row, _IF_WORDS["linked_offences"], " / ")


# --------------------------------------------------------------------------------------
# FRS Iberia, company security office: Spanish, Excel
# --------------------------------------------------------------------------------------
_FRS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Inmigración irregular (favorecimiento)",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "TSH", "Trata de personas"),
        "both": ("Trata + favorecimiento inm. irregular", "TSH y tráfico de migrantes"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {
        "male": ("H", "Hombre", "Varón", "Hombres"),
        "female": ("M", "Mujer", "Mujeres"),
        "mixed": ("H/M", "Mixto", "Hombres y mujeres"),
    },
    "age_group": {
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "child": ("Menor", "MENA", "Menores"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Patera", "Cayuco", "Neumática", "Moto de agua", "Embarcación"),
        "land": ("Oculto en vehículo", "Valla", "Paso fronterizo terrestre"),
        "air": ("Avión", "Vía aérea"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental", "Documentación falsa"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando de tabaco"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
}
_FRS_STYLES = {"name": 5.0, "upper": 2.0, "alias": 0.8, "typo": 0.4}
#: Nationalities a Spanish officer may only call "subsahariano" when nothing else is known.
_SUBSAHARAN = frozenset({"SEN", "MLI", "GIN", "GMB", "CIV", "CMR", "NGA"})


def _frs_date(row: _Row, partial_ok: bool) -> object:
    ts = row.ts
    if partial_ok and row.chance(0.03):
        row.exp["event_date"] = _month_start(ts)
        row.exp["date_precision"] = "month"
        row.tag("event_date", "partial_month")
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    u = row.rng.random()
    if u < 0.15:
        row.tag("event_date", "text_date")
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if u < 0.25:
        row.tag("event_date", "excel_serial")
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    hour, minute = _clock(row.rng)
    return datetime(ts.year, ts.month, ts.day, hour, minute)


def _dms(value: float, pos: str, neg: str, width: int) -> str:
    """Write degrees and decimal minutes, as a bridge officer writes a position."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return f"{deg:0{width}d}º {minutes:05.2f}' {hemi}".replace(".", ",")


def _from_dms(value: float) -> float:
    """Return the decimal degrees a careful reader gets back from :func:`_dms`."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    out = round(deg + minutes / 60, 5)
    return out if value >= 0 else -out


def _render_frs(row: _Row, partial_ok: bool) -> None:
    ev, c = row.ev, row.cells
    c["event_date"] = _frs_date(row, partial_ok)
    c["crime_type"] = _word(row, "crime_type", _FRS_WORDS["crime_type"])
    c["exploitation"] = _word(row, "exploitation", _FRS_WORDS["exploitation"])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if row.chance(0.02):
        c["n_persons"] = choice(row.rng, ("s/d", "sin datos"))
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    elif n >= 1000 and row.chance(0.6):
        c["n_persons"] = f"{n:,}".replace(",", ".")
        row.tag("n_persons", "thousands")
    else:
        c["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if k == 0 and row.chance(0.3):
        c["n_suspects"] = choice(row.rng, ("ninguno", "Ninguno"))
        row.tag("n_suspects", "zero_word")
    else:
        c["n_suspects"] = k
    c["gender"] = _word(row, "gender", _FRS_WORDS["gender"])
    c["age_group"] = _word(row, "age_group", _FRS_WORDS["age_group"])
    nat = row.text("nationality")
    if nat in _SUBSAHARAN and row.chance(0.08):
        c["nationality"] = choice(row.rng, ("subsahariano", "Subsahariana", "subsaharianos"))
        row.exp["nationality"] = None
        row.tag("nationality", "blank_nationality")
        row.tag("nationality", "vague_nationality")
    else:
        styles = {**_FRS_STYLES, "demonym": 3.0}
        c["nationality"] = _country(row, nat, "es", "nationality", styles)
    c["origin_country"] = _country(row, row.text("origin_country"), "es", "origin", _FRS_STYLES)
    c["destination_country"] = _country(
        row, row.text("destination_country"), "es", "destination", _FRS_STYLES
    )
    transit = ev["transit_countries"]
    c["transit_countries"] = (
        _countries(row, str(transit), "es", choice(row.rng, ("-", " / ")), _FRS_STYLES)
        if transit is not None
        else choice(row.rng, ("", "Directo"))
    )
    c["detection_country"] = _country(
        row, row.text("detection_country"), "es", "detection_country", _FRS_STYLES
    )
    if ev["corridor"] == "thb_rou_esp" and ev["transport_mode"] == "land":
        c["transport_mode"] = choice(row.rng, ("Autobús", "Furgoneta", "Por carretera"))
    else:  # at the Strait and the enclaves: boats, fences, vehicles at the border post
        c["transport_mode"] = _word(row, "transport_mode", _FRS_WORDS["transport_mode"])
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if row.chance(0.05):
        c["coordinates"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tag("coordinates", "coords_missing")
    else:
        c["coordinates"] = f"{_dms(lat, 'N', 'S', 2)} - {_dms(lon, 'E', 'W', 3)}"
        row.exp["lat"], row.exp["lon"] = _from_dms(lat), _from_dms(lon)
        row.tag("coordinates", "degrees_minutes")
    c["linked_offences"] = _offences(row, _FRS_WORDS["linked_offences"], ", ")


# --------------------------------------------------------------------------------------
# Attica Group, Company Security Officer: English, UTF-16 tab-separated
# --------------------------------------------------------------------------------------
_ATT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("Migrant smuggling", "Smuggling of migrants (SoM)", "SoM"),
        "trafficking": ("Trafficking in human beings", "THB"),
        "both": ("THB/SoM", "Smuggling and trafficking"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Male & Female", "Men and women"),
    },
    "age_group": {
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "UAM"),
        "mixed": ("Adults & minors", "Families"),
    },
    "transport_mode": {
        "sea": ("Sea", "Dinghy", "Speedboat", "Sailing yacht"),
        "land": ("Land", "On foot", "Vehicle"),
        "air": ("Air",),
    },
    "linked_offences": {
        "document_fraud": ("Forged documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_ATT_STYLES = {"name": 5.0, "upper": 0.8, "alias": 0.8, "typo": 0.5, "iso3": 0.5}


def _att_date(row: _Row) -> object:
    ts = row.ts
    if row.chance(0.2):
        hour, minute = _clock(row.rng)
        row.tag("event_date", "with_time")
        return f"{ts.day}/{ts.month}/{ts.year} {hour:02d}:{minute:02d}"
    return f"{ts.day}/{ts.month}/{ts.year}"


def _render_att(row: _Row, partial_ok: bool) -> None:
    ev, c = row.ev, row.cells
    c["event_date"] = _att_date(row)
    c["crime_type"] = _word(row, "crime_type", _ATT_WORDS["crime_type"])
    c["exploitation"] = _word(row, "exploitation", _ATT_WORDS["exploitation"])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if row.chance(0.02):
        c["n_persons"] = "n/k"
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    else:
        c["n_persons"] = str(n)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if k == 0 and row.chance(0.5):
        c["n_suspects"] = choice(row.rng, ("none", "None"))
        row.tag("n_suspects", "zero_word")
    else:
        c["n_suspects"] = str(k)
    c["gender"] = _word(row, "gender", _ATT_WORDS["gender"])
    c["age_group"] = _word(row, "age_group", _ATT_WORDS["age_group"])
    nat_styles = {**_ATT_STYLES, "demonym": 6.0, "name": 2.0}
    c["nationality"] = _country(row, row.text("nationality"), "en", "nationality", nat_styles)
    c["origin_country"] = _country(row, row.text("origin_country"), "en", "origin", _ATT_STYLES)
    c["destination_country"] = _country(
        row, row.text("destination_country"), "en", "destination", _ATT_STYLES
    )
    transit = ev["transit_countries"]
    c["transit_countries"] = (
        _countries(row, str(transit), "en", choice(row.rng, (" - ", "-")), _ATT_STYLES)
        if transit is not None
        else ""
    )
    c["detection_country"] = _country(
        row, row.text("detection_country"), "en", "detection_country", _ATT_STYLES
    )
    if row.chance(0.02):
        c["transport_mode"] = "not stated"
        row.exp["transport_mode"] = "unknown"
        row.tag("transport_mode", "na_word")
    else:
        c["transport_mode"] = _word(row, "transport_mode", _ATT_WORDS["transport_mode"])
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if row.chance(0.03):
        c["lat"] = c["lon"] = "0.00000"
        row.exp["lat"] = row.exp["lon"] = None
        row.tag("coordinates", "coords_placeholder")
    else:
        c["lat"], c["lon"] = f"{lat:.5f}", f"{lon:.5f}"
        row.exp["lat"], row.exp["lon"] = round(lat, 5), round(lon, 5)
    c["linked_offences"] = _offences(row, _ATT_WORDS["linked_offences"], ", ")


# --------------------------------------------------------------------------------------
# NCL Global Security & Intelligence: JSON lines, ISO codes, US wording
# --------------------------------------------------------------------------------------
_NCL_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("Human Smuggling", "Migrant Smuggling"),
        "trafficking": ("Human Trafficking", "TIP"),
        "both": ("Smuggling / Trafficking", "Human Smuggling + TIP"),
    },
    "exploitation": {
        "sexual": ("Sex Trafficking", "Commercial Sexual Exploitation"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminality",),
        "organ_removal": ("Organ Trafficking",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    "gender": {"male": ("M",), "female": ("F",), "mixed": ("Mixed", "M/F")},
    "age_group": {
        "adult": ("Adult",),
        "child": ("Minor",),
        "mixed": ("Adult/Minor", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Maritime", "Vessel"),
        "land": ("Land", "Vehicle"),
        "air": ("Air",),
    },
    "linked_offences": {
        "document_fraud": ("DOC_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("NARCOTICS", "CONTRABAND"),
        "cybercrime": ("CYBER",),
        "terrorism": ("TERRORISM",),
    },
}


def _ncl_date(row: _Row, partial_ok: bool) -> object:
    ts = row.ts
    if partial_ok and row.chance(0.06):
        row.exp["event_date"] = _month_start(ts)
        row.exp["date_precision"] = "month"
        row.tag("event_date", "partial_month")
        return f"{ts.year}-{ts.month:02d}"
    if partial_ok and row.chance(0.05):
        row.exp["event_date"] = _quarter_start(ts)
        row.exp["date_precision"] = "quarter"
        row.tag("event_date", "partial_quarter")
        return f"{ts.year}-Q{(ts.month - 1) // 3 + 1}"
    if row.chance(0.35):
        return f"{ts.year}-{ts.month:02d}-{ts.day:02d}"
    hour, minute = _clock(row.rng)
    row.tag("event_date", "iso_datetime")
    return f"{ts.year}-{ts.month:02d}-{ts.day:02d}T{hour:02d}:{minute:02d}:00Z"


def _render_ncl(row: _Row, partial_ok: bool) -> None:
    ev, c = row.ev, row.cells
    c["event_date"] = _ncl_date(row, partial_ok)
    det = row.text("detection_country")
    us = det == "USA"
    crime = str(ev["crime_type"])
    if us and crime == "smuggling" and row.chance(0.6):
        c["crime_type"] = "Alien Smuggling"
        row.tag("crime_type", "us_term")
    else:
        c["crime_type"] = _word(row, "crime_type", _NCL_WORDS["crime_type"])
    c["exploitation"] = _word(row, "exploitation", _NCL_WORDS["exploitation"])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if row.chance(0.02):
        c["n_persons"] = None
        row.exp["n_persons"] = None
        row.tag("n_persons", "count_placeholder")
    else:
        c["n_persons"] = n
    c["n_suspects"] = int(ev["n_suspects"])  # type: ignore[call-overload]
    c["gender"] = _word(row, "gender", _NCL_WORDS["gender"])
    age = str(ev["age_group"])
    if age == "child" and det in ("USA", "PAN") and row.chance(0.5):
        c["age_group"] = "UAC"
        row.tag("age_group", "us_term")
    elif age == "mixed" and det in ("USA", "PAN") and row.chance(0.5):
        c["age_group"] = "Family Unit"
        row.tag("age_group", "us_term")
    else:
        c["age_group"] = _word(row, "age_group", _NCL_WORDS["age_group"])
    c["nationality"] = row.text("nationality")
    c["origin_country"] = _country(
        row, row.text("origin_country"), "en", "origin", {"name": 6.0, "alias": 1.0}
    )
    c["destination_country"] = _country(
        row, row.text("destination_country"), "en", "destination", {"name": 6.0, "alias": 1.0}
    )
    transit = ev["transit_countries"]
    c["transit_countries"] = str(transit).split("|") if transit is not None else []
    c["detection_country"] = iso_codes(det)[0]
    c["transport_mode"] = _word(row, "transport_mode", _NCL_WORDS["transport_mode"])
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if row.chance(0.03):
        c["coordinates"] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tag("coordinates", "coords_missing")
    else:
        c["coordinates"] = f"POINT ({lon:.5f} {lat:.5f})"
        row.exp["lat"], row.exp["lon"] = round(lat, 5), round(lon, 5)
        row.tag("coordinates", "wkt")
    offences = ev["linked_offences"]
    c["linked_offences"] = (
        [choice(row.rng, _NCL_WORDS["linked_offences"][o]) for o in str(offences).split("|")]
        if offences is not None
        else []
    )


_WRITERS: dict[str, Callable[[_Row, bool], None]] = {
    _PO: _render_po,
    _IF: _render_if,
    _FRS: _render_frs,
    _ATT: _render_att,
    _NCL: _render_ncl,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: ``(cells, expected, tags)``."""
    row = _Row(src, ev, rng)
    _WRITERS[src.source](row, partial_ok)
    if forced_blank is not None:
        row.blank(forced_blank)
    return row.cells, row.exp, row.flat_tags()


# --------------------------------------------------------------------------------------
# Bad dates and the date on a note row
# --------------------------------------------------------------------------------------
def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell no careful reader can use, in the agency's style."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slipped key: 2033 for 2023
        day = min(ts.day, 28) if ts.month == 2 else ts.day  # 29 February may not recur
        return _good_date(src, pd.Timestamp(year=ts.year + 10, month=ts.month, day=day))
    # an impossible day (31 April, 30 February ...) or month 13
    if ts.days_in_month < 31:
        day, month = ts.days_in_month + 1, ts.month
    else:
        day, month = ts.day, 13
    if src.source == _NCL:
        return f"{ts.year}-{month:02d}-{day:02d}"
    if src.source == _ATT:
        return f"{day}/{month}/{ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _good_date(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a plain, full date in the agency's usual style."""
    if src.source == _NCL:
        return f"{ts.year}-{ts.month:02d}-{ts.day:02d}"
    if src.source == _ATT:
        return f"{ts.day}/{ts.month}/{ts.year}"
    if src.source == _FRS:
        return datetime(ts.year, ts.month, ts.day)
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row: a few days after the last event."""
    return _good_date(src, last + pd.Timedelta(days=4))


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=AGENCIES,
    primary={"GBR": _PO, "FRA": _IF, "ESP": _FRS, "GRC": _ATT},
    compilation=_NCL,
    secondary={
        ("channel", "FRA"): _PO,  # P&O also sails from Calais
        ("channel", "GBR"): _IF,  # the Calais desk hears of what reached Dover
        ("thb_vnm_gbr", "GBR"): _IF,  # lorries that boarded at Calais
        ("emed", "GRC"): _NCL,  # Aegean calls of the cruise ships
        ("watl", "ESP"): _NCL,  # Canary Islands calls
        ("wmed", "ESP"): _NCL,  # Málaga and Almería calls
        ("cmed", "ITA"): _ATT,  # Superfast's Adriatic lines hear of Italian landings
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=380,
    blank_share=0.3,
)


def make_blind380(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five ferry and cruise security desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        P&O Ferries (CSV, UTF-8 with BOM), Irish Ferries Calais (CSV, cp1252, ``;``),
        FRS Iberia (XLSX), Attica Group (UTF-16 tab-separated CSV) and NCL (JSON
        lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind380(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['po_ferries_fleet_security_nr.csv', 'irish_ferries_calais_surete_nr.csv',
     'frs_iberia_proteccion_nr.xlsx', 'attica_group_cso_nr.csv',
     'ncl_global_security_nr.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date constatation', 'Nature des faits']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
