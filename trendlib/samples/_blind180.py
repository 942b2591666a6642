"""Examiner sample set ``blind180`` (files ``*_fz.*``): five maritime-leaning reporters.

Written without looking at the cleaner, from how these bodies keep their logs:

``snsm_cote_opale_fz.csv``
    Société Nationale de Sauvetage en Mer, stations of the Côte d'Opale (Calais,
    Dunkerque, Gravelines, Boulogne): French intervention reports (CRI) exported from a
    Windows spreadsheet: cp1252, ``;``, CRLF. Day-first dates with the French ``04h35``
    time, positions in degrees and decimal minutes with a decimal comma
    (``50°57,25'N 001°51,10'E``), nationality as the French adjective that agrees with
    *nationalité* (``afghane``, ``érythréenne``), ``Angleterre`` for the United Kingdom,
    ``AEI``/``TEH`` for the offences the PAF opened, ``aucun`` for no smuggler.
    Reports the detections in France.
``stella_maris_es_fz.xlsx``
    Apostolado del Mar - Stella Maris España, the Catholic seafarers' and port welfare
    network (delegations of Algeciras/Ceuta, Melilla, Almería, Huelva, Las Palmas,
    Tenerife): a shared Excel register of persons attended at the quay or referred as
    exploited workers. Real Excel dates, a few serial numbers and typed text dates,
    monthly or quarterly rows copied from a delegation's summary (``mayo 2023``,
    ``2º trimestre 2023``), Spanish demonyms (``marroquí``, ``senegalesa``), ``H``/``M``
    for *hombre*/*mujer*, ``MENA``, ``patera``/``cayuco``/``salto de valla``, counts as
    numbers or typed text with a thousands dot (``1.250``). No suspects and no
    coordinates: a welfare centre does not record them. Reports the detections in Spain.
``ambrey_intel_fz.jsonl``
    Ambrey, the maritime security and threat-intelligence desk that shipowners and
    their insurers subscribe to: its incident feed as JSON lines (UTF-8), ISO 8601 UTC
    timestamps (month or quarter only for items taken from periodic summaries), ISO
    alpha-2 codes (``UK`` for the United Kingdom, as the feed writes it), transit states
    as ``TR, BG, RS``, decimal coordinates as numbers. The compilation: it reports
    every event whose country has no primary reporter here, and repeats some of the
    others (Channel, Spain, US border, Darién) from the open sources it monitors.
``ibwc_field_ops_fz.csv``
    International Boundary and Water Commission, US Section, field offices (Nogales,
    El Paso, Mercedes): encounters of field crews along the boundary, saved from Excel
    as *Unicode Text* (UTF-16 with BOM, tab-separated). US month-first dates, Garmin
    positions (``N31 20.407 W110 56.474``), upper-case nationality names and ``OTM``
    (*other than Mexican*: nationality not established), ``UAC``/``FMUA``, ``N/A`` in
    the trafficking-type column of smuggling rows. Reports the detections in the USA.
``miambiente_darien_fz.csv``
    Ministerio de Ambiente de Panamá, park rangers of the Parque Nacional Darién: a
    Survey123 form export (UTF-8 with BOM, ``,``), day-first date and time, ``x``/``y``
    columns (longitude first), choice values written as labels, ISO alpha-3 codes or
    M49 numeric codes depending on the form version, ``EE.UU.``, ``1,250`` with a
    thousands comma; rows synchronised from an old tablet carry mojibake
    (``HaitÃ­``); a few submissions were synchronised twice (exact repeats). Reports
    the detections in Panama.

Every cell is written as the agency would write it, and the truth expects what a
careful analyst reads from it: a placeholder count (``non dénombré``, ``s/d``) keeps the
record without a count, ``OTM`` gives no nationality, an unknown word gives ``unknown``;
impossible dates (``31/06/2022``, ``2/30/2022``), year typos that put the date in the
future (``2032``), negative counts and words for a count (``plusieurs``) are bad rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "FzSource", "make_blind180"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class FzSource(ExaminerSource):
    """A source of the ``blind180`` set: the shared fields plus the agency's key.

    Attributes
    ----------
    agency : str
        Which writer renders its rows: ``"snsm"``, ``"stella"``, ``"ambrey"``,
        ``"ibwc"`` or ``"miambiente"``.
    """

    agency: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish) names, as these agencies spell them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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

# French nationality adjectives, feminine as they agree with "nationalité".
_FR_ADJ: dict[str, tuple[str, ...]] = {
    "AFG": ("afghane",),
    "IRN": ("iranienne",),
    "IRQ": ("irakienne", "iraquienne"),
    "ALB": ("albanaise",),
    "ERI": ("érythréenne", "erythréenne"),
    "SYR": ("syrienne",),
    "VNM": ("vietnamienne",),
}
# Spanish demonyms, masculine and feminine.
_ES_DEMONYM: dict[str, tuple[str, ...]] = {
    "MAR": ("marroquí",),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano (Conakry)", "guineana (Conakry)"),
    "MLI": ("maliense",),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}


def _name(iso3: str, lang: str) -> str:
    row = _NAMES.get(iso3)
    return row[_LANG[lang]] if row is not None else iso3


def _typo(text: str) -> str:
    """Swap two adjacent letters past the middle of a word of 6+ letters.

    Examples
    --------
    >>> _typo("GUATEMALA"), _typo("Mali")
    ('GUATEAMLA', 'Mali')
    """
    if len(text) < 6:
        return text
    i = len(text) // 2 + 1
    a, b = text[i], text[i + 1] if i + 1 < len(text) else ""
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[:i] + b + a + text[i + 2 :]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word (first) six times in ten, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _noise(rng: _Rng, text: str, rate: float = 0.05) -> tuple[str, bool]:
    """Change the case or spacing of ``text`` with probability ``rate``."""
    if rng.random() >= rate:
        return text, False
    k = int(rng.integers(4))
    out = (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text}"
        if k == 2
        else text + "  "
    )
    return out, out != text


# Vocabulary words by agency: canonical word -> written forms (first = usual).
_Vocab = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Words:
    crime: _Vocab
    exploitation: _Vocab  # + "unknown"
    gender: _Vocab  # male/female/mixed (+ "male1"/"female1" for one person) + "unknown"
    age: _Vocab  # + "unknown"
    transport: _Vocab  # + "unknown"
    offences: _Vocab
    offence_sep: tuple[str, ...]
    no_nationality: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    zero: tuple[str, ...]
    smuggling_exploitation: tuple[str | None, ...]  # cell of a pure smuggling row


_SNSM = _Words(
    crime={
        "smuggling": ("aide à l'entrée irrégulière", "AEI", "filière de passage (AEI)"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "TEH / AEI"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
        "unknown": ("non déterminée", "à préciser"),
    },
    gender={
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
        "male1": ("homme", "H"),
        "female1": ("femme", "F"),
        "unknown": ("non précisé", "NP"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "dont mineurs"),
        "unknown": ("non précisé", "?"),
    },
    transport={
        "sea": ("small boat", "embarcation pneumatique", "taxi-boat"),
        "land": ("à terre (plage)", "à pied"),
        "air": ("aérien",),
        "unknown": ("non précisé",),
    },
    offences={},
    offence_sep=(),
    no_nationality=("indéterminée", "non déclarée"),
    count_placeholder=("non dénombré", "NC"),
    suspects_placeholder=("?", "inconnu"),
    zero=("aucun", "néant"),
    smuggling_exploitation=(None,),
)

_STELLA = _Words(
    crime={
        "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
        "trafficking": ("trata de seres humanos", "trata", "TSH"),
        "both": ("trata y tráfico", "trata + tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
        "unknown": ("sin determinar", "pendiente"),
    },
    gender={
        "male": ("hombres", "H"),
        "female": ("mujeres", "M"),
        "mixed": ("mixto", "H y M"),
        "male1": ("H", "hombre", "varón"),
        "female1": ("M", "mujer"),
        "unknown": ("sin dato", "s/d"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
        "unknown": ("sin dato", "s/d"),
    },
    transport={
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("vía terrestre", "a pie", "autobús"),
        "air": ("avión", "vía aérea"),
        "unknown": ("sin dato",),
    },
    offences={},
    offence_sep=(),
    no_nationality=("sin determinar", "indocumentado"),
    count_placeholder=("s/d", "sin contar"),
    suspects_placeholder=(),
    zero=(),
    smuggling_exploitation=(None, None, "no procede"),
)

_AMBREY = _Words(
    crime={
        "smuggling": ("Migrant Smuggling", "People Smuggling"),
        "trafficking": ("Human Trafficking",),
        "both": ("Human Trafficking / Migrant Smuggling",),
    },
    exploitation={
        "sexual": ("Sexual Exploitation",),
        "forced_labour": ("Forced Labour",),
        "forced_criminality": ("Forced Criminality",),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
        "unknown": ("Unspecified",),
    },
    gender={
        "male": ("Male",),
        "female": ("Female",),
        "mixed": ("Mixed",),
        "male1": ("Male",),
        "female1": ("Female",),
        "unknown": ("Not reported",),
    },
    age={
        "adult": ("Adults",),
        "child": ("Minors",),
        "mixed": ("Adults and minors",),
        "unknown": ("Not reported",),
    },
    transport={
        "sea": ("Maritime",),
        "land": ("Land",),
        "air": ("Air",),
        "unknown": ("Not reported",),
    },
    offences={
        "document_fraud": ("Document Fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Narcotics", "Illicit Cargo"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=("; ",),
    no_nationality=(),
    count_placeholder=("unknown",),
    suspects_placeholder=(),
    zero=(),
    smuggling_exploitation=(None,),
)

_IBWC = _Words(
    crime={
        "smuggling": ("Human smuggling", "Alien smuggling"),
        "trafficking": ("Human trafficking", "TIP"),
        "both": ("Smuggling/TIP", "Smuggling & trafficking"),
    },
    exploitation={
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking",),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ trafficking",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Unk",),
    },
    gender={
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
        "male1": ("M",),
        "female1": ("F",),
        "unknown": ("Unk",),
    },
    age={
        "adult": ("Adult",),
        "child": ("Juvenile", "UAC"),
        "mixed": ("Adult/Juvenile", "FMUA"),
        "unknown": ("Unk",),
    },
    transport={
        "land": ("On foot", "Vehicle", "On foot (levee)"),
        "sea": ("Boat",),
        "air": ("Aircraft",),
        "unknown": ("Unk",),
    },
    offences={
        "document_fraud": ("fraudulent documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("narcotics", "marijuana bundles"),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
    offence_sep=(", ",),
    no_nationality=("UNK",),
    count_placeholder=("UNK",),
    suspects_placeholder=("UNK",),
    zero=("None",),
    smuggling_exploitation=("N/A",),
)

_MIAMBIENTE = _Words(
    crime={
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "trafficking": ("trata de personas", "indicios de trata"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
        "unknown": ("no determinado",),
    },
    gender={
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Grupo mixto"),
        "male1": ("Masculino",),
        "female1": ("Femenino",),
        "unknown": ("no registrado",),
    },
    age={
        "adult": ("Adultos",),
        "child": ("Menores de edad",),
        "mixed": ("Adultos y menores",),
        "unknown": ("no registrado",),
    },
    transport={
        "land": ("a pie", "caminando", "terrestre"),
        "sea": ("lancha",),
        "air": ("aéreo",),
        "unknown": ("no registrado",),
    },
    offences={
        "document_fraud": ("documentos falsos",),
        "corruption": ("soborno",),
        "money_laundering": ("lavado de dinero",),
        "illicit_goods": ("drogas", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=(", ", " y "),
    no_nationality=("no indica",),
    count_placeholder=("sin conteo", "no se pudo contar"),
    suspects_placeholder=("no determinado",),
    zero=("ninguno",),
    smuggling_exploitation=(None, None, "no aplica"),
)

_WORDS = {
    "snsm": _SNSM,
    "stella": _STELLA,
    "ambrey": _AMBREY,
    "ibwc": _IBWC,
    "miambiente": _MIAMBIENTE,
}

# Place columns of each agency, by the truth's hotspot name.
_STATION = {"Calais": ("Calais",), "Dunkirk/Gravelines": ("Dunkerque", "Gravelines")}
_DELEGACION = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Almería",
    "Almería (El Ejido)": "Almería",
    "Huelva": "Huelva",
    "Gran Canaria": "Las Palmas",
    "Lanzarote": "Las Palmas (Arrecife)",
    "Tenerife": "Tenerife",
    "El Hierro": "Tenerife (La Restinga)",
}
_FIELD_OFFICE = {
    "Nogales (Sonora/Arizona)": "Nogales FO",
    "Sasabe": "Nogales FO",
    "El Paso": "Upper Rio Grande FO (El Paso)",
    "Rio Grande Valley": "Lower Rio Grande FO (Mercedes)",
}
_SECTOR = {
    "Darién gap": "Sendero PN Darién",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "Lajas Blancas",
}


# --------------------------------------------------------------------------------------
# Cells shared by the writers
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float | None:
    value = ev.get(key)
    return None if value is None else float(value)  # type: ignore[arg-type]


def _gender_key(gender: str, n: int | None) -> str:
    if n == 1 and gender in ("male", "female"):
        return gender + "1"
    return gender


def _ddm(value: float, decimals: int) -> tuple[int, float]:
    """Degrees and minutes (rounded to ``decimals``) of ``abs(value)``, carry included."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, decimals)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return deg, minutes


def _from_ddm(deg: int, minutes: float, negative: bool) -> float:
    out = deg + minutes / 60
    return round(-out if negative else out, 7)


@dataclass
class _Row:
    """The cells, expected values and tags of one row being written."""

    cells: _Cells
    exp: dict[str, object]
    tags: list[str]


def _base_expected(ev: dict[str, object]) -> dict[str, object]:
    """Return the event's values, before the agency's blanks, unknowns and absent columns."""
    keys = (
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
        "linked_offences",
    )
    return {k: ev.get(k) for k in keys}


def _vocab(
    row: _Row,
    rng: _Rng,
    words: _Words,
    column: str,
    value: str | None,
    *,
    unknown_rate: float,
    persons: int | None = None,
) -> None:
    """Write a gender, age-group or transport cell; an unknown word expects ``unknown``."""
    table = {"gender": words.gender, "age_group": words.age, "transport_mode": words.transport}[
        column
    ]
    if value is None:
        row.cells[column] = None
        return
    if rng.random() < unknown_rate:
        row.cells[column] = _word(rng, table["unknown"])
        row.exp[column] = "unknown"
        row.tags.append("blank_gender" if column == "gender" else "na_word")
        return
    key = _gender_key(value, persons) if column == "gender" else value
    text, noisy = _noise(rng, _word(rng, table.get(key, table[value])))
    row.cells[column] = text
    if noisy:
        row.tags.append(f"case:{column}")


def _crime(row: _Row, rng: _Rng, words: _Words, ev: dict[str, object]) -> None:
    crime = str(ev["crime_type"])
    text, noisy = _noise(rng, _word(rng, words.crime[crime]), 0.03)
    row.cells["crime_type"] = text
    if noisy:
        row.tags.append("case:crime_type")
    expl = _text(ev, "exploitation")
    if crime == "smuggling" or expl is None:
        row.cells["exploitation"] = _choice_or_none(rng, words.smuggling_exploitation)
        row.exp["exploitation"] = None
        return
    if rng.random() < 0.08:
        row.cells["exploitation"] = _word(rng, words.exploitation["unknown"])
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
        return
    row.cells["exploitation"] = _word(rng, words.exploitation[expl])


def _choice_or_none(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None) uniformly.

    Parameters
    ----------
    rng : numpy.random.Generator
        Generator of the draw.
    options : tuple of str or None
        Non-empty choices.

    Returns
    -------
    str or None
        The option drawn.

    Examples
    --------
    >>> _choice_or_none(np.random.default_rng(0), (None,)) is None
    True
    """
    return options[int(rng.integers(len(options)))]


def _counts(
    row: _Row,
    rng: _Rng,
    words: _Words,
    write: Callable[[int], object],
    *,
    suspects: bool,
    zero_rate: float,
    numeric: bool = False,
) -> None:
    """Write the persons (and suspects) counts; placeholders expect no count."""
    n = _int(row.exp, "n_persons")
    if n is not None and words.count_placeholder and rng.random() < 0.015:
        row.cells["n_persons"] = _word(rng, words.count_placeholder)
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    else:
        row.cells["n_persons"] = None if n is None else write(n)
    if not suspects:
        row.exp["n_suspects"] = None
        row.tags.append("blank_n_suspects")
        return
    s = _int(row.exp, "n_suspects")
    if s is None:
        row.cells["n_suspects"] = None
        return
    r = rng.random()
    if r < 0.03:
        if words.suspects_placeholder:
            row.cells["n_suspects"] = _word(rng, words.suspects_placeholder)
            row.tags.append("suspects_placeholder")
        else:
            row.cells["n_suspects"] = None
            row.tags.append("blank_n_suspects")
        row.exp["n_suspects"] = None
    elif s == 0 and words.zero and r < 0.03 + zero_rate:
        row.cells["n_suspects"] = _word(rng, words.zero)
        row.tags.append("zero_word")
    else:
        row.cells["n_suspects"] = s if numeric else str(s)


def _offences(row: _Row, rng: _Rng, words: _Words, ev: dict[str, object]) -> None:
    value = _text(ev, "linked_offences")
    if value is None:
        row.cells["linked_offences"] = None
        return
    parts = [_word(rng, words.offences[p]) for p in value.split("|")]
    row.cells["linked_offences"] = choice(rng, words.offence_sep).join(parts)


def _blank(row: _Row, column: str, forced: str | None) -> bool:
    """Leave ``column`` blank in a second report that omits it."""
    if forced != column:
        return False
    row.tags.append(f"blank_{column}")
    if column == "coordinates":
        row.cells["lat"] = row.cells["lon"] = row.cells["coordinates"] = None
        row.exp["lat"] = row.exp["lon"] = None
    elif column == "gender":
        row.cells["gender"] = None
        row.exp["gender"] = "unknown"
    else:
        row.cells[column] = None
        row.exp[column] = None
    return True


def _maybe_blank(row: _Row, rng: _Rng, column: str, rate: float = 0.03) -> bool:
    """Leave an optional country cell (origin, destination, transit) blank."""
    if row.exp.get(column) is None or rng.random() >= rate:
        return False
    row.cells[column] = None
    row.exp[column] = None
    row.tags.append(f"blank_{column}")
    return True


def _time(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


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
# SNSM (French, CSV cp1252)
# --------------------------------------------------------------------------------------
def _styled(rng: _Rng, name: str, row: _Row, column: str) -> str:
    """Write a country name as typed: mostly as is, sometimes upper case or mistyped."""
    r = rng.random()
    if r < 0.15:
        row.tags.append(f"upper:{column}")
        return name.upper()
    if r < 0.2 and _typo(name) != name:
        row.tags.append(f"typo:{column}")
        return _typo(name)
    return name


def _fr_country(rng: _Rng, iso3: str, row: _Row, column: str) -> str:
    if column == "nationality" and iso3 in _FR_ADJ and rng.random() < 0.65:
        row.tags.append("demonym:nationality")
        return _word(rng, _FR_ADJ[iso3])
    return _styled(rng, _name(iso3, "fr"), row, column)


def _render_snsm(
    src: FzSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    words = _SNSM
    row = _Row({}, _base_expected(ev), [])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    if rng.random() < 0.7:
        h, m = _time(rng)
        row.cells["event_date"] = ts.strftime("%d/%m/%Y") + f" {h:02d}h{m:02d}"
    else:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    row.exp["event_date"], row.exp["date_precision"] = ts, "day"
    row.cells["station"] = choice(rng, _STATION.get(str(ev.get("hotspot")), ("Calais",)))
    det = str(ev["detection_country"])
    row.cells["detection_country"] = choice(
        rng, (_name(det, "fr"), _name(det, "fr"), _name(det, "fr").upper(), iso_codes(det)[0])
    )
    _blank(row, "detection_country", forced)
    _crime(row, rng, words, ev)
    _counts(
        row,
        rng,
        words,
        lambda n: f"{n} pers." if rng.random() < 0.15 else str(n),
        suspects=True,
        zero_rate=0.5,
    )
    _blank(row, "n_suspects", forced)
    _vocab(
        row,
        rng,
        words,
        "gender",
        _text(ev, "gender"),
        unknown_rate=0.03,
        persons=_int(ev, "n_persons"),
    )
    _blank(row, "gender", forced)
    _vocab(row, rng, words, "age_group", _text(ev, "age_group"), unknown_rate=0.025)
    _vocab(row, rng, words, "transport_mode", _text(ev, "transport_mode"), unknown_rate=0.02)
    nat = _text(ev, "nationality")
    if not _blank(row, "nationality", forced) and nat is not None:
        if rng.random() < 0.02:
            row.cells["nationality"] = _word(rng, words.no_nationality)
            row.exp["nationality"] = None
            row.tags.append("blank_nationality")
        else:
            row.cells["nationality"] = _fr_country(rng, nat, row, "nationality")
    row.exp["origin_country"] = None  # no column: a rescue report does not ask it
    transit = _text(ev, "transit_countries")
    if not _maybe_blank(row, rng, "transit_countries") and transit is not None:
        sep = choice(rng, (", ", " puis ", " / "))
        row.cells["transit_countries"] = sep.join(_name(c, "fr") for c in transit.split("|"))
    dest = _text(ev, "destination_country")
    if not _maybe_blank(row, rng, "destination_country") and dest is not None:
        if dest == "GBR":
            row.cells["destination_country"] = _word(rng, ("Royaume-Uni", "Angleterre", "UK", "GB"))
            if row.cells["destination_country"] != "Royaume-Uni":
                row.tags.append("alias:destination_country")
        else:
            row.cells["destination_country"] = _name(dest, "fr")
    row.exp["linked_offences"] = None  # no column
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if not _blank(row, "coordinates", forced):
        if lat is None or lon is None or rng.random() < 0.05:
            row.cells["coordinates"] = None
            row.exp["lat"] = row.exp["lon"] = None
            row.tags.append("coords_missing")
        else:
            d1, m1 = _ddm(lat, 2)
            d2, m2 = _ddm(lon, 2)
            text = (
                f"{d1:02d}°{m1:05.2f}'{'N' if lat >= 0 else 'S'} "
                f"{d2:03d}°{m2:05.2f}'{'E' if lon >= 0 else 'W'}"
            ).replace(".", ",")
            row.cells["coordinates"] = text
            row.exp["lat"] = _from_ddm(d1, m1, lat < 0)
            row.exp["lon"] = _from_ddm(d2, m2, lon < 0)
            row.tags.append("ddm_decimal_comma")
    return row


# --------------------------------------------------------------------------------------
# Stella Maris (Spanish, XLSX)
# --------------------------------------------------------------------------------------
def _es_country(rng: _Rng, iso3: str, row: _Row, column: str) -> str:
    if column == "nationality" and iso3 in _ES_DEMONYM and rng.random() < 0.7:
        row.tags.append("demonym:nationality")
        return choice(rng, _ES_DEMONYM[iso3])
    return _styled(rng, _name(iso3, "es"), row, column)


def _render_stella(
    src: FzSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    words = _STELLA
    row = _Row({}, _base_expected(ev), [])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    row.exp["event_date"], row.exp["date_precision"] = ts, "day"
    if partial_ok and r < 0.08:
        row.cells["event_date"] = choice(
            rng, (f"{_ES_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
        )
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
        row.tags.append("partial_date")
    elif partial_ok and r < 0.12:
        row.cells["event_date"] = choice(
            rng, (f"{ts.quarter}º trimestre {ts.year}", f"T{ts.quarter} {ts.year}")
        )
        row.exp["event_date"], row.exp["date_precision"] = _quarter_start(ts), "quarter"
        row.tags.append("partial_date")
    elif r < 0.22:
        row.cells["event_date"] = int((ts.normalize() - _EXCEL_EPOCH).days)
        row.tags.append("excel_serial")
    elif r < 0.3:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
        row.tags.append("text_date")
    else:
        row.cells["event_date"] = ts.normalize().to_pydatetime()
    row.cells["delegacion"] = _DELEGACION.get(str(ev.get("hotspot")), "Algeciras")
    det = str(ev["detection_country"])
    row.cells["detection_country"] = _word(rng, (_name(det, "es"), "ESPAÑA", "Espana", "ES"))
    _blank(row, "detection_country", forced)
    _crime(row, rng, words, ev)

    def count(n: int) -> object:
        if n >= 1000 and rng.random() < 0.5:
            row.tags.append("thousands:n_persons")
            return f"{n // 1000}.{n % 1000:03d}"
        return str(n) if rng.random() < 0.08 else n

    _counts(row, rng, words, count, suspects=False, zero_rate=0.0)
    _vocab(
        row,
        rng,
        words,
        "gender",
        _text(ev, "gender"),
        unknown_rate=0.03,
        persons=_int(ev, "n_persons"),
    )
    _blank(row, "gender", forced)
    _vocab(row, rng, words, "age_group", _text(ev, "age_group"), unknown_rate=0.025)
    _vocab(row, rng, words, "transport_mode", _text(ev, "transport_mode"), unknown_rate=0.02)
    fence = ev.get("hotspot") in ("Ceuta", "Melilla") and row.exp["transport_mode"] == "land"
    if fence and row.cells["transport_mode"] != _STELLA.transport["unknown"][0]:
        if rng.random() < 0.5:  # over the border fence of Ceuta or Melilla
            row.cells["transport_mode"] = "salto de valla"
    nat = _text(ev, "nationality")
    if not _blank(row, "nationality", forced) and nat is not None:
        if rng.random() < 0.02:
            row.cells["nationality"] = _word(rng, words.no_nationality)
            row.exp["nationality"] = None
            row.tags.append("blank_nationality")
        else:
            row.cells["nationality"] = _es_country(rng, nat, row, "nationality")
    origin = _text(ev, "origin_country")
    if not _maybe_blank(row, rng, "origin_country") and origin is not None:
        row.cells["origin_country"] = _es_country(rng, origin, row, "origin_country")
    transit = _text(ev, "transit_countries")
    if not _maybe_blank(row, rng, "transit_countries") and transit is not None:
        sep = choice(rng, (" - ", " / "))
        row.cells["transit_countries"] = sep.join(_name(c, "es") for c in transit.split("|"))
    dest = _text(ev, "destination_country")
    if not _maybe_blank(row, rng, "destination_country") and dest is not None:
        row.cells["destination_country"] = (
            choice(rng, ("España", "España (península)")) if dest == "ESP" else _name(dest, "es")
        )
    row.exp["linked_offences"] = None  # no column
    row.exp["lat"] = row.exp["lon"] = None  # no position kept
    row.tags.append("coords_missing")
    return row


# --------------------------------------------------------------------------------------
# Ambrey (English, JSON lines)
# --------------------------------------------------------------------------------------
def _iso2(iso3: str) -> str:
    code = iso_codes(iso3)[0]
    return "UK" if code == "GB" else code


def _headline(ev: dict[str, object]) -> str:
    place = str(ev.get("hotspot") or "")
    mode = ev.get("transport_mode")
    if ev.get("crime_type") != "smuggling":
        return f"Suspected trafficking victims identified - {place}"
    if mode == "sea":
        return f"Migrant vessel intercepted - {place}"
    return f"Irregular migrants detained - {place}"


def _render_ambrey(
    src: FzSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    words = _AMBREY
    row = _Row({}, _base_expected(ev), [])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    row.exp["event_date"], row.exp["date_precision"] = ts, "day"
    if partial_ok and r < 0.05:
        row.cells["event_date"] = ts.strftime("%Y-%m")
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
        row.tags.append("partial_date")
    elif partial_ok and r < 0.08:
        row.cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
        row.exp["event_date"], row.exp["date_precision"] = _quarter_start(ts), "quarter"
        row.tags.append("partial_date")
    elif r < 0.15:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")
    else:
        h, m = _time(rng)
        row.cells["event_date"] = ts.strftime("%Y-%m-%d") + f"T{h:02d}:{m:02d}:00Z"
    row.cells["headline"] = _headline(ev)
    _crime(row, rng, words, ev)
    det = str(ev["detection_country"])
    row.cells["detection_country"] = _iso2(det)
    if det == "GBR":
        row.tags.append("alias:detection_country")
    _blank(row, "detection_country", forced)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if not _blank(row, "coordinates", forced):
        if lat is None or lon is None or rng.random() < 0.05:
            row.cells["lat"] = row.cells["lon"] = None
            row.exp["lat"] = row.exp["lon"] = None
            row.tags.append("coords_missing")
        else:
            row.cells["lat"], row.cells["lon"] = round(lat, 4), round(lon, 4)
            row.exp["lat"], row.exp["lon"] = round(lat, 4), round(lon, 4)
    _counts(row, rng, words, lambda n: n, suspects=True, zero_rate=0.0, numeric=True)
    _blank(row, "n_suspects", forced)
    _vocab(
        row,
        rng,
        words,
        "gender",
        _text(ev, "gender"),
        unknown_rate=0.03,
        persons=_int(ev, "n_persons"),
    )
    _blank(row, "gender", forced)
    _vocab(row, rng, words, "age_group", _text(ev, "age_group"), unknown_rate=0.025)
    _vocab(row, rng, words, "transport_mode", _text(ev, "transport_mode"), unknown_rate=0.02)
    nat = _text(ev, "nationality")
    if not _blank(row, "nationality", forced) and nat is not None:
        if rng.random() < 0.02:
            row.cells["nationality"] = None
            row.exp["nationality"] = None
            row.tags.append("blank_nationality")
        else:
            row.cells["nationality"] = _iso2(nat)
            row.tags.append("iso2:nationality")
    origin = _text(ev, "origin_country")
    if not _maybe_blank(row, rng, "origin_country") and origin is not None:
        row.cells["origin_country"] = _iso2(origin)
    transit = _text(ev, "transit_countries")
    if not _maybe_blank(row, rng, "transit_countries") and transit is not None:
        row.cells["transit_countries"] = ", ".join(_iso2(c) for c in transit.split("|"))
    dest = _text(ev, "destination_country")
    if not _maybe_blank(row, rng, "destination_country") and dest is not None:
        row.cells["destination_country"] = _iso2(dest)
    _offences(row, rng, words, ev)
    return row


# --------------------------------------------------------------------------------------
# IBWC (English, CSV UTF-16, tab)
# --------------------------------------------------------------------------------------
def _render_ibwc(
    src: FzSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    words = _IBWC
    row = _Row({}, _base_expected(ev), [])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    day = f"{ts.month}/{ts.day}/{ts.year}"
    if rng.random() < 0.25:
        h, m = _time(rng)
        day += f" {h:02d}:{m:02d}"
    row.cells["event_date"] = day
    row.exp["event_date"], row.exp["date_precision"] = ts, "day"
    row.tags.append("us_date")
    row.cells["field_office"] = _FIELD_OFFICE.get(str(ev.get("hotspot")), "Nogales FO")
    det = str(ev["detection_country"])
    row.cells["detection_country"] = (
        _word(rng, ("U.S.", "US", "USA")) if det == "USA" else _name(det, "en").upper()
    )
    _blank(row, "detection_country", forced)
    _crime(row, rng, words, ev)
    _counts(row, rng, words, str, suspects=True, zero_rate=0.4)
    _blank(row, "n_suspects", forced)
    _vocab(
        row,
        rng,
        words,
        "gender",
        _text(ev, "gender"),
        unknown_rate=0.03,
        persons=_int(ev, "n_persons"),
    )
    _blank(row, "gender", forced)
    _vocab(row, rng, words, "age_group", _text(ev, "age_group"), unknown_rate=0.025)
    _vocab(row, rng, words, "transport_mode", _text(ev, "transport_mode"), unknown_rate=0.02)
    nat = _text(ev, "nationality")
    if not _blank(row, "nationality", forced) and nat is not None:
        r = rng.random()
        if r < 0.06 and nat != "MEX":
            row.cells["nationality"] = "OTM"  # other than Mexican: which one is not known
            row.exp["nationality"] = None
            row.tags.append("blank_nationality")
        elif r < 0.08:
            row.cells["nationality"] = _word(rng, words.no_nationality)
            row.exp["nationality"] = None
            row.tags.append("blank_nationality")
        else:
            name = _name(nat, "en").upper()
            if rng.random() < 0.04 and _typo(name) != name:
                name = _typo(name)
                row.tags.append("typo:nationality")
            row.cells["nationality"] = name
    row.exp["origin_country"] = None  # no column
    row.exp["destination_country"] = None  # no column
    row.exp["transit_countries"] = None  # no column
    _offences(row, rng, words, ev)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if not _blank(row, "coordinates", forced):
        if lat is None or lon is None or rng.random() < 0.05:
            row.cells["coordinates"] = None
            row.exp["lat"] = row.exp["lon"] = None
            row.tags.append("coords_missing")
        else:
            d1, m1 = _ddm(lat, 3)
            d2, m2 = _ddm(lon, 3)
            row.cells["coordinates"] = (
                f"{'N' if lat >= 0 else 'S'}{d1:02d} {m1:06.3f} "
                f"{'E' if lon >= 0 else 'W'}{d2:03d} {m2:06.3f}"
            )
            row.exp["lat"] = _from_ddm(d1, m1, lat < 0)
            row.exp["lon"] = _from_ddm(d2, m2, lon < 0)
            row.tags.append("garmin_ddm")
    return row


# --------------------------------------------------------------------------------------
# MiAmbiente Darién (Spanish, Survey123 CSV UTF-8 with BOM)
# --------------------------------------------------------------------------------------
def _form_country(iso3: str, version: str) -> str:
    if version == "iso3":
        return iso3
    if version == "m49":
        return iso_codes(iso3)[1]
    if iso3 == "USA":
        return "Estados Unidos"
    return _name(iso3, "es")


def _render_miambiente(
    src: FzSource, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    words = _MIAMBIENTE
    row = _Row({}, _base_expected(ev), [])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    h, m = _time(rng)
    row.cells["event_date"] = ts.strftime("%d/%m/%Y") + f" {h:02d}:{m:02d}"
    row.exp["event_date"], row.exp["date_precision"] = ts, "day"
    r = rng.random()
    version = "label" if r < 0.65 else "iso3" if r < 0.9 else "m49"
    if version != "label":
        row.tags.append(f"{version}:countries")
    row.cells["sector"] = _SECTOR.get(str(ev.get("hotspot")), "Sendero PN Darién")
    det = str(ev["detection_country"])
    row.cells["detection_country"] = _form_country(det, version)
    _blank(row, "detection_country", forced)
    _crime(row, rng, words, ev)

    def count(n: int) -> str:
        if n >= 1000 and rng.random() < 0.6:
            row.tags.append("thousands:n_persons")
            return f"{n // 1000},{n % 1000:03d}"
        return str(n)

    _counts(row, rng, words, count, suspects=True, zero_rate=0.5)
    _blank(row, "n_suspects", forced)
    _vocab(
        row,
        rng,
        words,
        "gender",
        _text(ev, "gender"),
        unknown_rate=0.03,
        persons=_int(ev, "n_persons"),
    )
    _blank(row, "gender", forced)
    _vocab(row, rng, words, "age_group", _text(ev, "age_group"), unknown_rate=0.025)
    _vocab(row, rng, words, "transport_mode", _text(ev, "transport_mode"), unknown_rate=0.02)
    nat = _text(ev, "nationality")
    if not _blank(row, "nationality", forced) and nat is not None:
        if rng.random() < 0.02:
            row.cells["nationality"] = _word(rng, words.no_nationality)
            row.exp["nationality"] = None
            row.tags.append("blank_nationality")
        else:
            row.cells["nationality"] = _form_country(nat, version)
    origin = _text(ev, "origin_country")
    if not _maybe_blank(row, rng, "origin_country") and origin is not None:
        row.cells["origin_country"] = _form_country(origin, version)
    transit = _text(ev, "transit_countries")  # a free-text question: names, in order
    if not _maybe_blank(row, rng, "transit_countries") and transit is not None:
        row.cells["transit_countries"] = " - ".join(_name(c, "es") for c in transit.split("|"))
    dest = _text(ev, "destination_country")
    if not _maybe_blank(row, rng, "destination_country") and dest is not None:
        if dest == "USA" and version == "label":
            row.cells["destination_country"] = _word(
                rng, ("Estados Unidos", "EE.UU.", "EEUU", "USA")
            )
            if row.cells["destination_country"] != "Estados Unidos":
                row.tags.append("alias:destination_country")
        else:
            row.cells["destination_country"] = _form_country(dest, version)
    _offences(row, rng, words, ev)
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if not _blank(row, "coordinates", forced):
        if lat is None or lon is None or rng.random() < 0.05:
            row.cells["lat"] = row.cells["lon"] = None
            row.exp["lat"] = row.exp["lon"] = None
            row.tags.append("coords_missing")
        else:
            row.cells["lon"], row.cells["lat"] = f"{lon:.6f}", f"{lat:.6f}"
            row.exp["lat"], row.exp["lon"] = round(lat, 6), round(lon, 6)
    if rng.random() < 0.25:  # synchronised from the old tablet: UTF-8 read as cp1252
        changed = False
        for key, value in row.cells.items():
            if isinstance(value, str):
                garbled = mojibake(value)
                if garbled is not None:
                    row.cells[key] = garbled
                    changed = True
        if changed:
            row.tags.append("mojibake")
    return row


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS: dict[str, Callable[[FzSource, dict[str, object], _Rng, bool, str | None], _Row]] = {
    "snsm": _render_snsm,
    "stella": _render_stella,
    "ambrey": _render_ambrey,
    "ibwc": _render_ibwc,
    "miambiente": _render_miambiente,
}


def _render(
    src: FzSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event the way ``src`` writes it: (cells, expected, tags)."""
    row = _RENDERERS[src.agency](src, ev, rng, partial_ok, forced_blank)
    exp = dict(row.exp)
    exp.setdefault("lat", None)
    exp.setdefault("lon", None)
    return row.cells, exp, row.tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its year's tens digit one too high (2023 -> 2033)."""
    return ts.replace(year=ts.year + 10)


def _bad_date(src: FzSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a missing, impossible or future date cell, in the agency's style."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        m = choice(rng, ("02", "04", "06", "09", "11"))
        d = "30" if m == "02" else "31"
        if src.agency == "snsm":
            return f"{d}/{m}/{y} 0{int(rng.integers(10))}h{int(rng.integers(10, 60))}"
        if src.agency == "stella":
            return f"{d}/{m}/{y}"
        if src.agency == "ambrey":
            return f"{y}-{m}-{d}T08:00:00Z"
        if src.agency == "ibwc":
            return f"{int(m)}/{d}/{y}"
        feb = "30" if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else "29"
        return f"{feb}/02/{y} {int(rng.integers(10, 24))}:{int(rng.integers(10, 60))}"
    fut = _future(ts)
    if src.agency == "snsm":
        return fut.strftime("%d/%m/%Y") + " 11h05"
    if src.agency == "stella":
        return fut.normalize().to_pydatetime()
    if src.agency == "ambrey":
        return fut.strftime("%Y-%m-%d") + "T06:30:00Z"
    if src.agency == "ibwc":
        return f"{fut.month}/{fut.day}/{fut.year}"
    return fut.strftime("%d/%m/%Y") + " 09:40"


def _note_date(src: FzSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.agency == "stella":
        return day.normalize().to_pydatetime()
    if src.agency == "ibwc":
        return f"{day.month}/{day.day}/{day.year}"
    return day.strftime("%d/%m/%Y")


SNSM = FzSource(
    source="snsm_cote_opale_fz",
    filename="snsm_cote_opale_fz.csv",
    ref="CRI {year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° CRI",
        "event_date": "Date/heure alerte",
        "station": "Station SNSM",
        "detection_country": "Pays",
        "coordinates": "Position (WGS84)",
        "transport_mode": "Type d'embarcation / moyen",
        "n_persons": "Personnes secourues",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "transit_countries": "Pays traversés (déclarés)",
        "destination_country": "Destination déclarée",
        "crime_type": "Suites PAF / parquet",
        "exploitation": "Forme d'exploitation (si TEH)",
        "n_suspects": "Passeurs présumés remis à la PAF",
    },
    note="NB : extraction provisoire, CRI en cours de validation par les stations",
    total="TOTAL personnes secourues",
    bad_count=("plusieurs", "nombreuses personnes"),
    repeats=False,
    agency="snsm",
)
STELLA = FzSource(
    source="stella_maris_es_fz",
    filename="stella_maris_es_fz.xlsx",
    ref="SM-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "delegacion": "Delegación",
        "detection_country": "País",
        "crime_type": "Tipo de caso",
        "exploitation": "Explotación",
        "n_persons": "Nº personas atendidas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino",
        "transport_mode": "Medio de llegada",
    },
    note="Nota: datos provisionales, pendientes de validación por las delegaciones",
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    agency="stella",
)
AMBREY = FzSource(
    source="ambrey_intel_fz",
    filename="ambrey_intel_fz.jsonl",
    ref="AMB-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "headline": "headline",
        "crime_type": "category",
        "exploitation": "sub_category",
        "detection_country": "country_iso2",
        "lat": "latitude",
        "lon": "longitude",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_detained",
        "gender": "sex_profile",
        "age_group": "age_profile",
        "nationality": "nationality_iso2",
        "origin_country": "origin_iso2",
        "transit_countries": "transit_states",
        "destination_country": "destination_iso2",
        "transport_mode": "vector",
        "linked_offences": "related_threats",
    },
    note=None,
    total="FEED TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    agency="ambrey",
)
IBWC = FzSource(
    source="ibwc_field_ops_fz",
    filename="ibwc_field_ops_fz.csv",
    ref="IBWC-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Log No.",
        "event_date": "Date of Encounter",
        "field_office": "Field Office",
        "detection_country": "Side",
        "coordinates": "GPS Position",
        "crime_type": "Activity",
        "exploitation": "TIP Type",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Guides/Smugglers",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "transport_mode": "Mode",
        "linked_offences": "Other Violations",
    },
    note="Data are preliminary and subject to change",
    total="Grand Total",
    bad_count=("group", "several"),
    repeats=False,
    agency="ibwc",
)
MIAMBIENTE = FzSource(
    source="miambiente_darien_fz",
    filename="miambiente_darien_fz.csv",
    ref="PND-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código de registro",
        "event_date": "Fecha y hora del avistamiento",
        "sector": "Sector / puesto",
        "detection_country": "País",
        "crime_type": "Tipo de hecho",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Guías / coyotes observados",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino declarado",
        "transport_mode": "Medio de desplazamiento",
        "linked_offences": "Otros ilícitos",
        "lon": "x",
        "lat": "y",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    agency="miambiente",
)

#: The five sources of the set, in the order their submissions are returned.
SOURCES: tuple[FzSource, ...] = (SNSM, STELLA, AMBREY, IBWC, MIAMBIENTE)

#: The variant: who reports which event first, who repeats it, and how cells are written.
EXAMINER: Examiner[FzSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": SNSM.source,
        "ESP": STELLA.source,
        "USA": IBWC.source,
        "PAN": MIAMBIENTE.source,
    },
    compilation=AMBREY.source,
    secondary={
        ("channel", "FRA"): AMBREY.source,
        ("wmed", "ESP"): AMBREY.source,
        ("watl", "ESP"): AMBREY.source,
        ("us_mex", "USA"): AMBREY.source,
        ("darien", "PAN"): AMBREY.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=180_180,
    blank_share=0.3,
)


def make_blind180(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind180`` set (files ``*_fz.*``).

    The SNSM (France), Stella Maris España (Spain), the IBWC (USA) and the park rangers
    of MiAmbiente (Panama) each report the detections of their country; Ambrey's
    intelligence feed reports all the others and repeats some of theirs
    (cross-source duplicates, a day apart at most, sometimes with a field left blank).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``snsm_cote_opale_fz.csv`` (French, cp1252, ``;``),
        ``stella_maris_es_fz.xlsx`` (Spanish), ``ambrey_intel_fz.jsonl`` (English,
        UTF-8), ``ibwc_field_ops_fz.csv`` (English, UTF-16, tab) and
        ``miambiente_darien_fz.csv`` (Spanish, UTF-8 with BOM, ``,``), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind180(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['snsm_cote_opale_fz.csv', 'stella_maris_es_fz.xlsx', 'ambrey_intel_fz.jsonl',
     'ibwc_field_ops_fz.csv', 'miambiente_darien_fz.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-16', 'utf-8-sig']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° CRI', 'Date/heure alerte', 'Station SNSM']
    >>> all(len(s.frame) > 5 for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
