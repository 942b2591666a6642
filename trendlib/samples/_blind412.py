"""Examiner variant ``blind412``: shellfish growers' compliance and harbour-security desks.

Five sources the cleaner has never seen, each writing the way its desk really keeps its
log (files ``*_ox.*``):

``sagb_harbour_watch_ox.xlsx``
    Shellfish Association of Great Britain, harbour-watch log kept by members on the
    Kent and Channel coast and on cockle beds (English, XLSX). Real Excel dates, a few
    dates typed as text (``17 May 2023``) or pasted as serial numbers, positions as a
    chart plotter gives them (``51°07.23'N 001°19.20'E``), demonyms (``Vietnamese``),
    ``England``/``Scotland`` for the country, routes joined by ``>``, counts of
    facilitators sometimes in words.
``crc_nmn_conchyliculture_ox.csv``
    Comité régional de la conchyliculture Normandie-Mer du Nord, harbour-security
    register of the mussel and oyster parks of the Opal Coast (French, cp1252, ``;``,
    CRLF). Day-first dates, a few ``mai 2023``; decimal commas in latitude and longitude;
    French adjectives of nationality; ``Angleterre`` as the declared destination;
    ``NC``, ``néant``, ``sans objet``; ``MNA`` for unaccompanied minors.
``apromar_seguridad_ox.csv``
    APROMAR (Spanish aquaculture producers), security and protection desk of farms in
    the Canaries, Andalusia and the North African enclaves (Spanish, UTF-16 with BOM,
    tab: Excel's "Texto Unicode" export). ``17/05/2023``, ``mayo de 2023``, ``T2 2023``;
    ``patera``, ``cayuco``, ``salto de valla``; ``1.250`` with a dot for thousands;
    coordinates in one cell with decimal commas (``28,10234 / -15,40123``).
``cesasin_movilizacion_ox.csv``
    Comité Estatal de Sanidad Acuícola de Sinaloa, shipment-traceability desk: persons
    found in refrigerated trucks carrying certified oysters and shrimp north to the US
    ports of entry (Mexican Spanish, UTF-8, ``,``). ``17/may/2023``; Mexican legal words
    (``tráfico de personas`` is smuggling, ``trata de personas`` trafficking, ``NNA``
    minors); nationality adjectives (``hondureña``); text pasted from a mis-decoded
    system (``MÃ©xico``); exact repeats from a re-upload.
``gaa_bap_social_risk_ox.jsonl``
    Global Aquaculture Alliance, BAP social-risk desk: a JSON lines feed compiling the
    incidents near certified farms and plants that no member desk reports (Italy,
    Greece, Croatia, Poland, Panama) and some the others report too. ISO alpha-3 codes
    (a few alpha-2 or numeric), ISO dates (a few month or quarter only).

Every source keeps its own wording; the truth expects what a careful analyst reads from
each cell: a value that cannot be read (an impossible date, ``several`` persons) makes a
row to quarantine, a cell that says the value is not known expects nothing (or
``unknown``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind412"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]

_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class OxSource(ExaminerSource):
    """A source of the ``blind412`` set: the shared fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Design word -> the source's words for it (first = the usual one).
    no_exploitation : tuple of str
        What the source writes as exploitation of a pure smuggling case (``""``: blank).
    unknown : tuple of str
        Words for "not known" in a text cell.
    count_unknown : tuple of str
        Words for "not known" in a count cell.
    zero : tuple of str
        Words for "none" in the count of suspects.
    number_words : tuple of str
        Words for 1, 2, 3 ... used in the count of suspects (empty: never).
    dates : mapping
        Date style -> weight (see :func:`_date_cell`).
    countries : mapping
        Country style -> weight (see :func:`_country`).
    aliases : mapping
        ISO alpha-3 -> other names the source uses.
    demonyms : mapping
        ISO alpha-3 -> the source's adjective of nationality.
    transit_sep : str
        Separator of transit countries (``" y "``: a Spanish list ``A, B y C``).
    offence_sep : str
        Separator of linked offences.
    coords : str
        ``"ddm"``, ``"comma_cols"``, ``"pair_comma"``, ``"dot_cols"`` or ``"numbers"``.
    mojibake_rate : float
        Share of accented text cells pasted from a mis-decoded export.
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    no_exploitation: tuple[str, ...]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    number_words: tuple[str, ...]
    dates: Mapping[str, float]
    countries: Mapping[str, float]
    aliases: Mapping[str, tuple[str, ...]]
    demonyms: Mapping[str, str]
    transit_sep: str
    offence_sep: str
    coords: str
    mojibake_rate: float


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SAGB = OxSource(
    source="sagb_harbour_watch",
    filename="sagb_harbour_watch_ox.xlsx",
    ref="SAGB-HW-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Log No.",
        "event_date": "Date observed",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "Suspected facilitators",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country observed in",
        "transit_countries": "Route (via)",
        "transport_mode": "Method",
        "coordinates": "Position",
        "linked_offences": "Other offences",
    },
    note="Note: provisional - compiled from members' harbour-watch returns",
    total="TOTAL",
    bad_count=("several", "see email", "boat load"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "MS", "Human trafficking"),
        "smuggling": ("People smuggling", "Facilitation", "Smuggling"),
        "both": ("Modern slavery + smuggling", "MS & smuggling"),
    },
    exploitation={
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Cannabis farm"),
        "sexual": ("Sexual exploitation",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adult", "18+"),
        "child": ("Minor", "U18", "Child"),
        "mixed": ("Both", "Adults & minors"),
    },
    mode={
        "sea": ("Small boat", "Boat", "Sea"),
        "land": ("Lorry", "HGV", "Vehicle"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("false documents", "document fraud"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "corruption": ("bribery",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    no_exploitation=("", "", "N/A"),
    unknown=("not known", "n/k", "Unknown"),
    count_unknown=("not known", "n/k", "TBC"),
    zero=("none", "nil"),
    number_words=("one", "two", "three"),
    dates={"xl": 0.72, "long_en": 0.12, "dmy": 0.08, "serial": 0.04, "mon_en": 0.04},
    countries={"name": 0.55, "demonym": 0.25, "alias": 0.1, "upper": 0.05, "typo": 0.05},
    aliases={
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "RUS": ("Russian Federation",),
    },
    demonyms={
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    transit_sep=" > ",
    offence_sep=", ",
    coords="ddm",
    mojibake_rate=0.0,
)

_CRC = OxSource(
    source="crc_nmn_conchyliculture",
    filename="crc_nmn_conchyliculture_ox.csv",
    ref="NMN-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "detection_country": "Pays du constat",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de passeurs / exploitants",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination déclaré",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, extraction du registre sûreté des parcs",
    total="Total général",
    bad_count=("plusieurs", "cf. PV", "une dizaine"),
    repeats=False,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": ("aide à l'entrée irrégulière", "passage clandestin", "trafic de migrants"),
        "both": ("TEH + passage", "traite et trafic de migrants"),
    },
    exploitation={
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    gender={
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("poids lourd", "PL", "routier"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    no_exploitation=("", "sans objet"),
    unknown=("inconnu", "NC", "non renseigné"),
    count_unknown=("NC", "inconnu", "non déterminé"),
    zero=("aucun", "néant"),
    number_words=(),
    dates={"dmy": 0.85, "dmy2": 0.08, "mon_fr": 0.07},
    countries={"name": 0.6, "demonym": 0.2, "alias": 0.06, "noaccent": 0.07, "upper": 0.07},
    aliases={
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
        "CIV": ("Côte-d'Ivoire",),
    },
    demonyms={
        "AFG": "afghan",
        "IRN": "iranien",
        "IRQ": "irakien",
        "ALB": "albanais",
        "ERI": "érythréen",
        "SYR": "syrien",
        "VNM": "vietnamien",
    },
    transit_sep=" - ",
    offence_sep=", ",
    coords="comma_cols",
    mojibake_rate=0.0,
)

_APROMAR = OxSource(
    source="apromar_seguridad",
    filename="apromar_seguridad_ox.csv",
    ref="INC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales a fecha de extracción",
    total="TOTAL",
    bad_count=("varios", "ver atestado", "numerosos"),
    repeats=False,
    crime={
        "trafficking": ("trata de seres humanos", "trata", "TSH"),
        "smuggling": (
            "tráfico de migrantes",
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración ilegal",
        ),
        "both": ("trata y tráfico", "trata + tráfico de migrantes"),
    },
    exploitation={
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras",),
    },
    gender={
        "male": ("varones", "hombres"),
        "female": ("mujeres",),
        "mixed": ("ambos sexos", "mixto"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    mode={
        "sea": ("patera", "neumática", "embarcación"),
        "land": ("terrestre", "vehículo"),
        "air": ("aéreo", "avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "corruption": ("cohecho",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    no_exploitation=("", "no procede"),
    unknown=("desconocido", "s/d", "sin datos"),
    count_unknown=("s/d", "sin determinar"),
    zero=("ninguno",),
    number_words=(),
    dates={"dmy": 0.83, "dmy_dash": 0.04, "mon_es": 0.08, "q_es": 0.05},
    countries={"name": 0.55, "demonym": 0.25, "alias": 0.05, "noaccent": 0.07, "upper": 0.08},
    aliases={"GIN": ("Guinea Conakry",), "USA": ("EE.UU.",), "GBR": ("Inglaterra",)},
    demonyms={
        "MAR": "marroquí",
        "DZA": "argelino",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
    },
    transit_sep=" y ",
    offence_sep=", ",
    coords="pair_comma",
    mojibake_rate=0.0,
)

_CESASIN = OxSource(
    source="cesasin_movilizacion",
    filename="cesasin_movilizacion_ox.csv",
    ref="DT-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "detection_country": "País donde se detectó",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a validación",
    total="Total",
    bad_count=("varios", "ver reporte", "un grupo"),
    repeats=True,
    crime={
        "smuggling": ("tráfico de personas", "tráfico de indocumentados", "tráfico de migrantes"),
        "trafficking": ("trata de personas",),
        "both": ("trata y tráfico de personas",),
    },
    exploitation={
        "forced_labour": ("explotación laboral", "trabajo forzado"),
        "sexual": ("explotación sexual",),
        "forced_criminality": ("actividades delictivas",),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra",),
    },
    gender={
        "male": ("hombres", "masculino"),
        "female": ("mujeres", "femenino"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode={
        "land": ("terrestre", "tractocamión", "caja refrigerada", "a pie"),
        "sea": ("marítimo", "lancha"),
        "air": ("aéreo",),
    },
    offences={
        "illicit_goods": ("narcóticos", "contrabando"),
        "corruption": ("cohecho",),
        "document_fraud": ("documentos falsos",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    no_exploitation=("", "N/A"),
    unknown=("sin dato", "S/D", "se desconoce"),
    count_unknown=("sin dato", "por determinar"),
    zero=("ninguno",),
    number_words=(),
    dates={"dmy_mx": 0.55, "dmy": 0.45},
    countries={"demonym": 0.5, "name": 0.3, "alias": 0.07, "upper": 0.08, "noaccent": 0.05},
    aliases={"USA": ("EUA", "EE.UU.", "Estados Unidos de América"), "MEX": ("Méx.",)},
    demonyms={
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
    },
    transit_sep=" - ",
    offence_sep=", ",
    coords="dot_cols",
    mojibake_rate=0.12,
)

_GAA = OxSource(
    source="gaa_bap_social_risk",
    filename="gaa_bap_social_risk_ox.jsonl",
    ref="BAP-RSK-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "detection_country": "country_iso",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality_iso",
        "origin_country": "origin_iso",
        "destination_country": "destination_iso",
        "transit_countries": "transit_iso",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see narrative"),
    repeats=False,
    crime={
        "smuggling": ("smuggling of migrants", "SOM", "migrant smuggling"),
        "trafficking": ("trafficking in persons", "TIP"),
        "both": ("TIP/SOM", "trafficking + smuggling"),
    },
    exploitation={
        "forced_labour": ("forced labor", "labor exploitation"),
        "sexual": ("sexual exploitation", "commercial sexual exploitation"),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("minor",), "mixed": ("adults+minors", "mixed")},
    mode={"sea": ("sea", "boat"), "land": ("land", "overland"), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "narcotics"),
        "corruption": ("corruption",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    no_exploitation=("",),
    unknown=("unknown",),
    count_unknown=("unknown",),
    zero=(),
    number_words=(),
    dates={"iso": 0.75, "iso_dt": 0.1, "ym": 0.09, "q_en": 0.06},
    countries={"iso3": 0.82, "iso2": 0.12, "numeric": 0.06},
    aliases={},
    demonyms={},
    transit_sep=", ",
    offence_sep="; ",
    coords="numbers",
    mojibake_rate=0.0,
)

#: The five sources of the set, in the order :func:`make_blind412` returns them.
SOURCES: tuple[OxSource, ...] = (_SAGB, _CRC, _APROMAR, _CESASIN, _GAA)

_PRIMARY = {
    "GBR": _SAGB.source,
    "FRA": _CRC.source,
    "ESP": _APROMAR.source,
    "USA": _CESASIN.source,
}
_SECONDARY = {
    ("channel", "FRA"): _SAGB.source,  # Kent growers relay launches seen off the Opal Coast
    ("channel", "GBR"): _CRC.source,  # and the Opal Coast parks relay the Dover arrivals
    ("us_mex", "USA"): _GAA.source,
    ("thb_vnm_gbr", "GBR"): _GAA.source,
    ("watl", "ESP"): _GAA.source,
    ("thb_rou_esp", "ESP"): _GAA.source,
}

#: Text columns whose case or spacing a clerk may change (the meaning stays).
_CASE_COLS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "transport_mode",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
)
_PARTIAL = {"mon_en": "month", "mon_fr": "month", "mon_es": "month", "ym": "month"}
_PARTIAL_Q = {"q_es": "quarter", "q_en": "quarter"}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _usual(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word (first) 65 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _no_accent(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Two letters in the middle of a name swapped (a typing slip)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(
    src: OxSource, iso: str, rng: _Rng, *, nationality: bool = False, style: str | None = None
) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, style visible or None)."""
    style = style or _draw(rng, src.countries)
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "demonym" and nationality and iso in src.demonyms:
        return src.demonyms[iso], "demonym"
    if style == "alias" and iso in src.aliases:
        return choice(rng, src.aliases[iso]), "alias"
    if style == "upper":
        return name.upper(), "upper"
    if style == "noaccent" and _no_accent(name) != name:
        return _no_accent(name), "noaccent"
    if style == "typo":
        typo = str(row[5]) if src.language == "en" else _swap(name)
        if typo != name:
            return typo, "typo"
    return name, None


def _transit(src: OxSource, codes: str, rng: _Rng) -> tuple[str, bool]:
    """Write an ordered ``A|B`` list in one style; return (cell, whether a name is misspelt).

    A misspelt list has one name misspelt, the others as usual.
    """
    isos = codes.split("|")
    style = _draw(rng, src.countries)
    slip = int(rng.integers(len(isos))) if style == "typo" else -1
    parts = []
    typo = False
    for i, iso in enumerate(isos):
        own = style if style != "typo" else ("typo" if i == slip else "name")
        text, shown = _country(src, iso, rng, style=own)
        typo = typo or shown == "typo"
        parts.append(text)
    if src.transit_sep == " y ":  # Spanish list: "Argelia, Marruecos y Mauritania"
        if len(parts) == 1:
            return parts[0], typo
        return ", ".join(parts[:-1]) + " y " + parts[-1], typo
    return src.transit_sep.join(parts), typo


def _day_text(src: OxSource, ts: pd.Timestamp, style: str) -> object:
    """Write a full date in one of the source's day styles."""
    month = ts.month - 1
    if style == "xl":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "long_en":
        return f"{ts.day} {_MONTHS['en'][month]} {ts.year}"
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "dmy_mx":
        return f"{ts.day:02d}/{_MONTHS['es'][month][:3]}/{ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_dt":
        return ts.strftime("%Y-%m-%d") + "T00:00:00Z"
    return ts.strftime("%d/%m/%Y")


def _date_cell(
    src: OxSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, style) of the event's date."""
    weights = {
        k: v
        for k, v in src.dates.items()
        if partial_ok or (k not in _PARTIAL and k not in _PARTIAL_Q)
    }
    style = _draw(rng, weights)
    month = ts.month - 1
    if style in _PARTIAL:
        start = ts.to_period("M").start_time
        if style == "mon_en":
            return f"{_MONTHS['en'][month]} {ts.year}", start, "month", style
        if style == "mon_fr":
            return f"{_MONTHS['fr'][month]} {ts.year}", start, "month", style
        if style == "mon_es":
            return f"{_MONTHS['es'][month]} de {ts.year}", start, "month", style
        return ts.strftime("%Y-%m"), start, "month", style
    if style in _PARTIAL_Q:
        start = ts.to_period("Q").start_time
        text = f"T{ts.quarter} {ts.year}" if style == "q_es" else f"Q{ts.quarter} {ts.year}"
        return text, start, "quarter", style
    return _day_text(src, ts, style), ts.normalize(), "day", style


def _main_day_style(src: OxSource) -> str:
    """Return the source's most used full-date style."""
    days = {k: v for k, v in src.dates.items() if k not in _PARTIAL and k not in _PARTIAL_Q}
    return max(days, key=lambda k: days[k])


def _bad_date(src: OxSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade keyed wrong: 2023 -> 2033
        ahead = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
        return _day_text(src, ahead, _main_day_style(src))
    day = 30 + int(rng.integers(2))  # 30 or 31 February: no such day
    style = _main_day_style(src)
    if style in ("iso", "iso_dt"):
        return f"{ts.year}-02-{day}"
    if style == "dmy_mx":
        return f"{day}/feb/{ts.year}"
    return f"{day}/02/{ts.year}"


def _note_date(src: OxSource, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row: the day after the last event."""
    return _day_text(src, last + pd.Timedelta(days=1), _main_day_style(src))


def _count(src: OxSource, n: int) -> tuple[object, bool]:
    """Write a count as the source does; return (cell, whether a separator is used)."""
    if src.format != "csv":
        return n, False
    if n < 1000:
        return str(n), False
    hi, lo = divmod(n, 1000)
    sep = {"fr": " ", "es": "."}.get(src.language, ",")
    if src.source == _CESASIN.source:
        sep = ","  # Mexico writes thousands with a comma
    return f"{hi}{sep}{lo:03d}", True


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``51°07.23'N``) and the value an analyst reads back."""
    minutes = round(abs(value) * 60, 2)
    deg = int(minutes // 60)
    mins = round(minutes - deg * 60, 2)
    hemi = pos if value >= 0 else neg
    back = (deg + mins / 60) * (1 if value >= 0 else -1)
    return f"{deg:0{width}d}°{mins:05.2f}'{hemi}", round(back, 6)


def _coords(
    src: OxSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, str | None]:
    """Write the position; return (cells, expected lat, expected lon, tag)."""
    if src.coords == "ddm":
        if rng.random() < 0.15:  # typed from a phone map: decimal degrees
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "decimal_position"
        t_lat, b_lat = _ddm(lat, "N", "S", 2)
        t_lon, b_lon = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon, "ddm_position"
    if src.coords == "comma_cols":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            "decimal_comma",
        )
    if src.coords == "pair_comma":
        text = f"{lat:.5f}".replace(".", ",") + " / " + f"{lon:.5f}".replace(".", ",")
        return {"coordinates": text}, lat, lon, "decimal_comma"
    if src.coords == "dot_cols":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, None
    return {"lat": float(lat), "lon": float(lon)}, lat, lon, None


#: Spanish words of the boats and crossings by place: the Atlantic "cayuco" of the
#: Canaries, the fence of the two enclaves.
_CANARIES = ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote")
_ENCLAVES = ("Ceuta", "Melilla")


def _mode_words(src: OxSource, mode: str, ev: Mapping[str, object]) -> tuple[str, ...]:
    """Return the source's words for the event's transport mode, by place where it matters."""
    if src.source != _APROMAR.source:
        return src.mode[mode]
    if mode == "sea" and ev["hotspot"] in _CANARIES:
        return ("cayuco", "neumática", "embarcación")
    if mode == "land" and ev["hotspot"] in _ENCLAVES:
        return ("salto de valla", "terrestre")
    return src.mode[mode]


def _case(text: str, rng: _Rng) -> str:
    kind = int(rng.integers(3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _int(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _render(
    src: OxSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, style = _date_cell(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    if precision != "day":
        tags.append("partial_date")
    if style in ("serial", "long_en", "dmy", "dmy2") and src.format == "xlsx":
        tags.append("text_date" if style != "serial" else "excel_serial")

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _usual(rng, src.crime[crime]), crime

    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, src.no_exploitation)
        cells["exploitation"], exp["exploitation"] = (word or None), None
    elif rng.random() < 0.03:
        cells["exploitation"], exp["exploitation"] = choice(rng, src.unknown), "unknown"
        tags.append("unknown_word:exploitation")
    else:
        cells["exploitation"] = _usual(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    n = _int(ev["n_persons"])
    if rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], sep = _count(src, n)
        exp["n_persons"] = n
        if sep:
            tags.append("thousands:n_persons")

    k = _int(ev["n_suspects"])
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and r < 0.35:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif 1 <= k <= len(src.number_words) and r > 0.9:
        cells["n_suspects"], exp["n_suspects"] = src.number_words[k - 1], k
        tags.append("word_count:n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k)[0], k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags += ["blank_gender", "unknown_word:gender"]
    else:
        cells["gender"], exp["gender"] = _usual(rng, src.gender[gender]), gender

    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        r = rng.random()
        if r < 0.02:
            cells[col], exp[col] = None, "unknown"
            tags.append("na_word")
        elif r < 0.04:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append("na_word")
        else:
            said = words[value] if col == "age_group" else _mode_words(src, value, ev)
            cells[col], exp[col] = _usual(rng, said), value

    for col, blank_rate in (
        ("nationality", 0.03),
        ("origin_country", 0.04),
        ("destination_country", 0.06),
        ("detection_country", 0.0),
    ):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        r = rng.random()
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif r < blank_rate:
            blank = r < blank_rate / 2
            cells[col], exp[col] = (None if blank else choice(rng, src.unknown)), None
            tags.append(f"blank_{col}")
        elif col == "detection_country" and src is _SAGB and iso == "GBR" and r < 0.12:
            place = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
            cells[col], exp[col] = place, "GBR"
            tags.append("home_nation:detection_country")
        else:
            text, shown = _country(src, str(iso), rng, nationality=col == "nationality")
            cells[col], exp[col] = text, str(iso)
            if shown is not None:
                tags.append(f"{shown}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        direct = src is _SAGB and rng.random() < 0.3
        cells["transit_countries"] = "direct" if direct else None
        exp["transit_countries"] = None
        if direct:
            tags.append("direct_word")
    else:
        cells["transit_countries"], typo = _transit(src, str(transit), rng)
        exp["transit_countries"] = str(transit)
        if typo:
            tags.append("typo:transit_countries")

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        position, exp["lat"], exp["lon"], tag = _coords(src, lat, lon, rng)
        cells.update(position)
        if tag is not None:
            tags.append(tag)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        named = [_usual(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(named)

    text_cols = [c for c, v in cells.items() if isinstance(v, str) and c != "event_date"]
    for col in text_cols:
        value = str(cells[col])
        if col in _CASE_COLS and src.format != "jsonl" and rng.random() < 0.04:
            cells[col] = _case(value, rng)
            tags.append(f"case:{col}")
        if src.mojibake_rate and rng.random() < src.mojibake_rate:
            garbled = mojibake(str(cells[col]))
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


_EXAMINER: Examiner[OxSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_GAA.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=412,
    blank_share=0.35,
)


def make_blind412(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind412`` set: five shellfish-sector desks.

    The Shellfish Association of Great Britain's harbour-watch log (XLSX) reports the
    events detected in the United Kingdom; the Normandie-Mer du Nord shellfish committee
    (cp1252 CSV, ``;``) those in France; APROMAR's security desk (UTF-16 CSV, tab) those
    in Spain; the Sinaloa aquaculture committee's traceability desk (UTF-8 CSV, ``,``)
    those at the US ports of entry; the Global Aquaculture Alliance's social-risk feed
    (JSON lines) every other one. The two Channel desks and the feed also report some
    events a second time.

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
    >>> subs = make_blind412(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sagb_harbour_watch_ox.xlsx', 'crc_nmn_conchyliculture_ox.csv',
     'apromar_seguridad_ox.csv', 'cesasin_movilizacion_ox.csv',
     'gaa_bap_social_risk_ox.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][1:4]
    [('cp1252', ';'), ('utf-16', '\t'), ('utf-8', ',')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Pays du constat']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
