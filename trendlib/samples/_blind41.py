"""Examiner blind set 41 (files ``*_aq.*``): Maghreb, Horn of Africa and Andean agencies.

A held-out sample variant written from the examiner's own knowledge of how five agencies
keep their case registers, independently of the cleaner. The rows, duplicates, bad rows,
garbage rows and exact repeats are laid out by :mod:`trendlib.samples._examiner`; this
module holds only the wording, i.e. how each agency writes a cell.

Reader's guide to the five files
--------------------------------
``carabineros_os9_aq.csv`` -- Carabineros de Chile, OS-9 (Departamento de Investigación de
    Organizaciones Criminales), information shared on irregular flows heading north
    (Darién and the US-Mexico border). Spanish, **cp1252**, ``;``, CRLF. Upper-case headers
    with ``Nº`` and units (``FECHA DEL PROCEDIMIENTO (dd-mm-aaaa)``, ``LATITUD (GD)``).
    Dates ``15-03-2022``, ``15/03/2022``, ``15-mar-2022``, ``15 de marzo de 2022``, ISO;
    partial ``marzo 2022``, ``mar-2022``, ``03-2022``, ``1er trimestre 2022``, ``T2-2022``.
    Crime as the Chilean Penal Code article: ``art. 411 bis`` (tráfico de migrantes),
    ``art. 411 quáter`` (trata de personas), sometimes the article alone. Feminine
    demonyms (``nacionalidad venezolana``), upper-case masculine ones, ISO codes, a few
    mojibake names. ``NNA`` (niños, niñas y adolescentes) for children. Counts with a dot
    as thousands separator (``1.250``), ``s/i`` for unknowns, ``sin detenidos`` for zero.
    Latitude/longitude in decimal degrees with a decimal comma, the west written with a
    sign or with ``O`` (oeste): ``77,93211 O``. An extra ``SECTOR / LUGAR`` column.
``inltp_tunisie_aq.csv`` -- Tunisia, Instance nationale de lutte contre la traite des
    personnes (INLTP), its register of reports, cmed and Italian detections. French
    values under **bilingual Arabic / French headers**, **UTF-8 with BOM**, ``;``. Dates
    ``12/03/2022``, ``12-03-2022``, ``12 mars 2022``, ISO, two-digit years ``12/03/22``;
    partial ``mars 2022``, ``03/2022``, ``T1 2022``, ``2e trimestre 2022``. Crime as
    words, abbreviations (``TP``, ``TIM``) or the law (LO n° 2016-61, loi n° 2004-6).
    ``néant`` for zero suspects, ``N.C.`` (non communiqué) for unknowns, thousands
    separated by a space, a no-break space or a narrow no-break space. One coordinates
    cell: decimal ``lat, lon``, maritime degrees and decimal minutes with a decimal comma
    (``35°30,13'N 012°36,45'E``) or degrees, minutes, seconds. ``RCI`` for Côte d'Ivoire.
``nccpim_egypt_aq.jsonl`` -- Egypt, National Coordinating Committee for Combating and
    Preventing Illegal Migration and Trafficking in Persons (NCCPIM&TIP), Eastern
    Mediterranean interceptions shared with the Greek side. English, UTF-8 JSON lines,
    snake_case keys. Dates ISO, ISO with a time, ``12/03/2022`` (day first), ``12 March
    2022``, ``12-Mar-2022`` and some in **Arabic-Indic digits** (``١٢/٠٣/٢٠٢٢``); partial
    ``March 2022``, ``2022-03``, ``Q1 2022``, ``2022-Q1``. Crime as words, ``TIP`` /
    ``SOM`` or Egyptian law (Law No. 64 of 2010 trafficking, Law No. 82 of 2016
    smuggling). Counts as JSON numbers or strings (``1,250``, ``unknown``, ``TBC``),
    ``nil`` for zero. ``lat``/``lng`` as numbers, numeric strings or ``39.10512 N``.
``efp_ethiopia_aq.csv`` -- Ethiopian Federal Police, Crime Investigation Bureau, digest of
    liaison messages (NCB Addis Ababa) about Horn-of-Africa nationals and others
    intercepted on every other route; the compilation source. English, **UTF-16 (BOM)**,
    **tab** delimited, headers with the date convention (``DD/MM/YYYY, G.C.`` --
    Gregorian calendar) and the proclamation (``Procl. 1178/2020``). Dates
    ``12/03/2022``, ``12.03.2022``, ``12-Mar-2022``, ``March 12, 2022``, ``12th March
    2022``; partial ``Mar-2022``, ``March 2022``, ``Q1 2022``, ``1st Qtr 2022``. ``M``,
    ``F``, ``M/F`` for sex, ``Nil`` for zero, ``N/K`` for not known, a few misspelt or
    upper-case names, coordinates as ``51.12790, 1.31340``, ``51.1279°N 1.3134°E`` or DMS.
    A ``Remarks`` column. Some rows re-sent (exact repeats).
``cncltp_maroc_aq.xlsx`` -- Morocco, Commission nationale chargée de la coordination des
    mesures de lutte et de prévention de la traite des êtres humains (CNCLTP), cases on
    the Western Mediterranean and Atlantic routes. French, XLSX: real Excel dates, plain
    **Excel serial numbers**, text dates (``12/03/2022``, ``12 mars 2022``), partial
    ``mars 2022``, ``T2 2022``, ``2ème trimestre 2022``. ``TEH`` (traite des êtres
    humains, loi 27-14), trafic de migrants (loi 02-03, art. 52). ``MNA`` (mineurs non
    accompagnés), ``patera``, ``franchissement de la clôture`` (Ceuta, Melilla). Counts
    as numbers, ``1 250`` as text, ``ND`` for unknowns. Latitude/longitude as numbers,
    text with a decimal comma or DMS with ``O`` (ouest). Some rows re-sent.

Every source holds a note row (dated, text in the reference column) and, in CSV files, an
empty row somewhere among its cases, and ends with a total row; bad rows (no date,
impossible date, future date, negative or unreadable count) are written each agency's way.
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

__all__ = ["BLIND41_SOURCES", "Blind41Source", "make_blind41"]

_Rng = np.random.Generator
_Opts = tuple[tuple[str, str], ...]  # (text, messiness tag or "")


@dataclass(frozen=True)
class Blind41Source(ExaminerSource):
    """A source of the ``blind41`` set.

    Attributes
    ----------
    style : str
        Key of the source's wording tables (``"os9"``, ``"inltp"``, ``"nccpim"``,
        ``"efp"``, ``"cncltp"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_OS9 = Blind41Source(
    source="carabineros_os9_aq",
    filename="carabineros_os9_aq.csv",
    ref="OS9/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº PARTE",
        "event_date": "FECHA DEL PROCEDIMIENTO (dd-mm-aaaa)",
        "crime_type": "DELITO (CÓDIGO PENAL)",
        "exploitation": "FINALIDAD EXPLOTACIÓN",
        "n_persons": "Nº VÍCTIMAS / MIGRANTES",
        "n_suspects": "Nº DETENIDOS",
        "gender": "SEXO",
        "age_group": "GRUPO ETARIO",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "destination_country": "PAÍS DE DESTINO",
        "detection_country": "PAÍS DEL PROCEDIMIENTO",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "transport_mode": "MEDIO DE DESPLAZAMIENTO",
        "place": "SECTOR / LUGAR",
        "lat": "LATITUD (GD)",
        "lon": "LONGITUD (GD)",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="Nota: cifras preliminares, sujetas a validación del Depto. OS-9",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
    style="os9",
)
_INLTP = Blind41Source(
    source="inltp_tunisie_aq",
    filename="inltp_tunisie_aq.csv",
    ref="{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "رقم الملف / N° dossier",
        "event_date": "تاريخ الرصد / Date des faits",
        "crime_type": "التكييف القانوني / Qualification",
        "exploitation": "شكل الاستغلال / Forme d'exploitation",
        "n_persons": "عدد الضحايا أو المهاجرين / Nb victimes ou migrants",
        "n_suspects": "عدد المشتبه بهم / Nb suspects",
        "gender": "الجنس / Sexe",
        "age_group": "الفئة العمرية / Âge",
        "nationality": "الجنسية / Nationalité",
        "origin_country": "بلد المنشأ / Pays d'origine",
        "destination_country": "بلد الوجهة / Destination",
        "detection_country": "بلد الرصد / Pays de détection",
        "transit_countries": "بلدان العبور / Transit",
        "transport_mode": "وسيلة التنقل / Moyen de transport",
        "coordinates": "الإحداثيات / Coordonnées (lat, long)",
        "linked_offences": "جرائم مرتبطة / Infractions connexes",
    },
    note="ملاحظة / Remarque : données provisoires, non consolidées",
    total="المجموع / TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
    style="inltp",
)
_NCCPIM = Blind41Source(
    source="nccpim_egypt_aq",
    filename="nccpim_egypt_aq.jsonl",
    ref="NCCPIM/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "offence",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "accused_count",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_interception",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_travel",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "associated_crimes",
    },
    note="Note: figures are preliminary and subject to revision by the Technical Secretariat",
    total="Total",
    bad_count=("several", "a group", "many"),
    repeats=False,
    style="nccpim",
)
_EFP = Blind41Source(
    source="efp_ethiopia_aq",
    filename="efp_ethiopia_aq.csv",
    ref="FPC/CIB/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "File No.",
        "event_date": "Date of Interception (DD/MM/YYYY, G.C.)",
        "crime_type": "Offence (Procl. 1178/2020)",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Sex (M/F)",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS Location",
        "linked_offences": "Related Offences",
        "place": "Remarks",
    },
    note="NB: compiled from NCB Addis Ababa liaison messages; figures provisional",
    total="Grand Total",
    bad_count=("several", "group", "many"),
    repeats=True,
    style="efp",
)
_CNCLTP = Blind41Source(
    source="cncltp_maroc_aq",
    filename="cncltp_maroc_aq.xlsx",
    ref="CNCLTP/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf.",
        "event_date": "Date des faits",
        "crime_type": "Qualification juridique",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nombre de personnes (victimes/migrants)",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interpellation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de déplacement",
        "lat": "Latitude (°)",
        "lon": "Longitude (°)",
        "linked_offences": "Infractions associées",
    },
    note="N.B. : chiffres provisoires – Secrétariat permanent CNCLTP",
    total="Total général",
    bad_count=("plusieurs", "groupe", "nombreux"),
    repeats=True,
    style="cncltp",
)

#: The five sources of the ``blind41`` set, in the order their submissions are returned.
BLIND41_SOURCES: tuple[Blind41Source, ...] = (_OS9, _INLTP, _NCCPIM, _EFP, _CNCLTP)

_PRIMARY = {
    "PAN": _OS9.source,
    "USA": _OS9.source,
    "ITA": _INLTP.source,
    "GRC": _NCCPIM.source,
    "ESP": _CNCLTP.source,
}
_SECONDARY = {
    ("cmed", "ITA"): _NCCPIM.source,
    ("thb_nga_ita", "ITA"): _CNCLTP.source,
    ("emed", "GRC"): _EFP.source,
    ("wmed", "ESP"): _INLTP.source,
    ("watl", "ESP"): _EFP.source,
    ("darien", "PAN"): _EFP.source,
    ("us_mex", "USA"): _EFP.source,
    ("wbal", "HRV"): _INLTP.source,
    ("blr_pol", "POL"): _NCCPIM.source,
}

# --------------------------------------------------------------------------------------
# Countries: names, demonyms
# --------------------------------------------------------------------------------------
# code -> (English, French, Spanish) names
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
# other names in use, by language
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "U.K.", "Great Britain"),
        "USA": ("USA", "U.S.A."),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "GMB": ("The Gambia",),
        "GIN": ("Guinea-Conakry",),
        "BIH": ("Bosnia & Herzegovina", "BiH"),
        "MKD": ("N. Macedonia",),
    },
    "fr": {
        "CIV": ("RCI",),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "USA": ("USA",),
        "GBR": ("Grande-Bretagne", "R.-U."),
        "BLR": ("Bélarus",),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
        "TUR": ("Türkiye",),
        "SYR": ("République arabe syrienne",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "GBR": ("Gran Bretaña",),
        "ROU": ("Rumanía",),
        "BGD": ("Bangladesh",),
        "GIN": ("Guinea Conakry",),
    },
}
# code -> (English, French masculine, French feminine, Spanish masculine, Spanish feminine)
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}
# misspellings seen in the Ethiopian digest (each read at once as the country)
_TYPOS: dict[str, str] = {
    "AFG": "Afganistan",
    "ERI": "Eritria",
    "BGD": "Bangaldesh",
    "VNM": "Veitnam",
    "PAK": "Pakisatn",
    "SYR": "Syira",
    "IRQ": "Iraque",
    "NGA": "Nigerea",
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}
# share of nationality cells written as a demonym
_DEMONYM_SHARE = {"os9": 0.55, "inltp": 0.55, "nccpim": 0.5, "efp": 0.45, "cncltp": 0.55}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name(code: str, lang: str) -> str:
    names = _NAMES.get(code)
    if names is None:  # a code outside the table: the code itself, as agencies do
        return code
    return names[_LANG_INDEX[lang]]


def _country(src: Blind41Source, code: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Return (cell, tag) of a country as the source writes it."""
    lang, st = src.language, src.style
    alpha2, _ = iso_codes(code)
    alts = _ALT_NAMES[lang].get(code, ())
    dem = _DEMONYMS.get(code)
    name = _name(code, lang)
    text, tag = name, ""
    if nationality and dem is not None and rng.random() < _DEMONYM_SHARE[st]:
        feminine = rng.random() < 0.6
        if st == "os9":  # "nacionalidad venezolana"; the masculine in capitals
            text = dem[4] if feminine else dem[3].upper()
        elif st in ("inltp", "cncltp"):
            text = dem[2].capitalize() if not feminine else dem[1]
        else:
            text = dem[0]
        tag = "demonym"
    else:
        r = float(rng.random())
        if st == "os9":
            if r < 0.08:
                text, tag = code, "iso3"
            elif r < 0.16 and alts:
                text, tag = choice(rng, alts), "alt_name"
            elif r < 0.26:
                text, tag = name.upper(), "upper"
            elif r < 0.32 and _strip_accents(name) != name:
                text, tag = _strip_accents(name), "no_accents"
        elif st in ("inltp", "cncltp"):
            if r < 0.10 and alts:
                text, tag = choice(rng, alts), "alt_name"
            elif r < 0.18:
                text, tag = (code, "iso3") if st == "cncltp" else (alpha2, "iso2")
            elif r < 0.25:
                text, tag = name.upper(), "upper"
        elif st == "nccpim":
            if r < 0.15:
                text, tag = alpha2, "iso2"
            elif r < 0.22:
                text, tag = code, "iso3"
            elif r < 0.35 and alts:
                text, tag = choice(rng, alts), "alt_name"
        else:  # efp
            if r < 0.12:
                text, tag = name.upper(), "upper"
            elif r < 0.20 and code in _TYPOS:
                text, tag = _TYPOS[code], "typo"
            elif r < 0.32 and alts:
                text, tag = choice(rng, alts), "alt_name"
            elif r < 0.37:
                text, tag = code, "iso3"
    if st in ("os9", "efp") and rng.random() < 0.04:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    if not fits(text, src):
        text = _strip_accents(text)
    return text, tag


# --------------------------------------------------------------------------------------
# Value words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, _Opts]] = {
    "os9": {
        "smuggling": (
            ("Tráfico de migrantes (art. 411 bis CP)", ""),
            ("TRÁFICO ILÍCITO DE MIGRANTES", "upper"),
            ("Art. 411 bis CP", "legal_ref"),
            ("tráfico de migrantes", ""),
            ("Tráfico ilícito de migrantes - Art. 411 bis", ""),
        ),
        "trafficking": (
            ("Trata de personas (art. 411 quáter CP)", ""),
            ("TRATA DE PERSONAS", "upper"),
            ("Art. 411 quáter CP", "legal_ref"),
            ("trata de personas", ""),
        ),
        "both": (
            ("Tráfico de migrantes y trata de personas", ""),
            ("Arts. 411 bis y 411 quáter CP", "legal_ref"),
            ("TRÁFICO DE MIGRANTES / TRATA DE PERSONAS", "upper"),
        ),
    },
    "inltp": {
        "smuggling": (
            ("Trafic illicite de migrants", ""),
            ("trafic de migrants", ""),
            ("Organisation de passages clandestins (loi n° 2004-6)", "legal_ref"),
            ("TIM", "abbrev"),
        ),
        "trafficking": (
            ("Traite des personnes", ""),
            ("Traite des personnes (LO n° 2016-61)", "legal_ref"),
            ("TP – loi organique 2016-61", "abbrev"),
            ("traite", ""),
        ),
        "both": (
            ("Traite des personnes et trafic illicite de migrants", ""),
            ("TP + TIM", "abbrev"),
            ("Traite / trafic de migrants", ""),
        ),
    },
    "nccpim": {
        "smuggling": (
            ("Smuggling of migrants", ""),
            ("Migrant smuggling (Law No. 82 of 2016)", "legal_ref"),
            ("SOM", "abbrev"),
            ("smuggling of migrants", ""),
        ),
        "trafficking": (
            ("Trafficking in persons", ""),
            ("Human trafficking (Law No. 64 of 2010)", "legal_ref"),
            ("TIP", "abbrev"),
            ("trafficking in persons", ""),
        ),
        "both": (
            ("TIP & SOM", "abbrev"),
            ("Trafficking in persons and smuggling of migrants", ""),
            ("Human trafficking + migrant smuggling (Laws 64/2010, 82/2016)", "legal_ref"),
        ),
    },
    "efp": {
        "smuggling": (
            ("Smuggling of Migrants", ""),
            ("SOM", "abbrev"),
            ("Migrant Smuggling (Procl. 1178/2020)", "legal_ref"),
            ("SMUGGLING OF MIGRANTS", "upper"),
        ),
        "trafficking": (
            ("Trafficking in Persons", ""),
            ("TIP", "abbrev"),
            ("Human Trafficking (Procl. 1178/2020)", "legal_ref"),
        ),
        "both": (
            ("TIP/SOM", "abbrev"),
            ("Trafficking & Smuggling", ""),
            ("Trafficking in Persons and Smuggling of Migrants", ""),
        ),
    },
    "cncltp": {
        "smuggling": (
            ("Trafic de migrants (loi 02-03)", "legal_ref"),
            ("Organisation de l'émigration clandestine (art. 52 loi 02-03)", "legal_ref"),
            ("Trafic illicite de migrants", ""),
            ("trafic de migrants", ""),
        ),
        "trafficking": (
            ("Traite des êtres humains (loi 27-14)", "legal_ref"),
            ("TEH", "abbrev"),
            ("traite des êtres humains", ""),
            ("TEH – loi n° 27-14", "abbrev"),
        ),
        "both": (
            ("TEH + trafic de migrants", "abbrev"),
            ("Traite des êtres humains et trafic de migrants", ""),
        ),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "os9": {
        "sexual": ("Explotación sexual", "explotación sexual comercial", "Sexual"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("Comisión forzada de delitos", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra finalidad", "Otros fines"),
        "unknown": ("No determinada",),
    },
    "inltp": {
        "sexual": ("exploitation sexuelle", "prostitution forcée", "Exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail", "Travail forcé"),
        "forced_criminality": (
            "contrainte à commettre des délits",
            "exploitation dans des activités criminelles",
        ),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autres formes d'exploitation"),
        "unknown": ("indéterminée",),
    },
    "nccpim": {
        "sexual": ("sexual exploitation", "Sexual", "commercial sexual exploitation"),
        "forced_labour": ("forced labour", "forced labor", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced to commit crimes"),
        "organ_removal": ("organ removal", "removal of organs"),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other forms"),
        "unknown": ("undetermined",),
    },
    "efp": {
        "sexual": ("Sexual Exploitation", "Sexual", "SEXUAL EXPLOITATION"),
        "forced_labour": ("Forced Labour", "Labour Exploitation", "Forced labor"),
        "forced_criminality": ("Forced Criminality", "Forced criminal activities"),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other", "Others"),
        "unknown": ("Undetermined",),
    },
    "cncltp": {
        "sexual": ("Exploitation sexuelle", "Exploitation de la prostitution d'autrui"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": (
            "Exploitation dans des activités criminelles",
            "Contrainte à commettre des infractions",
        ),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "unknown": ("Indéterminée",),
    },
}
# what a smuggling row holds in the exploitation column ("" = empty cell)
_NO_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "os9": ("", "", "No aplica", "N/A", "—"),
    "inltp": ("", "", "s.o.", "sans objet", "—"),
    "nccpim": ("", "", "N/A", "not applicable"),
    "efp": ("N/A", "-", "", ""),
    "cncltp": ("", "", "Sans objet", "-"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "os9": {
        "male": ("Masculino", "Hombres", "Masc.", "HOMBRE"),
        "female": ("Femenino", "Mujeres", "Fem.", "MUJER"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres", "H/M"),
        "unknown": ("s/i",),
    },
    "inltp": {
        "male": ("Masculin", "H", "Hommes", "masculin"),
        "female": ("Féminin", "F", "Femmes"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        "unknown": ("N.C.",),
    },
    "nccpim": {
        "male": ("male", "M", "Males", "men"),
        "female": ("female", "F", "Females", "women"),
        "mixed": ("mixed", "M/F", "both sexes", "male & female"),
        "unknown": ("unknown",),
    },
    "efp": {
        "male": ("M", "Male", "MALE"),
        "female": ("F", "Female"),
        "mixed": ("M/F", "M & F", "Mixed"),
        "unknown": ("N/K",),
    },
    "cncltp": {
        "male": ("Masculin", "M", "Hommes"),
        "female": ("Féminin", "F", "Femmes"),
        "mixed": ("Mixte", "M+F", "Hommes/Femmes"),
        "unknown": ("ND",),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "os9": {
        "adult": ("Adultos", "Mayores de edad", "Adulto", "+18"),
        "child": ("NNA", "Menores de edad", "Menor de edad"),
        "mixed": ("Adultos y NNA", "Mixto", "Mayores y menores de edad"),
        "unknown": ("s/i", "No registra"),
    },
    "inltp": {
        "adult": ("Adultes", "Majeurs", "majeur(e)s"),
        "child": ("Mineurs", "Enfants", "mineur(e)s"),
        "mixed": ("Mixte", "Majeurs et mineurs", "Adultes + mineurs"),
        "unknown": ("N.C.", "non précisé"),
    },
    "nccpim": {
        "adult": ("adult", "adults", "18+", "over 18"),
        "child": ("minor", "children", "under 18", "minors"),
        "mixed": ("mixed", "adults and minors", "adults & children"),
        "unknown": ("N/A", "not stated"),
    },
    "efp": {
        "adult": ("Adult", "Adults", "ADULT"),
        "child": ("Minor", "Child", "Under 18"),
        "mixed": ("Mixed", "Adult & Minor", "Adults/Minors"),
        "unknown": ("N/A", "Unknown"),
    },
    "cncltp": {
        "adult": ("Majeurs", "Adultes", "Majeur"),
        "child": ("Mineurs", "MNA", "Mineurs non accompagnés", "Enfants"),
        "mixed": ("Mixte", "Majeurs et mineurs"),
        "unknown": ("ND", "Non renseigné"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "os9": {
        "sea": ("Marítimo", "Vía marítima", "Lancha", "Embarcación"),
        "land": ("Terrestre", "A pie", "Vía terrestre", "Terrestre (bus)", "Vehículo particular"),
        "air": ("Aéreo", "Vía aérea", "Vuelo comercial"),
        "unknown": ("s/i", "No registra"),
    },
    "inltp": {
        "sea": ("Maritime", "Voie maritime", "Embarcation", "barque de pêche"),
        "land": ("Terrestre", "Voie terrestre", "Par route"),
        "air": ("Aérien", "Voie aérienne", "Par avion"),
        "unknown": ("N.C.", "inconnu"),
    },
    "nccpim": {
        "sea": ("sea", "by sea", "boat", "fishing boat", "rubber dinghy"),
        "land": ("land", "overland", "on foot", "truck"),
        "air": ("air", "by air", "flight"),
        "unknown": ("N/A", "not stated"),
    },
    "efp": {
        "sea": ("Sea", "By Sea", "Boat", "Small boat"),
        "land": ("Land", "By Land", "On foot", "Vehicle"),
        "air": ("Air", "By Air", "Flight"),
        "unknown": ("N/A", "Unknown"),
    },
    "cncltp": {
        "sea": ("Maritime", "Patera", "Embarcation pneumatique", "Voie maritime"),
        "land": ("Terrestre", "À pied", "Voie terrestre", "Par route"),
        "air": ("Aérien", "Voie aérienne", "Par avion"),
        "unknown": ("ND", "Non renseigné"),
    },
}
_DARIEN_ON_FOOT = ("A pie", "Terrestre", "Vía terrestre", "A pie (selva)", "Caminando")
_FENCE = ("Franchissement de la clôture", "Saut de la clôture")
_COUNT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "os9": ("s/i", "S/I", "sin información"),
    "inltp": ("N.C.", "non communiqué", "inconnu"),
    "nccpim": ("unknown", "not known", "TBC"),
    "efp": ("Unknown", "Not known", "N/K"),
    "cncltp": ("ND", "non déterminé"),
}
_ZERO_WORD: dict[str, tuple[str, ...]] = {
    "os9": ("sin detenidos", "ninguno"),
    "inltp": ("néant", "aucun"),
    "nccpim": ("nil", "no accused"),
    "efp": ("Nil", "NIL", "No suspect"),
    "cncltp": ("néant", "aucun"),
}
_SUSPECT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    "os9": ("s/i",),
    "inltp": ("N.C.",),
    "nccpim": ("unknown",),
    "efp": ("Unknown", "N/K"),
    "cncltp": ("ND",),
}
_THOUSANDS: dict[str, tuple[str, ...]] = {
    "os9": (".",),
    "inltp": (" ", "\u00a0", "\u202f"),
    "nccpim": (",",),
    "efp": (",",),
    "cncltp": (" ", "\u00a0"),
}
# transit: joiners of the list and the words for "no transit" ("" = empty cell)
_TRANSIT_JOIN: dict[str, tuple[str, ...]] = {
    "os9": (" - ", ", ", " / ", " y "),
    "inltp": (", ", " - ", " puis ", "via "),
    "nccpim": (" > ", ", ", " - ", "via "),
    "efp": ("-", "/", ", ", " → "),
    "cncltp": (", ", " / ", " puis "),
}
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    "os9": ("", "Directo", "Sin tránsito", "—"),
    "inltp": ("", "aucun", "direct", "néant"),
    "nccpim": ("", "none", "direct"),
    "efp": ("Direct", "", "-", "N/A"),
    "cncltp": ("", "Aucun", "Direct", "-"),
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "os9": {
        "document_fraud": (
            "Falsificación de documentos",
            "Uso de pasaporte falso",
            "Falsificación de instrumento público",
        ),
        "corruption": ("Cohecho", "Soborno a funcionario"),
        "money_laundering": ("Lavado de activos", "Lavado de activos (Ley 19.913)"),
        "illicit_goods": ("Contrabando", "Tráfico de drogas (Ley 20.000)"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Conducta terrorista (Ley 18.314)",),
    },
    "inltp": {
        "document_fraud": ("faux et usage de faux", "falsification de documents de voyage"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent", "blanchiment"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "nccpim": {
        "document_fraud": ("document forgery", "forged passports", "fraudulent documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("smuggling of goods", "drug trafficking"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "efp": {
        "document_fraud": ("Document forgery", "Fake passport", "Forged documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering", "Money laundering (hawala)"),
        "illicit_goods": ("Contraband", "Drug trafficking"),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    "cncltp": {
        "document_fraud": ("Faux et usage de faux", "Falsification de documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment de capitaux",),
        "illicit_goods": ("Contrebande", "Trafic de stupéfiants"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_LINKED_JOIN: dict[str, tuple[str, ...]] = {
    "os9": (" / ", ", ", " y "),
    "inltp": (" / ", " + ", ", "),
    "nccpim": (", ", "; ", " & "),
    "efp": ("; ", ", ", " / "),
    "cncltp": (", ", " / "),
}
_NO_LINKED: dict[str, tuple[str, ...]] = {
    "os9": ("", "", "", "Ninguno", "No"),
    "inltp": ("", "", "", "néant"),
    "nccpim": ("", "", "none"),
    "efp": ("", "", "Nil", "N/A"),
    "cncltp": ("", "", "Néant", "-"),
}
_NO_COORDS: dict[str, tuple[str, ...]] = {
    "os9": ("s/i",),
    "inltp": ("N.C.",),
    "nccpim": ("N/A",),
    "efp": ("N/A", "Not recorded"),
    "cncltp": ("ND",),
}
# the hotspots as a Chilean officer names them (others as they are)
_PLACES_ES = {
    "Darién gap": "Tapón del Darién",
    "Rio Grande Valley": "Valle del Río Grande",
    "Nogales (Sonora/Arizona)": "Nogales (Sonora/Arizona)",
}
_REMARKS = (
    "Info via NCB Addis Ababa",
    "Victims referred to shelter",
    "Case under investigation",
    "Referred to Federal Prosecutor",
    "",
    "",
    "",
)

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
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
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL_RATE = 0.07
_QUARTER_SHARE = 0.35


def _ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _day_cell(src: Blind41Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Return (cell, tag) of a full date as the source writes it."""
    d, m, y = ts.day, ts.month, ts.year
    r = float(rng.random())
    if src.style == "os9":
        if r < 0.50:
            return f"{d:02d}-{m:02d}-{y}", ""
        if r < 0.70:
            return f"{d:02d}/{m:02d}/{y}", "slash_date"
        if r < 0.85:
            return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", "month_abbr"
        if r < 0.95:
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}", "month_name"
        return ts.strftime("%Y-%m-%d"), "iso_date"
    if src.style == "inltp":
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}", ""
        if r < 0.70:
            return f"{d:02d}-{m:02d}-{y}", "dash_date"
        if r < 0.83:
            day = "1er" if d == 1 else str(d)
            return f"{day} {_FR_MONTHS[m - 1]} {y}", "month_name"
        if r < 0.93:
            return ts.strftime("%Y-%m-%d"), "iso_date"
        return f"{d:02d}/{m:02d}/{y % 100:02d}", "two_digit_year"
    if src.style == "nccpim":
        if r < 0.40:
            return ts.strftime("%Y-%m-%d"), ""
        if r < 0.45:
            return ts.strftime("%Y-%m-%dT00:00:00"), "iso_datetime"
        if r < 0.68:
            return f"{d:02d}/{m:02d}/{y}", "day_first"
        if r < 0.82:
            return f"{d} {MONTHS[m - 1]} {y}", "month_name"
        if r < 0.94:
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", "month_abbr"
        return f"{d:02d}/{m:02d}/{y}".translate(_ARABIC_DIGITS), "arabic_digits"
    if src.style == "efp":
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}", ""
        if r < 0.65:
            return f"{d:02d}.{m:02d}.{y}", "dot_date"
        if r < 0.80:
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", "month_abbr"
        if r < 0.90:
            return f"{MONTHS[m - 1]} {d}, {y}", "month_first_name"
        return f"{_ordinal_en(d)} {MONTHS[m - 1]} {y}", "ordinal_date"
    # cncltp (xlsx)
    if r < 0.60:
        return dt.datetime(y, m, d), "excel_date"
    if r < 0.75:
        return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
    if r < 0.90:
        return f"{d:02d}/{m:02d}/{y}", "text_date"
    day = "1er" if d == 1 else str(d)
    return f"{day} {_FR_MONTHS[m - 1]} {y}", "month_name"


def _month_cell(src: Blind41Source, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    if src.language == "es":
        return choice(
            rng,
            (
                f"{_ES_MONTHS[m - 1]} {y}",
                f"{_ES_ABBR[m - 1]}-{y}",
                f"{m:02d}-{y}",
                f"{_ES_MONTHS[m - 1]} de {y}",
            ),
        )
    if src.language == "fr":
        return choice(
            rng,
            (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1].capitalize()} {y}"),
        )
    if src.style == "nccpim":
        return choice(rng, (f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"))
    return choice(rng, (f"{MONTHS[m - 1][:3]}-{y}", f"{MONTHS[m - 1]} {y}"))


def _quarter_cell(src: Blind41Source, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = ts.quarter, ts.year
    if src.language == "es":
        nth = ("1er", "2º", "3er", "4º")[q - 1]
        return choice(
            rng, (f"{nth} trimestre {y}", f"T{q}-{y}", f"{'I' * q if q < 4 else 'IV'} trim. {y}")
        )
    if src.language == "fr":
        nth = ("1er", "2e", "3e", "4e")[q - 1]
        nth2 = ("1er", "2ème", "3ème", "4ème")[q - 1]
        return choice(rng, (f"T{q} {y}", f"{nth} trimestre {y}", f"{nth2} trimestre {y}"))
    if src.style == "nccpim":
        return choice(rng, (f"Q{q} {y}", f"{y}-Q{q}"))
    return choice(rng, (f"Q{q} {y}", f"{_ordinal_en(q)} Qtr {y}"))


def _date(
    src: Blind41Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) of the event's date."""
    if partial_ok and rng.random() < _PARTIAL_RATE:
        if rng.random() < _QUARTER_SHARE:
            start = ts.to_period("Q").start_time
            return _quarter_cell(src, ts, rng), start, "quarter", "partial_quarter"
        start = ts.to_period("M").start_time
        return _month_cell(src, ts, rng), start, "month", "partial_month"
    cell, tag = _day_cell(src, ts, rng)
    return cell, ts.normalize(), "day", tag


def _bad_date(src: Blind41Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine, as the source writes it."""
    y = ts.year
    if kind == "no_date":
        words = {
            "os9": "s/f",
            "inltp": "N.C.",
            "nccpim": "unknown",
            "efp": "N/K",
            "cncltp": "ND",
        }
        return words[src.style] if rng.random() < 0.3 else None
    if kind == "bad_date":
        impossible = (("31", "02"), ("30", "02"), ("31", "04"), ("31", "06"), ("31", "09"))
        d, m = impossible[int(rng.integers(len(impossible)))]
        if rng.random() < 0.3 and y % 4 != 0:
            d, m = "29", "02"  # 29 February of a common year
        if src.style == "nccpim":
            return f"{y}-{m}-{d}"
        if src.style == "os9":
            return f"{d}-{m}-{y}"
        if src.style == "efp" and rng.random() < 0.5:
            return f"{d}.{m}.{y}"
        return f"{d}/{m}/{y}"
    # future: the year typed with two digits swapped (2022 -> 2202) or a decade ahead
    year = int(f"22{y % 100:02d}") if rng.random() < 0.5 else y + 10
    future = ts.replace(year=year) if not (ts.month == 2 and ts.day == 29) else ts
    if future.year != year:
        future = pd.Timestamp(year=year, month=3, day=1)
    if src.style == "cncltp":
        return dt.datetime(future.year, future.month, future.day)
    if src.style == "nccpim":
        return future.strftime("%Y-%m-%d")
    sep = "-" if src.style == "os9" else "/"
    return f"{future.day:02d}{sep}{future.month:02d}{sep}{future.year}"


def _note_date(src: Blind41Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last case)."""
    if src.style == "cncltp":
        return dt.datetime(last.year, last.month, last.day)
    if src.style == "nccpim":
        return last.strftime("%Y-%m-%d")
    if src.style == "os9":
        return last.strftime("%d-%m-%Y")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Numbers and coordinates
# --------------------------------------------------------------------------------------
def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _count(src: Blind41Source, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Return (cell, expected, tag) of the number of persons."""
    if rng.random() < 0.03:
        return choice(rng, _COUNT_PLACEHOLDER[src.style]), None, "count_placeholder"
    if n >= 1000 and rng.random() < 0.7:
        return _grouped(n, choice(rng, _THOUSANDS[src.style])), n, "thousands_sep"
    if src.format == "csv":
        return str(n), n, ""
    if src.style == "nccpim" and rng.random() < 0.15:
        return str(n), n, "count_as_text"
    return n, n, ""


def _suspects(src: Blind41Source, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Return (cell, expected, tag) of the number of suspects."""
    if rng.random() < 0.03:
        return choice(rng, _SUSPECT_PLACEHOLDER[src.style]), None, "suspects_placeholder"
    if n == 0 and rng.random() < 0.45:
        return choice(rng, _ZERO_WORD[src.style]), 0, "zero_word"
    return (str(n) if src.format == "csv" else n), n, ""


def _dms(value: float, pos: str, neg: str, *, sec_places: int = 1) -> tuple[str, float]:
    """Degrees, minutes, seconds (seconds to ``sec_places``) and the value they give."""
    total = round(abs(value) * 3600, sec_places)
    deg = int(total // 3600)
    mins = int((total - deg * 3600) // 60)
    secs = round(total - deg * 3600 - mins * 60, sec_places)
    sign = 1 if value >= 0 else -1
    text = f"{deg}°{mins:02d}'{secs:04.1f}\"{pos if value >= 0 else neg}"
    return text, sign * (deg + mins / 60 + secs / 3600)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Maritime degrees and decimal minutes with a decimal comma (``35°30,13'N``)."""
    total = round(abs(value) * 60, 2)
    deg = int(total // 60)
    mins = round(total - deg * 60, 2)
    sign = 1 if value >= 0 else -1
    text = f"{deg:0{width}d}°{mins:05.2f}'".replace(".", ",") + (pos if value >= 0 else neg)
    return text, sign * (deg + mins / 60)


def _comma(value: float, places: int = 5) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def _coordinates(
    src: Blind41Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Return (cells, expected lat, expected lon, tag) of the place of detection."""
    r = float(rng.random())
    combined = "coordinates" in src.headers
    if r < 0.04:
        empty: dict[str, object] = {"coordinates": None} if combined else {"lat": None, "lon": None}
        return empty, None, None, "coords_missing"
    if r < 0.07:
        word = choice(rng, _NO_COORDS[src.style])
        placeholder: dict[str, object] = (
            {"coordinates": word} if combined else {"lat": word, "lon": word}
        )
        return placeholder, None, None, "coords_placeholder"
    lat5, lon5 = round(lat, 5), round(lon, 5)
    s = float(rng.random())
    if src.style == "os9":
        lat_cell = _comma(lat5) + (" N" if s < 0.2 else "")
        if lon5 < 0 and rng.random() < 0.35:
            return {"lat": lat_cell, "lon": _comma(-lon5) + " O"}, lat5, lon5, "hemisphere_o"
        return {"lat": lat_cell, "lon": _comma(lon5)}, lat5, lon5, "decimal_comma"
    if src.style == "inltp":
        if s < 0.45:
            return {"coordinates": f"{lat5:.5f}, {lon5:.5f}"}, lat5, lon5, ""
        if s < 0.80:
            lat_t, lat_v = _ddm(lat, "N", "S", 2)
            lon_t, lon_v = _ddm(lon, "E", "W", 3)
            return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, "ddm"
        lat_t, lat_v = _dms(lat, "N", "S")
        lon_t, lon_v = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, "dms"
    if src.style == "nccpim":
        if s < 0.70:
            return {"lat": lat5, "lon": lon5}, lat5, lon5, ""
        if s < 0.85:
            return {"lat": f"{lat5:.5f}", "lon": f"{lon5:.5f}"}, lat5, lon5, "coords_as_text"
        lat_h = f"{abs(lat5):.5f} {'N' if lat5 >= 0 else 'S'}"
        lon_h = f"{abs(lon5):.5f} {'E' if lon5 >= 0 else 'W'}"
        return {"lat": lat_h, "lon": lon_h}, lat5, lon5, "hemisphere"
    if src.style == "efp":
        if s < 0.45:
            return {"coordinates": f"{lat5:.5f}, {lon5:.5f}"}, lat5, lon5, ""
        if s < 0.70:
            lat4, lon4 = round(lat, 4), round(lon, 4)
            text = (
                f"{abs(lat4):.4f}°{'N' if lat4 >= 0 else 'S'} "
                f"{abs(lon4):.4f}°{'E' if lon4 >= 0 else 'W'}"
            )
            return {"coordinates": text}, lat4, lon4, "hemisphere"
        lat_t, lat_v = _dms(lat, "N", "S")
        lon_t, lon_v = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, "dms"
    # cncltp (xlsx): numbers, text with a decimal comma, or DMS with O for ouest
    if s < 0.75:
        return {"lat": lat5, "lon": lon5}, lat5, lon5, ""
    if s < 0.88:
        return {"lat": _comma(lat5), "lon": _comma(lon5)}, lat5, lon5, "decimal_comma"
    lat_t, lat_v = _dms(lat, "N", "S")
    lon_t, lon_v = _dms(lon, "E", "O")
    return {"lat": lat_t, "lon": lon_t}, lat_v, lon_v, "dms"


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _join_list(words: list[str], joiner: str) -> str:
    if joiner == "via ":
        return "via " + ", ".join(words)
    if joiner == " y " or joiner == " puis ":
        if len(words) == 1:
            return words[0]
        return ", ".join(words[:-1]) + joiner + words[-1]
    return joiner.join(words)


def _as_int(value: object) -> int:
    return int(_as_float(value))


def _as_float(value: object) -> float:
    if isinstance(value, int | float | np.integer | np.floating):
        return float(value)
    raise TypeError(f"expected a number in the truth, got {value!r}")


def _render(
    src: Blind41Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    st = src.style
    csv = src.format == "csv"
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(t: str) -> None:
        if t:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = _date(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tag(t)

    crime = str(ev["crime_type"])
    text, t = _CRIME[st][crime][int(rng.integers(len(_CRIME[st][crime])))]
    cells["crime_type"], exp["crime_type"] = text, crime
    tag(t)

    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, _NO_EXPLOITATION[st])
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[st][str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _count(src, _as_int(ev["n_persons"]), rng)
    tag(t)

    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif ev["n_suspects"] is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        n_suspects = _as_int(ev["n_suspects"])
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, n_suspects, rng)
        tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[st][gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[st]["unknown"]), "unknown"
        tag("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[st][age]), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
        elif code is None:
            cells[col], exp[col] = None, None
        else:
            cells[col], t = _country(src, str(code), rng, nationality=col == "nationality")
            exp[col] = str(code)
            tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, _NO_TRANSIT[st])
        cells["transit_countries"] = word or None
        exp["transit_countries"] = None
        if word:
            tag("no_transit_word")
    else:
        codes = str(transit).split("|")
        use_codes = st in ("nccpim", "efp") and rng.random() < 0.1
        words = [c if use_codes else _country(src, c, rng, nationality=False)[0] for c in codes]
        joiner = choice(rng, _TRANSIT_JOIN[st])
        cells["transit_countries"] = _join_list(words, joiner)
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"], exp["transport_mode"] = (
            choice(rng, _TRANSPORT[st]["unknown"]),
            "unknown",
        )
        tag("na_word")
    else:
        options = _TRANSPORT[st][mode]
        if st == "cncltp" and mode == "land" and str(ev["hotspot"]) in ("Ceuta", "Melilla"):
            options = options + _FENCE
        elif st == "os9" and mode == "land" and ev["detection_country"] == "PAN":
            options = _DARIEN_ON_FOOT  # the jungle is crossed on foot
        cells["transport_mode"], exp["transport_mode"] = choice(rng, options), mode

    if forced_blank == "coordinates" or ev["lat"] is None or ev["lon"] is None:
        if "coordinates" in src.headers:
            cells["coordinates"] = None
        else:
            cells["lat"], cells["lon"] = None, None
        exp["lat"], exp["lon"] = None, None
        if forced_blank == "coordinates":
            tag("blank_coordinates")
    else:
        where, lat_v, lon_v, t = _coordinates(src, _as_float(ev["lat"]), _as_float(ev["lon"]), rng)
        cells.update(where)
        exp["lat"], exp["lon"] = lat_v, lon_v
        tag(t)

    offences = ev["linked_offences"]
    if offences is None:
        word = choice(rng, _NO_LINKED[st])
        cells["linked_offences"] = word or None
        exp["linked_offences"] = None
    else:
        names = [choice(rng, _LINKED[st][o]) for o in str(offences).split("|")]
        if len(names) > 1 and rng.random() < 0.5:
            names = names[::-1]
        cells["linked_offences"] = _join_list(names, choice(rng, _LINKED_JOIN[st]))
        exp["linked_offences"] = str(offences)

    if "place" in src.headers:
        if st == "os9":
            place = _PLACES_ES.get(str(ev["hotspot"]), str(ev["hotspot"]))
            place = place if fits(place, src) else _strip_accents(place)
            cells["place"] = place if rng.random() < 0.85 else None
        else:
            cells["place"] = choice(rng, _REMARKS) or None

    if csv:  # a CSV cell is text
        cells = {k: (v if v is None or isinstance(v, str) else str(v)) for k, v in cells.items()}
    return cells, exp, tags


_EXAMINER: Examiner[Blind41Source] = Examiner(
    sources=BLIND41_SOURCES,
    primary=_PRIMARY,
    compilation=_EFP.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4141,
    blank_share=0.35,
)


def make_blind41(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind41`` submissions (files ``*_aq.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Carabineros de Chile OS-9 (CSV, cp1252, ``;``), Tunisia's INLTP (CSV, UTF-8 with
        BOM, ``;``, Arabic/French headers), Egypt's NCCPIM&TIP (JSON lines), the
        Ethiopian Federal Police digest (CSV, UTF-16, tab) and Morocco's CNCLTP (XLSX),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind41(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['carabineros_os9_aq.csv', 'inltp_tunisie_aq.csv', 'nccpim_egypt_aq.jsonl',
     'efp_ethiopia_aq.csv', 'cncltp_maroc_aq.xlsx']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
