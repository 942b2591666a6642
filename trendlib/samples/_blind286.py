"""Examiner sample set ``blind286`` (files ``*_kb.*``): prisons and immigration detention.

Five administrations that hold people, not the police who catch them, send what their
registers say about inmates and detainees identified as smugglers or as victims:

``disp_lille_kb.csv``
    Direction interrégionale des services pénitentiaires de Lille (French prison
    administration, renseignement pénitentiaire): French, cp1252, ``;``, day-first dates,
    month-only dates ("mars 2022") and quarters ("T1 2022"), nationalities as adjectives
    ("afghane"), a few UTF-8 names misread as cp1252, "néant" for no suspect, "NC" for a
    count not given. First report of the events detected in France.
``ho_detention_gatekeeper_kb.xlsx``
    UK Home Office, Detention Gatekeeper (immigration detention): English, real Excel dates
    with a few serial numbers and typed dates, NRM exploitation categories, s.25
    facilitation, "Age disputed", "Nil". First report of the events detected in the UK.
``dgsp_panama_kb.csv``
    Dirección General del Sistema Penitenciario, Panamá: Spanish, UTF-8 with BOM, ``,``,
    "PPL" (personas privadas de libertad) linked to the case, "NNA" for minors,
    nationalities as adjectives ("venezolana"), counts with a comma for thousands,
    coordinates of the arrest copied from the police report (degrees-minutes-seconds with
    "O" for west, or decimal pairs). First report of the events detected in Panama.
``usms_prisoner_ops_kb.csv``
    U.S. Marshals Service, prisoner operations: English, UTF-16 tab-separated ("Unicode
    text" export), month-first dates (some with the booking time), the charge as a U.S.
    Code section (8 USC 1324 smuggling, 18 USC 1591 sex trafficking, 18 USC 1589 forced
    labor), upper-case citizenships. First report of the events detected in the USA.
``europris_kb.jsonl``
    EuroPris (European Organisation of Prison and Correctional Services), returns of its
    member prison services compiled by the secretariat: English keys and words, ISO codes
    with the EU's own two-letter codes (``EL`` for Greece, ``UK``), routes as ``TR > BG``,
    ISO dates and reporting months or quarters, and a few returns sent twice. First
    report of every other event (Italy, Greece, Spain, Croatia, Poland).

The compilation repeats some events of the French and British services (their returns to
EuroPris); the French prisons also hold some facilitators of boats that reached Dover,
and the U.S. Marshals hold some facilitators of the Darién crossing prosecuted in the
United States. Only the Panamanian file gives coordinates; every other row expects none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

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

__all__ = ["BLIND286_SOURCES", "Source286", "make_blind286"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_MESES = (
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
#: Date styles that give only the month or the quarter.
_MONTH_STYLES = ("month_fr", "month_es", "month_iso")
_QUARTER_STYLES = ("quarter_fr", "quarter_iso")
_VOCAB = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")
_OWN_COUNTRY = ("nationality", "origin_country", "destination_country")


@dataclass(frozen=True)
class Source286(ExaminerSource):
    """One agency of the ``blind286`` set: the shared fields plus its own wording.

    Attributes
    ----------
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    countries : mapping
        Country style -> weight for nationality, origin and destination.
    places : mapping
        Country style -> weight for the detection country and the transit countries.
    words : mapping
        Column -> canonical word -> the agency's words (first = the usual one). The
        ``crime_type`` table may hold ``"crime:exploitation"`` keys when the agency has no
        exploitation column and its charge names the purpose.
    unknown : tuple of str
        What its clerks write for a value they do not know.
    count_unknown : tuple of str
        Count cells saying the number is not known (kept, with no count).
    zero : tuple of str
        Words for no suspect at all.
    transit_sep : tuple of str
        Separators of the transit countries.
    direct : str or None
        Word written for a route with no transit country (None: left blank).
    offence_sep : str
        Separator of the linked offences.
    coords : str or None
        ``"panama"`` (degrees-minutes-seconds or decimal pairs) or None (no coordinates).
    thousands : str or None
        Thousands separator of counts of 1,000 or more (None: never written).
    names : mapping
        ISO3 -> the agency's usual name, where it differs from the table's.
    aliases : mapping
        ISO3 -> other names the agency uses.
    demonyms : mapping
        ISO3 -> the nationality adjective the agency writes.
    typos : mapping
        ISO3 -> a misspelling seen in the agency's files.
    iso2 : mapping
        ISO3 -> the two-letter code the agency uses, where it is not ISO's.
    case_rate : float
        Share of word cells typed in another case or with stray spaces.
    bad_dates : tuple of str
        Unreadable date cells, ``str.format`` patterns of ``d``, ``m`` and ``y``.
    """

    dates: Mapping[str, float]
    countries: Mapping[str, float]
    places: Mapping[str, float]
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    transit_sep: tuple[str, ...]
    direct: str | None
    offence_sep: str
    coords: str | None
    thousands: str | None
    names: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    demonyms: Mapping[str, str]
    typos: Mapping[str, str]
    iso2: Mapping[str, str]
    case_rate: float
    bad_dates: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_DISP = Source286(
    source="disp_lille_kb",
    filename="disp_lille_kb.csv",
    ref="CIRP-LIL-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. CIRP",
        "event_date": "Date des faits",
        "crime_type": "Infraction principale",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb étrangers / victimes concernés",
        "n_suspects": "Nb mis en cause écroués",
        "gender": "Sexe (personnes concernées)",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de passage",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction GENESIS / CIRP Lille - données provisoires, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "cf. PV"),
    repeats=False,
    dates={"dmy": 0.82, "long_fr": 0.08, "month_fr": 0.06, "quarter_fr": 0.04},
    countries={"name": 0.45, "upper": 0.15, "demonym": 0.3, "typo": 0.04, "mojibake": 0.06},
    places={"name": 0.8, "upper": 0.12, "alias": 0.08},
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière en bande organisée",
                "Aide à l'entrée et au séjour irréguliers d'étrangers",
                "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            ),
            "trafficking": ("Traite des êtres humains", "TEH (art. 225-4-1 CP)"),
            "both": (
                "TEH + aide à l'entrée irrégulière",
                "Traite des êtres humains et aide au séjour irrégulier",
            ),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "aux fins de proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme d'exploitation",),
        },
        "gender": {
            "female": ("F", "femmes"),
            "male": ("M", "hommes"),
            "mixed": ("mixte", "H et F"),
        },
        "age_group": {
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "majeur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "traversée maritime", "embarcation pneumatique"),
            "land": ("poids lourd", "camion", "véhicule léger"),
            "air": ("voie aérienne", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("non renseigné", "NR", "inconnu"),
    count_unknown=("NC", "non communiqué"),
    zero=("néant",),
    transit_sep=(", ", " - "),
    direct=None,
    offence_sep=", ",
    coords=None,
    thousands="\u00a0",
    names={},
    aliases={"GBR": ("Angleterre", "Grande-Bretagne")},
    demonyms={
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    typos={"AFG": "Afganistan", "ERI": "Erythrée", "VNM": "Viet-Nam", "IRQ": "Iraq"},
    iso2={},
    case_rate=0.05,
    bad_dates=("31/06/{y}", "30/02/{y}", "à préciser"),
)

_HO = Source286(
    source="ho_detention_gatekeeper_kb",
    filename="ho_detention_gatekeeper_kb.xlsx",
    ref="DGK/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "DGK ref",
        "event_date": "Encounter date",
        "crime_type": "Referral / offence",
        "exploitation": "NRM exploitation type",
        "n_persons": "Group size",
        "n_suspects": "Facilitators detained",
        "nationality": "Nationality",
        "gender": "Sex",
        "age_group": "Age category",
        "detection_country": "Encounter country",
        "transport_mode": "Mode of arrival",
        "linked_offences": "Associated offending",
    },
    note="OFFICIAL-SENSITIVE. Management information, not National Statistics.",
    total="Total",
    bad_count=("several", "see notes", "multiple"),
    repeats=False,
    dates={"excel": 0.75, "serial": 0.05, "dmy": 0.12, "long_en": 0.08},
    countries={"name": 0.55, "iso3": 0.2, "upper": 0.1, "alias": 0.08, "typo": 0.07},
    places={"alias": 0.6, "name": 0.3, "iso3": 0.1},
    words={
        "crime_type": {
            "smuggling": (
                "Facilitation (s.25 IA 1971)",
                "s25 facilitation",
                "Facilitated clandestine entry",
            ),
            "trafficking": ("Modern slavery - NRM referral", "Potential VoT (NRM)"),
            "both": ("s25 facilitation + NRM referral", "Facilitation / modern slavery"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation",),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "child": ("Minor", "U18"),
            "adult": ("Adult",),
            "mixed": ("Adults & minors",),
        },
        "transport_mode": {
            "sea": ("Small boat",),
            "land": ("HGV", "Lorry", "Vehicle"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering (POCA)",),
            "illicit_goods": ("Drugs (cannabis cultivation)", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "Not specified"),
    count_unknown=("Not known",),
    zero=("Nil", "None"),
    transit_sep=("; ",),
    direct=None,
    offence_sep="; ",
    coords=None,
    thousands=",",
    names={},
    aliases={"GBR": ("UK",), "VNM": ("Vietnam",), "IRN": ("Iran (Islamic Republic of)",)},
    demonyms={},
    typos={"ERI": "Eritria", "ALB": "Albainia", "AFG": "Afganistan", "VNM": "Veitnam"},
    iso2={},
    case_rate=0.03,
    bad_dates=("TBC", "30/02/{y}", "see file"),
)

_DGSP = Source286(
    source="dgsp_panama_kb",
    filename="dgsp_panama_kb.csv",
    ref="DGSP-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "N° Expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Migrantes / víctimas",
        "n_suspects": "PPL vinculados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Ruta (países de tránsito)",
        "detection_country": "País del hecho",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas aprehensión",
        "linked_offences": "Delitos conexos",
    },
    note=(
        "Nota: información preliminar sujeta a verificación "
        "(Departamento de Registro y Estadística)"
    ),
    total="TOTAL",
    bad_count=("varios", "grupo", "ver informe"),
    repeats=False,
    dates={"dmy": 0.8, "long_es": 0.1, "iso": 0.05, "month_es": 0.05},
    countries={
        "name": 0.42,
        "upper": 0.2,
        "demonym": 0.25,
        "alias": 0.03,
        "noaccent": 0.05,
        "typo": 0.05,
    },
    places={"name": 0.6, "upper": 0.3, "noaccent": 0.1},
    words={
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "TRÁFICO DE MIGRANTES"),
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "other": ("otra",),
        },
        "gender": {
            "female": ("F", "Femenino"),
            "male": ("M", "Masculino"),
            "mixed": ("Mixto", "M/F"),
        },
        "age_group": {
            "child": ("NNA", "Menores"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA",),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie (selva)", "Caminando"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("S/D", "Sin dato", "No consta"),
    count_unknown=("S/D", "sin dato"),
    zero=("ninguno",),
    transit_sep=(" - ", " / "),
    direct="Directo",
    offence_sep=" / ",
    coords="panama",
    thousands=",",
    names={},
    aliases={"USA": ("EE.UU.", "EEUU"), "PAN": ("Rep. de Panamá",)},
    demonyms={
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
    typos={"VEN": "Venzuela", "ECU": "Ecaudor", "COL": "Colonbia"},
    iso2={},
    case_rate=0.05,
    bad_dates=("pendiente", "31/04/{y}", "30/02/{y}"),
)

_USMS = Source286(
    source="usms_prisoner_ops_kb",
    filename="usms_prisoner_ops_kb.csv",
    ref="{yy:02d}-{seq:05d}MJ",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Arrest Date",
        "crime_type": "Offense Charged",
        "n_persons": "Aliens/Victims",
        "n_suspects": "Co-Defs in Custody",
        "gender": "Alien Sex",
        "age_group": "Age Group",
        "nationality": "Citizenship",
        "detection_country": "Country of Offense",
        "transport_mode": "Conveyance",
        "linked_offences": "Related Charges",
    },
    note="LAW ENFORCEMENT SENSITIVE - data as of run date",
    total="Grand Total",
    bad_count=("multiple", "see complaint"),
    repeats=False,
    dates={"mdy": 0.7, "mdy_time": 0.3},
    countries={"upper": 0.8, "name": 0.12, "typo": 0.08},
    places={"alias": 0.6, "upper": 0.4},
    words={
        "crime_type": {
            "smuggling": (
                "8 USC 1324 Alien Smuggling",
                "8 USC 1324(a)(1)(A)(ii) Transporting Illegal Aliens",
                "8 USC 1324 Bringing In/Harboring Aliens",
            ),
            "trafficking:sexual": ("18 USC 1591 Sex Trafficking",),
            "trafficking:forced_labour": ("18 USC 1589 Forced Labor",),
            "trafficking": ("Human Trafficking (TVPA)",),
            "both:sexual": ("8 USC 1324; 18 USC 1591 Sex Trafficking",),
            "both:forced_labour": ("8 USC 1324; 18 USC 1589 Forced Labor",),
            "both": ("8 USC 1324 Alien Smuggling; Human Trafficking (TVPA)",),
        },
        "gender": {
            "female": ("F",),
            "male": ("M",),
            "mixed": ("M/F", "Both"),
        },
        "age_group": {
            "child": ("Juvenile", "UAC"),
            "adult": ("Adult",),
            "mixed": ("Adult/Juvenile",),
        },
        "transport_mode": {
            "land": ("Vehicle", "On foot", "Tractor-trailer"),
            "sea": ("Vessel",),
            "air": ("Commercial air",),
        },
        "linked_offences": {
            "document_fraud": ("18 USC 1546 Visa/Document Fraud",),
            "corruption": ("18 USC 201 Bribery",),
            "money_laundering": ("18 USC 1956 Money Laundering",),
            "illicit_goods": ("21 USC 841 Drugs", "21 USC 952 Drug Importation"),
            "cybercrime": ("18 USC 1030 Computer Fraud",),
            "terrorism": ("18 USC 2339B Material Support",),
        },
    },
    unknown=("UNK",),
    count_unknown=("UNK",),
    zero=("None",),
    transit_sep=("; ",),
    direct=None,
    offence_sep="; ",
    coords=None,
    thousands=",",
    names={"USA": "UNITED STATES"},
    aliases={"USA": ("USA", "US")},
    demonyms={},
    typos={"GTM": "GUATAMALA", "HND": "HONDURUS", "VEN": "VENEZUELA.", "ECU": "EQUADOR"},
    iso2={},
    case_rate=0.0,
    bad_dates=("13/32/{y}", "UNK", "02/30/{y}"),
)

_EUROPRIS = Source286(
    source="europris_kb",
    filename="europris_kb.jsonl",
    ref="EP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseId",
        "event_date": "offenceDate",
        "crime_type": "offenceType",
        "exploitation": "exploitationForm",
        "n_persons": "personsInvolved",
        "n_suspects": "inmatesLinked",
        "gender": "sex",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "countryOfDestination",
        "detection_country": "countryOfDetection",
        "transit_countries": "route",
        "transport_mode": "modeOfTravel",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL (all member returns)",
    bad_count=("several", "various"),
    repeats=True,
    dates={"iso": 0.88, "month_iso": 0.07, "quarter_iso": 0.05},
    countries={"iso3": 0.65, "iso2": 0.2, "name": 0.15},
    places={"iso2": 0.75, "iso3": 0.25},
    words={
        "crime_type": {
            "smuggling": ("migrant smuggling", "SoM"),
            "trafficking": ("THB", "trafficking in human beings"),
            "both": ("THB + SoM",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor", "child"), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("not reported",),
    count_unknown=("not reported",),
    zero=(),
    transit_sep=(" > ",),
    direct="direct",
    offence_sep=", ",
    coords=None,
    thousands=None,
    names={},
    aliases={},
    demonyms={},
    typos={},
    iso2={"GRC": "EL", "GBR": "UK"},
    case_rate=0.02,
    bad_dates=("{y}-02-30", "{y}-04-31"),
)

#: The five sources of the set, in the order :func:`make_blind286` returns them.
BLIND286_SOURCES: tuple[Source286, ...] = (_DISP, _HO, _DGSP, _USMS, _EUROPRIS)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _date_cell(style: str, ts: pd.Timestamp) -> tuple[object, pd.Timestamp, str]:
    """Write a date in a style; return (cell, date an analyst reads, precision)."""
    m = ts.month - 1
    if style in _MONTH_STYLES:
        start = ts.to_period("M").start_time
        text = {
            "month_fr": f"{_MOIS[m]} {ts.year}",
            "month_es": f"{_MESES[m]} de {ts.year}",
            "month_iso": ts.strftime("%Y-%m"),
        }[style]
        return text, start, "month"
    if style in _QUARTER_STYLES:
        start = ts.to_period("Q").start_time
        text = f"T{ts.quarter} {ts.year}" if style == "quarter_fr" else f"{ts.year}-Q{ts.quarter}"
        return text, start, "quarter"
    day = ts.normalize()
    cell: object
    if style == "excel":
        cell = day.to_pydatetime()
    elif style == "serial":
        cell = int((day - _EXCEL_EPOCH).days)
    else:
        cell = {
            "dmy": day.strftime("%d/%m/%Y"),
            "iso": day.strftime("%Y-%m-%d"),
            "mdy": day.strftime("%m/%d/%Y"),
            # booking time of the prisoner: a plausible clock time, not a second date
            "mdy_time": day.strftime("%m/%d/%Y") + f" {6 + day.day_of_year % 15:02d}:"
            f"{(day.day * 7) % 60:02d}",
            "long_en": f"{day.day} {MONTHS[m]} {day.year}",
            "long_fr": f"{'1er' if day.day == 1 else day.day} {_MOIS[m]} {day.year}",
            "long_es": f"{day.day} de {_MESES[m]} de {day.year}",
        }[style]
    return cell, day, "day"


def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _no_accent(text: str) -> str:
    """Drop the accents (``Panamá`` -> ``Panama``), as on a keyboard without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(src: Source286, iso: str) -> str:
    if iso in src.names:
        return src.names[iso]
    return str(COUNTRIES[iso][_LANG_COL[src.language]])


def _country(src: Source286, iso: str, style: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country in a style; return (cell, style visible or None)."""
    name = _name(src, iso)
    if style == "upper":
        text = name.upper()
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = src.iso2.get(iso) or iso_codes(iso)[0]
    elif style == "alias":
        text = choice(rng, src.aliases[iso]) if iso in src.aliases else name
    elif style == "demonym":
        text = src.demonyms.get(iso, name)
    elif style == "typo":
        text = src.typos.get(iso, name)
    elif style == "mojibake":
        text = mojibake(name) or name
    elif style == "noaccent":
        text = _no_accent(name)
    else:
        text = name
    if not fits(text, src):
        text = name
    if style in ("iso3", "iso2"):
        return text, style
    if text == name or (style == "upper" and name.isupper()):
        return text, None
    return text, style


def _noise(src: Source286, text: str, rng: _Rng) -> tuple[str, bool]:
    """Change the case or spacing of a word cell now and then (its meaning stays)."""
    if rng.random() >= src.case_rate:
        return text, False
    kind = int(rng.integers(4))
    out = [text.upper(), text.lower(), f" {text}", f"{text}  "][kind]
    return (out, out != text) if fits(out, src) else (text, False)


def _count(src: Source286, n: int, rng: _Rng) -> tuple[object, bool]:
    """Write a count as the agency types it; return (cell, thousands separator used)."""
    if n >= 1000 and src.thousands is not None and rng.random() < 0.8:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", True
    if src.format in ("xlsx", "jsonl"):
        return int(n), False
    return str(n), False


def _dms(value: float, positive: str, negative: str, width: int) -> str:
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{d:0{width}d}°{m:02d}'{s:02d}\"{positive if value >= 0 else negative}"


def _coords(lat: float, lon: float, rng: _Rng) -> tuple[str, float, float]:
    """Write a point as the Panamanian police report gives it; return (cell, lat, lon read)."""
    if rng.random() < 0.6:
        text = f"{_dms(lat, 'N', 'S', 2)} {_dms(lon, 'E', 'O', 3)}"
        read = []
        for v in (lat, lon):
            total = round(abs(v) * 3600)
            read.append(float(np.sign(v)) * total / 3600)
        return text, round(read[0], 6), round(read[1], 6)
    la, lo = round(lat, 5), round(lon, 5)
    return f"{la:.5f}, {lo:.5f}", la, lo


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Source286,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    words = src.words

    # date: a register gives the day; a few rows only the month or the quarter
    styles = {
        k: w
        for k, w in src.dates.items()
        if partial_ok or k not in (*_MONTH_STYLES, *_QUARTER_STYLES)
    }
    style = _pick(rng, styles)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(style, ts)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    elif style in ("serial", "mdy_time", "long_en", "long_fr", "long_es"):
        tags.append(f"date_{style}")

    # crime type, and the purpose of exploitation (in the charge when no column holds it)
    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    exp["crime_type"] = crime
    crime_words = words["crime_type"]
    key = f"{crime}:{expl}"
    if "exploitation" not in has and key in crime_words:
        cells["crime_type"] = choice(rng, crime_words[key])
        exp["exploitation"] = expl
        tags.append("charge_names_purpose")
    else:
        cells["crime_type"] = choice(rng, crime_words[crime])
        exp["exploitation"] = None if crime == "smuggling" else "unknown"
    if "exploitation" in has and expl is not None:
        if rng.random() < 0.04:
            cells["exploitation"] = choice(rng, src.unknown)
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = choice(rng, words["exploitation"][str(expl)])
            exp["exploitation"] = expl
    elif "exploitation" in has:
        cells["exploitation"] = None

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], big = _count(src, n, rng)
        exp["n_persons"] = n
        if big:
            tags.append("thousands:n_persons")
        elif src.language == "fr" and rng.random() < 0.05:
            cells["n_persons"] = f"{n} pers."
            tags.append("count_unit")

    # suspects held
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and src.zero and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif r > 0.98:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = int(k) if src.format in ("xlsx", "jsonl") else str(k)
        exp["n_suspects"] = k

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, words["gender"][gender]), gender
    age = str(ev["age_group"])
    r = rng.random()
    if src.source == _HO.source and age == "child" and r < 0.15:
        # the detainee claims to be a child; the Home Office disputes it: nobody knows
        cells["age_group"], exp["age_group"] = "Age disputed", "unknown"
        tags += ["na_word", "age_disputed"]
    elif r > 0.97:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, words["age_group"][age]), age
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, words["transport_mode"][mode])
        exp["transport_mode"] = mode

    # countries
    for col in _OWN_COUNTRY:
        iso = ev[col]
        if col not in has:
            exp[col] = None
            continue
        if iso is None or forced_blank == col:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append(f"blank_{col}" if col == "nationality" else f"unknown:{col}")
            continue
        style = _pick(rng, src.countries)
        if col != "nationality" and style in ("demonym", "mojibake"):
            style = "name"  # adjectives belong to nationality; garbling to its own column
        cells[col], visible = _country(src, str(iso), style, rng)
        exp[col] = iso
        if visible:
            tags.append(f"{visible}:{col}")
    iso = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], visible = _country(src, iso, _pick(rng, src.places), rng)
        exp["detection_country"] = iso
        if visible:
            tags.append(f"{visible}:detection_country")
    transit = ev["transit_countries"]
    if "transit_countries" not in has:
        exp["transit_countries"] = None
    elif transit is None:
        cells["transit_countries"], exp["transit_countries"] = src.direct, None
        if src.direct is not None:
            tags.append("direct_word")
    else:
        style = _pick(rng, src.places)
        parts = []
        for code in str(transit).split("|"):
            text, visible = _country(src, code, style, rng)
            parts.append(text)
            if visible in ("typo", "mojibake", "alias"):
                tags.append(f"{visible}:transit_countries")
        cells["transit_countries"] = choice(rng, src.transit_sep).join(parts)
        exp["transit_countries"] = transit

    # coordinates of the arrest (only the Panamanian file has them)
    exp["lat"] = exp["lon"] = None
    if src.coords is None:
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        cells["coordinates"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.06:
        cells["coordinates"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"], exp["lat"], exp["lon"] = _coords(
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
    if forced_blank == "coordinates" and src.coords is None:
        tags.append("blank_coordinates")

    # linked offences, in the truth's order
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = src.offence_sep.join(
            choice(rng, words["linked_offences"][o]) for o in str(off).split("|")
        )
    exp["linked_offences"] = off

    for col in (*_VOCAB, *_OWN_COUNTRY, "detection_country"):
        value = cells.get(col)
        if isinstance(value, str) and col in has:
            if src.format == "jsonl" and col not in _VOCAB:
                continue  # the secretariat's codes are upper case
            cells[col], changed = _noise(src, value, rng)
            if changed:
                tags.append(f"case:{col}")
    return cells, exp, tags


def _bad_date(src: Source286, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a row to quarantine: blank, unreadable, or years ahead (a typo)."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        day_style = next(s for s in src.dates if s not in (*_MONTH_STYLES, *_QUARTER_STYLES))
        return _date_cell(day_style, ts + pd.DateOffset(years=10))[0]
    pattern = choice(rng, src.bad_dates)
    return pattern.format(d=f"{ts.day:02d}", m=f"{ts.month:02d}", y=ts.year)


def _note_date(src: Source286, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extraction, in the agency's style."""
    day_style = next(s for s in src.dates if s not in (*_MONTH_STYLES, *_QUARTER_STYLES))
    return _date_cell(day_style, last + pd.Timedelta(days=3))[0]


_EXAMINER: Examiner[Source286] = Examiner(
    sources=BLIND286_SOURCES,
    primary={
        "FRA": _DISP.source,
        "GBR": _HO.source,
        "PAN": _DGSP.source,
        "USA": _USMS.source,
    },
    compilation=_EUROPRIS.source,
    secondary={
        # the French and British prison services send their cases to EuroPris too
        ("channel", "FRA"): _EUROPRIS.source,
        ("thb_vnm_gbr", "GBR"): _EUROPRIS.source,
        # pilots of boats that reached Dover, arrested in France and held near Lille
        ("channel", "GBR"): _DISP.source,
        # Darién facilitators prosecuted in the United States, held by the Marshals
        ("darien", "PAN"): _USMS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=286,
    blank_share=0.3,
)


def make_blind286(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five prison and detention sources of ``blind286``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``disp_lille_kb.csv``, ``ho_detention_gatekeeper_kb.xlsx``, ``dgsp_panama_kb.csv``,
        ``usms_prisoner_ops_kb.csv`` and ``europris_kb.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind286(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['disp_lille_kb.csv', 'ho_detention_gatekeeper_kb.xlsx', 'dgsp_panama_kb.csv',
     'usms_prisoner_ops_kb.csv', 'europris_kb.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['Réf. CIRP', 'Date des faits', 'Infraction principale']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
