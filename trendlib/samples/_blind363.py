"""Examiner sample set ``blind363`` (files ``*_na.*``): utilities' revenue-protection teams.

Five sources that no other sample set uses, all of them utilities' theft-and-fraud
inspectors (or their associations) who find exploited or smuggled people at the
premises they inspect and pass a referral on to the police:

``ukrpa_referrals_na.csv``
    UK Revenue Protection Association, members' safeguarding referral log (English,
    UTF-8 with BOM, ``,``): day-first dates and "17 May 2023", demonyms for nationality
    ("Vietnamese"), the UK nation ("England", "Scotland") as the country, transit as
    ``France > Germany``, a single "lat, long" cell, "cannabis cultivation" among the
    other offences, counts in words for one to three persons, "none" for no suspect.
``idaan_fraudes_na.xlsx``
    Panama's water utility IDAAN, fraud-control section (Spanish, XLSX): real Excel
    dates with some typed text dates and a few bare serial numbers, uppercase country
    names and nationalities as the feminine adjective ("VENEZOLANA"), ``NNA`` for
    children, GPS points either decimal or in degrees, minutes and seconds.
``aqualia_fraudes_na.csv``
    Aqualia (FCC), water inspection and fraud control in Spain and Italy (Spanish,
    cp1252, ``;``): latitude and longitude in two cells with decimal commas, Spanish
    thousands points, the Penal Code articles (``art. 318 bis CP``, ``art. 177 bis CP``)
    as the crime, ISO alpha-2 codes and names without accents.
``grdf_fraude_na.csv``
    GRDF, gas-fraud unit, Hauts-de-France (French, UTF-16 with tabs, an Excel "Unicode
    text" export): quarters ("T2 2023"), months ("mai 2023"), nationalities as French
    adjectives ("afghane"), "aucun" for no suspect, a "lat ; long" cell with decimal
    commas, counts with non-breaking-space thousands.
``iurpa_exchange_na.jsonl``
    International Utilities Revenue Protection Association, members' incident exchange
    (English, JSON lines, UTF-8): the compilation of what no national member reports
    (United States, Italy, Greece, Croatia, Poland), ISO dates, "May 17, 2023", "Q2 2023",
    ISO alpha-2 countries, mojibake from members' uploads, numbers as JSON numbers.

The truth says what a careful analyst reads in each cell; what no one can read (a blank,
"not known", "N/A") is expected as missing or ``unknown`` and tagged in ``messiness``.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND363", "SOURCES", "Utility", "make_blind363"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Utility(ExaminerSource):
    """A utility's referral log: the shared source fields plus its own wording.

    Attributes
    ----------
    crime : dict
        Canonical crime type -> the words the source writes.
    exploitation : dict
        Canonical form of exploitation -> words.
    gender, age, transport : dict
        Canonical value -> words, for the vocabulary columns.
    offences : dict
        Canonical linked offence -> words.
    offence_sep : str
        Separator of the linked offences.
    transit_sep : str
        Separator of the transit countries (in the order travelled).
    direct : str
        Word written (sometimes) for a journey without transit.
    na_word : str
        "Not applicable / not known" word of the vocabulary columns.
    count_unknown : str
        A count that is not known.
    zero_word : str
        The word for no suspect.
    demonyms : dict
        ISO alpha-3 -> nationality adjective.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, str]
    offence_sep: str
    transit_sep: str
    direct: str
    na_word: str
    count_unknown: str
    zero_word: str
    demonyms: dict[str, str]


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_EN_DEMONYMS = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "SDN": "Sudanese",
}
_ES_DEMONYMS = {  # Panamanian forms: "nacionalidad venezolana"
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
_FR_DEMONYMS = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}

_PREMISES = {
    "en": ("Residential", "HMO", "Commercial unit", "Industrial unit", "Flat above shop"),
    "es": ("Residencial", "Comercial", "Cuartería", "Galera", "Lote baldío"),
}

UKRPA = Utility(
    source="ukrpa_referrals_na",
    filename="ukrpa_referrals_na.csv",
    ref="RP-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Referral ID",
        "event_date": "Date of visit",
        "premises": "Premises type",
        "crime_type": "Concern",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people found",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transit_countries": "Route (via)",
        "transport_mode": "Means of travel",
        "coordinates": "Lat, Long",
        "linked_offences": "Other offences",
    },
    note="Extract from RP referral log - provisional, handle as OFFICIAL-SENSITIVE",
    total="Total people found",
    bad_count=("several", "a number of", "tbc"),
    repeats=True,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "Modern Slavery"),
        "smuggling": ("People smuggling", "Facilitation (illegal entry)", "Smuggling"),
        "both": ("Smuggling and trafficking", "Modern slavery + smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F", "Female"),
        "male": ("Male", "M", "Male"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Child", "Under 18", "Minor"),
        "adult": ("Adult", "Adult", "18+"),
        "mixed": ("Adults & children", "Mixed"),
    },
    transport={
        "sea": ("Small boat", "Boat", "Sea crossing"),
        "land": ("Lorry", "HGV", "Car", "Van"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": "false documents",
        "corruption": "bribery",
        "money_laundering": "money laundering",
        "illicit_goods": "cannabis cultivation",
        "cybercrime": "cyber crime",
        "terrorism": "terrorism",
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct="Direct",
    na_word="N/K",
    count_unknown="not known",
    zero_word="none",
    demonyms=_EN_DEMONYMS,
)

IDAAN = Utility(
    source="idaan_fraudes_na",
    filename="idaan_fraudes_na.xlsx",
    ref="DNC-CF-{seq:04d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Expediente",
        "event_date": "Fecha de inspección",
        "premises": "Tipo de inmueble",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar remitida a la Fiscalía, sujeta a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "por confirmar"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "TRÁFICO DE MIGRANTES", "Tráfico"),
        "both": ("Trata y tráfico", "Trata de personas / Tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={
        "female": ("Femenino", "Mujeres", "FEMENINO"),
        "male": ("Masculino", "Hombres", "MASCULINO"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("NNA", "Menores de edad", "Menores"),
        "adult": ("Adultos", "ADULTOS", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Marítimo", "Lancha", "Piragua"),
        "land": ("Terrestre", "A pie", "Bus", "TERRESTRE"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": "falsificación de documentos",
        "corruption": "corrupción",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "contrabando",
        "cybercrime": "delito informático",
        "terrorism": "terrorismo",
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct="Directo",
    na_word="S/D",
    count_unknown="S/D",
    zero_word="Ninguno",
    demonyms=_ES_DEMONYMS,
)

AQUALIA = Utility(
    source="aqualia_fraudes_na",
    filename="aqualia_fraudes_na.csv",
    ref="ACT/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Acta",
        "event_date": "Fecha inspección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Nº implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "Procedencia",
        "destination_country": "Destino",
        "detection_country": "País inspección",
        "transit_countries": "Itinerario",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros ilícitos",
    },
    note="Nota: datos provisionales, pendiente de validar por Asesoría Jurídica",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso", "??"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "art. 177 bis CP"),
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
            "art. 318 bis CP",
        ),
        "both": ("Trata y tráfico de migrantes", "arts. 177 bis y 318 bis CP"),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "female": ("Mujer", "mujeres", "Femenino"),
        "male": ("Hombre", "hombres", "Masculino"),
        "mixed": ("Ambos", "hombres y mujeres", "Mixto"),
    },
    age={
        "child": ("Menor", "menores", "MENA"),
        "adult": ("Adulto", "adultos", "Mayor de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Embarcación", "Neumática"),
        "land": ("Terrestre", "Vehículo", "A pie", "Furgoneta"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    offence_sep=" / ",
    transit_sep=", ",
    direct="Directo",
    na_word="Desconocido",
    count_unknown="s/d",
    zero_word="ninguno",
    demonyms={},
)

GRDF = Utility(
    source="grdf_fraude_na",
    filename="grdf_fraude_na.csv",
    ref="SIG{year}{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes trouvées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS (lat ; long)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire - signalements transmis à la DZPAF et au parquet",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Trafic de migrants",
            "Passeurs",
        ),
        "both": ("Traite et trafic de migrants", "TEH + aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "female": ("femmes", "F", "féminin"),
        "male": ("hommes", "H", "masculin"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "child": ("mineurs", "MNA", "mineur"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("camion", "poids lourd", "voiture", "routier"),
        "air": ("avion", "aérien"),
    },
    offences={
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    offence_sep=" + ",
    transit_sep=" / ",
    direct="direct",
    na_word="NC",
    count_unknown="NC",
    zero_word="aucun",
    demonyms=_FR_DEMONYMS,
)

IURPA = Utility(
    source="iurpa_exchange_na",
    filename="iurpa_exchange_na.jsonl",
    ref="IX-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_no",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_found",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "via",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several", "large group"),
    repeats=True,
    crime={
        "trafficking": ("Human trafficking", "Labor trafficking/sex trafficking", "HT"),
        "smuggling": ("Human smuggling", "Alien smuggling", "Smuggling"),
        "both": ("Trafficking & smuggling", "HT + smuggling"),
    },
    exploitation={
        "sexual": ("Sex trafficking", "sexual exploitation"),
        "forced_labour": ("Labor trafficking", "forced labor"),
        "forced_criminality": ("Forced criminality", "forced criminal activity"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "female", "F"),
        "male": ("Male", "male", "M"),
        "mixed": ("Mixed", "Male/Female"),
    },
    age={
        "child": ("Minor", "Juvenile", "under 18"),
        "adult": ("Adult", "adult", "18+"),
        "mixed": ("Adults and minors", "Mixed"),
    },
    transport={
        "sea": ("Boat", "Vessel", "Maritime"),
        "land": ("Vehicle", "On foot", "Truck", "Land"),
        "air": ("Air", "Commercial flight"),
    },
    offences={
        "document_fraud": "document fraud",
        "corruption": "bribery",
        "money_laundering": "money laundering",
        "illicit_goods": "narcotics",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    offence_sep=", ",
    transit_sep=", ",
    direct="none",
    na_word="Unknown",
    count_unknown="unknown",
    zero_word="none",
    demonyms={},
)

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[Utility, ...] = (UKRPA, IDAAN, AQUALIA, GRDF, IURPA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")
    return text.translate(table)


def _swap_letters(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a typing slip)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _country(
    src: Utility, iso: str, rng: _Rng, *, role: str, lat: float | None = None
) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, messiness tag or None)."""
    name = _name(iso, src.language)
    alpha2, _ = iso_codes(iso)
    r = float(rng.random())
    src_id = src.source
    if src_id == UKRPA.source:
        if role == "detection" and iso == "GBR":
            nation = "Scotland" if (lat or 0.0) > 55.0 else "England"
            if r < 0.55:
                return nation, "uk_nation"
            return ("UK", "alias") if r < 0.85 else ("United Kingdom", None)
        if role == "nationality" and iso in src.demonyms and r < 0.6:
            return src.demonyms[iso], "demonym"
        aliases = COUNTRIES[iso][4]
        if r < 0.08 and aliases:
            return aliases[0], "alias"
        if r < 0.12:
            return COUNTRIES[iso][5], "typo"
        return name, None
    if src_id == IDAAN.source:
        if role == "nationality" and iso in src.demonyms and r < 0.5:
            word = src.demonyms[iso]
            return (word.upper(), "demonym") if r < 0.35 else (word.capitalize(), "demonym")
        if r < 0.6:
            return name.upper(), "upper"
        if r < 0.64:
            return _strip_accents(name).upper(), "upper"
        return name, None
    if src_id == AQUALIA.source:
        if r < 0.1:
            return alpha2, "iso2"
        if r < 0.25:
            return _strip_accents(name), "no_accents"
        if r < 0.3:
            return name.upper(), "upper"
        typo = _swap_letters(name)
        if r < 0.33 and typo != name:
            return typo, "typo"
        return name, None
    if src_id == GRDF.source:
        if role == "nationality" and iso in src.demonyms and r < 0.55:
            return src.demonyms[iso], "demonym"
        if role == "detection" and r < 0.3:
            return alpha2, "iso2"
        if r < 0.12:
            return name.upper(), "upper"
        if r < 0.16:
            return f" {name.lower()} ", "case_space"
        return name, None
    # IURPA: members' uploads, ISO alpha-2 for the country of the incident
    if role == "detection":
        if iso == "USA" and r < 0.3:
            return "USA", "alias"
        return alpha2, "iso2"
    garbled = mojibake(name)
    if garbled is not None and r < 0.5:
        return garbled, "mojibake"
    aliases = COUNTRIES[iso][4]
    if r < 0.15:
        return iso, "iso3"
    if r < 0.25 and aliases:
        return aliases[0], "alias"
    if r < 0.3:
        return COUNTRIES[iso][5], "typo"
    return name, None


def _fit(src: Utility, text: str, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _date_cell(
    src: Utility, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Return (cell, expected date, precision, tag) of the event's date."""
    r = float(rng.random())
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    src_id = src.source
    if src_id == UKRPA.source:
        if partial_ok and r < 0.06:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month_start, "month", "month_only"
        if r < 0.3:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src_id == IDAAN.source:
        if partial_ok and r < 0.05:
            text = f"{_MONTHS['es'][ts.month - 1]} de {ts.year}"
            return text, month_start, "month", "month_only"
        if r < 0.06:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
        if r < 0.2:
            return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
        return dt.datetime(ts.year, ts.month, ts.day), ts, "day", None
    if src_id == AQUALIA.source:
        if partial_ok and r < 0.06:
            return ts.strftime("%m/%Y"), month_start, "month", "month_only"
        if r < 0.2:
            return ts.strftime("%d/%m/%y"), ts, "day", "short_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src_id == GRDF.source:
        if partial_ok and r < 0.05:
            return f"T{q} {ts.year}", quarter_start, "quarter", "quarter_only"
        if partial_ok and r < 0.1:
            return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", month_start, "month", "month_only"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    # IURPA
    if partial_ok and r < 0.05:
        return f"Q{q} {ts.year}", quarter_start, "quarter", "quarter_only"
    if partial_ok and r < 0.1:
        return ts.strftime("%Y-%m"), month_start, "month", "month_only"
    if r < 0.35:
        return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day", "long_date"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


_EN_NUMBERS = ("one", "two", "three")
_FR_SPACES = ("\u00a0", " ")


def _count_cell(src: Utility, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of the number of persons found."""
    r = float(rng.random())
    if r < 0.02:
        return src.count_unknown, None, "count_placeholder"
    src_id = src.source
    if src_id == UKRPA.source:
        if n <= 3 and r < 0.35:
            return _EN_NUMBERS[n - 1], n, "count_word"
        return (f"{n:,}", n, "thousands") if n >= 1000 else (str(n), n, None)
    if src_id == IDAAN.source:
        if r < 0.1:
            return f"{n} personas", n, "count_text"
        return n, n, None
    if src_id == AQUALIA.source:
        if n >= 1000:
            return f"{n:,}".replace(",", "."), n, "thousands"
        return str(n), n, None
    if src_id == GRDF.source:
        if n >= 1000:
            sep = choice(rng, _FR_SPACES)
            return f"{n:,}".replace(",", sep), n, "thousands"
        return str(n), n, None
    if r < 0.08:
        return str(n), n, "count_as_text"
    return n, n, None


def _suspects_cell(src: Utility, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    r = float(rng.random())
    if src.source == IURPA.source:
        if r < 0.04:
            return None, None, "suspects_placeholder"
        return n, n, None
    if r < 0.03:
        return src.count_unknown, None, "suspects_placeholder"
    if n == 0 and r < 0.4:
        return src.zero_word, 0, "zero_word"
    if src.format == "xlsx":
        return n, n, None
    return str(n), n, None


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _coords(
    src: Utility, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Return (cells, expected lat, expected lon, tag) of the place of detection."""
    r = float(rng.random())
    if r < 0.04:
        return {}, None, None, "coords_missing"
    src_id = src.source
    if src_id == UKRPA.source:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None
    if src_id == IDAAN.source:
        if r < 0.45:
            cell = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            la = round(round(abs(lat) * 36000) / 36000, 6) * (1 if lat >= 0 else -1)
            lo = round(round(abs(lon) * 36000) / 36000, 6) * (1 if lon >= 0 else -1)
            return {"coordinates": cell}, la, lo, "coords_dms"
        la, lo = round(lat, 6), round(lon, 6)
        return {"coordinates": f"{la:.6f}, {lo:.6f}"}, la, lo, None
    if src_id == AQUALIA.source:
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src_id == GRDF.source:
        la, lo = round(lat, 5), round(lon, 5)
        cell = f"{la:.5f}".replace(".", ",") + " ; " + f"{lo:.5f}".replace(".", ",")
        return {"coordinates": cell}, la, lo, "decimal_comma"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, None


def _vocab(words: dict[str, tuple[str, ...]], value: str, rng: _Rng) -> str:
    forms = words[value]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _render(
    src: Utility,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the utility's referral log does.

    Parameters
    ----------
    src : Utility
        The source.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field a second report leaves blank.

    Returns
    -------
    tuple
        ``(cells by canonical column, expected clean values, messiness tags)``.
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(t: str | None) -> None:
        if t is not None and t not in tags:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok=partial_ok
    )
    tag(t)
    if "premises" in src.headers:
        cells["premises"] = choice(rng, _PREMISES[src.language])

    crime = str(ev["crime_type"])
    cells["crime_type"] = _fit(src, _vocab(src.crime, crime, rng), src.crime[crime][0])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is not None:
        cells["exploitation"] = _vocab(src.exploitation, str(expl), rng)
        exp["exploitation"] = str(expl)
    else:
        exp["exploitation"] = None

    cells["n_persons"], exp["n_persons"], t = _count_cell(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tag(t)
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects_cell(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
        )
        tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = _vocab(src.gender, gender, rng)
        exp["gender"] = gender

    for col, words in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col] = src.na_word
            exp[col] = "unknown"
            tag("na_word")
        else:
            cells[col] = _fit(src, _vocab(words, value, rng), words[value][0])
            exp[col] = value

    lat = float(ev["lat"])  # type: ignore[arg-type]
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        iso = str(ev[col])
        if forced_blank == col:
            exp[col] = None
            tag(f"blank_{col}")
            continue
        text, t = _country(src, iso, rng, role=role, lat=lat)
        if not fits(text, src):
            text, t = _name(iso, src.language), None
        cells[col] = text
        exp[col] = iso
        tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        if rng.random() < 0.25:
            cells["transit_countries"] = src.direct
            tag("direct_word")
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng, role="transit")
            if not fits(text, src):
                text, t = _name(iso, src.language), None
            parts.append(text)
            tag(t)
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _coords(
            src,
            lat,
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        tag(t)

    offences = ev["linked_offences"]
    if offences is not None:
        cells["linked_offences"] = src.offence_sep.join(
            src.offences[o] for o in str(offences).split("|")
        )
        exp["linked_offences"] = str(offences)
    else:
        exp["linked_offences"] = None
    return cells, exp, tags


def _bad_date(src: Utility, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None if src.format != "csv" else ""
    if kind == "bad_date":
        if src.format == "jsonl":
            return f"{ts.year}-02-30"
        options = (f"31/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}", f"00/{ts.month:02d}/{ts.year}")
        return choice(rng, options)
    future = ts + pd.DateOffset(years=10)  # the third digit of the year mistyped
    if src.format == "xlsx":
        return dt.datetime(future.year, future.month, future.day)
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Utility, last: pd.Timestamp) -> object:
    """Write the date on the source's note row (the day after its last row)."""
    day = last + pd.Timedelta(days=1)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


#: The variant: sources, routing and wording.
BLIND363: Examiner[Utility] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": UKRPA.source,
        "PAN": IDAAN.source,
        "ESP": AQUALIA.source,
        "FRA": GRDF.source,
    },
    compilation=IURPA.source,
    secondary={
        ("darien", "PAN"): IURPA.source,
        ("thb_vnm_gbr", "GBR"): IURPA.source,
        ("thb_rou_esp", "ESP"): IURPA.source,
        ("cmed", "ITA"): AQUALIA.source,
        ("thb_nga_ita", "ITA"): AQUALIA.source,
        ("thb_rou_esp", "ITA"): AQUALIA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=363,
    blank_share=0.3,
)


def make_blind363(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five utilities' referral logs of set ``blind363``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ukrpa_referrals_na.csv``, ``idaan_fraudes_na.xlsx``, ``aqualia_fraudes_na.csv``,
        ``grdf_fraude_na.csv`` and ``iurpa_exchange_na.jsonl``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind363(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ukrpa_referrals_na.csv', 'idaan_fraudes_na.xlsx', 'aqualia_fraudes_na.csv',
     'grdf_fraude_na.csv', 'iurpa_exchange_na.jsonl']
    >>> subs[3].encoding, subs[3].delimiter == chr(9)  # UTF-16, tab-separated
    ('utf-16', True)
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Acta', 'Fecha inspección', 'Tipología']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(BLIND363, truth, seed=seed)
