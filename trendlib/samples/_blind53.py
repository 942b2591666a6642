"""Examiner sample set ``blind53``: five Middle-East and Gulf liaison desks (files ``*_bc.*``).

A held-out set written without looking at the cleaner. Each file is the case digest that a
foreign ministry's liaison officer or security attaché keeps on the trafficking and
smuggling cases of the country (or region) where the officer is posted, in the working
language of the post. The rows are built by :mod:`trendlib.samples._examiner`; the wording
below is this module's own.

``israel_police_ird_bc.csv`` - Israel Police, International Relations Division
    The division's digest of its liaison officers' reports (Europol desk in The Hague,
    attachés in Athens, Warsaw and Washington). English, **UTF-16 with BOM, tab-delimited**
    ("Unicode text" saved from Excel). First reporter of the events detected in Greece,
    Croatia and Poland, and the compilation of every other event; re-reports cases of the
    Central Mediterranean, the Channel, the Atlantic route, the Darién and the US border.
    Headers carry units and hints (``Event date (dd/mm/yyyy)``, ``Sex (M/F/Mixed)``).
    Dates day-first ``06/01/2021``, ``6.1.2021``, ``06-Jan-2021``, ``6 January 2021``;
    partial ``01/2021``, ``Jan-2021``, ``Q1 2021``, ``1st quarter 2021``. Offence
    categories are Europol crime areas (``Facilitation of illegal immigration``, ``FII``,
    ``THB``, ``THB + SoM``). Countries as English names, ISO alpha-2/alpha-3 codes,
    demonyms and formal state names (``Hellenic Republic``, ``Syrian Arab Republic``);
    routes joined by ``>`` or ``-`` or as ISO3 chains (``TUR-BGR-SRB-BIH``). One
    ``Location (lat, long)`` cell: decimal pair, ``37°43'18"N 026°53'14"E`` or
    ``N37.72159 E026.88716``. Unknowns ``N/K``, ``unknown``, ``TBC``; zero suspects
    ``nil``/``none``; counts with ``1,234`` separators.

``saudi_pss_madrid_bc.xlsx`` - Saudi Public Security, Security Attaché's office, Madrid
    Spanish, XLSX (sheet kept by the Spanish-speaking analysts of the office). First
    reporter of the Spanish detections; re-reports the Romanian trafficking cases found in
    Italy. Dates as real Excel dates, as bare serial numbers (``44567``), as text
    ``12/01/2022`` or ``5-ene-2022``; partial ``enero 2022``, ``01/2022``,
    ``1er trimestre 2022``, ``3T 2022``. **No exploitation column**: the ``Tipología
    penal`` cell holds the offence and its purpose (``Trata de seres humanos con fines de
    explotación sexual (art. 177 bis CP)``, ``Art. 318 bis CP``). ``Sexo (H/M)`` uses
    H = hombre and **M = mujer**; ``MENA`` for unaccompanied minors. Counts as numbers, as
    text, or ``1.234`` with a thousands dot; ``S/D``, ``desconocido``, ``no consta``.
    Latitude and longitude in two columns: numbers, degrees and decimal minutes with the
    ordinal sign (``27º 45,31' N``, ``15º 36,10' O`` for west) or decimal commas.

``qatar_moi_paris_bc.csv`` - Qatar Ministry of Interior, internal-security attaché, Paris
    French, **cp1252, ``;``**, CRLF. First reporter of the French and British detections;
    re-reports Western Mediterranean cases; re-sends a few rows. Dates ``14/02/2022``,
    ``14/02/22``, ``14 févr. 2022``, ``14 février 2022``; partial ``février 2022``,
    ``02/2022``, ``T1 2022``, ``1er trimestre 2022``. Offences with French or British legal
    references (``art. L823-1 CESEDA``, ``art. 225-4-1 C. pén.``, ``s.25 Immigration Act
    1971``, ``Modern Slavery Act 2015``), ``TEH``. Sex ``H``/``F``/``Mixte``, ages
    ``Majeurs``/``Mineurs``/``MNA``. Country names and demonyms in French, a few cells
    garbled by a UTF-8 paste (``SÃ©nÃ©gal``). Counts ``1 234`` with a no-break space;
    ``NC``, ``inconnu``, ``néant``/``aucun`` for no suspect. Coordinates in two columns
    with decimal commas, sometimes with ``N``/``E``/``O`` letters or in ``50°57'05''``.

``kuwait_moi_mexico_bc.csv`` - Kuwait Ministry of Interior, Security Attaché, Mexico City
    Spanish (Mexican usage), **UTF-8 without BOM, ``|``-delimited**, bilingual
    Spanish/English headers (``Fecha del evento / Event date``). First reporter of the
    Panamanian and US detections; re-sends a few rows. Dates ``12/01/2022``,
    ``12-ene-2022``, ``12 de enero de 2022``, ISO; partial ``enero de 2022``, ``01/2022``,
    ``1er trim. 2022``, ``T3-2022``. Offences with US, Panamanian or Mexican references
    (``8 U.S.C. § 1324``, ``18 U.S.C. § 1591``, ``Ley 79 de 2011``, ``art. 159 Ley de
    Migración`` where *tráfico de personas* means smuggling). ``Probables responsables``
    for suspects, ``NNA`` for minors, feminine demonyms (``venezolana``), ``EUA`` for the
    United States, Mexican thousands comma (``1,234``), ``S/D``, ``sin dato``, ``S/C``
    for no coordinates. One coordinates cell: decimal pair, ``8°36'44"N 77°44'28"W``,
    ``Lat. 8.61230 Long. -77.74120``.

``egypt_coastguard_lo_bc.jsonl`` - Egyptian Coast Guard liaison officer, Rome
    English JSON lines with snake_case keys, UTF-8. First reporter of the Italian
    detections; re-reports Eastern Mediterranean cases. Dates ISO ``2022-01-12``,
    ``2022-01-12T00:00:00``, ``12 Jan 2022``, ``12/01/2022`` (day first); partial
    ``2022-01``, ``Jan 2022``, ``2022-Q1``. Offences cite Egyptian law (``Law 82/2016``,
    ``Law 64/2010``) or Italian law (``art. 12 TUI``, ``art. 601 c.p.``). Counts as JSON
    numbers or text (``1,234``), ``unknown``/``TBC``. Nationalities as demonyms, formal
    state names (``Arab Republic of Egypt``), ISO alpha-2 or alpha-3 codes. One
    ``position`` cell in maritime degrees and decimal minutes (``35°30.20'N 012°36.10'E``,
    ``35 30.20N 012 36.10E``) or decimal degrees. No note row.

Every file has a total row and a note row (but the JSONL file), and each CSV file an empty
row; bad rows (no, impossible or future dates, negative or unreadable counts) are planted by
:mod:`._examiner`. Second reports of an event may leave one field blank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND53_SOURCES", "make_blind53"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_ISRAEL = ExaminerSource(
    source="israel_police_ird",
    filename="israel_police_ird_bc.csv",
    ref="IRD/LO-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "IRD Ref.",
        "event_date": "Event date (dd/mm/yyyy)",
        "detection_country": "Country of event",
        "crime_type": "Offence category (Europol crime area)",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of migrants / victims",
        "n_suspects": "No. of suspects (arrested)",
        "gender": "Sex (M/F/Mixed)",
        "age_group": "Age cat.",
        "nationality": "Nationality (main group)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "transit_countries": "Route / transit countries",
        "transport_mode": "Modus (transport)",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Note: compiled from LO reports - provisional, not for onward dissemination",
    total="Grand total",
    bad_count=("several", "many", "a group"),
    repeats=False,
)
_SAUDI = ExaminerSource(
    source="saudi_pss_madrid",
    filename="saudi_pss_madrid_bc.xlsx",
    ref="AGS-MAD/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Registro",
        "event_date": "Fecha intervención",
        "crime_type": "Tipología penal",
        "n_persons": "Nº personas (víctimas/migrantes)",
        "n_suspects": "Detenidos",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos facilitados por la CGEF, provisionales y sujetos a revisión",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
)
_QATAR = ExaminerSource(
    source="qatar_moi_paris",
    filename="qatar_moi_paris_bc.csv",
    ref="ASI/PAR/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode de transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires transmises par les services partenaires - diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=True,
)
_KUWAIT = ExaminerSource(
    source="kuwait_moi_mexico",
    filename="kuwait_moi_mexico_bc.csv",
    ref="AS-MX/{seq:04d}-{year}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Folio / Ref.",
        "event_date": "Fecha del evento / Event date",
        "detection_country": "País donde se detectó / Country",
        "crime_type": "Delito / Offence",
        "exploitation": "Fin de explotación / Exploitation",
        "n_persons": "Personas rescatadas / Persons",
        "n_suspects": "Probables responsables / Suspects",
        "gender": "Sexo / Sex",
        "age_group": "Grupo de edad / Age group",
        "nationality": "Nacionalidad / Nationality",
        "origin_country": "País de origen / Origin",
        "transit_countries": "Países de tránsito / Transit",
        "destination_country": "Destino final / Destination",
        "transport_mode": "Medio / Means",
        "coordinates": "Coordenadas (lat/long)",
        "linked_offences": "Otros delitos / Other offences",
    },
    note="Nota: información preliminar, sujeta a validación por las autoridades locales",
    total="Total",
    bad_count=("varios", "varias personas", "grupo numeroso"),
    repeats=True,
)
_EGYPT = ExaminerSource(
    source="egypt_coastguard_rome",
    filename="egypt_coastguard_lo_bc.jsonl",
    ref="ECG-LO-ROM-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_no",
        "event_date": "date_of_interception",
        "detection_country": "country_of_detection",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_persons",
        "n_suspects": "facilitators_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "coordinates": "position",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "large group"),
    repeats=False,
)
_SOURCES: tuple[ExaminerSource, ...] = (_ISRAEL, _SAUDI, _QATAR, _KUWAIT, _EGYPT)
#: Source names of the ``blind53`` files, in the order :func:`make_blind53` returns them.
BLIND53_SOURCES: tuple[str, ...] = tuple(s.source for s in _SOURCES)

# --------------------------------------------------------------------------------------
# Countries: names (usual first), demonym, French, Spanish (masc., fem.), formal name
# --------------------------------------------------------------------------------------
_Names = tuple[tuple[str, ...], str, tuple[str, ...], str, tuple[str, ...], str, str, str]
_COUNTRIES: dict[str, _Names] = {
    "AFG": (("Afghanistan",), "Afghan", ("Afghanistan",), "afghan",
            ("Afganistán",), "afgano", "afgana", "Afghanistan"),
    "ALB": (("Albania",), "Albanian", ("Albanie",), "albanais",
            ("Albania",), "albanés", "albanesa", "Republic of Albania"),
    "AUT": (("Austria",), "Austrian", ("Autriche",), "autrichien",
            ("Austria",), "austriaco", "austriaca", "Republic of Austria"),
    "BGD": (("Bangladesh",), "Bangladeshi", ("Bangladesh",), "bangladais",
            ("Bangladés", "Bangladesh"), "bangladesí", "bangladesí",
            "People's Republic of Bangladesh"),
    "BGR": (("Bulgaria",), "Bulgarian", ("Bulgarie",), "bulgare",
            ("Bulgaria",), "búlgaro", "búlgara", "Republic of Bulgaria"),
    "BIH": (("Bosnia and Herzegovina", "BiH", "Bosnia-Herzegovina"), "Bosnian",
            ("Bosnie-Herzégovine",), "bosnien", ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
            "bosnio", "bosnia", "Bosnia and Herzegovina"),
    "BLR": (("Belarus",), "Belarusian", ("Biélorussie", "Bélarus"), "biélorusse",
            ("Bielorrusia", "Belarús"), "bielorruso", "bielorrusa", "Republic of Belarus"),
    "CHN": (("China",), "Chinese", ("Chine",), "chinois",
            ("China",), "chino", "china", "People's Republic of China"),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), "Ivorian", ("Côte d'Ivoire",), "ivoirien",
            ("Costa de Marfil",), "marfileño", "marfileña", "Republic of Côte d'Ivoire"),
    "CMR": (("Cameroon",), "Cameroonian", ("Cameroun",), "camerounais",
            ("Camerún",), "camerunés", "camerunesa", "Republic of Cameroon"),
    "COL": (("Colombia",), "Colombian", ("Colombie",), "colombien",
            ("Colombia",), "colombiano", "colombiana", "Republic of Colombia"),
    "DEU": (("Germany",), "German", ("Allemagne",), "allemand",
            ("Alemania",), "alemán", "alemana", "Federal Republic of Germany"),
    "DZA": (("Algeria",), "Algerian", ("Algérie",), "algérien",
            ("Argelia",), "argelino", "argelina", "People's Democratic Republic of Algeria"),
    "ECU": (("Ecuador",), "Ecuadorian", ("Équateur",), "équatorien",
            ("Ecuador",), "ecuatoriano", "ecuatoriana", "Republic of Ecuador"),
    "EGY": (("Egypt",), "Egyptian", ("Égypte",), "égyptien",
            ("Egipto",), "egipcio", "egipcia", "Arab Republic of Egypt"),
    "ERI": (("Eritrea",), "Eritrean", ("Érythrée",), "érythréen",
            ("Eritrea",), "eritreo", "eritrea", "State of Eritrea"),
    "ESP": (("Spain",), "Spanish", ("Espagne",), "espagnol",
            ("España",), "español", "española", "Kingdom of Spain"),
    "FRA": (("France",), "French", ("France",), "français",
            ("Francia",), "francés", "francesa", "French Republic"),
    "GBR": (("United Kingdom", "UK", "Great Britain"), "British",
            ("Royaume-Uni", "Grande-Bretagne"), "britannique", ("Reino Unido",),
            "británico", "británica", "United Kingdom of Great Britain and Northern Ireland"),
    "GIN": (("Guinea", "Guinea-Conakry"), "Guinean", ("Guinée", "Guinée-Conakry"), "guinéen",
            ("Guinea", "Guinea Conakry"), "guineano", "guineana", "Republic of Guinea"),
    "GMB": (("Gambia", "The Gambia"), "Gambian", ("Gambie",), "gambien",
            ("Gambia",), "gambiano", "gambiana", "Republic of The Gambia"),
    "GRC": (("Greece",), "Greek", ("Grèce",), "grec",
            ("Grecia",), "griego", "griega", "Hellenic Republic"),
    "GTM": (("Guatemala",), "Guatemalan", ("Guatemala",), "guatémaltèque",
            ("Guatemala",), "guatemalteco", "guatemalteca", "Republic of Guatemala"),
    "HND": (("Honduras",), "Honduran", ("Honduras",), "hondurien",
            ("Honduras",), "hondureño", "hondureña", "Republic of Honduras"),
    "HRV": (("Croatia",), "Croatian", ("Croatie",), "croate",
            ("Croacia",), "croata", "croata", "Republic of Croatia"),
    "HTI": (("Haiti",), "Haitian", ("Haïti",), "haïtien",
            ("Haití",), "haitiano", "haitiana", "Republic of Haiti"),
    "HUN": (("Hungary",), "Hungarian", ("Hongrie",), "hongrois",
            ("Hungría",), "húngaro", "húngara", "Hungary"),
    "IRN": (("Iran",), "Iranian", ("Iran",), "iranien",
            ("Irán",), "iraní", "iraní", "Islamic Republic of Iran"),
    "IRQ": (("Iraq",), "Iraqi", ("Irak",), "irakien",
            ("Irak", "Iraq"), "iraquí", "iraquí", "Republic of Iraq"),
    "ITA": (("Italy",), "Italian", ("Italie",), "italien",
            ("Italia",), "italiano", "italiana", "Italian Republic"),
    "LBY": (("Libya",), "Libyan", ("Libye",), "libyen",
            ("Libia",), "libio", "libia", "State of Libya"),
    "MAR": (("Morocco",), "Moroccan", ("Maroc",), "marocain",
            ("Marruecos",), "marroquí", "marroquí", "Kingdom of Morocco"),
    "MEX": (("Mexico",), "Mexican", ("Mexique",), "mexicain",
            ("México",), "mexicano", "mexicana", "United Mexican States"),
    "MKD": (("North Macedonia",), "North Macedonian", ("Macédoine du Nord",), "macédonien",
            ("Macedonia del Norte",), "macedonio", "macedonia", "Republic of North Macedonia"),
    "MLI": (("Mali",), "Malian", ("Mali",), "malien",
            ("Malí",), "maliense", "maliense", "Republic of Mali"),
    "MRT": (("Mauritania",), "Mauritanian", ("Mauritanie",), "mauritanien",
            ("Mauritania",), "mauritano", "mauritana", "Islamic Republic of Mauritania"),
    "NER": (("Niger",), "Nigerien", ("Niger",), "nigérien",
            ("Níger",), "nigerino", "nigerina", "Republic of the Niger"),
    "NGA": (("Nigeria",), "Nigerian", ("Nigeria", "Nigéria"), "nigérian",
            ("Nigeria",), "nigeriano", "nigeriana", "Federal Republic of Nigeria"),
    "PAK": (("Pakistan",), "Pakistani", ("Pakistan",), "pakistanais",
            ("Pakistán",), "pakistaní", "pakistaní", "Islamic Republic of Pakistan"),
    "PAN": (("Panama",), "Panamanian", ("Panama",), "panaméen",
            ("Panamá",), "panameño", "panameña", "Republic of Panama"),
    "POL": (("Poland",), "Polish", ("Pologne",), "polonais",
            ("Polonia",), "polaco", "polaca", "Republic of Poland"),
    "ROU": (("Romania",), "Romanian", ("Roumanie",), "roumain",
            ("Rumanía", "Rumania"), "rumano", "rumana", "Romania"),
    "RUS": (("Russia", "Russian Federation"), "Russian", ("Russie",), "russe",
            ("Rusia",), "ruso", "rusa", "Russian Federation"),
    "SEN": (("Senegal",), "Senegalese", ("Sénégal",), "sénégalais",
            ("Senegal",), "senegalés", "senegalesa", "Republic of Senegal"),
    "SRB": (("Serbia",), "Serbian", ("Serbie",), "serbe",
            ("Serbia",), "serbio", "serbia", "Republic of Serbia"),
    "SYR": (("Syria",), "Syrian", ("Syrie",), "syrien",
            ("Siria",), "sirio", "siria", "Syrian Arab Republic"),
    "TUN": (("Tunisia",), "Tunisian", ("Tunisie",), "tunisien",
            ("Túnez",), "tunecino", "tunecina", "Republic of Tunisia"),
    "TUR": (("Turkey", "Türkiye"), "Turkish", ("Turquie",), "turc",
            ("Turquía",), "turco", "turca", "Republic of Türkiye"),
    "USA": (("United States", "USA", "US"), "American", ("États-Unis",), "américain",
            ("Estados Unidos", "EE. UU."), "estadounidense", "estadounidense",
            "United States of America"),
    "VEN": (("Venezuela",), "Venezuelan", ("Venezuela",), "vénézuélien",
            ("Venezuela",), "venezolano", "venezolana", "Bolivarian Republic of Venezuela"),
    "VNM": (("Viet Nam", "Vietnam"), "Vietnamese", ("Viêt Nam", "Vietnam"), "vietnamien",
            ("Vietnam",), "vietnamita", "vietnamita", "Socialist Republic of Viet Nam"),
    "YEM": (("Yemen",), "Yemeni", ("Yémen",), "yéménite",
            ("Yemen",), "yemení", "yemení", "Republic of Yemen"),
}  # fmt: skip
#: Misspellings a clerk makes, by language and ISO3 code (each reads at once as the country).
_TYPOS: dict[tuple[str, str], tuple[str, ...]] = {
    ("en", "AFG"): ("Afganistan", "Afghanisthan"),
    ("en", "ERI"): ("Eritria",),
    ("en", "MAR"): ("Marocco",),
    ("en", "TUN"): ("Tunesia",),
    ("en", "BGD"): ("Bangaldesh",),
    ("en", "PAK"): ("Pakisthan",),
    ("fr", "AFG"): ("Afganistan",),
    ("fr", "ERI"): ("Erythrée",),
    ("fr", "SEN"): ("Senegal",),
    ("fr", "VNM"): ("Viet-Nam",),
    ("es", "AFG"): ("Afganistan",),
    ("es", "MAR"): ("Marrueco",),
    ("es", "VEN"): ("Venezula",),
    ("es", "ECU"): ("Equador",),
    ("es", "COL"): ("Colonbia",),
    ("es", "HTI"): ("Haiti",),
}


def _names(code: str, lang: str) -> tuple[str, ...]:
    """Return the country's names in ``lang`` (pycountry's English name if not listed)."""
    row = _COUNTRIES.get(code)
    if row is None:  # not in the corridors of the truth; written as the ISO name
        country = pycountry.countries.get(alpha_3=code)
        return (str(country.name) if country is not None else code,)
    return {"en": row[0], "fr": row[2], "es": row[4]}[lang]


def _demonym(code: str, lang: str, *, feminine: bool = False) -> str:
    """Return the demonym of ``code`` in ``lang`` (its name if not listed)."""
    row = _COUNTRIES.get(code)
    if row is None:
        return _names(code, lang)[0]
    if lang == "en":
        return row[1]
    if lang == "fr":
        return row[3]
    return row[6] if feminine else row[5]


def _formal(code: str) -> str:
    """Return the formal English state name of ``code``."""
    row = _COUNTRIES.get(code)
    return row[7] if row is not None else _names(code, "en")[0]


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` as a keyboard without them writes it."""
    table = str.maketrans(
        "áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÉÈÊÍÎÓÔÚÜÑÇ", "aaaaaeeeeiiiiooooouuuuncAAAEEEIIOOUUNC"
    )
    return text.translate(table)


# --------------------------------------------------------------------------------------
# Words of each source
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_GENDER: dict[str, _Words] = {
    "israel_police_ird": {
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female", "Females"),
        "mixed": ("Mixed", "M+F", "Mixed (M/F)"),
    },
    "saudi_pss_madrid": {
        "male": ("H", "Hombres", "Varones"),
        "female": ("M", "Mujeres"),
        "mixed": ("Mixto", "Ambos", "H y M"),
    },
    "qatar_moi_paris": {
        "male": ("H", "Hommes", "masculin"),
        "female": ("F", "Femmes", "féminin"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    "kuwait_moi_mexico": {
        "male": ("Hombres", "Masculino", "Masc."),
        "female": ("Mujeres", "Femenino", "Fem."),
        "mixed": ("Mixto", "Hombres y mujeres", "Ambos sexos"),
    },
    "egypt_coastguard_rome": {
        "male": ("male", "M", "men"),
        "female": ("female", "F", "women"),
        "mixed": ("mixed", "men and women"),
    },
}
_AGE: dict[str, _Words] = {
    "israel_police_ird": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Minors", "UAM", "<18"),
        "mixed": ("Adults & minors", "Mixed", "Adults + minors"),
    },
    "saudi_pss_madrid": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA", "Menor de edad"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    "qatar_moi_paris": {
        "adult": ("Majeurs", "Adultes", "majeur"),
        "child": ("Mineurs", "MNA", "mineur"),
        "mixed": ("Mixte", "Majeurs et mineurs"),
    },
    "kuwait_moi_mexico": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad", "NNA no acompañados"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "egypt_coastguard_rome": {
        "adult": ("adults", "adult"),
        "child": ("minors", "UAMs", "children"),
        "mixed": ("mixed", "adults and minors"),
    },
}
_TRANSPORT: dict[str, _Words] = {
    "israel_police_ird": {
        "sea": ("Sea", "Maritime (boat)", "Rubber dinghy", "Boat", "Sea - fishing vessel"),
        "land": ("Land", "Vehicle", "Truck/lorry", "On foot", "Land - private car"),
        "air": ("Air", "Flight", "Air - commercial flight"),
    },
    "saudi_pss_madrid": {
        "sea": ("Cayuco", "Patera", "Neumática", "Embarcación", "Vía marítima"),
        "land": ("Vía terrestre", "Vehículo", "Camión", "A pie"),
        "air": ("Vía aérea", "Vuelo comercial", "Avión"),
    },
    "qatar_moi_paris": {
        "sea": ("small boat", "embarcation pneumatique", "voie maritime", "bateau"),
        "land": ("poids lourd", "camion", "véhicule léger", "voie terrestre", "à pied"),
        "air": ("voie aérienne", "avion", "vol commercial"),
    },
    "kuwait_moi_mexico": {
        "sea": ("marítimo", "lancha", "embarcación"),
        "land": ("terrestre", "a pie", "autobús", "tractocamión", "caja seca de tráiler"),
        "air": ("aéreo", "vuelo comercial"),
    },
    "egypt_coastguard_rome": {
        "sea": ("sea", "fishing boat", "rubber boat", "wooden boat", "iron boat"),
        "land": ("land", "car", "truck", "on foot"),
        "air": ("air", "flight"),
    },
}
#: Words for an age group or transport mode that does not apply / is not given.
_NA_WORD: dict[str, tuple[str, ...]] = {
    "israel_police_ird": ("N/A", "n/a"),
    "saudi_pss_madrid": ("N/A", "no consta"),
    "qatar_moi_paris": ("s.o.", "sans objet"),
    "kuwait_moi_mexico": ("No aplica", "N/A"),
    "egypt_coastguard_rome": ("n/a", "not applicable"),
}
#: Words for a count (persons or suspects) nobody knows.
_UNKNOWN_COUNT: dict[str, tuple[str, ...]] = {
    "israel_police_ird": ("N/K", "unknown", "TBC"),
    "saudi_pss_madrid": ("S/D", "desconocido", "no consta"),
    "qatar_moi_paris": ("NC", "inconnu", "n.c."),
    "kuwait_moi_mexico": ("S/D", "sin dato", "N/D"),
    "egypt_coastguard_rome": ("unknown", "not known", "TBC"),
}
#: Words for no suspect at all.
_ZERO: dict[str, tuple[str, ...]] = {
    "israel_police_ird": ("nil", "none"),
    "saudi_pss_madrid": ("ninguno", "sin detenidos"),
    "qatar_moi_paris": ("aucun", "néant"),
    "kuwait_moi_mexico": ("ninguno", "sin detenidos"),
    "egypt_coastguard_rome": ("nil", "none"),
}
#: Words for a blank-on-purpose field (gender, nationality) in a second report.
_NOT_GIVEN: dict[str, tuple[str, ...]] = {
    "israel_police_ird": ("N/K", "unknown"),
    "saudi_pss_madrid": ("S/D", "desconocido"),
    "qatar_moi_paris": ("NC", "inconnu"),
    "kuwait_moi_mexico": ("sin dato", "S/D"),
    "egypt_coastguard_rome": ("unknown",),
}
#: Words for "no place given".
_NO_PLACE: dict[str, tuple[str, ...]] = {
    "israel_police_ird": ("N/K", "unknown"),
    "saudi_pss_madrid": ("S/D", "sin coordenadas"),
    "qatar_moi_paris": ("NC", "non renseigné"),
    "kuwait_moi_mexico": ("S/C", "sin coordenadas"),
    "egypt_coastguard_rome": ("unknown", "n/a"),
}
#: Words for "no transit country".
_DIRECT: dict[str, tuple[str, ...]] = {
    "israel_police_ird": ("Direct", "direct"),
    "saudi_pss_madrid": ("Directo", "ninguno"),
    "qatar_moi_paris": ("direct", "néant"),
    "kuwait_moi_mexico": ("directo", "ninguno"),
    "egypt_coastguard_rome": ("direct", "none"),
}
_OFFENCES: dict[str, _Words] = {
    "israel_police_ird": {
        "document_fraud": ("Document fraud", "Forged documents"),
        "corruption": ("Corruption", "Bribery"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism", "Terrorism-related"),
    },
    "saudi_pss_madrid": {
        "document_fraud": ("Falsedad documental", "Documentación falsa"),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "illicit_goods": ("Contrabando", "Mercancías ilícitas"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    "qatar_moi_paris": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "kuwait_moi_mexico": {
        "document_fraud": ("uso de documentos falsos", "falsificación de documentos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de dinero", "operaciones con recursos de procedencia ilícita"),
        "illicit_goods": ("contrabando", "mercancía ilícita"),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    },
    "egypt_coastguard_rome": {
        "document_fraud": ("forged documents", "document forgery"),
        "corruption": ("bribery of officials", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {
    "israel_police_ird": ("; ", ", "),
    "saudi_pss_madrid": (" / ", "; "),
    "qatar_moi_paris": (" + ", ", "),
    "kuwait_moi_mexico": (", ", " y "),
    "egypt_coastguard_rome": (", ", "; "),
}
_EXPLOITATION: dict[str, _Words] = {
    "israel_police_ird": {
        "sexual": ("Sexual exploitation", "Sexual", "Sexual exploitation (prostitution)"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activities", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other forms"),
        "unknown": ("Not specified",),
    },
    "qatar_moi_paris": {
        "sexual": ("exploitation sexuelle", "proxénétisme / exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
        "unknown": ("non précisée",),
    },
    "kuwait_moi_mexico": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas", "comisión de delitos"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otra forma de explotación"),
        "unknown": ("no especificada",),
    },
    "egypt_coastguard_rome": {
        "sexual": ("sexual exploitation", "forced prostitution"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "unknown": ("not specified",),
    },
}
#: Saudi attaché: the purpose of a trafficking case, written inside the offence cell.
_FINES = {
    "sexual": ("con fines de explotación sexual", "- explotación sexual"),
    "forced_labour": ("con fines de explotación laboral", "- explotación laboral"),
    "forced_criminality": (
        "con fines de realización de actividades delictivas",
        "- actividades delictivas",
    ),
    "organ_removal": ("con fines de extracción de órganos",),
    "forced_marriage": ("con fines de matrimonio forzado",),
    "other": ("- otras formas de explotación",),
    "unknown": ("",),
}
#: Exploitation cell of a pure smuggling case (None: left empty).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "israel_police_ird": (None, None, "N/A", "-"),
    "qatar_moi_paris": (None, None, "s.o."),
    "kuwait_moi_mexico": (None, "No aplica"),
    "egypt_coastguard_rome": (None, None, "n/a"),
}

_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_FR_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
            "oct.", "nov.", "déc.")  # fmt: skip
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_ORD = ("1st", "2nd", "3rd", "4th")
_FR_ORD = ("1er", "2e", "3e", "4e")
_ES_ORD = ("1er", "2º", "3er", "4º")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_P_MONTH = 0.06  # share of first reports dated to the month only
_P_QUARTER = 0.03  # ... to the quarter only
_P_COUNT_UNKNOWN = 0.025
_P_SUSPECTS_UNKNOWN = 0.02
_P_ZERO_WORD = 0.45
_P_NA_AGE = 0.02
_P_NA_TRANSPORT = 0.015
_P_NO_COORDS = 0.03
_P_COORDS_WORD = 0.02


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _day_text(src: ExaminerSource, ts: pd.Timestamp, style: int, year: str) -> str:
    """Write a full date in one of the source's styles; ``year`` may be a typo'd year."""
    d, m = ts.day, ts.month
    name = src.source
    if name == "israel_police_ird":
        return (
            f"{d:02d}/{m:02d}/{year}",
            f"{d}.{m}.{year}",
            f"{d:02d}-{MONTHS[m - 1][:3]}-{year}",
            f"{d} {MONTHS[m - 1]} {year}",
        )[style % 4]
    if name == "qatar_moi_paris":
        return (
            f"{d:02d}/{m:02d}/{year}",
            f"{d} {_FR_ABBR[m - 1]} {year}",
            f"{'1er' if d == 1 else d} {_FR_MONTHS[m - 1]} {year}",
            f"{d:02d}/{m:02d}/{year[-2:]}",
        )[style % 4]
    if name == "kuwait_moi_mexico":
        return (
            f"{d:02d}/{m:02d}/{year}",
            f"{d:02d}-{_ES_ABBR[m - 1]}-{year}",
            f"{d} de {_ES_MONTHS[m - 1]} de {year}",
            f"{year}-{m:02d}-{d:02d}",
        )[style % 4]
    if name == "egypt_coastguard_rome":
        return (
            f"{year}-{m:02d}-{d:02d}",
            f"{year}-{m:02d}-{d:02d}T00:00:00",
            f"{d} {MONTHS[m - 1][:3]} {year}",
            f"{d:02d}/{m:02d}/{year}",
        )[style % 4]
    return (f"{d:02d}/{m:02d}/{year}", f"{d}-{_ES_ABBR[m - 1]}-{year}")[style % 2]


def _day_style(src: ExaminerSource, rng: _Rng) -> int:
    weights = {
        "israel_police_ird": [0.5, 0.15, 0.2, 0.15],
        "qatar_moi_paris": [0.55, 0.15, 0.15, 0.15],
        "kuwait_moi_mexico": [0.5, 0.2, 0.15, 0.15],
        "egypt_coastguard_rome": [0.55, 0.15, 0.15, 0.15],
    }[src.source]
    return int(rng.choice(4, p=weights))


def _partial_text(src: ExaminerSource, ts: pd.Timestamp, quarter: bool, rng: _Rng) -> str:
    """Write a month-only or quarter-only date the source's way."""
    y, m, q = ts.year, ts.month, (ts.month - 1) // 3 + 1
    pick = int(rng.integers(2))
    name = src.source
    if name == "israel_police_ird":
        if quarter:
            return (f"Q{q} {y}", f"{_EN_ORD[q - 1]} quarter {y}")[pick]
        return (f"{m:02d}/{y}", f"{MONTHS[m - 1][:3]}-{y}")[pick]
    if name == "qatar_moi_paris":
        if quarter:
            return (f"T{q} {y}", f"{_FR_ORD[q - 1]} trimestre {y}")[pick]
        return (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}")[pick]
    if name == "kuwait_moi_mexico":
        if quarter:
            return (f"{_ES_ORD[q - 1]} trim. {y}", f"T{q}-{y}")[pick]
        return (f"{_ES_MONTHS[m - 1]} de {y}", f"{m:02d}/{y}")[pick]
    if name == "egypt_coastguard_rome":
        if quarter:
            return f"{y}-Q{q}"
        return (f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}")[pick]
    if quarter:  # Saudi attaché, Madrid
        return (f"{_ES_ORD[q - 1]} trimestre {y}", f"{q}T {y}")[pick]
    return (f"{_ES_MONTHS[m - 1]} {y}", f"{m:02d}/{y}")[pick]


def _date_cell(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event date."""
    r = rng.random()
    if partial_ok and r < _P_MONTH + _P_QUARTER:
        quarter = r >= _P_MONTH
        cell = _partial_text(src, ts, quarter, rng)
        if quarter:
            return cell, _quarter_start(ts), "quarter", ["partial_quarter"]
        return cell, pd.Timestamp(year=ts.year, month=ts.month, day=1), "month", ["partial_month"]
    day = ts.normalize()
    if src.format == "xlsx":
        k = rng.random()
        if k < 0.55:
            return day.to_pydatetime(), day, "day", ["excel_date"]
        if k < 0.75:
            return int((day - _EXCEL_EPOCH).days), day, "day", ["excel_serial"]
        style = int(rng.integers(2))
        return _day_text(src, day, style, str(day.year)), day, "day", ["text_date"]
    style = _day_style(src, rng)
    text = _day_text(src, day, style, str(day.year))
    tags = ["month_name"] if any(ch.isalpha() and ch != "T" for ch in text) else []
    return text, day, "day", tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row that must be quarantined for its date."""
    if kind == "no_date":
        words = {"en": ("n.d.", "date not known"), "fr": ("date inconnue",), "es": ("sin fecha",)}
        if rng.random() < 0.25:
            return choice(rng, words[src.language])
        return None if rng.random() < 0.7 else ""
    if kind == "bad_date":  # a day the month does not have
        month = int(choice(rng, ("2", "4", "6", "9", "11")))
        day = 30 if month == 2 else 31
        if src.source == "egypt_coastguard_rome":
            return f"{ts.year}-{month:02d}-{day}"
        if src.source == "qatar_moi_paris" and rng.random() < 0.4:
            return f"{day} {_FR_MONTHS[month - 1]} {ts.year}"
        return f"{day}/{month:02d}/{ts.year}"
    # future: the year's digits transposed (2021 -> 2201), a slip of the keyboard
    year = f"22{ts.year % 100 // 10}{ts.year % 10}"
    safe = ts.replace(day=min(ts.day, 28))
    if src.format == "xlsx":
        return dt.datetime(int(year), safe.month, safe.day)
    return _day_text(src, safe, 0, year)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of the extraction)."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "egypt_coastguard_rome":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _garble(src: ExaminerSource, text: str, rng: _Rng, tags: list[str]) -> str:
    """Add the source's small accidents to a text cell: case, spaces, mojibake."""
    r = rng.random()
    if src.source in ("qatar_moi_paris", "kuwait_moi_mexico") and r < 0.04:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    if r > 0.95:
        tags.append("case")
        return text.upper()
    if r > 0.92:
        tags.append("spaces")
        return f" {text}  "
    return text


def _country(
    src: ExaminerSource, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> str:
    """Write a country (or a nationality) the source's way."""
    lang = src.language
    r = rng.random()
    name = src.source
    if name in ("israel_police_ird", "egypt_coastguard_rome"):
        if r < 0.12:
            tags.append("iso3")
            return code
        if r < 0.2:
            tags.append("iso2")
            return iso_codes(code)[0]
        if r < 0.3:
            tags.append("formal_name")
            return _formal(code)
    elif r < 0.07 and name in ("saudi_pss_madrid", "kuwait_moi_mexico"):
        tags.append("iso3")  # codes of their case systems
        return code
    if nationality and r < 0.7:
        tags.append("demonym")
        feminine = name == "kuwait_moi_mexico" or (
            name == "saudi_pss_madrid" and rng.random() < 0.3
        )
        text = _demonym(code, lang, feminine=feminine)
        if lang != "en" and rng.random() < 0.5:
            text = text.capitalize()
    else:
        text = choice(rng, _names(code, lang))
        if code == "USA" and name == "kuwait_moi_mexico" and rng.random() < 0.5:
            text = "EUA"
    typos = _TYPOS.get((lang, code))
    if typos and not nationality and rng.random() < 0.08:
        tags.append("typo")
        text = choice(rng, typos)
    elif lang != "en" and rng.random() < 0.05:
        stripped = _strip_accents(text)
        if stripped != text:
            tags.append("no_accents")
            text = stripped
    if not fits(text, src):
        text = _strip_accents(text)
    return _garble(src, text, rng, tags)


def _transit(src: ExaminerSource, value: object, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit countries, or nothing / a "direct" word."""
    if value is None:
        return choice(rng, _DIRECT[src.source]) if rng.random() < 0.3 else None
    codes = str(value).split("|")
    if src.source in ("israel_police_ird", "egypt_coastguard_rome") and rng.random() < 0.25:
        tags.append("iso3")
        return "-".join(codes)
    seps = {
        "israel_police_ird": (" > ", " - ", ", "),
        "saudi_pss_madrid": (" - ", "/", ", "),
        "qatar_moi_paris": (" - ", ", ", " / "),
        "kuwait_moi_mexico": (" - ", ", ", " > "),
        "egypt_coastguard_rome": (" - ", ", ", " > "),
    }[src.source]
    sep = choice(rng, seps)
    names = [choice(rng, _names(c, src.language)) for c in codes]
    if src.source == "egypt_coastguard_rome" and len(names) == 1 and rng.random() < 0.4:
        return f"via {names[0]}"
    text = sep.join(names)
    if not fits(text, src):
        text = _strip_accents(text)
    return text


def _count(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the source's way (numbers in XLSX and JSON cells)."""
    big = n >= 1000
    name = src.source
    if name == "israel_police_ird":
        if big and rng.random() < 0.7:
            tags.append("thousands")
            return f"{n:,}"
        return str(n)
    if name == "qatar_moi_paris":
        if big and rng.random() < 0.7:
            tags.append("thousands")
            return f"{n:,}".replace(",", "\u00a0")
        return str(n)
    if name == "kuwait_moi_mexico":
        if big and rng.random() < 0.7:
            tags.append("thousands")
            return f"{n:,}"
        return str(n)
    if name == "saudi_pss_madrid":
        if big and rng.random() < 0.5:
            tags.append("thousands")
            return f"{n:,}".replace(",", ".")
        return n if rng.random() < 0.85 else str(n)
    if big and rng.random() < 0.3:  # Egyptian liaison, JSON
        tags.append("thousands")
        return f"{n:,}"
    return n if rng.random() < 0.8 else str(n)


def _small_count(src: ExaminerSource, n: int, rng: _Rng) -> object:
    if src.format == "csv":
        return str(n)
    return n if rng.random() < 0.85 else str(n)


def _crime(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> _Cells:
    """Write the offence (and the exploitation column, where the source has one)."""
    crime = str(ev["crime_type"])
    expl = None if ev["exploitation"] is None else str(ev["exploitation"])
    where = str(ev["detection_country"])
    name = src.source
    cells: _Cells = {}
    if name == "saudi_pss_madrid":  # offence and purpose in one cell
        tags.append("combined_offence")
        purpose = choice(rng, _FINES[expl or "unknown"]) if crime != "smuggling" else ""
        if crime == "smuggling":
            text = choice(
                rng,
                (
                    "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
                    "Art. 318 bis CP",
                    "Tráfico ilícito de migrantes",
                    "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
                ),
            )
        elif crime == "trafficking":
            head = choice(rng, ("Trata de seres humanos", "TSH", "Trata (art. 177 bis CP)"))
            text = f"{head} {purpose}".strip()
            if head == "Trata de seres humanos" and rng.random() < 0.5:
                text += " (art. 177 bis CP)"
        else:
            head = choice(
                rng,
                (
                    "Trata (177 bis) y favorecimiento de la inmigración ilegal (318 bis)",
                    "Trata de seres humanos y tráfico ilícito de migrantes",
                ),
            )
            text = f"{head} {purpose}".strip()
        cells["crime_type"] = text
        return cells
    if name == "israel_police_ird":
        words = {
            "smuggling": (
                "Facilitation of illegal immigration",
                "Migrant smuggling",
                "FII",
                "Smuggling of migrants (SoM)",
            ),
            "trafficking": ("Trafficking in human beings", "THB", "Human trafficking"),
            "both": ("THB / facilitation of illegal immigration", "THB + SoM"),
        }
    elif name == "qatar_moi_paris":
        if where == "GBR" and rng.random() < 0.5:
            tags.append("legal_ref")
            words = {
                "smuggling": ("Aide à l'immigration irrégulière (s.25 Immigration Act 1971)",),
                "trafficking": ("Traite des êtres humains (Modern Slavery Act 2015, s.2)",),
                "both": ("Traite (MSA 2015) + aide à l'immigration irrégulière (s.25 IA 1971)",),
            }
        else:
            words = {
                "smuggling": (
                    "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
                    "Aide à l'entrée et au séjour irréguliers",
                    "Trafic de migrants",
                    "Filière d'immigration irrégulière",
                ),
                "trafficking": (
                    "Traite des êtres humains (art. 225-4-1 C. pén.)",
                    "TEH",
                    "Traite des êtres humains",
                ),
                "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
            }
    elif name == "kuwait_moi_mexico":
        sex = " (18 U.S.C. § 1591)" if expl == "sexual" else ""
        labour = " (18 U.S.C. § 1589)" if expl == "forced_labour" else ""
        if where == "USA":
            words = {
                "smuggling": (
                    "Tráfico de migrantes (8 U.S.C. § 1324)",
                    "Alien smuggling - 8 USC 1324",
                    "Tráfico de personas (art. 159 Ley de Migración)",
                    "Tráfico ilícito de migrantes",
                ),
                "trafficking": (f"Trata de personas{sex}{labour}", "Trata de personas"),
                "both": ("Trata de personas y tráfico ilícito de migrantes",),
            }
        else:
            words = {
                "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
                "trafficking": ("Trata de personas (Ley 79 de 2011)", "Trata de personas"),
                "both": ("Trata de personas y tráfico ilícito de migrantes", "Trata y tráfico"),
            }
    else:
        words = {
            "smuggling": (
                "Smuggling of migrants",
                "Illegal migration / smuggling (Law 82/2016)",
                "Aiding illegal immigration (art. 12 TUI)",
                "Migrant smuggling",
            ),
            "trafficking": (
                "Trafficking in persons (art. 601 c.p.)",
                "Human trafficking (Law 64/2010)",
                "Trafficking in persons",
            ),
            "both": ("Smuggling + trafficking in persons", "Trafficking in persons / smuggling"),
        }
    cells["crime_type"] = choice(rng, words[crime])
    if crime == "smuggling":
        cells["exploitation"] = _NO_EXPLOITATION[name][
            int(rng.integers(len(_NO_EXPLOITATION[name])))
        ]
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[name][expl or "unknown"])
    return cells


def _offences(src: ExaminerSource, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None if rng.random() < 0.85 else "-"
    words = [choice(rng, _OFFENCES[src.source][k]) for k in str(value).split("|")]
    return choice(rng, _OFFENCE_SEP[src.source]).join(words)


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float) -> tuple[int, int, int, float]:
    """Return (degrees, minutes, seconds, value read back) of ``abs(value)``, to the second."""
    total = round(abs(value) * 3600)
    return total // 3600, total % 3600 // 60, total % 60, total / 3600


def _ddm(value: float) -> tuple[int, float, float]:
    """Return (degrees, minutes, value read back) of ``abs(value)``, to 1/100 minute."""
    hundredths = round(abs(value) * 6000)
    return hundredths // 6000, (hundredths % 6000) / 100, hundredths / 6000


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[Mapping[str, object], float, float]:
    """Write a point the source's way; return (cells, latitude and longitude read back)."""
    ns = "N" if lat >= 0 else "S"
    name = src.source
    r = rng.random()
    if name == "israel_police_ird":
        if r < 0.5:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
        ew = "E" if lon >= 0 else "W"
        if r < 0.8:
            tags.append("dms")
            a, b = _dms(lat), _dms(lon)
            text = f"{a[0]}°{a[1]:02d}'{a[2]:02d}\"{ns} {b[0]:03d}°{b[1]:02d}'{b[2]:02d}\"{ew}"
            return {"coordinates": text}, _sign(lat) * a[3], _sign(lon) * b[3]
        tags.append("hemisphere_prefix")
        return {"coordinates": f"{ns}{abs(lat):.5f} {ew}{abs(lon):03.5f}"}, lat, lon
    if name == "saudi_pss_madrid":
        if r < 0.5:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
        if r < 0.85:
            tags.append("ddm")
            p, q = _ddm(lat), _ddm(lon)
            ew = "E" if lon >= 0 else choice(rng, ("W", "O"))
            cells = {
                "lat": f"{p[0]}º {p[1]:05.2f}' {ns}".replace(".", ","),
                "lon": f"{q[0]}º {q[1]:05.2f}' {ew}".replace(".", ","),
            }
            return cells, _sign(lat) * p[2], _sign(lon) * q[2]
        tags.append("decimal_comma")
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return cells, lat, lon
    if name == "qatar_moi_paris":
        if r < 0.6:
            tags.append("decimal_comma")
            cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
            return cells, lat, lon
        ew = "E" if lon >= 0 else "O"
        if r < 0.8:
            tags.append("decimal_comma")
            cells = {
                "lat": f"{abs(lat):.5f} {ns}".replace(".", ","),
                "lon": f"{abs(lon):.5f} {ew}".replace(".", ","),
            }
            return cells, lat, lon
        tags.append("dms")
        a, b = _dms(lat), _dms(lon)
        cells = {
            "lat": f"{a[0]}°{a[1]:02d}'{a[2]:02d}'' {ns}",
            "lon": f"{b[0]}°{b[1]:02d}'{b[2]:02d}'' {ew}",
        }
        return cells, _sign(lat) * a[3], _sign(lon) * b[3]
    if name == "kuwait_moi_mexico":
        ew = "E" if lon >= 0 else "W"
        if r < 0.5:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
        if r < 0.8:
            tags.append("dms")
            a, b = _dms(lat), _dms(lon)
            text = f"{a[0]}°{a[1]:02d}'{a[2]:02d}\"{ns} {b[0]}°{b[1]:02d}'{b[2]:02d}\"{ew}"
            return {"coordinates": text}, _sign(lat) * a[3], _sign(lon) * b[3]
        tags.append("labelled")
        return {"coordinates": f"Lat. {lat:.5f} Long. {lon:.5f}"}, lat, lon
    ew = "E" if lon >= 0 else "W"  # Egyptian liaison: maritime positions
    if r < 0.6:
        tags.append("ddm")
        p, q = _ddm(lat), _ddm(lon)
        if rng.random() < 0.6:
            text = f"{p[0]:02d}°{p[1]:05.2f}'{ns} {q[0]:03d}°{q[1]:05.2f}'{ew}"
        else:
            text = f"{p[0]:02d} {p[1]:05.2f}{ns} {q[0]:03d} {q[1]:05.2f}{ew}"
        return {"coordinates": text}, _sign(lat) * p[2], _sign(lon) * q[2]
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon


def _sign(value: float) -> float:
    return -1.0 if value < 0 else 1.0


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    name = src.source
    tags: list[str] = []
    cells: _Cells = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], date_tags = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += date_tags

    cells.update(_crime(src, ev, rng, tags))
    exp["crime_type"] = ev["crime_type"]
    exp["exploitation"] = ev["exploitation"]

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _P_COUNT_UNKNOWN:
        cells["n_persons"] = choice(rng, _UNKNOWN_COUNT[name])
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < _P_SUSPECTS_UNKNOWN:
        cells["n_suspects"] = choice(rng, _UNKNOWN_COUNT[name])
        tags.append("suspects_placeholder")
    else:
        exp["n_suspects"] = k
        if k == 0 and rng.random() < _P_ZERO_WORD:
            cells["n_suspects"] = choice(rng, _ZERO[name])
            tags.append("zero_word")
        else:
            cells["n_suspects"] = _small_count(src, k, rng)

    if forced_blank == "gender":
        cells["gender"] = None if rng.random() < 0.6 else choice(rng, _NOT_GIVEN[name])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[name][str(ev["gender"])])
        exp["gender"] = ev["gender"]

    if rng.random() < _P_NA_AGE:
        cells["age_group"] = choice(rng, _NA_WORD[name])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[name][str(ev["age_group"])])
        exp["age_group"] = ev["age_group"]

    if forced_blank == "nationality":
        cells["nationality"] = None if rng.random() < 0.6 else choice(rng, _NOT_GIVEN[name])
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(ev["nationality"]), rng, tags, nationality=True)
        exp["nationality"] = ev["nationality"]
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(src, str(ev[col]), rng, tags)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(ev["detection_country"]), rng, tags)
        exp["detection_country"] = ev["detection_country"]

    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    if rng.random() < _P_NA_TRANSPORT:
        cells["transport_mode"] = choice(rng, _NA_WORD[name])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT[name][str(ev["transport_mode"])])
        exp["transport_mode"] = ev["transport_mode"]

    place_cols = ["coordinates"] if "coordinates" in src.headers else ["lat", "lon"]
    r = rng.random()
    if forced_blank == "coordinates" or r < _P_NO_COORDS:
        cells.update(dict.fromkeys(place_cols))
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif r < _P_NO_COORDS + _P_COORDS_WORD:
        cells.update(dict.fromkeys(place_cols, choice(rng, _NO_PLACE[name])))
        tags.append("coords_placeholder")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
        cells.update(place)

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=_SOURCES,
    primary={
        "GRC": _ISRAEL.source,
        "HRV": _ISRAEL.source,
        "POL": _ISRAEL.source,
        "ESP": _SAUDI.source,
        "FRA": _QATAR.source,
        "GBR": _QATAR.source,
        "PAN": _KUWAIT.source,
        "USA": _KUWAIT.source,
        "ITA": _EGYPT.source,
    },
    compilation=_ISRAEL.source,
    secondary={
        ("cmed", "ITA"): _ISRAEL.source,
        ("thb_nga_ita", "ITA"): _ISRAEL.source,
        ("thb_rou_esp", "ITA"): _SAUDI.source,
        ("thb_rou_esp", "ESP"): _ISRAEL.source,
        ("watl", "ESP"): _ISRAEL.source,
        ("wmed", "ESP"): _QATAR.source,
        ("channel", "FRA"): _ISRAEL.source,
        ("channel", "GBR"): _ISRAEL.source,
        ("thb_vnm_gbr", "GBR"): _ISRAEL.source,
        ("darien", "PAN"): _ISRAEL.source,
        ("us_mex", "USA"): _ISRAEL.source,
        ("emed", "GRC"): _EGYPT.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=5353,
    blank_share=0.35,
)


def make_blind53(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind53`` liaison desks' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``israel_police_ird_bc.csv``, ``saudi_pss_madrid_bc.xlsx``,
        ``qatar_moi_paris_bc.csv``, ``kuwait_moi_mexico_bc.csv`` and
        ``egypt_coastguard_lo_bc.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind53(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['israel_police_ird_bc.csv', 'saudi_pss_madrid_bc.xlsx', 'qatar_moi_paris_bc.csv',
     'kuwait_moi_mexico_bc.csv', 'egypt_coastguard_lo_bc.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
