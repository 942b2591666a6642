"""Examiner sample set ``blind119`` (files ``*_dq.*``): the Gulf of Mexico and the Caribbean.

Five agencies new to trendlib, each writing its own way:

``fbi_cid_border_dq.xlsx``
    FBI Criminal Investigative Division, south-west border field offices (Houston, San
    Antonio, El Paso, Phoenix): the events detected in the United States. English, an
    Excel workbook: real Excel dates, some typed as US month-first text (``5/17/2023``);
    statute wording (``Alien Smuggling - 8 USC 1324``, ``Sex Trafficking``); citizenship in
    upper case (``HONDURAS``) or as a demonym; ``Unk`` and ``None`` in the count columns; a
    handling caveat as the note row.
``unicef_pa_darien_dq.jsonl``
    UNICEF Panama's protection monitoring at the Darién reception stations (Lajas Blancas,
    Bajo Chiquito): the events detected in Panama. A KoboToolbox JSON export: ``group/field``
    keys, choice codes (``trafico_migrantes``, ``nna`` for children, ``estados_unidos``),
    multiple choices joined by a space, a geopoint ``"lat lon alt acc"``, the country as
    the UN M49 code ``591``, dates typed as text (``17/05/2023``, ``05/2023``) or ISO, the
    ``_submission_time`` Kobo adds, and a few submissions synced twice.
``pn_rd_agregaduria_madrid_dq.csv``
    The Dominican National Police attaché in Madrid, who compiles for headquarters what
    European partners report (every other event). Spanish, cp1252, ``;``: day-first dates,
    some month or quarter only (``mayo 2023``, ``T2 2023``, ``2do trimestre 2023``) and a
    few Excel serials, Spanish country names with partners' ISO codes, aliases, typos and
    mojibake (``AfganistÃ¡n``), ``N/D`` placeholders, ``1.250`` counts, decimal commas,
    transit lists joined by `` - ``.
``sos_mediterranee_dq.csv``
    SOS Méditerranée's rescue log (Ocean Viking): its rescues in the central Mediterranean
    that were landed in Italy, a second report of events another source gives. French,
    UTF-8 with BOM, ``;``: date and UTC time, ship positions in degrees and decimal
    minutes (``35°30,9'N 012°37,9'E``), boat types, counts with a narrow no-break space.
``miami_herald_americas_dq.csv``
    The Miami Herald / el Nuevo Herald Americas desk's clipping log: stories on the Darién
    and the US-Mexico border, a second report of events another source gives. English,
    UTF-8, ``,``: AP-style dates (``Sept. 5, 2023``), numbers below ten in words, demonyms,
    ``U.S.``, no coordinates.

The truth says what a careful analyst reads in each cell: a placeholder (``Unk``,
``N/D``, ``no_sabe``) gives no value (or ``unknown``), a month or quarter gives its first
day, a column the agency does not keep gives nothing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pycountry

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND119", "SOURCES", "make_blind119"]

_Rng = np.random.Generator

FBI = "fbi_cid_border_dq"
UNICEF = "unicef_pa_darien_dq"
PNRD = "pn_rd_agregaduria_madrid_dq"
SOSMED = "sos_mediterranee_dq"
HERALD = "miami_herald_americas_dq"

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=FBI,
        filename=f"{FBI}.xlsx",
        ref="SWB-{year}-{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Case Number",
            "event_date": "Incident Date",
            "field_office": "Field Office",
            "city_state": "City/State",
            "detection_country": "Country",
            "crime_type": "Violation",
            "exploitation": "Trafficking Type",
            "n_persons": "No. Victims/Aliens",
            "n_suspects": "No. Subjects",
            "gender": "Sex",
            "age_group": "Age Category",
            "nationality": "Citizenship",
            "transit_countries": "Transit Countries",
            "transport_mode": "Conveyance",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Related Violations",
        },
        note="UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE - data as of the date shown",
        total="TOTAL",
        bad_count=("Multiple", "Several"),
        repeats=False,
    ),
    ExaminerSource(
        source=UNICEF,
        filename=f"{UNICEF}.jsonl",
        ref="{yy:02d}{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "_id",
            "event_date": "datos_generales/fecha_evento",
            "station": "datos_generales/estacion",
            "detection_country": "ubicacion/pais",
            "coordinates": "ubicacion/gps",
            "crime_type": "caso/tipo_caso",
            "exploitation": "caso/forma_explotacion",
            "linked_offences": "caso/delitos_conexos",
            "n_persons": "grupo/total_personas",
            "n_suspects": "grupo/guias_identificados",
            "gender": "grupo/sexo",
            "age_group": "grupo/edad",
            "nationality": "grupo/nacionalidad",
            "origin_country": "grupo/pais_origen",
            "destination_country": "grupo/destino_declarado",
            "transit_countries": "grupo/paises_transito",
            "transport_mode": "grupo/medio_transporte",
            "submission_time": "_submission_time",
        },
        note=None,
        total="TOTAL",
        bad_count=("varios", "muchos", "grupo grande"),
        repeats=True,
    ),
    ExaminerSource(
        source=PNRD,
        filename=f"{PNRD}.csv",
        ref="AGR-MAD-{seq:04d}-{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "No. Reporte",
            "event_date": "Fecha del hecho",
            "detection_country": "País de detección",
            "partner": "Institución informante",
            "crime_type": "Tipo de delito",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Cant. víctimas/migrantes",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos suministrados por las autoridades del país de detección, "
        "sujetos a verificación",
        total="TOTAL GENERAL",
        bad_count=("varios", "un grupo", "decenas"),
        repeats=True,
    ),
    ExaminerSource(
        source=SOSMED,
        filename=f"{SOSMED}.csv",
        ref="OV-{year}-R{seq:03d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° sauvetage",
            "event_date": "Date et heure (UTC)",
            "vessel": "Navire",
            "coordinates": "Position",
            "n_persons": "Personnes secourues",
            "gender": "Composition",
            "age_group": "Âge",
            "nationality": "Nationalité principale",
            "transit_countries": "Pays de départ de l'embarcation",
            "transport_mode": "Type d'embarcation",
            "port": "Port de débarquement",
            "detection_country": "Pays de débarquement",
        },
        note="Données provisoires - rapport de l'équipe SAR, non consolidé",
        total="Total",
        bad_count=("plusieurs", "des dizaines"),
        repeats=False,
    ),
    ExaminerSource(
        source=HERALD,
        filename=f"{HERALD}.csv",
        ref="MH-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Clip ID",
            "event_date": "Date",
            "outlet": "Outlet",
            "place": "Place",
            "detection_country": "Country",
            "crime_type": "Crime",
            "exploitation": "Exploitation",
            "n_persons": "Migrants",
            "n_suspects": "Suspects",
            "gender": "Gender",
            "age_group": "Ages",
            "nationality": "Nationality",
            "destination_country": "Destination",
            "transport_mode": "Mode",
        },
        note="Note: figures as reported by the outlets, not independently verified",
        total="Total",
        bad_count=("dozens", "scores"),
        repeats=False,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_ES = {
    "AFG": "Afganistán",
    "ALB": "Albania",
    "AUT": "Austria",
    "BGD": "Bangladesh",
    "BGR": "Bulgaria",
    "BIH": "Bosnia y Herzegovina",
    "BLR": "Bielorrusia",
    "CHN": "China",
    "CIV": "Costa de Marfil",
    "CMR": "Camerún",
    "COL": "Colombia",
    "DEU": "Alemania",
    "DZA": "Argelia",
    "ECU": "Ecuador",
    "EGY": "Egipto",
    "ERI": "Eritrea",
    "ESP": "España",
    "FRA": "Francia",
    "GBR": "Reino Unido",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "GRC": "Grecia",
    "GTM": "Guatemala",
    "HND": "Honduras",
    "HRV": "Croacia",
    "HTI": "Haití",
    "HUN": "Hungría",
    "IRN": "Irán",
    "IRQ": "Irak",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marruecos",
    "MEX": "México",
    "MKD": "Macedonia del Norte",
    "MLI": "Malí",
    "MRT": "Mauritania",
    "NER": "Níger",
    "NGA": "Nigeria",
    "PAK": "Pakistán",
    "PAN": "Panamá",
    "POL": "Polonia",
    "ROU": "Rumania",
    "RUS": "Rusia",
    "SEN": "Senegal",
    "SRB": "Serbia",
    "SYR": "Siria",
    "TUN": "Túnez",
    "TUR": "Turquía",
    "USA": "Estados Unidos",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "YEM": "Yemen",
}
_ES_ALIAS = {
    "USA": "EE.UU.",
    "GBR": "Gran Bretaña",
    "GIN": "Guinea-Conakry",
    "MKD": "Macedonia",
    "VNM": "Viet Nam",
    "TUR": "Türkiye",
    "BIH": "Bosnia",
    "RUS": "Federación de Rusia",
    "SYR": "República Árabe Siria",
    "IRN": "República Islámica de Irán",
    "ROU": "Rumanía",
    "CIV": "Côte d'Ivoire",
    "NER": "Niger",
}
_ES_TYPO = {
    "AFG": "Afganistan",
    "SYR": "Sirya",
    "MAR": "Marrruecos",
    "ERI": "Eritea",
    "TUN": "Tunez",
    "CMR": "Camerun",
    "EGY": "Egito",
    "BGD": "Bangladés",
    "GMB": "Gambía",
    "IRQ": "Iraq",
    "PAK": "Paquistán",
    "SEN": "Senegall",
    "ALB": "Albnia",
    "NGA": "Nigéria",
    "DZA": "Argelía",
    "MLI": "Mali",
    "VNM": "Vietman",
}
_FR = {
    "ERI": "Érythrée",
    "PAK": "Pakistan",
    "SYR": "Syrie",
    "EGY": "Égypte",
    "TUN": "Tunisie",
    "BGD": "Bangladesh",
    "CIV": "Côte d'Ivoire",
    "GIN": "Guinée",
    "LBY": "Libye",
    "ITA": "Italie",
    "NGA": "Nigeria",
    "SDN": "Soudan",
    "MLI": "Mali",
    "SEN": "Sénégal",
    "GMB": "Gambie",
    "MAR": "Maroc",
    "DZA": "Algérie",
    "CMR": "Cameroun",
    "AFG": "Afghanistan",
    "IRQ": "Irak",
    "IRN": "Iran",
}
_FR_ALIAS = {"GIN": "Guinée-Conakry", "CIV": "Côte-d'Ivoire", "ERI": "Erythrée"}
_DEMONYM = {
    "MEX": "Mexican",
    "HND": "Honduran",
    "GTM": "Guatemalan",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "CHN": "Chinese",
    "COL": "Colombian",
    "CUB": "Cuban",
    "SLV": "Salvadoran",
}
_EN_TYPO = {
    "GTM": "GAUTEMALA",
    "HND": "HONDURUS",
    "VEN": "VENEZULA",
    "ECU": "EQUADOR",
    "MEX": "MEXCIO",
}
_KOBO = {
    "VEN": "venezuela",
    "ECU": "ecuador",
    "HTI": "haiti",
    "CHN": "china",
    "COL": "colombia",
    "USA": "estados_unidos",
    "MEX": "mexico",
    "PAN": "panama",
    "CRI": "costa_rica",
}


def _en_name(code: str) -> str:
    """English short name of an ISO alpha-3 code (pycountry's common name if any)."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:  # every code of the truth is a current ISO country
        return code
    return str(getattr(country, "common_name", None) or country.name)


def _es_name(code: str) -> str:
    return _ES.get(code) or _en_name(code)


def _fr_name(code: str) -> str:
    return _FR.get(code) or _en_name(code)


def _kobo_code(code: str) -> str:
    return _KOBO.get(code) or _en_name(code).lower().replace(" ", "_")


# --------------------------------------------------------------------------------------
# Vocabulary wording, by source
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    FBI: {
        "smuggling": ("Alien Smuggling - 8 USC 1324", "Alien Smuggling", "Human Smuggling"),
        "trafficking": ("Human Trafficking", "HT"),
        "both": ("Human Trafficking / Alien Smuggling", "HT/Smuggling"),
    },
    UNICEF: {
        "smuggling": ("trafico_migrantes",),
        "trafficking": ("trata_personas",),
        "both": ("trata_y_trafico",),
    },
    PNRD: {
        "smuggling": ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "TdP", "Trata"),
        "both": ("Trata y tráfico", "TdP / TIM"),
    },
    HERALD: {
        "smuggling": ("human smuggling", "smuggling"),
        "trafficking": ("human trafficking", "trafficking"),
        "both": ("smuggling and trafficking", "human smuggling, trafficking"),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    FBI: {
        "sexual": ("Sex Trafficking", "Commercial Sex Act"),
        "forced_labour": ("Labor Trafficking", "Forced Labor"),
        "forced_criminality": ("Forced Criminal Activity",),
        "forced_marriage": ("Forced Marriage",),
        "organ_removal": ("Organ Removal",),
        "other": ("Other",),
    },
    UNICEF: {
        "sexual": ("explotacion_sexual",),
        "forced_labour": ("trabajo_forzoso",),
        "forced_criminality": ("delitos_forzados",),
        "forced_marriage": ("matrimonio_forzado",),
        "organ_removal": ("extraccion_organos",),
        "other": ("otra",),
    },
    PNRD: {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas", "Delincuencia forzada"),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
    },
    HERALD: {
        "sexual": ("sex", "sexual exploitation"),
        "forced_labour": ("labor", "forced labor"),
        "forced_criminality": ("forced criminal activity",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
}
#: Exploitation cell of a trafficking row whose form is not known, and of a smuggling row.
_EXPL_UNKNOWN = {FBI: "Unk", UNICEF: "no_sabe", PNRD: "No especificada", HERALD: "unclear"}
_EXPL_NA = {FBI: "N/A", UNICEF: None, PNRD: "N/A", HERALD: None}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    FBI: {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
    UNICEF: {"male": ("hombres",), "female": ("mujeres",), "mixed": ("mixto",)},
    PNRD: {
        "male": ("Masculino", "M"),
        "female": ("Femenino", "F"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    SOSMED: {"male": ("hommes",), "female": ("femmes",), "mixed": ("mixte", "hommes et femmes")},
    HERALD: {"male": ("men",), "female": ("women",), "mixed": ("men and women",)},
}
_GENDER_ONE = {
    HERALD: {"male": "man", "female": "woman"},
    SOSMED: {"male": "homme", "female": "femme"},
}
_HERALD_KIDS = {"male": "boys", "female": "girls", "mixed": "boys and girls"}
_HERALD_KIDS_ONE = {"male": "boy", "female": "girl", "mixed": "boys and girls"}
_GENDER_UNKNOWN = {
    FBI: "Unk",
    UNICEF: "no_sabe",
    PNRD: "N/D",
    SOSMED: "non précisé",
    HERALD: "not reported",
}

_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    FBI: {"adult": ("Adult",), "child": ("Minor", "Juvenile"), "mixed": ("Adult/Minor",)},
    UNICEF: {"adult": ("adultos",), "child": ("nna",), "mixed": ("adultos_y_nna",)},
    PNRD: {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    SOSMED: {
        "adult": ("adultes",),
        "child": ("mineurs", "mineurs non accompagnés"),
        "mixed": ("adultes et mineurs", "dont mineurs"),
    },
    HERALD: {"adult": ("adults",), "child": ("children", "minors"), "mixed": ("families",)},
}
_AGE_ONE = {HERALD: {"adult": "adult", "child": "child"}}
_AGE_UNKNOWN = {
    FBI: "Unk",
    UNICEF: "no_sabe",
    PNRD: "N/D",
    SOSMED: "non précisé",
    HERALD: "not reported",
}

_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    FBI: {
        "land": ("Vehicle", "Tractor-Trailer", "On Foot", "Pickup Truck", "Freight Train"),
        "sea": ("Vessel",),
        "air": ("Commercial Flight",),
    },
    UNICEF: {"land": ("a_pie", "a_pie", "bus"), "sea": ("lancha",), "air": ("avion",)},
    HERALD: {
        "land": ("on foot", "tractor-trailer", "vehicle", "pickup truck"),
        "sea": ("boat",),
        "air": ("flight",),
    },
    SOSMED: {
        "sea": ("pneumatique", "bateau en bois", "barque en fer", "bateau de pêche"),
    },
}
_PNRD_SEA = {
    "watl": ("Cayuco", "Patera", "Marítimo"),
    "wmed": ("Patera", "Embarcación neumática", "Marítimo"),
    "cmed": ("Embarcación", "Marítimo", "Barcaza"),
    "emed": ("Embarcación neumática", "Marítimo", "Lancha"),
    "channel": ("Embarcación neumática", "Marítimo", "Bote (small boat)"),
}
_PNRD_LAND = ("Terrestre", "Camión", "Vehículo", "A pie")
_PNRD_AIR = ("Aéreo", "Vuelo comercial")
_TRANSPORT_UNKNOWN = {FBI: "Unk", UNICEF: "no_sabe", PNRD: "N/D", HERALD: "not reported"}

_OFFENCE: dict[str, dict[str, str]] = {
    FBI: {
        "document_fraud": "Document Fraud",
        "corruption": "Public Corruption",
        "money_laundering": "Money Laundering",
        "illicit_goods": "Narcotics",
        "cybercrime": "Cyber",
        "terrorism": "Terrorism",
    },
    UNICEF: {
        "document_fraud": "fraude_documental",
        "corruption": "corrupcion",
        "money_laundering": "lavado_activos",
        "illicit_goods": "contrabando",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    PNRD: {
        "document_fraud": "Falsificación de documentos",
        "corruption": "Corrupción",
        "money_laundering": "Lavado de activos",
        "illicit_goods": "Contrabando",
        "cybercrime": "Ciberdelito",
        "terrorism": "Terrorismo",
    },
}
_OFFENCE_SEP = {FBI: "; ", UNICEF: " ", PNRD: ", "}

# Places of the hotspots, as each agency names them.
_FBI_PLACE = {
    "Nogales (Sonora/Arizona)": ("Phoenix", ("Nogales, AZ", "Rio Rico, AZ")),
    "Sasabe": ("Phoenix", ("Sasabe, AZ", "Arivaca, AZ")),
    "El Paso": ("El Paso", ("El Paso, TX", "Sunland Park, NM")),
    "Rio Grande Valley": ("San Antonio", ("McAllen, TX", "Brownsville, TX", "Hidalgo, TX")),
}
_KOBO_STATION = {
    "Lajas Blancas": "etrm_lajas_blancas",
    "Bajo Chiquito": "bajo_chiquito",
    "Darién gap": "selva_darien",
}
_HERALD_PLACE = {
    "Lajas Blancas": "Lajas Blancas, Darién",
    "Bajo Chiquito": "Bajo Chiquito, Darién",
    "Darién gap": "Darién jungle",
    "Nogales (Sonora/Arizona)": "Nogales, Ariz.",
    "Sasabe": "Sasabe, Ariz.",
    "El Paso": "El Paso, Texas",
    "Rio Grande Valley": "Rio Grande Valley, Texas",
}
_PARTNER = {
    "ITA": ("Polizia di Stato", "Guardia di Finanza", "Carabinieri"),
    "ESP": ("Guardia Civil", "Policía Nacional"),
    "GRC": ("Guardia Costera Helénica", "Policía Helénica"),
    "GBR": ("Border Force", "NCA"),
    "FRA": ("PAF", "OCRIEST"),
    "POL": ("Guardia de Fronteras (SG)",),
    "HRV": ("MUP Croacia",),
}
_SOS_PORT = {"Lampedusa": "Lampedusa", "Pozzallo": "Pozzallo", "Crotone": "Crotone"}

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
#: AP style: these months are abbreviated before a day.
_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_AP_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ORDINAL_Q = {1: "1er", 2: "2do", 3: "3er", 4: "4to"}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float | None:
    value = ev.get(key)
    return None if value is None else float(value)  # type: ignore[arg-type]


def _day_of(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts.normalize()


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _dm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes, one decimal, decimal comma (``35°30,9'N``)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    minutes = f"{rest // 10:02d},{rest % 10}"
    return f"{deg:0{width}d}°{minutes}'{hemi}"


class _Row:
    """One row being written: its cells, its expected values and its tags."""

    def __init__(self, ev: dict[str, object]) -> None:
        self.ev = ev
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
        self.tags: list[str] = []

    def out(self) -> tuple[dict[str, object], dict[str, object], list[str]]:
        return self.cells, self.exp, self.tags


# --------------------------------------------------------------------------------------
# Fields shared by the renderers
# --------------------------------------------------------------------------------------
def _crime(row: _Row, src: str, rng: _Rng) -> None:
    crime = _text(row.ev, "crime_type") or "unknown"
    row.cells["crime_type"] = choice(rng, _CRIME[src][crime])
    row.exp["crime_type"] = crime
    expl = _text(row.ev, "exploitation")
    if crime == "smuggling" or expl is None:
        row.cells["exploitation"] = _EXPL_NA[src]
        return
    if rng.random() < 0.04:
        row.cells["exploitation"] = _EXPL_UNKNOWN[src]
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
        return
    row.cells["exploitation"] = choice(rng, _EXPL[src][expl])
    row.exp["exploitation"] = expl


def _gender(row: _Row, src: str, rng: _Rng, forced: str | None, blank_rate: float) -> None:
    gender = str(row.ev["gender"])
    n = _int(row.ev, "n_persons")
    if forced == "gender" or rng.random() < blank_rate:
        row.cells["gender"] = None
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender")
        return
    if rng.random() < 0.02:
        row.cells["gender"] = _GENDER_UNKNOWN[src]
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender;unknown_word:gender")
        return
    one = _GENDER_ONE.get(src, {})
    if src == HERALD and row.ev.get("age_group") == "child":  # the paper says boys, girls
        kids = _HERALD_KIDS_ONE if n == 1 else _HERALD_KIDS
        row.cells["gender"] = kids[gender]
    elif n == 1 and gender in one:
        row.cells["gender"] = one[gender]
    else:
        row.cells["gender"] = choice(rng, _GENDER[src][gender])
    row.exp["gender"] = gender


def _age(row: _Row, src: str, rng: _Rng) -> None:
    age = str(row.ev["age_group"])
    n = _int(row.ev, "n_persons")
    if rng.random() < 0.03:
        row.cells["age_group"] = _AGE_UNKNOWN[src]
        row.exp["age_group"] = "unknown"
        row.tags.append("na_word:age_group")
        return
    one = _AGE_ONE.get(src, {})
    if n == 1 and age in one:
        row.cells["age_group"] = one[age]
    else:
        row.cells["age_group"] = choice(rng, _AGE[src][age])
    row.exp["age_group"] = age


def _transport(row: _Row, src: str, rng: _Rng) -> None:
    mode = str(row.ev["transport_mode"])
    if rng.random() < 0.03 and src in _TRANSPORT_UNKNOWN:
        row.cells["transport_mode"] = _TRANSPORT_UNKNOWN[src]
        row.exp["transport_mode"] = "unknown"
        row.tags.append("na_word:transport_mode")
        return
    if src == HERALD and row.ev.get("corridor") == "darien" and mode == "land":
        row.cells["transport_mode"] = choice(rng, ("on foot", "on foot", "bus"))
    elif src == PNRD:
        corridor = str(row.ev["corridor"])
        words = (
            _PNRD_SEA.get(corridor, ("Marítimo",))
            if mode == "sea"
            else _PNRD_AIR
            if mode == "air"
            else _PNRD_LAND
        )
        row.cells["transport_mode"] = choice(rng, words)
    else:
        row.cells["transport_mode"] = choice(rng, _TRANSPORT[src][mode])
    row.exp["transport_mode"] = mode


def _offences(row: _Row, src: str) -> None:
    offences = _text(row.ev, "linked_offences")
    row.exp["linked_offences"] = offences
    if offences is None:
        row.cells["linked_offences"] = None
        return
    words = [_OFFENCE[src][o] for o in offences.split("|")]
    row.cells["linked_offences"] = _OFFENCE_SEP[src].join(words)


def _suspects(
    row: _Row,
    rng: _Rng,
    forced: str | None,
    *,
    placeholder: str | None,
    zero_word: str | None,
    numeric: bool,
    blank_rate: float = 0.02,
) -> None:
    n = _int(row.ev, "n_suspects")
    r = rng.random()
    if forced == "n_suspects" or n is None or r < blank_rate:
        row.cells["n_suspects"] = None
        row.tags.append("blank_n_suspects")
        return
    if placeholder is not None and r < blank_rate + 0.03:
        row.cells["n_suspects"] = placeholder
        row.tags.append("suspects_placeholder")
        return
    row.exp["n_suspects"] = n
    if n == 0 and zero_word is not None and rng.random() < 0.35:
        row.cells["n_suspects"] = zero_word
        row.tags.append("zero_word")
        return
    row.cells["n_suspects"] = n if numeric else str(n)


# --------------------------------------------------------------------------------------
# FBI: Excel workbook, US dates, statute wording
# --------------------------------------------------------------------------------------
def _render_fbi(row: _Row, rng: _Rng, partial_ok: bool, forced: str | None) -> None:
    ev = row.ev
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.04:
        row.cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.year}"
        precision = "month"
        row.tags.append("partial_date")
    elif r < 0.22:
        row.cells["event_date"] = f"{ts.month}/{ts.day}/{ts.year}"
        precision = "day"
        row.tags.append("us_date_text")
    else:
        row.cells["event_date"] = ts.to_pydatetime()
        precision = "day"
        row.tags.append("excel_date")
    row.exp["event_date"] = _day_of(ts, precision)
    row.exp["date_precision"] = precision

    hotspot = str(ev.get("hotspot") or "")
    office, places = _FBI_PLACE.get(hotspot, ("Houston", ("Houston, TX",)))
    row.cells["field_office"] = office
    row.cells["city_state"] = choice(rng, places)

    det = _text(ev, "detection_country")
    if forced == "detection_country" or det is None:
        row.cells["detection_country"] = None
        row.tags.append("blank_detection_country")
    else:
        row.cells["detection_country"] = (
            choice(rng, ("USA", "USA", "US", "United States")) if det == "USA" else _en_name(det)
        )
        row.exp["detection_country"] = det

    _crime(row, FBI, rng)
    n = _int(ev, "n_persons")
    if rng.random() < 0.02:
        row.cells["n_persons"] = "Unk"
        row.tags.append("count_placeholder")
    else:
        row.cells["n_persons"] = n
        row.exp["n_persons"] = n
    _suspects(row, rng, forced, placeholder="Unk", zero_word="None", numeric=True)
    _gender(row, FBI, rng, forced, 0.02)
    _age(row, FBI, rng)

    nat = _text(ev, "nationality")
    r = rng.random()
    if forced == "nationality" or nat is None or r < 0.02:
        row.cells["nationality"] = None
        row.tags.append("blank_nationality")
    else:
        row.exp["nationality"] = nat
        if r < 0.14 and nat in _DEMONYM:
            row.cells["nationality"] = _DEMONYM[nat]
            row.tags.append("alias:nationality")
        elif r < 0.17 and nat in _EN_TYPO:
            row.cells["nationality"] = _EN_TYPO[nat]
            row.tags.append("typo:nationality")
        elif r < 0.22:
            row.cells["nationality"] = _en_name(nat)
            row.tags.append("case:nationality")
        else:
            row.cells["nationality"] = _en_name(nat).upper()

    transit = _text(ev, "transit_countries")
    row.exp["transit_countries"] = transit
    row.cells["transit_countries"] = (
        None if transit is None else "/".join(_en_name(c).upper() for c in transit.split("|"))
    )
    _transport(row, FBI, rng)
    _coords_decimal(row, rng, forced, decimals=5, comma=False, placeholder=None)
    _offences(row, FBI)


def _coords_decimal(
    row: _Row, rng: _Rng, forced: str | None, *, decimals: int, comma: bool, placeholder: str | None
) -> None:
    lat, lon = _float(row.ev, "lat"), _float(row.ev, "lon")
    r = rng.random()
    if forced == "coordinates":
        row.cells["lat"] = row.cells["lon"] = None
        row.tags.append("blank_coordinates")
        return
    if lat is None or lon is None or r < 0.04:
        row.cells["lat"] = row.cells["lon"] = None
        row.tags.append("coords_missing")
        return
    if placeholder is not None and r < 0.055:
        row.cells["lat"] = row.cells["lon"] = placeholder
        row.tags.append("coords_placeholder")
        return
    row.exp["lat"], row.exp["lon"] = lat, lon
    if comma:
        row.cells["lat"] = f"{lat:.{decimals}f}".replace(".", ",")
        row.cells["lon"] = f"{lon:.{decimals}f}".replace(".", ",")
        row.tags.append("decimal_comma:coordinates")
    else:
        row.cells["lat"], row.cells["lon"] = round(lat, decimals), round(lon, decimals)


# --------------------------------------------------------------------------------------
# UNICEF Panama: KoboToolbox JSON export
# --------------------------------------------------------------------------------------
def _render_unicef(row: _Row, rng: _Rng, partial_ok: bool, forced: str | None) -> None:
    ev = row.ev
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < 0.05:
        row.cells["event_date"] = f"{ts.month:02d}/{ts.year}"
        precision = "month"
        row.tags.append("partial_date")
    elif r < 0.20:
        row.cells["event_date"] = ts.strftime("%Y-%m-%d")  # later form version: date widget
        precision = "day"
    else:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
        precision = "day"
    row.exp["event_date"] = _day_of(ts, precision)
    row.exp["date_precision"] = precision
    sub = ts + pd.Timedelta(days=int(rng.integers(0, 3)), minutes=int(rng.integers(420, 1200)))
    row.cells["submission_time"] = sub.strftime("%Y-%m-%dT%H:%M:%S")
    row.cells["station"] = _KOBO_STATION.get(str(ev.get("hotspot") or ""), "otro")

    det = _text(ev, "detection_country")
    if forced == "detection_country" or det is None:
        row.cells["detection_country"] = None
        row.tags.append("blank_detection_country")
    else:  # the regional form codes the country with its UN M49 number
        row.cells["detection_country"] = iso_codes(det)[1]
        row.exp["detection_country"] = det
        row.tags.append("numeric:detection_country")

    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if forced == "coordinates":
        row.cells["coordinates"] = None
        row.tags.append("blank_coordinates")
    elif lat is None or lon is None or rng.random() < 0.06:
        row.cells["coordinates"] = None
        row.tags.append("coords_missing")
    else:
        alt = round(float(rng.uniform(5, 120)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        row.cells["coordinates"] = f"{lat:.5f} {lon:.5f} {alt} {acc}"
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("geopoint")

    _crime(row, UNICEF, rng)
    offences = _text(ev, "linked_offences")
    row.exp["linked_offences"] = offences
    row.cells["linked_offences"] = (
        None
        if offences is None
        else _OFFENCE_SEP[UNICEF].join(_OFFENCE[UNICEF][o] for o in offences.split("|"))
    )
    n = _int(ev, "n_persons")
    row.cells["n_persons"] = n
    row.exp["n_persons"] = n
    _suspects(  # an integer question: skipped when not known
        row, rng, forced, placeholder=None, zero_word=None, numeric=True, blank_rate=0.05
    )
    _gender(row, UNICEF, rng, forced, 0.0)
    _age(row, UNICEF, rng)

    for col in ("nationality", "origin_country", "destination_country"):
        code = _text(ev, col)
        if (col == forced) or code is None:
            row.cells[col] = None
            if col == "nationality":
                row.tags.append("blank_nationality")
            continue
        if rng.random() < 0.02:
            row.cells[col] = "no_sabe"
            if col == "nationality":
                row.tags.append("blank_nationality")
            else:
                row.tags.append(f"unknown:{col}")
            continue
        row.cells[col] = _kobo_code(code)
        row.exp[col] = code
    transit = _text(ev, "transit_countries")
    row.exp["transit_countries"] = transit
    row.cells["transit_countries"] = (
        None if transit is None else " ".join(_kobo_code(c) for c in transit.split("|"))
    )
    _transport(row, UNICEF, rng)


# --------------------------------------------------------------------------------------
# Dominican National Police attaché, Madrid: cp1252 CSV compiled from partners' reports
# --------------------------------------------------------------------------------------
def _pnrd_country(rng: _Rng, code: str, col: str, row: _Row) -> str:
    r = rng.random()
    name = _es_name(code)
    if r < 0.04:
        garbled = mojibake(name)
        if garbled is not None:
            row.tags.append(f"mojibake:{col}")
            return garbled
    elif r < 0.08:
        row.tags.append(f"iso3:{col}")
        return code
    elif r < 0.10 and col == "detection_country":
        row.tags.append(f"iso2:{col}")
        return iso_codes(code)[0]
    elif r < 0.13 and code in _ES_ALIAS:
        row.tags.append(f"alias:{col}")
        return _ES_ALIAS[code]
    elif r < 0.16 and code in _ES_TYPO:
        row.tags.append(f"typo:{col}")
        return _ES_TYPO[code]
    elif r < 0.20:
        row.tags.append(f"case:{col}")
        return name.upper() if r < 0.18 else f"{name} "
    return name


def _render_pnrd(row: _Row, rng: _Rng, partial_ok: bool, forced: str | None) -> None:
    ev = row.ev
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    precision = "day"
    if partial_ok and r < 0.05:
        row.cells["event_date"] = choice(
            rng, (f"{_ES_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
        )
        precision = "month"
        row.tags.append("partial_date")
    elif partial_ok and r < 0.09:
        row.cells["event_date"] = choice(
            rng, (f"T{ts.quarter} {ts.year}", f"{_ORDINAL_Q[ts.quarter]} trimestre {ts.year}")
        )
        precision = "quarter"
        row.tags.append("partial_date")
    elif r < 0.12:
        row.cells["event_date"] = str((ts.normalize() - _EXCEL_EPOCH).days)
        row.tags.append("excel_serial")
    elif r < 0.24:
        row.cells["event_date"] = f"{ts.day}/{ts.month}/{ts.strftime('%y')}"
        row.tags.append("short_year")
    else:
        row.cells["event_date"] = ts.strftime("%d/%m/%Y")
    row.exp["event_date"] = _day_of(ts, precision)
    row.exp["date_precision"] = precision

    det = _text(ev, "detection_country")
    row.cells["partner"] = choice(rng, _PARTNER.get(det or "", ("Interpol",)))
    if forced == "detection_country" or det is None:
        row.cells["detection_country"] = None
        row.tags.append("blank_detection_country")
    else:
        row.cells["detection_country"] = _pnrd_country(rng, det, "detection_country", row)
        row.exp["detection_country"] = det

    _crime(row, PNRD, rng)
    if rng.random() < 0.03:  # the crime words with their accents garbled
        for col in ("crime_type", "exploitation"):
            word = row.cells.get(col)
            garbled = mojibake(word) if isinstance(word, str) else None
            if garbled is not None:
                row.cells[col] = garbled
                row.tags.append(f"mojibake:{col}")
    n = _int(ev, "n_persons")
    if rng.random() < 0.02:
        row.cells["n_persons"] = choice(rng, ("N/D", "s/d"))
        row.tags.append("count_placeholder")
    else:
        row.exp["n_persons"] = n
        if n is not None and n >= 1000 and rng.random() < 0.8:
            row.cells["n_persons"] = _thousands(n, ".")
            row.tags.append("thousands:n_persons")
        else:
            row.cells["n_persons"] = str(n)
    _suspects(row, rng, forced, placeholder="N/D", zero_word="ninguno", numeric=False)
    _gender(row, PNRD, rng, forced, 0.03)
    _age(row, PNRD, rng)

    for col in ("nationality", "origin_country", "destination_country"):
        code = _text(ev, col)
        r = rng.random()
        if col == forced or code is None or r < 0.03:
            row.cells[col] = None
            row.tags.append("blank_nationality" if col == "nationality" else f"empty:{col}")
            continue
        if r < 0.045:
            row.cells[col] = "N/D"
            row.tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        row.cells[col] = _pnrd_country(rng, code, col, row)
        row.exp[col] = code
    transit = _text(ev, "transit_countries")
    row.exp["transit_countries"] = transit
    if transit is None:
        row.cells["transit_countries"] = None
    else:
        names = []
        for code in transit.split("|"):
            name = _es_name(code)
            if rng.random() < 0.05:
                garbled = mojibake(name)
                if garbled is not None:
                    name = garbled
                    row.tags.append("mojibake:transit_countries")
            names.append(name)
        row.cells["transit_countries"] = " - ".join(names)
    _transport(row, PNRD, rng)
    _coords_decimal(row, rng, forced, decimals=5, comma=True, placeholder="N/D")
    _offences(row, PNRD)
    for key, value in list(row.cells.items()):  # the cp1252 file holds what it can
        if isinstance(value, str) and not fits(value, _BY_NAME[PNRD]):
            row.cells[key] = value.encode("cp1252", "replace").decode("cp1252")


# --------------------------------------------------------------------------------------
# SOS Méditerranée: rescue log, French, positions in degrees and minutes
# --------------------------------------------------------------------------------------
def _render_sos(row: _Row, rng: _Rng, partial_ok: bool, forced: str | None) -> None:
    ev = row.ev
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    row.cells["event_date"] = f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}"
    row.exp["event_date"] = ts.normalize()
    row.exp["date_precision"] = "day"
    row.tags.append("datetime")
    row.cells["vessel"] = "Ocean Viking"
    hotspot = str(ev.get("hotspot") or "")
    row.cells["port"] = _SOS_PORT.get(hotspot, hotspot or None)

    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if forced == "coordinates":
        row.cells["coordinates"] = None
        row.tags.append("blank_coordinates")
    elif lat is None or lon is None:
        row.cells["coordinates"] = None
        row.tags.append("coords_missing")
    else:
        row.cells["coordinates"] = f"{_dm(lat, 'N', 'S', 2)} {_dm(lon, 'E', 'W', 3)}"
        row.exp["lat"], row.exp["lon"] = lat, lon
        row.tags.append("degrees_minutes")

    det = _text(ev, "detection_country")
    if forced == "detection_country" or det is None:
        row.cells["detection_country"] = None
        row.tags.append("blank_detection_country")
    else:
        row.cells["detection_country"] = _fr_name(det)
        row.exp["detection_country"] = det

    row.exp["crime_type"] = "unknown"  # a rescue log does not qualify the crime
    row.tags.append("blank_n_suspects")  # nor counts the smugglers
    n = _int(ev, "n_persons")
    row.exp["n_persons"] = n
    if n is not None and n >= 1000:
        row.cells["n_persons"] = _thousands(n, choice(rng, ("\u202f", " ")))
        row.tags.append("thousands:n_persons")
    else:
        row.cells["n_persons"] = str(n)
    _gender(row, SOSMED, rng, forced, 0.03)
    _age(row, SOSMED, rng)

    nat = _text(ev, "nationality")
    if forced == "nationality" or nat is None or rng.random() < 0.03:
        row.cells["nationality"] = None
        row.tags.append("blank_nationality")
    else:
        if nat in _FR_ALIAS and rng.random() < 0.2:
            row.cells["nationality"] = _FR_ALIAS[nat]
            row.tags.append("alias:nationality")
        else:
            row.cells["nationality"] = _fr_name(nat)
        row.exp["nationality"] = nat
    transit = _text(ev, "transit_countries")
    row.exp["transit_countries"] = transit
    row.cells["transit_countries"] = (
        None if transit is None else ", ".join(_fr_name(c) for c in transit.split("|"))
    )
    mode = str(ev["transport_mode"])
    words = _TRANSPORT[SOSMED].get(mode)
    if words is None:  # not a boat: the log says so in its own words
        row.cells["transport_mode"] = "non précisé"
        row.exp["transport_mode"] = "unknown"
        row.tags.append("na_word:transport_mode")
    else:
        row.cells["transport_mode"] = choice(rng, words)
        row.exp["transport_mode"] = mode


# --------------------------------------------------------------------------------------
# Miami Herald Americas desk: clipping log in AP style
# --------------------------------------------------------------------------------------
def _ap_number(n: int) -> str:
    if 0 <= n < 10:
        return _AP_WORDS[n]
    return f"{n:,}"


def _render_herald(row: _Row, rng: _Rng, partial_ok: bool, forced: str | None) -> None:
    ev = row.ev
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    if partial_ok and rng.random() < 0.05:
        row.cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.year}"
        precision = "month"
        row.tags.append("partial_date")
    else:
        row.cells["event_date"] = f"{_AP_MONTHS[ts.month - 1]} {ts.day}, {ts.year}"
        precision = "day"
        row.tags.append("ap_date")
    row.exp["event_date"] = _day_of(ts, precision)
    row.exp["date_precision"] = precision
    row.cells["outlet"] = choice(rng, ("Miami Herald", "Miami Herald", "el Nuevo Herald"))
    hotspot = str(ev.get("hotspot") or "")
    row.cells["place"] = _HERALD_PLACE.get(hotspot, hotspot or None)

    det = _text(ev, "detection_country")
    if forced == "detection_country" or det is None:
        row.cells["detection_country"] = None
        row.tags.append("blank_detection_country")
    else:
        row.cells["detection_country"] = "U.S." if det == "USA" else _en_name(det)
        row.exp["detection_country"] = det

    _crime(row, HERALD, rng)
    n = _int(ev, "n_persons")
    row.exp["n_persons"] = n
    row.cells["n_persons"] = None if n is None else _ap_number(n)
    if n is not None and n < 10:
        row.tags.append("count_word")
    n_sus = _int(ev, "n_suspects")
    r = rng.random()
    if forced == "n_suspects" or n_sus is None or r < 0.05:
        row.cells["n_suspects"] = None
        row.tags.append("blank_n_suspects")
    elif r < 0.15:
        row.cells["n_suspects"] = "not reported"
        row.tags.append("suspects_placeholder")
    else:
        row.exp["n_suspects"] = n_sus
        row.cells["n_suspects"] = "none" if n_sus == 0 else _ap_number(n_sus)
        if n_sus == 0:
            row.tags.append("zero_word")
    _gender(row, HERALD, rng, forced, 0.04)
    _age(row, HERALD, rng)

    nat = _text(ev, "nationality")
    if forced == "nationality" or nat is None or rng.random() < 0.04:
        row.cells["nationality"] = None
        row.tags.append("blank_nationality")
    else:
        row.cells["nationality"] = _DEMONYM.get(nat) or _en_name(nat)
        row.exp["nationality"] = nat
        row.tags.append("demonym:nationality")
    dest = _text(ev, "destination_country")
    if dest is None or rng.random() < 0.1:
        row.cells["destination_country"] = None
        row.tags.append("empty:destination_country")
    else:
        row.cells["destination_country"] = "U.S." if dest == "USA" else _en_name(dest)
        row.exp["destination_country"] = dest
    _transport(row, HERALD, rng)
    row.tags.append("coords_missing")  # a newspaper gives no coordinates


_RENDERERS = {
    FBI: _render_fbi,
    UNICEF: _render_unicef,
    PNRD: _render_pnrd,
    SOSMED: _render_sos,
    HERALD: _render_herald,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    row = _Row(ev)
    _RENDERERS[src.source](row, rng, partial_ok, forced_blank)
    if forced_blank is not None:
        row.tags.append(f"forced_blank:{forced_blank}")
    return row.out()


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with its year mistyped a century on (``2023`` -> ``2123``)."""
    day = 28 if (ts.month, ts.day) == (2, 29) else ts.day
    return ts.replace(year=ts.year + 100, day=day)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        if src.source == FBI:
            return f"2/{day}/{ts.year}"
        if src.source == HERALD:
            return f"Feb. {day}, {ts.year}"
        return f"{day}/02/{ts.year}"
    fut = _future(ts)
    if src.source == FBI:
        return fut.to_pydatetime()
    if src.source == HERALD:
        return f"{_AP_MONTHS[fut.month - 1]} {fut.day}, {fut.year}"
    return fut.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on a source's note row (the day the extract was made)."""
    day = last + pd.Timedelta(days=3)
    if src.source == FBI:
        return day.to_pydatetime()
    if src.source == HERALD:
        return f"{_AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if src.source == SOSMED:
        return day.strftime("%d/%m/%Y") + " 12:00"
    return day.strftime("%d/%m/%Y")


#: The variant: sources, routing and wording.
BLIND119: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"USA": FBI, "PAN": UNICEF},
    compilation=PNRD,
    secondary={
        ("cmed", "ITA"): SOSMED,
        ("darien", "PAN"): HERALD,
        ("us_mex", "USA"): HERALD,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=119,
    blank_share=0.3,
)


def make_blind119(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind119`` submissions (files ``*_dq.*``).

    The FBI's border field offices report the events detected in the United States,
    UNICEF Panama those detected in the Darién, and the Dominican National Police attaché
    in Madrid compiles every other event from its European partners; SOS Méditerranée
    (central Mediterranean rescues landed in Italy) and the Miami Herald's Americas desk
    (the Darién and the US-Mexico border) report some events a second time. Each writes in
    its own language, format, encoding and words (see the module docstring).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``fbi_cid_border_dq.xlsx``, ``unicef_pa_darien_dq.jsonl``,
        ``pn_rd_agregaduria_madrid_dq.csv``, ``sos_mediterranee_dq.csv`` and
        ``miami_herald_americas_dq.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind119(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fbi_cid_border_dq.xlsx', 'unicef_pa_darien_dq.jsonl',
     'pn_rd_agregaduria_madrid_dq.csv', 'sos_mediterranee_dq.csv',
     'miami_herald_americas_dq.csv']
    >>> [(s.language, s.encoding, s.delimiter) for s in subs][2]
    ('es', 'cp1252', ';')
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND119, truth, seed=seed)
