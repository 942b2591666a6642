"""Examiner sample set ``blind210`` (files ``*_hd.*``): gold-mining monitors and gendarmes.

Five agencies that have not written a sample set before, each in its own language and
tools, leaning to the people who watch artisanal gold-mining regions and the routes that
leave them:

``fundaredes_hd.xlsx``
    FundaRedes, the Venezuelan NGO that documents forced labour and sexual exploitation
    in the Arco Minero gold camps and follows Venezuelans and others on the Darién route.
    Spanish, an Excel workbook of its field monitors: real Excel dates (a few typed as
    ``dd/mm/aaaa`` text, a few only ``mayo de 2023``), nationalities as demonyms that
    agree with the group (``venezolanos``, ``ecuatoriana``), ``NNA`` for children,
    Venezuelan legal words (``legitimación de capitales``), ``s/i`` for "no information".
``eurogendfor_hd.csv``
    The European Gendarmerie Force's permanent headquarters (Vicenza), whose situation
    cell compiles what the member gendarmeries (Carabinieri, Guardia Civil, Gendarmerie
    nationale, Żandarmeria Wojskowa) send in. English, saved from Excel as "Unicode
    text": UTF-16 with a byte-order mark, tab-delimited. Military date-time groups
    (``171430ZMAY23``), EU country codes for member states (``IT``, ``UK``, ``EL``), ISO
    alpha-3 nationalities, positions as ``35.5012N 012.6034E``, ``NIL`` and ``UNK``.
``gadem_hd.csv``
    GADEM (Rabat), the Moroccan NGO that logs arrivals and interceptions on the Western
    Mediterranean and Atlantic routes. French, cp1252, ``;`` (Excel in French), day-first
    dates, ``T2 2023`` quarters, ``Sebta``/``Melilla``/``Canaries`` as the place of
    arrival, names pasted from a UTF-8 web form and re-saved (``SÃ©nÃ©gal``), decimal
    commas, non-breaking thousands spaces, ``nc`` for "non communiqué".
``mare_liberum_hd.csv``
    Mare Liberum (Berlin), which monitored the Aegean: English, UTF-8, ``,``, German dotted
    dates (``17.05.2023``), demonyms, positions in degrees and decimal minutes, counts
    such as ``42 (incl. 9 children)``; no crime type, suspects or offences (it never
    recorded them).
``maplecroft_hd.jsonl``
    Verisk Maplecroft's human-rights incident feed (mining and supply-chain risk), the
    compilation: English JSON lines, ISO dates (``2023-05``, ``2023-Q2`` when only the
    month or quarter is known), ISO alpha-2 / alpha-3 / UN M49 numeric codes, transit as
    a JSON array.

The truth expects what a careful analyst reads from each cell: a demonym, a code or a
garbled name gives its country; ``Sebta`` is Ceuta, in Spain; a month or a quarter gives
its first day with that precision; a "no information" word gives nothing (or
``unknown``); a vague count (``varias familias``) makes the row a bad one.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["SOURCES", "Agency", "make_blind210"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of the set: the shared fields plus which agency's habits it writes.

    Attributes
    ----------
    style : str
        ``"fundaredes"``, ``"egf"``, ``"gadem"``, ``"mare_liberum"`` or ``"maplecroft"``.
    """

    style: str


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
FUNDAREDES = Agency(
    source="fundaredes",
    filename="fundaredes_hd.xlsx",
    ref="FR-MON-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de registro",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de la explotación",
        "n_persons": "Personas (total)",
        "n_suspects": "Presuntos traficantes / guías",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino declarado",
        "detection_country": "País donde se registró",
        "transport_mode": "Medio de desplazamiento",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos asociados",
    },
    note="Nota: cifras preliminares, sujetas a verificación en campo",
    total="TOTAL GENERAL",
    bad_count=("grupo numeroso", "varias familias", "decenas"),
    repeats=False,
    style="fundaredes",
)
EUROGENDFOR = Agency(
    source="eurogendfor",
    filename="eurogendfor_hd.csv",
    ref="EGF/SITCEN/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "SITREP ref",
        "event_date": "Date/Time (DTG)",
        "force": "Contributing force",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "Persons involved",
        "n_suspects": "Suspects apprehended",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Nationality (ISO)",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "detection_country": "MS of detection",
        "transport_mode": "Mode of transport",
        "coordinates": "Position",
        "linked_offences": "Related offences",
    },
    note="NOTE: compiled from national contributions, not validated by PHQ",
    total="TOTAL",
    bad_count=("SEVERAL", "MULTIPLE", "LARGE GROUP"),
    repeats=False,
    style="egf",
)
GADEM = Agency(
    source="gadem",
    filename="gadem_hd.csv",
    ref="GADEM-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nb de passeurs présumés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "detection_country": "Lieu d'arrivée / d'interception",
        "transport_mode": "Embarcation / moyen",
        "coordinates": "Coordonnées (lat / long)",
        "linked_offences": "Autres infractions",
    },
    note="NB : fiches en cours de vérification, chiffres provisoires",
    total="Total",
    bad_count=("plusieurs", "une dizaine", "groupe"),
    repeats=True,
    style="gadem",
)
MARE_LIBERUM = Agency(
    source="mare_liberum",
    filename="mare_liberum_hd.csv",
    ref="ML-{year}-{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of incident",
        "n_persons": "No. of people",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationalities",
        "transit_countries": "Route",
        "detection_country": "Country",
        "transport_mode": "Vessel",
        "coordinates": "Last known position",
    },
    note="Note: numbers as reported by survivors, not independently verified",
    total="Total",
    bad_count=("a group", "several", "dozens"),
    repeats=False,
    style="mare_liberum",
)
MAPLECROFT = Agency(
    source="maplecroft",
    filename="maplecroft_hd.jsonl",
    ref="VMHR-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "subcategory",
        "n_persons": "persons_affected",
        "n_suspects": "perpetrators_identified",
        "gender": "victim_sex",
        "age_group": "victim_age",
        "nationality": "nationality_iso3",
        "origin_country": "origin_m49",
        "transit_countries": "transit_iso3",
        "destination_country": "destination_iso3",
        "detection_country": "country_iso2",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("dozens", "several", "hundreds"),
    repeats=True,
    style="maplecroft",
)
#: The five agencies, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (FUNDAREDES, EUROGENDFOR, GADEM, MARE_LIBERUM, MAPLECROFT)

#: Detection country -> the agency that first reports its events (others: Maplecroft).
_PRIMARY = {
    "PAN": "fundaredes",
    "ITA": "eurogendfor",
    "FRA": "eurogendfor",
    "POL": "eurogendfor",
    "ESP": "gadem",
    "GRC": "mare_liberum",
}
#: (corridor, detection country) -> the agency that may report the event again.
_SECONDARY = {
    ("darien", "PAN"): "maplecroft",
    ("us_mex", "USA"): "fundaredes",
    ("cmed", "ITA"): "maplecroft",
    ("thb_nga_ita", "ITA"): "maplecroft",
    ("wmed", "ESP"): "eurogendfor",
    ("watl", "ESP"): "eurogendfor",
    ("thb_rou_esp", "ESP"): "eurogendfor",
    ("emed", "GRC"): "maplecroft",
    ("blr_pol", "POL"): "maplecroft",
    ("channel", "FRA"): "maplecroft",
}

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, _Words] = {
    "fundaredes": {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "Trata"),
        "both": ("Trata y tráfico", "Trata de personas / tráfico de migrantes"),
    },
    "egf": {
        "smuggling": ("SoM", "FII", "Migrant smuggling"),
        "trafficking": ("THB",),
        "both": ("THB/SoM", "THB + FII"),
    },
    "gadem": {
        "smuggling": ("trafic de migrants", "trafic illicite de migrants"),
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "both": ("traite + trafic",),
    },
    "maplecroft": {
        "smuggling": ("Migrant smuggling",),
        "trafficking": ("Human trafficking",),
        "both": ("Human trafficking; Migrant smuggling",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "fundaredes": {
        "sexual": ("Explotación sexual", "Prostitución forzada"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra forma de explotación", "Otra"),
    },
    "egf": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gadem": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "maplecroft": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour",),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
#: Gender of a group, then of one person.
_GENDER: dict[str, tuple[_Words, dict[str, str]]] = {
    "fundaredes": (
        {"female": ("Mujeres",), "male": ("Hombres",), "mixed": ("Mixto", "Hombres y mujeres")},
        {"female": "Mujer", "male": "Hombre"},
    ),
    "egf": ({"female": ("F",), "male": ("M",), "mixed": ("M/F",)}, {"female": "F", "male": "M"}),
    "gadem": (
        {"female": ("F", "femmes"), "male": ("H", "hommes"), "mixed": ("H/F", "mixte")},
        {"female": "femme", "male": "homme"},
    ),
    "mare_liberum": (
        {
            "female": ("women", "women only"),
            "male": ("men", "men only", "all men"),
            "mixed": ("men & women", "mixed"),
        },
        {"female": "woman", "male": "man"},
    ),
    "maplecroft": (
        {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        {"female": "female", "male": "male"},
    ),
}
_AGE: dict[str, tuple[_Words, dict[str, str]]] = {
    "fundaredes": (
        {
            "child": ("NNA", "Niños, niñas y adolescentes"),
            "adult": ("Adultos",),
            "mixed": (
                "Adultos y NNA",
                "Mixto",
            ),
        },
        {"child": "NNA", "adult": "Adulto"},
    ),
    "egf": (
        {"child": ("MINOR", "UAM"), "adult": ("ADULT",), "mixed": ("ADULT/MINOR", "MIXED")},
        {"child": "MINOR", "adult": "ADULT"},
    ),
    "gadem": (
        {
            "child": ("mineurs", "MNA"),
            "adult": ("majeurs",),
            "mixed": (
                "majeurs et mineurs",
                "mixte",
            ),
        },
        {"child": "mineur", "adult": "majeur"},
    ),
    "mare_liberum": (
        {
            "child": ("unaccompanied minors", "children only"),
            "adult": ("adults",),
            "mixed": ("adults & children", "adults + minors"),
        },
        {"child": "minor", "adult": "adult"},
    ),
    "maplecroft": (
        {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        {"child": "minor", "adult": "adult"},
    ),
}
_MODE: dict[str, _Words] = {
    "fundaredes": {
        "land": ("Terrestre", "A pie", "A pie por la selva"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    "egf": {"sea": ("SEA", "MARITIME"), "land": ("LAND",), "air": ("AIR",)},
    "gadem": {
        "sea": ("embarcation", "bateau pneumatique", "zodiac"),
        "land": ("voie terrestre", "à pied"),
        "air": ("avion", "voie aérienne"),
    },
    "mare_liberum": {
        "sea": ("rubber boat", "dinghy", "fibreglass boat", "wooden boat"),
        "land": ("on foot", "land crossing"),
        "air": ("flight",),
    },
    "maplecroft": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
}
_OFFENCES: dict[str, _Words] = {
    "fundaredes": {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("legitimación de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "egf": {
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug trafficking",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "gadem": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "maplecroft": {
        "document_fraud": ("document fraud",),
        "corruption": ("bribery/corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {"fundaredes": ", ", "egf": "; ", "gadem": " + "}
#: "Not known" words of each agency (vocabulary and country cells).
_UNKNOWN = {
    "fundaredes": ("s/i", "S/I", "sin información"),
    "egf": ("UNK",),
    "gadem": ("nc", "NC", "inconnu"),
    "mare_liberum": ("not known", "n/k"),
    "maplecroft": ("unknown",),
}
#: Count cells saying "not known" (the record is kept, with no count).
_COUNT_UNKNOWN = {
    "fundaredes": ("s/i",),
    "egf": ("UNK",),
    "gadem": ("nc",),
    "mare_liberum": ("not known",),
}
_ZERO = {"fundaredes": "ninguno", "egf": "NIL", "gadem": "aucun"}

#: Spanish demonym stems (+ o/a/os/as); French demonyms (masculine, feminine); English.
_DEMONYM_ES = {
    "VEN": "venezolan",
    "ECU": "ecuatorian",
    "HTI": "haitian",
    "COL": "colombian",
    "CHN": "chin",
    "MEX": "mexican",
    "GTM": "guatemaltec",
    "HND": "hondureñ",
}
_DEMONYM_FR = {
    "SEN": ("Sénégalais", "Sénégalaise"),
    "MLI": ("Malien", "Malienne"),
    "GIN": ("Guinéen", "Guinéenne"),
    "CIV": ("Ivoirien", "Ivoirienne"),
    "GMB": ("Gambien", "Gambienne"),
    "MAR": ("Marocain", "Marocaine"),
    "DZA": ("Algérien", "Algérienne"),
    "ROU": ("Roumain", "Roumaine"),
}
_DEMONYM_EN = {
    "SYR": "Syrian",
    "AFG": "Afghan",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "IRN": "Iranian",
}
_SUBSAHARAN = {"SEN", "MLI", "GIN", "CIV", "GMB"}
#: Small typos the agencies make, each still plainly one country.
_TYPO_ES = {"ECU": "equatorian", "VEN": "venesolan"}
_TYPO_FR = {"SEN": "Sénégale", "MRT": "Mauritannie", "GIN": "Guinnée", "DZA": "Algerie"}
_ALIAS_FR = {"CIV": ("RCI", "Côte d'Ivoire"), "GIN": ("Guinée Conakry",), "GMB": ("Gambie",)}
_ALIAS_EN = {
    "CIV": "Ivory Coast",
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "SYR": "Syrian Arab Republic",
    "GIN": "Guinea-Conakry",
}
_DEST_ES = {"USA": ("Estados Unidos", "EE.UU.", "EEUU", "USA"), "MEX": ("México", "Mexico")}
#: EU country codes where they differ from ISO alpha-2.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}
_FORCE = {
    "ITA": "Arma dei Carabinieri",
    "FRA": "Gendarmerie nationale",
    "POL": "Żandarmeria Wojskowa",
    "ESP": "Guardia Civil",
}
_MES = (
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
_MOIS = (
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


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word (the first) two times in three, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.67:
        return words[0]
    return choice(rng, words[1:])


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_Date = tuple[object, pd.Timestamp, str, list[str]]


def _dtg(ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a military date-time group: day, hour, minute, Z, month, two-digit year."""
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    return (
        f"{ts.day:02d}{hour:02d}{minute:02d}Z{MONTHS[ts.month - 1][:3].upper()}{ts.year % 100:02d}"
    )


def _date(src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    """Write a day the agency's way; return (cell, expected day, precision, tags)."""
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    r = rng.random()
    if src.style == "fundaredes":
        if partial_ok and r < 0.05:
            de = "de " if rng.random() < 0.6 else ""
            return f"{_MES[ts.month - 1]} {de}{ts.year}", month, "month", ["partial_date"]
        if r < 0.86:
            return ts.to_pydatetime(), ts, "day", []
        return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
    if src.style == "egf":
        if r < 0.85:
            return _dtg(ts, rng), ts, "day", ["dtg_date"]
        return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", ts, "day", []
    if src.style == "gadem":
        if partial_ok and r < 0.035:
            return f"{_MOIS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.06:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if r < 0.1:
            return ts.strftime("%d/%m/%y"), ts, "day", []
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.style == "mare_liberum":
        if partial_ok and r < 0.04:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        return ts.strftime("%d.%m.%Y"), ts, "day", []
    if partial_ok and r < 0.03:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if partial_ok and r < 0.05:
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", ["partial_date"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that is missing, impossible (31 February) or ten years ahead (a typo)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = f"{int(rng.integers(30, 32))}"
        if src.style == "egf":
            return f"{day}{int(rng.integers(0, 24)):02d}00ZFEB{ts.year % 100:02d}"
        if src.style == "mare_liberum":
            return f"{day}.02.{ts.year}"
        if src.style == "maplecroft":
            return f"{ts.year}-02-{day}"
        return f"{day}/02/{ts.year}"
    ahead = ts.replace(year=ts.year + 10)  # 2023 typed 2033
    if src.style == "fundaredes":
        return ahead.to_pydatetime()
    if src.style == "gadem":  # always the full year: "17/05/33" could be read 1933
        return ahead.strftime("%d/%m/%Y")
    return _date(src, ahead, rng, False)[0]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day of its last row)."""
    if src.style == "fundaredes":
        return last.to_pydatetime()
    if src.style == "egf":
        return f"{last.day:02d}0000Z{MONTHS[last.month - 1][:3].upper()}{last.year % 100:02d}"
    if src.style == "mare_liberum":
        return last.strftime("%d.%m.%Y")
    if src.style == "maplecroft":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(src: Agency, n: int, age: str, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of persons; return (cell, expected count, tags)."""
    if src.style in _COUNT_UNKNOWN and rng.random() < 0.02:
        return choice(rng, _COUNT_UNKNOWN[src.style]), None, ["count_placeholder"]
    big = n >= 1000 and rng.random() < 0.75
    lo = f"{n % 1000:03d}"
    if src.style == "fundaredes":
        return (f"{n // 1000}.{lo}", n, ["thousands:n_persons"]) if big else (n, n, [])
    if src.style == "egf":
        return (f"{n // 1000},{lo}", n, ["thousands:n_persons"]) if big else (str(n), n, [])
    if src.style == "gadem":
        sep = "\u00a0" if rng.random() < 0.7 else " "
        return (f"{n // 1000}{sep}{lo}", n, ["thousands:n_persons"]) if big else (str(n), n, [])
    if src.style == "mare_liberum":
        if age == "mixed" and n >= 3 and rng.random() < 0.35:
            kids = int(rng.integers(1, n))
            return f"{n} (incl. {kids} children)", n, ["count_note"]
        return str(n), n, []
    return n, n, []


def _suspects(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of suspects; return (cell, expected count, tags)."""
    if src.style == "mare_liberum":  # the monitors never counted suspects
        return None, None, ["blank_n_suspects"]
    if src.style == "maplecroft":
        if rng.random() < 0.08:
            return None, None, ["blank_n_suspects"]
        return n, n, []
    r = rng.random()
    if r < 0.04:
        return _COUNT_UNKNOWN[src.style][0], None, ["suspects_placeholder"]
    if n == 0 and r < 0.45:
        return _ZERO[src.style], 0, ["zero_word"]
    return (n if src.format == "xlsx" else str(n)), n, []


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _nationality(
    src: Agency, iso: str, gender: str, n: int, rng: _Rng
) -> tuple[object, str | None, list[str]]:
    """Write the nationality; return (cell, expected ISO code, tags)."""
    r = rng.random()
    if src.style == "fundaredes":
        stem = _DEMONYM_ES.get(iso)
        if stem is None or r < 0.08:
            return _name(iso, "es"), iso, []
        if iso in _TYPO_ES and r < 0.12:
            stem, tag = _TYPO_ES[iso], ["typo:nationality"]
        else:
            tag = []
        end = "a" if gender == "female" else "o"
        word = stem + end + ("s" if n > 1 else "")
        if rng.random() < 0.4:
            word = word.capitalize()
        if rng.random() < 0.04:
            return word.upper(), iso, [*tag, "case:nationality"]
        return word, iso, ["demonym:nationality", *tag]
    if src.style == "egf":
        if r < 0.02:
            return "UNK", None, ["blank_nationality"]
        if iso in _ALIAS_EN and r < 0.05:
            return _ALIAS_EN[iso], iso, ["alias:nationality"]
        if r < 0.12:
            return _name(iso, "en"), iso, []
        return iso, iso, ["iso3:nationality"]
    if src.style == "gadem":
        if iso in _SUBSAHARAN and r < 0.03:
            return (
                choice(rng, ("subsahariens", "Subsahariens", "subsahariennes")),
                None,
                ["blank_nationality"],
            )
        if iso in _DEMONYM_FR and r < 0.3:
            male, female = _DEMONYM_FR[iso]
            word = female if gender == "female" else male
            return (
                word + ("s" if n > 1 and not word.endswith("s") else ""),
                iso,
                ["demonym:nationality"],
            )
        return _french_country(iso, "nationality", rng)
    if src.style == "mare_liberum":
        if iso in _DEMONYM_EN and r < 0.85:
            return _DEMONYM_EN[iso], iso, ["demonym:nationality"]
        return _name(iso, "en"), iso, []
    return iso, iso, []


def _french_country(iso: str, col: str, rng: _Rng) -> tuple[object, str | None, list[str]]:
    """Write a country as GADEM does: French name, alias, typo, garbled or upper case."""
    name = _name(iso, "fr").replace("’", "'") if iso != "CIV" else "Côte d’Ivoire"
    r = rng.random()
    garbled = mojibake(name)
    if r < 0.08:  # pasted from the web form: garbled if it has an accent
        return (garbled, iso, [f"mojibake:{col}"]) if garbled else (name, iso, [])
    if r < 0.2 and iso in _ALIAS_FR:
        return choice(rng, _ALIAS_FR[iso]), iso, [f"alias:{col}"]
    if r < 0.24 and iso in _TYPO_FR:
        return _TYPO_FR[iso], iso, [f"typo:{col}"]
    if r > 0.95:
        return name.upper(), iso, [f"case:{col}"]
    return name, iso, []


def _country(src: Agency, iso: str, col: str, rng: _Rng) -> tuple[object, str | None, list[str]]:
    """Write an origin or destination country; return (cell, expected ISO code, tags)."""
    if src.style != "maplecroft" and rng.random() < 0.03:
        return choice(rng, _UNKNOWN[src.style]), None, [f"unknown:{col}"]
    if src.style == "fundaredes":
        if col == "destination_country" and iso in _DEST_ES:
            return _word(rng, _DEST_ES[iso]), iso, []
        name = _name(iso, "es")
        return (name.replace("í", "i") if rng.random() < 0.2 else name), iso, []
    if src.style == "egf":
        if col == "destination_country":
            return _EU_CODE.get(iso, iso_codes(iso)[0]), iso, [f"iso2:{col}"]
        return iso, iso, [f"iso3:{col}"]
    if src.style == "gadem":
        return _french_country(iso, col, rng)
    if src.style == "mare_liberum":
        return _name(iso, "en"), iso, []
    if col == "origin_country":
        return iso_codes(iso)[1], iso, ["numeric:origin_country"]
    return iso, iso, []


def _detection(src: Agency, ev: dict[str, object], rng: _Rng) -> tuple[object, list[str]]:
    """Write the country where the event was detected (the expected value is its code)."""
    iso = str(ev["detection_country"])
    if src.style == "fundaredes":
        if iso == "PAN":
            return choice(rng, ("Panamá", "Panamá", "Panama", "PANAMÁ")), []
        return _word(rng, _DEST_ES.get(iso, (_name(iso, "es"),))), []
    if src.style == "egf":
        return _EU_CODE.get(iso, iso_codes(iso)[0]), ["iso2:detection_country"]
    if src.style == "gadem":
        place = str(ev.get("hotspot") or "")
        if iso == "ESP" and place == "Ceuta":
            return choice(rng, ("Sebta", "Sebta", "Ceuta")), ["place:detection_country"]
        if iso == "ESP" and place == "Melilla":
            return "Melilla", ["place:detection_country"]
        if iso == "ESP" and place in ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"):
            return choice(rng, ("Canaries", "Îles Canaries")), ["place:detection_country"]
        return _french_country(iso, "detection_country", rng)[0], []
    if src.style == "mare_liberum":
        r = rng.random()
        if iso == "GRC" and r < 0.1:
            return "GR", ["iso2:detection_country"]
        at_sea = ev["transport_mode"] == "sea" and ev.get("hotspot") != "Evros"
        if iso == "GRC" and r < 0.25 and at_sea:
            return "Greek waters", ["place:detection_country"]
        return _name(iso, "en"), []
    return iso_codes(iso)[0], ["iso2:detection_country"]


def _transit(src: Agency, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Write the transit countries in order with the agency's separator."""
    if value is None:
        if src.style == "gadem" and rng.random() < 0.2:
            return "direct", []
        return ([] if src.style == "maplecroft" else None), []
    codes = str(value).split("|")
    if src.style == "fundaredes":
        return " - ".join(_name(c, "es") for c in codes), []
    if src.style == "egf":
        return "/".join(codes), ["iso3:transit_countries"]
    if src.style == "gadem":
        parts = [_french_country(c, "transit_countries", rng) for c in codes]
        return ", ".join(str(p[0]) for p in parts), sorted({t for p in parts for t in p[2]})
    if src.style == "mare_liberum":
        names = {"TUR": ("Türkiye", "Turkey")}
        return " > ".join(_word(rng, names.get(c, (_name(c, "en"),))) for c in codes), []
    return codes, ["iso3:transit_countries"]


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------
def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``39°12.345'N``) and the value they say."""
    total = round(abs(value) * 60, 3)
    deg, minutes = int(total // 60), round(total - 60 * (total // 60), 3)
    said = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return f"{deg:0{width}d}°{minutes:06.3f}'{pos if value >= 0 else neg}", said


def _place(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the location; return (cells, expected lat, expected lon, tags)."""
    if rng.random() < 0.04:
        empty: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        return empty, None, None, ["coords_missing"]
    if src.style == "fundaredes":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, []
    if src.style == "egf":
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{abs(la):.4f}{'N' if la >= 0 else 'S'} {abs(lo):08.4f}{'E' if lo >= 0 else 'W'}"
        return {"coordinates": text}, la, lo, ["coords_hemisphere"]
    if src.style == "gadem":
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{la:.4f} / {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, la, lo, ["decimal_comma:coordinates"]
    if src.style == "mare_liberum":
        t_lat, la = _ddm(lat, "N", "S", 2)
        t_lon, lo = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat}, {t_lon}"}, la, lo, ["coords_ddm"]
    la, lo = round(lat, 3), round(lon, 3)
    return {"lat": la, "lon": lo}, la, lo, []


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _vocab(
    src: Agency, table: _Words, value: str, col: str, rng: _Rng, rate: float
) -> tuple[object, str, list[str]]:
    """Write a vocabulary word, or (at ``rate``) the agency's "not known" word."""
    if rng.random() < rate:
        return choice(rng, _UNKNOWN[src.style]), "unknown", [f"unknown:{col}"]
    return _word(rng, table[value]), value, []


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style, has = src.style, set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t
    if "force" in has:
        cells["force"] = _FORCE.get(str(ev["detection_country"]))

    crime = str(ev["crime_type"])
    if "crime_type" in has:
        cells["crime_type"] = _word(rng, _CRIME[style][crime])
        exp["crime_type"] = crime
    else:
        exp["crime_type"] = "unknown"
    expl = ev["exploitation"]
    if "exploitation" in has and expl is not None:
        cells["exploitation"], exp["exploitation"], t = _vocab(
            src, _EXPLOITATION[style], str(expl), "exploitation", rng, 0.04
        )
        tags += t

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    age = str(ev["age_group"])
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, age, rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, int(ev["n_suspects"]), rng)  # type: ignore[call-overload]
    tags += t

    gender = str(ev["gender"])
    group, single = _GENDER[style]
    if rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, _UNKNOWN[style]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = (
            single[gender] if n == 1 and gender in single else _word(rng, group[gender])
        )
        exp["gender"] = gender
    groups, one = _AGE[style]
    if style == "mare_liberum" and rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = "n/k", "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = one[age] if n == 1 and age in one else _word(rng, groups[age])
        exp["age_group"] = age
    mode = str(ev["transport_mode"])
    if style == "mare_liberum" and rng.random() < 0.04:
        cells["transport_mode"], exp["transport_mode"] = "n/k", "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _mode_word(src, ev, mode, rng)
        exp["transport_mode"] = mode

    cells["nationality"], exp["nationality"], t = _nationality(
        src, str(ev["nationality"]), gender, n, rng
    )
    tags += t
    for col in ("origin_country", "destination_country"):
        if col in has:
            cells[col], exp[col], t = _country(src, str(ev[col]), col, rng)
            tags += t
    cells["detection_country"], t = _detection(src, ev, rng)
    exp["detection_country"] = ev["detection_country"]
    tags += t
    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    place, exp["lat"], exp["lon"], t = _place(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
    cells.update(place)
    tags += t

    off = ev["linked_offences"]
    if "linked_offences" in has:
        exp["linked_offences"] = off
        if off is not None:
            words = [_word(rng, _OFFENCES[style][o]) for o in str(off).split("|")]
            cells["linked_offences"] = (
                words if style == "maplecroft" else _OFFENCE_SEP[style].join(words)
            )
        elif style == "maplecroft":
            cells["linked_offences"] = []

    if forced_blank is not None:
        _blank(src, forced_blank, cells, exp)
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


def _mode_word(src: Agency, ev: dict[str, object], mode: str, rng: _Rng) -> str:
    """Write the agency's word for how the people travelled."""
    if src.style == "gadem" and mode == "sea" and ev["corridor"] == "watl":
        return choice(rng, ("pirogue", "pirogue", "cayuco"))
    if src.style == "gadem" and mode == "land" and ev["corridor"] == "thb_rou_esp":
        return choice(rng, ("bus", "voiture", "voie terrestre"))
    return _word(rng, _MODE[src.style][mode])


def _blank(src: Agency, field: str, cells: dict[str, object], exp: dict[str, object]) -> None:
    """Leave out one field a second report does not give."""
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in src.headers:
                cells[key] = None
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells[field], exp[field] = None, None


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="maplecroft",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=210_2101,
    blank_share=0.3,
)


def make_blind210(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind210`` examiner set (files ``*_hd.*``).

    FundaRedes first reports the Darién events, the European Gendarmerie Force those
    detected in Italy, France and Poland, GADEM those in Spain, Mare Liberum those in
    Greece, and Maplecroft's feed (the compilation) all others (United States, United
    Kingdom, Croatia). About 4 % of the events are reported a second time by another of
    them, a day apart at most.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``fundaredes_hd.xlsx`` (Spanish), ``eurogendfor_hd.csv`` (English, UTF-16, tab),
        ``gadem_hd.csv`` (French, cp1252, ``;``), ``mare_liberum_hd.csv`` (English,
        UTF-8, ``,``) and ``maplecroft_hd.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind210(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fundaredes_hd.xlsx', 'eurogendfor_hd.csv', 'gadem_hd.csv', 'mare_liberum_hd.csv',
     'maplecroft_hd.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-16', 'cp1252', 'utf-8', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['SITREP ref', 'Date/Time (DTG)', 'Contributing force']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
