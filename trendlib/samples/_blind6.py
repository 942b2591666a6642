"""The sixth examiner's blind sample set (files ``*_h.*``), written without the cleaner.

``write_samples(..., variant="blind6")`` writes five submissions from agencies no earlier
variant used, each in its own wording:

``dgsn_dz_h.csv``
    Algerian national police (DGSN) liaison file on the Western Mediterranean and
    Atlantic routes: French, upper-case headers without accents, cp1252, ``;``, day-first
    dates, decimal-comma coordinates.
``dpi_hn_h.xlsx``
    Honduran police investigations directorate (DPI) workbook on the Darién and
    US-Mexico routes: Spanish, real Excel dates mixed with serial numbers and text dates
    typed month-first (a US-locale spreadsheet), one ``lat, lon`` coordinates cell.
``jora_extract_h.jsonl``
    A Frontex JORA-style incident extract for Italy, Greece, Croatia and Poland: camelCase
    English keys, ISO codes, ISO / ``yyyy/mm/dd`` / long English dates, Excel serials.
``gnib_ie_h.csv``
    Irish Garda National Immigration Bureau liaison file for the UK: English, UTF-8 with
    BOM, ``,``, day-first dates; the file was sent twice, so some rows repeat.
``pgd_lu_h.csv``
    Luxembourg Grand-Ducal Police national contact point compilation (France and the
    second reports): French, latin-1, ``|``, ``dd.mm.yyyy`` dates, decimal commas.

Every cell is drawn from the examiner's own word lists below; the expected clean value
of each written row is what a careful analyst would read in it.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND6_SOURCES", "make_blind6"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind6Source(ExaminerSource):
    """A blind6 source: the shared fields plus how this agency writes its cells.

    Attributes
    ----------
    dates : tuple of (str, float)
        Full-date styles and their weights.
    partial : tuple of str
        Month or quarter styles used when a row gives only the month or quarter.
    countries : tuple of (str, float)
        Country cell styles and their weights.
    coords : str
        ``"split_comma"`` (decimal comma), ``"split_dot"``, ``"pair"`` (one cell) or
        ``"json"`` (numbers).
    numbers : bool
        Whether counts are written as numbers (XLSX, JSON) rather than text.
    placeholders : tuple of str
        What the agency writes for a count it does not know.
    zero : tuple of str
        What it writes for no suspect.
    """

    dates: tuple[tuple[str, float], ...]
    partial: tuple[str, ...]
    countries: tuple[tuple[str, float], ...]
    coords: str
    numbers: bool
    placeholders: tuple[str, ...]
    zero: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Countries: (English, French, Spanish) names, nationality adjectives
# (English, French m., French f., Spanish m., Spanish f.), aliases and typos.
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_ADJ: dict[str, tuple[str, str, str, str, str]] = {
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
_ALIASES: dict[str, tuple[str, ...]] = {
    "BIH": ("Bosnia-Herzegovina", "BiH"),
    "BLR": ("Bélarus", "Belarús"),
    "CHN": ("People's Republic of China",),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "DEU": ("Deutschland", "Federal Republic of Germany"),
    "GBR": ("UK", "U.K.", "Great Britain", "Grande-Bretagne", "Gran Bretaña"),
    "GIN": ("Guinée-Conakry", "Guinea-Conakry", "Guinea Conakry"),
    "GMB": ("The Gambia", "Republic of The Gambia"),
    "GRC": ("Hellenic Republic", "Hellas"),
    "HRV": ("Hrvatska", "Republic of Croatia"),
    "IRN": ("Iran, Islamic Republic of", "Islamic Republic of Iran", "Iran (Islamic Rep.)"),
    "LBY": ("State of Libya",),
    "MAR": ("Kingdom of Morocco", "Royaume du Maroc"),
    "MEX": ("Estados Unidos Mexicanos",),
    "MKD": ("Macedonia", "Republic of North Macedonia"),
    "PAN": ("República de Panamá",),
    "POL": ("Polska",),
    "ROU": ("Rumanía",),
    "RUS": ("Russian Federation", "Fédération de Russie"),
    "SYR": ("Syrian Arab Republic", "République arabe syrienne", "República Árabe Siria"),
    "TUR": ("Turkey", "Turkiye", "Turquia"),
    "USA": ("USA", "U.S.A.", "EE.UU.", "EEUU", "United States of America"),
    "VEN": ("Venezuela, Bolivarian Republic of", "República Bolivariana de Venezuela"),
    "VNM": ("Vietnam", "Viet-Nam"),
}
#: One-letter slips an analyst would still read (none for Iran/Iraq, Niger/Nigeria, Mali).
_TYPOS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghnistan", "Afganistan"),
    "ALB": ("Albnia",),
    "BGD": ("Bangaldesh",),
    "CMR": ("Camroon",),
    "COL": ("Columbia",),
    "DZA": ("Algria", "Algerie"),
    "ECU": ("Equador",),
    "EGY": ("Egipt",),
    "ERI": ("Eritria",),
    "GTM": ("Guatamala",),
    "HTI": ("Haitti",),
    "LBY": ("Lybie",),
    "MAR": ("Moroco", "Marroc"),
    "MEX": ("Mexcio",),
    "NGA": ("Nigerria",),
    "PAK": ("Pakstan",),
    "ROU": ("Romaina",),
    "SEN": ("Sengal",),
    "SYR": ("Syira",),
    "TUN": ("Tunisa",),
    "VEN": ("Venezula",),
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}
_ACCENTS = str.maketrans(
    "áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÉÈÊËÍÎÏÓÔÖÚÙÛÜÑÇ", "aaaaaeeeeiiiiooooouuuuncAAAAEEEEIIIOOOUUUUNC"
)

# --------------------------------------------------------------------------------------
# Vocabulary words, by language
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "smuggling": (
            "trafic illicite de migrants",
            "aide à l'entrée et au séjour irréguliers",
            "organisation de traversées clandestines (passeurs)",
        ),
        "trafficking": ("traite des êtres humains", "TEH", "traite des personnes"),
        "both": ("traite et trafic de migrants", "TEH + trafic illicite de migrants"),
    },
    "es": {
        "smuggling": (
            "tráfico ilícito de migrantes",
            "tráfico de migrantes",
            "coyotaje (tráfico de migrantes)",
        ),
        "trafficking": ("trata de personas", "trata de seres humanos"),
        "both": (
            "trata de personas y tráfico de migrantes",
            "trata + tráfico ilícito de migrantes",
        ),
    },
    "en": {
        "smuggling": ("migrant smuggling", "facilitation of illegal entry", "people smuggling"),
        "trafficking": ("trafficking in human beings", "THB", "human trafficking"),
        "both": ("THB and migrant smuggling", "human trafficking + smuggling"),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autres formes"),
    },
    "es": {
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "obligación de delinquir"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra", "otros fines"),
    },
    "en": {
        "sexual": ("sexual exploitation", "Sexual"),
        "forced_labour": ("labour exploitation", "forced labor"),
        "forced_criminality": ("forced criminality", "criminal exploitation"),
        "organ_removal": ("organ harvesting",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "Other form"),
    },
}
_NOT_APPLICABLE = {"fr": ("sans objet", ""), "es": ("no aplica", ""), "en": ("N/A", "")}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "female": ("femmes", "féminin", "F"),
        "male": ("hommes", "masculin", "H"),
        "mixed": ("mixte", "hommes et femmes", "H/F"),
    },
    "es": {
        "female": ("mujeres", "femenino"),
        "male": ("hombres", "masculino"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
    "en": {
        "female": ("female", "F", "women"),
        "male": ("male", "M", "men"),
        "mixed": ("mixed", "both sexes", "M/F"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "child": ("mineurs", "enfants", "moins de 18 ans"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "es": {
        "child": ("menores de edad", "NNA", "menores"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "en": {
        "child": ("minor", "child", "under 18"),
        "adult": ("adult", "18+", "adults"),
        "mixed": ("mixed", "adults and minors"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sea": ("maritime", "voie maritime", "embarcation"),
        "land": ("terrestre", "voie terrestre", "véhicule"),
        "air": ("aérien", "voie aérienne", "avion"),
    },
    "es": {
        "sea": ("marítimo", "vía marítima", "lancha"),
        "land": ("terrestre", "a pie", "vía terrestre"),
        "air": ("aéreo", "vía aérea"),
    },
    "en": {
        "sea": ("sea", "maritime", "boat"),
        "land": ("land", "road", "lorry"),
        "air": ("air", "flight"),
    },
}
#: Words for a category the agency did not record (expected ``unknown``).
_NOT_RECORDED = {"fr": "non déterminé", "es": "no determinado", "en": "not recorded"}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("marchandises illicites", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("lavado de activos", "blanqueo de capitales"),
        "illicit_goods": ("contrabando", "mercancías ilícitas"),
        "cybercrime": ("delitos informáticos", "ciberdelito"),
        "terrorism": ("terrorismo",),
    },
    "en": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_NO_OFFENCE = {"fr": ("néant", ""), "es": ("ninguno", ""), "en": ("none", "")}
_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip

# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_FIELD_ORDER = (
    "source_ref", "event_date", "crime_type", "exploitation", "n_persons", "n_suspects",
    "gender", "age_group", "nationality", "origin_country", "destination_country",
    "detection_country", "transit_countries", "transport_mode",
)  # fmt: skip


def _headers(words: tuple[str, ...], coords: tuple[str, ...], linked: str) -> dict[str, str]:
    out = dict(zip(_FIELD_ORDER, words, strict=True))
    if len(coords) == 1:
        out["coordinates"] = coords[0]
    else:
        out["lat"], out["lon"] = coords
    out["linked_offences"] = linked
    return out


DGSN = Blind6Source(
    source="dgsn_dz_h",
    filename="dgsn_dz_h.csv",
    ref="DGSN/PAF/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        (
            "N° PROCEDURE",
            "DATE INTERPELLATION",
            "QUALIFICATION DES FAITS",
            "FORME D'EXPLOITATION",
            "NBRE PERSONNES",
            "NBRE MIS EN CAUSE",
            "SEXE",
            "TRANCHE AGE",
            "NATIONALITE",
            "PAYS ORIGINE",
            "PAYS DESTINATION",
            "PAYS INTERCEPTION",
            "PAYS DE TRANSIT",
            "MOYEN DE TRANSPORT",
        ),
        ("LATITUDE", "LONGITUDE"),
        "INFRACTIONS CONNEXES",
    ),
    note="NB : chiffres provisoires, sous réserve de consolidation par la DGSN",
    total="TOTAL GÉNÉRAL",
    bad_count=("nombreux", "plusieurs dizaines"),
    repeats=False,
    dates=(("dmy_slash", 0.6), ("dmy_dash", 0.12), ("long_fr", 0.18), ("iso", 0.1)),
    partial=("month_fr", "month_num", "quarter_t", "quarter_fr"),
    countries=(
        ("name", 0.5),
        ("adjective", 0.15),
        ("upper", 0.1),
        ("no_accent", 0.07),
        ("alias", 0.06),
        ("typo", 0.05),
        ("iso3", 0.04),
        ("name_es", 0.03),
    ),
    coords="split_comma",
    numbers=False,
    placeholders=("inconnu", "non communiqué", "n.c.", "-"),
    zero=("néant", "aucun"),
)
DPI = Blind6Source(
    source="dpi_hn_h",
    filename="dpi_hn_h.xlsx",
    ref="DPI-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        (
            "No. Expediente",
            "Fecha de detección",
            "Tipo de delito",
            "Fin de explotación",
            "Total personas",
            "Nro. de imputados",
            "Sexo",
            "Rango de edad",
            "Nacionalidad",
            "País de origen",
            "País destino",
            "País de detección",
            "Ruta (países de tránsito)",
            "Medio de transporte",
        ),
        ("Coordenadas GPS",),
        "Delitos conexos",
    ),
    note="Nota: información preliminar sujeta a verificación",
    total="Total general",
    bad_count=("muchos", "varios"),
    repeats=True,
    dates=(("excel", 0.55), ("serial", 0.1), ("mdy_slash", 0.2), ("long_es", 0.15)),
    partial=("month_es", "quarter_t", "quarter_es"),
    countries=(
        ("name", 0.52),
        ("adjective", 0.14),
        ("no_accent", 0.08),
        ("upper", 0.06),
        ("alias", 0.06),
        ("typo", 0.05),
        ("mojibake", 0.04),
        ("iso2", 0.05),
    ),
    coords="pair",
    numbers=True,
    placeholders=("sin dato", "s/d", "no determinado", "-"),
    zero=("ninguno", "0"),
)
JORA = Blind6Source(
    source="jora_extract_h",
    filename="jora_extract_h.jsonl",
    ref="JORA-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        (
            "incidentId",
            "dateOfDetection",
            "offenceType",
            "exploitationForm",
            "numberOfPersons",
            "numberOfFacilitators",
            "sexOfPersons",
            "ageCategory",
            "nationalityDeclared",
            "countryOfOrigin",
            "countryOfDestination",
            "countryOfDetection",
            "transitRoute",
            "meansOfTransport",
        ),
        ("latitude", "longitude"),
        "relatedCrimes",
    ),
    note=None,
    total="TOTAL",
    bad_count=("many", "several"),
    repeats=True,
    dates=(
        ("iso", 0.48),
        ("ymd_slash", 0.15),
        ("long_en", 0.15),
        ("long_en_mdy", 0.07),
        ("serial", 0.07),
        ("iso_time", 0.08),
    ),
    partial=("month_iso", "quarter_q", "quarter_iso"),
    countries=(
        ("iso3", 0.45),
        ("name", 0.2),
        ("iso2", 0.1),
        ("numeric", 0.07),
        ("alias", 0.1),
        ("lower", 0.04),
        ("typo", 0.04),
    ),
    coords="json",
    numbers=True,
    placeholders=("TBD", "n/a", "unknown"),
    zero=("0", "none"),
)
GNIB = Blind6Source(
    source="gnib_ie_h",
    filename="gnib_ie_h.csv",
    ref="GNIB/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=_headers(
        (
            "Garda ref.",
            "Date of detection",
            "Offence",
            "Type of exploitation",
            "No. persons",
            "No. suspects",
            "Sex",
            "Adult / minor",
            "Nationality",
            "Origin country",
            "Intended destination",
            "Detected in",
            "Transit route",
            "Travel mode",
        ),
        ("Lat.", "Long."),
        "Other offences",
    ),
    note="Figures subject to revision - unvalidated extract",
    total="Grand total",
    bad_count=("many", "numerous"),
    repeats=True,
    dates=(("dmy_slash", 0.55), ("dmy_dash", 0.1), ("long_en", 0.2), ("dmy_mon_yy", 0.15)),
    partial=("month_en", "quarter_q"),
    countries=(
        ("name", 0.45),
        ("adjective", 0.15),
        ("alias", 0.12),
        ("iso3", 0.06),
        ("case_space", 0.08),
        ("typo", 0.05),
        ("mojibake", 0.04),
        ("name_fr", 0.05),
    ),
    coords="split_dot",
    numbers=False,
    placeholders=("unknown", "n/k", "not known", "-"),
    zero=("nil", "0"),
)
PGD = Blind6Source(
    source="pgd_lu_h",
    filename="pgd_lu_h.csv",
    ref="LU-PJ-{year}-{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="fr",
    headers=_headers(
        (
            "Réf. dossier",
            "Date des faits",
            "Nature de l'infraction",
            "Type d'exploitation",
            "Nombre de victimes / migrants",
            "Nombre d'auteurs présumés",
            "Genre",
            "Catégorie d'âge",
            "Nationalité des personnes",
            "Pays d'origine",
            "Pays de destination",
            "Pays de constatation",
            "Pays de transit",
            "Mode de déplacement",
        ),
        ("Latitude", "Longitude"),
        "Infractions liées",
    ),
    note="Remarque : extraction partielle, données non consolidées",
    total="Total période",
    bad_count=("beaucoup", "nombreux"),
    repeats=False,
    dates=(("dmy_dot", 0.6), ("long_fr", 0.2), ("iso", 0.1), ("dmy_slash", 0.1)),
    partial=("month_fr", "quarter_t", "month_iso"),
    countries=(
        ("name", 0.45),
        ("adjective", 0.12),
        ("iso3", 0.1),
        ("iso2", 0.05),
        ("alias", 0.08),
        ("mojibake", 0.05),
        ("case_space", 0.07),
        ("typo", 0.04),
        ("name_en", 0.04),
    ),
    coords="split_comma",
    numbers=False,
    placeholders=("inconnu", "nc", "-"),
    zero=("néant", "0"),
)
_SOURCES: tuple[Blind6Source, ...] = (DGSN, DPI, JORA, GNIB, PGD)
#: Source ids (file stems) of the blind6 submissions, in order.
BLIND6_SOURCES: tuple[str, ...] = tuple(s.source for s in _SOURCES)

_PRIMARY = {
    "ESP": DGSN.source,
    "PAN": DPI.source,
    "USA": DPI.source,
    "ITA": JORA.source,
    "GRC": JORA.source,
    "HRV": JORA.source,
    "POL": JORA.source,
    "GBR": GNIB.source,
}
_SECONDARY = {
    ("channel", "FRA"): GNIB.source,
    ("channel", "GBR"): PGD.source,
    ("thb_vnm_gbr", "GBR"): PGD.source,
    ("wmed", "ESP"): JORA.source,
    ("watl", "ESP"): JORA.source,
    ("thb_rou_esp", "ESP"): PGD.source,
    ("cmed", "ITA"): DGSN.source,
    ("thb_nga_ita", "ITA"): PGD.source,
    ("thb_rou_esp", "ITA"): PGD.source,
    ("emed", "GRC"): PGD.source,
    ("wbal", "HRV"): PGD.source,
    ("blr_pol", "POL"): PGD.source,
    ("darien", "PAN"): PGD.source,
    ("us_mex", "USA"): PGD.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _name(code: str, lang: str) -> str:
    names = _NAMES.get(code)
    if names is None:  # a code outside the examiner's table: its ISO alpha-3
        return code
    return names[_LANG_INDEX[lang]]


def _country(
    src: Blind6Source,
    code: str,
    rng: _Rng,
    *,
    nationality: bool = False,
    gender: object = None,
    in_list: bool = False,
) -> tuple[str, str | None]:
    """Return (cell, messiness tag) for one country, written the source's way."""
    lang = src.language
    for _ in range(8):  # a style that does not apply to this country is drawn again
        style = _weighted(rng, src.countries)
        text, tag = _country_style(style, code, lang, rng, nationality, gender)
        if text is None:
            continue
        if in_list and ("," in text or "-" in text or "/" in text):
            continue
        if fits(text, src):
            return text, tag
    return code, "country_iso3"


def _country_style(
    style: str, code: str, lang: str, rng: _Rng, nationality: bool, gender: object
) -> tuple[str | None, str | None]:
    name = _name(code, lang)
    if style == "name":
        return name, None
    if style in ("name_en", "name_fr", "name_es"):
        return _name(code, style[-2:]), "country_other_language"
    if style == "iso3":
        return code, "country_iso3"
    if style == "iso2":
        return iso_codes(code)[0], "country_iso2"
    if style == "numeric":
        return iso_codes(code)[1], "country_numeric"
    if style == "upper":
        return name.upper(), "case_space"
    if style == "lower":
        return name.lower(), "case_space"
    if style == "case_space":
        return "  " + (name.upper() if rng.random() < 0.5 else name.lower()) + " ", "case_space"
    if style == "no_accent":
        plain = name.translate(_ACCENTS)
        return (plain, "no_accent") if plain != name else (None, None)
    if style == "alias":
        aliases = _ALIASES.get(code)
        return (choice(rng, aliases), "country_alias") if aliases else (None, None)
    if style == "typo":
        typos = _TYPOS.get(code)
        return (choice(rng, typos), "country_typo") if typos else (None, None)
    if style == "mojibake":
        garbled = mojibake(name)
        return (garbled, "mojibake") if garbled else (None, None)
    if style == "adjective":
        adj = _ADJ.get(code)
        if not nationality or adj is None:
            return None, None
        if lang == "en":
            return adj[0], "nationality_adjective"
        base = 1 if lang == "fr" else 3
        female = gender == "female" or (gender == "mixed" and rng.random() < 0.5)
        word = adj[base + 1] if female else adj[base]
        return (word.capitalize() if rng.random() < 0.5 else word), "nationality_adjective"
    return None, None


def _transit(src: Blind6Source, codes: str, rng: _Rng) -> tuple[str, list[str]]:
    parts = codes.split("|")
    tags = ["transit_list"] if len(parts) > 1 else []
    cells = []
    for code in parts:
        text, tag = _country(src, code, rng, in_list=True)
        cells.append(text.strip())
        if tag:
            tags.append(tag)
    seps = [", ", "; ", " - ", " / ", " > ", "-", "/", ">", " → ", " -> ", "|"]
    if src.delimiter == "|":
        seps.remove("|")
    sep = choice(rng, seps)
    joined = sep.join(cells)
    if not fits(joined, src):
        joined = " > ".join(cells)
    return joined, tags


def _words(rng: _Rng, table: dict[str, tuple[str, ...]], value: str) -> str:
    return choice(rng, table[value])


def _date_text(ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    d, m, y = ts.day, ts.month, ts.year
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy_dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "mdy_slash":
        return f"{m}/{d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "iso_time":
        return (
            f"{y}-{m:02d}-{d:02d}T{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}:00"
        )
    if style == "ymd_slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "long_fr":
        day = "1er" if d == 1 else str(d)
        return f"{day} {_MONTHS_FR[m - 1]} {y}"
    if style == "long_es":
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}"
    if style == "long_en":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "long_en_mdy":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "dmy_mon_yy":
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}"
    if style == "excel":
        return dt.datetime(y, m, d)
    if style == "serial":
        return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
    raise ValueError(style)


_DATE_TAGS = {
    "dmy_slash": "date_dmy_slash",
    "dmy_dash": "date_dmy_dash",
    "dmy_dot": "date_dmy_dot",
    "mdy_slash": "date_mdy",
    "iso": "date_iso",
    "iso_time": "date_iso_time",
    "ymd_slash": "date_ymd_slash",
    "long_fr": "date_long_fr",
    "long_es": "date_long_es",
    "long_en": "date_long_en",
    "long_en_mdy": "date_long_en",
    "dmy_mon_yy": "date_short_year",
    "excel": "date_excel",
    "serial": "date_serial",
}


def _partial_text(ts: pd.Timestamp, style: str) -> tuple[str, str]:
    m, y, q = ts.month, ts.year, (ts.month - 1) // 3 + 1
    if style == "month_fr":
        return f"{_MONTHS_FR[m - 1]} {y}", "month"
    if style == "month_es":
        return f"{_MONTHS_ES[m - 1]} {y}", "month"
    if style == "month_en":
        return f"{MONTHS[m - 1]} {y}", "month"
    if style == "month_num":
        return f"{m:02d}/{y}", "month"
    if style == "month_iso":
        return f"{y}-{m:02d}", "month"
    if style == "quarter_t":
        return f"T{q} {y}", "quarter"
    if style == "quarter_fr":
        return f"{q}{'er' if q == 1 else 'e'} trimestre {y}", "quarter"
    if style == "quarter_es":
        return f"{q}.º trimestre {y}", "quarter"
    if style == "quarter_q":
        return f"Q{q} {y}", "quarter"
    if style == "quarter_iso":
        return f"{y}-Q{q}", "quarter"
    raise ValueError(style)


def _grouped(n: int, src: Blind6Source, rng: _Rng) -> str:
    text = f"{n:,}"
    if src.language == "en":
        return text
    sep = choice(rng, (" ", "\u202f", "\u2009", "\xa0"))
    out = text.replace(",", sep)
    return out if fits(out, src) else text.replace(",", " ")


def _coord_cells(
    src: Blind6Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], list[str]]:
    tags: list[str] = []
    if src.coords == "json":
        if rng.random() < 0.1:
            tags.append("decimal_comma")
            return {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }, tags
        return {"lat": lat, "lon": lon}, tags
    if src.coords == "pair":
        r = rng.random()
        if lon < -90 and r < 0.15:  # typed longitude first: the latitude is out of range
            return {"coordinates": f"{lon:.5f}, {lat:.5f}"}, ["coords_swapped"]
        if r > 0.93 and lat > 0 and lon < 0:
            return {"coordinates": f"{lat:.5f} N, {-lon:.5f} O"}, ["coords_hemisphere"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, tags
    comma = src.coords == "split_comma" and rng.random() < 0.85
    la, lo = f"{lat:.5f}", f"{lon:.5f}"
    if comma:
        la, lo = la.replace(".", ","), lo.replace(".", ",")
        tags.append("decimal_comma")
    return {"lat": la, "lon": lo}, tags


def _render(
    src: Blind6Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    lang = src.language
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    # date
    if partial_ok and rng.random() < 0.06:
        text, precision = _partial_text(ts, choice(rng, src.partial))
        cells["event_date"] = text
        period = "M" if precision == "month" else "Q"
        exp["event_date"] = ts.to_period(period).start_time
        exp["date_precision"] = precision
        tags.append(f"date_{precision}")
    else:
        style = _weighted(rng, src.dates)
        cells["event_date"] = _date_text(ts, style, rng)
        exp["event_date"] = ts.normalize()
        exp["date_precision"] = "day"
        tags.append(_DATE_TAGS[style])

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _words(rng, _CRIME[lang], crime)
    if rng.random() < 0.08:
        cells["crime_type"] = str(cells["crime_type"]).upper()
        tags.append("vocab_case")
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, _NOT_APPLICABLE[lang]) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _words(rng, _EXPLOIT[lang], str(expl))
        exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    exp["n_persons"] = n
    r = rng.random()
    if r < 0.03:
        cells["n_persons"] = choice(rng, src.placeholders)
        tags.append("count_placeholder")  # expected count set to missing afterwards
    elif n >= 1000 and r < 0.8:
        cells["n_persons"] = _grouped(n, src, rng)
        tags.append("count_grouped")
    else:
        cells["n_persons"] = n if src.numbers else str(n)
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, src.placeholders)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif s == 0 and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = s if src.numbers else str(s)
        exp["n_suspects"] = s

    # gender and age
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _words(rng, _GENDER[lang], str(ev["gender"]))
        exp["gender"] = ev["gender"]
    if rng.random() < 0.02:
        cells["age_group"] = _NOT_RECORDED[lang]
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _words(rng, _AGE[lang], str(ev["age_group"]))
        exp["age_group"] = ev["age_group"]

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if forced_blank == col:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        text, tag = _country(src, code, rng, nationality=col == "nationality", gender=ev["gender"])
        cells[col] = text
        exp[col] = code
        if tag:
            tags.append(tag)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        cells["transit_countries"], t_tags = _transit(src, str(transit), rng)
        exp["transit_countries"] = transit
        tags += t_tags

    # transport
    if rng.random() < 0.015:
        cells["transport_mode"] = _NOT_RECORDED[lang]
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        words = _words(rng, _TRANSPORT[lang], str(ev["transport_mode"]))
        if rng.random() < 0.06:
            words = "  " + words.upper() + " "
            tags.append("vocab_case")
        cells["transport_mode"] = words
        exp["transport_mode"] = ev["transport_mode"]

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.025:
        blank = forced_blank == "coordinates"
        filler = None if blank else choice(rng, ("n/d", "-", ""))
        filler = filler or None
        if src.coords == "pair":
            cells["coordinates"] = filler
        else:
            cells["lat"], cells["lon"] = filler, filler
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates" if blank else "coords_placeholder")
    else:
        c_cells, c_tags = _coord_cells(src, lat, lon, rng)
        cells.update(c_cells)
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags += c_tags

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, _NO_OFFENCE[lang]) or None
        exp["linked_offences"] = None
    else:
        items = [_words(rng, _OFFENCES[lang], o) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, (", ", "; ", " + ", " / ")).join(items)
        exp["linked_offences"] = offences
    return cells, exp, tags


def _bad_date(src: Blind6Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        words = {"fr": "date inconnue", "es": "sin fecha", "en": "n/k"}
        return words[src.language] if rng.random() < 0.3 else None
    if kind == "future_date":
        later = pd.Timestamp(year=ts.year + int(rng.integers(30, 80)), month=ts.month, day=1)
        later = later + pd.Timedelta(days=min(ts.day, 28) - 1)
        style = src.dates[0][0]
        return _date_text(later, "iso" if style == "serial" else style, rng)
    y = ts.year
    bad = {
        "dmy_slash": f"31/02/{y}",
        "dmy_dot": f"31.02.{y}",
        "excel": f"2/30/{y}",
        "iso": f"{y}-02-30",
    }
    return bad.get(src.dates[0][0], f"{y}-13-{ts.day:02d}")


def _note_date(src: Blind6Source, last: pd.Timestamp) -> object:
    style = src.dates[0][0]
    return _date_text(last, style, np.random.default_rng(0))


_EXAMINER: Examiner[Blind6Source] = Examiner(
    sources=_SOURCES,
    primary=_PRIMARY,
    compilation=PGD.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=606,
    blank_share=0.35,
)


def _missing_counts(sub: Submission) -> Submission:
    """Set the expected count of a placeholder count cell (and of its repeats) to missing."""
    exp = sub.expected.copy()
    tags = exp["messiness"].fillna("")
    hit = tags.str.contains("count_placeholder") & exp["expected_status"].ne("quarantine")
    key = sub.filename + ":" + exp["source_row"].astype(str)
    hit_keys = set(key[hit])
    repeat = exp["expected_reason"].eq("exact_repeat").fillna(False)
    hit = hit | (repeat & exp["duplicate_of"].isin(hit_keys).fillna(False))
    exp.loc[hit.to_numpy(dtype=bool), "n_persons"] = pd.NA
    return Submission(
        filename=sub.filename,
        frame=sub.frame,
        format=sub.format,
        encoding=sub.encoding,
        delimiter=sub.delimiter,
        language=sub.language,
        source=sub.source,
        expected=exp,
        entities=sub.entities,
    )


def make_blind6(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five blind6 submissions (files ``*_h.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``dgsn_dz_h.csv``, ``dpi_hn_h.xlsx``, ``jora_extract_h.jsonl``,
        ``gnib_ie_h.csv`` and ``pgd_lu_h.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind6(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgsn_dz_h.csv', 'dpi_hn_h.xlsx', 'jora_extract_h.jsonl', 'gnib_ie_h.csv',
     'pgd_lu_h.csv']
    """
    return [_missing_counts(s) for s in make_examined(_EXAMINER, truth, seed=seed)]
