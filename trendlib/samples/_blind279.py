"""Examiner sample set ``blind279``: women's-rights helplines and NGOs (files ``*_ju.*``).

Five sources that meet trafficked and smuggled women through their calls and case
files, each writing in its own working language and with its own tool:

``dgvg_016``
    Spain's 016 service (Delegación del Gobierno contra la Violencia de Género), which
    since 2022 also takes calls on trafficking and sexual exploitation. An XLSX export
    of its call-management system: Spanish headers, real Excel date cells (a few typed
    as text ``dd/mm/aaaa`` or left as serial numbers), nationalities as demonyms in the
    caller's gender (``marroquí``, ``rumana``), ``H``/``M`` sex codes now and then,
    ``No consta`` for what is not known, ``#¡VALOR!`` in a broken count cell.
``fnsf_3919``
    France's 3919 line (Fédération Nationale Solidarité Femmes). A CSV saved by Excel
    as "CSV (séparateur : point-virgule)": cp1252, ``;``, CRLF; day-first dates, the
    month or quarter when the caller only remembers that (``mai 2022``, ``T2 2022``,
    ``1er mai 2022``), thousands with a non-breaking space, French demonyms, "small
    boat" for the Channel crossings, and the rows that came in through the web form
    garbled (UTF-8 read as cp1252: ``Ã‰rythrÃ©e``).
``refuge_ndah``
    Refuge's National Domestic Abuse Helpline (England). Excel "Unicode text" saved
    under a ``.csv`` name: UTF-16 with its byte-order mark, tab-delimited; UK
    day-first dates or ``17 May 2023``; NRM wording (``Domestic servitude``,
    ``Criminal exploitation``), English demonyms, ``Not known``, ``1,250``.
``ayuda_mujer_pa``
    Panama's Fundación Ayuda a la Mujer, whose field teams in Darién fill a mobile
    form. JSON lines, snake-case Spanish keys, ISO dates (the month only in the old
    form version), counts as numbers (small ones typed as words: ``dos``), ``NNA``
    for children, the phone's location as ``"8.50123, -77.50012"``; the form is
    sometimes submitted twice.
``gaatw``
    The Global Alliance Against Traffic in Women's compilation of its member
    organisations' case reports (the events no helpline above reports: Italy,
    Greece, Croatia, Poland, the United States). CSV, UTF-8 with a byte-order mark,
    ``,``; ISO alpha-3 / alpha-2 / M49 numeric country codes beside names, routes as
    ``TUR > BGR > SRB``, ISO or ``17 May 2023`` dates, ``Q2 2023`` for quarterly
    member returns, latitude and longitude columns (some pasted with a decimal comma
    from the members' sheets); rows re-sent by members are repeated.

A careful analyst reads every cell as the truth says; a cell that says nothing ("No
consta", a blank, "NSP") expects nothing (or ``unknown`` in a vocabulary column), and
each such cell carries a messiness tag saying so.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["EXAMINER", "SOURCES", "HelplineSource", "make_blind279"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")
_LANG = {"en": 0, "fr": 1, "es": 2}

# --------------------------------------------------------------------------------------
# Countries: names (en, fr, es), demonyms, aliases; written for this set by hand
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

# iso3: (English, French masc., French fem., Spanish masc., Spanish fem.)
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}

_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "VNM": ("Viet Nam",),
        "IRN": ("Iran (Islamic Republic of)",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "CIV": ("Cote d'Ivoire",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "GBR": ("Inglaterra", "Gran Bretaña"),
        "USA": ("EE. UU.", "EEUU"),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
    },
}

_MONTH_NAMES: dict[str, tuple[str, ...]] = {
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

_SPANISH_NUMBERS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho")
_IMPOSSIBLE_DAYS = ((31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (31, 2))
_COUNTRY_FIELDS = ("nationality", "origin_country", "destination_country", "detection_country")
_WORD_FIELDS = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")

Words = Mapping[str, Mapping[str, tuple[str, ...]]]
Weights = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class HelplineSource(ExaminerSource):
    """One source of this set: the shared fields plus how it writes its cells.

    Attributes
    ----------
    full_dates : tuple of (str, float)
        Styles of a full date and their weights; the first is the source's usual one
        (also used for its bad dates and its note row). Styles: ``excel_dt`` (an Excel
        date cell), ``excel_serial`` (the serial number), ``dmy`` (``17/05/2023``),
        ``iso`` (``2023-05-17``), ``ymd_slash`` (``2023/05/17``) and ``d_month_y``
        (``17 May 2023``, ``1er mai 2023``, ``17 de mayo de 2023``).
    partial_dates : tuple of (str, float)
        Styles of a month or quarter: ``month_name`` (``mai 2022``), ``month_iso``
        (``2022-05``), ``quarter_q`` (``Q2 2022``), ``quarter_t`` (``T2 2022``).
    partial_share : float
        Share of the rows (outside duplicated events) dated by month or quarter only.
    nationality_styles, country_styles : tuple of (str, float)
        How a nationality and the other country cells are written: ``name``,
        ``upper``, ``lower``, ``iso2``, ``iso3``, ``numeric``, ``alias``, ``typo``,
        ``demonym`` (nationality only).
    words : mapping
        Field -> canonical word -> the source's words for it (the first is the usual).
    unknown : tuple of str
        What the source writes when a vocabulary value is not known (``""``: blank).
    not_applicable : tuple of str
        What it writes as the exploitation of a pure smuggling case (``""``: blank).
    zero_words : tuple of str
        Words for "no suspect".
    count_unknown : tuple of str
        Words for a count that is not known.
    thousands : tuple of str
        Thousands separators of text counts (empty: counts are numbers or plain).
    transit_sep, offence_sep : str
        Separators of the transit countries and of the linked offences.
    coords : str
        ``"none"``, ``"latlon"`` (two columns) or ``"pair"`` (``"lat, lon"``).
    decimal_comma : float
        Share of the coordinates written with a decimal comma.
    mojibake_share : float
        Share of the rows whose accented text is garbled (UTF-8 read as cp1252).
    count_words : bool
        Whether small counts are sometimes typed as Spanish words.
    """

    full_dates: Weights
    partial_dates: Weights
    partial_share: float
    nationality_styles: Weights
    country_styles: Weights
    words: Words
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    zero_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    thousands: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    coords: str
    decimal_comma: float
    mojibake_share: float
    count_words: bool


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_016 = HelplineSource(
    source="dgvg_016",
    filename="dgvg_016_ju.xlsx",
    ref="016-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo de violencia",
        "exploitation": "Finalidad de la explotación",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio de transporte",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos autores",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales sujetos a revisión. Fuente: Servicio 016 (DGVG)",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver observaciones"),
    repeats=False,
    full_dates=(("excel_dt", 0.8), ("dmy", 0.15), ("excel_serial", 0.05)),
    partial_dates=(("month_name", 1.0),),
    partial_share=0.04,
    nationality_styles=(("demonym", 0.5), ("name", 0.3), ("upper", 0.15), ("typo", 0.05)),
    country_styles=(("name", 0.72), ("upper", 0.2), ("typo", 0.04), ("alias", 0.04)),
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes", "Trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Prostitución forzada"),
            "forced_labour": ("Explotación laboral", "Servidumbre doméstica", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas de explotación",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres", "M"),
            "male": ("Hombre", "Hombres", "H"),
            "mixed": ("Mujeres y hombres", "Mixto"),
        },
        "age_group": {
            "child": ("Menor de edad", "Menores"),
            "adult": ("Mayor de edad", "Adultos/as"),
            "mixed": ("Mayores y menores de edad",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática", "Marítimo"),
            "land": ("Terrestre", "Vehículo particular", "A pie"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("No consta", "No consta", ""),
    not_applicable=("No procede", ""),
    zero_words=("Ninguno",),
    count_unknown=("No consta", "Sin determinar"),
    thousands=(),
    transit_sep=" - ",
    offence_sep=", ",
    coords="none",
    decimal_comma=0.0,
    mojibake_share=0.0,
    count_words=False,
)

_3919 = HelplineSource(
    source="fnsf_3919",
    filename="fnsf_3919_ju.csv",
    ref="F{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Type de violence",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes",
        "n_suspects": "Nb auteurs présumés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction logiciel d'écoute 3919 – données provisoires",
    total="Total",
    bad_count=("###", "#VALEUR!"),
    repeats=False,
    full_dates=(("dmy", 0.9), ("d_month_y", 0.1)),
    partial_dates=(("month_name", 0.6), ("quarter_t", 0.4)),
    partial_share=0.08,
    nationality_styles=(
        ("name", 0.45),
        ("demonym", 0.3),
        ("upper", 0.12),
        ("alias", 0.05),
        ("typo", 0.08),
    ),
    country_styles=(("name", 0.75), ("upper", 0.12), ("alias", 0.06), ("typo", 0.07)),
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "Traite", "TEH"),
            "smuggling": ("Trafic de migrants", "Trafic illicite de migrants (passeurs)"),
            "both": ("Traite et trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution forcée", "Proxénétisme"),
            "forced_labour": (
                "Travail forcé",
                "Servitude domestique",
                "Exploitation par le travail",
            ),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femme", "Femmes", "F"),
            "male": ("Homme", "Hommes"),
            "mixed": ("Mixte", "Femmes et hommes"),
        },
        "age_group": {
            "child": ("Mineur(e)", "Mineurs"),
            "adult": ("Majeur(e)", "Majeurs"),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Bateau", "Embarcation"),
            "land": ("Camion", "Poids lourd", "Voiture", "À pied"),
            "air": ("Avion",),
        },
        "linked_offences": {
            "document_fraud": ("Faux papiers", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("NSP", "Non renseigné", ""),
    not_applicable=("Sans objet", ""),
    zero_words=("aucun",),
    count_unknown=("NSP", "inconnu"),
    thousands=("\u00a0", " "),
    transit_sep=" / ",
    offence_sep=" + ",
    coords="none",
    decimal_comma=0.0,
    mojibake_share=0.12,
    count_words=False,
)

_REFUGE = HelplineSource(
    source="refuge_ndah",
    filename="refuge_ndah_ju.csv",
    ref="NDAH/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of incident",
        "crime_type": "Abuse type",
        "exploitation": "Exploitation type",
        "gender": "Survivor gender",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Countries travelled through",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transport_mode": "Mode of travel",
        "n_persons": "No. of people affected",
        "n_suspects": "No. of perpetrators",
        "linked_offences": "Related offences",
    },
    note="Provisional data - extracted from the helpline case management system",
    total="Total",
    bad_count=("#VALUE!", "see notes"),
    repeats=False,
    full_dates=(("dmy", 0.6), ("d_month_y", 0.4)),
    partial_dates=(("month_name", 1.0),),
    partial_share=0.04,
    nationality_styles=(("demonym", 0.6), ("name", 0.32), ("alias", 0.08)),
    country_styles=(("name", 0.82), ("alias", 0.12), ("upper", 0.06)),
    words={
        "crime_type": {
            "trafficking": ("Modern slavery / trafficking", "Human trafficking", "Trafficking"),
            "smuggling": ("People smuggling", "Smuggled"),
            "both": ("Trafficking & smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Domestic servitude"),
            "forced_criminality": ("Criminal exploitation", "Cannabis cultivation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "Woman", "F"),
            "male": ("Male", "Man"),
            "mixed": ("Mixed group", "Women and men"),
        },
        "age_group": {
            "child": ("Child (under 18)", "Under 18"),
            "adult": ("Adult (18+)", "Adult"),
            "mixed": ("Adults and children",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car", "On foot"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not known", "Prefer not to say", ""),
    not_applicable=("N/A", ""),
    zero_words=("None",),
    count_unknown=("Not known", "Unknown"),
    thousands=(",",),
    transit_sep=", ",
    offence_sep="; ",
    coords="none",
    decimal_comma=0.0,
    mojibake_share=0.0,
    count_words=False,
)

_PANAMA = HelplineSource(
    source="ayuda_mujer_pa",
    filename="ayuda_mujer_pa_ju.jsonl",
    ref="FAM-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_caso",
        "event_date": "fecha_hecho",
        "detection_country": "pais_deteccion",
        "crime_type": "tipo_delito",
        "exploitation": "fin_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "transport_mode": "medio_transporte",
        "coordinates": "ubicacion_gps",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("???", "ver nota"),
    repeats=True,
    full_dates=(("iso", 1.0),),
    partial_dates=(("month_iso", 1.0),),
    partial_share=0.05,
    nationality_styles=(("demonym", 0.6), ("name", 0.3), ("upper", 0.1)),
    country_styles=(("name", 0.85), ("upper", 0.1), ("typo", 0.05)),
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso", "Servidumbre"),
            "forced_criminality": ("Actividades ilícitas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino", "mujer"),
            "male": ("Masculino", "hombre"),
            "mixed": ("Mixto", "Grupo mixto"),
        },
        "age_group": {
            "child": ("NNA", "Niñas, niños y adolescentes", "Menor de edad"),
            "adult": ("Adulta/o", "Adultos"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("A pie", "Terrestre", "Caminando por la selva"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Sin dato", ""),
    not_applicable=("",),
    zero_words=("ninguno",),
    count_unknown=("sin dato", "desconocido"),
    thousands=(),
    transit_sep=", ",
    offence_sep="; ",
    coords="pair",
    decimal_comma=0.0,
    mojibake_share=0.0,
    count_words=True,
)

_GAATW = HelplineSource(
    source="gaatw",
    filename="gaatw_ju.csv",
    ref="GA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Record ID",
        "event_date": "Incident date",
        "detection_country": "Country of identification",
        "crime_type": "Case type",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Country of destination",
        "transport_mode": "Means of transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated crimes",
    },
    note="Compiled from GAATW member organisations' submissions; not official statistics",
    total="Grand total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=True,
    full_dates=(("iso", 0.6), ("d_month_y", 0.25), ("ymd_slash", 0.15)),
    partial_dates=(("quarter_q", 0.7), ("month_name", 0.3)),
    partial_share=0.06,
    nationality_styles=(
        ("iso3", 0.45),
        ("iso2", 0.15),
        ("name", 0.25),
        ("numeric", 0.05),
        ("alias", 0.05),
        ("demonym", 0.05),
    ),
    country_styles=(
        ("iso3", 0.5),
        ("iso2", 0.2),
        ("name", 0.22),
        ("numeric", 0.04),
        ("alias", 0.04),
    ),
    words={
        "crime_type": {
            "trafficking": ("Trafficking in persons", "TIP", "THB"),
            "smuggling": ("Smuggling of migrants", "SOM"),
            "both": ("TIP/SOM",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Forced prostitution"),
            "forced_labour": ("Forced labour", "Labour exploitation", "Domestic servitude"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed",),
        },
        "age_group": {
            "child": ("Minor", "Child"),
            "adult": ("Adult",),
            "mixed": ("Mixed ages", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Sea",),
            "land": ("Land",),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Unknown", ""),
    not_applicable=("",),
    zero_words=(),
    count_unknown=("Unknown", "n/k"),
    thousands=(",", ""),
    transit_sep=" > ",
    offence_sep="; ",
    coords="latlon",
    decimal_comma=0.15,
    mojibake_share=0.0,
    count_words=False,
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[HelplineSource, ...] = (_016, _3919, _REFUGE, _PANAMA, _GAATW)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: Weights) -> str:
    weights = np.array([w for _, w in options], dtype=float)
    return options[int(rng.choice(len(options), p=weights / weights.sum()))][0]


def _word(src: HelplineSource, rng: _Rng, field: str, value: str) -> str:
    """Return the source's word for a canonical value (usual word 60 %, else a variant)."""
    forms = src.words[field][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _typo(name: str) -> str:
    """Swap two letters in the middle of a name of 7 letters or more."""
    if len(name) < 7:
        return name
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return name
    return name[: i - 1] + b + a + name[i + 1 :]


def _country(
    src: HelplineSource, code: str, style: str, rng: _Rng, gender: object
) -> tuple[str, str]:
    """Write one ISO alpha-3 code as the source does; return (text, style visible)."""
    name = _NAMES[code][_LANG[src.language]]
    if style == "upper":
        return name.upper(), style
    if style == "lower":
        return name.lower(), style
    if style in ("iso2", "numeric"):
        alpha2, numeric = iso_codes(code)
        return (alpha2 if style == "iso2" else numeric), style
    if style == "iso3":
        return code, style
    if style == "alias":
        aliases = _ALIASES[src.language].get(code)
        return (choice(rng, aliases), style) if aliases else (name, "name")
    if style == "typo":
        typo = _typo(name)
        return (typo, style) if typo != name else (name, "name")
    if style == "demonym" and code in _DEMONYMS:
        forms = _DEMONYMS[code]
        fem = gender == "female"
        if src.language == "en":
            return forms[0], style
        word = forms[(2 if fem else 1) if src.language == "fr" else (4 if fem else 3)]
        return (word.capitalize() if rng.random() < 0.4 else word), style
    return name, "name"


def _date_cell(src: HelplineSource, style: str, ts: pd.Timestamp) -> object:
    """Write a full date in one of the source's styles."""
    lang = src.language
    if style == "excel_dt":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "excel_serial":
        return int((ts.normalize() - _EPOCH).days)
    if style == "dmy":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "iso":
        return f"{ts.year}-{ts.month:02d}-{ts.day:02d}"
    if style == "ymd_slash":
        return f"{ts.year}/{ts.month:02d}/{ts.day:02d}"
    month = _MONTH_NAMES[lang][ts.month - 1]  # "d_month_y"
    if lang == "es":
        return f"{ts.day} de {month} de {ts.year}"
    if lang == "fr":
        return f"{'1er' if ts.day == 1 else ts.day} {month} {ts.year}"
    return f"{ts.day} {month} {ts.year}"


def _partial_cell(src: HelplineSource, style: str, ts: pd.Timestamp) -> str:
    """Write the month or the quarter of a date."""
    lang = src.language
    if style == "month_iso":
        return f"{ts.year}-{ts.month:02d}"
    if style == "quarter_q":
        return f"Q{ts.quarter} {ts.year}"
    if style == "quarter_t":
        return f"T{ts.quarter} {ts.year}"
    month = _MONTH_NAMES[lang][ts.month - 1]  # "month_name"
    return f"{month} de {ts.year}" if lang == "es" else f"{month} {ts.year}"


def _count_cell(src: HelplineSource, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count: a number in XLSX and JSON, text with the source's habits in CSV."""
    if src.count_words and n < len(_SPANISH_NUMBERS) and rng.random() < 0.12:
        tags.append(f"count_word:{col}")
        return _SPANISH_NUMBERS[n]
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        sep = choice(rng, src.thousands)
        if sep:
            tags.append(f"thousands:{col}")
            return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _noisy_case(text: object, rng: _Rng, rate: float = 0.04) -> object:
    """Change the case or the spacing of a text cell now and then (meaning unchanged)."""
    if not isinstance(text, str) or not text or rng.random() >= rate:
        return text
    kind = int(rng.integers(3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _coord_text(src: HelplineSource, value: float, rng: _Rng, tags: list[str]) -> str:
    text = f"{value:.5f}"
    if src.decimal_comma and rng.random() < src.decimal_comma:
        tags.append("decimal_comma")
        return text.replace(".", ",")
    return text


def _render(
    src: HelplineSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]

    # Date: the day, or the month / quarter the caller remembers.
    if partial_ok and src.partial_share and rng.random() < src.partial_share:
        style = _weighted(rng, src.partial_dates)
        cells["event_date"] = _partial_cell(src, style, ts)
        freq = "Q" if style.startswith("quarter") else "M"
        exp["event_date"] = ts.to_period(freq).start_time
        exp["date_precision"] = "quarter" if freq == "Q" else "month"
        tags.append("partial_date")
    else:
        style = _weighted(rng, src.full_dates)
        cells["event_date"] = _date_cell(src, style, ts)
        exp["event_date"] = ts
        exp["date_precision"] = "day"
        if style != src.full_dates[0][0]:
            tags.append(f"date_style:{style}")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, rng, "crime_type", crime)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown) or None
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, rng, "exploitation", str(expl))
        exp["exploitation"] = str(expl)

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n_persons, rng, tags, "n_persons")
        exp["n_persons"] = n_persons

    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif n_suspects == 0 and src.zero_words and rng.random() < 0.35:
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_cell(src, n_suspects, rng, tags, "n_suspects")
        exp["n_suspects"] = n_suspects

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = choice(rng, src.unknown) or None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, rng, "gender", gender)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown) or None
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, rng, col, value)
            exp[col] = value

    for col in _COUNTRY_FIELDS:
        code = ev[col]
        r = rng.random()
        if code is None:
            cells[col], exp[col] = None, None
        elif forced_blank == col or (col == "nationality" and r < 0.02):
            cells[col] = (choice(rng, src.unknown) or None) if forced_blank != col else None
            exp[col] = None
            tags.append(f"blank_{col}")
        elif col in ("origin_country", "destination_country") and r < 0.04:
            cells[col], exp[col] = None, None
            tags.append(f"empty:{col}")
        else:
            styles = src.nationality_styles if col == "nationality" else src.country_styles
            text, shown = _country(src, str(code), _weighted(rng, styles), rng, ev["gender"])
            cells[col], exp[col] = text, str(code)
            if shown != "name":
                tags.append(f"{shown}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        style = _weighted(rng, src.country_styles)
        parts = [_country(src, c, style, rng, None)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)
        if style != "name":
            tags.append(f"{style}:transit_countries")

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [_word(src, rng, "linked_offences", o) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if src.coords == "none":
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
        if forced_blank == "coordinates":
            tags.append("blank_coordinates")
    elif forced_blank == "coordinates" or rng.random() < 0.05:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        if src.coords == "pair":
            cells["coordinates"] = None
        else:
            cells["lat"] = cells["lon"] = None
    else:
        exp["lat"], exp["lon"] = lat, lon
        if src.coords == "pair":
            cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        else:
            cells["lat"] = _coord_text(src, lat, rng, tags)
            cells["lon"] = _coord_text(src, lon, rng, tags)

    for col in (*_WORD_FIELDS, *_COUNTRY_FIELDS, "transit_countries"):
        noisy = _noisy_case(cells.get(col), rng)
        if noisy != cells.get(col):
            cells[col] = noisy
            tags.append(f"case:{col}")

    if src.mojibake_share and rng.random() < src.mojibake_share:  # came in via the web form
        for col in (*_WORD_FIELDS, *_COUNTRY_FIELDS, "transit_countries", "linked_offences"):
            cell = cells.get(col)
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _bad_date(src: HelplineSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    style = src.full_dates[0][0]
    if kind == "future_date":  # a mistyped year, ten years ahead
        return _date_cell(src, style, ts + pd.DateOffset(years=10))
    day, month = _IMPOSSIBLE_DAYS[int(rng.integers(len(_IMPOSSIBLE_DAYS)))]
    if style in ("iso", "ymd_slash"):
        sep = "-" if style == "iso" else "/"
        return f"{ts.year}{sep}{month:02d}{sep}{day:02d}"
    if style == "d_month_y":
        return f"{day} {_MONTH_NAMES[src.language][month - 1]} {ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"  # also typed as text in the XLSX


def _note_date(src: HelplineSource, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row (a week after the source's last row)."""
    return _date_cell(src, src.full_dates[0][0], last + pd.Timedelta(days=7))


#: The variant: who reports what first, and who may report it again.
EXAMINER: Examiner[HelplineSource] = Examiner(
    sources=SOURCES,
    primary={"ESP": "dgvg_016", "FRA": "fnsf_3919", "GBR": "refuge_ndah", "PAN": "ayuda_mujer_pa"},
    compilation="gaatw",
    secondary={
        ("channel", "FRA"): "refuge_ndah",  # the survivor later calls the UK helpline
        ("channel", "GBR"): "fnsf_3919",  # she had called 3919 from Calais
        ("thb_vnm_gbr", "GBR"): "gaatw",
        ("thb_rou_esp", "ESP"): "gaatw",
        ("thb_rou_esp", "ITA"): "dgvg_016",
        ("thb_nga_ita", "ITA"): "fnsf_3919",
        ("cmed", "ITA"): "fnsf_3919",
        ("wmed", "ESP"): "fnsf_3919",
        ("watl", "ESP"): "gaatw",
        ("darien", "PAN"): "gaatw",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=279_279,
    blank_share=0.3,
)


def make_blind279(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five women's-rights sources of ``blind279`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``dgvg_016`` (XLSX), ``fnsf_3919`` (CSV, cp1252, ``;``), ``refuge_ndah`` (CSV,
        UTF-16, tab), ``ayuda_mujer_pa`` (JSON lines) and ``gaatw`` (CSV, UTF-8 with
        BOM, ``,``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind279(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgvg_016_ju.xlsx', 'fnsf_3919_ju.csv', 'refuge_ndah_ju.csv',
     'ayuda_mujer_pa_ju.jsonl', 'gaatw_ju.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8-sig']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> list(subs[1].frame.columns[:3])
    ['N° fiche', 'Date des faits', 'Type de violence']
    """
    return make_examined(EXAMINER, truth, seed=seed)
