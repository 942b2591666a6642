"""The fifth examiner's blind sample set: files written without the cleaner's tables.

``write_samples(..., variant="blind5")`` writes five submissions (files ``*_g.*``) the way
five agencies not used by the earlier sets would:

``gendarmerie_royale_ma_g.csv``
    Moroccan Royal Gendarmerie liaison extract on departures from the Moroccan coast
    detected in Spain: French, cp1252, ``;``, CRLF, day-first dates (``17/05/2023``,
    ``17-05-2023``, ``mercredi 17 mai 2023``, ``1er mai 2023``, ``T2 2023``), decimal commas,
    French grouping with (no-break) spaces, adjectives of nationality, ``n.c.``/``inconnu``
    for a count not given, ``néant`` for no suspect.
``afm_malta_mt_g.xlsx``
    Armed Forces of Malta / Malta Police joint extract on events detected in Italy:
    English, Excel, real date cells mixed with text dates and serial numbers, one
    ``Position`` column (``35.51234, 12.60412``, ``35.51234N 012.60412E``), ``N/K``.
``dgme_cr_g.csv``
    Costa Rica's migration police (DGME / Policía Profesional de Migración) regional
    exchange on the Darién crossings in Panama: Spanish, UTF-8 with BOM, tab-delimited,
    ISO, ``2023/05/17``, ``17/5/2023``, ``17 de mayo de 2023``, ``17-may-2023``, serial
    numbers, ``II trimestre 2023``, ``1.250`` for thousands, ``sin dato``, ``999`` for an
    unknown position.
``cbsa_rcmp_ca_g.jsonl``
    Canadian CBSA / RCMP liaison export on the US south-west border (and second reports of
    Darién and Channel events): JSON lines, English keys, rows entered in English or
    French (some values in both), month-first ``05/17/2023`` dates, numbers as JSON
    numbers or text, narrow no-break spaces in French counts.
``interpol_liaison_g.csv``
    An Interpol-style liaison compilation of national central bureau messages (the events
    of every other detection country, and second reports): English (French for the French
    NCB), latin-1, ``,``, ISO codes, ``17.05.2023`` and ISO dates, ``UNK``.

Every cell is written here from the examiner's own wording tables; the shared machinery of
:mod:`trendlib.samples._examiner` lays out the rows and the truth.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

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

__all__ = ["BLIND5_SOURCES", "Blind5Source", "make_blind5"]

_Rng = np.random.Generator
_T = TypeVar("_T")
Cells = dict[str, object]


@dataclass(frozen=True)
class Blind5Source(ExaminerSource):
    """A blind5 source: the shared fields plus the key of its writing style.

    Attributes
    ----------
    style : str
        ``"ma"``, ``"mt"``, ``"cr"``, ``"ca"`` or ``"int"``: which of this module's
        writers fills its cells.
    """

    style: str


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_MA = Blind5Source(
    source="gendarmerie_royale_ma_g",
    filename="gendarmerie_royale_ma_g.csv",
    ref="{seq:04d}/GR/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procès-verbal",
        "event_date": "Date des faits",
        "_unit": "Unité",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre migrants/victimes",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe",
        "age_group": "Catégorie d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : situation arrêtée provisoirement, sous réserve de mise à jour",
    total="TOTAL GÉNÉRAL",
    bad_count=("nombreux", "plusieurs dizaines"),
    repeats=True,
    style="ma",
)
_MT = Blind5Source(
    source="afm_malta_mt_g",
    filename="afm_malta_mt_g.xlsx",
    ref="AFM-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "AFM Ref.",
        "event_date": "Date of Interception",
        "crime_type": "Offence",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects",
        "gender": "Gender",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Detection Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "_vessel": "Vessel",
        "coordinates": "Position (Lat/Long)",
        "linked_offences": "Associated Offences",
    },
    note="Figures provisional – subject to verification by AFM Operations Branch",
    total="Grand Total",
    bad_count=("many", "several dozen"),
    repeats=False,
    style="mt",
)
_CR = Blind5Source(
    source="dgme_cr_g",
    filename="dgme_cr_g.csv",
    ref="PPM-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N.º de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "_place": "Lugar",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: PPM - Unidad de Análisis. Datos preliminares",
    total="Total",
    bad_count=("muchos", "decenas", "varios cientos"),
    repeats=True,
    style="cr",
)
_CA = Blind5Source(
    source="cbsa_rcmp_ca_g",
    filename="cbsa_rcmp_ca_g.jsonl",
    ref="{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "file_no",
        "event_date": "incident_date",
        "crime_type": "offence_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "destination_country",
        "detection_country": "country_of_interception",
        "transit_countries": "transit_countries",
        "transport_mode": "conveyance_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
        "_office": "reporting_office",
    },
    note="Data extracted from case management system / Données extraites du système",
    total="TOTAL",
    bad_count=("several dozen", "plusieurs"),
    repeats=True,
    style="ca",
)
_INT = Blind5Source(
    source="interpol_liaison_g",
    filename="interpol_liaison_g.csv",
    ref="NCB-{year}-{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "_ncb": "Submitting NCB",
        "event_date": "Event date",
        "crime_type": "Crime area",
        "exploitation": "Exploitation",
        "n_persons": "Victims/Migrants",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality (ISO)",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit",
        "transport_mode": "Transport",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Other offences",
    },
    note=None,
    total="TOTAL (all NCBs)",
    bad_count=("many", "numerous"),
    repeats=False,
    style="int",
)

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[Blind5Source, ...] = (_MA, _MT, _CR, _CA, _INT)
#: Source names (file stems) of the blind5 submissions.
BLIND5_SOURCES: tuple[str, ...] = tuple(s.source for s in SOURCES)


# --------------------------------------------------------------------------------------
# Countries (the examiner's own tables)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) short name.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
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
_LANG_POS = {"en": 0, "fr": 1, "es": 2}

#: Other names an agency gives a country (official long forms, old names, abbreviations).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "U.K.", "Great Britain", "United Kingdom of Great Britain and N. Ireland"),
        "USA": ("USA", "U.S.", "United States of America", "US"),
        "CIV": ("Ivory Coast", "Cote d'Ivoire"),
        "TUR": ("Türkiye", "Turkiye"),
        "IRN": ("Iran, Islamic Republic of", "Iran (Islamic Republic of)"),
        "SYR": ("Syrian Arab Republic",),
        "VEN": ("Venezuela, Bolivarian Republic of", "Venezuela (Bolivarian Rep.)"),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "LBY": ("Libyan Arab Jamahiriya", "State of Libya"),
        "MKD": ("Macedonia", "Republic of North Macedonia"),
        "BIH": ("Bosnia", "Bosnia-Herzegovina", "BiH"),
        "EGY": ("Egypt, Arab Rep.", "Arab Republic of Egypt"),
        "GMB": ("The Gambia", "Gambia, The"),
        "CHN": ("People's Republic of China", "PR China"),
        "DEU": ("Federal Republic of Germany",),
        "GIN": ("Guinea-Conakry", "Guinea Conakry"),
        "MRT": ("Islamic Republic of Mauritania",),
    },
    "fr": {
        "GBR": ("Royaume Uni", "Grande-Bretagne", "Angleterre"),
        "USA": ("États-Unis d'Amérique", "Etats Unis", "USA", "É.-U."),
        "CIV": ("Cote d'Ivoire", "Côte-d'Ivoire", "RCI"),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "SYR": ("République arabe syrienne",),
        "IRN": ("République islamique d'Iran",),
        "VNM": ("Vietnam", "Viet-Nam"),
        "RUS": ("Fédération de Russie",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "MRT": ("République islamique de Mauritanie",),
        "TUR": ("Türkiye",),
        "NGA": ("Nigéria",),
        "BLR": ("Bélarus",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "EE.UU.", "Estados Unidos de América", "USA"),
        "GBR": ("Gran Bretaña", "Inglaterra"),
        "CIV": ("Côte d'Ivoire",),
        "VEN": ("República Bolivariana de Venezuela", "Venezuela (República Bolivariana de)"),
        "IRN": ("Irán (República Islámica del)",),
        "SYR": ("República Árabe Siria",),
        "TUR": ("Türkiye",),
        "RUS": ("Federación de Rusia",),
        "CHN": ("República Popular China",),
        "HTI": ("Haiti",),
        "VNM": ("Viet Nam",),
        "BGD": ("Bangladesh",),
    },
}

#: Small typos a clerk makes (one or two key slips), never on a short or a look-alike name.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "BGD": "Bangladseh",
        "CIV": "Ivory Cost",
        "CMR": "Camaroon",
        "COL": "Columbia",
        "DZA": "Algeira",
        "ECU": "Equador",
        "EGY": "Eygpt",
        "ERI": "Eritria",
        "ESP": "Spian",
        "GBR": "United Kingdon",
        "GRC": "Grece",
        "GTM": "Guatamala",
        "HND": "Hondouras",
        "HTI": "Hiati",
        "ITA": "Itlay",
        "MAR": "Morrocco",
        "MEX": "Mexcio",
        "PAK": "Pakisthan",
        "ROU": "Romainia",
        "SEN": "Senagal",
        "SYR": "Syira",
        "TUN": "Tunsia",
        "TUR": "Turky",
        "VEN": "Venezeula",
        "VNM": "Veitnam",
        "YEM": "Yeman",
        "DEU": "Germny",
        "FRA": "Frnace",
        "POL": "Polnad",
        "USA": "Untied States",
        "ALB": "Albnia",
        "AUT": "Austira",
        "BGR": "Bulgira",
        "SRB": "Sebria",
        "HUN": "Hungray",
        "MRT": "Mauritaina",
        "PAN": "Pamana",
        "HRV": "Croatai",
    },
    "fr": {
        "AFG": "Afganistan",
        "BGD": "Bengladesh",
        "CIV": "Côte d'Ivoir",
        "CMR": "Caméroun",
        "EGY": "Egyte",
        "ERI": "Érytrée",
        "ESP": "Espange",
        "FRA": "Frane",
        "GBR": "Royaume-Unis",
        "ITA": "Itallie",
        "LBY": "Lybie",
        "MAR": "Marroc",
        "MRT": "Mauritannie",
        "SEN": "Sénagal",
        "SYR": "Sirie",
        "TUN": "Tunise",
        "DEU": "Allemange",
        "USA": "Etats-Uni",
        "ROU": "Roumannie",
        "VNM": "Vietman",
        "HTI": "Haîti",
        "MEX": "Mexiqe",
        "COL": "Colonbie",
        "GRC": "Grêce",
        "DZA": "Algéirie",
        "PAK": "Pakisten",
        "TUR": "Turqie",
    },
    "es": {
        "AFG": "Afgantistán",
        "COL": "Colonbia",
        "CMR": "Camerúm",
        "ECU": "Ecaudor",
        "EGY": "Egito",
        "ERI": "Eritera",
        "ESP": "Espña",
        "GTM": "Guatemla",
        "HND": "Hondruas",
        "HTI": "Hatí",
        "MEX": "Méixco",
        "PAN": "Pananá",
        "USA": "Estado Unidos",
        "VEN": "Venezula",
        "VNM": "Vietnan",
        "SEN": "Senegall",
        "MAR": "Marrueco",
        "ITA": "Itaila",
        "FRA": "Fracia",
        "GBR": "Reino Undio",
        "DEU": "Alemnia",
        "CHN": "Chima",
    },
}

#: Adjectives of nationality: (masculine, feminine).
_ADJ: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        c: (a, a)
        for c, a in {
            "AFG": "Afghan",
            "ALB": "Albanian",
            "BGD": "Bangladeshi",
            "CHN": "Chinese",
            "CIV": "Ivorian",
            "CMR": "Cameroonian",
            "COL": "Colombian",
            "DZA": "Algerian",
            "ECU": "Ecuadorian",
            "EGY": "Egyptian",
            "ERI": "Eritrean",
            "GIN": "Guinean",
            "GMB": "Gambian",
            "GTM": "Guatemalan",
            "HND": "Honduran",
            "HTI": "Haitian",
            "IRN": "Iranian",
            "IRQ": "Iraqi",
            "MAR": "Moroccan",
            "MEX": "Mexican",
            "MLI": "Malian",
            "NGA": "Nigerian",
            "PAK": "Pakistani",
            "ROU": "Romanian",
            "SEN": "Senegalese",
            "SYR": "Syrian",
            "TUN": "Tunisian",
            "TUR": "Turkish",
            "VEN": "Venezuelan",
            "VNM": "Vietnamese",
            "YEM": "Yemeni",
        }.items()
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "ALB": ("albanais", "albanaise"),
        "BGD": ("bangladais", "bangladaise"),
        "CHN": ("chinois", "chinoise"),
        "CIV": ("ivoirien", "ivoirienne"),
        "CMR": ("camerounais", "camerounaise"),
        "COL": ("colombien", "colombienne"),
        "DZA": ("algérien", "algérienne"),
        "ECU": ("équatorien", "équatorienne"),
        "EGY": ("égyptien", "égyptienne"),
        "ERI": ("érythréen", "érythréenne"),
        "GIN": ("guinéen", "guinéenne"),
        "GMB": ("gambien", "gambienne"),
        "GTM": ("guatémaltèque", "guatémaltèque"),
        "HND": ("hondurien", "hondurienne"),
        "HTI": ("haïtien", "haïtienne"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "MAR": ("marocain", "marocaine"),
        "MEX": ("mexicain", "mexicaine"),
        "MLI": ("malien", "malienne"),
        "NGA": ("nigérian", "nigériane"),
        "PAK": ("pakistanais", "pakistanaise"),
        "ROU": ("roumain", "roumaine"),
        "SEN": ("sénégalais", "sénégalaise"),
        "SYR": ("syrien", "syrienne"),
        "TUN": ("tunisien", "tunisienne"),
        "TUR": ("turc", "turque"),
        "VEN": ("vénézuélien", "vénézuélienne"),
        "VNM": ("vietnamien", "vietnamienne"),
        "YEM": ("yéménite", "yéménite"),
    },
    "es": {
        "AFG": ("afgano", "afgana"),
        "ALB": ("albanés", "albanesa"),
        "BGD": ("bangladesí", "bangladesí"),
        "CHN": ("chino", "china"),
        "CIV": ("marfileño", "marfileña"),
        "CMR": ("camerunés", "camerunesa"),
        "COL": ("colombiano", "colombiana"),
        "DZA": ("argelino", "argelina"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "EGY": ("egipcio", "egipcia"),
        "ERI": ("eritreo", "eritrea"),
        "GIN": ("guineano", "guineana"),
        "GMB": ("gambiano", "gambiana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "HTI": ("haitiano", "haitiana"),
        "IRN": ("iraní", "iraní"),
        "IRQ": ("iraquí", "iraquí"),
        "MAR": ("marroquí", "marroquí"),
        "MEX": ("mexicano", "mexicana"),
        "MLI": ("maliense", "maliense"),
        "NGA": ("nigeriano", "nigeriana"),
        "PAK": ("pakistaní", "pakistaní"),
        "ROU": ("rumano", "rumana"),
        "SEN": ("senegalés", "senegalesa"),
        "SYR": ("sirio", "siria"),
        "TUN": ("tunecino", "tunecina"),
        "TUR": ("turco", "turca"),
        "VEN": ("venezolano", "venezolana"),
        "VNM": ("vietnamita", "vietnamita"),
        "YEM": ("yemení", "yemení"),
    },
}

_TAG_OF_KIND = {
    "name": "country_name",
    "alias": "country_alias",
    "iso2": "country_iso2",
    "iso3": "country_iso3",
    "numeric": "country_numeric",
    "typo": "country_typo",
    "mojibake": "mojibake",
    "case_space": "case_space",
    "no_accent": "no_accent",
    "adjective": "nationality_adjective",
}

Mix = tuple[tuple[str, float], ...]


def _pick(rng: _Rng, table: Sequence[tuple[_T, float]]) -> _T:
    """Draw one of the weighted options of ``table``."""
    weights = np.array([w for _, w in table], dtype=float)
    return table[int(rng.choice(len(table), p=weights / weights.sum()))][0]


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold(text: str, src: ExaminerSource) -> str:
    """Return ``text``, or an accent-free ASCII form if the file's encoding cannot hold it."""
    if fits(text, src):
        return text
    plain = _strip_accents(text.replace("ł", "l").replace("–", "-").replace("’", "'"))
    return plain.encode("ascii", "ignore").decode("ascii")


def _name(code: str, lang: str) -> str:
    names = _NAMES.get(code)
    if names is None:  # a country the examiner's table lacks: its ISO code, as many do
        return code
    return names[_LANG_POS[lang]]


def _case_space(text: str, rng: _Rng) -> str:
    k = int(rng.integers(5))
    if k == 0:
        return text.upper()
    if k == 1:
        return text.lower()
    if k == 2:
        return "  " + text
    if k == 3:
        return text.upper() + " "
    return text.replace(" ", "  ") + "  " if " " in text else " " + text.lower() + " "


def _country(
    src: ExaminerSource,
    code: str,
    lang: str,
    rng: _Rng,
    mix: Mix,
    *,
    female: bool = False,
    avoid: str = "",
) -> tuple[str, str]:
    """Write one country (or nationality) as the source does: (cell, messiness tag)."""
    kind = _pick(rng, mix)
    name = _name(code, lang)
    text: str | None = None
    if kind == "adjective":
        adj = _ADJ[lang].get(code)
        text = None if adj is None else adj[1 if female else 0]
    elif kind == "alias":
        options = _ALIASES[lang].get(code)
        text = None if not options else choice(rng, options)
    elif kind in ("iso2", "numeric"):
        a2, num = iso_codes(code)
        text = a2 if kind == "iso2" else num
    elif kind == "iso3":
        text = code
    elif kind == "typo":
        text = _TYPOS[lang].get(code)
    elif kind == "mojibake":
        text = mojibake(name)
    elif kind == "no_accent":
        plain = _strip_accents(name)
        text = plain if plain != name else None
    elif kind == "case_space":
        text = _case_space(name, rng)
    else:
        text = name
    bad = text is None or not fits(text, src) or any(ch in text for ch in avoid)
    if bad:
        kind, text = "name", name
        if not fits(text, src) or any(ch in text for ch in avoid):
            kind, text = "iso3", code
    assert text is not None
    return text, _TAG_OF_KIND[kind]


# --------------------------------------------------------------------------------------
# Value wordings, by agency and language
# --------------------------------------------------------------------------------------
Table = dict[str, tuple[str, ...]]

_VOCAB: dict[str, dict[str, Table]] = {
    "ma_fr": {
        "crime_type": {
            "trafficking": (
                "Traite des êtres humains",
                "TEH",
                "Traite d'êtres humains",
                "Traite des personnes",
            ),
            "smuggling": (
                "Trafic de migrants",
                "Trafic illicite de migrants",
                "Organisation de l'émigration clandestine",
                "Aide à l'émigration irrégulière",
            ),
            "both": ("TEH et trafic de migrants", "Traite + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre", "Autres formes"),
            "_na": ("", "Sans objet", "-"),
        },
        "gender": {
            "female": ("Féminin", "F", "Femmes"),
            "male": ("Masculin", "M", "Hommes", "H"),
            "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur", "Mineurs", "Enfants"),
            "adult": ("Majeur", "Majeurs", "Adultes"),
            "mixed": ("Mixte", "Majeurs et mineurs"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Voie maritime", "Mer", "Embarcation pneumatique", "Pirogue"),
            "land": ("Terrestre", "Voie terrestre", "Véhicule", "À pied"),
            "air": ("Aérien", "Voie aérienne", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Faux et usage de faux", "Fraude documentaire", "Faux documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment", "Blanchiment de capitaux"),
            "illicit_goods": ("Trafic de stupéfiants", "Contrebande"),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
            "_none": ("", "Néant", "-"),
        },
        "transit": {"_none": ("", "Direct", "-")},
    },
    "mt_en": {
        "crime_type": {
            "trafficking": ("Trafficking in Human Beings", "THB", "Human Trafficking"),
            "smuggling": (
                "Migrant Smuggling",
                "Smuggling of Migrants",
                "Facilitation of illegal entry",
                "SOM",
            ),
            "both": ("THB & Smuggling", "Smuggling / THB"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminality", "Criminal exploitation"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "_na": ("", "N/A", "n/a"),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "M/F", "Both"),
        },
        "age_group": {
            "child": ("Minor", "Child", "Under 18", "UAM"),
            "adult": ("Adult", "Adults", "18+"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Sea", "Maritime", "By sea", "Boat"),
            "land": ("Land", "Road", "Overland"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Forged documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
            "_none": ("", "None", "N/A"),
        },
        "transit": {"_none": ("", "Direct", "N/A")},
    },
    "cr_es": {
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata de Personas", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
            "both": ("Trata y tráfico", "Trata de personas / Tráfico ilícito de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral", "Trabajos forzados"),
            "forced_criminality": (
                "Actividades delictivas forzadas",
                "Obligación de cometer delitos",
            ),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
            "other": ("Otra", "Otros fines"),
            "_na": ("", "No aplica", "N/A"),
        },
        "gender": {
            "female": ("Femenino", "Mujer", "Mujeres"),
            "male": ("Masculino", "Hombre", "Hombres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor de edad", "Personas menores de edad", "NNA"),
            "adult": ("Mayor de edad", "Adulto", "Personas adultas"),
            "mixed": ("Mixto", "Adultos y menores"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Vía marítima", "Lancha"),
            "land": ("Terrestre", "Vía terrestre", "A pie", "Autobús"),
            "air": ("Aéreo", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
            "corruption": ("Cohecho", "Corrupción"),
            "money_laundering": ("Lavado de dinero", "Legitimación de capitales"),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
            "_none": ("", "Ninguno", "N/A"),
        },
        "transit": {"_none": ("", "Ninguno", "-")},
    },
    "ca_en": {
        "crime_type": {
            "trafficking": ("Human trafficking", "Trafficking in persons", "TIP"),
            "smuggling": ("Human smuggling", "Migrant smuggling", "People smuggling"),
            "both": ("Human trafficking and smuggling", "Trafficking/smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sex trafficking"),
            "forced_labour": ("Forced labour", "Labour trafficking"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "_na": ("", "N/A"),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed",),
        },
        "age_group": {
            "child": ("Minor", "Youth"),
            "adult": ("Adult",),
            "mixed": ("Mixed", "Adults and minors"),
        },
        "transport_mode": {
            "sea": ("Sea", "Marine"),
            "land": ("Land", "Highway"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Fraudulent documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug smuggling", "Weapons smuggling"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
            "_none": ("", "N/A"),
        },
        "transit": {"_none": ("", "None", "Direct")},
    },
    "ca_fr": {
        "crime_type": {
            "trafficking": ("Traite de personnes", "Traite des personnes"),
            "smuggling": (
                "Passage de clandestins",
                "Introduction de clandestins",
                "Trafic de migrants",
            ),
            "both": ("Traite et passage de clandestins",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé",),
            "forced_criminality": ("Criminalité forcée",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
            "_na": ("", "S.O."),
        },
        "gender": {
            "female": ("Femme", "Féminin"),
            "male": ("Homme", "Masculin"),
            "mixed": ("Mixte",),
        },
        "age_group": {
            "child": ("Mineur",),
            "adult": ("Adulte",),
            "mixed": ("Mixte",),
        },
        "transport_mode": {
            "sea": ("Maritime",),
            "land": ("Terrestre", "Routier"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("Fraude documentaire",),
            "corruption": ("Corruption",),
            "money_laundering": (
                "Blanchiment d'argent",
                "Recyclage des produits de la criminalité",
            ),
            "illicit_goods": ("Contrebande",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
            "_none": ("", "Aucune"),
        },
        "transit": {"_none": ("", "Aucun")},
    },
    "int_en": {
        "crime_type": {
            "trafficking": ("Trafficking in human beings", "Human trafficking", "THB"),
            "smuggling": ("People smuggling", "Smuggling of migrants", "Migrant smuggling"),
            "both": ("THB / People smuggling", "Both (THB and smuggling)"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour",),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Removal of organs",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other forms",),
            "_na": ("", "n/a"),
        },
        "gender": {
            "female": ("F", "female"),
            "male": ("M", "male"),
            "mixed": ("Mixed", "F+M"),
        },
        "age_group": {
            "child": ("Child", "<18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Mixed",),
        },
        "transport_mode": {
            "sea": ("SEA", "Sea", "Vessel"),
            "land": ("LAND", "Land", "Road", "Rail"),
            "air": ("AIR", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Firearms trafficking", "Drug trafficking"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
            "_none": ("", "n/a"),
        },
        "transit": {"_none": ("", "n/a")},
    },
    "int_fr": {
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Trafic de migrants", "Aide à l'entrée et au séjour irréguliers"),
            "both": ("TEH / trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre un délit",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
            "_na": ("",),
        },
        "gender": {
            "female": ("F", "Femmes"),
            "male": ("H", "Hommes"),
            "mixed": ("Mixte",),
        },
        "age_group": {
            "child": ("Mineur(s)",),
            "adult": ("Majeur(s)",),
            "mixed": ("Mixte",),
        },
        "transport_mode": {
            "sea": ("Maritime",),
            "land": ("Terrestre",),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("Fraude documentaire", "Faux documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Trafic de stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
            "_none": ("",),
        },
        "transit": {"_none": ("",)},
    },
}


# --------------------------------------------------------------------------------------
# Styles: how each agency writes dates, counts, places and mixes its wordings
# --------------------------------------------------------------------------------------
_FR_MONTHS = (
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

DateOut = tuple[object, pd.Timestamp, str, str]  # cell, expected date, precision, tag


def _quarter(ts: pd.Timestamp) -> tuple[int, pd.Timestamp]:
    q = (ts.month - 1) // 3 + 1
    return q, pd.Timestamp(year=ts.year, month=3 * (q - 1) + 1, day=1)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _day_fr(ts: pd.Timestamp) -> str:
    return "1er" if ts.day == 1 else str(ts.day)


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _hhmm(rng: _Rng) -> str:
    return f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 12)) * 5:02d}"


def _date_ma(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, lang: str) -> DateOut:
    d, m, y = ts.day, ts.month, ts.year
    if partial_ok and rng.random() < 0.08:
        kind = _pick(rng, (("month_fr", 4), ("month_num", 3), ("q_t", 1.5), ("q_fr", 1.5)))
        if kind == "month_fr":
            return f"{_FR_MONTHS[m - 1]} {y}", _month_start(ts), "month", "date_month"
        if kind == "month_num":
            return f"{m:02d}/{y}", _month_start(ts), "month", "date_month"
        q, start = _quarter(ts)
        text = f"T{q} {y}" if kind == "q_t" else f"{q}{'er' if q == 1 else 'e'} trimestre {y}"
        return text, start, "quarter", "date_quarter"
    kind = _pick(
        rng,
        (
            ("slash", 38),
            ("dash", 12),
            ("dot", 6),
            ("long", 12),
            ("weekday", 5),
            ("time", 7),
            ("iso", 12),
        ),
    )
    if kind == "slash":
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_dmy_slash"
    if kind == "dash":
        return f"{d:02d}-{m:02d}-{y}", ts, "day", "date_dmy_dash"
    if kind == "dot":
        return f"{d:02d}.{m:02d}.{y}", ts, "day", "date_dmy_dot"
    if kind == "long":
        return f"{_day_fr(ts)} {_FR_MONTHS[m - 1]} {y}", ts, "day", "date_long_fr"
    if kind == "weekday":
        wd = _FR_DAYS[ts.day_of_week]
        return f"{wd} {_day_fr(ts)} {_FR_MONTHS[m - 1]} {y}", ts, "day", "date_long_fr"
    if kind == "time":
        return f"{d:02d}/{m:02d}/{y} {_hhmm(rng)}", ts, "day", "date_dmy_time"
    return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"


def _date_mt(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, lang: str) -> DateOut:
    d, m, y = ts.day, ts.month, ts.year
    if partial_ok and rng.random() < 0.07:
        kind = _pick(rng, (("month", 5), ("q", 3), ("yq", 2)))
        q, start = _quarter(ts)
        if kind == "month":
            return f"{MONTHS[m - 1]} {y}", _month_start(ts), "month", "date_month"
        text = f"Q{q} {y}" if kind == "q" else f"{y} Q{q}"
        return text, start, "quarter", "date_quarter"
    kind = _pick(
        rng,
        (
            ("excel", 45),
            ("excel_time", 8),
            ("slash", 15),
            ("long", 10),
            ("abbr", 7),
            ("serial", 15),
        ),
    )
    if kind == "excel":
        return dt.datetime(y, m, d), ts, "day", "date_excel"
    if kind == "excel_time":
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return dt.datetime(y, m, d, hour, minute), ts, "day", "date_excel"
    if kind == "slash":
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_dmy_slash"
    if kind == "long":
        return f"{d} {MONTHS[m - 1]} {y}", ts, "day", "date_long_en"
    if kind == "abbr":
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", ts, "day", "date_long_en"
    return _serial(ts), ts, "day", "date_serial"


def _date_cr(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, lang: str) -> DateOut:
    d, m, y = ts.day, ts.month, ts.year
    if partial_ok and rng.random() < 0.09:
        kind = _pick(rng, (("iso", 3.5), ("es", 2), ("es_de", 1), ("t", 2), ("roman", 1.5)))
        if kind == "iso":
            return f"{y}-{m:02d}", _month_start(ts), "month", "date_month"
        if kind == "es":
            return f"{_ES_MONTHS[m - 1]} {y}", _month_start(ts), "month", "date_month"
        if kind == "es_de":
            return f"{_ES_MONTHS[m - 1]} de {y}", _month_start(ts), "month", "date_month"
        q, start = _quarter(ts)
        text = f"T{q} {y}" if kind == "t" else f"{_ROMAN[q - 1]} trimestre {y}"
        return text, start, "quarter", "date_quarter"
    kind = _pick(
        rng,
        (
            ("iso", 30),
            ("ymd", 15),
            ("dmy", 15),
            ("dmy_nopad", 8),
            ("long", 10),
            ("abbr", 7),
            ("serial", 10),
            ("iso_time", 5),
        ),
    )
    if kind == "iso":
        return f"{y}-{m:02d}-{d:02d}", ts, "day", "date_iso"
    if kind == "ymd":
        return f"{y}/{m:02d}/{d:02d}", ts, "day", "date_ymd_slash"
    if kind == "dmy":
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_dmy_slash"
    if kind == "dmy_nopad":
        return f"{d}/{m}/{y}", ts, "day", "date_dmy_slash"
    if kind == "long":
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", ts, "day", "date_long_es"
    if kind == "abbr":
        return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", ts, "day", "date_long_es"
    if kind == "serial":
        return str(_serial(ts)), ts, "day", "date_serial"
    return f"{y}-{m:02d}-{d:02d} {_hhmm(rng)}", ts, "day", "date_iso_time"


def _date_ca(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, lang: str) -> DateOut:
    d, m, y = ts.day, ts.month, ts.year
    if partial_ok and rng.random() < 0.07:
        kind = _pick(rng, (("iso", 4), ("q", 3), ("word", 3)))
        if kind == "iso":
            return f"{y}-{m:02d}", _month_start(ts), "month", "date_month"
        if kind == "word":
            word = _FR_MONTHS[m - 1] if lang == "fr" else MONTHS[m - 1]
            return f"{word} {y}", _month_start(ts), "month", "date_month"
        q, start = _quarter(ts)
        return f"{'T' if lang == 'fr' else 'Q'}{q} {y}", start, "quarter", "date_quarter"
    kind = _pick(rng, (("iso", 45), ("mdy", 25), ("long", 18), ("iso_t", 12)))
    if kind == "iso":
        return f"{y}-{m:02d}-{d:02d}", ts, "day", "date_iso"
    if kind == "mdy":
        return f"{m:02d}/{d:02d}/{y}", ts, "day", "date_mdy"
    if kind == "long":
        if lang == "fr":
            return f"{_day_fr(ts)} {_FR_MONTHS[m - 1]} {y}", ts, "day", "date_long_fr"
        return f"{MONTHS[m - 1]} {d}, {y}", ts, "day", "date_long_en"
    return f"{y}-{m:02d}-{d:02d}T{_hhmm(rng)}:00", ts, "day", "date_iso_time"


def _date_int(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, lang: str) -> DateOut:
    d, m, y = ts.day, ts.month, ts.year
    if partial_ok and rng.random() < 0.06:
        kind = _pick(rng, (("iso", 5), ("q", 3), ("num", 2)))
        if kind == "iso":
            return f"{y}-{m:02d}", _month_start(ts), "month", "date_month"
        if kind == "num":
            return f"{m:02d}/{y}", _month_start(ts), "month", "date_month"
        q, start = _quarter(ts)
        return f"{'T' if lang == 'fr' else 'Q'}{q} {y}", start, "quarter", "date_quarter"
    kind = _pick(rng, (("iso", 50), ("dot", 15), ("slash", 15), ("ymd", 8), ("long", 12)))
    if kind == "iso":
        return f"{y}-{m:02d}-{d:02d}", ts, "day", "date_iso"
    if kind == "dot":
        return f"{d:02d}.{m:02d}.{y}", ts, "day", "date_dmy_dot"
    if kind == "slash":
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_dmy_slash"
    if kind == "ymd":
        return f"{y}/{m:02d}/{d:02d}", ts, "day", "date_ymd_slash"
    if lang == "fr":
        return f"{_day_fr(ts)} {_FR_MONTHS[m - 1]} {y}", ts, "day", "date_long_fr"
    return f"{d} {MONTHS[m - 1]} {y}", ts, "day", "date_long_en"


#: Each file's all-numbers full date, in its own day/month order.
_NUMERIC_DATE: dict[str, Callable[[pd.Timestamp], str]] = {
    "ma": lambda ts: ts.strftime("%d/%m/%Y"),
    "mt": lambda ts: ts.strftime("%d/%m/%Y"),
    "cr": lambda ts: ts.strftime("%d/%m/%Y"),
    "ca": lambda ts: ts.strftime("%m/%d/%Y"),
    "int": lambda ts: ts.strftime("%d.%m.%Y"),
}


# Counts ---------------------------------------------------------------------------------
# cell, expected, tags. A count not given (``inconnu``, ``N/K``, ``sin dato``) is a missing
# count: the row stays a record with ``n_persons`` NA. The persons writers still return the
# true count with the tag ``count_placeholder``, because the shared machinery may turn the
# same row into a negative count (it reads the expected count to write it); make_blind5
# blanks the expected count of those rows afterwards.
CountOut = tuple[object, object, list[str]]


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons_ma(n: int, rng: _Rng, lang: str) -> CountOut:
    if rng.random() < 0.025:
        return choice(rng, ("inconnu", "n.c.", "-", "N.C.")), n, ["count_placeholder"]
    if n >= 1000:
        return _group(n, choice(rng, (" ", "\xa0"))), n, ["count_grouped"]
    return str(n), n, []


def _suspects_ma(n: int, rng: _Rng, lang: str) -> CountOut:
    r = rng.random()
    if r < 0.03:
        return choice(rng, ("inconnu", "-")), None, ["suspects_placeholder"]
    if n == 0 and r < 0.25:
        return "néant", 0, ["zero_word"]
    return str(n), n, []


def _persons_mt(n: int, rng: _Rng, lang: str) -> CountOut:
    if rng.random() < 0.025:
        return choice(rng, ("N/K", "unknown", "TBC")), n, ["count_placeholder"]
    if n >= 1000 and rng.random() < 0.8:
        return f"{n:,}", n, ["count_grouped"]
    return n, n, []


def _suspects_mt(n: int, rng: _Rng, lang: str) -> CountOut:
    if rng.random() < 0.03:
        return "N/K", None, ["suspects_placeholder"]
    return n, n, []


def _persons_cr(n: int, rng: _Rng, lang: str) -> CountOut:
    if rng.random() < 0.025:
        return choice(rng, ("sin dato", "s/d", "N/D", "no indica")), n, ["count_placeholder"]
    if n >= 1000:
        return _group(n, choice(rng, (".", ".", "\u202f", " "))), n, ["count_grouped"]
    return str(n), n, []


def _suspects_cr(n: int, rng: _Rng, lang: str) -> CountOut:
    r = rng.random()
    if r < 0.03:
        return choice(rng, ("sin dato", "s/d")), None, ["suspects_placeholder"]
    if n == 0 and r < 0.2:
        return "ninguno", 0, ["zero_word"]
    return str(n), n, []


def _persons_ca(n: int, rng: _Rng, lang: str) -> CountOut:
    r = rng.random()
    if r < 0.025:
        word = choice(rng, ("inconnu", "N/D") if lang == "fr" else ("unknown", "n/a"))
        return word, n, ["count_placeholder"]
    if n >= 1000:
        text = _group(n, "\u202f") if lang == "fr" else f"{n:,}"
        return text, n, ["count_grouped"]
    if r < 0.12:
        return float(n), n, ["count_float"]
    if r < 0.2:
        return str(n), n, ["count_text"]
    return n, n, []


def _suspects_ca(n: int, rng: _Rng, lang: str) -> CountOut:
    if rng.random() < 0.04:
        return (
            choice(rng, ("inconnu",) if lang == "fr" else ("unknown", "TBD")),
            None,
            ["suspects_placeholder"],
        )
    return n, n, []


def _persons_int(n: int, rng: _Rng, lang: str) -> CountOut:
    if rng.random() < 0.02:
        return choice(rng, ("UNK", "n/a", "-")), n, ["count_placeholder"]
    if n >= 1000:
        return _group(n, ",") if lang == "en" else _group(n, "\xa0"), n, ["count_grouped"]
    return str(n), n, []


def _suspects_int(n: int, rng: _Rng, lang: str) -> CountOut:
    if rng.random() < 0.03:
        return choice(rng, ("UNK", "-")), None, ["suspects_placeholder"]
    return str(n), n, []


# Coordinates ----------------------------------------------------------------------------
CoordOut = tuple[Cells, object, object, list[str]]  # cells, lat, lon, tags


def _num(x: float, comma: bool = False) -> str:
    text = f"{x:.5f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def _coords_ma(lat: float, lon: float, rng: _Rng, can_swap: bool) -> CoordOut:
    r = rng.random()
    if r < 0.02:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    tags = ["decimal_comma"]
    a, b = lat, lon
    if can_swap and r < 0.05:
        a, b = lon, lat
        tags.append("coords_swapped")
    return {"lat": _num(a, True), "lon": _num(b, True)}, lat, lon, tags


def _coords_mt(lat: float, lon: float, rng: _Rng, can_swap: bool) -> CoordOut:
    r = rng.random()
    if r < 0.02:
        return {"coordinates": None}, None, None, ["coords_missing"]
    if can_swap and r < 0.05:
        return {"coordinates": f"{_num(lon)}, {_num(lat)}"}, lat, lon, ["coords_swapped"]
    kind = _pick(rng, (("comma", 60), ("slash", 10), ("hemi", 20), ("dec_comma", 10)))
    if kind == "hemi":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        text = f"{abs(lat):.5f}{ns} {abs(lon):09.5f}{ew}"
        return {"coordinates": text}, lat, lon, ["coords_hemisphere"]
    if kind == "slash":
        return {"coordinates": f"{_num(lat)} / {_num(lon)}"}, lat, lon, ["coords_combined"]
    if kind == "dec_comma":
        text = f"{_num(lat, True)} ; {_num(lon, True)}"
        return {"coordinates": text}, lat, lon, ["decimal_comma"]
    return {"coordinates": f"{_num(lat)}, {_num(lon)}"}, lat, lon, ["coords_combined"]


def _coords_cr(lat: float, lon: float, rng: _Rng, can_swap: bool) -> CoordOut:
    r = rng.random()
    if r < 0.025:
        return {"lat": "999", "lon": "999"}, None, None, ["coords_placeholder"]
    if r < 0.065:  # longitude (about -77) cannot be a latitude: a swap anyone can see
        return {"lat": _num(lon), "lon": _num(lat)}, lat, lon, ["coords_swapped"]
    return {"lat": _num(lat), "lon": _num(lon)}, lat, lon, []


def _coords_ca(lat: float, lon: float, rng: _Rng, can_swap: bool, lang: str) -> CoordOut:
    r = rng.random()
    if r < 0.03:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    if r < 0.07 and abs(lon) > 90:  # a longitude out of a latitude's range
        return {"lat": lon, "lon": lat}, lat, lon, ["coords_swapped"]
    if lang == "fr" and r < 0.4:
        return {"lat": _num(lat, True), "lon": _num(lon, True)}, lat, lon, ["decimal_comma"]
    return {"lat": lat, "lon": lon}, lat, lon, []


def _coords_int(lat: float, lon: float, rng: _Rng, can_swap: bool) -> CoordOut:
    r = rng.random()
    if r < 0.02:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    if can_swap and r < 0.05:
        return {"lat": _num(lon), "lon": _num(lat)}, lat, lon, ["coords_swapped"]
    return {"lat": _num(lat), "lon": _num(lon)}, lat, lon, []


# Extra columns ---------------------------------------------------------------------------
_MA_UNITS = (
    "Cie de Nador",
    "Brigade de Tanger-Port",
    "Cie de Laâyoune",
    "Brigade maritime d'Al Hoceima",
    "Cie de Dakhla",
    "Brigade de Tarfaya",
)
_CA_OFFICES = {
    "en": ("CBSA Liaison Officer - Mexico City", "RCMP Federal Policing - Pacific", "CBSA NTC"),
    "fr": ("GRC - Police fédérale, Québec", "ASFC - Agent de liaison, Panama", "ASFC - CNC"),
}
_NCB = {
    "GRC": "NCB Athens",
    "GBR": "NCB Manchester",
    "HRV": "NCB Zagreb",
    "FRA": "BCN Paris",
    "POL": "NCB Warsaw",
    "ITA": "NCB Rome",
    "ESP": "NCB Madrid",
    "USA": "NCB Washington",
    "PAN": "NCB Panama",
}


@dataclass(frozen=True)
class _Style:
    """How one agency writes its rows."""

    vocab: dict[str, str]  # language -> key of _VOCAB
    nationality_mix: Mix
    country_mix: Mix
    transit_mix: Mix
    transit_seps: tuple[str, ...]
    offence_seps: tuple[str, ...]
    date: Callable[[pd.Timestamp, _Rng, bool, str], DateOut]
    persons: Callable[[int, _Rng, str], CountOut]
    suspects: Callable[[int, _Rng, str], CountOut]
    vocab_case: float


_STYLES: dict[str, _Style] = {
    "ma": _Style(
        vocab={"fr": "ma_fr"},
        nationality_mix=(
            ("adjective", 45),
            ("name", 25),
            ("iso2", 4),
            ("iso3", 5),
            ("typo", 6),
            ("mojibake", 5),
            ("case_space", 6),
            ("no_accent", 4),
        ),
        country_mix=(
            ("name", 55),
            ("alias", 10),
            ("iso3", 7),
            ("iso2", 5),
            ("typo", 7),
            ("mojibake", 6),
            ("case_space", 5),
            ("no_accent", 5),
        ),
        transit_mix=(("name", 70), ("iso3", 10), ("typo", 8), ("no_accent", 6), ("alias", 6)),
        transit_seps=(" - ", ", ", " / ", " > "),
        offence_seps=(" ; ", ", ", " + "),
        date=_date_ma,
        persons=_persons_ma,
        suspects=_suspects_ma,
        vocab_case=0.06,
    ),
    "mt": _Style(
        vocab={"en": "mt_en"},
        nationality_mix=(
            ("adjective", 50),
            ("name", 20),
            ("alias", 10),
            ("iso3", 8),
            ("typo", 6),
            ("case_space", 6),
        ),
        country_mix=(
            ("name", 50),
            ("alias", 20),
            ("iso3", 10),
            ("iso2", 5),
            ("typo", 8),
            ("case_space", 7),
        ),
        transit_mix=(("name", 65), ("alias", 10), ("iso3", 15), ("typo", 10)),
        transit_seps=(", ", " > ", "; ", " → "),
        offence_seps=("; ", ", ", " / "),
        date=_date_mt,
        persons=_persons_mt,
        suspects=_suspects_mt,
        vocab_case=0.05,
    ),
    "cr": _Style(
        vocab={"es": "cr_es"},
        nationality_mix=(
            ("adjective", 50),
            ("name", 20),
            ("alias", 6),
            ("iso3", 6),
            ("typo", 6),
            ("mojibake", 6),
            ("case_space", 6),
        ),
        country_mix=(
            ("name", 50),
            ("alias", 12),
            ("iso2", 6),
            ("iso3", 6),
            ("numeric", 4),
            ("typo", 8),
            ("mojibake", 7),
            ("case_space", 7),
        ),
        transit_mix=(("name", 65), ("iso2", 10), ("iso3", 10), ("typo", 8), ("mojibake", 7)),
        transit_seps=(", ", " - ", " / ", "; "),
        offence_seps=(", ", "; ", " / "),
        date=_date_cr,
        persons=_persons_cr,
        suspects=_suspects_cr,
        vocab_case=0.06,
    ),
    "ca": _Style(
        vocab={"en": "ca_en", "fr": "ca_fr"},
        nationality_mix=(
            ("name", 45),
            ("adjective", 20),
            ("iso3", 15),
            ("alias", 10),
            ("typo", 5),
            ("case_space", 5),
        ),
        country_mix=(
            ("name", 50),
            ("alias", 15),
            ("iso3", 15),
            ("iso2", 10),
            ("typo", 5),
            ("case_space", 5),
        ),
        transit_mix=(("name", 60), ("iso3", 25), ("alias", 10), ("typo", 5)),
        transit_seps=(" → ", ", ", "; ", " > "),
        offence_seps=("; ", ", "),
        date=_date_ca,
        persons=_persons_ca,
        suspects=_suspects_ca,
        vocab_case=0.04,
    ),
    "int": _Style(
        vocab={"en": "int_en", "fr": "int_fr"},
        nationality_mix=(
            ("iso3", 60),
            ("iso2", 15),
            ("numeric", 10),
            ("name", 10),
            ("case_space", 5),
        ),
        country_mix=(
            ("iso3", 55),
            ("iso2", 10),
            ("numeric", 7),
            ("name", 15),
            ("alias", 8),
            ("case_space", 5),
        ),
        transit_mix=(("iso3", 70), ("iso2", 15), ("name", 15)),
        transit_seps=("|", ", ", ";", " / "),
        offence_seps=("; ", " | "),
        date=_date_int,
        persons=_persons_int,
        suspects=_suspects_int,
        vocab_case=0.05,
    ),
}


def _row_language(src: Blind5Source, ev: dict[str, object], rng: _Rng) -> str:
    if src.style == "ca":  # offices in Quebec and liaison officers enter rows in French
        return "fr" if rng.random() < 0.3 else "en"
    if src.style == "int":  # the compilation keeps each bureau's wording
        return "fr" if ev["detection_country"] == "FRA" else "en"
    return src.language


def _word(
    src: Blind5Source, table: Table, key: str, rng: _Rng, case_p: float, tags: list[str]
) -> str | None:
    text = choice(rng, table[key])
    if text and rng.random() < case_p:
        text = _case_space(text, rng)
        tags.append("vocab_case")
    text = _fold(text, src)
    return text or None


def _bilingual(
    src: Blind5Source,
    field: str,
    key: str,
    lang: str,
    rng: _Rng,
    tags: list[str],
) -> str | None:
    """Write one value in both languages, as a Canadian row now and then does."""
    other = "ca_fr" if lang == "en" else "ca_en"
    mine = "ca_en" if lang == "en" else "ca_fr"
    first = choice(rng, _VOCAB[mine][field][key])
    second = choice(rng, _VOCAB[other][field][key])
    if not first or not second or first == second:
        return first or None
    tags.append("bilingual_value")
    return f"{first} / {second}" if lang == "en" else f"{second} / {first}"


def _render(
    src: Blind5Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
    numeric_date: bool = False,
) -> tuple[Cells, Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags).

    ``numeric_date`` writes the date in the file's all-numbers style (``17/05/2023``, or
    ``05/17/2023`` for the Canadian file), whatever the row would have drawn.
    """
    st = _STYLES[src.style]
    lang = _row_language(src, ev, rng)
    vocab = _VOCAB[st.vocab[lang]]
    cells: Cells = {}
    exp: Cells = {}
    tags: list[str] = []
    if forced_blank:
        tags.append(f"blank_{forced_blank}")
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    cell: object
    if numeric_date:  # the file's own day/month order, shown on a day above 12
        cell, when, precision = _NUMERIC_DATE[src.style](ts), ts, "day"
        tag = "date_mdy" if src.style == "ca" else "date_dmy_numeric"
    else:
        cell, when, precision, tag = st.date(ts, rng, partial_ok, lang)
    cells["event_date"] = cell
    exp["event_date"] = when
    exp["date_precision"] = precision
    tags.append(tag)

    # categories
    bilingual = src.style == "ca"
    for field in ("crime_type", "gender", "age_group", "transport_mode"):
        key = str(ev[field])
        if field == "gender" and forced_blank == "gender":
            cells[field] = None
            exp[field] = "unknown"
            continue
        if bilingual and rng.random() < 0.06:
            cells[field] = _bilingual(src, field, key, lang, rng, tags)
        else:
            cells[field] = _word(src, vocab[field], key, rng, st.vocab_case, tags)
        exp[field] = key
    expl = ev["exploitation"]
    if expl is None:
        text = choice(rng, vocab["exploitation"]["_na"])
        if text:
            tags.append("na_word")
        cells["exploitation"] = _fold(text, src) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, vocab["exploitation"], str(expl), rng, 0.0, tags)
        exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], more = st.persons(n, rng, lang)
    tags += more
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"], more = st.suspects(k, rng, lang)
        tags += more

    # countries
    female = ev["gender"] == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"], tag = _country(src, nat, lang, rng, st.nationality_mix, female=female)
        exp["nationality"] = nat
        tags.append(tag)
    for field in ("origin_country", "destination_country", "detection_country"):
        code = ev[field]
        if code is None or (field == "detection_country" and forced_blank == field):
            cells[field], exp[field] = None, None
            continue
        cells[field], tag = _country(src, str(code), lang, rng, st.country_mix)
        exp[field] = code
        tags.append(tag)

    # transit, in order
    transit = ev["transit_countries"]
    if transit is None:
        text = choice(rng, vocab["transit"]["_none"])
        cells["transit_countries"] = _fold(text, src) or None
        exp["transit_countries"] = None
    else:
        sep = choice(rng, st.transit_seps)
        if not fits(sep, src):
            sep = ", "
        items = []
        for code in str(transit).split("|"):
            text, tag = _country(src, code, lang, rng, st.transit_mix, avoid=sep.strip())
            items.append(text)
            tags.append(tag)
        cells["transit_countries"] = sep.join(items)
        exp["transit_countries"] = transit
        if len(items) > 1:
            tags.append("transit_list")

    # linked offences (a set)
    offences = ev["linked_offences"]
    if offences is None:
        text = choice(rng, vocab["linked_offences"]["_none"])
        cells["linked_offences"] = _fold(text, src) or None
        exp["linked_offences"] = None
    else:
        sep = choice(rng, st.offence_seps)
        words = [
            _fold(choice(rng, vocab["linked_offences"][o]), src) for o in str(offences).split("|")
        ]
        cells["linked_offences"] = sep.join(words)
        exp["linked_offences"] = offences

    # place
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
    else:
        can_swap = cells.get("detection_country") is not None  # the country shows the swap
        if src.style == "ma":
            got = _coords_ma(lat, lon, rng, can_swap)
        elif src.style == "mt":
            got = _coords_mt(lat, lon, rng, can_swap)
        elif src.style == "cr":
            got = _coords_cr(lat, lon, rng, can_swap)
        elif src.style == "ca":
            got = _coords_ca(lat, lon, rng, can_swap, lang)
        else:
            got = _coords_int(lat, lon, rng, can_swap)
        place, exp["lat"], exp["lon"], more = got
        cells.update(place)
        tags += more

    # columns outside the record contract
    if src.style == "ma":
        cells["_unit"] = _fold(choice(rng, _MA_UNITS), src)
    elif src.style == "mt":
        boats = ("Rubber boat", "Wooden boat", "Fishing vessel", "Iron boat")
        cells["_vessel"] = choice(rng, boats) if ev["transport_mode"] == "sea" else "N/A"
    elif src.style == "cr":
        spot = str(ev["hotspot"])
        cells["_place"] = "Tapón del Darién" if spot == "Darién gap" else spot
    elif src.style == "ca":
        cells["_office"] = choice(rng, _CA_OFFICES[lang])
    else:
        cells["_ncb"] = _NCB.get(str(ev["detection_country"]), "NCB")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and note rows
# --------------------------------------------------------------------------------------
def _future_year(year: int) -> int:
    """Return a year two key slips away in the future (2023 -> 2203), else a century on."""
    text = str(year)
    swapped = int(text[0] + text[2] + text[1] + text[3])
    return swapped if swapped > 2100 else year + 100


def _bad_date(src: Blind5Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    y, m, d = ts.year, ts.month, ts.day
    if kind == "future_date":
        fy = _future_year(y)
        if src.style == "mt":
            return dt.datetime(fy, m, min(d, 28)) if rng.random() < 0.5 else f"{d:02d}/{m:02d}/{fy}"
        if src.style == "ca":
            return f"{m:02d}/{d:02d}/{fy}"
        if src.style in ("cr", "int"):
            return f"{fy}-{m:02d}-{d:02d}"
        return f"{d:02d}/{m:02d}/{fy}"
    # an impossible day of the month (30 February, 31 April, ...)
    pairs = ((30, 2), (31, 4), (31, 9), (32, 1), (31, 11))
    bd, bm = pairs[int(rng.integers(len(pairs)))]
    if src.style == "ca":
        return f"{bm:02d}/{bd:02d}/{y}"
    if src.style == "cr":
        return f"{y}-{bm:02d}-{bd:02d}"
    if src.style == "int":
        return f"{bd:02d}.{bm:02d}.{y}"
    return f"{bd:02d}/{bm:02d}/{y}"


def _note_date(src: Blind5Source, last: pd.Timestamp) -> object:
    day = last + pd.Timedelta(days=1)
    if src.style == "mt":
        return dt.datetime(day.year, day.month, day.day)
    if src.style in ("cr", "ca"):
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_PRIMARY = {
    "ESP": _MA.source,
    "ITA": _MT.source,
    "PAN": _CR.source,
    "USA": _CA.source,
}
_SECONDARY = {
    ("cmed", "ITA"): _INT.source,
    ("thb_nga_ita", "ITA"): _INT.source,
    ("thb_rou_esp", "ITA"): _INT.source,
    ("thb_rou_esp", "ESP"): _INT.source,
    ("wmed", "ESP"): _INT.source,
    ("watl", "ESP"): _INT.source,
    ("us_mex", "USA"): _INT.source,
    ("darien", "PAN"): _CA.source,
    ("channel", "GBR"): _CA.source,
    ("channel", "FRA"): _CA.source,
    ("thb_vnm_gbr", "GBR"): _CA.source,
    ("emed", "GRC"): _MT.source,
}

#: How many rows of a file, the first with a day above 12, show its day/month order.
_ORDER_SHOWN = 3


class _Writer:
    """The variant's renderer, for one call of :func:`make_blind5`.

    A file whose all-numbers dates happen to fall on days 1 to 12 would leave its day/month
    order undecidable, for a reader as for a cleaner: the first :data:`_ORDER_SHOWN` rows
    of each file dated after the 12th are written in the file's all-numbers style, so each
    file shows its order. The rows reach the writer in a fixed order, so the state keeps
    the output a function of the seed.
    """

    def __init__(self) -> None:
        self.shown: dict[str, int] = {}

    def __call__(
        self,
        src: Blind5Source,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> tuple[Cells, Cells, list[str]]:
        day = pd.Timestamp(ev["event_date"]).day  # type: ignore[arg-type]
        numeric = day > 12 and self.shown.get(src.source, 0) < _ORDER_SHOWN
        if numeric:
            self.shown[src.source] = self.shown.get(src.source, 0) + 1
        return _render(
            src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank, numeric_date=numeric
        )


def _examiner() -> Examiner[Blind5Source]:
    """Return the blind5 variant with a fresh writer (for one call)."""
    return Examiner(
        sources=SOURCES,
        primary=_PRIMARY,
        compilation=_INT.source,
        secondary=_SECONDARY,
        render=_Writer(),
        bad_date=_bad_date,
        note_date=_note_date,
        salt=5055,
        blank_share=0.35,
    )


def make_blind5(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the blind5 agencies' submissions (files ``*_g.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        The Moroccan Royal Gendarmerie CSV, the Maltese AFM workbook, the Costa Rican
        DGME tab-separated file, the Canadian CBSA/RCMP JSON lines and the Interpol-style
        liaison CSV, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind5(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gendarmerie_royale_ma_g.csv', 'afm_malta_mt_g.xlsx', 'dgme_cr_g.csv',
     'cbsa_rcmp_ca_g.jsonl', 'interpol_liaison_g.csv']
    """
    return [_missing_counts(sub) for sub in make_examined(_examiner(), truth, seed=seed)]


def _missing_counts(sub: Submission) -> Submission:
    """Set ``n_persons`` to NA in the expected rows whose count cell is a placeholder."""
    exp = sub.expected.copy()
    tags = exp["messiness"].fillna("").str.split(";")
    hit = tags.map(lambda t: "count_placeholder" in t) & exp["expected_status"].ne("quarantine")
    exp.loc[hit.to_numpy(dtype=bool), "n_persons"] = pd.NA
    # an exact repeat (tagged only ``exact_repeat``) expects what the row it repeats does
    key = sub.filename + ":" + exp["source_row"].astype(str)
    count_of = dict(zip(key, exp["n_persons"], strict=True))
    repeat = exp["expected_reason"].eq("exact_repeat").fillna(False).to_numpy(dtype=bool)
    exp.loc[repeat, "n_persons"] = exp.loc[repeat, "duplicate_of"].map(count_of)
    exp["n_persons"] = exp["n_persons"].astype("Int64")
    return dataclasses.replace(sub, expected=exp)
