"""Examiner sample set ``blind374`` (files ``*_nl.*``): marinas, yacht nets and a police alliance.

Five sources that have not written to trendlib before, each in its own working language
and with the habits of the tool it exports from:

``project_kraken_uk_nl.csv``
    Project Kraken (UK): the police-led scheme through which marina managers, harbour
    masters, yacht clubs and canal-side staff report suspicious vessels and people on the
    coast and inland waterways. English, UTF-8 with BOM, ``,``. UK words (``OIC``,
    ``MSHT``, ``UASC``, ``Nil``), day-first dates (``17/05/2023``, ``7 May 2023``),
    demonyms in the nationality column (``Iraqi``), ``approx. 40`` counts, one
    ``lat, long`` cell (``0, 0`` when the form's GPS box was not filled), ``Direct`` for
    no transit. First reports of events detected in the United Kingdom.
``ffpp_surete_nl.csv``
    Cellule sûreté of the Fédération Française des Ports de Plaisance, collating the
    capitaineries' reports (Gravelines, Dunkerque, Calais, Boulogne). French, cp1252,
    ``;``, CRLF. ``Filière de passage``, ``TEH``, ``MNA``, ``Sans objet`` for the form of
    exploitation of pure smuggling, ``Néant`` for no linked offence, dates ``17/05/2023``
    or ``17/05/23``, ``mai 2023``, ``T2 2023``, decimal commas in two coordinate
    columns, French demonyms (``afghane``), names without accents. Events detected in
    France.
``feapdt_incidencias_nl.xlsx``
    Federación Española de Asociaciones de Puertos Deportivos y Turísticos, incidents
    logged by its marinas (Ceuta, Noray, Almerimar, Mazagón, Las Palmas ...). Spanish,
    XLSX. Real Excel dates, a few typed as text or pasted as serial numbers,
    ``mayo 2023``, ``2T 2023``; ``Patera``, ``Cayuco``, ``MENA``; counts typed as text
    with a thousands dot (``1.250``); coordinates as numbers or typed with a decimal
    comma; a batch of rows pasted from a UTF-8 file opened as ANSI (``EspaÃ±a``).
    Events detected in Spain.
``cssn_caribbean_nl.csv``
    Caribbean Safety and Security Net, the cruisers' net that logs incidents along the
    Panamanian coast and relays reports from Guna Yala and Darién. English (US), Excel
    "Unicode text" export: UTF-16 with BOM, tab-delimited. Month-first dates
    (``05/17/2023``, ``May 17, 2023``), counts with a thousands comma or in words,
    degrees and decimal minutes (``08°30.74'N 077°30.07'W``), US spellings
    (``Labor trafficking``), the common ``Columbia`` for Colombia. Events detected in
    Panama.
``santa_marta_group_nl.jsonl``
    Santa Marta Group secretariat (London), compiling its police partners' case
    notifications: JSON lines, English keys, ISO alpha-3 codes with some alpha-2 and
    numeric ones, ISO dates, ``2023-05`` and ``2023-Q2``, times of detection, linked
    crimes as a JSON list, ``Alien smuggling`` on US partners' rows. Every event the
    other four do not first report (Italy, Greece, Croatia, Poland, United States), and
    second reports of UK, Spanish and Panamanian cases.

The truth expects what a careful analyst reads from each cell: a placeholder count
(``n/k``, ``NC``, ``s/d``) keeps the record with no count; ``plusieurs`` or ``varios``
make the row unreadable (quarantined); an unknown nationality or sex is left unknown.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND374", "SOURCES", "make_blind374"]

_Rng = np.random.Generator

_KRAKEN = "project_kraken_uk"
_FFPP = "ffpp_surete"
_FEAPDT = "feapdt_incidencias"
_CSSN = "cssn_caribbean"
_SMG = "santa_marta_group"

#: The five sources, in the order :func:`make_blind374` returns them.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_KRAKEN,
        filename="project_kraken_uk_nl.csv",
        ref="KRK/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Kraken Ref",
            "event_date": "Date of Sighting",
            "_place": "Reporting Marina / Harbour",
            "crime_type": "Suspected Activity",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Persons",
            "n_suspects": "No. of Suspects",
            "gender": "Sex",
            "age_group": "Age Category",
            "nationality": "Nationality (main)",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Sighting",
            "transit_countries": "Route (via)",
            "transport_mode": "Vessel / Conveyance",
            "coordinates": "Position (Lat, Long)",
            "linked_offences": "Associated Offences",
        },
        note="Note: provisional figures - Kraken reports not yet verified by police",
        total="TOTAL",
        bad_count=("several", "multiple", "TBC"),
        repeats=True,
    ),
    ExaminerSource(
        source=_FFPP,
        filename="ffpp_surete_nl.csv",
        ref="FFPP-{year}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date du constat",
            "_place": "Capitainerie",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes concernées",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeurs/mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays du constat",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen utilisé",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Note : extraction provisoire, données non consolidées (cellule sûreté FFPP)",
        total="Total général",
        bad_count=("plusieurs", "nombreux", "groupe"),
        repeats=False,
    ),
    ExaminerSource(
        source=_FEAPDT,
        filename="feapdt_incidencias_nl.xlsx",
        ref="{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº registro",
            "event_date": "Fecha incidencia",
            "_place": "Puerto deportivo",
            "crime_type": "Tipo de hecho",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº detenidos/investigados",
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
        note="Nota: datos provisionales, pendientes de validación por la Guardia Civil",
        total="TOTAL",
        bad_count=("varios", "un grupo", "bastantes"),
        repeats=True,
    ),
    ExaminerSource(
        source=_CSSN,
        filename="cssn_caribbean_nl.csv",
        ref="CSSN-{yy:02d}-{seq:03d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Report #",
            "event_date": "Date",
            "_place": "Location",
            "crime_type": "Incident Type",
            "exploitation": "Exploitation",
            "n_persons": "# Persons",
            "n_suspects": "# Suspects",
            "gender": "Gender",
            "age_group": "Ages",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "destination_country": "Headed To",
            "detection_country": "Incident Country",
            "transit_countries": "Route Via",
            "transport_mode": "Means",
            "coordinates": "Position",
            "linked_offences": "Related Crimes",
        },
        note=None,
        total="Total",
        bad_count=("several", "a few", "lots"),
        repeats=False,
    ),
    ExaminerSource(
        source=_SMG,
        filename="santa_marta_group_nl.jsonl",
        ref="SMG-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_ref",
            "event_date": "date_detected",
            "_place": "reporting_partner",
            "crime_type": "offence_category",
            "exploitation": "exploitation_purpose",
            "n_persons": "persons_involved",
            "n_suspects": "suspects_identified",
            "gender": "sex",
            "age_group": "age_band",
            "nationality": "citizenship",
            "origin_country": "country_of_origin",
            "destination_country": "intended_destination",
            "detection_country": "country_detected",
            "transit_countries": "transit_route",
            "transport_mode": "conveyance",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "linked_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "multiple", "tbc"),
        repeats=False,
    ),
)

_EN_NUMBERS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


@dataclass(frozen=True)
class _Words:
    """How one source words its cells (canonical value -> written variants)."""

    crime: dict[str, tuple[str, ...]]
    expl: dict[str, tuple[str, ...]]
    expl_na: tuple[str, ...]  # written as the form of exploitation of pure smuggling
    gender: dict[str, tuple[str, ...]]
    gender_unknown: tuple[str, ...]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    na: tuple[str, ...]  # age group or transport not known
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    no_offence: tuple[str, ...]  # "" = blank cell
    transit_sep: str
    direct: tuple[str, ...]  # written for no transit country ("" = blank cell)
    unknown: tuple[str, ...]  # nationality not known
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    styles: dict[str, float]  # how country cells are written
    demonyms: dict[str, str]
    places: dict[str, str]


_EN_DEMONYMS = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "COL": "Colombian",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "VEN": "Venezuelan",
}

_WORDS: dict[str, _Words] = {
    _KRAKEN: _Words(
        crime={
            "trafficking": ("Modern slavery / human trafficking", "MSHT", "Human trafficking"),
            "smuggling": ("Organised immigration crime", "OIC", "People smuggling"),
            "both": ("OIC / MSHT", "Smuggling and trafficking"),
        },
        expl={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        expl_na=("", "", "N/A"),
        gender={
            "male": ("Male", "All male", "M"),
            "female": ("Female", "All female", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        gender_unknown=("", "Unknown", "n/k"),
        age={
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Child (U18)", "UASC"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        mode={
            "sea": ("Small boat", "RHIB", "Yacht", "Sailing yacht", "Fishing vessel"),
            "land": ("Vehicle", "HGV", "Van", "On foot"),
            "air": ("Air", "Flight"),
        },
        na=("N/A", "n/k"),
        offences={
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        no_offence=("",),
        transit_sep=" / ",
        direct=("", "Direct"),
        unknown=("Unknown", "n/k"),
        count_unknown=("n/k", "Unknown"),
        zero=("Nil", "None"),
        styles={"name": 0.7, "upper": 0.08, "alias": 0.07, "typo": 0.05, "demonym": 0.1},
        demonyms=_EN_DEMONYMS,
        places={
            "Dover": "Dover Marina",
            "London": "St Katharine Docks",
            "Birmingham": "Gas Street Basin (CRT)",
            "Glasgow": "Pacific Quay pontoons",
            "Calais": "Dover Harbour Board (relay, Calais)",
            "Dunkirk/Gravelines": "Ramsgate Royal Harbour (relay, Gravelines)",
        },
    ),
    _FFPP: _Words(
        crime={
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Filière de passage",
                "Trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        expl={
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        expl_na=("Sans objet", "", "Sans objet"),
        gender={
            "male": ("Hommes", "Masculin", "H"),
            "female": ("Femmes", "Féminin", "F"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        gender_unknown=("", "NC", "Non renseigné"),
        age={
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        mode={
            "sea": ("Small boat", "Embarcation pneumatique", "Voilier", "Bateau de plaisance"),
            "land": ("Camion", "Véhicule léger", "À pied"),
            "air": ("Aérien",),
        },
        na=("NC", "Non renseigné"),
        offences={
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants", "Contrebande"),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        offence_sep=" + ",
        no_offence=("Néant", ""),
        transit_sep=", ",
        direct=("",),
        unknown=("Inconnue", "NC"),
        count_unknown=("NC", "inconnu"),
        zero=("aucun", "néant"),
        styles={"name": 0.68, "upper": 0.1, "plain": 0.1, "demonym": 0.1, "iso2": 0.02},
        demonyms={
            "AFG": "afghane",
            "ALB": "albanaise",
            "ERI": "érythréenne",
            "IRN": "iranienne",
            "IRQ": "irakienne",
            "SYR": "syrienne",
            "VNM": "vietnamienne",
        },
        places={
            "Calais": "Capitainerie de Calais",
            "Dunkirk/Gravelines": "Port de plaisance de Gravelines",
            "Dover": "Capitainerie de Boulogne-sur-Mer (signalement UK)",
        },
    ),
    _FEAPDT: _Words(
        crime={
            "trafficking": ("Trata de seres humanos", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de inmigrantes",
                "Favorecimiento de la inmigración ilegal",
            ),
            "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
        },
        expl={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        expl_na=("", "No procede"),
        gender={
            "male": ("Hombres", "Varones", "H"),
            "female": ("Mujeres", "Mujer"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        gender_unknown=("", "Desconocido", "S/D"),
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        mode={
            "sea": ("Patera", "Neumática", "Cayuco", "Embarcación de recreo", "Velero"),
            "land": ("Terrestre", "Vehículo", "Camión"),
            "air": ("Aéreo", "Avión"),
        },
        na=("S/D", "Desconocido"),
        offences={
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
            "illicit_goods": ("Tráfico de drogas", "Hachís", "Contrabando"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=", ",
        no_offence=("",),
        transit_sep=" - ",
        direct=("", "Directo"),
        unknown=("Desconocida", "S/D"),
        count_unknown=("s/d", "desconocido"),
        zero=("ninguno",),
        styles={"name": 0.72, "upper": 0.1, "plain": 0.05, "demonym": 0.1, "iso3": 0.03},
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
        places={
            "Ceuta": "Puerto Deportivo de Ceuta",
            "Melilla": "Puerto Noray (Melilla)",
            "Almería": "Club de Mar Almería",
            "Almería (El Ejido)": "Puerto Deportivo de Almerimar",
            "Huelva": "Puerto Deportivo de Mazagón",
            "Gran Canaria": "Muelle Deportivo de Las Palmas",
            "Tenerife": "Marina Santa Cruz",
            "El Hierro": "Puerto de La Restinga",
            "Lanzarote": "Marina Lanzarote",
        },
    ),
    _CSSN: _Words(
        crime={
            "trafficking": ("Human trafficking", "Trafficking"),
            "smuggling": ("Human smuggling", "Migrant smuggling", "Smuggling"),
            "both": ("Smuggling / trafficking", "Smuggling & trafficking"),
        },
        expl={
            "sexual": ("Sex trafficking",),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ trafficking",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        expl_na=("",),
        gender={
            "male": ("Men", "Male"),
            "female": ("Women", "Female"),
            "mixed": ("Men & women", "Mixed"),
        },
        gender_unknown=("", "Unk"),
        age={
            "adult": ("Adults",),
            "child": ("Minors", "Kids"),
            "mixed": ("Adults + minors", "Mixed ages"),
        },
        mode={
            "sea": ("Boat", "Panga", "Sailboat"),
            "land": ("Overland", "On foot", "On foot (jungle trail)"),
            "air": ("Air",),
        },
        na=("Unk", "?"),
        offences={
            "document_fraud": ("Fake documents",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=", ",
        no_offence=("",),
        transit_sep=" > ",
        direct=("",),
        unknown=("Unk", "?"),
        count_unknown=("unk", "?"),
        zero=("none",),
        styles={"name": 0.72, "alias": 0.05, "upper": 0.03, "typo": 0.08, "demonym": 0.12},
        demonyms=_EN_DEMONYMS,
        places={
            "Darién gap": "Puerto Obaldía / Darién gap",
            "Bajo Chiquito": "Bajo Chiquito (Río Turquesa)",
            "Lajas Blancas": "Lajas Blancas ETM",
        },
    ),
    _SMG: _Words(
        crime={
            "trafficking": ("THB", "Human trafficking"),
            "smuggling": ("SOM", "Migrant smuggling"),
            "both": ("THB/SOM", "THB & SOM"),
        },
        expl={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        expl_na=("",),
        gender={"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed",)},
        gender_unknown=("", "unknown"),
        age={"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed",)},
        mode={"sea": ("sea", "maritime"), "land": ("land", "road"), "air": ("air",)},
        na=("unknown",),
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="",
        no_offence=("",),
        transit_sep="-",
        direct=("",),
        unknown=("unknown",),
        count_unknown=("unknown",),
        zero=(),
        styles={"iso3": 0.84, "iso2": 0.08, "numeric": 0.04, "name": 0.04},
        demonyms={},
        places={
            "Lampedusa": "Polizia di Stato (IT)",
            "Pozzallo": "Polizia di Stato (IT)",
            "Crotone": "Polizia di Stato (IT)",
            "Castel Volturno": "Carabinieri (IT)",
            "Torino": "Carabinieri (IT)",
            "Palermo": "Polizia di Stato (IT)",
            "Latina (Agro Pontino)": "Carabinieri (IT)",
            "Lesbos": "Hellenic Coast Guard (GR)",
            "Samos": "Hellenic Coast Guard (GR)",
            "Evros": "Hellenic Police (GR)",
            "Kuźnica": "Polish Border Guard (PL)",
            "Białowieża": "Polish Border Guard (PL)",
            "Michałowo": "Polish Border Guard (PL)",
            "London": "National Crime Agency (UK)",
            "Birmingham": "National Crime Agency (UK)",
            "Glasgow": "Police Scotland (UK)",
            "Huelva": "Policía Nacional (ES)",
            "Almería (El Ejido)": "Policía Nacional (ES)",
        },
    ),
}
#: FEAPDT's rows of this period were pasted from a UTF-8 file that Excel read as ANSI.
_GARBLED = (pd.Timestamp("2022-04-01"), pd.Timestamp("2022-06-30"))
#: Corridor-specific words for a mode of transport (the boats differ by route).
_MODE_BY_CORRIDOR: dict[tuple[str, str, str], tuple[str, ...]] = {
    (_FEAPDT, "watl", "sea"): ("Cayuco", "Neumática", "Patera"),
    (_FEAPDT, "wmed", "sea"): ("Patera", "Neumática", "Embarcación de recreo", "Moto de agua"),
    (_FEAPDT, "wmed", "land"): ("Terrestre", "Vehículo", "Camión"),
    (_FEAPDT, "thb_rou_esp", "land"): ("Terrestre", "Autobús", "Vehículo"),
    (_KRAKEN, "thb_vnm_gbr", "sea"): ("Yacht", "Fishing vessel", "Container ship"),
    (_KRAKEN, "thb_vnm_gbr", "land"): ("Vehicle", "HGV", "Van"),
    (_KRAKEN, "channel", "sea"): ("Small boat", "RHIB", "Sailing yacht", "Yacht"),
    (_KRAKEN, "channel", "land"): ("HGV", "Lorry", "Vehicle"),
}
_DEFAULT_PLACE = {
    _SMG: {"HRV": "Croatian Police (HR)", "USA": "HSI (US)", "PAN": "Policía Nacional (PA)"},
}


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Draw the source's usual word (the first) more often than the others."""
    if len(options) == 1 or rng.random() < 0.6:
        return options[0]
    return choice(rng, options[1:])


def _plain(text: str) -> str:
    """Drop the accents, as a clerk typing on a keyboard without them does."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("’", "'")


def _name(code: str, language: str) -> str:
    return str(COUNTRIES[code][{"en": 1, "fr": 2, "es": 3}[language]])


def _country(
    src: ExaminerSource,
    code: str,
    rng: _Rng,
    *,
    nationality: bool = False,
    style: str | None = None,
) -> tuple[str, str]:
    """Write one country as the source does; return (cell, tag).

    ``style`` fixes the way of writing (a partner system's code list for the whole row);
    by default each cell draws its own, as a clerk typing them does.
    """
    words = _WORDS[src.source]
    styles = {style: 1.0} if style is not None else dict(words.styles)
    if not nationality or code not in words.demonyms:
        styles.pop("demonym", None)
    aliases = tuple(a for a in COUNTRIES[code][4] if a != "Persia")  # nobody writes it
    if not aliases:
        styles.pop("alias", None)
    keys = list(styles)
    if not keys:  # a fixed alias or demonym this country lacks
        keys, styles = ["name"], {"name": 1.0}
    p = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=p / p.sum()))]
    name = _name(code, src.language)
    if style == "upper":
        text = name.upper()
    elif style == "plain":
        text = _plain(name)
    elif style == "alias":
        text = choice(rng, aliases)
    elif style == "typo":
        text = COUNTRIES[code][5]
    elif style == "demonym":
        text = words.demonyms[code]
    elif style == "iso3":
        text = code
    elif style == "iso2":
        text = iso_codes(code)[0]
    elif style == "numeric":
        text = iso_codes(code)[1]
    else:
        text = name
    if not fits(text, src):
        return _plain(name), "country_name"
    return text, f"country_{style}"


def _day_text(src: ExaminerSource, ts: pd.Timestamp) -> str:
    """Write a day in the source's usual style."""
    if src.source == _CSSN:
        return ts.strftime("%m/%d/%Y")
    if src.source == _SMG:
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the date of a row; return (cell, expected date, precision, tag)."""
    r = rng.random()
    y, m, d = ts.year, ts.month, ts.day
    q = (m - 1) // 3 + 1
    if partial_ok and r < 0.05:
        month = ts.to_period("M").start_time
        if src.source == _FFPP:
            return f"{_MONTHS['fr'][m - 1]} {y}", month, "month", "date_month"
        if src.source == _FEAPDT:
            text = f"{_MONTHS['es'][m - 1]} {y}"
            return (text.capitalize() if rng.random() < 0.5 else text), month, "month", "date_month"
        if src.source == _SMG:
            return f"{y}-{m:02d}", month, "month", "date_month"
        return f"{MONTHS[m - 1]} {y}", month, "month", "date_month"
    if partial_ok and r < 0.075:
        quarter = ts.to_period("Q").start_time
        if src.source == _FFPP:
            return f"T{q} {y}", quarter, "quarter", "date_quarter"
        if src.source == _FEAPDT:
            return f"{q}T {y}", quarter, "quarter", "date_quarter"
        if src.source == _SMG:
            return f"{y}-Q{q}", quarter, "quarter", "date_quarter"
        return f"Q{q} {y}", quarter, "quarter", "date_quarter"
    s = rng.random()
    if src.source == _KRAKEN:
        if s < 0.2:
            return f"{d} {MONTHS[m - 1]} {y}", ts, "day", "date_long"
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
    if src.source == _FFPP:
        if s < 0.12:
            return ts.strftime("%d/%m/%y"), ts, "day", "date_2digit_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
    if src.source == _FEAPDT:
        if s < 0.12:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        if s < 0.22:
            serial = int((ts - pd.Timestamp("1899-12-30")).days)
            return serial, ts, "day", "excel_serial"
        return ts.to_pydatetime(), ts, "day", "excel_date"
    if src.source == _CSSN:
        if s < 0.18:
            return f"{MONTHS[m - 1]} {d}, {y}", ts, "day", "date_long"
        return ts.strftime("%m/%d/%Y"), ts, "day", "us_date"
    if s < 0.15:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00", ts, "day", "datetime"
    return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine (no, impossible or future date)."""
    y, m, d = ts.year, ts.month, ts.day
    if kind == "no_date":
        words = {
            _KRAKEN: ("", "Not known"),
            _FFPP: ("", "non renseignée"),
            _FEAPDT: ("", "sin fecha"),
            _CSSN: ("",),
            _SMG: ("",),
        }[src.source]
        return choice(rng, words) or None
    if kind == "future_date":  # a slipped key: 2033 for 2023
        future = ts + pd.DateOffset(years=10)
        return future.to_pydatetime() if src.format == "xlsx" else _day_text(src, future)
    # impossible whichever order of day and month a reader tries
    options: tuple[str, ...]
    if src.source == _CSSN:
        options = (f"02/30/{y}", f"00/{d:02d}/{y}", f"{m:02d}/32/{y}")
    elif src.source == _SMG:
        options = (f"{y}-02-30", f"{y}-00-{d:02d}", f"{y}-{m:02d}-32")
    else:
        options = (f"31/02/{y}", f"30/02/{y}", f"32/{m:02d}/{y}", f"00/{m:02d}/{y}")
    return choice(rng, options)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date of the extraction written on the note row: nine days after the last row."""
    day = last + pd.Timedelta(days=9)
    return day.to_pydatetime() if src.format == "xlsx" else _day_text(src, day)


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write the count of persons; return (cell, expected count, tag)."""
    words = _WORDS[src.source]
    r = rng.random()
    if r < 0.02:
        return choice(rng, words.count_unknown), None, "count_placeholder"
    if src.source == _KRAKEN:
        if n >= 1000:
            return f"{n:,}", n, "thousands_comma"
        if n >= 10 and r < 0.07:
            return f"approx. {n}", n, "approx_count"
        return str(n), n, ""
    if src.source == _FFPP:
        if n >= 1000:
            return f"{n:,}".replace(",", "\u00a0"), n, "thousands_space"
        return str(n), n, ""
    if src.source == _FEAPDT:
        if n >= 1000 and r < 0.5:
            return f"{n:,}".replace(",", "."), n, "thousands_dot"
        return n, n, ""
    if src.source == _CSSN:
        if n >= 1000:
            return f"{n:,}", n, "thousands_comma"
        if n < len(_EN_NUMBERS) and r < 0.25:
            return _EN_NUMBERS[n], n, "count_word"
        return str(n), n, ""
    return n, n, ""


def _suspects(
    src: ExaminerSource, k: int | None, rng: _Rng, blank: bool
) -> tuple[object, int | None, str]:
    """Write the count of suspects; return (cell, expected count, tag)."""
    if blank or k is None:
        return None, None, "blank_n_suspects"
    words = _WORDS[src.source]
    r = rng.random()
    if r < 0.02:
        return choice(rng, words.count_unknown), None, "suspects_placeholder"
    if k == 0 and words.zero and r < 0.4:
        return choice(rng, words.zero), 0, "zero_word"
    return (str(k) if src.format == "csv" else k), k, ""


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write the place of detection; return (cells, expected lat, expected lon, tag)."""
    pair = "coordinates" in src.headers
    empty: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
    if blank:
        return empty, None, None, "blank_coordinates"
    r = rng.random()
    if r < 0.04:
        return empty, None, None, "coords_missing"
    if src.source == _KRAKEN:
        if r < 0.07:  # the form's GPS box left at its default
            return {"coordinates": "0, 0"}, None, None, "coords_placeholder"
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, "coords_pair"
    if src.source == _FFPP:
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src.source == _FEAPDT:
        if r < 0.12:
            la, lo = round(lat, 4), round(lon, 4)
            typed: dict[str, object] = {
                "lat": f"{la:.4f}".replace(".", ","),
                "lon": f"{lo:.4f}".replace(".", ","),
            }
            return typed, la, lo, "decimal_comma"
        return {"lat": lat, "lon": lon}, lat, lon, ""
    if src.source == _CSSN:
        text_lat, la = _ddm(lat, 2, "NS")
        text_lon, lo = _ddm(lon, 3, "EW")
        return {"coordinates": f"{text_lat} {text_lon}"}, la, lo, "coords_ddm"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, ""


def _ddm(value: float, width: int, hemispheres: str) -> tuple[str, float]:
    """Degrees and decimal minutes (``08°30.74'N``) and the value it stands for.

    Examples
    --------
    >>> _ddm(-77.50125, 3, "EW")
    ("077°30.07'W", -77.50116666666666)
    """
    size = abs(value)
    deg = int(size)
    minutes = round((size - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    hemi = hemispheres[0] if value >= 0 else hemispheres[1]
    sign = 1.0 if value >= 0 else -1.0
    return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}", sign * (deg + minutes / 60)


def _place(src: ExaminerSource, ev: dict[str, object]) -> str | None:
    """Name the reporting marina, capitainerie or partner (the agency's own column)."""
    words = _WORDS[src.source]
    hotspot = str(ev.get("hotspot") or "")
    if hotspot in words.places:
        return words.places[hotspot]
    default = _DEFAULT_PLACE.get(src.source, {})
    return default.get(str(ev["detection_country"]), hotspot or None)


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
    """Write one true event as the source does: (cells, expected values, tags)."""
    words = _WORDS[src.source]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    date_cell, day, precision, tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = date_cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tags.append(tag)
    cells["_place"] = _place(src, ev)

    crime = str(ev["crime_type"])
    if src.source == _SMG and crime == "smuggling" and ev["detection_country"] == "USA":
        cells["crime_type"] = choice(rng, ("Alien smuggling", "SOM"))
    else:
        cells["crime_type"] = _word(rng, words.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, words.expl_na) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, words.expl[str(expl)])
        exp["exploitation"] = str(expl)

    cell, count, tag = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = cell, count
    tags.append(tag)
    k = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cell, count, tag = _suspects(src, k, rng, forced_blank == "n_suspects")
    cells["n_suspects"], exp["n_suspects"] = cell, count
    tags.append(tag)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        cells["gender"] = choice(rng, words.gender_unknown) or None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, words.gender[gender])
        exp["gender"] = gender
    for col, vocab in (("age_group", words.age), ("transport_mode", words.mode)):
        value = str(ev[col])
        if rng.random() < 0.012:
            cells[col] = choice(rng, words.na)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            options = vocab[value]
            if col == "transport_mode":
                key = (src.source, str(ev["corridor"]), value)
                options = _MODE_BY_CORRIDOR.get(key, options)
            cells[col] = _word(rng, options)
            exp[col] = value

    row_style = None
    if src.source == _SMG:  # each partner's system writes one code list
        styles = _WORDS[_SMG].styles
        keys = list(styles)
        p = np.array([styles[k] for k in keys], dtype=float)
        row_style = keys[int(rng.choice(len(keys), p=p / p.sum()))]
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.015:
        cells["nationality"], exp["nationality"] = choice(rng, words.unknown), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _country(src, nat, rng, nationality=True, style=row_style)
        exp["nationality"] = nat
        tags.append(tag)
    for col in ("origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col], exp[col] = None, None
            tags.append("blank_detection_country")
            continue
        cells[col], tag = _country(src, code, rng, style=row_style)
        exp[col] = code
        tags.append(tag)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, words.direct) or None
        exp["transit_countries"] = None
    else:
        parts = [_country(src, c, rng, style=row_style)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = words.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)
        tags.append("transit_list")

    coord_cells, lat, lon, tag = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(coord_cells)
    exp["lat"], exp["lon"] = lat, lon
    tags.append(tag)

    offences = ev["linked_offences"]
    if offences is None:
        exp["linked_offences"] = None
        if src.format == "jsonl":
            cells["linked_offences"] = []
        else:
            cells["linked_offences"] = choice(rng, words.no_offence) or None
    else:
        names = [_word(rng, words.offences[o]) for o in str(offences).split("|")]
        if src.format == "jsonl":
            cells["linked_offences"] = names
        else:
            cells["linked_offences"] = words.offence_sep.join(names)
        exp["linked_offences"] = str(offences)
        tags.append("offence_list")

    if src.source == _FEAPDT and _GARBLED[0] <= ts <= _GARBLED[1]:
        # this quarter's rows were pasted from a members' UTF-8 CSV opened as ANSI
        garbled = False
        for column, cell in cells.items():
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None:
                    cells[column] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, [t for t in tags if t]


#: The variant: who first reports what, who reports it again, and how each writes.
BLIND374: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _KRAKEN, "FRA": _FFPP, "ESP": _FEAPDT, "PAN": _CSSN},
    compilation=_SMG,
    secondary={
        ("channel", "FRA"): _KRAKEN,
        ("channel", "GBR"): _FFPP,
        ("thb_vnm_gbr", "GBR"): _SMG,
        ("thb_rou_esp", "ESP"): _SMG,
        ("darien", "PAN"): _SMG,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=374,
    blank_share=0.3,
)


def make_blind374(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind374`` examiner set (files ``*_nl.*``).

    Project Kraken (UK, CSV UTF-8 with BOM), the French marinas' federation FFPP
    (CSV cp1252 ``;``), the Spanish marinas' federation FEAPDT (XLSX), the Caribbean
    Safety and Security Net (Panama; UTF-16 tab-delimited text, month-first dates) and
    the Santa Marta Group secretariat (JSON lines, ISO codes), which compiles every event
    the others do not first report.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same cells.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind374(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['project_kraken_uk_nl.csv', 'ffpp_surete_nl.csv', 'feapdt_incidencias_nl.xlsx',
     'cssn_caribbean_nl.csv', 'santa_marta_group_nl.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Capitainerie']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND374, truth, seed=seed)
