"""A thirteenth examiner's held-out sample set (``blind13``, files ``*_o.*``).

Written by an examiner who never read the cleaner's tables, from five agencies none of
the earlier sets use, each writing its values the way its own staff would:

``ocriest_o.csv`` / OCRIEST (Office central pour la répression de l'immigration
    irrégulière, France): French, cp1252 (CRLF), ``;`` delimiter; dates ``dd/mm/yyyy``
    or spelled out (``1er mars 2022``), months (``mars 2022``) and quarters
    (``2e trimestre 2022``); French offence wording (``TEH``, ``aide à l'entrée
    irrégulière``), feminine demonyms (``érythréenne``), ``small boat`` / ``poids lourd``,
    counts with a space or no-break space as thousands separator, ``n.c.`` and
    ``aucun``, one GPS cell ``lat. 50,95812 / long. 1,85224`` (decimal commas) or
    ``non géolocalisé``; first reports of events detected in France, second reports of
    Channel and Nigerian/Vietnamese trafficking cases.
``fiscalia_extranjeria_o.xlsx`` / Fiscalía de Sala de Extranjería (Spain): Spanish
    workbook; real Excel dates, some typed ``dd/mm/yyyy`` or ``14-mar-2022``, months
    (``marzo de 2022``) and quarters (``1T 2022``); Penal Code articles (``art. 177 bis
    CP``, ``art. 318 bis CP``), ``patera`` / ``cayuco``, ``MENA``, ``cohecho``,
    counts as numbers or ``1.250`` text, ``s/d`` and ``ninguno``, positions in degrees
    and decimal minutes (``27º 45,32' N 15º 36,12' W``); events detected in Spain.
``cbp_o.jsonl`` / US Customs and Border Protection (Border Patrol encounters):
    English JSON lines; US dates ``MM/DD/YYYY``, months (``March 2022``) and calendar
    quarters (``CY2022 Q1``); CBP demographics (``Single Adult``, ``UAC``,
    ``Family unit (FMUA)``), upper-case CBP country names (``CHINA, PEOPLES REPUBLIC
    OF``) and ISO alpha-2 codes, ``1,250`` counts, ``UNK``, ``none``, numeric GPS with
    the odd ``0.0 / 0.0`` placeholder; events detected in the United States; re-sends
    a few lines.
``r4v_monitoreo_o.csv`` / R4V–UNHCR protection monitoring at the Darién (Panama):
    Spanish KoBo-style export, UTF-8 with BOM, tab delimiter; ISO dates and ``d/m/yyyy``,
    ``marzo 2022``, ``I trimestre 2022``; ``Tráfico ilícito de migrantes (coyotaje)``,
    ``NNA``, survey codes ``NS/NR``, mojibake (``PanamÃ¡``), route cells with arrows;
    events detected in Panama and second reports of US–Mexico encounters; re-sends a
    few rows.
``icmpd_mtm_o.csv`` / ICMPD (MTM route compilation, Vienna): English, latin-1, ``,``
    delimiter; ISO, ``dd.mm.yyyy`` and ``14 Mar 2022`` dates, ``2022-03`` months and
    ``2022-Q1`` quarters; ``THB`` / ``SoM``, ``18+`` / ``<18``, UN country names
    (``Syrian Arab Republic``, ``Türkiye``), ISO alpha-3 codes and demonyms, ``n/k``,
    ``tbc``, ``nil``; the compilation that first reports every other event and second
    reports of Spanish and French ones.

Every source plants the bad rows of :mod:`trendlib.samples._examiner` (no, impossible or
future date; negative or unreadable count), an empty row (CSV), a note row and a total
row, each written the agency's way. Count placeholders (``n.c.``, ``s/d``, ``UNK``,
``NS/NR``, ``n/k``) keep the record with no count; "not applicable" words in the age
group or transport mode expect ``unknown``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND13_SOURCES", "Blind13Source", "make_blind13"]

_Rng = np.random.Generator
_Cell = object


@dataclass(frozen=True)
class Blind13Source(ExaminerSource):
    """One blind13 agency: the shared attributes plus its own writing habits.

    Attributes
    ----------
    style : str
        Key of the agency's wording tables (``"ocriest"``, ``"fiscalia"``, ``"cbp"``,
        ``"r4v"``, ``"icmpd"``).
    month_share : float
        Share of rows (outside duplicated pairs) dated by their month only.
    quarter_share : float
        Share of rows (outside duplicated pairs) dated by their quarter only.
    placeholder_share : float
        Share of rows whose count of persons is a "not known" word.
    """

    style: str = ""
    month_share: float = 0.0
    quarter_share: float = 0.0
    placeholder_share: float = 0.0


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_OCRIEST = Blind13Source(
    source="ocriest_o",
    filename="ocriest_o.csv",
    ref="{year}/OCR/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Source : OCRIEST – extraction provisoire, données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="ocriest",
    month_share=0.04,
    quarter_share=0.02,
    placeholder_share=0.02,
)
_FISCALIA = Blind13Source(
    source="fiscalia_extranjeria_o",
    filename="fiscalia_extranjeria_o.xlsx",
    ref="DP {seq}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Diligencias",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / extranjeros",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Mayor / menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino final",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de entrada",
        "coordinates": "Posición (según atestado)",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales a fecha de extracción – Fiscalía de Sala de Extranjería",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    style="fiscalia",
    month_share=0.03,
    quarter_share=0.02,
    placeholder_share=0.015,
)
_CBP = Blind13Source(
    source="cbp_o",
    filename="cbp_o.jsonl",
    ref="{yy:02d}-USBP-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "event_number",
        "event_date": "apprehension_date",
        "crime_type": "case_type",
        "exploitation": "trafficking_type",
        "n_persons": "total_encountered",
        "n_suspects": "smugglers_apprehended",
        "gender": "sex",
        "age_group": "demographic",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "encounter_country",
        "transit_countries": "route_via",
        "transport_mode": "encounter_mode",
        "lat": "gps_lat",
        "lon": "gps_long",
        "linked_offences": "related_charges",
    },
    note="Data are preliminary and subject to change (USBP)",
    total="Grand Total",
    bad_count=("multiple", "group", "several"),
    repeats=True,
    style="cbp",
    month_share=0.02,
    quarter_share=0.01,
    placeholder_share=0.015,
)
_R4V = Blind13Source(
    source="r4v_monitoreo_o",
    filename="r4v_monitoreo_o.csv",
    ref="DAR-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "ID caso",
        "event_date": "Fecha de la entrevista",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº de personas en el grupo",
        "n_suspects": "Nº de facilitadores (coyotes)",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino previsto",
        "detection_country": "País de registro",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos asociados",
    },
    note="Fuente: monitoreo de protección R4V – datos preliminares",
    total="Total general",
    bad_count=("varios", "un grupo grande"),
    repeats=True,
    style="r4v",
    month_share=0.03,
    quarter_share=0.02,
    placeholder_share=0.02,
)
_ICMPD = Blind13Source(
    source="icmpd_mtm_o",
    filename="icmpd_mtm_o.csv",
    ref="MTM-{year}-{seq:05d}",
    format="csv",
    encoding="latin-1",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of detection",
        "crime_type": "Phenomenon",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit countries",
        "transport_mode": "Mode of transport",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Compiled by ICMPD from national contributions - figures provisional",
    total="Total",
    bad_count=("several", "dozens", "a group"),
    repeats=False,
    style="icmpd",
    month_share=0.04,
    quarter_share=0.03,
    placeholder_share=0.02,
)

#: The five sources, in the order the submissions are returned.
BLIND13_SOURCES: tuple[Blind13Source, ...] = (_OCRIEST, _FISCALIA, _CBP, _R4V, _ICMPD)

_PRIMARY = {
    "FRA": _OCRIEST.source,
    "ESP": _FISCALIA.source,
    "USA": _CBP.source,
    "PAN": _R4V.source,
}
_SECONDARY = {
    ("channel", "GBR"): _OCRIEST.source,
    ("thb_vnm_gbr", "GBR"): _OCRIEST.source,
    ("thb_nga_ita", "ITA"): _OCRIEST.source,
    ("channel", "FRA"): _ICMPD.source,
    ("watl", "ESP"): _ICMPD.source,
    ("wmed", "ESP"): _ICMPD.source,
    ("thb_rou_esp", "ESP"): _ICMPD.source,
    ("us_mex", "USA"): _R4V.source,
}

# --------------------------------------------------------------------------------------
# Country names
# --------------------------------------------------------------------------------------
_FR = {
    "AFG": "Afghanistan", "ALB": "Albanie", "AUT": "Autriche", "BGD": "Bangladesh",
    "BGR": "Bulgarie", "BIH": "Bosnie-Herzégovine", "BLR": "Biélorussie", "CHN": "Chine",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroun", "COL": "Colombie", "DEU": "Allemagne",
    "DZA": "Algérie", "ECU": "Équateur", "EGY": "Égypte", "ERI": "Érythrée",
    "ESP": "Espagne", "FRA": "France", "GBR": "Royaume-Uni", "GIN": "Guinée",
    "GMB": "Gambie", "GRC": "Grèce", "GTM": "Guatemala", "HND": "Honduras",
    "HRV": "Croatie", "HTI": "Haïti", "HUN": "Hongrie", "IRN": "Iran", "IRQ": "Irak",
    "ITA": "Italie", "LBY": "Libye", "MAR": "Maroc", "MEX": "Mexique",
    "MKD": "Macédoine du Nord", "MLI": "Mali", "MRT": "Mauritanie", "NER": "Niger",
    "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama", "POL": "Pologne",
    "ROU": "Roumanie", "RUS": "Russie", "SEN": "Sénégal", "SRB": "Serbie", "SYR": "Syrie",
    "TUN": "Tunisie", "TUR": "Turquie", "USA": "États-Unis", "VEN": "Venezuela",
    "VNM": "Viêt Nam", "YEM": "Yémen",
}  # fmt: skip
_FR_ALT = {
    "CIV": "Côte d’Ivoire", "GBR": "Angleterre", "VNM": "Vietnam", "BLR": "Bélarus",
    "GIN": "Guinée-Conakry", "USA": "USA", "DEU": "RFA", "SYR": "Syrie (Rép. arabe)",
}  # fmt: skip
_FR_DEMONYM = {
    "AFG": "afghane", "ALB": "albanaise", "BGD": "bangladaise", "CHN": "chinoise",
    "CIV": "ivoirienne", "CMR": "camerounaise", "COL": "colombienne", "DZA": "algérienne",
    "ECU": "équatorienne", "EGY": "égyptienne", "ERI": "érythréenne", "GIN": "guinéenne",
    "GMB": "gambienne", "GTM": "guatémaltèque", "HND": "hondurienne", "HTI": "haïtienne",
    "IRN": "iranienne", "IRQ": "irakienne", "MAR": "marocaine", "MEX": "mexicaine",
    "MLI": "malienne", "NGA": "nigériane", "PAK": "pakistanaise", "ROU": "roumaine",
    "SEN": "sénégalaise", "SYR": "syrienne", "TUN": "tunisienne", "TUR": "turque",
    "VEN": "vénézuélienne", "VNM": "vietnamienne", "YEM": "yéménite",
}  # fmt: skip
_FR_TYPO = {
    "AFG": "Afganistan", "PAK": "Pakisthan", "ERI": "Erytrée", "SEN": "Sénégale",
    "IRQ": "Iraq", "MAR": "Marroc", "ROU": "Romanie", "VNM": "Viet-nam",
    "GBR": "Royaume Unis", "DEU": "Allemange",
}  # fmt: skip
_ES = {
    "AFG": "Afganistán", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladés",
    "BGR": "Bulgaria", "BIH": "Bosnia y Herzegovina", "BLR": "Bielorrusia", "CHN": "China",
    "CIV": "Costa de Marfil", "CMR": "Camerún", "COL": "Colombia", "DEU": "Alemania",
    "DZA": "Argelia", "ECU": "Ecuador", "EGY": "Egipto", "ERI": "Eritrea", "ESP": "España",
    "FRA": "Francia", "GBR": "Reino Unido", "GIN": "Guinea", "GMB": "Gambia",
    "GRC": "Grecia", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croacia",
    "HTI": "Haití", "HUN": "Hungría", "IRN": "Irán", "IRQ": "Irak", "ITA": "Italia",
    "LBY": "Libia", "MAR": "Marruecos", "MEX": "México", "MKD": "Macedonia del Norte",
    "MLI": "Malí", "MRT": "Mauritania", "NER": "Níger", "NGA": "Nigeria",
    "PAK": "Pakistán", "PAN": "Panamá", "POL": "Polonia", "ROU": "Rumanía", "RUS": "Rusia",
    "SEN": "Senegal", "SRB": "Serbia", "SYR": "Siria", "TUN": "Túnez", "TUR": "Turquía",
    "USA": "Estados Unidos", "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
_ES_ALT = {
    "GIN": "Guinea Conakry", "USA": "EE. UU.", "CHN": "Rep. Popular China",
    "ROU": "Rumania", "BGD": "Bangladesh", "VEN": "Venezuela (Rep. Bolivariana)",
    "HTI": "Haiti", "PAN": "Panama", "MEX": "Méjico", "GBR": "Gran Bretaña",
}  # fmt: skip
_ES_DEMONYM = {
    "AFG": "afgana", "ALB": "albanesa", "BGD": "bangladesí", "CHN": "china",
    "CIV": "marfileña", "CMR": "camerunesa", "COL": "colombiana", "DZA": "argelina",
    "ECU": "ecuatoriana", "EGY": "egipcia", "ERI": "eritrea", "GIN": "guineana",
    "GMB": "gambiana", "GTM": "guatemalteca", "HND": "hondureña", "HTI": "haitiana",
    "IRN": "iraní", "IRQ": "iraquí", "MAR": "marroquí", "MEX": "mexicana",
    "MLI": "maliense", "NGA": "nigeriana", "PAK": "pakistaní", "ROU": "rumana",
    "SEN": "senegalesa", "SYR": "siria", "TUN": "tunecina", "TUR": "turca",
    "VEN": "venezolana", "VNM": "vietnamita", "YEM": "yemení",
}  # fmt: skip
_ES_TYPO = {
    "COL": "Columbia", "VEN": "Venezula", "MAR": "Maruecos", "AFG": "Afganistan",
    "ECU": "Equador", "DZA": "Argelía", "CIV": "Costa Marfil", "HTI": "Haíti",
    "GMB": "Gambía", "SEN": "Senegál", "PAN": "Panamà",
}  # fmt: skip
_EN = {
    "AFG": "Afghanistan", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladesh",
    "BGR": "Bulgaria", "BIH": "Bosnia and Herzegovina", "BLR": "Belarus", "CHN": "China",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroon", "COL": "Colombia", "DEU": "Germany",
    "DZA": "Algeria", "ECU": "Ecuador", "EGY": "Egypt", "ERI": "Eritrea", "ESP": "Spain",
    "FRA": "France", "GBR": "United Kingdom", "GIN": "Guinea", "GMB": "Gambia",
    "GRC": "Greece", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatia",
    "HTI": "Haiti", "HUN": "Hungary", "IRN": "Iran", "IRQ": "Iraq", "ITA": "Italy",
    "LBY": "Libya", "MAR": "Morocco", "MEX": "Mexico", "MKD": "North Macedonia",
    "MLI": "Mali", "MRT": "Mauritania", "NER": "Niger", "NGA": "Nigeria",
    "PAK": "Pakistan", "PAN": "Panama", "POL": "Poland", "ROU": "Romania", "RUS": "Russia",
    "SEN": "Senegal", "SRB": "Serbia", "SYR": "Syria", "TUN": "Tunisia", "TUR": "Türkiye",
    "USA": "United States", "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
_EN_UN = {
    "SYR": "Syrian Arab Republic", "IRN": "Iran (Islamic Republic of)", "VNM": "Viet Nam",
    "RUS": "Russian Federation", "TUR": "Turkey", "VEN": "Venezuela (Bolivarian Republic of)",
    "GBR": "United Kingdom of Great Britain and Northern Ireland", "GMB": "The Gambia",
    "USA": "United States of America", "CIV": "Ivory Coast", "BIH": "Bosnia-Herzegovina",
    "MKD": "Republic of North Macedonia", "GRC": "Hellas (Greece)",
}  # fmt: skip
_EN_DEMONYM = {
    "AFG": "Afghan", "ALB": "Albanian", "BGD": "Bangladeshi", "CHN": "Chinese",
    "CIV": "Ivorian", "CMR": "Cameroonian", "COL": "Colombian", "DZA": "Algerian",
    "ECU": "Ecuadorian", "EGY": "Egyptian", "ERI": "Eritrean", "GIN": "Guinean",
    "GMB": "Gambian", "GTM": "Guatemalan", "HND": "Honduran", "HTI": "Haitian",
    "IRN": "Iranian", "IRQ": "Iraqi", "MAR": "Moroccan", "MEX": "Mexican", "MLI": "Malian",
    "NGA": "Nigerian", "PAK": "Pakistani", "ROU": "Romanian", "SEN": "Senegalese",
    "SYR": "Syrian", "TUN": "Tunisian", "TUR": "Turkish", "VEN": "Venezuelan",
    "VNM": "Vietnamese", "YEM": "Yemeni",
}  # fmt: skip
_EN_TYPO = {
    "ERI": "Eritria", "COL": "Columbia", "MAR": "Morrocco", "TUN": "Tunesia",
    "BGD": "Bangaldesh", "VEN": "Venezuala", "GTM": "Guatamala", "AFG": "Afganistan",
    "PAK": "Pakisthan", "SYR": "Syira", "IRQ": "Irak",
}  # fmt: skip
_CBP_NAME = {
    "CHN": "CHINA, PEOPLES REPUBLIC OF", "VNM": "VIETNAM", "TUR": "TURKEY",
    "CIV": "IVORY COAST", "USA": "UNITED STATES", "RUS": "RUSSIA", "IRN": "IRAN",
    "SYR": "SYRIA", "GBR": "UNITED KINGDOM", "MKD": "NORTH MACEDONIA",
    "BIH": "BOSNIA-HERZEGOVINA", "GMB": "GAMBIA", "HTI": "HAITI",
}  # fmt: skip
_CBP_TYPO = {
    "GTM": "GAUTEMALA", "HND": "HONDURUS", "VEN": "VENEZEULA", "ECU": "EQUADOR",
    "COL": "COLUMBIA", "MEX": "MEXCIO",
}  # fmt: skip


def _plain(text: str) -> str:
    """Strip French/Spanish accents, as an upper-case clerk would."""
    table = str.maketrans(
        "ÉÈÊËÀÂÎÏÔÛÙÇÑÁÍÓÚÜéèêëàâîïôûùçñáíóúü", "EEEEAAIIOUUCNAIOUUeeeeaaiiouucnaiouu"
    )
    return text.translate(table)


def _country(src: Blind13Source, code: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Write one country as the agency would; return (cell, messiness tag)."""
    u = float(rng.random())
    style = src.style
    if style == "ocriest":
        if nationality and code in _FR_DEMONYM:
            name = _FR_DEMONYM[code]
            if u < 0.12:
                return _plain(name).upper(), "upper_demonym"
            if u < 0.16 and code in _FR_TYPO:
                return _FR_TYPO[code], "typo"
            return name, "demonym"
        name = _FR[code]
        if u < 0.08 and code in _FR_ALT:
            return _FR_ALT[code], "alt_name"
        if u < 0.14:
            return _plain(name).upper(), "upper"
        if u < 0.18 and code in _FR_TYPO:
            return _FR_TYPO[code], "typo"
        if u < 0.22 and (bad := mojibake(name)) is not None and fits(bad, src):
            return bad, "mojibake"
        if u < 0.26:
            return code, "iso3"
        return name, "name"
    if style in ("fiscalia", "r4v"):
        if nationality and code in _ES_DEMONYM and u < 0.75:
            name = _ES_DEMONYM[code]
            return (name.upper(), "upper_demonym") if u < 0.08 else (name, "demonym")
        v = float(rng.random())
        name = _ES[code]
        if v < 0.07 and code in _ES_ALT:
            return _ES_ALT[code], "alt_name"
        if v < 0.11 and code in _ES_TYPO:
            return _ES_TYPO[code], "typo"
        if style == "r4v" and v < 0.16 and (bad := mojibake(name)) is not None:
            return bad, "mojibake"
        if style == "fiscalia" and v < 0.16:
            return iso_codes(code)[0], "iso2"
        return (name.upper(), "upper") if v > 0.97 else (name, "name")
    if style == "cbp":
        if u < 0.12:
            return iso_codes(code)[0], "iso2"
        if u < 0.15 and code in _CBP_TYPO:
            return _CBP_TYPO[code], "typo"
        return _CBP_NAME.get(code, _EN[code].upper()), "name"
    # icmpd: codes, UN names, demonyms for citizenship
    if nationality and code in _EN_DEMONYM and u < 0.4:
        return _EN_DEMONYM[code], "demonym"
    v = float(rng.random())
    if v < 0.3:
        return code, "iso3"
    if v < 0.4 and code in _EN_UN:
        return _EN_UN[code], "alt_name"
    if v < 0.44 and code in _EN_TYPO:
        return _EN_TYPO[code], "typo"
    if v < 0.48 and (bad := mojibake(_EN[code])) is not None and fits(bad, src):
        return bad, "mojibake"
    return _EN[code], "name"


def _transit(src: Blind13Source, value: object, rng: _Rng) -> tuple[str | None, str]:
    """Write the ordered transit countries, or the agency's "none"."""
    if value is None:
        none = {
            "ocriest": ("", "néant", "direct"),
            "fiscalia": ("", "Directo", "Ninguno"),
            "cbp": ("",),
            "r4v": ("Ninguno", "", "No aplica"),
            "icmpd": ("", "direct", "none"),
        }[src.style]
        word = choice(rng, none)
        return (word or None), "transit_none"
    codes = str(value).split("|")
    if src.style == "cbp":
        return " > ".join(iso_codes(c)[0] for c in codes), "transit_iso2"
    if src.style == "icmpd" and rng.random() < 0.5:
        return " > ".join(codes), "transit_iso3"
    sep = {"ocriest": ", ", "fiscalia": " - ", "r4v": " → ", "icmpd": ", "}[src.style]
    names = []
    for c in codes:
        if src.style == "ocriest":
            names.append(_FR[c])
        elif src.style == "icmpd":
            names.append(_EN[c])
        else:
            names.append(_ES[c])
    return sep.join(names), "transit_names"


# --------------------------------------------------------------------------------------
# Value words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "ocriest": {
        "trafficking": (
            "Traite des êtres humains",
            "TEH",
            "Traite des êtres humains (art. 225-4-1 CP)",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Aide à l'entrée irrégulière",
            "Aide au séjour irrégulier en bande organisée",
        ),
        "both": ("TEH et aide à l'entrée irrégulière", "Traite + aide au séjour irrégulier"),
    },
    "fiscalia": {
        "trafficking": (
            "Trata de seres humanos",
            "Trata de seres humanos (art. 177 bis CP)",
            "Art. 177 bis CP",
        ),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Art. 318 bis CP",
        ),
        "both": (
            "Trata (177 bis) y favorecimiento de la inmigración ilegal (318 bis)",
            "Trata de seres humanos y art. 318 bis CP",
        ),
    },
    "cbp": {
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "smuggling": ("Alien smuggling", "Human smuggling (8 USC 1324)"),
        "both": ("Human smuggling and trafficking", "Smuggling / trafficking (both)"),
    },
    "r4v": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes (coyotaje)"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "icmpd": {
        "trafficking": ("THB", "Trafficking in human beings"),
        "smuggling": ("SoM", "Migrant smuggling", "Smuggling of migrants"),
        "both": ("THB & SoM", "THB/SoM"),
    },
}
_EXPLOITATION: dict[str, dict[str | None, tuple[str, ...]]] = {
    "ocriest": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
        "unknown": ("non précisée",),
        None: ("", "sans objet"),
    },
    "fiscalia": {
        "sexual": ("Explotación sexual", "Explotación sexual (incl. pornografía)"),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos corporales",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras finalidades",),
        "unknown": ("No consta",),
        None: ("", "No procede"),
    },
    "cbp": {
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Undetermined",),
        None: ("", "N/A"),
    },
    "r4v": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado o servil",),
        "other": ("Otro tipo",),
        "unknown": ("Sin información",),
        None: ("No aplica", ""),
    },
    "icmpd": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Exploitation for criminal activities"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other forms",),
        "unknown": ("Unknown",),
        None: ("", "n/a"),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "ocriest": {
        "female": ("F", "féminin", "femmes"),
        "male": ("M", "masculin", "hommes"),
        "mixed": ("mixte", "H/F"),
    },
    "fiscalia": {
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Varón", "Hombres"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "cbp": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "Male & Female")},
    "r4v": {
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "icmpd": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "M/F")},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "ocriest": {
        "adult": ("majeur", "majeurs"),
        "child": ("mineur", "mineur non accompagné"),
        "mixed": ("majeurs et mineurs",),
    },
    "fiscalia": {
        "adult": ("Mayor de edad", "Adulto"),
        "child": ("Menor de edad", "MENA"),
        "mixed": ("Mayores y menores",),
    },
    "cbp": {
        "adult": ("Single Adult", "Adult"),
        "child": ("UAC", "Unaccompanied child", "Accompanied minor"),
        "mixed": ("Family unit (FMUA)", "Family unit"),
    },
    "r4v": {
        "adult": ("Adultos", "Adulto/a"),
        "child": ("NNA", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos con NNA",),
    },
    "icmpd": {
        "adult": ("Adult", "18+"),
        "child": ("Minor", "<18", "Child"),
        "mixed": ("Adults and minors", "Mixed ages"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "ocriest": {
        "sea": ("maritime", "small boat", "voie maritime"),
        "land": ("routier", "poids lourd", "voie terrestre"),
        "air": ("aérien", "voie aérienne"),
    },
    "fiscalia": {
        "sea": ("Marítimo", "Patera", "Cayuco", "Embarcación neumática"),
        "land": ("Terrestre", "Por carretera", "Paso fronterizo terrestre"),
        "air": ("Aéreo", "Vía aérea (aeropuerto)"),
    },
    "cbp": {
        "sea": ("Maritime", "Panga boat"),
        "land": ("Land", "Between ports of entry (on foot)", "Vehicle - POE", "Freight train"),
        "air": ("Air", "Commercial aircraft"),
    },
    "r4v": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie (selva)", "Bus"),
        "air": ("Aéreo", "Avión"),
    },
    "icmpd": {
        "sea": ("Sea", "Sea (rubber boat)", "by sea"),
        "land": ("Land", "Land (lorry)", "by land"),
        "air": ("Air", "by air"),
    },
}
#: "Not applicable" / "not recorded" words planted in the age group or transport mode.
_NA_WORD = {
    "ocriest": ("age_group", ("non renseigné", "NR")),
    "fiscalia": ("transport_mode", ("No consta", "Sin determinar")),
    "cbp": ("transport_mode", ("N/A", "Not recorded")),
    "r4v": ("age_group", ("NS/NR", "No aplica")),
    "icmpd": ("age_group", ("not recorded", "n/a")),
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "ocriest": {
        "document_fraud": ("fraude documentaire", "faux et usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande de marchandises",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "fiscalia": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "cbp": {
        "document_fraud": ("Fraudulent documents",),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "r4v": {
        "document_fraud": ("documentos falsos",),
        "corruption": ("corrupción (soborno a autoridades)",),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "icmpd": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {"ocriest": " + ", "fiscalia": "; ", "cbp": "; ", "r4v": ", ", "icmpd": " / "}
_OFFENCE_NONE = {
    "ocriest": ("", "néant"),
    "fiscalia": ("", "No constan"),
    "cbp": ("",),
    "r4v": ("Ninguno", ""),
    "icmpd": ("", "none"),
}
_COUNT_PLACEHOLDER = {
    "ocriest": ("inconnu", "n.c.", "indéterminé"),
    "fiscalia": ("s/d", "desconocido", "pendiente"),
    "cbp": ("UNK", "pending"),
    "r4v": ("NS/NR", "Sin dato"),
    "icmpd": ("n/k", "tbc"),
}
_ZERO_WORD = {
    "ocriest": ("aucun", "néant"),
    "fiscalia": ("ninguno",),
    "cbp": ("none",),
    "r4v": ("ninguno",),
    "icmpd": ("nil", "none"),
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_ROMAN = ("I", "II", "III", "IV")


def _day_cell(src: Blind13Source, ts: pd.Timestamp, rng: _Rng) -> tuple[_Cell, str]:
    """Write a full date the agency's way; return (cell, tag)."""
    u = float(rng.random())
    style = src.style
    if style == "ocriest":
        if u < 0.15:
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", "date_words"
        return ts.strftime("%d/%m/%Y"), "date_dmy"
    if style == "fiscalia":
        if u < 0.15:
            return ts.strftime("%d/%m/%Y"), "date_text"
        if u < 0.2:
            return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}", "date_abbr"
        return ts.to_pydatetime(), "excel_date"
    if style == "cbp":
        return ts.strftime("%m/%d/%Y"), "date_mdy"
    if style == "r4v":
        if u < 0.2:
            return f"{ts.day}/{ts.month}/{ts.year}", "date_dmy_short"
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if u < 0.3:
        return ts.strftime("%d.%m.%Y"), "date_dotted"
    if u < 0.4:
        return f"{ts.day} {_EN_MONTHS[ts.month - 1][:3]} {ts.year}", "date_words"
    return ts.strftime("%Y-%m-%d"), "date_iso"


def _month_cell(src: Blind13Source, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    if src.style == "ocriest":
        return f"{_FR_MONTHS[m - 1]} {y}"
    if src.style == "fiscalia":
        return f"{_ES_MONTHS[m - 1]} de {y}" if rng.random() < 0.6 else f"{m:02d}/{y}"
    if src.style == "cbp":
        return f"{_EN_MONTHS[m - 1]} {y}"
    if src.style == "r4v":
        return f"{_ES_MONTHS[m - 1]} {y}"
    return f"{y}-{m:02d}" if rng.random() < 0.5 else f"{_EN_MONTHS[m - 1][:3]} {y}"


def _quarter_cell(src: Blind13Source, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = (ts.month - 1) // 3 + 1, ts.year
    if src.style == "ocriest":
        nth = "1er" if q == 1 else f"{q}e"
        return f"{nth} trimestre {y}" if rng.random() < 0.6 else f"T{q} {y}"
    if src.style == "fiscalia":
        return f"{q}T {y}"
    if src.style == "cbp":
        return f"CY{y} Q{q}"
    if src.style == "r4v":
        return f"{_ROMAN[q - 1]} trimestre {y}"
    return f"{y}-Q{q}" if rng.random() < 0.5 else f"Q{q} {y}"


def _bad_date(src: Blind13Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
    """Write the date of a bad row: missing, impossible, or with a mistyped future year."""
    if kind == "no_date":
        return None if src.format != "csv" or rng.random() < 0.7 else ""
    if kind == "bad_date":  # a day that no month has
        if src.style == "cbp":
            return f"02/30/{ts.year}"
        if src.style in ("r4v", "icmpd"):
            return f"{ts.year}-{ts.month:02d}-32" if src.style == "r4v" else f"31.04.{ts.year}"
        return f"31/11/{ts.year}" if src.style == "fiscalia" else f"30/02/{ts.year}"
    future = ts.replace(year=ts.year + 100)  # 2022 typed 2122
    if src.style == "fiscalia":
        return future.strftime("%d/%m/%Y")
    cell, _ = _day_cell(src, future, rng)
    if not isinstance(cell, str):
        return future.strftime("%d/%m/%Y")
    return cell


def _note_date(src: Blind13Source, last: pd.Timestamp) -> _Cell:
    """Write the date of the note row: the extraction date, after the last row."""
    day = last + pd.Timedelta(days=3)
    if src.style == "fiscalia":
        return day.to_pydatetime()
    if src.style == "cbp":
        return day.strftime("%m/%d/%Y")
    if src.style in ("r4v", "icmpd"):
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _thousands(src: Blind13Source, n: int, rng: _Rng) -> str:
    head, tail = divmod(n, 1000)
    if src.style == "ocriest":
        return f"{head}{choice(rng, (' ', chr(0xA0)))}{tail:03d}"
    if src.style == "fiscalia":
        return f"{head}.{tail:03d}"
    return f"{head},{tail:03d}"


def _count(src: Blind13Source, n: int, rng: _Rng) -> tuple[_Cell, str]:
    """Write a count of persons (>= 0)."""
    if n >= 1000 and rng.random() < 0.7:
        return _thousands(src, n, rng), "thousands_sep"
    return (str(n) if src.format == "csv" else n), "count"


def _coordinates(
    src: Blind13Source, lat: object, lon: object, rng: _Rng
) -> tuple[dict[str, _Cell], float | None, float | None, str]:
    """Write the location; return (cells, expected lat, expected lon, tag)."""
    key = "coordinates" if "coordinates" in src.headers else None
    if lat is None or lon is None or rng.random() < 0.04:
        cells: dict[str, _Cell] = {key: None} if key else {"lat": None, "lon": None}
        return cells, None, None, "coords_missing"
    la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    u = float(rng.random())
    if src.style == "ocriest":
        if u < 0.03:
            return {"coordinates": "non géolocalisé"}, None, None, "coords_placeholder"
        la, lo = round(la, 5), round(lo, 5)
        lat_text, lon_text = f"{la:.5f}".replace(".", ","), f"{lo:.5f}".replace(".", ",")
        text = f"lat. {lat_text} / long. {lon_text}"
        return {"coordinates": text}, la, lo, "coords_decimal_comma"
    if src.style == "fiscalia":
        if u < 0.03:
            return {"coordinates": "Sin coordenadas"}, None, None, "coords_placeholder"
        parts, exp = [], []
        for value, pos, neg in ((la, "N", "S"), (lo, "E", "W")):
            deg = int(abs(value))
            minutes = round((abs(value) - deg) * 60, 2)
            if minutes >= 60:
                deg, minutes = deg + 1, 0.0
            width = 2 if pos == "N" else 3
            parts.append(f"{deg:0{width}d}º {minutes:05.2f}' {pos if value >= 0 else neg}")
            exp.append((deg + minutes / 60) * (1 if value >= 0 else -1))
        text = "  ".join(parts).replace(".", ",")
        return {"coordinates": text}, exp[0], exp[1], "coords_dm"
    if src.style == "cbp":
        if u < 0.02:
            return {"lat": 0.0, "lon": 0.0}, None, None, "coords_placeholder"
        la, lo = round(la, 4), round(lo, 4)
        return {"lat": la, "lon": lo}, la, lo, "coords_numeric"
    if src.style == "r4v":
        la, lo = round(la, 5), round(lo, 5)
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, "coords_text"
    if u < 0.03:
        return {"coordinates": "n/a"}, None, None, "coords_placeholder"
    la, lo = round(la, 4), round(lo, 4)
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, "coords_pair"


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Blind13Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = src.style
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    blank = "" if src.format == "csv" else None

    # date: the day, or (outside duplicated pairs) its month or quarter
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    u = float(rng.random())
    if partial_ok and u < src.quarter_share:
        cells["event_date"] = _quarter_cell(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_quarter")
    elif partial_ok and u < src.quarter_share + src.month_share:
        cells["event_date"] = _month_cell(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_month")
    else:
        cells["event_date"], tag = _day_cell(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts, "day"
        tags.append(tag)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[style][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    word = choice(rng, _EXPLOITATION[style][None if expl is None else str(expl)])
    cells["exploitation"] = word or blank
    exp["exploitation"] = expl

    # counts
    n = ev["n_persons"]
    if n is not None and rng.random() < src.placeholder_share:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[style])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n is None:
        cells["n_persons"], exp["n_persons"] = blank, None
    else:
        cells["n_persons"], tag = _count(src, int(n), rng)  # type: ignore[call-overload]
        exp["n_persons"] = int(n)  # type: ignore[call-overload]
        tags.append(tag)
    k = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = blank, None
        tags.append("blank_n_suspects")
    elif k is None:
        cells["n_suspects"], exp["n_suspects"] = blank, None
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, _COUNT_PLACEHOLDER[style])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and rng.random() < 0.4:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, _ZERO_WORD[style])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else int(k)  # type: ignore[call-overload]
        exp["n_suspects"] = int(k)  # type: ignore[call-overload]

    # gender, age group, transport mode
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = blank, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[style][str(ev["gender"])])
        exp["gender"] = ev["gender"]
    na_col, na_words = _NA_WORD[style]
    na = rng.random() < 0.015
    for col, table in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        if na and col == na_col:
            cells[col], exp[col] = choice(rng, na_words), "unknown"
            tags.append("na_word")
        else:
            cells[col] = choice(rng, table[style][str(ev[col])])
            exp[col] = ev[col]

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = blank, None
            tags.append(f"blank_{col}")
        elif code is None:
            cells[col], exp[col] = blank, None
        else:
            cells[col], tag = _country(src, str(code), rng, nationality=col == "nationality")
            exp[col] = code
            tags.append(f"{col}:{tag}")
    cells["transit_countries"], tag = _transit(src, ev["transit_countries"], rng)
    if cells["transit_countries"] is None:
        cells["transit_countries"] = blank
    exp["transit_countries"] = ev["transit_countries"]
    tags.append(tag)

    # location
    if forced_blank == "coordinates":
        key = ["coordinates"] if "coordinates" in src.headers else ["lat", "lon"]
        cells.update(dict.fromkeys(key, blank))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], tag = _coordinates(src, ev["lat"], ev["lon"], rng)
        cells.update({c: (blank if v is None else v) for c, v in place.items()})
        tags.append(tag)

    # linked offences, in the event's order
    linked = ev["linked_offences"]
    if linked is None:
        cells["linked_offences"] = choice(rng, _OFFENCE_NONE[style]) or blank
    else:
        words = [choice(rng, _OFFENCES[style][w]) for w in str(linked).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[style].join(words)
    exp["linked_offences"] = linked
    return cells, exp, tags


_EXAMINER: Examiner[Blind13Source] = Examiner(
    sources=BLIND13_SOURCES,
    primary=_PRIMARY,
    compilation=_ICMPD.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1313,
    blank_share=0.5,
)


def make_blind13(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the thirteenth examiner's five submissions (``*_o.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ocriest_o.csv``, ``fiscalia_extranjeria_o.xlsx``, ``cbp_o.jsonl``,
        ``r4v_monitoreo_o.csv`` and ``icmpd_mtm_o.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind13(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ocriest_o.csv', 'fiscalia_extranjeria_o.xlsx', 'cbp_o.jsonl',
     'r4v_monitoreo_o.csv', 'icmpd_mtm_o.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
