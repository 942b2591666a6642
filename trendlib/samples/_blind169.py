"""Examiner sample set ``blind169``: five agencies of the North Sea and Channel lorry routes.

Files ``*_fo.*``, written independently of the cleaner, on the shared machinery of
:mod:`trendlib.samples._examiner`. Each agency writes its own way:

``sr_lille_fo.csv``
    Gendarmerie nationale, Section de recherches de Lille (the gendarmerie's serious-crime
    unit for the Nord and Pas-de-Calais coast: small-boat launches from the beaches, lorries
    on the A16/A26 approach to Calais). A procedure-tracking sheet exported from Excel:
    French, cp1252, ``;``, day-first dates (``17/05/2023``, a few ``17/05/23``, "courant mai
    2023" when only the month is known), legal wording of the offences (CESEDA, code
    pénal), nationalities as French adjectives (``afghane``, ``irakienne``), "Angleterre"
    for the United Kingdom, decimal commas in the coordinates, "NC" for a count not
    communicated, "aucun" for no suspect; some text pasted from a UTF-8 tool shows mojibake
    (``Ã©rythrÃ©enne``).
``oictf_uk_fo.xlsx``
    UK Organised Immigration Crime Taskforce tasking log (Channel arrivals at Dover and
    Vietnamese trafficking cases inland). English; real Excel dates with some text dates
    (``17/05/2023``) and a few plain serial numbers; UK legal wording ("Facilitation (s.25
    IA 1971)", "Modern slavery (MSA 2015)"); demonyms with typing slips (``Iraqui``);
    "England" / "Scotland" as the country of encounter; "UASC" for children and "Age
    disputed" where age is not established; "TBC" for a count not yet known, "Nil" for no
    arrest; routes written ``France > UK``; numeric coordinates.
``uklb_europol_fo.csv``
    UK Liaison Bureau at Europol (The Hague): digest of cases shared by EU partners (Polish,
    Croatian and Greek border detections) and of UK trafficking cases passed on to them.
    English, UTF-8 with BOM, ``,``; ISO dates with some ``17 May 2023`` and month-only
    ``May 2023``; Europol crime-area wording ("Facilitation of illegal immigration", "FII",
    "THB"); ISO alpha-3 nationalities; EU two-letter country codes (``EL`` for Greece,
    ``UK`` for the United Kingdom) and transit routes ``TR - BG - RS - BA``; coordinates as
    one ``lat, long`` pair; "n/k" for not known.
``consejeria_interior_la_haya_fo.csv``
    Consejería de Interior of the Spanish Embassy in The Hague: the counsellor's table of
    Italian and Spanish cases (and Polish and Croatian ones seen through Europol), saved as
    Excel "Texto Unicode": UTF-16 with BOM, tab-delimited. Spanish; ``17/05/2023``, some
    "17 de mayo de 2023", "mayo de 2023", "2º trimestre de 2023"; Spanish legal wording
    ("favorecimiento de la inmigración irregular", "TSH"); Spanish names and some
    gentilicios (``marroquí``); thousands with a point (``1.250``); positions in degrees and
    decimal minutes (``35º 53,40' N - 005º 19,20' W``); "s/d" for no data, "ninguno" for no
    detainee.
``control_risks_fo.jsonl``
    Control Risks (London) incident feed, one JSON object per line (Darién and US-border
    incidents, and some Mediterranean landings also reported by officials). English;
    ISO dates or timestamps, ``2023-05`` when only the month is known; numbers as JSON
    numbers; transit countries as a JSON list in order; "unspecified" for not known; the
    feed re-sends some incidents (page overlap).

The truth (``expected``) says what a careful analyst reads from each cell; a cell that
gives no value ("NC", "TBC", "n/k", "s/d", "unspecified", a blank) expects nothing (or
``unknown`` in a vocabulary column) and is tagged in ``messiness``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND169", "SOURCES", "make_blind169"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

#: Record fields the renderer fills in ``expected``.
_FIELDS = (
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

# --------------------------------------------------------------------------------------
# Country wording (this examiner's own table)
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}

#: ISO alpha-2 codes, with the EU's own two exceptions (Greece ``EL``, UK ``UK``).
_EU2: dict[str, str] = {
    "AFG": "AF", "ALB": "AL", "AUT": "AT", "BGD": "BD", "BGR": "BG", "BIH": "BA",
    "BLR": "BY", "CHN": "CN", "CIV": "CI", "CMR": "CM", "COL": "CO", "DEU": "DE",
    "DZA": "DZ", "ECU": "EC", "EGY": "EG", "ERI": "ER", "ESP": "ES", "FRA": "FR",
    "GBR": "UK", "GIN": "GN", "GMB": "GM", "GRC": "EL", "GTM": "GT", "HND": "HN",
    "HRV": "HR", "HTI": "HT", "HUN": "HU", "IRN": "IR", "IRQ": "IQ", "ITA": "IT",
    "LBY": "LY", "MAR": "MA", "MEX": "MX", "MKD": "MK", "MLI": "ML", "MRT": "MR",
    "NER": "NE", "NGA": "NG", "PAK": "PK", "PAN": "PA", "POL": "PL", "ROU": "RO",
    "RUS": "RU", "SEN": "SN", "SRB": "RS", "SYR": "SY", "TUN": "TN", "TUR": "TR",
    "USA": "US", "VEN": "VE", "VNM": "VN", "YEM": "YE",
}  # fmt: skip

#: English demonyms (nationality columns of the English-speaking agencies).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan", "ALB": "Albanian", "BGD": "Bangladeshi", "CHN": "Chinese",
    "CIV": "Ivorian", "CMR": "Cameroonian", "COL": "Colombian", "DZA": "Algerian",
    "ECU": "Ecuadorian", "EGY": "Egyptian", "ERI": "Eritrean", "GIN": "Guinean",
    "GMB": "Gambian", "GTM": "Guatemalan", "HND": "Honduran", "HTI": "Haitian",
    "IRN": "Iranian", "IRQ": "Iraqi", "MAR": "Moroccan", "MEX": "Mexican",
    "MLI": "Malian", "NGA": "Nigerian", "PAK": "Pakistani", "ROU": "Romanian",
    "SEN": "Senegalese", "SYR": "Syrian", "TUN": "Tunisian", "TUR": "Turkish",
    "VEN": "Venezuelan", "VNM": "Vietnamese", "YEM": "Yemeni",
}  # fmt: skip

#: Slips of the keyboard in the UK taskforce's nationality column.
_DEMONYM_SLIP: dict[str, str] = {
    "AFG": "Afgan",
    "ALB": "Albainian",
    "ERI": "Eritrian",
    "IRQ": "Iraqui",
    "SYR": "Syrain",
    "VNM": "Veitnamese",
}

#: French adjectives of nationality (feminine, as in "de nationalité afghane").
_ADJ_FR: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}

#: The same adjectives, masculine (some clerks write the masculine form).
_ADJ_FR_M: dict[str, str] = {
    "AFG": "afghan",
    "ALB": "albanais",
    "ERI": "érythréen",
    "IRN": "iranien",
    "IRQ": "irakien",
    "SYR": "syrien",
    "VNM": "vietnamien",
}

#: Spanish gentilicios (feminine, as in "de nacionalidad marroquí").
_GENT_ES: dict[str, str] = {
    "AFG": "afgana", "ALB": "albanesa", "BGD": "bangladesí", "CIV": "marfileña",
    "CMR": "camerunesa", "DZA": "argelina", "EGY": "egipcia", "GIN": "guineana",
    "GMB": "gambiana", "IRQ": "iraquí", "MAR": "marroquí", "MLI": "maliense",
    "NGA": "nigeriana", "PAK": "pakistaní", "ROU": "rumana", "SEN": "senegalesa",
    "SYR": "siria", "TUN": "tunecina", "TUR": "turca", "YEM": "yemení",
}  # fmt: skip

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
SR_LILLE = ExaminerSource(
    source="sr_lille",
    filename="sr_lille_fo.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "place": "Lieu des faits",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "detection_country": "Pays des faits",
        "transport_mode": "Mode opératoire",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction LRPGN - données non consolidées, diffusion restreinte",
    total="TOTAL GENERAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
)
OICTF_UK = ExaminerSource(
    source="oictf_uk",
    filename="oictf_uk_fo.xlsx",
    ref="OICTF-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "OIC Ref",
        "event_date": "Date of Encounter",
        "place": "Location",
        "detection_country": "Country of Encounter",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects Arrested",
        "nationality": "Nationality",
        "gender": "Sex",
        "age_group": "Age Group",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Intended Destination",
        "transport_mode": "Method of Entry",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE. Figures provisional and subject to change.",
    total="Grand Total",
    bad_count=("multiple", "several"),
    repeats=True,
)
UKLB_EUROPOL = ExaminerSource(
    source="uklb_europol",
    filename="uklb_europol_fo.csv",
    ref="UKLB/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "UKLB ref",
        "event_date": "Date of event",
        "detection_country": "Country of detection",
        "crime_type": "Crime area",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of migrants / victims",
        "n_suspects": "Suspects",
        "nationality": "Nationality",
        "gender": "Gender",
        "age_group": "Age",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Intended destination",
        "transport_mode": "Modus operandi",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Related crime areas",
    },
    note="Handling code H3 - no onward dissemination without originator consent",
    total="TOTAL",
    bad_count=("several", "dozens", "numerous"),
    repeats=False,
)
CONSEJERIA = ExaminerSource(
    source="consejeria_interior_la_haya",
    filename="consejeria_interior_la_haya_fo.csv",
    ref="HAYA-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "detection_country": "País",
        "crime_type": "Tipología",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por Europol y las autoridades de origen",
    total="TOTAL",
    bad_count=("varios", "numerosos", "decenas"),
    repeats=False,
)
CONTROL_RISKS = ExaminerSource(
    source="control_risks",
    filename="control_risks_fo.jsonl",
    ref="CR-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "sub_category",
        "detection_country": "country",
        "place": "location",
        "lat": "latitude",
        "lon": "longitude",
        "n_persons": "persons_involved",
        "n_suspects": "arrests",
        "gender": "demographic_sex",
        "age_group": "demographic_age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "mode",
        "linked_offences": "associated_risks",
    },
    note=None,
    total="total",
    bad_count=("several", "dozens"),
    repeats=True,
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (SR_LILLE, OICTF_UK, UKLB_EUROPOL, CONSEJERIA, CONTROL_RISKS)

# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def _strip_accents(text: str) -> str:
    """Drop the accents a hurried clerk leaves out (``Érythrée`` -> ``Erythree``)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][{"en": 0, "fr": 1, "es": 2}[lang]]


def _ts(value: object) -> pd.Timestamp:
    return pd.Timestamp(value)  # type: ignore[arg-type]


def _int(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _codes(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _lit(rng: _Rng, p: float) -> bool:
    return bool(rng.random() < p)


def _words(table: Mapping[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    """Return the usual word (the first) most of the time, another variant otherwise."""
    forms = table[key]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


class _Row:
    """One row being written: its cells, what it expects and its tags."""

    def __init__(self, src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.ts = _ts(ev["event_date"])
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {f: ev.get(f) for f in _FIELDS}
        self.tags: list[str] = []

    def out(self) -> _Out:
        return self.cells, self.exp, self.tags

    def date(self, cell: object, day: pd.Timestamp, precision: str, tag: str | None) -> None:
        self.cells["event_date"] = cell
        self.exp["event_date"] = day
        self.exp["date_precision"] = precision
        if tag:
            self.tags.append(tag)

    def fit(self, text: str, fallback: str) -> str:
        return text if fits(text, self.src) else fallback


def _vocab(
    row: _Row,
    col: str,
    words: Mapping[str, tuple[str, ...]],
    unknown: tuple[str | None, ...],
    p_unknown: float,
    unknown_tag: str,
) -> None:
    """Write a vocabulary cell; sometimes the agency's "not known" word (expects unknown)."""
    value = row.ev.get(col)
    if value is None:
        row.cells[col] = None
        return
    if _lit(row.rng, p_unknown):
        row.cells[col] = None if not unknown else unknown[int(row.rng.integers(len(unknown)))]
        row.exp[col] = "unknown"
        row.tags.append(unknown_tag)
        return
    row.cells[col] = _words(words, str(value), row.rng)


def _crime(row: _Row, words: Mapping[str, tuple[str, ...]]) -> None:
    row.cells["crime_type"] = _words(words, str(row.ev["crime_type"]), row.rng)


def _exploitation(
    row: _Row,
    words: Mapping[str, tuple[str, ...]],
    not_applicable: tuple[str | None, ...],
    unknown: tuple[str, ...],
) -> None:
    """Form of exploitation: words for trafficking rows, the agency's n/a for smuggling."""
    value = row.ev.get("exploitation")
    if value is None:  # pure smuggling: the cell is blank or says "not applicable"
        row.cells["exploitation"] = not_applicable[int(row.rng.integers(len(not_applicable)))]
        row.exp["exploitation"] = None
        return
    if _lit(row.rng, 0.05):
        row.cells["exploitation"] = choice(row.rng, unknown)
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
        return
    row.cells["exploitation"] = _words(words, str(value), row.rng)


def _gender(
    row: _Row, words: Mapping[str, tuple[str, ...]], blank: tuple[str | None, ...], forced: bool
) -> None:
    if forced or _lit(row.rng, 0.04):
        row.cells["gender"] = None if forced else blank[int(row.rng.integers(len(blank)))]
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender")
        return
    row.cells["gender"] = _words(words, str(row.ev["gender"]), row.rng)


def _persons(
    row: _Row,
    placeholder: tuple[str, ...],
    *,
    numeric: bool,
    thousands: Callable[[int, _Rng], str] | None = None,
) -> None:
    n = _int(row.ev["n_persons"])
    if _lit(row.rng, 0.015):
        row.cells["n_persons"] = choice(row.rng, placeholder)
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
        return
    if n >= 1000 and thousands is not None and _lit(row.rng, 0.8):
        row.cells["n_persons"] = thousands(n, row.rng)
        row.tags.append("thousands:n_persons")
        return
    row.cells["n_persons"] = n if numeric else str(n)


def _suspects(
    row: _Row,
    zero: tuple[str, ...],
    placeholder: tuple[str | None, ...],
    *,
    numeric: bool,
    forced: bool,
) -> None:
    n = _int(row.ev["n_suspects"])
    if forced:
        row.cells["n_suspects"] = None
        row.exp["n_suspects"] = None
        row.tags.append("blank_n_suspects")
        return
    if _lit(row.rng, 0.04):
        row.cells["n_suspects"] = placeholder[int(row.rng.integers(len(placeholder)))]
        row.exp["n_suspects"] = None
        row.tags.append("suspects_placeholder")
        return
    if n == 0 and _lit(row.rng, 0.45):
        row.cells["n_suspects"] = choice(row.rng, zero)
        row.tags.append("zero_word")
        return
    row.cells["n_suspects"] = n if numeric else str(n)


def _nationality(
    row: _Row,
    write: Callable[[str, _Rng], tuple[str, str | None]],
    blank: tuple[str | None, ...],
    forced: bool,
) -> None:
    iso = row.ev.get("nationality")
    if iso is None or forced or _lit(row.rng, 0.03):
        row.cells["nationality"] = (
            None if forced or iso is None else blank[int(row.rng.integers(len(blank)))]
        )
        row.exp["nationality"] = None
        row.tags.append("blank_nationality")
        return
    text, tag = write(str(iso), row.rng)
    row.cells["nationality"] = text
    if tag:
        row.tags.append(f"{tag}:nationality")


def _country(
    row: _Row,
    col: str,
    write: Callable[[str, _Rng], tuple[str, str | None]],
    blank: tuple[str | None, ...] = (),
    p_blank: float = 0.0,
) -> None:
    iso = row.ev.get(col)
    if iso is None:
        row.cells[col] = None
        return
    if blank and _lit(row.rng, p_blank):
        row.cells[col] = blank[int(row.rng.integers(len(blank)))]
        row.exp[col] = None
        row.tags.append(f"unknown:{col}")
        return
    text, tag = write(str(iso), row.rng)
    row.cells[col] = text
    if tag:
        row.tags.append(f"{tag}:{col}")


def _detection(
    row: _Row, write: Callable[[str, _Rng], tuple[str, str | None]], forced: bool
) -> None:
    if forced:
        row.cells["detection_country"] = None
        row.exp["detection_country"] = None
        row.tags.append("blank_detection_country")
        return
    _country(row, "detection_country", write)


def _offences(row: _Row, words: Mapping[str, tuple[str, ...]], seps: tuple[str, ...]) -> str | None:
    codes = _codes(row.ev.get("linked_offences"))
    if not codes:
        return None
    sep = choice(row.rng, seps)
    return sep.join(_words(words, c, row.rng) for c in codes)


def _no_place(row: _Row) -> None:
    row.exp["lat"] = None
    row.exp["lon"] = None
    row.tags.append("coords_missing")


# --------------------------------------------------------------------------------------
# Gendarmerie, Section de recherches de Lille (French, cp1252, ";")
# --------------------------------------------------------------------------------------
_FR_CRIME = {
    "smuggling": (
        "aide à l'entrée irrégulière",
        "aide à l'entrée et au séjour irréguliers en bande organisée",
        "aide à l'entrée irrégulière (art. L823-1 CESEDA)",
    ),
    "trafficking": (
        "traite des êtres humains",
        "TEH",
        "traite des êtres humains (art. 225-4-1 CP)",
    ),
    "both": ("TEH et aide à l'entrée irrégulière", "traite des êtres humains + aide à l'entrée"),
}
_FR_EXPL = {
    "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
    "forced_labour": ("travail forcé", "conditions de travail indignes"),
    "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre",),
}
_FR_GENDER = {
    "male": ("masculin", "hommes", "H"),
    "female": ("féminin", "femmes", "F"),
    "mixed": ("mixte", "H/F", "hommes et femmes"),
}
_FR_AGE = {
    "adult": ("majeurs", "majeur"),
    "child": ("mineurs", "MNA", "mineur"),
    "mixed": ("majeurs et mineurs", "mixte"),
}
_FR_OFFENCES = {
    "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment", "blanchiment aggravé"),
    "illicit_goods": ("stupéfiants", "trafic de stupéfiants"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_FR_PLACES = {
    "Calais": ("Calais", "Sangatte", "Marck"),
    "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Grande-Synthe"),
    "Dover": ("Douvres (GB)",),
}


#: Text columns of a row pasted from a UTF-8 tool (they show mojibake together).
_FR_PASTED = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "transit_countries",
    "destination_country",
    "transport_mode",
    "linked_offences",
)


def _fr_country(iso: str, rng: _Rng) -> tuple[str, str | None]:
    name = _name(iso, "fr")
    if iso == "GBR":
        r = rng.random()
        if r < 0.35:
            return "Angleterre", "alias"
        if r < 0.5:
            return "UK", "alias"
        return ("ROYAUME-UNI", "case") if r < 0.6 else (name, None)
    r = rng.random()
    if r < 0.12:
        return name.upper(), "case"
    if r < 0.18 and _strip_accents(name) != name:
        return _strip_accents(name), "no_accent"
    if r < 0.22:
        garbled = mojibake(name)
        if garbled is not None:
            return garbled, "mojibake"
    return name, None


def _fr_nationality(iso: str, rng: _Rng) -> tuple[str, str | None]:
    adj = _ADJ_FR.get(iso)
    if adj is None or rng.random() < 0.25:
        return _fr_country(iso, rng)
    r = rng.random()
    if r < 0.12:
        return adj.upper(), "adjective_case"
    if r < 0.2:
        garbled = mojibake(adj)
        if garbled is not None:
            return garbled, "mojibake"
    if r < 0.3:
        return _ADJ_FR_M[iso], "adjective"
    return adj, "adjective"


def _fr_date(row: _Row, partial_ok: bool) -> None:
    ts = row.ts
    if partial_ok and _lit(row.rng, 0.03):
        month = ts.to_period("M").start_time
        row.date(f"courant {_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", "partial_date")
        return
    if _lit(row.rng, 0.1):
        row.date(ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year")
        return
    row.date(ts.strftime("%d/%m/%Y"), ts, "day", None)


def _fr_coord(value: float) -> str:
    return f"{value:.5f}".replace(".", ",")


def _render_sr_lille(row: _Row, partial_ok: bool, forced: str | None) -> _Out:
    ev, rng = row.ev, row.rng
    _fr_date(row, partial_ok)
    hotspot = str(ev.get("hotspot") or "")
    row.cells["place"] = choice(rng, _FR_PLACES.get(hotspot, ("",))) or None
    _crime(row, _FR_CRIME)
    _exploitation(row, _FR_EXPL, (None, "sans objet", "s.o."), ("non déterminée", "à déterminer"))
    _persons(row, ("NC", "nc"), numeric=False)
    _suspects(row, ("aucun", "néant"), ("NC", None), numeric=False, forced=forced == "n_suspects")
    _gender(row, _FR_GENDER, ("indéterminé", None), forced == "gender")
    _vocab(row, "age_group", _FR_AGE, ("indéterminé", "âge non vérifié"), 0.04, "na_word")
    _nationality(row, _fr_nationality, ("indéterminée", "inconnue"), forced == "nationality")
    _country(row, "origin_country", _fr_country, ("inconnu", "NC"), 0.04)
    transit = _codes(ev.get("transit_countries"))
    sep = choice(rng, (", ", " / ", " - "))
    row.cells["transit_countries"] = sep.join(_fr_country(c, rng)[0] for c in transit) or None
    _country(row, "destination_country", _fr_country)
    _detection(row, _fr_country, forced == "detection_country")
    words = {
        "sea": ("small boat", "embarcation pneumatique", "traversée maritime"),
        "land": ("poids lourd", "PL", "camion", "véhicule léger"),
        "air": ("voie aérienne", "avion"),
    }
    _vocab(row, "transport_mode", words, ("non renseigné",), 0.02, "na_word")
    if row.cells.get("transport_mode") == "PL":
        row.tags.append("abbreviation:transport_mode")
    if forced == "coordinates" or _lit(rng, 0.1):
        row.cells["lat"] = row.cells["lon"] = None
        _no_place(row)
        if forced == "coordinates":
            row.tags.append("blank_coordinates")
    else:
        lat, lon = round(float(ev["lat"]), 5), round(float(ev["lon"]), 5)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = _fr_coord(lat), _fr_coord(lon)
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("decimal_comma:coordinates")
    row.cells["linked_offences"] = _offences(row, _FR_OFFENCES, (" / ", ", "))
    if _lit(rng, 0.06):  # a row keyed into a UTF-8 tool, pasted into the cp1252 sheet
        garbled = False
        for col in _FR_PASTED:
            text = row.cells.get(col)
            bad = mojibake(text) if isinstance(text, str) and "Ã" not in text else None
            if bad is not None:
                row.cells[col] = bad
                garbled = True
        if garbled:
            row.tags.append("mojibake:row")
    for col in ("nationality", "origin_country", "transit_countries", "place"):
        text = row.cells.get(col)
        if isinstance(text, str):
            row.cells[col] = row.fit(text, _strip_accents(text))
    return row.out()


# --------------------------------------------------------------------------------------
# UK Organised Immigration Crime Taskforce (English, XLSX)
# --------------------------------------------------------------------------------------
_UK_CRIME = {
    "smuggling": ("Facilitation (s.25 IA 1971)", "OIC - facilitation", "Facilitation"),
    "trafficking": ("Modern slavery (MSA 2015)", "Human trafficking", "MS/HT"),
    "both": ("Facilitation & MS", "OIC + modern slavery"),
}
_UK_EXPL = {
    "sexual": ("Sexual", "Sexual exploitation"),
    "forced_labour": ("Labour", "Labour exploitation"),
    "forced_criminality": ("Criminal", "Criminal exploitation (cannabis cultivation)"),
    "organ_removal": ("Organ harvesting",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_UK_GENDER = {
    "male": ("Male", "M", "All male"),
    "female": ("Female", "F"),
    "mixed": ("Mixed", "Male & female"),
}
_UK_AGE = {
    "adult": ("Adult", "Adults", "18+"),
    "child": ("Minor", "UASC", "Under 18"),
    "mixed": ("Mixed", "Adults & UASC"),
}
_UK_MODE = {
    "sea": ("Small boat", "RHIB", "Small boat (Channel)"),
    "land": ("HGV", "Lorry", "Clandestine in HGV", "Van"),
    "air": ("Air", "Flight"),
}
_UK_OFFENCES = {
    "document_fraud": ("Forged documents", "False ID"),
    "corruption": ("Bribery",),
    "money_laundering": ("Money laundering", "Money laundering (POCA)"),
    "illicit_goods": ("Drugs", "Cannabis"),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}
_UK_PLACES = {
    "Dover": ("Dover", "Western Jet Foil, Dover", "Dover Eastern Docks"),
    "London": ("London", "Croydon", "Lewisham"),
    "Birmingham": ("Birmingham", "Birmingham, West Midlands"),
    "Glasgow": ("Glasgow",),
    "Calais": ("Calais (FR)",),
    "Dunkirk/Gravelines": ("Gravelines (FR)", "Dunkirk (FR)"),
}


def _uk_country(iso: str, rng: _Rng) -> tuple[str, str | None]:
    if iso == "GBR":
        return choice(rng, ("UK", "UK", "United Kingdom", "GB")), "alias"
    if iso == "VNM" and rng.random() < 0.4:
        return "Viet Nam", None
    r = rng.random()
    if r < 0.15:
        return iso, "iso3"
    return _name(iso, "en"), None


def _uk_nationality(iso: str, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if r < 0.07 and iso in _DEMONYM_SLIP:
        return _DEMONYM_SLIP[iso], "typo"
    if r < 0.75 and iso in _DEMONYM_EN:
        return _DEMONYM_EN[iso], "demonym"
    return _uk_country(iso, rng)


def _uk_encounter(hotspot: str) -> Callable[[str, _Rng], tuple[str, str | None]]:
    def write(iso: str, rng: _Rng) -> tuple[str, str | None]:
        if iso == "GBR":
            if rng.random() < 0.5:
                return "UK", "alias"
            return ("Scotland", "alias") if hotspot == "Glasgow" else ("England", "alias")
        return _name(iso, "en"), None

    return write


def _uk_date(row: _Row) -> None:
    ts = row.ts
    r = row.rng.random()
    if r < 0.12:
        row.date(ts.strftime("%d/%m/%Y"), ts, "day", "text_date")
    elif r < 0.17:
        serial = int((ts.normalize() - _EXCEL_EPOCH).days)
        row.date(serial, ts, "day", "excel_serial")
    else:
        row.date(ts.to_pydatetime(), ts, "day", None)


def _render_oictf(row: _Row, partial_ok: bool, forced: str | None) -> _Out:
    ev, rng = row.ev, row.rng
    _uk_date(row)  # a tasking log always has the day
    hotspot = str(ev.get("hotspot") or "")
    row.cells["place"] = choice(rng, _UK_PLACES.get(hotspot, (hotspot,)))
    _detection(row, _uk_encounter(hotspot), forced == "detection_country")
    _crime(row, _UK_CRIME)
    _exploitation(row, _UK_EXPL, ("N/A", None), ("Not known",))
    _persons(row, ("TBC",), numeric=True)
    _suspects(row, ("Nil", "None"), ("TBC", None), numeric=True, forced=forced == "n_suspects")
    _nationality(row, _uk_nationality, ("Not known", "Unknown"), forced == "nationality")
    _gender(row, _UK_GENDER, ("Not recorded", None), forced == "gender")
    _vocab(row, "age_group", _UK_AGE, ("Age disputed", "Not known"), 0.05, "na_word")
    _country(row, "origin_country", _uk_country, ("Not known", None), 0.04)
    transit = _codes(ev.get("transit_countries"))
    row.cells["transit_countries"] = " > ".join(_uk_country(c, rng)[0] for c in transit) or None
    _country(row, "destination_country", _uk_country)
    _vocab(row, "transport_mode", _UK_MODE, ("Not known",), 0.02, "na_word")
    if forced == "coordinates" or _lit(rng, 0.15):
        row.cells["lat"] = row.cells["lon"] = None
        _no_place(row)
        if forced == "coordinates":
            row.tags.append("blank_coordinates")
    else:
        lat, lon = round(float(ev["lat"]), 4), round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = lat, lon
        row.exp["lat"], row.exp["lon"] = lat, lon
    row.cells["linked_offences"] = _offences(row, _UK_OFFENCES, ("; ",))
    return row.out()


# --------------------------------------------------------------------------------------
# UK Liaison Bureau at Europol (English, UTF-8 with BOM, ",")
# --------------------------------------------------------------------------------------
_EP_CRIME = {
    "smuggling": ("Facilitation of illegal immigration", "FII", "Migrant smuggling"),
    "trafficking": ("Trafficking in human beings", "THB"),
    "both": ("THB/FII", "THB & migrant smuggling"),
}
_EP_EXPL = {
    "sexual": ("Sexual exploitation",),
    "forced_labour": ("Labour exploitation",),
    "forced_criminality": ("Forced criminal activities",),
    "organ_removal": ("Removal of organs",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other forms",),
}
_EP_GENDER = {"male": ("male",), "female": ("female",), "mixed": ("mixed", "m/f")}
_EP_AGE = {
    "adult": ("adult", "adults"),
    "child": ("minor", "minors"),
    "mixed": ("adults + minors", "mixed"),
}
_EP_MODE = {
    "sea": ("sea", "boat", "maritime"),
    "land": ("land", "HGV", "green border", "car", "on foot"),
    "air": ("air", "flight"),
}
_EP_OFFENCES = {
    "document_fraud": ("Document fraud",),
    "corruption": ("Corruption",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drug trafficking",),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}


def _ep_code(iso: str, rng: _Rng) -> tuple[str, str | None]:
    return _EU2[iso], ("eu_code" if iso in ("GRC", "GBR") else "iso2")


def _ep_country(iso: str, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if r < 0.6:
        return iso, "iso3"
    if r < 0.7:
        return _EU2[iso], ("eu_code" if iso in ("GRC", "GBR") else "iso2")
    return _name(iso, "en"), None


def _ep_date(row: _Row, partial_ok: bool) -> None:
    ts = row.ts
    r = row.rng.random()
    if partial_ok and r < 0.05:
        month = ts.to_period("M").start_time
        row.date(f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month, "month", "partial_date")
    elif r < 0.2:
        row.date(f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day", "long_date")
    else:
        row.date(ts.strftime("%Y-%m-%d"), ts, "day", None)


def _render_uklb(row: _Row, partial_ok: bool, forced: str | None) -> _Out:
    ev, rng = row.ev, row.rng
    _ep_date(row, partial_ok)
    _detection(row, _ep_code, forced == "detection_country")
    _crime(row, _EP_CRIME)
    _exploitation(row, _EP_EXPL, (None,), ("n/k",))
    _persons(row, ("n/k",), numeric=False)
    _suspects(row, ("none",), ("n/k",), numeric=False, forced=forced == "n_suspects")
    _nationality(row, _ep_country, ("n/k",), forced == "nationality")
    _gender(row, _EP_GENDER, ("n/k",), forced == "gender")
    _vocab(row, "age_group", _EP_AGE, ("n/k",), 0.04, "na_word")
    _country(row, "origin_country", _ep_country, ("n/k",), 0.05)
    transit = _codes(ev.get("transit_countries"))
    row.cells["transit_countries"] = " - ".join(_EU2[c] for c in transit) or None
    if any(c in ("GRC", "GBR") for c in transit):
        row.tags.append("eu_code:transit_countries")
    _country(row, "destination_country", _ep_country)
    _vocab(row, "transport_mode", _EP_MODE, ("n/k",), 0.02, "na_word")
    if forced == "coordinates" or _lit(rng, 0.1):
        row.cells["coordinates"] = None
        _no_place(row)
        if forced == "coordinates":
            row.tags.append("blank_coordinates")
    else:
        lat, lon = round(float(ev["lat"]), 4), round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{lat:.4f}, {lon:.4f}"
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("pair:coordinates")
    row.cells["linked_offences"] = _offences(row, _EP_OFFENCES, ("; ", ", "))
    return row.out()


# --------------------------------------------------------------------------------------
# Consejería de Interior, La Haya (Spanish, UTF-16, tab)
# --------------------------------------------------------------------------------------
_ES_CRIME = {
    "smuggling": (
        "tráfico ilícito de migrantes",
        "favorecimiento de la inmigración irregular",
        "tráfico de migrantes",
    ),
    "trafficking": ("trata de seres humanos", "TSH", "trata"),
    "both": ("trata y tráfico de migrantes", "TSH / tráfico de migrantes"),
}
_ES_EXPL = {
    "sexual": ("explotación sexual",),
    "forced_labour": ("explotación laboral", "trabajos forzados"),
    "forced_criminality": ("actividades delictivas", "explotación para actividades delictivas"),
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
_ES_OFFENCES = {
    "document_fraud": ("falsedad documental",),
    "corruption": ("cohecho",),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("tráfico de drogas",),
    "cybercrime": ("ciberdelincuencia",),
    "terrorism": ("terrorismo",),
}


def _es_country(iso: str, rng: _Rng) -> tuple[str, str | None]:
    name = _name(iso, "es")
    r = rng.random()
    if r < 0.1:
        return name.upper(), "case"
    if r < 0.18 and _strip_accents(name) != name:
        return _strip_accents(name), "no_accent"
    return name, None


def _es_nationality(iso: str, rng: _Rng) -> tuple[str, str | None]:
    if iso in _GENT_ES and rng.random() < 0.3:
        return _GENT_ES[iso], "gentilicio"
    return _es_country(iso, rng)


def _es_thousands(n: int, rng: _Rng) -> str:
    return f"{n // 1000}.{n % 1000:03d}"


def _es_date(row: _Row, partial_ok: bool) -> None:
    ts = row.ts
    r = row.rng.random()
    month = _MONTHS_ES[ts.month - 1]
    if partial_ok and r < 0.02:
        start = ts.to_period("Q").start_time
        row.date(f"{ts.quarter}º trimestre de {ts.year}", start, "quarter", "partial_date")
    elif partial_ok and r < 0.05:
        start = ts.to_period("M").start_time
        row.date(f"{month} de {ts.year}", start, "month", "partial_date")
    elif r < 0.12:
        row.date(f"{ts.day} de {month} de {ts.year}", ts, "day", "long_date")
    else:
        row.date(ts.strftime("%d/%m/%Y"), ts, "day", None)


def _dm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, Spanish maritime style; return text and its value."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 60, 2)  # minutes, two decimals
    deg, minutes = divmod(total, 60)
    minutes = round(minutes, 2)
    text = f"{int(deg):0{width}d}º {minutes:05.2f}'".replace(".", ",") + f" {hemi}"
    read = (int(deg) + minutes / 60) * (1 if value >= 0 else -1)
    return text, round(read, 6)


def _es_mode(row: _Row) -> None:
    corridor = str(row.ev.get("corridor"))
    sea = {
        "watl": ("cayuco", "cayuco", "embarcación"),
        "wmed": ("patera", "neumática", "moto de agua"),
    }.get(corridor, ("embarcación", "neumática", "vía marítima"))
    words = {
        "sea": sea,
        "land": ("vía terrestre", "camión", "a pie", "vehículo"),
        "air": ("vía aérea", "avión"),
    }
    _vocab(row, "transport_mode", words, ("s/d",), 0.02, "na_word")


def _render_consejeria(row: _Row, partial_ok: bool, forced: str | None) -> _Out:
    ev, rng = row.ev, row.rng
    _es_date(row, partial_ok)
    _detection(row, _es_country, forced == "detection_country")
    _crime(row, _ES_CRIME)
    _exploitation(row, _ES_EXPL, (None, "no aplica"), ("sin determinar",))
    _persons(row, ("s/d",), numeric=False, thousands=_es_thousands)
    _suspects(row, ("ninguno",), ("s/d",), numeric=False, forced=forced == "n_suspects")
    _gender(row, _ES_GENDER, ("s/d",), forced == "gender")
    _vocab(row, "age_group", _ES_AGE, ("s/d", "sin determinar"), 0.04, "na_word")
    _nationality(row, _es_nationality, ("s/d", "desconocida"), forced == "nationality")
    _country(row, "origin_country", _es_country, ("s/d",), 0.04)
    transit = _codes(ev.get("transit_countries"))
    row.cells["transit_countries"] = " / ".join(_name(c, "es") for c in transit) or None
    _country(row, "destination_country", _es_country)
    _es_mode(row)
    if forced == "coordinates" or _lit(rng, 0.1):
        row.cells["coordinates"] = None
        _no_place(row)
        if forced == "coordinates":
            row.tags.append("blank_coordinates")
    else:
        lat_t, lat = _dm(float(ev["lat"]), "N", "S", 2)  # type: ignore[arg-type]
        lon_t, lon = _dm(float(ev["lon"]), "E", "W", 3)  # type: ignore[arg-type]
        row.cells["coordinates"] = f"{lat_t} - {lon_t}"
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("degrees_minutes:coordinates")
    row.cells["linked_offences"] = _offences(row, _ES_OFFENCES, (", ", " + "))
    return row.out()


# --------------------------------------------------------------------------------------
# Control Risks incident feed (English, JSON lines)
# --------------------------------------------------------------------------------------
_CR_CRIME = {
    "smuggling": ("People smuggling", "Migrant smuggling"),
    "trafficking": ("Human trafficking",),
    "both": ("Human trafficking; People smuggling",),
}
_CR_EXPL = {
    "sexual": ("Sexual exploitation",),
    "forced_labour": ("Forced labour",),
    "forced_criminality": ("Forced criminality",),
    "organ_removal": ("Organ trafficking",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_CR_GENDER = {"male": ("male",), "female": ("female",), "mixed": ("mixed",)}
_CR_AGE = {"adult": ("adults",), "child": ("minors",), "mixed": ("adults and minors",)}
_CR_MODE = {"sea": ("maritime",), "land": ("land", "overland", "on foot"), "air": ("air",)}
_CR_OFFENCES = {
    "document_fraud": ("Document fraud",),
    "corruption": ("Corruption",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drug trafficking",),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}


def _cr_country(iso: str, rng: _Rng) -> tuple[str, str | None]:
    if iso == "USA":
        return choice(rng, ("United States", "United States", "US", "USA")), "alias"
    return _name(iso, "en"), None


def _cr_nationality(iso: str, rng: _Rng) -> tuple[str, str | None]:
    if iso in _DEMONYM_EN and rng.random() < 0.5:
        return _DEMONYM_EN[iso], "demonym"
    return _cr_country(iso, rng)


def _cr_date(row: _Row, partial_ok: bool) -> None:
    ts = row.ts
    r = row.rng.random()
    if partial_ok and r < 0.04:
        row.date(ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month", "partial_date")
    elif r < 0.35:
        hour, minute = int(row.rng.integers(6, 20)), int(row.rng.integers(0, 60))
        row.date(ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z", ts, "day", "iso_time")
    else:
        row.date(ts.strftime("%Y-%m-%d"), ts, "day", None)


def _render_control_risks(row: _Row, partial_ok: bool, forced: str | None) -> _Out:
    ev, rng = row.ev, row.rng
    _cr_date(row, partial_ok)
    _crime(row, _CR_CRIME)
    _exploitation(row, _CR_EXPL, (None,), ("unspecified",))
    _detection(row, _cr_country, forced == "detection_country")
    row.cells["place"] = str(ev.get("hotspot") or "") or None
    if forced == "coordinates" or _lit(rng, 0.05):
        row.cells["lat"] = row.cells["lon"] = None
        _no_place(row)
        if forced == "coordinates":
            row.tags.append("blank_coordinates")
    else:
        lat, lon = round(float(ev["lat"]), 3), round(float(ev["lon"]), 3)  # type: ignore[arg-type]
        row.cells["lat"], row.cells["lon"] = lat, lon
        row.exp["lat"], row.exp["lon"] = lat, lon
    _persons(row, ("unknown",), numeric=True)
    _suspects(row, ("none",), (None,), numeric=True, forced=forced == "n_suspects")
    _gender(row, _CR_GENDER, ("unspecified",), forced == "gender")
    _vocab(row, "age_group", _CR_AGE, ("unspecified",), 0.05, "na_word")
    _nationality(row, _cr_nationality, ("unspecified",), forced == "nationality")
    _country(row, "origin_country", _cr_country, ("unspecified",), 0.05)
    transit = _codes(ev.get("transit_countries"))
    row.cells["transit_countries"] = [_name(c, "en") for c in transit] if transit else None
    if transit:
        row.tags.append("json_list:transit_countries")
    _country(row, "destination_country", _cr_country)
    _vocab(row, "transport_mode", _CR_MODE, ("unspecified",), 0.02, "na_word")
    row.cells["linked_offences"] = _offences(row, _CR_OFFENCES, (", ",))
    return row.out()


_RENDERERS: dict[str, Callable[[_Row, bool, str | None], _Out]] = {
    SR_LILLE.source: _render_sr_lille,
    OICTF_UK.source: _render_oictf,
    UKLB_EUROPOL.source: _render_uklb,
    CONSEJERIA.source: _render_consejeria,
    CONTROL_RISKS.source: _render_control_risks,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    return _RENDERERS[src.source](_Row(src, ev, rng), partial_ok, forced_blank)


# --------------------------------------------------------------------------------------
# Bad dates and the dates of note rows, each in the source's own style
# --------------------------------------------------------------------------------------
def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a missing, impossible or mistyped (future) date, written the source's way."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        y = ts.year
        if src.source in ("sr_lille", "oictf_uk"):
            return choice(rng, (f"30/02/{y}", f"31/04/{y}", f"00/{ts.month:02d}/{y}"))
        if src.source == "consejeria_interior_la_haya":
            return choice(rng, (f"31/06/{y}", f"30/02/{y}", f"32/{ts.month:02d}/{y}"))
        return choice(rng, (f"{y}-02-30", f"{y}-13-{ts.day:02d}", f"{y}-02-29"))
    # future: the decade key slipped (2023 -> 2033)
    slip = ts.replace(year=ts.year + 10)
    if src.source == "oictf_uk":
        return slip.to_pydatetime()
    if src.source in ("sr_lille", "consejeria_interior_la_haya"):
        return slip.strftime("%d/%m/%Y")
    return slip.strftime("%Y-%m-%d")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row (a few days after the last event)."""
    day = last + pd.Timedelta(days=4)
    if src.source == "oictf_uk":
        return day.to_pydatetime()
    if src.source in ("sr_lille", "consejeria_interior_la_haya"):
        return day.strftime("%d/%m/%Y")
    return day.strftime("%Y-%m-%d")


#: The variant: routing of events to sources, renderer, bad dates, salt.
BLIND169: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": SR_LILLE.source,
        "GBR": OICTF_UK.source,
        "POL": UKLB_EUROPOL.source,
        "HRV": UKLB_EUROPOL.source,
        "GRC": UKLB_EUROPOL.source,
        "PAN": CONTROL_RISKS.source,
        "USA": CONTROL_RISKS.source,
    },
    compilation=CONSEJERIA.source,
    secondary={
        ("channel", "FRA"): OICTF_UK.source,
        ("channel", "GBR"): SR_LILLE.source,
        ("thb_vnm_gbr", "GBR"): UKLB_EUROPOL.source,
        ("thb_nga_ita", "ITA"): UKLB_EUROPOL.source,
        ("thb_rou_esp", "ESP"): UKLB_EUROPOL.source,
        ("cmed", "ITA"): CONTROL_RISKS.source,
        ("emed", "GRC"): CONTROL_RISKS.source,
        ("watl", "ESP"): CONTROL_RISKS.source,
        ("blr_pol", "POL"): CONSEJERIA.source,
        ("wbal", "HRV"): CONSEJERIA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=16901,
    blank_share=0.3,
)


def make_blind169(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind169`` submissions (files ``*_fo.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sr_lille_fo.csv`` (French, cp1252, ``;``), ``oictf_uk_fo.xlsx`` (English),
        ``uklb_europol_fo.csv`` (English, UTF-8 with BOM, ``,``),
        ``consejeria_interior_la_haya_fo.csv`` (Spanish, UTF-16, tab) and
        ``control_risks_fo.jsonl`` (English, UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind169(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sr_lille_fo.csv', 'oictf_uk_fo.xlsx', 'uklb_europol_fo.csv',
     'consejeria_interior_la_haya_fo.csv', 'control_risks_fo.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:4]]  # doctest: +NORMALIZE_WHITESPACE
    [('cp1252', ';'), ('utf-8', None), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[0].frame.columns[:3].tolist()
    ['N° procédure', 'Date des faits', 'Lieu des faits']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND169, truth, seed=seed)
