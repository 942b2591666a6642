"""Examiner sample set ``blind306`` (files ``*_kv.*``): reproductive-health desks.

Five desks of fertility regulators, medical ethics bodies and sexual and reproductive
health (SRH) services, each writing its own export of the cases its staff flagged as
smuggling of migrants or trafficking in human beings (reproductive exploitation, forced
surrogacy and egg-donor trafficking included, which they file as their "other" form):

``hfea_compliance_kv.csv``
    UK Human Fertilisation and Embryology Authority, compliance and enforcement
    intelligence log. English, UTF-8 with BOM, ``,``. Dates ``17 May 2023`` or
    ``17/05/2023`` (a few ``May 2023``); "England"/"Scotland"/"UK" for the United
    Kingdom; ``Nil`` suspects; transit joined by ``" > "``; decimal-point coordinates.
``cnom_signalements_kv.csv``
    Conseil national de l'Ordre des médecins (France), signalements of the ethics desk.
    French, cp1252, ``;``, CRLF. Dates ``17/05/2023`` or ``17/05/23`` (a few ``mai 2023``,
    ``T2 2023``); nationalities as demonyms (``afghan``, ``ÉRYTHRÉEN``); ``MNA`` for an
    unaccompanied minor; small counts in words (``deux``); ``aucun`` suspect; one
    ``lat / lon`` cell with decimal commas.
``cnrha_sanidad_kv.xlsx``
    Comisión Nacional de Reproducción Humana Asistida (Spain, Ministerio de Sanidad).
    Spanish; real Excel dates, ``dd/mm/yyyy`` text and bare Excel serials; Criminal Code
    wording (``art. 177 bis``, ``318 bis``); ISO alpha-2 codes; a share of rows pasted
    from a UTF-8 file opened as ANSI (mojibake); numbers and text numbers side by side.
``aplafa_darien_kv.csv``
    Asociación Panameña para el Planeamiento de la Familia, SRH care at the Darién
    migrant reception stations, a KoboToolbox export with XML values and group headers.
    Spanish slugs (``trafico_migrantes``, ``estados_unidos``, ``no_sabe``), ISO dates,
    geopoints ``"lat lon altitude accuracy"``, select-multiple transit lists; UTF-8,
    ``;``; duplicate submissions re-sent.
``ippf_humanitarian_kv.jsonl``
    International Planned Parenthood Federation, humanitarian hub (London): the
    compilation of its member associations' reports (Italy, Greece, Croatia, Poland,
    the United States border through Mexfam), and a second report of some events first
    given by the others. English keys, ISO alpha-3 codes, JSON arrays for lists, ISO,
    month (``2023-05``) and quarter (``2023-Q2``) dates.

Every cell expects what a careful analyst reads from it; a cell that says nothing (a
"not known" word, a blank, a Kobo ``no_sabe``) expects nothing (or ``unknown``), and
the messiness tags of the truth say so.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
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

__all__ = ["SOURCES", "make_blind306"]

_Rng = np.random.Generator
_Cells = dict[str, object]
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
_EXCEL_EPOCH = dt.date(1899, 12, 30)


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_HFEA = ExaminerSource(
    source="hfea_compliance",
    filename="hfea_compliance_kv.csv",
    ref="HFEA-INT-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "HFEA ref",
        "event_date": "Date of incident",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "Number of individuals",
        "n_suspects": "Number of suspected facilitators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Method of travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated offences",
    },
    note="Extract from the HFEA intelligence database - figures provisional, not for publication",
    total="Grand total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
)
_CNOM = ExaminerSource(
    source="cnom_signalements",
    filename="cnom_signalements_kv.csv",
    ref="SIG{yy:02d}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de signalement",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées (lat / long)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du fichier des signalements - données provisoires, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
_CNRHA = ExaminerSource(
    source="cnrha_sanidad",
    filename="cnrha_sanidad_kv.xlsx",
    ref="CNRHA/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
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
    note="Datos provisionales. Fuente: registros de las CC.AA. remitidos a la Comisión",
    total="TOTAL",
    bad_count=("varias", "grupo", "numerosas"),
    repeats=False,
)
_APLAFA = ExaminerSource(
    source="aplafa_darien",
    filename="aplafa_darien_kv.csv",
    ref="DAR-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "codigo_registro",
        "event_date": "datos_caso/fecha_atencion",
        "crime_type": "datos_caso/tipo_caso",
        "exploitation": "datos_caso/tipo_explotacion",
        "n_persons": "datos_caso/num_personas",
        "n_suspects": "datos_caso/num_presuntos_responsables",
        "gender": "perfil/sexo",
        "age_group": "perfil/grupo_etario",
        "nationality": "perfil/nacionalidad",
        "origin_country": "ruta/pais_origen",
        "destination_country": "ruta/pais_destino",
        "detection_country": "ruta/pais_atencion",
        "transit_countries": "ruta/paises_transito",
        "transport_mode": "ruta/medio_transporte",
        "coordinates": "ubicacion",
    },
    note=None,
    total="total_general",
    bad_count=("varios", "grupo familiar", "muchos"),
    repeats=True,
)
_IPPF = ExaminerSource(
    source="ippf_humanitarian",
    filename="ippf_humanitarian_kv.jsonl",
    ref="IPPF-HUM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_form",
        "n_persons": "individuals",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality_iso",
        "origin_country": "origin_iso",
        "destination_country": "destination_iso",
        "detection_country": "country_iso",
        "transit_countries": "transit_iso",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many", "group"),
    repeats=False,
)

#: The set's sources, in the order :func:`make_blind306` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_HFEA, _CNOM, _CNRHA, _APLAFA, _IPPF)


# --------------------------------------------------------------------------------------
# Each desk's words
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Words:
    """What one desk writes for the vocabulary values and the empty cells."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]  # written for a pure smuggling case ("" = blank)
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, dict[str, tuple[str, ...]]]  # canonical -> corridor ("" = any) -> words
    offences: dict[str, tuple[str, ...]]
    offence_sep: tuple[str, ...]
    unknown: tuple[str, ...]  # a value not known ("" = blank)
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]


_WORDS: dict[str, _Words] = {
    "hfea_compliance": _Words(
        crime={
            "trafficking": ("Human trafficking", "Modern slavery / trafficking", "THB"),
            "smuggling": (
                "Facilitation of illegal entry",
                "Immigration facilitation",
                "People smuggling",
            ),
            "both": ("Trafficking & facilitation", "Trafficking and smuggling"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting", "Organ removal"),
            "forced_marriage": ("Forced marriage",),
            "other": ("Reproductive exploitation (surrogacy)", "Egg donation exploitation"),
        },
        no_exploitation=("", "", "N/A"),
        gender={
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed group", "Male & female"),
        },
        age={
            "adult": ("Adult", "18+"),
            "child": ("Under 18", "Child"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        mode={
            "sea": {"": ("Small boat", "RHIB", "Boat")},
            "land": {"channel": ("Lorry", "HGV"), "": ("Road", "Coach", "Car")},
            "air": {"": ("Flight", "Air")},
        },
        offences={
            "document_fraud": ("Document fraud", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Online recruitment / cyber",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=("; ", "; ", ", "),
        unknown=("Not known", "Not recorded", "Unknown", ""),
        count_unknown=("Not known", "TBC"),
        zero=("Nil", "None identified"),
    ),
    "cnom_signalements": _Words(
        crime={
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide au séjour irrégulier (passeurs)",
                "trafic de migrants",
            ),
            "both": ("traite et aide à l'entrée irrégulière", "TEH + passeurs"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("exploitation reproductive (GPA)", "GPA forcée"),
        },
        no_exploitation=("", "", "sans objet"),
        gender={
            "female": ("F", "femme(s)"),
            "male": ("M", "homme(s)"),
            "mixed": ("mixte", "H et F"),
        },
        age={
            "adult": ("majeur", "majeurs"),
            "child": ("mineur", "MNA"),
            "mixed": ("majeurs et mineurs", "familles avec enfants"),
        },
        mode={
            "sea": {"": ("small boat", "embarcation", "bateau pneumatique")},
            "land": {"": ("poids lourd", "camion", "voiture")},
            "air": {"": ("avion", "voie aérienne")},
        },
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=(", ", " + "),
        unknown=("NR", "non renseigné", "inconnu", ""),
        count_unknown=("inconnu", "NC"),
        zero=("aucun", "0 (aucun)"),
    ),
    "cnrha_sanidad": _Words(
        crime={
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "Trata de seres humanos",
                "TSH",
            ),
            "smuggling": (
                "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
                "Inmigración clandestina",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata y 318 bis", "Trata + tráfico de migrantes"),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Realización de actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras: explotación reproductiva", "Gestación subrogada forzada"),
        },
        no_exploitation=("", "No procede"),
        gender={
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        age={
            "adult": ("Mayor de edad", "Adultos"),
            "child": ("Menor de edad", "Menores"),
            "mixed": ("Mayores y menores",),
        },
        mode={
            "sea": {
                "watl": ("Cayuco", "Embarcación"),
                "wmed": ("Patera", "Embarcación neumática"),
                "": ("Embarcación", "Marítimo"),
            },
            "land": {"wmed": ("A pie (perímetro fronterizo)", "Vehículo"), "": ("Terrestre",)},
            "air": {"": ("Aéreo", "Avión")},
        },
        offences={
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contra la salud pública (drogas)"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=("; ", " y "),
        unknown=("Desconocido", "Sin datos", ""),
        count_unknown=("Desconocido", "Sin determinar"),
        zero=("Ninguno",),
    ),
    "aplafa_darien": _Words(
        crime={
            "trafficking": ("trata_personas",),
            "smuggling": ("trafico_migrantes",),
            "both": ("trata_y_trafico",),
        },
        exploitation={
            "sexual": ("explotacion_sexual",),
            "forced_labour": ("explotacion_laboral",),
            "forced_criminality": ("actividades_delictivas",),
            "organ_removal": ("extraccion_organos",),
            "forced_marriage": ("matrimonio_forzado",),
            "other": ("otra_explotacion_reproductiva",),
        },
        no_exploitation=("",),
        gender={"female": ("femenino",), "male": ("masculino",), "mixed": ("mixto",)},
        age={"adult": ("adultos",), "child": ("nna",), "mixed": ("adultos_y_nna",)},
        mode={
            "land": {"": ("a_pie", "a_pie", "terrestre")},
            "sea": {"": ("lancha",)},
            "air": {"": ("aereo",)},
        },
        offences={},
        offence_sep=(" ",),
        unknown=("no_sabe", ""),
        count_unknown=("no_sabe",),
        zero=("0",),
    ),
    "ippf_humanitarian": _Words(
        crime={
            "trafficking": ("Human trafficking",),
            "smuggling": ("Migrant smuggling",),
            "both": ("Trafficking and smuggling",),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("reproductive exploitation",),
        },
        no_exploitation=("",),
        gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        age={"adult": ("adult",), "child": ("child",), "mixed": ("mixed",)},
        mode={"sea": {"": ("sea",)}, "land": {"": ("land",)}, "air": {"": ("air",)}},
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=("",),
        unknown=("",),
        count_unknown=("unknown",),
        zero=("0",),
    ),
}

# French demonyms (masculine), as a French form's "Nationalité" cell holds them.
_FR_DEMONYMS = {
    "AFG": "afghan",
    "ALB": "albanais",
    "ERI": "érythréen",
    "IRN": "iranien",
    "IRQ": "irakien",
    "SYR": "syrien",
    "VNM": "vietnamien",
    "DEU": "allemand",
    "FRA": "français",
}


# --------------------------------------------------------------------------------------
# Reading the event
# --------------------------------------------------------------------------------------
def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _num(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _float(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _typo(name: str) -> str | None:
    """Two letters in the middle of a long name swapped; None if it cannot be done."""
    if len(name) < 7:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


def _slug(text: str) -> str:
    """Kobo choice name of a label: ``"Haití"`` -> ``"haiti"``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace(" ", "_").replace("’", "").replace("'", "")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
class _Row:
    """The cells, expected values and tags of one rendered row."""

    def __init__(self, src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.words = _WORDS[src.source]
        self.cells: _Cells = {}
        self.exp: _Cells = {}
        self.tags: list[str] = []

    def tag(self, name: str) -> None:
        self.tags.append(name)

    def draw(self) -> float:
        return float(self.rng.random())

    def word(self, options: tuple[str, ...]) -> str:
        return choice(self.rng, options)


def _date(row: _Row, ts: pd.Timestamp, *, partial_ok: bool) -> None:
    """Write the event date in the desk's styles; set its expected day and precision."""
    name = row.src.source
    r = row.draw()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    cell: object
    exp, prec = ts, "day"
    if name == "hfea_compliance":
        if partial_ok and r < 0.05:
            cell, exp, prec = f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
        elif r < 0.62:
            cell = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
        else:
            cell = ts.strftime("%d/%m/%Y")
    elif name == "cnom_signalements":
        if partial_ok and r < 0.05:
            cell, exp, prec = f"{_MOIS[ts.month - 1]} {ts.year}", month_start, "month"
        elif partial_ok and r < 0.08:
            cell, exp, prec = f"T{ts.quarter} {ts.year}", quarter_start, "quarter"
        elif r < 0.8:
            cell = ts.strftime("%d/%m/%Y")
        else:
            cell = ts.strftime("%d/%m/%y")
    elif name == "cnrha_sanidad":
        if partial_ok and r < 0.03:
            cell, exp, prec = f"{_MESES[ts.month - 1]} de {ts.year}", month_start, "month"
        elif r < 0.72:
            cell = ts.to_pydatetime()
        elif r < 0.9:
            cell = ts.strftime("%d/%m/%Y")
            row.tag("date_text")
        else:
            cell = (ts.date() - _EXCEL_EPOCH).days
            row.tag("excel_serial")
    elif name == "aplafa_darien":
        cell = ts.strftime("%Y-%m-%d")
    else:  # ippf_humanitarian
        if partial_ok and r < 0.08:
            cell, exp, prec = ts.strftime("%Y-%m"), month_start, "month"
        elif partial_ok and r < 0.15:
            cell, exp, prec = f"{ts.year}-Q{ts.quarter}", quarter_start, "quarter"
        else:
            cell = ts.strftime("%Y-%m-%d")
    if prec != "day":
        row.tag("partial_date")
    row.cells["event_date"] = cell
    row.exp["event_date"] = exp
    row.exp["date_precision"] = prec


def _country(row: _Row, iso: str, col: str) -> str:
    """One country as the desk writes it (tags name the visible style)."""
    name = row.src.source
    r = row.draw()
    if name == "hfea_compliance":
        if col == "detection_country" and iso == "GBR":
            if r < 0.4:
                scot = row.ev.get("hotspot") == "Glasgow"
                row.tag("alias:detection_country")
                return "Scotland" if scot else "England"
            if r < 0.65:
                row.tag("alias:detection_country")
                return "UK"
            return "United Kingdom"
        plain = _name(iso, "en")
        aliases = COUNTRIES[iso][4]
        if r < 0.1 and aliases:
            row.tag(f"alias:{col}")
            return str(aliases[0])
        if r < 0.16:
            row.tag(f"iso3:{col}")
            return iso
        if r < 0.21 and (typo := _typo(plain)):
            row.tag(f"typo:{col}")
            return typo
        if r < 0.25:
            row.tag(f"case:{col}")
            return plain.upper()
        if r < 0.28:
            row.tag(f"case:{col}")
            return plain + " "
        return plain
    if name == "cnom_signalements":
        plain = _name(iso, "fr")
        if col == "nationality" and iso in _FR_DEMONYMS and r < 0.6:
            row.tag("demonym:nationality")
            word = _FR_DEMONYMS[iso]
            return word.upper() if r < 0.2 else word
        if r < 0.3:
            row.tag(f"case:{col}")
            return plain.upper()
        if r < 0.35:
            row.tag(f"iso3:{col}")
            return iso
        if r < 0.4 and (typo := _typo(plain)):
            row.tag(f"typo:{col}")
            return typo
        return plain
    if name == "cnrha_sanidad":
        plain = _name(iso, "es")
        if r < 0.12:
            row.tag(f"iso2:{col}")
            return iso_codes(iso)[0]
        if r < 0.2:
            row.tag(f"case:{col}")
            return plain.upper()
        if r < 0.26 and (typo := _typo(plain)):
            row.tag(f"typo:{col}")
            return typo
        if r < 0.3:
            row.tag(f"case:{col}")
            return plain.lower()
        return plain
    if name == "aplafa_darien":
        return _slug(_name(iso, "es"))
    # ippf_humanitarian: ISO alpha-3 from the platform, alpha-2 or a name typed in
    if r < 0.07:
        row.tag(f"iso2:{col}")
        return iso_codes(iso)[0]
    if r < 0.13:
        return _name(iso, "en")
    row.tag(f"iso3:{col}")
    return iso


def _countries(row: _Row) -> None:
    words = row.words
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = _text(row.ev[col])
        if iso is None:
            row.cells[col], row.exp[col] = None, None
            continue
        r = row.draw()
        if col != "detection_country" and r < 0.03:
            # the desk did not know it: a "not known" word or a blank cell
            cell = row.word(words.unknown) or None
            row.cells[col], row.exp[col] = cell, None
            row.tag("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        row.cells[col], row.exp[col] = _country(row, iso, col), iso
    _transit(row)


def _transit(row: _Row) -> None:
    name = row.src.source
    value = _text(row.ev["transit_countries"])
    row.exp["transit_countries"] = value
    if value is None:  # a direct journey
        cell: object = None
        r = row.draw()
        if name == "cnom_signalements" and r < 0.3:
            cell = "direct"
            row.tag("transit_direct_word")
        elif name == "cnrha_sanidad" and r < 0.3:
            cell = "Directo"
            row.tag("transit_direct_word")
        elif name == "ippf_humanitarian":
            cell = []
        row.cells["transit_countries"] = cell
        return
    parts = value.split("|")
    if row.draw() < 0.03 and name != "ippf_humanitarian":
        row.cells["transit_countries"] = row.word(row.words.unknown) or None
        row.exp["transit_countries"] = None
        row.tag("unknown:transit_countries")
        return
    if name == "hfea_compliance":
        row.cells["transit_countries"] = " > ".join(_name(p, "en") for p in parts)
    elif name == "cnom_signalements":
        sep = row.word((", ", " - "))
        text = sep.join(_name(p, "fr") for p in parts)
        row.cells["transit_countries"] = text.upper() if row.draw() < 0.3 else text
    elif name == "cnrha_sanidad":
        sep = row.word((" - ", ", "))
        if row.draw() < 0.15:
            row.tag("iso2:transit_countries")
            row.cells["transit_countries"] = sep.join(iso_codes(p)[0] for p in parts)
        else:
            row.cells["transit_countries"] = sep.join(_name(p, "es") for p in parts)
    elif name == "aplafa_darien":  # select_multiple: space-separated choice names
        row.cells["transit_countries"] = " ".join(_slug(_name(p, "es")) for p in parts)
    else:
        row.cells["transit_countries"] = list(parts)


def _vocab(row: _Row, *, forced_blank: str | None) -> None:
    words = row.words
    crime = str(row.ev["crime_type"])
    row.cells["crime_type"] = row.word(words.crime[crime])
    row.exp["crime_type"] = crime

    expl = _text(row.ev["exploitation"])
    if crime == "smuggling" or expl is None:
        row.cells["exploitation"] = row.word(words.no_exploitation) or None
        row.exp["exploitation"] = None if crime == "smuggling" else "unknown"
    elif row.draw() < 0.04:
        row.cells["exploitation"] = row.word(words.unknown) or None
        row.exp["exploitation"] = "unknown"
        row.tag("unknown:exploitation")
    else:
        row.cells["exploitation"] = row.word(words.exploitation[expl])
        row.exp["exploitation"] = expl

    gender = str(row.ev["gender"])
    if forced_blank == "gender":
        row.cells["gender"], row.exp["gender"] = None, "unknown"
        row.tag("blank_gender")
    elif row.draw() < 0.03:
        row.cells["gender"], row.exp["gender"] = row.word(words.unknown) or None, "unknown"
        row.tag("blank_gender")
    else:
        row.cells["gender"], row.exp["gender"] = row.word(words.gender[gender]), gender

    age = str(row.ev["age_group"])
    if row.draw() < 0.025:
        row.cells["age_group"], row.exp["age_group"] = row.word(words.unknown) or None, "unknown"
        row.tag("na_word:age_group")
    else:
        row.cells["age_group"], row.exp["age_group"] = row.word(words.age[age]), age

    mode = str(row.ev["transport_mode"])
    if row.draw() < 0.02:
        cell = row.word(words.unknown) or None
        row.cells["transport_mode"], row.exp["transport_mode"] = cell, "unknown"
        row.tag("na_word:transport_mode")
    else:
        by_corridor = words.mode[mode]
        options = by_corridor.get(str(row.ev["corridor"]), by_corridor[""])
        row.cells["transport_mode"], row.exp["transport_mode"] = row.word(options), mode

    offences = _text(row.ev["linked_offences"])
    has_offences = "linked_offences" in row.src.headers
    row.exp["linked_offences"] = offences if has_offences else None
    if offences is None or not has_offences:
        row.cells["linked_offences"] = [] if row.src.format == "jsonl" else None
    elif row.src.format == "jsonl":
        row.cells["linked_offences"] = [words.offences[o][0] for o in offences.split("|")]
    else:
        sep = row.word(words.offence_sep)
        row.cells["linked_offences"] = sep.join(
            row.word(words.offences[o]) for o in offences.split("|")
        )


#: Desks whose count cells are free text (the Kobo form and the platform take numbers only).
_TYPED_COUNTS = ("hfea_compliance", "cnom_signalements", "cnrha_sanidad")


def _count_cell(row: _Row, n: int) -> object:
    """Write a count as the desk does: a number, a text number or a word."""
    name = row.src.source
    if row.src.format != "csv":
        if name == "cnrha_sanidad" and n >= 1000 and row.draw() < 0.5:
            row.tag("thousands:n_persons")
            return f"{n // 1000}.{n % 1000:03d}"
        return n
    if n >= 1000:
        if name == "hfea_compliance" and row.draw() < 0.7:
            row.tag("thousands:n_persons")
            return f"{n:,}"
        if name == "cnom_signalements":
            row.tag("thousands:n_persons")
            sep = row.word(("\u00a0", " "))  # a non-breaking space, or a plain one
            return f"{n // 1000}{sep}{n % 1000:03d}"
    if name == "cnom_signalements" and n <= 3 and row.draw() < 0.2:
        row.tag("count_word")
        female = row.ev["gender"] == "female"
        return {1: "une" if female else "un", 2: "deux", 3: "trois"}[n]
    return str(n)


def _counts(row: _Row, *, forced_blank: str | None) -> None:
    words = row.words
    persons = _num(row.ev["n_persons"])
    typed = row.src.source in _TYPED_COUNTS  # a free-text count cell
    if typed and row.draw() < 0.015:
        row.cells["n_persons"], row.exp["n_persons"] = row.word(words.count_unknown), None
        row.tag("count_placeholder")
    else:
        row.cells["n_persons"], row.exp["n_persons"] = _count_cell(row, persons), persons

    suspects = _num(row.ev["n_suspects"])
    r = row.draw()
    if forced_blank == "n_suspects":
        row.cells["n_suspects"], row.exp["n_suspects"] = None, None
        row.tag("blank_n_suspects")
    elif r < 0.04:
        row.cells["n_suspects"], row.exp["n_suspects"] = None, None
        row.tag("blank_n_suspects")
    elif r < 0.07 and typed:
        row.cells["n_suspects"] = row.word(words.count_unknown)
        row.exp["n_suspects"] = None
        row.tag("suspects_placeholder")
    elif suspects == 0 and r < 0.5 and words.zero != ("0",):
        row.cells["n_suspects"], row.exp["n_suspects"] = row.word(words.zero), 0
        row.tag("zero_word")
    else:
        row.cells["n_suspects"] = suspects if row.src.format != "csv" else str(suspects)
        row.exp["n_suspects"] = suspects


def _coordinates(row: _Row, *, forced_blank: str | None) -> None:
    name = row.src.source
    lat, lon = _float(row.ev["lat"]), _float(row.ev["lon"])
    row.exp["lat"], row.exp["lon"] = lat, lon
    gone = {
        "hfea_compliance": 0.04,
        "cnom_signalements": 0.1,
        "cnrha_sanidad": 0.05,
        "aplafa_darien": 0.06,
        "ippf_humanitarian": 0.05,
    }[name]
    r = row.draw()
    if forced_blank == "coordinates" or r < gone:
        row.tag("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        row.exp["lat"] = row.exp["lon"] = None
        if "coordinates" in row.src.headers:
            row.cells["coordinates"] = None
        else:
            row.cells["lat"] = row.cells["lon"] = None
        return
    if name == "hfea_compliance":
        a, b = f"{lat:.4f}", f"{lon:.4f}"
        if r > 0.99:  # typed into the wrong columns
            a, b = b, a
            row.tag("coords_swapped")
        row.cells["lat"], row.cells["lon"] = a, b
    elif name == "cnom_signalements":
        pair = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
        row.cells["coordinates"] = pair
    elif name == "cnrha_sanidad":
        if r > 0.85:  # pasted as text with a decimal comma
            row.cells["lat"] = f"{lat:.5f}".replace(".", ",")
            row.cells["lon"] = f"{lon:.5f}".replace(".", ",")
            row.tag("decimal_comma:coordinates")
        else:
            row.cells["lat"], row.cells["lon"] = round(lat, 5), round(lon, 5)
    elif name == "aplafa_darien":
        altitude = round(20 + 180 * row.draw(), 1)
        accuracy = round(3 + 20 * row.draw(), 1)
        row.cells["coordinates"] = f"{lat:.6f} {lon:.6f} {altitude} {accuracy}"
    else:
        row.cells["lat"], row.cells["lon"] = round(lat, 4), round(lon, 4)


def _garble(row: _Row) -> None:
    """Garble a CNRHA row pasted from a UTF-8 file opened as ANSI (its accents)."""
    changed = False
    for col, value in list(row.cells.items()):
        if isinstance(value, str) and (bad := mojibake(value)) is not None:
            row.cells[col] = bad
            changed = True
    if changed:
        row.tag("mojibake")


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one event as ``src`` writes it: (cells, expected values, tags)."""
    row = _Row(src, ev, rng)
    _date(row, pd.Timestamp(ev["event_date"]), partial_ok=partial_ok)  # type: ignore[arg-type]
    _vocab(row, forced_blank=forced_blank)
    _counts(row, forced_blank=forced_blank)
    _countries(row)
    for col in ("nationality", "detection_country"):
        if forced_blank == col:
            row.cells[col], row.exp[col] = None, None
            row.tag(f"blank_{col}")
    _coordinates(row, forced_blank=forced_blank)
    if src.source == "cnrha_sanidad" and rng.random() < 0.08:
        _garble(row)
    for col, value in row.cells.items():  # a cp1252 file cannot hold every letter
        if isinstance(value, str) and not fits(value, src):
            row.cells[col] = value.encode(src.encoding, "replace").decode(src.encoding)
    cells = {c: v for c, v in row.cells.items() if c in src.headers}
    return cells, row.exp, row.tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a bad date: a blank, an impossible day, or a year typed ten too high."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        dd, mm = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09")).split("/")
        if src.source in ("aplafa_darien", "ippf_humanitarian"):
            return f"{ts.year}-{mm}-{dd}"
        if src.source == "hfea_compliance":
            return f"{dd} {MONTHS[int(mm) - 1]} {ts.year}"
        return f"{dd}/{mm}/{ts.year}"
    day = min(ts.day, 28) if ts.month == 2 else ts.day  # no 29 February ten years on
    future = pd.Timestamp(ts.year + 10, ts.month, day)
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.source in ("aplafa_darien", "ippf_humanitarian"):
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date of the extraction written on the note row (a week after the last case)."""
    day = last + pd.Timedelta(days=7)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "hfea_compliance",
        "FRA": "cnom_signalements",
        "ESP": "cnrha_sanidad",
        "PAN": "aplafa_darien",
    },
    compilation="ippf_humanitarian",
    secondary={
        ("channel", "FRA"): "hfea_compliance",
        ("channel", "GBR"): "cnom_signalements",
        ("thb_vnm_gbr", "GBR"): "ippf_humanitarian",
        ("darien", "PAN"): "ippf_humanitarian",
        ("watl", "ESP"): "ippf_humanitarian",
        ("wmed", "ESP"): "ippf_humanitarian",
        ("thb_rou_esp", "ESP"): "ippf_humanitarian",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=306,
    blank_share=0.5,
)


def make_blind306(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five reproductive-health desks of ``blind306`` do.

    The UK fertility regulator (HFEA), the French medical ethics desk (CNOM), the Spanish
    assisted-reproduction commission (CNRHA), the Panamanian family-planning association
    at the Darién stations (APLAFA, a KoboToolbox export) and the IPPF humanitarian hub
    (the compilation of every other detection country). See the module's docstring for
    each file's format, encoding, delimiter and habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``hfea_compliance_kv.csv``, ``cnom_signalements_kv.csv``,
        ``cnrha_sanidad_kv.xlsx``, ``aplafa_darien_kv.csv`` and
        ``ippf_humanitarian_kv.jsonl``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind306(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hfea_compliance_kv.csv', 'cnom_signalements_kv.csv', 'cnrha_sanidad_kv.xlsx',
     'aplafa_darien_kv.csv', 'ippf_humanitarian_kv.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['codigo_registro', 'datos_caso/fecha_atencion', 'datos_caso/tipo_caso']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
