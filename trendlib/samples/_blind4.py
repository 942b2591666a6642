"""The fourth examiner's held-out sample set (``variant="blind4"``, files ``*_f.*``).

Five submissions written the way five agencies that no earlier variant imitated would
send them to a regional analysis unit, from this module's own wording (headers, country
names and nationalities, value words, date and number habits):

``bundespolizei_de_f.csv``
    German Federal Police, in English as a German clerk writes it: cp1252, ``;``,
    day-first dotted dates (``17.05.2023``), decimal-comma coordinates, a re-sent batch.
    First reporter of the Polish and Croatian detections.
``hellenic_coast_guard_gr_f.jsonl``
    Hellenic Coast Guard incident export (JSON lines, UTF-8): month-first dates
    (``5/17/2023``, an en-US system locale) beside ``2023/05/17`` and timestamps, one
    ``"lat, lon"`` text field, UN-style country names. First reporter of Greece.
``gendarmerie_sn_f.csv``
    Senegalese Gendarmerie, French, UTF-8 with BOM, ``;``: ``17/05/2023``, ``17 mai 2023``,
    Excel serials, ``T2 2023``, nationalities written as adjectives (``sénégalaise``), thin
    spaces in large counts, a re-sent batch. First reporter of Spain (Atlantic and
    Western Mediterranean departures followed up with the Guardia Civil).
``inm_guardia_nacional_mx_f.xlsx``
    Mexican National Migration Institute and National Guard, Spanish, XLSX: real Excel
    dates, serial numbers, ``17 de mayo de 2023``, Mexican wording (*probables
    responsables*, *tráfico de indocumentados*), swapped coordinates. First reporter of
    Panama and the United States.
``fedpol_ch_f.csv``
    Swiss Federal Office of Police liaison compilation, French, UTF-8, ``,``: dotted and
    ISO dates, ISO codes in any case, ``"lat, lon"`` text. Reports everything else (Italy,
    France, the United Kingdom) and repeats many events first reported by others.

The rows are laid out by the shared machinery of :mod:`trendlib.samples._examiner`; this
module only says how each agency writes one event (:func:`_render`) and what the truth
expects of it. Every planted value stays recoverable by a careful analyst: the truth
holds the value such an analyst would write.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
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

__all__ = ["BLIND4_SOURCES", "make_blind4"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

# --------------------------------------------------------------------------------------
# Country names, aliases, typos and nationality adjectives (this examiner's own lists)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> language -> (usual name, other names an agency writes).
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "AFG": {"en": ("Afghanistan",), "fr": ("Afghanistan",), "es": ("Afganistán",)},
    "ALB": {"en": ("Albania",), "fr": ("Albanie",), "es": ("Albania",)},
    "AUT": {"en": ("Austria",), "fr": ("Autriche",), "es": ("Austria",)},
    "BGD": {"en": ("Bangladesh",), "fr": ("Bangladesh",), "es": ("Bangladés", "Bangladesh")},
    "BGR": {"en": ("Bulgaria",), "fr": ("Bulgarie",), "es": ("Bulgaria",)},
    "BIH": {
        "en": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "BiH"),
        "fr": ("Bosnie-Herzégovine", "Bosnie"),
        "es": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
    },
    "BLR": {"en": ("Belarus",), "fr": ("Biélorussie", "Bélarus"), "es": ("Bielorrusia", "Belarús")},
    "CHN": {"en": ("China", "People's Republic of China"), "fr": ("Chine",), "es": ("China",)},
    "CIV": {
        "en": ("Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"),
        "fr": ("Côte d'Ivoire", "Cote d'Ivoire"),
        "es": ("Costa de Marfil", "Côte d'Ivoire"),
    },
    "CMR": {"en": ("Cameroon",), "fr": ("Cameroun",), "es": ("Camerún",)},
    "COL": {"en": ("Colombia",), "fr": ("Colombie",), "es": ("Colombia",)},
    "DEU": {
        "en": ("Germany", "Federal Republic of Germany"),
        "fr": ("Allemagne",),
        "es": ("Alemania",),
    },
    "DZA": {"en": ("Algeria",), "fr": ("Algérie",), "es": ("Argelia",)},
    "ECU": {"en": ("Ecuador",), "fr": ("Équateur", "Equateur"), "es": ("Ecuador",)},
    "EGY": {"en": ("Egypt",), "fr": ("Égypte", "Egypte"), "es": ("Egipto",)},
    "ERI": {"en": ("Eritrea",), "fr": ("Érythrée", "Erythrée"), "es": ("Eritrea",)},
    "ESP": {"en": ("Spain",), "fr": ("Espagne",), "es": ("España",)},
    "FRA": {"en": ("France",), "fr": ("France",), "es": ("Francia",)},
    "GBR": {
        "en": ("United Kingdom", "UK", "Great Britain"),
        "fr": ("Royaume-Uni", "Grande-Bretagne", "Angleterre"),
        "es": ("Reino Unido", "Gran Bretaña"),
    },
    "GIN": {
        "en": ("Guinea", "Guinea-Conakry"),
        "fr": ("Guinée", "Guinée Conakry"),
        "es": ("Guinea", "Guinea Conakry"),
    },
    "GMB": {"en": ("Gambia", "The Gambia"), "fr": ("Gambie",), "es": ("Gambia",)},
    "GRC": {"en": ("Greece", "Hellenic Republic"), "fr": ("Grèce",), "es": ("Grecia",)},
    "GTM": {"en": ("Guatemala",), "fr": ("Guatemala",), "es": ("Guatemala",)},
    "HND": {"en": ("Honduras",), "fr": ("Honduras",), "es": ("Honduras",)},
    "HRV": {"en": ("Croatia",), "fr": ("Croatie",), "es": ("Croacia",)},
    "HTI": {"en": ("Haiti",), "fr": ("Haïti",), "es": ("Haití",)},
    "HUN": {"en": ("Hungary",), "fr": ("Hongrie",), "es": ("Hungría",)},
    "IRN": {
        "en": ("Iran", "Iran, Islamic Republic of", "Islamic Republic of Iran"),
        "fr": ("Iran", "Iran (République islamique d')"),
        "es": ("Irán", "Irán (República Islámica del)"),
    },
    "IRQ": {"en": ("Iraq",), "fr": ("Irak", "Iraq"), "es": ("Irak",)},
    "ITA": {"en": ("Italy",), "fr": ("Italie",), "es": ("Italia",)},
    "LBY": {"en": ("Libya",), "fr": ("Libye",), "es": ("Libia",)},
    "MAR": {"en": ("Morocco",), "fr": ("Maroc",), "es": ("Marruecos",)},
    "MEX": {"en": ("Mexico",), "fr": ("Mexique",), "es": ("México", "Mexico")},
    "MKD": {
        "en": ("North Macedonia", "Republic of North Macedonia"),
        "fr": ("Macédoine du Nord",),
        "es": ("Macedonia del Norte",),
    },
    "MLI": {"en": ("Mali",), "fr": ("Mali",), "es": ("Malí", "Mali")},
    "MRT": {"en": ("Mauritania",), "fr": ("Mauritanie",), "es": ("Mauritania",)},
    "NER": {"en": ("Niger",), "fr": ("Niger",), "es": ("Níger",)},
    "NGA": {"en": ("Nigeria",), "fr": ("Nigéria", "Nigeria"), "es": ("Nigeria",)},
    "PAK": {"en": ("Pakistan",), "fr": ("Pakistan",), "es": ("Pakistán", "Paquistán")},
    "PAN": {"en": ("Panama",), "fr": ("Panama",), "es": ("Panamá",)},
    "POL": {"en": ("Poland",), "fr": ("Pologne",), "es": ("Polonia",)},
    "ROU": {"en": ("Romania",), "fr": ("Roumanie",), "es": ("Rumania", "Rumanía")},
    "RUS": {
        "en": ("Russia", "Russian Federation"),
        "fr": ("Russie", "Fédération de Russie"),
        "es": ("Rusia", "Federación de Rusia"),
    },
    "SEN": {"en": ("Senegal",), "fr": ("Sénégal",), "es": ("Senegal",)},
    "SRB": {"en": ("Serbia",), "fr": ("Serbie",), "es": ("Serbia",)},
    "SYR": {
        "en": ("Syria", "Syrian Arab Republic"),
        "fr": ("Syrie", "République arabe syrienne"),
        "es": ("Siria", "República Árabe Siria"),
    },
    "TUN": {"en": ("Tunisia",), "fr": ("Tunisie",), "es": ("Túnez",)},
    "TUR": {"en": ("Türkiye", "Turkey"), "fr": ("Turquie",), "es": ("Turquía",)},
    "USA": {
        "en": ("United States", "USA", "United States of America"),
        "fr": ("États-Unis", "USA"),
        "es": ("Estados Unidos", "EE. UU.", "EEUU"),
    },
    "VEN": {
        "en": ("Venezuela", "Venezuela, Bolivarian Republic of"),
        "fr": ("Venezuela",),
        "es": ("Venezuela", "República Bolivariana de Venezuela"),
    },
    "VNM": {"en": ("Vietnam", "Viet Nam"), "fr": ("Viêt Nam", "Vietnam"), "es": ("Vietnam",)},
    "YEM": {"en": ("Yemen",), "fr": ("Yémen",), "es": ("Yemen",)},
}

#: Slips of the pen an analyst still reads at once (never between two real countries).
_TYPOS: dict[str, dict[str, tuple[str, ...]]] = {
    "AFG": {"en": ("Afghanstan", "Afganistan"), "fr": ("Afganistan",), "es": ("Afganistan",)},
    "BGD": {"en": ("Bangladseh",), "fr": ("Bengladesh",)},
    "COL": {"en": ("Columbia",), "es": ("Colmbia",)},
    "CMR": {"en": ("Camaroon",), "fr": ("Camroun",)},
    "DZA": {"en": ("Algeira",), "fr": ("Algerie",)},
    "ECU": {"en": ("Equador",), "es": ("Ecuardor",)},
    "EGY": {"en": ("Egpyt",)},
    "ERI": {"en": ("Eritera",), "fr": ("Erythree",), "es": ("Eritria",)},
    "GTM": {"en": ("Guatamala",), "es": ("Guatelama",)},
    "HND": {"es": ("Hondruas",)},
    "MAR": {"en": ("Marocco",), "fr": ("Marroc",), "es": ("Marrruecos",)},
    "MRT": {"fr": ("Mauritannie",)},
    "PAK": {"en": ("Pakistn",), "fr": ("Pakitsan",)},
    "ROU": {"en": ("Romaina",)},
    "SEN": {"en": ("Senagal",), "fr": ("Sénégall",)},
    "SYR": {"en": ("Sryia",), "fr": ("Syire",)},
    "TUN": {"en": ("Tunesia",), "fr": ("Tunisi",)},
    "VEN": {"en": ("Venezuala",), "es": ("Venezula",)},
    "VNM": {"en": ("Vietman",)},
}

#: Nationality adjectives, English, French, Spanish; ``masculine/feminine`` where they differ.
_ADJECTIVES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghan/afghane", "afgano/afgana"),
    "ALB": ("Albanian", "albanais/albanaise", "albanés/albanesa"),
    "BGD": ("Bangladeshi", "bangladais/bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinois/chinoise", "chino/china"),
    "CIV": ("Ivorian", "ivoirien/ivoirienne", "marfileño/marfileña"),
    "CMR": ("Cameroonian", "camerounais/camerounaise", "camerunés/camerunesa"),
    "COL": ("Colombian", "colombien/colombienne", "colombiano/colombiana"),
    "DZA": ("Algerian", "algérien/algérienne", "argelino/argelina"),
    "ECU": ("Ecuadorian", "équatorien/équatorienne", "ecuatoriano/ecuatoriana"),
    "EGY": ("Egyptian", "égyptien/égyptienne", "egipcio/egipcia"),
    "ERI": ("Eritrean", "érythréen/érythréenne", "eritreo/eritrea"),
    "GIN": ("Guinean", "guinéen/guinéenne", "guineano/guineana"),
    "GMB": ("Gambian", "gambien/gambienne", "gambiano/gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco/guatemalteca"),
    "HND": ("Honduran", "hondurien/hondurienne", "hondureño/hondureña"),
    "HTI": ("Haitian", "haïtien/haïtienne", "haitiano/haitiana"),
    "IRN": ("Iranian", "iranien/iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakien/irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocain/marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicain/mexicaine", "mexicano/mexicana"),
    "MLI": ("Malian", "malien/malienne", "maliense"),
    "NGA": ("Nigerian", "nigérian/nigériane", "nigeriano/nigeriana"),
    "PAK": ("Pakistani", "pakistanais/pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumain/roumaine", "rumano/rumana"),
    "SEN": ("Senegalese", "sénégalais/sénégalaise", "senegalés/senegalesa"),
    "SYR": ("Syrian", "syrien/syrienne", "sirio/siria"),
    "TUN": ("Tunisian", "tunisien/tunisienne", "tunecino/tunecina"),
    "TUR": ("Turkish", "turc/turque", "turco/turca"),
    "VEN": ("Venezuelan", "vénézuélien/vénézuélienne", "venezolano/venezolana"),
    "VNM": ("Vietnamese", "vietnamien/vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
_LANGS = ("en", "fr", "es")

# --------------------------------------------------------------------------------------
# Value words (this examiner's own wording of DESIGN.md's vocabularies)
# --------------------------------------------------------------------------------------
_Words = dict[str, dict[str, tuple[str, ...]]]

_WORDS: dict[str, _Words] = {
    "en": {
        "crime_type": {
            "trafficking": (
                "Trafficking in human beings",
                "THB",
                "Human trafficking",
                "Trafficking in persons",
            ),
            "smuggling": (
                "Migrant smuggling",
                "Smuggling of migrants",
                "Facilitation of illegal entry",
            ),
            "both": (
                "THB and migrant smuggling",
                "Smuggling + trafficking",
                "Trafficking and smuggling",
            ),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual", "Forced prostitution"),
            "forced_labour": ("Labour exploitation", "Forced labour", "Forced labor"),
            "forced_criminality": ("Forced criminality", "Forced criminal activities"),
            "organ_removal": ("Removal of organs", "Organ removal"),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other", "Other forms of exploitation"),
            "_na": ("n/a", "N/A", "not applicable"),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Male and female", "Men and women"),
        },
        "age_group": {
            "child": ("Minor", "Minors", "Child", "Children", "Under 18"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults and minors", "Mixed", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Sea", "By sea", "Maritime", "Boat"),
            "land": ("Land", "By land", "Road", "On foot"),
            "air": ("Air", "By air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "Forged documents", "False documents"),
            "corruption": ("Corruption", "Bribery"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Illicit goods", "Contraband"),
            "cybercrime": ("Cybercrime", "Cyber crime"),
            "terrorism": ("Terrorism", "Terrorist offences"),
            "_none": ("None", "none"),
        },
        "transit": {"_none": ("Direct", "none")},
    },
    "fr": {
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite des personnes"),
            "smuggling": (
                "Trafic illicite de migrants",
                "Trafic de migrants",
                "Aide à l'entrée irrégulière",
            ),
            "both": ("Traite et trafic de migrants", "Trafic de migrants et TEH"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Sexuelle"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes", "Trafic d'organes"),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre", "Autres formes"),
            "_na": ("sans objet", "Non applicable", "N/A"),
        },
        "gender": {
            "female": ("Féminin", "F", "Femmes", "Femme"),
            "male": ("Masculin", "H", "Hommes", "Homme"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur", "Mineurs", "Enfants"),
            "adult": ("Majeur", "Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte", "Adultes et mineurs"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Voie maritime", "Embarcation", "Bateau"),
            "land": ("Terrestre", "Voie terrestre", "Camion", "À pied"),
            "air": ("Aérien", "Voie aérienne", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Fraude documentaire", "Faux documents", "Usage de faux"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment", "Blanchiment d'argent", "Blanchiment de capitaux"),
            "illicit_goods": ("Contrebande", "Marchandises illicites"),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
            "_none": ("Néant", "Aucune"),
        },
        "transit": {"_none": ("Néant", "Direct")},
    },
    "es": {
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata de seres humanos", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes", "Tráfico de migrantes y trata"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Criminalidad forzada", "Actividades delictivas forzadas"),
            "organ_removal": ("Extracción de órganos", "Tráfico de órganos"),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio forzoso"),
            "other": ("Otra", "Otros fines"),
            "_na": ("No aplica", "N/A"),
        },
        "gender": {
            "female": ("Femenino", "Mujeres", "Mujer"),
            "male": ("Masculino", "Hombres", "Hombre"),
            "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menor de edad", "Menores"),
            "adult": ("Adulto", "Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Vía marítima", "Embarcación", "Lancha"),
            "land": ("Terrestre", "Vía terrestre", "Autobús", "A pie"),
            "air": ("Aéreo", "Vía aérea", "Avión"),
        },
        "linked_offences": {
            "document_fraud": (
                "Fraude documental",
                "Documentos falsos",
                "Falsificación de documentos",
            ),
            "corruption": ("Corrupción", "Cohecho"),
            "money_laundering": ("Lavado de dinero", "Blanqueo de capitales"),
            "illicit_goods": ("Contrabando", "Mercancías ilícitas"),
            "cybercrime": ("Delitos cibernéticos", "Ciberdelincuencia"),
            "terrorism": ("Terrorismo",),
            "_none": ("Ninguno", "Sin delitos conexos"),
        },
        "transit": {"_none": ("Directo", "Ninguno")},
    },
}

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_THIRTY = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))  # days no month has


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the ``blind4`` set: the shared source fields plus its habits.

    Attributes
    ----------
    days : tuple of (str, float)
        Styles of a full date and their weights (see :func:`_day_text`); the first is the
        style of its bad, future and note dates.
    months, quarters : tuple of str
        Styles of a month-only and a quarter-only date.
    partial : float
        Share of rows (outside duplicated events) dated by month or quarter only.
    countries : tuple of (str, float)
        Ways of writing a country (``name``, ``alias``, ``iso3``, ``iso2``, ``numeric``,
        ``typo``, ``mojibake``) and their weights.
    adjective : float
        Share of nationality cells written as an adjective (``sénégalaise``).
    separators : tuple of str
        Separators of the transit list.
    offence_separators : tuple of str
        Separators of the linked offences.
    coords : str
        ``"split"`` (two text columns), ``"numbers"`` (two spreadsheet numbers) or
        ``"pair"`` (one ``"lat, lon"`` text).
    decimal_comma : float
        Share of split coordinates written with a decimal comma.
    group : tuple of str
        Thousands separators of large counts.
    swapped, sentinel : float
        Shares of rows whose coordinates are swapped, or written as the ``999``
        placeholder (no location).
    noise : float
        Share of country and value cells written in odd case or spacing.
    extra : dict
        Field -> value -> words only this agency uses, added to its language's words.
    """

    days: _Weights = ()
    months: tuple[str, ...] = ()
    quarters: tuple[str, ...] = ()
    partial: float = 0.0
    countries: _Weights = ()
    adjective: float = 0.0
    separators: tuple[str, ...] = (", ",)
    offence_separators: tuple[str, ...] = (", ",)
    coords: str = "split"
    decimal_comma: float = 0.0
    group: tuple[str, ...] = (" ",)
    swapped: float = 0.0
    sentinel: float = 0.0
    noise: float = 0.0
    extra: _Words = field(default_factory=dict)


_BPOL = Agency(
    source="bundespolizei_de_f",
    filename="bundespolizei_de_f.csv",
    ref="BPOL-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case file no.",
        "event_date": "Date of apprehension",
        "crime_type": "Offence category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of apprehension",
        "transit_countries": "Transit route",
        "transport_mode": "Mode of travel",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Associated offences",
    },
    note="Note: provisional figures, INPOL extract",
    total="Total",
    bad_count=("unknown", "n.k.", "tbc"),
    repeats=True,
    days=(("dmy_dot", 0.6), ("iso", 0.3), ("long_en", 0.1)),
    months=("name_en", "mm.yyyy", "iso_month"),
    quarters=("Q2 2023", "Q2/2023"),
    partial=0.08,
    countries=(
        ("name", 0.58),
        ("alias", 0.1),
        ("iso3", 0.08),
        ("iso2", 0.08),
        ("typo", 0.08),
        ("mojibake", 0.08),
    ),
    adjective=0.1,
    separators=(" > ", " - ", "/"),
    offence_separators=(", ", " / ", " + "),
    coords="split",
    decimal_comma=0.85,
    group=("\u00a0", " "),
    swapped=0.03,
    sentinel=0.015,
    noise=0.08,
    extra={
        "crime_type": {
            "smuggling": ("Smuggling of foreigners",),
            "both": ("Smuggling of foreigners + THB",),
        },
        "transport_mode": {"land": ("Lorry", "Car", "Train"), "sea": ("Ferry",)},
    },
)

_HCG = Agency(
    source="hellenic_coast_guard_gr_f",
    filename="hellenic_coast_guard_gr_f.jsonl",
    ref="HCG/{yy:02d}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "incident_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_total",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "final_destination",
        "detection_country": "interception_country",
        "transit_countries": "transit",
        "transport_mode": "transport_means",
        "coordinates": "gps_position",
        "linked_offences": "other_offences",
    },
    note=None,
    total="SUM",
    bad_count=("unknown", "TBD"),
    repeats=False,
    days=(("mdy", 0.55), ("iso_time", 0.25), ("ymd_slash", 0.2)),
    months=("iso_month", "name_en"),
    quarters=("Q2 2023", "Q2-2023"),
    partial=0.05,
    countries=(("name", 0.55), ("alias", 0.22), ("iso3", 0.15), ("typo", 0.08)),
    adjective=0.0,
    separators=(" → ", ", ", "|"),
    offence_separators=(", ", "; "),
    coords="pair",
    swapped=0.03,
    noise=0.05,
    extra={
        "crime_type": {"smuggling": ("Facilitation of illegal migration",)},
        "transport_mode": {
            "sea": ("Rubber dinghy", "Sailing boat", "Speedboat"),
            "land": ("Land border",),
        },
    },
)

_SN = Agency(
    source="gendarmerie_sn_f",
    filename="gendarmerie_sn_f.csv",
    ref="PV {seq:04d}/GN/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date interception",
        "crime_type": "Infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, sous réserve de confirmation par les brigades",
    total="TOTAL GÉNÉRAL",
    bad_count=("NC", "inconnu", "à préciser"),
    repeats=True,
    days=(("dmy_slash", 0.6), ("long_fr", 0.15), ("serial", 0.1), ("iso", 0.15)),
    months=("name_fr", "mm/yyyy"),
    quarters=("T2 2023", "T2-2023"),
    partial=0.1,
    countries=(
        ("name", 0.6),
        ("alias", 0.1),
        ("iso3", 0.05),
        ("numeric", 0.06),
        ("typo", 0.1),
        ("mojibake", 0.09),
    ),
    adjective=0.25,
    separators=(" ; ", " / ", " - "),
    offence_separators=(", ", " et ", " ; "),
    coords="split",
    decimal_comma=0.9,
    group=("\u2009", "\u202f", " "),
    swapped=0.02,
    noise=0.08,
    extra={
        "crime_type": {
            "smuggling": ("Organisation d'émigration clandestine",),
            "trafficking": ("Traite des personnes",),
        },
        "transport_mode": {"sea": ("Pirogue",)},
    },
)

_INM = Agency(
    source="inm_guardia_nacional_mx_f",
    filename="inm_guardia_nacional_mx_f.xlsx",
    ref="INM-GN/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Número de personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: INM / Guardia Nacional. Cifras preliminares",
    total="Total general",
    bad_count=("s/d", "sin dato", "por confirmar"),
    repeats=False,
    days=(("excel", 0.55), ("serial", 0.15), ("dmy_slash", 0.2), ("long_es", 0.1)),
    months=("name_es", "name_es_de"),
    quarters=("T2 2023", "T2-2023"),
    partial=0.08,
    countries=(
        ("name", 0.62),
        ("alias", 0.1),
        ("iso3", 0.08),
        ("iso2", 0.05),
        ("typo", 0.08),
        ("mojibake", 0.07),
    ),
    adjective=0.2,
    separators=(", ", " - ", " / "),
    offence_separators=(", ", " y ", "; "),
    coords="numbers",
    swapped=0.04,
    sentinel=0.015,
    noise=0.06,
    extra={
        "crime_type": {"smuggling": ("Tráfico de indocumentados",)},
        "transport_mode": {"land": ("Tractocamión", "Caja seca de tráiler")},
        "age_group": {"child": ("Menores (NNA)",)},
    },
)

_FEDPOL = Agency(
    source="fedpol_ch_f",
    filename="fedpol_ch_f.csv",
    ref="{year}-{seq:04d}-CH",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "Réf. dossier",
        "event_date": "Date du constat",
        "crime_type": "Catégorie d'infraction",
        "exploitation": "Type d'exploitation",
        "n_persons": "Personnes concernées",
        "n_suspects": "Suspects",
        "gender": "Genre",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination finale",
        "detection_country": "Pays du constat",
        "transit_countries": "Itinéraire (transit)",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Délits associés",
    },
    note="Remarque : données non consolidées",
    total="Total",
    bad_count=("inconnu", "n.c.", "?"),
    repeats=False,
    days=(("dmy_dot", 0.5), ("iso", 0.35), ("ymd_slash", 0.15)),
    months=("name_fr", "iso_month", "mm.yyyy"),
    quarters=("T2 2023", "Q2 2023", "2e trimestre 2023"),
    partial=0.08,
    countries=(
        ("name", 0.5),
        ("iso3", 0.2),
        ("iso2", 0.13),
        ("alias", 0.07),
        ("typo", 0.05),
        ("numeric", 0.05),
    ),
    adjective=0.0,
    separators=(" > ", " | ", "; "),
    offence_separators=(", ", " / "),
    coords="pair",
    group=("\u202f", " "),
    swapped=0.02,
    noise=0.12,
    extra={
        "crime_type": {
            "trafficking": ("Traite d'êtres humains",),
            "smuggling": ("Incitation à l'entrée illégale",),
        },
    },
)

_SOURCES: tuple[Agency, ...] = (_BPOL, _HCG, _SN, _INM, _FEDPOL)
#: Source ids of the ``blind4`` submissions (the keys of :func:`write_samples`' paths).
BLIND4_SOURCES: tuple[str, ...] = tuple(s.source for s in _SOURCES)


# --------------------------------------------------------------------------------------
# Writing one cell
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weighted: _Weights) -> str:
    """Draw one style of ``(style, weight)`` pairs."""
    w = np.array([p for _, p in weighted], dtype=float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _plain(text: str) -> str:
    """Text a legacy single-byte export can hold: accents dropped, arrows and odd spaces."""
    text = text.replace("→", ">").replace("\u2009", " ").replace("\u202f", " ")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _noisy(text: str, src: Agency, rng: _Rng, tags: list[str]) -> str:
    """Write ``text`` in odd case or spacing for a share ``src.noise`` of cells."""
    if rng.random() >= src.noise:
        return text
    tags.append("case_space")
    how = int(rng.integers(4))
    if how == 0:
        return text.upper()
    if how == 1:
        return text.lower()
    if how == 2:
        return f"  {text} "
    return text.replace(" ", "  ") if " " in text else f"{text} "


def _word(src: Agency, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """One of the agency's words for a vocabulary value."""
    words = _WORDS[src.language][col].get(value, ())
    words = words + src.extra.get(col, {}).get(value, ())
    return _noisy(choice(rng, words), src, rng, tags)


def _name(code: str, lang: str) -> tuple[str, ...]:
    names = _NAMES.get(code, {}).get(lang)
    if names:
        return names
    return (code,)  # a country no list above has: its code is all an agency would write


def _country(
    code: str, src: Agency, rng: _Rng, tags: list[str], *, role: str, female: bool = False
) -> str:
    """Write a country (ISO alpha-3 ``code``) the agency's way.

    A nationality may be written as an adjective, agreeing with ``female`` persons.
    """
    style = _pick(rng, src.countries)
    names = _name(code, src.language)
    if role == "nationality" and src.adjective and rng.random() < src.adjective:
        forms = _ADJECTIVES.get(code)
        if forms is not None:
            tags.append("nationality_adjective")
            adj = forms[_LANGS.index(src.language)].split("/")
            return _noisy(adj[-1] if female else adj[0], src, rng, tags)
    if style == "alias" and len(names) > 1:
        tags.append("country_alias")
        return _noisy(choice(rng, names[1:]), src, rng, tags)
    if style in ("iso3", "iso2", "numeric"):
        alpha2, numeric = iso_codes(code)
        tags.append(f"country_{style}")
        text = {"iso3": code, "iso2": alpha2, "numeric": numeric}[style]
        if style == "iso3":
            return _noisy(text, src, rng, tags)
        return f" {text} " if rng.random() < src.noise else text  # short codes stay upper
    if style == "typo":
        typos = _TYPOS.get(code, {}).get(src.language)
        if typos:
            tags.append("country_typo")
            return choice(rng, typos)
    if style == "mojibake":
        garbled = mojibake(names[0])
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return _noisy(names[0], src, rng, tags)


def _transit(value: str | None, src: Agency, rng: _Rng, tags: list[str]) -> str | None:
    """Write the transit list in its order, as names or codes, with the agency's separators."""
    if value is None:
        if rng.random() < 0.1:
            tags.append("transit_none_word")
            return choice(rng, _WORDS[src.language]["transit"]["_none"])
        return None
    codes = value.split("|")
    how = _pick(rng, (("names", 0.6), ("iso3", 0.25), ("iso2", 0.15)))
    if how == "names":
        items = [_name(c, src.language)[0] for c in codes]
    elif how == "iso3":
        items = list(codes)
    else:
        items = [iso_codes(c)[0] for c in codes]
    # a separator that a name contains, or the file cannot hold, would make the list ambiguous
    seps = [
        s
        for s in src.separators
        if fits(s, src) and not any(s.strip() in item for item in items if s.strip())
    ]
    sep = choice(rng, seps or ["; "])
    tags.append(f"transit_{how}")
    text = sep.join(items)
    if how == "names" and src.format == "csv" and "mojibake" in dict(src.countries):
        if rng.random() < 0.05:
            garbled = mojibake(text)
            if garbled is not None and fits(garbled, src):
                tags.append("mojibake")
                return garbled
    return text


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_text(ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a full date in ``style``."""
    d, m, y = ts.day, ts.month, ts.year
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "iso_time":
        return f"{y}-{m:02d}-{d:02d} {int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}"
    if style == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "mdy":
        return f"{m}/{d}/{y}"
    if style == "ymd_slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "long_en":
        month = MONTHS[m - 1]
        return f"{d} {month} {y}" if rng.random() < 0.6 else f"{d:02d}-{month[:3]}-{y}"
    if style == "long_fr":
        return f"{'1er' if d == 1 else d} {_MONTHS_FR[m - 1]} {y}"
    if style == "long_es":
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}"
    if style == "serial":
        return str(_excel_serial(ts))
    if style == "excel":
        return dt.datetime(y, m, d)
    raise ValueError(f"unknown date style {style!r}")  # a bug in the tables above


def _month_text(ts: pd.Timestamp, style: str) -> str:
    m, y = ts.month, ts.year
    return {
        "name_en": f"{MONTHS[m - 1]} {y}",
        "name_fr": f"{_MONTHS_FR[m - 1]} {y}",
        "name_es": f"{_MONTHS_ES[m - 1]} {y}",
        "name_es_de": f"{_MONTHS_ES[m - 1]} de {y}",
        "mm.yyyy": f"{m:02d}.{y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "iso_month": f"{y}-{m:02d}",
    }[style]


def _quarter_text(ts: pd.Timestamp, style: str) -> str:
    """``style`` is the way the agency writes the second quarter of 2023."""
    q = (ts.month - 1) // 3 + 1
    text = style.replace("2023", str(ts.year))
    nth = "1er" if q == 1 else f"{q}e"  # French ordinals: 1er, 2e, 3e, 4e
    return text.replace("Q2", f"Q{q}").replace("T2", f"T{q}").replace("2e", nth)


def _date(
    ts: pd.Timestamp, src: Agency, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """(cell, expected date, expected precision) of a row dated ``ts``."""
    if partial_ok and rng.random() < src.partial:
        if rng.random() < 0.65:
            tags.append("date_month")
            return _month_text(ts, choice(rng, src.months)), ts.replace(day=1), "month"
        tags.append("date_quarter")
        start = pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
        return _quarter_text(ts, choice(rng, src.quarters)), start, "quarter"
    style = _pick(rng, src.days)
    tags.append(f"date_{style}")
    cell = _day_text(ts, style, rng)
    if style == "serial" and src.format == "xlsx":
        cell = _excel_serial(ts)  # a date cell left in "General" format
    return cell, ts.normalize(), "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row that must be quarantined for its date."""
    if kind == "no_date":
        return None
    style = src.days[0][0]
    if kind == "future_date":  # one key slip: 2023 -> 2123
        later = ts + pd.DateOffset(years=100)  # 29 February stays a real day
        return _day_text(later, style, rng)
    m, d = _THIRTY[int(rng.integers(len(_THIRTY)))]
    y = ts.year
    return {
        "dmy_dot": f"{d:02d}.{m:02d}.{y}",
        "mdy": f"{m}/{d}/{y}",
        "dmy_slash": f"{d:02d}/{m:02d}/{y}",
        "excel": f"{d:02d}/{m:02d}/{y}",
    }.get(style, f"{y}-{m:02d}-{d:02d}")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (the day after its last row)."""
    return _day_text(last + pd.Timedelta(days=1), src.days[0][0], np.random.default_rng(0))


def _count(n: int, src: Agency, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the agency's file holds it."""
    if n >= 1000 and rng.random() < 0.8:
        seps = [s for s in src.group if fits(s, src)]
        sep = choice(rng, seps or [" "])
        tags.append("count_grouped")
        return f"{n // 1000}{sep}{n % 1000:03d}"
    if src.format == "csv":
        return str(n)
    if rng.random() < 0.1:
        tags.append("count_text")
        return str(n)
    return n


def _decimal(value: float, places: int, comma: bool) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if comma else text


def _coordinates(
    ev: dict[str, object], src: Agency, rng: _Rng, tags: list[str], *, blank: bool, calm: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """(cells, expected lat, expected lon) of the location."""
    if blank or ev["lat"] is None or ev["lon"] is None:
        return {}, None, None
    places = 5 if rng.random() < 0.7 else 4
    lat = round(float(ev["lat"]), places)  # type: ignore[arg-type]
    lon = round(float(ev["lon"]), places)  # type: ignore[arg-type]
    first, second = lat, lon
    out_lat: float | None = lat
    out_lon: float | None = lon
    r = rng.random()
    if calm:  # a report that already leaves a field blank keeps its location plain
        r = 1.0
    if r < src.swapped:
        first, second = lon, lat  # still the true point: a human sees it is swapped
        tags.append("coords_swapped")
    elif r < src.swapped + src.sentinel:
        first = second = 999.0  # the placeholder for "no position": out of range
        out_lat = out_lon = None
        tags.append("coords_placeholder")
    if src.coords == "numbers":
        return {"lat": first, "lon": second}, out_lat, out_lon
    if src.coords == "pair":
        sep = ", " if rng.random() < 0.8 else ","
        return {"coordinates": f"{first:.{places}f}{sep}{second:.{places}f}"}, out_lat, out_lon
    comma = rng.random() < src.decimal_comma
    if comma:
        tags.append("decimal_comma")
    cells: dict[str, object] = {
        "lat": _decimal(first, places, comma),
        "lon": _decimal(second, places, comma),
    }
    return cells, out_lat, out_lon


def _offences(value: str | None, src: Agency, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        if rng.random() < 0.15:
            return _word(src, "linked_offences", "_none", rng, tags)
        return None
    words = [_word(src, "linked_offences", v, rng, tags) for v in value.split("|")]
    return choice(rng, src.offence_separators).join(words)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does; return (cells, expected values, tags).

    Parameters
    ----------
    src : Agency
        The reporting agency.
    ev : dict
        The event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the row may be dated by month or quarter only.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a ``"lat, lon"`` text).
    expected : dict
        The clean value a careful analyst reads from the row, by record field.
    tags : list of str
        The messiness planted in the row.
    """
    tags: list[str] = []
    cols = src.headers
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, day, precision = _date(ts, src, rng, tags, partial_ok=partial_ok)
    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    suspects = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells: dict[str, object] = {
        "event_date": date_cell,
        "crime_type": _word(src, "crime_type", crime, rng, tags),
        "n_persons": _count(persons, src, rng, tags),
        "transport_mode": _word(src, "transport_mode", str(ev["transport_mode"]), rng, tags),
        "age_group": _word(src, "age_group", str(ev["age_group"]), rng, tags),
    }
    if expl is not None:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
    elif rng.random() < 0.3:
        cells["exploitation"] = choice(rng, _WORDS[src.language]["exploitation"]["_na"])
    gender: str = str(ev["gender"])
    if forced_blank == "gender":
        gender = "unknown"
    else:
        cells["gender"] = _word(src, "gender", gender, rng, tags)
    if suspects is not None and forced_blank != "n_suspects":
        cells["n_suspects"] = str(suspects) if src.format == "csv" else suspects
    else:
        suspects = None
    countries: dict[str, str | None] = {}
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None or forced_blank == col:
            countries[col] = None
            continue
        countries[col] = str(code)
        female = ev["gender"] == "female"
        cells[col] = _country(str(code), src, rng, tags, role=col, female=female)
    transit = None if ev["transit_countries"] is None else str(ev["transit_countries"])
    cells["transit_countries"] = _transit(transit, src, rng, tags)
    coord_cells, lat, lon = _coordinates(
        ev,
        src,
        rng,
        tags,
        blank=forced_blank == "coordinates",
        calm=forced_blank is not None or countries["detection_country"] is None,
    )
    cells.update(coord_cells)
    offences = None if ev["linked_offences"] is None else str(ev["linked_offences"])
    cells["linked_offences"] = _offences(offences, src, rng, tags)
    if forced_blank:
        tags.append(f"blank_{forced_blank}")
    if src.format == "csv":  # what the file's encoding cannot hold, a legacy export flattens
        cells = {
            k: (_plain(v) if isinstance(v, str) and not fits(v, src) else v)
            for k, v in cells.items()
        }
    cells = {k: v for k, v in cells.items() if k in cols or k == "source_ref"}
    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": persons,
        "n_suspects": suspects if "n_suspects" in cols else None,
        "gender": gender,
        "age_group": ev["age_group"],
        **countries,
        "transit_countries": transit,
        "transport_mode": ev["transport_mode"],
        "lat": lat,
        "lon": lon,
        "linked_offences": offences,
    }
    return cells, expected, tags


_EXAMINER: Examiner[Agency] = Examiner(
    sources=_SOURCES,
    primary={
        "POL": _BPOL.source,
        "HRV": _BPOL.source,
        "GRC": _HCG.source,
        "ESP": _SN.source,
        "PAN": _INM.source,
        "USA": _INM.source,
    },
    compilation=_FEDPOL.source,
    secondary={
        ("cmed", "ITA"): _HCG.source,
        ("thb_nga_ita", "ITA"): _BPOL.source,
        ("thb_rou_esp", "ITA"): _BPOL.source,
        ("emed", "GRC"): _BPOL.source,
        ("wbal", "HRV"): _FEDPOL.source,
        ("blr_pol", "POL"): _FEDPOL.source,
        ("watl", "ESP"): _FEDPOL.source,
        ("wmed", "ESP"): _FEDPOL.source,
        ("thb_rou_esp", "ESP"): _FEDPOL.source,
        ("channel", "FRA"): _BPOL.source,
        ("channel", "GBR"): _BPOL.source,
        ("thb_vnm_gbr", "GBR"): _BPOL.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=4_044,
    blank_share=0.3,
)


def make_blind4(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind4`` agencies' five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``bundespolizei_de_f.csv``, ``hellenic_coast_guard_gr_f.jsonl``,
        ``gendarmerie_sn_f.csv``, ``inm_guardia_nacional_mx_f.xlsx`` and
        ``fedpol_ch_f.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind4(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bundespolizei_de_f.csv', 'hellenic_coast_guard_gr_f.jsonl', 'gendarmerie_sn_f.csv',
     'inm_guardia_nacional_mx_f.xlsx', 'fedpol_ch_f.csv']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° PV', 'Date interception', 'Infraction']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
