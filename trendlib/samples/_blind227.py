"""The examiner's held-out sample set ``blind227`` (files ``*_hu.*``).

Five agencies that work on the entertainment, modelling and nightlife side of trafficking
(vice squads, labour inspectors, a women's institute, an international police desk) write
the true events the way their own exports look:

``brp_prefecture_police_hu.csv``
    Préfecture de police (Paris), Brigade de répression du proxénétisme: the vice squad's
    procedure register. French, cp1252, ``;``, CRLF; day-first dates (``17/05/2023``,
    ``17/05/23``, ``1er mai 2023``), ``mai 2023`` and ``T2 2023`` when only the month or
    quarter is known; nationalities as French demonyms (feminine for women); some country
    cells pasted from a UTF-8 web form and garbled (``Ã‰rythrÃ©e``); counts with a
    no-break space as thousands separator or in words. First reports France; second reports
    of the Nigerian sexual-exploitation cases found in Italy (the same networks work Paris).
``eas_inspectorate_uk_hu.xlsx``
    Employment Agency Standards Inspectorate (UK): its case spreadsheet of entertainment,
    modelling and other agencies. English; real Excel dates mixed with typed ones
    (``17/05/2023``, ``17 May 2023``, ``May 2023``, ``Q2 2023``); English demonyms and
    aliases (``UK``, ``Vietnam``); the route as ``China > Russia > Poland``; latitude and
    longitude typed in one cell. First reports the United Kingdom; re-sent rows repeated.
``emume_guardia_civil_hu.csv``
    Guardia Civil, Equipos Mujer-Menor (EMUME): the teams that inspect hostess clubs and
    screen arrivals for women and minors at risk. Spanish, UTF-8 with BOM, ``;``; dates
    ``17/05/2023`` or ``7/5/2023``, ``mayo de 2023``, ``2º trimestre 2023``; decimal
    commas, sea positions in degrees and decimal minutes (``28º 06,1' N``); Spanish
    thousands dot (``1.250``); Spanish demonyms. First reports Spain; second reports of the
    Romanian cases found in Italy.
``inamu_panama_hu.csv``
    Instituto Nacional de la Mujer (Panama): the care records kept at the migrant reception
    stations of Darién. Spanish, UTF-16 tab-separated ("Unicode text" saved from Excel);
    dates ``17/05/2023`` or Excel serial numbers where the column was left as "General",
    ``mayo/2023``, ``II trimestre 2023``; capitals; ``NNA`` for minors; ``1,250``. No count
    of suspects and no position. First reports Panama; re-sent rows repeated.
``ocn_interpol_mexico_hu.jsonl``
    Oficina Central Nacional INTERPOL México: the desk's export of the cases and diffusions
    it exchanges with other bureaux. Spanish (Mexico) keys, JSON lines; ISO dates and
    timestamps, ``2023-05``, ``2023-T2``; ISO alpha-3, alpha-2 and numeric country codes;
    ``H``/``M`` (hombre/mujer) for sex; ``tráfico de personas`` for smuggling. Reports
    every event no other agency reports first, and second reports of the Darién groups
    bound for Mexico.

Each cell is written so that a careful analyst reads exactly the expected value; where a
cell says the value is not known, the truth expects nothing (or ``unknown``) and the row's
messiness tags say so. Built on :func:`trendlib.samples._examiner.make_examined`.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "Agency", "make_blind227"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

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
_ROMAN = ("I", "II", "III", "IV")

# --------------------------------------------------------------------------------------
# Country wording of this set: aliases and demonyms (the names themselves are the
# shared table's English, French and Spanish names).
# --------------------------------------------------------------------------------------
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain", "U.K."),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
        "GMB": ("The Gambia",),
        "RUS": ("Russian Federation",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA", "Etats-Unis"),
        "VNM": ("Vietnam", "Viet-Nam"),
        "CIV": ("Côte-d'Ivoire", "RCI"),
        "GIN": ("Guinée-Conakry",),
        "DEU": ("Rép. fédérale d'Allemagne",),
        "TUR": ("Turquie (Türkiye)",),
        "NGA": ("Nigeria",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "GBR": ("R. Unido", "Gran Bretaña", "Inglaterra"),
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "CIV": ("Côte d'Ivoire",),
        "CHN": ("Rep. Popular China",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "MEX": ("Méjico",),
        "MAR": ("Reino de Marruecos",),
    },
}

# iso3 -> (masculine, feminine) demonyms
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "AFG": ("afghan", "afghane"),
        "ALB": ("albanais", "albanaise"),
        "BGD": ("bangladais", "bangladaise"),
        "CHN": ("chinois", "chinoise"),
        "CIV": ("ivoirien", "ivoirienne"),
        "CMR": ("camerounais", "camerounaise"),
        "COL": ("colombien", "colombienne"),
        "DZA": ("algérien", "algérienne"),
        "ECU": ("équatorien", "équatorienne"),
        "EGY": ("égyptien", "égyptienne"),
        "ERI": ("érythréen", "érythréenne"),
        "GIN": ("guinéen", "guinéenne"),
        "GMB": ("gambien", "gambienne"),
        "GTM": ("guatémaltèque", "guatémaltèque"),
        "HND": ("hondurien", "hondurienne"),
        "HTI": ("haïtien", "haïtienne"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "MAR": ("marocain", "marocaine"),
        "MEX": ("mexicain", "mexicaine"),
        "MLI": ("malien", "malienne"),
        "NGA": ("nigérian", "nigériane"),
        "PAK": ("pakistanais", "pakistanaise"),
        "ROU": ("roumain", "roumaine"),
        "SEN": ("sénégalais", "sénégalaise"),
        "SYR": ("syrien", "syrienne"),
        "TUN": ("tunisien", "tunisienne"),
        "TUR": ("turc", "turque"),
        "VEN": ("vénézuélien", "vénézuélienne"),
        "VNM": ("vietnamien", "vietnamienne"),
        "YEM": ("yéménite", "yéménite"),
    },
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "ALB": ("Albanian", "Albanian"),
        "BGD": ("Bangladeshi", "Bangladeshi"),
        "CHN": ("Chinese", "Chinese"),
        "CIV": ("Ivorian", "Ivorian"),
        "CMR": ("Cameroonian", "Cameroonian"),
        "COL": ("Colombian", "Colombian"),
        "DZA": ("Algerian", "Algerian"),
        "ECU": ("Ecuadorian", "Ecuadorian"),
        "EGY": ("Egyptian", "Egyptian"),
        "ERI": ("Eritrean", "Eritrean"),
        "GIN": ("Guinean", "Guinean"),
        "GMB": ("Gambian", "Gambian"),
        "GTM": ("Guatemalan", "Guatemalan"),
        "HND": ("Honduran", "Honduran"),
        "HTI": ("Haitian", "Haitian"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "MAR": ("Moroccan", "Moroccan"),
        "MEX": ("Mexican", "Mexican"),
        "MLI": ("Malian", "Malian"),
        "NGA": ("Nigerian", "Nigerian"),
        "PAK": ("Pakistani", "Pakistani"),
        "ROU": ("Romanian", "Romanian"),
        "SEN": ("Senegalese", "Senegalese"),
        "SYR": ("Syrian", "Syrian"),
        "TUN": ("Tunisian", "Tunisian"),
        "TUR": ("Turkish", "Turkish"),
        "VEN": ("Venezuelan", "Venezuelan"),
        "VNM": ("Vietnamese", "Vietnamese"),
        "YEM": ("Yemeni", "Yemeni"),
    },
    "es": {
        "AFG": ("afgano", "afgana"),
        "ALB": ("albanés", "albanesa"),
        "BGD": ("bangladesí", "bangladesí"),
        "CHN": ("chino", "china"),
        "CIV": ("marfileño", "marfileña"),
        "CMR": ("camerunés", "camerunesa"),
        "COL": ("colombiano", "colombiana"),
        "DZA": ("argelino", "argelina"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "EGY": ("egipcio", "egipcia"),
        "ERI": ("eritreo", "eritrea"),
        "GIN": ("guineano", "guineana"),
        "GMB": ("gambiano", "gambiana"),
        "GTM": ("guatemalteco", "guatemalteca"),
        "HND": ("hondureño", "hondureña"),
        "HTI": ("haitiano", "haitiana"),
        "IRN": ("iraní", "iraní"),
        "IRQ": ("iraquí", "iraquí"),
        "MAR": ("marroquí", "marroquí"),
        "MEX": ("mexicano", "mexicana"),
        "MLI": ("maliense", "maliense"),
        "NGA": ("nigeriano", "nigeriana"),
        "PAK": ("pakistaní", "pakistaní"),
        "ROU": ("rumano", "rumana"),
        "SEN": ("senegalés", "senegalesa"),
        "SYR": ("sirio", "siria"),
        "TUN": ("tunecino", "tunecina"),
        "TUR": ("turco", "turca"),
        "VEN": ("venezolano", "venezolana"),
        "VNM": ("vietnamita", "vietnamita"),
        "YEM": ("yemení", "yemení"),
    },
}

_NUMBERS = {
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "en": ("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "es": (
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
    ),
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording.

    Attributes
    ----------
    style : str
        Key of the agency's way of writing dates, countries and positions
        (``"brp"``, ``"eas"``, ``"emume"``, ``"inamu"``, ``"ocn"``).
    crime : dict
        Crime type of the design -> the agency's words for it.
    exploitation : dict
        Form of exploitation -> the agency's words (venue or sector notes included).
    not_applicable : tuple of str
        What it writes as exploitation of a smuggling case (``""`` = blank).
    not_known : tuple of str
        What it writes when a category is not known.
    gender, age, mode : dict
        Design word -> the agency's words; ``mode`` keys may be ``"sea:watl"`` (a mode on
        one corridor) before the plain mode.
    offences : dict
        Linked offence -> the agency's word.
    offence_sep, transit_sep : str
        Separators of its offence and transit lists.
    count_unknown : tuple of str
        Count cells saying the number is not known.
    zero : tuple of str
        Words it writes for no suspect.
    thousands : str
        Its thousands separator (``""``: numbers stay plain).
    """

    style: str
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    not_applicable: tuple[str, ...]
    not_known: tuple[str, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    thousands: str


_BRP = Agency(
    source="brp_prefecture_police",
    filename="brp_prefecture_police_hu.csv",
    ref="{year}/{seq:05d}/BRP",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes/personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode d'acheminement",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire - données non consolidées, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "nombreuses", "quelques"),
    repeats=False,
    style="brp",
    crime={
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "Traite des êtres humains",
        ),
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers",
            "Aide à l'entrée irrégulière",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": (
            "Exploitation sexuelle",
            "Prostitution (bar à hôtesses)",
            "Prostitution (salon de massage)",
            "Prostitution (annonces en ligne)",
        ),
        "forced_labour": ("Travail forcé", "Exploitation par le travail (restauration)"),
        "forced_criminality": ("Contrainte à commettre des délits", "Contrainte à délinquer"),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
    },
    not_applicable=("", "", "Sans objet"),
    not_known=("Non déterminée", "N.C."),
    gender={
        "female": ("F", "Femmes", "Féminin"),
        "male": ("H", "Hommes", "Masculin"),
        "mixed": ("Mixte", "H et F"),
    },
    age={
        "adult": ("Majeurs", "Majeur(e)s"),
        "child": ("Mineurs", "Mineur(e)s"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    mode={
        "sea": ("Embarcation", "Voie maritime", "Small boat"),
        "land": ("Poids lourd", "Voie terrestre", "Véhicule"),
        "air": ("Voie aérienne", "Avion"),
    },
    offences={
        "document_fraud": ("faux documents",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    transit_sep=", ",
    count_unknown=("N.C.", "inconnu"),
    zero=("aucun", "néant"),
    thousands="\u00a0",
)

_EAS = Agency(
    source="eas_inspectorate_uk",
    filename="eas_inspectorate_uk_hu.xlsx",
    ref="EAS-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of visit / detection",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of workers/persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Detected in",
        "transit_countries": "Route (transit)",
        "transport_mode": "Travel method",
        "coordinates": "Lat/Long",
        "linked_offences": "Other offences",
    },
    note="Provisional data - subject to change, not for onward disclosure",
    total="Total",
    bad_count=("several", "multiple", "a few"),
    repeats=True,
    style="eas",
    crime={
        "trafficking": ("Modern slavery (MSHT)", "MSHT", "Modern slavery"),
        "smuggling": (
            "Facilitation (s.25 Immigration Act 1971)",
            "OIC - facilitation",
            "Facilitation",
        ),
        "both": ("MSHT & facilitation", "MSHT + OIC"),
    },
    exploitation={
        "sexual": (
            "Sexual exploitation",
            "Sexual - adult entertainment",
            "Sexual - webcam studio",
        ),
        "forced_labour": (
            "Labour exploitation",
            "Labour exploitation - nail bar",
            "Labour exploitation - hospitality",
        ),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation - cannabis cultivation",
        ),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    not_applicable=("", "N/A", "n/a"),
    not_known=("Not known", "Not recorded"),
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "M/F")},
    age={
        "adult": ("Adult", "18+"),
        "child": ("Under 18", "Child"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={
        "sea": ("Small boat", "Sea"),
        "land": ("Lorry/HGV", "Vehicle", "Coach"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    count_unknown=("Not known", "n/k"),
    zero=("none", "nil"),
    thousands=",",
)

_EMUME = Agency(
    source="emume_guardia_civil",
    filename="emume_guardia_civil_hu.csv",
    ref="AT-{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    style="emume",
    crime={
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "TSH",
        ),
        "smuggling": (
            "Favorecimiento inmigración irregular (art. 318 bis CP)",
            "Contra derechos ciudadanos extranjeros (318 bis)",
            "Inmigración ilegal",
        ),
        "both": ("Trata + 318 bis", "Trata y favorecimiento inmigración irregular"),
    },
    exploitation={
        "sexual": (
            "Explotación sexual",
            "Sexual (club de alterne)",
            "Sexual (piso)",
            "Sexual (club de carretera)",
        ),
        "forced_labour": ("Laboral", "Explotación laboral (agrícola)", "Explotación laboral"),
        "forced_criminality": ("Comisión de delitos", "Actividades delictivas"),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras",),
    },
    not_applicable=("", "No procede"),
    not_known=("Sin determinar", "No consta"),
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Hombres", "Varón"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Mayores y menores", "Mixto"),
    },
    mode={
        "sea:watl": ("Cayuco", "Embarcación (cayuco)", "Marítimo"),
        "sea:wmed": ("Patera", "Neumática", "Marítimo"),
        "sea": ("Embarcación", "Marítimo"),
        "land": ("Terrestre", "Vehículo", "A pie"),
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
    transit_sep=" - ",
    count_unknown=("s/d", "Desconocido"),
    zero=("ninguno", "0 (ninguno)"),
    thousands=".",
)

_INAMU = Agency(
    source="inamu_panama",
    filename="inamu_panama_hu.csv",
    ref="INAMU-DAR-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código de caso",
        "event_date": "Fecha de atención",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
    },
    note="Fuente: registros administrativos INAMU - cifras preliminares",
    total="Total general",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    style="inamu",
    crime={
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TRÁFICO"),
        "both": ("Trata y tráfico", "Trata / tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Explotación sexual (bar/cantina)"),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otro",),
    },
    not_applicable=("N/A", "", "No aplica"),
    not_known=("No determinado", "No registrado"),
    gender={
        "female": ("Femenino", "FEMENINO"),
        "male": ("Masculino", "MASCULINO"),
        "mixed": ("Mixto", "Ambos"),
    },
    age={"adult": ("Adultos", "Adulto"), "child": ("NNA", "Menores"), "mixed": ("Adultos y NNA",)},
    mode={
        "land": ("Terrestre", "A pie (selva)", "A pie"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={},
    offence_sep=", ",
    transit_sep=" / ",
    count_unknown=("N/D", "sin dato"),
    zero=(),
    thousands=",",
)

_OCN = Agency(
    source="ocn_interpol_mexico",
    filename="ocn_interpol_mexico_hu.jsonl",
    ref="OCN-MEX/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "VARIOS", "grupo"),
    repeats=False,
    style="ocn",
    crime={
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Explotación sexual (table dance)"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzoso",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
    },
    not_applicable=("",),
    not_known=("No especificada", "Sin dato"),
    gender={"female": ("Mujer", "M"), "male": ("Hombre", "H"), "mixed": ("Mixto",)},
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores de edad", "NNA"),
        "mixed": ("Mixto",),
    },
    mode={
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Tractocamión", "A pie"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("delitos contra la salud",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep="-",
    count_unknown=("sin dato", "SD"),
    zero=("ninguno",),
    thousands="",
)

#: The five agencies, in the order :func:`make_blind227` returns their submissions.
AGENCIES: tuple[Agency, ...] = (_BRP, _EAS, _EMUME, _INAMU, _OCN)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _typo(text: str) -> str | None:
    """Return a clerk's slip: accents dropped, else two middle letters swapped (or None)."""
    plain = _strip_accents(text)
    if plain != text:
        return plain
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: Agency, iso: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Write one ISO alpha-3 country the agency's way; tag what is visible."""
    lang = src.language
    name = _name(iso, lang)
    aliases = _ALIASES.get(lang, {}).get(iso, ())
    r = rng.random()
    out, tag = name, ""
    if src.style == "ocn":
        alpha2, numeric = iso_codes(iso)
        if r < 0.6:
            out, tag = iso, "iso3"
        elif r < 0.75:
            out, tag = alpha2, "iso2"
        elif r < 0.85:
            out, tag = numeric, "numeric"
        elif r < 0.93:
            out, tag = name.upper(), "case"
    elif src.style == "brp":
        if r < 0.15:
            out, tag = name.upper(), "case"
        elif r < 0.23 and aliases:
            out, tag = choice(rng, aliases), "alias"
        elif r < 0.38 and mojibake(name) is not None:
            out, tag = str(mojibake(name)), "mojibake"
        elif r < 0.43 and _typo(name) is not None:
            out, tag = str(_typo(name)), "typo"
    elif src.style == "eas":
        if r < 0.18 and aliases:
            out, tag = choice(rng, aliases), "alias"
        elif r < 0.24:
            out, tag = name.upper(), "case"
        elif r < 0.28:
            out, tag = f" {name}  ", "case"
        elif r < 0.33 and _typo(name) is not None:
            out, tag = str(_typo(name)), "typo"
    elif src.style == "emume":
        if r < 0.2:
            out, tag = name.upper(), "case"
        elif r < 0.28 and aliases:
            out, tag = choice(rng, aliases), "alias"
        elif r < 0.34:
            out, tag = iso, "iso3"
        elif r < 0.4 and _typo(name) is not None:
            out, tag = str(_typo(name)), "typo"
    else:  # inamu: capitals, as typed in the station's register
        if r < 0.5:
            out, tag = name.upper(), "case"
        elif r < 0.58 and aliases:
            out, tag = choice(rng, aliases).upper(), "alias"
        elif r < 0.66 and _typo(name) is not None:
            out, tag = str(_typo(name)).upper(), "typo"
    if not fits(out, src):
        out, tag = _strip_accents(out), tag or "typo"
    if tag:
        tags.append(f"{tag}:{col}")
    return out


def _nationality(src: Agency, iso: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality: a demonym (feminine for women) or a country as the agency does."""
    demonyms = _DEMONYMS.get(src.language, {})
    if src.style == "ocn" or iso not in demonyms or rng.random() < 0.2:
        return _country(src, iso, rng, "nationality", tags)
    masc, fem = demonyms[iso]
    word = fem if gender == "female" else masc
    tags.append("demonym:nationality")
    garbled = mojibake(word)
    if src.style == "inamu":
        word = word.upper()
    elif src.style == "brp" and garbled is not None and rng.random() < 0.15:
        word = garbled  # typed into the same UTF-8 web form as the country cells
        tags.append("mojibake:nationality")
    elif src.style in ("eas", "emume") and rng.random() < 0.1:
        word = word.upper()
        tags.append("case:nationality")
    return word if fits(word, src) else _strip_accents(word)


def _word(src: Agency, words: tuple[str, ...], rng: _Rng, col: str, tags: list[str]) -> str:
    """Pick the agency's word (the usual one most often); sometimes change its case."""
    word = words[0] if rng.random() < 0.6 or len(words) == 1 else choice(rng, words[1:])
    r = rng.random()
    if r < 0.05:
        tags.append(f"case:{col}")
        word = word.upper() if r < 0.03 else f"{word} "
    return word


def _mode_words(src: Agency, mode: str, corridor: str) -> tuple[str, ...]:
    return src.mode.get(f"{mode}:{corridor}") or src.mode[mode]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _serial(ts: pd.Timestamp) -> str:
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _day_cell(src: Agency, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date the agency's way."""
    r = rng.random()
    if src.style == "brp":
        if r < 0.8:
            return ts.strftime("%d/%m/%Y")
        if r < 0.9:
            tags.append("short_year")
            return ts.strftime("%d/%m/%y")
        tags.append("long_date")
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src.style == "eas":
        if r < 0.75:
            return ts.to_pydatetime()
        if r < 0.9:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y")
        tags.append("long_date")
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
    if src.style == "emume":
        if r < 0.85:
            return ts.strftime("%d/%m/%Y")
        tags.append("unpadded_date")
        return f"{ts.day}/{ts.month}/{ts.year}"
    if src.style == "inamu":
        if r < 0.7:
            return ts.strftime("%d/%m/%Y")
        tags.append("excel_serial")
        return _serial(ts)
    if r < 0.7:
        return ts.strftime("%Y-%m-%d")
    if r < 0.9:
        tags.append("iso_datetime")
        hour, minute = (ts.day * 7 + ts.month) % 24, (ts.day * 13) % 60
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00"
    tags.append("slash_ymd")
    return ts.strftime("%Y/%m/%d")


def _partial_cell(src: Agency, ts: pd.Timestamp, quarter: bool) -> str:
    """Write only the month or the quarter of a date, the agency's way."""
    q, m = ts.quarter, ts.month - 1
    if src.style == "brp":
        return f"T{q} {ts.year}" if quarter else f"{_MONTHS_FR[m]} {ts.year}"
    if src.style == "eas":
        return f"Q{q} {ts.year}" if quarter else f"{_MONTHS_EN[m]} {ts.year}"
    if src.style == "emume":
        return f"{q}º trimestre {ts.year}" if quarter else f"{_MONTHS_ES[m]} de {ts.year}"
    if src.style == "inamu":
        return f"{_ROMAN[q - 1]} trimestre {ts.year}" if quarter else f"{_MONTHS_ES[m]}/{ts.year}"
    return f"{ts.year}-T{q}" if quarter else ts.strftime("%Y-%m")


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    if partial_ok and r < 0.04:
        tags.append("partial_date")
        return _partial_cell(src, ts, False), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.07:
        tags.append("partial_date")
        return _partial_cell(src, ts, True), ts.to_period("Q").start_time, "quarter"
    return _day_cell(src, ts, rng, tags), ts.normalize(), "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible, or typed in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        month = choice(rng, ("02",)) if day == "30" else choice(rng, ("02", "04", "06", "09"))
        if src.style == "ocn":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    # future: the third digit of the year mistyped (2021 -> 2031)
    future = ts.replace(year=ts.year + 10)
    if src.style == "eas":
        return future.to_pydatetime()
    if src.style == "ocn":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the extraction date of the agency's note row."""
    when = last + pd.Timedelta(days=9)
    if src.style == "eas":
        return when.to_pydatetime()
    if src.style == "ocn":
        return when.strftime("%Y-%m-%d")
    return when.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and positions
# --------------------------------------------------------------------------------------
def _plain_count(src: Agency, n: int) -> object:
    return n if src.format in ("xlsx", "jsonl") else str(n)


def _persons(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; a 'not known' word expects no count."""
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        return choice(rng, src.count_unknown), None
    if n >= 1000 and src.thousands and r < 0.75:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", n
    if 1 < n <= 10 and r > 0.95 and src.style in ("brp", "emume", "eas"):
        tags.append("count_word")
        return _NUMBERS[src.language][n], n
    return _plain_count(src, n), n


def _suspects(
    src: Agency, n: int, rng: _Rng, forced: bool, tags: list[str]
) -> tuple[object, int | None]:
    """Write the count of suspects: blank, 'not known', a word for none, or the number."""
    if "n_suspects" not in src.headers:
        tags.append("blank_n_suspects")  # the agency does not count suspects
        return None, None
    if forced:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.05:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_unknown), None
    if n == 0 and src.zero and r < 0.45:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    if 1 < n <= 10 and r > 0.95 and src.style in ("brp", "emume"):
        tags.append("count_word")
        return _NUMBERS[src.language][n], n
    return _plain_count(src, n), n


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma (``28º 06,1' N``) and its value."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 1)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{deg:0{width}d}º {minutes:04.1f}' {hemi}".replace(".", ",")
    back = round(deg + minutes / 60, 5)
    return text, back if value >= 0 else -back


def _position(
    src: Agency, ev: dict[str, object], rng: _Rng, forced: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the position (cells, expected lat, expected lon)."""
    has = "lat" in src.headers or "coordinates" in src.headers
    if not has:
        tags.append("coords_missing")
        return {}, None, None
    if forced:
        tags.append("blank_coordinates")
        return {}, None, None
    if rng.random() < 0.06:
        tags.append("coords_missing")
        return {}, None, None
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if src.style == "eas":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la}, {lo}"}, la, lo
    if src.style == "ocn":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    # emume: sea positions as a boat crew reads them, land ones in decimal degrees
    if ev["transport_mode"] == "sea" and rng.random() < 0.6:
        t_lat, la = _ddm(lat, "N", "S", 2)
        t_lon, lo = _ddm(lon, "E", "W", 3)
        tags.append("coords_ddm")
        return {"lat": t_lat, "lon": t_lon}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    tags.append("decimal_comma:coordinates")
    return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo


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
    """Write one true event the agency's way: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    has = src.headers
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime[crime], rng, "crime_type", tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        word = choice(rng, src.not_applicable)
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.not_known)
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _word(src, src.exploitation[str(expl)], rng, "exploitation", tags)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    suspects = int(ev["n_suspects"] or 0)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, suspects, rng, forced_blank == "n_suspects", tags
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.not_known)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, src.gender[gender], rng, "gender", tags)
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, src.not_known)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            words = _mode_words(src, value, corridor) if col == "transport_mode" else table[value]
            cells[col] = _word(src, words, rng, col, tags)
            exp[col] = value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None or rng.random() < 0.02:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, str(nat), gender, rng, tags)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country"):
        where = ev[col]
        if col not in has or where is None:
            exp[col] = None
        elif rng.random() < 0.03:
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            cells[col] = _country(src, str(where), rng, col, tags)
            exp[col] = str(where)

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, "detection_country", tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if "transit_countries" not in has or transit is None:
        exp["transit_countries"] = None
    else:
        parts = [_country(src, c, rng, "transit_countries", tags) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)
        if len(parts) > 1:
            tags.append("transit_list")

    place, exp["lat"], exp["lon"] = _position(src, ev, rng, forced_blank == "coordinates", tags)
    cells.update(place)

    offences = ev["linked_offences"]
    if "linked_offences" not in has or offences is None:
        exp["linked_offences"] = None
    else:
        named = [src.offences[o][0] for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(named)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "FRA": _BRP.source,
        "GBR": _EAS.source,
        "ESP": _EMUME.source,
        "PAN": _INAMU.source,
    },
    compilation=_OCN.source,
    secondary={
        ("thb_nga_ita", "ITA"): _BRP.source,
        ("thb_rou_esp", "ITA"): _EMUME.source,
        ("darien", "PAN"): _OCN.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=227,
    blank_share=0.3,
)


def make_blind227(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of ``blind227`` would (files ``*_hu.*``).

    The Paris vice squad (French, cp1252, ``;``) first reports the events found in France,
    the UK Employment Agency Standards Inspectorate (English, XLSX) those in the United
    Kingdom, the Guardia Civil's EMUME teams (Spanish, UTF-8 with BOM, ``;``) those in
    Spain, Panama's Instituto Nacional de la Mujer (Spanish, UTF-16, tab) those in Panama,
    and INTERPOL's bureau in Mexico City (Spanish keys, JSON lines) every other event. The
    vice squad reports again some Nigerian cases found in Italy, EMUME some Romanian cases
    found in Italy, and the Mexico bureau some Darién groups (cross-source duplicates).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`AGENCIES`, in that order, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind227(make_truth(seed=5, n_events=300), seed=5)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['brp_prefecture_police_hu.csv', 'eas_inspectorate_uk_hu.xlsx',
     'emume_guardia_civil_hu.csv', 'inamu_panama_hu.csv', 'ocn_interpol_mexico_hu.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° procédure', 'Date des faits', 'Qualification retenue']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
