"""Examiner sample set ``blind294`` (files ``*_kj.*``): taxi and ride-hail regulators.

Five agencies that license or inspect taxis, private-hire vehicles (PHV) and VTC / ride-hail
drivers, and that record the cases where a licensed driver was caught carrying smuggled
migrants or trafficked persons, send their extracts:

``tfl_tph_compliance_kj.csv``
    Transport for London, Taxi and Private Hire Compliance & Enforcement (English,
    UTF-8 with BOM, ``,``). First reports the events detected in the United Kingdom
    (London-licensed drivers wherever they were stopped: "England", "Scotland"), and
    again the Channel events its licensees were caught in on the French coast. UK
    day-first dates (``17/05/2023``, ``17 May 2023``, ``May 2023`` for historic
    allegations), demonyms ("Vietnamese"), one "lat, long" cell, counts written as words
    now and then ("two"), "None" for no suspect. The extract is re-run and appended, so
    some rows come twice.
``dgitm_registre_vtc_kj.csv``
    DGITM, bureau des taxis et VTC: reports on VTC card holders (French, cp1252, ``;``,
    CRLF). First reports the events detected in France, and again those of the Channel
    detected at Dover. Day-first dates (``17/05/2023``, ``17/05/23``, ``mai 2023``),
    nationalities as French feminine adjectives ("afghane"), "Angleterre" for the United
    Kingdom, "néant" for no suspect, "NC" for a count not known, decimal commas.
``mitms_inspeccion_tt_kj.xlsx``
    Ministerio de Transportes y Movilidad Sostenible, Subdirección General de Inspección
    de Transporte Terrestre, compiling the regional taxi/VTC inspectorates' *actas*
    (Spanish, Excel). First reports the events detected in Spain. Dates as Excel dates,
    as text (``17/05/2023``) or as bare serial numbers; "MENA" for unaccompanied minors,
    "Patera"/"Cayuco"; one batch of the Canary Islands' rows was pasted from a UTF-8 file
    read as cp1252, so its text is mojibake ("MarÃ­timo").
``pn_dot_panama_kj.csv``
    Policía Nacional de Panamá, Dirección de Operaciones del Tránsito (checkpoints on the
    Panamericana that stop the *selectivo* buses and taxis out of Darién), Spanish, an
    Excel "Texto Unicode" export: UTF-16 with BOM, tab-separated. First reports the
    events detected in Panama. Demonyms ("venezolano"), "NNA" for minors, "EE.UU.",
    US-style thousands ("1,234"), GPS degree-and-minute coordinates
    (``N 8°30.201' W 77°30.084'``). The extract is re-sent with some rows twice.
``iatr_incident_exchange_kj.jsonl``
    International Association of Transportation Regulators, member incident exchange
    (English keys, JSON lines). The compilation: first reports every event detected where
    none of the four above works (Italy, Greece, Croatia, Poland, the United States), and
    again some Spanish, Panamanian and UK events its members shared. ISO dates, some
    month-only (``2023-05``) or quarter-only (``2023-Q2``) member returns, ISO alpha-2
    codes (Zagreb's returns give the country as its ISO numeric code, ``"191"``), transit
    lists joined by ``" > "``, US wording ("alien smuggling", "juvenile").

Every written cell is chosen so that a careful analyst reads the value the truth expects;
where a cell says "not known" (a placeholder count, an "unknown" word), the truth expects
nothing (or ``unknown``) and the row is tagged so.
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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind294"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

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
_MONTHS_ES3 = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words for it (the first is the usual one).
    expl_none : str or None
        What the agency writes as the exploitation of a pure smuggling case.
    expl_unknown, gender_unknown, age_na, mode_na, country_unknown : tuple of str
        Words the agency writes when the value is not known.
    count_placeholder : str
        Written in a count cell when the count is not known.
    zero_word : str or None
        Written now and then for "no suspect".
    offence_sep, transit_sep : tuple of str
        Separators of the linked-offence and transit lists.
    direct_word : str or None
        Written in the transit cell of a direct journey.
    demonyms : mapping
        ISO alpha-3 -> the nationality adjective in the agency's language.
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    expl_none: str | None
    expl_unknown: tuple[str, ...]
    gender_unknown: tuple[str, ...]
    age_na: tuple[str, ...]
    mode_na: tuple[str, ...]
    country_unknown: tuple[str, ...]
    count_placeholder: str
    zero_word: str | None
    offence_sep: tuple[str, ...]
    transit_sep: tuple[str, ...]
    direct_word: str | None
    demonyms: Mapping[str, str]


# --------------------------------------------------------------------------------------
# Country wording of the set (names come from the samples' fixed table)
# --------------------------------------------------------------------------------------
_DEMONYM_EN = {
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
# French police write the nationality as an adjective agreeing with "nationalité".
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
_DEMONYM_ES = {
    "AFG": "afgano",
    "ALB": "albanés",
    "BGD": "bangladesí",
    "CHN": "chino",
    "CIV": "marfileño",
    "CMR": "camerunés",
    "COL": "colombiano",
    "DZA": "argelino",
    "ECU": "ecuatoriano",
    "EGY": "egipcio",
    "ERI": "eritreo",
    "GIN": "guineano",
    "GMB": "gambiano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
    "HTI": "haitiano",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicano",
    "MLI": "maliense",
    "NGA": "nigeriano",
    "PAK": "paquistaní",
    "ROU": "rumano",
    "SEN": "senegalés",
    "SYR": "sirio",
    "TUN": "tunecino",
    "TUR": "turco",
    "VEN": "venezolano",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
# Small slips of the keyboard a careful reader still reads (one per language and country).
_TYPOS = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "IRN": "Iarn",
        "ALB": "Albnia",
        "VNM": "Vietanm",
        "SYR": "Syira",
        "IRQ": "Irak",
        "ITA": "Itlay",
        "TUN": "Tunsia",
        "PAK": "Pakistna",
        "MAR": "Morrocco",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythrée", "IRQ": "Iraq", "ALB": "Albannie"},
    "es": {
        "MAR": "Marruecoz",
        "SEN": "Senegall",
        "VEN": "Venezuala",
        "ECU": "Ecudor",
        "MLI": "Mali",
        "HTI": "Haiti",
        "COL": "Colonbia",
        "DZA": "Argelía",
        "GMB": "Gambía",
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


def _name(code: str, lang: str) -> str:
    return str(COUNTRIES[code][_LANG_COL[lang]])


def _alias(code: str) -> str | None:
    aliases = COUNTRIES[code][4]
    return str(aliases[0]) if aliases else None


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
TFL = Agency(
    source="tfl_tph_compliance",
    filename="tfl_tph_compliance_kj.csv",
    ref="TPH-CE-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Reference",
        "event_date": "Incident Date",
        "licence": "Licence Type",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects Arrested",
        "gender": "Passenger Sex",
        "age_group": "Age Group",
        "nationality": "Nationality (as stated)",
        "detection_country": "Country of Incident",
        "transport_mode": "Mode / Vehicle",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE - extract for NCA / IATR exchange, not for onward disclosure",
    total="TOTAL",
    bad_count=("see narrative", "refer to MG11"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery / human trafficking", "MSHT"),
        "smuggling": ("Facilitation (s.25 Immigration Act 1971)", "People smuggling"),
        "both": ("MSHT and facilitation (s.25)",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis farm)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male and female"),
    },
    age={
        "adult": ("Adult", "18+"),
        "child": ("Under 18", "Child"),
        "mixed": ("Adults and children", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Small boat arrival"),
        "land": ("Private hire vehicle", "PHV", "Taxi (hackney carriage)", "Lorry / HGV"),
        "air": ("Air (airport pick-up)",),
    },
    offences={
        "document_fraud": ("False documents (Identity Documents Act)", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering (POCA)",),
        "illicit_goods": ("Drugs (MDA 1971)",),
        "cybercrime": ("Computer misuse",),
        "terrorism": ("Terrorism Act",),
    },
    expl_none="N/A",
    expl_unknown=("Not recorded",),
    gender_unknown=("Not stated", "Not known"),
    age_na=("Not assessed",),
    mode_na=("Not recorded",),
    country_unknown=("Not known", "Unknown"),
    count_placeholder="Not known",
    zero_word="None",
    offence_sep=("; ",),
    transit_sep=(", ",),
    direct_word=None,
    demonyms=_DEMONYM_EN,
)

DGITM = Agency(
    source="dgitm_registre_vtc",
    filename="dgitm_registre_vtc_kj.csv",
    ref="SIG-VTC-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes transportées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du registre VTC arrêtée au",
    total="TOTAL GÉNÉRAL",
    bad_count=("voir PV", "cf. procédure"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Aide à l'entrée irrégulière (L.823-1 CESEDA)",
            "Trafic de migrants",
        ),
        "both": ("TEH et aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "male": ("Hommes", "masculin"),
        "female": ("Femmes", "féminin"),
        "mixed": ("Mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("maritime", "embarcation (small boat)"),
        "land": ("routier", "VTC", "poids lourd"),
        "air": ("aérien",),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    expl_none="Sans objet",
    expl_unknown=("Non déterminée",),
    gender_unknown=("NC", "non renseigné"),
    age_na=("non déterminé",),
    mode_na=("non renseigné",),
    country_unknown=("inconnue", "NC"),
    count_placeholder="NC",
    zero_word="néant",
    offence_sep=(", ", " + "),
    transit_sep=(" / ",),
    direct_word="direct",
    demonyms=_DEMONYM_FR,
)

MITMS = Agency(
    source="mitms_inspeccion_tt",
    filename="mitms_inspeccion_tt_kj.xlsx",
    ref="AI/{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº acta",
        "event_date": "Fecha inspección",
        "region": "CCAA / Ciudad",
        "crime_type": "Delito comunicado",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas transportadas",
        "n_suspects": "Conductores/implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Tránsito",
        "destination_country": "Destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales - pendientes de validación por las CCAA",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver acta"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata"),
        "smuggling": ("Inmigración clandestina (art. 318 bis CP)", "Tráfico ilícito de migrantes"),
        "both": ("Trata + 318 bis",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    mode={
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Vehículo VTC", "Taxi", "Furgoneta"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    expl_none="No procede",
    expl_unknown=("Sin determinar",),
    gender_unknown=("No consta",),
    age_na=("No consta",),
    mode_na=("No consta",),
    country_unknown=("No consta", "desconocida"),
    count_placeholder="s/d",
    zero_word="ninguno",
    offence_sep=(" / ",),
    transit_sep=(" - ",),
    direct_word="Directo",
    demonyms=_DEMONYM_ES,
)

PNDOT = Agency(
    source="pn_dot_panama",
    filename="pn_dot_panama_kj.csv",
    ref="NOV-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Novedad",
        "event_date": "Fecha",
        "post": "Puesto / Sector",
        "crime_type": "Tipo de delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de migrantes",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países)",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: DOT - Sección de Estadística. Cifras sujetas a revisión",
    total="TOTAL GENERAL",
    bad_count=("ver informe", "pendiente"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={
        "male": ("Masculino", "M"),
        "female": ("Femenino", "F"),
        "mixed": ("Mixto",),
    },
    age={
        "adult": ("Adultos",),
        "child": ("Menores", "NNA"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "land": ("Terrestre", "Bus selectivo", "Taxi", "A pie"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("droga",),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    expl_none=None,
    expl_unknown=("S/D",),
    gender_unknown=("S/D",),
    age_na=("N/A",),
    mode_na=("N/A",),
    country_unknown=("S/D", "desconocida"),
    count_placeholder="S/D",
    zero_word="ninguno",
    offence_sep=(", ",),
    transit_sep=(" - ", ", "),
    direct_word=None,
    demonyms=_DEMONYM_ES,
)

IATR = Agency(
    source="iatr_incident_exchange",
    filename="iatr_incident_exchange_kj.jsonl",
    ref="IX-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "member": "reporting_member",
        "crime_type": "offense_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "detection_country": "country",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="SUMMARY (all members)",
    bad_count=("n/a - see attachment", "multiple"),
    repeats=False,
    crime={
        "trafficking": ("human trafficking", "HT"),
        "smuggling": ("human smuggling", "alien smuggling"),
        "both": ("smuggling + trafficking",),
    },
    exploitation={
        "sexual": ("sex trafficking",),
        "forced_labour": ("labor trafficking",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={
        "male": ("male", "M"),
        "female": ("female", "F"),
        "mixed": ("mixed",),
    },
    age={
        "adult": ("adult",),
        "child": ("minor", "juvenile"),
        "mixed": ("mixed", "adults & minors"),
    },
    mode={
        "sea": ("sea", "maritime", "vessel"),
        "land": ("road", "land", "rideshare vehicle"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
    expl_none=None,
    expl_unknown=("unspecified",),
    gender_unknown=("unknown",),
    age_na=("n/a",),
    mode_na=("n/a",),
    country_unknown=("unknown",),
    count_placeholder="unknown",
    zero_word=None,
    offence_sep=(", ",),
    transit_sep=(" > ",),
    direct_word=None,
    demonyms=_DEMONYM_EN,
)

#: The five agencies, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (TFL, DGITM, MITMS, PNDOT, IATR)

# Which member regulator shared an exchange row (by detection country / hotspot).
_MEMBERS = {
    "ITA": "Roma Capitale - Dipartimento Mobilità",
    "GRC": "Hellenic Ministry of Infrastructure and Transport",
    "HRV": "City of Zagreb - Transport Office",
    "POL": "Warsaw City Hall - Transport Licensing",
    "ESP": "Spain - MITMS Inspección (observer)",
    "PAN": "Municipio de Panamá (observer)",
    "GBR": "Transport for London",
}
_US_MEMBERS = {
    "Nogales (Sonora/Arizona)": "Arizona DOT - MVD",
    "Sasabe": "Arizona DOT - MVD",
    "El Paso": "City of El Paso - Licensing",
    "Rio Grande Valley": "Texas Dept. of Licensing and Regulation",
}
_REGIONS = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Andalucía",
    "Almería (El Ejido)": "Andalucía",
    "Huelva": "Andalucía",
    "Gran Canaria": "Canarias",
    "Tenerife": "Canarias",
    "El Hierro": "Canarias",
    "Lanzarote": "Canarias",
}
_POSTS = {
    "Darién gap": "Metetí",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "ERM Lajas Blancas",
}
# Share of rows whose place was not recorded, by agency.
_NO_PLACE = {
    TFL.source: 0.12,
    DGITM.source: 0.08,
    MITMS.source: 0.05,
    PNDOT.source: 0.05,
    IATR.source: 0.1,
}
_TFL_LICENCES = ("PHV driver", "PHV driver", "Taxi driver", "PHV operator")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _typo(code: str, lang: str) -> str | None:
    return _TYPOS.get(lang, {}).get(code)


def _country_cell(
    src: Agency, code: str, role: str, ev: dict[str, object], rng: _Rng
) -> tuple[str, str]:
    """Write one country as the agency does; return (cell, tag or "")."""
    lang = src.language
    name = _name(code, lang)
    iso2, _ = iso_codes(code)
    r = rng.random()
    if src is TFL:
        if role == "detection_country":
            if code == "GBR":
                place = str(ev.get("hotspot") or "")
                if r < 0.35:
                    return ("Scotland" if place == "Glasgow" else "England"), "alias:detection"
                return ("UK", "alias:detection") if r < 0.6 else (name, "")
            return name, ""
        if r < 0.35 and code in src.demonyms:
            return src.demonyms[code], "demonym:" + role
        if r < 0.39 and _typo(code, lang):
            return str(_typo(code, lang)), "typo:" + role
        if r < 0.45:
            return name.upper(), "case:" + role
        return name, ""
    if src is DGITM:
        if role == "nationality":
            if r < 0.5 and code in src.demonyms:
                return src.demonyms[code], "demonym:nationality"
            if r < 0.6:
                return name.upper(), "case:nationality"
            if r < 0.63 and _typo(code, lang):
                return str(_typo(code, lang)), "typo:nationality"
            if r < 0.68:
                return code, "iso3:nationality"
            return name, ""
        if code == "GBR" and role in ("destination_country", "detection_country"):
            if r < 0.3:
                return "Angleterre", "alias:" + role
            if r < 0.45:
                return "Grande-Bretagne", "alias:" + role
            return name, ""
        if r < 0.12:
            return name.upper(), "case:" + role
        return name, ""
    if src is MITMS:
        if role == "nationality" and r < 0.3 and code in src.demonyms:
            return src.demonyms[code], "demonym:nationality"
        if role == "detection_country":
            return (iso2, "iso2:detection_country") if r < 0.2 else (name, "")
        if r < 0.42:
            return iso2, "iso2:" + role
        if r < 0.47 and _typo(code, lang):
            return str(_typo(code, lang)), "typo:" + role
        return name, ""
    if src is PNDOT:
        if role == "nationality":
            if r < 0.55 and code in src.demonyms:
                word = src.demonyms[code]
                return (word.upper(), "demonym:nationality") if r < 0.1 else (word, "demonym")
            if r < 0.65:
                return code, "iso3:nationality"
        if code == "USA" and r < 0.6:
            return ("EE.UU." if r < 0.4 else "USA"), "alias:" + role
        if r < 0.08 and _typo(code, lang):
            return str(_typo(code, lang)), "typo:" + role
        if r < 0.2:
            return name.upper(), "case:" + role
        return name, ""
    # IATR: member returns keyed by ISO alpha-2 mostly
    if role == "detection_country":
        if code == "USA":
            return choice(rng, ("USA", "United States", "US")), "alias:detection_country"
        if code == "HRV" and r < 0.5:  # Zagreb's licensing system keys countries by number
            return iso_codes(code)[1], "numeric:detection_country"
        return (code, "iso3:detection_country") if r < 0.4 else (name, "")
    if r < 0.55:
        alias = "UK" if code == "GBR" else iso2
        return alias, "iso2:" + role
    if r < 0.6 and _alias(code):
        return str(_alias(code)), "alias:" + role
    if r < 0.65:
        return name.lower(), "case:" + role
    return name, ""


def _transit_cell(src: Agency, codes: list[str], rng: _Rng) -> tuple[str, list[str]]:
    """Write a transit list in order, one style for the whole cell; return (cell, tags)."""
    sep = choice(rng, src.transit_sep)
    r = rng.random()
    if (src is IATR and r < 0.7) or (src is MITMS and r < 0.25):
        return sep.join(iso_codes(c)[0] for c in codes), ["iso2:transit_countries"]
    names = [_name(c, src.language) for c in codes]
    tags: list[str] = []
    if src in (MITMS, PNDOT) and rng.random() < 0.1:
        i = int(rng.integers(len(codes)))
        typo = _typo(codes[i], src.language)
        if typo:
            names[i] = typo
            tags.append("typo:transit_countries")
    cell = sep.join(names)
    if src is DGITM and r < 0.12:
        return cell.upper(), [*tags, "case:transit_countries"]
    return cell, tags


def _date_cell(
    src: Agency, ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    m = ts.month - 1
    month_start = ts.to_period("M").start_time
    if src is TFL:
        historic = ev.get("crime_type") in ("trafficking", "both")
        if partial_ok and ((historic and r < 0.2) or r < 0.02):
            return f"{MONTHS[m]} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day", ["long_date"]
    if src is DGITM:
        if partial_ok and r < 0.04:
            return f"{_MONTHS_FR[m]} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        return ts.strftime("%d/%m/%y"), ts, "day", ["short_year"]
    if src is MITMS:
        if r < 0.7:
            return ts.to_pydatetime(), ts, "day", []
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    if src is PNDOT:
        if r < 0.82:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        return f"{ts.day:02d}-{_MONTHS_ES3[m]}-{ts.year}", ts, "day", ["short_month"]
    # IATR
    if partial_ok and r < 0.05:
        return ts.strftime("%Y-%m"), month_start, "month", ["partial_date"]
    if partial_ok and r < 0.1:
        start = ts.to_period("Q").start_time
        return f"{ts.year}-Q{ts.quarter}", start, "quarter", ["partial_date"]
    if r < 0.2:
        return ts.strftime("%Y/%m/%d"), ts, "day", ["slash_date"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _count_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons (never a placeholder here)."""
    if src is MITMS:
        if n >= 1000 and rng.random() < 0.5:
            return f"{n // 1000}.{n % 1000:03d}", ["thousands:n_persons"]
        return n, []
    if src is IATR:
        return n, []
    if src is PNDOT and n >= 1000 and rng.random() < 0.7:
        return f"{n // 1000},{n % 1000:03d}", ["thousands:n_persons"]
    if src is DGITM and n >= 1000:
        return f"{n // 1000} {n % 1000:03d}", ["thousands:n_persons"]
    if src is TFL and n <= 3 and rng.random() < 0.3:
        return ("one", "two", "three")[n - 1], ["count_word"]
    return str(n), []


def _suspects_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    if n == 0 and src.zero_word is not None and rng.random() < 0.5:
        return src.zero_word, ["zero_word"]
    return (n if src.format != "csv" else str(n)), []


def _dmm(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a GPS degree-and-decimal-minute cell; return it and the value it reads back."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 3)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    back = round((deg + minutes / 60) * (1 if value >= 0 else -1), 6)
    return f"{hemi} {deg}°{minutes:06.3f}'", back


def _coord_cells(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    r = rng.random()
    if r < _NO_PLACE[src.source]:
        if src is PNDOT and r < 0.02:
            return {"coordinates": "sin GPS"}, None, None, ["coords_placeholder"]
        empty: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        return empty, None, None, ["coords_missing"]
    la, lo = round(lat, 5), round(lon, 5)
    if src is TFL:
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if src is DGITM:
        comma: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return comma, la, lo, ["decimal_comma"]
    if src is MITMS:
        if rng.random() < 0.2:
            text: dict[str, object] = {
                "lat": f"{la:.5f}".replace(".", ","),
                "lon": f"{lo:.5f}".replace(".", ","),
            }
            return text, la, lo, ["decimal_comma"]
        return {"lat": la, "lon": lo}, la, lo, []
    if src is PNDOT:
        (lat_text, lat_back), (lon_text, lon_back) = _dmm(lat, "N", "S"), _dmm(lon, "E", "W")
        return {"coordinates": f"{lat_text} {lon_text}"}, lat_back, lon_back, ["gps_dmm"]
    return {"lat": la, "lon": lo}, la, lo, []


def _word(words: tuple[str, ...], rng: _Rng) -> str:
    """Return the usual word two times in three, else one of the others."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _mode_words(src: Agency, mode: str, corridor: str) -> tuple[str, ...]:
    if src is MITMS and mode == "sea":
        boat = {"watl": "Cayuco", "wmed": "Patera"}.get(corridor)
        return (*src.mode["sea"], boat) if boat else src.mode["sea"]
    return src.mode[mode]


def _batch_misread(src: Agency, ev: dict[str, object], ts: pd.Timestamp) -> bool:
    """Tell whether the row is one of the Canary actas of 2022 pasted from a misread file."""
    if src is not MITMS or _REGIONS.get(str(ev.get("hotspot"))) != "Canarias":
        return False
    return pd.Timestamp("2022-03-01") <= ts < pd.Timestamp("2022-09-01")


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, ev, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src.crime[crime], rng)
    exp["crime_type"] = crime

    expl = ev.get("exploitation")
    if expl is None:
        cells["exploitation"] = src.expl_none
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, src.expl_unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src.exploitation[str(expl)], rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"], exp["n_persons"] = src.count_placeholder, None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(src, n, rng)
        exp["n_persons"] = n
        tags += t

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = src.count_placeholder, None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"], t = _suspects_cell(src, k, rng)
        exp["n_suspects"] = k
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.gender_unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src.gender[gender], rng), gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, src.age_na), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"], exp["age_group"] = _word(src.age[age], rng), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.03:
        cells["nationality"], exp["nationality"] = choice(rng, src.country_unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t1 = _country_cell(src, nat, "nationality", ev, rng)
        exp["nationality"] = nat
        tags += [t1] if t1 else []

    for col in ("origin_country", "destination_country"):
        code = ev.get(col)
        if col not in has or code is None:
            exp[col] = None
            continue
        if rng.random() < 0.06:
            word = choice(rng, ("", *src.country_unknown))
            cells[col], exp[col] = word or None, None
            tags.append(f"empty:{col}")
        else:
            cells[col], t1 = _country_cell(src, str(code), col, ev, rng)
            exp[col] = str(code)
            tags += [t1] if t1 else []

    transit = ev.get("transit_countries")
    if "transit_countries" not in has:
        exp["transit_countries"] = None
    elif transit is None:
        cells["transit_countries"] = src.direct_word
        exp["transit_countries"] = None
    elif rng.random() < 0.05:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("empty:transit_countries")
    else:
        cells["transit_countries"], t = _transit_cell(src, str(transit).split("|"), rng)
        exp["transit_countries"] = str(transit)
        tags += t

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t1 = _country_cell(src, det, "detection_country", ev, rng)
        exp["detection_country"] = det
        tags += [t1] if t1 else []

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.mode_na), "unknown"
        tags.append("na_word:transport_mode")
    else:
        words = _mode_words(src, mode, str(ev["corridor"]))
        cells["transport_mode"], exp["transport_mode"] = _word(words, rng), mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        keys = ("coordinates",) if "coordinates" in has else ("lat", "lon")
        cells.update(dict.fromkeys(keys))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _coord_cells(src, lat, lon, rng)
        cells.update(place)
        tags += t

    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        sep = choice(rng, src.offence_sep)
        cells["linked_offences"] = sep.join(
            _word(src.offences[o], rng) for o in str(offences).split("|")
        )
        exp["linked_offences"] = str(offences)

    hotspot = str(ev.get("hotspot"))
    if "licence" in has:
        cells["licence"] = choice(rng, _TFL_LICENCES)
    if "region" in has:
        cells["region"] = _REGIONS.get(hotspot)
    if "post" in has:
        cells["post"] = _POSTS.get(hotspot)
    if "member" in has:
        cells["member"] = _US_MEMBERS.get(hotspot) if det == "USA" else _MEMBERS.get(det)

    if _batch_misread(src, ev, ts):
        for key, value in cells.items():
            garbled = mojibake(value) if isinstance(value, str) else None
            if garbled is not None:
                cells[key] = garbled
        tags.append("mojibake")
    if src is TFL and rng.random() < 0.05:  # a trailing blank pasted from the case system
        cells["nationality"] = f"{cells['nationality']} " if cells["nationality"] else None
    cells = {c: v for c, v in cells.items() if c in has}
    return cells, exp, tags


def _date_text(src: Agency, ts: pd.Timestamp) -> object:
    """Write a full date in the agency's usual style (note rows, future dates)."""
    if src is MITMS:
        return ts.to_pydatetime()
    if src is IATR:
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade key slipped: 2023 -> 2033
        return _date_text(src, ts + pd.DateOffset(years=10))
    impossible = {
        TFL.source: (f"30/02/{ts.year}", "TBC"),
        DGITM.source: (f"31/04/{ts.year}", "à préciser"),
        MITMS.source: (f"31/06/{ts.year}", "#¡VALOR!"),
        PNDOT.source: (f"32/{ts.month:02d}/{ts.year}", "pendiente"),
        IATR.source: (f"{ts.year}-02-30", "TBD"),
    }[src.source]
    return choice(rng, impossible)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day the extract was run."""
    return _date_text(src, last + pd.Timedelta(days=6))


#: The variant: sources, who reports what first and second, and how cells are written.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": TFL.source,
        "FRA": DGITM.source,
        "ESP": MITMS.source,
        "PAN": PNDOT.source,
    },
    compilation=IATR.source,
    secondary={
        ("channel", "FRA"): TFL.source,  # London-licensed drivers stopped on the French coast
        ("channel", "GBR"): DGITM.source,  # VTC card holders stopped at Dover
        ("thb_vnm_gbr", "GBR"): IATR.source,  # TfL shares its cases with the exchange
        ("watl", "ESP"): IATR.source,
        ("wmed", "ESP"): IATR.source,
        ("thb_rou_esp", "ESP"): IATR.source,
        ("darien", "PAN"): IATR.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=294,
    blank_share=0.3,
)


def make_blind294(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five taxi and ride-hail regulators of ``blind294`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``tfl_tph_compliance_kj.csv`` (English, UTF-8 with BOM, ``,``),
        ``dgitm_registre_vtc_kj.csv`` (French, cp1252, ``;``),
        ``mitms_inspeccion_tt_kj.xlsx`` (Spanish, Excel),
        ``pn_dot_panama_kj.csv`` (Spanish, UTF-16, tab) and
        ``iatr_incident_exchange_kj.jsonl`` (English keys, JSON lines), each with the
        expected clean value of every row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind294(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['tfl_tph_compliance_kj.csv', 'dgitm_registre_vtc_kj.csv',
     'mitms_inspeccion_tt_kj.xlsx', 'pn_dot_panama_kj.csv',
     'iatr_incident_exchange_kj.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
