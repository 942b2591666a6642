"""Examiner sample set ``blind413`` (files ``*_oy.*``): five mushroom-sector compliance desks.

The mushroom industry runs on hand pickers, and its labour-compliance and site-security
desks keep their own logs of forced-labour, debt-bondage and smuggling incidents that
touch their labour supply. Five such desks send their logs here, each in its working
language and the way its own tools export:

``monaghan_msl_uk_oy.xlsx``
    Monaghan Mushrooms (UK farms), Ethical Trade & Modern Slavery team. English Excel
    log, real Excel dates with a few typed ones ("17 May 2023", "17/05/2023", "May 2023",
    "Q2 2023"), nationalities as demonyms ("Vietnamese"), routes joined by ``" > "``,
    numeric coordinates, a "Reported via" column. It also collates the European alerts
    (Italy, Greece, Croatia, Poland) that no other desk logs: the compilation source.
``anicc_conformite_sociale_oy.csv``
    ANICC (interprofession du champignon, champignonnières du Saumurois), cellule
    conformité sociale. French, cp1252, ``;``, CRLF; day-first dates, "mai 2023",
    "T2 2023"; unaccented upper-case country names; decimal-comma coordinates; counts
    with non-breaking-space thousands and a few number words; a note row.
``asochamp_cumplimiento_oy.csv``
    ASOCHAMP (champiñón growers of La Rioja, Navarra and Aragón), cumplimiento laboral.
    Spanish, UTF-16 with BOM, tab-delimited (Excel's "Texto Unicode"); day-first dates,
    Excel serials, "05/2023", "2º trimestre 2023"; ``V``/``M`` (varón/mujer);
    decimal-comma coordinates; "1.250" thousands.
``monteblanco_etica_mx_oy.csv``
    Hongos de México (Monteblanco, Estado de México), Ética y Cumplimiento. Mexican
    Spanish, UTF-8, ``,``; ISO and day-first dates, "17-may-2023"; "tráfico de
    personas" (smuggling in Mexican law) beside "trata de personas"; ``H``/``M``
    (hombre/mujer); "NNA" for minors; counts as "12 personas"; rows garbled by an
    earlier cp1252 round trip ("MÃ©xico").
``aprohchi_pa_oy.jsonl``
    Asociación de Productores de Hongos de Chiriquí (Panama), seguridad de fincas.
    JSON lines from a field-survey app: ISO dates and time stamps with the ``-05:00``
    offset, ISO alpha-2 and numeric country codes from the app's pick lists, ODK
    geopoints ("lat lon altitude accuracy"), app re-submissions (exact repeats).

Every cell is written as a careful analyst would read it back: a word that says "not
known" expects nothing (or ``unknown`` in a vocabulary column) and is tagged, a row no
analyst could date or count is a bad row with its quarantine reason.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["DESKS", "EXAMINER", "Desk", "country_cell", "date_cell", "make_blind413"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]

# iso3: (English, French, Spanish, English demonym, Spanish demonym)
_COUNTRY: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afgano"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanés"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "austriaco"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "búlgaro"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnio",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "bielorruso"),
    "CHN": ("China", "Chine", "China", "Chinese", "chino"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian", "marfileño"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerunés"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombiano"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "alemán"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "argelino"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "ecuatoriano"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "egipcio"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "eritreo"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "español"),
    "FRA": ("France", "France", "Francia", "French", "francés"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "británico"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guineano"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambiano"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "griego"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatemalteco"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondureño"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haitiano"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "húngaro"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italiano"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libio"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicano"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonian", ""),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritano"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigerino"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian", "nigeriano"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panameño"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polaco"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "rumano"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "ruso"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "senegalés"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbio"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "sirio"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunecino"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turco"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American", "estadounidense"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "venezolano"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yemení"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2}

#: Spanish month abbreviations as Mexican systems print them ("17-may-2023").
_MES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MES_LARGO = (
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
_MOIS = (
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
_PARTIAL = {"month", "quarter"}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the set: the shared source description plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the desk's words for it (the first is its usual one).
    words : mapping
        The desk's special words: ``unknown`` (a country or category not known),
        ``expl_none`` (exploitation cell of a smuggling case: ``""`` = left blank),
        ``na`` (age or transport not recorded), ``count_unknown``, ``zero`` (no
        suspect), ``direct`` (no transit country: ``""`` = left blank).
    aliases : mapping
        ISO alpha-3 -> other names the desk uses for the country.
    typos : mapping
        ISO alpha-3 -> a misspelling the desk makes.
    country_forms : mapping
        Form of a country cell (``name``, ``upper``, ``plain_upper``, ``lower``,
        ``iso2``, ``iso3``, ``numeric``, ``alias``, ``typo``, ``demonym``) -> weight.
    date_styles : mapping
        Style of a date cell -> weight (partial styles end in ``month`` or ``quarter``).
    transit_sep, offence_sep : str
        Separators of the transit and linked-offence lists.
    coords : str
        How the desk writes a location: ``excel``, ``comma5``, ``comma4``, ``dot6`` or
        ``geopoint``.
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    transport: Words
    offences: Words
    words: Words
    aliases: Words
    typos: Mapping[str, str]
    country_forms: Mapping[str, float]
    date_styles: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    coords: str


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_UK = Desk(
    source="monaghan_msl_uk",
    filename="monaghan_msl_uk_oy.xlsx",
    ref="ETMS-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Log ref",
        "event_date": "Date of incident",
        "place": "Location",
        "detection_country": "Country of incident",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of PVs / migrants",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Adult / child",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route",
        "destination_country": "Intended destination",
        "transport_mode": "Means of travel",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Linked offences",
        "via": "Reported via",
    },
    note="Note: compiled from partner alerts and media; figures provisional",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
        "smuggling": ("People smuggling", "Facilitation of illegal entry", "OIC - smuggling"),
        "both": ("Smuggling + trafficking", "MS/HT and people smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female", "M/F"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Child", "Minor", "U18"),
        "mixed": ("Adults & children", "Mixed"),
    },
    transport={
        "sea": ("Small boat", "Boat", "RIB"),
        "land": ("Lorry", "Vehicle", "On foot", "HGV"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("document fraud", "false ID documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "cannabis cultivation"),
        "cybercrime": ("online fraud",),
        "terrorism": ("terrorism",),
    },
    words={
        "unknown": ("n/k", "Not known", "unknown"),
        "unknown_expl": ("Not known", "n/k"),
        "expl_none": ("", "", "N/A"),
        "na": ("Not recorded", "n/k", ""),
        "count_unknown": ("n/k", "not known"),
        "zero": ("None", "nil"),
        "direct": ("", "Direct"),
    },
    aliases={
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "CHN": ("PRC",),
    },
    typos={
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "SYR": "Syira",
        "ALB": "Albnia",
        "PAK": "Pakistn",
        "BGD": "Bangaldesh",
        "TUN": "Tunisa",
        "EGY": "Eygpt",
        "ROU": "Romainia",
        "NGA": "Nigera",
        "IRQ": "Irak",
    },
    country_forms={"name": 0.72, "iso3": 0.1, "alias": 0.08, "typo": 0.05, "upper": 0.05},
    date_styles={
        "excel": 0.8,
        "long_en": 0.07,
        "dmy": 0.06,
        "en_month": 0.04,
        "q_en_quarter": 0.03,
    },
    transit_sep=" > ",
    offence_sep="; ",
    coords="excel",
)

_FR = Desk(
    source="anicc_conformite_sociale",
    filename="anicc_conformite_sociale_oy.csv",
    ref="CS{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "place": "Lieu",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du tableau de suivi - données provisoires, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=True,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "servitude pour dettes", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "female": ("F", "femmes", "féminin"),
        "male": ("H", "hommes", "masculin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "majeur", "adultes"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "maritime", "embarcation"),
        "land": ("poids lourd", "routier", "véhicule léger", "à pied"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    words={
        "unknown": ("inconnu", "N/C", "non renseigné"),
        "unknown_expl": ("non déterminée", "inconnue"),
        "expl_none": ("", "", "sans objet"),
        "na": ("non renseigné", "N/C", ""),
        "count_unknown": ("N/C", "inconnu"),
        "zero": ("aucun", "néant"),
        "direct": ("", "direct"),
    },
    aliases={
        "GBR": ("Angleterre", "Grande-Bretagne", "R-U"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
        "CIV": ("Cote d'Ivoire",),
        "NGA": ("Nigéria",),
    },
    typos={
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "IRN": "Irn",
        "IRQ": "Iraq",
        "SYR": "Syrei",
        "ALB": "Albanei",
        "MAR": "Marroc",
        "DZA": "Algerie",
        "SEN": "Senegal",
        "VNM": "Viet-nam",
    },
    country_forms={"name": 0.6, "plain_upper": 0.25, "iso2": 0.05, "alias": 0.05, "typo": 0.05},
    date_styles={"dmy": 0.82, "dmy2": 0.06, "fr_month": 0.06, "q_fr_quarter": 0.06},
    transit_sep=" - ",
    offence_sep=", ",
    coords="comma5",
)

_ES = Desk(
    source="asochamp_cumplimiento",
    filename="asochamp_cumplimiento_oy.csv",
    ref="EXP {year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha hechos",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("trata de seres humanos", "TSH", "trata"),
        "smuggling": (
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular",
            "favorecimiento de la inmigración clandestina",
        ),
        "both": ("trata y tráfico", "TSH y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "servidumbre por deudas", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={
        "female": ("mujer", "M", "mujeres"),
        "male": ("varón", "V", "hombres"),
        "mixed": ("ambos sexos", "mixto"),
    },
    age={
        "adult": ("mayores de edad", "adultos"),
        "child": ("menores", "menor de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    transport={
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("terrestre", "vehículo", "camión", "a pie"),
        "air": ("aéreo", "avión"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    words={
        "unknown": ("desconocido", "no consta", "s/d"),
        "unknown_expl": ("no consta", "sin determinar"),
        "expl_none": ("", "", "no procede"),
        "na": ("no consta", ""),
        "count_unknown": ("sin determinar", "s/d"),
        "zero": ("ninguno", "0 (ninguno)"),
        "direct": ("", "directo"),
    },
    aliases={
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "BGD": ("Bangladesh",),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
    },
    typos={
        "MAR": "Marrueco",
        "DZA": "Argelía",
        "SEN": "Senegall",
        "MLI": "Mali",
        "GIN": "Ginea",
        "ROU": "Rumaní",
        "GMB": "Gambía",
        "CIV": "Costa Marfil",
    },
    country_forms={"name": 0.7, "upper": 0.12, "iso2": 0.06, "alias": 0.06, "typo": 0.06},
    date_styles={
        "dmy": 0.68,
        "dmy_dash": 0.1,
        "serial": 0.12,
        "es_num_month": 0.05,
        "q_es_quarter": 0.05,
    },
    transit_sep=", ",
    offence_sep=" y ",
    coords="comma4",
)

_MX = Desk(
    source="monteblanco_etica_mx",
    filename="monteblanco_etica_mx_oy.csv",
    ref="HDM-EC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar sujeta a validación",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "bastantes"),
    repeats=False,
    crime={
        "trafficking": ("trata de personas", "trata"),
        "smuggling": ("tráfico de personas", "tráfico de migrantes", "tráfico de indocumentados"),
        "both": ("trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzado", "explotación laboral"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("tráfico de órganos",),
        "forced_marriage": ("matrimonio forzoso",),
        "other": ("otra",),
    },
    gender={
        "female": ("M", "mujeres", "mujer"),
        "male": ("H", "hombres", "hombre"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    transport={
        "sea": ("marítimo", "lancha"),
        "land": ("terrestre", "a pie", "tractocamión", "caja seca"),
        "air": ("aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("narcomenudeo", "contra la salud"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    words={
        "unknown": ("no especificado", "se desconoce", "N/E"),
        "unknown_expl": ("no especificado",),
        "expl_none": ("", "no aplica"),
        "na": ("no especificado", ""),
        "count_unknown": ("se desconoce", "N/E"),
        "zero": ("ninguno", "sin detenidos"),
        "direct": ("", "directo"),
    },
    aliases={
        "USA": ("EUA", "E.U.A.", "EE. UU."),
        "ROU": ("Rumania",),
        "BGD": ("Bangladesh",),
        "GTM": ("Guate",),
    },
    typos={
        "GTM": "Guatelama",
        "HND": "Hondura",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "MEX": "Mexico",
    },
    country_forms={
        "name": 0.6,
        "demonym": 0.15,
        "upper": 0.08,
        "iso3": 0.05,
        "alias": 0.07,
        "typo": 0.05,
    },
    date_styles={"iso": 0.55, "dmy": 0.3, "mx_abbr": 0.1, "es_month": 0.05},
    transit_sep=" / ",
    offence_sep="; ",
    coords="dot6",
)

_PA = Desk(
    source="aprohchi_pa",
    filename="aprohchi_pa_oy.jsonl",
    ref="APH-{yy:02d}{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_reporte",
        "event_date": "fecha_evento",
        "place": "lugar",
        "detection_country": "pais_deteccion",
        "crime_type": "tipo_caso",
        "exploitation": "fin_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "cantidad_sospechosos",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "transport_mode": "medio_transporte",
        "coordinates": "ubicacion_gps",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="RESUMEN",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    crime={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otras",),
    },
    gender={
        "female": ("femenino",),
        "male": ("masculino",),
        "mixed": ("mixto", "ambos"),
    },
    age={
        "adult": ("adulto",),
        "child": ("menor de edad", "NNA"),
        "mixed": ("mixto",),
    },
    transport={
        "sea": ("lancha", "marítimo"),
        "land": ("a pie", "terrestre", "bus"),
        "air": ("aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    words={
        "unknown": ("no se sabe", "sin dato"),
        "unknown_expl": ("sin dato",),
        "expl_none": ("",),
        "na": ("no aplica", ""),
        "count_unknown": ("sin dato",),
        "zero": (),
        "direct": ("",),
    },
    aliases={"USA": ("EE.UU.", "EUA"), "HTI": ("Haiti",)},
    typos={"VEN": "Venezula", "HTI": "Hatí", "ECU": "Ecudor"},
    country_forms={"name": 0.5, "iso2": 0.3, "numeric": 0.12, "alias": 0.04, "typo": 0.04},
    date_styles={"iso": 0.76, "iso_dt": 0.16, "iso_month": 0.08},
    transit_sep=" - ",
    offence_sep=", ",
    coords="geopoint",
)

#: The five desks, in the order the submissions are returned.
DESKS: tuple[Desk, ...] = (_UK, _FR, _ES, _MX, _PA)

# Places as each language writes the truth's hotspots (the "Location" / "Lieu" / "lugar").
_PLACES: dict[str, dict[str, str]] = {
    "en": {
        "Cetingrad (BIH–HRV border)": "Cetingrad",
        "Bajakovo (SRB–HRV border)": "Bajakovo",
        "Dunkirk/Gravelines": "Gravelines",
    },
    "fr": {
        "Dunkirk/Gravelines": "Dunkerque / Gravelines",
        "Dover": "Douvres",
        "London": "Londres",
        "Almería": "Almería",
    },
    "es": {"Darién gap": "Darién", "Bajo Chiquito": "Bajo Chiquito (Darién)"},
}
_VIA = (
    "GLAA alert",
    "Stronger Together",
    "Police press release",
    "Europol press release",
    "Member farm report",
    "Media",
)
#: Mode words tied to the route (a cayuco on the Atlantic, a small boat in the Channel).
_ROUTE_MODE: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("anicc_conformite_sociale", "channel", "sea"): ("small boat", "embarcation"),
    ("asochamp_cumplimiento", "watl", "sea"): ("cayuco", "embarcación"),
    ("asochamp_cumplimiento", "wmed", "sea"): ("patera", "neumática"),
    ("monaghan_msl_uk", "channel", "sea"): ("Small boat", "RIB"),
    ("monaghan_msl_uk", "cmed", "sea"): ("Boat",),
    ("aprohchi_pa", "darien", "land"): ("a pie", "terrestre"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _variant(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word two times in three, another one otherwise."""
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _plain(text: str) -> str:
    """Drop the accents (``Érythrée`` -> ``Erythree``), as upper-case systems write."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _name(src: Desk, iso: str) -> str:
    name = _COUNTRY[iso][_LANG_COL[src.language]]
    if src.source in ("monteblanco_etica_mx", "aprohchi_pa") and iso == "ROU":
        return "Rumania"  # the Latin American spelling
    return name


def country_cell(src: Desk, iso: str, rng: _Rng, *, nationality: bool = False) -> tuple[str, str]:
    """Write one ISO alpha-3 country the way the desk does; return (cell, form used).

    Parameters
    ----------
    src : Desk
        The desk.
    iso : str
        ISO alpha-3 code of the country.
    rng : numpy.random.Generator
        Generator of the form.
    nationality : bool, default=False
        Whether the cell is a nationality (the UK desk then writes demonyms).

    Returns
    -------
    tuple of str
        The cell and its form (``name``, ``iso2``, ``demonym``, ...).

    Examples
    --------
    >>> cell, form = country_cell(_FR, "ERI", np.random.default_rng(1))
    >>> cell in ("Érythrée", "ERYTHREE", "ER", "Erythrée")
    True
    """
    forms = dict(src.country_forms)
    if not nationality:  # a demonym names a person, not a place
        forms.pop("demonym", None)
    elif src.source == "monaghan_msl_uk":
        forms = {"demonym": 0.45, **{k: v * 0.55 for k, v in forms.items()}}
    form = _draw(rng, forms)
    name = _name(src, iso)
    alpha2, numeric = iso_codes(iso)
    demonym = _COUNTRY[iso][3 if src.language == "en" else 4]
    cell = {
        "name": name,
        "upper": name.upper(),
        "plain_upper": _plain(name).upper(),
        "lower": name.lower(),
        "iso2": alpha2,
        "iso3": iso,
        "numeric": numeric,
        "alias": choice(rng, src.aliases[iso]) if iso in src.aliases else name,
        "typo": src.typos.get(iso, name),
        "demonym": demonym or name,
    }[form]
    if cell == name and form not in ("iso2", "iso3", "numeric"):
        form = "name"
    return cell, form


def _date_style(src: Desk, rng: _Rng, partial_ok: bool) -> str:
    styles = dict(src.date_styles)
    if not partial_ok:
        styles = {k: v for k, v in styles.items() if not k.endswith(("month", "quarter"))}
    return _draw(rng, styles)


def date_cell(src: Desk, ts: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Write a date in one of the desk's styles; return (cell, expected date, precision).

    Parameters
    ----------
    src : Desk
        The desk (its language names the months).
    ts : Timestamp
        The true day.
    style : str
        A key of the desk's ``date_styles``.

    Returns
    -------
    tuple
        The cell (text, or a ``datetime`` for a real Excel date), the date a careful
        analyst reads (first day of a month or quarter) and its precision.

    Examples
    --------
    >>> date_cell(_ES, pd.Timestamp("2023-05-17"), "serial")[0]
    '45063'
    >>> date_cell(_ES, pd.Timestamp("2023-05-17"), "q_es_quarter")[::2]
    ('2º trimestre 2023', 'quarter')
    >>> date_cell(_MX, pd.Timestamp("2023-05-17"), "mx_abbr")[0]
    '17-may-2023'
    """
    m = ts.month - 1
    if style.endswith("month"):
        cell = {
            "en_month": f"{MONTHS[m]} {ts.year}",
            "fr_month": f"{_MOIS[m]} {ts.year}",
            "es_num_month": f"{ts.month:02d}/{ts.year}",
            "es_month": f"{_MES_LARGO[m]} {ts.year}",
            "iso_month": f"{ts.year}-{ts.month:02d}",
        }[style]
        return cell, ts.to_period("M").start_time, "month"
    if style.endswith("quarter"):
        q = ts.quarter
        cell = {
            "q_en_quarter": f"Q{q} {ts.year}",
            "q_fr_quarter": f"T{q} {ts.year}",
            "q_es_quarter": f"{q}º trimestre {ts.year}",
        }[style]
        return cell, ts.to_period("Q").start_time, "quarter"
    day = ts.normalize()
    if style == "excel":
        return day.to_pydatetime(), day, "day"
    if style == "serial":
        return str((day - pd.Timestamp("1899-12-30")).days), day, "day"
    if style == "iso_dt":  # the app's time stamp, local time (UTC-5), in working hours
        hh, mm = 6 + day.day_of_year % 12, (day.day * 7) % 60
        return f"{day:%Y-%m-%d}T{hh:02d}:{mm:02d}:00.000-05:00", day, "day"
    cell = {
        "dmy": f"{day:%d/%m/%Y}",
        "dmy2": f"{day:%d/%m/%y}",
        "dmy_dash": f"{day:%d-%m-%Y}",
        "iso": f"{day:%Y-%m-%d}",
        "long_en": f"{day.day} {MONTHS[m]} {day.year}",
        "mx_abbr": f"{day.day:02d}-{_MES[m]}-{day.year}",
    }[style]
    return cell, day, "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date no analyst can use: blank, impossible (31 April) or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # one key off in the decade: 2023 -> 2033
        day = ts.replace(day=min(ts.day, 28), year=ts.year + 10)
        if src.format == "xlsx":
            return day.to_pydatetime()
        return date_cell(src, day, "iso" if src.format == "jsonl" else "dmy")[0]
    bad_day = 30 if ts.month == 2 else 31 if ts.month in (4, 6, 9, 11) else 32
    if src.format == "jsonl" or src.source == "monteblanco_etica_mx":
        return f"{ts.year}-{ts.month:02d}-{bad_day}"
    return f"{bad_day}/{ts.month:02d}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the extraction date on the desk's note row (a few days after its last row)."""
    day = (last + pd.Timedelta(days=4)).normalize()
    if src.format == "xlsx":
        return day.to_pydatetime()
    return date_cell(src, day, "iso" if src.format == "jsonl" else "dmy")[0]


def _count_cell(src: Desk, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons; return (cell, tag)."""
    if n >= 1000 and src.format != "jsonl" and rng.random() < 0.6:
        hi, lo = divmod(n, 1000)
        sep = {"en": ",", "fr": choice(rng, ("\u00a0", " ")), "es": "."}[src.language]
        if src.source == "monteblanco_etica_mx":
            sep = ","  # Mexico groups thousands with a comma
        return f"{hi}{sep}{lo:03d}", "thousands:n_persons"
    if src.source == "anicc_conformite_sociale" and n <= 12 and rng.random() < 0.08:
        words = (
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
        )
        return words[n - 1], "count_word"
    if src.source == "monteblanco_etica_mx" and rng.random() < 0.1:
        return (f"{n} persona" if n == 1 else f"{n} personas"), "count_with_unit"
    if src.format == "xlsx":
        return n, None
    if src.format == "jsonl":
        return (str(n), "count_as_text") if rng.random() < 0.15 else (n, None)
    return str(n), None


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, forced: bool
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the location; return (cells, expected lat, expected lon, tag)."""
    key = ["coordinates"] if src.coords == "geopoint" else ["lat", "lon"]
    if forced:
        return dict.fromkeys(key), None, None, "blank_coordinates"
    r = rng.random()
    missing = {"excel": 0.05, "comma5": 0.06, "comma4": 0.05, "dot6": 0.08, "geopoint": 0.1}
    if r < missing[src.coords]:
        return dict.fromkeys(key), None, None, "coords_missing"
    if src.coords in ("comma5", "dot6", "geopoint") and r > 0.99:  # GPS not captured
        zero = {"comma5": ("0,00000", "0,00000"), "dot6": ("0", "0")}.get(src.coords)
        cells: dict[str, object] = (
            {"coordinates": "0 0 0 0"} if zero is None else {"lat": zero[0], "lon": zero[1]}
        )
        return cells, None, None, "coords_placeholder"
    if src.coords == "excel":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, None
    if src.coords == "geopoint":
        alt = 20 + 280 * rng.random()
        acc = 3 + 22 * rng.random()
        return {"coordinates": f"{lat:.6f} {lon:.6f} {alt:.1f} {acc:.1f}"}, lat, lon, "geopoint"
    if src.coords == "dot6":
        return {"lat": f"{lat:.6f}", "lon": f"{lon:.6f}"}, lat, lon, None
    digits = 5 if src.coords == "comma5" else 4
    return (
        {
            "lat": f"{lat:.{digits}f}".replace(".", ","),
            "lon": f"{lon:.{digits}f}".replace(".", ","),
        },
        lat,
        lon,
        "decimal_comma",
    )


def _case(text: str, rng: _Rng) -> str:
    """Return ``text`` with a clerk's case or spacing slip."""
    k = int(rng.integers(4))
    return (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text}"
        if k == 2
        else text + "  "
    )


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    words = src.words
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    style = _date_style(src, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = date_cell(src, ts, style)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    elif style in ("serial", "iso_dt", "long_en", "mx_abbr", "dmy2"):
        tags.append(f"date_{style}")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _variant(rng, src.crime[crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, words["expl_none"]) or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, words["unknown_expl"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _variant(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, words["count_unknown"])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count_cell(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    exp["n_suspects"] = k
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and words["zero"] and r < 0.6:
        cells["n_suspects"] = choice(rng, words["zero"])
        tags.append("zero_word")
    elif r > 0.97:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, words["count_unknown"]), None
        tags.append("suspects_placeholder")
    elif r > 0.94:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.03:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, words["unknown"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _variant(rng, src.gender[gender])
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, words["na"]) or None
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
            continue
        forms = _ROUTE_MODE.get((src.source, str(ev["corridor"]), value), table[value])
        cells[col] = _variant(rng, forms) if col == "age_group" else choice(rng, forms)
        exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        exp[col] = iso
        if iso is None:
            cells[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col != "detection_country" and rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, words["unknown"]), None
            tags.append(f"blank_{col}")
            continue
        if col == "detection_country" and iso == "GBR" and src.source == "monaghan_msl_uk":
            if rng.random() < 0.15:  # a UK log names the home nation
                cells[col] = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
                tags.append("home_nation:detection_country")
                continue
        cell, form = country_cell(src, str(iso), rng, nationality=col == "nationality")
        cells[col] = cell
        if form != "name":
            tags.append(f"{form}:{col}")

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = choice(rng, words["direct"]) or None
        if cells["transit_countries"]:
            tags.append("direct_word")
    else:
        parts = []
        for iso in str(transit).split("|"):
            cell, form = country_cell(src, iso, rng)
            parts.append(cell)
            if form in ("typo", "alias", "iso2", "iso3", "numeric"):
                tags.append(f"{form}:transit_countries")
        cells["transit_countries"] = src.transit_sep.join(parts)

    coord_cells, exp["lat"], exp["lon"], tag = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coord_cells)
    if tag:
        tags.append(tag)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        names = [_variant(rng, src.offences[o]) for o in str(offences).split("|")]
        if src.offence_sep == " y " and len(names) > 2:
            cells["linked_offences"] = ", ".join(names[:-1]) + " y " + names[-1]
        else:
            cells["linked_offences"] = src.offence_sep.join(names)

    if "place" in src.headers:
        hotspot = str(ev["hotspot"])
        cells["place"] = _PLACES[src.language].get(hotspot, hotspot)
    if "via" in src.headers:
        cells["via"] = choice(rng, _VIA)

    for col in ("crime_type", "gender", "nationality", "origin_country", "transport_mode"):
        written = cells.get(col)
        if isinstance(written, str) and len(written) > 2 and rng.random() < 0.04:
            cells[col] = _case(written, rng)
            tags.append(f"case:{col}")

    if src.source == "monteblanco_etica_mx" and rng.random() < 0.07:
        garbled = False
        for col, written in list(cells.items()):  # the row went through cp1252 and back
            bad = mojibake(written) if isinstance(written, str) else None
            if bad is not None:
                cells[col], garbled = bad, True
        if garbled:
            tags.append("mojibake")

    for col, written in list(cells.items()):
        if isinstance(written, str) and not fits(written, src):
            cells[col] = _plain(written)
    return cells, exp, tags


#: The variant: which desk reports which event first, and which one reports it again.
EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary={
        "GBR": "monaghan_msl_uk",
        "FRA": "anicc_conformite_sociale",
        "ESP": "asochamp_cumplimiento",
        "USA": "monteblanco_etica_mx",
        "PAN": "aprohchi_pa",
    },
    compilation="monaghan_msl_uk",
    secondary={
        ("channel", "FRA"): "monaghan_msl_uk",
        ("channel", "GBR"): "anicc_conformite_sociale",
        ("thb_vnm_gbr", "GBR"): "anicc_conformite_sociale",
        ("wmed", "ESP"): "anicc_conformite_sociale",
        ("watl", "ESP"): "anicc_conformite_sociale",
        ("thb_rou_esp", "ITA"): "asochamp_cumplimiento",
        ("darien", "PAN"): "monteblanco_etica_mx",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=413_2413,
    blank_share=0.3,
)


def make_blind413(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five mushroom-sector desks of ``blind413`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``monaghan_msl_uk_oy.xlsx`` (English), ``anicc_conformite_sociale_oy.csv``
        (French, cp1252, ``;``), ``asochamp_cumplimiento_oy.csv`` (Spanish, UTF-16,
        tab), ``monteblanco_etica_mx_oy.csv`` (Mexican Spanish, UTF-8, ``,``) and
        ``aprohchi_pa_oy.jsonl`` (Panamanian Spanish), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind413(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['monaghan_msl_uk_oy.xlsx', 'anicc_conformite_sociale_oy.csv',
     'asochamp_cumplimiento_oy.csv', 'monteblanco_etica_mx_oy.csv', 'aprohchi_pa_oy.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Lieu']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
