"""Examiner sample set ``blind179`` (files ``*_fy.*``): German and Austrian interior desks.

Five desks of the German and Austrian interior and their liaison officers abroad.

The five sources look at the routes that end at the southern borders of Germany and Austria
(Bavaria's border with Austria, the Brenner, the Balkan route) and at the partners that
detect the migrants first. None of them detects on its own soil: each keeps a table of the
detections its partners pass on, written in its own working language and with its own tools.

``dbgp_passau_fy.csv``
    Direktion der Bayerischen Grenzpolizei (Passau), forward situation picture of the Balkan
    and eastern routes, kept in English for the partners but typed on German Excel: cp1252,
    ``;``, ``17.05.2023`` (a few Excel serials), decimal commas, German legal references
    (``Sec. 96 AufenthG``, ``Sec. 232a StGB``), German country names slipping in, ``ca. 40``
    for approximate counts, ISO alpha-3 routes joined by ``-``. Re-sends some rows.
``bmi_ekc_wien_fy.jsonl``
    Austrian Federal Ministry of the Interior, Einsatz- und Koordinationscenter (the 24/7
    operations centre), international incident log of Mediterranean arrivals: JSON lines
    from a web tool, English keys, ``2023-05-17 14:05`` local times, ISO alpha-3 and alpha-2
    codes from drop-down lists, transit routes as JSON arrays, ``XXX`` (ICAO: unspecified)
    for an unknown nationality, null for what is not known. Logs some incidents twice.
``at_attache_paris_fy.xlsx``
    Austrian police attaché at the embassy in Paris, Channel crossings and the Vietnamese
    forced-labour cases passed on by the French border police: French, Excel date cells
    with a few typed dates, ``mai 2023`` and ``T2 2023``, ``AESI`` and ``TEH``, ``MNA`` for
    unaccompanied minors, ``aucun`` suspect, CROSS positions in degrees and decimal minutes
    (``50°57,123'N 001°51,456'E``); a share of rows pasted from a partner's UTF-8 export
    read as cp1252 (mojibake).
``at_agregado_madrid_fy.csv``
    Austrian police attaché in Madrid, arrivals and trafficking cases passed on by the
    Spanish police and Guardia Civil: Spanish, saved by Excel as Unicode text (UTF-16, tab),
    ``17/05/2023``, ``mayo 2023``, ``2º trimestre 2023``, ``art. 318 bis CP``, ``patera`` and
    ``cayuco``, ``H``/``M`` for hombre/mujer, ``MENA``, ``subsahariano`` for a nationality
    not established, ``1.234`` thousands, DMS positions typed as ``28º07'15''N``.
``bfa_staatendokumentation_fy.xlsx``
    Austrian Federal Office for Immigration and Asylum, country-of-origin information unit
    (Staatendokumentation), open-source incident compilation of the Americas and of what the
    other desks do not cover: English, Excel dates with typed ``17 May 2023``, ``May 2023``
    and ``Q2 2023``, ``1,200`` written as text, small counts in words copied from press
    reports (``three``), aliases (``Ivory Coast``, ``U.S.``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind179"]

_Rng = np.random.Generator
Cells = dict[str, object]
Rendered = tuple[Cells, Cells, list[str]]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_DBGP = ExaminerSource(
    source="dbgp_passau",
    filename="dbgp_passau_fy.csv",
    ref="DBGP-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "File ref. (Az.)",
        "event_date": "Date of interception",
        "detection_country": "State of interception",
        "crime_type": "Offence (legal basis)",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Persons apprehended",
        "n_suspects": "Facilitators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Main nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit states)",
        "destination_country": "Intended destination",
        "transport_mode": "Means of transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Accompanying offences",
    },
    note="Note: provisional figures (Stand), partner data not verified",
    total="Total (Summe)",
    bad_count=("several", "mehrere", "group"),
    repeats=True,
)
_EKC = ExaminerSource(
    source="bmi_ekc_wien",
    filename="bmi_ekc_wien_fy.jsonl",
    ref="EKC/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ekc_ref",
        "event_date": "incident_time_local",
        "detection_country": "reporting_country",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_total",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "main_nationality",
        "origin_country": "origin",
        "transit_countries": "route_via",
        "destination_country": "destination",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("multiple", "group of migrants", "tbc"),
    repeats=True,
)
_PARIS = ExaminerSource(
    source="at_attache_paris",
    filename="at_attache_paris_fy.xlsx",
    ref="ATT-PAR-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de passage",
        "coordinates": "Position (CROSS)",
        "linked_offences": "Infractions connexes",
    },
    note="Source : DCPAF / DZPAF Nord, données provisoires transmises par l'attaché",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
_MADRID = ExaminerSource(
    source="at_agregado_madrid",
    filename="at_agregado_madrid_fy.csv",
    ref="AGR-MAD {seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Ref.",
        "event_date": "Fecha",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por la CGEF y la Guardia Civil",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
)
_BFA = ExaminerSource(
    source="bfa_staatendokumentation",
    filename="bfa_staatendokumentation_fy.xlsx",
    ref="STD-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ID",
        "event_date": "Date of incident",
        "crime_type": "Type",
        "exploitation": "Form of exploitation",
        "n_persons": "Number of persons",
        "n_suspects": "Number of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "detection_country": "Country of incident",
        "transport_mode": "Mode of travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related offences",
    },
    note="Note: compiled from open sources; not official statistics",
    total="Total",
    bad_count=("dozens", "several", "hundreds"),
    repeats=False,
)
#: The variant's sources, in the order :func:`make_blind179` returns their submissions.
SOURCES: tuple[ExaminerSource, ...] = (_DBGP, _EKC, _PARIS, _MADRID, _BFA)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
# German names a Bavarian clerk types into the English table now and then.
_DE_NAMES: dict[str, str] = {
    "AFG": "Afghanistan",
    "ALB": "Albanien",
    "AUT": "Österreich",
    "BGD": "Bangladesch",
    "BGR": "Bulgarien",
    "BIH": "Bosnien und Herzegowina",
    "BLR": "Weißrussland",
    "CMR": "Kamerun",
    "DEU": "Deutschland",
    "DZA": "Algerien",
    "EGY": "Ägypten",
    "GRC": "Griechenland",
    "HRV": "Kroatien",
    "HUN": "Ungarn",
    "IRN": "Iran",
    "IRQ": "Irak",
    "ITA": "Italien",
    "MAR": "Marokko",
    "MKD": "Nordmazedonien",
    "PAK": "Pakistan",
    "POL": "Polen",
    "RUS": "Russland",
    "SRB": "Serbien",
    "SYR": "Syrien",
    "TUR": "Türkei",
    "YEM": "Jemen",
}
# Spanish forms besides the usual name.
_ES_ALIASES: dict[str, tuple[str, ...]] = {
    "GIN": ("Guinea Conakry", "Guinea-Conakry"),
    "ROU": ("Rumania",),
    "MLI": ("Mali",),
    "CIV": ("Costa de Marfil",),
    "MAR": ("Marruecos",),
}
# Nationality words of the Spanish reports that name a region, not a country.
_ES_REGION = {
    "SEN": "subsahariano",
    "MLI": "subsahariano",
    "GIN": "subsahariano",
    "GMB": "subsahariano",
    "CIV": "subsahariano",
    "MAR": "magrebí",
    "DZA": "magrebí",
}
_FR_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("Grande-Bretagne", "Angleterre"),
    "VNM": ("Vietnam",),
    "SYR": ("Syrie",),
}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "dbgp_passau": {
        "smuggling": (
            "Smuggling (Sec. 96 AufenthG)",
            "Smuggling of foreigners",
            "Aggravated smuggling (Sec. 97 AufenthG)",
        ),
        "trafficking": ("THB (Sec. 232 StGB)", "Human trafficking"),
        "both": ("Smuggling + THB", "Sec. 96 AufenthG / Sec. 232 StGB"),
    },
    "bmi_ekc_wien": {
        "smuggling": ("migrant smuggling",),
        "trafficking": ("trafficking in human beings",),
        "both": ("THB/smuggling",),
    },
    "at_attache_paris": {
        "smuggling": ("AESI", "aide à l'entrée et au séjour irréguliers", "trafic de migrants"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH / AESI", "traite et aide à l'entrée irrégulière"),
    },
    "at_agregado_madrid": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
            "Art. 318 bis CP",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH"),
        "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
    },
    "bfa_staatendokumentation": {
        "smuggling": ("smuggling", "people smuggling"),
        "trafficking": ("human trafficking", "trafficking"),
        "both": ("trafficking/smuggling", "smuggling and trafficking"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "dbgp_passau": {
        "sexual": ("forced prostitution (Sec. 232a StGB)", "sexual exploitation"),
        "forced_labour": ("forced labour (Sec. 232b StGB)", "labour exploitation (Sec. 233)"),
        "forced_criminality": ("exploitation of criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "bmi_ekc_wien": {
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "at_attache_paris": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "at_agregado_madrid": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "bfa_staatendokumentation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "dbgp_passau": {"male": ("male", "m"), "female": ("female", "f"), "mixed": ("m/f", "mixed")},
    "bmi_ekc_wien": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    "at_attache_paris": {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F"),
    },
    "at_agregado_madrid": {
        "male": ("varones", "hombres", "H"),
        "female": ("mujeres", "M"),
        "mixed": ("mixto", "hombres y mujeres", "H/M"),
    },
    "bfa_staatendokumentation": {
        "male": ("male", "men"),
        "female": ("female", "women"),
        "mixed": ("mixed", "men and women"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "dbgp_passau": {"adult": ("adult",), "child": ("minor",), "mixed": ("adults + minors",)},
    "bmi_ekc_wien": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    "at_attache_paris": {
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    "at_agregado_madrid": {
        "adult": ("adultos",),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
    },
    "bfa_staatendokumentation": {
        "adult": ("adults",),
        "child": ("children", "minors"),
        "mixed": ("adults and children",),
    },
}
# (source, corridor or "*", mode) -> words; the corridor's own words first.
_TRANSPORT: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("dbgp_passau", "*", "land"): ("on foot", "car", "van", "HGV", "train"),
    ("dbgp_passau", "*", "sea"): ("boat", "rubber boat"),
    ("dbgp_passau", "*", "air"): ("flight",),
    ("bmi_ekc_wien", "*", "sea"): ("sea",),
    ("bmi_ekc_wien", "*", "land"): ("land",),
    ("bmi_ekc_wien", "*", "air"): ("air",),
    ("at_attache_paris", "channel", "sea"): ("small boat", "embarcation pneumatique"),
    ("at_attache_paris", "channel", "land"): ("poids lourd", "camion", "navette Eurotunnel"),
    ("at_attache_paris", "*", "sea"): ("ferry", "bateau"),
    ("at_attache_paris", "*", "land"): ("camion", "véhicule léger"),
    ("at_attache_paris", "*", "air"): ("avion", "aérien"),
    ("at_agregado_madrid", "watl", "sea"): ("cayuco",),
    ("at_agregado_madrid", "wmed", "sea"): ("patera", "neumática", "moto de agua"),
    ("at_agregado_madrid", "wmed", "land"): ("salto de valla", "a pie", "oculto en vehículo"),
    ("at_agregado_madrid", "*", "sea"): ("embarcación",),
    ("at_agregado_madrid", "*", "land"): ("terrestre", "autobús", "vehículo"),
    ("at_agregado_madrid", "*", "air"): ("avión", "aéreo"),
    ("bfa_staatendokumentation", "darien", "land"): ("on foot", "overland"),
    ("bfa_staatendokumentation", "us_mex", "land"): ("on foot", "vehicle", "tractor-trailer"),
    ("bfa_staatendokumentation", "*", "sea"): ("boat", "sea"),
    ("bfa_staatendokumentation", "*", "land"): ("overland", "truck"),
    ("bfa_staatendokumentation", "*", "air"): ("air", "flight"),
}
_OFFENCES: dict[str, tuple[dict[str, tuple[str, ...]], str]] = {
    "dbgp_passau": (
        {
            "document_fraud": ("forgery of documents (Sec. 267 StGB)", "false documents"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("narcotics",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        " + ",
    ),
    "bmi_ekc_wien": (
        {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        "; ",
    ),
    "at_attache_paris": (
        {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        ", ",
    ),
    "at_agregado_madrid": (
        {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        " / ",
    ),
    "bfa_staatendokumentation": (
        {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        ", ",
    ),
}
# What a clerk writes when a value is not known.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "dbgp_passau": ("unk.", "n.k.", "unknown"),
    "bmi_ekc_wien": ("unknown",),
    "at_attache_paris": ("inconnu", "NC", "non renseigné"),
    "at_agregado_madrid": ("desconocido", "s/d", "sin datos"),
    "bfa_staatendokumentation": ("unknown", "n/a", "not reported"),
}
_ZERO = {"at_attache_paris": ("aucun",), "at_agregado_madrid": ("ninguno",)}
_NO_TRANSIT = {"at_agregado_madrid": "directo", "bfa_staatendokumentation": "direct"}
_ES_QUARTER = ("1er", "2º", "3er", "4º")
_EN_NUMBERS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: ExaminerSource, iso: str, rng: _Rng, col: str) -> tuple[str, str | None]:
    """Write a country the source's way; return (cell, tag of the form or None)."""
    row = COUNTRIES[iso]
    en, fr, es, aliases, typo = row[1], row[2], row[3], row[4], row[5]
    r = rng.random()
    name = src.source
    if name == "dbgp_passau":
        if r < 0.10:
            return iso, "iso3"
        if r < 0.22 and iso in _DE_NAMES:
            return _DE_NAMES[iso], "german_name"
        if r < 0.25:
            return typo, "typo"
        if r < 0.29:
            return en.upper(), "case"
        return en, None
    if name == "bmi_ekc_wien":
        if col == "detection_country":
            return row[0], "iso2"
        if col == "destination_country":
            if r < 0.5:
                return en, None
            return (row[0], "iso2") if r < 0.9 else (en.lower(), "case")
        if r < 0.93:
            return iso, "iso3"
        return en, None
    if name == "at_attache_paris":
        if r < 0.12:
            return iso, "iso3"
        if r < 0.18 and iso in _FR_ALIASES:
            forms = _FR_ALIASES[iso]
            if col != "destination_country":  # "Angleterre" only as a destination
                forms = tuple(f for f in forms if f != "Angleterre")
            return choice(rng, forms), "alias"
        if r < 0.22:
            return fr.upper(), "case"
        return fr, None
    if name == "at_agregado_madrid":
        if r < 0.06:
            return iso, "iso3"
        if r < 0.14 and iso in _ES_ALIASES:
            return choice(rng, _ES_ALIASES[iso]), "alias"
        if r < 0.17:
            return f"{es} ", "spacing"
        if r < 0.20:
            return es.upper(), "case"
        return es, None
    # bfa_staatendokumentation: no outdated names ("Persia") in a current compilation
    aliases = tuple(a for a in aliases if a != "Persia")
    if r < 0.12 and aliases:
        return aliases[int(rng.integers(len(aliases)))], "alias"
    if r < 0.16:
        return typo, "typo"
    return en, None


def _transit(src: ExaminerSource, value: str | None, rng: _Rng) -> tuple[object, str | None]:
    """Write a transit list (``A|B`` codes) in order, with the source's separator."""
    if value is None:
        word = _NO_TRANSIT.get(src.source)
        if word is not None and rng.random() < 0.5:
            return word, "no_transit_word"
        return None, None
    codes = value.split("|")
    name = src.source
    if name == "dbgp_passau":
        if rng.random() < 0.7:
            return "-".join(codes), "iso3_list"
        return ", ".join(COUNTRIES[c][1] for c in codes), None
    if name == "bmi_ekc_wien":
        return list(codes), "json_array"
    if name == "at_attache_paris":
        return " / ".join(COUNTRIES[c][2] for c in codes), None
    if name == "at_agregado_madrid":
        return ", ".join(COUNTRIES[c][3] for c in codes), None
    return " > ".join(COUNTRIES[c][1] for c in codes), None


def _word(table: dict[str, tuple[str, ...]], value: str, rng: _Rng) -> str:
    forms = table[value]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _transport(src: ExaminerSource, corridor: str, mode: str, rng: _Rng) -> str:
    forms = _TRANSPORT.get((src.source, corridor, mode)) or _TRANSPORT[(src.source, "*", mode)]
    return choice(rng, forms)


def _offences(src: ExaminerSource, value: str | None, rng: _Rng) -> str | None:
    if value is None:
        return None
    words, sep = _OFFENCES[src.source]
    return sep.join(_word(words, v, rng) for v in value.split("|"))


def _thousands(n: int, sep: str) -> str:
    return f"{n // 1000}{sep}{n % 1000:03d}"


def _dms(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees, minutes and seconds as typed on a Spanish keyboard (``º`` and ``''``)."""
    hemi = pos if value >= 0 else neg
    secs_total = round(abs(value) * 3600)
    deg, rest = divmod(secs_total, 3600)
    mins, secs = divmod(rest, 60)
    return f"{deg:0{width}d}º{mins:02d}'{secs:02d}''{hemi}"


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes with a decimal comma (CROSS style)."""
    hemi = pos if value >= 0 else neg
    thousandths = round(abs(value) * 60_000)
    deg, rest = divmod(thousandths, 60_000)
    mins = f"{rest / 1000:06.3f}".replace(".", ",")
    return f"{deg:0{width}d}°{mins}'{hemi}"


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> Rendered:
    """Write the date; return ({event_date}, {event_date, date_precision}, tags)."""
    r = rng.random() if partial_ok else 1.0
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    name = src.source
    cell: object
    if name == "dbgp_passau":
        if r < 0.04:
            return {"event_date": ts.strftime("%m/%Y")}, _when(month, "month"), ["partial_date"]
        if r < 0.06:
            cell = f"Q{ts.quarter}/{ts.year}"
            return {"event_date": cell}, _when(quarter, "quarter"), ["partial_date"]
        if r < 0.09:  # a cell formatted "General" before the export: the Excel serial
            serial = (ts - _EXCEL_EPOCH).days
            return {"event_date": str(serial)}, _when(ts, "day"), ["excel_serial"]
        return {"event_date": ts.strftime("%d.%m.%Y")}, _when(ts, "day"), []
    if name == "bmi_ekc_wien":
        minute = int(rng.integers(0, 24 * 60))
        cell = f"{ts.strftime('%Y-%m-%d')} {minute // 60:02d}:{minute % 60:02d}"
        return {"event_date": cell}, _when(ts, "day"), ["datetime"]
    if name == "at_attache_paris":
        if r < 0.05:
            cell = f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
            return {"event_date": cell}, _when(month, "month"), ["partial_date"]
        if r < 0.08:
            cell = f"T{ts.quarter} {ts.year}"
            return {"event_date": cell}, _when(quarter, "quarter"), ["partial_date"]
        if r < 0.2:
            return {"event_date": ts.strftime("%d/%m/%Y")}, _when(ts, "day"), ["text_date"]
        return {"event_date": ts.to_pydatetime()}, _when(ts, "day"), ["excel_date"]
    if name == "at_agregado_madrid":
        if r < 0.04:
            cell = f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
            return {"event_date": cell}, _when(month, "month"), ["partial_date"]
        if r < 0.06:
            cell = f"{_ES_QUARTER[ts.quarter - 1]} trimestre {ts.year}"
            return {"event_date": cell}, _when(quarter, "quarter"), ["partial_date"]
        return {"event_date": ts.strftime("%d/%m/%Y")}, _when(ts, "day"), []
    # bfa_staatendokumentation
    if r < 0.06:
        cell = f"{_MONTHS['en'][ts.month - 1]} {ts.year}"
        return {"event_date": cell}, _when(month, "month"), ["partial_date"]
    if r < 0.10:
        return (
            {"event_date": f"Q{ts.quarter} {ts.year}"},
            _when(quarter, "quarter"),
            ["partial_date"],
        )
    if r < 0.22:
        cell = f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
        return {"event_date": cell}, _when(ts, "day"), ["text_date"]
    return {"event_date": ts.to_pydatetime()}, _when(ts, "day"), ["excel_date"]


def _when(ts: pd.Timestamp, precision: str) -> Cells:
    return {"event_date": ts, "date_precision": precision}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: none, an impossible day, a decade slip."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=ts.year + 10)  # a slip of the tens digit: 2023 -> 2033
        if src.format == "xlsx":
            return later.to_pydatetime()
        if src.source == "dbgp_passau":
            return later.strftime("%d.%m.%Y")
        if src.source == "bmi_ekc_wien":
            return later.strftime("%Y-%m-%d") + " 10:00"
        return later.strftime("%d/%m/%Y")
    # an impossible day: the 31st of a 30-day month, or 30 February
    day, month = (31, ts.month) if ts.month in (4, 6, 9, 11) else (30, 2)
    if src.source == "dbgp_passau":
        return f"{day:02d}.{month:02d}.{ts.year}"
    if src.source == "bmi_ekc_wien":
        return f"{ts.year}-{month:02d}-{day:02d} 12:00"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day the table was exported."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "dbgp_passau":
        return day.strftime("%d.%m.%Y")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> Rendered:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    name = src.source
    corridor = str(ev["corridor"])
    cells, exp, tags = _date(src, pd.Timestamp(ev["event_date"]), rng, partial_ok)  # type: ignore[arg-type]
    unknown = _UNKNOWN[name]

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(_CRIME[name], crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say
        cells["exploitation"] = None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, unknown) if rng.random() < 0.5 else None
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(_EXPLOITATION[name], str(expl), rng)
        exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    exp["n_persons"] = n
    cells["n_persons"], count_tag = _persons(src, n, rng)
    if count_tag == "count_placeholder":
        exp["n_persons"] = None
    if count_tag:
        tags.append(count_tag)
    s = ev["n_suspects"]
    exp["n_suspects"] = s
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], s_tag = _suspects(src, int(s), rng)  # type: ignore[call-overload]
        if s_tag in ("suspects_placeholder", "blank_n_suspects"):
            exp["n_suspects"] = None
        if s_tag:
            tags.append(s_tag)

    # sex, age, transport
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.025:
        cells["gender"], exp["gender"] = choice(rng, unknown), "unknown"
        tags.append("blank_gender:unknown_word")
    else:
        cells["gender"], exp["gender"] = _word(_GENDER[name], gender, rng), gender
        if name == "at_agregado_madrid" and cells["gender"] in ("H", "M", "H/M"):
            tags.append("gender_letter")
    age = str(ev["age_group"])
    if rng.random() < 0.025:
        cells["age_group"], exp["age_group"] = choice(rng, unknown), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"], exp["age_group"] = _word(_AGE[name], age, rng), age
        if cells["age_group"] in ("MNA", "MENA"):
            tags.append("unaccompanied_minor_word")
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, unknown), "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"], exp["transport_mode"] = _transport(src, corridor, mode, rng), mode

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        exp[col] = iso
        if iso is None:
            cells[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality":
            blank = _no_nationality(src, str(iso), rng)
            if blank is not None:
                cells[col], exp[col] = blank
                tags.append("blank_nationality")
                continue
        if col == "origin_country" and rng.random() < 0.03:
            cells[col] = choice(rng, unknown) if rng.random() < 0.6 else None
            exp[col] = None
            tags.append("blank_origin_country")
            continue
        text, form = _country(src, str(iso), rng, col)
        cells[col] = text
        if form:
            tags.append(f"{form}:{col}")
    cells["transit_countries"], t_tag = _transit(src, _opt(ev["transit_countries"]), rng)
    exp["transit_countries"] = ev["transit_countries"]
    if t_tag:
        tags.append(f"{t_tag}:transit_countries")

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = lat, lon
    if forced_blank == "coordinates":
        place: Cells = {}
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    else:
        place, p_tag = _place(src, corridor, mode, lat, lon, rng)
        if p_tag:
            tags.append(p_tag)
        if p_tag == "coords_missing":
            exp["lat"] = exp["lon"] = None
    cells.update(place)

    cells["linked_offences"] = _offences(src, _opt(ev["linked_offences"]), rng)
    exp["linked_offences"] = ev["linked_offences"]

    if name == "at_attache_paris" and rng.random() < 0.07:  # pasted from a partner's export
        garbled = 0
        for key, value in cells.items():
            if isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[key] = bad
                    garbled += 1
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write the count of persons; return (cell, tag)."""
    name = src.source
    r = rng.random()
    if name == "bmi_ekc_wien":
        return n, None
    if name == "dbgp_passau":
        if r < 0.015:
            return choice(rng, _UNKNOWN[name]), "count_placeholder"
        if n >= 1000:
            return _thousands(n, "."), "thousands"
        if n >= 10 and r < 0.06:
            return f"ca. {n}", "approx_count"
        return str(n), None
    if name == "at_attache_paris":
        if r < 0.015:
            return choice(rng, ("NC", "inconnu")), "count_placeholder"
        if n >= 1000 and r < 0.6:
            return _thousands(n, "\u00a0"), "thousands"
        return n, None
    if name == "at_agregado_madrid":
        if r < 0.015:
            return choice(rng, ("s/d", "desconocido")), "count_placeholder"
        if n >= 1000:
            return _thousands(n, "."), "thousands"
        return str(n), None
    # bfa_staatendokumentation
    if r < 0.01:
        return "not reported", "count_placeholder"
    if n <= 10 and r < 0.06:  # copied from a press report
        return _EN_NUMBERS[n], "count_word"
    if n >= 1000 and r < 0.7:
        return _thousands(n, ","), "thousands"
    return n, None


def _suspects(src: ExaminerSource, s: int, rng: _Rng) -> tuple[object, str | None]:
    """Write the count of suspects; return (cell, tag)."""
    name = src.source
    r = rng.random()
    if name == "bmi_ekc_wien":
        return (None, "blank_n_suspects") if r < 0.04 else (s, None)
    if name == "bfa_staatendokumentation":
        return (None, "blank_n_suspects") if r < 0.15 else (s, None)
    if r < 0.03:
        return choice(rng, _UNKNOWN[name]), "suspects_placeholder"
    if s == 0 and name in _ZERO and r < 0.6:
        return choice(rng, _ZERO[name]), "zero_word"
    return (s if src.format == "xlsx" else str(s)), None


def _no_nationality(src: ExaminerSource, iso: str, rng: _Rng) -> tuple[object, None] | None:
    """Cell of a nationality the report does not establish, or None if it gives it."""
    r = rng.random()
    name = src.source
    if name == "at_agregado_madrid" and iso in _ES_REGION and r < 0.06:
        return _ES_REGION[iso], None
    if name == "bmi_ekc_wien" and r < 0.02:
        return "XXX", None  # ICAO 9303: nationality unspecified
    if r < 0.02:
        return (choice(rng, _UNKNOWN[name]) if rng.random() < 0.7 else None), None
    return None


def _place(
    src: ExaminerSource, corridor: str, mode: str, lat: float, lon: float, rng: _Rng
) -> tuple[Cells, str | None]:
    """Write the place of detection; return (cells, tag)."""
    name = src.source
    r = rng.random()
    if name == "dbgp_passau":
        if r < 0.05:
            return {"lat": None, "lon": None}, "coords_missing"
        return {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }, "decimal_comma"
    if name == "bmi_ekc_wien":
        if r < 0.06:
            return {"lat": None, "lon": None}, "coords_missing"
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, None
    if name == "at_attache_paris":
        if mode != "sea" or r < 0.1:  # the CROSS gives positions at sea only
            return {"coordinates": None}, "coords_missing"
        cell = f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"
        return {"coordinates": cell}, "coords_ddm"
    if name == "at_agregado_madrid":
        if corridor not in ("wmed", "watl") or r < 0.08:
            return {"coordinates": None}, "coords_missing"
        cell = f"{_dms(lat, 'N', 'S', 2)} {_dms(lon, 'E', 'W', 3)}"
        return {"coordinates": cell}, "coords_dms"
    # bfa_staatendokumentation: open sources rarely give a position
    if r < 0.3:
        return {"lat": None, "lon": None}, "coords_missing"
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, None


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "HRV": "dbgp_passau",
        "POL": "dbgp_passau",
        "ITA": "bmi_ekc_wien",
        "GRC": "bmi_ekc_wien",
        "FRA": "at_attache_paris",
        "GBR": "at_attache_paris",
        "ESP": "at_agregado_madrid",
    },
    compilation="bfa_staatendokumentation",
    secondary={
        ("wbal", "HRV"): "bmi_ekc_wien",
        ("blr_pol", "POL"): "bmi_ekc_wien",
        ("emed", "GRC"): "dbgp_passau",
        ("cmed", "ITA"): "bfa_staatendokumentation",
        ("thb_nga_ita", "ITA"): "bfa_staatendokumentation",
        ("thb_rou_esp", "ITA"): "at_agregado_madrid",
        ("thb_rou_esp", "ESP"): "bfa_staatendokumentation",
        ("channel", "FRA"): "bfa_staatendokumentation",
        ("channel", "GBR"): "bfa_staatendokumentation",
        ("thb_vnm_gbr", "GBR"): "bfa_staatendokumentation",
        ("watl", "ESP"): "bfa_staatendokumentation",
        ("wmed", "ESP"): "bfa_staatendokumentation",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=179,
    blank_share=0.3,
)


def make_blind179(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five German and Austrian desks of ``blind179`` write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``dbgp_passau_fy.csv`` (English, cp1252, ``;``), ``bmi_ekc_wien_fy.jsonl``
        (English keys, UTF-8), ``at_attache_paris_fy.xlsx`` (French),
        ``at_agregado_madrid_fy.csv`` (Spanish, UTF-16, tab) and
        ``bfa_staatendokumentation_fy.xlsx`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind179(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dbgp_passau_fy.csv', 'bmi_ekc_wien_fy.jsonl', 'at_attache_paris_fy.xlsx',
     'at_agregado_madrid_fy.csv', 'bfa_staatendokumentation_fy.xlsx']
    >>> subs[3].encoding, subs[3].delimiter
    ('utf-16', '\t')
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
