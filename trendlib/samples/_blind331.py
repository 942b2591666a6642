"""Examiner sample set ``blind331`` (files ``*_lu.*``): crypto-asset compliance teams.

Five compliance desks of crypto-asset businesses report the payments they traced to
smugglers and traffickers, with what law enforcement told them about each event:

``coinhouse_conformite_lu.csv``
    A French exchange registered as PSAN with the AMF (LCB-FT desk, the team that files
    *déclarations de soupçon* to Tracfin). French, cp1252, ``;``, CRLF, day-first dates
    with a few quarter-only dates (``T2 2023``), decimal commas, accents sometimes
    dropped from country names, ISO alpha-2 codes from the KYC tool, "small boat".
``bitstamp_fincrime_lu.xlsx``
    The financial-crime unit of an FCA-registered exchange, which also compiles the
    events of its European customers that no other desk reports (Italy, Greece, Croatia,
    Poland). English (UK wording: "Organised immigration crime", "MSHT", "HGV", "Nil"),
    real Excel dates with some pasted text dates (``17 May 2023``) and quarter-only
    dates (``Q2 2023``), ISO alpha-3 codes, route lists joined by ``>``, one
    ``lat, long`` cell.
``bit2me_pbc_lu.csv``
    The AML (*prevención del blanqueo de capitales*) desk of a Spanish provider
    registered with the Banco de España, saved from Excel as "Unicode text": UTF-16
    with BOM, tab-delimited. Spanish police wording (``V`` = *varón*, ``patera``,
    ``cayuco``, ``salto de valla``), ``.`` thousands, decimal commas, month-only dates
    (``mayo 2023``) and a few timestamps.
``volabit_oc_lu.jsonl``
    The compliance officer of a Mexican exchange licensed as an ITF, exporting its
    unusual-operation reports (ROI) from its case tool as JSON lines. Mexican wording
    (``EUA``, ``NNA``, ``H``/``M`` = *hombre*/*mujer*, ``tractocamión``, ``lavado de
    dinero``), ISO timestamps with the ``-06:00`` offset, some ``2023-05`` months, ISO
    alpha-2 and numeric country codes.
``athena_btm_pa_lu.csv``
    The compliance team of a crypto-ATM operator in Panama. Spanish, UTF-8 with some
    cells garbled by an earlier cp1252 round trip (``PanamÃ¡``), ``,``, dates as
    ``17-may-2023``, ``2023/05/17`` or Excel serials pasted from a sheet, one
    ``lat, lon`` cell; the file was sent twice in part (exact repeats).

The truth says what a careful analyst reads from each cell: a placeholder count
(``N/C``, ``n/k``, ``s/d``) is no count, ``aucun``/``Nil``/``ninguno`` suspects are
zero, an unknown word or an empty cell is no value (``unknown`` for vocabularies), a
"direct" transit cell is no transit, a month or quarter is its first day with its
precision; unreadable counts (``plusieurs``, ``#VALUE!``), impossible days
(``30/02/2022``) and years keyed one digit off (``2123``) are bad rows.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "LuSource", "make_blind331"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_PARTIAL = ("quarter_en", "quarter_fr", "month_es", "month_iso")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class LuSource(ExaminerSource):
    """A ``blind331`` source: the shared fields plus the desk's own wording.

    Attributes
    ----------
    aliases : dict
        ISO alpha-3 -> other names the desk writes for that country.
    country_style : dict
        Style -> weight: ``name``, ``upper``, ``lower``, ``iso2``, ``iso3``,
        ``numeric``, ``alias``, ``typo``, ``no_accent``, ``mojibake``.
    vocab : dict
        Column -> canonical word -> the desk's words (the first is the usual one).
    unknown : tuple of str
        Words for "not known" in a vocabulary or country cell.
    no_count : tuple of str
        Words for "not known" in a count cell.
    zero : tuple of str
        Words for "no suspect".
    not_applicable : tuple of str
        What the desk writes as the exploitation of a pure smuggling case.
    direct : tuple of str
        What the desk writes in the transit cell of a direct journey.
    transit_sep, offence_sep : str
        Separators of transit countries and of linked offences.
    thousands : str
        Thousands separator of counts written as text ("" = none).
    coords : str
        ``split_comma`` (lat and lon cells, decimal comma), ``pair`` (one ``lat, lon``
        cell) or ``numbers`` (numeric lat and lon).
    coord_decimals : int
        Decimals of the coordinates written.
    dates : dict
        Date style -> weight; the first is the desk's usual style.
    amount : str
        How the amount of the traced payments is written (``fr``, ``en``, ``es``,
        ``mx``, ``pa``).
    mojibake_rate : float
        Share of text cells garbled by a cp1252 round trip.
    """

    aliases: dict[str, tuple[str, ...]]
    country_style: dict[str, float]
    vocab: dict[str, _Words]
    unknown: tuple[str, ...]
    no_count: tuple[str, ...]
    zero: tuple[str, ...]
    not_applicable: tuple[str, ...]
    direct: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    thousands: str
    coords: str
    coord_decimals: int
    dates: dict[str, float]
    amount: str
    mojibake_rate: float


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_COINHOUSE = LuSource(
    source="coinhouse_conformite_lu",
    filename="coinhouse_conformite_lu.csv",
    ref="DS-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° DS",
        "event_date": "Date de détection",
        "crime_type": "Typologie",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "amount": "Montant des flux (EUR)",
    },
    note="Extraction outil LCB-FT — diffusion restreinte, données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "#VALEUR!"),
    repeats=False,
    aliases={
        "GBR": ("Grande-Bretagne", "Royaume Uni"),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Vietnam",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "USA": ("USA",),
    },
    country_style={
        "name": 0.62,
        "upper": 0.12,
        "iso2": 0.08,
        "no_accent": 0.08,
        "alias": 0.05,
        "typo": 0.05,
    },
    vocab={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
                "filière d'immigration clandestine",
            ),
            "both": ("TEH et trafic de migrants", "traite + aide au séjour irrégulier"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F", "féminin"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "voie maritime"),
            "land": ("poids lourd", "voie terrestre", "camion"),
            "air": ("voie aérienne", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment de capitaux"),
            "illicit_goods": ("stupéfiants", "trafic de stupéfiants"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("financement du terrorisme",),
        },
    },
    unknown=("inconnu", "N/C", "non renseigné"),
    no_count=("N/C", "inconnu"),
    zero=("aucun", "0"),
    not_applicable=("sans objet",),
    direct=("aucun", "direct"),
    transit_sep=" / ",
    offence_sep=", ",
    thousands="\u00a0",
    coords="split_comma",
    coord_decimals=5,
    dates={"dmy": 0.84, "dmy2": 0.12, "quarter_fr": 0.04},
    amount="fr",
    mojibake_rate=0.0,
)

_BITSTAMP = LuSource(
    source="bitstamp_fincrime_lu",
    filename="bitstamp_fincrime_lu.xlsx",
    ref="FCU-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "FCU case ref",
        "event_date": "Date identified",
        "crime_type": "Typology",
        "exploitation": "Exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "No. of subjects",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Destination country",
        "detection_country": "Country of interception",
        "transport_mode": "Method of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked offences",
        "amount": "Value (GBP)",
    },
    note="Source: FCU case log. Figures provisional; do not disseminate.",
    total="TOTAL",
    bad_count=("several", "#VALUE!", "multiple"),
    repeats=False,
    aliases={
        "GBR": ("UK", "Great Britain"),
        "CIV": ("Ivory Coast", "Cote d'Ivoire"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Islamic Republic of Iran",),
        "BIH": ("Bosnia",),
        "USA": ("USA", "US"),
        "GMB": ("The Gambia",),
    },
    country_style={
        "name": 0.55,
        "iso3": 0.2,
        "alias": 0.12,
        "upper": 0.05,
        "typo": 0.05,
        "lower": 0.03,
    },
    vocab={
        "crime_type": {
            "trafficking": ("Human trafficking", "Modern slavery", "MSHT"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("MSHT / OIC", "Trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "M/F"),
        },
        "age_group": {
            "child": ("Minor", "Under 18", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Maritime", "Sea"),
            "land": ("HGV", "Land", "Vehicle"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery and corruption", "Corruption"),
            "money_laundering": ("Money laundering", "ML"),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorist financing",),
        },
    },
    unknown=("Unknown", "Not known", "n/k"),
    no_count=("Unknown", "n/k", "TBC"),
    zero=("Nil", "None"),
    not_applicable=("N/A",),
    direct=("Direct",),
    transit_sep=" > ",
    offence_sep="; ",
    thousands="",
    coords="pair",
    coord_decimals=4,
    dates={"excel": 0.8, "long_en": 0.1, "dmy": 0.05, "quarter_en": 0.05},
    amount="en",
    mojibake_rate=0.0,
)

_BIT2ME = LuSource(
    source="bit2me_pbc_lu",
    filename="bit2me_pbc_lu.csv",
    ref="PBC/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº comunicación",
        "event_date": "Fecha detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
        "amount": "Importe (EUR)",
    },
    note="Nota: extracción del sistema de monitorización; datos sujetos a revisión",
    total="TOTAL",
    bad_count=("varios", "#¡VALOR!"),
    repeats=False,
    aliases={
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "USA": ("EE.UU.",),
        "VNM": ("Viet Nam",),
    },
    country_style={
        "name": 0.65,
        "iso2": 0.1,
        "no_accent": 0.1,
        "alias": 0.05,
        "typo": 0.05,
        "upper": 0.05,
    },
    vocab={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH", "trata"),
            "smuggling": (
                "favorecimiento de la inmigración clandestina",
                "tráfico ilícito de migrantes",
            ),
            "both": ("trata y tráfico de migrantes", "TSH + tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "prostitución coactiva"),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujeres", "mujer"),
            "male": ("varones", "hombres", "V"),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "child": ("menores", "menor de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática", "marítimo"),
            "land": ("terrestre", "camión", "vehículo"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("financiación del terrorismo",),
        },
    },
    unknown=("desconocido", "s/d", "N/D"),
    no_count=("s/d", "desconocido"),
    zero=("ninguno", "0"),
    not_applicable=("no aplica",),
    direct=("directo",),
    transit_sep=" - ",
    offence_sep=" / ",
    thousands=".",
    coords="split_comma",
    coord_decimals=5,
    dates={"dmy": 0.82, "dmy_dash": 0.05, "dmy_time": 0.07, "month_es": 0.06},
    amount="es",
    mojibake_rate=0.0,
)

_VOLABIT = LuSource(
    source="volabit_oc_lu",
    filename="volabit_oc_lu.jsonl",
    ref="ROI-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio_roi",
        "event_date": "fecha_deteccion",
        "crime_type": "tipologia",
        "exploitation": "tipo_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_sujetos",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_vinculados",
        "amount": "monto_mxn",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=False,
    aliases={
        "USA": ("EUA", "EE.UU.", "E.U.A."),
        "VNM": ("Vietnam",),
        "CIV": ("Costa de Marfil",),
    },
    country_style={
        "name": 0.45,
        "alias": 0.15,
        "iso2": 0.15,
        "upper": 0.1,
        "no_accent": 0.07,
        "numeric": 0.05,
        "typo": 0.03,
    },
    vocab={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico de indocumentados", "tráfico ilícito de migrantes"),
            "both": ("trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("tráfico de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otro",),
        },
        "gender": {
            "female": ("mujeres", "M", "femenino"),
            "male": ("hombres", "H", "masculino"),
            "mixed": ("mixto", "H y M"),
        },
        "age_group": {
            "child": ("NNA", "menores"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "tractocamión", "caja seca", "a pie"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho",),
            "money_laundering": (
                "lavado de dinero",
                "operaciones con recursos de procedencia ilícita",
            ),
            "illicit_goods": ("narcotráfico", "delitos contra la salud"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("financiamiento al terrorismo",),
        },
    },
    unknown=("ND", "sin dato", "desconocido"),
    no_count=("ND", "sin dato"),
    zero=("ninguno", "0"),
    not_applicable=("N/A",),
    direct=("directo",),
    transit_sep=", ",
    offence_sep=", ",
    thousands="",
    coords="numbers",
    coord_decimals=4,
    dates={"iso_offset": 0.7, "iso": 0.2, "month_iso": 0.05, "dmy": 0.05},
    amount="mx",
    mojibake_rate=0.0,
)

_ATHENA = LuSource(
    source="athena_btm_pa_lu",
    filename="athena_btm_pa_lu.csv",
    ref="ALR{yy:02d}{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "ID alerta",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Género",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Tránsito",
        "destination_country": "Destino",
        "detection_country": "País detección",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
        "amount": "Monto (USD)",
    },
    note="Reporte generado automáticamente - uso interno",
    total="Total",
    bad_count=("varios", "grupo"),
    repeats=True,
    aliases={
        "USA": ("EE.UU.", "USA"),
        "CHN": ("República Popular China",),
        "HTI": ("Haiti",),
        "MEX": ("Mexico",),
    },
    country_style={
        "name": 0.55,
        "upper": 0.15,
        "iso3": 0.1,
        "mojibake": 0.1,
        "alias": 0.05,
        "typo": 0.05,
    },
    vocab={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata de personas y tráfico de migrantes", "trata y tráfico"),
        },
        "gender": {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menores de edad", "NNA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Mixto", "Adultos y menores"),
        },
        "transport_mode": {
            "land": ("a pie", "terrestre", "caminata por la selva"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delito informático",),
            "terrorism": ("financiamiento del terrorismo",),
        },
    },
    unknown=("N/D", "no disponible", "desconocido"),
    no_count=("N/D", "por confirmar"),
    zero=("ninguno", "0"),
    not_applicable=(),
    direct=("directo",),
    transit_sep="; ",
    offence_sep="; ",
    thousands=",",
    coords="pair",
    coord_decimals=5,
    dates={"abbr_es": 0.5, "ymd_slash": 0.4, "serial": 0.1},
    amount="pa",
    mojibake_rate=0.12,
)

#: The five sources of ``blind331``, in the order of the submissions.
SOURCES: tuple[LuSource, ...] = (_COINHOUSE, _BITSTAMP, _BIT2ME, _VOLABIT, _ATHENA)

#: Detection country -> the desk that first reports its events (others: the compilation).
_PRIMARY = {
    "FRA": _COINHOUSE.source,
    "GBR": _BITSTAMP.source,
    "ESP": _BIT2ME.source,
    "USA": _VOLABIT.source,
    "PAN": _ATHENA.source,
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): _BITSTAMP.source,
    ("channel", "GBR"): _COINHOUSE.source,
    ("thb_vnm_gbr", "GBR"): _COINHOUSE.source,
    ("darien", "PAN"): _VOLABIT.source,
    ("wmed", "ESP"): _COINHOUSE.source,
    ("watl", "ESP"): _COINHOUSE.source,
    ("cmed", "ITA"): _COINHOUSE.source,
    ("thb_nga_ita", "ITA"): _BIT2ME.source,
    ("thb_rou_esp", "ITA"): _BIT2ME.source,
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _int(value: object) -> int | None:
    """Return ``value`` as an int (None if missing)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, int | np.integer | float | np.floating | str):
        return int(value)
    raise TypeError(f"expected a count, got {value!r}")


def _float(value: object) -> float | None:
    """Return ``value`` as a float (None if missing)."""
    if value is None:
        return None
    if isinstance(value, int | np.integer | float | np.floating | str):
        out = float(value)
        return None if np.isnan(out) else out
    raise TypeError(f"expected a number, got {value!r}")


def _weighted(rng: _Rng, weights: dict[str, float]) -> str:
    """Draw a key of ``weights`` in proportion to its weight."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, a variant otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _strip_accents(text: str) -> str:
    """Drop accents (``Algérie`` -> ``Algerie``), as a clerk typing fast does."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _swap(text: str) -> str | None:
    """Swap two letters in the middle of a name of 6+ letters (None if it cannot)."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _encodable(src: LuSource, text: str) -> str:
    """Return ``text``, or its accent-free form if the file's encoding cannot hold it."""
    return text if fits(text, src) else _strip_accents(text)


def _noise(
    src: LuSource, text: str, col: str, rng: _Rng, tags: list[str], *, garble: bool = True
) -> str:
    """Change the case or spacing of a few cells; garble some in the mojibake source."""
    r = rng.random()
    if r < 0.03 and text.upper() != text:
        tags.append(f"case:{col}")
        return text.upper()
    if 0.03 <= r < 0.05:
        tags.append(f"case:{col}")
        return f" {text}  "
    if garble and src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append(f"mojibake:{col}")
            return garbled
    return text


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(
    src: LuSource, iso: str, rng: _Rng, col: str, tags: list[str], style: str | None = None
) -> str:
    """Write one ISO alpha-3 code as the desk writes the country (``style``: drawn)."""
    name = str(COUNTRIES[iso][_LANG_COL[src.language]])
    style = style or _weighted(rng, src.country_style)
    out: str | None
    if style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "iso3":
        out = iso
    elif style == "numeric":
        out = iso_codes(iso)[1]
    elif style == "alias":
        names = src.aliases.get(iso)
        out = choice(rng, names) if names else None
    elif style == "typo":
        out = str(COUNTRIES[iso][5]) if src.language == "en" else _swap(name)
    elif style == "no_accent":
        out = _strip_accents(name)
    elif style == "mojibake":
        out = mojibake(name)
    else:
        out = None
    if out is None or (out == name and style != "upper"):
        return _encodable(src, name)
    if out != name:
        tags.append(f"{style}:{col}")
    return _encodable(src, out)


def _quarter(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _day_text(key: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a day in one of the desks' date styles."""
    if key == "dmy":
        return ts.strftime("%d/%m/%Y")
    if key == "dmy2":
        return ts.strftime("%d/%m/%y")
    if key == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if key == "dmy_time":
        hh, mm = int(rng.integers(7, 20)), int(rng.integers(0, 60))
        return ts.strftime("%d/%m/%Y") + f" {hh:02d}:{mm:02d}"
    if key == "iso":
        return ts.strftime("%Y-%m-%d")
    if key == "iso_offset":
        hh, mm, ss = int(rng.integers(8, 18)), int(rng.integers(0, 60)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hh:02d}:{mm:02d}:{ss:02d}-06:00"
    if key == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if key == "long_en":
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
    if key == "abbr_es":
        return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
    if key == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if key == "excel":
        return datetime(ts.year, ts.month, ts.day)
    raise ValueError(f"unknown date style {key!r}")


def _date_cell(
    src: LuSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event's date; return (cell, expected date, precision)."""
    styles = src.dates
    if not partial_ok:
        styles = {k: w for k, w in styles.items() if k not in _PARTIAL}
    key = _weighted(rng, styles)
    day = ts.normalize()
    if key == "quarter_en":
        tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", _quarter(day), "quarter"
    if key == "quarter_fr":
        tags.append("partial_date")
        return f"T{ts.quarter} {ts.year}", _quarter(day), "quarter"
    if key == "month_es":
        tags.append("partial_date")
        return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", day.replace(day=1), "month"
    if key == "month_iso":
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), day.replace(day=1), "month"
    if key != next(iter(src.dates)):
        tags.append(f"date_style:{key}")
    return _day_text(key, day, rng), day, "day"


def _count_text(src: LuSource, value: int) -> object:
    """Write a count: a number in XLSX and JSON, text with the desk's separator in CSV."""
    if src.format != "csv":
        return value
    if value >= 1000 and src.thousands:
        return f"{value // 1000}{src.thousands}{value % 1000:03d}"
    return str(value)


def _amount(src: LuSource, persons: int, rng: _Rng) -> object:
    """Return the amount of the payments traced to the event, in the desk's style."""
    value = round(float(rng.uniform(180, 2400)) * min(persons, 25), 2)
    if src.amount == "en":
        return value
    if src.amount == "mx":
        return round(value * 19.5, 2)
    whole, cents = f"{value:.2f}".split(".")
    if src.amount == "fr":
        groups = f"{int(whole):,}".replace(",", " ")
        return f"{groups},{cents}"
    if src.amount == "es":
        groups = f"{int(whole):,}".replace(",", ".")
        return f"{groups},{cents}"
    return f"${int(whole):,}.{cents}"


def _coords(
    src: LuSource, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    keys = ("coordinates",) if src.coords == "pair" else ("lat", "lon")
    if blank:
        return dict.fromkeys(keys), None, None
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    if r < 0.06 and src.coords == "pair":
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, src.unknown)}, None, None
    d = src.coord_decimals
    la, lo = round(lat, d), round(lon, d)
    if src.coords == "numbers":
        return {"lat": la, "lon": lo}, la, lo
    t_la, t_lo = f"{la:.{d}f}", f"{lo:.{d}f}"
    if src.coords == "pair":
        sep = ", " if src.format == "xlsx" else ","
        return {"coordinates": f"{t_la}{sep}{t_lo}"}, la, lo
    return {"lat": t_la.replace(".", ","), "lon": t_lo.replace(".", ",")}, la, lo


def _vocab(
    src: LuSource,
    col: str,
    value: str | None,
    rng: _Rng,
    tags: list[str],
    *,
    lose: float = 0.04,
) -> tuple[str | None, str]:
    """Write a vocabulary value; return (cell, expected word)."""
    if value is None:
        return None, "unknown"
    if col not in src.headers:
        return None, "unknown"
    r = rng.random()
    if r < lose / 2:
        tags.append(f"blank:{col}")
        return None, "unknown"
    if r < lose:
        tags.append(f"unknown_word:{col}")
        return _encodable(src, choice(rng, src.unknown)), "unknown"
    text = _encodable(src, _word(rng, src.vocab[col][value]))
    return _noise(src, text, col, rng, tags), value


def _render(
    src: LuSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    if forced_blank:
        tags.append(f"blank_{forced_blank}")
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(
        src, _encodable(src, _word(rng, src.vocab["crime_type"][crime])), "crime_type", rng, tags
    )
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if crime == "smuggling":
        exp["exploitation"] = None
        if "exploitation" in src.headers and src.not_applicable and rng.random() < 0.15:
            cells["exploitation"] = choice(rng, src.not_applicable)
            tags.append("na_word:exploitation")
    else:
        cells["exploitation"], exp["exploitation"] = _vocab(
            src, "exploitation", None if expl is None else str(expl), rng, tags, lose=0.05
        )
        if "exploitation" not in src.headers:
            tags.append("no_column:exploitation")

    persons = _int(ev["n_persons"]) or 0
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.no_count)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_text(src, persons)
        exp["n_persons"] = persons
        if persons >= 1000 and src.format == "csv" and src.thousands:
            tags.append("thousands:n_persons")
        elif src.format == "jsonl" and rng.random() < 0.1:
            cells["n_persons"] = str(persons)
            tags.append("count_as_text")

    suspects = _int(ev["n_suspects"])
    r = rng.random()
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank:n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.no_count), None
        tags.append("suspects_placeholder")
    elif suspects == 0 and rng.random() < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count_text(src, suspects), suspects

    gender = None if forced_blank == "gender" else str(ev["gender"])
    cells["gender"], exp["gender"] = _vocab(src, "gender", gender, rng, tags)
    cells["age_group"], exp["age_group"] = _vocab(src, "age_group", str(ev["age_group"]), rng, tags)

    for col, lose in (
        ("nationality", 0.04),
        ("origin_country", 0.04),
        ("destination_country", 0.0),
        ("detection_country", 0.0),
    ):
        iso = ev[col]
        r = rng.random()
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
        elif r < lose / 2:
            cells[col], exp[col] = None, None
            tags.append(f"blank:{col}")
        elif r < lose:
            cells[col], exp[col] = _encodable(src, choice(rng, src.unknown)), None
            tags.append(f"unknown_word:{col}")
        else:
            text = _country(src, str(iso), rng, col, tags)
            cells[col] = _noise(src, text, col, rng, tags, garble=False)
            exp[col] = str(iso)

    transit = ev["transit_countries"]
    r = rng.random()
    if transit is None:
        exp["transit_countries"] = None
        if r < 0.3:
            cells["transit_countries"] = choice(rng, src.direct)
            tags.append("direct_word")
    elif r < 0.03:
        exp["transit_countries"] = None
        tags.append("blank:transit_countries")
    else:
        style = _weighted(rng, src.country_style)  # one style for the whole list
        parts = [
            _country(src, iso, rng, "transit_countries", tags, style)
            for iso in str(transit).split("|")
        ]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    lat, lon = _float(ev["lat"]), _float(ev["lon"])
    if lat is None or lon is None:
        exp["lat"] = exp["lon"] = None
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src, lat, lon, rng, tags, forced_blank == "coordinates"
        )
        cells.update(place)

    cells["transport_mode"], exp["transport_mode"] = _vocab(
        src, "transport_mode", str(ev["transport_mode"]), rng, tags
    )
    if (
        src is _BIT2ME
        and str(ev["hotspot"]) in ("Ceuta", "Melilla")
        and exp["transport_mode"] == "land"
        and rng.random() < 0.4
    ):
        cells["transport_mode"] = "salto de valla"  # the fences of Ceuta and Melilla
        tags.append("fence_word")

    offences = ev["linked_offences"]
    if offences is None:
        exp["linked_offences"] = None
    else:
        words = [_word(rng, src.vocab["linked_offences"][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _encodable(src, src.offence_sep.join(words))
        exp["linked_offences"] = str(offences)

    cells["amount"] = _amount(src, persons, rng)
    return cells, exp, tags


def _bad_date(src: LuSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a bad row's date: empty, an impossible day or a year keyed one digit off."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # 2023 keyed as 2123
        day = ts.normalize().replace(year=ts.year + 100)
        return _day_text(next(iter(src.dates)), day, rng)
    d = 30 if rng.random() < 0.5 else 31  # there is no 30 or 31 February
    year = ts.year
    style = next(iter(src.dates))
    if style == "iso_offset":
        return f"{year}-02-{d}T{int(rng.integers(8, 18)):02d}:00:00-06:00"
    if style == "abbr_es":
        return f"{d}-feb-{year}" if rng.random() < 0.5 else f"{year}/02/{d}"
    return f"{d}/02/{year}"  # day-first desks; the UK desk types it as text in a date cell


def _note_date(src: LuSource, last: pd.Timestamp) -> object:
    """Return the note row's date: the export day, a few days after the last event."""
    day = last.normalize() + pd.Timedelta(days=6)
    return _day_text(next(iter(src.dates)), day, np.random.default_rng(0))


_EXAMINER: Examiner[LuSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_BITSTAMP.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=331,
    blank_share=0.35,
)


def make_blind331(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five crypto-asset compliance desks of ``blind331``.

    Each event is first reported by the desk of its detection country (France, United
    Kingdom, Spain, United States, Panama); the UK desk also compiles every other
    event. About 4 % of the events are reported a second time by another desk (the
    Channel events by the French or UK desk, the Darién events by the Mexican one, ...),
    some of them leaving one field blank. Bad rows, a note row, a total row, an empty
    CSV row and the Panamanian file's exact repeats are planted as the machinery of
    :mod:`trendlib.samples._examiner` lays them out.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``coinhouse_conformite_lu.csv``, ``bitstamp_fincrime_lu.xlsx``,
        ``bit2me_pbc_lu.csv``, ``volabit_oc_lu.jsonl`` and ``athena_btm_pa_lu.csv``,
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind331(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['coinhouse_conformite_lu.csv', 'bitstamp_fincrime_lu.xlsx', 'bit2me_pbc_lu.csv',
     'volabit_oc_lu.jsonl', 'athena_btm_pa_lu.csv']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº comunicación', 'Fecha detección', 'Tipología']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
