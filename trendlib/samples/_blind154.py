"""Examiner sample set ``blind154`` (files ``*_ez.*``): eastern Mediterranean desks.

Five agencies, none used by an earlier sample set, each writing in its own working
language and with its own tools:

``elas_ddas_ez.xlsx``
    Hellenic Police Headquarters, Directorate of International Police Cooperation
    (Athens), bilateral liaison desk. English, Excel workbook. First reports the events
    detected in Greece (Lesvos, Samos, Evros) and, through the Balkan-route exchange, in
    Croatia. Real Excel dates mixed with day-first text dates, demonyms for nationality
    ("Afghan"), "UAM" for unaccompanied minors, "BiH" and "N. Macedonia" in the transit
    route, "nil" for no arrests, coordinates as numbers or as text with a Greek decimal
    comma.
``libya_ago_liaison_ez.csv``
    Libyan Attorney General's Office, international cooperation desk working with the
    Italian prosecutors (Rome). English with Arabic words in some headers, saved by Excel
    as "Unicode text": UTF-16 with a byte-order mark, tab-delimited. First reports the
    events detected in Italy; re-sends a few rows (exact repeats). Year-first dates
    (``2023/05/17``, the order of Arabic documents) beside day-first ones, passport
    (ISO alpha-3) codes for nationality, "17 May 2023", a few counts in Eastern Arabic
    digits, maritime positions in degrees and decimal minutes.
``servimedia_ez.csv``
    Servimedia news agency (Madrid), press log of the migration desk. Spanish, Windows
    Excel CSV: cp1252, ``;``. First reports the events detected in Spain and reports
    again some central Mediterranean landings in Italy. Gentilicios ("marroquí"),
    "subsahariano" (no nationality can be read from it), "MENA", "cayuco", "salto de
    valla", small counts in words, ``1.250`` for a thousand and more, long Spanish dates
    and month-only dates, transit lists ending in " y ", and cells pasted from a
    mis-decoded wire feed (mojibake: "MalÃ­").
``ocha_rolac_ez.csv``
    UN OCHA Regional Office for Latin America and the Caribbean (Panama City), shared
    incident sheet exported from a spreadsheet in the Spanish locale: UTF-8, ``,``, decimal
    commas in quoted coordinates. First reports the events detected in Panama (Darién)
    and reports again some US–Mexico border events. ISO 8601 dates and months, Excel
    serial numbers where a date column lost its format, "NNA"
    (niños, niñas y adolescentes), "EE.UU.", "N/D".
``eu_intcen_osint_ez.jsonl``
    EU Intelligence and Situation Centre (EEAS), open-source monitoring cell, French desk.
    JSON lines, UTF-8, French keys. The compilation: first reports every event no other
    agency does (France, United Kingdom, Poland, United States) and reports again events
    of the Aegean, the Balkans, the Atlantic, the Darién and Nigerian trafficking to Italy.
    Feminine nationality adjectives ("afghane"), "kurde" (an ethnicity, no nationality),
    "MNA", "small boat", "1er mai 2023", month and quarter dates ("T2 2023").

The truth says what a careful analyst reads from each cell: a word that names no single
country ("subsahariano", "kurde") or a count placeholder ("N/D") expects nothing, an
approximate count ("un centenar") is a bad row, and a position is expected as written
(rounded, or converted from degrees and minutes).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND154", "SOURCES", "Desk", "make_blind154"]

_Rng = np.random.Generator
_Cell = tuple[object, object, list[str]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One agency of the set: the shared source fields plus the key of its writer.

    Attributes
    ----------
    writer : str
        Which of the set's writers renders its cells (``"elas"``, ``"lago"``,
        ``"svm"``, ``"ocha"`` or ``"intcen"``).
    """

    writer: str = ""


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_ELAS = Desk(
    source="elas_ddas",
    filename="elas_ddas_ez.xlsx",
    ref="ΔΔΑΣ-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Prot. No.",
        "event_date": "Date of detection",
        "detection_country": "Country of detection",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "Migrants / victims (no.)",
        "n_suspects": "Arrested smugglers / traffickers",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Declared destination",
        "gender": "Sex",
        "age_group": "Adults / minors",
        "transport_mode": "Means of transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Other offences",
    },
    note=(
        "Note: provisional data. Incidents south of Crete (Ierapetra, Gavdos) and off "
        "Pylos/Kalamata are reported by the HCG separately."
    ),
    total="TOTAL",
    bad_count=("tbc", "see attached report", "several"),
    repeats=False,
    writer="elas",
)
_LAGO = Desk(
    source="libya_ago_liaison",
    filename="libya_ago_liaison_ez.csv",
    ref="LAGO/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref. No. رقم القيد",
        "event_date": "Date التاريخ",
        "detection_country": "Country of arrival",
        "crime_type": "Crime الجريمة",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of migrants/victims العدد",
        "n_suspects": "Suspects identified",
        "nationality": "Nationality الجنسية",
        "origin_country": "Origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Final destination",
        "gender": "Gender",
        "age_group": "Age group",
        "transport_mode": "Means",
        "coordinates": "Position (lat/long)",
        "linked_offences": "Associated crimes",
    },
    note="Note: departures from the eastern coast (Tobruk, Benghazi) pending confirmation",
    total="Total",
    bad_count=("many", "approx.", "TBC"),
    repeats=True,
    writer="lago",
)
_SVM = Desk(
    source="servimedia",
    filename="servimedia_ez.csv",
    ref="SVM{yy:02d}{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Ref.",
        "event_date": "Fecha",
        "detection_country": "País",
        "crime_type": "Delito",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "transport_mode": "Medio",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Otros delitos",
    },
    note="Nota: recuento provisional a partir de teletipos",
    total="TOTAL",
    bad_count=("decenas", "un centenar", "varios"),
    repeats=False,
    writer="svm",
)
_OCHA = Desk(
    source="ocha_rolac",
    filename="ocha_rolac_ez.csv",
    ref="ROLAC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "ID incidente",
        "event_date": "Fecha",
        "detection_country": "País",
        "crime_type": "Tipo de incidente",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas afectadas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "transport_mode": "Modalidad de desplazamiento",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: cifras preliminares sujetas a revisión",
    total="Total general",
    bad_count=("varios", "cientos", "+100"),
    repeats=False,
    writer="ocha",
)
_INTCEN = Desk(
    source="eu_intcen_osint",
    filename="eu_intcen_osint_ez.jsonl",
    ref="OSINT-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "id_fiche",
        "event_date": "date_fait",
        "detection_country": "pays_constatation",
        "crime_type": "qualification",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_mis_en_cause",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "transit_countries": "pays_transit",
        "destination_country": "pays_destination",
        "transport_mode": "mode_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs dizaines", "une quarantaine", "une centaine"),
    repeats=False,
    writer="intcen",
)

#: The set's agencies, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (_ELAS, _LAGO, _SVM, _OCHA, _INTCEN)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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

# iso3 -> (English demonym, French adjective (feminine, "nationalité ..."), Spanish gentilicio)
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgano"),
    "ALB": ("Albanian", "albanaise", "albanés"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "chino"),
    "CIV": ("Ivorian", "ivoirienne", "marfileño"),
    "CMR": ("Cameroonian", "camerounaise", "camerunés"),
    "COL": ("Colombian", "colombienne", "colombiano"),
    "DZA": ("Algerian", "algérienne", "argelino"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptienne", "egipcio"),
    "ERI": ("Eritrean", "érythréenne", "eritreo"),
    "GIN": ("Guinean", "guinéenne", "guineano"),
    "GMB": ("Gambian", "gambienne", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurienne", "hondureño"),
    "HTI": ("Haitian", "haïtienne", "haitiano"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicano"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriano"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumano"),
    "SEN": ("Senegalese", "sénégalaise", "senegalés"),
    "SYR": ("Syrian", "syrienne", "sirio"),
    "TUN": ("Tunisian", "tunisienne", "tunecino"),
    "TUR": ("Turkish", "turque", "turco"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolano"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
_SUB_SAHARAN = frozenset({"SEN", "MLI", "GIN", "GMB", "CIV", "CMR", "NGA"})
_KURDISH = frozenset({"IRQ", "IRN", "SYR", "TUR"})

# writer -> canonical word -> written forms (first = the usual one)
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "elas": {
        "smuggling": (
            "Migrant smuggling",
            "Smuggling (L.4251/2014)",
            "Facilitation of illegal entry",
        ),
        "trafficking": ("THB (Art. 323A PC)", "Trafficking in human beings"),
        "both": ("THB & migrant smuggling", "Smuggling + THB"),
    },
    "lago": {
        "smuggling": (
            "Smuggling of migrants",
            "Migrant smuggling",
            "Illegal migration (smuggling)",
        ),
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "both": ("Trafficking and smuggling", "Human trafficking / smuggling"),
    },
    "svm": {
        "smuggling": (
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular",
            "delito contra los derechos de los ciudadanos extranjeros (art. 318 bis)",
        ),
        "trafficking": ("trata de seres humanos", "trata (art. 177 bis)"),
        "both": ("trata y tráfico de migrantes", "trata de personas y tráfico de migrantes"),
    },
    "ocha": {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "Presunta trata de personas"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico"),
    },
    "intcen": {
        "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière", "filière de passage"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite + trafic de migrants", "TEH et trafic de migrants"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "elas": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "lago": {
        "sexual": ("sexual exploitation", "forced prostitution"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminal activities", "forced to commit crimes"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "svm": {
        "sexual": ("explotación sexual", "prostitución forzada"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "ocha": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Reclutamiento para actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    "intcen": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "elas": {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("M/F", "Mixed")},
    "lago": {"male": ("Male", "Men"), "female": ("Female", "Women"), "mixed": ("Male+Female",)},
    "svm": {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("hombres y mujeres", "mixto"),
    },
    "ocha": {
        "male": ("Hombres", "Masculino"),
        "female": ("Mujeres", "Femenino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "intcen": {"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte",)},
}
_ONE_PERSON = {"svm": ("hombre", "mujer"), "intcen": ("homme", "femme")}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "elas": {"adult": ("Adults",), "child": ("Minors", "UAM"), "mixed": ("Adults/Minors",)},
    "lago": {
        "adult": ("Adults",),
        "child": ("Minors", "Children"),
        "mixed": ("Adults+Minors",),
    },
    "svm": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
    },
    "ocha": {
        "adult": ("Adultos",),
        "child": ("NNA", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "intcen": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "elas": {
        "sea": ("Rubber dinghy", "Boat", "Sailing boat", "Speedboat"),
        "land": ("On foot", "Vehicle", "Truck", "Car"),
        "air": ("Air", "Flight"),
    },
    "lago": {
        "sea": ("Boat", "Fishing boat", "Rubber boat", "By sea"),
        "land": ("Land", "Truck", "Car"),
        "air": ("Air", "Flight"),
    },
    "svm": {
        "sea": ("patera", "neumática", "embarcación"),
        "land": ("a pie", "vehículo", "oculto en camión"),
        "air": ("avión", "vía aérea"),
    },
    "ocha": {
        "sea": ("Marítima", "Lancha"),
        "land": ("Terrestre", "A pie", "Caminando"),
        "air": ("Aérea",),
    },
    "intcen": {
        "sea": ("small boat", "embarcation pneumatique", "bateau", "maritime"),
        "land": ("camion", "poids lourd", "à pied", "voiture"),
        "air": ("avion", "voie aérienne"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "elas": {
        "document_fraud": ("Forgery", "Use of forged documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Smuggling of goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "lago": {
        "document_fraud": ("document forgery", "forged passports"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering", "hawala laundering"),
        "illicit_goods": ("drugs", "fuel smuggling"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "svm": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "ocha": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "intcen": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_SEP = {"elas": ", ", "lago": " + ", "svm": " y ", "ocha": "; ", "intcen": " ; "}
#: Words a clerk writes for "not known", by writer.
_UNKNOWN = {
    "elas": ("n/k", "N/K"),
    "lago": ("unknown", "not known"),
    "svm": ("s/d", "desconocido"),
    "ocha": ("N/D", "Sin dato"),
    "intcen": ("NC", "inconnu"),
}
_ZERO = {"elas": "nil", "lago": "none", "svm": "ninguno", "ocha": "0", "intcen": "aucun"}
_COUNT_WORDS_ES = (
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
)
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    """Return a count of the truth as a Python int."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer, float, np.floating)):
        raise DataContractError(f"expected a number in the truth, got {value!r}.")
    return int(value)


def _float(value: object) -> float:
    """Return a coordinate of the truth as a Python float."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer, float, np.floating)):
        raise DataContractError(f"expected a number in the truth, got {value!r}.")
    return float(value)


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual form 60 % of the time, another one otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _name(code: str, lang: str) -> str:
    """Return the country's name in ``lang`` (the table's names, as the clerks know them)."""
    return str(COUNTRIES[code][_LANG_COL[lang]])


def _alias(code: str) -> str | None:
    aliases = COUNTRIES[code][4]
    return str(aliases[0]) if aliases else None


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _long_fr(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}"


def _date_cell(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a date the agency's way; return (cell, expected date, precision, tags)."""
    r = rng.random()
    k = src.writer
    if k == "elas":  # Excel dates, or day-first text typed by hand
        if r < 0.7:
            return ts.to_pydatetime(), ts, "day", ["excel_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
    if k == "lago":  # year first as in Arabic documents, or day first
        if r < 0.6:
            return ts.strftime("%Y/%m/%d"), ts, "day", ["ymd_slash"]
        if r < 0.7:
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if k == "svm":
        if partial_ok and r < 0.08:
            text = f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"
            return text, _month_start(ts), "month", ["partial_date"]
        if r < 0.33:
            return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}", ts, "day", ["long_date"]
        if r < 0.45:
            return ts.strftime("%Y-%m-%d"), ts, "day", []
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if k == "ocha":
        if partial_ok and r < 0.07:
            return ts.strftime("%Y-%m"), _month_start(ts), "month", ["partial_date"]
        if r < 0.12:  # a date column that lost its format in the shared sheet
            serial = (ts - _EXCEL_EPOCH).days
            return str(serial), ts, "day", ["excel_serial"]
        if r < 0.75:
            return ts.strftime("%Y-%m-%d"), ts, "day", []
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # intcen: ISO from the platform, French dates copied from the articles
    if partial_ok and r < 0.07:
        text = f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
        return text, _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.13:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.55:
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if r < 0.75:
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if r < 0.9:
        return _long_fr(ts), ts, "day", ["long_date"]
    hour = int(rng.integers(0, 24))
    return (
        ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{int(rng.integers(0, 60)):02d}:00Z",
        ts,
        "day",
        [],
    )


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: empty, impossible (30/31 Feb.) or ten years on."""
    if kind == "no_date":
        return None
    k = src.writer
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        if k == "lago":
            return f"{ts.year}/02/{day}"
        if k == "ocha":
            return f"{ts.year}-02-{day}"
        return f"{day}/02/{ts.year}"
    later = ts.replace(year=ts.year + 10)  # one digit of the year mistyped
    if k == "elas":
        return later.to_pydatetime()
    if k == "lago":
        return later.strftime("%Y/%m/%d")
    if k in ("ocha", "intcen"):
        return later.strftime("%Y-%m-%d")
    return later.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date on the agency's note row: the day of its last row, in its style."""
    k = src.writer
    if k == "elas":
        return last.to_pydatetime()
    if k == "lago":
        return last.strftime("%Y/%m/%d")
    if k in ("ocha", "intcen"):
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _thousands(n: int, sep: str) -> str:
    return f"{n // 1000}{sep}{n % 1000:03d}"


def _persons(src: Desk, n: int, rng: _Rng) -> _Cell:
    """Write the number of persons; return (cell, expected, tags)."""
    k = src.writer
    r = rng.random()
    if r < 0.02:  # the clerk had no figure: the record stays, with no count
        return choice(rng, _UNKNOWN[k]), None, ["count_placeholder"]
    if k == "elas":
        if r < 0.1:
            return str(n), n, ["count_as_text"]
        return n, n, []
    if k == "lago":
        if n >= 1000 and r < 0.7:
            return _thousands(n, ","), n, ["thousands"]
        if r < 0.06:
            return str(n).translate(_ARABIC_DIGITS), n, ["arabic_digits"]
        return str(n), n, []
    if k == "svm":
        if n >= 1000 and r < 0.8:
            return _thousands(n, "."), n, ["thousands"]
        if n <= 10 and r < 0.35:
            return _COUNT_WORDS_ES[n], n, ["count_word"]
        return str(n), n, []
    if k == "ocha":
        if n >= 1000 and r < 0.6:
            return _thousands(n, "."), n, ["thousands"]
        return str(n), n, []
    if n >= 1000 and r < 0.7:
        return _thousands(n, "\u202f"), n, ["thousands"]
    if r < 0.06:
        return str(n), n, ["count_as_text"]
    return n, n, []


def _suspects(src: Desk, n: int, rng: _Rng) -> _Cell:
    """Write the number of suspects; return (cell, expected, tags)."""
    k = src.writer
    r = rng.random()
    miss = {"elas": 0.03, "lago": 0.03, "svm": 0.05, "ocha": 0.05, "intcen": 0.04}[k]
    if r < miss:
        return None, None, ["blank_n_suspects"]
    if r < 2 * miss:
        return choice(rng, _UNKNOWN[k]), None, ["suspects_placeholder"]
    if n == 0 and k != "ocha" and rng.random() < 0.4:
        return _ZERO[k], 0, ["zero_word"]
    if src.format == "csv":
        return str(n), n, []
    return n, n, []


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _nationality(src: Desk, code: str, rng: _Rng) -> _Cell:
    """Write a nationality; return (cell, expected, tags)."""
    k = src.writer
    r = rng.random()
    if r < 0.025:
        return choice(rng, _UNKNOWN[k]), None, ["blank_nationality"]
    en, fr, es = _DEMONYMS[code]
    if k == "elas":
        if r < 0.5:
            return en, code, ["demonym:nationality"]
        if r < 0.75:
            return ("Turkey" if code == "TUR" else _name(code, "en")), code, []
        if r < 0.87:
            return code, code, ["iso3:nationality"]
        if r < 0.95:
            return _name(code, "en").upper(), code, ["case:nationality"]
        return str(COUNTRIES[code][5]), code, ["typo:nationality"]
    if k == "lago":
        if r < 0.42:
            return code, code, ["iso3:nationality"]
        if r < 0.72:
            name = "Ivory Coast" if code == "CIV" else _name(code, "en")
            return name, code, ["alias:nationality"] if code == "CIV" else []
        if r < 0.95:
            return en, code, ["demonym:nationality"]
        return str(COUNTRIES[code][5]), code, ["typo:nationality"]
    if k == "svm":
        if code in _SUB_SAHARAN and r < 0.09:  # a region, not a nationality
            return "subsahariano", None, ["blank_nationality", "region_word"]
        if r < 0.6:
            return es, code, ["demonym:nationality"]
        if r < 0.9:
            return _name(code, "es"), code, []
        return _name(code, "es").upper(), code, ["case:nationality"]
    if k == "ocha":
        if r < 0.6:
            return _name(code, "es"), code, []
        if r < 0.9:
            return code, code, ["iso3:nationality"]
        return _name(code, "es").upper(), code, ["case:nationality"]
    if code in _KURDISH and r < 0.08:  # an ethnicity, not a nationality
        return "kurde", None, ["blank_nationality", "ethnicity_word"]
    if r < 0.55:
        return fr, code, ["demonym:nationality"]
    if r < 0.88:
        return _name(code, "fr"), code, []
    return code, code, ["iso3:nationality"]


def _country(src: Desk, code: str, column: str, rng: _Rng) -> _Cell:
    """Write an origin or destination country; return (cell, expected, tags)."""
    k = src.writer
    r = rng.random()
    if r < 0.025:
        return choice(rng, _UNKNOWN[k]), None, [f"unknown:{column}"]
    if k == "elas":
        if code == "TUR":
            return "Turkey", code, [f"alias:{column}"]
        if r < 0.85:
            return _name(code, "en"), code, []
        if r < 0.93:
            return str(COUNTRIES[code][0]), code, [f"iso2:{column}"]
        return str(COUNTRIES[code][5]), code, [f"typo:{column}"]
    if k == "lago":
        if code == "ITA" and r < 0.35:
            return "Italia", code, [f"local_name:{column}"]
        if r < 0.7:
            return _name(code, "en"), code, []
        return code, code, [f"iso3:{column}"]
    if k == "svm":
        if code == "GIN" and r < 0.5:
            return "Guinea Conakry", code, [f"alias:{column}"]
        return _name(code, "es"), code, []
    if k == "ocha":
        if code == "USA" and r < 0.5:
            return choice(rng, ("EE.UU.", "EE. UU.")), code, [f"abbrev:{column}"]
        if r < 0.75:
            return _name(code, "es"), code, []
        return code, code, [f"iso3:{column}"]
    if code == "GBR" and r < 0.3:
        return "UK", code, [f"alias:{column}"]
    if code == "USA" and r < 0.3:
        return "USA", code, [f"alias:{column}"]
    return _name(code, "fr"), code, []


def _detection(src: Desk, code: str, hotspot: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write the country of detection (always known); return (cell, tags)."""
    k = src.writer
    r = rng.random()
    if k == "elas":
        if r < 0.7:
            return _name(code, "en"), []
        if r < 0.85:
            return _name(code, "en").upper(), ["case:detection_country"]
        if r < 0.95:
            return str(COUNTRIES[code][0]), ["iso2:detection_country"]
        return str(_alias(code) or _name(code, "en")), ["alias:detection_country"]
    if k == "lago":
        if code == "ITA" and r < 0.3:
            return "Italia", ["local_name:detection_country"]
        if r < 0.8:
            return _name(code, "en"), []
        return code, ["iso3:detection_country"]
    if k == "svm":
        name = _name(code, "es")
        if code == "ESP" and r < 0.3:
            place = {"Ceuta": "Ceuta", "Melilla": "Melilla"}.get(hotspot, "")
            if not place and hotspot in ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"):
                place = "Canarias"
            if place:
                return f"{name} ({place})", ["place_in_country"]
        if r < 0.85:
            return name, []
        return name.upper(), ["case:detection_country"]
    if k == "ocha":
        if code == "USA" and r < 0.4:
            return "EE.UU.", ["abbrev:detection_country"]
        if r < 0.6:
            return _name(code, "es"), []
        if r < 0.9:
            return code, ["iso3:detection_country"]
        return _name(code, "es").upper(), ["case:detection_country"]
    if code == "GBR" and r < 0.25:
        return "UK", ["alias:detection_country"]
    if r < 0.85:
        return _name(code, "fr"), []
    return str(COUNTRIES[code][0]), ["iso2:detection_country"]


def _transit(src: Desk, value: str | None, rng: _Rng) -> _Cell:
    """Write the ordered transit countries; return (cell, expected, tags)."""
    k = src.writer
    if value is None:
        if k == "svm" and rng.random() < 0.3:
            return "directo", None, ["direct_word"]
        return None, None, []
    codes = value.split("|")
    if k == "elas":
        special = {"BIH": "BiH", "MKD": "N. Macedonia", "TUR": "Turkey"}
        return " - ".join(special.get(c, _name(c, "en")) for c in codes), value, []
    if k == "lago":
        if rng.random() < 0.5:
            return " > ".join(codes), value, ["iso3:transit_countries"]
        return " > ".join(_name(c, "en") for c in codes), value, []
    if k == "svm":
        names = [_name(c, "es") for c in codes]
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " y " + names[-1]
        return text, value, []
    if k == "ocha":
        if rng.random() < 0.5:
            return "; ".join(codes), value, ["iso3:transit_countries"]
        return "; ".join(_name(c, "es") for c in codes), value, []
    sep = " → " if rng.random() < 0.5 else ", "
    return sep.join(_name(c, "fr") for c in codes), value, []


# --------------------------------------------------------------------------------------
# Words of the vocabularies
# --------------------------------------------------------------------------------------
def _gender(src: Desk, value: str, n: int, rng: _Rng) -> _Cell:
    k = src.writer
    if rng.random() < 0.03:
        cell = None if rng.random() < 0.5 else choice(rng, _UNKNOWN[k])
        return cell, "unknown", ["blank_gender"]
    if n == 1 and k in _ONE_PERSON and value in ("male", "female"):
        man, woman = _ONE_PERSON[k]
        return (man if value == "male" else woman), value, ["singular_word"]
    return _word(rng, _GENDER[k][value]), value, []


def _age(src: Desk, value: str, rng: _Rng) -> _Cell:
    k = src.writer
    if rng.random() < 0.02:
        return choice(rng, _UNKNOWN[k]), "unknown", ["na_word"]
    return _word(rng, _AGE[k][value]), value, []


def _mode(src: Desk, value: str, hotspot: str, rng: _Rng) -> _Cell:
    k = src.writer
    if rng.random() < 0.02:
        return choice(rng, _UNKNOWN[k]), "unknown", ["na_word"]
    if (
        k == "svm"
        and value == "sea"
        and hotspot
        in (
            "Gran Canaria",
            "Tenerife",
            "El Hierro",
            "Lanzarote",
        )
    ):
        return ("cayuco" if rng.random() < 0.7 else "neumática"), value, []
    if k == "svm" and value == "land" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
        return "salto de valla", value, ["fence_word"]
    return _word(rng, _MODE[k][value]), value, []


def _offences(src: Desk, value: str | None, rng: _Rng) -> object:
    if value is None:
        return None
    k = src.writer
    return _OFFENCE_SEP[k].join(_word(rng, _OFFENCES[k][o]) for o in value.split("|"))


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``35°30.07'N``) and the value an analyst reads back."""
    hemi = pos if value >= 0 else neg
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    back = round(deg + minutes / 60, 6) * (1 if value >= 0 else -1)
    return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}", back


def _coords(
    src: Desk, lat: float, lon: float, mode: str, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, expected lon, tags)."""
    k = src.writer
    r = rng.random()
    gone = {"elas": 0.04, "lago": 0.06, "svm": 0.15, "ocha": 0.08, "intcen": 0.1}[k]
    if r < gone:
        if k == "lago":
            return {"coordinates": None}, None, None, ["coords_missing"]
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    if k == "elas":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.15:
            cells: dict[str, object] = {
                "lat": f"{la:.5f}".replace(".", ","),
                "lon": f"{lo:.5f}".replace(".", ","),
            }
            return cells, la, lo, ["decimal_comma"]
        return {"lat": la, "lon": lo}, la, lo, []
    if k == "lago":
        if mode == "sea" and r < 0.45:
            t_lat, b_lat = _dm(lat, "N", "S", 2)
            t_lon, b_lon = _dm(lon, "E", "W", 3)
            return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon, ["coords_dm"]
        la, lo = round(lat, 4), round(lon, 4)
        if r < 0.75:
            return (
                {
                    "coordinates": f"{abs(la):.4f}{'N' if la >= 0 else 'S'} "
                    f"{abs(lo):.4f}{'E' if lo >= 0 else 'W'}"
                },
                la,
                lo,
                ["coords_hemisphere"],
            )
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, ["coords_pair"]
    if k == "svm":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo, []
    if k == "ocha":
        la, lo = round(lat, 5), round(lon, 5)
        cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
        return cells, la, lo, ["decimal_comma"]
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, []


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
_MOJIBAKE_COLUMNS = (
    "nationality",
    "origin_country",
    "destination_country",
    "transit_countries",
    "crime_type",
    "exploitation",
    "transport_mode",
    "linked_offences",
)
_CASE_COLUMNS = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")


def _noise(src: Desk, cells: dict[str, object], rng: _Rng) -> list[str]:
    """Case and spacing slips everywhere; mojibake in the press log's pasted cells."""
    tags: list[str] = []
    for col in _CASE_COLUMNS:
        value = cells.get(col)
        if isinstance(value, str) and rng.random() < 0.04:
            kind = int(rng.integers(0, 3))
            cells[col] = (
                value.upper() if kind == 0 else value.lower() if kind == 1 else f" {value}  "
            )
            if cells[col] != value:
                tags.append(f"case:{col}")
    if src.writer == "svm":
        for col in _MOJIBAKE_COLUMNS:
            value = cells.get(col)
            if isinstance(value, str) and rng.random() < 0.12:
                garbled = mojibake(value)
                if garbled is not None and fits(garbled, src):
                    cells[col] = garbled
                    tags.append(f"mojibake:{col}")
    return tags


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    k = src.writer
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, exp["date_precision"], t = _date_cell(src, ts, rng, partial_ok)
    exp["event_date"] = day
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _CRIME[k][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        cells["exploitation"], exp["exploitation"] = choice(rng, _UNKNOWN[k]), "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, _EXPLOITATION[k][str(expl)])
        exp["exploitation"] = str(expl)

    n = _int(ev["n_persons"])
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tags += t
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, _int(ev["n_suspects"]), rng)
        tags += t

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"], t = _gender(src, str(ev["gender"]), n, rng)
        tags += t
    cells["age_group"], exp["age_group"], t = _age(src, str(ev["age_group"]), rng)
    tags += t

    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], exp["nationality"], t = _nationality(src, str(ev["nationality"]), rng)
        tags += t
    for col in ("origin_country", "destination_country"):
        cells[col], exp[col], t = _country(src, str(ev[col]), col, rng)
        tags += t
    hotspot = str(ev["hotspot"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        code = str(ev["detection_country"])
        cells["detection_country"], t = _detection(src, code, hotspot, rng)
        exp["detection_country"] = code
        tags += t
    transit = ev["transit_countries"]
    cells["transit_countries"], exp["transit_countries"], t = _transit(
        src, None if transit is None else str(transit), rng
    )
    tags += t

    mode = str(ev["transport_mode"])
    cells["transport_mode"], exp["transport_mode"], t = _mode(src, mode, hotspot, rng)
    tags += t
    if forced_blank == "coordinates":
        place: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        la: float | None = None
        lo: float | None = None
        t = ["blank_coordinates"]
    else:
        place, la, lo, t = _coords(src, _float(ev["lat"]), _float(ev["lon"]), mode, rng)
    cells.update(place)
    exp["lat"], exp["lon"] = la, lo
    tags += t

    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, None if offences is None else str(offences), rng)
    exp["linked_offences"] = offences
    tags += _noise(src, cells, rng)
    return cells, exp, tags


#: The variant: its agencies, who first reports what, and who reports it again.
BLIND154: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GRC": "elas_ddas",
        "HRV": "elas_ddas",
        "ITA": "libya_ago_liaison",
        "ESP": "servimedia",
        "PAN": "ocha_rolac",
    },
    compilation="eu_intcen_osint",
    secondary={
        ("cmed", "ITA"): "servimedia",
        ("emed", "GRC"): "eu_intcen_osint",
        ("wbal", "HRV"): "eu_intcen_osint",
        ("watl", "ESP"): "eu_intcen_osint",
        ("thb_nga_ita", "ITA"): "eu_intcen_osint",
        ("darien", "PAN"): "eu_intcen_osint",
        ("us_mex", "USA"): "ocha_rolac",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=154,
    blank_share=0.35,
)


def make_blind154(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five eastern Mediterranean desks of ``blind154`` do.

    The Hellenic Police liaison desk (Excel, English) first reports Greece and Croatia,
    the Libyan Attorney General's liaison desk (UTF-16 tab-delimited text, English) Italy,
    the Servimedia press log (cp1252 ``;`` CSV, Spanish) Spain, the OCHA regional office
    (UTF-8 ``,`` CSV, Spanish) Panama, and the EU INTCEN open-source cell (JSON lines,
    French) every other event; some events are reported a second time by another desk.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        The five submissions (see :data:`SOURCES`), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind154(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['elas_ddas_ez.xlsx', 'libya_ago_liaison_ez.csv', 'servimedia_ez.csv',
     'ocha_rolac_ez.csv', 'eu_intcen_osint_ez.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-16', 'cp1252', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[1]
    'Date التاريخ'
    >>> all(len(s.frame) == len(s.expected) for s in subs)
    True
    """
    return make_examined(BLIND154, truth, seed=seed)
