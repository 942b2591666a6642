"""Examiner sample set ``blind351`` (files ``*_mo.*``): salon and barbershop inspection desks.

Five agencies that visit hair, beauty and barber premises (or watch the news of the
routes behind their workers) send what they hold on exploited and smuggled people:

``westminster_licensing_mo.csv``
    Westminster City Council, Licensing & Regulatory Services (special-treatment premises:
    barbers, nail bars, beauty salons). English, UTF-8 with BOM (Excel's "CSV UTF-8"),
    ``,``; UK day-first dates, nationalities as demonyms ("Vietnamese"), a "Lat/Long"
    cell from the council's map layer, small counts sometimes typed as words.
``codaf_pas_de_calais_mo.csv``
    CODAF du Pas-de-Calais (the prefect's and prosecutor's joint anti-fraud committee:
    police, gendarmerie, PAF, Urssaf and labour inspection controls of barbers and
    ongleries, and the smuggling files behind them). French, cp1252, ``;``, CRLF; dates
    ``17/05/2023``, ``mai 2023``, ``T2 2023``; capitals in country names; decimal commas;
    one inspection team's rows pasted from a UTF-8 extract opened as ANSI (mojibake).
``policia_local_lpgc_mo.xlsx``
    Policía Local de Las Palmas de Gran Canaria, Unidad de Inspección de Actividades
    (peluquerías, centros de estética). Spanish workbook: Excel dates with some typed
    ones, ``H``/``M`` (hombre/mujer) for sex, "patera"/"cayuco", "2º trimestre 2023".
``alcaldia_panama_inspeccion_mo.csv``
    Alcaldía de Panamá, Dirección de Inspección Municipal (barberías, salones de
    belleza). Spanish, Excel's "Texto Unicode" saved as ``.csv``: UTF-16 with BOM, tab;
    Panamanian number style (``1,234``), GPS in degrees-minutes-seconds, a few Excel
    serial dates, "II trimestre 2023", ``M``/``F`` (masculino/femenino); the file was
    sent twice over, so some rows repeat exactly.
``dataminr_alerts_mo.jsonl``
    Dataminr First Alert feed (the compilation: every event no other desk reports).
    English keys, ISO 8601 UTC timestamps, ISO alpha-2 country codes, JSON arrays for
    the transit route and the related offences, counts as numbers (null if not known).

Each desk writes only what it would know how to write; where a cell cannot be read by a
careful analyst (a blank, a "not known" word, ``0``/``0`` coordinates) the truth expects
nothing (or ``unknown`` for a category) and the row's messiness tags say why.
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

__all__ = ["BLIND351", "SOURCES", "Desk", "make_blind351"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One inspection desk of the ``blind351`` set: the shared fields plus its wording.

    Attributes
    ----------
    style : str
        Which writer of dates, places and counts the desk uses (``"wcc"``, ``"codaf"``,
        ``"lpgc"``, ``"mupa"`` or ``"feed"``).
    words : mapping
        Column -> canonical word -> the desk's words for it (the first is the usual one).
    not_known : tuple of str
        What the desk writes when it does not know a person's nationality, sex, age
        group, route or the number of suspects.
    count_na : tuple of str
        What it writes when it does not know how many people were found.
    zero : tuple of str
        Words it writes for "no suspect".
    transit_sep : str
        Separator of the transit countries (unused by JSON arrays).
    offence_sep : str
        Separator of the related offences (unused by JSON arrays).
    """

    style: str
    words: _Words
    not_known: tuple[str, ...]
    count_na: tuple[str, ...]
    zero: tuple[str, ...]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish) names, and demonyms (fr feminine, as in
# "nationalité : afghane"; es masculine, as in a police "nacionalidad: marroquí").
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("The Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgano"),
    "ALB": ("Albanian", "albanaise", "albanés"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "chino"),
    "CIV": ("Ivorian", "ivoirienne", "marfileño"),
    "CMR": ("Cameroonian", "camerounaise", "camerunés"),
    "COL": ("Colombian", "colombienne", "colombiano"),
    "DZA": ("Algerian", "algérienne", "argelino"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptienne", "egipcio"),
    "ERI": ("Eritrean", "érythréenne", "eritreo"),
    "GIN": ("Guinean", "guinéenne", "guineano"),
    "GMB": ("Gambian", "gambienne", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurienne", "hondureño"),
    "HTI": ("Haitian", "haïtienne", "haitiano"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicano"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriano"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumano"),
    "SEN": ("Senegalese", "sénégalaise", "senegalés"),
    "SYR": ("Syrian", "syrienne", "sirio"),
    "TUN": ("Tunisian", "tunisienne", "tunecino"),
    "TUR": ("Turkish", "turque", "turco"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolano"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
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
_MONTHS_EN = (
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
_ROMAN = ("I", "II", "III", "IV")
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_EXCEL_DAY0 = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_WCC = Desk(
    source="westminster_licensing",
    filename="westminster_licensing_mo.csv",
    ref="{yy:02d}/{seq:05d}/LIPREM",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Visit Date",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Workers Found",
        "n_suspects": "Persons Arrested",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Premises Country",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Mode of Entry",
        "coordinates": "Lat/Long",
        "linked_offences": "Other Offences",
    },
    note="OFFICIAL-SENSITIVE - extract from Uniform (Licensing), figures provisional",
    total="TOTAL",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    style="wcc",
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Modern slavery / trafficking", "Human trafficking"),
            "smuggling": ("Facilitation", "Immigration offence - facilitation", "People smuggling"),
            "both": ("Modern slavery + facilitation", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed", "M/F")},
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Under 18", "U18"),
            "mixed": ("Adults & U18s", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Sea"),
            "land": ("Lorry", "HGV", "Vehicle"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Illicit tobacco", "Drugs"),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known=("Not known", "n/k"),
    count_na=("not known", "n/k"),
    zero=("none", "nil"),
    transit_sep=" > ",
    offence_sep="; ",
)

_CODAF = Desk(
    source="codaf_pas_de_calais",
    filename="codaf_pas_de_calais_mo.csv",
    ref="CODAF62-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date du contrôle",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Document de travail - diffusion restreinte CODAF 62",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "2 ou 3"),
    repeats=False,
    style="codaf",
    words={
        "crime_type": {
            "trafficking": ("TEH", "traite des êtres humains"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide au séjour irrégulier",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide au séjour irrégulier", "traite et aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": (
                "travail forcé",
                "exploitation par le travail",
                "conditions de travail indignes",
            ),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {"female": ("F", "femmes"), "male": ("H", "hommes"), "mixed": ("mixte", "H/F")},
        "age_group": {
            "adult": ("majeur", "majeurs"),
            "child": ("mineur", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "voie maritime"),
            "land": ("poids lourd", "PL", "voie routière"),
            "air": ("voie aérienne", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "tabac de contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    not_known=("inconnu", "non renseigné"),
    count_na=("n.c.", "NC"),
    zero=("aucun", "néant"),
    transit_sep=" / ",
    offence_sep=" + ",
)

_LPGC = Desk(
    source="policia_local_lpgc",
    filename="policia_local_lpgc_mo.xlsx",
    ref="PL-LPGC/{seq:05d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Acta",
        "event_date": "Fecha actuación",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
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
    note="Datos provisionales sujetos a revisión - Unidad de Inspección de Actividades",
    total="TOTAL",
    bad_count=("#¡VALOR!", "entre 10 y 15"),
    repeats=False,
    style="lpgc",
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "TSH"),
            "smuggling": (
                "favorecimiento de la inmigración irregular",
                "tráfico ilícito de migrantes",
            ),
            "both": ("trata y favorecimiento de la inmigración irregular",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("mujer", "M"),
            "male": ("hombre", "H", "varón"),
            "mixed": ("mixto", "ambos"),
        },
        "age_group": {
            "adult": ("adulto", "mayor de edad"),
            "child": ("menor", "MENA"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("terrestre", "vehículo", "a pie"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known=("desconocido", "se desconoce"),
    count_na=("s/d", "desconocido"),
    zero=("ninguno",),
    transit_sep=", ",
    offence_sep=" / ",
)

_MUPA = Desk(
    source="alcaldia_panama_inspeccion",
    filename="alcaldia_panama_inspeccion_mo.csv",
    ref="DIM-{year}-{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de Expediente",
        "event_date": "Fecha de Inspección",
        "crime_type": "Tipo de Caso",
        "exploitation": "Forma de Explotación",
        "n_persons": "Cantidad de Personas",
        "n_suspects": "Cantidad de Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo Etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de Procedencia",
        "destination_country": "País de Destino",
        "detection_country": "País del Hecho",
        "transit_countries": "Ruta de Tránsito",
        "transport_mode": "Medio de Transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros Delitos",
    },
    note="Reporte generado por el Sistema de Gestión de Inspecciones Municipales",
    total="Total general",
    bad_count=("#¡VALOR!", "10 a 15"),
    repeats=True,
    style="mupa",
    words={
        "crime_type": {
            "trafficking": ("trata de personas",),
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "other": ("otros fines",),
        },
        "gender": {"female": ("Femenino", "F"), "male": ("Masculino", "M"), "mixed": ("Mixto",)},
        "age_group": {
            "adult": ("Adulto", "Mayor de edad"),
            "child": ("Menor de edad", "NNA"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Bus"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_known=("Sin dato", "No se sabe"),
    count_na=("sin dato", "S/D"),
    zero=("ninguno",),
    transit_sep=" - ",
    offence_sep=", ",
)

_FEED = Desk(
    source="dataminr_alerts",
    filename="dataminr_alerts_mo.jsonl",
    ref="DM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "event_time",
        "crime_type": "topic",
        "exploitation": "exploitation_type",
        "n_persons": "people_involved",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_code",
        "transit_countries": "transit_route",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_topics",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "hundreds"),
    repeats=False,
    style="feed",
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking",),
            "smuggling": ("Migrant Smuggling",),
            "both": ("Human Trafficking; Migrant Smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual Exploitation",),
            "forced_labour": ("Forced Labor",),
            "forced_criminality": ("Forced Criminality",),
            "organ_removal": ("Organ Trafficking",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("maritime",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("Document Fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Drug Trafficking", "Contraband"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_known=("unknown",),
    count_na=(),
    zero=(),
    transit_sep=", ",
    offence_sep=", ",
)

#: The five desks, in the order the submissions are returned.
SOURCES: tuple[Desk, ...] = (_WCC, _CODAF, _LPGC, _MUPA, _FEED)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(src: Desk, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Return the desk's word for a canonical value (mostly the usual one)."""
    forms = src.words[col][value]
    text = forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])
    if src.style in ("wcc", "lpgc") and rng.random() < 0.04:  # typed by hand
        text = text.upper() if src.style == "lpgc" else f"{text} "
        tags.append(f"case:{col}")
    return text


def _swap(text: str) -> str:
    """Two letters in the middle of a name swapped (a slip of the keyboard)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()) or text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _country(src: Desk, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """One country as the desk writes it in column ``col``."""
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    demonym = _DEMONYMS.get(iso, _NAMES[iso])[lang]
    r = rng.random()
    if src.style == "feed":
        if col == "detection_country":
            tags.append(f"iso2:{col}")
            return iso_codes(iso)[0]
        return name
    if src.style == "wcc":
        if col == "nationality":
            text = demonym if r < 0.8 else name
        elif iso == "GBR":
            text = "UK" if r < 0.6 else name
            tags.extend([f"alias:{col}"] if text == "UK" else [])
        elif iso == "USA" and r < 0.5:
            text = "USA"
            tags.append(f"alias:{col}")
        else:
            text = name
        if col in ("nationality", "origin_country") and rng.random() < 0.03:
            typo = _swap(text)
            if typo != text:
                tags.append(f"typo:{col}")
            text = typo
        return text
    if src.style == "codaf":
        if col == "nationality":
            text = demonym if r < 0.6 else name
        elif iso == "GBR" and col == "destination_country":
            text = "Royaume-Uni" if r < 0.6 else "Angleterre" if r < 0.85 else "UK"
            tags.extend([] if text == "Royaume-Uni" else [f"alias:{col}"])
        else:
            text = name
        if rng.random() < 0.25:  # the clerk's capitals
            text = text.upper()
            tags.append(f"case:{col}")
        return text
    if src.style == "lpgc":
        if col == "nationality":
            text = demonym if r < 0.7 else name
        elif iso == "USA" and r < 0.3:
            text = "EE. UU."
            tags.append(f"alias:{col}")
        else:
            text = name
        if col in ("nationality", "origin_country", "destination_country") and (
            rng.random() < 0.03
        ):
            typo = _swap(text)
            if typo != text:
                tags.append(f"typo:{col}")
            text = typo
        return text
    # mupa: names from the municipal form, codes where the SNM list was pasted in
    if col == "nationality" and r < 0.3:
        tags.append(f"iso3:{col}")
        return iso
    if iso == "USA" and r < 0.4:
        tags.append(f"alias:{col}")
        return "EE.UU."
    if iso == "PAN" and r < 0.2:
        tags.append(f"case:{col}")
        return "PANAMA"
    return name


def _transit(src: Desk, value: str, rng: _Rng, tags: list[str]) -> object:
    """Return the transit countries in their order, joined the desk's way."""
    codes = value.split("|")
    if src.style == "feed":
        tags.append("iso2:transit_countries")
        return [iso_codes(c)[0] for c in codes]
    names = [_country(src, c, "transit_countries", rng, tags) for c in codes]
    if src.style == "lpgc" and len(names) > 1:
        return ", ".join(names[:-1]) + " y " + names[-1]
    return src.transit_sep.join(names)


def _offences(src: Desk, value: str, rng: _Rng, tags: list[str]) -> object:
    """Return the related offences, in the truth's order, in the desk's words."""
    words = [_word(src, "linked_offences", v, rng, tags) for v in value.split("|")]
    if src.style == "feed":
        return words
    return src.offence_sep.join(words)


def _date_cell(src: Desk, ts: pd.Timestamp, rng: _Rng) -> object:
    """Return a full date as the desk writes it."""
    r = rng.random()
    if src.style == "wcc":
        if r < 0.7:
            return ts.strftime("%d/%m/%Y")
        if r < 0.85:
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
        return ts.strftime("%d/%m/%y")
    if src.style == "codaf":
        if r < 0.75:
            return ts.strftime("%d/%m/%Y")
        if r < 0.9:
            return ts.strftime("%d/%m/%y")
        return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src.style == "lpgc":
        if r < 0.8:
            return ts.to_pydatetime()
        if r < 0.95:
            return ts.strftime("%d/%m/%Y")
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}"
    if src.style == "mupa":
        if r < 0.78:
            return ts.strftime("%d/%m/%Y")
        if r < 0.92:
            return ts.strftime("%d-%m-%Y")
        return str((ts.normalize() - _EXCEL_DAY0).days)
    hour, minute = 6 + int(rng.integers(12)), int(rng.integers(60))
    if r < 0.8:
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z"
    return ts.strftime("%Y-%m-%d")


def _partial_cell(src: Desk, ts: pd.Timestamp, quarter: bool) -> str:
    """Return a month or a quarter as the desk writes it."""
    q = (ts.month - 1) // 3 + 1
    if src.style == "wcc":
        return f"{_MONTHS_EN[ts.month - 1]} {ts.year}"
    if src.style == "codaf":
        return f"T{q} {ts.year}" if quarter else f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src.style == "lpgc":
        return f"{q}º trimestre {ts.year}" if quarter else f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    return (
        f"{_ROMAN[q - 1]} trimestre {ts.year}"
        if quarter
        else f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    )


#: Shares of month-only and quarter-only dates by desk (rows that may be partial only).
_PARTIAL: dict[str, tuple[float, float]] = {
    "wcc": (0.03, 0.0),
    "codaf": (0.03, 0.02),
    "lpgc": (0.02, 0.02),
    "mupa": (0.02, 0.03),
    "feed": (0.0, 0.0),
}


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    month, quarter = _PARTIAL[src.style]
    r = rng.random()
    if partial_ok and r < month:
        tags.append("partial_date:month")
        return _partial_cell(src, ts, False), ts.to_period("M").start_time, "month"
    if partial_ok and r < month + quarter:
        tags.append("partial_date:quarter")
        return _partial_cell(src, ts, True), ts.to_period("Q").start_time, "quarter"
    cell = _date_cell(src, ts, rng)
    if src.style == "lpgc" and not isinstance(cell, str):
        tags.append("excel_date")
    if src.style == "mupa" and isinstance(cell, str) and cell.isdigit():
        tags.append("excel_serial")
    return cell, ts.normalize(), "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: blank, impossible, or years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        ahead = pd.Timestamp(year=ts.year + 8, month=ts.month, day=min(ts.day, 28))
        if src.style == "lpgc":
            return ahead.to_pydatetime()
        if src.style == "feed":
            return ahead.strftime("%Y-%m-%d") + "T09:00:00Z"
        return ahead.strftime("%d/%m/%Y")
    day = 30 + int(rng.integers(2))
    if src.style == "feed":
        return f"{ts.year}-02-{day}T09:00:00Z"
    if rng.random() < 0.5:
        return f"{day}/02/{ts.year}"
    return f"{ts.day:02d}/13/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date the desk writes on its note row (the day of its last row)."""
    if src.style == "lpgc":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


def _persons(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the number of people found, as written, and what an analyst reads."""
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        return (None if src.style == "feed" else choice(rng, src.count_na)), None
    if src.style == "feed" or src.style == "lpgc":
        return n, n
    if n >= 1000:
        tags.append("thousands")
        if src.style == "codaf":
            return f"{n // 1000}\u00a0{n % 1000:03d}", n
        return f"{n:,}", n  # Westminster and Panama both write 1,234
    if src.style == "wcc" and n <= 10 and r < 0.14:
        tags.append("count_word")
        return _EN_NUMBERS[n - 1], n
    return str(n), n


def _suspects(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the number of suspects, as written, and what an analyst reads."""
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        return (None if src.style == "feed" else choice(rng, src.not_known)), None
    if n == 0 and src.zero and rng.random() < 0.3:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    return (n if src.style in ("feed", "lpgc") else str(n)), n


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds to a tenth, as a hand-held GPS shows them."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{rest / 10:04.1f}\"{pos if value >= 0 else neg}"


def _place(
    src: Desk, lat: float, lon: float, rng: _Rng, forced: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the desk's coordinate cells and the expected point."""
    r = rng.random()
    pair = "coordinates" in src.headers
    if forced or r < 0.04:
        tags.append("blank_coordinates" if forced else "coords_missing")
        return ({"coordinates": None} if pair else {"lat": None, "lon": None}), None, None
    if src.style == "codaf" and r < 0.06:  # the form's default left in place
        tags.append("coords_placeholder")
        return {"lat": "0", "lon": "0"}, None, None
    if src.style == "codaf":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            (lat),
            lon,
        )
    if src.style == "wcc":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.style == "mupa":
        if r < 0.64:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    return {"lat": lat, "lon": lon}, lat, lon


def _codaf_batch(cells: dict[str, object], tags: list[str]) -> None:
    """Garble a row pasted from a UTF-8 extract opened as ANSI (cp1252 mojibake)."""
    for col, value in list(cells.items()):
        if col in ("source_ref", "event_date", "n_persons", "n_suspects", "lat", "lon"):
            continue
        if isinstance(value, str):
            garbled = mojibake(value)
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = (
        None if expl is None else _word(src, "exploitation", str(expl), rng, tags)
    )
    exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            tags,
        )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"], exp["gender"] = choice(rng, src.not_known), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, src.not_known), "unknown"
            tags.append("na_word")
        elif src.style == "lpgc" and value == "sea":  # cayucos reach the Canaries
            boats = ("cayuco", "neumática") if float(ev["lat"]) < 30 else ("patera", "neumática")  # type: ignore[arg-type]
            cells[col], exp[col] = (boats[0] if rng.random() < 0.7 else boats[1]), value
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, src.not_known), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col], exp[col] = _country(src, iso, col, rng, tags), iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, "detection_country", rng, tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    cells["transit_countries"] = None if transit is None else _transit(src, str(transit), rng, tags)
    exp["transit_countries"] = transit

    place, exp["lat"], exp["lon"] = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
        tags,
    )
    cells.update(place)
    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        None if offences is None else _offences(src, str(offences), rng, tags)
    )
    exp["linked_offences"] = offences

    if src.style == "codaf" and rng.random() < 0.08:
        _codaf_batch(cells, tags)
    return cells, exp, tags


#: Detection country -> the desk that first reports its events.
_PRIMARY: dict[str, str] = {
    "GBR": "westminster_licensing",
    "FRA": "codaf_pas_de_calais",
    "ESP": "policia_local_lpgc",
    "PAN": "alcaldia_panama_inspeccion",
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "GBR"): "codaf_pas_de_calais",
    ("channel", "FRA"): "dataminr_alerts",
    ("thb_vnm_gbr", "GBR"): "dataminr_alerts",
    ("darien", "PAN"): "dataminr_alerts",
    ("watl", "ESP"): "dataminr_alerts",
    ("wmed", "ESP"): "dataminr_alerts",
    ("thb_rou_esp", "ESP"): "dataminr_alerts",
}

#: The variant: its desks, routing and writers.
BLIND351: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="dataminr_alerts",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=351_351,
    blank_share=0.3,
)


def make_blind351(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind351`` desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Westminster licensing (CSV, UTF-8 with BOM, ``,``), CODAF du Pas-de-Calais (CSV,
        cp1252, ``;``), Policía Local de Las Palmas (XLSX), Alcaldía de Panamá (CSV,
        UTF-16, tab) and the Dataminr feed (JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind351(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['westminster_licensing_mo.csv', 'codaf_pas_de_calais_mo.csv',
     'policia_local_lpgc_mo.xlsx', 'alcaldia_panama_inspeccion_mo.csv',
     'dataminr_alerts_mo.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date du contrôle', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND351, truth, seed=seed)
