"""Examiner sample set ``blind371`` (files ``*_ni.*``): lifeguard and beach-safety services.

Five lifesaving bodies that meet smuggled migrants and exploited people on beaches, at sea
and on rivers write what they saw, each its own way:

``ffss62_postes_secours_ni.csv``
    Fédération Française de Sauvetage et de Secourisme, Pas-de-Calais committee: the
    intervention log of its beach posts on the Côte d'Opale. French, cp1252, ``;``,
    CRLF; day-first dates, sometimes with a time written ``14h32``; nationalities as
    French adjectives (``afghane``); ``Angleterre`` for the United Kingdom; decimal commas.
``rnli_lifesaving_ni.csv``
    Royal National Lifeboat Institution, lifeboat returns of service and lifeguard /
    safeguarding concerns. English, UTF-8 with BOM, ``,``; ``POB`` counts, numbers in
    words now and then, positions in degrees and decimal minutes, ``England`` and
    ``Scotland`` as the country of the incident, UK terms (``OIC``, ``UASC``).
``rfess_registro_playas_ni.xlsx``
    Real Federación Española de Salvamento y Socorrismo, register of beach incidents sent
    in by municipal lifeguard services. Spanish, Excel dates, ``H``/``M`` for
    hombre/mujer, ``MENA``, ``subsahariana`` (no country), ``a nado`` and
    ``salto de valla``; rows pasted from one service's UTF-8 export read as ANSI
    (mojibake).
``proemaid_lesvos_ni.jsonl``
    PROEM-AID (Spanish emergency professionals and lifeguards on Lesbos and aboard
    rescue ships): a KoboToolbox export. Spanish choice names (``afganistan``,
    ``trafico_migrantes``), select-multiple answers joined by spaces, Kobo geopoints
    ``lat lon alt accuracy``, timestamps with a UTC offset, ``otra`` for a country
    outside the choice list.
``ils_incident_exchange_ni.csv``
    International Life Saving Federation, incident exchange compiled from member
    federations: every event no other source reports. English, an Excel "Unicode text"
    save (UTF-16 with BOM, tab-delimited); ISO dates, monthly and quarterly returns,
    Excel serials pasted as numbers; ISO codes, aliases and UN-style names; transit
    routes written ``TUR > BGR > SRB``; thousands with a comma or a space.

The truth expects what a careful analyst reads from each cell: a word for "not known" or
a region instead of a country gives no value; a word for none gives 0.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
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

__all__ = ["BLIND371", "SOURCES", "BeachSource", "make_blind371"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class BeachSource(ExaminerSource):
    """A lifesaving body of the set: the shared source plus its writing style.

    Attributes
    ----------
    style : str
        Key of the source's renderer: ``"ffss"``, ``"rnli"``, ``"rfess"``, ``"proem"``
        or ``"ils"``.
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_FFSS = BeachSource(
    source="ffss62_postes_secours",
    filename="ffss62_postes_secours_ni.csv",
    ref="FFSS62/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° intervention",
        "event_date": "Date",
        "place": "Poste de secours",
        "crime_type": "Nature de l'intervention",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de passeurs",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "transit_countries": "Pays de transit",
        "detection_country": "Pays",
        "transport_mode": "Moyen",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="Extraction main courante des postes – données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="ffss",
)
_RNLI = BeachSource(
    source="rnli_lifesaving",
    filename="rnli_lifesaving_ni.csv",
    ref="ROS{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "ROS number",
        "event_date": "Date of incident",
        "place": "Station",
        "crime_type": "Incident category",
        "exploitation": "Concern type",
        "n_persons": "POB",
        "n_suspects": "Suspected facilitators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Stated nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Location country",
        "transport_mode": "Craft / means",
        "coordinates": "Position",
    },
    note="Provisional - extracted from Return of Service, not for onward release",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    style="rnli",
)
_RFESS = BeachSource(
    source="rfess_registro_playas",
    filename="rfess_registro_playas_ni.xlsx",
    ref="RFESS-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "place": "Playa / municipio",
        "crime_type": "Tipo de incidente",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Patrones detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de intercepción",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales remitidos por los servicios municipales de socorrismo",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=True,
    style="rfess",
)
_PROEM = BeachSource(
    source="proemaid_lesvos",
    filename="proemaid_lesvos_ni.jsonl",
    ref="PA-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "registro",
        "event_date": "fecha",
        "place": "zona",
        "crime_type": "tipo_caso",
        "exploitation": "explotacion",
        "n_persons": "personas",
        "n_suspects": "facilitadores",
        "gender": "sexo",
        "age_group": "edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "transito",
        "transport_mode": "medio",
        "coordinates": "gps",
        "linked_offences": "delitos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=False,
    style="proem",
)
_ILS = BeachSource(
    source="ils_incident_exchange",
    filename="ils_incident_exchange_ni.csv",
    ref="ILS/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Record ID",
        "event_date": "Incident date",
        "crime_type": "Incident type",
        "exploitation": "Exploitation type",
        "n_persons": "Persons involved",
        "n_suspects": "Facilitators",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination country",
        "detection_country": "Country of incident",
        "transit_countries": "Transit route",
        "transport_mode": "Mode",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Linked offences",
    },
    note="Compiled from member federation returns; totals may not match national figures",
    total="Grand total",
    bad_count=("several", "dozens"),
    repeats=True,
    style="ils",
)

#: The set's sources, in the order the submissions are returned.
SOURCES: tuple[BeachSource, ...] = (_FFSS, _RNLI, _RFESS, _PROEM, _ILS)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Nationality adjectives (French feminine, as after "nationalité").
_FR_ADJ = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_EN_ADJ = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_ES_ADJ = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
#: Sub-Saharan nationalities a Spanish register may write only as "subsahariana".
_SUBSAHARAN = frozenset({"SEN", "MLI", "GMB", "GIN", "CIV"})
#: Names an international desk uses besides the short English name.
_EN_ALIASES = {
    "GBR": ("UK",),
    "USA": ("USA", "U.S."),
    "TUR": ("Turkey",),
    "VNM": ("Vietnam",),
    "CIV": ("Ivory Coast",),
    "SYR": ("Syrian Arab Republic",),
    "RUS": ("Russian Federation",),
    "IRN": ("Iran (Islamic Republic of)",),
    "BIH": ("Bosnia",),
    "GMB": ("The Gambia",),
    "VEN": ("Venezuela (Bolivarian Republic of)",),
}
#: Countries PROEM-AID's form lists; any other is answered ``otra``.
_KOBO_LIST = frozenset(
    {"AFG", "SYR", "IRQ", "PAK", "TUN", "EGY", "ERI", "CIV", "GIN", "TUR", "IRN", "LBY"}
    | {"GRC", "ITA", "DEU", "AUT", "FRA"}
)

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "ffss": {
        "smuggling": ("trafic de migrants", "aide au passage clandestin", "small boat – passeurs"),
        "trafficking": ("traite des êtres humains", "soupçon de traite"),
        "both": ("traite et trafic de migrants", "passage clandestin + traite"),
    },
    "rnli": {
        "smuggling": (
            "People smuggling - small boat",
            "Organised immigration crime",
            "Small boat crossing (facilitated)",
        ),
        "trafficking": ("Modern slavery concern", "Human trafficking"),
        "both": ("Small boat + modern slavery concern", "OIC / modern slavery"),
    },
    "rfess": {
        "smuggling": (
            "tráfico de migrantes",
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("trata de seres humanos", "indicios de trata", "trata"),
        "both": ("trata y tráfico de migrantes", "tráfico de migrantes + trata"),
    },
    "proem": {
        "smuggling": ("trafico_migrantes",),
        "trafficking": ("trata",),
        "both": ("trata_y_trafico",),
    },
    "ils": {
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SOM"),
        "trafficking": ("Human trafficking", "Trafficking in persons", "TIP"),
        "both": ("Smuggling + trafficking", "THB/SOM"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "ffss": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "rnli": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "rfess": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    "proem": {
        "sexual": ("sexual",),
        "forced_labour": ("laboral",),
        "forced_criminality": ("delictiva",),
        "organ_removal": ("extraccion_organos",),
        "forced_marriage": ("matrimonio_forzado",),
        "other": ("otra",),
    },
    "ils": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Criminal exploitation"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
#: What a pure smuggling row shows under exploitation (None = a blank cell).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "ffss": (None, None, "sans objet"),
    "rnli": (None, None, "N/A"),
    "rfess": (None, None, "no procede"),
    "proem": (None,),
    "ils": (None, None, "N/A"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "ffss": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "rnli": {
        "male": ("M", "Male", "All male"),
        "female": ("F", "Female", "All female"),
        "mixed": ("Mixed", "M/F", "Males & females"),
    },
    "rfess": {
        "male": ("H", "hombres", "varones"),
        "female": ("M", "mujeres"),
        "mixed": ("mixto", "ambos sexos", "H/M"),
    },
    "proem": {"male": ("hombres",), "female": ("mujeres",), "mixed": ("mixto",)},
    "ils": {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "ffss": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA", "enfants"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "rnli": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "U18", "UASC"),
        "mixed": ("Adults & children", "Mixed"),
    },
    "rfess": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "proem": {"adult": ("adultos",), "child": ("menores",), "mixed": ("mixto",)},
    "ils": {
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Minor"),
        "mixed": ("Mixed", "Adults and minors"),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "ffss": {
        "sea": ("embarcation", "small boat", "bateau pneumatique", "maritime"),
        "land": ("camion", "poids lourd", "à pied", "routier"),
        "air": ("avion", "aérien"),
    },
    "rnli": {
        "sea": ("Small boat", "Inflatable", "Dinghy", "Sea"),
        "land": ("Lorry", "HGV", "Vehicle", "On foot"),
        "air": ("Flight", "Air"),
    },
    "rfess": {
        "sea": ("patera", "neumática", "embarcación", "marítimo"),
        "land": ("terrestre", "a pie", "vehículo"),
        "air": ("avión", "aéreo"),
    },
    "proem": {
        "sea": ("neumatica", "embarcacion", "lancha"),
        "land": ("a_pie", "vehiculo"),
        "air": ("avion",),
    },
    "ils": {
        "sea": ("Sea", "Boat", "Maritime"),
        "land": ("Land", "Overland", "On foot"),
        "air": ("Air", "Flight"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "rfess": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "proem": {
        "document_fraud": ("falsedad_documental",),
        "corruption": ("corrupcion",),
        "money_laundering": ("blanqueo",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "ils": {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug smuggling", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEPS = {"rfess": (", ", " y "), "proem": (" ",), "ils": ("; ",)}
_TRANSIT_SEPS = {"ffss": (" / ", ", "), "rfess": (" - ", ", "), "proem": (" ",), "ils": (" > ",)}
#: Words for "not known" in a text cell, by style.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "ffss": ("N/C", "inconnu", "non renseigné"),
    "rnli": ("Not known", "nk", "Unknown"),
    "rfess": ("s/d", "desconocido", "sin datos"),
    "proem": ("no_sabe",),
    "ils": ("Unknown", "n/k"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    "ffss": ("aucun", "néant"),
    "rnli": ("none", "nil"),
    "rfess": ("ninguno",),
    "proem": ("ninguno",),
    "ils": ("none",),
}
_COUNT_UNKNOWN: dict[str, tuple[str | None, ...]] = {
    "ffss": ("N/C", "inconnu"),
    "rnli": ("not known", "unk"),
    "rfess": ("sin determinar",),
    "proem": (None,),
    "ils": ("n/k",),
}
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
    "eleven",
    "twelve",
)

_PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "ffss": {
        "Calais": ("Calais – Blériot-Plage", "Sangatte", "Wissant", "Oye-Plage"),
        "Dunkirk/Gravelines": (
            "Gravelines – Petit-Fort-Philippe",
            "Dunkerque – Malo-les-Bains",
            "Zuydcoote",
            "Bray-Dunes",
        ),
    },
    "rnli": {
        "Dover": ("Dover", "Walmer", "Dungeness", "Ramsgate"),
        "Calais": ("Dover", "Dungeness"),
        "Dunkirk/Gravelines": ("Ramsgate", "Dover"),
        "London": ("Tower",),
        "Birmingham": ("Safeguarding team (West Midlands)",),
        "Glasgow": ("Helensburgh",),
    },
    "rfess": {
        "Ceuta": ("Ceuta – playa del Tarajal", "Ceuta – playa de Benítez"),
        "Melilla": ("Melilla – playa de Horcas Coloradas", "Melilla – playa de la Hípica"),
        "Almería": ("Almería – San José", "Carboneras", "Níjar – Los Escullos"),
        "Gran Canaria": ("Arguineguín (Mogán)", "Maspalomas", "Puerto de Mogán"),
        "Tenerife": ("Los Cristianos (Arona)", "Las Galletas"),
        "El Hierro": ("La Restinga",),
        "Lanzarote": ("Órzola", "Playa Blanca (Yaiza)"),
        "Huelva": ("Mazagón", "Punta Umbría", "Matalascañas"),
        "Almería (El Ejido)": ("El Ejido – Balerma", "Almerimar"),
    },
    "proem": {
        "Lesbos": ("lesvos_norte", "lesvos_sur", "lesvos_este"),
        "Samos": ("samos",),
        "Evros": ("evros",),
        "Lampedusa": ("med_central",),
        "Pozzallo": ("med_central",),
        "Crotone": ("med_central",),
    },
}
_CEUTA_MELILLA = frozenset({"Ceuta", "Melilla"})
_CANARIES = frozenset({"Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"})


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _swap(text: str) -> str | None:
    """Two middle letters swapped (a typo), or None if the name is too short."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _ascii(text: str) -> str:
    """Lower-case ASCII form of a Spanish name, as a Kobo choice name."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace(" ", "_").replace("-", "_")


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _pick_style(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


_COUNTRY_STYLES: dict[str, dict[str, float]] = {
    "ffss": {"name": 0.72, "adj": 0.14, "upper": 0.06, "iso2": 0.04, "typo": 0.04},
    "rnli": {"name": 0.5, "adj": 0.38, "alias": 0.04, "upper": 0.04, "typo": 0.04},
    "rfess": {"name": 0.7, "adj": 0.14, "upper": 0.06, "iso2": 0.05, "typo": 0.05},
    "proem": {"kobo": 1.0},
    "ils": {
        "name": 0.4,
        "iso3": 0.24,
        "iso2": 0.1,
        "numeric": 0.04,
        "alias": 0.09,
        "typo": 0.06,
        "lower": 0.07,
    },
}


def _country(
    src: BeachSource, iso: str, col: str, rng: _Rng, *, adjective: bool
) -> tuple[str, str | None, str | None]:
    """Write one ISO3 country; return (text, expected ISO3 or None, tag or None)."""
    style = src.style
    lang = src.language
    if style == "proem":
        if iso not in _KOBO_LIST:
            return "otra", None, f"other_choice:{col}"
        return _ascii(_name(iso, "es")), iso, None
    kind = _pick_style(rng, _COUNTRY_STYLES[style])
    name = _name(iso, lang)
    adj_table = {"ffss": _FR_ADJ, "rnli": _EN_ADJ, "rfess": _ES_ADJ}.get(style, {})
    if kind == "adj" and adjective and iso in adj_table:
        return adj_table[iso], iso, f"adjective:{col}"
    if kind == "alias" and iso in _EN_ALIASES:
        return choice(rng, _EN_ALIASES[iso]), iso, f"alias:{col}"
    if kind == "iso3":
        return iso, iso, f"iso3:{col}"
    if kind == "iso2":
        return iso_codes(iso)[0], iso, f"iso2:{col}"
    if kind == "numeric":  # UN M49 / ISO numeric, as statistical returns give it
        return iso_codes(iso)[1], iso, f"numeric:{col}"
    if kind == "typo":
        typo = _swap(name)
        if typo is not None:
            return typo, iso, f"typo:{col}"
    if kind == "upper":
        return name.upper(), iso, f"case:{col}"
    if kind == "lower":
        return name.lower(), iso, f"case:{col}"
    return name, iso, None


def _vocab(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word (the first) most of the time, another now and then."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _date_cell(
    src: BeachSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the date; return (cell, expected date, precision, tags)."""
    day = ts.normalize()
    style = src.style
    r = rng.random()
    if style == "ffss":
        if r < 0.18:
            hh, mm = int(rng.integers(5, 22)), int(rng.integers(0, 60))
            return f"{day:%d/%m/%Y} {hh:02d}h{mm:02d}", day, "day", ["date_time"]
        return f"{day:%d/%m/%Y}", day, "day", []
    if style == "rnli":
        if r < 0.3:
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}", day, "day", ["date_long"]
        return f"{day:%d/%m/%Y}", day, "day", []
    if style == "rfess":
        if r < 0.1:
            return f"{day:%d/%m/%Y}", day, "day", ["date_text"]
        if r < 0.15:
            return f"{day:%d-%m-%y}", day, "day", ["date_text"]
        return day.to_pydatetime(), day, "day", []
    if style == "proem":
        if r < 0.55:
            # Kobo's submission time, local (Greek) time with its offset; crews log from
            # dawn to night, so the local day is also the UTC day
            hh, mm, ss = int(rng.integers(4, 22)), int(rng.integers(0, 60)), int(rng.integers(60))
            offset = "+03:00" if 4 <= day.month <= 10 else "+02:00"
            stamp = f"{day:%Y-%m-%d}T{hh:02d}:{mm:02d}:{ss:02d}.000{offset}"
            return stamp, day, "day", ["date_time"]
        return f"{day:%Y-%m-%d}", day, "day", []
    # ils: member returns are ISO dates, monthly or quarterly; some pasted as serials
    if partial_ok and r < 0.08:
        month = day.to_period("M").start_time
        return f"{day:%Y-%m}", month, "month", ["partial_date"]
    if partial_ok and r < 0.13:
        quarter = day.to_period("Q").start_time
        return f"Q{day.quarter} {day.year}", quarter, "quarter", ["partial_date"]
    if r < 0.21:
        serial = (day - pd.Timestamp("1899-12-30")).days
        return str(serial), day, "day", ["excel_serial"]
    if r < 0.26:
        return f"{day:%Y/%m/%d}", day, "day", []
    return f"{day:%Y-%m-%d}", day, "day", []


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``51°07.23'N``) and the value it reads as."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    back = deg + minutes / 60
    return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}", back if value >= 0 else -back


def _coords(
    src: BeachSource, lat: float, lon: float, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the location; return (cells, expected lat, expected lon, tags)."""
    style = src.style
    if blank:
        return {}, None, None, ["blank_coordinates"]
    r = rng.random()
    if r < 0.05:
        placeholder = {"rnli": "Not recorded", "ffss": None, "rfess": None, "ils": None}
        word = placeholder.get(style)
        if word is not None:
            return {"coordinates": word}, None, None, ["coords_placeholder"]
        return {}, None, None, ["coords_missing"]
    if style == "ffss":
        t_lat = f"{lat:.5f}".replace(".", ",")
        t_lon = f"{lon:.5f}".replace(".", ",")
        return {"lat": t_lat, "lon": t_lon}, round(lat, 5), round(lon, 5), ["decimal_comma"]
    if style == "rnli":
        a, e_lat = _ddm(lat, "N", "S", 2)
        b, e_lon = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{a} {b}"}, round(e_lat, 6), round(e_lon, 6), ["coords_ddm"]
    if style == "rfess":
        if rng.random() < 0.15:
            t_lat = f"{lat:.5f}".replace(".", ",")
            t_lon = f"{lon:.5f}".replace(".", ",")
            return {"lat": t_lat, "lon": t_lon}, round(lat, 5), round(lon, 5), ["decimal_comma"]
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if style == "proem":
        alt = round(float(rng.uniform(0, 40)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        point = f"{lat:.5f} {lon:.5f} {alt} {acc}"
        return {"coordinates": point}, round(lat, 5), round(lon, 5), ["kobo_geopoint"]
    return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, round(lat, 4), round(lon, 4), []


def _count(src: BeachSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons; return (cell, expected, tags)."""
    r = rng.random()
    if r < 0.025:
        return _choice_obj(rng, _COUNT_UNKNOWN[src.style]), None, ["count_placeholder"]
    if src.style == "rnli" and n <= 12 and r < 0.11:
        return _EN_NUMBERS[n], n, ["count_word"]
    if src.style == "ils" and n >= 1000:
        sep = "," if rng.random() < 0.6 else " "
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    if src.format in ("xlsx", "jsonl"):
        return n, n, []
    return str(n), n, []


def _choice_obj(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None, a blank cell) uniformly.

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
    >>> _choice_obj(np.random.default_rng(0), (None,)) is None
    True
    """
    return options[int(rng.integers(len(options)))]


def _suspects(
    src: BeachSource, n: int, rng: _Rng, *, blank: bool
) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects; return (cell, expected, tags)."""
    if blank:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.03:
        return choice(rng, _UNKNOWN[src.style]), None, ["suspects_placeholder"]
    if r < 0.05:
        return None, None, ["blank_n_suspects"]
    if n == 0 and rng.random() < 0.45:
        return choice(rng, _ZERO[src.style]), 0, ["zero_word"]
    if src.format in ("xlsx", "jsonl"):
        return n, n, []
    return str(n), n, []


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: BeachSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    style = src.style
    cols = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    hotspot = str(ev["hotspot"])
    moji = style == "rfess" and rng.random() < 0.07  # rows pasted from a UTF-8 export

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    places = _PLACES.get(style, {}).get(hotspot)
    if "place" in cols and places:
        cells["place"] = choice(rng, places)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(rng, _CRIME[style][crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _choice_obj(rng, _NO_EXPLOITATION[style])
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = None
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _vocab(rng, _EXPLOITATION[style][str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _count(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        blank=forced_blank == "n_suspects",
    )
    tags += t

    # gender, age group, transport mode
    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.03:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.05:
        cells["gender"], exp["gender"] = choice(rng, _UNKNOWN[style]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _vocab(rng, _GENDER[style][gender]), gender
    age = str(ev["age_group"])
    r = rng.random()
    if r < 0.03:
        na = "N/A" if style == "ils" else choice(rng, _UNKNOWN[style])
        cells["age_group"], exp["age_group"] = na, "unknown"
        tags += ["na_word", "unknown:age_group"]
    else:
        cells["age_group"], exp["age_group"] = _vocab(rng, _AGE[style][age]), age
    mode = str(ev["transport_mode"])
    r = rng.random()
    if r < 0.02:
        cells["transport_mode"], exp["transport_mode"] = None, "unknown"
        tags += ["na_word", "blank:transport_mode"]
    elif style == "rfess" and hotspot in _CEUTA_MELILLA and r < 0.3 and mode != "air":
        word = "a nado" if mode == "sea" else "salto de valla"
        cells["transport_mode"], exp["transport_mode"] = word, mode
        tags.append("mode_local_word")
    elif style == "rfess" and mode == "sea" and hotspot in _CANARIES:
        forms = ("cayuco", "neumática", "patera")
        cells["transport_mode"], exp["transport_mode"] = _vocab(rng, forms), mode
    elif style == "rfess" and mode == "land" and str(ev["corridor"]) == "thb_rou_esp":
        forms = ("autobús", "furgoneta", "terrestre")
        cells["transport_mode"], exp["transport_mode"] = _vocab(rng, forms), mode
    else:
        cells["transport_mode"], exp["transport_mode"] = _vocab(rng, _MODE[style][mode]), mode

    # countries
    nat = ev["nationality"]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif nat is None:
        cells["nationality"], exp["nationality"] = None, None
    else:
        r = rng.random()
        if r < 0.025:
            cells["nationality"], exp["nationality"] = choice(rng, _UNKNOWN[style]), None
            tags += ["blank_nationality", "unknown:nationality"]
        elif style == "rfess" and str(nat) in _SUBSAHARAN and r < 0.1:
            cells["nationality"], exp["nationality"] = "subsahariana", None
            tags += ["blank_nationality", "region_word"]
        else:
            text, iso, tag = _country(src, str(nat), "nationality", rng, adjective=True)
            cells["nationality"], exp["nationality"] = text, iso
            tags += [tag] if tag else []
            if iso is None:
                tags.append("blank_nationality")
    for col in ("origin_country", "destination_country"):
        val = ev[col]
        if val is None:
            cells[col], exp[col] = None, None
            continue
        r = rng.random()
        if r < 0.03:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif r < 0.05:
            cells[col], exp[col] = choice(rng, _UNKNOWN[style]), None
            tags.append(f"blank_{col}")
        elif style == "ffss" and col == "destination_country" and val == "GBR" and r < 0.3:
            cells[col], exp[col] = choice(rng, ("Angleterre", "UK")), "GBR"
            tags.append("colloquial:destination_country")
        else:
            text, iso, tag = _country(src, str(val), col, rng, adjective=False)
            cells[col], exp[col] = text, iso
            tags += [tag] if tag else []
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    elif style == "rnli" and det == "GBR":
        word = "Scotland" if hotspot == "Glasgow" else "England"
        if rng.random() < 0.08:
            word = "UK"
        cells["detection_country"], exp["detection_country"] = word, "GBR"
        tags.append("home_nation")
    elif style == "ffss":
        word = choice(rng, ("France", "France", "FRANCE", "FR"))
        cells["detection_country"], exp["detection_country"] = word, det
    else:
        text, iso, tag = _country(src, det, "detection_country", rng, adjective=False)
        cells["detection_country"], exp["detection_country"] = text, iso
        tags += [tag] if tag else []

    transit = ev["transit_countries"]
    exp["transit_countries"] = None
    if "transit_countries" in cols and transit is not None:
        if rng.random() < 0.03:
            cells["transit_countries"] = None
            tags.append("blank_transit_countries")
        else:
            sep = choice(rng, _TRANSIT_SEPS[style])
            parts: list[str] = []
            isos: list[str] = []
            for code in str(transit).split("|"):
                if style == "ils":
                    parts.append(code)
                    isos.append(code)
                    continue
                text, iso, _ = _country(src, code, "transit_countries", rng, adjective=False)
                parts.append(text)
                if iso is not None:
                    isos.append(iso)
            cells["transit_countries"] = sep.join(parts)
            exp["transit_countries"] = "|".join(isos) if isos else None
            if len(isos) != len(parts):
                tags.append("other_choice:transit_countries")

    # location
    blank_place = forced_blank == "coordinates"
    cc, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        blank=blank_place,
    )
    cells.update(cc)
    tags += t

    off = ev["linked_offences"]
    exp["linked_offences"] = None
    if "linked_offences" in cols and off is not None:
        words = [_vocab(rng, _OFFENCES[style][o]) for o in str(off).split("|")]
        cells["linked_offences"] = choice(rng, _OFFENCE_SEPS[style]).join(words)
        exp["linked_offences"] = str(off)

    # light case and spacing noise on the words (not the Kobo choice names)
    if style != "proem":
        for col in ("crime_type", "gender", "age_group", "transport_mode", "nationality"):
            v = cells.get(col)
            if isinstance(v, str) and rng.random() < 0.04:
                cells[col] = v.upper() if rng.random() < 0.5 else f" {v}  "
                tags.append(f"case:{col}")
    if moji:
        for col, v in list(cells.items()):
            if isinstance(v, str):
                garbled = mojibake(v)
                if garbled is not None:
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")
    for v in cells.values():  # every cell of a CSV must fit its encoding
        if isinstance(v, str) and not fits(v, src):
            raise DataContractError(f"{src.filename}: {v!r} does not fit {src.encoding}.")
    return cells, exp, tags


def _bad_date(src: BeachSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date a careful analyst cannot use: blank, impossible or mistyped year."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        impossible = {
            "ffss": f"31/06/{y}",
            "rnli": f"31/09/{y}",
            "rfess": f"30/02/{y}",
            "proem": f"{y}-02-30",
            "ils": f"{y}-04-31",
        }
        return impossible[src.style]
    s = str(y)
    future = ts.normalize().replace(year=int(s[0] + s[2] + s[1] + s[3]))  # 2023 -> 2203
    if src.style == "rfess":
        return future.to_pydatetime()
    if src.style in ("proem", "ils"):
        return f"{future:%Y-%m-%d}"
    return f"{future:%d/%m/%Y}"


def _note_date(src: BeachSource, last: pd.Timestamp) -> object:
    """Date written on the source's note row (its extraction date)."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.style == "rfess":
        return day.to_pydatetime()
    if src.style == "ils":
        return f"{day:%Y-%m-%d}"
    return f"{day:%d/%m/%Y}"


#: The variant: sources, who reports which event first, who reports it again.
BLIND371: Examiner[BeachSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": _FFSS.source,
        "GBR": _RNLI.source,
        "ESP": _RFESS.source,
        "GRC": _PROEM.source,
    },
    compilation=_ILS.source,
    secondary={
        ("channel", "FRA"): _RNLI.source,  # lifeboats launched to boats off the French coast
        ("channel", "GBR"): _ILS.source,
        ("wmed", "ESP"): _ILS.source,
        ("watl", "ESP"): _ILS.source,
        ("emed", "GRC"): _ILS.source,
        ("cmed", "ITA"): _PROEM.source,  # PROEM-AID crews aboard rescue ships
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=371,
    blank_share=0.3,
)


def make_blind371(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five lifesaving bodies of set ``blind371`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ffss62_postes_secours_ni.csv`` (French, cp1252, ``;``),
        ``rnli_lifesaving_ni.csv`` (English, UTF-8 with BOM, ``,``),
        ``rfess_registro_playas_ni.xlsx`` (Spanish), ``proemaid_lesvos_ni.jsonl``
        (Spanish Kobo export) and ``ils_incident_exchange_ni.csv`` (English, UTF-16,
        tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind371(make_truth(seed=5, n_events=300), seed=5)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ffss62_postes_secours_ni.csv', 'rnli_lifesaving_ni.csv',
     'rfess_registro_playas_ni.xlsx', 'proemaid_lesvos_ni.jsonl',
     'ils_incident_exchange_ni.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8-sig', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['ROS number', 'Date of incident', 'Station']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND371, truth, seed=seed)
