"""Examiner sample set ``blind47``: five port, island and NGO sources (files ``*_aw.*``).

A held-out set written from the truth without looking at the cleaner. Each source keeps
the wording, date style, number format, coordinate style and placeholders its agency
uses; the shared row machinery of :mod:`trendlib.samples._examiner` picks who reports
what, plants the duplicates, bad rows and garbage rows, and writes the expected rows.

Reader's guide to the five files
--------------------------------
``guardia_civil_sive_aw.xlsx`` - Guardia Civil, Jefatura Fiscal y de Fronteras (SIVE,
    the coastal radar system, with the Comandancias' judicial police teams), Spanish,
    XLSX. First reports every event detected in Spain (Canaries, Alborán, Ceuta,
    Melilla, Huelva/Almería farms). Dates are real Excel dates, bare Excel serial numbers,
    ``dd/mm/aaaa`` text or ``14-ene-2022``; partial dates ``marzo 2022``, ``03/2022``,
    ``1er trim. 2022``, ``T1 2022``, ``primer trimestre de 2022``. Crime type by penal
    code article (``art. 318 bis CP`` smuggling, ``art. 177 bis CP`` trafficking, ``TSH``).
    Counts as numbers, ``57 personas`` or ``1.204`` (dot thousands); ``S/D`` and ``sin
    determinar`` for unknown counts; ``ninguno`` / ``sin detenidos`` for no arrests.
    Separate ``Latitud`` / ``Longitud`` columns: plain numbers, nautical degrees and
    decimal minutes with a decimal comma and the ordinal sign (``27º 45,2' N``,
    ``015º 33,8' W`` or ``O`` for *oeste*), or degrees-minutes-seconds; ``S/P`` (*sin
    posición*) when there is no fix. Spanish demonyms (``marroquí``, ``guineana
    (Conakry)``, some in capitals), Spanish country names or ISO alpha-2 codes;
    ``No procede`` / ``—`` for no exploitation, ``directo`` for no transit country,
    ``no consta`` / ``N/C`` for an age group or means not recorded, ``s/f`` (*sin fecha*)
    for a missing date. Crossings at Ceuta and Melilla are ``salto de valla``.
``north_aegean_police_aw.csv`` - Hellenic Police directorates of Lesvos, Samos and
    Orestiada (Evros), the sheet they keep in English for the liaison officers, with
    bilingual Greek / English headers (``Ημερομηνία / Date``). UTF-16 with BOM,
    tab-separated (Excel's "Unicode text" export). Dates ``14.03.2023``, ``14/03/2023``,
    ``14-Mar-2023`` or ``14/3/23`` (always day first); partial ``03.2023``, ``March 2023``,
    ``Q1 2023``, ``1st quarter 2023``. Offences by article (``art. 30 L. 4251/2014``
    smuggling, ``art. 323A PC`` trafficking). Counts with a dot for thousands
    (``1.250``), ``n/k`` or ``Άγνωστο / unknown`` when not known, ``nil`` / ``none`` for
    no arrests; ``M`` / ``F`` / ``M/F``; ``UAM`` for unaccompanied minors. One position
    column: degrees-minutes-seconds, decimal degrees or degrees and decimal minutes.
``utopia56_littoral_aw.csv`` - Utopia 56, Calais / Grande-Synthe (Channel coast) emergency
    line log, French, UTF-8 without BOM, comma-separated (a shared online sheet). First
    reports events detected in France, and reports again some Channel arrivals in the
    UK. Dates ``14/03/2023``, ``14/03/23``, ``mardi 14 mars 2023``, ``14 mars 2023``,
    ISO; partial ``mars 2023``, ``03/2023``, ``1er trimestre 2023``, ``T1 2023``. Crime
    type by law (``art. L823-1 CESEDA`` smuggling, ``TEH`` / ``art. 225-4-1 CP``
    trafficking) or plain words (``passage (passeur)``). Counts with a narrow no-break
    space for thousands (``1 250``), ``NC`` / ``inconnu``; ``aucun`` for no arrests;
    ``H`` / ``F`` / ``H/F``; ``MNA`` for unaccompanied minors. GPS positions pasted from
    a map (``50.95132, 1.85871``), with decimal commas (``50,9513 ; 1,8587``), or from
    the boat's phone (``N 50°57.08' E 001°51.52'``); ``pas de position``. A few rows were
    pasted through a wrong encoding (``Aide Ã  l'entrÃ©e irrÃ©guliÃ¨re``, ``50Â°55.44'``)
    and a few were pasted twice (exact repeats).
``msf_ocba_kobo_aw.jsonl`` - Médecins Sans Frontières, Operational Centre Barcelona-Athens,
    incident register kept on a KoboToolbox form, Spanish, JSON lines with Kobo's group
    paths as keys (``evento/fecha_evento``). Reports every event no other source reports
    first (Italy, Panama's Darién, the US-Mexico border, the UK, Croatia, Poland). Dates
    ``2023-03-14``, Kobo date-times with their offset (``2023-03-14T10:42:00.000-05:00``),
    ``14/03/2023`` from an older form version or ``14 de marzo de 2023``; partial dates as
    Kobo's month-year widget (``2023-03``) or ``T1 2023`` / ``primer trimestre 2023``. Some
    answers are choice labels (``Trata de personas``), others the form's choice names
    (``trata_personas``, ``lavado_activos corrupcion`` for a multiple choice). Counts as
    strings or numbers, ``1.204`` in a text answer, ``desconocido`` / ``N/D``; ``NNA``
    (*niños, niñas y adolescentes*) for minors; ``a pie (selva)`` in the Darién. Position
    as a Kobo geopoint ``lat lon altitude accuracy`` (or ``lat, lon`` typed in). No note
    row; a few submissions were synced twice (exact repeats).
``alarm_phone_aw.csv`` - Alarm Phone (Watch the Med) shift log, English words written on
    German-locale Excel: cp1252, semicolon-separated, CRLF. It only reports again sea
    (and some land) events that an official source reports first: Central Mediterranean,
    Western Mediterranean, Atlantic and Aegean cases. Dates ``14.03.2023``, ``14.03.2023
    03:40``, ``2023-03-14``, ``14 Mar 2023``. ``POB`` counts, ``approx. 45``, ``1.250``;
    positions ``N 35°28,3' E 012°33,1'`` (decimal comma), ``35,4712 N 12,5521 E`` or pasted
    ``35.47120, 12.55210``. No column for linked offences.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
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

__all__ = ["BLIND47_SOURCES", "make_blind47"]

_Rng = np.random.Generator
_Tags = list[str]
#: (cell, expected clean value) of a written value.
_Written = tuple[object, object]


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An examiner source with the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's wording in :data:`_WORDING`.
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_GC = _Source(
    source="guardia_civil_sive_aw",
    filename="guardia_civil_sive_aw.xlsx",
    ref="JFF-{seq:05d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha interceptación",
        "detection_country": "País del hecho",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas (inmig./víctimas)",
        "n_suspects": "Detenidos (patrones/captadores)",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino declarado",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales sujetos a revisión (JFF / SIVE)",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "numerosos", "varias decenas"),
    repeats=False,
    style="gc",
)
_GR = _Source(
    source="north_aegean_police_aw",
    filename="north_aegean_police_aw.csv",
    ref="ΑΔ-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Α/Α Δικογραφίας / Case file no.",
        "event_date": "Ημερομηνία / Date",
        "detection_country": "Χώρα / Country",
        "crime_type": "Αδίκημα / Offence",
        "exploitation": "Μορφή εκμετάλλευσης / Exploitation",
        "n_persons": "Αριθμός αλλοδαπών / No. of TCNs",
        "n_suspects": "Συλληφθέντες / Arrested (facilitators)",
        "gender": "Φύλο / Sex",
        "age_group": "Ηλικία / Age",
        "nationality": "Υπηκοότητα / Nationality",
        "origin_country": "Χώρα προέλευσης / Country of origin",
        "destination_country": "Προορισμός / Destination",
        "transit_countries": "Χώρες διέλευσης / Transit",
        "transport_mode": "Μέσο / Means",
        "coordinates": "Στίγμα / Position (WGS84)",
        "linked_offences": "Λοιπά αδικήματα / Other offences",
    },
    note="Προσωρινά στοιχεία / Provisional data, subject to change",
    total="ΣΥΝΟΛΟ / TOTAL",
    bad_count=("many", "large group", "πολλοί / many"),
    repeats=False,
    style="gr",
)
_U56 = _Source(
    source="utopia56_littoral_aw",
    filename="utopia56_littoral_aw.csv",
    ref="U56-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "N° alerte",
        "event_date": "Date",
        "detection_country": "Pays",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Passeurs interpellés",
        "gender": "Genre",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de passage",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Autres infractions",
    },
    note="Données de la permanence téléphonique, non exhaustives, à recouper",
    total="TOTAL",
    bad_count=("un groupe", "beaucoup", "plein"),
    repeats=True,
    style="u56",
)
_MSF = _Source(
    source="msf_ocba_kobo_aw",
    filename="msf_ocba_kobo_aw.jsonl",
    ref="MSF-OCBA-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "registro/codigo_caso",
        "event_date": "evento/fecha_evento",
        "detection_country": "evento/pais",
        "crime_type": "evento/tipologia",
        "exploitation": "evento/tipo_explotacion",
        "n_persons": "grupo/n_personas",
        "n_suspects": "grupo/n_presuntos_facilitadores",
        "gender": "grupo/sexo",
        "age_group": "grupo/edad",
        "nationality": "grupo/nacionalidad",
        "origin_country": "grupo/pais_origen",
        "destination_country": "ruta/destino",
        "transit_countries": "ruta/paises_transito",
        "transport_mode": "ruta/medio_transporte",
        "coordinates": "evento/ubicacion_gps",
        "linked_offences": "evento/delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("grupo", "varias familias", "muchos"),
    repeats=True,
    style="msf",
)
_AP = _Source(
    source="alarm_phone_aw",
    filename="alarm_phone_aw.csv",
    ref="AP-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case no.",
        "event_date": "Date of case",
        "detection_country": "Landed / intercepted in",
        "crime_type": "Context",
        "exploitation": "Exploitation (if THB)",
        "n_persons": "People (POB)",
        "n_suspects": "Smugglers arrested (reported)",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality (main group)",
        "origin_country": "Country of origin",
        "destination_country": "Final destination",
        "transit_countries": "Departure / transit",
        "transport_mode": "Boat type / means",
        "coordinates": "Last known position",
    },
    note="Note: compiled from shift reports, not verified",
    total="TOTAL",
    bad_count=("dozens", "a group", "many"),
    repeats=False,
    style="ap",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND47_SOURCES: tuple[_Source, ...] = (_GC, _GR, _U56, _MSF, _AP)

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("Afganistán", "Afganistan"),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
        "BLR": ("Bielorrusia", "Belarús"),
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
        "GIN": ("Guinea Conakry", "Guinea"),
        "GMB": ("Gambia",),
        "GRC": ("Grecia",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croacia",),
        "HTI": ("Haití",),
        "HUN": ("Hungría",),
        "IRN": ("Irán",),
        "IRQ": ("Irak", "Iraq"),
        "ITA": ("Italia",),
        "LBY": ("Libia",),
        "MAR": ("Marruecos",),
        "MEX": ("México",),
        "MKD": ("Macedonia del Norte",),
        "MLI": ("Malí", "Mali"),
        "MRT": ("Mauritania",),
        "NER": ("Níger",),
        "NGA": ("Nigeria",),
        "PAK": ("Pakistán",),
        "PAN": ("Panamá",),
        "POL": ("Polonia",),
        "ROU": ("Rumanía", "Rumania"),
        "RUS": ("Rusia",),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
    "fr": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albanie",),
        "AUT": ("Autriche",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgarie",),
        "BIH": ("Bosnie-Herzégovine", "Bosnie"),
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
        "GBR": ("Royaume-Uni", "Angleterre"),
        "GIN": ("Guinée", "Guinée-Conakry"),
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
        "VNM": ("Vietnam", "Viêt Nam"),
        "YEM": ("Yémen",),
    },
    "en": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia and Herzegovina", "Bosnia"),
        "BLR": ("Belarus",),
        "CHN": ("China",),
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
        "GBR": ("United Kingdom", "UK"),
        "GIN": ("Guinea", "Guinea-Conakry"),
        "GMB": ("Gambia", "The Gambia"),
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
        "RUS": ("Russia",),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Syria",),
        "TUN": ("Tunisia",),
        "TUR": ("Türkiye", "Turkey"),
        "USA": ("United States", "USA"),
        "VEN": ("Venezuela",),
        "VNM": ("Viet Nam", "Vietnam"),
        "YEM": ("Yemen",),
    },
}
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "AFG": ("afgano", "afgana"),
        "ALB": ("albanés", "albanesa"),
        "BGD": ("bangladesí",),
        "CHN": ("chino", "china"),
        "CIV": ("marfileño", "marfileña"),
        "CMR": ("camerunés", "camerunesa"),
        "COL": ("colombiano", "colombiana"),
        "DZA": ("argelino", "argelina"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "EGY": ("egipcio", "egipcia"),
        "ERI": ("eritreo", "eritrea"),
        "GIN": ("guineano (Conakry)", "guineana (Conakry)"),
        "GMB": ("gambiano", "gambiana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "HTI": ("haitiano", "haitiana"),
        "IRN": ("iraní",),
        "IRQ": ("iraquí",),
        "MAR": ("marroquí",),
        "MEX": ("mexicano", "mexicana"),
        "MLI": ("maliense",),
        "NGA": ("nigeriano", "nigeriana"),
        "PAK": ("pakistaní",),
        "ROU": ("rumano", "rumana"),
        "SEN": ("senegalés", "senegalesa"),
        "SYR": ("sirio", "siria"),
        "TUN": ("tunecino", "tunecina"),
        "TUR": ("turco", "turca"),
        "VEN": ("venezolano", "venezolana"),
        "VNM": ("vietnamita",),
        "YEM": ("yemení",),
    },
    "fr": {
        "AFG": ("afghane", "afghan"),
        "ALB": ("albanaise", "albanais"),
        "BGD": ("bangladaise", "bangladais"),
        "CHN": ("chinoise", "chinois"),
        "CIV": ("ivoirienne", "ivoirien"),
        "CMR": ("camerounaise", "camerounais"),
        "COL": ("colombienne",),
        "DZA": ("algérienne", "algérien"),
        "ECU": ("équatorienne",),
        "EGY": ("égyptienne", "égyptien"),
        "ERI": ("érythréenne", "érythréen"),
        "GIN": ("guinéenne", "guinéen"),
        "GMB": ("gambienne",),
        "GTM": ("guatémaltèque",),
        "HND": ("hondurienne",),
        "HTI": ("haïtienne",),
        "IRN": ("iranienne", "iranien"),
        "IRQ": ("irakienne", "irakien"),
        "MAR": ("marocaine", "marocain"),
        "MEX": ("mexicaine",),
        "MLI": ("malienne", "malien"),
        "NGA": ("nigériane", "nigérian"),
        "PAK": ("pakistanaise", "pakistanais"),
        "ROU": ("roumaine",),
        "SEN": ("sénégalaise", "sénégalais"),
        "SYR": ("syrienne", "syrien"),
        "TUN": ("tunisienne", "tunisien"),
        "TUR": ("turque",),
        "VEN": ("vénézuélienne",),
        "VNM": ("vietnamienne", "vietnamien"),
        "YEM": ("yéménite",),
    },
    "en": {
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
    },
}
#: Misspellings a clerk makes (accents dropped, a letter swapped), by language.
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "MAR": "marroqui",
        "SEN": "senegales",
        "PAK": "pakistani",
        "IRQ": "iraqui",
        "BGD": "bangladesi",
    },
    "fr": {
        "AFG": "afgane",
        "ERI": "erythreenne",
        "SYR": "syriene",
        "IRQ": "irakiene",
        "VNM": "vietnamiene",
    },
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritrian",
        "IRQ": "Iraki",
        "TUN": "Tunisien",
        "BGD": "Bangaldeshi",
    },
}
#: Kobo choice names of countries (lower case, no accents, words joined by "_").
_KOBO_COUNTRY: dict[str, str] = {
    "CIV": "costa_de_marfil",
    "GBR": "reino_unido",
    "USA": "estados_unidos",
    "GIN": "guinea_conakry",
    "BIH": "bosnia_herzegovina",
    "MKD": "macedonia_del_norte",
}


def _name(code: str, lang: str, rng: _Rng) -> str:
    """Return one of the country's names in ``lang`` (its ISO alpha-3 code if none)."""
    names = _NAMES[lang].get(code)
    return choice(rng, names) if names else code


def _demonym(code: str, lang: str, rng: _Rng) -> str:
    """Return a demonym of the country in ``lang`` (a name of the country if none)."""
    words = _DEMONYMS[lang].get(code)
    return choice(rng, words) if words else _name(code, lang, rng)


def _kobo_name(code: str) -> str:
    """Return the Kobo choice name of a country (``venezuela``, ``estados_unidos``)."""
    if code in _KOBO_COUNTRY:
        return _KOBO_COUNTRY[code]
    plain = _NAMES["es"].get(code, (code,))[0]
    table = str.maketrans("áéíóúüñ", "aeiouun")
    return plain.lower().translate(table).replace(" ", "_")


def _text(value: object) -> str | None:
    """Return a truth value as text, None if missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _thousands(n: int, sep: str) -> str:
    """Write ``n`` with ``sep`` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_QUARTER_ORD = ("1er", "2º", "3er", "4º")
_ES_QUARTER_WORD = ("primer", "segundo", "tercer", "cuarto")
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR_QUARTER = ("1er", "2e", "3e", "4e")
_EN_QUARTER = ("1st", "2nd", "3rd", "4th")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Kobo date-time offsets by detection country: (winter, summer) local time of the project.
_OFFSETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "PAN": (("-05:00",), ("-05:00",)),
    "USA": (("-06:00", "-07:00"), ("-05:00", "-06:00", "-07:00")),
    "ITA": (("+01:00",), ("+02:00",)),
    "GBR": (("+00:00",), ("+01:00",)),
    "HRV": (("+01:00",), ("+02:00",)),
    "POL": (("+01:00",), ("+02:00",)),
}

_DateWriter = Callable[[pd.Timestamp, _Rng, bool, str, _Tags], tuple[object, pd.Timestamp, str]]


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (_quarter(ts) - 1) + 1, day=1)


def _partial(
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
    tags: _Tags,
    months: tuple[str, ...],
    quarters: tuple[str, ...],
) -> tuple[object, pd.Timestamp, str] | None:
    """Return a partial date (month or quarter) for a few rows that may give one, else None."""
    if not partial_ok:
        return None
    r = rng.random()
    if r < 0.035:
        tags.append("partial_month")
        return choice(rng, months), _month_start(ts), "month"
    if r < 0.06:
        tags.append("partial_quarter")
        return choice(rng, quarters), _quarter_start(ts), "quarter"
    return None


def _gc_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool, country: str, tags: _Tags
) -> tuple[object, pd.Timestamp, str]:
    q = _quarter(ts)
    mes = _ES_MONTHS[ts.month - 1]
    part = _partial(
        ts,
        rng,
        partial_ok,
        tags,
        (f"{mes} {ts.year}", f"{ts.month:02d}/{ts.year}", f"{mes.capitalize()} de {ts.year}"),
        (
            f"{_ES_QUARTER_ORD[q - 1]} trim. {ts.year}",
            f"T{q} {ts.year}",
            f"{_ES_QUARTER_WORD[q - 1]} trimestre de {ts.year}",
        ),
    )
    if part is not None:
        return part
    r = rng.random()
    cell: object
    if r < 0.55:
        cell = ts.to_pydatetime()
        tags.append("excel_date")
    elif r < 0.72:
        cell = int((ts - _EXCEL_EPOCH).days)
        tags.append("excel_serial")
    elif r < 0.9:
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
        tags.append("date_text")
    else:
        cell = f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
        tags.append("month_abbrev")
    return cell, ts, "day"


def _gr_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool, country: str, tags: _Tags
) -> tuple[object, pd.Timestamp, str]:
    q = _quarter(ts)
    part = _partial(
        ts,
        rng,
        partial_ok,
        tags,
        (f"{ts.month:02d}.{ts.year}", f"{MONTHS[ts.month - 1]} {ts.year}"),
        (f"Q{q} {ts.year}", f"{_EN_QUARTER[q - 1]} quarter {ts.year}"),
    )
    if part is not None:
        return part
    r = rng.random()
    if r < 0.5:
        cell = f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    elif r < 0.7:
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    elif r < 0.85:
        cell = f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
        tags.append("month_abbrev")
    else:
        cell = f"{ts.day}/{ts.month}/{ts.year % 100:02d}"
        tags.append("short_year")
    return cell, ts, "day"


def _u56_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool, country: str, tags: _Tags
) -> tuple[object, pd.Timestamp, str]:
    q = _quarter(ts)
    mois = _FR_MONTHS[ts.month - 1]
    part = _partial(
        ts,
        rng,
        partial_ok,
        tags,
        (f"{mois} {ts.year}", f"{ts.month:02d}/{ts.year}"),
        (f"{_FR_QUARTER[q - 1]} trimestre {ts.year}", f"T{q} {ts.year}"),
    )
    if part is not None:
        return part
    r = rng.random()
    if r < 0.55:
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    elif r < 0.7:
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
        tags.append("short_year")
    elif r < 0.85:
        day = "1er" if ts.day == 1 else str(ts.day)
        cell = f"{_FR_DAYS[ts.weekday()]} {day} {mois} {ts.year}"
        tags.append("month_name")
    elif r < 0.95:
        cell = f"{ts.day} {mois} {ts.year}"
        tags.append("month_name")
    else:
        cell = ts.strftime("%Y-%m-%d")
        tags.append("iso_date")
    return cell, ts, "day"


def _msf_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool, country: str, tags: _Tags
) -> tuple[object, pd.Timestamp, str]:
    q = _quarter(ts)
    part = _partial(
        ts,
        rng,
        partial_ok,
        tags,
        (f"{ts.year}-{ts.month:02d}",),
        (f"T{q} {ts.year}", f"{_ES_QUARTER_WORD[q - 1]} trimestre {ts.year}"),
    )
    if part is not None:
        return part
    r = rng.random()
    if r < 0.6:
        cell = ts.strftime("%Y-%m-%d")
    elif r < 0.75:
        hour = 8 + int(rng.integers(10))
        minute = int(rng.integers(60))
        winter, summer = _OFFSETS.get(country, (("+00:00",), ("+00:00",)))
        offset = choice(rng, summer if 4 <= ts.month <= 10 else winter)
        cell = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00.000{offset}"
        tags.append("datetime_offset")
    elif r < 0.9:
        cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
        tags.append("date_text")
    else:
        cell = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
        tags.append("month_name")
    return cell, ts, "day"


def _ap_date(
    ts: pd.Timestamp, rng: _Rng, partial_ok: bool, country: str, tags: _Tags
) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    if r < 0.6:
        cell = f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    elif r < 0.75:
        hour, minute = int(rng.integers(24)), int(rng.integers(60))
        cell = f"{ts.day:02d}.{ts.month:02d}.{ts.year} {hour:02d}:{minute:02d}"
        tags.append("date_time")
    elif r < 0.9:
        cell = ts.strftime("%Y-%m-%d")
        tags.append("iso_date")
    else:
        cell = f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}"
        tags.append("month_abbrev")
    return cell, ts, "day"


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        words = {"gc": "s/f", "gr": "", "u56": "", "msf": "", "ap": ""}
        return _pick(rng, (None, None, words[src.style] or None))
    if kind == "bad_date":  # a day that no month of that length has
        month = choice(rng, ("02", "04", "06", "09", "11"))
        day = "31" if month != "02" else choice(rng, ("30", "31"))
        if src.style == "msf":
            return f"{ts.year}-{month}-{day}"
        if src.style in ("gr", "ap"):
            return f"{day}.{month}.{ts.year}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # one wrong digit in the year: 2023 -> 2033
    if src.style == "gc":
        return future.to_pydatetime() if rng.random() < 0.5 else future.strftime("%d/%m/%Y")
    if src.style == "msf":
        return future.strftime("%Y-%m-%d")
    if src.style in ("gr", "ap"):
        return future.strftime("%d.%m.%Y")
    return future.strftime("%d/%m/%Y")


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last row)."""
    if src.style == "gc":
        return last.to_pydatetime()
    if src.style in ("gr", "ap"):
        return last.strftime("%d.%m.%Y")
    if src.style == "msf":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_CountWriter = Callable[[int, _Rng, _Tags], _Written]


def _gc_count(n: int, rng: _Rng, tags: _Tags) -> _Written:
    r = rng.random()
    if r < 0.03:
        tags.append("count_placeholder")
        return choice(rng, ("S/D", "sin determinar", "s/d")), None
    if n >= 1000 and r < 0.6:
        tags.append("thousands_sep")
        return _thousands(n, "."), n
    if r < 0.12:
        tags.append("count_text")
        return f"{n} {choice(rng, ('personas', 'pers.'))}", n
    return n, n


def _gr_count(n: int, rng: _Rng, tags: _Tags) -> _Written:
    r = rng.random()
    if r < 0.03:
        tags.append("count_placeholder")
        return choice(rng, ("n/k", "unknown", "Άγνωστο / unknown")), None
    if n >= 1000 and r < 0.7:
        tags.append("thousands_sep")
        return _thousands(n, "."), n
    return str(n), n


def _u56_count(n: int, rng: _Rng, tags: _Tags) -> _Written:
    r = rng.random()
    if r < 0.035:
        tags.append("count_placeholder")
        return choice(rng, ("NC", "inconnu", "nb inconnu")), None
    if n >= 1000 and r < 0.7:
        tags.append("thousands_sep")
        return _thousands(n, choice(rng, ("\u202f", "\u00a0", " "))), n
    if r < 0.15:
        tags.append("count_text")
        return f"{n} pers.", n
    return str(n), n


def _msf_count(n: int, rng: _Rng, tags: _Tags) -> _Written:
    r = rng.random()
    if r < 0.03:
        tags.append("count_placeholder")
        return choice(rng, ("desconocido", "N/D")), None
    if n >= 1000 and r < 0.5:
        tags.append("thousands_sep")
        return _thousands(n, "."), n
    if r < 0.35:
        return n, n
    return str(n), n


def _ap_count(n: int, rng: _Rng, tags: _Tags) -> _Written:
    r = rng.random()
    if r < 0.04:
        tags.append("count_placeholder")
        return choice(rng, ("unknown", "?", "not known")), None
    if n >= 1000 and r < 0.7:
        tags.append("thousands_sep")
        return _thousands(n, "."), n
    if r < 0.1:
        tags.append("approx_count")
        return f"{choice(rng, ('approx.', 'ca.'))} {n}", n
    return str(n), n


def _suspects(
    zero: tuple[str, ...], unknown: tuple[str, ...], number: Callable[[int], object]
) -> _CountWriter:
    """Return a writer of suspect counts: words for none and not known, else ``number``."""

    def write(n: int, rng: _Rng, tags: _Tags) -> _Written:
        if rng.random() < 0.03:
            tags.append("suspects_placeholder")
            return choice(rng, unknown), None
        if n == 0 and rng.random() < 0.5:
            tags.append("zero_word")
            return choice(rng, zero), 0
        return number(n), n

    return write


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
_CountryWriter = Callable[[str, _Rng, _Tags], str]


def _country_writer(
    lang: str, *, demonyms: bool, upper: float = 0.0, iso2: float = 0.0, iso3: float = 0.0
) -> _CountryWriter:
    """Return a writer of a country cell: a demonym or name in ``lang``, or an ISO code."""

    def write(code: str, rng: _Rng, tags: _Tags) -> str:
        r = rng.random()
        if r < iso2:
            tags.append("iso2")
            return iso_codes(code)[0]
        if r < iso2 + iso3:
            tags.append("iso3")
            return code
        if r < iso2 + iso3 + 0.03 and code in _TYPOS[lang] and demonyms:
            tags.append("typo")
            return _TYPOS[lang][code]
        if demonyms and rng.random() < 0.7:
            word = _demonym(code, lang, rng)
        else:
            word = _name(code, lang, rng)
        if rng.random() < upper:
            tags.append("upper_case")
            word = word.upper()
        return word

    return write


def _msf_country(code: str, rng: _Rng, tags: _Tags) -> str:
    r = rng.random()
    if r < 0.25:
        tags.append("kobo_name")
        return _kobo_name(code)
    if r < 0.35:
        tags.append("iso3")
        return code
    return _name(code, "es", rng)


def _msf_nationality(code: str, rng: _Rng, tags: _Tags) -> str:
    r = rng.random()
    if r < 0.2:
        tags.append("kobo_name")
        return _kobo_name(code)
    if r < 0.3:
        tags.append("iso3")
        return code
    if r < 0.75:
        return _demonym(code, "es", rng)
    return _name(code, "es", rng)


def _gr_country(code: str, rng: _Rng, tags: _Tags) -> str:
    """Return a country of the Greek sheet: Greece in English, in Greek or as a code."""
    if code == "GRC":
        return choice(rng, ("Greece", "GREECE", "Hellas", "Ελλάδα / Greece", "GR"))
    return _name(code, "en", rng)


_TransitWriter = Callable[[str | None, _Rng, _Tags], object]


def _transit_writer(
    lang: str, seps: tuple[str, ...], none: tuple[str | None, ...], *, kobo: bool = False
) -> _TransitWriter:
    """Return a writer of the ordered transit countries, joined by one of ``seps``."""

    def write(codes: str | None, rng: _Rng, tags: _Tags) -> object:
        if codes is None:
            return _pick(rng, none)
        parts = codes.split("|")
        if kobo and rng.random() < 0.2:
            tags.append("kobo_name")
            words = [_kobo_name(c) for c in parts]
        else:
            words = [_name(c, lang, rng) for c in parts]
        return choice(rng, seps).join(words)

    return write


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _ddm(value: float, decimals: int) -> tuple[int, float, float]:
    """Degrees and decimal minutes of ``|value|``; and the signed value they give."""
    scale = 60 * 10**decimals
    total = round(abs(value) * scale)
    deg, rest = divmod(total, scale)
    minutes = rest / 10**decimals
    return int(deg), minutes, math.copysign(deg + minutes / 60, value)


def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes and seconds of ``|value|``; and the signed value they give."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return (
        int(deg),
        int(minutes),
        int(seconds),
        math.copysign(deg + minutes / 60 + seconds / 3600, value),
    )


def _hemi(value: float, axis: str, west: str = "W") -> str:
    if axis == "lat":
        return "N" if value >= 0 else "S"
    return "E" if value >= 0 else west


def _ddm_text(
    value: float, axis: str, decimals: int, comma: bool, *, sign: str, west: str = "W"
) -> tuple[str, float]:
    deg, minutes, exp = _ddm(value, decimals)
    width = 3 if axis == "lon" else 2
    mins = f"{minutes:0{3 + decimals}.{decimals}f}"
    if comma:
        mins = mins.replace(".", ",")
    return f"{deg:0{width}d}{sign} {mins}'", exp


_Coords = tuple[dict[str, object], float | None, float | None]
_CoordWriter = Callable[[float, float, _Rng, _Tags], _Coords]


def _gc_coords(lat: float, lon: float, rng: _Rng, tags: _Tags) -> _Coords:
    r = rng.random()
    if r < 0.04:
        tags.append("coords_placeholder")
        word = choice(rng, ("S/P", "sin posición"))
        return {"lat": word, "lon": word}, None, None
    if r < 0.08:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    if r < 0.45:
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if r < 0.85:
        tags.append("coords_ddm")
        west = choice(rng, ("W", "W", "O"))
        la_t, la = _ddm_text(lat, "lat", 1, True, sign="º")
        lo_t, lo = _ddm_text(lon, "lon", 1, True, sign="º")
        return (
            {"lat": f"{la_t} {_hemi(lat, 'lat')}", "lon": f"{lo_t} {_hemi(lon, 'lon', west)}"},
            la,
            lo,
        )
    tags.append("coords_dms")
    d1, m1, s1, la = _dms(lat)
    d2, m2, s2, lo = _dms(lon)
    return (
        {
            "lat": f"{d1}º{m1:02d}'{s1:02d}\"{_hemi(lat, 'lat')}",
            "lon": f"{d2}º{m2:02d}'{s2:02d}\"{_hemi(lon, 'lon')}",
        },
        la,
        lo,
    )


def _gr_coords(lat: float, lon: float, rng: _Rng, tags: _Tags) -> _Coords:
    r = rng.random()
    if r < 0.04:
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, ("n/a", "no fix"))}, None, None
    if r < 0.08:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    if r < 0.4:
        tags.append("coords_dms")
        d1, m1, s1, la = _dms(lat)
        d2, m2, s2, lo = _dms(lon)
        text = (
            f"{d1:02d}°{m1:02d}'{s1:02d}\"{_hemi(lat, 'lat')} "
            f"{d2:03d}°{m2:02d}'{s2:02d}\"{_hemi(lon, 'lon')}"
        )
        return {"coordinates": text}, la, lo
    if r < 0.7:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    tags.append("coords_ddm")
    la_t, la = _ddm_text(lat, "lat", 1, False, sign="°")
    lo_t, lo = _ddm_text(lon, "lon", 1, False, sign="°")
    text = f"{la_t.replace(' ', '')}{_hemi(lat, 'lat')} {lo_t.replace(' ', '')}{_hemi(lon, 'lon')}"
    return {"coordinates": text}, la, lo


def _u56_coords(lat: float, lon: float, rng: _Rng, tags: _Tags) -> _Coords:
    r = rng.random()
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, ("pas de position", "position inconnue"))}, None, None
    if r < 0.1:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    if r < 0.55:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if r < 0.7:
        tags.append("decimal_comma")
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{la:.4f} ; {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, la, lo
    tags.append("coords_ddm")
    la_t, la = _ddm_text(lat, "lat", 2, False, sign="°")
    lo_t, lo = _ddm_text(lon, "lon", 2, False, sign="°")
    text = (
        f"{_hemi(lat, 'lat')} {la_t.replace(' ', '')} {_hemi(lon, 'lon')} {lo_t.replace(' ', '')}"
    )
    return {"coordinates": text}, la, lo


def _msf_coords(lat: float, lon: float, rng: _Rng, tags: _Tags) -> _Coords:
    r = rng.random()
    if r < 0.06:
        tags.append("coords_missing")
        return {"coordinates": _pick(rng, (None, ""))}, None, None
    if r < 0.85:
        tags.append("kobo_geopoint")
        alt = round(float(rng.uniform(0, 120)), 1) if rng.random() < 0.6 else 0.0
        acc = round(float(rng.uniform(3, 25)), 1) if alt else 0.0
        return {"coordinates": f"{lat:.6f} {lon:.6f} {alt} {acc}"}, lat, lon
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la}, {lo}"}, la, lo


def _ap_coords(lat: float, lon: float, rng: _Rng, tags: _Tags) -> _Coords:
    r = rng.random()
    if r < 0.07:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    if r < 0.5:
        tags.append("coords_ddm")
        la_t, la = _ddm_text(lat, "lat", 1, True, sign="°")
        lo_t, lo = _ddm_text(lon, "lon", 1, True, sign="°")
        text = (
            f"{_hemi(lat, 'lat')} {la_t.replace(' ', '')} "
            f"{_hemi(lon, 'lon')} {lo_t.replace(' ', '')}"
        )
        return {"coordinates": text}, la, lo
    if r < 0.75:
        tags.append("decimal_comma")
        la, lo = round(lat, 4), round(lon, 4)
        text = (f"{abs(la):.4f} {_hemi(la, 'lat')} {abs(lo):.4f} {_hemi(lo, 'lon')}").replace(
            ".", ","
        )
        return {"coordinates": text}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo


# --------------------------------------------------------------------------------------
# Linked offences
# --------------------------------------------------------------------------------------
_OffenceWriter = Callable[[str | None, _Rng, _Tags], object]


def _offence_writer(
    words: Mapping[str, tuple[str, ...]], joins: tuple[str, ...], none: tuple[str | None, ...]
) -> _OffenceWriter:
    """Return a writer of the linked offences: a word each, joined by one of ``joins``."""

    def write(offences: str | None, rng: _Rng, tags: _Tags) -> object:
        if offences is None:
            return _pick(rng, none)
        return choice(rng, joins).join(choice(rng, words[o]) for o in offences.split("|"))

    return write


_KOBO_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("falsificacion_documentos",),
    "corruption": ("corrupcion", "soborno"),
    "money_laundering": ("lavado_activos",),
    "illicit_goods": ("contrabando", "narcotrafico"),
    "cybercrime": ("ciberdelito",),
    "terrorism": ("terrorismo",),
}
_MSF_OFFENCE_LABELS: dict[str, tuple[str, ...]] = {
    "document_fraud": ("Falsificación de documentos",),
    "corruption": ("Corrupción",),
    "money_laundering": ("Lavado de activos",),
    "illicit_goods": ("Contrabando", "Narcotráfico"),
    "cybercrime": ("Ciberdelito",),
    "terrorism": ("Terrorismo",),
}


def _msf_offences(offences: str | None, rng: _Rng, tags: _Tags) -> object:
    if offences is None:
        return _pick(rng, (None, ""))
    parts = offences.split("|")
    if rng.random() < 0.6:
        tags.append("kobo_multiple")
        return " ".join(choice(rng, _KOBO_OFFENCES[o]) for o in parts)
    return ", ".join(choice(rng, _MSF_OFFENCE_LABELS[o]) for o in parts)


# --------------------------------------------------------------------------------------
# Wording of each source
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one source writes each field."""

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    not_known: tuple[str, ...]
    date: _DateWriter
    count: _CountWriter
    suspects: _CountWriter
    nationality: _CountryWriter
    country: _CountryWriter
    transit: _TransitWriter
    coords: _CoordWriter
    offences: _OffenceWriter | None
    detection: _CountryWriter | None = None
    place_words: Mapping[tuple[str, str], tuple[str, ...]] | None = None
    garbled_rows: float = 0.0


#: Land crossings at Ceuta and Melilla: over or through the border fence.
_FENCE = ("salto de valla", "a pie (valla)", "vehículo (doble fondo)")
#: Land crossings of the Darién jungle.
_JUNGLE = ("a pie (selva)", "a_pie", "caminando (selva del Darién)")

_WORDING: dict[str, _Wording] = {
    "gc": _Wording(
        crime={
            "smuggling": (
                "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
                "Art. 318 bis C.P.",
                "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
                "Inmigración clandestina - art. 318 bis",
                "318 bis CP",
            ),
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "Art. 177 bis C.P.",
                "TSH (177 bis)",
                "Trata de seres humanos",
            ),
            "both": (
                "Trata de seres humanos e inmigración ilegal (arts. 177 bis y 318 bis CP)",
                "177 bis + 318 bis CP",
                "TSH / favorecimiento inmigración ilegal",
            ),
        },
        exploitation={
            "sexual": ("explotación sexual", "Explotación sexual (prostitución)", "sexual"),
            "forced_labour": ("explotación laboral", "trabajos forzados", "laboral (agricultura)"),
            "forced_criminality": ("actividades delictivas", "comisión de delitos"),
            "forced_marriage": ("matrimonio forzado",),
            "organ_removal": ("extracción de órganos",),
            "other": ("otras formas de explotación",),
            "unknown": ("sin determinar",),
        },
        no_exploitation=(None, None, "No procede", "—"),
        gender={
            "male": ("varones", "hombres", "H", "masculino"),
            "female": ("mujeres", "femenino", "MUJERES"),
            "mixed": ("ambos sexos", "hombres y mujeres", "mixto"),
        },
        age={
            "adult": ("adultos", "mayores de edad", "+18"),
            "child": ("menores", "MENA", "menores no acompañados"),
            "mixed": ("adultos y menores", "mixto (con menores)", "familias con menores"),
        },
        transport={
            "sea": (
                "patera",
                "cayuco",
                "neumática",
                "embarcación neumática",
                "embarcación de madera",
                "lancha semirrígida",
            ),
            "land": ("a pie", "furgoneta", "camión", "autobús", "turismo"),
            "air": ("avión", "vía aérea (Barajas)", "vuelo regular"),
        },
        not_known=("no consta", "N/C"),
        date=_gc_date,
        count=_gc_count,
        suspects=_suspects(("ninguno", "sin detenidos"), ("S/D", "se desconoce"), lambda n: n),
        nationality=_country_writer("es", demonyms=True, upper=0.25, iso2=0.1),
        country=_country_writer("es", demonyms=False, upper=0.15, iso2=0.08),
        transit=_transit_writer("es", (", ", " – ", " / "), (None, "directo", "—")),
        coords=_gc_coords,
        place_words={
            ("Ceuta", "land"): _FENCE,
            ("Melilla", "land"): _FENCE,
        },
        offences=_offence_writer(
            {
                "document_fraud": ("falsedad documental", "falsificación de documentos"),
                "corruption": ("cohecho",),
                "money_laundering": ("blanqueo de capitales",),
                "illicit_goods": ("contrabando", "tráfico de drogas"),
                "cybercrime": ("delito informático",),
                "terrorism": ("terrorismo",),
            },
            (", ", " / "),
            (None, None, "—"),
        ),
    ),
    "gr": _Wording(
        crime={
            "smuggling": (
                "Migrant smuggling (art. 30 L. 4251/2014)",
                "Art. 30 N.4251/14",
                "Smuggling of migrants",
                "Διακίνηση / smuggling",
                "Facilitation of illegal entry (L.4251/2014)",
            ),
            "trafficking": (
                "THB (art. 323A PC)",
                "Trafficking in human beings - Art. 323A Π.Κ.",
                "Εμπορία ανθρώπων / THB",
            ),
            "both": (
                "THB & smuggling (art. 323A PC, art. 30 L.4251/2014)",
                "Art. 323A PC + Art. 30 L.4251/14",
            ),
        },
        exploitation={
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminal activities", "forced criminality"),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("removal of organs",),
            "other": ("other",),
            "unknown": ("not determined",),
        },
        no_exploitation=(None, "-", "N/A"),
        gender={
            "male": ("M", "male", "men", "Άνδρες / Men"),
            "female": ("F", "female", "women", "Γυναίκες / Women"),
            "mixed": ("M/F", "mixed", "men & women"),
        },
        age={
            "adult": ("adults", "adult"),
            "child": ("minors", "UAM", "unaccompanied minors", "children"),
            "mixed": ("adults & minors", "families with children", "mixed"),
        },
        transport={
            "sea": ("dinghy", "rubber boat", "inflatable boat", "speedboat", "sailing boat"),
            "land": ("on foot", "car", "truck", "land border"),
            "air": ("air", "flight"),
        },
        not_known=("n/a", "n/k"),
        date=_gr_date,
        count=_gr_count,
        suspects=_suspects(("none", "nil"), ("n/k",), str),
        nationality=_country_writer("en", demonyms=True, iso3=0.1),
        country=_country_writer("en", demonyms=False, iso3=0.05),
        transit=_transit_writer("en", (" - ", ", ", " → "), (None, "-", "none")),
        coords=_gr_coords,
        detection=_gr_country,
        offences=_offence_writer(
            {
                "document_fraud": ("forgery", "false documents"),
                "corruption": ("bribery",),
                "money_laundering": ("money laundering",),
                "illicit_goods": ("drugs", "smuggled cigarettes"),
                "cybercrime": ("cybercrime",),
                "terrorism": ("terrorism",),
            },
            ("; ", ", "),
            (None, "-"),
        ),
    ),
    "u56": _Wording(
        crime={
            "smuggling": (
                "Aide à l'entrée irrégulière (art. L823-1 CESEDA)",
                "L.823-1 CESEDA",
                "passage (passeur)",
                "Aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
            ),
            "trafficking": ("Traite des êtres humains (art. 225-4-1 CP)", "TEH", "traite"),
            "both": (
                "TEH + aide à l'entrée irrégulière",
                "traite et trafic de migrants (225-4-1 CP / L823-1 CESEDA)",
            ),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre",),
            "unknown": ("non déterminée",),
        },
        no_exploitation=(None, None, "sans objet", "/"),
        gender={
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        age={
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA", "enfants"),
            "mixed": ("familles avec enfants", "majeurs + mineurs", "mixte"),
        },
        transport={
            "sea": ("small boat", "bateau pneumatique", "zodiac", "taxi-boat", "embarcation"),
            "land": ("camion", "poids lourd", "voiture", "à pied"),
            "air": ("avion",),
        },
        not_known=("non renseigné", "NR"),
        date=_u56_date,
        count=_u56_count,
        suspects=_suspects(("aucun", "aucune interpellation"), ("NC", "?"), str),
        nationality=_country_writer("fr", demonyms=True, iso2=0.05),
        country=_country_writer("fr", demonyms=False, iso2=0.04),
        transit=_transit_writer("fr", (" > ", ", ", " → "), (None, "", "aucun")),
        coords=_u56_coords,
        garbled_rows=0.06,
        offences=_offence_writer(
            {
                "document_fraud": ("faux papiers", "usage de faux documents"),
                "corruption": ("corruption",),
                "money_laundering": ("blanchiment",),
                "illicit_goods": ("stupéfiants", "trafic de cigarettes"),
                "cybercrime": ("cybercriminalité",),
                "terrorism": ("terrorisme",),
            },
            (", ", " + "),
            (None, None, ""),
        ),
    ),
    "msf": _Wording(
        crime={
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "trafico_migrantes",
                "Tráfico de migrantes",
            ),
            "trafficking": ("Trata de personas", "trata_personas"),
            "both": (
                "Trata y tráfico",
                "trata_y_trafico",
                "Trata de personas + tráfico de migrantes",
            ),
        },
        exploitation={
            "sexual": ("Explotación sexual", "explotacion_sexual"),
            "forced_labour": ("Trabajo forzoso", "trabajo_forzoso", "explotación laboral"),
            "forced_criminality": ("Criminalidad forzada", "criminalidad_forzada"),
            "forced_marriage": ("Matrimonio forzado", "matrimonio_forzado"),
            "organ_removal": ("Extracción de órganos", "extraccion_organos"),
            "other": ("Otra", "otra"),
            "unknown": ("No se sabe", "no_sabe"),
        },
        no_exploitation=(None, "", "no_aplica"),
        gender={
            "male": ("hombres", "masculino"),
            "female": ("mujeres", "femenino"),
            "mixed": ("mixto", "ambos sexos"),
        },
        age={
            "adult": ("adultos", "adultos"),
            "child": ("menores", "NNA", "nna_no_acompanados"),
            "mixed": ("mixto", "adultos_con_nna", "adultos con NNA"),
        },
        transport={
            "sea": ("embarcación", "bote neumático", "barco", "embarcacion"),
            "land": ("terrestre", "a_pie", "a pie", "bus", "camión"),
            "air": ("avión", "avion"),
        },
        not_known=("sin_dato", "sin dato"),
        date=_msf_date,
        count=_msf_count,
        suspects=_suspects(("ninguno",), ("N/D", "desconocido"), str),
        nationality=_msf_nationality,
        country=_msf_country,
        transit=_transit_writer("es", (", ", " > ", " / "), (None, "", "ninguno"), kobo=True),
        coords=_msf_coords,
        place_words={
            (h, "land"): _JUNGLE for h in ("Darién gap", "Bajo Chiquito", "Lajas Blancas")
        },
        offences=_msf_offences,
    ),
    "ap": _Wording(
        crime={
            "smuggling": (
                "smuggling (paid crossing)",
                "migrant smuggling",
                "facilitated crossing (smugglers paid)",
                "SoM",
            ),
            "trafficking": ("trafficking (THB indicators)", "THB", "human trafficking"),
            "both": ("smuggling + THB", "smuggling and trafficking"),
        },
        exploitation={
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
            "unknown": ("unclear",),
        },
        no_exploitation=(None, None, "-"),
        gender={
            "male": ("men", "male only", "all men"),
            "female": ("women", "all women"),
            "mixed": ("mixed", "men and women"),
        },
        age={
            "adult": ("adults",),
            "child": ("minors", "children", "UAMs"),
            "mixed": ("adults & children", "families with children"),
        },
        transport={
            "sea": ("rubber boat", "wooden boat", "iron boat", "fibreglass boat", "dinghy"),
            "land": ("on foot", "by land"),
            "air": ("plane",),
        },
        not_known=("n/a",),
        date=_ap_date,
        count=_ap_count,
        suspects=_suspects(("none", "0 (none)"), ("unknown", "no info"), str),
        nationality=_country_writer("en", demonyms=True, iso3=0.08),
        country=_country_writer("en", demonyms=False),
        transit=_transit_writer("en", (", ", " / "), (None, "-")),
        coords=_ap_coords,
        offences=None,
    ),
}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _vocab(
    cells: dict[str, object],
    exp: dict[str, object],
    field: str,
    value: str,
    table: Mapping[str, tuple[str, ...]],
    not_known: tuple[str, ...],
    rng: _Rng,
    tags: _Tags,
) -> None:
    """Write a vocabulary field; a few rows (and any value without a word) 'not known'."""
    if value not in table or rng.random() < 0.02:
        cells[field] = choice(rng, not_known)
        exp[field] = "unknown"
        tags.append("na_word")
    else:
        cells[field] = choice(rng, table[value])
        exp[field] = value


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags).

    Parameters
    ----------
    src : _Source
        The source.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the row may give only a month or a quarter.
    forced_blank : str or None
        Field that this second report leaves blank (``"coordinates"`` for both
        coordinates), if any.

    Returns
    -------
    tuple
        Cells by canonical column, the expected clean values, the messiness tags.
    """
    w = _WORDING[src.style]
    tags: _Tags = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    detection = _text(ev["detection_country"])

    date_cell, day, precision = w.date(ts, rng, partial_ok, detection or "", tags)
    cells["event_date"] = date_cell
    exp["event_date"] = day
    exp["date_precision"] = precision

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, w.crime[crime])
    exp["crime_type"] = crime
    form = _text(ev["exploitation"])
    if crime == "smuggling" or form is None:
        cells["exploitation"] = _pick(rng, w.no_exploitation)
        exp["exploitation"] = None
    else:
        key = form if form in w.exploitation else "unknown"
        cells["exploitation"] = choice(rng, w.exploitation[key])
        exp["exploitation"] = key

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = w.count(n, rng, tags)

    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = w.suspects(k, rng, tags)

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        gender = str(ev["gender"])
        cells["gender"] = choice(rng, w.gender[gender])
        exp["gender"] = gender
    _vocab(cells, exp, "age_group", str(ev["age_group"]), w.age, w.not_known, rng, tags)

    nationality = _text(ev["nationality"])
    if forced_blank == "nationality" or nationality is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _fit(w.nationality(nationality, rng, tags), nationality, src)
        exp["nationality"] = nationality
    for field in ("origin_country", "destination_country"):
        code = _text(ev[field])
        cells[field] = None if code is None else _fit(w.country(code, rng, tags), code, src)
        exp[field] = code
    if forced_blank == "detection_country" or detection is None:
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        write = w.detection or w.country
        cells["detection_country"] = _fit(write(detection, rng, tags), detection, src)
        exp["detection_country"] = detection
    transit = _text(ev["transit_countries"])
    cells["transit_countries"] = w.transit(transit, rng, tags)
    exp["transit_countries"] = transit
    mode = str(ev["transport_mode"])
    transport = dict(w.transport)
    place = (str(ev.get("hotspot")), mode)
    if w.place_words and place in w.place_words:
        transport[mode] = w.place_words[place]
    _vocab(cells, exp, "transport_mode", mode, transport, w.not_known, rng, tags)

    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates" or lat is None or lon is None:
        for key_ in keys:
            cells[key_] = None
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        coord_cells, exp["lat"], exp["lon"] = w.coords(float(lat), float(lon), rng, tags)  # type: ignore[arg-type]
        cells.update(coord_cells)

    offences = _text(ev["linked_offences"])
    if w.offences is not None:
        cells["linked_offences"] = w.offences(offences, rng, tags)
        exp["linked_offences"] = offences
    else:  # the source has no column for them
        exp["linked_offences"] = None
    if w.garbled_rows and rng.random() < w.garbled_rows:
        _garble(cells, tags)
    return cells, exp, tags


def _garble(cells: dict[str, object], tags: _Tags) -> None:
    """Garble a row pasted through a wrong encoding (UTF-8 read as cp1252), counts aside."""
    changed = False
    for key, value in cells.items():
        if isinstance(value, str) and key not in ("n_persons", "n_suspects"):
            garbled = mojibake(value)
            if garbled is not None:
                cells[key] = garbled
                changed = True
    if changed:
        tags.append("mojibake")


def _fit(text: str, code: str, src: _Source) -> str:
    """``text`` if the source's file can hold it, else the ISO alpha-3 code."""
    return text if fits(text, src) else code


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND47_SOURCES,
    primary={"ESP": _GC.source, "GRC": _GR.source, "FRA": _U56.source},
    compilation=_MSF.source,
    secondary={
        ("cmed", "ITA"): _AP.source,
        ("watl", "ESP"): _AP.source,
        ("wmed", "ESP"): _AP.source,
        ("emed", "GRC"): _AP.source,
        ("channel", "GBR"): _U56.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4747,
    blank_share=0.4,
)


def make_blind47(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind47`` set's five submissions (files ``*_aw.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``guardia_civil_sive_aw.xlsx``, ``north_aegean_police_aw.csv``,
        ``utopia56_littoral_aw.csv``, ``msf_ocba_kobo_aw.jsonl`` and
        ``alarm_phone_aw.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind47(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['guardia_civil_sive_aw.xlsx', 'north_aegean_police_aw.csv',
     'utopia56_littoral_aw.csv', 'msf_ocba_kobo_aw.jsonl', 'alarm_phone_aw.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
