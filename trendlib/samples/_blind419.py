"""Examiner sample set ``blind419`` (files ``*_pe.*``): building-trade compliance desks.

Five labour-compliance desks of scaffolding, roofing and construction contractors and their
trade federations report forced labour, debt bondage and smuggled workers found on building
sites, each in its own working language and export tool:

``nasc_msl_pe.csv``
    The modern-slavery lead of the UK's National Access & Scaffolding Confederation (NASC):
    a referral log saved as CSV from Excel (UTF-8 with BOM, ``,``). English; UK day-first
    dates (``17/05/2023``, ``17 May 2023``), a few month or quarter dates (``May 2023``,
    ``Q2 2023``); nationality as a demonym (``Vietnamese``); the country where workers were
    found as ``England`` or ``Scotland``; routes joined by ``" > "``; the site's location
    pasted from a map as one ``lat, long`` cell; small counts sometimes in words.
``sfece_conformite_sociale_pe.csv``
    The *conformité sociale* desk of the French scaffolding contractors' union (SFECE):
    a cp1252 CSV with ``;`` and CRLF. French; ``17/05/2023``, ``17/05/23``, ``17 mai 2023``,
    ``mai 2023``, ``T2 2023``; nationalities in capitals without accents as French forms
    write them (``ERYTHREE``); ``Angleterre`` for the United Kingdom; latitude and longitude
    with a decimal comma; counts with a (non-breaking) space between thousands.
``cnc_cumplimiento_laboral_pe.xlsx``
    The *cumplimiento laboral* desk of Spain's Confederación Nacional de la Construcción
    (CNC): a workbook. Spanish; real Excel dates, some dates typed as text or left as bare
    serial numbers, ``mayo 2023`` and ``2º trimestre 2023``; Penal Code wording of the
    offence (``art. 318 bis CP``); ``Varón`` / ``Mujer``; ``Guinea Conakry`` and a few typos;
    ``patera`` and ``cayuco``; Spanish thousands dot in counts typed as text.
``fiic_asuntos_laborales_pe.csv``
    The labour-affairs commission of the Inter-American Federation of the Construction
    Industry (FIIC), which gathers its member chambers' cases from the United States and
    Panama: an Excel "Unicode text" export (UTF-16 with BOM, tab). Latin-American Spanish;
    ``17/05/2023``, ``17-may-2023``, ``2023-05-17``, ``mayo de 2023``; ``H`` / ``M``;
    ``NNA`` for minors; ``EUA`` for the United States; nationality as a demonym
    (``venezolana``); mojibake in text pasted from members' UTF-8 files (``MÃ©xico``);
    coordinates as a decimal pair or in degrees, minutes and seconds; ``1,250``.
``fiec_social_affairs_pe.jsonl``
    The social-affairs desk of the European Construction Industry Federation (FIEC) in
    Brussels, which compiles its member federations' cases (Italy, Greece, Croatia,
    Poland, and second reports of Spanish ones): JSON lines, UTF-8. English keys; ISO
    dates, ``2023-05`` and ``2023-Q2``; ISO alpha-2 codes with the EU's ``EL`` (Greece) and
    ``UK``; transit countries and linked offences as JSON lists.

The truth expects what a careful analyst reads from each cell: an unknown count is no
count, a blanked field is nothing (gender ``unknown``), a "not recorded" age group or
transport mode is ``unknown``, a month or quarter date is the start of its period.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.schema import EVENT_FIELDS

__all__ = ["EXAMINER", "SOURCES", "Agency", "make_blind419"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of this set: what the shared machinery reads, plus its voice.

    Attributes
    ----------
    voice : str
        Key of the agency's wording (``"nasc"``, ``"sfece"``, ``"cnc"``, ``"fiic"``,
        ``"fiec"``).
    """

    voice: str = ""


# --------------------------------------------------------------------------------------
# Countries: ISO alpha-3 -> (English, French, Spanish, English demonym, Spanish demonym)
# --------------------------------------------------------------------------------------
_COUNTRY: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "china"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil", "Ivorian", "marfileña"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "española"),
    "FRA": ("France", "France", "Francia", "French", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guineana"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicana"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonian", ""),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigerina"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunecina"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turca"),
    "USA": ("USA", "États-Unis", "Estados Unidos", "American", "estadounidense"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "venezolana"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yemení"),
}
#: Misspellings a UK clerk makes (each still plainly the country).
_EN_TYPO = {
    "AFG": "Afghanastan",
    "ERI": "Eritria",
    "VNM": "Veitnam",
    "ALB": "Albainia",
    "IRN": "Iaran",
    "SYR": "Syira",
}
#: Spanish aliases and misspellings seen in Spanish registers.
_ES_VARIANT = {
    "GIN": "Guinea Conakry",
    "CIV": "Costa Marfil",
    "MAR": "Marrueco",
    "DZA": "Argelía",
    "SEN": "Senegál",
    "ROU": "Rumania",
    "GMB": "Gambía",
}
_ES_MONTH_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
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
_EN_MONTHS = (
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
_EN_NUMBERS = (
    "",
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


def _plain_upper(text: str) -> str:
    """French administrative capitals: no accents (``Érythrée`` -> ``ERYTHREE``)."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).upper()


# --------------------------------------------------------------------------------------
# Voices: each agency's words for the vocabularies (canonical -> written variants)
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Voice:
    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str, ...]  # written for pure smuggling ("" = blank)
    gender_one: _Words  # one person
    gender_many: _Words
    age: _Words
    mode: _Words
    offences: _Words
    offence_sep: str
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    na_age: tuple[str, ...]
    na_mode: tuple[str, ...]
    bad_count: tuple[str, ...]


_VOICES: dict[str, _Voice] = {
    "nasc": _Voice(
        crime={
            "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / THB"),
            "smuggling": ("People smuggling", "Facilitated illegal entry", "Smuggled workers"),
            "both": ("Trafficking + smuggling", "Modern slavery & people smuggling"),
        },
        exploitation={
            "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
            "sexual": ("Sexual exploitation",),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation=("", "", "N/A"),
        gender_one={"male": ("Male", "M"), "female": ("Female", "F")},
        gender_many={
            "male": ("Male", "Men", "M"),
            "female": ("Female", "Women", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        age={
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Under 18"),
            "mixed": ("Adults & minors", "Both"),
        },
        mode={
            "sea": ("Small boat", "Boat", "Sea"),
            "land": ("Lorry", "HGV", "Road", "Van"),
            "air": ("Flight", "Air"),
        },
        offences={
            "document_fraud": ("document fraud", "false ID"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="; ",
        count_unknown=("n/k", "Unknown", "not known"),
        suspects_unknown=("n/k", "TBC", "Unknown"),
        zero=("none", "nil", "None"),
        na_age=("Not recorded", "n/k"),
        na_mode=("N/A", "Not recorded"),
        bad_count=("several", "a few", "a number of"),
    ),
    "sfece": _Voice(
        crime={
            "trafficking": ("traite des êtres humains", "TEH", "Traite des êtres humains"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        exploitation={
            "forced_labour": (
                "travail forcé",
                "servitude pour dettes",
                "exploitation par le travail",
            ),
            "sexual": ("exploitation sexuelle",),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        no_exploitation=("", "", "sans objet"),
        gender_one={"male": ("homme", "H", "masculin"), "female": ("femme", "F", "féminin")},
        gender_many={
            "male": ("hommes", "H"),
            "female": ("femmes", "F"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        age={
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "mineur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        mode={
            "sea": ("embarcation", "bateau", "voie maritime"),
            "land": ("camion", "voie routière", "poids lourd"),
            "air": ("avion", "voie aérienne"),
        },
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=", ",
        count_unknown=("N/C", "non renseigné", "inconnu"),
        suspects_unknown=("N/C", "en cours", "inconnu"),
        zero=("aucun", "néant"),
        na_age=("non renseigné", "N/C"),
        na_mode=("sans objet", "non renseigné"),
        bad_count=("plusieurs", "quelques-uns"),
    ),
    "cnc": _Voice(
        crime={
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata de seres humanos"),
            "smuggling": (
                "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración ilegal",
            ),
            "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
        },
        exploitation={
            "forced_labour": ("Explotación laboral", "Trabajo forzoso", "Servidumbre por deudas"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Explotación para actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        },
        no_exploitation=("", "", "No procede"),
        gender_one={"male": ("Varón",), "female": ("Mujer",)},
        gender_many={
            "male": ("Varones", "Hombres"),
            "female": ("Mujeres",),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        age={
            "adult": ("Mayores de edad", "Adultos"),
            "child": ("Menores", "Menor de edad"),
            "mixed": ("Mayores y menores",),
        },
        mode={
            "sea": ("Embarcación", "Marítimo"),
            "land": ("Terrestre", "Autobús", "Furgoneta"),
            "air": ("Aéreo", "Avión"),
        },
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=" / ",
        count_unknown=("s/d", "desconocido", "sin datos"),
        suspects_unknown=("s/d", "en investigación"),
        zero=("ninguno",),
        na_age=("No consta",),
        na_mode=("No consta", "No procede"),
        bad_count=("varios", "algunos"),
    ),
    "fiic": _Voice(
        crime={
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        exploitation={
            "forced_labour": ("Trabajo forzoso", "Servidumbre por deudas", "Explotación laboral"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Utilización en actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        no_exploitation=("", "", "No aplica"),
        gender_one={"male": ("H", "Hombre"), "female": ("M", "Mujer")},
        gender_many={
            "male": ("H", "Hombres"),
            "female": ("M", "Mujeres"),
            "mixed": ("Mixto", "H y M"),
        },
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA",),
        },
        mode={
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "Tractocamión", "Autobús"),
            "air": ("Aéreo", "Avión"),
        },
        offences={
            "document_fraud": ("uso de documento falso",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("contra la salud",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        count_unknown=("S/D", "N/D", "sin dato"),
        suspects_unknown=("N/D", "en investigación"),
        zero=("ninguno", "0 (ninguno)"),
        na_age=("N/D",),
        na_mode=("N/D", "No aplica"),
        bad_count=("varios", "grupo"),
    ),
    "fiec": _Voice(
        crime={
            "trafficking": ("THB", "Trafficking in human beings"),
            "smuggling": ("Migrant smuggling",),
            "both": ("THB + migrant smuggling",),
        },
        exploitation={
            "forced_labour": ("labour exploitation", "forced labour"),
            "sexual": ("sexual exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        no_exploitation=("",),
        gender_one={"male": ("male",), "female": ("female",)},
        gender_many={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
        mode={"sea": ("sea",), "land": ("land",), "air": ("air",)},
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="",  # a JSON list
        count_unknown=("unknown", "n/a"),
        suspects_unknown=("unknown",),
        zero=(),
        na_age=("not reported",),
        na_mode=("not reported",),
        bad_count=("several",),
    ),
}

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
NASC = Agency(
    source="nasc_msl",
    filename="nasc_msl_pe.csv",
    ref="NASC/MS/{year}/{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "NASC Ref",
        "event_date": "Date Identified",
        "detection_country": "Country Identified",
        "coordinates": "Site Location (lat, long)",
        "crime_type": "Concern Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Workers",
        "gender": "Sex",
        "age_group": "Adult / Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (via)",
        "destination_country": "Intended Destination",
        "transport_mode": "Mode of Arrival",
        "n_suspects": "No. of Suspects",
        "linked_offences": "Other Offences",
    },
    note="Note: figures provisional - referrals still under review by the NASC MS lead",
    total="TOTAL",
    bad_count=_VOICES["nasc"].bad_count,
    repeats=True,
    voice="nasc",
)
SFECE = Agency(
    source="sfece_conformite_sociale",
    filename="sfece_conformite_sociale_pe.csv",
    ref="SFECE-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb salariés concernés",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Mode d'acheminement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, extraction du logiciel de suivi des signalements",
    total="Total général",
    bad_count=_VOICES["sfece"].bad_count,
    repeats=False,
    voice="sfece",
)
CNC = Agency(
    source="cnc_cumplimiento_laboral",
    filename="cnc_cumplimiento_laboral_pe.xlsx",
    ref="CNC-CL {seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha detección",
        "crime_type": "Tipo penal",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº trabajadores afectados",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "País(es) de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación por las asociaciones",
    total="TOTAL GENERAL",
    bad_count=_VOICES["cnc"].bad_count,
    repeats=False,
    voice="cnc",
)
FIIC = Agency(
    source="fiic_asuntos_laborales",
    filename="fiic_asuntos_laborales_pe.csv",
    ref="FIIC-CAL-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hallazgo",
        "detection_country": "País del hallazgo",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo (H/M)",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "transport_mode": "Medio de traslado",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar remitida por las cámaras miembro",
    total="Total",
    bad_count=_VOICES["fiic"].bad_count,
    repeats=True,
    voice="fiic",
)
FIEC = Agency(
    source="fiec_social_affairs",
    filename="fiec_social_affairs_pe.jsonl",
    ref="FIEC/SOC/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date_of_detection",
        "detection_country": "country_of_detection",
        "crime_type": "offence_category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_concerned",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_countries",
        "destination_country": "country_of_destination",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL (all member federations)",
    bad_count=_VOICES["fiec"].bad_count,
    repeats=False,
    voice="fiec",
)
#: The five sources, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (NASC, SFECE, CNC, FIIC, FIEC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _noise(text: str, rng: _Rng, tags: list[str], *, rate: float = 0.04) -> str:
    """Case or spacing slips of a hand-typed cell (still plainly the same word)."""
    if not text:
        return text
    r = rng.random()
    if r < rate:
        tags.append("case")
        return text.upper() if rng.random() < 0.6 else text.lower()
    if r < 1.6 * rate:
        tags.append("spacing")
        return f" {text}  " if rng.random() < 0.5 else f"{text} "
    return text


def _period_start(ts: pd.Timestamp, freq: str) -> pd.Timestamp:
    return pd.Timestamp(ts.to_period(freq).start_time)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) of an event date as the agency writes it."""
    r = rng.random()
    q = (ts.month - 1) // 3 + 1
    month = _period_start(ts, "M")
    quarter = _period_start(ts, "Q")
    d, m, y = ts.day, ts.month, ts.year
    if src.voice == "nasc":
        if partial_ok and r < 0.05:
            return f"{_EN_MONTHS[m - 1]} {y}", month, "month", "date_month"
        if partial_ok and r < 0.08:
            return f"Q{q} {y}", quarter, "quarter", "date_quarter"
        if r < 0.3:
            return f"{d} {_EN_MONTHS[m - 1]} {y}", ts, "day", "date_long"
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_dmy"
    if src.voice == "sfece":
        if partial_ok and r < 0.05:
            return f"{_FR_MONTHS[m - 1]} {y}", month, "month", "date_month"
        if partial_ok and r < 0.1:
            return f"T{q} {y}", quarter, "quarter", "date_quarter"
        if r < 0.2:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", ts, "day", "date_dmy2"
        if r < 0.27:
            day = "1er" if d == 1 else str(d)
            return f"{day} {_FR_MONTHS[m - 1]} {y}", ts, "day", "date_long"
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_dmy"
    if src.voice == "cnc":
        if partial_ok and r < 0.05:
            return f"{_ES_MONTHS[m - 1]} {y}", month, "month", "date_month"
        if partial_ok and r < 0.09:
            return f"{q}º trimestre {y}", quarter, "quarter", "date_quarter"
        if r < 0.17:
            serial = int((ts - pd.Timestamp("1899-12-30")).days)
            return serial, ts, "day", "date_serial"
        if r < 0.3:
            return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_text"
        return dt.datetime(y, m, d), ts, "day", "date_excel"
    if src.voice == "fiic":
        if partial_ok and r < 0.07:
            return f"{_ES_MONTHS[m - 1]} de {y}", month, "month", "date_month"
        if r < 0.22:
            return f"{y}-{m:02d}-{d:02d}", ts, "day", "date_iso"
        if r < 0.37:
            return f"{d:02d}-{_ES_MONTH_ABBR[m - 1]}-{y}", ts, "day", "date_abbr"
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "date_dmy"
    # fiec
    if partial_ok and r < 0.1:
        return f"{y}-{m:02d}", month, "month", "date_month"
    if partial_ok and r < 0.18:
        return f"{y}-Q{q}", quarter, "quarter", "date_quarter"
    return f"{y}-{m:02d}-{d:02d}", ts, "day", "date_iso"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible, or a year slip."""
    if kind == "no_date":
        return None
    d, m, y = ts.day, ts.month, ts.year
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        if src.voice == "fiec" or (src.voice == "fiic" and rng.random() < 0.3):
            return f"{y}-02-{day}"
        return f"{day}/02/{y}"
    future = y + 200  # a slip of the year: 2023 typed 2223
    if src.voice == "cnc":
        return dt.datetime(future, m, min(d, 28))
    if src.voice == "fiec":
        return f"{future}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{future}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date an agency writes on its note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.voice == "cnc":
        return dt.datetime(day.year, day.month, day.day)
    if src.voice == "fiec":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _country(
    src: Agency, code: str, role: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, str]:
    """Return (cell, tag) of one country as the agency writes it in a given column."""
    en, fr, es, dem_en, dem_es = _COUNTRY[code]
    r = rng.random()
    if src.voice == "nasc":
        if code == "GBR" and role == "detection_country":
            hotspot = str(ev.get("hotspot") or "")
            region = "Scotland" if hotspot == "Glasgow" else "England"
            return (region, "country_region") if r < 0.65 else ("UK", "country_alias")
        if code == "GBR":
            return choice(rng, ("UK", "United Kingdom", "GB")), "country_alias"
        if role == "nationality":
            if r < 0.75:
                return dem_en, "country_demonym"
            if r < 0.8 and code in _EN_TYPO:
                return _EN_TYPO[code], "country_typo"
            return en, "country_name"
        if r < 0.04 and code in _EN_TYPO:
            return _EN_TYPO[code], "country_typo"
        return en, "country_name"
    if src.voice == "sfece":
        if code == "GBR" and role != "nationality" and r < 0.35:
            return "Angleterre", "country_region"
        if role == "nationality" and r < 0.6:
            return _plain_upper(fr), "country_upper"
        if r < 0.05:
            return fr.upper(), "country_upper"
        return fr, "country_name"
    if src.voice == "cnc":
        if role == "detection_country":
            return (es.upper(), "country_upper") if r < 0.2 else (es, "country_name")
        if r < 0.08 and code in _ES_VARIANT:
            return _ES_VARIANT[code], "country_variant"
        if role == "nationality" and r < 0.18:
            return es.upper(), "country_upper"
        return es, "country_name"
    if src.voice == "fiic":
        if code == "USA":
            return choice(rng, ("EUA", "EUA", "Estados Unidos", "EE. UU.")), "country_alias"
        text, tag = es, "country_name"
        if role == "nationality" and r < 0.55 and dem_es:
            text, tag = dem_es, "country_demonym"
        elif role == "detection_country" and r < 0.2:
            text, tag = es.upper(), "country_upper"
        garbled = mojibake(text) if rng.random() < 0.18 else None
        if garbled is not None:
            return garbled, "mojibake"
        return text, tag
    # fiec: ISO alpha-2 with the EU's own codes; members sometimes type the name
    if role in ("nationality", "origin_country") and r < 0.12:
        return en if code != "USA" else "United States", "country_name"
    return _eu_code(code)


def _eu_code(code: str) -> tuple[str, str]:
    """ISO alpha-2 as the EU institutions write it: ``EL`` for Greece, ``UK``."""
    if code == "GRC":
        return "EL", "eu_code"
    if code == "GBR":
        return "UK", "eu_code"
    return _ALPHA2[code], "country_iso2"


_ALPHA2 = {
    "AFG": "AF",
    "ALB": "AL",
    "AUT": "AT",
    "BGD": "BD",
    "BGR": "BG",
    "BIH": "BA",
    "BLR": "BY",
    "CHN": "CN",
    "CIV": "CI",
    "CMR": "CM",
    "COL": "CO",
    "DEU": "DE",
    "DZA": "DZ",
    "ECU": "EC",
    "EGY": "EG",
    "ERI": "ER",
    "ESP": "ES",
    "FRA": "FR",
    "GBR": "GB",
    "GIN": "GN",
    "GMB": "GM",
    "GRC": "GR",
    "GTM": "GT",
    "HND": "HN",
    "HRV": "HR",
    "HTI": "HT",
    "HUN": "HU",
    "IRN": "IR",
    "IRQ": "IQ",
    "ITA": "IT",
    "LBY": "LY",
    "MAR": "MA",
    "MEX": "MX",
    "MKD": "MK",
    "MLI": "ML",
    "MRT": "MR",
    "NER": "NE",
    "NGA": "NG",
    "PAK": "PK",
    "PAN": "PA",
    "POL": "PL",
    "ROU": "RO",
    "RUS": "RU",
    "SEN": "SN",
    "SRB": "RS",
    "SYR": "SY",
    "TUN": "TN",
    "TUR": "TR",
    "USA": "US",
    "VEN": "VE",
    "VNM": "VN",
    "YEM": "YE",
}

_TRANSIT_SEP = {"nasc": " > ", "sfece": " / ", "cnc": " - ", "fiic": ", "}


def _transit(src: Agency, value: object, ev: dict[str, object], rng: _Rng) -> object:
    """Transit countries in order, with the agency's separator (a JSON list for FIEC)."""
    if value is None:
        return None
    codes = str(value).split("|")
    if src.voice == "fiec":
        return [_eu_code(c)[0] for c in codes]
    names = [_country(src, c, "transit_countries", ev, rng)[0].strip() for c in codes]
    return _TRANSIT_SEP[src.voice].join(names)


def _offences(src: Agency, value: object, voice: _Voice, rng: _Rng) -> object:
    if value is None:
        return None
    words = [choice(rng, voice.offences[k]) for k in str(value).split("|")]
    if src.voice == "fiec":
        return words
    return voice.offence_sep.join(words)


def _persons(
    src: Agency, n: int, voice: _Voice, rng: _Rng, tags: list[str]
) -> tuple[object, object]:
    """Return (cell, expected) of the count of persons."""
    r = rng.random()
    if r < 0.025:
        tags.append("count_placeholder")
        return choice(rng, voice.count_unknown), None
    if src.voice == "fiec":
        return n, n
    if src.voice == "nasc" and n <= 12 and r < 0.08:
        tags.append("count_word")
        return _EN_NUMBERS[n], n
    if n >= 1000 and (src.voice != "cnc" or rng.random() < 0.4):
        thousands, rest = divmod(n, 1000)
        tags.append("thousands")
        if src.voice in ("nasc", "fiic"):
            return f"{thousands},{rest:03d}", n
        if src.voice == "sfece":
            return f"{thousands}{choice(rng, (' ', chr(0xA0)))}{rest:03d}", n
        return f"{thousands}.{rest:03d}", n  # cnc: typed as text, Spanish thousands dot
    return (n if src.format == "xlsx" else str(n)), n


def _suspects(
    src: Agency, n: int | None, voice: _Voice, rng: _Rng, tags: list[str]
) -> tuple[object, object]:
    """Return (cell, expected) of the count of suspects."""
    if n is None:
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, voice.suspects_unknown), None
    if n == 0 and voice.zero and r < 0.5:
        tags.append("zero_word")
        return choice(rng, voice.zero), 0
    if src.format in ("xlsx", "jsonl"):
        return n, n
    return str(n), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (one decimal) as a map app writes them, and its value."""
    a = abs(value)
    deg = int(a)
    minutes_f = (a - deg) * 60
    minutes = int(minutes_f)
    sec = round((minutes_f - minutes) * 60, 1)
    if sec >= 60:
        sec -= 60
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    back = deg + minutes / 60 + sec / 3600
    hemi = pos if value >= 0 else neg
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}", round(back if value >= 0 else -back, 6)


def _coordinates(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    missing = {"nasc": 0.07, "sfece": 0.05, "cnc": 0.05, "fiic": 0.05, "fiec": 0.25}[src.voice]
    if rng.random() < missing:
        tags.append("coords_missing")
        if "coordinates" in src.headers:
            return {"coordinates": None}, None, None
        return {"lat": None, "lon": None}, None, None
    if src.voice == "nasc":
        tags.append("coords_pair")
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.voice == "sfece":
        tags.append("decimal_comma")
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if src.voice == "cnc":
        la, lo = round(lat, 4), round(lon, 4)
        if rng.random() < 0.2:
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if src.voice == "fiic":
        if rng.random() < 0.3:
            tags.append("coords_dms")
            la_s, la = _dms(lat, "N", "S")
            lo_s, lo = _dms(lon, "E", "W")
            return {"coordinates": f"{la_s} {lo_s}"}, la, lo
        tags.append("coords_pair")
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo


def _vocab(src: Agency, words: _Words, value: str, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    text = choice(rng, words[value])
    if src.voice == "fiic":
        garbled = mojibake(text) if rng.random() < 0.08 else None
        if garbled is not None:
            tags.append("mojibake")
            return garbled, value
    if src.voice != "fiec":
        text = _noise(text, rng, tags)
    return text, value


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, messiness tags)."""
    voice = _VOICES[src.voice]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _vocab(src, voice.crime, crime, rng, tags)
    expl = ev.get("exploitation")
    if expl is None:
        cells["exploitation"] = choice(rng, voice.no_exploitation) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"], exp["exploitation"] = _vocab(
            src, voice.exploitation, str(expl), rng, tags
        )

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n_persons, voice, rng, tags)
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        raw = ev.get("n_suspects")
        sus = None if raw is None else int(raw)  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, sus, voice, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        table = (
            voice.gender_one if n_persons == 1 and gender in voice.gender_one else voice.gender_many
        )
        cells["gender"], exp["gender"] = _vocab(src, table, gender, rng, tags)

    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, voice.na_age), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _vocab(src, voice.age, age, rng, tags)

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev.get(col)
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif code is None:
            cells[col] = None
        else:
            text, tag = _country(src, str(code), col, ev, rng)
            if src.format != "jsonl" and tag in ("country_name", "country_demonym"):
                text = _noise(text, rng, tags, rate=0.02)
            cells[col] = text
            tags.append(tag)

    cells["transit_countries"] = _transit(src, ev.get("transit_countries"), ev, rng)
    if ev.get("transit_countries") is not None:
        tags.append("transit_list")

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, voice.na_mode), "unknown"
        tags.append("na_word")
    else:
        words = dict(voice.mode)
        if src.voice == "cnc" and mode == "sea":  # the boats of each Spanish route
            route = str(ev.get("corridor"))
            words["sea"] = {"watl": ("Cayuco",), "wmed": ("Patera", "Neumática")}.get(
                route, voice.mode["sea"]
            )
        if src.voice == "fiic" and mode == "land" and ev.get("corridor") == "darien":
            words["land"] = ("A pie", "Caminando", "Terrestre")
        cells["transport_mode"], exp["transport_mode"] = _vocab(src, words, mode, rng, tags)

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        blank: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        cells.update(blank)
        exp["lat"], exp["lon"] = None, None
    else:
        coords, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(coords)

    cells["linked_offences"] = _offences(src, ev.get("linked_offences"), voice, rng)
    for key, cell in cells.items():  # a CSV holds only what its encoding can
        if isinstance(cell, str) and not fits(cell, src):
            raise ValueError(f"{src.source}: {key} cell {cell!r} does not fit {src.encoding}")
    return cells, exp, tags


#: Which source first reports an event, by its detection country; the compilation
#: (FIEC) reports the rest (Italy, Greece, Croatia, Poland).
_PRIMARY = {
    "GBR": NASC.source,
    "FRA": SFECE.source,
    "ESP": CNC.source,
    "USA": FIIC.source,
    "PAN": FIIC.source,
}
#: Who may report an event a second time: across the Channel, each side's desk hears of
#: the other's cases; FIEC receives some Spanish cases again from its member CNC; the CNC
#: hears of Romanian crews found in Italy that its members employed in Spain before.
_SECONDARY = {
    ("channel", "FRA"): NASC.source,
    ("channel", "GBR"): SFECE.source,
    ("thb_vnm_gbr", "GBR"): SFECE.source,
    ("wmed", "ESP"): FIEC.source,
    ("watl", "ESP"): FIEC.source,
    ("thb_rou_esp", "ESP"): FIEC.source,
    ("thb_rou_esp", "ITA"): CNC.source,
}

#: The variant as the shared machinery runs it.
EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=FIEC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=419_419,
    blank_share=0.5,
)


def make_blind419(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five building-trade compliance desks of ``blind419``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nasc_msl_pe.csv`` (English, UTF-8 with BOM, ``,``),
        ``sfece_conformite_sociale_pe.csv`` (French, cp1252, ``;``),
        ``cnc_cumplimiento_laboral_pe.xlsx`` (Spanish), ``fiic_asuntos_laborales_pe.csv``
        (Spanish, UTF-16, tab) and ``fiec_social_affairs_pe.jsonl`` (English keys,
        UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind419(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nasc_msl_pe.csv', 'sfece_conformite_sociale_pe.csv',
     'cnc_cumplimiento_laboral_pe.xlsx', 'fiic_asuntos_laborales_pe.csv',
     'fiec_social_affairs_pe.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date du constat', 'Qualification des faits']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
