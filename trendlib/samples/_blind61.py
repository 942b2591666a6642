"""The ``blind61`` examiner set: five North-African, Sahelian, West-African and Mexican units.

Files ``*_bk.*``, written from the truth through :mod:`trendlib.samples._examiner`. Every
wording below (headers, country names, demonyms, legal references, value words, date and
coordinate styles) is this module's own. A reader's guide to the five sources:

``dcim_libya_bk.xlsx`` -- Libyan Directorate for Combating Illegal Migration (DCIM),
    operations-room liaison sheet, English with bilingual English / Arabic headers
    (``"Date / التاريخ"``), XLSX. First reporter of the events detected in Italy and
    Greece (departures from the Libyan coast). Dates are real Excel dates, bare Excel
    serial numbers (a column formatted *General*), ``12-Mar-2022`` or ``12 March 2022``
    text, and month-only ``Mar-2022`` / ``March 2022``. Offences cite Law No. 19 of 2010
    on combating illegal migration (``"Migrant smuggling (Law 19/2010)"``, ``"SOM"``,
    ``"THB"``). Nationalities are English demonyms (``Ivorian``), names or ISO alpha-3
    codes. Counts are numbers, ``1,250`` text above a thousand, ``N/K`` when not known;
    ``Nil`` arrested smugglers. Position in one cell, nautical degrees and decimal
    minutes (``35°30.25'N 012°36.10'E``), degrees-minutes-seconds or plain decimals.
    Some rows are re-sent at the bottom of the sheet.
``forces_auxiliaires_ma_bk.csv`` -- Moroccan Auxiliary Forces (Forces Auxiliaires,
    Commandement de la zone Nord), French, cp1252, ``;``, CRLF. First reporter of the
    events detected in Spain. Dates ``12/03/2022``, ``12/03/22``, ``12-03-2022``,
    ``12 mars 2022``, month-only ``mars 2022`` and quarter ``T1 2022`` /
    ``1er trimestre 2022``. Offences cite Law 02-03 art. 52 (smuggling) and Law 27-14 /
    Penal Code art. 448-1 (trafficking, ``TEH``). Nationalities as feminine lowercase
    demonyms (``guinéenne``), French country names or masculine capitals (``MALIEN``);
    ``H`` / ``F`` for hommes / femmes, ``MNA`` for unaccompanied minors. Counts with a
    (non-breaking) space as thousands separator, ``n.c.`` / ``inconnu`` when not known,
    ``néant`` for no smuggler arrested. Latitude and longitude in two columns with a
    decimal comma, the longitude west written ``5,31234 O`` or signed.
``fge_chiapas_bk.csv`` -- Fiscalía General del Estado de Chiapas, Fiscalía de
    Inmigrantes (Tapachula), Spanish, UTF-8 with BOM, ``,``. First reporter of the events
    detected in Panama and the United States. Dates ``12/03/2022``, ``12-mar-2022``,
    ``12 de marzo de 2022``, ISO, month-only ``marzo de 2022`` and quarter
    ``1er. trimestre 2022``. Mexican legal wording: ``tráfico de personas (art. 159 Ley de
    Migración)`` is migrant smuggling, ``trata de personas (art. 10 LGPSEDMTP)``
    trafficking. ``H`` / ``M`` are hombre / mujer (``M`` is a woman here), ``NNA`` are
    children. Nationalities as feminine demonyms (``hondureña``), names or capitals.
    Counts ``1,250``, ``S/D`` (sin dato) when not known, ``ninguno`` for no suspect. One
    quoted coordinates cell: ``"8.45123, -77.43210"`` or Google-style DMS
    ``8°27'04.4"N 77°25'55.6"W``. Linked offences in Mexican legal terms
    (``operaciones con recursos de procedencia ilícita`` = money laundering, ``delitos
    contra la salud`` = drugs). Some rows are re-sent at the end of the file.
``ghana_ahtu_bk.jsonl`` -- Ghana Police Service Anti-Human Trafficking Unit (AHTU), case
    register export, English, JSON lines, UTF-8. First reporter of the events detected in
    the United Kingdom; second reporter of Channel crossings detected in France and of
    Nigerian trafficking to Italy. Dates ISO, ``12th March, 2022``, ``12 Mar 2022``,
    month-only ``March 2022`` / ``2022-03`` and quarter ``Q1 2022``. Offences cite the
    Human Trafficking Act 2005 (Act 694) and the Immigration (Amendment) Act 2012
    (Act 848); ``HT`` and ``SOM`` abbreviations. Counts are numbers or text, ``TBC`` /
    ``unknown`` when not known. ``gps`` as ``51.12345,1.34567`` or ``N51.12345 E001.34567``.
    No note row.
``ocrtis_niger_bk.csv`` -- Niger's Office central de répression du trafic illicite de
    migrants (OCRTIS), liaison compilation, French, UTF-16 with BOM, tab-delimited. First
    reporter of every other event (France, Croatia, Poland) and second reporter of
    Central Mediterranean, Western Mediterranean, Atlantic and Channel events. Dates
    ``12/03/2022``, ``12.03.2022``, ISO, month-only ``03/2022`` and quarter
    ``1er trim. 2022``. Offences cite Law 2015-36 (``TIM``, trafic illicite de migrants)
    and Ordinance 2010-86 (traite des personnes). Nationalities as masculine capitals
    (``AFGHAN``; ``NIGÉRIAN`` is Nigeria, not Niger), ISO alpha-3 codes or French names,
    some garbled by a UTF-8 / cp1252 mix-up (``SÃ©nÃ©gal``). Counts with dot or space
    thousands (``1.250`` is one thousand two hundred and fifty persons), ``ND`` when not
    known. GPS as ``45,12345 ; 15,56789`` or ``N 45°07,407' E 015°34,073'``.

Every source writes an empty row (CSV), a note row (all but the JSON lines) and a total
row, and the bad rows of :data:`~trendlib.samples._examiner.BAD_KINDS`: impossible dates
(``31/02/2022``, ``29/02/2021``), future dates mistyped from the year (``2202`` for
``2022``), negative and unreadable counts (``plusieurs``, ``varios``, ``several``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

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

__all__ = ["BLIND61_SOURCES", "Blind61Source", "make_blind61"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind61Source(ExaminerSource):
    """A ``blind61`` source: the shared attributes plus the key of its writing style.

    Attributes
    ----------
    style : str
        ``"dcim"``, ``"fa"``, ``"chiapas"``, ``"ahtu"`` or ``"ocrtis"``: which of this
        module's wording tables and cell writers the source uses.
    """

    style: str = ""


DCIM = Blind61Source(
    source="dcim_libya_bk",
    filename="dcim_libya_bk.xlsx",
    ref="DCIM/OPS/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "DCIM Ref. / الرقم",
        "event_date": "Date / التاريخ",
        "crime_type": "Offence (Law 19/2010) / الجريمة",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of migrants (persons) / عدد المهاجرين",
        "n_suspects": "Smugglers arrested / المهربين",
        "gender": "Sex (M/F)",
        "age_group": "Adults / minors",
        "nationality": "Nationality / الجنسية",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of interception / arrival",
        "transit_countries": "Transit route",
        "transport_mode": "Means of transport",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Associated offences",
    },
    note="Source: DCIM Operations Room, Tripoli - figures subject to verification",
    total="TOTAL",
    bad_count=("several", "many", "dozens"),
    repeats=True,
    style="dcim",
)

FA = Blind61Source(
    source="forces_auxiliaires_ma_bk",
    filename="forces_auxiliaires_ma_bk.csv",
    ref="FA-ZN/{seq:05d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° d'ordre",
        "event_date": "Date interpellation (jj/mm/aaaa)",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre migrants interpellés",
        "n_suspects": "Passeurs / organisateurs arrêtés",
        "gender": "Sexe (H/F)",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de détection",
        "transit_countries": "Itinéraire (pays traversés)",
        "transport_mode": "Mode opératoire / moyen",
        "lat": "Latitude (N)",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires - Commandement de la zone Nord, à consolider",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="fa",
)

CHIAPAS = Blind61Source(
    source="fge_chiapas_bk",
    filename="fge_chiapas_bk.csv",
    ref="CI/FEDCCI/TAP/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Carpeta de Investigación",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Núm. de víctimas / migrantes",
        "n_suspects": "Imputados",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a cambios (corte mensual)",
    total="TOTAL GENERAL",
    bad_count=("varios", "múltiples", "numerosos"),
    repeats=True,
    style="chiapas",
)

AHTU = Blind61Source(
    source="ghana_ahtu_bk",
    filename="ghana_ahtu_bk.jsonl",
    ref="AHTU/{seq:03d}/{yy:02d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_no",
        "event_date": "date_of_detection",
        "crime_type": "offence",
        "exploitation": "form_of_exploitation",
        "n_persons": "no_of_victims_migrants",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "detection_country": "country_detected",
        "transit_countries": "transit_countries",
        "transport_mode": "mode_of_transport",
        "coordinates": "gps",
        "linked_offences": "other_offences",
    },
    note=None,
    total="GRAND TOTAL",
    bad_count=("several", "a number of"),
    repeats=False,
    style="ahtu",
)

OCRTIS = Blind61Source(
    source="ocrtis_niger_bk",
    filename="ocrtis_niger_bk.csv",
    ref="{seq:04d}/OCRTIS/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. dossier",
        "event_date": "Date des faits",
        "crime_type": "Infraction",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination finale",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays traversés",
        "transport_mode": "Voie",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Source : OCRTIS / Division statistiques - données non consolidées",
    total="Total",
    bad_count=("plusieurs", "beaucoup"),
    repeats=False,
    style="ocrtis",
)

#: The five sources, in the order :func:`make_blind61` returns their submissions.
BLIND61_SOURCES: tuple[Blind61Source, ...] = (DCIM, FA, CHIAPAS, AHTU, OCRTIS)

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "BiH"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GIN": ("Guinea", "Guinea (Conakry)"),
    "GMB": ("The Gambia", "Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia",),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA", "U.S.A."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",),
    "ALB": ("Albanian",),
    "BGD": ("Bangladeshi",),
    "CHN": ("Chinese",),
    "CIV": ("Ivorian",),
    "CMR": ("Cameroonian",),
    "COL": ("Colombian",),
    "DZA": ("Algerian",),
    "ECU": ("Ecuadorian",),
    "EGY": ("Egyptian",),
    "ERI": ("Eritrean",),
    "GIN": ("Guinean",),
    "GMB": ("Gambian",),
    "GTM": ("Guatemalan",),
    "HND": ("Honduran",),
    "HTI": ("Haitian",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi",),
    "MAR": ("Moroccan",),
    "MEX": ("Mexican",),
    "MLI": ("Malian",),
    "NGA": ("Nigerian",),
    "PAK": ("Pakistani",),
    "ROU": ("Romanian",),
    "SEN": ("Senegalese",),
    "SYR": ("Syrian",),
    "TUN": ("Tunisian",),
    "TUR": ("Turkish",),
    "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",),
}
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GIN": ("Guinée", "Guinée Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord",),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie",),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms: (masculine, feminine).
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
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
}
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea", "Guinea Conakry"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croacia",),
    "HTI": ("Haití",),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumania",),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EUA", "EE. UU.", "Estados Unidos de América"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Spanish demonyms as a Mexican file writes them ("nacionalidad hondureña").
_ES_DEMONYMS: dict[str, str] = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}


def _pycountry_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def _name(rng: _Rng, code: str, lang: str) -> str:
    """Return a country name in the language (its ISO alpha-3 code if the table lacks it)."""
    table = {"en": _EN_NAMES, "fr": _FR_NAMES, "es": _ES_NAMES}[lang]
    if code in table:
        return choice(rng, table[code])
    return _pycountry_name(code) if lang == "en" else code


def _country(src: Blind61Source, code: str, rng: _Rng) -> tuple[str, list[str]]:
    """Return a country of origin, destination or detection as the source writes it."""
    u = rng.random()
    if src.style == "ocrtis":
        if u < 0.2:
            return code, ["iso3"]
        text = _name(rng, code, "fr")
        garbled = mojibake(text)
        if garbled is not None and rng.random() < 0.12:
            return garbled, ["mojibake"]
        return (text.upper(), ["upper"]) if u < 0.35 else (text, [])
    if src.style == "ahtu" and u < 0.15:
        return code, ["iso3"]
    if src.style == "chiapas" and u < 0.2:
        return _name(rng, code, "es").upper(), ["upper"]
    if src.style == "dcim" and u < 0.1:
        return code, ["iso3"]
    return _name(rng, code, src.language), []


def _nationality(src: Blind61Source, code: str, rng: _Rng) -> tuple[str, list[str]]:
    """Return a nationality as the source writes it (demonym, name or code)."""
    u = rng.random()
    if src.style in ("dcim", "ahtu"):
        if code in _EN_DEMONYMS and u < 0.65:
            return _EN_DEMONYMS[code][0], ["demonym"]
        if src.style == "ahtu" and u < 0.8:
            return code, ["iso3"]
        return _country(src, code, rng)
    if src.style == "fa":
        if code in _FR_DEMONYMS and u < 0.6:
            return _FR_DEMONYMS[code][1], ["demonym"]
        if code in _FR_DEMONYMS and u < 0.72:
            return _FR_DEMONYMS[code][0].upper(), ["demonym"]
        return _name(rng, code, "fr"), []
    if src.style == "chiapas":
        if code in _ES_DEMONYMS and u < 0.6:
            return _ES_DEMONYMS[code], ["demonym"]
        return _country(src, code, rng)
    # ocrtis
    if code in _FR_DEMONYMS and u < 0.45:
        return _FR_DEMONYMS[code][0].upper(), ["demonym"]
    if u < 0.7:
        return code, ["iso3"]
    return _country(src, code, rng)


_TRANSIT_SEP = {
    "dcim": (" > ", " - ", ", "),
    "fa": (", ", " / "),
    "chiapas": (", ",),
    "ahtu": ("; ", " -> "),
    "ocrtis": ("/", " / "),
}


def _transit(src: Blind61Source, codes: str, rng: _Rng) -> str:
    """Transit countries in order, joined the source's way."""
    parts = [_country(src, c, rng)[0] for c in codes.split("|")]
    if src.style == "chiapas" and len(parts) > 1 and rng.random() < 0.5:
        return ", ".join(parts[:-1]) + " y " + parts[-1]
    if src.style == "dcim" and len(parts) == 1 and rng.random() < 0.3:
        return "via " + parts[0]
    return choice(rng, _TRANSIT_SEP[src.style]).join(parts)


# --------------------------------------------------------------------------------------
# Value words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "dcim": {
        "smuggling": (
            "Migrant smuggling (Law 19/2010)",
            "Smuggling of migrants",
            "Facilitating illegal migration (Law 19/2010)",
            "SOM",
        ),
        "trafficking": ("Human trafficking", "Trafficking in persons", "THB"),
        "both": ("Smuggling & trafficking", "SOM + THB"),
    },
    "fa": {
        "smuggling": (
            "Trafic de migrants (art. 52 loi 02-03)",
            "Organisation de l'émigration clandestine (loi 02-03)",
            "Émigration irrégulière - réseau de passeurs",
            "Trafic de migrants",
        ),
        "trafficking": (
            "Traite des êtres humains (loi 27-14)",
            "TEH (art. 448-1 C.P.)",
            "Traite des personnes",
        ),
        "both": ("TEH + trafic de migrants", "Traite et trafic de migrants"),
    },
    "chiapas": {
        "smuggling": (
            "Tráfico de personas (art. 159 Ley de Migración)",
            "TRÁFICO DE PERSONAS (ART. 159 LM)",
            "Tráfico ilícito de migrantes",
            "Tráfico de indocumentados",
        ),
        "trafficking": (
            "Trata de personas (art. 10 LGPSEDMTP)",
            "TRATA DE PERSONAS",
            "Trata de personas",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Trata y tráfico (arts. 10 LGPSEDMTP y 159 LM)",
        ),
    },
    "ahtu": {
        "smuggling": ("Smuggling of migrants (Act 848)", "Migrant smuggling", "People smuggling"),
        "trafficking": ("Human trafficking (Act 694)", "Trafficking in persons", "HT"),
        "both": ("HT & SOM", "Trafficking and smuggling (Acts 694/848)"),
    },
    "ocrtis": {
        "smuggling": (
            "TIM",
            "Trafic illicite de migrants (loi 2015-36)",
            "TIM (art. 10 L. 2015-36)",
            "Trafic illicite de migrants",
        ),
        "trafficking": ("Traite des personnes (ord. 2010-86)", "Traite des personnes"),
        "both": ("Traite + TIM", "Traite des personnes et trafic illicite de migrants"),
    },
}
_FR_EXPL: dict[str, tuple[str, ...]] = {
    "sexual": ("exploitation sexuelle", "prostitution forcée"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre", "autres formes"),
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "dcim": {
        "sexual": ("Sexual exploitation", "Forced prostitution"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced to commit crimes"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    "fa": _FR_EXPL,
    "chiapas": {
        "sexual": ("explotación sexual", "Explotación sexual (art. 13)"),
        "forced_labour": ("trabajo forzado", "trabajos o servicios forzados"),
        "forced_criminality": (
            "actividades delictivas (art. 24)",
            "utilización en actividades delictivas",
        ),
        "forced_marriage": ("matrimonio forzoso", "matrimonio forzado"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra", "otras formas de explotación"),
    },
    "ahtu": {
        "sexual": ("sexual exploitation", "commercial sexual exploitation"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality", "criminal exploitation"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ harvesting",),
        "other": ("other",),
    },
    "ocrtis": _FR_EXPL,
}
#: What a pure smuggling row writes under exploitation (None: an empty cell).
_NO_EXPL: dict[str, tuple[str | None, ...]] = {
    "dcim": (None, None, "N/A", "-"),
    "fa": (None, None, "sans objet", "/"),
    "chiapas": (None, "N/A", "No aplica"),
    "ahtu": (None,),
    "ocrtis": (None, None, "-", "sans objet"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "dcim": {
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F", "M+F"),
    },
    "fa": {
        "male": ("H", "Hommes", "masculin"),
        "female": ("F", "Femmes", "féminin"),
        "mixed": ("Mixte", "H/F", "H et F"),
    },
    "chiapas": {
        "male": ("H", "Hombre", "Hombres", "Masculino"),
        "female": ("M", "Mujer", "Mujeres", "Femenino"),
        "mixed": ("Ambos", "Mixto", "H y M"),
    },
    "ahtu": {
        "male": ("M", "male"),
        "female": ("F", "female"),
        "mixed": ("M&F", "both sexes", "mixed"),
    },
    "ocrtis": {
        "male": ("M", "masculin"),
        "female": ("F", "féminin"),
        "mixed": ("M/F", "mixte"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "dcim": {
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "UAM", "Children"),
        "mixed": ("Adults & minors", "Mixed", "Families"),
    },
    "fa": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "chiapas": {
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores de edad", "NNA", "NNA no acompañados"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "ahtu": {
        "adult": ("adult", "18+"),
        "child": ("child", "minor", "under 18"),
        "mixed": ("adults and children", "mixed"),
    },
    "ocrtis": {
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "enfants"),
        "mixed": ("mixte", "adultes et mineurs"),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "dcim": {
        "sea": ("Boat", "Rubber boat", "Wooden boat", "Fishing boat", "By sea"),
        "land": ("Truck", "4x4 vehicle", "On foot", "Car", "By land"),
        "air": ("Flight", "By air"),
    },
    "fa": {
        "sea": ("embarcation pneumatique", "zodiac", "patera", "pirogue", "voie maritime"),
        "land": ("à pied", "franchissement de la clôture", "camion", "voie terrestre"),
        "air": ("voie aérienne", "vol commercial"),
    },
    "chiapas": {
        "sea": ("lancha", "embarcación", "vía marítima"),
        "land": ("a pie", "tractocamión", "autobús", "vía terrestre", "caja seca de tráiler"),
        "air": ("vía aérea", "vuelo comercial"),
    },
    "ahtu": {
        "sea": ("small boat", "dinghy", "by sea", "boat"),
        "land": ("lorry", "HGV", "by road", "on foot", "car"),
        "air": ("by air", "flight"),
    },
    "ocrtis": {
        "sea": ("maritime", "embarcation", "voie maritime"),
        "land": ("terrestre", "véhicule", "camion", "à pied", "voie terrestre"),
        "air": ("aérienne", "vol"),
    },
}
_FR_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("faux documents", "faux et usage de faux"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment de capitaux", "blanchiment"),
    "illicit_goods": ("trafic de stupéfiants", "contrebande"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "dcim": {
        "document_fraud": ("Forged documents", "Fake passports"),
        "corruption": ("Bribery", "Corruption of officials"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug trafficking", "Fuel smuggling", "Smuggling of goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "fa": _FR_OFFENCES,
    "chiapas": {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("operaciones con recursos de procedencia ilícita", "lavado de dinero"),
        "illicit_goods": ("delitos contra la salud", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "ahtu": {
        "document_fraud": ("document fraud", "forgery of passports"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("narcotics", "contraband"),
        "cybercrime": ("cybercrime", "cyber fraud"),
        "terrorism": ("terrorism",),
    },
    "ocrtis": _FR_OFFENCES,
}
_OFFENCE_SEP = {"dcim": " / ", "fa": ", ", "chiapas": "; ", "ahtu": ", ", "ocrtis": " + "}

#: Placeholders of a count of persons that is not known (the record is kept, no count).
_COUNT_UNKNOWN = {
    "dcim": ("N/K", "Unknown"),
    "fa": ("n.c.", "inconnu"),
    "chiapas": ("S/D", "Se desconoce"),
    "ahtu": ("TBC", "unknown"),
    "ocrtis": ("ND", "non déterminé"),
}
_SUSPECTS_UNKNOWN = {
    "dcim": ("Unk.", "N/K"),
    "fa": ("n.d.", "inconnu"),
    "chiapas": ("S/D",),
    "ahtu": ("not stated", "unknown"),
    "ocrtis": ("ND",),
}
_ZERO = {
    "dcim": ("Nil", "None"),
    "fa": ("néant", "aucun"),
    "chiapas": ("ninguno", "Sin detenidos"),
    "ahtu": ("none", "nil"),
    "ocrtis": ("néant", "aucun"),
}
_COORDS_UNKNOWN = {
    "dcim": ("N/A", "Not recorded"),
    "fa": ("—", "n.c."),
    "chiapas": ("S/D", "Sin coordenadas"),
    "ahtu": ("not recorded", "N/A"),
    "ocrtis": ("ND", "-"),
}

# --------------------------------------------------------------------------------------
# Dates
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
_ES_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _quarter_fr(ts: pd.Timestamp, rng: _Rng) -> str:
    q = ts.quarter
    nth = "1er" if q == 1 else f"{q}e"
    return choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}", f"{nth} trim. {ts.year}"))


def _day_text(src: Blind61Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Return a full date as the source writes it: (cell, tag)."""
    u = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    if src.style == "dcim":
        if u < 0.55:
            return ts.to_pydatetime(), "excel_date"
        if u < 0.7:
            return int((ts - _EXCEL_EPOCH).days), "excel_serial"
        if u < 0.87:
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", "month_name"
        return f"{d} {MONTHS[m - 1]} {y}", "month_name"
    if src.style == "fa":
        if u < 0.6:
            return f"{d:02d}/{m:02d}/{y}", "dmy"
        if u < 0.72:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", "dmy_short_year"
        if u < 0.84:
            return f"{d:02d}-{m:02d}-{y}", "dmy"
        day = "1er" if d == 1 else str(d)
        return f"{day} {_FR_MONTHS[m - 1]} {y}", "month_name"
    if src.style == "chiapas":
        if u < 0.5:
            return f"{d:02d}/{m:02d}/{y}", "dmy"
        if u < 0.65:
            return f"{d:02d}-{_ES_SHORT[m - 1]}-{y}", "month_name"
        if u < 0.85:
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}", "month_name"
        return ts.strftime("%Y-%m-%d"), "iso"
    if src.style == "ahtu":
        if u < 0.55:
            return ts.strftime("%Y-%m-%d"), "iso"
        if u < 0.78:
            return f"{_ordinal(d)} {MONTHS[m - 1]}, {y}", "month_name"
        return f"{d} {MONTHS[m - 1][:3]} {y}", "month_name"
    if u < 0.65:
        return f"{d:02d}/{m:02d}/{y}", "dmy"
    if u < 0.85:
        return f"{d:02d}.{m:02d}.{y}", "dmy_dots"
    return ts.strftime("%Y-%m-%d"), "iso"


def _month_text(src: Blind61Source, ts: pd.Timestamp, rng: _Rng) -> object:
    m, y = ts.month, ts.year
    if src.style == "dcim":
        return choice(rng, (f"{MONTHS[m - 1][:3]}-{y}", f"{MONTHS[m - 1]} {y}"))
    if src.style == "fa":
        return f"{_FR_MONTHS[m - 1]} {y}"
    if src.style == "chiapas":
        return choice(rng, (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_MONTHS[m - 1].upper()} {y}"))
    if src.style == "ahtu":
        return choice(rng, (f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"))
    return f"{m:02d}/{y}"


def _quarter_text(src: Blind61Source, ts: pd.Timestamp, rng: _Rng) -> object | None:
    q, y = ts.quarter, ts.year
    if src.style in ("fa", "ocrtis"):
        return _quarter_fr(ts, rng)
    if src.style == "chiapas":
        nth = ("1er.", "2do.", "3er.", "4to.")[q - 1]
        return f"{nth} trimestre {y}"
    if src.style == "ahtu":
        return choice(rng, (f"Q{q} {y}", f"{y} Q{q}"))
    return None  # the DCIM sheet never writes a quarter


_PARTIAL = {  # (share of month-only dates, share of quarter-only dates) when allowed
    "dcim": (0.06, 0.0),
    "fa": (0.07, 0.03),
    "chiapas": (0.06, 0.02),
    "ahtu": (0.08, 0.04),
    "ocrtis": (0.06, 0.03),
}


def _date(
    src: Blind61Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """(cell, expected date, precision, tag) of an event date."""
    u = rng.random()
    month_share, quarter_share = _PARTIAL[src.style]
    if partial_ok and u < quarter_share:
        text = _quarter_text(src, ts, rng)
        if text is not None:
            return text, ts.to_period("Q").start_time, "quarter", "partial_quarter"
    if partial_ok and u < quarter_share + month_share:
        return _month_text(src, ts, rng), ts.to_period("M").start_time, "month", "partial_month"
    cell, tag = _day_text(src, ts, rng)
    return cell, ts.normalize(), "day", tag


def _bad_date(src: Blind61Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: missing, impossible or mistyped into the future."""
    y = ts.year
    if kind == "no_date":
        words = {"dcim": "", "fa": "", "chiapas": "S/F", "ahtu": "", "ocrtis": "s.d."}
        return None if rng.random() < 0.7 else (words[src.style] or None)
    if kind == "bad_date":
        if src.style == "dcim":
            return choice(rng, (f"31-Feb-{y}", f"{y}-02-30", f"31/04/{y}"))
        if src.style == "fa":
            return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/06/{y}"))
        if src.style == "chiapas":
            return choice(rng, (f"31/02/{y}", f"31 de febrero de {y}", f"31/11/{y}"))
        if src.style == "ahtu":
            return choice(rng, (f"{y}-02-30", f"31st February, {y}", f"{y}-13-05"))
        return choice(rng, (f"32/01/{y}", f"31.04.{y}", f"29/02/{y if y % 4 else y + 1}"))
    # future: the year mistyped (2022 -> 2202), in the source's day style
    typo = int(f"220{y % 10}")
    fut = ts.replace(year=typo)
    if src.style == "dcim":
        return fut.to_pydatetime()
    if src.style in ("ahtu",):
        return fut.strftime("%Y-%m-%d")
    if src.style == "ocrtis":
        return fut.strftime("%d.%m.%Y")
    return fut.strftime("%d/%m/%Y")


def _note_date(src: Blind61Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its extraction)."""
    if src.style == "dcim":
        return last.to_pydatetime()
    if src.style == "ahtu":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _persons(src: Blind61Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """(cell, expected, tags) of a count of persons."""
    if rng.random() < 0.025:
        return choice(rng, _COUNT_UNKNOWN[src.style]), None, ["count_placeholder"]
    numeric = src.format != "csv"
    if n >= 1000:
        if src.style in ("dcim", "chiapas", "ahtu"):
            if not numeric or rng.random() < 0.6:
                return f"{n:,}", n, ["thousands_sep"]
        elif src.style == "fa":
            sep = choice(rng, (" ", "\xa0", ""))
            return f"{n:,}".replace(",", sep), n, ["thousands_sep"] if sep else []
        else:
            sep = choice(rng, (".", " "))
            return f"{n:,}".replace(",", sep), n, ["thousands_sep"]
    if numeric and not (src.style == "ahtu" and rng.random() < 0.25):
        return n, n, []
    return str(n), n, []


def _suspects(src: Blind61Source, n: int | None, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """(cell, expected, tags) of a count of suspects."""
    if n is None:
        return None, None, []
    if rng.random() < 0.03:
        return choice(rng, _SUSPECTS_UNKNOWN[src.style]), None, ["suspects_placeholder"]
    if n == 0 and rng.random() < 0.4:
        return choice(rng, _ZERO[src.style]), 0, ["zero_word"]
    return (n if src.format != "csv" else str(n)), n, []


def _dms(value: float, sec_dec: int) -> tuple[int, int, float, float]:
    """(degrees, minutes, seconds, decoded absolute value) of ``abs(value)``."""
    total = round(abs(value) * 3600, sec_dec)
    deg = int(total // 3600)
    mins = int((total - deg * 3600) // 60)
    secs = round(total - deg * 3600 - mins * 60, sec_dec)
    return deg, mins, secs, deg + mins / 60 + secs / 3600


def _ddm(value: float, min_dec: int) -> tuple[int, float, float]:
    """(degrees, decimal minutes, decoded absolute value) of ``abs(value)``."""
    total = round(abs(value) * 60, min_dec)
    deg = int(total // 60)
    mins = round(total - deg * 60, min_dec)
    return deg, mins, deg + mins / 60


def _hemi(value: float, axis: str, west: str = "W") -> str:
    if axis == "lat":
        return "N" if value >= 0 else "S"
    return "E" if value >= 0 else west


def _sign(value: float) -> int:
    return 1 if value >= 0 else -1


def _coords(
    src: Blind61Source, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float, float, str]:
    """(cells, expected lat, expected lon, tag) of a location."""
    u = rng.random()
    if src.style == "dcim":
        if u < 0.5:
            d1, m1, a = _ddm(lat, 2)
            d2, m2, b = _ddm(lon, 2)
            text = (
                f"{d1:02d}°{m1:05.2f}'{_hemi(lat, 'lat')} {d2:03d}°{m2:05.2f}'{_hemi(lon, 'lon')}"
            )
            return {"coordinates": text}, _sign(lat) * a, _sign(lon) * b, "ddm"
        if u < 0.8:
            d1, n1, s1, a = _dms(lat, 0)
            d2, n2, s2, b = _dms(lon, 0)
            text = (
                f"{d1}°{n1:02d}'{int(s1):02d}\"{_hemi(lat, 'lat')} "
                f"{d2}°{n2:02d}'{int(s2):02d}\"{_hemi(lon, 'lon')}"
            )
            return {"coordinates": text}, _sign(lat) * a, _sign(lon) * b, "dms"
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, "decimal"
    if src.style == "fa":
        lat_txt = f"{lat:.5f}".replace(".", ",")
        mag = f"{abs(lon):.5f}".replace(".", ",")
        if lon < 0 and u < 0.6:
            lon_txt = f"{mag} O"
        elif lon < 0:
            lon_txt = f"-{mag}"
        else:
            lon_txt = f"{mag} E"
        return {"lat": lat_txt, "lon": lon_txt}, lat, lon, "decimal_comma"
    if src.style == "chiapas":
        if u < 0.65:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, "decimal"
        d1, n1, s1, a = _dms(lat, 1)
        d2, n2, s2, b = _dms(lon, 1)
        text = (
            f"{d1}°{n1:02d}'{s1:04.1f}\"{_hemi(lat, 'lat')} "
            f"{d2}°{n2:02d}'{s2:04.1f}\"{_hemi(lon, 'lon')}"
        )
        return {"coordinates": text}, _sign(lat) * a, _sign(lon) * b, "dms"
    if src.style == "ahtu":
        if u < 0.7:
            return {"coordinates": f"{lat:.5f},{lon:.5f}"}, lat, lon, "decimal"
        text = f"{_hemi(lat, 'lat')}{abs(lat):.5f} {_hemi(lon, 'lon')}{abs(lon):09.5f}"
        return {"coordinates": text}, lat, lon, "hemisphere_prefix"
    if u < 0.6:
        lat_txt = f"{lat:.5f}".replace(".", ",")
        lon_txt = f"{lon:.5f}".replace(".", ",")
        return {"coordinates": f"{lat_txt} ; {lon_txt}"}, lat, lon, "decimal_comma"
    d1, m1, a = _ddm(lat, 3)
    d2, m2, b = _ddm(lon, 3)
    lat_part = f"{_hemi(lat, 'lat')} {d1:02d}°{m1:06.3f}'".replace(".", ",")
    lon_part = f"{_hemi(lon, 'lon', 'O')} {d2:03d}°{m2:06.3f}'".replace(".", ",")
    return {"coordinates": f"{lat_part} {lon_part}"}, _sign(lat) * a, _sign(lon) * b, "ddm"


def _coord_keys(src: Blind61Source) -> tuple[str, ...]:
    return ("lat", "lon") if "lat" in src.headers else ("coordinates",)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind61Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags).

    Parameters
    ----------
    src : Blind61Source
        The source.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field the row leaves blank (a second report), if any.

    Returns
    -------
    tuple
        Cells by canonical column, expected clean values, messiness tags.
    """
    style = src.style
    tags: list[str] = []
    cells: _Cells = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, prec, tag = _date(src, ts, rng, partial_ok=partial_ok)
    exp["event_date"], exp["date_precision"] = day, prec
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[style][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _NO_EXPL[style][int(rng.integers(len(_NO_EXPL[style])))]
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPL[style][str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], more = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += more
    n_sus = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], more = _suspects(src, n_sus, rng)
    tags += more

    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[style][gender])
    exp["gender"] = gender
    age = str(ev["age_group"])
    cells["age_group"] = choice(rng, _AGE[style][age])
    exp["age_group"] = age

    nat = ev["nationality"]
    if nat is None:
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"], more = _nationality(src, str(nat), rng)
        exp["nationality"] = str(nat)
        tags += more
    for col in ("origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None:
            cells[col], exp[col] = None, None
            continue
        cells[col], more = _country(src, str(code), rng)
        exp[col] = str(code)
        tags += more
    transit = ev["transit_countries"]
    cells["transit_countries"] = None if transit is None else _transit(src, str(transit), rng)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    cells["transport_mode"] = choice(rng, _MODE[style][mode])
    exp["transport_mode"] = mode

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, _OFFENCES[style][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[style].join(words)
    exp["linked_offences"] = offences

    lat, lon = ev["lat"], ev["lon"]
    u = rng.random()
    keys = _coord_keys(src)
    if lat is None or lon is None or u < 0.03:
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif u < 0.05:
        word = choice(rng, _COORDS_UNKNOWN[style])
        cells.update(dict.fromkeys(keys, word))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_placeholder")
    else:
        place, la, lo, tag = _coords(src, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(place)
        exp["lat"], exp["lon"] = round(la, 6), round(lo, 6)
        tags.append(tag)

    if forced_blank is not None:
        if forced_blank == "coordinates":
            cells.update(dict.fromkeys(keys))
            exp["lat"], exp["lon"] = None, None
        elif forced_blank == "gender":
            cells["gender"], exp["gender"] = None, "unknown"
        else:
            cells[forced_blank], exp[forced_blank] = None, None
        tags.append(f"blank_{forced_blank}")

    for col, value in cells.items():  # a CSV's encoding must hold every cell
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: {value!r} ({col}) does not fit {src.encoding}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAM = Examiner(
    sources=BLIND61_SOURCES,
    primary={
        "ITA": DCIM.source,
        "GRC": DCIM.source,
        "ESP": FA.source,
        "PAN": CHIAPAS.source,
        "USA": CHIAPAS.source,
        "GBR": AHTU.source,
    },
    compilation=OCRTIS.source,
    secondary={
        ("cmed", "ITA"): OCRTIS.source,
        ("thb_nga_ita", "ITA"): AHTU.source,
        ("wmed", "ESP"): OCRTIS.source,
        ("watl", "ESP"): OCRTIS.source,
        ("channel", "FRA"): AHTU.source,
        ("channel", "GBR"): OCRTIS.source,
        ("thb_vnm_gbr", "GBR"): OCRTIS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6161,
    blank_share=0.3,
)


def make_blind61(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind61`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dcim_libya_bk.xlsx``, ``forces_auxiliaires_ma_bk.csv``, ``fge_chiapas_bk.csv``,
        ``ghana_ahtu_bk.jsonl`` and ``ocrtis_niger_bk.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind61(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dcim_libya_bk.xlsx', 'forces_auxiliaires_ma_bk.csv', 'fge_chiapas_bk.csv',
     'ghana_ahtu_bk.jsonl', 'ocrtis_niger_bk.csv']
    """
    return make_examined(_EXAM, truth, seed=seed)
