"""Examiner sample set ``blind212`` (files ``*_hf.*``): international missions' incident logs.

Five reporters that follow smuggling and trafficking networks from the seat of a
peace, sanctions or CSDP mission, each writing its incident log its own way:

``unpoe_libya_hf.xlsx``
    UN Panel of Experts on Libya (resolution 1973 (2011)), English. Incident annex of
    departures from the Libyan coast that end in landings in Italy, kept in a
    spreadsheet: real Excel dates, a few typed "17 May 2023" or pasted serials, UN
    short country names ("Syrian Arab Republic", "Türkiye") or demonyms
    ("Bangladeshi"), approximate counts ("approx. 120"), positions in
    degrees-minutes-seconds.
``eucap_sahel_mali_hf.csv``
    EUCAP Sahel Mali, cellule d'analyse (French, cp1252, ``;``). Networks moving
    Malians, Guineans and Senegalese to Spain: day-first dates, some "mai 2023" or
    "T2 2023", French country names in title case or capitals (accents often dropped),
    small typos and UTF-8 mojibake from partners' sheets pasted in, "NC" for a count
    not communicated, "néant" for no suspect, decimal commas.
``unvmc_colombia_hf.csv``
    UN Verification Mission in Colombia, Urabá regional office (Spanish, UTF-8 with BOM,
    ``;``). Crossings into the Darién under the armed group's "cobro" (it names the
    group in its own column): day-first or ISO dates, "NNA" for children, "EE. UU.",
    "1.234" thousands, "sin dato", coordinates pasted from a map ("8.50123, -77.50012").
``eufor_althea_hf.csv``
    EUFOR Althea liaison and observation teams (English, UTF-16 tab-separated
    "Unicode text" from Excel). Military style in capitals: date-time groups
    ("171430ZMAY23"), ISO alpha-3 codes (STANAG 1059) or names, routes
    "TUR-BGR-SRB-BIH", "NIL" facilitators, "UNK".
``unocc_hf.jsonl``
    UN Operations and Crisis Centre (English JSON lines), the compilation desk: it
    reports every event no mission reports and re-reports some of theirs; UN M49
    (ISO numeric) codes with leading zeros, routes by name, ISO or month-only dates;
    the feed re-sends a few items.

Every cell is written as the agency would; the truth expects what a careful analyst
reads from it (an unreadable count is a bad row, a "not known" word a blank).
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["BLIND212", "SOURCES", "Blind212Source", "make_blind212"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Blind212Source(ExaminerSource):
    """A source of the ``blind212`` set: the shared fields plus the agency's words.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words for it (first = its usual one).
    not_known : tuple of str
        What the agency writes in a vocabulary cell it does not know.
    count_unknown : tuple of str
        What it writes in a count cell it does not know (empty: it leaves it blank).
    zero_words : tuple of str
        What it writes for "no suspect".
    offence_sep : str
        Separator of its linked-offence lists.
    transit_sep : str
        Separator of its transit-country lists.
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    not_known: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    offence_sep: str
    transit_sep: str


# --------------------------------------------------------------------------------------
# Country names as each agency writes them
# --------------------------------------------------------------------------------------
#: UN short names (UN Terminology Database), as the Panel and the UNOCC write them.
UN_NAMES: dict[str, str] = {
    "AFG": "Afghanistan",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladesh",
    "BGR": "Bulgaria",
    "BIH": "Bosnia and Herzegovina",
    "BLR": "Belarus",
    "CHN": "China",
    "CIV": "Côte d'Ivoire",
    "CMR": "Cameroon",
    "COL": "Colombia",
    "DEU": "Germany",
    "DZA": "Algeria",
    "ECU": "Ecuador",
    "EGY": "Egypt",
    "ERI": "Eritrea",
    "ESP": "Spain",
    "FRA": "France",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Greece",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croatia",
    "HTI": "Haiti",
    "HUN": "Hungary",
    "IRN": "Iran (Islamic Republic of)",
    "IRQ": "Iraq",
    "ITA": "Italy",
    "LBY": "Libya",
    "MAR": "Morocco",
    "MEX": "Mexico",
    "MKD": "North Macedonia",
    "MLI": "Mali",
    "MRT": "Mauritania",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "PAN": "Panama",
    "POL": "Poland",
    "ROU": "Romania",
    "RUS": "Russian Federation",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Syrian Arab Republic",
    "TUN": "Tunisia",
    "TUR": "Türkiye",
    "USA": "United States of America",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "VNM": "Viet Nam",
    "YEM": "Yemen",
}
#: Demonyms the Panel writes in its nationality column ("Bangladeshi nationals").
DEMONYMS: dict[str, str] = {
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
}
#: French names (EUCAP Sahel Mali): usual name, name without accents, typo or None.
FR_NAMES: dict[str, tuple[str, str, str | None]] = {
    "AUT": ("Autriche", "Autriche", None),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire", "Côte d'Ivoir"),
    "DZA": ("Algérie", "Algerie", "Algérei"),
    "ESP": ("Espagne", "Espagne", "Espange"),
    "FRA": ("France", "France", None),
    "GIN": ("Guinée", "Guinee", "Guinnée"),
    "GMB": ("Gambie", "Gambie", None),
    "HUN": ("Hongrie", "Hongrie", None),
    "ITA": ("Italie", "Italie", "Itlaie"),
    "MAR": ("Maroc", "Maroc", "Marroc"),
    "MLI": ("Mali", "Mali", None),
    "MRT": ("Mauritanie", "Mauritanie", "Mauritannie"),
    "ROU": ("Roumanie", "Roumanie", "Roumanei"),
    "SEN": ("Sénégal", "Senegal", "Sénégale"),
}
#: Names West African partners use beside the usual one.
FR_ALIASES: dict[str, str] = {"GIN": "Guinée Conakry", "CIV": "RCI"}
#: Spanish names (UN Verification Mission in Colombia): usual, variant, typo or None.
ES_NAMES: dict[str, tuple[str, str, str | None]] = {
    "CHN": ("China", "República Popular China", None),
    "COL": ("Colombia", "Colombia", "Colmbia"),
    "ECU": ("Ecuador", "Ecuador", "Ecudor"),
    "HTI": ("Haití", "Haiti", None),
    "MEX": ("México", "Mexico", "Méxcio"),
    "PAN": ("Panamá", "Panama", None),
    "USA": ("Estados Unidos", "EE. UU.", "Estados Unidso"),
    "VEN": ("Venezuela", "Venezuela", "Venezula"),
}
#: Names EUFOR writes in capitals when it does not use the STANAG 1059 code.
MIL_NAMES: dict[str, str] = {
    "AFG": "AFGHANISTAN",
    "AUT": "AUSTRIA",
    "BGR": "BULGARIA",
    "BIH": "BOSNIA",
    "DEU": "GERMANY",
    "GRC": "GREECE",
    "HRV": "CROATIA",
    "ITA": "ITALY",
    "MAR": "MOROCCO",
    "MKD": "NORTH MACEDONIA",
    "PAK": "PAKISTAN",
    "SRB": "SERBIA",
    "SYR": "SYRIA",
    "TUR": "TURKEY",
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
_ES_MONTHS = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
PANEL = Blind212Source(
    source="unpoe_libya_hf",
    filename="unpoe_libya_hf.xlsx",
    ref="PoE-LY/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ref.",
        "event_date": "Date of incident",
        "crime_type": "Activity",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Migrants / victims",
        "n_suspects": "Perpetrators identified",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality (majority)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "State of disembarkation / detection",
        "transit_countries": "Transit States",
        "transport_mode": "Means of transport",
        "coordinates": "Position (WGS 84)",
        "linked_offences": "Related violations",
    },
    note="Note: compiled from Member State and open-source information; not confirmed",
    total="Total",
    bad_count=("dozens", "several hundred", "a few"),
    repeats=False,
    crime={
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "trafficking": ("Trafficking in persons", "Human trafficking"),
        "both": ("Trafficking in persons / migrant smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour",),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Removal of organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Mixed", "Men and women"),
    },
    age={
        "adult": ("Adults",),
        "child": ("Children", "Minors"),
        "mixed": ("Adults and children",),
    },
    mode={
        "sea": ("Sea (rubber boat)", "Sea (wooden boat)", "Sea (fishing vessel)", "Sea"),
        "land": ("Land", "Land (vehicle)"),
        "air": ("Air (commercial flight)", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money-laundering",),
        "illicit_goods": ("Fuel smuggling", "Drug trafficking"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    not_known=("Not known", "Not determined"),
    count_unknown=("Not known",),
    zero_words=("None identified",),
    offence_sep="; ",
    transit_sep=", ",
)

EUCAP = Blind212Source(
    source="eucap_sahel_mali_hf",
    filename="eucap_sahel_mali_hf.csv",
    ref="EUCAP-ML/CA/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, sources partenaires non recoupées",
    total="TOTAL GÉNÉRAL",
    bad_count=("une vingtaine", "plusieurs dizaines"),
    repeats=False,
    crime={
        "smuggling": ("Trafic illicite de migrants", "trafic de migrants", "TIM"),
        "trafficking": ("Traite des personnes", "traite"),
        "both": ("Traite des personnes et trafic de migrants", "Traite + TIM"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("Hommes", "H", "masculin"),
        "female": ("Femmes", "F"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "adult": ("Majeurs", "adultes"),
        "child": ("Mineurs", "mineurs"),
        "mixed": ("Majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("pirogue", "embarcation", "voie maritime"),
        "land": ("voie terrestre", "véhicule", "à pied"),
        "air": ("voie aérienne", "avion"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    not_known=("ND", "non déterminé"),
    count_unknown=("NC", "non communiqué"),
    zero_words=("néant",),
    offence_sep=" / ",
    transit_sep=" - ",
)

UNVMC = Blind212Source(
    source="unvmc_colombia_hf",
    filename="unvmc_colombia_hf.csv",
    ref="MVNU-URA-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del registro",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas",
        "armed_actor": "Actor armado con control",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información de campo sujeta a verificación",
    total="Total general",
    bad_count=("varias decenas", "un grupo grande"),
    repeats=False,
    crime={
        "smuggling": ("Tráfico de migrantes", "tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otra",),
    },
    gender={
        "male": ("Hombres", "masculino"),
        "female": ("Mujeres", "femenino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "adult": ("Adultos", "mayores de edad"),
        "child": ("NNA", "niños, niñas y adolescentes"),
        "mixed": ("Adultos y NNA", "mixto"),
    },
    mode={
        "sea": ("marítimo", "lancha"),
        "land": ("a pie", "caminando", "terrestre"),
        "air": ("aéreo",),
    },
    offences={
        "document_fraud": ("falsedad en documento",),
        "corruption": ("cohecho",),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    not_known=("sin información",),
    count_unknown=("sin dato",),
    zero_words=("ninguno",),
    offence_sep="; ",
    transit_sep=" - ",
)

EUFOR = Blind212Source(
    source="eufor_althea_hf",
    filename="eufor_althea_hf.csv",
    ref="EUFOR/LOT/{yy:02d}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "SERIAL",
        "event_date": "DTG",
        "crime_type": "EVENT TYPE",
        "exploitation": "EXPLOITATION",
        "n_persons": "PAX",
        "n_suspects": "FACILITATORS",
        "gender": "SEX",
        "age_group": "AGE",
        "nationality": "NATIONALITY",
        "origin_country": "ORIGIN",
        "destination_country": "FINAL DEST",
        "detection_country": "DETECTED IN",
        "transit_countries": "ROUTE",
        "transport_mode": "MOVEMENT",
        "lat": "LAT",
        "lon": "LONG",
        "linked_offences": "OTHER OFFENCES",
    },
    note="NOTE: LOT REPORTING ONLY - NOT CONFIRMED BY HOST NATION AUTHORITIES",
    total="TOTAL",
    bad_count=("SEVERAL", "LARGE GROUP"),
    repeats=False,
    crime={
        "smuggling": ("SMUGGLING", "PEOPLE SMUGGLING"),
        "trafficking": ("THB",),
        "both": ("THB/SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABOUR",),
        "forced_criminality": ("FORCED CRIMINALITY",),
        "organ_removal": ("ORGAN REMOVAL",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHER",),
    },
    gender={"male": ("M",), "female": ("F",), "mixed": ("MIXED", "M/F")},
    age={"adult": ("ADULT",), "child": ("MINOR",), "mixed": ("MIXED", "ADULT/MINOR")},
    mode={
        "sea": ("BOAT",),
        "land": ("ON FOOT", "VEHICLE", "TRUCK", "TAXI"),
        "air": ("AIR",),
    },
    offences={
        "document_fraud": ("DOC FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY LAUNDERING",),
        "illicit_goods": ("DRUGS",),
        "cybercrime": ("CYBER",),
        "terrorism": ("TERRORISM",),
    },
    not_known=("UNK",),
    count_unknown=("UNK",),
    zero_words=("NIL",),
    offence_sep="/",
    transit_sep="-",
)

UNOCC = Blind212Source(
    source="unocc_hf",
    filename="unocc_hf.jsonl",
    ref="UNOCC/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality_m49",
        "origin_country": "origin_m49",
        "destination_country": "destination_m49",
        "detection_country": "location_m49",
        "transit_countries": "route",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "hundreds"),
    repeats=True,
    crime={
        "smuggling": ("smuggling of migrants",),
        "trafficking": ("trafficking in persons",),
        "both": ("trafficking in persons; smuggling of migrants",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("adults",), "child": ("children",), "mixed": ("adults and children",)},
    mode={"sea": ("sea",), "land": ("land",), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_known=("not reported",),
    count_unknown=(),
    zero_words=(),
    offence_sep=", ",
    transit_sep="; ",
)

#: The five sources, in the order :func:`make_blind212` returns them.
SOURCES: tuple[Blind212Source, ...] = (PANEL, EUCAP, UNVMC, EUFOR, UNOCC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word most of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _date_cell(
    src: Blind212Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected day, precision, tags) of a date as the agency writes it."""
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    name = src.source
    if name == PANEL.source:
        if r < 0.70:
            return ts.to_pydatetime(), ts, "day", []
        if r < 0.83:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["text_date"]
        if r < 0.90:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        if partial_ok:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month", ["partial_date"]
        return ts.to_pydatetime(), ts, "day", []
    if name == EUCAP.source:
        if r < 0.80 or (not partial_ok and r >= 0.88):
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        if r < 0.88:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        if r < 0.94:
            text = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
            return text, month_start, "month", ["partial_date"]
        return f"T{ts.quarter} {ts.year}", quarter_start, "quarter", ["partial_date"]
    if name == UNVMC.source:
        if r < 0.82 or (not partial_ok and r >= 0.94):
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        if r < 0.94:
            return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]
        text = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return text, month_start, "month", ["partial_date"]
    if name == EUFOR.source:
        if r < 0.85:
            return _dtg(ts, rng), ts, "day", ["dtg"]
        return ts.strftime("%d %b %y").upper(), ts, "day", ["short_date"]
    # UNOCC
    if r < 0.9 or not partial_ok:
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    return ts.strftime("%Y-%m"), month_start, "month", ["partial_date"]


def _dtg(ts: pd.Timestamp, rng: _Rng, *, day: int | None = None, year: int | None = None) -> str:
    """Return a military date-time group in Zulu time, by day (same calendar day)."""
    hour, minute = int(rng.integers(6, 21)), int(rng.integers(0, 60))
    mon = MONTHS[ts.month - 1][:3].upper()
    yy = (year if year is not None else ts.year) % 100
    return f"{day if day is not None else ts.day:02d}{hour:02d}{minute:02d}Z{mon}{yy:02d}"


def _bad_date(src: Blind212Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a bad date: blank, impossible (30/31 February) or ten years ahead (a typo)."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        if name == PANEL.source:
            return f"31 February {ts.year}"
        if name == EUCAP.source:
            return f"31/02/{ts.year}"
        if name == UNVMC.source:
            return f"30/02/{ts.year}"
        if name == EUFOR.source:
            return f"31{int(rng.integers(6, 21)):02d}00ZFEB{ts.year % 100:02d}"
        return f"{ts.year}-02-30"
    future = ts.replace(year=ts.year + 10, day=min(ts.day, 28))
    if name == PANEL.source:
        return future.to_pydatetime()
    if name in (EUCAP.source, UNVMC.source):
        return future.strftime("%d/%m/%Y")
    if name == EUFOR.source:
        return _dtg(future, rng)
    return future.strftime("%Y-%m-%d")


def _note_date(src: Blind212Source, last: pd.Timestamp) -> object:
    """Return the date of the note row: the last incident's day, the agency's way."""
    if src.source == PANEL.source:
        return last.to_pydatetime()
    if src.source == EUFOR.source:
        mon = MONTHS[last.month - 1][:3].upper()
        return f"{last.day:02d}1200Z{mon}{last.year % 100:02d}"
    return last.strftime("%d/%m/%Y")


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees-minutes-seconds text and the decimal degrees it reads as."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minute, sec = divmod(rest, 60)
    read = (deg + minute / 60 + sec / 3600) * (1 if value >= 0 else -1)
    return f"{deg:0{width}d}°{minute:02d}'{sec:02d}\"{hemi}", round(read, 6)


def _coords(
    src: Blind212Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of a position."""
    gone = {
        PANEL.source: 0.08,
        EUCAP.source: 0.06,
        UNVMC.source: 0.07,
        EUFOR.source: 0.05,
        UNOCC.source: 0.05,
    }[src.source]
    if rng.random() < gone:
        empty: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        return empty, None, None, ["coords_missing"]
    if src.source == PANEL.source:
        t_lat, r_lat = _dms(lat, "N", "S", 2)
        t_lon, r_lon = _dms(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon, ["coords_dms"]
    if src.source == EUCAP.source:
        a, b = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
        return {"lat": a, "lon": b}, round(lat, 5), round(lon, 5), ["decimal_comma"]
    if src.source == UNVMC.source:  # pasted from a map application: "8.40601, -77.61464"
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), ["pair"]
    if src.source == EUFOR.source:
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, round(lat, 4), round(lon, 4), []
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), []


def _country(src: Blind212Source, iso: str, rng: _Rng, col: str) -> tuple[str, list[str]]:
    """One country as the agency writes it, with the tags of what it did."""
    r = rng.random()
    name = src.source
    if name == PANEL.source:
        if col == "nationality" and iso in DEMONYMS and r < 0.3:
            return DEMONYMS[iso], [f"demonym:{col}"]
        return UN_NAMES[iso], []
    if name == EUCAP.source:
        usual, plain, typo = FR_NAMES.get(iso, (UN_NAMES[iso], UN_NAMES[iso], None))
        if r < 0.5:
            return usual, []
        if r < 0.72:
            return plain.upper(), [f"upper:{col}"]
        if r < 0.82:
            return plain, [f"no_accent:{col}"]
        if r < 0.88 and typo is not None:
            return typo, [f"typo:{col}"]
        if r < 0.93:
            garbled = mojibake(usual)
            if garbled is not None:
                return garbled, [f"mojibake:{col}"]
        if iso in FR_ALIASES and col != "detection_country":
            return FR_ALIASES[iso], [f"alias:{col}"]
        return usual, []
    if name == UNVMC.source:
        usual, variant, typo = ES_NAMES.get(iso, (UN_NAMES[iso], UN_NAMES[iso], None))
        if r < 0.62:
            return usual, []
        if r < 0.78:
            return variant, [f"alias:{col}"] if variant != usual else []
        if r < 0.95:
            return usual.upper(), [f"upper:{col}"]
        if typo is not None:
            return typo, [f"typo:{col}"]
        return usual, []
    if name == EUFOR.source:
        if r < 0.7 or iso not in MIL_NAMES:
            return iso, [f"iso3:{col}"]
        return MIL_NAMES[iso], [f"upper:{col}"]
    return iso_codes(iso)[1], [f"m49:{col}"]


def _transit(src: Blind212Source, value: str, rng: _Rng) -> tuple[str, list[str]]:
    """Return an ordered transit list with the agency's separator."""
    codes = value.split("|")
    if src.source == EUFOR.source:
        return src.transit_sep.join(codes), ["iso3:transit_countries"]
    if src.source == UNOCC.source:
        return src.transit_sep.join(UN_NAMES[c] for c in codes), []
    parts: list[str] = []
    tags: list[str] = []
    for code in codes:
        text, t = _country(src, code, rng, "transit_countries")
        parts.append(text)
        tags += t
    return src.transit_sep.join(parts), sorted(set(tags))


def _count(
    src: Blind212Source, n: int, rng: _Rng, placeholders: bool
) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of persons."""
    r = rng.random()
    if placeholders and src.count_unknown and r < 0.03:
        return choice(rng, src.count_unknown), None, ["count_placeholder"]
    if src.source == PANEL.source:
        if n >= 20 and r < 0.08:
            return f"approx. {n:,}", n, ["approx_count"]
        if n >= 1000 and r < 0.5:
            return f"{n:,}", n, ["thousands:n_persons"]
        return n, n, []
    if src.source == UNOCC.source:
        return n, n, []
    if n >= 1000 and src.source in (EUCAP.source, UNVMC.source):
        sep = "\u00a0" if src.source == EUCAP.source and r < 0.5 else " "
        sep = "." if src.source == UNVMC.source else sep
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    return str(n), n, []


def _suspects(src: Blind212Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of suspects."""
    r = rng.random()
    if src.source == UNOCC.source:
        if r < 0.05:
            return None, None, ["blank_n_suspects"]
        return n, n, []
    if r < 0.04:
        if src.count_unknown:
            return choice(rng, src.count_unknown), None, ["suspects_placeholder"]
        return None, None, ["blank_n_suspects"]
    if n == 0 and src.zero_words and rng.random() < 0.6:
        return choice(rng, src.zero_words), 0, ["zero_word"]
    return (n if src.format == "xlsx" else str(n)), n, []


def _noise(src: Blind212Source, text: str, rng: _Rng, col: str) -> tuple[str, list[str]]:
    """Hand-typed sheets: a trailing space or lower case now and then."""
    if src.source not in (EUCAP.source, UNVMC.source) or rng.random() >= 0.03:
        return text, []
    return (text + " " if rng.random() < 0.5 else text.lower()), [f"case:{col}"]


def _render(
    src: Blind212Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"], t = _noise(src, _word(rng, src.crime[crime]), rng, "crime_type")
    tags += t
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        cells["exploitation"], exp["exploitation"] = choice(rng, src.not_known), "unknown"
        tags.append("na_word:exploitation")
    else:
        cells["exploitation"], t = _noise(
            src, _word(rng, src.exploitation[str(expl)]), rng, "exploitation"
        )
        exp["exploitation"] = str(expl)
        tags += t

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _count(src, n, rng, placeholders=True)
    tags += t
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, k, rng)
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        blank_word = src.source in (EUFOR.source, UNOCC.source) and forced_blank != "gender"
        cells["gender"] = choice(rng, src.not_known) if blank_word else None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], t = _noise(src, _word(rng, src.gender[gender]), rng, "gender")
        exp["gender"] = gender
        tags += t

    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.not_known), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], t = _noise(src, _word(rng, words[value]), rng, col)
            exp[col] = value
            tags += t

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None or forced_blank == col:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        if col in ("nationality", "origin_country") and rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.not_known), None
            tags.append("blank_nationality" if col == "nationality" else f"na_word:{col}")
            continue
        text, t = _country(src, str(iso), rng, col)
        cells[col], t2 = _noise(src, text, rng, col)
        exp[col] = str(iso)
        tags += t + t2

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        cells["transit_countries"], t = _transit(src, str(transit), rng)
        exp["transit_countries"] = str(transit)
        tags += t

    if forced_blank == "coordinates":
        blank: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        cells.update(blank)
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        tags += t

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        said = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(said)
        exp["linked_offences"] = str(offences)

    if "armed_actor" in src.headers:  # the mission's own column: who controls the crossing
        cells["armed_actor"] = choice(
            rng, ("EGC (Clan del Golfo)", "EGC", "AGC - cobro por persona", "Sin información")
        )
    return cells, exp, tags


#: The ``blind212`` variant: who reports which event, and how each source writes.
BLIND212: Examiner[Blind212Source] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": PANEL.source,
        "ESP": EUCAP.source,
        "PAN": UNVMC.source,
        "HRV": EUFOR.source,
    },
    compilation=UNOCC.source,
    secondary={
        ("cmed", "ITA"): UNOCC.source,
        ("thb_nga_ita", "ITA"): UNOCC.source,
        ("watl", "ESP"): UNOCC.source,
        ("wmed", "ESP"): UNOCC.source,
        ("wbal", "HRV"): UNOCC.source,
        ("darien", "PAN"): UNOCC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=212,
    blank_share=0.3,
)


def make_blind212(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind212`` set: five missions' incident logs.

    The UN Panel of Experts on Libya reports the events detected in Italy, EUCAP Sahel
    Mali those in Spain, the UN Verification Mission in Colombia those in Panama, EUFOR
    Althea those in Croatia; the UN Operations and Crisis Centre compiles every other
    event and reports some of the missions' events a second time. See the module
    docstring for how each one writes.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``unpoe_libya_hf.xlsx``, ``eucap_sahel_mali_hf.csv``, ``unvmc_colombia_hf.csv``,
        ``eufor_althea_hf.csv`` and ``unocc_hf.jsonl``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind212(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['unpoe_libya_hf.xlsx', 'eucap_sahel_mali_hf.csv', 'unvmc_colombia_hf.csv',
     'eufor_althea_hf.csv', 'unocc_hf.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', ';'), ('utf-16', '\t')]
    >>> subs[3].frame.columns[:3].tolist()
    ['SERIAL', 'DTG', 'EVENT TYPE']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(BLIND212, truth, seed=seed)
