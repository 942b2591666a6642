"""Examiner variant ``blind425``: five beauty-industry supply-chain and security desks.

Files ``*_pk.*``. Five desks of the cosmetics and perfume trade that keep their own logs
of trafficking and smuggling events (exploited workers in nail-bar and beauty supply
chains, ingredient-growing regions, migrant routes crossing their logistics lanes), each
written the way that desk's tool and clerks write it:

``ctpa_msl_horizon_pk.jsonl``
    The UK cosmetics trade association's modern-slavery horizon-scanning list (English),
    exported from a SharePoint list as JSON lines: PascalCase keys, ISO dates (some with a
    ``T00:00:00Z`` time), month-only and ``Q2 2023`` items from press round-ups, ISO
    alpha-2 codes from the list's drop-downs, demonyms typed as nationality ("Afghan"),
    transit codes joined by ``" > "``, UK wording ("OIC" for smuggling, "MSHT" for
    trafficking). It also compiles the events no other desk covers (Greece, Croatia,
    Poland). Re-runs of the export flow repeat some rows.
``prodarom_grasse_vigilance_pk.csv``
    The Grasse aromatics makers' duty-of-vigilance watch (French), cp1252, ``;``, CRLF:
    day-first dates, "mai 2023" and "T2 2023" press items, French country names with
    and without accents, some mojibake pasted from UTF-8 feeds ("SÃ©nÃ©gal"), decimal
    commas in split coordinates, thousands with a (no-break) space, "NC" and "néant".
``stanpa_cumplimiento_pk.xlsx``
    The Spanish cosmetics association's compliance desk (Spanish), Excel: real date
    cells and a few typed dates, numbers as numbers, "Salto de valla", "Patera",
    "Cayuco", ISO alpha-3 codes now and then, "318 bis" for smuggling.
``canipec_cumplimiento_pk.csv``
    The Mexican cosmetics chamber's compliance desk (Mexican Spanish), saved by Excel as
    "Unicode text": UTF-16 with BOM, tab-delimited; "Probables responsables",
    "Tráfico de personas" (smuggling in Mexican law), "NNA" for minors, "EUA" and
    "EE.UU.", demonyms ("hondureña"), ``17-may-2023`` dates, "1,250" counts and
    ``lat, lon`` pairs in one cell.
``auzlc_perfumerias_pk.csv``
    The Colón Free Zone users' perfumery compliance desk (Panamanian Spanish), UTF-8
    with BOM, ``,``: day-first dates and Excel serial numbers, ISO numeric country codes
    from the customs declarations ("862"), degrees-minutes-seconds coordinates, small
    counts in words ("tres"). Re-sent rows repeat.

Every cell a careful analyst cannot read is planted on purpose and the truth says so:
"not known" words expect nothing (or ``unknown`` for a vocabulary column), bad rows of
every quarantine reason expect nothing.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind425"]

_Rng = np.random.Generator
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
_MONTHS_ES_ABBR = (
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

# Demonyms a clerk types in a nationality cell (the country's own adjective).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "DZA": "Algerian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
# Spanish demonyms: (masculine singular, feminine singular).
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "CHN": ("chino", "china"),
    "COL": ("colombiano", "colombiana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "MEX": ("mexicano", "mexicana"),
    "VEN": ("venezolano", "venezolana"),
}
# Other names people use for a country, by language.
_ALIAS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK",),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "USA": ("USA",),
        "IRN": ("Iran",),
    },
    "fr": {"GBR": ("Angleterre",), "VNM": ("Vietnam",), "USA": ("USA",)},
    "es": {
        "USA": ("EE.UU.", "EUA", "E.U.A."),
        "GBR": ("Inglaterra",),
        "CIV": ("Côte d'Ivoire",),
    },
}
# Small slips of the keyboard a careful reader still reads at once.
_TYPO: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "IRQ": "Irak",
        "PAK": "Pakisatn",
        "SYR": "Syira",
        "VNM": "Veitnam",
        "ALB": "Albnia",
        "BGD": "Bangaldesh",
    },
    "fr": {
        "AFG": "Afganistan",
        "TUN": "Tunisise",
        "EGY": "Egytpe",
        "BGD": "Bangaldesh",
        "ITA": "Itallie",
        "ERI": "Erythée",
        "ROU": "Roumanine",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senegall",
        "ESP": "Epaña",
        "VEN": "Venezuala",
        "GTM": "Guatamala",
        "HND": "Hondruas",
        "ROU": "Rumaía",
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _plain(text: str) -> str:
    """Drop the accents of ``text`` ("Sénégal" -> "Senegal")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class _Desk(ExaminerSource):
    """An :class:`ExaminerSource` with the desk's own way of writing cells.

    Attributes
    ----------
    day_styles : mapping
        Style of a day-precise date -> weight.
    month_rate, quarter_rate : float
        Shares of rows (outside cross-source pairs) dated by month or by quarter only.
    words : mapping
        Column -> canonical word -> the desk's words for it (first = the usual one).
    unknown : tuple of str
        Words the desk writes for "not known" in a category cell.
    no_exploitation : tuple
        Cells of the exploitation column of a smuggling row (``None`` = blank).
    transit_sep : str
        Separator of a transit list.
    direct : tuple
        Cells of the transit column of a direct journey.
    offence_sep : str
        Separator of the linked offences.
    coords : str
        ``"numbers"``, ``"comma"`` (split, decimal comma), ``"pair"`` or ``"dms"``.
    no_coord_rate : float
        Share of rows without a place.
    country_styles : mapping
        Country column -> style -> weight.
    zero_words, count_placeholders, suspect_placeholders : tuple
        Words for "none" (suspects) and for a count not known (``None`` = blank).
    thousands : tuple of str
        Thousands separators of counts >= 1000 (text cells only).
    number_words : tuple of str
        Words for the numbers 1 to 12 (empty: the desk writes figures only).
    """

    day_styles: Mapping[str, float]
    month_rate: float
    quarter_rate: float
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    no_exploitation: tuple[str | None, ...]
    transit_sep: str
    direct: tuple[str | None, ...]
    offence_sep: str
    coords: str
    no_coord_rate: float
    country_styles: Mapping[str, Mapping[str, float]]
    zero_words: tuple[str, ...]
    count_placeholders: tuple[str | None, ...]
    suspect_placeholders: tuple[str | None, ...]
    thousands: tuple[str, ...]
    number_words: tuple[str, ...] = ()


_OFFENCES_EN = {
    "document_fraud": ("document fraud", "false documents"),
    "corruption": ("bribery", "corruption"),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drugs", "counterfeit goods"),
    "cybercrime": ("cyber-enabled", "online offending"),
    "terrorism": ("terrorism",),
}

_UK = _Desk(
    source="ctpa_msl_horizon",
    filename="ctpa_msl_horizon_pk.jsonl",
    ref="MSL-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "CaseRef",
        "event_date": "DateOfIncident",
        "crime_type": "IssueType",
        "exploitation": "ExploitationType",
        "n_persons": "PersonsInvolved",
        "n_suspects": "SuspectsIdentified",
        "gender": "Sex",
        "age_group": "AgeBand",
        "nationality": "Nationality",
        "origin_country": "CountryOfOrigin",
        "destination_country": "IntendedDestination",
        "detection_country": "CountryIdentified",
        "transit_countries": "TransitRoute",
        "transport_mode": "TravelMethod",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "LinkedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    day_styles={"iso": 0.8, "iso_z": 0.2},
    month_rate=0.06,
    quarter_rate=0.03,
    words={
        "crime_type": {
            "trafficking": ("MSHT", "Modern slavery / human trafficking"),
            "smuggling": ("OIC", "Organised immigration crime", "People smuggling"),
            "both": ("OIC & MSHT", "Smuggling and trafficking"),
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
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Child", "Under 18"),
            "mixed": ("Adults & children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea"),
            "land": ("Land", "Lorry / HGV"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": _OFFENCES_EN,
    },
    unknown=("Not known", "Unknown", "N/K"),
    no_exploitation=(None, None, "N/A"),
    transit_sep=" > ",
    direct=(None,),
    offence_sep=", ",
    coords="numbers",
    no_coord_rate=0.3,
    country_styles={
        "nationality": {"name": 0.55, "demonym": 0.3, "alias": 0.05, "typo": 0.05, "upper": 0.05},
        "origin_country": {"name": 0.85, "alias": 0.1, "typo": 0.05},
        "destination_country": {"iso2": 0.9, "alias": 0.1},
        "detection_country": {"iso2": 0.9, "name": 0.1},
        "transit_countries": {"iso2": 1.0},
    },
    zero_words=(),
    count_placeholders=(None,),
    suspect_placeholders=(None,),
    thousands=(),
)

_FR = _Desk(
    source="prodarom_grasse_vigilance",
    filename="prodarom_grasse_vigilance_pk.csv",
    ref="VIG-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'atteinte",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction veille – données non consolidées, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "nombreuses"),
    repeats=False,
    day_styles={"dmy": 0.85, "long_fr": 0.15},
    month_rate=0.05,
    quarter_rate=0.02,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants", "Passeurs"),
            "both": ("TEH + trafic de migrants", "Traite et trafic"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femme", "F"),
            "male": ("Homme", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Majeur", "Majeurs"),
            "child": ("Mineur", "Mineurs"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Maritime", "Embarcation (small boat)"),
            "land": ("Terrestre", "Poids lourd"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrefaçons"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NC", "Non renseigné", "inconnu"),
    no_exploitation=(None, "Sans objet", "-"),
    transit_sep=" / ",
    direct=(None, "Direct"),
    offence_sep=" + ",
    coords="comma",
    no_coord_rate=0.15,
    country_styles={
        col: {
            "name": 0.6,
            "plain": 0.12,
            "upper": 0.1,
            "mojibake": 0.08,
            "typo": 0.04,
            "lower": 0.03,
            "alias": 0.03,
        }
        for col in (
            "nationality",
            "origin_country",
            "destination_country",
            "detection_country",
            "transit_countries",
        )
    },
    zero_words=("néant", "aucun", "0"),
    count_placeholders=("NC", "n.c."),
    suspect_placeholders=("NC", "?"),
    thousands=("\u00a0", " "),
)

_ES = _Desk(
    source="stanpa_cumplimiento",
    filename="stanpa_cumplimiento_pk.xlsx",
    ref="STP/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
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
    note="Nota: datos provisionales a fecha de extracción",
    total="Total general",
    bad_count=("varios", "numerosos"),
    repeats=False,
    day_styles={"excel": 0.85, "dmy": 0.15},
    month_rate=0.05,
    quarter_rate=0.02,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Inmigración irregular (318 bis CP)",
            ),
            "both": ("TSH y tráfico de migrantes", "Trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Ambos sexos", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayor de edad"),
            "child": ("Menores", "Menor de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Vía marítima", "Patera"),
            "land": ("Terrestre",),
            "air": ("Aérea", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("No consta", "N/D", "Desconocido"),
    no_exploitation=(None, "No procede"),
    transit_sep=" - ",
    direct=(None, "Directo"),
    offence_sep="; ",
    coords="numbers",
    no_coord_rate=0.1,
    country_styles={
        col: {"name": 0.7, "upper": 0.15, "iso3": 0.08, "typo": 0.04, "plain": 0.03}
        for col in (
            "nationality",
            "origin_country",
            "destination_country",
            "detection_country",
            "transit_countries",
        )
    },
    zero_words=("ninguno", "0"),
    count_placeholders=("s/d", "No consta"),
    suspect_placeholders=("s/d", "No consta"),
    thousands=(),
)

_MX = _Desk(
    source="canipec_cumplimiento",
    filename="canipec_cumplimiento_pk.csv",
    ref="F-{seq:05d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "Origen",
        "destination_country": "Destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: cifras preliminares, sujetas a validación",
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=False,
    day_styles={"dmy": 0.7, "dmon": 0.3},
    month_rate=0.05,
    quarter_rate=0.02,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "Tráfico de indocumentados"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzado", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas", "Reclutamiento forzado"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Hombre"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "Tractocamión", "A pie"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho",),
            "money_laundering": (
                "lavado de dinero",
                "operaciones con recursos de procedencia ilícita",
            ),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("N/D", "Sin dato", "Se desconoce"),
    no_exploitation=(None, "No aplica"),
    transit_sep=", ",
    direct=(None, "Directo"),
    offence_sep=", ",
    coords="pair",
    no_coord_rate=0.1,
    country_styles={
        "nationality": {"demonym": 0.5, "name": 0.4, "plain": 0.1},
        "origin_country": {"name": 0.65, "plain": 0.15, "alias": 0.12, "upper": 0.08},
        "destination_country": {"name": 0.55, "plain": 0.1, "alias": 0.3, "upper": 0.05},
        "detection_country": {"name": 0.55, "plain": 0.1, "alias": 0.3, "upper": 0.05},
        "transit_countries": {"name": 0.75, "plain": 0.2, "typo": 0.05},
    },
    zero_words=("ninguno", "0"),
    count_placeholders=("N/D", "Sin dato"),
    suspect_placeholders=("N/D", "Sin dato"),
    thousands=(",",),
)

_PA = _Desk(
    source="auzlc_perfumerias",
    filename="auzlc_perfumerias_pk.csv",
    ref="ZLC-PERF-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. reporte",
        "event_date": "Fecha evento",
        "crime_type": "Delito",
        "exploitation": "Explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País del hallazgo",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Ubicación (GPS)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información preliminar - uso interno",
    total="Totales",
    bad_count=("varios", "un grupo"),
    repeats=True,
    day_styles={"dmy": 0.75, "serial": 0.25},
    month_rate=0.05,
    quarter_rate=0.0,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino",),
            "male": ("Masculino",),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Adultos", "Adulto"),
            "child": ("Menores", "Menor de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("Terrestre", "A pie (selva)"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando", "drogas"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("Sin información", "s/d"),
    no_exploitation=(None, "N/A"),
    transit_sep=" - ",
    direct=(None,),
    offence_sep=" / ",
    coords="dms",
    no_coord_rate=0.05,
    country_styles={
        "nationality": {"demonym": 0.4, "name": 0.5, "upper": 0.1},
        "origin_country": {"name": 0.6, "numeric": 0.25, "alias": 0.1, "upper": 0.05},
        "destination_country": {"name": 0.6, "numeric": 0.25, "alias": 0.1, "upper": 0.05},
        "detection_country": {"name": 0.8, "numeric": 0.2},
        "transit_countries": {"name": 0.9, "upper": 0.1},
    },
    zero_words=("ninguno", "0"),
    count_placeholders=("Sin dato",),
    suspect_placeholders=("Sin dato", "s/d"),
    thousands=(",", ""),
    number_words=(
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
        "once",
        "doce",
    ),
)

#: The five desks of the set, in the order their submissions are returned.
SOURCES: tuple[_Desk, ...] = (_UK, _FR, _ES, _MX, _PA)

# Detection country -> desk that first reports its events (others: the UK compilation).
_PRIMARY = {
    "GBR": _UK.source,
    "FRA": _FR.source,
    "ITA": _FR.source,
    "ESP": _ES.source,
    "USA": _MX.source,
    "PAN": _PA.source,
}
# (corridor, detection country) -> desk that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): _UK.source,
    ("channel", "GBR"): _FR.source,
    ("thb_vnm_gbr", "GBR"): _FR.source,
    ("cmed", "ITA"): _UK.source,
    ("thb_nga_ita", "ITA"): _ES.source,
    ("thb_rou_esp", "ITA"): _ES.source,
    ("thb_rou_esp", "ESP"): _FR.source,
    ("wmed", "ESP"): _FR.source,
    ("watl", "ESP"): _FR.source,
    ("emed", "GRC"): _FR.source,
    ("wbal", "HRV"): _ES.source,
    ("blr_pol", "POL"): _FR.source,
    ("darien", "PAN"): _MX.source,
    ("us_mex", "USA"): _PA.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _day_text(desk: _Desk, ts: pd.Timestamp, style: str) -> object:
    """Write a day-precise date in one of the desk's styles."""
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_z":
        return ts.strftime("%Y-%m-%d") + "T00:00:00Z"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "long_fr":
        return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "dmon":
        return f"{ts.day:02d}-{_MONTHS_ES_ABBR[ts.month - 1]}-{ts.year}"
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    return ts.to_pydatetime()  # "excel": a real date cell


def _month_text(desk: _Desk, ts: pd.Timestamp) -> str:
    if desk.language == "en":
        return ts.strftime("%Y-%m")
    if desk.language == "fr":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if desk.source == _MX.source:
        return f"{_MONTHS_ES_ABBR[ts.month - 1]}-{ts.year}"
    if desk.source == _PA.source:
        return ts.strftime("%m/%Y")
    return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}"


def _quarter_text(desk: _Desk, ts: pd.Timestamp) -> str:
    return f"Q{ts.quarter} {ts.year}" if desk.language == "en" else f"T{ts.quarter} {ts.year}"


def _date(
    desk: _Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event's date."""
    r = rng.random()
    if partial_ok and r < desk.month_rate:
        return _month_text(desk, ts), ts.to_period("M").start_time, "month", ["month_only"]
    if partial_ok and r < desk.month_rate + desk.quarter_rate:
        return _quarter_text(desk, ts), ts.to_period("Q").start_time, "quarter", ["quarter_only"]
    style = _draw(rng, desk.day_styles)
    tags = [f"date_{style}"] if style not in ("dmy", "iso", "excel") else []
    return _day_text(desk, ts, style), ts.normalize(), "day", tags


def _bad_date(desk: _Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, impossible (31 April, 30 February) or future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        month, day = (ts.month, 31) if ts.month in (4, 6, 9, 11) else (2, 30)
        if desk.language == "en":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    text = str(ts.year)
    swapped = int(text[:2] + text[3] + text[2])  # 2023 keyed as 2032
    year = swapped if swapped > 2026 else ts.year + 10
    future = ts.replace(year=year)
    style = next(iter(desk.day_styles))
    return _day_text(desk, future, "dmy" if style in ("excel", "serial") else style)


def _note_date(desk: _Desk, last: pd.Timestamp) -> object:
    """Date of the extraction, written on the desk's note row."""
    day = last.normalize() + pd.Timedelta(days=9)
    return _day_text(desk, day, next(iter(desk.day_styles)))


def _word(desk: _Desk, column: str, value: str, rng: _Rng) -> str:
    forms = desk.words[column][value]
    return forms[0] if rng.random() < 0.65 or len(forms) == 1 else choice(rng, forms[1:])


def _country(
    desk: _Desk, iso: str, column: str, rng: _Rng, *, gender: str, persons: int
) -> tuple[str, str]:
    """Write one country in one of the desk's styles; return (text, style shown)."""
    lang = desk.language
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    style = _draw(rng, desk.country_styles[column])
    text: str | None = None
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "plain":
        text = _plain(name)
    elif style == "mojibake":
        text = mojibake(name)
    elif style == "typo":
        text = _TYPO[lang].get(iso)
    elif style == "alias":
        aliases = _ALIAS[lang].get(iso)
        text = choice(rng, aliases) if aliases else None
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "demonym" and lang == "en":
        text = _DEMONYM_EN.get(iso)
    elif style == "demonym" and iso in _DEMONYM_ES:
        masc, fem = _DEMONYM_ES[iso]
        text = fem if gender == "female" else masc
        if persons > 1:
            text += "s"
    if text is None or text == name or not fits(text, desk):
        return name, "name"
    return text, style


def _count_text(desk: _Desk, count: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons: a number (XLSX, JSON) or the desk's text."""
    if desk.format != "csv":
        return count, []
    if count >= 1000 and desk.thousands:
        sep = choice(rng, desk.thousands)
        if sep:
            return f"{count // 1000}{sep}{count % 1000:03d}", ["thousands_sep"]
    if desk.number_words and 1 <= count <= len(desk.number_words) and rng.random() < 0.08:
        return desk.number_words[count - 1], ["count_word"]
    return str(count), []


def _fmt(value: float, decimals: int = 5) -> str:
    return f"{round(value, decimals):.{decimals}f}".rstrip("0").rstrip(".")


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600, 1)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{int(deg)}°{int(minutes):02d}'{seconds:04.1f}\"{hemi}"


def _coords(desk: _Desk, lat: float, lon: float) -> dict[str, object]:
    """Write a place in the desk's style (split numbers, decimal commas, a pair or DMS)."""
    if desk.coords == "numbers":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}
    if desk.coords == "comma":
        return {"lat": _fmt(lat).replace(".", ","), "lon": _fmt(lon).replace(".", ",")}
    if desk.coords == "pair":
        return {"coordinates": f"{_fmt(lat)}, {_fmt(lon)}"}
    return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}


def _no_coords(desk: _Desk) -> dict[str, object]:
    return {"coordinates": None} if "coordinates" in desk.headers else {"lat": None, "lon": None}


def _render(
    src: _Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    desk = src
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    gender = str(ev["gender"])
    persons = int(ev["n_persons"])  # type: ignore[call-overload]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        desk, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(desk, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = desk.no_exploitation[int(rng.integers(len(desk.no_exploitation)))]
        if cells["exploitation"] is not None:
            tags.append("not_applicable_word:exploitation")
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(desk, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    # Count of persons: a number, a spelled-out figure, or "not known".
    if rng.random() < 0.015:
        cells["n_persons"] = desk.count_placeholders[
            int(rng.integers(len(desk.count_placeholders)))
        ]
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_text(desk, persons, rng)
        exp["n_persons"] = persons
        tags += t

    suspects = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.04:
        cells["n_suspects"] = desk.suspect_placeholders[
            int(rng.integers(len(desk.suspect_placeholders)))
        ]
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and desk.zero_words and rng.random() < 0.5:
        word = choice(rng, desk.zero_words)
        cells["n_suspects"], exp["n_suspects"] = word, 0
        if word != "0":
            tags.append("zero_word")
    else:
        n_sus = int(suspects)  # type: ignore[call-overload]
        cells["n_suspects"] = n_sus if desk.format != "csv" else str(n_sus)
        exp["n_suspects"] = n_sus

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = choice(rng, (*desk.unknown, "")) or None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(desk, "gender", gender, rng)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col] = choice(rng, desk.unknown)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
            continue
        hotspot = str(ev.get("hotspot") or "")
        if (
            col == "transport_mode"
            and desk is _ES
            and value == "land"
            and hotspot
            in (
                "Ceuta",
                "Melilla",
            )
        ):
            cells[col] = choice(rng, ("Salto de valla", "Terrestre"))
        elif (
            col == "transport_mode"
            and desk is _ES
            and value == "sea"
            and ev["corridor"]
            in (
                "watl",
                "wmed",
            )
        ):
            cells[col] = "Cayuco" if ev["corridor"] == "watl" else "Patera"
        else:
            cells[col] = _word(desk, col, value, rng)
        exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.03:
            cells[col] = choice(rng, (*desk.unknown, "")) or None
            exp[col] = None
            tags.append("blank_nationality")
            continue
        text, style = _country(desk, str(iso), col, rng, gender=gender, persons=persons)
        if style != "name":
            tags.append(f"{style}:{col}")
        if rng.random() < 0.03:  # a stray space or two around the name
            text = f" {text}  " if rng.random() < 0.5 else f"{text} "
            tags.append(f"spaces:{col}")
        cells[col] = text
        exp[col] = str(iso)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = desk.direct[int(rng.integers(len(desk.direct)))]
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, style = _country(
                desk, iso, "transit_countries", rng, gender=gender, persons=persons
            )
            if style != "name":
                tags.append(f"{style}:transit_countries")
            parts.append(text)
        cells["transit_countries"] = desk.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        cells.update(_no_coords(desk))
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif rng.random() < desk.no_coord_rate:
        cells.update(_no_coords(desk))
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    else:
        cells.update(_coords(desk, lat, lon))
        exp["lat"], exp["lon"] = lat, lon
        tags.append(f"coords_{desk.coords}")

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_word(desk, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = desk.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    # A few hand-typed category cells in capitals (the meaning stays).
    for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
        cell = cells.get(col)
        if isinstance(cell, str) and rng.random() < 0.03:
            cells[col] = cell.upper()
            tags.append(f"case:{col}")
    return cells, exp, tags


_EXAMINER: Examiner[_Desk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_UK.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=425_425,
    blank_share=0.35,
)


def make_blind425(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five beauty-industry desks of ``blind425`` write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``ctpa_msl_horizon_pk.jsonl`` (English, UTF-8; also the compilation of Greece,
        Croatia and Poland), ``prodarom_grasse_vigilance_pk.csv`` (French, cp1252,
        ``;``), ``stanpa_cumplimiento_pk.xlsx`` (Spanish), ``canipec_cumplimiento_pk.csv``
        (Mexican Spanish, UTF-16, tab) and ``auzlc_perfumerias_pk.csv`` (Panamanian
        Spanish, UTF-8 with BOM, ``,``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind425(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ctpa_msl_horizon_pk.jsonl', 'prodarom_grasse_vigilance_pk.csv',
     'stanpa_cumplimiento_pk.xlsx', 'canipec_cumplimiento_pk.csv',
     'auzlc_perfumerias_pk.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4:2]]
    [('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[3].frame.columns[:4].tolist()
    ['Folio', 'Fecha', 'Tipo de delito', 'Tipo de explotación']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
