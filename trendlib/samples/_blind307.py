"""Examiner set ``blind307``: five freight and customs-broker compliance desks (files ``*_kw.*``).

Customs brokers and freight forwarders meet the two crimes in their consignments: people
hidden in trailers and containers, smuggled drivers, forged shipping papers (CMR notes,
pedimentos), workers moved under false contracts. Their compliance desks keep incident
logs and send them, in their own words, to the authorities and to their federations. Five
such desks report the events of this set:

``bifa_uk_kw.csv``
    The British International Freight Association's clandestine and modern-slavery
    incident log (UK detections): English, UTF-8 with BOM, ``,``; UK day-first dates
    (``17/05/2023``, ``17-May-23``, ``17 May 2023``, ``May 2023``, ``Q2 2023``); demonyms
    (``Afghan``), ``UK``/``England``/``Scotland``; one GPS pair from the trailer tracker;
    counts such as ``12 (incl. 3 minors)``, ``Nil`` arrests, ``Not known``.
``tlf_douane_kw.csv``
    The customs-representatives desk of TLF, the French transport and logistics union
    (Calais, Dunkerque): French, cp1252, ``;``, CRLF; ``17/05/2023``, ``17/05/23``,
    ``1er mai 2023``, ``mai 2023``, ``T2 2023``; French demonyms (``érythréenne``),
    ``Angleterre``, ``MNA``; decimal-comma latitude and longitude; rows pasted from the
    members' UTF-8 web form arrive as mojibake (``Ã©rythrÃ©enne``).
``cgaa_es_kw.xlsx``
    The Spanish customs agents' council (Consejo General de Agentes de Aduanas): ports of
    Ceuta, Melilla, Almería, the Canaries and Huelva; Spanish; real Excel dates, dates
    typed as text, day serials that lost their format, ``17 de mayo de 2023``,
    ``mayo 2023``, ``2023T2``; ``1.250`` with the Spanish thousands point; ``MENA``,
    ``patera``, ``cayuco``, ``bajos de camión``, ``directo`` for no transit.
``caaarem_mx_kw.csv``
    The Mexican customs brokers' confederation (CAAAREM), crossings into the United
    States: Spanish of Mexico, latin-1, ``|`` (as the customs validation files),
    ``17/05/2023``, ``17-may-2023``, ``17/05/2023 14:35``, ``2do trimestre 2023``;
    ``EUA``/``E.U.A.``, demonyms (``hondureña``), ISO alpha-3 keys of the customs
    system, ``NNA``, ``caja seca``, ``documentación apócrifa``, ``sin detenidos``; the
    file is re-sent, so some rows come twice.
``fiata_desk_kw.jsonl``
    FIATA's incident desk, which compiles its member associations' alerts (Italy,
    Greece, Croatia, Poland, Panama, and a second report of some Spanish and US
    events): JSON lines, English snake-case enums, ISO alpha-2 codes (a few ISO
    numeric), ISO dates, ``2023-05``, ``2023-Q2``; API pages re-pulled, so some lines
    come twice.

Everything is written from :func:`trendlib.samples.make_truth` through the shared
examiner machinery (:func:`trendlib.samples._examiner.make_examined`); each cell's
expected clean value is what a careful analyst reads in it (``England`` is the United
Kingdom, ``MNA`` and ``NNA`` are children, ``Nil`` arrests is 0, ``Not known`` persons is
no count), and every blank, placeholder and bad row is written in the truth on purpose.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind307"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_MESES = (
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
_MES_CORTO = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MX_ORDINAL = ("1er", "2do", "3er", "4to")
_FR_ORDINAL = ("1er", "2e", "3e", "4e")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles that give only a month or a quarter (never used for a duplicated event).
_PARTIAL = {
    "month_en": "month",
    "month_fr": "month",
    "month_es": "month",
    "month_iso": "month",
    "quarter_en": "quarter",
    "quarter_fr": "quarter",
    "quarter_fr_long": "quarter",
    "quarter_ine": "quarter",
    "quarter_es": "quarter",
    "quarter_mx": "quarter",
    "quarter_iso": "quarter",
}
#: Text columns a row pasted from a UTF-8 form garbles (mojibake), in a cp1252 file.
_TEXT_COLUMNS = (
    "place",
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "transit_countries",
    "destination_country",
    "transport_mode",
    "linked_offences",
)
#: Aliases no desk of this set would write (a historical name, not a nationality).
_ODD_ALIASES = frozenset({"Persia"})
_VOCAB_COLUMNS = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")
_COUNTRY_COLUMNS = ("nationality", "origin_country", "destination_country", "detection_country")

Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the set: the shared source fields plus its own wording and habits.

    Attributes
    ----------
    names : str
        Language of its country names (``"en"``, ``"fr"``, ``"es"``).
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> the desk's words.
    unknown : mapping
        Column -> the words it writes when the value is not known.
    date_styles : mapping
        Date style -> weight (see :func:`date_cell`).
    country_styles : mapping
        Country column -> style -> weight (``name``, ``upper``, ``iso2``, ``iso3``,
        ``numeric``, ``demonym``, ``alias``, ``special``, ``typo``).
    demonyms : mapping
        ISO alpha-3 -> the nationality adjective it writes.
    special : mapping
        Country column -> ISO alpha-3 -> its own names of that country.
    transit_seps : tuple of str
        Separators of its transit-country lists.
    offence_seps : tuple of str
        Separators of its linked-offence lists.
    coords : str
        ``"pair"`` (one ``lat, lon`` cell), ``"comma"`` (two cells, decimal comma),
        ``"sheet"`` (two numeric cells, some typed as text with a comma) or ``"json"``.
    coord_missing : tuple of str
        What it writes when there is no position (empty when it leaves the cell blank).
    count_placeholders, zero_words, suspects_placeholders : tuple of str
        A persons count not known; no arrest; an arrest count not known.
    places : mapping
        Hotspot of the truth -> its names of the site (port, terminal, crossing).
    mojibake_rate : float
        Share of rows pasted from a UTF-8 form into its cp1252 file.
    case_rate : float
        Share of text cells typed in another case or with stray spaces.
    """

    names: str = "en"
    words: Mapping[str, Words] = field(default_factory=dict)
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_styles: Mapping[str, float] = field(default_factory=dict)
    country_styles: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    demonyms: Mapping[str, str] = field(default_factory=dict)
    special: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    transit_seps: tuple[str, ...] = (", ",)
    offence_seps: tuple[str, ...] = (", ",)
    coords: str = "pair"
    coord_missing: tuple[str, ...] = ()
    count_placeholders: tuple[str, ...] = ()
    zero_words: tuple[str, ...] = ()
    suspects_placeholders: tuple[str, ...] = ()
    places: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    mojibake_rate: float = 0.0
    case_rate: float = 0.0


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_BIFA = Agency(
    source="bifa_uk",
    filename="bifa_uk_kw.csv",
    ref="BIFA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date Found",
        "place": "Port / depot",
        "detection_country": "Country Found",
        "crime_type": "Incident Type",
        "exploitation": "MS Indicator Type",
        "n_persons": "No. of Persons Found",
        "age_group": "Adults / Minors",
        "gender": "Sex",
        "nationality": "Nationality (claimed)",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended Destination",
        "transport_mode": "Mode / Unit",
        "n_suspects": "Drivers / Facilitators Arrested",
        "coordinates": "Trailer GPS (lat, long)",
        "linked_offences": "Other Offences Noted",
    },
    note="Compiled from member returns – provisional, subject to revision",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    names="en",
    words={
        "crime_type": {
            "smuggling": (
                "Clandestine entrants",
                "Clandestines found",
                "Clandestine entry",
                "Facilitation (clandestines)",
            ),
            "trafficking": (
                "Suspected modern slavery",
                "Modern slavery / human trafficking",
                "Suspected THB",
            ),
            "both": ("Clandestines - modern slavery indicators", "Clandestines + suspected THB"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Cannabis cultivation (criminal)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "All male"),
            "female": ("Female", "F", "All female"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Minors", "U18", "UASC"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea container", "Boat"),
            "land": ("HGV", "Lorry", "Road freight", "Rail freight (Eurotunnel)"),
            "air": ("Air freight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Forged CMR / docs"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "exploitation": ("Not known", "Unknown"),
        "gender": ("Not known", "N/K"),
        "age_group": ("N/K", "Not recorded"),
        "transport_mode": ("N/K",),
        "nationality": ("Not known", "Unknown"),
        "smuggling_exploitation": ("N/A",),
    },
    date_styles={
        "dmy": 0.62,
        "d_mon_yy": 0.13,
        "long_en": 0.13,
        "month_en": 0.08,
        "quarter_en": 0.04,
    },
    country_styles={
        "nationality": {"demonym": 0.72, "name": 0.14, "alias": 0.04, "typo": 0.05, "upper": 0.05},
        "destination_country": {"special": 0.9, "name": 0.1},
        "detection_country": {"special": 0.85, "name": 0.1, "iso2": 0.05},
        "transit_countries": {"name": 0.88, "typo": 0.05, "iso2": 0.07},
    },
    demonyms={
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    special={
        "detection_country": {
            "GBR": ("UK", "United Kingdom", "GB", "England"),
            "FRA": ("France", "FR"),
        },
        "destination_country": {"GBR": ("UK", "United Kingdom", "U.K.")},
    },
    transit_seps=(" > ", ", "),
    offence_seps=("; ", ", "),
    coords="pair",
    coord_missing=("No GPS", ""),
    count_placeholders=("Not known", "TBC"),
    zero_words=("Nil", "None"),
    suspects_placeholders=("n/k",),
    places={
        "Dover": ("Dover Eastern Docks", "Port of Dover", "Dover TAP (A20)"),
        "London": ("Tilbury Docks", "Purfleet", "London Gateway"),
        "Birmingham": ("Birmingham (Hams Hall)", "Birmingham"),
        "Glasgow": ("Glasgow (Eurocentral)",),
        "Calais": ("Calais (juxtaposed controls)", "Coquelles - Eurotunnel"),
        "Dunkirk/Gravelines": ("Dunkirk (DFDS)", "Loon-Plage"),
    },
    case_rate=0.04,
)

_TLF = Agency(
    source="tlf_douane",
    filename="tlf_douane_kw.csv",
    ref="TLF/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date de découverte",
        "place": "Site de découverte",
        "detection_country": "Pays de découverte",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires – remontées des adhérents représentants en douane",
    total="Total général",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    names="fr",
    words={
        "crime_type": {
            "smuggling": (
                "Migrants clandestins",
                "Passagers clandestins",
                "Aide à l'entrée irrégulière",
            ),
            "trafficking": ("Traite des êtres humains", "Suspicion de traite (TEH)"),
            "both": ("Clandestins + indices de traite", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("mixte", "majeurs et mineurs"),
        },
        "transport_mode": {
            "sea": ("maritime (small boat)", "embarcation", "conteneur maritime"),
            "land": ("poids lourd", "routier (PL)", "fret ferroviaire (Tunnel)"),
            "air": ("aérien", "fret aérien"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire (faux CMR)"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "marchandises prohibées"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "exploitation": ("non déterminée", "N/C"),
        "gender": ("N/C", "non renseigné"),
        "age_group": ("non renseigné", "N/C"),
        "transport_mode": ("N/C",),
        "nationality": ("inconnue", "N/C"),
        "origin_country": ("inconnu", "N/C"),
    },
    date_styles={
        "dmy": 0.68,
        "dmy2": 0.1,
        "long_fr": 0.09,
        "month_fr": 0.07,
        "quarter_fr": 0.04,
        "quarter_fr_long": 0.02,
    },
    country_styles={
        "nationality": {"demonym": 0.7, "name": 0.2, "upper": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.85, "upper": 0.1, "typo": 0.05},
        "destination_country": {"special": 0.8, "name": 0.2},
        "detection_country": {"special": 0.7, "name": 0.2, "upper": 0.1},
        "transit_countries": {"name": 0.9, "upper": 0.1},
    },
    demonyms={
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    special={
        "detection_country": {"FRA": ("France", "FR"), "GBR": ("Royaume-Uni", "GB")},
        "destination_country": {"GBR": ("Royaume-Uni", "Angleterre", "GB")},
    },
    transit_seps=(", ", " / "),
    offence_seps=(" + ", ", "),
    coords="comma",
    coord_missing=("N/C", ""),
    count_placeholders=("N/C", "inconnu"),
    zero_words=("aucun", "néant"),
    suspects_placeholders=("N/C",),
    places={
        "Calais": ("Port de Calais", "Coquelles (Tunnel sous la Manche)", "Calais - Transmarck"),
        "Dunkirk/Gravelines": ("Port de Dunkerque", "Gravelines"),
        "Dover": ("Douvres", "Port de Douvres"),
        "London": ("Londres",),
        "Birmingham": ("Birmingham",),
        "Glasgow": ("Glasgow",),
    },
    mojibake_rate=0.12,
    case_rate=0.04,
)

_CGAA = Agency(
    source="cgaa_es",
    filename="cgaa_es_kw.xlsx",
    ref="{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha detección",
        "place": "Recinto / puerto",
        "detection_country": "País detección",
        "crime_type": "Tipo de incidencia",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por los colegios de agentes de aduanas",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=False,
    names="es",
    words={
        "crime_type": {
            "smuggling": (
                "Inmigración irregular",
                "Entrada irregular",
                "Favorecimiento de la inmigración ilegal",
            ),
            "trafficking": ("Indicios de trata", "Trata de seres humanos"),
            "both": (
                "Trata e inmigración irregular",
                "Inmigración irregular con indicios de trata",
            ),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas",),
        },
        "gender": {
            "male": ("hombres", "varones"),
            "female": ("mujeres",),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "contenedor marítimo"),
            "land": ("camión", "bajos de camión", "vehículo", "a pie"),
            "air": ("avión", "aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando de hachís", "mercancías ilícitas"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("sin determinar", "s/d"),
        "gender": ("s/d", "desconocido"),
        "age_group": ("s/d", "no consta"),
        "transport_mode": ("s/d",),
        "nationality": ("desconocida", "s/d"),
        "origin_country": ("desconocido", "s/d"),
        "transit_direct": ("directo", "directa"),
    },
    date_styles={
        "excel": 0.64,
        "dmy": 0.14,
        "serial": 0.07,
        "long_es": 0.05,
        "month_es": 0.05,
        "quarter_ine": 0.03,
        "quarter_es": 0.02,
    },
    country_styles={
        "nationality": {"demonym": 0.6, "name": 0.3, "upper": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.85, "upper": 0.1, "typo": 0.05},
        "destination_country": {"name": 0.9, "upper": 0.1},
        "detection_country": {"special": 0.75, "name": 0.25},
        "transit_countries": {"name": 0.9, "upper": 0.1},
    },
    demonyms={
        "MAR": "marroquí",
        "DZA": "argelina",
        "GIN": "guineana",
        "MLI": "maliense",
        "SEN": "senegalesa",
        "GMB": "gambiana",
        "CIV": "marfileña",
        "ROU": "rumana",
    },
    special={"detection_country": {"ESP": ("España", "ESPAÑA", "ES", "ESP")}},
    transit_seps=(" - ", ", "),
    offence_seps=(", ", " y "),
    coords="sheet",
    coord_missing=("s/d", ""),
    count_placeholders=("s/d", "sin datos"),
    zero_words=("ninguno",),
    suspects_placeholders=("s/d",),
    places={
        "Ceuta": ("Puerto de Ceuta", "Ceuta - Tarajal"),
        "Melilla": ("Puerto de Melilla", "Beni Enzar"),
        "Almería": ("Puerto de Almería",),
        "Gran Canaria": ("Arguineguín", "Puerto de Las Palmas"),
        "Tenerife": ("Los Cristianos", "Puerto de Santa Cruz de Tenerife"),
        "El Hierro": ("La Restinga",),
        "Lanzarote": ("Arrecife", "Puerto de Los Mármoles"),
        "Huelva": ("Puerto de Huelva",),
        "Almería (El Ejido)": ("El Ejido",),
    },
    case_rate=0.03,
)

_CAAAREM = Agency(
    source="caaarem_mx",
    filename="caaarem_mx_kw.csv",
    ref="FOL-{yy:02d}-{seq:06d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "place": "Aduana / garita",
        "detection_country": "País de detección",
        "crime_type": "Tipo de evento",
        "exploitation": "Finalidad (trata)",
        "n_persons": "Personas localizadas",
        "n_suspects": "Personas detenidas",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: cifras preliminares, sujetas a validación por las asociaciones",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo"),
    repeats=True,
    names="es",
    words={
        "crime_type": {
            "smuggling": (
                "Tráfico de indocumentados",
                "Tráfico ilícito de migrantes",
                "Internación ilegal de migrantes",
            ),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico de indocumentados",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otro",),
        },
        "gender": {
            "male": ("hombres", "masculino"),
            "female": ("mujeres", "femenino"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "NNA"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "land": ("tractocamión", "caja seca", "terrestre", "autobús"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("documentación apócrifa", "documentos falsos"),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("contrabando", "narcóticos"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("N/D", "no especificada"),
        "gender": ("N/D",),
        "age_group": ("N/D", "no especificado"),
        "transport_mode": ("N/D",),
        "nationality": ("N/D", "desconocida"),
        "origin_country": ("N/D",),
    },
    date_styles={
        "dmy": 0.6,
        "d_mes_yyyy": 0.15,
        "dmy_hm": 0.13,
        "month_es": 0.07,
        "quarter_mx": 0.05,
    },
    country_styles={
        "nationality": {"demonym": 0.7, "name": 0.15, "iso3": 0.1, "upper": 0.05},
        "origin_country": {"name": 0.75, "iso3": 0.2, "upper": 0.05},
        "destination_country": {"special": 0.8, "iso3": 0.2},
        "detection_country": {"special": 0.85, "iso3": 0.15},
        "transit_countries": {"name": 0.8, "iso3": 0.2},
    },
    demonyms={
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
    },
    special={
        "detection_country": {"USA": ("EUA", "E.U.A.", "Estados Unidos", "EE.UU.")},
        "destination_country": {"USA": ("EUA", "Estados Unidos", "E.U.A.")},
    },
    transit_seps=(", ", " y "),
    offence_seps=(", ", " / "),
    coords="pair",
    coord_missing=("sin GPS", ""),
    count_placeholders=("S/D", "por confirmar"),
    zero_words=("sin detenidos", "ninguno"),
    suspects_placeholders=("N/D",),
    places={
        "Nogales (Sonora/Arizona)": ("Nogales, Ariz. (Garita Mariposa)", "Nogales, Ariz."),
        "Sasabe": ("Sasabe, Ariz.",),
        "El Paso": ("El Paso, Tex. (Puente Zaragoza)", "El Paso, Tex. (Puente de las Américas)"),
        "Rio Grande Valley": ("Pharr, Tex.", "Hidalgo, Tex.", "Progreso, Tex."),
    },
    case_rate=0.04,
)

_FIATA = Agency(
    source="fiata_desk",
    filename="fiata_desk_kw.jsonl",
    ref="FIATA-AL-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "incident_date",
        "place": "site",
        "detection_country": "country",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_found",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    names="en",
    words={
        "crime_type": {
            "smuggling": ("migrant_smuggling",),
            "trafficking": ("human_trafficking",),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("road", "on_foot"), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("illicit_goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("unknown",),
        "gender": ("unknown",),
        "age_group": ("unknown",),
        "transport_mode": ("unknown",),
    },
    date_styles={"iso": 0.7, "iso_z": 0.15, "month_iso": 0.1, "quarter_iso": 0.05},
    country_styles={
        "nationality": {"iso2": 0.9, "name": 0.1},
        "origin_country": {"iso2": 0.9, "numeric": 0.05, "name": 0.05},
        "destination_country": {"iso2": 1.0},
        "detection_country": {"iso2": 1.0},
        "transit_countries": {"iso2": 1.0},
    },
    transit_seps=(", ",),
    offence_seps=(", ",),
    coords="json",
)

#: The five desks, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_BIFA, _TLF, _CGAA, _CAAAREM, _FIATA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()) or text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _future_year(year: int) -> int:
    """Mistype a year into the future: 2023 -> 2032 (two digits swapped), else +1000."""
    swapped = int(f"{year // 100}{year % 10}{(year // 10) % 10}")
    return swapped if swapped > 2030 else year + 1000


def date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a date in one desk style; return (cell, precision).

    Parameters
    ----------
    style : str
        One of the styles of the desks' ``date_styles`` (``dmy``, ``d_mon_yy``, ``excel``,
        ``month_fr``, ``quarter_ine`` ...).
    ts : Timestamp
        The date.
    rng : numpy.random.Generator
        Draws the time of day of the timestamp styles.

    Returns
    -------
    tuple
        The cell (text, an Excel ``datetime`` or a day serial) and ``"day"``,
        ``"month"`` or ``"quarter"``.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> day = pd.Timestamp("2023-05-01")
    >>> [date_cell(s, day, rng)[0] for s in ("d_mon_yy", "long_fr", "quarter_ine", "serial")]
    ['01-May-23', '1er mai 2023', '2023T2', 45047]
    >>> date_cell("quarter_mx", day, rng)
    ('2do trimestre 2023', 'quarter')
    """
    d, m, y, q = ts.day, ts.month, ts.year, ts.quarter
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    forms: dict[str, object] = {
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dmy2": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "d_mon_yy": f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}",
        "long_en": f"{d} {MONTHS[m - 1]} {y}",
        "long_fr": f"{'1er' if d == 1 else d} {_MOIS[m - 1]} {y}",
        "long_es": f"{d} de {_MESES[m - 1]} de {y}",
        "d_mes_yyyy": f"{d:02d}-{_MES_CORTO[m - 1]}-{y}",
        "dmy_hm": f"{d:02d}/{m:02d}/{y} {hour:02d}:{minute:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "iso_z": f"{y}-{m:02d}-{d:02d}T{hour:02d}:{minute:02d}:00Z",
        "excel": dt.datetime(y, m, d),
        "serial": int((ts.normalize() - _EXCEL_EPOCH).days),
        "month_en": f"{MONTHS[m - 1]} {y}",
        "month_fr": f"{_MOIS[m - 1]} {y}",
        "month_es": f"{_MESES[m - 1]} {y}",
        "month_iso": f"{y}-{m:02d}",
        "quarter_en": f"Q{q} {y}",
        "quarter_fr": f"T{q} {y}",
        "quarter_fr_long": f"{_FR_ORDINAL[q - 1]} trimestre {y}",
        "quarter_ine": f"{y}T{q}",
        "quarter_es": f"{q}º trimestre {y}",
        "quarter_mx": f"{_MX_ORDINAL[q - 1]} trimestre {y}",
        "quarter_iso": f"{y}-Q{q}",
    }
    return forms[style], _PARTIAL.get(style, "day")


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        day, month = (
            (31, 2),
            (30, 2),
            (31, 4),
            (31, 6),
            (31, 9),
            (31, 11),
        )[int(rng.integers(6))]
        if src.format == "jsonl":
            return f"{y}-{month:02d}-{day:02d}"
        if src.source == "caaarem_mx" and rng.random() < 0.5:
            return f"{day:02d}-{_MES_CORTO[month - 1]}-{y}"
        return f"{day:02d}/{month:02d}/{y}"
    year = _future_year(y)
    day = min(ts.day, 28)
    if src.format == "xlsx":
        return dt.datetime(year, ts.month, day)
    if src.format == "jsonl":
        return f"{year}-{ts.month:02d}-{day:02d}"
    return f"{day:02d}/{ts.month:02d}/{year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of a desk's note row: the day of its last incident, in its style."""
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


def _country(src: Agency, iso: str, col: str, rng: _Rng, hotspot: str) -> tuple[str, str | None]:
    """Write one country as the desk does; return (text, messiness kind or None)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.names]])
    style = _draw(rng, src.country_styles.get(col, {"name": 1.0}))
    if style == "upper":
        return name.upper(), "upper"
    if style == "iso2":
        return str(row[0]), "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "demonym" and iso in src.demonyms:
        return src.demonyms[iso], "demonym"
    aliases = [str(a) for a in row[4] if a not in _ODD_ALIASES]
    if style == "alias" and aliases:
        return aliases[0], "alias"
    if style == "special" and iso in src.special.get(col, {}):
        text = choice(rng, src.special[col][iso])
        if text == "England" and hotspot == "Glasgow":
            text = "Scotland"
        return text, "special"
    if style == "typo":
        typo = str(row[5]) if src.names == "en" else _swap(name)
        return (typo, "typo") if typo != name else (name, None)
    return name, None


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[col][value])


def _fit(text: str, src: Agency) -> str:
    """Drop the accents a desk's encoding cannot hold (its system types them plain)."""
    if fits(text, src):
        return text
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.replace("\u2019", "'")


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    """Write a position the desk's way; return (cells, expected lat, expected lon)."""
    digits = 5 if rng.random() < 0.7 else 4
    la, lo = round(lat, digits), round(lon, digits)
    t_la, t_lo = f"{la:.{digits}f}", f"{lo:.{digits}f}"
    if src.coords == "pair":
        sep = ", " if rng.random() < 0.7 else ","
        return {"coordinates": f"{t_la}{sep}{t_lo}"}, la, lo
    if src.coords == "comma":
        return {"lat": t_la.replace(".", ","), "lon": t_lo.replace(".", ",")}, la, lo
    if src.coords == "sheet" and rng.random() < 0.2:  # typed as text, Spanish decimal comma
        return {"lat": t_la.replace(".", ","), "lon": t_lo.replace(".", ",")}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def _str(ev: Mapping[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: Mapping[str, object], key: str) -> int:
    return int(ev[key])  # type: ignore[call-overload]


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    text_out = src.format != "xlsx" and src.format != "jsonl"  # every cell is text
    hotspot = str(ev["hotspot"])

    # date
    styles = {k: v for k, v in src.date_styles.items() if partial_ok or k not in _PARTIAL}
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells["event_date"], precision = date_cell(_draw(rng, styles), ts, rng)
    exp["date_precision"] = precision
    if precision == "month":
        exp["event_date"] = ts.to_period("M").start_time
        tags.append("partial_date")
    elif precision == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
        tags.append("partial_date")
    else:
        exp["event_date"] = ts

    if "place" in src.headers:
        cells["place"] = choice(rng, src.places.get(hotspot, (hotspot,)))

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = _str(ev, "exploitation")
    if expl is None:
        na = src.unknown.get("smuggling_exploitation")
        cells["exploitation"] = choice(rng, na) if na and rng.random() < 0.3 else None
        exp["exploitation"] = None
        if cells["exploitation"] is not None:
            tags.append("na_word:exploitation")
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, src.unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", expl, rng)
        exp["exploitation"] = expl

    # persons found
    n = _int(ev, "n_persons")
    age = str(ev["age_group"])
    exp["n_persons"] = n
    if src.count_placeholders and rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif src.source == "bifa_uk" and age == "mixed" and n >= 2 and rng.random() < 0.3:
        cells["n_persons"] = f"{n} (incl. {int(rng.integers(1, n))} minors)"
        tags.append("count_note")
    elif src.source == "tlf_douane" and rng.random() < 0.08:
        cells["n_persons"] = f"{n} pers."
        tags.append("count_unit")
    elif n >= 1000 and src.format == "xlsx" and rng.random() < 0.6:
        cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n) if text_out else n

    # suspects arrested
    k = _int(ev, "n_suspects")
    exp["n_suspects"] = k
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        ph = src.suspects_placeholders
        cells["n_suspects"] = choice(rng, ph) if ph else None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and r < 0.5:
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if text_out else k

    # sex and age group
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        blank = forced_blank == "gender" or rng.random() < 0.5
        cells["gender"] = None if blank else choice(rng, src.unknown["gender"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < (0.04 if col == "age_group" else 0.015):
            cells[col] = None if rng.random() < 0.4 else choice(rng, src.unknown[col])
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, col, value, rng)
            exp[col] = value

    # countries
    for col in _COUNTRY_COLUMNS:
        iso = _str(ev, col)
        if col not in src.headers or iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col in ("nationality", "origin_country") and col in src.unknown:
            if rng.random() < 0.03:
                cells[col], exp[col] = choice(rng, src.unknown[col]), None
                tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
                continue
        cells[col], style = _country(src, iso, col, rng, hotspot)
        exp[col] = iso
        if style is not None:
            tags.append(f"{style}:{col}")
    transit = _str(ev, "transit_countries")
    exp["transit_countries"] = transit
    if transit is None:
        direct = src.unknown.get("transit_direct")
        cells["transit_countries"] = choice(rng, direct) if direct and rng.random() < 0.3 else None
    else:
        sep = choice(rng, src.transit_seps)
        parts = [_country(src, c, "transit_countries", rng, hotspot)[0] for c in transit.split("|")]
        if sep == " y " and len(parts) != 2:
            sep = ", "
        cells["transit_countries"] = sep.join(parts)

    # position
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    coord_cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if forced_blank == "coordinates" or r < 0.06:
        placeholder = forced_blank != "coordinates" and r < 0.02 and any(src.coord_missing)
        word = choice(rng, tuple(w for w in src.coord_missing if w)) if placeholder else None
        for c in coord_cols:
            cells[c] = word
        exp["lat"] = exp["lon"] = None
        tags.append(
            "blank_coordinates"
            if forced_blank == "coordinates"
            else "coords_placeholder"
            if placeholder
            else "coords_missing"
        )
    else:
        written, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng)
        cells.update(written)

    # linked offences
    offences = _str(ev, "linked_offences")
    exp["linked_offences"] = offences
    if offences is not None:
        sep = choice(rng, src.offence_seps)
        words = [_word(src, "linked_offences", o, rng) for o in offences.split("|")]
        if sep == " y " and len(words) != 2:
            sep = ", "
        cells["linked_offences"] = sep.join(words)

    # hands at work: case and spacing, rows pasted from a UTF-8 form
    for col in (*_VOCAB_COLUMNS, *_COUNTRY_COLUMNS, "transit_countries"):
        typed = cells.get(col)
        if isinstance(typed, str) and typed and rng.random() < src.case_rate:
            how = int(rng.integers(0, 3))
            cells[col] = typed.upper() if how == 0 else typed.lower() if how == 1 else f" {typed} "
            if cells[col] != typed:
                tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        for col in _TEXT_COLUMNS:
            pasted = cells.get(col)
            garbled = mojibake(pasted) if isinstance(pasted, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    for col, cell in cells.items():
        if isinstance(cell, str):
            cells[col] = _fit(cell, src)
    return cells, exp, tags


#: The variant: who reports what, first and second.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": "bifa_uk",
        "FRA": "tlf_douane",
        "ESP": "cgaa_es",
        "USA": "caaarem_mx",
    },
    compilation="fiata_desk",
    secondary={
        ("channel", "FRA"): "bifa_uk",
        ("channel", "GBR"): "tlf_douane",
        ("wmed", "ESP"): "fiata_desk",
        ("thb_rou_esp", "ESP"): "fiata_desk",
        ("us_mex", "USA"): "fiata_desk",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=307,
    blank_share=0.3,
)


def make_blind307(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five freight and customs desks of ``blind307`` send them.

    The UK forwarders' association (BIFA) reports the detections in the United Kingdom,
    the French customs representatives (TLF) those in France, the Spanish customs agents'
    council (CGAA) those in Spain, the Mexican customs brokers (CAAAREM) those at the
    crossings into the United States, and FIATA's desk compiles the rest (Italy, Greece,
    Croatia, Poland, Panama). Channel events are also reported from the other side of
    the strait, and FIATA re-reports some Spanish and US events: the cross-source
    duplicates. Each desk's wording, encoding, delimiter and date styles are those of
    its module docstring.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``bifa_uk_kw.csv``, ``tlf_douane_kw.csv``, ``cgaa_es_kw.xlsx``,
        ``caaarem_mx_kw.csv`` and ``fiata_desk_kw.jsonl``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind307(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bifa_uk_kw.csv', 'tlf_douane_kw.csv', 'cgaa_es_kw.xlsx', 'caaarem_mx_kw.csv',
     'fiata_desk_kw.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Aduana / garita']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
