"""Examiner sample set ``blind323`` (files ``*_lm.*``): faith-based anti-trafficking lines.

Five sources that no other sample set uses, each a religious order's or faith-based
network's helpline or casework log, written in its own working language and tool:

``armee_salut_fr_lm.csv``
    Fondation de l'Armée du Salut (France), signalements of its outreach teams and
    listening line on the Channel coast: French, cp1252, ``;``, day-first dates (some
    with the time of the call), nationalities as adjectives (``afghane``), "Angleterre"
    for the United Kingdom, GPS latitude and longitude with a decimal comma, rows
    pasted from the online report form in mojibake (``Ã‰rythrÃ©e``), small counts in
    words.
``oblatas_es_lm.xlsx``
    Hermanas Oblatas del Santísimo Redentor (Spain), the cases of their listening line
    and street teams: Spanish, an Excel sheet whose date column mixes real dates, typed
    text, serial numbers and months (``marzo de 2022``); ``patera``/``cayuco``/``salto de
    valla``; ``MENA`` for unaccompanied minors; Spanish adjectives of nationality.
``medaille_trust_uk_lm.csv``
    Medaille Trust (United Kingdom), a partner of the Salvation Army's modern-slavery
    victim care contract: English, UTF-8 with BOM, ``,``, ``17/05/2023`` and
    ``17 May 2023``, NRM wording (``Criminal``, ``OIC``, ``Age disputed``), demonyms,
    a few small counts in words (``two``).
``red_kawsay_mx_lm.jsonl``
    Red Kawsay México (religious women against trafficking), calls and shelter visits
    about people on the Darién and US–Mexico routes, exported from its web form as JSON
    lines: Mexican Spanish (``tráfico de personas`` = smuggling, ``NNA``, ``EUA``,
    ``probables responsables``), ISO dates (some with the form's time), ``"lat, lon"``.
``renate_eu_lm.csv``
    RENATE (Religious in Europe Networking Against Trafficking and Exploitation), the
    compilation of its members' returns for Italy, Greece, Croatia and Poland (and any
    event no other source reports): English, UTF-16 with BOM, tab-separated (Excel's
    "Unicode text"), ISO codes mixed with names and members' own words (``Hrvatska``),
    ``Q2 2022`` and ``2022-05`` dates, Italian members' ``1.250`` thousands.

Every source writes a few rows to quarantine (no date, impossible date, year typed
ten years ahead, negative or unreadable count), the CSV files an empty row, three a
note row, all a total row; the web form and the compilation re-send a few rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "LmSource", "make_blind323"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]

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
_ES_MONTHS = (
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


@dataclass(frozen=True)
class LmSource(ExaminerSource):
    """One source of the set: what the shared machinery reads, plus the agency's wording.

    Attributes
    ----------
    style : str
        Key of the agency's way of writing dates, counts and places (``"fr"``, ``"es"``,
        ``"en"``, ``"mx"`` or ``"renate"``).
    names : dict
        ISO alpha-3 -> the agency's usual country name.
    aliases : dict
        ISO alpha-3 -> other names the agency uses (``Angleterre``, ``EUA``, ``Hrvatska``).
    demonyms : dict
        ISO alpha-3 -> adjectives of nationality the agency writes instead of a name.
    typos : dict
        ISO alpha-3 -> a misspelt name seen in the agency's file.
    country_styles : tuple of (str, float)
        Styles of a country cell and their weights.
    words : dict
        Column -> canonical word -> the agency's words for it (first = the usual one).
    unknown : dict
        Column -> the agency's words for "not known".
    expl_na : tuple of str
        What the agency writes as exploitation of a pure smuggling case ("" = blank).
    placeholder : tuple of str
        Count cells meaning "number not known" (the record is kept without a count).
    zero : tuple of str
        Words for "no suspect".
    offence_sep : tuple of str
        Separators of linked offences.
    transit_sep : tuple of str
        Separators of the transit countries.
    direct : tuple of str
        What the agency writes when there was no transit country ("" = blank).
    coord_rate : float
        Share of rows with a location (0 when the agency keeps none).
    extra : tuple of str
        Values of the agency's own extra column (the way the case came in).
    """

    style: str
    names: Mapping[str, str]
    aliases: _Words
    demonyms: _Words
    typos: Mapping[str, str]
    country_styles: tuple[tuple[str, float], ...]
    words: Mapping[str, _Words]
    unknown: _Words
    expl_na: tuple[str, ...]
    placeholder: tuple[str, ...]
    zero: tuple[str, ...]
    offence_sep: tuple[str, ...]
    transit_sep: tuple[str, ...]
    direct: tuple[str, ...]
    coord_rate: float
    extra: tuple[str, ...]


def _names(column: int) -> dict[str, str]:
    return {iso: str(row[column]) for iso, row in COUNTRIES.items()}


# --------------------------------------------------------------------------------------
# Fondation de l'Armée du Salut (France)
# --------------------------------------------------------------------------------------
_ARMEE = LmSource(
    source="armee_salut_fr",
    filename="armee_salut_fr_lm.csv",
    ref="AS-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du signalement",
        "extra": "Canal",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "detection_country": "Pays de repérage",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="NB : extraction provisoire du tableau de suivi, données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "beaucoup"),
    repeats=False,
    style="fr",
    names=_names(2),
    aliases={"GBR": ("Angleterre", "Grande-Bretagne", "UK"), "VNM": ("Vietnam",)},
    demonyms={
        "AFG": ("afghane", "afghan"),
        "IRN": ("iranienne", "iranien"),
        "IRQ": ("irakienne", "irakien"),
        "ALB": ("albanaise", "albanais"),
        "ERI": ("érythréenne", "érythréen"),
        "SYR": ("syrienne", "syrien"),
        "VNM": ("vietnamienne", "vietnamien"),
    },
    typos={
        "AFG": "Afghanisthan",
        "IRN": "Irann",
        "ERI": "Erythré",
        "SYR": "Syire",
        "ALB": "Albanei",
        "VNM": "Viet-nam",
        "GBR": "Royaume Uni",
        "DEU": "Allemange",
    },
    country_styles=(
        ("name", 0.70),
        ("upper", 0.08),
        ("alias", 0.07),
        ("typo", 0.04),
        ("demonym", 0.11),
    ),
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "Traite"),
            "smuggling": ("trafic de migrants", "passeurs", "aide à l'entrée irrégulière"),
            "both": ("TEH + trafic de migrants", "traite et passeurs"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femmes", "féminin"),
            "male": ("H", "hommes", "masculin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineur", "MNA", "mineurs"),
            "adult": ("majeur", "majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte", "adultes + enfants"),
        },
        "transport_mode": {
            "sea": ("small boat", "bateau", "embarcation", "mer"),
            "land": ("camion", "poids lourd", "routier"),
            "air": ("avion", "aérien"),
        },
        "linked_offences": {
            "document_fraud": ("faux papiers", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "gender": ("NR", "non renseigné"),
        "age_group": ("inconnu", "NR"),
        "transport_mode": ("inconnu", "?"),
        "nationality": ("inconnue", "NR"),
        "n_suspects": ("?", "NC", "inconnu"),
    },
    expl_na=("", "", "", "sans objet"),
    placeholder=("NC", "inconnu", "non communiqué"),
    zero=("aucun", "0"),
    offence_sep=(", ", " + "),
    transit_sep=(", ", " - "),
    direct=("",),
    coord_rate=0.7,
    extra=("téléphone", "maraude", "accueil de jour", "mail"),
)

# --------------------------------------------------------------------------------------
# Hermanas Oblatas del Santísimo Redentor (Spain)
# --------------------------------------------------------------------------------------
_OBLATAS = LmSource(
    source="oblatas_es",
    filename="oblatas_es_lm.xlsx",
    ref="OBL-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº caso",
        "event_date": "Fecha",
        "extra": "Vía de contacto",
        "crime_type": "Tipo (trata/tráfico)",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos pendientes de validar por la coordinación estatal",
    total="Total general",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=False,
    style="es",
    names=_names(3),
    aliases={
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "ROU": ("Rumania",),
        "GBR": ("Inglaterra",),
    },
    demonyms={
        "MAR": ("marroquí",),
        "DZA": ("argelina", "argelino"),
        "MLI": ("maliense",),
        "SEN": ("senegalesa", "senegalés"),
        "GMB": ("gambiana", "gambiano"),
        "CIV": ("marfileña", "marfileño"),
        "ROU": ("rumana", "rumano"),
        "NGA": ("nigeriana",),
    },
    typos={"MAR": "Marrueco", "SEN": "Senagal", "DZA": "Argleia", "ROU": "Rumaía", "GMB": "Ganbia"},
    country_styles=(
        ("name", 0.72),
        ("upper", 0.06),
        ("alias", 0.07),
        ("typo", 0.03),
        ("demonym", 0.12),
    ),
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes", "Tráfico"),
            "both": ("Trata y tráfico", "trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "sexual"),
            "forced_labour": ("Explotación laboral", "laboral", "trabajos forzados"),
            "forced_criminality": ("Actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres", "femenino"),
            "male": ("Hombre", "Hombres", "masculino"),
            "mixed": ("Mixto", "Hombres y mujeres", "Ambos"),
        },
        "age_group": {
            "child": ("Menor", "Menores", "MENA"),
            "adult": ("Mayor de edad", "Adultos", "Adulta"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática", "Embarcación"),
            "land": ("Terrestre", "A pie", "Vehículo", "Autobús"),
            "air": ("Avión", "Aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "gender": ("Sin datos", "NS/NC"),
        "age_group": ("Sin datos", "NS/NC"),
        "transport_mode": ("Sin datos", "Se desconoce"),
        "nationality": ("Sin datos", "Sin determinar"),
        "n_suspects": ("s/d", "NS/NC"),
    },
    expl_na=("", "", "No procede"),
    placeholder=("s/d", "Se desconoce"),
    zero=("ninguno", "0"),
    offence_sep=(", ", " y "),
    transit_sep=(" - ", ", "),
    direct=("", "Directo"),
    coord_rate=0.0,
    extra=("teléfono", "unidad móvil", "derivación ONG", "centro de acogida"),
)

# --------------------------------------------------------------------------------------
# Medaille Trust (United Kingdom)
# --------------------------------------------------------------------------------------
_MEDAILLE = LmSource(
    source="medaille_trust_uk",
    filename="medaille_trust_uk_lm.csv",
    ref="MT-{yy:02d}{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date identified",
        "extra": "Referral route",
        "crime_type": "Case type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "No. of suspected exploiters",
        "gender": "Gender",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transport_mode": "Mode of entry",
        "linked_offences": "Associated offences",
    },
    note="Note: figures provisional - NRM decisions pending",
    total="Total",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    style="en",
    names=_names(1),
    aliases={
        "GBR": ("UK", "England", "Great Britain"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
    },
    demonyms={
        "AFG": ("Afghan",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "ALB": ("Albanian",),
        "ERI": ("Eritrean",),
        "SYR": ("Syrian",),
        "VNM": ("Vietnamese",),
    },
    typos={iso: str(row[5]) for iso, row in COUNTRIES.items()},
    country_styles=(
        ("name", 0.72),
        ("upper", 0.04),
        ("alias", 0.08),
        ("typo", 0.04),
        ("demonym", 0.12),
    ),
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MS/HT"),
            "smuggling": ("People smuggling", "Organised immigration crime", "OIC"),
            "both": ("Smuggling + MS", "HT & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal", "Criminal exploitation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M+F"),
        },
        "age_group": {
            "child": ("Child", "Minor", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adult & child", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false ID docs"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "cannabis cultivation"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "gender": ("Not recorded", "Unknown"),
        "age_group": ("Not recorded", "Age disputed"),
        "transport_mode": ("Unknown", "Not known"),
        "nationality": ("Not recorded", "Unknown"),
        "n_suspects": ("n/k", "unknown"),
    },
    expl_na=("", "", "N/A"),
    placeholder=("n/k", "not known"),
    zero=("none", "nil"),
    offence_sep=("; ", " / "),
    transit_sep=(" > ", ", "),
    direct=("", "direct"),
    coord_rate=0.0,
    extra=("MS Helpline", "Police", "Local authority", "NGO outreach", "Self-referral"),
)

# --------------------------------------------------------------------------------------
# Red Kawsay México
# --------------------------------------------------------------------------------------
_KAWSAY = LmSource(
    source="red_kawsay_mx",
    filename="red_kawsay_mx_lm.jsonl",
    ref="RK-MX-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_caso",
        "extra": "medio_contacto",
        "crime_type": "tipo_caso",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "coordinates": "ubicacion",
        "linked_offences": "delitos_relacionados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "un grupo", "muchas personas"),
    repeats=True,
    style="mx",
    names=_names(3),
    aliases={
        "USA": ("EUA", "EE.UU.", "Estados Unidos de América"),
        "MEX": ("Mexico",),
        "HTI": ("Haiti",),
    },
    demonyms={
        "VEN": ("venezolana", "venezolano"),
        "ECU": ("ecuatoriana", "ecuatoriano"),
        "HTI": ("haitiana", "haitiano"),
        "COL": ("colombiana", "colombiano"),
        "CHN": ("china", "chino"),
        "MEX": ("mexicana", "mexicano"),
        "GTM": ("guatemalteca", "guatemalteco"),
        "HND": ("hondureña", "hondureño"),
    },
    typos={"VEN": "Venezuala", "GTM": "Guatemla", "HND": "Hondura", "ECU": "Equador"},
    country_styles=(
        ("name", 0.66),
        ("upper", 0.05),
        ("alias", 0.12),
        ("typo", 0.03),
        ("demonym", 0.12),
        ("iso2", 0.02),
    ),
    words={
        "crime_type": {
            "trafficking": ("trata de personas", "trata"),
            "smuggling": ("tráfico de personas", "tráfico ilícito de migrantes", "coyotaje"),
            "both": ("trata y tráfico de personas", "tráfico y trata"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzado", "explotación laboral"),
            "forced_criminality": (
                "utilización en actividades delictivas",
                "actividades delictivas",
            ),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("mujer", "mujeres", "femenino"),
            "male": ("hombre", "hombres", "masculino"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "menor de edad", "niñas, niños y adolescentes"),
            "adult": ("adulto", "adultos", "mayor de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("terrestre", "a pie", "tráiler", "autobús", "camioneta"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos", "documentos falsos"),
            "corruption": ("cohecho", "corrupción de autoridades"),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("tráfico de drogas", "narcomenudeo"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "gender": ("no especificado", "se desconoce"),
        "age_group": ("no especificado", "se desconoce"),
        "transport_mode": ("no especificado",),
        "nationality": ("no especificada", "se desconoce"),
        "n_suspects": ("sin dato", "se desconoce"),
    },
    expl_na=("", "no aplica"),
    placeholder=("sin dato", "no se sabe"),
    zero=("ninguno", "0"),
    offence_sep=(", ",),
    transit_sep=(", ",),
    direct=("", "directo"),
    coord_rate=0.6,
    extra=("llamada", "WhatsApp", "visita a albergue", "correo electrónico"),
)

# --------------------------------------------------------------------------------------
# RENATE (Religious in Europe Networking Against Trafficking and Exploitation)
# --------------------------------------------------------------------------------------
_RENATE = LmSource(
    source="renate_eu",
    filename="renate_eu_lm.csv",
    ref="RENATE/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case no.",
        "extra": "Member code",
        "event_date": "Date of identification",
        "crime_type": "Crime",
        "exploitation": "Exploitation",
        "n_persons": "Persons",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "detection_country": "Country of identification",
        "transport_mode": "Transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Other offences",
    },
    note="Compiled from member returns - not official statistics",
    total="TOTAL (all members)",
    bad_count=("several", "many", "??"),
    repeats=True,
    style="renate",
    names=_names(1),
    aliases={
        "ITA": ("Italia",),
        "HRV": ("Hrvatska",),
        "POL": ("Polska",),
        "GRC": ("Hellas",),
        "ESP": ("España",),
        "DEU": ("Deutschland",),
        "TUR": ("Turkey",),
        "GBR": ("UK",),
    },
    demonyms={},
    typos={iso: str(row[5]) for iso, row in COUNTRIES.items()},
    country_styles=(
        ("name", 0.42),
        ("iso2", 0.24),
        ("iso3", 0.14),
        ("alias", 0.12),
        ("typo", 0.03),
        ("upper", 0.05),
    ),
    words={
        "crime_type": {
            "trafficking": ("THB", "trafficking"),
            "smuggling": ("SoM", "smuggling"),
            "both": ("THB + SoM", "THB & SoM"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminal activities", "criminal exploitation"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("F", "female"),
            "male": ("M", "male"),
            "mixed": ("mixed", "M/F"),
        },
        "age_group": {
            "child": ("minor", "child"),
            "adult": ("adult",),
            "mixed": ("mixed", "adults + minors"),
        },
        "transport_mode": {
            "sea": ("sea", "boat", "sea crossing"),
            "land": ("land", "on foot", "car", "truck"),
            "air": ("air", "plane"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "gender": ("unknown",),
        "age_group": ("unknown",),
        "transport_mode": ("unknown",),
        "nationality": ("unknown", "stateless/unknown"),
        "n_suspects": ("unk.",),
    },
    expl_na=("n/a", ""),
    placeholder=("unk.", "not known"),
    zero=("none", "0"),
    offence_sep=(", ",),
    transit_sep=(" > ", "-"),
    direct=("direct", ""),
    coord_rate=0.85,
    extra=("IT-01", "IT-03", "GR-01", "HR-02", "PL-01", "ES-04", "UK-02", "FR-01"),
)

#: The set's five sources, in the order of the submissions.
SOURCES: tuple[LmSource, ...] = (_ARMEE, _OBLATAS, _MEDAILLE, _KAWSAY, _RENATE)

# Words the agencies use only at certain places (Ceuta and Melilla fences, Canary cayucos).
_ES_FENCE = ("Salto de valla", "A pie")
_ES_CANARY_SEA = ("Cayuco", "Cayuco", "Neumática")
# Share of the French rows pasted from the association's online report form.
_PASTED_RATE = 0.1
# Small counts typed in words in the free-text count cells of two CSV logs.
_NUMBER_WORDS = {
    "fr": {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 10: "dix"},
    "en": {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"},
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in weights]
    p = np.array([w for _, w in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _as_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise DataContractError(f"expected a number in the truth, got {value!r}.")
    return int(value)


def _as_float(value: object) -> float:
    if not isinstance(value, int | float | np.integer | np.floating):
        raise DataContractError(f"expected a number in the truth, got {value!r}.")
    return float(value)


def _plain(text: str) -> str:
    """Drop the accents, as a clerk typing in capitals does (``ÉRYTHRÉE`` -> ``ERYTHREE``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country(
    src: LmSource, iso: str, rng: _Rng, *, nationality: bool = False, home: str | None = None
) -> tuple[str, str]:
    """Write one country the source's way; return (cell, tag).

    A RENATE member writes only its own country (``home``) in its own language.
    """
    name = src.names[iso]
    style = _pick(rng, src.country_styles)
    text: str | None = None
    own_word = src.style != "renate" or iso == home
    if style == "upper":
        text = _plain(name).upper() if src.style == "fr" and rng.random() < 0.5 else name.upper()
    elif style == "alias" and iso in src.aliases and own_word:
        text = choice(rng, src.aliases[iso])
    elif style == "typo" and iso in src.typos:
        text = src.typos[iso]
    elif style == "demonym" and nationality and iso in src.demonyms:
        text = choice(rng, src.demonyms[iso])
    elif style == "iso2":
        text = str(COUNTRIES[iso][0])
    elif style == "iso3":
        text = iso
    if text is None or text == name or not fits(text, src):
        return name, "country_name"
    return text, f"country_{style}"


def _day_text(src: LmSource, ts: pd.Timestamp) -> str:
    """Write a day the source's usual way."""
    if src.style in ("mx", "renate"):
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _date(
    src: LmSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event's date; return (cell, expected day, precision, tag)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.style == "fr":
        if partial_ok and r < 0.04:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month", "date_month"
        if r < 0.18:
            hour, minute = int(rng.integers(8, 20)), int(rng.integers(0, 60))
            return f"{ts:%d/%m/%Y} {hour:02d}:{minute:02d}", ts, "day", "date_time"
        return f"{ts:%d/%m/%Y}", ts, "day", "date_dmy"
    if src.style == "es":
        if partial_ok and r < 0.04:
            de = " de " if rng.random() < 0.5 else " "
            return f"{_ES_MONTHS[ts.month - 1]}{de}{ts.year}", month, "month", "date_month"
        if r < 0.09:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "date_serial"
        if r < 0.21:
            return f"{ts:%d/%m/%Y}", ts, "day", "date_text"
        return ts.to_pydatetime(), ts, "day", "date_excel"
    if src.style == "en":
        if partial_ok and r < 0.03:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", "date_month"
        if r < 0.30:
            return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}", ts, "day", "date_long"
        return f"{ts:%d/%m/%Y}", ts, "day", "date_dmy"
    if src.style == "mx":
        if partial_ok and r < 0.04:
            return f"{ts:%Y-%m}", month, "month", "date_month"
        if r < 0.27:
            hour, minute = int(rng.integers(7, 23)), int(rng.integers(0, 60))
            return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00", ts, "day", "date_time"
        return f"{ts:%Y-%m-%d}", ts, "day", "date_iso"
    if partial_ok and r < 0.05:
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", "date_quarter"
    if partial_ok and r < 0.09:
        return f"{ts:%Y-%m}", month, "month", "date_month"
    return f"{ts:%Y-%m-%d}", ts, "day", "date_iso"


def _count(src: LmSource, n: int, rng: _Rng, detection: str | None) -> tuple[object, list[str]]:
    """Write a known count of persons the source's way."""
    if src.format != "csv":
        return n, []
    if n >= 1000:
        if src.style == "fr":
            sep = "\u00a0" if rng.random() < 0.5 else " "
        elif src.style == "renate" and detection == "ITA" and rng.random() < 0.5:
            return f"{n:,}".replace(",", "."), ["thousands_dot"]
        else:
            sep = ","
        return f"{n:,}".replace(",", sep), ["thousands"]
    words = _NUMBER_WORDS.get(src.style, {})
    if n in words and rng.random() < 0.08:
        return words[n], ["count_word"]
    return str(n), []


def _member(src: LmSource, detection: str | None, rng: _Rng) -> str:
    """Fill the agency's extra column (RENATE: the member in the detection country)."""
    if src.style != "renate":
        return choice(rng, src.extra)
    prefix = str(COUNTRIES[detection][0]) if detection else ""
    prefix = "UK" if prefix == "GB" else prefix
    own = [m for m in src.extra if m.startswith(prefix + "-")]
    return choice(rng, own or src.extra)


def _word(src: LmSource, column: str, value: str, rng: _Rng) -> str:
    forms = src.words[column][value]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _transport(src: LmSource, mode: str, ev: Mapping[str, object], rng: _Rng) -> str:
    hotspot = str(ev.get("hotspot") or "")
    if src.style == "es" and mode == "land" and hotspot in ("Ceuta", "Melilla"):
        return choice(rng, _ES_FENCE)
    if src.style == "es" and mode == "sea" and str(ev.get("corridor")) == "watl":
        return choice(rng, _ES_CANARY_SEA)
    return _word(src, "transport_mode", mode, rng)


def _transit(src: LmSource, codes: list[str], rng: _Rng) -> str:
    """Write the transit countries in order, in one style per cell."""
    if src.style == "renate" and rng.random() < 0.4:
        return "-".join(str(COUNTRIES[c][0]) for c in codes)
    sep = choice(rng, [s for s in src.transit_sep if s != "-"])
    names = [src.names[c] for c in codes]
    if rng.random() < 0.05:  # one name misspelt
        k = int(rng.integers(len(codes)))
        names[k] = src.typos.get(codes[k], names[k])
    return sep.join(names)


def _render(
    src: LmSource,
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
    ts = pd.Timestamp(str(ev["event_date"]))
    detection = None if ev["detection_country"] is None else str(ev["detection_country"])

    cells["event_date"], day, precision, tag = _date(src, ts, rng, partial_ok=partial_ok)
    exp["event_date"], exp["date_precision"] = day, precision
    tags.append(tag)
    cells["extra"] = _member(src, detection, rng)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = choice(rng, src.expl_na)
        cells["exploitation"] = na or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n = _as_int(ev["n_persons"])
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.placeholder)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = _count(src, n, rng, detection)
        exp["n_persons"] = n
        tags += more

    s = _as_int(ev["n_suspects"])
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.unknown["n_suspects"])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif s == 0 and r < 0.4:
        zero = choice(rng, src.zero)
        cells["n_suspects"] = zero if src.format == "csv" or zero != "0" else 0
        exp["n_suspects"] = 0
        tags.append("zero_word" if zero != "0" else "zero")
    else:
        cells["n_suspects"] = str(s) if src.format == "csv" else s
        exp["n_suspects"] = s

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    elif r < 0.02:
        cells["gender"] = choice(rng, src.unknown["gender"])
        exp["gender"] = "unknown"
        tags += ["blank_gender", "unknown_word"]
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, src.unknown["age_group"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(src, "age_group", age, rng)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
    elif r < 0.015:
        cells["nationality"] = choice(rng, src.unknown["nationality"])
        exp["nationality"] = None
        tags += ["blank_nationality", "unknown_word"]
    else:
        cells["nationality"], tag = _country(src, nat, rng, nationality=True, home=detection)
        exp["nationality"] = nat
        tags.append(tag)

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col], tag = _country(src, iso, rng, home=detection)
        exp[col] = iso
        if tag != "country_name":
            tags.append(tag)

    if forced_blank == "detection_country" or detection is None:
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"], tag = _country(src, detection, rng, home=detection)
        if cells["detection_country"] == "England" and "Glasgow" in str(ev.get("hotspot")):
            cells["detection_country"] = "Scotland"  # the Glasgow cases say where they are
        exp["detection_country"] = detection
        if tag != "country_name":
            tags.append(tag)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.direct) or None
        exp["transit_countries"] = None
    else:
        cells["transit_countries"] = _transit(src, str(transit).split("|"), rng)
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, src.unknown["transport_mode"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _transport(src, mode, ev, rng)
        exp["transport_mode"] = mode

    lat, lon = _as_float(ev["lat"]), _as_float(ev["lon"])
    exp["lat"] = exp["lon"] = None
    located = rng.random() < src.coord_rate and not (src.style == "fr" and detection != "FRA")
    if forced_blank == "coordinates" or not located:
        if src.coord_rate == 0 or forced_blank != "coordinates":
            tags.append("coords_missing")
    elif src.style == "fr":
        cells["lat"] = f"{lat:.5f}".replace(".", ",")
        cells["lon"] = f"{lon:.5f}".replace(".", ",")
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
    elif src.style == "mx":
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
        tags.append("coords_pair")
    else:
        cells["lat"], cells["lon"] = f"{lat:.4f}", f"{lon:.4f}"
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(names)
        exp["linked_offences"] = str(offences)

    if src.style == "fr" and rng.random() < _PASTED_RATE:
        # a row pasted from the online report form (UTF-8) into the cp1252 sheet
        garbled = {k: mojibake(v) for k, v in cells.items() if isinstance(v, str)}
        garbled = {k: v for k, v in garbled.items() if v is not None and fits(v, src)}
        if garbled:
            cells.update(garbled)
            tags.append("mojibake")
    if forced_blank:
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Type the year ten years ahead, as a slip of the keyboard does (29 Feb -> 28th)."""
    return ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)


def _bad_date(src: LmSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine (no date, impossible date, future date)."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        future = _future(ts)
        return future.to_pydatetime() if src.format == "xlsx" else _day_text(src, future)
    day, month = ("31", "02") if rng.random() < 0.5 else ("31", "04")
    if src.style in ("mx", "renate"):
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: LmSource, last: pd.Timestamp) -> object:
    """Date the note row: the day of the export, three days after the last case."""
    day = last + pd.Timedelta(days=3)
    return day.to_pydatetime() if src.format == "xlsx" else _day_text(src, day)


#: The set's routing and writers, as :func:`make_examined` reads them.
EXAMINER: Examiner[LmSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "armee_salut_fr",
        "ESP": "oblatas_es",
        "GBR": "medaille_trust_uk",
        "USA": "red_kawsay_mx",
        "PAN": "red_kawsay_mx",
    },
    compilation="renate_eu",
    secondary={
        ("channel", "FRA"): "medaille_trust_uk",
        ("channel", "GBR"): "armee_salut_fr",
        ("thb_vnm_gbr", "GBR"): "renate_eu",
        ("thb_rou_esp", "ESP"): "renate_eu",
        ("thb_rou_esp", "ITA"): "oblatas_es",
        ("wmed", "ESP"): "renate_eu",
        ("watl", "ESP"): "renate_eu",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=323_032,
    blank_share=0.3,
)


def make_blind323(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the ``blind323`` set of five faith-based sources.

    Events detected in France, Spain and the United Kingdom are first reported by the
    Armée du Salut, the Oblatas and the Medaille Trust; events in the United States and
    Panama by Red Kawsay México; every other event (Italy, Greece, Croatia, Poland) by
    the RENATE compilation. About 4 % of the events are reported a second time by a
    partner (Channel crossings on both sides, Spanish and Vietnamese cases by RENATE,
    Romanian cases in Italy by the Oblatas), dated up to a day apart.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``armee_salut_fr_lm.csv``, ``oblatas_es_lm.xlsx``, ``medaille_trust_uk_lm.csv``,
        ``red_kawsay_mx_lm.jsonl`` and ``renate_eu_lm.csv``, each with the expected
        reading of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind323(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['armee_salut_fr_lm.csv', 'oblatas_es_lm.xlsx', 'medaille_trust_uk_lm.csv',
     'red_kawsay_mx_lm.jsonl', 'renate_eu_lm.csv']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date du signalement', 'Canal']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
