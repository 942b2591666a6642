"""Examiner sample set ``blind242`` (files ``*_ij.*``): civil-protection and emergency logs.

Five agencies that keep weather, sea-state and rescue-coordination logs and note in them
the boat and border arrivals they attend, written the way each one exports its log:

``dgpce_cenem_ij.xlsx``
    Spain's Dirección General de Protección Civil y Emergencias, its national monitoring
    centre (CENEM): Spanish, an Excel incident register fed by the 112 rooms of the
    Canaries, Andalusia, Ceuta and Melilla and by the Government delegations. Excel
    date-times (time of the alert), some dates typed as text or pasted as serial numbers,
    Douglas sea-state words, penal-code articles for the crime (318 bis, 177 bis),
    positions in degrees and decimal minutes with a decimal comma, and country names
    pasted from a web form whose UTF-8 the register read as cp1252 (mojibake).
``rna_civprot_ij.csv``
    The Region of North Aegean's Directorate of Civil Protection (Mytilene), which also
    relays the Evros reports it receives: English, UTF-8 with BOM (Excel "CSV UTF-8"),
    ``,``; day-first dates with or without leading zeros and "17 May 2023", demonyms
    ("Afghan"), Greek-English spellings ("Migrants smuggling", "Irak"), Beaufort winds,
    DMS positions, transit routes joined by ``" > "``. The file was sent twice in part:
    some rows come again at its end.
``cogic_dgscgc_ij.csv``
    France's interministerial crisis operations centre (COGIC, DGSCGC), its "main
    courante" of Channel small-boat events: French, cp1252, ``;``, CRLF; "17/05/2023
    14:32" date-times, "Angleterre" for the United Kingdom, "MNA" for unaccompanied
    minors, "45 pers." counts, "aucun"/"néant" for no arrest, positions in degrees and
    decimal minutes with a decimal comma. It also logs the boats it followed into
    British waters (reported first as landed in Dover).
``bcbrp_darien_ij.csv``
    The Benemérito Cuerpo de Bomberos de la República de Panamá, its Darién regional
    zone, which assists migrant groups in the jungle and at the reception stations:
    Spanish, UTF-16 tab-separated (Excel "Unicode text"), "17-may-23" dates beside
    day-first ones, demonyms ("venezolana"), "EE.UU.", "NNA" for children, "1,250"
    (Panamanian thousands comma), river and weather conditions.
``acaps_crisis_ij.jsonl``
    ACAPS, the humanitarian-analysis NGO, whose crisis dataset compiles what no other
    source reports (Italy, Croatia, Poland, the United Kingdom, the United States) and
    repeats some Spanish, Greek, French and Panamanian events: English JSON lines from
    its API, ISO alpha-3 codes, ISO dates with month ("2023-05") and quarter ("Q2
    2023") precision for events taken from monthly and quarterly reports, separate
    ``lat``/``lon`` numbers; pages fetched twice left some lines repeated.

What a careful analyst cannot read is planted as such and said so in the truth: a count
"sin determinar" / "n/k" / "NC" / "por confirmar" / "unknown" keeps the record with no
count, a count such as "varias" or "dozens" quarantines it (``bad_count``); a nationality
written only as a region ("subsaharianos", "magrebíes") expects none; a gender, age group
or transport written as "not known" expects ``unknown``; a smuggling row's "no procede" or
"N/A" exploitation expects none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

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

__all__ = ["SOURCES", "make_blind242"]

_Rng = np.random.Generator
_LANG = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_DGPCE = ExaminerSource(
    source="dgpce_cenem_ij",
    filename="dgpce_cenem_ij.xlsx",
    ref="CENEM/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha/hora aviso",
        "place": "Lugar",
        "detection_country": "País",
        "sea_state": "Estado de la mar",
        "crime_type": "Tipología (FCSE)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad declarada",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino declarado",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales pendientes de validación por las Delegaciones del Gobierno",
    total="TOTAL",
    bad_count=("varias", "numerosas", "ver parte"),
    repeats=False,
)
_RNA = ExaminerSource(
    source="rna_civprot_ij",
    filename="rna_civprot_ij.csv",
    ref="PVA-CP/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No",
        "event_date": "Date",
        "place": "Island / Area",
        "sea_state": "Wind / Sea state",
        "crime_type": "Incident type",
        "exploitation": "Exploitation",
        "n_persons": "Persons",
        "n_suspects": "Arrested",
        "gender": "Gender",
        "age_group": "Adults/Minors",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Final destination",
        "detection_country": "Country",
        "transit_countries": "Route (via)",
        "transport_mode": "Means",
        "coordinates": "Position",
        "linked_offences": "Other offences",
    },
    note="Note: figures provisional, pending confirmation by the Hellenic Coast Guard",
    total="Total",
    bad_count=("several", "many", "tbc"),
    repeats=True,
)
_COGIC = ExaminerSource(
    source="cogic_dgscgc_ij",
    filename="cogic_dgscgc_ij.csv",
    ref="MC-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date/heure",
        "place": "Département / zone",
        "detection_country": "Pays",
        "crime_type": "Nature de l'événement",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "transport_mode": "Vecteur",
        "coordinates": "Position (WGS84)",
        "sea_state": "Météo / état de la mer",
        "linked_offences": "Infractions connexes",
    },
    note="NB : bilan provisoire, données de la préfecture maritime non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "une trentaine"),
    repeats=False,
)
_BCBRP = ExaminerSource(
    source="bcbrp_darien_ij",
    filename="bcbrp_darien_ij.csv",
    ref="BCBRP-DAR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Reporte",
        "event_date": "Fecha",
        "place": "Lugar",
        "weather": "Condición climática",
        "crime_type": "Tipo de caso",
        "exploitation": "Finalidad",
        "n_persons": "Cant. migrantes",
        "n_suspects": "Guías/coyotes aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Tránsito",
        "destination_country": "Destino",
        "detection_country": "País",
        "transport_mode": "Desplazamiento",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: cifras preliminares sujetas a verificación con el SNM",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo grande"),
    repeats=False,
)
_ACAPS = ExaminerSource(
    source="acaps_crisis_ij",
    filename="acaps_crisis_ij.jsonl",
    ref="ACAPS-MIG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "acaps_id",
        "event_date": "date",
        "detection_country": "country",
        "location": "location",
        "crime_type": "crime",
        "exploitation": "exploitation",
        "n_persons": "people",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "other_offences",
    },
    note=None,
    total="TOTAL (all records)",
    bad_count=("dozens", "hundreds", "several"),
    repeats=True,
)

#: The variant's sources, in the order :func:`make_blind242` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_DGPCE, _RNA, _COGIC, _BCBRP, _ACAPS)


# --------------------------------------------------------------------------------------
# Each agency's words
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Voice:
    """How one agency words its cells (country styles, vocabularies, unknowns)."""

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]  # what a smuggling row shows ("" = a blank cell)
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    not_known: tuple[str, ...]  # gender, age group or transport not known
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    count_unknown: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    styles: Mapping[str, float]
    demonyms: Mapping[str, str]
    typos: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    alias_rate: float
    regions: Mapping[str, str]  # nationality -> the region word written instead
    detection: Mapping[str, Mapping[str, float]]
    weather: tuple[str, ...]
    places: Mapping[str, tuple[str, ...]]


_VOICES: dict[str, _Voice] = {
    "dgpce_cenem_ij": _Voice(
        crime={
            "smuggling": (
                "Inmigración irregular (318 bis CP)",
                "Favorecimiento de la inmigración irregular",
                "318 bis CP",
            ),
            "trafficking": ("Trata de seres humanos (177 bis CP)", "Trata de seres humanos"),
            "both": ("Trata (177 bis) e inmigración irregular (318 bis)", "177 bis + 318 bis"),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral",),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas",),
        },
        no_exploitation=("no procede", ""),
        gender={
            "female": ("Mujeres", "M"),
            "male": ("Hombres", "H"),
            "mixed": ("Mixto", "H/M"),
        },
        age={
            "child": ("Menores", "MENA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        transport={
            "sea": ("Marítimo", "Embarcación"),
            "land": ("Terrestre", "Vehículo"),
            "air": ("Aéreo", "Vuelo"),
        },
        not_known=("sin determinar", "no consta"),
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        transit_sep=" / ",
        count_unknown=("sin determinar", "s/d"),
        suspects_zero=("ninguno", "0 (ninguno)"),
        suspects_unknown=("pendiente",),
        styles={"name": 74, "upper": 8, "mojibake": 7, "spaces": 3, "demonym": 4, "typo": 4},
        demonyms={
            "MAR": "marroquí",
            "DZA": "argelina",
            "SEN": "senegalesa",
            "MLI": "maliense",
            "GMB": "gambiana",
            "CIV": "marfileña",
            "ROU": "rumana",
        },
        typos={"MAR": "Marrucos", "MRT": "Mauritana", "GMB": "Gambía", "CIV": "Costa Marfil"},
        aliases={"GIN": ("Guinea Conakry",), "CIV": ("Côte d'Ivoire",)},
        alias_rate=0.3,
        regions={
            "SEN": "subsahariana",
            "MLI": "subsahariana",
            "GMB": "subsahariana",
            "GIN": "subsahariana",
            "CIV": "subsahariana",
            "MAR": "magrebí",
            "DZA": "magrebí",
        },
        detection={"ESP": {"España": 85, "ESPAÑA": 10, "ES": 5}},
        weather=("calma", "rizada", "marejadilla", "marejada", "fuerte marejada", "mar de fondo"),
        places={
            "Gran Canaria": ("Arguineguín (Gran Canaria)", "Mogán (Gran Canaria)"),
            "Tenerife": ("Los Cristianos (Tenerife)", "Granadilla (Tenerife)"),
            "El Hierro": ("La Restinga (El Hierro)",),
            "Lanzarote": ("Arrecife (Lanzarote)", "Órzola (Lanzarote)"),
            "Ceuta": ("Ceuta (Tarajal)", "Ceuta (Benzú)"),
            "Melilla": ("Melilla (vallado perimetral)", "Melilla (Beni Enzar)"),
            "Almería": ("Almería (Cabo de Gata)", "Carboneras (Almería)"),
            "Huelva": ("Moguer (Huelva)", "Palos de la Frontera (Huelva)"),
            "Almería (El Ejido)": ("El Ejido (Almería)",),
        },
    ),
    "rna_civprot_ij": _Voice(
        crime={
            "smuggling": ("Migrants smuggling", "Smuggling of migrants", "SOM"),
            "trafficking": ("Human trafficking", "THB"),
            "both": ("THB & smuggling", "THB/SOM"),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        no_exploitation=("N/A", ""),
        gender={"female": ("Women", "F"), "male": ("Men", "M"), "mixed": ("Mixed", "Men/women")},
        age={"child": ("Minors", "UAM"), "adult": ("Adults",), "mixed": ("Adults & minors",)},
        transport={
            "sea": ("Dinghy", "Boat", "Sea"),
            "land": ("On foot", "Land", "Vehicle"),
            "air": ("Air",),
        },
        not_known=("n/k",),
        offences={
            "document_fraud": ("forged documents",),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        count_unknown=("n/k", "unknown"),
        suspects_zero=("none", "nil"),
        suspects_unknown=("tbc",),
        styles={"name": 62, "demonym": 18, "iso2": 5, "upper": 5, "typo": 5, "lower": 3},
        demonyms={
            "AFG": "Afghan",
            "SYR": "Syrian",
            "IRQ": "Iraqi",
            "PAK": "Pakistani",
            "CMR": "Cameroonian",
            "IRN": "Iranian",
            "TUR": "Turkish",
        },
        typos={"AFG": "Afganistan", "PAK": "Pakisthan", "SYR": "Sirya", "IRQ": "Irak"},
        aliases={"TUR": ("Turkey",)},
        alias_rate=0.5,
        regions={},
        detection={"GRC": {"Greece": 80, "GR": 10, "GREECE": 5, "Hellas": 5}},
        weather=("calm", "N 3 Bft", "NE 4-5 Bft", "N 6 Bft, rough", "SW 5 Bft", "variable 2 Bft"),
        places={
            "Lesbos": ("Lesvos - Skala Sykamias", "Lesvos - Mytilene", "Lesvos - Thermi"),
            "Samos": ("Samos - Pythagorio", "Samos - Vathy"),
            "Evros": ("Evros (relayed) - Feres", "Evros (relayed) - Soufli"),
        },
    ),
    "cogic_dgscgc_ij": _Voice(
        crime={
            "smuggling": ("Aide à l'entrée irrégulière (AEI)", "Trafic de migrants"),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "TEH / trafic de migrants"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé",),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        no_exploitation=("sans objet", ""),
        gender={"female": ("femmes", "F"), "male": ("hommes", "H"), "mixed": ("mixte", "H+F")},
        age={
            "child": ("mineurs", "MNA"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        transport={
            "sea": ("small boat", "embarcation pneumatique", "mer"),
            "land": ("poids lourd", "camion", "voie routière"),
            "air": ("aérien",),
        },
        not_known=("NC",),
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=" + ",
        transit_sep=" - ",
        count_unknown=("NC", "inconnu"),
        suspects_zero=("aucun", "néant"),
        suspects_unknown=("en cours",),
        styles={"name": 70, "noaccent": 8, "iso2": 7, "upper": 7, "typo": 8},
        demonyms={},
        typos={"AFG": "Afganistan", "ERI": "Erytrée", "ALB": "Albannie", "IRQ": "Iraq"},
        aliases={"GBR": ("Angleterre",)},
        alias_rate=0.4,
        regions={},
        detection={
            "FRA": {"France": 80, "FR": 10, "FRANCE": 10},
            "GBR": {"Royaume-Uni": 80, "GB": 20},
        },
        weather=(
            "mer calme",
            "vent NE 3 Bft, mer peu agitée",
            "vent W 5 Bft, mer agitée",
            "houle 1,5 m",
            "brume, mer belle",
        ),
        places={
            "Calais": ("62 - Pas-de-Calais (Calais)", "62 - Pas-de-Calais (Wimereux)"),
            "Dunkirk/Gravelines": ("59 - Nord (Gravelines)", "59 - Nord (Dunkerque)"),
            "Dover": ("Détroit du Pas-de-Calais - eaux britanniques",),
        },
    ),
    "bcbrp_darien_ij": _Voice(
        crime={
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzoso",),
            "forced_criminality": ("delitos forzados",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        no_exploitation=("",),
        gender={
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        age={"child": ("NNA", "Menores"), "adult": ("Adultos",), "mixed": ("Adultos y NNA",)},
        transport={
            "land": ("A pie", "Terrestre", "Caminando (selva)"),
            "sea": ("Marítimo",),
            "air": ("Aéreo",),
        },
        not_known=("No determinado",),
        offences={
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas",),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=" / ",
        transit_sep=", ",
        count_unknown=("por confirmar", "s/d"),
        suspects_zero=("ninguno",),
        suspects_unknown=("no reportado",),
        styles={"name": 58, "demonym": 18, "upper": 8, "iso3": 6, "noaccent": 6, "typo": 4},
        demonyms={
            "VEN": "venezolana",
            "ECU": "ecuatoriana",
            "HTI": "haitiana",
            "COL": "colombiana",
            "CHN": "china",
        },
        typos={"VEN": "Venezula", "ECU": "Equador", "COL": "Colomiba"},
        aliases={"USA": ("EE.UU.", "EEUU")},
        alias_rate=0.5,
        regions={},
        detection={"PAN": {"Panamá": 75, "PANAMÁ": 15, "PAN": 10}},
        weather=(
            "Despejado",
            "Lluvia fuerte",
            "Nublado, lloviznas",
            "Crecida del río Tuquesa",
            "Crecida del río Chucunaque",
        ),
        places={
            "Darién gap": ("Selva del Darién (sendero)", "Cañas Blancas"),
            "Bajo Chiquito": ("Comunidad de Bajo Chiquito",),
            "Lajas Blancas": ("ERM Lajas Blancas",),
        },
    ),
    "acaps_crisis_ij": _Voice(
        crime={
            "smuggling": ("smuggling",),
            "trafficking": ("trafficking",),
            "both": ("trafficking and smuggling",),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        no_exploitation=("",),
        gender={"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        age={"child": ("children",), "adult": ("adults",), "mixed": ("mixed",)},
        transport={"sea": ("sea",), "land": ("land",), "air": ("air",)},
        not_known=("not specified",),
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="; ",
        transit_sep=";",
        count_unknown=("unknown",),
        suspects_zero=("none",),
        suspects_unknown=("unknown",),
        styles={"iso3": 88, "name": 12},
        demonyms={},
        typos={},
        aliases={},
        alias_rate=0.0,
        regions={},
        detection={},
        weather=(),
        places={},
    ),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(
    iso: str, src: ExaminerSource, voice: _Voice, rng: _Rng, *, nationality: bool = False
) -> tuple[str, str | None]:
    """Write one ISO alpha-3 code as the agency does; return (text, messiness tag)."""
    name = str(COUNTRIES[iso][_LANG[src.language]])
    if iso in voice.aliases and rng.random() < voice.alias_rate:
        return choice(rng, voice.aliases[iso]), "alias"
    style = _draw(rng, voice.styles)
    text, tag = name, None
    if style == "demonym" and nationality and iso in voice.demonyms:
        text, tag = voice.demonyms[iso], "demonym"
    elif style == "typo" and iso in voice.typos:
        text, tag = voice.typos[iso], "typo"
    elif style == "upper":
        text, tag = name.upper(), "case"
    elif style == "lower":
        text, tag = name.lower(), "case"
    elif style == "spaces":
        text, tag = f" {name}  ", "spacing"
    elif style == "iso2":
        text, tag = iso_codes(iso)[0], "iso2"
    elif style == "iso3":
        text, tag = iso, "iso3"
    elif style == "noaccent" and _strip_accents(name) != name:
        text, tag = _strip_accents(name), "no_accent"
    elif style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None:
            text, tag = garbled, "mojibake"
    if not fits(text, src):
        return _strip_accents(name), None
    return text, tag


def _tenths(value: float, per_degree: int) -> tuple[int, int, float]:
    """Split ``|value|`` degrees into whole degrees and rounded sub-units."""
    total = round(abs(value) * per_degree)
    return total // per_degree, (total % per_degree), total / per_degree


def _ddm(lat: float, lon: float, comma: bool) -> tuple[str, float, float]:
    """Degrees and decimal minutes (one decimal), as a maritime log writes a position."""
    parts = []
    read = []
    for value, width, hemi in ((lat, 2, "NS"), (lon, 3, "EW")):
        deg, tenths, back = _tenths(value, 600)
        minutes = f"{tenths / 10:04.1f}"
        if comma:
            minutes = minutes.replace(".", ",")
        parts.append(f"{deg:0{width}d}°{minutes}'{hemi[0] if value >= 0 else hemi[1]}")
        read.append(back if value >= 0 else -back)
    return " ".join(parts), round(read[0], 6), round(read[1], 6)


def _dms(lat: float, lon: float, decimals: int) -> tuple[str, float, float]:
    """Degrees, minutes and seconds (``decimals`` on the seconds), as a map app writes it."""
    per = 3600 * 10**decimals
    parts = []
    read = []
    for value, hemi in ((lat, "NS"), (lon, "EW")):
        deg, rest, back = _tenths(value, per)
        minutes, seconds = divmod(rest, 60 * 10**decimals)
        sec = f"{seconds / 10**decimals:0{3 + decimals if decimals else 2}.{decimals}f}"
        parts.append(f"{deg}°{minutes:02d}'{sec}\"{hemi[0] if value >= 0 else hemi[1]}")
        read.append(back if value >= 0 else -back)
    return " ".join(parts), round(read[0], 6), round(read[1], 6)


def _decimal(
    lat: float, lon: float, places: int, *, comma: bool, sep: str
) -> tuple[str, float, float]:
    """Decimal degrees rounded to ``places``."""
    a, b = round(lat, places), round(lon, places)
    text = f"{a:.{places}f}{sep}{b:.{places}f}"
    if comma:
        text = f"{a:.{places}f}".replace(".", ",") + sep + f"{b:.{places}f}".replace(".", ",")
    return text, a, b


def _position(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[str, float, float, str]:
    """Write a position in the agency's style; return (text, lat read, lon read, tag)."""
    r = rng.random()
    if src.source == _DGPCE.source:
        if r < 0.7:
            return (*_ddm(lat, lon, comma=True), "coords_ddm")
        return (*_decimal(lat, lon, 4, comma=False, sep=", "), "coords_decimal")
    if src.source == _RNA.source:
        if r < 0.5:
            return (*_dms(lat, lon, 0), "coords_dms")
        return (*_decimal(lat, lon, 4, comma=False, sep=", "), "coords_decimal")
    if src.source == _COGIC.source:
        if r < 0.6:
            return (*_ddm(lat, lon, comma=True), "coords_ddm")
        return (*_decimal(lat, lon, 5, comma=True, sep=" / "), "coords_decimal_comma")
    if r < 0.6:  # the fire brigade: a phone's decimal position or a map app's DMS
        return (*_decimal(lat, lon, 5, comma=False, sep=", "), "coords_decimal")
    return (*_dms(lat, lon, 1), "coords_dms")


def _day_text(ts: pd.Timestamp, src: ExaminerSource, rng: _Rng) -> tuple[object, str]:
    """Write a day in the agency's style; return (cell, tag)."""
    r = rng.random()
    if src.source == _DGPCE.source:
        if r < 0.78:
            minutes = int(rng.integers(0, 24 * 60))
            when = ts.normalize() + pd.Timedelta(minutes=minutes)
            return when.to_pydatetime(), "excel_datetime"
        if r < 0.9:
            return ts.strftime("%d/%m/%Y"), "date_text"
        return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
    if src.source == _RNA.source:
        if r < 0.6:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if r < 0.85:
            return f"{ts.day}/{ts.month}/{ts.year}", "date_dmy_unpadded"
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "date_long"
    if src.source == _COGIC.source:
        if r < 0.8:
            minutes = int(rng.integers(0, 24 * 60))
            return f"{ts.strftime('%d/%m/%Y')} {minutes // 60:02d}:{minutes % 60:02d}", "datetime"
        return ts.strftime("%d/%m/%y"), "date_dmy_short"
    if src.source == _BCBRP.source:
        if r < 0.7:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1]}-{ts.year % 100:02d}", "date_dd_mmm_yy"
    return ts.strftime("%Y-%m-%d"), "date_iso"


def _count_text(n: int, src: ExaminerSource, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons in the agency's style; return (cell, tag)."""
    if src.source == _DGPCE.source:
        if n >= 1000 and rng.random() < 0.5:
            return f"{n:,}".replace(",", "."), "thousands_sep"
        return (n, None) if rng.random() < 0.92 else (str(n), "count_as_text")
    if src.source == _COGIC.source:
        if n >= 1000:
            return f"{n:,}".replace(",", " "), "thousands_sep"
        return (f"{n} pers.", "count_unit") if rng.random() < 0.2 else (str(n), None)
    if src.source == _BCBRP.source:
        if n >= 1000:
            return f"{n:,}", "thousands_sep"
        return str(n), None
    if src.source == _ACAPS.source:
        return n, None
    return str(n), None


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
    voice = _VOICES[src.source]
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date: ACAPS takes some events from monthly and quarterly reports
    day, precision = ts.normalize(), "day"
    r = rng.random()
    if src.source == _ACAPS.source and partial_ok and r < 0.09:
        cells["event_date"], precision = ts.strftime("%Y-%m"), "month"
        day = ts.to_period("M").start_time
        tags.append("month_date")
    elif src.source == _ACAPS.source and partial_ok and r < 0.13:
        cells["event_date"], precision = f"Q{ts.quarter} {ts.year}", "quarter"
        day = ts.to_period("Q").start_time
        tags.append("quarter_date")
    else:
        cells["event_date"], tag = _day_text(ts, src, rng)
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, voice.crime[crime])
    expl = ev["exploitation"]
    if expl is None:
        written = choice(rng, voice.no_exploitation)
        cells["exploitation"] = written or None
    else:
        cells["exploitation"] = choice(rng, voice.exploitation[str(expl)])

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    n_persons: int | None = n
    if rng.random() < 0.03:
        cells["n_persons"], n_persons = choice(rng, voice.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag_n = _count_text(n, src, rng)
        if tag_n:
            tags.append(tag_n)

    # suspects
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    n_suspects: int | None = s
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.02:
        cells["n_suspects"], n_suspects = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"], n_suspects = choice(rng, voice.suspects_unknown), None
        tags.append("suspects_placeholder")
    elif s == 0 and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, voice.suspects_zero)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = s if src.format != "csv" else str(s)

    # gender, age group, transport
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], gender = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], gender = choice(rng, voice.not_known), "unknown"
        tags.extend(["unknown_word", "blank_gender"])
    else:
        cells["gender"] = choice(rng, voice.gender[gender])
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], age = choice(rng, voice.not_known), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, voice.age[age])
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], mode = choice(rng, voice.not_known), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _transport(src, voice, ev, mode, rng)

    # countries
    nat = ev["nationality"]
    nationality: str | None = str(nat) if nat is not None else None
    r = rng.random()
    if forced_blank == "nationality" or nationality is None or r < 0.02:
        cells["nationality"], nationality = None, None
        tags.append("blank_nationality")
    elif nationality in voice.regions and r < 0.06:
        cells["nationality"], nationality = voice.regions[nationality], None
        tags.extend(["region_word", "blank_nationality"])
    else:
        cells["nationality"], tag_c = _country(nationality, src, voice, rng, nationality=True)
        if tag_c:
            tags.append(f"country_{tag_c}")
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if iso is None:
            cells[col] = None
            continue
        cells[col], tag_c = _country(str(iso), src, voice, rng)
        if tag_c:
            tags.append(f"country_{tag_c}")
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        written_list = []
        for iso in str(transit).split("|"):
            text, tag_c = _country(iso, src, voice, rng)
            written_list.append(text.strip())
            if tag_c and tag_c != "spacing":
                tags.append(f"country_{tag_c}")
        cells["transit_countries"] = voice.transit_sep.join(written_list)
        if len(written_list) > 1:
            tags.append("transit_list")
    det = ev["detection_country"]
    detection: str | None = str(det) if det is not None else None
    if forced_blank == "detection_country" or detection is None:
        cells["detection_country"], detection = None, None
        tags.append("blank_detection_country")
    elif detection in voice.detection:
        cells["detection_country"] = _draw(rng, voice.detection[detection])
    else:
        cells["detection_country"], tag_c = _country(detection, src, voice, rng)
        if tag_c:
            tags.append(f"country_{tag_c}")

    # position
    lat: float | None = float(ev["lat"])  # type: ignore[arg-type]
    lon: float | None = float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.04:
        lat = lon = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        if src.source == _ACAPS.source:
            cells["lat"] = cells["lon"] = None
        else:
            cells["coordinates"] = None
    elif src.source == _ACAPS.source:
        lat, lon = round(float(ev["lat"]), 4), round(float(ev["lon"]), 4)  # type: ignore[arg-type]
        cells["lat"], cells["lon"] = lat, lon
    else:
        cells["coordinates"], lat, lon, tag_p = _position(src, lat, lon, rng)  # type: ignore[arg-type]
        tags.append(tag_p)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, voice.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = voice.offence_sep.join(words)

    # the log's own columns: place and weather
    hotspot = str(ev["hotspot"])
    if src.source == _ACAPS.source:
        cells["location"] = hotspot
    else:
        cells["place"] = choice(rng, voice.places.get(hotspot, (hotspot,)))
        weather = choice(rng, voice.weather)
        cells["weather" if src.source == _BCBRP.source else "sea_state"] = weather

    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": n_persons,
        "n_suspects": n_suspects,
        "gender": gender,
        "age_group": age,
        "nationality": nationality,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": detection,
        "transit_countries": transit,
        "transport_mode": mode,
        "lat": lat,
        "lon": lon,
        "linked_offences": offences,
    }
    return cells, exp, tags


def _transport(
    src: ExaminerSource, voice: _Voice, ev: dict[str, object], mode: str, rng: _Rng
) -> str:
    """Write the transport mode, with the Spanish centre's own boat and border words."""
    if src.source == _DGPCE.source:
        corridor, hotspot = str(ev["corridor"]), str(ev["hotspot"])
        if mode == "sea" and corridor == "watl" and rng.random() < 0.6:
            return choice(rng, ("Cayuco", "Neumática"))
        if mode == "sea" and corridor == "wmed" and rng.random() < 0.6:
            return choice(rng, ("Patera", "Neumática"))
        if mode == "land" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
            return "Salto de valla"
    return choice(rng, voice.transport[mode])


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write an impossible date, a year typed 22xx or a blank cell, in the agency's style."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            "dgpce_cenem_ij": f"31/02/{ts.year}",
            "rna_civprot_ij": f"30/02/{ts.year}",
            "cogic_dgscgc_ij": f"31/04/{ts.year} 10:15",
            "bcbrp_darien_ij": f"31-feb-{ts.year % 100:02d}",
        }.get(src.source, f"{ts.year}-02-30")
    future = ts.normalize().replace(year=2200 + ts.year % 100)  # a 2 typed for the 0
    if src.source == _DGPCE.source:
        return future.to_pydatetime()
    if src.source == _RNA.source:
        return future.strftime("%d/%m/%Y")
    if src.source == _COGIC.source:
        return future.strftime("%d/%m/%Y") + " 08:40"
    if src.source == _BCBRP.source:
        return future.strftime("%d/%m/%Y")
    return future.strftime("%Y-%m-%d")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row."""
    if src.source == _DGPCE.source:
        return last.normalize().to_pydatetime()
    if src.source == _COGIC.source:
        return last.strftime("%d/%m/%Y") + " 23:59"
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": _DGPCE.source,
        "GRC": _RNA.source,
        "FRA": _COGIC.source,
        "PAN": _BCBRP.source,
    },
    compilation=_ACAPS.source,
    secondary={
        ("channel", "GBR"): _COGIC.source,
        ("channel", "FRA"): _ACAPS.source,
        ("watl", "ESP"): _ACAPS.source,
        ("wmed", "ESP"): _ACAPS.source,
        ("emed", "GRC"): _ACAPS.source,
        ("darien", "PAN"): _ACAPS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=242,
    blank_share=0.35,
)


def make_blind242(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five civil-protection and emergency logs of ``blind242``.

    Spain's DGPCE (CENEM) reports the events detected in Spain, the North Aegean Region's
    civil protection those in Greece, France's COGIC those in France, Panama's fire
    brigade (Darién) those in Panama, and ACAPS every other event; ACAPS reports a
    share of the Spanish, Greek, French and Panamanian ones again, and COGIC the boats
    that landed in Dover. See the module docstring for each agency's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dgpce_cenem_ij.xlsx``, ``rna_civprot_ij.csv``, ``cogic_dgscgc_ij.csv``,
        ``bcbrp_darien_ij.csv`` and ``acaps_crisis_ij.jsonl``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind242(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgpce_cenem_ij.xlsx', 'rna_civprot_ij.csv', 'cogic_dgscgc_ij.csv',
     'bcbrp_darien_ij.csv', 'acaps_crisis_ij.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8-sig', 'cp1252', 'utf-16', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[2].frame.columns[:3].tolist()
    ['N° main courante', 'Date/heure', 'Département / zone']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
