"""The ``blind77`` examiner set: five liaison desks and regional bodies, files ``*_ca.*``.

An independent examiner wrote these files from their own knowledge of how the agencies
below keep their case logs; nothing here was tuned on the cleaner. Every event of the
truth is reported by the desk of its detection country (the ASEANAPOL digest takes the
rest), and about 4 % a second time by another desk, written that desk's way. A reader's
guide, source by source:

``ccpao_abidjan_ca.csv`` -- West African Police Chiefs' Committee (CCPAO / WAPCCO)
    liaison cell at the INTERPOL regional bureau in Abidjan. French, **cp1252**, ``;``,
    CRLF line ends. Reports the events detected in Spain (Atlantic and Western
    Mediterranean routes, Romanian labour cases) and second reports of Central
    Mediterranean and Nigeria-Italy cases. Dates day-first: ``12/08/2022``,
    ``12/08/22``, ``12-08-2022``, ``12.08.2022``, ``12 août 2022``, ``1er août 2022``,
    ``vendredi 12 août 2022``; partial dates ``août 2022``, ``08/2022``,
    ``3e trimestre 2022``, ``T3 2022``. No exploitation column: the form of exploitation
    is written inside the offence cell ("Traite des personnes (art. 177 bis CP espagnol) –
    travail forcé", "TEH aux fins d'exploitation sexuelle", "Trafic de migrants + traite –
    ..."), with the article of the law of the country of detection beside the words;
    smuggling as "Trafic illicite de migrants", "Aide à l'entrée et au séjour irréguliers",
    "Organisation de l'émigration clandestine". Counts with a space or no-break space as
    thousands separator (``1 250``); ``inconnu`` / ``n.c.`` / ``non déterminé`` for an
    unknown count; ``aucun`` / ``néant`` for no suspect. Sex ``H``/``M``/``Masculin``/
    ``Hommes``, ``F``/``Femmes``, ``Mixte``/``H/F``; ``Majeurs`` / ``Mineurs``.
    Nationality as a feminine adjective (``sénégalaise``), a French country name, an ISO3
    code, or UTF-8 mojibake pasted from another system (``sÃ©nÃ©galaise``). Transit
    countries joined by `` – ``, ``, `` or `` / ``; ``néant`` when none. Coordinates in
    one cell, decimal comma ``27,75231 / -17,98764``, ``N 27,7523 O 17,9876`` or DMS with
    ``O`` (ouest) for west: ``27°45'08" N – 17°59'15" O``; ``non relevées`` when not
    taken. Garbage: an empty row, a note row (``NB : données provisoires ...``) and
    ``TOTAL GÉNÉRAL``.

``proceso_quito_ca.csv`` -- Quito Process (regional forum on Venezuelan mobility),
    trafficking and smuggling working group digest. Spanish, **UTF-8** (no BOM),
    ``|``-delimited. Reports Panama (Darién) and United States (US-Mexico border) events.
    Header promises ``dd/mm/aaaa``; cells give ``12/08/2022``, ``12/8/2022``,
    ``12-08-2022``, ``12 de agosto de 2022``, ``12-ago-2022`` and ISO ``2022-08-12``;
    partial ``agosto 2022``, ``ago-2022``, ``08/2022``, Roman quarters
    ``III trimestre 2022`` and ``T3-2022``. Offences with penal-code articles beside the
    words, by the law of the country of detection (``Trata de personas (Ley 79 de 2011)``,
    ``Tráfico de migrantes (8 U.S.C. § 1324)``, ``(TVPA)``); ``Tráfico de indocumentados``
    for smuggling. Separate exploitation column (``No aplica``, ``N/A`` or ``—`` on a
    smuggling row). Dot thousands separator (``1.250``); ``s/d`` / ``sin dato`` for unknown
    counts; ``ninguno`` / ``cero`` for no suspect. ``NNA`` (niñas, niños y adolescentes)
    for children. Nationality as Spanish demonyms, names or ISO alpha-2 codes. Latitude
    and longitude in two columns: decimal comma, decimal point or DMS (seconds with a
    decimal comma or point) with ``O`` (oeste) for west.

``apmm_maritime_desk_ca.xlsx`` -- Malaysian Maritime Enforcement Agency (APMM / MMEA)
    maritime liaison desk. English, XLSX. Reports Italy's events and second reports of
    Atlantic, Western and Eastern Mediterranean sea cases. Dates as real Excel dates,
    Excel serial numbers, naval date-time groups (``121430Z AUG 22``), ``12 Aug 2022``,
    ``12/08/2022``, ``12.08.22``; partial ``AUG 2022`` / ``August 2022`` and ``Q3 2022``.
    Offence categories ``SOM`` / ``TIP`` / ``TIP / SOM``. Counts are numbers, sometimes
    text ``1,250``; ``TBC`` / ``Not known`` / ``UNK`` when unknown; ``NIL`` for no
    suspect. Positions in degrees and decimal minutes (``35° 30.2' N 012° 36.1' E``),
    compact naval style (``3530.2N 01236.1E``) or decimal degrees.

``faraja_athens_ca.csv`` -- Iranian police (FARAJA) international liaison office at the
    embassy in Athens. English, **UTF-16** (Excel "Unicode text" export, BOM), **tab**
    delimited. Reports Greece, Croatia and Poland, and second reports of Channel cases.
    Dates ``12-08-2022``, ``12/08/2022``, ``12.08.2022``, ``12 Aug 2022``,
    ``12th August 2022`` and year-first ``2022/08/12``; partial ``Aug-2022``, ``08/2022``,
    ``Q3-2022``. ``Afghani`` beside ``Afghan``; ``Both`` for mixed sex or age; ``Nil`` or
    ``None`` for zero suspects, ``Not known`` for an unknown count; ``Nil`` or ``N.A.`` for
    no exploitation on a smuggling row; transit routes ``Iran > Türkiye``, ``Turkey-BG-Serbia``
    (ISO alpha-2 mixed with names); thousands with commas (``1,250``). Latitude
    and longitude in columns headed ``(N)`` and ``(E)``: decimals or unsigned DMS.
    Re-sends some rows (exact repeats).

``aseanapol_eads_ca.jsonl`` -- ASEANAPOL secretariat, e-ADS liaison digest of cases
    referred by member-state liaison officers (Channel cases, Viet Nam-UK labour cases,
    and second reports from Darién and the US-Mexico border). English keys, UTF-8 JSON
    lines. Dates ISO, ``12/08/2022``, ``20220812``, ``12-AUG-2022``; partial ``2022-08`` and
    ``2022-Q3``. ISO3 codes mostly, some ISO2 and names; ``XXX`` (ICAO: unspecified
    nationality) or ``UNK`` for unknown. ``geo_point`` as ``lat,lon`` or WKT
    ``POINT(lon lat)``. Counts numbers; ``UNK`` when unknown. Ends with a total record;
    re-sends some records.
"""

from __future__ import annotations

from collections.abc import Callable
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

__all__ = ["BLIND77_SOURCES", "Source77", "Words", "make_blind77"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Country wording: ISO3 -> (names, nationality words), per language
# --------------------------------------------------------------------------------------
_Names = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]

_EN: _Names = {
    "AFG": (("Afghanistan",), ("Afghan", "Afghani")),
    "ALB": (("Albania",), ("Albanian",)),
    "AUT": (("Austria",), ("Austrian",)),
    "BGD": (("Bangladesh",), ("Bangladeshi",)),
    "BGR": (("Bulgaria",), ("Bulgarian",)),
    "BIH": (("Bosnia and Herzegovina", "Bosnia & Herzegovina", "Bosnia"), ("Bosnian",)),
    "BLR": (("Belarus",), ("Belarusian",)),
    "CHN": (("China", "PR China"), ("Chinese",)),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), ("Ivorian",)),
    "CMR": (("Cameroon",), ("Cameroonian",)),
    "COL": (("Colombia",), ("Colombian",)),
    "DEU": (("Germany",), ("German",)),
    "DZA": (("Algeria",), ("Algerian",)),
    "ECU": (("Ecuador",), ("Ecuadorian",)),
    "EGY": (("Egypt",), ("Egyptian",)),
    "ERI": (("Eritrea",), ("Eritrean",)),
    "ESP": (("Spain",), ("Spanish",)),
    "FRA": (("France",), ("French",)),
    "GBR": (("United Kingdom", "UK", "Great Britain"), ("British",)),
    "GIN": (("Guinea", "Guinea-Conakry"), ("Guinean",)),
    "GMB": (("Gambia", "The Gambia"), ("Gambian",)),
    "GRC": (("Greece",), ("Greek",)),
    "GTM": (("Guatemala",), ("Guatemalan",)),
    "HND": (("Honduras",), ("Honduran",)),
    "HRV": (("Croatia",), ("Croatian",)),
    "HTI": (("Haiti",), ("Haitian",)),
    "HUN": (("Hungary",), ("Hungarian",)),
    "IRN": (("Iran", "I.R. Iran"), ("Iranian",)),
    "IRQ": (("Iraq",), ("Iraqi",)),
    "ITA": (("Italy",), ("Italian",)),
    "LBY": (("Libya",), ("Libyan",)),
    "MAR": (("Morocco",), ("Moroccan",)),
    "MEX": (("Mexico",), ("Mexican",)),
    "MKD": (("North Macedonia",), ("Macedonian",)),
    "MLI": (("Mali",), ("Malian",)),
    "MRT": (("Mauritania",), ("Mauritanian",)),
    "NER": (("Niger",), ("Nigerien",)),
    "NGA": (("Nigeria",), ("Nigerian",)),
    "PAK": (("Pakistan",), ("Pakistani",)),
    "PAN": (("Panama",), ("Panamanian",)),
    "POL": (("Poland",), ("Polish",)),
    "ROU": (("Romania",), ("Romanian",)),
    "RUS": (("Russia", "Russian Federation"), ("Russian",)),
    "SEN": (("Senegal",), ("Senegalese",)),
    "SRB": (("Serbia",), ("Serbian",)),
    "SYR": (("Syria",), ("Syrian",)),
    "TUN": (("Tunisia",), ("Tunisian",)),
    "TUR": (("Turkey", "Türkiye"), ("Turkish",)),
    "USA": (("United States", "USA"), ("American",)),
    "VEN": (("Venezuela",), ("Venezuelan",)),
    "VNM": (("Vietnam", "Viet Nam"), ("Vietnamese",)),
    "YEM": (("Yemen",), ("Yemeni",)),
}

_FR: _Names = {
    "AFG": (("Afghanistan",), ("afghane",)),
    "ALB": (("Albanie",), ("albanaise",)),
    "AUT": (("Autriche",), ("autrichienne",)),
    "BGD": (("Bangladesh",), ("bangladaise",)),
    "BGR": (("Bulgarie",), ("bulgare",)),
    "BIH": (("Bosnie-Herzégovine", "Bosnie"), ("bosnienne",)),
    "BLR": (("Biélorussie", "Bélarus"), ("biélorusse",)),
    "CHN": (("Chine",), ("chinoise",)),
    "CIV": (("Côte d'Ivoire", "Côte-d'Ivoire"), ("ivoirienne",)),
    "CMR": (("Cameroun",), ("camerounaise",)),
    "COL": (("Colombie",), ("colombienne",)),
    "DEU": (("Allemagne",), ("allemande",)),
    "DZA": (("Algérie",), ("algérienne",)),
    "ECU": (("Équateur", "Equateur"), ("équatorienne",)),
    "EGY": (("Égypte", "Egypte"), ("égyptienne",)),
    "ERI": (("Érythrée", "Erythrée"), ("érythréenne",)),
    "ESP": (("Espagne",), ("espagnole",)),
    "FRA": (("France",), ("française",)),
    "GBR": (("Royaume-Uni", "Grande-Bretagne"), ("britannique",)),
    "GIN": (("Guinée", "Guinée (Conakry)", "Guinée-Conakry"), ("guinéenne",)),
    "GMB": (("Gambie",), ("gambienne",)),
    "GRC": (("Grèce",), ("grecque",)),
    "GTM": (("Guatemala",), ("guatémaltèque",)),
    "HND": (("Honduras",), ("hondurienne",)),
    "HRV": (("Croatie",), ("croate",)),
    "HTI": (("Haïti", "Haiti"), ("haïtienne",)),
    "HUN": (("Hongrie",), ("hongroise",)),
    "IRN": (("Iran",), ("iranienne",)),
    "IRQ": (("Irak", "Iraq"), ("irakienne",)),
    "ITA": (("Italie",), ("italienne",)),
    "LBY": (("Libye",), ("libyenne",)),
    "MAR": (("Maroc",), ("marocaine",)),
    "MEX": (("Mexique",), ("mexicaine",)),
    "MKD": (("Macédoine du Nord",), ("macédonienne",)),
    "MLI": (("Mali",), ("malienne",)),
    "MRT": (("Mauritanie",), ("mauritanienne",)),
    "NER": (("Niger",), ("nigérienne",)),
    "NGA": (("Nigeria", "Nigéria"), ("nigériane",)),
    "PAK": (("Pakistan",), ("pakistanaise",)),
    "PAN": (("Panama",), ("panaméenne",)),
    "POL": (("Pologne",), ("polonaise",)),
    "ROU": (("Roumanie",), ("roumaine",)),
    "RUS": (("Russie",), ("russe",)),
    "SEN": (("Sénégal",), ("sénégalaise",)),
    "SRB": (("Serbie",), ("serbe",)),
    "SYR": (("Syrie",), ("syrienne",)),
    "TUN": (("Tunisie",), ("tunisienne",)),
    "TUR": (("Turquie",), ("turque",)),
    "USA": (("États-Unis", "Etats-Unis"), ("américaine",)),
    "VEN": (("Venezuela", "Vénézuela"), ("vénézuélienne",)),
    "VNM": (("Viêt Nam", "Vietnam"), ("vietnamienne",)),
    "YEM": (("Yémen",), ("yéménite",)),
}

_ES: _Names = {
    "AFG": (("Afganistán",), ("afgana", "afgano")),
    "ALB": (("Albania",), ("albanesa",)),
    "AUT": (("Austria",), ("austriaca",)),
    "BGD": (("Bangladés", "Bangladesh"), ("bangladesí",)),
    "BGR": (("Bulgaria",), ("búlgara",)),
    "BIH": (("Bosnia y Herzegovina",), ("bosnia",)),
    "BLR": (("Bielorrusia",), ("bielorrusa",)),
    "CHN": (("China",), ("china", "chino")),
    "CIV": (("Costa de Marfil",), ("marfileña",)),
    "CMR": (("Camerún",), ("camerunesa",)),
    "COL": (("Colombia",), ("colombiana", "colombiano")),
    "DEU": (("Alemania",), ("alemana",)),
    "DZA": (("Argelia",), ("argelina",)),
    "ECU": (("Ecuador",), ("ecuatoriana", "ecuatoriano")),
    "EGY": (("Egipto",), ("egipcia",)),
    "ERI": (("Eritrea",), ("eritrea",)),
    "ESP": (("España",), ("española",)),
    "FRA": (("Francia",), ("francesa",)),
    "GBR": (("Reino Unido",), ("británica",)),
    "GIN": (("Guinea", "Guinea Conakry"), ("guineana",)),
    "GMB": (("Gambia",), ("gambiana",)),
    "GRC": (("Grecia",), ("griega",)),
    "GTM": (("Guatemala",), ("guatemalteca", "guatemalteco")),
    "HND": (("Honduras",), ("hondureña", "hondureño")),
    "HRV": (("Croacia",), ("croata",)),
    "HTI": (("Haití",), ("haitiana", "haitiano")),
    "HUN": (("Hungría",), ("húngara",)),
    "IRN": (("Irán",), ("iraní",)),
    "IRQ": (("Irak", "Iraq"), ("iraquí",)),
    "ITA": (("Italia",), ("italiana",)),
    "LBY": (("Libia",), ("libia",)),
    "MAR": (("Marruecos",), ("marroquí",)),
    "MEX": (("México",), ("mexicana", "mexicano")),
    "MKD": (("Macedonia del Norte",), ("macedonia",)),
    "MLI": (("Malí",), ("maliense",)),
    "MRT": (("Mauritania",), ("mauritana",)),
    "NER": (("Níger",), ("nigerina",)),
    "NGA": (("Nigeria",), ("nigeriana",)),
    "PAK": (("Pakistán",), ("pakistaní",)),
    "PAN": (("Panamá",), ("panameña",)),
    "POL": (("Polonia",), ("polaca",)),
    "ROU": (("Rumania", "Rumanía"), ("rumana",)),
    "RUS": (("Rusia",), ("rusa",)),
    "SEN": (("Senegal",), ("senegalesa",)),
    "SRB": (("Serbia",), ("serbia",)),
    "SYR": (("Siria",), ("siria",)),
    "TUN": (("Túnez",), ("tunecina",)),
    "TUR": (("Turquía",), ("turca",)),
    "USA": (("Estados Unidos", "EE. UU.", "EE.UU."), ("estadounidense",)),
    "VEN": (("Venezuela",), ("venezolana", "venezolano")),
    "VNM": (("Vietnam",), ("vietnamita",)),
    "YEM": (("Yemen",), ("yemení",)),
}

_NAMES: dict[str, _Names] = {"en": _EN, "fr": _FR, "es": _ES}


def _country_name(code: str, lang: str, rng: _Rng) -> str:
    """Return a country's name in the language (its ISO3 code if the table lacks it)."""
    entry = _NAMES[lang].get(code)
    return choice(rng, entry[0]) if entry else code


def _demonym(code: str, lang: str, rng: _Rng) -> str:
    entry = _NAMES[lang].get(code)
    return choice(rng, entry[1]) if entry else code


# --------------------------------------------------------------------------------------
# Sources and their value wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Words:
    """A source's words for the vocabulary fields and its placeholders.

    Attributes
    ----------
    crime : dict
        Crime type -> ways of writing it.
    exploitation : dict
        Form of exploitation -> ways of writing it.
    no_exploitation : tuple of str
        What the exploitation cell holds on a smuggling row.
    gender, age, transport : dict
        Vocabulary word -> ways of writing it.
    gender_blank, age_na, transport_na : tuple of str
        Cells saying the value is not given (expected ``unknown``).
    linked : dict
        Linked offence -> ways of writing it.
    linked_join : tuple of str
        Separators between linked offences.
    linked_none : tuple of str
        Cells of a row without linked offence.
    transit_join : tuple of str
        Separators between transit countries.
    transit_none : tuple of str
        Cells of a row without transit country.
    count_unknown : tuple of str
        A count of persons that is not known (a record with no count).
    zero : tuple of str
        Words for no suspect (expected 0).
    suspects_unknown : tuple of str
        A count of suspects that is not known.
    nationality_blank : tuple of str
        A nationality that is not known.
    country_blank : tuple of str
        A detection country left out.
    coords_blank : tuple of str
        A position that was not taken.
    laws : dict
        (crime type, detection country) -> legal references the source adds to the
        offence words, by the law of the country where the case was detected.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    gender_blank: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    age_na: tuple[str, ...]
    transport: dict[str, tuple[str, ...]]
    transport_na: tuple[str, ...]
    linked: dict[str, tuple[str, ...]]
    linked_join: tuple[str, ...]
    linked_none: tuple[str, ...]
    transit_join: tuple[str, ...]
    transit_none: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    nationality_blank: tuple[str, ...]
    country_blank: tuple[str, ...]
    coords_blank: tuple[str, ...]
    laws: dict[tuple[str, str], tuple[str, ...]]


@dataclass(frozen=True)
class Source77(ExaminerSource):
    """A ``blind77`` source: the shared fields plus its wording and writing style.

    Attributes
    ----------
    style : str
        Key of the source's cell writers (dates, counts, countries, coordinates).
    words : Words
        The source's value wording.
    """

    style: str
    words: Words


_CCPAO_WORDS = Words(
    crime={
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers",
            "Organisation de l'émigration clandestine",
        ),
        "trafficking": (
            "Traite des personnes",
            "TEH",
            "Traite des êtres humains",
        ),
        "both": (
            "Trafic de migrants + traite",
            "Trafic illicite de migrants et traite des personnes",
            "Traite des personnes et trafic de migrants",
        ),
        "unknown": ("Qualification en cours",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "exploitation de la prostitution d'autrui"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre forme d'exploitation",),
        "unknown": ("finalité non précisée",),
    },
    no_exploitation=("",),
    gender={
        "male": ("H", "M", "Masculin", "Hommes"),
        "female": ("F", "Féminin", "Femmes"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        "unknown": ("non précisé",),
    },
    gender_blank=("", "non précisé"),
    age={
        "adult": ("Majeurs", "Majeur(s)", "Adultes"),
        "child": ("Mineurs", "Mineur(s)", "Enfants"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("non renseigné",),
    },
    age_na=("non renseigné", "n/r"),
    transport={
        "sea": ("pirogue", "embarcation", "voie maritime", "canot pneumatique", "bateau"),
        "land": ("voie terrestre", "camion", "véhicule léger", "à pied", "bus"),
        "air": ("voie aérienne", "avion", "vol commercial"),
        "unknown": ("non précisé",),
    },
    transport_na=("non précisé",),
    linked={
        "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
        "corruption": ("corruption", "corruption d'agents publics"),
        "money_laundering": ("blanchiment", "blanchiment de capitaux"),
        "illicit_goods": ("trafic de marchandises illicites", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    linked_join=(", ", " + ", " / "),
    linked_none=("", "", "néant"),
    transit_join=(" – ", ", ", " / "),
    transit_none=("", "néant"),
    count_unknown=("inconnu", "n.c.", "non déterminé"),
    zero=("aucun", "néant"),
    suspects_unknown=("inconnu", "n.c."),
    nationality_blank=("", "inconnue", "indéterminée"),
    country_blank=("",),
    coords_blank=("", "non relevées"),
    laws={
        ("smuggling", "ESP"): ("(art. 318 bis CP espagnol)", "- art. 318 bis C. pénal (Espagne)"),
        ("trafficking", "ESP"): ("(art. 177 bis CP espagnol)",),
        ("both", "ESP"): ("(art. 177 bis et 318 bis CP espagnol)",),
        ("smuggling", "ITA"): ("(art. 12 D.lgs. 286/1998)",),
        ("trafficking", "ITA"): ("(art. 601 CP italien)",),
        ("both", "ITA"): ("(art. 601 CP italien et art. 12 D.lgs. 286/1998)",),
    },
)

_QUITO_WORDS = Words(
    crime={
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Tráfico de indocumentados",
        ),
        "trafficking": ("Trata de personas",),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "Tráfico de migrantes / trata de personas",
            "Trata y tráfico",
        ),
        "unknown": ("Por determinar",),
    },
    exploitation={
        "sexual": ("Explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso", "Trabajos forzados"),
        "forced_criminality": (
            "Actividades delictivas forzadas",
            "Explotación para actividades delictivas",
        ),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras formas de explotación", "Otra"),
        "unknown": ("Sin determinar",),
    },
    no_exploitation=("", "No aplica", "N/A", "—"),
    gender={
        "male": ("Hombre", "Hombres", "Masculino"),
        "female": ("Mujer", "Mujeres", "Femenino"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        "unknown": ("Sin dato",),
    },
    gender_blank=("", "Sin dato", "s/d"),
    age={
        "adult": ("Adultos", "Adulto", "Mayores de edad"),
        "child": ("NNA", "Menores de edad", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("Sin dato",),
    },
    age_na=("Sin dato", "s/d"),
    transport={
        "land": ("Terrestre", "A pie", "Bus", "Camión", "Vehículo particular"),
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "air": ("Aéreo", "Vuelo comercial"),
        "unknown": ("Sin dato",),
    },
    transport_na=("Sin dato",),
    linked={
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho", "Corrupción de funcionarios"),
        "money_laundering": ("Lavado de activos", "Blanqueo de capitales"),
        "illicit_goods": ("Contrabando", "Tráfico de armas"),
        "cybercrime": ("Delitos informáticos", "Ciberdelito"),
        "terrorism": ("Terrorismo",),
    },
    linked_join=("; ", ", ", " y "),
    linked_none=("", "", "Ninguno"),
    transit_join=(" - ", ", ", " > "),
    transit_none=("", "Ninguno"),
    count_unknown=("s/d", "sin dato", "desconocido"),
    zero=("ninguno", "cero"),
    suspects_unknown=("s/d", "por determinar"),
    nationality_blank=("", "s/d", "Sin información"),
    country_blank=("",),
    coords_blank=("", "s/d"),
    laws={
        ("smuggling", "USA"): ("(8 U.S.C. § 1324)",),
        ("trafficking", "USA"): ("(TVPA)", "(18 U.S.C. § 1590)"),
        ("both", "USA"): ("(8 U.S.C. § 1324 y TVPA)",),
        ("trafficking", "PAN"): ("(Ley 79 de 2011)",),
        ("both", "PAN"): ("(Ley 79 de 2011)",),
    },
)

_APMM_WORDS = Words(
    crime={
        "smuggling": (
            "SOM",
            "Migrant Smuggling",
            "People smuggling",
            "Smuggling of Migrants (SOM)",
        ),
        "trafficking": ("TIP", "Trafficking in Persons", "Human Trafficking"),
        "both": ("TIP / SOM", "SOM & TIP", "Smuggling & Trafficking"),
        "unknown": ("Under investigation",),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual", "Forced prostitution"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Forced criminal activities"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
        "unknown": ("Not determined",),
    },
    no_exploitation=("", "N/A", "-"),
    gender={
        "male": ("Male", "All male", "M"),
        "female": ("Female", "All female", "F"),
        "mixed": ("Mixed", "M/F", "Male & Female"),
        "unknown": ("N/A",),
    },
    gender_blank=("", "N/A"),
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "Juveniles"),
        "mixed": ("Mixed", "Adults & minors"),
        "unknown": ("N/A",),
    },
    age_na=("N/A",),
    transport={
        "sea": (
            "Wooden boat",
            "Fishing vessel",
            "Rubber boat",
            "Sailing yacht",
            "Metal boat",
            "Sea",
        ),
        "land": ("Land", "Overland (truck)", "Vehicle"),
        "air": ("Air", "Commercial flight"),
        "unknown": ("N/A",),
    },
    transport_na=("N/A",),
    linked={
        "document_fraud": ("Document fraud", "Forged passports", "Fraudulent documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    linked_join=(", ", "; ", " & "),
    linked_none=("", "", "NIL"),
    transit_join=(" - ", ", ", "/"),
    transit_none=("", "Direct"),
    count_unknown=("TBC", "Not known", "UNK"),
    zero=("NIL", "Nil"),
    suspects_unknown=("UNK", "TBC"),
    nationality_blank=("", "Not known", "UNK"),
    country_blank=("",),
    coords_blank=("", "Not recorded"),
    laws={},
)

_FARAJA_WORDS = Words(
    crime={
        "smuggling": (
            "Human Smuggling",
            "Smuggling of Migrants",
            "Migrant smuggling",
            "Facilitation of illegal border crossing",
        ),
        "trafficking": ("Human Trafficking", "Trafficking in Persons", "TIP"),
        "both": ("Smuggling & Trafficking", "Smuggling of Migrants + TIP", "Both (SOM & TIP)"),
        "unknown": ("Under inquiry",),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Prostitution"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Bonded labour"),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting", "Organ removal"),
        "other": ("Others",),
        "unknown": ("Not known",),
    },
    no_exploitation=("", "N.A.", "Nil"),
    gender={
        "male": ("Male", "M", "Men"),
        "female": ("Female", "F", "Women"),
        "mixed": ("Both", "Male & Female", "M/F"),
        "unknown": ("N.A.",),
    },
    gender_blank=("", "N.A."),
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "Juvenile"),
        "mixed": ("Both", "Adults+Minors", "Adult & Minor"),
        "unknown": ("N.A.",),
    },
    age_na=("N.A.",),
    transport={
        "land": ("By land", "On foot", "Truck", "Car", "Lorry"),
        "sea": ("By sea", "Boat", "Dinghy", "Speed boat"),
        "air": ("By air", "Flight"),
        "unknown": ("N.A.",),
    },
    transport_na=("N.A.",),
    linked={
        "document_fraud": ("Forged documents", "Fake passport"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering", "Hawala / money laundering"),
        "illicit_goods": ("Contraband", "Smuggling of goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    linked_join=(", ", "; "),
    linked_none=("", "", "Nil"),
    transit_join=("-", " > ", ", "),
    transit_none=("", "Direct"),
    count_unknown=("Not known", "Unknown"),
    zero=("Nil", "None"),
    suspects_unknown=("Not known",),
    nationality_blank=("", "Not known"),
    country_blank=("",),
    coords_blank=("", "N.A."),
    laws={},
)

_EADS_WORDS = Words(
    crime={
        "smuggling": ("SOM", "Smuggling of Migrants", "People Smuggling"),
        "trafficking": ("TIP", "Trafficking in Persons", "Human Trafficking"),
        "both": ("TIP & SOM", "Trafficking and Smuggling"),
        "unknown": ("UNDETERMINED",),
    },
    exploitation={
        "sexual": ("SEXUAL EXPLOITATION", "SEXUAL"),
        "forced_labour": ("FORCED LABOUR", "LABOUR EXPLOITATION"),
        "forced_criminality": ("FORCED CRIMINALITY",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "organ_removal": ("ORGAN REMOVAL",),
        "other": ("OTHER",),
        "unknown": ("UNSPECIFIED",),
    },
    no_exploitation=("", "N/A"),
    gender={
        "male": ("M", "MALE"),
        "female": ("F", "FEMALE"),
        "mixed": ("MIXED", "M/F"),
        "unknown": ("UNK",),
    },
    gender_blank=("", "UNK"),
    age={
        "adult": ("ADULT",),
        "child": ("MINOR", "CHILD"),
        "mixed": ("MIXED",),
        "unknown": ("UNK",),
    },
    age_na=("N/A",),
    transport={
        "sea": ("SEA", "SMALL BOAT", "VESSEL"),
        "land": ("LAND", "LORRY", "ROAD"),
        "air": ("AIR", "FLIGHT"),
        "unknown": ("UNK",),
    },
    transport_na=("N/A",),
    linked={
        "document_fraud": ("DOCUMENT FRAUD", "FRAUDULENT DOCUMENTS"),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY LAUNDERING",),
        "illicit_goods": ("ILLICIT GOODS", "CONTRABAND"),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    linked_join=("; ", ","),
    linked_none=("",),
    transit_join=(">", ","),
    transit_none=("",),
    count_unknown=("UNK", "N/A"),
    zero=("NIL",),
    suspects_unknown=("UNK",),
    nationality_blank=("", "UNK", "XXX"),
    country_blank=("",),
    coords_blank=("",),
    laws={},
)


# --------------------------------------------------------------------------------------
# Shared cell helpers
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    """Draw the precision of a written date (only a lone report may be partial)."""
    r = rng.random()
    if not partial_ok:
        return "day"
    if r < p_quarter:
        return "quarter"
    if r < p_quarter + p_month:
        return "month"
    return "day"


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts


def _typo_year(year: int) -> int:
    """Swap a year's two middle digits (2022 -> 2202): a typo that lies in the future."""
    text = str(year)
    return int(text[0] + text[2] + text[1] + text[3])


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """(day, month) that does not exist in ``ts``'s year: 29 Feb (no leap year) or 31st."""
    if not ts.is_leap_year and rng.random() < 0.5:
        return 29, 2
    return 31, int(choice(rng, ("2", "4", "6", "9", "11")))


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _round6(value: float) -> float:
    return round(value, 6)


def _dms(value: float, seconds_decimals: int) -> tuple[int, int, float, float]:
    """Split a non-negative angle into degrees, minutes and rounded seconds; give its value."""
    deg = int(value)
    minutes_f = (value - deg) * 60
    mins = int(minutes_f)
    secs = round((minutes_f - mins) * 60, seconds_decimals)
    if secs >= 60:
        secs -= 60
        mins += 1
    if mins >= 60:
        mins -= 60
        deg += 1
    return deg, mins, secs, deg + mins / 60 + secs / 3600


def _ddm(value: float, minutes_decimals: int) -> tuple[int, float, float]:
    """Split a non-negative angle into degrees and rounded decimal minutes; give its value."""
    deg = int(value)
    mins = round((value - deg) * 60, minutes_decimals)
    if mins >= 60:
        mins -= 60
        deg += 1
    return deg, mins, deg + mins / 60


# --------------------------------------------------------------------------------------
# The writer of one row, shared by the sources; the source's style gives the details
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and tags of one row being written."""

    def __init__(self, src: Source77, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.words = src.words
        self.ev = ev
        self.rng = rng
        self.cells: _Cells = {}
        self.tags: list[str] = []
        ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        self.ts = ts
        self.exp: dict[str, object] = {
            "event_date": ts,
            "date_precision": "day",
            "crime_type": _text(ev, "crime_type"),
            "exploitation": _text(ev, "exploitation"),
            "n_persons": _int(ev, "n_persons"),
            "n_suspects": _int(ev, "n_suspects"),
            "gender": _text(ev, "gender"),
            "age_group": _text(ev, "age_group"),
            "nationality": _text(ev, "nationality"),
            "origin_country": _text(ev, "origin_country"),
            "destination_country": _text(ev, "destination_country"),
            "detection_country": _text(ev, "detection_country"),
            "transit_countries": _text(ev, "transit_countries"),
            "transport_mode": _text(ev, "transport_mode"),
            "lat": None,
            "lon": None,
            "linked_offences": _text(ev, "linked_offences"),
        }

    def pick(self, options: tuple[str, ...]) -> str:
        return choice(self.rng, options)

    def fit(self, text: str, fallback: str) -> str:
        """Return the text if the file's encoding holds it, else the fallback."""
        return text if fits(text, self.src) else fallback


def _tag(row: _Row, tag: str | None) -> None:
    if tag:
        row.tags.append(tag)


def _write_vocab(row: _Row, column: str, value: str | None) -> str:
    table = {
        "gender": row.words.gender,
        "age_group": row.words.age,
        "transport_mode": row.words.transport,
    }[column]
    return row.pick(table[value or "unknown"])


def _write_crime(row: _Row, forced: str | None, *, exploitation_in_crime: bool) -> None:
    crime = str(row.exp["crime_type"])
    expl = row.exp["exploitation"]
    text = row.pick(row.words.crime[crime])
    laws = row.words.laws.get((crime, str(row.exp["detection_country"])))
    if laws and forced != "detection_country" and row.rng.random() < 0.3:
        text = f"{text} {row.pick(laws)}"
        _tag(row, "law_article")
    if exploitation_in_crime:
        if crime in ("trafficking", "both"):
            form = row.pick(row.words.exploitation[str(expl or "unknown")])
            if expl is None:
                row.exp["exploitation"] = "unknown"
            joiner = row.pick((" – ", " - ", " : ", " aux fins de "))
            if joiner == " aux fins de ":
                if expl is None or expl == "unknown":
                    joiner = " – "
                elif form[0] in "aeéiou":
                    joiner = " aux fins d'"
            text = f"{text}{joiner}{form}"
            _tag(row, "exploitation_in_offence")
        row.cells["crime_type"] = text
    else:
        row.cells["crime_type"] = text
        if crime in ("trafficking", "both"):
            row.cells["exploitation"] = row.pick(row.words.exploitation[str(expl or "unknown")])
            if expl is None:
                row.exp["exploitation"] = "unknown"
        else:
            row.cells["exploitation"] = row.pick(row.words.no_exploitation) or None


def _write_people(
    row: _Row,
    forced: str | None,
    number: Callable[[int, _Rng], tuple[object, str | None]],
    *,
    p_unknown: float,
    p_zero_word: float,
) -> None:
    """Write the counts of persons and suspects, the gender and the age group."""
    n = row.exp["n_persons"]
    if n is not None and row.rng.random() >= p_unknown:
        cell, tag = number(int(n), row.rng)  # type: ignore[call-overload]
        row.cells["n_persons"] = cell
        _tag(row, tag)
    else:
        row.cells["n_persons"] = row.pick(row.words.count_unknown)
        row.exp["n_persons"] = None
        _tag(row, "count_placeholder")
    ns = row.exp["n_suspects"]
    r = row.rng.random()
    if forced == "n_suspects":
        row.cells["n_suspects"] = None
        row.exp["n_suspects"] = None
        _tag(row, "blank_n_suspects")
    elif ns is None or r < 0.025:
        row.cells["n_suspects"] = row.pick(row.words.suspects_unknown)
        row.exp["n_suspects"] = None
        _tag(row, "suspects_placeholder")
    elif ns == 0 and r < 0.025 + p_zero_word:
        row.cells["n_suspects"] = row.pick(row.words.zero)
        _tag(row, "zero_word")
    else:
        cell, _ = number(int(ns), row.rng)  # type: ignore[call-overload]
        row.cells["n_suspects"] = cell
    if forced == "gender" or row.rng.random() < 0.015:
        row.cells["gender"] = row.pick(row.words.gender_blank) or None
        row.exp["gender"] = "unknown"
        _tag(row, "blank_gender")
    else:
        row.cells["gender"] = _write_vocab(row, "gender", _text(row.exp, "gender"))
    if row.rng.random() < 0.015:
        row.cells["age_group"] = row.pick(row.words.age_na)
        row.exp["age_group"] = "unknown"
        _tag(row, "na_word")
    else:
        row.cells["age_group"] = _write_vocab(row, "age_group", _text(row.exp, "age_group"))


def _write_route(
    row: _Row,
    forced: str | None,
    country: Callable[[_Row, str, str], tuple[str, str | None]],
) -> None:
    """Write the nationality, the countries of the route and the transport mode."""
    nat = _text(row.exp, "nationality")
    if forced == "nationality" or nat is None or row.rng.random() < 0.015:
        row.cells["nationality"] = row.pick(row.words.nationality_blank) or None
        row.exp["nationality"] = None
        _tag(row, "blank_nationality")
    else:
        cell, tag = country(row, nat, "nationality")
        row.cells["nationality"] = cell
        _tag(row, tag)
    for col in ("origin_country", "destination_country"):
        code = _text(row.exp, col)
        row.cells[col] = None if code is None else country(row, code, "country")[0]
    det = _text(row.exp, "detection_country")
    if forced == "detection_country" or det is None:
        row.cells["detection_country"] = row.pick(row.words.country_blank) or None
        row.exp["detection_country"] = None
        _tag(row, "blank_detection_country")
    else:
        row.cells["detection_country"] = country(row, det, "detection")[0]
    transit = _text(row.exp, "transit_countries")
    if transit is None:
        row.cells["transit_countries"] = row.pick(row.words.transit_none) or None
    else:
        parts = [country(row, c, "transit")[0] for c in transit.split("|")]
        row.cells["transit_countries"] = row.pick(row.words.transit_join).join(parts)
    if row.rng.random() < 0.01:
        row.cells["transport_mode"] = row.pick(row.words.transport_na)
        row.exp["transport_mode"] = "unknown"
        _tag(row, "na_word")
    else:
        mode = _text(row.exp, "transport_mode")
        row.cells["transport_mode"] = _write_vocab(row, "transport_mode", mode)


def _write_linked(row: _Row) -> None:
    linked = _text(row.exp, "linked_offences")
    if linked is None:
        row.cells["linked_offences"] = row.pick(row.words.linked_none) or None
        return
    parts = [row.pick(row.words.linked[p]) for p in linked.split("|")]
    row.cells["linked_offences"] = row.pick(row.words.linked_join).join(parts)


def _write_place(
    row: _Row,
    forced: str | None,
    position: Callable[[_Row, float, float], tuple[float, float]],
    *,
    p_missing: float,
    p_placeholder: float,
    two_columns: bool,
) -> None:
    """Write the position, in one ``coordinates`` cell or in ``lat`` and ``lon`` cells."""
    r = row.rng.random()
    lat = row.ev.get("lat")
    lon = row.ev.get("lon")
    blank: str | None = None
    if forced == "coordinates":
        blank, tag = "", "blank_coordinates"
    elif lat is None or lon is None or r < p_missing:
        blank, tag = "", "coords_missing"
    elif r < p_missing + p_placeholder:
        words = tuple(w for w in row.words.coords_blank if w) or ("",)
        blank, tag = row.pick(words), "coords_placeholder"
    if blank is not None:
        cell = blank or None
        if two_columns:
            row.cells["lat"] = cell
            row.cells["lon"] = cell
        else:
            row.cells["coordinates"] = cell
        _tag(row, tag)
        return
    exp_lat, exp_lon = position(row, float(lat), float(lon))  # type: ignore[arg-type]
    row.exp["lat"] = _round6(exp_lat)
    row.exp["lon"] = _round6(exp_lon)


# --------------------------------------------------------------------------------------
# CCPAO (French, cp1252, ";")
# --------------------------------------------------------------------------------------
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _fr_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _ccpao_date(row: _Row, precision: str) -> None:
    ts, rng = row.ts, row.rng
    month = _FR_MONTHS[ts.month - 1]
    if precision == "month":
        row.cells["event_date"] = choice(rng, (f"{month} {ts.year}", f"{ts.month:02d}/{ts.year}"))
        _tag(row, "partial_month")
        return
    if precision == "quarter":
        q = ts.quarter
        nth = "1er" if q == 1 else f"{q}e"
        row.cells["event_date"] = choice(
            rng, (f"{nth} trimestre {ts.year}", f"T{q} {ts.year}", f"{nth} trim. {ts.year}")
        )
        _tag(row, "partial_quarter")
        return
    r = rng.random()
    if r < 0.40:
        text = ts.strftime("%d/%m/%Y")
    elif r < 0.55:
        text = ts.strftime("%d/%m/%y")
        _tag(row, "two_digit_year")
    elif r < 0.65:
        text = ts.strftime("%d-%m-%Y")
    elif r < 0.70:
        text = ts.strftime("%d.%m.%Y")
    elif r < 0.90:
        text = f"{_fr_day(ts.day)} {month} {ts.year}"
        _tag(row, "month_name")
    else:
        text = f"{_FR_DAYS[ts.day_of_week]} {_fr_day(ts.day)} {month} {ts.year}"
        _tag(row, "weekday_date")
    row.cells["event_date"] = text


def _ccpao_bad_date(src: Source77, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return choice(rng, ("", "", "non précisée", "inconnue")) or None
    if kind == "bad_date":
        day, month = _impossible_day(ts, rng)
        if rng.random() < 0.5:
            return f"{day:02d}/{month:02d}/{ts.year}"
        return f"{day} {_FR_MONTHS[month - 1]} {ts.year}"
    return f"{ts.day:02d}/{ts.month:02d}/{_typo_year(ts.year)}"


def _ccpao_number(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000:
        sep = choice(rng, (" ", "\xa0", ""))
        return _thousands(n, sep), "thousands_sep" if sep else None
    return str(n), None


def _ccpao_country(row: _Row, code: str, role: str) -> tuple[str, str | None]:
    r = row.rng.random()
    if role == "nationality":
        if r < 0.50:
            text, tag = _demonym(code, "fr", row.rng), "demonym"
        elif r < 0.60:
            text, tag = _demonym(code, "fr", row.rng).capitalize(), "demonym"
        elif r < 0.88:
            text, tag = _country_name(code, "fr", row.rng), None
        elif r < 0.94:
            text, tag = code, "iso3"
        else:
            text = _demonym(code, "fr", row.rng)
            garbled = mojibake(text)
            if garbled is not None and fits(garbled, row.src):
                return garbled, "mojibake"
            return row.fit(text, code), "demonym"
        return row.fit(text, code), tag
    name = _country_name(code, "fr", row.rng)
    if role == "detection" and code == "ESP" and r < 0.3:
        name = choice(row.rng, ("Espagne (Canaries)", "Espagne (îles Canaries)"))
        if not 27.0 < float(row.ev.get("lat") or 0.0) < 30.0:  # type: ignore[arg-type]
            name = "Espagne"
    return row.fit(name, code), None


def _fr_decimal(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _ccpao_position(row: _Row, lat: float, lon: float) -> tuple[float, float]:
    r = row.rng.random()
    ns = "N" if lat >= 0 else "S"
    eo = "E" if lon >= 0 else "O"
    if r < 0.50:
        la, lo = round(lat, 5), round(lon, 5)
        sep = row.pick((" / ", " ; ", " "))
        row.cells["coordinates"] = f"{_fr_decimal(la, 5)}{sep}{_fr_decimal(lo, 5)}"
        _tag(row, "decimal_comma")
        return la, lo
    if r < 0.65:
        la, lo = round(abs(lat), 4), round(abs(lon), 4)
        row.cells["coordinates"] = f"{ns} {_fr_decimal(la, 4)} {eo} {_fr_decimal(lo, 4)}"
        _tag(row, "hemisphere_letters")
        return (la if lat >= 0 else -la), (lo if lon >= 0 else -lo)
    d1, m1, s1, v1 = _dms(abs(lat), 0)
    d2, m2, s2, v2 = _dms(abs(lon), 0)
    row.cells["coordinates"] = (
        f"{d1}°{m1:02d}'{int(s1):02d}\" {ns} – {d2}°{m2:02d}'{int(s2):02d}\" {eo}"
    )
    _tag(row, "dms")
    if eo == "O":
        _tag(row, "ouest_letter")
    return (v1 if lat >= 0 else -v1), (v2 if lon >= 0 else -v2)


def _render_ccpao(
    src: Source77, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    row = _Row(src, ev, rng)
    precision = _precision(rng, partial_ok, 0.04, 0.025)
    _ccpao_date(row, precision)
    row.exp["event_date"] = _start(row.ts, precision)
    row.exp["date_precision"] = precision
    _write_crime(row, forced, exploitation_in_crime=True)
    _write_people(row, forced, _ccpao_number, p_unknown=0.025, p_zero_word=0.45)
    _write_route(row, forced, _ccpao_country)
    _write_place(
        row, forced, _ccpao_position, p_missing=0.12, p_placeholder=0.04, two_columns=False
    )
    _write_linked(row)
    return row


# --------------------------------------------------------------------------------------
# Quito Process (Spanish, UTF-8, "|")
# --------------------------------------------------------------------------------------
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")


def _quito_date(row: _Row, precision: str) -> None:
    ts, rng = row.ts, row.rng
    if precision == "month":
        row.cells["event_date"] = choice(
            rng,
            (
                f"{_ES_MONTHS[ts.month - 1]} {ts.year}",
                f"{_ES_ABBR[ts.month - 1]}-{ts.year}",
                f"{ts.month:02d}/{ts.year}",
            ),
        )
        _tag(row, "partial_month")
        return
    if precision == "quarter":
        row.cells["event_date"] = choice(
            rng, (f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}", f"T{ts.quarter}-{ts.year}")
        )
        _tag(row, "partial_quarter")
        return
    r = rng.random()
    if r < 0.45:
        text = ts.strftime("%d/%m/%Y")
    elif r < 0.55:
        text = f"{ts.day}/{ts.month}/{ts.year}"
        _tag(row, "unpadded_date")
    elif r < 0.65:
        text = ts.strftime("%d-%m-%Y")
    elif r < 0.80:
        text = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
        _tag(row, "month_name")
    elif r < 0.90:
        text = f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
        _tag(row, "month_abbr")
    else:
        text = ts.strftime("%Y-%m-%d")
        _tag(row, "iso_date")
    row.cells["event_date"] = text


def _quito_bad_date(src: Source77, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return choice(rng, ("", "", "s/f", "sin fecha")) or None
    if kind == "bad_date":
        day, month = _impossible_day(ts, rng)
        return f"{day:02d}/{month:02d}/{ts.year}"
    return f"{ts.day:02d}/{ts.month:02d}/{_typo_year(ts.year)}"


def _quito_number(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000 and rng.random() < 0.6:
        return _thousands(n, "."), "thousands_sep"
    return str(n), None


def _quito_country(row: _Row, code: str, role: str) -> tuple[str, str | None]:
    r = row.rng.random()
    if role == "nationality":
        if r < 0.45:
            return _demonym(code, "es", row.rng), "demonym"
        if r < 0.88:
            return _country_name(code, "es", row.rng), None
        return iso_codes(code)[0], "iso2"
    return _country_name(code, "es", row.rng), None


def _es_angle(value: float, pos: str, neg: str, rng: _Rng) -> tuple[str, float]:
    d, m, s, v = _dms(abs(value), 1)
    letter = pos if value >= 0 else neg
    sec = f"{s:04.1f}".replace(".", ",") if rng.random() < 0.5 else f"{s:04.1f}"
    return f"{d}°{m:02d}'{sec}\" {letter}", (v if value >= 0 else -v)


def _quito_position(row: _Row, lat: float, lon: float) -> tuple[float, float]:
    r = row.rng.random()
    if r < 0.50:
        la, lo = round(lat, 5), round(lon, 5)
        row.cells["lat"], row.cells["lon"] = _fr_decimal(la, 5), _fr_decimal(lo, 5)
        _tag(row, "decimal_comma")
        return la, lo
    if r < 0.75:
        la, lo = round(lat, 5), round(lon, 5)
        row.cells["lat"], row.cells["lon"] = f"{la:.5f}", f"{lo:.5f}"
        return la, lo
    row.cells["lat"], la = _es_angle(lat, "N", "S", row.rng)
    row.cells["lon"], lo = _es_angle(lon, "E", "O", row.rng)
    _tag(row, "dms")
    return la, lo


def _render_quito(
    src: Source77, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    row = _Row(src, ev, rng)
    precision = _precision(rng, partial_ok, 0.04, 0.02)
    _quito_date(row, precision)
    row.exp["event_date"] = _start(row.ts, precision)
    row.exp["date_precision"] = precision
    _write_crime(row, forced, exploitation_in_crime=False)
    _write_people(row, forced, _quito_number, p_unknown=0.03, p_zero_word=0.35)
    _write_route(row, forced, _quito_country)
    _write_place(row, forced, _quito_position, p_missing=0.10, p_placeholder=0.04, two_columns=True)
    _write_linked(row)
    return row


# --------------------------------------------------------------------------------------
# APMM / MMEA maritime desk (English, XLSX)
# --------------------------------------------------------------------------------------
_MON = tuple(m[:3].upper() for m in MONTHS)


def _apmm_date(row: _Row, precision: str) -> None:
    ts, rng = row.ts, row.rng
    if precision == "month":
        row.cells["event_date"] = choice(
            rng, (f"{_MON[ts.month - 1]} {ts.year}", f"{MONTHS[ts.month - 1]} {ts.year}")
        )
        _tag(row, "partial_month")
        return
    if precision == "quarter":
        row.cells["event_date"] = choice(
            rng, (f"Q{ts.quarter} {ts.year}", f"Q{ts.quarter}/{ts.year}")
        )
        _tag(row, "partial_quarter")
        return
    r = rng.random()
    if r < 0.35:
        row.cells["event_date"] = ts.to_pydatetime()
        _tag(row, "excel_date")
    elif r < 0.50:
        row.cells["event_date"] = int((ts - _EXCEL_EPOCH).days)
        _tag(row, "excel_serial")
    elif r < 0.72:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        row.cells["event_date"] = (
            f"{ts.day:02d}{hh:02d}{mm:02d}Z {_MON[ts.month - 1]} {ts.year % 100:02d}"
        )
        _tag(row, "dtg_date")
    elif r < 0.82:
        row.cells["event_date"] = f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}"
        _tag(row, "month_name")
    elif r < 0.92:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    else:
        row.cells["event_date"] = ts.strftime("%d.%m.%y")
        _tag(row, "two_digit_year")


def _apmm_bad_date(src: Source77, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return choice(rng, ("", "", "N/A")) or None
    if kind == "bad_date":
        day, month = _impossible_day(ts, rng)
        if rng.random() < 0.5:
            return f"{day:02d}1200Z {_MON[month - 1]} {ts.year % 100:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    future = ts.replace(year=_typo_year(ts.year))
    return future.to_pydatetime() if rng.random() < 0.5 else future.strftime("%d/%m/%Y")


def _apmm_number(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000 and rng.random() < 0.5:
        return _thousands(n, ","), "thousands_sep"
    if rng.random() < 0.06:
        return str(n), "number_as_text"
    return n, None


def _apmm_country(row: _Row, code: str, role: str) -> tuple[str, str | None]:
    r = row.rng.random()
    if role == "nationality":
        if r < 0.62:
            return _demonym(code, "en", row.rng), "demonym"
        if r < 0.88:
            return _country_name(code, "en", row.rng), None
        return code, "iso3"
    if role == "transit" and r < 0.25:
        return code, "iso3"
    return _country_name(code, "en", row.rng), None


def _apmm_position(row: _Row, lat: float, lon: float) -> tuple[float, float]:
    r = row.rng.random()
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    if r < 0.65:
        d1, m1, v1 = _ddm(abs(lat), 1)
        d2, m2, v2 = _ddm(abs(lon), 1)
        if r < 0.38:
            row.cells["coordinates"] = f"{d1:02d}° {m1:04.1f}' {ns} {d2:03d}° {m2:04.1f}' {ew}"
            _tag(row, "ddm")
        else:
            row.cells["coordinates"] = f"{d1:02d}{m1:04.1f}{ns} {d2:03d}{m2:04.1f}{ew}"
            _tag(row, "ddm_compact")
        return (v1 if lat >= 0 else -v1), (v2 if lon >= 0 else -v2)
    if r < 0.85:
        la, lo = round(abs(lat), 4), round(abs(lon), 4)
        row.cells["coordinates"] = f"{la:.4f} {ns}, {lo:.4f} {ew}"
        _tag(row, "hemisphere_letters")
        return (la if lat >= 0 else -la), (lo if lon >= 0 else -lo)
    la, lo = round(lat, 5), round(lon, 5)
    row.cells["coordinates"] = f"{la:.5f}, {lo:.5f}"
    return la, lo


def _render_apmm(
    src: Source77, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    row = _Row(src, ev, rng)
    precision = _precision(rng, partial_ok, 0.03, 0.015)
    _apmm_date(row, precision)
    row.exp["event_date"] = _start(row.ts, precision)
    row.exp["date_precision"] = precision
    _write_crime(row, forced, exploitation_in_crime=False)
    _write_people(row, forced, _apmm_number, p_unknown=0.025, p_zero_word=0.5)
    _write_route(row, forced, _apmm_country)
    _write_place(row, forced, _apmm_position, p_missing=0.08, p_placeholder=0.04, two_columns=False)
    _write_linked(row)
    return row


# --------------------------------------------------------------------------------------
# FARAJA liaison, Athens (English, UTF-16, tab)
# --------------------------------------------------------------------------------------
def _ordinal(day: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th`` ... ``11th`` ... ``21st``."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _faraja_date(row: _Row, precision: str) -> None:
    ts, rng = row.ts, row.rng
    if precision == "month":
        row.cells["event_date"] = choice(
            rng, (f"{MONTHS[ts.month - 1][:3]}-{ts.year}", f"{ts.month:02d}/{ts.year}")
        )
        _tag(row, "partial_month")
        return
    if precision == "quarter":
        row.cells["event_date"] = f"Q{ts.quarter}-{ts.year}"
        _tag(row, "partial_quarter")
        return
    r = rng.random()
    if r < 0.30:
        text = ts.strftime("%d-%m-%Y")
    elif r < 0.50:
        text = ts.strftime("%d/%m/%Y")
    elif r < 0.60:
        text = ts.strftime("%d.%m.%Y")
    elif r < 0.75:
        text = f"{ts.day:02d} {MONTHS[ts.month - 1][:3]} {ts.year}"
        _tag(row, "month_name")
    elif r < 0.85:
        text = f"{_ordinal(ts.day)} {MONTHS[ts.month - 1]} {ts.year}"
        _tag(row, "ordinal_date")
    else:
        text = ts.strftime("%Y/%m/%d")
        _tag(row, "year_first_date")
    row.cells["event_date"] = text


def _faraja_bad_date(src: Source77, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return choice(rng, ("", "", "N.A.", "not mentioned")) or None
    if kind == "bad_date":
        day, month = _impossible_day(ts, rng)
        return f"{day:02d}-{month:02d}-{ts.year}"
    return f"{ts.day:02d}-{ts.month:02d}-{_typo_year(ts.year)}"


def _faraja_number(n: int, rng: _Rng) -> tuple[object, str | None]:
    if n >= 1000 and rng.random() < 0.7:
        return _thousands(n, ","), "thousands_sep"
    return str(n), None


def _faraja_country(row: _Row, code: str, role: str) -> tuple[str, str | None]:
    r = row.rng.random()
    if role == "nationality":
        if r < 0.72:
            return _demonym(code, "en", row.rng), "demonym"
        return _country_name(code, "en", row.rng), None
    if role == "transit" and r < 0.2:
        return iso_codes(code)[0], "iso2"
    return _country_name(code, "en", row.rng), None


def _faraja_position(row: _Row, lat: float, lon: float) -> tuple[float, float]:
    if row.rng.random() < 0.78 or lat < 0 or lon < 0:
        la, lo = round(lat, 5), round(lon, 5)
        row.cells["lat"], row.cells["lon"] = f"{la:.5f}", f"{lo:.5f}"
        return la, lo
    d1, m1, s1, v1 = _dms(lat, 0)
    d2, m2, s2, v2 = _dms(lon, 0)
    row.cells["lat"] = f"{d1}°{m1:02d}'{int(s1):02d}\""
    row.cells["lon"] = f"{d2}°{m2:02d}'{int(s2):02d}\""
    _tag(row, "dms_unsigned")
    return v1, v2


def _render_faraja(
    src: Source77, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    row = _Row(src, ev, rng)
    precision = _precision(rng, partial_ok, 0.04, 0.02)
    _faraja_date(row, precision)
    row.exp["event_date"] = _start(row.ts, precision)
    row.exp["date_precision"] = precision
    _write_crime(row, forced, exploitation_in_crime=False)
    _write_people(row, forced, _faraja_number, p_unknown=0.03, p_zero_word=0.5)
    _write_route(row, forced, _faraja_country)
    _write_place(
        row, forced, _faraja_position, p_missing=0.12, p_placeholder=0.04, two_columns=True
    )
    _write_linked(row)
    return row


# --------------------------------------------------------------------------------------
# ASEANAPOL e-ADS digest (English, JSON lines)
# --------------------------------------------------------------------------------------
def _eads_date(row: _Row, precision: str) -> None:
    ts, rng = row.ts, row.rng
    if precision == "month":
        row.cells["event_date"] = ts.strftime("%Y-%m")
        _tag(row, "partial_month")
        return
    if precision == "quarter":
        row.cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
        _tag(row, "partial_quarter")
        return
    r = rng.random()
    if r < 0.55:
        text = ts.strftime("%Y-%m-%d")
    elif r < 0.70:
        text = ts.strftime("%d/%m/%Y")
    elif r < 0.85:
        text = ts.strftime("%Y%m%d")
        _tag(row, "compact_date")
    else:
        text = f"{ts.day:02d}-{_MON[ts.month - 1]}-{ts.year}"
        _tag(row, "month_abbr")
    row.cells["event_date"] = text


def _eads_bad_date(src: Source77, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _impossible_day(ts, rng)
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{_typo_year(ts.year)}-{ts.month:02d}-{ts.day:02d}"


def _eads_number(n: int, rng: _Rng) -> tuple[object, str | None]:
    if rng.random() < 0.05:
        return str(n), "number_as_text"
    return n, None


def _eads_country(row: _Row, code: str, role: str) -> tuple[str, str | None]:
    r = row.rng.random()
    if r < 0.72 or role == "transit":
        return code, None
    if r < 0.90:
        return iso_codes(code)[0], "iso2"
    return _country_name(code, "en", row.rng), "country_name"


def _eads_position(row: _Row, lat: float, lon: float) -> tuple[float, float]:
    la, lo = round(lat, 5), round(lon, 5)
    if row.rng.random() < 0.78:
        row.cells["coordinates"] = f"{la:.5f},{lo:.5f}"
    else:
        row.cells["coordinates"] = f"POINT({lo:.5f} {la:.5f})"
        _tag(row, "wkt_point")
    return la, lo


def _render_eads(
    src: Source77, ev: dict[str, object], rng: _Rng, partial_ok: bool, forced: str | None
) -> _Row:
    row = _Row(src, ev, rng)
    precision = _precision(rng, partial_ok, 0.05, 0.03)
    _eads_date(row, precision)
    row.exp["event_date"] = _start(row.ts, precision)
    row.exp["date_precision"] = precision
    _write_crime(row, forced, exploitation_in_crime=False)
    _write_people(row, forced, _eads_number, p_unknown=0.02, p_zero_word=0.15)
    _write_route(row, forced, _eads_country)
    if row.cells.get("nationality") == "XXX":
        _tag(row, "icao_xxx")
    _write_place(row, forced, _eads_position, p_missing=0.12, p_placeholder=0.0, two_columns=False)
    _write_linked(row)
    return row


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS: dict[str, Callable[[Source77, dict[str, object], _Rng, bool, str | None], _Row]] = {
    "ccpao": _render_ccpao,
    "quito": _render_quito,
    "apmm": _render_apmm,
    "faraja": _render_faraja,
    "eads": _render_eads,
}
_BAD_DATES: dict[str, Callable[[Source77, pd.Timestamp, str, _Rng], object]] = {
    "ccpao": _ccpao_bad_date,
    "quito": _quito_bad_date,
    "apmm": _apmm_bad_date,
    "faraja": _faraja_bad_date,
    "eads": _eads_bad_date,
}


def _render(
    src: Source77,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    row = _RENDERERS[src.style](src, ev, rng, partial_ok, forced_blank)
    return row.cells, row.exp, row.tags


def _bad_date(src: Source77, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _BAD_DATES[src.style](src, ts, kind, rng)


def _note_date(src: Source77, last: pd.Timestamp) -> object:
    if src.style == "apmm":
        return last.to_pydatetime()
    if src.style == "eads":
        return last.strftime("%Y-%m-%d")
    if src.style == "faraja":
        return last.strftime("%d-%m-%Y")
    return last.strftime("%d/%m/%Y")


#: The five sources of the ``blind77`` set, in the order their submissions are returned.
BLIND77_SOURCES: tuple[Source77, ...] = (
    Source77(
        source="ccpao_abidjan_ca",
        filename="ccpao_abidjan_ca.csv",
        ref="CCPAO/BR-ABJ/{year}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° réf.",
            "event_date": "Date des faits",
            "crime_type": "Qualification des faits (infraction / finalité)",
            "n_persons": "Nbre victimes / migrants",
            "n_suspects": "Nbre mis en cause",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination finale",
            "detection_country": "Pays d'interpellation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "coordinates": "Coordonnées GPS (lat. / long.)",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires transmises par les BCN, sous réserve de vérification",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux", "plusieurs dizaines"),
        repeats=False,
        style="ccpao",
        words=_CCPAO_WORDS,
    ),
    Source77(
        source="proceso_quito_ca",
        filename="proceso_quito_ca.csv",
        ref="PQ-GT3-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "Cód. caso",
            "event_date": "Fecha del hecho (dd/mm/aaaa)",
            "crime_type": "Tipo penal",
            "exploitation": "Fin de explotación",
            "n_persons": "N.º de personas (víctimas / migrantes)",
            "n_suspects": "N.º presuntos responsables",
            "gender": "Sexo",
            "age_group": "Grupo etario",
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
        note="Nota: cifras preliminares consolidadas por la Secretaría Pro Tempore",
        total="TOTAL",
        bad_count=("varios", "numerosos", "decenas"),
        repeats=False,
        style="quito",
        words=_QUITO_WORDS,
    ),
    Source77(
        source="apmm_maritime_desk_ca",
        filename="apmm_maritime_desk_ca.xlsx",
        ref="MMEA/MLD/{yy:02d}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Ser. / Ref No.",
            "event_date": "DTG / Date of Interception",
            "crime_type": "Offence Category",
            "exploitation": "TIP Exploitation Type",
            "n_persons": "No. of PAX",
            "n_suspects": "Suspects Detained (tekong/crew)",
            "gender": "Gender",
            "age_group": "Age Category",
            "nationality": "Nationality (PAX)",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Intercepting State",
            "transit_countries": "Transit Route",
            "transport_mode": "Craft / Mode",
            "coordinates": "Position",
            "linked_offences": "Related Offences",
        },
        note="Remarks: figures subject to confirmation by partner MRCCs",
        total="GRAND TOTAL",
        bad_count=("several", "multiple", "numerous"),
        repeats=False,
        style="apmm",
        words=_APMM_WORDS,
    ),
    Source77(
        source="faraja_athens_ca",
        filename="faraja_athens_ca.csv",
        ref="IRP-ATH/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Sl. No./File No.",
            "event_date": "Date of Apprehension",
            "crime_type": "Nature of Offence",
            "exploitation": "Purpose of Exploitation",
            "n_persons": "No. of Individuals",
            "n_suspects": "No. of Smugglers/Traffickers Arrested",
            "gender": "Sex",
            "age_group": "Adult/Minor",
            "nationality": "Citizenship",
            "origin_country": "Country of Origin",
            "destination_country": "Final Destination",
            "detection_country": "Country of Apprehension",
            "transit_countries": "Route (Transit Countries)",
            "transport_mode": "Means of Travel",
            "lat": "Latitude (N)",
            "lon": "Longitude (E)",
            "linked_offences": "Other Offences",
        },
        note="Note: compiled from host-country notifications; figures provisional",
        total="Total",
        bad_count=("several", "many", "a group"),
        repeats=True,
        style="faraja",
        words=_FARAJA_WORDS,
    ),
    Source77(
        source="aseanapol_eads_ca",
        filename="aseanapol_eads_ca.jsonl",
        ref="eADS-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_ref",
            "event_date": "date_detected",
            "crime_type": "crime_category",
            "exploitation": "exploitation_type",
            "n_persons": "persons_involved",
            "n_suspects": "suspects_arrested",
            "gender": "sex",
            "age_group": "age_bracket",
            "nationality": "nationality_code",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "detected_in",
            "transit_countries": "transit_via",
            "transport_mode": "conveyance",
            "coordinates": "geo_point",
            "linked_offences": "associated_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("MULTIPLE", "SEVERAL"),
        repeats=True,
        style="eads",
        words=_EADS_WORDS,
    ),
)

_EXAMINER: Examiner[Source77] = Examiner(
    sources=BLIND77_SOURCES,
    primary={
        "ESP": "ccpao_abidjan_ca",
        "PAN": "proceso_quito_ca",
        "USA": "proceso_quito_ca",
        "ITA": "apmm_maritime_desk_ca",
        "GRC": "faraja_athens_ca",
        "HRV": "faraja_athens_ca",
        "POL": "faraja_athens_ca",
    },
    compilation="aseanapol_eads_ca",
    secondary={
        ("cmed", "ITA"): "ccpao_abidjan_ca",
        ("thb_nga_ita", "ITA"): "ccpao_abidjan_ca",
        ("watl", "ESP"): "apmm_maritime_desk_ca",
        ("wmed", "ESP"): "apmm_maritime_desk_ca",
        ("emed", "GRC"): "apmm_maritime_desk_ca",
        ("channel", "FRA"): "faraja_athens_ca",
        ("channel", "GBR"): "faraja_athens_ca",
        ("darien", "PAN"): "aseanapol_eads_ca",
        ("us_mex", "USA"): "aseanapol_eads_ca",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=77077,
    blank_share=0.5,
)


def make_blind77(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind77`` examiner set (files ``*_ca.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ccpao_abidjan_ca.csv`` (French, cp1252, ``;``), ``proceso_quito_ca.csv``
        (Spanish, UTF-8, ``|``), ``apmm_maritime_desk_ca.xlsx`` (English),
        ``faraja_athens_ca.csv`` (English, UTF-16, tab) and ``aseanapol_eads_ca.jsonl``
        (English keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind77(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ccpao_abidjan_ca.csv', 'proceso_quito_ca.csv', 'apmm_maritime_desk_ca.xlsx',
     'faraja_athens_ca.csv', 'aseanapol_eads_ca.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
