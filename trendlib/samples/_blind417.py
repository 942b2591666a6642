"""Examiner sample set ``blind417`` (files ``*_pc.*``): food-delivery platforms' case logs.

Five sources that see trafficking and smuggling through the riders who deliver food:
people working on rented or substituted courier accounts, smuggled workers and victims of
labour exploitation. Each writes its own export, in its own words:

``gopuff_uk_courier_integrity_pc.xlsx``
    Gopuff UK's courier-integrity (right-to-work and account-substitution) tracker, an
    Excel export in English: real Excel dates with a few typed or serial dates, UK
    words ("MSHT", "Facilitation", "Under 18"), demonyms for nationality ("Vietnamese"),
    transit routes joined by ``" > "``, the courier app's last GPS fix as numbers.
``frichti_conformite_livreurs_pc.csv``
    Frichti's riders' compliance desk (fraude et sous-location de comptes), a French
    Excel CSV: cp1252, ``;``, day-first dates, "mai 2023" and "T2 2023" for vague
    dates, French legal words ("aide à l'entrée irrégulière", "TEH"), number words and
    no-break-space thousands, decimal-comma coordinates.
``ridersxderechos_registro_pc.csv``
    Riders x Derechos (Barcelona riders' collective), its Google Form of rented-account
    cases as Google Sheets downloads it: UTF-8, ``,``, a "Marca temporal" submission
    stamp beside the date of the facts (``17/5/2023``, unpadded), radio-button answers
    ("Hombre(s)", "No sé"), a place name but no coordinates, Spanish thousands dots and
    a few rows pasted from an older sheet with their accents garbled (mojibake).
``ni_un_repartidor_menos_pc.csv``
    Ni Un Repartidor Menos (Mexico City riders' collective), its case sheet saved by
    Excel as Unicode text: UTF-16, tab-delimited, Mexican words ("NNA" for minors,
    "tráiler", "operaciones con recursos de procedencia ilícita"), H/M for
    hombre/mujer, gentilicios for nationality ("venezolana"), "EUA" for the United
    States, comma thousands, coordinates as one "lat, long" cell.
``delivery_platforms_europe_pc.jsonl``
    Delivery Platforms Europe's member-referral feed (the compilation), JSON lines with
    snake_case codes, ISO dates (``2023-05``, ``2023-Q2`` when vague, with a precision
    field), country codes in each member platform's convention (alpha-2, alpha-3 or
    numeric), transit routes and linked flags as JSON arrays; it re-sends a few
    referrals (API paging overlap).
"""

from __future__ import annotations

from collections.abc import Mapping

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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND417", "SOURCES", "make_blind417"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

GOPUFF = "gopuff_uk_courier_integrity"
FRICHTI = "frichti_conformite_livreurs"
RXD = "ridersxderechos_registro"
NURM = "ni_un_repartidor_menos"
DPE = "delivery_platforms_europe"

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_GOPUFF_SRC = ExaminerSource(
    source=GOPUFF,
    filename=f"{GOPUFF}_pc.xlsx",
    ref="CI-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Date Identified",
        "crime_type": "Case Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Individuals",
        "n_suspects": "No. Suspects (Account Holders/Facilitators)",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "detection_country": "Country Identified",
        "place": "Town/City",
        "transport_mode": "Method of Travel",
        "lat": "Last GPS Lat",
        "lon": "Last GPS Long",
        "linked_offences": "Associated Offences",
        "account": "Account Action",
    },
    note="Note: provisional - extract from Courier Integrity tracker, not for onward sharing",
    total="Total",
    bad_count=("Several", "Multiple (tbc)"),
    repeats=False,
)
_FRICHTI_SRC = ExaminerSource(
    source=FRICHTI,
    filename=f"{FRICHTI}_pc.csv",
    ref="FRI/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
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
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "place": "Ville",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "account": "Action sur le compte",
    },
    note="Extraction pôle conformité livreurs - données provisoires, diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
)
_RXD_SRC = ExaminerSource(
    source=RXD,
    filename=f"{RXD}_pc.csv",
    ref="RXD-{yy:02d}-{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "submitted": "Marca temporal",
        "source_ref": "Nº caso",
        "event_date": "Fecha de los hechos (aprox.)",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "¿Cuántas personas afectadas?",
        "n_suspects": "¿Cuántas personas explotadoras o intermediarias?",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde ocurrió",
        "transit_countries": "Países por los que pasó (en orden)",
        "transport_mode": "¿Cómo llegó?",
        "place": "Lugar / ciudad",
        "linked_offences": "Otros delitos",
    },
    note="NOTA: respuestas revisadas por el equipo jurídico, datos provisionales",
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=False,
)
_NURM_SRC = ExaminerSource(
    source=NURM,
    filename=f"{NURM}_pc.csv",
    ref="NURM-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Núm. de personas",
        "n_suspects": "Núm. de probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "place": "Lugar",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos vinculados",
    },
    note="Nota: datos preliminares, no publicar",
    total="Total general",
    bad_count=("varios", "muchos"),
    repeats=False,
)
_DPE_SRC = ExaminerSource(
    source=DPE,
    filename=f"{DPE}_pc.jsonl",
    ref="DPE-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "referral_id",
        "platform": "member_platform",
        "event_date": "incident_date",
        "precision": "incident_date_precision",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "detection_country",
        "transit_countries": "transit_route",
        "transport_mode": "travel_mode",
        "place": "city",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_flags",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_GOPUFF_SRC, _FRICHTI_SRC, _RXD_SRC, _NURM_SRC, _DPE_SRC)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, _Words] = {
    GOPUFF: {
        "trafficking": ("Modern slavery", "MSHT", "Human trafficking"),
        "smuggling": ("Facilitation (people smuggling)", "Facilitation", "People smuggling"),
        "both": ("MSHT + facilitation", "Trafficking & smuggling"),
    },
    FRICHTI: {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Aide à l'entrée et au séjour irréguliers",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    RXD: {
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
    },
    NURM: {
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico de migrantes", "Tráfico de indocumentados"),
        "both": ("Trata y tráfico de migrantes",),
    },
    DPE: {"trafficking": ("thb",), "smuggling": ("som",), "both": ("thb_som",)},
}
_EXPL: dict[str, _Words] = {
    GOPUFF: {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    FRICHTI: {
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    RXD: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Obligado/a a delinquir", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    NURM: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Obligar a cometer delitos",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otro",),
    },
    DPE: {
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("criminal_activities",),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
    },
}
#: What each source writes in the exploitation cell of a smuggling case.
_NO_EXPL: dict[str, tuple[str | None, ...]] = {
    GOPUFF: (None, None, "N/A"),
    FRICHTI: (None, "Sans objet"),
    RXD: (None,),
    NURM: (None, "No aplica"),
    DPE: (None,),
}
_GENDER: dict[str, _Words] = {
    GOPUFF: {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
    FRICHTI: {"female": ("F", "Femme(s)"), "male": ("H", "Homme(s)"), "mixed": ("Mixte",)},
    RXD: {"female": ("Mujer(es)",), "male": ("Hombre(s)",), "mixed": ("Grupo mixto",)},
    NURM: {"female": ("M", "Mujer"), "male": ("H", "Hombre"), "mixed": ("Mixto",)},
    DPE: {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
}
_NO_GENDER: dict[str, tuple[str | None, ...]] = {
    GOPUFF: (None, "Not recorded"),
    FRICHTI: (None, "NR"),
    RXD: ("No sé", "Prefiero no decirlo"),
    NURM: (None, "S/D"),
    DPE: (None,),
}
_AGE: dict[str, _Words] = {
    GOPUFF: {"child": ("Under 18", "U18"), "adult": ("Adult", "18+"), "mixed": ("Mixed",)},
    FRICHTI: {
        "child": ("Mineur(s)", "Mineur"),
        "adult": ("Majeur(s)", "Majeur"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    RXD: {
        "child": ("Menor de edad",),
        "adult": ("Mayor de edad",),
        "mixed": ("Ambos (adultos y menores)",),
    },
    NURM: {"child": ("NNA",), "adult": ("Adultos", "Adulto"), "mixed": ("Adultos y NNA",)},
    DPE: {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
}
_NO_AGE: dict[str, tuple[str, ...]] = {
    GOPUFF: ("Not recorded", "Unknown"),
    FRICHTI: ("NR", "non renseigné"),
    RXD: ("No sé",),
    NURM: ("S/D", "Se desconoce"),
    DPE: ("not_recorded",),
}
_MODE: dict[str, _Words] = {
    GOPUFF: {"sea": ("Small boat", "Boat"), "land": ("Lorry", "HGV"), "air": ("Flight",)},
    FRICHTI: {
        "sea": ("Small boat", "Embarcation", "Bateau"),
        "land": ("Camion", "Poids lourd", "Voiture"),
        "air": ("Avion", "Voie aérienne"),
    },
    RXD: {
        "sea": ("Patera", "Cayuco", "En barco"),
        "land": ("Por tierra", "Camión", "A pie"),
        "air": ("Avión",),
    },
    NURM: {
        "sea": ("Lancha", "Marítimo"),
        "land": ("Terrestre", "A pie", "Tráiler", "Autobús"),
        "air": ("Aéreo", "Avión"),
    },
    DPE: {"sea": ("sea",), "land": ("land",), "air": ("air",)},
}
#: Transport words that belong to one route (a cayuco to the Canaries, a tráiler north).
_MODE_BY_CORRIDOR: dict[tuple[str, str, str], tuple[str, ...]] = {
    (RXD, "watl", "sea"): ("Cayuco", "En cayuco"),
    (RXD, "wmed", "sea"): ("Patera", "Neumática", "En barco"),
    (RXD, "wmed", "land"): ("A pie", "Por tierra"),
    (RXD, "thb_rou_esp", "land"): ("Autobús", "Furgoneta", "Por carretera"),
    (NURM, "darien", "land"): ("A pie", "Terrestre", "Caminando"),
    (NURM, "us_mex", "land"): ("Tráiler", "A pie", "Terrestre", "Autobús"),
    (GOPUFF, "thb_vnm_gbr", "land"): ("Lorry", "HGV", "Car"),
    (GOPUFF, "thb_vnm_gbr", "sea"): ("Ferry", "Boat"),
}
_NO_MODE: dict[str, tuple[str, ...]] = {
    GOPUFF: ("Not known",),
    FRICHTI: ("NR", "non renseigné"),
    RXD: ("No sé",),
    NURM: ("S/D",),
    DPE: ("unknown",),
}
_OFFENCE: dict[str, _Words] = {
    GOPUFF: {
        "document_fraud": ("False documents", "ID fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    FRICHTI: {
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    RXD: {
        "document_fraud": ("Documentos falsos",),
        "corruption": ("Sobornos",),
        "money_laundering": ("Blanqueo de dinero",),
        "illicit_goods": ("Drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    NURM: {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Delitos contra la salud (narcomenudeo)",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    DPE: {
        "document_fraud": ("DOC_FRAUD",),
        "corruption": ("BRIBERY",),
        "money_laundering": ("AML",),
        "illicit_goods": ("DRUGS",),
        "cybercrime": ("CYBER",),
        "terrorism": ("TERRORISM",),
    },
}
_OFFENCE_SEP = {GOPUFF: "; ", FRICHTI: ", ", RXD: ", ", NURM: " / "}
_TRANSIT_SEP = {GOPUFF: " > ", FRICHTI: ", ", RXD: ", ", NURM: " - "}
#: What a source writes for a journey without transit (read as no transit country).
_DIRECT: dict[str, tuple[str | None, ...]] = {
    GOPUFF: (None, "Direct"),
    FRICHTI: (None, "Direct"),
    RXD: (None,),
    NURM: (None, "Directo"),
    DPE: (None,),
}
_COUNT_PLACEHOLDER = {
    GOPUFF: ("Unknown", "TBC"),
    FRICHTI: ("NC", "inconnu"),
    RXD: ("No sé", "s/d"),
    NURM: ("S/D", "Se desconoce"),
}
_ZERO = {
    GOPUFF: ("None", "None identified"),
    FRICHTI: ("aucun",),
    RXD: ("ninguna",),
    NURM: ("ninguno", "Ninguno"),
}
_NUMBER_WORDS = {
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}

#: English demonyms (the UK tracker's "Nationality"), where the casework uses them.
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "SDN": "Sudanese",
}
#: French nationality adjectives (masculine, feminine).
_ADJ_FR = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "ERI": ("érythréen", "érythréenne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "SYR": ("syrien", "syrienne"),
    "VNM": ("vietnamien", "vietnamienne"),
}
#: Mexican gentilicios (masculine, feminine).
_GENTILICIO = {
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
}
#: Country names a source writes instead of the table's, by language.
_OWN_NAME: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"VNM": ("Vietnam", "Viet Nam"), "GBR": ("UK", "United Kingdom", "GB")},
    "fr": {"VNM": ("Viêt Nam", "Vietnam")},
    "es": {"USA": ("EUA", "EE.UU.", "Estados Unidos"), "VNM": ("Vietnam",)},
}
_PLACE = {
    "fr": {"Dunkirk/Gravelines": "Dunkerque/Gravelines"},
    "es": {
        "Darién gap": "Tapón del Darién",
        "Nogales (Sonora/Arizona)": "Nogales",
        "Rio Grande Valley": "Valle del Río Bravo",
        "Almería (El Ejido)": "El Ejido",
    },
}
_ACCOUNT = {
    GOPUFF: ("Deactivated", "Deactivated", "Suspended pending review", "Referred to police"),
    FRICHTI: ("Compte désactivé", "Compte suspendu", "Signalé OCRTEH"),
}
#: Member platforms of the compilation by detection country, and their code style.
_MEMBERS = {
    "ITA": ("Glovo IT", "Uber Eats IT"),
    "GRC": ("Wolt GR", "efood GR"),
    "HRV": ("Wolt HR", "Bolt Food HR", "Glovo HR"),
    "POL": ("Wolt PL", "Bolt Food PL", "Glovo PL", "Uber Eats PL"),
    "FRA": ("Uber Eats FR",),
    "ESP": ("Glovo ES", "Uber Eats ES"),
}
_CODE_STYLE = {
    "Glovo": "alpha2",
    "efood": "alpha2",
    "Wolt": "alpha3",
    "Uber": "alpha3",
    "Bolt": "numeric",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(
    src: ExaminerSource, iso: str, rng: _Rng, *, female: bool = False, nationality: bool = False
) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, tag or None)."""
    lang, who = src.language, src.source
    r = float(rng.random())
    own = _OWN_NAME[lang].get(iso)
    if who == GOPUFF:
        if nationality and iso in _DEMONYM_EN and r < 0.6:
            return _DEMONYM_EN[iso], "demonym"
        if own and r < 0.8:
            return choice(rng, own), "alias"
        if r > 0.95:
            return str(COUNTRIES[iso][5]), "typo"
        return _name(iso, lang), None
    if who == FRICHTI:
        if nationality and iso in _ADJ_FR and r < 0.35:
            return _ADJ_FR[iso][int(female)].capitalize(), "adjective"
        if r < 0.1:
            return _name(iso, lang).upper(), "upper"
        if r < 0.15:
            return str(COUNTRIES[iso][0]), "iso2"
        if r < 0.19 and _typo(_name(iso, lang)) != _name(iso, lang):
            return _typo(_name(iso, lang)), "typo"
        if own and r < 0.3:
            return choice(rng, own), "alias"
        return _name(iso, lang), None
    if who == RXD:
        name = _name(iso, lang)
        if r < 0.2:
            return name.lower(), "lower"
        if r < 0.27:
            return name + " ", "spacing"
        if r < 0.3 and _typo(name) != name:
            return _typo(name), "typo"
        return name, None
    if who == NURM:
        if nationality and iso in _GENTILICIO and r < 0.7:
            return _GENTILICIO[iso][int(female)], "gentilicio"
        if own and r < 0.85:
            return choice(rng, own), "alias"
        if r > 0.96:
            return _name(iso, lang).upper(), "upper"
        return _name(iso, lang), None
    raise KeyError(who)  # the compilation writes codes (see _code)


def _typo(name: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a slip of the hand).

    Examples
    --------
    >>> _typo("Royaume-Uni"), _typo("Mali")
    ('Royamue-Uni', 'Mali')
    """
    i = len(name) // 2
    if len(name) < 6 or not (name[i - 1].isalpha() and name[i].isalpha()):
        return name
    return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :]


def _code(iso: str, style: str) -> str:
    alpha2, numeric = iso_codes(iso)
    return {"alpha2": alpha2, "alpha3": iso, "numeric": numeric}[style]


def _count_text(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons as the source does; return (cell, tag or None)."""
    who = src.source
    if who in (GOPUFF, DPE):
        return n, None
    lang = src.language
    if n >= 1000:
        if who == FRICHTI:
            return f"{n:,}".replace(",", "\u00a0"), "thousands"
        if who == RXD:
            return f"{n:,}".replace(",", "."), "thousands"
        return f"{n:,}", "thousands"
    if 1 <= n <= 10 and who in (FRICHTI, RXD) and rng.random() < 0.12:
        return _NUMBER_WORDS[lang][n - 1], "count_word"
    return str(n), None


def _date_cells(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event date; return (cell, expected date, precision, tag)."""
    who = src.source
    r = float(rng.random())
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    if who == GOPUFF:
        if partial_ok and r < 0.05:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", "month_date"
        if r < 0.13:
            return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
        if r < 0.18:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "serial_date"
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if who == FRICHTI:
        if partial_ok and r < 0.04:
            return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", month, "month", "month_date"
        if partial_ok and r < 0.07:
            return f"T{q} {ts.year}", quarter, "quarter", "quarter_date"
        if r < 0.12:
            return ts.strftime("%d/%m/%y"), ts, "day", "short_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", "day_first"
    if who == RXD:
        if partial_ok and r < 0.06:
            return f"{_MONTHS['es'][ts.month - 1]} de {ts.year}", month, "month", "month_date"
        if r < 0.16:
            return ts.strftime("%d/%m/%Y"), ts, "day", "day_first"
        return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", "unpadded_date"
    if who == NURM:
        if partial_ok and r < 0.05:
            return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", month, "month", "month_date"
        if r < 0.15:
            text = f"{ts.day} de {_MONTHS['es'][ts.month - 1]} de {ts.year}"
            return text, ts, "day", "long_date"
        if r < 0.2:
            return ts.strftime("%Y-%m-%d"), ts, "day", "iso_date"
        return ts.strftime("%d/%m/%Y"), ts, "day", "day_first"
    if partial_ok and r < 0.05:
        return ts.strftime("%Y-%m"), month, "month", "month_date"
    if partial_ok and r < 0.09:
        return f"{ts.year}-Q{q}", quarter, "quarter", "quarter_date"
    return ts.strftime("%Y-%m-%d"), ts, "day", "iso_date"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source == DPE:
            return f"{ts.year}-02-30"
        if src.source == RXD:
            return f"30/2/{ts.year}"
        return f"31/02/{ts.year}"
    future = ts.replace(year=ts.year + 20)  # a typed year: 2043 for 2023
    if src.source == GOPUFF:
        return future.to_pydatetime()
    if src.source == DPE:
        return future.strftime("%Y-%m-%d")
    if src.source == RXD:
        return f"{future.day}/{future.month}/{future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row: the day of the extract."""
    day = last + pd.Timedelta(days=9)
    if src.source == GOPUFF:
        return day.to_pydatetime()
    if src.source == RXD:
        return f"{day.day}/{day.month}/{day.year}"
    return day.strftime("%d/%m/%Y")


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
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    who, lang = src.source, src.language
    ts = pd.Timestamp(str(ev["event_date"])).normalize()
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    cells: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str | None) -> None:
        if name and name not in tags:
            tags.append(name)

    cols = src.headers
    style = "alpha3"

    # date
    cell, day, precision, dtag = _date_cells(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    tag(dtag)
    if who == DPE:  # each member platform writes countries its own way
        member = choice(rng, _MEMBERS.get(str(ev["detection_country"]), ("Glovo IT",)))
        style = _CODE_STYLE[member.split()[0]]
        cells["platform"] = member
        cells["precision"] = precision
        tag(f"codes_{style}")
    if who == RXD:  # the form's own stamp: when the answer was sent, not the event date
        sent = ts + pd.Timedelta(days=int(rng.integers(1, 30)), seconds=int(rng.integers(0, 86400)))
        cells["submitted"] = f"{sent.day}/{sent.month}/{sent.year} {sent.strftime('%H:%M:%S')}"

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[who][crime])
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _NO_EXPL[who][int(rng.integers(len(_NO_EXPL[who])))]
    else:
        cells["exploitation"] = choice(rng, _EXPL[who][str(expl)])

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if who != DPE and rng.random() < 0.03:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[who])
        exp["n_persons"] = None
        tag("count_placeholder")
    elif who == DPE and rng.random() < 0.02:
        cells["n_persons"] = None  # the member platform sent no head count
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], ctag = _count_text(src, n, rng)
        tag(ctag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = None if who == DPE else choice(rng, _COUNT_PLACEHOLDER[who])
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif k == 0 and who != DPE and rng.random() < 0.5:
        cells["n_suspects"] = choice(rng, _ZERO[who])
        tag("zero_word")
    else:
        cells["n_suspects"] = k if who in (GOPUFF, DPE) else str(k)

    # gender and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = _NO_GENDER[who][int(rng.integers(len(_NO_GENDER[who])))]
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        words = _GENDER[who][gender]
        if who == NURM and gender in ("male", "female"):
            tag("h_m_letters")
        cells["gender"] = choice(rng, words)
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, _NO_AGE[who])
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[who][str(ev["age_group"])])

    # countries
    female = gender == "female"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        if col not in cols:
            exp[col] = None
            tag(f"no_{col}_column")
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
            continue
        iso = str(ev[col])
        if who == DPE:
            cells[col] = _code(iso, style)
            continue
        text, ctag = _country(src, iso, rng, female=female, nationality=col == "nationality")
        cells[col] = text
        tag(ctag)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = (
            [] if who == DPE else _DIRECT[who][int(rng.integers(len(_DIRECT[who])))]
        )
    elif who == DPE:
        cells["transit_countries"] = [_code(c, style) for c in str(transit).split("|")]
    else:
        parts = []
        for c in str(transit).split("|"):
            text, ctag = _country(src, c, rng)
            parts.append(text.strip())
            tag(ctag)
        cells["transit_countries"] = _TRANSIT_SEP[who].join(parts)

    # mode and place
    if rng.random() < 0.03:
        cells["transport_mode"] = choice(rng, _NO_MODE[who])
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        mode = str(ev["transport_mode"])
        own_words = _MODE_BY_CORRIDOR.get((who, str(ev["corridor"]), mode))
        cells["transport_mode"] = choice(rng, own_words or _MODE[who][mode])
    hotspot = str(ev["hotspot"])
    cells["place"] = _PLACE.get(lang, {}).get(hotspot, hotspot) if who != DPE else hotspot
    if who in _ACCOUNT:
        cells["account"] = choice(rng, _ACCOUNT[who])

    # coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if "lat" not in cols and "coordinates" not in cols:
        exp["lat"] = exp["lon"] = None
        tag("coords_missing")
    elif forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    elif rng.random() < 0.05:
        exp["lat"] = exp["lon"] = None
        if who == NURM:
            cells["coordinates"] = "S/D"
            tag("coords_placeholder")
        else:
            tag("coords_missing")
    elif who in (GOPUFF, DPE):
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
    elif who == FRICHTI:
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        tag("decimal_comma")
    else:
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        tag("coords_pair")

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = [] if who == DPE else None
    else:
        flags = [choice(rng, _OFFENCE[who][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = flags if who == DPE else _OFFENCE_SEP[who].join(flags)

    # rows pasted from an older sheet read with the wrong encoding
    if who == RXD and rng.random() < 0.06:
        for key, value in cells.items():
            if key not in ("submitted", "event_date") and isinstance(value, str):
                cells[key] = mojibake(value) or value
        tag("mojibake")
    bad = [v for v in cells.values() if isinstance(v, str) and not fits(v, src)]
    if bad:  # every word above is chosen to fit the file's encoding
        raise ValueError(f"{src.filename} cannot hold {bad!r}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: The ``blind417`` examiner: sources, routing and writers.
BLIND417: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": GOPUFF, "FRA": FRICHTI, "ESP": RXD, "PAN": NURM, "USA": NURM},
    compilation=DPE,
    secondary={
        ("channel", "FRA"): DPE,
        ("wmed", "ESP"): DPE,
        ("watl", "ESP"): DPE,
        ("thb_rou_esp", "ESP"): DPE,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=417_004,
    blank_share=0.3,
)


def make_blind417(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five delivery-platform sources of ``blind417``.

    Gopuff UK's courier-integrity tracker reports the events detected in the United
    Kingdom, Frichti's riders' compliance desk those in France, the Riders x Derechos
    collective those in Spain, Ni Un Repartidor Menos those in Panama and the United
    States, and Delivery Platforms Europe's member-referral feed (the compilation) every
    other one; the feed also re-reports some French and Spanish events (a day off, a
    field left out). Each file carries its agency's habits (see the module's docstring),
    bad rows of every kind, a note and a total row (and an empty row in a CSV file);
    Frichti and the feed re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gopuff_uk_courier_integrity_pc.xlsx``, ``frichti_conformite_livreurs_pc.csv``,
        ``ridersxderechos_registro_pc.csv``, ``ni_un_repartidor_menos_pc.csv`` and
        ``delivery_platforms_europe_pc.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind417(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gopuff_uk_courier_integrity_pc.xlsx', 'frichti_conformite_livreurs_pc.csv',
     'ridersxderechos_registro_pc.csv', 'ni_un_repartidor_menos_pc.csv',
     'delivery_platforms_europe_pc.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Tipo de delito']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND417, truth, seed=seed)
