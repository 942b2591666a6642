"""Examiner sample set ``blind261`` (files ``*_jc.*``): tourism and hotel-industry bodies.

Five bodies of the hospitality trade that keep registers of what their members' hotels,
resorts and tourist police contacts report about trafficking in human beings and migrant
smuggling on the coasts and borders they work on, each in its own working language and
with the office tools it really uses:

``umih_fr_jc.csv``
    UMIH (Union des métiers et des industries de l'hôtellerie, Paris), the French hotel
    federation's register of members' reports ("signalements") from the Calais and
    Dunkirk coast. French, Windows-1252, ``;``, CRLF; day-first dates, ``1er mai 2023``,
    ``mai 2023`` and ``T2 2023``; decimal-comma coordinates; ``3 pers.``; ``aucun``;
    ``Sans objet`` in smuggling rows; country names in capitals now and then; a
    re-sent extract (exact repeats).
``cehat_es_jc.xlsx``
    CEHAT (Confederación Española de Hoteles y Alojamientos Turísticos, Madrid), the
    Spanish hotel confederation's register of incidents from the Canary Islands, Ceuta,
    Melilla, Almería and Huelva. Spanish; Excel dates, some typed as text or left as
    serial numbers; ``mayo 2023``, ``2º trimestre 2023``; nationalities as demonyms
    (``marroquí``); ``Varón``, ``H``/``M`` (hombre/mujer); ``Patera``, ``Cayuco``;
    Google Maps coordinate pairs; a batch of rows pasted from a UTF-8 export read as
    Windows-1252 (mojibake, ``MarroquÃ­``).
``federalberghi_it_jc.csv``
    Federalberghi (Federazione delle Associazioni Italiane Alberghi e Turismo, Rome),
    the Italian hotel federation's English-language return for its European partners:
    Excel's "Unicode text" export (UTF-16 with BOM, tab-delimited) on an Italian locale,
    so decimal commas and ``1.250`` thousands; English words, ISO alpha-3 codes now and
    then, ``Labour exploitation (caporalato)``.
``ahla_us_jc.jsonl``
    AHLA (American Hotel & Lodging Association, Washington), the incident log of its
    "No Room for Trafficking" programme from hotels and motels on the Mexican border
    (stash houses, groups dropped at motels). JSON lines from a web form: US month-first
    dates and ISO date-times, numbers as JSON numbers, ``UAC``, ``Tractor-trailer``,
    ISO alpha-2 codes; re-sent lines (exact repeats).
``wttc_taskforce_jc.xlsx``
    WTTC (World Travel & Tourism Council, London), the case digest of its Human
    Trafficking Taskforce, compiled from member companies' returns: every event no
    national body above reports (Greece, Croatia, Poland, the United Kingdom, Panama)
    and a second report of some events the national bodies already sent. English;
    ISO alpha-3 codes mostly (a few numeric ISO codes), ``THB``/``SOM``, routes joined
    by ``>``, ``Q2 2023`` and ``2023-05`` from quarterly and monthly returns.

The truth says what a careful analyst reads from each cell: a demonym or a mojibake name
is the country, ``aucun``/``none`` is 0 suspects, ``NC``/``s/d``/``n/k`` in a count is no
count, ``Sans objet``/``No aplica`` in a smuggling row is no exploitation, a month or
quarter is the first day of that period, a US date is month-first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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

__all__ = ["AGENCIES", "Agency", "make_blind261"]

_Rng = np.random.Generator
_Words = dict[str, dict[str, tuple[str, ...]]]

# --------------------------------------------------------------------------------------
# Country names as these bodies write them (hand-written: independent of the cleaner)
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
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
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names in common use, by language (what a clerk of that language writes).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "RUS": ("Russian Federation",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "HRV": ("Hrvatska",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "IRQ": ("Iraq",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "CIV": ("RCI",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "CIV": ("Côte d'Ivoire",),
        "MKD": ("Macedonia",),
        "RUS": ("Federación Rusa",),
        "VNM": ("Viet Nam",),
    },
}

#: Small slips of the pen, by language (each still readable as the country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "NGA": "Nigieria",
        "PAK": "Pakisatn",
        "SYR": "Syira",
        "TUN": "Tunesia",
        "EGY": "Egypte",
        "BGD": "Bangaldesh",
        "GTM": "Guatamala",
        "HND": "Hondruas",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "MEX": "Mexcio",
        "IRQ": "Irak",
        "ROU": "Rumania",
        "COL": "Columbia",
        "GRC": "Greese",
        "ITA": "Itlay",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erytrée",
        "IRN": "Irann",
        "ALB": "Albannie",
        "SYR": "Syrei",
        "FRA": "Fance",
        "GBR": "Royaume Unis",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senagal",
        "DZA": "Argélia",
        "GMB": "Ganbia",
        "MLI": "Mali",
        "ROU": "Rumania",
        "MRT": "Mauritana",
        "ESP": "Españ",
    },
}

#: Spanish demonyms a Spanish clerk writes in a nationality column.
_DEMONYMS_ES: dict[str, tuple[str, ...]] = {
    "MAR": ("marroquí", "marroquíes"),
    "DZA": ("argelina", "argelino"),
    "SEN": ("senegalesa", "senegalés"),
    "MLI": ("maliense", "malienses"),
    "GMB": ("gambiana", "gambiano"),
    "CIV": ("marfileña", "marfileño"),
    "ROU": ("rumana", "rumano"),
    "GIN": ("guineana (Conakry)",),
}

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
_PARTIAL_MONTH = ("month", "month_num", "month_iso")
_PARTIAL_QUARTER = ("quarter",)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One body of the set: what the shared machinery reads, plus its own wording.

    Attributes
    ----------
    words : dict
        Column -> canonical word -> the body's words for it (first = the usual one).
    unknown : tuple of str
        What its clerks write when a value is not known.
    not_applicable : tuple of str
        What they write in the exploitation cell of a pure smuggling row.
    count_unknown : tuple of str
        What they write in a count cell when the count is not known.
    zero : tuple of str
        Words for "no suspects".
    dates : tuple of (str, float)
        Date styles and their weights, the usual one first.
    countries : tuple of (str, float)
        Country styles (``name``, ``upper``, ``lower``, ``plain``, ``iso2``, ``iso3``,
        ``numeric``, ``alias``, ``typo``, ``demonym``) and their weights.
    transit_sep, offence_sep : str
        Separators of transit-country and linked-offence lists.
    coords : str
        ``"comma"`` (two text cells, decimal comma), ``"pair"`` (one ``lat, lon`` cell)
        or ``"number"`` (two numeric cells).
    thousands : tuple of str
        Thousands separators of counts of 1,000 or more (empty: never).
    unit : str
        Word a clerk may write after a small count (``"pers."``; empty: never).
    no_coords : float
        Share of rows without coordinates.
    mojibake_rate : float
        Share of rows pasted from a UTF-8 export read as Windows-1252.
    swap_rate : float
        Share of rows with latitude and longitude swapped.
    direct : tuple of str
        Words written in the transit cell of a direct journey (empty: the cell is left
        blank).
    corridor_words : dict
        ``(corridor, column)`` -> canonical word -> words, overriding ``words`` where a
        word belongs to one stretch of coast only (``Salto de valla`` at Ceuta).
    """

    words: _Words = field(default_factory=dict)
    unknown: tuple[str, ...] = ()
    not_applicable: tuple[str, ...] = ()
    count_unknown: tuple[str, ...] = ()
    zero: tuple[str, ...] = ()
    dates: tuple[tuple[str, float], ...] = ()
    countries: tuple[tuple[str, float], ...] = ()
    transit_sep: str = ", "
    offence_sep: str = ", "
    coords: str = "number"
    thousands: tuple[str, ...] = ()
    unit: str = ""
    no_coords: float = 0.05
    mojibake_rate: float = 0.0
    swap_rate: float = 0.0
    direct: tuple[str, ...] = ()
    corridor_words: dict[tuple[str, str], dict[str, tuple[str, ...]]] = field(default_factory=dict)


# --------------------------------------------------------------------------------------
# The five bodies
# --------------------------------------------------------------------------------------
_UMIH = Agency(
    source="umih_fr",
    filename="umih_fr_jc.csv",
    ref="UMIH-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du signalement",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires – extraction du registre des signalements adhérents",
    total="TOTAL",
    bad_count=("plusieurs", "groupe"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite (exploitation)"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Filière de passeurs",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femmes", "F", "Femme"),
            "male": ("Hommes", "H", "Homme"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineurs", "Mineur", "MNA"),
            "adult": ("Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Bateau pneumatique", "Maritime"),
            "land": ("Poids lourd", "Camion", "Voie routière"),
            "air": ("Aérien", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NR", "inconnu", "Non renseigné"),
    not_applicable=("Sans objet",),
    count_unknown=("NC", "inconnu"),
    zero=("aucun", "néant"),
    dates=(("dmy", 0.78), ("long", 0.1), ("month", 0.07), ("quarter", 0.05)),
    countries=(
        ("name", 0.72),
        ("upper", 0.12),
        ("alias", 0.05),
        ("plain", 0.04),
        ("typo", 0.04),
        ("iso2", 0.03),
    ),
    transit_sep=" / ",
    offence_sep=", ",
    coords="comma",
    thousands=("\u00a0", " "),
    unit="pers.",
    no_coords=0.05,
)

_CEHAT = Agency(
    source="cehat_es",
    filename="cehat_es_jc.xlsx",
    ref="CEHAT/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por las asociaciones",
    total="Total general",
    bad_count=("varios", "un grupo", "decenas"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico de migrantes", "Trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Prostitución forzada"),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer", "M"),
            "male": ("Hombres", "Varón", "H"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menores", "Menor de edad", "MENA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Neumática", "Marítimo"),
            "land": ("Terrestre", "Autobús", "Vehículo"),
            "air": ("Aéreo", "Avión"),
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
    unknown=("Desconocido", "s/d", "No consta"),
    not_applicable=("No aplica", "N/A"),
    count_unknown=("s/d", "desconocido"),
    zero=("ninguno",),
    dates=(
        ("excel", 0.72),
        ("dmy", 0.1),
        ("serial", 0.05),
        ("month", 0.05),
        ("month_num", 0.03),
        ("quarter", 0.05),
    ),
    countries=(
        ("name", 0.62),
        ("demonym", 0.18),
        ("upper", 0.06),
        ("iso2", 0.05),
        ("typo", 0.04),
        ("alias", 0.03),
        ("plain", 0.02),
    ),
    transit_sep=" - ",
    offence_sep=" / ",
    coords="pair",
    thousands=(".",),
    no_coords=0.06,
    mojibake_rate=0.08,
    corridor_words={
        ("wmed", "transport_mode"): {
            "sea": ("Patera", "Neumática", "Marítimo"),
            "land": ("Salto de valla", "A pie", "Terrestre"),
        },
        ("watl", "transport_mode"): {"sea": ("Cayuco", "Neumática", "Marítimo")},
    },
)

_FEDERALBERGHI = Agency(
    source="federalberghi_it",
    filename="federalberghi_it_jc.csv",
    ref="FA{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of event",
        "crime_type": "Offence",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit countries",
        "transport_mode": "Means of transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related offences",
    },
    note="Note: provisional data from member hotels, not validated",
    total="Total",
    bad_count=("several", "a group"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "THB", "Trafficking in persons"),
            "smuggling": (
                "Migrant smuggling",
                "Smuggling of migrants",
                "Aiding illegal immigration",
            ),
            "both": ("Trafficking + smuggling", "THB/SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Forced prostitution"),
            "forced_labour": ("Labour exploitation", "Labour exploitation (caporalato)"),
            "forced_criminality": ("Forced criminal activities", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "child": ("Minor", "Minors", "Unaccompanied minor"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults and minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat landing", "Boat"),
            "land": ("Land", "Car/van", "Bus"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "forged documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Unknown", "n/k", "not known"),
    not_applicable=("n/a", "not applicable"),
    count_unknown=("n/k", "unknown"),
    zero=("none", "nil"),
    dates=(("dmy", 0.82), ("dmy2", 0.05), ("month_num", 0.07), ("quarter", 0.06)),
    countries=(
        ("name", 0.68),
        ("iso3", 0.14),
        ("alias", 0.07),
        ("typo", 0.05),
        ("lower", 0.03),
        ("upper", 0.03),
    ),
    transit_sep=", ",
    offence_sep=" + ",
    coords="comma",
    thousands=(".",),
    no_coords=0.05,
)

_AHLA = Agency(
    source="ahla_us",
    filename="ahla_us_jc.jsonl",
    ref="NRFT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incidentId",
        "event_date": "incidentDate",
        "crime_type": "incidentType",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsIdentified",
        "gender": "sex",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "originCountry",
        "destination_country": "destinationCountry",
        "detection_country": "country",
        "transit_countries": "transitCountries",
        "transport_mode": "transportMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "Trafficking"),
            "smuggling": ("Human Smuggling", "Smuggling"),
            "both": ("Trafficking & Smuggling", "Smuggling/Trafficking"),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking", "Commercial sex"),
            "forced_labour": ("Labor Trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed group", "Male & female"),
        },
        "age_group": {
            "child": ("Minor", "Juvenile", "UAC"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Boat"),
            "land": ("Vehicle", "On foot", "Tractor-trailer", "Land"),
            "air": ("Air", "Commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("fraudulent documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug smuggling", "narcotics"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Unknown", "Not reported"),
    not_applicable=("N/A",),
    count_unknown=("unknown", "TBD"),
    zero=("none",),
    dates=(("mdy", 0.74), ("iso_time", 0.2), ("month", 0.06)),
    countries=(("name", 0.65), ("iso2", 0.18), ("alias", 0.12), ("typo", 0.05)),
    transit_sep=", ",
    offence_sep=", ",
    coords="number",
    thousands=(",",),
    no_coords=0.07,
)

_WTTC = Agency(
    source="wttc_taskforce",
    filename="wttc_taskforce_jc.xlsx",
    ref="HTT-{yy:02d}{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Ref",
        "event_date": "Date",
        "crime_type": "Category",
        "exploitation": "Exploitation",
        "n_persons": "Victims / migrants",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Location (country)",
        "transit_countries": "Route (transit)",
        "transport_mode": "Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked offences",
    },
    note="Note: compiled from member returns; figures not verified by the Taskforce",
    total="Grand total",
    bad_count=("multiple", "several"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("THB", "Human trafficking"),
            "smuggling": ("SOM", "Migrant smuggling"),
            "both": ("THB/SOM", "THB and SOM"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Forced labour"),
            "forced_criminality": ("Criminal", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Mixed group"),
        },
        "age_group": {
            "child": ("Child", "Minor"),
            "adult": ("Adult",),
            "mixed": ("Mixed", "Adults & children"),
        },
        "transport_mode": {
            "sea": ("Sea", "Maritime"),
            "land": ("Land", "Road"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering", "illicit financial flows"),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Unknown", "n/k", "Not stated"),
    not_applicable=("n/a",),
    count_unknown=("n/k",),
    zero=("nil",),
    dates=(
        ("excel", 0.7),
        ("long", 0.1),
        ("month_iso", 0.08),
        ("quarter", 0.08),
        ("ymd_slash", 0.04),
    ),
    countries=(
        ("iso3", 0.55),
        ("name", 0.3),
        ("alias", 0.08),
        ("numeric", 0.04),
        ("upper", 0.03),
    ),
    transit_sep=" > ",
    offence_sep="; ",
    coords="number",
    no_coords=0.05,
    swap_rate=0.01,
    direct=("Direct", "direct"),
)

#: The five bodies, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_UMIH, _CEHAT, _FEDERALBERGHI, _AHLA, _WTTC)

_PRIMARY = {
    "FRA": "umih_fr",
    "ESP": "cehat_es",
    "ITA": "federalberghi_it",
    "USA": "ahla_us",
}
_SECONDARY = {
    ("channel", "FRA"): "wttc_taskforce",
    ("channel", "GBR"): "umih_fr",  # the Calais hotels report the group met at Dover
    ("watl", "ESP"): "wttc_taskforce",
    ("wmed", "ESP"): "wttc_taskforce",
    ("thb_rou_esp", "ESP"): "wttc_taskforce",
    ("thb_rou_esp", "ITA"): "wttc_taskforce",
    ("cmed", "ITA"): "wttc_taskforce",
    ("thb_nga_ita", "ITA"): "wttc_taskforce",
    ("us_mex", "USA"): "wttc_taskforce",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in options]
    w = np.array([v for _, v in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Agency, column: str, value: str, rng: _Rng, corridor: str) -> str:
    """Return the body's word for a canonical value: the usual one 60 %, another otherwise."""
    table = src.corridor_words.get((corridor, column), {})
    forms = table.get(value) or src.words[column][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _noise(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or the spacing of a cell now and then (the meaning stays)."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    return out, out != text


def _strip_accents(text: str) -> str:
    table = str.maketrans("áàâäéèêëíîïóôöúùûüçñÁÉÈÍÓÚÇÑ", "aaaaeeeeiiiooouuuucnAEEIOUCN")
    return text.translate(table)


def _country(
    src: Agency, iso: str, rng: _Rng, *, demonym_ok: bool = False, style: str | None = None
) -> tuple[str, str]:
    """Write one country as the body does; return (text, style visible)."""
    name = _NAMES[iso][_LANG[src.language]]
    style = style or _weighted(rng, src.countries)
    if style == "demonym":
        forms = _DEMONYMS_ES.get(iso)
        return (choice(rng, forms), "demonym") if demonym_ok and forms else (name, "name")
    if style == "upper":
        return name.upper(), "upper"
    if style == "lower":
        return name.lower(), "lower"
    if style == "plain":
        plain = _strip_accents(name)
        return plain, ("plain" if plain != name else "name")
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "alias":
        aliases = _ALIASES[src.language].get(iso)
        return (choice(rng, aliases), "alias") if aliases else (name, "name")
    if style == "typo":
        typo = _TYPOS[src.language].get(iso)
        return (typo, "typo") if typo and typo != name else (name, "name")
    return name, "name"


def _long_date(lang: str, ts: pd.Timestamp) -> str:
    m = ts.month - 1
    if lang == "fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[m]} {ts.year}"
    if lang == "es":
        return f"{ts.day} de {_MONTHS_ES[m]} de {ts.year}"
    return f"{ts.day} {MONTHS[m]} {ts.year}"


def _month_text(lang: str, ts: pd.Timestamp) -> str:
    m = ts.month - 1
    if lang == "fr":
        return f"{_MONTHS_FR[m]} {ts.year}"
    if lang == "es":
        return f"{_MONTHS_ES[m]} {ts.year}"
    return f"{MONTHS[m]} {ts.year}"


def _quarter_text(src: Agency, ts: pd.Timestamp, rng: _Rng) -> str:
    q = ts.quarter
    if src.language == "fr":
        return f"T{q} {ts.year}"
    if src.language == "es":
        return f"{q}º trimestre {ts.year}" if rng.random() < 0.6 else f"T{q} {ts.year}"
    return f"Q{q} {ts.year}"


def _date_in(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a day in one of the body's date styles."""
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "serial":
        return int((ts - _EXCEL_EPOCH).days)
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "mdy":
        return ts.strftime("%m/%d/%Y")
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "iso_time":
        return ts.strftime("%Y-%m-%d") + f" {int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}"
    if style == "long":
        return _long_date(src.language, ts)
    if style == "month":
        return _month_text(src.language, ts)
    if style == "month_num":
        return ts.strftime("%m/%Y")
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    return _quarter_text(src, ts, rng)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected day, precision, tags) of an event's date."""
    partial = (*_PARTIAL_MONTH, *_PARTIAL_QUARTER)
    styles = tuple((k, w) for k, w in src.dates if partial_ok or k not in partial)
    style = _weighted(rng, styles)
    cell = _date_in(src, ts, style, rng)
    if style in _PARTIAL_MONTH:
        return cell, ts.to_period("M").start_time, "month", ["partial_date", "month_only"]
    if style in _PARTIAL_QUARTER:
        return cell, ts.to_period("Q").start_time, "quarter", ["partial_date", "quarter_only"]
    tags = {"serial": ["excel_serial"], "long": ["long_date"], "mdy": ["us_date"]}.get(style, [])
    return cell, ts.normalize(), "day", list(tags)


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons as the body does."""
    numeric = src.format != "csv"
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        sep = choice(rng, src.thousands)
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
    if src.unit and n < 1000 and rng.random() < 0.06:
        return f"{n} {src.unit}", ["count_with_unit"]
    return (n if numeric else str(n)), []


def _num(src: Agency, value: float) -> object:
    if src.coords == "comma":
        return f"{value:.5f}".replace(".", ",")
    return round(value, 5)


def _int(value: object) -> int:
    return int(str(value))


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the body does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], exp["event_date"], exp["date_precision"], date_tags = _date(
        src, ts, rng, partial_ok
    )
    tags += date_tags

    def vocab(column: str, value: str) -> str:
        text, noisy = _noise(_word(src, column, value, rng, corridor), rng, 0.05)
        if noisy:
            tags.append(f"case:{column}")
        return text

    crime = str(ev["crime_type"])
    cells["crime_type"] = vocab("crime_type", crime)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    r = rng.random()
    if expl is None:  # pure smuggling: nothing to say, or "not applicable"
        exp["exploitation"] = None
        cells["exploitation"] = choice(rng, src.not_applicable) if r < 0.3 else None
        if r < 0.3:
            tags.append("not_applicable")
    elif r < 0.03:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = choice(rng, src.unknown)
        tags.append("unknown:exploitation")
    elif r < 0.05:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = None
        tags.append("empty:exploitation")
    else:
        exp["exploitation"] = str(expl)
        cells["exploitation"] = vocab("exploitation", str(expl))

    n = _int(ev["n_persons"])
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], count_tags = _count(src, n, rng)
        exp["n_persons"] = n
        tags += count_tags

    s = _int(ev["n_suspects"])
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.unknown) if r < 0.015 else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif s == 0 and r < 0.45:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = s if src.format != "csv" else str(s)
        exp["n_suspects"] = s

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.015:
        cells["gender"] = None
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    elif r < 0.035:
        cells["gender"] = choice(rng, src.unknown)
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    else:
        cells["gender"] = vocab("gender", gender)
        exp["gender"] = gender

    for column in ("age_group", "transport_mode"):
        value = str(ev[column])
        r = rng.random()
        if r < 0.02:
            cells[column] = choice(rng, src.unknown)
            exp[column] = "unknown"
            tags.append(f"na_word:{column}")
        elif r < 0.035:
            cells[column] = None
            exp[column] = "unknown"
            tags.append(f"na_word:{column}")
        else:
            cells[column] = vocab(column, value)
            exp[column] = value

    def country(column: str, iso: str, *, demonym_ok: bool = False) -> str:
        text, style = _country(src, iso, rng, demonym_ok=demonym_ok)
        if style != "name":
            tags.append(f"{style}:{column}")
        if style in ("name", "alias", "typo", "plain", "demonym"):
            text, noisy = _noise(text, rng, 0.04)
            if noisy:
                tags.append(f"case:{column}")
        return text

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.01:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.025:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = country("nationality", nat, demonym_ok=True)
        exp["nationality"] = nat

    for column in ("origin_country", "destination_country"):
        iso = str(ev[column])
        r = rng.random()
        if r < 0.02:
            cells[column] = choice(rng, src.unknown) if r < 0.012 else None
            exp[column] = None
            tags.append(f"unknown:{column}")
        else:
            cells[column] = country(column, iso)
            exp[column] = iso

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        det = str(ev["detection_country"])
        cells["detection_country"] = country("detection_country", det)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        direct = src.direct and rng.random() < 0.3
        cells["transit_countries"] = choice(rng, src.direct) if direct else None
        if direct:
            tags.append("direct_word")
    else:
        style = _weighted(rng, src.countries)
        style = "iso3" if style == "numeric" else style  # nobody writes a route in numbers
        parts = [_country(src, iso, rng, style=style) for iso in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(p for p, _ in parts)
        if any(v != "name" for _, v in parts):
            tags.append(f"{style}:transit_countries")

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    cells["linked_offences"] = (
        None
        if offences is None
        else src.offence_sep.join(
            _word(src, "linked_offences", o, rng, corridor) for o in str(offences).split("|")
        )
    )

    lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
    r = rng.random()
    exp["lat"], exp["lon"] = None, None
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif r < src.no_coords:
        tags.append("coords_missing")
    elif r < src.no_coords + 0.01 and src.format == "csv":
        cells["lat"] = cells["lon"] = choice(rng, src.unknown)
        tags.append("coords_placeholder")
    else:
        exp["lat"], exp["lon"] = lat, lon
        if rng.random() < src.swap_rate:
            lat, lon = lon, lat
            tags.append("coords_swapped")
        if src.coords == "pair":
            cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        else:
            cells["lat"], cells["lon"] = _num(src, lat), _num(src, lon)

    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        for key, cell in list(cells.items()):
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None:
                cells[key] = garbled
                tags.append(f"mojibake:{key}")
    for key, cell in list(cells.items()):  # a cell the file's encoding cannot hold
        if isinstance(cell, str) and not fits(cell, src):
            cells[key] = cell.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


def _main_date(src: Agency, ts: pd.Timestamp) -> object:
    style = src.dates[0][0]
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    fmt = {"mdy": "%m/%d/%Y", "dmy": "%d/%m/%Y"}.get(style, "%d/%m/%Y")
    return ts.strftime(fmt)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: missing, impossible, or a century off (a typo)."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # 2023 typed 2123
        return _main_date(src, ts.replace(year=ts.year + 100))
    if src.dates[0][0] == "mdy":
        return f"02/{choice(rng, ('30', '31'))}/{ts.year}"
    if src.language == "en" and src.format == "xlsx":
        return f"31 Feb {ts.year}"
    day = choice(rng, ("30/02", "31/02", "31/04", "31/06"))
    return f"{day}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    return _main_date(src, last + pd.Timedelta(days=5))


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation="wttc_taskforce",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=261,
    blank_share=0.3,
)


def make_blind261(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five hospitality bodies of ``blind261`` would.

    UMIH (France), CEHAT (Spain), Federalberghi (Italy), AHLA (United States) each
    report the events detected in their country; the WTTC Human Trafficking Taskforce
    reports every other event and a second time some of theirs (cross-source
    duplicates). Bad rows, notes, totals, an empty CSV row and re-sent rows are planted
    as in the other examiner sets; every written row is described in
    :attr:`Submission.expected`.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``umih_fr_jc.csv`` (French, Windows-1252, ``;``), ``cehat_es_jc.xlsx``
        (Spanish), ``federalberghi_it_jc.csv`` (English, UTF-16, tab),
        ``ahla_us_jc.jsonl`` (English, UTF-8) and ``wttc_taskforce_jc.xlsx`` (English).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind261(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['umih_fr_jc.csv', 'cehat_es_jc.xlsx', 'federalberghi_it_jc.csv',
     'ahla_us_jc.jsonl', 'wttc_taskforce_jc.xlsx']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[0].delimiter, subs[2].delimiter == chr(9)
    (';', True)
    >>> subs[0].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Nature des faits']
    >>> all(len(s.expected.query("expected_status == 'record'")) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
