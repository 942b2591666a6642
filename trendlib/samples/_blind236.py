"""Examiner sample set ``blind236`` (files ``*_id.*``): vehicle-rental security desks.

Five sources that are not police forces but meet smuggling and trafficking through
their fleets: vans and cars hired for smuggling runs, tracker and geofence alerts near
borders, vehicles seized or abandoned at the Channel ports, and law-enforcement
requests that a security desk logs against the vehicle. Each desk keeps its own log,
in its own language and tool:

``europcar_surete_fr_id.csv``
    Europcar France, Direction Sûreté (fraud and security desk): French, cp1252,
    ``;``, day-first dates (a few month-only or quarter-only back-filled rows),
    nationality as a French adjective (``afghane``, ``irakienne (kurde)``),
    ``Angleterre`` for the United Kingdom, GPS of the vehicle's box with decimal
    commas, counts "NC" when the police did not say.
``northgate_vri_uk_id.xlsx``
    Northgate Vehicle Hire, Vehicle Recovery & Investigations (UK van hire): English,
    a spreadsheet with real Excel dates (some typed as text, UK day-first), demonyms
    (``Vietnamese``, ``Iraqi``), ``England`` / ``Scotland`` as the country, UK
    exploitation words (``Cannabis cultivation``, ``Nail bar``), "Nil" arrests,
    "No tracker" where the van had no telematics; re-sent rows repeated.
``centauro_seguridad_es_id.csv``
    Centauro Rent a Car, Departamento de Seguridad y Recobros: Spanish, UTF-8 with
    BOM, ``,``, a CRM export (date and time, a few Excel serials pasted from branch
    sheets), ``Art. 318 bis CP`` for smuggling, ``H`` / ``M`` (hombre / mujer),
    ``MENA``, ``turismo`` / ``patera`` / ``cayuco``, Spanish thousands dots, one GPS
    cell ``lat, lon``, and mojibake where branch sheets were re-imported.
``traficar_security_pl_id.csv``
    Traficar (car-sharing, Poland), fleet security: English with some Polish words
    (``Polska``, ``Niemcy``, ``Irak``, ``brak``), a UTF-16 tab-separated export
    ("Unicode text" from Excel, to keep Polish letters), telematics alert times
    ``2023-05-17 14:32:05`` and one ``lat,lon`` cell with six decimals.
``avis_budget_gsoc_id.jsonl``
    Avis Budget Group, Global Security Operations Center (compilation of licensee
    reports and open sources): US English JSON lines, month-first dates
    (``05/17/2023``, a few ``2023-05`` / ``Q2 2023``), ``Alien Smuggling``,
    ``Juvenile``, ``Family units``, ``On foot``, ISO alpha-2 codes, lines repeated by
    overlapping API pages.

The truth says what a careful analyst reads from each cell: a count written "NC" or
"TBC" is no count (the record stays), "plusieurs" or "several" is not a number (the
row is quarantined), an age or mode word that says nothing gives ``unknown``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind236"]

_Rng = np.random.Generator
_Cell = object
#: (cell, expected date, precision, tags) of one written date.
_DateOut = tuple[_Cell, pd.Timestamp, str, list[str]]

# --------------------------------------------------------------------------------------
# Countries: names in the three languages, and the demonyms the desks write.
# --------------------------------------------------------------------------------------
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

#: English demonyms (UK and US desks write "Iraqi", not "Iraq", in a nationality cell).
_DEMONYM_EN: dict[str, str] = {
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
#: French nationality adjectives, feminine ("nationalité afghane").
_ADJ_FR: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: Spanish nationality adjectives, feminine ("nacionalidad marroquí").
_ADJ_ES: dict[str, str] = {
    "CIV": "marfileña",
    "DZA": "argelina",
    "GIN": "guineana",
    "GMB": "gambiana",
    "MAR": "marroquí",
    "MLI": "maliense",
    "ROU": "rumana",
    "SEN": "senegalesa",
}
#: Each desk's own slips of the keyboard (iso3 -> what was typed).
_TYPO_FR = {
    "AFG": "afgane",
    "ALB": "albannaise",
    "ERI": "érythréene",
    "IRN": "iranniene",
    "IRQ": "irakiene",
    "SYR": "syriène",
    "VNM": "vietnamiene",
}
_TYPO_UK = {
    "AFG": "Afgan",
    "ALB": "Albainian",
    "ERI": "Eritrian",
    "IRN": "Iranain",
    "IRQ": "Iraqui",
    "SYR": "Syrain",
    "VNM": "Vietnamise",
}
_TYPO_ES = {
    "CIV": "Costa Marfil",
    "DZA": "Argleia",
    "GIN": "Guniea",
    "GMB": "Gambía",
    "MAR": "Marueccos",
    "MRT": "Mauritana",
    "ROU": "Rumania",
    "SEN": "Seneagal",
}
_TYPO_US = {
    "AFG": "Afghanstan",
    "BGD": "Bangaldesh",
    "COL": "Columbia",
    "ECU": "Equador",
    "EGY": "Egpyt",
    "GTM": "Guatemla",
    "HND": "Hondurus",
    "HTI": "Hati",
    "PAK": "Pakistn",
    "TUN": "Tunsia",
    "VEN": "Venezula",
}
#: English aliases a US desk uses.
_ALIAS_US = {
    "CIV": "Ivory Coast",
    "TUR": "Türkiye",
    "USA": "U.S.",
    "SYR": "Syrian Arab Republic",
    "RUS": "Russian Federation",
    "VNM": "Viet Nam",
}
#: Polish names the car-sharing desk types into its English export.
_POLISH = {"AFG": "Afganistan", "IRQ": "Irak", "YEM": "Jemen", "DEU": "Niemcy", "POL": "Polska"}


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _iso2(iso: str) -> str:
    return iso_codes(iso)[0]


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A rental or fleet security desk: the shared fields plus its own wording.

    Attributes
    ----------
    words : dict
        Column -> canonical value -> the desk's words for it (first = the usual one).
    unknown : dict
        Column -> words the desk writes when it does not know the value.
    zero : tuple of str
        Words for "no suspects" in the suspects column.
    placeholder : tuple of str
        Words for "count not known" in a count column.
    offence_sep : str
        Separator of the linked offences.
    vehicles : tuple of str
        Vehicle models or classes written in the desk's vehicle column.
    """

    words: dict[str, dict[str, tuple[str, ...]]]
    unknown: dict[str, tuple[str, ...]]
    zero: tuple[str, ...]
    placeholder: tuple[str, ...]
    offence_sep: str
    vehicles: tuple[str, ...]


_FR = "europcar_surete_fr"
_UK = "northgate_vri_uk"
_ES = "centauro_seguridad_es"
_PL = "traficar_security_pl"
_US = "avis_budget_gsoc"

EUROPCAR = Agency(
    source=_FR,
    filename=f"{_FR}_id.csv",
    ref="SUR-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier sûreté",
        "event_date": "Date des faits",
        "vehicle": "Modèle véhicule",
        "crime_type": "Nature de l'affaire",
        "exploitation": "Forme d'exploitation (si TEH)",
        "n_persons": "Nb personnes transportées",
        "n_suspects": "Nb interpellés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de découverte",
        "transport_mode": "Mode de transport",
        "lat": "Latitude (boîtier GPS)",
        "lon": "Longitude (boîtier GPS)",
        "linked_offences": "Infractions associées",
    },
    note="Extraction BO Sûreté – chiffres provisoires, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "xx"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Transport de migrants",
                "Filière passeurs",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH / aide à l'entrée irrégulière", "Traite + passeurs"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA", "mineur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "land": ("routier", "véhicule utilitaire", "VUL", "poids lourd"),
            "sea": ("small boat", "embarcation", "maritime"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "gender": ("NC", "?"),
        "age_group": ("NC", "non précisé"),
        "transport_mode": ("NC",),
        "nationality": ("inconnue", "NC"),
    },
    zero=("aucun", "néant"),
    placeholder=("NC", "non communiqué"),
    offence_sep=" / ",
    vehicles=("Renault Master", "Peugeot Boxer", "Renault Trafic", "Citroën Jumpy", "Fiat Ducato"),
)

NORTHGATE = Agency(
    source=_UK,
    filename=f"{_UK}_id.xlsx",
    ref="NVH/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Incident date",
        "vehicle": "Vehicle type",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons found",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Adult / child",
        "nationality": "Nationality",
        "detection_country": "Country",
        "transport_mode": "Mode",
        "lat": "Tracker lat",
        "lon": "Tracker long",
        "linked_offences": "Other offences",
    },
    note="Data extracted from fleet system - provisional, not for onward disclosure",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": (
                "People smuggling",
                "Facilitation (immigration)",
                "Illegal entry - facilitation",
            ),
            "trafficking": ("Modern slavery", "Human trafficking"),
            "both": ("Modern slavery / people smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Nail bar", "Car wash"),
            "forced_criminality": ("Criminal exploitation", "Cannabis cultivation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M/F", "Both sexes"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Child", "U18", "Juvenile"),
            "mixed": ("Both", "Adults & children"),
        },
        "transport_mode": {
            "land": ("Road", "Van", "Luton van", "HGV"),
            "sea": ("Small boat", "Sea", "RHIB"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("False documents",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "gender": ("Unknown", "N/K"),
        "age_group": ("N/K", "Not recorded"),
        "transport_mode": ("N/K",),
        "nationality": ("Unknown", "N/K"),
    },
    zero=("Nil", "None"),
    placeholder=("TBC", "Not known"),
    offence_sep=", ",
    vehicles=(
        "Ford Transit 350",
        "Luton box van",
        "Citroen Relay",
        "VW Crafter",
        "Vauxhall Vivaro",
    ),
)

CENTAURO = Agency(
    source=_ES,
    filename=f"{_ES}_id.csv",
    ref="SEG/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "vehicle": "Vehículo",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Ubicación GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendiente de validar por Seguridad",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Tráfico de inmigrantes",
                "Favorecimiento inmigración irregular",
                "Art. 318 bis CP",
            ),
            "trafficking": ("Trata de seres humanos", "Trata", "Art. 177 bis CP"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("laboral", "explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "male": ("Hombres", "Varones", "H"),
            "female": ("Mujeres", "M", "Mujer"),
            "mixed": ("Mixto", "H y M", "Ambos sexos"),
        },
        "age_group": {
            "adult": ("Adultos", "mayores de edad"),
            "child": ("Menores", "MENA", "menor"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "furgoneta", "turismo", "a pie"),
            "sea": ("patera", "cayuco", "neumática", "marítimo"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "gender": ("s/d", "sin datos"),
        "age_group": ("s/d", "sin determinar"),
        "transport_mode": ("s/d",),
        "nationality": ("desconocida", "s/d"),
    },
    zero=("ninguno", "sin detenidos"),
    placeholder=("s/d", "sin determinar"),
    offence_sep="; ",
    vehicles=("Renault Trafic", "Fiat Doblò", "Seat León", "Citroën Berlingo", "Ford Transit"),
)

TRAFICAR = Agency(
    source=_PL,
    filename=f"{_PL}_id.csv",
    ref="ALR-{yy:02d}{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Alert ID",
        "event_date": "Alert time (UTC)",
        "vehicle": "Car model",
        "crime_type": "Incident type",
        "exploitation": "Exploitation",
        "n_persons": "Passengers found",
        "n_suspects": "Drivers detained",
        "gender": "Passengers sex",
        "age_group": "Age group",
        "nationality": "Nationality (SG info)",
        "destination_country": "Destination",
        "detection_country": "Country",
        "transit_countries": "Route",
        "transport_mode": "Mode",
        "coordinates": "GPS",
    },
    note="Export from fleet monitoring panel - alerts closed by security team",
    total="Total",
    bad_count=("several", "kilka"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Migrant smuggling",
                "Illegal transport of migrants",
                "Smuggling (SG notice)",
            ),
            "trafficking": ("Human trafficking",),
            "both": ("Trafficking + smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("M", "men", "male"),
            "female": ("F", "women"),
            "mixed": ("mixed", "M+F"),
        },
        "age_group": {
            "adult": ("adults", "adult"),
            "child": ("minors", "children"),
            "mixed": ("adults+minors", "mixed"),
        },
        "transport_mode": {
            "land": ("car", "road", "carsharing car"),
            "sea": ("boat",),
            "air": ("air",),
        },
    },
    unknown={
        "gender": ("?", "unknown"),
        "age_group": ("?", "n/a"),
        "transport_mode": ("?",),
        "nationality": ("unknown", "?"),
    },
    zero=("none", "brak"),
    placeholder=("unknown", "no data"),
    offence_sep=", ",
    vehicles=("Toyota Yaris", "Toyota Corolla", "Renault Clio", "Fiat 500", "Skoda Octavia"),
)

AVIS = Agency(
    source=_US,
    filename=f"{_US}_id.jsonl",
    ref="GSOC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_number",
        "event_date": "incident_date",
        "crime_type": "incident_type",
        "exploitation": "trafficking_type",
        "n_persons": "persons_involved",
        "n_suspects": "subjects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "incident_country",
        "transit_countries": "transit_route",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offenses",
        "vehicle": "vehicle_class",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("Human Smuggling", "Alien Smuggling", "Migrant Smuggling"),
            "trafficking": ("Human Trafficking", "Trafficking in Persons"),
            "both": ("Smuggling/Trafficking",),
        },
        "exploitation": {
            "sexual": ("Sex trafficking", "Commercial sex"),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ trafficking",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male/Female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Juvenile", "Minor", "Minors"),
            "mixed": ("Adults & juveniles", "Family units"),
        },
        "transport_mode": {
            "land": ("Land", "Vehicle", "On foot", "Rental vehicle"),
            "sea": ("Maritime", "Boat", "Sea"),
            "air": ("Air", "Commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "gender": ("Unknown",),
        "age_group": ("Unknown", "UNK"),
        "transport_mode": ("Unknown",),
        "nationality": ("Unknown", "UNK"),
    },
    zero=(),
    placeholder=("UNK", "TBD"),
    offence_sep=", ",
    vehicles=("Cargo van", "Full-size SUV", "Pickup", "Minivan", "Midsize sedan"),
)

#: The five sources, in the order their submissions are returned.
AGENCIES: tuple[Agency, ...] = (EUROPCAR, NORTHGATE, CENTAURO, TRAFICAR, AVIS)

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
_EN_MONTHS = (
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


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _clock(rng: _Rng) -> str:
    return f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"


# --------------------------------------------------------------------------------------
# Dates, one writer per desk
# --------------------------------------------------------------------------------------
def _date_fr(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:  # back-filled from a monthly police return
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.05:  # back-filled from the quarterly compliance report
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.16:
        return ts.strftime("%d/%m/%y"), ts, "day", ["short_year"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_uk(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.13:  # typed as text, UK day-first
        return ts.strftime("%d/%m/%Y"), ts, "day", ["date_as_text"]
    if r < 0.2:
        return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["date_as_text"]
    return ts.to_pydatetime(), ts, "day", []


def _date_es(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        return (
            f"{_ES_MONTHS[ts.month - 1]} de {ts.year}",
            _month_start(ts),
            "month",
            ["partial_date"],
        )
    if r < 0.08:  # pasted from a branch sheet whose date column was formatted as number
        return str((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    if r < 0.3:
        return f"{ts.strftime('%d/%m/%Y')} {_clock(rng)}", ts, "day", ["datetime"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_pl(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    return (
        f"{ts.strftime('%Y-%m-%d')} {_clock(rng)}:{int(rng.integers(0, 60)):02d}",
        ts,
        "day",
        ["datetime"],
    )


def _date_us(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.025:  # open-source item dated to the month
        return ts.strftime("%Y-%m"), _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.05:  # licensee quarterly return
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.15:
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    return ts.strftime("%m/%d/%Y"), ts, "day", ["month_first"]


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    _FR: _date_fr,
    _UK: _date_uk,
    _ES: _date_es,
    _PL: _date_pl,
    _US: _date_us,
}


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that must be quarantined, the way the desk gets it wrong."""
    if kind == "no_date":
        return None
    later = ts.replace(year=ts.year + 10)  # "2033" typed for "2023"
    if kind == "future_date":
        if src.source == _UK:
            return later.to_pydatetime()
        if src.source == _US:
            return later.strftime("%m/%d/%Y")
        if src.source == _PL:
            return f"{later.strftime('%Y-%m-%d')} {_clock(rng)}:00"
        return later.strftime("%d/%m/%Y")
    # an impossible day
    if src.source == _US:
        return f"02/30/{ts.year}"
    if src.source == _PL:
        return "0000-00-00 00:00:00"  # the tracker's empty timestamp
    if src.source == _UK:
        return f"31/06/{ts.year}"
    if src.source == _ES:
        return f"31/04/{ts.year}"
    return f"30/02/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the desk's note row (the extraction date)."""
    day = last + pd.Timedelta(days=3)
    if src.source == _UK:
        return day.to_pydatetime()
    if src.source == _PL:
        return day.strftime("%Y-%m-%d 06:00:00")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries, one writer per desk
# --------------------------------------------------------------------------------------
def _country_fr(iso: str, col: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    r = rng.random()
    if col == "nationality" and iso in _ADJ_FR:
        adj = _ADJ_FR[iso]
        if iso in ("IRQ", "IRN") and r < 0.15:
            return f"{adj} (kurde)", ["kurd_note:nationality"]
        if r < 0.22 and iso in _TYPO_FR:
            return _TYPO_FR[iso], ["typo:nationality"]
        if r < 0.28:
            return adj.upper(), ["case:nationality"]
        if r < 0.75:
            return adj, ["adjective:nationality"]
        return _name(iso, "fr"), []
    if iso == "GBR":
        if r < 0.3:
            return "Angleterre", [f"alias:{col}"]
        if r < 0.4:
            return "GB", [f"iso2:{col}"]
        if r < 0.5:
            return "UK", [f"alias:{col}"]
        return "Royaume-Uni", []
    if iso == "FRA" and r < 0.15:
        return "FR", [f"iso2:{col}"]
    if r < 0.3:
        return _name(iso, "fr").upper(), [f"case:{col}"]
    return _name(iso, "fr"), []


def _country_uk(iso: str, col: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    r = rng.random()
    if col == "detection_country" and iso == "GBR":
        if "Glasgow" in str(ev.get("hotspot")):
            return "Scotland", ["alias:detection_country"]
        if r < 0.5:
            return "England", ["alias:detection_country"]
        return ("UK", ["alias:detection_country"]) if r < 0.8 else ("United Kingdom", [])
    if col == "nationality":
        if r < 0.6 and iso in _DEMONYM_EN:
            return _DEMONYM_EN[iso], ["demonym:nationality"]
        if r < 0.7 and iso in _TYPO_UK:
            return _TYPO_UK[iso], ["typo:nationality"]
        if r < 0.75 and iso in _DEMONYM_EN:
            return _DEMONYM_EN[iso].upper(), ["case:nationality"]
    return _name(iso, "en"), []


def _country_es(iso: str, col: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    r = rng.random()
    text, tags = _name(iso, "es"), []
    if col == "nationality" and iso in _ADJ_ES and r < 0.5:
        text, tags = _ADJ_ES[iso], ["adjective:nationality"]
        if r < 0.1:
            text = text.capitalize()
    elif col in ("nationality", "origin_country") and r < 0.62:
        text, tags = iso, [f"iso3:{col}"]
    elif col == "detection_country" and r < 0.2:
        text, tags = _iso2(iso), [f"iso2:{col}"]
    elif r > 0.95 and iso in _TYPO_ES:
        text, tags = _TYPO_ES[iso], [f"typo:{col}"]
    elif r > 0.88:
        text, tags = text.upper(), [f"case:{col}"]
    garbled = mojibake(text) if rng.random() < 0.06 else None
    if garbled is not None:  # branch sheet re-imported as cp1252
        text, tags = garbled, [*tags, f"mojibake:{col}"]
    return text, tags


def _country_pl(iso: str, col: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    r = rng.random()
    if r < 0.15 and iso in _POLISH:
        return _POLISH[iso], [f"polish:{col}"]
    if r < 0.55:
        return _iso2(iso), [f"iso2:{col}"]
    if col == "nationality" and r < 0.62 and iso in _DEMONYM_EN:
        return _DEMONYM_EN[iso], ["demonym:nationality"]
    return _name(iso, "en"), []


def _country_us(iso: str, col: str, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    r = rng.random()
    if iso == "USA" and r < 0.5:
        return ("USA", [f"alias:{col}"]) if r < 0.35 else ("U.S.", [f"alias:{col}"])
    if r < 0.2:
        return _iso2(iso), [f"iso2:{col}"]
    if col == "nationality" and r < 0.45 and iso in _DEMONYM_EN:
        return _DEMONYM_EN[iso], ["demonym:nationality"]
    if r < 0.5 and iso in _ALIAS_US:
        return _ALIAS_US[iso], [f"alias:{col}"]
    if r < 0.55 and iso in _TYPO_US:
        return _TYPO_US[iso], [f"typo:{col}"]
    if r < 0.58:
        return _name(iso, "en").upper(), [f"case:{col}"]
    return _name(iso, "en"), []


_COUNTRIES: dict[str, Callable[[str, str, dict[str, object], _Rng], tuple[str, list[str]]]] = {
    _FR: _country_fr,
    _UK: _country_uk,
    _ES: _country_es,
    _PL: _country_pl,
    _US: _country_us,
}


def _transit(src: Agency, codes: list[str], rng: _Rng) -> tuple[str, list[str]]:
    """Write an ordered transit list the desk's way."""
    if src.source == _PL:
        if rng.random() < 0.5:
            return " > ".join(_iso2(c) for c in codes), ["iso2:transit_countries"]
        return " > ".join(_name(c, "en") for c in codes), []
    if src.source == _US:
        if rng.random() < 0.25:
            return " > ".join(_iso2(c) for c in codes), ["iso2:transit_countries"]
        return " > ".join(_name(c, "en") for c in codes), []
    parts, tags = [], []
    for c in codes:
        text, t = _country_es(c, "transit_countries", {}, rng)
        parts.append(text)
        tags += t
    return " - ".join(parts), sorted(set(tags))


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, forced: bool
) -> tuple[dict[str, object], float, float, list[str]]:
    """Write the vehicle's position; return (cells, expected lat, expected lon, tags)."""
    nan = float("nan")
    combined = "coordinates" in src.headers
    if forced:
        cells: dict[str, object] = {"coordinates": None} if combined else {"lat": None, "lon": None}
        return cells, nan, nan, ["blank_coordinates"]
    r = rng.random()
    if src.source == _FR:
        if r < 0.08:
            return {"lat": None, "lon": None}, nan, nan, ["coords_missing"]
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            round(lat, 5),
            round(lon, 5),
            ["decimal_comma"],
        )
    if src.source == _UK:
        if r < 0.06:
            return {"lat": "No tracker", "lon": "No tracker"}, nan, nan, ["coords_placeholder"]
        if r < 0.1:
            return {"lat": None, "lon": None}, nan, nan, ["coords_missing"]
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, round(lat, 6), round(lon, 6), []
    if src.source == _ES:
        if r < 0.05:
            return {"coordinates": "Sin GPS"}, nan, nan, ["coords_placeholder"]
        if r < 0.1:
            return {"coordinates": None}, nan, nan, ["coords_missing"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), ["pair"]
    if src.source == _PL:
        if r < 0.04:
            return {"coordinates": "no GPS fix"}, nan, nan, ["coords_placeholder"]
        return {"coordinates": f"{lat:.6f},{lon:.6f}"}, round(lat, 6), round(lon, 6), ["pair"]
    if r < 0.12:  # open-source items without a point
        return {"lat": None, "lon": None}, nan, nan, ["coords_missing"]
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), []


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons; return (cell, expected count, tags)."""
    r = rng.random()
    if r < 0.02:
        return choice(rng, src.placeholder), None, ["count_placeholder"]
    if n >= 1000:
        if src.source == _ES:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands:n_persons"]
        if src.source == _US and r < 0.6:
            return f"{n:,}", n, ["thousands:n_persons"]
        if src.source == _FR:
            return f"{n // 1000} {n % 1000:03d}", n, ["thousands:n_persons"]
    if src.source == _FR and n <= 9 and r < 0.08:
        return f"{n} pers.", n, ["count_word"]
    if src.format == "csv":
        return str(n), n, []
    return n, n, []


def _suspects(
    src: Agency, n: int | None, rng: _Rng, forced: bool
) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects; return (cell, expected count, tags)."""
    if forced:
        return None, None, ["blank_n_suspects"]
    if n is None:
        return None, None, []
    r = rng.random()
    if r < 0.02:
        return choice(rng, src.placeholder), None, ["suspects_placeholder"]
    if n == 0 and src.zero and r < 0.5:
        return choice(rng, src.zero), 0, ["zero_word"]
    if src.format == "csv":
        return str(n), n, []
    return n, n, []


# --------------------------------------------------------------------------------------
# One event as one desk writes it
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    words = src.words[col][value]
    return words[0] if rng.random() < 0.6 else choice(rng, words)


def _noisy(src: Agency, text: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Change case or spacing of a few hand-typed cells of the CSV desks."""
    if src.format != "csv" or src.source == _PL or rng.random() >= 0.04:
        return text
    tags.append(f"case:{col}")
    return text.upper() if rng.random() < 0.5 else f" {text}  "


def _garble(src: Agency, text: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Re-imported branch sheets of the Spanish desk carry mojibake in a few words."""
    if src.source != _ES or rng.random() >= 0.05:
        return text
    garbled = mojibake(text)
    if garbled is None:
        return text
    tags.append(f"mojibake:{col}")
    return garbled


def render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event the way ``src`` writes it.

    Parameters
    ----------
    src : Agency
        The desk.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written to the month or quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``"coordinates"`` for one-cell positions).
    expected : dict
        Expected clean value of every record field.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> ev = {"event_date": pd.Timestamp("2023-05-17"), "crime_type": "smuggling",
    ...       "exploitation": None, "n_persons": 14, "n_suspects": 0, "gender": "male",
    ...       "age_group": "adult", "nationality": "IRQ", "origin_country": "IRQ",
    ...       "destination_country": "GBR", "detection_country": "FRA",
    ...       "transit_countries": "DEU|FRA", "transport_mode": "sea", "lat": 50.95,
    ...       "lon": 1.85, "linked_offences": None, "hotspot": "Calais"}
    >>> cells, exp, tags = render(EUROPCAR, ev, np.random.default_rng(1),
    ...                           partial_ok=False, forced_blank=None)
    >>> exp["nationality"], exp["destination_country"], exp["transport_mode"]
    ('IRQ', 'GBR', 'sea')
    >>> exp["origin_country"] is None  # the French desk has no origin column
    True
    """
    cols = src.headers
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _DATES[src.source](
        ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _garble(
        src,
        _noisy(src, _word(src, "crime_type", crime, rng), "crime_type", rng, tags),
        "crime_type",
        rng,
        tags,
    )
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if crime in ("trafficking", "both"):
        if expl is None or rng.random() < 0.05:
            cells["exploitation"], exp["exploitation"] = None, "unknown"
            tags.append("blank_exploitation")
        else:
            cells["exploitation"] = _garble(
                src, _word(src, "exploitation", str(expl), rng), "exploitation", rng, tags
            )
            exp["exploitation"] = expl
    else:
        cells["exploitation"], exp["exploitation"] = None, None

    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    n_sus = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, n_sus, rng, forced_blank == "n_suspects"
    )
    tags += t

    for col in ("gender", "age_group", "transport_mode"):
        value = str(ev[col])
        unknown = rng.random() < 0.03
        if col == "gender" and forced_blank == "gender":
            cells[col], exp[col] = None, "unknown"
            tags.append("blank_gender")
        elif unknown:
            cells[col], exp[col] = choice(rng, src.unknown[col]), "unknown"
            tags.append("blank_gender" if col == "gender" else "na_word")
        else:
            cells[col] = _noisy(src, _word(src, col, value, rng), col, rng, tags)
            cells[col] = _garble(src, str(cells[col]), col, rng, tags)
            exp[col] = value

    write_country = _COUNTRIES[src.source]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in cols or iso is None:
            exp[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown["nationality"]), None
            tags.append("blank_nationality")
            continue
        text, t = write_country(str(iso), col, ev, rng)
        if not fits(text, src):
            text, t = _name(str(iso), src.language), []
        cells[col], exp[col] = text, iso
        tags += t

    transit = ev["transit_countries"]
    if "transit_countries" in cols and transit is not None:
        cells["transit_countries"], t = _transit(src, str(transit).split("|"), rng)
        exp["transit_countries"] = transit
        tags += t
    else:
        exp["transit_countries"] = None

    place, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    if "linked_offences" in cols and offences is not None:
        names = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(names)
        exp["linked_offences"] = offences
    else:
        exp["linked_offences"] = None

    if src.source == _US and ev["transport_mode"] == "sea":
        cells["vehicle"] = None  # a landing: no rental vehicle in the item
    else:
        cells["vehicle"] = choice(rng, src.vehicles)
    return cells, exp, tags


#: The variant: its desks, who reports what first and second, and how dates go wrong.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={"FRA": _FR, "GBR": _UK, "ESP": _ES, "POL": _PL},
    compilation=_US,
    secondary={
        ("channel", "FRA"): _UK,  # a UK hire van found at the French coast
        ("channel", "GBR"): _FR,  # a French hire van found at Dover
        ("thb_vnm_gbr", "GBR"): _FR,  # victims moved through France in a French hire van
        ("blr_pol", "POL"): _US,  # a car hired in Germany in the same convoy
        ("wmed", "ESP"): _US,
        ("watl", "ESP"): _US,
        ("thb_rou_esp", "ESP"): _US,
    },
    render=render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=236,
    blank_share=0.3,
)


def make_blind236(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five rental and fleet security desks of ``blind236``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``europcar_surete_fr_id.csv`` (French, cp1252, ``;``),
        ``northgate_vri_uk_id.xlsx`` (English), ``centauro_seguridad_es_id.csv``
        (Spanish, UTF-8 with BOM, ``,``), ``traficar_security_pl_id.csv`` (English
        with Polish words, UTF-16, tab) and ``avis_budget_gsoc_id.jsonl`` (US English,
        the compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind236(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['europcar_surete_fr_id.csv', 'northgate_vri_uk_id.xlsx',
     'centauro_seguridad_es_id.csv', 'traficar_security_pl_id.csv',
     'avis_budget_gsoc_id.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"][:2]
    [('cp1252', ';'), ('utf-8-sig', ',')]
    >>> subs[3].encoding, ord(subs[3].delimiter)  # UTF-16, tab-separated
    ('utf-16', 9)
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
