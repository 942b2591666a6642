"""Examiner sample set ``blind255`` (files ``*_iw.*``): rescue and border services on foot routes.

Five agencies that meet migrants walking across mountain, forest and desert borders, and
one Alpine desk that compiles the rest, write the true events their own way:

``hgss_hr_iw.xlsx``
    HGSS (Hrvatska gorska služba spašavanja, the Croatian Mountain Rescue Service), its
    intervention log as sent in English to partners: real Excel dates (a few typed as
    ``17.05.2023.`` with the Croatian closing dot), counts as numbers, demonyms for
    nationalities (``Afghan``), routes as ISO alpha-2 codes (``TR-BG-RS-BA``) and GPS
    positions in degrees and decimal minutes (``N45°09.074' E015°44.407'``).
    First reports every event detected in Croatia.
``pcpm_pl_iw.csv``
    PCPM (Polish Center for International Aid), its medical rescue team's call log at the
    Belarus border; English, UTF-8 with BOM, ``,``; timestamps ``2023-05-17 14:35`` (a few
    ``17.05.2023`` or ``17 May 2023``), small counts sometimes in words (``three``),
    ``Iraq (Kurdish)``, a ``lat, long`` pair from a phone map. No crime type: medics do
    not qualify offences. First reports every event detected in Poland.
``aguilas_desierto_iw.jsonl``
    Águilas del Desierto, the volunteer search-and-rescue group of the Arizona and
    California desert and mountains; a form tool's JSON lines export with Spanish keys,
    every value a string, US month-first dates (``5/17/2023``), Spanish demonyms
    (``guatemalteca``), positions in degrees, minutes and seconds
    (``31°20'44.4"N 110°56'44.4"W``). The form tool re-sends a few submissions (exact
    repeats). No crime type. First reports every event detected in the United States.
``greim_montana_iw.csv``
    Guardia Civil's mountain service (GREIM units), interventions log; Spanish, cp1252,
    ``;``, CRLF; upper-case country names and demonyms (``MARROQUÍ``), ``VARÓN`` /
    ``AMBOS SEXOS``, ``MENA``, penal-code wording (``art. 318 bis CP``), Spanish
    thousands dots, latitude and longitude with a decimal comma and a hemisphere letter
    (``2,46012 O``: *oeste*, west), a few Excel serial dates, and some cells pasted from
    a UTF-8 tool (mojibake). First reports every event detected in Spain.
``src_berne_iw.csv``
    The Swiss Federal Intelligence Service (SRC, Service de renseignement de la
    Confédération), its French migration watch compiled from partners and open sources;
    Excel "Unicode text" (UTF-16, tab-delimited); Swiss dates ``17.05.2023``, months
    (``mai 2023``, ``2023-05``) and quarters (``T2 2023``) when a source gives no day,
    Swiss thousands apostrophes (``1'250``), detection countries as UN M49 codes
    (``380``), ISO alpha-3 nationalities, Swiss law articles beside the offence words.
    First reports every other event (Italy, Greece, France, the United Kingdom, Panama)
    and reports again a share of the others (cross-source duplicates).

Every cell the truth reads is read as a careful analyst would; cells such an analyst cannot
read are planted as blanks, "unknown" words (tagged) or bad rows on purpose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

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

__all__ = ["SOURCES", "make_blind255"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

HGSS = "hgss_hr"
PCPM = "pcpm_pl"
AGUILAS = "aguilas_desierto"
GREIM = "greim_montana"
SRC = "src_berne"

_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=HGSS,
        filename="hgss_hr_iw.xlsx",
        ref="HGSS-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Intervention No.",
            "event_date": "Date of intervention",
            "detection_country": "Country",
            "coordinates": "GPS (WGS84)",
            "n_persons": "Persons found",
            "gender": "Sex",
            "age_group": "Adults/minors",
            "nationality": "Nationality (stated)",
            "transit_countries": "Route (stated)",
            "destination_country": "Destination (stated)",
            "transport_mode": "Movement",
            "n_suspects": "Guides with group",
            "crime_type": "Police assessment",
        },
        note="Note: provisional extract of the HGSS intervention log, not checked by police",
        total="TOTAL",
        bad_count=("group", "several", "large group"),
        repeats=False,
    ),
    ExaminerSource(
        source=PCPM,
        filename="pcpm_pl_iw.csv",
        ref="PCPM-MRT/{yy:02d}/{seq:03d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date/time of call",
            "coordinates": "Location (lat, long)",
            "detection_country": "Country",
            "n_persons": "No. of people assisted",
            "gender": "Gender",
            "age_group": "Adults / children",
            "nationality": "Nationality",
            "transit_countries": "Route",
            "destination_country": "Final destination",
            "transport_mode": "Travel mode",
            "n_suspects": "Facilitators seen",
        },
        note=None,
        total="Total",
        bad_count=("many", "big group", "several"),
        repeats=False,
    ),
    ExaminerSource(
        source=AGUILAS,
        filename="aguilas_desierto_iw.jsonl",
        ref="AD{yy:02d}-{seq:03d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "folio",
            "event_date": "fecha_localizacion",
            "detection_country": "pais",
            "coordinates": "coordenadas_gps",
            "n_persons": "personas_localizadas",
            "gender": "sexo",
            "age_group": "edades",
            "nationality": "nacionalidad",
            "transit_countries": "paises_de_paso",
            "destination_country": "destino",
            "transport_mode": "medio",
            "n_suspects": "guias_coyotes",
        },
        note=None,
        total="TOTAL TEMPORADA",
        bad_count=("varios", "un grupo", "muchos"),
        repeats=True,
    ),
    ExaminerSource(
        source=GREIM,
        filename="greim_montana_iw.csv",
        ref="{seq:04d}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº Intervención",
            "event_date": "Fecha",
            "crime_type": "Tipo de hecho",
            "exploitation": "Finalidad",
            "n_persons": "Nº personas",
            "n_suspects": "Detenidos/investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "Destino final",
            "detection_country": "País",
            "transport_mode": "Medio empleado",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales, pendientes de validar por la Jefatura",
        total="TOTAL",
        bad_count=("VARIOS", "GRUPO", "varios"),
        repeats=False,
    ),
    ExaminerSource(
        source=SRC,
        filename="src_berne_iw.csv",
        ref="SRC-MIG-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "event_date": "Date de l'événement",
            "detection_country": "Pays de détection (code ONU)",
            "crime_type": "Infraction",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Personnes concernées",
            "n_suspects": "Passeurs / auteurs",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "transport_mode": "Moyen de transport",
            "lat": "Lat.",
            "lon": "Long.",
            "linked_offences": "Infractions connexes",
        },
        note="Remarque : compilation de sources ouvertes et de partenaires, non vérifiée",
        total="Total général",
        bad_count=("plusieurs", "nombreux", "quelques-uns"),
        repeats=False,
    ),
)
#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = _SOURCES

_PRIMARY = {"HRV": HGSS, "POL": PCPM, "USA": AGUILAS, "ESP": GREIM}
_SECONDARY = {
    ("wbal", "HRV"): SRC,
    ("blr_pol", "POL"): SRC,
    ("us_mex", "USA"): SRC,
    ("wmed", "ESP"): SRC,
    ("watl", "ESP"): SRC,
    ("thb_rou_esp", "ESP"): SRC,
}

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
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
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

#: English names as the two English-writing services spell them (2021-2023).
_EN_NAMES = {"TUR": "Turkey", "VNM": "Vietnam", "CIV": "Ivory Coast", "USA": "USA"}
_EN_DEMONYMS = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "PAK": "Pakistani",
    "MAR": "Moroccan",
    "TUR": "Turkish",
    "IRQ": "Iraqi",
    "YEM": "Yemeni",
    "IRN": "Iranian",
}
# Spanish demonyms: (masculine, feminine).
_ES_DEMONYMS = {
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
_ES_ALIASES = {"USA": ("EE.UU.", "EEUU"), "GTM": ("Guate",)}
_FR_ALIASES = {"GBR": ("Grande-Bretagne",), "USA": ("USA",), "CIV": ("Côte d'Ivoire",)}

_GENDER: dict[str, Mapping[str, tuple[str, ...]]] = {
    HGSS: {"male": ("M", "male"), "female": ("F", "female"), "mixed": ("M/F", "mixed")},
    PCPM: {
        "male": ("men", "male"),
        "female": ("women", "female"),
        "mixed": ("mixed", "men & women"),
    },
    AGUILAS: {
        "male": ("hombres", "masculino"),
        "female": ("mujeres", "femenino"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    GREIM: {
        "male": ("VARONES", "HOMBRES"),
        "female": ("MUJERES",),
        "mixed": ("AMBOS SEXOS", "MIXTO"),
    },
    SRC: {
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F", "féminin"),
        "mixed": ("mixte", "H/F"),
    },
}
# Singular forms for a single person.
_GENDER_ONE: dict[str, Mapping[str, tuple[str, ...]]] = {
    HGSS: {"male": ("M", "male"), "female": ("F", "female")},
    PCPM: {"male": ("man", "male"), "female": ("woman", "female")},
    AGUILAS: {"male": ("hombre", "masculino"), "female": ("mujer", "femenino")},
    GREIM: {"male": ("VARÓN",), "female": ("MUJER",)},
    SRC: {"male": ("homme", "H", "masculin"), "female": ("femme", "F", "féminin")},
}
_AGE: dict[str, Mapping[str, tuple[str, ...]]] = {
    HGSS: {
        "adult": ("adults",),
        "child": ("minors", "UAM"),
        "mixed": ("adults + minors", "family"),
    },
    PCPM: {
        "adult": ("adults",),
        "child": ("children", "minors"),
        "mixed": ("family with children", "adults + children"),
    },
    AGUILAS: {
        "adult": ("adultos",),
        "child": ("menores", "menores no acompañados"),
        "mixed": ("adultos y menores", "familia"),
    },
    GREIM: {
        "adult": ("MAYORES DE EDAD", "ADULTOS"),
        "child": ("MENORES", "MENA"),
        "mixed": ("MAYORES Y MENORES", "ADULTOS Y MENORES"),
    },
    SRC: {
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "MNA"),
        "mixed": ("mixte", "familles"),
    },
}
_AGE_ONE: dict[str, Mapping[str, tuple[str, ...]]] = {
    HGSS: {"adult": ("adult",), "child": ("minor", "UAM")},
    PCPM: {"adult": ("adult",), "child": ("child", "minor")},
    AGUILAS: {"adult": ("adulto",), "child": ("menor", "menor no acompañado")},
    GREIM: {"adult": ("MAYOR DE EDAD",), "child": ("MENOR", "MENA")},
    SRC: {"adult": ("adulte", "majeur"), "child": ("mineur", "MNA")},
}
_MODE: dict[str, Mapping[str, tuple[str, ...]]] = {
    HGSS: {"land": ("on foot", "on foot", "on foot", "vehicle"), "sea": ("boat",), "air": ("air",)},
    PCPM: {"land": ("on foot", "on foot", "walking", "car"), "sea": ("boat",), "air": ("plane",)},
    AGUILAS: {
        "land": ("a pie", "a pie", "caminando", "vehículo"),
        "sea": ("lancha",),
        "air": ("avión",),
    },
    GREIM: {
        "land": ("A PIE", "VEHÍCULO", "TERRESTRE"),
        "sea": ("EMBARCACIÓN", "NEUMÁTICA"),
        "air": ("AÉREO", "AVIÓN"),
    },
    SRC: {
        "land": ("terrestre", "à pied", "camion"),
        "sea": ("maritime", "embarcation"),
        "air": ("aérien", "avion"),
    },
}
# Corridor-specific words of the Spanish service (the boats and the fences it meets).
_GREIM_MODE = {
    ("watl", "sea"): ("CAYUCO", "NEUMÁTICA", "EMBARCACIÓN"),
    ("wmed", "sea"): ("PATERA", "NEUMÁTICA", "MOTO DE AGUA"),
    ("wmed", "land"): ("A PIE", "VEHÍCULO"),
    ("thb_rou_esp", "land"): ("AUTOBÚS", "VEHÍCULO", "TERRESTRE"),
}
_SRC_CHANNEL_SEA = ("small boat", "embarcation", "maritime")
_CRIME: dict[str, Mapping[str, tuple[str, ...]]] = {
    HGSS: {
        "smuggling": ("migrant smuggling", "smuggling", "smuggling suspected"),
        "trafficking": ("THB suspected", "human trafficking"),
        "both": ("smuggling and THB", "smuggling + trafficking"),
    },
    GREIM: {
        "smuggling": (
            "FAVORECIMIENTO INMIGRACIÓN IRREGULAR",
            "favorecimiento de la inmigración clandestina (art. 318 bis CP)",
            "TRÁFICO ILÍCITO DE MIGRANTES",
        ),
        "trafficking": ("TRATA DE SERES HUMANOS", "trata de seres humanos (art. 177 bis CP)"),
        "both": ("TRATA Y TRÁFICO DE MIGRANTES", "trata (177 bis) y favorecimiento (318 bis)"),
    },
    SRC: {
        "smuggling": (
            "trafic de migrants",
            "trafic illicite de migrants",
            "incitation à l'entrée illégale (art. 116 LEI)",
        ),
        "trafficking": ("traite des êtres humains", "TEH", "traite d'êtres humains (art. 182 CP)"),
        "both": ("traite et trafic de migrants", "TEH + trafic de migrants"),
    },
}
_EXPLOITATION: dict[str, Mapping[str, tuple[str, ...]]] = {
    GREIM: {
        "sexual": ("EXPLOTACIÓN SEXUAL", "explotación sexual"),
        "forced_labour": ("EXPLOTACIÓN LABORAL", "trabajos forzados"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS", "criminalidad forzada"),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "other": ("OTRAS FORMAS",),
    },
    SRC: {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation du travail"),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
_OFFENCES: dict[str, Mapping[str, tuple[str, ...]]] = {
    GREIM: {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    SRC: {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_SEPS = {GREIM: (" / ", ", "), SRC: ("; ", " + ")}
_UNKNOWN = {
    HGSS: ("unknown", "n/k"),
    PCPM: ("unknown", "?", "did not say"),
    AGUILAS: ("desconocido", "no se sabe", "s/d"),
    GREIM: ("NO CONSTA", "DESCONOCIDO", "S/D"),
    SRC: ("inconnu", "n.c.", "non communiqué"),
}
_NA = {HGSS: ("n/a",), PCPM: ("n/a",), AGUILAS: ("s/d",), GREIM: ("NO CONSTA",), SRC: ("n.c.",)}
_ZERO = {HGSS: "none", PCPM: "no", AGUILAS: "ninguno", GREIM: "NINGUNO", SRC: "aucun"}
_COUNT_UNKNOWN = {GREIM: ("SIN DETERMINAR",), SRC: ("n.c.", "inconnu")}
_EXPL_UNKNOWN = {GREIM: ("SIN DETERMINAR", "NO CONSTA"), SRC: ("à déterminer", "inconnue")}

# Rates of the planted gaps.
_NAT_UNKNOWN = 0.02
_GENDER_BLANK = 0.015
_NA_RATE = 0.015
_SUSPECTS_UNKNOWN = 0.03
_COORDS_MISSING = 0.04
_PLACE_UNKNOWN = 0.02
_CASE_RATE = 0.04


# --------------------------------------------------------------------------------------
# Cell writers
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str, source: str) -> str:
    """Return a country's name as the source spells it."""
    if lang == "en" and iso in _EN_NAMES:
        return _EN_NAMES[iso]
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _typo(text: str) -> str:
    """Drop one letter in the middle of a long name (``Afghanistan`` -> ``Afghaistan``).

    Examples
    --------
    >>> _typo("Afghanistan"), _typo("Mali")
    ('Afghaistan', 'Mali')
    """
    if len(text) < 7:
        return text
    i = len(text) // 2
    if not text[i].isalpha() or text[i - 1] == text[i]:
        return text
    return text[:i] + text[i + 1 :]


def _country(
    iso: str, src: ExaminerSource, rng: _Rng, col: str, ev: dict[str, object]
) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, messiness tag or None)."""
    lang = src.language
    name = _name(iso, lang, src.source)
    r = rng.random()
    if src.source == HGSS:
        if col == "nationality" and r < 0.22 and iso in _EN_DEMONYMS:
            return _EN_DEMONYMS[iso], f"demonym:{col}"
        if r < 0.3:
            return iso, f"iso3:{col}"
        if r < 0.37 and _typo(name) != name:
            return _typo(name), f"typo:{col}"
        return name, None
    if src.source == PCPM:
        if col == "nationality" and iso == "IRQ" and r < 0.35:
            return choice(rng, ("Iraq (Kurdish)", "Kurdish (Iraq)")), f"alias:{col}"
        if col == "nationality" and r < 0.2 and iso in _EN_DEMONYMS:
            return _EN_DEMONYMS[iso], f"demonym:{col}"
        if r < 0.28 and _typo(name) != name:
            return _typo(name), f"typo:{col}"
        if r < 0.34:
            return name.lower(), f"case:{col}"
        return name, None
    if src.source == AGUILAS:
        if col == "nationality" and r < 0.3 and iso in _ES_DEMONYMS:
            masc, fem = _ES_DEMONYMS[iso]
            word = fem if ev["gender"] == "female" else masc
            if int(ev["n_persons"] or 1) > 1:  # type: ignore[call-overload]
                word = word + ("es" if word.endswith(("l", "n", "s", "í")) else "s")
            return word, f"demonym:{col}"
        if r < 0.38 and iso in _ES_ALIASES:
            return choice(rng, _ES_ALIASES[iso]), f"alias:{col}"
        if r < 0.44 and _typo(name) != name:
            return _typo(name), f"typo:{col}"
        return name, None
    if src.source == GREIM:
        if col == "nationality" and r < 0.15 and iso in _ES_DEMONYMS:
            masc, fem = _ES_DEMONYMS[iso]
            return (fem if ev["gender"] == "female" else masc).upper(), f"demonym:{col}"
        if r < 0.08:
            garbled = mojibake(name)
            if garbled is not None and fits(garbled, src):
                return garbled, f"mojibake:{col}"
            return name, None
        if r < 0.13 and _typo(name) != name:
            return _typo(name).upper(), f"typo:{col}"
        if r < 0.3:
            return name, None
        return name.upper(), None
    # the Swiss compilation: French names, ISO alpha-3 codes from partners' feeds
    if r < 0.25:
        return iso, f"iso3:{col}"
    if r < 0.3 and iso in _FR_ALIASES:
        return _FR_ALIASES[iso][0], f"alias:{col}"
    if r < 0.35 and _typo(name) != name:
        return _typo(name), f"typo:{col}"
    return name, None


def _transit(iso_list: str, src: ExaminerSource, rng: _Rng) -> tuple[str, str | None]:
    """Write an ordered ``A|B`` transit list the source's way."""
    codes = iso_list.split("|")
    lang = src.language
    if src.source == HGSS:
        if rng.random() < 0.75:
            return "-".join(iso_codes(c)[0] for c in codes), "iso2:transit_countries"
        return " > ".join(_name(c, lang, src.source) for c in codes), None
    if src.source == PCPM:
        sep = choice(rng, (" -> ", ", "))
        return sep.join(_name(c, lang, src.source) for c in codes), None
    if src.source == AGUILAS:
        sep = choice(rng, (" - ", ", "))
        return sep.join(_name(c, lang, src.source) for c in codes), None
    if src.source == GREIM:
        sep = choice(rng, (" - ", "/"))
        return sep.join(_name(c, lang, src.source).upper() for c in codes), None
    if rng.random() < 0.3:
        return ", ".join(codes), "iso3:transit_countries"
    return " / ".join(_name(c, lang, src.source) for c in codes), None


def _detection(iso: str, src: ExaminerSource, rng: _Rng) -> str:
    """Write the detection country the source's way."""
    if src.source == SRC:
        return iso_codes(iso)[1]  # UN M49 code, as the header says
    r = rng.random()
    alpha2 = iso_codes(iso)[0]
    name = _name(iso, src.language, src.source)
    if src.source == HGSS:
        return name if r < 0.8 else alpha2
    if src.source == PCPM:
        return name if r < 0.85 else alpha2
    if src.source == AGUILAS:
        if iso == "USA":
            return choice(rng, ("Estados Unidos", "Estados Unidos", "EE.UU.", "USA"))
        return name
    return name.upper() if r < 0.85 else alpha2


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write the event date; return (cell, expected date, precision, tag)."""
    r = rng.random()
    if src.source == HGSS:
        if r < 0.85:
            return ts.to_pydatetime(), ts, "day", None
        return f"{ts:%d.%m.%Y}.", ts, "day", "date_text"
    if src.source == PCPM:
        if r < 0.75:
            clock = f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"
            return f"{ts:%Y-%m-%d} {clock}", ts, "day", None
        if r < 0.9:
            return f"{ts:%d.%m.%Y}", ts, "day", "date_dotted"
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_long"
    if src.source == AGUILAS:
        if r < 0.9:
            return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", "date_month_first"
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}", ts, "day", "date_long"
    if src.source == GREIM:
        if r < 0.75:
            return f"{ts:%d/%m/%Y}", ts, "day", None
        if r < 0.92:
            return f"{ts:%d/%m/%y}", ts, "day", "date_two_digit_year"
        serial = (ts.normalize() - pd.Timestamp("1899-12-30")).days
        return str(serial), ts, "day", "excel_serial"
    # SRC: a day when the source gives one; else the month or the quarter
    if partial_ok and r < 0.12:
        month = ts.to_period("M").start_time
        if rng.random() < 0.5:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", "partial_date"
        return f"{ts:%Y-%m}", month, "month", "partial_date"
    if partial_ok and r < 0.2:
        quarter = ts.to_period("Q").start_time
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    if r < 0.3:
        return f"{ts:%Y-%m-%d}", ts, "day", "date_iso"
    return f"{ts:%d.%m.%Y}", ts, "day", None


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``N45°09.074'``); return (text, value read back).

    Examples
    --------
    >>> _ddm(45.15123, "N", "S", 2)
    ("N45°09.074'", 45.151233)
    """
    total = round(abs(value) * 60, 3)
    deg = int(total // 60)
    mins = round(total - deg * 60, 3)
    hemi = pos if value >= 0 else neg
    back = round((deg + mins / 60) * (1 if value >= 0 else -1), 6)
    return f"{hemi}{deg:0{width}d}°{mins:06.3f}'", back


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (``31°20'44.4"N``); return (text, value read back).

    Examples
    --------
    >>> print(_dms(-110.94567, "E", "W")[0])
    110°56'44.4"W
    """
    total = round(abs(value) * 3600, 1)
    deg = int(total // 3600)
    mins = int((total - deg * 3600) // 60)
    secs = round(total - deg * 3600 - mins * 60, 1)
    hemi = pos if value >= 0 else neg
    back = round((deg + mins / 60 + secs / 3600) * (1 if value >= 0 else -1), 6)
    return f"{deg}°{mins:02d}'{secs:04.1f}\"{hemi}", back


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    """Write a position the source's way; return (cells, lat read back, lon read back)."""
    if src.source == HGSS:
        t_lat, b_lat = _ddm(lat, "N", "S", 2)
        t_lon, b_lon = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon
    if src.source == PCPM:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src.source == AGUILAS:
        t_lat, b_lat = _dms(lat, "N", "S")
        t_lon, b_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon
    if src.source == GREIM:
        ns = "N" if lat >= 0 else "S"
        eo = "E" if lon >= 0 else "O"  # O = oeste (west)
        cells: dict[str, object] = {
            "lat": f"{abs(lat):.5f}".replace(".", ",") + f" {ns}",
            "lon": f"{abs(lon):.5f}".replace(".", ",") + f" {eo}",
        }
        return cells, round(lat, 5), round(lon, 5)
    return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, round(lat, 4), round(lon, 4)


def _count(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons; return (cell, tag)."""
    if src.format == "xlsx":
        return n, None
    if src.source == PCPM and n <= len(_NUMBER_WORDS) and rng.random() < 0.08:
        return _NUMBER_WORDS[n - 1], "count_word"
    if n >= 1000:
        if src.source == SRC and rng.random() < 0.8:
            return f"{n // 1000}'{n % 1000:03d}", "thousands:n_persons"
        if src.source == GREIM and rng.random() < 0.7:
            return f"{n // 1000}.{n % 1000:03d}", "thousands:n_persons"
    return str(n), None


def _noise(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a text cell (the meaning stays)."""
    kind = int(rng.integers(0, 3))
    if kind == 0:
        return text.upper() if text != text.upper() else text.lower()
    if kind == 1:
        return f"{text} "
    return f" {text}"


def _pick(words: Mapping[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    """Draw the usual word (60 %) or one of its variants."""
    forms = words[key]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


# --------------------------------------------------------------------------------------
# The render of one event
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    has = src.headers
    s = src.source
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(t: str | None) -> None:
        if t is not None:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tag(t)
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    one = n_persons == 1

    # crime type and exploitation
    crime = str(ev["crime_type"])
    if "crime_type" in has:
        cells["crime_type"] = _pick(_CRIME[s], crime, rng)
        exp["crime_type"] = crime
    else:
        exp["crime_type"] = "unknown"
    thb = exp["crime_type"] in ("trafficking", "both")
    expl = ev["exploitation"]
    if "exploitation" in has and expl is not None and thb:
        if rng.random() < 0.08:
            cells["exploitation"] = choice(rng, _EXPL_UNKNOWN[s])
            exp["exploitation"] = "unknown"
            tag("unknown:exploitation")
        else:
            cells["exploitation"] = _pick(_EXPLOITATION[s], str(expl), rng)
            exp["exploitation"] = expl
    else:
        exp["exploitation"] = "unknown" if thb else None

    # counts
    if s in _COUNT_UNKNOWN and rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[s])
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n_persons, rng)
        exp["n_persons"] = n_persons
        tag(t)
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif rng.random() < _SUSPECTS_UNKNOWN:
        cells["n_suspects"] = choice(rng, _UNKNOWN[s])
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif n_sus == 0 and rng.random() < 0.35:
        cells["n_suspects"] = _ZERO[s]
        exp["n_suspects"] = 0
        tag("zero_word")
    else:
        cells["n_suspects"] = n_sus if src.format == "xlsx" else str(n_sus)
        exp["n_suspects"] = n_sus

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < _GENDER_BLANK:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, _UNKNOWN[s])
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        table = _GENDER_ONE[s] if one and gender in _GENDER_ONE[s] else _GENDER[s]
        cells["gender"] = _pick(table, gender, rng)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < _NA_RATE:
        cells["age_group"] = choice(rng, _NA[s])
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        table = _AGE_ONE[s] if one and age in _AGE_ONE[s] else _AGE[s]
        cells["age_group"] = _pick(table, age, rng)
        exp["age_group"] = age
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    if rng.random() < _NA_RATE:
        cells["transport_mode"] = choice(rng, _NA[s])
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        words = _MODE[s][mode]
        if s == GREIM and (corridor, mode) in _GREIM_MODE:
            words = _GREIM_MODE[(corridor, mode)]
        if s == GREIM and mode == "land" and ev["hotspot"] in ("Ceuta", "Melilla"):
            words = ("SALTO DE VALLA", "SALTO DE VALLA", "A PIE")  # the border fences
        if s == SRC and corridor == "channel" and mode == "sea":
            words = _SRC_CHANNEL_SEA
        cells["transport_mode"] = choice(rng, words)
        exp["transport_mode"] = mode

    # countries
    nat = ev["nationality"]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tag("blank_nationality")
    elif nat is None or rng.random() < _NAT_UNKNOWN:
        cells["nationality"] = choice(rng, _UNKNOWN[s]) if nat is not None else None
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _country(str(nat), src, rng, "nationality", ev)
        exp["nationality"] = nat
        tag(t)
    for col in ("origin_country", "destination_country"):
        value = ev[col]
        if col not in has or value is None:
            exp[col] = None
            continue
        if rng.random() < _PLACE_UNKNOWN:
            cells[col] = choice(rng, _UNKNOWN[s])
            exp[col] = None
            tag(f"unknown:{col}")
        else:
            cells[col], t = _country(str(value), src, rng, col, ev)
            exp[col] = value
            tag(t)
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tag("blank_detection_country")
    else:
        cells["detection_country"] = _detection(det, src, rng)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is not None:
        cells["transit_countries"], t = _transit(str(transit), src, rng)
        tag(t)

    # place
    if forced_blank == "coordinates" or rng.random() < _COORDS_MISSING:
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)

    # linked offences
    offences = ev["linked_offences"]
    if "linked_offences" in has and offences is not None:
        sep = choice(rng, _OFFENCE_SEPS[s])
        cells["linked_offences"] = sep.join(
            _pick(_OFFENCES[s], o, rng) for o in str(offences).split("|")
        )
        exp["linked_offences"] = offences
    else:
        exp["linked_offences"] = None

    # a clerk's case and spacing slips on the text cells (the meaning stays)
    for col in ("gender", "age_group", "transport_mode", "nationality", "destination_country"):
        value = cells.get(col)
        if isinstance(value, str) and rng.random() < _CASE_RATE:
            cells[col] = _noise(value, rng)
            tags.append(f"case:{col}")
    # a few cells of the Spanish log come from a UTF-8 tool read as cp1252
    if s == GREIM:
        for col in ("exploitation", "transport_mode", "crime_type"):
            value = cells.get(col)
            if isinstance(value, str) and rng.random() < 0.05:
                garbled = mojibake(value.lower() if col != "crime_type" else value.capitalize())
                if garbled is not None and fits(garbled, src):
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, an impossible day or a decade typo (future)."""
    if kind == "no_date":
        return None
    s = src.source
    if kind == "bad_date":  # 30 or 31 February, in the source's own style
        day = choice(rng, ("30", "31"))
        return {
            HGSS: f"{day}.02.{ts.year}.",
            PCPM: f"{ts.year}-02-{day} 10:15",
            AGUILAS: f"2/{day}/{ts.year}",
            GREIM: f"{day}/02/{ts.year}",
        }.get(s, f"{day}.02.{ts.year}")
    # the decade mistyped: 2023 -> 2033, a day that lies in the future
    try:
        future = ts.replace(year=ts.year + 10)
    except ValueError:
        future = ts.replace(year=ts.year + 10, day=28)
    return _note_date(src, pd.Timestamp(future))


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write a date in the source's usual style (the note row's and the future dates)."""
    s = src.source
    if s == HGSS:
        return dt.datetime(last.year, last.month, last.day)
    if s == PCPM:
        return f"{last:%Y-%m-%d} 09:00"
    if s == AGUILAS:
        return f"{last.month}/{last.day}/{last.year}"
    if s == GREIM:
        return f"{last:%d/%m/%Y}"
    return f"{last:%d.%m.%Y}"


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=_SOURCES,
    primary=_PRIMARY,
    compilation=SRC,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=255,
    blank_share=0.3,
)


def make_blind255(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind255`` submissions (files ``*_iw.*``).

    Croatian mountain rescue (XLSX, English), a Polish medical rescue team at the
    Belarus border (CSV, English, UTF-8 with BOM), a US desert search-and-rescue group
    (JSON lines, Spanish), Guardia Civil's mountain service (CSV, Spanish, cp1252) and a
    Swiss French-language compilation (UTF-16 tab-delimited text) report the events of
    their countries; the compilation reports every other event and a share of the
    others again.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind255(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hgss_hr_iw.xlsx', 'pcpm_pl_iw.csv', 'aguilas_desierto_iw.jsonl',
     'greim_montana_iw.csv', 'src_berne_iw.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8-sig', 'utf-8', 'cp1252', 'utf-16']
    >>> subs[4].frame.columns[:3].tolist()
    ['N° dossier', "Date de l'événement", 'Pays de détection (code ONU)']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
