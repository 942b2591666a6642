"""Examiner sample set ``blind416`` (files ``*_pb.*``): asparagus growers' labour desks.

Five harvest-labour compliance and security desks of the asparagus trade, none of them
used before in trendlib's sample sets, report the events they hear of from the police,
labour inspectors and their members, each in its own working language and tool:

``asparagus_growers_uk_sws_pb.xlsx``
    The UK asparagus growers' Seasonal Worker Scheme lead keeps an English risk log in
    Excel: real date cells (a few typed as text, "17 May 2023", "Q2 2023"), numeric
    counts, "n/k" and "TBC", nationalities as demonyms ("Afghan", "Iraqi"), ISO alpha-2
    codes for the country where a case came to light, routes joined by ``" > "``. It
    reports the UK's cases and, as the sector's European digest, the Italian, Greek,
    Croatian and Polish ones; the log is merged from monthly tabs, so a few rows repeat.
``asperges_landes_conformite_pb.csv``
    The Landes asparagus growers' social-compliance cell: French, cp1252, ``;``, CRLF,
    day-first dates ("17/05/2023", "17/05/23", "mai 2023", "T2 2023"), country names in
    capitals as French administrations write them, feminine nationality adjectives
    ("afghane"), decimal-comma coordinates, and cells pasted from a UTF-8 web export that
    turned into mojibake ("Ã‰rythrÃ©e").
``esparrago_granada_cumplimiento_pb.csv``
    A Granada asparagus cooperatives' labour-compliance department: Spanish, UTF-8 with
    BOM, ``,`` (their ERP's export), "17/05/2023" and Excel's "17-may-2023", "mayo 2023",
    "2T 2023", thousands with a dot ("1.250"), Google Maps coordinate pairs in one cell.
``esparrago_caborca_seguridad_pb.csv``
    The Caborca (Sonora) asparagus producers' security and labour desk: Mexican Spanish,
    Excel's "Unicode text" export (UTF-16 with BOM, tab-delimited), day-first dates and
    bare Excel serials where a column lost its format, "EUA", "H"/"M" for sex (Mexican
    usage: M = mujer), "NNA" for minors, "presuntos responsables", counts in words now and
    then, Google Maps DMS coordinates. It also notes Darién crossings heading north.
``agroexportadoras_pa_cumplimiento_pb.jsonl``
    Panama's agro-exporters' compliance desk, fed by a web form: JSON lines with Spanish
    keys, ISO dates (some with a time, some only "2023-05"), ISO alpha-3 and now and then
    numeric country codes from the form's list, numbers as JSON numbers or strings; the
    flow re-sends a few records.

Every cell is written from the true event by :func:`render`; the expected clean value is
what a careful analyst reads from that cell ("n/k" = no count, a month = the month's
first day with precision ``month``, a blank sex = ``unknown``, ...).
"""

from __future__ import annotations

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

__all__ = ["DESKS", "Desk", "make_blind416", "render"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish) country names, as these desks write them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d’Ivoire", "Costa de Marfil"),
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
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

# iso3: (English, French feminine, Spanish feminine) nationality adjectives, as written in
# a "Nationality" column ("de nationalité afghane", "nacionalidad venezolana").
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

# dialect -> iso3 -> other names the desk uses for the country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
        "VNM": ("Viet Nam",),
        "MKD": ("N. Macedonia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "GIN": ("Guinea Conakry",),
        "GBR": ("Gran Bretaña", "Inglaterra"),
        "ROU": ("Rumania",),
        "USA": ("EE. UU.",),
    },
    "mx": {
        "USA": ("EUA", "EE. UU.", "Estados Unidos de América", "E.U.A."),
        "GTM": ("Rep. de Guatemala",),
    },
    "pa": {"USA": ("EE.UU.",), "VEN": ("Rep. Bolivariana de Venezuela",)},
}

# dialect -> iso3 -> slips of the keyboard a reader still recognises.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanistn",
        "ERI": "Eritera",
        "VNM": "Veitnam",
        "ALB": "Albaina",
        "TUN": "Tunsia",
        "EGY": "Eygpt",
        "PAK": "Pakistain",
        "BGD": "Bangaldesh",
        "SYR": "Sryia",
        "GRC": "Greeece",
        "ITA": "Itlay",
        "POL": "Polland",
        "TUR": "Turky",
    },
    "fr": {"AFG": "Afganistan", "ALB": "Albannie", "SYR": "Sirie", "ERI": "Erythree"},
    "es": {
        "MAR": "Marruecoss",
        "SEN": "Senagal",
        "DZA": "Arjelia",
        "MRT": "Mauritana",
        "CIV": "Costa Marfil",
        "ROU": "Rumanía ",
    },
    "mx": {"VEN": "Venezuea", "GTM": "Guatamala", "HND": "Hondura", "ECU": "Equador"},
    "pa": {"VEN": "Venezula", "COL": "Colomiba", "ECU": "Ecudor", "HTI": "Haiti"},
}

_LANG = {"en": 0, "fr": 1, "es": 2, "mx": 2, "pa": 2}
_MONTHS_FR = (
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
_MONTHS_ES = (
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
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_NUM_ES = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
)

# source -> column -> canonical word -> the desk's words (first = the usual one).
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "asparagus_growers_uk_sws": {
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
            "smuggling": ("People smuggling", "Facilitation (illegal entry)", "Smuggling"),
            "both": ("Smuggling + modern slavery", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour", "Labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Minor", "Under 18", "U18"),
            "adult": ("Adult", "Adults", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Dinghy"),
            "land": ("Lorry", "HGV", "Coach", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "forged ID"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "cannabis cultivation"),
            "cybercrime": ("cyber-enabled",),
            "terrorism": ("terrorism",),
        },
    },
    "asperges_landes_conformite": {
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants", "passeurs"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineurs", "MNA"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "camion", "routier"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux papiers", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "esparrago_granada_cumplimiento": {
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata", "TSH"),
            "smuggling": ("favorecimiento de la inmigración ilegal", "tráfico de migrantes"),
            "both": ("trata y tráfico de migrantes", "trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujeres", "mujer"),
            "male": ("hombres", "varones"),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("menores", "menor de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación", "marítimo"),
            "land": ("terrestre", "furgoneta", "autobús"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    "esparrago_caborca_seguridad": {
        "crime_type": {
            "trafficking": ("trata de personas", "trata"),
            "smuggling": ("tráfico de indocumentados", "tráfico ilícito de migrantes"),
            "both": ("trata y tráfico de indocumentados",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("obligado a delinquir",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("mujeres", "M"),
            "male": ("hombres", "H"),
            "mixed": ("mixto", "H y M"),
        },
        "age_group": {
            "child": ("NNA", "menores"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("terrestre", "a pie", "caja seca", "vehículo particular"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delito cibernético",),
            "terrorism": ("terrorismo",),
        },
    },
    "agroexportadoras_pa_cumplimiento": {
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("femenino",),
            "male": ("masculino",),
            "mixed": ("mixto",),
        },
        "age_group": {
            "child": ("NNA", "menores de edad"),
            "adult": ("adultos",),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
}

# source -> what the desk writes in the exploitation cell of a pure smuggling case
# (None = leaves it blank); read as "not applicable", i.e. no exploitation.
_EXPL_NA: dict[str, tuple[str | None, ...]] = {
    "asparagus_growers_uk_sws": (None, None, "N/A"),
    "asperges_landes_conformite": (None,),
    "esparrago_granada_cumplimiento": (None, "no aplica"),
    "esparrago_caborca_seguridad": (None, "N/A"),
    "agroexportadoras_pa_cumplimiento": (None,),
}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One asparagus-trade desk: the shared source fields plus its writing habits.

    Attributes
    ----------
    dialect : str
        Country-name table: ``"en"``, ``"fr"``, ``"es"`` (Spain), ``"mx"``, ``"pa"``.
    day_styles : tuple of (str, float)
        Date styles and their weights; ``month_*`` and ``quarter_*`` styles give a month or
        a quarter only and are used for first reports of single events only.
    nat_styles : tuple of (str, float)
        Styles of the nationality cell (``name``, ``demonym``, ``iso3``, ...).
    country_styles : tuple of (str, float)
        Styles of the other country cells.
    coords : str
        ``"cells"`` (numeric lat/long cells), ``"comma"`` (decimal-comma text cells),
        ``"pair"`` (one "lat, lon" cell), ``"dms"`` (Google Maps degrees-minutes-seconds
        or decimal pair in one cell) or ``"json"`` (JSON numbers or strings).
    transit_sep, offence_sep : str
        Separators of the transit countries and of the linked offences.
    count_placeholders : tuple of str
        Count cells meaning "not known" (the record is kept, with no count).
    zero_words : tuple of str
        Words written for no suspect.
    na_words : tuple of str
        Words for an age group or transport mode that was not recorded.
    no_date_words : tuple of str or None
        What the desk writes when it has no date.
    """

    dialect: str
    day_styles: tuple[tuple[str, float], ...]
    nat_styles: tuple[tuple[str, float], ...]
    country_styles: tuple[tuple[str, float], ...]
    coords: str
    transit_sep: str
    offence_sep: str
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    na_words: tuple[str, ...]
    no_date_words: tuple[str | None, ...]


_ORDER = (
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


def _headers(words: tuple[str, ...], coords: tuple[str, ...], offences: str) -> dict[str, str]:
    keys = list(_ORDER) + (["lat", "lon"] if len(coords) == 2 else ["coordinates"])
    keys.append("linked_offences")
    return dict(zip(keys, [*words, *coords, offences], strict=True))


UK = Desk(
    source="asparagus_growers_uk_sws",
    filename="asparagus_growers_uk_sws_pb.xlsx",
    ref="SWS-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        (
            "Log ref",
            "Date of incident",
            "Offence type",
            "Exploitation type",
            "No. of potential victims",
            "No. of suspects / gangmasters",
            "Sex",
            "Age group",
            "Nationality",
            "Country of origin",
            "Intended destination",
            "Country where identified",
            "Route (transit)",
            "Mode of travel",
        ),
        ("Lat", "Long"),
        "Linked offences",
    ),
    note="Compiled from member and open-source alerts; figures not verified",
    total="TOTAL",
    bad_count=("#VALUE!", "several", "see notes"),
    repeats=True,
    dialect="en",
    day_styles=(
        ("excel", 0.76),
        ("long_en", 0.1),
        ("dmy", 0.06),
        ("month_en", 0.04),
        ("quarter_en", 0.04),
    ),
    nat_styles=(("demonym", 0.55), ("name", 0.3), ("alias", 0.05), ("typo", 0.05), ("upper", 0.05)),
    country_styles=(("name", 0.72), ("iso2", 0.1), ("alias", 0.1), ("typo", 0.04), ("lower", 0.04)),
    coords="cells",
    transit_sep=" > ",
    offence_sep="; ",
    count_placeholders=("n/k", "TBC", "unknown"),
    zero_words=("none", "nil"),
    na_words=("not recorded", "n/k"),
    no_date_words=(None, "TBC"),
)

FR = Desk(
    source="asperges_landes_conformite",
    filename="asperges_landes_conformite_pb.csv",
    ref="CS{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        (
            "N° fiche",
            "Date des faits",
            "Qualification",
            "Forme d'exploitation",
            "Nb personnes concernées",
            "Nb mis en cause",
            "Sexe",
            "Tranche d'âge",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays de constatation",
            "Pays de transit",
            "Mode de transport",
        ),
        ("Latitude", "Longitude"),
        "Infractions connexes",
    ),
    note="Données provisoires – extraction cellule conformité sociale, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "plusieurs", "cf. PV"),
    repeats=False,
    dialect="fr",
    day_styles=(
        ("dmy", 0.8),
        ("dmy2", 0.08),
        ("month_fr", 0.06),
        ("quarter_fr", 0.06),
    ),
    nat_styles=(
        ("upper", 0.35),
        ("demonym", 0.3),
        ("name", 0.2),
        ("mojibake", 0.1),
        ("typo", 0.05),
    ),
    country_styles=(
        ("upper", 0.4),
        ("name", 0.35),
        ("alias", 0.1),
        ("mojibake", 0.1),
        ("padded", 0.05),
    ),
    coords="comma",
    transit_sep=" / ",
    offence_sep=" + ",
    count_placeholders=("N/C", "inconnu", "?"),
    zero_words=("aucun", "néant"),
    na_words=("N/C", "non renseigné"),
    no_date_words=(None, "N/C"),
)

ES = Desk(
    source="esparrago_granada_cumplimiento",
    filename="esparrago_granada_cumplimiento_pb.csv",
    ref="EXP/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers=_headers(
        (
            "Nº expediente",
            "Fecha del hecho",
            "Tipo de delito",
            "Tipo de explotación",
            "Nº personas afectadas",
            "Nº investigados",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País de detección",
            "Países de tránsito",
            "Medio de transporte",
        ),
        ("Coordenadas",),
        "Delitos conexos",
    ),
    note="Nota: datos provisionales, pendientes de validación por la Inspección de Trabajo",
    total="TOTAL",
    bad_count=("#¡VALOR!", "varios", "ver anexo"),
    repeats=False,
    dialect="es",
    day_styles=(
        ("dmy", 0.72),
        ("dmmmy_es", 0.14),
        ("month_es", 0.07),
        ("quarter_es", 0.07),
    ),
    nat_styles=(
        ("name", 0.55),
        ("demonym", 0.25),
        ("upper", 0.1),
        ("alias", 0.05),
        ("typo", 0.05),
    ),
    country_styles=(
        ("name", 0.75),
        ("upper", 0.1),
        ("alias", 0.07),
        ("typo", 0.05),
        ("lower", 0.03),
    ),
    coords="pair",
    transit_sep=" - ",
    offence_sep=" / ",
    count_placeholders=("s/d", "desconocido"),
    zero_words=("ninguno",),
    na_words=("s/d", "sin datos"),
    no_date_words=(None, "s/f"),
)

MX = Desk(
    source="esparrago_caborca_seguridad",
    filename="esparrago_caborca_seguridad_pb.csv",
    ref="CAB-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_headers(
        (
            "Folio",
            "Fecha del evento",
            "Delito",
            "Tipo de explotación",
            "Personas",
            "Presuntos responsables",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País de origen",
            "País destino",
            "País donde se detectó",
            "Países de tránsito",
            "Medio de transporte",
        ),
        ("Coordenadas (Google Maps)",),
        "Delitos relacionados",
    ),
    note="Información preliminar, sujeta a validación",
    total="Total general",
    bad_count=("varios", "#¡VALOR!", "grupo"),
    repeats=False,
    dialect="mx",
    day_styles=(("dmy", 0.8), ("serial", 0.14), ("month_num", 0.06)),
    nat_styles=(("name", 0.55), ("demonym", 0.25), ("upper", 0.1), ("typo", 0.05), ("lower", 0.05)),
    country_styles=(("name", 0.7), ("alias", 0.15), ("upper", 0.1), ("typo", 0.05)),
    coords="dms",
    transit_sep=", ",
    offence_sep=", ",
    count_placeholders=("s/d", "N/D", "sin dato"),
    zero_words=("ninguno",),
    na_words=("N/D", "sin dato"),
    no_date_words=(None, "s/f"),
)

PA = Desk(
    source="agroexportadoras_pa_cumplimiento",
    filename="agroexportadoras_pa_cumplimiento_pb.jsonl",
    ref="AGX-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        (
            "id_reporte",
            "fecha_evento",
            "tipo_delito",
            "forma_explotacion",
            "cantidad_personas",
            "cantidad_sospechosos",
            "sexo",
            "grupo_edad",
            "nacionalidad",
            "pais_origen",
            "pais_destino",
            "pais_deteccion",
            "paises_transito",
            "medio_transporte",
        ),
        ("latitud", "longitud"),
        "delitos_conexos",
    ),
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=True,
    dialect="pa",
    day_styles=(("iso", 0.72), ("iso_dt", 0.16), ("month_iso", 0.06), ("ymd_slash", 0.06)),
    nat_styles=(("iso3", 0.6), ("name", 0.25), ("numeric", 0.08), ("typo", 0.07)),
    country_styles=(("iso3", 0.55), ("name", 0.35), ("alias", 0.05), ("typo", 0.05)),
    coords="json",
    transit_sep=", ",
    offence_sep=", ",
    count_placeholders=("N/D", "pendiente"),
    zero_words=("ninguno",),
    na_words=("N/D",),
    no_date_words=(None,),
)

#: The five desks, in the order :func:`make_blind416` returns their submissions.
DESKS: tuple[Desk, ...] = (UK, FR, ES, MX, PA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, styles: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in styles], dtype=float)
    return styles[int(rng.choice(len(styles), p=w / w.sum()))][0]


def _country(
    src: Desk,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    nationality: bool = False,
    transit: bool = False,
) -> str:
    """Write one country as the desk does (falls back to its name).

    A two-letter code is a pick-list habit of single-country cells: inside a route the
    desks spell the countries out.
    """
    lang = _LANG[src.dialect]
    name = _NAMES[code][lang]
    style = _weighted(rng, src.nat_styles if nationality else src.country_styles)
    if transit and style == "iso2":
        style = "name"
    out: str | None = None
    if style == "demonym" and code in _DEMONYMS:
        out = _DEMONYMS[code][lang]
    elif style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "padded":
        out = f"  {name} "
    elif style == "iso2":
        out = iso_codes(code)[0]
    elif style == "iso3":
        out = code
    elif style == "numeric":
        out = iso_codes(code)[1]
    elif style == "alias" and code in _ALIASES[src.dialect]:
        out = choice(rng, _ALIASES[src.dialect][code])
    elif style == "typo" and code in _TYPOS[src.dialect]:
        out = _TYPOS[src.dialect][code]
    elif style == "mojibake":
        out = mojibake(name)
    if out is None or not fits(out, src):
        return name
    tags.append(f"country_{style}")
    return out


def _word(src: Desk, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    options = _WORDS[src.source][column][value]
    word = choice(rng, options) if rng.random() < 0.35 else options[0]
    if src.source == FR.source and rng.random() < 0.06:
        garbled = mojibake(word)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    if rng.random() < 0.04:
        cased = word.upper() if rng.random() < 0.5 else word.lower()
        if cased != word:
            tags.append("case")
        return cased
    return word


def _day(src: Desk, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a day-precision date cell in ``style``."""
    if style == "excel":
        return ts.to_pydatetime()
    if style == "long_en":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmmmy_es":
        return f"{ts.day:02d}-{_MON_ES[ts.month - 1]}-{ts.year}"
    if style == "serial":
        return str((ts.normalize() - _EPOCH).days)
    if style == "iso_dt":
        hour, minute = int(rng.integers(6, 22)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00"
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    return ts.strftime("%Y-%m-%d")


def _partial(ts: pd.Timestamp, style: str) -> tuple[str, pd.Timestamp, str]:
    """Write a month or quarter cell: (text, first day of the period, precision)."""
    q = (ts.month - 1) // 3 + 1
    if style.startswith("quarter"):
        start = pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)
        text = {
            "quarter_en": f"Q{q} {ts.year}",
            "quarter_fr": f"T{q} {ts.year}",
            "quarter_es": f"{q}T {ts.year}",
        }[style]
        return text, start, "quarter"
    start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
    text = {
        "month_en": f"{MONTHS[ts.month - 1]} {ts.year}",
        "month_fr": f"{_MONTHS_FR[ts.month - 1]} {ts.year}",
        "month_es": f"{_MONTHS_ES[ts.month - 1]} {ts.year}",
        "month_num": f"{ts.month:02d}/{ts.year}",
        "month_iso": f"{ts.year}-{ts.month:02d}",
    }[style]
    return text, start, "month"


def _count(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write a count of persons; return the cell and the count read from it."""
    if rng.random() < 0.025:
        tags.append("count_placeholder")
        return choice(rng, src.count_placeholders), None
    if n >= 1000:
        sep = {"fr": "\u00a0", "es": ".", "mx": ",", "pa": ","}.get(src.dialect)
        if sep is not None and (src.format == "csv" or rng.random() < 0.3):
            tags.append("thousands")
            return f"{n:,}".replace(",", sep), n
    if src.dialect == "mx" and n <= 10 and rng.random() < 0.08:
        tags.append("count_word")
        return _NUM_ES[n], n
    if src.format == "xlsx" or (src.format == "jsonl" and rng.random() < 0.85):
        return n, n
    return str(n), n


def _suspects(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_placeholders), None
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    if src.format in ("xlsx", "jsonl"):
        return n, n
    return str(n), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Google Maps' degrees-minutes-seconds text of a coordinate, and its value."""
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    back = round((deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1), 6)
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{pos if value >= 0 else neg}", back


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the point; return its cells and the point read from them."""
    u = rng.random()
    if u < 0.05:
        tags.append("coords_missing")
        return {}, None, None
    if src.coords == "cells":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo
    if src.coords == "comma":
        la, lo = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if src.coords == "pair":
        if u < 0.065:
            tags.append("coords_placeholder")
            return {"coordinates": "s/d"}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.coords == "dms":
        if rng.random() < 0.6:
            tlat, la = _dms(lat, "N", "S")
            tlon, lo = _dms(lon, "E", "W")
            tags.append("coords_dms")
            return {"coordinates": f"{tlat} {tlon}"}, la, lo
        la, lo = round(lat, 6), round(lon, 6)
        return {"coordinates": f"{la:.6f}, {lo:.6f}"}, la, lo
    # json
    if u < 0.07:
        tags.append("coords_placeholder")
        return {"lat": "N/D", "lon": "N/D"}, None, None
    la, lo = round(lat, 6), round(lon, 6)
    if rng.random() < 0.1:
        return {"lat": f"{la:.6f}", "lon": f"{lo:.6f}"}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as a desk does.

    Parameters
    ----------
    src : Desk
        The desk.
    ev : dict
        The true event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field a second report leaves blank (``nationality``, ``n_suspects``,
        ``coordinates``, ``gender`` or ``detection_country``).

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-cell point).
    expected : dict
        What a careful analyst reads from the cells, by record field.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 12, "n_suspects": 0, "gender": "male",
    ...       "age_group": "adult", "nationality": "VEN", "origin_country": "VEN",
    ...       "destination_country": "USA", "detection_country": "PAN",
    ...       "transit_countries": "COL", "transport_mode": "land", "lat": 8.5,
    ...       "lon": -77.5, "linked_offences": None}
    >>> cells, exp, tags = render(PA, ev, np.random.default_rng(1), partial_ok=False,
    ...                           forced_blank="gender")
    >>> exp["gender"], exp["n_persons"], exp["date_precision"], cells["gender"] is None
    ('unknown', 12, 'day', True)
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    styles = src.day_styles
    if not partial_ok:
        styles = tuple(s for s in styles if not s[0].startswith(("month", "quarter")))
    style = _weighted(rng, styles)
    if style.startswith(("month", "quarter")):
        text, start, precision = _partial(ts, style)
        cells["event_date"], exp["event_date"], exp["date_precision"] = text, start, precision
        tags.append(f"date_{precision}")
    else:
        cells["event_date"] = _day(src, ts, style, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if style not in ("excel", "dmy", "iso"):
            tags.append(f"date_{style}")

    # crime and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na_cells = _EXPL_NA[src.source]
        cells["exploitation"] = na_cells[int(rng.integers(len(na_cells)))]
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    # counts
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(src, n_persons, rng, tags)
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_sus, rng, tags)

    # sex and age
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.na_words)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng, tags), age

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col or code is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col] = _country(src, str(code), rng, tags, nationality=col == "nationality")
        exp[col] = str(code)
    transit = ev["transit_countries"]
    if transit is None:
        direct = src.source == UK.source and rng.random() < 0.3
        cells["transit_countries"] = "Direct" if direct else None
        exp["transit_countries"] = None
    else:
        parts = [_country(src, c, rng, tags, transit=True) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng, tags)
        exp["transport_mode"] = mode

    # place
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        point, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
        cells.update(point)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = (
            "None" if src.source == UK.source and rng.random() < 0.2 else None
        )
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and notes
# --------------------------------------------------------------------------------------
def _main_day(src: Desk, ts: pd.Timestamp) -> object:
    """Write the date in the desk's usual day style."""
    return _day(src, ts, src.day_styles[0][0], np.random.default_rng(0))


def bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row that must be quarantined.

    Parameters
    ----------
    src : Desk
        The desk.
    ts : Timestamp
        The true date.
    kind : str
        ``"no_date"`` (blank or the desk's "no date" word), ``"bad_date"`` (a day that
        does not exist, such as 31 June or 30 February) or ``"future_date"`` (the decade
        mistyped, ten years on).
    rng : numpy.random.Generator
        Generator of the choice.

    Returns
    -------
    object
        The date cell.

    Examples
    --------
    >>> bad_date(FR, pd.Timestamp("2022-06-03"), "bad_date", np.random.default_rng(0))
    '31/06/2022'
    >>> bad_date(PA, pd.Timestamp("2022-06-03"), "future_date", np.random.default_rng(0))
    '2032-06-03'
    """
    if kind == "no_date":
        words = src.no_date_words
        return words[int(rng.integers(len(words)))]
    if kind == "future_date":
        return _main_day(src, ts.replace(year=ts.year + 10))
    # the 31st of a 30-day month (the event's own month when it is one), or the 30th of
    # February
    month = ts.month if ts.month in (2, 4, 6, 9, 11) else (2, 4, 6, 9, 11)[int(rng.integers(5))]
    day = 30 if month == 2 else 31
    if src.dialect == "pa":
        return f"{ts.year}-{month:02d}-{day}"
    return f"{day}/{month:02d}/{ts.year}"


def note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of the extraction.

    Parameters
    ----------
    src : Desk
        The desk.
    last : Timestamp
        Date of its last row.

    Returns
    -------
    object
        A date cell in the desk's usual style, a few days after ``last``.

    Examples
    --------
    >>> note_date(ES, pd.Timestamp("2023-12-29"))
    '03/01/2024'
    """
    return _main_day(src, last.normalize() + pd.Timedelta(days=5))


_EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary={
        "GBR": UK.source,
        "FRA": FR.source,
        "ESP": ES.source,
        "USA": MX.source,
        "PAN": PA.source,
    },
    # the UK lead's log is also the sector's European digest (Italy, Greece, Croatia, Poland)
    compilation=UK.source,
    secondary={
        ("channel", "FRA"): UK.source,
        ("channel", "GBR"): FR.source,
        ("thb_vnm_gbr", "GBR"): FR.source,
        ("thb_rou_esp", "ITA"): ES.source,
        ("thb_rou_esp", "ESP"): UK.source,
        ("darien", "PAN"): MX.source,
    },
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=416_0416,
    blank_share=0.3,
)


def make_blind416(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five asparagus-trade desks of set ``blind416``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``asparagus_growers_uk_sws_pb.xlsx`` (English), ``asperges_landes_conformite_pb.csv``
        (French, cp1252, ``;``), ``esparrago_granada_cumplimiento_pb.csv`` (Spanish, UTF-8
        with BOM, ``,``), ``esparrago_caborca_seguridad_pb.csv`` (Mexican Spanish, UTF-16,
        tab) and ``agroexportadoras_pa_cumplimiento_pb.jsonl`` (Spanish keys, UTF-8), each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind416(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['asparagus_growers_uk_sws_pb.xlsx', 'asperges_landes_conformite_pb.csv',
     'esparrago_granada_cumplimiento_pb.csv', 'esparrago_caborca_seguridad_pb.csv',
     'agroexportadoras_pa_cumplimiento_pb.jsonl']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
