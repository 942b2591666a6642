"""Examiner sample set ``blind137`` (files ``*_ei.*``): the Aegean seen from both shores.

Five agencies of the Aegean and of Türkiye's western coast, or reading the wider picture
from there, write the true events of :func:`trendlib.samples.make_truth` in their own way:

``ncc_eurosur_gr_ei.xlsx``
    The Greek EUROSUR National Coordination Centre (border control, immigration and
    asylum), English. Reports every detection in Greece (Lesvos, Samos, Evros). Real Excel
    date-times in UTC, counts as numbers, positions in degrees and decimal minutes as a
    maritime centre writes them (``39°12.35'N 026°18.07'E``), nationalities as English
    names, ISO alpha-3 or ISO numeric codes, re-sent rows.
``goc_idaresi_tr_ei.csv``
    The Turkish Presidency of Migration Management (Göç İdaresi), its irregular migration
    department, English with Turkish country names (``Suriye``, ``İran``, ``Yunanistan``),
    Windows-1254, ``;``, ``dd.mm.yyyy`` dates, decimal-comma coordinates, ``None`` for
    no organiser and ``TOPLAM`` on the total row, as a Turkish Excel writes them. It
    reports again, from the Turkish shore, crossings to Greece that the Greek centre
    reports first.
``ana_mpa_en_ei.csv``
    The Athens-Macedonian News Agency's English migration desk (a wire log), UTF-8, ``,``.
    Reports the detections in Italy, Spain, France, the United Kingdom, Croatia and Poland;
    ``17 May 2023`` dates, ``May 2023`` or ``Q2 2023`` when the wire gives no day, counts
    with thousands commas or in words, demonyms, and mojibake where the wire copy passed
    through a Windows code page (``TÃ¼rkiye``). No coordinates.
``anadolu_fr_ei.jsonl``
    Anadolu Agency's French service (AA Français) feed, JSON lines: the compilation of
    everything else (the Darién and the US–Mexico border). French keys and values, ISO
    dates (``2023-05``, ``T2 2023`` when partial), French demonyms (``vénézuélienne``),
    ``1 250`` with a no-break space, re-sent items. No coordinates.
``a21_thessaloniki_ei.csv``
    The anti-trafficking NGO A21 (first office in Thessaloniki), its case-management
    export: UTF-8 with BOM, ``,``, US month-first dates or bare Excel serial numbers, ISO
    alpha-2 citizenships, ``Grand Total``. It reports again trafficking cases of the
    Nigeria–Italy, Viet Nam–United Kingdom and Romania–Spain/Italy flows.

The truth expects what a careful analyst reads from each cell: a count written as
``unknown`` or ``bilinmiyor`` expects no count (``count_placeholder``), ``none`` or
``aucun`` suspects expect 0 (``zero_word``), ``not stated`` expects ``unknown``
(``na_word``), a month or quarter expects its first day, a press row expects no
coordinates (``coords_missing``). The module is written without reading the cleaner.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND137", "SOURCES", "make_blind137"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Wording of countries: iso3 -> (English, French, French demonym (fem.), Turkish, English
# demonym). Hand-written so that the set does not depend on a library's spellings.
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "afghane", "Afganistan", "Afghan"),
    "ALB": ("Albania", "Albanie", "albanaise", "Arnavutluk", "Albanian"),
    "AUT": ("Austria", "Autriche", "autrichienne", "Avusturya", "Austrian"),
    "BGD": ("Bangladesh", "Bangladesh", "bangladaise", "Bangladeş", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarie", "bulgare", "Bulgaristan", "Bulgarian"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "bosnienne",
        "Bosna-Hersek",
        "Bosnian",
    ),
    "BLR": ("Belarus", "Biélorussie", "biélorusse", "Belarus", "Belarusian"),
    "CHN": ("China", "Chine", "chinoise", "Çin", "Chinese"),
    "CIV": ("Côte d’Ivoire", "Côte d’Ivoire", "ivoirienne", "Fildişi Sahili", "Ivorian"),
    "CMR": ("Cameroon", "Cameroun", "camerounaise", "Kamerun", "Cameroonian"),
    "COL": ("Colombia", "Colombie", "colombienne", "Kolombiya", "Colombian"),
    "DEU": ("Germany", "Allemagne", "allemande", "Almanya", "German"),
    "DZA": ("Algeria", "Algérie", "algérienne", "Cezayir", "Algerian"),
    "ECU": ("Ecuador", "Équateur", "équatorienne", "Ekvador", "Ecuadorian"),
    "EGY": ("Egypt", "Égypte", "égyptienne", "Mısır", "Egyptian"),
    "ERI": ("Eritrea", "Érythrée", "érythréenne", "Eritre", "Eritrean"),
    "ESP": ("Spain", "Espagne", "espagnole", "İspanya", "Spanish"),
    "FRA": ("France", "France", "française", "Fransa", "French"),
    "GBR": ("United Kingdom", "Royaume-Uni", "britannique", "Birleşik Krallık", "British"),
    "GIN": ("Guinea", "Guinée", "guinéenne", "Gine", "Guinean"),
    "GMB": ("Gambia", "Gambie", "gambienne", "Gambiya", "Gambian"),
    "GRC": ("Greece", "Grèce", "grecque", "Yunanistan", "Greek"),
    "GTM": ("Guatemala", "Guatemala", "guatémaltèque", "Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduras", "hondurienne", "Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatie", "croate", "Hırvatistan", "Croatian"),
    "HTI": ("Haiti", "Haïti", "haïtienne", "Haiti", "Haitian"),
    "HUN": ("Hungary", "Hongrie", "hongroise", "Macaristan", "Hungarian"),
    "IRN": ("Iran", "Iran", "iranienne", "İran", "Iranian"),
    "IRQ": ("Iraq", "Irak", "irakienne", "Irak", "Iraqi"),
    "ITA": ("Italy", "Italie", "italienne", "İtalya", "Italian"),
    "LBY": ("Libya", "Libye", "libyenne", "Libya", "Libyan"),
    "MAR": ("Morocco", "Maroc", "marocaine", "Fas", "Moroccan"),
    "MEX": ("Mexico", "Mexique", "mexicaine", "Meksika", "Mexican"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "macédonienne", "Kuzey Makedonya", ""),
    "MLI": ("Mali", "Mali", "malienne", "Mali", "Malian"),
    "MRT": ("Mauritania", "Mauritanie", "mauritanienne", "Moritanya", "Mauritanian"),
    "NER": ("Niger", "Niger", "nigérienne", "Nijer", "Nigerien"),
    "NGA": ("Nigeria", "Nigeria", "nigériane", "Nijerya", "Nigerian"),
    "PAK": ("Pakistan", "Pakistan", "pakistanaise", "Pakistan", "Pakistani"),
    "PAN": ("Panama", "Panama", "panaméenne", "Panama", "Panamanian"),
    "POL": ("Poland", "Pologne", "polonaise", "Polonya", "Polish"),
    "ROU": ("Romania", "Roumanie", "roumaine", "Romanya", "Romanian"),
    "RUS": ("Russia", "Russie", "russe", "Rusya", "Russian"),
    "SEN": ("Senegal", "Sénégal", "sénégalaise", "Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbie", "serbe", "Sırbistan", "Serbian"),
    "SYR": ("Syria", "Syrie", "syrienne", "Suriye", "Syrian"),
    "TUN": ("Tunisia", "Tunisie", "tunisienne", "Tunus", "Tunisian"),
    "TUR": ("Türkiye", "Turquie", "turque", "Türkiye", "Turkish"),
    "USA": ("United States", "États-Unis", "américaine", "ABD", "American"),
    "VEN": ("Venezuela", "Venezuela", "vénézuélienne", "Venezuela", "Venezuelan"),
    "VNM": ("Viet Nam", "Viêt Nam", "vietnamienne", "Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yémen", "yéménite", "Yemen", "Yemeni"),
}
#: English aliases a desk writes instead of the short name.
_ALIASES: dict[str, tuple[str, ...]] = {
    "SYR": ("Syrian Arab Republic",),
    "IRN": ("Islamic Republic of Iran",),
    "TUR": ("Turkey",),
    "GBR": ("UK", "Great Britain"),
    "USA": ("USA", "U.S."),
    "CIV": ("Ivory Coast",),
    "VNM": ("Vietnam",),
    "RUS": ("Russian Federation",),
    "GMB": ("The Gambia",),
    "BIH": ("Bosnia",),
}


def _en(iso: str) -> str:
    return _NAMES[iso][0]


def _fr(iso: str) -> str:
    return _NAMES[iso][1]


def _typo(text: str) -> str | None:
    """Swap two letters in the middle of a long name (``Syria`` -> ``Syira``)."""
    if len(text) < 5 or not text.isalpha():
        return None
    mid = len(text) // 2
    out = text[: mid - 1] + text[mid] + text[mid - 1] + text[mid + 1 :]
    return out if out != text else None


def _int(value: object) -> int:
    return int(str(value))


def _codes(value: object) -> list[str]:
    return str(value).split("|") if value else []


# --------------------------------------------------------------------------------------
# Vocabularies in each agency's wording: source -> column -> canonical word -> variants.
# --------------------------------------------------------------------------------------
_VOCAB: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "ncc_eurosur_gr": {
        "crime_type": {
            "smuggling": (
                "Migrant smuggling",
                "Facilitation of irregular migration",
                "Migrant smuggling",
            ),
            "trafficking": ("Trafficking in human beings", "THB"),
            "both": ("THB & migrant smuggling", "Migrant smuggling / THB"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Removal of organs",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other form",),
        },
        "gender": {"male": ("Male",), "female": ("Female",), "mixed": ("Mixed",)},
        "age_group": {
            "adult": ("Adults",),
            "child": ("Minors",),
            "mixed": ("Adults & minors",),
        },
        "transport_mode": {
            "sea": ("Sea – rubber dinghy", "Sea – wooden boat", "Sea – speedboat"),
            "land": ("Land – on foot", "Land – vehicle"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Forged documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "goc_idaresi_tr": {
        "crime_type": {
            "smuggling": ("Migrant smuggling (TCK 79)", "Migrant smuggling", "Göçmen kaçakçılığı"),
            "trafficking": ("Human trafficking (TCK 80)", "İnsan ticareti"),
            "both": ("TCK 79 + TCK 80 (smuggling and trafficking)",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour",),
            "forced_criminality": ("Forced to commit crime",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"male": ("Male",), "female": ("Female",), "mixed": ("Male/Female",)},
        "age_group": {"adult": ("Adult",), "child": ("Child",), "mixed": ("Adult/Child",)},
        "transport_mode": {
            "sea": ("Sea", "Rubber boat", "Boat"),
            "land": ("Land", "On foot", "Land border"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Forgery of official documents",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "ana_mpa_en": {
        "crime_type": {
            "smuggling": ("people smuggling", "migrant smuggling", "smuggling"),
            "trafficking": ("human trafficking", "trafficking"),
            "both": ("trafficking and smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "forced prostitution"),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ trafficking",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("men",),
            "female": ("women",),
            "mixed": ("men and women", "mixed"),
        },
        "age_group": {
            "adult": ("adults",),
            "child": ("children", "unaccompanied minors"),
            "mixed": ("adults and children",),
        },
        "transport_mode": {
            "sea": ("boat", "dinghy", "fishing boat", "small boat"),
            "land": ("truck", "lorry", "car", "on foot"),
            "air": ("flight", "plane"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "forgery"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    "anadolu_fr": {
        "crime_type": {
            "smuggling": (
                "trafic de migrants",
                "trafic illicite de migrants",
                "aide à l'immigration clandestine",
            ),
            "trafficking": ("traite des êtres humains", "traite des personnes"),
            "both": ("traite et trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé",),
            "forced_criminality": ("délinquance forcée",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "male": ("hommes",),
            "female": ("femmes",),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("adultes",),
            "child": ("mineurs", "mineurs non accompagnés"),
            "mixed": ("adultes et mineurs",),
        },
        "transport_mode": {
            "sea": ("embarcation", "bateau pneumatique", "canot"),
            "land": ("voie terrestre", "à pied", "camion"),
            "air": ("avion", "vol commercial"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "a21_thessaloniki": {
        "crime_type": {
            "smuggling": ("Smuggling",),
            "trafficking": ("Human trafficking", "Trafficking"),
            "both": ("Trafficking & smuggling",),
        },
        "exploitation": {
            "sexual": ("Sex trafficking",),
            "forced_labour": ("Labor trafficking",),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"male": ("Male",), "female": ("Female",), "mixed": ("Mixed group",)},
        "age_group": {"adult": ("Adult",), "child": ("Minor",), "mixed": ("Adult & minor",)},
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Bus", "Car"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
}
#: How each source joins the countries of a route and its linked offences.
_TRANSIT_SEP = {
    "ncc_eurosur_gr": ", ",
    "goc_idaresi_tr": " - ",
    "ana_mpa_en": "; ",
    "anadolu_fr": ", ",
    "a21_thessaloniki": " > ",
}
_OFFENCE_SEP = {
    "ncc_eurosur_gr": "; ",
    "goc_idaresi_tr": ", ",
    "ana_mpa_en": " / ",
    "anadolu_fr": ", ",
    "a21_thessaloniki": ", ",
}
#: What the source writes when it does not know the age group or transport (na_word).
_NA_WORD = {
    "ncc_eurosur_gr": "Not determined",
    "goc_idaresi_tr": "Unknown",
    "ana_mpa_en": "not stated",
    "anadolu_fr": "non précisé",
    "a21_thessaloniki": "Unknown",
}
#: What the source writes when the number of persons is not known (count_placeholder).
_COUNT_UNKNOWN = {
    "ncc_eurosur_gr": ("n/k",),
    "goc_idaresi_tr": ("bilinmiyor", "unknown"),
    "ana_mpa_en": ("unknown", "not given"),
    "anadolu_fr": ("inconnu", "non communiqué"),
    "a21_thessaloniki": ("Unknown",),
}
#: What the source writes for no suspect at all (zero_word).
_ZERO_WORDS = {
    "ncc_eurosur_gr": (),
    "goc_idaresi_tr": ("None",),
    "ana_mpa_en": ("none", "no arrests"),
    "anadolu_fr": ("aucun",),
    "a21_thessaloniki": (),
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


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
NCC = ExaminerSource(
    source="ncc_eurosur_gr",
    filename="ncc_eurosur_gr_ei.xlsx",
    ref="GR-NCC-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Event ID",
        "event_date": "Event date/time (UTC)",
        "crime_type": "Event type",
        "exploitation": "THB form",
        "n_persons": "No. of migrants",
        "n_suspects": "Facilitators apprehended",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Main nationality (claimed)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit countries",
        "transport_mode": "Means of transport",
        "coordinates": "Position",
        "linked_offences": "Related crimes",
    },
    note="Provisional data – not yet validated by the reporting authorities",
    total="TOTAL",
    bad_count=("#VALUE!", "see narrative"),
    repeats=True,
)
PMM = ExaminerSource(
    source="goc_idaresi_tr",
    filename="goc_idaresi_tr_ei.csv",
    ref="PMM-{year}/{seq:04d}",
    format="csv",
    encoding="cp1254",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case No",
        "event_date": "Date of apprehension",
        "crime_type": "Offence",
        "exploitation": "Type of exploitation",
        "n_persons": "Irregular migrants",
        "n_suspects": "Organisers",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Country of interception",
        "transit_countries": "Route (transit)",
        "transport_mode": "Method",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Other offences",
    },
    note="Source: PMM Dept. of Combating Irregular Migration - provisional",
    total="TOPLAM",
    bad_count=("#DEĞER!", "bkz. tutanak"),
    repeats=False,
)
ANA = ExaminerSource(
    source="ana_mpa_en",
    filename="ana_mpa_en_ei.csv",
    ref="ANA{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Item ID",
        "event_date": "Date",
        "crime_type": "Category",
        "exploitation": "Exploitation",
        "n_persons": "People",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Ages",
        "nationality": "Nationality",
        "origin_country": "From",
        "destination_country": "Heading to",
        "detection_country": "Country",
        "transit_countries": "Via",
        "transport_mode": "Means",
        "linked_offences": "Also charged with",
    },
    note="Compiled from ANA-MPA wire copy; figures as reported at the time",
    total="Total",
    bad_count=("#VALUE!", "see story"),
    repeats=False,
)
AA = ExaminerSource(
    source="anadolu_fr",
    filename="anadolu_fr_ei.jsonl",
    ref="AA-FR-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "id_depeche",
        "event_date": "date_faits",
        "crime_type": "qualification",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_passeurs_interpelles",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays",
        "transit_countries": "pays_transit",
        "transport_mode": "moyen_transport",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("voir dépêche", "plusieurs embarcations"),
    repeats=True,
)
A21 = ExaminerSource(
    source="a21_thessaloniki",
    filename="a21_thessaloniki_ei.csv",
    ref="A21-GR-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case #",
        "event_date": "Date identified",
        "crime_type": "Case type",
        "exploitation": "Exploitation type",
        "n_persons": "Survivors",
        "n_suspects": "Traffickers",
        "gender": "Survivor gender",
        "age_group": "Age at identification",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Destination country",
        "detection_country": "Country identified",
        "transit_countries": "Transit route",
        "transport_mode": "Travel mode",
        "linked_offences": "Linked crimes",
    },
    note=None,
    total="Grand Total",
    bad_count=("#REF!",),
    repeats=False,
)

#: The variant's sources, in the order :func:`make_blind137` returns them.
SOURCES: tuple[ExaminerSource, ...] = (NCC, PMM, ANA, AA, A21)

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: ExaminerSource, iso: str, rng: _Rng, role: str) -> tuple[str, list[str]]:
    """Write one country as the source does; ``role`` is ``nat``, ``place`` or ``det``."""
    r = float(rng.random())
    name = _en(iso)
    alpha2, numeric = iso_codes(iso)
    s = src.source
    if s == "ncc_eurosur_gr":
        if role == "det":
            return (alpha2, ["iso2"]) if r < 0.5 else ((name, []) if r < 0.8 else (iso, ["iso3"]))
        if role == "nat":
            if r < 0.5:
                return name, []
            if r < 0.6:
                return name.upper(), ["case"]
            if r < 0.75:
                return iso, ["iso3"]
            if r < 0.87:
                return numeric, ["numeric_code"]
            if r < 0.94 and iso in _ALIASES:
                return choice(rng, _ALIASES[iso]), ["alias"]
            typo = _typo(name)
            return (typo, ["typo"]) if typo else (name, [])
        return (name, []) if r < 0.9 else (iso, ["iso3"])
    if s == "goc_idaresi_tr":
        turkish = _NAMES[iso][3]
        if role == "det":
            return (turkish, ["turkish_name"]) if r < 0.6 else (name, [])
        if r < 0.5:
            return turkish, ["turkish_name"]
        if r < 0.9 or role == "place":
            return (name, []) if iso != "TUR" or r < 0.8 else ("Turkey", ["alias"])
        return iso, ["iso3"]
    if s == "ana_mpa_en":
        typo = _typo(name) if role == "nat" else None
        if role == "det":
            text, tags = (name, []) if r < 0.75 else (alpha2, ["iso2"])
        elif role == "nat" and r < 0.35 and _NAMES[iso][4]:
            text, tags = _NAMES[iso][4], ["demonym"]
        elif 0.35 <= r < 0.4 and iso in _ALIASES:
            text, tags = choice(rng, _ALIASES[iso]), ["alias"]
        elif 0.4 <= r < 0.43 and typo:
            text, tags = typo, ["typo"]
        elif 0.43 <= r < 0.47:
            text, tags = f" {name.lower()} ", ["case", "spacing"]
        else:
            text, tags = name, []
        garbled = mojibake(text)
        if garbled is not None and rng.random() < 0.5:
            return garbled, [*tags, "mojibake"]
        return text, tags
    if s == "anadolu_fr":
        if role == "det":
            return (_fr(iso), []) if r < 0.8 else (alpha2, ["iso2"])
        if role == "nat" and r < 0.5:
            return _NAMES[iso][2], ["demonym"]
        if r < 0.87:
            return _fr(iso), []
        return iso, ["iso3"]
    # a21_thessaloniki
    if role in ("nat", "det") and r < (0.5 if role == "nat" else 0.6):
        return alpha2, ["iso2"]
    return name, []


def _word(src: ExaminerSource, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, _VOCAB[src.source][col][value])


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event's date."""
    s = src.source
    r = float(rng.random())
    if s == "ncc_eurosur_gr":
        at = ts.to_pydatetime() + dt.timedelta(
            hours=int(rng.integers(24)), minutes=int(rng.integers(60))
        )
        return at, ts, "day", ["excel_datetime"]
    if s == "goc_idaresi_tr":
        return ts.strftime("%d.%m.%Y"), ts, "day", ["dotted_day_first"]
    if s == "a21_thessaloniki":
        if r < 0.4:
            return str((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", ["month_first"]
    quarter = (ts.month - 1) // 3 + 1
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if s == "ana_mpa_en":
        if partial_ok and r < 0.04:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month", ["month_only"]
        if partial_ok and r < 0.06:
            return f"Q{quarter} {ts.year}", quarter_start, "quarter", ["quarter_only"]
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
    # anadolu_fr
    if partial_ok and r < 0.04:
        return ts.strftime("%Y-%m"), month_start, "month", ["month_only"]
    if partial_ok and r < 0.06:
        return f"T{quarter} {ts.year}", quarter_start, "quarter", ["quarter_only"]
    return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of persons."""
    s = src.source
    r = float(rng.random())
    if r < 0.02 and s != "a21_thessaloniki":
        return choice(rng, _COUNT_UNKNOWN[s]), None, ["count_placeholder"]
    if s == "ncc_eurosur_gr":
        return n, n, []
    if s == "goc_idaresi_tr":
        return (f"{n:,}".replace(",", "."), n, ["thousands_dot"]) if n >= 1000 else (str(n), n, [])
    if s == "ana_mpa_en":
        if n >= 1000:
            return f"{n:,}", n, ["thousands_comma"]
        if n < len(_EN_NUMBERS) and r < 0.25:
            return _EN_NUMBERS[n], n, ["count_word"]
        return str(n), n, []
    if s == "anadolu_fr":
        if n >= 1000 and r < 0.6:
            return f"{n:,}".replace(",", "\u00a0"), n, ["thousands_space"]
        return n, n, []
    return str(n), n, []


def _suspects(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the number of suspects."""
    s = src.source
    r = float(rng.random())
    if s == "ncc_eurosur_gr":
        return ("n/k", None, ["suspects_placeholder"]) if r < 0.01 else (n, n, [])
    if s in ("ana_mpa_en", "anadolu_fr", "a21_thessaloniki") and r < 0.02:
        word = {"ana_mpa_en": "unknown", "anadolu_fr": "non communiqué"}.get(s, "Unknown")
        return word, None, ["suspects_placeholder"]
    if n == 0 and _ZERO_WORDS[s] and r < 0.4:
        return choice(rng, _ZERO_WORDS[s]), 0, ["zero_word"]
    return (n if s == "anadolu_fr" else str(n)), n, []


def _dm(value: float, hemispheres: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``39°12.35'N``) and the value they say."""
    minutes = round(abs(value) * 60, 2)
    deg = int(minutes // 60)
    rest = round(minutes - deg * 60, 2)
    hemi = hemispheres[0] if value >= 0 else hemispheres[1]
    said = (deg + rest / 60) * (1 if value >= 0 else -1)
    return f"{deg:0{width}d}°{rest:05.2f}'{hemi}", round(said, 6)


def render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does.

    Parameters
    ----------
    src : ExaminerSource
        One of :data:`SOURCES`.
    ev : dict
        The true event (its date already moved if it is a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the row may give only the month or quarter.
    forced_blank : str or None
        Field a second report leaves blank (``nationality``, ``n_suspects``,
        ``coordinates``, ``gender`` or ``detection_country``).

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a combined position).
    expected : dict
        The clean values a careful analyst reads from the cells.
    tags : list of str
        Messiness tags of the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 31, "n_suspects": 0, "gender": "mixed",
    ...       "age_group": "adult", "nationality": "SYR", "origin_country": "SYR",
    ...       "destination_country": "DEU", "detection_country": "GRC",
    ...       "transit_countries": "IRN|TUR", "transport_mode": "sea", "lat": 39.2,
    ...       "lon": 26.3, "linked_offences": None}
    >>> cells, exp, tags = render(PMM, ev, np.random.default_rng(1), partial_ok=False,
    ...                           forced_blank=None)
    >>> cells["event_date"], exp["transit_countries"], exp["lat"]
    ('17.05.2023', 'IRN|TUR', 39.2)
    """
    s = src.source
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells: _Cells = {}
    exp: _Cells = {}

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = None
        if s == "ncc_eurosur_gr" and rng.random() < 0.3:
            cells["exploitation"] = "N/A"
        elif s == "anadolu_fr" and rng.random() < 0.3:
            cells["exploitation"] = "sans objet"
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _persons(src, _int(ev["n_persons"]), rng)
    tags += t
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, _int(ev["n_suspects"]), rng)
        tags += t

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = str(ev["gender"])

    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.015:
            cells[col], exp[col] = _NA_WORD[s], "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng)
            exp[col] = str(ev[col])

    for col, role in (
        ("nationality", "nat"),
        ("origin_country", "place"),
        ("destination_country", "place"),
        ("detection_country", "det"),
    ):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col], t = _country(src, str(iso), rng, role)
        exp[col] = str(iso)
        tags += t

    route = _codes(ev["transit_countries"])
    parts = []
    for iso in route:
        text, t = _country(src, iso, rng, "place")
        parts.append(text.strip())
        tags += t
    cells["transit_countries"] = _TRANSIT_SEP[s].join(parts) if parts else None
    exp["transit_countries"] = "|".join(route) if route else None

    offences = _codes(ev["linked_offences"])
    words = [_word(src, "linked_offences", o, rng) for o in offences]
    cells["linked_offences"] = _OFFENCE_SEP[s].join(words) if words else None
    exp["linked_offences"] = "|".join(offences) if offences else None

    exp["lat"], exp["lon"] = None, None
    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    if s not in ("ncc_eurosur_gr", "goc_idaresi_tr"):
        tags.append("coords_missing")  # a wire or a case file gives no position
    elif forced_blank == "coordinates":
        tags.append("blank_coordinates")
    else:
        r = float(rng.random())
        if r < 0.02:
            tags.append("coords_missing")
        elif s == "ncc_eurosur_gr" and r < 0.03:
            cells["coordinates"] = "N/A"
            tags.append("coords_placeholder")
        elif s == "ncc_eurosur_gr":
            lat_text, exp["lat"] = _dm(lat, "NS", 2)
            lon_text, exp["lon"] = _dm(lon, "EW", 3)
            cells["coordinates"] = f"{lat_text} {lon_text}"
            tags.append("degrees_decimal_minutes")
        else:
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")
            exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
            tags.append("decimal_comma")

    for value in cells.values():  # the source's encoding holds every cell
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{s}: {value!r} does not fit {src.encoding}")
    return cells, exp, sorted(set(tags), key=tags.index)


def bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future.

    Parameters
    ----------
    src : ExaminerSource
        The source.
    ts : Timestamp
        The event's date.
    kind : str
        ``no_date``, ``bad_date`` or ``future_date``.
    rng : numpy.random.Generator
        Generator of the draw.

    Returns
    -------
    object
        ``None``, an impossible date written the source's way, or a date a century
        ahead (a mistyped year).

    Examples
    --------
    >>> bad_date(ANA, pd.Timestamp("2023-02-10"), "bad_date", np.random.default_rng(0))
    '30 February 2023'
    """
    if kind == "no_date":
        return None
    s = src.source
    if kind == "bad_date":
        if s == "ncc_eurosur_gr":
            return f"30/02/{ts.year}"
        if s == "goc_idaresi_tr":
            return f"31.02.{ts.year}"
        if s == "ana_mpa_en":
            return f"30 February {ts.year}"
        if s == "anadolu_fr":
            return f"{ts.year}-02-30"
        return f"2/30/{ts.year}"
    ahead = ts.replace(year=ts.year + 100) if not (ts.month == 2 and ts.day == 29) else ts
    if s == "ncc_eurosur_gr":
        return ahead.to_pydatetime()
    if s == "goc_idaresi_tr":
        return ahead.strftime("%d.%m.%Y")
    if s == "ana_mpa_en":
        return f"{ahead.day} {MONTHS[ahead.month - 1]} {ahead.year}"
    if s == "anadolu_fr":
        return ahead.strftime("%Y-%m-%d")
    return f"{ahead.month}/{ahead.day}/{ahead.year}"


def note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date a source writes on its note row (the day of its last report).

    Parameters
    ----------
    src : ExaminerSource
        The source.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        The date, written the source's way.

    Examples
    --------
    >>> note_date(PMM, pd.Timestamp("2023-12-30"))
    '30.12.2023'
    """
    cell, _, _, _ = _date(src, last, np.random.default_rng(0), False)
    return cell


#: The variant: who reports what first, who reports it again, and how they write.
BLIND137: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GRC": NCC.source,
        "ITA": ANA.source,
        "ESP": ANA.source,
        "FRA": ANA.source,
        "GBR": ANA.source,
        "HRV": ANA.source,
        "POL": ANA.source,
    },
    compilation=AA.source,
    secondary={
        ("emed", "GRC"): PMM.source,
        ("thb_nga_ita", "ITA"): A21.source,
        ("thb_vnm_gbr", "GBR"): A21.source,
        ("thb_rou_esp", "ESP"): A21.source,
        ("thb_rou_esp", "ITA"): A21.source,
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=13_700,
    blank_share=0.3,
)


def make_blind137(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind137`` submissions (files ``*_ei.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ncc_eurosur_gr_ei.xlsx``, ``goc_idaresi_tr_ei.csv``, ``ana_mpa_en_ei.csv``,
        ``anadolu_fr_ei.jsonl`` and ``a21_thessaloniki_ei.csv``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind137(make_truth(seed=137, n_events=300), seed=137)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ncc_eurosur_gr_ei.xlsx', 'goc_idaresi_tr_ei.csv', 'ana_mpa_en_ei.csv',
     'anadolu_fr_ei.jsonl', 'a21_thessaloniki_ei.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1254', 'utf-8', 'utf-8', 'utf-8-sig']
    >>> all((s.expected["event_id"].notna()).any() for s in subs)
    True
    """
    return make_examined(BLIND137, truth, seed=seed)
