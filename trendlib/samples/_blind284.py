"""Examiner variant ``blind284``: border-death and survivor datasets (files ``*_jz.*``).

Five research and civil-society datasets that record incidents at borders (deaths,
disappearances, interceptions and rescues) together with the group of survivors, each
written the way its team keeps it:

``uca_frontera_sur_jz.csv``
    Universidad de Cádiz, research group on the southern border (Spanish): Windows Excel
    export, cp1252, ``;``, day-first dates (some two-digit years, a few Excel serial
    numbers, months and quarters as ``mayo 2023`` / ``T2 2023``), decimal commas in the
    coordinates, Spanish names and nationality adjectives (``marroquí``, ``maliense``),
    ``subsahariana`` or ``magrebí`` where the nationality was never established, a few
    names garbled by an earlier UTF-8 file read as ANSI (``EspaÃ±a``), boat words
    (``cayuco``, ``patera``, ``neumática``) and fence words (``salto de valla``).
``gisti_morts_frontiere_jz.xlsx``
    GISTI's list of deaths and survivors at the Franco-British border (French): real
    Excel dates beside typed ``17/05/2023`` and ``mai 2023`` cells, nationality adjectives
    agreeing with the group (``afghan``, ``érythréenne``), ``Kurde`` for an ethnicity
    given instead of a nationality, ``Angleterre`` / ``Écosse`` for the United Kingdom,
    narrow no-break spaces in large counts, ``env. 40``, transit lists joined by ``>``.
``uva_deaths_borders_jz.csv``
    University of Amsterdam, Deaths at the Borders database (English, the compilation of
    the other European borders): "Unicode text" export of the project's spreadsheet,
    UTF-16 with tabs, dates ``17-05-2023``, ``May 2023``, ``Q2 2023``, the country of the
    incident as its ISO 3166 numeric code (codebook), nationalities as names or ISO
    alpha-3 codes, ``c. 40`` for approximate group sizes.
``humane_borders_jz.jsonl``
    Humane Borders, Tucson (English): JSON lines of its map layer, US month-first dates
    ``5/17/2023``, ``2023-05`` when only the reporting month is known, OME-style
    ``Undetermined`` sex, ``Juvenile`` for minors, numbers as JSON numbers.
``cieps_darien_jz.csv``
    CIEPS Panamá, Darién monitoring (Latin American Spanish): UTF-8 with BOM, ``,``,
    decimal points, ``NNA`` for children, ``EE.UU.``, ``trata de personas``, coordinates
    as a ``lat, lon`` pair or in degrees-minutes-seconds from the field teams' GPS.

Every written cell has the value a careful analyst reads from it in the truth; cells
that say nothing usable (``no consta``, ``Undetermined``, ``Kurde``) expect no value or
``unknown``, and say so in the row's messiness tags.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "Blind284Source", "make_blind284"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind284Source(ExaminerSource):
    """A source of ``blind284``: the shared fields plus the team's writing style.

    Attributes
    ----------
    style : str
        Key of the team's wording: ``"uca"``, ``"gisti"``, ``"uva"``, ``"hb"`` or
        ``"cieps"``.
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish); hand-written so the set does not follow a library.
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
# ISO 3166-1 numeric codes of the countries of incident (the Amsterdam codebook).
_NUMERIC = {
    "ITA": "380",
    "GRC": "300",
    "ESP": "724",
    "HRV": "191",
    "POL": "616",
    "FRA": "250",
    "GBR": "826",
    "PAN": "591",
    "USA": "840",
}
# Other names the teams use for a country (read the same by any analyst).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "VNM": ("Vietnam",),
        "CIV": ("Côte-d'Ivoire",),
        "USA": ("USA",),
    },
    "es": {
        "GIN": ("Guinea Conakry",),
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Costa de Marfil",),
        "CHN": ("República Popular China",),
    },
}
# Small slips of the keyboard, one per name at most.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "PAK": "Pakisthan",
        "SYR": "Syira",
        "IRQ": "Irak",
        "EGY": "Eygpt",
        "BGD": "Bangladesch",
        "TUN": "Tunisa",
        "GTM": "Guatamala",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "MEX": "Mexcio",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythrée", "ALB": "Albannie", "IRQ": "Iraq"},
    "es": {
        "MAR": "Marrruecos",
        "DZA": "Argelía",
        "SEN": "Senagal",
        "MRT": "Mauritánia",
        "VEN": "Venezuel",
        "HTI": "Haiti",
        "ECU": "Ecudor",
    },
}
# Nationality adjectives (masculine, feminine) where a team writes them.
_ADJ_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "ALB": ("albanais", "albanaise"),
    "ERI": ("érythréen", "érythréenne"),
    "SYR": ("syrien", "syrienne"),
    "VNM": ("vietnamien", "vietnamienne"),
}
_ADJ_ES: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "SEN": ("senegalés", "senegalesa"),
    "MLI": ("maliense", "maliense"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
}
# Words that name a region or an ethnicity instead of a nationality (no ISO code).
_VAGUE: dict[str, dict[str, tuple[str, ...]]] = {
    "uca": {
        "SEN": ("subsahariana", "subsahariano"),
        "MLI": ("subsahariana",),
        "GIN": ("subsahariana",),
        "GMB": ("subsahariana",),
        "CIV": ("subsahariana",),
        "MAR": ("magrebí",),
        "DZA": ("magrebí",),
    },
    "gisti": {"IRQ": ("Kurde", "kurde"), "IRN": ("Kurde",)},
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

_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    "uca": {
        "trafficking": ("trata de seres humanos", "trata", "TSH"),
        "smuggling": (
            "tráfico de migrantes",
            "favorecimiento de la inmigración irregular",
            "tráfico ilícito de migrantes",
        ),
        "both": ("trata y tráfico",),
    },
    "gisti": {
        "trafficking": ("traite des êtres humains", "traite", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants", "passage clandestin"),
        "both": ("traite et trafic", "TEH + trafic"),
    },
    "uva": {
        "trafficking": ("trafficking", "THB"),
        "smuggling": ("smuggling", "facilitation"),
        "both": ("smuggling/trafficking", "both"),
    },
    "hb": {
        "trafficking": ("Human trafficking",),
        "smuggling": ("Human smuggling",),
        "both": ("Smuggling & trafficking",),
    },
    "cieps": {
        "trafficking": ("trata de personas", "trata"),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata y tráfico", "tráfico y trata"),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "uca": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras",),
    },
    "gisti": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    "uva": {
        "sexual": ("sexual", "sexual exploitation"),
        "forced_labour": ("labour", "forced labour"),
        "forced_criminality": ("criminal exploitation",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
    "hb": {
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking",),
        "forced_criminality": ("Forced criminal activity",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    "cieps": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra",),
    },
}
_GENDER: dict[str, _Words] = {
    "uca": {
        "female": ("mujeres", "Mujeres", "mujer"),
        "male": ("hombres", "Hombres", "varones"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "gisti": {
        "female": ("femme(s)", "F", "femmes"),
        "male": ("homme(s)", "H", "hommes"),
        "mixed": ("mixte", "hommes et femmes", "H/F"),
    },
    "uva": {"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed", "M/F")},
    "hb": {"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
    "cieps": {
        "female": ("femenino", "fem.", "mujeres"),
        "male": ("masculino", "masc.", "hombres"),
        "mixed": ("mixto", "ambos sexos"),
    },
}
_AGE: dict[str, _Words] = {
    "uca": {
        "child": ("menores", "menor", "MENA"),
        "adult": ("adultos", "adulto", "mayores de edad"),
        "mixed": ("mixto", "adultos y menores"),
    },
    "gisti": {
        "child": ("mineur(s)", "MNA", "mineurs"),
        "adult": ("majeur(s)", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "uva": {
        "child": ("minor", "child", "<18"),
        "adult": ("adult", "18+"),
        "mixed": ("mixed", "adults and minors"),
    },
    "hb": {"child": ("Juvenile",), "adult": ("Adult",), "mixed": ("Adult/Juvenile",)},
    "cieps": {
        "child": ("NNA", "menores de edad"),
        "adult": ("adultos",),
        "mixed": ("adultos y NNA", "mixto"),
    },
}
_MODE: dict[str, _Words] = {
    "uca": {
        "sea": ("embarcación", "neumática"),
        "land": ("terrestre", "a pie"),
        "air": ("avión", "aérea"),
    },
    "gisti": {
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("camion", "poids lourd", "à pied"),
        "air": ("avion",),
    },
    "uva": {
        "sea": ("boat", "rubber dinghy", "sea"),
        "land": ("land", "on foot", "truck"),
        "air": ("air", "plane"),
    },
    "hb": {"sea": ("Boat",), "land": ("On foot", "Vehicle"), "air": ("Aircraft",)},
    "cieps": {
        "sea": ("lancha", "marítimo"),
        "land": ("a pie", "caminata por la selva", "terrestre"),
        "air": ("aéreo",),
    },
}
# Boat and fence words of the Spanish southern border, by corridor or place.
_UCA_SEA = {"watl": ("cayuco", "neumática", "cayuco"), "wmed": ("patera", "neumática", "patera")}
_UCA_FENCE = ("salto de valla", "bajos de camión", "a pie")
_OFFENCES: dict[str, _Words] = {
    "uca": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "gisti": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "uva": {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "cieps": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("lavado de dinero", "blanqueo de capitales"),
        "illicit_goods": ("narcotráfico", "drogas"),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
}
# "Not recorded" words of each team (gender, age group, means of travel).
_NOT_RECORDED = {
    "uca": ("no consta",),
    "gisti": ("non précisé", "?"),
    "uva": ("n/a", "unknown"),
    "hb": ("Undetermined",),
    "cieps": ("sin dato",),
}
# Count cells that say the number is not known (the record stays, with no count).
_COUNT_UNKNOWN = {
    "uca": ("s/d", "desconocido"),
    "gisti": ("inconnu", "NC"),
    "uva": ("unknown", "n.k."),
    "hb": ("Unknown",),
    "cieps": ("sin dato", "N/D"),
}
_ZERO = {"uca": ("ninguno",), "gisti": ("aucun",), "uva": ("none",), "cieps": ("ninguno",)}
_TRANSIT_SEP = {"uca": (" - ", " - ", ", "), "gisti": (" > ",), "uva": ("; ",), "cieps": (", ",)}
_OFFENCE_SEP = {"uca": ", ", "gisti": " + ", "uva": "; "}
_INFO = {
    "uca": ("Salvamento Marítimo", "Cruz Roja", "prensa", "testimonio"),
    "gisti": ("presse", "associations", "préfecture", "témoignage"),
    "uva": ("news", "NGO", "coast guard", "court records"),
    "cieps": ("SENAFRONT", "SNM", "prensa", "entrevista"),
}
# Place names as each team writes them (other places keep the truth's spelling).
_PLACE: dict[str, dict[str, tuple[str, ...]]] = {
    "gisti": {
        "Dunkirk/Gravelines": ("Gravelines", "Dunkerque"),
        "Dover": ("Douvres",),
        "London": ("Londres",),
    },
    "uca": {"Almería (El Ejido)": ("El Ejido",)},
    "uva": {
        "Lesbos": ("Lesvos",),
        "Cetingrad (BIH–HRV border)": ("Cetingrad",),
        "Bajakovo (SRB–HRV border)": ("Bajakovo",),
        "Torino": ("Turin",),
    },
    "cieps": {"Darién gap": ("Tapón del Darién", "selva del Darién")},
}
_HB_PLACE: dict[str, tuple[str, str]] = {
    "Nogales (Sonora/Arizona)": ("Nogales", "Santa Cruz"),
    "Sasabe": ("Altar Valley", "Pima"),
    "El Paso": ("El Paso", "El Paso"),
    "Rio Grande Valley": ("Rio Grande Valley", "Hidalgo"),
}


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
def _headers(*pairs: tuple[str, str]) -> dict[str, str]:
    return dict(pairs)


UCA = Blind284Source(
    source="uca_frontera_sur",
    filename="uca_frontera_sur_jz.csv",
    ref="OFS/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers=_headers(
        ("source_ref", "Nº registro"),
        ("event_date", "Fecha"),
        ("place", "Lugar"),
        ("detection_country", "País del suceso"),
        ("crime_type", "Tipología"),
        ("exploitation", "Finalidad de explotación"),
        ("n_persons", "Supervivientes"),
        ("n_suspects", "Detenidos"),
        ("gender", "Sexo"),
        ("age_group", "Edad"),
        ("nationality", "Nacionalidad"),
        ("origin_country", "País de origen"),
        ("transit_countries", "Países de tránsito"),
        ("destination_country", "Destino declarado"),
        ("transport_mode", "Medio"),
        ("lat", "Latitud"),
        ("lon", "Longitud"),
        ("linked_offences", "Delitos conexos"),
        ("info_source", "Fuente"),
    ),
    note="Nota: datos provisionales, pendientes de contraste con Salvamento Marítimo",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver nota", "varios"),
    repeats=True,
    style="uca",
)
GISTI = Blind284Source(
    source="gisti_morts_frontiere",
    filename="gisti_morts_frontiere_jz.xlsx",
    ref="MF-{yy:02d}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers=_headers(
        ("source_ref", "N° fiche"),
        ("event_date", "Date"),
        ("place", "Lieu"),
        ("detection_country", "Pays"),
        ("crime_type", "Qualification"),
        ("exploitation", "Forme d'exploitation"),
        ("n_persons", "Personnes (survivants)"),
        ("n_suspects", "Passeurs interpellés"),
        ("gender", "Sexe"),
        ("age_group", "Âge"),
        ("nationality", "Nationalité"),
        ("origin_country", "Pays d'origine"),
        ("transit_countries", "Pays traversés"),
        ("destination_country", "Destination"),
        ("transport_mode", "Mode de passage"),
        ("lat", "Latitude"),
        ("lon", "Longitude"),
        ("linked_offences", "Infractions connexes"),
        ("info_source", "Source"),
    ),
    note="NB : liste non exhaustive, mise à jour en cours",
    total="Total général",
    bad_count=("#VALEUR!", "plusieurs", "cf. PV"),
    repeats=False,
    style="gisti",
)
UVA = Blind284Source(
    source="uva_deaths_borders",
    filename="uva_deaths_borders_jz.csv",
    ref="DB{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers=_headers(
        ("source_ref", "Record ID"),
        ("event_date", "Date of incident"),
        ("place", "Location"),
        ("detection_country", "Country of incident (ISO 3166 num.)"),
        ("crime_type", "Type"),
        ("exploitation", "Exploitation"),
        ("n_persons", "Survivors"),
        ("n_suspects", "Facilitators arrested"),
        ("gender", "Sex"),
        ("age_group", "Age"),
        ("nationality", "Nationality"),
        ("origin_country", "Country of origin"),
        ("transit_countries", "Transit"),
        ("destination_country", "Intended destination"),
        ("transport_mode", "Means of travel"),
        ("lat", "Latitude"),
        ("lon", "Longitude"),
        ("linked_offences", "Related offences"),
        ("info_source", "Source type"),
    ),
    note="Note: last quarter provisional, see codebook v3",
    total="Total",
    bad_count=("#VALUE!", "several", "see notes"),
    repeats=True,
    style="uva",
)
HB = Blind284Source(
    source="humane_borders",
    filename="humane_borders_jz.jsonl",
    ref="ML{yy:02d}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        ("source_ref", "ML_Number"),
        ("event_date", "Reporting_Date"),
        ("route_label", "Corridor"),
        ("place", "County"),
        ("detection_country", "Country"),
        ("crime_type", "Case_Type"),
        ("exploitation", "Exploitation_Type"),
        ("n_persons", "Group_Size"),
        ("n_suspects", "Guides_Detained"),
        ("gender", "Sex"),
        ("age_group", "Age_Group"),
        ("nationality", "Nationality"),
        ("origin_country", "Country_of_Origin"),
        ("destination_country", "Destination"),
        ("transport_mode", "Travel_Mode"),
        ("lat", "Latitude"),
        ("lon", "Longitude"),
    ),
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "see narrative"),
    repeats=False,
    style="hb",
)
CIEPS = Blind284Source(
    source="cieps_darien",
    filename="cieps_darien_jz.csv",
    ref="CIEPS-DAR-{year}-{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers=_headers(
        ("source_ref", "Código"),
        ("event_date", "Fecha del evento"),
        ("place", "Lugar"),
        ("detection_country", "País"),
        ("crime_type", "Tipo de delito"),
        ("exploitation", "Tipo de explotación"),
        ("n_persons", "Sobrevivientes"),
        ("n_suspects", "Guías/coyotes aprehendidos"),
        ("gender", "Sexo"),
        ("age_group", "Grupo etario"),
        ("nationality", "Nacionalidad"),
        ("origin_country", "País de origen"),
        ("transit_countries", "Ruta (países de tránsito)"),
        ("destination_country", "Destino final"),
        ("transport_mode", "Medio de transporte"),
        ("coordinates", "Coordenadas"),
        ("linked_offences", "Delitos asociados"),
        ("info_source", "Fuente"),
    ),
    note="Nota: cifras preliminares sujetas a revisión",
    total="Total",
    bad_count=("#¡VALOR!", "varios", "ver informe"),
    repeats=True,
    style="cieps",
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Blind284Source, ...] = (UCA, GISTI, UVA, HB, CIEPS)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    if value is None:
        return None
    return int(value)  # type: ignore[call-overload]


def _num(src: Blind284Source, n: int) -> object:
    """Return a plain number as the file holds it: text in CSV, a number elsewhere."""
    return str(n) if src.format == "csv" else n


def _date_cell(
    src: Blind284Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected day, precision, tags) of an event date."""
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    month_start = pd.Timestamp(year=y, month=m, day=1)
    quarter_start = pd.Timestamp(year=y, month=3 * q - 2, day=1)
    r = rng.random()
    style = src.style
    if style == "uca":
        if partial_ok and r < 0.04:
            cell = f"{_MONTHS_ES[m - 1]} {y}" if rng.random() < 0.6 else f"{m:02d}/{y}"
            return cell, month_start, "month", ["partial_date"]
        if partial_ok and r < 0.06:
            return f"T{q} {y}", quarter_start, "quarter", ["partial_date"]
        if r < 0.10:
            return str((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        if r < 0.16:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if style == "gisti":
        if partial_ok and r < 0.04:
            return f"{_MONTHS_FR[m - 1]} {y}", month_start, "month", ["partial_date"]
        if partial_ok and r < 0.05:
            return f"T{q} {y}", quarter_start, "quarter", ["partial_date"]
        if r < 0.78:
            return dt.datetime(y, m, d), ts, "day", ["excel_date"]
        if r < 0.93:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_as_text"]
        return f"{d} {_MONTHS_FR[m - 1]} {y}", ts, "day", ["long_date"]
    if style == "uva":
        if partial_ok and r < 0.03:
            return f"{MONTHS[m - 1]} {y}", month_start, "month", ["partial_date"]
        if partial_ok and r < 0.05:
            return f"Q{q} {y}", quarter_start, "quarter", ["partial_date"]
        return ts.strftime("%d-%m-%Y"), ts, "day", []
    if style == "hb":
        if partial_ok and r < 0.04:
            return f"{y}-{m:02d}", month_start, "month", ["partial_date"]
        return f"{m}/{d}/{y}", ts, "day", ["us_date"]
    # cieps
    if partial_ok and r < 0.03:
        return f"{_MONTHS_ES[m - 1]} de {y}", month_start, "month", ["partial_date"]
    if r < 0.12:
        return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _bad_date(src: Blind284Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: empty, impossible, or years ahead (a slip)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m = [(31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11)][int(rng.integers(6))]
        y = ts.year
        if src.style == "uva":
            return f"{d:02d}-{m:02d}-{y}"
        if src.style == "hb":
            return f"{m}/{d}/{y}"
        return f"{d:02d}/{m:02d}/{y}"
    future = ts.replace(year=ts.year + 10)  # 2023 typed 2033
    if src.style == "gisti":
        return dt.datetime(future.year, future.month, future.day)
    if src.style == "uva":
        return future.strftime("%d-%m-%Y")
    if src.style == "hb":
        return f"{future.month}/{future.day}/{future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind284Source, last: pd.Timestamp) -> object:
    """Return the date the team writes on its note row (the day of its last record)."""
    if src.style == "gisti":
        return dt.datetime(last.year, last.month, last.day)
    if src.style == "uva":
        return last.strftime("%d-%m-%Y")
    if src.style == "hb":
        return f"{last.month}/{last.day}/{last.year}"
    return last.strftime("%d/%m/%Y")


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _count_cell(src: Blind284Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the survivors' count."""
    style = src.style
    r = rng.random()
    if r < 0.012:
        return choice(rng, _COUNT_UNKNOWN[style]), None, ["count_placeholder"]
    if n >= 1000 and rng.random() < 0.7:
        sep = {"uca": ".", "gisti": choice(rng, ("\u202f", "\u00a0", " ")), "uva": ","}.get(
            style, ","
        )
        if style != "hb":
            return _thousands(n, sep), n, ["thousands"]
    if n >= 10 and r > 0.975 and style in ("gisti", "uva", "cieps"):
        word = {"gisti": ("env. ", "environ "), "uva": ("c. ", "approx. "), "cieps": ("aprox. ",)}
        return choice(rng, word[style]) + str(n), n, ["approx_count"]
    return _num(src, n), n, []


def _suspects_cell(
    src: Blind284Source, n: int | None, rng: _Rng, forced: bool
) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected count, tags) of the suspects' count."""
    if forced or n is None:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.03:
        return None, None, ["blank_n_suspects"]
    if r < 0.055:
        return choice(rng, _COUNT_UNKNOWN[src.style]), None, ["suspects_placeholder"]
    if n == 0 and src.style in _ZERO and rng.random() < 0.35:
        return choice(rng, _ZERO[src.style]), 0, ["zero_word"]
    return _num(src, n), n, []


def _vocab(src: Blind284Source, table: dict[str, _Words], value: str, rng: _Rng) -> str:
    words = table[src.style][value]
    return words[0] if rng.random() < 0.6 else choice(rng, words)


def _country_name(src: Blind284Source, iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Write one country the team's way (name, alias, code, slip, garbling)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    r = rng.random()
    aliases = _ALIASES[lang].get(iso, ())
    if aliases and r < 0.15:
        tags.append(f"alias:{col}")
        return choice(rng, aliases)
    if iso in _TYPOS[lang] and r > 0.975:
        tags.append(f"typo:{col}")
        return _TYPOS[lang][iso]
    if src.style == "uca" and r > 0.93:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            tags.append(f"mojibake:{col}")
            return garbled
    if src.style in ("uca", "cieps") and 0.15 <= r < 0.22:
        tags.append(f"case:{col}")
        return name.upper()
    if src.style == "gisti" and 0.15 <= r < 0.2 and name != name.replace("É", "E"):
        tags.append(f"no_accent:{col}")
        return name.replace("É", "E").replace("é", "e").replace("è", "e")
    return name


def _nationality(
    src: Blind284Source, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[object, str | None]:
    """Return (cell, expected ISO code) of the nationality."""
    iso = _str(ev["nationality"])
    if iso is None:
        return None, None
    r = rng.random()
    if r < 0.02:
        tags.append("blank_nationality")
        return None, None
    vague = _VAGUE.get(src.style, {}).get(iso)
    if vague and r < 0.06:
        tags += ["blank_nationality", "vague_nationality"]
        return choice(rng, vague), None
    female = ev["gender"] == "female"
    if src.style == "gisti" and iso in _ADJ_FR and rng.random() < 0.8:
        word = _ADJ_FR[iso][1 if female else 0]
        tags.append("adjective:nationality")
        return (word.capitalize() if rng.random() < 0.5 else word), iso
    if src.style in ("uca", "cieps") and iso in _ADJ_ES and rng.random() < 0.25:
        tags.append("adjective:nationality")
        return _ADJ_ES[iso][1 if female else 0], iso
    if src.style == "uva" and rng.random() < 0.25:
        tags.append("iso3:nationality")
        return iso, iso
    return _country_name(src, iso, rng, tags, "nationality"), iso


def _detection(
    src: Blind284Source, ev: dict[str, object], rng: _Rng, tags: list[str], forced: bool
) -> tuple[object, str | None]:
    iso = str(ev["detection_country"])
    if forced:
        tags.append("blank_detection_country")
        return None, None
    if src.style == "uva":
        tags.append("numeric:detection_country")
        return _NUMERIC[iso], iso
    if src.style == "hb" and iso == "USA":
        code = "US" if rng.random() < 0.6 else "USA"
        tags.append("iso2:detection_country" if code == "US" else "iso3:detection_country")
        return code, iso
    if src.style == "gisti" and iso == "GBR" and rng.random() < 0.3:
        tags.append("alias:detection_country")
        glasgow = ev.get("hotspot") == "Glasgow"
        return ("Écosse" if glasgow else "Angleterre"), iso
    return _country_name(src, iso, rng, tags, "detection_country"), iso


def _transit(src: Blind284Source, value: str | None, rng: _Rng, tags: list[str]) -> object:
    if value is None:
        return None
    names = [_country_name(src, iso, rng, tags, "transit_countries") for iso in value.split("|")]
    return choice(rng, _TRANSIT_SEP[src.style]).join(names)


def _offences(src: Blind284Source, value: str | None, rng: _Rng) -> object:
    if value is None:
        return None
    words = [_vocab(src, _OFFENCES, k, rng) for k in value.split("|")]
    if src.style == "cieps":
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " y " + words[-1]
    return _OFFENCE_SEP[src.style].join(words)


def _dms(value: float, pos: str, neg: str) -> str:
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = (a - deg - minutes / 60) * 3600
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{pos if value >= 0 else neg}"


def _coords(
    src: Blind284Source, ev: dict[str, object], rng: _Rng, tags: list[str], forced: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of the incident."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    pair = "coordinates" in src.headers
    empty: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
    if forced:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    if r < 0.05:
        tags.append("coords_missing")
        return empty, None, None
    if src.style == "uca" and r < 0.06:
        tags.append("coords_placeholder")
        return {"lat": "no consta", "lon": "no consta"}, None, None
    if src.style == "uca":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            (lat),
            lon,
        )
    if src.style == "gisti":
        if rng.random() < 0.15:
            tags.append("decimal_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                (lat),
                lon,
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    if src.style == "uva":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon
    if src.style == "hb":
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, lat, lon
    if rng.random() < 0.1:  # cieps field GPS in degrees, minutes, seconds
        tags.append("coords_dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon


def _mode_cell(src: Blind284Source, ev: dict[str, object], rng: _Rng) -> str:
    mode = str(ev["transport_mode"])
    if src.style == "uca":
        corridor = str(ev["corridor"])
        if mode == "sea" and corridor in _UCA_SEA:
            return choice(rng, _UCA_SEA[corridor])
        if mode == "land" and ev.get("hotspot") in ("Ceuta", "Melilla"):
            return choice(rng, _UCA_FENCE)
    return _vocab(src, _MODE, mode, rng)


def _noise(cell: object, rng: _Rng, col: str, tags: list[str]) -> object:
    """Change case or spacing of a hand-typed text cell now and then."""
    if not isinstance(cell, str) or rng.random() >= 0.04:
        return cell
    tags.append(f"case:{col}")
    k = int(rng.integers(3))
    return cell.upper() if k == 0 else cell.lower() if k == 1 else f" {cell}  "


def _render(
    src: Blind284Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    has = set(src.headers)
    style = src.style
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    date_cell, day, precision, tags = _date_cell(src, ts, rng, partial_ok)
    cells["event_date"] = date_cell
    exp["event_date"] = day
    exp["date_precision"] = precision

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, _CRIME, crime, rng)
    exp["crime_type"] = crime
    expl = _str(ev["exploitation"])
    cells["exploitation"] = None if expl is None else _vocab(src, _EXPLOITATION, expl, rng)
    exp["exploitation"] = expl

    n = _int(ev["n_persons"])
    cells["n_persons"], exp["n_persons"], t = _count_cell(src, n or 0, rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects_cell(
        src, _int(ev["n_suspects"]), rng, forced_blank == "n_suspects"
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        tags.append("blank_gender")
        blank_word = style == "hb" or rng.random() < 0.5
        cells["gender"] = choice(rng, _NOT_RECORDED[style]) if blank_word else None
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _vocab(src, _GENDER, gender, rng)
        exp["gender"] = gender
    for col, table in (("age_group", _AGE), ("transport_mode", _MODE)):
        value = str(ev[col])
        if rng.random() < 0.02:
            tags += ["na_word", f"na_word:{col}"]
            cells[col] = choice(rng, _NOT_RECORDED[style])
            exp[col] = "unknown"
        else:
            cells[col] = (
                _mode_cell(src, ev, rng)
                if col == "transport_mode"
                else _vocab(src, table, value, rng)
            )
            exp[col] = value

    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"], exp["nationality"] = _nationality(src, ev, rng, tags)
    for col in ("origin_country", "destination_country"):
        iso = _str(ev[col])
        cells[col] = None if iso is None else _country_name(src, iso, rng, tags, col)
        exp[col] = iso
    cells["detection_country"], exp["detection_country"] = _detection(
        src, ev, rng, tags, forced_blank == "detection_country"
    )
    transit = _str(ev["transit_countries"])
    if "transit_countries" in has:
        cells["transit_countries"] = _transit(src, transit, rng, tags)
        exp["transit_countries"] = transit
    else:
        exp["transit_countries"] = None
    coords, exp["lat"], exp["lon"] = _coords(src, ev, rng, tags, forced_blank == "coordinates")
    cells.update(coords)
    offences = _str(ev["linked_offences"])
    if "linked_offences" in has:
        cells["linked_offences"] = _offences(src, offences, rng)
        exp["linked_offences"] = offences
    else:
        exp["linked_offences"] = None

    hotspot = str(ev.get("hotspot") or "")
    if style == "hb":
        cells["route_label"], cells["place"] = _HB_PLACE.get(hotspot, (hotspot, None))
    else:
        places: dict[str, tuple[str, ...]] = _PLACE.get(style, {})
        cells["place"] = choice(rng, places.get(hotspot, (hotspot,)))
        cells["info_source"] = choice(rng, _INFO[style])
    if style != "hb":  # hand-typed sheets; the map layer is written by a program
        for col in ("crime_type", "gender", "age_group", "transport_mode", "origin_country"):
            cells[col] = _noise(cells[col], rng, col, tags)
    return cells, exp, tags


#: The variant: sources, routing of the events and the way each source writes.
EXAMINER: Examiner[Blind284Source] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": UCA.source,
        "FRA": GISTI.source,
        "GBR": GISTI.source,
        "USA": HB.source,
        "PAN": CIEPS.source,
    },
    compilation=UVA.source,
    secondary={
        ("wmed", "ESP"): UVA.source,
        ("watl", "ESP"): UVA.source,
        ("channel", "FRA"): UVA.source,
        ("channel", "GBR"): UVA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=284,
    blank_share=0.5,
)


def make_blind284(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five border-death datasets of ``blind284``.

    The Universidad de Cádiz group reports the events detected in Spain, GISTI those in
    France and the United Kingdom, Humane Borders those in the United States and CIEPS
    those in Panama; the University of Amsterdam database compiles every other event
    (Italy, Greece, Croatia, Poland) and reports again some Spanish and Channel events
    (cross-source duplicates). See the module docstring for each team's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``uca_frontera_sur_jz.csv``, ``gisti_morts_frontiere_jz.xlsx``,
        ``uva_deaths_borders_jz.csv``, ``humane_borders_jz.jsonl`` and
        ``cieps_darien_jz.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind284(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['uca_frontera_sur_jz.csv', 'gisti_morts_frontiere_jz.xlsx',
     'uva_deaths_borders_jz.csv', 'humane_borders_jz.jsonl', 'cieps_darien_jz.csv']
    >>> subs[2].encoding, subs[2].delimiter
    ('utf-16', '\t')
    >>> subs[0].frame.columns[:3].tolist()
    ['Nº registro', 'Fecha', 'Lugar']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
