"""Examiner's held-out sample set ``blind250`` (files ``*_ir.*``): fire and rescue services.

Five sources never used before in the project, each writing the way its own system
exports (the shared machinery is :mod:`trendlib.samples._examiner`):

``nfcc_protection_ir.csv``
    National Fire Chiefs Council (UK), Protection & safeguarding referral log collated
    from the fire and rescue services (London Fire Brigade, West Midlands, Scottish, Kent):
    people found living in warehouses, HMOs and cannabis grows, and Kent FRS attendances
    at the Port of Dover. English, UTF-8 with BOM, ``,``; day-first dates, nationalities
    as demonyms ("Vietnamese", "Iraqi Kurd"), the UK nation ("England", "Scotland") as the
    country, route lists joined by ``" > "``.
``sdis62_codis_ir.csv``
    SDIS du Pas-de-Calais, CTA-CODIS extraction of rescue operations on the Calais and
    Gravelines coast (beach rescues of small-boat passengers, people in lorries, camp
    fires). French, cp1252, ``;``; call date and time ``17/05/2023 14:32``, decimal commas,
    French codes (``TEH``, ``AESI``, ``MNA``, ``H/F``), some mojibake pasted from a UTF-8
    form, a few latitude/longitude pairs typed in the wrong columns.
``ume_operaciones_ir.xlsx``
    Unidad Militar de Emergencias (Spain), operations log of its support at arrivals
    (Canarias, Ceuta, Melilla, Almería) and at settlement fires (Huelva, El Ejido). Spanish
    workbook; real Excel dates with some text dates and bare serial numbers, ``Sexo (H/M)``
    (``M`` = mujer), ``subsaharianos`` for an unnamed West-African nationality,
    coordinates in degrees, minutes and seconds with ``O`` for west.
``oba_bomberos_ir.csv``
    Organización de Bomberos Americanos, consolidated interventions of member fire
    services with migrants at the Darién (Panama) and on the US–Mexico border. Spanish,
    UTF-16 tab-separated text saved from Excel; ISO numeric country codes, ``NNA`` for
    children, ``1.234`` thousands, ``T2 2023`` quarters, ``extracontinental``.
``everbridge_rim_ir.jsonl``
    Everbridge Risk Intelligence Monitoring feed, the compilation: every event no primary
    source reports (Italy, Greece, Croatia, Poland) and second reports of some others.
    English JSON lines; ISO 8601 timestamps, ISO alpha-2 country codes, JSON numbers and
    nulls, re-delivered items (exact repeats).

The truth says what a careful analyst reads in each cell: an ambiguous nationality
("Kurdish", "subsahariano", "extracontinental") is expected blank, a "not known" count is
expected blank, a vague count ("several", "varios") is a bad row to quarantine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "Agency", "make_blind250"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str | None, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of ``blind250``: the shared source fields plus its own wording.

    Attributes
    ----------
    style : str
        Which of the agency's writers to use for dates, counts and places (the source
        name's first word).
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words for it (first = the usual one).
    no_exploitation : tuple
        What a smuggling row shows in the exploitation column (``None`` = blank).
    unknown_gender, na_word : tuple
        Words for a sex, an age group or a transport mode not recorded.
    count_unknown, zero, suspects_unknown : tuple
        "Not known" counts, words for no suspect, "not known" suspect counts.
    offence_sep, transit_sep : str
        Separators of the linked-offence and transit-country lists.
    direct : tuple
        What a route with no transit country shows (``None`` = blank).
    ambiguous : mapping
        Nationality word a careful analyst cannot pin to one country -> the ISO codes of
        the nationals it is written for.
    """

    style: str
    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str | None, ...]
    gender: _Words
    unknown_gender: tuple[str | None, ...]
    age: _Words
    mode: _Words
    na_word: tuple[str, ...]
    offences: _Words
    offence_sep: str
    transit_sep: str
    direct: tuple[str | None, ...]
    count_unknown: tuple[str | None, ...]
    zero: tuple[str, ...]
    suspects_unknown: tuple[str | None, ...]
    ambiguous: Mapping[str, tuple[str, ...]]


# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
#: Names the agencies use instead of the table's formal ones.
_COMMON: dict[str, dict[str, str]] = {
    "en": {
        "VNM": "Vietnam",
        "TUR": "Turkey",
        "CIV": "Ivory Coast",
        "GBR": "United Kingdom",
        "USA": "United States",
    },
    "fr": {"VNM": "Vietnam", "CIV": "Côte d'Ivoire", "USA": "Etats-Unis"},
    "es": {"USA": "Estados Unidos", "CIV": "Costa de Marfil", "VNM": "Vietnam"},
}
#: Other names a clerk writes for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"GBR": ("UK", "Great Britain"), "USA": ("USA", "US"), "VNM": ("Viet Nam",)},
    "fr": {"GBR": ("Angleterre", "GB"), "DEU": ("RFA",), "USA": ("USA",)},
    "es": {"USA": ("EE. UU.", "EEUU"), "GBR": ("Inglaterra",), "ROU": ("Rumania",)},
}
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
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
    },
    "fr": {
        "AFG": "afghan",
        "ALB": "albanais",
        "ERI": "érythréen",
        "IRN": "iranien",
        "IRQ": "irakien",
        "SYR": "syrien",
        "VNM": "vietnamien",
        "EGY": "égyptien",
        "PAK": "pakistanais",
    },
    "es": {
        "MAR": "marroquí",
        "DZA": "argelino",
        "GIN": "guineano",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
        "VEN": "venezolano",
        "ECU": "ecuatoriano",
        "HTI": "haitiano",
        "COL": "colombiano",
        "CHN": "chino",
        "MEX": "mexicano",
        "GTM": "guatemalteco",
        "HND": "hondureño",
    },
}
#: Country names never given a typo (a dropped letter could read as another country).
_NO_TYPO = frozenset({"NGA", "NER", "IRN", "IRQ", "AUT"})


def _name(iso: str, lang: str) -> str:
    """Return the usual name of a country in ``lang``."""
    return _COMMON[lang].get(iso) or str(COUNTRIES[iso][_LANG_COL[lang]])


def _typo(text: str, rng: _Rng) -> str | None:
    """Drop one inner letter of a long name (``Afghanistan`` -> ``Afghnistan``), or None."""
    if len(text) < 7:
        return None
    inner = [i for i in range(2, len(text) - 2) if text[i].isalpha()]
    if not inner:
        return None
    i = inner[int(rng.integers(len(inner)))]
    out = text[:i] + text[i + 1 :]
    return out if out != text else None


def _case(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a cell (the meaning stays)."""
    k = int(rng.integers(4))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text} " if k == 2 else text


def _country(
    src: Agency, iso: str, rng: _Rng, weights: Mapping[str, float], col: str
) -> tuple[str, list[str]]:
    """Write one country the agency's way; return the cell and its tags."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    lang = src.language
    name = _name(iso, lang)
    text: str | None = None
    if style == "demonym":
        text = _DEMONYMS[lang].get(iso)
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "numeric":
        text = iso_codes(iso)[1]
    elif style == "alias":
        aliases = _ALIASES[lang].get(iso)
        text = choice(rng, aliases) if aliases else None
    elif style == "typo" and iso not in _NO_TYPO:
        text = _typo(name, rng)
    elif style == "mojibake":
        text = mojibake(name)
    if text is None:
        return (_case(name, rng) if rng.random() < 0.05 else name), []
    return text, [f"{style}:{col}"]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_NFCC = Agency(
    source="nfcc_protection_ir",
    filename="nfcc_protection_ir.csv",
    ref="SR/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Referral ref",
        "event_date": "Date of incident",
        "frs": "Reporting FRS",
        "premises": "Premises type",
        "crime_type": "Safeguarding concern",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons found",
        "n_suspects": "Arrests (police)",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality (as stated)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Nation",
        "transit_countries": "Route (if known)",
        "transport_mode": "Means of travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other offences noted",
    },
    note="Note: referrals logged by FRS protection teams - figures provisional, OFFICIAL-SENSITIVE",
    total="TOTAL",
    bad_count=("several", "a number of"),
    repeats=False,
    style="nfcc",
    crime={
        "trafficking": ("Modern slavery", "Modern slavery / human trafficking", "MSHT"),
        "smuggling": ("Organised immigration crime", "People smuggling", "OIC"),
        "both": ("Modern slavery + OIC", "MSHT and people smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, None, "N/A"),
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female", "Both"),
    },
    unknown_gender=("Not recorded", None),
    age={
        "child": ("Under 18", "Child", "U18"),
        "adult": ("Adult", "18+", "Adults"),
        "mixed": ("Mixed ages", "Adults & children"),
    },
    mode={
        "sea": ("Small boat", "Sea", "Boat"),
        "land": ("HGV/lorry", "Vehicle", "On foot"),
        "air": ("Air", "Flight"),
    },
    na_word=("Not known",),
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Cannabis cultivation"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct=(None, "Direct"),
    count_unknown=("Not known", "Unknown", None),
    zero=("None", "Nil"),
    suspects_unknown=("n/k", "Not known"),
    ambiguous={"Kurdish": ("IRQ", "IRN", "SYR", "TUR")},
)

_SDIS = Agency(
    source="sdis62_codis_ir",
    filename="sdis62_codis_ir.csv",
    ref="{year}{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° intervention",
        "event_date": "Date/heure appel",
        "commune": "Commune",
        "crime_type": "Motif (OPJ)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes prises en charge",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays de départ",
        "destination_country": "Pays de destination",
        "detection_country": "Pays",
        "transit_countries": "Itinéraire",
        "transport_mode": "Moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction CODIS - données provisoires, diffusion restreinte",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="sdis",
    crime={
        "trafficking": ("TEH", "Traite des êtres humains", "traite"),
        "smuggling": ("AESI", "Aide à l'entrée irrégulière", "Filière d'immigration irrégulière"),
        "both": ("TEH + AESI", "Traite et aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=(None, None, "sans objet", "SO"),
    gender={
        "female": ("F", "femmes", "féminin"),
        "male": ("H", "hommes", "masculin"),
        "mixed": ("H/F", "mixte", "hommes et femmes"),
    },
    unknown_gender=("non renseigné", "NR", None),
    age={
        "child": ("mineurs", "MNA", "mineur"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("embarcation", "small boat", "canot pneumatique"),
        "land": ("poids lourd", "PL", "à pied"),
        "air": ("voie aérienne",),
    },
    na_word=("NR", "non renseigné"),
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct=(None, "direct"),
    count_unknown=("NC", "inconnu", None),
    zero=("aucun", "néant"),
    suspects_unknown=("NC",),
    ambiguous={"kurde": ("IRQ", "IRN", "SYR")},
)

_UME = Agency(
    source="ume_operaciones_ir",
    filename="ume_operaciones_ir.xlsx",
    ref="UME-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº operación",
        "event_date": "Fecha",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas atendidas",
        "n_suspects": "Detenidos",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales pendientes de validación por el Mando de Operaciones",
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=True,
    style="ume",
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "trata"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración ilegal",
            "tráfico de migrantes",
        ),
        "both": ("Trata y tráfico", "TSH + tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    no_exploitation=(None, None, "no procede"),
    gender={
        "female": ("M", "Mujeres", "mujer"),
        "male": ("H", "Hombres", "varones"),
        "mixed": ("Mixto", "H y M", "ambos sexos"),
    },
    unknown_gender=("sin determinar", None),
    age={
        "child": ("menores", "MENA", "menor"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    mode={
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("a pie", "vehículo", "camión"),
        "air": ("avión", "vía aérea"),
    },
    na_word=("no consta",),
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "hachís"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=", ",
    direct=(None, "directo"),
    count_unknown=("s/d", "desconocido"),
    zero=("ninguno",),
    suspects_unknown=("s/d",),
    ambiguous={
        "subsahariano": ("SEN", "MLI", "GIN", "GMB", "CIV"),
        "subsaharianos": ("SEN", "MLI", "GIN", "GMB", "CIV"),
    },
)

_OBA = Agency(
    source="oba_bomberos_ir",
    filename="oba_bomberos_ir.csv",
    ref="OBA-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código reporte",
        "event_date": "Fecha intervención",
        "crime_type": "Delito asociado",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas migrantes atendidas",
        "n_suspects": "Presuntos tratantes/traficantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "Código país (ISO)",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: consolidado con reportes de cuerpos miembros; cifras preliminares",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    style="oba",
    crime={
        "trafficking": ("Trata de personas", "TdP"),
        "smuggling": ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"),
        "both": ("Trata de personas y TIM", "trata y tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual comercial", "explotación sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("reclutamiento para actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otra",),
    },
    no_exploitation=(None, "no aplica"),
    gender={
        "female": ("Femenino", "F", "mujeres"),
        "male": ("Masculino", "hombres"),
        "mixed": ("Mixto", "ambos"),
    },
    unknown_gender=("sin dato", None),
    age={
        "child": ("NNA", "niños, niñas y adolescentes", "menores"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode={
        "sea": ("lancha", "marítima"),
        "land": ("a pie", "terrestre", "caminando", "vehículo"),
        "air": ("aérea",),
    },
    na_word=("sin dato",),
    offences={
        "document_fraud": ("documentos falsos", "falsificación de documentos"),
        "corruption": ("corrupción", "soborno"),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep="; ",
    transit_sep=" / ",
    direct=(None, "directo"),
    count_unknown=("N/D", "sin dato"),
    zero=("ninguno",),
    suspects_unknown=("N/D",),
    ambiguous={"extracontinental": ("CHN",)},
)

_EVB = Agency(
    source="everbridge_rim_ir",
    filename="everbridge_rim_ir.jsonl",
    ref="RIM-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "occurred_at",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "people_count",
        "n_suspects": "arrest_count",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "country_code",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="summary",
    bad_count=("dozens", "several"),
    repeats=True,
    style="evb",
    crime={
        "trafficking": ("Human Trafficking",),
        "smuggling": ("Migrant Smuggling", "People Smuggling"),
        "both": ("Trafficking and Smuggling",),
    },
    exploitation={
        "sexual": ("sex trafficking", "sexual exploitation"),
        "forced_labour": ("labor trafficking", "forced labor"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ trafficking",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=(None,),
    gender={"female": ("female", "women"), "male": ("male", "men"), "mixed": ("mixed",)},
    unknown_gender=(None, "unknown"),
    age={
        "child": ("minors", "children"),
        "adult": ("adults",),
        "mixed": ("adults and minors", "mixed"),
    },
    mode={
        "sea": ("maritime", "boat"),
        "land": ("land", "vehicle", "on foot"),
        "air": ("air",),
    },
    na_word=("unknown",),
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep="; ",
    direct=(None,),
    count_unknown=(None, "unknown"),
    zero=("none",),
    suspects_unknown=(None,),
    ambiguous={},
)

#: The five agencies, in the order :func:`make_blind250` returns them.
AGENCIES: tuple[Agency, ...] = (_NFCC, _SDIS, _UME, _OBA, _EVB)

# Country-writing weights of each agency, by column family.
_NAT_W: dict[str, dict[str, float]] = {
    "nfcc": {"demonym": 0.55, "name": 0.33, "typo": 0.05, "alias": 0.03, "ambiguous": 0.04},
    "sdis": {
        "name": 0.45,
        "demonym": 0.3,
        "iso3": 0.08,
        "mojibake": 0.08,
        "typo": 0.05,
        "ambiguous": 0.04,
    },
    "ume": {"name": 0.45, "demonym": 0.35, "iso3": 0.05, "typo": 0.05, "ambiguous": 0.1},
    "oba": {"demonym": 0.5, "name": 0.35, "iso3": 0.05, "typo": 0.05, "ambiguous": 0.05},
    "evb": {"name": 0.75, "iso2": 0.2, "alias": 0.05},
}
_PLACE_W: dict[str, dict[str, float]] = {
    "nfcc": {"name": 0.85, "alias": 0.1, "typo": 0.05},
    "sdis": {"name": 0.78, "mojibake": 0.08, "iso3": 0.06, "alias": 0.04, "typo": 0.04},
    "ume": {"name": 0.88, "alias": 0.05, "typo": 0.07},
    "oba": {"name": 0.8, "alias": 0.12, "typo": 0.08},
    "evb": {"name": 0.8, "iso2": 0.15, "alias": 0.05},
}
_TRANSIT_W: dict[str, dict[str, float]] = {
    "nfcc": {"name": 0.95, "typo": 0.05},
    "sdis": {"name": 0.9, "mojibake": 0.05, "typo": 0.05},
    "ume": {"name": 0.95, "typo": 0.05},
    "oba": {"name": 0.93, "typo": 0.07},
    "evb": {"name": 0.85, "iso2": 0.15},
}

_FRS = {
    "London": "London Fire Brigade",
    "Birmingham": "West Midlands FRS",
    "Glasgow": "Scottish FRS",
    "Dover": "Kent FRS",
}
_PREMISES = {
    "sea": ("Port of Dover", "Foreshore / beach"),
    "land": ("HGV at port", "Vehicle in port lanes"),
    "other": (
        "Residential (HMO)",
        "Commercial - warehouse",
        "Flat above shop",
        "Industrial unit",
        "Residential - cannabis grow",
    ),
}
_COMMUNES = {
    "Calais": ("Calais", "Sangatte", "Marck", "Coquelles", "Wimereux"),
    "Dunkirk/Gravelines": ("Gravelines", "Oye-Plage", "Grand-Fort-Philippe", "Loon-Plage"),
}
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str | None, ...]) -> str | None:
    """Draw the usual word 60 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _clock(rng: _Rng, first: int = 0, last: int = 24) -> str:
    """Return a time of day for a call, between hours ``first`` and ``last``."""
    return f"{int(rng.integers(first, last)):02d}:{int(rng.integers(60)):02d}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random() if partial_ok else 1.0
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    style = src.style
    if style == "nfcc":
        if r < 0.07:
            return f"{MONTHS[m]} {ts.year}", month, "month", ["partial_date"]
        if rng.random() < 0.12:
            return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if style == "sdis":
        if rng.random() < 0.15:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        return f"{ts.strftime('%d/%m/%Y')} {_clock(rng)}", ts, "day", ["datetime"]
    if style == "ume":
        if r < 0.06:
            return f"{_MONTHS_ES[m]} de {ts.year}", month, "month", ["partial_date"]
        k = rng.random()
        if k < 0.08:
            return ts.strftime("%d-%m-%Y"), ts, "day", ["text_date"]
        if k < 0.13:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        return ts.to_pydatetime(), ts, "day", []
    if style == "oba":
        if r < 0.05:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if r < 0.09:
            return f"{_MONTHS_ES[m]} {ts.year}", month, "month", ["partial_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # the feed
    if r < 0.04:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if r < 0.08:
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", ["partial_date"]
    if rng.random() < 0.1:
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    # UTC midday hours: the local day is the same from Arizona to Greece
    return f"{ts.strftime('%Y-%m-%d')}T{_clock(rng, 12, 18)}:00Z", ts, "day", ["iso_datetime"]


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, impossible, or with the year mistyped."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day = f"{choice(rng, ('30', '31'))}/02/{ts.year}"
        if src.style == "ume":
            return day.replace("/", "-")
        if src.style == "evb":
            return f"{ts.year}-02-{day[:2]}T10:00:00Z"
        if src.style == "sdis":
            return f"{day} {_clock(rng)}"
        return day
    future = ts.replace(year=ts.year + 10)  # the decade's digit mistyped: 2023 -> 2033
    if src.style == "ume":
        return future.to_pydatetime()
    if src.style == "evb":
        return future.strftime("%Y-%m-%dT09:30:00Z")
    if src.style == "sdis":
        return f"{future.strftime('%d/%m/%Y')} {_clock(rng)}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the extraction date written on a note row (a week after the last event)."""
    day = last + pd.Timedelta(days=7)
    if src.style == "ume":
        return day.to_pydatetime()
    if src.style == "sdis":
        return day.strftime("%d/%m/%Y 08:00")
    return day.strftime("%d/%m/%Y")


def _count(src: Agency, value: int) -> object:
    """Write a count: a number in a workbook or feed, text with thousands in a CSV."""
    if src.format != "csv":
        return value
    if value >= 1000:
        sep = {"nfcc": ",", "sdis": "\u00a0", "oba": "."}[src.style]
        return f"{value // 1000}{sep}{value % 1000:03d}"
    return str(value)


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds of a coordinate (``36°49'52"N``)."""
    a = abs(value)
    total = round(a * 3600)
    d, rest = divmod(total, 3600)
    mnt, sec = divmod(rest, 60)
    return f"{d}°{mnt:02d}'{sec:02d}\"{pos if value >= 0 else neg}"


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, forced: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    pair = "coordinates" in src.headers
    blank: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
    if forced:
        return blank, None, None, ["blank_coordinates"]
    r = rng.random()
    if r < 0.03:
        return blank, None, None, ["coords_missing"]
    if src.style == "ume":
        if r < 0.05:
            return {"coordinates": "no consta"}, None, None, ["coords_placeholder"]
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}, lat, lon, ["dms"]
    if src.style == "oba":
        if r < 0.06:
            return {"coordinates": "s/c"}, None, None, ["coords_placeholder"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if src.style == "evb":
        return {"lat": round(lat, 4), "lon": round(lon, 4)}, lat, lon, []
    if src.style == "sdis":
        a, b = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
        if r < 0.05:  # typed in the wrong columns (50,9 cannot be a longitude on this coast)
            return {"lat": b, "lon": a}, lat, lon, ["coords_swapped", "decimal_comma"]
        return {"lat": a, "lon": b}, lat, lon, ["decimal_comma"]
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, []


def _nationality(src: Agency, iso: str, rng: _Rng) -> tuple[str, str | None, list[str]]:
    """Write a nationality; return (cell, expected ISO code, tags)."""
    weights = dict(_NAT_W[src.style])
    vague = [w for w, isos in src.ambiguous.items() if iso in isos]
    if not vague:
        weights.pop("ambiguous", None)
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    if style == "ambiguous":  # "Kurdish", "subsahariano": no single country to read
        return choice(rng, vague), None, ["blank_nationality", "ambiguous_nationality"]
    text, tags = _country(src, iso, rng, {style: 1.0}, "nationality")
    if iso == "IRQ" and src.style == "nfcc" and style == "demonym" and rng.random() < 0.15:
        return "Iraqi Kurd", iso, ["demonym:nationality"]
    return text, iso, tags


def _detection(src: Agency, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    """Write the detection country the agency's way."""
    iso = str(ev["detection_country"])
    if src.style == "nfcc":  # the UK nation the FRS works in
        return ("Scotland" if float(ev["lat"]) > 55 else "England"), ["uk_nation"]  # type: ignore[arg-type]
    if src.style == "evb":
        return iso_codes(iso)[0], ["iso2:detection_country"]
    if src.style == "oba":
        r = rng.random()
        if r < 0.45:
            return iso_codes(iso)[1], ["numeric:detection_country"]
        if r < 0.6 and iso == "USA":
            return choice(rng, ("EE. UU.", "EEUU")), ["alias:detection_country"]
        return _name(iso, "es"), []
    if src.style == "ume":
        r = rng.random()
        if r < 0.1:
            return "ES", ["iso2:detection_country"]
        return ("ESPAÑA" if r < 0.2 else "España"), []
    r = rng.random()
    return ("FR" if r < 0.1 else "FRANCE" if r < 0.2 else "France"), []


def _offence_list(src: Agency, words: list[str]) -> str:
    """Join linked offences; the Spanish workbook closes its lists with ``y``."""
    if src.style == "ume" and len(words) > 1:
        return ", ".join(words[:-1]) + " y " + words[-1]
    return src.offence_sep.join(words)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _word(rng, src.no_exploitation)
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, src.exploitation[str(expl)])
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:  # "not known": the record stays, with no count
        cells["n_persons"] = _word(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons)
        exp["n_persons"] = persons
        if persons >= 1000 and src.format == "csv":
            tags.append("thousands:n_persons")

    suspects = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = _word(rng, src.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and rng.random() < 0.35:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, int(suspects))  # type: ignore[call-overload]
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = _word(rng, src.unknown_gender), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, src.gender[gender]), gender

    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, src.na_word), "unknown"
            tags.append("na_word")
        else:
            options = words[value]
            if col == "transport_mode" and src.style == "ume" and value == "land":
                if str(ev["hotspot"]) in ("Ceuta", "Melilla"):
                    options = ("salto de valla", "a pie")
            cells[col], exp[col] = _word(rng, options), value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], exp["nationality"], t = _nationality(src, str(nat), rng)
        tags += t

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        cells[col], t = _country(src, str(iso), rng, _PLACE_W[src.style], col)
        exp[col] = iso
        tags += t

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = _detection(src, ev, rng)
        exp["detection_country"] = ev["detection_country"]
        tags += t

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = _word(rng, src.direct)
        exp["transit_countries"] = None
    else:
        weights = _TRANSIT_W[src.style]
        if src.style == "evb":  # the feed writes a whole route one way: names or codes
            style = "iso2" if rng.random() < weights["iso2"] else "name"
            weights = {style: 1.0}
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng, weights, "transit_countries")
            parts.append(text)
            tags += t
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        named = [str(_word(rng, src.offences[o])) for o in str(offences).split("|")]
        cells["linked_offences"] = _offence_list(src, named)
        exp["linked_offences"] = offences

    place, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t

    hotspot = str(ev["hotspot"])
    if src.style == "nfcc":
        city = next((k for k in _FRS if hotspot.startswith(k)), "London")
        cells["frs"] = _FRS[city]
        kind = str(ev["transport_mode"]) if city == "Dover" else "other"
        cells["premises"] = choice(rng, _PREMISES.get(kind, _PREMISES["other"]))
    elif src.style == "sdis":
        cells["commune"] = choice(rng, _COMMUNES.get(hotspot, ("Calais",))).upper()

    for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
        cell = cells.get(col)
        if isinstance(cell, str) and rng.random() < 0.04:
            noisy = _case(cell, rng)
            if noisy != cell:
                cells[col] = noisy
                tags.append(f"case:{col}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Who reports what
# --------------------------------------------------------------------------------------
#: Detection country -> the agency first reporting its events; Italy, Greece, Croatia
#: and Poland are left to the compilation (the feed).
_PRIMARY = {
    "GBR": _NFCC.source,
    "FRA": _SDIS.source,
    "ESP": _UME.source,
    "PAN": _OBA.source,
    "USA": _OBA.source,
}
#: (corridor, detection country) -> the agency that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): _EVB.source,
    ("channel", "GBR"): _EVB.source,
    ("thb_vnm_gbr", "GBR"): _EVB.source,
    ("watl", "ESP"): _EVB.source,
    ("wmed", "ESP"): _EVB.source,
    ("thb_rou_esp", "ESP"): _EVB.source,
    ("darien", "PAN"): _EVB.source,
    ("us_mex", "USA"): _EVB.source,
}

_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=_EVB.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=250_250,
    blank_share=0.3,
)


def make_blind250(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five fire-and-rescue sources of ``blind250``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nfcc_protection_ir.csv`` (English, UTF-8 with BOM, ``,``),
        ``sdis62_codis_ir.csv`` (French, cp1252, ``;``), ``ume_operaciones_ir.xlsx``
        (Spanish), ``oba_bomberos_ir.csv`` (Spanish, UTF-16, tab) and
        ``everbridge_rim_ir.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind250(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nfcc_protection_ir.csv', 'sdis62_codis_ir.csv', 'ume_operaciones_ir.xlsx',
     'oba_bomberos_ir.csv', 'everbridge_rim_ir.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° intervention', 'Date/heure appel', 'Commune']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
