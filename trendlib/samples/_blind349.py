"""Examiner sample set ``blind349`` (files ``*_mm.*``): festival security and welfare desks.

Five sources the cleaner has never seen, all from the security, safeguarding and welfare
teams of large music festivals and events. Their staff screening, police liaison and
welfare tents surface exploited temporary staff, trafficked sex workers and smuggled
workers, and each team keeps its own log in its own working language:

``glastonbury_safeguarding_mm.xlsx``
    Glastonbury Festival's safeguarding team (Somerset, UK): an English Excel log kept
    by hand. Real Excel dates beside typed ones (``17/05/2023``, ``17 May 2023``, a
    month only), nationalities as demonyms (``Vietnamese``, ``Iraqi``), ``England`` or
    ``Scotland`` for the country, small counts in words, ``TBC`` for a count not known,
    UK NRM wording of exploitation (``Criminal exploitation``), numeric Lat/Long cells.
``main_square_surete_mm.csv``
    The Main Square Festival security cell (Arras, Pas-de-Calais): a French Excel export,
    cp1252, ``;``, CRLF. Day-first dates (``17/05/2023``, ``17/05/23``, ``mai 2023``),
    country names in capitals often without accents (``ERYTHREE``), ``Angleterre`` for
    the United Kingdom, ``NC`` for not known, ``néant`` for no suspect, decimal commas.
``primavera_sound_seguridad_mm.csv``
    Primavera Sound's security department (Barcelona): Spanish, UTF-8 with BOM, ``;``.
    Dates ``17/05/2023`` or ``17-05-2023`` and quarters (``T2 2023``), ``H``/``M``
    (hombre/mujer) for sex, ``MENA`` for unaccompanied minors, Spanish demonyms
    (``marroquí``), ``Guinea Conakry``, thousands with a dot (``1.250``), coordinates
    pasted from Google Maps in one cell, in decimal degrees or degrees-minutes-seconds.
``carnaval_panama_seguridad_mm.csv``
    The Panama Carnival security committee: answers of a Google form, UTF-8, ``,``.
    Day-first dates, some left as spreadsheet serials (``45123``); feminine demonyms
    (``Venezolana``), ``NNA`` (niños, niñas y adolescentes) for minors, thousands with a
    comma (``1,250``); rows once opened and re-saved in Excel carry mojibake
    (``PanamÃ¡``); the form is sometimes sent twice (exact repeats).
``live_nation_gsoc_mm.jsonl``
    A promoter's Global Security Operations Center: an English incident feed (JSON
    lines) compiling what venues in Italy, Greece, Croatia, Poland and the United States
    report, and a second report of some UK and Spanish events. ISO timestamps, months
    and quarters, ISO alpha-2 country codes, US wording (``Human smuggling``,
    ``Labor trafficking``), JSON numbers and nulls; some lines are re-sent.

Every cell's expected value is what a careful analyst reads from it; cells nobody could
read (a placeholder count, a ``0, 0`` position, an unknown word) expect nothing or
``unknown`` and carry a messiness tag saying so.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["AGENCIES", "Agency", "make_blind349"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
#: iso3 -> language -> (usual name, other names an agency uses).
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "AFG": {"en": ("Afghanistan",), "fr": ("Afghanistan",), "es": ("Afganistán",)},
    "ALB": {"en": ("Albania",), "fr": ("Albanie",), "es": ("Albania",)},
    "AUT": {"en": ("Austria",), "fr": ("Autriche",), "es": ("Austria",)},
    "BGD": {"en": ("Bangladesh",), "fr": ("Bangladesh",), "es": ("Bangladés", "Bangladesh")},
    "BGR": {"en": ("Bulgaria",), "fr": ("Bulgarie",), "es": ("Bulgaria",)},
    "BIH": {
        "en": ("Bosnia and Herzegovina", "Bosnia"),
        "fr": ("Bosnie-Herzégovine", "Bosnie"),
        "es": ("Bosnia y Herzegovina", "Bosnia"),
    },
    "BLR": {"en": ("Belarus",), "fr": ("Biélorussie", "Bélarus"), "es": ("Bielorrusia",)},
    "CHN": {"en": ("China",), "fr": ("Chine",), "es": ("China",)},
    "CIV": {
        "en": ("Ivory Coast", "Côte d'Ivoire"),
        "fr": ("Côte d'Ivoire",),
        "es": ("Costa de Marfil",),
    },
    "CMR": {"en": ("Cameroon",), "fr": ("Cameroun",), "es": ("Camerún",)},
    "COL": {"en": ("Colombia",), "fr": ("Colombie",), "es": ("Colombia",)},
    "DEU": {"en": ("Germany",), "fr": ("Allemagne",), "es": ("Alemania",)},
    "DZA": {"en": ("Algeria",), "fr": ("Algérie",), "es": ("Argelia",)},
    "ECU": {"en": ("Ecuador",), "fr": ("Équateur",), "es": ("Ecuador",)},
    "EGY": {"en": ("Egypt",), "fr": ("Égypte",), "es": ("Egipto",)},
    "ERI": {"en": ("Eritrea",), "fr": ("Érythrée",), "es": ("Eritrea",)},
    "ESP": {"en": ("Spain",), "fr": ("Espagne",), "es": ("España",)},
    "FRA": {"en": ("France",), "fr": ("France",), "es": ("Francia",)},
    "GBR": {
        "en": ("United Kingdom", "UK"),
        "fr": ("Royaume-Uni", "Angleterre", "UK"),
        "es": ("Reino Unido",),
    },
    "GIN": {"en": ("Guinea",), "fr": ("Guinée", "Guinée Conakry"), "es": ("Guinea Conakry",)},
    "GMB": {"en": ("Gambia", "The Gambia"), "fr": ("Gambie",), "es": ("Gambia",)},
    "GRC": {"en": ("Greece",), "fr": ("Grèce",), "es": ("Grecia",)},
    "GTM": {"en": ("Guatemala",), "fr": ("Guatemala",), "es": ("Guatemala",)},
    "HND": {"en": ("Honduras",), "fr": ("Honduras",), "es": ("Honduras",)},
    "HRV": {"en": ("Croatia",), "fr": ("Croatie",), "es": ("Croacia",)},
    "HTI": {"en": ("Haiti",), "fr": ("Haïti",), "es": ("Haití",)},
    "HUN": {"en": ("Hungary",), "fr": ("Hongrie",), "es": ("Hungría",)},
    "IRN": {"en": ("Iran",), "fr": ("Iran",), "es": ("Irán",)},
    "IRQ": {"en": ("Iraq",), "fr": ("Irak",), "es": ("Irak",)},
    "ITA": {"en": ("Italy",), "fr": ("Italie",), "es": ("Italia",)},
    "LBY": {"en": ("Libya",), "fr": ("Libye",), "es": ("Libia",)},
    "MAR": {"en": ("Morocco",), "fr": ("Maroc",), "es": ("Marruecos",)},
    "MEX": {"en": ("Mexico",), "fr": ("Mexique",), "es": ("México",)},
    "MKD": {
        "en": ("North Macedonia",),
        "fr": ("Macédoine du Nord",),
        "es": ("Macedonia del Norte",),
    },
    "MLI": {"en": ("Mali",), "fr": ("Mali",), "es": ("Malí",)},
    "MRT": {"en": ("Mauritania",), "fr": ("Mauritanie",), "es": ("Mauritania",)},
    "NER": {"en": ("Niger",), "fr": ("Niger",), "es": ("Níger",)},
    "NGA": {"en": ("Nigeria",), "fr": ("Nigeria",), "es": ("Nigeria",)},
    "PAK": {"en": ("Pakistan",), "fr": ("Pakistan",), "es": ("Pakistán",)},
    "PAN": {"en": ("Panama",), "fr": ("Panama",), "es": ("Panamá", "Rep. de Panamá")},
    "POL": {"en": ("Poland",), "fr": ("Pologne",), "es": ("Polonia",)},
    "ROU": {"en": ("Romania",), "fr": ("Roumanie",), "es": ("Rumanía", "Rumania")},
    "RUS": {"en": ("Russia",), "fr": ("Russie",), "es": ("Rusia",)},
    "SEN": {"en": ("Senegal",), "fr": ("Sénégal",), "es": ("Senegal",)},
    "SRB": {"en": ("Serbia",), "fr": ("Serbie",), "es": ("Serbia",)},
    "SYR": {"en": ("Syria",), "fr": ("Syrie",), "es": ("Siria",)},
    "TUN": {"en": ("Tunisia",), "fr": ("Tunisie",), "es": ("Túnez",)},
    "TUR": {"en": ("Turkey", "Türkiye"), "fr": ("Turquie",), "es": ("Turquía",)},
    "USA": {"en": ("USA", "United States"), "fr": ("États-Unis",), "es": ("Estados Unidos",)},
    "VEN": {"en": ("Venezuela",), "fr": ("Venezuela",), "es": ("Venezuela",)},
    "VNM": {"en": ("Vietnam", "Viet Nam"), "fr": ("Vietnam", "Viêt Nam"), "es": ("Vietnam",)},
    "YEM": {"en": ("Yemen",), "fr": ("Yémen",), "es": ("Yemen",)},
}

#: Nationalities as the people's name: English, Spanish (masculine, Spain) and Spanish
#: (feminine, "nacionalidad venezolana", Panama). Guinea has none in Spain: there
#: ``guineano`` is heard for Equatorial Guinea too, so the Spanish desk writes the name.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "ROU": "Romanian",
        "NGA": "Nigerian",
    },
    "es": {
        "MAR": "marroquí",
        "DZA": "argelino",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
        "NGA": "nigeriano",
        "VNM": "vietnamita",
    },
    "es_f": {
        "VEN": "Venezolana",
        "ECU": "Ecuatoriana",
        "HTI": "Haitiana",
        "COL": "Colombiana",
        "CHN": "China",
    },
}

_CANON_COLS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "transport_mode",
    "linked_offences",
)


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A festival desk: the shared source fields plus its own wording.

    Attributes
    ----------
    style : str
        Key of the desk's way of writing dates, counts and places (its file stem).
    words : mapping
        Column -> canonical word -> the desk's words for it (first = the usual one).
    unknown : tuple of str
        What the desk writes when a value is not known.
    zero : tuple of str
        What it writes for "no suspect".
    count_unknown : tuple of str
        What it writes when the number of persons is not known (yet).
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked-offence lists.
    """

    style: str
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    count_unknown: tuple[str, ...]
    transit_sep: str
    offence_sep: str


_GLASTO = Agency(
    source="glastonbury_safeguarding",
    filename="glastonbury_safeguarding_mm.xlsx",
    ref="GF{yy:02d}-SG{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Log ref",
        "event_date": "Date of concern",
        "crime_type": "Concern category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "Suspects/facilitators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transit_countries": "Route via",
        "transport_mode": "Mode of travel",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Other offences",
    },
    note="Note: log closed for the season - figures provisional, not for onward sharing",
    total="TOTAL",
    bad_count=("#REF!", "see notes"),
    repeats=False,
    style="glasto",
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / HT"),
            "smuggling": ("People smuggling", "Immigration facilitation"),
            "both": ("Modern slavery + smuggling", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "M & F", "Men and women"),
        },
        "age_group": {
            "child": ("Under 18", "Child", "U18", "Minor"),
            "adult": ("Adult", "18+", "Over 18"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("Lorry", "HGV", "Concealed in lorry", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "fraudulent ID"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "cannabis"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Unknown", "n/k", "Not known"),
    zero=("none", "None", "nil"),
    count_unknown=("TBC", "n/k", "Unknown"),
    transit_sep=" > ",
    offence_sep=", ",
)

_MSF = Agency(
    source="main_square_surete",
    filename="main_square_surete_mm.csv",
    ref="MSF-{year}-{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, saison en cours - ne pas diffuser",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "voir PV"),
    repeats=False,
    style="msf",
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "smuggling": ("Aide à l'entrée irrégulière", "Aide au séjour irrégulier"),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "forced_marriage": ("Mariage forcé",),
            "organ_removal": ("Prélèvement d'organes",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("F", "Femme(s)", "Féminin"),
            "male": ("H", "Homme(s)", "Masculin"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur(s)", "MNA", "Mineur"),
            "adult": ("Majeur(s)", "Majeur", "Adulte"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
            "land": ("Poids lourd", "PL", "Camion", "Véhicule léger"),
            "air": ("Avion", "Voie aérienne"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("NC", "Inconnu", "Non renseigné"),
    zero=("néant", "aucun"),
    count_unknown=("NC", "inconnu"),
    transit_sep=", ",
    offence_sep=" / ",
)

_PS = Agency(
    source="primavera_sound_seguridad",
    filename="primavera_sound_seguridad_mm.csv",
    ref="PS{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha",
        "crime_type": "Tipología",
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
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validar",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ver atestado"),
    repeats=False,
    style="ps",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH + tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Prostitución forzada"),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "forced_marriage": ("Matrimonio forzado",),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otras", "Otra finalidad"),
        },
        "gender": {
            "female": ("M", "Mujer", "Mujeres"),
            "male": ("H", "Hombre", "Hombres", "Varón"),
            "mixed": ("Mixto", "H y M"),
        },
        "age_group": {
            "child": ("Menor", "Menores", "MENA"),
            "adult": ("Adulto", "Adultos", "Mayor de edad"),
            "mixed": ("Mixto", "Adultos y menores"),
        },
        "transport_mode": {
            "sea": ("Embarcación", "Marítimo"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "air": ("Avión", "Vuelo", "Aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "hachís"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("s/d", "Desconocido", "N/D"),
    zero=("ninguno", "0 (ninguno)"),
    count_unknown=("s/d", "sin determinar"),
    transit_sep=" - ",
    offence_sep=", ",
)

_CPA = Agency(
    source="carnaval_panama_seguridad",
    filename="carnaval_panama_seguridad_mm.csv",
    ref="CARN-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note=None,
    total="TOTAL",
    bad_count=("#VALUE!", "ver informe"),
    repeats=True,
    style="cpa",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes", "Trata / tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Criminalidad forzada",),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
            "organ_removal": ("Extracción de órganos",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie", "Caminando (selva)"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("N/D", "Sin información", "Desconocido"),
    zero=("Ninguno", "ninguno"),
    count_unknown=("N/D", "Sin información"),
    transit_sep=" - ",
    offence_sep=", ",
)

_GSOC = Agency(
    source="live_nation_gsoc",
    filename="live_nation_gsoc_mm.jsonl",
    ref="GSOC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "occurred_on",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "route",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("see narrative", "#ERR"),
    repeats=True,
    style="gsoc",
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "Human Trafficking"),
            "smuggling": ("Human smuggling", "Migrant smuggling"),
            "both": ("Human trafficking & smuggling",),
        },
        "exploitation": {
            "sexual": ("Sex trafficking", "Commercial sexual exploitation"),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminality",),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ removal",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("female", "F"),
            "male": ("male", "M"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "child": ("minor", "juvenile"),
            "adult": ("adult",),
            "mixed": ("mixed",),
        },
        "transport_mode": {
            "sea": ("maritime", "vessel"),
            "land": ("land", "vehicle", "on foot"),
            "air": ("air", "commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("narcotics", "contraband"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "UNK"),
    zero=("none",),
    count_unknown=("unknown",),
    transit_sep=" > ",
    offence_sep="; ",
)

#: The five desks, in the order :func:`make_blind349` returns their submissions.
AGENCIES: tuple[Agency, ...] = (_GLASTO, _MSF, _PS, _CPA, _GSOC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _typo(text: str) -> str | None:
    """Swap two letters in the middle of a name of 7+ letters (None if not possible)."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date the desk's way; return (cell, expected day, precision, tags)."""
    r = float(rng.random())
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    months_en = (
        "January February March April May June July August September October November December"
    ).split()
    months_fr = (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ).split()
    if src.style == "glasto":
        if partial_ok and r < 0.05:
            return f"{months_en[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.72:
            return ts.to_pydatetime(), ts, "day", []
        if r < 0.88:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
        return f"{ts.day} {months_en[ts.month - 1]} {ts.year}", ts, "day", ["date_long"]
    if src.style == "msf":
        if partial_ok and r < 0.08:
            return f"{months_fr[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        return ts.strftime("%d/%m/%y"), ts, "day", ["date_two_digit_year"]
    if src.style == "ps":
        if partial_ok and r < 0.07:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        return ts.strftime("%d-%m-%Y"), ts, "day", ["date_dashes"]
    if src.style == "cpa":
        if r < 0.14:
            return str((ts - _EPOCH).days), ts, "day", ["excel_serial"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # gsoc
    if partial_ok and r < 0.06:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if partial_ok and r < 0.11:
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
    if r < 0.6:
        hh, mm = 14 + int(rng.integers(7)), int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hh:02d}:{mm:02d}:00Z", ts, "day", ["iso_datetime"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, impossible, or ten years ahead (a typo)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.style == "gsoc":
            return f"{ts.year}-02-30"
        return choice(rng, (f"31/02/{ts.year}", f"30/02/{ts.year}", f"00/{ts.month:02d}/{ts.year}"))
    future = ts.replace(year=ts.year + 10)
    if src.style == "gsoc":
        return future.strftime("%Y-%m-%d")
    if src.style == "glasto":
        return future.to_pydatetime()
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the desk's note row (its last day)."""
    if src.style == "glasto":
        return last.to_pydatetime()
    if src.style == "gsoc":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _count_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of persons; return (cell, expected count, tags)."""
    r = float(rng.random())
    if r < 0.03:
        return choice(rng, src.count_unknown), None, ["count_placeholder"]
    if src.style == "glasto":
        if n <= 3 and r < 0.2:
            return ("one", "two", "three")[n - 1], n, ["count_word"]
        return n, n, []
    if src.style == "gsoc":
        return n, n, []
    if n >= 1000:
        sep = {"msf": "\u00a0", "ps": ".", "cpa": ","}[src.style]
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    return str(n), n, []


def _suspects_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of suspects; return (cell, expected count, tags)."""
    r = float(rng.random())
    if r < 0.04:
        return choice(rng, src.unknown), None, ["suspects_placeholder"]
    if n == 0 and r < 0.4:
        return choice(rng, src.zero), 0, ["zero_word"]
    if src.style in ("glasto", "gsoc"):
        return n, n, []
    return str(n), n, []


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    forms = src.words[col][value]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _transport_word(src: Agency, ev: Mapping[str, object], rng: _Rng) -> str:
    """Return the desk's word for the transport mode, as the place and route make it."""
    mode = str(ev["transport_mode"])
    corridor, hotspot = str(ev["corridor"]), str(ev["hotspot"])
    if src.style == "ps":
        if mode == "sea" and corridor == "watl":
            return choice(rng, ("Cayuco", "Cayuco", "Embarcación"))
        if mode == "sea" and corridor == "wmed":
            return choice(rng, ("Patera", "Neumática", "Embarcación"))
        if mode == "land" and hotspot in ("Ceuta", "Melilla"):
            return choice(rng, ("Salto de valla", "Terrestre", "A pie"))
        if mode == "land" and corridor == "thb_rou_esp":
            return choice(rng, ("Furgoneta", "Autobús", "Terrestre"))
    if src.style == "gsoc" and mode == "land" and corridor == "us_mex":
        return choice(rng, ("vehicle", "on foot", "tractor-trailer", "land"))
    if src.style == "glasto" and mode == "land" and corridor == "thb_vnm_gbr":
        return choice(rng, ("Car", "Coach", "Lorry"))
    if src.style == "msf" and mode == "land" and corridor == "channel":
        return choice(rng, ("Poids lourd", "PL", "Dissimulé dans un PL"))
    return _word(src, "transport_mode", mode, rng)


def _country_cell(
    src: Agency, iso: str, col: str, ev: Mapping[str, object], rng: _Rng
) -> tuple[str, list[str]]:
    """Write one country the desk's way; return (cell, tags)."""
    lang = src.language
    names = _NAMES[iso][lang]
    iso2 = iso_codes(iso)[0]
    r = float(rng.random())
    if col == "detection_country":  # the country of the desk's own log
        if src.style == "glasto" and iso == "GBR":
            home = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
            return choice(rng, ("UK", "UK", home, "United Kingdom")), []
        if src.style == "gsoc":
            return iso2, ["iso2:detection_country"]
        if src.style == "msf" and r < 0.3:
            return names[0].upper(), []
    if src.style == "gsoc":
        if col == "nationality" and r < 0.45:
            return iso, [f"iso3:{col}"]
        if col != "nationality" and r < 0.6:
            return iso2, [f"iso2:{col}"]
    demonyms = _DEMONYMS.get("es_f" if src.style == "cpa" else lang, {})
    if col == "nationality" and iso in demonyms and src.style in ("glasto", "ps", "cpa"):
        share = {"glasto": 0.45, "ps": 0.35, "cpa": 0.7}[src.style]
        if r < share:
            return demonyms[iso], ["demonym:nationality"]
    name = names[0]
    tags: list[str] = []
    if len(names) > 1 and rng.random() < 0.35:
        name = choice(rng, names[1:])
        tags.append(f"alias:{col}")
    r2 = float(rng.random())
    if src.style == "msf" and r2 < 0.5:  # capitals, often without the accents
        name = name.upper() if r2 < 0.25 else _strip_accents(name).upper()
    elif src.style == "msf" and r2 < 0.58:
        return iso2, [f"iso2:{col}"]
    elif r2 > 0.96:
        typo = _typo(name)
        if typo is not None:
            name = typo
            tags.append(f"typo:{col}")
    return name, tags


def _transit_cell(
    src: Agency, value: str, ev: Mapping[str, object], rng: _Rng
) -> tuple[str, list[str]]:
    parts: list[str] = []
    tags: list[str] = []
    for iso in value.split("|"):
        if src.style == "gsoc":
            parts.append(iso_codes(iso)[0])
            continue
        text, t = _country_cell(src, iso, "transit_countries", ev, rng)
        parts.append(text)
        tags += [x for x in t if x.startswith("typo")]
    return src.transit_sep.join(parts), sorted(set(tags))


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees-minutes-seconds as Google Maps writes them, and the value they say."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600, 1)
    deg = int(total // 3600)
    minutes = int((total - deg * 3600) // 60)
    sec = round(total - deg * 3600 - minutes * 60, 1)
    said = (deg + minutes / 60 + sec / 3600) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}", said


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the position; return (cells, expected lat, expected lon, tags)."""
    r = float(rng.random())
    if src.style == "ps":
        if r < 0.08:
            return {"coordinates": None}, None, None, ["coords_missing"]
        if r < 0.28:
            t_lat, e_lat = _dms(lat, "N", "S")
            t_lon, e_lon = _dms(lon, "E", "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon, ["coords_dms"]
        a, b = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{a}, {b}"}, a, b, []
    if r < 0.06:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    if src.style == "cpa" and r < 0.1:
        word = choice(rng, ("N/D", "0"))
        return {"lat": word, "lon": word}, None, None, ["coords_placeholder"]
    if src.style in ("glasto", "gsoc"):
        a, b = round(lat, 5), round(lon, 5)
        return {"lat": a, "lon": b}, a, b, []
    if src.style == "msf":
        a, b = round(lat, 4), round(lon, 4)
        return (
            {"lat": f"{a}".replace(".", ","), "lon": f"{b}".replace(".", ",")},
            a,
            b,
            ["decimal_comma"],
        )
    a, b = round(lat, 5), round(lon, 5)
    return {"lat": str(a), "lon": str(b)}, a, b, []


def _noise(text: str, rng: _Rng) -> str:
    k = int(rng.integers(4))
    return (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text}  "
        if k == 2
        else f"{text} "
    )


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected clean values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say, or "not applicable"
        exp["exploitation"] = None
        na = {"glasto": ("N/A", 0.3), "cpa": ("No aplica", 0.4)}.get(src.style)
        cells["exploitation"] = na[0] if na is not None and rng.random() < na[1] else None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _count_cell(src, int(str(ev["n_persons"])), rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects_cell(src, int(str(ev["n_suspects"])), rng)
    tags += t

    gender = str(ev["gender"])
    if rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags += ["blank_gender", "unknown:gender"]
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags += ["na_word", f"unknown:{col}"]
        elif col == "transport_mode":
            cells[col], exp[col] = _transport_word(src, ev, rng), value
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        r = float(rng.random())
        if col == "nationality" and r < 0.03:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags += ["blank_nationality", "unknown:nationality"]
            continue
        if col in ("origin_country", "destination_country") and r < 0.04:
            blank = src.style != "glasto" or r < 0.02
            cells[col] = None if blank else choice(rng, src.unknown)
            exp[col] = None
            tags.append(f"{'empty' if blank else 'unknown'}:{col}")
            continue
        cells[col], t = _country_cell(src, str(iso), col, ev, rng)
        exp[col] = str(iso)
        tags += t

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    elif rng.random() < 0.03:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("empty:transit_countries")
    else:
        cells["transit_countries"], t = _transit_cell(src, str(transit), ev, rng)
        exp["transit_countries"] = str(transit)
        tags += t

    place, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
    )
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    else:
        cells["linked_offences"] = None

    # Case and spacing slips of hand-typed logs (the feed and the form are clean).
    if src.style in ("glasto", "msf", "ps"):
        for col in ("crime_type", "gender", "age_group", "transport_mode", "nationality"):
            typed = cells.get(col)
            if isinstance(typed, str) and rng.random() < 0.05:
                noisy = _noise(typed, rng)
                if noisy != typed:
                    cells[col] = noisy
                    tags.append(f"case:{col}")

    # A second report leaves one field blank that the first one gives.
    if forced_blank is not None:  # the blanked cell's own tags go with it
        gone = {
            "n_suspects": ("zero_word", "suspects_placeholder"),
            "coordinates": ("coords_missing", "coords_placeholder", "coords_dms", "decimal_comma"),
            "nationality": ("blank_nationality", "demonym:nationality"),
            "gender": ("blank_gender",),
        }.get(forced_blank, ())
        tags = [t for t in tags if t not in gone and not t.endswith(f":{forced_blank}")]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                if key in cells:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None

    # Form answers once opened in Excel and saved again as UTF-8: mojibake in the row.
    if src.style == "cpa" and rng.random() < 0.15:
        for col, cell in list(cells.items()):
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": _GLASTO.source,
        "FRA": _MSF.source,
        "ESP": _PS.source,
        "PAN": _CPA.source,
    },
    compilation=_GSOC.source,
    secondary={
        ("channel", "FRA"): _GLASTO.source,
        ("channel", "GBR"): _MSF.source,
        ("thb_vnm_gbr", "GBR"): _GSOC.source,
        ("thb_rou_esp", "ESP"): _GSOC.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=349_349,
    blank_share=0.3,
)


def make_blind349(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five festival desks of ``blind349`` would.

    Events detected in the United Kingdom go to Glastonbury's safeguarding log, in France
    to the Main Square security cell, in Spain to Primavera Sound, in Panama to the
    Carnival security committee, and all others (Italy, Greece, Croatia, Poland, the
    United States) to the promoter's security operations feed. Channel crossings are
    reported a second time across the Channel, and some UK and Spanish trafficking
    cases a second time by the feed.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same cells.

    Returns
    -------
    list of Submission
        One per desk of :data:`AGENCIES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind349(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['glastonbury_safeguarding_mm.xlsx', 'main_square_surete_mm.csv',
     'primavera_sound_seguridad_mm.csv', 'carnaval_panama_seguridad_mm.csv',
     'live_nation_gsoc_mm.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
