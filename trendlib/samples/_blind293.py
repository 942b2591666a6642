"""Examiner set ``blind293`` (files ``*_ki.*``): the boating trade's compliance desks.

Five agencies never used before in this project, all close to the trade in small boats and
outboard engines that people smugglers buy, steal or order, and to the crews found
exploited on board or ashore:

``british_marine`` (``british_marine_ki.csv``)
    British Marine, the UK leisure-marine trade federation, logging what its dealers and
    marinas report to police under Project Kraken. English; UTF-8 with BOM; ``,``.
    UK day-first dates (``17/05/2023``, ``17 May 2023``, ``May 2023`` for late reports),
    nationalities as demonyms (``Afghan``, ``Iraqi``; ``Kurdish`` when nothing more is
    known), ``UK``/``England``/``Scotland``, positions in degrees and decimal minutes
    (``51°07.234'N 001°19.876'E``), routes joined by ``>``, UK offence wording
    (``Facilitation (s.25 IA 1971)``, ``Modern slavery``), ``Nil``/``n/k``, ``UASC``.
``fin_nautisme`` (``fin_nautisme_ki.xlsx``)
    Fédération des Industries Nautiques (France), its members' reports of suspicious
    sales of boats and engines on the Channel coast. French; real Excel dates, some typed
    as text (``17/05/2023``, ``mai 2023``, ``T2 2023``); nationalities as adjectives
    (``afghane``), ISO alpha-2 codes from a drop-down, numbers as numbers, some
    coordinates typed as text with a decimal comma, ``0``/``0`` for an unknown place.
``anen_nautica`` (``anen_nautica_ki.csv``)
    Asociación Nacional de Empresas Náuticas (Spain), alerts from dealers and marinas of
    Andalusia, Ceuta, Melilla and the Canaries. Spanish; cp1252; ``;``; CRLF. ``H``/``M``
    (hombre/mujer) for sex, ``MENA`` for minors, ``patera``/``cayuco``, decimal commas,
    upper-case country names, mojibake where members pasted from a web form
    (``RumanÃ­a``), transit lists written as prose (``Argelia y Marruecos``), ``1.250``.
``camara_maritima_pa`` (``camara_maritima_pa_ki.csv``)
    Cámara Marítima de Panamá, its members' compliance reports on boats and engines sold
    for the Darién crossings. Spanish; UTF-16 (Excel's "Texto Unicode"); tab. Day-first
    dates and Excel serial numbers, ``NNA`` for minors, ``EE.UU.``, ISO alpha-3 codes,
    ``Venezuela (República Bolivariana de)``, ``1,250`` (Panama's thousands comma),
    positions with hemisphere letters (``8.50123 N, 77.50345 O``: *oeste* is west).
``icomia_digest`` (``icomia_digest_ki.jsonl``)
    ICOMIA, the International Council of Marine Industry Associations, compiling its
    member associations' reports (Italy, Greece, Croatia, Poland, the United States, and
    again some Spanish and British ones). English keys; JSON lines; ISO dates, ``2023-05``
    and ``Q2 2023`` for late reports, ISO alpha-2 nationality codes (some members send
    ISO numeric ones, ``004``; ``XX`` when unknown), ISO alpha-3 incident countries,
    transit routes ``TUR-BGR-SRB-BIH``.

The truth expects what a careful analyst reads from each cell: a demonym or adjective is its
country, ``Kurdish``, ``XX`` and "not known" words are no nationality, ``Nil``/``aucun``/
``ninguno`` suspects are zero, "not known" counts are no count, ``0``/``0`` or ``TBC``
positions are no place, a vague count (``several``) or an impossible date is a bad row.
"""

from __future__ import annotations

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

__all__ = ["BLIND293", "SOURCES", "make_blind293"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]

_MONTHS = {
    "en": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_BM = ExaminerSource(
    source="british_marine",
    filename="british_marine_ki.csv",
    ref="BM/KRK/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Log ref",
        "event_date": "Date of incident",
        "crime_type": "Offence category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of incident",
        "transit_countries": "Route (via)",
        "transport_mode": "Method",
        "coordinates": "Position",
        "place": "Location",
        "linked_offences": "Linked offences",
        "asset": "Vessel / engine",
    },
    note="Note: partner reports as received - not yet verified by police",
    total="TOTAL",
    bad_count=("several", "a group", "multiple"),
    repeats=True,
)
_FIN = ExaminerSource(
    source="fin_nautisme",
    filename="fin_nautisme_ki.xlsx",
    ref="FIN-VIG-{year}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° de signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "place": "Lieu",
        "linked_offences": "Infractions connexes",
        "asset": "Matériel concerné",
    },
    note="NB : déclarations des adhérents, non vérifiées",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
_ANEN = ExaminerSource(
    source="anen_nautica",
    filename="anen_nautica_ki.csv",
    ref="ANEN {seq:03d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº aviso",
        "event_date": "Fecha hechos",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "place": "Puerto / lugar",
        "linked_offences": "Delitos conexos",
        "asset": "Embarcación / motor",
    },
    note="Nota: datos facilitados por los asociados, pendientes de contrastar",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
)
_CMP = ExaminerSource(
    source="camara_maritima_pa",
    filename="camara_maritima_pa_ki.csv",
    ref="CMP-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "place": "Lugar",
        "linked_offences": "Delitos asociados",
        "asset": "Embarcación / motor",
    },
    note="Nota: información preliminar de los agremiados",
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=True,
)
_ICOMIA = ExaminerSource(
    source="icomia_digest",
    filename="icomia_digest_ki.jsonl",
    ref="ICOMIA-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_id",
        "member": "reporting_member",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality_code",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "detection_country": "incident_country",
        "transit_countries": "transit_route",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "place": "location",
        "linked_offences": "related_offences",
        "asset": "asset_type",
    },
    note=None,
    total="TOTAL (all members)",
    bad_count=("several", "many"),
    repeats=False,
)

#: The five sources, in the order :func:`make_blind293` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_BM, _FIN, _ANEN, _CMP, _ICOMIA)

# --------------------------------------------------------------------------------------
# Wording of each agency
# --------------------------------------------------------------------------------------
_CRIME: dict[str, _Words] = {
    "british_marine": {
        "smuggling": ("Facilitation (s.25 IA 1971)", "People smuggling", "Small boat facilitation"),
        "trafficking": ("Modern slavery", "Human trafficking (MSA 2015)"),
        "both": ("Facilitation + modern slavery", "People smuggling & trafficking"),
    },
    "fin_nautisme": {
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Aide à l'entrée et au séjour irréguliers",
            "Filière de passeurs (small boats)",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    "anen_nautica": {
        "smuggling": (
            "Favorecimiento de la inmigración clandestina",
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata de seres humanos y tráfico de migrantes", "TSH + tráfico de migrantes"),
    },
    "camara_maritima_pa": {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas / tráfico de migrantes",),
    },
    "icomia_digest": {
        "smuggling": ("migrant smuggling", "smuggling of migrants"),
        "trafficking": ("human trafficking", "trafficking in persons"),
        "both": ("trafficking and smuggling",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "british_marine": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not specified", "n/k"),
        "none": ("N/A", ""),
    },
    "fin_nautisme": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("non précisé", "NC"),
        "none": ("sans objet", ""),
    },
    "anen_nautica": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
        "unknown": ("sin especificar", "desconocida"),
        "none": ("",),
    },
    "camara_maritima_pa": {
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra",),
        "unknown": ("no determinado",),
        "none": ("N/A", "", ""),
    },
    "icomia_digest": {
        "sexual": ("sexual",),
        "forced_labour": ("labour", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "unknown": ("unspecified",),
        "none": ("",),
    },
}
_GENDER: dict[str, _Words] = {
    "british_marine": {
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F"),
        "unknown": ("n/k", "Unknown"),
    },
    "fin_nautisme": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F"),
        "unknown": ("NC", "inconnu"),
    },
    "anen_nautica": {  # Spanish forms: H = hombre, M = mujer
        "male": ("H", "hombres", "varones"),
        "female": ("M", "mujeres"),
        "mixed": ("mixto", "H/M"),
        "unknown": ("s/d", "desconocido"),
    },
    "camara_maritima_pa": {
        "male": ("masculino", "hombres"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "ambos sexos"),
        "unknown": ("no indica",),
    },
    "icomia_digest": {
        "male": ("male",),
        "female": ("female",),
        "mixed": ("mixed",),
        "unknown": ("unknown",),
    },
}
_AGE: dict[str, _Words] = {
    "british_marine": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "U18", "UASC"),
        "mixed": ("Adults & minors", "Mixed"),
        "unknown": ("n/a", "n/k"),
    },
    "fin_nautisme": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "unknown": ("NC",),
    },
    "anen_nautica": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
        "unknown": ("s/d",),
    },
    "camara_maritima_pa": {
        "adult": ("adultos",),
        "child": ("NNA", "menores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
        "unknown": ("no indica",),
    },
    "icomia_digest": {
        "adult": ("adult",),
        "child": ("minor",),
        "mixed": ("mixed",),
        "unknown": ("n/a",),
    },
}
_MODE: dict[str, _Words] = {
    "british_marine": {
        "sea": ("Small boat", "RIB", "Dinghy", "Vessel"),
        "land": ("Lorry", "HGV", "Vehicle", "Road"),
        "air": ("Air", "Flight"),
        "unknown": ("n/k",),
    },
    "fin_nautisme": {
        "sea": ("small boat", "embarcation", "semi-rigide", "bateau pneumatique"),
        "land": ("poids lourd", "voie routière", "véhicule"),
        "air": ("voie aérienne", "avion"),
        "unknown": ("NC",),
    },
    "anen_nautica": {
        "sea": ("patera", "neumática", "cayuco", "embarcación", "moto de agua"),
        "land": ("vehículo", "terrestre", "a pie"),
        "air": ("aéreo", "avión"),
        "unknown": ("s/d",),
    },
    "camara_maritima_pa": {
        "sea": ("lancha", "marítimo"),
        "land": ("terrestre", "a pie", "a pie (selva)"),
        "air": ("aéreo",),
        "unknown": ("no indica",),
    },
    "icomia_digest": {
        "sea": ("sea", "boat"),
        "land": ("land", "road"),
        "air": ("air",),
        "unknown": ("n/a",),
    },
}
_OFFENCES: dict[str, _Words] = {
    "british_marine": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Controlled drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "fin_nautisme": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "anen_nautica": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "camara_maritima_pa": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "icomia_digest": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {
    "british_marine": "; ",
    "fin_nautisme": " + ",
    "anen_nautica": ", ",
    "camara_maritima_pa": " / ",
    "icomia_digest": "; ",
}
#: "Not known" count words (the record stays, with no count).
_COUNT_UNKNOWN = {
    "british_marine": ("n/k", "TBC"),
    "fin_nautisme": ("inconnu", "NC"),
    "anen_nautica": ("s/d", "sin determinar"),
    "camara_maritima_pa": ("por determinar",),
    "icomia_digest": ("unknown",),
}
#: "Not known" suspect words (no count of suspects; ICOMIA's feed leaves ``null``).
_SUSPECTS_UNKNOWN = {
    "british_marine": ("n/k",),
    "fin_nautisme": ("NC", "inconnu"),
    "anen_nautica": ("s/d",),
    "camara_maritima_pa": ("sin dato",),
}
#: Words for no suspect at all (zero).
_ZERO = {
    "british_marine": ("Nil", "none"),
    "fin_nautisme": ("aucun", "néant"),
    "anen_nautica": ("ninguno",),
    "camara_maritima_pa": ("ninguno",),
}
#: Words for a nationality the reporter did not know.
_NAT_UNKNOWN = {
    "british_marine": ("Unknown", "n/k"),
    "fin_nautisme": ("inconnue", "NC"),
    "anen_nautica": ("desconocida", "s/d"),
    "camara_maritima_pa": ("no indica",),
    "icomia_digest": ("XX",),
}
_ASSETS = {
    "british_marine": (
        "RIB approx 9m, twin 40hp outboards",
        "Inflatable dinghy + 60hp outboard",
        "Yamaha 40hp outboard, paid cash",
        "Second-hand RIB bought via online listing",
        "Outboard stolen from marina pontoon",
    ),
    "fin_nautisme": (
        "pneumatique + moteur 40 CV",
        "moteur hors-bord Yamaha 60 CV payé en espèces",
        "semi-rigide d'occasion (annonce en ligne)",
        "moteur volé au port de plaisance",
        "coque nue sans immatriculation",
    ),
    "anen_nautica": (
        "neumática 7 m + motor 40 CV",
        "motor fueraborda 60 CV pagado en efectivo",
        "semirrígida de segunda mano",
        "motor robado en puerto deportivo",
        "cayuco de madera, 2 motores 40 CV",
    ),
    "camara_maritima_pa": (
        "lancha 25 pies, motor 75 HP",
        "motor fuera de borda pagado en efectivo",
        "bote de fibra sin matrícula",
        "motor robado en marina",
    ),
    "icomia_digest": ("outboard engine", "RIB", "inflatable", "used boat", "engine parts"),
}
_MEMBERS = {
    "ITA": "Confindustria Nautica",
    "USA": "NMMA",
    "ESP": "ANEN",
    "GBR": "British Marine",
    "GRC": "GR member association",
    "HRV": "HR member association",
    "POL": "PL member association",
}

#: Place names in the agency's language (the truth's hotspot names are English).
_PLACES = {
    "fin_nautisme": {"Dover": "Douvres", "Dunkirk/Gravelines": "Dunkerque / Gravelines"},
    "camara_maritima_pa": {"Darién gap": "Tapón del Darién"},
}

# Demonyms and adjectives: how the agencies write a nationality besides the country name.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_ADJ_FR = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_ADJ_ES_ANEN = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
_ADJ_ES_PA = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
_ALIAS_ES_PA = {
    "VEN": "Venezuela (República Bolivariana de)",
    "CHN": "República Popular China",
    "USA": "EE.UU.",
}
_ALIAS_EN_ICOMIA = {
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "VNM": "Vietnam",
    "SYR": "Syrian Arab Republic",
    "RUS": "Russian Federation",
}


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    """Return the country's usual name in ``lang`` (the code itself if not tabled)."""
    row = COUNTRIES.get(iso)
    return str(row[_LANG_COL[lang]]) if row else iso


def _typo(text: str, rng: _Rng) -> str:
    """Drop or swap one inner letter of a name of six letters or more (a slip of the hand)."""
    if len(text) < 6 or " " in text:
        return text
    i = int(rng.integers(2, len(text) - 2))
    if rng.random() < 0.5:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int:
    value = ev.get(key)
    return int(value) if isinstance(value, (int, np.integer, float)) else 0


def _float(ev: dict[str, object], key: str) -> float:
    value = ev.get(key)
    return float(value) if isinstance(value, (int, float, np.floating)) else float("nan")


def _serial(ts: pd.Timestamp) -> int:
    """Excel's serial day number of a date (1900 date system)."""
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _later(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """Return the same day ``years`` later (28 February for a 29 February)."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + years, month=ts.month, day=day)


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes, as a chart plotter or a marina log writes them."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 3)
    if minutes >= 60:
        deg, minutes = deg + 1, minutes - 60
    return f"{deg:0{width}d}°{minutes:06.3f}'{hemi}"


def _comma(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a good date, in the agency's style."""
    r = rng.random()
    m = ts.month - 1
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    name = src.source
    if name == "british_marine":
        if partial_ok and r < 0.03:
            return f"{_MONTHS['en'][m]} {ts.year}", month, "month"
        if r < 0.3:
            return f"{ts.day} {_MONTHS['en'][m]} {ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "fin_nautisme":
        if partial_ok and r < 0.025:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        if partial_ok and r < 0.045:
            return f"{_MONTHS['fr'][m]} {ts.year}", month, "month"
        if r < 0.25:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if name == "anen_nautica":
        if partial_ok and r < 0.02:
            return f"{_MONTHS['es'][m]} {ts.year}", month, "month"
        if r < 0.15:
            return f"{ts.day:02d}-{_MONTHS['es'][m][:3]}-{ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "camara_maritima_pa":
        if r < 0.25:  # a column left in Excel's "General" format
            return str(_serial(ts)), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if partial_ok and r < 0.05:
        return ts.strftime("%Y-%m"), month, "month"
    if partial_ok and r < 0.08:
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: none, impossible or far in the future."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        if name == "british_marine":
            return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
        if name == "fin_nautisme":
            return f"31/{choice(rng, ('04', '06', '09', '11'))}/{ts.year}"
        if name == "anen_nautica":
            return f"31/06/{ts.year}"
        if name == "camara_maritima_pa":
            return f"32/{ts.month:02d}/{ts.year}"
        return f"{ts.year}-02-30"
    later = _later(ts, 10)  # the decade typed wrong: 2023 -> 2033
    if name == "fin_nautisme":
        return _later(ts, 100).to_pydatetime()  # 2023 typed 2123, stored as a real date
    if name == "icomia_digest":
        return later.strftime("%Y-%m-%d")
    return later.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the day after the last reported incident."""
    day = last + pd.Timedelta(days=1)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _nationality(src: ExaminerSource, iso: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality the way the agency writes it (the country is always readable)."""
    r = rng.random()
    name = src.source
    if name == "british_marine":
        if iso in _DEMONYM_EN and r < 0.7:
            tags.append("demonym:nationality")
            return _DEMONYM_EN[iso]
        return _name(iso, "en")
    if name == "fin_nautisme":
        if iso in _ADJ_FR and r < 0.5:
            tags.append("demonym:nationality")
            return _ADJ_FR[iso]
        if r > 0.9:
            tags.append("iso2:nationality")
            return iso_codes(iso)[0]
        return _name(iso, "fr")
    if name == "anen_nautica":
        if iso in _ADJ_ES_ANEN and r < 0.3:
            tags.append("demonym:nationality")
            return _ADJ_ES_ANEN[iso]
        return _es_anen(iso, rng, tags, "nationality")
    if name == "camara_maritima_pa":
        if iso in _ADJ_ES_PA and r < 0.2:
            tags.append("demonym:nationality")
            return _ADJ_ES_PA[iso]
        return _es_pa(iso, rng, tags, "nationality")
    if r < 0.1:
        tags.append("numeric:nationality")
        return iso_codes(iso)[1]
    tags.append("iso2:nationality")
    return iso_codes(iso)[0]


def _es_anen(iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Write a Spanish country name as ANEN's members type or paste it."""
    r = rng.random()
    text = _name(iso, "es")
    if r < 0.08:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, _ANEN):
            tags.append(f"mojibake:{col}")
            return garbled
    if 0.08 <= r < 0.11:
        slip = _typo(text, rng)
        if slip != text:
            tags.append(f"typo:{col}")
            return slip
    if 0.11 <= r < 0.26:
        tags.append(f"case:{col}")
        return text.upper()
    return text


def _es_pa(iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Write a Spanish country name as the Panamanian chamber's members write it."""
    r = rng.random()
    if r < 0.1:
        tags.append(f"iso3:{col}")
        return iso
    if r < 0.25 and iso in _ALIAS_ES_PA:
        tags.append(f"alias:{col}")
        return _ALIAS_ES_PA[iso]
    if r < 0.28:
        tags.append(f"case:{col}")
        return _name(iso, "es").upper()
    return _name(iso, "es")


def _country(src: ExaminerSource, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Origin, destination or detection country, the agency's way."""
    r = rng.random()
    name = src.source
    if name == "british_marine":
        if iso == "GBR":
            return choice(rng, ("UK", "UK", "United Kingdom", "England"))
        if r < 0.03:
            tags.append(f"typo:{col}")
            return str(COUNTRIES[iso][5]) if iso in COUNTRIES else iso
        if r < 0.06:
            tags.append(f"case:{col}")
            return _name(iso, "en").upper()
        return _name(iso, "en")
    if name == "fin_nautisme":
        if iso == "GBR":
            return choice(rng, ("Royaume-Uni", "Royaume-Uni", "UK", "Angleterre"))
        if r < 0.1:
            tags.append(f"iso2:{col}")
            return iso_codes(iso)[0]
        if r < 0.12:
            slip = _typo(_name(iso, "fr"), rng)
            tags.append(f"typo:{col}")
            return slip
        return _name(iso, "fr")
    if name == "anen_nautica":
        return _es_anen(iso, rng, tags, col)
    if name == "camara_maritima_pa":
        if iso == "USA" and r < 0.6:
            return choice(rng, ("EE.UU.", "EEUU", "Estados Unidos de América"))
        if iso == "PAN" and r < 0.4:
            return choice(rng, ("PANAMÁ", "Rep. de Panamá", "Panama"))
        return _es_pa(iso, rng, tags, col)
    if col == "detection_country":
        tags.append(f"iso3:{col}")
        return iso
    if iso in _ALIAS_EN_ICOMIA and r < 0.4:
        tags.append(f"alias:{col}")
        return _ALIAS_EN_ICOMIA[iso]
    if r < 0.02:
        tags.append(f"typo:{col}")
        return str(COUNTRIES[iso][5]) if iso in COUNTRIES else iso
    return _name(iso, "en")


def _detection(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write the country of the incident; the British log names the home nation."""
    iso = str(ev["detection_country"])
    if src.source == "british_marine" and iso == "GBR":
        hotspot = str(ev.get("hotspot") or "")
        if rng.random() < 0.3:
            tags.append("alias:detection_country")
            return "Scotland" if hotspot == "Glasgow" else "England"
        return choice(rng, ("UK", "UK", "United Kingdom"))
    return _country(src, iso, "detection_country", rng, tags)


def _transit(src: ExaminerSource, value: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit countries, joined the agency's way (None: direct)."""
    name = src.source
    if value is None:
        if name == "anen_nautica" and rng.random() < 0.5:
            return "directo"
        if name == "british_marine" and rng.random() < 0.3:
            return "Direct"
        return None
    codes = value.split("|")
    if name == "british_marine":
        return " > ".join(_name(c, "en") for c in codes)
    if name == "fin_nautisme":
        return ", ".join(_name(c, "fr") for c in codes)
    if name == "anen_nautica":
        names = [_name(c, "es") for c in codes]
        if len(names) > 1 and rng.random() < 0.5:
            tags.append("prose_list:transit_countries")
            return ", ".join(names[:-1]) + " y " + names[-1]
        return " - ".join(names)
    if name == "camara_maritima_pa":
        return " - ".join(_name(c, "es") for c in codes)
    return "-".join(codes)


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the count of persons as written, and the count an analyst reads (None: not known)."""
    r = rng.random()
    name = src.source
    if r < 0.015:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[name]), None
    if name == "british_marine" and n >= 10 and r < 0.04:
        tags.append("approx_count")
        return f"{choice(rng, ('c.', 'approx'))} {n}", n
    if n >= 1000 and name in ("anen_nautica", "camara_maritima_pa"):
        tags.append("thousands:n_persons")
        sep = "." if name == "anen_nautica" else ","
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    if src.format == "csv":
        return str(n), n
    return n, n


def _suspects(
    src: ExaminerSource, n: int, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Return the count of suspects as written, and the count an analyst reads."""
    r = rng.random()
    name = src.source
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.03:
        tags.append("suspects_placeholder")
        if name == "icomia_digest":
            return None, None
        return choice(rng, _SUSPECTS_UNKNOWN[name]), None
    if n == 0 and name in _ZERO and r < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO[name]), 0
    if src.format == "csv":
        return str(n), n
    return n, n


def _coordinates(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Cells of the place (``coordinates`` or ``lat``/``lon``) and the point an analyst reads."""
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    name = src.source
    pair = "coordinates" in src.headers
    r = rng.random()
    if blank:
        tags.append("blank_coordinates")
        return ({"coordinates": None} if pair else {"lat": None, "lon": None}), None, None
    if name == "british_marine":
        if ev.get("transport_mode") != "sea" and r < 0.6:  # a log of boats: no fix ashore
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        if r < 0.03:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("TBC", "n/k"))}, None, None
        cell = f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"
        tags.append("ddm:coordinates")
        return {"coordinates": cell}, lat, lon
    if name == "camara_maritima_pa":
        if r < 0.04:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"coordinates": "sin datos"}, None, None
        if r < 0.55:
            ns = "N" if lat >= 0 else "S"
            ew = "E" if lon >= 0 else "O"
            tags.append("hemisphere:coordinates")
            return {"coordinates": f"{abs(lat):.5f} {ns}, {abs(lon):.5f} {ew}"}, lat, lon
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if r < 0.04:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    if name == "anen_nautica":
        if r < 0.055:
            tags.append("coords_placeholder")
            return {"lat": "s/d", "lon": "s/d"}, None, None
        if r < 0.07:  # longitude typed in the latitude column
            tags.append("coords_swapped")
            return {"lat": _comma(lon, 5), "lon": _comma(lat, 5)}, lat, lon
        return {"lat": _comma(lat, 5), "lon": _comma(lon, 5)}, lat, lon
    if r < 0.055:
        tags.append("coords_placeholder")
        return {"lat": 0, "lon": 0}, None, None
    if name == "fin_nautisme":
        if r < 0.3:
            tags.append("decimal_comma:coordinates")
            return {"lat": _comma(lat, 5), "lon": _comma(lon, 5)}, lat, lon
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, lat, lon


def _asset(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str | None:
    """Write the boat or engine the report is about (free text; no record field)."""
    r = rng.random()
    name = src.source
    if name == "camara_maritima_pa":  # the lanchas of the Gulf of Urabá crossing
        return choice(rng, _ASSETS[name]) if r < 0.6 else None
    return choice(rng, _ASSETS[name]) if ev.get("transport_mode") == "sea" else None


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    name = src.source
    csv = src.format == "csv"
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(src, ts, rng, partial_ok)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    if isinstance(cells["event_date"], str) and cells["event_date"].isdigit():
        tags.append("excel_serial")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[name][crime])
    exp["crime_type"] = crime

    expl = _str(ev, "exploitation")
    words = _EXPLOITATION[name]
    if crime == "smuggling" or expl is None:
        word = choice(rng, words["none"])
        cells["exploitation"] = word or None
        exp["exploitation"] = None if crime == "smuggling" else "unknown"
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, words["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = choice(rng, words[expl])
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _persons(src, _int(ev, "n_persons"), rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, _int(ev, "n_suspects"), rng, tags, forced_blank == "n_suspects"
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[name]["unknown"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[name][gender]), gender

    for col, table in (("age_group", _AGE), ("transport_mode", _MODE)):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, table[name]["unknown"]), "unknown"
            tags.append(f"na_word:{col}")
        else:
            options = table[name][value]
            if name == "anen_nautica" and col == "transport_mode" and value == "sea":
                options = (
                    ("cayuco", "neumática", "embarcación")
                    if ev.get("corridor") == "watl"
                    else ("patera", "neumática", "moto de agua", "embarcación")
                )
            cells[col], exp[col] = choice(rng, options), value

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, _NAT_UNKNOWN[name]), None
        tags.extend(["blank_nationality", "unknown:nationality"])
    elif name == "british_marine" and nat in ("IRQ", "IRN") and r < 0.12:
        cells["nationality"], exp["nationality"] = "Kurdish", None  # Iraqi or Iranian?
        tags.extend(["blank_nationality", "ambiguous:nationality"])
    else:
        cells["nationality"] = _nationality(src, nat, rng, tags)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = _str(ev, col)
        if iso is None or rng.random() < 0.03:
            cells[col], exp[col] = None, None
            if iso is not None:
                tags.append(f"empty:{col}")
        else:
            cells[col], exp[col] = _country(src, iso, col, rng, tags), iso

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _detection(src, ev, rng, tags)
        exp["detection_country"] = str(ev["detection_country"])

    transit = _str(ev, "transit_countries")
    cells["transit_countries"] = _transit(src, transit, rng, tags)
    exp["transit_countries"] = transit

    place, exp["lat"], exp["lon"] = _coordinates(src, ev, rng, tags, forced_blank == "coordinates")
    cells.update(place)

    offences = _str(ev, "linked_offences")
    if offences is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = _OFFENCE_SEP[name].join(
            choice(rng, _OFFENCES[name][o]) for o in offences.split("|")
        )
    exp["linked_offences"] = offences

    hotspot = str(ev.get("hotspot") or "")
    cells["place"] = _PLACES.get(name, {}).get(hotspot, hotspot) or None
    cells["asset"] = _asset(src, ev, rng)
    if "member" in src.headers:
        cells["member"] = _MEMBERS.get(str(ev["detection_country"]), "member association")
    if not csv:
        return cells, exp, tags
    for key, cell in cells.items():  # a CSV holds text only
        if cell is not None and not isinstance(cell, str):
            cells[key] = str(cell)
    return cells, exp, tags


#: The variant: sources, routing of events and the agencies' writers.
BLIND293: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "british_marine",
        "FRA": "fin_nautisme",
        "ESP": "anen_nautica",
        "PAN": "camara_maritima_pa",
    },
    compilation="icomia_digest",
    secondary={
        ("channel", "FRA"): "british_marine",
        ("channel", "GBR"): "fin_nautisme",
        ("wmed", "ESP"): "icomia_digest",
        ("watl", "ESP"): "icomia_digest",
        ("thb_vnm_gbr", "GBR"): "icomia_digest",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=293,
    blank_share=0.3,
)


def make_blind293(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five boating-trade desks of ``blind293`` would.

    British Marine's Project Kraken log (UK detections), the FIN's vigilance sheet (French
    detections), ANEN's alerts (Spanish detections), the Cámara Marítima de Panamá's
    compliance reports (Darién) and ICOMIA's digest of its members' reports (every other
    detection: Italy, Greece, Croatia, Poland, the United States). Some Channel events are
    reported by both the British and the French desk, some Spanish and British ones again
    by ICOMIA; the British and Panamanian files re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``british_marine_ki.csv``, ``fin_nautisme_ki.xlsx``, ``anen_nautica_ki.csv``,
        ``camara_maritima_pa_ki.csv`` and ``icomia_digest_ki.jsonl``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind293(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['british_marine_ki.csv', 'fin_nautisme_ki.xlsx', 'anen_nautica_ki.csv',
     'camara_maritima_pa_ki.csv', 'icomia_digest_ki.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº aviso', 'Fecha hechos', 'Tipo delictivo']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND293, truth, seed=seed)
