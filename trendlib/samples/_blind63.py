"""The sixty-third examiner's held-out sample set (``blind63``, files ``*_bm.*``).

Five liaison desks of Eastern European, Caucasian and Central Asian police and border
services, each writing up, in English, French or Spanish, the smuggling and trafficking
cases their partner services relay to them. The wording (headers, country names,
demonyms, legal references, dates, counts, coordinates, placeholders) is this module's
own; the shared row machinery is :mod:`trendlib.samples._examiner`.

A reader's guide, source by source:

``mia_georgia_liaison_bm.csv`` -- Ministry of Internal Affairs of Georgia, Central Criminal
    Police, international police cooperation desk (liaison digest). English, UTF-8 with
    BOM, ``,``. Bilingual headers, Georgian script first (``თარიღი / Date of incident
    (dd.mm.yyyy)``). Dates mostly ``14.03.2022``, also ``14 March 2022``, ``14-Mar-22``
    and ISO; partial dates ``03.2022``, ``March 2022``, ``Q1 2022``, ``1st quarter
    2022``. Offences in words, abbreviations (``SoM``, ``THB``) or with the partner's
    or Georgia's article (``art. 323A PC``, ``Art. 143¹ CCG``). Countries in English
    (``Türkiye``, ``Syrian Arab Republic``), citizenship as demonym, name or ISO3.
    Counts with ``,`` thousands, ``approx. 45``, ``n/k``; suspects ``nil``/``none``.
    One ``GPS (lat, long)`` column, decimal or degrees-minutes-seconds. Transit route
    joined by `` - ``, ``, `` or `` > ``. First reports Greece and, as the compilation
    source, every country no other desk covers (Italy); second reports of Channel,
    Balkan and Belarus-Poland cases. Re-sends some rows; a note, an empty row, a TOTAL.
``police_armenie_liaison_bm.csv`` -- Police of the Republic of Armenia, liaison officer at
    the embassy in Paris (fiches de synthèse): France and the United Kingdom, second reports
    of Italian cases. French, cp1252, ``;``, CRLF. Dates ``14/03/2022``, ``14 mars 2022``,
    ``1er mars 2022``, ``14/03/22``; partial ``mars 2022``, ``03/2022``, ``T1 2022``, ``1er
    trimestre 2022``. Offences as the French qualification (``aide à l'entrée irrégulière
    (art. L823-1 CESEDA)``, ``TEH``) or the British section (``s.25 Immigration Act 1971``).
    French country names and gendered demonyms (``érythréenne``). Counts with a (no-break)
    space as thousands separator, ``env. 30``, ``NC``; suspects ``néant``/``aucun``.
    Separate ``Latitude (°)`` and ``Longitude (°)`` with a decimal comma, or DMS with ``O``
    (ouest) for west.
``mvd_uzbekistan_enlace_mx_bm.xlsx`` -- Ministry of Internal Affairs of Uzbekistan,
    liaison office at the embassy in Mexico (Darién and US-Mexico cases, where Central
    Asian migrants travel). Spanish, XLSX. Dates are real Excel dates, Excel serial
    numbers (``44634``), text ``14/03/2022`` or ``14 de marzo de 2022``; partial
    ``marzo de 2022``, ``03/2022``, ``1er trimestre 2022``. Mexican jargon (``Probables
    responsables``, ``tráfico de personas (art. 159 LM)`` = smuggling under Mexico's
    Migration Act, ``EUA``). Counts as numbers, or text ``1.234``, ``S/D``. Lat/long as
    numbers, or DMS text with ``O`` (oeste). A few cells carry mojibake (``PanamÃ¡``).
``eu_liaison_belarus_digest_bm.jsonl`` -- EU delegation liaison digest on Belarus (State
    Border Committee reports relayed, and partner reports from the eastern and Balkan
    borders: Poland, Croatia). English keys, JSON lines. ISO dates (``2022-03-14``, a few
    with a time), ``14.03.2022``; partial ``2022-03``, ``2022-Q1``. ISO alpha-2 codes for
    countries (``SY``), some ISO3 or names; transit countries and related offences as JSON
    arrays. Counts as numbers, some as strings. ``coords`` as ``53.0451N 23.8123E``,
    ``53.0451,23.8123`` or degrees and decimal minutes (``N53°02.706' E023°48.738'``).
``ps_knb_kazajistan_madrid_bm.csv`` -- Border Service of Kazakhstan's National Security
    Committee, liaison office in Madrid: Spain, second reports of Darién and US-Mexico
    cases. Spanish, UTF-16 (Excel "Unicode text" export), tab. Dates ``14/03/2022``,
    ``14-03-2022``, ``14 de marzo de 2022``, ``14-mar-2022``; partial ``marzo 2022``,
    ``2022T1``, ``primer trimestre 2022``; ``s/f`` for a missing date. Offences as
    Spanish articles (``art. 318 bis CP``, ``art. 177 bis CP``) or Kazakh ones (``art.
    128 CP RK``). Counts with ``.`` thousands, ``s/d``, ``no consta``; coordinates with
    a decimal comma or DMS with ``O``. Re-sends some rows.

Every source writes some cells the way an analyst must read as "not known" (count and
coordinate placeholders, "not stated" age or transport), zero suspects as a word, and
bad rows (no date, impossible or future date, negative or vague count).
"""

from __future__ import annotations

import datetime as dt
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND63_SOURCES", "Blind63Source", "make_blind63"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind63Source(ExaminerSource):
    """A ``blind63`` source: the shared fields plus the desk's writing style.

    Attributes
    ----------
    style : str
        Key of the desk's way of writing cells: ``"ge"`` (Georgia), ``"am"`` (Armenia),
        ``"uz"`` (Uzbekistan), ``"by"`` (Belarus digest) or ``"kz"`` (Kazakhstan).
    """

    style: str


_COLS = (
    "source_ref",
    "event_date",
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
)


def _headers(words: tuple[str, ...], coords: tuple[str, ...], linked: str) -> dict[str, str]:
    out = dict(zip(_COLS, words, strict=True))
    keys = ("coordinates",) if len(coords) == 1 else ("lat", "lon")
    out.update(zip(keys, coords, strict=True))
    out["linked_offences"] = linked
    return out


GEORGIA = Blind63Source(
    source="mia_georgia_liaison",
    filename="mia_georgia_liaison_bm.csv",
    ref="MIA-IPC/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=_headers(
        (
            "საქმის № / Ref. No.",
            "თარიღი / Date of incident (dd.mm.yyyy)",
            "დანაშაული / Offence (legal basis)",
            "Form of exploitation",
            "Persons involved (victims/migrants)",
            "Suspects / facilitators",
            "Sex",
            "Age category",
            "მოქალაქეობა / Citizenship",
            "Country of origin",
            "Intended destination",
            "Country of detection",
            "Transit route",
            "Means of transport",
        ),
        ("GPS (lat, long) WGS84",),
        "Associated offences",
    ),
    note="Note: compiled from partner liaison reports; figures subject to confirmation",
    total="TOTAL",
    bad_count=("several", "many", "dozens"),
    repeats=True,
    style="ge",
)
ARMENIA = Blind63Source(
    source="police_armenie_liaison",
    filename="police_armenie_liaison_bm.csv",
    ref="AM-LO-PAR/{yy:02d}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        (
            "N° de fiche",
            "Date des faits",
            "Qualification pénale",
            "Forme d'exploitation",
            "Nb de personnes (victimes/migrants)",
            "Nb de mis en cause",
            "Sexe",
            "Tranche d'âge",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays de constatation",
            "Pays de transit",
            "Mode de transport",
        ),
        ("Latitude (°)", "Longitude (°)"),
        "Infractions connexes",
    ),
    note="NB : données transmises par les services partenaires, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "plusieurs dizaines"),
    repeats=False,
    style="am",
)
UZBEKISTAN = Blind63Source(
    source="mvd_uzbekistan_enlace_mx",
    filename="mvd_uzbekistan_enlace_mx_bm.xlsx",
    ref="UZ-ENL-MX-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        (
            "Folio",
            "Fecha del evento",
            "Delito",
            "Tipo de explotación",
            "Personas (víctimas / migrantes)",
            "Probables responsables",
            "Sexo",
            "Grupo etario",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País de detección",
            "Países de tránsito",
            "Medio de transporte",
        ),
        ("Lat.", "Long."),
        "Delitos conexos",
    ),
    note="Nota: información preliminar de las autoridades contraparte, sujeta a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "decenas"),
    repeats=False,
    style="uz",
)
BELARUS = Blind63Source(
    source="eu_liaison_belarus_digest",
    filename="eu_liaison_belarus_digest_bm.jsonl",
    ref="EUD-BY/{year}/{seq:03d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        (
            "case_id",
            "date",
            "offence",
            "exploitation_form",
            "persons",
            "facilitators",
            "sex",
            "age_cat",
            "citizenship",
            "country_of_origin",
            "destination",
            "detected_in",
            "route_transit",
            "transport",
        ),
        ("coords",),
        "related_offences",
    ),
    note="Digest note: figures relayed via the EU liaison channel, not verified",
    total="TOTAL (digest)",
    bad_count=("several", "a group", "many"),
    repeats=False,
    style="by",
)
KAZAKHSTAN = Blind63Source(
    source="ps_knb_kazajistan_madrid",
    filename="ps_knb_kazajistan_madrid_bm.csv",
    ref="KZ-MAD {seq:04d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_headers(
        (
            "Nº Ref.",
            "Fecha de los hechos",
            "Tipificación",
            "Finalidad de explotación",
            "Nº personas",
            "Nº investigados/detenidos",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País de interceptación",
            "Países de tránsito",
            "Medio empleado",
        ),
        ("Latitud", "Longitud"),
        "Otros delitos",
    ),
    note="Nota: datos facilitados por las unidades policiales españolas, provisionales",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    style="kz",
)

#: The five sources, in the order their submissions are returned.
BLIND63_SOURCES: tuple[Blind63Source, ...] = (GEORGIA, ARMENIA, UZBEKISTAN, BELARUS, KAZAKHSTAN)

_PRIMARY = {
    "GRC": GEORGIA.source,
    "FRA": ARMENIA.source,
    "GBR": ARMENIA.source,
    "PAN": UZBEKISTAN.source,
    "USA": UZBEKISTAN.source,
    "POL": BELARUS.source,
    "HRV": BELARUS.source,
    "ESP": KAZAKHSTAN.source,
}
_SECONDARY = {
    ("cmed", "ITA"): ARMENIA.source,
    ("thb_nga_ita", "ITA"): ARMENIA.source,
    ("channel", "FRA"): GEORGIA.source,
    ("channel", "GBR"): GEORGIA.source,
    ("thb_vnm_gbr", "GBR"): BELARUS.source,
    ("darien", "PAN"): KAZAKHSTAN.source,
    ("us_mex", "USA"): KAZAKHSTAN.source,
    ("emed", "GRC"): BELARUS.source,
    ("wbal", "HRV"): GEORGIA.source,
    ("blr_pol", "POL"): GEORGIA.source,
    ("watl", "ESP"): UZBEKISTAN.source,
    ("thb_rou_esp", "ESP"): BELARUS.source,
}

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
#: Country names by ISO3: English, French, Spanish variants.
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghanistan",), ("Afghanistan",), ("Afganistán",)),
    "ALB": (("Albania",), ("Albanie",), ("Albania",)),
    "AUT": (("Austria",), ("Autriche",), ("Austria",)),
    "BGD": (("Bangladesh",), ("Bangladesh",), ("Bangladés", "Bangladesh")),
    "BGR": (("Bulgaria",), ("Bulgarie",), ("Bulgaria",)),
    "BIH": (("Bosnia and Herzegovina", "BiH"), ("Bosnie-Herzégovine",), ("Bosnia y Herzegovina",)),
    "BLR": (("Belarus", "Republic of Belarus"), ("Biélorussie", "Bélarus"), ("Bielorrusia",)),
    "CHN": (("China", "PRC"), ("Chine",), ("China",)),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), ("Côte d'Ivoire",), ("Costa de Marfil",)),
    "CMR": (("Cameroon",), ("Cameroun",), ("Camerún",)),
    "COL": (("Colombia",), ("Colombie",), ("Colombia",)),
    "DEU": (("Germany",), ("Allemagne",), ("Alemania",)),
    "DZA": (("Algeria",), ("Algérie",), ("Argelia",)),
    "ECU": (("Ecuador",), ("Équateur",), ("Ecuador",)),
    "EGY": (("Egypt",), ("Égypte",), ("Egipto",)),
    "ERI": (("Eritrea",), ("Érythrée",), ("Eritrea",)),
    "ESP": (("Spain",), ("Espagne",), ("España",)),
    "FRA": (("France",), ("France",), ("Francia",)),
    "GBR": (
        ("United Kingdom", "UK", "Great Britain"),
        ("Royaume-Uni", "Grande-Bretagne"),
        ("Reino Unido",),
    ),
    "GIN": (("Guinea", "Guinea-Conakry"), ("Guinée", "Guinée-Conakry"), ("Guinea Conakry",)),
    "GMB": (("Gambia", "The Gambia"), ("Gambie",), ("Gambia",)),
    "GRC": (("Greece", "Hellenic Republic"), ("Grèce",), ("Grecia",)),
    "GTM": (("Guatemala",), ("Guatemala",), ("Guatemala",)),
    "HND": (("Honduras",), ("Honduras",), ("Honduras",)),
    "HRV": (("Croatia",), ("Croatie",), ("Croacia",)),
    "HTI": (("Haiti",), ("Haïti",), ("Haití",)),
    "HUN": (("Hungary",), ("Hongrie",), ("Hungría",)),
    "IRN": (("Iran", "Islamic Republic of Iran"), ("Iran",), ("Irán",)),
    "IRQ": (("Iraq",), ("Irak",), ("Irak",)),
    "ITA": (("Italy",), ("Italie",), ("Italia",)),
    "LBY": (("Libya",), ("Libye",), ("Libia",)),
    "MAR": (("Morocco",), ("Maroc",), ("Marruecos",)),
    "MEX": (("Mexico",), ("Mexique",), ("México",)),
    "MKD": (("North Macedonia",), ("Macédoine du Nord",), ("Macedonia del Norte",)),
    "MLI": (("Mali",), ("Mali",), ("Malí", "Mali")),
    "MRT": (("Mauritania",), ("Mauritanie",), ("Mauritania",)),
    "NER": (("Niger",), ("Niger",), ("Níger",)),
    "NGA": (("Nigeria",), ("Nigeria",), ("Nigeria",)),
    "PAK": (("Pakistan",), ("Pakistan",), ("Pakistán",)),
    "PAN": (("Panama",), ("Panama",), ("Panamá",)),
    "POL": (("Poland",), ("Pologne",), ("Polonia",)),
    "ROU": (("Romania",), ("Roumanie",), ("Rumanía", "Rumania")),
    "RUS": (("Russian Federation", "Russia"), ("Russie",), ("Rusia",)),
    "SEN": (("Senegal",), ("Sénégal",), ("Senegal",)),
    "SRB": (("Serbia",), ("Serbie",), ("Serbia",)),
    "SYR": (("Syria", "Syrian Arab Republic"), ("Syrie",), ("Siria",)),
    "TUN": (("Tunisia",), ("Tunisie",), ("Túnez",)),
    "TUR": (("Türkiye", "Turkey"), ("Turquie",), ("Turquía",)),
    "USA": (("USA", "United States"), ("États-Unis",), ("Estados Unidos", "EE. UU.", "EUA")),
    "VEN": (("Venezuela",), ("Venezuela",), ("Venezuela",)),
    "VNM": (("Viet Nam", "Vietnam"), ("Viêt Nam", "Vietnam"), ("Vietnam",)),
    "YEM": (("Yemen",), ("Yémen",), ("Yemen",)),
}
#: Demonyms by ISO3: English, French (masculine, feminine), Spanish (masculine, feminine).
_DEMONYMS: dict[str, tuple[str, tuple[str, str], tuple[str, str]]] = {
    "AFG": ("Afghan", ("afghan", "afghane"), ("afgano", "afgana")),
    "ALB": ("Albanian", ("albanais", "albanaise"), ("albanés", "albanesa")),
    "BGD": ("Bangladeshi", ("bangladais", "bangladaise"), ("bangladesí", "bangladesí")),
    "CHN": ("Chinese", ("chinois", "chinoise"), ("chino", "china")),
    "CIV": ("Ivorian", ("ivoirien", "ivoirienne"), ("marfileño", "marfileña")),
    "CMR": ("Cameroonian", ("camerounais", "camerounaise"), ("camerunés", "camerunesa")),
    "COL": ("Colombian", ("colombien", "colombienne"), ("colombiano", "colombiana")),
    "DZA": ("Algerian", ("algérien", "algérienne"), ("argelino", "argelina")),
    "ECU": ("Ecuadorian", ("équatorien", "équatorienne"), ("ecuatoriano", "ecuatoriana")),
    "EGY": ("Egyptian", ("égyptien", "égyptienne"), ("egipcio", "egipcia")),
    "ERI": ("Eritrean", ("érythréen", "érythréenne"), ("eritreo", "eritrea")),
    "GIN": ("Guinean (Conakry)", ("guinéen", "guinéenne"), ("guineano", "guineana")),
    "GMB": ("Gambian", ("gambien", "gambienne"), ("gambiano", "gambiana")),
    "GTM": ("Guatemalan", ("guatémaltèque", "guatémaltèque"), ("guatemalteco", "guatemalteca")),
    "HND": ("Honduran", ("hondurien", "hondurienne"), ("hondureño", "hondureña")),
    "HTI": ("Haitian", ("haïtien", "haïtienne"), ("haitiano", "haitiana")),
    "IRN": ("Iranian", ("iranien", "iranienne"), ("iraní", "iraní")),
    "IRQ": ("Iraqi", ("irakien", "irakienne"), ("iraquí", "iraquí")),
    "MAR": ("Moroccan", ("marocain", "marocaine"), ("marroquí", "marroquí")),
    "MEX": ("Mexican", ("mexicain", "mexicaine"), ("mexicano", "mexicana")),
    "MLI": ("Malian", ("malien", "malienne"), ("maliense", "maliense")),
    "NGA": ("Nigerian", ("nigérian", "nigériane"), ("nigeriano", "nigeriana")),
    "PAK": ("Pakistani", ("pakistanais", "pakistanaise"), ("pakistaní", "pakistaní")),
    "ROU": ("Romanian", ("roumain", "roumaine"), ("rumano", "rumana")),
    "SEN": ("Senegalese", ("sénégalais", "sénégalaise"), ("senegalés", "senegalesa")),
    "SYR": ("Syrian", ("syrien", "syrienne"), ("sirio", "siria")),
    "TUN": ("Tunisian", ("tunisien", "tunisienne"), ("tunecino", "tunecina")),
    "TUR": ("Turkish", ("turc", "turque"), ("turco", "turca")),
    "VEN": ("Venezuelan", ("vénézuélien", "vénézuélienne"), ("venezolano", "venezolana")),
    "VNM": ("Vietnamese", ("vietnamien", "vietnamienne"), ("vietnamita", "vietnamita")),
    "YEM": ("Yemeni", ("yéménite", "yéménite"), ("yemení", "yemení")),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip

#: Offence words by language and crime type.
_CRIME_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "smuggling": (
            "Migrant smuggling",
            "SoM",
            "Facilitation of illegal entry",
            "Smuggling of migrants",
            "Organised illegal border crossing (smuggling)",
        ),
        "trafficking": ("THB", "Trafficking in human beings", "Human trafficking"),
        "both": ("THB + SoM", "Smuggling and trafficking", "Migrant smuggling / THB"),
    },
    "fr": {
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers",
            "Filière d'immigration clandestine",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    "es": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Favorecimiento de la inmigración irregular",
            "Inmigración clandestina",
        ),
        "trafficking": ("Trata de personas", "Trata de seres humanos", "TSH"),
        "both": ("Trata y tráfico de migrantes", "Tráfico de migrantes / trata"),
    },
}
#: The partner country's article for smuggling and for trafficking.
_PARTNER_ARTICLES: dict[str, tuple[str, str]] = {
    "GRC": ("art. 29-30 L.4251/2014", "art. 323A PC"),
    "ITA": ("art. 12 D.Lgs. 286/1998", "art. 601 c.p."),
    "ESP": ("art. 318 bis CP", "art. 177 bis CP"),
    "FRA": ("art. L823-1 CESEDA", "art. 225-4-1 CP"),
    "GBR": ("s.25 Immigration Act 1971", "s.2 Modern Slavery Act 2015"),
    "USA": ("8 U.S.C. § 1324", "18 U.S.C. § 1590"),
    "POL": ("art. 264 § 3 k.k.", "art. 189a k.k."),
    "HRV": ("čl. 326 KZ", "čl. 106 KZ"),
}
#: The desk's own country's trafficking or smuggling article (style -> crime -> text).
_OWN_ARTICLES: dict[str, dict[str, str]] = {
    "ge": {"trafficking": "Art. 143¹ CCG"},
    "am": {"trafficking": "art. 132 CP RA"},
    "uz": {"trafficking": "art. 135 CP de Uzbekistán"},
    "by": {"smuggling": "Art. 371-1 CC RB", "trafficking": "Art. 181 CC RB"},
    "kz": {"trafficking": "art. 128 CP RK"},
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("sexual exploitation", "sexual", "CSE / prostitution"),
        "forced_labour": ("labour exploitation", "forced labour", "forced labor"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other form"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme / prostitution", "sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autres formes"),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual", "prostitución forzada"),
        "forced_labour": ("explotación laboral", "trabajos forzados", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otras formas"),
    },
}
_NOT_APPLICABLE = {"en": ("n/a", "-"), "fr": ("sans objet", "-"), "es": ("no aplica", "-")}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "male": ("male", "M", "men", "males"),
        "female": ("female", "F", "women", "females"),
        "mixed": ("mixed", "M/F", "male & female", "both sexes"),
    },
    "fr": {
        "male": ("hommes", "masculin", "H"),
        "female": ("femmes", "féminin", "F"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "es": {
        "male": ("hombres", "masculino", "varones"),
        "female": ("mujeres", "femenino"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "adult": ("adult", "adults", "18+"),
        "child": ("minor", "minors", "UAM", "under 18"),
        "mixed": ("mixed", "adults & minors"),
        "unknown": ("not stated", "n/k"),
    },
    "fr": {
        "adult": ("majeur", "majeurs", "adultes"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("mixte", "majeurs et mineurs"),
        "unknown": ("non renseigné", "NC"),
    },
    "es": {
        "adult": ("adulto", "adultos", "mayores de edad"),
        "child": ("menor", "menores", "menores no acompañados"),
        "mixed": ("mixto", "adultos y menores"),
        "unknown": ("no consta", "S/D"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sea": ("boat", "small boat", "rubber dinghy", "fishing vessel", "sailing boat", "by sea"),
        "land": ("lorry", "HGV", "car", "on foot", "bus", "van", "by land"),
        "air": ("air", "commercial flight", "by air"),
        "unknown": ("n/k", "not stated"),
    },
    "fr": {
        "sea": (
            "embarcation",
            "small boat",
            "canot pneumatique",
            "bateau de pêche",
            "voilier",
            "voie maritime",
        ),
        "land": ("poids lourd", "camion", "véhicule léger", "à pied", "autocar", "voie terrestre"),
        "air": ("voie aérienne", "vol commercial", "avion"),
        "unknown": ("NC", "non renseigné"),
    },
    "es": {
        "sea": ("patera", "cayuco", "neumática", "embarcación", "lancha", "vía marítima"),
        "land": (
            "a pie",
            "camión",
            "tractocamión",
            "autobús",
            "vehículo particular",
            "vía terrestre",
        ),
        "air": ("vía aérea", "vuelo comercial", "avión"),
        "unknown": ("no consta", "S/D"),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "forged documents", "false passports"),
        "corruption": ("corruption", "bribery of officials"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption", "corruption d'agent public"),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("blanqueo de capitales", "lavado de dinero"),
        "illicit_goods": ("contrabando", "mercancías ilícitas"),
        "cybercrime": ("ciberdelincuencia", "delitos informáticos"),
        "terrorism": ("terrorismo",),
    },
}
_COUNT_UNKNOWN = {
    "ge": ("n/k", "unknown", "N/K"),
    "am": ("NC", "inconnu", "n.c."),
    "uz": ("S/D", "N/D", "sin dato"),
    "by": ("unknown", "n/k"),
    "kz": ("s/d", "no consta", "desconocido"),
}
_ZERO = {
    "ge": ("nil", "none", "Nil"),
    "am": ("néant", "aucun", "Néant"),
    "uz": ("ninguno", "cero"),
    "by": ("none", "nil"),
    "kz": ("ninguno", "ninguno"),
}
_COORD_UNKNOWN = {"ge": "n/k", "am": "NC", "uz": "S/D", "by": "n/a", "kz": "s/d"}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(code: str, lang: str, rng: _Rng) -> str:
    names = _NAMES.get(code)
    if names is None:  # a code the tables miss: its ISO name is still readable
        country = pycountry.countries.get(alpha_3=code)
        return str(getattr(country, "common_name", None) or country.name) if country else code
    return choice(rng, names[_LANG[lang]])


def _demonym(code: str, lang: str, gender: str, rng: _Rng) -> str:
    dem = _DEMONYMS.get(code)
    if dem is None:
        return _name(code, lang, rng)
    if lang == "en":
        return dem[0]
    pair = dem[_LANG[lang]]
    return pair[1] if gender == "female" else pair[0]


def _pass(text: str, src: Blind63Source, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _country(src: Blind63Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country (origin, destination, detection, transit) the desk's way."""
    u = rng.random()
    if src.style == "by":
        if u < 0.75:
            return iso_codes(code)[0]
        return code if u < 0.9 else _name(code, "en", rng)
    if src.style in ("ge", "kz") and u < 0.1:
        tags.append("country_code")
        return code
    text = _name(code, src.language, rng)
    if src.style == "uz" and rng.random() < 0.05:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    if rng.random() < 0.05:
        text = text.upper()
    return _pass(text, src, code)


def _nationality(src: Blind63Source, code: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    u = rng.random()
    if src.style == "by":
        if u < 0.7:
            return iso_codes(code)[0]
        return code if u < 0.9 else _DEMONYMS.get(code, (code,))[0]
    if src.style == "ge":
        if u < 0.6:
            return _demonym(code, "en", gender, rng)
        if u < 0.75:
            return f"citizen of {_name(code, 'en', rng)}"
        if u < 0.85:
            return _name(code, "en", rng)
        tags.append("country_code")
        return code
    if u < 0.7:
        text = _demonym(code, src.language, gender, rng)
    elif u < 0.9:
        text = _name(code, src.language, rng)
    else:
        tags.append("country_code")
        return code
    if src.style == "uz" and rng.random() < 0.05:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    if src.style == "am" and rng.random() < 0.1:
        text = text.upper()
    return _pass(text, src, code)


def _ordinal(q: int, lang: str) -> str:
    if lang == "fr":
        return "1er" if q == 1 else f"{q}e"
    if lang == "es":
        return ("1er", "2do", "3er", "4to")[q - 1]
    return ("1st", "2nd", "3rd", "4th")[q - 1]


def _date(
    src: Blind63Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event date, the desk's way."""
    u = rng.random() if partial_ok else 1.0
    d, m, y = ts.day, ts.month, ts.year
    q = (m - 1) // 3 + 1
    if u < 0.06:  # month only
        tags.append("partial_month")
        start = pd.Timestamp(year=y, month=m, day=1)
        opts = {
            "ge": (f"{m:02d}.{y}", f"{MONTHS[m - 1]} {y}"),
            "am": (f"{_MONTHS_FR[m - 1]} {y}", f"{m:02d}/{y}"),
            "uz": (f"{_MONTHS_ES[m - 1]} de {y}", f"{m:02d}/{y}"),
            "by": (f"{y}-{m:02d}",),
            "kz": (f"{_MONTHS_ES[m - 1]} {y}", f"{m:02d}/{y}"),
        }[src.style]
        return choice(rng, opts), start, "month"
    if u < 0.09:  # quarter only
        tags.append("partial_quarter")
        start = pd.Timestamp(year=y, month=3 * q - 2, day=1)
        opts = {
            "ge": (f"Q{q} {y}", f"{_ordinal(q, 'en')} quarter {y}"),
            "am": (f"T{q} {y}", f"{_ordinal(q, 'fr')} trimestre {y}"),
            "uz": (f"{_ordinal(q, 'es')} trimestre {y}", f"T{q}-{y}"),
            "by": (f"{y}-Q{q}", f"Q{q}-{y}"),
            "kz": (
                f"{y}T{q}",
                f"{('primer', 'segundo', 'tercer', 'cuarto')[q - 1]} trimestre {y}",
            ),
        }[src.style]
        return choice(rng, opts), start, "quarter"
    day = pd.Timestamp(year=y, month=m, day=d)
    v = rng.random()
    cell: object
    if src.style == "ge":
        if v < 0.75:
            cell = f"{d:02d}.{m:02d}.{y}"
        elif v < 0.87:
            cell = f"{d} {MONTHS[m - 1]} {y}"
            tags.append("date_month_name")
        elif v < 0.95:
            cell = f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}"
            tags.append("date_month_abbrev")
        else:
            cell = f"{y}-{m:02d}-{d:02d}"
    elif src.style == "am":
        if v < 0.7:
            cell = f"{d:02d}/{m:02d}/{y}"
        elif v < 0.85:
            cell = f"{'1er' if d == 1 else d} {_MONTHS_FR[m - 1]} {y}"
            tags.append("date_month_name")
        else:
            cell = f"{d:02d}/{m:02d}/{y % 100:02d}"
            tags.append("date_two_digit_year")
    elif src.style == "uz":
        if v < 0.6:
            cell = dt.datetime(y, m, d)
            tags.append("date_excel")
        elif v < 0.8:
            cell = int((day - pd.Timestamp("1899-12-30")).days)
            tags.append("date_excel_serial")
        elif v < 0.9:
            cell = f"{d:02d}/{m:02d}/{y}"
        else:
            cell = f"{d} de {_MONTHS_ES[m - 1]} de {y}"
            tags.append("date_month_name")
    elif src.style == "by":
        if v < 0.7:
            cell = f"{y}-{m:02d}-{d:02d}"
        elif v < 0.9:
            cell = f"{d:02d}.{m:02d}.{y}"
        else:
            cell = f"{y}-{m:02d}-{d:02d}T00:00:00"
            tags.append("date_time")
    else:  # kz
        if v < 0.6:
            cell = f"{d:02d}/{m:02d}/{y}"
        elif v < 0.75:
            cell = f"{d:02d}-{m:02d}-{y}"
        elif v < 0.85:
            cell = f"{d} de {_MONTHS_ES[m - 1]} de {y}"
            tags.append("date_month_name")
        elif v < 0.95:
            cell = f"{d:02d}-{_MONTHS_ES[m - 1][:3]}-{y}"
            tags.append("date_month_abbrev")
        else:
            cell = f"{y}-{m:02d}-{d:02d}"
    return cell, day, "day"


def _crime(src: Blind63Source, crime: str, det: str | None, rng: _Rng) -> str:
    text = _crime_text(src, crime, det, rng)
    return _pass(text, src, text.replace("čl.", "art."))


def _crime_text(src: Blind63Source, crime: str, det: str | None, rng: _Rng) -> str:
    words = choice(rng, _CRIME_WORDS[src.language][crime])
    partner = _PARTNER_ARTICLES.get(det or "")
    own = _OWN_ARTICLES[src.style]
    u = rng.random()
    if crime == "both":
        if partner is not None and u < 0.3:
            return f"{words} ({partner[0]} + {partner[1]})"
        return words
    if u < 0.35 and partner is not None:
        art = partner[0] if crime == "smuggling" else partner[1]
        return f"{words} ({art})" if rng.random() < 0.8 else art
    if u < 0.5 and crime in own:
        return f"{words} ({own[crime]})"
    if src.style == "uz" and crime == "smuggling" and det == "USA" and u < 0.6:
        return choice(rng, ("Tráfico de personas (art. 159 LM)", "Tráfico de indocumentados"))
    return words


def _count(src: Blind63Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected) of a count of persons."""
    u = rng.random()
    if u < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.style]), None
    style = src.style
    if style in ("ge", "am") and u < 0.045 and n >= 5:
        tags.append("count_approx")
        return (f"approx. {n}" if style == "ge" else f"env. {n}"), n
    if n >= 1000:
        tags.append("thousands")
        if style == "ge":
            return (f"{n:,}" if rng.random() < 0.8 else str(n)), n
        if style == "am":
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n:,}".replace(",", sep), n
        if style in ("uz", "kz"):
            if style == "uz" and rng.random() < 0.5:
                return n, n
            return f"{n:,}".replace(",", "."), n
        return n, n
    if style in ("uz",):
        return n, n
    if style == "by":
        return (n if rng.random() < 0.8 else str(n)), n
    return str(n), n


def _suspects(
    src: Blind63Source, n: int, rng: _Rng, forced: bool, tags: list[str]
) -> tuple[object, int | None]:
    if forced:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.style]), None
    if n == 0 and rng.random() < 0.5:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.style]), 0
    if src.style in ("uz", "by"):
        return n, n
    return str(n), n


def _units(value: float, per_degree: int) -> int:
    return round(abs(value) * per_degree)


def _dms(value: float, pos: str, neg: str, *, spaced: bool) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth (``37°56'28.3"N``) and the value read."""
    units = _units(value, 36000)
    deg, rest = divmod(units, 36000)
    mins, tenths = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    sign = 1 if value >= 0 else -1
    if spaced:
        text = f"{deg}° {mins:02d}' {tenths // 10:02d}\" {hemi}"
        units = deg * 36000 + mins * 600 + (tenths // 10) * 10
    else:
        text = f"{deg}°{mins:02d}'{tenths / 10:04.1f}\"{hemi}"
    return text, round(sign * units / 36000, 6)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Hemisphere first, degrees and decimal minutes (``N53°02.706'``)."""
    units = _units(value, 60000)
    deg, thou = divmod(units, 60000)
    hemi = pos if value >= 0 else neg
    sign = 1 if value >= 0 else -1
    return f"{hemi}{deg:0{width}d}°{thou / 1000:06.3f}'", round(sign * units / 60000, 6)


def _coords(
    src: Blind63Source, lat: float, lon: float, rng: _Rng, forced: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the detection point."""
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if forced:
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    u = rng.random()
    if u < 0.04:
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    if u < 0.07:
        tags.append("coords_placeholder")
        return dict.fromkeys(keys, _COORD_UNKNOWN[src.style]), None, None
    v = rng.random()
    style = src.style
    west = "O" if src.language in ("fr", "es") else "W"
    if v < 0.15 and style != "by":  # degrees, minutes, seconds
        tags.append("coords_dms")
        la, ela = _dms(lat, "N", "S", spaced=style == "kz")
        lo, elo = _dms(lon, "E", west, spaced=style == "kz")
        if len(keys) == 1:
            return {"coordinates": f"{la} {lo}"}, ela, elo
        return {"lat": la, "lon": lo}, ela, elo
    if style == "by" and v < 0.15:
        tags.append("coords_ddm")
        la, ela = _ddm(lat, "N", "S", 2)
        lo, elo = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{la} {lo}"}, ela, elo
    k = 5 if rng.random() < 0.5 else 4
    ela, elo = round(lat, k), round(lon, k)
    if style == "ge":
        return {"coordinates": f"{ela:.{k}f}, {elo:.{k}f}"}, ela, elo
    if style == "by":
        if rng.random() < 0.6:
            la = f"{abs(ela):.{k}f}{'N' if lat >= 0 else 'S'}"
            lo = f"{abs(elo):.{k}f}{'E' if lon >= 0 else 'W'}"
            return {"coordinates": f"{la} {lo}"}, ela, elo
        return {"coordinates": f"{ela:.{k}f},{elo:.{k}f}"}, ela, elo
    if style == "uz" and rng.random() < 0.9:
        return {"lat": ela, "lon": elo}, ela, elo
    tags.append("decimal_comma")
    return (
        {"lat": f"{ela:.{k}f}".replace(".", ","), "lon": f"{elo:.{k}f}".replace(".", ",")},
        ela,
        elo,
    )


def _join(src: Blind63Source, parts: list[str], rng: _Rng) -> object:
    if src.style == "by":
        return parts
    sep = {
        "ge": (" - ", ", ", " > "),
        "am": (", ", " / ", " puis "),
        "uz": (", ", " - "),
        "kz": (", ", " – ", " y "),
    }[src.style]
    return choice(rng, sep).join(parts)


def _vocab(
    table: dict[str, dict[str, tuple[str, ...]]], src: Blind63Source, value: str, rng: _Rng
) -> str:
    return _pass(choice(rng, table[src.language][value]), src, value)


def _render(
    src: Blind63Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision = _date(src, ts, rng, partial_ok, tags)
    crime = str(ev["crime_type"])
    det = None if ev["detection_country"] is None else str(ev["detection_country"])
    cells["crime_type"] = _crime(src, crime, det, rng)
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = (
            choice(rng, _NOT_APPLICABLE[src.language]) if rng.random() < 0.3 else None
        )
    else:
        cells["exploitation"] = _vocab(_EXPLOITATION, src, str(expl), rng)
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp_persons = _count(src, persons, rng, tags)
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp_suspects = _suspects(
        src, suspects, rng, forced_blank == "n_suspects", tags
    )
    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp_gender = None, "unknown"
    else:
        cells["gender"], exp_gender = _vocab(_GENDER, src, gender, rng), gender
    age = str(ev["age_group"])
    exp_age = age
    if rng.random() < 0.03:
        tags.append("na_word")
        exp_age = "unknown"
    cells["age_group"] = _vocab(_AGE, src, exp_age, rng)
    nat = ev["nationality"]
    exp_nat: object = nat
    if forced_blank == "nationality" or nat is None:
        if forced_blank == "nationality":
            tags.append("blank_nationality")
        cells["nationality"], exp_nat = None, None
    else:
        cells["nationality"] = _nationality(src, str(nat), gender, rng, tags)
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), rng, tags)
    exp_det: object = det
    if forced_blank == "detection_country" or det is None:
        if forced_blank == "detection_country":
            tags.append("blank_detection_country")
        cells["detection_country"], exp_det = None, None
    else:
        cells["detection_country"] = _country(src, det, rng, tags)
    transit = ev["transit_countries"]
    if transit is None:
        if src.style == "by":
            cells["transit_countries"] = [] if rng.random() < 0.5 else None
        else:
            cells["transit_countries"] = choice(rng, ("-", "—")) if rng.random() < 0.3 else None
    else:
        parts = [_country(src, c, rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"] = _join(src, parts, rng)
    mode = str(ev["transport_mode"])
    exp_mode = mode
    if rng.random() < 0.03:
        tags.append("na_word")
        exp_mode = "unknown"
    cells["transport_mode"] = _vocab(_TRANSPORT, src, exp_mode, rng)
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    coord_cells, exp_lat, exp_lon = _coords(src, lat, lon, rng, forced_blank == "coordinates", tags)
    cells.update(coord_cells)
    linked = ev["linked_offences"]
    if linked is None:
        cells["linked_offences"] = [] if src.style == "by" and rng.random() < 0.3 else None
    else:
        words = [_vocab(_LINKED, src, w, rng) for w in str(linked).split("|")]
        if src.style == "by":
            cells["linked_offences"] = words
        else:
            joiner = {"ge": "; ", "am": " + ", "uz": ", ", "kz": ", "}[src.style]
            cells["linked_offences"] = joiner.join(words)
    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": exp_persons,
        "n_suspects": exp_suspects,
        "gender": exp_gender,
        "age_group": exp_age,
        "nationality": exp_nat,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": exp_det,
        "transit_countries": transit,
        "transport_mode": exp_mode,
        "lat": exp_lat,
        "lon": exp_lon,
        "linked_offences": linked,
    }
    return cells, expected, sorted(set(tags), key=tags.index)


def _day_text(src: Blind63Source, ts: pd.Timestamp) -> object:
    d, m, y = ts.day, ts.month, ts.year
    if src.style == "ge":
        return f"{d:02d}.{m:02d}.{y}"
    if src.style == "uz":
        return dt.datetime(y, m, d)
    if src.style == "by":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{y}"


def _bad_date(src: Blind63Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, impossible, or in the future."""
    y, d = ts.year, ts.day
    if kind == "no_date":
        if src.style == "kz" and rng.random() < 0.4:
            return "s/f"  # "sin fecha"
        return None
    if kind == "future_date":
        return _day_text(src, ts + pd.DateOffset(years=10))
    opts = {
        "ge": (f"31.02.{y}", f"{d:02d}.13.{y}", f"30.02.{y}"),
        "am": (f"30/02/{y}", f"{d:02d}/13/{y}", f"31 février {y}"),
        "uz": (f"30/02/{y}", f"31 de febrero de {y}"),
        "by": (f"{y}-02-30", f"{y}-13-{d:02d}"),
        "kz": (f"31/02/{y}", f"{d:02d}/13/{y}", f"31/04/{y}"),
    }[src.style]
    return choice(rng, opts)


def _note_date(src: Blind63Source, last: pd.Timestamp) -> object:
    return _day_text(src, last)


_EXAMINER: Examiner[Blind63Source] = Examiner(
    sources=BLIND63_SOURCES,
    primary=_PRIMARY,
    compilation=GEORGIA.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=63,
    blank_share=0.5,
)


def make_blind63(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind63`` liaison desks' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        In the order of :data:`BLIND63_SOURCES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind63(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['mia_georgia_liaison_bm.csv', 'police_armenie_liaison_bm.csv',
     'mvd_uzbekistan_enlace_mx_bm.xlsx', 'eu_liaison_belarus_digest_bm.jsonl',
     'ps_knb_kazajistan_madrid_bm.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
