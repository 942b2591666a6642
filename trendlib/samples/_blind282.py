"""Examiner sample set ``blind282``: money-transfer compliance desks (files ``*_jx.*``).

Five compliance desks of money-transfer operators, none used before in this project,
each writing the law-enforcement events its payment reviews were linked to (the
interception, the migrants or victims, the smugglers' or traffickers' payment
pattern) the way its own case tool exports them:

``moneygram_gfiu_jx.csv``
    MoneyGram International, Global Financial Intelligence Unit (Dallas): the desk that
    compiles every law-enforcement request worldwide; English (US), UTF-8, ``,``; US
    month-first dates (``05/17/2023``, a few ``05/17/23``), month-only ``May 2023`` and
    ``Q2 2023`` from look-back reviews; FinCEN typology words (``Human Smuggling``,
    ``HT/HS``), predicate offenses, ISO alpha-2 codes and ISO long names
    (``Iran, Islamic Republic of``), transit lists joined by ``" > "``, an amount column
    (``Total Principal (USD)``), re-sent rows.
``ria_pbc_jx.xlsx``
    Ria Money Transfer (Euronet), Prevención del Blanqueo de Capitales (Madrid): Spain and
    Italy; Spanish (Spain); real Excel dates mixed with text dates, serial numbers typed as
    numbers, ``mayo 2023`` and ``2T 2023``; ``H``/``M`` (hombre/mujer), ``cayuco`` and
    ``patera`` for the Atlantic and Alboran boats, ``318 bis`` wording, ``No consta``.
``efecty_sarlaft_jx.csv``
    Efecty (Colombia), Oficial de Cumplimiento SARLAFT: Darién; Spanish (Colombia),
    cp1252, ``;``; day-first dates with and without the time of the transaction, upper-case
    country names, ``Vzla``, ``NNA``, ``trocha``, ``Lavado de activos``, decimal-comma
    coordinates, peso amounts (``$ 12.345.678``), rows pasted from a UTF-8 extract and
    garbled (mojibake), re-sent rows.
``elektra_pld_jx.jsonl``
    Grupo Elektra / Banco Azteca, Prevención de Lavado de Dinero (Mexico City): the US-Mexico
    border and a second report of some Darién events; Spanish (Mexico) keys, JSON lines;
    ISO dates (some with the time and the UTC offset of Mexico City), ``2023-05``; Mexican
    legal words (``tráfico de personas`` = smuggling of migrants, ``operaciones con
    recursos de procedencia ilícita`` = money laundering, ``delitos contra la salud`` =
    drugs), ISO alpha-2 codes, the detection country as an ISO numeric catalogue code, no
    coordinates (the desk knows the paying branch, not the place of the interception).
``moneytrans_lcbft_jx.csv``
    Moneytrans Payment Services (Brussels), cellule LCB-FT: France (the Channel coast) and
    second reports of Spanish, Italian and British events; French (Belgium), UTF-16 with
    tab delimiter (Excel's "Texte Unicode"), ``17/05/2023``, ``17 mai 2023``, ``1er mai
    2023``, ``mai 2023``, ``T2 2023``; Belgian legal words (``trafic d'êtres humains`` =
    smuggling, ``exploitation économique`` = labour exploitation), ``Angleterre``,
    accent-stripped names, Google-Maps coordinate pairs, ``1 250`` with a no-break space.

Every written cell is what a careful analyst reads: the truth of a row expects the
event's values, except where the cell says the value is not known (``No consta``,
``NC``, ``ND``, ``Unknown``), which the row's messiness tags name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND282", "BLIND282_SOURCES", "Desk", "make_blind282"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EPOCH = pd.Timestamp("1899-12-30")
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
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
    ),
    "fr": (
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
    ),
}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A money-transfer compliance desk: the shared fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport : dict
        Canonical word -> the desk's words for it (the first one the usual); ``gender``,
        ``age`` and ``transport`` also hold ``"unknown"``, the words for a value not known.
    offences : dict
        Linked offence -> the desk's word.
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries.
    direct : tuple of str
        Words written for a trip with no transit country (besides a blank cell).
    names : dict
        ISO alpha-3 -> the desk's own name of a country, where it differs from the usual one.
    aliases : dict
        ISO alpha-3 -> other names the desk's analysts use.
    country_mix : dict
        Way of writing a country (``name``, ``upper``, ``iso2``, ``iso3``, ``alias``,
        ``typo``, ``noaccent``) -> its share.
    detection_mix : dict
        The same for the detection country (empty: as ``country_mix``).
    transit_mix : dict
        The same for the countries of a transit list (one way per list).
    count_unknown : tuple of str
        Words written when the count of persons or suspects is not known.
    zero_words : tuple of str
        Words written for no suspect.
    thousands : str
        Thousands separator of the desk's large counts.
    coords : str
        ``"dot"`` (two cells, decimal point), ``"number"`` (two numeric cells),
        ``"comma"`` (two cells, decimal comma), ``"pair"`` (one ``lat, lon`` cell) or
        ``"none"`` (no coordinates).
    coord_unknown : tuple of str
        Words written in the coordinates cell when the place is not known.
    dates : str
        The desk's date style (a key of the date writers of this module).
    garble : float
        Share of rows pasted from a UTF-8 extract read as cp1252 (mojibake).
    by_corridor : dict
        Corridor -> transport word overrides (``{"sea": (...)}``) for that corridor.
    """

    crime: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exploitation: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gender: dict[str, tuple[str, ...]] = field(default_factory=dict)
    age: dict[str, tuple[str, ...]] = field(default_factory=dict)
    transport: dict[str, tuple[str, ...]] = field(default_factory=dict)
    offences: dict[str, str] = field(default_factory=dict)
    offence_sep: str = "; "
    transit_sep: str = ", "
    direct: tuple[str, ...] = ()
    names: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    country_mix: dict[str, float] = field(default_factory=dict)
    detection_mix: dict[str, float] = field(default_factory=dict)
    transit_mix: dict[str, float] = field(default_factory=dict)
    count_unknown: tuple[str, ...] = ()
    zero_words: tuple[str, ...] = ()
    thousands: str = ","
    coords: str = "dot"
    coord_unknown: tuple[str, ...] = ()
    dates: str = "iso"
    garble: float = 0.0
    by_corridor: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_MONEYGRAM = Desk(
    source="moneygram_gfiu",
    filename="moneygram_gfiu_jx.csv",
    ref="GFIU-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "GFIU Case #",
        "event_date": "Interdiction Date",
        "crime_type": "Typology",
        "exploitation": "Exploitation Type",
        "n_persons": "Migrants/Victims Linked",
        "n_suspects": "Subjects Identified",
        "gender": "Victim Sex",
        "age_group": "Victim Age Band",
        "nationality": "Nationality",
        "origin_country": "Origin Country",
        "transit_countries": "Transit Countries",
        "destination_country": "Destination Country",
        "detection_country": "Interdiction Country",
        "transport_mode": "Mode of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Predicate Offenses",
        "_amount": "Total Principal (USD)",
    },
    note="CONFIDENTIAL - LE SENSITIVE - do not disseminate without GFIU approval",
    total="TOTAL",
    bad_count=("see narrative", "#VALUE!", "10-15"),
    repeats=True,
    crime={
        "smuggling": ("Human Smuggling", "HS", "Alien Smuggling"),
        "trafficking": ("Human Trafficking", "HT"),
        "both": ("HT/HS", "Human Trafficking & Smuggling"),
    },
    exploitation={
        "sexual": ("Sex Trafficking", "Commercial Sex"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminality",),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed", "M/F"),
        "unknown": ("Unknown", "U"),
    },
    age={
        "child": ("Minor", "Juvenile"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adult & Minor", "Mixed"),
        "unknown": ("Unknown",),
    },
    transport={
        "sea": ("Maritime", "Vessel", "Small boat"),
        "land": ("Land", "Vehicle", "On foot"),
        "air": ("Air", "Commercial flight"),
        "unknown": ("Unknown",),
    },
    offences={
        "document_fraud": "Fraudulent Documents",
        "corruption": "Public Corruption",
        "money_laundering": "Money Laundering",
        "illicit_goods": "Narcotics",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorist Financing",
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct=("Direct", "None"),
    names={"CIV": "Cote d'Ivoire", "TUR": "Turkey", "VNM": "Vietnam"},
    aliases={
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran, Islamic Republic of",),
        "VEN": ("Venezuela, Bolivarian Republic of",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia-Herzegovina",),
        "GMB": ("The Gambia",),
    },
    country_mix={"name": 0.72, "upper": 0.08, "iso2": 0.1, "alias": 0.06, "typo": 0.04},
    transit_mix={"name": 0.7, "iso2": 0.3},
    count_unknown=("Unknown", "TBD"),
    zero_words=("None identified", "No subjects identified"),
    thousands=",",
    coords="dot",
    dates="us",
)

_RIA = Desk(
    source="ria_pbc",
    filename="ria_pbc_jx.xlsx",
    ref="PBC/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha del hecho",
        "detection_country": "País de detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº migrantes/víctimas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Documento confidencial – uso exclusivo de Fuerzas y Cuerpos de Seguridad",
    total="TOTAL",
    bad_count=("#¡VALOR!", "10-12"),
    repeats=False,
    crime={
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular (318 bis)",
            "Tráfico de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata + tráfico de migrantes", "TSH y 318 bis"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Mujer", "M"),
        "male": ("Hombre", "H"),
        "mixed": ("Ambos", "Mixto"),
        "unknown": ("No consta",),
    },
    age={
        "child": ("Menor", "Menores"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y menores",),
        "unknown": ("No consta",),
    },
    transport={
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo", "Vuelo comercial"),
        "unknown": ("No consta",),
    },
    by_corridor={
        "watl": {"sea": ("Cayuco", "Marítimo")},
        "wmed": {"sea": ("Patera", "Marítimo", "Neumática")},
    },
    offences={
        "document_fraud": "Falsedad documental",
        "corruption": "Cohecho",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Tráfico de drogas",
        "cybercrime": "Ciberdelincuencia",
        "terrorism": "Financiación del terrorismo",
    },
    offence_sep=", ",
    transit_sep=" / ",
    direct=("Directo",),
    names={"CIV": "Costa de Marfil"},
    aliases={
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "MKD": ("Macedonia",),
        "CHN": ("República Popular China",),
        "BIH": ("Bosnia",),
    },
    country_mix={"name": 0.8, "upper": 0.08, "iso3": 0.05, "alias": 0.04, "typo": 0.03},
    transit_mix={"name": 1.0},
    count_unknown=("No consta", "s/d"),
    zero_words=("Ninguno",),
    thousands=".",
    coords="number",
    dates="ria",
)

_EFECTY = Desk(
    source="efecty_sarlaft",
    filename="efecty_sarlaft_jx.csv",
    ref="ROS-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Radicado ROS",
        "event_date": "Fecha evento",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Migrantes asociados",
        "n_suspects": "Personas reportadas",
        "gender": "Género",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País destino",
        "detection_country": "País del hecho",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos fuente",
        "_amount": "Monto total (COP)",
    },
    note="Información reservada - Ley 526 de 1999 (UIAF)",
    total="TOTAL",
    bad_count=("#¡VALOR!", "20 a 30"),
    repeats=True,
    crime={
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas", "Trata"),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino",),
        "mixed": ("Mixto",),
        "unknown": ("Sin información",),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Mixto", "Adultos y NNA"),
        "unknown": ("Sin información",),
    },
    transport={
        "land": ("Terrestre", "A pie", "Trocha"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
        "unknown": ("Sin información",),
    },
    offences={
        "document_fraud": "Falsedad documental",
        "corruption": "Cohecho",
        "money_laundering": "Lavado de activos",
        "illicit_goods": "Narcotráfico",
        "cybercrime": "Delitos informáticos",
        "terrorism": "Financiación del terrorismo",
    },
    offence_sep=" / ",
    transit_sep=" - ",
    direct=(),
    names={},
    aliases={"USA": ("EE.UU.", "EEUU"), "VEN": ("Vzla",)},
    country_mix={"upper": 0.55, "name": 0.33, "alias": 0.07, "typo": 0.05},
    transit_mix={"upper": 0.7, "name": 0.3},
    count_unknown=("ND", "Sin información"),
    zero_words=("Ninguna",),
    thousands=".",
    coords="comma",
    dates="co",
    garble=0.08,
)

_ELEKTRA = Desk(
    source="elektra_pld",
    filename="elektra_pld_jx.jsonl",
    ref="PLD-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "tipologia",
        "exploitation": "tipo_explotacion",
        "n_persons": "num_migrantes",
        "n_suspects": "num_involucrados",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "linked_offences": "delitos_relacionados",
    },
    note=None,
    total="TOTAL",
    bad_count=("3 a 5", "10-15"),
    repeats=False,
    crime={
        "smuggling": (
            "tráfico de personas",
            "tráfico ilícito de migrantes",
            "tráfico de indocumentados",
        ),
        "trafficking": ("trata de personas",),
        "both": ("trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzado", "explotación laboral"),
        "forced_criminality": ("utilización en actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzoso",),
        "other": ("otra",),
    },
    gender={
        "female": ("mujer", "M"),
        "male": ("hombre", "H"),
        "mixed": ("mixto",),
        "unknown": ("no especificado",),
    },
    age={
        "child": ("menor", "menores"),
        "adult": ("adulto",),
        "mixed": ("mixto",),
        "unknown": ("no especificado",),
    },
    transport={
        "land": ("terrestre", "a pie", "vehiculo", "tractocamion"),
        "sea": ("maritimo", "lancha"),
        "air": ("aereo",),
        "unknown": ("no especificado",),
    },
    offences={
        "document_fraud": "falsificación de documentos",
        "corruption": "cohecho",
        "money_laundering": "operaciones con recursos de procedencia ilícita",
        "illicit_goods": "delitos contra la salud",
        "cybercrime": "delitos informáticos",
        "terrorism": "terrorismo",
    },
    offence_sep="; ",
    transit_sep=",",
    direct=(),
    names={},
    aliases={},
    country_mix={"iso2": 0.78, "upper": 0.14, "name": 0.08},
    detection_mix={"numeric": 1.0},
    transit_mix={"iso2": 1.0},
    count_unknown=("ND",),
    zero_words=("ninguno",),
    thousands="",
    coords="none",
    dates="mx",
)

_MONEYTRANS = Desk(
    source="moneytrans_lcbft",
    filename="moneytrans_lcbft_jx.csv",
    ref="MT-LCB-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Mode de passage",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du registre des déclarations de soupçon – diffusion restreinte",
    total="TOTAL",
    bad_count=("#VALEUR!", "10 à 15"),
    repeats=False,
    crime={
        "smuggling": (
            "Trafic de migrants",
            "Trafic d'êtres humains (art. 77bis)",
            "Aide au séjour irrégulier",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("Traite + trafic",),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Exploitation économique", "Travail forcé"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "female": ("F", "Femme"),
        "male": ("H", "Homme"),
        "mixed": ("Mixte",),
        "unknown": ("NC",),
    },
    age={
        "child": ("Mineur", "MNA"),
        "adult": ("Majeur",),
        "mixed": ("Mixte", "Majeurs et mineurs"),
        "unknown": ("NC",),
    },
    transport={
        "sea": ("Small boat", "Embarcation", "Maritime"),
        "land": ("Poids lourd", "Routier", "Camion"),
        "air": ("Aérien", "Avion"),
        "unknown": ("NC",),
    },
    offences={
        "document_fraud": "Faux documents",
        "corruption": "Corruption",
        "money_laundering": "Blanchiment",
        "illicit_goods": "Stupéfiants",
        "cybercrime": "Cybercriminalité",
        "terrorism": "Financement du terrorisme",
    },
    offence_sep=" + ",
    transit_sep="; ",
    direct=(),
    names={"VNM": "Vietnam", "CIV": "Côte d'Ivoire"},
    aliases={"GBR": ("Angleterre", "Royaume Uni"), "BIH": ("Bosnie",)},
    country_mix={"name": 0.66, "noaccent": 0.14, "upper": 0.08, "alias": 0.07, "typo": 0.05},
    transit_mix={"name": 0.8, "noaccent": 0.2},
    count_unknown=("NC", "inconnu"),
    zero_words=("aucun",),
    thousands="\u00a0",
    coords="pair",
    coord_unknown=("NC",),
    dates="fr",
)

#: The variant: who reports which event, and how a cell is written.
BLIND282_SOURCES: tuple[Desk, ...] = (_MONEYGRAM, _RIA, _EFECTY, _ELEKTRA, _MONEYTRANS)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, mix: dict[str, float]) -> str:
    keys = list(mix)
    w = np.array([mix[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word 65 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _typo(name: str) -> str:
    """Drop the middle letter of a one-word name of 7+ letters (``Hondras``)."""
    if " " in name or "-" in name or len(name) < 7:
        return name
    i = len(name) // 2
    return name[:i] + name[i + 1 :] if name[i].isalpha() else name


def _no_accent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(src: Desk, iso: str) -> str:
    return src.names.get(iso) or str(COUNTRIES[iso][_LANG_COL[src.language]])


def _country(src: Desk, iso: str, rng: _Rng, mix: dict[str, float]) -> tuple[str, str | None]:
    """Write a country the desk's way; return (text, tag of a non-plain form)."""
    style = _pick(rng, mix)
    name = _name(src, iso)
    if style == "upper":
        return name.upper(), None
    if style == "iso2":
        return iso_codes(iso)[0], "country_iso2"
    if style == "iso3":
        return iso, "country_iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "country_numeric"
    if style == "alias" and src.aliases.get(iso):
        return choice(rng, src.aliases[iso]), "country_alias"
    if style == "typo" and _typo(name) != name:
        return _typo(name), "country_typo"
    if style == "noaccent" and _no_accent(name) != name:
        return _no_accent(name), "country_noaccent"
    return name, None


def _transit(src: Desk, value: object, rng: _Rng) -> tuple[str | None, str | None]:
    if value is None:
        if src.direct and rng.random() < 0.3:
            return choice(rng, src.direct), "direct_word"
        return None, None
    style = _pick(rng, src.transit_mix)
    mix = {style: 1.0}
    parts = [_country(src, iso, rng, mix)[0] for iso in str(value).split("|")]
    return src.transit_sep.join(parts), "transit_list"


def _count(src: Desk, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Write a count of persons; return (cell, expected, tag)."""
    if rng.random() < 0.02:
        return choice(rng, src.count_unknown), None, "count_placeholder"
    if n >= 1000 and src.thousands and (src.format == "csv" or rng.random() < 0.5):
        text = f"{n:,}".replace(",", src.thousands)
        return text, n, "thousands"
    return (str(n) if src.format == "csv" else n), n, None


def _suspects(src: Desk, k: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    r = rng.random()
    if r < 0.03:
        return choice(rng, src.count_unknown), None, "suspects_placeholder"
    if k == 0 and r < 0.4:
        return choice(rng, src.zero_words), 0, "zero_word"
    return (str(k) if src.format == "csv" else k), k, None


def _us_date(ts: pd.Timestamp, rng: _Rng) -> str:
    return ts.strftime("%m/%d/%y" if rng.random() < 0.1 else "%m/%d/%Y")


def _fr_long(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_MONTHS['fr'][ts.month - 1]} {ts.year}"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the date of an event; return (cell, expected date, precision, tag)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m_name = _MONTHS[src.language][ts.month - 1]
    if src.dates == "us":
        if partial_ok and r < 0.06:
            return f"{m_name} {ts.year}", month, "month", "date_month"
        if partial_ok and r < 0.09:
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "date_quarter"
        return _us_date(ts, rng), ts, "day", "date_us"
    if src.dates == "ria":
        if partial_ok and r < 0.05:
            return f"{m_name} {ts.year}", month, "month", "date_month"
        if partial_ok and r < 0.08:
            return f"{ts.quarter}T {ts.year}", quarter, "quarter", "date_quarter"
        if r < 0.7:
            return ts.to_pydatetime(), ts, "day", "date_excel"
        if r < 0.88:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        return int((ts - _EPOCH).days), ts, "day", "date_serial"
    if src.dates == "co":
        if partial_ok and r < 0.05:
            return f"{m_name} de {ts.year}", month, "month", "date_month"
        day = f"{ts.day}/{ts.month}/{ts.year}" if r < 0.3 else ts.strftime("%d/%m/%Y")
        if r > 0.75:
            hour, minute = int(rng.integers(7, 20)), int(rng.integers(0, 60))
            return f"{day} {hour:02d}:{minute:02d}", ts, "day", "date_time"
        return day, ts, "day", "date_dmy"
    if src.dates == "mx":
        if partial_ok and r < 0.07:
            return ts.strftime("%Y-%m"), month, "month", "date_month"
        if r > 0.72:
            hour, minute = int(rng.integers(8, 18)), int(rng.integers(0, 60))
            stamp = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00-06:00"
            return stamp, ts, "day", "date_offset"
        return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"
    # "fr"
    if partial_ok and r < 0.04:
        return f"{m_name} {ts.year}", month, "month", "date_month"
    if partial_ok and r < 0.08:
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", "date_quarter"
    if r > 0.75:
        return _fr_long(ts), ts, "day", "date_long"
    return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"


def _coords(
    src: Desk, lat: float | None, lon: float | None, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the place of detection; return (cells, expected lat, expected lon, tag)."""
    if src.coords == "none":
        return {}, None, None, "coords_missing"
    if lat is None or lon is None or rng.random() < 0.05:
        return {}, None, None, "coords_missing"
    if src.coord_unknown and rng.random() < 0.02:
        return {"coordinates": choice(rng, src.coord_unknown)}, None, None, "coords_placeholder"
    if src.coords == "number":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, None
    if src.coords == "comma":
        comma: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return comma, lat, lon, "decimal_comma"
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "coords_pair"
    dot: dict[str, object] = {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}
    return dot, lat, lon, None


def _amount(src: Desk, n: int, rng: _Rng) -> object:
    """Return the money the desk saw moving for the event (no field of the record frame)."""
    if src.source == "moneygram_gfiu":
        return f"{n * rng.uniform(250, 4000):,.2f}"
    pesos = int(round(n * rng.uniform(800_000, 6_000_000), -3))
    return "$ " + f"{pesos:,}".replace(",", ".")


def _words(src: Desk, column: str, corridor: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = getattr(src, column)
    override = src.by_corridor.get(corridor) if column == "transport" else None
    return {**table, **override} if override else table


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(name: str | None) -> None:
        if name:
            tags.append(name)

    t: str | None
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tag(t)
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _word(rng, src.exploitation[str(expl)])
    exp["exploitation"] = expl
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _count(src, n, rng)
    tag(t)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, k, rng)
    tag(t)
    corridor = str(ev["corridor"])
    for col, table in (("gender", "gender"), ("age_group", "age"), ("transport_mode", "transport")):
        words = _words(src, table, corridor)
        value = str(ev[col])
        unknown_rate = 0.03 if col != "transport_mode" else 0.02
        if rng.random() < unknown_rate:
            cells[col] = choice(rng, words["unknown"])
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else "na_word")
        else:
            cells[col] = _word(rng, words[value])
            exp[col] = value
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        mix = src.detection_mix if col == "detection_country" and src.detection_mix else None
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        cells[col], t = _country(src, str(iso), rng, mix or src.country_mix)
        exp[col] = iso
        tag(t)
    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tag(t)
    lat = None if ev["lat"] is None else float(ev["lat"])  # type: ignore[arg-type]
    lon = None if ev["lon"] is None else float(ev["lon"])  # type: ignore[arg-type]
    place, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng)
    cells.update(place)
    tag(t)
    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        None
        if offences is None
        else src.offence_sep.join(src.offences[o] for o in str(offences).split("|"))
    )
    exp["linked_offences"] = offences
    if "_amount" in src.headers:
        cells["_amount"] = _amount(src, n, rng)

    if forced_blank == "coordinates":
        for c in ("lat", "lon", "coordinates"):
            cells.pop(c, None)
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif forced_blank is not None:
        cells[forced_blank] = None
        exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        if forced_blank == "n_suspects":
            tags[:] = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
        tags.append(f"blank_{forced_blank}")

    if src.garble and rng.random() < src.garble:  # a row pasted from a UTF-8 extract
        garbled = {c: mojibake(v) if isinstance(v, str) else None for c, v in cells.items()}
        if any(garbled.values()):
            cells = {c: garbled[c] or v for c, v in cells.items()}
            tags.append("mojibake")
    return cells, exp, tags


def _future_year(year: int) -> str:
    """Swap the middle digits of a year (``2023`` -> ``2203``): a keying slip."""
    y = f"{year:04d}"
    return y[0] + y[2] + y[1] + y[3]


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        if src.source == "efecty_sarlaft" and rng.random() < 0.5:
            return "SIN FECHA"
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src.dates == "us":
            return f"{month}/{day}/{ts.year}"
        if src.dates == "mx":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    year = _future_year(ts.year)
    if src.dates == "us":
        return f"{ts.month:02d}/{ts.day:02d}/{year}"
    if src.dates == "mx":
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    if src.dates == "ria":
        return ts.replace(year=int(year)).to_pydatetime()
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date of the desk's confidentiality note: the day of the extract."""
    if src.dates == "us":
        return last.strftime("%m/%d/%Y")
    if src.dates == "ria":
        return last.to_pydatetime()
    if src.dates == "mx":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The examiner variant ``blind282``: the desks, their routing and their way of writing.
BLIND282: Examiner[Desk] = Examiner(
    sources=BLIND282_SOURCES,
    primary={
        "USA": "elektra_pld",
        "PAN": "efecty_sarlaft",
        "ESP": "ria_pbc",
        "ITA": "ria_pbc",
        "FRA": "moneytrans_lcbft",
    },
    compilation="moneygram_gfiu",
    secondary={
        ("us_mex", "USA"): "moneygram_gfiu",
        ("darien", "PAN"): "elektra_pld",
        ("channel", "FRA"): "moneygram_gfiu",
        ("channel", "GBR"): "moneytrans_lcbft",
        ("thb_vnm_gbr", "GBR"): "moneytrans_lcbft",
        ("watl", "ESP"): "moneytrans_lcbft",
        ("wmed", "ESP"): "moneytrans_lcbft",
        ("cmed", "ITA"): "moneygram_gfiu",
        ("thb_nga_ita", "ITA"): "moneytrans_lcbft",
        ("thb_rou_esp", "ESP"): "moneygram_gfiu",
        ("thb_rou_esp", "ITA"): "moneytrans_lcbft",
        ("emed", "GRC"): "ria_pbc",
        ("wbal", "HRV"): "ria_pbc",
        ("blr_pol", "POL"): "ria_pbc",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=282_017,
    blank_share=0.5,
)


def make_blind282(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind282`` examiner set (files ``*_jx.*``).

    Five money-transfer compliance desks report the events their payment reviews were
    linked to: MoneyGram's Global Financial Intelligence Unit (English CSV, the
    compilation of every country no other desk covers), Ria's anti-money-laundering unit
    in Madrid (Spanish XLSX: Spain and Italy), Efecty's SARLAFT officer (Colombian
    Spanish, cp1252 CSV: Panama), Grupo Elektra's PLD desk (Mexican Spanish JSON lines:
    the United States) and Moneytrans' LCB-FT cell in Brussels (French, UTF-16 tab
    CSV: France). About 4 % of the events are reported a second time by another desk,
    1.5 % become rows to quarantine, and two desks re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order above, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind282(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['moneygram_gfiu_jx.csv', 'ria_pbc_jx.xlsx', 'efecty_sarlaft_jx.csv',
     'elektra_pld_jx.jsonl', 'moneytrans_lcbft_jx.csv']
    >>> [(s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('utf-8', ','), ('utf-8', None), ('cp1252', ';'), ('utf-8', None), ('utf-16', '\t')]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[3].frame.columns[:3].tolist()
    ['folio', 'fecha_evento', 'tipologia']
    """
    return make_examined(BLIND282, truth, seed=seed)
