"""Examiner sample set ``blind26``: five agencies' files (``*_ab.*``), written blind.

A reader's guide to the five sources (see :data:`BLIND26_SOURCES`):

``paf_roissy_cdg`` (``paf_roissy_cdg_ab.csv``)
    French border police, SPAF Roissy-Charles-de-Gaulle analysis cell, compiling its own
    and its liaison officers' reports (Italy, Greece, Croatia, Poland; Channel events as
    second reports). French, CSV, **cp1252**, ``;``, CRLF. Dates ``14/03/2022``,
    ``14.03.22``, ``14 mars 2022``, ``lundi 14 mars 2022``; partial ``mars 2022``,
    ``T1 2022``, ``1er trim. 2022``. Crime as qualification with article (``art. 225-4-1
    CP``, ``art. L823-1 CESEDA``, ``AESI``, ``TEH``). Countries as French names, upper-case
    names, ISO alpha-3 codes, masculine demonyms; a few names pasted as UTF-8 mojibake.
    Counts with a space or no-break-space thousands separator; ``néant``/``aucun`` for zero
    suspects; ``n.c.``/``inconnu`` for unknown counts. One coordinates column
    ``49,00970 N / 2,54790 E`` (decimal commas, hemisphere letters, ``O`` for west).
``ukbf_juxtaposed`` (``ukbf_juxtaposed_controls_ab.csv``)
    UK Border Force at the juxtaposed controls (Coquelles, Calais, Dunkirk, Paris Gare du
    Nord Eurostar) and Kent. English, CSV, **utf-8-sig**, ``,``. Dates UK day-first
    ``14/03/2022``, ``14-Mar-22``, ``14 March 2022``, ISO; partial ``Mar 2022``,
    ``Q1 2022``. Crime as legislation (``s.25 Immigration Act 1971``, ``MSA 2015 s.2``).
    Nationality as passport MRZ alpha-3 codes or upper-case demonyms. Counts with commas,
    ``40 (est.)``, ``TBC``; ``nil`` suspects. ``Lat/Long (WGS84)`` in several styles.
    Re-sends some rows (exact repeats).
``glaa_intel`` (``glaa_intel_ab.csv``)
    UK Gangmasters and Labour Abuse Authority intelligence log (labour and criminal
    exploitation; Vietnamese and Romanian victims), second reports only. English, CSV,
    **UTF-16 (BOM), tab** (Excel "Unicode text" export). Dates ``14/03/2022``,
    ``14th March 2022``. Exploitation as sectors (``nail bar``, ``cannabis cultivation``).
    Separate ``Latitude``/``Longitude`` columns, ``n/k`` for not known.
``pf_barajas`` (``pf_madrid_barajas_ab.xlsx``)
    Spanish National Police, Madrid-Barajas border post (Brigada de Extranjería y
    Fronteras) with its reports of Spanish events (incl. sea arrivals referred to it).
    Spanish, XLSX. Dates as real Excel dates, bare Excel serial numbers, ``14/03/2022``
    and ``14-mar-2022`` text; partial ``marzo 2022``, ``1T 2022``. Crime as Código Penal
    articles (``art. 177 bis``, ``art. 318 bis``). Sex column ``(H/M)`` (H hombre,
    M mujer). Coordinates in degrees-minutes-seconds with ``º``, decimal-comma seconds
    and ``O`` (oeste) for west, or decimal-comma pairs split by ``;``. Thousands with
    ``.``.
``defensoria_ec`` (``defensoria_movilidad_ec_ab.jsonl``)
    Ecuador's Defensoría del Pueblo, human-mobility protection desk, reporting events
    along the route (Darién in Panama, the US-Mexico border). Spanish, JSON lines, UTF-8,
    snake_case Spanish keys. Dates ISO, ``14/03/2022``, ``14 de marzo de 2022``, ``lunes,
    14 de marzo de 2022``; partial ``marzo de 2022``, ``I trimestre 2022``. Crime as COIP
    articles (``art. 91``, ``art. 213``) or ``coyoterismo``; ``NNA`` for children;
    ``matrimonio servil``. Counts as numbers or strings; transit as a JSON array of names
    or a ``-`` joined string; ``s/d`` placeholders; coordinates as numbers or strings.
"""

from __future__ import annotations

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

__all__ = ["BLIND26_SOURCES", "make_blind26"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) country name.
_NAMES: dict[str, tuple[str, str, str]] = {
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "MLI": ("Mali", "Mali", "Malí"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "IRN": ("Iran", "Iran", "Irán"),
    "CHN": ("China", "Chine", "China"),
    "GMB": ("The Gambia", "Gambie", "Gambia"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "ITA": ("Italy", "Italie", "Italia"),
    "ESP": ("Spain", "Espagne", "España"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "FRA": ("France", "France", "Francia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "NER": ("Niger", "Niger", "Níger"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
}
_LANG_IDX = {"en": 0, "fr": 1, "es": 2}
#: Everyday short forms of a few countries, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"GBR": ("UK", "U.K."), "USA": ("USA", "US"), "FRA": ("FR",)},
    "fr": {"GBR": ("R.-U.", "Grande-Bretagne"), "USA": ("USA",)},
    "es": {"USA": ("EE. UU.", "EEUU"), "GBR": ("Gran Bretaña",), "PAN": ("Panamá (Darién)",)},
}
#: ISO alpha-3 -> (English, French, Spanish) masculine demonym.
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "AFG": ("Afghan", "afghan", "afgano"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "MLI": ("Malian", "malien", "maliense"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "NGA": ("Nigerian", "nigérian", "nigeriano"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "CIV": ("Ivorian", "ivoirien", "marfileño"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "CHN": ("Chinese", "chinois", "chino"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "TUR": ("Turkish", "turc", "turco"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
}
_MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_ROMAN = ("I", "II", "III", "IV")

#: Crime type words by source style.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "traite des êtres humains",
            "TEH - art. 225-4-1 C. pén.",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)",
            "AESI",
            "aide à l'entrée irrégulière",
            "filière d'immigration irrégulière (L823-1 CESEDA)",
        ),
        "both": ("TEH + AESI", "traite et aide à l'entrée irrégulière", "225-4-1 CP / L823-1"),
    },
    "en": {
        "trafficking": (
            "Human trafficking (MSA 2015 s.2)",
            "MSA s.2 trafficking",
            "Modern slavery - human trafficking",
        ),
        "smuggling": (
            "Facilitation (s.25 Immigration Act 1971)",
            "s.25 IA71 facilitation",
            "people smuggling",
            "Assisting unlawful immigration (s.25)",
        ),
        "both": ("s.25 facilitation + MSA s.2 trafficking", "smuggling & trafficking"),
    },
    "es": {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH",
            "trata de seres humanos",
            "177 bis",
        ),
        "smuggling": (
            "Favorecimiento inmigración ilegal (art. 318 bis CP)",
            "tráfico ilícito de migrantes",
            "318 bis",
            "inmigración ilegal (318 bis)",
        ),
        "both": ("177 bis + 318 bis", "trata y tráfico de migrantes"),
    },
    "ec": {
        "trafficking": ("Trata de personas (art. 91 COIP)", "trata de personas", "TRATA"),
        "smuggling": (
            "Tráfico ilícito de migrantes (art. 213 COIP)",
            "tráfico de migrantes",
            "coyoterismo",
        ),
        "both": ("Trata y tráfico (arts. 91 y 213 COIP)", "trata de personas y coyoterismo"),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
        "none": ("", "", "sans objet"),
    },
    "en": {
        "sexual": ("sexual exploitation", "Sexual"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("criminal exploitation", "forced criminality"),
        "organ_removal": ("organ harvesting",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other - see narrative"),
        "none": ("", "", "N/A"),
    },
    "glaa": {
        "sexual": ("sexual exploitation (off-street)", "sexual exploitation"),
        "forced_labour": (
            "labour exploitation - nail bar",
            "labour exploitation - agriculture",
            "labour exploitation - car wash",
            "forced labour (food processing)",
        ),
        "forced_criminality": (
            "criminal exploitation - cannabis cultivation",
            "criminal exploitation - shoplifting",
        ),
        "organ_removal": ("organ harvesting",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other (see log)"),
        "none": ("", "N/A"),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("comisión de actividades delictivas", "delincuencia forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra", "otras formas"),
        "none": ("", "", "no aplica"),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "female": ("F", "femme", "femmes", "Féminin"),
        "male": ("H", "homme", "hommes", "Masculin"),
        "mixed": ("mixte", "H/F", "H+F"),
    },
    "en": {
        "female": ("F", "female", "Female"),
        "male": ("M", "male", "Male"),
        "mixed": ("mixed", "M/F", "both sexes"),
    },
    "es": {
        "female": ("M", "mujer", "mujeres", "femenino"),
        "male": ("H", "hombre", "varones", "masculino"),
        "mixed": ("mixto", "H/M", "ambos sexos"),
    },
    "ec": {
        "female": ("femenino", "mujeres", "Mujer"),
        "male": ("masculino", "hombres", "Hombre"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "child": ("mineur", "mineurs", "MNA", "mineur non accompagné"),
        "adult": ("majeur", "majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "na": ("non déterminé", "non renseigné"),
    },
    "en": {
        "child": ("minor", "U18", "child", "UASC"),
        "adult": ("adult", "18+", "Adult"),
        "mixed": ("mixed", "adults & minors"),
        "na": ("not recorded", "not known"),
    },
    "es": {
        "child": ("menor", "menores", "MENA"),
        "adult": ("mayor de edad", "adultos", "adulto"),
        "mixed": ("mixto", "adultos y menores"),
        "na": ("sin determinar", "no consta"),
    },
    "ec": {
        "child": ("NNA", "niñas, niños y adolescentes", "menores de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
        "na": ("sin información", "no registra"),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sea": ("maritime", "embarcation légère (small boat)", "voie maritime"),
        "land": ("terrestre", "routier (poids lourd)", "ferroviaire", "voie terrestre"),
        "air": ("aérien", "voie aérienne", "vol commercial"),
        "na": ("non déterminé", "inconnu"),
    },
    "en": {
        "sea": ("small boat", "RHIB", "maritime", "sea"),
        "land": ("lorry (HGV)", "tourist coach", "car", "rail (Eurostar)", "land"),
        "air": ("air", "commercial flight", "air (scheduled)"),
        "na": ("not recorded", "unknown"),
    },
    "es": {
        "sea": ("marítimo", "patera", "cayuco", "embarcación neumática", "vía marítima"),
        "land": ("terrestre", "camión", "autobús", "a pie", "vía terrestre"),
        "air": ("aéreo", "vuelo comercial", "vía aérea"),
        "na": ("sin determinar", "no consta"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents (art. 441-1 CP)"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises prohibées"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
        "none": ("", "néant"),
    },
    "en": {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("bribery/corruption", "corruption"),
        "money_laundering": ("money laundering", "money laundering (POCA)"),
        "illicit_goods": ("contraband", "prohibited goods"),
        "cybercrime": ("cyber-enabled crime", "cybercrime"),
        "terrorism": ("terrorism",),
        "none": ("", "none"),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "lavado de activos"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelito", "delito informático"),
        "terrorism": ("terrorismo",),
        "none": ("", "ninguno"),
    },
}
_COUNT_UNKNOWN = {
    "fr": ("inconnu", "n.c."),
    "en": ("unknown", "TBC", "not known"),
    "es": ("s/d", "desconocido", "sin datos"),
}
_ZERO = {"fr": ("néant", "aucun"), "en": ("nil", "none"), "es": ("ninguno", "sin detenidos")}
_COORD_UNKNOWN = {"fr": ("n.c.", "non relevé"), "en": ("n/k", "not taken"), "es": ("s/d",)}
_TRANSIT_NONE = {"fr": ("direct", "néant"), "en": ("direct", "none"), "es": ("directo",)}


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_COMMON = (
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
)


def _headers(ref: str, date: str, words: tuple[str, ...], tail: dict[str, str]) -> dict[str, str]:
    return {"source_ref": ref, "event_date": date, **dict(zip(_COMMON, words, strict=True)), **tail}


_PAF = ExaminerSource(
    source="paf_roissy_cdg",
    filename="paf_roissy_cdg_ab.csv",
    ref="SPAF-CDG/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        "N° procédure",
        "Date des faits",
        (
            "Qualification (NATINF / article)",
            "Forme d'exploitation",
            "Nb personnes (victimes/migrants)",
            "Nb mis en cause (MEC)",
            "Sexe (H/F)",
            "Majeur/Mineur",
            "Nationalité",
            "Pays d'origine",
            "Destination déclarée",
            "Pays de constatation",
            "Pays de transit",
            "Vecteur",
        ),
        {"coordinates": "Coordonnées (lat / long)", "linked_offences": "Infractions connexes"},
    ),
    note="Extraction du fichier de la cellule d'analyse - chiffres provisoires, DR",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "X"),
    repeats=False,
)
_UKBF = ExaminerSource(
    source="ukbf_juxtaposed",
    filename="ukbf_juxtaposed_controls_ab.csv",
    ref="BF/JUX/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=_headers(
        "Incident Ref",
        "Date of Detection",
        (
            "Offence (legislation)",
            "Exploitation type (if MS)",
            "No. of Persons Detected",
            "No. Facilitators Arrested",
            "Sex",
            "Adult/Minor",
            "Nationality (MRZ code)",
            "Country of Origin",
            "Intended Destination",
            "Location Country",
            "Route (transit)",
            "Method / Mode",
        ),
        {"coordinates": "Lat/Long (WGS84)", "linked_offences": "Associated Offences"},
    ),
    note="OFFICIAL-SENSITIVE: management information only, not official statistics",
    total="Total",
    bad_count=("several", "multiple", "see narrative"),
    repeats=True,
)
_GLAA = ExaminerSource(
    source="glaa_intel",
    filename="glaa_intel_ab.csv",
    ref="GLAA/INT/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers=_headers(
        "Intel Ref",
        "Date of Encounter",
        (
            "Offence Category",
            "Exploitation / Labour Sector",
            "Number of Persons",
            "Suspected Offenders",
            "Gender",
            "Age Band",
            "Nationality",
            "Source Country",
            "Destination Country",
            "Country Encountered",
            "Transit Countries",
            "Entry Route",
        ),
        {"lat": "Latitude", "lon": "Longitude", "linked_offences": "Other Offences"},
    ),
    note="Data extracted from intelligence log; NRM referral outcome not shown",
    total="Grand Total",
    bad_count=("several", "a group", "unclear"),
    repeats=False,
)
_BARAJAS = ExaminerSource(
    source="pf_barajas",
    filename="pf_madrid_barajas_ab.xlsx",
    ref="ATD-{seq:05d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        "Nº Atestado",
        "Fecha hechos",
        (
            "Tipología delictiva (CP)",
            "Finalidad explotación",
            "Nº víctimas / migrantes",
            "Nº detenidos",
            "Sexo (H/M)",
            "Edad (mayor/menor)",
            "Nacionalidad",
            "País origen",
            "País destino",
            "País detección",
            "Tránsito / escalas",
            "Medio transporte",
        ),
        {"coordinates": "Coordenadas (GMS)", "linked_offences": "Delitos conexos"},
    ),
    note="Datos provisionales. Uso interno - no difundir",
    total="TOTAL",
    bad_count=("varios", "numerosos", "ver atestado"),
    repeats=False,
)
_DPE = ExaminerSource(
    source="defensoria_ec",
    filename="defensoria_movilidad_ec_ab.jsonl",
    ref="DPE-MH-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        "nro_caso",
        "fecha_hecho",
        (
            "tipo_delito",
            "finalidad_explotacion",
            "num_personas",
            "num_presuntos_responsables",
            "sexo",
            "grupo_etario",
            "nacionalidad",
            "pais_origen",
            "pais_destino",
            "pais_deteccion",
            "paises_transito",
            "medio_transporte",
        ),
        {"lat": "latitud", "lon": "longitud", "linked_offences": "delitos_conexos"},
    ),
    note="Registro preliminar; información sujeta a verificación",
    total="TOTAL",
    bad_count=("varias", "grupo numeroso", "por confirmar"),
    repeats=False,
)

#: The five sources of the ``blind26`` set, in the order of the submissions.
BLIND26_SOURCES: tuple[ExaminerSource, ...] = (_PAF, _UKBF, _GLAA, _BARAJAS, _DPE)

_PRIMARY = {
    "FRA": "ukbf_juxtaposed",
    "GBR": "ukbf_juxtaposed",
    "ESP": "pf_barajas",
    "PAN": "defensoria_ec",
    "USA": "defensoria_ec",
}
_SECONDARY = {
    ("thb_vnm_gbr", "GBR"): "glaa_intel",
    ("thb_rou_esp", "ESP"): "glaa_intel",
    ("thb_rou_esp", "ITA"): "glaa_intel",
    ("channel", "FRA"): "paf_roissy_cdg",
    ("channel", "GBR"): "paf_roissy_cdg",
    ("thb_nga_ita", "ITA"): "pf_barajas",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _style(src: ExaminerSource) -> str:
    """Return the word-table key of a source (its language, or its own table)."""
    return {"defensoria_ec": "ec", "glaa_intel": "glaa"}.get(src.source, src.language)


def _table(tables: dict[str, dict[str, tuple[str, ...]]], src: ExaminerSource) -> dict:
    return tables.get(_style(src)) or tables[src.language]


def _day(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date as the source does."""
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if src.source == "paf_roissy_cdg":
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            return f"{d:02d}.{m:02d}.{y % 100:02d}"
        if r < 0.9:
            return f"{'1er' if d == 1 else d} {_MONTHS_FR[m - 1]} {y}"
        return f"{_DAYS_FR[ts.day_of_week]} {d} {_MONTHS_FR[m - 1]} {y}"
    if src.source == "ukbf_juxtaposed":
        if r < 0.5:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            return f"{d:02d}-{_MONTHS_EN[m - 1][:3]}-{y % 100:02d}"
        if r < 0.85:
            return f"{d} {_MONTHS_EN[m - 1]} {y}"
        return ts.strftime("%Y-%m-%d")
    if src.source == "glaa_intel":
        if r < 0.7:
            return f"{d:02d}/{m:02d}/{y}"
        suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {_MONTHS_EN[m - 1]} {y}"
    if src.source == "pf_barajas":
        if r < 0.5:
            return ts.to_pydatetime()
        if r < 0.7:
            return int((ts - pd.Timestamp("1899-12-30")).days)
        if r < 0.85:
            return f"{d:02d}/{m:02d}/{y}"
        return f"{d:02d}-{_MONTHS_ES[m - 1][:3]}-{y}"
    if r < 0.45:
        return ts.strftime("%Y-%m-%d")
    if r < 0.7:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.9:
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}"
    return f"{_DAYS_ES[ts.day_of_week]}, {d} de {_MONTHS_ES[m - 1]} de {y}"


def _partial(src: ExaminerSource, ts: pd.Timestamp, quarter: bool, rng: _Rng) -> str:
    """Write a month or a quarter as the source does."""
    m, y, q = ts.month, ts.year, (ts.month - 1) // 3 + 1
    lang = _style(src)
    if quarter:
        return {
            "fr": choice(rng, (f"T{q} {y}", f"{'1er' if q == 1 else f'{q}e'} trim. {y}")),
            "en": f"Q{q} {y}",
            "glaa": f"Q{q} {y}",
            "es": choice(rng, (f"{q}T {y}", f"{q}º trimestre {y}")),
            "ec": f"{_ROMAN[q - 1]} trimestre {y}",
        }[lang]
    return {
        "fr": f"{_MONTHS_FR[m - 1]} {y}",
        "en": choice(rng, (f"{_MONTHS_EN[m - 1][:3]} {y}", f"{_MONTHS_EN[m - 1]} {y}")),
        "glaa": f"{_MONTHS_EN[m - 1]} {y}",
        "es": f"{_MONTHS_ES[m - 1]} {y}",
        "ec": f"{_MONTHS_ES[m - 1]} de {y}",
    }[lang]


def _country(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country name (or code) in the source's wording."""
    lang = src.language
    name = _NAMES.get(code, (code, code, code))[_LANG_IDX[lang]]
    r = rng.random()
    alias = _ALIASES[lang].get(code)
    if alias and r < 0.25:
        return choice(rng, alias)
    if src.source == "paf_roissy_cdg":
        if r < 0.35:
            return name.upper()
        if r < 0.45:
            return code
        bad = mojibake(name)
        if bad is not None and r > 0.93 and fits(bad, src):
            tags.append("mojibake")
            return bad
        return name
    if src.source == "ukbf_juxtaposed" and r < 0.2:
        return iso_codes(code)[0]
    if src.source == "pf_barajas" and r < 0.4:
        return name.upper()
    return name


def _nationality(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality (demonym, name or code) as the source does."""
    demonym = _DEMONYMS.get(code)
    r = rng.random()
    if src.source == "ukbf_juxtaposed":
        if r < 0.6 or demonym is None:
            return code
        return demonym[0].upper()
    if demonym is None or r < 0.35:
        return _country(src, code, rng, tags)
    word = demonym[_LANG_IDX[src.language]]
    if src.source == "paf_roissy_cdg":
        return word.upper() if r < 0.6 else word.capitalize()
    if src.source == "pf_barajas":
        return word.upper()
    return word.capitalize() if src.language == "en" or r < 0.7 else word


def _thousands(src: ExaminerSource, v: int, rng: _Rng) -> str:
    if v < 1000 or rng.random() < 0.3:
        return str(v)
    sep = {"fr": choice(rng, (" ", "\xa0")), "en": ",", "es": "."}[src.language]
    return f"{v:,}".replace(",", sep)


def _count(src: ExaminerSource, v: int, rng: _Rng, tags: list[str]) -> object:
    text = _thousands(src, v, rng)
    if text != str(v):
        tags.append("thousands")
    if src.source == "ukbf_juxtaposed" and v >= 10 and rng.random() < 0.04:
        tags.append("approx_count")
        return f"{v} (est.)"
    if src.format == "csv" or text != str(v):
        return text
    if src.format == "jsonl" and rng.random() < 0.3:
        return str(v)
    return v


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60:
        sec = 59.9
    return f"{deg}º {minutes:02d}' {sec:04.1f}\" {hemi}".replace(".", ",")


def _coords(src: ExaminerSource, lat: float, lon: float, rng: _Rng) -> dict[str, object]:
    """Return the coordinate cells (one combined cell or two) of a located row."""
    r = rng.random()
    if src.source == "paf_roissy_cdg":
        if r < 0.7:
            la = f"{abs(lat):.5f}".replace(".", ",") + (" N" if lat >= 0 else " S")
            lo = f"{abs(lon):.5f}".replace(".", ",") + (" E" if lon >= 0 else " O")
            return {"coordinates": f"{la} / {lo}"}
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if src.source == "ukbf_juxtaposed":
        if r < 0.5:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        if r < 0.8:
            return {"coordinates": f"{abs(lat):.4f}{ns} {abs(lon):.4f}{ew}"}
        return {"coordinates": f"{ns}{abs(lat):.4f} {ew}{abs(lon):.4f}"}
    if src.source == "pf_barajas":
        if r < 0.7:
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}
        la, lo = (f"{v:.5f}".replace(".", ",") for v in (lat, lon))
        return {"coordinates": f"{la} ; {lo}"}
    if src.format == "jsonl":
        if r < 0.75:
            return {"lat": lat, "lon": lon}
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}


def _no_coords(src: ExaminerSource, word: str | None) -> dict[str, object]:
    if "coordinates" in src.headers:
        return {"coordinates": word}
    return {"lat": word, "lon": word}


def _transit(src: ExaminerSource, value: object, rng: _Rng, tags: list[str]) -> object:
    if value is None:
        if rng.random() < 0.3:
            return choice(rng, _TRANSIT_NONE[src.language])
        return None
    names = [_country(src, c, rng, tags) for c in str(value).split("|")]
    if src.source == "defensoria_ec" and rng.random() < 0.5:
        tags.append("json_list")
        return names
    sep = {
        "paf_roissy_cdg": " - ",
        "ukbf_juxtaposed": " > ",
        "glaa_intel": ", ",
        "pf_barajas": " / ",
        "defensoria_ec": " - ",
    }[src.source]
    return sep.join(names)


def _offences(src: ExaminerSource, value: object, rng: _Rng) -> object:
    table = _OFFENCES[src.language]
    if value is None:
        return choice(rng, table["none"]) or None
    sep = {"fr": ", ", "en": "; ", "es": " + "}[src.language]
    return sep.join(choice(rng, table[v]) for v in str(value).split("|"))


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    lang = src.language
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {k: ev.get(k) for k in _EXPECTED}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.04:
        cells["event_date"] = _partial(src, ts, False, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_month")
    elif partial_ok and r < 0.07:
        cells["event_date"] = _partial(src, ts, True, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_quarter")
    else:
        cells["event_date"] = _day(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _table(_CRIME, src)[crime])
    expl = ev["exploitation"]
    table = _table(_EXPLOIT, src)
    cells["exploitation"] = choice(rng, table["none" if expl is None else str(expl)]) or None
    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[lang])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
    # suspects
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _COUNT_UNKNOWN[lang]), None
        tags.append("suspects_placeholder")
    elif s == 0 and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, _ZERO[lang])
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, s, rng, tags)
    # gender and age
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _table(_GENDER, src)[str(ev["gender"])])
    ages = _table(_AGE, src)
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, ages["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, ages[str(ev["age_group"])])
    # countries
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, str(ev["nationality"]), rng, tags)
    for col in ("origin_country", "destination_country"):
        val = ev[col]
        cells[col] = None if val is None else _country(src, str(val), rng, tags)
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(ev["detection_country"]), rng, tags)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    modes = _MODE[lang]
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, modes["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, modes[str(ev["transport_mode"])])
    # place
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.06:
        cells.update(_no_coords(src, choice(rng, _COORD_UNKNOWN[lang])))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells.update(_coords(src, float(ev["lat"]), float(ev["lon"]), rng))  # type: ignore[arg-type]
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    return cells, exp, tags


_EXPECTED = (
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        y = ts.year
        return {
            "fr": choice(rng, (f"31/02/{y}", f"30 février {y}")),
            "en": choice(rng, (f"31/02/{y}", f"{y}-02-30")),
            "es": choice(rng, (f"31/02/{y}", f"30 de febrero de {y}")),
        }[src.language]
    future = ts + pd.DateOffset(years=30)
    if src.format == "xlsx":
        return future.to_pydatetime()
    return future.strftime("%Y-%m-%d" if src.format == "jsonl" else "%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date on the source's note row (its last day)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND26_SOURCES,
    primary=_PRIMARY,
    compilation="paf_roissy_cdg",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2626,
    blank_share=0.3,
)


def make_blind26(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind26`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND26_SOURCES`, in that order.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.
    """
    return make_examined(_EXAMINER, truth, seed=seed)
