"""Examiner sample set ``blind252`` (files ``*_it.*``): payment and crypto compliance teams.

Five compliance desks of payment apps and cryptocurrency exchanges, none used before in
this project, send the events they filed suspicious-activity reports on (smugglers' fees
and trafficking proceeds paid through their platforms), each in its own working
language and export tool:

``bitso_cumplimiento_it.csv``
    Bitso, Oficialía de Cumplimiento (Mexico City). Mexican Spanish, UTF-8 with BOM
    (Excel's "CSV UTF-8"), ``,``. Folios of *reportes de operaciones inusuales*; dates
    ``dd/mm/aaaa`` (a few ``dd/mm/aa``); Mexican legal words (*tráfico de personas* is
    migrant smuggling, *trata de personas* trafficking; *NNA* for minors; *ORPI* for
    money laundering); ``H``/``M`` (hombre/mujer) for one person; counts with ``,``
    thousands, number words and ``S/D``; ISO alpha-2 and numeric codes from the KYC
    tool; ``S/F`` (sin fecha) for an undated row. Re-sent rows (exact repeats).
    First reports the Darién (Panama), second-reports the US–Mexico border.
``lydia_conformite_it.csv``
    Lydia, service Conformité LCB-FT (Paris). French, cp1252, ``;``, CRLF. Legal
    wording (*aide à l'entrée irrégulière*, *proxénétisme*, *MNA*), "small boat";
    decimal commas in split coordinates; ``NC`` and *néant*/*aucun*; some rows pasted
    from a UTF-8 tool (mojibake); dates ``jj/mm/aaaa`` (some with the hour) or the
    month only (``mai 2023``). First reports France, second-reports Dover and the
    Canaries.
``bizum_prevencion_it.xlsx``
    Bizum, Prevención del Fraude (Madrid). Spanish of Spain, real Excel dates with some
    typed as text, quarters (``T2 2023``), *patera*/*cayuco*/*salto de valla*, *MENA*,
    *varón*, *no consta*, ``1.250`` typed as text; no coordinates (the desk holds
    none). First reports Spain; second-reports the Romanian labour-exploitation cases
    found in Italy whose proceeds went through Spanish accounts.
``coinbase_fiu_it.xlsx``
    Coinbase Financial Intelligence Unit (US/UK). US English (*human smuggling*, *sex
    trafficking*, *labor trafficking*, *UAC*), Excel dates of which some are bare
    serial numbers, one "Geo (lat, long)" cell. First reports the USA and the UK;
    second-reports Calais/Dunkirk and Italy.
``kraken_fiu_it.jsonl``
    Kraken FIU, EU desk (compilation of the cases no other desk reports: Italy, Greece,
    Croatia, Poland). API-style snake_case keys and enum values, ISO alpha-2 codes,
    transit paths joined by ``>``, ISO dates, months (``2023-05``) and quarters
    (``Q2 2023``). Second-reports the Darién and Spain's labour-exploitation cases.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which desk reports
which event, the duplicates, the bad rows and the garbage rows; this module says how
each desk writes a cell and what a careful analyst reads from it.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["BLIND252", "SOURCES", "Desk", "make_blind252"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish); aliases and slips per language
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

#: Other names a desk writes for a country (official long forms, usual short forms).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "USA": ("USA", "U.S.", "United States of America"),
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "CHN": ("PRC",),
        "GMB": ("The Gambia",),
        "VEN": ("Bolivarian Republic of Venezuela",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA",),
        "CIV": ("Cote d'Ivoire",),
        "VNM": ("Vietnam",),
        "TUR": ("Türkiye",),
        "SYR": ("République arabe syrienne",),
        "IRN": ("République islamique d'Iran",),
        "ERI": ("Erythrée",),
        "EGY": ("Egypte",),
    },
    "es": {
        "USA": ("EE.UU.", "EUA", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "VEN": ("República Bolivariana de Venezuela",),
        "HTI": ("Haiti",),
        "ROU": ("Rumania",),
        "PAK": ("Paquistán",),
        "IRN": ("República Islámica de Irán",),
        "SYR": ("República Árabe Siria",),
        "CHN": ("República Popular China",),
    },
}

#: Small slips of the keyboard a reader still recognises (never between two countries).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanastan",
        "PAK": "Pakisthan",
        "SYR": "Syira",
        "GTM": "Guatamala",
        "HND": "Hondurus",
        "MEX": "Mexcio",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "ALB": "Albnia",
        "ERI": "Eritria",
        "TUN": "Tunisa",
        "EGY": "Egpyt",
        "BGD": "Bangaldesh",
        "MAR": "Morrocco",
        "DZA": "Algiera",
        "SEN": "Senagal",
        "GMB": "Gamiba",
        "TUR": "Turky",
        "COL": "Columbia",
        "ROU": "Romaina",
        "ITA": "Itlay",
        "GRC": "Greec",
        "GBR": "United Kingdon",
        "USA": "Untied States",
        "DEU": "Germnay",
        "AUT": "Austira",
        "POL": "Polnad",
        "YEM": "Yemem",
        "BLR": "Belarrus",
        "LBY": "Lybia",
        "CMR": "Camaroon",
        "VNM": "Vietam",
        "FRA": "Frnace",
        "IRQ": "Iraqi",
    },
    "fr": {
        "AFG": "Afganistan",
        "PAK": "Pakistant",
        "SYR": "Syrei",
        "ALB": "Albannie",
        "SEN": "Sénagal",
        "GIN": "Guinnée",
        "MAR": "Marroc",
        "DZA": "Algerie",
        "TUN": "Tunisi",
        "GMB": "Gambi",
        "GBR": "Royaume Uni",
        "FRA": "Frane",
        "DEU": "Allemangne",
        "ESP": "Espange",
        "ITA": "Itlaie",
        "CMR": "Camroun",
        "BGD": "Bengladesh",
        "LBY": "Lybie",
        "IRQ": "Iraq",
        "ERI": "Erythree",
        "VNM": "Viet-Nam",
    },
    "es": {
        "AFG": "Afganistan",
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "HTI": "Haíti",
        "COL": "Colobmia",
        "GTM": "Guatelama",
        "HND": "Hondruas",
        "MEX": "Mexíco",
        "CHN": "Chian",
        "MAR": "Marrueco",
        "DZA": "Argelai",
        "SEN": "Senegla",
        "MLI": "Mali",
        "GMB": "Ganbia",
        "GIN": "Guinae",
        "CIV": "Costa de Marfíl",
        "ROU": "Rumaina",
        "ESP": "Espana",
        "USA": "Estados Unidso",
        "ITA": "Itaila",
        "TUN": "Tunez",
        "FRA": "Fancia",
        "DEU": "Alemaina",
        "MRT": "Mauritana",
        "PAN": "Panama",
    },
}

# --------------------------------------------------------------------------------------
# Each desk's words (column -> canonical word -> written variants, first = usual)
# --------------------------------------------------------------------------------------
_BITSO_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Tráfico de personas", "Tráfico de indocumentados", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico de personas",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
    "gender": {
        "male": ("Hombres",),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "transport_mode": {
        "land": ("Terrestre", "A pie", "Autobús"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("ORPI", "Operaciones con recursos de procedencia ilícita"),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Financiamiento al terrorismo",),
    },
}
_BITSO_ONE: _Words = {
    "gender": {"male": ("Hombre", "H", "Masculino"), "female": ("Mujer", "M", "Femenino")},
    "age_group": {"adult": ("Adulto", "Mayor de edad"), "child": ("NNA", "Menor de edad")},
}

_LYDIA_WORDS: _Words = {
    "crime_type": {
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH et aide à l'entrée irrégulière", "Traite + trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gender": {
        "male": ("Hommes",),
        "female": ("Femmes",),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    "age_group": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Embarcation", "Maritime"),
        "land": ("Routier", "Poids lourd", "Voie terrestre"),
        "air": ("Aérien",),
    },
    "linked_offences": {
        "document_fraud": ("Faux documents",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Financement du terrorisme",),
    },
}
_LYDIA_ONE: _Words = {
    "gender": {"male": ("Homme", "H"), "female": ("Femme", "F")},
    "age_group": {"adult": ("Majeur",), "child": ("Mineur", "MNA")},
}

_BIZUM_WORDS: _Words = {
    "crime_type": {
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración ilegal",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata + inmigración ilegal",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "age_group": {
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    "transport_mode": {
        "sea": ("Patera", "Neumática", "Marítimo"),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo", "Avión"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
}
_BIZUM_ONE: _Words = {
    "gender": {"male": ("Varón", "Hombre"), "female": ("Mujer",)},
    "age_group": {"adult": ("Mayor de edad",), "child": ("Menor", "MENA")},
}

_COINBASE_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("Human Smuggling", "HS"),
        "trafficking": ("Human Trafficking", "HT"),
        "both": ("HT / HS", "Human Trafficking & Smuggling"),
    },
    "exploitation": {
        "sexual": ("Sex trafficking", "Commercial sexual exploitation"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {"male": ("Male",), "female": ("Female",), "mixed": ("Mixed",)},
    "age_group": {
        "adult": ("Adults", "18+"),
        "child": ("Minors", "Under 18"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "transport_mode": {
        "land": ("Land", "Vehicle", "On foot"),
        "sea": ("Maritime", "Small boat"),
        "air": ("Air", "Commercial flight"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorist financing",),
    },
}
_COINBASE_ONE: _Words = {
    "gender": {"male": ("Male", "M"), "female": ("Female", "F")},
    "age_group": {"adult": ("Adult",), "child": ("Minor",)},
}

_KRAKEN_WORDS: _Words = {
    "crime_type": {
        "smuggling": ("migrant_smuggling",),
        "trafficking": ("human_trafficking",),
        "both": ("trafficking_and_smuggling",),
    },
    "exploitation": {
        "sexual": ("sexual_exploitation",),
        "forced_labour": ("labour_exploitation",),
        "forced_criminality": ("forced_criminality",),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
    },
    "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
    "linked_offences": {
        "document_fraud": ("document_fraud",),
        "corruption": ("bribery",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("narcotics",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorist_financing",),
    },
}

_NUMBERS = {
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
           "diez", "once", "doce"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
           "dix", "onze", "douze"),
}  # fmt: skip


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A compliance desk of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the desk's words for it (first = the usual one).
    one : mapping
        Gender and age words the desk writes for a single person.
    context : mapping
        ``(column, canonical word, corridor)`` -> extra words the desk uses on that
        corridor only (``Cayuco`` for the Canaries, ``UAC`` at the US border, ...).
    unknown : tuple of str
        The desk's words for a value it does not know.
    not_applicable : tuple of str
        What a pure smuggling case shows under exploitation (``""`` = a blank cell).
    countries : mapping
        Country style -> share: ``name``, ``upper``, ``lower``, ``iso2``, ``iso3``,
        ``num`` (ISO numeric), ``alias``, ``typo``, ``space``.
    transit_sep, offence_sep : str
        Separators of the transit countries and of the linked offences.
    dates : str
        Date style: ``dmy`` (Bitso), ``dmy_fr`` (Lydia), ``excel_es`` (Bizum),
        ``excel_en`` (Coinbase) or ``iso`` (Kraken).
    partial : mapping
        ``"month"`` / ``"quarter"`` -> share of rows dated that coarsely (when allowed).
    coords : str
        ``split_dot``, ``split_comma``, ``pair``, ``json`` or ``none``.
    numeric : bool
        Whether counts are numbers (XLSX, JSON) rather than text.
    words_rate : float
        Share of small counts written as words (``_NUMBERS`` of the desk's language).
    thousands : str or None
        Thousands separator of counts >= 1000 written as text.
    zero_words, count_unknown, suspects_unknown : tuple of str
        Words for no suspect, an unknown count of persons, an unknown count of suspects.
    mojibake_rate : float
        Share of rows pasted from a UTF-8 tool into the desk's cp1252 file.
    """

    words: _Words
    one: _Words
    context: Mapping[tuple[str, str, str], tuple[str, ...]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    countries: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    dates: str
    partial: Mapping[str, float]
    coords: str
    numeric: bool
    words_rate: float
    thousands: str | None
    zero_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    mojibake_rate: float


BITSO = Desk(
    source="bitso_cumplimiento",
    filename="bitso_cumplimiento_it.csv",
    ref="BITSO-ROI-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio ROI",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Núm. personas (migrantes/víctimas)",
        "n_suspects": "Núm. sujetos reportados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde ocurrió",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de traslado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos vinculados",
    },
    note="Nota: información preliminar, sujeta a validación de la Oficialía de Cumplimiento",
    total="TOTAL",
    bad_count=("varios", "entre 20 y 30", "grupo"),
    repeats=True,
    words=_BITSO_WORDS,
    one=_BITSO_ONE,
    context={("transport_mode", "land", "us_mex"): ("Tráiler", "Terrestre", "A pie")},
    unknown=("S/D", "Sin dato", "N/D"),
    not_applicable=("", "No aplica"),
    countries={
        "name": 0.52,
        "upper": 0.1,
        "lower": 0.04,
        "iso2": 0.12,
        "num": 0.04,
        "alias": 0.06,
        "typo": 0.05,
        "space": 0.07,
    },
    transit_sep=" - ",
    offence_sep=" / ",
    dates="dmy",
    partial={},
    coords="split_dot",
    numeric=False,
    words_rate=0.08,
    thousands=",",
    zero_words=("Ninguno", "cero"),
    count_unknown=("S/D", "Sin dato"),
    suspects_unknown=("S/D", "N/D"),
    mojibake_rate=0.0,
)

LYDIA = Desk(
    source="lydia_conformite",
    filename="lydia_conformite_it.csv",
    ref="LCB-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction outil LCB-FT - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=False,
    words=_LYDIA_WORDS,
    one=_LYDIA_ONE,
    context={},
    unknown=("NC", "non renseigné", "inconnu"),
    not_applicable=("", "Sans objet"),
    countries={
        "name": 0.6,
        "upper": 0.18,
        "lower": 0.03,
        "iso3": 0.07,
        "alias": 0.06,
        "typo": 0.06,
    },
    transit_sep=", ",
    offence_sep=" / ",
    dates="dmy_fr",
    partial={"month": 0.05},
    coords="split_comma",
    numeric=False,
    words_rate=0.12,
    thousands="\u00a0",
    zero_words=("aucun", "néant"),
    count_unknown=("NC", "inconnu"),
    suspects_unknown=("NC", "inconnu"),
    mojibake_rate=0.06,
)

BIZUM = Desk(
    source="bizum_prevencion",
    filename="bizum_prevencion_it.xlsx",
    ref="PF/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo delictivo",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos asociados",
    },
    note="Fuente: Bizum, Prevención del Fraude. Datos provisionales",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    words=_BIZUM_WORDS,
    one=_BIZUM_ONE,
    context={
        ("transport_mode", "sea", "watl"): ("Cayuco", "Patera"),
        ("transport_mode", "land", "wmed"): ("Salto de valla", "Terrestre"),
    },
    unknown=("No consta", "Desconocido"),
    not_applicable=("",),
    countries={
        "name": 0.62,
        "upper": 0.16,
        "iso3": 0.08,
        "alias": 0.05,
        "typo": 0.05,
        "space": 0.04,
    },
    transit_sep=", ",
    offence_sep=", ",
    dates="excel_es",
    partial={"quarter": 0.03},
    coords="none",
    numeric=True,
    words_rate=0.0,
    thousands=".",
    zero_words=("Ninguno",),
    count_unknown=("Desconocido", "No consta"),
    suspects_unknown=("No consta",),
    mojibake_rate=0.0,
)

COINBASE = Desk(
    source="coinbase_fiu",
    filename="coinbase_fiu_it.xlsx",
    ref="FIU-{year}-{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Activity Date",
        "crime_type": "Typology",
        "exploitation": "Exploitation Type",
        "n_persons": "Victims / Migrants (#)",
        "n_suspects": "Subjects (#)",
        "gender": "Victim Sex",
        "age_group": "Victim Age Band",
        "nationality": "Victim Nationality",
        "origin_country": "Origin Country",
        "destination_country": "Destination Country",
        "detection_country": "Country of Activity",
        "transit_countries": "Transit Countries",
        "transport_mode": "Movement Mode",
        "coordinates": "Geo (lat, long)",
        "linked_offences": "Associated Predicate Offenses",
    },
    note="Prepared by Coinbase FIU for law-enforcement liaison. Figures provisional.",
    total="Total",
    bad_count=("several", "multiple", "10+"),
    repeats=False,
    words=_COINBASE_WORDS,
    one=_COINBASE_ONE,
    context={
        ("age_group", "child", "us_mex"): ("UAC", "Minors"),
        ("transport_mode", "land", "us_mex"): ("Tractor-trailer", "On foot", "Vehicle"),
        ("transport_mode", "land", "thb_vnm_gbr"): ("HGV", "Vehicle"),
    },
    unknown=("Unknown", "N/A"),
    not_applicable=("N/A", ""),
    countries={
        "name": 0.5,
        "iso2": 0.22,
        "upper": 0.08,
        "alias": 0.1,
        "typo": 0.05,
        "space": 0.05,
    },
    transit_sep="; ",
    offence_sep="; ",
    dates="excel_en",
    partial={},
    coords="pair",
    numeric=True,
    words_rate=0.0,
    thousands=None,
    zero_words=(),
    count_unknown=("Unknown", "TBD"),
    suspects_unknown=("Unknown",),
    mojibake_rate=0.0,
)

KRAKEN = Desk(
    source="kraken_fiu",
    filename="kraken_fiu_it.jsonl",
    ref="KRK-EU-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "typology",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "subjects_identified",
        "gender": "victim_sex",
        "age_group": "victim_age_band",
        "nationality": "victim_nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "incident_country",
        "transit_countries": "transit_path",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "red_flags",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "10+"),
    repeats=False,
    words=_KRAKEN_WORDS,
    one={},
    context={},
    unknown=("unknown",),
    not_applicable=("",),
    countries={"iso2": 0.62, "iso3": 0.14, "name": 0.2, "alias": 0.04},
    transit_sep=">",
    offence_sep=",",
    dates="iso",
    partial={"month": 0.05, "quarter": 0.04},
    coords="json",
    numeric=True,
    words_rate=0.0,
    thousands=None,
    zero_words=(),
    count_unknown=("unknown",),
    suspects_unknown=("unknown",),
    mojibake_rate=0.0,
)

#: The five desks, in the order the submissions are returned.
SOURCES: tuple[Desk, ...] = (BITSO, LYDIA, BIZUM, COINBASE, KRAKEN)

# Shares of the cells a desk leaves unknown or writes oddly.
_COUNT_UNKNOWN = 0.015
_SUSPECTS_UNKNOWN = 0.03
_ZERO_WORD = 0.35
_GENDER_UNKNOWN = 0.02
_NATIONALITY_UNKNOWN = 0.02
_NA_WORD = 0.015
_EXPLOITATION_UNKNOWN = 0.05
_COORDS_MISSING = 0.03
_COORDS_PLACEHOLDER = 0.015
_THOUSANDS = 0.7


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick_style(rng: _Rng, styles: Mapping[str, float]) -> str:
    keys = list(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country_form(iso: str, lang: str, style: str, rng: _Rng) -> str:
    name = _NAMES[iso][_LANG[lang]]
    if style == "upper":
        return name.upper()
    if style == "lower":
        return name.lower()
    if style in ("iso2", "num"):
        alpha2, numeric = iso_codes(iso)
        return alpha2 if style == "iso2" else numeric
    if style == "iso3":
        return iso
    if style == "alias":
        aliases = _ALIASES[lang].get(iso)
        return choice(rng, aliases) if aliases else name
    if style == "typo":
        return _TYPOS[lang].get(iso, name)
    if style == "space":
        if " " in name and rng.random() < 0.5:
            return name.replace(" ", "  ", 1)
        return f" {name}" if rng.random() < 0.5 else f"{name} "
    return name


def _country(src: Desk, iso: str, rng: _Rng, tags: list[str]) -> str:
    style = _pick_style(rng, src.countries)
    text = _country_form(iso, src.language, style, rng)
    if not fits(text, src):
        text, style = _NAMES[iso][_LANG[src.language]], "name"
    if text != _NAMES[iso][_LANG[src.language]] or style in ("iso2", "iso3", "num"):
        _tag(tags, f"country_{style}")
    return text


def _transit(src: Desk, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        return None
    # one style for the whole list; a clerk's slips go into single names, not lists
    styles = {k: v for k, v in src.countries.items() if k not in ("num", "space", "typo")}
    style = _pick_style(rng, styles)
    parts = [_country_form(p, src.language, style, rng) for p in str(value).split("|")]
    if style != "name":
        _tag(tags, f"transit_{style}")
    return src.transit_sep.join(parts)


def _tag(tags: list[str], tag: str) -> None:
    if tag not in tags:
        tags.append(tag)


def _word(src: Desk, column: str, canon: str, corridor: str, rng: _Rng, single: bool) -> str:
    extra = src.context.get((column, canon, corridor))
    if extra is not None:
        return choice(rng, extra)
    forms = src.one.get(column, {}).get(canon) if single else None
    return choice(rng, forms or src.words[column][canon])


def _count(src: Desk, n: int, rng: _Rng, tags: list[str]) -> object:
    if src.thousands is not None and n >= 1000 and rng.random() < _THOUSANDS:
        _tag(tags, "thousands")
        return f"{n:,}".replace(",", src.thousands)
    if src.words_rate and n <= 12 and rng.random() < src.words_rate:
        _tag(tags, "count_word")
        return _NUMBERS[src.language][n]
    return n if src.numeric else str(n)


def _day_text(src: Desk, day: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date the desk's way."""
    if src.dates == "dmy":
        if rng.random() < 0.1:
            _tag(tags, "short_year")
            return day.strftime("%d/%m/%y")
        return day.strftime("%d/%m/%Y")
    if src.dates == "dmy_fr":
        if rng.random() < 0.12:
            _tag(tags, "date_time")
            hour, minute = int(rng.integers(7, 20)), int(rng.integers(0, 60))
            return day.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}"
        return day.strftime("%d/%m/%Y")
    if src.dates == "excel_es":
        if rng.random() < 0.15:
            _tag(tags, "date_text")
            return day.strftime("%d/%m/%Y")
        return day.to_pydatetime()
    if src.dates == "excel_en":
        if rng.random() < 0.18:
            _tag(tags, "excel_serial")
            return int((day - pd.Timestamp("1899-12-30")).days)
        return day.to_pydatetime()
    if rng.random() < 0.12:
        _tag(tags, "iso_datetime")
        hour, minute = int(rng.integers(6, 20)), int(rng.integers(0, 60))
        return day.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z"
    return day.strftime("%Y-%m-%d")


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's date."""
    r = rng.random()
    month = src.partial.get("month", 0.0)
    quarter = src.partial.get("quarter", 0.0)
    if partial_ok and r < month:
        _tag(tags, "date_month")
        start = ts.to_period("M").start_time
        if src.language == "fr":
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", start, "month"
        return ts.strftime("%Y-%m"), start, "month"
    if partial_ok and r < month + quarter:
        _tag(tags, "date_quarter")
        start = ts.to_period("Q").start_time
        label = f"T{ts.quarter} {ts.year}" if src.language != "en" else f"Q{ts.quarter} {ts.year}"
        return label, start, "quarter"
    return _day_text(src, ts, rng, tags), ts.normalize(), "day"


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


def _coordinates(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    blank: bool,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = lat, lon
    if src.coords == "none":
        exp["lat"] = exp["lon"] = None
        _tag(tags, "coords_missing")
        return
    r = rng.random()
    if blank or r < _COORDS_MISSING:
        exp["lat"] = exp["lon"] = None
        _tag(tags, "blank_coordinates" if blank else "coords_missing")
        return
    placeholder = r < _COORDS_MISSING + _COORDS_PLACEHOLDER and src.coords != "json"
    if placeholder:
        exp["lat"] = exp["lon"] = None
        _tag(tags, "coords_placeholder")
        word = choice(rng, src.unknown)
        if src.coords == "pair":
            cells["coordinates"] = word
        else:
            cells["lat"] = cells["lon"] = word
        return
    if src.coords == "split_dot":
        cells["lat"], cells["lon"] = f"{lat:.5f}", f"{lon:.5f}"
    elif src.coords == "split_comma":
        _tag(tags, "decimal_comma")
        cells["lat"], cells["lon"] = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
    elif src.coords == "pair":
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    else:
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)


_GARBLE = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "linked_offences",
)


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    single = n == 1

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, corridor, rng, False)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < _EXPLOITATION_UNKNOWN:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        _tag(tags, "exploitation_unknown")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), corridor, rng, False)
        exp["exploitation"] = expl

    if rng.random() < _COUNT_UNKNOWN:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        _tag(tags, "count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp["n_suspects"] = k
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        _tag(tags, "blank_n_suspects")
    elif rng.random() < _SUSPECTS_UNKNOWN:
        cells["n_suspects"] = choice(rng, src.suspects_unknown)
        exp["n_suspects"] = None
        _tag(tags, "suspects_placeholder")
    elif k == 0 and src.zero_words and rng.random() < _ZERO_WORD:
        cells["n_suspects"] = choice(rng, src.zero_words)
        _tag(tags, "zero_word")
    else:
        cells["n_suspects"] = _count(src, k, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < _GENDER_UNKNOWN:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        _tag(tags, "blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, corridor, rng, single)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < _NA_WORD:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            _tag(tags, "na_word")
        else:
            cells[col] = _word(src, col, value, corridor, rng, single)
            exp[col] = value

    if forced_blank == "nationality" or rng.random() < _NATIONALITY_UNKNOWN:
        cells["nationality"] = None if forced_blank == "nationality" else choice(rng, src.unknown)
        exp["nationality"] = None
        _tag(tags, "blank_nationality")
    else:
        cells["nationality"] = _country(src, str(ev["nationality"]), rng, tags)
        exp["nationality"] = ev["nationality"]
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(src, str(ev[col]), rng, tags)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        _tag(tags, "blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(ev["detection_country"]), rng, tags)
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    _coordinates(src, ev, rng, forced_blank == "coordinates", cells, exp, tags)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    cells["linked_offences"] = (
        None
        if offences is None
        else src.offence_sep.join(
            _word(src, "linked_offences", o, corridor, rng, False) for o in str(offences).split("|")
        )
    )

    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for col in _GARBLE:
            text = cells.get(col)
            if isinstance(text, str):
                bad = mojibake(text)
                if bad is not None and fits(bad, src):
                    cells[col] = bad
                    garbled = True
        if garbled:
            _tag(tags, "mojibake")
    return cells, exp, tags


def _impossible(src: Desk, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a date no calendar holds, in the desk's order of day, month and year."""
    slips = ("30/02", "31/04", "31/06", "31/09", f"00/{ts.month:02d}")
    day, month = choice(rng, slips).split("/")
    if src.dates in ("iso", "excel_en"):
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, impossible or in the future (a slipped year)."""
    if kind == "no_date":
        if src.source == "bitso_cumplimiento" and rng.random() < 0.5:
            return "S/F"  # "sin fecha"
        return None
    if kind == "bad_date":
        return _impossible(src, ts, rng)
    digits = str(ts.year)
    swapped = int(digits[:2] + digits[3] + digits[2])
    year = swapped if swapped > 2026 else ts.year + 10
    future = ts.replace(year=year)
    if src.dates in ("excel_es", "excel_en"):
        return future.to_pydatetime()
    if src.dates == "iso":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of the extract, after its last case."""
    day = last.normalize() + pd.Timedelta(days=9)
    if src.dates in ("excel_es", "excel_en"):
        return day.to_pydatetime()
    if src.dates == "iso":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


#: The variant: desks, routing of first and second reports, and their writing.
BLIND252: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "PAN": BITSO.source,
        "FRA": LYDIA.source,
        "ESP": BIZUM.source,
        "USA": COINBASE.source,
        "GBR": COINBASE.source,
    },
    compilation=KRAKEN.source,
    secondary={
        ("us_mex", "USA"): BITSO.source,
        ("channel", "GBR"): LYDIA.source,
        ("watl", "ESP"): LYDIA.source,
        ("channel", "FRA"): COINBASE.source,
        ("cmed", "ITA"): COINBASE.source,
        ("thb_nga_ita", "ITA"): COINBASE.source,
        ("darien", "PAN"): KRAKEN.source,
        ("thb_rou_esp", "ESP"): KRAKEN.source,
        ("thb_rou_esp", "ITA"): BIZUM.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=252,
    blank_share=0.3,
)


def make_blind252(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five compliance desks of set ``blind252`` send them.

    Bitso's compliance office (Mexico; Spanish CSV, UTF-8 with BOM, ``,``), Lydia's
    AML desk (France; French CSV, cp1252, ``;``), Bizum's fraud-prevention unit
    (Spain; Spanish XLSX), Coinbase's FIU (US/UK; English XLSX) and Kraken's EU FIU
    (English JSON lines, the compilation of every other event). About 4 % of the
    events are reported by two desks, 1.5 % of the rows are bad (every quarantine
    reason), and Bitso re-sends a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind252(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bitso_cumplimiento_it.csv', 'lydia_conformite_it.csv', 'bizum_prevencion_it.xlsx',
     'coinbase_fiu_it.xlsx', 'kraken_fiu_it.jsonl']
    >>> subs[1].encoding, subs[1].delimiter, subs[1].frame.columns[1]
    ('cp1252', ';', 'Date des faits')
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND252, truth, seed=seed)
