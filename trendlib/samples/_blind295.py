"""Examiner sample set ``blind295`` (files ``*_kk.*``): inspectorates and a monitoring desk.

Five sources never used before in this project, leaning on the trading-standards,
consumer-protection and labour-inspection units that find exploited and smuggled workers
in nail bars, car washes, takeaways and farms, and pass what they see to the analysts:

``nts_intel_kk.xlsx``
    National Trading Standards (England and Wales) Intelligence Team: an export of its
    intelligence database (IDB) as an Excel sheet, in English. Real Excel dates with a few
    typed as text (day first), UK crime words ("Modern slavery", "s.25 facilitation",
    "OIC"), nationalities as demonyms ("Vietnamese"), the UK nation of the encounter
    ("England", "Scotland") as the country, routes joined by ``" > "``, trading-standards
    offences ("Illicit tobacco", "Cannabis cultivation"), "Nil" suspects.
``dreets_hdf_uracti_kk.csv``
    DREETS Hauts-de-France, regional unit against illegal work (URACTI): a cp1252 CSV
    with ``;`` and CRLF, in French. Day-first dates, a few "mai 2023" or "T2 2023",
    legal wording ("aide à l'entrée et au séjour irréguliers"), nationalities as
    adjectives ("afghane"), decimal commas, "aucun" suspects, "NC" counts.
``dgconsumo_es_kk.csv``
    Spain's Dirección General de Consumo, consolidating regional consumer inspections:
    UTF-8 with BOM, ``|`` delimited, in Spanish. One regional batch arrives as mojibake;
    Penal Code articles as crime types ("art. 318 bis CP"), "MENA", "patera"/"cayuco",
    thousands with a dot, no coordinates (inspections are filed by address).
``acodeco_pa_kk.csv``
    Panama's consumer authority ACODECO (Darién district office, price checks at the
    migrant reception stations): Excel "Unicode text" (UTF-16, tab), in Spanish. Excel
    serial numbers among the dates, "17-may-23", "NNA" for children, plural demonyms
    ("venezolanos"), counts with "personas" and thousands with a comma, GPS as a pair in
    decimal degrees or degrees-minutes-seconds.
``frontex_fsc_kk.jsonl``
    Frontex Situation Centre monitoring desk (the compilation): JSON lines in English
    with ISO codes, ISO dates and timestamps, transit countries as JSON arrays, nulls.
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

__all__ = ["AGENCIES", "make_blind295"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

# --------------------------------------------------------------------------------------
# Countries as these agencies write them
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
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Nationalities as people (only the nationalities of the truth): English demonym, French
# adjective (feminine, "nationalité afghane"), Spanish singular and plural.
_PEOPLE: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgano", "afganos"),
    "ALB": ("Albanian", "albanaise", "albanés", "albaneses"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí", "bangladesíes"),
    "CHN": ("Chinese", "chinoise", "chino", "chinos"),
    "CIV": ("Ivorian", "ivoirienne", "marfileño", "marfileños"),
    "CMR": ("Cameroonian", "camerounaise", "camerunés", "cameruneses"),
    "COL": ("Colombian", "colombienne", "colombiano", "colombianos"),
    "DZA": ("Algerian", "algérienne", "argelino", "argelinos"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriano", "ecuatorianos"),
    "EGY": ("Egyptian", "égyptienne", "egipcio", "egipcios"),
    "ERI": ("Eritrean", "érythréenne", "eritreo", "eritreos"),
    "GIN": ("Guinean", "guinéenne", "guineano", "guineanos"),
    "GMB": ("Gambian", "gambienne", "gambiano", "gambianos"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco", "guatemaltecos"),
    "HND": ("Honduran", "hondurienne", "hondureño", "hondureños"),
    "HTI": ("Haitian", "haïtienne", "haitiano", "haitianos"),
    "IRN": ("Iranian", "iranienne", "iraní", "iraníes"),
    "IRQ": ("Iraqi", "irakienne", "iraquí", "iraquíes"),
    "MAR": ("Moroccan", "marocaine", "marroquí", "marroquíes"),
    "MEX": ("Mexican", "mexicaine", "mexicano", "mexicanos"),
    "MLI": ("Malian", "malienne", "maliense", "malienses"),
    "NGA": ("Nigerian", "nigériane", "nigeriano", "nigerianos"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní", "pakistaníes"),
    "ROU": ("Romanian", "roumaine", "rumano", "rumanos"),
    "SEN": ("Senegalese", "sénégalaise", "senegalés", "senegaleses"),
    "SYR": ("Syrian", "syrienne", "sirio", "sirios"),
    "TUN": ("Tunisian", "tunisienne", "tunecino", "tunecinos"),
    "TUR": ("Turkish", "turque", "turco", "turcos"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolano", "venezolanos"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita", "vietnamitas"),
    "YEM": ("Yemeni", "yéménite", "yemení", "yemeníes"),
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        (
            "January February March April May June July August September October November December"
        ).split()
    ),
    "fr": tuple(
        (
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ).split()
    ),
    "es": tuple(
        (
            "enero febrero marzo abril mayo junio "
            "julio agosto septiembre octubre noviembre diciembre"
        ).split()
    ),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_PARTIAL = ("month_en", "month_fr", "month_es", "month_iso", "quarter_fr", "quarter_es")
_QUARTER = ("quarter_fr", "quarter_es")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles (keys of :func:`_date_cell`) with their weights.
    crime, exploitation, gender, age, offences : mapping
        Canonical word -> the agency's words for it (``gender`` and ``age`` also have
        ``"male1"``, ``"female1"``, ``"adult1"``, ``"child1"`` for one person).
    transport : mapping
        ``mode`` or ``"corridor:mode"`` -> words (the corridor's own words come first).
    not_applicable : tuple of str
        What the exploitation cell says on a pure smuggling row (``""``: left empty).
    unknown : tuple of str
        Words for a value nobody knows.
    count_unknown, zero : tuple of str
        Words for a count nobody knows, and for no suspect at all.
    thousands : str
        Thousands separator of large counts (``""``: none).
    nat_styles, country_styles : tuple of (str, float)
        How nationality and other country cells are written (keys of
        :func:`_country_cell`).
    detection : mapping
        ISO alpha-3 -> the words of a detection country.
    transit_sep : str
        Separator of transit lists (``"[]"``: a JSON array).
    coords : str
        ``"numbers"``, ``"comma"`` (text with a decimal comma), ``"pair"`` or ``"none"``.
    mojibake_rate : float
        Share of rows whose text arrived garbled (UTF-8 read as cp1252).
    case_rate : float
        Share of word cells typed in another case or with stray spaces.
    """

    dates: tuple[tuple[str, float], ...]
    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    offence_sep: str
    not_applicable: tuple[str, ...]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    thousands: str
    nat_styles: tuple[tuple[str, float], ...]
    country_styles: tuple[tuple[str, float], ...]
    detection: _Words
    transit_sep: str
    coords: str
    mojibake_rate: float
    case_rate: float


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_NTS = Agency(
    source="nts_intel_kk",
    filename="nts_intel_kk.xlsx",
    ref="IDB/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "IDB Log Ref",
        "event_date": "Incident Date",
        "premises": "Premises Type",
        "crime_type": "Crime Category",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. Potential Victims / Migrants",
        "n_suspects": "No. Suspects",
        "gender": "Sex",
        "age_group": "Age Range",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route Travelled",
        "transport_mode": "Method of Travel",
        "detection_country": "Location (UK Nation)",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="Extract from IDB. OFFICIAL-SENSITIVE: not for onward dissemination",
    total="Total",
    bad_count=("several", "see log narrative", "a few"),
    repeats=False,
    dates=(("excel", 0.86), ("text_dmy", 0.09), ("month_en", 0.05)),
    crime={
        "trafficking": ("Modern Slavery", "MSHT", "Human trafficking (MSA 2015)"),
        "smuggling": ("Facilitation (s.25 IA 1971)", "Organised immigration crime", "OIC"),
        "both": ("MSHT & facilitation", "Modern slavery / OIC"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F", "Females"),
        "male": ("Male", "M", "Males"),
        "mixed": ("Mixed", "Male & female"),
        "female1": ("Female", "F"),
        "male1": ("Male", "M"),
    },
    age={
        "child": ("Under 18", "Child", "Children (U18)"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Adults & children", "Mixed"),
        "child1": ("Under 18", "Child"),
        "adult1": ("Adult", "18+"),
    },
    transport={
        "channel:sea": ("Small boat", "Small boat (RHIB)", "Dinghy"),
        "channel:land": ("HGV (clandestine)", "Lorry", "Concealed in vehicle"),
        "sea": ("Ferry", "Sea"),
        "land": ("Lorry", "Coach", "Car"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False ID documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering", "POCA money laundering"),
        "illicit_goods": ("Illicit tobacco", "Cannabis cultivation", "Counterfeit goods"),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    not_applicable=("N/A", "", "Not applicable"),
    unknown=("Not known", "Not recorded", "Unknown"),
    count_unknown=("Not known", "TBC"),
    zero=("Nil", "None"),
    thousands=",",
    nat_styles=(("people", 0.55), ("name", 0.25), ("iso3", 0.08), ("typo", 0.06), ("upper", 0.06)),
    country_styles=(("name", 0.84), ("typo", 0.06), ("upper", 0.05), ("iso3", 0.05)),
    detection={"GBR": ("UK", "United Kingdom", "GB", "England")},
    transit_sep=" > ",
    coords="numbers",
    mojibake_rate=0.0,
    case_rate=0.03,
)

_DREETS = Agency(
    source="dreets_hdf_uracti_kk",
    filename="dreets_hdf_uracti_kk.csv",
    ref="HDF-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de procédure",
        "event_date": "Date du contrôle",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de victimes / personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction SI URACTI - données provisoires, procédures en cours non closes",
    total="TOTAL",
    bad_count=("plusieurs", "cf. PV", "une dizaine ?"),
    repeats=False,
    dates=(
        ("dmy", 0.8),
        ("dmy2", 0.08),
        ("month_fr", 0.06),
        ("quarter_fr", 0.06),
    ),
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite (art. 225-4-1 CP)"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Aide au séjour irrégulier en bande organisée",
            "Filière d'immigration irrégulière",
        ),
        "both": ("TEH et aide au séjour irrégulier", "Traite + aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": (
            "travail forcé",
            "conditions de travail indignes",
            "exploitation par le travail",
        ),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    gender={
        "female": ("Femmes", "F", "féminin"),
        "male": ("Hommes", "H", "masculin"),
        "mixed": ("Mixte", "H et F", "hommes et femmes"),
        "female1": ("Femme", "F"),
        "male1": ("Homme", "H"),
    },
    age={
        "child": ("mineurs", "MNA", "mineurs non accompagnés"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "child1": ("mineur", "MNA"),
        "adult1": ("majeur", "adulte"),
    },
    transport={
        "channel:sea": ("small boat", "embarcation pneumatique", "traversée maritime"),
        "channel:land": ("poids lourd", "dissimulés dans un PL", "camion"),
        "sea": ("ferry", "maritime"),
        "land": ("routier", "véhicule léger", "autocar"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "usage de faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("stupéfiants", "contrefaçon"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    not_applicable=("sans objet", "", "-"),
    unknown=("non renseigné", "inconnu", "?"),
    count_unknown=("NC", "inconnu", "non communiqué"),
    zero=("aucun", "néant"),
    thousands="\u00a0",
    nat_styles=(("people", 0.45), ("name", 0.4), ("upper", 0.1), ("typo", 0.05)),
    country_styles=(("name", 0.85), ("upper", 0.1), ("typo", 0.05)),
    detection={
        "FRA": ("France", "FRANCE", "FR"),
        "GBR": ("Royaume-Uni", "Angleterre", "Royaume Uni"),
    },
    transit_sep=" - ",
    coords="comma",
    mojibake_rate=0.0,
    case_rate=0.05,
)

_CONSUMO = Agency(
    source="dgconsumo_es_kk",
    filename="dgconsumo_es_kk.csv",
    ref="AI-{seq:05d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Nº Acta",
        "event_date": "Fecha de la actuación",
        "zone": "Provincia / Isla",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos consolidados de las CCAA, provisionales",
    total="Total general",
    bad_count=("varios", "ver acta", "grupo"),
    repeats=True,
    dates=(
        ("dmy", 0.72),
        ("dmy_dash", 0.14),
        ("month_es", 0.08),
        ("quarter_es", 0.06),
    ),
    crime={
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración clandestina",
        ),
        "both": ("Trata y tráfico de migrantes", "Trata + 318 bis"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras finalidades",),
    },
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Varones", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto"),
        "female1": ("Mujer",),
        "male1": ("Varón", "Hombre"),
    },
    age={
        "child": ("Menores", "MENA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
        "child1": ("Menor", "MENA"),
        "adult1": ("Adulto", "Mayor de edad"),
    },
    transport={
        "watl:sea": ("Cayuco", "Embarcación neumática", "Marítimo"),
        "wmed:sea": ("Patera", "Neumática", "Marítimo"),
        "wmed:land": ("Salto de valla", "Oculto en vehículo", "Terrestre"),
        "sea": ("Marítimo", "Ferry"),
        "land": ("Autobús", "Terrestre", "Vehículo particular"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=" / ",
    not_applicable=("No procede", "", "N/P"),
    unknown=("No consta", "Desconocido", "s/d"),
    count_unknown=("s/d", "No consta"),
    zero=("ninguno", "0 (ninguno)"),
    thousands=".",
    nat_styles=(("name", 0.5), ("people", 0.32), ("upper", 0.1), ("typo", 0.04), ("iso2", 0.04)),
    country_styles=(("name", 0.88), ("upper", 0.08), ("typo", 0.04)),
    detection={"ESP": ("España", "ESPAÑA", "ES", "ESP")},
    transit_sep=", ",
    coords="none",
    mojibake_rate=0.09,
    case_rate=0.05,
)

_ACODECO = Agency(
    source="acodeco_pa_kk",
    filename="acodeco_pa_kk.csv",
    ref="ACT-DAR-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° de Acta",
        "event_date": "Fecha",
        "site": "Lugar de la diligencia",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final declarado",
        "detection_country": "País",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="TOTAL",
    bad_count=("varios", "grupo grande", "ver informe"),
    repeats=True,
    dates=(("dmy", 0.74), ("dmon_es", 0.1), ("serial", 0.09), ("month_es", 0.07)),
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes", "Tráfico y trata"),
    },
    exploitation={
        "sexual": ("Sexual", "Explotación sexual"),
        "forced_labour": ("Laboral", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino", "F", "Mujeres"),
        "male": ("Masculino", "M", "Hombres"),
        "mixed": ("Mixto", "Ambos"),
        "female1": ("Femenino", "F"),
        "male1": ("Masculino", "M"),
    },
    age={
        "child": ("NNA", "Menores de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "child1": ("NNA", "Menor de edad"),
        "adult1": ("Adulto", "Mayor de edad"),
    },
    transport={
        "darien:land": ("Terrestre", "A pie", "Caminando (selva)"),
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Bus"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Drogas", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep="; ",
    not_applicable=("—", "", "No aplica"),
    unknown=("Sin dato", "Por determinar", "S/D"),
    count_unknown=("Por determinar", "Sin dato"),
    zero=("Ninguno", "ninguno"),
    thousands=",",
    nat_styles=(("people_pl", 0.4), ("name", 0.44), ("upper", 0.1), ("typo", 0.06)),
    country_styles=(("name", 0.86), ("upper", 0.1), ("typo", 0.04)),
    detection={"PAN": ("Panamá", "PANAMA", "Rep. de Panamá", "PA")},
    transit_sep=" / ",
    coords="pair",
    mojibake_rate=0.0,
    case_rate=0.04,
)

_FSC = Agency(
    source="frontex_fsc_kk",
    filename="frontex_fsc_kk.jsonl",
    ref="FSC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incidentId",
        "event_date": "eventDate",
        "route": "migratoryRoute",
        "crime_type": "crimeArea",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "facilitatorsApprehended",
        "gender": "genderProfile",
        "age_group": "ageProfile",
        "nationality": "mainNationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "intendedDestination",
        "detection_country": "countryOfDetection",
        "transit_countries": "transitCountries",
        "transport_mode": "transportMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "linkedCrimes",
    },
    note=None,
    total="TOTAL (all incidents in export)",
    bad_count=("dozens", "several", "n.q."),
    repeats=False,
    dates=(("iso", 0.6), ("iso_dt", 0.32), ("month_iso", 0.08)),
    crime={
        "trafficking": ("THB", "Trafficking in human beings"),
        "smuggling": ("Migrant smuggling", "Facilitation of irregular migration"),
        "both": ("THB / migrant smuggling", "THB and facilitation"),
    },
    exploitation={
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={
        "female": ("female", "F"),
        "male": ("male", "M"),
        "mixed": ("mixed",),
        "female1": ("female", "F"),
        "male1": ("male", "M"),
    },
    age={
        "child": ("minors", "UAM", "minor"),
        "adult": ("adults", "adult"),
        "mixed": ("adults and minors", "mixed"),
        "child1": ("minor", "UAM"),
        "adult1": ("adult",),
    },
    transport={
        "sea": ("sea", "Sea (boat)"),
        "land": ("land", "Land (green border)"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "smuggling of goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    not_applicable=("",),
    unknown=("unknown", "n.a.", "not specified"),
    count_unknown=("unknown", "n.a."),
    zero=(),
    thousands="",
    nat_styles=(("iso3", 0.9), ("name", 0.1)),
    country_styles=(("iso3", 0.92), ("name", 0.08)),
    detection={},
    transit_sep="[]",
    coords="numbers",
    mojibake_rate=0.0,
    case_rate=0.0,
)

#: The set's agencies, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_NTS, _DREETS, _CONSUMO, _ACODECO, _FSC)

_PRIMARY = {
    "GBR": _NTS.source,
    "FRA": _DREETS.source,
    "ESP": _CONSUMO.source,
    "PAN": _ACODECO.source,
}
# Who hears of an event a second time: the monitoring desk follows the sea and land
# arrivals in the press and partner reports; the French inspectors meet the Vietnamese
# labour networks on their way to the United Kingdom.
_SECONDARY = {
    ("channel", "FRA"): _FSC.source,
    ("channel", "GBR"): _FSC.source,
    ("watl", "ESP"): _FSC.source,
    ("wmed", "ESP"): _FSC.source,
    ("darien", "PAN"): _FSC.source,
    ("thb_vnm_gbr", "GBR"): _DREETS.source,
}

# Places the agencies name (extra columns of their own).
_PREMISES = {
    "channel:sea": ("Coastline (Border Force referral)", "Tug Haven, Dover"),
    "channel:land": ("Port - Eastern Docks", "Lorry park"),
    "thb_vnm_gbr": ("Nail bar", "Car wash", "Hot food takeaway", "Residential (cannabis farm)"),
}
_ZONE = {
    "Gran Canaria": "Las Palmas (Gran Canaria)",
    "Tenerife": "Santa Cruz de Tenerife",
    "El Hierro": "Santa Cruz de Tenerife (El Hierro)",
    "Lanzarote": "Las Palmas (Lanzarote)",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Almería",
    "Huelva": "Huelva",
    "Almería (El Ejido)": "Almería (El Ejido)",
}
_SITE = {
    "Darién gap": ("Metetí", "Yaviza", "Sendero del Darién"),
    "Bajo Chiquito": ("Comunidad de Bajo Chiquito",),
    "Lajas Blancas": ("ERM Lajas Blancas", "Estación de Recepción Migratoria Lajas Blancas"),
}
_ROUTE = {
    "cmed": "Central Mediterranean",
    "emed": "Eastern Mediterranean",
    "wmed": "Western Mediterranean",
    "watl": "Western African",
    "wbal": "Western Balkans",
    "blr_pol": "Eastern Land Border",
    "channel": "Channel",
    "darien": "Non-EU: Americas (Darien)",
    "us_mex": "Non-EU: Americas (US-Mexico)",
    "thb_nga_ita": "Central Mediterranean",
    "thb_vnm_gbr": "Channel",
    "thb_rou_esp": "Intra-EU",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a day in one style; the partial styles write its month or quarter."""
    m = ts.month - 1
    if style == "excel":
        return ts.to_pydatetime()
    if style in ("dmy", "text_dmy"):
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "dmon_es":
        return f"{ts.day:02d}-{_MONTHS['es'][m][:3]}-{ts.year % 100:02d}"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_dt":
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hh:02d}:{mm:02d}:00Z"
    if style == "month_en":
        return f"{_MONTHS['en'][m]} {ts.year}"
    if style == "month_fr":
        return f"{_MONTHS['fr'][m]} {ts.year}"
    if style == "month_es":
        return f"{_MONTHS['es'][m]} de {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}"
    if style == "quarter_es":
        return f"{ts.quarter}.º trimestre {ts.year}"
    raise ValueError(f"unknown date style {style!r}")  # a typo in this module's tables


def _main_day(src: Agency, ts: pd.Timestamp) -> object:
    """Write a day in the agency's usual style (its first one)."""
    return _date_cell(src.dates[0][0], ts, np.random.default_rng(0))


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, an impossible day, or a year typed ten ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        day = min(ts.day, 28) if ts.month == 2 else ts.day
        return _main_day(src, ts.replace(year=ts.year + 10, day=day))
    month = ts.month if ts.month in (2, 4, 6, 9, 11) else choice(rng, ("04", "06", "09", "11"))
    day = 30 if int(month) == 2 else 31
    if src.format == "jsonl":
        return f"{ts.year}-{int(month):02d}-{day}"
    return f"{day}/{int(month):02d}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the extraction written on the note row: two weeks after the last row."""
    return _main_day(src, last + pd.Timedelta(days=14))


def _typo(name: str, rng: _Rng) -> str:
    """Drop or double one letter inside a long name (still readable)."""
    if len(name) < 7:
        return name
    i = int(rng.integers(2, len(name) - 2))
    if not name[i].isalpha():
        return name
    return name[:i] + name[i + 1 :] if rng.random() < 0.5 else name[:i] + name[i] + name[i:]


def _country_cell(src: Agency, iso: str, style: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country in ``style``; return the cell and the habit it shows (or None)."""
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style in ("people", "people_pl") and iso in _PEOPLE:
        people = _PEOPLE[iso]
        word = people[lang] if src.language != "es" else people[3 if style == "people_pl" else 2]
        return word, "demonym"
    if style == "upper":
        return name.upper(), "upper"
    if style == "typo":
        out = _typo(name, rng)
        return out, ("typo" if out != name else None)
    return name, None


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons as the agency does."""
    if src.format != "csv":
        return n, []
    if n >= 1000 and src.thousands and rng.random() < 0.75:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", ["thousands"]
    if src.source == _ACODECO.source and rng.random() < 0.12:
        return f"{n} persona{'s' if n != 1 else ''}", ["unit_suffix"]
    return str(n), []


def _coords(src: Agency, lat: float, lon: float, rng: _Rng) -> dict[str, object]:
    """Write a point as the agency does (the caller decides whether it is missing)."""
    if src.coords == "numbers":
        digits = 5 if src.format == "xlsx" else 4
        return {"lat": round(lat, digits), "lon": round(lon, digits)}
    if src.coords == "comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if rng.random() < 0.22:
        return {"coordinates": f"{_dms(lat, 'NS')} {_dms(lon, 'EW')}"}
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}


def _dms(value: float, hemispheres: str) -> str:
    """Degrees, minutes and seconds as a GPS handset shows them (``8°30'04.4"N``)."""
    total = round(abs(value) * 3600, 1)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    side = hemispheres[0] if value >= 0 else hemispheres[1]
    return f"{int(deg)}°{int(minutes):02d}'{seconds:04.1f}\"{side}"


def _words(table: _Words, key: str, rng: _Rng) -> str:
    """Pick the agency's word for ``key``: its usual word most of the time."""
    forms = table[key]
    return forms[0] if rng.random() < 0.6 or len(forms) == 1 else choice(rng, forms[1:])


def _noise(src: Agency, text: str, rng: _Rng) -> tuple[str, bool]:
    """Type a word cell in another case or with stray spaces, now and then."""
    if not text or rng.random() >= src.case_rate:
        return text, False
    k = int(rng.integers(0, 3))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
    return out, out != text


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    tags: list[str] = []
    has = set(src.headers)
    corridor = str(ev["corridor"])
    hotspot = str(ev["hotspot"])
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    single = n_persons == 1

    def unknown_word() -> str | None:
        word = choice(rng, src.unknown)
        return None if rng.random() < 0.35 else word

    # date
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    dates = src.dates if partial_ok else tuple(d for d in src.dates if d[0] not in _PARTIAL)
    style = _weighted(rng, dates)
    cells["event_date"] = _date_cell(style, ts, rng)
    if style in _PARTIAL:
        quarter = style in _QUARTER
        day = ts.to_period("Q" if quarter else "M").start_time
        precision = "quarter" if quarter else "month"
        tags.append("partial_date")
    else:
        day, precision = ts.normalize(), "day"
        if style in ("text_dmy", "serial", "iso_dt", "dmon_es", "dmy2"):
            tags.append(f"date_{style}")
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _words(src.crime, crime, rng)
    if "art." in str(cells["crime_type"]) or "s.25" in str(cells["crime_type"]):
        tags.append("legal_wording:crime_type")
    exp["crime_type"] = crime
    if crime == "smuggling":
        word = choice(rng, src.not_applicable)
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    else:
        if rng.random() < 0.05:
            cells["exploitation"] = unknown_word()
            exp["exploitation"] = "unknown"
            tags.append("blank_exploitation")
        else:
            cells["exploitation"] = _words(src.exploitation, str(ev["exploitation"]), rng)
            exp["exploitation"] = ev["exploitation"]

    # counts
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], extra = _count(src, n_persons, rng)
        exp["n_persons"] = n_persons
        tags += [f"{t}:n_persons" for t in extra]
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"] = choice(rng, src.count_unknown) if r < 0.025 else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder" if r < 0.025 else "blank_n_suspects")
    elif n_sus == 0 and src.zero and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = n_sus if src.format != "csv" else str(n_sus)
        exp["n_suspects"] = n_sus

    # gender and age group
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.04:
        cells["gender"] = None if forced_blank == "gender" else unknown_word()
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        key = gender + "1" if single and gender + "1" in src.gender else gender
        cells["gender"] = _words(src.gender, key, rng)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.04:
        cells["age_group"] = unknown_word()
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        key = age + "1" if single and age + "1" in src.age else age
        cells["age_group"] = _words(src.age, key, rng)
        exp["age_group"] = age
        if cells["age_group"] in ("MNA", "MENA", "UAM", "NNA"):
            tags.append("acronym:age_group")

    # countries
    for col in ("nationality", "origin_country", "destination_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            tags.append(f"no_column:{col}")
            continue
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col or rng.random() < 0.05:
            cells[col] = None if forced_blank == col else unknown_word()
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        styles = src.nat_styles if col == "nationality" else src.country_styles
        text, habit = _country_cell(src, str(iso), _weighted(rng, styles), rng)
        if col == "destination_country" and iso == "GBR" and src.language == "fr":
            if rng.random() < 0.3 and hotspot != "Glasgow":
                text, habit = "Angleterre", "subnational"
        if col == "destination_country" and iso == "USA" and src.language == "es":
            if rng.random() < 0.35:
                text, habit = choice(rng, ("EE.UU.", "EEUU", "USA")), "alias"
        cells[col], exp[col] = text, iso
        if habit:
            tags.append(f"{habit}:{col}")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        exp["detection_country"] = det
        if det in src.detection:
            word = _words(src.detection, det, rng)
            if word in ("England", "Angleterre"):  # the UK nation of the place
                if hotspot == "Glasgow":
                    word = "Scotland" if src.language == "en" else "Écosse"
                tags.append("subnational:detection_country")
            cells["detection_country"] = word
        else:
            text, habit = _country_cell(src, det, _weighted(rng, src.country_styles), rng)
            cells["detection_country"] = text
            if habit:
                tags.append(f"{habit}:detection_country")

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = [] if src.transit_sep == "[]" and rng.random() < 0.5 else None
    else:
        parts = str(transit).split("|")
        if src.transit_sep == "[]":
            cells["transit_countries"] = parts
            tags.append("json_array:transit_countries")
        else:
            names = [_NAMES[p][_LANG[src.language]] for p in parts]
            cells["transit_countries"] = src.transit_sep.join(names)

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.035:
        cells["transport_mode"] = unknown_word()
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        table = src.transport
        key = f"{corridor}:{mode}" if f"{corridor}:{mode}" in table else mode
        cells["transport_mode"] = _words(table, key, rng)
        exp["transport_mode"] = mode

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    gone = src.coords == "none" or forced_blank == "coordinates" or rng.random() < 0.05
    if gone:
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    else:
        point = _coords(src, lat, lon, rng)
        cells.update(point)
        exp["lat"], exp["lon"] = lat, lon
        if "°" in str(point.get("coordinates", "")):
            tags.append("dms_coordinates")
        if src.coords == "comma":
            tags.append("decimal_comma:coordinates")

    # linked offences
    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_words(src.offences, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)

    # the agency's own columns
    if "premises" in has:
        where = _PREMISES.get(f"{corridor}:{mode}") or _PREMISES.get(corridor, ("Other",))
        cells["premises"] = choice(rng, where)
    if "zone" in has:
        cells["zone"] = _ZONE.get(hotspot, hotspot)
    if "site" in has:
        cells["site"] = choice(rng, _SITE.get(hotspot, (hotspot,)))
    if "route" in has:
        cells["route"] = _ROUTE.get(corridor, "Other")

    # typing habits on word cells, then a garbled batch, then what the file can hold
    words_cols = (
        "crime_type",
        "exploitation",
        "gender",
        "age_group",
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "transport_mode",
    )
    for col in words_cols:
        value = cells.get(col)
        if isinstance(value, str):
            cells[col], changed = _noise(src, value, rng)
            if changed:
                tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for col in (*words_cols, "transit_countries", "linked_offences", "zone"):
            value = cells.get(col)
            if isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[col], garbled = bad, True
        if garbled:
            tags.append("mojibake")
    for col, value in cells.items():
        if isinstance(value, str) and not fits(value, src):
            cells[col] = value.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=_FSC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=295,
    blank_share=0.3,
)


def make_blind295(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind295`` agencies send them.

    The National Trading Standards intelligence team reports the events detected in the
    United Kingdom, DREETS Hauts-de-France those in France, Spain's consumer directorate
    those in Spain and ACODECO those in Panama; the Frontex Situation Centre desk
    compiles every other event and reports some sea and land arrivals a second time.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`AGENCIES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind295(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nts_intel_kk.xlsx', 'dreets_hdf_uracti_kk.csv', 'dgconsumo_es_kk.csv',
     'acodeco_pa_kk.csv', 'frontex_fsc_kk.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', '|'), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:3].tolist()
    ['N° de procédure', 'Date du contrôle', 'Qualification retenue']
    >>> all(len(s.frame) == len(s.expected) for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
