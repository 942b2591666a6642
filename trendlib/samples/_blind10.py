"""A tenth examiner's held-out sample set (``blind10``, files ``*_l.*``).

Written from general knowledge of how these agencies record cases, without looking at
the cleaner's tables, so that scoring the cleaner on it measures how it generalises.
The five sources:

``ucrif_es_l.csv`` / Spanish Policía Nacional, UCRIF (Unidad Central de Redes de
    Inmigración Ilegal y Falsedades Documentales): Spanish, cp1252, ``;``, CRLF.
    Dates ``dd/mm/yyyy`` or ``dd/mm/yy``, partial dates ``03/2022``, ``marzo de 2022``,
    ``1T 2022`` or ``1.er trimestre 2022``. Criminal-code wording (``TSH (art. 177 bis
    CP)``, ``Favorecimiento de la inmigración irregular``), nationalities as demonyms
    (``marroquí``, ``guineano``), sex as ``Varón``/``Mujer`` or ``V``/``M``, boats as
    ``patera``/``cayuco``, thousands with a dot (``1.234``), latitude and longitude in
    two columns with a decimal comma. Re-sends some rows (exact repeats).
``senafront_pa_l.jsonl`` / Panama's Servicio Nacional de Fronteras (SENAFRONT), Darién:
    Spanish snake_case keys, UTF-8 JSON lines. Dates ``2022-03-15T00:00:00`` or
    ``15/03/2022``, no partial dates. ``Tráfico ilícito de migrantes``, ``NNA`` for
    children, ``Masculino``/``Femenino`` or ``M``/``F``, counts as JSON numbers or text
    with a comma for thousands (``1,234``), coordinates in degrees-minutes-seconds with
    ``O`` (oeste) for west, or a decimal pair.
``paf_calais_l.csv`` / French Police aux frontières (DZPAF Pas-de-Calais, OCRIEST):
    French, latin-1, tab-delimited. Dates ``dd/mm/yyyy`` or ``5 mars 2022``, partial
    ``mars 2022``. ``Aide à l'entrée et au séjour irréguliers (AESI)``, ``TEH``,
    nationalities as feminine adjectives (``AFGHANE``, ``érythréenne``), ``Angleterre``
    for the United Kingdom, ``néant`` for no suspect, thousands with a (no-break) space,
    position in degrees and decimal minutes with a decimal comma (``50°57,486'N
    001°51,402'E``).
``hsi_us_l.csv`` / US Homeland Security Investigations (Joint Task Force Alpha):
    English, UTF-8 with BOM, ``,``. Dates month first (``3/15/2022``), partial
    ``March 2022``. ``Alien Smuggling (8 USC 1324)``, ``Human Trafficking``, CBP-style
    citizenship in capitals (``CHINA, PEOPLES REPUBLIC OF``), demographics ``UAC`` /
    ``Single Adult`` / ``Family Unit``, ``UNK`` placeholders, thousands with a comma.
``empact_oap_l.xlsx`` / an EMPACT (THB / migrant smuggling) operational-action
    compilation of Member-State contributions: English, XLSX. Real Excel dates mixed with
    text ``15.03.2022``, ``2022-03-15`` or ``15/03/2022``, partial ``03.2022``, ``Mar
    2022``, ``Q1 2022``. ``THB``, ``MS``, ``FII``; countries as ISO alpha-2 codes in the
    EU convention (``EL`` for Greece, ``UK`` for the United Kingdom) or names; transit
    routes as ``TR-BG-RS``; ``nil`` suspects, ``n/k`` placeholders; ``GPS`` as a
    ``lat, lon`` text pair.

Every source plants typos, capitals, stripped accents or mojibake in country names,
"no transit" and "not applicable" words, count placeholders (the event stays, its count
is missing), zero words for suspects, missing or placeholder coordinates, and the
shared bad rows (:data:`trendlib.samples._examiner.BAD_KINDS`) in its own date style.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

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

__all__ = ["BLIND10_SOURCES", "Blind10Source", "make_blind10"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Blind10Source(ExaminerSource):
    """A ``blind10`` source: the shared description plus its own wording.

    Attributes
    ----------
    countries : mapping
        ISO alpha-3 code -> the source's names of the country (one drawn per cell).
    demonyms : mapping
        ISO alpha-3 code -> nationality adjectives, for the nationality column.
    typos : mapping
        ISO alpha-3 code -> misspellings a clerk makes.
    nat_styles, place_styles : tuple of (str, float)
        Weighted ways of writing a nationality / another country cell: ``"name"``,
        ``"demonym"``, ``"iso2"`` or ``"iso3"``.
    eu_codes : bool
        Whether alpha-2 codes follow the EU convention (``EL``, ``UK``).
    upper_share, mess_share : float
        Share of country cells in capitals; share with a typo, stripped accents or
        mojibake.
    transit_style : tuple of (str, float)
        Weighted ways of writing transit countries: ``"name"`` or ``"iso2"``.
    transit_seps : tuple of str
        Separators of a transit list (ordered).
    no_transit : tuple of str
        What is written when there is no transit country (``""``: a blank cell).
    crime, exploitation, gender, age, mode : mapping
        Vocabulary word -> the source's wordings.
    not_applicable : tuple of str
        Exploitation cell of a pure smuggling case (``""``: blank).
    na_words : tuple of str
        "Not known" words for the age group and transport mode.
    offences : mapping
        Linked offence -> the source's wordings.
    offence_seps : tuple of str
        Separators of several linked offences.
    date_style : str
        Key of the source's date writer (see :data:`_DATE_WRITERS`).
    count_style : str
        ``"dot"``, ``"space"`` or ``"comma"`` thousands separator of text counts.
    count_text_share : float
        In XLSX and JSONL, share of counts written as text instead of numbers.
    count_placeholders, suspect_placeholders, zero_words : tuple of str
        "Not known" words of the persons and suspects counts; words for no suspect.
    coord_style : str
        ``"split_comma"``, ``"split_dot"``, ``"dms"``, ``"ddm"`` or ``"pair"``.
    coord_missing : tuple of str
        What is written when the place is not known (``""``: blank).
    """

    countries: Words
    demonyms: Words
    typos: Words
    nat_styles: tuple[tuple[str, float], ...]
    place_styles: tuple[tuple[str, float], ...]
    eu_codes: bool
    upper_share: float
    mess_share: float
    transit_style: tuple[tuple[str, float], ...]
    transit_seps: tuple[str, ...]
    no_transit: tuple[str, ...]
    crime: Words
    exploitation: Words
    not_applicable: tuple[str, ...]
    gender: Words
    age: Words
    mode: Words
    na_words: tuple[str, ...]
    offences: Words
    offence_seps: tuple[str, ...]
    date_style: str
    count_style: str
    count_text_share: float
    count_placeholders: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    coord_style: str
    coord_missing: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country names
# --------------------------------------------------------------------------------------
_ES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
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
    "GIN": ("Guinea Conakry", "Guinea-Conakry", "República de Guinea"),
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
    "MLI": ("Malí",),
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
}
_ES_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("afgano",),
    "ALB": ("albanés",),
    "BGD": ("bangladesí",),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "costamarfileño"),
    "CMR": ("camerunés",),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino",),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio",),
    "ERI": ("eritreo",),
    "GIN": ("guineano",),
    "GMB": ("gambiano",),
    "GTM": ("guatemalteco",),
    "HND": ("hondureño",),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní",),
    "IRQ": ("iraquí",),
    "MAR": ("marroquí",),
    "MEX": ("mexicano",),
    "MLI": ("maliense",),
    "NGA": ("nigeriana", "nigeriano"),
    "PAK": ("pakistaní",),
    "ROU": ("rumana", "rumano"),
    "SEN": ("senegalés",),
    "SYR": ("sirio",),
    "TUN": ("tunecino",),
    "TUR": ("turco",),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita",),
    "YEM": ("yemení",),
}
_ES_TYPOS: dict[str, tuple[str, ...]] = {
    "MAR": ("Marruceos", "Marrueco"),
    "ECU": ("Equador",),
    "VEN": ("Venezula",),
    "COL": ("Colonbia",),
    "GIN": ("Guinea Conacry",),
    "CMR": ("Camerun",),
    "SEN": ("Senagal",),
}
_FR: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie",),
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
    "GBR": ("Royaume-Uni", "Royaume-Uni", "Angleterre"),
    "GIN": ("Guinée",),
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
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_FR_DEMONYMS: dict[str, tuple[str, ...]] = {  # "nationalité" is feminine
    "AFG": ("afghane",),
    "ALB": ("albanaise",),
    "BGD": ("bangladaise",),
    "CHN": ("chinoise",),
    "CIV": ("ivoirienne",),
    "CMR": ("camerounaise",),
    "DZA": ("algérienne",),
    "EGY": ("égyptienne",),
    "ERI": ("érythréenne",),
    "GIN": ("guinéenne",),
    "GMB": ("gambienne",),
    "IRN": ("iranienne",),
    "IRQ": ("irakienne",),
    "MAR": ("marocaine",),
    "MLI": ("malienne",),
    "NGA": ("nigériane",),
    "PAK": ("pakistanaise",),
    "ROU": ("roumaine",),
    "SEN": ("sénégalaise",),
    "SYR": ("syrienne",),
    "TUN": ("tunisienne",),
    "TUR": ("turque",),
    "VNM": ("vietnamienne",),
    "YEM": ("yéménite",),
}
_FR_TYPOS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistan", "Afghanistan "),
    "ERI": ("Erythrée",),
    "IRQ": ("Iraq",),
    "VNM": ("Viet-Nam",),
    "ALB": ("Albannie",),
    "SYR": ("Syire",),
}
_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina",),
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
    "GIN": ("Guinea",),
    "GMB": ("The Gambia", "Gambia"),
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
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, tuple[str, ...]] = {
    "CHN": ("Chinese",),
    "COL": ("Colombian",),
    "ECU": ("Ecuadorian",),
    "GTM": ("Guatemalan",),
    "HND": ("Honduran",),
    "HTI": ("Haitian",),
    "MEX": ("Mexican",),
    "VEN": ("Venezuelan",),
}
_EN_TYPOS: dict[str, tuple[str, ...]] = {
    "GTM": ("Guatamala",),
    "HND": ("Hondruas",),
    "VEN": ("Venezuala",),
    "ECU": ("Equador",),
    "MEX": ("Mexcio",),
    "SYR": ("Syira",),
    "AFG": ("Afganistan",),
    "PAK": ("Pakisthan",),
    "BGD": ("Bangaldesh",),
    "ERI": ("Eritria",),
    "TUN": ("Tunesia",),
}
# Panama writes the Spanish names, with its own forms for some of them.
_PA = {
    **_ES,
    "USA": ("Estados Unidos", "EE.UU.", "USA"),
    "CHN": ("China", "República Popular China"),
    "HTI": ("Haití", "Haiti"),
}
# US citizenship as CBP records it.
_US = {
    **_EN,
    "CHN": ("CHINA, PEOPLES REPUBLIC OF", "China"),
    "USA": ("United States", "USA", "US"),
}

_MESES = tuple(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split()
)
_MOIS = tuple(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
_EN_MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
UCRIF = Blind10Source(
    source="ucrif_es_l",
    filename="ucrif_es_l.csv",
    ref="AT-{seq:06d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / inmigrantes",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Mayor/menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino final",
        "detection_country": "País de intervención",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de entrada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de grabación definitiva",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=True,
    countries=_ES,
    demonyms=_ES_DEMONYMS,
    typos=_ES_TYPOS,
    nat_styles=(("demonym", 0.7), ("name", 0.3)),
    place_styles=(("name", 1.0),),
    eu_codes=False,
    upper_share=0.25,
    mess_share=0.06,
    transit_style=(("name", 1.0),),
    transit_seps=(", ", " - "),
    no_transit=("", "", "Directo", "Ninguno"),
    crime={
        "trafficking": ("Trata de seres humanos", "TSH (art. 177 bis CP)"),
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Inmigración ilegal (art. 318 bis CP)",
        ),
        "both": ("Trata de seres humanos e inmigración ilegal", "TSH + 318 bis CP"),
        "unknown": ("",),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
        "unknown": ("No consta",),
    },
    not_applicable=("", "", "No procede"),
    gender={
        "female": ("Mujer", "Mujeres", "M"),
        "male": ("Varón", "Varones", "Hombres", "V"),
        "mixed": ("Ambos sexos", "Mixto"),
        "unknown": ("",),
    },
    age={
        "child": ("Menor", "Menores"),
        "adult": ("Mayor de edad", "Adultos"),
        "mixed": ("Adultos y menores", "Mixto"),
        "unknown": ("No consta",),
    },
    mode={
        "sea": ("Marítimo", "Patera", "Cayuco", "Embarcación neumática"),
        "land": ("Terrestre", "Por carretera", "Vehículo (doble fondo)"),
        "air": ("Aéreo", "Vía aérea (aeropuerto)"),
        "unknown": ("No consta",),
    },
    na_words=("No consta", "N/C"),
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    offence_seps=(" / ", ", "),
    date_style="ucrif",
    count_style="dot",
    count_text_share=1.0,
    count_placeholders=("desconocido", "s/d"),
    suspect_placeholders=("s/d",),
    zero_words=("ninguno", "sin detenidos"),
    coord_style="split_comma",
    coord_missing=("",),
)

SENAFRONT = Blind10Source(
    source="senafront_pa_l",
    filename="senafront_pa_l.jsonl",
    ref="SNF-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "no_caso",
        "event_date": "fecha_aprehension",
        "crime_type": "delito",
        "exploitation": "tipo_explotacion",
        "n_persons": "cant_migrantes_victimas",
        "n_suspects": "cant_presuntos_traficantes",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="Total registros",
    bad_count=("varios", "múltiples"),
    repeats=False,
    countries=_PA,
    demonyms=_ES_DEMONYMS,
    typos=_ES_TYPOS,
    nat_styles=(("name", 0.6), ("demonym", 0.3), ("iso3", 0.1)),
    place_styles=(("name", 0.85), ("iso3", 0.15)),
    eu_codes=False,
    upper_share=0.3,
    mess_share=0.06,
    transit_style=(("name", 1.0),),
    transit_seps=(" - ", "/"),
    no_transit=("", "Ninguno"),
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
        "unknown": ("",),
    },
    exploitation={
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra",),
        "unknown": ("N/D",),
    },
    not_applicable=("", "N/A"),
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto",),
        "unknown": ("",),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("N/D",),
    },
    mode={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie (selva)", "Caminata"),
        "air": ("Aéreo",),
        "unknown": ("N/D",),
    },
    na_words=("N/D", "Sin dato"),
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    offence_seps=(", ",),
    date_style="senafront",
    count_style="comma",
    count_text_share=0.25,
    count_placeholders=("sin dato", "N/D"),
    suspect_placeholders=("sin dato",),
    zero_words=("ninguno",),
    coord_style="dms",
    coord_missing=("", "sin coordenadas"),
)

PAF = Blind10Source(
    source="paf_calais_l",
    filename="paf_calais_l.csv",
    ref="PAF62-{year}-{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes (victimes / migrants)",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de passage",
        "coordinates": "Position",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, non consolidés",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    countries=_FR,
    demonyms=_FR_DEMONYMS,
    typos=_FR_TYPOS,
    nat_styles=(("demonym", 0.75), ("name", 0.25)),
    place_styles=(("name", 1.0),),
    eu_codes=False,
    upper_share=0.4,
    mess_share=0.06,
    transit_style=(("name", 1.0),),
    transit_seps=(" / ", " > "),
    no_transit=("", "Aucun"),
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (AESI)",
            "Aide à l'entrée irrégulière",
            "Filière d'immigration irrégulière",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et filière d'immigration"),
        "unknown": ("",),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
        "unknown": ("n.c.",),
    },
    not_applicable=("", "Sans objet"),
    gender={
        "female": ("Femme", "Femmes", "F"),
        "male": ("Homme", "Hommes", "H"),
        "mixed": ("Mixte", "H/F"),
        "unknown": ("",),
    },
    age={
        "child": ("Mineur", "Mineurs", "MNA"),
        "adult": ("Majeur", "Majeurs"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("n.c.",),
    },
    mode={
        "sea": ("Maritime", "Small boat", "Embarcation pneumatique"),
        "land": ("Terrestre", "Poids lourd", "Camion"),
        "air": ("Aérien",),
        "unknown": ("n.c.",),
    },
    na_words=("n.c.", "non renseigné"),
    offences={
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Contrebande",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_seps=(" + ", " ; "),
    date_style="paf",
    count_style="space",
    count_text_share=1.0,
    count_placeholders=("n.c.", "inconnu"),
    suspect_placeholders=("n.c.",),
    zero_words=("néant", "aucun"),
    coord_style="ddm",
    coord_missing=("", "non relevée"),
)

HSI = Blind10Source(
    source="hsi_us_l",
    filename="hsi_us_l.csv",
    ref="HSI-EP-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Event No.",
        "event_date": "Apprehension Date",
        "crime_type": "Case Category",
        "exploitation": "Trafficking Type",
        "n_persons": "Persons Encountered",
        "n_suspects": "Facilitators Arrested",
        "gender": "Sex",
        "age_group": "Demographic",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Encounter Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Charges",
    },
    note="Note: data are operational and subject to change",
    total="Grand Total",
    bad_count=("several", "multiple"),
    repeats=False,
    countries=_US,
    demonyms=_EN_DEMONYMS,
    typos=_EN_TYPOS,
    nat_styles=(("name", 0.85), ("demonym", 0.15)),
    place_styles=(("name", 1.0),),
    eu_codes=False,
    upper_share=0.6,
    mess_share=0.05,
    transit_style=(("name", 1.0),),
    transit_seps=(" > ", "; "),
    no_transit=("", "None"),
    crime={
        "trafficking": ("Human Trafficking", "HT - Human Trafficking"),
        "smuggling": ("Alien Smuggling (8 USC 1324)", "Human Smuggling"),
        "both": ("Human Smuggling / Trafficking", "Smuggling & Trafficking"),
        "unknown": ("",),
    },
    exploitation={
        "sexual": ("Sex Trafficking", "Sex"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
        "unknown": ("UNK",),
    },
    not_applicable=("", "N/A"),
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & Female"),
        "unknown": ("",),
    },
    age={
        "child": ("UAC", "Minor"),
        "adult": ("Single Adult", "Adult"),
        "mixed": ("Family Unit", "Adults & Minors"),
        "unknown": ("UNK",),
    },
    mode={
        "sea": ("Maritime", "Panga"),
        "land": ("Land", "On Foot", "Vehicle", "Tractor-Trailer"),
        "air": ("Air", "Commercial Flight"),
        "unknown": ("UNK",),
    },
    na_words=("UNK", "Not Recorded"),
    offences={
        "document_fraud": ("Document Fraud", "Visa/Passport Fraud"),
        "corruption": ("Bribery of Public Official",),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Contraband Smuggling",),
        "cybercrime": ("Cyber Crime",),
        "terrorism": ("Material Support to Terrorism",),
    },
    offence_seps=("; ",),
    date_style="hsi",
    count_style="comma",
    count_text_share=1.0,
    count_placeholders=("UNK", "Unknown"),
    suspect_placeholders=("UNK",),
    zero_words=("None",),
    coord_style="split_dot",
    coord_missing=("", "UNK"),
)

EMPACT = Blind10Source(
    source="empact_oap_l",
    filename="empact_oap_l.xlsx",
    ref="OA{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "OA ref.",
        "event_date": "Date of detection",
        "crime_type": "Crime area",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of victims / migrants",
        "n_suspects": "No. of suspects",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality (ISO)",
        "origin_country": "Country of origin",
        "destination_country": "Final destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit route",
        "transport_mode": "Modus (sea / land / air)",
        "coordinates": "GPS (WGS84)",
        "linked_offences": "Links to other crime areas",
    },
    note="Source: MS contributions, not validated by Europol",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    countries=_EN,
    demonyms={},
    typos=_EN_TYPOS,
    nat_styles=(("iso2", 0.75), ("name", 0.25)),
    place_styles=(("name", 0.5), ("iso2", 0.5)),
    eu_codes=True,
    upper_share=0.1,
    mess_share=0.05,
    transit_style=(("iso2", 0.6), ("name", 0.4)),
    transit_seps=("-", ", "),
    no_transit=("", "n/a"),
    crime={
        "trafficking": ("THB", "Trafficking in human beings"),
        "smuggling": ("MS", "Migrant smuggling", "FII (facilitation of illegal immigration)"),
        "both": ("THB / MS", "MS + THB"),
        "unknown": ("",),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Forced criminal activities"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage", "Sham / forced marriage"),
        "other": ("Other",),
        "unknown": ("n/k",),
    },
    not_applicable=("", "n/a", "-"),
    gender={
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed", "M/F"),
        "unknown": ("",),
    },
    age={
        "child": ("Minor", "<18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults and minors", "Mixed"),
        "unknown": ("n/k",),
    },
    mode={
        "sea": ("Sea", "Sea (rubber boat)"),
        "land": ("Land", "Land (truck)"),
        "air": ("Air", "Air (commercial flight)"),
        "unknown": ("n/k",),
    },
    na_words=("n/k", "unknown"),
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering", "Criminal finances / ML"),
        "illicit_goods": ("Illicit goods trafficking",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_seps=(", ", "; "),
    date_style="empact",
    count_style="space",
    count_text_share=0.1,
    count_placeholders=("n/k", "unknown"),
    suspect_placeholders=("n/k",),
    zero_words=("nil", "none"),
    coord_style="pair",
    coord_missing=("", "n/a"),
)

#: The five ``blind10`` sources, in the order their submissions are returned.
BLIND10_SOURCES: tuple[Blind10Source, ...] = (UCRIF, SENAFRONT, PAF, HSI, EMPACT)

_EU_ALPHA2 = {"GRC": "EL", "GBR": "UK"}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    weights = np.array([w for _, w in options], dtype=float)
    return options[int(rng.choice(len(options), p=weights / weights.sum()))][0]


def _strip_accents(text: str) -> str:
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _alpha2(src: Blind10Source, code: str) -> str:
    if src.eu_codes and code in _EU_ALPHA2:
        return _EU_ALPHA2[code]
    return iso_codes(code)[0]


def _name(src: Blind10Source, code: str, rng: _Rng) -> str:
    names = src.countries.get(code)
    if names:
        return choice(rng, names)
    country = pycountry.countries.get(alpha_3=code)  # a code outside the tables
    return str(country.name) if country is not None else code


def _country(
    src: Blind10Source, code: str, rng: _Rng, *, nationality: bool
) -> tuple[str, list[str]]:
    """Write one country cell as the source does; return (cell, messiness tags)."""
    style = _weighted(rng, src.nat_styles if nationality else src.place_styles)
    tags: list[str] = []
    if style == "demonym" and code in src.demonyms:
        text = choice(rng, src.demonyms[code])
        tags.append("demonym")
    elif style == "iso2":
        text = _alpha2(src, code)
        tags.append("eu_code" if text != iso_codes(code)[0] else "iso2")
    elif style == "iso3":
        text = code
        tags.append("iso3")
    else:
        text = _name(src, code, rng)
    if style in ("name", "demonym") and rng.random() < src.mess_share:
        kind = choice(rng, ("typo", "no_accents", "mojibake"))
        garbled = mojibake(text) if kind == "mojibake" else None
        if kind == "typo" and code in src.typos:
            text = choice(rng, src.typos[code])
            tags.append("typo")
        elif garbled is not None and fits(garbled, src):
            text = garbled
            tags.append("mojibake")
        elif _strip_accents(text) != text:
            text = _strip_accents(text)
            tags.append("no_accents")
    if style in ("name", "demonym") and "mojibake" not in tags and rng.random() < src.upper_share:
        text = text.upper()
        tags.append("upper")
    if rng.random() < 0.02:
        text = f" {text}  "
        tags.append("padded")
    return text, tags


def _transit(src: Blind10Source, codes: object, rng: _Rng) -> tuple[str | None, list[str]]:
    if codes is None:
        word = choice(rng, src.no_transit)
        return (word or None), (["no_transit_word"] if word else [])
    style = _weighted(rng, src.transit_style)
    parts = str(codes).split("|")
    if style == "iso2":
        cells = [_alpha2(src, c) for c in parts]
        sep = "-" if "-" in src.transit_seps else choice(rng, src.transit_seps)
        return sep.join(cells), ["transit_iso2"]
    names = [_name(src, c, rng) for c in parts]
    sep = choice(rng, tuple(s for s in src.transit_seps if s != "-") or src.transit_seps)
    text = sep.join(names)
    if rng.random() < src.upper_share:
        return text.upper(), ["transit_names", "upper"]
    return text, ["transit_names"]


def _thousands(n: int, style: str, rng: _Rng) -> str:
    text = f"{n:,}"
    if style == "dot":
        return text.replace(",", ".")
    if style == "space":
        return text.replace(",", choice(rng, (" ", "\u00a0")))
    return text


def _count(src: Blind10Source, n: int, rng: _Rng) -> tuple[object, list[str]]:
    tags = ["thousands"] if n >= 1000 else []
    if src.format == "csv" or rng.random() < src.count_text_share:
        return _thousands(n, src.count_style, rng), tags
    return n, []


def _persons(src: Blind10Source, n: object, rng: _Rng) -> tuple[object, object, list[str]]:
    if n is None:
        return None, None, []
    if rng.random() < 0.02:
        return choice(rng, src.count_placeholders), None, ["count_placeholder"]
    cell, tags = _count(src, int(n), rng)  # type: ignore[call-overload]
    return cell, int(n), tags  # type: ignore[call-overload]


def _suspects(
    src: Blind10Source, n: object, rng: _Rng, *, blank: bool
) -> tuple[object, object, list[str]]:
    if blank:
        return None, None, ["blank_n_suspects"]
    if n is None:
        return None, None, []
    k = int(n)  # type: ignore[call-overload]
    if k == 0 and rng.random() < 0.35:
        return choice(rng, src.zero_words), 0, ["zero_word"]
    if rng.random() < 0.015:
        return choice(rng, src.suspect_placeholders), None, ["suspects_placeholder"]
    cell, tags = _count(src, k, rng)
    return cell, k, tags


# --- coordinates -----------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    tenths = round(abs(value) * 36000)  # tenths of an arc-second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    hem = pos if value >= 0 else neg
    sign = 1.0 if value >= 0 else -1.0
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{hem}", round(sign * tenths / 36000, 7)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    thousandths = round(abs(value) * 60000)  # thousandths of an arc-minute
    deg, rest = divmod(thousandths, 60000)
    hem = pos if value >= 0 else neg
    sign = 1.0 if value >= 0 else -1.0
    minutes = f"{rest / 1000:06.3f}".replace(".", ",")
    return f"{deg:0{width}d}°{minutes}'{hem}", round(sign * thousandths / 60000, 7)


def _coordinates(
    src: Blind10Source, lat: object, lon: object, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], tuple[object, object], list[str]]:
    split = src.coord_style in ("split_comma", "split_dot")

    def cells(value: object, lon_value: object = None) -> dict[str, object]:
        if split:
            return {"lat": value, "lon": value if lon_value is None else lon_value}
        return {"coordinates": value}

    if blank:
        return cells(None), (None, None), ["blank_coordinates"]
    if lat is None or lon is None:
        return cells(None), (None, None), []
    if rng.random() < 0.04:
        word = choice(rng, src.coord_missing)
        return (
            cells(word or None),
            (None, None),
            ["coords_placeholder" if word else "coords_missing"],
        )
    y, x = float(lat), float(lon)  # type: ignore[arg-type]
    if src.coord_style == "split_comma":
        text_y, text_x = f"{y:.5f}".replace(".", ","), f"{x:.5f}".replace(".", ",")
        return cells(text_y, text_x), (y, x), ["coords_decimal_comma"]
    if src.coord_style == "split_dot":
        return cells(f"{y:.5f}", f"{x:.5f}"), (y, x), ["coords_decimal"]
    if src.coord_style == "pair" or (src.coord_style == "dms" and rng.random() < 0.25):
        return cells(f"{y:.5f}, {x:.5f}"), (y, x), ["coords_pair"]
    if src.coord_style == "dms":
        ty, vy = _dms(y, "N", "S")
        tx, vx = _dms(x, "E", choice(rng, ("O", "O", "W")))  # Spanish "oeste"
        return cells(f"{ty} {tx}"), (vy, vx), ["coords_dms"]
    ty, vy = _ddm(y, "N", "S", 2)
    tx, vx = _ddm(x, "E", "W", 3)
    return cells(f"{ty} {tx}"), (vy, vx), ["coords_ddm"]


# --- dates -----------------------------------------------------------------------------
def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _day_text(src: Blind10Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date in one of the source's day styles; return (cell, tag)."""
    if src.date_style == "ucrif":
        if rng.random() < 0.2:
            return ts.strftime("%d/%m/%y"), "date_dmy_yy"
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if src.date_style == "paf":
        if rng.random() < 0.15:
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_MOIS[ts.month - 1]} {ts.year}", "date_text_fr"
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if src.date_style == "hsi":
        if rng.random() < 0.2:
            return ts.strftime("%m/%d/%Y"), "date_mdy"
        return f"{ts.month}/{ts.day}/{ts.year}", "date_mdy"
    if src.date_style == "senafront":
        u = rng.random()
        if u < 0.6:
            return ts.strftime("%Y-%m-%dT00:00:00"), "date_iso_time"
        if u < 0.9:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        return f"{ts.day:02d}-{_MESES[ts.month - 1][:3]}-{ts.year}", "date_text_es"
    u = rng.random()  # EMPACT: a spreadsheet filled in by many Member States
    if u < 0.55:
        return ts.to_pydatetime(), "date_excel"
    if u < 0.8:
        return ts.strftime("%d.%m.%Y"), "date_dotted"
    if u < 0.9:
        return ts.strftime("%Y-%m-%d"), "date_iso"
    return ts.strftime("%d/%m/%Y"), "date_dmy"


def _partial_text(src: Blind10Source, ts: pd.Timestamp, prec: str, rng: _Rng) -> object:
    q, y = _quarter(ts), ts.year
    if src.date_style == "ucrif":
        if prec == "month":
            return choice(rng, (ts.strftime("%m/%Y"), f"{_MESES[ts.month - 1]} de {y}"))
        ordinal = ("1.er", "2.º", "3.er", "4.º")[q - 1]
        return choice(rng, (f"{q}T {y}", f"{ordinal} trimestre {y}"))
    if src.date_style == "paf":
        return f"{_MOIS[ts.month - 1]} {y}"
    if src.date_style == "hsi":
        return choice(
            rng, (f"{_EN_MONTHS[ts.month - 1]} {y}", f"{_EN_MONTHS[ts.month - 1][:3]}-{y}")
        )
    if prec == "month":
        return choice(rng, (ts.strftime("%m.%Y"), f"{_EN_MONTHS[ts.month - 1][:3]} {y}"))
    return choice(rng, (f"Q{q} {y}", f"{y}-Q{q}"))


#: Date style -> the precisions its source writes partial dates in.
_PARTIAL_PRECISIONS: dict[str, tuple[str, ...]] = {
    "ucrif": ("month", "quarter"),
    "paf": ("month",),
    "hsi": ("month",),
    "senafront": (),
    "empact": ("month", "quarter"),
}


def _date(
    src: Blind10Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    precisions = _PARTIAL_PRECISIONS[src.date_style]
    if partial_ok and precisions and rng.random() < 0.08:
        prec = choice(rng, precisions)
        start = ts.to_period("M" if prec == "month" else "Q").start_time
        return _partial_text(src, ts, prec, rng), start, prec, [f"date_{prec}"]
    cell, tag = _day_text(src, ts, rng)
    return cell, ts, "day", [tag]


def _bad_date(src: Blind10Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row in the source's style."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        return {
            "ucrif": f"30/02/{y}",
            "paf": f"31/04/{y}",
            "hsi": f"2/30/{y}",
            "senafront": f"{y}-02-30T00:00:00",
            "empact": f"31.02.{y}",
        }[src.date_style]
    future = ts + pd.DateOffset(years=100)  # a slip of the key: 2022 -> 2122
    cell, _ = _day_text(src, future, rng)
    return cell


def _note_date(src: Blind10Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the extraction's last day)."""
    return {
        "ucrif": last.strftime("%d/%m/%Y"),
        "paf": last.strftime("%d/%m/%Y"),
        "hsi": f"{last.month}/{last.day}/{last.year}",
        "senafront": last.strftime("%Y-%m-%dT00:00:00"),
        "empact": last.to_pydatetime(),
    }[src.date_style]


# --------------------------------------------------------------------------------------
# One event
# --------------------------------------------------------------------------------------
def _render(
    src: Blind10Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does; return (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"] or "unknown")
    cells["crime_type"] = choice(rng, src.crime[crime]) or None
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, src.not_applicable)
        cells["exploitation"] = word or None
        if word:
            tags.append("expl_not_applicable")
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
    exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"], t = _persons(src, ev["n_persons"], rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(
        src, ev["n_suspects"], rng, blank=forced_blank == "n_suspects"
    )
    tags += t

    gender = str(ev["gender"] or "unknown")
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[gender]) or None
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.mode)):
        word = str(ev[col] or "unknown")
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = choice(rng, table[word]), word

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif code is None:
            cells[col], exp[col] = None, None
        else:
            cells[col], t = _country(src, str(code), rng, nationality=col == "nationality")
            exp[col] = code
            tags += t

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    place, (exp["lat"], exp["lon"]), t = _coordinates(
        src, ev["lat"], ev["lon"], rng, blank=forced_blank == "coordinates"
    )
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_seps).join(words)
        tags.append("offences_words")
    exp["linked_offences"] = offences

    # a cell that the file's encoding cannot hold is written without its accents
    for key, value in cells.items():
        if isinstance(value, str) and not fits(value, src):
            cells[key] = _strip_accents(value)
    return cells, exp, tags


_EXAMINER: Examiner[Blind10Source] = Examiner(
    sources=BLIND10_SOURCES,
    primary={"ESP": UCRIF.source, "PAN": SENAFRONT.source, "FRA": PAF.source, "USA": HSI.source},
    compilation=EMPACT.source,
    secondary={
        ("thb_rou_esp", "ITA"): UCRIF.source,
        ("channel", "GBR"): PAF.source,
        ("darien", "PAN"): HSI.source,
        ("channel", "FRA"): EMPACT.source,
        ("watl", "ESP"): EMPACT.source,
        ("wmed", "ESP"): EMPACT.source,
        ("thb_rou_esp", "ESP"): EMPACT.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1010,
    blank_share=0.3,
)


def make_blind10(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind10`` sources' submissions (files ``*_l.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND10_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind10(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ucrif_es_l.csv', 'senafront_pa_l.jsonl', 'paf_calais_l.csv', 'hsi_us_l.csv',
     'empact_oap_l.xlsx']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
