"""Examiner sample set ``blind239`` (files ``*_ig.*``): five agencies of the UK, France and Spain.

The set leans to labour exploitation in hand car washes and nail bars as the British side
records it, and to the Channel, the Spanish coasts and the Darién as the press and a liaison
desk write them. Each source keeps its own habits:

``icibi_uk_ig.xlsx``
    Independent Chief Inspector of Borders and Immigration (UK): the evidence log of an
    inspection, one row per sampled Home Office case (small-boat and lorry arrivals at
    Dover, illegal-working visits to hand car washes and nail bars, cannabis farms). English,
    XLSX; real Excel dates, some typed as text (``17 May 2023``) and a few only known by
    quarter (``Q2 2023``); Home Office words (``Facilitation (s.25 IA 1971)``, ``UASC``,
    ``Nil`` arrests, ``N/A (in-country encounter)`` as method of entry), demonyms
    (``Vietnamese``), ``England``/``Scotland`` as country of encounter, routes joined by
    ``>``; the sector and how the case was found (council licensing visit, Safe Car Wash app
    tip-off, Responsible Car Wash Scheme audit) in their own columns; no coordinates.
    Primary for events detected in the United Kingdom.
``voix_du_nord_ig.csv``
    La Voix du Nord (regional daily of the Nord and Pas-de-Calais): its data desk's tally
    of crossings, interceptions and arrests of smugglers on the Opal Coast. French, cp1252,
    ``;``, CRLF; ``17/05/2023`` or only ``mai 2023``; plural demonyms (``Afghans``,
    ``Kurdes irakiens``), ``Angleterre`` for the United Kingdom, some rows pasted from a
    UTF-8 export and garbled (``filiÃ¨re de passeurs``), counts of arrests in words (``deux``,
    ``aucun``), ``n.c.`` when not known, decimal-comma coordinates. Primary for France, second
    reporter of arrivals at Dover.
``cadena_ser_ig.csv``
    Cadena SER (Spanish radio network): its data unit's table of arrivals by boat, fence
    crossings and trafficking cases told by its local stations. Spanish, UTF-16 (Excel
    "Unicode text"), tab; ``17/05/2023``, ``7/5/2023`` or ``mayo de 2023``; ``1.250``
    with a thousands dot, ``sin cifra``, ``ninguno``; plural demonyms (``marroquíes``) and
    the vague ``subsaharianos`` (no nationality can be read from it), the loose ``tráfico de
    personas`` (trafficking or smuggling: unknown), ``patera``/``cayuco``; transit lists
    ending in ``y``; no coordinates. Primary for Spain, second reporter of Lampedusa.
``agregaduria_interior_panama_ig.xlsx``
    Spanish Ministry of the Interior, attaché in Panama: the desk's sheet of Darién events
    passed on by Panamanian services. Spanish, XLSX; real dates, Excel serial numbers and
    ``17/05/2023`` text in one column; ISO alpha-3 codes mixed with names (``EE.UU.``), ``NNA``
    (children), ``TIM``/``TdP``, one ``Coordenadas`` cell ``8.51234, -77.49871`` (``sin GPS``).
    Primary for Panama.
``pa_media_ig.jsonl``
    PA Media (UK news agency): its data unit's feed of migration and modern-slavery items,
    carrying its own and partner wires. English, JSON lines, UTF-8; ISO dates with or
    without a time (``2023-05-17T09:41:00Z``) or only a month; transit countries as a JSON
    list; coordinates as numbers; nulls where a story does not say; items re-delivered by
    the feed (exact repeats), an advisory line and a feed summary. The compilation: every
    event no other source reports first (Italy, Greece, Croatia, Poland, the United States),
    and a second report of the Channel, the Canaries, the Darién and UK nail-bar raids.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "make_blind239"]

_Rng = np.random.Generator
Cells = dict[str, object]
Words = Mapping[str, tuple[str, ...]]

_ICIBI = "icibi_uk"
_VDN = "voix_du_nord"
_SER = "cadena_ser"
_AGR = "agregaduria_interior_panama"
_PA = "pa_media"

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


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_ICIBI,
        filename="icibi_uk_ig.xlsx",
        ref="ICIBI/IW/{yy:02d}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Case ref",
            "event_date": "Date of encounter",
            "crime_type": "Offence category",
            "exploitation": "MS exploitation type",
            "sector": "Sector / premises",
            "encounter": "How encountered",
            "n_persons": "No. of individuals",
            "n_suspects": "Arrests (facilitators / exploiters)",
            "gender": "Sex",
            "age_group": "Age category",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country of encounter",
            "transit_countries": "Route (countries transited)",
            "transport_mode": "Method of entry",
            "linked_offences": "Linked offending",
        },
        note="Note: sample drawn from CID and Atlas case records; figures not quality-assured",
        total="Total",
        bad_count=("several", "a number of", "multiple"),
        repeats=False,
    ),
    ExaminerSource(
        source=_VDN,
        filename="voix_du_nord_ig.csv",
        ref="VDN-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "Id",
            "event_date": "Date",
            "place": "Commune",
            "crime_type": "Type de faits",
            "exploitation": "Exploitation",
            "n_persons": "Nb de personnes",
            "n_suspects": "Passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination",
            "detection_country": "Pays",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Autres infractions",
        },
        note="Sources : préfecture maritime, préfecture du Pas-de-Calais, parquets ; "
        "chiffres provisoires",
        total="TOTAL",
        bad_count=("plusieurs", "nombreux", "des dizaines"),
        repeats=False,
    ),
    ExaminerSource(
        source=_SER,
        filename="cadena_ser_ig.csv",
        ref="SER-{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "ID",
            "event_date": "Fecha",
            "place": "Lugar",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Personas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino",
            "detection_country": "País",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos provisionales, elaborados con información de las emisoras locales",
        total="TOTAL",
        bad_count=("varios", "decenas", "un centenar largo"),
        repeats=False,
    ),
    ExaminerSource(
        source=_AGR,
        filename="agregaduria_interior_panama_ig.xlsx",
        ref="{seq:04d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Reg.",
            "event_date": "Fecha del hecho",
            "place": "Lugar",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº migrantes / víctimas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino declarado",
            "detection_country": "País detección",
            "transit_countries": "Tránsito",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Fuente: SENAFRONT / SNM, datos preliminares remitidos a CITCO",
        total="TOTAL GENERAL",
        bad_count=("varios", "grupo numeroso", "decenas"),
        repeats=False,
    ),
    ExaminerSource(
        source=_PA,
        filename="pa_media_ig.jsonl",
        ref="PA-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "item_id",
            "event_date": "date",
            "location": "location",
            "crime_type": "category",
            "exploitation": "exploitation",
            "n_persons": "people",
            "n_suspects": "arrests",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "country",
            "transit_countries": "route",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "other_offences",
        },
        note="ADVISORY: figures in this feed are updated as agencies confirm them",
        total="FEED SUMMARY",
        bad_count=("dozens", "several", "a number of"),
        repeats=True,
    ),
)


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, Words] = {
    _ICIBI: {
        "smuggling": ("Facilitation (s.25 IA 1971)", "Organised immigration crime", "OIC"),
        "trafficking": ("Modern slavery", "Human trafficking (MSA 2015)", "MS/HT"),
        "both": ("MS/HT + OIC", "Modern slavery and facilitation"),
    },
    _VDN: {
        "smuggling": ("filière de passeurs", "aide à l'entrée irrégulière", "passage clandestin"),
        "trafficking": ("traite des êtres humains", "traite"),
        "both": ("traite et passeurs", "traite + aide au passage"),
    },
    _SER: {
        "smuggling": (
            "tráfico de migrantes",
            "favorecimiento de la inmigración ilegal",
            "tráfico ilícito de migrantes",
        ),
        "trafficking": ("trata de seres humanos", "trata"),
        "both": ("trata y tráfico de migrantes", "trata y favorecimiento"),
    },
    _AGR: {
        "smuggling": ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "TdP"),
        "both": ("Trata y tráfico", "TdP / TIM"),
    },
    _PA: {
        "smuggling": ("people smuggling", "migrant smuggling"),
        "trafficking": ("human trafficking", "modern slavery"),
        "both": ("trafficking and smuggling", "smuggling/trafficking"),
    },
}
_EXPLOITATION: dict[str, Words] = {
    _ICIBI: {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    _VDN: {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    _SER: {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "delincuencia forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras",),
    },
    _AGR: {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio servil", "matrimonio forzado"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra",),
    },
    _PA: {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("criminal exploitation",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ harvesting",),
        "other": ("other",),
    },
}
_GENDER: dict[str, Words] = {
    _ICIBI: {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "Male & female")},
    _VDN: {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    _SER: {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    _AGR: {"male": ("masculino",), "female": ("femenino",), "mixed": ("mixto", "ambos sexos")},
    _PA: {"male": ("male", "men"), "female": ("female", "women"), "mixed": ("mixed",)},
}
_AGE: dict[str, Words] = {
    _ICIBI: {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "UASC", "Child"),
        "mixed": ("Adults and minors", "Mixed"),
    },
    _VDN: {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs",),
        "mixed": ("majeurs et mineurs", "dont mineurs"),
    },
    _SER: {
        "adult": ("adultos",),
        "child": ("menores",),
        "mixed": ("adultos y menores", "incluye menores"),
    },
    _AGR: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    _PA: {
        "adult": ("adults", "adult"),
        "child": ("minors", "children"),
        "mixed": ("adults and children", "mixed"),
    },
}
_OFFENCES: dict[str, Words] = {
    _ICIBI: {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering", "POCA (money laundering)"),
        "illicit_goods": ("Drugs", "Cannabis cultivation"),
        "cybercrime": ("Cyber-enabled fraud",),
        "terrorism": ("Terrorism",),
    },
    _VDN: {
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _SER: {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "hachís"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    _AGR: {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    _PA: {
        "document_fraud": ("document fraud", "false passports"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {_ICIBI: "; ", _VDN: ", ", _SER: ", ", _AGR: "; ", _PA: ", "}

# Country names each agency writes, where they differ from the plain name of its language.
_EN_NAMES = {
    "CIV": ("Ivory Coast", "Côte d'Ivoire"),
    "TUR": ("Turkey", "Türkiye"),
    "VNM": ("Vietnam",),
    "GBR": ("UK", "Britain"),
    "USA": ("US", "United States"),
    "GMB": ("the Gambia", "Gambia"),
    "BIH": ("Bosnia", "Bosnia and Herzegovina"),
    "MKD": ("North Macedonia",),
}
_FR_NAMES = {
    "GBR": ("Angleterre", "Royaume-Uni", "Grande-Bretagne"),
    "ERI": ("Érythrée", "Erythrée"),
    "VNM": ("Vietnam", "Viêt Nam"),
}
_ES_NAMES = {
    "USA": ("EE.UU.", "Estados Unidos", "EEUU"),
    "BGD": ("Bangladés", "Bangladesh"),
    "CHN": ("China", "R.P. China"),
}
_EN_DEMONYMS = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_PA_DEMONYMS = {
    **_EN_DEMONYMS,
    "BGD": "Bangladeshi",
    "EGY": "Egyptian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "MEX": "Mexican",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "TUN": "Tunisian",
    "VEN": "Venezuelan",
    "YEM": "Yemeni",
}
_FR_DEMONYMS = {
    "AFG": ("Afghans",),
    "ALB": ("Albanais",),
    "ERI": ("Érythréens", "Erythréens"),
    "IRN": ("Iraniens",),
    "IRQ": ("Irakiens", "Kurdes irakiens"),
    "SYR": ("Syriens",),
    "VNM": ("Vietnamiens",),
}
_ES_DEMONYMS = {
    "MAR": ("marroquíes",),
    "DZA": ("argelinos",),
    "SEN": ("senegaleses",),
    "MLI": ("malienses",),
    "GMB": ("gambianos",),
    "CIV": ("marfileños",),
    "ROU": ("rumanos",),
    "TUN": ("tunecinos",),
}
#: Nationals the Spanish press lumps together as "subsaharianos" (no one country).
_SUBSAHARAN = frozenset({"SEN", "MLI", "GMB", "CIV", "GIN"})


def _name(iso: str, lang: str) -> str:
    """Plain name of a country in ``lang`` (the samples' country table)."""
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of seven letters or more (a typing slip)."""
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()) or text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual form (the first) two times in three, another form otherwise."""
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _date_cell(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date the agency's way; return (cell, expected date, precision)."""
    r = rng.random()
    day = ts.normalize()
    if src.source == _ICIBI:
        if partial_ok and r < 0.05:
            tags.append("partial_date:quarter")
            return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter"
        if r < 0.25:
            tags.append("text_date")
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", day, "day"
        return day.to_pydatetime(), day, "day"
    if src.source == _VDN:
        if partial_ok and r < 0.08:
            tags.append("partial_date:month")
            return f"{_MOIS[ts.month - 1]} {ts.year}", _month_start(ts), "month"
        return ts.strftime("%d/%m/%Y"), day, "day"
    if src.source == _SER:
        if partial_ok and r < 0.05:
            tags.append("partial_date:month")
            return f"{_MESES[ts.month - 1]} de {ts.year}", _month_start(ts), "month"
        if r < 0.3:
            tags.append("unpadded_date")
            return f"{ts.day}/{ts.month}/{ts.year}", day, "day"
        return ts.strftime("%d/%m/%Y"), day, "day"
    if src.source == _AGR:
        if partial_ok and r < 0.04:
            tags.append("partial_date:month")
            return f"{_MESES[ts.month - 1]} {ts.year}", _month_start(ts), "month"
        if r < 0.2:
            tags.append("excel_serial")
            return _serial(ts), day, "day"
        if r < 0.35:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), day, "day"
        return day.to_pydatetime(), day, "day"
    # PA Media feed
    if partial_ok and r < 0.06:
        tags.append("partial_date:month")
        return ts.strftime("%Y-%m"), _month_start(ts), "month"
    if r < 0.35:
        tags.append("iso_datetime")
        hour, minute = 6 + int(rng.integers(14)), int(rng.integers(60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z", day, "day"
    return ts.strftime("%Y-%m-%d"), day, "day"


def _day_text(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a plain day in the agency's usual style (note rows)."""
    if src.format == "xlsx":
        return ts.normalize().to_pydatetime()
    if src.source == _PA:
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row: blank, impossible, or typed a decade ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        ahead = ts.replace(year=ts.year + 10) if not (ts.month == 2 and ts.day == 29) else ts
        return _day_text(src, ahead)
    day, month = choice(rng, ("30/02", "31/02", "31/04", "31/06", "31/09", "31/11")).split("/")
    if src.source == _ICIBI:
        return f"{int(day)} {MONTHS[int(month) - 1]} {ts.year}"
    if src.source == _PA:
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the source's last row."""
    return _day_text(src, last)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_PLACEHOLDER = {
    _ICIBI: ("Not recorded",),
    _VDN: ("n.c.", "non communiqué"),
    _SER: ("sin cifra", "s/d"),
    _AGR: ("s/d",),
    _PA: ("unknown", "unconfirmed"),
}
_ZERO_WORD = {_ICIBI: "Nil", _VDN: "aucun", _SER: "ninguno"}
_FR_NUMBERS = ("un", "deux", "trois", "quatre", "cinq")


def _persons_cell(
    src: ExaminerSource, n: int, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, _PLACEHOLDER[src.source]), None
    if src.format != "csv":
        return n, n  # a number in the workbook or the feed
    if n >= 1000:
        tags.append("thousands:n_persons")
        sep = "." if src.source == _SER else "\u00a0"
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    return str(n), n


def _suspects_cell(
    src: ExaminerSource, n: int, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    r = rng.random()
    if src.source == _PA:
        if r < 0.12:
            tags.append("blank_n_suspects")
            return None, None
        return n, n
    if r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _PLACEHOLDER[src.source]), None
    if n == 0 and src.source in _ZERO_WORD and r < 0.6:
        tags.append("zero_word")
        return _ZERO_WORD[src.source], 0
    if src.source == _VDN and 1 <= n <= len(_FR_NUMBERS) and r < 0.4:
        tags.append("count_word")
        return _FR_NUMBERS[n - 1], n
    if src.format == "xlsx":
        return n, n
    return str(n), n


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(src: ExaminerSource, iso: str, col: str, ev: Cells, rng: _Rng, tags: list[str]) -> str:
    """Write one country the agency's way (``col`` is the canonical column)."""
    r = rng.random()
    s = src.source
    if s == _ICIBI:
        if col == "nationality" and iso in _EN_DEMONYMS and r < 0.5:
            tags.append("demonym:nationality")
            return _EN_DEMONYMS[iso]
        if iso == "GBR":
            if col == "detection_country":
                hot = str(ev.get("hotspot") or "")
                if hot == "Glasgow":
                    tags.append("alias:detection_country")
                    return "Scotland"
                if hot in ("London", "Birmingham") or r < 0.3:
                    tags.append("alias:detection_country")
                    return "England"
            return "UK" if r < 0.7 else "United Kingdom"
        if iso == "VNM":
            return "Vietnam" if r < 0.7 else "Viet Nam"
        return _name(iso, "en")
    if s == _VDN:
        if col == "nationality" and iso in _FR_DEMONYMS and r < 0.55:
            tags.append("demonym:nationality")
            return _word(rng, _FR_DEMONYMS[iso])
        name = _word(rng, _FR_NAMES[iso]) if iso in _FR_NAMES else _name(iso, "fr")
        if name != _name(iso, "fr"):
            tags.append(f"alias:{col}")
        return name
    if s == _SER:
        if col == "nationality" and iso in _ES_DEMONYMS and r < 0.45:
            tags.append("demonym:nationality")
            return _word(rng, _ES_DEMONYMS[iso])
        name = _word(rng, _ES_NAMES[iso]) if iso in _ES_NAMES else _name(iso, "es")
        return name.lower() if col == "nationality" and rng.random() < 0.1 else name
    if s == _AGR:
        if r < 0.3:
            tags.append(f"iso3:{col}")
            return iso
        if iso in _ES_NAMES:
            tags.append(f"alias:{col}")
            return _word(rng, _ES_NAMES[iso])
        name = _name(iso, "es")
        return name.upper() if rng.random() < 0.1 else name
    # PA Media
    if col == "nationality" and iso in _PA_DEMONYMS and r < 0.3:
        tags.append("demonym:nationality")
        return _PA_DEMONYMS[iso]
    if iso in _EN_NAMES:
        tags.append(f"alias:{col}")
        return _word(rng, _EN_NAMES[iso])
    name = _name(iso, "en")
    if rng.random() < 0.02 and _swap(name) != name:
        tags.append(f"typo:{col}")
        return _swap(name)
    return name


def _transit(
    src: ExaminerSource, codes: list[str], ev: Cells, rng: _Rng, tags: list[str]
) -> object:
    names = [_country(src, c, "transit_countries", ev, rng, tags) for c in codes]
    s = src.source
    if s == _ICIBI:
        return " > ".join(names)
    if s == _VDN:
        return ", ".join(names)
    if s == _SER:
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " y " + names[-1]
    if s == _AGR:
        return " / ".join(names)
    tags.append("list:transit_countries")
    return names  # a JSON list


# --------------------------------------------------------------------------------------
# Transport, places, extras
# --------------------------------------------------------------------------------------
def _mode(src: ExaminerSource, ev: Cells, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    """Write the transport mode; return (cell, expected mode)."""
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    hot = str(ev.get("hotspot") or "")
    s = src.source
    if s == _ICIBI:
        if corridor == "thb_vnm_gbr" and rng.random() < 0.25:
            tags.append("na_word")
            return "N/A (in-country encounter)", "unknown"
        words = {
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("Concealed in HGV", "Lorry", "Clandestine (vehicle)"),
            "air": ("Air", "Scheduled flight"),
        }
    elif s == _VDN:
        words = {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("camion", "poids lourd", "voiture"),
            "air": ("avion",),
        }
    elif s == _SER:
        land = (
            ("salto de valla", "a pie", "camión")
            if hot in ("Ceuta", "Melilla")
            else (
                "camión",
                "furgoneta",
                "autobús",
            )
        )
        sea = (
            ("cayuco", "neumática")
            if corridor == "watl"
            else ("patera", "neumática", "embarcación")
        )
        words = {"sea": sea, "land": land, "air": ("avión", "vuelo")}
    elif s == _AGR:
        words = {
            "land": ("a pie", "terrestre", "a pie (selva)"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        }
    else:
        words = {
            "sea": ("small boat", "boat", "sea"),
            "land": ("truck", "on foot", "land")
            if corridor == "us_mex"
            else ("lorry", "on foot", "land"),
            "air": ("plane", "air"),
        }
    return _word(rng, words[mode]), mode


_COMMUNES = {
    "Calais": ("Calais", "Sangatte", "Marck", "Wimereux"),
    "Dunkirk/Gravelines": ("Gravelines", "Dunkerque", "Grande-Synthe", "Loon-Plage"),
    "Dover": ("Douvres",),
}
_LUGARES = {
    "Ceuta": ("Ceuta",),
    "Melilla": ("Melilla",),
    "Almería": ("Almería", "Carboneras", "Cabo de Gata"),
    "Gran Canaria": ("Arguineguín", "Arinaga", "Gran Canaria"),
    "Tenerife": ("Los Cristianos", "Tenerife"),
    "El Hierro": ("La Restinga (El Hierro)",),
    "Lanzarote": ("Arrecife", "Órzola"),
    "Huelva": ("Lepe", "Moguer", "Palos de la Frontera", "Huelva"),
    "Almería (El Ejido)": ("El Ejido", "Níjar"),
    "Lampedusa": ("Lampedusa (Italia)",),
    "Pozzallo": ("Pozzallo (Italia)",),
    "Crotone": ("Crotone (Italia)",),
}
_PANAMA = {
    "Darién gap": ("Metetí", "Yaviza", "Canaán Membrillo"),
    "Bajo Chiquito": ("Bajo Chiquito",),
    "Lajas Blancas": ("Lajas Blancas",),
}


def _place(src: ExaminerSource, ev: Cells, rng: _Rng) -> str | None:
    hot = str(ev.get("hotspot") or "")
    table = {_VDN: _COMMUNES, _SER: _LUGARES, _AGR: _PANAMA}.get(src.source)
    if table is None:
        return hot or None
    return choice(rng, table[hot]) if hot in table else hot or None


def _icibi_extras(ev: Cells, mode_cell: str, rng: _Rng) -> Cells:
    """Write the inspection log's sector and how the case came to notice."""
    corridor = str(ev["corridor"])
    expl = ev.get("exploitation")
    if corridor == "thb_vnm_gbr":
        if expl == "forced_labour":
            sector = choice(rng, ("Nail bar", "Hand car wash", "Nail bar"))
        elif expl == "forced_criminality":
            sector = choice(rng, ("Cannabis farm", "Cannabis cultivation (residential)"))
        elif expl == "sexual":
            sector = choice(rng, ("Brothel (residential)", "Massage parlour"))
        else:
            sector = "Other"
        how = {
            "Hand car wash": (
                "Safe Car Wash app tip-off",
                "Responsible Car Wash Scheme audit",
                "Council licensing visit",
                "Immigration Enforcement visit",
            ),
            "Nail bar": (
                "Council licensing visit (special treatment licence)",
                "Consumer tip-off",
                "Immigration Enforcement visit",
                "Modern Slavery Helpline referral",
            ),
        }.get(sector, ("Police warrant", "Immigration Enforcement visit"))
        return {"sector": sector, "encounter": choice(rng, how)}
    if str(ev["transport_mode"]) == "sea":
        return {"sector": "Small boat arrival", "encounter": "Border Force interception"}
    return {
        "sector": "Port (Eastern Docks)",
        "encounter": "Border Force search (" + mode_cell + ")",
    }


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: Cells,
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    s = src.source
    tags: list[str] = []
    cells: Cells = {}
    exp: Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )

    # crime type and exploitation
    crime = str(ev["crime_type"])
    if s == _SER and crime == "smuggling" and rng.random() < 0.05:
        tags.append("ambiguous_crime")  # "tráfico de personas": trafficking or smuggling
        cells["crime_type"], exp["crime_type"] = "tráfico de personas", "unknown"
    else:
        cells["crime_type"], exp["crime_type"] = _word(rng, _CRIME[s][crime]), crime
    expl = ev.get("exploitation")
    exp["exploitation"] = None
    if crime in ("trafficking", "both"):
        if expl is None or rng.random() < 0.04:
            tags.append("blank_exploitation")
            exp["exploitation"] = "unknown"
        else:
            cells["exploitation"] = _word(rng, _EXPLOITATION[s][str(expl)])
            exp["exploitation"] = str(expl)

    # counts
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons_cell(src, n_persons, rng, tags)
    n_susp = ev.get("n_suspects")
    if forced_blank == "n_suspects" or n_susp is None:
        tags.append("blank_n_suspects")
        exp["n_suspects"] = None
    else:
        count = int(n_susp)  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects_cell(src, count, rng, tags)

    # gender and age
    gender = str(ev["gender"])
    if forced_blank == "gender" or (s in (_PA, _SER) and rng.random() < 0.06):
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    else:
        cells["gender"], exp["gender"] = _word(rng, _GENDER[s][gender]), gender
    age = str(ev["age_group"])
    if s == _PA and rng.random() < 0.03:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = "n/a", "unknown"
    else:
        cells["age_group"], exp["age_group"] = _word(rng, _AGE[s][age]), age

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev.get(col)
        if iso is None or forced_blank == col:
            tags.append(f"blank_{col}")
            exp[col] = None
            continue
        code = str(iso)
        if col == "nationality" and s == _SER and code in _SUBSAHARAN and rng.random() < 0.15:
            tags += ["blank_nationality", "vague_nationality"]
            cells[col], exp[col] = "subsaharianos", None
            continue
        if col == "origin_country" and s == _PA and rng.random() < 0.2:
            tags.append("blank_origin_country")  # the story names no origin
            exp[col] = None
            continue
        cells[col], exp[col] = _country(src, code, col, ev, rng, tags), code
    transit = ev.get("transit_countries")
    exp["transit_countries"] = None
    if transit is not None:
        if s in (_PA, _SER) and rng.random() < 0.12:
            tags.append("blank_transit_countries")  # the route is not told
        else:
            codes = str(transit).split("|")
            cells["transit_countries"] = _transit(src, codes, ev, rng, tags)
            exp["transit_countries"] = str(transit)

    cells["transport_mode"], exp["transport_mode"] = _mode(src, ev, rng, tags)

    # place and coordinates
    exp["lat"] = exp["lon"] = None
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if s == _ICIBI:
        cells.update(_icibi_extras(ev, str(cells["transport_mode"]), rng))
        tags.append("coords_missing")
    elif s == _SER:
        cells["place"] = _place(src, ev, rng)
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        tags.append("blank_coordinates")
        if s != _PA:
            cells["place"] = _place(src, ev, rng)
        else:
            cells["location"] = _place(src, ev, rng)
    else:
        r = rng.random()
        if s == _VDN:
            cells["place"] = _place(src, ev, rng)
            if str(ev["detection_country"]) != "FRA" or r < 0.1:
                tags.append("coords_missing")  # no point for arrivals told from Dover
            else:
                cells["lat"] = f"{lat:.5f}".replace(".", ",")
                cells["lon"] = f"{lon:.5f}".replace(".", ",")
                exp["lat"], exp["lon"] = lat, lon
        elif s == _AGR:
            cells["place"] = _place(src, ev, rng)
            if r < 0.08:
                tags.append("coords_missing")
            elif r < 0.11:
                tags.append("coords_placeholder")
                cells["coordinates"] = "sin GPS"
            else:
                cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
                exp["lat"], exp["lon"] = lat, lon
        else:
            cells["location"] = _place(src, ev, rng)
            if r < 0.15:
                tags.append("coords_missing")
            else:
                cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
                exp["lat"], exp["lon"] = lat, lon

    # linked offences
    off = ev.get("linked_offences")
    exp["linked_offences"] = None if off is None else str(off)
    if off is not None:
        words = [_word(rng, _OFFENCES[s][o]) for o in str(off).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[s].join(words)
    if s == _VDN and rng.random() < 0.1:
        _garble(src, cells, tags)
    return cells, exp, tags


def _garble(src: ExaminerSource, cells: Cells, tags: list[str]) -> None:
    """Garble a row pasted from a UTF-8 export into the cp1252 sheet (``è`` -> ``Ã¨``)."""
    for col, value in cells.items():
        if col in ("source_ref", "event_date") or not isinstance(value, str):
            continue
        garbled = mojibake(value)
        if garbled is not None and fits(garbled, src):
            cells[col] = garbled
            tags.append(f"mojibake:{col}")


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: The examiner's routing: who reports each event first, and who may report it again.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _ICIBI, "FRA": _VDN, "ESP": _SER, "PAN": _AGR},
    compilation=_PA,
    secondary={
        ("channel", "GBR"): _VDN,
        ("channel", "FRA"): _PA,
        ("thb_vnm_gbr", "GBR"): _PA,
        ("watl", "ESP"): _PA,
        ("wmed", "ESP"): _PA,
        ("cmed", "ITA"): _SER,
        ("darien", "PAN"): _PA,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=239_017,
    blank_share=0.35,
)


def make_blind239(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind239`` submissions (files ``*_ig.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``icibi_uk_ig.xlsx`` (English), ``voix_du_nord_ig.csv`` (French, cp1252, ``;``),
        ``cadena_ser_ig.csv`` (Spanish, UTF-16, tab), ``agregaduria_interior_panama_ig.xlsx``
        (Spanish) and ``pa_media_ig.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind239(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['icibi_uk_ig.xlsx', 'voix_du_nord_ig.csv', 'cadena_ser_ig.csv',
     'agregaduria_interior_panama_ig.xlsx', 'pa_media_ig.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:4].tolist()
    ['Id', 'Date', 'Commune', 'Type de faits']
    """
    return make_examined(EXAMINER, truth, seed=seed)
