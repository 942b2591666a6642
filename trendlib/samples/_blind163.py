"""Examiner sample set ``blind163`` (files ``*_fi.*``): five financial-intelligence desks.

Financial intelligence units, a money-transfer operator's compliance team and the US
bank-secrecy desk record the trafficking and smuggling events behind their
suspicious-transaction cases. Each writes them its own way:

``tracfin_fi.csv``
    Tracfin (France's FIU), French, cp1252, ``;``, CRLF: day-first dates with a few
    months ("mai 2023") and quarters ("T2 2023"), French country names, decimal-comma
    coordinates, counts with a space as thousands separator, "aucun" suspects.
``sepblac_fi.xlsx``
    SEPBLAC (Spain's FIU), Spanish spreadsheet: real Excel dates and a few typed ones
    ("17/05/2023", "05/2023", "2º trim. 2023"), countries as "MA - MARRUECOS", no
    coordinates, "s/d" counts.
``uaf_panama_fi.csv``
    Panama's Unidad de Análisis Financiero, Spanish, UTF-8, ``,``: day-first dates and
    Excel serial numbers pasted as text, mojibake from a double-encoded upstream
    system ("PanamÃ¡"), ISO numeric nationality codes, degrees-minutes-seconds
    coordinates, "EE.UU.", "NNA" for minors.
``fincen_fi.jsonl``
    FinCEN (the US FIU), English JSON lines: ISO dates, ISO alpha-2 codes, transit
    routes as JSON arrays, numbers as JSON numbers.
``wu_fiu_fi.csv``
    Western Union's Financial Intelligence Unit (compliance, a compilation of what no
    national desk above reports: Italy, Greece, Croatia, Poland, the UK), English,
    UTF-16 with BOM, tab-delimited ("Unicode text" saved from Excel): "17 May 2023",
    "17-May-23", "2023/05/17", "Q2 2023", ISO alpha-3 codes mixed with names, routes
    "TUR > BGR".

The truth expects what a careful analyst reads from each cell: an "unknown" word is
a blank (or ``unknown`` in a vocabulary column), a "not applicable" exploitation of a
smuggling case is NA, a vague count ("plusieurs") is a bad row, an unreadable or
future date is a bad row.
"""

from __future__ import annotations

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

__all__ = ["SOURCES", "FiSource", "make_blind163"]

_Rng = np.random.Generator
Words = dict[str, tuple[str, ...]]

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

# iso3 -> (English, French, Spanish) names as these desks write them.
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
# Other names a clerk of that language uses for the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "GMB": ("The Gambia",),
        "IRN": ("Iran, Islamic Republic of",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
        "RUS": ("Fédération de Russie",),
    },
    "es": {
        "USA": ("EE.UU.", "EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("Rep. Popular China",),
    },
}
# Small slips of the keyboard, one per name (none of them the name of another country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "PAK": "Pakstan",
        "ERI": "Eritria",
        "ALB": "Albenia",
        "SYR": "Syira",
        "IRQ": "Irak",
        "ITA": "Itlay",
        "GRC": "Greese",
        "VNM": "Veitnam",
        "MEX": "Mexcio",
        "GTM": "Guatamala",
        "TUR": "Turkye",
    },
    "fr": {
        "AFG": "Afganistan",
        "LBY": "Lybie",
        "ALB": "Albannie",
        "SYR": "Syire",
        "IRN": "Irann",
        "ERI": "Erythrée",
        "DEU": "Allemagnee",
        "VNM": "Viet-nam",
    },
    "es": {
        "VEN": "Venezula",
        "COL": "Columbia",
        "ECU": "Equador",
        "HTI": "Haity",
        "MAR": "Marrueco",
        "SEN": "Senegall",
        "DZA": "Argellia",
        "CHN": "Chna",
    },
}


@dataclass(frozen=True)
class FiSource(ExaminerSource):
    """One desk of the set: the shared fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : dict
        Canonical word -> the desk's words for it (the first is its usual one).
    no_exploitation : tuple of str or None
        What it writes as the exploitation of a pure smuggling case (None = blank).
    unknown : tuple of str
        Its words for "not known" in a text column.
    not_applicable : tuple of str
        Its "not recorded / not applicable" words in the age and transport columns.
    count_unknown : tuple of str
        Its "not known" words in a count column.
    zero : tuple of str
        Its words for "no suspect".
    number_words : dict
        Small counts written as words.
    country_styles : dict
        Style -> weight of its country cells (``name``, ``upper``, ``iso2``, ``iso3``,
        ``numeric``, ``coded`` = "MA - MARRUECOS", ``alias``, ``typo``).
    transit_sep : str
        Separator of its transit lists (``"json"``: a JSON array).
    offence_sep : str
        Separator of its linked offences.
    direct : tuple of str
        What it writes in the transit column of a direct journey (None = blank).
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    transport: Words
    offences: Words
    no_exploitation: tuple[str | None, ...]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    number_words: dict[int, str]
    country_styles: dict[str, float]
    transit_sep: str
    offence_sep: str
    direct: tuple[str | None, ...]


TRACFIN = FiSource(
    source="tracfin",
    filename="tracfin_fi.csv",
    ref="TF{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire – diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des êtres humains (TEH)"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Filière d'immigration irrégulière",
        ),
        "both": ("TEH + trafic de migrants", "Traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre forme", "Autre"),
    },
    gender={
        "female": ("Femmes", "F"),
        "male": ("Hommes", "H"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineurs", "Mineur(s)"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    transport={
        "sea": ("Maritime (small boat)", "Maritime", "Embarcation"),
        "land": ("Routier", "Poids lourd", "Voie terrestre"),
        "air": ("Aérien", "Voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("financement du terrorisme",),
    },
    no_exploitation=(None, None, None, "sans objet", "s.o."),
    unknown=("non précisé", "inconnu", "NC"),
    not_applicable=("non renseigné", "NR"),
    count_unknown=("n.c.", "NC", "inconnu"),
    zero=("aucun", "néant"),
    number_words={1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq"},
    country_styles={"name": 0.82, "upper": 0.07, "iso2": 0.04, "alias": 0.03, "typo": 0.04},
    transit_sep=" / ",
    offence_sep="; ",
    direct=(None,),
)

SEPBLAC = FiSource(
    source="sepblac",
    filename="sepblac_fi.xlsx",
    ref="SB-{year}-{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Comunicación",
        "event_date": "Fecha hechos",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="Total",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Inmigración ilegal",
            "Favorecimiento de la inmigración ilegal",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Explotación para actividades delictivas"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Ambos sexos", "Hombres y mujeres"),
    },
    age={
        "child": ("Menor", "Menores de edad"),
        "adult": ("Mayor de edad", "Adultos"),
        "mixed": ("Mayores y menores", "Adultos y menores"),
    },
    transport={
        "sea": ("Marítimo (patera)", "Marítimo (cayuco)", "Marítimo"),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Financiación del terrorismo",),
    },
    no_exploitation=(None, None, "No aplica", "N/A"),
    unknown=("Sin especificar", "Desconocido"),
    not_applicable=("Sin especificar", "No consta"),
    count_unknown=("s/d", "Desconocido"),
    zero=("ninguno", "Ninguno"),
    number_words={},
    country_styles={"coded": 0.5, "upper": 0.3, "name": 0.12, "iso2": 0.05, "typo": 0.03},
    transit_sep=" / ",
    offence_sep="; ",
    direct=(None, None, "Directo"),
)

UAF_PANAMA = FiSource(
    source="uaf_panama",
    filename="uaf_panama_fi.csv",
    ref="ROS-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. ROS",
        "event_date": "Fecha del evento",
        "crime_type": "Delito precedente",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de implicados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: cifras preliminares sujetas a revisión",
    total="TOTAL",
    bad_count=("varios", "grupo familiar", "numerosos"),
    repeats=True,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
        "trafficking": ("Trata de personas", "TdP"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino",),
        "male": ("Masculino",),
        "mixed": ("Mixto", "Masculino y femenino"),
    },
    age={
        "child": ("NNA", "Menores"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "land": ("Terrestre", "A pie", "Terrestre (selva)"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={
        "illicit_goods": ("Narcotráfico",),
        "money_laundering": ("Blanqueo de capitales",),
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    no_exploitation=(None, None, "N/A"),
    unknown=("Sin información", "N/D"),
    not_applicable=("Sin información", "N/A"),
    count_unknown=("N/D", "Sin dato"),
    zero=("ninguno",),
    number_words={},
    country_styles={
        "name": 0.6,
        "upper": 0.1,
        "numeric": 0.08,
        "alias": 0.05,
        "mojibake": 0.14,
        "typo": 0.03,
    },
    transit_sep=" - ",
    offence_sep=", ",
    direct=(None,),
)

FINCEN = FiSource(
    source="fincen",
    filename="fincen_fi.jsonl",
    ref="3100{yy:02d}{seq:08d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "bsa_id",
        "event_date": "incident_date",
        "crime_type": "typology",
        "exploitation": "exploitation_type",
        "n_persons": "victim_or_migrant_count",
        "n_suspects": "subject_count",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "citizenship",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "location_country",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_activity",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several", "numerous"),
    repeats=False,
    crime={
        "smuggling": ("Human Smuggling", "Alien Smuggling"),
        "trafficking": ("Human Trafficking",),
        "both": ("Human Trafficking; Human Smuggling",),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "child": ("Minor", "Juvenile"),
        "adult": ("Adult",),
        "mixed": ("Adults and minors", "Mixed"),
    },
    transport={
        "land": ("Land", "On foot", "Vehicle", "Tractor-trailer"),
        "sea": ("Maritime", "Vessel"),
        "air": ("Air", "Commercial flight"),
    },
    offences={
        "illicit_goods": ("Narcotics trafficking",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "document_fraud": ("Identity document fraud",),
        "cybercrime": ("Cyber event",),
        "terrorism": ("Terrorist financing",),
    },
    no_exploitation=(None,),
    unknown=("Unknown", "UNK"),
    not_applicable=("N/A", "Not applicable"),
    count_unknown=("UNK", "unknown"),
    zero=(),
    number_words={},
    country_styles={"iso2": 0.78, "upper": 0.15, "alias": 0.04, "name": 0.03},
    transit_sep="json",
    offence_sep="; ",
    direct=(None,),
)

WU_FIU = FiSource(
    source="wu_fiu",
    filename="wu_fiu_fi.csv",
    ref="WU-FIU-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Event Date",
        "crime_type": "Typology",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Individuals",
        "n_suspects": "No. of Facilitators",
        "gender": "Gender",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode",
        "linked_offences": "Linked Offences",
    },
    note="Note: figures are provisional and subject to revision",
    total="Grand Total",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    crime={
        "trafficking": ("Human Trafficking", "HT"),
        "smuggling": ("Migrant Smuggling", "Human Smuggling", "MS"),
        "both": ("HT/MS", "Human Trafficking & Smuggling"),
    },
    exploitation={
        "sexual": ("Sexual Exploitation", "Sexual"),
        "forced_labour": ("Forced Labour", "Labour Exploitation"),
        "forced_criminality": ("Forced Criminality", "Criminal Exploitation"),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "Women"),
        "male": ("Male", "Men"),
        "mixed": ("Mixed", "Male & Female"),
    },
    age={
        "child": ("Minor(s)", "Under 18"),
        "adult": ("Adult(s)", "18+"),
        "mixed": ("Adults & Minors", "Mixed"),
    },
    transport={
        "sea": ("Sea", "Small boat", "Boat"),
        "land": ("Land", "Lorry", "Overland"),
        "air": ("Air", "Flight"),
    },
    offences={
        "money_laundering": ("Money Laundering",),
        "document_fraud": ("Document Fraud",),
        "corruption": ("Corruption",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism Financing",),
    },
    no_exploitation=(None, None, "N/A"),
    unknown=("Unknown", "Not known"),
    not_applicable=("N/A", "Not recorded"),
    count_unknown=("Unknown", "TBC"),
    zero=("None", "nil"),
    number_words={},
    country_styles={"name": 0.55, "iso3": 0.3, "alias": 0.08, "typo": 0.05, "lower": 0.02},
    transit_sep=" > ",
    offence_sep=", ",
    direct=(None, None, "Direct"),
)

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[FiSource, ...] = (TRACFIN, SEPBLAC, UAF_PANAMA, FINCEN, WU_FIU)

# Detection country -> the desk that first reports its events; the rest go to WU's FIU.
_PRIMARY = {"FRA": "tracfin", "ESP": "sepblac", "PAN": "uaf_panama", "USA": "fincen"}
_COMPILATION = "wu_fiu"
# (corridor, detection country) -> the desk whose own case may report it a second time.
_SECONDARY = {
    ("channel", "FRA"): "wu_fiu",
    ("channel", "GBR"): "tracfin",
    ("thb_vnm_gbr", "GBR"): "tracfin",
    ("cmed", "ITA"): "tracfin",
    ("wmed", "ESP"): "tracfin",
    ("thb_nga_ita", "ITA"): "sepblac",
    ("thb_rou_esp", "ITA"): "sepblac",
    ("thb_rou_esp", "ESP"): "wu_fiu",
    ("watl", "ESP"): "wu_fiu",
    ("us_mex", "USA"): "wu_fiu",
    ("darien", "PAN"): "fincen",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word 65 % of the time, another of the desk's words otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _case(rng: _Rng, text: str, tags: list[str], col: str, rate: float = 0.04) -> str:
    """Change the case or spacing of a few cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    if out != text:
        tags.append(f"case:{col}")
    return out


def _style(src: FiSource, rng: _Rng) -> str:
    """Draw how the desk writes a country cell this time."""
    styles = list(src.country_styles)
    weights = np.array(list(src.country_styles.values()), dtype=float)
    return styles[int(rng.choice(len(styles), p=weights / weights.sum()))]


def _country(
    src: FiSource, iso: str, rng: _Rng, tags: list[str], col: str, style: str | None = None
) -> str:
    """Write one ISO alpha-3 code as the desk writes a country (in ``style`` if given)."""
    lang = src.language
    name = _NAMES[iso][_LANG_INDEX[lang]]
    style = style or _style(src, rng)
    alpha2, numeric = iso_codes(iso)
    if style == "upper":
        return name.upper()
    if style == "lower":
        return name.lower()
    if style == "iso2":
        tags.append(f"iso2:{col}")
        return alpha2
    if style == "iso3":
        tags.append(f"iso3:{col}")
        return iso
    if style == "numeric":
        tags.append(f"numeric:{col}")
        return numeric
    if style == "coded":  # SEPBLAC's coded lists: "MA - MARRUECOS"
        tags.append(f"coded:{col}")
        return f"{alpha2} - {name.upper()}"
    if style == "alias" and iso in _ALIASES[lang]:
        tags.append(f"alias:{col}")
        return choice(rng, _ALIASES[lang][iso])
    if style == "typo" and iso in _TYPOS[lang]:
        tags.append(f"typo:{col}")
        return _TYPOS[lang][iso]
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            tags.append(f"mojibake:{col}")
            return garbled
    return name


def _transit(src: FiSource, value: str, rng: _Rng, tags: list[str]) -> object:
    """Write an ordered ``A|B`` transit list with the desk's separator, one style a cell."""
    style = _style(src, rng)
    if style == "numeric":  # "218 - 170" would read as a range: the desk writes names here
        style = "name"
    col = "transit_countries"
    parts = [_country(src, iso, rng, tags, col, style) for iso in value.split("|")]
    if src.transit_sep == "json":
        return parts
    return src.transit_sep.join(parts)


def _thousands(src: FiSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count the desk's way (numbers in a spreadsheet or JSON, text otherwise)."""
    if n >= 1000 and src.source != "fincen" and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        hi, lo = divmod(n, 1000)
        sep = {"tracfin": choice(rng, ("\u00a0", " ")), "sepblac": "."}.get(src.source, ",")
        return f"{hi}{sep}{lo:03d}"
    return n if src.format != "csv" else str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds of a decimal degree (``8°30'15"N``)."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{pos if value >= 0 else neg}"


def _date(
    src: FiSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected date, precision)."""
    r = rng.random()
    m, y, q = ts.month, ts.year, ts.quarter
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if src.source == "tracfin":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_FR_MONTHS[m - 1]} {y}", month_start, "month"
        if partial_ok and r < 0.07:
            tags.append("partial_date")
            return f"T{q} {y}", quarter_start, "quarter"
        return ts.strftime("%d/%m/%Y" if r < 0.92 else "%d/%m/%y"), ts, "day"
    if src.source == "sepblac":
        if partial_ok and r < 0.03:
            tags.append("partial_date")
            return f"{m:02d}/{y}", month_start, "month"
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{q}º trim. {y}", quarter_start, "quarter"
        if r < 0.82:
            return ts.to_pydatetime(), ts, "day"
        tags.append("text_date")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src.source == "uaf_panama":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_ES_MONTHS[m - 1]} de {y}", month_start, "month"
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("serial_date")
        return str((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
    if src.source == "fincen":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return ts.strftime("%Y-%m"), month_start, "month"
        return ts.strftime("%Y-%m-%d" if r < 0.85 else "%Y-%m-%dT00:00:00"), ts, "day"
    # wu_fiu
    if partial_ok and r < 0.03:
        tags.append("partial_date")
        return f"{MONTHS[m - 1]} {y}", month_start, "month"
    if partial_ok and r < 0.06:
        tags.append("partial_date")
        return f"Q{q} {y}", quarter_start, "quarter"
    if r < 0.66:
        return f"{ts.day} {MONTHS[m - 1][:3]} {y}", ts, "day"
    if r < 0.86:
        return f"{ts.day:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", ts, "day"
    return ts.strftime("%Y/%m/%d"), ts, "day"  # rows keyed in by the transaction system


def _coordinates(
    src: FiSource,
    lat: float,
    lon: float,
    rng: _Rng,
    blank: bool,
    tags: list[str],
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    if "lat" not in src.headers and "coordinates" not in src.headers:
        tags.append("coords_missing")  # a desk without a place column
        return {}, None, None
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    r = rng.random()
    if r < 0.05:
        tags.append("coords_missing")
        return {}, None, None
    if src.source == "uaf_panama":
        if r < 0.08:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("N/D", "Sin dato"))}, None, None
        tags.append("coords_dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
    if src.source == "tracfin":
        tags.append("coords_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _render(
    src: FiSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    accent_garble = src.source == "uaf_panama"

    def text(col: str, value: str) -> str:
        out = _case(rng, value, tags, col)
        if accent_garble and f"mojibake:{col}" not in tags and rng.random() < 0.08:
            garbled = mojibake(out)
            if garbled is not None:
                tags.append(f"mojibake:{col}")
                return garbled
        return out

    crime = str(ev["crime_type"])
    cells["crime_type"] = text("crime_type", _word(rng, src.crime[crime]))
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # a pure smuggling case: no form of exploitation
        written = src.no_exploitation[int(rng.integers(len(src.no_exploitation)))]
        cells["exploitation"] = written
        if written is not None:
            tags.append("na_exploitation")
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        tags.append("unknown:exploitation")
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
    else:
        cells["exploitation"] = text("exploitation", _word(rng, src.exploitation[str(expl)]))
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _thousands(src, n, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        tags.append("blank_n_suspects")
        cells["n_suspects"] = None
        exp["n_suspects"] = None
    elif r < 0.05:
        tags.append("suspects_placeholder")
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
    elif k == 0 and src.zero and r < 0.45:
        tags.append("zero_word")
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
    elif k in src.number_words and r < 0.15:
        tags.append("count_word:n_suspects")
        cells["n_suspects"] = src.number_words[k]
        exp["n_suspects"] = k
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        tags.append("blank_gender")
        cells["gender"] = None
        exp["gender"] = "unknown"
    elif r < 0.04:
        tags.extend(("blank_gender", "unknown:gender"))
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
    else:
        cells["gender"] = text("gender", _word(rng, src.gender[gender]))
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.025:
            tags.append("na_word")
            cells[col] = choice(rng, src.not_applicable)
            exp[col] = "unknown"
        else:
            cells[col] = text(col, _word(rng, table[value]))
            exp[col] = value

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.025:
        tags.append("blank_nationality")
        cells["nationality"] = None
        exp["nationality"] = None
    elif r < 0.04:
        tags.extend(("blank_nationality", "unknown:nationality"))
        cells["nationality"] = choice(rng, src.unknown)
        exp["nationality"] = None
    else:
        cells["nationality"] = text("nationality", _country(src, nat, rng, tags, "nationality"))
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        r = rng.random()
        if r < 0.02:
            tags.append(f"empty:{col}")
            cells[col] = None
            exp[col] = None
        elif r < 0.035:
            tags.append(f"unknown:{col}")
            cells[col] = choice(rng, src.unknown)
            exp[col] = None
        else:
            cells[col] = text(col, _country(src, iso, rng, tags, col))
            exp[col] = iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"] = None
        exp["detection_country"] = None
    else:
        col = "detection_country"
        cells[col] = text(col, _country(src, det, rng, tags, col))
        exp[col] = det

    transit = ev["transit_countries"]
    if transit is None:
        written = src.direct[int(rng.integers(len(src.direct)))]
        if written is not None:
            tags.append("direct_word")
        cells["transit_countries"] = written
        exp["transit_countries"] = None
    elif rng.random() < 0.03:
        tags.append("empty:transit_countries")
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        cells["transit_countries"] = _transit(src, str(transit), rng, tags)
        exp["transit_countries"] = str(transit)

    place, exp["lat"], exp["lon"] = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
        tags,
    )
    cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_word(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, list(dict.fromkeys(tags))


def _future_year(year: int) -> int:
    """Return a clerk's slip that puts the year in the future (2023 -> 2032, else + 10)."""
    swapped = int(f"{year // 100}{year % 10}{year // 10 % 10}")
    return swapped if swapped > 2026 else year + 10


def _bad_date(src: FiSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        if src.source == "uaf_panama" and rng.random() < 0.5:
            return "s/f"  # sin fecha
        return None
    if kind == "bad_date":
        day, month = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))[int(rng.integers(6))]
        y = ts.year
        if src.source == "fincen":
            return f"{y}-{month:02d}-{day:02d}"
        if src.source == "wu_fiu":
            return f"{day} {MONTHS[month - 1][:3]} {y}"
        return f"{day:02d}/{month:02d}/{y}"
    future = ts.replace(year=_future_year(ts.year), day=min(ts.day, 28))
    if src.source == "sepblac":
        return future.to_pydatetime()
    if src.source == "fincen":
        return future.strftime("%Y-%m-%d")
    if src.source == "wu_fiu":
        return f"{future.day} {MONTHS[future.month - 1][:3]} {future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: FiSource, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    if src.source == "sepblac":
        return day.to_pydatetime()
    if src.source == "wu_fiu":
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[FiSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=163_016,
    blank_share=0.3,
)


def make_blind163(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five financial-intelligence desks' submissions.

    Tracfin (French, cp1252 CSV), SEPBLAC (Spanish spreadsheet), Panama's UAF
    (Spanish, UTF-8 CSV with mojibake), FinCEN (English JSON lines) and Western
    Union's FIU (English, UTF-16 tab-separated, the compilation of every other
    detection country). About 4 % of events are reported twice by two desks, a few
    rows are bad (no, impossible or future date; negative or vague count), each CSV
    has an empty row, the desks add a note and a total row, and two desks re-send a
    few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind163(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['tracfin_fi.csv', 'sepblac_fi.xlsx', 'uaf_panama_fi.csv', 'fincen_fi.jsonl',
     'wu_fiu_fi.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
