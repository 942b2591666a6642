"""Examiner sample set ``blind171`` (files ``*_fq.*``): five reporters seen from the US.

Five agencies the cleaner was never tuned on, each writing its own way:

``dhs_ccht_fq.xlsx``
    DHS Center for Countering Human Trafficking, Washington: the case tracker workbook of
    the events encountered on the US side of the south-west border. English, US wording
    ("Alien Smuggling", "Labor Trafficking", "Juvenile", "Tractor-Trailer"), citizenship in
    capitals as the DHS systems print it, real Excel dates with a few typed month-first
    dates (``05/17/2023``), bare serial numbers and month-only dates, numeric coordinates
    (a few swapped), re-sent rows.
``make_the_road_ny_fq.csv``
    Make the Road New York, a Queens worker centre and Latin American community
    organisation: its asylum-clinic intake log, where members tell their crossing of the
    Darién gap (and of the US border). Spanish, cp1252 with ``,`` (a Windows Excel in a US
    locale), day-first dates or only the month the person remembers, demonyms
    ("venezolana"), "coyotaje", "NNA", US thousands commas, number words, no coordinates,
    and mojibake in the answers pasted from the UTF-8 form export.
``ssi_ambafrance_washington_fq.csv``
    Service de sécurité intérieure of the French embassy in Washington: the liaison desk's
    table of Channel departures and arrivals shared with US partners. French, UTF-8 with
    BOM and ``;`` (French Excel "CSV UTF-8"), day-first dates, "17 mai 2023", "1er",
    "T2 2023", "mis en cause", "néant", "proxénétisme", "RU" and "Angleterre" for the
    United Kingdom, decimal commas and some degrees-minutes-seconds.
``state_jtip_fq.csv``
    US Department of State, Office to Monitor and Combat Trafficking in Persons: its
    tracker of embassy reporting from Rome, London, Madrid and Paris. English, UTF-16 with
    tabs (Excel's "Unicode Text"), "May 17, 2023" and ``05/17/2023`` (month first),
    "Q2 2023", "official complicity", "Türkiye", demonyms, number words, no coordinates.
``interpol_washington_fq.jsonl``
    INTERPOL Washington (the US National Central Bureau): the JSON lines export of the
    diffusions and case messages of foreign bureaux, the compilation source. English keys,
    upper-case codes ("SOM", "FORCED_LABOUR"), ISO alpha-3 (some alpha-2 and numeric)
    codes, ISO dates and UTC timestamps, ``"lat,lon"`` points, JSON arrays for the transit
    countries and linked offences, re-sent records.

The truth expects what a careful analyst reads from each cell: a placeholder count ("Unk",
"no sabe") keeps the record with no count, an unreadable one ("see narrative", "une
dizaine") is quarantined, a month or a quarter is the first day of the period, a demonym
or a code is the country, a swapped latitude/longitude pair is put back, an unknown word is
``unknown`` (or no value for a country), a source without coordinates gives none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND171", "SOURCES", "Source171", "make_blind171"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish) names, written for this set
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
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names the agencies use, per language (first = the usual one).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "USA": ("USA", "U.S.", "US"),
        "GBR": ("UK", "Great Britain"),
        "CHN": ("PRC",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
        "GMB": ("Gambia",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("RU", "Angleterre"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "USA"),
        "GBR": ("Inglaterra",),
    },
}

#: Small typos the clerks make, per language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "COL": "Columbia",
        "GTM": "Guatamala",
        "HND": "Hondurus",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "MEX": "Mexcio",
        "AFG": "Afganistan",
        "NGA": "Nigera",
        "VNM": "Veitnam",
        "ROU": "Romainia",
        "MAR": "Morrocco",
        "SEN": "Senagal",
        "ERI": "Eritria",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "IRQ": "Iraq",
        "VNM": "Viet-Nam",
        "SYR": "Syrrie",
        "ALB": "Albannie",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "COL": "Colonbia",
        "HTI": "Haiti",
        "PAN": "Panama",
        "MEX": "Mexico",
        "GTM": "Guatemla",
        "HND": "Hondurás",
    },
}

#: Demonyms of the nationalities: English, French (m, f) and Spanish (m, f).
_DEMONYMS: dict[str, tuple[str, tuple[str, str], tuple[str, str]]] = {
    "AFG": ("Afghan", ("afghan", "afghane"), ("afgano", "afgana")),
    "ALB": ("Albanian", ("albanais", "albanaise"), ("albanés", "albanesa")),
    "BGD": ("Bangladeshi", ("bangladais", "bangladaise"), ("bangladesí", "bangladesí")),
    "CHN": ("Chinese", ("chinois", "chinoise"), ("chino", "china")),
    "CIV": ("Ivorian", ("ivoirien", "ivoirienne"), ("marfileño", "marfileña")),
    "CMR": ("Cameroonian", ("camerounais", "camerounaise"), ("camerunés", "camerunesa")),
    "COL": ("Colombian", ("colombien", "colombienne"), ("colombiano", "colombiana")),
    "DZA": ("Algerian", ("algérien", "algérienne"), ("argelino", "argelina")),
    "ECU": ("Ecuadorian", ("équatorien", "équatorienne"), ("ecuatoriano", "ecuatoriana")),
    "EGY": ("Egyptian", ("égyptien", "égyptienne"), ("egipcio", "egipcia")),
    "ERI": ("Eritrean", ("érythréen", "érythréenne"), ("eritreo", "eritrea")),
    "GIN": ("Guinean", ("guinéen", "guinéenne"), ("guineano", "guineana")),
    "GMB": ("Gambian", ("gambien", "gambienne"), ("gambiano", "gambiana")),
    "GTM": ("Guatemalan", ("guatémaltèque", "guatémaltèque"), ("guatemalteco", "guatemalteca")),
    "HND": ("Honduran", ("hondurien", "hondurienne"), ("hondureño", "hondureña")),
    "HTI": ("Haitian", ("haïtien", "haïtienne"), ("haitiano", "haitiana")),
    "IRN": ("Iranian", ("iranien", "iranienne"), ("iraní", "iraní")),
    "IRQ": ("Iraqi", ("irakien", "irakienne"), ("iraquí", "iraquí")),
    "MAR": ("Moroccan", ("marocain", "marocaine"), ("marroquí", "marroquí")),
    "MEX": ("Mexican", ("mexicain", "mexicaine"), ("mexicano", "mexicana")),
    "MLI": ("Malian", ("malien", "malienne"), ("maliense", "maliense")),
    "NGA": ("Nigerian", ("nigérian", "nigériane"), ("nigeriano", "nigeriana")),
    "PAK": ("Pakistani", ("pakistanais", "pakistanaise"), ("pakistaní", "pakistaní")),
    "ROU": ("Romanian", ("roumain", "roumaine"), ("rumano", "rumana")),
    "SEN": ("Senegalese", ("sénégalais", "sénégalaise"), ("senegalés", "senegalesa")),
    "SYR": ("Syrian", ("syrien", "syrienne"), ("sirio", "siria")),
    "TUN": ("Tunisian", ("tunisien", "tunisienne"), ("tunecino", "tunecina")),
    "TUR": ("Turkish", ("turc", "turque"), ("turco", "turca")),
    "VEN": ("Venezuelan", ("vénézuélien", "vénézuélienne"), ("venezolano", "venezolana")),
    "VNM": ("Vietnamese", ("vietnamien", "vietnamienne"), ("vietnamita", "vietnamita")),
    "YEM": ("Yemeni", ("yéménite", "yéménite"), ("yemení", "yemení")),
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles giving only a month or a quarter.
_MONTH_STYLES = frozenset({"us_month", "fr_month", "es_month", "es_month_num", "iso_month"})
_QUARTER_STYLES = frozenset({"quarter_q", "fr_quarter"})


@dataclass(frozen=True)
class Source171(ExaminerSource):
    """One agency of the set: the shared attributes plus its own words and habits.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the agency's words for it (first = the usual one).
    not_applicable : tuple
        Exploitation cell of a pure smuggling row (``None`` = left blank).
    unknown : tuple of str
        What the agency writes for a category it does not know.
    nat_unknown : tuple of str
        What it writes for a nationality it does not know.
    placeholders : tuple
        Count cells saying the number is not known (``None`` = JSON null).
    zero_words : tuple of str
        Words for "no suspect".
    number_words : tuple of str
        Words for the numbers from 0 (empty: the agency writes digits only).
    offence_seps, transit_seps : tuple of str
        Separators of the linked offences and of the transit countries.
    direct : tuple of str
        Transit cell of a direct journey, besides a blank one.
    arrays : bool
        Whether lists (transit countries, linked offences) are JSON arrays.
    dates : mapping
        Date style -> weight.
    day_style : str
        The style of a full date the agency falls back on (notes, future dates).
    bad_dates : tuple of str
        Impossible dates it types, :meth:`str.format` patterns of ``y``, ``m``, ``d``.
    countries : mapping
        Country column -> style -> weight (``name``, ``upper``, ``lower``, ``demonym``,
        ``alias``, ``typo``, ``mojibake``, ``iso2``, ``iso3``, ``num``).
    coords : str
        ``"none"``, ``"numbers"`` (two numeric cells), ``"comma_dms"`` (decimal commas
        or degrees-minutes-seconds) or ``"pair"`` (one ``"lat,lon"`` cell).
    thousands : tuple of str
        Thousands separators of counts of 1,000 or more (empty: none).
    case_rate : float
        Share of text cells with stray case or spaces.
    """

    crime: _Words
    exploitation: _Words
    not_applicable: tuple[str | None, ...]
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    unknown: tuple[str, ...]
    nat_unknown: tuple[str, ...]
    placeholders: tuple[str | None, ...]
    zero_words: tuple[str, ...]
    number_words: tuple[str, ...]
    offence_seps: tuple[str, ...]
    transit_seps: tuple[str, ...]
    direct: tuple[str, ...]
    arrays: bool
    dates: Mapping[str, float]
    day_style: str
    bad_dates: tuple[str, ...]
    countries: Mapping[str, Mapping[str, float]]
    coords: str
    thousands: tuple[str, ...]
    case_rate: float


_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ES_NUMBERS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")

CCHT = Source171(
    source="dhs_ccht",
    filename="dhs_ccht_fq.xlsx",
    ref="CCHT-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Encounter Date",
        "crime_type": "Case Category",
        "exploitation": "Trafficking Type",
        "n_persons": "# Victims/Aliens",
        "n_suspects": "# Subjects",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Country of Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Encounter",
        "transit_countries": "Transit Countries",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note="Data as of run date - preliminary, subject to change. Do not disseminate.",
    total="TOTAL",
    bad_count=("see narrative", "#VALUE!", "multiple"),
    repeats=True,
    crime={
        "smuggling": ("Alien Smuggling", "Human Smuggling", "Smuggling"),
        "trafficking": ("Human Trafficking", "HT"),
        "both": ("Smuggling w/ Trafficking", "HT/Smuggling"),
    },
    exploitation={
        "sexual": ("Sex Trafficking", "Commercial Sex"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    not_applicable=(None, None, "N/A"),
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Male & Female", "Mixed"),
    },
    age={
        "adult": ("Adult", "18+"),
        "child": ("Juvenile", "Minor", "UAC"),
        "mixed": ("Adult & Juvenile", "Mixed"),
    },
    transport={
        "land": ("Vehicle", "Foot", "Tractor-Trailer", "Land"),
        "sea": ("Vessel", "Boat"),
        "air": ("Commercial Air", "Aircraft"),
    },
    offences={
        "document_fraud": ("Document Fraud", "Fraudulent Documents"),
        "corruption": ("Bribery", "Public Corruption"),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Narcotics", "Drug Smuggling"),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Unknown", "UNK"),
    nat_unknown=("UNKNOWN", "Unk"),
    placeholders=("Unk", "TBD", "Unknown"),
    zero_words=("None",),
    number_words=(),
    offence_seps=("; ", ", "),
    transit_seps=("; ", ", "),
    direct=("None", "Direct"),
    arrays=False,
    dates={"xl_date": 0.68, "us_slash": 0.2, "xl_serial": 0.07, "us_month": 0.05},
    day_style="xl_date",
    bad_dates=("02/30/{y}", "04/31/{y}", "{m:02d}/00/{y}"),
    countries={
        "nationality": {"upper": 0.78, "name": 0.12, "typo": 0.05, "alias": 0.05},
        "origin_country": {"upper": 0.8, "name": 0.12, "typo": 0.05, "alias": 0.03},
        "destination_country": {"upper": 0.55, "alias": 0.4, "name": 0.05},
        "detection_country": {"upper": 0.6, "alias": 0.4},
        "transit_countries": {"upper": 0.85, "name": 0.1, "typo": 0.05},
    },
    coords="numbers",
    thousands=(),
    case_rate=0.04,
)

MRNY = Source171(
    source="make_the_road_ny",
    filename="make_the_road_ny_fq.csv",
    ref="MRNY-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Número de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde ocurrió",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos de las entrevistas de admisión de la clínica de asilo, uso interno",
    total="TOTAL",
    bad_count=("varios", "muchos", "un grupo"),
    repeats=False,
    crime={
        "smuggling": ("tráfico de migrantes", "coyotaje", "tráfico"),
        "trafficking": ("trata de personas", "trata"),
        "both": ("trata y tráfico", "tráfico con fines de trata"),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("obligado a delinquir", "delitos forzados"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    not_applicable=(None, None, "no aplica"),
    gender={
        "female": ("mujer", "mujeres", "femenino"),
        "male": ("hombre", "hombres", "masculino"),
        "mixed": ("hombres y mujeres", "mixto"),
    },
    age={
        "adult": ("adultos", "adulto", "mayor de edad"),
        "child": ("menores", "menor", "NNA"),
        "mixed": ("adultos y menores", "adultos y NNA"),
    },
    transport={
        "land": ("a pie", "caminando", "terrestre", "bus"),
        "sea": ("lancha", "bote", "marítimo"),
        "air": ("avión", "aéreo"),
    },
    offences={
        "document_fraud": ("documentos falsos", "falsificación de documentos"),
        "corruption": ("soborno", "corrupción"),
        "money_laundering": ("lavado de dinero",),
        "illicit_goods": ("drogas", "narcotráfico"),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    unknown=("no sabe", "s/d", "desconocido"),
    nat_unknown=("no sabe", "desconocida"),
    placeholders=("no sabe", "s/d", "N/S"),
    zero_words=("ninguno", "no hubo"),
    number_words=_ES_NUMBERS,
    offence_seps=(", ", " y "),
    transit_seps=(" - ", ", ", " > "),
    direct=("directo", "ninguno"),
    arrays=False,
    dates={"dmy": 0.55, "dmy_yy": 0.1, "es_month": 0.25, "es_month_num": 0.1},
    day_style="dmy",
    bad_dates=("30/02/{y}", "31/04/{y}", "31/06/{y}"),
    countries={
        "nationality": {"demonym": 0.6, "name": 0.27, "typo": 0.05, "mojibake": 0.08},
        "origin_country": {"name": 0.84, "typo": 0.06, "mojibake": 0.06, "lower": 0.04},
        "destination_country": {"name": 0.5, "alias": 0.44, "mojibake": 0.06},
        "detection_country": {"name": 0.84, "typo": 0.06, "mojibake": 0.1},
        "transit_countries": {"name": 0.86, "typo": 0.06, "mojibake": 0.08},
    },
    coords="none",
    thousands=(",",),
    case_rate=0.06,
)

SSI = Source171(
    source="ssi_ambafrance_washington",
    filename="ssi_ambafrance_washington_fq.csv",
    ref="SSI-WAS/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Référence",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires et non exhaustives, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "cf. PV"),
    repeats=False,
    crime={
        "smuggling": (
            "aide à l'entrée irrégulière",
            "filière d'immigration irrégulière",
            "trafic de migrants",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + filière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    not_applicable=(None, "sans objet", "SO"),
    gender={
        "female": ("femme", "F", "féminin"),
        "male": ("homme", "H", "masculin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeur", "majeurs", "adulte"),
        "child": ("mineur", "MNA", "mineurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "maritime", "canot pneumatique"),
        "land": ("poids lourd", "PL", "routier", "véhicule léger"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown=("NR", "inconnu", "non renseigné"),
    nat_unknown=("NR", "indéterminée"),
    placeholders=("NC", "inconnu", "non communiqué"),
    zero_words=("néant", "aucun"),
    number_words=(),
    offence_seps=(" / ", " + ", ", "),
    transit_seps=(" > ", " / ", ", "),
    direct=("direct", "aucun"),
    arrays=False,
    dates={"dmy": 0.7, "fr_long": 0.15, "fr_month": 0.1, "fr_quarter": 0.05},
    day_style="dmy",
    bad_dates=("31/06/{y}", "30/02/{y}", "00/{m:02d}/{y}"),
    countries={
        "nationality": {"demonym": 0.7, "name": 0.25, "typo": 0.05},
        "origin_country": {"name": 0.88, "typo": 0.06, "upper": 0.06},
        "destination_country": {"name": 0.72, "alias": 0.28},
        "detection_country": {"name": 0.9, "iso2": 0.1},
        "transit_countries": {"name": 0.8, "iso2": 0.2},
    },
    coords="comma_dms",
    thousands=("\u00a0", " ", "\u202f"),
    case_rate=0.05,
)

JTIP = Source171(
    source="state_jtip",
    filename="state_jtip_fq.csv",
    ref="TIP-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Tracker ID",
        "event_date": "Incident Date",
        "crime_type": "Crime",
        "exploitation": "Form of Exploitation",
        "n_persons": "Victims/Migrants",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Host Country",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Travel",
        "linked_offences": "Nexus Crimes",
    },
    note="Note: compiled from post reporting (Rome, Madrid, London, Paris); unverified",
    total="Total",
    bad_count=("several", "dozens", "see cable"),
    repeats=False,
    crime={
        "smuggling": ("migrant smuggling", "smuggling"),
        "trafficking": ("trafficking in persons", "TIP", "human trafficking"),
        "both": ("TIP/smuggling", "smuggling and trafficking"),
    },
    exploitation={
        "sexual": ("sex trafficking",),
        "forced_labour": ("forced labor", "labor trafficking"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    not_applicable=(None, "n/a"),
    gender={
        "female": ("female", "women"),
        "male": ("male", "men"),
        "mixed": ("mixed", "men and women"),
    },
    age={
        "adult": ("adult", "adults"),
        "child": ("child", "minor", "children"),
        "mixed": ("adults and children", "mixed"),
    },
    transport={
        "sea": ("boat", "sea", "vessel"),
        "land": ("overland", "truck", "land"),
        "air": ("air", "commercial flight"),
    },
    offences={
        "document_fraud": ("document fraud", "fraudulent documents"),
        "corruption": ("official complicity", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "narcotics"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("unknown", "not specified"),
    nat_unknown=("unknown", "not specified"),
    placeholders=("unknown", "not reported"),
    zero_words=("none",),
    number_words=_EN_NUMBERS,
    offence_seps=(", ", "; "),
    transit_seps=(", ", " > "),
    direct=("direct", "none"),
    arrays=False,
    dates={"us_long": 0.5, "us_slash": 0.32, "us_month": 0.08, "quarter_q": 0.1},
    day_style="us_long",
    bad_dates=("February 30, {y}", "April 31, {y}", "June 31, {y}"),
    countries={
        "nationality": {"demonym": 0.55, "name": 0.35, "alias": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.85, "alias": 0.1, "typo": 0.05},
        "destination_country": {"name": 0.8, "alias": 0.2},
        "detection_country": {"name": 0.9, "alias": 0.1},
        "transit_countries": {"name": 0.9, "alias": 0.1},
    },
    coords="none",
    thousands=(",",),
    case_rate=0.04,
)

USNCB = Source171(
    source="interpol_washington",
    filename="interpol_washington_fq.jsonl",
    ref="USNCB/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "eventDate",
        "crime_type": "offenceType",
        "exploitation": "exploitationType",
        "n_persons": "personsCount",
        "n_suspects": "suspectsCount",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationalityIso",
        "origin_country": "originIso",
        "destination_country": "destinationIso",
        "detection_country": "detectedIn",
        "transit_countries": "transitIso",
        "transport_mode": "transportMode",
        "coordinates": "geo",
        "linked_offences": "linkedOffences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("MULTIPLE", "see attached"),
    repeats=True,
    crime={
        "smuggling": ("SOM",),
        "trafficking": ("THB",),
        "both": ("THB+SOM", "THB/SOM"),
    },
    exploitation={
        "sexual": ("SEXUAL_EXPLOITATION",),
        "forced_labour": ("FORCED_LABOUR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    not_applicable=(None,),
    gender={"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
    age={"adult": ("ADULT",), "child": ("MINOR", "CHILD"), "mixed": ("MIXED",)},
    transport={"sea": ("SEA",), "land": ("LAND", "ROAD"), "air": ("AIR",)},
    offences={
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("ILLICIT_GOODS", "DRUGS"),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    unknown=("UNKNOWN",),
    nat_unknown=("XXX",),
    placeholders=(None,),
    zero_words=(),
    number_words=(),
    offence_seps=(),
    transit_seps=(),
    direct=(),
    arrays=True,
    dates={"iso": 0.55, "iso_ts": 0.2, "iso_slash": 0.1, "iso_month": 0.15},
    day_style="iso",
    bad_dates=("{y}-02-30", "{y}-04-31", "{y}-06-31"),
    countries={
        "nationality": {"iso3": 0.85, "iso2": 0.15},
        "origin_country": {"iso3": 0.8, "iso2": 0.1, "num": 0.1},
        "destination_country": {"iso3": 0.9, "iso2": 0.1},
        "detection_country": {"iso3": 0.9, "iso2": 0.1},
        "transit_countries": {"iso3": 1.0},
    },
    coords="pair",
    thousands=(),
    case_rate=0.0,
)

#: The five sources, in the order their submissions are returned.
SOURCES: tuple[Source171, ...] = (CCHT, MRNY, SSI, JTIP, USNCB)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _day_text(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a day (or its month or quarter) in one of the set's date styles."""
    m = ts.month - 1
    if style == "xl_date":
        return ts.to_pydatetime()
    if style == "xl_serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "us_slash":
        return ts.strftime("%m/%d/%Y")
    if style == "us_long":
        return f"{MONTHS[m]} {ts.day}, {ts.year}"
    if style == "us_month":
        return f"{MONTHS[m]} {ts.year}"
    if style == "quarter_q":
        return f"Q{ts.quarter} {ts.year}"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_yy":
        return ts.strftime("%d/%m/%y")
    if style == "fr_long":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[m]} {ts.year}"
    if style == "fr_month":
        return f"{_MONTHS_FR[m]} {ts.year}"
    if style == "fr_quarter":
        return f"T{ts.quarter} {ts.year}"
    if style == "es_month":
        return f"{_MONTHS_ES[m]} {ts.year}"
    if style == "es_month_num":
        return ts.strftime("%m/%Y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_ts":
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z"
    if style == "iso_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "iso_month":
        return ts.strftime("%Y-%m")
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - table typo


def _date_cell(
    src: Source171, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of a row's date."""
    weights = dict(src.dates)
    if not partial_ok:
        weights = {k: v for k, v in weights.items() if k not in _MONTH_STYLES | _QUARTER_STYLES}
    style = _draw(rng, weights)
    cell = _day_text(style, ts, rng)
    tags = [f"date:{style}"]
    if style in _MONTH_STYLES:
        return cell, ts.to_period("M").start_time, "month", [*tags, "partial_date"]
    if style in _QUARTER_STYLES:
        return cell, ts.to_period("Q").start_time, "quarter", [*tags, "partial_date"]
    return cell, ts.normalize(), "day", tags


def _bad_date(src: Source171, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot give the event's date (none, impossible, future)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return choice(rng, src.bad_dates).format(y=ts.year, m=ts.month, d=ts.day)
    later = ts.replace(year=ts.year + 10, day=min(ts.day, 28))  # a slip of the year
    return _day_text(src.day_style, later, rng)


def _note_date(src: Source171, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day of the extract's last event."""
    return _day_text(src.day_style, last, np.random.default_rng(0))


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Pick the usual word 60 % of the time, another variant otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _noise(text: str, src: Source171, rng: _Rng) -> tuple[str, bool]:
    """Stray case or spaces on ``src.case_rate`` of the cells."""
    if src.case_rate <= 0 or rng.random() >= src.case_rate:
        return text, False
    k = int(rng.integers(4))
    out = (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text}  "
        if k == 2
        else text + " "
    )
    return out, out != text


def _country(
    src: Source171, iso: str, col: str, rng: _Rng, *, female: bool = False
) -> tuple[str, str]:
    """Write one country the agency's way; return (text, style shown)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    style = _draw(rng, src.countries[col])
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "demonym" and iso in _DEMONYMS:
        en, fr, es = _DEMONYMS[iso]
        text = en if lang == "en" else (fr if lang == "fr" else es)[1 if female else 0]
    elif style == "alias" and iso in _ALIASES[lang]:
        options = _ALIASES[lang][iso]
        if lang == "fr" and iso == "GBR" and col != "destination_country":
            options = ()  # "RU" and "Angleterre" only where the crossing goes to
        if options:
            text = choice(rng, options)
            if src.source == CCHT.source:
                text = text.upper()
    elif style == "typo" and iso in _TYPOS[lang]:
        text = _TYPOS[lang][iso]
        if src.source == CCHT.source:
            text = text.upper()
    elif style == "mojibake":
        text = mojibake(name) or name
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "num":
        text = iso_codes(iso)[1]
    shown = style if text not in (name, name.upper()) or style in ("iso3", "upper") else "name"
    return text, shown


def _count(src: Source171, n: int, rng: _Rng) -> object:
    """Write a count of persons (digits, thousands separators; numbers in XLSX/JSONL)."""
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds (a tenth of a second) as a French clerk types them."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"


def _render(
    src: Source171,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], dtags = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += dtags

    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    cells["crime_type"] = _word(rng, src.crime[crime])

    expl = ev["exploitation"]
    if crime == "smuggling":
        exp["exploitation"] = None
        cells["exploitation"] = src.not_applicable[int(rng.integers(len(src.not_applicable)))]
    elif expl is None or rng.random() < 0.04:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = None if rng.random() < 0.5 else choice(rng, src.unknown)
        tags.append("unknown:exploitation")
    else:
        exp["exploitation"] = str(expl)
        cells["exploitation"] = _word(rng, src.exploitation[str(expl)])

    # persons: a placeholder keeps the record without a count
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        exp["n_persons"] = None
        cells["n_persons"] = src.placeholders[int(rng.integers(len(src.placeholders)))]
        tags.append("count_placeholder")
    elif src.number_words and n < len(src.number_words) and rng.random() < 0.06:
        exp["n_persons"] = n
        cells["n_persons"] = src.number_words[n]
        tags.append("spelled_count:n_persons")
    else:
        exp["n_persons"] = n
        cells["n_persons"] = _count(src, n, rng)
        if isinstance(cells["n_persons"], str) and not cells["n_persons"].isdigit():
            tags.append("thousands:n_persons")

    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        exp["n_suspects"], cells["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        exp["n_suspects"] = None
        cells["n_suspects"] = src.placeholders[int(rng.integers(len(src.placeholders)))]
        tags.append("suspects_placeholder")
    elif s == 0 and src.zero_words and r < 0.5:
        exp["n_suspects"] = 0
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    elif src.number_words and 0 < s < len(src.number_words) and r < 0.15:
        exp["n_suspects"] = s
        cells["n_suspects"] = src.number_words[s]
        tags.append("spelled_count:n_suspects")
    else:
        exp["n_suspects"] = s
        cells["n_suspects"] = _count(src, s, rng)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        exp["gender"] = "unknown"
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        tags.append("blank_gender")
    else:
        exp["gender"] = gender
        cells["gender"] = _word(rng, src.gender[gender])
    for col, words in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.03:
            exp[col] = "unknown"
            cells[col] = choice(rng, src.unknown) if rng.random() < 0.7 else None
            tags.append(f"na_word:{col}")
        else:
            exp[col] = value
            cells[col] = _word(rng, words[value])

    female = gender == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        exp["nationality"], cells["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        exp["nationality"] = None
        cells["nationality"] = choice(rng, src.nat_unknown)
        tags.append("blank_nationality")
    else:
        exp["nationality"] = nat
        cells["nationality"], shown = _country(src, nat, "nationality", rng, female=female)
        tags.append(f"{shown}:nationality")
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        exp[col] = iso
        cells[col], shown = _country(src, iso, col, rng)
        tags.append(f"{shown}:{col}")
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"], cells["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        exp["detection_country"] = det
        cells["detection_country"], shown = _country(src, det, "detection_country", rng)
        tags.append(f"{shown}:detection_country")

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if src.arrays:
            cells["transit_countries"] = [] if rng.random() < 0.5 else None
        elif src.direct and rng.random() < 0.5:
            cells["transit_countries"] = choice(rng, src.direct)
            tags.append("direct_word")
        else:
            cells["transit_countries"] = None
    else:
        parts = [_country(src, c, "transit_countries", rng)[0] for c in str(transit).split("|")]
        if src.arrays:
            cells["transit_countries"] = parts
        else:
            cells["transit_countries"] = choice(rng, src.transit_seps).join(parts)
        tags.append("transit_list")

    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is None:
        cells["linked_offences"] = [] if src.arrays and rng.random() < 0.3 else None
    else:
        named = [_word(rng, src.offences[o]) for o in str(off).split("|")]
        if src.arrays:
            cells["linked_offences"] = named
        else:
            cells["linked_offences"] = choice(rng, src.offence_seps).join(named)
        tags.append("offence_list")

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = lat, lon
    if src.coords == "none":
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif src.coords == "numbers":
        if rng.random() < 0.02:  # typed into the wrong columns: the latitude is impossible
            cells["lat"], cells["lon"] = round(lon, 5), round(lat, 5)
            tags.append("coords_swapped")
        else:
            cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
    elif src.coords == "comma_dms":
        if rng.random() < 0.2:
            cells["lat"], cells["lon"] = _dms(lat, "N", "S"), _dms(lon, "E", "W")
            tags.append("coords_dms")
        else:
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")
            tags.append("coords_decimal_comma")
    else:
        cells["coordinates"] = f"{lat:.5f},{lon:.5f}"

    for col in (
        "crime_type",
        "exploitation",
        "gender",
        "age_group",
        "transport_mode",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
    ):
        cell = cells.get(col)
        if isinstance(cell, str):
            cells[col], changed = _noise(cell, src, rng)
            if changed:
                tags.append(f"case:{col}")
    return cells, exp, tags


#: The variant: who reports what first, and who may report it again.
BLIND171: Examiner[Source171] = Examiner(
    sources=SOURCES,
    primary={
        "USA": CCHT.source,
        "PAN": MRNY.source,
        "FRA": SSI.source,
        "ITA": JTIP.source,
        "GBR": JTIP.source,
    },
    compilation=USNCB.source,
    secondary={
        ("us_mex", "USA"): MRNY.source,
        ("darien", "PAN"): USNCB.source,
        ("channel", "FRA"): JTIP.source,
        ("channel", "GBR"): SSI.source,
        ("thb_vnm_gbr", "GBR"): SSI.source,
        ("cmed", "ITA"): USNCB.source,
        ("thb_nga_ita", "ITA"): USNCB.source,
        ("thb_rou_esp", "ESP"): JTIP.source,
        ("thb_rou_esp", "ITA"): USNCB.source,
        ("wmed", "ESP"): JTIP.source,
        ("watl", "ESP"): JTIP.source,
        ("emed", "GRC"): JTIP.source,
        ("wbal", "HRV"): JTIP.source,
        ("blr_pol", "POL"): JTIP.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=171,
    blank_share=0.3,
)


def make_blind171(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind171`` submissions (files ``*_fq.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        DHS CCHT (XLSX), Make the Road New York (CSV, cp1252, ``,``), the French
        embassy's SSI in Washington (CSV, UTF-8 with BOM, ``;``), State J/TIP (CSV,
        UTF-16, tabs) and INTERPOL Washington (JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind171(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dhs_ccht_fq.xlsx', 'make_the_road_ny_fq.csv', 'ssi_ambafrance_washington_fq.csv',
     'state_jtip_fq.csv', 'interpol_washington_fq.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Référence', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND171, truth, seed=seed)
