"""Examiner sample set ``blind173`` (files ``*_fs.*``): Nigeria's and Ghana's desks.

Five agencies of the Nigerian and Ghanaian anti-trafficking system and of their partners'
desks write the true events their own way:

``npf_attache_rome_fs.csv``
    Police Attaché, Embassy of Nigeria in Rome. English, but saved by an Italian-locale
    Excel: cp1252, ``;`` delimiter, CRLF, decimal commas in ``Lat.``/``Long.``, ``.`` as
    thousands separator; day-first dates; Nigerian police wording (``TIP``,
    ``Smuggling of Migrants``, ``Nil`` suspects, ``N/K``); country names often in capitals.
    Re-sends some rows (exact repeats). Reports the events detected in Italy.
``ssi_abuja_fs.xlsx``
    Attaché de sécurité intérieure, Ambassade de France au Nigéria (Abuja). French
    workbook: real Excel dates, a few typed dates, a few date cells left as serial
    numbers, ``mai 2023`` and ``T2 2023``; ``néant``, ``NC``, ``sans objet``; GPS in
    degrees, minutes, seconds (``50°57'12.3"N 1°51'00.4"E``). Reports France.
``nga_agregaduria_madrid_fs.csv``
    Agregaduría de Policía, Embajada de Nigeria en Madrid. Spanish with English words of
    the Nigerian officers; Excel "Texto Unicode": UTF-16 with BOM, tab-delimited; some
    country names garbled by an earlier UTF-8 import (``EspaÃ±a``). Reports Spain.
``gps_liaison_london_fs.csv``
    Ghana Police Service liaison officer, Ghana High Commission, London. English (UK
    words: ``Small boat``, ``Lorry``, ``Modern Slavery``), UTF-8 with BOM, ``,``;
    ``17-May-23`` and ``Q2 2023`` dates, ``lat, long`` in one cell, transit joined by
    ``>``. Reports the United Kingdom.
``ncb_abuja_fs.jsonl``
    INTERPOL National Central Bureau Abuja (Nigeria Police Force): JSON lines of the
    messages received from other bureaus; upper-case codes (``THB``, ``SOM``), ISO
    alpha-3, alpha-2 and numeric country codes, ISO dates and date-times. Reports every
    other country (the compilation) and again some Italian, Spanish and Channel events.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND173", "SOURCES", "Desk", "make_blind173"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]
_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A source of this set: the shared fields plus the desk's own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's written forms (first = the usual one).
    unknown : tuple of str
        What the desk writes for a value it does not know.
    not_applicable : tuple of str
        What it writes in the exploitation column of a pure smuggling case (``""``: blank).
    count_unknown : tuple of str
        Count cells meaning "not known" (the record is kept, with no count).
    zero : tuple of str
        Words for no suspects at all (empty: the desk writes ``0``).
    no_place : tuple of str
        What it writes when it has no coordinates.
    country_styles : mapping
        Style -> weight of the country cells (``name``, ``upper``, ``lower``, ``alias``,
        ``typo``, ``english``, ``mojibake``, ``iso2``, ``iso3``).
    transit_sep : str
        Separator of the transit countries, in order.
    offence_sep : str
        Separator of the linked offences.
    thousands : str
        Thousands separator of the counts written as text.
    """

    words: _Words
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    no_place: tuple[str, ...]
    country_styles: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    thousands: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_OFFENCES = (
    "document_fraud",
    "corruption",
    "money_laundering",
    "illicit_goods",
    "cybercrime",
    "terrorism",
)

#: English aliases a clerk uses instead of the short name.
_ALIAS_EN: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "Great Britain"),
    "USA": ("USA", "U.S.A."),
    "CIV": ("Ivory Coast",),
    "VNM": ("Vietnam",),
    "TUR": ("Turkey",),
    "SYR": ("Syrian Arab Republic",),
    "RUS": ("Russian Federation",),
    "IRN": ("Islamic Republic of Iran",),
    "GMB": ("The Gambia",),
    "MKD": ("Macedonia",),
    "BIH": ("Bosnia",),
    "DEU": ("Deutschland",),
    "CHN": ("P.R. China",),
    "GIN": ("Guinea Conakry",),
}
_ALIAS_FR: dict[str, tuple[str, ...]] = {
    "GBR": ("Grande-Bretagne",),
    "USA": ("USA",),
    "CIV": ("Côte-d'Ivoire", "RCI"),
    "VNM": ("Vietnam",),
    "IRQ": ("Iraq",),
    "GIN": ("Guinée-Conakry",),
}
_ALIAS_ES: dict[str, tuple[str, ...]] = {
    "USA": ("EE. UU.", "EEUU"),
    "GBR": ("Gran Bretaña",),
    "GIN": ("Guinea Conakry",),
    "ROU": ("Rumania",),
    "MKD": ("Macedonia",),
}
#: Small typos, still plain to a reader.
_TYPO_EN: dict[str, str] = {
    "NGA": "Nigerai",
    "LBY": "Lybia",
    "ERI": "Eritria",
    "AFG": "Afganistan",
    "BGD": "Bangladash",
    "PAK": "Pakistn",
    "TUN": "Tunisa",
    "EGY": "Egpyt",
    "ITA": "Itally",
    "GBR": "United Kingdon",
    "VNM": "Viet Mam",
    "GIN": "Guniea",
    "SEN": "Senagal",
    "FRA": "Frnace",
    "DEU": "Germnay",
    "ALB": "Albenia",
    "IRQ": "Irag",
    "SYR": "Syira",
    "CHN": "Chinna",
    "POL": "Polland",
    "RUS": "Russsia",
}
_TYPO_FR: dict[str, str] = {
    "AFG": "Afganistan",
    "ALB": "Albannie",
    "GBR": "Royaume Uni",
    "SYR": "Syrei",
    "VNM": "Viet-Nam",
    "DEU": "Allemange",
    "ERI": "Erythrée",
    "IRN": "Irann",
    "FRA": "Frane",
}
_TYPO_ES: dict[str, str] = {
    "MAR": "Marrueco",
    "SEN": "Senegál",
    "MLI": "Mali",
    "GIN": "Ginea",
    "ESP": "Espana",
    "FRA": "Fracia",
    "CIV": "Costa Marfil",
    "DZA": "Argelía",
    "MRT": "Mauritana",
    "ROU": "Rumanìa",
    "GMB": "Gambía",
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_ALIASES = {"en": _ALIAS_EN, "fr": _ALIAS_FR, "es": _ALIAS_ES}
_TYPOS = {"en": _TYPO_EN, "fr": _TYPO_FR, "es": _TYPO_ES}
_QUARTER_ES = ("1er", "2º", "3er", "4º")

_ROME_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trafficking in Persons", "TIP", "Human Trafficking"),
        "smuggling": ("Smuggling of Migrants", "Migrant Smuggling", "SOM"),
        "both": ("TIP/SOM", "Trafficking & Smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual Exploitation", "Forced Prostitution"),
        "forced_labour": ("Forced Labour", "Labour Exploitation"),
        "forced_criminality": ("Forced Criminality", "Forced to commit crimes"),
        "organ_removal": ("Organ Harvesting",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Others",),
    },
    "gender": {
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "Male & Female"),
    },
    "age_group": {
        "child": ("Minor", "Minors", "Under 18"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Adults & Minors", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Sea", "By sea", "Boat"),
        "land": ("Land", "By road", "Road"),
        "air": ("Air", "By air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("Document Fraud", "Forged documents"),
        "corruption": ("Corruption", "Bribery"),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cybercrime", "Internet fraud"),
        "terrorism": ("Terrorism",),
    },
}
_SSI_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("TEH", "traite des êtres humains", "Traite"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "both": ("TEH / trafic de migrants", "traite et trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "female": ("femmes", "F", "féminin"),
        "male": ("hommes", "H", "masculin"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "age_group": {
        "child": ("mineurs", "mineur", "MNA"),
        "adult": ("majeurs", "adultes", "majeur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("maritime", "small boat", "embarcation"),
        "land": ("terrestre", "poids lourd", "camion"),
        "air": ("aérien", "voie aérienne"),
    },
    "linked_offences": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_MADRID_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "TSH", "Trata", "Human trafficking"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Favorecimiento de la inmigración ilegal",
            "Smuggling",
        ),
        "both": ("Trata y tráfico", "TSH + tráfico de migrantes"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": (
            "Explotación para actividades delictivas",
            "Actividades delictivas",
        ),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {
        "female": ("Mujer", "Mujeres", "Female"),
        "male": ("Hombre", "Hombres", "Male"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "age_group": {
        "child": ("Menor", "Menores", "MENA"),
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Marítimo", "Patera", "Cayuco"),
        "land": ("Terrestre", "Vehículo", "A pie"),
        "air": ("Aéreo", "Avión", "Vuelo"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
}
_LONDON_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Human Trafficking", "HT", "Modern Slavery"),
        "smuggling": ("Migrant Smuggling", "People Smuggling", "Smuggling"),
        "both": ("HT & Smuggling", "Trafficking/Smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "M & F"),
    },
    "age_group": {
        "child": ("Child", "Minor", "U18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Sea", "Boat"),
        "land": ("Lorry", "HGV", "Land", "Road"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_NCB_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("THB",),
        "smuggling": ("SOM",),
        "both": ("THB/SOM", "THB+SOM"),
    },
    "exploitation": {
        "sexual": ("SEXUAL_EXPLOITATION",),
        "forced_labour": ("FORCED_LABOUR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    "gender": {"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
    "age_group": {"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    "linked_offences": {k: (k.upper(),) for k in _OFFENCES},
}

_ROME = Desk(
    source="npf_attache_rome_fs",
    filename="npf_attache_rome_fs.csv",
    ref="NPF/ATT/ROM/{seq:03d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case Ref.",
        "event_date": "Date of Incident",
        "crime_type": "Offence",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination",
        "detection_country": "Country Where Detected",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Movement",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Related Offences",
    },
    note="NB: figures from Italian counterparts (Servizio Centrale Operativo), provisional",
    total="GRAND TOTAL",
    bad_count=("several", "many"),
    repeats=True,
    words=_ROME_WORDS,
    unknown=("N/K", "Not known"),
    not_applicable=("N/A", ""),
    count_unknown=("N/K", "Not known", "TBC"),
    zero=("Nil", "NIL"),
    no_place=("N/A",),
    country_styles={"name": 0.62, "upper": 0.22, "alias": 0.07, "typo": 0.06, "iso2": 0.03},
    transit_sep=" - ",
    offence_sep=", ",
    thousands=".",
)
_SSI = Desk(
    source="ssi_abuja_fs",
    filename="ssi_abuja_fs.xlsx",
    ref="SSI-ABJ/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données transmises à titre de renseignement, ne pas diffuser",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words=_SSI_WORDS,
    unknown=("NC", "inconnu", "non renseigné"),
    not_applicable=("sans objet", ""),
    count_unknown=("NC", "non communiqué"),
    zero=("néant", "Néant"),
    no_place=("NC",),
    country_styles={"name": 0.6, "upper": 0.25, "iso3": 0.05, "alias": 0.05, "typo": 0.05},
    transit_sep=", ",
    offence_sep=" ; ",
    thousands="\u00a0",
)
_MADRID = Desk(
    source="nga_agregaduria_madrid_fs",
    filename="nga_agregaduria_madrid_fs.csv",
    ref="AGR-NG-MAD/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Registro",
        "event_date": "Fecha",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
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
    note="Nota: datos provisionales remitidos por la Comisaría General de Extranjería",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words=_MADRID_WORDS,
    unknown=("s/d", "Desconocido", "No consta"),
    not_applicable=("No procede", ""),
    count_unknown=("s/d", "sin determinar"),
    zero=("ninguno", "Ninguno"),
    no_place=("s/d",),
    country_styles={
        "name": 0.62,
        "english": 0.1,
        "upper": 0.08,
        "mojibake": 0.1,
        "alias": 0.04,
        "typo": 0.06,
    },
    transit_sep=", ",
    offence_sep=" / ",
    thousands=".",
)
_LONDON = Desk(
    source="gps_liaison_london_fs",
    filename="gps_liaison_london_fs.csv",
    ref="GPS/LDN/{yy:02d}/{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Ref No.",
        "event_date": "Date of Detection",
        "crime_type": "Category",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects/Facilitators",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Source Country",
        "destination_country": "Destination Country",
        "detection_country": "Country of Interception",
        "transit_countries": "Route (transit)",
        "transport_mode": "Means of Travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated Offences",
    },
    note="Note: figures subject to NRM confirmation",
    total="Total",
    bad_count=("several", "a number of"),
    repeats=False,
    words=_LONDON_WORDS,
    unknown=("Not known", "n/k", "-"),
    not_applicable=("N/A", ""),
    count_unknown=("TBC", "Not known"),
    zero=("nil", "Nil"),
    no_place=("N/A",),
    country_styles={"name": 0.6, "alias": 0.15, "lower": 0.06, "upper": 0.06, "typo": 0.13},
    transit_sep=" > ",
    offence_sep="; ",
    thousands=",",
)
_NCB = Desk(
    source="ncb_abuja_fs",
    filename="ncb_abuja_fs.jsonl",
    ref="NCB-ABJ/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "msg_ref",
        "event_date": "incident_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality_iso3",
        "origin_country": "origin_iso2",
        "destination_country": "destination_iso2",
        "detection_country": "reporting_country_isonum",
        "transit_countries": "transit_iso3",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("MULTIPLE",),
    repeats=True,
    words=_NCB_WORDS,
    unknown=("UNKNOWN",),
    not_applicable=("",),
    count_unknown=("UNKNOWN",),
    zero=(),
    no_place=(),
    country_styles={"iso3": 1.0},
    transit_sep=",",
    offence_sep=",",
    thousands="",
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (_ROME, _SSI, _MADRID, _LONDON, _NCB)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(src: Desk, iso: str, rng: _Rng, style: str | None = None) -> tuple[str, str]:
    """Write one country the desk's way; return (cell, style actually visible)."""
    style = style or _weighted(rng, src.country_styles)
    row = COUNTRIES[iso]
    lang = src.language
    name = str(row[_LANG_COL[lang]])
    out, used = name, "name"
    if style == "upper":
        out, used = name.upper(), "upper"
    elif style == "lower":
        out, used = name.lower(), "lower"
    elif style == "iso3":
        out, used = iso, "iso3"
    elif style == "iso2":
        out, used = iso_codes(iso)[0], "iso2"
    elif style == "english":
        out, used = str(row[1]), ("english" if str(row[1]) != name else "name")
    elif style == "alias" and iso in _ALIASES[lang]:
        out, used = choice(rng, _ALIASES[lang][iso]), "alias"
    elif style == "typo" and iso in _TYPOS[lang]:
        out, used = _TYPOS[lang][iso], "typo"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            out, used = garbled, "mojibake"
    if not fits(out, src):  # the file's code page cannot hold it: the clerk's ASCII form
        out, used = str(row[1]).replace("’", "'").replace("ü", "u"), "name"
    return out, used


def _word(src: Desk, column: str, value: str, rng: _Rng) -> str:
    forms = src.words[column][value]
    return forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])


def _count_text(src: Desk, n: int) -> object:
    """Write a count as the desk does: a number cell, or text with its thousands mark."""
    if src.format == "jsonl":
        return n
    if src.format == "xlsx":
        return n if n < 1000 else f"{n // 1000}{src.thousands}{n % 1000:03d}"
    if n >= 1000:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (one decimal) and the value the text stands for."""
    tenths = round(abs(value) * 36000)  # in tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _coords(
    src: Desk, lat: float, lon: float
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells of the desk and the point they give."""
    if src.source == _SSI.source:
        t_lat, e_lat = _dms(lat, "N", "S")
        t_lon, e_lon = _dms(lon, "E", "O")
        return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
    if src.source == _LONDON.source:
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src.source == _MADRID.source:
        e_lat, e_lon = round(lat, 4), round(lon, 4)
        return (
            {"lat": f"{e_lat:.4f}".replace(".", ","), "lon": f"{e_lon:.4f}".replace(".", ",")},
            e_lat,
            e_lon,
        )
    if src.source == _ROME.source:
        e_lat, e_lon = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{e_lat:.5f}".replace(".", ","), "lon": f"{e_lon:.5f}".replace(".", ",")},
            e_lat,
            e_lon,
        )
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)


def _no_coords(src: Desk, text: str | None) -> dict[str, object]:
    if "coordinates" in src.headers:
        return {"coordinates": text}
    return {"lat": text, "lon": text}


def _day_text(src: Desk, ts: pd.Timestamp) -> object:
    """Write a full date the desk's usual way (also on its note row)."""
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.format == "jsonl":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write the event date; return (cell, expected date, precision, tag)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src.source == _ROME.source:
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day", None
        if r < 0.95 or not partial_ok:
            return ts.strftime("%d-%m-%Y"), ts, "day", "date_dashes"
        return f"{MONTHS[m]} {ts.year}", month, "month", "partial_date"
    if src.source == _SSI.source:
        if r < 0.8:
            return ts.to_pydatetime(), ts, "day", None
        if r < 0.88 or (r >= 0.93 and not partial_ok):
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_as_text"
        if r < 0.93:
            return int((ts - _EPOCH).days), ts, "day", "excel_serial"
        if r < 0.97:
            return f"{_MONTHS['fr'][m]} {ts.year}", month, "month", "partial_date"
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    if src.source == _MADRID.source:
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ts, "day", None
        if r < 0.9 or not partial_ok:
            return f"{ts.day} de {_MONTHS['es'][m]} de {ts.year}", ts, "day", "long_date"
        if r < 0.95:
            return f"{_MONTHS['es'][m]} de {ts.year}", month, "month", "partial_date"
        return (
            f"{_QUARTER_ES[ts.quarter - 1]} trimestre {ts.year}",
            quarter,
            "quarter",
            "partial_date",
        )
    if src.source == _LONDON.source:
        if r < 0.6:
            return ts.strftime("%d/%m/%Y"), ts, "day", None
        if r < 0.85 or (r >= 0.95 and not partial_ok):
            return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day", "long_date"
        if r < 0.95:
            return f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year % 100:02d}", ts, "day", "short_date"
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    # the bureau's message system: ISO dates, date-times of the message, a few partial
    if r < 0.7:
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    if r < 0.92 or not partial_ok:
        hhmm = f"{int(rng.integers(6, 21)):02d}:{int(rng.integers(0, 60)):02d}"
        return f"{ts.strftime('%Y-%m-%d')}T{hhmm}:00Z", ts, "day", "iso_datetime"
    if r < 0.96:
        return ts.strftime("%Y-%m"), month, "month", "partial_date"
    return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", "partial_date"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell to quarantine: blank, impossible, or typed ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            _ROME.source: f"31/02/{ts.year}",
            _SSI.source: f"30/02/{ts.year}",
            _MADRID.source: f"31/04/{ts.year}",
            _LONDON.source: f"31/06/{ts.year}",
        }.get(src.source, f"{ts.year}-02-30")
    ahead = ts.replace(day=min(ts.day, 28) if ts.month == 2 else ts.day, year=ts.year + 10)
    return _day_text(src, ahead)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    return _day_text(src, last)


def _case(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of a few cells (the meaning stays)."""
    if rng.random() >= rate:
        return text, False
    k = int(rng.integers(0, 3))
    return (text.upper() if k == 0 else text.lower() if k == 1 else f"{text} "), True


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ncb = src.source == _NCB.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], day, exp["date_precision"], tag = _date(src, ts, rng, partial_ok)
    exp["event_date"] = day
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_text(src, persons)
        exp["n_persons"] = persons
        if persons >= 1000 and not isinstance(cells["n_persons"], int):
            tags.append("thousands:n_persons")

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif suspects == 0 and src.zero and r < 0.55:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif r > 0.96:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = suspects if src.format != "csv" else str(suspects)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    for col, rate in (("age_group", 0.03), ("transport_mode", 0.02)):
        value = str(ev[col])
        if rng.random() < rate:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append("blank_nationality")
            continue
        exp[col] = iso
        if ncb:  # the bureau's fields each hold one kind of ISO code
            if col in ("origin_country", "destination_country"):
                cells[col] = iso_codes(str(iso))[0]
            elif col == "detection_country":
                cells[col] = iso_codes(str(iso))[1]
            else:
                cells[col] = iso
            continue
        text, used = _country(src, str(iso), rng)
        if used not in ("name", "upper", "lower"):
            tags.append(f"{used}:{col}")
        text, changed = _case(text, rng, 0.04)
        if changed:
            tags.append(f"case:{col}")
        cells[col] = text

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = None
    elif ncb:
        cells["transit_countries"] = str(transit).replace("|", src.transit_sep)
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, used = _country(src, iso, rng)
            if used not in ("name", "upper", "lower"):
                tags.append(f"{used}:transit_countries")
            parts.append(text)
        cells["transit_countries"] = src.transit_sep.join(parts)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.06 and src.no_place:
        cells.update(_no_coords(src, choice(rng, src.no_place)))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        written, exp["lat"], exp["lon"] = _coords(src, lat, lon)
        cells.update(written)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        none_word = src.source == _SSI.source and rng.random() < 0.3
        cells["linked_offences"] = choice(rng, src.zero) if none_word else None
        if none_word:
            tags.append("none_word:linked_offences")
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
        cell = cells.get(col)
        if isinstance(cell, str) and not ncb:
            noisy, changed = _case(cell, rng, 0.03)
            if changed:
                cells[col] = noisy
                tags.append(f"case:{col}")
    return cells, exp, tags


#: The variant: who first reports which detection country, who may report it again.
BLIND173: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={"ITA": _ROME.source, "FRA": _SSI.source, "ESP": _MADRID.source, "GBR": _LONDON.source},
    compilation=_NCB.source,
    secondary={
        ("thb_nga_ita", "ITA"): _NCB.source,
        ("cmed", "ITA"): _NCB.source,
        ("watl", "ESP"): _NCB.source,
        ("channel", "FRA"): _LONDON.source,
        ("channel", "GBR"): _SSI.source,
        ("thb_vnm_gbr", "GBR"): _SSI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=173,
    blank_share=0.3,
)


def make_blind173(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind173`` set write them.

    The Nigerian police attaché in Rome reports the events detected in Italy, the French
    internal-security attaché in Abuja those in France, the Nigerian police attaché in
    Madrid those in Spain, the Ghana Police liaison officer in London those in the
    United Kingdom, and INTERPOL NCB Abuja every other event; the bureau and the
    Channel desks report a few events a second time (cross-source duplicates).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``npf_attache_rome_fs.csv``, ``ssi_abuja_fs.xlsx``,
        ``nga_agregaduria_madrid_fs.csv``, ``gps_liaison_london_fs.csv`` and
        ``ncb_abuja_fs.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind173(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['npf_attache_rome_fs.csv', 'ssi_abuja_fs.xlsx', 'nga_agregaduria_madrid_fs.csv',
     'gps_liaison_london_fs.csv', 'ncb_abuja_fs.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:1]]
    [('cp1252', ';')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Registro', 'Fecha', 'Tipo delictivo']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(BLIND173, truth, seed=seed)
