"""Examiner sample set ``blind27``: five more agencies' files (``*_ac.*``).

A reader's guide to the sources:

``policia_canaria_ac.csv`` (Policía Canaria, Spanish, cp1252, ``;``)
    The Canary Islands' regional police, reporting Spanish detections and, through the
    Spanish liaison exchange, the Darién (Panama). ``Nº Atestado`` references, dates
    ``dd/mm/aaaa`` or ``d-m-aa``, months ``marzo 2022`` / ``03/2022``, quarters
    ``1T 2022`` / ``1er trimestre 2022``; crimes by Penal Code article (``art. 177 bis
    CP`` trafficking, ``art. 318 bis CP`` smuggling); Spanish demonyms (``marroquí``,
    ``guineano``) and country names; ``patera``, ``cayuco``, ``neumática``; thousands
    with a dot (``1.234``); latitude and longitude in two columns with a decimal comma;
    ``s/d``, ``desconocido`` placeholders, ``ninguno`` suspects; a note row and a
    ``TOTAL`` row; re-sent rows.
``zp_bruxelles_midi_ac.csv`` (Zone de police Bruxelles-Midi, French, UTF-8 BOM, tab)
    A Belgian local police zone's ISLP export for French (Channel) detections. Belgian
    PV numbers (``BR.21.L3.012345/22``), dates ``jj/mm/aaaa`` or ``jj.mm.aaaa``, months
    ``mars 2022``, quarters ``T1 2022`` / ``1er trim. 2022``; ``TEH (art. 433quinquies
    C. pén.)`` and ``trafic d'êtres humains (art. 77bis loi du 15/12/1980)``; French
    country names and feminine adjectives (``marocaine``); ``MENA`` minors; numbers with
    a space for thousands; coordinates in one cell, decimal or DMS; a few UTF-8 names
    read as cp1252 (mojibake); ``aucun`` suspects, ``inconnu`` counts.
``malta_police_ac.jsonl`` (Malta Police Force, Immigration / Anti-Trafficking, English)
    Central Mediterranean and Aegean events (Italy, Greece) through liaison. Numbers as
    JSON numbers (some as text), dates ``dd/mm/yyyy`` or ``12 Mar 2022``, months
    ``Mar-2022``, quarters ``Q1/2022``; ``Art. 248A Criminal Code`` trafficking and
    ``Art. 337A CC`` smuggling; nationalities as English country names or ISO alpha-3;
    positions in degrees and decimal minutes (``35 53.123N 014 30.456E``); ``nil``
    suspects; no linked-offence field at all.
``garda_gnpsb_ac.csv`` (Garda National Protective Services Bureau, English, UTF-8, ``,``)
    The UK, plus a Europol compilation of every other country. PULSE incident numbers,
    dates ``dd/mm/yyyy`` or ISO, months ``March 2022``, quarters ``Q1 2022``; ``CLHT Act
    2008`` trafficking and ``Illegal Immigrants (Trafficking) Act 2000`` smuggling (named
    as smuggling); English demonyms (``Nigerian``); ``RHIB``, ``lorry``; thousands with a
    comma; decimal latitude / longitude columns; ``unk`` and ``N/K`` placeholders.
``texas_oag_httoc_ac.xlsx`` (Texas Attorney General, Human Trafficking and
Transnational/Organized Crime division, English)
    US detections. Real Excel dates for exact days, text for partial ones (``March
    2022``, ``Q1 2022``); Texas Penal Code sections (``§20A.02`` trafficking, ``§20.05``
    smuggling of persons); ``Mexican national`` citizenship; ``GPS (lat, long)`` in one
    cell; no transit field.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND27_SOURCES", "make_blind27"]

_Rng = np.random.Generator

# code: (English name, English demonym, French name, French adjective (f.), Spanish name,
# Spanish demonym)
_COUNTRIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "VEN": ("Venezuela", "Venezuelan", "Venezuela", "vénézuélienne", "Venezuela", "venezolano"),
    "SYR": ("Syria", "Syrian", "Syrie", "syrienne", "Siria", "sirio"),
    "AFG": ("Afghanistan", "Afghan", "Afghanistan", "afghane", "Afganistán", "afgano"),
    "MEX": ("Mexico", "Mexican", "Mexique", "mexicaine", "México", "mexicano"),
    "ECU": ("Ecuador", "Ecuadorian", "Équateur", "équatorienne", "Ecuador", "ecuatoriano"),
    "MAR": ("Morocco", "Moroccan", "Maroc", "marocaine", "Marruecos", "marroquí"),
    "IRQ": ("Iraq", "Iraqi", "Irak", "irakienne", "Irak", "iraquí"),
    "GIN": ("Guinea", "Guinean", "Guinée", "guinéenne", "Guinea Conakry", "guineano"),
    "TUN": ("Tunisia", "Tunisian", "Tunisie", "tunisienne", "Túnez", "tunecino"),
    "MLI": ("Mali", "Malian", "Mali", "malienne", "Malí", "maliense"),
    "PAK": ("Pakistan", "Pakistani", "Pakistan", "pakistanaise", "Pakistán", "pakistaní"),
    "SEN": ("Senegal", "Senegalese", "Sénégal", "sénégalaise", "Senegal", "senegalés"),
    "DZA": ("Algeria", "Algerian", "Algérie", "algérienne", "Argelia", "argelino"),
    "NGA": ("Nigeria", "Nigerian", "Nigeria", "nigériane", "Nigeria", "nigeriano"),
    "VNM": ("Vietnam", "Vietnamese", "Viêt Nam", "vietnamienne", "Vietnam", "vietnamita"),
    "ROU": ("Romania", "Romanian", "Roumanie", "roumaine", "Rumanía", "rumano"),
    "EGY": ("Egypt", "Egyptian", "Égypte", "égyptienne", "Egipto", "egipcio"),
    "BGD": ("Bangladesh", "Bangladeshi", "Bangladesh", "bangladaise", "Bangladés", "bangladesí"),
    "COL": ("Colombia", "Colombian", "Colombie", "colombienne", "Colombia", "colombiano"),
    "CIV": (
        "Côte d'Ivoire",
        "Ivorian",
        "Côte d'Ivoire",
        "ivoirienne",
        "Costa de Marfil",
        "marfileño",
    ),
    "ERI": ("Eritrea", "Eritrean", "Érythrée", "érythréenne", "Eritrea", "eritreo"),
    "HND": ("Honduras", "Honduran", "Honduras", "hondurienne", "Honduras", "hondureño"),
    "HTI": ("Haiti", "Haitian", "Haïti", "haïtienne", "Haití", "haitiano"),
    "GTM": ("Guatemala", "Guatemalan", "Guatemala", "guatémaltèque", "Guatemala", "guatemalteco"),
    "IRN": ("Iran", "Iranian", "Iran", "iranienne", "Irán", "iraní"),
    "CHN": ("China", "Chinese", "Chine", "chinoise", "China", "chino"),
    "GMB": ("The Gambia", "Gambian", "Gambie", "gambienne", "Gambia", "gambiano"),
    "ALB": ("Albania", "Albanian", "Albanie", "albanaise", "Albania", "albanés"),
    "YEM": ("Yemen", "Yemeni", "Yémen", "yéménite", "Yemen", "yemení"),
    "TUR": ("Turkey", "Turkish", "Turquie", "turque", "Turquía", "turco"),
    "CMR": ("Cameroon", "Cameroonian", "Cameroun", "camerounaise", "Camerún", "camerunés"),
    "USA": (
        "United States",
        "American",
        "États-Unis",
        "américaine",
        "Estados Unidos",
        "estadounidense",
    ),
    "DEU": ("Germany", "German", "Allemagne", "allemande", "Alemania", "alemán"),
    "ESP": ("Spain", "Spanish", "Espagne", "espagnole", "España", "español"),
    "ITA": ("Italy", "Italian", "Italie", "italienne", "Italia", "italiano"),
    "GBR": ("United Kingdom", "British", "Royaume-Uni", "britannique", "Reino Unido", "británico"),
    "FRA": ("France", "French", "France", "française", "Francia", "francés"),
    "GRC": ("Greece", "Greek", "Grèce", "grecque", "Grecia", "griego"),
    "AUT": ("Austria", "Austrian", "Autriche", "autrichienne", "Austria", "austriaco"),
    "POL": ("Poland", "Polish", "Pologne", "polonaise", "Polonia", "polaco"),
    "PAN": ("Panama", "Panamanian", "Panama", "panaméenne", "Panamá", "panameño"),
    "HRV": ("Croatia", "Croatian", "Croatie", "croate", "Croacia", "croata"),
    "LBY": ("Libya", "Libyan", "Libye", "libyenne", "Libia", "libio"),
    "MRT": ("Mauritania", "Mauritanian", "Mauritanie", "mauritanienne", "Mauritania", "mauritano"),
    "BGR": ("Bulgaria", "Bulgarian", "Bulgarie", "bulgare", "Bulgaria", "búlgaro"),
    "SRB": ("Serbia", "Serbian", "Serbie", "serbe", "Serbia", "serbio"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnian",
        "Bosnie-Herzégovine",
        "bosnienne",
        "Bosnia y Herzegovina",
        "bosnio",
    ),
    "BLR": ("Belarus", "Belarusian", "Biélorussie", "biélorusse", "Bielorrusia", "bielorruso"),
    "NER": ("Niger", "Nigerien", "Niger", "nigérienne", "Níger", "nigerino"),
    "RUS": ("Russia", "Russian", "Russie", "russe", "Rusia", "ruso"),
    "MKD": (
        "North Macedonia",
        "Macedonian",
        "Macédoine du Nord",
        "macédonienne",
        "Macedonia del Norte",
        "macedonio",
    ),
    "HUN": ("Hungary", "Hungarian", "Hongrie", "hongroise", "Hungría", "húngaro"),
}
_LANG_COL = {"en": 0, "fr": 2, "es": 4}

# Per-language wording: crime types, exploitation forms, gender, age, transport, ...
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH - art. 177 bis",
            "Trata de seres humanos",
        ),
        "smuggling": (
            "Favorecimiento inmigración ilegal (art. 318 bis CP)",
            "Inmigración clandestina - 318 bis",
            "Tráfico ilícito de migrantes",
        ),
        "both": (
            "Trata (177 bis) y tráfico de migrantes (318 bis)",
            "Trata + inmigración ilegal (arts. 177 bis y 318 bis CP)",
        ),
    },
    "fr": {
        "trafficking": (
            "TEH (art. 433quinquies C. pén.)",
            "Traite des êtres humains",
            "Traite des êtres humains - 433quinquies",
        ),
        "smuggling": (
            "Trafic d'êtres humains (art. 77bis loi du 15/12/1980)",
            "Trafic de migrants (77bis)",
            "Trafic d'êtres humains",
        ),
        "both": ("TEH + trafic (433quinquies / 77bis)", "Traite et trafic d'êtres humains"),
    },
    "mt": {
        "trafficking": (
            "Trafficking in persons (Art. 248A Criminal Code)",
            "THB - Art 248A",
            "Human trafficking",
        ),
        "smuggling": (
            "Migrant smuggling (Art. 337A CC)",
            "Smuggling of migrants",
            "SoM - Art 337A",
        ),
        "both": ("Trafficking + smuggling (Arts 248A & 337A)", "THB/SoM"),
    },
    "ie": {
        "trafficking": (
            "Human Trafficking - CLHT Act 2008 s.4",
            "Human trafficking",
            "Trafficking in persons (CL(HT) Act 2008)",
        ),
        "smuggling": (
            "People smuggling - Illegal Immigrants (Trafficking) Act 2000 s.2",
            "People smuggling",
            "Migrant smuggling",
        ),
        "both": (
            "Human trafficking & people smuggling",
            "Trafficking / smuggling (2008 & 2000 Acts)",
        ),
    },
    "tx": {
        "trafficking": (
            "Trafficking of Persons (§20A.02)",
            "Human trafficking",
            "Cont. trafficking of persons (§20A.03)",
        ),
        "smuggling": (
            "Smuggling of Persons (§20.05)",
            "Continuous smuggling of persons (§20.06)",
            "Human smuggling",
        ),
        "both": ("Trafficking + smuggling (§20A.02 / §20.05)", "Human trafficking & smuggling"),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras finalidades", "otra"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution"),
        "forced_labour": ("exploitation économique", "travail forcé"),
        "forced_criminality": ("contrainte à commettre un délit", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "en": {
        "sexual": ("sexual exploitation", "sex", "CSE"),
        "forced_labour": ("labour exploitation", "forced labor", "labour"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other (specify in narrative)"),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "male": ("hombres", "varones", "V"),
        "female": ("mujeres", "M", "mujer"),
        "mixed": ("ambos sexos", "mixto", "hombres y mujeres"),
    },
    "fr": {
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "en": {
        "male": ("male", "M", "males"),
        "female": ("female", "F", "females"),
        "mixed": ("mixed", "both", "M/F"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "adult": ("adultos", "mayores de edad", "adulto"),
        "child": ("menores", "MENA", "menor de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "fr": {
        "adult": ("majeurs", "adultes", "majeur"),
        "child": ("mineurs", "MENA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "en": {
        "adult": ("adult", "adults", "18+"),
        "child": ("minor", "minors", "juvenile", "<18"),
        "mixed": ("adults & minors", "mixed"),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sea": ("marítimo", "patera", "cayuco", "neumática", "embarcación"),
        "land": ("terrestre", "camión", "vehículo", "a pie"),
        "air": ("aéreo", "vuelo"),
    },
    "fr": {
        "sea": ("maritime", "small boat", "embarcation", "bateau pneumatique"),
        "land": ("routier", "camion", "poids lourd", "voiture"),
        "air": ("aérien", "vol"),
    },
    "en": {
        "sea": ("sea", "RHIB", "vessel", "dinghy", "maritime"),
        "land": ("land", "lorry", "truck", "vehicle", "on foot"),
        "air": ("air", "flight"),
    },
}
_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "fr": {
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande", "stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering", "AML"),
        "illicit_goods": ("contraband", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_NA = {"es": ("no procede", "N/A"), "fr": ("sans objet", "n.a."), "en": ("N/A", "n/a")}
_PLACEHOLDER = {
    "es": ("s/d", "desconocido", "n/c"),
    "fr": ("inconnu", "nc", "?"),
    "en": ("unk", "N/K", "not known"),
}
_ZERO = {"es": ("ninguno", "0", "sin detenidos"), "fr": ("aucun", "néant"), "en": ("nil", "none")}
_MONTHS = {
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
}


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A ``blind27`` source: its crime wording key and its house style."""

    style: str = "es"


def _src(
    name: str,
    fn: str,
    ref: str,
    fmt: str,
    enc: str,
    delim: str | None,
    lang: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad: tuple[str, ...],
    repeats: bool,
    style: str,
) -> _Source:
    return _Source(name, fn, ref, fmt, enc, delim, lang, headers, note, total, bad, repeats, style)


def _headers(*names: str, cols: tuple[str, ...]) -> dict[str, str]:
    return dict(zip(cols, names, strict=True))


_ALL = (
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
    "transit_countries",
    "destination_country",
    "detection_country",
    "transport_mode",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND27_SOURCES: tuple[_Source, ...] = (
    _src(
        "policia_canaria",
        "policia_canaria_ac.csv",
        "AT-{seq:05d}/{yy:02d}",
        "csv",
        "cp1252",
        ";",
        "es",
        _headers(
            "Nº Atestado",
            "Fecha hecho",
            "Tipo delictivo",
            "Finalidad explotación",
            "Nº víctimas/migrantes",
            "Detenidos/investigados",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País origen",
            "Países tránsito",
            "País destino",
            "País detección",
            "Medio transporte",
            "Latitud (G.D.)",
            "Longitud (G.D.)",
            "Delitos conexos",
            cols=(*_ALL, "lat", "lon", "linked_offences"),
        ),
        "Datos provisionales - pendiente de validación por la Jefatura",
        "TOTAL",
        ("#¡VALOR!", "ver atestado", "??"),
        True,
        "es",
    ),
    _src(
        "zp_bruxelles_midi",
        "zp_bruxelles_midi_ac.csv",
        "BR.21.L3.{seq:06d}/{yy:02d}",
        "csv",
        "utf-8-sig",
        "\t",
        "fr",
        _headers(
            "N° PV",
            "Date des faits",
            "Qualification",
            "Forme d'exploitation",
            "Nbre victimes / personnes",
            "Nbre suspects",
            "Sexe",
            "Âge",
            "Nationalité",
            "Pays d'origine",
            "Pays de transit",
            "Pays de destination",
            "Pays de constatation",
            "Moyen de transport",
            "Coordonnées (WGS84)",
            "Infractions connexes",
            cols=(*_ALL, "coordinates", "linked_offences"),
        ),
        "Extraction ISLP - document à usage interne",
        "Total général",
        ("#VALEUR!", "voir PV", "plusieurs"),
        False,
        "fr",
    ),
    _src(
        "malta_police",
        "malta_police_ac.jsonl",
        "MPF/ITU/{year}/{seq:04d}",
        "jsonl",
        "utf-8",
        None,
        "en",
        _headers(
            "case_no",
            "date_of_incident",
            "offence",
            "exploitation_type",
            "no_of_persons",
            "no_of_suspects_arrested",
            "sex",
            "age_category",
            "nationality",
            "country_of_origin",
            "transit",
            "intended_destination",
            "country_of_detection",
            "mode",
            "position",
            cols=(*_ALL, "coordinates"),
        ),
        None,
        "TOTAL",
        ("#VALUE!", "see report", "tbc"),
        False,
        "mt",
    ),
    _src(
        "garda_gnpsb",
        "garda_gnpsb_ac.csv",
        "PULSE {seq:07d}/{yy:02d}",
        "csv",
        "utf-8",
        ",",
        "en",
        _headers(
            "PULSE Incident No.",
            "Date Detected",
            "Crime Type (PULSE)",
            "Type of Exploitation",
            "No. of Persons (victims/migrants)",
            "No. of Suspects",
            "Gender",
            "Age Group",
            "Nationality",
            "Country of Origin",
            "Transit Countries",
            "Destination Country",
            "Country of Detection",
            "Mode of Transport",
            "Latitude",
            "Longitude",
            "Linked Offences",
            cols=(*_ALL, "lat", "lon", "linked_offences"),
        ),
        "NOTE: figures subject to change pending investigation",
        "Grand Total",
        ("#VALUE!", "see narrative", "various"),
        True,
        "ie",
    ),
    _src(
        "texas_oag_httoc",
        "texas_oag_httoc_ac.xlsx",
        "HT-{year}-{seq:04d}",
        "xlsx",
        "utf-8",
        None,
        "en",
        _headers(
            "Case #",
            "Offense Date",
            "Offense (Tex. Penal Code)",
            "Exploitation Type",
            "# Victims / Smuggled Persons",
            "# Defendants",
            "Sex",
            "Age (Adult/Minor)",
            "Citizenship",
            "Country of Origin",
            "Destination",
            "Location Country",
            "Conveyance",
            "GPS (lat, long)",
            "Associated Offenses",
            cols=(*(c for c in _ALL if c != "transit_countries"), "coordinates", "linked_offences"),
        ),
        "Preliminary data - not for public release",
        "TOTAL",
        ("#VALUE!", "TBD", "multiple"),
        False,
        "tx",
    ),
)
_BY = {s.source: s for s in BLIND27_SOURCES}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(code: str, src: _Source, rng: _Rng, *, demonym: bool) -> str:
    row = _COUNTRIES[code]
    lang = src.language
    if src.style == "mt" and rng.random() < 0.3:
        return code
    if src.style == "tx" and demonym and rng.random() < 0.5:
        return f"{row[1]} national"
    if src.style == "ie" and not demonym and rng.random() < 0.15:
        return code
    own_word = lang in ("es", "fr") or src.style in ("ie", "tx")
    pos = _LANG_COL[lang] + (1 if demonym and own_word else 0)
    text = row[pos]
    if lang == "es" and demonym and rng.random() < 0.3:
        text = text.upper()
    return text


def _number(value: int, src: _Source) -> object:
    if src.format != "csv":
        return value if src.format == "xlsx" or value < 1000 else str(value)
    if value < 1000:
        return str(value)
    sep = {"es": ".", "fr": "\u00a0", "en": ","}[src.language]
    return f"{value:,}".replace(",", sep)


def _day(ts: pd.Timestamp, src: _Source, rng: _Rng) -> object:
    style, r = src.style, rng.random()
    if style == "es":
        return ts.strftime("%d/%m/%Y") if r < 0.75 else f"{ts.day}-{ts.month}-{ts:%y}"
    if style == "fr":
        return ts.strftime("%d/%m/%Y") if r < 0.6 else ts.strftime("%d.%m.%Y")
    if style == "mt":
        return ts.strftime("%d/%m/%Y") if r < 0.6 else f"{ts.day} {ts:%b %Y}"
    if style == "ie":
        return ts.strftime("%d/%m/%Y") if r < 0.7 else ts.strftime("%Y-%m-%d")
    return ts.to_pydatetime() if r < 0.85 else f"{_MONTHS['en'][ts.month - 1]} {ts.day}, {ts.year}"


def _month(ts: pd.Timestamp, src: _Source, rng: _Rng) -> str:
    lang = "en" if src.language == "en" else src.language
    name = _MONTHS[lang][ts.month - 1]
    if src.style == "mt":
        return f"{ts:%b}-{ts.year}"
    if rng.random() < 0.3 and src.style in ("es", "ie"):
        return f"{ts.month:02d}/{ts.year}"
    return f"{name} {ts.year}"


def _quarter(ts: pd.Timestamp, src: _Source, rng: _Rng) -> str:
    q = (ts.month - 1) // 3 + 1
    if src.style == "es":
        return choice(rng, (f"{q}T {ts.year}", f"{q}º trimestre {ts.year}"))
    if src.style == "fr":
        first = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {ts.year}", f"{first} trim. {ts.year}"))
    if src.style == "mt":
        return f"Q{q}/{ts.year}"
    return f"Q{q} {ts.year}"


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60, 1)
    if s >= 60:
        s, m = 0.0, m + 1
    if m >= 60:
        m, d = 0, d + 1
    return f"{d}°{m:02d}'{s:04.1f}\"{hemi}"


def _coords(
    lat: float, lon: float, src: _Source, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    style = src.style
    if style == "es":
        la, lo = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
        )
    if style == "ie":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
    if style == "mt":
        out = []
        for v in (lat, lon):
            d = int(abs(v))
            m = round((abs(v) - d) * 60, 3)
            if m >= 60:
                d, m = d + 1, 0.0
            out.append((d, m, d + m / 60))
        (d1, m1, la), (d2, m2, lo) = out
        la = la if lat >= 0 else -la
        lo = lo if lon >= 0 else -lo
        text = (
            f"{d1:02d} {m1:06.3f}{'N' if lat >= 0 else 'S'} "
            f"{d2:03d} {m2:06.3f}{'E' if lon >= 0 else 'W'}"
        )
        return {"coordinates": text}, la, lo
    if style == "fr" and rng.random() < 0.35:
        return ({"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}, lat, lon)
    la, lo = round(lat, 5), round(lon, 5)
    sep = ", " if style == "fr" else choice(rng, (", ", ","))
    return {"coordinates": f"{la:.5f}{sep}{lo:.5f}"}, la, lo


def _word(
    table: dict[str, dict[str, tuple[str, ...]]], key: str, src: _Source
) -> dict[str, tuple[str, ...]]:
    return table[src.language if key == "lang" else src.style]


def _render(
    src: _Source, ev: dict[str, object], rng: _Rng, *, partial_ok: bool, forced_blank: str | None
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    lang = src.language
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(str(ev["event_date"]))
    exp: dict[str, object] = {
        k: ev.get(k)
        for k in (
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
            "lat",
            "lon",
            "linked_offences",
        )
    }
    # date
    r = rng.random()
    if partial_ok and r < 0.06:
        cells["event_date"], exp["event_date"] = _month(ts, src, rng), ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("month_date")
    elif partial_ok and r < 0.09:
        cells["event_date"] = _quarter(ts, src, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("quarter_date")
    else:
        cells["event_date"], exp["event_date"], exp["date_precision"] = (
            _day(ts, src, rng),
            ts,
            "day",
        )
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.style][crime])
    if ev.get("exploitation") is not None:
        cells["exploitation"] = choice(rng, _word(_EXPLOIT, "lang", src)[str(ev["exploitation"])])
    elif rng.random() < 0.3:
        cells["exploitation"] = choice(rng, _NA[lang])
    # counts
    n = int(str(ev["n_persons"]))
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = choice(rng, _PLACEHOLDER[lang]), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _number(n, src)
        if n >= 1000:
            tags.append("thousands")
    k = int(str(ev["n_suspects"]))
    r = rng.random()
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _PLACEHOLDER[lang]), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = choice(rng, _ZERO[lang])
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
    # persons
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[lang][str(ev["gender"])])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, _NA[lang]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[lang][str(ev["age_group"])])
    # countries
    for col, demonym in (
        ("nationality", True),
        ("origin_country", False),
        ("destination_country", False),
        ("detection_country", False),
    ):
        if forced_blank == col:
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        text = _country(str(ev[col]), src, rng, demonym=demonym)
        bad = mojibake(text) if src.style == "fr" and rng.random() < 0.05 else None
        if bad is not None and fits(bad, src):
            text = bad
            tags.append("mojibake")
        cells[col] = text
    if "transit_countries" in src.headers and ev.get("transit_countries") is not None:
        sep = {"es": " - ", "fr": " > ", "mt": ", ", "ie": " / "}[src.style]
        cells["transit_countries"] = sep.join(
            _country(c, src, rng, demonym=False) for c in str(ev["transit_countries"]).split("|")
        )
    elif "transit_countries" not in src.headers:
        exp["transit_countries"] = None
    # transport
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA[lang]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _MODE[lang][str(ev["transport_mode"])])
    # place
    r = rng.random()
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.06:
        ph = choice(rng, _PLACEHOLDER[lang])
        for c in ("lat", "lon", "coordinates"):
            if c in src.headers:
                cells[c] = ph
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        place, la, lo = _coords(float(str(ev["lat"])), float(str(ev["lon"])), src, rng)
        cells.update(place)
        exp["lat"], exp["lon"] = la, lo
    # linked offences
    if "linked_offences" not in src.headers:
        exp["linked_offences"] = None
    elif ev.get("linked_offences") is not None:
        words = _word(_OFFENCE, "lang", src)
        sep = {"es": " / ", "fr": ", ", "en": "; "}[lang]
        cells["linked_offences"] = sep.join(
            choice(rng, words[o]) for o in str(ev["linked_offences"]).split("|")
        )
    return cells, exp, tags


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _day(ts + pd.DateOffset(years=8), src, rng)
    sep = "." if src.style == "fr" else "/"
    return choice(
        rng,
        (
            f"31{sep}02{sep}{ts.year}",
            f"{ts.day:02d}{sep}13{sep}{ts.year}",
            f"??{sep}{ts.month:02d}{sep}{ts.year}",
        ),
    )


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    if src.style == "tx":
        return last.to_pydatetime()
    return last.strftime("%d.%m.%Y" if src.style == "fr" else "%d/%m/%Y")


_EXAM: Examiner[_Source] = Examiner(
    sources=BLIND27_SOURCES,
    primary={
        "ESP": "policia_canaria",
        "PAN": "policia_canaria",
        "FRA": "zp_bruxelles_midi",
        "ITA": "malta_police",
        "GRC": "malta_police",
        "GBR": "garda_gnpsb",
        "USA": "texas_oag_httoc",
    },
    compilation="garda_gnpsb",
    secondary={
        ("cmed", "ITA"): "garda_gnpsb",
        ("thb_nga_ita", "ITA"): "garda_gnpsb",
        ("watl", "ESP"): "garda_gnpsb",
        ("wmed", "ESP"): "zp_bruxelles_midi",
        ("channel", "FRA"): "garda_gnpsb",
        ("channel", "GBR"): "zp_bruxelles_midi",
        ("darien", "PAN"): "texas_oag_httoc",
        ("us_mex", "USA"): "policia_canaria",
        ("emed", "GRC"): "garda_gnpsb",
        ("wbal", "HRV"): "malta_police",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2727,
    blank_share=0.3,
)


def make_blind27(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind27`` agencies' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND27_SOURCES`, in that order.
    """
    return make_examined(_EXAM, truth, seed=seed)
