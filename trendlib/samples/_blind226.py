"""Examiner sample set ``blind226`` (files ``*_ht.*``): food-sector labour-exploitation desks.

Five agencies that see trafficking and smuggling through the meat-processing and food
industry (subcontracted slaughterhouse and plant workers, labour providers, the unions
and inspectors around them) send their case logs, each the way its own tool exports
them:

``ugt_fica_ht.csv``
    UGT FICA (Spanish union federation of industry, construction and agri-food),
    migration desk's case log of Spain. Excel "CSV (delimitado por puntos y comas)":
    cp1252, ``;``, CRLF, Spanish headers; dates ``dd/mm/aaaa`` or ``mayo de 2023``;
    nationality as a demonym (``marroquí``); transit countries ``A, B y C``; latitude
    and longitude with decimal commas; ``H``/``M`` for men/women; counts with a unit
    (``12 trabajadores``) or ``.`` thousands; some names garbled by a UTF-8 paste
    (mojibake). Re-sends a few rows.
``dgt_gnvac_ht.xlsx``
    French labour inspectorate's national unit (DGT, Groupe national de veille,
    d'appui et de contrôle), cases of France. XLSX with real Excel dates, a few typed
    as text or left as serial numbers, quarters ``T2 2023`` and months ``mars 2023``;
    legal wording (``Aide à l'entrée irrégulière``, ``TEH (art. 225-4-1 CP)``);
    country names in capitals, often without accents; ``H``/``F``/``H/F``; no
    coordinates.
``alp_uk_ht.csv``
    Association of Labour Providers (UK temporary-work agencies' body), intelligence
    log of the United Kingdom. Excel "Unicode Text": UTF-16 with BOM, tab-separated;
    UK dates ``17/05/2023`` or ``17 May 2023``, months and quarters ``Q2 2023``;
    nationality as a demonym (``Vietnamese``); ``TBC`` counts; no coordinates.
``dol_oig_ht.csv``
    US Department of Labor, Office of Inspector General (Office of Investigations),
    cases of the United States. UTF-8 with BOM, ``,``; US dates ``5/17/2023`` (month
    first throughout); capital country names and ISO alpha-3 codes; coordinates as
    one ``lat, lon`` cell, a few ``0, 0`` placeholders and swapped pairs. Re-sends a
    few rows.
``iuf_uita_ht.jsonl``
    IUF/UITA (global food workers' union federation, Geneva), its affiliates' incident
    tracker: every other country. JSON lines, UTF-8; camelCase keys; ISO alpha-2
    codes from the form's drop-down or the affiliate's free text (Spanish in Panama);
    transit countries as a JSON array; ISO dates, months ``2023-05``, timestamps.

Every cell is written as the truth's event would be by that agency; what a careful
analyst reads from it is in the expected values, and a cell nobody could read (an
impossible date, ``varios`` as a count) makes the row one to quarantine.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "Agency", "make_blind226"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_Cells = dict[str, object]

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
_MONTHS_EN = (
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
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# Demonyms (the form "nationality" takes in the agencies' own case logs).
_DEMONYM_ES = {
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
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
_DEMONYM_EN = {
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
}
# The names the UK and US desks use where they differ from the table's English name.
_EN_ALIAS = {
    "GBR": ("UK", "United Kingdom", "Great Britain"),
    "VNM": ("Vietnam",),
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "USA": ("USA", "United States of America"),
    "RUS": ("Russian Federation",),
    "SYR": ("Syria",),
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared description plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the words the agency writes for it (first = the usual one).
    not_applicable : tuple of str or None
        What it writes as the exploitation of a pure smuggling case (None = empty).
    unknown : tuple of str
        Its words for a value not known (exploitation, age group, transport mode).
    unknown_country : tuple of str
        Its words for an origin or destination not known.
    placeholder : tuple of str
        Its words for a count of persons not known (the record is kept, no count).
    zero : tuple of str
        Its words for no suspect at all (read as 0).
    offence_sep : str
        Separator of linked offences.
    """

    crime: _Words
    exploitation: _Words
    not_applicable: tuple[str | None, ...]
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    unknown: tuple[str, ...]
    unknown_country: tuple[str, ...]
    placeholder: tuple[str, ...]
    zero: tuple[str, ...]
    offence_sep: str


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_UGT = Agency(
    source="ugt_fica_ht",
    filename="ugt_fica_ht.csv",
    ref="FICA-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº trabajadores afectados",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validar por la Secretaría de Migraciones",
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=True,
    crime={
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Inmigración clandestina (art. 318 bis CP)",
            "Tráfico de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "177 bis + 318 bis CP"),
    },
    exploitation={
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras formas", "Otra"),
    },
    not_applicable=("No aplica", None),
    gender={
        "male": ("Hombres", "H", "Varones"),
        "female": ("Mujeres", "M"),
        "mixed": ("Ambos sexos", "H y M", "Mixto"),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Embarcación", "Marítimo"),
        "sea:watl": ("Cayuco", "Embarcación"),
        "sea:wmed": ("Patera", "Neumática", "Embarcación"),
        "land": ("Terrestre", "Furgoneta", "Autobús"),
        "land:wmed": ("A pie", "Salto de valla", "Oculto en camión"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("No consta", "Sin especificar"),
    unknown_country=("Desconocido", "No consta"),
    placeholder=("sin determinar", "s/d"),
    zero=("ninguno", "0"),
    offence_sep=" / ",
)

_DGT = Agency(
    source="dgt_gnvac_ht",
    filename="dgt_gnvac_ht.xlsx",
    ref="GNVAC/{yy:02d}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf. dossier",
        "event_date": "Date des faits",
        "detection_country": "Pays des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / travailleurs",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Pays de destination",
        "transport_mode": "Mode d'acheminement",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction GNVAC – données provisoires – diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH (art. 225-4-1 CP)", "Traite"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Aide à l'entrée et au séjour irréguliers (art. L.823-1 CESEDA)",
            "Trafic de migrants",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    exploitation={
        "forced_labour": (
            "Travail forcé",
            "Exploitation par le travail",
            "Conditions de travail contraires à la dignité",
        ),
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
    },
    not_applicable=(None,),
    gender={
        "male": ("H", "Hommes", "Masculin"),
        "female": ("F", "Femmes"),
        "mixed": ("H/F", "Mixte"),
    },
    age={
        "adult": ("Majeurs", "Majeur"),
        "child": ("Mineurs", "Mineur"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    transport={
        "sea": ("Maritime", "Small boat", "Embarcation de fortune"),
        "land": ("Routier", "Poids lourd", "Véhicule léger", "Autocar"),
        "air": ("Aérien", "Avion"),
    },
    offences={
        "document_fraud": ("Faux et usage de faux", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants", "Contrebande"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    unknown=("NC", "Non renseigné"),
    unknown_country=("Inconnu", "NC"),
    placeholder=("NC", "inconnu"),
    zero=("néant", "0"),
    offence_sep=", ",
)

_ALP = Agency(
    source="alp_uk_ht",
    filename="alp_uk_ht.csv",
    ref="ALP-INT-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Intel ref",
        "event_date": "Date of incident",
        "crime_type": "Offence category",
        "exploitation": "Type of exploitation",
        "n_persons": "Workers involved",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Source country",
        "transit_countries": "Transit route",
        "destination_country": "Destination country",
        "detection_country": "Country where identified",
        "transport_mode": "Mode of travel",
        "linked_offences": "Associated offences",
    },
    note="Note: figures are provisional and subject to change",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
        "smuggling": ("People smuggling", "Facilitation", "Smuggling"),
        "both": ("Trafficking and smuggling", "MSHT + smuggling"),
    },
    exploitation={
        "forced_labour": ("Labour exploitation", "Forced labour", "Labour"),
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_criminality": (
            "Criminal exploitation",
            "Forced criminality",
            "Criminal exploitation (cannabis)",
        ),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    not_applicable=("N/A", None),
    gender={
        "male": ("Male", "M", "Men"),
        "female": ("Female", "F", "Women"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adult", "18+", "Adults"),
        "child": ("Under 18", "Child", "Minor"),
        "mixed": ("Adults and minors", "Mixed"),
    },
    transport={
        "sea": ("Small boat", "RHIB", "Boat"),
        "land": ("HGV", "Lorry", "Coach", "Car"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Not known", "n/k"),
    unknown_country=("Not known", "n/k"),
    placeholder=("TBC", "Not known"),
    zero=("none", "nil", "0"),
    offence_sep="; ",
)

_DOL = Agency(
    source="dol_oig_ht",
    filename="dol_oig_ht.csv",
    ref="{yy:02d}-{seq:04d}-HT",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "OI Case No.",
        "event_date": "Incident Date",
        "crime_type": "Program Area",
        "exploitation": "Trafficking Type",
        "n_persons": "Victims/Aliens",
        "n_suspects": "Subjects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Country of Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Destination Country",
        "detection_country": "Location Country",
        "transport_mode": "Mode of Entry",
        "coordinates": "Coordinates",
        "linked_offences": "Related Violations",
    },
    note=None,
    total="Grand Total",
    bad_count=("multiple", "several"),
    repeats=True,
    crime={
        "trafficking": ("Human Trafficking", "Trafficking in Persons", "HT"),
        "smuggling": ("Alien Smuggling", "Human Smuggling", "8 USC 1324"),
        "both": ("HT / Alien Smuggling", "Trafficking & Smuggling"),
    },
    exploitation={
        "forced_labour": ("Labor", "Forced Labor"),
        "sexual": ("Sex", "Sex Trafficking"),
        "forced_criminality": ("Forced Criminal Activity",),
        "forced_marriage": ("Forced Marriage",),
        "organ_removal": ("Organ Removal",),
        "other": ("Other",),
    },
    not_applicable=("N/A", None),
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Both", "Male/Female"),
    },
    age={
        "adult": ("Adult",),
        "child": ("Juvenile", "Minor"),
        "mixed": ("Adult/Juvenile", "Both"),
    },
    transport={
        "land": ("Land", "On foot", "Vehicle", "Tractor-trailer"),
        "sea": ("Maritime", "Vessel"),
        "air": ("Air", "Commercial air"),
    },
    offences={
        "document_fraud": ("Visa fraud", "Document fraud"),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Drug trafficking"),
        "cybercrime": ("Computer fraud",),
        "terrorism": ("Material support to terrorism",),
    },
    unknown=("Unk", "Unknown"),
    unknown_country=("Unknown", "Unk"),
    placeholder=("Unk", "Unknown"),
    zero=("None", "0"),
    offence_sep="; ",
)

_IUF = Agency(
    source="iuf_uita_ht",
    filename="iuf_uita_ht.jsonl",
    ref="IUF/{year}/{seq}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "incidentDate",
        "crime_type": "category",
        "exploitation": "exploitationType",
        "n_persons": "workersAffected",
        "n_suspects": "allegedPerpetrators",
        "gender": "sex",
        "age_group": "ageBracket",
        "nationality": "workerNationality",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitCountries",
        "destination_country": "countryOfDestination",
        "detection_country": "countryOfIncident",
        "transport_mode": "travelMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("many", "several"),
    repeats=False,
    crime={
        "trafficking": ("Human trafficking",),
        "smuggling": ("Migrant smuggling",),
        "both": ("Trafficking & smuggling",),
    },
    exploitation={
        "forced_labour": ("Forced labour",),
        "sexual": ("Sexual exploitation",),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    not_applicable=(None,),
    gender={"male": ("men",), "female": ("women",), "mixed": ("men and women",)},
    age={"adult": ("adults",), "child": ("minors",), "mixed": ("adults and minors",)},
    transport={"sea": ("by sea",), "land": ("overland",), "air": ("by air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs / illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("not stated",),
    unknown_country=("not stated",),
    placeholder=("unknown", "not stated"),
    zero=("0",),
    offence_sep=", ",
)

#: The set's agencies, in the order the submissions are returned.
SOURCES: tuple[Agency, ...] = (_UGT, _DGT, _ALP, _DOL, _IUF)


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, one of the others otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _swap(text: str) -> str | None:
    """Two letters in the middle swapped (a slip of the keyboard), or None if unchanged."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _country_ugt(iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    tags: list[str] = []
    if col == "nationality" and iso in _DEMONYM_ES and rng.random() < 0.7:
        text = _DEMONYM_ES[iso]
        tags.append("demonym:nationality")
    else:
        text = _name(iso, "es")
    r = rng.random()
    if r < 0.04 and (garbled := mojibake(text)) is not None:
        text = garbled
        tags.append(f"mojibake:{col}")
    elif r < 0.06 and (typo := _swap(text)) is not None:
        text = typo
        tags.append(f"typo:{col}")
    elif r < 0.12:
        text = text.upper()
        tags.append(f"case:{col}")
    elif r < 0.16:
        text = text + " "
        tags.append(f"case:{col}")
    return text, tags


def _country_dgt(iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    tags: list[str] = []
    if col == "nationality" and iso in _DEMONYM_FR and rng.random() < 0.7:
        text = _DEMONYM_FR[iso]
        tags.append("demonym:nationality")
        if rng.random() < 0.3:
            text = text.capitalize()
        return text, tags
    text = _name(iso, "fr")
    r = rng.random()
    if r < 0.35:  # the administration's capitals, accents dropped
        text = _strip_accents(text).upper()
        tags.append(f"case:{col}")
    elif r < 0.65:
        text = text.upper()
        tags.append(f"case:{col}")
    elif r < 0.67 and (typo := _swap(text)) is not None:
        text = typo
        tags.append(f"typo:{col}")
    return text, tags


def _country_alp(iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    tags: list[str] = []
    if col == "nationality" and iso in _DEMONYM_EN and rng.random() < 0.8:
        text = _DEMONYM_EN[iso]
        tags.append("demonym:nationality")
    elif iso in _EN_ALIAS and rng.random() < 0.5:
        text = choice(rng, _EN_ALIAS[iso])
        tags.append(f"alias:{col}")
    else:
        text = _name(iso, "en")
    r = rng.random()
    if r < 0.02 and (typo := _swap(text)) is not None:
        text = typo
        tags.append(f"typo:{col}")
    elif r < 0.05:
        text = text.lower()
        tags.append(f"case:{col}")
    return text, tags


def _country_dol(iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    r = rng.random()
    if r < 0.15:
        return iso, [f"iso3:{col}"]
    if iso in _EN_ALIAS and r < 0.45:
        text = choice(rng, _EN_ALIAS[iso])
        tag = f"alias:{col}"
    else:
        text = _name(iso, "en")
        tag = ""
    if rng.random() < 0.6:
        text = text.upper()
        tag = tag or f"case:{col}"
    return text, [tag] if tag else []


def _country_iuf(iso: str, col: str, rng: _Rng, *, spanish: bool) -> tuple[str, list[str]]:
    if rng.random() < 0.8:  # the form's drop-down stores ISO alpha-2
        return iso_codes(iso)[0], [f"iso2:{col}"]
    # the affiliate typed the country: Spanish in Panama, English elsewhere
    return _name(iso, "es" if spanish else "en"), []


_CountryWriter = Callable[[str, str, _Rng], tuple[str, list[str]]]


def _writer(src: Agency, ev: Mapping[str, object]) -> _CountryWriter:
    if src.source == "iuf_uita_ht":
        spanish = ev["detection_country"] == "PAN"
        return lambda iso, col, rng: _country_iuf(iso, col, rng, spanish=spanish)
    return {
        "ugt_fica_ht": _country_ugt,
        "dgt_gnvac_ht": _country_dgt,
        "alp_uk_ht": _country_alp,
        "dol_oig_ht": _country_dol,
    }[src.source]


def _transit(src: Agency, value: str, write: _CountryWriter, rng: _Rng) -> tuple[object, list[str]]:
    """Transit countries in order, in the agency's list style."""
    tags: list[str] = []
    parts: list[str] = []
    for iso in value.split("|"):
        text, t = write(iso, "transit_countries", rng)
        parts.append(text.strip())
        tags += [x.split(":")[0] + ":transit_countries" for x in t if not x.startswith("demonym")]
    if src.source == "iuf_uita_ht":
        return parts, sorted(set(tags))
    if src.source == "ugt_fica_ht":
        if len(parts) > 1 and rng.random() < 0.5:
            return ", ".join(parts[:-1]) + " y " + parts[-1], sorted(set(tags))
        return ", ".join(parts), sorted(set(tags))
    sep = {"dgt_gnvac_ht": " > ", "alp_uk_ht": ", ", "dol_oig_ht": ", "}[src.source]
    return sep.join(parts), sorted(set(tags))


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateOut = tuple[object, pd.Timestamp, str, list[str]]


def _date(src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    """Write a date as the agency does: (cell, expected date, precision, tags)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.source == "ugt_fica_ht":
        if partial_ok and r < 0.05:
            text = f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"
            if rng.random() < 0.5:
                text = f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
            return text, month, "month", ["partial_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.source == "dgt_gnvac_ht":
        if partial_ok and r < 0.04:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if partial_ok and r < 0.08:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.2:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        if r < 0.25:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        return datetime(ts.year, ts.month, ts.day), ts, "day", []
    if src.source == "alp_uk_ht":
        if partial_ok and r < 0.04:
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if partial_ok and r < 0.08:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.3:
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.source == "dol_oig_ht":
        if partial_ok and r < 0.04:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", ["month_first"]
    # IUF tracker: ISO day, month only, or the form's UTC timestamp
    if partial_ok and r < 0.08:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if r < 0.2:
        hour, minute = int(rng.integers(7, 19)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z", ts, "day", ["timestamp"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return an impossible, missing or future date, written the agency's way."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, month = (31, 4) if rng.random() < 0.5 else (30, 2)
        if src.source == "dol_oig_ht":
            return f"{month}/{day}/{ts.year}"
        if src.source == "iuf_uita_ht":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    # future: the decade slipped (2023 -> 2033) when typing
    fut = ts.replace(year=ts.year + 10)
    if src.source == "dgt_gnvac_ht":
        return datetime(fut.year, fut.month, fut.day)
    if src.source == "dol_oig_ht":
        return f"{fut.month}/{fut.day}/{fut.year}"
    if src.source == "iuf_uita_ht":
        return fut.strftime("%Y-%m-%d")
    return fut.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extraction, after the last case."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = rng.random()
    if r < 0.02:
        return choice(rng, src.placeholder), None, ["count_placeholder"]
    numeric = src.format != "csv"
    if n >= 1000 and r < 0.7:
        hi, lo = divmod(n, 1000)
        sep = {"ugt_fica_ht": ".", "dgt_gnvac_ht": "\u00a0"}.get(src.source, ",")
        if src.source != "iuf_uita_ht":
            return f"{hi}{sep}{lo:03d}", n, ["thousands:n_persons"]
    if src.source == "ugt_fica_ht" and r > 0.94:
        return f"{n} {'trabajadores' if n > 1 else 'trabajador'}", n, ["count_with_unit"]
    return (n if numeric else str(n)), n, []


def _suspects(src: Agency, n: int, rng: _Rng, blank: bool) -> tuple[object, int | None, list[str]]:
    if blank:
        return None, None, ["blank_n_suspects"]
    if n == 0 and src.zero[0] != "0" and rng.random() < 0.4:
        return choice(rng, src.zero[:-1]), 0, ["zero_word"]
    return (n if src.format != "csv" else str(n)), n, []


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[_Cells, list[str]]:
    """Coordinate cells and tags; the expected point is the event's unless tagged."""
    if "lat" not in src.headers and "coordinates" not in src.headers:
        return {}, ["coords_missing"]
    r = rng.random()
    if blank:
        return {}, ["blank_coordinates"]
    if src.source == "ugt_fica_ht":
        if r < 0.15:
            return {}, ["coords_missing"]
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}, []
    if src.source == "dol_oig_ht":
        if r < 0.08:
            return {}, ["coords_missing"]
        if r < 0.1:
            return {"coordinates": "0, 0"}, ["coords_placeholder"]
        if r < 0.12 and abs(lon) > 90:  # swapped, and plainly so: no latitude beyond 90
            return {"coordinates": f"{lon:.5f}, {lat:.5f}"}, ["coords_swapped"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, []
    if r < 0.2:  # IUF: the affiliate did not drop a pin
        return {}, ["coords_missing"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, []


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []
    write = _writer(src, ev)
    corridor = str(ev["corridor"])

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime[crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable[int(rng.integers(len(src.not_applicable)))]
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, src.exploitation[str(expl)])
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        forced_blank == "n_suspects",
    )
    tags += t

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, src.gender[str(ev["gender"])])
        exp["gender"] = ev["gender"]

    for col, key in (("age_group", "age"), ("transport_mode", "transport")):
        words: _Words = getattr(src, key)
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
            continue
        value = str(ev[col])
        cells[col] = _word(rng, words.get(f"{value}:{corridor}", words[value]))
        exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col in ("origin_country", "destination_country") and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown_country), None
            tags.append(f"unknown:{col}")
            continue
        cells[col], t = write(str(iso), col, rng)
        exp[col] = iso
        tags += t

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        cells["transit_countries"], t = _transit(src, str(transit), write, rng)
        exp["transit_countries"] = transit
        tags += t

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    place, t = _coords(src, lat, lon, rng, forced_blank == "coordinates")
    cells.update(place)
    tags += t
    no_place = any(x in ("coords_missing", "coords_placeholder", "blank_coordinates") for x in t)
    exp["lat"], exp["lon"] = (None, None) if no_place else (lat, lon)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        cells["linked_offences"] = src.offence_sep.join(
            _word(rng, src.offences[o]) for o in str(offences).split("|")
        )
        exp["linked_offences"] = offences
    return cells, exp, tags


#: The set as the shared machinery reads it.
EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": "ugt_fica_ht",
        "FRA": "dgt_gnvac_ht",
        "GBR": "alp_uk_ht",
        "USA": "dol_oig_ht",
    },
    compilation="iuf_uita_ht",
    secondary={
        # affiliates forward to the IUF what their national desks already logged
        ("thb_rou_esp", "ESP"): "iuf_uita_ht",
        ("thb_vnm_gbr", "GBR"): "iuf_uita_ht",
        ("us_mex", "USA"): "iuf_uita_ht",
        ("wmed", "ESP"): "iuf_uita_ht",
        # the Channel is logged on both shores
        ("channel", "GBR"): "dgt_gnvac_ht",
        ("channel", "FRA"): "alp_uk_ht",
        # the Spanish union follows the Romanian crews it knows in Italy
        ("thb_rou_esp", "ITA"): "ugt_fica_ht",
        # the US desk follows the Darién flows heading north
        ("darien", "PAN"): "dol_oig_ht",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=226,
    blank_share=0.3,
)


def make_blind226(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five food-sector desks of ``blind226`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ugt_fica_ht.csv`` (Spanish, cp1252, ``;``), ``dgt_gnvac_ht.xlsx`` (French),
        ``alp_uk_ht.csv`` (English, UTF-16, tab), ``dol_oig_ht.csv`` (English, UTF-8
        with BOM, ``,``) and ``iuf_uita_ht.jsonl`` (English keys, UTF-8), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind226(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ugt_fica_ht.csv', 'dgt_gnvac_ht.xlsx', 'alp_uk_ht.csv', 'dol_oig_ht.csv',
     'iuf_uita_ht.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['Nº Expediente', 'Fecha de los hechos', 'Tipo de delito']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
