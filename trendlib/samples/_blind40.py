"""Examiner sample set ``blind40``: five agencies' own case files (files ``*_ap.*``).

A held-out set written without looking at the cleaner. Each source below writes its
rows as the agency's analysts would, in its own headers, date styles, country names,
legal references, placeholders and number formats; the shared machinery of
:mod:`trendlib.samples._examiner` lays the rows out, plants the cross-source
duplicates, the bad rows, the garbage rows and the exact repeats, and records the
expected clean value of every row.

Reader's guide to the five files
--------------------------------
``rajavartiolaitos_ap.xlsx`` -- Finnish Border Guard (Rajavartiolaitos), English
    Returns of its crews deployed in Frontex sea operations (JO Poseidon, JO Themis):
    first reports of events detected in Greece and Italy; second reports of some
    Belarus-Poland and Atlantic events. Bilingual Finnish / English headers
    (``Pvm / Date``, ``Henkilöt (lkm) / Persons (no.)``). Dates are real Excel dates
    (some with a time), Excel serial numbers stored as plain numbers, Finnish text
    dates without leading zeros (``14.3.2022``, ``14.3.2022 klo 03.40``), months
    ``03/2022`` and quarters ``Q1/2022``. Offences as Finnish Criminal Code references
    (``RL 17:8`` arrangement of illegal immigration, ``RL 25:3`` trafficking), some
    in Finnish only. Counts are numbers, sometimes numbers stored as text or with a
    space as thousands separator (``1 250``); coordinates are numbers, text with a
    decimal comma, or degrees-minutes-seconds. ``ei tiedossa`` / ``n/k`` for unknown.
``vrs_latvija_ap.csv`` -- Latvian State Border Guard (Valsts robežsardze), English
    UTF-8, ``|`` delimiter, an export of its information system. First reports of
    events detected in Poland and Croatia (land borders). Dates ``14.03.2022``,
    Oracle-style ``14-MAR-2022``, ISO, the Latvian trailing dot ``14.03.2022.``;
    months ``03.2022`` / ``MAR-2022``; quarters ``Q1 2022`` / ``2022-Q1``. Citizenship
    mostly as ISO alpha-3 document codes (``XXX`` for unspecified), names often in
    capitals. Offences as Latvian Criminal Law sections (``s.285`` illegal conveyance
    of persons across the border, ``s.154.1`` human trafficking). Units in the
    coordinate headers (``Lat, deg N``), decimal commas, a space as thousands
    separator. Rows re-sent in a later extraction (exact repeats).
``ofdf_ro_ap.csv`` -- Swiss Federal Office for Customs and Border Security (OFDF,
    analyse des risques Région Ouest), French, cp1252, ``;`` delimiter. Reports of its
    border guards deployed in Frontex operations in Spain (first reports of Spanish
    detections); second reports of some Central Mediterranean and Western Balkan
    events. Swiss dotted dates ``14.03.2022`` and ``14.3.22``, French month names
    (``1er mars 2022``, ``lundi 14 mars 2022``), months ``mars 2022``, quarters
    ``T1 2022`` / ``2e trim. 2022``. Swiss thousands apostrophe (``1'250``,
    ``1’250``), ``néant`` / ``aucun`` for no suspect, ``s.o.`` (sans objet),
    ``n.c.`` (non communiqué). Offences as Swiss law (``art. 116 LEI``, ``art. 182
    CP``) or Spanish law (``art. 318 bis CP (ES)``). One combined coordinates column
    (``lat, lon``, ``N / O`` hemispheres with ``O`` = ouest, or degrees-minutes-seconds).
``polisen_noa_ap.csv`` -- Swedish Police, National Operations Department (NOA),
    international liaison digest, English, UTF-16 (Excel "Unicode text"), tab
    delimiter. First reports of every event not detected in the other sources'
    countries (the English Channel and the United Kingdom); second reports of some
    Eastern Mediterranean and Nigeria-Italy trafficking events. K-numbers
    (``5000-K123-22``), ISO dates, ``2022-03-14 kl. 03:40``, ``14 March 2022``,
    months ``2022-03``, quarters ``Q1 2022``. Offences as Swedish law (``UtlL 20:8``
    människosmuggling, ``BrB 4:1a`` människohandel), some country names in Swedish
    (``Irak``, ``Storbritannien``), no-break space as thousands separator, one
    position column in degrees and decimal minutes (``N 51°02.345' E 001°51.234'``).
``ocam_siemca_ap.jsonl`` -- OCAM (Comisión Centroamericana de Directores de
    Migración) regional statistics system, Spanish, JSON lines. First reports of
    events detected in Panama and the United States. Dates ISO, ``14/03/2022``,
    ``14-mar-2022``, ISO date-times, ``14 de marzo de 2022``; months ``marzo 2022``;
    quarters ``T1-2022`` / ``I trimestre 2022`` / ``primer trimestre 2022``; ``s/f``
    for no date. ``TIM`` / ``TdP`` abbreviations, US code references
    (``8 USC 1324``), ``NNA`` for minors, ``EE. UU.``, Spanish gentilicios, some
    mojibake (``PanamÃ¡``); counts as JSON numbers, floats (``23.0``), text, ``1.250``
    or ``23 personas``; coordinates as numbers or text with ``O`` (oeste). Records
    repeated by the API's paging (exact repeats).

Across all five: nationalities as names, demonyms (``Eritrean``, ``afghane``,
``venezolana``), ISO alpha-2 or alpha-3 codes, name variants and a few misspellings; a
country of origin sometimes written ``same`` / ``idem`` / ``ídem`` when it is the
nationality; the country of detection sometimes with the place in front
(``Lampedusa (IT)``, ``Cetingrad, CROATIA``); transit countries in order, joined by
``>``, ``→``, ``/``, ``-`` or ``via ... et ...``; linked offences in any order;
"not applicable" words for an age group or a transport mode (expected ``unknown``).
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND40_SOURCES", "Blind40Source", "make_blind40"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind40Source(ExaminerSource):
    """A source of the ``blind40`` set: the shared fields plus its wording key.

    Attributes
    ----------
    key : str
        Which wording tables of this module the source uses: ``"fi"`` (Finnish Border
        Guard), ``"lv"`` (Latvian State Border Guard), ``"ch"`` (Swiss OFDF), ``"se"``
        (Swedish Police NOA) or ``"ca"`` (OCAM, Central America).
    """

    key: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_FI = Blind40Source(
    source="rajavartiolaitos_ap",
    filename="rajavartiolaitos_ap.xlsx",
    ref="RVL-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Tapausnro / Case no.",
        "event_date": "Pvm / Date",
        "detection_country": "Havaintomaa / Country of detection",
        "crime_type": "Rikosnimike / Offence (RL)",
        "exploitation": "Hyväksikäytön muoto / Form of exploitation",
        "n_persons": "Henkilöt (lkm) / Persons (no.)",
        "n_suspects": "Epäillyt järjestäjät / Suspected facilitators",
        "gender": "Sukupuoli / Sex",
        "age_group": "Ikäryhmä / Age group",
        "nationality": "Kansalaisuus / Nationality",
        "origin_country": "Alkuperämaa / Country of origin",
        "destination_country": "Kohdemaa / Intended destination",
        "transit_countries": "Kauttakulkumaat / Transit countries",
        "transport_mode": "Kulkuväline / Means of transport",
        "lat": "Lat (WGS84, DD)",
        "lon": "Lon (WGS84, DD)",
        "linked_offences": "Muut rikokset / Related offences",
    },
    note="Huom. / Note: JORA validation pending for the last reporting month",
    total="YHTEENSÄ / TOTAL",
    bad_count=("useita / several", "see JORA report", "group"),
    repeats=False,
    key="fi",
)
_LV = Blind40Source(
    source="vrs_latvija_ap",
    filename="vrs_latvija_ap.csv",
    ref="VRS/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Apprehension date (DD.MM.YYYY)",
        "crime_type": "Criminal Law art.",
        "exploitation": "Exploitation purpose",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects (facilitators)",
        "nationality": "Citizenship",
        "gender": "Sex",
        "age_group": "Age cat.",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Dest. country (declared)",
        "detection_country": "Detection state",
        "transport_mode": "Mode of transport",
        "lat": "Lat, deg N",
        "lon": "Long, deg E",
        "linked_offences": "Related offences",
    },
    note="Data as of extraction from RS IS; subject to change",
    total="Total",
    bad_count=("several", "group", "see annex"),
    repeats=True,
    key="lv",
)
_CH = Blind40Source(
    source="ofdf_ro_ap",
    filename="ofdf_ro_ap.csv",
    ref="OFDF-RO-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° d'événement",
        "event_date": "Date constat",
        "detection_country": "Pays de constatation",
        "crime_type": "Infraction / base légale",
        "exploitation": "Forme d'exploitation (TEH)",
        "n_persons": "Nbre pers.",
        "n_suspects": "Nbre passeurs / auteurs",
        "gender": "Sexe (H/F)",
        "age_group": "Maj./Min.",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "transit_countries": "Itinéraire (pays de transit)",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées WGS84 (lat, lon)",
        "linked_offences": "Infractions connexes",
    },
    note="Remarque : chiffres provisoires, état de la saisie en fin de mois",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "voir rapport"),
    repeats=False,
    key="ch",
)
_SE = Blind40Source(
    source="polisen_noa_ap",
    filename="polisen_noa_ap.csv",
    ref="5000-K{seq}-{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Diarienr",
        "event_date": "Datum / Date (local time)",
        "crime_type": "Brott / Offence (SFS ref.)",
        "exploitation": "Exploitation",
        "n_persons": "Persons concerned",
        "n_suspects": "Suspects (no.)",
        "nationality": "Nationality",
        "gender": "Gender",
        "age_group": "Age",
        "origin_country": "Country of origin",
        "destination_country": "Final destination",
        "detection_country": "Detected in (country)",
        "transit_countries": "Transit",
        "transport_mode": "Modus (transport)",
        "coordinates": "Position WGS84",
        "linked_offences": "Linked crime",
    },
    note="OBS! Preliminary figures – not for onward dissemination",
    total="Total (sum)",
    bad_count=("several", "a group", "see PM"),
    repeats=False,
    key="se",
)
_CA = Blind40Source(
    source="ocam_siemca_ap",
    filename="ocam_siemca_ap.jsonl",
    ref="SIEMCA-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_registro",
        "event_date": "fecha_hecho",
        "detection_country": "pais_deteccion",
        "crime_type": "delito",
        "exploitation": "fin_explotacion",
        "n_persons": "cant_personas",
        "n_suspects": "cant_presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note="Nota: cifras preliminares sujetas a validación de los países miembros",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "ver anexo"),
    repeats=True,
    key="ca",
)

#: The five sources of the ``blind40`` set, in the order their submissions are returned.
BLIND40_SOURCES: tuple[Blind40Source, ...] = (_FI, _LV, _CH, _SE, _CA)

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
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
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}
#: Other names a clerk writes, by language.
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "BIH": ("Bosnia-Herzegovina", "BiH"),
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "GIN": ("Guinea-Conakry",),
        "GMB": ("The Gambia",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "TUR": ("Türkiye",),
        "USA": ("USA", "U.S."),
        "VNM": ("Viet Nam",),
    },
    "fr": {
        "BLR": ("Bélarus",),
        "GBR": ("Grande-Bretagne",),
        "GIN": ("Guinée-Conakry",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "BGD": ("Bangladesh",),
        "ROU": ("Rumanía",),
        "USA": ("EE. UU.", "EEUU", "EUA"),
    },
}
#: Swedish spellings the Swedish liaison digest keeps in its English file.
_SV_NAMES: dict[str, str] = {
    "ALB": "Albanien",
    "AUT": "Österrike",
    "BGR": "Bulgarien",
    "DEU": "Tyskland",
    "DZA": "Algeriet",
    "EGY": "Egypten",
    "ESP": "Spanien",
    "FRA": "Frankrike",
    "GBR": "Storbritannien",
    "GRC": "Grekland",
    "HRV": "Kroatien",
    "HUN": "Ungern",
    "IRQ": "Irak",
    "ITA": "Italien",
    "LBY": "Libyen",
    "MAR": "Marocko",
    "POL": "Polen",
    "ROU": "Rumänien",
    "SRB": "Serbien",
    "SYR": "Syrien",
    "TUN": "Tunisien",
    "TUR": "Turkiet",
    "YEM": "Jemen",
}
#: ISO alpha-3 -> (English, French, Spanish) demonym (French and Spanish feminine).
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
#: French masculine demonyms where they differ from the feminine.
_FR_MASC: dict[str, str] = {
    "AFG": "afghan",
    "ALB": "albanais",
    "CIV": "ivoirien",
    "DZA": "algérien",
    "EGY": "égyptien",
    "ERI": "érythréen",
    "GIN": "guinéen",
    "IRQ": "irakien",
    "MAR": "marocain",
    "MLI": "malien",
    "NGA": "nigérian",
    "PAK": "pakistanais",
    "SEN": "sénégalais",
    "SYR": "syrien",
    "TUN": "tunisien",
}
#: Misspellings a clerk makes, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "BGD": "Bangladsh",
        "ERI": "Erithrea",
        "GIN": "Guniea",
        "MAR": "Marocco",
        "PAK": "Pakisthan",
        "TUN": "Tunesia",
        "VNM": "Veitnam",
    },
    "fr": {
        "AFG": "Afganistan",
        "DZA": "Algerie",
        "EGY": "Egypte",
        "ERI": "Erythrée",
        "GIN": "Guinnée",
        "SEN": "Senegal",
    },
    "es": {
        "AFG": "Afganistan",
        "COL": "Colonbia",
        "ECU": "Equador",
        "HTI": "Haiti",
        "MEX": "Mexico",
        "PAN": "Panama",
        "VEN": "Venzuela",
    },
}
#: Hotspot of the truth -> (English, French, Spanish) place as the clerks write it.
_PLACES: dict[str, tuple[str, str, str]] = {
    "Lesbos": ("Lesvos", "Lesbos", "Lesbos"),
    "Samos": ("Samos", "Samos", "Samos"),
    "Evros": ("Evros", "Évros", "Evros"),
    "Lampedusa": ("Lampedusa", "Lampedusa", "Lampedusa"),
    "Pozzallo": ("Pozzallo", "Pozzallo", "Pozzallo"),
    "Crotone": ("Crotone", "Crotone", "Crotone"),
    "Palermo": ("Palermo", "Palerme", "Palermo"),
    "Castel Volturno": ("Castel Volturno", "Castel Volturno", "Castel Volturno"),
    "Torino": ("Turin", "Turin", "Turín"),
    "Latina (Agro Pontino)": ("Latina", "Latina", "Latina"),
    "Kuźnica": ("Kuźnica", "Kuźnica", "Kuźnica"),
    "Białowieża": ("Białowieża", "Białowieża", "Białowieża"),
    "Michałowo": ("Michalowo", "Michalowo", "Michalowo"),
    "Cetingrad (BIH–HRV border)": ("Cetingrad", "Cetingrad", "Cetingrad"),
    "Bajakovo (SRB–HRV border)": ("Bajakovo BCP", "Bajakovo", "Bajakovo"),
    "Ceuta": ("Ceuta", "Ceuta", "Ceuta"),
    "Melilla": ("Melilla", "Melilla", "Melilla"),
    "Almería": ("Almeria", "Almería", "Almería"),
    "Almería (El Ejido)": ("El Ejido", "El Ejido", "El Ejido"),
    "Huelva": ("Huelva", "Huelva", "Huelva"),
    "Gran Canaria": ("Gran Canaria", "Grande Canarie", "Gran Canaria"),
    "Tenerife": ("Tenerife", "Tenerife", "Tenerife"),
    "El Hierro": ("El Hierro", "El Hierro", "El Hierro"),
    "Lanzarote": ("Lanzarote", "Lanzarote", "Lanzarote"),
    "Calais": ("Calais", "Calais", "Calais"),
    "Dunkirk/Gravelines": ("Gravelines", "Dunkerque", "Dunkerque"),
    "Dover": ("Dover", "Douvres", "Dover"),
    "London": ("London", "Londres", "Londres"),
    "Birmingham": ("Birmingham", "Birmingham", "Birmingham"),
    "Glasgow": ("Glasgow", "Glasgow", "Glasgow"),
    "Darién gap": ("Darien Gap", "Darién", "Darién"),
    "Bajo Chiquito": ("Bajo Chiquito", "Bajo Chiquito", "Bajo Chiquito"),
    "Lajas Blancas": ("Lajas Blancas", "Lajas Blancas", "Lajas Blancas"),
    "Rio Grande Valley": ("Rio Grande Valley, TX", "Rio Grande Valley", "Valle del Río Grande"),
    "El Paso": ("El Paso, TX", "El Paso", "El Paso, Texas"),
    "Nogales (Sonora/Arizona)": ("Nogales, AZ", "Nogales (Arizona)", "Nogales, Arizona"),
    "Sasabe": ("Sasabe, AZ", "Sasabe (Arizona)", "Sasabe, Arizona"),
}
#: How each source names a country: weights of (name, demonym, alpha-2, alpha-3, local).
_COUNTRY_STYLE: dict[str, tuple[float, float, float, float, float]] = {
    "fi": (0.6, 0.2, 0.1, 0.1, 0.0),
    "lv": (0.35, 0.0, 0.12, 0.53, 0.0),
    "ch": (0.5, 0.25, 0.2, 0.05, 0.0),
    "se": (0.55, 0.12, 0.1, 0.05, 0.18),
    "ca": (0.55, 0.25, 0.05, 0.15, 0.0),
}
_LANG_OF_KEY = {"fi": "en", "lv": "en", "ch": "fr", "se": "en", "ca": "es"}

# --------------------------------------------------------------------------------------
# Value words
# --------------------------------------------------------------------------------------
_CRIMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fi": {
        "smuggling": (
            "Arrangement of illegal immigration (RL 17:8)",
            "RL 17:8 laittoman maahantulon järjestäminen",
            "Facilitation of illegal entry",
            "Migrant smuggling",
            "RL 17:9 aggravated arrangement of illegal immigration",
            "Laittoman maahantulon järjestäminen / facilitation",
        ),
        "trafficking": (
            "RL 25:3 ihmiskauppa / THB",
            "Trafficking in human beings",
            "THB",
            "RL 25:3a aggravated trafficking in human beings",
        ),
        "both": (
            "RL 17:8 + RL 25:3 (facilitation and THB)",
            "Migrant smuggling + THB",
            "Ihmiskauppa ja laittoman maahantulon järjestäminen / THB and smuggling",
        ),
    },
    "lv": {
        "smuggling": (
            "CL s.285 illegal conveyance of persons across state border",
            "Illegal conveyance of persons across border (s.285)",
            "Migrant smuggling",
            "Facilitation of illegal border crossing",
            "CL Section 285",
        ),
        "trafficking": (
            "CL s.154.1 human trafficking",
            "Human trafficking",
            "THB (Section 154.1 CL)",
            "Cilvēku tirdzniecība (s.154.1)",
        ),
        "both": (
            "CL s.154.1 + s.285",
            "Human trafficking / illegal conveyance across border",
            "THB and migrant smuggling",
        ),
    },
    "ch": {
        "smuggling": (
            "Incitation à l'entrée illégale (art. 116 LEI)",
            "art. 116 al. 3 LEI",
            "Trafic de migrants",
            "Aide à l'entrée illégale",
            "art. 318 bis CP (ES) - aide à l'immigration illégale",
            "Activité de passeur (art. 116 LEI)",
        ),
        "trafficking": (
            "Traite d'êtres humains (art. 182 CP)",
            "TEH",
            "art. 182 CP",
            "Traite des êtres humains",
            "art. 177 bis CP (ES) - traite des êtres humains",
        ),
        "both": (
            "art. 116 LEI + art. 182 CP",
            "Trafic de migrants et TEH",
            "Trafic de migrants / traite d'êtres humains",
        ),
    },
    "se": {
        "smuggling": (
            "Människosmuggling (UtlL 20:8)",
            "Human smuggling",
            "Organising human smuggling (Aliens Act 20:9)",
            "Aliens Act ch. 20 s. 8 (human smuggling)",
            "Smuggling of migrants",
        ),
        "trafficking": (
            "Människohandel (BrB 4:1a)",
            "Trafficking in human beings",
            "THB",
            "Criminal Code ch. 4 s. 1a (trafficking)",
        ),
        "both": (
            "Människohandel + människosmuggling",
            "THB and human smuggling",
            "BrB 4:1a / UtlL 20:8 (THB, smuggling)",
        ),
    },
    "ca": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "tráfico ilícito de migrantes",
            "TIM",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de personas",
            "TdP",
            "trata de personas con fines de explotación",
        ),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "TdP / TIM",
            "TIM + TdP",
        ),
    },
}
#: US code references OCAM copies from US referrals (events detected in the USA).
_US_CODE: dict[str, tuple[str, ...]] = {
    "smuggling": ("8 USC 1324 (tráfico de migrantes)", "8 U.S.C. § 1324 - alien smuggling"),
    "trafficking": ("18 USC 1591 (trata de personas)", "18 U.S.C. § 1589-1591 (trata)"),
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "fi": {
        "sexual": ("sexual exploitation", "seksuaalinen hyväksikäyttö / sexual", "sexual"),
        "forced_labour": (
            "labour exploitation",
            "forced labour",
            "työvoiman hyväksikäyttö / labour",
        ),
        "forced_criminality": ("forced criminality", "forced to commit crimes"),
        "forced_marriage": ("forced marriage", "pakkoavioliitto / forced marriage"),
        "organ_removal": ("organ removal",),
        "other": ("other", "muu / other"),
    },
    "lv": {
        "sexual": ("sexual exploitation", "sexual", "SEXUAL EXPLOITATION"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminal activity", "forced criminality"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("removal of organs",),
        "other": ("other purposes", "other"),
    },
    "ch": {
        "sexual": ("exploitation sexuelle", "prostitution forcée", "sexuelle"),
        "forced_labour": (
            "exploitation du travail",
            "travail forcé",
            "exploitation de la force de travail",
        ),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autres formes"),
    },
    "se": {
        "sexual": ("sexual purposes", "sexual exploitation", "Sexual"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": (
            "criminal exploitation",
            "forced criminality",
            "cannabis cultivation",
        ),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other purposes"),
    },
    "ca": {
        "sexual": ("explotación sexual", "sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajos forzados", "explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otros fines", "otra"),
    },
}
#: What a source writes in the exploitation cell of a smuggling row ("" = blank).
_NO_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "fi": ("", "", "-", "n/a"),
    "lv": ("", "", "N/A"),
    "ch": ("", "s.o.", "-", "sans objet"),
    "se": ("", "", "-", "n/a"),
    "ca": ("", "", "no aplica", "N/A"),
}
_THOUSANDS: dict[str, tuple[str, ...]] = {
    "fi": (" ",),
    "lv": (" ",),
    "ch": ("'", "’"),
    "se": ("\u00a0", " "),
    "ca": (".",),
}
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "fi": ("n/k", "unknown", "ei tiedossa / n.k."),
    "lv": ("unknown", "not established"),
    "ch": ("inconnu", "n.c."),
    "se": ("unknown", "N/K", "not known"),
    "ca": ("s/d", "sin dato", "ND"),
}
_SUSPECTS_UNKNOWN: dict[str, tuple[str, ...]] = {
    "fi": ("unknown", "n/k", "ei tiedossa / n.k."),
    "lv": ("unknown", "n/a"),
    "ch": ("inconnu", "n.c.", "?"),
    "se": ("unknown", "not known"),
    "ca": ("s/d", "desconocido", "por determinar"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    "fi": ("none", "nil"),
    "lv": ("nil", "none", "NONE"),
    "ch": ("aucun", "néant"),
    "se": ("none", "no suspects"),
    "ca": ("ninguno", "cero", "ninguna"),
}
#: (plural, singular) words of each gender, by source.
#: (any age, adults only, one adult) words of each gender, by source.
_GENDER: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "fi": {
        "male": (("male", "M"), ("men",), ("man",)),
        "female": (("female", "F"), ("women",), ("woman",)),
        "mixed": (("mixed", "M/F", "M+F"), ("men and women",), ()),
    },
    "lv": {
        "male": (("M", "male", "MALE"), (), ()),
        "female": (("F", "female", "FEMALE"), (), ()),
        "mixed": (("M/F", "mixed", "M+F"), (), ()),
    },
    "ch": {
        "male": (("H", "masculin"), ("hommes",), ("homme",)),
        "female": (("F", "féminin"), ("femmes",), ("femme",)),
        "mixed": (("mixte", "H/F"), ("hommes et femmes",), ()),
    },
    "se": {
        "male": (("Male", "male"), ("men",), ("man",)),
        "female": (("Female", "female"), ("women",), ("woman",)),
        "mixed": (("Mixed", "both sexes"), ("men/women",), ()),
    },
    "ca": {
        "male": (("masculino", "varones"), ("hombres",), ("hombre",)),
        "female": (("femenino",), ("mujeres",), ("mujer",)),
        "mixed": (("mixto", "ambos sexos"), ("hombres y mujeres",), ()),
    },
}
_GENDER_UNKNOWN: dict[str, tuple[str, ...]] = {
    "fi": ("n/k", "unknown"),
    "lv": ("unknown", "n/a"),
    "ch": ("non précisé", "inconnu"),
    "se": ("not stated", "unknown"),
    "ca": ("no especificado", "s/d"),
}
_AGE: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "fi": {
        "adult": (("adults", "adult", "18+"), ("adult", "18+")),
        "child": (("minors", "UAM", "<18"), ("minor", "UAM", "<18")),
        "mixed": (("mixed", "adults + minors", "adults and minors"), ()),
    },
    "lv": {
        "adult": (("adult", "adults", "ADULT"), ("adult", "ADULT")),
        "child": (("minors", "juveniles", "UAM"), ("minor", "juvenile", "UAM")),
        "mixed": (("mixed", "adults/minors"), ()),
    },
    "ch": {
        "adult": (("majeurs", "adultes", "maj."), ("majeur", "adulte", "maj.")),
        "child": (("mineurs", "MNA", "min."), ("mineur", "MNA", "min.")),
        "mixed": (("mixte", "maj. + min.", "majeurs et mineurs"), ()),
    },
    "se": {
        "adult": (("adults", "adult", "18+"), ("adult", "18+")),
        "child": (("minors", "children", "UAM", "under 18"), ("minor", "child", "UAM")),
        "mixed": (("mixed", "adults & children"), ()),
    },
    "ca": {
        "adult": (("adultos", "mayores de edad"), ("adulto", "mayor de edad")),
        "child": (("NNA", "menores", "menores de edad", "NNA no acompañados"), ("menor", "NNA")),
        "mixed": (("mixto", "adultos y NNA", "adultos y menores"), ()),
    },
}
#: "Not applicable" words written for an age group or a transport mode (-> unknown).
_NA_WORDS: dict[str, tuple[str, ...]] = {
    "fi": ("N/A", "n/a"),
    "lv": ("N/A",),
    "ch": ("s.o.", "n/a"),
    "se": ("N/A", "n.a."),
    "ca": ("no aplica", "N/A"),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "fi": {
        "sea": ("boat", "rubber dinghy", "wooden boat", "fishing vessel", "sea", "sailing boat"),
        "land": ("on foot", "car", "van", "lorry", "land", "bus"),
        "air": ("flight", "air", "commercial flight"),
    },
    "lv": {
        "sea": ("boat", "vessel", "SEA"),
        "land": ("on foot", "car", "minibus", "LAND", "on foot (forest)", "truck"),
        "air": ("air", "flight"),
    },
    "ch": {
        "sea": (
            "embarcation",
            "bateau pneumatique",
            "patera",
            "cayuco",
            "voie maritime",
            "bateau",
        ),
        "land": (
            "à pied",
            "camion",
            "voiture",
            "autocar",
            "train",
            "voie terrestre",
            "poids lourd",
        ),
        "air": ("avion", "vol commercial", "voie aérienne"),
    },
    "se": {
        "sea": ("small boat", "boat", "dinghy", "RHIB", "sea"),
        "land": ("lorry", "HGV", "car", "van", "on foot", "train", "coach"),
        "air": ("air", "flight", "commercial flight"),
    },
    "ca": {
        "sea": ("embarcación", "lancha", "marítimo", "bote", "lancha rápida"),
        "land": (
            "a pie",
            "terrestre",
            "camión",
            "tráiler",
            "autobús",
            "vehículo particular",
            "caminando",
        ),
        "air": ("aéreo", "vuelo comercial", "avión"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "forged documents", "false travel documents"),
        "corruption": ("corruption", "bribery of officials"),
        "money_laundering": ("money laundering", "ML"),
        "illicit_goods": ("drugs", "narcotics", "illicit goods", "excise goods (tobacco)"),
        "cybercrime": ("cybercrime", "cyber-enabled crime"),
        "terrorism": ("terrorism", "terrorist offence"),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent", "blanchiment (art. 305bis CP)"),
        "illicit_goods": ("stupéfiants", "marchandises illicites", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": (
            "falsificación de documentos",
            "documentos falsos",
            "uso de documento falso",
        ),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("lavado de activos", "lavado de dinero"),
        "illicit_goods": ("narcotráfico", "contrabando", "tráfico de drogas"),
        "cybercrime": ("ciberdelito", "delito informático"),
        "terrorism": ("terrorismo",),
    },
}
_NO_OFFENCE: dict[str, tuple[str, ...]] = {
    "fi": ("", "", "", "-"),
    "lv": ("", "", "none"),
    "ch": ("", "", "néant", "-"),
    "se": ("", "", "", "none"),
    "ca": ("", "", "ninguno", "N/A"),
}
_OFFENCE_JOIN: dict[str, tuple[str, ...]] = {
    "fi": ("; ", ", "),
    "lv": ("; ", " / "),
    "ch": (" ; ", ", ", " + "),
    "se": (", ", "; "),
    "ca": (", ", "; "),
}
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    "fi": ("", "", "-", "direct"),
    "lv": ("", "", "none"),
    "ch": ("", "direct", "aucun"),
    "se": ("", "", "-", "direct"),
    "ca": ("", "", "directo", "ninguno"),
}
_SAME_ORIGIN: dict[str, tuple[str, ...]] = {
    "fi": ("same", "same as nationality"),
    "lv": ("same as citizenship",),
    "ch": ("idem", "id."),
    "se": ("same",),
    "ca": ("ídem", "misma"),
}
_NAT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "fi": ("unknown", "not established"),
    "lv": ("XXX", "unknown"),
    "ch": ("inconnue", "non établie"),
    "se": ("unknown",),
    "ca": ("desconocida", "s/d"),
}
_NO_COORDS: dict[str, tuple[str, ...]] = {
    "fi": ("n/k", "unknown"),
    "lv": ("n/a",),
    "ch": ("non géolocalisé", "inconnues"),
    "se": ("not recorded", "n/a"),
    "ca": ("sin coordenadas", "s/d"),
}
_NO_DATE: dict[str, tuple[str, ...]] = {
    "fi": ("",),
    "lv": ("", "-"),
    "ch": ("", "", "inconnue"),
    "se": ("", "n/a"),
    "ca": ("", "s/f"),
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_ES_ORDINAL = ("primer", "segundo", "tercer", "cuarto")
_ROMAN = ("I", "II", "III", "IV")


def _opt(rng: _Rng, options: tuple[str, ...]) -> str | None:
    """Draw one of ``options``; the empty string stands for a blank cell."""
    out = choice(rng, options)
    return out or None


def _clock(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _day_cell(src: Blind40Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the source's way; return (cell, tag)."""
    r = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    h, mi = _clock(rng)
    if src.key == "fi":
        if r < 0.45:
            return ts.to_pydatetime(), "date_excel"
        if r < 0.55:
            return dt.datetime(y, m, d, h, mi), "date_excel_time"
        if r < 0.72:
            return int((ts - _EXCEL_EPOCH).days), "date_serial"
        if r < 0.92:
            return f"{d}.{m}.{y}", "date_dotted"
        return f"{d}.{m}.{y} klo {h:02d}.{mi:02d}", "date_time"
    if src.key == "lv":
        if r < 0.45:
            return f"{d:02d}.{m:02d}.{y}", "date_dotted"
        if r < 0.65:
            return f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}", "date_oracle"
        if r < 0.8:
            return f"{y}-{m:02d}-{d:02d}", "date_iso"
        if r < 0.9:
            return f"{d:02d}.{m:02d}.{y}.", "date_trailing_dot"
        return f"{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}", "date_time"
    if src.key == "ch":
        if r < 0.45:
            return f"{d:02d}.{m:02d}.{y}", "date_dotted"
        if r < 0.6:
            return f"{d}.{m}.{y % 100:02d}", "date_two_digit_year"
        day = "1er" if d == 1 else str(d)
        if r < 0.8:
            return f"{day} {_FR_MONTHS[m - 1]} {y}", "date_month_name"
        if r < 0.9:
            return f"{_FR_DAYS[ts.weekday()]} {day} {_FR_MONTHS[m - 1]} {y}", "date_weekday"
        return f"{d:02d}.{m:02d}.{y} à {h:02d}h{mi:02d}", "date_time"
    if src.key == "se":
        if r < 0.45:
            return f"{y}-{m:02d}-{d:02d}", "date_iso"
        if r < 0.6:
            return f"{y}-{m:02d}-{d:02d} kl. {h:02d}:{mi:02d}", "date_time"
        if r < 0.8:
            return f"{d} {MONTHS[m - 1]} {y}", "date_month_name"
        if r < 0.9:
            return f"{d} {MONTHS[m - 1][:3]} {y}", "date_month_abbr"
        return f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:00", "date_time"
    # ca
    if r < 0.4:
        return f"{y}-{m:02d}-{d:02d}", "date_iso"
    if r < 0.6:
        return f"{d:02d}/{m:02d}/{y}", "date_slash"
    if r < 0.72:
        return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", "date_month_abbr"
    if r < 0.84:
        return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00", "date_iso_time"
    if r < 0.92:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", "date_month_name"
    return f"{d}/{m}/{y % 100:02d}", "date_two_digit_year"


def _month_cell(src: Blind40Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a month (no day) the source's way."""
    m, y = ts.month, ts.year
    options = {
        "fi": (f"{m:02d}/{y}", f"{MONTHS[m - 1][:3]} {y}"),
        "lv": (f"{m:02d}.{y}", f"{MONTHS[m - 1][:3].upper()}-{y}"),
        "ch": (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}.{y}", f"{_FR_MONTHS[m - 1].capitalize()} {y}"),
        "se": (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"),
        "ca": (f"{_ES_MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{_ES_MONTHS[m - 1]} de {y}"),
    }[src.key]
    return choice(rng, options)


def _quarter_cell(src: Blind40Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a quarter the source's way."""
    q, y = ts.quarter, ts.year
    fr_ord = "1er" if q == 1 else f"{q}e"
    options = {
        "fi": (f"Q{q}/{y}", f"{y} Q{q}"),
        "lv": (f"Q{q} {y}", f"{y}-Q{q}"),
        "ch": (f"T{q} {y}", f"{fr_ord} trimestre {y}", f"{fr_ord} trim. {y}"),
        "se": (f"Q{q} {y}", f"{y} Q{q}"),
        "ca": (
            f"T{q}-{y}",
            f"{_ROMAN[q - 1]} trimestre {y}",
            f"{_ES_ORDINAL[q - 1]} trimestre {y}",
        ),
    }[src.key]
    return choice(rng, options)


def _date(
    src: Blind40Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, expected precision) of an event's date."""
    r = rng.random()
    if partial_ok and r < 0.06:
        tags.append("partial_month")
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.09:
        tags.append("partial_quarter")
        return _quarter_cell(src, ts, rng), ts.to_period("Q").start_time, "quarter"
    cell, tag = _day_cell(src, ts, rng)
    tags.append(tag)
    return cell, ts.normalize(), "day"


def _text_date(src: Blind40Source, year: int, month: int, day: int) -> str:
    """Write a day as text, the source's everyday way, without checking that it exists."""
    if src.key == "fi":
        return f"{day}.{month}.{year}"
    if src.key in ("lv", "ch"):
        return f"{day:02d}.{month:02d}.{year}"
    if src.key == "se":
        return f"{year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{year}"


def _future_year(year: int) -> int:
    """Return the year a clerk writes when two digits swap (2022 -> 2202), far ahead."""
    text = str(year)
    swapped = int(text[0] + text[2] + text[1] + text[3]) if len(text) == 4 else 0
    return swapped if swapped > year + 50 else year + 200


def _bad_date(src: Blind40Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a row to quarantine: missing, impossible or far in the future."""
    if kind == "no_date":
        return _opt(rng, _NO_DATE[src.key])
    if kind == "bad_date":
        impossible = [(30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11), (ts.day, 13)]
        if not ts.is_leap_year:
            impossible.append((29, 2))
        day, month = impossible[int(rng.integers(len(impossible)))]
        return _text_date(src, ts.year, month, day)
    year = _future_year(ts.year)
    day = ts.day
    if ts.month == 2 and day == 29 and not pd.Timestamp(year=year, month=3, day=1).is_leap_year:
        day = 28
    if src.key == "fi" and rng.random() < 0.5:
        return dt.datetime(year, ts.month, day)
    return _text_date(src, year, ts.month, day)


def _note_date(src: Blind40Source, last: pd.Timestamp) -> object:
    """Date written on the source's note row (the day of its last row)."""
    if src.key == "fi":
        return last.to_pydatetime()
    if src.key in ("lv", "ch"):
        return f"{last:%d.%m.%Y}"
    return f"{last:%Y-%m-%d}"


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(code: str, lang: str) -> str:
    names = _NAMES.get(code)
    return names[_LANG_INDEX[lang]] if names else code


def _country(
    src: Blind40Source, code: str, rng: _Rng, tags: list[str], *, demonym: bool = False
) -> str:
    """Write one country (or, for a nationality, a demonym) the source's way."""
    lang = _LANG_OF_KEY[src.key]
    w = np.array(_COUNTRY_STYLE[src.key], dtype=float)
    if not demonym or code not in _DEMONYMS:
        w[1] = 0.0
    if src.key != "se" or code not in _SV_NAMES:
        w[4] = 0.0
    style = int(rng.choice(5, p=w / w.sum()))
    alpha2, _ = iso_codes(code) if code in _NAMES else (code, "")
    if style == 2:
        tags.append("country_alpha2")
        text = "UK" if code == "GBR" and rng.random() < 0.3 else alpha2
    elif style == 3:
        tags.append("country_alpha3")
        text = code
    elif style == 4:
        tags.append("country_swedish")
        text = _SV_NAMES[code]
    elif style == 1:
        tags.append("demonym")
        text = _DEMONYMS[code][_LANG_INDEX[lang]]
        if lang == "fr" and code in _FR_MASC and rng.random() < 0.4:
            text = _FR_MASC[code]
        if lang == "en" and rng.random() < 0.15:
            text = text.lower()
    else:
        r = rng.random()
        alt = _ALT_NAMES[lang].get(code, ())
        typo = _TYPOS[lang].get(code)
        if typo is not None and r < 0.05:
            tags.append("typo")
            text = typo
        elif alt and r < 0.35:
            tags.append("country_variant")
            text = choice(rng, alt)
        else:
            tags.append("country_name")
            text = _name(code, lang)
    if src.key == "lv" and style == 0 and rng.random() < 0.35:
        tags.append("upper")
        text = text.upper()
    if src.key == "ca" and style in (0, 1) and rng.random() < 0.05:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            text = garbled
    if src.key in ("ch", "se") and rng.random() < 0.03:
        tags.append("padded")
        text = f" {text} "
    if not fits(text, src):
        text = code
    return text


def _detection(src: Blind40Source, code: str, hotspot: str, rng: _Rng, tags: list[str]) -> str:
    """Country of detection, sometimes with the place in front."""
    lang = _LANG_OF_KEY[src.key]
    place = _PLACES.get(hotspot)
    if place is None or rng.random() >= 0.2:
        return _country(src, code, rng, tags)
    tags.append("place_and_country")
    spot = place[_LANG_INDEX[lang]]
    alpha2, _ = iso_codes(code) if code in _NAMES else (code, "")
    options = {
        "fi": (f"{spot}, {_name(code, 'en')}", f"{spot} ({alpha2})"),
        "lv": (f"{spot} ({code})", f"{spot}, {_name(code, 'en').upper()}"),
        "ch": (f"{spot} ({_name(code, 'fr')})", f"{spot} ({alpha2})"),
        "se": (f"{spot}, {_name(code, 'en')}", f"{spot} ({alpha2})"),
        "ca": (f"{spot} ({_name(code, 'es')})", f"{spot}, {_name(code, 'es')}"),
    }[src.key]
    text = choice(rng, options)
    return text if fits(text, src) else _country(src, code, rng, tags)


def _transit(src: Blind40Source, value: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Transit countries in order, joined the source's way."""
    if value is None:
        return _opt(rng, _NO_TRANSIT[src.key])
    codes = value.split("|")
    lang = _LANG_OF_KEY[src.key]
    names = [_name(c, lang) for c in codes]
    if src.key == "se":
        names = [
            _SV_NAMES.get(c, n) if rng.random() < 0.15 else n
            for c, n in zip(codes, names, strict=True)
        ]
    alpha2 = [iso_codes(c)[0] if c in _NAMES else c for c in codes]
    r = rng.random()
    if src.key == "fi":
        text = "-".join(alpha2) if r < 0.25 else choice(rng, (" > ", " - ", ", ")).join(names)
    elif src.key == "lv":
        text = "/".join(codes) if r < 0.5 else choice(rng, (", ", " - ")).join(names).upper()
    elif src.key == "ch":
        if r < 0.25 and len(names) > 1 and not any(" et " in n for n in names):
            text = "via " + ", ".join(names[:-1]) + " et " + names[-1]
        else:
            text = choice(rng, (" / ", " - ", ", ")).join(names)
    elif src.key == "se":
        text = "-".join(alpha2) if r < 0.15 else choice(rng, (" → ", ", ", " - ")).join(names)
    else:
        if r < 0.25 and len(names) > 1 and not any(" y " in n for n in names):
            text = "vía " + ", ".join(names[:-1]) + " y " + names[-1]
        elif r < 0.35:
            text = "/".join(codes)
        else:
            text = choice(rng, (" - ", ", ")).join(names)
    tags.append("transit_list")
    return text if fits(text, src) else "/".join(codes)


def _offences(src: Blind40Source, value: str | None, rng: _Rng) -> str | None:
    """Linked offences in the source's words, in any order."""
    if value is None:
        return _opt(rng, _NO_OFFENCE[src.key])
    words = _OFFENCES[_LANG_OF_KEY[src.key]]
    parts = [choice(rng, words[o]) for o in value.split("|")]
    order = rng.permutation(len(parts))
    return choice(rng, _OFFENCE_JOIN[src.key]).join(parts[i] for i in order)


def _thousands(src: Blind40Source, n: int, rng: _Rng) -> str:
    sep = choice(rng, _THOUSANDS[src.key])
    return f"{n:,}".replace(",", sep)


def _persons(src: Blind40Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Count of persons: (cell, expected)."""
    r = rng.random()
    if r < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.key]), None
    if n >= 1000 and r < 0.6:
        tags.append("count_thousands")
        return _thousands(src, n, rng), n
    if src.key == "fi":
        if r < 0.12:
            tags.append("count_text")
            return str(n), n
        return n, n
    if src.key == "ca":
        if r < 0.08:
            tags.append("count_float")
            return float(n), n
        if r < 0.13:
            tags.append("count_unit")
            return f"{n} persona" if n == 1 else f"{n} personas", n
        if r < 0.3:
            tags.append("count_text")
            return str(n), n
        return n, n
    return str(n), n


def _suspects(
    src: Blind40Source, k: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Count of suspects: (cell, expected)."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.025:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_UNKNOWN[src.key]), None
    if k == 0 and r < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.key]), 0
    if src.format == "csv":
        return str(k), k
    return k, k


def _gender(
    src: Blind40Source,
    value: str,
    age: str,
    n: int,
    rng: _Rng,
    tags: list[str],
    *,
    blank: bool,
) -> tuple[str | None, str]:
    """Gender: (cell, expected); "men", "women" only for adults."""
    if blank:
        tags.append("blank_gender")
        return None, "unknown"
    if rng.random() < 0.015:
        tags.append("blank_gender")
        return choice(rng, _GENDER_UNKNOWN[src.key]), "unknown"
    words, adults, one_adult = _GENDER[src.key][value]
    if age == "adult":
        words = words + (one_adult if n == 1 else adults)
    text = choice(rng, words)
    if value == "male" and n == 1 and src.key == "ca" and text == "varones":
        text = "varón"
    return text, value


def _age(src: Blind40Source, value: str, n: int, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    """Age group: (cell, expected)."""
    if rng.random() < 0.015:
        tags.append("na_word")
        return choice(rng, _NA_WORDS[src.key]), "unknown"
    plural, single = _AGE[src.key][value]
    return choice(rng, single if n == 1 and single else plural), value


def _transport(src: Blind40Source, value: str, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    """Transport mode: (cell, expected)."""
    if rng.random() < 0.015:
        tags.append("na_word")
        return choice(rng, _NA_WORDS[src.key]), "unknown"
    text = choice(rng, _TRANSPORT[src.key][value])
    if src.key == "lv" and rng.random() < 0.3:
        text = text.upper()
    return text, value


def _dms(value: float, decimals: int) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds (to ``decimals``) of ``abs(value)``, and their decoding."""
    scale = 10**decimals
    units = round(abs(value) * 3600 * scale)
    deg, rem = divmod(units, 3600 * scale)
    minutes, sec_units = divmod(rem, 60 * scale)
    decoded = deg + minutes / 60 + sec_units / (3600 * scale)
    return int(deg), int(minutes), sec_units / scale, decoded


def _dm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (to 3 decimals) of ``abs(value)``, and their decoding."""
    units = round(abs(value) * 60_000)
    deg, rem = divmod(units, 60_000)
    return int(deg), rem / 1000, deg + rem / 60_000


def _signed(value: float, decoded: float) -> float:
    return round(decoded if value >= 0 else -decoded, 6)


def _coords(
    src: Blind40Source, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Location cells (``lat``/``lon`` or ``coordinates``) and the expected point."""
    combined = "coordinates" in src.headers
    if blank:
        tags.append("blank_coordinates")
        return ({"coordinates": None} if combined else {"lat": None, "lon": None}), None, None
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return ({"coordinates": None} if combined else {"lat": None, "lon": None}), None, None
    if r < 0.05:
        tags.append("coords_placeholder")
        word = choice(rng, _NO_COORDS[src.key])
        cells: dict[str, object] = {"coordinates": word} if combined else {"lat": word, "lon": word}
        return cells, None, None
    ns = "N" if lat >= 0 else "S"
    west = "O" if src.language in ("fr", "es") else "W"
    ew = "E" if lon >= 0 else west
    r = rng.random()
    if src.key == "fi":
        if r < 0.72:
            tags.append("coords_number")
            return {"lat": lat, "lon": lon}, lat, lon
        if r < 0.88:
            tags.append("coords_decimal_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
            )
        tags.append("coords_dms")
        d1, m1, s1, v1 = _dms(lat, 1)
        d2, m2, s2, v2 = _dms(lon, 1)
        return (
            {"lat": f"{d1}°{m1:02d}'{s1:04.1f}\"{ns}", "lon": f"{d2}°{m2:02d}'{s2:04.1f}\"{ew}"},
            _signed(lat, v1),
            _signed(lon, v2),
        )
    if src.key == "lv":
        if r < 0.75:
            tags.append("coords_decimal_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
            )
        if r < 0.88:
            tags.append("coords_hemisphere")
            a = f"{abs(lat):.5f}".replace(".", ",")
            b = f"{abs(lon):.5f}".replace(".", ",")
            return {"lat": f"{a}{ns}", "lon": f"{b}{ew}"}, lat, lon
        tags.append("coords_dms")
        d1, m1, s1, v1 = _dms(lat, 0)
        d2, m2, s2, v2 = _dms(lon, 0)
        return (
            {"lat": f"{d1}°{m1:02d}'{s1:02.0f}\"{ns}", "lon": f"{d2}°{m2:02d}'{s2:02.0f}\"{ew}"},
            _signed(lat, v1),
            _signed(lon, v2),
        )
    if src.key == "ch":
        if r < 0.55:
            tags.append("coords_pair")
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
        if r < 0.82:
            tags.append("coords_hemisphere")
            return {"coordinates": f"{abs(lat):.5f} {ns} / {abs(lon):.5f} {ew}"}, lat, lon
        tags.append("coords_dms")
        d1, m1, s1, v1 = _dms(lat, 1)
        d2, m2, s2, v2 = _dms(lon, 1)
        text = f"{ns} {d1}°{m1:02d}'{s1:04.1f}\" {ew} {d2}°{m2:02d}'{s2:04.1f}\""
        return {"coordinates": text}, _signed(lat, v1), _signed(lon, v2)
    if src.key == "se":
        if r < 0.5:
            tags.append("coords_dm")
            g1, n1, v1 = _dm(lat)
            g2, n2, v2 = _dm(lon)
            text = f"{ns} {g1:02d}°{n1:06.3f}' {ew} {g2:03d}°{n2:06.3f}'"
            return {"coordinates": text}, _signed(lat, v1), _signed(lon, v2)
        if r < 0.85:
            tags.append("coords_pair")
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
        tags.append("coords_hemisphere")
        return {"coordinates": f"{abs(lat):.5f} {ns} {abs(lon):.5f} {ew}"}, lat, lon
    # ca
    if r < 0.6:
        tags.append("coords_number")
        return {"lat": lat, "lon": lon}, lat, lon
    if r < 0.7:
        tags.append("coords_text")
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon
    if r < 0.88:
        tags.append("coords_hemisphere")
        return {"lat": f"{abs(lat):.5f} {ns}", "lon": f"{abs(lon):.5f} {ew}"}, lat, lon
    tags.append("coords_dms")
    d1, m1, s1, v1 = _dms(lat, 1)
    d2, m2, s2, v2 = _dms(lon, 1)
    return (
        {"lat": f"{d1}°{m1:02d}'{s1:04.1f}\"{ns}", "lon": f"{d2}°{m2:02d}'{s2:04.1f}\"{ew}"},
        _signed(lat, v1),
        _signed(lon, v2),
    )


def _crime(src: Blind40Source, crime: str, detection: str, rng: _Rng, tags: list[str]) -> str:
    """Crime type in the source's words (legal references included)."""
    if src.key == "ca" and detection == "USA" and crime in _US_CODE and rng.random() < 0.3:
        tags.append("legal_ref")
        return choice(rng, _US_CODE[crime])
    text = choice(rng, _CRIMES[src.key][crime])
    if any(ch.isdigit() for ch in text):
        tags.append("legal_ref")
    return text


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _render(
    src: Blind40Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    detection = str(ev["detection_country"])
    cells["crime_type"] = _crime(src, crime, detection, rng, tags)
    exp["crime_type"] = crime
    expl = _opt_str(ev["exploitation"])
    if expl is None:
        cells["exploitation"] = _opt(rng, _NO_EXPLOITATION[src.key])
    else:
        words = _EXPLOITATION[src.key][expl]
        if ev["nationality"] != "VNM":  # cannabis farms: the Viet Nam-UK flow only
            words = tuple(w for w in words if "cannabis" not in w)
        cells["exploitation"] = choice(rng, words)
    exp["exploitation"] = expl
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, k, rng, tags, blank=forced_blank == "n_suspects"
    )
    cells["gender"], exp["gender"] = _gender(
        src,
        str(ev["gender"]),
        str(ev["age_group"]),
        n,
        rng,
        tags,
        blank=forced_blank == "gender",
    )
    cells["age_group"], exp["age_group"] = _age(src, str(ev["age_group"]), n, rng, tags)

    nat = str(ev["nationality"])
    nat_written = False
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.01:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = choice(rng, _NAT_UNKNOWN[src.key]), None
    else:
        cells["nationality"] = _country(src, nat, rng, tags, demonym=True)
        exp["nationality"] = nat
        nat_written = True
    origin = str(ev["origin_country"])
    if nat_written and origin == nat and rng.random() < 0.05:
        tags.append("origin_same")
        cells["origin_country"] = choice(rng, _SAME_ORIGIN[src.key])
    else:
        cells["origin_country"] = _country(src, origin, rng, tags)
    exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, tags)
    exp["destination_country"] = dest
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _detection(src, detection, str(ev["hotspot"]), rng, tags)
        exp["detection_country"] = detection
    transit = _opt_str(ev["transit_countries"])
    cells["transit_countries"] = _transit(src, transit, rng, tags)
    exp["transit_countries"] = transit
    cells["transport_mode"], exp["transport_mode"] = _transport(
        src, str(ev["transport_mode"]), rng, tags
    )
    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)
    linked = _opt_str(ev["linked_offences"])
    cells["linked_offences"] = _offences(src, linked, rng)
    exp["linked_offences"] = linked
    for col, cell in cells.items():  # a cp1252 file cannot hold every character
        if isinstance(cell, str) and not fits(cell, src):
            raise ValueError(f"cell {cell!r} of {col} does not fit {src.encoding}")
    return cells, exp, tags


_BLIND40: Examiner[Blind40Source] = Examiner(
    sources=BLIND40_SOURCES,
    primary={
        "GRC": _FI.source,
        "ITA": _FI.source,
        "POL": _LV.source,
        "HRV": _LV.source,
        "ESP": _CH.source,
        "PAN": _CA.source,
        "USA": _CA.source,
    },
    compilation=_SE.source,
    secondary={
        ("cmed", "ITA"): _CH.source,
        ("wbal", "HRV"): _CH.source,
        ("emed", "GRC"): _SE.source,
        ("thb_nga_ita", "ITA"): _SE.source,
        ("blr_pol", "POL"): _FI.source,
        ("watl", "ESP"): _FI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=40_040,
    blank_share=0.35,
)


def make_blind40(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind40`` sources' files.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``rajavartiolaitos_ap.xlsx``, ``vrs_latvija_ap.csv``, ``ofdf_ro_ap.csv``,
        ``polisen_noa_ap.csv`` and ``ocam_siemca_ap.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind40(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rajavartiolaitos_ap.xlsx', 'vrs_latvija_ap.csv', 'ofdf_ro_ap.csv',
     'polisen_noa_ap.csv', 'ocam_siemca_ap.jsonl']
    """
    return make_examined(_BLIND40, truth, seed=seed)
