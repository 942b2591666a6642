"""Examiner sample set ``blind196`` (files ``*_gp.*``): the Horn of Africa route, five agencies.

Five agencies that report on Eritrean, Sudanese and Ethiopian journeys through Sudan and
Libya to Italy and on to Northern Europe, none used before in trendlib's samples, each
writing its own way:

``habeshia_casework`` (XLSX, English)
    Case sheet of Agenzia Habeshia, the Rome-based Eritrean/Ethiopian diaspora agency that
    relays distress calls from boats and follows trafficking survivors in Italy. Real Excel
    dates with a few typed ones ("17 May 2023", "17-May-23", "May 2023"), nationalities as
    demonyms ("Eritrean"), an Italian word now and then ("Italia", "Libia"), routes joined by
    ``" > "``, satellite-phone positions in degrees and decimal minutes
    (``35°30.2'N 012°36.1'E``), small suspect counts as words ("two", "none").
``auberge_migrants_calais`` (CSV, French, cp1252, ``;``)
    Field log of L'Auberge des Migrants in Calais (Excel for Windows, French locale):
    day-first dates (some with ``00:00``, some two-digit years, "mai 2023", "T2 2023"),
    nationalities as feminine adjectives ("érythréenne", "kurde irakienne"), "Angleterre"
    for the United Kingdom, decimal-comma coordinates, "aucun" for no smuggler, no column
    of linked offences.
``cruz_blanca_acogida`` (CSV, Spanish, UTF-8 with BOM, ``;``)
    Reception and anti-trafficking register of Fundación Cruz Blanca (Ceuta, Melilla,
    Andalusia, Canary Islands): day-first dates with a few Excel serial numbers pasted from
    another sheet, the criminal-code articles as crime type ("Art. 318 bis CP"), Spanish
    nationality adjectives ("maliense"), thousands with a dot ("1.234"), Google-Maps
    coordinate pairs, and rows imported once through a wrong encoding (mojibake).
``rsa_aegean_monitoring`` (CSV, English, UTF-16 with BOM, tab)
    Incident monitoring of Refugee Support Aegean (Lesbos, Samos, Evros), saved from Excel
    as "Unicode Text": day-first dates (some unpadded), English names with a few ISO3 codes
    and "Turkey"/"Türkiye", GPS "0"/"0" where the device gave no fix.
``amnesty_incidents`` (JSON lines, English)
    Incident database of Amnesty International's refugee and migrant rights team, the
    compilation of every other event (Croatia, Poland, the Channel, the Darién, the US-Mexico
    border) and second reports of events the others give: ISO dates and timestamps, partial
    dates ``2023-05``/``2023-Q2``, ISO3 and ISO2 codes, controlled labels, JSON numbers.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses the rows, the duplicates and
the bad rows; this module says how each agency writes a cell and what a careful analyst reads
from it.
"""

from __future__ import annotations

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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND196", "SOURCES", "Agency", "make_blind196"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
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
#: Date styles giving only a month or a quarter.
_MONTH_STYLES = frozenset({"en_month", "fr_month", "es_month", "iso_month"})
_QUARTER_STYLES = frozenset({"en_quarter", "t_quarter", "iso_quarter"})

# --------------------------------------------------------------------------------------
# Country words
# --------------------------------------------------------------------------------------
#: English demonyms (nationality words of NGO case sheets).
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
#: Misspelt English demonyms seen in hand-typed case sheets.
_EN_DEMONYM_TYPO = {
    "Eritrean": "Eritrian",
    "Egyptian": "Egyptain",
    "Bangladeshi": "Bangaldeshi",
    "Pakistani": "Pakistanian",
    "Tunisian": "Tunisien",
    "Afghan": "Afgan",
    "Syrian": "Syrain",
    "Iraqi": "Iraki",
}
#: French nationality adjectives (feminine, agreeing with "nationalité").
_FR_ADJ = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: A Calais habit: Kurdish people recorded with the state they come from.
_FR_KURD = {"IRQ": "kurde irakienne", "IRN": "kurde iranienne"}
_FR_TYPO = {
    "érythréenne": "érythréene",
    "afghane": "afgane",
    "irakienne": "iraquienne",
    "Érythrée": "Erythree",
    "Afghanistan": "Afganistan",
    "Royaume-Uni": "Royaume Uni",
}
#: Spanish nationality adjectives.
_ES_ADJ = {
    "CIV": "marfileña",
    "DZA": "argelina",
    "GIN": "guineana",
    "GMB": "gambiana",
    "MAR": "marroquí",
    "MLI": "maliense",
    "ROU": "rumana",
    "SEN": "senegalesa",
}
_ES_TYPO = {
    "marroquí": "marroqui",
    "senegalesa": "senegalés",
    "Marruecos": "Marrueco",
    "Mauritania": "Mauritana",
    "Argelia": "Argelía",
    "Senegal": "Senegall",
    "guineana": "guinea",
}
#: Italian country names a Rome-based desk slips into its English sheet.
_IT_NAMES = {
    "ITA": "Italia",
    "FRA": "Francia",
    "DEU": "Germania",
    "GBR": "Regno Unito",
    "LBY": "Libia",
}


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _alias(iso: str) -> str | None:
    aliases = COUNTRIES[iso][4]
    return str(aliases[0]) if aliases else None


def _typo(iso: str) -> str:
    return str(COUNTRIES[iso][5])


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Canonical column -> canonical value -> the agency's words (first = the usual one).
    unknown : tuple of str
        What the agency writes when a value is not known.
    not_applicable : tuple of str
        What it writes for the form of exploitation of a smuggling case ("" = blank).
    zero : str or None
        Word written for no suspect, if the agency writes one.
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked offences.
    date_styles : tuple of (str, float)
        Date styles and their weights (see :func:`_date_cell`).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    zero: str | None
    transit_sep: str
    offence_sep: str
    date_styles: tuple[tuple[str, float], ...]


_HABESHIA = Agency(
    source="habeshia_casework",
    filename="habeshia_casework_gp.xlsx",
    ref="HA/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date",
        "crime_type": "Case type",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "n_persons": "No. of persons",
        "gender": "Sex",
        "age_group": "Adults/minors",
        "transit_countries": "Route (transit)",
        "transport_mode": "Means of travel",
        "detection_country": "Country of arrival",
        "coordinates": "GPS position (sat phone)",
        "destination_country": "Final destination",
        "exploitation": "Exploitation",
        "n_suspects": "Smugglers/traffickers named",
        "linked_offences": "Other offences",
    },
    note="Note: cases from calls received by the agency, not verified on the ground",
    total="TOTAL",
    bad_count=("several", "many", "dozens"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("smuggling", "Smuggling", "smuggled (paid crossing)"),
            "trafficking": ("trafficking", "Human trafficking", "trafficked"),
            "both": ("smuggling + trafficking", "trafficking/smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "forced prostitution"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality", "forced to sell drugs"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("M", "male", "men"),
            "female": ("F", "female", "women"),
            "mixed": ("mixed", "men & women", "M/F"),
        },
        "age_group": {
            "adult": ("adults", "adult"),
            "child": ("minors", "UAM", "minor"),
            "mixed": ("adults + minors", "mixed", "families with children"),
        },
        "transport_mode": {
            "sea": ("boat", "rubber boat", "wooden boat", "fishing boat"),
            "land": ("overland", "by road", "truck"),
            "air": ("flight", "by air"),
        },
        "linked_offences": {
            "document_fraud": ("forged documents", "document fraud"),
            "corruption": ("bribery of officials", "corruption"),
            "money_laundering": ("hawala / money laundering", "money laundering"),
            "illicit_goods": ("drugs", "smuggled goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "not known", "n/k"),
    not_applicable=("", "", "n/a"),
    zero="none",
    transit_sep=" > ",
    offence_sep="; ",
    date_styles=(
        ("excel", 0.78),
        ("en_long", 0.1),
        ("en_short", 0.04),
        ("en_month", 0.05),
        ("en_quarter", 0.03),
    ),
)

_AUBERGE = Agency(
    source="auberge_migrants_calais",
    filename="auberge_migrants_calais_gp.csv",
    ref="AdM-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Pays",
        "lat": "Latitude",
        "lon": "Longitude",
        "crime_type": "Nature",
        "transport_mode": "Mode de passage",
        "n_persons": "Nb de personnes",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination souhaitée",
        "n_suspects": "Nb de passeurs signalés",
        "exploitation": "Exploitation constatée",
    },
    note="NB : données recueillies lors des maraudes, non exhaustives",
    total="TOTAL",
    bad_count=("plusieurs dizaines", "nombreux", "plusieurs"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("passage (trafic de migrants)", "trafic de migrants", "passeurs"),
            "trafficking": ("traite des êtres humains", "traite", "TEH"),
            "both": ("traite + passage", "traite et trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes", "majeur"),
            "child": ("mineurs", "MNA", "mineur(s)"),
            "mixed": ("majeurs et mineurs", "mixte", "familles avec enfants"),
        },
        "transport_mode": {
            "sea": ("small boat", "bateau pneumatique", "embarcation", "taxi-boat"),
            "land": ("camion", "poids lourd", "dans un camion"),
            "air": ("avion",),
        },
    },
    unknown=("inconnu", "NC", "non renseigné", "?"),
    not_applicable=("", "", "sans objet"),
    zero="aucun",
    transit_sep=", ",
    offence_sep=", ",
    date_styles=(
        ("d/m/Y", 0.7),
        ("d/m/Y 00:00", 0.06),
        ("d/m/y", 0.08),
        ("fr_long", 0.04),
        ("fr_month", 0.07),
        ("t_quarter", 0.05),
    ),
)

_CRUZ_BLANCA = Agency(
    source="cruz_blanca_acogida",
    filename="cruz_blanca_acogida_gp.csv",
    ref="CB-{seq:05d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de llegada / detección",
        "detection_country": "País de detección",
        "coordinates": "Coordenadas (lat, long)",
        "transport_mode": "Medio de llegada",
        "crime_type": "Tipología delictiva",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº de personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "n_suspects": "Presuntos autores",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="TOTAL",
    bad_count=("varias decenas", "numerosas", "un grupo"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "tráfico ilícito de migrantes",
                "Art. 318 bis CP",
                "tráfico de migrantes",
            ),
            "trafficking": ("trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
            "both": ("trata y tráfico", "177 bis + 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras formas", "otra"),
        },
        "gender": {
            "male": ("hombres", "Hombre", "varones"),
            "female": ("mujeres", "Mujer"),
            "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA", "menores no acompañados"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("salto de valla", "a pie", "vehículo", "autobús"),
            "air": ("avión", "vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("desconocido", "s/d", "sin datos", "N/D"),
    not_applicable=("", "", "no procede"),
    zero="ninguno",
    transit_sep=" - ",
    offence_sep=" / ",
    date_styles=(
        ("d/m/Y", 0.7),
        ("d-m-Y", 0.08),
        ("serial", 0.04),
        ("es_long", 0.05),
        ("es_month", 0.08),
        ("t_quarter", 0.05),
    ),
)

_RSA = Agency(
    source="rsa_aegean_monitoring",
    filename="rsa_aegean_monitoring_gp.csv",
    ref="RSA/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Date of incident",
        "detection_country": "Country",
        "lat": "Lat",
        "lon": "Lon",
        "transport_mode": "Mode",
        "n_persons": "No. of people",
        "nationality": "Nationality (main)",
        "origin_country": "Country of origin",
        "transit_countries": "Transit",
        "destination_country": "Intended destination",
        "gender": "Gender",
        "age_group": "Age group",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_suspects": "Arrested (suspects)",
        "linked_offences": "Other charges",
    },
    note="Source: RSA field monitoring; figures provisional",
    total="Total",
    bad_count=("several", "many", "a few dozen"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("smuggling", "migrant smuggling", "facilitation of illegal entry"),
            "trafficking": ("trafficking", "THB"),
            "both": ("trafficking & smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("male", "men"),
            "female": ("female", "women"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "adult": ("adults",),
            "child": ("children", "unaccompanied children"),
            "mixed": ("adults & children", "families"),
        },
        "transport_mode": {
            "sea": ("sea", "dinghy", "boat", "speedboat"),
            "land": ("land", "on foot", "car"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("forgery of documents", "false documents"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "n/k", "-"),
    not_applicable=("", "n/a"),
    zero="none",
    transit_sep=" / ",
    offence_sep=", ",
    date_styles=(
        ("d/m/Y", 0.55),
        ("d/m/Y nopad", 0.2),
        ("en_long", 0.1),
        ("en_month", 0.09),
        ("en_quarter", 0.06),
    ),
)

_AMNESTY = Agency(
    source="amnesty_incidents",
    filename="amnesty_incidents_gp.jsonl",
    ref="AI-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "detection_country": "incident_country",
        "lat": "latitude",
        "lon": "longitude",
        "crime_type": "crime_category",
        "exploitation": "exploitation_form",
        "n_persons": "people_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality_iso3",
        "origin_country": "origin_country",
        "destination_country": "destination_iso3",
        "transit_countries": "transit_route",
        "transport_mode": "movement_mode",
        "linked_offences": "related_violations",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens", "hundreds"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("People smuggling",),
            "trafficking": ("Human trafficking",),
            "both": ("Trafficking and smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour",),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Men",),
            "female": ("Women",),
            "mixed": ("Men and women",),
        },
        "age_group": {
            "adult": ("Adults",),
            "child": ("Children",),
            "mixed": ("Adults and children",),
        },
        "transport_mode": {
            "sea": ("Sea",),
            "land": ("Land",),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Illicit goods",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Unknown",),
    not_applicable=("",),
    zero=None,
    transit_sep=",",
    offence_sep="; ",
    date_styles=(
        ("iso", 0.74),
        ("iso_z", 0.1),
        ("Y/m/d", 0.04),
        ("iso_month", 0.08),
        ("iso_quarter", 0.04),
    ),
)

#: The five agencies, in the order :func:`make_blind196` returns their submissions.
SOURCES: tuple[Agency, ...] = (_HABESHIA, _AUBERGE, _CRUZ_BLANCA, _RSA, _AMNESTY)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weighted: tuple[tuple[str, float], ...]) -> str:
    keys = [k for k, _ in weighted]
    w = np.array([p for _, p in weighted], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Agency, column: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value: the usual one 65 %, a variant otherwise."""
    forms = src.words[column][value]
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _date_cell(src: Agency, ts: pd.Timestamp, style: str) -> object:
    """Write a date in one of the agency's styles.

    Examples
    --------
    >>> ts = pd.Timestamp("2023-05-07")
    >>> [_date_cell(_CRUZ_BLANCA, ts, s) for s in ("d/m/Y", "serial", "es_long", "es_month")]
    ['07/05/2023', '45053', '7 de mayo de 2023', 'mayo de 2023']
    >>> [_date_cell(_RSA, ts, s) for s in ("d/m/Y nopad", "en_short", "en_quarter")]
    ['7/5/2023', '07-May-23', 'Q2 2023']
    """
    m = ts.month - 1
    forms: dict[str, object] = {
        "excel": ts.to_pydatetime(),
        "d/m/Y": ts.strftime("%d/%m/%Y"),
        "d/m/Y 00:00": ts.strftime("%d/%m/%Y") + " 00:00",
        "d/m/y": ts.strftime("%d/%m/%y"),
        "d-m-Y": ts.strftime("%d-%m-%Y"),
        "d/m/Y nopad": f"{ts.day}/{ts.month}/{ts.year}",
        "serial": str((ts.normalize() - _EXCEL_EPOCH).days),
        "iso": ts.strftime("%Y-%m-%d"),
        "iso_z": ts.strftime("%Y-%m-%d") + "T00:00:00Z",
        "Y/m/d": ts.strftime("%Y/%m/%d"),
        "en_long": f"{ts.day} {MONTHS[m]} {ts.year}",
        "en_short": f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year % 100:02d}",
        "fr_long": f"{ts.day} {_MONTHS_FR[m]} {ts.year}",
        "es_long": f"{ts.day} de {_MONTHS_ES[m]} de {ts.year}",
        "en_month": f"{MONTHS[m]} {ts.year}",
        "fr_month": f"{_MONTHS_FR[m]} {ts.year}",
        "es_month": f"{_MONTHS_ES[m]} de {ts.year}",
        "iso_month": ts.strftime("%Y-%m"),
        "en_quarter": f"Q{ts.quarter} {ts.year}",
        "t_quarter": f"T{ts.quarter} {ts.year}",
        "iso_quarter": f"{ts.year}-Q{ts.quarter}",
    }
    return forms[style]


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    styles = src.date_styles
    if not partial_ok:  # both reports of a duplicated event give the day
        styles = tuple(
            (k, p) for k, p in styles if k not in _MONTH_STYLES and k not in _QUARTER_STYLES
        )
    style = _draw(rng, styles)
    cell = _date_cell(src, ts, style)
    if style in _MONTH_STYLES:
        tags.append("partial_date")
        return cell, ts.to_period("M").start_time, "month"
    if style in _QUARTER_STYLES:
        tags.append("partial_date")
        return cell, ts.to_period("Q").start_time, "quarter"
    if style == "serial":
        tags.append("excel_serial")
    elif style not in ("excel", "iso", "d/m/Y"):
        tags.append(f"date_style:{style}")
    return cell, ts.normalize(), "day"


def _bad_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a day missing from every year: 30 February or the 31st of a short month."""
    month = int(rng.choice([2, 4, 6, 9, 11]))
    return (30 if month == 2 else 31), month


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, a day that does not exist, or a mistyped year.

    The future date is the row's own day with its year's third digit struck one key to the
    right (2023 -> 2033), the slip of a clerk on a numeric keypad.
    """
    if kind == "no_date":
        return None if src.format != "csv" or rng.random() < 0.7 else ""
    if kind == "bad_date":
        day, month = _bad_day(ts, rng)
        if src.language == "fr":
            return f"{day:02d}/{month:02d}/{ts.year}"
        if src.language == "es":
            return f"{day:02d}/{month:02d}/{ts.year}"
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day} {MONTHS[month - 1]} {ts.year}"
    try:
        future = ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        future = ts.replace(year=ts.year + 10, day=28)
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date the agency writes on its note row (the day of its last row)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _count(src: Agency, value: int, tags: list[str], rng: _Rng) -> object:
    """Write a count of persons the agency's way (thousands separators of its language)."""
    if value >= 1000:
        sep = {"habeshia_casework": ",", "rsa_aegean_monitoring": ","}.get(src.source)
        if src.source == "auberge_migrants_calais":
            sep = choice(rng, ("\u00a0", " "))
        elif src.source == "cruz_blanca_acogida":
            sep = "."
        if sep is not None and (src.format == "csv" or rng.random() < 0.4):
            tags.append("thousands:n_persons")
            return f"{value // 1000}{sep}{value % 1000:03d}"
    if src.format in ("xlsx", "jsonl"):
        return int(value)
    return str(value)


def _count_unknown(src: Agency, rng: _Rng) -> str | None:
    """Return a "not known" count: a word (never a dash, which may mean zero) or JSON null."""
    if src.format == "jsonl":
        return None
    return choice(rng, tuple(w for w in src.unknown if w != "-"))


_NUMBER_WORDS = {1: "one", 2: "two", 3: "three"}


def _suspects(src: Agency, value: int, tags: list[str], rng: _Rng) -> object:
    if value == 0 and src.zero is not None and rng.random() < 0.5:
        tags.append("zero_word")
        return src.zero
    if src.source == "habeshia_casework" and value in _NUMBER_WORDS and rng.random() < 0.15:
        tags.append("number_word:n_suspects")
        return _NUMBER_WORDS[value]
    return int(value) if src.format in ("xlsx", "jsonl") else str(value)


def _country(
    src: Agency, iso: str, column: str, rng: _Rng, tags: list[str], *, americas: bool = False
) -> str:
    """Write one country the agency's way; tag what a reader must see through.

    ``americas``: the event was entered by Amnesty's Americas team, who type the free-text
    country of origin in Spanish.
    """
    r = rng.random()
    lang = src.language
    name = _name(iso, lang)
    key = src.source
    if key == "amnesty_incidents":
        if column == "detection_country":
            tags.append(f"iso2:{column}")
            return str(COUNTRIES[iso][0])
        if column == "origin_country":
            if americas:
                tags.append("spanish:origin_country")
                return _name(iso, "es")
            return name
        tags.append(f"iso3:{column}")
        return iso
    if column == "nationality":
        if key == "habeshia_casework" and iso in _EN_DEMONYM and r < 0.82:
            word = _EN_DEMONYM[iso]
            tags.append("demonym:nationality")
            if r < 0.04 and word in _EN_DEMONYM_TYPO:
                tags.append("typo:nationality")
                return _EN_DEMONYM_TYPO[word]
            if r > 0.79:
                tags.append("case:nationality")
                return word.upper()
            return word
        if key == "auberge_migrants_calais" and iso in _FR_ADJ and r < 0.8:
            tags.append("demonym:nationality")
            if iso in _FR_KURD and r < 0.12:
                return _FR_KURD[iso]
            word = _FR_ADJ[iso]
            if r > 0.76 and word in _FR_TYPO:
                tags.append("typo:nationality")
                return _FR_TYPO[word]
            return word
        if key == "cruz_blanca_acogida" and iso in _ES_ADJ and r < 0.62:
            tags.append("demonym:nationality")
            word = _ES_ADJ[iso]
            if r > 0.58 and word in _ES_TYPO:
                tags.append("typo:nationality")
                return _ES_TYPO[word]
            return word
        if key == "rsa_aegean_monitoring":
            if iso in _EN_DEMONYM and r < 0.12:
                tags.append("demonym:nationality")
                return _EN_DEMONYM[iso]
            if r < 0.2:
                tags.append("iso3:nationality")
                return iso
        r = rng.random()
    if key == "habeshia_casework":
        if iso in _IT_NAMES and r < 0.1 and column != "nationality":
            tags.append(f"italian:{column}")
            return _IT_NAMES[iso]
        if iso in ("GBR", "USA") and r < 0.5:
            tags.append(f"alias:{column}")
            return str(_alias(iso))
    if key == "auberge_migrants_calais" and iso == "GBR":
        tags.append(f"alias:{column}")
        return choice(rng, ("Royaume-Uni", "Angleterre", "Angleterre", "UK"))
    if key == "rsa_aegean_monitoring":
        if iso == "TUR" and r < 0.5:
            tags.append(f"alias:{column}")
            return "Turkey"
        if column != "detection_country" and 0.9 < r < 0.96:
            tags.append(f"iso3:{column}")
            return iso
        if column == "detection_country" and r > 0.94:
            tags.append(f"iso2:{column}")
            return str(COUNTRIES[iso][0])
    if key == "cruz_blanca_acogida" and column == "detection_country" and r > 0.95:
        tags.append(f"iso2:{column}")
        return str(COUNTRIES[iso][0])
    if r > 0.97 and column != "detection_country":
        typo = {"fr": _FR_TYPO, "es": _ES_TYPO}.get(lang, {}).get(name) or _typo(iso)
        if typo != name:
            tags.append(f"typo:{column}")
            return typo
    if 0.95 < r <= 0.97:
        tags.append(f"case:{column}")
        return name.upper()
    return name


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes as a satellite phone shows them (``35°30.2'N``)."""
    hemi = pos if value >= 0 else neg
    minutes = round(abs(value) * 60, 1)
    deg, mins = divmod(minutes, 60)
    return f"{int(deg):0{width}d}°{mins:04.1f}'{hemi}"


def _ddm_value(text: str) -> float:
    """Return the decimal degrees a ``35°30.2'N`` cell denotes.

    Examples
    --------
    >>> round(_ddm_value(_ddm(-5.3216, "N", "S", 2)), 4)
    -5.3217
    """
    deg, rest = text.split("°")
    value = int(deg) + float(rest[:-2]) / 60
    return round(-value if text.endswith(("S", "W")) else value, 5)


def _coords(
    src: Agency, lat: float, lon: float, mode: str, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of the event; return (cells, expected lat, expected lon)."""
    key = src.source
    r = rng.random()
    if key == "habeshia_casework":  # positions come from the boats' satellite phones
        if mode != "sea" or r < 0.12:
            tags.append("coords_missing")
            return {}, None, None
        t_lat, t_lon = _ddm(lat, "N", "S", 2), _ddm(lon, "E", "W", 3)
        tags.append("ddm_coords")
        return {"coordinates": f"{t_lat} {t_lon}"}, _ddm_value(t_lat), _ddm_value(t_lon)
    if key == "auberge_migrants_calais":
        if r < 0.15:
            tags.append("coords_missing")
            return {}, None, None
        e_lat, e_lon = round(lat, 4), round(lon, 4)
        tags.append("decimal_comma:coordinates")
        return (
            {"lat": f"{e_lat:.4f}".replace(".", ","), "lon": f"{e_lon:.4f}".replace(".", ",")},
            e_lat,
            e_lon,
        )
    if key == "cruz_blanca_acogida":  # pasted from Google Maps
        if r < 0.06:
            tags.append("coords_missing")
            return {}, None, None
        e_lat, e_lon = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{e_lat:.5f}, {e_lon:.5f}"}, e_lat, e_lon
    if key == "rsa_aegean_monitoring":
        if r < 0.05:
            tags.append("coords_missing")
            return {}, None, None
        if r < 0.08:  # the device gave no fix
            tags.append("coords_placeholder")
            return {"lat": "0", "lon": "0"}, None, None
        e_lat, e_lon = round(lat, 5), round(lon, 5)
        return {"lat": f"{e_lat:.5f}", "lon": f"{e_lon:.5f}"}, e_lat, e_lon
    if r < 0.08:
        tags.append("coords_missing")
        return {}, None, None
    e_lat, e_lon = round(lat, 3), round(lon, 3)
    return {"lat": e_lat, "lon": e_lon}, e_lat, e_lon


def _noisy(src: Agency, text: str, rng: _Rng, column: str, tags: list[str]) -> str:
    """Change the case or spacing of a few typed cells (the meaning stays).

    A database export (JSON lines) writes its controlled labels as they are.
    """
    if not text or src.format == "jsonl" or rng.random() >= 0.04:
        return text
    tags.append(f"case:{column}")
    k = int(rng.integers(3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


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
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noisy(src, _word(src, "crime_type", crime, rng), rng, "crime_type", tags)
    exp["crime_type"] = crime

    if crime == "smuggling":
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.08:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        expl = str(ev["exploitation"])
        cells["exploitation"] = _noisy(
            src, _word(src, "exploitation", expl, rng), rng, "exploitation", tags
        )
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and rng.random() < 0.015:
        cells["n_persons"] = _count_unknown(src, rng)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons, tags, rng)
        exp["n_persons"] = persons

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = _count_unknown(src, rng)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _suspects(src, suspects, tags, rng)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noisy(src, _word(src, "gender", gender, rng), rng, "gender", tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, src.unknown), "unknown"
            tags.append("na_word")
        else:
            cells[col] = _noisy(src, _word(src, col, value, rng), rng, col, tags)
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:  # a database leaves the code empty
        cells["nationality"] = choice(rng, src.unknown) if src.format != "jsonl" else None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags)
        exp["nationality"] = nat

    for col, rate in (("origin_country", 0.03), ("destination_country", 0.04)):
        iso = str(ev[col])
        if rng.random() < rate:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags.append(f"unknown:{col}")
        else:
            americas = ev["detection_country"] in ("PAN", "USA")
            cells[col] = _country(src, iso, col, rng, tags, americas=americas)
            exp[col] = iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, "detection_country", rng, tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        direct = {"habeshia_casework": "direct", "cruz_blanca_acogida": "directo"}
        cells["transit_countries"] = (
            direct[src.source] if src.source in direct and rng.random() < 0.3 else None
        )
        exp["transit_countries"] = None
    elif rng.random() < 0.02:
        cells["transit_countries"] = choice(rng, src.unknown)
        exp["transit_countries"] = None
        tags.append("unknown:transit_countries")
    else:
        parts = [_country(src, c, "transit_countries", rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        where, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            str(ev["transport_mode"]),
            rng,
            tags,
        )
        cells.update(where)

    offences = ev["linked_offences"]
    if "linked_offences" not in src.headers:
        exp["linked_offences"] = None
    elif offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    if src.source == "cruz_blanca_acogida" and rng.random() < 0.07:
        # rows once imported from a UTF-8 export opened as Windows-1252
        changed = False
        for col, cell in cells.items():
            if isinstance(cell, str) and col != "event_date":
                garbled = mojibake(cell)
                if garbled is not None:
                    cells[col] = garbled
                    changed = True
        if changed:
            tags.append("mojibake")
    for col, cell in cells.items():  # a cell the file's encoding cannot hold
        if isinstance(cell, str) and not fits(cell, src):
            cells[col] = cell.encode(src.encoding, "replace").decode(src.encoding)
            tags.append(f"unencodable:{col}")
    return cells, exp, tags


#: Detection country -> the agency that first reports its events.
_PRIMARY = {
    "ITA": "habeshia_casework",
    "FRA": "auberge_migrants_calais",
    "ESP": "cruz_blanca_acogida",
    "GRC": "rsa_aegean_monitoring",
}
#: (corridor, detection country) -> the agency that may report the event a second time.
_SECONDARY = {
    ("cmed", "ITA"): "amnesty_incidents",
    ("thb_nga_ita", "ITA"): "amnesty_incidents",
    ("emed", "GRC"): "amnesty_incidents",
    ("wmed", "ESP"): "amnesty_incidents",
    ("watl", "ESP"): "amnesty_incidents",
    ("channel", "FRA"): "habeshia_casework",
    ("channel", "GBR"): "auberge_migrants_calais",
}

#: The variant: its agencies, routing and cell writers.
BLIND196: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="amnesty_incidents",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=196,
    blank_share=0.3,
)


def make_blind196(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the examiner set ``blind196``.

    Agenzia Habeshia (XLSX, English) first reports the events detected in Italy, L'Auberge
    des Migrants (CSV, French, cp1252, ``;``) those in France, Fundación Cruz Blanca (CSV,
    Spanish, UTF-8 with BOM, ``;``) those in Spain, Refugee Support Aegean (CSV, English,
    UTF-16, tab) those in Greece, and Amnesty International's incident database (JSON
    lines, English) every other one. A few events are reported a second time by another
    agency (Amnesty for the Mediterranean routes, Habeshia for Eritreans in Calais,
    L'Auberge for boats that reached Dover).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`SOURCES`, with the expected rows of ``truth_rows.csv``.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind196(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['habeshia_casework_gp.xlsx', 'auberge_migrants_calais_gp.csv',
     'cruz_blanca_acogida_gp.csv', 'rsa_aegean_monitoring_gp.csv',
     'amnesty_incidents_gp.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:3]]
    [('cp1252', ';'), ('utf-8-sig', ';')]
    >>> subs[3].encoding, subs[3].delimiter == chr(9)
    ('utf-16', True)
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Pays']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(BLIND196, truth, seed=seed)
