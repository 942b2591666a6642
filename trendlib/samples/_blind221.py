"""Examiner sample set ``blind221`` (files ``*_ho.*``): prison and probation services.

Five agencies that see smuggling and trafficking through the people they hold: the
convicted smugglers and traffickers in their custody, the prison intelligence they
gather on networks run from inside, and the release and removal of foreign offenders.
Each file lists the detection events its service links to someone in custody, with the
establishment concerned; each is written the way the service's own tool exports it.

``hmpps_niu_ho.csv``
    HM Prison and Probation Service (England and Wales), National Intelligence Unit.
    English, UTF-8 with BOM, ``,``. Offence categories with their statute (``s.25 IA
    1971``, ``MSA 2015``), NOMIS-style nationalities as demonyms (``Afghan``,
    ``Vietnamese``), day-first dates with a few ``17-MAY-2023`` and ``May 2023``,
    ``England`` or ``UK`` for the country, routes joined by ``>``, ``n/k`` for a count
    not known, ``None`` for no suspect. Events detected in the United Kingdom.
``sgip_fies_ho.xlsx``
    Secretaría General de Instituciones Penitenciarias (Spain), internos FIES-DO
    (organised crime). Spanish spreadsheet: real Excel dates, a few typed
    ``17/05/2023``, bare serials and ``mayo de 2023``; offences by article of the
    Código Penal (``art. 318 bis``, ``art. 177 bis``); ``Contra la salud pública`` for
    drugs; upper-case country names; ``s/d`` counts. Events detected in Spain.
``snrp_ho.csv``
    Service national du renseignement pénitentiaire (France). French, cp1252, ``;``,
    CRLF. ``L823-1 CESEDA`` and ``TEH``, ``NC`` counts, ``aucun`` suspect, ``mai 2023``
    and ``T2 2023``, upper-case names without accents (``ERYTHREE``), ``Angleterre``
    for the United Kingdom, ``ILS`` for drugs. Events detected in France.
``dap_nic_ho.jsonl``
    Dipartimento dell'Amministrazione Penitenziaria (Italy), Nucleo Investigativo
    Centrale of the Polizia Penitenziaria, which also relays the notifications of the
    Greek, Croatian and Polish prison services (the compilation source). English keys
    with Italian words (``protocollo``, ``istituto``, ``caporalato``), ISO codes,
    ``n.d.``, ``2023-05`` and ``Q2 2023`` dates, coordinates as numbers or Italian
    decimal-comma text, ``1.204`` for large counts.
``oadprs_uip_ho.csv``
    Órgano Administrativo Desconcentrado de Prevención y Readaptación Social (Mexico),
    federal prisons' intelligence unit. Excel "Texto Unicode" export: UTF-16, tab,
    upper-case headers and values (``FECHA_HECHOS``), nationalities as feminine
    demonyms (``VENEZOLANA``, ``HONDUREÑA``), ``NNA`` for minors, ``EUA`` for the
    United States, ``NO ESPECIFICADO``, some UTF-8 text misread as cp1252
    (``HONDUREÃ‘A``). Events detected in the United States and Panama.

What a careful analyst reads from each cell is the truth: a partial date is the start
of its month or quarter, a count "not known" is no count, "none" is zero suspects, a
blank or "not recorded" category is ``unknown``, a 0/0 position is no position.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind221"]

_Rng = np.random.Generator
_Cell = tuple[object, str]  # (cell, tag)

# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_HMPPS = ExaminerSource(
    source="hmpps_niu",
    filename="hmpps_niu_ho.csv",
    ref="NIU-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "NIU Ref",
        "establishment": "Establishment",
        "event_date": "Offence Date",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Victims/Migrants",
        "n_suspects": "Suspects Identified",
        "gender": "Victim Sex",
        "age_group": "Victim Age Band",
        "nationality": "Victim Nationality",
        "origin_country": "Country of Origin",
        "detection_country": "Country of Offence",
        "transit_countries": "Route (Transit)",
        "transport_mode": "Method of Entry",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE: provisional extract, subject to NOMIS/Delius validation",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
)
_SGIP = ExaminerSource(
    source="sgip_fies",
    filename="sgip_fies_ho.xlsx",
    ref="DO-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Ficha",
        "establishment": "Centro Penitenciario",
        "event_date": "Fecha hechos",
        "crime_type": "Delito",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo víctimas",
        "age_group": "Edad víctimas",
        "nationality": "Nacionalidad víctimas",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País hechos",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio empleado",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales. Fuente: SIP, extracción a fecha de corte",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
)
_SNRP = ExaminerSource(
    source="snrp",
    filename="snrp_ho.csv",
    ref="SNRP-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "establishment": "Établissement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires – extraction GENESIS, diffusion restreinte",
    total="Total",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
)
_DAP = ExaminerSource(
    source="dap_nic",
    filename="dap_nic_ho.jsonl",
    ref="NIC/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "protocollo",
        "establishment": "istituto",
        "event_date": "date_of_facts",
        "crime_type": "offence",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "transit",
        "transport_mode": "means",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTALE",
    bad_count=("several", "numerous"),
    repeats=False,
)
_OADPRS = ExaminerSource(
    source="oadprs_uip",
    filename="oadprs_uip_ho.csv",
    ref="UIP/{seq:05d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "FOLIO",
        "establishment": "CENTRO_PENITENCIARIO",
        "event_date": "FECHA_HECHOS",
        "crime_type": "DELITO",
        "exploitation": "MODALIDAD_EXPLOTACION",
        "n_persons": "NUM_VICTIMAS_MIGRANTES",
        "n_suspects": "NUM_PROBABLES_RESPONSABLES",
        "gender": "SEXO",
        "age_group": "GRUPO_EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS_ORIGEN",
        "destination_country": "PAIS_DESTINO",
        "detection_country": "PAIS_HECHOS",
        "transit_countries": "PAISES_TRANSITO",
        "transport_mode": "MEDIO_TRANSPORTE",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS_CONEXOS",
    },
    note="NOTA: INFORMACIÓN PRELIMINAR, SUJETA A VALIDACIÓN",
    total="TOTAL",
    bad_count=("VARIOS", "MULTIPLES"),
    repeats=True,
)

#: The set's sources, in the order :func:`make_blind221` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_HMPPS, _SGIP, _SNRP, _DAP, _OADPRS)


# --------------------------------------------------------------------------------------
# Each agency's words
# --------------------------------------------------------------------------------------
Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Wording:
    """How one agency words its categories, counts and lists."""

    crime: Words
    exploitation: Words
    not_applicable: tuple[str | None, ...]  # exploitation cell of a pure smuggling row
    gender: Words
    age: Words
    transport: Words
    unknown: tuple[str, ...]  # a category "not recorded"
    offences: Words
    offence_sep: str
    transit_sep: str
    direct: tuple[str | None, ...]  # transit cell of a direct journey
    count_unknown: tuple[str, ...]  # a count "not known"
    zero_words: tuple[str, ...]
    zero_share: float
    establishments: dict[str, tuple[str, ...]]
    elsewhere: tuple[str, ...]  # establishment of an event away from the usual places


_WORDS: dict[str, _Wording] = {
    "hmpps_niu": _Wording(
        crime={
            "smuggling": (
                "People smuggling (s.25 IA 1971)",
                "Facilitation (s.25)",
                "Assisting unlawful immigration",
            ),
            "trafficking": (
                "Human trafficking (MSA 2015 s.2)",
                "Modern slavery",
                "MSA 2015 s.2",
            ),
            "both": ("s.25 IA 1971 + MSA 2015", "Trafficking & facilitation"),
        },
        exploitation={
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal", "Criminal exploitation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        not_applicable=(None, "N/A"),
        gender={
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F", "Females"),
            "mixed": ("Mixed", "Male & Female"),
        },
        age={
            "child": ("Child", "Minor", "U18"),
            "adult": ("Adult", "18+", "Adults"),
            "mixed": ("Adults & children", "Mixed"),
        },
        transport={
            "sea": ("Small boat", "Sea", "RHIB"),
            "land": ("Lorry", "HGV", "Land"),
            "air": ("Air", "Flight"),
        },
        unknown=("Not recorded", "Not known"),
        offences={
            "document_fraud": ("Document fraud", "False documents (IDA 2010)"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering (POCA)", "Money laundering"),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Computer misuse",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        direct=(None, "Direct"),
        count_unknown=("n/k", "Not known"),
        zero_words=("None", "Nil"),
        zero_share=0.35,
        establishments={
            "Dover": ("HMP Elmley", "HMP Swaleside", "HMP Belmarsh"),
            "London": ("HMP Wandsworth", "HMP Pentonville", "HMP Belmarsh", "HMP Thameside"),
            "Birmingham": ("HMP Birmingham", "HMP Hewell"),
            "Glasgow": ("HMP Durham", "HMP Manchester"),
            "Calais": ("HMP Elmley", "HMP Belmarsh"),
            "Dunkirk/Gravelines": ("HMP Elmley", "HMP Maidstone"),
        },
        elsewhere=("HMP Belmarsh",),
    ),
    "sgip_fies": _Wording(
        crime={
            "smuggling": (
                "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "Art. 318 bis CP",
                "Inmigración ilegal (318 bis)",
            ),
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "Art. 177 bis CP",
                "Trata de seres humanos",
            ),
            "both": ("Arts. 177 bis y 318 bis CP", "Trata de seres humanos + 318 bis"),
        },
        exploitation={
            "sexual": ("Explotación sexual", "Explotación sexual (prostitución)"),
            "forced_labour": ("Explotación laboral", "Trabajos o servicios forzados"),
            "forced_criminality": (
                "Actividades delictivas",
                "Explotación para actividades delictivas",
            ),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        not_applicable=(None, "No procede"),
        gender={
            "male": ("Hombres", "Varones"),
            "female": ("Mujeres",),
            "mixed": ("Ambos sexos", "Hombres y mujeres"),
        },
        age={
            "child": ("Menores", "Menores de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        transport={
            "sea": ("Patera", "Embarcación neumática", "Marítimo"),
            "land": ("Terrestre", "Vehículo (ocultos)", "Autobús"),
            "air": ("Aéreo", "Vuelo regular"),
        },
        unknown=("Sin determinar", "Desconocido"),
        offences={
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=" / ",
        transit_sep=" - ",
        direct=(None, "Directo"),
        count_unknown=("s/d", "sin determinar"),
        zero_words=("ninguno",),
        zero_share=0.15,
        establishments={
            "Ceuta": ("CP Ceuta",),
            "Melilla": ("CP Melilla",),
            "Almería": ("CP Almería (El Acebuche)",),
            "Almería (El Ejido)": ("CP Almería (El Acebuche)",),
            "Gran Canaria": ("CP Las Palmas II (Juan Grande)", "CP Las Palmas I (Salto del Negro)"),
            "Tenerife": ("CP Tenerife II",),
            "El Hierro": ("CP Tenerife II",),
            "Lanzarote": ("CP Lanzarote (Tahíche)",),
            "Huelva": ("CP Huelva",),
        },
        elsewhere=("CP Madrid VII (Estremera)", "CP Madrid V (Soto del Real)"),
    ),
    "snrp": _Wording(
        crime={
            "smuggling": (
                "Aide à l'entrée, à la circulation ou au séjour irréguliers",
                "Aide au séjour irrégulier en bande organisée",
                "L823-1 CESEDA",
            ),
            "trafficking": ("Traite des êtres humains (225-4-1 CP)", "TEH"),
            "both": ("TEH + aide au séjour irrégulier", "Traite et aide à l'entrée irrégulière"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        not_applicable=("sans objet", None),
        gender={
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "H/F"),
        },
        age={
            "child": ("mineurs", "mineur(s)"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        transport={
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "camion", "terrestre"),
            "air": ("aérien", "avion"),
        },
        unknown=("NR", "non renseigné"),
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("ILS", "stupéfiants"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=", ",
        transit_sep=" / ",
        direct=(None, "direct"),
        count_unknown=("NC", "non communiqué"),
        zero_words=("aucun", "néant"),
        zero_share=0.35,
        establishments={
            "Calais": ("CP de Longuenesse", "CP de Lille-Annœullin"),
            "Dunkirk/Gravelines": ("MA de Dunkerque", "CP de Lille-Loos-Sequedin"),
            "Dover": ("CP de Longuenesse",),
            "London": ("CP de Lille-Annœullin",),
        },
        elsewhere=("CP de Fresnes", "CP de Marseille"),
    ),
    "dap_nic": _Wording(
        crime={
            "smuggling": (
                "Smuggling of migrants (art. 12 TUI)",
                "favoreggiamento immigrazione clandestina",
                "SOM",
            ),
            "trafficking": (
                "Trafficking in human beings (art. 601 c.p.)",
                "tratta di persone",
                "THB",
            ),
            "both": ("THB + SOM", "art. 601 c.p. + art. 12 TUI"),
        },
        exploitation={
            "sexual": ("sexual exploitation", "sfruttamento sessuale"),
            "forced_labour": ("labour exploitation", "caporalato"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        not_applicable=(None,),
        gender={
            "male": ("M", "male"),
            "female": ("F", "female"),
            "mixed": ("M/F", "mixed"),
        },
        age={
            "child": ("minors", "minori"),
            "adult": ("adults", "adult"),
            "mixed": ("adults+minors", "mixed"),
        },
        transport={
            "sea": ("sea", "boat", "barcone"),
            "land": ("land", "vehicle", "on foot"),
            "air": ("air", "flight"),
        },
        unknown=("n.d.",),
        offences={
            "document_fraud": ("document fraud", "falso documentale"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering", "riciclaggio"),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="; ",
        transit_sep=" - ",
        direct=(None,),
        count_unknown=("n.d.",),
        zero_words=("none",),
        zero_share=0.2,
        establishments={
            "Lampedusa": ("CC Agrigento",),
            "Pozzallo": ("CC Ragusa",),
            "Crotone": ("CC Crotone",),
            "Castel Volturno": ("CC Santa Maria Capua Vetere", "CC Napoli Poggioreale"),
            "Torino": ("CC Torino Lorusso e Cutugno",),
            "Palermo": ("CC Palermo Pagliarelli",),
            "Latina (Agro Pontino)": ("CC Latina",),
            "Lesbos": ("Chios prison (GR)", "Korydallos (GR)"),
            "Samos": ("Chios prison (GR)", "Korydallos (GR)"),
            "Evros": ("Komotini prison (GR)",),
            "Cetingrad (BIH–HRV border)": ("Zatvor u Karlovcu (HR)", "Zatvor u Zagrebu (HR)"),
            "Bajakovo (SRB–HRV border)": ("Zatvor u Osijeku (HR)",),
            "Kuźnica": ("AŚ Białystok (PL)",),
            "Białowieża": ("AŚ Białystok (PL)", "ZK Hajnówka (PL)"),
            "Michałowo": ("AŚ Białystok (PL)",),
        },
        elsewhere=("CC Roma Rebibbia",),
    ),
    "oadprs_uip": _Wording(
        crime={
            "smuggling": (
                "TRAFICO DE PERSONAS (ART. 159 LEY DE MIGRACION)",
                "TRÁFICO DE PERSONAS",
                "TRÁFICO DE INDOCUMENTADOS",
            ),
            "trafficking": ("TRATA DE PERSONAS", "TRATA DE PERSONAS (LGPSEDMTP)"),
            "both": ("TRATA DE PERSONAS Y TRÁFICO DE PERSONAS", "TRATA Y TRAFICO"),
        },
        exploitation={
            "sexual": ("EXPLOTACION SEXUAL", "EXPLOTACIÓN SEXUAL"),
            "forced_labour": ("TRABAJOS O SERVICIOS FORZADOS", "EXPLOTACION LABORAL"),
            "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
            "organ_removal": ("EXTRACCION DE ORGANOS",),
            "forced_marriage": ("MATRIMONIO FORZOSO O SERVIL",),
            "other": ("OTRA",),
        },
        not_applicable=("NO APLICA",),
        gender={
            "male": ("HOMBRE", "HOMBRES"),
            "female": ("MUJER", "MUJERES"),
            "mixed": ("AMBOS", "MIXTO"),
        },
        age={
            "child": ("NNA", "MENOR DE EDAD"),
            "adult": ("ADULTO", "MAYOR DE EDAD"),
            "mixed": ("ADULTOS Y NNA", "MIXTO"),
        },
        transport={
            "sea": ("MARITIMO", "LANCHA"),
            "land": ("TERRESTRE", "A PIE", "VEHICULO", "TRACTOCAMION"),
            "air": ("AEREO",),
        },
        unknown=("NO ESPECIFICADO", "SE IGNORA"),
        offences={
            "document_fraud": ("FALSIFICACION DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
            "corruption": ("COHECHO",),
            "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA",),
            "illicit_goods": ("CONTRA LA SALUD",),
            "cybercrime": ("DELITOS INFORMATICOS",),
            "terrorism": ("TERRORISMO",),
        },
        offence_sep=", ",
        transit_sep=", ",
        direct=(None,),
        count_unknown=("SIN DATO",),
        zero_words=("NINGUNO",),
        zero_share=0.2,
        establishments={
            "Nogales (Sonora/Arizona)": ("CEFERESO NO. 11 HERMOSILLO, SONORA",),
            "Sasabe": ("CEFERESO NO. 11 HERMOSILLO, SONORA",),
            "El Paso": ("CEFERESO NO. 9 CD. JUAREZ, CHIHUAHUA",),
            "Rio Grande Valley": ("CEFERESO NO. 3 MATAMOROS, TAMAULIPAS",),
            "Darién gap": ("CEFERESO NO. 15 VILLA COMALTITLAN, CHIAPAS",),
            "Bajo Chiquito": ("CEFERESO NO. 15 VILLA COMALTITLAN, CHIAPAS",),
            "Lajas Blancas": ("CEFERESO NO. 15 VILLA COMALTITLAN, CHIAPAS",),
        },
        elsewhere=("CEFERESO NO. 1 ALTIPLANO, MEXICO",),
    ),
}

# English names as a British clerk writes them, and the demonyms NOMIS records.
_EN_NAME = {"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast"}
_EN_DEMONYM = {
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
# Nationality as Mexican records write it: the feminine adjective ("nacionalidad mexicana").
_ES_DEMONYM = {
    "MEX": "MEXICANA",
    "GTM": "GUATEMALTECA",
    "HND": "HONDUREÑA",
    "VEN": "VENEZOLANA",
    "ECU": "ECUATORIANA",
    "HTI": "HAITIANA",
    "COL": "COLOMBIANA",
    "CHN": "CHINA",
}
_ES_MONTHS: tuple[str, ...] = tuple(_MONTHS["es"])
_FR_MONTHS: tuple[str, ...] = tuple(_MONTHS["fr"])
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``ÉRYTHRÉE`` -> ``ERYTHREE``)."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("’", "'")


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    """Country name in ``lang`` from the set's table (English as a British clerk writes)."""
    if lang == "en":
        return _EN_NAME.get(iso, COUNTRIES[iso][1])
    return str(COUNTRIES[iso][{"fr": 2, "es": 3}[lang]])


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateCell = tuple[object, pd.Timestamp, str, str]  # cell, expected day, precision, tag


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _date_hmpps(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:  # offence "in or around May 2023"
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "month_date"
    if r < 0.15:  # NOMIS prints Oracle dates
        cell = f"{ts.day:02d}-{MONTHS[ts.month - 1][:3].upper()}-{ts.year}"
        return cell, ts, "day", "nomis_date"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _date_sgip(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        cell = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return cell, _month_start(ts), "month", "month_date"
    if r < 0.15:  # typed into a text cell
        return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
    if r < 0.20:  # a date cell that lost its format: the bare serial number
        return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    return ts.to_pydatetime(), ts, "day", "excel_date"


def _date_snrp(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        cell = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        return cell, _month_start(ts), "month", "month_date"
    if partial_ok and r < 0.09:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "quarter_date"
    if r < 0.22:
        return ts.strftime("%d/%m/%y"), ts, "day", "short_year"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _date_dap(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.06:  # partner notification giving the month only
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "month_date"
    if partial_ok and r < 0.10:
        return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "quarter_date"
    return ts.strftime("%Y-%m-%d"), ts, "day", ""


def _date_oadprs(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.04:
        cell = f"{_ES_MONTHS[ts.month - 1].upper()} {ts.year}"
        return cell, _month_start(ts), "month", "month_date"
    if r < 0.18:
        return ts.strftime("%d/%m/%Y") + " 00:00", ts, "day", "midnight_time"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateCell]] = {
    "hmpps_niu": _date_hmpps,
    "sgip_fies": _date_sgip,
    "snrp": _date_snrp,
    "dap_nic": _date_dap,
    "oadprs_uip": _date_oadprs,
}
# The day as each agency writes it when it writes the whole day (bad, future and note rows).
_DAY_FORMAT = {
    "hmpps_niu": "%d/%m/%Y",
    "sgip_fies": "%d/%m/%Y",
    "snrp": "%d/%m/%Y",
    "dap_nic": "%Y-%m-%d",
    "oadprs_uip": "%d/%m/%Y",
}
# Impossible days as each agency's clerks type them.
_IMPOSSIBLE = {
    "hmpps_niu": "31/09/{year}",
    "sgip_fies": "30/02/{year}",
    "snrp": "31/04/{year}",
    "dap_nic": "{year}-02-30",
    "oadprs_uip": "31/06/{year}",
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, an impossible day, or a year typed 2 -> 3.

    Examples
    --------
    >>> _bad_date(_SNRP, pd.Timestamp("2022-03-14"), "future_date", np.random.default_rng(0))
    '14/03/2032'
    >>> _bad_date(_DAP, pd.Timestamp("2022-03-14"), "bad_date", np.random.default_rng(0))
    '2022-02-30'
    """
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return _IMPOSSIBLE[src.source].format(year=ts.year)
    # the tens digit of the year slips one key to the right: 2021 -> 2031
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    future = pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)
    if src.format == "xlsx":
        return future.to_pydatetime()
    return future.strftime(_DAY_FORMAT[src.source])


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the last day of the extract."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime(_DAY_FORMAT[src.source])


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(src: ExaminerSource, col: str, iso: str, ev: dict[str, object], rng: _Rng) -> _Cell:
    """Write one country cell the agency's way; return (cell, messiness tag)."""
    r = rng.random()
    name = src.source
    if name == "hmpps_niu":
        en = _name(iso, "en")
        if col == "nationality":
            demonym = _EN_DEMONYM.get(iso, en)
            if r < 0.62:
                return demonym, "demonym"
            if r < 0.67:
                return demonym.upper(), "demonym"
            if r < 0.72:
                return iso, "iso3"
            if r < 0.76:
                return _swap(en), "typo" if _swap(en) != en else ""
            return en, ""
        if col == "detection_country" and iso == "GBR":
            if r < 0.45:
                return "United Kingdom", ""
            if r < 0.8:
                return "UK", "alias"
            return ("Scotland" if ev.get("hotspot") == "Glasgow" else "England"), "home_nation"
        if r < 0.04 and col != "transit_countries":
            return iso, "iso3"
        return en, ""
    if name == "sgip_fies":
        es = _name(iso, "es")
        if col == "detection_country" and iso == "ESP":
            return ("España", "") if r < 0.7 else ("ESPAÑA", "upper")
        if r < 0.3:
            return es.upper(), "upper"
        if r < 0.36 and col == "nationality":
            return _swap(es), "typo" if _swap(es) != es else ""
        return es, ""
    if name == "snrp":
        fr = _name(iso, "fr")
        if col == "destination_country" and iso == "GBR":
            return choice(rng, ("Royaume-Uni", "Royaume-Uni", "Grande-Bretagne", "Angleterre")), (
                "alias"
            )
        if r < 0.35:  # the upper case of the prison register drops the accents
            return _plain(fr).upper(), "upper_plain"
        if r < 0.40 and col == "nationality":
            return _swap(fr), "typo" if _swap(fr) != fr else ""
        return fr, ""
    if name == "dap_nic":
        alpha2, _ = iso_codes(iso)
        if col == "detection_country":
            return (alpha2, "iso2") if r < 0.8 else (iso, "iso3")
        if col == "nationality":
            if r < 0.6:
                return iso, "iso3"
            if r < 0.8:
                return alpha2, "iso2"
            return _name(iso, "en"), ""
        if col == "destination_country" and r < 0.3:
            return alpha2, "iso2"
        return iso, "iso3"
    # oadprs_uip: upper case, accents often lost, some UTF-8 text misread as cp1252
    if col == "nationality":
        text = _ES_DEMONYM.get(iso, _name(iso, "es").upper()) if r < 0.75 else ""
        tag = "demonym" if text else ""
        text = text or _name(iso, "es").upper()
    elif col == "destination_country" and iso == "USA":
        text = choice(rng, ("ESTADOS UNIDOS", "EUA", "E.U.A.", "ESTADOS UNIDOS DE AMÉRICA"))
        tag = "alias"
    elif col == "detection_country" and iso == "USA":
        text = choice(rng, ("ESTADOS UNIDOS DE AMÉRICA", "EUA", "E.U.A."))
        tag = "alias"
    else:
        text, tag = _name(iso, "es").upper(), ""
    r2 = rng.random()
    if r2 < 0.3:
        text = _plain(text)
    elif r2 < 0.38:
        garbled = mojibake(text)
        if garbled is not None:
            return garbled, "mojibake"
    return text, tag


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _count_cell(src: ExaminerSource, value: int, rng: _Rng) -> _Cell:
    """Write a count as the agency does (a number in a spreadsheet or JSON, text in CSV)."""
    if value >= 1000:
        if src.source in ("dap_nic", "sgip_fies") and rng.random() < 0.5:
            return f"{value // 1000}.{value % 1000:03d}", "thousands"
        if src.source in ("hmpps_niu", "oadprs_uip"):
            return f"{value:,}", "thousands"
        if src.source == "snrp":
            return f"{value // 1000}\u00a0{value % 1000:03d}", "thousands"
    return (value if src.format != "csv" else str(value)), ""


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Pick the agency's usual word 70 % of the time, one of its other words otherwise."""
    if len(words) == 1 or rng.random() < 0.7:
        return words[0]
    return choice(rng, words[1:])


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    w = _WORDS[src.source]
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    hotspot = str(ev.get("hotspot") or "")
    cells["establishment"] = choice(rng, w.establishments.get(hotspot, w.elsewhere))

    cell, day, precision, tag = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    if tag:
        tags.append(tag)
    if precision != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(rng, w.crime[crime]), crime

    expl = ev.get("exploitation")
    if crime == "smuggling" or expl is None:
        cells["exploitation"], exp["exploitation"] = _choice_na(rng, w.not_applicable), None
    elif rng.random() < 0.04:
        cells["exploitation"], exp["exploitation"] = choice(rng, w.unknown), "unknown"
        tags.append("unknown_word:exploitation")
    else:
        cells["exploitation"] = _word(rng, w.exploitation[str(expl)])
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and rng.random() < 0.025:
        cells["n_persons"], exp["n_persons"] = choice(rng, w.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count_cell(src, persons, rng)
        exp["n_persons"] = persons
        if tag:
            tags.append(f"{tag}:n_persons")

    suspects = ev.get("n_suspects")
    r = rng.random()
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.count_unknown), None
        tags.append("suspects_placeholder")
    elif int(suspects) == 0 and rng.random() < w.zero_share:  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.zero_words), 0
        tags.append("zero_word")
    else:
        n = int(suspects)  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = (n if src.format != "csv" else str(n)), n

    for col, words in (("gender", w.gender), ("age_group", w.age), ("transport_mode", w.transport)):
        value = str(ev[col])
        r = rng.random()
        if col == "gender" and forced_blank == "gender":
            cells[col], exp[col] = None, "unknown"
            tags.append("blank_gender")
        elif r < 0.02:
            cells[col], exp[col] = None, "unknown"
            tags.append(f"blank_{col}")
        elif r < 0.045:
            cells[col], exp[col] = choice(rng, w.unknown), "unknown"
            tags.append(f"unknown_word:{col}")
        elif src.source == "sgip_fies" and col == "transport_mode" and ev["corridor"] == "watl":
            cells[col], exp[col] = _word(rng, ("Cayuco", "Marítimo")), value  # the Canaries
        else:
            cells[col], exp[col] = _word(rng, words[value]), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev.get(col)
        if col not in has or iso is None:
            exp[col] = None
            continue
        r = rng.random()
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col != "detection_country" and r < 0.03:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col == "nationality" and r < 0.05:
            cells[col], exp[col] = choice(rng, w.unknown), None
            tags.append("unknown_word:nationality")
        else:
            cells[col], tag = _country(src, col, str(iso), ev, rng)
            exp[col] = iso
            if tag:
                tags.append(f"{tag}:{col}")

    transit = ev.get("transit_countries")
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = _choice_na(rng, w.direct), None
    elif rng.random() < 0.03:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("blank_transit_countries")
    else:
        parts = [_country(src, "transit_countries", c, ev, rng) for c in str(transit).split("|")]
        cells["transit_countries"] = w.transit_sep.join(str(p[0]) for p in parts)
        exp["transit_countries"] = transit
        tags.extend(sorted({f"{t}:transit_countries" for _, t in parts if t}))

    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        said = [_word(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"], exp["linked_offences"] = w.offence_sep.join(said), offences

    exp["lat"] = exp["lon"] = None
    if "lat" in has:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        cells.update(_coordinates(src, lat, lon, rng, forced_blank, exp, tags))

    if src.format == "csv" and src.source != "oadprs_uip":  # copy-paste leaves stray spaces
        for col in ("gender", "age_group", "transport_mode", "nationality"):
            cell = cells.get(col)
            if isinstance(cell, str) and rng.random() < 0.03:
                cells[col] = cell + " "
                tags.append(f"space:{col}")
    return cells, exp, tags


def _choice_na(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options``, which may include None (an empty cell).

    Parameters
    ----------
    rng : numpy.random.Generator
        Generator of the draw.
    options : tuple of str or None
        Non-empty choices.

    Returns
    -------
    str or None
        The option drawn.

    Examples
    --------
    >>> _choice_na(np.random.default_rng(0), (None,)) is None
    True
    """
    return options[int(rng.integers(len(options)))]


def _coordinates(
    src: ExaminerSource,
    lat: float,
    lon: float,
    rng: _Rng,
    forced_blank: str | None,
    exp: dict[str, object],
    tags: list[str],
) -> dict[str, object]:
    """Write the position; fill ``exp`` with what is read from it and tag the row."""
    r = rng.random()
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        return {"lat": None, "lon": None}
    if r < 0.04:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}
    if src.source == "dap_nic":
        if r < 0.055:  # the partner's system default: 0/0, no position
            tags.append("coords_placeholder")
            return {"lat": 0.0, "lon": 0.0}
        la, lo = round(lat, 4), round(lon, 4)
        exp["lat"], exp["lon"] = la, lo
        if r < 0.15:  # typed by an Italian desk: decimal comma, as text
            tags.append("coords_decimal_comma")
            return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}
        return {"lat": la, "lon": lo}
    la, lo = round(lat, 5), round(lon, 5)
    exp["lat"], exp["lon"] = la, lo
    return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "hmpps_niu",
        "ESP": "sgip_fies",
        "FRA": "snrp",
        "ITA": "dap_nic",
        "USA": "oadprs_uip",
        "PAN": "oadprs_uip",
    },
    compilation="dap_nic",  # Greek, Croatian and Polish notifications relayed by the NIC
    secondary={
        ("channel", "FRA"): "hmpps_niu",
        ("channel", "GBR"): "snrp",
        ("thb_vnm_gbr", "GBR"): "snrp",
        ("wmed", "ESP"): "snrp",
        ("thb_rou_esp", "ESP"): "dap_nic",
        ("thb_rou_esp", "ITA"): "sgip_fies",
        ("thb_nga_ita", "ITA"): "sgip_fies",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=221_0221,
    blank_share=0.25,
)


def make_blind221(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five prison services of set ``blind221`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``hmpps_niu_ho.csv``, ``sgip_fies_ho.xlsx``, ``snrp_ho.csv``,
        ``dap_nic_ho.jsonl`` and ``oadprs_uip_ho.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind221(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hmpps_niu_ho.csv', 'sgip_fies_ho.xlsx', 'snrp_ho.csv', 'dap_nic_ho.jsonl',
     'oadprs_uip_ho.csv']
    >>> subs[4].encoding, subs[4].delimiter, subs[4].frame.columns[2]
    ('utf-16', '\t', 'FECHA_HECHOS')
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
