"""Examiner sample set ``blind208`` (files ``*_hb.*``): cargo, ports and ro-ro shipping.

Five reporters that meet migrants and victims in the freight chain, each writing its
export the way such an office does:

``haropa_surete``
    HAROPA PORT (Le Havre), direction de la sûreté portuaire: French, CSV in cp1252 with
    ``;`` (an Excel export on a French Windows desk), day-first dates (``17/05/2023``, a
    few ``17/05/23`` and month-only ``mai 2023``), nationalities as French adjectives
    (``afghane``, ``érythréenne``), ``MNA`` for unaccompanied minors, ``NC`` for what is
    not known, the legal qualification ``aide à l'entrée irrégulière`` for smuggling,
    thousands (when a count reaches them) split by a no-break space, decimal-comma
    coordinates, and a few records pasted from the UTF-8 web tool it copies from, every
    accent double-encoded (``aide Ã  l'entrÃ©e``).
``armas_trasmed_proteccion``
    Naviera Armas Trasmediterránea, oficina de protección (company security officer):
    Spanish, XLSX, real Excel dates with some serial numbers and typed text dates,
    quarters (``T2 2023``, ``2º trimestre 2023``), Spanish country names often in
    capitals and gentilicios (``marroquí``), ``MENA`` for unaccompanied minors, ``s/d``.
``felixstowe_port_police``
    Port of Felixstowe Police: English, CSV in UTF-8 with BOM and ``,``, UK dates
    (``17/05/2023``, ``17 May 2023``), ``s.25`` facilitation and Modern Slavery Act
    wording, ``UASC`` for unaccompanied children, ``nil`` arrests, ``n/k``, routes written
    ``France > Belgium`` and one ``lat, lon`` cell.
``northstandard_pandi``
    NorthStandard P&I Club, Piraeus office (stowaway, rescue and crew-welfare casework):
    English, CSV saved by Excel as "Unicode text" (UTF-16 with BOM, tab-separated), dates
    ``17-May-2023``, positions in degrees and decimal minutes (``35°30.12'N 012°36.00'E``),
    ``approx. 40`` persons in rescue reports.
``bsi_screen_intel``
    BSI supply-chain intelligence (SCREEN) incident feed: JSON lines with camelCase keys,
    ISO alpha-2 country codes, ISO dates (some month- or quarter-only), transit countries
    and related threats as JSON arrays; it re-sends a few incidents (exact repeats). It is
    the compilation source: every event no primary source reports.
"""

from __future__ import annotations

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

__all__ = ["BLIND208", "SOURCES", "make_blind208"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
# The five sources
# --------------------------------------------------------------------------------------
HAROPA = ExaminerSource(
    source="haropa_surete",
    filename="haropa_surete_hb.csv",
    ref="HP/SUR/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° événement",
        "event_date": "Date constat",
        "place": "Lieu / zone portuaire",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire – ne pas diffuser hors CLSP",
    total="TOTAL",
    bad_count=("plusieurs", "voir PV", "nombreux"),
    repeats=False,
)
ARMAS = ExaminerSource(
    source="armas_trasmed_proteccion",
    filename="armas_trasmed_proteccion_hb.xlsx",
    ref="CSO-{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº parte",
        "event_date": "Fecha",
        "place": "Puerto / lugar",
        "crime_type": "Tipo de hecho",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos pendientes de validar por la Guardia Civil",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
)
FELIXSTOWE = ExaminerSource(
    source="felixstowe_port_police",
    filename="felixstowe_port_police_hb.csv",
    ref="PFP/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Occurrence No",
        "event_date": "Date Found",
        "place": "Location",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Found",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Adult/Minor",
        "nationality": "Nationality (claimed)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Detected",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Conveyance",
        "coordinates": "Lat/Long",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE - figures subject to change",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=False,
)
NORTHSTANDARD = ExaminerSource(
    source="northstandard_pandi",
    filename="northstandard_pandi_hb.csv",
    ref="NS-STW-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Club Ref",
        "event_date": "Incident Date",
        "place": "Port / Area",
        "crime_type": "Case Type",
        "exploitation": "Exploitation (THB only)",
        "n_persons": "No. Persons",
        "n_suspects": "Suspects Detained",
        "gender": "Gender",
        "age_group": "Age Profile",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Incident",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode",
        "coordinates": "Position",
        "linked_offences": "Other Offences",
    },
    note="Casework log - members' confidential information",
    total="TOTAL PERSONS",
    bad_count=("several", "numerous"),
    repeats=False,
)
BSI = ExaminerSource(
    source="bsi_screen_intel",
    filename="bsi_screen_intel_hb.jsonl",
    ref="SCR-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incidentId",
        "event_date": "incidentDate",
        "place": "locationName",
        "crime_type": "category",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "arrests",
        "gender": "gender",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "originCountry",
        "destination_country": "destinationCountry",
        "detection_country": "country",
        "transit_countries": "transitCountries",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedThreats",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple",),
    repeats=True,
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (HAROPA, ARMAS, FELIXSTOWE, NORTHSTANDARD, BSI)


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one source words its vocabulary cells."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]  # written for pure smuggling ("" = blank)
    gender: dict[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    age_unknown: tuple[str, ...]
    mode: dict[str, tuple[str, ...]]
    mode_unknown: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    nat_unknown: tuple[str, ...]


_WORDING: dict[str, _Wording] = {
    "haropa_surete": _Wording(
        crime={
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers",
                "AESI",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et AESI"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        no_exploitation=("", "", "", "sans objet"),
        gender={
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes"),
            "mixed": ("mixte", "H/F"),
        },
        gender_unknown=("", "NC"),
        age={
            "adult": ("majeurs", "majeur"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        age_unknown=("indéterminé",),
        mode={
            "sea": ("embarcation légère", "small boat", "navire"),
            "land": ("poids lourd", "PL", "camion"),
            "air": ("aérien",),
        },
        mode_unknown=("indéterminé",),
        offences={
            "document_fraud": ("faux documents", "usage de faux"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=" + ",
        transit_sep=", ",
        count_unknown=("NC", "inconnu"),
        zero=("aucun", "néant"),
        suspects_unknown=("NC",),
        nat_unknown=("indéterminée", "NC"),
    ),
    "armas_trasmed_proteccion": _Wording(
        crime={
            "smuggling": (
                "tráfico ilícito de migrantes",
                "inmigración irregular (318 bis CP)",
                "favorecimiento de la inmigración irregular",
            ),
            "trafficking": ("trata de seres humanos", "trata (177 bis CP)"),
            "both": ("trata y tráfico de migrantes", "177 bis + 318 bis"),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        no_exploitation=("",),
        gender={
            "male": ("varones", "hombres", "VARÓN"),
            "female": ("mujeres", "MUJER"),
            "mixed": ("mixto", "ambos sexos"),
        },
        gender_unknown=("s/d",),
        age={
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA"),
            "mixed": ("adultos y menores",),
        },
        age_unknown=("sin determinar",),
        mode={
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("camión", "oculto en camión", "vehículo"),
            "air": ("avión", "vía aérea"),
        },
        mode_unknown=("sin datos",),
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep="; ",
        transit_sep=" - ",
        count_unknown=("s/d", "sin determinar"),
        zero=("ninguno",),
        suspects_unknown=("s/d",),
        nat_unknown=("desconocida", "s/d"),
    ),
    "felixstowe_port_police": _Wording(
        crime={
            "smuggling": ("Facilitation (s.25 IA 1971)", "Facilitation", "s25 facilitation"),
            "trafficking": ("Modern slavery / trafficking", "MSA 2015 s.2"),
            "both": ("Facilitation + MSA", "s25 & modern slavery"),
        },
        exploitation={
            "sexual": ("Sexual",),
            "forced_labour": ("Labour", "Forced labour"),
            "forced_criminality": ("Criminal", "Criminal exploitation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation=("", "", "N/A"),
        gender={
            "male": ("M", "Male"),
            "female": ("F", "Female"),
            "mixed": ("Mixed", "M/F"),
        },
        gender_unknown=("", "n/k"),
        age={
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "UASC"),
            "mixed": ("Adults & minors",),
        },
        age_unknown=("Not recorded",),
        mode={
            "sea": ("Small boat", "RIB", "Vessel"),
            "land": ("HGV", "Lorry", "Van"),
            "air": ("Air", "Flight"),
        },
        mode_unknown=("n/k",),
        offences={
            "document_fraud": ("False docs", "Forged documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Contraband"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=" / ",
        transit_sep=" > ",
        count_unknown=("n/k", "TBC"),
        zero=("nil", "none"),
        suspects_unknown=("n/k",),
        nat_unknown=("Unknown", "n/k"),
    ),
    "northstandard_pandi": _Wording(
        crime={
            "smuggling": ("People smuggling", "Migrant smuggling"),
            "trafficking": ("Human trafficking", "THB"),
            "both": ("Smuggling & trafficking",),
        },
        exploitation={
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour",),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation=("",),
        gender={
            "male": ("Male", "Males"),
            "female": ("Female", "Females"),
            "mixed": ("Mixed",),
        },
        gender_unknown=("", "not stated"),
        age={
            "adult": ("Adults", "Adult"),
            "child": ("Minors", "Minor"),
            "mixed": ("Adults and minors",),
        },
        age_unknown=("not stated",),
        mode={
            "sea": ("Sea", "At sea"),
            "land": ("Land", "Overland"),
            "air": ("Air",),
        },
        mode_unknown=("not stated",),
        offences={
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Contraband",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=", ",
        transit_sep="; ",
        count_unknown=("unknown",),
        zero=("none",),
        suspects_unknown=("",),
        nat_unknown=("unknown", "not stated"),
    ),
    "bsi_screen_intel": _Wording(
        crime={
            "smuggling": ("Human Smuggling",),
            "trafficking": ("Human Trafficking",),
            "both": ("Human Smuggling/Trafficking",),
        },
        exploitation={
            "sexual": ("Sex Trafficking",),
            "forced_labour": ("Labor Trafficking",),
            "forced_criminality": ("Forced Criminality",),
            "organ_removal": ("Organ Trafficking",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        no_exploitation=("",),
        gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        gender_unknown=("unknown",),
        age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
        age_unknown=("unknown",),
        mode={"sea": ("Maritime",), "land": ("Land",), "air": ("Air",)},
        mode_unknown=("Unknown",),
        offences={
            "document_fraud": ("Document Fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Narcotics", "Contraband"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="",
        transit_sep="",
        count_unknown=(),
        zero=(),
        suspects_unknown=(),
        nat_unknown=(),
    ),
}

# Nationality adjectives (what the clerk writes in a "nationality" column).
_ADJ_FR = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_ADJ_ES = {
    "MAR": "marroquí",
    "DZA": "argelino",
    "GIN": "guineano",
    "MLI": "maliense",
    "SEN": "senegalés",
    "GMB": "gambiano",
    "CIV": "marfileño",
    "ROU": "rumano",
}
_ADJ_EN = {
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
    "VNM": "Vietnamese",
}
# Other names a French clerk uses for a country ("Angleterre" on the Channel coast).
_ALIAS_FR = {"GBR": "Angleterre"}
# English aliases that would mislead or date a careful reader are not used.
_NO_ALIAS = {"Persia", "Macedonia", "Belorussia", "Rumania", "Afghan", "U.S."}

# Place names of the hotspots in each language (the agency's free-text place column).
_PLACES: dict[str, tuple[str, str, str]] = {
    "Lampedusa": ("Lampedusa", "Lampedusa", "Lampedusa"),
    "Pozzallo": ("Pozzallo", "Pozzallo", "Pozzallo"),
    "Crotone": ("Crotone", "Crotone", "Crotona"),
    "Lesbos": ("Mytilene, Lesvos", "Mytilène (Lesbos)", "Mitilene (Lesbos)"),
    "Samos": ("Vathy, Samos", "Samos", "Samos"),
    "Evros": ("Evros / Alexandroupolis", "Évros", "Evros"),
    "Ceuta": ("Ceuta", "Ceuta", "Ceuta - Muelle de Poniente"),
    "Melilla": ("Melilla", "Melilla", "Melilla - Muelle Ribera"),
    "Almería": ("Almeria", "Almería", "Almería - terminal de pasajeros"),
    "Gran Canaria": ("Las Palmas", "Las Palmas", "Las Palmas - Puerto de la Luz"),
    "Tenerife": ("Santa Cruz de Tenerife", "Tenerife", "Los Cristianos"),
    "El Hierro": ("El Hierro", "El Hierro", "La Restinga (El Hierro)"),
    "Lanzarote": ("Arrecife", "Lanzarote", "Arrecife - Los Mármoles"),
    "Cetingrad (BIH–HRV border)": ("Cetingrad", "Cetingrad", "Cetingrad"),
    "Bajakovo (SRB–HRV border)": ("Bajakovo BCP", "Bajakovo", "Bajakovo"),
    "Kuźnica": ("Kuznica", "Kuźnica", "Kuźnica"),
    "Białowieża": ("Bialowieza", "Białowieża", "Białowieża"),
    "Michałowo": ("Michalowo", "Michałowo", "Michałowo"),
    "Calais": ("Calais ferry terminal", "Calais - terminal transmanche", "Calais"),
    "Dunkirk/Gravelines": ("Dunkirk (Loon-Plage)", "Dunkerque / Gravelines", "Dunkerque"),
    "Dover": ("Dover Eastern Docks", "Douvres", "Dover"),
    "Darién gap": ("Darien Gap", "Darién", "Tapón del Darién"),
    "Bajo Chiquito": ("Bajo Chiquito", "Bajo Chiquito", "Bajo Chiquito"),
    "Lajas Blancas": ("Lajas Blancas ERM", "Lajas Blancas", "Lajas Blancas"),
    "Nogales (Sonora/Arizona)": ("Nogales Mariposa POE", "Nogales", "Nogales"),
    "Sasabe": ("Sasabe POE", "Sasabe", "Sasabe"),
    "El Paso": ("El Paso (BOTA/Ysleta)", "El Paso", "El Paso"),
    "Rio Grande Valley": ("Pharr-Reynosa Bridge", "Rio Grande", "Valle del Río Grande"),
    "Castel Volturno": ("Castel Volturno", "Castel Volturno", "Castel Volturno"),
    "Torino": ("Turin", "Turin", "Turín"),
    "Palermo": ("Palermo", "Palerme", "Palermo"),
    "London": ("London Gateway", "Londres", "Londres"),
    "Birmingham": ("Birmingham", "Birmingham", "Birmingham"),
    "Glasgow": ("Glasgow", "Glasgow", "Glasgow"),
    "Huelva": ("Huelva", "Huelva", "Huelva"),
    "Almería (El Ejido)": ("El Ejido", "El Ejido", "El Ejido (Almería)"),
    "Latina (Agro Pontino)": ("Latina", "Latina", "Latina"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(src: ExaminerSource, iso: str, rng: _Rng, *, nat: bool, tags: list[str]) -> str:
    """Write one country (or, for ``nat``, a nationality) the source's way."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    aliases = [a for a in row[4] if a not in _NO_ALIAS]
    s = src.source
    if s == "bsi_screen_intel":
        return iso_codes(iso)[0]
    if s == "haropa_surete":
        weights = (
            {"adj": 0.72, "adj_upper": 0.08, "name": 0.12, "iso2": 0.08}
            if nat
            else {"name": 0.72, "upper": 0.12, "iso2": 0.08, "alias": 0.08}
        )
    elif s == "armas_trasmed_proteccion":
        weights = (
            {"name": 0.4, "upper": 0.3, "adj": 0.22, "iso3": 0.08}
            if nat
            else {"name": 0.6, "upper": 0.3, "iso3": 0.1}
        )
    elif s == "felixstowe_port_police":
        weights = (
            {"adj": 0.7, "name": 0.15, "typo": 0.05, "iso3": 0.1}
            if nat
            else {"name": 0.72, "alias": 0.18, "typo": 0.05, "upper": 0.05}
        )
    else:  # northstandard_pandi
        weights = (
            {"name": 0.6, "adj": 0.2, "iso2": 0.1, "alias": 0.05, "typo": 0.05}
            if nat
            else {"name": 0.7, "iso2": 0.2, "alias": 0.1}
        )
    style = _pick(rng, weights)
    adj = {"fr": _ADJ_FR, "es": _ADJ_ES, "en": _ADJ_EN}[src.language].get(iso)
    text = name
    if style in ("adj", "adj_upper") and adj is not None:
        text = adj.upper() if style == "adj_upper" else adj
        tags.append("nationality_adjective")
    elif style == "upper":
        text = name.upper()
        tags.append("country_case")
    elif style == "iso2":
        text = iso_codes(iso)[0]
        tags.append("country_iso2")
    elif style == "iso3":
        text = iso
        tags.append("country_iso3")
    elif style == "alias":
        alias = _ALIAS_FR.get(iso) if src.language == "fr" else (aliases[0] if aliases else None)
        if alias is not None:
            text = alias
            tags.append("country_alias")
    elif style == "typo" and row[5] != name:
        text = str(row[5])
        tags.append("country_typo")
    return text if fits(text, src) else name


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected date, precision)."""
    s = src.source
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    if s == "haropa_surete":
        if partial_ok and r < 0.05:
            tags.append("date_month")
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month_start, "month"
        if r < 0.17:
            tags.append("date_two_digit_year")
            return ts.strftime("%d/%m/%y"), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if s == "armas_trasmed_proteccion":
        if partial_ok and r < 0.04:
            tags.append("date_quarter")
            text = choice(rng, (f"T{q} {ts.year}", f"{q}º trimestre {ts.year}"))
            return text, quarter_start, "quarter"
        if partial_ok and r < 0.07:
            tags.append("date_month")
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month_start, "month"
        if r < 0.17:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        if r < 0.29:
            tags.append("date_text")
            return ts.strftime(choice(rng, ("%d/%m/%Y", "%d-%m-%Y"))), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if s == "felixstowe_port_police":
        if partial_ok and r < 0.02:
            tags.append("date_month")
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
        if r < 0.35:
            tags.append("date_long")
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if s == "northstandard_pandi":
        if partial_ok and r < 0.04:
            tags.append("date_month")
            return f"{MONTHS[ts.month - 1][:3]}-{ts.year}", month_start, "month"
        if r < 0.15:
            tags.append("date_iso")
            return ts.strftime("%Y-%m-%d"), ts, "day"
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", ts, "day"
    # bsi_screen_intel
    if partial_ok and r < 0.05:
        tags.append("date_month")
        return ts.strftime("%Y-%m"), month_start, "month"
    if partial_ok and r < 0.08:
        tags.append("date_quarter")
        return f"{ts.year}-Q{q}", quarter_start, "quarter"
    if r < 0.25:
        tags.append("date_iso_datetime")
        return ts.strftime("%Y-%m-%dT00:00:00Z"), ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, an impossible day or a mistyped year."""
    if kind == "no_date":
        return None
    s = src.source
    if kind == "future_date":  # the year's 0 typed as 1: 2023 -> 2123
        fut = ts.replace(year=ts.year + 100)
        if s == "armas_trasmed_proteccion":
            return fut.to_pydatetime()
        if s == "northstandard_pandi":
            return f"{fut.day:02d}-{MONTHS[fut.month - 1][:3]}-{fut.year}"
        if s == "bsi_screen_intel":
            return fut.strftime("%Y-%m-%d")
        return fut.strftime("%d/%m/%Y")
    day, month = (
        (30, 2) if rng.random() < 0.4 else (31, int(rng.choice([2, 4, 6, 9, 11])))
    )  # a day the month does not have
    if s == "northstandard_pandi":
        return f"{day:02d}-{MONTHS[month - 1][:3]}-{ts.year}"
    if s == "bsi_screen_intel":
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the source's note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    if src.source == "armas_trasmed_proteccion":
        return day.to_pydatetime()
    if src.source == "northstandard_pandi":
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"
    return day.strftime("%d/%m/%Y")


def _count(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of persons; return (cell, expected count)."""
    w = _WORDING[src.source]
    if w.count_unknown and rng.random() < 0.015:
        tags.append("count_placeholder")
        return choice(rng, w.count_unknown), None
    s = src.source
    if s in ("armas_trasmed_proteccion", "bsi_screen_intel"):
        return n, n
    if n >= 1000:
        tags.append("thousands_sep")
        sep = "\u00a0" if s == "haropa_surete" else ","
        return f"{n:,}".replace(",", sep), n
    if s == "felixstowe_port_police" and n == 1 and rng.random() < 0.3:
        tags.append("count_word")
        return "One", n
    if s == "northstandard_pandi" and n >= 20 and rng.random() < 0.05:
        tags.append("count_approx")
        return f"approx. {n}", n
    return str(n), n


def _suspects(
    src: ExaminerSource, n: int | None, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Write the number of suspects; return (cell, expected count)."""
    w = _WORDING[src.source]
    if blank or n is None:
        tags.append("blank_n_suspects")
        return None, None
    if w.suspects_unknown and rng.random() < 0.03:
        word = choice(rng, w.suspects_unknown)
        tags.append("suspects_placeholder" if word else "blank_n_suspects")
        return (word or None), None
    if n == 0 and w.zero and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, w.zero), 0
    if src.format == "csv":
        return str(n), n
    return n, n


def _dm(value: float, pos: str, neg: str, width: int, dec: str) -> str:
    """Degrees and decimal minutes, as a ship's position is written."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 60, 2)
    deg, minutes = divmod(total, 60)
    text = f"{int(deg):0{width}d}°{minutes:05.2f}'{hemi}"
    return text.replace(".", dec)


def _dm_value(value: float) -> float:
    total = round(abs(value) * 60, 2)
    return float(np.sign(value) * round(total / 60, 6))


def _coords(
    src: ExaminerSource,
    lat: float | None,
    lon: float | None,
    rng: _Rng,
    tags: list[str],
    *,
    blank: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    s = src.source
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    if lat is None or lon is None or rng.random() < 0.05:
        tags.append("coords_missing")
        return {}, None, None
    if s == "haropa_surete":
        tags.append("coords_decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if s == "armas_trasmed_proteccion":
        if rng.random() < 0.06:  # pasted as text from a Spanish-locale sheet
            tags.append("coords_text_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
            )
        return {"lat": float(lat), "lon": float(lon)}, lat, lon
    if s == "felixstowe_port_police":
        if rng.random() < 0.03:
            tags.append("coords_placeholder")
            return {"coordinates": "n/k"}, None, None
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if s == "northstandard_pandi":
        tags.append("coords_dm")
        text = f"{_dm(lat, 'N', 'S', 2, '.')} {_dm(lon, 'E', 'W', 3, '.')}"
        return {"coordinates": text}, _dm_value(lat), _dm_value(lon)
    return {"lat": float(lat), "lon": float(lon)}, lat, lon


def _vocab(
    rng: _Rng, words: dict[str, tuple[str, ...]], value: str, tags: list[str], noisy: bool
) -> str:
    text = choice(rng, words[value])
    if noisy and rng.random() < 0.05:
        tags.append("case_spacing")
        text = choice(rng, (text.upper(), f" {text}", f"{text} ", text.lower()))
    return text


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WORDING[src.source]
    is_json = src.format == "jsonl"
    noisy = not is_json
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )
    hotspot = str(ev.get("hotspot") or "")
    if hotspot in _PLACES:
        place = _PLACES[hotspot][_LANG_COL[src.language] - 1]
        cells["place"] = place if fits(place, src) else hotspot

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(rng, w.crime, crime, tags, noisy)
    exp["crime_type"] = crime
    expl = ev.get("exploitation")
    if expl is None:
        word = choice(rng, w.no_exploitation)
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _vocab(rng, w.exploitation, str(expl), tags, noisy)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _count(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    sus = ev.get("n_suspects")
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if sus is None else int(sus),  # type: ignore[call-overload]
        rng,
        tags,
        blank=forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.03:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = (choice(rng, w.gender_unknown) or None), "unknown"
    else:
        cells["gender"], exp["gender"] = _vocab(rng, w.gender, gender, tags, noisy), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, w.age_unknown), "unknown"
    else:
        cells["age_group"], exp["age_group"] = _vocab(rng, w.age, age, tags, noisy), age

    nat = ev.get("nationality")
    if forced_blank == "nationality" or nat is None:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif w.nat_unknown and rng.random() < 0.03:
        tags.extend(["blank_nationality", "unknown_word"])
        cells["nationality"], exp["nationality"] = choice(rng, w.nat_unknown), None
    else:
        cells["nationality"] = _country(src, str(nat), rng, nat=True, tags=tags)
        exp["nationality"] = str(nat)

    for col in ("origin_country", "destination_country"):
        iso = ev.get(col)
        cells[col] = None if iso is None else _country(src, str(iso), rng, nat=False, tags=tags)
        exp[col] = None if iso is None else str(iso)
    det = ev.get("detection_country")
    if forced_blank == "detection_country" or det is None:
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, str(det), rng, nat=False, tags=tags)
        exp["detection_country"] = str(det)

    transit = ev.get("transit_countries")
    if transit is None:
        cells["transit_countries"] = [] if is_json else None
        exp["transit_countries"] = None
    else:
        parts = [_country(src, c, rng, nat=False, tags=tags) for c in str(transit).split("|")]
        cells["transit_countries"] = parts if is_json else w.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.mode_unknown), "unknown"
    else:
        cells["transport_mode"] = _vocab(rng, w.mode, mode, tags, noisy)
        exp["transport_mode"] = mode

    lat, lon = ev.get("lat"), ev.get("lon")
    coord_cells, exp["lat"], exp["lon"] = _coords(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(coord_cells)

    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"] = [] if is_json else None
        exp["linked_offences"] = None
    else:
        words = [choice(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = words if is_json else w.offence_sep.join(words)
        exp["linked_offences"] = str(offences)
    if src.source == "haropa_surete" and rng.random() < 0.08:
        # a record pasted from the UTF-8 web tool into the cp1252 sheet: every accent garbled
        for col, value in cells.items():
            garbled = mojibake(value) if isinstance(value, str) and col != "event_date" else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                if "mojibake" not in tags:
                    tags.append("mojibake")
    return cells, exp, tags


#: The variant: its sources, who reports which event, and how each writes a cell.
BLIND208: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "haropa_surete",
        "ESP": "armas_trasmed_proteccion",
        "GBR": "felixstowe_port_police",
        "GRC": "northstandard_pandi",
        "ITA": "northstandard_pandi",
    },
    compilation="bsi_screen_intel",
    secondary={
        ("channel", "FRA"): "felixstowe_port_police",
        ("channel", "GBR"): "haropa_surete",
        ("watl", "ESP"): "northstandard_pandi",
        ("wmed", "ESP"): "bsi_screen_intel",
        ("cmed", "ITA"): "bsi_screen_intel",
        ("emed", "GRC"): "bsi_screen_intel",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=208,
    blank_share=0.35,
)


def make_blind208(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind208`` sources' submissions (``*_hb.*``).

    Events detected in France, Spain, the United Kingdom, Greece and Italy are first
    reported by the port-security office, shipping line, port police or P&I club of that
    country; every other event (Panama, the United States, Croatia, Poland) by the BSI
    supply-chain intelligence feed. About :data:`~trendlib.samples.DUPLICATE_RATE` of the
    Channel, Atlantic, Western, Central and Eastern Mediterranean events are reported a
    second time by another of them (the date up to a day off, some fields left blank).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``haropa_surete_hb.csv`` (French, cp1252, ``;``),
        ``armas_trasmed_proteccion_hb.xlsx`` (Spanish),
        ``felixstowe_port_police_hb.csv`` (English, UTF-8 with BOM, ``,``),
        ``northstandard_pandi_hb.csv`` (English, UTF-16, tab) and
        ``bsi_screen_intel_hb.jsonl`` (English keys, ISO alpha-2 codes), each with the
        expected clean value of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind208(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['haropa_surete_hb.csv', 'armas_trasmed_proteccion_hb.xlsx',
     'felixstowe_port_police_hb.csv', 'northstandard_pandi_hb.csv',
     'bsi_screen_intel_hb.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° événement', 'Date constat', 'Lieu / zone portuaire']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND208, truth, seed=seed)
