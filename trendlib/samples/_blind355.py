"""Examiner sample set ``blind355`` (files ``*_ms.*``): lawyers' and registrars' AML desks.

Five anti-money-laundering reporting units, none used by another sample set, send the
trafficking and smuggling cases behind the property and company deals their members
flagged. Each writes its export the way its own system and staff do:

``sra_aml_intel_ms.csv``
    The Solicitors Regulation Authority's AML intelligence team (England and Wales):
    law firms' MLRO referrals. English, UTF-8 with BOM, ``,``; UK day-first dates
    (``17/05/2023``, ``17 May 2023``, ``May 2023``); "MSHT"/"OIC" crime words;
    nationalities as demonyms (``Vietnamese``); transit routes ``Germany > France``;
    ``1,234`` counts; "None"/"Nil" for no subject; a value in pounds and the matter type.
``barreau_lille_lcbft_ms.csv``
    The Lille bar's AML desk (the bâtonnier's filter of lawyers' déclarations de soupçon
    before Tracfin). French, cp1252, ``;``, CRLF; ``17/05/2023``, ``mai 2023``,
    ``T2 2023``; French legal wording ("aide à l'entrée et au séjour irréguliers", "TEH",
    "proxénétisme"); nationalities as feminine adjectives (``afghane``); names typed
    without accents; decimal commas in coordinates and amounts; ``1 234`` counts.
``crab_registradores_ms.jsonl``
    The Spanish property registrars' Centro Registral Antiblanqueo. Spanish keys, UTF-8,
    ISO dates (``2023-05-17``, some ``2023-05``); countries as ISO alpha-2 codes since its
    system migration of April 2022, as upper-case Spanish names typed without accents
    before; Penal Code wording ("art. 318 bis", "art. 177 bis").
``cna_panama_cumplimiento_ms.xlsx``
    The compliance committee of Panama's Colegio Nacional de Abogados (lawyers acting as
    resident agents). Spanish; real Excel dates, text dates and bare Excel serials;
    nationalities as adjectives (``venezolana``); "NNA" for minors; one coordinate
    cell in decimals or degrees-minutes-seconds; rows pasted from a member's UTF-8 export
    misread as cp1252 (mojibake).
``acams_mlcom_digest_ms.xlsx``
    A compilation of cases reported on ACAMS moneylaundering.com and in court filings:
    every event no primary desk reports (Italy, Greece, Croatia, Poland, the United
    States). English; ``17 May 2023``, ``May 2023``, ``Q2 2023``; US wording ("alien
    smuggling", "labor trafficking"); ISO alpha-3 codes beside names; small counts in
    words ("eleven"); "Direct" for no transit country.

Ambiguous or unreadable cells are planted as bad rows, blanks or "not known" words, and
the truth says so (tags ``count_placeholder``, ``suspects_placeholder``, ``na_word``,
``blank_*``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

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

__all__ = ["BLIND355", "SOURCES", "make_blind355"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish) names, as these desks write them.
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
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
# iso3 -> nationality as a word: English demonym, French and Spanish feminine adjective
# ("de nationalité afghane", "de nacionalidad venezolana").
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
_LANG = {"en": 0, "fr": 1, "es": 2}
# Other names the desks use for a country (each unambiguous to an analyst).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK",),
        "USA": ("US", "USA"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {"VNM": ("Vietnam",), "GBR": ("Grande-Bretagne",)},
    "es": {
        "USA": ("EE. UU.", "EUA", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
    },
}
# Small typing slips of a few long names (still read as the country by an analyst).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albaina",
        "VNM": "Veitnam",
        "TUN": "Tunisa",
        "BGD": "Bangaldesh",
        "PAK": "Pakistain",
        "ROU": "Romainia",
        "NGA": "Nigeira",
        "GTM": "Guatamala",
        "HND": "Hondouras",
        "VEN": "Venezula",
        "ITA": "Itlay",
        "GRC": "Greeece",
        "DEU": "Germnay",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrèe",
        "IRQ": "Iraq",
        "ALB": "Albannie",
        "DEU": "Allemangne",
        "GBR": "Royaume-Unis",
    },
    "es": {
        "VEN": "Venezuala",
        "COL": "Colobia",
        "ECU": "Equador",
        "HTI": "Haiti",
        "USA": "Estados Unidod",
    },
}


def _plain(text: str, *, keep_enye: bool = False) -> str:
    """Drop the accents of ``text`` (as typed on a keyboard without them)."""
    out = []
    for ch in text:
        if keep_enye and ch in "ñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def _name(iso3: str, lang: str) -> str:
    return _NAMES[iso3][_LANG[lang]]


# --------------------------------------------------------------------------------------
# Each desk's words
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]


def _vocab(**cols: _Words) -> dict[str, _Words]:
    return dict(cols)


_VOCAB: dict[str, dict[str, _Words]] = {
    "sra_aml_intel": _vocab(
        crime_type={
            "trafficking": ("Modern slavery / human trafficking", "MSHT", "Human trafficking"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("MSHT + OIC", "Trafficking and smuggling"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
        age_group={
            "child": ("Child (under 18)", "Child", "Minor"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults and children", "Mixed"),
        },
        transport_mode={
            "sea": ("Small boat", "Sea", "RHIB"),
            "land": ("HGV", "Lorry", "Land"),
            "air": ("Air", "Flight"),
        },
        linked_offences={
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering", "Money laundering (POCA s.327-329)"),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorist financing",),
        },
    ),
    "barreau_lille_lcbft": _vocab(
        crime_type={
            "trafficking": ("traite des êtres humains", "TEH", "traite (art. 225-4-1 CP)"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide à l'entrée irrégulière",
                "trafic de migrants",
            ),
            "both": ("TEH et aide à l'entrée irrégulière", "traite + aide au séjour irrégulier"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        gender={
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        age_group={
            "child": ("mineurs", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        transport_mode={
            "sea": ("small boat", "embarcation", "voie maritime"),
            "land": ("poids lourd", "camion", "voie terrestre"),
            "air": ("voie aérienne", "avion"),
        },
        linked_offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("financement du terrorisme",),
        },
    ),
    "crab_registradores": _vocab(
        crime_type={
            "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)"),
            "smuggling": (
                "inmigración clandestina (art. 318 bis CP)",
                "favorecimiento de la inmigración ilegal",
                "tráfico ilícito de migrantes",
            ),
            "both": ("trata y 318 bis", "trata + inmigración clandestina"),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        gender={
            "female": ("mujeres",),
            "male": ("hombres",),
            "mixed": ("ambos sexos", "mixto"),
        },
        age_group={
            "child": ("menores",),
            "adult": ("adultos",),
            "mixed": ("adultos y menores",),
        },
        transport_mode={
            "sea": ("marítimo", "patera", "cayuco"),
            "land": ("terrestre", "vehículo"),
            "air": ("aéreo",),
        },
        linked_offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("financiación del terrorismo",),
        },
    ),
    "cna_panama_cumplimiento": _vocab(
        crime_type={
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata y tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("explotación sexual comercial", "explotación sexual"),
            "forced_labour": ("trabajo forzoso",),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        gender={
            "female": ("femenino",),
            "male": ("masculino",),
            "mixed": ("mixto", "ambos"),
        },
        age_group={
            "child": ("NNA", "menores de edad"),
            "adult": ("adultos",),
            "mixed": ("adultos y NNA", "mixto"),
        },
        transport_mode={
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie", "a pie (selva)"),
            "air": ("aéreo",),
        },
        linked_offences={
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("financiamiento del terrorismo",),
        },
    ),
    "acams_mlcom_digest": _vocab(
        crime_type={
            "trafficking": ("Human trafficking", "Trafficking in persons"),
            "smuggling": ("Human smuggling", "Alien smuggling", "Migrant smuggling"),
            "both": ("Trafficking and smuggling",),
        },
        exploitation={
            "sexual": ("Sex trafficking", "Sexual exploitation"),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
        age_group={
            "child": ("Minors",),
            "adult": ("Adults",),
            "mixed": ("Adults and minors",),
        },
        transport_mode={
            "sea": ("Maritime", "Boat"),
            "land": ("Land", "Overland", "Vehicle"),
            "air": ("Air",),
        },
        linked_offences={
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorist financing",),
        },
    ),
}

# What a desk writes when a value is not known, or when it does not apply.
_NOT_KNOWN: dict[str, tuple[str, ...]] = {
    "sra_aml_intel": ("Not known", "N/K"),
    "barreau_lille_lcbft": ("NC", "non communiqué"),
    "crab_registradores": ("s/d", "sin determinar"),
    "cna_panama_cumplimiento": ("N/D", "no determinado"),
    "acams_mlcom_digest": ("Unspecified", "Not disclosed"),
}
_NOT_APPLICABLE: dict[str, tuple[str | None, ...]] = {  # exploitation of a smuggling case
    "sra_aml_intel": ("N/A", None),
    "barreau_lille_lcbft": ("sans objet", None),
    "crab_registradores": (None,),
    "cna_panama_cumplimiento": ("No aplica", None),
    "acams_mlcom_digest": (None,),
}
_ZERO: dict[str, tuple[str, ...]] = {  # no suspect identified
    "sra_aml_intel": ("None", "Nil"),
    "barreau_lille_lcbft": ("aucun", "néant"),
    "crab_registradores": ("ninguno",),
    "cna_panama_cumplimiento": ("ninguno",),
    "acams_mlcom_digest": ("None",),
}
_DIRECT: dict[str, tuple[str | None, ...]] = {  # no transit country
    "sra_aml_intel": ("Direct", None, None),
    "barreau_lille_lcbft": ("direct", None, None),
    "crab_registradores": (None,),
    "cna_panama_cumplimiento": (None,),
    "acams_mlcom_digest": ("Direct", None, None),
}
_TRANSIT_SEP = {
    "sra_aml_intel": " > ",
    "barreau_lille_lcbft": ", ",
    "crab_registradores": ",",
    "cna_panama_cumplimiento": ", ",
    "acams_mlcom_digest": "; ",
}
_OFFENCE_SEP = {
    "sra_aml_intel": "; ",
    "barreau_lille_lcbft": " / ",
    "crab_registradores": ", ",
    "cna_panama_cumplimiento": "; ",
    "acams_mlcom_digest": ", ",
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
# The deal the member flagged (an extra column an analyst leaves aside).
_DEALS: dict[str, tuple[str, ...]] = {
    "sra_aml_intel": (
        "Residential conveyancing",
        "Commercial property",
        "Company formation",
        "Trust and company services",
        "Client account transfer",
    ),
    "barreau_lille_lcbft": (
        "acquisition immobilière",
        "constitution de SCI",
        "cession de fonds de commerce",
        "maniement de fonds (CARPA)",
    ),
    "crab_registradores": ("compraventa", "hipoteca", "constitución de sociedad", "donación"),
    "cna_panama_cumplimiento": (
        "constitución de sociedad anónima",
        "agente residente – fundación de interés privado",
        "compraventa de bien inmueble",
        "cuenta de custodia (escrow)",
    ),
    "acams_mlcom_digest": (
        "real estate",
        "shell companies",
        "money service business",
        "cash-intensive business",
        "trade-based laundering",
    ),
}

# Date styles: key -> share; month/quarter keys only where a partial date is allowed.
_DATE_STYLES: dict[str, dict[str, float]] = {
    "sra_aml_intel": {"dmy": 0.84, "d_mon_y": 0.10, "month_name": 0.06},
    "barreau_lille_lcbft": {"dmy": 0.86, "month_name": 0.06, "quarter_t": 0.08},
    "crab_registradores": {"iso": 0.9, "month_iso": 0.1},
    "cna_panama_cumplimiento": {"excel": 0.72, "dmy": 0.2, "serial": 0.08},
    "acams_mlcom_digest": {"d_mon_y": 0.8, "month_name": 0.08, "quarter_q": 0.12},
}
_MONTH_KEYS = ("month_name", "month_iso")
_QUARTER_KEYS = ("quarter_t", "quarter_q")
_MONTHS: dict[str, tuple[str, ...]] = {
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
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_CRAB_MIGRATION = pd.Timestamp("2022-04-01")  # codes instead of names from this day on

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="sra_aml_intel",
        filename="sra_aml_intel_ms.csv",
        ref="SRA/INT/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "SRA reference",
            "event_date": "Date identified",
            "deal": "Matter type",
            "value": "Transaction value (£)",
            "crime_type": "Predicate offence",
            "exploitation": "Exploitation type",
            "n_persons": "No. of potential victims/migrants",
            "n_suspects": "No. of subjects",
            "gender": "Victim sex",
            "age_group": "Adult/Child",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Transit route",
            "destination_country": "Intended destination",
            "detection_country": "Country where identified",
            "transport_mode": "Mode of travel",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Associated offences",
        },
        note="Extract from the SRA intelligence database – OFFICIAL-SENSITIVE",
        total="Total",
        bad_count=("multiple", "#VALUE!"),
        repeats=True,
    ),
    ExaminerSource(
        source="barreau_lille_lcbft",
        filename="barreau_lille_lcbft_ms.csv",
        ref="DS {year}/{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° registre DS",
            "event_date": "Date des faits",
            "deal": "Nature de l'opération",
            "value": "Montant (€)",
            "crime_type": "Infraction sous-jacente",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb victimes / migrants",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Registre des déclarations de soupçon – document confidentiel (art. L.561-19 CMF)",
        total="TOTAL",
        bad_count=("plusieurs", "#VALEUR!"),
        repeats=False,
    ),
    ExaminerSource(
        source="crab_registradores",
        filename="crab_registradores_ms.jsonl",
        ref="CRAB-{year}-{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "num_expediente",
            "event_date": "fecha_hechos",
            "deal": "tipo_operacion",
            "crime_type": "tipologia_delictiva",
            "exploitation": "forma_explotacion",
            "n_persons": "num_victimas_migrantes",
            "n_suspects": "num_investigados",
            "gender": "sexo_victimas",
            "age_group": "edad_victimas",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "transit_countries": "paises_transito",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL",
        bad_count=("varios", "numerosos"),
        repeats=True,
    ),
    ExaminerSource(
        source="cna_panama_cumplimiento",
        filename="cna_panama_cumplimiento_ms.xlsx",
        ref="CNA-CPB-{seq:04d}-{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "No. de reporte",
            "event_date": "Fecha del hecho",
            "deal": "Servicio prestado",
            "crime_type": "Delito precedente",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de víctimas / migrantes",
            "n_suspects": "Cantidad de implicados",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País donde se detectó",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: información preliminar remitida por los miembros, sujeta a verificación",
        total="Total general",
        bad_count=("varios", "#¡VALOR!"),
        repeats=False,
    ),
    ExaminerSource(
        source="acams_mlcom_digest",
        filename="acams_mlcom_digest_ms.xlsx",
        ref="MLC-{yy:02d}{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Item ID",
            "event_date": "Date of events",
            "detection_country": "Jurisdiction",
            "crime_type": "Predicate crime",
            "exploitation": "Exploitation",
            "deal": "Laundering vehicle",
            "n_persons": "Victims / migrants",
            "n_suspects": "Defendants",
            "gender": "Victim gender",
            "age_group": "Victim age",
            "nationality": "Victim nationality",
            "origin_country": "Origin",
            "transit_countries": "Transit",
            "destination_country": "Destination",
            "transport_mode": "Transport",
            "coordinates": "Coordinates (lat, long)",
            "linked_offences": "Other offences",
        },
        note="Compiled from moneylaundering.com items and court filings; figures as reported",
        total="Grand total",
        bad_count=("dozens", "scores"),
        repeats=False,
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, shares: dict[str, float]) -> str:
    keys = list(shares)
    w = np.array([shares[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _date_cell(key: str, ts: pd.Timestamp, lang: str) -> object:
    months = _MONTHS[lang]
    if key == "dmy":
        return ts.strftime("%d/%m/%Y")
    if key == "d_mon_y":
        return f"{ts.day} {months[ts.month - 1]} {ts.year}"
    if key == "iso":
        return ts.strftime("%Y-%m-%d")
    if key == "month_iso":
        return ts.strftime("%Y-%m")
    if key == "month_name":
        sep = " de " if lang == "es" else " "
        return f"{months[ts.month - 1]}{sep}{ts.year}"
    if key == "quarter_t":
        return f"T{ts.quarter} {ts.year}"
    if key == "quarter_q":
        return f"Q{ts.quarter} {ts.year}"
    if key == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    return int((ts.normalize() - _EXCEL_EPOCH).days)  # "serial": a bare Excel day number


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    shares = dict(_DATE_STYLES[src.source])
    if not partial_ok:
        shares = {k: v for k, v in shares.items() if k not in (*_MONTH_KEYS, *_QUARTER_KEYS)}
    key = _pick(rng, shares)
    cell = _date_cell(key, ts, src.language)
    if key in _MONTH_KEYS:
        return cell, ts.to_period("M").start_time, "month", ["partial_date", "month_date"]
    if key in _QUARTER_KEYS:
        return cell, ts.to_period("Q").start_time, "quarter", ["partial_date", "quarter_date"]
    tags = {"d_mon_y": ["long_date"], "serial": ["excel_serial"]}.get(key, [])
    if src.format == "xlsx" and key == "dmy":
        tags = ["text_date"]
    return cell, ts.normalize(), "day", tags


def _future_year(year: int) -> int:
    """Swap the middle digits of ``year`` (2023 -> 2203): a typing slip, far ahead."""
    s = f"{year:04d}"
    return int(s[0] + s[2] + s[1] + s[3])


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: blank, impossible, or centuries ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            "sra_aml_intel": f"31/02/{ts.year}",
            "barreau_lille_lcbft": f"30/02/{ts.year}",
            "crab_registradores": f"{ts.year}-02-30",
            "cna_panama_cumplimiento": f"31/02/{ts.year}",
            "acams_mlcom_digest": f"30 February {ts.year}",
        }[src.source]
    year = _future_year(ts.year)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=year, month=ts.month, day=day)
    if src.source == "cna_panama_cumplimiento":
        return dt.datetime(year, ts.month, day)
    key = {"crab_registradores": "iso", "acams_mlcom_digest": "d_mon_y"}.get(src.source, "dmy")
    return _date_cell(key, future, src.language)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the extraction date on the note row: a few days after the last case."""
    day = last.normalize() + pd.Timedelta(days=5)
    if src.source == "cna_panama_cumplimiento":
        return dt.datetime(day.year, day.month, day.day)
    key = {"crab_registradores": "iso", "acams_mlcom_digest": "d_mon_y"}.get(src.source, "dmy")
    return _date_cell(key, day, src.language)


def _word(
    src: ExaminerSource, col: str, value: str, rng: _Rng, tags: list[str], *, noise: float = 0.04
) -> str:
    forms = _VOCAB[src.source][col][value]
    r = rng.random()
    word = forms[0] if r < 0.65 or len(forms) == 1 else forms[1 + int(rng.integers(len(forms) - 1))]
    if rng.random() < noise:
        kind = int(rng.integers(3))
        word = word.upper() if kind == 0 else word.lower() if kind == 1 else f" {word}  "
        tags.append(f"case:{col}")
    return word


def _country(
    src: ExaminerSource, iso3: str, col: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]
) -> str:
    """One country as the desk writes it in column ``col``."""
    lang = src.language
    name = _name(iso3, lang)
    r = rng.random()
    s = src.source
    if s == "crab_registradores":
        if ts >= _CRAB_MIGRATION:
            tags.append(f"iso2:{col}")
            return iso_codes(iso3)[0]
        tags.append(f"legacy_name:{col}")
        return _plain(name, keep_enye=True).upper()
    if col == "nationality" and iso3 in _DEMONYMS:
        share = {"sra_aml_intel": 0.7, "barreau_lille_lcbft": 0.65, "acams_mlcom_digest": 0.4}
        if r < share.get(s, 0.7):
            tags.append("demonym:nationality")
            word = _DEMONYMS[iso3][_LANG[lang]]
            if s == "barreau_lille_lcbft" and rng.random() < 0.1 and _plain(word) != word:
                tags.append("no_accent:nationality")
                return _plain(word)
            return word
        r = rng.random()
    aliases = _ALIASES[lang].get(iso3, ())
    typo = _TYPOS[lang].get(iso3)
    if s == "acams_mlcom_digest" and r < 0.15:
        tags.append(f"iso3:{col}")
        return iso3
    if aliases and r > 0.9:
        tags.append(f"alias:{col}")
        return choice(rng, aliases)
    if typo is not None and r < 0.03:
        tags.append(f"typo:{col}")
        return typo
    if s == "barreau_lille_lcbft" and r > 0.82 and _plain(name) != name:
        tags.append(f"no_accent:{col}")
        return _plain(name)
    if r > 0.86 and r < 0.9:
        tags.append(f"case:{col}")
        return name.upper()
    return name


def _count(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of one or more as the desk does (a number in a spreadsheet or JSON)."""
    if n >= 1000 and rng.random() < 0.75:
        if src.source in ("sra_aml_intel", "acams_mlcom_digest"):
            tags.append("thousands")
            return f"{n:,}"
        if src.source == "barreau_lille_lcbft":
            tags.append("thousands")
            return f"{n // 1000}{choice(rng, (' ', chr(0xA0)))}{n % 1000:03d}"
        if src.source == "crab_registradores":
            tags.append("thousands")
            return f"{n // 1000}.{n % 1000:03d}"
    if src.source == "acams_mlcom_digest" and n <= 12 and rng.random() < 0.2:
        tags.append("count_word")
        return _EN_NUMBERS[n]
    return str(n) if src.format == "csv" else n


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float, float]:
    """Write the detection point in the desk's style; return cells and the values they give."""
    s = src.source
    if s == "sra_aml_intel":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon
    if s == "barreau_lille_lcbft":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if s == "crab_registradores":
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, lat, lon
    if s == "cna_panama_cumplimiento" and rng.random() < 0.3:
        tags.append("dms")
        text_lat, got_lat = _dms(lat, "NS")
        text_lon, got_lon = _dms(lon, "EW")
        return {"coordinates": f"{text_lat} {text_lon}"}, got_lat, got_lon
    if s == "cna_panama_cumplimiento":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    la, lo = round(lat, 4), round(lon, 4)  # the digest copies four decimals
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo


def _dms(value: float, hemis: str) -> tuple[str, float]:
    """Write ``value`` as degrees, minutes, seconds (one decimal) and return what it reads."""
    sign = -1 if value < 0 else 1
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemis[0] if sign > 0 else hemis[1]}"
    return text, sign * tenths / 36000


def _deal_cells(src: ExaminerSource, rng: _Rng) -> dict[str, object]:
    deal = choice(rng, _DEALS[src.source])
    cells: dict[str, object] = {"deal": deal}
    if "value" in src.headers:
        amount = int(rng.integers(40, 1800)) * 500
        if src.source == "sra_aml_intel":
            cells["value"] = f"{amount:,}"
        else:
            cells["value"] = f"{amount // 1000}{chr(0xA0)}{amount % 1000:03d},00"
    return cells


def _fit(src: ExaminerSource, cells: dict[str, object]) -> dict[str, object]:
    """Keep only characters the file's encoding holds (a cp1252 export drops the others)."""
    out: dict[str, object] = {}
    for key, value in cells.items():
        if isinstance(value, str) and not fits(value, src):
            value = value.encode(src.encoding, errors="replace").decode(src.encoding)
        out[key] = value
    return out


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk ``src`` does: ``(cells, expected, tags)``."""
    s = src.source
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], dtags = _date(
        src, ts, rng, partial_ok
    )
    tags += dtags
    cells.update(_deal_cells(src, rng))
    not_known = _NOT_KNOWN[s]

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _NOT_APPLICABLE[s][int(rng.integers(len(_NOT_APPLICABLE[s])))]
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, not_known)
        exp["exploitation"] = "unknown"
        tags.append("unknown_word:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, not_known)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.025:
        cells["n_suspects"] = choice(rng, not_known)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.6:
        cells["n_suspects"] = choice(rng, _ZERO[s])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = (
            _count(src, k, rng, tags) if k > 0 else ("0" if src.format == "csv" else 0)
        )
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = choice(rng, not_known) if rng.random() < 0.5 else None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, not_known)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        elif s == "crab_registradores" and col == "transport_mode" and value == "sea":
            # a cayuco (canoe) reaches the Canaries, a patera (small boat) the Strait
            canaries = ev["lon"] is not None and float(ev["lon"]) < -12  # type: ignore[arg-type]
            cells[col] = choice(rng, ("cayuco", "marítimo") if canaries else ("patera", "marítimo"))
            exp[col] = value
        else:
            cells[col] = _word(src, col, value, rng, tags)
            exp[col] = value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif rng.random() < 0.015:
        cells["nationality"] = choice(rng, not_known)
        exp["nationality"] = None
        tags.append("blank_nationality")
        tags.append("unknown_word:nationality")
    else:
        cells["nationality"] = _country(src, str(nat), "nationality", ts, rng, tags)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        cells[col] = None if iso is None else _country(src, str(iso), col, ts, rng, tags)
        exp[col] = iso

    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(det), "detection_country", ts, rng, tags)
        exp["detection_country"] = str(det)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = _DIRECT[s][int(rng.integers(len(_DIRECT[s])))]
        if cells["transit_countries"] is not None:
            tags.append("direct_word")
    else:
        parts = [
            _country(src, code, "transit_countries", ts, rng, tags)
            for code in str(transit).split("|")
        ]
        cells["transit_countries"] = _TRANSIT_SEP[s].join(parts)
    exp["transit_countries"] = transit

    lat, lon = ev["lat"], ev["lon"]
    no_place = forced_blank == "coordinates" or lat is None or lon is None
    if no_place or rng.random() < 0.04:
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        exp["lat"] = exp["lon"] = None
    else:
        coords, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(coords)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [
            _word(src, "linked_offences", o, rng, tags, noise=0.0) for o in str(offences).split("|")
        ]
        cells["linked_offences"] = _OFFENCE_SEP[s].join(words)
    exp["linked_offences"] = offences

    if s == "cna_panama_cumplimiento" and rng.random() < 0.12:
        # rows pasted from a member's UTF-8 export opened as cp1252
        garbled = False
        for key, cell in cells.items():
            if isinstance(cell, str) and key != "source_ref":
                bad = mojibake(cell)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return _fit(src, cells), exp, tags


#: The variant: its sources, who first reports which detection country, who may report an
#: event a second time, and how each desk writes.
BLIND355: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "sra_aml_intel",
        "FRA": "barreau_lille_lcbft",
        "ESP": "crab_registradores",
        "PAN": "cna_panama_cumplimiento",
    },
    compilation="acams_mlcom_digest",
    secondary={
        ("channel", "FRA"): "sra_aml_intel",
        ("channel", "GBR"): "barreau_lille_lcbft",
        ("thb_vnm_gbr", "GBR"): "barreau_lille_lcbft",
        ("thb_rou_esp", "ESP"): "acams_mlcom_digest",
        ("thb_rou_esp", "ITA"): "crab_registradores",
        ("thb_nga_ita", "ITA"): "crab_registradores",
        ("watl", "ESP"): "acams_mlcom_digest",
        ("darien", "PAN"): "acams_mlcom_digest",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=355,
    blank_share=0.35,
)


def make_blind355(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind355`` set: five AML reporting desks' exports.

    Events detected in the United Kingdom go to the Solicitors Regulation Authority's
    AML intelligence team, those in France to the Lille bar's AML desk, those in Spain
    to the property registrars' Centro Registral Antiblanqueo, those in Panama to the
    compliance committee of Panama's Colegio Nacional de Abogados; every other event
    (Italy, Greece, Croatia, Poland, the United States) to a digest compiled from ACAMS
    moneylaundering.com items. About 4 % of the events are reported a second time by
    another desk; the SRA and registrars' files re-send a few rows; bad rows of every
    quarantine reason, note, total and (CSV) empty rows are planted and described in
    each submission's ``expected`` frame.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``sra_aml_intel_ms.csv`` (English, UTF-8 with BOM, ``,``),
        ``barreau_lille_lcbft_ms.csv`` (French, cp1252, ``;``),
        ``crab_registradores_ms.jsonl`` (Spanish keys, UTF-8),
        ``cna_panama_cumplimiento_ms.xlsx`` (Spanish) and
        ``acams_mlcom_digest_ms.xlsx`` (English).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind355(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sra_aml_intel_ms.csv', 'barreau_lille_lcbft_ms.csv', 'crab_registradores_ms.jsonl',
     'cna_panama_cumplimiento_ms.xlsx', 'acams_mlcom_digest_ms.xlsx']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° registre DS', 'Date des faits', "Nature de l'opération"]
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND355, truth, seed=seed)
