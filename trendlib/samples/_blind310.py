"""Examiner sample set ``blind310`` (files ``*_kz.*``): care regulators and their partners.

Five agencies that meet trafficked and smuggled people through the care sector (care
homes, home-care services, children's shelters), each writing its export its own way:

``cqc_safeguarding_kz.csv``
    Care Quality Commission (England), safeguarding and modern-slavery notifications from
    its CRM: English, UTF-8 with BOM, ``,``; day-first dates (``17/05/2023``, some
    ``17 May 2023``, a few month-only ``May 2023``); nationality as demonyms
    (``Vietnamese``, ``Iraqi Kurd``, ``Eritrian``); UK regions as the country
    (``England``, ``Scotland``); routes joined by ``" > "``; ``Not known`` / ``None``;
    thousands with ``,``; an extra ``Service type`` column; re-sends a few rows.
``imserso_inspeccion_kz.xlsx``
    IMSERSO (Spain), inspection of care centres and services, consolidated from regional
    uploads: Spanish, real Excel dates (some typed as text ``17/05/2023``), counts as
    numbers (``s/d`` when not known), Spanish country names with a few mojibake cells
    (``RumanÃ­a``), coordinates as numbers or typed with a decimal comma.
``cd59_controle_esms_kz.csv``
    Département du Nord, direction de l'autonomie, inspection of EHPAD and home-care
    services (SAAD): French, cp1252, ``;``, CRLF; ``17/05/2023``, month-only ``mai 2023``
    and quarter-only ``T2 2023``; country names often in capitals without accents;
    decimal commas in coordinates, ``NC`` for missing values, small counts in letters
    (``trois``), ``aucun``; transit joined by ``" / "``.
``dif_sonora_kz.csv``
    DIF Sonora (Mexico), child-protection office licensing shelters and receiving
    migrants handed over at the Nogales crossing: Spanish (Mexico), UTF-16 with BOM,
    tab-delimited (Excel "Unicode text"); day-first dates and some Excel serials;
    nationality as feminine demonyms (``guatemalteca``); ``EUA`` for the United States;
    ``NNA`` for children; one ``lat, lon`` column with four decimals.
``psi_care_migration_kz.jsonl``
    Public Services International, migrant care-worker incident log from a KoboToolbox
    form (the compilation: every event no primary source reports): English Kobo keys
    with group prefixes (``incident/date``), ISO alpha-2 codes, choice names
    (``by_sea``, ``fake_docs bribery``), ``geopoint`` as ``"lat lon alt acc"``, ISO
    dates with some month-only ``2023-05`` and quarter ``2023-Q2``; duplicate
    submissions.

The truth expects what a careful analyst reads in each cell: a demonym, a UK region or
``EUA`` is its country; ``Domestic servitude`` is forced labour; ``NNA`` are children;
``Not known``, ``s/d``, ``NC`` and ``Sin dato`` are missing values (``unknown`` for a
category); ``None``, ``aucun`` and ``Ninguno`` suspects are zero; ``several`` or
``voir rapport`` persons cannot be counted (the row is quarantined).
"""

from __future__ import annotations

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

__all__ = ["AGENCIES", "Agency", "make_blind310"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3: (English, French, Spanish, English demonym, Spanish demonym (feminine))
_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "china"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil", "Ivorian", "marfileña"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "española"),
    "FRA": ("France", "France", "Francia", "French", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guineana"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicana"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "North Macedonian",
        "macedonia",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigerina"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunecina"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turca"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American", "estadounidense"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "venezolana"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yemení"),
}
# Misspellings a clerk of each language really types (not every country has one).
_TYPOS: dict[str, dict[str, str]] = {
    "en_demonym": {
        "ERI": "Eritrian",
        "VNM": "Vietnamise",
        "AFG": "Afgan",
        "ALB": "Albainian",
        "IRN": "Irani",
        "SYR": "Syrain",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senegál",
        "ROU": "Rumania",
        "DZA": "Argelía",
        "GIN": "Guinea Conakry",
        "MLI": "Mali",
    },
    "fr": {"AFG": "Afghanistant", "IRQ": "Iraq", "ERI": "Erythrée", "SYR": "Syrie "},
}
# Detection places the English regulator writes as a UK nation.
_SCOTTISH = ("Glasgow",)

# --------------------------------------------------------------------------------------
# Wording of each agency: column -> canonical word -> what the agency writes
# --------------------------------------------------------------------------------------
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

_CQC_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
        "smuggling": ("Facilitated illegal entry", "People smuggling"),
        "both": ("Trafficking & smuggling", "Modern slavery + illegal entry"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Domestic servitude"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {"female": ("Female",), "male": ("Male",), "mixed": ("Mixed",)},
    "age_group": {
        "child": ("Child (under 18)", "Under 18"),
        "adult": ("Adult", "Adult (18+)"),
        "mixed": ("Adults and children",),
    },
    "transport_mode": {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "Vehicle"),
        "air": ("Flight", "Air"),
    },
    "linked_offences": {
        "document_fraud": ("Document fraud", "False documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Online / cyber",),
        "terrorism": ("Terrorism",),
    },
}
_IMSERSO_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "Trata"),
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Servidumbre doméstica"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {"female": ("Mujer", "Mujeres"), "male": ("Hombre", "Hombres"), "mixed": ("Ambos",)},
    "age_group": {
        "child": ("Menor de edad",),
        "adult": ("Mayor de edad",),
        "mixed": ("Mayores y menores",),
    },
    "transport_mode": {
        "sea": ("Patera", "Cayuco", "Marítima"),
        "land": ("Terrestre",),
        "air": ("Aérea",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
}
_CD59_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée irrégulière", "Filière d'immigration irrégulière"),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Exploitation par le travail", "Servitude domestique"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gender": {"female": ("Femme(s)",), "male": ("Homme(s)",), "mixed": ("Mixte",)},
    "age_group": {
        "child": ("Mineur(s)",),
        "adult": ("Majeur(s)",),
        "mixed": ("Majeurs et mineurs",),
    },
    "transport_mode": {
        "sea": ("Small boat", "Embarcation"),
        "land": ("Poids lourd", "Voie terrestre"),
        "air": ("Voie aérienne",),
    },
    "linked_offences": {
        "document_fraud": ("Faux documents",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
}
_DIF_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de personas", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de personas",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Utilización en actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzoso",),
        "other": ("Otra",),
    },
    "gender": {"female": ("Femenino",), "male": ("Masculino",), "mixed": ("Mixto",)},
    "age_group": {
        "child": ("NNA",),
        "adult": ("Adultos", "Adulto"),
        "mixed": ("Adultos y NNA",),
    },
    "transport_mode": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Vehículo"),
        "air": ("Aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Narcotráfico",),
        "cybercrime": ("Delitos cibernéticos",),
        "terrorism": ("Terrorismo",),
    },
}
_PSI_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("trafficking",),
        "smuggling": ("smuggling",),
        "both": ("trafficking_smuggling",),
    },
    "exploitation": {
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("criminal",),
        "organ_removal": ("organ",),
        "forced_marriage": ("marriage",),
        "other": ("other",),
    },
    "gender": {"female": ("women",), "male": ("men",), "mixed": ("mixed_group",)},
    "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("adults_minors",)},
    "transport_mode": {"sea": ("by_sea",), "land": ("by_land",), "air": ("by_air",)},
    "linked_offences": {
        "document_fraud": ("fake_docs",),
        "corruption": ("bribery",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("drugs_goods",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """An agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's words for it (first = usual).
    not_known : str or None
        What the agency writes for a value it does not know (None: leaves it empty).
    not_applicable : str or None
        What it writes as the form of exploitation of a smuggling case.
    zero_word : str or None
        Its word for "no suspect" (None: writes 0).
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked-offence lists.
    extra : tuple of str
        Values of its extra column (the kind of care service), empty if it has none.
    """

    words: _Words
    not_known: str | None
    not_applicable: str | None
    zero_word: str | None
    transit_sep: str
    offence_sep: str
    extra: tuple[str, ...]


AGENCIES: tuple[Agency, ...] = (
    Agency(
        source="cqc_safeguarding_kz",
        filename="cqc_safeguarding_kz.csv",
        ref="MSN-{yy:02d}{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Notification ID",
            "event_date": "Date of concern",
            "service_type": "Service type",
            "crime_type": "Concern category",
            "exploitation": "Type of exploitation",
            "n_persons": "No. of people affected",
            "n_suspects": "No. of alleged perpetrators",
            "gender": "Sex",
            "age_group": "Age group",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route to UK",
            "destination_country": "Intended destination",
            "detection_country": "Country where identified",
            "transport_mode": "Method of entry",
            "lat": "Location latitude",
            "lon": "Location longitude",
            "linked_offences": "Other offences noted",
        },
        note="Extract from CRM - provisional, subject to validation",
        total="Total",
        bad_count=("several", "see notes"),
        repeats=True,
        words=_CQC_WORDS,
        not_known="Not known",
        not_applicable="N/A",
        zero_word="None",
        transit_sep=" > ",
        offence_sep="; ",
        extra=(
            "Domiciliary care agency",
            "Care home service without nursing",
            "Care home service with nursing",
            "Supported living service",
        ),
    ),
    Agency(
        source="imserso_inspeccion_kz",
        filename="imserso_inspeccion_kz.xlsx",
        ref="IMS/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha de los hechos",
            "service_type": "Centro o servicio",
            "crime_type": "Tipo de delito",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Nº de presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transport_mode": "Medio de llegada",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Fuente: Subdirección General de Gestión. Datos provisionales",
        total="Total general",
        bad_count=("varios", "ver informe"),
        repeats=False,
        words=_IMSERSO_WORDS,
        not_known="s/d",
        not_applicable=None,
        zero_word="Ninguno",
        transit_sep=", ",
        offence_sep=", ",
        extra=(
            "Residencia de personas mayores",
            "Servicio de ayuda a domicilio",
            "Centro de día",
            "Vivienda tutelada",
        ),
    ),
    Agency(
        source="cd59_controle_esms_kz",
        filename="cd59_controle_esms_kz.csv",
        ref="DA59-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° dossier",
            "event_date": "Date des faits",
            "service_type": "Type d'établissement",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes concernées",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Tranche d'âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode d'arrivée",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires - extraction pôle contrôle ESSMS",
        total="TOTAL",
        bad_count=("plusieurs", "voir rapport"),
        repeats=False,
        words=_CD59_WORDS,
        not_known="NC",
        not_applicable="Sans objet",
        zero_word="aucun",
        transit_sep=" / ",
        offence_sep=" + ",
        extra=("EHPAD", "SAAD", "Résidence autonomie", "Foyer de vie"),
    ),
    Agency(
        source="dif_sonora_kz",
        filename="dif_sonora_kz.csv",
        ref="PPNNA/{seq:04d}/{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Folio",
            "event_date": "Fecha de detección",
            "crime_type": "Tipo de delito",
            "exploitation": "Fin de explotación",
            "n_persons": "Número de personas",
            "n_suspects": "Probables responsables",
            "gender": "Sexo",
            "age_group": "Grupo de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "País de destino",
            "detection_country": "País donde se detectó",
            "transport_mode": "Medio de traslado",
            "coordinates": "Coordenadas",
            "linked_offences": "Otros delitos",
        },
        note="Información preliminar sujeta a validación",
        total="TOTAL",
        bad_count=("varios", "ver expediente"),
        repeats=False,
        words=_DIF_WORDS,
        not_known="Sin dato",
        not_applicable="No aplica",
        zero_word="Ninguno",
        transit_sep=" - ",
        offence_sep=", ",
        extra=(),
    ),
    Agency(
        source="psi_care_migration_kz",
        filename="psi_care_migration_kz.jsonl",
        ref="MCW-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "incident/date",
            "crime_type": "incident/type",
            "exploitation": "incident/exploitation",
            "n_persons": "people/number",
            "n_suspects": "people/perpetrators",
            "gender": "people/sex",
            "age_group": "people/age",
            "nationality": "people/nationality",
            "origin_country": "route/origin",
            "transit_countries": "route/transit",
            "destination_country": "route/destination",
            "detection_country": "incident/country",
            "transport_mode": "route/transport",
            "coordinates": "incident/geopoint",
            "linked_offences": "incident/other_offences",
        },
        note=None,
        total="ALL CASES",
        bad_count=("several", "many"),
        repeats=True,
        words=_PSI_WORDS,
        not_known=None,
        not_applicable=None,
        zero_word=None,
        transit_sep=" ",
        offence_sep=" ",
        extra=(),
    ),
)
_CQC, _IMSERSO, _CD59, _DIF, _PSI = (a.source for a in AGENCIES)

_FR_MONTHS = (
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
_EN_MONTHS = (
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
)
_FR_NUMBERS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateCell = tuple[object, pd.Timestamp, str, list[str]]


def _serial(ts: pd.Timestamp) -> str:
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _date_cell(src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    """Write one date the agency's way: (cell, expected date, precision, tags)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.source == _CQC:
        if partial_ok and r < 0.04:  # historic concern: only the month is known
            return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.22:
            return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.source == _IMSERSO:
        if r < 0.12:  # typed as text in a date column
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", []
    if src.source == _CD59:
        if partial_ok and r < 0.07:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.12:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.source == _DIF:
        if r < 0.2:  # a date column left in the "General" format
            return _serial(ts), ts, "day", ["excel_serial"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # PSI: a Kobo date field, or the month / quarter picked when the day was not known
    if partial_ok and r < 0.07:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if partial_ok and r < 0.12:
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", ["partial_date"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the decade digit: 2023 -> 2033
        later = ts.replace(year=ts.year + 10)
        if src.source == _IMSERSO:
            return later.to_pydatetime()
        if src.source == _PSI:
            return later.strftime("%Y-%m-%d")
        if src.source == _DIF and rng.random() < 0.5:
            return _serial(later)
        return later.strftime("%d/%m/%Y")
    # a day the month does not have (impossible read day-first or month-first)
    day, month = choice(rng, ("31/02", "30/02", "31/04", "31/09")).split("/")
    if src.source == _PSI:
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the note row: the day of the extract, a week after the last row."""
    day = last + pd.Timedelta(days=7)
    if src.source == _IMSERSO:
        return day.to_pydatetime()
    if src.source == _PSI:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country_cell(src: Agency, iso: str, col: str, hotspot: str, rng: _Rng) -> tuple[str, str]:
    """Write one country the agency's way; return (text, tag or "")."""
    en, fr, es, dem_en, dem_es = _NAMES[iso]
    r = rng.random()
    if src.source == _PSI:  # Kobo select list of ISO alpha-2 codes
        return iso_codes(iso)[0], "iso2"
    if src.source == _CQC:
        if col == "detection_country" and iso == "GBR":
            nation = "Scotland" if hotspot in _SCOTTISH else "England"
            return (nation, "uk_nation") if r < 0.6 else ("UK", "alias")
        if col == "nationality":
            if iso in ("IRQ", "IRN") and r < 0.2:
                return f"{dem_en} Kurd", "demonym"
            typo = _TYPOS["en_demonym"].get(iso)
            if typo is not None and r > 0.95:
                return typo, "typo"
            if r > 0.9:
                return dem_en.upper(), "case"
            return dem_en, "demonym"
        if iso == "GBR" and r < 0.5:
            return "UK", "alias"
        if iso == "VNM" and r < 0.3:
            return "Viet Nam", ""
        return en, ""
    if src.source == _IMSERSO:
        if r < 0.05:
            garbled = mojibake(es)
            if garbled is not None:
                return garbled, "mojibake"
        if r > 0.97 and iso in _TYPOS["es"]:
            return _TYPOS["es"][iso], "typo"
        if r > 0.88:
            return es.upper(), "case"
        return es, ""
    if src.source == _CD59:
        if iso == "GBR" and r < 0.3:
            return "Grande-Bretagne", "alias"
        if r > 0.97 and iso in _TYPOS["fr"]:
            return _TYPOS["fr"][iso], "typo"
        if r > 0.65:  # capitals, the accents dropped as on a typewriter
            plain = fr.upper().translate(str.maketrans("ÉÈÊËÏÎÔÛÙÇ", "EEEEIIOUUC"))
            return plain, "case"
        return fr, ""
    # DIF Sonora
    if col == "nationality":
        return (dem_es.capitalize(), "demonym") if r < 0.5 else (dem_es, "demonym")
    if iso == "USA":
        return choice(rng, ("EUA", "E.U.A.", "Estados Unidos")), "alias"
    if iso == "MEX" and r < 0.3:
        return "Mexico", "typo"
    return es, ""


def _transit_cell(src: Agency, value: object, rng: _Rng) -> tuple[str | None, list[str]]:
    if value is None:
        return None, []
    parts, tags = [], []
    for iso in str(value).split("|"):
        text, tag = _country_cell(src, iso, "transit_countries", "", rng)
        parts.append(text)
        if tag in ("typo", "mojibake"):
            tags.append(f"{tag}:transit_countries")
    return src.transit_sep.join(parts), sorted(set(tags))


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _persons_cell(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the number of persons: (cell, expected count, tags)."""
    r = rng.random()
    if r < 0.02:  # the count was not recorded
        return src.not_known, None, ["count_placeholder"]
    if src.format in ("xlsx", "jsonl"):
        return n, n, []
    if n >= 1000:
        sep = "\u00a0" if src.source == _CD59 else ","
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    if src.source == _CD59 and n < 10 and r > 0.9:
        return _FR_NUMBERS[n], n, ["count_word"]
    return str(n), n, []


def _suspects_cell(src: Agency, n: object, rng: _Rng) -> tuple[object, int | None, list[str]]:
    if n is None:
        return None, None, []
    k = int(n)  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.03 and src.not_known is not None:
        return src.not_known, None, ["suspects_placeholder"]
    if k == 0 and src.zero_word is not None and r < 0.6:
        return src.zero_word, 0, ["zero_word"]
    return (k if src.format in ("xlsx", "jsonl") else str(k)), k, []


def _coord_cells(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place: (cells by key, expected lat, expected lon, tags)."""
    r = rng.random()
    comma: dict[str, object] = {
        "lat": f"{lat:.5f}".replace(".", ","),
        "lon": f"{lon:.5f}".replace(".", ","),
    }
    if r < 0.03:  # no place recorded
        if src.source == _CD59:
            return {"lat": "NC", "lon": "NC"}, None, None, ["coords_placeholder"]
        return {}, None, None, ["coords_missing"]
    if src.source == _CQC:
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, []
    if src.source == _IMSERSO:
        if r > 0.9:  # typed by hand with a decimal comma
            return comma, lat, lon, ["decimal_comma"]
        return {"lat": lat, "lon": lon}, lat, lon, []
    if src.source == _CD59:
        return comma, lat, lon, ["decimal_comma"]
    if src.source == _DIF:
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, ["coords_pair"]
    acc = 5 + int(rng.integers(0, 30))  # Kobo geopoint: lat lon altitude accuracy
    return {"coordinates": f"{lat:.5f} {lon:.5f} 0 {acc}"}, lat, lon, ["geopoint"]


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    words = src.words[col][value]
    return words[0] if rng.random() < 0.7 or len(words) == 1 else choice(rng, words[1:])


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += t
    if src.extra:
        cells["service_type"] = choice(rng, src.extra)

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime
    expl = ev["exploitation"]
    if expl is None:  # a smuggling case: exploitation does not apply
        cells["exploitation"], exp["exploitation"] = src.not_applicable, None
    elif rng.random() < 0.03:
        cells["exploitation"], exp["exploitation"] = src.not_known, "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl
        if expl == "forced_labour" and "servitu" in str(cells["exploitation"]).lower():
            tags.append("servitude_word")

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons_cell(src, persons, rng)
    tags += t
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects_cell(src, ev["n_suspects"], rng)
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = src.not_known, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = src.not_known, "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value
            if src.source == _DIF and col == "age_group" and value != "adult":
                tags.append("nna")

    hotspot = str(ev.get("hotspot") or "")
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = src.not_known, None
            tags.append("blank_nationality")
            continue
        cells[col], tag = _country_cell(src, str(iso), col, hotspot, rng)
        exp[col] = iso
        if tag:
            tags.append(f"{tag}:{col}")
    cells["transit_countries"], t = _transit_cell(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _coord_cells(src, lat, lon, rng)
        cells.update(place)
        tags += t

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences

    if src.source == _CQC and rng.random() < 0.04:  # typed in capitals
        col = choice(rng, ("crime_type", "transport_mode", "origin_country"))
        if isinstance(cells.get(col), str):
            cells[col] = str(cells[col]).upper()
            tags.append(f"case:{col}")
    return cells, exp, tags


_PRIMARY: dict[str, str] = {"GBR": _CQC, "ESP": _IMSERSO, "FRA": _CD59, "USA": _DIF}
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): _CQC,
    ("channel", "GBR"): _CD59,
    ("thb_vnm_gbr", "GBR"): _PSI,
    ("thb_rou_esp", "ESP"): _PSI,
    ("watl", "ESP"): _PSI,
    ("wmed", "ESP"): _PSI,
    ("us_mex", "USA"): _PSI,
    ("darien", "PAN"): _DIF,
}

_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=_PSI,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=310,
    blank_share=0.35,
)


def make_blind310(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five care-sector agencies of ``blind310`` do.

    Events detected in the United Kingdom go first to the Care Quality Commission, in
    Spain to IMSERSO, in France to the Département du Nord, in the United States to
    DIF Sonora; every other event to the PSI incident log (the compilation). A share of
    the Channel, Spanish, Vietnamese, US-Mexico and Darién events is reported a second
    time by another of them; bad rows of every kind, note and total rows and exact
    repeats (CQC, PSI) are planted as the shared machinery does.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``cqc_safeguarding_kz.csv``, ``imserso_inspeccion_kz.xlsx``,
        ``cd59_controle_esms_kz.csv``, ``dif_sonora_kz.csv`` and
        ``psi_care_migration_kz.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind310(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cqc_safeguarding_kz.csv', 'imserso_inspeccion_kz.xlsx', 'cd59_controle_esms_kz.csv',
     'dif_sonora_kz.csv', 'psi_care_migration_kz.jsonl']
    >>> [s.encoding for s in subs if s.format == "csv"]
    ['utf-8-sig', 'cp1252', 'utf-16']
    >>> subs[3].delimiter == chr(9)  # tab-delimited
    True
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha de detección', 'Tipo de delito']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
