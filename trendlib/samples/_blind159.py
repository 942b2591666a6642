"""Examiner sample set ``blind159`` (files ``*_fe.*``): five desks around Hungary, Romania, Serbia.

Written by an examiner who never saw the cleaner, on the shared machinery of
:mod:`trendlib.samples._examiner`. The five desks sit around the Schengen borders of
Hungary, Romania and Serbia and report the truth's events the way their own registers
hold them:

``tok_srbija_fe.xlsx``
    Serbian Prosecutor's Office for Organised Crime (Tužilaštvo za organizovani
    kriminal, Belgrade), English register kept for joint investigation teams. XLSX;
    real Excel dates, a few typed the Serbian way (``17.05.2023.``) or left as serial
    numbers; offences by article of the Serbian Criminal Code (Art. 350 smuggling,
    Art. 388 trafficking); the country's formal names (``Republic of Croatia``,
    ``Syrian Arab Republic``, ``BiH``); routes joined by `` - ``; GPS points in
    degrees, minutes and seconds. First reports of the groups intercepted at the
    Croatian border (Bajakovo, Cetingrad) after being moved through Serbia.
``birn_balkan_fe.csv``
    Balkan Investigative Reporting Network's migration desk (Belgrade), English
    incident sheet exported from a shared spreadsheet: UTF-8, ``,``; dates
    ``17 May 2023`` (``May 2023`` for monthly round-ups); demonyms for nationality
    (``Afghan``); routes joined by `` > ``; decimal-dot coordinates in two columns;
    gender often left blank. First reports in Greece, second reports in Croatia.
``mri_budapest_fe.jsonl``
    Migration Research Institute (Migrációkutató Intézet, Budapest), English JSON lines
    of its worldwide incident monitor: ISO alpha-3 codes, some alpha-2, some names
    pasted from the English or (for Panama and the United States) the Latin American
    press, half of those garbled (UTF-8 read as cp1252: ``MÃ©xico``), transit and
    linked offences as JSON arrays, ISO dates with month (``2023-05``) and quarter
    (``2023-Q2``) figures, and ``null`` for what is not known. The compilation: every
    event no other desk reports first, and second reports on the Mediterranean and
    Channel routes.
``magistrat_liaison_bucarest_fe.csv``
    French liaison magistrate in Bucharest (ministère de la Justice), French follow-up
    table of French proceedings: cp1252, ``;``, CRLF; ``dd/mm/yyyy`` and
    ``courant mai 2023`` for facts dated to a month; nationality as the French adjective
    (``afghane``) or a country name, often in capitals; no coordinates. First reports
    in France, second reports in the United Kingdom.
``magistrado_enlace_ro_madrid_fe.csv``
    Romanian liaison magistrate in Madrid, Spanish follow-up table of Spanish
    proceedings (``DP 123/2023``) with a Romanian word in a header: UTF-8 with BOM,
    ``;`` (Spanish Excel); ``dd/mm/aaaa`` and ``mayo de 2023``; offences by article of
    the Spanish Penal Code (318 bis, 177 bis); Spanish names with some ISO alpha-2
    codes; thousands with ``.``; decimal-comma coordinates. First reports in Spain,
    second reports of Romanian victims in Italy.

Every cell a careful analyst cannot read is planted on purpose and said so in the
truth (placeholders, ``n/a`` words, blanks, bad rows).
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

__all__ = ["SOURCES", "make_blind159"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Country names, as each language writes them
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) names.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d’Ivoire", "Côte d’Ivoire", "Costa de Marfil"),
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
_LANG = {"en": 0, "fr": 1, "es": 2}

#: The formal names a Serbian prosecutor's register uses (and the region's ``BiH``).
_TOK_FORMAL: dict[str, tuple[str, ...]] = {
    "AFG": ("Islamic Republic of Afghanistan",),
    "SYR": ("Syrian Arab Republic",),
    "PAK": ("Islamic Republic of Pakistan",),
    "MAR": ("Kingdom of Morocco",),
    "TUR": ("Republic of Türkiye", "Türkiye"),
    "BGR": ("Republic of Bulgaria",),
    "SRB": ("Republic of Serbia",),
    "BIH": ("BiH", "B&H"),
    "MKD": ("Republic of North Macedonia", "N. Macedonia"),
    "GRC": ("Hellenic Republic",),
    "HRV": ("Republic of Croatia",),
    "DEU": ("Federal Republic of Germany", "FR Germany"),
    "AUT": ("Republic of Austria",),
    "ITA": ("Italian Republic",),
}
#: English demonyms (journalists write "Afghan" for the nationality).
_EN_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "MAR": "Moroccan",
    "TUR": "Turkish",
    "BGD": "Bangladeshi",
    "IRN": "Iranian",
    "ERI": "Eritrean",
    "ALB": "Albanian",
    "VNM": "Vietnamese",
}
#: French adjectives after "nationalité" (feminine, as a procès-verbal writes them).
_FR_DEMONYMS: dict[str, str] = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: Small slips of the keyboard a reader still reads without doubt.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanstan",
        "PAK": "Pakisatn",
        "SYR": "Syira",
        "MAR": "Morrocco",
        "IRQ": "Iraq ",
        "VEN": "Venezuella",
        "HND": "Hondouras",
        "GTM": "Guatamala",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythrée", "IRQ": "Irack", "IRN": "Irann"},
    "es": {"MAR": "Marrueco", "SEN": "Senegál", "MLI": "Mali", "DZA": "Algelia"},
}

# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A desk of this set: the shared fields plus its own wording.

    Attributes
    ----------
    style : str
        Which writer of dates, countries and coordinates the desk uses
        (``"tok"``, ``"birn"``, ``"mri"``, ``"fr"``, ``"es"``).
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the desk's spellings.
    transit_sep, offence_sep : str
        Separators of its transit countries and linked offences.
    zero : tuple of str
        Words it writes for no suspect (empty: it writes ``0``).
    no_count, no_suspects, na_age : tuple of str
        Words for a count, a number of suspects or an age group it does not know.
    """

    style: str
    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    transit_sep: str
    offence_sep: str
    zero: tuple[str, ...]
    no_count: tuple[str, ...]
    no_suspects: tuple[str, ...]
    na_age: tuple[str, ...]


TOK = Desk(
    source="tok_srbija_fe",
    filename="tok_srbija_fe.xlsx",
    ref="KTO {seq}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case No. (KTO)",
        "event_date": "Date of offence",
        "crime_type": "Criminal offence",
        "exploitation": "Purpose of exploitation",
        "n_persons": "No. of persons smuggled / victims",
        "n_suspects": "No. of defendants",
        "gender": "Sex of persons",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where detected",
        "transit_countries": "Route (countries of transit)",
        "transport_mode": "Means of transport",
        "coordinates": "GPS location",
        "linked_offences": "Related criminal offences",
    },
    note="Note: extract from the case management system, proceedings ongoing",
    total="TOTAL",
    bad_count=("several", "group of migrants"),
    repeats=False,
    style="tok",
    crime={
        "smuggling": (
            "Illegal crossing of state border and smuggling of people (Art. 350 CC)",
            "Art. 350 CC - people smuggling",
        ),
        "trafficking": ("Trafficking in human beings (Art. 388 CC)", "Art. 388 CC - THB"),
        "both": ("Art. 350 and Art. 388 CC", "People smuggling / THB (Arts. 350, 388 CC)"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced commission of criminal offences",),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("M",), "female": ("F",), "mixed": ("M/F", "M+F")},
    age={
        "adult": ("adults", "adult"),
        "child": ("minors", "minor"),
        "mixed": ("adults and minors",),
    },
    mode={
        "land": ("van", "truck", "passenger car", "on foot", "freight train"),
        "sea": ("boat",),
        "air": ("aircraft",),
    },
    offences={
        "document_fraud": ("forgery of documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    transit_sep=" - ",
    offence_sep="; ",
    zero=("none",),
    no_count=("unknown",),
    no_suspects=("unidentified",),
    na_age=(),
)

BIRN = Desk(
    source="birn_balkan_fe",
    filename="birn_balkan_fe.csv",
    ref="BIRN-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "ID",
        "event_date": "Date",
        "crime_type": "Type",
        "exploitation": "Exploitation",
        "n_persons": "People",
        "n_suspects": "Suspects arrested",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Heading to",
        "detection_country": "Country",
        "transit_countries": "Route",
        "transport_mode": "Means",
        "lat": "Lat",
        "lon": "Lng",
        "linked_offences": "Other offences",
    },
    note="Note: compiled from police statements and media reports, not official statistics",
    total="Total",
    bad_count=("dozens", "a group"),
    repeats=True,
    style="birn",
    crime={
        "smuggling": ("smuggling", "people smuggling"),
        "trafficking": ("trafficking",),
        "both": ("smuggling & trafficking",),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("men",), "female": ("women",), "mixed": ("men and women",)},
    age={
        "adult": ("adults",),
        "child": ("children",),
        "mixed": ("adults and children", "families"),
    },
    mode={
        "land": ("on foot", "car", "truck", "van"),
        "sea": ("boat", "dinghy"),
        "air": ("plane",),
    },
    offences={
        "document_fraud": ("fake documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    transit_sep=" > ",
    offence_sep=", ",
    zero=("none",),
    no_count=("not reported",),
    no_suspects=(),
    na_age=("n/a",),
)

MRI = Desk(
    source="mri_budapest_fe",
    filename="mri_budapest_fe.jsonl",
    ref="MRI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "reporting_country",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several hundred"),
    repeats=True,
    style="mri",
    crime={
        "smuggling": ("migrant smuggling",),
        "trafficking": ("human trafficking",),
        "both": ("smuggling+trafficking",),
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
    age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    mode={"land": ("land",), "sea": ("sea",), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    transit_sep="",
    offence_sep="",
    zero=(),
    no_count=(),
    no_suspects=(),
    na_age=("not recorded",),
)

MAGISTRAT = Desk(
    source="magistrat_liaison_bucarest_fe",
    filename="magistrat_liaison_bucarest_fe.csv",
    ref="PQ {yy:02d}.{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° parquet",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "linked_offences": "Infractions connexes",
    },
    note="NB : tableau de suivi provisoire, procédures en cours",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    style="fr",
    crime={
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers en bande organisée",
            "aide à l'entrée irrégulière",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH et aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "conditions de travail indignes"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={"male": ("masculin", "H"), "female": ("féminin", "F"), "mixed": ("mixte", "H/F")},
    age={
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    mode={
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("poids lourd", "véhicule léger", "à pied"),
        "air": ("voie aérienne",),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    transit_sep=", ",
    offence_sep=", ",
    zero=("aucun", "néant"),
    no_count=("non déterminé",),
    no_suspects=("non identifiés",),
    na_age=(),
)

MAGISTRADO = Desk(
    source="magistrado_enlace_ro_madrid_fe",
    filename="magistrado_enlace_ro_madrid_fe.csv",
    ref="DP {seq}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nr. dosar / DP",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de sentencia firme",
    total="TOTAL GENERAL",
    bad_count=("varios", "decenas"),
    repeats=False,
    style="es",
    crime={
        "smuggling": ("Art. 318 bis CP", "favorecimiento de la inmigración ilegal (318 bis)"),
        "trafficking": ("Art. 177 bis CP", "trata de seres humanos (177 bis)"),
        "both": ("Arts. 177 bis y 318 bis CP",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={"male": ("varones",), "female": ("mujeres",), "mixed": ("ambos sexos",)},
    age={"adult": ("adultos",), "child": ("menores",), "mixed": ("adultos y menores",)},
    mode={
        "sea": ("patera", "cayuco", "neumática"),
        "land": ("a pie", "vehículo", "camión"),
        "air": ("vía aérea", "avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    transit_sep=" / ",
    offence_sep=", ",
    zero=("ninguno",),
    no_count=("sin determinar",),
    no_suspects=("sin identificar",),
    na_age=("no consta",),
)

#: The five desks, in the order :func:`make_blind159` returns their submissions.
SOURCES: tuple[Desk, ...] = (TOK, BIRN, MRI, MAGISTRAT, MAGISTRADO)

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


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _day_text(src: Desk, ts: pd.Timestamp, day: int, month: int, year: int) -> str:
    """Write a (possibly impossible) day the desk's way."""
    if src.style == "tok":
        return f"{day:02d}.{month:02d}.{year}."
    if src.style == "birn":
        return f"{day} {MONTHS[month - 1]} {year}"
    if src.style == "mri":
        return f"{year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{year}"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's date."""
    r = rng.random()
    month_start = ts.to_period("M").to_timestamp()
    if src.style == "tok":
        if r < 0.12:
            tags.append("date_text_dotted")
            return _day_text(src, ts, ts.day, ts.month, ts.year), ts, "day"
        if r < 0.2:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if partial_ok and r < 0.09:
        tags.append("month_only")
        if src.style == "birn":
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
        if src.style == "mri":
            return f"{ts.year}-{ts.month:02d}", month_start, "month"
        if src.style == "fr":
            return f"courant {_FR_MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
        return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", month_start, "month"
    if src.style == "mri" and partial_ok and r < 0.16:
        tags.append("quarter_only")
        return f"{ts.year}-Q{ts.quarter}", ts.to_period("Q").to_timestamp(), "quarter"
    return _day_text(src, ts, ts.day, ts.month, ts.year), ts, "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no reader can use: blank, impossible or (a slip of the year) future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = pd.Timestamp(ts + pd.DateOffset(years=10))  # 2023 typed as 2033
        return later.to_pydatetime() if src.style == "tok" else _day_text(src, later, *_dmy(later))
    day, month = ((30, 2), (31, 4), (31, 6), (31, 9), (31, 11))[int(rng.integers(5))]
    return _day_text(src, ts, day, month, ts.year)


def _dmy(ts: pd.Timestamp) -> tuple[int, int, int]:
    return ts.day, ts.month, ts.year


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the day of the extract)."""
    day = last + pd.Timedelta(days=3)
    if src.style == "tok":
        return day.to_pydatetime()
    return _day_text(src, day, *_dmy(day))


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


def _country(
    src: Desk, code: str, rng: _Rng, *, nationality: bool = False, press: str = "en"
) -> tuple[str, str]:
    """Write one country the desk's way; return (cell, tag).

    ``press`` is the language of the press reports the monitor pastes names from.
    """
    r = rng.random()
    lang = src.language
    typo = _TYPOS[lang].get(code)
    if src.style == "tok":
        formal = _TOK_FORMAL.get(code)
        if formal and r < 0.25:
            return choice(rng, formal), "formal_name"
        if 0.25 <= r < 0.3:
            return _name(code, lang).upper(), "upper"
        if typo and 0.3 <= r < 0.34:
            return typo, "typo"
        return _name(code, lang), ""
    if src.style == "birn":
        if nationality and code in _EN_DEMONYMS:
            if r < 0.55:
                return _EN_DEMONYMS[code], "demonym"
            r = (r - 0.55) / 0.45  # the rest: a country name, as below
        if r < 0.1:
            return _name(code, lang).lower(), "lower"
        if typo and r < 0.14:
            return typo, "typo"
        return _name(code, lang), ""
    if src.style == "mri":
        if r < 0.06:
            return iso_codes(code)[0], "iso2"
        if r < 0.14:  # a name pasted from the press, garbled half the time
            name = _name(code, press)
            garbled = mojibake(name) if r < 0.1 else None
            if garbled is not None:
                return garbled, "mojibake"
            return name, "name"
        return code, "iso3"
    if src.style == "fr":
        if nationality and code in _FR_DEMONYMS and r < 0.5:
            word = _FR_DEMONYMS[code]
            return (word.upper(), "demonym_upper") if r < 0.2 else (word, "demonym")
        if nationality and code in _FR_DEMONYMS:
            r = (r - 0.5) / 0.5  # the other half: a country name, as below
        if r < 0.35:
            return _name(code, lang).upper(), "upper"
        if typo and r < 0.39:
            return typo, "typo"
        return _name(code, lang), ""
    # es
    if r < 0.1:
        return iso_codes(code)[0], "iso2"
    if r < 0.17:
        return _name(code, lang).upper(), "upper"
    if r < 0.2:
        return f" {_name(code, lang)} ", "spaces"
    if typo and r < 0.23:
        return typo, "typo"
    return _name(code, lang), ""


def _count(src: Desk, n: int) -> tuple[object, str]:
    """Write a count of persons with the desk's thousands separator."""
    if src.format != "csv":
        return n, ""
    if n < 1000:
        return str(n), ""
    sep = {"birn": ",", "fr": "\u00a0", "es": "."}[src.style]
    return f"{n // 1000}{sep}{n % 1000:03d}", "thousands_sep"


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (0.1 s) and the value they read back as."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _coordinates(
    src: Desk, lat: float, lon: float, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    r = rng.random()
    if src.style == "fr":  # a proceedings table holds no coordinates
        tags.append("coords_missing")
        return {}, None, None
    if src.style == "tok":
        if partial_ok and r < 0.03:
            tags.append("coords_placeholder")
            return {"coordinates": "n/a"}, None, None
        la, lat_back = _dms(lat, "N", "S")
        lo, lon_back = _dms(lon, "E", "W")
        tags.append("coords_dms")
        return {"coordinates": f"{la} {lo}"}, lat_back, lon_back
    if src.style == "birn":
        if partial_ok and r < 0.08:
            tags.append("coords_missing")
            return {}, None, None
        la5, lo5 = round(lat, 5), round(lon, 5)
        return {"lat": f"{la5:.5f}", "lon": f"{lo5:.5f}"}, la5, lo5
    if src.style == "mri":
        if partial_ok and r < 0.06:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la3, lo3 = round(lat, 3), round(lon, 3)
        return {"lat": la3, "lon": lo3}, la3, lo3
    # es: decimal comma, four decimals
    if partial_ok and r < 0.04:
        tags.append("coords_placeholder")
        return {"lat": "sin datos", "lon": "sin datos"}, None, None
    la4, lo4 = round(lat, 4), round(lon, 4)
    tags.append("decimal_comma")
    return (
        {"lat": f"{la4:.4f}".replace(".", ","), "lon": f"{lo4:.4f}".replace(".", ",")},
        la4,
        lo4,
    )


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        if src.style == "fr" and rng.random() < 0.3:
            cells["exploitation"] = "sans objet"  # "not applicable": pure smuggling
            tags.append("na_exploitation")
        else:
            cells["exploitation"] = None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and src.style != "mri" and rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.no_count)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif partial_ok and src.style == "mri" and rng.random() < 0.025:
        cells["n_persons"] = None  # the monitor writes null for a figure not given
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, n)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)

    # suspects
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp["n_suspects"] = s
    r = rng.random()
    if partial_ok and src.no_suspects and r < 0.04:
        cells["n_suspects"] = choice(rng, src.no_suspects)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif partial_ok and src.style in ("birn", "mri") and r < 0.1:
        cells["n_suspects"] = None  # no arrest figure in the report
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif s == 0 and src.zero and rng.random() < 0.6:
        cells["n_suspects"] = choice(rng, src.zero)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = s if src.format != "csv" else str(s)

    # gender and age
    gender = str(ev["gender"])
    if src.style == "birn" and partial_ok and rng.random() < 0.2:
        cells["gender"] = None  # journalists often give no gender
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[gender])
        exp["gender"] = gender
    age = str(ev["age_group"])
    if src.na_age and partial_ok and rng.random() < 0.04:
        cells["age_group"] = choice(rng, src.na_age)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, src.age[age])
        exp["age_group"] = age

    # countries (the monitor reads the Americas in the Latin American press)
    press = "es" if ev["detection_country"] in ("PAN", "USA") else "en"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        cells[col], tag = _country(src, code, rng, nationality=col == "nationality", press=press)
        exp[col] = code
        if tag:
            tags.append(f"{col}_{tag}")
    if src.style == "mri" and partial_ok and rng.random() < 0.02:
        cells["nationality"] = "unknown"
        exp["nationality"] = None
        tags.append("blank_nationality")
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = [] if src.style == "mri" else None
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        if src.style == "mri":
            cells["transit_countries"] = list(codes)
            tags.append("transit_array")
        else:
            parts = [_country(src, c, rng)[0].strip() for c in codes]
            cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    # transport
    mode = str(ev["transport_mode"])
    if src.style == "mri" and partial_ok and rng.random() < 0.03:
        cells["transport_mode"] = "n/a"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, src.mode[mode])
        exp["transport_mode"] = mode

    # place
    place, exp["lat"], exp["lon"] = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        partial_ok,
        tags,
    )
    cells.update(place)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = [] if src.style == "mri" else None
        exp["linked_offences"] = None
    else:
        words = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = words if src.style == "mri" else src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    if forced_blank is not None:
        _blank(src, forced_blank, cells, exp, tags)
    return cells, exp, tags


def _blank(
    src: Desk, field: str, cells: dict[str, object], exp: dict[str, object], tags: list[str]
) -> None:
    """Leave blank the field a second report does not give."""
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in src.headers:
                cells[key] = None
        exp["lat"] = exp["lon"] = None
    else:
        cells[field] = None
        exp[field] = "unknown" if field == "gender" else None
    tags.append(f"blank_{field}")


EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "HRV": TOK.source,
        "GRC": BIRN.source,
        "FRA": MAGISTRAT.source,
        "ESP": MAGISTRADO.source,
    },
    compilation=MRI.source,
    secondary={
        ("wbal", "HRV"): BIRN.source,
        ("emed", "GRC"): MRI.source,
        ("channel", "FRA"): MRI.source,
        ("channel", "GBR"): MAGISTRAT.source,
        ("thb_vnm_gbr", "GBR"): MAGISTRAT.source,
        ("wmed", "ESP"): MRI.source,
        ("watl", "ESP"): MRI.source,
        ("thb_rou_esp", "ESP"): MRI.source,
        ("thb_rou_esp", "ITA"): MAGISTRADO.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=159_2207,
    blank_share=0.3,
)


def make_blind159(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind159`` desks' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``tok_srbija_fe.xlsx`` (English), ``birn_balkan_fe.csv`` (English, UTF-8, ``,``),
        ``mri_budapest_fe.jsonl`` (English keys), ``magistrat_liaison_bucarest_fe.csv``
        (French, cp1252, ``;``) and ``magistrado_enlace_ro_madrid_fe.csv`` (Spanish,
        UTF-8 with BOM, ``;``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind159(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['tok_srbija_fe.xlsx', 'birn_balkan_fe.csv', 'mri_budapest_fe.jsonl',
     'magistrat_liaison_bucarest_fe.csv', 'magistrado_enlace_ro_madrid_fe.csv']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[3].frame.columns[:3].tolist()
    ['N° parquet', 'Date des faits', 'Qualification pénale']
    """
    return make_examined(EXAMINER, truth, seed=seed)
