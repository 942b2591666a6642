"""Examiner sample set ``blind313``: vehicle-recovery and road-freight desks (files ``*_lc.*``).

Five agencies that meet trafficking and smuggling through vehicles write the true events
their own way, in English, French and Spanish:

``navcis_freight_lc.xlsx``
    NaVCIS Freight, the UK police's National Vehicle Crime Intelligence Service desk for
    freight crime (clandestine entrants found in lorries, exploited drivers); an Excel
    log with real Excel dates, UK day-first text dates, demonyms ("Afghan"), "UK",
    "N/A" exploitation on smuggling rows, "None" suspects and numeric coordinates.
``sanef_pc_a16_lc.csv``
    Sanef, the PC sécurité of the A16/A26 motorways (Calais-Dunkerque) and its
    dépanneurs agréés; a main courante extract in cp1252 with ``;``, day-first dates
    with a time, French feminine demonyms ("afghane"), "Angleterre", "PL", "MNA",
    "aucun", decimal-comma coordinates and no country column (all in France), with
    some UTF-8 text read as cp1252 (mojibake).
``aneac_auxilio_lc.csv``
    ANEAC, the Spanish association of roadside-assistance (grúa) companies, relaying
    its members' service reports to the Guardia Civil; Excel "Unicode text" (UTF-16,
    tabs), "dd/mm/aaaa", "17-may-2023", "mayo 2023", "T2 2023", ``H``/``M`` for
    hombre/mujer, "MENA", "1.250", a GPS pair and no linked offences column.
``gruas_panama_lc.xlsx``
    Asociación de Grúas de Panamá (ATTT-licensed tow operators and yards) on migrants
    found in towed or stopped vehicles; Excel dates, Excel serials and "d/m/aaaa" text,
    ``M``/``F`` for masculino/femenino, "EE.UU.", "1,250" with the US thousands comma,
    and some coordinates in degrees, minutes and seconds.
``tapa_iis_lc.jsonl``
    TAPA's Incident Information Service (Transported Asset Protection Association,
    EMEA and Americas), the compilation: English JSON lines, ISO dates (some with a
    time, some month or quarter only), ISO alpha-2 country codes and numbers.

What a careful analyst cannot read is planted on purpose and the truth says so: blank or
"not known" counts expect no count, an unknown age group or transport "unknown", an
empty sex "unknown"; impossible or future dates, negative and word counts are bad rows.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind313"]

_Rng = np.random.Generator

# iso3 -> (English, French, Spanish) names, as these agencies write them.
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
_LANG = {"en": 0, "fr": 1, "es": 2}

# Nationality written as an adjective: English demonym, French and Spanish feminine
# ("de nationalité afghane", "nacionalidad marroquí").
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CIV": "Ivorian",
        "CMR": "Cameroonian",
        "CHN": "Chinese",
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
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "CHN": "chinoise",
        "COL": "colombienne",
        "DZA": "algérienne",
        "ECU": "équatorienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "GMB": "gambienne",
        "HTI": "haïtienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VEN": "vénézuélienne",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "CHN": "china",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "ERI": "eritrea",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "PAK": "pakistaní",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "TUN": "tunecina",
        "TUR": "turca",
        "VEN": "venezolana",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
}

# Names every reader of the agency's language knows (first one used).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "VNM": ("Viet Nam",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK", "R-U"),
        "USA": ("USA", "Etats-Unis"),
        "GIN": ("Guinée Conakry",),
        "VNM": ("Vietnam",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GIN": ("Guinea Conakry",),
        "VNM": ("Viet Nam",),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Costa de Marfil",),
    },
}

# Slips of the keyboard a reader still reads without doubt.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisatn",
        "ALB": "Albnia",
        "ERI": "Eritria",
        "IRQ": "Iraq.",
        "SYR": "Syira",
        "VNM": "Veitnam",
        "PAK": "Pakistn",
        "NGA": "Nigera",
        "FRA": "Frnace",
        "DEU": "Germnay",
        "ITA": "Itlay",
        "TUN": "Tunsia",
        "EGY": "Egpyt",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "IRN": "Irann",
        "SYR": "Syire",
        "ALB": "Albannie",
        "IRQ": "Irack",
        "DEU": "Allemagnne",
    },
    "es": {
        "MAR": "Marruceos",
        "DZA": "Argleia",
        "SEN": "Sengal",
        "GMB": "Gamiba",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "COL": "Colomiba",
        "ROU": "Rumania",
        "GIN": "Guniea",
    },
}

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

Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (first = usual).
    unknown : tuple of str
        Words the agency writes when an age group or transport mode is not known.
    no_gender : tuple of str
        Words it writes when the sex of the persons is not known.
    zero : tuple of str
        Words it writes for "no suspects".
    count_unknown : tuple of str
        Words it writes when the number of persons is not known.
    suspects_unknown : tuple of str
        Words it writes when the number of suspects is not known.
    countries : mapping
        Country column -> style -> weight (``name``, ``upper``, ``lower``, ``iso2``,
        ``iso3``, ``alias``, ``typo``, ``demonym``, ``mojibake``).
    transit_sep : str
        Separator of its transit lists.
    offence_sep : str
        Separator of its linked-offence lists.
    dates : mapping
        Date style -> weight.
    coords : str
        ``"excel"`` (numbers), ``"comma"`` (text, decimal comma), ``"pair"`` (one
        ``lat, lon`` cell), ``"dms"`` (numbers, some in degrees-minutes-seconds) or
        ``"json"`` (numbers in JSON).
    """

    words: Words
    unknown: tuple[str, ...]
    no_gender: tuple[str, ...]
    zero: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    countries: Mapping[str, Mapping[str, float]]
    transit_sep: str
    offence_sep: str
    dates: Mapping[str, float]
    coords: str


_SMUGGLING_EXPL = ("sexual", "forced_labour", "forced_criminality", "other")

NAVCIS = Agency(
    source="navcis_freight",
    filename="navcis_freight_lc.xlsx",
    ref="NVF/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "NaVCIS Ref",
        "event_date": "Incident Date",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Found",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality (claimed)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country",
        "transit_countries": "Countries Transited",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked Offences",
    },
    note="Data correct at time of extraction - OFFICIAL-SENSITIVE, not for onward dissemination",
    total="TOTAL",
    bad_count=("several", "multiple", "tbc - lorry full"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Clandestine entry", "Facilitation (s.25 IA 1971)", "People smuggling"),
            "trafficking": ("Modern slavery", "MSHT", "Human trafficking (MSA 2015)"),
            "both": ("Facilitation + modern slavery", "MSHT / facilitation"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal (cannabis cultivation)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "": ("N/A",),
        },
        "gender": {
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F", "Females"),
            "mixed": ("Mixed", "M/F", "Males and females"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "U18", "Child"),
            "mixed": ("Mixed", "Adults + minors"),
        },
        "transport_mode": {
            "land": ("HGV", "Lorry", "Van", "Car"),
            "sea": ("Small boat", "RHIB", "Boat"),
            "air": ("Air", "Aircraft"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False docs"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not recorded", "N/K"),
    no_gender=("N/K",),
    zero=("None", "Nil"),
    count_unknown=("Not known", "N/K"),
    suspects_unknown=("TBC", "Not known"),
    countries={
        "nationality": {"name": 0.55, "demonym": 0.3, "upper": 0.05, "typo": 0.04, "iso3": 0.06},
        "origin_country": {"name": 0.8, "alias": 0.08, "typo": 0.06, "upper": 0.06},
        "destination_country": {"name": 0.55, "alias": 0.45},
        "detection_country": {"alias": 0.6, "name": 0.3, "iso2": 0.1},
        "transit_countries": {"name": 0.85, "typo": 0.05, "iso3": 0.1},
    },
    transit_sep=", ",
    offence_sep=", ",
    dates={"excel": 0.8, "%d/%m/%Y": 0.12, "month_en": 0.08},
    coords="excel",
)

SANEF = Agency(
    source="sanef_pc_a16",
    filename="sanef_pc_a16_lc.csv",
    ref="MC-A16-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date / heure",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "transit_countries": "Pays traversés",
        "transport_mode": "Véhicule / moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction main courante PC sécurité A16/A26 - données non consolidées",
    total="Total",
    bad_count=("plusieurs", "une dizaine", "groupe"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "AESI",
                "trafic de migrants",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + AESI", "traite et aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
            "": ("", "sans objet"),
        },
        "gender": {
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "H+F", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA", "mineur isolé"),
            "mixed": ("majeurs + mineurs", "familles"),
        },
        "transport_mode": {
            "land": ("PL", "poids lourd", "VL", "fourgon"),
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "air": ("avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NR", "non renseigné"),
    no_gender=("NR", "?"),
    zero=("aucun", "néant"),
    count_unknown=("NC", "non communiqué"),
    suspects_unknown=("?", "NC"),
    countries={
        "nationality": {"demonym": 0.5, "name": 0.35, "upper": 0.1, "typo": 0.05},
        "origin_country": {"name": 0.85, "upper": 0.1, "typo": 0.05},
        "destination_country": {"alias": 0.55, "name": 0.45},
        "transit_countries": {"name": 0.95, "upper": 0.05},
    },
    transit_sep=" / ",
    offence_sep=" + ",
    dates={"datetime_fr": 0.8, "%d/%m/%y": 0.2},
    coords="comma",
)

ANEAC = Agency(
    source="aneac_auxilio",
    filename="aneac_auxilio_lc.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº parte",
        "event_date": "Fecha del servicio",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del servicio",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
    },
    note="Nota: datos facilitados por las empresas asociadas, pendientes de validar por la GC",
    total="TOTAL",
    bad_count=("varios", "un grupo", "bastantes"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": (
                "favorecimiento de la inmigración irregular",
                "tráfico de migrantes",
                "inmigración irregular (ocultos en vehículo)",
            ),
            "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)"),
            "both": ("trata + tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
            "": ("", "no procede"),
        },
        "gender": {
            "male": ("hombres", "H", "varones"),
            "female": ("mujeres", "M"),
            "mixed": ("mixto", "H y M", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "land": ("camión", "furgoneta", "turismo", "bajos del camión"),
            "sea": ("patera", "cayuco", "neumática"),
            "air": ("avión",),
        },
    },
    unknown=("no consta", "s/d"),
    no_gender=("no consta",),
    zero=("ninguno", "0"),
    count_unknown=("s/d", "sin determinar"),
    suspects_unknown=("no consta", "s/d"),
    countries={
        "nationality": {"demonym": 0.35, "name": 0.45, "iso2": 0.1, "upper": 0.1},
        "origin_country": {"name": 0.85, "iso2": 0.05, "typo": 0.05, "lower": 0.05},
        "destination_country": {"name": 0.9, "iso2": 0.1},
        "detection_country": {"name": 0.7, "iso2": 0.2, "upper": 0.1},
        "transit_countries": {"name": 0.9, "iso2": 0.1},
    },
    transit_sep=" - ",
    offence_sep=", ",
    dates={"%d/%m/%Y": 0.7, "short_es": 0.15, "month_es": 0.1, "quarter_es": 0.05},
    coords="pair",
)

GRUAS_PA = Agency(
    source="gruas_panama",
    filename="gruas_panama_lc.xlsx",
    ref="AGP-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Implicados aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transit_countries": "Ruta de tránsito",
        "transport_mode": "Tipo de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información suministrada por los patios afiliados; sujeta a cambios",
    total="Total general",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "trafficking": ("trata de personas",),
            "both": ("trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
            "": ("", "N/A"),
        },
        "gender": {
            "male": ("masculino", "M", "hombres"),
            "female": ("femenino", "F", "mujeres"),
            "mixed": ("mixto", "M y F"),
        },
        "age_group": {
            "adult": ("adultos", "mayores"),
            "child": ("menores", "NNA"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "bus", "camión", "pick-up"),
            "sea": ("lancha", "marítimo"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("sin dato", "N/D"),
    no_gender=("sin dato",),
    zero=("ninguno",),
    count_unknown=("sin dato", "por confirmar"),
    suspects_unknown=("por determinar", "sin dato"),
    countries={
        "nationality": {"demonym": 0.4, "name": 0.5, "upper": 0.06, "typo": 0.04},
        "origin_country": {"name": 0.9, "upper": 0.06, "typo": 0.04},
        "destination_country": {"alias": 0.6, "name": 0.4},
        "detection_country": {"name": 0.8, "upper": 0.2},
        "transit_countries": {"name": 0.95, "upper": 0.05},
    },
    transit_sep=", ",
    offence_sep=" / ",
    dates={"excel": 0.7, "serial": 0.15, "%-d/%-m/%Y": 0.15},
    coords="dms",
)

TAPA = Agency(
    source="tapa_iis",
    filename="tapa_iis_lc.jsonl",
    ref="IIS-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "gender",
        "age_group": "age_profile",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "country",
        "transit_countries": "transit_countries",
        "transport_mode": "transport_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Migrant smuggling", "Clandestines (smuggling)", "People smuggling"),
            "trafficking": ("Human trafficking", "THB"),
            "both": ("Human trafficking / smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
            "": ("",),
        },
        "gender": {
            "male": ("male",),
            "female": ("female",),
            "mixed": ("mixed",),
        },
        "age_group": {
            "adult": ("adult", "adults"),
            "child": ("minor", "minors"),
            "mixed": ("adults and minors", "mixed"),
        },
        "transport_mode": {
            "land": ("truck", "road", "van", "trailer"),
            "sea": ("vessel", "sea", "boat"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "not reported"),
    no_gender=("unknown",),
    zero=("0",),
    count_unknown=("unknown",),
    suspects_unknown=("unknown",),
    countries={
        "nationality": {"name": 0.7, "iso3": 0.2, "alias": 0.1},
        "origin_country": {"name": 0.85, "iso3": 0.1, "alias": 0.05},
        "destination_country": {"name": 0.8, "iso2": 0.2},
        "detection_country": {"iso2": 0.9, "name": 0.1},
        "transit_countries": {"name": 0.8, "iso3": 0.2},
    },
    transit_sep=", ",
    offence_sep=", ",
    dates={"%Y-%m-%d": 0.75, "iso_z": 0.1, "month_iso": 0.08, "quarter_q": 0.07},
    coords="json",
)

#: The five agencies, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (NAVCIS, SANEF, ANEAC, GRUAS_PA, TAPA)

_WEIGHTED = Mapping[str, float]


def _draw(rng: _Rng, weights: _WEIGHTED) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return str(keys[int(rng.choice(len(keys), p=w / w.sum()))])


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word 65 % of the time, else one of the variants."""
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _country(src: Agency, col: str, iso: str, rng: _Rng) -> tuple[str, str | None]:
    """Return (cell, tag) of one country as the agency writes it in ``col``."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    style = _draw(rng, src.countries[col])
    text: str | None = None
    if style == "name":
        return name, None
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "alias":
        forms = _ALIASES[lang].get(iso)
        text = _word(rng, forms) if forms else None
    elif style == "typo":
        text = _TYPOS[lang].get(iso)
    elif style == "demonym":
        text = _DEMONYMS[lang].get(iso)
    else:  # mojibake: a UTF-8 export opened as ANSI and saved again
        text = mojibake(name)
    if text is None or not fits(text, src):
        return name, None
    return text, f"{style}:{col}"


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    sec = (v - deg - minutes / 60) * 3600
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag) of an event date."""
    styles = dict(src.dates)
    if not partial_ok:
        styles = {k: v for k, v in styles.items() if not k.startswith(("month", "quarter"))}
    style = _draw(rng, styles)
    m = ts.month - 1
    if style.startswith("month"):
        month_cell = {
            "month_en": f"{MONTHS[m]} {ts.year}",
            "month_es": f"{_MONTHS_ES[m]} {ts.year}",
            "month_iso": f"{ts.year}-{ts.month:02d}",
        }[style]
        return month_cell, ts.to_period("M").start_time, "month", "partial_date"
    if style.startswith("quarter"):
        q_cell = f"T{ts.quarter} {ts.year}" if style == "quarter_es" else f"Q{ts.quarter} {ts.year}"
        return q_cell, ts.to_period("Q").start_time, "quarter", "partial_date"
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    tag: str | None = None
    if style == "excel":
        cell: object = ts.to_pydatetime()
    elif style == "serial":
        cell = int((ts - pd.Timestamp("1899-12-30")).days)
        tag = "excel_serial"
    elif style == "datetime_fr":
        cell = f"{ts:%d/%m/%Y} {hour:02d}:{minute:02d}"
    elif style == "short_es":
        cell = f"{ts.day:02d}-{_MONTHS_ES[m][:3]}-{ts.year}"
    elif style == "iso_z":
        cell = f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00Z"
    elif style == "%-d/%-m/%Y":
        cell = f"{ts.day}/{ts.month}/{ts.year}"
    else:
        cell = ts.strftime(style)
    return cell, ts, "day", tag


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Return (cell, tag) of a known number of persons."""
    text = src.format == "csv"
    if n >= 1000:
        hi, lo = divmod(n, 1000)
        if src.source == "aneac_auxilio" and rng.random() < 0.8:
            return f"{hi}.{lo:03d}", "thousands"
        if src.source == "gruas_panama" and rng.random() < 0.6:
            return f"{hi},{lo:03d}", "thousands"
        if src.source == "tapa_iis" and rng.random() < 0.3:
            return f"{hi},{lo:03d}", "thousands"
    if src.source == "sanef_pc_a16" and rng.random() < 0.12:
        return f"{n} pers.", "count_unit"
    if src.source == "navcis_freight" and n <= 9 and rng.random() < 0.05:
        words = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        return words[n - 1], "count_word"
    if src.source == "tapa_iis" and rng.random() < 0.1:
        return str(n), "count_text"
    return (str(n) if text else n), None


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    has = set(src.headers)
    text = src.format == "csv"
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision, dtag = _date(src, ts, rng, partial_ok=partial_ok)
    if dtag:
        tags.append(dtag)
    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": ev["n_persons"],
        "n_suspects": ev["n_suspects"],
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": ev["transport_mode"],
        "lat": ev["lat"],
        "lon": ev["lon"],
        "linked_offences": ev["linked_offences"],
    }
    words = src.words

    cells["crime_type"] = _word(rng, words["crime_type"][str(ev["crime_type"])])
    expl = ev["exploitation"]
    cells["exploitation"] = _word(rng, words["exploitation"][str(expl) if expl else ""]) or None

    # persons: a number, or a word saying it is not known
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], ctag = _count(src, n, rng)
        if ctag:
            tags.append(ctag)

    # suspects: blank in a second report, "not known", a word for none, or a number
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = choice(rng, src.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero != ("0",) and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, src.zero)
        if cells["n_suspects"] != "0":
            tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if text else k

    # sex
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = choice(rng, src.no_gender)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, words["gender"][str(ev["gender"])])

    # age group and transport: a word for "not known" reads as unknown
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(rng, words[col][str(ev[col])])

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if col not in has:
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown)
            exp[col] = None
            tags.append("blank_nationality")
            continue
        cells[col], tag = _country(src, col, iso, rng)
        if tag:
            tags.append(tag)
    transit = ev["transit_countries"]
    if transit:
        parts = []
        for iso in str(transit).split("|"):
            part, tag = _country(src, "transit_countries", iso, rng)
            parts.append(part)
            if tag and tag not in tags:
                tags.append(tag)
        cells["transit_countries"] = src.transit_sep.join(parts)
    else:
        cells["transit_countries"] = None

    offences = ev["linked_offences"]
    if "linked_offences" not in has:
        exp["linked_offences"] = None
    elif offences:
        cells["linked_offences"] = src.offence_sep.join(
            _word(rng, words["linked_offences"][o]) for o in str(offences).split("|")
        )

    # where: the agency's own coordinates, sometimes none
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    gone = forced_blank == "coordinates" or rng.random() < 0.05
    if gone:
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif src.coords == "excel" or src.coords == "json":
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
    elif src.coords == "comma":
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        tags.append("decimal_comma")
    elif src.coords == "pair":
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    elif rng.random() < 0.12:  # "dms": read off a handheld GPS
        cells["lat"], cells["lon"] = _dms(lat, "N", "S"), _dms(lon, "E", "W")
        tags.append("coords_dms")
    else:
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)

    # case and spacing slips of a clerk, on a few text cells
    for col in ("crime_type", "gender", "age_group", "transport_mode", "origin_country"):
        value = cells.get(col)
        if isinstance(value, str) and value and rng.random() < 0.04:
            cells[col] = value.upper() if rng.random() < 0.5 else f" {value}  "
            tags.append(f"case:{col}")

    # a row typed in a UTF-8 web form, pasted into the ANSI extract: mojibake
    if src.source == "sanef_pc_a16" and rng.random() < 0.1:
        for col, value in list(cells.items()):
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        return {
            "navcis_freight": f"31/04/{ts.year}",
            "sanef_pc_a16": f"30/02/{ts.year} {int(rng.integers(0, 24)):02d}:15",
            "aneac_auxilio": f"31/06/{ts.year}",
            "gruas_panama": f"31/9/{ts.year}",
            "tapa_iis": f"{ts.year}-02-30",
        }[src.source]
    future = ts.replace(year=ts.year + 10)  # a slip of the year's third digit
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.source == "sanef_pc_a16":
        return f"{future:%d/%m/%Y} 08:40"
    if src.source == "tapa_iis":
        return f"{future:%Y-%m-%d}"
    return f"{future:%d/%m/%Y}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "sanef_pc_a16":
        return f"{day:%d/%m/%Y} 06:00"
    return f"{day:%d/%m/%Y}"


#: The variant: who reports what first, and who may report it again.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": "navcis_freight",
        "FRA": "sanef_pc_a16",
        "ESP": "aneac_auxilio",
        "PAN": "gruas_panama",
    },
    compilation="tapa_iis",
    secondary={
        ("channel", "FRA"): "navcis_freight",  # lorries bound for Dover, found at Calais
        ("channel", "GBR"): "tapa_iis",  # clandestines in a member's trailer at Dover
        ("wmed", "ESP"): "tapa_iis",  # stowaways in trailers at Ceuta and Melilla
        ("darien", "PAN"): "tapa_iis",  # TAPA Americas: buses and trucks on the Interamericana
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=313_0313,
    blank_share=0.3,
)


def _drop_jsonl_total(sub: Submission) -> Submission:
    """Drop the total line the shared machinery adds: an API export has none."""
    if sub.format != "jsonl":
        return sub
    total = sub.expected["messiness"].eq("garbage_row") & sub.expected["n_persons"].isna()
    total &= sub.expected["source_ref"].eq(TAPA.total)
    if not total.any():
        return sub
    pos = int(np.flatnonzero(total.to_numpy())[-1])
    if pos != len(sub.expected) - 1:  # only a last line can go without renumbering
        return sub
    return Submission(
        filename=sub.filename,
        frame=sub.frame.iloc[:pos].reset_index(drop=True),
        format=sub.format,
        encoding=sub.encoding,
        delimiter=sub.delimiter,
        language=sub.language,
        source=sub.source,
        expected=sub.expected.iloc[:pos].reset_index(drop=True),
        entities=sub.entities,
    )


def make_blind313(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind313`` set: five vehicle and freight desks.

    NaVCIS Freight (UK, XLSX), Sanef's A16 security desk (French, cp1252, ``;``),
    ANEAC's roadside-assistance reports (Spanish, UTF-16, tabs), the Asociación de
    Grúas de Panamá (Spanish, XLSX) and TAPA's Incident Information Service (English
    JSON lines, the compilation). See the module docstring for each one's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`AGENCIES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind313(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['navcis_freight_lc.xlsx', 'sanef_pc_a16_lc.csv', 'aneac_auxilio_lc.csv',
     'gruas_panama_lc.xlsx', 'tapa_iis_lc.jsonl']
    >>> [s.encoding for s in subs[1:3]], subs[1].delimiter
    (['cp1252', 'utf-16'], ';')
    >>> all(len(s.expected) > 5 for s in subs)
    True
    """
    return [_drop_jsonl_total(s) for s in make_examined(EXAMINER, truth, seed=seed)]
