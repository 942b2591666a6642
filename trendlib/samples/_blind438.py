"""Examiner sample set ``blind438`` (files ``*_px.*``): luggage-storage networks' reports.

Five security and trust-and-safety desks of left-luggage and locker networks report the
documents and belongings that smugglers and traffickers leave in their lockers, and the
cases their staff flag to the police, each in its own export:

``stasher_uk_px.xlsx``
    Stasher (UK luggage-storage marketplace), Trust & Safety incident log; English,
    XLSX. Real Excel dates with a few typed ones (``17 May 2023``, ``May 2023``,
    ``Q2 2023``); nationalities often written as demonyms (``Vietnamese``); location as
    one ``lat, long`` cell or a pasted Google Maps link; UK words (``OIC``, ``MSHT``,
    ``Modern slavery``, ``HGV``, ``U18``).
``nannybag_fr_px.csv``
    Nannybag (French network of luggage storage in shops), security desk; French,
    cp1252, ``;``, CRLF. Day-first dates (``17/05/2023``, ``17/05/23``, ``mai 2023``,
    ``T2 2023``); country names in capitals or without accents; decimal commas; counts
    as words (``deux``) or with a unit (``12 pers.``); ``car`` is a coach; ``MNA``.
``ilunion_consignas_px.csv``
    Ilunion Seguridad, left-luggage (consigna) service of bus and ferry stations;
    Spanish, UTF-8 with BOM, ``,``. Dates with the time (``17-05-2023 14:35``),
    ``05/2023``, ``2º trim. 2023``; GPS positions in degrees, minutes and seconds;
    ``1.250`` thousands; ``Varón``/``MENA``; mojibake in the rows of one imported batch.
``estrellablanca_ge_px.csv``
    Grupo Estrella Blanca, bus-terminal guarda equipaje (Nogales, Ciudad Juárez,
    Reynosa); Mexican Spanish, UTF-16 tab-separated text (Excel's "Texto Unicode");
    day-first dates with Excel serial numbers where a cell lost its format;
    ``EUA``; ``tráfico de personas`` (Mexican law: smuggling) against ``trata de
    personas``; sex as ``H``/``M`` (hombre/mujer); ``NNA``; transit lists
    ``Guatemala y México``.
``bounce_ts_px.jsonl``
    Bounce (global luggage-storage network), Trust & Safety case export; English keys,
    JSON lines. ISO timestamps (``2023-05-17T14:05:00Z``), ``2023-05``, ``2023-Q2``;
    ISO alpha-2 countries and alpha-3 nationalities (read off the passport's MRZ);
    snake_case categories. It reports every event no other desk reports (Italy,
    Greece, Croatia, Poland, Panama).

The truth is what a careful analyst reads in each cell: a count or sex the desk did not
know is a placeholder (no count, ``unknown``), a "not applicable" word is ``unknown``
for age group and transport mode and NA for exploitation of pure smuggling, ``direct``
means no transit country, and ``M`` in the Mexican file is a woman.
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND438", "SOURCES", "Desk", "make_blind438"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: English demonyms (how UK logs write a nationality); other countries use the name.
_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: Spanish everyday names (a guard writes "Inglaterra" for the United Kingdom).
_ES_ALIASES: dict[str, str] = {
    "GBR": "Inglaterra",
    "GIN": "Guinea Conakry",
    "USA": "EE. UU.",
    "NLD": "Holanda",
    "VNM": "Viet Nam",
    "CIV": "C. de Marfil",
}
#: How the Mexican terminals write the United States.
_MX_USA = ("EUA", "E.U.A.", "Estados Unidos", "EE.UU.")

_NUM_WORDS = {
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One luggage-storage desk: the shared source fields plus its own wording.

    Attributes
    ----------
    style : str
        Which desk writes (``"stasher"``, ``"nannybag"``, ``"ilunion"``,
        ``"estrella"``, ``"bounce"``); picks its date, count and place writers.
    words : mapping
        Column -> canonical value -> the desk's words for it (first = the usual one);
        the transport mode also by kind of boat or vehicle (``"canoe"``, ``"lorry"``...).
    country_styles : mapping
        Country column (``"nationality"`` or ``"other"``) -> style -> weight.
    offence_sep, transit_sep : str
        Separators of linked offences and of transit countries.
    direct : tuple of str
        Words for "no transit country".
    unknown : tuple of str
        Words for a count the desk does not know.
    zero : tuple of str
        Words for "no suspect".
    not_applicable : tuple of str
        Words written as the exploitation of pure smuggling (NA).
    na_words : tuple of str
        "Not applicable" words in the age group or transport mode (``unknown``).
    no_sex : tuple of str
        Words for an unknown sex (``unknown``).
    no_offence : tuple of str
        Words for "no linked offence".
    """

    style: str
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    country_styles: Mapping[str, Mapping[str, float]]
    offence_sep: str
    transit_sep: str
    direct: tuple[str, ...]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    not_applicable: tuple[str, ...]
    na_words: tuple[str, ...]
    no_sex: tuple[str, ...]
    no_offence: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_STASHER = Desk(
    source="stasher_uk",
    filename="stasher_uk_px.xlsx",
    ref="TS{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date of incident",
        "detection_country": "Country",
        "coordinates": "Location (lat, long)",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of travel",
        "n_suspects": "No. of suspects",
        "linked_offences": "Other offences",
    },
    note="Note: provisional – host reports not yet verified by T&S",
    total="Total",
    bad_count=("several", "multiple", "see notes"),
    repeats=False,
    style="stasher",
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("People smuggling", "OIC", "Organised immigration crime"),
            "both": ("MSHT / OIC", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal", "Criminal (cannabis cultivation)"),
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
            "child": ("Minor", "U18", "Child"),
            "adult": ("Adult", "18+", "Adults"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Sea", "Maritime"),
            "land": ("Land", "Overland"),
            "air": ("Flight", "Air"),
            "dinghy": ("Small boat", "RHIB"),
            "canoe": ("Boat",),
            "boat": ("Boat", "Ferry"),
            "foot": ("On foot",),
            "vehicle": ("Car", "Van"),
            "lorry": ("Lorry", "HGV"),
            "bus": ("Coach",),
            "rail": ("Train",),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Fraudulent ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis", "Counterfeit goods"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
    },
    country_styles={
        "nationality": {
            "demonym": 0.45,
            "name": 0.35,
            "alias": 0.06,
            "upper": 0.05,
            "typo": 0.05,
            "spaced": 0.04,
        },
        "other": {
            "name": 0.66,
            "alias": 0.1,
            "upper": 0.06,
            "lower": 0.04,
            "iso3": 0.05,
            "typo": 0.05,
            "spaced": 0.04,
        },
    },
    offence_sep="; ",
    transit_sep=", ",
    direct=("Direct", "direct", "None"),
    unknown=("n/k", "Unknown", "TBC"),
    zero=("None", "nil", "0"),
    not_applicable=("N/A", "n/a", "-"),
    na_words=("N/A", "n/a"),
    no_sex=("n/k", "Not known"),
    no_offence=("None", "nil"),
)

_NANNYBAG = Desk(
    source="nannybag_fr",
    filename="nannybag_fr_px.csv",
    ref="SIG-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire, signalements non consolidés",
    total="TOTAL",
    bad_count=("plusieurs", "groupe", "voir PV"),
    repeats=True,
    style="nannybag",
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "filière de passeurs",
                "aide à l'entrée et au séjour irréguliers",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et passeurs"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femme(s)", "féminin"),
            "male": ("H", "homme(s)", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur(s)", "MNA", "mineur"),
            "adult": ("majeur(s)", "majeur", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("maritime", "mer"),
            "land": ("terrestre", "route"),
            "air": ("avion", "aérien"),
            "dinghy": ("small boat", "embarcation"),
            "canoe": ("pirogue",),
            "boat": ("bateau", "ferry"),
            "foot": ("à pied",),
            "vehicle": ("véhicule léger", "voiture"),
            "lorry": ("camion", "poids lourd"),
            "bus": ("car", "autocar"),
            "rail": ("train",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrefaçons"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    country_styles={
        "nationality": {
            "upper": 0.35,
            "name": 0.42,
            "no_accent": 0.1,
            "iso3": 0.05,
            "typo": 0.05,
            "spaced": 0.03,
        },
        "other": {
            "upper": 0.3,
            "name": 0.47,
            "no_accent": 0.1,
            "iso3": 0.05,
            "typo": 0.05,
            "spaced": 0.03,
        },
    },
    offence_sep=" + ",
    transit_sep=" / ",
    direct=("direct", "aucun", "néant"),
    unknown=("inconnu", "N/C", "non déterminé"),
    zero=("aucun", "néant", "0"),
    not_applicable=("sans objet", "SO", "/"),
    na_words=("sans objet", "SO"),
    no_sex=("inconnu", "N/C"),
    no_offence=("néant", "aucune"),
)

_ILUNION = Desk(
    source="ilunion_consignas",
    filename="ilunion_consignas_px.csv",
    ref="PI/{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº parte",
        "event_date": "Fecha/hora",
        "detection_country": "País",
        "coordinates": "Coordenadas GPS",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales pendientes de validación por el Dpto. de Seguridad",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "ver parte"),
    repeats=False,
    style="ilunion",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
                "Tráfico de inmigrantes",
            ),
            "both": ("Trata y tráfico", "TSH + favorecimiento inmigración irregular"),
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
            "male": ("Varón", "Varones"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor", "MENA", "Menores"),
            "adult": ("Mayor de edad", "Adultos"),
            "mixed": ("Mixto", "Adultos y menores"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Vía marítima"),
            "land": ("Terrestre",),
            "air": ("Avión", "Aéreo"),
            "dinghy": ("Neumática", "Patera"),
            "canoe": ("Cayuco",),
            "boat": ("Embarcación", "Ferry"),
            "foot": ("A pie",),
            "vehicle": ("Vehículo", "Turismo"),
            "lorry": ("Camión",),
            "bus": ("Autobús",),
            "rail": ("Tren",),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentos falsos"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    country_styles={
        "nationality": {
            "name": 0.62,
            "upper": 0.1,
            "iso2": 0.1,
            "alias": 0.05,
            "typo": 0.05,
            "lower": 0.08,
        },
        "other": {
            "name": 0.62,
            "upper": 0.1,
            "iso2": 0.1,
            "alias": 0.05,
            "typo": 0.05,
            "lower": 0.08,
        },
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct=("directo", "ninguno"),
    unknown=("desconocido", "s/d", "sin determinar"),
    zero=("ninguno", "0", "no consta"),
    not_applicable=("no procede", "N/P"),
    na_words=("no procede",),
    no_sex=("no consta", "desconocido"),
    no_offence=("ninguno", "no"),
)

_ESTRELLA = Desk(
    source="estrellablanca_ge",
    filename="estrellablanca_ge_px.csv",
    ref="F-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas",
        "n_suspects": "Probables responsables",
        "nationality": "Nacionalidad",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "detection_country": "País donde se detectó",
        "lat": "Latitud",
        "lon": "Longitud",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a confirmación",
    total="Total general",
    bad_count=("varios", "grupo", "ver informe"),
    repeats=True,
    style="estrella",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "smuggling": (
                "Tráfico de personas",
                "Tráfico de indocumentados",
                "TRAFICO DE PERSONAS",
            ),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Prostitución ajena"),
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Tráfico de órganos",),
            "forced_marriage": ("Matrimonio forzoso",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujer", "M", "Mujeres"),
            "male": ("Hombre", "H", "Hombres"),
            "mixed": ("Mixto", "H y M"),
        },
        "age_group": {
            "child": ("Menor", "NNA", "Menores"),
            "adult": ("Adulto", "Adultos"),
            "mixed": ("Mixto", "Adultos y NNA"),
        },
        "transport_mode": {
            "sea": ("Marítimo",),
            "land": ("Terrestre",),
            "air": ("Avión", "Aéreo"),
            "dinghy": ("Lancha",),
            "canoe": ("Lancha",),
            "boat": ("Lancha", "Embarcación"),
            "foot": ("A pie",),
            "vehicle": ("Vehículo particular",),
            "lorry": ("Tractocamión",),
            "bus": ("Autobús",),
            "rail": ("Tren",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("delitos contra la salud", "narcomenudeo"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    country_styles={
        "nationality": {
            "name": 0.55,
            "upper": 0.25,
            "no_accent": 0.1,
            "iso3": 0.03,
            "typo": 0.04,
            "spaced": 0.03,
        },
        "other": {
            "name": 0.55,
            "upper": 0.25,
            "no_accent": 0.1,
            "iso3": 0.03,
            "typo": 0.04,
            "spaced": 0.03,
        },
    },
    offence_sep="; ",
    transit_sep=", ",
    direct=("N/A", "directo"),
    unknown=("se desconoce", "N/D", "sin dato"),
    zero=("ninguno", "0", "sin detenidos"),
    not_applicable=("N/A", "no aplica"),
    na_words=("N/A", "no aplica"),
    no_sex=("se ignora", "N/D"),
    no_offence=("ninguno", "N/A"),
)

_BOUNCE = Desk(
    source="bounce_ts",
    filename="bounce_ts_px.jsonl",
    ref="inc_{year}{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "occurred_at",
        "detection_country": "country_code",
        "lat": "lat",
        "lon": "lng",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "gender",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "travel_mode",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    style="bounce",
    words={
        "crime_type": {
            "trafficking": ("human_trafficking",),
            "smuggling": ("migrant_smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {
            "sea": ("sea",),
            "land": ("land",),
            "air": ("air",),
            "dinghy": ("sea",),
            "canoe": ("sea",),
            "boat": ("sea",),
            "foot": ("on_foot",),
            "vehicle": ("car",),
            "lorry": ("truck",),
            "bus": ("bus",),
            "rail": ("rail",),
        },
        "linked_offences": {
            "document_fraud": ("fake_documents",),
            "corruption": ("bribery",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
    },
    country_styles={
        "nationality": {"iso3": 0.6, "iso2": 0.3, "name": 0.1},
        "other": {"iso2": 0.82, "iso3": 0.08, "name": 0.1},
    },
    offence_sep=",",
    transit_sep=",",
    direct=(),
    unknown=(),
    zero=(),
    not_applicable=(),
    na_words=(),
    no_sex=(),
    no_offence=(),
)

#: How the people of a corridor travel, by sea and by land (what a desk's word says).
_SEA_KIND: dict[str, tuple[str, ...]] = {
    "watl": ("canoe",),
    "wmed": ("dinghy",),
    "channel": ("dinghy",),
    "emed": ("dinghy",),
    "cmed": ("boat", "dinghy"),
}
_LAND_KIND: dict[str, tuple[str, ...]] = {
    "darien": ("foot",),
    "us_mex": ("foot", "vehicle", "lorry", "bus"),
    "channel": ("lorry", "vehicle", "rail", "bus"),
    "wbal": ("foot", "vehicle", "lorry"),
    "blr_pol": ("foot", "vehicle"),
    "wmed": ("foot", "vehicle"),
    "emed": ("foot", "vehicle"),
}
_TRAVEL = ("bus", "vehicle", "rail")  # the trafficking flows


def _transport(src: Desk, mode: str, corridor: str, rng: _Rng) -> str:
    """Write the transport mode as the desk does: the kind of boat or vehicle, or air."""
    if mode == "air" or rng.random() < 0.15:  # the generic word
        return _vocab(src, "transport_mode", mode, rng)
    kinds = (
        _SEA_KIND.get(corridor, ("boat",)) if mode == "sea" else _LAND_KIND.get(corridor, _TRAVEL)
    )
    return _vocab(src, "transport_mode", choice(rng, kinds), rng)


#: The five desks, in the order :func:`make_blind438` returns their submissions.
SOURCES: tuple[Desk, ...] = (_STASHER, _NANNYBAG, _ILUNION, _ESTRELLA, _BOUNCE)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _strip_accents(text: str) -> str:
    """``Érythrée`` -> ``Erythree``: what a clerk types without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country_form(src: Desk, iso: str, style: str) -> tuple[str, str]:
    """Write one country in a style; return (text, tag of the style)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    if style == "upper":
        return name.upper(), "upper"
    if style == "lower":
        return name.lower(), "lower"
    if style == "iso2":
        return str(row[0]), "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "spaced":
        return f" {name} ", "spacing"
    if style == "no_accent":
        plain = _strip_accents(name)
        return plain, ("no_accent" if plain != name else "")
    if style == "demonym" and iso in _DEMONYMS:
        return _DEMONYMS[iso], "demonym"
    if style == "alias":
        if src.language == "en" and row[4]:
            return str(row[4][0]), "alias"
        if src.language == "es" and iso in _ES_ALIASES:
            return _ES_ALIASES[iso], "alias"
    if style == "typo":
        typo = str(row[5]) if src.language == "en" else _swap(name)
        return typo, ("typo" if typo != name else "")
    return name, ""


def _country(src: Desk, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    styles = src.country_styles["nationality" if col == "nationality" else "other"]
    style = _weighted(rng, styles)
    if src.style == "bounce" and col == "detection_country":  # the platform's own field
        return str(COUNTRIES[iso][0])
    if src.style == "estrella" and iso == "USA" and style != "iso3":
        tags.append("mx_usa")
        return choice(rng, _MX_USA)
    text, tag = _country_form(src, iso, style)
    if tag and tag not in tags:
        tags.append(tag)
    return text


def _start_of(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts.normalize()


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date as the desk does; return (cell, expected day, precision)."""
    r = rng.random()
    precision = "day"
    if partial_ok and r < 0.04:
        precision = "month"
    elif partial_ok and r < 0.07:
        precision = "quarter"
    month, q, year = ts.month, (ts.month - 1) // 3 + 1, ts.year
    style = src.style
    cell: object
    if precision == "month":
        tags.append("month_only")
        cell = {
            "stasher": f"{_MONTHS['en'][month - 1]} {year}",
            "nannybag": f"{_MONTHS['fr'][month - 1]} {year}",
            "ilunion": f"{month:02d}/{year}",
            "estrella": f"{_MONTHS['es'][month - 1]} {year}",
            "bounce": f"{year}-{month:02d}",
        }[style]
        return cell, _start_of(ts, "month"), precision
    if precision == "quarter":
        tags.append("quarter_only")
        cell = {
            "stasher": f"Q{q} {year}",
            "nannybag": f"T{q} {year}",
            "ilunion": f"{q}º trim. {year}",
            "estrella": f"{q}º trimestre {year}",
            "bounce": f"{year}-Q{q}",
        }[style]
        return cell, _start_of(ts, "quarter"), precision
    day = ts.normalize()
    d = rng.random()
    if style == "stasher":
        if d < 0.85:
            tags.append("excel_date")
            cell = day.to_pydatetime()
        elif d < 0.95:
            tags.append("text_date")
            cell = f"{day.day} {_MONTHS['en'][month - 1]} {year}"
        else:
            tags.append("text_date")
            cell = day.strftime("%d/%m/%Y")
    elif style == "nannybag":
        cell = day.strftime("%d/%m/%Y" if d < 0.88 else "%d/%m/%y")
    elif style == "ilunion":
        if d < 0.65:
            tags.append("with_time")
            minutes = int(rng.integers(0, 24 * 60))
            cell = f"{day.strftime('%d-%m-%Y')} {minutes // 60:02d}:{minutes % 60:02d}"
        else:
            cell = day.strftime("%d/%m/%Y")
    elif style == "estrella":
        if d < 0.8:
            cell = day.strftime("%d/%m/%Y")
        elif d < 0.92:
            tags.append("serial_date")
            cell = str((day - _EXCEL_EPOCH).days)
        else:
            cell = f"{day.day:02d}-{_ES_MONTH_ABBR[month - 1]}-{year}"
    else:  # bounce
        if d < 0.6:
            tags.append("iso_datetime")
            minutes = int(rng.integers(6 * 60, 20 * 60))
            cell = f"{day.strftime('%Y-%m-%d')}T{minutes // 60:02d}:{minutes % 60:02d}:00Z"
        else:
            cell = day.strftime("%Y-%m-%d")
    return cell, day, precision


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date the analyst cannot use: blank, impossible (31 February) or ten years on."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        month = int(rng.choice([2, 4, 6, 9, 11]))
        return {
            "stasher": f"31/{month:02d}/{ts.year}",
            "nannybag": f"31/{month:02d}/{ts.year}",
            "ilunion": f"31-{month:02d}-{ts.year} 10:15",
            "estrella": f"31/{month:02d}/{ts.year}",
            "bounce": f"{ts.year}-{month:02d}-31",
        }[src.style]
    # a slip of one digit of the year: 2023 -> 2033
    day = ts.normalize()
    ahead = day.replace(year=day.year + 10, day=min(day.day, 28))
    return {
        "stasher": ahead.to_pydatetime(),
        "nannybag": ahead.strftime("%d/%m/%Y"),
        "ilunion": ahead.strftime("%d-%m-%Y") + " 09:40",
        "estrella": ahead.strftime("%d/%m/%Y"),
        "bounce": ahead.strftime("%Y-%m-%d"),
    }[src.style]


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of the extraction."""
    day = last.normalize() + pd.Timedelta(days=6)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.style == "ilunion":
        return day.strftime("%d-%m-%Y") + " 08:00"
    return day.strftime("%d/%m/%Y")


def _count(
    src: Desk, n: int, rng: _Rng, tags: list[str], *, persons: bool
) -> tuple[object, int | None]:
    """Write a count of persons or suspects; return (cell, expected count)."""
    r = rng.random()
    if src.format in ("xlsx", "jsonl"):
        return n, n
    lang = src.language
    if 1 <= n <= 10 and r < 0.12:
        tags.append("number_word")
        return _NUM_WORDS[lang][n - 1], n
    if n >= 1000:
        tags.append("thousands")
        sep = {"nannybag": "\u00a0", "ilunion": ".", "estrella": ","}[src.style]
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    if persons and r < 0.2:
        tags.append("count_unit")
        unit = {
            "nannybag": "pers.",
            "ilunion": "persona" if n == 1 else "personas",
            "estrella": "persona" if n == 1 else "personas",
        }[src.style]
        return f"{n} {unit}", n
    return str(n), n


def _coordinates(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float, float]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    if src.style == "stasher":
        if rng.random() < 0.12:
            tags.append("maps_link")
            la, lo = round(lat, 6), round(lon, 6)
            return {"coordinates": f"https://maps.google.com/?q={la:.6f},{lo:.6f}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.style == "nannybag":
        tags.append("decimal_comma")
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if src.style == "ilunion":
        tags.append("dms")
        text_lat, la = _dms(lat, "NS")
        text_lon, lo = _dms(lon, "EW")
        return {"coordinates": f"{text_lat} {text_lon}"}, la, lo
    la, lo = round(lat, 6), round(lon, 6)
    if src.style == "estrella":
        return {"lat": f"{la:.6f}", "lon": f"{lo:.6f}"}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def _dms(value: float, hemis: str) -> tuple[str, float]:
    """``36.83121`` -> ``36°49'52.4"N`` and the decimal degrees it says."""
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    letter = hemis[0] if value >= 0 else hemis[1]
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{letter}"
    return text, (1 if value >= 0 else -1) * tenths / 36000


def _vocab(src: Desk, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[col][value])


def _transit(src: Desk, codes: str | None, rng: _Rng, tags: list[str]) -> str | None:
    if codes is None:
        if src.direct and rng.random() < 0.35:
            tags.append("direct_word")
            return choice(rng, src.direct)
        return None
    isos = codes.split("|")
    if src.style == "bounce":
        return ",".join(str(COUNTRIES[i][0]) for i in isos)
    style = _weighted(rng, src.country_styles["other"])
    if style in ("spaced", "typo"):  # one slip in a list is enough; keep the rest plain
        style = "name"
    names = [_country_form(src, i, style)[0] for i in isos]
    if style == "upper":
        tags.append("upper")
    if src.style == "estrella" and len(names) > 1:  # "Guatemala y México"
        tags.append("transit_y")
        return ", ".join(names[:-1]) + " y " + names[-1]
    return src.transit_sep.join(names)


def _offences(src: Desk, codes: str | None, rng: _Rng, tags: list[str]) -> str | None:
    if codes is None:
        if src.no_offence and rng.random() < 0.1:
            tags.append("none_word")
            return choice(rng, src.no_offence)
        return None
    return src.offence_sep.join(_vocab(src, "linked_offences", c, rng) for c in codes.split("|"))


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
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    csv = src.format == "csv"
    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        if src.not_applicable and rng.random() < 0.4:
            tags.append("na_exploitation")
            cells["exploitation"] = choice(rng, src.not_applicable)
        else:
            cells["exploitation"] = None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _vocab(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and src.unknown and rng.random() < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"], exp["n_persons"] = choice(rng, src.unknown), None
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n, rng, tags, persons=True)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif partial_ok and src.unknown and rng.random() < 0.03:
        tags.append("suspects_placeholder")
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown), None
    elif k == 0 and src.zero and rng.random() < 0.5:
        word = choice(rng, src.zero)
        if word.isdigit():
            cells["n_suspects"] = word if csv else 0
        else:
            tags.append("zero_word")
            cells["n_suspects"] = word
        exp["n_suspects"] = 0
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k, rng, tags, persons=False)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif partial_ok and src.no_sex and rng.random() < 0.02:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = choice(rng, src.no_sex), "unknown"
    else:
        cells["gender"], exp["gender"] = _vocab(src, "gender", gender, rng), gender
        if src.style == "estrella" and cells["gender"] in ("H", "M"):
            tags.append("sex_letter")

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if src.na_words and rng.random() < 0.012:
            tags.append("na_word")
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
        elif col == "transport_mode":
            cells[col], exp[col] = _transport(src, value, str(ev["corridor"]), rng), value
        else:
            cells[col], exp[col] = _vocab(src, col, value, rng), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            tags.append(f"blank_{col}")
            cells[col], exp[col] = None, None
        elif col == "nationality" and partial_ok and src.unknown and rng.random() < 0.015:
            tags.append("blank_nationality")
            cells[col], exp[col] = choice(rng, src.unknown), None
        else:
            cells[col], exp[col] = _country(src, str(iso), col, rng, tags), str(iso)

    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates" or lat is None or lon is None:
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    elif rng.random() < 0.04:
        tags.append("coords_missing")
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _coordinates(
            src,
            float(lat),  # type: ignore[arg-type]
            float(lon),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(place)

    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(
        src, None if offences is None else str(offences), rng, tags
    )
    exp["linked_offences"] = offences

    if src.style == "ilunion" and rng.random() < 0.12:  # a batch read with the wrong encoding
        garbled = False
        for name, cell in cells.items():
            if isinstance(cell, str) and name != "event_date":
                bad = mojibake(cell)
                if bad is not None:
                    cells[name], garbled = bad, True
        if garbled:
            tags.append("mojibake")
    if csv:
        for name, cell in cells.items():
            if isinstance(cell, str) and not fits(cell, src):  # never: the words fit
                cells[name] = _strip_accents(cell)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_GBR, _FRA, _ESP, _MEX, _BNC = (s.source for s in SOURCES)

#: The variant: who first reports which detection country, who reports it again.
BLIND438: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={"GBR": _GBR, "FRA": _FRA, "ESP": _ESP, "USA": _MEX},
    compilation=_BNC,
    secondary={
        ("channel", "FRA"): _GBR,
        ("channel", "GBR"): _FRA,
        ("thb_vnm_gbr", "GBR"): _FRA,
        ("wmed", "ESP"): _FRA,
        ("thb_nga_ita", "ITA"): _ESP,
        ("thb_rou_esp", "ITA"): _ESP,
        ("thb_rou_esp", "ESP"): _BNC,
        ("watl", "ESP"): _BNC,
        ("us_mex", "USA"): _BNC,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=438,
    blank_share=0.3,
)


def make_blind438(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five luggage-storage desks of ``blind438`` report them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``stasher_uk_px.xlsx`` (English), ``nannybag_fr_px.csv`` (French, cp1252,
        ``;``), ``ilunion_consignas_px.csv`` (Spanish, UTF-8 with BOM, ``,``),
        ``estrellablanca_ge_px.csv`` (Mexican Spanish, UTF-16, tab) and
        ``bounce_ts_px.jsonl`` (English keys, ISO codes), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind438(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['stasher_uk_px.xlsx', 'nannybag_fr_px.csv', 'ilunion_consignas_px.csv',
     'estrellablanca_ge_px.csv', 'bounce_ts_px.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:3]]
    [('cp1252', ';'), ('utf-8-sig', ',')]
    >>> subs[3].encoding, subs[3].delimiter == chr(9)  # UTF-16, tab-separated
    ('utf-16', True)
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del hecho', 'Tipo de delito']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND438, truth, seed=seed)
