"""Examiner variant ``blind373``: heritage-site security teams and a museum-security digest.

Five agencies that had not reported to the project before, all from the heritage world,
whose guards, custodians and volunteers come across smuggled migrants and exploited
vendors, cleaners and visitors at or near their sites and pass what they saw on:

``english_heritage_nk.csv``
    English Heritage, Security & Resilience team (incident and safeguarding log of its
    properties: Dover Castle, the London houses). English; UTF-8 with a BOM (Excel's
    "CSV UTF-8"); ``,``; UK day-first dates, some with the time of the call, a few long
    dates and month-only dates of concerns raised after the fact; nationality as a
    demonym ("Vietnamese"); small counts sometimes in words; the location pasted from
    Google Maps as one ``"lat, long"`` cell; the route as ``France > Germany``.
``cmn_surete_nk.xlsx``
    Centre des monuments nationaux, département de la sûreté (tracking sheet of the
    reports of its monuments on the Opal Coast). French; real Excel dates, some typed as
    text, a few "mai 2023" or "T2 2023"; nationality as the French adjective
    ("afghane"); "Angleterre" for the United Kingdom; accents dropped now and then;
    latitude and longitude as numbers, some typed as text with a decimal comma;
    "aucun" for no suspect and "NC" for a count not known.
``museos_estatales_nk.csv``
    Ministerio de Cultura, Subdirección General de Museos Estatales, área de seguridad
    (reports of the guards of the state museums). Spanish; cp1252; ``;``; dd/mm/yyyy, a
    few "mayo 2023"-style long dates and ``05/2023`` months; countries mostly in upper
    case as Spanish forms write them, some demonyms ("MARROQUÍ"); sex as
    ``V``/``M`` (varón/mujer) or in words; "MENA" for unaccompanied minors; thousands
    with ``.``; coordinates with a decimal comma; "No procede" in the exploitation cell
    of smuggling cases; exact repeats from overlapping monthly extracts.
``patronato_panama_viejo_nk.csv``
    Patronato Panamá Viejo, departamento de seguridad (reports of its rangers and of
    partner posts in Darién). Panamanian Spanish; UTF-16 with a BOM, tab-separated (an
    Excel "Unicode text" export); dd/mm/yyyy with some Excel serial numbers where the
    column lost its format; "Trata de personas"; ``M``/``F`` (masculino/femenino);
    "NNA" for children; thousands with ``,``; GPS coordinates in degrees, minutes and
    seconds.
``icom_icms_nk.jsonl``
    ICOM International Committee for Museum Security (ICMS), incident digest compiled
    from member reports: the compilation source (every detection country the others do
    not cover) and the second report of some of the others' events. English keys; ISO
    dates, some month or quarter only; countries as ISO alpha-2, alpha-3 or numeric
    codes, English names or the member's French or Spanish name, which the digest's
    import sometimes garbled (mojibake); exact repeats.

Everything a careful analyst could not read from a cell is planted on purpose and the
truth says so: a blank or "not known" count keeps the record with no count, a "not
known" nationality or gender gives no value or ``unknown``, and so on (the tags of each
row in ``truth_rows.csv`` name what was planted).
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

__all__ = ["AGENCIES", "Agency", "Wording", "make_blind373"]

_Rng = np.random.Generator
Weights = tuple[tuple[str, float], ...]

_EN, _FR, _ES = 0, 1, 2

# iso3: (English, French, Spanish) names as these agencies write them.
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

# Other names in common use, per language (first = the usual one).
_ALIASES: dict[int, dict[str, tuple[str, ...]]] = {
    _EN: {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
    },
    _FR: {
        "GBR": ("Angleterre", "RU", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
    },
    _ES: {
        "USA": ("EE.UU.", "EEUU", "USA"),
        "GIN": ("Guinea Conakry",),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "MKD": ("Macedonia",),
    },
}

# Demonyms as a nationality is written: English, French (feminine: "nationalité
# afghane"), Spanish (masculine, as forms write it).
_DEMONYMS: dict[int, dict[str, str]] = {
    _EN: {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "CHN": "Chinese",
        "ROU": "Romanian",
        "NGA": "Nigerian",
    },
    _FR: {
        "AFG": "afghane",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    _ES: {
        "MAR": "marroquí",
        "DZA": "argelino",
        "SEN": "senegalés",
        "MLI": "maliense",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
        "VEN": "venezolano",
        "ECU": "ecuatoriano",
        "HTI": "haitiano",
        "COL": "colombiano",
        "CHN": "chino",
    },
}

# Small slips a clerk makes (dropped accents count: they are what a keyboard gives).
_TYPOS: dict[int, dict[str, str]] = {
    _EN: {
        "AFG": "Afghanstan",
        "ALB": "Albenia",
        "ERI": "Eritera",
        "IRQ": "Irag",
        "SYR": "Sryia",
        "VNM": "Veitnam",
        "LBY": "Lybia",
        "TUN": "Tunesia",
        "EGY": "Eygpt",
        "BGD": "Bangaldesh",
        "PAK": "Pakisatn",
        "NGA": "Nigera",
        "TUR": "Turky",
        "GRC": "Grece",
        "ITA": "Itlay",
        "DEU": "Germay",
        "GBR": "Unted Kingdom",
        "USA": "Untied States",
        "MEX": "Mexcio",
        "HND": "Hondouras",
        "GTM": "Guatamala",
        "CMR": "Camaroon",
        "MAR": "Morrocco",
    },
    _FR: {
        "AFG": "Afghanisatn",
        "ALB": "Albanei",
        "ERI": "Erythree",
        "IRN": "Irann",
        "IRQ": "Iraq",
        "SYR": "Syire",
        "GBR": "Royaume Uni",
        "DEU": "Allemagen",
        "FRA": "Frnace",
        "VNM": "Viet Nam",
    },
    _ES: {
        "AFG": "Afganistan",
        "MAR": "Marruecoss",
        "DZA": "Argelía",
        "VEN": "Venezula",
        "COL": "Colonbia",
        "ECU": "Ecuardor",
        "HTI": "Haiti",
        "SEN": "Senegall",
        "MLI": "Mali",
        "MRT": "Mauritana",
        "ROU": "Rumania",
        "GMB": "Gambía",
        "ESP": "Espana",
        "ITA": "Itália",
        "PAN": "Panama",
        "USA": "Estados Unidoss",
        "CHN": "Chna",
    },
}

_MONTHS: dict[int, tuple[str, ...]] = {
    _EN: (
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
    _FR: (
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
    _ES: (
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

_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles that give only a month or a quarter.
_MONTH_STYLES = ("month_en", "month_fr", "month_slash", "iso_month")
_QUARTER_STYLES = ("quarter_fr", "iso_quarter")


@dataclass(frozen=True)
class Wording:
    """How one agency words its cells.

    Attributes
    ----------
    lang : int
        Column of :data:`_NAMES` the agency writes country names in (0 en, 1 fr, 2 es).
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the agency's words for it (first = the usual one).
    offence_sep, transit_sep : str
        Separators of linked offences and of transit countries.
    unknown : tuple of str
        What the agency writes for a value not known (gender, nationality, origin).
    na : tuple of str
        Words it writes in an age or transport cell it could not fill.
    count_unknown : tuple of str
        What it writes for a count not known.
    zero : tuple of str
        Words it writes for "no suspect".
    dates : tuple of (style, weight)
        Date styles; the first is the usual one (used for both reports of a
        duplicated event when the drawn style is partial).
    countries, nationality, detection : tuple of (style, weight)
        Styles of origin/destination/transit, of nationality and of the detection
        country (``name``, ``upper``, ``lower``, ``iso2``, ``iso3``, ``numeric``,
        ``alias``, ``typo``, ``demonym``, ``member``, ``space``).
    coords : str
        ``"gmaps"``, ``"xlsx"``, ``"comma"``, ``"dms"`` or ``"json"``.
    counts : str
        ``"en"``, ``"xlsx"``, ``"es"``, ``"pa"`` or ``"json"``: how counts are written.
    not_applicable : tuple of str
        What it writes in the exploitation cell of a smuggling case (empty: nothing).
    direct : tuple of str
        What it writes in the transit cell of a direct journey (empty: nothing).
    """

    lang: int
    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    unknown: tuple[str, ...]
    na: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    dates: Weights
    countries: Weights
    nationality: Weights
    detection: Weights
    coords: str
    counts: str
    not_applicable: tuple[str, ...] = ()
    direct: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of this variant: what the machinery reads plus the agency's wording.

    Attributes
    ----------
    words : Wording
        How the agency writes its cells.
    """

    words: Wording


_EH = Wording(
    lang=_EN,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
        "smuggling": ("People smuggling", "Clandestine entry", "Facilitated illegal entry"),
        "both": ("Trafficking & smuggling", "Modern slavery + people smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Under 18", "Child", "Minor"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    transport={
        "sea": ("Small boat", "Boat", "Dinghy"),
        "land": ("Lorry/HGV", "Vehicle", "On foot"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Cannabis cultivation", "Illicit goods"),
        "cybercrime": ("Online exploitation",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    unknown=("Not known", "Not recorded", "N/K"),
    na=("Not known", "N/K", "Not recorded"),
    count_unknown=("Not known", "N/K", "TBC"),
    zero=("None", "Nil", "none"),
    dates=(("dmy", 0.74), ("dmy_time", 0.14), ("long_en", 0.08), ("month_en", 0.04)),
    countries=(("name", 0.8), ("alias", 0.08), ("typo", 0.06), ("space", 0.06)),
    nationality=(("demonym", 0.82), ("name", 0.08), ("typo", 0.05), ("space", 0.05)),
    detection=(("name", 0.5), ("alias", 0.4), ("iso2", 0.1)),
    coords="gmaps",
    counts="en",
)

_CMN = Wording(
    lang=_FR,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers",
        ),
        "both": ("Traite et trafic de migrants", "TEH + aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H et F"),
    },
    age={
        "adult": ("majeurs", "majeur", "adultes"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("poids lourd", "camion", "à pied"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" ; ",
    transit_sep=", ",
    unknown=("non renseigné", "NR", "inconnue"),
    na=("non renseigné", "NR", "sans objet"),
    count_unknown=("NC", "non communiqué", "?"),
    zero=("aucun", "0 (aucun)", "néant"),
    dates=(
        ("xl", 0.78),
        ("dmy", 0.12),
        ("month_fr", 0.05),
        ("quarter_fr", 0.05),
    ),
    countries=(("name", 0.72), ("typo", 0.1), ("upper", 0.08), ("alias", 0.1)),
    nationality=(("demonym", 0.55), ("name", 0.3), ("typo", 0.08), ("upper", 0.07)),
    detection=(("name", 0.85), ("iso2", 0.1), ("upper", 0.05)),
    coords="xlsx",
    counts="xlsx",
)

_MUSEOS = Wording(
    lang=_ES,
    crime={
        "trafficking": ("TRATA DE SERES HUMANOS", "Trata de seres humanos", "TSH"),
        "smuggling": (
            "FAVORECIMIENTO DE LA INMIGRACIÓN ILEGAL",
            "Tráfico ilícito de migrantes",
            "Inmigración ilegal (art. 318 bis)",
        ),
        "both": ("TRATA Y TRÁFICO DE MIGRANTES", "Trata + inmigración ilegal"),
    },
    exploitation={
        "sexual": ("EXPLOTACIÓN SEXUAL", "explotación sexual"),
        "forced_labour": ("EXPLOTACIÓN LABORAL", "trabajos forzados"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS", "criminalidad forzada"),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "other": ("OTRAS",),
    },
    gender={
        "male": ("V", "Varón", "Hombres"),
        "female": ("M", "Mujer", "Mujeres"),
        "mixed": ("Ambos", "V y M", "Mixto"),
    },
    age={
        "adult": ("Mayor de edad", "Adultos"),
        "child": ("Menor de edad", "MENA", "Menores"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Embarcación neumática"),
        "land": ("Terrestre", "Vehículo", "A pie"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    unknown=("No consta", "NO CONSTA", "Desconocida"),
    na=("No consta", "NO CONSTA", "Sin datos"),
    count_unknown=("S/D", "sin determinar", "No consta"),
    zero=("Ninguno", "NINGUNO", "0 (ninguno)"),
    dates=(("dmy", 0.88), ("long_es", 0.08), ("month_slash", 0.04)),
    countries=(("upper", 0.62), ("name", 0.2), ("typo", 0.08), ("alias", 0.05), ("iso3", 0.05)),
    nationality=(("upper", 0.5), ("demonym", 0.25), ("name", 0.15), ("typo", 0.1)),
    detection=(("upper", 0.8), ("name", 0.15), ("iso3", 0.05)),
    coords="comma",
    counts="es",
    not_applicable=("No procede", "N/P"),
    direct=("Directo", "Ruta directa"),
)

_PPV = Wording(
    lang=_ES,
    crime={
        "trafficking": ("Trata de personas", "TdP", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otro",),
    },
    gender={
        "male": ("Masculino", "M", "Hombres"),
        "female": ("Femenino", "F", "Mujeres"),
        "mixed": ("Mixto", "M y F"),
    },
    age={
        "adult": ("Adultos", "Adulto"),
        "child": ("NNA", "Menores", "Menor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Lancha", "Marítimo", "Bote"),
        "land": ("Terrestre", "A pie", "Caminando (selva)"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=" / ",
    unknown=("N/D", "Sin información", "Desconocido"),
    na=("N/D", "Sin información"),
    count_unknown=("N/D", "por determinar", "Sin cifra"),
    zero=("Ninguno", "ninguno"),
    dates=(("dmy", 0.9), ("serial", 0.1)),
    countries=(("name", 0.7), ("typo", 0.1), ("alias", 0.1), ("upper", 0.1)),
    nationality=(("name", 0.5), ("demonym", 0.35), ("typo", 0.1), ("upper", 0.05)),
    detection=(("name", 0.7), ("iso2", 0.15), ("iso3", 0.15)),
    coords="dms",
    counts="pa",
)

_ICMS = Wording(
    lang=_EN,
    crime={
        "trafficking": ("Trafficking in persons", "TIP", "human trafficking"),
        "smuggling": ("Migrant smuggling", "SOM", "smuggling of migrants"),
        "both": ("TIP/SOM", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={
        "male": ("male", "M", "men"),
        "female": ("female", "F", "women"),
        "mixed": ("mixed", "men and women"),
    },
    age={
        "adult": ("adult", "adults"),
        "child": ("minor", "child", "children"),
        "mixed": ("mixed", "adults and minors"),
    },
    transport={
        "sea": ("sea", "boat"),
        "land": ("land", "overland", "on foot"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit trafficking of goods", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep=", ",
    unknown=("unknown", "not reported"),
    na=("unknown", "not reported"),
    count_unknown=("unknown", "not reported"),
    zero=("none",),
    dates=(("iso", 0.92), ("iso_month", 0.05), ("iso_quarter", 0.03)),
    countries=(
        ("name", 0.4),
        ("iso2", 0.25),
        ("iso3", 0.15),
        ("member", 0.12),
        ("alias", 0.04),
        ("typo", 0.04),
    ),
    nationality=(("iso2", 0.35), ("name", 0.3), ("iso3", 0.15), ("member", 0.15), ("typo", 0.05)),
    detection=(("iso2", 0.6), ("iso3", 0.2), ("numeric", 0.1), ("name", 0.1)),
    coords="json",
    counts="json",
)

#: The five agencies of the set, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (
    Agency(
        source="english_heritage",
        filename="english_heritage_nk.csv",
        ref="EH-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident Ref",
            "event_date": "Date of Incident",
            "detection_country": "Country",
            "coordinates": "Location (lat, long)",
            "crime_type": "Concern Type",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Persons",
            "n_suspects": "No. of Suspects",
            "gender": "Gender",
            "age_group": "Age Group",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Route (via)",
            "destination_country": "Intended Destination",
            "transport_mode": "Mode of Travel",
            "linked_offences": "Linked Offences",
        },
        note="Extracted from the EH Incident Management System - OFFICIAL-SENSITIVE, "
        "figures subject to review",
        total="TOTAL",
        bad_count=("several", "a group", "multiple"),
        repeats=False,
        words=_EH,
    ),
    Agency(
        source="cmn_surete",
        filename="cmn_surete_nk.xlsx",
        ref="CMN/SUR/{yy:02d}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "N° de fiche",
            "event_date": "Date des faits",
            "crime_type": "Qualification des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de personnes",
            "n_suspects": "Nombre d'auteurs présumés",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination déclarée",
            "detection_country": "Pays des faits",
            "transport_mode": "Mode de déplacement",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Document de travail - extraction du tableau de suivi sûreté, ne pas diffuser",
        total="Total général",
        bad_count=("plusieurs", "un groupe", "nombreux"),
        repeats=False,
        words=_CMN,
    ),
    Agency(
        source="museos_estatales",
        filename="museos_estatales_nk.csv",
        ref="{seq:04d}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº registro",
            "event_date": "Fecha del hecho",
            "detection_country": "País",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Nº de presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio empleado",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos",
        },
        note="Datos provisionales - fuente: partes de vigilancia de los museos estatales",
        total="TOTAL",
        bad_count=("varios", "un grupo", "numerosos"),
        repeats=True,
        words=_MUSEOS,
    ),
    Agency(
        source="patronato_panama_viejo",
        filename="patronato_panama_viejo_nk.csv",
        ref="PPV-SEG-{seq:03d}-{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. de informe",
            "event_date": "Fecha",
            "crime_type": "Tipo de delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Cantidad de sospechosos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "transit_countries": "Ruta (tránsito)",
            "destination_country": "Destino final",
            "detection_country": "País del hallazgo",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas GPS",
            "linked_offences": "Delitos conexos",
        },
        note="Informe consolidado del Departamento de Seguridad - cifras preliminares",
        total="Total",
        bad_count=("varios", "grupo grande"),
        repeats=False,
        words=_PPV,
    ),
    Agency(
        source="icom_icms",
        filename="icom_icms_nk.jsonl",
        ref="ICMS-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date",
            "detection_country": "country",
            "crime_type": "category",
            "exploitation": "exploitation",
            "n_persons": "persons",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "transport_mode": "transport",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "many"),
        repeats=True,
        words=_ICMS,
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Weights) -> str:
    keys = [k for k, _ in weights]
    p = np.array([w for _, w in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word 65 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _noise(text: str, rng: _Rng, tags: list[str], col: str, rate: float = 0.05) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(0, 3))
    tags.append(f"case:{col}")
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _country(src: Agency, iso: str, style: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Write one ISO alpha-3 code the agency's way; tag what is not the plain name."""
    w = src.words
    name = _NAMES[iso][w.lang]
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias" and iso in _ALIASES[w.lang]:
        text = _word(rng, _ALIASES[w.lang][iso])
    elif style == "typo" and iso in _TYPOS[w.lang]:
        text = _TYPOS[w.lang][iso]
    elif style == "demonym" and iso in _DEMONYMS[w.lang]:
        text = _DEMONYMS[w.lang][iso]
        if w.lang == _ES and src.words.countries[0][0] == "upper":
            text = text.upper()
    elif style == "space":
        text = f"{name} "
    elif style == "member":  # the member's own (French or Spanish) name, maybe garbled
        text = _NAMES[iso][_FR if rng.random() < 0.5 else _ES]
        garbled = mojibake(text)
        if garbled is not None and rng.random() < 0.6:
            tags.append(f"mojibake:{col}")
            return garbled
    if text != name and style not in ("upper", "lower", "space"):
        tags.append(f"{style}:{col}")
    elif text != name:
        tags.append(f"case:{col}")
    return text if fits(text, src) else name


def _date_cell(src: Agency, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a date in one of the agency's styles."""
    lang = src.words.lang
    month = _MONTHS[lang][ts.month - 1]
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_time":
        hour, minute = int(rng.integers(7, 23)), int(rng.integers(0, 60))
        return ts.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}"
    if style == "long_en":
        return f"{ts.day} {month} {ts.year}"
    if style == "long_es":
        return f"{ts.day} de {month} de {ts.year}"
    if style == "month_en":
        return f"{month} {ts.year}"
    if style == "month_fr":
        return f"{month} {ts.year}"
    if style == "month_slash":
        return ts.strftime("%m/%Y")
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}"
    if style == "xl":
        return ts.to_pydatetime()
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "iso_month":
        return ts.strftime("%Y-%m")
    if style == "iso_quarter":
        return f"{ts.year}-Q{ts.quarter}"
    return ts.strftime("%Y-%m-%d")  # "iso"


def _count_cell(src: Agency, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count (n >= 0) as the agency does."""
    kind = src.words.counts
    if kind == "json":
        return n
    if kind == "xlsx":
        if col == "n_persons" and rng.random() < 0.05:
            tags.append(f"unit:{col}")
            return f"{n} pers."
        return n
    if kind == "en" and n <= 12 and rng.random() < 0.1:
        tags.append(f"count_word:{col}")
        return _NUMBER_WORDS[n]
    if n >= 1000:
        sep = {"en": ",", "es": ".", "pa": ","}[kind]
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes_f = (v - deg) * 60
    minutes = int(minutes_f)
    sec = round((minutes_f - minutes) * 60, 1)
    if sec >= 60:
        sec -= 60
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}"


def _coord_cells(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> dict[str, object]:
    style = src.words.coords
    if style == "gmaps":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if style == "dms":
        tags.append("dms_coords")
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
    if style == "comma":
        tags.append("decimal_comma:coordinates")
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if style == "xlsx" and rng.random() < 0.2:
        tags.append("decimal_comma:coordinates")
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    return {"lat": round(lat, 5), "lon": round(lon, 5)}


def _no_coords(src: Agency, text: str | None) -> dict[str, object]:
    if "coordinates" in src.headers:
        return {"coordinates": text}
    return {"lat": text, "lon": text}


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
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    w = src.words
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: the agency's styles; both reports of a duplicated event give the day.
    style = _pick(rng, w.dates)
    if not partial_ok and style in (*_MONTH_STYLES, *_QUARTER_STYLES):
        style = w.dates[0][0]
    cells["event_date"] = _date_cell(src, ts, style, rng)
    if style in _MONTH_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif style in _QUARTER_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if style != w.dates[0][0]:
            tags.append(f"date_style:{style}")

    # Crime type and form of exploitation.
    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    cells["crime_type"] = _noise(_word(rng, w.crime[crime]), rng, tags, "crime_type")
    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        exp["exploitation"] = None
        if w.not_applicable and rng.random() < 0.3:
            cells["exploitation"] = choice(rng, w.not_applicable)
            tags.append("not_applicable:exploitation")
        else:
            cells["exploitation"] = None
    else:
        r = rng.random()
        if r < 0.04:
            cells["exploitation"], exp["exploitation"] = None, "unknown"
            tags.append("empty:exploitation")
        elif r < 0.06:
            cells["exploitation"], exp["exploitation"] = choice(rng, w.unknown), "unknown"
            tags.append("unknown:exploitation")
        else:
            exp["exploitation"] = str(expl)
            cells["exploitation"] = _noise(
                _word(rng, w.exploitation[str(expl)]), rng, tags, "exploitation"
            )

    # Counts.
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = choice(rng, w.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, persons, rng, tags, "n_persons")
        exp["n_persons"] = persons
    suspects = ev["n_suspects"]
    n_s = -1 if suspects is None else int(suspects)  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or n_s < 0:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.count_unknown), None
        tags.append("suspects_placeholder")
    elif n_s == 0 and w.counts != "json" and rng.random() < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.zero), 0
        tags.append("zero_word:n_suspects")
    else:
        cells["n_suspects"] = _count_cell(src, n_s, rng, tags, "n_suspects")
        exp["n_suspects"] = n_s

    # Gender, age group, transport mode.
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, w.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, w.gender[gender]), gender
        if len(str(cells["gender"])) <= 2:
            tags.append("code:gender")
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, w.na), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _noise(_word(rng, w.age[age]), rng, tags, "age_group")
        exp["age_group"] = age
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.na), "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = _noise(_word(rng, w.transport[mode]), rng, tags, "transport_mode")
        exp["transport_mode"] = mode

    # Countries.
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.03:
        cells["nationality"], exp["nationality"] = choice(rng, w.unknown), None
        tags.append("blank_nationality")
    else:
        style = _pick(rng, w.nationality)
        cells["nationality"] = _country(src, nat, style, "nationality", rng, tags)
        exp["nationality"] = nat
    origin = str(ev["origin_country"])
    if rng.random() < 0.03:
        cells["origin_country"], exp["origin_country"] = choice(rng, w.unknown), None
        tags.append("unknown:origin_country")
    else:
        style = _pick(rng, w.countries)
        cells["origin_country"] = _country(src, origin, style, "origin_country", rng, tags)
        exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    if rng.random() < 0.08:
        cells["destination_country"], exp["destination_country"] = None, None
        tags.append("empty:destination_country")
    else:
        style = _pick(rng, w.countries)
        cells["destination_country"] = _country(src, dest, style, "destination_country", rng, tags)
        exp["destination_country"] = dest
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        style = _pick(rng, w.detection)
        cells["detection_country"] = _country(src, det, style, "detection_country", rng, tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if w.direct and rng.random() < 0.3:
            cells["transit_countries"] = choice(rng, w.direct)
            tags.append("direct_word:transit_countries")
        else:
            cells["transit_countries"] = None
    else:
        style = _pick(rng, w.countries)
        parts = [
            _country(src, c, style, "transit_countries", rng, tags) for c in str(transit).split("|")
        ]
        cells["transit_countries"] = w.transit_sep.join(parts)

    # Place of detection.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.05:
        cells.update(_no_coords(src, choice(rng, w.unknown)))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells.update(_coord_cells(src, lat, lon, rng, tags))
        exp["lat"], exp["lon"] = lat, lon

    # Linked offences, in the truth's order.
    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = w.offence_sep.join(
            _word(rng, w.offences[o]) for o in str(offences).split("|")
        )
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: none, impossible, or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        ahead = ts + pd.DateOffset(years=10)
        if src.words.dates[0][0] == "xl":
            return pd.Timestamp(ahead).to_pydatetime()
        if src.words.dates[0][0] == "iso":
            return pd.Timestamp(ahead).strftime("%Y-%m-%d")
        return pd.Timestamp(ahead).strftime("%d/%m/%Y")
    day, month = choice(rng, ("30/02", "31/04", "31/06", "00/05", "31/09", "31/11")).split("/")
    if src.words.dates[0][0] == "iso":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of its last report)."""
    if src.words.dates[0][0] == "xl":
        return last.to_pydatetime()
    if src.words.dates[0][0] == "iso":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_PRIMARY = {
    "GBR": "english_heritage",
    "FRA": "cmn_surete",
    "ESP": "museos_estatales",
    "PAN": "patronato_panama_viejo",
}
# The digest re-publishes some of what its national members sent in.
_SECONDARY = {
    ("channel", "GBR"): "icom_icms",
    ("thb_vnm_gbr", "GBR"): "icom_icms",
    ("channel", "FRA"): "icom_icms",
    ("wmed", "ESP"): "icom_icms",
    ("watl", "ESP"): "icom_icms",
    ("thb_rou_esp", "ESP"): "icom_icms",
    ("darien", "PAN"): "icom_icms",
}

_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation="icom_icms",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=373,
    blank_share=0.3,
)


def make_blind373(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five heritage agencies of ``blind373`` would.

    English Heritage reports the events detected in the United Kingdom, the Centre des
    monuments nationaux those in France, the Spanish state museums those in Spain and
    the Patronato Panamá Viejo those in Panama; the ICOM museum-security digest reports
    every other event and reports again some of the others' (cross-source duplicates).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``english_heritage_nk.csv``, ``cmn_surete_nk.xlsx``,
        ``museos_estatales_nk.csv``, ``patronato_panama_viejo_nk.csv`` and
        ``icom_icms_nk.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind373(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['english_heritage_nk.csv', 'cmn_surete_nk.xlsx', 'museos_estatales_nk.csv',
     'patronato_panama_viejo_nk.csv', 'icom_icms_nk.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº registro', 'Fecha del hecho', 'País']
    >>> all(len(s.frame) == len(s.expected) for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
