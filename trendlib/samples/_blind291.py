"""Examiner sample set ``blind291`` (files ``*_kg.*``): drug squads that find people.

Five agencies whose day job is drugs, and who keep finding trafficked gardeners and
couriers and smuggled migrants in the places they raid, each writing its export its own
way:

``ofast_lille`` (``ofast_lille_kg.csv``)
    Office anti-stupéfiants (OFAST), antenne de Lille, with its Coquelles detachment on the
    Channel: an extract of its procedure log. French, cp1252 (Windows Excel "CSV
    (séparateur : point-virgule)"), ``;``, CRLF. Day-first dates ``17/05/2023``, facts
    dated only to a month (``courant mai 2023``) or a quarter (``T2 2023``); nationality as
    a French adjective (``afghane``, ``érythréenne``); ``néant`` for no arrest, ``N.C.``
    (non communiqué) for a count not known; decimal commas in the coordinates; the drug
    vocabulary of a stups office (``ILS`` = infraction à la législation sur les
    stupéfiants, ``PL`` = poids lourd, ``MNA`` = mineur non accompagné).
``udyco_central`` (``udyco_central_kg.xlsx``)
    Unidad de Drogas y Crimen Organizado (UDYCO Central, Policía Nacional): a workbook of
    its operations (narcolanchas in the Strait and off Almería, marihuana indoor
    plantations, the Huelva and El Ejido fields). Spanish. Real Excel dates, some dates
    typed as text or left as serial numbers, a month (``mayo de 2023``) or a quarter
    (``2º trimestre de 2023``); sex ``Varón``/``V``/``Mujer``; the penal-code articles
    (``art. 177 bis CP``, ``art. 318 bis CP``, ``contra la salud pública``); coordinates
    in degrees, minutes and seconds (``36°49'52.3"N 2°27'43.6"O``, ``O`` = oeste); one
    batch of rows pasted from a UTF-8 export and garbled (``RumanÃ­a``).
``npcc_drugs_returns`` (``npcc_drugs_returns_kg.csv``)
    The NPCC drugs portfolio's national returns of cannabis-farm warrants and port
    drug-importation jobs where potential victims of trafficking (PVoT) or clandestine
    entrants were found. English, UTF-8 with BOM, ``,``. ``17 May 2023`` or
    ``17/05/2023``, ``Q2 2023``; nationality as a demonym (``Vietnamese``); the UK nation
    of the find (``England``, ``Scotland``); ``Nil`` arrests, ``TBC`` counts, ``N/A`` for a
    method of entry that does not apply to a find in a house; routes written
    ``China > Russia > Poland``; one ``lat, long`` column. It re-sends some rows.
``diran_co`` (``diran_co_kg.jsonl``)
    Dirección de Antinarcóticos (DIRAN), Policía Nacional de Colombia: the JSON lines
    export of its binational interdiction desk with Panama on the Darién. Spanish as its
    system writes it: upper case, no accents (``TRAFICO DE MIGRANTES``, ``VENEZOLANA``,
    ``NNA`` = niños, niñas y adolescentes, ``NO REPORTA``, ``NO APLICA``), dates
    ``2023/05/17``, coordinates as numbers (``0``/``0`` when the field was never filled).
    It re-sends some rows.
``dea_intel`` (``dea_intel_kg.csv``)
    DEA Intelligence Division digest of the encounters reported by its field divisions on
    the south-west border and its country offices abroad (Rome, Athens, Vienna, Warsaw,
    Panama): the compilation of every event no primary source reports. English, UTF-16
    with BOM, tab-delimited (Excel's "Unicode Text"), US month-first dates
    ``05/17/2023`` or ``May 2023``, upper-case country names, ``UNK``, ``1,250``,
    hemisphere letters on some coordinates (``110.94123W``), ``UAC`` (unaccompanied
    alien child) and ``Juvenile`` for children.

The truth expects what a careful analyst reads from each cell: a month or a quarter gives
its first day and that precision; ``N.C.``, ``TBC``, ``NO REPORTA``, ``UNK`` counts give no
count (and keep the row); ``néant``, ``Nil`` give zero; ``sans objet``, ``N/A`` and
``NO APLICA`` beside a smuggling case give no exploitation; a "not known" or "not
applicable" sex, age group or method gives ``unknown``; a ``0``/``0`` position gives no
position; Excel errors in a count (``#VALEUR!``, ``#¡VALOR!``, ``#VALUE!``) and impossible
or future dates make the row a bad row.

Tags of :attr:`Submission.expected` ``messiness`` written here: ``partial_date``,
``count_placeholder``, ``suspects_placeholder``, ``zero_word``, ``thousands:n_persons``,
``blank_<field>`` (a second report leaving a field out, or a sex or nationality cell
that says "not known"), ``na_word:<field>`` (age group or method given as not known or
not applicable), ``unknown:<field>`` (exploitation or origin not known), ``iso2:``,
``iso3:``, ``alias:``, ``typo:``, ``case:``, ``demonym:``, ``nation:``, ``mojibake:``
(per column), ``coords_missing``, ``coords_placeholder``, ``coords_dms``,
``coords_hemisphere``, ``excel_serial``, ``date_text``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND291", "SOURCES", "Blind291Source", "make_blind291"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

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
_MONTHS_EN = (
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
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3: (English demonym, French adjective (feminine, as after "de nationalité"),
# Spanish adjective (feminine, as after "nacionalidad"), upper case without accents)
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "AFGANA"),
    "ALB": ("Albanian", "albanaise", "ALBANESA"),
    "AUT": ("Austrian", "autrichienne", "AUSTRIACA"),
    "BGD": ("Bangladeshi", "bangladaise", "BANGLADESI"),
    "BGR": ("Bulgarian", "bulgare", "BULGARA"),
    "BIH": ("Bosnian", "bosnienne", "BOSNIA"),
    "BLR": ("Belarusian", "biélorusse", "BIELORRUSA"),
    "CHN": ("Chinese", "chinoise", "CHINA"),
    "CIV": ("Ivorian", "ivoirienne", "MARFILEÑA"),
    "CMR": ("Cameroonian", "camerounaise", "CAMERUNESA"),
    "COL": ("Colombian", "colombienne", "COLOMBIANA"),
    "DEU": ("German", "allemande", "ALEMANA"),
    "DZA": ("Algerian", "algérienne", "ARGELINA"),
    "ECU": ("Ecuadorian", "équatorienne", "ECUATORIANA"),
    "EGY": ("Egyptian", "égyptienne", "EGIPCIA"),
    "ERI": ("Eritrean", "érythréenne", "ERITREA"),
    "ESP": ("Spanish", "espagnole", "ESPAÑOLA"),
    "FRA": ("French", "française", "FRANCESA"),
    "GBR": ("British", "britannique", "BRITANICA"),
    "GIN": ("Guinean", "guinéenne", "GUINEANA"),
    "GMB": ("Gambian", "gambienne", "GAMBIANA"),
    "GRC": ("Greek", "grecque", "GRIEGA"),
    "GTM": ("Guatemalan", "guatémaltèque", "GUATEMALTECA"),
    "HND": ("Honduran", "hondurienne", "HONDUREÑA"),
    "HRV": ("Croatian", "croate", "CROATA"),
    "HTI": ("Haitian", "haïtienne", "HAITIANA"),
    "HUN": ("Hungarian", "hongroise", "HUNGARA"),
    "IRN": ("Iranian", "iranienne", "IRANI"),
    "IRQ": ("Iraqi", "irakienne", "IRAQUI"),
    "ITA": ("Italian", "italienne", "ITALIANA"),
    "LBY": ("Libyan", "libyenne", "LIBIA"),
    "MAR": ("Moroccan", "marocaine", "MARROQUI"),
    "MEX": ("Mexican", "mexicaine", "MEXICANA"),
    "MKD": ("Macedonian", "macédonienne", "MACEDONIA"),
    "MLI": ("Malian", "malienne", "MALIENSE"),
    "MRT": ("Mauritanian", "mauritanienne", "MAURITANA"),
    "NER": ("Nigerien", "nigérienne", "NIGERINA"),
    "NGA": ("Nigerian", "nigériane", "NIGERIANA"),
    "PAK": ("Pakistani", "pakistanaise", "PAKISTANI"),
    "PAN": ("Panamanian", "panaméenne", "PANAMEÑA"),
    "POL": ("Polish", "polonaise", "POLACA"),
    "ROU": ("Romanian", "roumaine", "RUMANA"),
    "RUS": ("Russian", "russe", "RUSA"),
    "SEN": ("Senegalese", "sénégalaise", "SENEGALESA"),
    "SRB": ("Serbian", "serbe", "SERBIA"),
    "SYR": ("Syrian", "syrienne", "SIRIA"),
    "TUN": ("Tunisian", "tunisienne", "TUNECINA"),
    "TUR": ("Turkish", "turque", "TURCA"),
    "USA": ("American", "américaine", "ESTADOUNIDENSE"),
    "VEN": ("Venezuelan", "vénézuélienne", "VENEZOLANA"),
    "VNM": ("Vietnamese", "vietnamienne", "VIETNAMITA"),
    "YEM": ("Yemeni", "yéménite", "YEMENI"),
}

# Other names each language uses for a country (the first one is the usual one).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "RUS": ("Russian Federation",),
        "GIN": ("Guinea-Conakry",),
    },
    "fr": {
        "GBR": ("Angleterre",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("RCI",),
        "GIN": ("Guinée-Conakry",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "VNM": ("Viet Nam",),
        "GIN": ("Guinea Conakry",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
    },
}

# The DEA digest's (US government) English names where they differ from the table's.
_US_NAMES = {
    "TUR": "TURKEY",
    "VNM": "VIETNAM",
    "CIV": "COTE D'IVOIRE",
    "USA": "UNITED STATES",
}


def _plain(text: str) -> str:
    """Drop accents (but keep ``Ñ``), as a keyboard or a system without them writes."""
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out).replace("’", "'")


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a slip of the keyboard)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


@dataclass(frozen=True)
class Blind291Source(ExaminerSource):
    """One agency of ``blind291``: the shared fields plus how it words its cells.

    Attributes
    ----------
    agency : str
        Short key of the agency (``"ofast"``, ``"udyco"``, ``"npcc"``, ``"diran"``,
        ``"dea"``); picks its date, count and coordinate habits.
    words : mapping
        Column -> canonical value -> the agency's words (the first is the usual one).
    unknown : tuple of str
        Words it writes for a value it does not know.
    na_word : str or None
        What it writes in the exploitation column of a smuggling case (None: nothing).
    count_unknown : tuple of str
        Words it writes for a count it does not know (the row is kept, with no count).
    zero_words : tuple of str
        Words it writes for no arrest.
    dates : tuple of tuple
        ``(style, weight)`` of its date cells.
    country_styles : tuple of tuple
        ``(style, weight)`` of its country cells (``name``, ``upper``, ``lower``,
        ``iso2``, ``iso3``, ``alias``, ``plain``, ``swap``).
    nationality : str
        ``"name"`` (a country name) or ``"demonym"`` (an adjective of nationality).
    transit_sep, offence_sep : str
        Separators of its transit-country and linked-offence lists.
    no_transit : str or None
        What it writes for a journey with no transit country.
    """

    agency: str
    words: _Words
    unknown: tuple[str, ...]
    na_word: str | None
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    dates: tuple[tuple[str, float], ...]
    country_styles: tuple[tuple[str, float], ...]
    nationality: str
    transit_sep: str
    offence_sep: str
    no_transit: str | None


# --------------------------------------------------------------------------------------
# The agencies' words
# --------------------------------------------------------------------------------------
_OFAST_WORDS: _Words = {
    "crime_type": {
        "trafficking": (
            "traite des êtres humains",
            "TEH",
            "traite des êtres humains (art. 225-4-1 CP)",
        ),
        "smuggling": ("aide à l'entrée et au séjour irréguliers", "aide à l'ESI"),
        "both": ("TEH + aide à l'ESI", "traite et aide à l'entrée irrégulière"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": (
            "contrainte à commettre des délits",
            "culture de cannabis sous contrainte",
        ),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    "gender": {
        "female": ("F", "femmes"),
        "male": ("M", "hommes"),
        "mixed": ("mixte", "H et F"),
    },
    "age_group": {
        "child": ("mineurs", "MNA"),
        "adult": ("majeurs",),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("PL", "poids lourd", "VL", "à pied"),
        "air": ("aérien", "avion"),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment (hawala)"),
        "illicit_goods": ("ILS", "stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}

_UDYCO_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("trata de seres humanos", "TSH", "art. 177 bis CP"),
        "smuggling": (
            "favorecimiento de la inmigración ilegal",
            "art. 318 bis CP",
            "inmigración clandestina",
        ),
        "both": ("TSH + art. 318 bis", "trata y favorecimiento de la inmigración ilegal"),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": (
            "actividades delictivas",
            "cultivo de marihuana (actividad delictiva forzada)",
        ),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "gender": {
        "male": ("Varón", "V", "varones"),
        "female": ("Mujer", "mujeres"),
        "mixed": ("Ambos sexos", "varones y mujeres"),
    },
    "age_group": {
        "child": ("menores", "menor de edad"),
        "adult": ("mayores de edad", "adultos"),
        "mixed": ("mayores y menores",),
    },
    "transport_mode": {
        "sea": ("embarcación", "narcolancha", "patera", "cayuco"),
        "land": ("vehículo", "camión", "a pie"),
        "air": ("avión", "vía aérea"),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}

_NPCC_WORDS: _Words = {
    "crime_type": {
        "trafficking": (
            "Modern slavery / human trafficking",
            "MSHT",
            "Human trafficking (MSA 2015 s.2)",
        ),
        "smuggling": ("Facilitation (s.25 IA 1971)", "OIC - facilitation"),
        "both": ("MSHT + facilitation", "Trafficking & facilitation"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Labour"),
        "forced_criminality": (
            "Criminal exploitation - cannabis cultivation",
            "Criminal exploitation",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M & F"),
    },
    "age_group": {
        "child": ("Child", "U18", "Minor"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adult & child", "Mixed"),
    },
    "transport_mode": {
        "sea": ("Small boat", "RHIB", "Boat"),
        "land": ("HGV", "Lorry", "Car", "On foot"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("False ID documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Cannabis cultivation (MDA s.4)", "PWITS", "Drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}

_DIRAN_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("TRATA DE PERSONAS",),
        "smuggling": ("TRAFICO DE MIGRANTES", "TRAFICO DE MIGRANTES ART. 188 CP"),
        "both": ("TRATA DE PERSONAS Y TRAFICO DE MIGRANTES",),
    },
    "exploitation": {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACION LABORAL"),
        "forced_criminality": ("UTILIZACION EN ACTIVIDADES DELICTIVAS", "CORREO HUMANO (MULA)"),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO SERVIL",),
        "other": ("OTRA",),
    },
    "gender": {
        "male": ("MASCULINO",),
        "female": ("FEMENINO",),
        "mixed": ("MIXTO", "AMBOS"),
    },
    "age_group": {
        "child": ("NNA", "MENOR DE EDAD"),
        "adult": ("ADULTO", "MAYOR DE EDAD"),
        "mixed": ("ADULTOS Y NNA",),
    },
    "transport_mode": {
        "land": ("TERRESTRE", "A PIE (TROCHA)"),
        "sea": ("MARITIMO", "LANCHA"),
        "air": ("AEREO",),
    },
    "linked_offences": {
        "document_fraud": ("FALSEDAD EN DOCUMENTO",),
        "corruption": ("COHECHO",),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("TRAFICO DE ESTUPEFACIENTES",),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
}

_DEA_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Human Trafficking", "TIP"),
        "smuggling": ("Alien Smuggling", "Human Smuggling"),
        "both": ("Smuggling/Trafficking",),
    },
    "exploitation": {
        "sexual": ("Sex Trafficking",),
        "forced_labour": ("Labor Trafficking",),
        "forced_criminality": ("Forced Criminal Activity", "Coerced Drug Courier"),
        "organ_removal": ("Organ Removal",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F"),
    },
    "age_group": {
        "child": ("Juvenile", "Minor"),
        "adult": ("Adult",),
        "mixed": ("Adult/Juvenile", "Mixed"),
    },
    "transport_mode": {
        "land": ("Vehicle", "Tractor-trailer", "On foot"),
        "sea": ("Vessel", "Go-fast", "Boat"),
        "air": ("Commercial air", "Aircraft"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud",),
        "corruption": ("Public corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug trafficking", "Narcotics (21 USC 841)"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}

_CANON = (
    "source_ref",
    "event_date",
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

OFAST = Blind291Source(
    source="ofast_lille",
    filename="ofast_lille_kg.csv",
    ref="OFAST-LIL/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=dict(
        zip(
            (*_CANON, "lat", "lon", "linked_offences", "seized"),
            (
                "N° procédure",
                "Date des faits",
                "Qualification",
                "Forme d'exploitation",
                "Nb victimes/migrants",
                "Nb mis en cause",
                "Sexe",
                "Majeur/Mineur",
                "Nationalité",
                "Pays d'origine",
                "Pays de destination",
                "Pays de constatation",
                "Pays de transit",
                "Vecteur",
                "Latitude",
                "Longitude",
                "Infractions connexes",
                "Saisies",
            ),
            strict=True,
        )
    ),
    note="Données provisoires - extraction LRP, ne pas diffuser hors service",
    total="TOTAL",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
    agency="ofast",
    words=_OFAST_WORDS,
    unknown=("N.C.", "inconnu", "NR"),
    na_word="sans objet",
    count_unknown=("N.C.",),
    zero_words=("néant",),
    dates=(("dmy", 0.88), ("courant", 0.07), ("trimestre", 0.05)),
    country_styles=(
        ("name", 0.82),
        ("upper", 0.08),
        ("iso2", 0.03),
        ("alias", 0.03),
        ("plain", 0.03),
        ("swap", 0.01),
    ),
    nationality="demonym",
    transit_sep=" / ",
    offence_sep=" + ",
    no_transit="néant",
)

UDYCO = Blind291Source(
    source="udyco_central",
    filename="udyco_central_kg.xlsx",
    ref="{seq:05d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=dict(
        zip(
            (*_CANON, "coordinates", "linked_offences", "seized"),
            (
                "Nº Atestado",
                "Fecha intervención",
                "Tipología delictiva",
                "Finalidad de explotación",
                "Nº víctimas / migrantes",
                "Nº detenidos",
                "Sexo",
                "Edad",
                "Nacionalidad",
                "País de origen",
                "País de destino",
                "País de intervención",
                "Países de tránsito",
                "Medio de transporte",
                "Coordenadas",
                "Delitos conexos",
                "Droga intervenida",
            ),
            strict=True,
        )
    ),
    note="Datos provisionales sujetos a revisión - uso policial",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    agency="udyco",
    words=_UDYCO_WORDS,
    unknown=("s/d", "desconocido", "N/C"),
    na_word=None,
    count_unknown=("s/d",),
    zero_words=(),
    dates=(
        ("excel", 0.78),
        ("dmy_text", 0.10),
        ("serial", 0.06),
        ("mes", 0.04),
        ("trimestre", 0.02),
    ),
    country_styles=(
        ("name", 0.78),
        ("upper", 0.12),
        ("iso3", 0.03),
        ("alias", 0.02),
        ("plain", 0.03),
        ("swap", 0.02),
    ),
    nationality="name",
    transit_sep=" - ",
    offence_sep="; ",
    no_transit=None,
)

NPCC = Blind291Source(
    source="npcc_drugs_returns",
    filename="npcc_drugs_returns_kg.csv",
    ref="CF/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=dict(
        zip(
            (*_CANON, "coordinates", "linked_offences", "seized"),
            (
                "URN",
                "Date of warrant / encounter",
                "Offence category",
                "Exploitation type (NRM)",
                "No. of PVoT / migrants",
                "No. arrested",
                "Sex",
                "Adult/Child",
                "Nationality",
                "Country of origin",
                "Destination",
                "Nation",
                "Route (transit)",
                "Method of entry",
                "Lat/Long",
                "Linked offences",
                "Plants / drugs seized",
            ),
            strict=True,
        )
    ),
    note="Provisional data - OFFICIAL-SENSITIVE - not for onward dissemination",
    total="Total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=True,
    agency="npcc",
    words=_NPCC_WORDS,
    unknown=("Not known", "N/K", "TBC"),
    na_word="N/A",
    count_unknown=("TBC", "Not known"),
    zero_words=("Nil",),
    dates=(("long", 0.6), ("dmy", 0.35), ("quarter", 0.05)),
    country_styles=(
        ("name", 0.8),
        ("alias", 0.1),
        ("iso3", 0.05),
        ("lower", 0.03),
        ("swap", 0.02),
    ),
    nationality="demonym",
    transit_sep=" > ",
    offence_sep="; ",
    no_transit="Direct",
)

DIRAN = Blind291Source(
    source="diran_co",
    filename="diran_co_kg.jsonl",
    ref="DIRAN-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "radicado",
        "event_date": "fecha_hecho",
        "crime_type": "delito",
        "exploitation": "finalidad_explotacion",
        "n_persons": "cantidad_victimas_migrantes",
        "n_suspects": "capturados",
        "gender": "genero",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_hecho",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
        "seized": "incautacion",
    },
    note=None,
    total="TOTAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=True,
    agency="diran",
    words=_DIRAN_WORDS,
    unknown=("SIN INFORMACION", "NO REPORTA"),
    na_word="NO APLICA",
    count_unknown=("NO REPORTA",),
    zero_words=(),
    dates=(("ymd", 0.93), ("mes", 0.07)),
    country_styles=(("upper", 0.9), ("alias", 0.05), ("swap", 0.05)),
    nationality="demonym",
    transit_sep=", ",
    offence_sep=" / ",
    no_transit=None,
)

DEA = Blind291Source(
    source="dea_intel",
    filename="dea_intel_kg.csv",
    ref="SR-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Event No.",
        "office": "Reporting Office",
        "event_date": "Event Date",
        "crime_type": "Activity",
        "exploitation": "TIP Type",
        "n_persons": "No. Migrants/Victims",
        "n_suspects": "No. Arrested",
        "gender": "Gender",
        "age_group": "Adult/Juvenile",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Destination Country",
        "detection_country": "Event Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Violations",
        "seized": "Drugs Seized",
    },
    note="LAW ENFORCEMENT SENSITIVE - preliminary figures, subject to change",
    total="Grand Total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    agency="dea",
    words=_DEA_WORDS,
    unknown=("UNK", "Unknown"),
    na_word=None,
    count_unknown=("UNK",),
    zero_words=(),
    dates=(("mdy", 0.93), ("month", 0.07)),
    country_styles=(
        ("upper", 0.85),
        ("alias", 0.06),
        ("iso3", 0.04),
        ("swap", 0.03),
        ("name", 0.02),
    ),
    nationality="name",
    transit_sep="/",
    offence_sep=", ",
    no_transit=None,
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Blind291Source, ...] = (OFAST, UDYCO, NPCC, DIRAN, DEA)

_DAY_STYLES = {"dmy", "excel", "dmy_text", "serial", "long", "ymd", "mdy"}
_MONTH_STYLES = {"courant", "mes", "month"}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weighted: tuple[tuple[str, float], ...]) -> str:
    """Draw a style of ``weighted`` by its weight."""
    w = np.array([p for _, p in weighted], dtype=float)
    return weighted[int(rng.choice(len(weighted), p=w / w.sum()))][0]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word (70 %) or one of its variants."""
    if len(forms) == 1 or rng.random() < 0.7:
        return forms[0]
    return choice(rng, forms[1:])


def _date_cell(src: Blind291Source, ts: pd.Timestamp, style: str) -> object:
    """Write a day (or its month or quarter) in one of the source's styles."""
    m = ts.month - 1
    q = ts.quarter
    cells: dict[str, object] = {
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy_text": ts.strftime("%d/%m/%Y"),
        "excel": ts.to_pydatetime(),
        "serial": int((ts.normalize() - _EXCEL_EPOCH).days),
        "long": f"{ts.day} {_MONTHS_EN[m]} {ts.year}",
        "ymd": ts.strftime("%Y/%m/%d"),
        "mdy": ts.strftime("%m/%d/%Y"),
        "courant": f"courant {_MONTHS_FR[m]} {ts.year}",
        "mes": (
            f"{_MONTHS_ES[m].upper()} DE {ts.year}"
            if src.agency == "diran"
            else f"{_MONTHS_ES[m]} de {ts.year}"
        ),
        "month": f"{_MONTHS_EN[m]} {ts.year}",
        "trimestre": f"T{q} {ts.year}" if src.agency == "ofast" else f"{q}º trimestre de {ts.year}",
        "quarter": f"Q{q} {ts.year}",
    }
    return cells[style]


def _main_date(src: Blind291Source, ts: pd.Timestamp) -> object:
    """Write a day in the source's usual style."""
    return _date_cell(src, ts, src.dates[0][0])


def _country_forms(src: Blind291Source, iso: str) -> dict[str, str]:
    """Every way the source may write a country."""
    row = COUNTRIES[iso]
    lang_col = {"en": 1, "fr": 2, "es": 3}[src.language]
    name = str(row[lang_col])
    if src.agency == "dea":
        name = _plain(name)
    aliases = _ALIASES[src.language].get(iso, ())
    iso2, _ = iso_codes(iso)
    forms = {
        "name": name,
        "upper": (
            _US_NAMES.get(iso, name.upper())
            if src.agency == "dea"
            else _plain(name).upper()
            if src.agency == "diran"
            else name.upper()
        ),
        "lower": name.lower(),
        "iso2": iso2,
        "iso3": iso,
        "alias": aliases[0] if aliases else name,
        "plain": _plain(name),
        "swap": _swap(name),
    }
    if src.agency == "diran":  # the system writes upper case, without accents
        forms["alias"] = _plain(forms["alias"]).upper()
        forms["swap"] = _swap(forms["upper"])
    if src.agency == "dea":
        forms["alias"] = forms["alias"].upper()
        forms["swap"] = _swap(forms["upper"])
    return forms


def _country(src: Blind291Source, iso: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Write one country as the source does, tagging a code, an alias or a typo."""
    forms = _country_forms(src, iso)
    style = _pick(rng, src.country_styles)
    text = forms[style]
    if text == forms["name"] or (style == "upper" and src.agency in ("dea", "diran")):
        return text
    kind = {
        "upper": "case",
        "lower": "case",
        "iso2": "iso2",
        "iso3": "iso3",
        "alias": "alias",
        "plain": "typo",
        "swap": "typo",
    }[style]
    tags.append(f"{kind}:{col}")
    return text


def _nationality(src: Blind291Source, iso: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality: a demonym or a country name, as the source does."""
    if src.nationality == "name":
        return _country(src, iso, rng, "nationality", tags)
    en, fr, es = _DEMONYMS[iso]
    r = rng.random()
    if src.agency == "diran":
        tags.append("demonym:nationality")
        return es
    if src.agency == "ofast":
        if r < 0.1:
            tags.append("demonym:nationality")
            return fr.upper()
        if r < 0.15:
            return _country(src, iso, rng, "nationality", tags)
        tags.append("demonym:nationality")
        return fr
    # npcc: a demonym, the Home Office's ISO alpha-3 code now and then
    if r < 0.1:
        tags.append("iso3:nationality")
        return iso
    tags.append("demonym:nationality")
    return en


def _count(src: Blind291Source, n: int, rng: _Rng, col: str, tags: list[str]) -> object:
    """Write a count: a number in a workbook or JSON, text with a separator in a CSV."""
    if src.format != "csv":
        return n
    if n >= 1000:
        tags.append(f"thousands:{col}")
        sep = {"ofast": "\u00a0" if rng.random() < 0.5 else " "}.get(src.agency, ",")
        return f"{n // 1000}{sep}{n % 1000:03d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (one decimal) and the value they say."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    said = deg + minutes / 60 + sec10 / 36000
    return text, round(said if value >= 0 else -said, 6)


def _coords(
    src: Blind291Source,
    lat: float,
    lon: float,
    rng: _Rng,
    forced: bool,
    cells: dict[str, object],
    tags: list[str],
) -> tuple[float | None, float | None]:
    """Write the position of the find; return the latitude and longitude it says."""
    if forced:
        tags.append("blank_coordinates")
        return None, None
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return None, None
    if src.agency == "ofast":
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        return lat, lon
    if src.agency == "udyco":
        west = "O" if rng.random() < 0.3 else "W"
        t_lat, v_lat = _dms(lat, "N", "S")
        t_lon, v_lon = _dms(lon, "E", west)
        cells["coordinates"] = f"{t_lat} {t_lon}"
        tags.append("coords_dms")
        return v_lat, v_lon
    if src.agency == "npcc":
        la, lo = round(lat, 4), round(lon, 4)
        cells["coordinates"] = f"{la:.4f}, {lo:.4f}"
        return la, lo
    if src.agency == "diran":
        if r < 0.07:  # the form's default when the patrol gave no position
            cells["lat"], cells["lon"] = 0, 0
            tags.append("coords_placeholder")
            return None, None
        cells["lat"], cells["lon"] = lat, lon
        return lat, lon
    # dea: decimal degrees, now and then with the GPS unit's hemisphere letters
    if rng.random() < 0.06:
        cells["lat"] = f"{abs(lat):.5f}{'N' if lat >= 0 else 'S'}"
        cells["lon"] = f"{abs(lon):.5f}{'E' if lon >= 0 else 'W'}"
        tags.append("coords_hemisphere")
    else:
        cells["lat"] = f"{lat:.5f}"
        cells["lon"] = f"{lon:.5f}"
    return lat, lon


def _seized(src: Blind291Source, drugs: bool, rng: _Rng) -> str | None:
    """Return what the squad seized (only when drugs are among the linked offences)."""
    if not drugs:
        return "néant" if src.agency == "ofast" and rng.random() < 0.5 else None
    kg = int(rng.integers(1, 400))
    plants = int(rng.integers(40, 1500))
    grams = int(rng.integers(5, 900))
    options = {
        "ofast": (
            f"{plants} pieds de cannabis",
            f"{kg},{int(rng.integers(0, 10))} kg résine de cannabis",
            f"{grams} g cocaïne",
        ),
        "udyco": (f"{kg} kg hachís", f"{plants} plantas de marihuana", f"{grams} g cocaína"),
        "npcc": (f"{plants} plants", f"{kg} kg herbal cannabis", f"{grams} g cocaine"),
        "diran": (f"{kg} KG CLORHIDRATO DE COCAINA", f"{kg} KG MARIHUANA"),
        "dea": (f"{kg} kg cocaine", f"{kg} lbs methamphetamine", f"{grams * 10:,} fentanyl pills"),
    }[src.agency]
    return choice(rng, options)


def _office(ev: Mapping[str, object]) -> str:
    """Return the DEA office that reported an encounter."""
    country = str(ev["detection_country"])
    spot = str(ev.get("hotspot") or "")
    if country == "USA":
        if spot.startswith("El Paso"):
            return "El Paso FD"
        if spot.startswith("Rio Grande"):
            return "Houston FD"
        return "Phoenix FD"
    return {
        "ITA": "Rome CO",
        "GRC": "Athens CO",
        "HRV": "Vienna CO",
        "POL": "Warsaw CO",
        "PAN": "Panama City CO",
        "ESP": "Madrid CO",
        "FRA": "Paris CO",
        "GBR": "London CO",
    }.get(country, "OGE HQ")


def _render(
    src: Blind291Source,
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
    words = src.words

    # Date: a day, or (not for a duplicated event) only its month or quarter.
    styles = src.dates if partial_ok else tuple(d for d in src.dates if d[0] in _DAY_STYLES)
    style = _pick(rng, styles)
    cells["event_date"] = _date_cell(src, ts, style)
    if style in _DAY_STYLES:
        exp["event_date"], exp["date_precision"] = ts, "day"
        if style == "serial":
            tags.append("excel_serial")
        elif style == "dmy_text":
            tags.append("date_text")
    elif style in _MONTH_STYLES:
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, words["crime_type"][crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # smuggling: nothing to say, or the agency's "not applicable"
        cells["exploitation"] = src.na_word
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, "n_persons", tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and r < 0.55:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k, rng, "n_suspects", tags), k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, words["gender"][gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:  # not known, not applicable or left empty
        r = rng.random()
        if src.na_word is not None and r < 0.4:
            cells["age_group"] = src.na_word
        else:
            cells["age_group"] = choice(rng, src.unknown) if r < 0.8 else None
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        forms = words["age_group"][age]
        if src.agency == "dea" and age == "child" and ev["detection_country"] == "USA":
            forms = (*forms, "UAC")  # unaccompanied alien child, at the US border
        text = _word(rng, forms)
        if src.agency == "ofast" and n == 1 and text in ("mineurs", "majeurs"):
            text = text[:-1]  # "mineur", "majeur": one person
        cells["age_group"], exp["age_group"] = text, age

    nat = ev["nationality"]
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.03:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, str(nat), rng, tags)
        exp["nationality"] = nat

    origin = str(ev["origin_country"])
    if rng.random() < 0.03:
        cells["origin_country"], exp["origin_country"] = choice(rng, src.unknown), None
        tags.append("unknown:origin_country")
    else:
        cells["origin_country"] = _country(src, origin, rng, "origin_country", tags)
        exp["origin_country"] = origin

    dest = str(ev["destination_country"])
    cells["destination_country"] = _country(src, dest, rng, "destination_country", tags)
    exp["destination_country"] = dest

    where = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        if src.agency == "npcc" and where == "GBR":  # the UK nation of the find
            spot = str(ev.get("hotspot") or "")
            cells["detection_country"] = "Scotland" if spot == "Glasgow" else "England"
            tags.append("nation:detection_country")
        else:
            cells["detection_country"] = _country(src, where, rng, "detection_country", tags)
        exp["detection_country"] = where

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = src.no_transit, None
    else:
        parts = [_country(src, c, rng, "transit_countries", tags) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    in_house = src.agency == "npcc" and ev["corridor"] == "thb_vnm_gbr"
    if rng.random() < (0.12 if in_house else 0.03):
        # found in a house or a farm: how they came in is "not applicable" or not known
        na = src.na_word or choice(rng, src.unknown)
        cells["transport_mode"] = na if rng.random() < 0.8 else None
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"], exp["transport_mode"] = (
            _word(rng, words["transport_mode"][mode]),
            mode,
        )

    lat, lon = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
        cells,
        tags,
    )
    exp["lat"], exp["lon"] = lat, lon

    offences = ev["linked_offences"]
    names = str(offences).split("|") if offences is not None else []
    cells["linked_offences"] = (
        src.offence_sep.join(_word(rng, words["linked_offences"][o]) for o in names) or None
    )
    exp["linked_offences"] = offences
    cells["seized"] = _seized(src, "illicit_goods" in names, rng)
    if src.agency == "dea":
        cells["office"] = _office(ev)

    # Clerks' case and spacing slips in the French and British files.
    if src.agency in ("ofast", "npcc"):
        for col in ("crime_type", "gender", "transport_mode", "origin_country"):
            value = cells.get(col)
            if isinstance(value, str) and rng.random() < 0.03:
                cells[col] = value.upper() if rng.random() < 0.5 else f"{value} "
                if cells[col] != value:
                    tags.append(f"case:{col}")
    # One batch of the workbook was pasted from a UTF-8 export read as Windows-1252.
    if src.agency == "udyco" and rng.random() < 0.07:
        for col, value in list(cells.items()):
            if isinstance(value, str) and col not in ("seized",):
                garbled = mojibake(value)
                if garbled is not None:
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _bad_date(src: Blind291Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell giving no date, an impossible one or one in the future."""
    if kind == "no_date":
        none_words = {
            "ofast": "N.C.",
            "udyco": "s/f",
            "npcc": "TBC",
            "diran": "SIN FECHA",
            "dea": "UNK",
        }
        return none_words[src.agency] if rng.random() < 0.5 else None
    if kind == "future_date":  # a slip of the year: 2023 -> 2033
        return _main_date(src, ts.replace(year=ts.year + 10))
    # A 30th of February or a 32nd day: impossible whichever order the day and month are
    # read in (a day-first "05/17/2022" could pass for a month-first slip; these cannot).
    mm = f"{ts.month:02d}"
    impossible = {
        "ofast": (f"30/02/{ts.year}", f"32/{mm}/{ts.year}"),
        "udyco": (f"30/02/{ts.year}", f"32/{mm}/{ts.year}"),
        "npcc": (f"30 February {ts.year}", f"31 April {ts.year}"),
        "diran": (f"{ts.year}/02/30", f"{ts.year}/{mm}/32"),
        "dea": (f"02/30/{ts.year}", f"{mm}/32/{ts.year}"),
    }
    return choice(rng, impossible[src.agency])


def _note_date(src: Blind291Source, last: pd.Timestamp) -> object:
    """Return the note row's date: the extract's day, a few days after the last find."""
    return _main_date(src, last + pd.Timedelta(days=9))


#: The variant: its sources, who reports what, and how each writes it.
BLIND291: Examiner[Blind291Source] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": OFAST.source,
        "ESP": UDYCO.source,
        "GBR": NPCC.source,
        "PAN": DIRAN.source,
    },
    compilation=DEA.source,
    secondary={
        ("channel", "FRA"): NPCC.source,  # lorry and small-boat jobs bound for the UK
        ("channel", "GBR"): OFAST.source,  # the Coquelles detachment's follow-up
        ("thb_vnm_gbr", "GBR"): OFAST.source,  # Vietnamese gardeners moved through France
        ("wmed", "ESP"): OFAST.source,  # hashish go-fasts of networks supplying France
        ("darien", "PAN"): DEA.source,  # DEA Panama City country office
        ("thb_nga_ita", "ITA"): UDYCO.source,  # joint investigation team with Italy
        ("thb_rou_esp", "ITA"): UDYCO.source,  # the Romanian network of the Huelva fields
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=291,
    blank_share=0.35,
)


def make_blind291(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five drug-squad sources of ``blind291`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ofast_lille_kg.csv``, ``udyco_central_kg.xlsx``, ``npcc_drugs_returns_kg.csv``,
        ``diran_co_kg.jsonl`` and ``dea_intel_kg.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind291(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ofast_lille_kg.csv', 'udyco_central_kg.xlsx', 'npcc_drugs_returns_kg.csv',
     'diran_co_kg.jsonl', 'dea_intel_kg.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-8', 'utf-16']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[0].frame.columns[1]
    'Date des faits'
    """
    return make_examined(BLIND291, truth, seed=seed)
